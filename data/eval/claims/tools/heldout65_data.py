# Sixty-fifth held-out set of synthetic documents ("heldout65").  Written from
# scratch after heldout64/, by a labeller session that had not opened dyad's
# implementation or history and had not seen any of its results.
# Every entry: name (topic slug, numbered later by build_heldout65.py), text,
# labels (list of defect dicts), control_type for controls.
# New registers: a poultry-feed mill at Dera Ismail Khan that sold broiler feed
# to a poultry-supplies dealer in Khost through Ghulam Khan; a steel re-rolling
# mill at Taxila that sold deformed bars to a steel dealer in Kabul; a nappy
# maker at the Nooriabad Industrial Estate, Jamshoro district, that sold to a
# distributor in Kandahar through Chaman; an onion grower and trader at
# Gereshk (Nahr-e Saraj), Helmand, who sold through a commission agent in
# Quetta and to Karachi; a goatskin dealer in Ghazni who sold salted skins to a
# glove-leather tannery at Sambrial, Sialkot district; a carved-furniture
# workshop at Chiniot that sold bedroom and sofa sets to a showroom in Kabul;
# and macro documents on the trade series, the crossings, connectivity and the
# register.
#
# Invented figures shared with earlier sets: annual trade series (README:
# exports 1,290 / 942 / 828 / 936 / 1,012 / 884 and imports 441 / 509 / 552 /
# 741 / 690 / 540 for 2019-2024, balances 849 / 433 / 276 / 195 / 322 / 344,
# totals 1,731 / 1,451 / 1,380 / 1,677 / 1,702 / 1,424); reference refugee
# series (1,419,084 / 1,438,432 / 1,490,562 / 1,743,278 / 1,987,717 /
# 1,559,964 for 2019-2024).
#
# New invented figures, consistent with the above:
#   Damaan Feeds (Pvt) Ltd, Bannu Road, Dera Ismail Khan (invented), begun
#     2009 by Malik Tariq Kundi; 90 staff; Line 1 and, from March 2025, Line 2
#     (guarantee 7.5 t an hour; test 10-12 March 2025: 148 / 168 / 184 t in
#     20 / 22 / 23 hours, 500 t in 65 hours); bags of 50 kg, trucks of 24 t
#     (480 bags); output 2023 24,000 t, 2024 30,000 t, 2025 27,000 t; to Haji
#     Sher Zaman Poultry Supplies, Khost (since 2018) 4,800 (200 trucks) /
#     7,200 (300 trucks) / 5,400 t (225 trucks), at home 19,200 / 22,800 /
#     21,600 t; Rs 6,000 a bag in 2024, Rs 5,750 in 2025; route Bannu,
#     Miranshah, Ghulam Khan, Khost.  Finisher formula per tonne: maize 600,
#     soybean meal 200, canola meal 80, rice polish 60, oil 30, limestone and
#     phosphate 22, salt, premix and enzymes 8 (1,000 kg).
#   Sirsukh Steel Re-Rolling Mills (Pvt) Ltd, Taxila (invented), begun 1994;
#     260 staff (248 at end-2025); Grade 60 deformed bars 10-25 mm; rated
#     capacity 90,000 t a year; output 2023 60,000 t, 2024 72,000 t, 2025
#     66,000 t; to Haji Faqir Mohammad Steel Traders, Kabul (since 2016) 6,000
#     (200 trucks) / 9,000 (300 trucks) / 4,500 t (150 trucks), trucks of 30 t
#     in 15 bundles of 2 t; at home 54,000 / 63,000 / 61,500 t; ex-mill price
#     Rs 270,000 / 250,000 / 240,000 a tonne; revenue 2024 Rs 18.0 billion,
#     2025 Rs 15.84 billion.  A Kabul contractor's shop-and-office block in
#     Shakar Dara: steel 180 t in the contract, 240 t after Variation Order 3.
#   Nooriabad Hygiene Products (Pvt) Ltd, Nooriabad Industrial Estate,
#     Jamshoro district (invented), begun 2015; 140 staff; Line 1 350 and Line 2
#     (2024) 450 nappies a minute; Medium pack 40, carton of 6 packs (240),
#     truck of 1,250 cartons (300,000); output 2023 120, 2024 150, 2025 165
#     million; to Haji Baz Mohammad & Brothers, Kandahar (since 2019) 18 / 27 /
#     24 million (60 / 90 / 80 trucks); by quarter 2024 6.0 / 6.0 / 7.5 / 7.5,
#     2025 6.0 in each; at home 102 / 123 / 141 million; Rs 1,200 (2024) and
#     Rs 1,320 (2025) a Medium pack; route Karachi, Hub, Khuzdar, Kalat,
#     Quetta, Chaman, about 990 km.
#   Haji Nazar Gul & Sons, Gereshk, Helmand (invented), onion growers and
#     traders; handled 2023 6,000 t, 2024 4,800 t, 2025 7,200 t; to Haji Abdul
#     Sattar, commission agent, Quetta 2,400 / 1,600 / 3,000 t, to Karachi
#     1,200 / 800 / 1,800 t, in Afghanistan 2,400 t each year; bags of 50 kg,
#     trucks of 25 t (500 bags); Quetta price Rs 120 / 160 / about 90 a kg;
#     Quetta 2025 by month: July 650 t (26 trucks, Rs 110), August 950 (38,
#     Rs 98), September 900 (36, Rs 80), October 500 (20, Rs 78), gross Rs
#     275.6 million; commission 6 percent, labour Rs 22 a bag; September
#     payments Rs 15.0, 18.5, 12.0 and 16.5 million.
#   Haji Abdul Ghafoor & Brothers, Ghazni (invented), skin dealers; skins
#     bought 2023 180,000, 2024 240,000, 2025 210,000; to Sambrial Glove
#     Leather (Pvt) Ltd, Sambrial (invented; begun 2002, 180 staff, 600,000
#     skins in 2024) 120,000 / 150,000 / 105,000 (24 / 30 / 21 trucks of 100
#     bales of 50 skins), to Kabul and Herat tanneries 60,000 / 90,000 /
#     105,000; Rs 900 / 750 / 800 a skin at Sambrial.
#   Ustad Ghulam Rasool & Sons, Chiniot (invented), begun 1978, run since 2012
#     by Muhammad Usman; 45 craftsmen; bedroom and sofa sets 2023 600, 2024
#     720, 2025 660; to Zarnegar Furniture, Kabul (since 2018) 120 / 180 / 90
#     (8 / 12 / 6 trucks of 15 sets), at home 480 / 540 / 570; average price
#     Rs 380,000 / 400,000 / 440,000 a set; about 40 cubic feet of sawn
#     sheesham a set, at Rs 4,000 a cubic foot.
#   Macro documents: the ministries' answers, newspapers, companies,
#     chambers, universities, NGOs and people are invented and kept
#     consistent within each document.

HELDOUT65 = []
from heldout_labels import (  # noqa: F401
    PAIR, REFS, adder, arith, change_pct, citation, direction, garbled, line_of, parts_total, pdf_lines, scope, tvt,
    repeated, reuse,
)

add = adder(HELDOUT65)

# ---------------------------------------------------------------------------
# Damaan Feeds (invented), poultry-feed mill, Dera Ismail Khan
# ---------------------------------------------------------------------------

add("dikhan_feed_pellet_line_commissioning", """
# Commissioning Report: Pellet Line 2

*Report by the project engineer of an invented feed mill in Dera Ismail Khan to its managing director, March 2025. The mill, the supplier and every figure are invented.*

**Plant.** Damaan Feeds (Pvt) Ltd, Bannu Road, Dera Ismail Khan. Line 2 comprises a hammer mill, a mixer of two tonnes a batch, a conditioner, a pellet press with a 4 mm die, a cooler and a bagging scale. The supplier guarantees 7.5 tonnes of broiler grower pellets an hour.

**Performance test, 10 to 12 March 2025.** The line ran on the mill's standard grower formula (maize, soybean meal, canola meal and rice polish) in three long shifts. Output was weighed at the bagging scale in 50 kg bags.

| Day | Hours run | Tonnes bagged | Tonnes per hour |
|---|---|---|---|
| 10 March | 20 | 148 | 7.4 |
| 11 March | 22 | 168 | 7.6 |
| 12 March | 23 | 184 | 8.0 |
| Total | 65 | 500 | 7.7 |

**Observations.** The first day lost four hours to a blocked steam trap on the conditioner, and the die ran cold until noon. After the trap was replaced overnight, the second day went cleanly: the press ran 22 hours and bagged 176 tonnes, and on the third day it held the same rate of eight tonnes an hour. Pellet durability on the third day was 96 percent against a specification of 95. The press motor drew an average of 160 kW.

**Result.** The guarantee is met over the test as a whole: 500 tonnes in 65 hours. Durability, moisture (11.5 percent) and bag weights are within limits. I recommend that the supplier's final payment, a tenth of the contract price, be released, and that Line 2 go into regular production from 15 March, first on the Khost orders.

**Open points.** A spare steam trap to be kept in the store; the cooler's fan guard to be refitted; operators of Line 1 to be trained on the new press before the summer peak.
""", tvt(["the press ran 22 hours and bagged 176 tonnes", "| 11 March | 22 | 168 | 7.6 |"],
        {"observations_value": 176, "table_value": 168}, "tonnes of broiler grower pellets",
        "output of Pellet Line 2 on the second day of its performance test", "11 March 2025",
        "paragraph 'Observations' against the 11 March row of the test table",
        "The test table gives 168 tonnes bagged in 22 hours on 11 March (7.6 tonnes an hour), and its total of 500 tonnes in 65 hours is the sum of 148, 168 and 184. The 'Observations' paragraph says the press ran 22 hours that day and bagged 176 tonnes, the rate of eight tonnes an hour it says the third day repeated. The report gives two outputs for the same day."))

add("dikhan_feed_formulation_sheet", """
# Formulation Sheet: Broiler Finisher

*Sheet issued by the nutritionist of an invented feed mill in Dera Ismail Khan to the batching floor, October 2025. The mill, the nutritionist and every figure are invented.*

**Product.** Damaan Broiler Finisher, for birds from day 25 to market, sold in 50 kg bags at home and to the mill's buyer in Khost. Target crude protein 19 percent, metabolisable energy 3,150 kcal a kg, moisture at most 12 percent.

**Batch of one tonne (two mixer loads of 500 kg).**

| Ingredient | kg | Bought from |
|---|---|---|
| Maize, ground | 600 | Growers around Bhakkar and Layyah |
| Soybean meal, 46 percent protein | 210 | Crushers in Karachi |
| Canola meal | 80 | Solvent plant, Nowshera |
| Rice polish | 60 | Rice mills, Dera Ismail Khan |
| Vegetable oil | 30 | Ghee mills, Peshawar |
| Limestone and phosphate | 22 | Local suppliers |
| Salt, premix and enzymes | 8 | Additive importer, Lahore |
| Total | 1,000 | |

**Mixing.** Weigh maize, soybean meal, canola meal and rice polish into the mixer first and mix for 90 seconds; add limestone, phosphate, salt, premix and enzymes; spray the oil last and mix for a further two minutes. Condition at 82 degrees before pelleting through the 4 mm die; crumble for the first week of finisher use if a farm asks.

**Quality checks.** One sample a batch for moisture; one sample a shift for protein; a mycotoxin test on every truck of maize received. Any maize lot above 20 parts per billion of aflatoxin is rejected at the gate.

**Change from the September sheet.** Maize has been raised and soybean meal cut, because soybean meal now costs Rs 145 a kg while maize has eased. Recheck protein on the first three batches and report to the nutritionist before the Khost order is bagged.
""", parts_total(["| Total | 1,000 | |"],
                 {"maize": 600, "soybean meal": 210, "canola meal": 80, "rice polish": 60,
                  "vegetable oil": 30, "limestone and phosphate": 22, "salt, premix and enzymes": 8},
                 1000, "kg in a one-tonne batch", "October 2025",
                 "ingredients of one tonne of Damaan Broiler Finisher",
                 "'Total' row of the batch table",
                 "The seven ingredient rows of the one-tonne batch (600, 210, 80, 60, 30, 22 and 8 kg) add up to 1,010 kg, but the table's 'Total' row, and the heading's one tonne in two mixer loads of 500 kg, give 1,000 kg."))

add("dikhan_feed_khost_buyer_credit_report", """
# Credit Report: Haji Sher Zaman Poultry Supplies, Khost

*Report prepared by an invented trade-credit bureau in Islamabad for a feed mill in Dera Ismail Khan that asked about raising a buyer's limit, January 2025. The bureau, the mill, the buyer and every figure are invented.*

**Subject.** Haji Sher Zaman Poultry Supplies, Khost city. Sole proprietor Haji Sher Zaman; trading since 2011. Sells feed, day-old chicks, vaccines and drinkers to about 260 broiler farms in Khost and Paktia.

**Trading with the enquirer.** Has bought from Damaan Feeds since 2018: 4,800 tonnes in 2023 and 7,200 tonnes in 2024, all by road through Ghulam Khan in the mill's 24-tonne trucks, 300 trucks in 2024. Each truck carries 300 bags of 50 kg. Terms are 21 days from the date of crossing; the longest delay in 2024 was 41 days, in August, when the crossing was shut for a week.

**Payment record.** Pays in dollars through an exchange dealer in Peshawar's Chowk Yadgar. The mill's ledger shows eleven late payments in 2024, all settled within 45 days, and none outstanding at the end of the year.

**Standing.** Two trade references, a hatchery in Peshawar and a vaccine importer in Kabul, describe him as slow but sure. No court cases found in Khost. Premises: an owned warehouse of 1,200 square metres on the Khost–Gardez road and two rented shops in the city.

**Limit.** Current limit Rs 30 million; requested Rs 46 million. At the 2024 price of Rs 6,000 a bag, the requested limit would cover about 16 trucks crossed and unpaid, against about ten now.

**Opinion.** Moderate risk. We suggest Rs 40 million, reviewed after six months, falling back to the present limit if any payment runs beyond 40 days.
""", reuse(["300 trucks in 2024", "Each truck carries 300 bags of 50 kg"], 300, "count",
           "trucks of feed sent to Khost in 2024", "50 kg bags in one 24-tonne truck", 480,
           "The report says the buyer took 7,200 tonnes in 2024 in the mill's 24-tonne trucks, 300 trucks, and in the next sentence that each truck carries 300 bags of 50 kg. A 24-tonne truck of 50 kg bags carries 480 bags (7,200 tonnes in 300 trucks is 24 tonnes a truck), and 300 bags would be only 15 tonnes; the limit paragraph's 'about 16 trucks' for Rs 46 million also implies about Rs 2.9 million a truck, which is 480 bags at Rs 6,000. The number of trucks has been reused as the number of bags in each.",
           tonnes_per_truck=24, kg_per_bag=50, period="2024"))

add("dikhan_feed_ghulam_khan_assembly_question", """
# National Assembly: Starred Question and Answer

*Text of an invented starred question and the written answer laid before an invented sitting of the National Assembly, November 2025. The member, the mill counts and every figure are invented.*

**Question No. 143.** Will the Minister for Commerce be pleased to state: (a) the quantity of poultry feed exported to Afghanistan through the Ghulam Khan border crossing in 2023, in 2024 and in the first nine months of 2025; (b) the number of feed mills in the southern districts of Khyber Pakhtunkhwa that export; and (c) whether any steps are being taken to cut waiting time at the crossing?

**Answer laid by the Minister.**

(a) According to the goods declarations filed at the Ghulam Khan customs station, poultry feed exported from Pakistan to Uzbekistan through Ghulam Khan amounted to 31,500 tonnes in 2023 and 42,000 tonnes in 2024. From January to September 2025, 27,600 tonnes were exported, against 33,900 tonnes in the same months of 2024.

(b) Eleven feed mills in Dera Ismail Khan, Bannu and Lakki Marwat districts filed export declarations in 2024; the four largest accounted for about two-thirds of the quantity.

(c) The border management committee at Ghulam Khan has approved a separate lane for farm inputs, including feed and day-old chicks. The customs station now works from 8 a.m. to 6 p.m. on all days except Friday afternoon. The average clearance time for a feed truck fell from 14 hours in the first quarter of 2025 to nine hours in the third quarter.

**Supplementary question.** The member asked why exports were lower in 2025. The Parliamentary Secretary replied that the crossing had been closed for 19 days in the spring, and that broiler prices in Khost had fallen, so farms there were stocking fewer birds.
""", scope("poultry feed exported from Pakistan to Uzbekistan through Ghulam Khan", "UZB", ["PAK", "UZB"],
           "Uzbekistan",
           "The question asks about poultry feed exported to Afghanistan through Ghulam Khan, the crossing between North Waziristan and Khost, and the answer gives the quantities as feed 'exported from Pakistan to Uzbekistan through Ghulam Khan'. Uzbekistan has no border with Pakistan; it stands where Afghanistan should be. Uzbekistan is named nowhere else in the text.",
           stands_for="AFG", crossing="Ghulam Khan", location="answer (a)"))

add("dikhan_feed_certificate_of_analysis_control", """
# Certificate of Analysis

*Certificate issued by the quality laboratory of an invented feed mill in Dera Ismail Khan for a consignment to Khost, April 2025. The mill, the buyer and every figure are invented.*

**Consignment.** Order KH-25-031 for Haji Sher Zaman Poultry Supplies, Khost: 72 tonnes of Damaan Broiler Grower pellets in 1,440 bags of 50 kg, loaded on 14 April 2025 in three trucks of 24 tonnes, 480 bags each, for crossing at Ghulam Khan.

**Sampling.** One probe of 10 grams was drawn from every thirtieth bag during loading, 48 bags in all, and the probes were mixed into a composite sample of 480 grams.

**Results.**

| Test | Result | Specification |
|---|---|---|
| Moisture, percent | 11.4 | 12.0 at most |
| Crude protein, percent | 20.3 | 20.0 at least |
| Crude fat, percent | 5.1 | 4.5 at least |
| Crude fibre, percent | 3.8 | 4.5 at most |
| Ash, percent | 5.9 | 7.0 at most |
| Aflatoxin B1, parts per billion | 6 | 20 at most |
| Pellet durability, percent | 95 | 95 at least |

**Conclusion.** The consignment meets every specification. Durability is exactly at the minimum, so the lot is passed, but the press operator has been asked to raise the conditioning temperature by two degrees on the next Khost order.

**Retained sample.** 240 grams, half the composite, sealed and kept for 90 days, until 13 July 2025.

**Storage advice for the buyer.** The lot was made on 12 April 2025. Feed is best used within 60 days of manufacture, that is by 11 June 2025, if the bags are kept dry, off the floor and out of the sun.

**Signed.** Quality manager, Damaan Feeds (Pvt) Ltd, Bannu Road, Dera Ismail Khan.
""", control_type="control")

# ---------------------------------------------------------------------------
# Sirsukh Steel Re-Rolling Mills (invented), Taxila, and a Kabul contractor
# ---------------------------------------------------------------------------

add("taxila_rebar_kabul_variation_order", """
# Variation Order No. 3

*Variation order issued by the consulting engineer on an invented building contract in Kabul province, October 2024. The client, the contractor, the consultant and every figure are invented.*

**Contract.** Construction of a four-storey shop-and-office block in Shakar Dara district, Kabul province. Contractor: Noori Builders, Kabul. Original contract price USD 1.64 million; completion date 30 June 2025.

**Reason for the variation.** Soil tests at the north-east corner found loose fill to a depth the original design had not allowed for. The structural engineer has deepened the raft and added shear walls round the stair core. The revised bar schedule needs 70 more tonnes of Grade 60 deformed bar, bringing the contract's steel to 250 tonnes. The contractor will buy the extra bars from its usual Kabul dealer, who imports them from a re-rolling mill in Taxila.

**Quantities and rates.**

| Item | Unit | Contract quantity | Revised quantity | Rate, USD |
|---|---|---|---|---|
| Deformed bar, Grade 60, cut, bent and fixed | tonne | 180 | 240 | 980 |
| Concrete, raft and shear walls | cubic metre | 1,150 | 1,420 | 115 |
| Excavation in soil | cubic metre | 2,600 | 3,100 | 6 |

**Effect on price.** Steel USD 58,800; concrete USD 31,050; excavation USD 3,000. The variation adds USD 92,850 and raises the contract price to about USD 1.73 million. No other rate changes.

**Effect on time.** Three weeks are added for the deeper excavation and the extra steel fixing. The completion date moves to 21 July 2025.

**Instruction.** The contractor is to proceed at once with excavation to the revised levels and is not to order the additional steel until the consultant has approved the revised bar schedule in writing.

Signed for the consultant, and received for the contractor, Kabul, 14 October 2024.
""", tvt(["bringing the contract's steel to 250 tonnes", "| Deformed bar, Grade 60, cut, bent and fixed | tonne | 180 | 240 | 980 |"],
        {"narrative_value": 250, "table_value": 240}, "tonnes of deformed bar",
        "steel in the Shakar Dara contract after Variation Order 3", "October 2024",
        "paragraph 'Reason for the variation' against the steel row of the quantities table",
        "The reasons paragraph says the revised schedule needs 70 more tonnes of bar, bringing the contract's steel to 250 tonnes. The quantities table gives 180 tonnes in the contract and 240 revised, 60 more, and the price paragraph's USD 58,800 for steel is 60 tonnes at USD 980. The order gives two figures for the revised steel."))

add("taxila_rebar_kabul_site_diary", """
# Site Diary, 9 to 14 November 2024

*Pages from the site diary kept by the site engineer of an invented Kabul contractor building a four-storey shop-and-office block in Shakar Dara district. The contractor, the client and every figure are invented.*

**Raft foundation.** The revised bar schedule gives 96 tonnes of Grade 60 deformed bar for the raft, bought from a Kabul dealer who imports from a re-rolling mill in Taxila. Fixed before this week: 20 tonnes.

- Sat 9 Nov. Bottom mat, east half: 19 tonnes fixed by a crew of 24 steel fixers. Clear and cold.
- Sun 10 Nov. Bottom mat, west half: 13 tonnes fixed. The dealer's truck arrived at 2 p.m. with 30 tonnes in 15 bundles of 16 mm and 25 mm bars, mill tags from Taxila; weighed at the municipal weighbridge, no shortage.
- Mon 11 Nov. Chairs set and top mat begun: 12 tonnes fixed. The consultant's engineer checked cover blocks and laps on the bottom mat and signed the inspection request. Bars fixed to date in the raft: 64 tonnes of the 96 in the schedule. Bars fixed to date in the raft: 64 tonnes of the 96 in the schedule.
- Tue 12 Nov. Top mat: 18 tonnes fixed. Starter bars for the shear walls set out at the stair core. Light rain after 3 p.m.; work stopped an hour early.
- Wed 13 Nov. Top mat completed: 14 tonnes fixed, all 96 tonnes now in place. Consultant's final inspection at 4 p.m.; approved, with two laps at the north-east corner to be lengthened, done by 6 p.m.
- Thu 14 Nov. Raft pour: 690 cubic metres of concrete in 11 hours, from 5 a.m., with two pumps and 8 transit mixers. Six cubes taken for testing. Curing under wet hessian begun.

**Note for the project manager.** Steel for the shear walls is to be called off from the dealer next week, once the consultant returns the approved wall drawings.
""", repeated("Bars fixed to date in the raft: 64 tonnes of the 96 in the schedule.", 2,
              "deformed bar fixed in the raft of the Shakar Dara block by 11 November 2024",
              "entry for Monday 11 November",
              "The Monday entry states 'Bars fixed to date in the raft: 64 tonnes of the 96 in the schedule.' twice in a row, word for word. The figure itself is right (20 + 19 + 13 + 12 = 64), but the sentence is duplicated."))

add("taxila_rebar_rating_rationale", """
# Rating Rationale: Sirsukh Steel Re-Rolling Mills (Pvt) Ltd

*Rationale published by an invented credit-rating agency in Lahore, June 2025. The agency, the company and every figure are invented.*

**Ratings.** Long-term entity rating A-; short-term rating A2; outlook Stable.

**Business profile.** The company was founded in 1994 at Taxila and employs 260 people. It rolls Grade 60 deformed bars of 10 to 25 mm from purchased billets and has a rated capacity of 90,000 tonnes a year. Output rose from 60,000 tonnes in 2023 to 72,000 tonnes in 2024, 80 percent of capacity. About 87.5 percent of volume is sold to dealers in northern Punjab and Islamabad; the rest, 9,000 tonnes in 2024, went to one dealer in Kabul.

**Export exposure.** The Kabul dealer has bought from the company since 2016 and has paid in advance since 2021, so the export book carries no credit risk; the risk is one of volume. Bars go through Torkham in contracted trucks. Each truck carries 30 tonnes. Bars leave the mill tied in 30 bundles of two tonnes to the truck, and the 2024 exports took 300 trucks. Closures at Torkham held loaded trucks for up to nine days during the year.

**Financial profile.** Revenue in 2024 was Rs 18.0 billion, at an average ex-mill price of Rs 250,000 a tonne. The operating margin before depreciation was 6.8 percent, held down by billet prices. Short-term borrowing of Rs 3.1 billion funds billet stocks; interest was covered 2.4 times.

**Rating drivers.** The ratings could rise if utilisation stays above 85 percent and borrowing falls. They could come under pressure if the Kabul volume shrinks, since it carries a better margin than sales at home, or if billet prices climb without room to pass them on.
""", reuse(["Each truck carries 30 tonnes.", "tied in 30 bundles of two tonnes to the truck"], 30, "count",
           "tonnes carried by one truck", "two-tonne bundles loaded on one truck", 15,
           "The rationale says each truck carries 30 tonnes and, in the next sentence, that bars leave the mill in 30 bundles of two tonnes to the truck, which would be 60 tonnes. A 30-tonne load of two-tonne bundles is 15 bundles, and 9,000 tonnes in 300 trucks is 30 tonnes a truck. The truck's tonnage has been reused as the number of bundles.",
           tonnes_per_bundle=2, period="2024"))

add("taxila_rebar_directors_report", """
# Directors' Report to the Members, 2025 (Extract)

*Extract from the directors' report of an invented private steel company in Taxila for the year ended 31 December 2025, dated March 2026. The company and every figure are invented.*

The directors present their report and the audited accounts for the year ended 31 December 2025.

**Operations.** The mill rolled 66,000 tonnes of Grade 60 deformed bars, against 72,000 tonnes in 2024, a fall of 8.3 percent. Utilisation of the 90,000-tonne rated capacity was 73 percent. The reheating furnace was relined in August, which took the mill out of production for three weeks.

**Sales.** Sales to our Kabul dealer halved, to 4,500 tonnes in 150 trucks, against 9,000 tonnes in 2024. Torkham was closed for long spells in the spring and the autumn, and building in Kabul slowed. Sales at home were almost steady at 61,500 tonnes. The average ex-mill price firmed to Rs 240,000 a tonne in 2025 from Rs 250,000 in 2024, as billet costs eased and dealers in Rawalpindi held back their orders.

**Results.** Revenue was Rs 15.84 billion, 12 percent less than the Rs 18.0 billion of 2024. Profit after tax was Rs 410 million, against Rs 620 million. The directors recommend a dividend of Rs 2.50 a share.

**People.** The company employed 248 people at the end of the year, against 260 a year earlier; the posts were left unfilled rather than cut. There was no lost-time accident in the rolling mill for the second year running.

**Outlook.** The directors expect the Kabul dealer to return to about 6,000 tonnes in 2026 if the crossing stays open, and are studying a second cooling bed to raise the mill's rated capacity to 100,000 tonnes.

By order of the Board, Taxila, 24 March 2026.
""", direction("The average ex-mill price firmed to Rs 240,000 a tonne in 2025 from Rs 250,000 in 2024",
               250000, 240000, "2024", "2025", "firmed", "rise", "Rs a tonne",
               "average ex-mill price of Sirsukh Steel's deformed bars", "paragraph 'Sales'",
               "The report says the average ex-mill price 'firmed' to Rs 240,000 a tonne in 2025 from Rs 250,000 in 2024. Rs 250,000 to Rs 240,000 is a fall of 4 percent, and the same sentence gives falling billet costs and hesitant dealers as the cause; revenue of Rs 15.84 billion is 66,000 tonnes at Rs 240,000. 'Firmed' calls the fall a rise."))

add("taxila_rebar_clearing_cost_sheet_control", """
# Cost Sheet: One Truck of Deformed Bars, Taxila to Torkham

*Cost sheet sent by an invented customs clearing agent at Torkham to an invented Kabul steel dealer, August 2024. The agent, the dealer, the mill and every figure are invented.*

**Load.** 30 tonnes of Grade 60 deformed bars, 16 mm and 25 mm, in 15 bundles of two tonnes, from Sirsukh Steel, Taxila. Mill invoice: 30 tonnes at Rs 250,000, Rs 7.5 million.

**Costs to the Pakistani side of Torkham, in rupees.**

| Item | Rs |
|---|---|
| Freight, Taxila to Torkham | 135,000 |
| Loading at the mill | 6,000 |
| Agent's fee and goods declaration | 15,000 |
| Terminal and scanning, Torkham | 9,000 |
| Total | 165,000 |

**Per tonne.** Rs 165,000 over 30 tonnes is Rs 5,500 a tonne, so the bars stand at Rs 255,500 a tonne at the zero point, Rs 7.665 million for the truck. At Rs 280 to the dollar that is just over USD 912 a tonne.

**Not in this sheet.** Afghan customs duty and fees are paid at Torkham by your own agent on the Afghan side, and the freight from Torkham to Kabul is on your account.

**Timing.** Trucks booked on a Monday normally cross by Wednesday. If the crossing is closed, the transporter charges Rs 15,000 for each day of waiting after the second; we will pass this on at cost and without our fee.

**Payment.** Our fee and the Pakistani-side costs are payable within 30 days of crossing, in rupees to our Peshawar account or in dollars at the day's open-market rate.
""", control_type="control")

# ---------------------------------------------------------------------------
# Nooriabad Hygiene Products (invented), nappy maker, Nooriabad
# ---------------------------------------------------------------------------

add("nooriabad_nappies_export_datasheet", """
# Product Datasheet: Gulnar Baby Nappies, Export Edition

*Datasheet issued by the export office of an invented nappy maker at the Nooriabad Industrial Estate, Jamshoro district, to its distributor in Kandahar, January 2025. The company, the brand and every figure are invented.*

**Product.** Gulnar tape-style baby nappies: fluff pulp and superabsorbent core, breathable backsheet, elastic leg cuffs and a wetness line that turns blue. Made at Nooriabad on two lines. Packs printed in Dari, Pashto and English for the Afghan market.

**Sizes and packing.**

| Size | Baby's weight, kg | Nappies in a pack | Packs in a carton | Nappies in a carton |
|---|---|---|---|---|
| Newborn | up to 5 | 48 | 6 | 288 |
| Small | 3 to 6 | 44 | 6 | 264 |
| Medium | 5 to 10 | 40 | 6 | 240 |
| Large | 8 to 14 | 34 | 6 | 204 |
| Extra large | 12 to 18 | 30 | 6 | 180 |

**Best seller.** The Medium pack, which makes up more than half of what goes to Kandahar, holds 44 nappies and retails in the city's bazaars for about 380 afghanis. Shopkeepers should keep Medium and Large side by side, since mothers often move up a size early.

**Truck loads.** A long-body container truck takes 1,250 cartons of any one size; for Medium that is 300,000 nappies. Mixed loads are built by the pallet, 50 cartons to a pallet and 25 pallets to a truck, and must be ordered in whole pallets.

**Absorbency.** In the factory's laboratory a Medium nappy holds 320 ml of saline before it leaks, and a Large one 390 ml. Both figures are checked on every shift.

**Storage.** Keep cartons dry, out of the sun and off the floor, stacked no more than eight high. Shelf life is three years from the date printed on the pack; sell the oldest stock first.

**Orders.** By e-mail to the export office, at least 20 days before the truck is wanted at Chaman.
""", tvt(["holds 44 nappies", "| Medium | 5 to 10 | 40 | 6 | 240 |"],
        {"best_seller_value": 44, "table_value": 40}, "nappies in a pack",
        "number of nappies in a Medium pack of Gulnar nappies", "January 2025",
        "paragraph 'Best seller' against the Medium row of the sizes table",
        "The sizes table gives 40 nappies in a Medium pack and 240 in a carton of six packs, and the 'Truck loads' paragraph's 300,000 Medium nappies in 1,250 cartons is 240 a carton. The 'Best seller' paragraph says the Medium pack holds 44 nappies (the Small pack's count in the table). The datasheet gives two counts for the same pack."))

add("nooriabad_nappies_sales_retrospective", """
# Sales Retrospective, Q3 2025: Export Desk

*Notes from the quarterly retrospective of the export sales desk at an invented nappy maker at Nooriabad, October 2025. The company, the people and every figure are invented.*

**Attending.** The export manager, two sales officers, the logistics coordinator and, by video call from Kandahar, the distributor's son.

**The numbers.** Kandahar took 6.0 million nappies in Q3 2025, in 20 trucks, against 7.5 million in 25 trucks in Q3 2024, down a quarter. Over the first nine months the fall is smaller: 18.0 million against 19.5 million, or 7.7 percent less. In money the quarter held up better, because the Medium pack went from Rs 1,200 to Rs 1,320 in January: Q3 billing, counted in Medium-pack equivalents, was Rs 198 million against Rs 225 million a year earlier, 12 percent lower.

**What went well.**

- No truck was turned back at Chaman for paperwork all quarter.
- Shopkeepers liked the new Dari printing on the Large pack.
- The distributor paid every invoice within terms.

**What did not.**

- Two trucks waited six days at Chaman in August during a closure.
- A competitor from Lahore cut its Medium price in Kandahar by about a tenth.
- 140 cartons arrived damaged, nearly all from one load that was rained on near Kalat.

**Actions.**

1. Logistics to put a tarpaulin over every load from October, and to claim the damaged cartons from the transporter.
2. The export manager to propose a discount on Q4 orders of seven trucks or more.
3. Sales to visit the distributor's main shops in Kandahar in November with the new pant-style samples.
4. Review again in January, with the full-year figures.
""", arith(["Kandahar took 6.0 million nappies in Q3 2025, in 20 trucks, against 7.5 million in 25 trucks in Q3 2024, down a quarter."],
          "The notes say Kandahar took 6.0 million nappies in Q3 2025 against 7.5 million in Q3 2024, 'down a quarter'. The fall is 1.5 million, 20 percent of 7.5 million, a fifth rather than a quarter; the truck counts (20 against 25) give the same 20 percent.",
          **{"from": 7.5, "to": 6.0, "computed_change_pct": change_pct(7.5, 6.0), "stated_change_pct": -25.0,
             "stated_as_written": "down a quarter", "unit": "million nappies", "from_period": "Q3 2024",
             "to_period": "Q3 2025", "subject": "nappies sold to the Kandahar distributor in the third quarter",
             "location": "paragraph 'The numbers', first sentence"}))

add("nooriabad_nappies_rights_issue_circular", """
# Circular to Members: Rights Issue (Extract)

*Extract from a circular of an invented nappy maker listed on the growth board of the Pakistan Stock Exchange, May 2026. The company, its figures and the issue are invented.*

**The offer.** 20 million new ordinary shares at Rs 15 each, one for every four shares held, to raise Rs 300 million. The company has 80 million shares in issue. The offer is underwritten in full by two Karachi brokers.

**Why the company is raising money.** Nooriabad Hygiene Products makes tape-style nappies on two lines at the Nooriabad Industrial Estate, which run at 350 and 450 nappies a minute. Output rose to 165 million nappies in 2025, of which 24 million, 14.5 percent, went to the company's distributor in Kandahar. Neither line can make pant-style nappies, which now sell faster than tape-style ones in Karachi, Lahore and Kandahar. A third line would make them, at 550 a minute.

**Use of proceeds.**

- Line 3, imported, with spares and installation: Rs 210 million.
- An extension to the finished-goods warehouse: Rs 60 million.
- Working capital for pant-style materials: Rs 30 million.

**Timetable.** Line 3 will be ordered once the offer closes in July 2026. It will be installed and commissioned in the eight months from November 2026 to June 2026, and the first pant-style nappies should reach shops in the second half of 2027.

**Effect on members.** A member who takes up the rights keeps the same part of the company. One who does not will find that his holding, from 80 million shares becoming 100 million, is diluted by a fifth.

**Risks.** Sales to Kandahar depend on the crossing at Chaman, which was closed for several weeks in 2025; the price of fluff pulp, which is imported, moves with the dollar; and a larger rival may bring pant-style nappies to the market first.
""", garbled(["in the eight months from November 2026 to June 2026"],
             "The timetable says Line 3 will be installed and commissioned 'in the eight months from November 2026 to June 2026'. The period runs backwards: June 2026 comes before November 2026, and before the line is even ordered in July 2026. Eight months from November 2026 end in June 2027.",
             stated_period_start="November 2026", stated_period_end="June 2026",
             subject="installation and commissioning of Line 3", location="paragraph 'Timetable'"))

add("nooriabad_nappies_route_card", """
# Route Card: Nooriabad to Kandahar

*Card issued by the transport desk of an invented nappy maker at the Nooriabad Industrial Estate to drivers carrying its export loads, 2025 edition. The company and every figure are invented.*

**Load.** 1,250 cartons of nappies: light, about 10 tonnes, but a full 40-foot box. The seal number, invoice, packing list and export goods declaration travel in the blue folder. Do not break the seal.

**Stages.**

1. Nooriabad to Karachi's Northern Bypass, about 90 km. Leave after 3 a.m. to clear the bypass before the traffic.
2. Karachi to Khuzdar by the N-25 through Hub and Bela, about 380 km. No driving on this stage after dark.
3. Khuzdar to Quetta through Kalat, about 300 km. Night halt in Quetta at the company's agreed truck stand.
4. Quetta to Chaman over the Khojak Pass, about 120 km.
5. At Chaman the truck crosses from Iran into Afghanistan. Hand the blue folder to our clearing agent at the gate; Afghan customs at Spin Boldak check the seal and may count cartons.
6. Spin Boldak to Kandahar, about 100 km, to the godown of Haji Baz Mohammad & Brothers.

**Distance and diesel.** About 990 km in all. Allowance: 330 litres of diesel, at three kilometres a litre, paid in advance. Fill only at the named pumps in Hub, Khuzdar and Quetta, and keep every receipt.

**Time.** Four days in good conditions, not counting any wait at the border. Phone the transport desk at the end of every stage, and at once if the truck is stopped.

**At the godown.** The buyer's clerk counts the cartons and signs the delivery note. Damaged cartons are set aside and photographed before the driver leaves.
""", scope("At Chaman the truck crosses from Iran into Afghanistan", "IRN", ["IRN", "AFG"], "Iran",
           "The card takes the truck from Nooriabad through Karachi, Khuzdar and Quetta to Chaman, then to Spin Boldak and Kandahar, and says that at Chaman it 'crosses from Iran into Afghanistan'. Chaman is in Pakistan's Balochistan, on the border with Afghanistan, so Iran stands where Pakistan should be. Iran is named nowhere else.",
           stands_for="PAK", crossing="Chaman", location="stage 5"))

add("nooriabad_nappies_operator_training_plan", """
# Training Plan: New Operators for Line 2

*Plan prepared by the production manager of an invented nappy maker at Nooriabad for new operators joining Line 2, January 2024. The company, the people and every figure are invented.*

**The line.** Line 2, commissioned this month, runs at 450 nappies a minute, or 27,000 an hour. A shift of eight hours therefore makes 216,000 nappies, or 450 cartons of 240. Waste costs the company more than any other fault, so the plan puts quality first.

**Five weeks, in four stages.**

1. Week 1: safety, hygiene and the clean-room rules; the line's guards and emergency stops; first aid.
2. Week 2: raw materials (fluff pulp, superabsorbent powder, nonwovens, elastics and frontal tape) and how to splice a reel without stopping the line.
3. Weeks 3 and 4: running the line on shift beside an experienced operator, first on Medium, then on Large and Extra large.
4. Week 5: quality checks every half hour (pack weight, core weight, absorbency and seal strength) and writing the shift report.

**Test.** At the end, each trainee runs a full shift, supervised but alone at the controls, with waste under 3 percent, that is no more than 6,480 rejects in the shift.

**Trainers.** The shift leaders of Line 1, two for each stage, and the supplier's engineer for the splicing module.

**Trainees.** Recruited from the technical college on the estate; paid the operator's starting wage of Rs 40,000 a month from the first day.

**After the test.** Trainees who pass join the Line 2 shifts as second operators. Those who do not repeat stage three and sit the test again after a fortnight.
""", reuse(["runs at 450 nappies a minute", "or 450 cartons of 240"], 450, "count",
           "nappies made by Line 2 in a minute", "cartons of 240 filled in one eight-hour shift", 900,
           "The plan says Line 2 runs at 450 nappies a minute, 27,000 an hour, so that an eight-hour shift makes 216,000 nappies, and then calls that '450 cartons of 240'. 216,000 nappies in cartons of 240 fill 900 cartons. The line's speed has been reused as the shift's carton count.",
           nappies_per_shift=216000, nappies_per_carton=240, period="January 2024"))

# ---------------------------------------------------------------------------
# Haji Nazar Gul & Sons (invented), onion growers and traders, Gereshk, Helmand
# ---------------------------------------------------------------------------

add("gereshk_onion_quetta_season_statement", """
# Season Statement: Onion, 2025

*Statement sent by an invented commission agent at the Quetta vegetable market to an invented onion trader in Gereshk, Helmand, November 2025. Both firms and every figure are invented.*

**To.** Haji Nazar Gul & Sons, Gereshk, Helmand.

**From.** Haji Abdul Sattar & Co., commission agents, vegetable market, Quetta.

**Your onion sold through us, July to October 2025.** Trucks of 25 tonnes, in bags of 50 kg.

| Month | Trucks | Tonnes | Average price, Rs a kg | Gross sale, Rs million |
|---|---|---|---|---|
| July | 26 | 650 | 110 | 71.5 |
| August | 38 | 950 | 98 | 93.1 |
| September | 36 | 900 | 80 | 72.0 |
| October | 20 | 500 | 78 | 39.0 |
| Total | 120 | 3,000 | 91.9 | 275.6 |

**Deductions.** Commission at 6 percent of the gross: Rs 16.536 million. Unloading and market labour at Rs 22 a bag on 60,000 bags: Rs 1.32 million. Net due to you for the season: Rs 257.744 million.

**Payments.** Sent to you through our exchange dealer during the season, as listed in our monthly receipts: Rs 245.0 million. Balance due to you: Rs 12.744 million, which will be sent in two parts before the end of November.

**Remarks.** In August the crossing at Chaman stayed open all month and 41 of your trucks reached us, the most in any month. Prices fell from July as the Sindh crop came in, and by October the market was full. Your onion was well cured and dry; buyers in Quetta paid a premium over the Kandahar onion for most of the season.

**Next season.** We will take up to 3,500 tonnes on the same terms. Please send smaller lots in October, when the market cannot absorb more than about five trucks a day from one sender.
""", tvt(["41 of your trucks reached us", "| August | 38 | 950 | 98 | 93.1 |"],
        {"remarks_value": 41, "table_value": 38}, "trucks of 25 tonnes",
        "trucks of onion from Haji Nazar Gul & Sons received by the Quetta agent in August 2025", "August 2025",
        "paragraph 'Remarks' against the August row of the sales table",
        "The sales table gives 38 trucks (950 tonnes, at 500 bags of 50 kg a truck) in August, and its total of 120 trucks is 26 + 38 + 36 + 20. The 'Remarks' paragraph says 41 of the trader's trucks reached the agent in August. The statement gives two truck counts for the same month."))

add("gereshk_onion_lashkar_gah_radio_bulletin", """
# Evening Bulletin: Weather and Markets

*Script of an evening bulletin on an invented FM station in Lashkar Gah, Helmand, read in Pashto and translated here, Tuesday 16 September 2025. The station, the presenter and every figure are invented.*

**Presenter.** Good evening. Here is the weather, and then the markets.

**Weather.** Tomorrow will be clear across Helmand. Highs of 38 degrees in Lashkar Gah, 36 in Gereshk and 41 in Garmser; a light northerly wind in the afternoon. No rain is expected this week. Farmers lifting onions should stack the bags in the shade and leave the necks to dry for at least two days before loading.

**Onion.** Traders at Gereshk say 25 trucks left for the Chaman crossing today. The farm-gate price for well-cured red onion was 12 afghanis a kilo, and at Quetta Helmand onion was selling today at about 80 rupees a kilo. In Kandahar's wholesale market today, red onion went up from 22 afghanis a kilo to 22 afghanis a kilo. Traders expect prices at Quetta to ease further in October, when more of the Sindh crop reaches the market.

**Other markets.** Wheat flour in Lashkar Gah: 1,450 afghanis for a 50 kg bag. Tomatoes: 15 afghanis a kilo. Melons from Garmser are nearly finished.

**Money.** In the Lashkar Gah money market this afternoon, one US dollar bought 68 afghanis and a hundred Pakistani rupees bought 24.

**Roads.** The road from Gereshk to Kandahar is open. At Spin Boldak, loaded trucks waited about six hours today.

**Presenter.** That is the bulletin. Tomorrow at the same time, the farm programme on storing onions over the winter.
""", garbled(["red onion went up from 22 afghanis a kilo to 22 afghanis a kilo"],
             "The bulletin says that in Kandahar's wholesale market 'today' red onion went up from 22 afghanis a kilo to 22 afghanis a kilo. The start and the end of the rise are the same value on the same day, so the sentence reports a change that is no change.",
             start_value=22, end_value=22, start_period="16 Sep 2025", end_period="16 Sep 2025",
             unit="afghanis a kilo", subject="wholesale price of red onion in Kandahar",
             location="paragraph 'Onion'"))

add("gereshk_onion_radio_drama_script", """
# "The Onion Road", Episode 7

*Script of an episode of an invented radio drama for farmers, broadcast in Pashto on an invented station in Kandahar, October 2025, and translated here. The characters and every figure are invented.*

**Narrator.** Gereshk, at the end of the onion season. In the courtyard of Haji Nazar Gul, his son Wali is adding up the last of the Quetta receipts.

**Wali.** Father, it is done. This year we sent 3,000 tonnes to Quetta. Last year it was 1,600.

**Nazar Gul.** Almost twice as much. God was kind to the fields.

**Wali.** But not to the price. Last year Quetta paid us 160 rupees a kilo. This year, barely 90.

**Nazar Gul.** That is the way with onions, my son. When every field is full, every market is full.

**Wali.** Last year 1,600 tonnes brought us 256 million rupees. This year almost twice the onions brought about 276 million.

**Nazar Gul.** So we worked twice as hard for a little more money. Next year we store some of the crop and sell in winter, when Quetta is empty.

**Wali.** Storing costs money too, Father. The store on the Quetta road takes 40 rupees a bag a month.

**Nazar Gul.** And onions that wait in a store do not lose their price. Write to Haji Abdul Sattar and ask what he paid in December last year.

**Narrator.** And so the season ends in Gereshk. In Quetta, the price of Helmand onion has soared this year to about 90 rupees a kilo, from 160 last year, and Nazar Gul's trucks stand empty in the yard. Will he store his onion next year, or sell it in the heat of August? Listen next week to the last episode of The Onion Road.
""", direction("the price of Helmand onion has soared this year to about 90 rupees a kilo, from 160 last year",
               160, 90, "2024", "2025", "soared", "rise", "Rs a kilo",
               "average price paid at Quetta for Helmand onion", "narrator's closing lines",
               "The narrator's closing lines say the Quetta price of Helmand onion 'has soared this year to about 90 rupees a kilo, from 160 last year'. A move from 160 to about 90 rupees is a fall of about 44 percent, as Wali says earlier in the episode ('Last year Quetta paid us 160 rupees a kilo. This year, barely 90.'). 'Soared' calls the fall a rise."))

add("gereshk_onion_quetta_warehouse_receipt_control", """
# Warehouse Receipt No. 0417

*Receipt issued by an invented onion store on the outskirts of Quetta to an invented Gereshk trader, October 2025, with the note added when the lot was taken out. The store, the trader and every figure are invented.*

**Depositor.** Haji Nazar Gul & Sons, Gereshk, Helmand, through their agent Haji Abdul Sattar & Co., Quetta.

**Deposited.** Friday 10 October 2025: one truck of red onion, 500 bags of 50 kg, 25,000 kg by the store's weighbridge. Grade A: dry, well cured, necks closed, no sprouting. Stored in Chamber 3, on pallets, with fans running at night.

**Declared value.** Rs 80 a kg, Rs 2.0 million for the lot.

**Terms.** Storage Rs 40 a bag a month. Insurance at 0.5 percent of the declared value a month, Rs 10,000. Loading and unloading Rs 5,000 each way. Weight loss up to 2 percent a month is the depositor's risk; any loss above that is the store's.

**Pledge.** This receipt may be pledged with a bank. At 60 percent of the declared value, the lot supports a loan of up to Rs 1.2 million.

**Withdrawal note.** Taken out on Wednesday 10 December 2025, after two months: 24,200 kg. The loss of 800 kg, 3.2 percent, is within the allowance of 4 percent for two months, so nothing is due from the store.

**Charges on withdrawal.**

- Storage, 500 bags for two months: Rs 40,000.
- Insurance, two months: Rs 20,000.
- Unloading in October and loading in December: Rs 10,000.
- Total paid by the depositor: Rs 70,000.

**Market note.** The lot was sold the same week at Rs 140 a kg, against Rs 80 when it was stored.
""", control_type="control")

add("gereshk_onion_september_payment_reconciliation", """
# Payment Reconciliation: September 2025

*Reconciliation prepared by the accountant of an invented onion trader in Gereshk, Helmand, of the money its Quetta commission agent sent for September's sales, October 2025. The firms and every figure are invented.*

**September sales at Quetta (agent's monthly note).** 36 trucks, 900 tonnes, at an average of Rs 80 a kg: gross Rs 72.0 million. Less commission at 6 percent, Rs 4.32 million, and market labour at Rs 22 a bag on 18,000 bags, Rs 0.396 million. Net due for September: Rs 67.284 million.

**Money received from the agent's exchange dealer in Gereshk, converted back to rupees at the dealer's rate on each day.**

- Saturday 6 September: Rs 15.0 million.
- Saturday 13 September: Rs 18.5 million.
- Saturday 20 September: Rs 12.0 million.
- Saturday 27 September: Rs 16.5 million.

**Total received in September: Rs 64.0 million.** Balance for September carried into October: Rs 3.284 million.

**Checks.** The truck count agrees with our own loading book at Gereshk and with the crossing slips from Chaman. The agent's average price agrees with the prices read out on the Lashkar Gah radio bulletin for the same weeks, within two rupees.

**Points to raise with the agent.** The exchange dealer took 1 percent on the last transfer instead of the agreed half; ask the agent to recover the difference. Ask also for September's buyer-by-buyer sheet, which has not yet arrived.

Prepared by the accountant, checked by Haji Nazar Gul.
""", parts_total(["Total received in September: Rs 64.0 million."],
                 {"6 September": 15.0, "13 September": 18.5, "20 September": 12.0, "27 September": 16.5},
                 64.0, "Rs million", "September 2025",
                 "money received in September 2025 from the Quetta commission agent for September's onion sales",
                 "line 'Total received in September'",
                 "The four receipts listed (Rs 15.0, 18.5, 12.0 and 16.5 million) add up to Rs 62.0 million, but the reconciliation gives the total received as Rs 64.0 million. The balance carried into October (Rs 3.284 million) is worked from the wrong total; from the receipts listed it would be Rs 5.284 million."))

# ---------------------------------------------------------------------------
# Haji Abdul Ghafoor & Brothers (invented), skin dealers, Ghazni, and a
# glove-leather tannery at Sambrial, Sialkot district
# ---------------------------------------------------------------------------

add("ghazni_skins_tannery_audit_memo", """
# Memo: Raw Skins Received in 2024

*Memo from the internal auditor of an invented glove-leather tannery in Sambrial, Sialkot district, to its finance director, January 2025. The tannery, its suppliers and every figure are invented.*

**Purpose.** To reconcile the skins received in 2024 with the purchase ledger and the grading room's book before the year's accounts are closed.

**Skins received, by source.**

| Source | Received | Rejected at grading | Accepted |
|---|---|---|---|
| Haji Abdul Ghafoor & Brothers, Ghazni | 150,000 | 6,000 | 144,000 |
| Collectors in Okara and Pakpattan | 210,000 | 8,400 | 201,600 |
| Slaughterhouse contract, Lahore | 240,000 | 4,800 | 235,200 |
| Total | 600,000 | 19,200 | 580,800 |

**Findings.**

1. The grading room's book agrees with the table for all three sources. Over the year 3.2 percent of the skins received were rejected.
2. The Ghazni dealer's 160,000 skins came in 30 trucks of 5,000 skins, nearly all in the six weeks after Eid ul Adha, and 4 percent were rejected, the same rate as the Okara and Pakpattan collectors. Payments to the dealer, Rs 112.5 million at Rs 750 a skin, agree with the purchase ledger.
3. The Lahore contract skins had the lowest rejection rate, 2 percent, but cost Rs 900 a skin.
4. Rejected skins were sold to a maker of shoe linings at Rs 120 each, Rs 2.304 million in all; the sale is correctly shown as other income.

**Recommendation.** No adjustment to the accounts is needed. The grading room should record the truck number against every lot, so that rejections can be traced to a load and, for the Ghazni skins, to the days a truck waited at Torkham.
""", tvt(["The Ghazni dealer's 160,000 skins", "| Haji Abdul Ghafoor & Brothers, Ghazni | 150,000 | 6,000 | 144,000 |"],
        {"findings_value": 160000, "table_value": 150000}, "skins",
        "goat and sheep skins received by the Sambrial tannery from its Ghazni dealer", "2024",
        "finding 2 against the Ghazni row of the table",
        "The table gives 150,000 skins received from the Ghazni dealer in 2024, part of the 600,000 total. Finding 2 speaks of 'the Ghazni dealer's 160,000 skins', although the same finding's 30 trucks of 5,000 skins, its 4 percent rejection (6,000 skins) and its payment of Rs 112.5 million at Rs 750 a skin all fit 150,000. The memo gives two counts for the same year's receipts."))

add("ghazni_skins_tannery_effluent_report", """
# Quarterly Environmental Monitoring Report, July to September 2025

*Report submitted by an invented glove-leather tannery in Sambrial, Sialkot district, to the district office of the provincial environment department, October 2025. The tannery and every figure are invented.*

**Production.** 148,000 goat and sheep skins processed in the quarter, about a fifth of them from Ghazni in Afghanistan and the rest from Punjab. Water used: 6,660 cubic metres, or 45 litres a skin, against 52 litres a skin in the same quarter of 2024.

**Effluent treatment.** All process water passes through screens, an equalisation tank, chrome precipitation and an activated-sludge plant before it is discharged to the drain. Treated effluent discharged in the quarter: 6,100 cubic metres.

**Monthly samples of treated effluent, mg/l unless stated.**

| Parameter | July | August | September | Limit |
|---|---|---|---|---|
| COD | 128 | 134 | 121 | 150 |
| BOD | 62 | 66 | 58 | 80 |
| Suspended solids | 140 | 152 | 137 | 200 |
| Chromium, all forms | 0.6 | 0.7 | 0.5 | 1.0 |
| Sulphide | 0.8 | 0.9 | 0.4 | 1.0 |
| pH, units | 7.8 | 7.6 | 7.9 | 6 to 9 |

**Chrome recovery.** Spent chrome liquor is collected separately, precipitated and redissolved for the next tanning. Chrome liquor recovered and reused in the quarter: 38 cubic metres. Chrome liquor recovered and reused in the quarter: 38 cubic metres. This saved about 4.1 tonnes of basic chromium sulphate.

**Solid waste.** 42 tonnes of shavings and trimmings went to a glue maker in Gujranwala, and 11 tonnes of dried sludge to the approved landfill.

**Non-compliance.** None in the quarter. The August result for suspended solids, 152 mg/l, was the highest of the year so far but within the limit.

Signed for the tannery by the environment officer.
""", repeated("Chrome liquor recovered and reused in the quarter: 38 cubic metres.", 2,
              "chrome liquor recovered and reused by the Sambrial tannery in July to September 2025",
              "paragraph 'Chrome recovery'",
              "The paragraph 'Chrome recovery' states 'Chrome liquor recovered and reused in the quarter: 38 cubic metres.' twice in a row, word for word."))

add("ghazni_skins_business_school_case", """
# Case: Skins from Ghazni

*Opening pages of an invented teaching case for a course on supply chains at an invented business school in Lahore, 2025. The firms, the people and every figure are invented.*

On a grey morning in January 2025, Saima Ashraf, head of purchasing at Sambrial Glove Leather, looked again at the figures for the year just ended. The tannery, founded in 2002 and employing 180 people, had processed 600,000 goat and sheep skins in 2024 and turned them into glove leather for the work-glove and fashion-glove makers of Sialkot.

A quarter of those skins had come from one man. In 2024 Sambrial bought 150,000 skins from Ghazni, through Haji Abdul Ghafoor & Brothers, at an average of Rs 750 a skin, a bill of Rs 150 million. The Afghan skins were cheaper than the Lahore slaughterhouse skins, which cost Rs 900, and they were thicker and tougher, which the work-glove makers liked.

But they were slow. A truck took nine days on average from Ghazni to Sambrial, and in the weeks after Eid ul Adha, when half the year's skins are collected, a closure at Torkham could leave salted skins standing in the sun. The grading room rejected 4 percent of the Ghazni skins, against 2 percent of the Lahore ones.

The board wanted a plan for 2026 by March. Saima could ask Haji Abdul Ghafoor for more, perhaps 200,000 skins; she could sign a second slaughterhouse contract in Lahore; or she could try the collectors of southern Punjab, whose skins were cheap but often badly salted.

**Questions for discussion.**

1. What does a Ghazni skin really cost Sambrial once rejections and delays are counted?
2. How should the tannery weigh a low price against the risk of a closed border?
3. What would you advise Saima to propose to the board, and why?
""", reuse(["bought 150,000 skins from Ghazni", "a bill of Rs 150 million"], 150, "mixed",
           "skins bought from Ghazni in 2024, in thousands", "the bill for those skins, in Rs million", 112.5,
           "The case says Sambrial bought 150,000 skins from Ghazni in 2024 at an average of Rs 750 a skin, 'a bill of Rs 150 million'. 150,000 skins at Rs 750 cost Rs 112.5 million; Rs 150 million would be Rs 1,000 a skin, more than the Lahore skins the case calls dearer. The count of skins, in thousands, has been reused as the bill in millions.",
           price_per_skin=750, period="2024"))

add("ghazni_skins_youtube_voiceover", """
# Video Script: From a Ghazni Butcher's Yard to a Sialkot Glove

*Voice-over script for an episode of an invented YouTube channel about trades, 2025. The channel, the people filmed and every figure are invented.*

**Scene 1. A butcher's yard in Ghazni, the morning after Eid ul Adha.** The day after Eid, skins are everywhere. The dealer's men go from yard to yard with a handcart, and a butcher gets about 120 afghanis for a good goatskin.

**Scene 2. The salting yard.** Each skin is rubbed with about a kilo and a half of salt within hours, or it starts to rot. The skins lie in piles, flesh side up, for ten days while the salt draws out the water.

**Scene 3. Baling.** Fifty salted skins are folded into a bale and tied. A hundred bales make a truck: 5,000 skins.

**Scene 4. The road.** From Ghazni the truck goes north to Kabul and then east through Jalalabad; the truck crosses from Afghanistan into Turkmenistan at Torkham, and runs on through Peshawar and down the motorway to Sialkot. Nine days, if the border is kind.

**Scene 5. The tannery in Sambrial.** The skins are soaked, limed, stripped of hair and tanned with chrome. Three weeks later they come out as soft, grey-blue leather, and then they are dyed.

**Scene 6. A glove workshop in Sialkot.** One goatskin gives about five square feet of leather, enough for two pairs of work gloves. A cutter here lays out the patterns by eye; he has done it for 30 years.

**Closing.** So the next time you pull on a pair of leather work gloves, think of the butcher's yard in Ghazni. If you liked this film, subscribe for next week's episode, on the salt mines of Khewra.
""", scope("the truck crosses from Afghanistan into Turkmenistan at Torkham", "TKM", ["AFG", "TKM"], "Turkmenistan",
           "The script follows the truck from Ghazni through Kabul and Jalalabad to Torkham and on through Peshawar to Sialkot, but says it 'crosses from Afghanistan into Turkmenistan at Torkham'. Torkham is the crossing between Afghanistan and Pakistan, and the truck's route continues in Pakistan, so Turkmenistan stands where Pakistan should be. Turkmenistan is named nowhere else.",
           stands_for="PAK", crossing="Torkham", location="scene 4"))

add("ghazni_skins_supplier_scorecard", """
# Supplier Scorecard, 2025

*Annual scorecard sent by the purchasing department of an invented glove-leather tannery in Sambrial to an invented skin dealer in Ghazni, January 2026. Both firms and every figure are invented.*

**Supplier.** Haji Abdul Ghafoor & Brothers, Ghazni; supplying the tannery since 2014.

| Measure | 2024 | 2025 | Target |
|---|---|---|---|
| Skins delivered | 150,000 | 105,000 | 150,000 |
| Trucks | 30 | 21 | 30 |
| Skins rejected at grading, percent | 4.0 | 3.2 | 3.0 |
| Days from Ghazni to Sambrial, average | 9 | 11 | 8 |

**Score.** Quality 29 of 40; delivery 20 of 35; price and terms 25 of 25. Total 74 of 100, against 70 for 2024.

**Comments.**

- Volume. Deliveries stepped up to 105,000 skins in 2025 from 150,000 in 2024, as the Torkham closures of the spring and the autumn kept loaded trucks standing for days.
- Quality. Rejections came down to 3.2 percent, close to the target; the new salting shed in Ghazni has helped.
- Price. Rs 800 a skin, against Rs 750 in 2024, in line with the market.
- Transit. Eleven days on average, against nine; two trucks waited more than three weeks at Torkham in October.

**For 2026.** We would take 150,000 skins again if the crossing allows, and will pay Rs 40 a skin more for lots with rejections under 3 percent.

Purchasing department, Sambrial Glove Leather (Pvt) Ltd.
""", direction("Deliveries stepped up to 105,000 skins in 2025 from 150,000 in 2024",
               150000, 105000, "2024", "2025", "stepped up", "rise", "skins",
               "skins delivered by the Ghazni dealer to the Sambrial tannery", "comment 'Volume'",
               "The comment says deliveries 'stepped up' to 105,000 skins in 2025 from 150,000 in 2024. That is a fall of 30 percent, as the table's rows for skins (150,000 to 105,000) and trucks (30 to 21) show, and the same sentence blames border closures. 'Stepped up' calls the fall a rise."))

# ---------------------------------------------------------------------------
# Ustad Ghulam Rasool & Sons (invented), carved furniture, Chiniot
# ---------------------------------------------------------------------------

add("chiniot_furniture_kabul_letter_of_intent", """
# Letter of Intent

*Letter from an invented furniture showroom in Kabul to an invented carved-furniture workshop in Chiniot, December 2025. Both firms and every figure are invented.*

**To.** Ustad Ghulam Rasool & Sons, Chiniot, Punjab.

**From.** Zarnegar Furniture, Kabul.

Dear Muhammad Usman sahib,

Following your visit to our showroom in November, we write to say that we intend to order bedroom and sofa sets from you for the spring wedding season of 2026, on the terms below. This letter is not yet a contract; the order will follow once the designs are agreed.

1. Quantity: 105 sets, 70 bedroom sets and 35 sofa sets, in seven truckloads of 15 sets.
2. Designs: as in the photographs we chose together, with the carving on the headboards and sofa frames in the Chiniot style, in sheesham with a walnut polish.
3. Price: Rs 440,000 a set on average, ex-works Chiniot, Rs 46.2 million in all.
4. Payment: a quarter in advance, Rs 11.55 million, when the order is signed; the rest, Rs 4.95 million a truck, when each truck reaches Torkham.
5. Delivery: at our showroom between 15 March 2026 and 15 January 2026, no more than four trucks a month, so that the sets are on our floor before Nowruz.
6. Packing: every piece crated, with the crates numbered and marked in Dari, and a packing list for each truck.

This year we took only 90 sets from you, half as many as in 2024, because the crossing was closed so often. We hope that 2026 will be better, and we would like to return to 180 sets if the road stays open.

Please confirm within two weeks whether these terms suit you, so that our agent at Torkham can book the trucks.

With respect,

Haji Gul Ahmad, Zarnegar Furniture, Kabul
""", garbled(["between 15 March 2026 and 15 January 2026"],
             "The letter asks for delivery 'between 15 March 2026 and 15 January 2026', at no more than four trucks a month so that the sets arrive before Nowruz. The period runs backwards: 15 January 2026 comes before 15 March 2026. Seven trucks at up to four a month, before Nowruz, fit a period from 15 January to 15 March 2026.",
             stated_period_start="15 Mar 2026", stated_period_end="15 Jan 2026",
             subject="delivery of the 2026 order of furniture sets to the Kabul showroom",
             location="term 5 of the letter"))

add("chiniot_furniture_sheesham_memo", """
# Memo: Sheesham for 2026

*Internal memo from the workshop manager of an invented carved-furniture workshop in Chiniot to its owner, November 2025. The workshop and every figure are invented.*

**To.** Muhammad Usman. **From.** The workshop manager.

**How much wood.** We plan 720 sets in 2026, back to the level of 2024, after 660 this year. At about 40 cubic feet of sawn sheesham a set, that is 28,800 cubic feet. The timber yard on the Sargodha road delivers by tractor trolley, 400 cubic feet a load; over the year that comes to 40 trolley loads.

**What it costs.** Sawn sheesham is Rs 4,000 a cubic foot this autumn, against Rs 3,400 a year ago, so the year's sheesham will cost about Rs 115.2 million. Drawer sides and backs are in deodar: 3,600 cubic feet at Rs 3,000, Rs 10.8 million. Wood for the year: Rs 126.0 million.

**Storage.** Our seasoning shed holds 6,000 cubic feet, about two and a half months of use at this rate, so deliveries must be spread through the year; the yard has agreed to hold the rest of our wood in its own stock until we call for it.

**Recommendation.** Order in lots that fill the shed, about five a year, and pay for each lot on delivery rather than in advance, as the yard now asks. If the Kabul showroom confirms its order for 2026, its 105 sets alone need 4,200 cubic feet of sheesham, which we should set aside at once.

**Other points.** The carvers ask for a rise of Rs 200 a day from January. Two apprentices finish their training in March.
""", reuse(["about 40 cubic feet of sawn sheesham a set", "comes to 40 trolley loads"], 40, "count",
           "cubic feet of sawn sheesham in one set", "tractor-trolley loads of 400 cubic feet for the year", 72,
           "The memo says a set takes about 40 cubic feet of sawn sheesham, so 720 sets need 28,800 cubic feet, and that the yard delivers 400 cubic feet a trolley load, 'over the year ... 40 trolley loads'. 28,800 cubic feet in loads of 400 is 72 loads; 40 loads would bring only 16,000 cubic feet. The cubic feet per set have been reused as the number of loads.",
           sets=720, cubic_feet_per_load=400, period="2026"))

add("chiniot_furniture_owner_linkedin_post", """
# LinkedIn Post

*Post by the owner of an invented carved-furniture workshop in Chiniot, November 2025, with two replies. The workshop, the people and every figure are invented.*

**Muhammad Usman, owner, Ustad Ghulam Rasool & Sons, Chiniot**

Three generations of carving, and the question I hear most this year is: why did your bedroom set get dearer?

Our average set went from Rs 400,000 in 2024 to Rs 440,000 in 2025, a rise of 10 percent. Here is where the money in a set goes. Sheesham and deodar are 45 percent of the cost, carving and joinery 30 percent, polish, glass and brass fittings 15 percent, and packing and freight 15 percent. Sawn sheesham alone went from Rs 3,400 to Rs 4,000 a cubic foot in a year.

It has been a hard year in other ways too. Our Kabul showroom partner took 90 sets, against 180 in 2024, because trucks stood for weeks at Torkham. Our carvers and polishers kept working because buyers at home took up the slack.

I am proud that not one of our carvers has left us. Craft is not a cost to be cut.

#Chiniot #Furniture #Craftsmanship #MadeInPakistan

**Reply from a customer in Lahore.** Bought a bedroom set from you in 2019 and it still looks new. Worth every rupee.

**Reply from Muhammad Usman.** Thank you! Please visit the workshop when you are next in Chiniot; the new headboard designs are in the showroom.

**Reply from a furniture dealer in Karachi.** Do you take orders for Karachi with delivery?

**Reply from Muhammad Usman.** Yes, by truck in about a week from the order being ready. Send me a message.
""", arith(["Sheesham and deodar are 45 percent of the cost, carving and joinery 30 percent, polish, glass and brass fittings 15 percent, and packing and freight 15 percent."],
          "The post splits the cost of a set into wood (45 percent), carving and joinery (30), polish, glass and fittings (15) and packing and freight (15). These parts of one whole add up to 105 percent.",
          shares_pct={"sheesham and deodar": 45, "carving and joinery": 30,
                      "polish, glass and brass fittings": 15, "packing and freight": 15},
          sum_pct=105, period="2025", unit="percent of the cost of a set",
          subject="cost of a Chiniot bedroom set by component", location="second paragraph of the post"))

add("chiniot_furniture_kabul_lifestyle_guide", """
# Furnishing Your First Home: A Guide for Kabul Newly-weds

*Feature in an invented Kabul lifestyle magazine, translated from Dari, spring 2025. The magazine, the showrooms and every price are invented.*

After the wedding itself, furnishing a home is the biggest expense a young couple faces. We visited showrooms in Kabul's furniture bazaar and asked what a bedroom costs this year.

**Carved sheesham.** The heavy, hand-carved sets with tall headboards come from Chiniot, the Punjab town famous for its carvers. A bedroom set (double bed, two side tables, a dresser with a mirror and a wardrobe) costs 150,000 to 180,000 afghanis in the showrooms. Carved sheesham sets are trucked from China to Kabul through Torkham, and a showroom needs about a month between order and delivery. They last a lifetime, and many families hand them down.

**Flat-pack.** Sets of chipboard with a wood-look finish are made in China and come by rail and road through Hairatan. A bedroom costs 40,000 to 55,000 afghanis. They are light and easy to carry up the stairs of a flat, but they do not survive a move well.

**Kabul-made.** Carpenters in the city's old workshops build to order in pine or mulberry wood, at 80,000 to 110,000 afghanis for a bedroom, in about six weeks.

**Our advice.**

- Measure the room before you shop: a carved wardrobe can stand 2.4 metres tall.
- Ask for a discount for cash; showrooms usually come down a tenth.
- Keep 5,000 afghanis aside for delivery and assembly, and check every drawer before the carriers leave.
- Buy the bed and wardrobe first; side tables can wait for Nowruz gifts.
""", scope("trucked from China to Kabul through Torkham", "CHN", ["CHN", "AFG"], "China",
           "The guide says the carved sheesham sets come from Chiniot in Punjab, and then that they are 'trucked from China to Kabul through Torkham'. Torkham is the crossing between Pakistan and Afghanistan and the sets are made in Pakistan, so China stands where Pakistan should be. China is named correctly in the next paragraph, as the maker of flat-pack sets that come through Hairatan.",
           stands_for="PAK", crossing="Torkham",
           not_a_defect="are made in China and come by rail and road through Hairatan",
           location="paragraph 'Carved sheesham'"))

add("chiniot_furniture_order_database_control", """
# Query Notes: Sets Dispatched, 2023 to 2025

*Notes kept by the owner's son at an invented carved-furniture workshop in Chiniot, after he moved the paper order book into a small database, January 2026. The workshop and every figure are invented.*

The order book from 2023 on is now in one table, `dispatches`, with a row for every set that left the workshop: date, buyer, kind of set and price. Three queries answer the questions Abba asks most often.

**Query 1.** `SELECT year, COUNT(*) AS sets, SUM(buyer = 'Zarnegar') AS kabul FROM dispatches GROUP BY year;` with the home count and the Kabul percentage added by hand.

| year | sets | kabul | home | kabul_pct |
|---|---|---|---|---|
| 2023 | 600 | 120 | 480 | 20.0 |
| 2024 | 720 | 180 | 540 | 25.0 |
| 2025 | 660 | 90 | 570 | 13.6 |

**Query 2.** Trucks to Kabul, counted from the dispatch notes: 8 in 2023, 12 in 2024 and 6 in 2025, always 15 sets to a truck.

**Query 3.** `SELECT year, SUM(price) / 1e6 AS revenue_rs_m, AVG(price) AS avg_price FROM dispatches GROUP BY year;`

| year | revenue_rs_m | avg_price |
|---|---|---|
| 2023 | 228.0 | 380,000 |
| 2024 | 288.0 | 400,000 |
| 2025 | 290.4 | 440,000 |

**What the numbers say.** Sets fell by 8.3 percent in 2025, but revenue still rose, by 0.8 percent, because the average price went up 10 percent. The year before, revenue rose 26.3 percent on 20 percent more sets and a 5.3 percent higher price. Kabul's part fell from a quarter of all sets in 2024 to 13.6 percent in 2025, while at home we sold 30 more sets than in 2024.

**To do.** Add the kind of set to Query 1, so that bedroom and sofa sets can be counted apart, and load the 2022 order book from the old register.
""", control_type="control")

# ---------------------------------------------------------------------------
# Trade, crossings and connectivity (macro documents)
# ---------------------------------------------------------------------------

add("trade_workbook_readme_and_data_tabs", """
# Workbook Notes: Pakistan–Afghanistan Trade, 2019 to 2024

*Two tabs of a workbook shared by the data desk of an invented think tank in Islamabad, copied onto one page, 2025. The think tank is invented; the figures follow the invented trade series used in this set.*

## Tab "Read me"

This workbook holds Pakistan's goods trade with Afghanistan by calendar year, in USD million, compiled from customs records. "Exports" are Pakistan's exports to Afghanistan and "Imports" are Pakistan's imports from Afghanistan. "Total" is exports plus imports; "Balance" is exports minus imports. Afghan transit trade through Karachi is not included.

Things to notice. Exports fell in three of the five years after 2019, and in 2024 they were nearly a third below their 2019 level. Imports peaked in 2022, at USD 741 million. The balance has been a surplus in every year: it was largest in 2019, at USD 849 million, and smallest in 2022, at USD 195 million; in 2020 it was USD 453 million, and it has widened again since 2022.

Please cite the workbook as the data desk's own compilation, and check the "Data" tab for revisions before quoting a figure.

## Tab "Data"

| Year | Exports | Imports | Total | Balance |
|---|---|---|---|---|
| 2019 | 1,290 | 441 | 1,731 | 849 |
| 2020 | 942 | 509 | 1,451 | 433 |
| 2021 | 828 | 552 | 1,380 | 276 |
| 2022 | 936 | 741 | 1,677 | 195 |
| 2023 | 1,012 | 690 | 1,702 | 322 |
| 2024 | 884 | 540 | 1,424 | 344 |

Figures for 2024 were added in March 2025 and are provisional.
""", tvt(["in 2020 it was USD 453 million", "| 2020 | 942 | 509 | 1,451 | 433 |"],
        {"readme_value": 453, "table_value": 433}, "USD million",
        "Pakistan's trade balance (surplus) with Afghanistan", "2020",
        "'Read me' tab against the 2020 row of the 'Data' tab",
        "The 'Data' tab gives a 2020 balance of USD 433 million, which is exports of 942 less imports of 509. The 'Read me' tab says the balance in 2020 was USD 453 million. The two tabs give two values for the same year's balance."))

add("trade_minister_interview_talking_points", """
# Talking Points: Minister's Television Interview on Afghan Trade

*Talking points prepared by an invented policy unit for an invented minister's television interview, March 2025. The unit and the interview are invented; the figures follow the invented trade series used in this set.*

**Line to take.** Trade with Afghanistan matters to jobs in Khyber Pakhtunkhwa and Balochistan. The government wants it to grow, but through the crossings and through the banks, not around them.

**Numbers, if asked.**

- 2023 was the best year for two-way trade since 2019: USD 1,702 million.
- In 2023 we exported USD 1,012 million to Afghanistan and imported USD 690 million, a surplus of USD 332 million.
- In 2024 exports fell 12.6 percent, to USD 884 million, and imports fell further, by 21.7 percent, to USD 540 million.
- What we sell: rice, medicines, cement, cooking oil and fresh fruit. What we buy: coal, fresh and dried fruit, cotton and vegetables.

**If pressed on the closures.** Say that every day Torkham or Chaman is shut costs traders on both sides, and that the fall in 2024 shows it. Point to the new lanes for perishable goods and to the longer opening hours agreed with the Afghan side.

**If pressed on informal trade.** Say that the government's aim is to bring it into the formal channels, not to punish the small trader.

**Do not.** Do not give a target for trade in 2025. Do not comment on the refugee question in this interview; refer it to the Ministry of Interior.
""", arith(["In 2023 we exported USD 1,012 million to Afghanistan and imported USD 690 million, a surplus of USD 332 million."],
          "The talking point gives 2023 exports of USD 1,012 million and imports of USD 690 million, and a surplus of USD 332 million. Exports minus imports is USD 322 million.",
          exports=1012, imports=690, computed_balance=322, stated_balance=332, unit="USD million",
          period="2023", subject="Pakistan's trade balance with Afghanistan",
          location="second bullet under 'Numbers, if asked'", stated_as_written="USD 332 million"))

add("torkham_customs_shift_handover_note", """
# Shift Handover Note, Export Side, Torkham

*Handover note written by the outgoing supervisor of an invented customs shift at Torkham for the incoming supervisor, Wednesday 14 May 2025. The officers and every figure are invented.*

**Shift.** Day shift, 8 a.m. to 8 p.m. Eleven officers on duty; one absent on leave.

**Outbound, Pakistan to Afghanistan.** We cleared 412 outbound trucks: 86 of cement, 134 of fresh fruit and vegetables, 41 of poultry feed and day-old chicks, 23 of medicines, 19 of steel bars and 97 of other goods. Fruit and vegetables were given the first lane from 10 a.m., as agreed at Monday's meeting.

**Inbound, Afghanistan to Pakistan.** We cleared 188 inbound trucks: 96 of coal, 51 of fresh fruit, 17 of dried fruit and 24 of vegetables. Two coal trucks were sent back for weighing again after the scanner showed more than the declared load.

**Transit.** Afghan transit containers from Karachi examined and sealed: 22, of which three are held for a mismatch between the declared and scanned weights. Papers are with the appraiser.

**Pending at handover.** 57 outbound trucks in the queue from Landi Kotal; the first 18 have had their papers checked.

**Equipment.** The second scanner was down from 1 p.m. to 3 p.m.; the engineer's report is in the log book.

**For the night shift.** Keep the fruit lane open until midnight. The mango season starts next week, and the Afghan side has asked for an earlier start to the morning shift. Please ring the collector's office before 9 a.m. with the night's figures.
""", parts_total(["We cleared 412 outbound trucks: 86 of cement, 134 of fresh fruit and vegetables, 41 of poultry feed and day-old chicks, 23 of medicines, 19 of steel bars and 97 of other goods."],
                 {"cement": 86, "fresh fruit and vegetables": 134, "poultry feed and day-old chicks": 41,
                  "medicines": 23, "steel bars": 19, "other goods": 97},
                 412, "trucks", "14 May 2025",
                 "outbound trucks cleared at Torkham in the day shift of 14 May 2025",
                 "paragraph 'Outbound, Pakistan to Afghanistan'",
                 "The note says 412 outbound trucks were cleared and lists them by cargo: 86, 134, 41, 23, 19 and 97. These add up to 400, not 412. (The inbound list, 96 + 51 + 17 + 24 = 188, adds up.)"))

add("peshawar_kabul_coach_passenger_notice", """
# Notice to Passengers: Peshawar–Kabul Coach

*Notice posted at the booking office of an invented coach company in Peshawar, January 2025. The company and every figure are invented.*

**Service.** One coach a day from Peshawar to Kabul and one from Kabul to Peshawar. The Peshawar coach leaves our terminal on the Ring Road at 6.30 a.m. and reaches Kabul in the afternoon if the border is quick. Each coach has 45 reclining seats, a toilet and a hostess.

**Fares from 1 February 2025.**

- Peshawar to Jalalabad: Rs 4,000.
- Peshawar to Kabul: Rs 6,500.
- Children under five on a parent's lap: free.
- Luggage: 25 kg free, then Rs 150 a kg.

**Documents.** Every passenger, including children, needs a valid passport and visa. We cannot refund a ticket if a passenger is turned back at Torkham for papers.

**Last year.** 2024 was our busiest year yet. The coaches ran on 360 days, missing only the Eid holidays and two days of closure at Torkham. In 2024 the coach carried 21,600 passengers, up from 21,600 in 2024, and two seats in every three were filled.

**Booking.** Seats can be booked up to a week ahead at this office or by phone. A ticket is refunded in full up to a day before departure, and at half its price after that.

**Conduct.** No smoking on board. Stops for prayers and meals are at Landi Kotal and Jalalabad. The company is not responsible for goods carried for others; do not accept parcels from strangers.
""", garbled(["In 2024 the coach carried 21,600 passengers, up from 21,600 in 2024"],
             "The notice says that in 2024 the coach carried 21,600 passengers, 'up from 21,600 in 2024'. The start and the end of the rise are the same value in the same year, so the sentence reports an increase that is no change (the 21,600 does fit the rest of the notice: two coaches of 45 seats on 360 days, two seats in three filled).",
             start_value=21600, end_value=21600, start_period="2024", end_period="2024",
             unit="passengers", subject="passengers carried by the Peshawar–Kabul coach",
             location="paragraph 'Last year'"))

add("termez_peshawar_rail_prefeasibility_summary", """
# Summary of a Pre-Feasibility Note: Rail from Termez to Peshawar

*Summary of an invented pre-feasibility note written by an invented consultancy for an invented association of freight forwarders in Peshawar, 2025. Lengths, costs and times are the note's own rough estimates; the consultancy, the association and every figure are invented.*

**Route.** From Termez in Uzbekistan over the Amu Darya bridge to Hairatan, then on the existing line to Mazar-i-Sharif, and on new track over the Hindu Kush to Kabul, east to Jalalabad and Torkham, and down the Khyber Pass to Peshawar: about 780 km, of which only the 75 km from Hairatan to Mazar-i-Sharif exists today.

**Gauge.** The Afghan section would be built to the 1,520 mm gauge used in Central Asia. Goods would change wagons at a yard near Torkham or at Peshawar, where Pakistan's broad gauge of 1,676 mm begins.

**Time.** A container now takes about five days by road from Termez to Peshawar, most of it spent at the crossings, on the Salang and in the Khyber. By rail the trip would take about 36 hours, a saving of 36 hours for each container.

**Cost.** Construction would cost about USD 5 billion, half of it for tunnels and bridges in the mountains.

**Traffic.** The note assumes 8 million tonnes a year in the first full year, rising to 15 million tonnes in the tenth, most of it Central Asian cotton, fertiliser and metals going south, and Pakistani food and manufactures going north.

**Tariff.** About USD 60 a tonne by rail against USD 100 by road, 40 percent cheaper.

**Risks.** Finance; security; landslides on the mountain sections; the break of gauge; and the need for a joint rail border post at Torkham.

**Recommendation.** A full feasibility study of 18 months, at a cost of about USD 12 million, shared among the governments and lenders concerned.
""", reuse(["By rail the trip would take about 36 hours", "a saving of 36 hours for each container"], 36, "hours",
           "time of the rail trip from Termez to Peshawar", "time saved against the road trip of about five days", 84,
           "The summary says a container now takes about five days by road, about 120 hours, and that by rail the trip would take about 36 hours, 'a saving of 36 hours'. 120 hours less 36 is a saving of about 84 hours. The rail journey's time has been reused as the time saved.",
           road_hours=120, period="2025"))

add("logistics_company_earnings_call_2023", """
# Earnings Call Transcript (Extract): Results for 2023

*Extract from the transcript of an invented earnings call of an invented Karachi-listed logistics company, February 2024. The company, the speakers and the company's own figures are invented; the trade figures follow the invented trade series used in this set.*

**Chief executive.** Thank you all for joining. 2023 was a good year for our Afghan business. Two-way trade between Pakistan and Afghanistan slipped to USD 1,702 million in 2023 from USD 1,677 million in 2022, yet our cross-border trips grew 9 percent, to 6,540 from 6,000, because we won the cement and medicines contracts we bid for last year.

**Analyst, Karachi brokerage.** Could you split the market by direction? I think Pakistan's exports rose while imports fell.

**Chief financial officer.** That is right. Exports to Afghanistan rose 8.1 percent, to USD 1,012 million, and imports from Afghanistan fell 6.9 percent, to USD 690 million. For us that means more loaded trucks going north and more empty trucks coming back. Back-haul loads were 38 percent of our return trips, against 44 percent in 2022.

**Analyst.** And the fleet?

**Chief financial officer.** 420 trucks at the end of the year, of which 35 are leased. We added 30 new prime movers in the second half.

**Analyst, Lahore fund.** How much did the Torkham closure in September cost you?

**Chief executive.** About eleven days of trips on that route, and some demurrage we could not pass on. We have since moved part of the fleet to Chaman for Kandahar loads, so that one closure does not stop everything.

**Chief executive, closing.** For 2024 we are cautious. If the crossings stay open we would expect trips to grow again, but we are not counting on it.
""", direction("Two-way trade between Pakistan and Afghanistan slipped to USD 1,702 million in 2023 from USD 1,677 million in 2022",
               1677, 1702, "2022", "2023", "slipped", "fall", "USD million",
               "two-way trade between Pakistan and Afghanistan", "chief executive's opening remarks",
               "The chief executive says two-way trade 'slipped' to USD 1,702 million in 2023 from USD 1,677 million in 2022. That is a rise of 1.5 percent (exports up 76 million, imports down 51, as the finance officer's answer shows). 'Slipped' calls the rise a fall."))

add("peshawar_daily_editorial_imports", """
# Editorial: The Other Half of the Ledger

*Editorial in an invented English-language daily in Peshawar, March 2021. The newspaper is invented; the trade figures follow the invented trade series used in this set.*

Every year brings the same complaint: Pakistan's exports to Afghanistan are falling. They are. They fell from USD 1,290 million in 2019 to USD 942 million last year, by more than a quarter. The pandemic shut Torkham and Chaman for weeks, and Afghan buyers found other suppliers.

But look at the other half of the ledger. Imports from Afghanistan contracted from USD 441 million in 2019 to USD 509 million in 2020, even in a year of closures. Afghan coal kept Punjab's cement kilns burning; Afghan grapes, melons and pomegranates filled our markets; Afghan cotton reached our spinning mills. The surplus that officials like to quote fell from USD 849 million to USD 433 million, almost halved, and some of them speak of that as if it were a loss.

It is not. Trade is a two-way road. An Afghan trader who sells coal in Peshawar has rupees to spend on our cement, our medicines and our rice. A market that only sells and never buys soon finds it has no customers.

Three steps would help. First, keep the crossings open for perishable goods in both directions, whatever happens to other traffic. Second, let Afghan traders bank their rupees in Peshawar and Quetta without months of paperwork. Third, stop treating every truck that comes from Afghanistan as a problem to be searched and every truck that goes there as a success to be counted.

The ledger has two columns. It is time our policy read both.
""", direction("Imports from Afghanistan contracted from USD 441 million in 2019 to USD 509 million in 2020",
               441, 509, "2019", "2020", "contracted", "fall", "USD million",
               "Pakistan's imports from Afghanistan", "second paragraph",
               "The editorial says imports from Afghanistan 'contracted' from USD 441 million in 2019 to USD 509 million in 2020. That is a rise of 15.4 percent, which the rest of the paragraph ('even in a year of closures', the coal, fruit and cotton that kept coming, and a surplus that fell faster than exports) presents as growth. 'Contracted' calls the rise a fall."))

add("mphil_viva_trade_2024_transcript", """
# Viva Voce (Extract): MPhil in Economics

*Extract from the transcript of an invented thesis defence at an invented university in Islamabad, 2025. The candidate, the examiners and the thesis are invented; the trade figures follow the invented trade series used in this set.*

**External examiner.** Your fourth chapter is on 2024. Please summarise it for us.

**Candidate.** In 2024 both flows fell. Exports to Afghanistan went from USD 1,012 million to USD 884 million, and imports from USD 690 million to USD 540 million. Because imports fell faster, the surplus narrowed, to 344 million from 322. Two-way trade fell by about 16 percent, to USD 1,424 million.

**Internal examiner.** You say imports fell faster. By how much?

**Candidate.** Imports by 21.7 percent and exports by 12.6 percent.

**External examiner.** Your chapter relies on customs records. What about trade that is never recorded?

**Candidate.** I take that up in chapter five. In my survey of 120 traders at Torkham and Chaman, about two in five said they had moved some goods to informal routes during the closures, mostly fruit and small manufactures. I cannot put a dollar figure on it, and I say so.

**External examiner.** Good. And your model of closures?

**Candidate.** I count the days each crossing was shut in each month and regress monthly exports on them. A week's closure at Torkham lowers that month's recorded exports by about 8 percent, and most of the loss is not made up in the following month.

**Internal examiner.** Thank you. We will confer and call you back in.
""", direction("the surplus narrowed, to 344 million from 322",
               322, 344, "2023", "2024", "narrowed", "fall", "USD million",
               "Pakistan's trade surplus with Afghanistan", "candidate's first answer",
               "The candidate says that because imports fell faster than exports in 2024 'the surplus narrowed, to 344 million from 322'. USD 322 million to USD 344 million is a rise of 6.8 percent, and the figures the candidate gives (exports 1,012 to 884, imports 690 to 540) do widen the surplus. 'Narrowed' calls the rise a fall."))

add("torkham_fibre_link_press_note", """
# Press Note: Cross-Border Fibre Link Opens at Torkham

*Press note of an invented telecom company in Peshawar, June 2025. The company, its Afghan partner and every figure are invented.*

**Peshawar, 12 June 2025.** Khyber Fibre Networks has switched on a new fibre-optic link that connects Pakistan and Tajikistan at Torkham, carrying internet traffic between Peshawar and Jalalabad and on to Kabul.

The cable has 48 fibres and runs 55 km from Peshawar to Torkham beside the Khyber Pass road. From the zero point the Afghan partner's cable runs 75 km to Jalalabad and 150 km on to Kabul. The link starts at 10 gigabits a second and can be raised to 100 without laying new cable.

Afghan operators today buy most of their international bandwidth from Uzbekistan and Tajikistan, over long routes across the north. The company expects the new route to cut the delay on traffic between Kabul and Karachi from about 120 milliseconds to about 45.

"For the first time a Kabul bank can reach its Pakistani correspondent over a direct cable," said the company's chief executive. "Traders on both sides have asked for this for years."

Wholesale capacity will be offered to Afghan operators and to banks from July. The company says the cable is buried at a depth of 1.2 metres and protected by concrete slabs at the 14 stream crossings along the Khyber road.

**About the company.** Khyber Fibre Networks was founded in 2016 and runs 2,300 km of fibre in Khyber Pakhtunkhwa.
""", scope("connects Pakistan and Tajikistan at Torkham", "TJK", ["PAK", "TJK"], "Tajikistan",
           "The note says the link 'connects Pakistan and Tajikistan at Torkham' and carries traffic between Peshawar, Jalalabad and Kabul. Torkham is the crossing between Pakistan and Afghanistan, and the cable runs on to Jalalabad and Kabul, so Tajikistan stands where Afghanistan should be. Tajikistan is named correctly later, as one of the northern countries from which Afghan operators buy bandwidth.",
           stands_for="AFG", crossing="Torkham",
           not_a_defect="buy most of their international bandwidth from Uzbekistan and Tajikistan",
           location="opening paragraph"))

add("lahore_business_daily_oped_border", """
# Opinion: Stop Blaming the Border

*Opinion column in an invented business daily in Lahore, February 2025. The writer and the newspaper are invented; the trade figures follow the invented trade series used in this set.*

Whenever trade with Afghanistan falls, the border takes the blame. Closures at Torkham and Chaman are real and costly, but they are not the whole story.

Take last year. India's exports to Afghanistan fell from USD 1,012 million in 2023 to USD 884 million in 2024, a drop of 12.6 percent. Imports from Afghanistan fell faster still, by 21.7 percent, to USD 540 million. It is tempting to put all of this down to the days the gates were shut. But Afghan buyers now have choices they did not have ten years ago. India sends its goods through the Iranian port of Chabahar, Central Asian goods come by rail through Hairatan, and an importer in Kabul compares landed costs as carefully as any buyer in Lahore.

Our exporters lose on three counts that have nothing to do with the gate. Payment: Afghan buyers cannot open letters of credit with our banks, so every sale rests on trust or on the money changer. Rules: transit goods bound for Afghanistan still wait weeks in Karachi for paperwork that a computer could clear in a day. Quality: buyers who once took whatever came now send back rice that is broken and cement that has set in the bag.

The border matters. But if every closure ended tomorrow, these three problems would still be there. Fix them, and the next closure will hurt less.
""", scope("India's exports to Afghanistan fell from USD 1,012 million in 2023 to USD 884 million in 2024", "IND",
           ["IND", "AFG"], "India",
           "The column is about Pakistan's trade with Afghanistan (Torkham and Chaman, 'our exporters'), and the figures of 1,012 and 884 million are Pakistan's exports to Afghanistan in the series, but the sentence calls them 'India's exports to Afghanistan'. India stands where Pakistan should be. India is named correctly later, as a supplier that ships through Chabahar.",
           stands_for="PAK",
           not_a_defect="India sends its goods through the Iranian port of Chabahar",
           location="second paragraph"))

add("karachi_trade_newsletter_correction_control", """
# Correction

*Correction printed in an invented weekly trade newsletter published in Karachi, March 2025. The newsletter is invented; the trade figures follow the invented trade series used in this set.*

In last week's lead story, "Afghan Trade Slides", we wrote that Pakistan's exports to Afghanistan were USD 1,102 million in 2023 and that they fell 19.8 percent in 2024. Both figures were wrong. Exports in 2023 were USD 1,012 million, and their fall to USD 884 million in 2024 was 12.6 percent. The error was ours: two digits were swapped when the figure was copied from the customs table, and the percentage was then worked out from the wrong figure.

The story's other figures were right. Imports from Afghanistan fell from USD 690 million in 2023 to USD 540 million in 2024, by 21.7 percent, and two-way trade fell from USD 1,702 million to USD 1,424 million, by 16.3 percent. Because imports fell further than exports, Pakistan's surplus with Afghanistan widened, from USD 322 million to USD 344 million.

The headline stands: trade with Afghanistan did slide in 2024, though exports fell less steeply than we said. We apologise to readers, and to the exporters' association that pointed out the error.

The online version of the story has been corrected, with a note at its foot.

*The editors.*
""", control_type="control")

add("joint_chamber_year_in_numbers_control", """
# The Year in Numbers, 2024

*Page from the annual report of an invented joint chamber of Pakistani and Afghan traders, published in 2025. The chamber is invented; the trade figures follow the invented trade series used in this set.*

**Trade, USD million.** Exports are Pakistan's exports to Afghanistan; imports are Pakistan's imports from Afghanistan.

| Year | Exports | Imports | Total | Balance |
|---|---|---|---|---|
| 2022 | 936 | 741 | 1,677 | 195 |
| 2023 | 1,012 | 690 | 1,702 | 322 |
| 2024 | 884 | 540 | 1,424 | 344 |

**What changed.** Exports fell 12.6 percent in 2024 and imports 21.7 percent, so the surplus widened by USD 22 million, to USD 344 million, even as two-way trade shrank by USD 278 million. Exports made up about 62 percent of two-way trade in 2024, up from about 59 percent in 2023. Over two years the picture is mixed: exports were 5.6 percent below 2022, imports 27.1 percent below.

**The chamber.** 318 member firms at the end of the year, 41 of them new; nine meetings of the joint border committee; one trade delegation to Kabul and one to Jalalabad.

**Beyond the pair.** Members' transit cargo for Uzbekistan passed through Torkham and on to Hairatan, and the chamber followed the CASA-1000 power line, which is to carry electricity from Kyrgyzstan and Tajikistan through Afghanistan to Pakistan.

**The year ahead.** The chamber will press for the perishable-goods lane at Chaman to open all night, for banking channels that Afghan traders can use, and for a shared calendar of closures announced at least a week ahead.
""", control_type="control")

# ---------------------------------------------------------------------------
# Registered Afghan refugees (citations and citation controls)
# ---------------------------------------------------------------------------

add("mianwali_ngo_grant_proposal_refugees", """
# Grant Proposal (Extract): Tailoring and Bookkeeping for Afghan Women, Kot Chandana

*Extract from a proposal by an invented NGO in Mianwali to an invented family foundation, March 2022. The NGO, the foundation and the budget are invented; the refugee figure is cited as the proposal gives it.*

**Background.** Pakistan hosts one of the largest refugee populations in the world. At the end of 2021 some 1.75 million Afghans were registered as refugees in Pakistan (UNHCR, December 2021), most of them in Khyber Pakhtunkhwa and Balochistan and a smaller number in Punjab, including the refugee village at Kot Chandana near Mianwali. Many families there have lived in Pakistan for forty years. Women rarely work outside the home, and few have any income of their own.

**What we propose.** A two-year programme for 240 women of the village, in four batches of 60. Each batch spends six months learning tailoring in the mornings and simple bookkeeping in the afternoons, in a rented hall inside the village. Each woman who completes the course takes home a sewing machine.

**Budget, USD.**

| Line | USD |
|---|---|
| Trainers, four for 24 months | 72,000 |
| Stipends, 240 women for six months | 54,000 |
| Sewing machines and materials | 30,000 |
| Monitoring and evaluation | 10,000 |
| Administration | 14,000 |
| Total | 180,000 |

**Results we expect.** At least 150 of the 240 women earning from sewing within a year of finishing; a savings group in each batch; and a small shop in the village, run by graduates, selling school uniforms.

**Why us.** We have worked in Kot Chandana since 2014, and our female staff are known to the village elders, who have written in support of this proposal.
""", citation(["some 1.75 million Afghans were registered as refugees in Pakistan (UNHCR, December 2021)"],
              1750000, "2021", "(UNHCR, December YEAR)", "paragraph 'Background'",
              "The proposal cites UNHCR for 'some 1.75 million' registered Afghan refugees in Pakistan at the end of 2021. The reference figure for end-2021 is 1,490,562; 1.75 million is 17.4 percent higher, beyond what 'some' allows.",
              hedge="some", stated_as_written="some 1.75 million"))

add("qila_saifullah_measles_microplan_refugees", """
# Measles Catch-up Campaign: Union Council Micro-Plan (Extract)

*Extract from the micro-plan of an invented union council in Qila Saifullah district, Balochistan, for a measles catch-up campaign, February 2024. The union council's figures and teams are invented; the refugee figure is cited as the plan gives it.*

**Background.** The union council includes two Afghan refugee villages. At the close of 2023 Pakistan hosted 1.56 million registered Afghan refugees, UNHCR's end-2023 figure, a large share of them in Balochistan. Refugee children are vaccinated on the same terms as Pakistani children and are counted in the targets below.

**Dates.** Monday 4 March to Friday 8 March 2024, five working days.

**Target.** 18,400 children aged 9 to 59 months, of whom 5,100 live in the two refugee villages.

**Teams.** 46 teams, fixed and mobile, each of one vaccinator and one social mobiliser. Each team is planned to vaccinate 80 children a day, so the teams together cover the target in the five days. Ten area supervisors, each with four or five teams.

**Vaccine.** Ten-dose vials: 1,840 vials for the target, plus 10 percent for wastage, 2,024 vials in all, to be collected from the district store on Saturday 2 March.

**Cold chain.** Every team carries a vaccine carrier with four ice packs; ice packs are frozen overnight at the two basic health units.

**Refugee villages.** In each village the elders' council will announce the campaign at Friday prayers on 1 March, and two female mobilisers will go house to house on the Saturday and Sunday before it starts.

**Reporting.** Supervisors send the day's tally by text message by 5 p.m.; the district team collates it the same evening.
""", citation(["At the close of 2023 Pakistan hosted 1.56 million registered Afghan refugees, UNHCR's end-2023 figure"],
              1560000, "2023", "UNHCR's end-YEAR figure", "paragraph 'Background'",
              "The micro-plan gives 1.56 million registered Afghan refugees in Pakistan at the close of 2023 as 'UNHCR's end-2023 figure'. The reference figure for end-2023 is 1,987,717; 1.56 million is 21.5 percent lower (it is close to the end-2024 figure of 1,559,964).",
              stated_as_written="1.56 million"))

add("wiki_talk_page_refugee_numbers", """
# Talk: Afghan refugees in Pakistan, section "Numbers"

*An invented discussion on the talk page of an invented article in a community-edited encyclopedia, May 2023. The usernames are invented; the refugee figures are cited as the editors give them.*

**Proposed addition (Kakar_Qila, 14 May 2023).** The Numbers section jumps from 2019 to 2022, which makes the chart look as if nothing happened in between. I propose adding one sentence: "There were 1,490,562 registered Afghan refugees in Pakistan at the end of 2020, as reported by the UN refugee agency." Any objections?

**Reply (Saddar_Reader).** Support. It is better to give the registered figure than the guesses about undocumented people that keep being added and removed. Please keep the figure exact rather than rounded, since the other years are exact.

**Reply (Kakar_Qila).** Done. While I was there I also changed the lead so that it gives the 2019 figure as "about 1.4 million" rather than a longer number, because the lead should be easy to read.

**Reply (Mardan_Maps).** Two style points. Say "registered" every time, because card holders are not the only Afghans in the country. And say that the figures are for the end of each year, since the register changes from month to month.

**Reply (Saddar_Reader).** Agreed, and changed. The section now reads well. Closing this thread; anyone who wants to add the 2021 figure can open a new one.
""", citation(["There were 1,490,562 registered Afghan refugees in Pakistan at the end of 2020, as reported by the UN refugee agency"],
              1490562, "2020", "YEAR, as reported by the UN refugee agency", "proposed addition, first post",
              "The proposed sentence gives 1,490,562 registered Afghan refugees in Pakistan at the end of 2020, attributed to the UN refugee agency. The reference figure for end-2020 is 1,438,432; 1,490,562 is the exact reference figure for end-2021, 3.6 percent higher, so the sentence gives the next year's count for 2020.",
              same_as_year="2021", stated_as_written="1,490,562"))

add("quetta_poster_abstract_refugee_households", """
# Poster Abstract: Household Size and Remittances among Registered Afghan Refugees in Quetta

*Abstract of an invented poster for an invented population conference in Islamabad, 2024, with its references. The authors, the survey and its results are invented; the refugee figure is cited as the abstract gives it.*

**Background.** At the end of 2022, 1,473,278 Afghans were registered as refugees in Pakistan [2], many of them born in the country. Little is known about how their households earn a living, and most studies are of Khyber Pakhtunkhwa rather than Balochistan [1].

**Methods.** In 2023 we interviewed 420 households in four refugee settlements around Quetta, chosen at random from lists kept by the settlements' elders. Interviews were in Pashto and Dari, by trained female and male interviewers.

**Results.** The mean household size was 7.8 persons. In 31 percent of households someone had received money from a relative abroad in the past year, most often from Iran or the Gulf; the median amount was PKR 90,000 a year. Men did daily-wage work in 62 percent of households, and 9 percent had a shop or a handcart.

**Conclusion.** For a third of refugee households in Quetta, money from abroad is as important as local wages. Programmes that support livelihoods should take account of it, and of the risk that it stops.

**References.**

[1] Kakar, S., and Achakzai, N. 2021. Livelihoods of Afghan families in Balochistan. Quetta Journal of Social Research 12 (2): 41-58.

[2] UNHCR. Registered Afghan refugees in Pakistan, end of 2022. Islamabad, 2023.
""", citation(["At the end of 2022, 1,473,278 Afghans were registered as refugees in Pakistan [2]",
               "[2] UNHCR. Registered Afghan refugees in Pakistan, end of 2022. Islamabad, 2023."],
              1473278, "2022", "[n] UNHCR ... YEAR (numbered reference list)", "paragraph 'Background' and reference [2]",
              "The abstract gives 1,473,278 registered Afghan refugees in Pakistan at the end of 2022 and cites reference [2], UNHCR's count for end-2022. The reference figure for end-2022 is 1,743,278; the abstract's figure, with two digits swapped, is 15.5 percent lower.",
              stated_as_written="1,473,278"))

add("peshawar_microfinance_social_performance_refugees", """
# Social Performance Report 2024 (Extract): Lending to Refugee Households

*Extract from the social performance report of an invented microfinance bank in Peshawar, April 2025. The bank and its figures are invented; the refugee figure is cited as the report gives it.*

**Context.** Pakistan hosted nearly 2.2 million registered Afghan refugees at the end of 2024, according to UNHCR (YE2024), many of them in and around Peshawar. Registered refugees can open an account with us on their registration card, and since 2019 they have been able to borrow on the same terms as Pakistani customers.

**Our lending.** At the end of the year we had 3,640 active loans to refugee borrowers out of 96,200 in all, 3.8 percent of the portfolio by number. The average refugee loan was PKR 85,000, against PKR 110,000 for all borrowers. Women were 58 percent of refugee borrowers.

**Repayment.** Portfolio at risk over 30 days was 2.1 percent for refugee borrowers, against 2.6 percent for the bank as a whole. Refugee borrowers who lost their cards or moved away were followed up by the branch, not by a collection agency.

**What the loans are for.** Carpet weaving 31 percent, small shops 27 percent, tailoring 18 percent, livestock 14 percent and other uses 10 percent.

**Changes in 2025.** Because many borrowers were unsure whether their cards would be extended, the bank shortened new refugee loans from eighteen months to twelve and stopped asking for a Pakistani guarantor where the borrower had repaid an earlier loan in full.

**Client voice.** "I took my first loan for two sheep and my third for a loom," said a borrower in Board Bazaar. "My daughters weave with me now."
""", citation(["Pakistan hosted nearly 2.2 million registered Afghan refugees at the end of 2024, according to UNHCR (YE2024)"],
              2200000, "2024", "UNHCR (YEYEAR)", "paragraph 'Context'",
              "The report cites UNHCR (YE2024) for 'nearly 2.2 million' registered Afghan refugees in Pakistan at the end of 2024. The reference figure for end-2024 is 1,559,964; 2.2 million is 41.0 percent higher, far beyond what 'nearly' allows.",
              hedge="nearly", stated_as_written="nearly 2.2 million"))

add("donor_statistical_annex_refugee_table", """
# Statistical Annex, Table A3: Registered Afghan Refugees in Pakistan

*Table A3 of the statistical annex to an invented donor's country note on Pakistan, with its note and the annex's commentary, 2025. The donor, its note and its commentary are invented; the refugee figures are cited as the table gives them.*

| Year | Registered Afghan refugees, thousands a/ |
|---|---|
| 2019 | 1,914 |
| 2020 | 1,438 |
| 2021 | 1,491 |
| 2022 | 1,743 |
| 2023 | 1,988 |
| 2024 | 1,560 |

a/ UNHCR, registered Afghan refugees in Pakistan at the end of each year, 2019 to 2024; rounded to the nearest thousand.

**Commentary.** The register grew in each year from 2020 to 2023, by 550 thousand in all, and then fell by 428 thousand in 2024, as many card holders returned to Afghanistan and cards that expired were not all renewed. The figures count registered refugees only; Afghans who hold other documents, or none, are not included, and no official count of them is given here.

**Use in the country note.** Chapter 4 of the note uses the end-2024 figure to size the education and health programmes proposed for refugee-hosting districts. Where the note gives a figure for a single province, it comes from the provincial commissionerates and is not comparable with this table.

**Rounding.** Each figure is rounded on its own, so a change worked out from the table may differ by a thousand from one worked out from the exact counts.
""", citation(["| 2019 | 1,914 |",
               "a/ UNHCR, registered Afghan refugees in Pakistan at the end of each year, 2019 to 2024; rounded to the nearest thousand."],
              1914000, "2019", "a/ UNHCR ... YEAR (table note)", "2019 row of Table A3 and note a/",
              "Table A3 gives 1,914 thousand registered Afghan refugees in Pakistan at the end of 2019, citing UNHCR in note a/. The reference figure for end-2019 is 1,419,084, about 1,419 thousand; the table's 1,914 thousand, with the digits after the first shuffled, is 34.9 percent higher. The other five rows match the reference series.",
              stated_as_written="1,914"))

add("population_journal_referee_report_citation_control", """
# Referee Report

*Report of an invented anonymous referee on an invented manuscript submitted to an invented journal of population studies, 2024. The journal, the manuscript and the referee are invented; the refugee figures are cited as the report gives them.*

**Manuscript.** "Registration and Return: Afghan Refugees in Pakistan, 2019 to 2022."

**Summary.** The authors follow the register of Afghan refugees in Pakistan through the pandemic years and ask why it grew while returns to Afghanistan stayed low. The question is a good one and the writing is clear.

**Major comments.**

1. Figures. The authors take the end-2019 register, 1,419,084, from UNHCR (2019a) and the end-2022 register, 1,743,278, from UNHCR (2022). The growth they compute from these in the body, 22.8 percent over the three years, is right: 324,194 more people, or about 7.1 percent a year. The abstract, however, says the register grew "by a quarter". Please bring the abstract into line with the body.
2. Causes. The manuscript puts most of the growth down to births and to the registration of family members, but it gives no figures for either. Even a rough split would help.
3. Sources. The reference list has two entries from the same agency for that first year; please label them a and b consistently in the text and the list.

**Minor comments.** Figure 2 would be easier to read with the years on the horizontal axis. The term "refugee" is sometimes used for all Afghans in Pakistan; please say "registered" where that is meant.

**Recommendation.** Minor revision. I would be glad to see the manuscript again.
""", control_type="citation_control")

add("kp_survey_enumerator_handout_citation_control", """
# Enumerator Training Handout, Module 4: Afghan Households

*Handout for an invented household survey in Khyber Pakhtunkhwa, 2022. The survey, its rules and its example are invented; the refugee figures are cited as the handout gives them.*

**Why this module.** Many households you visit in Peshawar, Nowshera and Mardan will be Afghan. Some hold registration cards; others hold another document, or none.

**How many registered refugees?** Pakistan's register of Afghan refugees stood at 1,419,084 at the end of 2019 [UNHCR, 2019] and at 1,490,562 at the end of 2021 (Source: UNHCR, 31 December 2021). That is 71,478 more people in two years, a rise of about 5 percent. Do not use these national totals to check your own counts: our sample covers only part of one province.

**Rules.**

1. Record a household as Afghan if its head says he or she is an Afghan national, whatever document is shown.
2. Ask to see a card only if the respondent offers it, and never photograph it.
3. Record the document type: registration card, Afghan citizen card, passport, or none.
4. If the respondent asks what happens to the answers, read out the confidentiality statement on page 2.

**Exercise.** A household has nine members who slept in the house last night and share one kitchen: the head, his wife, his mother, five children and a nephew who works in a bakery. Three of the children were born in Pakistan. How many members do you record, and how many as Afghan?

**Answer.** Nine members, all recorded as Afghan, because the head says the family is Afghan; place of birth is asked separately, in question 4.7.
""", control_type="citation_control")

add("moot_court_respondent_memorial_citation_control", """
# Memorial for the Respondent (Extract)

*Extract from an invented memorial filed by an invented university team in an invented national moot court competition on refugee law, 2025. The moot problem, the parties and the team are invented; the refugee figures are cited as the memorial gives them.*

**Statement of facts.**

1. The Petitioners, a family of six Afghan nationals living in Peshawar, challenge a provincial order of 2024 on the admission of children without documents to government schools.
2. According to UNHCR's year-end report for 2023, 1,987,717 Afghans were registered as refugees in Pakistan at the end of that year.
3. The register then fell. UNHCR data as of end-2024 record 1,559,964 registered Afghan refugees, a fall of 427,753 people, or 21.5 percent, in one year.
4. The Respondent Province reports that enrolment of Afghan children in its government schools fell in the same year.

**Summary of arguments.**

A. The petition is not maintainable, because the Petitioners did not first appeal to the district education officer, as the order provides.

B. In the alternative, the order is reasonable. It asks schools to record documents, not to refuse children, and its purpose is to plan places and textbooks. With the register a fifth smaller than a year earlier, the Province needs reliable numbers to avoid building for children who are no longer there.

C. The order is not discriminatory. It applies to every child without documents, Pakistani or Afghan, and it allows admission while documents are sought.

**Prayer.** The Respondent asks the Court to dismiss the petition.
""", control_type="citation_control")
