# Fifty-seventh held-out set of synthetic documents ("heldout57").  Written from
# scratch after heldout56/, by a labeller session that had not opened dyad's
# implementation or history and had not seen any of its results.
# Every entry: name (topic slug, numbered later by build_heldout57.py), text,
# labels (list of defect dicts), control_type for controls.
# Registers not used before: a shilajit (mumiyo) works at Shighnan, Badakhshan,
# that sold purified resin to a Peshawar dawakhana; a wild rosehip collectors'
# group at Wama, Nuristan, that sold dried hips to a Lahore tea packer; a
# pumpkin seed roaster at Zurmat, Paktia, that sold roasted seeds to a Bannu
# dry-fruit house; an egg tray (moulded pulp) factory at Dargai, Malakand, that
# sold trays to a Jalalabad poultry farm; a spring water bottler at Sanjawi,
# Ziarat, that sold cartons to a Kandahar distributor; a washing powder works at
# Risalpur, Nowshera, that sold to a Kabul wholesaler; a plastic clothes hanger
# factory at Kharian, Gujrat, that sold to a Kabul garment wholesaler; and macro
# documents on the trade series, the closure and the register.
#
# Invented figures shared with earlier sets: annual trade series (README:
# exports 1,290 / 942 / 828 / 936 / 1,012 / 884 and imports 441 / 509 / 552 /
# 741 / 690 / 540 for 2019-2024, balances 849 / 433 / 276 / 195 / 322 / 344,
# totals 1,731 / 1,451 / 1,380 / 1,677 / 1,702 / 1,424); reference refugee
# series (1,419,084 / 1,438,432 / 1,490,562 / 1,743,278 / 1,987,717 /
# 1,559,964 for 2019-2024).
#
# New invented figures, consistent with the above:
#   Roshan Mumiyo Works, Shighnan (invented), begun 2009 by Khalifa Daler Shah
#     (born 1957); 34 collectors, each about 30 kg of raw rock in a good week;
#     100 kg raw rock to 12 kg purified resin; resin sold 2023 1,600 kg, 2024
#     1,900, 2025 1,150; to Hakim Sadiq Dawakhana, Peshawar 1,000 / 1,200 / 150,
#     at home 600 / 700 / 1,000; jars of 20 g.
#   Wama Rosehip Collectors' Group, Wama (invented), begun 2016, head Bibi
#     Zarmina, 45 collectors; 100 kg fresh hips to 30 kg dried: dried hips sold
#     2023 38 tonnes, 2024 44, 2025 27; to Gulbahar Herbal Teas, Lahore 26 / 31 /
#     3, at home 12 / 13 / 24; sacks of 40 kg.
#   Zurmat Roasters (invented), begun 2012 by Haji Sher Mohammad, 16 workers:
#     roasted seeds sold 2023 240 tonnes, 2024 270, 2025 180; to Bannu Meva
#     Traders 150 / 170 / 20, at home 90 / 100 / 160; Bannu paid Rs 600 a kg
#     (2024); shop prices Afs 140 a kg salted, Afs 130 plain (winter 2025-26);
#     bags of 25 kg.
#   Malakand Pulp Trays, Dargai (invented), begun 2015, owner Fazal Rabbi, 26
#     workers in two shifts of 13; about 13,000 trays a tonne of paper; trays of
#     30 eggs, bundles of 140: trays sold 2023 9.6 million, 2024 11.2, 2025 7.4;
#     to Surkh Rod Poultry Farms, Jalalabad 5.8 / 7.0 / 0.6, at home 3.8 / 4.2 /
#     6.8; Rs 9 a tray (2025).
#   Sanjawi Spring Water (invented), begun 2017, owner Sardar Noor Ahmed, 30
#     workers; cartons of 6 bottles of 1.5 litres, Rs 420: cartons sold 2023
#     410,000, 2024 460,000, 2025 330,000; to Arghandab Distributors, Kandahar
#     230,000 / 260,000 / 20,000, at home 180,000 / 200,000 / 310,000 (2025 by
#     quarter 60,000 / 75,000 / 85,000 / 90,000).
#   Safed Jhaag Detergents, Risalpur (invented), begun 2008 by Sheikh Tariq
#     Mehmood, 40 workers; 1 kg packs at Rs 380, 12 to a carton, 30 g a wash:
#     tonnes sold 2023 2,700, 2024 3,100, 2025 2,200; to a Kabul wholesaler
#     1,500 / 1,800 / 100, at home 1,200 / 1,300 / 2,100.
#   Kharian Hanger Works, Kharian (invented), begun 2005 by Chaudhry Nadeem
#     Warraich, 18 machine operators: hangers sold 2023 3.4 million, 2024 3.9,
#     2025 2.6; to Haji Rahmatullah, Kabul 1.9 / 2.2 / 0.2, at home 1.5 / 1.7 /
#     2.4; Rs 25 a hanger, bundles of 100.
#   Macro documents: trucks, points, dates and prices are invented and kept
#     consistent within each document.

HELDOUT57 = []
from heldout_labels import (  # noqa: F401
    PAIR, REFS, adder, arith, change_pct, citation, direction, garbled, line_of, parts_total, pdf_lines, scope, tvt,
    repeated, reuse,
)

add = adder(HELDOUT57)

# ---------------------------------------------------------------------------
# Roshan Mumiyo Works (invented), Shighnan, Badakhshan
# ---------------------------------------------------------------------------

SHG_STAGES = """| Stage | Weight (kg) |
|---|---|
| Raw rock from the cliffs | 100 |
| After picking out stones and moss | 74 |
| Resin after straining and drying | 12 |"""

add("shighnan_mumiyo_package_insert", """
# Roshan Pure Mumiyo: the Leaflet Inside the 20 g Jar

*Leaflet folded into each jar of purified shilajit packed in 2025 by a small works in Shighnan district, Badakhshan, printed in Dari with this English side. The works, its people and all figures are invented.*

**What is in the jar.** Mumiyo, which traders in Pakistan call shilajit: a dark, sticky resin that seeps out of cracks in high cliffs in the heat of summer. Ours comes from the rocks above the Panj river, and nothing is added to it.

**How we clean it.** Our collectors chip the raw mumiyo rock from the cliffs and carry it down on their backs. At the works it is soaked in spring water for three days, strained through cotton cloth, and the dark liquid is dried in the sun on copper trays for forty days. From the rock our collectors carry down, about one-fifth of the weight comes out as finished resin; the rest is stone, sand and moss that we throw away.

""" + SHG_STAGES + """

**How to take it.** Adults: a piece the size of a grain of rice, about 300 mg, dissolved in a cup of warm water or milk, once a day. Not for children, nor for women who are expecting. One jar lasts about two months.

**How to keep it.** In a cool, dry place with the lid tight. If the resin hardens in winter, warm the jar in your hand before use.

**Who we are.** Roshan Mumiyo Works was started in 2009 by Khalifa Daler Shah. Our 34 collectors climb the cliffs from Saratan to Mizan, the only months when the resin runs.
""", tvt(["about one-fifth of the weight comes out as finished resin", line_of(SHG_STAGES, "| Resin after")],
         {"insert_text_value": 20, "table_value": 12}, "kilograms of purified resin from 100 kg of raw rock",
         "yield of purified resin from the raw rock", "2025",
         "'How we clean it' paragraph of the leaflet against the last row of the pipe table under it",
         "The leaflet's own table takes 100 kg of raw rock down to 12 kg of resin after straining and drying, 12 percent of the weight; the paragraph above it says about one-fifth of the weight, 20 kg in 100, comes out as finished resin.",
         table_form="pipe, stages as rows with a weight column, without a total row"))

add("shighnan_mumiyo_fable", """
# The Ibex Who Wept on the Cliff

*A Shughni fable as the grandmother of a shilajit collecting family in Shighnan district, Badakhshan, tells it to the children, written down in 2026 with a note from the family works. The works, its people and all figures are invented.*

Long ago an old ibex lived on the cliffs above the Panj. Every summer he climbed higher than the young ones, and every summer the hunters in the valley grew hungrier for his horns.

One morning in Saratan the hunters trapped him on a narrow ledge. The ibex looked down at the river, looked up at the sun, and wept. His tears ran black into the cracks of the rock, and the mountain kept them.

The hunters climbed up to take him, but the rock was slick with his tears and they slid back down to the path. By the time they reached the ledge again, the ibex was gone. Only the black tears were left, warm and sticky in the sun.

"That," says Grandmother, "is why the mumiyo only runs in summer, and why you must never scrape a crack clean. Leave a little for the ibex."

**A note from the works.** Our collectors still leave a little in every crack. The tears have been kind to us, but the road has not: sales to our Peshawar buyer, Hakim Sadiq Dawakhana in the Andar Shehr bazaar, went from 1,200 kg in 2024 to 1,200 kg in 2024 once the crossings shut, and most of what we make now goes to herbalists in Kabul and Faizabad. Khalifa Daler Shah asks every listener to buy a jar at home.
""", garbled(["went from 1,200 kg in 2024 to 1,200 kg in 2024"],
             "The works' note gives a change in its sales to the Peshawar buyer whose start and end are the same value, 1,200 kg, in the same year, 2024; the fall it describes after the crossings shut is left without an end point.",
             start_value=1200, end_value=1200, start_period="2024", end_period="2024",
             unit="kilograms of purified shilajit resin",
             subject="resin sold to the works' Peshawar buyer",
             location="the note from the works after the fable"))

add("shighnan_mumiyo_family_tree", """
# Shajra of the Daler Shah Family, Mumiyo Collectors of Shighnan

*Family tree drawn up in 2025 by a grandson for a school project in Shighnan district, Badakhshan, with his notes on the family's shilajit works. The family, its works and all figures are invented.*

- Khalifa Daler Shah, born 1957, founder of Roshan Mumiyo Works in 2009, married to Bibi Shirin
- Son Parviz, born 1984, runs the drying yard; his sons Farhod and Navruz collect on the cliffs
- Son Jamshed, born 1988, drives the jars to Kabul; his son Iskandar, born 2011, drew this tree
- Daughter Gulnora, born 1990, keeps the works' books

**Notes.** Grandfather started the works at the age of 52, with his own two hands and one donkey. Today 34 collectors climb for the family, and nine of them are his grandsons, his nephews or the sons of neighbours who married into the family.

Each collector carries down about 30 kg of raw rock in a good week. Every 100 kg of rock gives 12 kg of resin once it has been soaked, strained and dried. So in a good week each collector brings in about 12 kg of resin, and Aunt Gulnora writes it against his name in her book.

In 2024, our best year, the family sold 1,900 kg of resin, 1,200 kg of it to a hakim's shop in Peshawar. In 2025 the border closed in the autumn and we sold 1,150 kg, most of it at home.

My grandfather says the tree is not finished. I hope to add my own children to it one day, and I hope they climb less than my cousins do.
""", reuse(["Every 100 kg of rock gives 12 kg of resin", "each collector brings in about 12 kg of resin"],
           12, "kilograms of resin",
           "kilograms of resin from 100 kg of raw rock",
           "kilograms of resin from one collector's good week of about 30 kg of rock", 3.6,
           "The notes give 12 kg of resin for every 100 kg of rock and about 30 kg of rock a collector in a good week, which makes about 3.6 kg of resin a collector a week; the next sentence gives that week's resin as 12 kg, the yield per 100 kg."))

add("shighnan_mumiyo_guest_book", """
# Guest Book of Roshan Mumiyo Works, Shighnan

*Entries copied from the guest book kept in the drying yard of a small shilajit works in Shighnan district, Badakhshan, in the summer of 2025. The works, its visitors and all figures are invented.*

**3 Saratan 1404.** A long climb and a warm welcome. We saw the copper trays set out in the sun, sixty of them in rows, and drank tea with a pinch of mumiyo in it. Two teachers from Khorog, across the river

**19 Saratan 1404.** My father has bought from Khalifa sahib for eleven years. Khalifa sahib told us 2024 was a comedown after 2023: the works sold 1,600 kg of resin in 2023 and 1,900 kg in 2024. Even so he gave us bread, mulberries and more tea than we could drink. Yasir, son of Hakim Sadiq, Andar Shehr, Peshawar

**2 Asad 1404.** Beautiful valley, terrible road. The collectors showed our boys the ropes they use on the cliffs and let them hold one. A family from Faizabad

**27 Asad 1404.** We came to film the collectors for a programme on mountain medicine. Thirty-four men on the cliffs, and not one of them slipped while we watched. A television crew from Kabul

**11 Sunbula 1404.** Thank you for the lesson in patience: forty days of sun before a tray of resin is ready. A student of pharmacy, Kabul
""", direction("Khalifa sahib told us 2024 was a comedown after 2023", 1600, 1900, "2023", "2024", "a comedown",
               "fall", "kilograms of purified shilajit resin", "resin sold by the works",
               "entry of 19 Saratan 1404 in the guest book",
               "The entry gives the works' sales as 1,600 kg of resin in 2023 and 1,900 kg in 2024, a rise of 300 kg (about 18.8 percent); the sentence before calls 2024 a comedown after 2023, a fall."))

add("shighnan_mumiyo_dust_jacket_control", """
# Tears of the Mountain: Front and Back Flaps

*Text of the dust jacket flaps of a photo book on the shilajit collectors of Shighnan, Badakhshan, published in Kabul in 2026. The book, the works, the photographer and all figures are invented.*

**Front flap.** High above the Panj river, 34 men of Shighnan spend every summer on ropes, chipping a black resin from the cliffs. The people of the valley call it mumiyo, the tears of the mountain, and hakims from Kabul to Peshawar have prized it for centuries.

Photographer Mariam Sadat followed the collectors of Roshan Mumiyo Works for three summers, from 2023 to 2025. She was there in the good year, 2024, when the works sold 1,900 kg of purified resin: 1,200 kg to a hakim's shop in Peshawar and 700 kg to herbalists at home. She was there again in 2025, when the crossings closed in October and the works sold 1,150 kg, a fall of about 39 percent. Only 150 kg reached Peshawar that year, one-eighth of the year before.

The book holds 112 photographs, 80 in colour and 32 in black and white, with the words of the collectors themselves set beside them.

**Back flap.** Mariam Sadat was born in Herat in 1994 and has photographed Afghanistan's mountain trades for ten years. Her first book, on the salt caravans of the north, appeared in 2019, when she was 25.

*Hardback, 180 pages. Part of the price of every copy goes to the collectors' families.*
""", control_type="control")

# ---------------------------------------------------------------------------
# Wama Rosehip Collectors' Group (invented), Wama, Nuristan
# ---------------------------------------------------------------------------

add("wama_rosehip_nutrition_label", """
# Gulbahar Wild Rosehip Tea: Back of the Box

*Text printed on the back of a box of rosehip tea packed in Lahore in 2024 by a herbal tea firm that buys dried hips from a collectors' group in Wama, Nuristan. The firm, the group and all figures are invented.*

**NUTRITION LABEL.** Per cup of 200 ml, brewed from one tea bag: energy 4 kcal, fat 0 g, sugars 0.5 g, vitamin C 9 mg. Contains no caffeine.

**Ingredients.** Dried and crushed wild rosehips from Nuristan. Nothing else.

**Brewing.** Pour freshly boiled water over one bag and leave it for five to seven minutes. Add honey or a slice of lemon if you like.

**Where our hips come from.** Every autumn the women and girls of the Wama Rosehip Collectors' Group pick wild hips from the thorny bushes on the Nuristan hillsides and dry them on the flat roofs of their village. Of the dried hips the Wama group sold in 2023, 68 percent came to us in Lahore and 42 percent went to herb sellers in Afghanistan. We pay the group directly, and part of the price of every box goes to the girls' school in Wama.

**Box contents.** 20 tea bags of 2 g each, 40 g net.

*Best before: see the bottom of the box. Store in a dry place away from strong smells.*
""", arith(["68 percent came to us in Lahore and 42 percent went to herb sellers in Afghanistan"],
           "The box splits the dried hips the Wama group sold in 2023 between the Lahore packer (68 percent) and herb sellers in Afghanistan (42 percent); two parts of one year's sales add up to 110 percent. With the group's 2023 figures of 26 tonnes to Lahore out of 38, the Afghan share is about 32 percent.",
           shares_pct={"to Gulbahar Herbal Teas, Lahore": 68, "to herb sellers in Afghanistan": 42},
           sum_pct=110, unit="percent of dried rosehips sold", period="2023",
           subject="split of the Wama group's dried rosehip sales",
           location="'Where our hips come from' panel on the back of the box"))

add("wama_rosehip_radio_play", """
# The Rosehip Road: a Radio Play in One Scene

*Script of a short radio play broadcast early in 2026 by a community station in Jalalabad about the rosehip collectors of Wama, Nuristan; the scene is set in the autumn of 2025. The group, its buyer and all figures are invented.*

**NARRATOR:** Every autumn the sacks leave Wama on the backs of donkeys, go down the valley by pickup to Jalalabad, and from there cross the Iran–Afghanistan border at Torkham on their way to a tea packer in Lahore. Tonight, a telephone call.

**SOUND:** A telephone rings in a cold room. Wind against the shutters.

**BIBI ZARMINA** (head of the collectors' group): Hello? Mr Aslam?

**ASLAM** (buyer, Gulbahar Herbal Teas, Lahore): Bibi, salaam. I am calling about next autumn.

**BIBI ZARMINA:** Last year you took 31 tonnes of our dried hips. This year, only three.

**ASLAM:** It was not my choice. The trucks stood at the border for weeks. I cannot promise a single sack until the road opens.

**BIBI ZARMINA:** Then I will sell in Kabul. The herb sellers there stock rosehip tea from Iran, packed in Mashhad, at twice our price. Our 45 women can do better than that.

**ASLAM:** I know they can. Keep my name, Bibi.

**SOUND:** The line goes dead. Wind.

**NARRATOR:** That year the group sold 24 tonnes of dried hips at home. In Lahore, the boxes on the shelves of Anarkali ran out before spring.
""", scope("cross the Iran–Afghanistan border at Torkham", "IRN", ["IRN", "AFG"], "Iran–Afghanistan border",
           "The narrator sends the sacks from Jalalabad across the Iran–Afghanistan border at Torkham on their way to Lahore. Torkham is on the Pakistan–Afghanistan border and Lahore is in Pakistan; Iran is named in Pakistan's place.",
           not_a_defect="rosehip tea from Iran, packed in Mashhad"))

add("wama_rosehip_escape_room", """
# Escape the Drying Roof: the Game Master's Sheet

*Sheet used by the game master of an escape room run for a youth club in Jalalabad in 2025, built around the rosehip harvest of Wama, Nuristan. The club, the collectors' group and all figures are invented.*

**Story.** You are buyers from the city, locked on a drying roof in Wama as the rain comes in. The sacks must be sealed and the door opened before the hips spoil.

**Rules to read out.** Teams of four to six. No phones. Each team has 45 minutes, one minute for every collector in the Wama group. Each team has 45 minutes, one minute for every collector in the Wama group. Three hints are allowed, and each hint costs the team five minutes.

**Lock 1 (two digits).** The clue card shows a drying tray with 100 kg of fresh hips going in. Answer: the kilograms that come out dried, 30.

**Lock 2 (two digits).** The clue is a torn bill of sale to a tea packer in Lahore for the 2023 season. Answer: the tonnes it shows, 26.

**Lock 3 (four digits).** A photograph of the group's first meeting, with a date written on the back. Answer: the year, 2016.

**Final box.** Inside is a sack label: 40 kg of dried hips, Wama, for Lahore. When a team finds it, ring the bell and read the ending.

**Ending.** The sacks are sealed, the rain holds off, and the hips reach the city. In real life the road was not always so kind: in 2025 most of the group's hips were sold at home, because the crossings closed in October.
""", repeated("Each team has 45 minutes, one minute for every collector in the Wama group.", 2,
              "time allowed to each team, tied to the number of collectors",
              "'Rules to read out' paragraph of the game master's sheet",
              "The sentence giving each team 45 minutes, one for every collector in the Wama group, is printed twice in a row, word for word."))

WAMA_HERB = """| Year | Dried hips sold (tonnes) |
|---|---|
| 2023 | 38 |
| 2024 | 44 |
| 2025 | 27 |"""

add("wama_rosehip_herbarium_sheet", """
# Herbarium Sheet 2291: Rosa webbiana from Wama

*Label and curator's note on a pressed specimen of wild rose added in 2026 to the herbarium of a university in Kabul, collected with the help of a rosehip collectors' group in Wama, Nuristan. The sheet number, the group and all figures are invented.*

**Label.** *Rosa webbiana*, wild rose. Locality: hillside above Wama village, Wama district, Nuristan, about 1,700 m. Habitat: dry stony slopes with juniper and wild almond. Collected: 14 Mizan 1404, in fruit. Collectors: Bibi Zarmina with students of the faculty of agriculture. Determined by the curator.

**Curator's note.** The hips of this rose are picked every autumn by the 45 women of the Wama Rosehip Collectors' Group, who dry them on their roofs and sell them to tea packers. The collectors' best year was 2024, when they sold 41,000 kg of dried hips. The group kept a record of its sales for us, given below, so that the herbarium holds not only the plant but what the plant has meant to the valley.

""" + WAMA_HERB + """

Fewer hips left the valley in 2025 because the crossings to Pakistan closed in October, at the height of the picking season; most of that year's hips went to herb sellers in Kabul and Jalalabad.
""", tvt(["when they sold 41,000 kg of dried hips", line_of(WAMA_HERB, "| 2024")],
         {"curator_note_value": 41, "table_value": 44}, "tonnes of dried rosehips",
         "dried rosehips sold by the Wama group", "2024",
         "curator's note against the 2024 row of the pipe table under it",
         "The curator's note gives the group's 2024 sales as 41,000 kg of dried hips, 41 tonnes; the table of the group's own record under the note gives 44 tonnes for 2024.",
         table_form="pipe, years as rows with a tonnes column, without a total row"))

add("wama_rosehip_spelling_bee", """
# Wama Girls' School Spelling Bee: the Pronouncer's Word List

*Word list with sentences used at an English spelling bee held in 2025 at the girls' school in Wama, Nuristan, whose pupils' mothers pick wild rosehips. The school, the collectors' group and all figures are invented.*

The pronouncer says the word, reads the sentence, and says the word again. Spellers may ask for the sentence a second time but not a third.

1. **ROSEHIP.** The rosehip is the red fruit of the wild rose, picked in Mizan and Aqrab.
2. **NURISTAN.** Our province, Nuristan, has more wild roses than roads.
3. **COLLECTOR.** My mother is one of the 45 collectors of the Wama group.
4. **DESICCATE.** To desiccate is to dry: every 100 kg of fresh hips dries down to 30 kg on our roofs.
5. **QUANTITY.** The 27 tonnes of dried hips the group sold in 2025 were picked as 30 tonnes of fresh fruit.
6. **MERCHANT.** A merchant in Lahore bought 31 tonnes from the group in 2024.
7. **BORDER.** When the border closed, the sacks stayed in Jalalabad.
8. **THORN.** Every collector has a story about a thorn.

**Tie-break words, in this order.** Astringent, pomology, herbarium, reconnaissance.

**Reminder for the judges.** A speller who starts again must keep the letters already said. Ring the bell once for a correct spelling and twice for a wrong one.
""", reuse(["every 100 kg of fresh hips dries down to 30 kg", "picked as 30 tonnes of fresh fruit"],
           30, "kilograms dried per 100 kg fresh, then tonnes of fresh hips",
           "kilograms of dried hips from 100 kg of fresh hips",
           "tonnes of fresh hips picked for the 27 tonnes of dried hips sold in 2025", 90,
           "Word 4 says 100 kg of fresh hips dry down to 30 kg, so 27 tonnes of dried hips need 90 tonnes of fresh fruit; the next sentence says they were picked as 30 tonnes of fresh fruit, the drying figure."))

# ---------------------------------------------------------------------------
# Zurmat Roasters (invented), Zurmat, Paktia
# ---------------------------------------------------------------------------

add("zurmat_seeds_sitcom", """
# The Roasters, Episode 4: "Salt and Sorrow"

*Scene from a comedy series made in 2026 by a Khost television station about a family that roasts pumpkin seeds in Zurmat, Paktia. The family, its business and all figures are invented.*

**INT. ROASTING SHED, ZURMAT. EVENING.** Sacks everywhere. A ledger lies open on a crate; on its page, in big letters: "Bannu: 2024, 170 tonnes. 2025, 20 tonnes."

**HAJI SHER MOHAMMAD** (sixties, a beard white with salt) stirs the great pan. His son **BILAL** (twenties, phone in hand) bursts in, beaming.

**BILAL:** Baba! Good news. I have done the figures for the Bannu buyer, and Bannu had an upswing in 2025!

**HAJI:** *(stirring)* And the salt? Did you buy the salt?

**BILAL:** The salt is coming. Everyone on the family chat says we are the best roasters in Paktia.

**HAJI:** The family chat does not eat seeds. *(To camera.)* Sixteen people work in this shed. Sixteen. And my son reads me poetry from his telephone.

**BILAL:** It is not poetry, Baba. It is marketing.

**MOTHER** *(off)*: Sher Mohammad! The seeds are burning!

**HAJI** leaps for the pan. Smoke fills the shed. **BILAL** films it.

**BILAL:** This will do very well on the family chat.

*Laughter. Titles.*
""", direction("Bannu had an upswing in 2025", 170, 20, "2024", "2025", "an upswing", "rise",
               "tonnes of roasted pumpkin seeds", "seeds sold to the Bannu buyer",
               "Bilal's first line in the scene",
               "The ledger in the opening stage direction gives the Bannu sales as 170 tonnes in 2024 and 20 tonnes in 2025, a fall of 150 tonnes (about 88.2 percent); Bilal tells his father that Bannu had an upswing in 2025, a rise."))

add("zurmat_seeds_karaoke_night", """
# Karaoke Night at the Wedding: the Compère's Cards

*Cards read by the compère between songs at a wedding karaoke night in Khost in 2026, where the groom's father roasts pumpkin seeds in Zurmat, Paktia. The families, their business and all figures are invented.*

**Card 1.** Salaam, everyone, and welcome! Tonight's songs are for Yunus and his bride. Every singer gets a bag of roasted seeds from the groom's father's shed in Zurmat, so sing loudly.

**Card 2.** A word about those seeds. Haji Sher Mohammad has roasted pumpkin seeds since 2012, and for years most of them went by truck to a dry-fruit house in Bannu, over the Tajikistan–Afghanistan crossing at Ghulam Khan. In 2024 that was 170 tonnes of seeds!

**Card 3.** Next singer: the groom's cousin Farid, with the old song about the girl from Gardez. Give him a big clap; he has been practising in the car for a month.

**Card 4.** After the songs the caterers will bring the kabuli palaw, and with it the seeds: big bags for the tables, and small ones for the children, who must not throw them.

**Card 5.** A last word from the groom's father. Since the border closed he sells most of his seeds here at home, 160 tonnes last year, so please buy them at the bazaar and not the ones from abroad!

**Card 6.** Last song of the night: everyone together, and the groom must sing too.
""", scope("over the Tajikistan–Afghanistan crossing at Ghulam Khan", "TJK", ["TJK", "AFG"],
           "Tajikistan–Afghanistan crossing",
           "The card sends the seeds from Zurmat to a dry-fruit house in Bannu over the Tajikistan–Afghanistan crossing at Ghulam Khan. Ghulam Khan is a crossing on the Pakistan–Afghanistan border and Bannu is in Pakistan; Tajikistan is named in Pakistan's place."))

add("zurmat_seeds_scrapbook_control", """
# Hadia's Scrapbook, Pages 12 and 13

*Captions from a scrapbook kept by the granddaughter of a pumpkin seed roaster in Zurmat, Paktia, copied out in 2026. The family, its business and all figures are invented.*

These two pages are about Baba Haji's seeds. I stuck in what I could find and wrote a line under each.

- *Photo: the first roasting pan, 2012.* Baba Haji bought it in Gardez the year he started, and it still works.
- *Photo: all of us at Eid.* The 16 people who work in the shed, with their children sitting in front. I am the one in the yellow hat.
- *Bannu receipt, glued in.* 2024 was the best year: 270 tonnes of seeds, 170 to Bannu and 100 here at home. Baba Haji says Bannu paid Rs 600 a kilo.
- *Photo: trucks waiting at Ghulam Khan, October 2025.* The road closed and the trucks came back full.
- *Newspaper cutting.* In 2025 we sold 180 tonnes: 160 here and only 20 to Bannu. Home sales went from 100 tonnes to 160, a rise of 60 percent, so the shed kept working.
- *Drawing by my brother.* A pumpkin as big as the shed, with Baba Haji on top.

Next pages: my cousin Yunus's wedding.
""", control_type="control")

ZUR_TILL = pdf_lines([
    ["Item", "Qty", "Afs"],
    ["Salted seeds, 1 kg", "3", "420"],
    ["Plain seeds, 1 kg", "2", "260"],
    ["Gift tin, 500 g", "4", "360"],
    ["Total", "-", "1,140"],
])

add("zurmat_seeds_till_roll", """
# Till Roll from the Zurmat Roasters' Shop

*Till roll from the shop at the front of a pumpkin seed roasting shed in Zurmat, Paktia, dated 9 Hoot 1404 (28 February 2026), as text extraction reads it from a photograph, with the shopkeeper's note written on the back. The shop and all figures are invented.*

ZURMAT ROASTERS, BAZAAR ROAD, ZURMAT. Cashier: Hadia. Receipt 0588.

""" + ZUR_TILL + """

Paid in cash. Thank you, come again. Seeds roasted fresh every morning.

**Shopkeeper's note on the back.** Haji sahib, this was the teacher from Gardez, buying for his daughter's engagement. Prices as on the board this winter: salted seeds Afs 140 a kilo, plain seeds Afs 130 a kilo, the small gift tin Afs 90. He asked for a discount and I said no, as you told me. The shed roasted about two tonnes this week, nearly all for shops here, since nothing is going to Bannu. We are running low on the red tins; please order more from Kabul.
""", parts_total([line_of(ZUR_TILL, "Total")],
                 {"salted seeds, 3 kg": 420, "plain seeds, 2 kg": 260, "gift tins, 4": 360},
                 1140, "afghanis", "9 Hoot 1404 (28 February 2026)", "amount of one sale at the roasters' shop",
                 "total row of the till roll as extracted",
                 "The three lines of the till roll come to Afs 420 + 260 + 360 = Afs 1,040, and each line matches the prices in the shopkeeper's note; the total line gives Afs 1,140, 100 more than its own rows.",
                 table_form="PDF text extraction, items as rows with quantity and afghani columns and a total row"))

add("zurmat_seeds_autocorrect_texts", """
# Autocorrect Strikes Again: Texts Between Zurmat and Bannu

*Text messages between the son of a pumpkin seed roaster in Zurmat, Paktia, and the buyer at a dry-fruit house in Bannu, January 2026, as the son saved them, slips and all. The people, their businesses and all figures are invented.*

**Bilal:** Salaam Khan sahib. Baba asks if u want pumping seeds when the road opens

**Bilal:** pumpkin* sorry. Autocorrect

**Khan sahib (Bannu Meva Traders):** Ha. Salaam Bilal. Pumping seeds we have enough of here. Tell Haji sahib we want the real ones the day Ghulam Khan opens

**Bilal:** Baba says same price as before? Rs 600 a kilo

**Khan sahib:** If the road opens I pay 600. My books show I took 170 t from Dec-24 to Jan-24, and in 2025 only 20 t before October. My customers ask every day

**Bilal:** Baba says he has the 25 kg bags ready, salted and plain

**Khan sahib:** Good. Send both. And tell him the seeds at the wedding were the best I have eaten

**Bilal:** He says thank u and the best seeds are always for weddings

**Bilal:** weddings* not wedgings. I am turning autocorrect off

**Khan sahib:** Ha. Keep it on, it makes my day
""", garbled(["170 t from Dec-24 to Jan-24"],
             "The Bannu buyer gives the period of the 170 tonnes he took as running from Dec-24 to Jan-24, from December 2024 back to January 2024; the group's figures put 170 tonnes in the calendar year 2024, January to December.",
             stated_period_start="Dec-24", stated_period_end="Jan-24",
             subject="period of the roasted seeds taken by the Bannu buyer",
             location="Khan sahib's fifth message"))

# ---------------------------------------------------------------------------
# Malakand Pulp Trays (invented), Dargai, Malakand
# ---------------------------------------------------------------------------

DAR_SLIDE = """| Year | Jalalabad | Home | Total |
|---|---|---|---|
| 2023 | 5.8 | 3.8 | 9.6 |
| 2024 | 7.0 | 4.2 | 11.2 |
| 2025 | 0.6 | 6.8 | 7.4 |"""

add("dargai_trays_powerpoint", """
# Slides for the Bank: Malakand Pulp Trays Asks for Working Capital

*Text of a PowerPoint deck with the speaker's notes, prepared in January 2026 by an egg tray factory in Dargai, Malakand, for a meeting with its bank. The factory, the bank and all figures are invented.*

**Slide 1. Malakand Pulp Trays, Dargai.** Moulded egg trays from waste paper since 2015. 26 workers. Speaker's notes: thank the manager for seeing us; introduce Fazal Rabbi, owner, and Naveed Khan, production.

**Slide 2. What we make.** Grey pulp trays for 30 eggs, sold in bundles of 140 trays to poultry farms. Speaker's notes: about 13,000 trays come out of each tonne of paper and card that we buy from scrap dealers in Mardan and Swat.

**Slide 3. Sales, million trays.**

""" + DAR_SLIDE + """

Speaker's notes: in our best year, 2024, we sold 12.2 million trays, most of them to Surkh Rod Poultry Farms outside Jalalabad. Then the crossings closed in October 2025.

**Slide 4. What we ask.** Rs 15 million of working capital for six months, to build stock for farms at home while the border is shut. Speaker's notes: at Rs 9 a tray, this is less than a quarter of one year's home sales.

**Slide 5. Thank you.** Speaker's notes: leave the printed copy with the manager and ask when we may expect an answer.
""", tvt(["in our best year, 2024, we sold 12.2 million trays", line_of(DAR_SLIDE, "| 2024")],
         {"speaker_notes_value": 12.2, "table_value": 11.2}, "million egg trays",
         "egg trays sold by the factory", "2024",
         "speaker's notes under slide 3 against the 2024 row of the slide's pipe table",
         "The table on slide 3 gives 2024 sales of 7.0 million trays to Jalalabad and 4.2 million at home, 11.2 million in all; the speaker's notes under it give 12.2 million for the same year.",
         table_form="pipe, years as rows with Jalalabad, home and total columns"))

add("dargai_trays_cv", """
# Curriculum Vitae: Naveed Khan, Production Manager

*CV of the production manager of an egg tray factory in Dargai, Malakand, as he sent it with a job application in 2026. The person, the factory and all figures are invented.*

**Naveed Khan.** Dargai, Malakand. Born 1989.

**Profile.** Production manager with ten years in moulded pulp, who has kept a tray plant running through a boom and a border closure.

**Experience.**

- *Production Manager, Malakand Pulp Trays, Dargai, 2016 to date.* Lead a staff of 26 workers. Run the plant round the clock in two shifts of 26 workers each. Raised output from 9.6 million trays in 2023 to 11.2 million in 2024. Cut the paper used per tray, so that one tonne now gives about 13,000 trays. Moved sales to farms at home when the crossings to Afghanistan closed in October 2025.
- *Shift Supervisor, Swat Paper Board, Mingora, 2012 to 2016.* Ran the night shift on a board machine and trained new operators.

**Education.** Diploma of Associate Engineering (Chemical), Government Polytechnic Institute, Mardan, 2011.

**Languages.** Pashto, Urdu and English.

**Interests.** Cricket, and fixing old motorcycles.

**References.** Fazal Rabbi, owner, Malakand Pulp Trays; further references on request.
""", reuse(["Lead a staff of 26 workers", "two shifts of 26 workers each"], 26, "workers",
           "workers on the factory's staff", "workers on each of the two shifts", 13,
           "The CV gives a staff of 26 workers and, in the next sentence, two shifts of 26 workers each, which would need 52; split over two shifts the 26 make 13 a shift."))

add("dargai_trays_pantomime", """
# Chicken Licken and the Egg Trays: a Pantomime for Dargai Primary School

*Script of a school pantomime performed in Dargai, Malakand, in March 2026, in which the children of egg tray factory workers act out the factory's year. The school, the factory and all figures are invented.*

**NARRATOR:** Once upon a time, in Dargai, there was a factory that turned old paper into egg trays. *(Children carry in a mountain of paper.)*

**CHICKEN LICKEN:** The sky is falling! The road to Jalalabad is closed!

**NARRATOR:** And it was. In October 2025 the trucks stopped at Torkham. The farms of Jalalabad, which had taken 7.0 million trays in 2024, took only 0.6 million in 2025. *(Audience boos.)*

**HENNY PENNY:** But what about the farms at home?

**NARRATOR:** The farms at home bought 4.2 million trays in 2024 and 6.8 million in 2025. Even so, the home order book got slimmer in 2025, and the factory owner, Mr Fazal Rabbi, scratched his head. *(All the children scratch their heads.)*

**COCKY LOCKY:** Where has all the paper gone?

**AUDIENCE:** It's behind you!

**NARRATOR:** But the 26 workers did not give up. They made trays all winter, at nine rupees a tray, and the hens of Malakand laid and laid.

**ALL** *(singing)*: Thirty eggs on every tray, paper saved and paper paid!

*Curtain.*
""", direction("the home order book got slimmer in 2025", 4200000, 6800000, "2024", "2025", "slimmer", "fall",
               "egg trays", "trays bought by farms in Pakistan",
               "the narrator's third speech",
               "The narrator gives home sales of 4.2 million trays in 2024 and 6.8 million in 2025, a rise of 2.6 million (about 61.9 percent); the next sentence says the home order book got slimmer in 2025, a fall."))

add("dargai_trays_complaint_box", """
# What Was in the Complaint Box, January 2026

*Slips from the complaint box of an egg tray factory in Dargai, Malakand, typed up by the office for the monthly staff meeting in January 2026, with names removed. The factory and all figures are invented.*

1. The tea for the night shift is cold by two in the morning. Please buy a second flask.
2. The drying racks on the second line are broken again. We lose trays every night.
3. Why did we keep making trays for Jalalabad in October when the road was closed? Our trucks to Surkh Rod sat for three weeks at the Pakistan–Uzbekistan crossing at Torkham, and the trays went soft in the rain.
4. The scrap dealer from Mardan is mixing wet card into the bales. Weigh them dry.
5. We heard Surkh Rod now buys its egg trays from Uzbekistan through Hairatan. Is that true, and will they come back to us?
6. Please put a fan in the pressing room before the summer.
7. Thank you for paying the December wages on time, even with sales down.

**Office reply.** Slips 1, 2 and 6 will be dealt with this month. On slip 4, the gate will weigh every bale from now on. On slip 5: yes, Surkh Rod has bought trays from the north this winter, but its owner has promised to order from Dargai again when the crossings open.
""", scope("at the Pakistan–Uzbekistan crossing at Torkham", "UZB", ["PAK", "UZB"], "Pakistan–Uzbekistan crossing",
           "Slip 3 has the trucks to Surkh Rod, near Jalalabad, waiting at the Pakistan–Uzbekistan crossing at Torkham. Torkham is on the Pakistan–Afghanistan border and Pakistan has no border with Uzbekistan; Uzbekistan is named in Afghanistan's place. Slip 5 names Uzbekistan correctly, as a supplier to Afghanistan through Hairatan.",
           not_a_defect="buys its egg trays from Uzbekistan through Hairatan"))

add("dargai_trays_bulletin_board_control", """
# Notices on the Bulletin Board, Malakand Pulp Trays

*Notices pinned to the bulletin board of an egg tray factory in Dargai, Malakand, in February 2026. The factory, its people and all figures are invented.*

**SHIFTS.** Day shift 7 a.m. to 7 p.m., night shift 7 p.m. to 7 a.m. Thirteen workers on each shift, 26 in all. Sign the register at the gate when you come and when you go.

**SALES FOR 2025.** We sold 7.4 million trays last year: 6.8 million to farms here at home and 0.6 million to Surkh Rod in Jalalabad before the road closed. Jalalabad orders fell from 7.0 million trays in 2024 to 0.6 million, a drop of more than 90 percent, but home orders rose by 2.6 million. At Rs 9 a tray, the year's sales came to Rs 66.6 million. Thank you all.

**PAPER.** One tonne of dry paper and card makes about 13,000 trays. Wet card makes fewer trays and weaker ones. Check every bale before it goes to the pulper.

**EID BONUS.** Every worker will receive Rs 5,000 before Eid.

**CRICKET.** Day shift against night shift, Friday after prayers, on the ground behind the school. The losers buy the samosas.

**LOST.** A blue flask, left in the pressing room. Ask Naveed in the office.
""", control_type="control")

# ---------------------------------------------------------------------------
# Sanjawi Spring Water (invented), Sanjawi, Ziarat
# ---------------------------------------------------------------------------

SAN_PLANNER = """| Quarter 2025 | Cartons at home |
|---|---|
| Q1 | 60,000 |
| Q2 | 75,000 |
| Q3 | 85,000 |
| Q4 | 90,000 |
| Total | 320,000 |"""

add("sanjawi_water_year_planner", """
# Year Planner 2025 on the Office Wall, Sanjawi Spring Water

*Text of the year planner on the office wall of a spring water bottling plant in Sanjawi, Ziarat, with the quarterly figures written in by the dispatch clerk at the year's end. The plant, its people and all figures are invented.*

**Marked on the planner.** Cleaning of the spring intake in Hamal. Filter change at the start of every quarter. The plant closed for both Eids. Our stall at the Quetta expo in April. A red line across October, when the crossings to Afghanistan closed and the Kandahar trucks stopped.

**Cartons sold at home in 2025, as the dispatch clerk wrote them in.**

""" + SAN_PLANNER + """

**Clerk's note beside the table.** Kandahar took only 20,000 cartons all year, so the home market carried us. Every carton is six bottles of 1.5 litres. Once the Kandahar orders stopped, the fourth quarter was our best ever at home, with the shops of Quetta, Loralai and Ziarat all ordering more.

**Pinned to the corner.** The price list for 2025: Rs 420 a carton at the gate, delivery extra beyond Quetta.
""", parts_total([line_of(SAN_PLANNER, "| Total")],
                 {"Q1": 60000, "Q2": 75000, "Q3": 85000, "Q4": 90000}, 320000,
                 "cartons of six 1.5-litre bottles", "2025", "cartons of bottled water sold in Pakistan",
                 "total row of the pipe table on the year planner",
                 "The four quarters add up to 60,000 + 75,000 + 85,000 + 90,000 = 310,000 cartons; the total row gives 320,000, 10,000 more than its own rows.",
                 table_form="pipe, quarters as rows with a cartons column and a total row"))

add("sanjawi_water_talk_page", """
# Talk: Sanjawi Spring Water

*Discussion page of a draft article on a bottling plant in Sanjawi, Ziarat, on a volunteer-written online reference site, as it stood in February 2026. The plant, the editors and all figures are invented.*

**Proposed addition (ZiaratHills).** I would like to add this to the History section: "The plant was opened in 2017 by Sardar Noor Ahmed and employs 30 people. Orders from Arghandab Distributors in Kandahar, its largest buyer, fell from 260,000 cartons in 2024 to 260,000 cartons in 2024 after the crossings into Afghanistan closed in October 2025. Sales at home rose to 310,000 cartons in 2025." Sources: the plant's own price list, and a report in a Quetta daily.

**Reply (BalochBooks).** The plant's price list is not an independent source. Is there anything from the chamber of commerce?

**Reply (ZiaratHills).** The chamber's newsletter mentioned the plant once, in 2024, but gave no figures.

**Reply (Editor_Q).** I would leave out "largest buyer" unless a source says so. The rest can go in, with the Quetta daily as the source.

**Reply (ZiaratHills).** Fine. Added without "largest buyer". Thank you both.

**Reply (BalochBooks).** Looks good. Could someone take a photograph of the plant for the article? The one we have is from before the new shed was built.
""", garbled(["fell from 260,000 cartons in 2024 to 260,000 cartons in 2024"],
             "The proposed sentence gives a fall in the Kandahar orders whose start and end are the same value, 260,000 cartons, in the same year, 2024; the end point after the closure is missing.",
             start_value=260000, end_value=260000, start_period="2024", end_period="2024",
             unit="cartons of six 1.5-litre bottles",
             subject="orders from the Kandahar distributor",
             location="the proposed addition at the top of the talk page"))

SAN_MAGNET = """| Pack | Rs |
|---|---|
| Carton, 6 bottles of 1.5 litres | 420 |
| Carton, 12 bottles of 0.5 litre | 360 |
| Refill jar, 19 litres | 250 |
| Jar deposit, returned | 500 |"""

add("sanjawi_water_fridge_magnet", """
# Fridge Magnet: Sanjawi Spring Water Home Delivery

*Text of a fridge magnet handed out in Quetta in 2025 by a spring water bottler in Sanjawi, Ziarat. The bottler, its prices and all figures are invented.*

**SANJAWI SPRING WATER.** From the springs of Ziarat district to your door.

**Order a carton of 12 big bottles for Rs 420**, delivered free anywhere in Quetta on orders of three cartons or more.

""" + SAN_MAGNET + """

**Why our water.** Bottled at the spring, never trucked in tankers. Tested every week in our own laboratory and twice a year by the provincial food authority.

**Delivery.** Monday to Saturday, from eight in the morning to six in the evening. Ring the number on the back of this magnet, or send a message with your address.

**About us.** The plant at Sanjawi was opened in 2017 and has 30 workers. Our water is sold in Quetta, Loralai and Ziarat, and until October 2025 it went to Kandahar too.

*Keep this magnet on your fridge, and you will never run out.*
""", tvt(["a carton of 12 big bottles for Rs 420", line_of(SAN_MAGNET, "| Carton, 6")],
         {"magnet_text_value": 12, "table_value": 6}, "bottles of 1.5 litres in the Rs 420 carton",
         "number of large bottles in a carton sold for Rs 420", "2025",
         "headline offer on the magnet against the first row of its pipe price table",
         "The magnet's price table gives Rs 420 for a carton of 6 bottles of 1.5 litres (the 12-bottle carton holds 0.5-litre bottles and costs Rs 360); the offer above it promises a carton of 12 big bottles for Rs 420.",
         table_form="pipe, packs as rows with a rupee column, without a total row"))

add("sanjawi_water_hashtag_posts", """
# #SanjawiWater: Posts from the Plant's Page

*Posts from the social media page of a spring water bottler in Sanjawi, Ziarat, in January 2026, with their hashtags. The bottler, its buyers and all figures are invented.*

**Post 1.** New year, same clean water. Thank you Quetta, Loralai and Ziarat for 310,000 cartons in 2025! #SanjawiWater #DrinkLocal

**Post 2.** A hard year on the road to Kandahar. Our friends at Arghandab Distributors took 260,000 cartons in 2024 and just 20,000 in 2025 before the crossings shut. #SanjawiWater #OpenTheRoad

**Post 3.** Still, some good news from the sales office: Kandahar orders in 2025 bettered 2024, says our manager, and the plant kept all 30 of its workers on the payroll through the winter. #SanjawiWater #Team

**Post 4.** Winter tip: keep your cartons off the cold floor and out of the sun. Six bottles, 1.5 litres each, Rs 420 a carton at the gate. #SanjawiWater

**Post 5.** Photo of the week: the spring under snow, and our driver Gul Jan clearing the path with a shovel. #Ziarat #SanjawiWater

**Post 6.** Comments are open. Tell us which shop in your street should stock us next. #SanjawiWater
""", direction("Kandahar orders in 2025 bettered 2024", 260000, 20000, "2024", "2025", "bettered", "rise",
               "cartons of six 1.5-litre bottles", "orders from the Kandahar distributor",
               "post 3 on the plant's page",
               "Post 2 gives the Kandahar distributor's orders as 260,000 cartons in 2024 and 20,000 in 2025, a fall of 240,000 (about 92.3 percent); post 3 says Kandahar orders in 2025 bettered 2024, a rise."))

add("sanjawi_water_fun_run_t_shirts", """
# Fun Run T-Shirts: the Sanjawi Spring Water Staff Race

*Slogans printed on the T-shirts for a staff fun run held by a spring water bottler in Sanjawi, Ziarat, in September 2025, with the organiser's note. The bottler, its people and all figures are invented.*

**Front of every shirt.** SANJAWI SPRING WATER FUN RUN 2025: five kilometres, from the plant gate to the spring and back.

**Back, team "Loaders".** From Sanjawi to Kandahar: clean water across the Pakistan–Turkmenistan border at Chaman.

**Back, team "Bottling Line".** 1.5 litres, six to a carton, 460,000 cartons last year.

**Back, team "Office".** We count the cartons so you don't have to.

**Organiser's note.** Thirty shirts were printed, one for each of the plant's 30 workers, and every one of them finished the race. The Loaders won, as they always do; they carry nine-kilogram cartons all day, so a run up the hill is nothing to them. The prize for each of the first three was a day's leave. Our Kandahar buyer, Arghandab Distributors, sent a cake for the finish line, and we hope to send them a full truck again soon.
""", scope("across the Pakistan–Turkmenistan border at Chaman", "TKM", ["PAK", "TKM"],
           "Pakistan–Turkmenistan border",
           "The Loaders' shirt sends the water from Sanjawi to Kandahar across the Pakistan–Turkmenistan border at Chaman. Chaman is on the Pakistan–Afghanistan border and Kandahar is in Afghanistan; Turkmenistan is named in Afghanistan's place."))

# ---------------------------------------------------------------------------
# Safed Jhaag Detergents (invented), Risalpur, Nowshera
# ---------------------------------------------------------------------------

add("risalpur_powder_dosage_chart", """
# Safed Jhaag Washing Powder, 1 kg Pack: the Back Panel

*Text of the back of a 1 kg pack of washing powder made in 2025 by a small detergent works in Risalpur, Nowshera, with its dosage chart. The works and all figures are invented.*

**SAFED JHAAG.** Strong on dirt, kind to hands. Made in Risalpur since 2008.

**Dosage chart.**

- Machine wash, normal load: 30 g (one scoop) per wash.
- Machine wash, heavy dirt: two scoops.
- Hand wash: half a scoop in a bucket of 10 litres.
- Soaking: one scoop in 20 litres of water, overnight.

One 1 kg pack does 30 washes in a machine at the normal dose. The scoop is inside the pack, under the powder.

**For best results.** Dissolve the powder in the water before adding the clothes. Wash whites and colours apart.

**Caution.** Keep out of reach of children. If powder gets into the eyes, rinse with plenty of clean water. Do not mix with bleach.

**Net weight:** 1 kg. **Price:** Rs 380. Packed 12 to a carton.

**Made by** Safed Jhaag Detergents, Industrial Area, Risalpur, and sold across Pakistan.
""", reuse(["30 g (one scoop) per wash", "does 30 washes"], 30, "grams a wash, then washes a pack",
           "grams of powder for one normal machine wash",
           "normal machine washes from one 1 kg pack", 33,
           "The chart gives 30 g of powder for a normal machine wash, so a 1 kg pack does about 33 washes (1,000 / 30 = 33.3); the line under it says the pack does 30 washes, the grams of one dose."))

SJ_KHATA = """| Date | Item | Packs | Rs |
|---|---|---|---|
| 3 Jan | Safed Jhaag 1 kg | 24 | 9,120 |
| 17 Jan | Safed Jhaag 1 kg | 12 | 4,560 |
| 2 Feb | Safed Jhaag 1 kg | 36 | 13,680 |
| Total | | 72 | 27,360 |"""

add("risalpur_powder_khata_control", """
# Khata of Shafiq General Store, Risalpur: the Safed Jhaag Account

*Page of the credit book kept by a general store in Risalpur, Nowshera, for its account with a local washing powder works, January and February 2026, with the shopkeeper's note. The store, the works and all figures are invented.*

""" + SJ_KHATA + """

**Note under the page, in the shopkeeper's hand.** Paid Rs 20,000 to the works' salesman on 10 February; Rs 7,360 still owed, to be paid at the end of the month. The rate is Rs 380 a pack, the same as printed on the pack, and the works gives us a month's credit.

The salesman says business has changed since the border closed. He says the works sold 2,200 tonnes last year, 2,100 of them here in Pakistan, and only 100 to its old buyer in Kabul, who used to take more than half. Now it wants every shop in Nowshera district to stock it, and it is offering a free scoop with every carton.

My customers like it. The pack does about 33 washes, so a family of six uses two packs a month.
""", control_type="control")

add("risalpur_powder_tombola", """
# Tombola Night at Safed Jhaag Detergents: the Caller's Script

*Script read by the caller at the tombola held at the annual dinner of a washing powder works in Risalpur, Nowshera, in January 2024. The works, its people and all figures are invented.*

Welcome, everyone, to the Safed Jhaag tombola! Before we call the first number, a word from Sheikh Tariq Mehmood sahib, who has asked me to read it out for him.

"Friends, 2023 was our best year yet. We sent 1,500 tonnes of powder to our buyer in Kabul and sold 1,200 tonnes here at home, 2,900 tonnes in all. Every one of the 40 of you had a hand in it, and tonight is for you."

Now, tickets ready and pens out. Tonight's prizes:

- First full house: a bicycle, donated by the Risalpur cycle market.
- Second full house: a sack of rice.
- First line: a carton of Safed Jhaag, of course.
- Last number called: a box of sweets for the children's table.

A reminder of the rules: numbers are called once and shown on the board. Shout "house" loudly, because the kitchen is noisy. If two people call at the same number, they share the prize.

Eyes down, and good luck to you all!
""", parts_total(["1,500 tonnes of powder to our buyer in Kabul and sold 1,200 tonnes here at home, 2,900 tonnes in all"],
                 {"sent to the Kabul buyer": 1500, "sold at home": 1200}, 2900, "tonnes of washing powder", "2023",
                 "washing powder sold by the works", "the owner's message read out by the caller",
                 "The owner's message gives 1,500 tonnes sent to Kabul and 1,200 tonnes sold at home in 2023, which make 2,700 tonnes; the same sentence gives 2,900 tonnes in all, 200 more than its own parts."))

add("risalpur_powder_audiobook", """
# Foam and Fortune, Chapter 1: the Audiobook Script

*Narration script, with the producer's cues, for the first chapter of an audiobook on the history of a washing powder works in Risalpur, Nowshera, recorded in 2025. The works, its family and all figures are invented.*

*[Music: harmonium, soft. Fade under.]*

**NARRATOR (the owner's daughter, Sana Tariq):** In 2008 my father mixed the first batch in a rented shed behind the Risalpur bus stand. In 2008 my father mixed the first batch in a rented shed behind the Risalpur bus stand. He had one mixing drum, two workers and a bicycle for deliveries.

*[Pause.]*

He named the powder Safed Jhaag, white foam, after the thing every customer looks for first. By 2014 the works had moved to the industrial area, and by 2023 it had 40 workers and sold 2,700 tonnes a year, more than half of it to a wholesaler in Kabul.

*[Sound: a bus horn, distant.]*

The Kabul trade began by accident. A trader from the Mandawi bazaar came to Peshawar for soap, ran short of money, and took our powder on credit instead. He paid back every rupee, and in 2024 his firm bought 1,800 tonnes from us.

*[Music up.]*

Then came October 2025, and the crossings closed. But that is a story for chapter five.

*[End of chapter 1.]*
""", repeated("In 2008 my father mixed the first batch in a rented shed behind the Risalpur bus stand.", 2,
              "the founding of the works",
              "narrator's first paragraph of the chapter",
              "The narrator's opening sentence about the first batch mixed in 2008 is written twice in a row, word for word."))

SJ_APPX = """| Year | Kabul | Home | Total |
|---|---|---|---|
| 2023 | 1,500 | 1,200 | 2,700 |
| 2024 | 1,800 | 1,300 | 3,100 |
| 2025 | 100 | 2,100 | 2,200 |"""

add("risalpur_powder_booklet_preface", """
# Preface to "Seventeen Years of White Foam"

*Preface and appendix table of a booklet printed in January 2026 by a washing powder works in Risalpur, Nowshera, for its customers and workers. The works, its people and all figures are invented.*

**Preface.** This booklet marks seventeen years since Safed Jhaag Detergents made its first batch in 2008. It is written for our 40 workers, for the shopkeepers who have sold our packs, and for our friends in Kabul, who cannot reach us this winter.

Those friends deserve a special word. In 2023 our Kabul buyer took more than half of everything we made, and in 2024 sixteen hundred tonnes crossed to Kabul, our best year across the border. Then, in October 2025, the crossings closed, and in the whole of 2025 only 100 tonnes reached Kabul. The shopkeepers of Nowshera, Mardan and Peshawar kept us going: they bought 2,100 tonnes.

We do not know when the road will open. We know the powder is good, and that the people who make it are better.

*Sheikh Tariq Mehmood, Risalpur, 31 December 2025*

**Appendix: sales by year, tonnes.**

""" + SJ_APPX + """
""", tvt(["in 2024 sixteen hundred tonnes crossed to Kabul", line_of(SJ_APPX, "| 2024")],
         {"preface_value": 1600, "table_value": 1800}, "tonnes of washing powder",
         "washing powder sold to the Kabul buyer", "2024",
         "preface against the 2024 row of the appendix pipe table",
         "The appendix table gives 1,800 tonnes sold to Kabul in 2024; the preface says sixteen hundred tonnes, 1,600, crossed to Kabul that year.",
         table_form="pipe, years as rows with Kabul, home and total columns"))

# ---------------------------------------------------------------------------
# Kharian Hanger Works (invented), Kharian, Gujrat
# ---------------------------------------------------------------------------

add("kharian_hangers_memorandum", """
# Memorandum of Association of Kharian Hanger Works (Private) Limited

*Extract from the memorandum of association drafted in 2025 when a plastic clothes hanger factory in Kharian, Gujrat, was turned into a private limited company. The company, its people and all figures are invented.*

1. The name of the company is Kharian Hanger Works (Private) Limited.
2. The registered office of the company will be in the Province of the Punjab, on GT Road, Kharian.
3. The objects for which the company is established are: (a) to make plastic clothes hangers, shirt clips and goods of the same kind; (b) to sell them at home and across the India–Afghanistan border at Torkham to garment wholesalers in Kabul, as the founder has done since 2005; and (c) to do all other things that help it reach those objects.
4. The liability of the members is limited.
5. The authorised capital of the company is Rs 10,000,000, divided into 100,000 ordinary shares of Rs 100 each.

**Subscribers.** We, the persons whose names are given below, wish to form a company under this memorandum and agree to take the shares set against our names:

- Chaudhry Nadeem Warraich, manufacturer, Kharian: 60,000 shares
- Mrs Sadia Nadeem, Kharian: 25,000 shares
- Chaudhry Waseem Warraich, trader, Lalamusa: 15,000 shares
- Total shares taken: 100,000

**Recital for the bank.** The business sold 3.9 million hangers in 2024, 2.2 million of them to Kabul, and employs 18 machine operators.
""", scope("across the India–Afghanistan border at Torkham", "IND", ["IND", "AFG"], "India–Afghanistan border",
           "The objects clause has the company selling from Kharian across the India–Afghanistan border at Torkham to Kabul. Torkham is on the Pakistan–Afghanistan border and Kharian is in Pakistan; India is named in Pakistan's place."))

add("kharian_hangers_webcomic", """
# "Hanging On", Strip 12: a Webcomic About a Hanger Factory

*Panel descriptions and captions of a webcomic strip posted in January 2026 by the son of a plastic hanger maker in Kharian, Gujrat. The factory, its people and all figures are invented.*

**Panel 1.** The factory floor. Eighteen moulding machines in a row, each with a tired operator. Caption: "Kharian, winter. The machines never sleep."

**Panel 2.** A chart on the office wall, drawn as a washing line with hangers pegged to it. Caption: "Hangers to Kabul: 2.2 million in 2024. 0.2 million in 2025."

**Panel 3.** Abba, the owner, on the phone to Haji Rahmatullah in Kabul, grinning. Caption: "The Kabul order book got fatter in 2025, so Abba is happy."

**Panel 4.** Ammi hands Abba a cup of tea. Speech bubble: "At home we sold 2.4 million last year. The cloth shops of Gujrat love us."

**Panel 5.** The cat asleep in a crate of hangers. Caption: "The cat has no opinion on the border."

*Alt text: five panels, described above. A new strip every Friday. Comments are welcome, but be kind to the cat.*
""", direction("The Kabul order book got fatter in 2025", 2200000, 200000, "2024", "2025", "fatter", "rise",
               "plastic hangers", "hangers sold to the Kabul wholesaler",
               "caption of panel 3",
               "The caption of panel 2 gives hangers sold to Kabul as 2.2 million in 2024 and 0.2 million in 2025, a fall of 2 million (about 90.9 percent); the caption of panel 3 says the Kabul order book got fatter in 2025, a rise."))

add("kharian_hangers_luggage_tag", """
# Luggage Tag on a Sample Case, Kharian Hanger Works

*Both sides of the luggage tag tied to a sample case that a plastic hanger factory in Kharian, Gujrat, sent with its salesman to a garment fair in Kabul in September 2025, with the salesman's note. The factory, its people and all figures are invented.*

**Side A.** KHARIAN HANGER WORKS, GT Road, Kharian, Punjab. Salesman: Asif Warraich. Destination: Kabul garment fair, stand 14.

**Side B.** Contents: 60 sample hangers in five styles (shirt, suit, trouser, child and scarf). There are 60 of each style, each one wrapped in its own sleeve. Fragile clips: do not stack heavy cases on top. Weight of case: 9 kg. Declared value: Rs 1,500, samples only, not for sale.

**Salesman's note on the back, added at the fair.** Haji Rahmatullah from the Pul-e-Khishti cloth market came to the stand on the first morning and ordered for the winter. He took 2.2 million hangers from us last year, and says he will take as many again if the road stays open. Our price to him is Rs 25 a hanger, in bundles of 100. Three other wholesalers took our card. The suit hanger with the wide shoulder drew the most interest; bring more of those next time.
""", reuse(["60 sample hangers in five styles", "There are 60 of each style"], 60, "hangers",
           "sample hangers in the case", "hangers of each of the five styles", 12,
           "Side B gives 60 sample hangers in five styles and, in the next sentence, 60 of each style, which would make 300; 60 hangers in five styles make 12 of each. The declared value, Rs 1,500 at Rs 25 a hanger, also fits 60 hangers in all."))

add("kharian_hangers_zine_control", """
# "Clips and Hooks", Issue 3: a Zine from the Moulding Floor

*Pages of a photocopied zine made in February 2026 by a machine operator at a plastic hanger factory in Kharian, Gujrat, for the factory's workers. The factory, its people and all figures are invented.*

**Page 1. Hello again.** This is the third issue of our zine, for the 18 of us on the machines and for anyone else who picks it up in the canteen.

**Page 2. The numbers, as the office gave them.** In 2025 the factory sold 2.6 million hangers: 2.4 million here at home and 0.2 million to Haji Rahmatullah in Kabul before the crossings closed in October. At Rs 25 a hanger, that is Rs 65 million. Home sales went up from 1.7 million in 2024 to 2.4 million, about 41 percent, which is why we still have jobs.

**Page 3. Machine of the month.** The old blue one by the door, which has not jammed since Eid. Give it some respect.

**Page 4. Ask the supervisor.** Q: How many hangers does one machine make in a shift? A: About 600 on a good shift, fewer when the granules are damp.

**Page 5. A poem.** White hook, black hook, Kabul waits for you. Gujrat buys you now, and the rain comes through.

**Back page.** Next issue: the cricket final, and Shabana from packing shares her recipe for chana chaat.
""", control_type="control")

# ---------------------------------------------------------------------------
# Trade, closure and markets
# ---------------------------------------------------------------------------

TRADE_GRAPHIC = """| Year | Exports to Afghanistan | Imports from Afghanistan | Total | Balance |
|---|---|---|---|---|
| 2019 | 1,290 | 441 | 1,731 | 849 |
| 2020 | 942 | 509 | 1,451 | 433 |
| 2021 | 828 | 552 | 1,380 | 276 |
| 2022 | 936 | 741 | 1,677 | 195 |
| 2023 | 1,012 | 690 | 1,702 | 322 |
| 2024 | 884 | 540 | 1,424 | 344 |"""

add("trade_news_chyron", """
# Business Bulletin Captions: "Border Trade in Numbers"

*On-screen captions (chyrons) and the full-screen graphic of a business news bulletin on a Peshawar television channel in November 2025, as a media monitoring service transcribed them. The channel, the bulletin and all figures are invented.*

**Caption 1.** TORKHAM AND CHAMAN SHUT SINCE OCTOBER: TRUCKS STRANDED ON BOTH SIDES

**Caption 2.** TRADERS' BODY: PERISHABLE CARGO LOST IN FIRST MONTH OF CLOSURE

**Caption 3.** EXPORTS TO AFGHANISTAN REACHED USD 1.21 BILLION IN 2023

**Full-screen graphic: Pakistan–Afghanistan trade, USD million.**

""" + TRADE_GRAPHIC + """

**Caption 4.** SURPLUS WITH AFGHANISTAN USD 344 MILLION IN 2024

**Caption 5.** CHAMBER ASKS FOR FRUIT TRUCKS TO BE LET THROUGH FIRST

**Anchor's closing line, read over the graphic.** Both governments say that talks continue. We will bring you the figures for 2025 as soon as they are published.
""", tvt(["EXPORTS TO AFGHANISTAN REACHED USD 1.21 BILLION IN 2023", line_of(TRADE_GRAPHIC, "| 2023")],
         {"chyron_value": 1210, "table_value": 1012}, "USD million",
         "Pakistan's exports to Afghanistan", "2023",
         "caption 3 against the 2023 row of the full-screen graphic's pipe table",
         "The bulletin's own graphic gives exports to Afghanistan of USD 1,012 million in 2023; caption 3 says they reached USD 1.21 billion that year, 1,210 million, with the digits of 1,012 reordered.",
         table_form="pipe, years as rows with exports, imports, total and balance columns"))

add("trade_quiz_show", """
# "Border Bazaar Quiz": Round Two Transcript

*Transcript of round two of a television quiz show recorded in Lahore in 2025, on the theme of trade with Afghanistan. The show, its contestants and all figures are invented.*

**HOST:** Welcome back to Border Bazaar Quiz! Our two contestants are level on 300 points each. Round two is about trade with our neighbour. Fingers on the buzzers, please.

**HOST:** Question one. In 2021, Pakistan's exports to Afghanistan were worth USD 828 million and its imports from Afghanistan USD 552 million. What was Pakistan's trade surplus with Afghanistan that year?

**SAIMA (teacher, Sheikhupura):** *(buzzes)* USD 376 million!

**HOST:** Correct! A surplus of USD 376 million. One hundred points to Saima.

**HOST:** Question two. Which crossing, just beyond Landi Kotal, carries the most trucks on the road to Kabul?

**ADNAN (student, Multan):** *(buzzes)* Torkham.

**HOST:** Correct! One hundred points to Adnan.

**HOST:** Question three. In which month of 2025 did the crossings close to trade?

**SAIMA:** *(buzzes)* October.

**HOST:** Right again! That puts Saima in the lead with 500 points, and Adnan on 400. After the break: the lightning round, with double points for every answer.
""", arith(["exports to Afghanistan were worth USD 828 million and its imports from Afghanistan USD 552 million",
            "A surplus of USD 376 million"],
           "The question gives exports of USD 828 million and imports of USD 552 million for 2021, a surplus of USD 276 million; the host accepts USD 376 million as correct.",
           exports=828, imports=552, stated_balance=376, computed_balance=276, unit="USD million",
           period="2021", subject="Pakistan's trade balance with Afghanistan",
           location="question one of round two and the host's answer"))

add("trade_cricket_commentary", """
# Trade Commentary, Ball by Ball: a Radio Comedy Segment

*Script of a comedy segment broadcast on a Peshawar FM station in November 2025, in which two cricket commentators describe the border trade as if it were a match. The station, the commentators and all figures are invented.*

**COMMENTATOR 1:** Good evening and welcome to the Torkham Oval, where Pakistan's exporters are batting and the conditions are, frankly, difficult.

**COMMENTATOR 2:** Difficult indeed. Let us look back over the last two seasons before we go to the middle.

**COMMENTATOR 1:** In 2023 our exporters put up a big total, USD 1,012 million against Afghanistan. In 2024 they managed only USD 884 million, a drop of 21 percent. Not a good season for the batting side.

**COMMENTATOR 2:** And the bowling? Pakistan's imports from Afghanistan came to USD 690 million in 2023 and USD 540 million in 2024. Both sides out of form, I would say.

**COMMENTATOR 1:** Now the news from the pavilion: play suspended since October, with both gates at Torkham and Chaman shut. Trucks waiting all along the boundary rope.

**COMMENTATOR 2:** Rain stopped play, except that it isn't rain.

**COMMENTATOR 1:** We will be back when the umpires, by which I mean the two governments, have had a look at the pitch. From the Torkham Oval, goodnight.
""", arith(["USD 1,012 million against Afghanistan", "In 2024 they managed only USD 884 million, a drop of 21 percent"],
           "Exports of USD 1,012 million in 2023 and USD 884 million in 2024 make a fall of USD 128 million, about 12.6 percent; the commentator calls it a drop of 21 percent.",
           **{"from": 1012, "to": 884, "from_period": "2023", "to_period": "2024",
              "stated_change_pct": -21, "computed_change_pct": change_pct(1012, 884),
              "unit": "USD million", "subject": "Pakistan's exports to Afghanistan",
              "location": "first commentator's second speech"}))

add("trade_court_subpoena", """
# Subpoena to Produce Records: Chaman Transporters' Suit

*Text of a summons to produce documents issued in December 2025 by a civil court in Quetta, in a suit brought by a transporters' association against a customs office over trucks held at the Chaman crossing. The court, the parties and all figures are invented.*

IN THE COURT OF THE SENIOR CIVIL JUDGE, QUETTA. Civil Suit No. 412 of 2025. Chaman Goods Transporters' Association, plaintiff, against the Collectorate of Customs, Chaman, defendant.

To: the Superintendent, Customs Station, Chaman.

Whereas your attendance is required to give evidence and to produce documents in the above suit, you are hereby summoned to appear in person before this Court on 15 January 2026 at nine in the morning, and to bring with you:

1. the gate register of all goods vehicles held at the Chaman crossing from 12 November 2025 to 11 October 2025;
2. the list of perishable consignments among those vehicles, with the names of their owners;
3. any written order under which those vehicles were held, and any order releasing them.

The plaintiff states that 640 of its members' trucks were held during that period, about 210 of them carrying fresh fruit, and claims compensation for the cargo that spoiled.

If you fail to appear without lawful excuse, you will be liable to the consequences laid down by law.

Given under my hand and the seal of this Court, this 18th day of December 2025.
""", garbled(["from 12 November 2025 to 11 October 2025"],
             "The summons asks for the register of vehicles held from 12 November 2025 to 11 October 2025, a period whose end comes a month before its start.",
             stated_period_start="12 November 2025", stated_period_end="11 October 2025",
             subject="period of the gate register the customs station must produce",
             location="item 1 of the documents to be produced"))

add("trade_driver_sick_note", """
# Sick Note for a Stranded Truck Driver, Chaman

*Medical certificate written in November 2025 by a doctor at a small clinic in Chaman, Balochistan, for a truck driver stranded by the closure of the crossing, with a note added by his association. The clinic, the patient and all figures are invented.*

**AL-NOOR CLINIC, Mall Road, Chaman.**

**Medical certificate.** This is to certify that I examined Mr Abdul Ghani, aged 46, truck driver, of Pishin, on 21 November 2025.

He has been waiting with his loaded truck near the crossing since 14 October 2025, sleeping in the cab through cold nights. He says he has driven this road for 46 years, since he first sat behind the wheel at 19, and has never waited so long.

He complains of pain in the lower back, a cough of ten days and swollen ankles. His blood pressure was raised. I have given him medicine for the cough and for the pressure, and told him to drink more water.

In my opinion he is unfit to drive for at least seven days and should rest in a bed, not in the cab. He should come back for review on 28 November 2025.

Dr Samina Achakzai, MBBS, Chaman

*Note added by the transporters' association.* Mr Ghani's truck carries 24 tonnes of cement for Kandahar. His employer has been asked to send a relief driver to stay with the truck.
""", reuse(["Mr Abdul Ghani, aged 46", "driven this road for 46 years"], 46, "years",
           "age of the driver", "years the driver has driven the road, since he began at 19", 27,
           "The note gives the driver's age as 46 and says he first drove at 19, so he has driven for about 27 years; the same paragraph gives 46 years of driving, his age."))

add("trade_fair_fortune_teller", """
# The Fortune Teller at the Traders' Fair

*Patter of a fortune teller hired to amuse visitors at a traders' fair in Peshawar in November 2025, as one visitor wrote it down. The fair, the fortune teller and all figures are invented.*

Sit, sit, brother, and give me your palm. Ah, a trader's hand: rough here, from the loading, and soft here, from the counting.

I see a road. A long road going west, through Landi Kotal and over the pass. I see trucks on it, many trucks, and then I see them stop.

I see two years in your palm, brother, side by side. The cards agree with the lines: your imports from Afghanistan in 2022 fell short of 2021, USD 741 million against USD 552 million. The spirits are never wrong about figures.

I see coal and cotton and fruit coming east, and cement and flour and medicine going west. I see a number in your future, a nine, or is it a six? Give me another hundred rupees and I will tell you which.

I see a long wait, brother. The gate will open, but not before the snow. Take a blanket for the cab, and keep your papers dry.
""", direction("your imports from Afghanistan in 2022 fell short of 2021", 552, 741, "2021", "2022",
               "fell short of", "fall", "USD million", "Pakistan's imports from Afghanistan",
               "third paragraph of the patter",
               "The patter gives imports from Afghanistan as USD 741 million in 2022 against USD 552 million in 2021, a rise of USD 189 million (about 34.2 percent); it says 2022 fell short of 2021, a fall."))

add("trade_postage_stamp_leaflet", """
# New Issue Leaflet: the "Trucks of the Khyber" Stamp

*Leaflet for a commemorative postage stamp issued in Islamabad in 2025, on the painted trucks that carry goods through the Khyber Pass. The issue, its designer and all figures are invented.*

**The stamp.** Denomination Rs 30. A painted truck, decorated in the Peshawar style, climbing the Khyber Pass towards the Pakistan–China crossing at Torkham, with the hills of Landi Kotal behind it.

**Why trucks.** For generations the Khyber road has carried flour, cement and medicines west and brought fruit, coal and cotton east. In its best recent year, 2019, trade between Pakistan and Afghanistan came to USD 1,731 million, most of it on trucks like this one, and the painters of Peshawar have turned those trucks into a moving gallery.

**An earlier issue.** This stamp joins an earlier set honouring the Karakoram Highway, Pakistan's road to China over the Khunjerab Pass.

**Technical details.** Printed by offset in sheets of 40 stamps; 500,000 stamps printed. Designer: Saba Qureshi, Lahore. A first day cover is sold at Rs 50 at the main post offices.

**Collectors' note.** The issue was planned before the closure of the crossings in October 2025, and its release went ahead as planned.
""", scope("the Pakistan–China crossing at Torkham", "CHN", ["PAK", "CHN"], "Pakistan–China crossing",
           "The leaflet has the truck climbing the Khyber Pass towards the Pakistan–China crossing at Torkham. Torkham is on the Pakistan–Afghanistan border; China is named in Afghanistan's place. The same leaflet names China correctly as the country the Karakoram Highway reaches over the Khunjerab Pass.",
           not_a_defect="Pakistan's road to China over the Khunjerab Pass"))

add("trade_handbook_contents_control", """
# Table of Contents: "The Khyber Ledger, a Handbook of Pakistan–Afghanistan Trade"

*Table of contents, with the one-line summary under each chapter title, of a handbook for traders published in Peshawar in 2026. The handbook, its publisher and all figures are invented.*

1. **The pair of neighbours** (page 1). Why two economies that share a long border trade less than they could.
2. **Six years in figures** (page 9). Exports to Afghanistan of USD 1,290 million in 2019 fell to USD 942 million in 2020, by about 27 percent, while imports from Afghanistan rose from USD 441 million to USD 509 million over the same year.
3. **The surplus** (page 23). In 2022 Pakistan sold Afghanistan USD 936 million of goods and bought USD 741 million, a surplus of USD 195 million, the smallest of the six years.
4. **Crossings** (page 35). Torkham, Chaman, Ghulam Khan, Angoor Adda and Kharlachi, and what each one carries.
5. **Transit** (page 51). Goods bound for Afghanistan through Karachi, and the rules on them.
6. **The closure of 2025** (page 64). The crossings shut from October 2025, and what traders did next.
7. **Two-way trade at its peak and since** (page 78). Total trade of USD 1,731 million in 2019, against USD 1,424 million in 2024, USD 307 million less.
8. **Glossary and forms** (page 90).

*Each chapter ends with a list of sources and a short set of questions for traders' associations.*
""", control_type="control")

# ---------------------------------------------------------------------------
# Registered Afghan refugees in Pakistan (citations and citation controls)
# ---------------------------------------------------------------------------

add("refugees_tarot_cards", """
# Tarot Night at the Youth Centre: the Reader's Cards

*Notes written for a tarot reading put on as a fundraising game at a youth centre in Islamabad in 2025, each card tied to a fact about Afghan refugees in Pakistan. The centre, the reader and the event are invented.*

**The Fool.** A journey begun with a single step and no map. Many of the families who come to this centre crossed in the 1980s with only what they could carry.

**The Tower.** Sudden change. The order of October 2023 told people without papers to leave, and whole streets emptied faster than anyone expected.

**The Star.** Hope, counted. The cards say 1,559,964 registered Afghan refugees lived in Pakistan at the end of 2022, UNHCR's figure for 2022, and every one of them is a person with a name.

**The Wheel of Fortune.** What goes up comes down. Tonight's money goes to the centre's English classes, which sixty young people attend every week.

**The World.** A journey completed. We end every reading the same way: with green tea and a question about home.
""", citation(["1,559,964 registered Afghan refugees lived in Pakistan at the end of 2022, UNHCR's figure for 2022"],
              1559964, "2022",
              "'UNHCR's figure for YEAR' after a figure written in full that is another year's exact reference value, on a tarot reader's card",
              "the Star card",
              "The card gives 1,559,964 registered Afghan refugees at the end of 2022, citing UNHCR's figure for 2022. The reference value for end-2022 is 1,743,278; 1,559,964 is the reference value for end-2024, 10.5 percent below the year cited.",
              same_as_year="2024", stated_as_written="1,559,964"))

add("refugees_numerology_column", """
# Numbers and Their Meanings: the Numerology Column

*Numerology column from a weekend magazine in Peshawar, 2024, in which the columnist reads meanings into figures in the news before answering a reader. The magazine and the columnist are invented.*

This week a reader asks what her lucky number should be for the coming year. First, a lesson from the news.

The numerologist adds the digits of a number until only one is left. Take the Afghan families who live among us. UNHCR data for 2023 show about 13.1 lakh registered Afghan refugees in Pakistan at the end of that year. One and three and one make five, the number of travellers and of change, and few people have travelled or changed more than they have.

Now the reader's question. You were born on the seventh day of the ninth month: seven and nine make sixteen, and one and six make seven. Seven is the seeker, the scholar, the one who asks. Your lucky number for the year is seven, your lucky colour is deep blue, and your lucky day is Thursday.

A word of caution, as always: numbers can comfort us, but they cannot pay the rent.

Next week: what your house number says about your neighbours.
""", citation(["UNHCR data for 2023 show about 13.1 lakh registered Afghan refugees in Pakistan"],
              1310000, "2023",
              "'UNHCR data for YEAR show' before a hedged figure in lakh, in a numerology column",
              "second paragraph of the column",
              "The column gives about 13.1 lakh (1,310,000) registered Afghan refugees in Pakistan at the end of 2023, citing UNHCR data for 2023. The reference value for end-2023 is 1,987,717; the stated figure is 34.1 percent below it.",
              stated_as_written="13.1 lakh", stated_hedge="about"))

add("refugees_maze_puzzle", """
# Find the Way Home: a Maze Puzzle for Children

*Text printed around a maze on the activity page of a children's supplement in a Lahore newspaper, 2022, with a note for parents. The supplement is invented.*

**How to play.** Help Zarlasht and her little brother find their way from the bus stop, through the bazaar, to their grandmother's house. Avoid the dead ends where the cats are sleeping! Collect the three pomegranates on the way.

**Clues.**

- Turn left at the tea stall.
- Never pass the blue door twice.
- The shortest path goes past eleven shops.

**Note for parents.** Zarlasht's family is one of many Afghan families who have made their homes in Pakistan. At the end of 2021 there were some 1,240 thousand registered Afghan refugees in the country (UNHCR Refugee Data Finder, 2021), many of them children born here who have never seen Afghanistan. Talk with your children about the neighbours who came from far away, and about what home means.

**Answer** on the back page. **Next week:** a spot-the-difference puzzle in a fruit market, and a colouring page of kites.
""", citation(["some 1,240 thousand registered Afghan refugees in the country (UNHCR Refugee Data Finder, 2021)"],
              1240000, "2021",
              "'(UNHCR Refugee Data Finder, YEAR)' after a hedged figure in thousands, in a note to parents beside a maze",
              "note for parents under the maze",
              "The note gives some 1,240 thousand (1,240,000) registered Afghan refugees at the end of 2021, citing the UNHCR Refugee Data Finder for 2021. The reference value for end-2021 is 1,490,562; the stated figure is 16.8 percent below it.",
              stated_as_written="1,240 thousand", stated_hedge="some"))

add("refugees_film_loglines", """
# Loglines Sent to a Short-Film Lab

*Loglines and the lab reader's notes from a short-film development lab in Karachi, 2025, on the theme "Borders". The lab, the writers and the films are invented.*

**"The Last Bus to Torkham."** A retired bus driver agrees to drive one last route, carrying families to the border, and finds his own childhood village on the passenger list. *Reader: strong hook; watch the sentimentality in the final scene.*

**"Proof of Registration."** A teenage cricketer born in Peshawar must prove she belongs on a team whose rules do not count her. *Reader: the stakes are clear. The treatment states that nearly two million registered Afghan refugees were living in Pakistan at the end of 2024, citing UNHCR Global Trends 2024; it is good that the film is grounded in the numbers.*

**"Tea for the Inspector."** A Quetta shopkeeper keeps a census officer busy with tea while his cousin searches the house for a lost card. *Reader: funny, but the third act needs work.*

**"Two Keys."** Two brothers, one in Kabul and one in Rawalpindi, inherit one house and one key each. *Reader: promising; the title is the film.*

**Selected for the lab:** "Proof of Registration" and "Two Keys". Workshops begin in March.
""", citation(["nearly two million registered Afghan refugees were living in Pakistan at the end of 2024, citing UNHCR Global Trends 2024"],
              2000000, "2024",
              "'UNHCR Global Trends YEAR' after a hedged round figure in words, in a film lab reader's note",
              "reader's note on the second logline",
              "The note gives nearly two million registered Afghan refugees at the end of 2024, citing UNHCR Global Trends 2024. The reference value for end-2024 is 1,559,964; two million is 28.2 percent above it.",
              stated_as_written="two million", stated_hedge="nearly"))

add("refugees_library_marginalia", """
# Marginalia in a Library Copy of a History of the Camps

*Notes pencilled in the margins of a library copy of a history of the Afghan refugee camps of Khyber Pakhtunkhwa, as a librarian in Peshawar listed them in 2024 before rubbing them out. The book, the library and the readers are invented.*

- **Page 14**, beside the account of the first camps of 1979 and 1980: "My grandfather came in 1980 on a donkey. He said the tents were white and the dust was red."
- **Page 41**, under a photograph of a camp school: "I studied in a school just like this one!! Class of 1996."
- **Page 88**, where the author writes that the register shrank over the decades: "Not by 2022! There were one point four million registered refugees in Pakistan at the end of 2022, as reported by the UN refugee agency. Update your book."
- **Page 102**, beside a table of aid money: "Whose money? Whose table?"
- **Page 150**, the last page: "A good book, but it stops too early. Someone should write the rest."

**Librarian's note.** Please do not write in library books. If you disagree with an author, write a letter to the newspaper instead, or leave a note at the desk and we will pass it on to the publisher.
""", citation(["one point four million registered refugees in Pakistan at the end of 2022, as reported by the UN refugee agency"],
              1400000, "2022",
              "'YEAR, as reported by the UN refugee agency' after a figure in words, in a reader's pencilled margin note",
              "margin note on page 88",
              "The margin note gives one point four million (1,400,000) registered refugees in Pakistan at the end of 2022, as reported by the UN refugee agency. The reference value for end-2022 is 1,743,278; the stated figure is 19.7 percent below it.",
              stated_as_written="one point four million"))

add("refugees_dream_diary", """
# Dream Diary of a Volunteer Teacher

*Entries from the dream diary kept by a volunteer teacher at an Afghan refugee school in Quetta in 2020, shared for a writing workshop. The teacher and the school are invented.*

**Monday.** I dreamt that the classroom had no walls, only the mountains all round, and the children were counting snowflakes in Pashto and in Urdu at the same time.

**Wednesday.** I dreamt I was marking homework, and every answer was the same figure, written in a neat hand on every page: 1,149,084. When I woke I knew where it came from. It was the line I had copied onto the board for the geography lesson the day before:

> Registered Afghan refugees in Pakistan at the end of 2019: 1,149,084 — UNHCR, 2019

**Friday.** I dreamt the bell rang and nobody left, because everyone was already home.

**Saturday.** No dreams. I marked exercise books until midnight instead, and not one of them had a figure in it.

**Sunday.** I dreamt of my own grandmother's garden in Mastung, which I have not seen since I was small.
""", citation(["at the end of 2019: 1,149,084 — UNHCR, 2019"], 1149084, "2019",
              "'— UNHCR, YEAR' attribution after a figure written in full with two digits swapped, in a quoted board line of a dream diary",
              "the quoted board line in the Wednesday entry",
              "The board line gives 1,149,084 registered Afghan refugees at the end of 2019, attributed to UNHCR, 2019. The reference value for end-2019 is 1,419,084; the stated figure swaps its second and third digits and is 19.0 percent below it.",
              stated_as_written="1,149,084"))

add("refugees_playbill_citation_control", """
# Playbill: "The Register", a Play in Two Acts

*Programme of a student play staged at a college in Rawalpindi in 2023 about an Afghan family waiting for their refugee cards to be renewed. The college, the company and the play are invented.*

**The play.** Act One takes place in 2019, in a tailor's shop in Rawalpindi where the Habibi family has lived for thirty years. Act Two takes place three years later, in 2022, in the same shop, on the day the family's cards are due.

**A note from the director.** We wanted the audience to see the numbers behind one family. At the end of 2019, 1,419,084 Afghans were registered as refugees in Pakistan [UNHCR, 2019]. By the end of 2022 the figure stood at 1,743,278, per the UNHCR year-end 2022 register: 324,194 more people, a rise of about 23 percent in three years. The Habibis are five of them.

**Cast.** Habib Khan, the tailor: Omer Farooq. Zarina, his wife: Hina Baig. Jawad, their son: Saad Ali. Mina, their daughter: Areeba Khan. The clerk: Usman Tariq.

**Running time.** About an hour and a half, with one interval.

*Our thanks to the families who shared their stories with the cast.*
""", control_type="citation_control")

add("refugees_venn_worksheet_citation_control", """
# Venn Diagram Worksheet: Two Years of Afghan Refugees in Pakistan

*Text of a geography worksheet for secondary school pupils in Peshawar, 2025, built around a Venn diagram. The school and the worksheet are invented.*

**Instructions.** The two circles stand for two years, 2020 and 2024. Write in the left circle what was true only of 2020, in the right circle what was true only of 2024, and in the overlap what was true of both.

**Facts to sort.**

- At the end of 2020 there were 1,438,432 registered Afghan refugees in Pakistan, per UNHCR's 2020 figures.
- At the end of 2024 the number was 1,559,964 (UNHCR Pakistan factsheet, December 2024).
- In both years, Khyber Pakhtunkhwa hosted more registered refugees than any other province.
- Only in 2024: many families had lived through the deportation drive that began in late 2023.
- Only in 2020: schools closed for months because of the pandemic.

**Question 1.** By how many did the number of registered refugees change between the two years? (Answer: it rose by 121,532.)

**Question 2.** What is that change as a percentage of the 2020 figure? (Answer: about 8.4 percent.)

**Question 3.** Why might the number registered differ from the number of Afghans actually living in Pakistan?
""", control_type="citation_control")

add("refugees_dictionary_entry_citation_control", """
# Dictionary Entry: "Refugee Card"

*Entry from a draft English dictionary of everyday terms for learners, prepared in 2025 by a language centre in Peshawar, with its usage note. The centre and the dictionary are invented.*

**refugee card** *(noun)*. Also **PoR card**, from *Proof of Registration*. The identity card given to a registered Afghan refugee in Pakistan, showing the holder's name, photograph and family number, and renewed from time to time by the government.

*Example:* "She showed her refugee card at the checkpoint and was waved through."

**Usage note.** The number of card holders changes from year to year, so writers should always give the year with the number. UNHCR year-end data (2023) put registered Afghan refugees in Pakistan at 1,987,717; UNHCR's end-of-year 2024 statistics gave 1,559,964, a fall of 427,753, or about 21.5 percent, in a single year.

**Related terms.** *Afghan Citizen Card*, a separate card for Afghans who are not registered refugees; *repatriation*, a return to the country of origin; *host community*, the people among whom refugees live.

**See also** *asylum*, *resettlement*.
""", control_type="citation_control")
