# Thirtieth held-out set of synthetic documents ("heldout30").  Written
# from scratch after heldout29/, by a labeller session that had not opened
# dyad's implementation or history and had not seen any of its results.
# Every entry: name (topic slug, numbered later by build_heldout30.py), text,
# labels (list of defect dicts), control_type for controls.
# Registers not used before: a katira (gum tragacanth) traders' association
# buying Afghan gum (with the annual trade series, 2022-2024 rows); a
# karakul cap workshop buying Afghan lambskins; a tasbih (prayer bead)
# workshop; a fruit agency handling Afghan rawash (wild rhubarb); a goldfish
# farm selling to pet shops in Kabul; a snakebite centre; a refugee youth
# squash club; a calligraphy school for young Afghan refugees; a worm
# compost project in Afghan refugee villages; and a community seed bank for
# Afghan refugee farmers.
#
# Invented figures shared with earlier sets: annual trade series (README:
# exports 1,290 / 942 / 828 / 936 / 1,012 / 884 and imports 441 / 509 / 552 /
# 741 / 690 / 540 for 2019-2024, balances 849 / 433 / 276 / 195 / 322 / 344,
# totals 1,731 / 1,451 / 1,380 / 1,677 / 1,702 / 1,424); reference refugee
# series (1,419,084 / 1,438,432 / 1,490,562 / 1,743,278 / 1,987,717 /
# 1,559,964 for 2019-2024).
#
# New invented figures, consistent with the above:
#   Gulistan Katira Traders' Association, Gulistan near Chaman (invented, 18
#     member firms, 7 of them buying from Afghan collectors in Murghab, Jawand
#     and Qadis and, further east, Shahrak and Tulak): Afghan katira bought
#     by members, kilograms: 2021 30,000, 2022 36,000 (+20.0 percent), 2023
#     45,000 (+25.0), 2024 40,500 (-10.0), 2025 48,600 (+8,100, +20.0); about
#     US$ 20 a kilogram (2025 nearly US$ 1 million, 972,000); 2025 by
#     crossing: Chaman 35,100 (72.2 percent), Torkham 13,500 (27.8); ribbon
#     gum 9,720 (20 percent), flake 38,880 (80 percent); Afghan gum 80
#     percent of the 60,750 kilograms members handled in 2025; sacks of 50
#     kilograms (972 sacks); outlook for 2026 44,000 to 52,000 kilograms;
#     buyers in Germany and Japan by sea; one confectioner in Algeria.
#   Zarin Cap Works, Pashtunabad, Quetta (invented): karakul pelts bought
#     from Afghan dealers in Aqcha, Qarqin and Khwaja Du Koh, through Chaman,
#     2024 / 2025: Q1 500 / 450, Q2 1,500 / 1,650, Q3 700 / 750, Q4 500 /
#     450, total 3,200 / 3,300 (+100, +3.1 percent); 2025 by colour and grade:
#     black 900 + 750 = 1,650 (half), grey 540 + 450 = 990 (three-tenths),
#     golden 400 + 260 = 660 (a fifth), first grade 1,840; about Rs 3,600 a
#     pelt in 2024 and Rs 4,000 in 2025 (Rs 13.2 million); two caps from
#     three pelts (2,200 caps); 11 trucks in 2025; 16 workers, 6 of them
#     Afghan refugees; satin lining from China.
#   Misbah Tasbih Works, Talagang (invented): tasbihs to Afghan shops in
#     Nijrab, Tagab and Alasay: 2023 10,000; 2024 / 2025: 33 beads, wood
#     6,000 / 5,200 (-13.3 percent), 99 beads, wood 4,000 / 3,400 (-15.0),
#     99 beads, stone 1,000 / 1,100 (+10.0), total 11,000 / 9,700 (-1,300,
#     -11.8); about Rs 350 a tasbih (Rs 3.4 million in 2025); shops
#     ordering 62 (2024) and 57 (2025); cartons of 100 (97 cartons in 2025);
#     14 turners and stringers, 3 of them Afghan; agate from Brazil.
#   Tursh Traders, Pishtakhara, Peshawar (invented): rawash from growers
#     around Jalrez, Charkh and Khoshi, through Torkham; 2025 season: March
#     14 trucks / 98 tonnes, April 40 / 280, May 10 / 70, total 64 / 448
#     (7 tonnes a truck); 2024 72 trucks / 504 tonnes (-11.1 percent);
#     wholesale Rs 200 a kilogram in 2024 and Rs 250 in 2025 (Rs 100.8 and
#     Rs 112 million); 30 agents; a few boxes by air to grocers in Doha.
#   Sunehri Fish Farm, Muridke (invented): goldfish sold to 14 pet shops in
#     Kabul's Ka Faroshi market: 2023 3,200, 2024 8,000 (+150.0 percent),
#     2025 9,600 (+20.0); 2025 by quarter: Q1 1,800, Q2 3,000, Q3 2,800, Q4
#     2,000; Rs 100 a fish in 2024 and Rs 120 in 2025 (about Rs 1.15
#     million); sold at 5 centimetres; 40 fish to an oxygen bag (240 bags in
#     2025); 6 ponds; fish in the ponds at quarter ends 2025: 22,000,
#     30,000, 26,000, 18,000; 8 workers.
#   Tiryaq Snakebite Centre, Paharpur (invented): patients / Afghan refugee
#     patients / vials of antivenom: 2023 352 / 63 / 1,050, 2024 410 / 82 /
#     1,200, 2025 468 (+58, +14.1 percent) / 117 (25.0 percent) / 1,340;
#     deaths 7, 6, 5; 12 beds, 3 doctors, 9 nurses; clotting test every 20
#     minutes; about Rs 2,400 a vial (about Rs 3.2 million in 2025).
#   Boast Squash Club, Nawakilli (invented, refugee youth, founded 2022):
#     members at year end: 2022 15, 2023 22, 2024 30, 2025 40; 2025: 16
#     under 14 (40 percent), 14 aged 14 to 16 (35), 10 aged 17 or older
#     (25); 56 matches, 30 won, 26 lost; 3 junior titles; 2 coaches; 18
#     hours a week on two hired courts; rackets from a club in Cairo.
#   Dawat Calligraphy School, Kababian, Peshawar (invented, opened 2023):
#     students enrolled / finished: 2023 36 / 20, 2024 48 / 30, 2025 60 /
#     42, total 144 / 92; 3 teachers; burnished paper Rs 150 a sheet in 2024
#     and Rs 180 in 2025; 220 framed pieces sold in 2025 at about Rs 2,000
#     (Rs 0.44 million); 18 former students working for sign painters and
#     printers.
#   Kenchua Compost Project (invented, begun 2022), Afghan refugee villages
#     of Ghamkol, Jerma and Kachai near Kohat: households with worm beds
#     2022 60, 2023 140, 2024 240, 2025 340 (Ghamkol 170, Jerma 100, Kachai
#     70); compost, tonnes: 18, 50, 96, 150; 2025 by village, H1 / H2:
#     Ghamkol 40 / 35, Jerma 25 / 20, Kachai 18 / 12, total 83 / 67; about
#     2,000 worms to start a bed; compost ready in about 60 days; 90 tonnes
#     sold in 2025 at Rs 20 a kilogram (Rs 1.8 million); 4 trainers.
#   Tukham Seed Bank (invented, begun 2023), Afghan refugee villages around
#     Jungle Pir Alizai, Khanozai and Qila Saifullah: farmers borrowing /
#     wheat seed lent (tonnes): 2023 45 / 1.6, 2024 80 / 2.6, 2025 120 /
#     4.2; 1.5 kilograms returned for each kilogram borrowed; 11 varieties;
#     140 clay jars; 6 village organisers.

HELDOUT30 = []
from heldout_labels import (  # noqa: F401
    PAIR, REFS, adder, arith, change_pct, citation, direction, garbled, line_of, parts_total, pdf_lines, scope, tvt,
    repeated, reuse,
)

add = adder(HELDOUT30)


# ---------------------------------------------------------------------------
# Gulistan Katira Traders' Association (invented): Afghan gum tragacanth
# ---------------------------------------------------------------------------

KATIRA_YEARS = """| Year | Kilograms | Change (%) |
|---|---|---|
| 2021 | 30,000 | – |
| 2022 | 36,000 | +20.0 |
| 2023 | 45,000 | +25.0 |
| 2024 | 40,500 | −10.0 |
| 2025 | 48,600 | +20.0 |"""
TRADE_2022_2024 = """| Year | Exports | Imports | Total trade | Balance |
|---|---|---|---|---|
| 2022 | 936 | 741 | 1,677 | 195 |
| 2023 | 1,012 | 690 | 1,702 | 322 |
| 2024 | 884 | 540 | 1,424 | 344 |"""
TRADE_PDF = pdf_lines([["Year", "Exports", "Imports", "Total trade", "Balance"],
                       ["2022", "936", "741", "1,677", "195"],
                       ["2023", "1,012", "690", "1,702", "322"],
                       ["2024", "884", "540", "1,424", "354"]])
KATIRA_CROSSINGS = """| Crossing | Kilograms | Share (%) |
|---|---|---|
| Chaman | 35,100 | 72.2 |
| Torkham | 13,500 | 27.8 |
| Total | 48,600 | 100.0 |"""

add("katira_traders_fact_sheet_control", f"""
# Gulistan Katira Traders' Association: Fact Sheet 2025

*An invented association near Chaman; every figure below is invented.*

Katira is the dried gum that oozes from cuts in the roots of a thorny mountain shrub. Our 18 member firms in Gulistan clean, grade and sack it. Seven of them buy from Afghan collectors in Murghab, Jawand and Qadis and, further east, in Shahrak and Tulak.

Table 1. Afghan katira bought by members

{KATIRA_YEARS}

Table 2. Pakistan–Afghanistan trade, US$ million

{TRADE_2022_2024}

- **2025.** Purchases climbed back to 48,600 kilograms, 8,100 more than in 2024.
- **Share.** Afghan gum made up 80 percent of the 60,750 kilograms that members handled; the rest came from Balochistan.
- **Value.** At about US$ 20 a kilogram, members paid nearly US$ 1 million for Afghan katira in 2025.
- **Buyers.** Cleaned gum leaves Karachi by sea for food and pharmaceutical firms in Germany and Japan.
- **The wider trade.** Pakistan's imports from Afghanistan fell by more than a fifth between 2023 and 2024, from US$ 690 million to US$ 540 million.
""", control_type="control")

add("katira_traders_bank_circular_balance_pdf", f"""
# Circular 4/2025: Trade Figures for Members' Banks

*Gulistan Katira Traders' Association (invented). Invented figures.*

To member firms that have asked their banks for credit ahead of the collection season.

Several banks in Quetta want figures on the wider trade with Afghanistan before they renew credit lines. The table below, copied from the association's annual report, gives the figures we use.

Table 1. Pakistan–Afghanistan trade, US$ million (text as extracted from the PDF)

{TRADE_PDF}

Our own purchases of Afghan katira came to 48,600 kilograms in 2025, up from 40,500 kilograms in 2024. Of the 2025 gum, 35,100 kilograms crossed at Chaman and 13,500 at Torkham.

Please give the banks the association's figures rather than your own estimates, so that every bank sees one set of numbers. A bank that wants more detail may write to the secretary, who will reply within a week.

Collectors in Murghab and Jawand begin cutting roots in June. Firms that need credit for the season should apply before the end of April.
""", arith(
    [line_of(TRADE_PDF, "2024")],
    "The Balance cell of the 2024 row gives US$ 354 million, but exports of US$ 884 million less imports of "
    "US$ 540 million leave 344; the row's Total trade cell (1,424) is right, and the association's fact sheet "
    "gives 344.",
    **{"exports": 884, "imports": 540, "computed_balance": 344, "stated_balance": 354, "unit": "USD million",
       "period": "2024", "subject": "Pakistan's trade balance with Afghanistan",
       "location": "circular, Table 1, 2024 row, Balance column",
       "table_form": "PDF text extraction, Total trade and Balance columns"}))

add("katira_traders_bulletin_torkham_swap", f"""
# Members' Bulletin: How the Gum Crossed in 2025

*Gulistan Katira Traders' Association (invented). Figures are invented.*

Table 1. Afghan katira bought by members in 2025, by crossing

{KATIRA_CROSSINGS}

**Chaman.** Nearly three-quarters of the year's gum came down the Kandahar road to Chaman, a short drive from the stores most of our members keep in Gulistan.

**Torkham.** The longer route through Torkham carried 15,300 kilograms, much of it ribbon gum from Shahrak and Tulak that Kabul middlemen had bought first. From the border it takes two days by road to reach Gulistan, and the freight costs nearly twice as much.

**Queues.** Trucks waited longest in August, when the new gum is moving and the customs sheds are full. Gum left in a hot truck for days loses weight and cracks, so members should ask drivers to park in the shade.

**Sacks.** All gum now travels in sacks of 50 kilograms, which has made weighing at the crossings quicker.

**Next season.** Members who want to share trucks from Torkham should give the secretary their expected tonnage by the end of May, so that loads can be combined.
""", tvt(
    ["The longer route through Torkham carried 15,300 kilograms", "| Torkham | 13,500 | 27.8 |"],
    {"text_value": 15300, "table_value": 13500}, "kilograms",
    "Afghan katira bought by members that crossed at Torkham", "2025",
    "'Torkham' paragraph against the Torkham row of Table 1 (Kilograms column)",
    "The bulletin says the Torkham route carried 15,300 kilograms; the Torkham row of its own table gives 13,500 "
    "(27.8 percent of 48,600), as does the circular. The second and third digits are swapped.",
    table_form="pipe, share column and total row"))

add("katira_traders_outlook_algeria_trade", """
# Outlook for 2026

*Gulistan Katira Traders' Association (invented). Figures are invented.*

**Purchases.** Members expect to buy between 44,000 and 52,000 kilograms of Afghan katira in 2026, against 48,600 in 2025. The range is wide because the crop depends on late spring rain in Murghab and Qadis.

**Prices.** Collectors have already asked for more than the US$ 20 a kilogram paid in 2025. We expect ribbon gum, which pharmaceutical buyers prefer, to rise faster than flake.

**Demand.** Orders from abroad look steady. A confectioner in Algeria who has bought flake gum from two members since 2023 has asked for a larger lot, to go by sea from Karachi in the spring.

**The border.** Much depends on the crossings. Pakistan–Algeria trade was US$ 1,424 million in 2024, and a closure of even a week at Chaman in August would leave gum baking in the trucks.

**Risks.** A wet August can spoil gum drying on the hillsides, and a dry spring gives thin ribbons. Members should not sell forward more than half of what they expect to buy.
""", scope(
    "Pakistan–Algeria trade was US$ 1,424 million in 2024", "DZA", ["PAK", "DZA"], "Pakistan–Algeria trade",
    "US$ 1,424 million is Pakistan's total trade with Afghanistan in 2024 in the invented series, and the same "
    "paragraph goes on to the crossing at Chaman; the outlook names Algeria as Pakistan's partner in that trade. "
    "The confectioner in Algeria who buys gum by sea is a correct mention.",
    not_a_defect="A confectioner in Algeria"))

add("katira_traders_newsletter_headed_north", """
# Newsletter, Winter 2025

*Gulistan Katira Traders' Association (invented). Figures are invented.*

**A good season.** Members bought 48,600 kilograms of Afghan katira in 2025, a fifth more than in 2024. The summer was dry in Jawand, and collectors say the ribbons were the palest they have seen in years.

**Two new members.** Two young firms from Chaman joined in the spring, which brings the association to 18. Both were started by sons of old members.

**The wider picture.** Pakistan's imports from Afghanistan headed north in 2024, reaching US$ 540 million after US$ 690 million in 2023. Members feel the wider trade in freight rates: when fewer Afghan goods come down to Pakistan, fewer trucks make the trip, and those that do charge more.

**Grading day.** In October the association held a grading day for new staff. An old buyer showed how to tell ribbon from flake by holding it against the light.

**Dates.** The general meeting will be held in Gulistan in February. Members who wish to raise a matter should send it to the secretary in writing by the end of January.
""", direction(
    "Pakistan's imports from Afghanistan headed north in 2024, reaching US$ 540 million after US$ 690 million in 2023",
    690, 540, "2023", "2024", "headed north", "rise", "USD million", "Pakistan's imports from Afghanistan",
    "newsletter, 'The wider picture' paragraph",
    "The newsletter says Pakistan's imports from Afghanistan headed north (rose) in 2024, but its own figures fall "
    "from US$ 690 million in 2023 to US$ 540 million, a drop of 21.7 percent, as in the shared trade series; goods "
    "from Afghanistan travel south, so the phrase cannot be read as the way the goods went."))

add("katira_traders_members_note_backwards_fiscal_quarters", """
# Note to Members: The Shared Store at Chaman

*Gulistan Katira Traders' Association (invented). Figures are invented.*

1. The association has renewed the lease on the shared store beside the Chaman customs yard. The new lease runs from Q1 FY2026 to Q4 FY2025, at the same rent as the old one.
2. The store holds about 600 sacks of 50 kilograms. Members may keep gum there for up to three weeks after it has crossed, free of charge.
3. Gum kept longer than three weeks will be charged by the sack and by the week. The store keeper will send the bill at the end of each month.
4. Every sack must carry the member's mark and the collector's name in paint, not on a paper label. Paper labels fell off in last year's rain.
5. The store is locked at sunset. A member who needs to move gum at night must tell the keeper before noon.
6. Smoking inside the store is forbidden. Dry gum burns.

The committee thanks the two firms that lent money for the new roof.
""", garbled(
    ["runs from Q1 FY2026 to Q4 FY2025"],
    "The lease is said to run from the first quarter of fiscal year 2026 (July to September 2025) to the fourth "
    "quarter of fiscal year 2025 (April to June 2025), so it ends before it begins.",
    stated_period_start="Q1 FY2026", stated_period_end="Q4 FY2025",
    subject="period of the lease on the association's shared store at Chaman",
    location="note, item 1"))


# ---------------------------------------------------------------------------
# Zarin Cap Works, Pashtunabad, Quetta (invented): karakul pelts
# ---------------------------------------------------------------------------

PELTS_Q = """| Quarter | 2024 | 2025 |
|---|---|---|
| Q1 | 500 | 450 |
| Q2 | 1,500 | 1,650 |
| Q3 | 700 | 750 |
| Q4 | 500 | 450 |
| Total | 3,200 | 3,300 |"""
PELTS_GRADE = """| Colour and grade | Pelts |
|---|---|
| Black, first grade | 900 |
| Black, second grade | 750 |
| Sub-total, black | 1,650 |
| Grey, first grade | 540 |
| Grey, second grade | 450 |
| Sub-total, grey | 1,090 |
| Golden, first grade | 400 |
| Golden, second grade | 260 |
| Sub-total, golden | 660 |
| Total | 3,300 |"""
PELTS_2025 = """| Quarter | Pelts |
|---|---|
| Q1 | 450 |
| Q2 | 1,650 |
| Q3 | 750 |
| Q4 | 450 |
| Total | 3,300 |"""

add("karakul_cap_works_year_statement_control", f"""
# Zarin Cap Works: Year Statement 2025

*An invented workshop in Pashtunabad, Quetta. All figures are invented.*

Zarin sews karakul caps, the peaked lambskin caps worn at weddings, at Eid and by many men at work. The skins come from dealers in Aqcha, Qarqin and Khwaja Du Koh in northern Afghanistan and reach Quetta through Chaman.

Table 1. Karakul pelts bought from Afghan dealers

{PELTS_Q}

**Pelts.** We bought 3,300 pelts, 100 more than in 2024, a rise of 3.1 percent. Spring buying picked up speed: the second quarter brought 1,650 pelts, a tenth more than a year earlier. The first and last quarters each fell by 50.

**Price.** A good pelt cost about Rs 4,000, up a ninth on Rs 3,600, so the year's pelts came to some Rs 13.2 million.

**Colours.** Half the pelts were black, three-tenths grey and a fifth golden.

**Caps.** Three pelts make two caps, and we sewed 2,200 caps. The satin lining comes from China by sea to Karachi.

**People.** Sixteen people work in the shop, six of them Afghan refugees who learned the trade in their fathers' shops across the border.
""", control_type="control")

add("karakul_cap_works_partners_note_grey_subtotal", f"""
# Note for the Partners: Pelts by Colour and Grade, 2025

*Zarin Cap Works (invented). Figures are invented.*

Table 1. Karakul pelts bought in 2025, by colour and grade

{PELTS_GRADE}

**Why grade matters.** A first-grade pelt has tight, even curls and no bare patches; one of them makes the crown of a cap that sells for twice the price of a cap sewn from pieces. Second-grade pelts go into the sides and into children's caps.

**Black.** Black remains the colour most customers ask for, and black pelts were half of the year's buying.

**Golden.** Golden pelts are scarce and dear. Only 400 first-grade golden skins came in, and every cap made from them was sold before the end of Ramadan.

**First grade overall.** First-grade pelts were 1,840 of the 3,300 we bought.

**Proposal.** The senior partner proposes to pay our Aqcha dealer more for first-grade golden skins next spring, so that he sends them to us and not to buyers in Kabul. The partners are asked to decide at the March meeting.
""", parts_total(
    ["| Sub-total, grey | 1,090 |"], {"Grey, first grade": 540, "Grey, second grade": 450}, 1090, "karakul pelts",
    "2025", "grey karakul pelts bought from Afghan dealers",
    "note, Table 1, grey sub-total row",
    "The grey sub-total gives 1,090 pelts, but the two grey rows above it (540 and 450) make 990; the total row "
    "(3,300), which adds the grade rows, is right, and 990 is three-tenths of it, as the year statement says.",
    table_form="pipe, sub-total rows and a total row"))

add("karakul_cap_works_dealer_letter_list_total", f"""
# Letter to Our Pelt Dealers in Aqcha, Qarqin and Khwaja Du Koh

*Zarin Cap Works, Pashtunabad, Quetta (invented). Figures are invented.*

Dear friends,

Thank you for another year of good skins. Before we talk about the spring, here is our year with you in short:

- Pelts bought in 2025: 3,030
- Price for a good pelt: about Rs 4,000
- Trucks through Chaman: 11

Table 1. Pelts bought from you in 2025, by quarter

{PELTS_2025}

As always, the lambing season carried the year, and the second quarter alone brought half of all the skins.

For the coming spring we would like more golden pelts and fewer second-grade black ones. We will pay more for first-grade golden skins, and the rate will be agreed with each of you before the first truck leaves.

Please keep the skins flat and well salted, never folded. Send the papers for each truck a day ahead, so that our clearing agent at Chaman can have them ready.

With respect and thanks,
Zarin Cap Works
""", tvt(
    ["Pelts bought in 2025: 3,030", "| Total | 3,300 |"],
    {"list_value": 3030, "table_value": 3300}, "karakul pelts",
    "karakul pelts bought from Afghan dealers", "2025",
    "first item of the list at the top of the letter against the total row of Table 1",
    "The short list at the top of the letter gives 3,030 pelts for 2025; the total row of the letter's own table "
    "gives 3,300 (450 + 1,650 + 750 + 450), as does the year statement. The list swaps two digits.",
    table_form="pipe, total row"))

add("karakul_cap_works_clearing_note_eritrea_pelts", """
# Note for Our Clearing Agent at Chaman

*Zarin Cap Works (invented). Figures are invented.*

**This spring.** Between April and June we took in 1,650 pelts, the most of any quarter. This spring's pelts from Eritrea came across the border at Chaman in five trucks, all loaded by our dealers in Aqcha and Qarqin.

**What went wrong.** Two trucks waited four days at the crossing because the papers named the wrong consignee. Salted skins can wait, but not in June heat, and we lost some forty pelts to rot.

**What we ask.**

- Check the consignee's name on every paper before the truck reaches the gate.
- Telephone us as soon as a truck is held, and again when it is cleared.
- Keep the skins out of the sun in the customs yard; lend the driver a tarpaulin if he has none.

**Charges.** Your fee stays as it was. We will pay for any extra day of storage that the papers did not cause.

**Autumn.** The autumn skins are fewer and come in two or three trucks. We will send their papers to you at least two days ahead.
""", scope(
    "pelts from Eritrea came across the border at Chaman", "ERI", ["PAK", "ERI"], "pelts from Eritrea",
    "The pelts were bought from dealers in Aqcha and Qarqin in northern Afghanistan and crossed at Chaman, on the "
    "Pakistan–Afghanistan border; the note gives Eritrea as the country they came from, making it the other side "
    "of a crossing on Pakistan's border."))

add("karakul_cap_works_staff_notice_same_lambing_season", """
# Notice to Workshop Staff: The Drying Room

*Zarin Cap Works (invented). Figures are invented.*

Last spring the drying room was too small. Spring deliveries went from 1,650 pelts in the 2025 lambing season to 1,650 pelts in the 2025 lambing season, and for six weeks skins were stacked in the passage.

From February the room next to the cutting floor will be used for drying as well. Please note:

- Hang the skins fur side in, never touching one another.
- Turn each skin once a day and check the salt.
- Write the dealer's name and the date of arrival on the tag.
- Do not bring food into either drying room; it draws mice.

Cutters will start on the spring skins only after the foreman has passed them as dry. A skin cut damp shrinks unevenly, and the cap will not sit straight.

The new room has no window. Leave the door open during the day and close it at night.

Anyone who finds a skin with moth damage should set it aside and tell the foreman at once.
""", garbled(
    ["from 1,650 pelts in the 2025 lambing season to 1,650 pelts in the 2025 lambing season"],
    "The notice gives a change in spring deliveries whose start and end are the same figure for the same season "
    "(1,650 pelts in the 2025 lambing season), so it compares the season with itself; the 2024 spring brought "
    "1,500.",
    start_value=1650, end_value=1650, start_period="2025 lambing season", end_period="2025 lambing season",
    unit="karakul pelts", subject="pelts delivered by Afghan dealers in the spring",
    location="notice, first paragraph"))


# ---------------------------------------------------------------------------
# Misbah Tasbih Works, Talagang (invented): prayer beads
# ---------------------------------------------------------------------------

TASBIH_KINDS = """| Kind | 2024 | 2025 | Change (%) |
|---|---|---|---|
| 33 beads, wood | 6,000 | 5,200 | −13.3 |
| 99 beads, wood | 4,000 | 3,400 | −15.0 |
| 99 beads, stone | 1,000 | 1,100 | +10.0 |
| Total | 11,000 | 9,700 | −11.8 |"""

add("tasbih_works_sales_statement_control", f"""
# Misbah Tasbih Works: Sales Statement 2025

*An invented workshop in Talagang. All figures are invented.*

Misbah turns prayer beads on lathes and strings them into tasbihs of 33 and 99 beads. Most go to shops beside mosques and shrines in Nijrab, Tagab and Alasay, north-east of Kabul.

Table 1. Tasbihs sold to Afghan shops

{TASBIH_KINDS}

**The year.** Afghan sales were on the wane: 9,700 tasbihs, 1,300 fewer than in 2024. At an average of Rs 350 each they brought about Rs 3.4 million.

**Kinds.** Both wooden kinds sold less, but stone tasbihs rose by a tenth. The stone is agate from Brazil, which we buy from an importer in Karachi.

**Shops.** Fifty-seven shops ordered in 2025, five fewer than in 2024.

**Packing.** Tasbihs travel in cartons of 100, so the year's sales filled 97 cartons.

**Workers.** Fourteen turners and stringers work at the lathes, three of them Afghan.
""", control_type="control")

add("tasbih_works_partners_note_index", """
# Note for the Partners: Three Years of Afghan Sales

*Misbah Tasbih Works (invented). Figures are invented.*

The partners asked for a longer view before deciding whether to buy a second electric lathe.

**2023.** Our first full year with Afghan shops brought orders for 10,000 tasbihs.

**2024.** The best year so far. Afghan sales reached 121 on our index (2023 = 100), with 11,000 tasbihs sold against 10,000. Shops in Nijrab ordered early for Ramadan and ordered again before Eid.

**2025.** A weaker year, with 9,700 tasbihs. Cash is short in the villages, and several shops now stock cheap plastic beads from China beside ours.

**The lathe.** A second lathe would cost about Rs 450,000 and would let us turn stone beads twice as fast. Stone is the only kind whose sales still grow.

**Recommendation.** Wait until the spring orders are in. If the shops in Tagab and Alasay order as much stone as last spring, buy the lathe in April; if not, put the money into a stock of agate instead.
""", arith(
    ["Afghan sales reached 121 on our index (2023 = 100), with 11,000 tasbihs sold against 10,000"],
    "With 2023 (10,000 tasbihs) as 100, the 11,000 tasbihs of 2024 give an index of 110.0, not 121; the index "
    "claims a rise of 21 percent where the rise was 10 percent (121 would be a second year of 10 percent "
    "growth).",
    **{"from": 10000, "to": 11000, "from_period": "2023", "to_period": "2024", "stated_index": 121,
       "computed_index": 110.0, "stated_change_pct": 21, "computed_change_pct": 10.0, "unit": "tasbihs",
       "subject": "tasbihs sold to Afghan shops", "location": "note, '2024' paragraph"}))

add("tasbih_works_shop_letter_sky_high", """
# To Our Friends in the Shops of Nijrab, Tagab and Alasay

*Misbah Tasbih Works, Talagang (invented). Figures are invented.*

Assalam-o-alaikum, and thank you for another year of trust.

**Last year.** After 11,000 tasbihs in 2024, your orders went sky-high in 2025, when 9,700 went to your shops. We know that money has been short in the bazaars, and we are grateful to every shop that kept ordering.

**Prices.** We will hold our prices for the wooden tasbihs until the end of Ramadan. Stone tasbihs will cost a little more from March, because agate has become dearer in Karachi.

**New colours.** This spring we will send a sample card with three new wood finishes, from honey to almost black. Tell our agent which you prefer.

**Orders before Ramadan.** Please send your Ramadan orders by the middle of January. Cartons take ten days to reach you, and a carton held at the border in the last week is a carton you cannot sell.

**Breakage.** If a string breaks within a year, return the tasbih with the agent and we will restring it free.

With our prayers for a blessed year,
The Misbah family
""", direction(
    "After 11,000 tasbihs in 2024, your orders went sky-high in 2025, when 9,700 went to your shops",
    11000, 9700, "2024", "2025", "went sky-high", "rise", "tasbihs", "tasbihs ordered by Afghan shops",
    "letter, 'Last year' paragraph",
    "The letter says the shops' orders went sky-high (rose steeply) in 2025, but its own figures fall from 11,000 "
    "tasbihs in 2024 to 9,700 in 2025, a drop of 11.8 percent, and the next sentence speaks of short money."))

add("tasbih_works_agent_note_bead_reuse", """
# Note for Our Agent in Nijrab

*Misbah Tasbih Works (invented). Figures are invented.*

**What we make.** A full tasbih has 99 beads and a tassel; the short one for the pocket has a third as many. Every bead is turned by hand and every string is knotted between beads, so that a broken string loses only one.

**Where we sell.** We now sell to 99 shops in Nijrab, Tagab and Alasay, most of them beside a mosque or a shrine. Visit each at least once before Ramadan.

**What to show.** Take the new sample card with three wood finishes and the two agate tasbihs. Let the shopkeeper hold the agate; it sells itself.

**Prices.** Quote the price list of January and nothing lower. Any shop that asks for credit should be referred to us.

**What to bring back.** A list of the shops you visited, what each ordered, and which shops have started to stock plastic beads. We want to know why they chose them.

**Expenses.** Keep your receipts for fares and tea, and we will pay them with your commission at the end of each month.
""", reuse(
    ["A full tasbih has 99 beads", "We now sell to 99 shops"],
    99, "beads / shops", "beads on a full tasbih", "Afghan shops the workshop sells to", 57,
    "The number of beads on a full tasbih (99) is reused a paragraph later as the number of shops the workshop "
    "sells to; the sales statement gives 57 shops for 2025."))

add("tasbih_works_dispatch_notice_postscript", """
# Notice to Dispatch Staff: Cartons for the Border

*Misbah Tasbih Works (invented). Figures are invented.*

**Last year.** In 2025 we packed 9,700 tasbihs for Afghan shops, in 97 cartons of 100, and three cartons came back damaged. All three had been packed with the tassels crushed against the lid.

**How to pack.**

- Wrap each tasbih in tissue, tassel folded inward.
- Lay them in rows of ten, ten rows to a carton.
- Put a sheet of card between every two rows.
- Seal the carton with two strips of tape and write the shop's name on two sides.

**Papers.** Each carton needs its own packing slip inside and a copy taped to the top. The transport company will not take a carton without both.

**Stone tasbihs.** Agate beads are heavy. Never put more than fifty stone tasbihs in a carton, and fill the gap with wooden ones.

**When.** Ramadan orders must leave Talagang by the first week of February.

P.S. The 7,900 tasbihs we sent to Afghan shops in 2025 all went by the same transport company; please keep using it.
""", tvt(
    ["we packed 9,700 tasbihs for Afghan shops", "The 7,900 tasbihs we sent to Afghan shops in 2025"],
    {"text_value": 9700, "postscript_value": 7900}, "tasbihs",
    "tasbihs packed and sent to Afghan shops", "2025",
    "'Last year' paragraph against the postscript (text against text, no table)",
    "The notice's first paragraph gives 9,700 tasbihs for 2025, in 97 cartons of 100; the postscript gives 7,900 "
    "for the same shipments. The sales statement has 9,700; the postscript swaps two digits."))


# ---------------------------------------------------------------------------
# Tursh Traders, Pishtakhara (invented): Afghan rawash (wild rhubarb)
# ---------------------------------------------------------------------------

RAWASH_MONTHS = """| Month | Trucks | Tonnes |
|---|---|---|
| March | 14 | 98 |
| April | 40 | 280 |
| May | 10 | 70 |
| Total | 64 | 448 |"""
RAWASH_PDF = pdf_lines([["Month", "Trucks", "Tonnes"],
                        ["March 2025", "14", "98"],
                        ["April 2025", "40", "280"],
                        ["May 2025", "10", "70"],
                        ["Total", "64", "448"]])

add("rawash_traders_season_report_control", f"""
# Tursh Traders: Rawash Season Report 2025

*An invented fruit agency in Pishtakhara, Peshawar. All figures are invented.*

Rawash, the wild rhubarb of the Afghan hills, is the first fresh crop of the year. Peshawar eats its sour red stalks raw with a pinch of salt. Our agents buy it from growers around Jalrez, Charkh and Khoshi and send it down through Torkham.

Table 1. Rawash received, 2025 season

{RAWASH_MONTHS}

**Volume.** We received 448 tonnes in 64 trucks, against 504 tonnes in 72 trucks in 2024: a ninth fewer trucks and 11.1 percent less rawash. Snow lay late on the passes above Jalrez, and the March trucks were few.

**Price.** Wholesale prices climbed from Rs 200 to Rs 250 a kilogram, a quarter more, so the season was worth about Rs 112 million, against Rs 100.8 million.

**Buyers.** Hand-cart vendors in Peshawar and Mardan took most of the stalks. For the first time a few boxes went by air to Afghan grocers in Doha.

**Agents.** Thirty agents bought for us in the villages this spring.
""", control_type="control")

add("rawash_traders_agents_letter_comoros_plates", """
# Letter to Our Agents in Jalrez, Charkh and Khoshi

*Tursh Traders, Pishtakhara (invented). Figures are invented.*

Dear brothers,

The snow is going early this year, and we hope to see the first stalks in the second week of March.

**Trucks.** Last season several loads sat for a day at Torkham while drivers argued over papers. This year, please hire only trucks on Comoros plates from the transport yard at Butkhak, whose drivers know the Afghan lane and carry their route permits. Each truck should take seven tonnes and no more, so that the lower crates are not crushed.

**Crates.** Use the new plastic crates we sent with the last truck of May. Wooden crates split in the cold and cut the stalks.

**Picking.** Cut the stalks at dawn, when they are crisp, and keep the leaves on; buyers in Peshawar judge freshness by the leaf.

**Payment.** We will pay for each truck within two days of its arrival in Pishtakhara, at the price agreed by telephone before loading.

May God give you a good season,
Tursh Traders
""", scope(
    "trucks on Comoros plates", "COM", ["PAK", "COM"], "trucks on Comoros plates",
    "The trucks are hired at a yard outside Kabul and cross at Torkham in the Afghan lane, so they carry Afghan "
    "plates; the letter says Comoros plates, making the Comoros the country on the other side of the crossing."))

add("rawash_traders_market_note_piled_up", """
# Market Note: Rawash, Spring 2025

*Tursh Traders (invented). Figures are invented.*

Who this is for: the vendors and shopkeepers who buy rawash from our yard.

**Supply.** Arrivals piled up in 2025, to 448 tonnes over the season from 504 tonnes in 2024. The passes above Jalrez stayed closed until late March, so the first trucks came a fortnight later than usual.

**Price.** The wholesale price at our yard settled at Rs 250 a kilogram for most of April. Early stalks in March fetched more, and the last loads of May went for less.

**Quality.** The stalks were thick and red this year, with fewer woody ones than in 2024. Growers say the late snow kept the ground wet.

**What to expect next spring.** Growers in Charkh are planting rawash in walled plots near their houses, so that the crop comes earlier and is easier to pick. It will take two or three years before those plots yield.

**A reminder.** Rawash wilts in a day in the sun. Buy only what you can sell by evening.
""", direction(
    "Arrivals piled up in 2025, to 448 tonnes over the season from 504 tonnes in 2024",
    504, 448, "2024", "2025", "piled up", "rise", "tonnes", "rawash received by the agency",
    "market note, 'Supply' paragraph",
    "The note says arrivals piled up (grew) in 2025, but its own figures fall from 504 tonnes in 2024 to 448 "
    "tonnes, a drop of 11.1 percent; the season report gives the same fall."))

add("rawash_traders_buyers_note_stalks_twice", """
# Note to Buyers: Handling Rawash

*Tursh Traders (invented). Figures are invented.*

Rawash arrives at our yard in Pishtakhara within a day of being cut in the hills. From then on, its freshness is in your hands.

**Keeping.** Keep the stalks in the shade and sell them within three days of arrival. Keep the stalks in the shade and sell them within three days of arrival. A wet sack over the crate keeps them crisp through the afternoon.

**Washing.** Do not wash the stalks until the customer buys them. Water left on a stalk overnight turns it brown at the cut.

**Leaves.** Leave the leaves on for display, but warn customers not to eat them.

**Weighing.** Our trucks carry seven tonnes each, in crates of twenty kilograms. If a crate weighs less on your scale, tell the yard clerk before you pay, not after.

**Price.** The yard price is set each morning at seven and holds for the day.

**Complaints.** Bring any spoiled crate back the same day and we will replace it from the next truck.
""", repeated(
    "Keep the stalks in the shade and sell them within three days of arrival.", 2,
    "how buyers should keep rawash stalks", "note, 'Keeping' paragraph",
    "The same sentence on keeping the stalks is printed twice in a row."))

add("rawash_traders_season_review_april_pdf", f"""
# Season Review, Rawash 2025

*Tursh Traders (invented). Figures are invented.*

Table 1. Rawash received by month, 2025 (text as extracted from the PDF)

{RAWASH_PDF}

**A late start.** Snow on the passes above Jalrez held back the first trucks until the third week of March, and the month brought only 14.

**April.** April alone brought 40 trucks and 208 tonnes, as growers in Charkh and Khoshi cut every day to catch up. The yard ran two shifts for three weeks.

**May.** By the middle of May the stalks had turned woody, and the season ended with ten trucks.

**Money.** At an average of Rs 250 a kilogram, the 448 tonnes were worth about Rs 112 million.

**Lessons.** Two things would have helped: more crates in March, so that growers did not wait for empties to come back, and a second weighbridge for the April rush. Both are planned for 2026.

**Thanks.** Our thanks to the thirty agents in the villages and to the drivers, who crossed Torkham at all hours during April.
""", tvt(
    ["April alone brought 40 trucks and 208 tonnes", line_of(RAWASH_PDF, "April 2025")],
    {"text_value": 208, "table_value": 280}, "tonnes", "rawash received in April", "April 2025",
    "'April' paragraph against the April 2025 row of Table 1 (Tonnes column)",
    "The review says April brought 208 tonnes; the April row of its own table gives 280 tonnes (40 trucks of seven "
    "tonnes), and the rows add up to the 448 tonnes of the year only with 280. The last two digits are swapped.",
    table_form="PDF text extraction, total row"))


# ---------------------------------------------------------------------------
# Sunehri Fish Farm, Muridke (invented): goldfish for pet shops in Kabul
# ---------------------------------------------------------------------------

FISH_YEARS = """| Year | Goldfish sold | Change (%) |
|---|---|---|
| 2023 | 3,200 | – |
| 2024 | 8,000 | +150.0 |
| 2025 | 9,600 | +20.0 |"""
FISH_STOCK = """| Quarter end | Fish in the ponds |
|---|---|
| end-Q1 2025 | 22,000 |
| end-Q2 2025 | 30,000 |
| end-Q3 2025 | 26,000 |
| end-Q4 2025 | 18,000 |"""

add("goldfish_farm_staff_note_centimetre_reuse", """
# Note for Farm Staff: Fish for Kabul

*Sunehri Fish Farm, Muridke (invented). Figures are invented.*

**Size.** We sell a fish only when it is 5 centimetres long, nose to tail. Smaller fish do not survive the journey; larger ones eat too much in the bag.

**Who buys.** Our fish go to the 5 pet shops we supply in Kabul, all of them in the old bird market. The shopkeepers sell to families who keep a bowl of goldfish for Nowruz.

**Catching.** Net the fish the evening before a truck leaves and keep them in the holding tank overnight without food. A fish with an empty stomach fouls less water.

**Bagging.** Put forty fish in each bag with a third water and two-thirds oxygen, twist the neck and tie it twice. Pack the bags upright in foam boxes.

**The journey.** The truck leaves Muridke after dark and crosses Torkham in the morning. Write the time of bagging on every box.

**Losses.** Count the fish that die in the holding tank and write the number in the book. If more than a few die, tell the manager before the truck leaves.
""", reuse(
    ["it is 5 centimetres long", "the 5 pet shops we supply in Kabul"],
    5, "centimetres / pet shops", "length at which a goldfish is sold (centimetres)",
    "pet shops in Kabul supplied by the farm", 14,
    "The selling length of a fish (5 centimetres) is reused in the next paragraph as the number of pet shops the "
    "farm supplies in Kabul; the other documents of the farm give 14 shops."))

add("goldfish_farm_shop_letter_kiribati_capital", """
# To the Pet Shops of Ka Faroshi

*Sunehri Fish Farm, Muridke (invented). Figures are invented.*

Dear friends,

Thank you for a good year. You took 9,600 of our goldfish in 2025, and fewer of them died on the road than ever before.

**The road.** Our fish leave Muridke at night and reach Kabul, the capital of Kiribati, by the next evening, after crossing at Torkham in the morning. Please collect the boxes from the transport office within two hours of arrival; a foam box keeps its heat for about a day.

**Before Nowruz.** Most of you sell half your year's fish in the three weeks before Nowruz. Send us your orders for March by the end of January so that the ponds can be sorted in time.

**New fish.** This spring we will send a few veiltail goldfish with the ordinary ones. They cost more, but customers in the Kabul bird market have asked for them.

**Prices.** The price stays at Rs 120 a fish, delivered to Kabul.

We look forward to another spring with you.

With respect,
Sunehri Fish Farm
""", scope(
    "Kabul, the capital of Kiribati", "KIR", ["PAK", "KIR"], "the capital of Kiribati",
    "Kabul is the capital of Afghanistan, reached from Muridke through Torkham; the letter calls it the capital of "
    "Kiribati, naming Kiribati as the country on the other side of the farm's trade."))

add("goldfish_farm_sales_review_quadrupled", f"""
# Sunehri Fish Farm: Afghan Sales Review 2025

*An invented fish farm in Muridke. All figures are invented.*

Table 1. Goldfish sold to pet shops in Kabul

{FISH_YEARS}

**Three years.** Sales to Kabul quadrupled between 2023 and 2025, from 3,200 fish to 9,600. The big step came in 2024, when a second shop owner in the bird market began buying from us and brought his neighbours with him.

**2025.** Growth slowed to a fifth. The shops now have as many fish as they can sell outside the weeks before Nowruz, and the rest of the year is quiet.

**Price.** We raised the price from Rs 100 to Rs 120 a fish at the start of 2025. The year's Afghan sales were worth about Rs 1.15 million.

**Losses on the road.** The foam boxes we bought in 2024 have paid for themselves: very few fish now die between Muridke and Kabul.

**Next year.** We do not expect a large rise in 2026. The aim is to sell the veiltail fish at a better price, not to sell more ordinary ones.
""", arith(
    ["Sales to Kabul quadrupled between 2023 and 2025, from 3,200 fish to 9,600"],
    "From 3,200 to 9,600 fish is a threefold rise (200 percent), not a quadrupling (300 percent), which would "
    "mean 12,800 fish.",
    **{"from": 3200, "to": 9600, "from_period": "2023", "to_period": "2025", "stated_fold": 4,
       "stated_change_pct": 300, "computed_change_pct": 200.0, "unit": "goldfish",
       "subject": "goldfish sold to pet shops in Kabul", "location": "review, 'Three years' paragraph",
       "as_written": {"stated_fold": "quadrupled"}}))

add("goldfish_farm_stock_report_backwards_quarter_ends", f"""
# Stock Report: Fish in the Ponds, 2025

*Sunehri Fish Farm (invented). Figures are invented.*

This report covers the period from end-Q3 2025 to end-Q1 2025 and sets out how many fish were in our six ponds at the end of each quarter.

Table 1. Goldfish in the ponds at quarter ends

{FISH_STOCK}

**Spring.** The ponds were fullest in June, after the spring hatch and before the summer orders.

**Autumn.** Numbers fell through the second half of the year as we sold to Kabul and to shops in Lahore, and as we culled the fish with bent fins.

**Winter.** At the end of December we held 18,000 fish, enough for the Nowruz orders if the cold does not last too long. Goldfish eat little in cold water and grow slowly until March.

**Ponds.** Pond four leaked in August and was relined. Pond six will be drained in February and its fish moved to pond two.

**Feed.** We used less feed this winter than last, because the fish were fewer and the water was colder.
""", garbled(
    ["from end-Q3 2025 to end-Q1 2025"],
    "The report says it covers the period from the end of the third quarter of 2025 (30 September) to the end of "
    "the first quarter (31 March), a period that runs backwards; its table runs from end-Q1 to end-Q4 2025.",
    stated_period_start="end-Q3 2025", stated_period_end="end-Q1 2025",
    subject="period covered by the farm's stock report", location="report, first paragraph"))

add("goldfish_farm_partners_note_crashed", """
# Note for the Partners: Kabul Sales

*Sunehri Fish Farm (invented). Figures are invented.*

**The year.** Sales to Afghan pet shops crashed in 2025, to 9,600 fish from 8,000 in 2024. All 14 shops in the Kabul bird market that bought from us in 2024 bought again.

**By quarter.** The first quarter brought 1,800 fish, the second 3,000, the third 2,800 and the fourth 2,000. The first quarter carries most of the Nowruz orders, which are packed in early March.

**Cash.** The shops paid on time, in rupees through a money changer in Peshawar. Not one box went unpaid.

**Questions for the partners.**

1. Should we send veiltail fish to Kabul at a higher price, or keep them for Lahore?
2. Should we buy a second set of foam boxes so that two trucks can leave in one week before Nowruz?
3. Should we hire a fourth man for the ponds before the spring hatch?

**Meeting.** The partners will meet at the farm on the first Friday of February.
""", direction(
    "Sales to Afghan pet shops crashed in 2025, to 9,600 fish from 8,000 in 2024",
    8000, 9600, "2024", "2025", "crashed", "fall", "goldfish", "goldfish sold to Afghan pet shops",
    "note, 'The year' paragraph",
    "The note says sales to Afghan pet shops crashed in 2025, but its own figures rise from 8,000 fish in 2024 to "
    "9,600, a rise of 20 percent, and the same paragraph says every shop bought again."))


# ---------------------------------------------------------------------------
# Tiryaq Snakebite Centre, Paharpur (invented)
# ---------------------------------------------------------------------------

SNAKE_YEARS = """| Year | Patients | Afghan refugees | Vials of antivenom |
|---|---|---|---|
| 2023 | 352 | 63 | 1,050 |
| 2024 | 410 | 82 | 1,200 |
| 2025 | 468 | 117 | 1,340 |"""

add("snakebite_centre_fact_sheet_refugees_cited_control", f"""
# Tiryaq Snakebite Centre: Fact Sheet

*An invented centre in Paharpur. Figures are invented.*

The centre treats people bitten by snakes in the farms along the right bank of the Indus. Many of them work in the wheat and sugarcane fields, among them families from the Afghan refugee villages nearby.

Table 1. Patients and antivenom

{SNAKE_YEARS}

**Patients.** We treated 468 people in 2025, 58 more than in 2024, a rise of 14.1 percent. A quarter of them were Afghan refugees, against a fifth in 2024.

**Antivenom.** We used 1,340 vials in 2025. At about Rs 2,400 a vial, that came to some Rs 3.2 million.

**Deaths.** Five patients died in 2025, six in 2024 and seven in 2023. Most of them reached us late.

**Refugees in Pakistan.** UNHCR year-end data (2024) put the number of registered Afghan refugees in Pakistan at 1,559,964, down from about 1.99 million a year earlier by UNHCR's end-of-year 2023 statistics.

**Beds and staff.** Twelve beds, three doctors and nine nurses, on duty day and night from April to October.
""", control_type="citation_control")

add("snakebite_centre_annual_report_refugees_2022", f"""
# Tiryaq Snakebite Centre: Annual Report 2025

*An invented centre in Paharpur. Figures are invented.*

**The year.** The centre treated 468 people bitten by snakes in 2025. Most bites came between July and September, when the cane is high and the fields are flooded.

Table 1. Patients and antivenom

{SNAKE_YEARS}

**The refugee villages.** The villages west of Paharpur were settled by Afghan families in the 1980s, and many of their men and boys now work as day labourers on farms. Roughly 13 lakh Afghans were registered as refugees in Pakistan when 2022 ended (UNHCR, Pakistan: registered Afghan refugees, 2022), and the numbers near us have fallen since some families went home.

**Reaching us in time.** A patient who arrives within three hours of the bite nearly always lives. Donors paid for two motorcycle ambulances in 2025, one of them kept in the largest refugee village.

**Outlook.** We hope to train a first-aid worker in each village in 2026, so that bitten patients are kept still and brought in quickly.
""", citation(
    ["Roughly 13 lakh Afghans were registered as refugees in Pakistan when 2022 ended (UNHCR, Pakistan: registered "
     "Afghan refugees, 2022)"],
    1300000, "2022",
    "bracketed source '(UNHCR, Pakistan: registered Afghan refugees, YEAR)' without a day, after a rounded figure "
    "in lakh, in a snakebite centre's annual report",
    "annual report, 'The refugee villages' paragraph",
    "The report cites UNHCR for roughly 13 lakh (1.3 million) registered Afghan refugees at the end of 2022; the "
    "reference value for the end of 2022 is 1,743,278, so the figure is about 25.4 percent too low.",
    stated_as_written="13 lakh", stated_hedge="Roughly"))

add("snakebite_centre_nurses_note_minutes_reuse", """
# Note for New Nurses

*Tiryaq Snakebite Centre (invented). Figures are invented.*

**When a patient arrives.** Keep the bitten limb still and below the heart. Take off rings, bangles and tight clothing before the swelling starts.

**The blood test.** Put two millilitres of blood in a clean glass tube and leave it standing. If it has not clotted after a while, the venom is at work. Repeat the test every 20 minutes until the blood clots normally.

**Antivenom.** Only a doctor decides how much antivenom to give. Have adrenaline drawn up beside the bed before the first vial runs in.

**The team.** Our 20 nurses work in three shifts, with a doctor on every shift. In the summer months no nurse may take leave without the matron's agreement.

**Families.** Many patients come from the refugee villages and speak only Pashto. Ask a colleague to explain each step to the family; frightened relatives sometimes take a patient home too soon.

**Records.** Write the time of the bite, the time of arrival and every test in the patient's file.
""", reuse(
    ["Repeat the test every 20 minutes", "Our 20 nurses"],
    20, "minutes / nurses", "interval between clotting tests (minutes)", "nurses at the centre", 9,
    "The interval between blood clotting tests (20 minutes) is reused two paragraphs later as the number of "
    "nurses; the fact sheet gives nine nurses."))

add("snakebite_centre_donor_report_vials", f"""
# Report to Donors, 2025

*Tiryaq Snakebite Centre, Paharpur (invented). Figures are invented.*

Thank you for keeping our shelves stocked through the longest summer we have known.

Table 1. Patients and antivenom

{SNAKE_YEARS}

**What your money bought.** In 2025 we used 1,430 vials of antivenom, most of them between July and September. At about Rs 2,400 a vial, antivenom remains by far our largest cost.

**Who we treated.** Of the 468 patients, 117 were Afghan refugees from the villages west of the town, many of them boys sent to cut fodder at dusk.

**Lives.** Five patients died, one fewer than in 2024. All five reached us more than six hours after the bite.

**The ambulances.** The two motorcycle ambulances you paid for carried 61 patients in their first season.

**What we ask for 2026.** A second refrigerator for antivenom, so that a power cut in August cannot spoil the stock, and money for a first-aid worker in each refugee village.
""", tvt(
    ["we used 1,430 vials of antivenom", "| 2025 | 468 | 117 | 1,340 |"],
    {"text_value": 1430, "table_value": 1340}, "vials of antivenom", "vials of antivenom used by the centre",
    "2025", "'What your money bought' paragraph against the 2025 row of Table 1 (Vials column)",
    "The report says 1,430 vials were used in 2025; the 2025 row of its own table gives 1,340, as does the fact "
    "sheet. The second and third digits are swapped.",
    table_form="pipe, no total row"))

add("snakebite_centre_newsletter_shrivelled", """
# Newsletter: After the Monsoon

*Tiryaq Snakebite Centre (invented). Figures are invented.*

**A long season.** The rains came late and lasted into October, and so did the snakes. Our last bitten patient of the year came in on the fifth of November.

**From the villages.** From 82 in 2024, the number of Afghan refugee patients shrivelled to 117 in 2025. Most were young men and boys working on farms at dusk, when the snakes come out to hunt.

**The ambulances.** The motorcycle ambulance in the largest refugee village made 38 trips. Its rider, a former patient, says he now knows every path between the fields.

**A story.** In August a girl of nine was brought in after a bite on the foot. Her father had kept her still and carried her on his back for an hour. She went home after four days.

**Thank you.** The teachers of the boys' school in Paharpur collected money for a new refrigerator. It now holds our antivenom.

**Coming up.** In the spring we will visit each village to teach first aid for bites.
""", direction(
    "From 82 in 2024, the number of Afghan refugee patients shrivelled to 117 in 2025",
    82, 117, "2024", "2025", "shrivelled", "fall", "patients", "Afghan refugee patients treated for snakebite",
    "newsletter, 'From the villages' paragraph",
    "The newsletter says the number of Afghan refugee patients shrivelled in 2025, but its own figures rise from "
    "82 in 2024 to 117, a rise of 42.7 percent."))


# ---------------------------------------------------------------------------
# Boast Squash Club, Nawakilli, Peshawar (invented, refugee youth)
# ---------------------------------------------------------------------------

SQUASH_MEMBERS = """| Year end | Members | Change |
|---|---|---|
| 2022 | 15 | – |
| 2023 | 22 | +7 |
| 2024 | 30 | +8 |
| 2025 | 40 | +10 |"""

add("squash_club_season_report_control", f"""
# Boast Squash Club: Season Report 2025

*An invented club for young Afghan refugees in Nawakilli, Peshawar. Figures are invented.*

Nawakilli, the village that gave the world a line of squash champions, still plays the game on every wall it can find. Our club began in 2022 with fifteen Afghan boys who had been hitting a ball against a mosque wall.

Table 1. Members at year end

{SQUASH_MEMBERS}

**Members.** The club grew every year, and in 2025 by a third, to 40.

**Ages.** Sixteen members are under 14, fourteen are 14 to 16 and ten are 17 or older: 40, 35 and 25 percent.

**Matches.** Our players played 56 matches in junior tournaments, winning 30 and losing 26, and brought home three junior titles.

**Courts.** We hire two courts for 18 hours a week at a sports complex in Peshawar.

**Rackets.** A club in Cairo sent us two dozen used rackets in the spring, and two coaches, both former players, give their evenings free.
""", control_type="control")

add("squash_club_history_refugees_2020", """
# A Short History of the Club

*Boast Squash Club, Nawakilli (invented). Figures are invented.*

**A wall and a ball.** In 2021 two Afghan brothers living in Nawakilli spent every evening hitting a rubber ball against the back wall of the mosque. An old man who had once strung rackets for champions watched them for a week, then brought them a pair of rackets of his own.

**The families.** The boys' families had come from Nangarhar in the 1980s and never left. At the end of 2020, some 1.7 million Afghans were registered as refugees in Pakistan, UNHCR (YE 2020), and many of their children had grown up in Peshawar without ever seeing Afghanistan.

**The first season.** In 2022 the old man's son, a former professional, agreed to coach fifteen boys twice a week. The first courts were borrowed at dawn, before the paying members arrived.

**Today.** The club has 40 members, two coaches and hired courts, and its players have won junior titles in Peshawar and Islamabad.

**What has not changed.** Every new member still starts with a week of hitting a ball against a wall.
""", citation(
    ["At the end of 2020, some 1.7 million Afghans were registered as refugees in Pakistan, UNHCR (YE 2020)"],
    1700000, "2020",
    "'UNHCR (YE YEAR)' with a space, set off by commas after a rounded figure in millions, in a squash club's "
    "short history",
    "history, 'The families' paragraph",
    "The history cites UNHCR's year-end 2020 figure as some 1.7 million registered Afghan refugees in Pakistan; "
    "the reference value for the end of 2020 is 1,438,432, so the figure is about 18.2 percent too high.",
    stated_as_written="1.7 million", stated_hedge="some"))

add("squash_club_parents_notice_court_feet_reuse", """
# Notice to Players and Parents: The Winter Term

*Boast Squash Club (invented). Figures are invented.*

**Courts.** From December we move to the new glass-backed courts at the sports complex. A court is 32 feet long and 21 feet wide, and the glass back wall lets parents watch from the gallery without disturbing play.

**Groups.** All 32 players have been put into four groups by age and standard. The lists are on the board at the entrance; please check your son's group and time.

**Times.** Each group plays twice a week, in the evening after school. Fridays are kept for matches against other clubs.

**Kit.** Non-marking shoes only. The complex will turn away any player whose soles leave black marks on the floor. The club has a few spare pairs for those who need them.

**Eye guards.** From this term every player under 16 must wear eye guards on court. The club will lend them free.

**Travel.** The club van leaves Nawakilli half an hour before each session and brings the players back.

**Questions.** Speak to either coach after any session.
""", reuse(
    ["A court is 32 feet long", "All 32 players"],
    32, "feet / players", "length of a squash court (feet)", "players in the club's winter groups", 40,
    "The length of a court (32 feet) is reused in the next paragraph as the number of players put into groups; "
    "the season report gives 40 members at the end of 2025."))

add("squash_club_sponsor_update_age_shares", """
# Update for Our Sponsors, December 2025

*Boast Squash Club (invented). Figures are invented.*

**Thank you.** Your support paid for court hire for the whole year, and for the van that brings our players from Nawakilli to the courts and home again.

**The players.** We ended 2025 with 40 members. Of our players, 45 percent are under 14, 35 percent are 14 to 16 and 25 percent are 17 or older. The youngest began this year at nine, and his older brother is one of our best.

**Results.** Our boys won three junior titles this season, one of them in Islamabad, the first time the club has won away from Peshawar.

**School.** Every member must be in school or in training to be accepted. Two of the older boys have started a course in electrical work, and the club lets them train at times that fit their classes.

**What comes next.** We would like to start a group for girls in 2026. A woman coach has offered to lead it if we can find the court time.

**A request.** Old rackets, shoes and eye guards are always welcome.
""", arith(
    ["Of our players, 45 percent are under 14, 35 percent are 14 to 16 and 25 percent are 17 or older"],
    "The three age groups, which cover all the players, are given shares of 45, 35 and 25 percent, which add up "
    "to 105 percent; the season report gives 16 of 40 members (40 percent) under 14.",
    shares_pct={"under 14": 45, "14 to 16": 35, "17 or older": 25}, sum_pct=105,
    unit="percent of members", period="end-2025", subject="members of the club by age",
    location="update, 'The players' paragraph"))

add("squash_club_meeting_minutes_backwards_seasons", """
# Minutes of the Annual Meeting

*Boast Squash Club, Nawakilli (invented). Figures are invented.*

Present: both coaches, the treasurer, the secretary, 11 parents and 6 senior players. The meeting was held at the house of the club's founder.

1. **Secretary's report.** The club ended 2025 with 40 members. No player left during the year except two who moved to Karachi with their families.
2. **Courts.** The secretary reported that the booking agreement with the sports complex covers the period from the 2025–26 season to the 2024–25 season, for two courts at the same hourly rate. The treasurer asked that the papers be checked before the next payment.
3. **Treasurer's report.** Court hire remains the largest cost. The sponsors have paid for the year in full.
4. **Girls' group.** The meeting agreed to ask the complex for one more hour a week for a girls' group, if a woman coach can be found.
5. **Coaches.** The meeting thanked both coaches, who have given their evenings free for four seasons.
6. **Any other business.** A parent asked whether the van could stop in the next village as well. The secretary will look into it.

The meeting closed with prayers.
""", garbled(
    ["from the 2025–26 season to the 2024–25 season"],
    "The minutes say the booking agreement runs from the 2025–26 season to the 2024–25 season, a period that "
    "ends a year before it begins.",
    stated_period_start="2025–26", stated_period_end="2024–25",
    subject="period of the club's court booking agreement", location="minutes, item 2"))


# ---------------------------------------------------------------------------
# Dawat Calligraphy School, Kababian, Peshawar (invented)
# ---------------------------------------------------------------------------

STUDENTS = """| Year | Enrolled | Finished |
|---|---|---|
| 2023 | 36 | 20 |
| 2024 | 48 | 30 |
| 2025 | 60 | 42 |
| Total | 144 | 92 |"""

add("calligraphy_school_trust_report_refugees_cited_control", f"""
# Report to the Trust, 2025

*Dawat Calligraphy School, Kababian (invented). Figures are invented.*

The school teaches young Afghan refugees to write nastaliq and naskh with the reed pen, and to earn a living from it.

Table 1. Students by year

{STUDENTS}

**Students.** Sixty young people enrolled in 2025, a quarter more than in 2024, and 42 finished the course.

**Work.** Eighteen former students now work for sign painters, printers and shops that make wedding cards.

**Sales.** Students sold 220 framed pieces in 2025 at about Rs 2,000 each, or some Rs 0.44 million, half of which went to the students themselves.

**Background.** At the end of 2020 about 14.4 lakh Afghans were registered as refugees in Pakistan[^1]; two years later the figure was 1,743,278 [UNHCR 2022]. Many of our students were born here and have never seen Kabul.

**Teachers.** Three teachers, each trained by an Afghan master in Peshawar.

[^1]: UNHCR, registered Afghan refugees in Pakistan, end-2020.
""", control_type="citation_control")

add("calligraphy_school_appeal_refugees_2022", """
# Appeal: Paper, Pens and Ink

*Dawat Calligraphy School, Kababian (invented). Figures are invented.*

**Who we teach.** Our students are young Afghans, girls and boys, whose families fled to Peshawar over four decades. At the end of 2022, 19,87,717 Afghans were registered as refugees in Pakistan a/. Most of our students have finished school here but cannot afford college.

**What they learn.** Over a year they learn to cut a reed pen, mix ink from soot and gum, and write the two scripts used on signs, cards and book covers in Peshawar.

**What it costs.** A year's paper, pens and ink cost about Rs 9,000 a student. Burnished paper alone now costs Rs 180 a sheet, and a student may use a hundred sheets in a year.

**What we ask.** Rs 9,000 pays for one student's materials for a year. Rs 180 buys a sheet for a final piece.

**What they give back.** Every student who finishes gives one framed piece to the school, and the best are sold to pay for the next year's paper.

a/ UNHCR, registered Afghan refugees in Pakistan, end of 2022.
""", citation(
    ["At the end of 2022, 19,87,717 Afghans were registered as refugees in Pakistan a/",
     "a/ UNHCR, registered Afghan refugees in Pakistan, end of 2022."],
    1987717, "2022",
    "lettered note 'a/ UNHCR, ..., end of YEAR.' at the foot of an appeal, its mark after a figure written in "
    "full with Indian digit grouping",
    "appeal, 'Who we teach' paragraph, and note a/",
    "The appeal cites UNHCR for the end of 2022 but gives 19,87,717 (1,987,717), which is exactly the end-2023 "
    "value; the reference value for the end of 2022 is 1,743,278, so the figure is 14.0 percent too high.",
    same_as_year="2023", stated_as_written="19,87,717"))

add("calligraphy_school_employers_letter_gambian_families", """
# Letter to Sign Painters and Printers

*Dawat Calligraphy School, Kababian, Peshawar (invented). Figures are invented.*

Dear sir,

We write to ask whether your shop could take one of our students as an apprentice this spring.

**Who they are.** Our students come from the Gambian refugee families of Kababian, who settled here in the 1980s after fleeing the Soviet war in Afghanistan. Most were born in Peshawar, speak Pashto, Dari and Urdu, and have finished school.

**What they can do.** Each student who finishes our course can cut a reed pen, write nastaliq and naskh to a clean standard, and lay out a shop sign or a wedding card. Forty-two students finished in 2025.

**What we ask of you.** Three months of work alongside your own painters, with a small wage. If the student suits you, keep them; if not, send them back with a word of advice.

**Our record.** Eighteen former students already work for shops in Peshawar, and not one employer has sent a student back.

If you would like to meet a student, please telephone the school or visit us on any weekday afternoon.

With respect,
The teachers of the Dawat school
""", scope(
    "the Gambian refugee families of Kababian", "GMB", ["PAK", "GMB"], "Gambian refugee families",
    "The refugee families of Kababian fled the Soviet war in Afghanistan in the 1980s, so they are Afghan; the "
    "letter calls them Gambian, naming the Gambia as the refugees' home country."))

add("calligraphy_school_newsletter_paper_freefall", """
# Newsletter: The Reed and the Page

*Dawat Calligraphy School (invented). Figures are invented.*

**A new class.** Sixty students enrolled this year, twelve more than in 2024. For the first time the girls' class is the larger one.

**Paper.** The price of burnished paper, Rs 150 a sheet in 2024, went into freefall in 2025, to Rs 180. Our teachers now burnish plain paper themselves with an agate stone for practice sheets, and keep the bought paper for final pieces.

**An exhibition.** In October students hung forty pieces in the hall of a Peshawar college. Visitors bought eleven of them on the first afternoon.

**A former student.** Three years ago Mursal could not hold a reed pen steady. This winter she painted the sign above a pharmacy in the old city, and her name is in small letters in the corner.

**From the teachers.** Practise for twenty minutes every day rather than for three hours once a week. The hand learns slowly and forgets quickly.

**Dates.** The new year's classes begin after the winter break, in the first week of March.
""", direction(
    "The price of burnished paper, Rs 150 a sheet in 2024, went into freefall in 2025, to Rs 180",
    150, 180, "2024", "2025", "went into freefall", "fall", "Rs a sheet", "price of burnished paper",
    "newsletter, 'Paper' paragraph",
    "The newsletter says the price of burnished paper went into freefall in 2025, but its own figures rise from "
    "Rs 150 a sheet in 2024 to Rs 180, a rise of 20 percent, and the teachers now save the bought paper."))

add("calligraphy_school_year_in_brief_opening_closing", """
# The Year in Brief, 2025

*Dawat Calligraphy School, Kababian (invented). Figures are invented.*

Sixty young Afghans studied with us in 2025, in a girls' class and a boys' class that met on alternate mornings.

**Finishing.** Forty-two students finished the course and received the school's certificate, signed by all three teachers.

**Work.** Six of this year's finishers found work within three months: four with sign painters, one with a printer and one in a shop that makes wedding cards.

**Sales.** Students sold 220 framed pieces, most of them verses in nastaliq, at about Rs 2,000 each.

**Paper.** Burnished paper cost Rs 180 a sheet, up from Rs 150. Practice sheets are now burnished by hand at the school.

**Visitors.** A calligrapher from Lahore spent a week with the students in November and set each of them a verse to write.

**Closing.** To everyone who gave paper, pens, money or time: thank you for standing by the 66 students of 2025. We will write to you again in the spring.
""", tvt(
    ["Sixty young Afghans studied with us in 2025", "the 66 students of 2025"],
    {"opening_value": 60, "closing_value": 66}, "students",
    "students enrolled at the school", "2025",
    "opening paragraph against the 'Closing' paragraph (text against text, no table)",
    "The summary opens with sixty students in 2025 and closes by thanking donors for 66 students of 2025; the "
    "school's report and newsletter give 60 enrolled."))


# ---------------------------------------------------------------------------
# Kenchua Compost Project (invented): Ghamkol, Jerma and Kachai
# ---------------------------------------------------------------------------

COMPOST_YEARS = """| Year | Households with worm beds | Compost (tonnes) |
|---|---|---|
| 2022 | 60 | 18 |
| 2023 | 140 | 50 |
| 2024 | 240 | 96 |
| 2025 | 340 | 150 |"""
COMPOST_VILLAGES = """| Village | H1 | H2 | Total |
|---|---|---|---|
| Ghamkol | 40 | 35 | 75 |
| Jerma | 25 | 20 | 45 |
| Kachai | 18 | 12 | 30 |
| Total | 83 | 76 | 150 |"""

add("compost_project_fact_sheet_control", f"""
# Kenchua Compost Project: Fact Sheet

*An invented project in Afghan refugee villages near Kohat. Figures are invented.*

Families in Ghamkol, Jerma and Kachai keep earthworms in shallow brick beds, feed them kitchen scraps and dung, and turn the waste into dark, crumbly compost for their gardens and for sale.

Table 1. Worm beds and compost

{COMPOST_YEARS}

**Households.** 340 households kept a worm bed at the end of 2025, 100 more than a year earlier. Half of them are in Ghamkol.

**Compost.** Output rose from 96 to 150 tonnes, by more than half (56.3 percent).

**Sales.** Families sold 90 tonnes to farmers and nurseries at Rs 20 a kilogram, or Rs 1.8 million, and kept the rest for their own plots.

**Visitors.** A soil scientist from Scotland spent two days in Jerma in October and took samples home to test.

**Staff.** Four trainers, all from the villages, visit each new bed every week for its first two months.
""", control_type="control")

add("compost_project_appeal_refugees_2024", """
# Appeal: A Worm Bed for Every Yard

*Kenchua Compost Project, near Kohat (invented). Figures are invented.*

**The families.** Ghamkol, Jerma and Kachai were built as refugee villages in the 1980s and never emptied. As per UNHCR's statistics as on 31.12.2024, nearly 19 lakh Afghans were registered as refugees in Pakistan, and many of the families here have lived in these villages for three generations.

**The problem.** The villages have little land and poor soil. Dung is burned for cooking, and kitchen waste is thrown in the lanes.

**The answer.** A shallow brick bed, a few kilograms of worms and a sack of dung turn waste into compost in about two months. A family with a bed grows more vegetables and sells what it does not need.

**What it costs.** Bricks, worms and a cover for one bed cost about Rs 6,000. A trainer visits every week for the first two months.

**What we ask.** Rs 6,000 gives one family a bed. Rs 60,000 gives ten families beds and a share of a trainer's time.

**Where we are.** 340 households had a bed at the end of 2025. Another 200 are waiting.
""", citation(
    ["As per UNHCR's statistics as on 31.12.2024, nearly 19 lakh Afghans were registered as refugees in Pakistan"],
    1900000, "2024",
    "'As per UNHCR's statistics as on DD.MM.YYYY' before a rounded figure in lakh, in a compost project's appeal",
    "appeal, 'The families' paragraph",
    "The appeal cites UNHCR's statistics as on 31 December 2024 for nearly 19 lakh (1.9 million) registered "
    "Afghan refugees; the reference value for the end of 2024 is 1,559,964, so the figure is about 21.8 percent "
    "too high.",
    stated_as_written="19 lakh", stated_hedge="nearly"))

add("compost_project_trainers_note_worm_reuse", """
# Note for Trainers: Starting a New Bed

*Kenchua Compost Project (invented). Figures are invented.*

**The bed.** Build it in the shade, against a north wall, one brick high, with a floor of packed earth and a cover of sacking.

**Bedding.** Lay a layer of soaked, shredded cardboard and old dung, at least a hand deep. It must feel like a wrung-out cloth, never dripping.

**Worms.** Start each bed with about 2,000 worms, taken from a neighbour's bed that is already full. Spread them on the surface and let them dig in on their own.

**Feeding.** For the first two weeks give only a little food, and only in one corner. Onion skins, citrus peel and meat draw flies and must never go in.

**The project.** 2,000 households now keep a bed in the three villages, and every one of them was started by a trainer's visit. Make sure the family has written its name in the project book.

**Harvest.** After about two months push the finished compost to one side, put fresh food on the other and wait a week for the worms to move across.

**Problems.** Ants mean the bed is too dry; a sour smell means it is too wet.
""", reuse(
    ["Start each bed with about 2,000 worms", "2,000 households now keep a bed"],
    2000, "worms / households", "worms used to start a new compost bed", "households keeping a worm bed", 340,
    "The number of worms that start a bed (about 2,000) is reused two paragraphs later as the number of "
    "households keeping a bed; the fact sheet gives 340 households at the end of 2025."))

add("compost_project_newsletter_same_rabi", """
# Newsletter: Compost for the Wheat

*Kenchua Compost Project (invented). Figures are invented.*

**The wheat season.** Most families in Ghamkol and Jerma rent small plots from local landowners for wheat. This year many of them spread their own compost before sowing in November.

**How much.** Compost spread on wheat plots went from 40 tonnes in Rabi 2024–25 to 40 tonnes in Rabi 2024–25, as more families joined. Landowners who once refused to let tenants bring "village waste" onto their fields now ask for it.

**A farmer's view.** Haji Sabz Ali of Jerma says his wheat stood greener through the winter than his neighbour's, on the same water.

**New beds.** One hundred households built beds in 2025, bringing the total to 340.

**Worms for sale.** Families with full beds now sell worms to new ones, at a price the village has agreed among itself.

**Coming soon.** The trainers will hold a day on compost for vegetable gardens in February, before the spring sowing.
""", garbled(
    ["from 40 tonnes in Rabi 2024–25 to 40 tonnes in Rabi 2024–25"],
    "The newsletter gives a change in compost spread on wheat whose start and end are the same figure for the "
    "same season (40 tonnes in Rabi 2024–25), and calls it growth as more families joined.",
    start_value=40, end_value=40, start_period="Rabi 2024–25", end_period="Rabi 2024–25",
    unit="tonnes of compost", subject="compost spread on wheat plots by the families",
    location="newsletter, 'How much' paragraph"))

add("compost_project_donor_report_h2_total", f"""
# Report to Donors, 2025

*Kenchua Compost Project, near Kohat (invented). Figures are invented.*

**The year.** By the end of 2025, 340 households in three villages kept a worm bed, and together they made 150 tonnes of compost.

Table 1. Compost made in 2025, tonnes, by village and half-year

{COMPOST_VILLAGES}

**Villages.** Ghamkol, where the project began, made half the year's compost. Kachai, the newest village, grew quickly once its first beds filled in the spring.

**Seasons.** More compost is made in the first half of the year. In the summer heat worms slow down, and families must keep the beds damp.

**Money.** Families sold 90 tonnes, at Rs 20 a kilogram, and kept the rest for their own plots. For many women it is the first money they have earned in their own names.

**Trainers.** Our four trainers made more than a thousand visits in the year.

**What your gift will do in 2026.** Another 200 households are waiting for beds. Each costs about Rs 6,000.
""", parts_total(
    ["| Total | 83 | 76 | 150 |"], {"Ghamkol": 35, "Jerma": 20, "Kachai": 12}, 76, "tonnes of compost", "H2 2025",
    "compost made by the project's households in the second half of 2025",
    "report, Table 1, total row, H2 column",
    "The H2 cell of the total row gives 76 tonnes, but the three villages add up to 67 (35 + 20 + 12); with 67, "
    "the row's H1 (83) and Total (150) cells agree, so the H2 total has its digits swapped.",
    table_form="pipe, Total column and total row"))


# ---------------------------------------------------------------------------
# Tukham Seed Bank (invented): Jungle Pir Alizai, Khanozai, Qila Saifullah
# ---------------------------------------------------------------------------

SEED_YEARS = """| Year | Farmers | Wheat seed lent (tonnes) |
|---|---|---|
| 2023 | 45 | 1.6 |
| 2024 | 80 | 2.6 |
| 2025 | 120 | 4.2 |"""

add("seed_bank_fact_sheet_refugees_cited_control", f"""
# Tukham Seed Bank: Fact Sheet

*An invented seed bank for Afghan refugee farmers in Balochistan. Figures are invented.*

The seed bank lends wheat seed to Afghan refugee families who farm rented plots around Jungle Pir Alizai, Khanozai and Qila Saifullah. Farmers repay after harvest in seed, not in money.

Table 1. Farmers and seed lent each autumn

{SEED_YEARS}

**Lending.** 120 farmers borrowed 4.2 tonnes of wheat seed in the autumn of 2025, 40 more farmers than a year earlier.

**Repaying.** A farmer returns one and a half kilograms for every kilogram borrowed, so the bank grows with every good harvest.

**Varieties.** The bank keeps 11 varieties of wheat, barley, maize and beans in 140 clay jars, several of them brought from Afghanistan by the farmers' grandparents.

**Refugees.** According to UNHCR's 2021 figures, 1,490,562 Afghans were registered as refugees in Pakistan; per UNHCR's end-2024 count the number was about 1.56 million.

**People.** Six village organisers, two in each place, keep the books and the jars.
""", control_type="citation_control")

add("seed_bank_appeal_refugees_2019", """
# Appeal: Seed for the Autumn Sowing

*Tukham Seed Bank (invented). Figures are invented.*

Registered Afghan refugees in Pakistan, end of 2019: about 11.2 lakh — UNHCR, end-2019

**Why seed.** Afghan refugee families around Jungle Pir Alizai farm small rented plots. In a bad year they eat their seed, and in the autumn they must buy it back at the dearest time, often on credit from the grain dealer.

**How the bank works.** Farmers borrow wheat seed before the autumn sowing and repay after harvest, with a little extra. The extra pays for losses and lets the bank lend to more families each year.

**What we have done.** 120 farmers borrowed seed in 2025, up from 45 in our first year.

**What we need.** The bank needs another tonne of clean seed to reach the families on its waiting list, and twenty more clay jars to keep it in.

**What you can give.** Rs 12,000 buys about a hundred kilograms of good seed, enough for two families. Rs 1,500 buys a jar.

**Thank you.** Every kilogram you give will be lent again and again, long after this year's harvest.
""", citation(
    ["Registered Afghan refugees in Pakistan, end of 2019: about 11.2 lakh — UNHCR, end-2019"],
    1120000, "2019",
    "data strip under the title ending '— UNHCR, end-YEAR', with a rounded figure in lakh, in a seed bank's "
    "appeal",
    "appeal, data strip under the title",
    "The data strip cites UNHCR for about 11.2 lakh (1.12 million) registered Afghan refugees at the end of 2019; "
    "the reference value for the end of 2019 is 1,419,084, so the figure is about 21.1 percent too low.",
    stated_as_written="11.2 lakh", stated_hedge="about"))

add("seed_bank_organisers_note_refugees_2023", """
# Note for Village Organisers

*Tukham Seed Bank (invented). Figures are invented.*

Salam to all six of you. A few points before the autumn lending.

- Check every jar for weevils before the first of October. Any seed with holes goes to the chickens, not to a farmer.
- Weigh each loan twice, once in front of the farmer and once in front of a witness, and write both weights in the book.
- No farmer may borrow more than he can sow on his own plot. Ask to see the plot if you are not sure.
- Remind farmers that repayment is due within a month of harvest.

For the donors' visit, note this: about 1.6 million Afghans were registered as refugees in Pakistan (UNHCR stats, Dec-2023), and more than half of the families we lend to have at least one child born here.

The new scales have arrived at Khanozai. Those at Jungle Pir Alizai and Qila Saifullah will follow before the lending starts.

Call me on the usual number if a jar cracks or a farmer cannot repay.
""", citation(
    ["about 1.6 million Afghans were registered as refugees in Pakistan (UNHCR stats, Dec-2023)"],
    1600000, "2023",
    "chat shorthand '(UNHCR stats, Mon-YEAR)' after a rounded figure in millions, in a seed bank's note for "
    "village organisers",
    "note, paragraph on the donors' visit",
    "The note cites UNHCR for about 1.6 million registered Afghan refugees in December 2023; the reference value "
    "for the end of 2023 is 1,987,717, so the figure is about 19.5 percent too low.",
    stated_as_written="1.6 million", stated_hedge="about"))

add("seed_bank_newsletter_ratio_reuse", """
# Newsletter: The Autumn Lending

*Tukham Seed Bank (invented). Figures are invented.*

**The rule.** Every farmer who borrows seed brings back 1.5 kilograms for each kilogram he took, once the harvest is in. The extra covers seed lost to damp and weevils and lets the bank lend a little more each year.

**This autumn.** The organisers lent 1.5 tonnes of wheat seed this autumn to 120 farmers in the three villages, the largest lending since the bank opened.

**Repayment.** Every farmer who borrowed in 2024 repaid in full, though two needed an extra month after a hailstorm flattened their wheat in May.

**The jars.** The bank now keeps its seed in 140 clay jars, sealed with mud and ash. The old women of Khanozai, who made such jars as girls in Afghanistan, taught the organisers how.

**Varieties.** A farmer from Qila Saifullah brought a handful of a red-grained wheat his grandfather grew in Ghazni. It has been sown in a small plot to be multiplied.

**Next.** The organisers will visit every plot in March to see how the borrowed seed has come up.
""", reuse(
    ["brings back 1.5 kilograms for each kilogram", "lent 1.5 tonnes of wheat seed this autumn"],
    1.5, "kilograms returned per kilogram / tonnes", "seed returned for each kilogram borrowed (ratio)",
    "wheat seed lent in the autumn of 2025 (tonnes)", 4.2,
    "The repayment rate (1.5 kilograms for each kilogram borrowed) is reused in the next paragraph as the "
    "tonnage of seed lent this autumn; the fact sheet gives 4.2 tonnes for 2025."))

add("seed_bank_history_benin_place", """
# How the Seed Bank Began

*Tukham Seed Bank (invented). Figures are invented.*

**A bad year.** In 2022 hail destroyed the wheat around Khanozai, a small town in the north of Benin, two weeks before harvest. Afghan refugee families who farmed rented plots there lost both their food and their seed, and in the autumn had to buy seed on credit at twice the usual price.

**An idea from home.** An old farmer remembered that his village in Afghanistan had kept a common store of seed in clay jars. He asked the other families to put aside a little from the next harvest.

**The first lending.** In the autumn of 2023 the bank lent 1.6 tonnes to 45 farmers. Everyone repaid.

**Growing.** Jungle Pir Alizai and Qila Saifullah joined in 2024. By 2025 the bank lent to 120 farmers.

**A visitor.** Last spring an agronomist from Benin, on a study tour of farmer seed banks in Asia, spent a day with the organisers and left them a book on testing seed.

**Today.** Six organisers run the bank, and no one is paid.
""", scope(
    "Khanozai, a small town in the north of Benin", "BEN", ["BEN", "AFG"], "a small town in the north of Benin",
    "Khanozai is a town in Balochistan, Pakistan, where Afghan refugee families farm; the history places it in "
    "Benin, making Benin the host country in Pakistan's place. The agronomist from Benin on a study tour is a "
    "correct mention.",
    not_a_defect="an agronomist from Benin"))
