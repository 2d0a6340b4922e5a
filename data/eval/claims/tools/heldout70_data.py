# Seventieth held-out set of synthetic documents ("heldout70").  Written from
# scratch after heldout69/, by a labeller session that had not opened dyad's
# implementation or history and had not seen any of its results.
# Every entry: name (topic slug, numbered later by build_heldout70.py), text,
# labels (list of defect dicts), control_type for controls.
# New registers: three small enterprises on the Pakistani side, three texts
# each: a plastic chair moulder in the Hayatabad industrial estate, Peshawar,
# selling to a furniture shop in Pul-e-Alam (Logar) through Torkham; a
# detergent maker at Hub (Lasbela) selling to a trading house in Lashkar Gah
# (Helmand) through Chaman; and a pump maker at Jhelum selling to a dealer in
# Maidan Shar (Wardak) through Torkham; then thirty-three documents on the
# trade series, crossings, transit, food, health, education and travel, and
# nine on the register of refugees.
#
# Invented figures shared with earlier sets: annual trade series (README:
# exports 1,290 / 942 / 828 / 936 / 1,012 / 884 and imports 441 / 509 / 552 /
# 741 / 690 / 540 for 2019-2024, balances 849 / 433 / 276 / 195 / 322 / 344,
# totals 1,731 / 1,451 / 1,380 / 1,677 / 1,702 / 1,424); reference refugee
# series (1,419,084 / 1,438,432 / 1,490,562 / 1,743,278 / 1,987,717 /
# 1,559,964 for 2019-2024).
#
# New invented figures, consistent with the above:
#   Hayat Moulders, Hayatabad, Peshawar (invented): stackable plastic chairs,
#     truck of 1,500 chairs; to Logar Furniture Bazaar, Pul-e-Alam 33,000
#     (2024) and 39,000 (2025) chairs; 2025 by quarter 9,000 / 12,000 /
#     10,500 / 7,500 (6 / 8 / 7 / 5 trucks); ex-factory Rs 1,080 (2024) and
#     Rs 1,150 (2025) a chair; Pul-e-Alam shop price 520 (2024) and 560
#     (2025) afghanis; rent 10 afghanis a chair a day; stacks of 25.
#   Sahil Chemicals, Hub, Lasbela (invented): detergent powder in 1 kg packs,
#     bales of 20 packs, truck of 1,200 bales (24 t); to Helmand Trading
#     House, Lashkar Gah 24 trucks (2024) and 30 trucks (2025; 720 t, 36,000
#     bales); July-December 2025 by month 2 / 3 / 3 / 2 / 2 / 3 trucks
#     (15 trucks, 360 t); freight Rs 610,000 a truck.
#   Tilla Engineering, Jhelum (invented): pumps to Wardak Agri Machinery,
#     Maidan Shar: submersible 360 / 420 / 510 and monoblock 240 / 230 / 260
#     (2023-2025), totals 600 / 650 / 770.
#   Macro documents: eye operations in Q3 2025 by province (total 780);
#     Kharlachi weekly arrivals (115 trucks, 2,380 t); consulate visas in
#     October 2025 (6,780); seized urea (4,200 bags); Torkham parking fees
#     July-December 2025 (Rs 2,000 a truck, 126,300 trucks, Rs 252.6 million);
#     dialysis, blankets, Bamiyan potatoes (18,000 t in 2023, 25,200 t in
#     2024), solar panels (620 a container, 84 containers, 52,080 panels),
#     scholarships (150 places a year since 2010), pomegranates, day-old
#     chicks (1.8 million, 36,000 a truck), Khewra salt (30 t a truck, 600 t a
#     day), angiographies (2,840 / 2,410), Bannu tomatoes (1,150 / 1,420 t in
#     June), rice (112,000 / 96,500 t by fiscal year), Karachi transit TEUs
#     (21,400 / 18,650 in the first halves of 2024 and 2025), Torkham foot
#     travellers (9,800 / 11,270 a day), exercise books (600,000 in 6,000
#     cartons); the ministries, hospitals, firms, associations and people are
#     invented and kept consistent within each document.

HELDOUT70 = []
from heldout_labels import (  # noqa: F401
    PAIR, REFS, adder, arith, change_pct, citation, direction, garbled, line_of, parts_total, pdf_lines, scope, tvt,
    repeated, reuse,
)

add = adder(HELDOUT70)

# ---------------------------------------------------------------------------
# Hayat Moulders (invented), plastic chairs, Peshawar -> Pul-e-Alam
# ---------------------------------------------------------------------------

add("hayatabad_chairs_dispatch_summary", """
# Dispatch Summary 2025: Chairs for Logar

*Summary prepared by an invented plastics moulder in the Hayatabad industrial estate, Peshawar, for its partners, January 2026. The firm, its buyer and every figure are invented.*

Hayat Moulders makes stackable plastic chairs from recycled and virgin polypropylene. Its largest export customer is Logar Furniture Bazaar of Pul-e-Alam, which sells and rents chairs to wedding halls, mosques and schools in Logar. A truck carries 1,500 chairs, stacked and wrapped, and goes through Torkham and Kabul.

| Quarter of 2025 | Chairs | Trucks |
|---|---|---|
| Jan-Mar | 9,000 | 6 |
| Apr-Jun | 12,000 | 8 |
| Jul-Sep | 10,500 | 7 |
| Oct-Dec | 7,500 | 5 |
| Total | 39,000 | 26 |

**Comment.** The year's 39,000 chairs compare with 33,000 in 2024. The busiest quarter was the second, when 13,500 chairs went out ahead of the wedding season after Eid. The last quarter was slow because wedding halls buy little in winter.

**Prices.** Our ex-factory price was Rs 1,150 a chair in 2025, against Rs 1,080 in 2024, because polypropylene prices rose. The buyer paid every invoice within 30 days.

**Plans.** The buyer wants an armchair model for 2026. A new mould costs about Rs 2.4 million and would pay for itself within a year at the buyer's expected orders.
""", tvt(["when 13,500 chairs went out", "| Apr-Jun | 12,000 | 8 |"],
        {"text_value": 13500, "table_value": 12000}, "chairs",
        "plastic chairs dispatched to Logar Furniture Bazaar, Pul-e-Alam", "Q2 2025",
        "paragraph 'Comment' against the Apr-Jun row of the table",
        "The table gives 12,000 chairs (8 trucks of 1,500) dispatched in April to June 2025, and its total of 39,000 adds up with that figure. The comment says 13,500 chairs went out in the second quarter. The summary gives two values for the same quarter's dispatches."))

add("pul_e_alam_furniture_shop_notice", """
# Notice to Wedding Hall Owners and Tent Houses

*Notice of an invented furniture shop in Pul-e-Alam, Logar, posted at its counter and on its social media page, January 2026. Translated from Dari. The shop and every figure are invented.*

Respected customers,

We thank you for your custom in 2025, the best year our shop has had. We received 39,000 plastic chairs from our supplier in Peshawar, all brought through Torkham, and sold nearly all of them.

**Prices.** The price of our standard white chair eased from 520 afghanis in 2024 to 560 afghanis in 2025, and it will stay at 560 until the end of Hamal. Buyers of more than 200 chairs get free delivery anywhere in Logar.

**New model.** From spring we expect an armchair model in white and green. Customers may book now with an advance of 20 percent.

**Rental.** For those who do not want to buy, we rent chairs for weddings and funerals at 10 afghanis a chair a day, with delivery free within Pul-e-Alam.

**Repairs.** Broken legs and backs cannot be repaired. Please check chairs at delivery; we will replace any chair broken in transport.

**Payment.** Cash or mobile money. Tent houses with an account may pay within 15 days.

With respect,

Logar Furniture Bazaar
""", direction("eased from 520 afghanis in 2024 to 560 afghanis in 2025", 520, 560, "2024", "2025",
               "eased", "fall", "afghanis a chair", "shop price of a standard plastic chair, Pul-e-Alam",
               "paragraph 'Prices'",
               "The notice says the price of a chair 'eased' from 520 afghanis in 2024 to 560 afghanis in 2025. That is a rise of 40 afghanis, or 7.69 percent, not a fall."))

add("pul_e_alam_tent_house_chair_cost_sheet_control", """
# Cost Sheet: Buying Our Own Chairs

*Cost sheet of an invented tent house in Pul-e-Alam, Logar, prepared by its owner for his brothers, January 2026. Translated from Dari. The business and every figure are invented.*

Brothers, until now we have hired chairs from the bazaar for each wedding. I have worked out what it would cost to buy our own.

**Purchase.**

- 300 standard white chairs at 560 afghanis each: 168,000 afghanis.
- The chairs come in stacks of 25, so 12 stacks, which fit in our pickup in three trips.

**What we pay now.** The bazaar charges us 10 afghanis a chair a day. For a wedding of 300 guests that is 3,000 afghanis a day.

**What we would save.** At 3,000 afghanis for each wedding day, the chairs pay for themselves after 56 wedding days. Last year we had 71 wedding days, so they would pay back within a year.

**Other costs.**

- A lockable store room, which we already have.
- Washing after each use, which our own workers can do.
- Replacing broken chairs: perhaps ten a year, or 5,600 afghanis.

**Risks.** If the price of chairs falls next year, we will have paid too much, but the bazaar says prices will not fall while the afghani is strong and plastic is dear in Pakistan.

**Decision.** I propose that we buy 300 chairs before the spring weddings. Please tell me your view by Friday.
""", control_type="control")

# ---------------------------------------------------------------------------
# Sahil Chemicals (invented), detergent powder, Hub -> Lashkar Gah
# ---------------------------------------------------------------------------

add("hub_detergent_transporter_half_year_statement", """
# Half-Year Statement: Detergent Loads to Lashkar Gah

*Statement of an invented goods transport company in Quetta to an invented detergent maker at Hub, Lasbela, January 2026. The firms and every figure are invented.*

Dear Sirs,

Please find below our statement of loads carried for you from your plant at Hub to your buyer, Helmand Trading House of Lashkar Gah, between July and December 2025. Each truck carried 1,200 bales of detergent powder, or 24 tonnes, through Chaman and Kandahar.

| Month of 2025 | Trucks | Tonnes |
|---|---|---|
| July | 2 | 48 |
| August | 3 | 72 |
| September | 3 | 72 |
| October | 2 | 48 |
| November | 2 | 48 |
| December | 3 | 72 |
| Total | 15 | 384 |

**Freight.** Our rate for the half-year was Rs 610,000 a truck from Hub to Lashkar Gah, including the Afghan leg, which we subcontract to a Kandahar carrier. Fifteen trucks come to Rs 9.15 million, of which you have paid Rs 7.32 million. The remaining Rs 1.83 million is due by 31 January.

**Delays.** Two trucks in September waited three days at Chaman while the crossing was closed. Under our agreement no demurrage is charged for closures.

**Next half-year.** We can keep the same rate until June 2026 if you guarantee at least 12 trucks.

With regards,

*Accounts Manager*
""", parts_total(["| Total | 15 | 384 |"],
                 {"July": 48, "August": 72, "September": 72, "October": 48, "November": 48, "December": 72},
                 384, "tonnes", "Jul-Dec 2025", "detergent powder carried from Hub to Helmand Trading House, Lashkar Gah",
                 "'Total' row of the table, tonnes column",
                 "The six monthly rows add up to 360 tonnes (48 + 72 + 72 + 48 + 48 + 72), which is also 15 trucks of 24 tonnes, but the 'Total' row gives 384 tonnes, 24 more than the rows."))

add("hub_detergent_exporters_directory_entry", """
# Exporters' Directory Entry: Sahil Chemicals

*Entry in an invented directory of exporters to Afghanistan published by a Karachi trade magazine, 2026 edition. The firm and every figure are invented.*

**Firm.** Sahil Chemicals (Pvt) Ltd, Hub Industrial Estate, Lasbela, Balochistan. Founded 2009.

**Products.** Detergent powder in 1 kg and 500 g packs; dishwashing bars; bleach in 1 litre bottles.

**Exports.** The firm sells detergent powder to Helmand Trading House of Lashkar Gah, its sole buyer in Afghanistan since 2021. The 1 kg packs travel in bales of 20 packs. Each truck carries 1,200 bales. In 2025 the firm shipped 1,200 bales to Helmand Trading House, in 30 trucks through Chaman and Kandahar.

**Capacity.** Two spray-drying towers with a combined capacity of 40 tonnes a day, working two shifts.

**Certifications.** Pakistan Standards mark for detergent powder; halal certificate for the bars.

**Markets besides Afghanistan.** Retailers in Balochistan and Sindh; small trial shipments to Oman.

**Contact.** Export manager, by email or WhatsApp. Samples are sent free to registered buyers.

**Note from the magazine.** Directory entries are written from information supplied by the firms and are not checked by the magazine.
""", reuse(["Each truck carries 1,200 bales", "the firm shipped 1,200 bales to Helmand Trading House"], 1200,
           "bales / bales", "bales of detergent powder on one truck",
           "bales shipped to Helmand Trading House in 2025", 36000,
           "The entry says each truck carries 1,200 bales and, in the next sentence, that the firm shipped 1,200 bales to its buyer in 2025, in 30 trucks. Thirty trucks of 1,200 bales are 36,000 bales; the truck's load has been reused as the year's shipments.",
           trucks_in_2025=30, period="2025"))

add("hub_detergent_distribution_agreement_summary", """
# Summary of the Distribution Agreement with Helmand Trading House

*Summary prepared by the legal adviser of an invented detergent maker at Hub, Lasbela, for its board, December 2025. The firms and every figure are invented.*

The board is asked to approve the renewal of the agreement with our buyer in Lashkar Gah on the terms below. The first agreement, signed in 2021, expires at the end of this month.

**Main terms of the renewal.**

1. **Term.** The agreement runs from 1 January 2026 to 31 December 2025, after which either side may end it with three months' notice.
2. **Territory.** Helmand Trading House is our sole distributor in Helmand, Kandahar, Nimroz and Uruzgan. We may sell elsewhere in Afghanistan through others.
3. **Volume.** The buyer will take at least 24 trucks in the year, each of 1,200 bales.
4. **Price.** Prices are fixed in rupees for each half-year, delivered at Chaman. The buyer arranges Afghan customs and the leg from the border.
5. **Payment.** By letter of credit or advance transfer before loading; no credit.
6. **Brand.** The buyer may not sell any other detergent under a name like ours.
7. **Disputes.** By arbitration in Dubai, in English.

**Adviser's comment.** The terms are close to those of the first agreement. The new minimum volume matches what the buyer took in 2024 and is below the 30 trucks of 2025, so it should not be hard to meet.

*Legal Adviser*
""", garbled(["from 1 January 2026 to 31 December 2025"],
             "The renewed agreement is said to run from 1 January 2026 to 31 December 2025: the end date comes before the start date. A renewal that starts when the first agreement expires at the end of December 2025 would run to a date in 2026 or later.",
             stated_period_start="1 January 2026", stated_period_end="31 December 2025",
             subject="term of the renewed distribution agreement", location="item 1 ('Term') of the main terms"))

# ---------------------------------------------------------------------------
# Tilla Engineering (invented), pumps, Jhelum -> Maidan Shar
# ---------------------------------------------------------------------------

add("jhelum_pumps_wardak_farmers_leaflet", """
# Tilla Pumps for Wardak Farmers

*Leaflet of an invented pump maker in Jhelum for farmers in Wardak, printed in Dari and English, 2025. The firms and every figure are invented.*

For fifteen years Tilla Engineering has made pumps for Punjab's tube wells. Now our pumps reach Wardak through our dealer, Wardak Agri Machinery of Maidan Shar.

**Our pumps.**

- Submersible pumps of 3, 5.5 and 7.5 kW for wells down to 120 metres.
- Monoblock surface pumps of 1.5 and 3 kW for canals, karez and shallow wells.
- Solar pump sets, with controllers made in Jhelum and panels made in China.

**Delivery.** Every pump is tested in Jhelum before packing. It is trucked to Torkham, crosses the Pakistan–Tajikistan border there and goes on through Kabul to Maidan Shar, normally within a week of the dealer's order.

**Warranty.** One year on the motor and six months on the pump parts, when installed by the dealer's fitter.

**Service.** The dealer keeps spare parts and a trained fitter in Maidan Shar. Our engineer visits Wardak twice a year to train fitters and farmers.

**Why solar?** Diesel has become dear, and a solar pump set has no fuel cost. A 5.5 kW set can water about two hectares of orchard a day in summer.

Ask at Wardak Agri Machinery for prices in afghanis.
""", scope("It is trucked to Torkham, crosses the Pakistan–Tajikistan border there", "TJK", ["PAK", "TJK"], "Tajikistan",
           "The leaflet says pumps trucked to Torkham cross the 'Pakistan–Tajikistan border' there on their way to Kabul and Maidan Shar. Torkham is on the Pakistan–Afghanistan border; Tajikistan does not border Pakistan, and Torkham is not on any Tajik border. China, named earlier as the maker of the solar panels, is a correct mention.",
           stands_for="AFG", crossing="Torkham", not_a_defect="panels made in China",
           location="paragraph 'Delivery'"))

add("maidan_shar_pump_dealer_sales_summary_control", """
# Sales Summary 2023-2025: Tilla Pumps in Wardak

*Summary of an invented dealer in Maidan Shar, Wardak, for its supplier in Jhelum, January 2026. Translated from Dari. The firms and every figure are invented.*

Respected Tilla Engineering,

Here is our sale of your pumps over the last three years, in units, as you asked for your planning.

| Year | Submersible | Monoblock | Total |
|---|---|---|---|
| 2023 | 360 | 240 | 600 |
| 2024 | 420 | 230 | 650 |
| 2025 | 510 | 260 | 770 |
| Total, 2023-2025 | 1,290 | 730 | 2,020 |

**What the figures show.** Submersible sales rose every year, by 21.4 percent in 2025 alone, as more farmers drilled deeper wells after three dry years. Monoblock sales dipped in 2024 and recovered in 2025, from 230 to 260. All together we sold 770 pumps in 2025, up from 650, a rise of 18.5 percent.

**Our requests for 2026.**

1. A stock of 60 submersible pumps in Maidan Shar before April, when drilling starts.
2. More spare impellers for the 5.5 kW model.
3. A second training visit before the summer.

**Payment.** We have paid all invoices for 2025. For 2026 we propose half in advance and half within 30 days of delivery, as before.

With respect,

Wardak Agri Machinery, Maidan Shar
""", control_type="control")

add("jhelum_chamber_newsletter_pump_maker_profile", """
# Member Profile: Tilla Engineering, Jhelum

*Profile in the newsletter of an invented chamber of commerce in Jhelum, February 2026. The firm and every figure are invented.*

This month we visit Tilla Engineering, a family firm on the GT Road that has made water pumps since 2010 and now employs 85 people.

**From Punjab to Wardak.** The firm's owner first took pumps to Afghanistan as samples in his own car in 2021. Today its dealer in Maidan Shar, Wardak, is its largest single customer. Submersible pump sales to the dealer rose from 420 in 2024 to 510 in 2025, a rise of 26 percent, and the firm is now training fitters in Wardak to install them.

**What makes it work.** "Farmers there need pumps that run on poor voltage or on solar," the owner told us. "We changed our motor windings for that, and we keep spares with the dealer."

**Challenges.**

- Payments from Afghanistan still come slowly, and the firm asks for half in advance.
- Closures at Torkham hold up trucks for days at a time.
- Copper wire prices rose sharply in 2025.

**Advice to members.** "Go yourself, meet the buyer, and start small," the owner says. "One honest dealer is worth ten traders."

The chamber's export desk can help members who want to find buyers in Afghanistan. Call the secretariat for an appointment.
""", arith(["rose from 420 in 2024 to 510 in 2025, a rise of 26 percent"],
          "Sales rose from 420 to 510 pumps, an increase of 90, or 21.43 percent of 420. The profile gives the rise as 26 percent.",
          **{"from": 420, "to": 510, "computed_change_pct": change_pct(420, 510), "stated_change_pct": 26,
             "stated_as_written": "26 percent", "unit": "submersible pumps", "from_period": "2024",
             "to_period": "2025", "subject": "submersible pumps sold to Wardak Agri Machinery, Maidan Shar",
             "location": "paragraph 'From Punjab to Wardak'"}))

# ---------------------------------------------------------------------------
# Trade, crossings, transit, food, health, education and travel
# ---------------------------------------------------------------------------

add("peshawar_eye_hospital_outreach_report", """
# Outreach Report, July to September 2025

*Quarterly report of an invented eye hospital in Peshawar to its trustees, October 2025. The hospital and every figure are invented.*

The hospital's free cataract service for patients from Afghanistan continued through the quarter. Patients reach us through Torkham on medical visas, most with a relative, and are operated on within two days of arrival. Lens implants are bought from a Karachi importer.

| Province of origin | Operations |
|---|---|
| Nangarhar | 412 |
| Kunar | 138 |
| Laghman | 96 |
| Kabul | 74 |
| Other provinces | 60 |
| Total | 780 |

**Notes for trustees.**

- Nangarhar patients, 421 of them, made up more than half of the quarter's operations, as in every quarter since the service began.
- Waiting time from first screening to surgery fell to nine days, from fourteen in the spring quarter.
- Two patients from Kunar needed a second operation; both have recovered their sight.
- Each operation costs the hospital about Rs 14,000, lens included, against Rs 17,500 in 2023, because lenses are now bought in larger lots.

**Looking ahead.** The screening camp planned for Jalalabad in November depends on permission from the provincial health department there. If it goes ahead, we expect the winter quarter's operations to exceed this quarter's, despite the cold.
""", tvt(["Nangarhar patients, 421 of them", "| Nangarhar | 412 |"],
        {"text_value": 421, "table_value": 412}, "cataract operations",
        "cataract operations on patients from Nangarhar", "Q3 2025",
        "first note for trustees against the Nangarhar row of the table",
        "The table gives 412 operations on patients from Nangarhar in July to September 2025, and its total of 780 adds up with that figure. The notes give 421 (two digits swapped). The report gives two values for the same count."))

add("parachinar_market_committee_weekly_bulletin", """
# Weekly Arrivals Bulletin, Week Ending 13 December 2025

*Bulletin of an invented vegetable market committee in Parachinar, Kurram, pinned at the market gate. The committee and every figure are invented.*

Arrivals through the Kharlachi crossing were heavier this week after the road from the border was cleared of a landslide on Monday. Most vegetables came from Paktia and Logar; onions also came from Nangarhar by the longer route.

| Commodity | Trucks | Tonnes |
|---|---|---|
| Onion | 48 | 1,200 |
| Tomato | 36 | 540 |
| Potato | 22 | 550 |
| Cauliflower | 9 | 90 |
| Total | 115 | 2,380 |

**Prices.** Onion sold at Rs 2,600 to Rs 2,900 for a 40 kg bag, cheaper than the week before as supply recovered. Tomato arrivals of 38 trucks were not enough to bring the price below Rs 160 a kilogram; traders expect relief only when the Sindh crop reaches Peshawar.

**Notices.**

- Commission agents must record every truck at the gate office before unloading.
- Loading and unloading are not allowed on the main road between 8 am and 10 am.
- The committee will meet traders on Thursday about cold storage for potatoes.

*Secretary, Market Committee*
""", tvt(["Tomato arrivals of 38 trucks", "| Tomato | 36 | 540 |"],
        {"text_value": 38, "table_value": 36}, "trucks",
        "tomato trucks arriving at the Parachinar market through Kharlachi", "week ending 13 Dec 2025",
        "paragraph 'Prices' against the Tomato row of the table",
        "The table gives 36 trucks of tomatoes for the week, and its total of 115 trucks adds up with that figure. The paragraph on prices speaks of tomato arrivals of 38 trucks. The bulletin gives two values for the same week's arrivals."))

add("afghan_consulate_peshawar_visa_press_note", """
# Press Note: Visas Issued in October 2025

*Monthly press note of the Afghan consulate general in Peshawar, as circulated to journalists in English. The figures are invented for this text.*

The visa section issued 6,780 visas to Pakistani nationals and foreign residents of Pakistan in October, the highest monthly figure this year. Applications are now taken only online, and applicants collect the visa at the section's counter in Hayatabad on the date they are given.

| Category | Visas issued |
|---|---|
| Family visit | 3,240 |
| Business | 1,180 |
| Drivers | 2,050 |
| Student | 310 |
| Total | 6,780 |

Family visits remain the largest group, mostly by people from Khyber Pakhtunkhwa with relatives in Nangarhar and Kabul. Business visas, 1,280 in the month, went mainly to traders in dried fruit, fresh fruit and textiles; the section now issues multiple-entry business visas for six months to traders who present a chamber membership letter. Drivers' visas are issued for three months.

The section reminds applicants that a visa does not replace the documents required at Torkham, where travellers must carry their passport and, for vehicles, the route permit. Fees are unchanged. Student visas are free of charge for those enrolled at a university in Afghanistan.
""", tvt(["Business visas, 1,280 in the month", "| Business | 1,180 |"],
        {"text_value": 1280, "table_value": 1180}, "visas",
        "business visas issued by the Afghan consulate general in Peshawar", "October 2025",
        "paragraph under the table against the Business row",
        "The table gives 1,180 business visas in October 2025, and its total of 6,780 adds up with that figure. The paragraph below it gives 1,280. The note gives two values for the same month's business visas."))

add("quetta_customs_urea_auction_notice", """
# Auction Notice: Confiscated Urea Fertiliser

*Notice of an invented customs collectorate in Quetta, published in two Urdu dailies and translated here. The lot and every figure are invented.*

**Summary.** The collectorate will sell by open auction one lot of urea fertiliser, 4,200 bags of 50 kg each, confiscated from trucks that tried to take it towards Chaman without export documents in October 2025. The lot is stored at the collectorate's warehouse on Sariab Road.

**Who may bid.** Only dealers registered with the provincial agriculture department may bid, because the fertiliser must be sold inside Pakistan. Bidders must show a valid dealer licence and their tax number.

**Reserve price.** The reserve price is Rs 4,400 a bag, close to the controlled retail price. Bids below it will not be accepted.

**Conditions of sale.**

1. The lot of 4,800 bags will be sold whole; no bid for part of it will be taken.
2. Each bidder must deposit 10 percent of the bid amount with the bid.
3. The successful bidder must pay the rest within seven days and lift the lot within fifteen days.
4. Bags are sold as they are; the collectorate gives no warranty of weight or quality.

**Date and place.** The auction will be held at 11 am on 22 January 2026 in the collectorate's hall. Bidders may inspect the lot on 19 and 20 January.

*Deputy Collector (Auction)*
""", tvt(["4,200 bags of 50 kg each", "The lot of 4,800 bags"],
        {"summary_value": 4200, "section_value": 4800}, "50 kg bags",
        "confiscated urea fertiliser offered in one lot", "Jan 2026",
        "section 'Summary' against item 1 of 'Conditions of sale' (no table)",
        "The summary describes the lot as 4,200 bags of 50 kg; the first condition of sale calls it the lot of 4,800 bags and says it will be sold whole. The notice gives two sizes for the same single lot."))

_PARKING = pdf_lines([
    ["Month", "Trucks parked", "Fees (Rs million)"],
    ["Jul 2025", "20,800", "41.6"],
    ["Aug 2025", "22,100", "44.2"],
    ["Sep 2025", "19,900", "39.8"],
    ["Oct 2025", "23,250", "46.5"],
    ["Nov 2025", "21,550", "43.1"],
    ["Dec 2025", "18,700", "37.4"],
    ["Total", "126,300", "252.6"],
])

add("torkham_parking_fee_committee_briefing", """
# Briefing for the Standing Committee on Communications: Torkham Terminal Parking

*Briefing paper of an invented provincial authority, December 2025; the table is reproduced as it came out of the PDF. The authority and every figure are invented.*

Since July 2025 every goods vehicle that waits in the terminal's holding yard at Torkham pays a flat parking fee of Rs 2,000 a visit, whatever its direction. The fee replaced separate charges by the hour that drivers often disputed.

Trucks parked and fees collected, July to December 2025:

""" + _PARKING + """

October was the busiest month, with Rs 45.6 million collected, as exports of potatoes and fresh fruit built up ahead of winter. December was the quietest: snow on the Salang slowed the return of empty trucks, and the crossing was closed for two days for repairs to the scanner.

**Points for the committee.**

- Fees are paid by card or mobile account at the yard gate; no cash is taken.
- The authority proposes to keep the fee at Rs 2,000 for 2026.
- A second yard at Landi Kotal, for 400 trucks, would reduce queues on the road from Jamrud.

*Director (Operations)*
""", tvt(["with Rs 45.6 million collected", line_of(_PARKING, "Oct 2025")],
        {"text_value": 45.6, "table_value": 46.5}, "Rs million",
        "parking fees collected at the Torkham terminal holding yard", "Oct 2025",
        "paragraph under the PDF-extracted table against its October row",
        "The table gives Rs 46.5 million for October 2025 (23,250 trucks at Rs 2,000), and its total of Rs 252.6 million adds up with that figure. The paragraph under it gives Rs 45.6 million (two digits swapped). The briefing gives two values for the same month's fees."))

add("peshawar_chamber_export_dashboard_notes", """
# Notes to the Export Dashboard: Afghanistan

*Notes of an invented export council of a chamber of commerce in Peshawar, attached to its online dashboard, March 2024. The council is invented; the trade series is the one used throughout this collection.*

**What the dashboard shows.** The dashboard tracks goods trade between Pakistan and Afghanistan by calendar year, in USD million, from customs records, and is updated each quarter.

**Headline for 2023.** Pakistan's exports to Afghanistan came to USD 1,012 million in 2023 and its imports from Afghanistan to USD 690 million, leaving Pakistan a surplus of USD 312 million for the year. Two-way trade was USD 1,702 million.

**Reading the lines.**

- Exports were higher than in 2022, when they were USD 936 million, helped by rice, cement and medicines.
- Imports were lower than 2022's USD 741 million, mainly because less coal came from Afghanistan.
- The September 2023 closure of Torkham shows as a dip in the monthly export line.

**Caveats.** Figures exclude goods in transit to or from third countries and informal trade carried on foot. Values are converted at the monthly average exchange rate. Members should not use the dashboard's figures in contracts.

**Contact.** Questions about the dashboard go to the council's research officer on weekdays from 10 am to 4 pm.
""", arith(["a surplus of USD 312 million"],
          "Exports of USD 1,012 million less imports of USD 690 million leave a surplus of USD 322 million, not USD 312 million. The two-way figure of USD 1,702 million in the next sentence agrees with the exports and imports given.",
          exports=1012, imports=690, computed_balance=322, stated_balance=312, unit="USD million",
          period="2023", subject="Pakistan's goods trade balance with Afghanistan",
          location="paragraph 'Headline for 2023'", stated_as_written="USD 312 million"))

add("hayatabad_kidney_centre_board_note", """
# Note to the Board: Afghan Patients at the Kidney Centre

*Note of the medical superintendent of an invented kidney centre in Hayatabad, Peshawar, to its board of governors, November 2025. The centre and every figure are invented.*

The centre gave 6,240 dialysis sessions to patients from Afghanistan in the twelve months to October 2025, about a quarter of all sessions. Most of these patients come two or three times a week and stay with relatives in Peshawar between sessions; a few cross at Torkham for each session.

By province of residence, 38 percent of the sessions were for patients from Nangarhar, 27 percent for patients from Kunar, 22 percent for patients from Kabul and 16 percent for patients from other provinces.

**Issues for the board.**

1. **Fees.** Afghan patients pay the same fee as Pakistani patients without insurance, Rs 6,500 a session. About one in five cannot pay in full, and the centre's zakat fund covers the gap.
2. **Machines.** Two of the centre's 24 machines are out of service, waiting for parts from the supplier in Lahore.
3. **Visas.** Patients with medical visas must renew them every three months. The centre's social worker helps with the letters.
4. **Transplants.** Eleven patients from Afghanistan are on the list for a transplant evaluation.

The superintendent asks the board to approve two more machines from the next budget.
""", arith(["38 percent of the sessions were for patients from Nangarhar, 27 percent for patients from Kunar, 22 percent for patients from Kabul and 16 percent for patients from other provinces"],
          "The four shares of Afghan patients' dialysis sessions by province (38, 27, 22 and 16 percent) cover every province between them but add up to 103 percent.",
          shares_pct={"Nangarhar": 38, "Kunar": 27, "Kabul": 22, "other provinces": 16}, sum_pct=103,
          period="Nov 2024-Oct 2025", unit="percent of sessions",
          subject="dialysis sessions for patients from Afghanistan by province of residence",
          location="second paragraph"))

add("torkham_clearing_agent_blankets_invoice", """
# Invoice for Clearing: Two Trucks of Blankets

*Invoice of an invented clearing and forwarding agent at Torkham to an invented Peshawar charity, 18 December 2025. The agent, the charity and every figure are invented.*

To: The Administrator, Khyber Welfare Trust, Peshawar

Consignment: 2 trucks, 600 bales of fleece blankets, for distribution in Kunar and Nuristan.

We cleared your consignment for export at Torkham on 16 December and handed it to your partner's transporter on the Afghan side the same evening. Our charges are:

- Customs examination and sealing: Rs 18,500
- Terminal handling and scanning: Rs 24,000
- Weighbridge, two trucks: Rs 3,200
- Documentation and export declaration: Rs 4,800
- Agency fee: Rs 15,000
- **Total payable: Rs 68,500**

Payment is due within 15 days by bank transfer. Because the goods are relief goods, we have charged our agency fee at half the usual rate, as agreed with your office in November.

**Notes.** The examination took three hours because the scanner was busy with fruit trucks. The charity's export certificate from the provincial social welfare department was accepted without query. For the next consignment, please send the packing list two days in advance so that the declaration can be filed before the trucks arrive.

*For and on behalf of the agent*
""", parts_total(["Total payable: Rs 68,500"],
                 {"examination_and_sealing": 18500, "terminal_handling_and_scanning": 24000,
                  "weighbridge": 3200, "documentation": 4800, "agency_fee": 15000},
                 68500, "Rs", "16 Dec 2025", "clearing charges for two trucks of relief blankets at Torkham",
                 "list of charges",
                 "The five charges come to Rs 65,500 (18,500 + 24,000 + 3,200 + 4,800 + 15,000), but the total payable is given as Rs 68,500, Rs 3,000 more than the items."))

add("bamiyan_potato_growers_trade_fair_leaflet", """
# Bamiyan Potatoes for the Pakistan Market

*Leaflet of an invented potato growers' association in Bamiyan, handed out at a trade fair in Kabul, autumn 2025. Translated from Dari. The association and every figure are invented.*

Bamiyan's cool summers and high valleys grow a firm, white potato that keeps well through winter. Our members farm about 9,000 hectares around Bamiyan town, Shibar and Yakawlang.

**Our exports.** Sales to Pakistan rose from 18,000 tonnes in 2023 to 25,200 tonnes in 2024, an increase of 48 percent, as buyers in Peshawar and Rawalpindi looked for potatoes between the Punjab harvests. Most loads go by truck through Kabul and Jalalabad to Torkham, a trip of two to three days.

**What we offer buyers.**

- Sorted and graded potatoes in 50 kg jute bags.
- Cold-store stock from November to April.
- A contact person in Peshawar who speaks Urdu and Pashto.

**What we ask of buyers.**

- Payment within 20 days of delivery.
- Notice of at least a week for orders above ten trucks.

**Problems.** Long waits at Torkham in hot weather damage the potatoes, and our members lose money when a truck waits more than two days. We ask both governments to give fresh produce its own lane.
""", arith(["rose from 18,000 tonnes in 2023 to 25,200 tonnes in 2024, an increase of 48 percent"],
          "Sales rose from 18,000 to 25,200 tonnes, an increase of 7,200 tonnes, or 40.0 percent of 18,000. The leaflet gives the increase as 48 percent.",
          **{"from": 18000, "to": 25200, "computed_change_pct": change_pct(18000, 25200), "stated_change_pct": 48,
             "stated_as_written": "48 percent", "unit": "tonnes", "from_period": "2023", "to_period": "2024",
             "subject": "Bamiyan potatoes sold to Pakistan", "location": "paragraph 'Our exports'"}))

_REPEAT_BAG = "Each traveller may carry one bag of up to 25 kg through the pedestrian corridor free of charge."

add("torkham_pedestrian_terminal_notice", """
# Notice to Travellers on Foot

*Notice displayed in an invented form at the pedestrian terminal at Torkham, in Urdu, Pashto and English. The terminal's rules and figures are invented.*

Welcome to the pedestrian terminal. Please read this notice before you join the queue.

**Documents.** Pakistani and Afghan travellers must show a valid passport with a visa. Holders of other documents will be sent to the help desk.

**Baggage.** """ + _REPEAT_BAG + " " + _REPEAT_BAG + """ Extra bags must go through the goods counter, where a porter fee of Rs 300 a bag is charged.

**Money.** Cash above the legal limit must be declared at the customs counter. Money changers inside the terminal are licensed; use only them.

**Timings.** The terminal is open from 7 am to 7 pm every day. The last traveller is admitted to the corridor at 6:30 pm.

**Families.** Women, children, elderly and disabled travellers may use the separate queue on the left. Wheelchairs are free; ask a staff member.

**Complaints.** Staff may not ask for money. If anyone does, call the number on the board or write to the terminal manager.

Thank you for your patience.
""", repeated(_REPEAT_BAG, 2, "free baggage allowance for travellers on foot at Torkham",
              "paragraph 'Baggage'",
              "The sentence on the free baggage allowance (one bag of up to 25 kg) appears twice in a row, word for word."))

add("chaman_terminal_data_entry_vacancies", """
# Vacancies: Data Entry Operators, Chaman Border Terminal

*Advertisement of an invented logistics contractor, published in a Quetta daily, August 2025. The contractor, the posts and every figure are invented.*

An invented contractor that runs the electronic gate system at the Chaman border terminal invites applications for twelve posts of data entry operator on contract.

**Duties.** Operators will record trucks, drivers and goods at the entry and exit gates, check the details against the goods declaration, and print gate passes. They will work in shifts of eight hours.

**Term.** The contract will run from October 2025 to June 2025 and may be extended for a further year on satisfactory performance.

**Qualifications.**

- Intermediate or above, with a computer certificate of at least six months.
- Typing speed of 35 words a minute in English and Urdu.
- Knowledge of Pashto is essential; Dari is an advantage.
- Age 20 to 32 years on the closing date.

**Pay and benefits.** Rs 55,000 a month, with a night shift allowance of Rs 5,000 and transport from Chaman town to the terminal.

**How to apply.** Send a CV, copies of certificates and of the CNIC by post or by hand to the contractor's office in Chaman by 5 September 2025. Shortlisted candidates will take a typing test at the terminal. Candidates from Killa Abdullah and Chaman districts will be preferred.
""", garbled(["from October 2025 to June 2025"],
             "The contract is said to run from October 2025 to June 2025: the end month comes before the start month. An advertisement closing in September 2025 for a contract that can be extended would be expected to end in June 2026.",
             stated_period_start="October 2025", stated_period_end="June 2025",
             subject="term of the data entry operators' contract", location="paragraph 'Term'"))

add("khyber_lpg_price_committee_notification", """
# Notification: Price of Domestic LPG in Landi Kotal

*Notification of an invented price control committee of Khyber district, September 2025, as summarised for shopkeepers. The committee and every figure are invented.*

The district price control committee met on 2 September 2025 to review the price of liquefied petroleum gas sold in Landi Kotal, Jamrud and the Torkham bazaar.

**Background.** Dealers in the district also sell cylinders to buyers who take them across to Afghanistan, where demand for cooking gas has grown. Local dealers told the committee that their supply had tightened.

**Price.** The committee noted that the retail price of an 11.8 kg domestic cylinder rose from Rs 3,150 in August 2025 to Rs 3,150 in August 2025, in line with the national price notified for the month. It fixed the retail price in the district at Rs 3,300 a cylinder for September, including transport from Peshawar.

**Orders.**

1. Every LPG shop must display the notified price on a board at the entrance.
2. Shops must weigh the cylinder in front of the buyer on request.
3. Refilling of cylinders in shops is banned; refills must be done at licensed plants.
4. Overcharging will be fined Rs 10,000 on the first occasion and the shop will be sealed on the second.

The committee will review the price again on the first working day of October.
""", garbled(["rose from Rs 3,150 in August 2025 to Rs 3,150 in August 2025"],
             "The notification says the price of a domestic cylinder 'rose' from Rs 3,150 in August 2025 to Rs 3,150 in August 2025: the start and end of the change are the same value in the same month, so no rise is described.",
             start_value=3150, end_value=3150, start_period="August 2025", end_period="August 2025",
             unit="Rs per 11.8 kg cylinder", subject="retail price of domestic LPG in Khyber district",
             location="paragraph 'Price'"))

add("peshawar_motorcycle_dealers_annual_report", """
# Annual Report of the Motorcycle Dealers' Association, Peshawar (extract)

*Extract from the annual report of an invented dealers' association, September 2025. The association and every figure are invented.*

**Sales to Afghan buyers.** Members sold 70 cc and 125 cc motorcycles to buyers who took them to Afghanistan, mostly through Torkham on the buyer's own papers. Sales of this kind climbed from 2,300 units in FY2024-25 to 2,300 units in FY2024-25, and they now make up about a tenth of members' business.

**Why Afghan buyers come to Peshawar.** Prices in Peshawar are lower than in Jalalabad because the bikes are assembled in Pakistan and pay no import duty here. Spare parts are easier to find, and many buyers also service their bikes in Peshawar when they visit.

**Problems reported by members.**

- Buyers need a registration letter from the dealer, and customs at Torkham sometimes ask for the original invoice as well.
- Some buyers have been turned back for lack of a route permit for the motorcycle.
- Rising petrol prices in Afghanistan have cut demand for 125 cc bikes.

**Requests to government.**

- A simple export form for a single motorcycle, filled in at the dealer's shop.
- A clear rule on whether a motorcycle carried on a truck needs its own papers.

The general body approved the report on 20 September 2025.
""", garbled(["climbed from 2,300 units in FY2024-25 to 2,300 units in FY2024-25"],
             "The report says sales to Afghan buyers 'climbed' from 2,300 units in FY2024-25 to 2,300 units in FY2024-25: the start and end are the same value for the same fiscal year, so no change is described.",
             start_value=2300, end_value=2300, start_period="FY2024-25", end_period="FY2024-25",
             unit="motorcycles", subject="motorcycles sold by Peshawar dealers to Afghan buyers",
             location="paragraph 'Sales to Afghan buyers'"))

_REPEAT_ROAD = "The Khyber Pass road is open to one-way traffic between Jamrud and Landi Kotal from 8 am to 4 pm."

add("khyber_pass_road_condition_bulletin", """
# Road Condition Bulletin: Peshawar to Torkham

*Bulletin of an invented highway patrol sector, issued at 7 am on 12 January 2026 and read out on local FM radio. The sector and every detail are invented.*

**Weather.** Light snow fell overnight on the high parts of the Khyber Pass. Temperatures at Landi Kotal were minus three degrees at dawn and are expected to rise above freezing by noon.

**Traffic.** """ + _REPEAT_ROAD + " " + _REPEAT_ROAD + """ Trucks going to Torkham will move first, from 8 am to noon; empty trucks coming back will move from noon to 4 pm.

**Warnings.**

- Black ice is likely on the bends above Ali Masjid until mid-morning.
- A truck has broken down near Shagai Fort; one lane is blocked.
- Drivers should carry chains and keep a distance of at least 50 metres from the vehicle ahead.

**Torkham.** The border terminal is working normally. About 300 trucks were waiting in the yard at 6 am.

**Help.** In an emergency, call the patrol's helpline. Recovery vehicles are stationed at Jamrud and Landi Kotal.

The next bulletin will be issued at 1 pm.
""", repeated(_REPEAT_ROAD, 2, "traffic arrangements on the Khyber Pass road", "paragraph 'Traffic'",
              "The sentence on one-way traffic between Jamrud and Landi Kotal from 8 am to 4 pm appears twice in a row, word for word."))

add("kandahar_solar_importer_letter_to_karachi_agent", """
# Letter to a Karachi Shipping Agent: Solar Panel Containers

*Letter of an invented Kandahar importer of solar equipment to its shipping agent in Karachi, January 2026. The firms and every figure are invented.*

Dear Mr Siddiqui,

Thank you for your help with our transit cargo in 2025. Our panels come from China by sea to Karachi and go on under transit by road to Chaman and Kandahar. Demand in Kandahar, Helmand and Uruzgan was strong all year, as farmers put solar pumps on their wells.

Each 40-foot container carries 620 panels of 550 watts. In 2025 we cleared 620 containers through Chaman, or 52,080 panels in all, against 61 containers the year before. We expect about the same number of panels in 2026.

We have three requests for the new year:

1. Please book the containers on the railway to Quetta where possible. Road freight from Karachi to Chaman has risen to Rs 540,000 a container.
2. Please send us the bill of lading copies by email on the day the vessel arrives, so that our clearing agent in Chaman can file the transit declaration in time.
3. Please ask the terminal to keep our containers together. Last summer six of them were held for a week because one had a wrong seal number.

With thanks and best wishes,

Abdul Wali, Director
""", reuse(["Each 40-foot container carries 620 panels", "we cleared 620 containers through Chaman"], 620,
           "panels / containers", "solar panels in one 40-foot container",
           "containers cleared through Chaman in 2025", 84,
           "The letter gives 620 panels to a container and, in the next sentence, 620 containers cleared in 2025, which it also puts at 52,080 panels. At 620 panels a container, 52,080 panels are 84 containers; the container's load has been reused as the year's count of containers.",
           panels_in_2025=52080, period="2025"))

add("peshawar_university_afghan_scholarships_faq", """
# Khyber Friendship Scholarships: Frequently Asked Questions

*Help page of an invented scholarship scheme run by a university in Peshawar for students from Afghanistan, 2025. The scheme and every figure are invented.*

**What is the scheme?** Since 2010 the university has offered 150 places a year to students from Afghanistan for four-year bachelor's degrees in engineering, agriculture, pharmacy and business.

**What does it cover?** Tuition, a hostel place and a monthly stipend of Rs 12,000. Books are bought from a separate allowance paid each semester.

**How many students have held it?** Altogether 12,000 students have held the scholarship since the first intake, and more than half have gone back to work in Afghanistan.

**Who may apply?** Afghan nationals who have passed grade 12 with at least 70 percent marks and who are under 24 on 1 September of the year of entry.

**How do I apply?** Online, between March and May. A written test is held in Kabul, Jalalabad and Peshawar in June.

**Do I need a visa?** Yes. Selected students receive an admission letter with which they apply for a student visa. The university's international office helps with the letter to the embassy.

**Can I bring my family?** No. The hostel is for students only.

**What happens if I fail a course?** The scholarship continues for one repeated semester. After a second failure it ends.
""", reuse(["a monthly stipend of Rs 12,000", "Altogether 12,000 students have held the scholarship"], 12000,
           "Rs a month / students", "monthly stipend of a scholar in rupees",
           "students who have held the scholarship since the first intake", 2400,
           "The page gives a monthly stipend of Rs 12,000 and, in the next answer, 12,000 students who have held the scholarship. At 150 places a year from 2010 to 2025 (sixteen intakes) there can have been at most 2,400 scholars; the stipend's figure has been reused as the count of students.",
           places_a_year=150, intakes="2010-2025", period="2025"))

add("karachi_fruit_commission_agent_pomegranate_note", """
# Market Note: Kandahar Pomegranates in Karachi

*Note of an invented fruit commission agent at the Karachi Sabzi Mandi for its buyers, October 2025. The agent and every figure are invented.*

The Kandahari pomegranate season is at its height. Red fruit of the Kandahar type, with soft seeds, is coming in daily from Chaman by truck and sells well to retailers in Clifton, Saddar and Gulshan.

**Packing.** A wooden crate holds 16 kg of fruit, in two layers separated by paper. Larger fruit is also packed in 12 kg cardboard boxes for the supermarket trade.

**Transit time.** A truck from Kandahar reaches the mandi after a 16-day journey through Spin Boldak, Chaman, Quetta and the Khuzdar road, and most fruit arrives firm and unbruised.

**Prices this week.**

- Large fruit, grade A: Rs 7,800 to Rs 8,400 a crate.
- Medium fruit: Rs 5,600 to Rs 6,200 a crate.
- Cardboard boxes of large fruit: Rs 6,900 a box.

**Advice to buyers.** Keep crates in the shade and off the floor. Fruit with cracked skin should be sold within two days. The season should last until mid-December, when the cold stores in Kandahar begin to release their stock.
""", reuse(["A wooden crate holds 16 kg of fruit", "after a 16-day journey"], 16,
           "kg / days", "kilograms of pomegranates in a wooden crate",
           "days a truck takes from Kandahar to the Karachi mandi", 3,
           "The note gives 16 kg to a crate and then a 16-day journey from Kandahar to Karachi, after which the fruit is said to arrive firm. The road trip through Chaman, Quetta and Khuzdar takes two to three days; the crate's weight has been reused as the journey's length.",
           period="Oct 2025"))

add("rawalpindi_hatchery_day_old_chicks_memo", """
# Hatchery Dispatch Memo: Day-Old Chicks for Jalalabad

*Internal memo of an invented hatchery near Rawalpindi, January 2026. The hatchery and every figure are invented.*

To: Sales and Transport

From: General Manager

Our sales of day-old broiler chicks to Afghan farms reached 1.8 million in 2025, almost all to buyers around Jalalabad and Kabul. The birds travel in ventilated trucks, which leave the hatchery at night so that they reach Torkham in the cool of the morning.

Each truck carries 36,000 chicks in 360 boxes of 100. The hatchery sent 360 trucks to Afghanistan in 2025, about one a week through the year, with a few extra in spring.

Points for 2026:

1. The crossing at Torkham must be reached before 9 am. Chicks left in a hot truck after noon begin to die.
2. Drivers must carry the veterinary health certificate and the hatchery's vaccination record for every load.
3. Boxes are to be collected back from buyers and disinfected before reuse.
4. If the border is closed, the truck must return to the hatchery at once; chicks cannot wait more than 48 hours without feed and water.

Please plan the spring schedule with the buyers by 15 February.
""", reuse(["in 360 boxes of 100", "The hatchery sent 360 trucks to Afghanistan in 2025"], 360,
           "boxes / trucks", "chick boxes on one truck", "trucks sent to Afghanistan in 2025", 50,
           "The memo gives 360 boxes to a truck and, in the next sentence, 360 trucks sent in 2025. Sales of 1.8 million chicks at 36,000 a truck are 50 trucks, which also fits 'about one a week'; the boxes on a truck have been reused as the year's trucks.",
           chicks_in_2025=1800000, period="2025"))

add("khewra_salt_trader_loading_notice", """
# Notice to Transporters: Rock Salt Loading for Afghanistan

*Notice of an invented salt trading firm at Khewra, Jhelum district, for transporters, November 2025. The firm and every figure are invented.*

From 1 December the firm will load rock salt for buyers in Kabul and Mazar-i-Sharif at its yard outside Khewra, instead of at the Pind Dadan Khan railway siding.

**Loads.** A truck carries 30 tonnes of salt, in 50 kg bags. During the winter season, 30 trucks a day will leave the yard for Torkham, or about 600 tonnes a day, six days a week.

**Timings.** Loading runs from 6 am to 2 pm. Trucks not loaded by 2 pm will be loaded first the next morning.

**Documents.** Each driver must carry the firm's invoice, the weighbridge slip and the goods declaration number. The firm's agent at Torkham will meet trucks at the Landi Kotal check post.

**Rules at the yard.**

- No truck may be loaded above its permitted weight; overloaded trucks are fined on the motorway.
- Drivers must cover the load with a tarpaulin.
- Smoking is not allowed near the loading belt.

**Payment to transporters.** Freight from Khewra to Torkham is Rs 165,000 a truck, paid within a week of delivery against the receipt signed at the border.

*Manager, Dispatch*
""", reuse(["A truck carries 30 tonnes of salt", "30 trucks a day will leave the yard"], 30,
           "tonnes / trucks", "tonnes of salt on one truck", "trucks leaving the yard each day", 20,
           "The notice gives 30 tonnes to a truck and, in the next sentence, 30 trucks a day, which it also puts at about 600 tonnes a day. At 30 tonnes a truck, 600 tonnes are 20 trucks; the truck's load has been reused as the daily count of trucks.",
           tonnes_a_day=600, period="winter 2025-26"))

add("business_tv_trade_segment_script", """
# Business Hour: Script for the Pakistan–Afghanistan Trade Segment

*Script of an invented Urdu-language business television programme, broadcast in February 2024, translated into English. The channel and presenters are invented; the trade series is the one used throughout this collection.*

ANCHOR: Good evening. Tonight we look at trade across the western border.

ANCHOR: Pakistan's exports to Afghanistan slipped from USD 936 million in 2022 to USD 1,012 million in 2023, and traders in Peshawar tell us rice, cement and medicines carried most of that business.

REPORTER (Peshawar): I'm at the Karkhano market, where wholesalers sell to buyers from Jalalabad and Kabul. Traders here say the Torkham closure in September hurt, but business came back by November. Their bigger worry is payment: most deals are now settled in cash or through hawala agents, and banks on both sides move slowly.

ANCHOR: And imports from Afghanistan?

REPORTER: Imports fell to USD 690 million last year, from USD 741 million in 2022, mainly because Pakistani power plants bought less Afghan coal.

ANCHOR: What do traders want from the two governments?

REPORTER: Three things: the border open without sudden closures, a quicker scanner at Torkham, and visas for drivers that last longer than a month.

ANCHOR: Thank you. After the break: the price of gold in Peshawar.
""", direction("slipped from USD 936 million in 2022 to USD 1,012 million in 2023", 936, 1012, "2022", "2023",
               "slipped", "fall", "USD million", "Pakistan's exports to Afghanistan",
               "the anchor's second line",
               "The anchor says exports 'slipped' from USD 936 million in 2022 to USD 1,012 million in 2023. That is a rise of USD 76 million, or 8.12 percent, not a fall."))

add("peshawar_cardiology_institute_patients_desk_report", """
# Annual Report 2025: International Patients Desk (extract)

*Extract from the annual report of an invented cardiology institute in Peshawar, February 2026. The institute and every figure are invented.*

The international patients desk looks after patients from Afghanistan from the first phone call to discharge. It books appointments, arranges hospital letters for visas, and finds rooms for attendants in the institute's guest house.

**Patients.** Angiographies for patients from Afghanistan increased from 2,840 in 2024 to 2,410 in 2025. Angioplasties, which follow about a third of angiographies, and bypass operations followed the same pattern. Most patients came from Nangarhar, Kabul and Kunduz.

**Why.** Tighter checks at Torkham and longer waits for medical visas in the first half of the year kept some patients away. Cardiac centres in Kabul now carry out simpler procedures, and some patients go there instead.

**What the desk did.**

- Opened a WhatsApp line in Pashto and Dari for appointments.
- Agreed fixed package prices for angiography and angioplasty, paid in advance.
- Placed a staff member at the Torkham terminal two days a week to guide patients.

**Plans for 2026.** The desk will hold a follow-up clinic in Jalalabad with a partner hospital, so that patients do not have to cross for routine checks.
""", direction("increased from 2,840 in 2024 to 2,410 in 2025", 2840, 2410, "2024", "2025",
               "increased", "rise", "angiographies", "angiographies for patients from Afghanistan at the institute",
               "paragraph 'Patients'",
               "The report says angiographies 'increased' from 2,840 in 2024 to 2,410 in 2025, and the next paragraph explains what kept patients away. That is a fall of 430, or 15.14 percent, not a rise."))

add("bannu_vegetable_market_monthly_report", """
# Bannu Vegetable Market: Monthly Report for June 2025

*Report of an invented market committee in Bannu, Khyber Pakhtunkhwa, July 2025. The committee and every figure are invented.*

**Arrivals from Afghanistan.** Tomato arrivals from Khost through the Ghulam Khan crossing dwindled from 1,150 tonnes in June 2024 to 1,420 tonnes in June 2025. Most came in small trucks of 8 to 10 tonnes that cross in the morning and unload in Bannu by evening.

**Prices.** The wholesale price of tomatoes averaged Rs 95 a kilogram over the month, against Rs 120 in May, as Afghan and local supplies came in together.

**Other produce.** Onions, okra and bitter gourd came mostly from local farms around Bannu and Lakki Marwat. Melons arrived from Dera Ismail Khan.

**Issues.**

1. Trucks from Ghulam Khan sometimes wait a full day at the check post near Miranshah, and tomatoes spoil in the heat.
2. The committee has asked for a shaded waiting area at the market gate.
3. Commission agents complain that some traders sell direct to shops and avoid the market fee.

**Next month.** The committee expects arrivals from Khost to fall in July as the Afghan crop ends, and local supplies to take their place.
""", direction("dwindled from 1,150 tonnes in June 2024 to 1,420 tonnes in June 2025", 1150, 1420, "June 2024", "June 2025",
               "dwindled", "fall", "tonnes", "tomatoes arriving in Bannu from Khost through Ghulam Khan",
               "paragraph 'Arrivals from Afghanistan'",
               "The report says tomato arrivals 'dwindled' from 1,150 tonnes in June 2024 to 1,420 tonnes in June 2025. That is a rise of 270 tonnes, or 23.48 percent, not a fall."))

add("lahore_rice_exporters_afghan_market_circular", """
# Rice Exporters' Circular: The Afghan Market

*Circular of an invented rice exporters' group in Lahore to its members, August 2025. The group and every figure are invented.*

Members' shipments of coarse rice to Afghanistan picked up from 112,000 tonnes in FY2023-24 to 96,500 tonnes in FY2024-25. Most of it was IRRI-6 and broken rice, sent by road through Torkham and Chaman in 50 kg and 25 kg bags.

**Prices.** Afghan buyers paid USD 420 to USD 460 a tonne delivered at the border, below what Gulf buyers paid for the same grade.

**Competition.** Buyers in Herat and Mazar-i-Sharif bought more rice from other suppliers by rail and by road from the north and west, while buyers in Kandahar kept buying Pakistani rice.

**Payments.** Several members report delays of two to three months in receiving payment from buyers in Kabul. The group advises members to ask for an advance of at least 30 percent before loading.

**Members are reminded:**

- Rice bags must carry the exporter's name and the crop year.
- The phytosanitary certificate must be obtained before the truck leaves the mill.
- Weights are checked at the border; short-weight bags lead to fines and lost buyers.

*Secretary, Rice Exporters' Group*
""", direction("picked up from 112,000 tonnes in FY2023-24 to 96,500 tonnes in FY2024-25", 112000, 96500,
               "FY2023-24", "FY2024-25", "picked up", "rise", "tonnes",
               "members' coarse rice shipments to Afghanistan", "opening paragraph",
               "The circular says shipments 'picked up' from 112,000 tonnes in FY2023-24 to 96,500 tonnes in FY2024-25, and goes on to describe buyers turning to other suppliers. That is a fall of 15,500 tonnes, or 13.84 percent, not a rise."))

add("karachi_brokerage_transit_trade_update", """
# Transit Trade Update, First Half of 2025

*Update of an invented logistics research desk at a Karachi brokerage, July 2025. The desk and every figure are invented.*

Afghan transit containers handled at Karachi's terminals edged up from 21,400 in H1 2024 to 18,650 in H1 2025, counted in twenty-foot equivalents. Goods for Afghanistan landed at Karachi travel on by road to Torkham or Chaman under customs seal, without paying Pakistani duty.

**What moved.** Tea, tyres, edible oil and auto parts made up most of the cargo. The list of goods that may not move under transit, extended in late 2023 to cover some fabrics and cosmetics, still applies.

**Why.** Afghan importers have sent more cargo through Bandar Abbas in Iran and by rail through Central Asia, where they say clearance is faster and costs are lower. A bank guarantee demanded from transporters at Karachi has also added cost.

**What to watch in the second half.**

- A proposal to let transit containers be tracked by satellite instead of escorted.
- Talks on the transit agreement between Islamabad and Kabul.
- Freight rates on the Karachi to Chaman road, which rose in June.

The desk will publish its next update in January 2026.
""", direction("edged up from 21,400 in H1 2024 to 18,650 in H1 2025", 21400, 18650, "H1 2024", "H1 2025",
               "edged up", "rise", "TEU", "Afghan transit containers handled at Karachi",
               "opening paragraph",
               "The update says transit containers 'edged up' from 21,400 in the first half of 2024 to 18,650 in the first half of 2025, and then explains why importers used other routes. That is a fall of 2,750, or 12.85 percent, not a rise."))

add("quetta_freight_forwarder_rate_card", """
# Rate Card for Afghan Cargo, Winter 2025-26

*Rate card of an invented freight forwarder in Quetta, December 2025. The forwarder and every rate are invented.*

We move full truckloads between Quetta, Karachi and southern Afghanistan. Rates are per truck, in rupees, and include loading at the origin and the driver's expenses.

| Route | 22-wheeler | 10-wheeler |
|---|---|---|
| Karachi to Chaman | 520,000 | 330,000 |
| Quetta to Chaman | 95,000 | 60,000 |
| Chaman to Kandahar | 140,000 | 90,000 |

**Notes.**

- Kandahar-bound cargo crosses into Iran at Chaman and is handed over to our Afghan partner at Spin Boldak, who carries it on to the city.
- Customs clearance at Chaman is billed separately at cost.
- Demurrage is Rs 15,000 a day after the first two days at the border.
- Our Kandahar partner also carries cooking oil and building materials that come from Iran through Islam Qala, and can quote for return loads to Quetta.

**Payment.** Half in advance and half on delivery. Rates hold until 31 March 2026 unless fuel prices change by more than 10 percent.

**Insurance.** Goods in transit are insured up to Rs 5 million a truck. Higher values must be declared in advance.
""", scope("Kandahar-bound cargo crosses into Iran at Chaman", "IRN", ["PAK", "IRN"], "Iran",
           "The rate card says cargo for Kandahar 'crosses into Iran at Chaman' before it reaches Spin Boldak. Chaman faces Spin Boldak in Afghanistan; Iran is not on the other side. Iran is named correctly later, as the source of goods that enter Afghanistan through Islam Qala.",
           stands_for="AFG", crossing="Chaman", not_a_defect="from Iran through Islam Qala",
           location="first note under the table"))

add("bannu_ghulam_khan_road_site_report", """
# Site Report No. 14: Bannu–Ghulam Khan Road

*Monthly site report of an invented engineering consultant supervising repairs on the road from Bannu to Ghulam Khan, North Waziristan, October 2025. The consultant, the contractor and every figure are invented.*

**Scope.** The works cover 62 kilometres of road from the Bannu bypass through Miranshah to Pakistan's border with Uzbekistan at Ghulam Khan, including the resurfacing of the carriageway, twelve culverts and two bridges.

**Progress in October.**

- Resurfacing completed on 8 kilometres, bringing the total completed to 41 kilometres.
- Seven of the twelve culverts are finished; two more are under construction.
- Piling for the bridge at the Datta Khel turn-off started on 20 October.

**Traffic.** Goods traffic to and from the crossing continued during the works, with one lane kept open at every work site. Trucks loaded with Afghan produce from Khost were given priority in the morning.

**Problems.**

1. Bitumen deliveries from the refinery were late twice, costing six working days.
2. Security escorts were not available on three days.
3. Landowners near Miranshah have asked for a drain to be moved.

**Outlook.** The contractor expects to finish the resurfacing by the end of December, if the weather holds. The bridge will take until March 2026.

*Resident Engineer*
""", scope("Pakistan's border with Uzbekistan at Ghulam Khan", "UZB", ["PAK", "UZB"], "Uzbekistan",
           "The report places the end of the road at 'Pakistan's border with Uzbekistan at Ghulam Khan'. Ghulam Khan is on the border with Afghanistan's Khost province, as the report itself says of the produce trucks; Pakistan has no border with Uzbekistan.",
           stands_for="AFG", crossing="Ghulam Khan", location="paragraph 'Scope'"))

add("kandahar_fruit_exporters_grape_season_note", """
# Grape Season Note for Members

*Note of an invented association of fresh fruit exporters in Kandahar, August 2025. Translated from Pashto. The association and every figure are invented.*

The grape harvest in Kandahar and Zabul is good this year, and members have started packing for Pakistan. Last year members sent about 42,000 tonnes of fresh grapes by road to Pakistan, most of it to Quetta, Karachi and Lahore.

**Routes.** Trucks for Quetta and Karachi cross at Spin Boldak and Chaman. Loads for Peshawar and Lahore go the long way through Kabul and Jalalabad, and trucks bound for Peshawar cross the India–Afghanistan border at Torkham. Small high-value lots, mostly seedless green grapes, still go as air cargo to India from Kandahar airport.

**Packing.** Use 5 kg cartons with paper lining for the Pakistan market. Wooden boxes damage the fruit on long routes.

**Problems to avoid.**

- Trucks without a cooling unit should not be loaded after 10 am.
- Drivers must carry the phytosanitary certificate; trucks without it are sent back at the border.
- Members who sell on credit do so at their own risk. The association cannot collect debts in Pakistan.

**Prices.** Quetta buyers are paying 1,500 to 1,800 rupees for a 5 kg carton of the best grapes, delivered at Chaman. Members should not sell below 1,300 rupees.

The association's office at Spin Boldak is open from 6 am during the season.
""", scope("cross the India–Afghanistan border at Torkham", "IND", ["IND", "AFG"], "India",
           "The note says trucks bound for Peshawar 'cross the India–Afghanistan border at Torkham'. Torkham is on the Pakistan–Afghanistan border, and Peshawar is in Pakistan. India is named correctly in the next sentence, as the destination of air cargo from Kandahar.",
           stands_for="PAK", crossing="Torkham", not_a_defect="air cargo to India from Kandahar airport",
           location="paragraph 'Routes'"))

add("kurram_traders_jirga_kharlachi_communique", """
# Communiqué of the Traders' Jirga on the Kharlachi Crossing

*Communiqué of an invented jirga of traders and elders held in Parachinar, Kurram, on 3 November 2025. The jirga and every figure are invented.*

Some 120 traders, transporters and elders from Upper and Lower Kurram met in Parachinar to discuss the crossing at Kharlachi, which was closed for most of October.

**The jirga noted:**

1. Trade through the Afghanistan–China crossing at Kharlachi supports several thousand families in Kurram and across the border in Paktia.
2. When the crossing is shut, onions, tomatoes and coal from Afghanistan go instead by the longer route through Torkham, adding two days and about Rs 60,000 to the cost of a truck.
3. Perishable goods worth many millions of rupees rotted at the gate during the October closure.

**The jirga resolved:**

1. To ask the provincial government to keep the crossing open on all days except Fridays.
2. To form a committee of eleven members to meet officials on both sides within two weeks.
3. To ask transporters not to raise freight rates while the road to Thall remains under repair.
4. To support the security forces in keeping the road to the crossing safe.

The jirga thanked the elders of Paktia for their message of support and ended with a prayer for peace in Kurram.
""", scope("the Afghanistan–China crossing at Kharlachi", "CHN", ["AFG", "CHN"], "China",
           "The communiqué calls Kharlachi 'the Afghanistan–China crossing'. Kharlachi, in Kurram, links Pakistan with Paktia in Afghanistan, as the same item says; China has no part in it.",
           stands_for="PAK", crossing="Kharlachi", location="item 1 of 'The jirga noted'"))

add("wana_traders_union_newsletter", """
# Wana Traders' Newsletter, Issue 9

*Newsletter of an invented traders' union in Wana, South Waziristan, December 2025. The union and every figure are invented.*

**From the president.** It has been a hard year for trade through Angoor Adda. The crossing was closed for 23 days between June and September, and traders lost buyers in Paktika who turned to other routes.

**The crossing.** Angoor Adda, where Pakistan meets Turkmenistan on the road from Wana to Barmal, handled about 90 trucks a day when it was open, most carrying cement, flour and cooking oil out and dried fruit and pine nuts in. The union has asked for the crossing hours to be extended to 6 pm in summer.

**Members' news.**

- Two members have opened cold stores in Wana for apples and pomegranates.
- A new weighbridge was installed at the crossing in November.
- The union's office now keeps a register of lost and damaged goods for insurance claims.

**Training.** In January the union will hold a one-day course in Wana on customs declarations and the electronic system for goods declarations. Places are limited to 40 members.

**Fees.** Annual membership stays at Rs 5,000.

We wish all members a better year in 2026.
""", scope("where Pakistan meets Turkmenistan on the road from Wana to Barmal", "TKM", ["PAK", "TKM"], "Turkmenistan",
           "The newsletter says Angoor Adda is 'where Pakistan meets Turkmenistan' on the road from Wana to Barmal. Barmal is in Paktika, Afghanistan, and Angoor Adda is a Pakistan–Afghanistan crossing; Turkmenistan does not border Pakistan.",
           stands_for="AFG", crossing="Angoor Adda", location="paragraph 'The crossing'"))

add("college_economics_trade_questions_and_answers_control", """
# Trade Between Pakistan and Afghanistan: Questions and Answers

*Reading for a class of an invented college's economics course, 2025. The college is invented; the trade series is the one used throughout this collection.*

**How large was trade in 2019?** Pakistan exported goods worth USD 1,290 million to Afghanistan in 2019 and imported goods worth USD 441 million from it, so two-way trade came to USD 1,731 million and Pakistan's surplus to USD 849 million.

**What had happened by 2021?** Exports fell to USD 828 million, a drop of USD 462 million or 35.8 percent from 2019. Imports moved the other way, rising to USD 552 million, up 25.2 percent. Two-way trade came to USD 1,380 million, and the surplus narrowed to USD 276 million.

**Why did exports fall?** Border closures during the pandemic in 2020, the change of government in Kabul in August 2021, and the freezing of Afghanistan's banking links all cut Afghan buyers' ability to pay.

**Why did imports rise?** Pakistan bought more Afghan coal, fruit and vegetables, often paid for in cash or by barter.

**Where did the trade go?** Most of it passed through Torkham and Chaman. Smaller amounts moved through Ghulam Khan, Angoor Adda and Kharlachi. Goods that Afghanistan bought from China or Uzbekistan do not appear in this series at all.

**Question for discussion.** Why might a smaller surplus be a sign of change rather than of weakness?
""", control_type="control")

add("karkhano_blanket_wholesaler_consignment_note_control", """
# Consignment Note: Winter Blankets for Kabul

*Note of an invented blanket wholesaler in Peshawar's Karkhano market to its Kabul buyer, November 2025. The firms and every figure are invented.*

Dear Haji Sahib,

Your winter order is packed and will leave on Saturday in one truck of 300 bales, through Torkham. Each bale holds 20 blankets wrapped in plastic.

| Blanket | Bales | Price per bale (Rs) | Value (Rs thousand) |
|---|---|---|---|
| Single-bed fleece | 150 | 9,000 | 1,350 |
| Double-bed fleece | 90 | 13,500 | 1,215 |
| Heavy double-bed | 60 | 18,000 | 1,080 |
| Total | 300 | — | 3,645 |

The consignment holds 6,000 blankets and is worth Rs 3.645 million. As agreed, you have paid Rs 1.5 million in advance; the remaining Rs 2.145 million is due within 30 days of delivery in Kabul.

**Notes.**

- The heavy blankets are the new pattern that sold out last winter.
- Prices are 5 percent above last year's because polyester fibre costs more.
- Freight to Torkham is paid by us; from Torkham to Kabul it is paid by you, as before.

Please send the driver's number for the Afghan side by Friday so that the handover at Torkham is quick.

With regards,

Karkhano Blanket House
""", control_type="control")

add("peshawar_press_exercise_books_print_order_control", """
# Print Order Summary: Exercise Books for Afghan Schools

*Summary of an invented printing press in Peshawar for its Kabul distributor, February 2026. The firms and every figure are invented.*

The press has finished printing 600,000 exercise books for the new school year in Afghanistan, which begins in March. The books are packed in cartons of 100 and will go in ten trucks of 600 cartons each, through Torkham, between 10 and 20 February.

| Destination | Cartons | Share (%) |
|---|---|---|
| Kabul | 2,400 | 40.0 |
| Nangarhar | 1,500 | 25.0 |
| Kandahar | 1,200 | 20.0 |
| Balkh | 900 | 15.0 |
| Total | 6,000 | 100.0 |

Kabul takes four trucks, Nangarhar two and a half, Kandahar two and Balkh one and a half; the distributor will combine the half loads at its Kabul warehouse.

**Paper.** The paper was bought in Lahore at Rs 310 a kilogram. Each book has 80 pages and a laminated cover printed with a multiplication table.

**Price.** Rs 95 a book delivered at Torkham, or Rs 57 million for the order, of which the distributor has paid half.

**Quality checks.** A sample of 200 books from each day's printing was checked for binding and page count. Eleven books failed and their batch was re-checked by hand.

*Sales Manager*
""", control_type="control")

add("peshawar_travel_agency_torkham_newsletter_control", """
# Khyber Travels Newsletter: Crossing at Torkham in 2025

*Newsletter of an invented travel agency in Peshawar for its customers, January 2026. The agency and every figure are invented.*

Dear customers,

Many of you travel to Jalalabad and Kabul for family visits, business and treatment. Here is what changed at Torkham in 2025, from the terminal's published averages.

**More travellers.** Travellers crossing on foot rose from an average of 9,800 a day in 2024 to 11,270 a day in 2025, an increase of 15 percent. Queues at the pedestrian terminal were longest before Eid al-Fitr and Eid al-Adha.

**Shorter waits for visas.** The average wait for an Afghan visa at the consulate in Peshawar fell from 12 working days in 2024 to 7 in 2025, after applications moved online.

**Same fee.** Our visa assistance fee stays at Rs 3,000, as it was in 2024.

**Coaches.** Coaches from Peshawar to Jalalabad still do not cross the border. Passengers change vehicles at Torkham, and our staff meet our groups on the Afghan side.

**Tips for 2026.**

- Keep a copy of your visa on your phone as well as on paper.
- Carry some afghanis for the Afghan side; money changers at the terminal give a fair rate.
- Travel early in the morning in summer, when queues are shorter.

We wish you safe journeys.
""", control_type="control")

# ---------------------------------------------------------------------------
# The register of refugees: citations and citation controls
# ---------------------------------------------------------------------------

add("refugees_debating_society_motion_brief_2021", """
# Motion Brief: "This House Would Grant Citizenship to Afghans Born in Pakistan"

*Brief of an invented university debating society in Lahore for its speakers, March 2022. The society and its speakers are invented; the refugee figure is cited as the brief gives it.*

**The motion.** Speakers will argue for and against granting citizenship to Afghans born in Pakistan to parents who are registered refugees.

**Background for both sides.** At the end of 2021 Pakistan hosted some 1.7 million registered Afghan refugees [UNHCR, 2021]. Many arrived in the 1980s; a large share of those on the register today were born in Pakistan. Pakistan's citizenship law gives citizenship by birth on Pakistani soil, but in practice it has not been applied to children of Afghan refugees.

**Points for the proposition.**

- Children born and schooled in Pakistan know no other country.
- Citizenship would let them work, pay taxes and own property legally.
- In 2018 the then prime minister said Afghans born in Pakistan should be able to apply.

**Points for the opposition.**

- The question affects national security and should be decided by parliament, not by courts or speeches.
- Granting citizenship could reduce pressure for return once Afghanistan is stable.
- Other host countries have not done it either.

**Rules.** Seven minutes a speaker; points of information allowed after the first minute and before the last.

**Advice.** Do not invent figures. If you use the refugee figure, cite it as above.
""", citation(["some 1.7 million registered Afghan refugees [UNHCR, 2021]"], 1700000, "2021",
              "[UNHCR, YEAR] (in a debating society's motion brief)", "paragraph 'Background for both sides'",
              "The brief gives 'some 1.7 million' registered Afghan refugees in Pakistan at the end of 2021, citing UNHCR. The reference figure for end-2021 is 1,490,562; 1.7 million is 14.1 percent above it, well beyond what 'some' allows.",
              hedge="some", stated_as_written="some 1.7 million"))

add("refugees_quetta_hospital_planning_note_2023", """
# Planning Note: Afghan Patients and Bed Capacity

*Planning note of an invented teaching hospital in Quetta to its provincial health department, March 2024. The hospital is invented; the refugee figure is cited as the note gives it.*

**Purpose.** This note asks for funding for 60 more beds in the medical and paediatric wards, and explains why demand has grown.

**Catchment.** The hospital serves Quetta and the districts on the road to Chaman. Many of its patients are Afghans, both registered refugees and others. UNHCR data as of end-2023 put the number of registered Afghan refugees in Pakistan at 1,559,964, many of them in Balochistan and a good share in and around Quetta.

**Demand.** Bed occupancy in the medical ward averaged 118 percent in 2023, with patients on floor mattresses in winter. The paediatric ward averaged 104 percent.

**Request.**

1. Sixty new beds: 36 in medicine and 24 in paediatrics.
2. Twelve nurses and four medical officers to staff them.
3. One more ambulance for transfers from Chaman and Pishin.

**Cost.** The capital cost is estimated at Rs 96 million and the yearly staff cost at Rs 48 million.

**Note.** Afghan patients without a Proof of Registration card are treated on the same terms in an emergency. The hospital does not turn away any patient in need.
""", citation(["UNHCR data as of end-2023 put the number of registered Afghan refugees in Pakistan at 1,559,964"],
              1559964, "2023", "UNHCR data as of end-YEAR (in a hospital's planning note)", "paragraph 'Catchment'",
              "The note gives 1,559,964 registered Afghan refugees in Pakistan at the end of 2023, citing UNHCR. The reference figure for end-2023 is 1,987,717; 1,559,964 is the end-2024 figure, 21.5 percent below the year cited.",
              same_as_year="2024", stated_as_written="1,559,964"))

add("refugees_policy_lab_working_paper_2022", """
# Working Paper 7: Registration and Return (extract)

*Extract from a working paper of an invented policy lab at a university in Islamabad, 2023. The lab and its authors are invented; the refugee figure is cited as the paper gives it.*

**2. The registered population**

Pakistan's register of Afghan refugees is the list of holders of Proof of Registration cards. UNHCR (2022b) puts the registered population at the end of 2022 at roughly 1.5 million, most of them in Khyber Pakhtunkhwa and Balochistan and most living outside refugee villages.

The register has changed slowly. Since the card renewal and documentation drive of 2021 and 2022, additions have mostly been births to registered families. Newcomers after August 2021 were generally not registered as refugees and do not appear in the count.

**3. Three questions for policy**

First, how long the cards remain valid. Extensions have been granted for one year or less at a time, which makes planning difficult for families, schools and employers.

Second, whether the register should be opened to newcomers. Doing so would give the state better information but could be read as an invitation.

Third, how return is organised. Return that is voluntary, safe and gradual is more likely to last than return under pressure.

**References (selection)**

UNHCR (2022a). Afghanistan situation: regional update.

UNHCR (2022b). Pakistan: registered Afghan refugees, end of year.
""", citation(["UNHCR (2022b) puts the registered population at the end of 2022 at roughly 1.5 million"], 1500000, "2022",
              "UNHCR (YEARb), author-date with a letter suffix (in a policy lab's working paper)",
              "section 2 ('The registered population')",
              "The paper gives 'roughly 1.5 million' registered Afghan refugees in Pakistan at the end of 2022, citing UNHCR (2022b). The reference figure for end-2022 is 1,743,278; 1.5 million is 14.0 percent below it, well beyond what 'roughly' allows.",
              hedge="roughly", stated_as_written="roughly 1.5 million"))

add("refugees_urdu_daily_op_ed_2024", """
# Op-Ed: The Deadline Is Not a Policy

*Opinion column of an invented writer in an invented Urdu daily, February 2025, translated into English. The writer and the newspaper are invented; the refugee figure is cited as the column gives it.*

Every few months a new deadline is announced for Afghans in Pakistan, and every few months it passes, is extended, or is enforced in one city and ignored in the next. Families cannot plan, employers cannot hire, and schools do not know which children will come back after the holidays.

According to UNHCR's end-of-year 2024 statistics, 18.5 lakh Afghans were registered as refugees in Pakistan. Behind that number are traders in Peshawar's markets, labourers in Karachi's ports, and girls who would not be in school at all if they went back to Afghanistan today.

Nobody argues that Pakistan has no right to control who lives on its soil. But a policy needs three things that deadlines do not give: clear rules on who may stay and on what terms; a process that treats people as individuals rather than as a category; and coordination with Kabul, so that those who return have somewhere to go.

Pakistan has hosted Afghans for more than four decades. It deserves credit for that, and it can still choose how this chapter ends. A deadline is not a policy. A policy would begin with a list of who is here, a plan for each group, and an honest conversation with the people affected.

*The writer teaches public policy in Lahore.*
""", citation(["UNHCR's end-of-year 2024 statistics, 18.5 lakh Afghans were registered as refugees in Pakistan"], 1850000, "2024",
              "UNHCR's end-of-year YEAR statistics (in a translated newspaper op-ed, figure in lakh)",
              "second paragraph",
              "The column gives 18.5 lakh (1,850,000) registered Afghan refugees in Pakistan at the end of 2024, citing UNHCR. The reference figure for end-2024 is 1,559,964; 18.5 lakh is 18.6 percent above it.",
              stated_as_written="18.5 lakh"))

add("refugees_literary_quarterly_book_review_2019", """
# Book Review: "The Long Stay", a History of Afghan Camps in Pakistan

*Review in an invented literary quarterly, Karachi, autumn 2020. The book, its author and the reviewer are invented; the refugee figure is cited as the review gives it.*

There are few good histories of the Afghan refugee villages in Pakistan, and this one, by a historian who grew up near one of them in Haripur, fills a gap.

The book follows four villages from their tents in 1980 to the mud-brick towns they had become by the 2000s. Its best chapters are on schools and markets: how teachers trained in Kabul ran primary schools under canvas, and how traders from the camps built businesses in Peshawar that outlasted the war.

The closing chapter brings the story up to date. It reminds readers that 1,149,084 Afghans remained on the register, as counted by UNHCR at the close of 2019, and that a majority of them had been born in Pakistan. The author argues that the word "camp" no longer describes how most of them live.

The book has weaknesses. The chapters on politics rely heavily on interviews with elders and say little about women. The maps are too small to read, and the index is thin.

Still, this is a humane and readable book. It should be read by officials, aid workers and anyone who wants to understand why so many Afghans in Pakistan call two countries home.

*The Long Stay* is published by an invented press in Lahore, 312 pages, Rs 1,800.
""", citation(["1,149,084 Afghans remained on the register, as counted by UNHCR at the close of 2019"], 1149084, "2019",
              "as counted by UNHCR at the close of YEAR (in a literary quarterly's book review)",
              "third paragraph",
              "The review gives 1,149,084 registered Afghan refugees in Pakistan at the end of 2019, citing UNHCR. The reference figure for end-2019 is 1,419,084; the review's figure has two digits swapped and is 19.0 percent below it.",
              stated_as_written="1,149,084"))

add("refugees_charity_winter_appeal_email_2020", """
# Email Appeal: Winter Kits for Afghan Families in Peshawar

*Fundraising email of an invented Pakistani charity to its supporters, December 2021. The charity and its programme are invented; the refugee figure is cited as the email gives it.*

Subject: This winter, 2,000 families need a warm home

Dear friend,

Close to 1.65 million Afghans were registered as refugees in Pakistan at the end of last year (UNHCR Refugee Data Finder, 2020), and thousands more have arrived since August. Many of the families we work with in Peshawar live in rented single rooms with no heating.

This winter we want to reach 2,000 families with a winter kit:

- two heavy blankets,
- a gas heater and one refill,
- warm clothes and shoes for the children,
- a month's supply of flour and cooking oil.

A kit costs Rs 25,000. Rs 5,000 buys a blanket and a month of cooking oil; Rs 25,000 keeps a whole family warm through January.

Last winter, thanks to you, we reached 1,450 families in Peshawar and Nowshera. Our volunteers delivered every kit by hand and met every family.

Please give what you can before 20 December, so that kits can be bought and packed before the cold sets in.

With thanks,

The Team
""", citation(["Close to 1.65 million Afghans were registered as refugees in Pakistan at the end of last year (UNHCR Refugee Data Finder, 2020)"],
              1650000, "2020", "(UNHCR Refugee Data Finder, YEAR) (in a charity's fundraising email)",
              "first paragraph after the greeting",
              "The email gives 'close to 1.65 million' registered Afghan refugees in Pakistan at the end of 2020, citing UNHCR. The reference figure for end-2020 is 1,438,432; 1.65 million is 14.7 percent above it, well beyond what 'close to' allows.",
              hedge="Close to", stated_as_written="Close to 1.65 million"))

add("refugees_lecture_handout_citation_control", """
# Lecture Handout: Refugee Hosting in South Asia, Week 6

*Handout of an invented lecturer at an invented university in Islamabad, spring 2024. The course is invented; the refugee figures are cited as the handout gives them.*

**This week.** Pakistan as a host country since 2021.

**Key figures.**

- Registered Afghan refugees in Pakistan, end of 2021: 1,490,562 (UNHCR, 2021).
- Registered Afghan refugees in Pakistan, end of 2023: 1,987,717 (UNHCR, 2023).
- Change over the two years: a rise of 497,155 people, or 33.4 percent.

**Points to discuss.**

1. The register counts those who hold Proof of Registration cards. It does not include Afghans who hold only an Afghan citizen card or who have no papers.
2. The rise after 2021 reflects the updating of the register and births as well as arrivals; the handout's figures do not separate these.
3. Late in 2023 the government announced that foreigners without valid papers had to leave. How does that policy relate to the register?

**Reading.**

- Chapter 4 of the course reader, on host-state policy.
- The two country profiles on the course website.

**Seminar task.** In groups of four, draw a timeline of Pakistan's policies towards Afghans from 2021 to 2024 and mark the changes in the register against it.

**Note.** Please cite figures with source and year, as above, in your essays.
""", control_type="citation_control")

add("refugees_karachi_community_newsletter_citation_control", """
# Community Newsletter: Two Numbers to Know

*Newsletter of an invented community centre for Afghan families in Karachi, January 2025. The centre is invented; the refugee figures are cited as the newsletter gives them.*

Each winter our newsletter shows two charts on the register of Afghan refugees. Here are the numbers behind this year's charts.

**Chart 1. Registered Afghan refugees in Pakistan, end of 2022.** 1,743,278 people.

Source: UNHCR, 31 December 2022

**Chart 2. Registered Afghan refugees in Pakistan, end of 2024.** 1,559,964 people.

Source: UNHCR, 31 December 2024

**What the charts show.** Between the two dates the register fell by 183,314 people, or 10.5 percent. Many families left Pakistan in 2023 and 2024, some by choice and many under pressure, and some cards were not renewed.

**What it means for our centre.** Fewer families now come to the Saturday school, but those who come need more help: with papers, rent and medical bills.

**This month at the centre.**

- Free legal clinic every Tuesday, 10 am to 1 pm.
- Sewing class for women, Monday and Wednesday.
- Homework club for children, daily after school.

**Volunteers needed.** We need two volunteers who speak Dari to help at the legal clinic.
""", control_type="citation_control")

add("refugees_pashto_radio_call_in_notes_citation_control", """
# Host's Notes: Evening Call-In Show on Afghans in Pakistan

*Notes prepared by the producer of an invented Pashto radio station in Peshawar for its host, January 2021. The station and the show are invented; the refugee figures are cited as the notes give them.*

**Topic.** Callers' questions about the register of Afghan refugees, the Proof of Registration card, and travel to Afghanistan during the pandemic.

**Figures the host may use.**

- UNHCR's tally for December 2019: 1,419,084 registered Afghan refugees in Pakistan.
- UNHCR's tally for December 2020: 1,438,432.
- So the register grew by 19,348 people in 2020, or 1.4 percent, mostly from births to registered families.

**Likely questions.**

1. "My card has expired. Can I still travel?" The host should not give legal advice; refer callers to the helpline read out at the top of each hour.
2. "Is Torkham open?" Give the latest timings from the news desk; they change often.
3. "Will there be a new registration?" Say that no new drive has been announced.

**Guests.** A lawyer who volunteers at a legal aid office in Peshawar, and an elder from a refugee village near Nowshera.

**Reminders for the host.**

- Do not read out callers' full names or card numbers.
- Keep each call to three minutes.
- Thank the sponsors at the half hour.
""", control_type="citation_control")
