# Forty-seventh held-out set of synthetic documents ("heldout47").  Written from
# scratch after heldout46/, by a labeller session that had not opened dyad's
# implementation or history and had not seen any of its results.
# Every entry: name (topic slug, numbered later by build_heldout47.py), text,
# labels (list of defect dicts), control_type for controls.
# Registers not used before: a pink salt works near Choa Saidan Shah, Chakwal,
# that sold to a grocer in Kabul; a shakkar press in Sardheri, Charsadda, that
# sold to a trader in Jalalabad; a kahwa blender in Karimpura, Peshawar, that
# sold to a tea wholesaler in Kabul; a women's sheermal bakery in Kharabat,
# Kabul, that bought Pakistani and then Iranian ghee; a melamine tableware
# maker in Lahore with a showroom in Shah Alam Market, that sold to dealers in
# Kabul and Mazar-e Sharif; a sajji house in Ziarat that bought lambs from
# Kandahar; a women's gilim cooperative in Almar, Faryab, that sold through a
# shop in Al-Asif Square, Karachi; and macro documents on the trade series, the
# closure, the courts and the register.
#
# Invented figures shared with earlier sets: annual trade series (README:
# exports 1,290 / 942 / 828 / 936 / 1,012 / 884 and imports 441 / 509 / 552 /
# 741 / 690 / 540 for 2019-2024, balances 849 / 433 / 276 / 195 / 322 / 344,
# totals 1,731 / 1,451 / 1,380 / 1,677 / 1,702 / 1,424); reference refugee
# series (1,419,084 / 1,438,432 / 1,490,562 / 1,743,278 / 1,987,717 /
# 1,559,964 for 2019-2024).
#
# New invented figures, consistent with the above:
#   Tiwana Salt Works, Choa Saidan Shah (invented), founded 1974 by Aftab
#     Tiwana, run by Imtiaz Tiwana, foreman Luqman Ghumman: salt ground 2023
#     2,600 tonnes, 2024 2,900, 2025 2,300; to Nadir Panjshiri, Panjshiri
#     Traders, Mandawi, Kabul 1,100 / 1,250 / 700, sold in Pakistan 1,500 /
#     1,650 / 1,600; fine salt Rs 1,150 a 25-kg bag (2025 and 2026), coarse Rs
#     940, lick block Rs 480; 27 men at the end of 2024, 23 at the end of 2025;
#     the 6 October 2025 loading list 520 / 480 / 560 / 440 bags on four
#     trucks (2,000 bags, 50 tonnes); wages for 14-20 December 2025
#     (Rs 254,000, 139 man-days); December 2025 stock card 3,400 + 1,800 -
#     2,200 = 3,000 bags, with 900 bags packed for Kabul; grinding stones from
#     Turkey Rs 640,000.
#   Kakakhel Shakkar, Sardheri (invented), founded 1988 by Shaukat Kakakhel
#     (born 1956, at the Mardan sugar mill 1978 to 1987), run by his son Akram
#     Kakakhel: shakkar made 2023 180 tonnes, 2024 210, 2025 150; to Mustafa
#     Baburi, Jalalabad 95 / 120 / 40, sold in Pakistan 85 / 90 / 110; press
#     20 tonnes of cane a day, 2 tonnes of shakkar (50-kg bags); loan Rs
#     600,000 (2022, repaid August 2025); 14 seasonal workers; Rs 210 a kg to Jalalabad and
#     Rs 200 at home in 2025, Rs 215 under the 2026 distributorship; Rs 840,000
#     owed for 4 tonnes.
#   Qizilbash Kahwa, Karimpura, Peshawar (invented), founded 1971 by Hafeez
#     Qizilbash, run by Ahsan Qizilbash, brother Ehtisham: kahwa blended 2023
#     140 tonnes, 2024 155, 2025 120; to Ruhullah Mohammadi, Kabul 62 / 70 /
#     38, sold in Pakistan 78 / 85 / 82; Rs 2,600 a kg in 2024, Rs 2,400 in
#     2025 and 2026; 250-g packets, 40 to a carton (10 kg); 11 packers; six
#     tonnes for Kabul turned back in October 2025; a 9-tonne February blend.
#   Badakhshi Sheermal, Kharabat, Kabul (invented), founded 2017 by Halima
#     Badakhshi, books kept by Nahid Badakhshi: loaves sold 2024 52,000, 2025
#     58,500; four batches of 45 loaves a morning (180); a loaf Afs 25 in 2024,
#     Afs 30 in 2025; Pakistani ghee Afs 2,600 a 16-kg tin, Iranian Afs 2,950;
#     nine bakers, Afs 7,000 a month in 2025, Afs 7,500 from January 2026 (Afs
#     67,500 in all); a Wazir Akbar Khan hotel 1,200 / 1,350 / 1,500 loaves in
#     October to December 2025 (4,050), Afs 26 a loaf, Afs 28 from February.
#   Rajput Melamine, Lahore (invented), founded 1996 by Pervaiz Rajput and his
#     brothers, general manager Mohsin Tarar: cartons (two 72-piece dinner
#     sets) sold 2024 10,200, 2025 8,600; to Sibghatullah Afzali and other
#     dealers in Kabul and Mazar-e Sharif 4,100 / 2,100, in Pakistan 6,100 /
#     6,500 (Lahore 2,300 / 2,500, Karachi 1,850 / 2,200, rest 1,950 / 1,800);
#     Rs 9,800 a carton, Rs 4,900 a set; eight presses, 42 workers; December
#     2025 cartons by week 160 / 140 / 115 / 145 (560); a bid of 180 sets (Rs
#     882,000).
#   Panezai Sajji House, Ziarat (invented), founded 1999 by Shabbir Panezai,
#     run by Abid Panezai, head cook Saad Luni: lambs roasted 2024 3,400, 2025
#     2,700; a whole sajji Rs 19,500 in 2024, Rs 18,500 in 2025 and 2026;
#     overtime in December 2025 46 / 52 / 61 / 88 hours (247, Rs 61,750 at Rs
#     250); a walima for 96 guests, twelve lambs (Rs 222,000), total Rs 289,000.
#   Almar Women's Gilim Cooperative, Faryab (invented), founded 2016, head
#     Zohra Faryabi: gilims sold 2023 380, 2024 420, 2025 360; through Tufail
#     Ansari, Ansari Handicrafts, Al-Asif Square, Karachi 150 / 180 / 60, in
#     Kabul 230 / 240 / 300; members 48 at the end of 2024, 63 at the end of
#     2025; large gilim Afs 9,000, small Afs 2,800; 85 gilims finished and 78
#     sold in Kabul in the last quarter of 2025; nine looms sought at Afs 12,000.
#   Macro documents: a demurrage claim for four trucks held forty days at
#     Torkham (Rs 12,000 a day a truck, Rs 480,000 a truck).

HELDOUT47 = []
from heldout_labels import (  # noqa: F401
    PAIR, REFS, adder, arith, change_pct, citation, direction, garbled, line_of, parts_total, pdf_lines, scope, tvt,
    repeated, reuse,
)

add = adder(HELDOUT47)

# ---------------------------------------------------------------------------
# Tiwana Salt Works (invented): a pink salt works near Choa Saidan Shah, Chakwal
# ---------------------------------------------------------------------------

add("pink_salt_works_tariff_card_control", """
# Tiwana Salt Works: Tariff Card for 2026

*Tariff card sent to dealers by a pink salt works near Choa Saidan Shah, District Chakwal, in January 2026, with a note from the owner. The works, its people and all figures are invented.*

**Tiwana Salt Works, Choa Saidan Shah. Rock salt from the Salt Range since 1974.**

**Rates to dealers from 1 February 2026, loaded at our gate:**

- Fine pink cooking salt, 25-kg bag: Rs 1,150
- Coarse pink salt for pickling, 25-kg bag: Rs 940
- Lick block for cattle, 5 kg: Rs 480
- Carriage to Rawalpindi or Lahore: Rs 60 a bag, paid by the dealer

**Terms.** Payment in full before loading. Orders under 40 bags are loaded on Tuesdays only.

**A note from Imtiaz Tiwana.** Our rate for fine salt has not moved: a bag cost Rs 1,150 in February 2025 and it costs Rs 1,150 today. We have held it because the dealers at home carried us through a hard year. We ground 2,300 tonnes of salt in 2025, against 2,900 tonnes in 2024, and most of the fall came from Kabul. Nadir Panjshiri, who has bought from us since my father's day, took 1,250 tonnes in 2024 but only 700 tonnes in 2025, and nothing at all since the crossing at Torkham was closed on 12 October. Dealers in Pakistan took 1,600 tonnes, fifty fewer than the year before.

We kept 23 men on the payroll through the winter, four fewer than a year ago, and nobody left without a month's wages. The new grinding stones were bought from a maker in Turkey and will be turning by March.

My father, Aftab Tiwana, opened the works with a pick, a hand mill and a donkey cart. Dealers who visit will be given lunch.
""", control_type="control")

LOADING = """| Truck | Bags |
|---|---|
| LES-4471 | 520 |
| RIK-2208 | 480 |
| MNA-9136 | 560 |
| JLM-3015 | 440 |
| **Total** | **2,000** |"""

add("pink_salt_works_loading_list", """
# Loading List: Pink Salt for Kabul, 6 October 2025

*Loading list of a pink salt works near Choa Saidan Shah for a consignment to a grocer in Kabul, with the foreman's covering note. The works, the grocer and all figures are invented.*

**Tiwana Salt Works, Choa Saidan Shah. Consignee: Panjshiri Traders, Mandawi, Kabul. Goods: fine pink cooking salt in 25-kg bags.**

""" + LOADING + """

Loaded and counted by Luqman Ghumman, foreman.

**Covering note to Nadir Panjshiri**

Dear Nadir sahib,

Four trucks left the works this morning with your salt, fifty tonnes in all, in the order of the list above. The third truck, MNA-9136, carries 650 bags and is the one to watch: its driver is new to the road and will stop for the night at Landi Kotal rather than take the pass in the dark. The other three should reach Torkham on Wednesday.

Every bag was weighed before stitching and none was under 25 kg. Twelve bags were turned back at the scale for damp and have been kept aside; they will go with your next consignment at no charge.

The drivers tell me that the queue at Torkham grows longer each day and that people on both sides expect trouble. If the crossing closes while your salt is on the road, the trucks will wait at Landi Kotal and not come back here unless you tell us otherwise.

Imtiaz sahib sends his greetings. Payment can be made through the usual money changer in Peshawar.

Luqman Ghumman, foreman
""", tvt(["The third truck, MNA-9136, carries 650 bags", line_of(LOADING, "| MNA-9136")],
        {"note_value": 650, "table_value": 560}, "bags of pink salt",
        "bags of salt loaded on the third truck (MNA-9136) for Kabul", "6 October 2025",
        "foreman's covering note, first paragraph, against the third row of the loading list",
        "The covering note says the third truck, MNA-9136, carries 650 bags, but the loading list above gives 560 bags for that truck; only 560 agrees with the total of 2,000 bags (520 + 480 + 560 + 440) and with the fifty tonnes the note itself gives.",
        table_form="pipe, trucks as rows with one bags column and a total row"))

WAGES = """| Work | Men | Man-days | Wages (Rs) |
|---|---|---|---|
| Mining face | 8 | 48 | 105,600 |
| Carrying | 5 | 30 | 48,000 |
| Grinding | 4 | 24 | 43,200 |
| Bagging | 3 | 18 | 27,000 |
| Loading | 2 | 12 | 20,400 |
| Watch | 1 | 7 | 9,800 |
| **Total** | **23** | **139** | **264,000** |"""

add("pink_salt_works_wage_sheet", """
# Wage Sheet: Week Ending 20 December 2025

*Weekly wage sheet of a pink salt works near Choa Saidan Shah, with the foreman's note to the owner. The works, its people and all figures are invented.*

**Tiwana Salt Works. Wages for the week of 14 to 20 December 2025: six working days, and the watch kept every night.**

""" + WAGES + """

Daily rates: mining face Rs 2,200; carrying Rs 1,600; grinding Rs 1,800; bagging Rs 1,500; loading Rs 1,700; watch Rs 1,400.

**Note to Imtiaz sahib**

Every man on the roll worked every day this week, and the watchman did his seven nights. I have drawn the cash for the total above from the bank in Chakwal and will pay on Saturday afternoon, as usual, after the last load has gone.

Loading is light because nothing is going to Kabul. The two loaders have been helping in the bagging shed, but I have paid them at the loading rate, as we agreed in October. If the crossing is still shut in February, I suggest we move one of them to the mining face, where we are short of hands, rather than lose him to the brick works in Talagang.

The men have asked whether the winter bonus of one week's wages will be paid before the end of the month, as it was last year. I told them I would ask you and give them an answer on Saturday.

Luqman Ghumman, foreman
""", parts_total([line_of(WAGES, "| **Total**")],
                {"Mining face": 105600, "Carrying": 48000, "Grinding": 43200, "Bagging": 27000,
                 "Loading": 20400, "Watch": 9800},
                264000, "rupees", "week of 14 to 20 December 2025", "wages paid at the salt works",
                "total row of the wage sheet, wages column",
                "The wages column adds up to Rs 254,000 (105,600 + 48,000 + 43,200 + 27,000 + 20,400 + 9,800), but the total row gives Rs 264,000; the men and man-days columns add up.",
                table_form="pipe, kinds of work as rows with men, man-days and wages columns and a total row"))

add("pink_salt_works_stock_card", """
# Stock Card: Fine Pink Salt, December 2025

*Godown stock card of a pink salt works near Choa Saidan Shah for its 25-kg bags of fine cooking salt, with the storekeeper's remarks. The works and all figures are invented.*

**Tiwana Salt Works. Item: fine pink cooking salt, 25-kg bags. Godown 2. Month: December 2025.**

- Opening stock on 1 December: 3,400 bags (85 tonnes)
- Received from the mill during the month: 1,800 bags (45 tonnes)
- Issued to dealers in Pakistan during the month: 2,200 bags
- Closing stock on 31 December: 3,000 bags (75 tonnes)

**Remarks of the storekeeper**

The dealers took 2,200 bags in December, the best month since the summer. In weight that is 2,200 tonnes, most of it for the wedding season in Rawalpindi and Lahore, and the dealers expect to take as much again in January.

Of the closing stock, 900 bags along the east wall are the salt that was packed for Panjshiri Traders of Kabul in October and never loaded, because the crossing at Torkham closed before the trucks could be sent. They carry the Kabul marking and will need new bags if they are sold at home. I have asked the foreman whether they should be held until the spring.

Two bags were found split during the count; the salt was swept up, sieved and bagged again, and the count above includes them.

The roof leaks at the north corner, and until it is mended no bags are stacked there. Stock is counted by hand on the last day of every month; this count was made by me and checked by the foreman.

Storekeeper, Godown 2
""", reuse(["The dealers took 2,200 bags in December", "In weight that is 2,200 tonnes"], 2200,
          "bags, then tonnes", "25-kg bags issued to dealers in December", "weight of those bags in tonnes", 55,
          "The storekeeper gives 2,200 both for the bags issued in December and for their weight in tonnes; 2,200 bags of 25 kg weigh 55 tonnes, as the card's own conversions (3,400 bags, 85 tonnes) show."))

add("pink_salt_works_directors_report", """
# Tiwana Salt Works (Private) Limited: Directors' Report for 2025

*Directors' report of a family-owned pink salt company near Choa Saidan Shah, presented to its shareholders in February 2026. The company, its people and all figures are invented.*

The directors present their report for the year ended 31 December 2025.

**The year.** The company ground 2,300 tonnes of salt, against 2,900 tonnes in 2024. Sales to Panjshiri Traders of Kabul, our only buyer abroad, fell from 1,250 tonnes to 700 tonnes: no salt has crossed at Torkham since 12 October, and 900 bags packed for Kabul are still in the godown. Sales at home were beefed up in 2025, to 1,600 tonnes from 1,650 tonnes in 2024, as dealers in Rawalpindi and Lahore took more of the fine salt for the wedding season.

**Prices and costs.** The price of a 25-kg bag of fine salt was held at Rs 1,150 throughout the year. Diesel for the generator and the trucks cost more than in 2024, and wages were raised in July, so the margin on each bag was thinner.

**People.** 23 men were on the payroll at the end of the year, four fewer than a year earlier; the three who retired and the one who left for work in the Gulf were not replaced.

**Investment.** New grinding stones were ordered from Turkey in November at a cost of Rs 640,000, half of which has been paid.

**Dividend.** The directors do not recommend a dividend for 2025.

**Outlook.** If the crossing stays closed, the directors will look for buyers in Karachi for the salt packed for Kabul and will keep the mill running on home orders alone. The directors thank the staff for a difficult autumn.

For the Board: Imtiaz Tiwana, Chief Executive
""", direction("Sales at home were beefed up in 2025, to 1,600 tonnes from 1,650 tonnes in 2024", 1650, 1600,
              "2024", "2025", "beefed up", "rise", "tonnes of pink salt", "salt sold to dealers in Pakistan",
              "'The year', third sentence",
              "The report says home sales were beefed up, but the figures it gives fall, from 1,650 tonnes in 2024 to 1,600 tonnes in 2025."))

# ---------------------------------------------------------------------------
# Kakakhel Shakkar (invented): a shakkar press in Sardheri, Charsadda
# ---------------------------------------------------------------------------

add("shakkar_press_success_story_control", """
# From a Borrowed Press to a Full Season: Kakakhel Shakkar of Sardheri

*Success story published by a microfinance bank about a client in Charsadda, January 2026. The bank, the client and all figures are invented.*

When Akram Kakakhel came to our Charsadda branch in 2022, his family had been making shakkar in Sardheri for over thirty years on a hired press. His father, Shaukat Kakakhel, began in 1988 with one pan. Akram asked us for Rs 600,000 to buy a press and pans of the family's own.

The loan changed the season. With its own press the family made 180 tonnes of shakkar in 2023 and 210 tonnes in 2024, the best year in its history. More than half of it went each year to Mustafa Baburi, a trader in Jalalabad, who sells it across Nangarhar and sends part of it on to buyers in Uzbekistan.

2025 was harder. Sales to Jalalabad fell from 120 tonnes in 2024 to 40 tonnes, because no goods have crossed at Torkham since 12 October, in the middle of the crushing season, and the family made 150 tonnes in all. Akram found new buyers at home: sales in Pakistan rose from 90 tonnes to 110 tonnes, most of them to sweet shops in Peshawar and Mardan.

The press crushes about 20 tonnes of cane on a full day, and from every ten kilograms of cane the pans give one kilogram of shakkar, so about two tonnes a day. The family employs 14 workers in the season, all from Sardheri.

The last instalment of the loan was paid in August 2025, four months early. "The closure took our best buyer," Akram says, "but the press is ours."

"He never missed a payment," says Ayesha Khosa, our branch manager.
""", control_type="control")

add("shakkar_press_life_story", """
# My Grandfather's Life: Shaukat Kakakhel of Sardheri

*Life story written by a schoolgirl in Charsadda for a class project on family trades, December 2025. The family and all figures are invented.*

My grandfather, Shaukat Kakakhel, was born in Sardheri in 1956, the youngest of five brothers. His father grew cane on land rented from a khan, and my grandfather was cutting cane in the fields before he could read.

From 1987 to 1978 he worked at the sugar mill in Mardan, first carrying cane from the trolleys and later minding the boilers. He says the mill taught him how hot a fire must be and how long juice must boil, and that nobody there ever asked his opinion.

In 1988 he left the mill and began making shakkar at home, in one pan, on a press hired by the day from a neighbour. Shakkar is cane juice boiled until it is thick and then poured out to set, and my grandfather says good shakkar is judged by its colour and its smell, not by its weight. For many years he sold it to a trader who carried it to Jalalabad, and that trader's son, Mustafa Baburi, still buys from us.

In 2022 my father, Akram Kakakhel, took a loan and bought our own press. Now we have three pans and 14 workers in the season, and in 2024 we made 210 tonnes, the most ever. This year the border at Torkham closed in October, and my grandfather sat by the pans for many evenings without speaking.

He is sixty-nine now and still comes to the press every morning at dawn. He tastes the first shakkar of each day himself, and if he does not like it, my father boils the next pan longer.
""", garbled(["From 1987 to 1978 he worked at the sugar mill in Mardan"],
             "The period the grandfather worked at the sugar mill runs backwards, from 1987 to 1978; the story has him leave the mill in 1988, so 1978 to 1987 is meant.",
             stated_period_start="1987", stated_period_end="1978",
             subject="years the writer's grandfather worked at the sugar mill", location="second paragraph"))

add("shakkar_press_instruction_sheet", """
# Instructions for Seasonal Workers at the Kakakhel Shakkar Press

*Instruction sheet given to seasonal workers at a shakkar press in Sardheri, Charsadda, at the start of the 2025 crushing season, translated from Pashto. The press and all figures are invented.*

Welcome to the Kakakhel press. Read these instructions before your first shift.

1. Work starts at dawn and ends when the last pan of the day has set. Nobody leaves the press while a pan is on the fire.

2. The press crushes 20 tonnes of cane a day. Cane must be crushed on the day it is cut, so the cutters bring it in from the fields through the morning and nothing is left in the yard overnight.

3. The juice is strained twice and boiled in three pans. Only the pan men add lime or skim the pans. Carriers keep at least two steps back from the fire.

4. From every ten kilograms of cane we get about one kilogram of shakkar, so on a full day the pans give us 20 tonnes of shakkar. Each pan is poured out onto the cooling floor and cut by hand when it has set.

5. Shakkar is packed in 50-kg bags. Bags for Jalalabad are marked in red and bags for Pakistan in blue; the marking is done by Akram Kakakhel or by someone he names.

6. Wages are Rs 1,600 a day for pan men and Rs 1,300 a day for carriers and cutters, paid every Thursday in cash.

7. Anyone burned, however slightly, tells the pan master at once. Burn cream and clean cloth are kept in the tin box by the door.

8. No smoking in the cane yard or near the bags.

9. Tea and bread are given at noon and at sunset.
""", reuse(["The press crushes 20 tonnes of cane a day", "the pans give us 20 tonnes of shakkar"], 20,
          "tonnes", "cane crushed on a full day", "shakkar made on a full day", 2,
          "The sheet gives 20 tonnes both for the cane crushed a day and for the shakkar the pans give on a full day; at one kilogram of shakkar from every ten of cane, as the same clause says, 20 tonnes of cane give 2 tonnes of shakkar."))

add("shakkar_press_audit_note", """
# Audit Note: Kakakhel Shakkar, Accounts for 2025

*Note from a chartered accountant in Peshawar to the owners of a shakkar maker in Sardheri, Charsadda, on the draft accounts for 2025, February 2026. The firm, the business and all figures are invented.*

**To:** Shaukat Kakakhel and Akram Kakakhel, Kakakhel Shakkar, Sardheri **From:** Fakhar Sahibzada, Chartered Accountant, Peshawar

I have examined the draft accounts for 2025. These points need your attention before they are signed.

**1. Sales.** The sales book shows 150 tonnes sold, 40 tonnes to Jalalabad at Rs 210 a kg and 110 tonnes at home at Rs 200 a kg, a total of Rs 30.4 million. Each sale is traced to a bank credit.

**2. Receivable from Jalalabad.** Mustafa Baburi of Jalalabad owes Rs 840,000 for 4 tonnes delivered on 9 October 2025. The amount has been outstanding since the border between Pakistan and Uzbekistan was closed on 12 October 2025, three days after the delivery, and he has written that he cannot pay until he can sell. I recommend that half of it be provided for as doubtful.

**3. Loan.** The bank loan taken in 2022 was repaid in full in August 2025. The bank's letter confirming this should be filed with the accounts.

**4. Fixed assets.** The press and pans bought in 2022 are carried at cost less depreciation of a tenth a year. The new pan bought in November for Rs 185,000 has not yet been entered in the register of fixed assets and should be.

**5. Wages.** The wage book for the season agrees with the cash book, but several payments to cutters are signed with a thumb print only. Please have the pan master witness such payments from now on.

Fakhar Sahibzada
""", scope("has been outstanding since the border between Pakistan and Uzbekistan was closed on 12 October 2025",
          "UZB", ["PAK", "UZB"], "Uzbekistan",
          "The debt is owed by a trader in Jalalabad for shakkar sent from Charsadda, and 12 October 2025 is the closure of the crossings between Pakistan and Afghanistan; Uzbekistan, which borders Afghanistan but not Pakistan, is named in the place of Afghanistan."))

SHAKKAR_SCHEDULE = """| Year | Made by the Maker (tonnes) | Taken by the Distributor (tonnes) | Sold in Pakistan (tonnes) |
|---|---|---|---|
| 2023 | 180 | 95 | 85 |
| 2024 | 210 | 120 | 90 |
| 2025 | 150 | 40 | 110 |"""

add("shakkar_press_distributorship_agreement", """
# Distributorship Agreement: Kakakhel Shakkar and Baburi Trading

*Summary in English of a distributorship agreement for 2026 between a shakkar maker in Sardheri, Charsadda, and a trader in Jalalabad, signed in January 2026. The parties and all figures are invented.*

**Parties.** Kakakhel Shakkar, Sardheri, Charsadda, Pakistan (the Maker), represented by Akram Kakakhel; and Mustafa Baburi, Baburi Trading, Jalalabad, Afghanistan (the Distributor).

**Recitals.** (A) The Distributor and his father have bought shakkar from the Maker since 1990. (B) In 2024 the Distributor took 102 tonnes, more than half of the Maker's output for the year. (C) Deliveries in 2025 were cut short by the closure of the crossing at Torkham on 12 October 2025. The Maker's output and sales for the last three years are set out in the Schedule.

**1. Appointment.** The Distributor is the Maker's sole distributor in Nangarhar, Kunar and Laghman for 2026.

**2. Quantity.** The Distributor will take at least 80 tonnes in 2026, in lots of 10 tonnes.

**3. Price.** Rs 215 a kg at the Maker's store in Sardheri, packed in 50-kg bags.

**4. Payment.** A fifth of each lot is paid in advance through a money changer in Peshawar, and the rest within 45 days of loading.

**5. Closure.** If the crossing at Torkham is closed, the minimum quantity in clause 2 is reduced by one lot for each month of closure, and neither party owes the other anything for that month.

**6. Quality.** Bags found wet or mouldy on arrival are replaced at the Maker's cost.

**Schedule: output and sales of the Maker**

""" + SHAKKAR_SCHEDULE + """

Signed at Peshawar in the presence of two witnesses.
""", tvt(["In 2024 the Distributor took 102 tonnes", line_of(SHAKKAR_SCHEDULE, "| 2024")],
        {"recital_value": 102, "table_value": 120}, "tonnes of shakkar",
        "shakkar taken by the Jalalabad distributor", "2024",
        "recital (B) against the 2024 row of the Schedule",
        "Recital (B) says the Distributor took 102 tonnes in 2024, but the Schedule gives 120 tonnes for that year; only 120 is more than half of the 210 tonnes made, as the recital itself says, and only 120 and 90 add up to 210.",
        table_form="pipe, years as rows with made, taken-by-the-distributor and sold-in-Pakistan columns"))

# ---------------------------------------------------------------------------
# Qizilbash Kahwa (invented): a kahwa blender in Karimpura, Peshawar
# ---------------------------------------------------------------------------

add("kahwa_blender_testimonial_control", """
# A Word from Kabul on Qizilbash Kahwa

*Testimonial written by a tea wholesaler in Kabul for the stall of a Peshawar kahwa blender at a trade fair in Lahore, January 2026. The wholesaler, the blender and all figures are invented.*

I have bought kahwa from the Qizilbash family of Karimpura for nineteen years, first from Hafeez Qizilbash and now from his son Ahsan. I supply tea houses and grocers in Kabul, and their kahwa is the one my customers ask for by name.

The green leaf comes into Karachi from China and Vietnam, and the Qizilbash family blends it in Peshawar with green cardamom and a little dried lemon peel. The blend has not changed in all the years I have known it. It is packed in packets of 250 grams, 40 to a carton, so a carton holds 10 kilograms, and in nineteen years I have never opened a carton that was short.

In 2024 I took 70 tonnes of their kahwa. In 2025 only 38 tonnes reached me, because the crossing at Torkham was closed on 12 October and has not opened since; the last two trucks of the year were turned back at the border and are waiting in Karimpura. My tea houses complain.

Ahsan did something for his buyers that I have not seen a supplier do. When the trade became difficult he cut his price, from Rs 2,600 a kilogram in 2024 to Rs 2,400 in 2025, and he has written to tell me that for 2026 the price stays at Rs 2,400, the same as in 2025, whatever happens at the border.

To the tea houses of Pakistan: if you want kahwa that tastes as it did in your grandfather's day, buy it from this family.

Ruhullah Mohammadi, tea wholesaler, Kabul
""", control_type="control")

add("kahwa_blender_requisition", """
# Requisition: Leaf and Spice for the February Blend

*Requisition from the blending floor to the store of a kahwa blender in Karimpura, Peshawar, January 2026, with the store's reply. The firm, its people and all figures are invented.*

**Qizilbash Kahwa, Karimpura, Peshawar. Requisition no. 14 of 2026**

**To:** the store **From:** Ehtisham Qizilbash, blending floor **Date:** 24 January 2026

Please issue the leaf and spice for the February blend of kahwa, 9 tonnes in all, to be made to our standard recipe. By weight, the standard recipe is green tea 90 percent, green cardamom 7 percent and dried lemon peel with cinnamon 6 percent. The leaf should come from the lots bought in December, oldest first; the cardamom from the sealed tins only.

Please also issue the packing for the blend:

- Packets of 250 grams: 36,000
- Cartons of 40 packets: 900
- Labels for the home trade: 36,000

No labels for Kabul are needed this month. The cartons marked for Kabul that are already packed, two trucks' worth, stay where they are on the upper floor until the crossing opens.

The blending floor will add a night shift from 1 February. I have asked for the second mixing drum to be cleaned and checked before then.

**Reply from the store, 25 January 2026:** Leaf, cardamom and packing can be issued on 30 January. Dried lemon peel is short; half of what the recipe needs is in stock and the rest has been ordered from the dealer in Namak Mandi for delivery before the end of the month. Cinnamon is in stock.

Signed for the store
""", arith(["green tea 90 percent, green cardamom 7 percent and dried lemon peel with cinnamon 6 percent"],
           "The shares of the standard recipe by weight add up to 103 percent (90 + 7 + 6), not 100.",
           shares_pct={"Green tea": 90, "Green cardamom": 7, "Dried lemon peel with cinnamon": 6},
           sum_pct=103, unit="percent of the blend by weight", period="February 2026",
           subject="standard recipe of the kahwa blend", location="first paragraph, second sentence"))

add("kahwa_blender_welcome_speech", """
# Welcome Speech at the Qizilbash Kahwa Stall

*Welcome speech by a Peshawar kahwa blender to tea-house owners at his stall at a trade fair in Lahore, January 2026, from the speaker's notes. The firm, its people and all figures are invented.*

Brothers and sisters, welcome, and thank you for coming out in this cold to drink our kahwa.

My name is Ahsan Qizilbash. My father, Hafeez Qizilbash, began blending kahwa in Karimpura in 1971, with a hand scale and a copper pan that still hangs on the wall of our shop. For most of those years our best customers have been in Kabul. A tea house in Kabul will tell you at once if the cardamom is stale.

This has been a hard year. We blended 120 tonnes of kahwa in 2025, against 155 tonnes in 2024. Our brothers in Kabul took only 38 tonnes, against 70 the year before, because the crossing at Torkham has been closed since 12 October and two of our trucks came back to Peshawar full.

So we turned to you, the tea houses of Pakistan. To keep our buyers at home, we hiked our price from Rs 2,600 a kilogram in 2024 to Rs 2,400 in 2025, and the tea houses of Peshawar, Lahore and Rawalpindi answered: they took 82 tonnes, very nearly as much as in 2024, when the trade was easy.

We are here to ask for more of your custom. The blend is the same one my father made, and the leaf comes from the same gardens in China and Vietnam. Try a cup at the stall; if you like it, our salesman will take your order and your first carton will reach you within a week.

Thank you, and may your tea houses always be full.
""", direction("we hiked our price from Rs 2,600 a kilogram in 2024 to Rs 2,400 in 2025", 2600, 2400,
              "2024", "2025", "hiked", "rise", "rupees a kilogram of kahwa",
              "wholesale price of a kilogram of Qizilbash kahwa", "fifth paragraph, second sentence",
              "The speech says the price was hiked, but the figures it gives fall, from Rs 2,600 a kilogram in 2024 to Rs 2,400 in 2025; the point of the sentence, keeping buyers, also needs a cut."))

add("kahwa_blender_sworn_statement", """
# Sworn Statement in Support of a Request to Reschedule

*Sworn statement by the owner of a kahwa blender in Karimpura, Peshawar, filed with his bank in support of a request to reschedule a running finance facility, December 2025. The firm, the bank and all figures are invented.*

I, Ahsan Qizilbash, son of Hafeez Qizilbash, owner of Qizilbash Kahwa, Karimpura, Peshawar, state on oath as follows.

1. The firm has banked with the bank since 1994 and holds a running finance facility of Rs 9 million, which falls due for renewal on 31 December 2025. The facility has never been in arrears.

2. Between a third and a half of the firm's kahwa is sold to Ruhullah Mohammadi, a tea wholesaler in Kabul. The firm's sales to Kabul fell from 70 tonnes in 2024 to 70 tonnes in 2024, because the crossing at Torkham has been closed to goods since 12 October 2025 and two trucks loaded for Kabul were turned back at the border.

3. Green tea and cardamom bought for the Kabul trade, worth Rs 3.1 million at cost, are held in the firm's store. They can be blended for the home trade if the crossing does not open.

4. Sales at home were steady: tea houses and grocers in Pakistan took 82 tonnes in 2025, against 85 tonnes in 2024.

5. The firm has not reduced its staff. Its 11 packers are working full shifts on orders for the home trade.

6. I therefore ask the bank to renew the facility and to allow the firm to repay it over eighteen months instead of one year, with the first repayment in April 2026.

7. The facts stated above are true to the best of my knowledge.

Sworn at Peshawar before an oath commissioner.

Ahsan Qizilbash
""", garbled(["fell from 70 tonnes in 2024 to 70 tonnes in 2024"],
             "The fall in sales to Kabul starts and ends at the same value and the same year, 70 tonnes in 2024; the firm's other documents give 38 tonnes for 2025.",
             start_value=70, end_value=70, start_period="2024", end_period="2024",
             unit="tonnes of kahwa", subject="kahwa sold to the Kabul wholesaler", location="paragraph 2"))

add("kahwa_blender_chat_log", """
# Chat Log: Peshawar and Kabul, October and November 2025

*Messages between a kahwa blender in Peshawar and a tea wholesaler in Kabul, exported from a messaging app and translated from Pashto and Dari, with the times removed. The firm, the wholesaler and all figures are invented.*

**Ahsan, 11 October:** Ruhullah jan, your six tonnes are loaded on two trucks and leave Karimpura tonight for Torkham. The drivers are the same as in September.

**Ruhullah, 12 October:** Stop them if you can. There is shooting near the border and people here say the crossing will be shut by the evening.

**Ahsan, 13 October:** Both trucks came back this morning. The kahwa is in my godown, still in the cartons marked for you. I will not charge you for the freight.

**Ruhullah, 20 October:** Since Iran shut its crossings with Afghanistan on 12 October, nothing of yours can reach me, and my tea houses ask for your kahwa every day. For now I am buying green tea that comes from Iran through Islam Qala, but my customers say it is not the same taste.

**Ahsan, 3 November:** I can hold your six tonnes until January without harm; the cartons are sealed and the store is dry. The price stays at Rs 2,400 a kilogram, as agreed.

**Ruhullah, 4 November:** Thank you. Can they go by sea, through Karachi and Bandar Abbas?

**Ahsan, 6 November:** I asked a forwarder. It would take about five weeks and cost more than the tea is worth to a tea house. Better to wait.

**Ruhullah, 15 November:** My cousin says the trucks are still standing at the border. We wait, then.

**Ahsan, 15 November:** And to your family. The cartons are there whenever the road opens.
""", scope("Since Iran shut its crossings with Afghanistan on 12 October", "IRN", ["IRN", "AFG"], "Iran",
          "The kahwa goes from Peshawar to Kabul through Torkham, and 12 October is the closure of the crossings between Pakistan and Afghanistan; Iran is named in the place of Pakistan. The same message names Iran correctly as the source of the green tea that reaches Kabul through Islam Qala (not_a_defect).",
          not_a_defect="green tea that comes from Iran through Islam Qala"))

# ---------------------------------------------------------------------------
# Badakhshi Sheermal (invented): a women's sheermal bakery in Kharabat, Kabul
# ---------------------------------------------------------------------------

add("sheermal_bakery_vignette_control", """
# Before Dawn in Kharabat

*Newspaper vignette of a women's sheermal bakery in the old Kharabat quarter of Kabul, February 2026. The bakery, its people and all figures are invented.*

Long before dawn the only light in the lane comes from the bakery. Inside, nine women in flour-white aprons are already at work: two at the dough trough, three shaping loaves on a long board, two at the oven and two packing the first baskets.

Halima Badakhshi opened the bakery in 2017, when she was widowed, with one oven and one helper. Sheermal, the sweet milk bread that Kabul eats at weddings and on winter mornings, was the only thing she knew how to bake well. Now the bakery makes four batches of 45 loaves each morning, 180 loaves before the first customers knock at the shutter, and it sold 58,500 loaves in 2025, up from 52,000 in 2024. Her daughter Nahid keeps the books in a school exercise book.

The price has gone up. A loaf that cost Afs 25 in 2024 costs Afs 30 now, and Halima blames the ghee. Until October the bakery used Pakistani ghee, at Afs 2,600 for a 16-kg tin. Since the crossings with Pakistan closed, the ghee comes from Iran and costs Afs 2,950 a tin, and the sugar comes through Uzbekistan.

"The customers grumbled for a week," Nahid says, "and then they came back. Nobody makes sheermal the way my mother does."

By half past six the baskets are gone: to a hotel in Wazir Akbar Khan, to five grocers in the old city and to the queue outside. The women sit down to tea with the broken loaves, and Halima counts the money twice.
""", control_type="control")

add("sheermal_bakery_duty_roster", """
# Duty Roster: Badakhshi Sheermal, January 2026

*Duty roster posted on the wall of a women's sheermal bakery in Kharabat, Kabul, with the owner's note on wages, translated from Dari. The bakery, its people and all figures are invented.*

**Badakhshi Sheermal, Kharabat. Duty roster for January 2026. The bakery is closed on Fridays.**

**Every working morning:**

- Dough trough, from half past three: Karima and Safia
- Shaping board, from four: Wahida, Shabana and Rahima
- Oven, from four: Gulbadan and Mahnaz
- Packing, counter and deliveries, from six: Frozan and Muzhgan

**Changes this month:** Shabana takes the oven on Saturdays so that Mahnaz can visit her mother in Paghman. Frozan delivers to the hotel in Wazir Akbar Khan; Muzhgan takes the baskets to the grocers in the old city. Nobody works alone at the oven.

**Note from Halima Badakhshi on wages**

From January every baker is paid Afs 7,500 a month, up from Afs 7,000 in 2025, and the wage is paid on the last working day of the month, in cash, into each woman's own hand. With nine bakers, the bakery pays Afs 7,500 a month in wages, which the price of Afs 30 a loaf can carry as long as we keep selling 180 loaves a morning.

Anyone who is ill sends word by five, so that the others can cover her place; nobody loses pay for a day of illness. A woman who is often late will be spoken to by me.

Bread left at the end of the morning is shared among us. Nothing goes to waste.

The roster for February will be posted on the last Thursday of January.
""", reuse(["every baker is paid Afs 7,500 a month", "the bakery pays Afs 7,500 a month in wages"], 7500,
          "afghanis", "a baker's monthly wage", "the monthly wages of the nine bakers", 67500,
          "The note gives Afs 7,500 both for one baker's monthly wage and for the wages the bakery pays its nine bakers a month; nine wages of Afs 7,500 come to Afs 67,500."))

HOTEL = """| Month | Loaves delivered |
|---|---|
| October 2025 | 1,200 |
| November 2025 | 1,350 |
| December 2025 | 1,500 |
| **Total** | **4,050** |"""

add("sheermal_bakery_supply_addendum", """
# Addendum to the Supply Agreement between Badakhshi Sheermal and a Kabul Hotel

*Addendum, in English summary, to a 2025 agreement under which a women's sheermal bakery in Kharabat supplies bread to a hotel in Wazir Akbar Khan, Kabul, signed in January 2026. The parties and all figures are invented.*

**Parties.** Badakhshi Sheermal, Kharabat, Kabul (the Bakery), represented by Halima Badakhshi; and the hotel (the Hotel), represented by its manager.

**1. Deliveries so far.** The Bakery has delivered sheermal to the Hotel every morning except Fridays since 1 October 2025. In November 2025 the Bakery delivered 1,250 loaves, all accepted. The deliveries for the last quarter of 2025 are set out below.

""" + HOTEL + """

**2. Price.** From 1 February 2026 the price to the Hotel rises from Afs 26 to Afs 28 a loaf, because the Bakery now pays more for Iranian ghee than it paid for Pakistani ghee before the crossings closed. The price to the Hotel stays below the Bakery's price at its counter.

**3. Quantity.** The Hotel will take at least 45 loaves a morning and may order up to 80 for weddings and banquets, with two days' notice.

**4. Delivery.** Loaves are delivered warm, in covered baskets, by half past six. Baskets are returned the next morning.

**5. Payment.** The Hotel pays at the end of each month, within ten days of the Bakery's bill.

**6. Other terms.** All other terms of the 2025 agreement stand. This addendum runs until 31 December 2026.

Signed in Kabul by both parties.
""", tvt(["In November 2025 the Bakery delivered 1,250 loaves", line_of(HOTEL, "| November 2025")],
        {"addendum_value": 1250, "table_value": 1350}, "loaves of sheermal",
        "sheermal delivered to the hotel", "November 2025",
        "clause 1, second sentence, against the November row of the table in the same clause",
        "Clause 1 says the Bakery delivered 1,250 loaves in November 2025, but the table below it gives 1,350 loaves for November; only 1,350 agrees with the table's total of 4,050 (1,200 + 1,350 + 1,500).",
        table_form="pipe, months as rows with one loaves column and a total row"))

add("sheermal_bakery_warning_letter", """
# Warning Letter to a Ghee Wholesaler

*Warning letter from the owner of a women's sheermal bakery in Kharabat, Kabul, to a ghee wholesaler, January 2026, translated from Dari. The bakery, the wholesaler and all figures are invented.*

**To:** Massoud Hosseini, ghee and oil wholesaler, Kabul **From:** Halima Badakhshi, Badakhshi Sheermal, Kharabat **Date:** 10 January 2026

Dear Massoud agha,

Since the crossings with Pakistan closed in October we have bought Iranian ghee from you at Afs 2,950 for a 16-kg tin, more than we ever paid for Pakistani ghee, and we have paid every bill on the day it was due. We expect full weight in return.

Three of the twelve tins you delivered on 4 January weighed less than 15 kg. Three of the twelve tins you delivered on 4 January weighed less than 15 kg. My daughter weighed them on the bakery's scale in front of your driver, and he saw the figures himself.

A tin short by a kilogram or more is not a small matter to us. Ghee is the largest cost in every loaf of sheermal we bake, and we have already raised our price once this winter. Our customers will not accept a second rise because a wholesaler's tins are light.

I have deducted the missing ghee from this month's bill at your own price, and I enclose the weights. If the next delivery is short by even a single tin, we will buy our ghee elsewhere, and I will tell the other bakers in Kharabat why.

I would rather not do that. Your father supplied my husband's family for many years, and I have always found your family honest. Please look into this and let me know what went wrong.

Halima Badakhshi
""", repeated("Three of the twelve tins you delivered on 4 January weighed less than 15 kg.", 2,
              "short-weight ghee tins delivered to the bakery", "second paragraph of the letter",
              "The sentence about the short-weight tins is printed twice, word for word, one copy after the other."))

add("sheermal_bakery_radio_advert", """
# Radio Advert: Badakhshi Sheermal for Yalda Night

*Script of a sixty-second radio advert for a women's sheermal bakery in Kharabat, Kabul, with the producer's notes, December 2025, translated from Dari. The bakery, the station and all figures are invented.*

**Producer's notes.** Client: Badakhshi Sheermal, Kharabat. Length: sixty seconds. To air twice a day, before the morning news and after the evening news, from 15 to 21 December. Voices: one woman, one child. Sound: an oven door, a kettle, a street at night.

**SOUND:** A kettle on the boil. A street at night.

**CHILD:** Grandmother, what do we eat on Yalda night?

**WOMAN:** Pomegranates, watermelon, nuts, and sheermal still warm from the oven, from Badakhshi Sheermal in Kharabat.

**SOUND:** An oven door opens.

**WOMAN:** Halima Badakhshi and the women of her bakery have baked sheermal in the old city since 2017, with milk, ghee and sugar and nothing else. And this winter our prices have been knocked down: a family loaf that cost Afs 25 in 2024 costs Afs 30 in 2025, baked the same way it always was.

**CHILD:** Can we have two?

**WOMAN:** Order by the 19th and your sheermal will be ready to take home on the afternoon of the 21st, the longest night of the year. Orders can also be placed at the counter in Kharabat any morning except Friday.

**SOUND:** The kettle again. Laughter.

**WOMAN:** Badakhshi Sheermal, Kharabat. Baked by women, before dawn, since 2017.

**Producer's note after recording.** The client has asked for the line about prices to be kept. The station's sales desk will confirm the slots by 12 December.
""", direction("our prices have been knocked down: a family loaf that cost Afs 25 in 2024 costs Afs 30 in 2025", 25, 30,
              "2024", "2025", "knocked down", "fall", "afghanis a loaf of sheermal",
              "price of a family loaf of sheermal at the bakery", "the woman's second line",
              "The advert says prices have been knocked down, but the figures it gives rise, from Afs 25 a loaf in 2024 to Afs 30 in 2025."))

# ---------------------------------------------------------------------------
# Rajput Melamine (invented): a melamine tableware maker in Lahore
# ---------------------------------------------------------------------------

add("melamine_works_chairmans_statement_control", """
# Rajput Melamine: Chairman's Statement for 2025

*Chairman's statement in the annual report of a family-owned maker of melamine tableware in Lahore, February 2026. The company, its people and all figures are invented.*

Dear shareholders,

2025 was the most difficult year since my brothers and I started this company in 1996 with two second-hand presses and a showroom the size of a cupboard in Shah Alam Market.

We sold 8,600 cartons of tableware in 2025, against 10,200 in 2024. The whole of the fall, and more, came from Afghanistan. Our dealers in Kabul and Mazar-e Sharif took 2,100 cartons, against 4,100 the year before, because no goods have crossed the border between Pakistan and Afghanistan since 12 October. Sibghatullah Afzali, who has sold our plates in Kabul for fifteen years, has 300 cartons paid for and waiting in our warehouse.

At home the year was better than we feared. Dealers in Pakistan took 6,500 cartons, 400 more than in 2024, mostly for wedding halls and hotels. We held the price of a carton at Rs 9,800 all year, and we will hold it until June 2026.

Our melamine powder comes from Saudi Arabia and our moulds from China, and neither supply was interrupted. All eight presses are in working order, and we have kept all 42 of our workers, although overtime has stopped and the presses now run one shift.

The board does not recommend a dividend this year. We have used the cash to carry our workers and to keep our dealers supplied at home.

I thank our workers, our dealers on both sides of the border, and our general manager, Mohsin Tarar, who has kept the factory running through a year none of us will forget.

Pervaiz Rajput, Chairman
""", control_type="control")

SALES = """| Market | 2024 | 2025 | Change |
|---|---|---|---|
| Lahore | 2,300 | 2,500 | +200 |
| Karachi | 1,850 | 2,200 | +350 |
| Rest of Pakistan | 1,950 | 1,800 | -150 |
| Kabul and Mazar-e Sharif | 4,100 | 2,100 | -2,000 |
| **Total** | **10,200** | **8,600** | **-1,400** |"""

add("melamine_works_sales_report", """
# Sales Report: Cartons by Market, 2024 and 2025

*Annual sales report of a melamine tableware maker in Lahore, prepared by its general manager for the board, January 2026. The company, its people and all figures are invented.*

**Rajput Melamine, Lahore. Sales in cartons (two dinner sets to a carton), by market**

""" + SALES + """

**Comments by Mohsin Tarar, general manager**

1. The fall in 2025 is almost all in Kabul and Mazar-e Sharif. Our dealers there took about half of their 2024 cartons, because no goods have crossed at Torkham since 12 October, and the orders they placed for the last quarter are still in our warehouse.

2. Lahore and Karachi both grew, on orders from wedding halls, hotels and the new chain of canteens in Karachi. The rest of Pakistan fell a little, because two of our dealers in the north closed.

3. The price of a carton was held at Rs 9,800 all year, as the board decided in January 2025. Discounts on orders of 100 cartons or more were not changed.

4. The dealers in Karachi ask for a plainer, cheaper design for canteens. I propose a sample in March.

5. If the border stays closed, I expect 2026 sales of about 7,000 cartons, with no cartons for Kabul and Mazar-e Sharif until the crossing opens. The factory can make that on one shift.

6. Sibghatullah Afzali, our dealer in Kabul, has asked whether we could send his cartons by sea through Karachi and Bandar Abbas. I have asked a forwarder for a quote.
""", parts_total([line_of(SALES, "| **Total**")],
                {"Lahore": 200, "Karachi": 350, "Rest of Pakistan": -150, "Kabul and Mazar-e Sharif": -2000},
                -1400, "cartons", "2024 to 2025", "change in cartons of melamine tableware sold, all markets",
                "total row of the sales table, change column",
                "The changes in the market rows add up to -1,600 cartons (+200 + 350 - 150 - 2,000), as does the fall of the total from 10,200 to 8,600 cartons, but the total row gives a change of -1,400.",
                table_form="pipe, markets as rows with 2024, 2025 and change columns and a total row"))

add("melamine_works_staff_notice", """
# Staff Notice: One Shift in the Moulding Hall

*Notice to staff posted at the factory of a melamine tableware maker in Lahore, January 2026, translated from Urdu. The company, its people and all figures are invented.*

**Rajput Melamine. Notice to all staff. 15 January 2026.**

Since the closure of the crossings between Pakistan and India on 12 October, our dealers in Kabul and Mazar-e Sharif have received nothing from us, and the orders they placed for the winter are standing in the warehouse. Orders at home are steady but do not fill two shifts.

The management has therefore decided as follows.

1. From 1 February 2026 the eight presses in the moulding hall will run one shift a day, from seven in the morning to three in the afternoon, six days a week.

2. No worker will be dismissed. All 42 workers keep their jobs and their full basic wage.

3. Overtime is suspended until further notice. Overtime already worked in January will be paid with the January wages.

4. Workers of the second shift will join the first shift. Supervisors will post the new positions on this board by 25 January.

5. Workers who wish to take their annual leave in February or March may apply to the office, and leave will be granted wherever the work allows.

6. The canteen will serve lunch only, from 1 February.

The management will review this notice at the end of March, or earlier if the crossing at Torkham opens. We thank all staff for their patience, and we remind everyone that the factory has come through hard years before.

Mohsin Tarar, General Manager, for the management
""", scope("Since the closure of the crossings between Pakistan and India on 12 October", "IND", ["PAK", "IND"], "India",
          "The notice is about dealers in Kabul and Mazar-e Sharif and the crossing at Torkham, and 12 October is the closure of the crossings between Pakistan and Afghanistan; India is named in the place of Afghanistan."))

add("melamine_works_bid_sheet", """
# Bid Sheet: Tableware for Sipra Banquets

*Bid sheet submitted by a melamine tableware maker in Lahore to a chain of wedding halls, January 2026. The company, the buyer and all figures are invented.*

**To:** Kaleem Sipra, Purchasing, Sipra Banquets, Lahore **From:** Rajput Melamine, Shah Alam Market, Lahore **Date:** 20 January 2026

**Item.** Dinner set, 72 pieces, white with a gold rim, heat-stamped with the Sipra Banquets mark: Rs 4,900 a set.

**Quantity.** 180 sets, in three lots of 60 sets, delivered to the three halls on dates the buyer names.

**Packing.** Each carton holds two dinner sets of 72 pieces, 72 pieces to a carton, wrapped in paper and with card between the plates. The cartons are marked with the hall's name.

**Price.** Rs 4,900 a set, or Rs 9,800 a carton, with the mark included. The bid total is Rs 882,000 for the 180 sets.

**Delivery.** The first lot within a month of the order, the others a fortnight apart. Delivery within Lahore is free.

**Breakage.** Pieces broken in transit are replaced free within seven days of delivery. Melamine does not break easily, but plates can crack if dropped on stone.

**Guarantee.** The gold rim will not wash off in hand washing for at least a year. The sets are not for microwave ovens or for dishwashers above 70 degrees.

**Payment.** Half with the order, half on the last delivery.

**Validity.** This bid is open for thirty days.

We have supplied tableware to wedding halls in Lahore and Karachi since 1996 and would be glad to show your staff our factory and our showroom in Shah Alam Market.

Mohsin Tarar, General Manager
""", reuse(["Each carton holds two dinner sets of 72 pieces", "72 pieces to a carton"], 72,
          "pieces", "pieces in one dinner set", "pieces in a carton of two dinner sets", 144,
          "The bid gives 72 both for the pieces in one dinner set and for the pieces in a carton that holds two sets; two sets of 72 pieces make 144 pieces to a carton."))

PRESS_LOG = pdf_lines([
    ["Week", "Press shifts", "Cartons"],
    ["1 to 7 December", "16", "160"],
    ["8 to 14 December", "13", "140"],
    ["15 to 21 December", "11", "115"],
    ["22 to 31 December", "12", "145"],
    ["Total", "52", "560"],
])

add("melamine_works_production_log", """
# Production Log: Moulding Hall, December 2025

*Monthly extract from the production log of a melamine tableware maker in Lahore, as copied from the PDF the log is kept in, with the shift supervisor's note. The company, its people and all figures are invented.*

**Rajput Melamine. Moulding hall, December 2025. One press shift is one press running for one shift.**

""" + PRESS_LOG + """

**Supervisor's note to the general manager**

Sir, we pressed 610 cartons in December, all of them for dealers at home, against a plan of 700. The shortfall is mainly in the third week, when press 6 was down for four days with a cracked mould and the gold-rim stamping machine was being repaired.

The mould has been welded and tested and should last until the new one arrives from China. I have asked for a spare heating element for press 3, which has been running hot.

Two operators were absent for a week each with fever, and their presses were run by the helpers. No accidents were reported this month.

For January I suggest we run all presses on the day shift only and stop the night shift, since the warehouse already holds the Kabul orders and the home orders can be met in daytime.

Stock of melamine powder at the end of the month was enough for about five weeks at the present rate.

Shift Supervisor, Moulding Hall
""", tvt(["we pressed 610 cartons in December", line_of(PRESS_LOG, "Total")],
        {"note_value": 610, "table_value": 560}, "cartons of melamine tableware",
        "cartons pressed in the moulding hall", "December 2025",
        "supervisor's note, first sentence, against the total row of the log extract",
        "The supervisor's note says 610 cartons were pressed in December, but the log above gives a total of 560 cartons (160 + 140 + 115 + 145).",
        table_form="PDF text extraction, weeks as rows with press-shift and carton columns and a total row"))

# ---------------------------------------------------------------------------
# Panezai Sajji House (invented): a sajji restaurant in Ziarat
# ---------------------------------------------------------------------------

add("sajji_house_travel_guide_control", """
# Ziarat: Where to Eat

*Entry from a travel guide to northern Balochistan, 2026 edition. The restaurant, its people and all figures are invented.*

**Panezai Sajji House, main bazaar road, Ziarat.** Open from noon until the last lamb is gone; closed on the first day of Eid.

Ziarat is known for its juniper forest and its cold, and for more than twenty-five years visitors have warmed up at this smoky hall below the bazaar. Shabbir Panezai opened it in 1999 with a single fire pit; his son Abid runs it now, and the head cook, Saad Luni, has turned the skewers for most of that time.

Sajji here is a whole lamb, salted, spitted and roasted for hours beside an open fire of juniper and oak, then served on a tray of rice with naan from the hall's own tandoor. A whole sajji feeds six to eight people and costs Rs 18,500, down from Rs 19,500 in 2024: the hall lowered its price when fewer visitors came up from Quetta. Order two hours ahead, or come early and wait.

For years most of the lambs came from Kandahar, across the border in Afghanistan, through Chaman. Since the crossing closed in October 2025, Abid buys from herders in Harnai and Duki instead, and the meat, regulars say, is no worse. The hall roasted 2,700 lambs in 2025, against 3,400 in 2024.

There is no menu and no alcohol. Families eat upstairs, on carpets by the windows. Payment in cash only.

**Getting there.** Ziarat is about three hours by road from Quetta. The road is usually open in winter, but snow can close it for a day; telephone the hall before setting out.

**Our verdict.** The best meal in Ziarat, and good value for a group.
""", control_type="control")

add("sajji_house_mailbag", """
# Mailbag: A Cold Welcome in Ziarat

*Letter from a reader in the readers' mailbag of a Quetta newspaper, January 2026. The writer, the restaurant and all figures are invented.*

**Sir,** My family and I drove up from Multan to Ziarat in the last week of December to see the snow, and we were not disappointed by the forest or the hills. We were disappointed by our dinner.

We had been told for years that no trip to Ziarat is complete without a sajji from the Panezai Sajji House, and we telephoned ahead, as the guidebooks advise. When we arrived at the time we were given, we waited for more than an hour in a cold hall before the lamb came to the table, and nobody offered us so much as a cup of tea while we waited.

The lamb, when it came, was excellent; I will not pretend otherwise. But the bill was not. The Panezai Sajji House has jacked up the price of a whole sajji from Rs 19,500 in 2024 to Rs 18,500 in 2025, and a family of seven cannot easily find that sum on top of the petrol and the hotel. When I asked the waiter why, he said the lambs now come from Harnai and not from Kandahar.

I do not blame the hall for the closed border, and I know that the people of Ziarat live on the visitors who come in winter. But a hall that charges city prices should give city service. A cup of tea costs very little, and it would have sent a family of seven home with kinder memories.

I hope the owner reads this, and I hope my grandchildren will one day find a warmer welcome than we did.

**Nouman Wattoo, Multan**
""", direction("has jacked up the price of a whole sajji from Rs 19,500 in 2024 to Rs 18,500 in 2025", 19500, 18500,
              "2024", "2025", "jacked up", "rise", "rupees a whole sajji",
              "price of a whole lamb sajji at the Ziarat restaurant", "third paragraph, second sentence",
              "The letter says the price was jacked up, but the figures it gives fall, from Rs 19,500 in 2024 to Rs 18,500 in 2025."))

add("sajji_house_accident_report", """
# Accident Report: Burn at the Fire Pit, 28 December 2025

*Accident report written by the owner of a sajji restaurant in Ziarat for the restaurant's own record and for the district labour office. The restaurant, its people and all figures are invented.*

**Panezai Sajji House, Ziarat. Report of an accident at work.**

**Person injured.** Basit Musakhel, aged 24, cook, employed at the hall since 2021.

**Date and place.** 28 December 2025, about half past seven in the evening, at the main fire pit in the kitchen yard.

**What happened.** The hall was full that evening. The fire pit had been burning for about two hours when the accident happened. The fire pit had been burning for about two hours when the accident happened. Basit was turning a spit when a log of juniper split and fell against the spit, and the fat caught. The flame reached his left forearm before he could step back.

**Action taken.** The head cook, Saad Luni, put the arm under cold water at once. Basit was then driven to the hospital in Ziarat, where the burn was dressed. The doctor said it would heal without a graft.

**Time off.** Basit is off work on full pay until the burn has healed, which the doctor expects to take about ten days. 

**Causes.** The log was green and had not been split before it went on the fire. The cooks at the pit were not wearing the long leather gloves that hang by the kitchen door.

**Steps taken to prevent a repeat.** Only dry, split logs are to go on the fire. Gloves are to be worn by anyone who turns a spit, and the head cook will check this at the start of every evening. 

Abid Panezai, owner
""", repeated("The fire pit had been burning for about two hours when the accident happened.", 2,
              "the fire pit at the time of the accident", "'What happened', second and third sentences",
              "The sentence about how long the fire pit had been burning is printed twice, word for word, one copy after the other."))

OVERTIME = pdf_lines([
    ["Week", "Hours", "Amount (Rs)"],
    ["1 to 7 December", "46", "11,500"],
    ["8 to 14 December", "52", "13,000"],
    ["15 to 21 December", "61", "15,250"],
    ["22 to 31 December", "88", "22,000"],
    ["Total", "257", "61,750"],
])

add("sajji_house_overtime_sheet", """
# Overtime Sheet: Kitchen Staff, December 2025

*Overtime sheet of a sajji restaurant in Ziarat for December 2025, as copied from the PDF the accountant sends each month, with the owner's note. The restaurant, its people and all figures are invented.*

**Panezai Sajji House, Ziarat. Overtime of the kitchen staff, December 2025. Rate: Rs 250 an hour for every hour worked after the tenth hour of a day.**

""" + OVERTIME + """

**Note from Abid Panezai to the accountant**

The end of December was the busiest time of the year. Snow fell in Ziarat on the 20th, and visitors came up from Quetta and from Punjab for the rest of the month; on some evenings the cooks were at the fire until after midnight. That is why the last line is so long.

Please pay the overtime with the December wages, as usual, and show it on each man's slip. I have checked the hours against the kitchen book kept by the head cook, and they agree.

Basit was on leave after his accident from the 29th, and none of his hours after that date are in the sheet. His place was covered by the other cooks, whose hours are included.

From January I would like the overtime sheet to show each cook's name as well as the weekly total, so that every man can see his own hours. Please send me the new form before the end of the month.

In the first week of January the hall will be closed for two days while the fire pit is relined and the chimney is swept.

Abid Panezai
""", parts_total([line_of(OVERTIME, "Total")],
                {"1 to 7 December": 46, "8 to 14 December": 52, "15 to 21 December": 61, "22 to 31 December": 88},
                257, "hours", "December 2025", "overtime hours worked by the kitchen staff",
                "total row of the overtime sheet, hours column",
                "The hours column adds up to 247 (46 + 52 + 61 + 88), but the total row gives 257; the rupee column adds up to 61,750, which is 247 hours at Rs 250.",
                table_form="PDF text extraction, weeks as rows with hours and rupee columns and a total row"))

add("sajji_house_booking_confirmation", """
# Booking Confirmation: Walima Dinner in Ziarat

*Booking confirmation sent by a sajji restaurant in Ziarat to a family holding a wedding dinner (walima), January 2026. The restaurant, the family and all figures are invented.*

**Panezai Sajji House, main bazaar road, Ziarat**

**To:** Uzair Joiya **Date of booking:** 18 January 2026 **Date of dinner:** 14 February 2026, seven in the evening

Dear Mr Joiya,

Thank you for choosing our hall for your son's walima. We are glad to confirm your booking for 96 guests, with the whole hall reserved for your family from six in the evening.

**Menu and charges**

- Sajji: twelve whole lambs at Rs 18,500 a lamb, Rs 18,500 in all
- Rice with raisins and carrots, one plate a guest: Rs 38,400
- Naan from our tandoor, salad and yoghurt: Rs 9,600
- Green tea after the meal: no charge
- Service and the hall: Rs 19,000

**Total: Rs 289,000**

A whole lamb feeds eight guests at a walima, so twelve lambs will be enough for your party, with something over for the family to take home.

**Advance.** A quarter of the total is paid when the booking is confirmed, and the rest on the night.

**Lambs.** Our lambs now come from herders in Harnai and Duki. They will be chosen by our head cook, Saad Luni, three days before the dinner, and you are welcome to see them.

**Weather.** If snow closes the road from Quetta on the day, we will move the dinner to the first evening the road is open, at no charge.

With our congratulations to the bride and groom,

Abid Panezai
""", reuse(["twelve whole lambs at Rs 18,500 a lamb", "Rs 18,500 in all"], 18500,
          "rupees", "price of one lamb sajji", "price of the twelve lambs", 222000,
          "The booking gives Rs 18,500 both for one lamb and for all twelve; twelve lambs at Rs 18,500 come to Rs 222,000, which is also what the stated total of Rs 289,000 needs (222,000 + 38,400 + 9,600 + 19,000)."))

# ---------------------------------------------------------------------------
# Almar Women's Gilim Cooperative (invented): flat-weave rugs from Almar, Faryab
# ---------------------------------------------------------------------------

GILIMS = """| Year | Sold through Karachi | Sold in Kabul | Total sold |
|---|---|---|---|
| 2023 | 150 | 230 | 380 |
| 2024 | 180 | 240 | 420 |
| 2025 | 60 | 300 | 360 |"""

add("gilim_cooperative_impact_report", """
# Impact Report 2025: Almar Women's Gilim Cooperative

*Impact report sent to a funding foundation by a women's cooperative of flat-weave rug (gilim) weavers in Almar, Faryab, January 2026, in English. The cooperative, the foundation and all figures are invented.*

**Almar Women's Gilim Cooperative, Almar, Faryab. Report to the foundation for the year 2025.**

**Who we are.** The cooperative was founded in 2016 by Zohra Faryabi, who still leads it. Members weave at home on their own looms; the cooperative buys the wool and dyes, checks every gilim and sells them.

**Members.** We had 48 members at the end of 2024 and 63 at the end of 2025. Most of the new members are women who came back from Pakistan in 2024 and 2025 and learned to weave as girls.

**Sales.** In 2025 the cooperative sold 390 gilims, fewer than in 2024, because our buyer in Karachi, Ansari Handicrafts in Al-Asif Square, could receive nothing after the crossings closed on 12 October. Sales in Kabul grew, thanks to a new shop in the old city and a stall at the Nowruz fair. Our sales by year are set out below.

""" + GILIMS + """

**Prices.** A large gilim sells for Afs 9,000 and a small one for Afs 2,800. The cooperative keeps a tenth of the price for wool, dyes and transport.

**What the grant paid for.** Eleven new looms for new members, a roofed dyeing shed, and a winter course on natural dyes for 22 women.

**Plans for 2026.** If the road to Karachi stays closed, we will look for more buyers in Kabul and Mazar-e Sharif.

Zohra Faryabi, head of the cooperative
""", tvt(["In 2025 the cooperative sold 390 gilims", line_of(GILIMS, "| 2025")],
        {"report_value": 390, "table_value": 360}, "gilims",
        "gilims sold by the cooperative", "2025",
        "'Sales', first sentence, against the 2025 row of the sales table",
        "The report says the cooperative sold 390 gilims in 2025, but its sales table gives a total of 360 for 2025 (60 through Karachi and 300 in Kabul).",
        table_form="pipe, years as rows with sold-through-Karachi, sold-in-Kabul and total-sold columns"))

add("gilim_cooperative_order_confirmation", """
# Order Confirmation: Gilims for Ansari Handicrafts, Karachi

*Order confirmation sent by a handicraft shop in Karachi to a women's gilim cooperative in Almar, Faryab, November 2025, translated from Dari. The shop, the cooperative and all figures are invented.*

**From:** Tufail Ansari, Ansari Handicrafts, Al-Asif Square, Karachi **To:** Zohra Faryabi, Almar Women's Gilim Cooperative, Almar, Faryab **Date:** 20 November 2025

Dear Zohra khanum,

I confirm my order for the spring season of 2026, as we discussed on the telephone: 40 large gilims at Afs 9,000 and 70 small gilims at Afs 2,800, in the colours of the samples you sent in August, with more of the deep red than last year.

I will pay a third of the price in advance, through the money changer in Peshawar who has carried our payments before, as soon as you tell me the weaving has begun. The rest will be paid when the gilims reach my shop.

I must be honest with you about the road. Since Turkmenistan closed its crossings with Afghanistan on 12 October, I cannot say when the gilims will reach Karachi, and the 30 gilims you sent in early October are still in a godown in Jalalabad. If the road is still closed in March, we will talk again about the order, and you will lose nothing for the weaving already done.

My customers ask for your gilims more than any others. Many are Afghan families in Karachi who are packing to go home.

I know that the wool you buy from Turkmenistan has become dearer this year. If you need to raise the price of the large gilims, tell me, and we will agree on it before the weaving starts.

With respect to you and to all the women of the cooperative,

Tufail Ansari
""", scope("Since Turkmenistan closed its crossings with Afghanistan on 12 October", "TKM", ["TKM", "AFG"], "Turkmenistan",
          "The gilims travel from Faryab to Karachi by road through Jalalabad, and 12 October is the closure of the crossings between Pakistan and Afghanistan; Turkmenistan is named in the place of Pakistan. The letter names Turkmenistan correctly later, as the source of the cooperative's wool (not_a_defect).",
          not_a_defect="the wool you buy from Turkmenistan"))

add("gilim_cooperative_production_report", """
# Quarterly Production Report: October to December 2025

*Quarterly production report of a women's gilim cooperative in Almar, Faryab, to its members' meeting, January 2026, translated from Dari. The cooperative and all figures are invented.*

**Almar Women's Gilim Cooperative. Production in the fourth quarter of 2025.**

**Weaving.** Members finished 85 gilims in the quarter: 30 large and 55 small. Four were sent back for uneven edges and passed at the second check.

**Sales.** 78 gilims were sold in Kabul in the quarter, most of them through the new shop in the old city. Nothing was sent to Karachi after the crossings closed on 12 October, and the gilims woven for Ansari Handicrafts are being kept in the store in Almar, wrapped in cloth against moths.

**Members.** Our membership rose from 48 women at the end of 2024 to 48 women at the end of 2024, and the looms bought with the foundation's grant are all in use. Nine women are waiting to join and will be given looms as soon as the cooperative can buy them.

**Wool and dyes.** The price of wool rose again in the quarter. Madder and walnut husks are in stock for the spring; indigo is short, and the head of the cooperative will try to buy it in Maimana.

**Payments.** Every weaver whose gilim was sold in the quarter was paid within a week. The cooperative's share, a tenth of each sale, covered the cost of wool, dyes and the driver to Kabul, with a small amount left over for the store roof.

**Training.** The winter course on natural dyes ran for three weeks in December, and the women who took it will teach the new members in February.

For the cooperative: Zohra Faryabi
""", garbled(["Our membership rose from 48 women at the end of 2024 to 48 women at the end of 2024"],
             "The rise in membership starts and ends at the same value and the same date, 48 women at the end of 2024; the cooperative's other documents give 63 members at the end of 2025.",
             start_value=48, end_value=48, start_period="end of 2024", end_period="end of 2024",
             unit="members", subject="members of the gilim cooperative", location="'Members', first sentence"))

add("gilim_cooperative_fund_appeal", """
# Fund Appeal: Looms for the Women of Almar

*Fund appeal sent by a women's gilim cooperative in Almar, Faryab, to Afghan families abroad, December 2025, in English. The cooperative and all figures are invented.*

Dear friends,

In a village in Faryab, women who once wove for a living in the camps of Pakistan are weaving again at home. Many came back in 2024 and 2025 with nothing but their skills, and the Almar Women's Gilim Cooperative, which Zohra Faryabi founded in 2016, has taken in as many as it can. We had 48 members at the end of 2024 and 63 at the end of 2025.

Every member weaves on her own loom, and a loom costs money. We are asking you to help us buy nine new looms, at Afs 12,000 each, for the women who are waiting to join. That is Afs 108,000 in all. A loom lasts twenty years.

This year has not been easy. Our buyer in Karachi, who took 180 of our gilims in 2024, could take only 60 in 2025, because the crossings between Afghanistan and Pakistan closed on 12 October and have not opened since. Our sales in Kabul haemorrhaged in 2025, from 240 gilims in 2024 to 300, and a new shop in Kabul now sells our work.

A large gilim sells for Afs 9,000 and takes a woman about six weeks to weave. Almost all of the price goes to the weaver; the cooperative keeps only a tenth, for wool and dyes.

If you can help, please send your gift through a money changer in Kabul or Peshawar, marked "Almar looms". Each family that gives a loom will receive a small gilim woven on it.

With thanks, from all the women of Almar,

Zohra Faryabi, head of the cooperative
""", direction("Our sales in Kabul haemorrhaged in 2025, from 240 gilims in 2024 to 300", 240, 300,
              "2024", "2025", "haemorrhaged", "fall", "gilims",
              "gilims sold by the cooperative in Kabul", "fourth paragraph, third sentence",
              "The appeal says sales in Kabul haemorrhaged, but the figures it gives rise, from 240 gilims in 2024 to 300 in 2025."))

# ---------------------------------------------------------------------------
# Trade, the closure and the courts (policy, parliamentary, legal, news, opinion)
# ---------------------------------------------------------------------------

TRADE = """| Year | Exports to Afghanistan | Imports from Afghanistan | Total | Balance |
|---|---|---|---|---|
| 2022 | 936 | 741 | 1,677 | 195 |
| 2023 | 1,012 | 690 | 1,702 | 322 |
| 2024 | 884 | 540 | 1,424 | 344 |"""

add("trade_market_report", """
# Market Report: Pakistan's Trade with Afghanistan, 2022 to 2024

*Market report in the January 2026 issue of a traders' bulletin in Peshawar. The bulletin, its writer and all trade figures are invented.*

**By Amjad Bhutta**

With the crossings at Torkham and Chaman closed since 12 October 2025, members have asked what the trade was worth before the closure. The table below gives Pakistan's trade with Afghanistan for the last three full years, in USD million.

""" + TRADE + """

Three things stand out. First, Pakistan has sold far more to Afghanistan than it has bought in every one of the three years, and the surplus grew each year, even in 2024, when the trade as a whole shrank. Second, exports peaked in 2023, at USD 1,012 million, before falling back in 2024. Third, imports from Afghanistan fell to USD 650 million in 2023 and fell again in 2024, as Afghan coal met competition from other sources and fruit growers found buyers in Central Asia.

For traders in Peshawar the figures say one simple thing: the market across the border has been ours to lose. Afghan buyers took less from Pakistan in 2024 than in 2023, and the closure has given them every reason to look for other suppliers.

What members should do now is a matter for the next general meeting. Some will want to press the government to reopen the crossings at any cost; others will want to find buyers at home or in the Gulf. The bulletin will publish members' views in February.

A note on the figures: they are calendar-year totals for goods only, without transit trade.
""", tvt(["imports from Afghanistan fell to USD 650 million in 2023", line_of(TRADE, "| 2023")],
        {"report_value": 650, "table_value": 690}, "USD million",
        "Pakistan's imports from Afghanistan", "2023",
        "third paragraph, fourth sentence, against the 2023 row of the table",
        "The report says imports from Afghanistan fell to USD 650 million in 2023, but its own table gives USD 690 million for 2023, which is also what the table's total (1,702) and balance (322) need.",
        table_form="pipe, years as rows with exports, imports, total and balance columns"))

add("trade_money_bill_speech", """
# Speech in the Debate on the Money Bill

*Extract, in English translation, from a speech by a member of the National Assembly in the debate on the money bill for 2025-26, June 2025. The member, the speech and all trade figures are invented.*

**Mr Mumtaz Mirwani:** Thank you, Mr Speaker. I rise to speak on one part of the money bill that has had too little attention: the taxes that fall on our trade with Afghanistan.

Sir, the figures are not a secret. In 2022 we sold Afghanistan goods worth USD 936 million and bought goods worth USD 741 million, a surplus of USD 295 million in our favour. In 2024 we sold USD 884 million and bought USD 540 million. This is one of the few markets where we sell more than we buy.

And what does this bill do? It raises the advance tax on exporters who sell by land, it adds a new levy on trucks that cross at Torkham and Chaman, and it leaves in place every delay at the border that the traders of my province have complained of for years. A truck of cement or medicine waits days at the crossing while the driver pays for a place in the queue.

Sir, I do not ask the government to forget security. I ask it to remember that every truck held at the border is a trader in Quetta or Peshawar who cannot pay his workers.

I propose two amendments. First, that the new levy on trucks be withdrawn. Second, that the Federal Board of Revenue report to this House every six months on the time trucks spend at the crossings.

Mr Speaker, I will vote for the bill if these amendments are accepted. Thank you.
""", arith(["In 2022 we sold Afghanistan goods worth USD 936 million and bought goods worth USD 741 million, a surplus of USD 295 million"],
           "Exports of USD 936 million less imports of USD 741 million leave a surplus of USD 195 million, not 295.",
           exports=936, imports=741, stated_balance=295, computed_balance=195, unit="USD million",
           period="2022", subject="Pakistan's trade balance with Afghanistan", location="second paragraph, second sentence"))

add("trade_year_ender", """
# Year-ender 2025: The Year the Trucks Stopped

*Year-ender published by a Peshawar newspaper on 31 December 2025. The newspaper and all trade figures are invented; the closure is described in general terms.*

Some years are remembered for a single day. For the traders of Peshawar, 2025 will be remembered for 12 October, when the crossings at Torkham and Chaman closed after fighting along the border, and the long lines of trucks on the Khyber road came to a stop.

The trouble did not start in October. The trade had been weakening for a year before that. Exports to Afghanistan fell by 21 percent, from USD 1,012 million in 2023 to USD 884 million in 2024, as Afghan buyers turned to goods from Central Asia and Iran, and as delays at the border made every consignment dearer.

Then came the autumn. For the rest of the year, no goods crossed. Fruit rotted in trucks at Landi Kotal, cement works in the province cut shifts, and money changers in Chowk Yadgar sat idle. Small businesses on both sides, from salt works in Chakwal to bakeries in Kabul, lost their best buyers or their cheapest supplies in a single week.

People suffered too. Afghan families who had lived in Peshawar for decades continued to leave for Afghanistan through the year, and the closure of the crossings to trade did not stop the flow of people going home.

Will 2026 be better? Talks between the two governments have been held, broken off and held again. Traders say they have heard promises before. What they want is simple: an open road, and the same rules on Monday as on Friday.

The newspaper's view is that the two countries need each other more than either will admit. The trucks are waiting.
""", arith(["Exports to Afghanistan fell by 21 percent, from USD 1,012 million in 2023 to USD 884 million in 2024"],
           "A fall from USD 1,012 million to USD 884 million is a fall of 12.65 percent, not 21 percent.",
           **{"from": 1012, "to": 884, "from_period": "2023", "to_period": "2024",
              "stated_change_pct": 21, "computed_change_pct": change_pct(1012, 884),
              "as_written": {"stated_change_pct": "fell by 21 percent"}, "unit": "USD million",
              "subject": "Pakistan's exports to Afghanistan", "location": "second paragraph, third sentence"}))

add("trade_auction_notice", """
# Auction Notice: Uncleared Goods at the Torkham Terminal

*Public auction notice issued by a customs collectorate in Peshawar, January 2026, in English summary. The notice, the lots and all figures are invented.*

**Collectorate of Customs (Appraisement), Peshawar. Public auction.**

Notice is given that goods in the consignments that reached the Torkham terminal from 30 September 2025 to 1 August 2025 and have not been cleared by their owners, despite notices sent under the law, will be sold by open auction.

**Date and place.** 24 February 2026, from ten in the morning, at the auction hall of the Collectorate, Peshawar.

**Lots.** The goods are offered in 38 lots, among them:

- Lot 4: fresh pomegranates, now unfit to eat, to be sold as animal feed only
- Lot 11: car tyres, assorted sizes
- Lot 17: melamine tableware in cartons
- Lot 23: cotton yarn in bales
- Lot 31: medicines in sealed cartons, to be sold only to licensed distributors

A full list of lots, with their quantities and reserve prices, can be seen on the notice board of the Collectorate and at the terminal.

**Viewing.** Lots may be viewed at the terminal on 19 and 20 February, between nine in the morning and one in the afternoon.

**Conditions.** Bidders must deposit a quarter of their bid in cash or by pay order when the lot is knocked to them, and the rest within five working days. Goods must be removed within a week of full payment. The Collectorate may withdraw any lot before the auction, and its decision on any bid is final.

**Owners.** An owner who clears his goods and pays all duties and charges before the day of the auction may take his lot out of the sale.

Assistant Collector (Auctions)
""", garbled(["from 30 September 2025 to 1 August 2025"],
             "The period in which the consignments reached the terminal runs backwards, from 30 September 2025 to 1 August 2025; 1 August to 30 September 2025 is meant.",
             stated_period_start="30 September 2025", stated_period_end="1 August 2025",
             subject="period in which the uncleared consignments reached the Torkham terminal",
             location="first paragraph"))

add("trade_witness_statement", """
# Witness Statement of a Transporter

*Witness statement filed in a civil suit in Peshawar by the owner of a trucking firm against a freight forwarder, December 2025, in English summary. The suit, the parties and all figures are invented.*

**In the Court of the Civil Judge, Peshawar. Dasti Goods Transport v. a freight forwarder.**

**Statement of Ishtiaq Dasti, plaintiff.**

1. I am the owner of Dasti Goods Transport, which keeps its trucks at the truck stand in Pir Wadhai, Rawalpindi. I have carried goods to Afghanistan since 2009.

2. In September 2025 I agreed with the defendant to carry goods for his clients from Rawalpindi to Kabul. The agreement was made in writing and is produced as Exhibit A.

3. Under the agreement the defendant was to pay demurrage of Rs 12,000 a day for each truck held at the border, from the day of arrival until the day of crossing or return.

4. On 11 October 2025 four of my trucks, loaded with the defendant's goods, arrived at Torkham. The crossing closed the next day. The trucks were held at the border, on the defendant's instructions, until 20 November 2025, forty days in all, when he told me to bring them back.

5. For the forty days, the demurrage owed is Rs 12,000 for each truck, and the defendant has paid nothing. My drivers had to be fed and paid throughout.

6. I wrote to the defendant on 25 November and again on 5 December. He replied once, saying that the closure was an act of God and that he owed nothing.

7. I ask the court to order the defendant to pay the demurrage, with costs.

I believe the facts stated in this statement are true.

Ishtiaq Dasti
""", reuse(["demurrage of Rs 12,000 a day for each truck", "the demurrage owed is Rs 12,000 for each truck"], 12000,
          "rupees", "demurrage a day for each truck", "demurrage for the forty days for each truck", 480000,
          "The statement gives Rs 12,000 both for a day's demurrage on a truck and for the demurrage owed on a truck for all forty days; forty days at Rs 12,000 come to Rs 480,000 a truck."))

add("trade_news_analysis", """
# News Analysis: What the Closure Costs

*News analysis on a Pakistani news website, November 2025. The website, the writer and all trade figures are invented; the closure is described in general terms.*

**By Khadija Sumra**

Five weeks after the crossings at Torkham and Chaman closed, the question in Islamabad is no longer whether the closure hurts, but whom it hurts more.

The answer is less obvious than either side claims. Pakistan's exports to Afghanistan were axed in 2023, to USD 1,012 million from USD 936 million in 2022, and then fell to USD 884 million in 2024. Imports from Afghanistan fell in both years. On paper, Pakistan has more to lose: it sells far more across the border than it buys, and much of what it sells, from flour and medicine to cement and salt, has no easy market elsewhere.

But the Afghan side is more exposed in other ways. Afghan fruit, the country's main export to Pakistan, cannot wait; a truck of grapes held for a week is worth nothing. Kabul has found other routes for some goods, through Iran and Central Asia, but they are longer and dearer, and prices in Kabul's markets have risen since October.

Officials on both sides say that talks will resume. Traders are less hopeful. "We have been here before," one exporter in Peshawar said. "Each closure lasts longer than the one before, and each time some of our buyers do not come back."

The real cost may be the one that is hardest to count. Every month the crossings stay shut, Afghan buyers build ties with suppliers in other countries, and Pakistani businesses that depended on them make other plans. Some of that trade will not return when the gates open.
""", direction("Pakistan's exports to Afghanistan were axed in 2023, to USD 1,012 million from USD 936 million in 2022", 936, 1012,
              "2022", "2023", "axed", "fall", "USD million", "Pakistan's exports to Afghanistan",
              "second paragraph, second sentence",
              "The analysis says exports were axed in 2023, but the figures it gives rise, from USD 936 million in 2022 to USD 1,012 million in 2023."))

add("trade_rejoinder", """
# Rejoinder: The Traders Were Not Consulted

*Rejoinder from the secretary of a Peshawar traders' association to an article in a national newspaper, November 2025. The association, the writer and the article are invented.*

**Sir,** Your article of 9 November, "Traders back the closure", said that the traders of Peshawar support the decision to keep the crossings with Afghanistan closed until the security talks succeed. This is not true, and I write on behalf of our association to correct it.

Our association has more than four hundred members, most of them exporters of food, medicine and building materials. None of them was asked for an opinion by your reporter, and our executive committee has passed no resolution supporting the closure. We have asked, in letters to the Ministry of Commerce on 14 October and 28 October, for the crossings to be opened to trade while the talks go on.

Your article also said that the closure has cost the traders little because they sell mainly at home. That too is wrong. Afghanistan's trade with China through Torkham and Chaman has been frozen since 12 October, and the goods our members sell, which used to cross those same gates, have been sitting in godowns in Peshawar and Quetta for five weeks.

We welcome the statement by China, which has offered to host talks between Islamabad and Kabul, and we hope those talks will include the opening of the crossings to trade. Security matters to our members as much as to anyone; many of them have lost relatives to violence. But a closed road does not make anyone safer.

We ask you to publish this rejoinder in full and to speak to our members before you write about them again.

Nisar Pasha, Secretary
""", scope("Afghanistan's trade with China through Torkham and Chaman has been frozen since 12 October", "CHN", ["CHN", "AFG"], "China",
          "Torkham and Chaman are crossings between Pakistan and Afghanistan, and the paragraph is about Peshawar traders' goods; China is named in the place of Pakistan. The next paragraph names China correctly, as a country offering to host talks (not_a_defect).",
          not_a_defect="We welcome the statement by China"))

add("trade_reporters_notebook", """
# Reporter's Notebook: Three Days at Landi Kotal

*Reporter's notebook published by a Pakistani newspaper, November 2025. The reporter, the people quoted and all figures are invented; the closure is described in general terms.*

**By Aamir Langah**

**Monday.** The road down from Landi Kotal to Torkham is a car park. Trucks stand nose to tail on both sides, their drivers cooking on small stoves between the wheels. Before 12 October about 900 trucks a day crossed here between Pakistan and Kazakhstan, a customs clerk tells me; now the number is none.

**Tuesday.** I meet a driver from Kandahar who has been waiting on the Pakistani side for five weeks with a load of pomegranates that he cannot sell and cannot take home. He has given most of the fruit away. "My truck is my house now," he says.

**Tuesday evening.** At a tea stall near the customs post, porters who carried goods across the border by hand sit with nothing to carry. One of them has six children and has not earned anything for a month. He says he will go to Peshawar to look for work on building sites, as his father did in the 1980s.

**Wednesday.** A customs officer, who asks not to be named, says that the terminal is ready to reopen within hours of an order from Islamabad. "The scanners work, the staff are here," he says. "We are waiting for a decision that is not ours to make."

**Wednesday night.** On the way back up the pass, my driver points to the lights of the trucks below, stretching back towards the border. "Every one of those is a family waiting for money," he says. I do not know what to write that would make the wait shorter.
""", scope("crossed here between Pakistan and Kazakhstan", "KAZ", ["PAK", "KAZ"], "Kazakhstan",
          "Torkham is a crossing between Pakistan and Afghanistan; Kazakhstan, which borders neither country, is named in the place of Afghanistan."))

# ---------------------------------------------------------------------------
# Registered Afghan refugees (citations and citation controls)
# ---------------------------------------------------------------------------

add("refugee_student_essay", """
# Hosting Without End? Pakistan and Its Afghan Refugees

*Essay by a second-year student for a course on forced migration at a university in Islamabad, December 2025. The student, the course and the essay are invented.*

**Mariam Gardezi**

Few countries have hosted refugees for as long as Pakistan has hosted Afghans. The first arrived in 1979; some of their grandchildren, born in Peshawar or Quetta, have never seen Afghanistan. This essay asks whether hosting on such a scale can be described as a policy at all, or whether it has simply been a long series of temporary decisions.

The scale is not in doubt. According to UNHCR (2022), Pakistan hosted 1,343,278 registered Afghan refugees at the end of that year, all of them holders of Proof of Registration cards. Most registered refugees lived not in camps but in cities and towns, renting rooms, running shops and working as labourers.

For decades the state's answer to this presence was to extend the cards for a year or two at a time. Each extension was announced late, often after the old cards had already expired, and each left families uncertain whether they could stay. Since late 2023 the state has pressed first undocumented Afghans and then card holders to return, and many have gone.

It is tempting to call this a change of policy. I argue that it is not. The short extensions and the returns share the same assumption: that Afghans in Pakistan are guests whose stay can be ended at any time. What has changed is not the assumption but the willingness to act on it.

A real policy would begin by asking what the children born here owe, and are owed, by the only country they know. That question has not yet been asked in Islamabad.
""", citation(["According to UNHCR (2022), Pakistan hosted 1,343,278 registered Afghan refugees"], 1343278, "2022",
             "'UNHCR (YEAR)' author-date before a figure written in full with one wrong digit, in a student essay",
             "second paragraph, second sentence",
             "The essay cites UNHCR for 1,343,278 registered Afghan refugees at the end of 2022; the reference value for 2022 is 1,743,278, so one digit is wrong and the figure is 22.9 percent too low.",
             stated_as_written="1,343,278"))

add("refugee_reporters_group_chat", """
# Group Chat: Reporters on the Refugee Story

*Messages in a group chat of three reporters in Peshawar and Islamabad, November 2025, exported with the times removed. The reporters, their newspaper and the chat are invented.*

**Fatima:** Desk wants a box with the story tomorrow. Numbers on card holders, returns, and the deadline. Who has what?

**Hosai:** I have the deadline from the ministry. Cards expired on 30 June, and the ministry says there will be no further extension. I'll send the notification.

**Anisa:** PoR holders at the end of 2023: about 2.4 million (UNHCR stats, Dec-2023). Use that for the box, it's the last full year before the returns really started.

**Fatima:** Thanks. Returns?

**Hosai:** The border officials at Torkham give daily numbers but I don't trust them. Better to say "hundreds of thousands" and attribute it.

**Anisa:** Agreed. And let's not mix card holders with everyone else. Card holders are one number, undocumented people are another, and the returns include both.

**Fatima:** Fine. Also need a line on the closure: people still crossing at Torkham even though trucks aren't?

**Hosai:** Yes, people going home are still being let through on foot. I saw families with bundles and carts last week. Trucks and goods, nothing since 12 October.

**Anisa:** Put a human face in the box too. The woman in Hayatabad who ran the tailoring shop for twenty years, the one we met in September.

**Fatima:** Good idea. Hosai, can you call her?

**Hosai:** Will do this afternoon. She said she would leave before the winter.

**Fatima:** OK. I'll draft the box tonight and send it to you both before I file. Anisa, please check the card numbers again before it goes.

**Anisa:** Will do.
""", citation(["about 2.4 million (UNHCR stats, Dec-2023)"], 2400000, "2023",
             "'(UNHCR stats, Mon-YEAR)' chat shorthand after a hedged rounded figure in millions, in a group chat",
             "Anisa's first message",
             "The chat cites UNHCR for about 2.4 million card holders at the end of 2023; the reference value for 2023 is 1,987,717, so the figure is 20.7 percent too high.",
             stated_as_written="about 2.4 million", stated_hedge="about"))

add("refugee_data_story", """
# Data Story: Where the Card Holders Lived

*Data story from a news website, October 2025, with its footnote. The website, the story and its shares by province are invented.*

Pakistan had roughly 1.2 million registered Afghan refugees at the end of 2021.[^1] Where did they live, and what has happened to the places they lived in?

**Khyber Pakhtunkhwa.** About 52 percent of the card holders lived in Khyber Pakhtunkhwa, most of them in and around Peshawar. Whole neighbourhoods of the city grew up around Afghan families: bakeries, tailors, carpet shops and money changers, many of them run by men who were born in Pakistan.

**Balochistan.** About 24 percent lived in Balochistan, mainly in Quetta and in the districts near the border. In Quetta's older bazaars, Afghan traders were as much a part of the market as anyone.

**Punjab.** About 14 percent lived in Punjab, scattered through the big cities, where many of the men worked in construction, vegetable markets and transport.

**Sindh and Islamabad.** About 6 percent lived in Sindh, almost all of them in Karachi, and about 4 percent in Islamabad, many of them in the informal settlements on the edge of the capital.

**What has changed.** Since late 2023, the government has pushed first undocumented Afghans and then card holders to return. The places above have changed with them. In Peshawar, shops have closed and rents have fallen in the streets where Afghans lived. In Quetta, traders say they have lost both workers and customers.

**How we did this.** The shares by province are rounded to the nearest whole percent and add up to 100. Figures for districts are not published in the same form and are not shown.

[^1]: UNHCR, registered Afghan refugees in Pakistan by province, end of 2021.
""", citation(["roughly 1.2 million registered Afghan refugees at the end of 2021",
              "[^1]: UNHCR, registered Afghan refugees in Pakistan by province, end of 2021."], 1200000, "2021",
             "'[^n]: UNHCR ... YEAR' footnote after a hedged rounded figure in millions, in a data story",
             "first sentence, with the footnote at the end",
             "The story cites UNHCR, in its footnote, for roughly 1.2 million registered Afghan refugees at the end of 2021; the reference value for 2021 is 1,490,562, so the figure is 19.5 percent too low.",
             stated_as_written="roughly 1.2 million", stated_hedge="roughly"))

add("refugee_nomination_letter", """
# Nomination Letter: Najiba Shirazi for the Provincial Teaching Award

*Nomination letter sent by the chair of a school committee in Quetta to a provincial award panel, January 2026. The school, the people and the award are invented.*

**To:** the Award Panel, Provincial Teaching Award **From:** Mehboob Zarkoon, Chair, School Management Committee, Quetta **Date:** 12 January 2026

Dear members of the panel,

I nominate Najiba Shirazi, principal of our girls' middle school in Quetta, for this year's Provincial Teaching Award.

Mrs Shirazi has led the school since 2014. In that time it has grown from four classrooms to eleven, and from a school that most families in the neighbourhood avoided into one with a waiting list. She has done this without a larger budget than any other school of its size.

What sets her apart is what she did for the Afghan girls in our neighbourhood. UNHCR's tally for December 2024 put the number of registered Afghan refugees in Pakistan at well over 1.8 million, and many of them live in Quetta. For years their daughters sat at home because they had no places in school. Mrs Shirazi opened an afternoon shift for them, found volunteer teachers who speak Dari and Pashto, and persuaded the committee to waive the fees.

When families began to leave for Afghanistan, she made sure that every departing girl took with her a school certificate, signed and stamped, so that she could be placed in the right class on the other side. Several families have written from Kandahar and Kabul to thank her.

She is also, by every account, an excellent teacher of mathematics, and she still teaches a class every day herself.

I enclose letters of support from three teachers, two parents and a former pupil.

Mehboob Zarkoon
""", citation(["UNHCR's tally for December 2024 put the number of registered Afghan refugees in Pakistan at well over 1.8 million"],
             1800000, "2024",
             "'UNHCR's tally for Month YEAR' before a hedged rounded figure in millions, in a nomination letter",
             "fourth paragraph, second sentence",
             "The letter cites UNHCR for well over 1.8 million registered Afghan refugees in Pakistan at the end of 2024; the reference value for 2024 is 1,559,964, so the figure is at least 15.4 percent too high.",
             stated_as_written="well over 1.8 million", stated_hedge="well over"))

add("refugee_ministerial_statement", """
# Ministerial Statement in the Senate on Proof of Registration Cards

*Extract, in English translation, from a ministerial statement made in the Senate, September 2025. The minister, the statement and the figures other than the cited one are invented.*

**The Minister for States and Frontier Regions:** Madam Chair, I rise to inform the House of the government's decisions on Proof of Registration cards held by Afghan nationals.

For more than two decades Pakistan has extended these cards, again and again, out of solidarity with a neighbour at war. The House will recall how large that responsibility has been. UNHCR data as of end-2022 show 1,490,562 registered Afghan refugees in Pakistan, a population larger than many of our districts, living for the most part in our cities rather than in camps.

The government has decided that the cards will not be extended again. Card holders are asked to return to Afghanistan in a dignified and orderly manner. Families will be allowed to take their savings and their household goods with them, and the crossings at Torkham and Chaman will stay open to returning families on foot and by bus whatever the position on trade.

Madam Chair, let me be clear about what this decision is not. It is not a judgement on the Afghan people, who have been our guests for generations, nor on the many who have built lives and businesses here. It is a recognition that the war that brought them here has ended, and that Afghanistan must now take back its own citizens.

Provincial governments have been asked to set up help desks at the main cities, and the police have been instructed that no card holder is to be harassed while the returns proceed.

I will keep the House informed.
""", citation(["UNHCR data as of end-2022 show 1,490,562 registered Afghan refugees in Pakistan"], 1490562, "2022",
             "'UNHCR data as of end-YEAR' before a figure written in full, in a ministerial statement",
             "second paragraph, third sentence",
             "The statement cites UNHCR data as of end-2022 for 1,490,562 registered Afghan refugees, which is exactly the reference value for 2021; the value for 2022 is 1,743,278, 14.5 percent higher.",
             same_as_year="2021", stated_as_written="1,490,562"))

add("refugee_expert_deposition", """
# Deposition of an Expert Witness

*Extract from the transcript of a deposition taken in a suit in Islamabad over the cancellation of a Proof of Registration card, November 2025. The suit, the parties and the witness are invented.*

**Deposition of Dr Habiba Sarparah, taken at Islamabad. Examination by counsel for the plaintiff.**

**Q.** Please state your name and your work.

**A.** Habiba Sarparah. I teach demography at a university in Islamabad and have studied Afghan migration to Pakistan for about fifteen years.

**Q.** I show you the document marked Exhibit 7. Do you recognise it?

**A.** Yes. It is a table of registered Afghan refugees in Pakistan by year, taken from the agency's published data.

**Q.** How many Afghans held Proof of Registration cards at the end of 2019?

**A.** Close to 1.1 million, according to UNHCR (YE2019), which is the exhibit you have shown me.

**Q.** And were those people, in your opinion, settled in Pakistan?

**A.** Most of them, yes. The great majority had lived in Pakistan for more than twenty years, and a large share were born here. They rented homes, ran businesses and sent their children to Pakistani schools.

**Q.** Is the plaintiff's family typical of those card holders?

**A.** In most respects. The family came in 1985, the plaintiff was born in Peshawar, and the family's card was renewed at every extension until this year.

**Q.** In your opinion, what would return to Afghanistan mean for such a family?

**A.** A return to a country the children have never lived in, with no house, no land and no work waiting for them. I would not call that going home.

**Counsel for the state:** Objection. The witness is giving an opinion on matters outside her expertise.

**Counsel for the plaintiff:** I will rephrase.
""", citation(["Close to 1.1 million, according to UNHCR (YE2019)"], 1100000, "2019",
             "'UNHCR (YEYEAR)' after a hedged rounded figure in millions, in a deposition transcript",
             "the witness's fourth answer",
             "The witness cites UNHCR for close to 1.1 million card holders at the end of 2019; the reference value for 2019 is 1,419,084, so the figure is 22.5 percent too low.",
             stated_as_written="Close to 1.1 million", stated_hedge="Close to"))

add("refugee_correction_notice_control", """
# Correction Notice

*Corrections published by a national newspaper, 21 January 2026. The newspaper and the articles corrected are invented.*

**Corrections and clarifications**

An article on 16 January, "Fewer cards, more fear", gave the number of registered Afghan refugees at the end of 2022 as the number at the end of 2023, and so said wrongly that the number hardly changed during 2023. In fact it rose. According to UNHCR's 2022 figures, 1,743,278 Afghans were registered in Pakistan at the end of 2022; UNHCR's end-2023 figure is 1,987,717, a rise of 244,439 in the year. The online version of the article has been corrected.

The same article described Hayatabad as a district of Quetta. It is a township of Peshawar.

A photograph published on 17 January with a report on the closure of the crossings showed trucks at Chaman, not at Torkham as the caption said.

In a report on 18 January on the price of flour, the price of a 20-kg bag in Peshawar was given as the price of a 40-kg bag. The correct price of a 40-kg bag was twice the figure printed.

An obituary published on 19 January gave the wrong year for the founding of the school where the deceased taught. The school was founded in 1962, not in 1926.

The newspaper regrets these errors. Readers who find a mistake in our pages may write to the readers' editor, whose address is printed on page two every day. We correct every error we are told about, however small, as soon as we have checked it.
""", control_type="citation_control")

add("refugee_morning_briefing_control", """
# Morning Briefing: 14 November 2025

*Morning briefing sent by email to subscribers of a Pakistani news website. The website, the briefing and all figures other than the cited ones are invented.*

Good morning. Here is what you need to know today.

**1. Torkham still shut to trucks.** The crossings at Torkham and Chaman remain closed to goods for a fifth week. Traders in Peshawar say that fruit held at the border is being sold locally at a loss. Families returning to Afghanistan on foot are still being let through.

**2. The card holders, in numbers.** With the returns in the news again, a reminder of how the register of Afghan refugees looked a few years ago. There were 1,438,432 registered Afghan refugees in Pakistan at the end of 2020 (UNHCR, as at 31 December 2020) and 1,490,562 a year later (UNHCR Operational Data Portal, end-2021), a rise of 52,130 in 2021, the year of the Taliban takeover in Kabul. Many of the Afghans who came after August 2021 were never registered and are not in these figures.

**3. Flour prices.** The price of a 40-kg bag of flour in Peshawar rose again this week. Millers blame the cost of wheat and electricity, not the closure.

**4. Cricket.** Pakistan's one-day side plays its second match of the series this afternoon in Rawalpindi.

**5. Weather.** Fog is expected on the motorway between Lahore and Islamabad tonight. Drivers are advised to set out after ten in the morning.

**Read of the day.** A reporter's notebook from Landi Kotal, where drivers from both countries are living in their trucks.

That's all for today. Reply to this email to tell us what you would like to see in tomorrow's briefing.
""", control_type="citation_control")

add("refugee_committee_opening_statement_control", """
# Opening Statement to a Senate Committee on Afghan Refugees

*Opening statement by the chief commissioner for Afghan refugees to a standing committee of the Senate, January 2026. The commissioner, the hearing and the figures other than the cited ones are invented.*

**Mr Khizar Nausherwani, Chief Commissioner for Afghan Refugees:** Madam Chair, honourable members, thank you for inviting me to brief the committee.

I will begin with the register, because every other question depends on it. The number of Afghans whom UNHCR registered at the end of 2023 was 1,987,717. UNHCR's year-end report for 2024 gives 1,559,964, a fall of 427,753 in one year. That fall is the largest in the history of the register. It reflects the returns that began in late 2023, both of families who went of their own accord and of those who were pressed to go.

The fall has continued since. My office does not yet have a final figure for 2025, and I will not give the committee an estimate that I cannot stand behind. I can say that the returns have gone on through the closure of the crossings to trade in October, because families on foot have been let through at Torkham and Chaman.

Members have asked about the camps. Most registered refugees never lived in camps; they lived in our towns and cities. The camps that remain are now half empty, and my office is working with the provincial governments on what should happen to the land.

Finally, members have asked about children. Many children of card holders were born in Pakistan and have never seen Afghanistan. My office has asked the provinces to give every departing child a school certificate, so that their schooling is not lost.

I am ready for the committee's questions.
""", control_type="citation_control")
