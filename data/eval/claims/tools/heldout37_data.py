# Thirty-seventh held-out set of synthetic documents ("heldout37").  Written
# from scratch after heldout36/, by a labeller session that had not opened
# dyad's implementation or history and had not seen any of its results.
# Every entry: name (topic slug, numbered later by build_heldout37.py), text,
# labels (list of defect dicts), control_type for controls.
# Registers not used before: an ice plant at Chaman selling ice blocks to
# fruit truckers; a limb-fitting (prosthetic) centre in Peshawar with Afghan
# patients; a karez (underground channel) repair trust in Zabul; a match
# factory in Jalalabad buying its wax, chemicals and board in Pakistan; a
# bookbinding workshop in Peshawar binding Dari and Pashto books for Afghan
# publishers; a solar pump dealer in Peshawar selling to Afghan farmers; a
# Peshawar-Jalalabad coach service; a trade monitoring cell at the
# Kharlachi-Dand-e-Patan crossing; a quarterly border trade sentiment survey
# of traders; a birth registration drive for Afghan refugee children; and
# macro documents on the annual trade series and on the refugee register
# (ministry briefs, a chamber paper, a wire item, a think-tank paper, an
# op-ed, an explainer, a briefing for journalists, a commentary).
#
# Invented figures shared with earlier sets: annual trade series (README:
# exports 1,290 / 942 / 828 / 936 / 1,012 / 884 and imports 441 / 509 / 552 /
# 741 / 690 / 540 for 2019-2024, balances 849 / 433 / 276 / 195 / 322 / 344,
# totals 1,731 / 1,451 / 1,380 / 1,677 / 1,702 / 1,424); reference refugee
# series (1,419,084 / 1,438,432 / 1,490,562 / 1,743,278 / 1,987,717 /
# 1,559,964 for 2019-2024).
#
# New invented figures, consistent with the above:
#   Taimur Ice Plant, Taj Road, Chaman (invented): 50-kilogram blocks sold to
#     fruit truckers, May to September: 2023 36,000, 2024 42,000 (+16.7
#     percent), 2025 31,500 (-25.0); 2025 by month May 4,500, June 7,500, July
#     8,000, August 7,000, September 4,500; hours without power 2025 May 60,
#     June 140, July 90, August 150, September 70 (510); Rs 550 a block in
#     2024 (Rs 23.1 million), Rs 600 in 2025 (Rs 18.9 million); 11 workers,
#     four of them Afghan; two compressors; loan asked Rs 2.5 million.
#   Qudsia Limb Centre, Dalazak Road, Peshawar (invented): limbs fitted 2023
#     310, 2024 360 (+16.13 percent), 2025 420 (+16.67); 2025 below-knee 210
#     (50 percent), above-knee 126 (30), arm 84 (20); 252 Afghan patients in
#     2025 (180 refugees living in Pakistan, 72 from Afghanistan); materials
#     Rs 45,000 / 90,000 / 60,000 a limb (Rs 25.83 million in 2025); six
#     technicians and three physiotherapists.
#   Habibullah Karez Trust, Qalat, Zabul (invented): karezes repaired 2022 8,
#     2023 14, 2024 20, 2025 26 (68 in all); 2025 Shahjoy 12, Qalat 8, Tarnak
#     6; families served 2025 720 / 480 / 360 (1,560), 420 of them returnees
#     from Pakistan; flow at the outlets of the 2023 channels 6 litres a second
#     in spring 2023 (before repair), 15 in spring 2025; about US$ 9,500 a
#     karez; teams of nine diggers; mother wells about 30 metres deep.
#   Noorullah Match Company, Jalalabad (invented): boxes made, million: 2022
#     18, 2023 24, 2024 30, 2025 27; inputs bought in Pakistan, US$ thousand:
#     2023 410, 2024 520, 2025 470 (paraffin wax 190, potassium chlorate and
#     other chemicals 160, printed box board 120); 64 workers, 38 of them
#     women; 50 sticks a box; two peeling machines from China.
#   Inamullah Bindery, Ganj Gate, Peshawar (invented): volumes bound 2023
#     48,000, 2024 60,000, 2025 54,000; 2025 Kabul publishers 30,000,
#     Kandahar publishers 14,000, Afghan refugee schools in Peshawar 10,000;
#     Rs 35 a volume in 2025 (Rs 1.89 million); 14 binders, six of them Afghan;
#     bales of 40 volumes.
#   Kifayat Solar Traders, Peshawar (invented): solar pump sets sold to Afghan
#     farmers 2022 120, 2023 180 (+50.0 percent), 2024 240 (+33.3), 2025 210
#     (-12.5); 2025 Nangarhar 110, Kunar 60, Laghman 40; average Rs 950,000 a
#     set (Rs 199.5 million in 2025); sixteen 550-watt panels a set; five
#     sub-dealers in Jalalabad.
#   Spozhmai Coaches, Peshawar-Jalalabad (invented, from March 2024):
#     passengers 2024 (March-December) 38,400, 2025 52,800 (Q1 14,400, Q2
#     15,600, Q3 16,200, Q4 6,600); four coaches in 2024, six in 2025, 45 seats
#     each; two departures each way a day; fare Rs 4,500.
#   Toryalai Trade Monitoring Cell, Parachinar (invented), Kharlachi crossing
#     opposite Dand-e-Patan, January-June 2025: trucks outward 820 / 760 / 900
#     / 980 / 1,030 / 1,110 (5,600), inward 300 / 280 / 350 / 390 / 420 / 460
#     (2,200), both 1,120 / 1,040 / 1,250 / 1,370 / 1,450 / 1,570 (7,800);
#     closed 14 days (nine in February, five in April); 18 customs staff.
#   Lutfullah Research, Border Trade Sentiment Survey (invented), 240 traders
#     (140 in Peshawar, 100 in Quetta) each quarter of 2025, percent expecting
#     trade with Afghanistan to be better / the same / worse: Q1 38 / 34 / 28,
#     Q2 42 / 33 / 25, Q3 35 / 30 / 35, Q4 18 / 27 / 55.
#   Wazhma Welfare Society birth registration drive (invented): births of
#     Afghan refugee children registered 2023 1,800, 2024 2,600 (+44.4
#     percent), 2025 2,100 (-19.2); 6,500 in all; 2025 Peshawar 900, Nowshera
#     700, Mardan 500; five mobile teams of three (15 staff); three districts.

HELDOUT37 = []
from heldout_labels import (  # noqa: F401
    PAIR, REFS, adder, arith, change_pct, citation, direction, garbled, line_of, parts_total, pdf_lines, scope, tvt,
    repeated, reuse,
)

add = adder(HELDOUT37)


# ---------------------------------------------------------------------------
# Taimur Ice Plant (invented): ice blocks for fruit trucks at Chaman
# ---------------------------------------------------------------------------

ICE_YEARS = """| Season | Blocks sold | Change (%) |
|---|---|---|
| 2023 | 36,000 | – |
| 2024 | 42,000 | +16.7 |
| 2025 | 31,500 | −25.0 |"""
ICE_MONTHS_PDF = pdf_lines([
    ["Month", "Blocks sold"],
    ["May", "4,500"],
    ["June", "7,500"],
    ["July", "8,000"],
    ["August", "7,000"],
    ["September", "4,500"],
    ["Total", "31,500"],
])
ICE_POWER = """| Month | Blocks sold | Hours without power |
|---|---|---|
| May | 4,500 | 60 |
| June | 7,500 | 140 |
| July | 8,000 | 90 |
| August | 7,000 | 150 |
| September | 4,500 | 70 |
| Total | 31,500 | 510 |"""

add("ice_plant_season_sheet_control", f"""
# Season Figures, 2025

*Taimur Ice Plant, Taj Road, Chaman (invented). Every figure on this sheet is invented.*

The plant freezes 50-kilogram blocks from May to September for the fruit trucks that come down from Kandahar with grapes and pomegranates and need ice for the long road south to Karachi. 11 people work the shifts, four of them Afghan.

Blocks sold, by season

{ICE_YEARS}

The 2025 season by month, as printed from the ledger:

{ICE_MONTHS_PDF}

Sales fell by a quarter in 2025, from 42,000 blocks to 31,500, as fewer fruit trucks came through the crossing and long power cuts in June and August stopped the compressors. At Rs 600 a block the season brought in Rs 18.9 million, against Rs 23.1 million in 2024, when a block sold for Rs 550.

July was again the best month and May and September the quietest, each with 4,500 blocks. The plant will open for the new season in the first week of May 2026, once the tank has been cleaned and the brine changed.
""", control_type="control")

add("ice_plant_power_company_letter_july", f"""
# To the Executive Engineer, QESCO, Chaman Sub-Division

*A letter from Taimur Ice Plant, Taj Road, Chaman (invented). The figures are invented.*

Sir, we write again about the power cuts on our feeder. An ice plant cannot stop and start like a shop: when the compressors fall silent the brine warms, and a whole tank of half-frozen blocks is lost.

In July, our busiest month, we sold 8,500 blocks to fruit truckers bound for Karachi and Lahore, and we could have sold more had the power held. The table below, copied from our ledger, sets each month's sales beside the hours we spent without power.

{ICE_POWER}

The truckers carry Afghan fruit that spoils within a day in summer without ice. When we run short they buy blocks in Quetta at twice our price or take the risk with the load.

We ask that the feeder be kept on between ten at night and six in the morning from May to September, when the tank does most of its freezing. We are ready to pay for a separate line if the company will quote a price.

Yours faithfully,

Taimur Khan, proprietor
""", tvt(
    ["In July, our busiest month, we sold 8,500 blocks", line_of(ICE_POWER, "| July |")],
    {"letter_value": 8500, "table_value": 8000}, "blocks of ice",
    "blocks of ice sold by the plant in July 2025", "July 2025", "second paragraph and the table",
    "The letter says the plant sold 8,500 blocks in July; the ledger table attached to the same letter gives 8,000 for July, and its total of 31,500 only adds up with 8,000.",
    table_form="pipe, months as rows with an hours column and a total row"))

add("ice_plant_bank_request_kept_climbing", """
# Request for a Working-Capital Loan

*Taimur Ice Plant, Chaman, to the branch manager of a microfinance bank (both invented). Figures are invented.*

**Purpose.** We ask for Rs 2.5 million over two years to buy a third compressor, so that one machine can be serviced while the other two keep the tank frozen through the hottest weeks.

**The business.** The plant sells ice blocks to truckers who carry Kandahar fruit into Pakistan through Chaman. Sales kept climbing through 2025, when the plant sold 31,500 blocks against 42,000 the year before, and the price of a block went from Rs 550 to Rs 600.

**Security.** The plant's land and building are owned, not rented, and the title deed can be lodged with the bank for the life of the loan.

**Repayment.** We propose 24 monthly instalments, starting in June 2026, when the first cash of the season comes in. In the winter months, when no ice is sold, the instalments would be paid from savings set aside in summer.

**Risks.** The plant depends on the crossing staying open and on the power supply. A closure of a week in July would cost about a quarter of that month's sales, and a long cut at night can spoil a tank.
""", direction(
    "Sales kept climbing through 2025, when the plant sold 31,500 blocks against 42,000 the year before",
    42000, 31500, "2024", "2025", "kept climbing", "rise", "blocks of ice",
    "blocks of ice sold by the plant", "second section",
    "The request says sales kept climbing through 2025, but the figures in the same sentence show a fall from 42,000 blocks in 2024 to 31,500 in 2025, a quarter fewer."))

add("ice_plant_cold_room_rules_block_reuse", """
# Rules for the Tank Floor and the Cold Room

*Taimur Ice Plant, Chaman (invented). Painted on the board by the door, in Urdu and Pashto; figures are invented.*

1. Wear rubber boots and gloves on the tank floor. The brine burns skin and ruins shoes.
2. Each block weighs 50 kilograms. Never lift one alone; use the hook and the trolley.
3. Lift cans from the tank with the crane only when they are frozen right through. A soft block splits on the floor and is wasted.
4. If you smell ammonia, leave at once by the east door and shout. Do not go back for anything, not even your phone.
5. The cold room door opens from the inside. Check the handle at the start of every shift and report it if it sticks.
6. All 50 of us at the plant take the first-aid course each April, Afghan and Pakistani alike, with the doctor from the hospital in town.
7. Blocks go out to the trucks oldest first. Write each load in the book with the truck's number and the driver's name.
8. No smoking anywhere inside the gate, and no tea on the tank floor.
""", reuse(
    ["Each block weighs 50 kilograms", "All 50 of us at the plant take the first-aid course"],
    50, "kilograms / workers", "kilograms a block weighs", "workers at the plant", 11,
    "The weight of a block (50 kilograms) is reused a few rules later as the number of people at the plant; the plant's season sheet says 11 people work the shifts."))

ICE_RADIO_REPEAT = "Without ice the fruit goes soft before it reaches the markets."
add("ice_plant_radio_feature_repeated", f"""
# Radio Feature Script: Ice on the Chaman Road

*Script for a five-minute feature on a local FM station (invented). Figures are invented.*

PRESENTER: On Taj Road in Chaman the loudest sound at dawn is not the traffic but the clang of steel cans being hauled out of brine.

TAIMUR KHAN, OWNER: We begin freezing in the evening. By first light the blocks are ready, fifty kilos each, and the trucks are already waiting at the gate.

PRESENTER: The plant sold 31,500 blocks last season, a quarter fewer than the year before. Most went onto trucks carrying grapes and pomegranates from Kandahar to the cities of Sindh and Punjab. {ICE_RADIO_REPEAT} {ICE_RADIO_REPEAT}

DRIVER: I load four blocks at Chaman and cover them with sacking. By Karachi they are small, but the grapes are still cold.

PRESENTER: Power cuts are the plant's worst enemy. In August the feeder was off for 150 hours, and some nights the brine warmed before the blocks had set.

TAIMUR KHAN: People think ice is simple. It is water and electricity and patience, and on this road we are short of the second.

PRESENTER: For the station, this was a report from Chaman.
""", repeated(
    ICE_RADIO_REPEAT, 2, "fruit carried by the trucks", "third paragraph (presenter)",
    "The presenter's line about fruit going soft without ice is given twice in a row, word for word; a script editor would strike the second copy."))


# ---------------------------------------------------------------------------
# Qudsia Limb Centre (invented): artificial limbs for Afghan patients, Peshawar
# ---------------------------------------------------------------------------

LIMB_KINDS = """| Kind of limb | Limbs fitted, 2025 | Share (%) |
|---|---|---|
| Below-knee | 210 | 50 |
| Above-knee | 126 | 30 |
| Arm | 84 | 20 |
| Total | 420 | 100 |"""

add("limb_centre_eid_letter_quarter_more", """
# An Eid Letter to Our Supporters

*Qudsia Limb Centre, Dalazak Road, Peshawar (invented). The figures are invented.*

Dear friends,

Eid Mubarak from all of us at the workshop on Dalazak Road.

The news first. In 2025 we fitted 420 new limbs, more than in any year since the centre opened. The growth began earlier: in 2024 we fitted 360 limbs, a quarter more than the 310 of 2023, and the waiting list is now shorter than it has ever been.

Six in ten of the people we fit are Afghan. Some have lived in Peshawar since they were children; others come across at Torkham with a letter from a doctor in Jalalabad and stay with relatives while the limb is made. This year we fitted a shepherd who had walked on a wooden stick for eleven years.

Your gifts pay for the materials. A below-knee limb costs us Rs 45,000 in sockets, pylons and feet, and an above-knee limb twice that, because of the knee joint. Our technicians' time we give freely.

In the new year we hope to add a second casting room, so that children do not wait behind adults for a new socket as they grow.

With thanks and prayers,

The staff of the centre
""", arith(
    ["in 2024 we fitted 360 limbs, a quarter more than the 310 of 2023"],
    "The letter calls 360 limbs a quarter more than 310; the rise is 50 limbs, 16.1 percent, not 25 percent (a quarter more than 310 would be about 388).",
    **{"from": 310, "to": 360, "from_period": "2023", "to_period": "2024", "stated_change_pct": 25,
       "computed_change_pct": change_pct(310, 360), "as_written": {"stated_change_pct": "a quarter more"},
       "unit": "limbs fitted", "subject": "limbs fitted by the centre", "location": "third paragraph"}))

add("limb_centre_zakat_appeal_refugees_2022", """
# Zakat Appeal 2026

*Qudsia Limb Centre, Peshawar (invented). The centre's figures are invented; the refugee figure is cited as shown.*

Many of the people who come into our workshop on crutches are Afghan refugees. Pakistan hosted some 2.2 million registered Afghan refugees at the end of 2022 (UNHCR Pakistan factsheet, December 2022), and among them are men hurt by old mines, women injured in road accidents and children born without a foot.

Last year we fitted 420 limbs, and 180 of them went to Afghan refugees living in Pakistan. Few of them could pay anything towards the cost.

What your zakat buys:

- Rs 45,000: a below-knee limb with a foot that lasts three years of hard walking
- Rs 90,000: an above-knee limb with a knee joint
- Rs 60,000: an arm with a working hook

We do not charge patients who cannot pay, and we never turn a child away. Every rupee of zakat goes on materials; salaries and rent are met by a separate grant.

Gifts can be made at the centre on any weekday morning, or by bank transfer. Ask for a receipt in your name if you need one for your records.
""", citation(
    ["some 2.2 million registered Afghan refugees", "(UNHCR Pakistan factsheet, December 2022)"],
    2200000, "2022", "(UNHCR Pakistan factsheet, December 2022)", "first paragraph",
    "The appeal gives some 2.2 million registered Afghan refugees for the end of 2022 and cites UNHCR; the reference figure for end-2022 is 1,743,278, so the cited figure is about 26 percent too high.",
    stated_as_written="some 2.2 million", stated_hedge="some"))

add("limb_centre_clinic_statistics_control", f"""
# Clinic Statistics 2025

*Qudsia Limb Centre, Dalazak Road, Peshawar (invented). All figures are invented.*

**Limbs fitted.** 310 in 2023, 360 in 2024 and 420 in 2025. The 2025 total rose by 16.7 percent on the year before.

**By kind, 2025.**

{LIMB_KINDS}

**Patients.** 252 of the 420 were Afghan, 60 percent: 180 refugees living in Pakistan and 72 who came from Afghanistan through Torkham. The others were Pakistanis, most of them from the districts along the border.

**Staff.** Six technicians and three physiotherapists, with a driver who fetches patients from the bus stand.

**Materials.** Rs 45,000 for a below-knee limb, Rs 90,000 for one above the knee and Rs 60,000 for an arm; Rs 25.83 million in all in 2025.

**Children.** Children under 15 need a new socket about once a year as they grow, so each child fitted is seen again within the year.
""", control_type="control")

add("limb_centre_patient_sheet_physio_reuse", """
# Your New Limb: What Happens Next

*Patient information sheet, Qudsia Limb Centre, Peshawar (invented). Also printed in Pashto and Dari. Figures are invented.*

**First visit.** A technician looks at your stump and takes a plaster cast. Bring your Proof of Registration card or your identity card, and a relative if you need help on the stairs.

**Fitting.** About a week later you try the socket. It may feel tight. Tell the technician where it presses; small changes are made the same day.

**Walking.** Wear your limb for 2 hours a day at first, and add an hour each week until you can wear it all day. Our 2 physiotherapists will teach you to walk on it between the parallel bars, then on the ramp and the steps.

**Skin.** Wash the stump every night and dry it well. If you see a red mark that has not faded after half an hour, stop wearing the limb and come back.

**Children.** A child grows out of a socket in about a year. Bring your child back when the socket starts to hurt, not when it breaks.

**Repairs.** Repairs are free for the life of the limb. Do not let a bazaar mechanic tighten the bolts.
""", reuse(
    ["Wear your limb for 2 hours a day at first", "Our 2 physiotherapists will teach you to walk"],
    2, "hours / physiotherapists", "hours a day a new limb is worn at first", "physiotherapists at the centre", 3,
    "The two hours a day a new limb is worn at first are reused a sentence later as the number of physiotherapists; the centre's statistics give three physiotherapists.",
    expected_as_written="three"))


# ---------------------------------------------------------------------------
# Habibullah Karez Trust (invented): repairing karezes in Zabul
# ---------------------------------------------------------------------------

KAREZ_DISTRICTS = """| District | Karezes repaired | Families served |
|---|---|---|
| Shahjoy | 12 | 720 |
| Qalat | 8 | 480 |
| Tarnak | 6 | 360 |
| Total | 26 | 1,560 |"""

add("karez_trust_spring_field_report_shahjoy", f"""
# Field Report, Spring 2025

*Habibullah Karez Trust, Qalat, Zabul (invented). Figures are invented.*

The diggers came up from the last shaft at Shahjoy in the second week of May. Of the 26 karezes cleared this season, 14 were in Shahjoy district, where the channels had lain silted since the drought years and the orchards above them had been cut for firewood.

Karezes repaired in 2025, by district

{KAREZ_DISTRICTS}

Each team of nine men works down the mother well and along the tunnel with a windlass, a rope and leather buckets. Where the roof has fallen they set fired-clay hoops so that it does not fall again.

Flow was measured at the outlet before and after each repair. Most channels now run strongly enough to water wheat in spring and a second crop of melons or vegetables in summer.

420 of the 1,560 families on this season's channels came back from Pakistan in 2023 and 2024. Several of the diggers are returnees themselves, men who learned the trade from their fathers before they left.

The next season starts in October, once the harvest is in and the men are free.
""", tvt(
    ["Of the 26 karezes cleared this season, 14 were in Shahjoy district", line_of(KAREZ_DISTRICTS, "| Shahjoy |")],
    {"report_value": 14, "table_value": 12}, "karezes",
    "karezes repaired in Shahjoy district in 2025", "2025", "first paragraph and the table",
    "The report says 14 of the season's 26 karezes were in Shahjoy; the table in the same report gives 12 for Shahjoy, and 12 + 8 + 6 makes its total of 26.",
    table_form="pipe, districts as rows with a families column and a total row"))

add("karez_trust_engineer_note_flow_slackened", """
# Note for the Visiting Engineer

*Habibullah Karez Trust, Qalat, Zabul (invented). Figures are invented.*

You asked what the repairs have done to the water. The short answer is in the measurements we take every spring at the outlet of each channel, with a bucket of known size and a stopwatch.

Average flow at the mouths of the channels repaired in 2023 has slackened since the work, from 6 litres a second in spring 2023, before the silt was cleared, to 15 in spring 2025. The farmers below them now sow a second crop.

We would value your advice on three points.

First, the last stretch of each tunnel, where it comes out into the open channel. Water is lost there through the gravel, and we wonder whether concrete pipe would pay for itself.

Second, the mother wells, which are about 30 metres deep at Shahjoy. Two teams want a motor winch; the older diggers say a windlass is safer.

Third, the spoil heaps around the shafts. Spring floods wash them back into the tunnels, and each year we dig out soil we have already dug out once.

We will take you to three channels on Thursday, two at Shahjoy and one near Qalat.
""", direction(
    "Average flow at the mouths of the channels repaired in 2023 has slackened since the work, from 6 litres a second in spring 2023, before the silt was cleared, to 15 in spring 2025",
    6, 15, "2023", "2025", "slackened", "fall", "litres a second",
    "average flow at the outlets of the karezes repaired in 2023", "second paragraph",
    "The note says the flow has slackened since the repairs, but the figures it gives rise from 6 litres a second in spring 2023 to 15 in spring 2025, two and a half times as much."))

add("karez_trust_donor_proposal_backwards", """
# Proposal: Forty More Karezes

*Habibullah Karez Trust, Qalat, Zabul (invented), to a private foundation. Figures are invented.*

**What we have done.** From 2025 to 2022 the trust repaired 68 karezes in Zabul, 8 in the first year and 26 in the last. Each repaired channel waters the fields of several dozen families, and together this season's channels serve 1,560 families.

**What we propose.** Forty more karezes over two seasons, in the districts where channels still lie dry: Shahjoy, Qalat and Tarnak, and for the first time the villages east of the highway.

**How the work is done.** Teams of nine diggers, most of them from the villages that own the channel, clear the mother well and the tunnel by hand. The village gives food and shelter; the trust pays wages, rope, buckets and clay hoops.

**Cost.** About US$ 9,500 a karez, or US$ 380,000 for forty. Wages take a little over half, hoops and tools the rest.

**Why karezes.** A karez needs no fuel and no pump. Once clean it can run for decades, and the village knows how to keep it so.

**Reporting.** Flow readings each spring, photographs of every outlet, and a short report at the end of each season.
""", garbled(
    ["From 2025 to 2022 the trust repaired 68 karezes"],
    "The period of the trust's work is written backwards, from 2025 to 2022; the same sentence counts 8 karezes in the first year and 26 in the last, so the work ran from 2022 to 2025.",
    stated_period_start="2025", stated_period_end="2022", subject="karezes repaired by the trust",
    location="first section"))

add("karez_trust_diaspora_brief_refugees_2021", """
# Briefing for the Zabul Diaspora Fund

*Habibullah Karez Trust, Qalat (invented). The trust's figures are invented; the refugee figure is cited as shown.*

Many of the families on our repaired channels came home from Pakistan. When the Taliban returned to power, Pakistan still had 1,438,432 registered Afghan refugees, UNHCR's tally for December 2021, and Zabul families were among them in Quetta, Pishin and Karachi.

Since the expulsion order of October 2023 the flow has run the other way. Families come back to villages where the karez has been dry for twenty years and the land has gone to thorn.

A working karez changes that. Of the 1,560 families on the channels we repaired in 2025, 420 are returnees from Pakistan. They sowed wheat in their first spring home.

The fund could help in two ways. It could pay for whole channels, at about US$ 9,500 each, in the villages of its members. Or it could pay the wages of returnee diggers, so that the men who left as boys learn the trade their fathers knew.

We would be glad to show members the work. A visit in April, when the water is highest, shows it best.
""", citation(
    ["1,438,432 registered Afghan refugees", "UNHCR's tally for December 2021"],
    1438432, "2021", "UNHCR's tally for December 2021", "first paragraph",
    "The briefing cites UNHCR for 1,438,432 registered Afghan refugees in December 2021; that is the reference figure for the end of 2020, and the figure for the end of 2021 is 1,490,562.",
    same_as_year="2020", stated_as_written="1,438,432"))


# ---------------------------------------------------------------------------
# Noorullah Match Company (invented): a match factory in Jalalabad
# ---------------------------------------------------------------------------

MATCH_INPUTS = """| Input bought in Pakistan | US$ thousand, 2025 |
|---|---|
| Paraffin wax | 190 |
| Potassium chlorate and other chemicals | 160 |
| Printed box board | 120 |
| Total | 470 |"""
MATCH_INPUTS_BAD = MATCH_INPUTS.replace("| Total | 470 |", "| Total | 490 |")
MATCH_YEARS = """| Year | Boxes made (million) |
|---|---|
| 2022 | 18 |
| 2023 | 24 |
| 2024 | 30 |
| 2025 | 27 |"""

add("match_company_shareholder_statement_inputs_total", f"""
# Statement to Shareholders, 2025

*Noorullah Match Company, Jalalabad (invented). Figures are invented.*

Output fell to 27 million boxes in 2025 from 30 million in 2024, a drop of a tenth. Two long closures at Torkham held up wax from Pakistan, and for eleven days in autumn the dipping line stood idle.

Everything but the wood comes from Pakistan. The sticks are cut from poplar grown along the Kabul river; the wax, the head chemicals and the printed board are bought in Lahore and Karachi and come up by road.

What we bought in Pakistan in 2025

{MATCH_INPUTS_BAD}

Wax remains the largest single cost, and its price follows the oil price, which we cannot control. The board has asked the Karachi refinery for a year's contract at a fixed price.

Sales held up better than output. Shops in Kabul and Mazar-e Sharif took all we could make, and the stock in the godown was cleared by December.

The board proposes no dividend for 2025, so that the money can go towards a second dipping machine. Shareholders will be asked to approve this at the meeting in March.
""", parts_total(
    [line_of(MATCH_INPUTS_BAD, "| Paraffin wax |"), line_of(MATCH_INPUTS_BAD, "| Total |")],
    {"paraffin wax": 190, "potassium chlorate and other chemicals": 160, "printed box board": 120},
    490, "US$ thousand", "2025", "inputs bought in Pakistan by the match company", "table",
    "The total row gives US$ 490 thousand, but the three inputs above it add up to 190 + 160 + 120 = 470.",
    table_form="pipe, inputs as rows and a total row"))

add("match_company_packers_notice_fifty_reuse", """
# Notice: Packers Wanted

*Noorullah Match Company, Jalalabad (invented). Figures are invented.*

The company needs women to pack matches on the morning shift, from seven until one, six days a week.

**The work.** Matches come off the dipping line in frames. Each box holds 50 sticks; packers count them by eye, fill the tray, slide on the sleeve and stack the boxes in tens. Speed comes with practice, and nobody is expected to be quick in the first month.

**Who we want.** Women over eighteen from the villages near the factory. No reading is needed. Widows and returnee women are welcome to apply.

**Pay.** A monthly wage, paid on the last day of the month, with more for those who pass the count each day.

**Where you will work.** You will join the 50 women on the packing floor, who will show you the work. The packing floor is separate from the dipping room, with its own door and its own wash room.

**Transport.** A minibus collects packers from the main road at half past six and brings them back after the shift.

**How to apply.** Come to the gate on any Saturday morning with your identity card and a male relative or a letter from the village elder.
""", reuse(
    ["Each box holds 50 sticks", "You will join the 50 women on the packing floor"],
    50, "sticks / women", "matchsticks in a box", "women on the packing floor", 38,
    "The number of sticks in a box (50) is reused three paragraphs later as the number of women on the packing floor; the company's profile gives 64 workers, 38 of them women."))

add("match_company_press_release_jalalabad_kyrgyzstan", """
# Press Release: A Year's Wax Contract

*Noorullah Match Company (invented). For immediate release. Figures are invented.*

3 November 2025. Noorullah Match Company, which makes matches at its factory in Jalalabad, Kyrgyzstan, has signed a year's contract with a refinery in Karachi for all the paraffin wax it will need in 2026.

The wax will come up by road through Torkham in monthly loads, so that the factory no longer has to buy in small lots whenever a truck gets through. Twice in 2025 the dipping line stopped for want of wax.

"Wax is the heart of a match," said the company's managing director. "A fixed price for a year lets us fix our own price to the shops."

The company made 27 million boxes in 2025. It buys its head chemicals and printed board in Pakistan as well, and cuts its sticks from poplar grown locally.

The contract fixes the price in dollars, paid in four instalments, and lets the company take up to a fifth more wax at the same price if orders grow.

The factory employs men on the cutting and dipping lines and women on the packing floor. It plans to add a second dipping machine in 2026.

For more information, contact the company's office near the main bazaar.
""", scope(
    "its factory in Jalalabad, Kyrgyzstan", "KGZ", ["PAK", "KGZ"],
    "Jalalabad, Kyrgyzstan",
    "The release places the factory, the Afghan buyer of the Pakistani wax, in Kyrgyzstan; the factory is in Jalalabad, Afghanistan (Jalal-Abad is a different city in Kyrgyzstan), and the wax comes through Torkham."))

add("match_company_profile_control", f"""
# Company Profile

*Noorullah Match Company, Jalalabad (invented). All figures are invented.*

The company has made safety matches in Jalalabad since 2018. It employs 64 people, 38 of them women, most from villages along the Kabul river.

**What we make.** Boxes of 50 sticks, sold in cartons to wholesalers in Jalalabad, Kabul and Mazar-e Sharif.

Boxes made

{MATCH_YEARS}

Output rose from 18 million boxes in 2022 to 30 million in 2024 and fell back to 27 million in 2025, when closures at Torkham held up wax.

**Where the materials come from.** The sticks are cut from poplar grown in Nangarhar and Kunar. The wax, the chemicals for the heads and the printed board come from Pakistan:

{MATCH_INPUTS}

The two peeling machines that turn poplar logs into veneer were bought from China in 2019, and the dipping machine was built in Lahore.

**Our aim.** To make a match that strikes first time in a damp winter, at a price the village shop can afford.
""", control_type="control")


# ---------------------------------------------------------------------------
# Inamullah Bindery (invented): bookbinding for Afghan publishers, Peshawar
# ---------------------------------------------------------------------------

BIND_CUSTOMERS = """| Customer | Volumes bound, 2025 |
|---|---|
| Kabul publishers | 30,000 |
| Kandahar publishers | 14,000 |
| Afghan refugee schools in Peshawar | 10,000 |
| Total | 54,000 |"""

add("bindery_kabul_publisher_reply_32000", f"""
# Reply to a Publisher in Kabul

*Inamullah Bindery, Ganj Gate, Peshawar (invented). The figures are invented.*

Respected Haji Obaidullah sahib,

Thank you for your letter and for the sample sheets of the new Dari reader.

You asked whether we can take on your whole school list next year. Last year we bound 32,000 volumes for Kabul publishers, yours among them, and we can manage more if the sheets reach us before the autumn rush. Our work for 2025, by customer, was as follows.

{BIND_CUSTOMERS}

Our rate stays at Rs 35 a volume for sewn binding with a printed cover. Glued binding is cheaper, but we do not recommend it for schoolbooks, which are carried in bags and dropped in the mud.

Please send the sheets flat, not folded, and pack them with card at top and bottom. We return the finished books in bales of 40 volumes, wrapped in sacking, which the transporters take through Torkham without trouble.

If you can confirm the list by the end of next month, we will keep two binders on your work alone through September.

With respect,

Inamullah, for the bindery
""", tvt(
    ["Last year we bound 32,000 volumes for Kabul publishers", line_of(BIND_CUSTOMERS, "| Kabul publishers |")],
    {"letter_value": 32000, "table_value": 30000}, "volumes",
    "volumes bound for Kabul publishers in 2025", "2025", "third paragraph and the table",
    "The letter says the bindery bound 32,000 volumes for Kabul publishers last year; its own table for 2025 gives 30,000, and the table's total of 54,000 only adds up with 30,000.",
    table_form="pipe, customers as rows and a total row"))

add("bindery_trade_magazine_interview_same_year", """
# Paper, Thread and Patience: A Bindery at Ganj Gate

*From a Peshawar book trade magazine (invented). The bindery and its figures are invented.*

Inamullah learned to sew books from his uncle in a room above a paper shop. Today his bindery near Ganj Gate employs fourteen binders, six of them Afghan, and most of its work crosses the border.

**How has business been?**

Busy. Work grew from 48,000 volumes in 2023 to 48,000 in 2023, and most of it is for Afghan publishers who print in Peshawar because paper and presses are cheaper here.

**What do they print?**

Schoolbooks above all, in Dari and Pashto, and some poetry. The schoolbooks are the hardest, because they must survive a child.

**Why not bind in Kabul?**

Some do. But the sheets are printed here, and it is cheaper to send finished books than loose sheets. A bale of 40 books travels well.

**What worries you?**

The border. When Torkham closes, finished bales sit in the godown and the publishers' money sits with them. In a bad month I pay wages from my own pocket.

**And the future?**

My son wants a gluing machine. I tell him a sewn book lasts a lifetime and a glued one lasts a school year. We will see who wins.
""", garbled(
    ["Work grew from 48,000 volumes in 2023 to 48,000 in 2023"],
    "The change has the same start and end: 48,000 volumes in 2023 to 48,000 in 2023, so the stated growth has no second year or value (the bindery bound 60,000 volumes in 2024).",
    start_value=48000, end_value=48000, start_period="2023", end_period="2023", unit="volumes bound",
    subject="volumes bound by the bindery", location="first answer"))

add("bindery_refugee_schools_note_refugees_2023", """
# Note to the Textbook Committee of the Afghan Refugee Schools

*Inamullah Bindery, Peshawar (invented). The bindery's figures are invented; the refugee figure is cited as shown.*

The committee asked us to explain why we ask for the sheets of next year's books by the end of June.

The reason is the number of books. Pakistan had nearly 1.2 million registered Afghan refugees at the end of 2023, according to UNHCR year-end data (2023), and many of their children still study from Dari and Pashto books bound in this city. In 2025 we bound 10,000 volumes for the schools in Peshawar alone.

The schools all want their books in the same weeks of August, just as the Kabul and Kandahar publishers send their autumn lists. If the sheets come late, the schools' books wait behind the publishers' work.

We therefore propose three things:

- the committee sends the sheets of all titles by 30 June;
- we bind the schools' books first, in July, before the publishers' work begins;
- the committee collects the bales from the bindery, so that no school waits for a transporter.

Our rate for the schools is the same as for publishers, Rs 35 a volume, sewn, with a card cover. We do not charge for storage if the books are collected within a month.
""", citation(
    ["nearly 1.2 million registered Afghan refugees at the end of 2023", "UNHCR year-end data (2023)"],
    1200000, "2023", "according to UNHCR year-end data (2023)", "second paragraph",
    "The note cites UNHCR for nearly 1.2 million registered Afghan refugees at the end of 2023; the reference figure for end-2023 is 1,987,717, so the cited figure is about 40 percent too low.",
    stated_as_written="nearly 1.2 million", stated_hedge="nearly"))

add("bindery_partners_memo_scaled_back", """
# Memo to the Partners: The Last Two Years

*Inamullah Bindery, Peshawar (invented). Figures are invented.*

Before we decide on the gluing machine, here is where the bindery stands.

**Volume.** We scaled back from 48,000 volumes in 2023 to 60,000 in 2024, and the spring orders of 2024 were the strongest we have had. Last year's total came in lower, because Torkham was shut for weeks in the autumn and two Kandahar publishers held back their lists.

**Customers.** Kabul publishers give us more than half of our work. Kandahar publishers come next, and the refugee schools of Peshawar are a steady third.

**Rates.** We raised the rate for sewn binding to Rs 35 a volume at the start of 2025. Nobody left us over it.

**People.** Fourteen binders, six of them Afghan. Two of the Afghan binders have asked whether they may take work home in the evenings; I think we should allow it for folding, but not for sewing.

**The machine.** A gluing machine would bind four times as fast, but our customers want sewn books and pay for them. I suggest we wait a year and ask the publishers first.

Please read this before we meet on Friday after prayers.
""", direction(
    "We scaled back from 48,000 volumes in 2023 to 60,000 in 2024",
    48000, 60000, "2023", "2024", "scaled back", "fall", "volumes",
    "volumes bound by the bindery", "first section",
    "The memo says the bindery scaled back in 2024, but the figures in the same sentence show a rise from 48,000 volumes in 2023 to 60,000 in 2024, a quarter more."))


# ---------------------------------------------------------------------------
# Kifayat Solar Traders (invented): solar pump sets for Afghan farmers
# ---------------------------------------------------------------------------

SOLAR_YEARS = """| Year | Sets sold | Change (%) |
|---|---|---|
| 2022 | 120 | – |
| 2023 | 180 | +50.0 |
| 2024 | 240 | +33.3 |
| 2025 | 210 | −12.5 |"""
SOLAR_PROVINCES = """| Province | Sets sold, 2025 |
|---|---|
| Nangarhar | 110 |
| Kunar | 60 |
| Laghman | 40 |
| Total | 210 |"""

add("solar_traders_tax_adviser_note_province_sum", """
# Note for Our Tax Adviser

*Kifayat Solar Traders, Peshawar (invented). Figures are invented.*

You asked for a short account of last year's sales to Afghanistan before you prepare the return.

**Sales.** In 2025 we sold 230 sets to Afghan farmers: 110 for farms in Nangarhar, 60 in Kunar and 40 in Laghman, at an average of Rs 950,000 a set. A set is a submersible pump, a controller and sixteen 550-watt panels with their frames.

**How they were paid.** Most farmers pay through our five sub-dealers in Jalalabad, who collect in afghanis and settle with us in rupees. A few large buyers paid by bank transfer from Kabul.

**How the goods left.** Every set went through Torkham on a goods declaration in our name. Copies of all declarations are in the blue file.

**Returns.** Three sets came back under warranty, all with faulty controllers. The supplier replaced them at no charge, so no sale was reversed.

**Questions for you.** Can the sub-dealers' commission be shown as a selling cost? And should the sales to the two Kabul buyers who paid by transfer be shown separately from the others?

The sales ledger and the bank statements will be with you by the end of the week.
""", parts_total(
    ["In 2025 we sold 230 sets to Afghan farmers: 110 for farms in Nangarhar, 60 in Kunar and 40 in Laghman"],
    {"Nangarhar": 110, "Kunar": 60, "Laghman": 40},
    230, "solar pump sets", "2025", "solar pump sets sold to Afghan farmers", "second paragraph",
    "The note gives 230 sets sold in 2025, but the three provinces it lists in the same sentence add up to 110 + 60 + 40 = 210."))

add("solar_traders_dealer_update_same_year", """
# Market Update for Our Sub-Dealers in Jalalabad

*Kifayat Solar Traders, Peshawar (invented). Sent as a message to five dealers; figures are invented.*

Salaam, brothers. A short update before the spring season.

Sales to Afghan farmers went from 240 sets in 2024 to 240 sets in 2024, and this year we expect the spring orders to come early, because the wells in the lower valleys were low last autumn.

Prices. Panel prices in Peshawar have steadied after two years of falling. Pumps are a little dearer, because the rupee has weakened against the dollar. Please quote farmers for one month only, not for the season.

Stock. We hold panels and controllers for about sixty sets in the godown. Pumps of the larger size are short; order them two weeks ahead.

Transport. Send us the farmer's name and village with each order, so that the goods declaration at Torkham is in order. Loads without papers have been held at the border for days.

Warranty. Controllers are under warranty for two years. If a controller fails, send it back in its box with the serial number; do not open it.

Training. Our fitter will come to Jalalabad in March to show your boys how to set the panels at the right angle.
""", garbled(
    ["Sales to Afghan farmers went from 240 sets in 2024 to 240 sets in 2024"],
    "The change has the same start and end: 240 sets in 2024 to 240 sets in 2024, so no change is stated (the dealer sold 240 sets in 2024 and 210 in 2025).",
    start_value=240, end_value=240, start_period="2024", end_period="2024", unit="solar pump sets",
    subject="solar pump sets sold to Afghan farmers", location="second paragraph"))

add("solar_traders_brochure_turkmenistan_border", """
# Water Without Diesel

*A brochure of Kifayat Solar Traders, Peshawar (invented). Figures are invented.*

Our pumps now water fields on both sides of the Pakistan–Turkmenistan border, from Charsadda to Kunar. Since 2022 we have sold 750 sets to farmers in eastern Afghanistan alone.

**Why solar?** Diesel has grown dearer every year, and the grid hardly reaches the farms. Much of eastern Afghanistan's grid power is imported from Uzbekistan and Turkmenistan, and it goes to the towns first.

**What you get.** A submersible pump, a controller and sixteen 550-watt panels on a steel frame. The set lifts water from a well or a stream from sunrise to sunset, with no fuel and almost no upkeep.

**How much water?** Enough for four to six acres of wheat or orchard, depending on the depth of the well.

**Fitting.** Our fitters set the frame, lower the pump and wire the controller in a day. They show the farmer how to clean the panels and when to call us.

**Warranty.** Two years on the controller and the pump, ten years on the panels.

**Where to buy.** From our shop in Peshawar, or from our sub-dealers in Jalalabad, who can arrange transport through Torkham.
""", scope(
    "both sides of the Pakistan–Turkmenistan border", "TKM", ["PAK", "TKM"],
    "Pakistan–Turkmenistan border",
    "The brochure calls the border between Charsadda and Kunar the Pakistan–Turkmenistan border; the two districts lie on either side of the Pakistan–Afghanistan border, and Pakistan has no border with Turkmenistan. Turkmenistan is named correctly later, as a country that sells power to Afghanistan.",
    not_a_defect="imported from Uzbekistan and Turkmenistan"))

add("solar_traders_year_statement_control", f"""
# Year Statement 2025

*Kifayat Solar Traders, Peshawar (invented). All figures are invented.*

Solar pump sets sold to Afghan farmers

{SOLAR_YEARS}

Sales fell by 30 sets in 2025, after two years of growth. Farmers in the lower valleys held back in the autumn, when the border was closed and the price of panels was still settling.

By province, 2025

{SOLAR_PROVINCES}

Nangarhar bought just over half of the year's sets, as it has every year since the business began. Kunar's farmers buy the larger pumps, because their wells are deeper.

At an average of Rs 950,000 a set, the year's sales were worth Rs 199.5 million. Each set carries sixteen 550-watt panels, so the year's sales put 3,360 panels on Afghan farms.

Five sub-dealers in Jalalabad take the orders and arrange the transport. Their commission is paid monthly.

For 2026 the firm plans a service van that will visit each sub-dealer once a month with spare controllers.
""", control_type="control")


# ---------------------------------------------------------------------------
# Spozhmai Coaches (invented): Peshawar-Jalalabad coach service
# ---------------------------------------------------------------------------

BUS_QUARTERS = """| Quarter, 2025 | Passengers |
|---|---|
| Q1 | 14,400 |
| Q2 | 15,600 |
| Q3 | 16,200 |
| Q4 | 6,600 |
| Total | 52,800 |"""
BUS_QUARTERS_BAD = BUS_QUARTERS.replace("| Total | 52,800 |", "| Total | 54,800 |")
BUS_YEARS = """| Year | Passengers | Coaches in service |
|---|---|---|
| 2024 (from March) | 38,400 | 4 |
| 2025 | 52,800 | 6 |"""

add("coach_service_transport_authority_report_quarter_total", f"""
# Quarterly Return to the Provincial Transport Authority

*Spozhmai Coaches, Peshawar–Jalalabad route (invented). Figures are invented.*

**Route.** Haji Camp, Peshawar, to Jalalabad bus stand, through Torkham. Two departures each way every day the crossing is open.

**Fleet.** Six coaches of 45 seats, all with working speed governors and first-aid boxes, inspected in January.

**Passengers carried in 2025**

{BUS_QUARTERS_BAD}

**Days without service.** The crossing was shut from the middle of October, and no coach ran for the rest of the year. Passengers holding tickets were refunded in full.

**Complaints.** Eleven written complaints were received, most about the wait at the crossing. None concerned driving.

**Staff.** Every driver holds a licence for public service vehicles and has done the authority's course on passenger safety.

**Fares.** The fare stayed at Rs 4,500 one way throughout the year. Children under five travel free on a parent's lap.

We ask the authority to renew the route permit for 2026 on the same terms.
""", parts_total(
    [line_of(BUS_QUARTERS_BAD, "| Q4 |"), line_of(BUS_QUARTERS_BAD, "| Total |")],
    {"Q1": 14400, "Q2": 15600, "Q3": 16200, "Q4": 6600},
    54800, "passengers", "2025", "passengers carried on the Peshawar–Jalalabad coach service", "table",
    "The total row gives 54,800 passengers, but the four quarters add up to 14,400 + 15,600 + 16,200 + 6,600 = 52,800.",
    table_form="pipe, quarters as rows and a total row"))

add("coach_service_news_item_fattened", """
# Border Closure Hits Peshawar–Jalalabad Coach Service

*News item (invented). The operator and its figures are invented.*

PESHAWAR: Passenger numbers on the Peshawar–Jalalabad coach service fattened in the last quarter of 2025, to 6,600 from 16,200 in the third quarter, its operator said on Tuesday, as the closure of Torkham in mid-October kept its six coaches parked at Haji Camp.

Spozhmai Coaches began running the route in March 2024, the first scheduled coach service between the two cities in years. It carried 52,800 passengers in 2025.

"We refunded every ticket," said the operator's manager. "But the drivers still need wages, and a coach standing still costs money."

Most passengers are Afghan families visiting relatives, traders and patients going to hospitals in Peshawar. Some are students returning to universities in Pakistan.

Before the closure, the journey took about five hours, more than half of it at the crossing. The operator has asked both governments for a separate lane for coaches.

Traders in Peshawar said the closure had also hit the goods trade, with hundreds of trucks stuck on both sides.

The operator said it would resume the service as soon as the crossing reopened, with the same fare of Rs 4,500.
""", direction(
    "fattened in the last quarter of 2025, to 6,600 from 16,200 in the third quarter",
    16200, 6600, "Q3 2025", "Q4 2025", "fattened", "rise", "passengers",
    "passengers carried on the Peshawar–Jalalabad coach service", "first paragraph",
    "The item says passenger numbers fattened in the last quarter, but the figures it gives fall from 16,200 in the third quarter to 6,600 in the fourth, by almost 60 percent, as the closure would lead one to expect."))

add("coach_service_passenger_leaflet_first_year", f"""
# Travel with Spozhmai Coaches

*A leaflet handed out at Haji Camp, Peshawar (invented). Figures are invented.*

Since our first coach left Haji Camp in March 2024 we have taken families, traders and students to Jalalabad in comfort. We carried 41,400 passengers in our first ten months, and more again in 2025.

Our passengers, year by year

{BUS_YEARS}

**Departures.** Two coaches leave Haji Camp each morning, at seven and at nine. Two leave Jalalabad for Peshawar at the same hours.

**Fare.** Rs 4,500 one way. Children under five travel free on a parent's lap.

**Luggage.** One large bag and one small bag each. Goods for sale are not carried.

**At the crossing.** The coach waits while you pass through immigration on both sides. Keep your passport and visa in your hand, not in your bag.

**On board.** Water, a clean toilet at the crossing and a driver who does not race. Smoking is not allowed.

**Booking.** At the Haji Camp office, or by phone a day ahead. Seats are not held after the coach's departure time.
""", tvt(
    ["We carried 41,400 passengers in our first ten months", line_of(BUS_YEARS, "| 2024 (from March) |")],
    {"leaflet_value": 41400, "table_value": 38400}, "passengers",
    "passengers carried from March to December 2024", "2024", "first paragraph and the table",
    "The leaflet says the service carried 41,400 passengers in its first ten months (March to December 2024); its own table gives 38,400 for 2024 from March.",
    table_form="pipe, years as rows with a coaches column, no total row"))

add("coach_service_travel_advice_uzbek_consulate", """
# Before You Travel: Advice for Passengers

*Spozhmai Coaches, Peshawar–Jalalabad (invented). Figures are invented.*

**Documents.** Pakistani passengers need a passport with a visa issued by the Uzbek consulate in Peshawar; allow a week for it. Afghan passengers need a passport with a valid Pakistani visa, or the documents the border authorities accept on the day. Children need their own documents.

**Money.** Carry some afghanis for the Jalalabad side. The money changers at the crossing give a poor rate.

**Health.** Bring any medicines you need for the journey. In summer the wait at the crossing can be long and hot; carry water.

**Timing.** The coach leaves on time. Be at Haji Camp half an hour before departure with your ticket.

**Luggage.** One large bag and one small bag. Bags are checked at the crossing on both sides, so do not carry anything you would not want opened.

**If the crossing closes.** Sometimes the crossing shuts without warning. If your coach cannot go, your fare is refunded in full at the office where you bought the ticket.

**Women travelling alone.** The two front rows are kept for women and families. Tell the conductor when you board.

Safe travels.
""", scope(
    "a visa issued by the Uzbek consulate in Peshawar", "UZB", ["PAK", "UZB"],
    "the Uzbek consulate in Peshawar",
    "The advice sends Pakistani passengers bound for Jalalabad to the Uzbek consulate for a visa; the visa they need is Afghanistan's, issued by the Afghan consulate in Peshawar."))


# ---------------------------------------------------------------------------
# Toryalai Trade Monitoring Cell (invented): Kharlachi / Dand-e-Patan crossing
# ---------------------------------------------------------------------------

CROSSING_MONTHS = """| Month, 2025 | Trucks outward | Trucks inward | Total |
|---|---|---|---|
| January | 820 | 300 | 1,120 |
| February | 760 | 280 | 1,040 |
| March | 900 | 350 | 1,250 |
| April | 980 | 390 | 1,370 |
| May | 1,030 | 420 | 1,450 |
| June | 1,110 | 460 | 1,570 |
| Total | 5,600 | 2,200 | 7,800 |"""

add("kharlachi_crossing_field_report_june", f"""
# Field Report: The Kharlachi Crossing, January to June 2025

*Toryalai Trade Monitoring Cell, Parachinar (invented). Figures are invented.*

The crossing at Kharlachi joins Kurram district with Dand-e-Patan district of Paktia. It is small beside Torkham, but for the traders of Parachinar it is the only door.

**Traffic.** June was the busiest month: 1,160 trucks left for Paktia, most loaded with cement and cooking oil, and trucks coming back carried tomatoes, onions and pine nuts.

Trucks through the crossing, by month

{CROSSING_MONTHS}

**Closures.** The crossing was closed on nine days in February and five in April, both times after disputes over queues that the two sides settled at the zero point.

**Conditions.** The road on the Pakistani side was widened last year, but there is still no shed for goods awaiting inspection, and perishable loads sit in the sun.

**What traders told us.** Traders asked for longer opening hours in summer, a scanner so that every truck need not be unloaded, and a weekly meeting of officials from both sides.

**Next report.** We will report on July to December in January.
""", tvt(
    ["June was the busiest month: 1,160 trucks left for Paktia", line_of(CROSSING_MONTHS, "| June |")],
    {"report_value": 1160, "table_value": 1110}, "trucks",
    "trucks leaving Pakistan through the Kharlachi crossing in June 2025", "June 2025",
    "traffic section and the table",
    "The report says 1,160 trucks left for Paktia in June; its own table gives 1,110 outward trucks for June, and the row total of 1,570 and the column total of 5,600 only add up with 1,110.",
    table_form="pipe, months as rows with outward, inward and total columns and a total row"))

add("kharlachi_crossing_trip_notes_customs_reuse", """
# Trip Notes: Two Days at Kharlachi

*Toryalai Trade Monitoring Cell, Parachinar (invented). Notes by a field officer; figures are invented.*

Left Parachinar at six. The road to the crossing is good as far as the last village, then broken for the final stretch.

At the gate, about forty trucks were waiting outward, mostly cement. Drivers said they had waited since the evening before.

The crossing was closed for 14 days between January and June, nine of them in February. Traders still talk about the February closure, when tomatoes rotted in the trucks on the other side.

The customs post has 14 officers on two shifts, who inspect every truck by hand. There is no scanner. One officer told me they unload about one truck in three.

Pedestrians cross all day: labourers, families, patients for the hospital in Parachinar. Women have a separate line with a woman searcher.

Spoke to six traders. All asked for longer hours in summer and a shed for perishable goods. Two said officials from both sides should meet every week, not only after a dispute.

Second day: visited the weighbridge, which has not worked since spring. Trucks are weighed at a private scale in the village for a fee.

Back in Parachinar by evening.
""", reuse(
    ["closed for 14 days between January and June", "14 officers on two shifts"],
    14, "days / customs officers", "days the crossing was closed in January-June 2025",
    "customs officers at the Kharlachi post", 18,
    "The 14 days of closure are reused a paragraph later as the number of customs officers; the cell's half-year bulletin gives 18 customs staff at the post."))

add("kharlachi_crossing_assembly_member_brief_tajik", """
# Briefing for the Member of the Provincial Assembly for Kurram

*Toryalai Trade Monitoring Cell, Parachinar (invented). Figures are invented.*

**The crossing.** Kharlachi, on the Kurram side, faces Dand-e-Patan district of Paktia. It is Kurram's only crossing for goods. In the first half of 2025 some 5,600 trucks went out and 2,200 came in.

**Who depends on it.** Cement and cooking oil traders in Parachinar, transporters, labourers who load and unload, and farmers in Paktia who sell tomatoes and onions to Kurram.

**How disputes are settled.** At the zero point, Pakistani customs and the Tajik border police meet once a week to settle disputes over queues and papers. When the meeting lapses, disputes grow into closures.

**Problems.** No scanner, so every truck is unloaded by hand. No shed for perishable goods. A broken weighbridge. Opening hours that end before the summer heat breaks.

**What the member could ask for.**

- a scanner for the crossing, as at Torkham and Chaman;
- a covered shed for perishable goods;
- opening until eight in the evening from May to September;
- repair of the weighbridge.

**Why it matters.** When the crossing closes, prices of cement and oil in Parachinar rise within days, and tomatoes rot on the far side.
""", scope(
    "the Tajik border police meet once a week", "TJK", ["PAK", "TJK"],
    "the Tajik border police",
    "The briefing has Pakistani customs meeting the Tajik border police at the zero point of a crossing that faces Paktia; the officials on the far side at Kharlachi are Afghan, and Tajikistan has no border with Kurram."))

add("kharlachi_crossing_half_year_bulletin_control", f"""
# Half-Year Bulletin: Kharlachi Crossing, January to June 2025

*Toryalai Trade Monitoring Cell, Parachinar (invented). All figures are invented.*

Trucks through the crossing

{CROSSING_MONTHS}

**Direction.** Trucks outward outnumbered trucks inward by 3,400 over the half year, and outward traffic rose every month from February, from 760 trucks to 1,110 in June. The inward side grew in step, from 280 trucks in February to 460 in June, as the tomato season began in Paktia.

**Closures.** The crossing was closed on 14 days: nine in February and five in April.

**Staff.** 18 customs staff work the post in two shifts. There is still no scanner.

**Pedestrians.** About 1,200 people cross on foot on an ordinary day, more before Eid.

**Goods.** Outward: cement, cooking oil, flour and medicines. Inward: tomatoes, onions, dried fruit and pine nuts.

**Watch list.** The weighbridge has been broken since spring; traders pay a private scale in the village instead.
""", control_type="control")


# ---------------------------------------------------------------------------
# Lutfullah Research (invented): Border Trade Sentiment Survey, 2025
# ---------------------------------------------------------------------------

SURVEY_Q123 = """| Quarter, 2025 | Better (%) | Same (%) | Worse (%) |
|---|---|---|---|
| Q1 | 38 | 34 | 28 |
| Q2 | 42 | 33 | 25 |
| Q3 | 35 | 30 | 35 |"""

add("sentiment_survey_fourth_quarter_summary_shares", f"""
# Border Trade Sentiment Survey: Fourth Quarter 2025

*Lutfullah Research (invented). Summary of results; figures are invented.*

Each quarter we ask 240 traders, 140 in Peshawar and 100 in Quetta, whether they expect their trade with Afghanistan to be better, the same or worse over the next three months.

**Headline.** In the fourth quarter 18 percent of traders expected trade with Afghanistan to improve, 32 percent expected no change and 55 percent expected it to worsen. It was the gloomiest reading since the survey began.

**Earlier quarters of 2025**

{SURVEY_Q123}

**Why.** Most traders gave the October closure of the crossings as the main reason. Others named delays in payments through the banks and the cost of holding stock in godowns.

**Who is gloomiest.** Traders in perishable goods, above all fruit and vegetables, were more pessimistic than those dealing in cement, cloth or medicines.

**Peshawar and Quetta.** Traders in Quetta were slightly less gloomy than those in Peshawar, because Chaman reopened for a few days in November.

**Method.** Interviews by phone in the first two weeks of December. The same traders are asked each quarter where possible.
""", arith(
    ["18 percent of traders expected trade with Afghanistan to improve, 32 percent expected no change and 55 percent expected it to worsen"],
    "The three answers to one question are shares of the same 240 traders, but 18 + 32 + 55 = 105 percent.",
    shares_pct={"better": 18, "no change": 32, "worse": 55}, sum_pct=105, unit="percent of traders",
    period="Q4 2025", subject="traders' expectations for trade with Afghanistan", location="headline paragraph"))

add("sentiment_survey_press_release_brightened", """
# Press Release: Traders Look Ahead to 2026

*Lutfullah Research (invented). For release on 20 December 2025. Figures are invented.*

Traders' mood brightened at the end of the year, with 18 percent expecting better trade in the fourth quarter against 35 percent in the third, according to the latest Border Trade Sentiment Survey.

The survey asks 240 traders in Peshawar and Quetta each quarter how they expect their trade with Afghanistan to move over the next three months.

In the fourth quarter, 55 percent of traders said they expected trade to get worse. Most blamed the closure of the crossings in October, which left trucks stranded on both sides for weeks.

"A trader's first question is whether the border will be open next week," said the survey's lead researcher. "Until that is answered, nobody orders for the season."

Traders in fresh fruit and vegetables were the most pessimistic. Those dealing in cement and medicines, whose goods keep, were less worried.

The survey has been run each quarter since the start of 2025. Full tables are available from Lutfullah Research on request.

Notes for editors: the survey is run by phone. Results are not weighted.
""", direction(
    "Traders' mood brightened at the end of the year, with 18 percent expecting better trade in the fourth quarter against 35 percent in the third",
    35, 18, "Q3 2025", "Q4 2025", "brightened", "rise", "percent of traders",
    "share of traders expecting better trade with Afghanistan", "first paragraph",
    "The release says the mood brightened, but the share of traders expecting better trade fell from 35 percent in the third quarter to 18 in the fourth, and the same release gives 55 percent expecting worse."))

add("sentiment_survey_methods_note_kazakhstan_question", """
# Methods Note: Border Trade Sentiment Survey

*Lutfullah Research (invented). Figures are invented.*

**Sample.** 240 traders each quarter: 140 in Peshawar and 100 in Quetta, drawn from the members' lists of the two cities' traders' associations. Traders who deal only within Pakistan are left out.

**Interviews.** By phone, in Urdu or Pashto, in the first two weeks of the last month of each quarter. Each interview takes about ten minutes.

**Questions.** The core questions are asked the same way every quarter.

Q1. What share of your business last quarter was trade with Afghanistan?

Q2. How do you expect trade between Pakistan and Kazakhstan to change over the next three months: better, no change or worse?

Q3. What is the main reason for your answer?

Q4. Did a border closure affect your business last quarter? If so, for how many days?

**Panel.** We try to reach the same traders every quarter. Where a trader cannot be reached, another from the same association and the same line of goods takes his place.

**Weighting.** None. Results are shares of traders who answered, not of trade by value.

**Limits.** Phone surveys miss traders without a phone number on the list, and large traders are more willing to answer than small ones.
""", scope(
    "How do you expect trade between Pakistan and Kazakhstan to change", "KAZ", ["PAK", "KAZ"],
    "trade between Pakistan and Kazakhstan",
    "The core question of a survey of traders' trade with Afghanistan names Kazakhstan as Pakistan's partner; the survey's results are reported as traders' expectations for trade with Afghanistan."))

SURVEY_REPEAT = "A trader who cannot plan for next month will not stock for next season."
add("sentiment_survey_newspaper_column_repeated", f"""
# The Border Is a Mood

*An opinion column in a Peshawar daily (invented). The survey it cites and its figures are invented.*

Every quarter a small research firm rings 240 traders in Peshawar and Quetta and asks them a simple question: will your trade with Afghanistan be better, the same or worse in three months? The answers are a fair thermometer of the border.

At the end of 2025 the thermometer read cold. Only 18 percent of traders expected better trade, and 55 percent expected worse. The closures of October did that, and the traders' answers say more than any minister's speech.

What the numbers do not show is the cost of not knowing. {SURVEY_REPEAT} {SURVEY_REPEAT} He keeps his money in the bank, lays off the loader and tells the Afghan buyer to wait.

There are cheap remedies. Publish the opening hours of the crossings a week ahead. Give perishable goods a lane of their own. Let officials on both sides meet every week, not only after a quarrel.

None of this needs a treaty. It needs someone in Islamabad and someone in Kabul to pick up the phone before the trucks start queuing.

The traders will tell us in March whether anyone did.
""", repeated(
    SURVEY_REPEAT, 2, "traders' planning under border uncertainty", "third paragraph",
    "The columnist's sentence about traders not stocking for next season is printed twice in a row, word for word."))


# ---------------------------------------------------------------------------
# Wazhma Welfare Society (invented): birth registration for refugee children
# ---------------------------------------------------------------------------

BIRTH_YEARS = """| Year | Births registered | Change (%) |
|---|---|---|
| 2023 | 1,800 | – |
| 2024 | 2,600 | +44.4 |
| 2025 | 2,100 | −19.2 |"""
BIRTH_DISTRICTS = """| District | Births registered, 2025 |
|---|---|
| Peshawar | 900 |
| Nowshera | 700 |
| Mardan | 500 |
| Total | 2,100 |"""

add("birth_drive_donor_report_backwards_range", """
# Report to Donors: Three Years of the Birth Registration Drive

*Wazhma Welfare Society, Peshawar (invented). Figures are invented.*

**What we did.** In the three years 2025–2023 the teams registered 6,500 births of Afghan refugee children in Peshawar, Nowshera and Mardan. A child without a birth certificate cannot be enrolled in many schools, cannot get a vaccination card in its own name and may have no proof of who its parents are.

**How.** Five mobile teams, each of three staff, visit the refugee settlements with forms, an ink pad and a list of documents the parents will need. The teams fill the forms at the door, collect the papers and return with the certificates a few weeks later.

**Who.** Most of the children were born at home, with no hospital record. Many parents had never heard that a refugee child's birth could be registered at all.

**Difficulties.** Since late 2023 many families have been afraid to give their names to anyone. Some moved away between the first visit and the return with the certificate.

**What the money paid for.** Team wages, transport, photocopies and the fees for late registration, which families cannot pay themselves.

**Next year.** We plan to add a team for Charsadda and to give each family a plastic sleeve for its documents.
""", garbled(
    ["In the three years 2025–2023 the teams registered 6,500 births"],
    "The three-year period is written backwards, 2025–2023; the drive ran from 2023 to 2025.",
    stated_period_start="2025", stated_period_end="2023", subject="births registered by the drive",
    location="first section"))

add("birth_drive_team_briefing_districts_reuse", """
# Briefing for New Team Members

*Wazhma Welfare Society, Peshawar (invented). Figures are invented.*

Welcome. Please read this before your first day in the field.

**The teams.** Our 5 mobile teams each have a team leader, a form filler and a woman who speaks with the mothers. You will be placed in one of them for your first month.

**Where we work.** Across our 5 districts we visit settlements in a fixed order, so that families know when to expect us. Your team leader has the month's list.

**What parents need.** The parents' Proof of Registration cards, any paper from the midwife or the clinic, and two witnesses for a home birth. If a paper is missing, write down what there is and come back; do not send the family away.

**What not to do.** Do not promise a date for the certificate. Do not take original documents away; photocopy them in the van.

**Safety.** Stay with your team. If police or anyone else asks what you are doing, let the team leader answer.

**Forms.** Fill in black ink, in capitals. Check the spelling of the child's name with the mother twice.

**Returning certificates.** Hand each certificate to a parent, never to a neighbour, and ask the parent to sign the book.
""", reuse(
    ["Our 5 mobile teams each have a team leader", "Across our 5 districts we visit settlements"],
    5, "teams / districts", "mobile teams of the drive", "districts the drive works in", 3,
    "The number of mobile teams (5) is reused a paragraph later as the number of districts; the drive works in three districts, Peshawar, Nowshera and Mardan.",
    expected_as_written="three"))

add("birth_drive_policy_note_refugees_2024", """
# Policy Note: Birth Registration for Afghan Refugee Children

*Wazhma Welfare Society, Peshawar (invented), to the provincial government. The society's figures are invented; the refugee figure is cited as shown.*

**The issue.** Thousands of Afghan children born in Pakistan have no birth certificate. Without one they are hard to enrol in school, hard to vaccinate in their own name and, when their families return, hard to register in Afghanistan.

**The scale.** Pakistan had 1.35 million registered Afghan refugees, as counted by UNHCR at the close of 2024. A large share of them are children, and many were born at home.

**What works.** In 2025 our mobile teams registered 2,100 births in Peshawar, Nowshera and Mardan by going to the families rather than waiting for the families to come to an office.

**What stands in the way.** Fees for late registration; offices open only in working hours; and fear, since the repatriation drive began, of giving names and addresses to any official.

**What we ask.**

1. Waive the fee for late registration of refugee children for two years.
2. Let registration staff join mobile teams in the settlements once a month.
3. State plainly that a birth record will not be used to find families for removal.

**Cost.** Small. The forms exist; the staff exist. What is needed is a decision.
""", citation(
    ["1.35 million registered Afghan refugees", "as counted by UNHCR at the close of 2024"],
    1350000, "2024", "as counted by UNHCR at the close of 2024", "second section",
    "The note cites UNHCR for 1.35 million registered Afghan refugees at the close of 2024; the reference figure for end-2024 is 1,559,964, so the cited figure is about 13 percent too low.",
    stated_as_written="1.35 million"))

add("birth_drive_annual_report_refugees_2023_2024", """
# Annual Report 2025: Birth Registration Drive

*Wazhma Welfare Society, Peshawar (invented). The society's figures are invented; refugee figures are cited as shown.*

**Context.** Pakistan had 1,987,717 registered Afghan refugees at the end of 2023 (UNHCR Operational Data Portal, end-2023) and 1,559,964 at the end of 2024 (UNHCR Operational Data Portal, end-2024), a fall of 427,753 in a year in which many families went back to Afghanistan or left the register.

**Our year.** The teams registered 2,100 births in 2025: 900 in Peshawar, 700 in Nowshera and 500 in Mardan. That is fewer than in 2024, when we registered 2,600, because many families in the settlements we visit moved away or would not open the door.

**Why it still matters.** A child who returns to Afghanistan with a Pakistani birth certificate has a paper that says who it is, where it was born and who its parents are. Families who left without one tell us of the trouble at the other end.

**Staff.** Five mobile teams of three. One team leader left in the summer and was replaced from within the team.

**Money.** Spending stayed within the budget agreed with donors. Fees for late registration were the largest item after wages.

**Thanks.** To the union council secretaries who opened their offices on Saturdays, and to the mothers who trusted us with their children's names.
""", control_type="citation_control")

add("birth_drive_fact_sheet_control", f"""
# Fact Sheet: Birth Registration Drive

*Wazhma Welfare Society, Peshawar (invented). All figures are invented.*

**Aim.** To see that every Afghan refugee child born in the districts where we work has a birth certificate.

**Births registered**

{BIRTH_YEARS}

Registrations fell in 2025, from 2,600 to 2,100, after a strong 2024, as families in several settlements moved away.

**Where, 2025**

{BIRTH_DISTRICTS}

The drive works in three districts. Peshawar accounted for three in seven of the year's registrations, Nowshera for a third and Mardan for the rest.

**How.** Five mobile teams of three staff, 15 people in all, visit settlements in a fixed monthly order. They fill the forms at the door and bring back the certificates.

**In three years.** 6,500 births registered since the drive began in 2023.

**Who pays.** Private donors and two mosque committees. No government money is used.

**Contact.** The society's office is open on weekday mornings.
""", control_type="control")


# ---------------------------------------------------------------------------
# Trade series: ministry brief, chamber paper, wire item, think-tank paper, op-ed
# ---------------------------------------------------------------------------

TRADE_TOTAL = """| Year | Exports to Afghanistan | Imports from Afghanistan | Total trade |
|---|---|---|---|
| 2021 | 828 | 552 | 1,380 |
| 2022 | 936 | 741 | 1,677 |
| 2023 | 1,012 | 690 | 1,702 |
| 2024 | 884 | 540 | 1,424 |"""
TRADE_BALANCE_ALL = """| Year | Exports | Imports | Balance |
|---|---|---|---|
| 2019 | 1,290 | 441 | 849 |
| 2020 | 942 | 509 | 433 |
| 2021 | 828 | 552 | 276 |
| 2022 | 936 | 741 | 195 |
| 2023 | 1,012 | 690 | 322 |
| 2024 | 884 | 540 | 344 |"""

add("trade_desk_ministry_brief_2023_exports", f"""
# Brief for the Minister: Trade with Afghanistan

*Afghanistan Trade Desk, a ministry cell (invented). The trade figures are invented.*

**Purpose.** To brief the Minister before the meeting with the chambers on Thursday.

**Where trade stands.** Exports to Afghanistan recovered to US$ 1,021 million in 2023, after two weak years, but fell back in 2024 as the crossings closed for long spells and Afghan buyers turned to other suppliers.

Pakistan–Afghanistan trade, US$ million

{TRADE_TOTAL}

**What the chambers will raise.** Closures without notice; the documents now demanded at the crossings; the slow refund of sales tax to exporters; and the banks' reluctance to handle payments from Afghanistan.

**Suggested line.** The Minister could acknowledge the losses, commit to publishing crossing hours in advance, and offer a working group on payments that meets monthly.

**Points to avoid.** Any promise on the date of reopening, which the Ministry does not control, and any figure for trade in 2025 before the year's data are final.

**Attachments.** Statement of the chambers' demands; list of attendees.
""", tvt(
    ["recovered to US$ 1,021 million in 2023", line_of(TRADE_TOTAL, "| 2023 |")],
    {"brief_value": 1021, "table_value": 1012}, "US$ million",
    "Pakistan's exports to Afghanistan in 2023", "2023", "second section and the table",
    "The brief says exports recovered to US$ 1,021 million in 2023; its own table gives 1,012 (the digits transposed), and the row total of 1,702 only adds up with 1,012.",
    table_form="pipe, years as rows with a total trade column, no total row"))

add("chamber_policy_paper_2022_surplus", """
# Keeping the Surplus: A Policy Paper on Trade with Afghanistan

*A chamber of commerce in Khyber Pakhtunkhwa (invented). The trade figures are invented.*

**Summary.** Pakistan's surplus in its trade with Afghanistan has narrowed since 2019, as Afghan buyers have turned to Central Asian and Iranian suppliers and Afghan sellers have found more buyers in Pakistan. This paper argues that the surplus can be held only if exporters can count on the crossings.

**The numbers.** In 2022 Pakistan exported goods worth US$ 936 million to Afghanistan and imported US$ 741 million, leaving a surplus of US$ 295 million. Imports that year were the highest in the period, driven by coal bought for Pakistan's cement and power plants.

**Why it matters.** Exports to Afghanistan are made mostly by small firms in Peshawar, Quetta and Karachi: flour mills, pharmaceutical makers, cement plants and food processors. For many of them Afghanistan is the only foreign market.

**What we propose.**

- published opening hours at every crossing, seven days ahead;
- a green lane for perishable goods and medicines;
- quicker refunds of sales tax to exporters to Afghanistan;
- a banking channel for payments, agreed with the State Bank.

**Conclusion.** The border is a market, not only a frontier. Treating it as one would cost little and keep thousands of jobs.
""", arith(
    ["exported goods worth US$ 936 million to Afghanistan and imported US$ 741 million", "leaving a surplus of US$ 295 million"],
    "Exports of US$ 936 million less imports of US$ 741 million leave a surplus of US$ 195 million, not US$ 295 million.",
    exports=936, imports=741, stated_balance=295, computed_balance=195, difference=100,
    unit="US$ million", period="2022", subject="Pakistan's trade balance with Afghanistan",
    location="second section"))

add("wire_item_exports_backslid", """
# Pakistan's Exports to Afghanistan Under Pressure, Traders Say

*Wire news item (invented). The trade figures are invented.*

ISLAMABAD: Pakistan's exports to Afghanistan backslid in 2022, to US$ 936 million from US$ 828 million a year earlier, according to figures compiled by traders' bodies, who say the recovery has been fragile ever since.

Exporters in Peshawar said that closures at Torkham and Chaman, new documents at the crossings and difficulties with payments had pushed Afghan buyers towards suppliers in Central Asia and Iran.

"An Afghan buyer wants the goods on time," said a flour exporter in Peshawar. "If the border is shut for a week, he buys from someone else, and he may not come back."

Imports from Afghanistan, mainly coal, fresh fruit and cotton, rose over the same period.

Traders' bodies have asked the government to publish the crossings' opening hours in advance and to set up a working group with the banks on payments from Afghanistan.

Officials at the Ministry of Commerce said the government was in contact with the Afghan authorities on trade and transit, but declined to comment on the figures.

Afghanistan is one of Pakistan's largest markets for flour, medicines and cement.
""", direction(
    "Pakistan's exports to Afghanistan backslid in 2022, to US$ 936 million from US$ 828 million a year earlier",
    828, 936, "2021", "2022", "backslid", "fall", "US$ million",
    "Pakistan's exports to Afghanistan", "first paragraph",
    "The item says exports backslid in 2022, but the figures it gives rise from US$ 828 million in 2021 to US$ 936 million in 2022, 13 percent more."))

add("think_tank_connectivity_paper_iran_caption", f"""
# Roads Before Corridors: Pakistan–Afghanistan Connectivity

*Working paper of a policy institute in Islamabad (invented). The trade figures are invented.*

**Argument.** Grand corridors to Central Asia are much discussed, but Pakistan's trade with Afghanistan depends first on a handful of crossings, a few roads and the hours that customs keep. This paper looks at the goods trade with Afghanistan since 2019. Trade with Iran through Taftan is left out.

Table 1: Pakistan–Iran trade, US$ million

{TRADE_BALANCE_ALL}

**Reading the table.** Exports to Afghanistan have never regained their 2019 level, and imports from Afghanistan rose until 2022. The surplus has held in every year but has been much smaller than in 2019 ever since.

**Where the bottlenecks are.** Torkham and Chaman carry most of the trade, and both have been closed for long spells. Smaller crossings such as Ghulam Khan and Kharlachi handle a fraction of the traffic and lack scanners, sheds and weighbridges.

**Recommendations.** Invest in the crossings before the corridors: scanners at the smaller crossings, covered sheds for perishable goods, and published hours. Agree with the Afghan side on a procedure for keeping the crossings open during disputes.

**Next paper.** Transit trade to Central Asia through Afghanistan.
""", scope(
    "Table 1: Pakistan–Iran trade, US$ million", "IRN", ["PAK", "IRN"],
    "Pakistan–Iran trade",
    "The table's caption names Iran as Pakistan's partner, but the paper is about trade with Afghanistan and the rows are the Pakistan–Afghanistan series its text reads from the table. Iran is named correctly earlier, as trade left out of the paper.",
    not_a_defect="Trade with Iran through Taftan is left out"))

add("op_ed_trade_total_reuse", """
# We Are Losing Our Nearest Market

*An op-ed in a national daily (invented). The trade figures are invented.*

Ask a flour miller in Peshawar where his best customers are and he will point west. For decades Afghanistan has been the first foreign market for Pakistan's small manufacturers. It is slipping away.

In 2024 Pakistan sold Afghanistan goods worth US$ 884 million, well below the US$ 1,290 million of 2019. Afghan buyers now find flour in Kazakhstan, medicines in India and cement in Iran, and each closure at Torkham sends another buyer to them.

Two-way trade that year came to US$ 884 million, a small sum beside our trade with China or the Gulf, but not small for the towns along the border, where loading, transport and money changing are the only work there is.

The government speaks of corridors to Central Asia. Corridors are fine, but a corridor needs a door, and our doors are closed for weeks at a time without notice.

What would help is not expensive: publish the crossing hours a week ahead; keep a lane open for perishable goods; settle disputes at the zero point before they become closures.

Our nearest market is still there. Whether it is still ours is up to us.
""", reuse(
    ["In 2024 Pakistan sold Afghanistan goods worth US$ 884 million", "Two-way trade that year came to US$ 884 million"],
    884, "US$ million", "Pakistan's exports to Afghanistan in 2024", "two-way Pakistan–Afghanistan trade in 2024", 1424,
    "The 2024 export figure (US$ 884 million) is reused a paragraph later as two-way trade for the same year; with imports of US$ 540 million, two-way trade was US$ 1,424 million."))


# ---------------------------------------------------------------------------
# Refugee register: explainer, ministry key figures, journalists' briefing,
# commentary (citation defects and citation controls)
# ---------------------------------------------------------------------------

add("explainer_refugees_2019_data_finder", """
# Explainer: Afghans in Pakistan, the Numbers Behind the Headlines

*An explainer from a news website (invented). Figures other than the cited refugee figure are left out or invented.*

**How many Afghans are registered as refugees?**

At the end of 2019 Pakistan had 1.75 million registered Afghan refugees (UNHCR Refugee Data Finder, 2019). These are people who hold Proof of Registration cards; many other Afghans live in Pakistan with other documents or none.

**Why do the numbers move?**

Cards expire and are renewed, families return to Afghanistan, and children are born and added to their parents' cards. A sudden rise or fall usually means a renewal drive or a wave of returns.

**Where do they live?**

Most live in Khyber Pakhtunkhwa and Balochistan, in towns and in the old refugee villages, and many in Karachi, Islamabad and Rawalpindi.

**What changed after 2023?**

In October 2023 the government ordered foreigners without valid documents to leave. Card holders were not covered at first, but their cards were extended only for short periods, and many left anyway.

**Why does the register matter?**

It decides who can rent a house, open a bank account or send a child to a government school without trouble. A family off the register is a family with few rights.
""", citation(
    ["1.75 million registered Afghan refugees", "(UNHCR Refugee Data Finder, 2019)"],
    1750000, "2019", "(UNHCR Refugee Data Finder, 2019)", "first answer",
    "The explainer cites UNHCR for 1.75 million registered Afghan refugees at the end of 2019; the reference figure for end-2019 is 1,419,084, so the cited figure is about 23 percent too high (it is close to the end-2022 figure rounded).",
    stated_as_written="1.75 million"))

add("ministry_key_figures_refugees_2022_transposed", """
# Key Figures: Afghan Nationals in Pakistan

*Background sheet of a federal ministry (invented). The refugee figure is cited as shown; the other entries are invented or general.*

- Registered Afghan refugees in Pakistan, end of 2022: 1,473,278 a/
- Document held by registered refugees: Proof of Registration card b/
- Provinces with the most refugee villages: Khyber Pakhtunkhwa and Balochistan b/
- Main crossings used by returning families: Torkham and Chaman c/
- Order on foreigners without valid documents: October 2023 c/

Notes

a/ UNHCR, registered Afghan refugees in Pakistan, 31 December 2022.

b/ Ministry records (invented).

c/ Ministry of Interior announcements, described here in general terms.

**Use of this sheet.** The sheet is for background only and is not to be quoted as the ministry's position. Figures on returns are not given here, because they are revised weekly and differ between sources.

**Contact.** Queries go to the ministry's policy wing, which will refer questions on registration to the commissionerate for Afghan refugees.

**Review.** The sheet is reviewed every quarter, or sooner if the registration rules change. Readers who find an error are asked to tell the policy wing, giving the line and the source they rely on.
""", citation(
    ["end of 2022: 1,473,278", "a/ UNHCR, registered Afghan refugees in Pakistan, 31 December 2022"],
    1473278, "2022", "a/ UNHCR, registered Afghan refugees in Pakistan, 31 December 2022", "first list item and note a/",
    "The sheet cites UNHCR for 1,473,278 registered Afghan refugees at the end of 2022; the reference figure is 1,743,278 (the second and third digits transposed), so the cited figure is about 15 percent too low.",
    stated_as_written="1,473,278"))

add("journalists_briefing_refugees_2020_2021", """
# Briefing for Journalists: Covering Afghan Refugees in Pakistan

*A media training NGO (invented). Refugee figures are cited as shown; other material is general.*

**Get the basic number right.** Pakistan had 1,438,432 registered Afghan refugees according to UNHCR's end-of-year 2020 statistics, and 1,490,562 according to UNHCR's end-of-year 2021 statistics, a rise of 52,130 in the year the Taliban returned to power. Always say which year a figure refers to.

**Registered is not the same as present.** The register counts holders of Proof of Registration cards. Many Afghans in Pakistan hold other documents or none, and no count of them is reliable. Do not add numbers from different sources to make a total.

**Use people's own words.** A family that has lived in Peshawar for forty years may not call itself refugee at all. Ask how people describe themselves.

**Be careful with photographs.** Faces of people without documents can put them at risk. Ask permission, and explain where the picture will appear.

**Check claims from all sides.** Officials, politicians and activists all use figures to make a case. Ask for the source, the date and what exactly was counted.

**Further reading.** The registration and returns pages of the relevant agencies, and court judgments on deportation cases.
""", control_type="citation_control")

add("commentary_refugees_2022_2024", """
# The Shrinking Register

*A commentary for a policy blog (invented). Refugee figures are cited as shown; the argument is the author's.*

Two numbers tell much of the story. Pakistan had 1,743,278 registered Afghan refugees, according to figures released by UNHCR for end-2022. Two years later the register held 1,559,964, according to UNHCR's year-end report for 2024, which is 183,314 fewer.

A shrinking register is not in itself a sign of failure. People return home when they can, and a register should fall when they do. But the returns of 2023 and 2024 were not all chosen. Some families left because their cards were about to lapse; others because they feared the police more than the journey.

The register also hides those it never counted. Afghans who arrived after 2021, many of them with visas that expired, are not on it at all, and they are the ones most exposed to arrest.

What would a better policy look like? Card extensions long enough to let families plan; a route to residence for those born and raised in Pakistan; and returns that are voluntary in more than name.

Pakistan has hosted Afghans for more than four decades, often with more generosity than richer countries have shown. The numbers falling now should be the result of choices, not of fear.
""", control_type="citation_control")
