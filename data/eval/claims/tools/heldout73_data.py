# Seventy-third held-out set of synthetic documents ("heldout73").  Written from
# scratch after heldout72/, by a labeller session that had not opened dyad's
# implementation or history and had not seen any of its results.
# Every entry: name (topic slug, numbered later by build_heldout73.py), text,
# labels (list of defect dicts), control_type for controls.
# New registers: three small enterprises, three texts each: an aluminium
# pressure cooker maker in Gujranwala selling to a household goods dealer in
# Ghazni through Torkham; a ceramic floor tile factory in Gujrat selling to a
# builders' merchant in Taloqan (Takhar) through Torkham; and a pine nut
# roaster in Dera Ismail Khan buying raw pine nuts from Urgun (Paktika)
# through Angoor Adda; then thirty-three documents on the trade series,
# crossings, transit, food, health, education, transport and work, and nine
# on the register of refugees.
#
# Invented figures shared with earlier sets: annual trade series (README:
# exports 1,290 / 942 / 828 / 936 / 1,012 / 884 and imports 441 / 509 / 552 /
# 741 / 690 / 540 for 2019-2024, balances 849 / 433 / 276 / 195 / 322 / 344,
# totals 1,731 / 1,451 / 1,380 / 1,677 / 1,702 / 1,424); reference refugee
# series (1,419,084 / 1,438,432 / 1,490,562 / 1,743,278 / 1,987,717 /
# 1,559,964 for 2019-2024).
#
# New invented figures, consistent with the above:
#   Kamran Metal Works, Gujranwala (invented): aluminium pressure cookers
#     PC-5 (5 litres, USD 14), PC-7 (7 litres, USD 17), PC-10 (10 litres,
#     USD 22); 6 cookers a carton, 400 cartons (2,400 cookers) a truck; to
#     Ghazni Home Goods 7,500 cookers in 2024 and 9,600 in 2025 (PC-5 3,600,
#     PC-7 4,200, PC-10 1,800; USD 161,400; 1,600 cartons, 4 trucks).
#   Chenab Tiles, Gujrat (invented): 60 x 60 cm floor tiles, 4 a box
#     (1.44 square metres), Rs 2,350 a box, 1,200 boxes a truck; to Takhar
#     Builders' Merchants, Taloqan 36,000 boxes (30 trucks) in 2025, by
#     quarter 6,000 / 9,600 / 12,000 / 8,400 (H1 15,600, H2 20,400).
#   Gomal Dry Fruits, Dera Ismail Khan (invented): raw pine nuts from Urgun,
#     Paktika, in 50 kg bags through Angoor Adda; 70 tonnes in the 2024
#     season at Rs 6,000 a kg, 84 tonnes (1,680 bags) in 2025 at Rs 5,400 a
#     kg, by month Oct / Nov / Dec 2025 26 / 38 / 20 tonnes.
#   Other documents: the ministries, hospitals, firms, associations, people
#     and figures are invented and kept consistent within each document.

HELDOUT73 = []
from heldout_labels import (  # noqa: F401
    PAIR, REFS, adder, arith, change_pct, citation, direction, garbled, line_of, parts_total, pdf_lines, scope, tvt,
    repeated, reuse,
)

add = adder(HELDOUT73)

# ---------------------------------------------------------------------------
# Kamran Metal Works (invented), pressure cookers, Gujranwala -> Ghazni
# ---------------------------------------------------------------------------

add("gujranwala_cookware_ghazni_order_confirmation_email_control", """
# Order Confirmation: Pressure Cookers for Ghazni, 2025

*Email from an invented aluminium cookware maker in Gujranwala to its invented dealer in Ghazni, 3 February 2025. The firms, people and every figure are invented.*

Dear Haji Rahmatullah,

Thank you for your order for 2025, which we confirm below. Prices are ex-works Gujranwala and include export packing.

| Model | Size | Cookers | Unit price (USD) | Value (USD) |
|---|---|---|---|---|
| PC-5 | 5 litres | 3,600 | 14 | 50,400 |
| PC-7 | 7 litres | 4,200 | 17 | 71,400 |
| PC-10 | 10 litres | 1,800 | 22 | 39,600 |
| Total | | 9,600 | — | 161,400 |

The order is for 9,600 cookers, 28 percent more than the 7,500 you took from us in 2024. The 7-litre PC-7 is again the largest line, at 4,200 cookers or 43.75 percent of the order.

We pack 6 cookers to a carton, so the order fills 1,600 cartons. A truck carries 400 cartons, and we will send four trucks through Torkham, one at the start of each quarter.

As agreed, you will pay 40 percent of the value, USD 64,560, before the first truck leaves, and the remaining USD 96,840 in four equal parts of USD 24,210, one when each truck reaches Ghazni.

Every cooker carries a one-year warranty on the safety valve and the gasket. Spare gaskets will travel free in each truck.

With best regards,

Kamran Butt
Kamran Metal Works, Gujranwala
""", control_type="control")

add("ghazni_household_dealer_year_end_stock_count_cookers", """
# Year-End Stock Count: Pressure Cookers

*Stock count of an invented household goods dealer in Ghazni, 31 December 2025, sent to its invented supplier in Gujranwala and translated from Dari. The firms and every figure are invented.*

Our shop on the Kabul road and our two stalls in the Ghazni bazaar take their stock of Kamran pressure cookers once a year. The count for 2025 is below.

| Model | Received in 2025 | Sold in 2025 | In stock on 31 December |
|---|---|---|---|
| PC-5 (5 litres) | 3,600 | 3,240 | 360 |
| PC-7 (7 litres) | 4,200 | 3,910 | 290 |
| PC-10 (10 litres) | 1,800 | 1,530 | 270 |
| Total | 9,600 | 8,680 | 920 |

**Notes.**

- Of the 7-litre cookers we received 4,400, and they sold fastest: by December more than nine in ten of them had gone.
- The 10-litre cooker sells mostly to restaurants and to families preparing for weddings, so its sales come in bursts.
- Nine cookers arrived with bent lids in the October truck. We have set them aside and will return them with the next empty truck.

**For 2026.** We would like the same quantities of the PC-5 and the PC-10, and a few hundred more of the PC-7 if the price holds. Please tell us the new prices before the end of January, because we set our own spring prices in early February.

Written by Naqibullah, storekeeper, for Ghazni Home Goods.
""", tvt(["Of the 7-litre cookers we received 4,400", "| PC-7 (7 litres) | 4,200 | 3,910 | 290 |"],
         {"text_value": 4400, "table_value": 4200}, "pressure cookers",
         "7-litre PC-7 cookers received by Ghazni Home Goods", "2025",
         "first note against the PC-7 row of the table",
         "The table gives 4,200 PC-7 cookers received in 2025, and its total of 9,600 adds up with that row; the row also balances (3,910 sold plus 290 in stock). The first note says 4,400 were received. The two values for the same model and year differ."))

add("gujranwala_cookware_faulty_valve_returns_notice", """
# Notice to Dealers: Replacement of Faulty Safety Valves

*Notice from an invented aluminium cookware maker in Gujranwala to its dealers in Pakistan and Afghanistan, 14 November 2025. The firm and every figure are invented.*

**What happened.** In September 2025 one batch of safety valves from a new supplier was fitted to our 7-litre PC-7 cookers. Some of these valves stick when the cooker is hot. No one has been hurt, but we are replacing every cooker of the batch that a dealer still holds.

**Which cookers.** The batch number PC-7/0925 is stamped under the handle. Cookers of other batches and of other sizes are not affected.

**How many.** Our dealer in Ghazni has found 48 cookers of the batch in his stock. A carton holds 6 cookers, so we will send 6 cartons of replacement cookers with the truck that leaves Gujranwala on 1 December. The dealer should send the faulty cookers back in the same truck, in their own cartons.

**Cookers already sold.** A buyer who brings a cooker of the batch to any dealer will receive a new valve, fitted free of charge while the buyer waits. Dealers will receive 20 spare valves each for this purpose, and more on request.

**Costs.** We pay all freight, including the cost of the return journey through Torkham, and the customs fees on replacement goods.

**Questions.** Please call our export desk on weekdays between 9 am and 5 pm, or write to us by email. We apologise for the trouble.
""", reuse(["A carton holds 6 cookers", "we will send 6 cartons of replacement cookers"], 6, "cookers / cartons",
           "pressure cookers packed in one carton", "cartons of replacement cookers sent to the Ghazni dealer", 8,
           "The notice says a carton holds 6 cookers and that the dealer has 48 faulty cookers, so replacing them takes 48 / 6 = 8 cartons. The notice gives 6 cartons, reusing the cookers-per-carton figure as the number of cartons.",
           cookers_to_replace=48, cookers_a_carton=6))

# ---------------------------------------------------------------------------
# Chenab Tiles (invented), ceramic floor tiles, Gujrat -> Taloqan
# ---------------------------------------------------------------------------

add("gujrat_tile_factory_taloqan_sales_ledger", """
# Sales Ledger Summary: Takhar Builders' Merchants, 2025

*Summary from the export ledger of an invented ceramic tile factory in Gujrat, prepared for its owners, January 2026. The factory, its buyer and every figure are invented.*

Chenab Tiles sells one product to Afghanistan: a glazed floor tile of 60 by 60 centimetres, packed four to a box, so that a box covers 1.44 square metres. Its only Afghan buyer is Takhar Builders' Merchants of Taloqan, which supplies contractors building houses and shops in Takhar and Kunduz. All boxes were sold at Rs 2,350 each.

| Quarter of 2025 | Boxes | Trucks | Value (Rs million) |
|---|---|---|---|
| Q1 | 6,000 | 5 | 14.10 |
| Q2 | 9,600 | 8 | 22.56 |
| Q3 | 12,000 | 10 | 28.20 |
| Q4 | 8,400 | 7 | 19.74 |
| Total | 37,200 | 30 | 84.60 |

Each truck carries 1,200 boxes, and every truck crossed at Torkham before taking the Salang road north. The busiest quarter was the third, when the building season in Takhar is at its height; in the fourth quarter cold weather slowed work on site.

Breakage in transit stayed low. The buyer reported 96 broken boxes for the whole year, which we replaced free of charge in the following truck.

**Payment.** The buyer pays by bank transfer within 21 days of each delivery. On 31 December no invoice was overdue.

**Outlook.** The buyer has asked about a 30 by 60 centimetre wall tile. The design office will prepare samples for the February truck.
""", parts_total(["| Total | 37,200 | 30 | 84.60 |"],
                 {"Q1": 6000, "Q2": 9600, "Q3": 12000, "Q4": 8400}, 37200, "boxes of floor tiles", "2025",
                 "boxes of floor tiles sold by Chenab Tiles to Takhar Builders' Merchants",
                 "'Total' row of the table, boxes column",
                 "The four quarterly box counts add up to 36,000, but the 'Total' row gives 37,200. The trucks and value columns agree with 36,000 boxes (30 trucks of 1,200 boxes; 36,000 boxes at Rs 2,350 is Rs 84.6 million), so the total is 1,200 boxes, one truckload, too high."))

add("taloqan_builders_merchant_email_tile_orders_2026", """
# Email: Tile Orders for the 2026 Season

*Email from an invented builders' merchant in Taloqan to its invented tile supplier in Gujrat, 10 January 2026, written in English by the merchant's son. The firms, people and every figure are invented.*

Dear Mr Chaudhry,

Greetings from a cold Taloqan. I write about our orders for 2026 and about two problems from last year.

First, the figures. We took 36,000 boxes of your 60 by 60 floor tile in 2025. Our orders slipped from 15,600 boxes in the first half of the year to 20,400 in the second half, because two large housing projects on the Kunduz road started their floors in the summer.

Second, the problems. The September trucks waited four days at Torkham, and in one truck 40 boxes were broken because the pallets had not been strapped. Please strap every pallet this year.

Third, 2026. We would like 40,000 boxes of the same tile, sent as before in trucks of 1,200 boxes. We would also like to try your 30 by 60 wall tile: one truck in March, to see how contractors receive it.

On price, we understand that gas costs in Pakistan have risen. We can accept Rs 2,450 a box for the floor tile, up from Rs 2,350, if the first five trucks leave before the end of April.

My father sends his greetings and hopes you will visit Taloqan in the spring, when the roads over the Salang are open again.

With respect,

Farid Ahmad
Takhar Builders' Merchants
""", direction("Our orders slipped from 15,600 boxes in the first half of the year to 20,400 in the second half",
               15600, 20400, "H1 2025", "H2 2025", "slipped", "fall", "boxes of floor tiles",
               "tile orders of Takhar Builders' Merchants from Chenab Tiles", "paragraph beginning 'First, the figures'",
               "The email says the orders 'slipped' from 15,600 boxes in the first half of 2025 to 20,400 in the second half. That is a rise of 4,800 boxes, or 30.77 percent, not a fall.",
               from_as_written="15,600 boxes in the first half of the year", to_as_written="20,400 in the second half"))

add("gujrat_tile_factory_installer_training_visit_report", """
# Visit Report: Installer Training in Taloqan

*Report of an invented tile factory's sales engineer on a visit to Takhar, October 2025. The factory, its buyer and every figure are invented.*

**Purpose.** At the request of Takhar Builders' Merchants, I spent three days in Taloqan training tile fitters who work for the merchant's contractors. Complaints of cracked tiles had risen during the summer, and the merchant believed most of them came from fitting, not from the tiles.

**Who came.** Twenty-two fitters attended the first day and eighteen the second and third. Most had learned their trade on marble and cement floors, not on large glazed tiles.

**What I found.** On four building sites I saw tiles laid on uneven beds of mortar, with hollow spots under the corners. A hollow corner cracks as soon as a heavy load stands on it. At the merchant's yard, boxes were stacked upright against a wall. Tiles must be stored flat, never on their edges. Tiles must be stored flat, never on their edges. Stacks should be no more than eight boxes high.

**What we practised.** Mixing adhesive to the right thickness, spreading it with a notched trowel, and back-buttering each tile. Fitters also practised leaving a 3 millimetre joint and checking each tile with a level.

**Follow-up.** The merchant will give every fitter who completed the course a card that contractors can ask to see. I have left 50 notched trowels and 200 packets of spacers with the merchant, to be sold at cost.

**Recommendation.** A second course in the spring, before the building season, with a short film in Dari that fitters can watch on their phones.
""", repeated("Tiles must be stored flat, never on their edges.", 2,
              "storage of tile boxes at the merchant's yard", "paragraph 'What I found'",
              "The sentence 'Tiles must be stored flat, never on their edges.' appears twice in a row, word for word."))

# ---------------------------------------------------------------------------
# Gomal Dry Fruits (invented), pine nuts, Urgun -> Dera Ismail Khan
# ---------------------------------------------------------------------------

add("dera_ismail_khan_pine_nut_roaster_season_diary", """
# Season Diary: Buying Pine Nuts from Urgun

*Extracts from the diary of the buyer of an invented pine nut roaster in Dera Ismail Khan, autumn 2025. The roaster, the people and every figure are invented.*

**4 October.** The first trucks of the season came down from Urgun today, 140 bags of raw pine nuts at 50 kilograms a bag. The harvest in the Paktika forests is good this year, the suppliers say, and the price has settled at Rs 5,400 a kilogram, against Rs 6,000 last autumn.

**11 October.** Waited all morning at Angoor Adda, the crossing on the Pakistan–Azerbaijan border that we use for every load from Paktika. The customs post had one officer on duty, so three trucks of nuts stood in the sun until noon.

**19 October.** Our own roasting line ran for the first time this season. Four workers sort the nuts by hand before they go into the drum.

**2 November.** A buyer in Baku, Azerbaijan, wants two tonnes of roasted and salted nuts in vacuum packs before the new year. We can do it if the November loads arrive on time.

**20 November.** The busiest week. 210 bags arrived from Urgun, and the sorting room worked until late evening every day.

**18 December.** Last load of the year. For the season we bought 84 tonnes, up from 70 last year.

**30 December.** Paid the suppliers' final invoices through the money changer in Wana.
""", scope("Angoor Adda, the crossing on the Pakistan–Azerbaijan border", "AZE", ["PAK", "AZE"], "Azerbaijan",
           "The diary calls Angoor Adda, where loads from Paktika enter Pakistan, a crossing on the 'Pakistan–Azerbaijan border'. Angoor Adda is on the Pakistan–Afghanistan border (South Waziristan and Paktika); Azerbaijan stands in Afghanistan's place. The diary names Azerbaijan correctly elsewhere as the home of a buyer in Baku.",
           stands_for="AFG", crossing="Angoor Adda", location="entry of 11 October",
           not_a_defect="A buyer in Baku, Azerbaijan"))

add("dera_ismail_khan_pine_nut_monthly_purchase_sheet_control", """
# Purchase Sheet: Raw Pine Nuts, Season 2025

*Purchase sheet of an invented pine nut roaster in Dera Ismail Khan, prepared for its bank, January 2026. The roaster, its suppliers and every figure are invented.*

Gomal Dry Fruits buys raw pine nuts from growers' agents in Urgun, Paktika. The nuts come in 50 kilogram bags by road through Angoor Adda and Wana. In the 2025 season every kilogram was bought at Rs 5,400.

| Month | Bags | Tonnes | Paid (Rs million) |
|---|---|---|---|
| October 2025 | 520 | 26 | 140.4 |
| November 2025 | 760 | 38 | 205.2 |
| December 2025 | 400 | 20 | 108.0 |
| Total | 1,680 | 84 | 453.6 |

**Comments for the bank.**

- The season's 84 tonnes are 20 percent more than the 70 tonnes bought in 2024.
- The price was 10 percent lower than last season's Rs 6,000 a kilogram, because the Paktika harvest was large.
- November alone brought 38 tonnes, about 45 percent of the season's purchases.
- At 2024's price the same 84 tonnes would have cost Rs 504 million, so the lower price saved Rs 50.4 million.
- The running finance line of Rs 300 million was fully repaid on 24 January 2026 from the sale of roasted nuts in Lahore and Karachi.

**Stock.** On 31 December the roaster held 29 tonnes of raw nuts in its cold room, enough to keep the roasting line busy until March.
""", control_type="control")

add("dera_ismail_khan_pine_nut_roaster_trade_fair_catalogue_entry", """
# Trade Fair Catalogue Entry: Gomal Dry Fruits

*Exhibitor entry in the catalogue of an invented food trade fair in Lahore, February 2026. The fair, the firm and every figure are invented.*

**Stand 14, Hall B**

Gomal Dry Fruits of Dera Ismail Khan roasts and packs pine nuts, almonds and walnuts for shops and caterers across Pakistan. The firm was founded in 2008 by two brothers from Tank, and now employs 41 people in the roasting season.

**Our pine nuts.** The raw nuts come from the forests around Urgun in Paktika, Afghanistan, where families gather the cones in September and October. Our agents buy them at village markets and send them to Dera Ismail Khan through Angoor Adda. In the 2025 season we bought 84 tonnes of raw nuts, up from 70 tonnes in 2024, a rise of 16 percent. The larger crop also brought the price down.

**How we process them.** Each bag is sorted by hand to remove empty and mouldy nuts. The good nuts are roasted in a gas drum and cooled on steel trays. We sell them plain, salted or in their shells, in packs from 100 grams to 5 kilograms.

**Quality.** Our cold room keeps raw nuts at 4 degrees so that they stay fresh until the summer. Every batch is tested for moisture before roasting.

**At the fair.** Visitors can taste this season's nuts and place orders for the months before Eid. We will also show a new gift box of mixed dry fruits for corporate buyers.

**Contact.** Ask for Sajid Khan Gandapur at the stand.
""", arith(["up from 70 tonnes in 2024, a rise of 16 percent"],
           "The entry says raw pine nut purchases rose from 70 tonnes in 2024 to 84 tonnes in 2025, 'a rise of 16 percent'. The rise is 14 tonnes on 70, or 20 percent.",
           **{"from": 70, "to": 84, "computed_change_pct": 20.0, "stated_change_pct": 16,
              "stated_as_written": "16 percent", "unit": "tonnes of raw pine nuts",
              "from_period": "2024", "to_period": "2025",
              "subject": "raw pine nuts bought by Gomal Dry Fruits", "location": "paragraph 'Our pine nuts'"}))

# ---------------------------------------------------------------------------
# Trade, crossings, transit, food, health, education, transport and work
# ---------------------------------------------------------------------------

add("rawalpindi_chamber_delegation_briefing_trade_series_control", """
# Briefing Note: Pakistan's Goods Trade with Afghanistan, 2019–2024

*Briefing note prepared by the research cell of an invented chamber of commerce in Rawalpindi for a visiting business delegation, March 2025. The chamber is invented; the trade figures are the invented series used across these texts.*

The table gives Pakistan's goods trade with Afghanistan by calendar year, in USD million. "Total" is exports plus imports; "Balance" is exports minus imports.

| Year | Exports to Afghanistan | Imports from Afghanistan | Total | Balance |
|---|---|---|---|---|
| 2019 | 1,290 | 441 | 1,731 | 849 |
| 2020 | 942 | 509 | 1,451 | 433 |
| 2021 | 828 | 552 | 1,380 | 276 |
| 2022 | 936 | 741 | 1,677 | 195 |
| 2023 | 1,012 | 690 | 1,702 | 322 |
| 2024 | 884 | 540 | 1,424 | 344 |

**Points for the delegation.**

- Exports fell from USD 1,290 million in 2019 to USD 884 million in 2024, a drop of about 31.5 percent over five years.
- Imports moved the other way, rising from USD 441 million to USD 540 million over the same years, or about 22.4 percent.
- Total trade was highest in 2019, at USD 1,731 million, and lowest in 2021, at USD 1,380 million.
- Pakistan has run a surplus in every year. It was widest in 2019 (USD 849 million) and narrowest in 2022 (USD 195 million).
- In 2024 exports fell by about 12.6 percent from 2023, and imports made up about 38 percent of total trade.

**Questions the delegation may raise.** Members will want to discuss the closures at Torkham and Chaman, the cost of transit documents, and payments through banks in Dubai. The research cell can provide monthly figures on request.
""", control_type="control")

add("peshawar_trade_official_border_markets_seminar_speech", """
# Remarks at a Seminar on Border Markets

*Speech by an invented provincial trade official at an invented university seminar in Peshawar, February 2024. The official, the seminar and the trade figures are invented; the figures are the invented series used across these texts.*

Vice-Chancellor, colleagues, students,

Thank you for inviting me to speak about the markets that grow up along our western border. I will be brief, and I will give you only a few numbers.

Trade with Afghanistan does not move in one direction. In 2023 our exports to Afghanistan rose to USD 1,012 million from USD 936 million the year before, a gain of about 8 percent. Flour, rice, medicines and cement led the way. Imports from Afghanistan climbed from USD 741 million in 2022 to USD 690 million in 2023, with coal, dried fruit and cotton the largest items.

Behind these numbers are the small markets of Landi Kotal, Chaman and Ghulam Khan, where porters, money changers, tea sellers and truck mechanics earn their living. When a crossing closes for a week, these people lose a week's income, and no statistic shows it.

I ask the students here to study those markets. Count the shops. Ask the porters what they earn in a good month and in a bad one. Find out how long a truck waits and what the driver spends while he waits.

Policy made without such knowledge is guesswork. Policy made with it can keep a crossing open, shorten a queue and put food on a porter's table.

Thank you.
""", direction("Imports from Afghanistan climbed from USD 741 million in 2022 to USD 690 million in 2023",
               741, 690, "2022", "2023", "climbed", "rise", "USD million", "Pakistan's goods imports from Afghanistan",
               "fourth paragraph",
               "The speech says imports from Afghanistan 'climbed' from USD 741 million in 2022 to USD 690 million in 2023. That is a fall of USD 51 million, or 6.88 percent, not a rise.",
               from_as_written="USD 741 million in 2022", to_as_written="USD 690 million in 2023"))

add("islamabad_trade_body_student_faq_trade_in_2020", """
# Frequently Asked Questions: Trade with Afghanistan in 2020

*Page of questions and answers written by an invented trade development body in Islamabad for school and college students, 2021. The body is invented; the trade figures are the invented series used across these texts.*

**What did Pakistan sell to Afghanistan in 2020?** Mostly food and building materials: wheat flour, rice, sugar, cooking oil, cement and medicines. In all, exports came to USD 942 million.

**And what did Pakistan buy?** Coal, fresh and dried fruit, cotton, vegetables and talc. Imports were worth USD 509 million.

**So who sold more?** Pakistan did. Exports minus imports gives a surplus of USD 443 million for Pakistan in 2020.

**How big was trade in total?** Exports and imports together were worth USD 1,451 million.

**Was 2020 a good year?** Not for exports. They were about 27 percent lower than the USD 1,290 million of 2019, partly because the crossings were closed for weeks during the first wave of the pandemic, when only food and medicine trucks were let through.

**How do the goods travel?** By truck, mainly through Torkham in Khyber and Chaman in Balochistan. Some trade also passes through Ghulam Khan in North Waziristan and Angoor Adda in South Waziristan.

**What is transit trade?** Goods bound for Afghanistan that arrive at Karachi by sea and cross Pakistan by road without paying Pakistani duties. They are not counted as Pakistani exports.

**Where can I learn more?** Ask your teacher to contact our education desk, which sends a free poster of these figures to any school.
""", arith(["a surplus of USD 443 million"],
           "The page gives exports of USD 942 million and imports of USD 509 million for 2020, and says exports minus imports gives a surplus of USD 443 million. 942 minus 509 is 433.",
           exports=942, imports=509, computed_balance=433, stated_balance=443, stated_as_written="USD 443 million",
           unit="USD million", period="2020", subject="Pakistan's goods trade balance with Afghanistan",
           location="answer to 'So who sold more?'"))

add("quetta_cold_store_kandahar_grapes_season_report", """
# Season Report: Kandahar Grapes in Cold Storage, 2025

*Report of an invented cold store on the Sariab road in Quetta to its shareholders, January 2026. The store and every figure are invented.*

**The season.** Fresh grapes from the vineyards around Kandahar reach Quetta through Chaman from late August. Traders store them with us so that they can sell in Karachi and Lahore after the local fruit is gone. Grapes come in 10 kilogram crates.

| Month | Crates received | Tonnes |
|---|---|---|
| September 2025 | 6,400 | 64 |
| October 2025 | 9,800 | 98 |
| November 2025 | 7,600 | 76 |
| December 2025 | 3,200 | 32 |
| Total | 27,000 | 270 |

**The busiest months.** October was the peak, as every year. In November the store took in 8,200 crates, mostly late-picked grapes for the wedding season. By December the harvest was over and only a few traders were still bringing fruit.

**Losses.** Grapes that stay more than ten weeks lose weight and colour. We asked traders to take their fruit out within that time, and most did.

**Power.** The gas engine that backs up the grid ran for 312 hours during the season, mostly during the October load-shedding. Fuel for it cost more than we budgeted.

**Charges.** Storage stays at Rs 95 a crate a month for 2026. Traders who book space before August will pay Rs 85.

**Plans.** The board has approved a second chamber, to be ready before the next harvest, so that apples from Kalat can be kept apart from grapes.
""", tvt(["In November the store took in 8,200 crates", "| November 2025 | 7,600 | 76 |"],
         {"text_value": 8200, "table_value": 7600}, "crates of grapes",
         "crates of Kandahar grapes received by the cold store", "Nov 2025",
         "paragraph 'The busiest months' against the November row of the table",
         "The table gives 7,600 crates (76 tonnes) received in November 2025, and its total of 27,000 adds up with that row. The text says the store took in 8,200 crates in November. The two values for the same month differ."))

add("chaman_truckers_cooperative_annual_general_meeting_minutes_control", """
# Minutes of the Annual General Meeting

*Minutes of the annual general meeting of an invented truckers' cooperative in Chaman, held on 18 January 2026. The cooperative, its members and every figure are invented.*

**Present:** the chairman, the secretary, the treasurer and 87 members.

**1. Membership.** The secretary reported that the cooperative began 2025 with 118 members. Nine drivers joined during the year and three left, two of them to work in the Gulf, so the cooperative now has 124 members.

**2. Trips.** Members' trucks made 2,460 trips to Kandahar and back in 2025, against 2,050 in 2024, a rise of 20 percent. Most of the increase came after September, when the new parking yard on the Afghan side opened.

**3. Welfare fund.** The treasurer reported that the fund paid out Rs 2.1 million in 2025:

- medical help for members and their families, Rs 945,000 (45 percent);
- repairs after accidents, Rs 777,000 (37 percent);
- funeral costs, Rs 378,000 (18 percent).

Each member pays Rs 1,500 a month into the fund. At 124 members this brings in Rs 186,000 a month. The meeting agreed to keep the fee unchanged for 2026.

**4. Waiting times.** Members said the average wait at the Chaman gate fell to 7 hours in December from 11 hours in November, four hours less, after the customs office added a second scanner. The chairman will write to thank the collector.

**5. Elections.** The chairman and the secretary were re-elected unopposed. Haji Abdul Bari was elected treasurer.

The meeting closed with a prayer for members who died during the year.
""", control_type="control")

add("north_waziristan_ghulam_khan_approach_road_tender_notice", """
# Notice Inviting Tenders

*Notice of an invented provincial works department, published in a Peshawar newspaper, January 2026. The department, the work and every figure are invented.*

**Work:** maintenance of the approach road from Miranshah to the Ghulam Khan crossing, North Waziristan.

Sealed bids are invited from contractors registered with the provincial engineering council in category C-3 or above for the following work.

**Scope.** Patching and resurfacing of 14 kilometres of single carriageway; clearing of side drains; repair of two culverts damaged in the floods of August 2025; and new road markings at the truck parking yard near the crossing.

**Contract period.** The contract period runs from 1 March 2026 to 30 November 2025, and work must stop during any closure of the crossing ordered for security reasons, without claim for idle time.

**Bid security.** Three percent of the bid amount, as a call deposit in the name of the executive engineer.

**Tender documents.** Available from the office of the executive engineer, Bannu, on payment of Rs 5,000, until 10 February 2026.

**Submission.** Bids must reach the same office by 11 am on 17 February 2026 and will be opened the same day at 11:30 am in the presence of bidders who wish to attend.

**Conditions.** The department may reject any bid without giving reasons. Bids from contractors who have not finished earlier work on time will not be considered. Labour should, as far as possible, be hired from the tribes living along the road.

Executive Engineer, Highways Division, Bannu
""", garbled(["The contract period runs from 1 March 2026 to 30 November 2025"],
             "The notice says the contract runs from 1 March 2026 to 30 November 2025, so it would end three months before it begins. The period runs backwards.",
             stated_period_start="1 March 2026", stated_period_end="30 November 2025",
             subject="contract period for maintenance of the Ghulam Khan approach road", location="paragraph 'Contract period'"))

add("peshawar_jalalabad_coach_company_monthly_service_review", """
# Monthly Service Review: Peshawar–Jalalabad Coaches, March 2026

*Internal review of an invented coach company running a cross-border service from Peshawar to Jalalabad through Torkham, April 2026. The company, its staff and every figure are invented.*

**Service.** Our coaches leave the Haji Camp terminal in Peshawar at 7 am and reach Jalalabad, after the checks at Torkham, in the early afternoon. They return the next morning. Each coach has 45 seats.

**Passengers.** March was the busiest month since the service began. We carried 1,080 passengers to Jalalabad, and every coach left full. We ran 45 trips to Jalalabad in March, more than in any month before, and the return journeys were almost as full.

**Who travels.** Most passengers were families visiting relatives, traders and patients returning home after treatment in Peshawar hospitals. Students made up a small share.

**Delays.** The coaches waited at Torkham for an average of three hours each way. On two days in the middle of the month the crossing closed for pedestrians and coaches alike, and we refunded the tickets.

**Fares.** The fare stays at Rs 6,500 one way. Children under five travel free on a parent's lap.

**Staff.** Each coach carries a driver, a second driver for the return trip, and an attendant who helps passengers with their papers at the border. A new attendant who speaks Pashto, Dari and Urdu joined in March.

**Next month.** April brings the start of the fruit season and more traders. The company will add a second daily departure from 15 April if the crossing stays open.
""", reuse(["Each coach has 45 seats", "We ran 45 trips to Jalalabad in March"], 45, "seats / trips",
           "seats in one coach", "coach trips to Jalalabad in March 2026", 24,
           "The review says each coach has 45 seats, that the company carried 1,080 passengers to Jalalabad in March and that every coach left full. That is 1,080 / 45 = 24 trips, but the review gives 45 trips, reusing the seats per coach as the number of trips.",
           passengers=1080, seats_a_coach=45))

add("peshawar_regional_airline_kabul_route_press_note", """
# Press Note: Daily Flights from Peshawar to Kabul

*Press note of an invented regional airline based in Peshawar, 2 December 2025. The airline, its people and every figure are invented.*

Peshawar, 2 December 2025. Khyber Air will fly every day between Peshawar and Kabul from 15 December, up from three flights a week today. The flights resume under the air services agreement between Pakistan and Morocco, which was renewed in November.

The flight takes 50 minutes. The aircraft, a 72-seat turboprop, leaves Bacha Khan International Airport at 10:15 am and leaves Kabul for the return flight at 12:30 pm, local time.

Since the route opened in June, the airline has carried 4,960 passengers between the two cities. About 60 percent of them were patients and their families travelling for treatment in Peshawar, or going home afterwards. Traders, aid workers and students made up most of the rest.

The airline's second aircraft, leased from a company in Casablanca, Morocco, arrived in Peshawar last week. It will allow daily flights without cancelling the airline's domestic services to Chitral and Gilgit.

One-way fares start at Rs 38,000, including 20 kilograms of checked baggage. Tickets can be bought at the airline's offices in Peshawar and Kabul, through travel agents, or on the airline's website.

"Road travel through Torkham takes most of a day and is often delayed," said the airline's chief executive, Sardar Ali Khan. "Families with sick relatives have told us that a short flight makes all the difference."
""", scope("the air services agreement between Pakistan and Morocco", "MAR", ["PAK", "MAR"], "Morocco",
           "The press note says the Peshawar–Kabul flights resume under 'the air services agreement between Pakistan and Morocco'. Flights between Peshawar and Kabul run under an agreement between Pakistan and Afghanistan; Morocco stands in Afghanistan's place. The note names Morocco correctly elsewhere as the home of the company that leased the second aircraft.",
           stands_for="AFG", location="second sentence of the first paragraph",
           not_a_defect="leased from a company in Casablanca, Morocco"))

add("peshawar_hospital_afghan_patients_desk_annual_review", """
# Annual Review: Afghan Patients' Desk, 2025

*Review by the head of an invented hospital's desk for Afghan patients in Peshawar, for the hospital's management board, January 2026. The hospital, its staff and every figure are invented.*

**What the desk does.** The desk helps patients from Afghanistan register, find the right clinic, pay their bills and arrange their return. Two of its four staff speak Dari.

**Patients.** In 2025 the desk registered 6,840 new patients from Afghanistan, most of them from Nangarhar, Kunar and Kabul. Cardiology, orthopaedics and cancer care drew the most.

**Waiting.** The wait for a first appointment in a specialist clinic eased from 9 days in 2024 to 14 days in 2025. Patients who travel from Afghanistan cannot easily wait that long, and many stay in hotels near the hospital at their own cost.

**Visas.** Patients need a medical visa and a letter from the hospital. The desk issued 3,150 such letters in 2025. Most visas were granted within a week.

**Bills.** Afghan patients pay the same fees as private Pakistani patients. The desk helped 214 families who could not pay in full to apply to the hospital's charity fund.

**Complaints.** Most complaints were about the wait, about interpreters being unavailable in the evening, and about the cost of medicines bought outside the hospital.

**Recommendations.**

1. Reserve a few first appointments each day in the busiest clinics for patients who have travelled from Afghanistan.
2. Hire a third Dari-speaking member of staff for the evening shift.
3. Agree fixed prices with the guest houses near the hospital.
""", direction("eased from 9 days in 2024 to 14 days in 2025", 9, 14, "2024", "2025", "eased", "fall",
               "days", "wait for a first specialist appointment for Afghan patients", "paragraph 'Waiting'",
               "The review says the wait for a first appointment 'eased' from 9 days in 2024 to 14 days in 2025. The wait grew by 5 days, or 55.56 percent; it did not ease. The next sentence also treats the wait as too long.",
               from_as_written="9 days in 2024", to_as_written="14 days in 2025"))

add("torkham_flour_traders_weekly_price_review", """
# Weekly Price Review: Wheat Flour at Torkham

*Weekly review of an invented association of flour traders in Landi Kotal, week to 17 January 2026. The association and every figure are invented.*

**Summary.** Trucks of flour crossed Torkham every day this week. Demand in Jalalabad and Kabul stayed strong as winter deepened, but prices in Landi Kotal held steady.

**Prices.** The price of a 20 kilogram bag of fine flour at the Landi Kotal market went from Rs 2,640 on Monday 12 January 2026 to Rs 2,640 on Monday 12 January 2026, after mills in Peshawar kept their own price unchanged. Coarse flour for roti sold at Rs 2,380 a bag throughout the week.

**Volumes.** Members sent 46 trucks of flour across the border, each carrying 600 bags. Mills in Peshawar and Charsadda supplied most of it.

**Wheat.** The government's release of wheat from its stores kept mill prices down. Members expect the release to continue until the new crop in April.

**Border.** Clearance took about five hours a truck, slightly faster than last week. Customs staff checked the weight of one truck in ten.

**Exchange.** Afghan buyers paid mostly in rupees. A few paid in afghanis through money changers in Landi Kotal, which added a small cost.

**Outlook.** Members expect prices to stay firm until the end of January. Any rise in the price of wheat from the government's stores would pass quickly into flour prices at the border.

Issued by the association's secretary, Landi Kotal.
""", garbled(["went from Rs 2,640 on Monday 12 January 2026 to Rs 2,640 on Monday 12 January 2026"],
             "The review says the price of a bag of fine flour went from Rs 2,640 on 12 January 2026 to Rs 2,640 on 12 January 2026: the change starts and ends on the same value and the same day, so it says nothing.",
             start_value=2640, end_value=2640, start_period="12 January 2026", end_period="12 January 2026",
             unit="Rs a 20 kg bag", subject="price of fine wheat flour at the Landi Kotal market", location="paragraph 'Prices'"))

add("peshawar_district_hospital_afghan_ward_budget_2026_control", """
# Budget 2026: Ward for Patients from Afghanistan

*Budget statement of an invented district hospital near Peshawar for its ward serving patients who travel from Afghanistan, approved by its board in December 2025. The hospital and every figure are invented.*

The ward has 40 beds and treats patients referred from hospitals in Nangarhar and Kunar. The table compares the amounts spent in 2025 with the budget for 2026, in Rs million.

| Item | 2025 | 2026 | Change (%) |
|---|---|---|---|
| Medicines and supplies | 42.0 | 48.3 | 15.0 |
| Staff | 36.0 | 39.6 | 10.0 |
| Food for patients | 8.0 | 8.8 | 10.0 |
| Interpreters | 2.4 | 3.6 | 50.0 |
| Power, water and gas | 11.6 | 12.7 | 9.5 |
| Total | 100.0 | 113.0 | 13.0 |

**What changes.** The budget rises by Rs 13 million, or 13 percent, to Rs 113 million. Medicines and supplies remain the largest item, at about 42.7 percent of the 2026 budget, because more patients arrive for cancer treatment and for surgery after road accidents. The interpreters' budget rises by half, so that a Dari speaker can be on duty at night as well as by day.

**Who pays.** The provincial health department will pay 70 percent of the budget, Rs 79.1 million, and the hospital's charity trust the other 30 percent, Rs 33.9 million. Patients pay only for tests done outside the hospital.

**What does not change.** Staff pay rises by 10 percent, in line with the provincial pay award. Food for patients also rises by 10 percent, because flour and cooking oil cost more.

**Risks.** If the crossing at Torkham closes for long periods, fewer patients will come and some medicines bought in advance may expire. The board will review spending at the end of June.
""", control_type="control")

add("quetta_girls_school_afghan_pupils_enrolment_notice", """
# Notice: Enrolment of Afghan Pupils, Session 2025–26

*Notice of an invented girls' secondary school in Quetta to parents and the district education office, September 2025. The school and every figure are invented.*

The school admits girls from Afghan families living in Quetta alongside Pakistani pupils, on the same fees and in the same classes. This notice gives the number of Afghan pupils enrolled for the new session in each class.

| Class | Afghan pupils | All pupils |
|---|---|---|
| Grade 6 | 48 | 126 |
| Grade 7 | 44 | 121 |
| Grade 8 | 39 | 117 |
| Grade 9 | 35 | 110 |
| Grade 10 | 30 | 104 |
| Total | 196 | 578 |

**Points for parents.**

- Grade 8 has 43 Afghan pupils this session, and its two sections will again be taught together for science practicals.
- Fewer girls stay on to the higher classes. Parents who need help with fees or transport may apply to the school's welfare committee before 30 September.
- Pupils who do not hold a Pakistani school certificate will sit a short placement test in Urdu, English and mathematics.

**Documents.** Parents must show a valid proof of residence and the pupil's last school report, from Pakistan or from Afghanistan. Reports in Dari or Pashto will be accepted.

**Dari and Pashto.** The school will again offer an optional class in Dari literature on Saturdays, taught by a volunteer teacher.

**Uniform.** The uniform is the same for all pupils. The welfare committee keeps a stock of donated uniforms for families who cannot buy them.

Principal
""", tvt(["Grade 8 has 43 Afghan pupils this session", "| Grade 8 | 39 | 117 |"],
         {"text_value": 43, "table_value": 39}, "pupils", "Afghan pupils enrolled in Grade 8",
         "session 2025-26", "first point for parents against the Grade 8 row of the table",
         "The table gives 39 Afghan pupils in Grade 8, and its total of 196 adds up with that row. The first point for parents says Grade 8 has 43 Afghan pupils this session. The two values for the same class and session differ."))

add("mardan_womens_embroidery_cooperative_newsletter_kabul_sales", """
# Cooperative News: Our First Year of Sales in Kabul

*Article from the newsletter of an invented women's embroidery cooperative in Mardan, December 2025. The cooperative, its members and every figure are invented.*

A year ago, the cooperative sent its first parcel of embroidered goods to a boutique in Kabul's Shahr-e-Naw. This month we look back on the year.

**Who we are.** The cooperative has 63 members, most of them working from home in villages around Mardan and Takht Bhai. They stitch by hand in the evenings, after housework and farm work.

**What we sold.** Sales to Kabul came to Rs 4.6 million in 2025. By value, shawls made up 42 percent of these sales, dresses 27 percent, cushion covers 21 percent and handbags 13 percent. Shawls with the traditional Swati pattern sold best of all, because Kabul buyers give them as wedding gifts.

**How goods travel.** A trader in Peshawar collects the finished goods every month and sends them through Torkham with other parcels. The boutique pays him in Kabul, and he pays the cooperative in rupees after deducting his fee.

**What members earned.** After paying for thread, cloth and the trader's fee, the cooperative paid members Rs 2.9 million for their work. Every member received her share within a month of the sale.

**What was hard.** Two parcels were held at the border for three weeks in October. Colours had to change, because Kabul buyers prefer darker shades than Mardan buyers.

**Next year.** The boutique wants more dresses for the spring. We will hold a training day in January on the new patterns, and all members are welcome.
""", arith(["shawls made up 42 percent of these sales, dresses 27 percent, cushion covers 21 percent and handbags 13 percent"],
           "The article divides the cooperative's Kabul sales by value into shawls (42 percent), dresses (27 percent), cushion covers (21 percent) and handbags (13 percent). These four shares of one total add up to 103 percent, not 100.",
           shares_pct={"shawls": 42, "dresses": 27, "cushion covers": 21, "handbags": 13}, sum_pct=103,
           period="2025", unit="percent of sales by value",
           subject="embroidered goods sold by the cooperative to Kabul, by product", location="paragraph 'What we sold'"))

add("islamabad_telecom_roaming_faq_travellers_to_afghanistan", """
# Roaming in Afghanistan: Questions and Answers

*Help page of an invented mobile network in Pakistan for customers travelling to Afghanistan, updated January 2026. The network, its partners and every price are invented.*

**Will my SIM work in Afghanistan?** Yes, if roaming is switched on. Our partner networks cover Kabul, Jalalabad, Kandahar, Herat and Mazar-e-Sharif, and most main roads between them.

**How do I switch roaming on?** Dial our short code from your phone before you leave Pakistan, or ask at any of our shops. Roaming cannot be switched on once you have crossed the border. Roaming cannot be switched on once you have crossed the border.

**What does it cost?** Calls home to Pakistan cost Rs 180 a minute, and incoming calls Rs 120 a minute. Each text message costs Rs 25.

**Is there a cheaper bundle?** Yes. The weekly Afghanistan bundle costs Rs 2,400 and gives 60 minutes of calls to Pakistan and 3 gigabytes of data. The monthly bundle costs Rs 7,500 and gives 300 minutes and 12 gigabytes.

**What happens at Torkham and Chaman?** Near the border your phone may pick up an Afghan network before you have crossed. Check the network name on your screen. If it is an Afghan network, roaming prices apply.

**Can I use my phone for banking?** Our mobile wallet works in Afghanistan for checking your balance and paying bills in Pakistan, but not for sending money to Afghan accounts.

**What if my phone is lost?** Call our helpline from any phone so that we can block your SIM. A replacement SIM can be collected from any of our shops after your return.

**Who can I ask?** Our helpline is open day and night.
""", repeated("Roaming cannot be switched on once you have crossed the border.", 2,
              "switching on roaming before crossing into Afghanistan", "answer to 'How do I switch roaming on?'",
              "The sentence 'Roaming cannot be switched on once you have crossed the border.' appears twice in a row, word for word."))

add("parachinar_dairy_cooperative_butter_khost_monthly_letter", """
# Monthly Letter to Members: Milk, Butter and the Kharlachi Trade

*Letter of an invented dairy cooperative in Parachinar, Kurram, to its members, November 2025. The cooperative, its buyer and every figure are invented.*

Dear members,

**Milk.** Each churn holds 40 litres. The chilling centre now collects 1,120 litres on a normal morning, so 40 churns arrive at the gate before eight o'clock and must be tested one by one. We ask members to come in the order of the list on the notice board, so that no one waits in the cold.

**Price.** From 1 November we pay Rs 190 a litre for milk with at least 6 percent fat, and Rs 170 for thinner milk. Members who bring clean churns every day this month will receive a bonus at the end of the year.

**Butter.** Our buyer in Khost, across the Kharlachi crossing, takes all the butter we make. In October we sent him 2.3 tonnes. He pays in rupees through a money changer in Parachinar, within ten days of each load.

**The crossing.** Kharlachi closed for six days in October. Our butter waited in the cold store and none was spoiled, but milk collection had to be cut while the store was full.

**Vets.** The cooperative's vet will vaccinate members' cows against foot-and-mouth disease on the first Saturday of December. The vaccine is free; members pay only Rs 100 a cow for the vet's time.

**Meeting.** The annual meeting will be held in the school hall on 20 December after the noon prayer. Please bring your membership cards.

Your secretary
""", reuse(["Each churn holds 40 litres", "so 40 churns arrive at the gate before eight o'clock"], 40, "litres / churns",
           "litres of milk in one churn", "churns of milk arriving at the chilling centre on a normal morning", 28,
           "The letter says a churn holds 40 litres and the centre collects 1,120 litres on a normal morning, so 1,120 / 40 = 28 churns arrive. The letter gives 40 churns, reusing the churn's capacity as the number of churns.",
           litres_a_morning=1120, litres_a_churn=40))

add("lahore_feed_mill_annual_report_afghan_exports", """
# Annual Report 2025: Export Business

*Section of the annual report of an invented poultry and fish feed mill in Lahore, March 2026. The mill, its buyers and every figure are invented.*

**Overview.** The mill sold 61,000 tonnes of feed in 2025, of which most went to poultry farms in Punjab. Exports, almost all of them to Afghanistan, remained a small but profitable part of the business.

**Exports to Afghanistan.** Our exports of poultry feed to Afghanistan grew from 3,400 tonnes in 2024 to 2,950 tonnes in 2025. Buyers in Jalalabad and Kabul bought most of it, in 50 kilogram bags, for broiler farms that supply the two cities.

**Prices and margins.** Export prices held at about USD 430 a tonne for most of the year. Because maize, the main ingredient, became cheaper in the second half, the margin on exports improved.

**Payment.** Afghan buyers paid in advance or through letters of credit opened in Dubai. The mill had no bad debts on exports in 2025.

**Transport.** Trucks crossed at Torkham. On average a truck took four days from the mill to a buyer's warehouse in Kabul, including the wait at the border. Closures of the crossing in the spring added about a week to some deliveries.

**Fish feed.** The mill's floating fish feed, launched in 2024, found its first Afghan buyer, a fish farm near Jalalabad, which took 120 tonnes.

**Outlook.** The board expects demand in Afghanistan to hold in 2026. The mill will offer Afghan buyers smaller 25 kilogram bags, which are easier to carry on the last stretch of road to small farms.
""", direction("grew from 3,400 tonnes in 2024 to 2,950 tonnes in 2025", 3400, 2950, "2024", "2025", "grew", "rise",
               "tonnes", "poultry feed exported by the Lahore mill to Afghanistan", "paragraph 'Exports to Afghanistan'",
               "The report says exports of poultry feed to Afghanistan 'grew' from 3,400 tonnes in 2024 to 2,950 tonnes in 2025. That is a fall of 450 tonnes, or 13.24 percent, not growth.",
               from_as_written="3,400 tonnes in 2024", to_as_written="2,950 tonnes in 2025"))

add("peshawar_chamber_newsletter_kabul_trade_delegation", """
# Newsletter: Our Delegation to Kabul

*Article from the monthly newsletter of an invented chamber of small traders in Peshawar, November 2025. The chamber, its members and every figure are invented.*

Twenty-six members of the chamber travelled to Kabul from 3 to 6 November with the Pakistan–Qatar Joint Chamber of Commerce, which brings together traders from Peshawar and Kabul twice a year. The delegation crossed at Torkham by road and was received at the border by Afghan traders.

**Meetings.** Members met importers of cooking oil, medicines, shoes and school stationery. Afghan traders complained about the time their trucks spend at the border, the cost of transit documents, and the difficulty of sending payments through banks.

**Deals.** By the end of the visit, members had signed nine purchase orders worth about USD 1.4 million in all. The largest was for rubber sandals from a factory in Peshawar's Hayatabad estate.

**Fair.** On the third day the delegation set up stalls at a one-day fair in Kabul's Shahr-e-Naw park. About 2,000 visitors came, and several shopkeepers from Mazar-e-Sharif and Kunduz asked for price lists.

**Follow-up.** The chamber will hold a meeting in Peshawar on 2 December for members who want to follow up with the buyers they met. Members who did not travel are welcome.

**Thanks.** The delegation thanks the Afghan traders who hosted it, and the chamber's staff who arranged visas and transport at short notice.
""", scope("the Pakistan–Qatar Joint Chamber of Commerce, which brings together traders from Peshawar and Kabul",
           "QAT", ["PAK", "QAT"], "Qatar",
           "The newsletter names 'the Pakistan–Qatar Joint Chamber of Commerce' as the body that brings together traders from Peshawar and Kabul. A joint chamber joining Peshawar and Kabul traders is a Pakistan–Afghanistan chamber; Qatar stands in Afghanistan's place.",
           stands_for="AFG", location="first paragraph"))

add("karachi_spice_trader_herat_saffron_press_release", """
# Press Release: Herat Saffron Reaches Karachi Shops

*Press release of an invented spice importer in Karachi, October 2025. The importer, its suppliers and every figure are invented.*

**In brief.** The importer brought 1.8 tonnes of saffron from Herat into Pakistan in the twelve months to September 2025, and now supplies more than 300 shops and restaurants in Karachi, Hyderabad and Lahore.

Herat's saffron fields, first planted in the 2000s to give farmers an alternative to poppy, now produce some of the world's most admired saffron. Pakistani cooks use it in biryani, kheer and sheer khurma, and demand rises before the two Eids and the wedding season.

The importer buys dried saffron threads from three growers' associations near Herat and Ghoryan. The saffron is sealed in tins of one kilogram, flown from Herat to Kabul, and then carried by road through Torkham to Peshawar and on to Karachi.

In the twelve months to September 2025, the importer brought in 2.4 tonnes of saffron, all of it from Herat. About half was sold in small packs of one gram and five grams, and the rest to restaurants and sweet shops in bulk.

Before it is packed, every tin is tested in a laboratory in Karachi for colour strength and for dyes, which cheaper saffron sometimes contains. Tins that fail are sent back to the grower.

"Pakistani buyers used to think saffron came only from Iran or Spain," said the importer's managing director. "Now they ask for Herat by name."

The importer will show its range at a food fair in Karachi in November.
""", tvt(["brought 1.8 tonnes of saffron from Herat into Pakistan in the twelve months to September 2025",
          "In the twelve months to September 2025, the importer brought in 2.4 tonnes of saffron"],
         {"summary_value": 1.8, "body_value": 2.4}, "tonnes of saffron",
         "saffron imported from Herat by the Karachi importer", "the twelve months to September 2025",
         "paragraph 'In brief' against the fifth paragraph",
         "The summary says the importer brought 1.8 tonnes of Herat saffron into Pakistan in the twelve months to September 2025; the fifth paragraph says 2.4 tonnes in the same twelve months, all of it from Herat. There is no table; the two sections give two values for one quantity."))

_KURRAM = pdf_lines([
    ["Health post", "Consultations", "Afghan patients"],
    ["Kharlachi", "1,240", "310"],
    ["Borki", "860", "205"],
    ["Teri Mangal", "690", "148"],
    ["Total", "2,890", "663"],
])

add("kurram_border_health_posts_monthly_report", """
# Monthly Report: Border Health Posts, Kurram, December 2025

*Report of an invented health programme running three health posts near the border in Kurram, January 2026. The table was copied from the programme's PDF. The programme and every figure are invented.*

**Consultations.** The three posts are open six days a week, each with a doctor, a nurse and a dispenser. Patients from across the border come mainly to the post at Kharlachi, next to the crossing.

""" + _KURRAM + """

**Afghan patients.** The posts saw 663 patients from Afghanistan in December, about 24 percent of all consultations. Most came from Paktia and Khost with chest infections, diarrhoea in young children, and injuries.

**Referrals.** Doctors referred 47 patients to the district hospital in Parachinar, of whom 12 were Afghan. The programme's ambulance made the journey 31 times; the other patients went by family car or taxi.

**Medicines.** Stocks of antibiotics and oral rehydration salts held up through the month. Insulin ran short at Borki for a week before the new supply arrived.

**Cold.** Heavy snow closed the road to Teri Mangal on four days, and the post there opened only for emergencies.

**Staff.** The female doctor post at Borki is still vacant. Women patients there are seen by the nurse, who refers them to Kharlachi when needed.

**January.** The programme expects more chest infections as the cold deepens, and has ordered extra blankets for the waiting rooms.
""", parts_total([line_of(_KURRAM, "Total")],
                 {"Kharlachi": 1240, "Borki": 860, "Teri Mangal": 690}, 2890, "consultations", "Dec 2025",
                 "consultations at three border health posts in Kurram",
                 "'Total' row of the PDF-extracted table, consultations column",
                 "The three posts' consultations add up to 2,790, but the 'Total' row of the PDF-extracted table gives 2,890. The Afghan patients column adds up (663), and 663 is about 24 percent of 2,790, as the text says, so the total is 100 too high."))

add("quetta_microfinance_bank_blog_chaman_trader_loans", """
# Blog: Small Loans for Chaman's Traders

*Post on the blog of an invented microfinance bank with a branch in Chaman, January 2026. The bank, its customers and every figure are invented.*

When the border at Chaman is open, the town's bazaar is one of the busiest in Balochistan. Shopkeepers sell tyres, blankets, tea, spare parts and cooking oil to buyers from Kandahar, and porters carry goods across on their backs and in hand carts. When the border closes, the same shopkeepers can go weeks without a sale.

Our Chaman branch opened in 2023 to lend to these small traders. Loans range from Rs 50,000 to Rs 500,000 and are repaid in monthly instalments over a year. In 2025 the number of loans made by the branch doubled, from 1,150 in 2024 to 1,840 in 2025, as word spread in the bazaar and a second loan officer joined.

**Who borrows.** Most borrowers are shopkeepers who buy stock for the next season. Some are hand-cart owners who want a second cart, and a few are women who sell embroidered caps and sweets from home.

**What happens when the border closes.** During the closures of 2025, the branch let borrowers delay two instalments without penalty. Almost all of them paid in full once trade resumed.

**Meet a borrower.** Abdul Wali sells tyres for motorcycles and rickshaws near the Chaman gate. His first loan, in 2024, bought forty tyres. His third, in 2025, bought a second-hand generator so that he could keep his shop lit in the evenings.

**Next.** The branch plans a savings account for porters, who are paid daily in cash and have nowhere safe to keep it.
""", arith(["the number of loans made by the branch doubled, from 1,150 in 2024 to 1,840 in 2025"],
           "The post says the number of loans made by the branch 'doubled', from 1,150 in 2024 to 1,840 in 2025. 1,840 is 1.6 times 1,150, a rise of 60 percent, not a doubling.",
           **{"from": 1150, "to": 1840, "computed_change_pct": 60.0, "stated_change_pct": 100, "stated_fold": 2,
              "stated_as_written": "doubled", "unit": "loans", "from_period": "2024", "to_period": "2025",
              "subject": "loans made by the bank's Chaman branch", "location": "second paragraph"}))

add("chaman_fruit_market_committee_fee_audit_observation", """
# Audit Observation: Market Fee at the Chaman Fruit Market

*Observation of an invented provincial audit office on the accounts of an invented market committee in Chaman, issued in December 2025. The office, the committee and every figure are invented.*

**Background.** The market committee collects a fee on every truck of fresh fruit that enters its yard. Most of the fruit comes from Kandahar: grapes, pomegranates, melons and apricots. The fee is Rs 1,200 a truck, and the committee must deposit what it collects in the provincial account within a week.

**What we examined.** We examined the committee's receipt books and bank deposits for the three years from 2025-26 to 2023-24, and compared the receipts with the truck counts kept by the customs office at the border.

**What we found.**

1. Receipts were issued for fewer trucks than customs recorded entering the market. In the busiest months the gap was about one truck in five.
2. Deposits were often made late. In one case fees collected in August were deposited in November.
3. Two receipt books could not be found.

**The committee's reply.** The committee said that some trucks recorded by customs went straight to Quetta without entering the yard, and that the missing books were lost when its office was flooded.

**Our view.** The reply explains part of the gap but not all of it. Trucks that do not enter the yard should be listed by the gatekeeper with their numbers, and that was not done.

**Recommendations.** The committee should issue printed, numbered receipts from a machine at the gate, deposit fees every week, and report the missing books to the police. The department should recover the fees not deposited from the officials responsible.
""", garbled(["the three years from 2025-26 to 2023-24"],
             "The audit says it examined 'the three years from 2025-26 to 2023-24'. The period starts with the later fiscal year and ends with the earlier one, so it runs backwards; the three years meant are presumably 2023-24 to 2025-26.",
             stated_period_start="2025-26", stated_period_end="2023-24",
             subject="years of market fee accounts examined by the auditors", location="paragraph 'What we examined'"))

add("peshawar_sabzi_mandi_commission_agents_tomato_thread", """
# Message Thread: Afghan Tomatoes at the Peshawar Vegetable Market

*Messages in a group of invented commission agents at Peshawar's vegetable market, March 2026, exported from a phone and translated from Pashto. The agents and every figure are invented.*

**Gul Rehman, 3 Mar, 06:10:** Eleven trucks of tomatoes from Jalalabad came in overnight. Quality is good, firm and red.

**Shahid, 3 Mar, 06:25:** Our Sindh tomatoes are finished for the season. Everything now is Afghan.

**Gul Rehman, 3 Mar, 07:40:** Prices this morning are strange. The crate went from Rs 1,800 on 3 March 2026 to Rs 1,800 on 3 March 2026, nobody is buying or selling hard.

**Akbar, 3 Mar, 07:52:** The Lahore buyers have not arrived. Their trucks are stuck at the motorway toll because of fog.

**Shahid, 3 Mar, 08:15:** Then we hold. No one sells below Rs 1,700 until they come.

**Akbar, 3 Mar, 09:30:** Lahore buyers here now. They want 400 crates between them.

**Gul Rehman, 3 Mar, 09:41:** Tell them the crates are 25 kilograms, not 20 like the Sindh crates. They complained last week.

**Shahid, 3 Mar, 11:05:** All gone. Tomorrow Torkham is closed for a holiday on the Afghan side, so expect fewer trucks and higher prices on Thursday.

**Akbar, 3 Mar, 11:20:** I will tell my Charsadda buyers to come early on Thursday.
""", garbled(["The crate went from Rs 1,800 on 3 March 2026 to Rs 1,800 on 3 March 2026"],
             "The message says the price of a crate went from Rs 1,800 on 3 March 2026 to Rs 1,800 on 3 March 2026: a change that starts and ends on the same value and the same day.",
             start_value=1800, end_value=1800, start_period="3 March 2026", end_period="3 March 2026",
             unit="Rs a crate", subject="price of a crate of Afghan tomatoes at the Peshawar vegetable market",
             location="Gul Rehman's message of 3 Mar, 07:40"))

add("lahore_stationery_wholesaler_kandahar_exercise_book_dispatch_note", """
# Dispatch Note: Exercise Books for Kandahar

*Dispatch note of an invented stationery wholesaler in Lahore to an invented school supplier in Kandahar, 20 February 2026. The firms and every figure are invented.*

Dear Mr Popal,

Your order of 2,400 ruled exercise books for the new school year left our warehouse in Urdu Bazaar this morning. Details follow.

**Goods.** Exercise books of 96 pages, ruled in single lines, with a printed timetable on the back cover. Each carton holds 60 exercise books, wrapped in polythene against damp.

**Packing.** For your order we dispatched 60 cartons on one truck of a Quetta transport company, together with other goods for Kandahar.

**Route.** The truck will travel from Lahore to Quetta by the N-70 and then to Chaman. The transport company expects it to reach the border in three days and Kandahar two days later, if the crossing is open.

**Price.** Rs 165 a book, as in our quotation of January. You paid an advance of half the value before dispatch; the balance is due within fifteen days of delivery.

**Documents.** The commercial invoice, the packing list and the certificate of origin travel with the driver. Copies are attached to this email.

**Damage.** Please open a few cartons when the truck arrives and tell us within a week of any damage, so that we can claim from the transport company.

We thank you for your order and hope your schools have a good year.

Yours faithfully,

Dispatch office
""", reuse(["Each carton holds 60 exercise books", "we dispatched 60 cartons"], 60, "books / cartons",
           "exercise books in one carton", "cartons dispatched for the Kandahar order", 40,
           "The note says the order is for 2,400 exercise books and that each carton holds 60, so the order fills 2,400 / 60 = 40 cartons. It says 60 cartons were dispatched, reusing the books per carton as the number of cartons.",
           books_ordered=2400, books_a_carton=60))

add("peshawar_charity_kunar_school_biscuits_donor_update", """
# Donor Update: School Biscuits in Kunar

*Update of an invented charity in Peshawar to its donors on a school feeding project in Kunar, Afghanistan, November 2025. The charity, its partners and every figure are invented.*

Dear friends,

Thanks to your gifts, children in the primary schools of three districts of Kunar now receive a packet of fortified biscuits every school day.

**How it works.** A biscuit factory in Hayatabad bakes the biscuits, enriched with iron and vitamins. Each packet holds 150 grams of fortified biscuits, enough to stop a child's hunger until she goes home. Every child eats one packet each school day.

**How many.** The project feeds 7,200 children, about 120 in each school. Since September the biscuits now reach 150 schools in Asadabad, Khas Kunar and Sarkani districts.

**Transport.** Trucks carry the biscuits from Peshawar through Torkham to Jalalabad, where our partner's warehouse stores them before they go up the valley in smaller vans. A truck leaves every second week.

**Results.** Teachers report that more children stay in school for the full day, and that fewer children faint in the morning. Attendance of girls has risen in most schools.

**Costs.** A packet costs Rs 38 delivered to the school, so one child's biscuits for a school year of 180 days cost Rs 6,840.

**What you can do.** Another winter is coming, and schools in the higher villages will close early. We hope to keep the biscuits going in the lower valley through the winter term, and need your help to do so.

With thanks,

The project team
""", reuse(["Each packet holds 150 grams of fortified biscuits", "the biscuits now reach 150 schools"], 150, "grams / schools",
           "grams of biscuits in one packet", "schools that receive the biscuits", 60,
           "The update says the project feeds 7,200 children, about 120 in each school, which is 7,200 / 120 = 60 schools. It says the biscuits reach 150 schools, reusing the grams in a packet as the number of schools.",
           children=7200, children_a_school=120))

add("chaman_traffic_police_daily_situation_report_truck_queue", """
# Situation Report: Truck Queue on the Chaman Road

*Daily report of an invented traffic police unit on the Quetta–Chaman road, 16 January 2026. The unit and every figure are invented.*

**Summary.** The queue of goods trucks waiting to cross at Chaman shortened from 340 trucks on 12 January to 415 on 16 January, after the crossing opened late on two days because of a dispute over documents on the Afghan side.

**Where the queue stands.** The tail of the queue reached the Killa Abdullah turn this morning. Trucks are parked on both sides of the road for long stretches, leaving one lane for traffic in each direction.

**Goods.** Most trucks carry flour, cement, fruit for the return trip, and transit containers from Karachi. Trucks with perishable goods have been moved to the front by order of the customs collector.

**Drivers.** Drivers report waits of up to three days. Food stalls have opened along the road, and a local charity is handing out tea and bread at the Killa Abdullah turn in the evenings.

**Incidents.** One minor collision near Gulistan, no injuries. One truck caught fire when its driver lit a stove in the cab; the fire was put out and the driver was treated for burns.

**Action.** Extra officers have been posted at the turn to keep the road open for buses and ambulances. Heavy vehicles without papers for the crossing are being turned back at Quetta.

**Outlook.** If the crossing stays open for full hours, the queue should begin to fall by the weekend.

Officer in charge
""", direction("shortened from 340 trucks on 12 January to 415 on 16 January", 340, 415, "12 January 2026",
               "16 January 2026", "shortened", "fall", "trucks", "trucks queuing to cross at Chaman",
               "paragraph 'Summary'",
               "The report says the queue 'shortened' from 340 trucks on 12 January to 415 on 16 January. The queue grew by 75 trucks, or 22.06 percent; it did not shorten. The outlook also expects the queue only to 'begin to fall' later.",
               from_as_written="340 trucks on 12 January", to_as_written="415 on 16 January"))

add("peshawar_medical_college_afghan_students_welcome_pack", """
# Welcome Pack for New Students from Afghanistan

*Pages from the welcome pack of an invented private medical college in Peshawar for students admitted from Afghanistan, August 2025. The college and every figure are invented.*

**Congratulations.** You are one of 32 students from Afghanistan admitted to the first year of our five-year medical degree this autumn. Classes begin on 15 September.

**Your journey.** Most of you will come by road. Students from Kabul and Jalalabad should cross the Afghanistan–Uzbekistan border at Torkham, where college staff will meet the bus on 12 and 13 September. Please carry your passport with your student visa, your admission letter and two photographs.

**Where you will live.** All first-year students live in the college hostels. Rooms are shared by two students. Meals are served in the hostel dining hall three times a day.

**Fees.** The tuition fee for students from abroad is USD 6,000 a year, paid in two instalments. Hostel and meals cost USD 1,200 a year. Scholarships are available for students with high marks in the first-year examinations.

**Language.** Teaching is in English. If you would like help with English, the college offers free evening classes in the first term.

**Health.** Every student must have a hepatitis B vaccination. The college clinic can give it free of charge if you have not had it.

**Beyond your studies.** Last summer, six of our students took part in a summer school in Tashkent, Uzbekistan, on public health in Central Asia. Applications for next summer open in February.

**Questions?** Write to the international students' office, which has staff who speak Dari and Pashto.
""", scope("cross the Afghanistan–Uzbekistan border at Torkham", "UZB", ["AFG", "UZB"], "Uzbekistan",
           "The welcome pack tells students from Kabul and Jalalabad to 'cross the Afghanistan–Uzbekistan border at Torkham'. Torkham is on the Afghanistan–Pakistan border; Uzbekistan stands in Pakistan's place. The pack names Uzbekistan correctly elsewhere as the host of a summer school in Tashkent.",
           stands_for="PAK", crossing="Torkham", location="paragraph 'Your journey'",
           not_a_defect="a summer school in Tashkent, Uzbekistan"))

add("karachi_rice_broker_weekly_market_brief_afghan_demand", """
# Weekly Market Brief: Rice

*Brief of an invented rice broker in Karachi for its clients, week to 23 January 2026. The broker and every figure are invented.*

**Prices.** Prices of long-grain basmati held steady at the mills of Gujranwala and Hafizabad this week, while the coarse IRRI-6 variety firmed on buying for export.

**Export markets.** Gulf buyers were quiet ahead of Ramadan stock-building, which usually starts in February. East African buyers placed two small orders for IRRI-6 in bags of 50 kilograms.

**Overland demand.** Pakistan's rice exports to Kyrgyzstan by road through Torkham and Chaman stayed strong, as traders in Kabul, Kandahar and Jalalabad bought sella rice for the winter weddings. Trucks carrying rice waited about a day at each crossing, less than in December.

**Freight.** Container freight from Karachi to Jebel Ali eased slightly. Freight to East Africa was unchanged.

**Currency.** The rupee was stable against the dollar, which kept export prices unchanged in dollar terms.

**Crop.** Mills report that the paddy of the last crop has largely been bought. Farmers in the rice belt are preparing their fields for wheat.

**Our view.** We expect prices to stay firm until the Ramadan orders arrive. Clients who need sella rice for overland buyers should book early, because mills are running low on the grades that those buyers prefer.

The broker's desk is open from 9 am to 6 pm, Monday to Saturday.
""", scope("Pakistan's rice exports to Kyrgyzstan by road through Torkham and Chaman", "KGZ", ["PAK", "KGZ"],
           "Kyrgyzstan",
           "The brief speaks of 'Pakistan's rice exports to Kyrgyzstan by road through Torkham and Chaman', bought by traders in Kabul, Kandahar and Jalalabad. Goods through Torkham and Chaman to those cities are exports to Afghanistan; Kyrgyzstan stands in Afghanistan's place.",
           stands_for="AFG", location="paragraph 'Overland demand'"))

add("peshawar_vocational_centre_youth_training_donor_review_control", """
# Donor Review: Vocational Training for Young People, 2025

*Review note of an invented vocational training centre in Peshawar for its donor, on a one-year course for young Afghans and Pakistanis, February 2026. The centre, the donor and every figure are invented.*

**The course.** The centre trained young people aged 16 to 24 in four trades over ten months of 2025. Of the 240 trainees who enrolled, 96 (40 percent) were young Afghans living in Peshawar and 144 (60 percent) Pakistanis from the same neighbourhoods.

| Trade | Enrolled | Completed | In work six months later |
|---|---|---|---|
| Electrician | 72 | 63 | 40 |
| Mobile phone repair | 62 | 52 | 31 |
| Tailoring | 56 | 48 | 26 |
| Welding | 50 | 41 | 23 |
| Total | 240 | 204 | 120 |

**Completion.** 204 trainees completed the course, 85 percent of those who enrolled. Most of those who left early did so to take paid work or because their families moved.

**Work.** Six months after the course, 120 of the 204 who completed it were in work, about 59 percent. Electricians did best: 40 of 63, about 63 percent, found work, many with contractors building houses in Hayatabad. Tailoring did least well, at about 54 percent.

**Cost.** The course cost Rs 26.4 million in all: Rs 110,000 for each trainee who enrolled, or about Rs 129,000 for each who completed it.

**Lessons.** Trainees who did an attachment with an employer during the course found work more often than those who did not. Young Afghan trainees without identity documents found it harder to be hired, whatever their skills.

**Next year.** The centre proposes to add solar panel fitting as a fifth trade and to arrange an attachment for every trainee.
""", control_type="control")

add("peshawar_walnut_trader_letter_to_bank_credit_line", """
# Letter to the Bank: Request for a Larger Credit Line

*Letter of an invented dry fruit trader in Peshawar to the manager of an invented bank branch, February 2026. The trader, the bank and every figure are invented.*

The Branch Manager,
Khyber Bazaar Branch, Peshawar

Dear Sir,

**Request.** We ask the bank to raise our running finance line from Rs 40 million to Rs 60 million for the 2026 season.

**Our business.** Our family has traded walnuts from Kunar and Nuristan since 1991. The nuts come in their shells through Torkham in the autumn. We crack, grade and pack them in Peshawar and sell them to wholesalers in Lahore, Karachi and Rawalpindi.

| | 2023 | 2024 | 2025 |
|---|---|---|---|
| Tonnes bought | 180 | 215 | 240 |
| Average price paid (Rs per kg) | 1,150 | 1,240 | 1,310 |

**Why we need more.** Our purchases have grown each year. In 2024 we bought 195 tonnes, and in 2025 more again, while the price of walnuts in Kunar has also risen. Growers now want full payment when the nuts are handed over, not after we sell them, so we need more money in the autumn months.

**Repayment.** We have used the present line for five years and repaid it in full each spring. Our accounts for 2025, audited by a firm in Peshawar, are attached.

**Security.** We offer our warehouse in the bazaar, valued last year at Rs 95 million, as security for the larger line.

**Risks.** Closures at Torkham can delay our purchases, but walnuts keep well in their shells, so we do not lose stock when the border closes.

We would be grateful for an early decision, as buying starts in September.

Yours faithfully,

Haji Saifullah and Sons
""", tvt(["In 2024 we bought 195 tonnes", "| Tonnes bought | 180 | 215 | 240 |"],
         {"text_value": 195, "table_value": 215}, "tonnes of walnuts", "walnuts bought by the Peshawar trader",
         "2024", "paragraph 'Why we need more' against the 'Tonnes bought' row of the table",
         "The table gives 215 tonnes of walnuts bought in 2024; the letter says 'In 2024 we bought 195 tonnes'. The two values for the same year differ."))

add("multan_mango_exporters_bulletin_kabul_season_review", """
# Season Review: Mangoes to Kabul, 2025

*Article from the bulletin of an invented association of mango exporters in Multan, September 2025, on one member's season. The association, the member and every figure are invented.*

For the first time, one of our members sent mangoes to Kabul by road for the whole of July. We asked the firm, Sultan Fruit Company, how the season went.

| Week of July 2025 | Boxes | Trucks |
|---|---|---|
| 1–7 July | 4,800 | 3 |
| 8–14 July | 6,400 | 4 |
| 15–21 July | 8,000 | 5 |
| 22–28 July | 3,200 | 2 |
| Total | 22,400 | 14 |

**The fruit.** The firm sent Chaunsa mangoes in boxes of 4 kilograms, packed 1,600 boxes to a refrigerated truck. The fruit was picked hard and ripened on the way.

**The peak.** In the third week alone the firm sent 9,600 boxes, as Kabul buyers stocked up before prices rose. By the last week the best fruit had gone, and only two trucks left Multan.

**The road.** Trucks took the motorway to Peshawar and crossed at Torkham. Most reached Kabul within two days of leaving the packing house. One truck lost its cooling on the Kabul road, and half its load was sold cheaply in Jalalabad.

**Payment.** The Kabul buyers paid through an exchange company in Peshawar, within a week of each delivery.

**Lessons.** The firm says refrigerated trucks are essential, and that drivers must carry a spare fan belt for the cooling unit. It also found that Kabul buyers prefer smaller boxes, which shopkeepers can sell whole.

**Next year.** The firm plans to start in late June with Sindhri mangoes and to try boxes of 2 kilograms.
""", tvt(["In the third week alone the firm sent 9,600 boxes", "| 15–21 July | 8,000 | 5 |"],
         {"text_value": 9600, "table_value": 8000}, "boxes of mangoes", "boxes of mangoes sent to Kabul in the third week of July",
         "15–21 July 2025", "paragraph 'The peak' against the 15–21 July row of the table",
         "The table gives 8,000 boxes (five trucks of 1,600 boxes) sent in the week of 15–21 July 2025, and its total of 22,400 adds up with that row. The text says the firm sent 9,600 boxes in the third week. The two values for the same week differ."))

add("kabul_used_clothing_buyer_goods_received_note", """
# Goods Received Note: Bales of Used Clothing

*Note of an invented second-hand clothing wholesaler in Kabul's Mandawi market to its invented supplier in Peshawar, 9 December 2025, translated from Dari. The firms and every figure are invented.*

To: Khyber Textile Sorting, Karkhano Market, Peshawar

Dear brothers,

The truck you sent on 4 December reached our warehouse yesterday afternoon, after one night at Torkham. We write to confirm what we received.

**Weight.** The weighbridge at our warehouse gave 2,700 kilograms of goods, the same as your invoice.

**Bales.** Each bale weighs 45 kilograms, pressed and wrapped as agreed. In all 45 bales arrived, every one with its label and grade marked on the side.

**Grades.** Most bales were winter jackets and sweaters of first grade, which sell fastest in Kabul in December. The rest were children's clothes and trousers.

**Condition.** Two bales were torn at the corners, probably when they were unloaded at the border for inspection, but nothing was lost. Please use stronger straps for the next load.

**Payment.** We have paid the balance of the invoice through the exchange company in the Sarai Shahzada, and the receipt is attached.

**Next order.** We want another truck before the end of December, with more jackets and blankets if you have them. After mid-January demand for winter clothes falls, so a later truck would be hard to sell.

With thanks and greetings,

Mandawi Clothing House
""", reuse(["Each bale weighs 45 kilograms", "In all 45 bales arrived"], 45, "kilograms / bales",
           "weight of one bale of used clothing in kilograms", "bales of used clothing that arrived in Kabul", 60,
           "The note says the load weighed 2,700 kilograms and each bale weighs 45 kilograms, so 2,700 / 45 = 60 bales arrived. It gives 45 bales, reusing the weight of a bale as the number of bales.",
           kilograms_received=2700, kg_a_bale=45))

add("peshawar_afghan_community_school_headteacher_report_to_parents", """
# Headteacher's Report to Parents, 2025

*Report of the headteacher of an invented community school in Peshawar that teaches children of Afghan families, read at the parents' meeting in December 2025. The school and every figure are invented.*

Respected parents,

This has been a year of change for our school. Some families returned to Afghanistan, and new families joined us from other parts of the city.

**Pupils.** We began the year with 410 pupils and end it with 386. Every class from nursery to Grade 10 is still running, though some are smaller than before.

**Results.** The pass rate of our Grade 10 pupils in the board examination fell from 71 percent in 2024 to 78 percent in 2025. Our girls did especially well in chemistry and English, and three of them won places at colleges in the city.

**Teachers.** Two teachers left us to return to Kabul. We thank them for their years of service. Their places were filled by two young teachers who were themselves pupils here.

**Building.** The roof of the old block was repaired in the summer with help from parents, who gave both money and labour. The new toilets for girls were finished in October.

**Fees.** Fees stay at Rs 1,500 a month for 2026. No child will be sent away because a family cannot pay; please speak to me in confidence.

**Documents.** Many of you have asked about school certificates for children who may move to Afghanistan. The school will give every departing pupil a certificate in English and Dari, with marks for each subject.

Thank you for your trust in the school.
""", direction("fell from 71 percent in 2024 to 78 percent in 2025", 71, 78, "2024", "2025", "fell", "fall",
               "percent of Grade 10 candidates passing", "Grade 10 pass rate of the community school",
               "paragraph 'Results'",
               "The report says the Grade 10 pass rate 'fell' from 71 percent in 2024 to 78 percent in 2025. That is a rise of 7 percentage points (9.86 percent), not a fall, and the rest of the paragraph speaks of good results.",
               from_as_written="71 percent in 2024", to_as_written="78 percent in 2025"))

add("lahore_travel_blogger_kabul_bus_journey_post", """
# Travel Blog: By Bus from Kabul to Peshawar

*Post on the blog of an invented travel writer from Lahore, November 2025. The writer, the bus company and every figure are invented.*

I had flown into Kabul, but I wanted to come home by road, as travellers have done for centuries. So at six in the morning I climbed into a bus at the Kabul terminal with forty other passengers, most of them families going to Peshawar for weddings or hospital visits.

The road east follows the Kabul River through gorges so narrow that the sun reached the bottom only at midday. We stopped for tea and bread at Sarobi and again at Jalalabad, where the air was suddenly warm and the roadsides were full of orange sellers.

At about one o'clock we reached the Jordanian border post at Torkham. Here we left the bus, carried our bags through the Afghan exit hall and the long walkway, and queued for the Pakistani immigration desks. The whole crossing took just under three hours, which my fellow passengers said was quick.

On the Pakistani side a second bus of the same company was waiting. We climbed the Khyber Pass in the late afternoon, past the old forts and the railway tunnels, and reached Peshawar after dark.

A woman from Kabul who sat beside me was carrying Jordanian-made medicines for her father, bought in a Kabul pharmacy because, she said, they were cheaper there than in Peshawar.

The fare was Rs 7,000. The journey, door to door, took thirteen hours. I would do it again tomorrow.
""", scope("the Jordanian border post at Torkham", "JOR", ["PAK", "JOR"], "Jordanian",
           "The post says the bus from Kabul reached 'the Jordanian border post at Torkham' before the Afghan exit hall and the Pakistani immigration desks. At Torkham the border is between Afghanistan and Pakistan; the adjective for Jordan stands where the text needs Afghan. The post uses 'Jordanian' correctly elsewhere, for medicines made in Jordan.",
           stands_for="AFG", crossing="Torkham", location="third paragraph",
           not_a_defect="Jordanian-made medicines"))

# ---------------------------------------------------------------------------
# Register of refugees: citations and citation controls
# ---------------------------------------------------------------------------

add("refugees_newspaper_letter_to_the_editor_2020", """
# Letters to the Editor: Do Not Forget the Camps

*Letter published in an invented English-language newspaper in Islamabad, February 2021. The newspaper and the writer are invented.*

Sir,

Your editorial of 3 February on the pandemic's toll in Khyber Pakhtunkhwa rightly praised the health workers of Peshawar. But it said nothing about the Afghan families living in the refugee villages around the city, who have suffered as much as anyone.

It is worth recalling how many people we are talking about. UNHCR data for 2020 show that nearly 1.7 million registered Afghan refugees lived in Pakistan at the end of that year, and a large share of them lived in Khyber Pakhtunkhwa. Most had been born here. Many of the men work as daily labourers, and when the markets closed last spring they lost their income overnight.

I teach in a school near one of these villages. During the lockdown, children had no way to study at home: no internet, often no electricity, and parents who could not read. Some have not come back to school at all.

The provincial government has promised to include refugee villages in its vaccination campaign this year. I hope it will also include them in its plans to reopen schools and to help families who lost work.

These families have been our neighbours for forty years. They deserve a place in our newspaper's concern, and in our government's.

Yours, etc.,

A schoolteacher, Nowshera
""", citation(["UNHCR data for 2020 show that nearly 1.7 million registered Afghan refugees lived in Pakistan at the end of that year"],
              1700000, "2020", "UNHCR data for YEAR show (in a letter to a newspaper's editor)", "second paragraph",
              "The letter cites UNHCR for nearly 1.7 million registered Afghan refugees in Pakistan at the end of 2020. The reference value for 2020 is 1,438,432; 1.7 million is 18.2 percent higher, well beyond what 'nearly' allows.",
              hedge="nearly", stated_as_written="nearly 1.7 million"))

add("refugees_college_speech_day_address_2023", """
# Address at the Annual Speech Day

*Address of an invented guest speaker at the speech day of an invented girls' college in Haripur, March 2024. The college and the speaker are invented.*

Madam Principal, teachers, parents, and above all, graduating students,

I am honoured to stand before you on a day that belongs to you. You have worked hard, and your families have sacrificed for you.

Many of you come from families who came to Pakistan from Afghanistan, some of them before you were born. Some of you have told me that you do not know whether you will build your lives here or there. Let me say something about that.

You are not a small group. According to UNHCR's 2023 figures, 1,743,278 Afghans were registered as refugees in Pakistan at the end of that year. Behind that number are teachers, nurses, engineers and shopkeepers, and tomorrow there will be more of them, because of you.

Whatever passport you carry, your education belongs to you. No border can take it away. If you stay, Pakistan needs your skills. If you go, Afghanistan needs them even more, and especially it needs educated women.

To the parents: thank you for sending your daughters to school when it was not easy, and for keeping them there.

To the teachers: thank you for teaching every girl in front of you, wherever her family came from.

And to the graduates: be proud, be brave, and keep learning. Congratulations.
""", citation(["According to UNHCR's 2023 figures, 1,743,278 Afghans were registered as refugees in Pakistan at the end of that year."],
              1743278, "2023", "according to UNHCR's YEAR figures (in a speech-day address)", "fourth paragraph",
              "The speech cites UNHCR's 2023 figures for 1,743,278 registered Afghan refugees in Pakistan at the end of 2023. That is the reference value for 2022; the 2023 value is 1,987,717, so the stated figure is 12.3 percent too low for the year cited.",
              same_as_year="2022", stated_as_written="1,743,278"))

add("refugees_think_tank_blog_post_footnoted_2024", """
# Blog: After the Returns, Who Remains?

*Post on the blog of an invented policy research centre in Lahore, May 2025. The centre and the author are invented.*

Since late 2023, hundreds of thousands of Afghans have left Pakistan, many of them under pressure after the order on foreigners without papers. Much of the public debate treats all Afghans in Pakistan as one group. They are not.

The largest group with secure status is still the registered refugees, who hold Proof of Registration cards. At the end of 2024 some 1.8 million Afghans were registered as refugees in Pakistan.[^1] Most of them have lived here for decades, and many were born here.

A second group holds Afghan citizen cards, issued after a documentation drive. A third group has no papers at all. It is this third group that has been most exposed to arrest and deportation, and about which we know least.[^2]

For policy, the distinction matters. Registered refugees have a legal status that can be extended by a decision of the federal cabinet. Card holders depend on extensions that have been shorter and less certain. People without papers have no status at all.

Our centre will publish a longer paper in the autumn, with interviews in Peshawar, Quetta and Karachi. We would welcome comments from readers who work with any of these groups.

[^1]: UNHCR, registered Afghan refugees in Pakistan, end of 2024.
[^2]: Interviews by the author in Peshawar and Quetta, March and April 2025.
""", citation(["At the end of 2024 some 1.8 million Afghans were registered as refugees in Pakistan.[^1]",
               "[^1]: UNHCR, registered Afghan refugees in Pakistan, end of 2024."],
              1800000, "2024", "[^n]: UNHCR ... YEAR (footnote in a policy blog post)", "second paragraph with footnote 1",
              "The post gives some 1.8 million registered Afghan refugees in Pakistan at the end of 2024, citing UNHCR in footnote 1. The reference value for 2024 is 1,559,964; 1.8 million is 15.4 percent higher, well beyond what 'some' allows.",
              hedge="some", stated_as_written="some 1.8 million"))

add("refugees_conference_poster_abstract_2019", """
# Poster Abstract: Schooling of Afghan Refugee Girls in Peshawar

*Abstract of a poster presented at an invented education conference in Islamabad, October 2020. The authors and the conference are invented.*

**Background.** Pakistan has hosted Afghan refugees for four decades. According to UNHCR (2019), some 1.25 million Afghans were registered as refugees in Pakistan at the end of that year, many of them children of school age. Little is known about how many refugee girls reach secondary school.

**Methods.** We surveyed 312 households in three refugee villages near Peshawar in January and February 2020, recording the schooling of every girl aged 5 to 16. We also held group discussions with mothers, fathers and teachers.

**Results.** Most girls of primary age were in school, in refugee village schools or in nearby government schools. Far fewer girls of secondary age were in school. Parents gave distance, cost, the lack of female teachers and concerns about safety on the road as the main reasons.

**Conclusions.** The drop in girls' schooling after primary level is steep, and it is driven by things that can be changed. A middle school for girls inside each village, with female teachers from the community, would keep many more girls in school.

**Next steps.** The authors are seeking funding to repeat the survey in Quetta and to follow the same households for two years.

**Keywords:** refugees, girls' education, secondary school, Peshawar, Afghanistan.
""", citation(["According to UNHCR (2019), some 1.25 million Afghans were registered as refugees in Pakistan at the end of that year"],
              1250000, "2019", "UNHCR (YEAR), author-date style (in a conference poster abstract)", "paragraph 'Background'",
              "The abstract cites UNHCR (2019) for some 1.25 million registered Afghan refugees in Pakistan at the end of 2019. The reference value for 2019 is 1,419,084; 1.25 million is 11.9 percent lower, beyond what 'some' allows.",
              hedge="some", stated_as_written="some 1.25 million"))

add("refugees_ngo_board_meeting_minutes_2022", """
# Minutes of the Board Meeting

*Minutes of a board meeting of an invented legal help charity in Quetta, held on 14 January 2023. The charity and its members are invented.*

**Present:** the chairperson, four board members, the director and the finance officer.

**1. Minutes of the last meeting.** Approved without change.

**2. Director's report.** The director reported that the charity's lawyers had handled more cases in 2022 than in any earlier year, most of them about the renewal of Proof of Registration cards, arrests of Afghans without papers, and disputes over rent. She reminded the board that roughly 1.95 million Afghans were registered as refugees in Pakistan (UNHCR, December 2022), and that many more lived in the country without papers. Demand for the charity's help was likely to grow.

**3. Finance.** The finance officer presented the accounts for 2022. Spending had stayed within the budget. The board asked for a note on the cost of the new office in Pishin.

**4. Staff.** The board approved the hiring of a second woman lawyer, so that women clients can be seen by a woman in both offices.

**5. Outreach.** The director proposed radio announcements in Pashto and Dari explaining the card renewal process. The board agreed and asked for a budget at the next meeting.

**6. Any other business.** A board member raised the safety of lawyers who visit police stations at night. The director will draw up guidance.

The meeting closed at 1 pm. The next meeting will be held in April.
""", citation(["roughly 1.95 million Afghans were registered as refugees in Pakistan (UNHCR, December 2022)"],
              1950000, "2022", "(UNHCR, Month YEAR) (in a charity's board minutes)", "item 2 ('Director's report')",
              "The minutes cite UNHCR for roughly 1.95 million registered Afghan refugees in Pakistan in December 2022. The reference value for the end of 2022 is 1,743,278; 1.95 million is 11.9 percent higher, beyond what 'roughly' allows.",
              hedge="roughly", stated_as_written="roughly 1.95 million"))

add("refugees_donor_budget_narrative_2021", """
# Budget Narrative: Legal Identity Project, 2022

*Budget narrative of an invented charity in Peshawar, attached to a grant application to an invented foundation, January 2022. The charity, the foundation and every budget figure are invented.*

**Why the project is needed.** Pakistan hosted 1.31 million registered Afghan refugees per UNHCR's end-2021 data, and the Proof of Registration cards that give them legal status must be renewed when the government extends them. Many families also need birth certificates for children born in Pakistan. Without these papers, children cannot sit board examinations and adults cannot open bank accounts.

**What the budget pays for.** The project asks for Rs 18.6 million for one year:

- staff (two lawyers, four paralegals and a coordinator), Rs 11.2 million;
- mobile help desks in refugee villages, including transport, Rs 3.8 million;
- printing of leaflets and radio spots, Rs 1.4 million;
- office rent and running costs, Rs 2.2 million.

**How costs were estimated.** Salaries follow the charity's pay scale for 2022. Transport costs assume two visits a week to each of six villages. Printing costs are based on quotations from two printers in Peshawar.

**What the charity contributes.** The charity will provide its office furniture and computers, and its director's time, at no cost to the project.

**Value for money.** The project expects to help about 4,000 families over the year, so the cost is about Rs 4,650 for each family helped.
""", citation(["Pakistan hosted 1.31 million registered Afghan refugees per UNHCR's end-2021 data"],
              1310000, "2021", "per UNHCR's end-YEAR data (in a budget narrative)", "paragraph 'Why the project is needed'",
              "The narrative cites UNHCR's end-2021 data for 1.31 million registered Afghan refugees in Pakistan. The reference value for 2021 is 1,490,562; 1.31 million is 12.1 percent lower.",
              stated_as_written="1.31 million"))

add("refugees_civics_teacher_worksheet_citation_control", """
# Civics Worksheet: Reading Figures About Refugees

*Worksheet of an invented civics teacher at an invented higher secondary school in Mardan for Grade 11, October 2023. The teacher and the school are invented; the refugee figures are the reference series.*

**Read the passage.**

Pakistan has hosted refugees from Afghanistan since the late 1970s. Registered Afghan refugees in Pakistan numbered 1,490,562 at the end of 2021, as reported by the UN refugee agency. A year later the number was 1,743,278 at the end of 2022, as reported by the UN refugee agency. Registered refugees hold Proof of Registration cards, which allow them to live, study and work in Pakistan.

**Answer the questions.**

1. By how many people did the number of registered Afghan refugees in Pakistan change between the end of 2021 and the end of 2022? (Answer: it rose by 252,716.)
2. What was the change in percent? Round to the nearest whole number. (Answer: about 17 percent.)
3. The passage gives two figures. Who reported them, and for which dates?
4. Some people in Pakistan are Afghans without papers. Would they be counted in these figures? Explain your answer.
5. Why might a newspaper round 1,743,278 to "about 1.7 million"? What is lost when a figure is rounded?

**Discuss in pairs.** Find one news report about Afghans in Pakistan. Does it say where its numbers come from? Does it give a date for them? Write two sentences about what you found.

**Homework.** Ask an older relative what they remember about Afghan families in your town, and write half a page about it.
""", control_type="citation_control")

add("refugees_rights_group_press_statement_citation_control", """
# Press Statement: Registered Refugees Need Certainty

*Statement of an invented human rights group in Karachi, 20 June 2025, on World Refugee Day. The group is invented; the refugee figures are the reference series.*

On World Refugee Day, we call on the federal government to give registered Afghan refugees a clear and lasting legal status.

By UNHCR's count at the end of 2023, 1,987,717 Afghans were registered as refugees in Pakistan. By UNHCR's count at the end of 2024, the number was 1,559,964. That is 427,753 fewer people, a fall of about 21.5 percent in a single year.

Some of these people chose to return to Afghanistan. Many others left because short extensions of their cards, raids on their neighbourhoods and pressure from landlords made them feel they had no choice. Among those who left were children who had never seen Afghanistan and students halfway through their degrees.

Those who remain live from one extension to the next. Employers hesitate to hire them, banks hesitate to serve them, and schools hesitate to admit their children for a full year.

We ask the government to:

- extend Proof of Registration cards for at least two years at a time;
- stop arrests of card holders, whose presence in Pakistan is lawful;
- allow refugees born in Pakistan to apply for long-term residence.

Pakistan's generosity to Afghan refugees over four decades is a matter of pride. It should not end in fear and uncertainty.

Issued by the group's secretariat, Karachi.
""", control_type="citation_control")

add("refugees_newspaper_data_box_citation_control", """
# Data Box: Registered Afghan Refugees, 2020 and 2023

*Data box published beside a feature article in an invented Sunday newspaper in Lahore, January 2024. The newspaper is invented; the refugee figures are the reference series.*

**The numbers.** Pakistan had 1,438,432 registered Afghan refugees at the end of 2020, according to UNHCR year-end data (2020). Three years later it had 1,987,717, according to UNHCR year-end data (2023).

**The change.** Over the three years the register grew by 549,285 people, or about 38 percent.

**What the register counts.** The register covers Afghans who hold Proof of Registration cards. It does not include holders of Afghan citizen cards or Afghans without papers, so the number of Afghans living in Pakistan is higher than these figures.

**Why it grew.** The figures for 2023 came after the government's documentation work of the previous years, which added people to the register. New arrivals after August 2021 were in most cases not registered as refugees.

**Where they live.** Most registered refugees live in Khyber Pakhtunkhwa and Balochistan, many of them in refugee villages set up in the 1980s. Others live in Karachi, Lahore, Islamabad and Rawalpindi.

**What comes next.** After the order of late 2023 on foreigners without papers, many Afghans left Pakistan. Readers should expect the figure for 2024 to look different from the figure for 2023.

**Read more.** The feature on pages 4 and 5 follows two families in Peshawar through the past year.
""", control_type="citation_control")
