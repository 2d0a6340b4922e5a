# Seventy-fourth held-out set of synthetic documents ("heldout74").  Written from
# scratch after heldout73/, by a labeller session that had not opened dyad's
# implementation or history and had not seen any of its results.
# Every entry: name (topic slug, numbered later by build_heldout74.py), text,
# labels (list of defect dicts), control_type for controls.
# New registers: three small enterprises, three texts each: a solar water pump
# assembler in Multan selling kits to a farm supply dealer in Lashkar Gah
# (Helmand) through Chaman; a weavers' cooperative in Andkhoy (Faryab) selling
# hand-knotted rugs to a showroom in Lahore through Torkham; and a cold-chain
# pharmaceutical distributor in Karachi flying insulin to a pharmacy chain in
# Kabul; then thirty-three documents on the trade series, crossings, transit,
# food, health, education, transport and work, and nine on the register of
# refugees.
#
# Invented figures shared with earlier sets: annual trade series (README:
# exports 1,290 / 942 / 828 / 936 / 1,012 / 884 and imports 441 / 509 / 552 /
# 741 / 690 / 540 for 2019-2024, balances 849 / 433 / 276 / 195 / 322 / 344,
# totals 1,731 / 1,451 / 1,380 / 1,677 / 1,702 / 1,424); reference refugee
# series (1,419,084 / 1,438,432 / 1,490,562 / 1,743,278 / 1,987,717 /
# 1,559,964 for 2019-2024).
#
# New invented figures, consistent with the above:
#   Sunfield Solar Pumps, Multan (invented): solar water pump kits SP-1
#     (1 hp, 6 panels, USD 780), SP-2 (2 hp, 10 panels, USD 1,240), SP-3
#     (3 hp, 14 panels, USD 1,690); 40 kits a truck; to Helmand Agro
#     Supplies, Lashkar Gah, 400 kits in 2024 and 480 in 2025 (SP-1 240,
#     SP-2 180, SP-3 60; 4,080 panels; USD 511,800; 12 trucks through
#     Chaman); 36 warranty claims in 2025 (by quarter 6 / 11 / 14 / 5).
#   Andkhoy Weavers' Cooperative, Faryab (invented): hand-knotted rugs,
#     small 6 sq m (USD 540) and large 12 sq m (USD 1,080) at USD 90 a
#     square metre; to Shalimar Rug House, Lahore, 142 rugs in 2024 and 166
#     in 2025 (112 small, 54 large; 1,320 sq m; USD 118,800; by quarter
#     30 / 44 / 54 / 38 rugs); weavers paid USD 49.50 a square metre in 2025;
#     132 member weavers in 2026, 4 to a loom.
#   Indus Cold Chain, Karachi (invented): human insulin, 10 vials a pack,
#     240 packs a cool box, USD 3.20 a vial; to Aria Pharmacies, Kabul (12
#     branches), by air: January / February / March 2026 4 / 5 / 6 cool
#     boxes (36,000 vials, USD 115,200 in the quarter).
#   Other documents: the ministries, hospitals, firms, associations, people
#     and figures are invented and kept consistent within each document.

HELDOUT74 = []
from heldout_labels import (  # noqa: F401
    PAIR, REFS, adder, arith, change_pct, citation, direction, garbled, line_of, parts_total, pdf_lines, scope, tvt,
    repeated, reuse,
)

add = adder(HELDOUT74)

# ---------------------------------------------------------------------------
# Sunfield Solar Pumps (invented), solar pump kits, Multan -> Lashkar Gah
# ---------------------------------------------------------------------------

add("multan_solar_pump_assembler_helmand_dealer_account_statement_control", """
# Sunfield Solar Pumps: Account Statement for 2025

*Year-end statement from an invented solar pump assembler in Multan to its invented dealer in Lashkar Gah, Helmand, 12 January 2026. The firms, people and every figure are invented.*

Dear Mr Akhundzada,

Please find below your account for 2025. Prices are in US dollars, delivered to Chaman, with Afghan duties for your account.

| Kit | Pump | Kits | Panels | Price per kit (USD) | Value (USD) |
|---|---|---|---|---|---|
| SP-1 | 1 hp | 240 | 1,440 | 780 | 187,200 |
| SP-2 | 2 hp | 180 | 1,800 | 1,240 | 223,200 |
| SP-3 | 3 hp | 60 | 840 | 1,690 | 101,400 |
| Total | | 480 | 4,080 | — | 511,800 |

**Kits.** You took 480 kits in 2025, 80 more than the 400 of 2024, a rise of 20 percent. Half of them were the small SP-1, which suits a family plot; the SP-3, made for deeper tube wells, was one kit in eight.

**Panels.** Each SP-1 kit has six panels, each SP-2 kit ten and each SP-3 kit fourteen, which is why the year's kits needed 4,080 panels.

**Transport.** We loaded 40 kits to a truck, and the 12 trucks crossed at Chaman between February and October. None of the 4,080 panels was reported broken on arrival.

**Payments.** The kits of 2025 were worth USD 511,800. You have paid USD 450,000, which leaves USD 61,800 outstanding. As agreed in March, we credit you a rebate of 2 percent of the year's value, USD 10,236, so the amount now due is USD 51,564. Please pay it by 31 March 2026.

**Next season.** We can hold these prices for orders placed before the end of February. Our engineer will visit Lashkar Gah in April to train your two new fitters.

With best regards,

Rashid Qureshi
Sales Manager, Sunfield Solar Pumps, Multan
""", control_type="control")

add("multan_solar_pump_helmand_warranty_claims_register", """
# Warranty Claims Register: Helmand Kits, 2025

*Summary of the claims register kept by the invented service engineer of an invented solar pump assembler in Multan for kits sold through its dealer in Lashkar Gah, Helmand, written 20 January 2026. The firms, people and every figure are invented.*

Each claim below is a kit that stopped pumping within its two-year warranty and was repaired or had parts replaced. A claim is counted in the quarter in which the dealer reported it, and each claim is put under its main fault.

| Quarter | Claims | Controller faults | Panel faults | Pump faults | Days to repair (average) |
|---|---|---|---|---|---|
| Q1 2025 | 6 | 3 | 1 | 2 | 9 |
| Q2 2025 | 11 | 5 | 2 | 4 | 12 |
| Q3 2025 | 14 | 7 | 3 | 4 | 15 |
| Q4 2025 | 5 | 2 | 1 | 2 | 8 |
| Total | 38 | 17 | 7 | 12 | 12 |

**Controllers.** Controller faults were the commonest cause. Most came in the hot months of the second and third quarters, when controllers fixed in metal boxes in full sun overheated. From March 2026 every kit will leave Multan with a vented shade box for its controller.

**Panels.** Panel faults were glass cracked by hail or by stones thrown up from the road in transit. We replaced each panel from the dealer's stock in Lashkar Gah within a week.

**Pumps.** Pump faults were worn seals in wells with sandy water. We do not keep SP-3 pumps in Lashkar Gah, so those repairs waited for the weekly truck through Chaman, which is why the third quarter's repairs took longest.

**What we ask of the dealer.** Please report each claim with the kit's serial number and a photograph of the fault, and keep the failed part until our engineer has seen it. Claims without a serial number cannot be paid.
""",
    parts_total(["| Total | 38 | 17 | 7 | 12 | 12 |"], {"Q1 2025": 6, "Q2 2025": 11, "Q3 2025": 14, "Q4 2025": 5}, 38,
                "warranty claims", "2025",
                "warranty claims on Sunfield solar pump kits sold in Helmand",
                "'Total' row of the table, claims column",
                "The four quarterly claim counts add up to 6 + 11 + 14 + 5 = 36, but the 'Total' row gives 38. The fault columns of the same row add up (17 + 7 + 12 = 36, and each column sums to its total), so the claims total is 2 too high."))

add("lashkar_gah_farm_supply_dealer_field_day_remarks", """
# Remarks at a Farmers' Field Day

*Remarks by the invented owner of an invented farm supply dealer in Lashkar Gah, Helmand, at a field day for farmers on 8 November 2025, translated from Pashto. The firm, people and every figure are invented.*

Brothers, thank you for coming out to the farm of Haji Nazar today, and thank you to Haji Nazar for his tea.

Three years ago most of you ran your tube wells on diesel. A farmer watering 10 jeribs of wheat in the spring burned about 150 litres a week, and at 90 afghanis a litre that was 13,500 afghanis every week, before a single repair. Many of you told me you could no longer pay it.

Today you have seen Haji Nazar's pump lift water from his well with nothing but sunlight. His kit is the SP-2 from Multan, with ten panels on a steel frame. It came through Chaman in April, our fitters set it up in two days, and he has not bought a litre of diesel since.

More and more of you are making the same choice. This year we sold 480 kits across Helmand. In Nad Ali alone, the kits we sold dropped from 85 in 2024 to 132 in 2025, and Nahr-e Saraj is not far behind.

Some of you have asked about breakdowns. Our two fitters visit every new kit within ten days, and when a part fails we replace it under the two-year warranty. Keep the controller in the shade, keep the panels clean after a dust storm, and the kit will serve you well.

For the spring season we will offer payment in three parts: one when the kit is fitted, one after the wheat harvest and one after the autumn crop. Come and see us at the shop on the canal road.
""", direction("the kits we sold dropped from 85 in 2024 to 132 in 2025", 85, 132, "2024", "2025", "dropped", "fall",
               "solar pump kits", "solar pump kits sold by the Lashkar Gah dealer in Nad Ali district",
               "fifth paragraph",
               "The dealer says the kits sold in Nad Ali 'dropped' from 85 in 2024 to 132 in 2025. Going from 85 to 132 is a rise of 47 kits, or 55.3 percent, not a drop; the paragraph itself presents the figure as evidence that more farmers are choosing solar kits.",
               from_as_written="85 in 2024", to_as_written="132 in 2025"))

# ---------------------------------------------------------------------------
# Andkhoy Weavers' Cooperative (invented), rugs, Andkhoy -> Lahore
# ---------------------------------------------------------------------------

add("andkhoy_weavers_cooperative_lahore_shipment_ledger_control", """
# Andkhoy Weavers' Cooperative: Shipment Ledger, 2025

*Summary of an invented weavers' cooperative's shipments in 2025 to its invented buyer in Lahore, prepared in English for the buyer and for the cooperative's members, January 2026. The cooperative, the buyer and every figure are invented.*

The cooperative's weavers knot wool rugs in two sizes: a small rug of 2 by 3 metres (6 square metres) and a large rug of 3 by 4 metres (12 square metres). Our buyer, Shalimar Rug House in Lahore, pays USD 90 a square metre, so a small rug sells for USD 540 and a large one for USD 1,080. The rugs travel by truck through Mazar-i-Sharif and Kabul to Torkham, and from there to Lahore.

| Quarter | Small rugs | Large rugs | Square metres | Value (USD) |
|---|---|---|---|---|
| Q1 | 20 | 10 | 240 | 21,600 |
| Q2 | 30 | 14 | 348 | 31,320 |
| Q3 | 36 | 18 | 432 | 38,880 |
| Q4 | 26 | 12 | 300 | 27,000 |
| Total | 112 | 54 | 1,320 | 118,800 |

**How many.** We sent 166 rugs in 2025, 24 more than the 142 of 2024, a rise of 16.9 percent. Two rugs in three were small ones.

**When.** The third quarter, after the spring wool had been spun and dyed, was the busiest, with 432 square metres, or 32.7 percent of the year's 1,320.

**Where the money went.** Of the year's USD 118,800, 55 percent, or USD 65,340, was paid to the weavers for the square metres they knotted, which works out at USD 49.50 a square metre. The cooperative kept the other 45 percent, USD 53,460, for wool, dyes, washing and transport to Torkham.

**Quality.** Shalimar Rug House returned no rug in 2025. Two large rugs were delayed at Torkham for a week in November while papers were checked, and arrived undamaged.

Prepared by the cooperative's secretary for the annual meeting of members.
""", control_type="control")

add("lahore_rug_showroom_insurance_stock_schedule_letter", """
# Stock Schedule for Insurance Renewal

*Letter from an invented rug showroom in Lahore to its invented insurer, 5 January 2026, with the schedule of rugs in stock on 31 December 2025. The firms, people and every figure are invented.*

Dear Ms Siddiqui,

We wish to renew the policy on our showroom on the Mall Road for 2026. As the policy requires, we set out below the rugs we held on 31 December 2025, valued at what we paid for them.

| Item | Rugs | Cost per rug (USD) | Insured value (USD) |
|---|---|---|---|
| Andkhoy small rug, 6 sq m | 34 | 540 | 18,360 |
| Andkhoy large rug, 12 sq m | 16 | 1,080 | 17,280 |
| Machine-made rug, Lahore | 120 | 45 | 5,400 |
| Total | 170 | — | 41,040 |

The hand-knotted rugs come from a weavers' cooperative in Andkhoy in northern Afghanistan, which sends them to us through Torkham. Our 19 large Andkhoy rugs hang on the upper floor, away from the street door, and the small ones are rolled and wrapped in cotton in the store room. The machine-made rugs are stacked on racks in the basement, raised from the floor since the monsoon flooding of 2022.

Since the last renewal we have added two smoke detectors on each floor and a second fire extinguisher beside the stairs, and the wiring was checked by an electrician in October.

We would be grateful if you would send us the premium for 2026 at the insured value above. If your surveyor wishes to visit, the showroom is open from 11 am to 9 pm every day except Sunday.

Yours sincerely,

Farhan Malik
Shalimar Rug House, Lahore
""", tvt(["Our 19 large Andkhoy rugs", "| Andkhoy large rug, 12 sq m | 16 | 1,080 | 17,280 |"],
         {"text_value": 19, "table_value": 16}, "rugs",
         "large Andkhoy rugs held in stock by the Lahore showroom", "31 December 2025",
         "third paragraph against the large Andkhoy rug row of the table",
         "The schedule gives 16 large Andkhoy rugs in stock on 31 December 2025 (16 at USD 1,080 is the USD 17,280 shown, and the rugs column adds up to 170 with that row). The paragraph below the table speaks of 19 large Andkhoy rugs. The two values for the same stock on the same day differ."))

add("andkhoy_weavers_cooperative_notice_to_members_new_season", """
# Notice to Member Weavers: The 2026 Season

*Notice from the board of an invented weavers' cooperative in Andkhoy, Faryab, posted at the workshop on 15 February 2026 and translated from Turkmen. The cooperative, people and every figure are invented.*

**Members.** The cooperative now has 132 member weavers, 18 more than a year ago. We welcome the new members, most of whom are young women from the villages west of the town who learned to knot at home.

**Looms.** Each loom is worked by 4 weavers sitting side by side on the bench. With 132 weavers, the workshops now run 4 looms, and the board has hired a carpenter to repair the old frames before the spring.

**Pay.** In 2025 weavers were paid USD 49.50 for each square metre they knotted. From 1 March 2026 the rate will be USD 52 a square metre, paid at the end of each month in afghanis at the day's rate in the Andkhoy bazaar.

**Wool.** The board will buy the spring wool in April from flocks near Andkhoy and Qaramqol. Members who wish to spin at home will be paid for each kilogram of yarn they bring to the workshop.

**Orders.** Our buyer in Lahore has asked for 180 rugs in 2026, more than the 166 we sent last year. Large rugs are wanted most, because they sell best in the Lahore showroom.

**Hours.** The workshops open at 7 in the morning and close at 1 in the afternoon, six days a week. Children may not work at the looms.

**Meeting.** The annual meeting of members will be held in the workshop courtyard on Thursday 5 March after the midday prayer.
""", reuse(["Each loom is worked by 4 weavers", "the workshops now run 4 looms"], 4, "weavers / looms",
           "weavers who work one loom", "looms the workshops run", 33,
           "The notice says each loom is worked by 4 weavers and the cooperative has 132 weavers, so the workshops run 132 / 4 = 33 looms. The notice gives 4 looms, reusing the weavers-per-loom figure as the number of looms.",
           weavers=132, weavers_a_loom=4))

# ---------------------------------------------------------------------------
# Indus Cold Chain (invented), insulin by air, Karachi -> Kabul
# ---------------------------------------------------------------------------

add("karachi_cold_chain_distributor_kabul_insulin_quarterly_log_control", """
# Cold-Chain Consignment Log: Insulin for Kabul, First Quarter of 2026

*Quarterly summary from an invented pharmaceutical distributor in Karachi for its invented pharmacy client in Kabul, 6 April 2026. The firms, people and every figure are invented.*

Each pack holds 10 vials of human insulin, and each cool box holds 240 packs. Boxes are packed with frozen gel bricks at our Karachi warehouse the night before a flight and flown to Kabul on a scheduled cargo flight.

| Month | Cool boxes | Packs | Vials | Value (USD) |
|---|---|---|---|---|
| January 2026 | 4 | 960 | 9,600 | 30,720 |
| February 2026 | 5 | 1,200 | 12,000 | 38,400 |
| March 2026 | 6 | 1,440 | 14,400 | 46,080 |
| Total | 15 | 3,600 | 36,000 | 115,200 |

**Volumes.** Every vial was invoiced at USD 3.20. Shipments grew each month: February's value was 25 percent above January's, and March's 20 percent above February's, as Aria Pharmacies opened new branches in Kabul. Over the quarter we flew 15 cool boxes holding 36,000 vials.

**Temperature.** The loggers in all 15 boxes stayed between 2 and 8 °C from our warehouse to the client's store. The highest reading of the quarter was 7.1 °C, in a box that stood on the Kabul apron while a customs seal was checked.

**Time.** Door to door, from our warehouse to the client's store in Shahr-e Naw, a box took on average 9 hours. No box took longer than 14 hours, well inside the 72 hours for which the boxes hold their temperature.

**Payment.** The invoices for January and February, USD 69,120 together, have been paid. The March invoice of USD 46,080 is due on 30 April.

**Next quarter.** The client has asked for 6 boxes a month from April to June. We have booked the space with the airline.

Signed for Indus Cold Chain, Karachi: Sadia Hameed, Key Accounts.
""", control_type="control")

add("kabul_pharmacy_chain_insulin_storage_instructions", """
# Instructions for Branch Pharmacists: Storing and Selling Insulin

*Instruction sheet of an invented pharmacy chain in Kabul for the pharmacists of its twelve branches, March 2026, translated from Dari. The firm, people and every figure are invented.*

Our insulin comes by air from a distributor in Karachi. It reaches the head office in cool boxes, and the head office sends each branch about 120 packs a month in a small cool bag. Insulin spoils if it gets too warm or too cold, and a patient cannot see the damage, so please follow these instructions every time.

**On arrival.** Open the cool bag at once. Read the temperature logger: it must have stayed between 2 and 8 °C. If it shows more than 8 °C for longer than two hours, do not put the packs on sale; keep them apart and call the head office.

**In the branch.** Keep the packs in the pharmacy refrigerator on the middle shelf, not in the door, where the temperature changes each time it is opened. Never put insulin in the freezer compartment. Never put insulin in the freezer compartment. Insulin that has frozen once must be thrown away, even if it looks clear.

**Power cuts.** If the electricity is off for more than four hours, move the packs to the cool box kept in each branch, with gel bricks from the branch freezer.

**Selling.** Sell the oldest packs first. Tell each customer that an opened vial may be kept at room temperature below 30 °C for up to 28 days, away from sunlight and from the stove, and that unopened vials belong in the refrigerator at home.

**Records.** Write every delivery, every logger reading and every pack thrown away in the insulin book. The head office checks the books on the first Saturday of each month.
""", repeated("Never put insulin in the freezer compartment.", 2,
              "storage of insulin in the branch refrigerator", "paragraph 'In the branch'",
              "The sentence 'Never put insulin in the freezer compartment.' is written twice in a row, word for word, in the paragraph on storage in the branch."))

add("karachi_cold_chain_distributor_kabul_flights_anniversary_press_note", """
# Press Note: A Year of Cold-Chain Flights to Kabul

*Press note of an invented pharmaceutical distributor in Karachi, 2 June 2026. The firm, people and every figure are invented.*

Karachi, 2 June 2026. Indus Cold Chain today marked one year of its weekly cold-chain air service between Pakistan and Tajikistan, which carries insulin and vaccines from Karachi to Kabul.

In the twelve months to May 2026 the service flew 52 cool boxes. Of these, 48 carried insulin for a pharmacy chain in Kabul and 4 carried vaccines for a network of private clinics. Every box arrived with its temperature logger showing readings between 2 and 8 °C.

"Before this service, pharmacies in Kabul often received insulin by road, in trucks that could wait for days at the border in summer heat," said Sadia Hameed, who manages the firm's accounts in Afghanistan. "Now a box leaves our warehouse in the evening and is in a Kabul refrigerator the next morning."

The firm's cool boxes are built to its design by a maker in Dushanbe, Tajikistan, and hold their temperature for 72 hours. Each holds 240 packs of insulin.

The service has created eight jobs in Karachi, in packing and in the night shift at the airport, and four in Kabul, where the firm's agent checks every box on arrival.

Indus Cold Chain plans to add a second weekly flight from September 2026 and to begin carrying eye drops and blood-testing strips, which also need to be kept cool.

Media contact: the firm's communications office in Karachi.
""", scope("weekly cold-chain air service between Pakistan and Tajikistan", "TJK", ["PAK", "TJK"], "Tajikistan",
           "The note says the service runs between Pakistan and Tajikistan, but in the same sentence and throughout it flies from Karachi to Kabul, which is in Afghanistan; Afghanistan's place in the pair has been given to Tajikistan. The later mention of a cool-box maker in Dushanbe, Tajikistan, is correct.",
           stands_for="AFG", location="first paragraph", not_a_defect="a maker in Dushanbe, Tajikistan"))

# ---------------------------------------------------------------------------
# Trade, crossings, transit, food, health, education, transport and work
# ---------------------------------------------------------------------------

add("islamabad_customs_college_export_series_lecture_handout_control", """
# Handout: Reading a Trade Series

*Handout for a lecture at an invented customs training college in Islamabad, February 2026. The college is invented, and so is every trade figure.*

This handout uses one series, Pakistan's exports of goods to Afghanistan, in USD million, by calendar year. The change column gives the change on the year before, in percent, rounded to one decimal place.

| Year | Exports (USD million) | Change (%) |
|---|---|---|
| 2019 | 1,290 | — |
| 2020 | 942 | -27.0 |
| 2021 | 828 | -12.1 |
| 2022 | 936 | +13.0 |
| 2023 | 1,012 | +8.1 |
| 2024 | 884 | -12.6 |

**What the table shows.**

1. Over the whole period exports fell from 1,290 to 884, a fall of USD 406 million, or 31.5 percent.
2. The sharpest fall came in 2020, when the crossings were closed for weeks at a time during the pandemic.
3. Exports rose in two years running, 2022 and 2023, but the second rise was the smaller one: USD 76 million against USD 108 million.
4. Imports from Afghanistan moved the other way over the period, from USD 441 million in 2019 to USD 540 million in 2024, an increase of USD 99 million or 22.4 percent. Pakistan's surplus in goods therefore shrank from USD 849 million to USD 344 million.
5. In 2024 exports made up 62 percent of two-way trade of USD 1,424 million.

**Questions for discussion.**

- Why does a fall of 12.6 percent in 2024 leave exports below their level of 2022, even though 2023 was a year of growth?
- Which of the changes in the table would you expect to be revised most when late customs returns arrive?
- Why is a percentage change on a small base, such as the imports of 2019, easy to misread?

Bring a calculator to the next session, when we will work through the import series in the same way.
""", control_type="control")

add("pishin_girls_primary_school_spring_term_report_control", """
# Spring Term Report to the District Education Officer

*Term report of an invented government girls' primary school in Pishin, Balochistan, 30 May 2026. The school, people and every figure are invented.*

Respected Sir,

I submit the school's report for the spring term of 2026.

| Class | Pupils enrolled | Of whom Afghan |
|---|---|---|
| Class 1 | 62 | 14 |
| Class 2 | 55 | 12 |
| Class 3 | 48 | 10 |
| Class 4 | 41 | 9 |
| Class 5 | 34 | 7 |
| Total | 240 | 52 |

**Enrolment.** The school has 240 pupils this spring, 24 more than the 216 of last spring, a rise of 11.1 percent. Class 1 is the largest, with 62 girls, more than a quarter of the school.

**Afghan pupils.** 52 of our pupils, or 21.7 percent, are Afghan. Most of their families have lived in Pishin for many years, and the girls study in the same classes as their Pakistani neighbours.

**Attendance.** On an average day 204 of the 240 girls were present, or 85 percent. Attendance dipped in the week of the wheat harvest, when older girls stay at home to look after younger children.

**Staff.** The school has six teachers, one for every 40 pupils, counting the head teacher, who also teaches Class 5.

**Books.** Classes 3 to 5 need five textbooks for each pupil, 615 books for their 123 girls. So far 580 have arrived, and 35 are still awaited from the district office.

**Requests.** Class 1 shares a room with Class 2, and we ask for two more classrooms before the autumn term. The water cooler in the courtyard has not worked since April.

Yours obediently,

Head Teacher
""", control_type="control")

add("torkham_mother_child_clinic_weekly_log_control", """
# Weekly Log: Mother and Child Clinic near Torkham

*Weekly log of an invented mother and child clinic near the Torkham crossing, week of 2 to 7 February 2026, as exported from the clinic's reporting system. The clinic, people and every figure are invented.*

""" + pdf_lines([
    ["Day", "Consultations", "Afghan patients", "Vaccinations"],
    ["Mon 2 Feb", "64", "41", "22"],
    ["Tue 3 Feb", "58", "37", "18"],
    ["Wed 4 Feb", "71", "46", "25"],
    ["Thu 5 Feb", "66", "40", "20"],
    ["Fri 6 Feb", "39", "24", "11"],
    ["Sat 7 Feb", "52", "33", "16"],
    ["Total", "350", "221", "112"],
]) + """

**Summary.** The clinic gave 350 consultations this week, 28 more than the 322 of the week before, a rise of 8.7 percent. The daily average was 58.3. Wednesday was the busiest day, with 71, and Friday the quietest, with 39, because the clinic closes at noon for the Friday prayer.

**Afghan patients.** Afghan patients had 221 of the consultations, or 63.1 percent. Most were women who cross on foot with young children and come to us before or after their business in Landi Kotal or Peshawar.

**Vaccinations.** The vaccinator gave 112 vaccinations, equal to 32 percent of the week's consultations, most of them measles and pentavalent doses for children who had missed them at home.

**Referrals.** Nine patients were referred to the hospital in Landi Kotal, six of them pregnant women with high blood pressure. The clinic's vehicle took them.

**Stock.** Oral rehydration salts are running low. The clinic has 140 sachets left, about two weeks' supply at the present use of 10 a day; a request has gone to the district store.

**Staff.** One woman doctor, two midwives and one vaccinator were on duty all week. The second doctor returns from leave on 9 February.
""", control_type="control")

add("chaman_fruit_commission_agents_association_monthly_meeting_minutes", """
# Minutes: Monthly Meeting of the Chaman Fruit Commission Agents' Association

*Minutes of an invented association's meeting held at its office in Chaman on 4 November 2025. The association, people and every figure are invented.*

**Present.** Twenty-three members. Haji Abdul Bari in the chair.

**Item 1: Pomegranate arrivals in October.** The secretary presented the month's arrivals of Kandahari pomegranates and the market fee collected at Rs 400 a truck:

| Week | Trucks from Kandahar | Market fee (Rs) |
|---|---|---|
| 1–7 Oct | 96 | 38,400 |
| 8–14 Oct | 134 | 53,600 |
| 15–21 Oct | 158 | 63,200 |
| 22–31 Oct | 112 | 44,800 |
| Total | 500 | 200,000 |

The secretary said October was the best month since the association was formed. The peak came in the third week, when 185 trucks of Kandahari pomegranates reached the market, and for two days the yard could not take more trucks until the evening.

**Item 2: Waiting at the border.** Members said that on busy days trucks waited up to 11 hours at the crossing, and that fruit loaded in the afternoon in Kandahar often reached Chaman the next morning. The chair will raise this with the customs collector.

**Item 3: Cold storage.** The meeting agreed to rent two chambers in a cold store in Quetta for December and January, so that members can hold fruit when prices fall.

**Item 4: Market fee.** The fee of Rs 400 a truck will stay unchanged until March. The treasurer will present the accounts for the season in April.

**Decision.** The secretary will send the October figures to the district administration.

The meeting ended with a prayer at 5 pm. The next meeting will be held on 2 December.
""", tvt(["when 185 trucks of Kandahari pomegranates reached the market", "| 15–21 Oct | 158 | 63,200 |"],
         {"text_value": 185, "table_value": 158}, "trucks of pomegranates",
         "trucks of Kandahari pomegranates arriving at the Chaman market in the third week of October",
         "15–21 Oct 2025", "paragraph after the table in item 1 against the 15–21 Oct row of the table",
         "The table gives 158 trucks for the third week (15–21 October), which matches its fee of Rs 63,200 at Rs 400 a truck and the column total of 500. The paragraph below says 185 trucks arrived in the third week. The two values for the same week differ."))

add("quetta_kandahar_coach_service_first_year_press_note", """
# Press Note: First Year of the Quetta–Kandahar Coach Service

*Press note of an invented coach company in Quetta, 20 March 2026. The company, people and every figure are invented.*

**In brief.** In its first year the company's coach service between Quetta and Kandahar carried 41,600 passengers, added a night departure and kept its fare unchanged.

Quetta, 20 March 2026. One year ago today the first of the company's air-conditioned coaches left its Quetta terminal for Kandahar by way of Chaman and Spin Boldak. Before the service began, most travellers made the journey in shared cars and changed vehicles at the border.

The company runs six coaches of 45 seats each, with two departures a day in each direction. The journey takes about seven hours, including the border formalities, which passengers complete together with the help of the company's staff at the crossing.

Between 20 March 2025 and 19 March 2026 the coaches carried 42,900 passengers, an average of about 3,575 a month. The busiest weeks were those before and after the two Eids, when extra coaches were hired from another operator.

The one-way fare of Rs 6,500 has not changed since the first day. Children under five travel free on a parent's lap.

In September the company added a night departure on Thursdays, which has proved popular with traders who want to be in Kandahar for the Friday market.

"Passengers tell us they feel safer and arrive less tired," said the managing director, Sardar Khan Achakzai. The company plans to buy two more coaches this year.
""", tvt(["carried 41,600 passengers", "the coaches carried 42,900 passengers"],
         {"summary_value": 41600, "body_value": 42900}, "passengers",
         "passengers carried by the Quetta–Kandahar coach service in its first year",
         "20 March 2025 to 19 March 2026", "paragraph 'In brief' against the fourth paragraph",
         "The summary says the service carried 41,600 passengers in its first year; the fourth paragraph gives 42,900 passengers for the same twelve months, with a monthly average of about 3,575 that agrees with 42,900. The two values for the same quantity differ."))

add("faisalabad_agriculture_university_afghan_scholarship_students_report", """
# International Office Report: Afghan Scholarship Students, 2025–26

*Report of the international office of an invented agricultural university in Faisalabad to its academic council, November 2025. The university, people and every figure are invented.*

**Purpose.** This report gives the council the numbers of Afghan students who hold the university's scholarships in the academic year 2025–26, and the cost of their stipends.

| Faculty | Afghan students | Of whom women |
|---|---|---|
| Agriculture | 62 | 9 |
| Veterinary science | 28 | 6 |
| Engineering and technology | 24 | 2 |
| Food science | 18 | 5 |
| Total | 132 | 22 |

**Who they are.** The university has 132 Afghan scholarship students this year, 22 of them women, or 16.7 percent. Almost half study agriculture, in line with the purpose of the scheme, which is to train agronomists for Afghan farms.

**Faculties.** Veterinary science has 32 Afghan students, most of them from Balkh and Kunduz, where livestock farming is a large part of rural life. Engineering and technology attracts students interested in irrigation and farm machinery.

**Stipends.** Each student receives Rs 35,000 a month for twelve months, so the year's stipends cost Rs 55.44 million. Tuition is waived.

**Housing.** 106 students live in the university hostels and 26 in private rooms near the campus. The women students share one floor of the new hostel.

**Graduation.** 31 Afghan students are expected to graduate in the summer of 2026. The office will help them with degree attestation before they travel home through Torkham.

**Recommendation.** The office asks the council to keep the number of scholarships at the present level for 2026–27.
""", tvt(["Veterinary science has 32 Afghan students", "| Veterinary science | 28 | 6 |"],
         {"text_value": 32, "table_value": 28}, "students",
         "Afghan scholarship students in the faculty of veterinary science", "2025-26",
         "paragraph 'Faculties' against the veterinary science row of the table",
         "The table gives 28 Afghan students in veterinary science, and its total of 132 adds up with that row. The paragraph 'Faculties' says veterinary science has 32 Afghan students. The two values for the same faculty and year differ."))

add("karachi_freight_forwarder_kabul_transit_containers_february_email", """
# February Transit Summary

*Email from an invented freight forwarder in Karachi to its invented client, an importer in Kabul, 3 March 2026. The firms, people and every figure are invented.*

Dear Mr Sharifi,

Here is the summary of your transit containers for February. Every container came off the ship at Karachi under the transit trade arrangements and went by road to Kabul, crossing either at Torkham or at Chaman.

| Week | Containers (40 ft) | Crossed at Torkham | Crossed at Chaman |
|---|---|---|---|
| 2–8 Feb | 38 | 22 | 16 |
| 9–15 Feb | 44 | 26 | 18 |
| 16–22 Feb | 48 | 30 | 18 |
| 23 Feb–1 Mar | 40 | 24 | 16 |
| Total | 170 | 102 | 68 |

The third week was the heaviest, with 52 containers released from Karachi port, because two vessels berthed within a day of each other. We hired extra trucks from a Peshawar transporter to clear them.

Containers sent through Torkham reached Kabul in 6 days on average, and those through Chaman in 7. Two containers waited three days at Chaman while the scanner was repaired; we have not charged you for those days.

Your cooking oil containers are the heaviest you send. Please ask your supplier to load them within the axle limits, because the weighbridge at the Peshawar bypass has started to fine overloaded trucks.

We expect fewer arrivals in March, as your supplier has told us of a delay at the port of loading. I will send you the vessel schedule as soon as I have it.

Kind regards,

Hina Baloch
Operations, Karachi
""", tvt(["with 52 containers released from Karachi port", "| 16–22 Feb | 48 | 30 | 18 |"],
         {"text_value": 52, "table_value": 48}, "40-foot containers",
         "transit containers sent to the Kabul importer in the third week of February", "16–22 Feb 2026",
         "paragraph after the table against the 16–22 Feb row of the table",
         "The table gives 48 containers for the third week (16–22 February), which equals its 30 through Torkham plus 18 through Chaman and fits the total of 170. The paragraph below says 52 containers were released in the third week. The two values for the same week differ."))

add("peshawar_book_fair_afghan_pavilion_magazine_review", """
# Review: The Afghan Pavilion at the Peshawar Book Fair

*Review in an invented literary magazine published in Peshawar, December 2025. The magazine, the fair's organisers and every figure are invented.*

For five days in November the car park of a Peshawar college became a city of bookstalls, and the busiest corner of it was the Afghan pavilion. Eleven publishers from Kabul and four from Jalalabad brought their books across Torkham, many of them for the first time since 2021.

The organisers kindly shared their count of copies sold at the pavilion:

| Language | Titles on sale | Copies sold |
|---|---|---|
| Pashto | 420 | 1,840 |
| Dari | 310 | 1,260 |
| Urdu translations | 90 | 920 |
| English | 60 | 480 |
| Total | 880 | 4,500 |

Pashto poetry sold best, as everyone expected in Peshawar. The surprise was Dari: by the organisers' count, Dari books sold 1,620 copies, and the stall of one Kabul publisher of children's stories was empty by the fourth afternoon. Teachers from Afghan schools in the city bought by the boxful.

Urdu translations of Afghan novels did well too, helped by two readings in the evenings. The English shelf, mostly history and travel, drew students from the university.

There were grumbles. Publishers said the paperwork for taking books back across the border was slow, and several sold their last copies at half price rather than carry them home. Prices were otherwise fair, most books costing less than a cinema ticket.

The pavilion deserves a bigger space next year, and a catalogue. It showed that readers on both sides of the border still want each other's books.
""", tvt(["Dari books sold 1,620 copies", "| Dari | 310 | 1,260 |"],
         {"text_value": 1620, "table_value": 1260}, "copies",
         "copies of Dari books sold at the Afghan pavilion", "Nov 2025",
         "third paragraph against the Dari row of the table",
         "The organisers' table gives 1,260 Dari copies sold, and the copies column adds up to 4,500 with that row. The review's next paragraph, citing the same count, says Dari books sold 1,620 copies. The two values for the same quantity differ."))

add("kohat_community_college_girls_hostel_renovation_budget", """
# Budget: Renovation of the Girls' Hostel

*Budget submitted by an invented community college in Kohat to an invented education trust, January 2026. The college, the trust and every figure are invented. Amounts are in thousands of rupees.*

**Background.** The college's girls' hostel was built in 1998 and has 40 beds. This year its residents are 23 Pakistani students and 17 Afghan students whose families have lived in Kohat for many years. The roof leaks in every monsoon, and the washrooms no longer meet the needs of the students.

**Proposed works.**

| Item | Cost (Rs thousand) |
|---|---|
| Roof repair and waterproofing | 1,800 |
| Washrooms, six new | 2,600 |
| Beds and mattresses | 1,200 |
| Solar backup for lights and fans | 900 |
| Kitchen and dining hall | 1,500 |
| Total | 8,400 |

**Notes on the items.**

- The roof work includes a new waterproof layer and repairs to the parapet, which was cracked in the earthquake of 2023.
- Each of the 40 new beds with its mattress costs Rs 30,000.
- The solar system will keep lights and fans running during the evening power cuts, when students study.
- The kitchen will be moved to the ground floor, away from the rooms.

**Timing.** Work will take place in the summer vacation, from June to August 2026, when the hostel is empty.

**Oversight.** The college's building committee will hire the contractors after open bids, and the trust's engineer will be invited to inspect the work before each payment.

**Contact.** Principal, Government Community College, Kohat.
""", parts_total(["| Total | 8,400 |"],
                 {"Roof repair and waterproofing": 1800, "Washrooms, six new": 2600, "Beds and mattresses": 1200,
                  "Solar backup for lights and fans": 900, "Kitchen and dining hall": 1500}, 8400,
                 "Rs thousand", "2026", "cost of renovating the Kohat college girls' hostel",
                 "'Total' row of the budget table",
                 "The five cost items add up to 1,800 + 2,600 + 1,200 + 900 + 1,500 = 8,000 thousand rupees, but the 'Total' row gives 8,400, which is 400 thousand rupees more than the sum of the items."))

add("peshawar_transporters_union_driver_trip_cost_survey_brief", """
# Survey Brief: What a Trip to Kabul Costs a Truck Driver

*Brief of an invented transporters' union in Peshawar, based on interviews with 120 drivers in February 2026. The union, people and every figure are invented.*

**Why we asked.** Freight rates between Peshawar and Kabul have hardly moved for two years, while drivers say their costs keep climbing. The union asked 120 drivers of 22-wheel trucks what a round trip from Peshawar to Kabul through Torkham costs them.

**The cost of a trip.** By the drivers' own accounts, a loaded round trip costs about Rs 210,000. Fuel takes 51 percent of the cost, border fees and road tolls 18 percent, repairs and tyres 17 percent, and food, lodging and tips at the loading yards 17 percent.

**Time.** A round trip takes four days on average. Of that, the crossing itself takes about 26 hours in both directions together, most of it spent in the queue on the Pakistani side.

**Pay.** Most drivers are paid by the trip, not by the month. The median driver earned Rs 18,000 a trip, and the helper who travels with him about a third as much.

**What drivers asked for.**

- A separate lane at Torkham for trucks carrying fruit and vegetables, which spoil in the queue.
- Rest rooms and clean water at the parking yards in Landi Kotal.
- Fuel stations on the Afghan side that accept payment in rupees.

**Next steps.** The union will present these findings to the provincial transport department and to the chamber of commerce in March. A second survey in the summer will ask the same questions, to see whether costs have changed.
""", arith(["Fuel takes 51 percent of the cost, border fees and road tolls 18 percent, repairs and tyres 17 percent, and food, lodging and tips at the loading yards 17 percent."],
          "The four shares of a round trip's cost, 51 + 18 + 17 + 17 percent, add up to 103 percent, not 100. No other item is named, so the shares cannot all be right.",
          shares_pct={"fuel": 51, "border fees and road tolls": 18, "repairs and tyres": 17,
                      "food, lodging and tips": 17},
          sum_pct=103, period="Feb 2026", unit="percent of the cost of a round trip",
          subject="cost of a Peshawar–Kabul round trip for a truck driver", location="paragraph 'The cost of a trip'"))

add("peshawar_dry_port_annual_performance_review_for_board", """
# Annual Performance Review for the Board, 2025

*Review prepared by the management of an invented dry port on the Peshawar ring road for its board of directors, February 2026. The company, people and every figure are invented.*

**Summary.** 2025 was the dry port's busiest year. Afghan transit containers handled at the port rose to 10,500 in 2025 from 8,400 in 2024, up 21 percent, and customs examinations were completed faster than in any year since the port opened.

**Why volumes grew.** Two shipping lines began to route Afghan cargo through Karachi again after a pause, and the port signed a handling contract with a large importer of cooking oil in Kabul. Nearly all transit containers left the port for Torkham within a week.

**Time in the port.** The average container stayed 3.2 days in the port, against 4.1 days a year earlier. The new scanner, installed in April, examined almost every container without the need to unload it by hand, and the customs staff now work two shifts.

**Revenue.** Handling and storage charges brought in Rs 412 million. Storage income fell, because containers stayed a shorter time, but handling income more than made up for it.

**Staff.** The port employed 86 people at the end of the year, 9 more than at the start, most of them crane and forklift operators.

**Risks.** Volumes depend on the border staying open. In 2025 the Torkham crossing was closed for trade on several days, and each closure filled the yard within two days.

**Proposals for 2026.**

- Pave the eastern yard to add space for about 300 containers.
- Buy a second reach stacker.
- Open a small clinic for drivers who wait at the port overnight.

The management asks the board to approve the capital budget for these items at its March meeting.
""", arith(["rose to 10,500 in 2025 from 8,400 in 2024, up 21 percent"],
          "Going from 8,400 to 10,500 containers is a rise of 2,100, or 25 percent of 8,400. The review says 21 percent.",
          **{"from": 8400, "to": 10500, "computed_change_pct": 25.0, "stated_change_pct": 21,
             "stated_as_written": "21 percent", "unit": "containers", "from_period": "2024", "to_period": "2025",
             "subject": "Afghan transit containers handled at the Peshawar dry port", "location": "paragraph 'Summary'"}))

add("peshawar_university_radio_economics_show_trade_surplus_script", """
# Script: "Money Matters", Episode 14

*Script of an economics programme on an invented university radio station in Peshawar, broadcast on 11 March 2026. The station, people and every figure are invented.*

HOST: Good evening and welcome to Money Matters. Tonight we are talking about trade with our neighbour, Afghanistan. With me is Dr Saima Jadoon, who teaches international trade. Dr Jadoon, let us start with the basics. Who sells more to whom?

GUEST: Pakistan sells far more to Afghanistan than it buys. Take 2024. In that year Pakistan sold goods worth USD 884 million to Afghanistan and bought goods worth USD 540 million from it, which left Pakistan with a surplus of USD 364 million.

HOST: And what do we sell them?

GUEST: Mostly food and everyday goods: flour and rice, cooking oil, medicines, cement, fabric. Afghanistan sends us fresh and dried fruit, vegetables and coal.

HOST: Was 2024 a good year?

GUEST: Not especially. Exports were lower than in 2023, when they passed a billion dollars. The border was closed for several periods, and every closure leaves trucks of fruit rotting in the queue.

HOST: What would help?

GUEST: Predictability. Traders can live with fees and paperwork, but they cannot plan if they do not know whether the crossing will be open next week. Banking is the other problem; many payments still go through money changers.

HOST: Dr Jadoon, thank you. Listeners, next week we look at remittances from the Gulf. Until then, this is Money Matters.
""", arith(["In that year Pakistan sold goods worth USD 884 million to Afghanistan and bought goods worth USD 540 million from it, which left Pakistan with a surplus of USD 364 million."],
          "Exports of USD 884 million minus imports of USD 540 million give a surplus of USD 344 million, not the USD 364 million stated.",
          exports=884, imports=540, computed_balance=344, stated_balance=364, stated_as_written="USD 364 million",
          unit="USD million", period="2024", subject="Pakistan's goods trade balance with Afghanistan",
          location="guest's first answer"))

_POLIO = pdf_lines([
    ["Point", "Children vaccinated", "Missed"],
    ["Torkham zero point", "18,420", "212"],
    ["Landi Kotal bus stand", "7,310", "96"],
    ["Jamrud check post", "5,860", "84"],
    ["Nawa Pass, Bajaur", "2,940", "41"],
    ["Total", "35,530", "433"],
])

add("khyber_district_health_office_border_polio_campaign_report", """
# Polio Campaign at Border Transit Points: January 2026

*Report of an invented district health office in Khyber on a five-day vaccination campaign at points where travellers to and from Afghanistan pass, 19 to 23 January 2026. The table is copied as it came out of the campaign's PDF report. The office, people and every figure are invented.*

**What the campaign did.** Teams gave oral polio drops to every child under five who passed a transit point, whichever direction the family was travelling. Each child's little finger was marked with ink so that no child was given drops twice.

""" + _POLIO + """

**Children missed.** A child is counted as missed when a team saw the child but could not give the drops. Most of the 433 missed children were asleep in vehicles that could not be stopped for long; the rest had parents who refused. Supervisors visited the families who refused at the Torkham zero point, and about half later agreed.

**Teams.** 24 teams of two worked in shifts from 6 in the morning until the crossings closed. Women vaccinators worked at the bus stand in Landi Kotal, where many families travel in shared vans.

**Cold chain.** Vaccine carriers were refilled with ice packs every four hours from the cold room at the Landi Kotal hospital. No vial had to be thrown away because its heat marker had changed colour.

**Next round.** The next round is planned for April, before the summer rush of families crossing for Eid.
""", parts_total([line_of(_POLIO, "Total")],
                 {"Torkham zero point": 18420, "Landi Kotal bus stand": 7310, "Jamrud check post": 5860,
                  "Nawa Pass, Bajaur": 2940}, 35530,
                 "children vaccinated", "19–23 Jan 2026",
                 "children vaccinated against polio at four border transit points in Khyber and Bajaur",
                 "'Total' row of the PDF-extracted table, children vaccinated column",
                 "The four transit points' counts add up to 18,420 + 7,310 + 5,860 + 2,940 = 34,530 children, but the 'Total' row gives 35,530, which is 1,000 too many. The missed column adds up (212 + 96 + 84 + 41 = 433)."))

add("lahore_art_college_afghan_miniature_painters_residency_notice", """
# Notice: Residency for Afghan Miniature Painters

*Notice of an invented art college in Lahore, 10 April 2026. The college, people and every figure are invented.*

The college invites applications from Afghan painters trained in the miniature tradition of Herat and Kabul for a residency in its department of miniature painting.

**The residency.** The residency runs from September 2026 to March 2026 and is held at the college's studios in the old city. Residents will work beside the college's own teachers and students, share techniques of paper preparation, pigments and burnishing, and give two public demonstrations.

**Places.** There are six places. At least three will go to women painters.

**Support.** Each resident will receive a stipend of Rs 80,000 a month, a room in the college guest house and all materials, including handmade paper and natural pigments. The college will pay the cost of the journey from Kabul or Herat to Lahore by road through Torkham, and the return journey at the end of the residency.

**Who may apply.** Painters who have trained for at least five years with a master, or who have studied miniature painting at an institute in Afghanistan. Applicants should send photographs of ten recent works, a short account of their training and a letter from their teacher.

**Visas.** The college will provide letters of invitation to help residents obtain visas, but cannot guarantee that visas will be granted.

**Exhibition.** The residency will end with an exhibition in the college gallery, where residents may sell their work.

**Deadline.** Applications must reach the college by 30 June 2026. Selected painters will be told by the end of July.
""", garbled(["The residency runs from September 2026 to March 2026"],
             "The notice says the residency runs from September 2026 to March 2026: the end month is six months before the start, so the period runs backwards (March 2027 was presumably meant).",
             stated_period_start="September 2026", stated_period_end="March 2026",
             subject="dates of the Lahore residency for Afghan miniature painters", location="paragraph 'The residency'"))

add("peshawar_money_changers_daily_rate_bulletin_afghani", """
# Daily Rate Bulletin: Chowk Yadgar Money Market

*Daily bulletin of an invented money changers' association in Peshawar, 9 February 2026. The association, people and every figure are invented. Rates are for cash, in rupees.*

| Currency | Buying (Rs) | Selling (Rs) |
|---|---|---|
| US dollar | 280.40 | 281.60 |
| UAE dirham | 76.30 | 76.80 |
| Saudi riyal | 74.60 | 75.10 |
| Afghani (100) | 404.00 | 408.00 |

**Afghani.** Demand for afghanis was strong all day, as fruit importers settled their accounts with Kabul suppliers before the weekend. The afghani firmed against the rupee, its mid-rate rising from Rs 406 per 100 afghanis on 9 February 2026 to Rs 406 on 9 February 2026. Dealers said supply of large afghani notes was short.

**Dollar.** The dollar was steady. Money changers reported modest buying by families paying university fees abroad and by pilgrims preparing for Umrah.

**Gulf currencies.** Remittance inflows from the Gulf were heavy, as usual in the first half of the month, and dealers offered slightly better rates for dirhams and riyals in larger amounts.

**Notice to members.** Members are reminded that every purchase of foreign currency above the limit set by the regulator must be recorded with the customer's identity card number. The association's inspection team will visit shops in the market next week.

**Market hours.** The market opens at 9 am and closes at 6 pm. On Friday shops close for the midday prayer from 12:30 to 2:30 pm.

The next bulletin will be issued on 10 February.
""", garbled(["its mid-rate rising from Rs 406 per 100 afghanis on 9 February 2026 to Rs 406 on 9 February 2026"],
             "The bulletin describes a rise in the afghani's mid-rate whose start and end are the same value (Rs 406 per 100 afghanis) on the same day (9 February 2026), so no change is described at all.",
             start_value=406, end_value=406, start_period="9 February 2026", end_period="9 February 2026",
             unit="Rs per 100 afghanis", subject="mid-rate of the afghani at the Peshawar money market",
             location="paragraph 'Afghani'"))

add("torkham_pedestrian_terminal_notice_to_travellers", """
# Notice to Travellers: Pedestrian Terminal

*Notice displayed at the pedestrian terminal of an invented border facility near Torkham, in English, Urdu and Pashto, March 2026. The wording and every figure are invented.*

**Opening hours.** The terminal is open from 7 am to 7 pm every day. Travellers who have not completed their formalities by 6:30 pm will be asked to return the next morning.

**Documents.** Every traveller must show a valid passport with a visa, or another travel document accepted at this crossing. Keep your documents in your hand at every counter.

**Health.** Every child under five must receive polio drops before crossing. Every child under five must receive polio drops before crossing. The vaccination desk is beside the first counter, and the drops are free. A child who has already received drops in Afghanistan must still show the ink mark on the finger.

**Luggage.** Each traveller may carry up to 30 kg of personal luggage. Goods for trade must be declared at the customs counter and may not be carried through the pedestrian lanes.

**Money.** Cash above the permitted limit must be declared. Exchange counters inside the terminal display their rates on the board.

**Women and families.** Women travellers may use the separate lane marked in green, and a woman officer is on duty at every search point. There is a room for mothers with infants beside the waiting hall.

**Porters.** Licensed porters wear numbered green jackets. The fee for carrying luggage from the gate to the last counter is shown on the board; do not pay more.

**Complaints.** Complaints may be written in the book at the information desk or made to the duty officer.
""", repeated("Every child under five must receive polio drops before crossing.", 2,
              "polio drops for children crossing at the pedestrian terminal", "paragraph 'Health'",
              "The sentence 'Every child under five must receive polio drops before crossing.' appears twice in a row, word for word, in the paragraph on health."))

add("kabul_think_tank_transit_trade_report_book_review", """
# Review: "Roads Without Timetables"

*Review in an invented quarterly journal of regional affairs, published in Islamabad, spring 2026, of an invented report by an invented research group in Kabul. The journal, the report, its authors and every figure are invented.*

Anyone who has waited in a truck queue at Torkham will recognise the world of this report. Its authors, a small team of economists in Kabul, set out to measure what delays at the border cost the traders who move goods between Afghanistan and Pakistan.

The report covers three solar years, from 1404 SH to 1402 SH, and draws on the logbooks of 46 transport companies, interviews with drivers and the published figures of both customs services. Its method is simple and its tables are clear.

The main finding is stark. On the authors' estimate, a truck carrying fresh fruit loses a fifth of the value of its load for each day it spends in the queue in summer. Dried fruit and coal suffer far less, and so traders in those goods complain less, even when they wait longer.

The chapter on Chaman is the strongest. It follows a single load of grapes from a farm near Kandahar to a market in Karachi and counts every stop, fee and delay along the way. The chapter on Ghulam Khan is thinner, because few companies there keep logbooks.

The report has weaknesses. It relies heavily on what transporters say about themselves, and it says little about the traders on the Pakistani side, whose costs rise too when trucks are delayed.

Still, this is the most careful study of the subject I have read in years. Customs officials on both sides should read it, and so should anyone who writes about the border without having waited at it.
""", garbled(["from 1404 SH to 1402 SH"],
             "The review says the report covers three solar years 'from 1404 SH to 1402 SH': the period ends two years before it starts, so it runs backwards (1402 to 1404 SH was presumably meant).",
             stated_period_start="1404 SH", stated_period_end="1402 SH",
             subject="period covered by the Kabul report on transit delays", location="second paragraph"))

add("jalalabad_builders_cement_price_message_thread", """
# Message Thread: Jalalabad Builders' Group

*Messages in an invented group of building contractors in Jalalabad, 2 April 2026, translated from Pashto. The people and every figure are invented.*

[2 Apr, 08:52] Ajmal: Salaam all. Anyone know the price of Pakistani cement this morning? I need 400 bags for the clinic roof in Behsud.

[2 Apr, 09:05] Naweed: Cement from Pakistan is up again: Af 455 a bag on 2 April 2026, up from Af 455 a bag on 2 April 2026. The dealers near the Torkham road say trucks were held at the border for two days.

[2 Apr, 09:11] Ajmal: That is too much. Is there stock at the depot in Sorkh Rod?

[2 Apr, 09:14] Zabihullah: I was there at 8. They have about 1,200 bags, but they will only sell 200 to one customer until the trucks come.

[2 Apr, 09:20] Naweed: Iranian cement is cheaper but the masons don't like it for roof slabs. It sets too slowly in the cold mornings.

[2 Apr, 09:26] Ajmal: OK. I'll take 200 from Sorkh Rod today and the rest next week. Can someone lend me a truck for the afternoon?

[2 Apr, 09:31] Zabihullah: My small truck is free after 2 pm. It takes 100 bags at a time.

[2 Apr, 09:33] Ajmal: Then two trips. Thank you brother, I'll pay the fuel.

[2 Apr, 09:40] Naweed: Also steel bar went up 3 percent this week. Buy what you need for April now if you can.
""", garbled(["Af 455 a bag on 2 April 2026, up from Af 455 a bag on 2 April 2026"],
             "The message describes a price rise whose start and end are the same value (Af 455 a bag) on the same day (2 April 2026), so no change is described at all.",
             start_value=455, end_value=455, start_period="2 April 2026", end_period="2 April 2026",
             unit="Af a 50 kg bag", subject="price of Pakistani cement in Jalalabad",
             location="Naweed's message of 2 Apr, 09:05"))

add("attock_poultry_farm_kabul_egg_order_dispatch_log", """
# Dispatch Log: Egg Order for Kabul

*Entry in the dispatch log of an invented poultry farm near Attock for an order from an invented wholesaler in Kabul, 17 December 2025. The firms, people and every figure are invented.*

**Order.** Kabul Fresh Foods ordered 9,000 brown eggs, grade A, for delivery to its Kabul warehouse by 20 December. The price agreed is Rs 38 an egg, delivered to Torkham, so the order is worth Rs 342,000.

**Packing.** Eggs are packed on paper trays of 30. Each carton holds 12 trays, so a carton carries 360 eggs. The Kabul order filled 12 cartons, which were stacked no more than five high in the refrigerated van, with foam sheets between the layers.

**Collection.** Eggs were collected from sheds 3 and 4 on 16 and 17 December and candled on the afternoon of the 17th. 46 eggs with hairline cracks were taken out and replaced from the day's stock.

**Temperature.** The van was set to 10 °C. The driver was told not to switch the cooling off at night, because eggs sweat when they warm and then cool again.

**Route.** The van left the farm at 9 pm on 17 December for Peshawar and Torkham, where the wholesaler's own truck will collect the cartons on the Afghan side.

**Papers.** The van carried the invoice, the packing list, the health certificate issued by the livestock department and the farm's registration letter.

**Note for next time.** The wholesaler has asked whether we can supply 15,000 eggs a week from February. The manager will reply after checking the laying plan for the new flock.

Logged by Shahid, dispatch clerk.
""", reuse(["Each carton holds 12 trays", "The Kabul order filled 12 cartons"], 12, "trays / cartons",
           "paper trays in one carton", "cartons filled by the Kabul egg order", 25,
           "The log says each carton holds 12 trays of 30 eggs, or 360 eggs, and the order was for 9,000 eggs, so it fills 9,000 / 360 = 25 cartons. The log gives 12 cartons, reusing the trays-per-carton figure as the number of cartons.",
           eggs_ordered=9000, eggs_a_carton=360))

add("peshawar_student_society_blood_drive_report_thalassaemia", """
# Report: Blood Drive for Children with Thalassaemia

*Report of an invented student welfare society at a Peshawar university on a blood drive for a thalassaemia centre that treats Pakistani and Afghan children, 28 February 2026. The society, the centre, people and every figure are invented.*

**Why we held it.** The thalassaemia centre in Hayatabad treats more than 300 children, about a third of them from Afghan families, and each child needs fresh blood every three or four weeks. In winter, when fewer people give blood, the centre's stock runs low.

**The day.** The drive was held in the university's main hall on 25 February, from 9 am to 4 pm. The centre sent two doctors, four nurses and a van with a refrigerator.

**Blood collected.** Each donor gives one bag of 450 millilitres. The nurses filled 96 bags, and every bag was tested and labelled in the van before it left for the centre.

**Donors.** We thank the 450 students who gave blood, and the many more who came to help. 38 students were turned away because their haemoglobin was too low or because they had a cold; the doctors gave each of them advice on diet.

**Volunteers.** Twenty society members registered donors, served juice and biscuits, and kept the queue moving. Teachers from the pharmacy department checked that no donor left before resting for ten minutes.

**Cost.** The drive cost the society Rs 46,000, mostly for refreshments and the printing of posters. The university paid for the hall and its electricity.

**Next drive.** The centre has asked us to hold another drive before Ramadan. We will book the hall for the first week of May and hope to beat this year's total.
""", reuse(["one bag of 450 millilitres", "the 450 students who gave blood"], 450, "millilitres / donors",
           "millilitres of blood in one donor's bag", "students who gave blood", 96,
           "The report says each donor gives one bag of 450 millilitres and that 96 bags were filled, so 96 students gave blood. It thanks 450 students who gave blood, reusing the bag's volume as the number of donors.",
           bags_filled=96, bags_a_donor=1))

add("quetta_cricket_club_newsletter_youth_trials", """
# Club Newsletter: Under-16 Trials and the Spring Tournament

*Newsletter of an invented cricket club in Quetta, March 2026. The club, people and every figure are invented.*

**A record turnout.** Last Sunday's open trials for the under-16 spring tournament drew more boys than ever before. Many came from Afghan families in Quetta's western suburbs, and several had walked across the city with their kit bags.

**How the tournament works.** The tournament is played on the club's two grounds over four weekends in April. A squad for the tournament has 15 players, of whom eleven take the field and four are reserves.

**The trials.** 120 boys turned up for the trials, enough for 15 squads. The coaches watched each boy bat against a bowling machine and bowl six balls in the nets, and fielding was tested with high catches on the outfield.

**Selection.** The coaches will name the squads on 20 March. Every boy who came to the trials will be placed in a squad, and each squad will be coached by one of the club's senior players.

**Kit.** The club will lend pads, gloves and helmets to boys who do not have their own. Thanks to a local sports shop, every player will receive a club cap.

**Fees.** There is no fee for the tournament. Parents are asked to make sure their sons arrive by 8 am on match days and bring water.

**Afghan cricket.** Many of the boys told the coaches that their heroes play for Afghanistan. The club has invited a former Afghan first-class player now living in Quetta to present the prizes at the final.

**Volunteers.** We need scorers and umpires for the tournament. Members who can help on any weekend should speak to the secretary.

**Ground news.** The second ground's pitch has been relaid and will be ready for the tournament.
""", reuse(["A squad for the tournament has 15 players", "enough for 15 squads"], 15, "players / squads",
           "players in one tournament squad", "squads that the boys at the trials could form", 8,
           "The newsletter says a squad has 15 players and 120 boys came to the trials, so they would make 120 / 15 = 8 squads. It says the boys were enough for 15 squads, reusing the squad size as the number of squads.",
           boys_at_trials=120, players_a_squad=15))

add("lahore_steel_mill_mazar_builder_dispatch_email", """
# Dispatch Confirmation: Steel Bar for Mazar-i-Sharif

*Email from the dispatch office of an invented steel re-rolling mill in Lahore to its invented buyer, a building contractor in Mazar-i-Sharif, 26 January 2026. The firms, people and every figure are invented.*

Dear Engineer Rahimi,

I am pleased to confirm that your order of 700 tonnes of deformed steel bar, grade 60, for the hospital project in Mazar-i-Sharif has been dispatched in full.

**Sizes.** The order was 300 tonnes of 12 mm bar, 250 tonnes of 16 mm bar and 150 tonnes of 20 mm bar, all in 12-metre lengths and bundled by size with the heat number on each tag.

**Trucks.** Each truck carries 28 tonnes of bar, the most the bridges on the route allow. Your order left the mill on 28 trucks between 12 and 24 January, and all of them have now crossed at Torkham.

**Route.** From Torkham the trucks travel through Jalalabad and Kabul and over the Salang Pass to Mazar-i-Sharif. Please tell us at once if snow closes the Salang, so that we can hold the last trucks in Kabul rather than on the pass.

**Test certificates.** The mill test certificate for each heat was sent with the trucks, and copies are attached to this email. The tensile tests were carried out in the mill's laboratory and witnessed by your inspector on 10 January.

**Invoice.** The invoice for the order is attached. As agreed, the balance of the price is due within 30 days of the last truck's arrival in Mazar-i-Sharif.

**Unloading.** Please unload the bar on timber sleepers and cover it, as rust that forms in the winter rain will need to be brushed off before use.

We thank you for your order and look forward to supplying the second phase of the project.

Yours sincerely,

Bilal Ahmed
Dispatch Office
""", reuse(["Each truck carries 28 tonnes of bar", "Your order left the mill on 28 trucks"], 28, "tonnes / trucks",
           "tonnes of steel bar one truck carries", "trucks that carried the Mazar-i-Sharif order", 25,
           "The email says each truck carries 28 tonnes and the order was 700 tonnes (300 + 250 + 150), so it needed 700 / 28 = 25 trucks. The email says the order left on 28 trucks, reusing the load per truck as the number of trucks.",
           tonnes_ordered=700, tonnes_a_truck=28))

add("peshawar_charity_kunar_winter_blankets_distribution_report", """
# Distribution Report: Winter Blankets for Kunar

*Report of an invented Peshawar charity on a distribution of blankets in Kunar province, Afghanistan, 14 January 2026, written for its donors. The charity, people and every figure are invented.*

**The need.** Families in the mountain villages of Kunar who lost their homes in last year's floods are spending the winter in tents and half-built houses. Night temperatures in January fall well below freezing.

**What we sent.** Donors in Peshawar and abroad paid for 1,500 heavy wool blankets, made by a mill in Charsadda at Rs 4,200 each, a total of Rs 6.3 million. For the journey, the blankets are packed 25 to a bundle and wrapped in plastic against the rain. The 1,500 blankets, which travelled in 25 bundles, crossed at Torkham on 6 January in one truck and were driven to Asadabad.

**How we chose families.** Our partner organisation in Asadabad, working with village elders, drew up lists of families who had no proper shelter. Each family received two blankets, so 750 families were reached in 11 villages.

**The distribution.** Blankets were handed out on 9, 10 and 11 January at village mosques. Women were served first, and a woman volunteer checked names against the list so that no family was missed.

**Problems.** Snow on the road to the last two villages delayed the distribution there by a day, and the truck had to be unloaded into pickups.

**What families said.** "Last winter my children slept in their clothes with all of us together," one mother told our volunteer. "Now each of them has a blanket."

**Thank you.** Every rupee donated went to blankets and their transport; the charity's own staff costs were met by its founders.

**Next.** A second distribution, of stoves and fuel, is planned for February if funds allow.
""", reuse(["the blankets are packed 25 to a bundle", "which travelled in 25 bundles"], 25, "blankets / bundles",
           "blankets in one bundle", "bundles that carried the 1,500 blankets", 60,
           "The report says blankets are packed 25 to a bundle and that 1,500 blankets were sent, so they filled 1,500 / 25 = 60 bundles. It says they travelled in 25 bundles, reusing the blankets-per-bundle figure as the number of bundles.",
           blankets_sent=1500, blankets_a_bundle=25))

add("karachi_bank_monthly_economic_update_afghan_trade", """
# Monthly Economic Update: Regional Trade

*Section of the monthly economic update of an invented commercial bank in Karachi, for its corporate clients, February 2026. The bank, people and every figure are invented.*

**Regional trade in focus.** This month we look back at Pakistan's goods trade with Afghanistan over the years since 2021, a period of political change, banking restrictions and repeated border closures.

**Exports.** Pakistan's exports of goods to Afghanistan eased from USD 828 million in 2021 to USD 936 million in 2022, as Afghan buyers returned to Pakistani flour, rice, medicines and cement once the first months of uncertainty had passed. Exports passed USD 1 billion in 2023 before falling back in 2024.

**Imports.** Imports from Afghanistan rose from USD 552 million in 2021 to USD 741 million in 2022, driven by coal, which Pakistani industry bought in large amounts when imported coal from further afield became expensive.

**Payments.** Most of this trade is still settled outside the banking system, through money changers on both sides of the border. For our clients, the main risks are delays at the crossings, which tie up working capital, and changes in the rupee-afghani rate between order and payment.

**What we advise.** Exporters should agree prices in a stable currency where possible, keep documents ready for the customs systems at Torkham and Chaman, and insure goods in transit. Importers of coal should watch closely for changes in import duties and in the rules on payment.

**Outlook.** We expect trade to remain sensitive to events at the border. A more predictable regime at the crossings would do more for trade than any change in tariffs.

Our trade finance desk is available to discuss letters of credit and guarantees for regional trade.
""", direction("Pakistan's exports of goods to Afghanistan eased from USD 828 million in 2021 to USD 936 million in 2022",
               828, 936, "2021", "2022", "eased", "fall", "USD million",
               "Pakistan's goods exports to Afghanistan", "paragraph 'Exports'",
               "The update says exports 'eased' from USD 828 million in 2021 to USD 936 million in 2022. That is a rise of USD 108 million, or 13.04 percent, not a fall; the rest of the sentence, about buyers returning, describes growth.",
               from_as_written="USD 828 million in 2021", to_as_written="USD 936 million in 2022"))

add("khyber_district_administration_monthly_crossing_bulletin_april", """
# Monthly Crossing Bulletin: Torkham, April 2026

*Bulletin of an invented district administration office in Khyber, 5 May 2026. The office, people and every figure are invented.*

**Pedestrians.** Pedestrian crossings at Torkham rose from 11,200 a day in March 2026 to 9,800 a day in April 2026, taking both directions together. Fewer families travelled after the Eid holidays, and the new rule that every adult must show a valid document at the first gate slowed the morning queues.

**Vehicles.** An average of 1,150 goods vehicles crossed each day in April, in both directions together. Empty trucks returning to Pakistan made up about a third of them.

**Waiting times.** The average wait for a loaded truck from arrival at the parking yard to clearance was 14 hours, the same as in March. The longest waits, of more than two days, came on 17 and 18 April, when the scanner on the export lane was out of order.

**Closures.** The crossing was closed to traffic for six hours on 22 April for a meeting of the border officials of both countries. Pedestrians who were waiting were allowed through in the evening.

**Health.** The vaccination teams at the terminal gave polio drops to 11,940 children under five during the month.

**Complaints.** The complaints desk received 64 complaints, most about porters' fees and the lack of shade in the waiting area. Shade sheets were put up on 25 April.

**Coming month.** The administration expects more travellers in late May and June, when students return home after exams. Extra counters will be opened in the pedestrian terminal from 1 June.

Issued by the office of the Assistant Commissioner, Landi Kotal.
""", direction("Pedestrian crossings at Torkham rose from 11,200 a day in March 2026 to 9,800 a day in April 2026",
               11200, 9800, "Mar 2026", "Apr 2026", "rose", "rise", "pedestrians a day",
               "pedestrian crossings at Torkham, both directions", "paragraph 'Pedestrians'",
               "The bulletin says pedestrian crossings 'rose' from 11,200 a day in March to 9,800 a day in April. That is a fall of 1,400 a day, or 12.5 percent, and the next sentence itself says fewer families travelled.",
               from_as_written="11,200 a day in March 2026", to_as_written="9,800 a day in April 2026"))

add("karachi_tuition_academy_afghan_students_brochure", """
# Brochure: Evening Classes for Afghan Students

*Brochure of an invented tuition academy in Karachi's Sohrab Goth area, for the session starting in August 2026. The academy, people and every figure are invented.*

**Who we are.** Since 2016 the academy has taught evening classes in mathematics, science, English and Urdu to young Afghans in Karachi who work during the day or who joined Pakistani schools late. Most of our students are between 14 and 20 years old.

**Our results.** Each year our students sit the Grade 10 examination of the Karachi board as private candidates. The number of our Afghan students passing the Grade 10 board exam fell from 46 in 2024 to 58 in 2025, the best result in our history, and four of them scored above 80 percent.

**Classes.** Classes run from 5 pm to 9 pm, Monday to Saturday. Each class has no more than 25 students, so that teachers can give each student attention.

**Teachers.** Our nine teachers include three former students who now study at universities in Karachi. Two of our teachers speak Pashto and one speaks Dari, so new students can ask questions in their own language.

**Fees.** The monthly fee is Rs 2,500. Students whose families cannot pay may apply for a free place; last year one student in three studied free, paid for by donors in the community.

**What students need.** A copy of their school record, if they have one, or a placement test at the academy. Students without papers can still study with us, and we help them with the board's registration for private candidates.

**Admissions.** Admissions open on 1 July. Come to the academy with a parent or guardian between 4 pm and 8 pm on any weekday.
""", direction("The number of our Afghan students passing the Grade 10 board exam fell from 46 in 2024 to 58 in 2025",
               46, 58, "2024", "2025", "fell", "fall", "students",
               "Afghan students of the academy passing the Grade 10 board exam", "paragraph 'Our results'",
               "The brochure says the number passing 'fell' from 46 in 2024 to 58 in 2025. That is a rise of 12, or 26.1 percent, and the same sentence calls 2025 the best result in the academy's history.",
               from_as_written="46 in 2024", to_as_written="58 in 2025"))

add("lahore_fintech_quarterly_investor_letter_afghan_transfers", """
# Letter to Investors: Fourth Quarter of 2025

*Quarterly letter of an invented payments start-up in Lahore to its investors, January 2026. The company, people and every figure are invented.*

Dear investors,

The fourth quarter was a quarter of consolidation. We added users, cut our costs and prepared for the licence review that our regulator will carry out in the spring.

**Users.** Active users reached 184,000 at the end of December, against 161,000 at the end of September. Most new users came through our partnership with a chain of mobile phone shops in Punjab and Khyber Pakhtunkhwa.

**Transfers to Afghanistan.** Transfers from Pakistan to Afghanistan through the app climbed from Rs 310 million in Q3 2025 to Rs 265 million in Q4 2025. Most senders are Afghan workers in Pakistan's cities supporting families at home, and the quarter's figure was held back by the border closures of October, when many of them travelled home and sent money in person.

**Costs.** We renegotiated our agreement with our payout partner in Kabul, which cut the cost of each Afghan transfer by about a quarter. We also moved our servers to a cheaper provider.

**Compliance.** Every sender and receiver is checked against the sanctions lists, and transfers above our internal limit are reviewed by hand. In the quarter we refused 214 transfers after these checks.

**Cash.** At the end of December we had enough cash to operate for 19 months at the present rate of spending.

**Next quarter.** We plan to launch transfers to Tajikistan and Uzbekistan in the second quarter, subject to approval, and to begin charging small merchants for payment links.

Thank you for your continued support.

Ayesha Rana
Chief Executive
""", direction("Transfers from Pakistan to Afghanistan through the app climbed from Rs 310 million in Q3 2025 to Rs 265 million in Q4 2025",
               310, 265, "Q3 2025", "Q4 2025", "climbed", "rise", "Rs million",
               "transfers from Pakistan to Afghanistan through the company's app", "paragraph 'Transfers to Afghanistan'",
               "The letter says transfers 'climbed' from Rs 310 million in the third quarter to Rs 265 million in the fourth. That is a fall of Rs 45 million, or 14.5 percent, and the next sentence says the quarter's figure was held back by border closures.",
               from_as_written="Rs 310 million in Q3 2025", to_as_written="Rs 265 million in Q4 2025"))

add("sheikhupura_brick_kiln_owners_association_coal_price_circular", """
# Circular to Members: Afghan Coal Prices and Winter Firing

*Circular of an invented brick kiln owners' association in Sheikhupura, Punjab, 3 February 2026. The association, people and every figure are invented.*

Dear members,

**Coal prices.** The price of Afghan coal delivered to kilns in Sheikhupura went up from Rs 46,500 a tonne in October 2025 to Rs 41,800 a tonne in January 2026. Coal from the mines of northern Afghanistan has been arriving steadily through Torkham, and several suppliers have cut their prices to win orders for the spring firing season.

**What the association advises.** Members who have storage space should consider buying part of their spring coal now. Check every truck on the weighbridge at the kiln and keep a sample from each load; several members have complained of coal mixed with stones and wet dust.

**Zigzag firing.** The environment department has reminded the association that all kilns must use zigzag firing. Members whose kilns have not yet been converted should contact the association's technical adviser, who can visit within a week.

**Workers.** The minimum wage for kiln workers for each thousand bricks moulded has been raised by the provincial government from 1 January. Members must pay the new rate and keep a written record of payments to each family.

**Children.** No child may work at a kiln. Inspectors from the labour department will visit kilns in the district during February and March.

**Smog season.** Kilns must stop firing whenever the district administration orders it during smog episodes. Members who fire during a ban risk having their kilns sealed.

**Annual dues.** Members who have not paid their dues for 2026 are asked to do so at the association's office by the end of February.

General Secretary
""", direction("went up from Rs 46,500 a tonne in October 2025 to Rs 41,800 a tonne in January 2026",
               46500, 41800, "October 2025", "January 2026", "went up", "rise", "Rs a tonne",
               "price of Afghan coal delivered to brick kilns in Sheikhupura", "paragraph 'Coal prices'",
               "The circular says the price of Afghan coal 'went up' from Rs 46,500 a tonne in October 2025 to Rs 41,800 in January 2026. That is a fall of Rs 4,700 a tonne, or 10.1 percent, and the next sentence says suppliers have cut their prices.",
               from_as_written="Rs 46,500 a tonne in October 2025", to_as_written="Rs 41,800 a tonne in January 2026"))

add("quetta_tour_operator_herat_heritage_trip_faq", """
# Frequently Asked Questions: Our Quetta to Herat Heritage Trip

*Page of questions and answers on the website of an invented tour operator in Quetta, for its spring 2026 trip. The company, people and every figure are invented.*

**How long is the trip?** Twelve days, leaving Quetta on a Saturday morning. We spend two nights in Kandahar, four in Herat and the rest on the road and in smaller towns.

**Where do we cross the border?** We cross the Pakistan–Turkmenistan border at Chaman and Spin Boldak, then drive to Kandahar. Crossing on foot with our guide usually takes two to three hours.

**What will we see?** In Kandahar, the shrine of the Cloak and the old bazaars. In Herat, the Friday Mosque with its tilework, the citadel, the minarets of the Musalla and the glassblowers' workshops.

**How big is the group?** No more than 10 travellers, with a guide from Quetta and a local guide in each city.

**What does it cost?** Rs 485,000 a person, sharing a room. This includes transport, hotels, meals, entry fees and the guides, but not visas.

**Do I need a visa?** Yes. We help each traveller with the application, which should be made at least six weeks before the trip.

**Is it safe?** We run the trip only when our partners in Afghanistan advise that the route is open and calm, and we keep in daily contact with them. We will refund the full price if we cancel.

**Can I go on to Central Asia?** Some travellers continue by road from Herat to Mary in Turkmenistan. We can arrange a driver to the border at Torghundi, but the Turkmen visa is the traveller's own responsibility.

**What should women travellers wear?** A long loose dress or shalwar kameez and a headscarf. Our guides will advise on local custom in each place.
""", scope("the Pakistan–Turkmenistan border at Chaman and Spin Boldak", "TKM", ["PAK", "TKM"], "Turkmenistan",
           "The page says the trip crosses the Pakistan–Turkmenistan border at Chaman and Spin Boldak and then drives to Kandahar. Chaman and Spin Boldak face each other on the Pakistan–Afghanistan border; Afghanistan's place has been given to Turkmenistan. The later mention of Mary in Turkmenistan, reached from Herat, is correct.",
           stands_for="AFG", crossing="Chaman", location="answer to 'Where do we cross the border?'",
           not_a_defect="Mary in Turkmenistan"))

add("peshawar_commerce_minister_chamber_dinner_speech", """
# Speech at the Annual Dinner of the Chamber of Commerce

*Speech of an invented provincial minister for commerce at the annual dinner of an invented chamber of commerce in Peshawar, 14 February 2026. The minister, the chamber and every figure are invented.*

Mr President, members of the chamber, ladies and gentlemen,

It is a pleasure to be with the traders of Peshawar, whose fathers and grandfathers built this city's markets long before any of us were born.

Peshawar has always lived by trade. Our trade with Bangladesh across Torkham and Chaman has fed families on both sides of the border for generations, and it remains the first business of this city. When the crossings close, the shops of Karkhano Market feel it the same evening.

This year the government has done three things for you. First, we have opened a second weighbridge at the Peshawar bypass, so that trucks no longer wait half a day to be weighed. Second, we have paid out Rs 1.8 billion in delayed sales tax refunds to exporters of the province, many of you among them. Third, we have begun work on the cold store at Landi Kotal, which will have space for 5,000 tonnes of fruit and vegetables and will open next year.

I know what you will say: it is not enough. You are right. Banking remains the biggest obstacle. Too many of your payments still pass through money changers, because our banks will not deal with their counterparts across the border. I have asked the federal government to find a solution, and I will keep asking.

I also ask something of you. Pay your taxes, train your young people, and bring your daughters into your businesses. Trade needs new hands.

Thank you, and may this chamber prosper for another hundred years.
""", scope("Our trade with Bangladesh across Torkham and Chaman", "BGD", ["PAK", "BGD"], "Bangladesh",
           "The speech speaks of Peshawar's trade with Bangladesh across Torkham and Chaman, the two main crossings on the Pakistan–Afghanistan border, and of families on both sides of that border; the partner in that trade is Afghanistan, whose place has been given to Bangladesh. Bangladesh is named only here.",
           stands_for="AFG", crossing="Torkham", location="third paragraph"))

add("bannu_trucking_company_customer_newsletter_ghulam_khan_route", """
# Customer Newsletter: The Ghulam Khan Route, Winter 2026

*Newsletter of an invented trucking company in Bannu for its customers, January 2026. The company, people and every figure are invented.*

**A busier crossing.** Ghulam Khan, in North Waziristan, has become our busiest route. Our trucks carry Pakistan's exports to Oman by road through Ghulam Khan, most of them bound for Khost, Gardez and Kabul, and come back loaded with dried fruit, pine nuts and onions.

**Our fleet.** The company now runs 34 trucks, four more than a year ago. The new trucks are six-wheelers, which climb the hill roads beyond the crossing more easily than the long trailers and can be unloaded in the narrow bazaars of Khost.

**Journey times.** From our yard in Bannu to Khost takes one day when the crossing is quiet. In December the average was a day and a half, because of fog on the plains in the mornings and snow on the higher stretches of road.

**What our customers send.** Cement and steel for building, cooking oil, medicines and fabric made up most loads this winter. Fruit sellers in Khost have started to order fresh oranges from Punjab through us, which we carry in the smaller trucks so that they arrive quickly.

**Papers.** Please make sure every consignment has its invoice, packing list and goods declaration before the truck leaves our yard. Most delays at the crossing come from missing papers, not from the inspections.

**Drivers.** Our drivers now carry mobile phones with tracking, and customers can ask our office for a truck's position at any time.

**Rates.** Our freight rates will stay unchanged until the end of March.

**Contact.** Call our Bannu office from 8 am to 8 pm, seven days a week.
""", scope("Our trucks carry Pakistan's exports to Oman by road through Ghulam Khan", "OMN", ["PAK", "OMN"], "Oman",
           "The newsletter says its trucks carry Pakistan's exports to Oman by road through Ghulam Khan, bound for Khost, Gardez and Kabul. Ghulam Khan is a crossing on the Pakistan–Afghanistan border and those towns are in Afghanistan; Afghanistan's place has been given to Oman. Oman is named only here.",
           stands_for="AFG", crossing="Ghulam Khan", location="paragraph 'A busier crossing'"))

add("torkham_border_coordination_meeting_press_note", """
# Press Note: Border Coordination Meeting at Torkham

*Press note of an invented office of the commissioner in Peshawar, 18 March 2026. The office, people and every figure are invented.*

Peshawar, 18 March 2026. Officials of both countries met today at the Pakistan–Kazakhstan border coordination meeting at Torkham to discuss the movement of trade and travellers through the crossing ahead of the summer season.

The Pakistani delegation was led by the deputy commissioner of Khyber and included officers of customs, immigration, health and the police. The other delegation was led by the head of the border police of Nangarhar province.

The two sides agreed to keep the crossing open for trucks until 10 pm from 1 April, two hours longer than at present, so that fruit trucks can cross on the day they arrive. They also agreed to share lists of trucks expected each day, so that inspections can be planned.

Officials discussed the transit trucks that carry wheat imported from Kazakhstan through Afghanistan into Pakistan, and agreed that their papers will be checked at a separate counter, so that they do not join the queue for local trade.

On travellers, the two sides agreed to open two more counters for women and families, and to improve shade and drinking water on both sides of the gate.

The health officers agreed that children under five will continue to receive polio drops at the crossing in both directions.

The next meeting will be held in May, on the other side of the crossing.

For further information, contact the public relations officer of the commissioner's office.
""", scope("the Pakistan–Kazakhstan border coordination meeting at Torkham", "KAZ", ["PAK", "KAZ"], "Kazakhstan",
           "The note calls the meeting at Torkham a Pakistan–Kazakhstan border coordination meeting, but the other delegation is led by the border police of Nangarhar, an Afghan province, and Torkham is on the Pakistan–Afghanistan border; Afghanistan's place has been given to Kazakhstan. The later mention of wheat imported from Kazakhstan and carried in transit through Afghanistan is correct.",
           stands_for="AFG", crossing="Torkham", location="first paragraph",
           not_a_defect="wheat imported from Kazakhstan"))

add("kabul_truckers_association_weekly_bulletin_torkham_queues", """
# Weekly Bulletin for Members: Torkham Road

*Bulletin of an invented truckers' association in Kabul, 22 February 2026, translated from Dari. The association, people and every figure are invented.*

**Queues at the border.** This week members reported long queues on the Iranian side of Torkham, where loaded trucks waited an average of 30 hours before their papers were checked and they could drive on to Landi Kotal and Peshawar. On our side of the gate the wait was shorter, about 8 hours.

**Fuel.** Most members filled their tanks in Jalalabad before the border. The price of Iranian diesel in Jalalabad was steady this week at 68 afghanis a litre. Members are reminded not to carry fuel in cans in the cab, which is dangerous and is now fined.

**Weights.** The weighbridge on the Peshawar bypass is fining trucks that carry more than the legal axle load. Members should not accept loads above the limit, even when traders insist.

**Drivers' documents.** Every driver must carry a valid passport and visa or the driver's card accepted at the crossing. Drivers without valid documents have been turned back this week.

**Accidents.** One member's truck overturned on the Jalalabad road on 18 February after its brakes failed on the descent. The driver and his helper are in hospital in Jalalabad and are recovering. The association has paid their hospital bills from the welfare fund.

**Welfare fund.** Members who are behind with their contributions to the welfare fund are asked to pay at the association's office before the end of the month.

**Meeting.** The next members' meeting will be held on Thursday 5 March at the association's office on the Jalalabad road, after the afternoon prayer.
""", scope("on the Iranian side of Torkham", "IRN", ["IRN", "AFG"], "Iranian",
           "The bulletin, written in Kabul, speaks of queues 'on the Iranian side of Torkham', from which trucks drive on to Landi Kotal and Peshawar. The far side of Torkham from Afghanistan is Pakistan; Pakistan's place has been given to Iran. The later mention of Iranian diesel sold in Jalalabad is correct.",
           stands_for="PAK", crossing="Torkham", location="paragraph 'Queues at the border'",
           not_a_defect="Iranian diesel"))

# ---------------------------------------------------------------------------
# Registered Afghan refugees in Pakistan: citations and citation controls
# ---------------------------------------------------------------------------

add("refugees_university_seminar_handout_2022", """
# Seminar Handout: Displacement and the State

*Handout for a graduate seminar in an invented department of political science at a university in Islamabad, October 2025. The department and the lecturer are invented.*

**This week's topic.** How a state counts the people it hosts, and why the count matters for policy. We take as our case the registration of Afghan refugees in Pakistan.

**The case in brief.** Pakistan registers Afghan refugees through Proof of Registration cards. The register does not include holders of Afghan citizen cards or Afghans without papers, so it always counts fewer Afghans than actually live in the country. By the register's measure, around 1.52 million Afghans were registered as refugees in Pakistan at the end of 2022 (UNHCR Operational Data Portal, end-2022).

**Questions for discussion.**

- Who decides who is counted, and what happens to those who are not?
- Why might a government prefer a smaller or a larger register at different times?
- How did the order of late 2023 on foreigners without papers change the meaning of the register for those outside it?

**Readings.** Read the two chapters on registration in the course reader and one newspaper report of your choice on the returns of 2023 and 2024. Come ready to summarise your report in two minutes.

**Assignment.** Write 1,500 words comparing Pakistan's register with the way one other country counts the people it hosts. Use at least three sources, and say clearly where each figure comes from and what date it refers to.

**Office hours.** Tuesdays from 2 pm to 4 pm in room 214 of the faculty building, or by appointment.
""", citation(["around 1.52 million Afghans were registered as refugees in Pakistan at the end of 2022 (UNHCR Operational Data Portal, end-2022)"],
              1520000, "2022", "(UNHCR Operational Data Portal, end-YEAR) (in a graduate seminar handout)",
              "paragraph 'The case in brief'",
              "The handout cites UNHCR's Operational Data Portal for around 1.52 million registered Afghan refugees in Pakistan at the end of 2022. The reference value for 2022 is 1,743,278; 1.52 million is 12.8 percent lower, well beyond what 'around' allows.",
              hedge="around", stated_as_written="around 1.52 million"))

add("refugees_teachers_union_bulletin_2024", """
# Union Bulletin: Afghan Pupils and Our Classrooms

*Article in the monthly bulletin of an invented union of government school teachers in Khyber Pakhtunkhwa, March 2025. The union and the author are invented.*

Colleagues across the province have written to the bulletin about the Afghan children who have left our schools in the past year, and about those who remain.

Many of us teach in schools near refugee villages, where Afghan and Pakistani children have sat side by side for decades. Since the order of late 2023 on foreigners without papers, families have left, some overnight, and teachers have watched their classes shrink without knowing where the children have gone.

Those who remain are mostly from families registered as refugees. UNHCR's end-2024 figure of 1.79 million registered Afghan refugees in Pakistan shows how many people still depend on the register for their right to stay, and for their children's right to sit in our classrooms.

The union asks three things of the education department:

1. That no child be removed from a government school because of doubts about the family's papers.
2. That schools which have lost pupils keep their teachers for at least one more year, so that classes are not merged in haste.
3. That teachers be given guidance on how to support children who have seen their friends leave.

The executive committee will present these requests at its meeting with the department in April. Members who wish to share their experience can write to the bulletin's editor, and letters may be published without the writer's name.
""", citation(["UNHCR's end-2024 figure of 1.79 million registered Afghan refugees in Pakistan"],
              1790000, "2024", "UNHCR's end-YEAR figure (in a teachers' union bulletin)", "fourth paragraph",
              "The bulletin cites UNHCR's end-2024 figure as 1.79 million registered Afghan refugees in Pakistan. The reference value for 2024 is 1,559,964; 1.79 million is 14.7 percent higher.",
              stated_as_written="1.79 million"))

add("refugees_impact_investor_memo_2021", """
# Investment Memo: Housing Finance for Refugee-Hosting Districts

*Memo of an invented impact investment fund in Karachi to its investment committee, June 2022. The fund, the lender and every figure other than the refugee figure are invented.*

**Proposal.** The fund proposes to lend Rs 400 million to a microfinance bank for small home improvement loans in districts of Khyber Pakhtunkhwa and Balochistan where many Afghan refugees live.

**Why these districts.** Refugee-hosting districts have some of the poorest housing in the country. Homes of mud brick are damaged by every heavy monsoon, and many households, Pakistani and Afghan alike, have no access to formal credit. At the end of 2021 about 1.7 million Afghans were registered as refugees in Pakistan, according to UNHCR (YE2021), most of them in these two provinces.

**The product.** Loans of Rs 80,000 to Rs 250,000, repaid over two years, for roofs, floors, washrooms and damp-proofing. The lender will accept refugees who hold valid registration cards as borrowers, with a guarantor.

**Risks.**

- Policy risk: changes in the status of refugees could affect borrowers' ability to stay and repay.
- Climate risk: floods could damage the homes that the loans improve.
- Currency risk: none, as the loan is in rupees.

**Impact measures.** Number of homes improved, share of loans to women and to refugee households, and repayment rates.

**Recommendation.** Approve the loan, with a first tranche of Rs 150 million and a review after twelve months.
""", citation(["At the end of 2021 about 1.7 million Afghans were registered as refugees in Pakistan, according to UNHCR (YE2021)"],
              1700000, "2021", "UNHCR (YEYEAR), year-end shorthand (in an impact investor's memo)",
              "paragraph 'Why these districts'",
              "The memo cites UNHCR (YE2021) for about 1.7 million registered Afghan refugees in Pakistan at the end of 2021. The reference value for 2021 is 1,490,562; 1.7 million is 14.1 percent higher, well beyond what 'about' allows.",
              hedge="about", stated_as_written="about 1.7 million"))

add("refugees_online_glossary_entry_proof_of_registration_2019", """
# Glossary Entry: Proof of Registration Card

*Entry in an invented online glossary of migration terms maintained by a research network in Lahore, updated January 2021. The network and the editors are invented.*

**Proof of Registration card (PoR card).** An identity card issued by the government of Pakistan to Afghans registered as refugees. The card records the holder's name, date of birth and family, and allows the holder to live in Pakistan lawfully, to move within the country and to use public services such as schools and hospitals.

**History.** Registration began with a census and registration drive in 2006 and 2007, after which the first cards were issued. Cards have been extended several times, usually for one or two years at a time, by decisions of the federal cabinet.

**How many.** At the end of 2019, 1,743,278 Afghans held refugee registration in Pakistan [UNHCR 2019 year-end statistics]. Most of them lived in Khyber Pakhtunkhwa and Balochistan, many in refugee villages first set up in the 1980s.

**What the card does not cover.** Holders of Afghan citizen cards, issued in a separate exercise, and Afghans without papers are not PoR card holders and do not appear in the register.

**Related terms.** Afghan citizen card; refugee village; voluntary repatriation; tripartite agreement.

**Usage.** In Pakistani newspapers the card is often called simply a "PoR card", and its holders "PoR card holders".

**Editors' note.** Figures in this glossary are updated once a year. Readers who find an error are asked to write to the editors.
""", citation(["At the end of 2019, 1,743,278 Afghans held refugee registration in Pakistan [UNHCR 2019 year-end statistics]."],
              1743278, "2019", "[UNHCR YEAR year-end statistics] (in an online glossary entry)", "paragraph 'How many'",
              "The entry cites UNHCR's 2019 year-end statistics for 1,743,278 registered Afghan refugees in Pakistan at the end of 2019. That is the reference value for 2022; the 2019 value is 1,419,084, so the stated figure is 22.8 percent too high for the year cited.",
              same_as_year="2022", stated_as_written="1,743,278"))

add("refugees_deputy_commissioner_circular_2023", """
# Circular: Verification of Refugee Households for Relief Rations

*Circular of an invented office of a deputy commissioner in Balochistan to assistant commissioners and tehsil officers, February 2024. The office, people and every figure other than the refugee figure are invented.*

**Subject.** Verification of refugee households before the distribution of winter relief rations.

**Background.** The provincial government has approved relief rations for poor households in refugee villages of the district, to be distributed in March 2024. According to UNHCR's statistics as on 31.12.2023, just under 1.6 million Afghans were registered as refugees in Pakistan, and several thousand families of them live in this district.

**Instructions.**

1. Tehsil officers will prepare lists of households in each refugee village, with the head of household's name and the number of the family's registration card.
2. Lists will be checked against the registration records held by the district's refugee office before any ration is given.
3. Households whose cards have expired but who have applied for renewal may be included, and their receipts recorded.
4. Households of Afghan citizen card holders are not covered by this scheme and should be referred to the relevant office.
5. Each ration consists of 20 kg of flour, 5 kg of lentils, 5 litres of cooking oil and 2 kg of sugar.

**Timeline.** Lists must reach this office by 10 March 2024. Distribution will begin on 15 March and end before the start of Ramadan.

**Oversight.** Assistant commissioners will attend distributions in person and report any complaint to this office within a day.

Deputy Commissioner
""", citation(["According to UNHCR's statistics as on 31.12.2023, just under 1.6 million Afghans were registered as refugees in Pakistan"],
              1600000, "2023", "UNHCR's statistics as on DD.MM.YEAR (in a deputy commissioner's circular)",
              "paragraph 'Background'",
              "The circular cites UNHCR's statistics as on 31.12.2023 for just under 1.6 million registered Afghan refugees in Pakistan. The reference value for the end of 2023 is 1,987,717; 1.6 million is 19.5 percent lower.",
              hedge="just under", stated_as_written="just under 1.6 million"))

add("refugees_radio_phone_in_transcript_2020", """
# Transcript: "The People's Hour" Phone-In

*Transcript of part of an invented radio phone-in programme in Peshawar, broadcast in March 2021 and translated from Pashto. The station, the presenter and the callers are invented.*

PRESENTER: Our topic tonight is the future of Afghan refugees in Pakistan. Our first caller is Gul Rahman from Nowshera. Go ahead, brother.

CALLER 1: Thank you. I was born in a refugee village here, and so were my children. People keep asking when we will go home. This is our home too.

PRESENTER: Thank you, Gul Rahman. I have in front of me UNHCR's year-end report for 2020, which says close to 1.62 million Afghans were registered as refugees in Pakistan at the end of that year. That is a lot of people whose lives are here. Our next caller is Shabana from Peshawar.

CALLER 2: My husband is a shopkeeper in Board Bazaar. His customers are Afghan and Pakistani, and both speak Pashto. What worries me is the cards. Every time they are extended only for a short time, and families cannot plan.

PRESENTER: That is a concern we hear often. Caller three, Fazal from Mardan.

CALLER 3: I am Pakistani. I want to say that many Afghans have worked hard here, but our young people also need jobs. The government should make a plan that is fair to both.

PRESENTER: A fair point to end this half hour. After the news we will speak to a lawyer who helps refugee families with their documents. Stay with us.
""", citation(["UNHCR's year-end report for 2020, which says close to 1.62 million Afghans were registered as refugees in Pakistan at the end of that year"],
              1620000, "2020", "UNHCR's year-end report for YEAR (in a radio phone-in transcript)",
              "presenter's second turn",
              "The presenter cites UNHCR's year-end report for 2020 for close to 1.62 million registered Afghan refugees in Pakistan at the end of that year. The reference value for 2020 is 1,438,432; 1.62 million is 12.6 percent higher, well beyond what 'close to' allows.",
              hedge="close to", stated_as_written="close to 1.62 million"))

add("refugees_public_library_exhibition_leaflet_citation_control", """
# Exhibition Leaflet: "Forty Years Next Door"

*Leaflet for an invented photography exhibition at an invented public library in Peshawar, February 2022. The library and the photographers are invented; the refugee figures are the reference series.*

**About the exhibition.** This exhibition brings together photographs of Afghan families in Peshawar and its surrounding districts, taken by three local photographers over forty years. It shows weddings and markets, schools and workshops, and the refugee villages that grew from tents into towns.

**The numbers behind the pictures.** Pakistan had 1,419,084 registered Afghan refugees, as counted by UNHCR at the close of 2019. Two years later the register stood at 1,490,562, as counted by UNHCR at the close of 2021. The register grew by 71,478 people over the two years, or about 5 percent.

**What the register counts.** The register counts Afghans who hold Proof of Registration cards. Many other Afghans in Pakistan hold different documents or none, and are not included.

**Rooms.** Room one shows the early years, when families lived in tents and mud houses. Room two shows the markets of Board Bazaar and the carpet workshops. Room three shows the children and grandchildren of the first refugees, many of whom have never seen Afghanistan.

**Talks.** On Saturday afternoons one of the photographers will walk visitors through the exhibition and answer questions.

**Opening hours.** The exhibition is open from 10 am to 5 pm every day except Friday until 31 March. Entry is free.

**Thanks.** The library thanks the families who allowed their photographs to be shown, and the volunteers who translated the captions into Urdu, Pashto and English.
""", control_type="citation_control")

add("refugees_university_migration_centre_fact_sheet_citation_control", """
# Fact Sheet: Registered Afghan Refugees, 2022 and 2024

*Fact sheet of an invented migration research centre at a university in Quetta, March 2025. The centre is invented; the refugee figures are the reference series.*

**Headline figures.**

- End of 2022: 1,743,278 Afghans registered as refugees in Pakistan (UNHCR Refugee Data Finder, 2022).
- End of 2024: 1,559,964 Afghans registered as refugees in Pakistan (UNHCR Refugee Data Finder, 2024).

**The change.** Between the end of 2022 and the end of 2024 the register fell by 183,314 people, or about 10.5 percent.

**Why it fell.** The fall followed the order of late 2023 on foreigners without papers and the returns that followed it. Although the order was aimed at Afghans without papers, many registered refugees also chose to leave, and some families were divided between the two countries.

**What the figures do not show.** The register counts only holders of Proof of Registration cards. It does not count holders of Afghan citizen cards or Afghans without papers, whose numbers fell faster.

**Where refugees live.** Most registered refugees live in Khyber Pakhtunkhwa and Balochistan. In Quetta, Afghan families live in the city's western and northern suburbs and in refugee villages in the surrounding districts.

**Using these figures.** Please quote the year each figure refers to. Figures for different years should not be compared without noting the changes in policy between them.

**Contact.** The centre's researchers can be reached through the department of social sciences. The centre publishes a fact sheet on a new topic each quarter.
""", control_type="citation_control")

add("refugees_municipal_planning_memo_citation_control", """
# Planning Memo: Services in Refugee-Hosting Wards

*Internal memo of the planning section of an invented municipal corporation in Khyber Pakhtunkhwa, May 2023. The corporation and its staff are invented; the refugee figures are the reference series.*

**To.** The chief officer.

**Subject.** Planning for water, schools and clinics in wards with large Afghan populations.

**Background.** The wards along the canal road and the old refugee village have grown faster than the rest of the city. Part of the growth comes from Afghan families, some of them registered as refugees and others not.

**National figures.** Pakistan had 1,438,432 registered Afghan refugees according to UNHCR data as of end-2020, and 1,743,278 according to UNHCR data as of end-2022. The register therefore grew by 304,846 people in two years, or about 21.2 percent, mostly because of the documentation work of those years rather than new arrivals.

**What this means for us.** We do not have a count of registered refugees by ward. The section recommends that we plan on the basis of households counted in the wards, whatever their papers, since all of them use the same water lines, schools and clinics.

**Recommendations.**

1. Extend the water main along the canal road before the summer.
2. Ask the education department for a second shift at the primary school in the old refugee village.
3. Request a mobile health team for the wards twice a week.

**Next step.** The section will present costed proposals at the next meeting of the corporation's planning committee.

Head of Planning
""", control_type="citation_control")
