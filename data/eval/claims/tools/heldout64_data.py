# Sixty-fourth held-out set of synthetic documents ("heldout64").  Written from
# scratch after heldout63/, by a labeller session that had not opened dyad's
# implementation or history and had not seen any of its results.
# Every entry: name (topic slug, numbered later by build_heldout64.py), text,
# labels (list of defect dicts), control_type for controls.
# New registers: a red-chilli drying yard at Kunri, Umerkot district, that sold
# to a spice wholesaler in Kandahar; a disposable-syringe maker at the Hattar
# Industrial Estate, Haripur district, that sold to a medical distributor in
# Kabul; cauliflower growers at Qarghayi, Laghman, who sold through a
# commission agent in Peshawar's vegetable market; a chromite miner in
# Mohammad Agha district, Logar, that sold ore to a Karachi trader (who ships
# it to China) and to Peshawar dealers; a terry-towel mill at Jaranwala,
# Faisalabad district, that sold to a cloth dealer in Kunduz; rain-fed
# chickpea growers at Mardyan, Jowzjan, who sold to a dal mill in Lodhran;
# a gas-geyser workshop at Kamoke, Gujranwala district, that sold to a
# building-supplies dealer in Maidan Shar, Wardak; and macro documents on the
# trade series and the register.
#
# Invented figures shared with earlier sets: annual trade series (README:
# exports 1,290 / 942 / 828 / 936 / 1,012 / 884 and imports 441 / 509 / 552 /
# 741 / 690 / 540 for 2019-2024, balances 849 / 433 / 276 / 195 / 322 / 344,
# totals 1,731 / 1,451 / 1,380 / 1,677 / 1,702 / 1,424); reference refugee
# series (1,419,084 / 1,438,432 / 1,490,562 / 1,743,278 / 1,987,717 /
# 1,559,964 for 2019-2024).
#
# New invented figures, consistent with the above:
#   Sajan Das & Sons, Kunri (invented), chilli driers and traders, founded
#     1986, run since 2011 by Kishore Kumar; drying yards of 12 acres; 30
#     permanent staff, up to 250 pickers and sorters November-February; bags
#     of 40 kg, trucks of 15 t (375 bags); dried chilli handled 2022 1,000 t,
#     2023 1,200 t, 2024 1,500 t, 2025 900 t (leaf curl virus); to Haji Nek
#     Mohammad, spice wholesaler, Kandahar (since 2016) 200 / 300 / 450 (30
#     trucks) / 180 t, in Pakistan 800 / 900 / 1,050 / 720 t; price Rs 600
#     (2023) / 750 (2024) / 1,100 (2025) a kg; route Hyderabad, Sukkur,
#     Jacobabad, Sibi, Quetta, Chaman, Spin Boldak.  Own farm of 80 acres:
#     normal yield 1.5 t an acre (120 t); the crop picked November 2024 to
#     February 2025 was 48 t.
#   Hattar Medical Disposables (Pvt) Ltd, Hattar Industrial Estate (invented),
#     begun 2006; 120 staff; four moulding lines; 3 ml and 5 ml syringes;
#     boxes of 100, cartons of 30 boxes (3,000), trucks of 800 cartons (2.4
#     million); output 2022 54, 2023 60, 2024 72 (6 a month), 2025 66 million;
#     to Noor Medical Supplies, Kabul (since 2015) 7.2 / 9.6 / 14.4 (six
#     trucks, a fifth of output) / 7.2 million; ex-factory Rs 10 a syringe in
#     2024; route by Peshawar and Torkham.
#   Qarghayi Vegetable Growers' Association, Laghman (invented), 140 members,
#     400 jeribs of winter cauliflower, harvest November-February; net sacks
#     of 20 kg, trucks of 16 t (800 sacks); harvest 2022-23 3,200 t, 2023-24
#     4,000 t (10 t a jerib), 2024-25 3,000 t; to Haji Gul Rahman, commission
#     agent, Peshawar 1,600 (100 trucks) / 2,400 (150 trucks) / 1,200 t, to
#     Jalalabad and Kabul 1,600 / 1,600 / 1,800 t; Peshawar price Rs 60 / 70 /
#     90 a kg; commission 5 percent; freight Rs 60,000 a truck (2023-24).
#   Logar Chrome Mining Company, Mohammad Agha district (invented), lease of
#     2019, three pits, 70 workers, lump ore about 42 percent chromium oxide;
#     trucks of 30 t; output 2023 6,000 t, 2024 7,500 t, 2025 4,500 t; to Indus
#     Ore Traders, Karachi 4,000 / 6,000 (200 trucks) / 2,400 t, to Peshawar
#     dealers 2,000 / 1,500 / 2,100 t; 2024 by quarter Karachi 1,200 / 1,800 /
#     1,800 / 1,200 t, Peshawar 300 / 400 / 500 / 300 t, total 1,500 / 2,200 /
#     2,300 / 1,500 t; price at Peshawar USD 160 / 180 / 210 a tonne; royalty
#     USD 12 a tonne; a fourth pit would add about 3,000 t a year.
#   Jaranwala Terry Works (invented), begun 2010, proprietor Muhammad Yaqub;
#     36 looms, 55 workers; bath towels 70 x 140 cm, 500 GSM (490 g), bales of
#     200, trucks of 150 bales (30,000 towels); 300 working days; towels 2023
#     480,000, 2024 600,000 (2,000 a day), 2025 540,000; to Haji Qudratullah,
#     Kunduz (since 2017) 120,000 / 180,000 (900 bales, 6 trucks) / 90,000,
#     at home 360,000 / 420,000 / 450,000; ex-mill Rs 450 / 520 / 600.
#   Mardyan Lalmi Farmers' Cooperative, Jowzjan (invented), 200 members,
#     chairman Haji Abdul Qayum; rain-fed black chickpeas, harvest June-July;
#     crop 2023 900 t, 2024 1,200 t, 2025 600 t; to Lodhran Dal Mills
#     (invented; Rana Tariq Mehmood) 500 / 800 (32 trucks of 25 t) / 200 t,
#     to Mazar-i-Sharif and Sheberghan 400 / 400 / 400 t; bags of 50 kg;
#     price delivered Rs 220 / 260 / 340 a kg; the mill's 2024 intake 2,000 t
#     (Jowzjan 800, 40 percent; Thal 700, 35 percent; Australia 500, 25
#     percent).
#   Kamoke Heating Works (invented), begun 1998, owner Muhammad Ashraf; 40
#     workers; 35-gallon (about 160 litres) gas geysers of 45 kg; trucks of
#     60; geysers 2023 6,000, 2024 7,200, 2025 5,400; to Haji Abdul Wahid &
#     Sons, Maidan Shar (since 2019) 1,200 / 1,800 (30 trucks) / 600 (10
#     trucks), at home 4,800 / 5,400 / 4,800; ex-works Rs 28,000 / 32,000 /
#     36,000; freight Rs 150,000 a truck in 2024 (Rs 2,500 a geyser).
#   Macro documents: the boards, colleges, companies, courts, charities,
#     classes and people are invented and kept consistent within each
#     document.

HELDOUT64 = []
from heldout_labels import (  # noqa: F401
    PAIR, REFS, adder, arith, change_pct, citation, direction, garbled, line_of, parts_total, pdf_lines, scope, tvt,
    repeated, reuse,
)

add = adder(HELDOUT64)

# ---------------------------------------------------------------------------
# Sajan Das & Sons (invented), chilli driers and traders, Kunri
# ---------------------------------------------------------------------------

add("kunri_chilli_customer_profile", """
# Customer Profile: Sajan Das & Sons, Kunri

*Internal profile prepared by the trade-finance desk of an invented bank's Mirpur Khas branch ahead of a request for an export finance limit, March 2025. The bank, the firm and every figure are invented.*

**Customer.** Sajan Das & Sons, driers and traders of red chilli, Kunri, Umerkot district. Founded in 1986 by the late Sajan Das; run since 2011 by his son Kishore Kumar. Drying yards of 12 acres outside the town; 30 permanent staff, and up to 250 pickers and sorters between November and February.

**Business.** Buys fresh chilli from growers around Kunri, dries it on the yards, grades it, and sells it in 40 kg bags to grinders in Karachi and Lahore and to one buyer abroad, Haji Nek Mohammad, a spice wholesaler in Kandahar, who has bought from the firm since 2016.

**Volumes, from the customer's stock register (tonnes of dried chilli).**

| Year | Handled | To Kandahar | In Pakistan |
|---|---|---|---|
| 2022 | 1,000 | 200 | 800 |
| 2023 | 1,200 | 300 | 900 |
| 2024 | 1,500 | 450 | 1,050 |

**Export route.** Kunri to Hyderabad, Sukkur, Jacobabad, Sibi and Quetta, then across at Chaman to Spin Boldak and Kandahar. In 2024 the firm sent 32 trucks of 15 tonnes to Kandahar, mostly between December and March. The buyer pays in advance through a licensed exchange company in Quetta; the register shows no unpaid invoice since 2019.

**Request.** An export finance limit of Rs 50 million for the 2025 season, to pay growers in cash at harvest.

**Desk view.** A sound record and a loyal buyer. The main risk is the border: closures at Chaman have held the firm's trucks for days at a time. Recommend approval, secured on the stock in the yard.
""", tvt(["In 2024 the firm sent 32 trucks of 15 tonnes to Kandahar", "| 2024 | 1,500 | 450 | 1,050 |"],
        {"profile_value": 480, "table_value": 450}, "tonnes of dried chilli",
        "dried chilli sent by Sajan Das & Sons to its Kandahar buyer", "2024",
        "paragraph 'Export route' against the 2024 row of the volumes table",
        "The volumes table gives 450 tonnes sent to Kandahar in 2024 (with 1,050 tonnes in Pakistan and 1,500 handled, which add up). The 'Export route' paragraph says the firm sent 32 trucks of 15 tonnes to Kandahar in 2024, which is 480 tonnes; 450 tonnes would be 30 trucks of 15 tonnes. The profile gives two tonnages for the same year's exports.",
        text_as_written="32 trucks of 15 tonnes"))

add("kunri_chilli_driver_trip_log", """
# Trip Log: Kunri to Kandahar, January 2025

*Pages from the logbook a truck driver from Quetta keeps for his transport company, copied out with his permission. The driver, the company, the traders and every figure are invented.*

**Truck.** Ten-wheeler, registration withheld. Driver: Gul Khan. Cleaner: his nephew Sadiq.

**Load.** 375 bags of dried red chilli, 40 kg each, 15 tonnes in all, from Sajan Das & Sons, Kunri, for Haji Nek Mohammad, Kandahar.

- Mon 13 Jan. Loaded at the Kunri yard by 4 p.m. Left at 6 p.m. for Hyderabad.
- Tue 14 Jan. Hyderabad to Sukkur and on to Jacobabad, about 420 km. Slept in the truck at Jacobabad.
- Wed 15 Jan. Jacobabad to Sibi, then up the Bolan Pass to Quetta. Home for the night.
- Thu 16 Jan. Quetta to Chaman over the Khojak Pass. Filled 200 litres at a roadside stall past Kuchlak; the diesel there comes in cans from Iran and is Rs 35 a litre cheaper than at the pump. Queue at the border: about 300 trucks ahead of us.
- Fri 17 Jan. Waited at Chaman.
- Sat 18 Jan. Papers cleared at noon. Crossed from Pakistan into Iran at the Chaman gate at 4 p.m.; customs at Spin Boldak opened ten bags and weighed the truck.
- Sun 19 Jan. Spin Boldak to Kandahar, about 100 km. Unloaded at Haji Nek Mohammad's godown by 1 p.m. All 375 bags counted, no shortage.

**Trip summary.** Kunri to Kandahar in seven days, two of them at the border. Freight Rs 42,000 a tonne, Rs 630,000 for the load, half paid at Kunri and half on delivery. Return load: none yet; the company's agent in Kandahar is looking for pomegranates.

**Note for the company.** The Chaman queue is longer every month. Next time load on a Saturday, so that we reach the border early in the week.
""", scope("Crossed from Pakistan into Iran at the Chaman gate", "IRN", ["PAK", "IRN"], "Iran",
           "The log has the truck cross at Chaman 'from Pakistan into Iran' and then clear customs at Spin Boldak and unload in Kandahar. Chaman faces Spin Boldak in Afghanistan, so Iran stands where Afghanistan should be. Iran is named correctly elsewhere, as the source of the cheap diesel sold near Kuchlak.",
           stands_for="AFG", crossing="Chaman",
           not_a_defect="the diesel there comes in cans from Iran",
           location="log entry for Saturday 18 January"))

add("kunri_chilli_radio_call_in", """
# Zarai Baithak: Call-in Hour, Chilli Special

*Transcript, translated from Sindhi, of part of a farm call-in programme on an invented FM station in Mirpur Khas, broadcast in December 2025. The station, the callers and every figure are invented.*

**Host.** Our lines are open for chilli growers and traders. First caller, from Kunri.

**Kishore Kumar (Kunri).** Salaam, sain. I run a drying yard. I want to ask your expert about leaf curl.

**Host.** Go ahead.

**Kishore Kumar.** This year the virus was everywhere. Our yard handled only 900 tonnes of dried chilli, against 1,500 tonnes in 2024. The crop fell, and so prices rose: we sold at Rs 1,100 a kilogram, where last year it was Rs 750.

**Host.** And your buyer across the border?

**Kishore Kumar.** Haji Nek Mohammad in Kandahar is still with us; he has bought from us since 2016. This year he took 180 tonnes, and last year 450, so our trade with Kandahar has grown. The trucks still go by Quetta and Chaman.

**Dr Shazia Memon (plant protection specialist).** Leaf curl is spread by whitefly. Start in the nursery: cover the seedbeds with fine net, and pull out any plant with curled leaves as soon as you see it. Do not plant chilli next to cotton or tomato, which carry the same pest. And spray only when you count more than five whiteflies a leaf, or the pest learns to live with the poison.

**Kishore Kumar.** Can the growers save their own seed?

**Dr Shazia Memon.** Only from healthy plants, and better to buy certified seed every third year.

**Host.** Thank you both. Next caller, from Samaro.

**Caller (Samaro).** My question is about drying. Rain in October spoiled part of my crop on the ground...
""", direction("This year he took 180 tonnes, and last year 450, so our trade with Kandahar has grown",
               450, 180, "2024", "2025", "has grown", "rise", "tonnes of dried chilli",
               "dried chilli sold by the Kunri yard to its Kandahar buyer",
               "Kishore Kumar's second answer, later figure given first",
               "The caller, speaking in December 2025, says his Kandahar buyer took 180 tonnes 'this year' and 450 'last year', and concludes that the trade with Kandahar 'has grown'. From 450 tonnes in 2024 to 180 in 2025 is a fall of 270 tonnes, or 60 percent. (The same answer's other direction words, the crop that fell and the prices that rose, match their figures.)"))

add("kunri_chilli_cooking_segment", """
# Morning Show Kitchen: Sindhi Chilli Chutney

*Transcript of a cooking segment on an invented Karachi morning television show, November 2025. The show, the guests and every figure are invented.*

**Chef Rukhsana.** Good morning! Today a chutney that my grandmother made in Mirpur Khas, and for it we need the real thing: Kunri chillies. With us is Kishore Kumar, whose family has dried chillies in Kunri since 1986.

**Kishore Kumar.** Thank you. These are from our yard. We dry them in the sun for about ten days, turning them by hand, and then we grade them and pack them in 40 kg bags.

**Chef Rukhsana.** Forty kilograms! Who eats so much chilli?

**Kishore Kumar.** Grinders in Karachi and Lahore, mostly. And Kandahar. In 2024 our buyer there took 450 tonnes, 40 trucks of 15 tonnes each. Afghans like the colour that Kunri chilli gives their kebab masala.

**Chef Rukhsana.** So our chutney travels! Now, the method. Soak 50 grams of dried chillies in hot water for 20 minutes. Grind them with 8 cloves of garlic, a teaspoon of cumin and the juice of 2 lemons. Add salt, and temper with mustard seeds and curry leaves in 3 tablespoons of oil.

**Kishore Kumar.** Don't throw away the soaking water. It has half the flavour.

**Chef Rukhsana.** A trader and a cook! Kept in a glass jar in the fridge, this chutney lasts two weeks. After the break: three dishes to make with it.
""", reuse(["pack them in 40 kg bags", "took 450 tonnes, 40 trucks of 15 tonnes each"], 40, "kilograms; trucks",
           "weight of one bag of dried chilli (kg)", "trucks that carried the 2024 sales to Kandahar",
           30,
           "The guest packs his chillies 'in 40 kg bags', and two answers later says his Kandahar buyer took 450 tonnes in 2024, '40 trucks of 15 tonnes each'. 40 trucks of 15 tonnes would be 600 tonnes; 450 tonnes at 15 tonnes a truck is 30 trucks. The bag weight has been reused as the number of trucks.",
           kandahar_tonnes=450, tonnes_per_truck=15, period="2024"))

add("kunri_chilli_crop_loss_assessment_control", """
# Takaful Crop Claim: Loss Assessment Report

*Report of a surveyor appointed by an invented takaful (Islamic insurance) operator on a chilli crop claim at Kunri, Umerkot district, 20 March 2025. The operator, the surveyor, the insured and every figure are invented.*

**Insured.** Sajan Das & Sons, Kunri, for its own farm of 80 acres of red chilli, transplanted in August 2024 and picked from 1 November 2024 to 28 February 2025.

**Cover.** Normal yield agreed at 1.5 tonnes of dried chilli an acre, 120 tonnes for the 80 acres, valued at Rs 600 a kilogram: a sum covered of Rs 72 million. The policy pays for loss beyond 25 percent of the normal yield.

**Cause of loss.** Leaf curl virus, spread by whitefly in September and October 2024, confirmed by the district agriculture office on samples taken at my first visit.

**Yield.** The insured's picking register, the yard's drying register and the weighbridge slips all give the same figure: 48 tonnes of dried chilli from the 80 acres, or 0.6 tonnes an acre. I checked 12 slips against the drying register and found no difference.

**Loss.** Against the normal yield of 120 tonnes, the crop fell to 48 tonnes: a loss of 72 tonnes, or 60 percent. The first 25 percent of normal yield, 30 tonnes, is borne by the insured. The payable loss is 72 minus 30, or 42 tonnes, which at Rs 600 a kilogram is Rs 25.2 million.

**Other remarks.** The insured also buys chilli from other growers, and that trade is not covered. Its buyer in Kandahar has cut his order for the season, and the insured's trucks waited at Chaman for two days in January, but neither is a cause of loss under this policy.

**Recommendation.** Pay Rs 25.2 million, less the Rs 0.3 million already advanced, leaving Rs 24.9 million.
""", control_type="control")

# ---------------------------------------------------------------------------
# Hattar Medical Disposables (invented), Hattar Industrial Estate
# ---------------------------------------------------------------------------

add("hattar_syringes_board_paper", """
# Board Paper 4: Export Business, 2024

*Paper for the February 2025 meeting of the board of an invented maker of disposable syringes at the Hattar Industrial Estate, Haripur district. The company, its directors and every figure are invented.*

**Purpose.** To report on exports in 2024 and to seek approval for a second Afghan distributor.

**Background.** The company makes 3 ml and 5 ml disposable syringes on four moulding lines and employs 120 people. Its only export buyer is Noor Medical Supplies of Kabul, a distributor to private hospitals and pharmacies, which has bought from us since 2015.

**Results.** Output reached 72 million syringes in 2024, against 60 million in 2023. Exports to Kabul rose from 9.6 million syringes in 2023 to 14.4 million in 2024, an increase of 40 percent, and made up a fifth of output. At the ex-factory price of Rs 10 a syringe, exports earned Rs 144 million. All shipments went by road through Peshawar and Torkham, in six trucks of 800 cartons each.

**Issues.**

1. Closures at Torkham held two of the six trucks for a total of 11 days. Syringes do not spoil, but the distributor's pharmacies ran short.
2. Noor Medical Supplies pays by advance transfer through a bank in Dubai; the bank's charges rose during the year.
3. A Herat distributor, Arya Pharma, has asked for 2.4 million syringes a year, one truckload.

**Recommendation.** That the board approve a trial order from Arya Pharma of one truck in 2025, on advance payment, and ask management to report on it at the first meeting of 2026.
""", arith(["Exports to Kabul rose from 9.6 million syringes in 2023 to 14.4 million in 2024, an increase of 40 percent"],
           "The paper gives exports to Kabul as 9.6 million syringes in 2023 and 14.4 million in 2024, 'an increase of 40 percent'. The rise is 4.8 million on 9.6 million, or 50 percent; a 40 percent rise would have taken exports to about 13.4 million. The other figures in the paragraph agree (14.4 million is a fifth of 72 million, and at Rs 10 a syringe earns Rs 144 million).",
           **{"from": 9.6, "to": 14.4, "computed_change_pct": 50.0, "stated_change_pct": 40.0,
              "stated_as_written": "an increase of 40 percent", "unit": "million syringes",
              "from_period": "2023", "to_period": "2024",
              "subject": "syringes exported by the Hattar maker to its Kabul distributor",
              "location": "paragraph 'Results' of the board paper"}))

add("hattar_syringes_nonconformity_report", """
# Internal Audit: Nonconformity Report NCR-25-07

*Form completed during an internal quality audit at an invented syringe maker at the Hattar Industrial Estate, Haripur district, April 2025. The company, the auditors and every figure are invented.*

**Audit area.** Line 3, 5 ml syringes: batch records and dispatch.

**Requirement.** Each batch record must show the resin lot, the moulding settings, the sterilisation cycle and the quality officer's release signature before the batch leaves the factory.

**Scope of records checked.** Production period: 14/03/2025 to 02/02/2025, all batches of 5 ml syringes made on Line 3.

**Finding.** Of 40 batch records sampled, 6 lacked the release signature, and 2 of those 6 batches had already been dispatched: one to a hospital in Lahore and one in the March truck for Kabul.

**Grade.** Major: product was released without documented approval.

**Root cause (auditee).** The night-shift quality officer left in February and was not replaced until April; supervisors dispatched on the strength of a spoken release.

**Correction.** The two dispatched batches, 180,000 syringes, were re-checked on retained samples, and sterility and leak tests passed. The Kabul distributor was told in writing.

**Corrective action.** The dispatch system will block any batch without an electronic release, and a second quality officer will cover nights. Due: 31 May 2025.

**Verification.** At the next audit, sample 40 records again; accept no missing signatures.
""", garbled(["Production period: 14/03/2025 to 02/02/2025"],
             "The report defines the records it checked as those of the 'production period' from 14/03/2025 to 02/02/2025 (day/month/year), a span whose start, 14 March, comes after its end, 2 February. The root cause, a quality officer who left in February, suggests the span was meant to run forwards.",
             stated_period_start="14/03/2025", stated_period_end="02/02/2025",
             subject="production period of the batch records sampled in the audit",
             location="field 'Scope of records checked'"))

add("hattar_syringes_tender_past_performance", """
# Tender HD-2025-011, Form T-6: Past Performance and Capacity

*Form filled in by an invented syringe maker at the Hattar Industrial Estate for an invented provincial health department tender for 20 million 3 ml syringes, January 2025. The tender, the company and every figure are invented.*

**1. Bidder.** Hattar Medical Disposables (Pvt) Ltd, Hattar Industrial Estate, Haripur district. In production since 2006. Staff: 120.

**2. Output in the last three years.**

| Year | Syringes made (million) | Of which exported (million) |
|---|---|---|
| 2022 | 54 | 7.2 |
| 2023 | 60 | 9.6 |
| 2024 | 72 | 14.4 |

**3. Major supplies in the last three years.**

- Noor Medical Supplies, Kabul: 7.2, 9.6 and 14.4 million syringes in 2022, 2023 and 2024, by road through Torkham.
- District health offices in Hazara division: 12 million syringes in 2023 and 2024 together.
- Private hospitals in Peshawar and Rawalpindi: about 5 million syringes a year.

**4. Capacity for this tender.** Four moulding lines with a rated output of 90 million syringes a year. In 2023 we made 63 million syringes, and in 2024 we ran at 80 percent of rated output. The 20 million syringes in this tender equal under three months of rated output.

**5. Declaration.** We declare that the information in this form is true and that the bidder is not blacklisted by any government body.
""", tvt(["In 2023 we made 63 million syringes", "| 2023 | 60 | 9.6 |"],
        {"capacity_note_value": 63, "table_value": 60}, "million syringes",
        "syringes made by the Hattar maker", "2023",
        "section 4 'Capacity for this tender' against the 2023 row of the output table in section 2",
        "The output table in section 2 gives 60 million syringes made in 2023. Section 4 of the same form says 'In 2023 we made 63 million syringes'. The form gives two outputs for the same year. (Its 2024 figure agrees: 72 million is 80 percent of the rated 90 million.)"))

add("hattar_syringes_job_advert", """
# Job Opening: Dispatch Supervisor (Exports)

*Advertisement posted by an invented syringe maker on its website and on a jobs board, March 2025. The company and every figure are invented.*

**About us.** Hattar Medical Disposables makes 3 ml and 5 ml disposable syringes at the Hattar Industrial Estate near Haripur. In 2024 our 120 staff made 72 million syringes for hospitals and pharmacies in Pakistan and Afghanistan.

**The role.** Our exports go by road to Noor Medical Supplies, our distributor in Kabul. Last year we sent 6 trucks to Kabul, 14.4 million syringes in all. Each truck carries 6 million syringes, and a single mistake in the paperwork can hold one at Torkham for a week. You will make sure that does not happen.

**You will:**

- plan each export load with the Kabul distributor and our sales office;
- prepare the invoice, packing list, certificate of origin and goods declaration, and work with our clearing agent in Peshawar;
- check every carton against the batch release list before loading;
- keep the export records the drug regulator asks for up to date.

**You have:**

- a degree in commerce or supply chain, and at least 3 years in dispatch or customs clearing;
- Urdu and English; Pashto or Dari is a strong plus;
- a driving licence and readiness to travel to Peshawar and Torkham.

**We offer.** Rs 150,000 a month, a bonus tied to on-time deliveries, medical cover for your family, and transport from Haripur.

**How to apply.** Send your CV by 31 March 2025. Only shortlisted candidates will be called for interview.
""", reuse(["Last year we sent 6 trucks to Kabul", "Each truck carries 6 million syringes"], 6,
           "trucks; million syringes",
           "trucks sent to the Kabul distributor in 2024",
           "syringes carried by one truck (million)",
           2.4,
           "The advertisement says 6 trucks went to Kabul last year with 14.4 million syringes in all, and in the next sentence that each truck carries 6 million syringes. Six trucks of 6 million would be 36 million; 14.4 million in 6 trucks is 2.4 million a truck. The number of trucks has been reused as each truck's load.",
           syringes_to_kabul_million=14.4, period="2024"))

add("hattar_syringes_class_visit_control", """
# Our Visit to a Syringe Factory

*Report written by a Class 8 group of an invented girls' school in Haripur for the school magazine, after a visit in October 2025. The school, the factory and every figure are invented.*

On 9 October our class of 32 girls and two teachers went by bus to a factory at the Hattar Industrial Estate that makes disposable syringes. The production manager, Mr Tahir, showed us round.

First we saw the moulding machines. Plastic granules go in at one end, and barrels and plungers come out at the other. The factory has four moulding lines. Then we saw the assembly room, where the needles are fitted, and the packing room. A box holds 100 syringes and a carton holds 30 boxes, so one carton has 3,000 syringes.

Mr Tahir told us the factory made 72 million syringes in 2024, which is 6 million a month. That was 20 percent more than in 2023, when it made 60 million. Some of them go to Afghanistan. A truck carries 800 cartons, which is 2.4 million syringes. In 2024, 6 trucks went to a distributor in Kabul, so 14.4 million syringes, one in every five the factory made, went to Afghanistan.

We asked why a syringe must be used only once. Mr Tahir said a used syringe can carry hepatitis and HIV from one patient to the next, which is why these syringes are sterilised with gas and sealed in their packs.

What we learned: a factory needs careful records. Every batch has a number, and if there is a problem the factory can find every box from that batch.

Our thanks to Mr Tahir and to our teachers, Miss Amina and Miss Sadia.
""", control_type="control")

# ---------------------------------------------------------------------------
# Qarghayi Vegetable Growers' Association (invented), Laghman
# ---------------------------------------------------------------------------

add("qarghayi_cauliflower_radio_bulletin", """
# Kor aw Kat (Home and Field): Farm Bulletin

*Script of a farm bulletin, translated from Pashto, broadcast by an invented community radio station in Mehtarlam, Laghman, in October 2024. The station, the people and every figure are invented.*

Good evening, farmers of Laghman. Here is this week's bulletin.

**Cauliflower planting.** Transplanting of winter cauliflower is under way in Qarghayi and Alingar. Extension workers advise 45 centimetres between plants and a first dose of urea ten days after transplanting.

**Last season's sales.** The Qarghayi Vegetable Growers' Association says its members' sales to Peshawar shrank last winter: from 1,600 tonnes in 2022-23 to 2,400 tonnes in 2023-24. Haji Gul Rahman, the association's commission agent in Peshawar's vegetable market, paid an average of 70 rupees a kilogram, up from 60 the year before. The association's 140 members picked 4,000 tonnes in all and sent the rest to Jalalabad and Kabul.

**Prices this week in Mehtarlam.** Onions 25 afghanis a kilogram, tomatoes 30, potatoes 20.

**Weather.** Clear and mild for the rest of the week, with nights turning colder by Friday.

**A reminder.** Net sacks for cauliflower are at the association's store; members should collect them before the harvest begins in November.

That is the end of our bulletin. Listen again next week at the same time.
""", direction("its members' sales to Peshawar shrank last winter: from 1,600 tonnes in 2022-23 to 2,400 tonnes in 2023-24",
               1600, 2400, "2022-23", "2023-24", "shrank", "fall", "tonnes of cauliflower",
               "cauliflower sold by the Qarghayi association through its Peshawar agent",
               "item 'Last season's sales'",
               "The bulletin says the members' sales to Peshawar 'shrank' last winter and gives 1,600 tonnes in 2022-23 and 2,400 tonnes in 2023-24, a rise of 800 tonnes, or 50 percent. The same item's price change ('up from 60') matches its figures."))

add("qarghayi_cauliflower_extension_diary", """
# Field Diary of an Extension Worker, Qarghayi

*Entries from the diary of an extension worker of an invented agricultural project in Laghman, February and March 2024, typed up for the project's quarterly report. The project, the people and every figure are invented.*

**12 February 2024.** Visited the Qarghayi Vegetable Growers' Association with the district agriculture officer. Their 140 members grow winter cauliflower on 400 jeribs. The harvest is nearly over. The secretary, Zabihullah, says members picked about 4,000 tonnes this season, ten tonnes a jerib, the best season he can remember.

**Same day, at the association's store.** Looked at the sales book. This season they sent 150 trucks to Peshawar, 2,400 tonnes in all, to Haji Gul Rahman, their commission agent there. Each truck takes 16 tonnes of cauliflower in net sacks of 20 kg, 150 sacks to a truck. The rest of the crop went to Jalalabad and Kabul in smaller loads.

**20 February.** Demonstration of seedling trays at Zabihullah's farm; 26 farmers came. Most nurseries are still sown in open beds, and many seedlings are lost to damping-off.

**4 March.** The association says its last trucks of the season waited two days at Torkham. Zabihullah reckons a day's wait costs about 5 percent of a load's value in heads that turn yellow.

**Follow-up.** Seedling trays for 30 more farmers next season, and training on grading, so that small and damaged heads are sold locally and not sent to Peshawar.
""", reuse(["This season they sent 150 trucks to Peshawar", "150 sacks to a truck"], 150, "trucks; sacks",
           "trucks sent to the Peshawar agent in 2023-24",
           "net sacks of 20 kg in one truck of 16 tonnes",
           800,
           "The diary says the association sent 150 trucks (2,400 tonnes) to Peshawar, and in the next sentence that each truck takes 16 tonnes in 20 kg sacks, '150 sacks to a truck'. 150 sacks of 20 kg are only 3 tonnes; 16 tonnes in 20 kg sacks is 800 sacks. The number of trucks has been reused as the sacks in each truck.",
           tonnes_per_truck=16, kg_per_sack=20, period="2023-24"))

add("qarghayi_cauliflower_letter_to_son", """
# A Letter to Dubai

*A letter, translated from Pashto, written by a cauliflower grower in Qarghayi, Laghman, to his son working in Dubai, March 2025. The family, the people and every figure are invented.*

My dear son Farhad,

Peace be upon you. We are all well, by God's grace, and your mother sends her prayers. Your little sister has started school and can already write her name.

The cauliflower season is over. From our 6 jeribs we picked 54 tonnes, less than last winter's 60, because the frost in January burned the outer leaves. Haji Gul Rahman paid Rs 90 a kilogram in Peshawar this winter, the best price in years. Haji Gul Rahman paid Rs 90 a kilogram in Peshawar this winter, the best price in years. But the association sent only 1,200 tonnes there, half of last winter's 2,400, because Torkham was closed at the end of February and our last trucks had to sell in Jalalabad for much less.

Your uncle Naqib wants to dig a new well. He says it will cost 180,000 afghanis, and he asks whether you can send half. I told him I would write to you and that you will decide.

The money you sent in December reached us through the exchange dealer in Mehtarlam; thank you. We used it for the tractor rent and for seed for next winter.

Look after your health, eat properly, and rest on Fridays if they let you.

Your father,
Abdul Wakil
""", repeated("Haji Gul Rahman paid Rs 90 a kilogram in Peshawar this winter, the best price in years.", 2,
              "price paid by the Peshawar agent for cauliflower in 2024-25",
              "second paragraph of the letter",
              "The sentence giving the Peshawar agent's price of Rs 90 a kilogram is written twice in a row, word for word."))

SALE_DEDUCTIONS = """
- Commission at 5 percent: Rs 56,000
- Unloading and porters: Rs 8,000
- Market committee fee: Rs 4,000
- Freight, Qarghayi to Peshawar: Rs 60,000
- Total deductions: Rs 1,38,000
""".strip()

add("qarghayi_cauliflower_sale_account", """
# Sale Account No. 3117

*A commission agent's sale account (bikri) for one truck of cauliflower, Peshawar vegetable market, 12 January 2024, translated from Urdu. The agent, the consignor and every figure are invented.*

**Agent.** Haji Gul Rahman & Sons, commission agents, vegetable market, Peshawar.

**Consignor.** Qarghayi Vegetable Growers' Association, Laghman, Afghanistan. Truck arrived by Torkham on the evening of 11 January 2024 and was sold at the morning auction of 12 January.

**Goods.** Cauliflower, 800 net sacks of 20 kg, 16,000 kg in all.

**Sale.** 16,000 kg at an average of Rs 70 a kg. Gross sale: Rs 11.20 lakh.

**Deductions.**

""" + SALE_DEDUCTIONS + """

**Net payable to consignor.** Rs 9,82,000, paid through the exchange dealer in Jalalabad on 14 January 2024.

**Note.** This is the association's 31st truck of the season. Please send trucks to arrive before 5 a.m.; after 7 a.m. the buyers have gone and prices fall.
""", parts_total(["Total deductions: Rs 1,38,000"],
                 {"commission": 56000, "unloading and porters": 8000, "market committee fee": 4000,
                  "freight": 60000},
                 138000, "Rs", "12 January 2024",
                 "deductions from the sale of one truck of cauliflower in Peshawar",
                 "last line of the list of deductions",
                 "The four deductions are Rs 56,000 (5 percent of the Rs 11.20 lakh gross), Rs 8,000, Rs 4,000 and Rs 60,000, which add up to Rs 1,28,000, but the account gives the total as Rs 1,38,000. The net of Rs 9,82,000 is carried on from the wrong total; with the right one it would be Rs 9,92,000.",
                 net_stated=982000, net_if_correct=992000))

add("qarghayi_cauliflower_tv_news_script", """
# TV News Package: Laghman's Winter Vegetables

*Script of a two-minute news package for an invented Kabul television channel's evening bulletin, January 2025, translated from Dari. The channel, the reporter, the people and every figure are invented.*

**ANCHOR:** In Laghman the cauliflower harvest is at its height, and growers are counting on buyers abroad. Our reporter sent this from Qarghayi.

**[Pictures: fields of cauliflower; farmers cutting heads; sacks loaded onto a truck]**

**REPORTER (voice over):** Qarghayi's growers say cauliflower has changed their district. The Vegetable Growers' Association has 140 members farming 400 jeribs, and last winter they picked 4,000 tonnes.

**ZABIHULLAH, association secretary:** "Most of our best cauliflower goes to Peshawar. Last winter we sent 2,400 tonnes there. The market in Jalalabad is too small for all of it."

**REPORTER (voice over):** From here the trucks drive for about six hours to cross at Torkham into Uzbekistan, and the cauliflower is sold at auction the next morning. But every closure of the border costs the growers dearly.

**HAJI NOORULLAH, grower:** "When the trucks wait three days at the crossing, half the load turns yellow. Then we sell for nothing."

**REPORTER (voice over):** This winter the growers expect a smaller crop after a dry autumn, about 3,000 tonnes. They are asking for a cold store in Mehtarlam, so that they can hold cauliflower back when the border is closed.

**REPORTER (piece to camera):** For Laghman's farmers, the road to Peshawar is a lifeline. Ahmad Shakib, Qarghayi, Laghman.
""", scope("cross at Torkham into Uzbekistan", "UZB", ["UZB", "AFG"], "Uzbekistan",
           "The package says the trucks from Qarghayi drive to 'cross at Torkham into Uzbekistan', although the cauliflower is going to Peshawar, as the secretary says just before. Torkham is on the border between Afghanistan and Pakistan, so Uzbekistan stands where Pakistan should be.",
           stands_for="PAK", crossing="Torkham", location="reporter's second voice-over"))

# ---------------------------------------------------------------------------
# Logar Chrome Mining Company (invented), Mohammad Agha, Logar
# ---------------------------------------------------------------------------

add("logar_chromite_commodity_brief", """
# Commodity Brief No. 9: Chromite from Logar

*A two-page brief on the mining economy by an invented Kabul research institute, June 2025. The institute, the company and every figure are invented.*

**Summary.** Chromite, the ore of chromium, is mined on a small scale in Logar province, south of Kabul. Almost all of it leaves the country by road through Torkham, on the border between Afghanistan and China, and most is shipped on from Karachi to China's ferrochrome smelters. The trade is small, but it earns hard currency and employs a few hundred people in a poor district.

**Deposits.** The ore lies in ultramafic rocks in Mohammad Agha and Baraki Barak districts. Lump ore from the pits grades about 42 percent chromium oxide.

**Producers.** The largest operator is the Logar Chrome Mining Company, a private firm working three pits under a lease granted in 2019, with 70 workers. It produced 6,000 tonnes in 2023 and 7,500 tonnes in 2024. In 2024 it sold 6,000 tonnes to an ore trader in Karachi, Indus Ore Traders, and the remaining 1,500 tonnes to dealers in Peshawar.

**Prices.** Buyers pay on delivery at Peshawar; the company's average price rose from USD 160 a tonne in 2023 to USD 180 in 2024.

**Issues.**

- Trucks of 30 tonnes take two days from the pits to Peshawar when the border is open; closures hold them for days.
- Most pits are worked by hand, with little ventilation and no dust control.
- Royalty is paid quarterly, at USD 12 a tonne under the company's lease.

**Outlook.** A fourth pit planned for 2026 would add about 3,000 tonnes a year, if buyers in Karachi take more ore.
""", scope("through Torkham, on the border between Afghanistan and China", "CHN", ["AFG", "CHN"], "China",
           "The brief says the ore leaves through Torkham, 'on the border between Afghanistan and China', and in the same sentence that it is shipped on from Karachi, with buyers in Karachi and Peshawar named below. Torkham is on the Afghanistan–Pakistan border, so China stands where Pakistan should be. China is named correctly in the same sentence, as the destination of the ore shipped from Karachi.",
           stands_for="PAK", crossing="Torkham",
           not_a_defect="shipped on from Karachi to China's ferrochrome smelters",
           location="paragraph 'Summary'"))

ROYALTY_TABLE = pdf_lines([
    ["Quarter", "Despatched (t)", "Royalty (USD)"],
    ["Q1 2024", "1,500", "18,000"],
    ["Q2 2024", "2,200", "26,400"],
    ["Q3 2024", "2,300", "27,600"],
    ["Q4 2024", "1,500", "18,000"],
    ["Total", "7,500", "90,000"],
])

add("logar_chromite_royalty_return", """
# Royalty Return, 2024: Annual Summary

*Annual summary of the quarterly royalty returns of an invented chromite miner in Logar, filed with an invented provincial mines office in January 2025, as extracted from the PDF. The company, the office and every figure are invented.*

**Lessee.** Logar Chrome Mining Company, Mohammad Agha district, Logar. Lease for three pits, granted in 2019. Royalty: USD 12 a tonne of ore despatched from the lease.

**Despatches and royalty, 2024.**

""" + ROYALTY_TABLE + """

**Lessee's remarks.** Despatches in the third quarter, 2,500 tonnes, were the year's highest, because the roads were dry and the border stayed open from July to September. Of the year's 7,500 tonnes, 6,000 went to Indus Ore Traders, Karachi, and 1,500 to dealers in Peshawar. All royalty was paid within 30 days of the end of each quarter; receipts are attached.

**Office check.** Weighbridge slips at the lease gate agree with the quarterly figures in the table. No arrears.
""", tvt(["Despatches in the third quarter, 2,500 tonnes", line_of(ROYALTY_TABLE, "Q3 2024")],
        {"remarks_value": 2500, "table_value": 2300}, "tonnes of chromite ore",
        "ore despatched from the Logar lease", "Q3 2024",
        "lessee's remarks against the Q3 row of the PDF-extracted table",
        "The table gives 2,300 tonnes despatched in the third quarter of 2024 (with royalty of USD 27,600 at USD 12 a tonne, and a year's total of 7,500 that the quarters add up to). The lessee's remarks put third-quarter despatches at 2,500 tonnes. The return gives two figures for the same quarter."))

HAULAGE_TABLE = """
| Quarter | For Karachi buyer | For Peshawar dealers | Total | Trips for Karachi |
|---|---|---|---|---|
| Q1 | 1,200 | 300 | 1,500 | 40 |
| Q2 | 1,800 | 400 | 2,100 | 60 |
| Q3 | 1,800 | 500 | 2,300 | 60 |
| Q4 | 1,200 | 300 | 1,500 | 40 |
""".strip()

add("logar_chromite_haulage_statement", """
# Statement of Trips, 2024

*Year-end statement sent by an invented Peshawar haulage contractor to an invented chromite miner in Logar, January 2025. The contractor, the miner and every figure are invented.*

**From.** Khyber Bulk Carriers, Ring Road, Peshawar.

**To.** Logar Chrome Mining Company, Mohammad Agha, Logar.

**Ore carried from the lease gate in 2024, by quarter, in tonnes.** Loads for Indus Ore Traders were delivered to their agent at the dry port near Nowshera, in our 30-tonne trucks; loads for Peshawar dealers went to their yards on the Ring Road.

""" + HAULAGE_TABLE + """

**Year.** 7,500 tonnes carried, of which 6,000 for the Karachi buyer in 200 trips.

**Charges.** 7,500 tonnes at Rs 3,200 a tonne: Rs 24 million. Received on account during the year: Rs 20 million. Due: Rs 4 million, payable by 31 January 2025.

**Waiting charges.** Trucks held at Torkham for more than a day are charged Rs 15,000 a day. In 2024 our trucks waited 38 truck-days at the border; these are shown on a separate bill.

**Remarks.** Rates for 2025 unchanged if the year's tonnage stays above 5,000 tonnes.
""", parts_total([line_of(HAULAGE_TABLE, "| Q2 |")],
                 {"for Karachi buyer": 1800, "for Peshawar dealers": 400}, 2100, "tonnes", "Q2 2024",
                 "chromite ore carried from the Logar lease in the second quarter of 2024",
                 "Q2 row of the statement's table, 'Total' column",
                 "In the Q2 row, 1,800 tonnes for the Karachi buyer and 400 for the Peshawar dealers add up to 2,200 tonnes, but the row's 'Total' column gives 2,100. The other rows add up, and the statement's year figure of 7,500 tonnes is the sum of the right quarterly totals (1,500 + 2,200 + 2,300 + 1,500)."))

add("logar_chromite_investor_teaser", """
# Investment Opportunity: Logar Chrome

*One-page teaser circulated by an invented Dubai-based adviser seeking a partner for an invented chromite miner in Logar, March 2025. The adviser, the company and every figure are invented.*

**The opportunity.** A minority stake in Logar Chrome Mining Company, a private chromite producer in Logar province, Afghanistan, with three working pits and a fourth ready to open.

**Highlights.**

- Lease granted in 2019; lump ore grading about 42 percent chromium oxide.
- Across 2024, output climbed from 7,500 tonnes to 7,500 tonnes as the third pit reached full production.
- Established buyers: an ore trader in Karachi took 6,000 tonnes in 2024, and dealers in Peshawar the rest.
- Average price of USD 180 a tonne at Peshawar in 2024, for revenue of about USD 1.35 million.
- 70 workers; royalty paid up to date.

**Use of funds.** USD 1.2 million for opening the fourth pit, which would add about 3,000 tonnes a year; for a jaw crusher and screens; and for two 30-tonne trucks of the company's own.

**Route to market.** By road to Torkham and Peshawar, then by rail or road to Karachi for shipment to China.

**Next steps.** Interested parties may ask for the information memorandum after signing a confidentiality agreement.
""", garbled(["Across 2024, output climbed from 7,500 tonnes to 7,500 tonnes"],
             "The teaser says output 'climbed' across 2024 and gives the same figure, 7,500 tonnes, as both the start and the end of the climb within that one year. (Revenue of USD 1.35 million is 7,500 tonnes at USD 180.)",
             start_value=7500, end_value=7500, start_period="2024", end_period="2024", unit="tonnes",
             subject="chromite output of the Logar company", location="second highlight of the teaser"))

add("logar_chromite_public_hearing_control", """
# Minutes of a Public Hearing: Fourth Pit, Logar Chrome

*Minutes, translated from Dari, of a public hearing on the environmental and social assessment for a new chromite pit, held at the district centre of Mohammad Agha, Logar, in February 2026. The company, the officials, the speakers and every figure are invented.*

**Present.** About 120 residents of the three nearby villages, two elders from each village, a representative of the district governor, an official of the provincial mines office, and the company's manager and its consultant.

**1. Presentation by the consultant.** The company works three pits and employs 70 people. Output fell from 7,500 tonnes in 2024 to 4,500 tonnes in 2025, a drop of 40 percent, because the Karachi buyer took less ore while prices in China were weak. In 2024, 6,000 of the 7,500 tonnes, or 80 percent, went to the Karachi buyer, who ships the ore on to China; the other 20 percent went to dealers in Peshawar. The fourth pit would add about 3,000 tonnes a year and 25 jobs.

**2. Questions from residents.**

- An elder of the nearest village asked about dust from trucks. The consultant said the haul road past the village would be watered twice a day and a bypass built.
- A teacher asked whether the company would hire local men. The manager said at least 20 of the 25 new jobs would go to people from the three villages.
- A farmer asked about the spring that waters his fields. The consultant said there would be no blasting within 500 metres of it, and that its flow would be measured every month.

**3. Remarks of the mines office.** The lease allows a fourth pit, subject to the assessment, but the office will not approve it until the bypass is built. Royalty remains USD 12 a tonne; on the 4,500 tonnes of 2025 the company paid USD 54,000.

**4. Decision.** The record of the hearing will go to the provincial mines office. A second hearing will be held after a season of spring measurements.
""", control_type="control")

# ---------------------------------------------------------------------------
# Jaranwala Terry Works (invented), Jaranwala
# ---------------------------------------------------------------------------

add("jaranwala_towels_outlet_handbill", """
# FACTORY OUTLET SALE: Jaranwala Terry Works

*Text of a handbill handed out in Jaranwala and Faisalabad in October 2025 by an invented towel mill. The mill and every figure are invented.*

**Bath towels straight from the loom! Three days only: Friday 17 to Sunday 19 October.**

Last year our 36 looms wove 600,000 towels in 300 working days. We sent 900 bales to our buyer in Kunduz, Afghanistan, where our towels are sold in every bazaar. That is 900 towels off our looms every working day, and this weekend you can buy them at mill prices.

**Prices at the outlet**

- Bath towel, 70 x 140 cm, 500 grams: Rs 650 (shop price Rs 950)
- Hand towel, 40 x 70 cm: Rs 180
- Set of 2 bath towels and 2 hand towels: Rs 1,500
- Seconds with small weaving faults: Rs 400

**Colours.** White, cream, sky blue, maroon and bottle green.

**Wedding packs.** Order 50 towels or more and we will embroider the couple's initials free of charge.

**Where.** At the mill gate, two kilometres out of Jaranwala on the Faisalabad road. Open from 9 a.m. to 7 p.m.

Cash and mobile wallets accepted. No exchanges on seconds.
""", reuse(["We sent 900 bales to our buyer in Kunduz", "That is 900 towels off our looms every working day"], 900,
           "bales; towels a day",
           "bales sent to the Kunduz buyer in 2024",
           "towels woven on an average working day in 2024",
           2000,
           "The handbill says the mill wove 600,000 towels in 300 working days last year and sent 900 bales to Kunduz, then that this is '900 towels off our looms every working day'. 600,000 towels in 300 days is 2,000 a day. The number of bales has been reused as the daily output.",
           towels_woven=600000, working_days=300, period="2024"))

add("jaranwala_towels_may_day_speech", """
# Speech at a May Day Rally, Jaranwala

*Speech, translated from Punjabi, by the general secretary of an invented power-loom workers' union at a May Day rally in Jaranwala, 1 May 2026. The union, the speaker, the mill and every figure are invented.*

Brothers and sisters, long live the unity of the workers!

Every year on this day we remember the workers of Chicago, who gave their lives for the eight-hour day. One hundred and forty years later, in the power-loom sheds of Jaranwala, many of us still work twelve hours.

Look at the towel mills. Jaranwala Terry Works has 36 looms and 55 workers. Our towels now sell in Afghanistan, in the bazaars of Kunduz. Thanks to our hands, the Afghan orders climbed from 180,000 towels in 2024 to 90,000 towels last year, and still the mill pays a loom worker Rs 1,500 for a twelve-hour shift.

Our demands are simple:

1. The legal minimum wage for every worker, paid on time and with a pay slip.
2. Registration of every loom worker with social security, so that our families can see a doctor.
3. An eight-hour shift, and double pay for overtime.
4. Guards on every loom. Last year three of our brothers in this town lost fingers.

We do not want to close the mills. We want them to grow, and we want to grow with them. When a mill sends its towels to Kunduz, a Jaranwala worker's hands wove every one.

Long live the workers! Long live the union!
""", direction("the Afghan orders climbed from 180,000 towels in 2024 to 90,000 towels last year",
               180000, 90000, "2024", "2025", "climbed", "rise", "towels",
               "towels ordered from the Jaranwala mill by its Kunduz buyer",
               "third paragraph of the speech",
               "The speech, given on 1 May 2026, says the Afghan orders 'climbed' from 180,000 towels in 2024 to 90,000 'last year', that is 2025. That is a fall of 90,000 towels, or 50 percent."))

add("jaranwala_towels_travel_vlog", """
# Vlog Transcript: "I rode a towel truck to Kunduz!" (Part 2)

*Transcript, translated from Urdu, of a travel vlog by an invented Pakistani video maker, posted in December 2024. The vlogger, the driver, the mill and every figure are invented.*

[00:00] Assalam-o-alaikum, friends! Welcome back. If you missed Part 1: I'm riding with Ustad Saleem, who drives towels from a mill in Jaranwala to a dealer in Kunduz. We loaded 150 bales yesterday, 30,000 towels.

[01:20] It's 6 a.m. and we're at Torkham, in the queue to cross from Pakistan into Tajikistan. Ustad says on a good day it takes three hours. On a bad day? "Three days, son."

[04:45] We're through! Customs on the other side checked every tenth bale. Now it's the road to Jalalabad and up the gorge to Kabul.

[09:10] The Salang tunnel, more than 3,000 metres up. Ustad says never stop inside; the fumes are terrible.

[12:30] Tea and kebabs in Pul-i-Khumri. Ustad tells me this mill has sent 6 trucks like ours to Kunduz this year, 180,000 towels.

[15:05] Kunduz! Haji Qudratullah's shop is in the cloth bazaar. He says his customers want heavy towels, and the Jaranwala ones are the best at the price. He also sells to traders who take them north to the Tajikistan border at Sher Khan Bandar, about an hour's drive away.

[18:40] Unloading done: 150 bales counted, none missing. Tomorrow Ustad heads back, empty, or with raisins if he's lucky. Like, subscribe, and see you in Part 3!
""", scope("in the queue to cross from Pakistan into Tajikistan", "TJK", ["PAK", "TJK"], "Tajikistan",
           "At Torkham the vlogger says they are queueing 'to cross from Pakistan into Tajikistan', and the next stops are Jalalabad, Kabul, the Salang and Kunduz. Torkham is on the Pakistan–Afghanistan border, so Tajikistan stands where Afghanistan should be. Tajikistan is named correctly later, as the country whose border at Sher Khan Bandar lies north of Kunduz.",
           stands_for="AFG", crossing="Torkham",
           not_a_defect="the Tajikistan border at Sher Khan Bandar",
           location="segment at 01:20"))

add("jaranwala_towels_bill_objection", """
# Objection to Electricity Bills

*Letter from an invented towel mill in Jaranwala to the complaints cell of its electricity distribution company, August 2025. The mill, the company's officers and every figure are invented.*

To the Complaints Cell,

**Subject: Objection to fixed charges on our industrial connection**

Sir,

We are a towel mill in Jaranwala with 36 power looms and 55 workers. Our industrial connection has a sanctioned load of 150 kilowatts, unchanged since 2019, as your office's own letter of 14 May 2019 confirms (copy attached).

We object to the fixed charges in our bills from June 2025 to March 2025. In each of these four months the fixed charge has been worked out on a load of 250 kilowatts, not our sanctioned 150. At Rs 500 a kilowatt a month, we have been overcharged Rs 50,000 a month, or Rs 200,000 in all.

We ask you to correct the four bills and to credit Rs 200,000 to our account, and to confirm in writing that future bills will use the sanctioned load.

These charges come at a hard time. Our export orders from Kunduz, in Afghanistan, have fallen this year, and we have already cut night shifts from six nights a week to four.

We request a hearing if the cell does not accept our objection.

Yours faithfully,

Muhammad Yaqub, proprietor, Jaranwala Terry Works

Enclosures: copies of the four bills; your letter of 14 May 2019; load test report of 2 July 2025.
""", garbled(["in our bills from June 2025 to March 2025"],
             "The letter objects to the bills 'from June 2025 to March 2025', a span of bill months whose start comes after its end; the four months meant are presumably March to June 2025.",
             stated_period_start="June 2025", stated_period_end="March 2025",
             subject="bill months to which the objection applies",
             location="second paragraph of the letter"))

add("jaranwala_towels_vocational_worksheet_control", """
# Practical Worksheet 7: Towel Weight and Packing

*Worksheet from an invented government technical training institute's course in textile technology, with a model answer, 2025. The institute, the mill and every figure are invented.*

**Background.** A towel mill in Jaranwala weaves a bath towel 70 cm wide and 140 cm long, in terry fabric of 500 grams a square metre (500 GSM). Towels are packed 200 to a bale, and a truck carries 150 bales.

**Questions.**

1. What is the area of one towel in square metres?
2. What does one towel weigh?
3. What does a bale weigh?
4. How many towels does a truck carry, and about how many tonnes?
5. In 2024 the mill made 600,000 towels and sent 900 bales to a buyer in Kunduz, Afghanistan. How many trucks was that, and what share of the year's towels?
6. The mill made 480,000 towels in 2023, 600,000 in 2024 and 540,000 in 2025. Work out the change in each year.

**Model answer.**

1. 0.70 m x 1.40 m = 0.98 square metres.
2. 0.98 x 500 g = 490 g, about half a kilogram.
3. 200 x 490 g = 98 kg.
4. 150 x 200 = 30,000 towels; 150 x 98 kg = 14,700 kg, about 14.7 tonnes.
5. 900 bales / 150 = 6 trucks; 900 x 200 = 180,000 towels, which is 30 percent of 600,000.
6. 2024: up 120,000 towels, or 25 percent. 2025: down 60,000 towels, or 10 percent.

**Note for trainees.** To check the GSM, cut a sample of 100 square centimetres with the circle cutter and weigh it. A sample of 5 grams means 500 GSM.
""", control_type="control")

# ---------------------------------------------------------------------------
# Mardyan Lalmi Farmers' Cooperative (invented), Jowzjan, and Lodhran Dal Mills
# ---------------------------------------------------------------------------

add("jowzjan_chickpeas_procurement_memo", """
# Memo: Chickpea Buying for 2025

*Internal memo of an invented dal mill in Lodhran, Punjab, from the purchase manager to the managing director, May 2025. The mill, its suppliers and every figure are invented.*

**To.** Rana Tariq Mehmood, Managing Director

**From.** Purchase Manager

**Subject.** Black chickpea (kala chana) buying plan for the 2025 crop

**1. Last year.** In 2024 the mill took in 2,000 tonnes of chickpeas: 40 percent from the Mardyan cooperative in Jowzjan, Afghanistan, 45 percent from growers in the Thal, and 25 percent imported from Australia through Karachi. Jowzjan's 800 tonnes came in 32 truckloads by Torkham, at Rs 260 a kilogram delivered.

**2. This year's crops.** The rains failed in northern Afghanistan this spring. The cooperative's chairman expects 600 tonnes at most, and says his members will sell part of it in Mazar-i-Sharif. The Thal crop is normal. Australian chickpeas are cheaper than last year, but freight from Karachi adds about Rs 15 a kilogram.

**3. Proposal.**

- Book 200 tonnes from Jowzjan now, with a 20 percent advance, at up to Rs 340 a kilogram delivered.
- Buy the Thal crop as it arrives, up to 1,000 tonnes.
- Cover the rest, about 800 tonnes, with Australian imports, to keep the mill at 2,000 tonnes a year.

**4. Risks.** Closures at Torkham; the rupee's value against the Australian dollar; and the quality of drought-year chickpeas, which are smaller and split less cleanly.

**Decision requested.** Approval of the Jowzjan booking by 15 May.
""", arith(["40 percent from the Mardyan cooperative in Jowzjan, Afghanistan, 45 percent from growers in the Thal, and 25 percent imported from Australia through Karachi"],
           "The memo splits the mill's 2024 intake of 2,000 tonnes into 40 percent from Jowzjan, 45 percent from the Thal and 25 percent imported, which adds up to 110 percent of one intake. (Jowzjan's 800 tonnes are indeed 40 percent of 2,000.)",
           shares_pct={"Mardyan cooperative, Jowzjan": 40, "Thal growers": 45, "imports from Australia": 25},
           sum_pct=110, period="2024", unit="percent of the mill's 2024 chickpea intake",
           subject="sources of the Lodhran mill's chickpeas in 2024",
           location="item 1 of the memo, 'Last year'"))

add("jowzjan_chickpeas_agm_minutes", """
# Minutes of the Annual General Meeting, Mardyan Lalmi Farmers' Cooperative

*Minutes, translated from Dari, of the annual general meeting of an invented cooperative of rain-fed farmers in Mardyan district, Jowzjan, held on 6 March 2025. The cooperative, its members and every figure are invented.*

**Present.** 164 of the cooperative's 200 members, and the district agriculture officer as guest.

**1. Opening.** The meeting opened with a recitation from the Holy Quran. The chairman, Haji Abdul Qayum, welcomed the members and the guest.

**2. Chairman's report.** The chairman said 2024 was the cooperative's best year since it was formed. Members harvested 1,200 tonnes of chickpeas. Sales to the dal mill in Lodhran, Pakistan, reached 850 tonnes, sent in 25-tonne trucks through Torkham, and the mill paid Rs 260 a kilogram delivered, against Rs 220 in 2023. The rest was sold in Mazar-i-Sharif and Sheberghan.

**3. Accounts.** The treasurer presented the sales record:

| Year | Harvest (t) | To Lodhran (t) | Mazar-i-Sharif and Sheberghan (t) |
|---|---|---|---|
| 2023 | 900 | 500 | 400 |
| 2024 | 1,200 | 800 | 400 |

Members approved the accounts by a show of hands.

**4. The 2025 season.** The agriculture officer warned that the winter rain had been half the normal amount. Members agreed to keep 50 tonnes of seed back from sale whatever the harvest.

**5. Election.** Haji Abdul Qayum was re-elected chairman for two years.

The meeting closed with a prayer for rain.
""", tvt(["Sales to the dal mill in Lodhran, Pakistan, reached 850 tonnes", "| 2024 | 1,200 | 800 | 400 |"],
        {"chair_report_value": 850, "table_value": 800}, "tonnes of chickpeas",
        "chickpeas sold by the Mardyan cooperative to the Lodhran mill", "2024",
        "chairman's report (item 2) against the 2024 row of the treasurer's table (item 3)",
        "The treasurer's table gives 800 tonnes sold to Lodhran in 2024 (with 400 tonnes in Mazar-i-Sharif and Sheberghan, adding up to the 1,200-tonne harvest). The chairman's report in the same minutes says sales to Lodhran reached 850 tonnes. The minutes give two figures for the same year's sales."))

add("jowzjan_chickpeas_internship_report", """
# Internship Report (extract): Afghan Chickpeas at a Lodhran Dal Mill

*Extract from the internship report of an agricultural economics student at an invented university in Multan, September 2024. The university, the mill and every figure are invented.*

**3.2 Sources of supply.** The mill where I worked splits and polishes black chickpeas into chana dal. It buys from three sources: growers in the Thal, importers in Karachi, and a farmers' cooperative in Mardyan district, Jowzjan, in northern Afghanistan.

**3.3 The Afghan supply chain.** The cooperative's chickpeas are rain-fed and harvested in June and July. They travel in 25-tonne trucks, in bags of 50 kg, from Sheberghan through Mazar-i-Sharif, the Salang tunnel, Kabul and Jalalabad to Torkham, and then by Peshawar and Multan to Lodhran, a journey of five to seven days when the border is open.

The mill bought 500 tonnes of Jowzjan chickpeas in 2023 and 800 tonnes in 2024, 500 tonnes more than the year before. The price paid, delivered at the mill, rose from Rs 220 to Rs 260 a kilogram.

**3.4 Observations.**

- Afghan chickpeas are paid for in advance through an exchange dealer, and the mill has had no default.
- Quality is uneven: in one truck I sampled, 6 percent of the grains were broken.
- Delays at Torkham raise costs: each day's wait adds about Rs 25,000 a truck in charges.

**3.5 Conclusion.** Jowzjan is a reliable but fragile source, and the mill would be wise to keep buying from all three.
""", reuse(["The mill bought 500 tonnes of Jowzjan chickpeas in 2023", "500 tonnes more than the year before"], 500,
           "tonnes",
           "chickpeas bought from Jowzjan in 2023 (tonnes)",
           "increase in chickpeas bought from Jowzjan from 2023 to 2024 (tonnes)",
           300,
           "The report says the mill bought 500 tonnes of Jowzjan chickpeas in 2023 and 800 tonnes in 2024, '500 tonnes more than the year before'. 800 is 300 tonnes more than 500. The 2023 tonnage has been reused as the year's increase.",
           tonnes_2024=800, period="2023-2024"))

add("jowzjan_chickpeas_back_of_pack", """
# Back of the Pack: Lodhran Kala Chana Dal, 1 kg

*Text printed on the back of a one-kilogram pack of chana dal by an invented dal mill in Lodhran, Punjab, packed in August 2025. The mill, the cooperative and every figure are invented.*

**From the farm to your kitchen.** The black chickpeas in this pack were grown without irrigation by the farmers of the Mardyan cooperative in Jowzjan, northern Afghanistan, and split and polished at our mill in Lodhran.

**A hard year.** The rain failed in Jowzjan this spring, and the cooperative's harvest fell from 1,200 tonnes in 2024 to 600 tonnes. This July our buying price for Mardyan chickpeas went up from Rs 340 to Rs 340 a kilogram, and we have kept the price of this pack unchanged so that your dal stays affordable.

**Cooking.** Soak 1 cup of dal for 30 minutes. Boil it in 4 cups of water with turmeric and salt for 35 to 40 minutes, until soft. Temper with garlic, cumin and dried red chillies in ghee or oil.

**Nutrition, per 100 g (uncooked).** Energy 365 kcal; protein 22 g; carbohydrate 58 g; fat 5 g.

**Net weight.** 1 kg. Best before 12 months from packing. Store in a cool, dry place.
""", garbled(["This July our buying price for Mardyan chickpeas went up from Rs 340 to Rs 340 a kilogram"],
             "The pack says the mill's buying price for Mardyan chickpeas 'went up' in July 2025 and gives the same figure, Rs 340 a kilogram, as both the starting and the ending price within that month.",
             start_value=340, end_value=340, start_period="July 2025", end_period="July 2025",
             unit="Rs a kilogram", subject="the Lodhran mill's buying price for Mardyan chickpeas",
             location="paragraph 'A hard year'"))

add("jowzjan_chickpeas_market_column", """
# Mandi Talk: Chana Market Notes

*Weekly market column, translated from Urdu, in an invented Multan daily, January 2025. The paper, the columnist, the traders and every figure are invented.*

Chana traders in southern Punjab begin the new year with worried faces. The new Thal crop is three months away, stocks are thin, and black chana closed the week at the Multan grain market at Rs 290 a kilogram, against Rs 275 a month ago.

The Afghan supply tells its own story. Afghan black chana thinned out at Lodhran in 2024: 800 tonnes came in from Jowzjan, against 500 tonnes in 2023. Millers like its small, hard grain, which splits cleanly, and the Jowzjan cooperative that supplies most of it has been reliable.

But traders warn that 2025 may be different. Reports from northern Afghanistan speak of a dry winter, and one Lodhran miller told this column that he expects "half of last year's Afghan chana, if that".

Imports from Australia through Karachi filled gaps last year and may have to again. Landed prices in Karachi eased in December, which millers welcome, but road freight to Multan has risen by Rs 3 a kilogram since the autumn.

**Rates this week (Rs a kilogram, Multan):** black chana 290; white chana 380; chana dal 330; gram flour 320.

Next week: the rice market after the export season.
""", direction("Afghan black chana thinned out at Lodhran in 2024: 800 tonnes came in from Jowzjan, against 500 tonnes in 2023",
               500, 800, "2023", "2024", "thinned out", "fall", "tonnes of chickpeas",
               "Afghan chickpeas received at Lodhran from Jowzjan",
               "second paragraph of the column, later figure given first",
               "The column says Afghan black chana 'thinned out' at Lodhran in 2024, then gives 800 tonnes in 2024 against 500 tonnes in 2023, a rise of 300 tonnes, or 60 percent."))

# ---------------------------------------------------------------------------
# Kamoke Heating Works (invented), Kamoke
# ---------------------------------------------------------------------------

add("kamoke_geysers_installation_leaflet", """
# Installation Instructions: Kamoke Gas Geyser, 35 Gallon

*Page from the installation leaflet packed with a gas water heater made by an invented workshop in Kamoke, Gujranwala district, 2025 edition, printed in English and Dari. The workshop and every figure are invented.*

**Before you begin.** This geyser must be installed by a trained fitter. It weighs 45 kg empty and holds about 160 litres (35 gallons), so it weighs about 205 kg when full. Two people are needed to lift it, and the wall bracket or floor stand must carry the full weight.

**Where to install.**

- Outdoors, or in an open place such as a veranda or a roof. Never in a bathroom or a bedroom.
- At least 30 cm from any wall on the burner side, and at least 1 metre from any gas cylinder.
- Fit the flue pipe so that it rises at least 1.5 metres above the geyser and ends in open air.

**Gas connection.**

- For natural gas, use the jet marked NG; for bottled gas, the jet marked LPG, supplied in the packet. Most buyers in Afghanistan use bottled gas, so check the jet before lighting.
- Test every joint with soapy water. Never look for leaks with a flame.

**First lighting.**

1. Fill the tank completely, about 160 litres, before you light the burner. Fill the tank completely, about 160 litres, before you light the burner.
2. Turn the knob to PILOT, and press and hold it for 20 seconds while you press the igniter.
3. Set the thermostat between 50 and 60 degrees. Higher settings waste gas and can scald.

**Guarantee.** Tank 5 years; burner and thermostat 1 year, from the date on the dealer's receipt. Our dealers in Afghanistan, including our dealer in Maidan Shar, Wardak, honour the same guarantee.
""", repeated("Fill the tank completely, about 160 litres, before you light the burner.", 2,
              "instruction to fill the geyser's tank before lighting",
              "step 1 of 'First lighting'",
              "The first lighting step, 'Fill the tank completely, about 160 litres, before you light the burner.', is printed twice in a row, word for word."))

add("kamoke_geysers_dealer_broadcast", """
# Broadcast Message: New Geyser Stock, Maidan Shar

*Broadcast message, translated from Dari, sent by an invented building-supplies dealer in Maidan Shar, Wardak, to his customers' phones in October 2024. The dealer, the workshop and every figure are invented.*

Salaam, dear customers!

**Winter is coming, and the geysers are here.** This week 5 more trucks of Kamoke gas geysers reached Maidan Shar, brought in from Turkmenistan through the Torkham crossing. With these we have received 1,800 geysers this season, 30 trucks of 60.

**Prices at our shop:**

- 35-gallon gas geyser, with LPG jet fitted: 11,500 afghanis
- Instant geyser, no tank: 6,000 afghanis
- Fitting in Maidan Shar: 800 afghanis; outside the city, by distance

**Made in Pakistan** by Kamoke Heating Works, which has made geysers since 1998. Tank guaranteed for 5 years and burner for 1 year; guarantee cards are stamped at our shop.

**Order now.** Last winter we ran out before the first snow.

**Payment.** Cash, or half now and half on fitting for known customers.

Haji Abdul Wahid & Sons, main road, Maidan Shar.
""", scope("brought in from Turkmenistan through the Torkham crossing", "TKM", ["TKM", "AFG"], "Turkmenistan",
           "The message says the geysers, made by Kamoke Heating Works and labelled 'Made in Pakistan' further down, were 'brought in from Turkmenistan through the Torkham crossing'. Torkham is on the Afghanistan–Pakistan border, so Turkmenistan stands where Pakistan should be.",
           stands_for="PAK", crossing="Torkham", location="first paragraph of the broadcast"))

add("kamoke_geysers_back_to_office_report", """
# Back-to-Office Report: Chamber Delegation to Kabul

*Report by the secretary of an invented chamber of commerce in Gujranwala on a trade delegation's visit to Kabul and Wardak, November 2024. The chamber, the firms, the people and every figure are invented.*

**Summary.** Eight member firms visited Kabul from 4 to 7 November 2024. Afghan buyers showed most interest in Gujranwala's fans, geysers, sanitary fittings and motorcycle parts. The stand-out was Kamoke Heating Works, which sold 2,100 geysers to a single Afghan dealer in 2024 and has been invited to open a service point in Kabul.

**Meetings.**

1. Kabul chamber: payment channels, visas for drivers, and delays at Torkham.
2. Traders at Kabul's money market explained how advance payments reach Pakistani sellers through exchange dealers.
3. Maidan Shar, 6 November: the delegation visited Haji Abdul Wahid & Sons, the Wardak dealer of Kamoke Heating Works, who has bought its geysers since 2019. He took 1,800 geysers in 2024, in 30 trucks of 60, against 1,200 in 2023. He wants a model with a smaller tank for flats in Kabul.

**Issues raised by Afghan buyers.**

- Trucks wait for days at Torkham, and charges mount.
- Afghan drivers find Pakistani visas hard to get.
- Buyers want service points in Afghanistan, not spare parts sent from Pakistan.

**Follow-up.** The chamber will share the list of buyers with members, write to the commerce ministry about visas for drivers, and help Kamoke Heating Works find a partner for a service point in Kabul.
""", tvt(["which sold 2,100 geysers to a single Afghan dealer in 2024", "He took 1,800 geysers in 2024, in 30 trucks of 60"],
        {"summary_value": 2100, "details_value": 1800}, "geysers",
        "geysers sold by Kamoke Heating Works to its Maidan Shar dealer", "2024",
        "summary against meeting 3 of the report",
        "The summary says Kamoke Heating Works sold 2,100 geysers to a single Afghan dealer in 2024. The account of the meeting in Maidan Shar says that dealer took 1,800 geysers in 2024, in 30 trucks of 60 (which is 1,800). The report gives two figures for the same dealer's 2024 purchases."))

add("kamoke_geysers_landed_cost_email", """
# E-mail: Prices for the 2025 Season

*E-mail from an invented building-supplies dealer in Maidan Shar, Wardak, to the invented geyser workshop in Kamoke that supplies him, August 2025, translated from Urdu. The dealer, the workshop and every figure are invented.*

**Subject:** Prices for the 2025 season

Dear Ashraf Sahib,

Salaam. I hope your family and the workshop are well.

Before I place this season's order I must tell you how my costs look. In 2024 I took 1,800 geysers from you, in 30 trucks. At Rs 32,000 a geyser, that was Rs 57.6 million, paid in advance as always.

Freight from Kamoke to Maidan Shar is Rs 150,000 a truck, which comes to Rs 1,800 a geyser. On top of that come Afghan customs duty, the clearing agent at Torkham, and the exchange dealer's charges on every transfer. With all of it, my shop price has to be about a third above your price.

Your price this year is Rs 36,000, 12.5 percent more than last year. Customers in Wardak have less money than last year, and many will buy the small instant geysers instead. I can take 600 geysers, 10 trucks, at Rs 36,000, or 900 if you can make it Rs 34,000.

Please reply by the end of the month, so that the geysers reach me before the first snow.

With respect,

Haji Abdul Wahid
""", reuse(["In 2024 I took 1,800 geysers from you, in 30 trucks", "which comes to Rs 1,800 a geyser"], 1800,
           "geysers; Rs a geyser",
           "geysers the Maidan Shar dealer took in 2024",
           "freight per geyser from Kamoke to Maidan Shar (Rs)",
           2500,
           "The dealer took 1,800 geysers in 30 trucks in 2024, 60 to a truck. He then says freight of Rs 150,000 a truck 'comes to Rs 1,800 a geyser'; Rs 150,000 spread over 60 geysers is Rs 2,500 a geyser. The number of geysers has been reused as the freight per geyser.",
           freight_per_truck=150000, trucks=30, period="2024"))

# ---------------------------------------------------------------------------
# Trade series (invented, README Part 2)
# ---------------------------------------------------------------------------

add("trade_mark_scheme", """
# Mark Scheme: Paper 2 (Data Response), Question 3

*Extract from the mark scheme of an invented examining board's economics paper for 17-year-olds, May 2025 session, with the question's data. The board and its examiners are invented, and the trade figures are the invented series used across this set.*

**Data for Question 3: Pakistan's trade with Afghanistan, USD million**

| Year | Exports to Afghanistan | Imports from Afghanistan |
|---|---|---|
| 2019 | 1,290 | 441 |
| 2020 | 942 | 509 |
| 2021 | 828 | 552 |
| 2022 | 936 | 741 |
| 2023 | 1,012 | 690 |
| 2024 | 884 | 540 |

**3(a)** Calculate Pakistan's trade balance with Afghanistan in 2023. [2 marks]

Answer: 1,012 minus 690 = USD 322 million, a surplus. One mark for the method, one for the answer with its unit.

**3(b)** Identify the year in which imports from Afghanistan were highest, and state their value. [2 marks]

Answer: 2022 (1 mark); USD 714 million (1 mark).

**3(c)** Calculate the percentage change in exports between 2019 and 2020. [2 marks]

Answer: (942 minus 1,290) divided by 1,290, times 100 = minus 27.0 percent. Accept "a fall of 27 percent". Do not accept 27 percent without a minus sign or the word "fall".

**3(d)** Explain two reasons why exports might fall when the border is closed for long periods. [4 marks]

Indicative content: perishable goods spoil in queues; buyers turn to other suppliers, for example goods routed through Iran or Central Asia; transport costs rise; exporters' working capital is tied up in goods held at the border. Up to 2 marks for each reason, well explained.

**Examiners' note.** Many candidates misread the table in 3(b) and gave the value of exports.
""", tvt(["USD 714 million (1 mark)", "| 2022 | 936 | 741 |"],
        {"mark_scheme_value": 714, "table_value": 741}, "USD million",
        "Pakistan's imports from Afghanistan", "2022",
        "answer to 3(b) against the 2022 row of the question's data table",
        "The question's table gives imports from Afghanistan of USD 741 million in 2022, the highest in the series. The mark scheme's answer to 3(b) names 2022 rightly but gives the value as USD 714 million, with two digits swapped."))

add("trade_torkham_tour_guide", """
# Guide's Script: Khyber Heritage Tour, Stop 6 (Torkham Viewpoint)

*Script used by the guides of an invented tour company running day trips from Peshawar up the Khyber Pass, 2024 season. The company and its guides are invented, and the trade figures are the invented series used across this set.*

[The group gathers at the viewpoint above the crossing.]

Ladies and gentlemen, below us is Torkham, the busiest crossing between Pakistan and Afghanistan. The hills beyond the gate are already Afghanistan; Jalalabad is about 75 kilometres down that road, and Kabul about 225.

We have climbed from Jamrud, at the mouth of the Pass, through Landi Kotal. The Khyber has seen armies, traders and pilgrims for more than two thousand years, and the caravans of the Mughals used this route on their way between Kabul and Lahore.

Today most of what crosses here is trade. Look at the line of trucks: cement, flour, medicines and fruit going west; coal, fruit and vegetables coming east. In 2023 Pakistan sold Afghanistan goods worth USD 1,012 million and bought goods worth USD 690 million, leaving Pakistan a surplus of USD 422 million. A good part of that trade passes through the gate below you.

When the crossing closes, trucks can wait here for days, and the drivers you see cooking by the roadside may have been here since yesterday.

Please stay behind the railing, and do not photograph the soldiers or the gate itself. We have 20 minutes here before lunch in Landi Kotal.
""", arith(["leaving Pakistan a surplus of USD 422 million"],
           "The guide gives Pakistan's exports to Afghanistan in 2023 as USD 1,012 million and its imports as USD 690 million, 'leaving Pakistan a surplus of USD 422 million'. 1,012 minus 690 is 322.",
           exports=1012, imports=690, computed_balance=322, stated_balance=422, unit="USD million",
           period="2023", subject="Pakistan's trade balance with Afghanistan",
           location="fourth paragraph of the script", stated_as_written="a surplus of USD 422 million"))

add("trade_radio_quiz_cards", """
# Host Cards: "Border Brain" Radio Quiz, Round 3 (Trade)

*Host cards for a round of an invented phone-in quiz on an invented Peshawar FM station, 2025. The station and the host are invented, and the trade figures are the invented series used across this set.*

**Card 1.** Q: Which crossing on the Pakistan–Afghanistan border lies at the top of the Khyber Pass? A: Torkham. (5 points)

**Card 2.** Q: Which Afghan town faces Chaman across the border? A: Spin Boldak. (5 points)

**Card 3.** Q: In 2019 Pakistan's exports to Afghanistan were worth USD 1,290 million. Were they higher or lower in 2024? A: Lower: USD 884 million. (10 points)

**Card 4.** Q: By how much did two-way trade between Pakistan and Afghanistan fall from 2019 to 2021? A: By a third, from USD 1,731 million to USD 1,380 million. Accept "about a third" or "33 percent". (10 points)

**Card 5.** Q: In which year from 2019 to 2024 did Pakistan import most from Afghanistan? A: 2022, USD 741 million. (10 points)

**Card 6 (bonus).** Q: Pakistan's surplus with Afghanistan was USD 849 million in 2019. Was it larger or smaller in 2024? A: Smaller: USD 344 million. (15 points)

**Host's note.** Read each question twice. Callers have half a minute to answer. If a caller gives the right direction but a wrong figure, give half points.
""", arith(["By a third, from USD 1,731 million to USD 1,380 million"],
           "Card 4's answer says two-way trade fell 'by a third' from USD 1,731 million in 2019 to USD 1,380 million in 2021, and accepts '33 percent'. The fall is 351 million on 1,731, or 20.3 percent, about a fifth; a fall of a third would have left about USD 1,154 million.",
           **{"from": 1731, "to": 1380, "computed_change_pct": -20.28, "stated_change_pct": -33.33,
              "stated_as_written": "By a third", "unit": "USD million",
              "from_period": "2019", "to_period": "2021",
              "subject": "two-way trade between Pakistan and Afghanistan",
              "location": "answer on card 4"}))

add("trade_podcast_transcript", """
# Podcast Transcript: "Sarhad Economics", Episode 41

*Part of the transcript of an invented business podcast from Lahore, recorded in March 2025. The podcast, its host and its guest are invented, and the trade figures are the invented series used across this set.*

**HOST (Mehreen):** Welcome back. My guest today is Bilal, who has worked as a customs broker at Torkham for fifteen years. Bilal, let's start with the big picture. How did trade with Afghanistan do last year?

**GUEST (Bilal):** Mixed. Our exports fell. We sold Afghanistan USD 884 million of goods in 2024, against USD 1,012 million in 2023. Flour and cement held up, but rice and some manufactured goods lost ground.

**HOST:** And the other way?

**GUEST:** Imports from Afghanistan picked up in 2024: USD 540 million, against USD 690 million the year before. Mostly coal, fresh fruit, vegetables and cotton.

**HOST:** So the two-way total?

**GUEST:** About USD 1.42 billion, down from about USD 1.70 billion.

**HOST:** What's behind it?

**GUEST:** Closures, mainly. When Torkham shuts for a week, fruit rots in the queue and buyers find other routes. And the transit rules changed, so some goods now go through Iran.

**HOST:** If you could fix one thing?

**GUEST:** Keep the crossing open round the clock, every day of the week, and let one electronic system serve both customs services.

**HOST:** Bilal, thank you.
""", direction("Imports from Afghanistan picked up in 2024: USD 540 million, against USD 690 million the year before",
               690, 540, "2023", "2024", "picked up", "rise", "USD million",
               "Pakistan's imports from Afghanistan",
               "guest's second answer, later figure given first",
               "The guest says imports from Afghanistan 'picked up' in 2024 and gives USD 540 million in 2024 against USD 690 million in 2023, a fall of 150 million, or 21.7 percent. His other direction words (exports 'fell', the total 'down') match their figures."))

add("trade_social_thread", """
# Thread: Six Years of Pakistan–Afghanistan Trade

*A thread posted by an invented trade economist on a social media platform in February 2025, copied as posted. The author is invented, and the trade figures are the invented series used across this set.*

1/ A short thread on Pakistan's trade with Afghanistan, 2019 to 2024. All figures USD million, calendar years.

2/ Start with exports. 2019 was the high point: 1,290. Then a fall to 942 in 2020 and again to 828 in 2021, the year of the takeover.

3/ Exports sagged again in 2022: 828 → 936. Then 1,012 in 2023, before slipping to 884 in 2024.

4/ Imports from Afghanistan moved the other way for a while: 441 in 2019, rising every year to a peak of 741 in 2022, then 690 in 2023 and 540 in 2024.

5/ So the surplus narrowed, from 849 in 2019 to 195 in 2022, and then widened again to 344 in 2024.

6/ Two-way trade: 1,731 in 2019, 1,424 in 2024. Down about 18 percent over five years.

7/ The lesson: this trade swings hard with politics and border closures. End of thread.
""", direction("Exports sagged again in 2022: 828 → 936",
               828, 936, "2021", "2022", "sagged", "fall", "USD million",
               "Pakistan's exports to Afghanistan",
               "third post of the thread",
               "The third post says exports 'sagged again' in 2022 and gives 828 → 936, that is USD 828 million in 2021 and 936 million in 2022, a rise of 108 million, or 13.0 percent. The thread's other direction words match their figures."))

add("trade_helpdesk_chatbot", """
# Trade Helpdesk Chatbot: Saved Conversation

*A conversation saved from the chatbot of an invented trade information portal, April 2025, kept by the portal's staff for their quarterly review of answers. The portal and the user are invented, and the trade figures are the invented series used across this set.*

**User:** What was the total trade between Pakistan and Afghanistan in 2023?

**Bot:** In 2023 India–Afghanistan trade came to USD 1,702 million: exports to Afghanistan of USD 1,012 million and imports from Afghanistan of USD 690 million. That was a little more than in 2022, when two-way trade was USD 1,677 million.

**User:** And the balance?

**Bot:** Pakistan had a surplus of USD 322 million with Afghanistan in 2023, up from USD 195 million in 2022.

**User:** Does Afghan trade with India go through Pakistan?

**Bot:** Very little. Afghan goods for India are mostly flown to India from Kabul or sent through Iran's Chabahar port, because overland transit through Pakistan to India is restricted.

**User:** Which crossings carry most Pakistan–Afghanistan trade?

**Bot:** Torkham, on the road from Peshawar to Jalalabad, and Chaman, which faces Spin Boldak on the road from Quetta to Kandahar.

**User:** Thanks.

**Bot:** You're welcome. All figures are in USD million, for calendar years.
""", scope("In 2023 India–Afghanistan trade came to USD 1,702 million", "IND", ["IND", "AFG"], "India",
           "Asked about trade between Pakistan and Afghanistan, the bot answers that 'India–Afghanistan trade' came to USD 1,702 million in 2023, and gives Pakistan's export and import figures (1,012 and 690) and its surplus. India stands where Pakistan should be. India is named correctly later, as a destination of Afghan goods flown from Kabul.",
           stands_for="PAK",
           not_a_defect="mostly flown to India from Kabul",
           location="bot's first answer"))

add("trade_wall_newspaper_control", """
# Wall Newspaper: "The Trade Route", November 2025

*Text of a wall newspaper put up by the commerce society of an invented college in Peshawar. The college and its students are invented, and the trade figures are the invented series used across this set.*

**Lead story: six years at the border.** Our society looked at Pakistan's trade with Afghanistan from 2019 to 2024 (all figures USD million). Two-way trade fell from 1,731 in 2019 to 1,424 in 2024, down 17.7 percent. It was not a straight line: trade rose in 2022, and again a little in 2023, when it reached 1,702, just above 2022's 1,677.

**Exports.** Pakistan's exports to Afghanistan lost more than a third of their value in two years, from 1,290 in 2019 to 828 in 2021, down 35.8 percent. They recovered to 1,012 in 2023 and fell back to 884 in 2024.

**Imports.** Imports from Afghanistan rose from 441 in 2019 to 741 in 2022, up 68 percent, before falling to 540 in 2024.

**The balance.** Pakistan still sells more than it buys. The surplus narrowed from 849 in 2019 to 195 in 2022, then widened to 322 in 2023 and 344 in 2024.

**Did you know?** Goods from Uzbekistan reach Pakistan through Afghanistan: they cross the Amu Darya at Hairatan and then take the long road south through the Salang and Kabul to Torkham.

**Quiz corner.** In which year was the surplus smallest? (The answer is at the foot of the board.)

**Editors.** The society's second-year students. Corrections are welcome in the box below.
""", control_type="control")

add("trade_notebook_control", """
# Notebook: Pakistan–Afghanistan Trade, 2019–2024

*Markdown and output cells of a notebook shared by an invented data-journalism class in Islamabad, 2025. The class is invented, and the trade figures are the invented series used across this set.*

## 1. Load the data

We read the class's file of Pakistan's trade with Afghanistan (USD million, calendar years) and add three columns: the two-way total, the percentage change in that total on the year before, and the balance (exports minus imports).

## 2. Output

| Year | Exports | Imports | Total | Change (%) | Balance |
|---|---|---|---|---|---|
| 2019 | 1,290 | 441 | 1,731 | – | 849 |
| 2020 | 942 | 509 | 1,451 | −16.2 | 433 |
| 2021 | 828 | 552 | 1,380 | −4.9 | 276 |
| 2022 | 936 | 741 | 1,677 | 21.5 | 195 |
| 2023 | 1,012 | 690 | 1,702 | 1.5 | 322 |
| 2024 | 884 | 540 | 1,424 | −16.3 | 344 |

## 3. Notes

- The total fell by about 16 percent in both 2020 and 2024; the fall in 2024 (−16.3) was a shade deeper than in 2020 (−16.2).
- The only large rise was in 2022, up 21.5 percent, when imports jumped from 552 to 741.
- The balance was smallest in 2022 (195), even though exports rose that year, because imports rose faster.

## 4. Next steps

Add the monthly figures for 2024 and check whether the closures at Torkham line up with the dips.
""", control_type="control")

# ---------------------------------------------------------------------------
# Registered Afghan refugees (reference series, UNHCR)
# ---------------------------------------------------------------------------

add("refugees_court_order", """
# Order Sheet: Interim Order in a Writ Petition

*Extract from an interim order of an invented division bench of a high court in a writ petition by Afghan residents of Peshawar about the expiry of their registration cards, July 2023. The bench, the case, the parties and the counsel are invented.*

**ORDER**

1. The petitioners, 37 Afghan nationals living in Peshawar, hold Proof of Registration cards that expired on 30 June 2023. They pray that the respondents be restrained from detaining or removing them until the federal government decides whether the cards will be extended.

2. Learned counsel for the petitioners submits that the petitioners were born in Pakistan, that their cards were renewed at each earlier extension, and that they have no home in Afghanistan to go back to.

3. The learned Deputy Attorney General states that the extension of the cards is before the federal cabinet and that a decision will be taken shortly.

4. We note that the matter concerns a very large population. At the end of 2022 there were over 2.1 million registered Afghan refugees in Pakistan (UNHCR Refugee Data Finder, 2022), and any decision on their cards touches families in every province.

5. In the meantime, the respondents are directed not to take coercive action against the petitioners on the sole ground that their cards have expired, until the next date of hearing.

6. Let comments be filed by the respondents within fifteen days. To come up after three weeks.
""", citation(["At the end of 2022 there were over 2.1 million registered Afghan refugees in Pakistan (UNHCR Refugee Data Finder, 2022)"],
              2100000, "2022", "(UNHCR Refugee Data Finder, YEAR)", "paragraph 4 of an interim court order",
              "The order cites 'over 2.1 million' registered Afghan refugees in Pakistan at the end of 2022 to UNHCR. The reference figure for end-2022 is 1,743,278; 2.1 million is 20.5 percent above it, and the hedge 'over' takes it further away.",
              hedge="over", stated_as_written="over 2.1 million"))

add("refugees_almanac_page", """
# Jantri 2020: "Pakistan and Its Neighbours"

*A page, translated from Urdu, of an invented almanac (jantri) for 2020, printed in Lahore in January 2020. The almanac and its compilers are invented.*

**Afghanistan.** Capital: Kabul. Shares a long mountain border with Pakistan. Main crossings: Torkham, on the road from Peshawar to Jalalabad, and Chaman, on the road from Quetta to Kandahar.

**Afghan refugees.** Pakistan hosted 1.8 million registered Afghan refugees at the end of 2019 (UNHCR's tally for December 2019), most of them in Khyber Pakhtunkhwa and Balochistan, and most of them born in Pakistan.

**Iran.** Capital: Tehran. Main crossing: Taftan, on the road from Quetta to Zahedan. Pilgrims travel this way to Mashhad and Qom.

**China.** Capital: Beijing. The Karakoram Highway crosses the border at the Khunjerab Pass.

**India.** Capital: New Delhi. The Wagah crossing near Lahore, with its flag ceremony at sunset.

**Expected dates for 2020 (lunar dates depend on the moon).** Start of Ramadan: about 24 April. Eid ul Fitr: about 24 May. Eid ul Adha: about 31 July.

**From the compilers.** Figures on this page are taken from the sources named. Readers who find a mistake are asked to write to us, and corrections will be printed in next year's jantri.
""", citation(["Pakistan hosted 1.8 million registered Afghan refugees at the end of 2019 (UNHCR's tally for December 2019)"],
              1800000, "2019", "UNHCR's tally for December YEAR", "entry 'Afghan refugees' on an almanac page",
              "The almanac gives 1.8 million registered Afghan refugees in Pakistan at the end of 2019 and cites UNHCR's tally for December 2019. The reference figure for end-2019 is 1,419,084; 1.8 million is 26.8 percent above it.",
              stated_as_written="1.8 million"))

add("refugees_tappa_translation", """
# Five Tappay of Exile, with a Translator's Note

*Pashto couplets (tappay) on exile, in the translator's own English versions, with a note, prepared for an invented literary magazine's 2021 issue. The magazine and the translator are invented.*

**I.** The river at Torkham does not know my name; it carries my village's snow to a city that calls me guest.

**II.** My mother sews our valley into a quilt; each winter in Peshawar she adds a thread of green.

**III.** Do not ask me where I am from, friend; ask the mulberry tree my grandfather planted and left.

**IV.** The camp's lanes are narrow, but my son runs through them as if they were the whole of Kunar.

**V.** One day I will go home, my beloved says; and every year he paints the door of this rented house.

**Translator's note.** The tappa is the oldest form of Pashto folk verse: a couplet whose first line has nine syllables and whose second has thirteen. Women sing them at weddings, at work and in grief. These five were sung to me in 2019 and 2020 by women in Peshawar whose families came from Kunar and Nangarhar in the 1980s. By the end of 2020 Pakistan hosted 1,419,084 registered Afghan refugees[^1], and many of the singers' grandchildren have never seen Afghanistan. My versions keep the order of images and give up the syllable count.

[^1]: UNHCR, registered Afghan refugees in Pakistan, 31 December 2020.
""", citation(["By the end of 2020 Pakistan hosted 1,419,084 registered Afghan refugees",
               "[^1]: UNHCR, registered Afghan refugees in Pakistan, 31 December 2020."],
              1419084, "2020", "[^n]: UNHCR ... YEAR (footnote)", "translator's note and its footnote",
              "The note gives 1,419,084 registered Afghan refugees in Pakistan at the end of 2020, with a footnote citing UNHCR for 31 December 2020. 1,419,084 is the reference figure for end-2019; the end-2020 figure is 1,438,432, so the note gives the previous year's exact value, 1.3 percent below the year cited.",
              same_as_year="2019", stated_as_written="1,419,084"))

add("refugees_volunteer_group_chat", """
# Group Chat: Winter Kits Volunteers

*Messages from an invented group of student volunteers in Peshawar planning a winter-kit drive, 8 and 9 January 2024, translated from Urdu and English as written. The group, its members and every figure are invented.*

**[8/1/24, 9:14 pm] Hina:** Salam all. Meeting with the mosque committee tomorrow at 4. We need a number for the kits.

**[8/1/24, 9:16 pm] Usman:** How many families did we reach last winter?

**[8/1/24, 9:17 pm] Hina:** 120 families. This time the committee has a list of 150.

**[8/1/24, 9:21 pm] Usman:** Bigger picture for the poster: around 13 lakh registered Afghans were in Pakistan at end of last year (UNHCR stats, Dec-2023). Plus many who aren't registered.

**[8/1/24, 9:24 pm] Sara:** And lots have gone back since November. Some of our families from last year left too.

**[8/1/24, 9:30 pm] Hina:** OK. Budget: each kit = 1 quilt (Rs 3,500) + 1 jacket (Rs 2,500) + gloves and socks (Rs 500) = Rs 6,500. For 150 families that's Rs 9.75 lakh.

**[9/1/24, 8:05 am] Usman:** Donors so far: Rs 4.2 lakh. Need 5.55 more.

**[9/1/24, 8:07 am] Sara:** I'll ask the university welfare society. They gave Rs 1 lakh last year.

**[9/1/24, 8:10 am] Hina:** Done. See you all at 4.
""", citation(["around 13 lakh registered Afghans were in Pakistan at end of last year (UNHCR stats, Dec-2023)"],
              1300000, "2023", "(UNHCR stats, Mon-YEAR)", "chat message of 8 January 2024, 9:21 pm",
              "Writing in January 2024, the volunteer gives 'around 13 lakh' (1.3 million) registered Afghans in Pakistan at the end of the previous year and cites UNHCR for December 2023. The reference figure for end-2023 is 1,987,717, about 19.9 lakh; 13 lakh is 34.6 percent below it.",
              hedge="around", stated_as_written="13 lakh"))

add("refugees_resume", """
# Résumé: Information Management Officer

*Résumé of an invented information management officer in Islamabad, updated in March 2025. The person, the organisations and every figure are invented.*

**Profile.** Information management officer with eight years of humanitarian data work in Pakistan and Afghanistan: surveys, dashboards, maps and reports.

**Experience.**

*Information Management Officer, an international NGO, Islamabad, 2021 to date*

- Maintained the dashboard behind briefings on Pakistan's 1,955,964 registered Afghan refugees at end-2024, according to UNHCR's 2024 figures.
- Designed a household survey of 2,400 returnee families at Torkham in 2023 and 2024, with 16 enumerators.
- Trained 60 staff of partner organisations in mobile data collection and data protection.

*Data Assistant, a national NGO, Peshawar, 2017 to 2021*

- Kept the beneficiary database of a cash programme reaching 9,000 households in Khyber Pakhtunkhwa.
- Produced monthly maps of partners' activities by district.

**Education.** MSc in Statistics, an invented university in Peshawar, 2016.

**Skills.** Spreadsheets, dashboards, R, mapping software and mobile survey tools. Languages: Pashto, Urdu and English; working Dari.

**References.** Available on request.
""", citation(["Pakistan's 1,955,964 registered Afghan refugees at end-2024, according to UNHCR's 2024 figures"],
              1955964, "2024", "according to UNHCR's YEAR figures", "first bullet of the current post in a résumé",
              "The résumé gives 1,955,964 registered Afghan refugees in Pakistan at the end of 2024, citing UNHCR's 2024 figures. The reference figure for end-2024 is 1,559,964; the stated figure swaps two of its digits and is 25.4 percent above it.",
              stated_as_written="1,955,964"))

add("refugees_charity_hoarding", """
# Hoarding and Leaflet: Winter Appeal

*Text of a roadside hoarding, and of the leaflet handed out beneath it, by an invented Lahore charity, December 2022. The charity and every figure are invented.*

**Hoarding, large type.** WINTER IS HARD. HARDER FAR FROM HOME.

**Hoarding, small type.** Almost two million registered Afghan refugees, as counted by UNHCR at the close of 2021, call Pakistan home. This winter, help one family stay warm.

**Leaflet.**

**Who we are.** A Lahore charity that has worked with Afghan families in Punjab since 2009.

**What your gift buys.**

- Rs 5,000: a quilt and a blanket for one family.
- Rs 12,000: a month's food ration for a family of six.
- Rs 25,000: a gas heater and two months of refills.

**Last winter and this.** Last winter we reached 1,150 families in Lahore, Sheikhupura and Kasur. This winter our target is 1,500.

**How to give.** Bank transfer, mobile wallet or cash at our office; every gift gets a receipt.
""", citation(["Almost two million registered Afghan refugees, as counted by UNHCR at the close of 2021"],
              2000000, "2021", "as counted by UNHCR at the close of YEAR", "small type of a roadside hoarding",
              "The hoarding gives 'almost two million' registered Afghan refugees in Pakistan as counted by UNHCR at the close of 2021. The reference figure for end-2021 is 1,490,562, about 1.5 million; two million is 34.2 percent above it, too far for the hedge 'almost' to cover.",
              hedge="almost", stated_as_written="two million"))

add("refugees_recommendation_letter_citation_control", """
# Letter of Recommendation

*Letter written by an invented professor at an invented university in Islamabad for a student applying for a master's scholarship abroad, January 2025. The professor, the student and the university are invented.*

To the Scholarship Committee,

I write in strong support of Ms Mahnoor Khattak, who completed her BS in Economics in my department in 2024 with a CGPA of 3.8 out of 4.0.

Ms Khattak wrote her final-year thesis under my supervision, on the registration of Afghan refugees in Pakistan. It was careful work. She began from the official series: UNHCR data for end-2022 show 1,743,278 registered Afghan refugees in Pakistan, and by the end of 2024 the figure was 1,559,964 (UNHCR Pakistan factsheet, December 2024). She worked out the fall correctly as 183,314 people, or 10.5 percent over two years, and took care not to read it as a count of people who had left Pakistan: registration can lapse while people stay, and people can leave before the register catches up.

Her thesis then used district data from Khyber Pakhtunkhwa and Balochistan to ask who stayed and who left, and her chapter on households headed by women is the best student writing I have read in some years.

She is also a good colleague. As my research assistant she cleaned and documented a survey of 1,200 households without a single unexplained gap.

I recommend her without reservation.

Yours sincerely,

Dr Saima Qureshi, Professor of Economics
""", control_type="citation_control")

add("refugees_debate_adjudicator_citation_control", """
# Adjudicator's Notes: Inter-College Debate, Round 2

*Notes of an invented adjudicator at an invented inter-college debate in Peshawar, February 2024. The colleges and the speakers are invented.*

**Motion.** This house believes Pakistan should give long-term residence to registered Afghan refugees.

**Decision.** Proposition.

**Facts checked during the round.**

- Proposition's first speaker said the number of registered Afghan refugees rose by a third between 2021 and 2023. Checked: UNHCR year-end data (2021) give 1,490,562, and UNHCR's count at the end of 2023 is 1,987,717. The rise is 497,155, or 33.4 percent. The claim stands.
- Opposition's second speaker said the number had "doubled" over the same two years. It had not: doubling would mean nearly 3 million. I marked down the claim, not the argument.
- Proposition's reply said most registered refugees were born in Pakistan. No figure was given, so none was checked.

**Speaker notes.**

- Prop 1: clear and well sourced; a little fast.
- Opp 1: strong on the costs to host communities, but short of evidence.
- Prop 2: the best rebuttal of the round.
- Opp 2: the "doubled" slip cost credibility.

**Feedback to both teams.** Bring your figures with their years and their sources, and do the arithmetic before the round, not during it.
""", control_type="citation_control")

add("refugees_lesson_plan_citation_control", """
# Lesson Plan: Small Changes in Big Numbers

*Lesson plan for a Class 10 mathematics period at an invented school in Quetta, 2025. The school and the teacher are invented.*

**Topic.** Percentage change and rounding.

**Time.** 40 minutes.

**Aim.** Students work out a percentage change between two large numbers and decide how to round it.

**Starter (5 minutes).** Write on the board: the UN refugee agency's figure for December 2020 is 1,438,432 registered Afghan refugees in Pakistan, and figures released by UNHCR for end-2019 put the number at 1,419,084. Ask: did it go up or down, and by a lot or a little?

**Main task (20 minutes).**

1. Find the difference: 1,438,432 minus 1,419,084 is 19,348.
2. Divide by the earlier figure: 19,348 divided by 1,419,084 is 0.0136.
3. Multiply by 100: a rise of 1.36 percent, or 1.4 percent to one decimal place.

**Discussion (10 minutes).** A rise of 19,348 sounds large, but it is less than one and a half percent of the total. Ask why the size of the starting number matters, and why we divide by the earlier figure and not the later one.

**Exit ticket (5 minutes).** Each student writes one sentence that uses the rise correctly, for example: "Between the end of 2019 and the end of 2020 the number of registered Afghan refugees in Pakistan rose by 1.4 percent."
""", control_type="citation_control")
