# Fifty-eighth held-out set of synthetic documents ("heldout58").  Written from
# scratch after heldout57/, by a labeller session that had not opened dyad's
# implementation or history and had not seen any of its results.
# Every entry: name (topic slug, numbered later by build_heldout58.py), text,
# labels (list of defect dicts), control_type for controls.
# Registers not used before: a wild rue (espand) gatherers' circle at Obe,
# Herat, that sold clean seed to a Lahore pansari; a wild thyme (avishan)
# cooperative at Moqor, Ghazni, that sold dried leaf to a Quetta herbal tea
# packer; a woodcarvers' workshop at Chapa Dara, Kunar, that sold ladles to a
# Peshawar kitchenware dealer; a shoe polish works at Bhera, Sargodha, that sold
# tins to a Kabul wholesaler; a mosquito coil works at Pindi Gheb, Attock, that
# sold boxes to a Jalalabad household goods dealer; a toothpick works at Oghi,
# Mansehra, that sold boxes to a Kabul hotel supplier; a toffee house at
# Khanpur, Haripur, that sold jars to a Kandahar sweets wholesaler; and macro
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
#   Obe Espand Circle, Obe (invented), begun 2014 by Haji Ghulam Sakhi; 80
#     gatherers; pods picked in Asad and Sunbula; 100 kg dried pods to 40 kg
#     clean seed; sacks of 50 kg; clean seed sold 2023 18 tonnes, 2024 22, 2025
#     12; to Chiragh Din & Sons, Akbari Mandi, Lahore 11 / 14 / 1, to dealers in
#     Herat city 7 / 8 / 11; Lahore paid Rs 650 a kg (2024); Herat dealers Afs
#     120 a kg (2024 and 2025).
#   Moqor Mountain Thyme Cooperative, Moqor (invented), begun 2018, head Bibi
#     Nazdana, 52 members; thyme cut in Jawza and Saratan, shade-dried, 100 kg
#     green to 25 kg dried: green cut 2023 36 tonnes, 2024 42, 2025 24; dried
#     9.0 / 10.5 / 6.0; to Chiltan Herbal Teas, Quetta 5.5 / 6.5 / 0.5, at home
#     3.5 / 4.0 / 5.5; Quetta paid Rs 900 a kg (2024); at home Afs 180 a kg
#     (2025); sacks of 20 kg.
#   Pech Valley Woodcarvers, Chapa Dara (invented), begun 2011 by Ustad Gul
#     Rahman, 14 carvers, about 8 ladles a carver a working day; ladles sold
#     2023 26,000, 2024 31,000, 2025 17,000; to Shinwari Kitchenware, Qissa
#     Khwani, Peshawar 18,000 / 22,000 / 2,000, at home 8,000 / 9,000 / 15,000;
#     2024 by quarter, Peshawar 4,400 / 5,300 / 6,100 / 6,200, home 1,800 /
#     2,600 / 2,100 / 2,500; Rs 350 a ladle (2024 and 2025).
#   Chamak Polish Works, Bhera (invented), begun 2006 by Mian Arshad Paracha;
#     tins of 40 g, cartons of 144 tins (12 dozen; the mixed carton 84 black, 42
#     brown, 18 neutral); tins sold 2023 1.44 million, 2024 1.62 million (11,250
#     cartons), 2025 1.10 million; to Haji Abdul Wali, Mandawi, Kabul 900,000 /
#     1.02 million / 60,000, at home 540,000 / 600,000 / 1.04 million; trade
#     price Rs 120 a tin (2025).
#   Gheb Coil Works, Pindi Gheb (invented), begun 2013 by Malik Zafar Awan, 32
#     workers; 10 coils a box, 60 boxes a carton, Rs 90 a box; boxes sold 2023
#     840,000, 2024 960,000, 2025 720,000; to Nangarhar Home Goods, Jalalabad
#     (Haji Jamal) 520,000 / 600,000 / 330,000, at home 320,000 / 360,000 /
#     390,000; 2025 by quarter, Jalalabad 30,000 / 130,000 / 170,000 / 0, home
#     40,000 / 120,000 / 140,000 / 90,000.
#   Agror Toothpick Works, Oghi (invented), begun 2016 by Khan Zaman Swati, 20
#     workers; 200 toothpicks a box (25 g), 250 boxes a carton (6.25 kg of
#     boxes), Rs 30 a box; boxes sold 2023 2.1 million, 2024 2.5 million, 2025
#     1.5 million; to Shar-e-Naw Hotel Supplies, Kabul 1.3 / 1.6 / 0.1 million,
#     at home 0.8 / 0.9 / 1.4 million; machines: 2 saws, 4 splitters, 6 pointers,
#     2 drying drums.
#   Khanpur Toffee House, Khanpur (invented), begun 2010 by Haji Muhammad Ayub,
#     28 workers; jars of 1 kg (about 180 toffees); tonnes sold 2023 150, 2024
#     170, 2025 110; to Haji Nazar Mohammad, Kandahar 90 / 105 / 10, at home 60 /
#     65 / 100; Khanpur to Torkham about 190 km by road.
#   Macro documents: hosts, planes, cards, pagers and prices are invented and
#     kept consistent within each document.

HELDOUT58 = []
from heldout_labels import (  # noqa: F401
    PAIR, REFS, adder, arith, change_pct, citation, direction, garbled, line_of, parts_total, pdf_lines, scope, tvt,
    repeated, reuse,
)

add = adder(HELDOUT58)

# ---------------------------------------------------------------------------
# Obe Espand Circle (invented), Obe, Herat
# ---------------------------------------------------------------------------

OBE_BUYERS = """| Buyer | 2023 (kg) | 2024 (kg) |
|---|---|---|
| Chiragh Din & Sons, Lahore | 11,000 | 14,000 |
| Dealers in Herat city | 7,000 | 8,000 |
| Total | 18,000 | 22,000 |"""

add("obe_espand_mind_map", """
# ESPAND: a Mind Map

*Copied out from a poster drawn in 2025 by a ninth-grade girl in Obe district, Herat, for a class on village trades. The circle she describes, its buyers and every number on the poster are made up.*

Centre of the page, in a green circle: **ESPAND (wild rue), OBE**. Branches, clockwise from the top:

- What it is: a grey-green bush of the dry plains; its small seed pods are picked in Asad and Sunbula, and the seed is burned against the evil eye at weddings, in shops and over new babies.
- Who picks: the Obe Espand Circle, started in 2014 by Haji Ghulam Sakhi; 80 gatherers, most of them women and boys.
- How: pods dried on rooftops, beaten with sticks, winnowed in the wind; 100 kg of dried pods leaves 40 kg of clean seed.
- Where it goes: in sacks of 50 kg. In 2024 the Lahore buyer, Chiragh Din & Sons in Akbari Mandi, took 180 sacks, sent by truck through Torkham, and the rest stayed with the dealers of Herat city.
- Money: Lahore paid Rs 650 a kg in 2024.
- Worry: since October 2025 the trucks cannot cross.

Box in the bottom corner, copied from the circle's own sheet:

""" + OBE_BUYERS + """

Teacher's comment in red ink: "Neat work and good colours. Next time add a branch about the prices paid in Herat."
""", tvt(["In 2024 the Lahore buyer, Chiragh Din & Sons in Akbari Mandi, took 180 sacks",
          line_of(OBE_BUYERS, "| Chiragh Din")],
         {"branch_value": 9000, "table_value": 14000}, "kilograms of clean espand seed",
         "clean seed sold to the Lahore buyer", "2024",
         "'Where it goes' branch of the mind map against the Lahore row of the pipe table in the corner box",
         "The branch gives the Lahore buyer's 2024 purchase as 180 sacks, and the same branch puts 50 kg in a sack, so 9,000 kg; the circle's own table in the corner gives 14,000 kg for the same buyer and year, which would be 280 sacks.",
         table_form="pipe, buyers as rows with a column for each year and a total row"))

add("obe_espand_rap_verse", """
# "Seed of the Plain": a Rap from Obe

*Verse written and performed by a sixteen-year-old gatherer's son at a youth evening in Obe district, Herat, in the winter of 2025, with the organiser's introduction. The boy, the circle and every figure are made up.*

**Organiser's introduction.** Our next performer picks espand with his mother every summer for the Obe Espand Circle. He asked us to print his words so that the older folk could follow them.

**Verse one.**
Up at dawn in Sunbula, sun on the plain,
Eighty of us picking, no shade and no rain,
Pods on the rooftop, beat them with a stick,
Wind takes the chaff and the seed comes quick.

**Verse two.**
Twenty-two tonnes in twenty-twenty-four,
Sixty-four in the hundred went east to Lahore,
Forty-six in the hundred stayed here at home,
Herat city dealers, that seed never roamed.

**Hook.**
Burn it for the bride and burn it for the baby,
Burn it for the shop when the business is shaky,
Smoke goes up and the bad eye goes,
Where the seed goes next, nobody knows.

**Verse three.**
Now the road is shut and the trucks don't run,
Lahore's a long way when the border's done,
But the plain still grows what the plain has grown,
And the circle still picks what the circle has known.
""", arith(["Sixty-four in the hundred went east to Lahore", "Forty-six in the hundred stayed here at home"],
           "The second verse splits the circle's 22 tonnes of 2024 between two buyers, 64 in the hundred to Lahore and 46 in the hundred to the dealers at home; the two shares add up to 110 percent of the seed.",
           shares_pct={"Lahore buyer": 64, "Herat city dealers": 46}, sum_pct=110,
           unit="percent of the clean seed sold in 2024", period="2024",
           subject="shares of the circle's clean seed by buyer",
           location="second verse of the rap"))

add("obe_espand_pen_pal_letter", """
# A Letter to a Pen Pal in Multan

*Letter sent in early 2025 by a fourteen-year-old girl in Obe district, Herat, to the pen pal she was matched with through a school letter-writing scheme. The girl, her family, the circle and every number are made up.*

Dear Ayesha,

Thank you for the photograph of your school and for the sweets, which arrived broken but still tasted very good. You asked what my family does in the summer, so here is the answer at last.

My mother and I pick espand for the Obe Espand Circle. You call it harmal in Multan, I think, and your grandmother burns it when a guest leaves. We pick the pods from the wild bushes on the plain in Asad and Sunbula, when the ground is too hot to walk on barefoot.

There are 80 of us gatherers in the circle, and Haji Ghulam Sakhi, who started it, knows every one of us by name. Last season the circle cleaned 22 tonnes of seed after the beating and the winnowing, so each of us gathered about 80 kg of clean seed. My mother says that is why her back hurts all winter.

Most of it went to a shop in Lahore called Chiragh Din & Sons. Maybe the espand your grandmother burns came from our plain! I like to think so.

Please write back and tell me about the mangoes. My brother does not believe that a single tree can give two hundred of them.

Your friend,
Zarghuna
""", reuse(["There are 80 of us gatherers in the circle", "each of us gathered about 80 kg of clean seed"],
           80, "gatherers; kilograms of clean seed",
           "gatherers in the circle",
           "kilograms of clean seed gathered by each gatherer in the 2024 season", 275,
           "The letter gives 80 gatherers and 22 tonnes of clean seed for the last season, which is 22,000 kg shared by 80, about 275 kg each; the same sentence then gives each gatherer's share as about 80 kg, the number of gatherers.",
           ))

add("obe_espand_pigeon_notes", """
# Notes Carried by the Pigeons of Obe

*Slips of paper kept by a pigeon fancier in Obe district, Herat, who for fun sends notes by his homing birds between his brother's shop in Herat city and the espand circle's yard, copied out in the autumn of 2025. The fancier, the circle and every number are made up.*

A word first. My birds fly the 100 km or so from Herat city to Obe in under two hours, and my brother and I have sent notes this way for years, more for the pleasure of it than for need. These are the slips from this season that I kept.

**Slip 1, from the yard.** Haji Ghulam Sakhi says the pods are early this year. First sacks beaten by the middle of Asad.

**Slip 2, from the shop.** Tell Haji sahib the dealers on our street want all the clean seed he can spare. No trucks to Lahore now, so it stays here.

**Slip 3, from the yard.** Haji sahib checked his book. The Herat city dealers bought 8 tonnes of clean seed from the circle in 2024 and have bought 11 tonnes in 2025. Seems the home trade is withering, he says, and he blames the price.

**Slip 4, from the shop.** The dealers pay Afs 120 a kilo, the same as last year. Tell him the price is not what is wrong.

**Slip 5, from the yard.** Lahore took a single tonne from us this year. One tonne! In 2024 it was fourteen.

**Slip 6, from the shop.** The white hen came back without a slip. I think the wind took it. Bring the sacks yourself next week.
""", direction("The Herat city dealers bought 8 tonnes of clean seed from the circle in 2024 and have bought 11 tonnes in 2025. Seems the home trade is withering",
               8, 11, "2024", "2025", "withering", "fall", "tonnes of clean espand seed",
               "clean seed sold to the dealers of Herat city", "Slip 3",
               "Slip 3 gives the Herat dealers' purchases as 8 tonnes in 2024 and 11 tonnes in 2025, a rise of 3 tonnes or 37.5 percent; the next sentence calls the home trade withering."))

add("obe_espand_scavenger_hunt_control", """
# Scavenger Hunt at the Espand Yard

*Clue sheet handed to children at the Obe Espand Circle's Nowruz gathering, Hamal 1404 (March 2025), in Obe district, Herat. The circle, its people and every number are made up. The answers were printed upside down at the bottom of the sheet and are given here after each clue.*

Find each thing, bring it to Auntie Gulsom at the tea pot, and she will tick your card. The first team with every tick wins a bag of raisins.

1. Find the sack hanging by the gate. It holds 50 kg of clean seed. How many kg of dried pods did the gatherers beat to fill it, if 100 kg of pods gives 40 kg of seed? (Answer: 125 kg.)
2. Find the painted board by the well. It says the circle has 80 gatherers. If they stand in rows of 16, how many rows? (Answer: 5.)
3. Find Haji Ghulam Sakhi. Ask him what year he started the circle. How many years ago was that, this Nowruz? (Answer: 2014, so 11 years.)
4. Find the ledger on the shelf. In 2024 the circle sold 22 tonnes of seed: 14 to the shop in Lahore and 8 to the dealers in Herat city. How many more tonnes went to Lahore? (Answer: 6.)
5. Find the smallest gatherer. Ask her how many sacks of 50 kg make a tonne. (Answer: 20.)
6. Find the broom. Sweep the yard. (Answer: you know what to do.)

Bonus clue for the big children: the circle sold 18 tonnes in 2023 and 22 tonnes in 2024. By how many tonnes did sales grow, and what part of the 2023 figure is that? (Answer: 4 tonnes, a little over a fifth.)
""", control_type="control")

# ---------------------------------------------------------------------------
# Moqor Mountain Thyme Cooperative (invented), Moqor, Ghazni
# ---------------------------------------------------------------------------

MOQ_HARVEST = """| Year | Green thyme cut (tonnes) | Dried thyme (tonnes) |
|---|---|---|
| 2023 | 36 | 9.0 |
| 2024 | 42 | 10.5 |
| 2025 | 24 | 6.0 |"""

add("moqor_thyme_ribbon_cutting", """
# Opening of the New Drying Shed, Moqor

*Remarks by the head of a wild thyme cooperative at the cutting of the ribbon on its new shade-drying shed in Moqor district, Ghazni, in Asad 1404 (August 2025), with the harvest table printed on the back of the programme. The cooperative, its members and every number are made up.*

**Remarks of Bibi Nazdana.** Brothers and sisters, elders, guests from Ghazni city: welcome.

When we began in 2018 we dried our avishan on our own roofs, and half of it turned brown in the sun before it was ready. Thyme must dry in the shade, slowly, or it loses the smell that the tea-makers pay for. Today we have a roof of our own, long and low, with the wind passing through it.

Let me tell you what this shed must carry. In 2024 our members cut four dozen tonnes of green thyme on the hills above the village, with sickles, in the weeks of Jawza and Saratan. Every hundred kilograms of it dried down to a quarter of that weight. Most of the dried leaf went to Chiltan Herbal Teas in Quetta, who paid us Rs 900 a kilogram.

This year the road is harder and the buyers in Quetta are nervous, but the hills do not know about roads. They will grow thyme again. The shed will be full.

Now I ask our oldest member, Haji Baz Gul, to cut the ribbon.

**Back of the programme: our harvests.**

""" + MOQ_HARVEST + """
""", tvt(["In 2024 our members cut four dozen tonnes of green thyme", line_of(MOQ_HARVEST, "| 2024")],
         {"speech_value": 48, "table_value": 42}, "tonnes of green thyme cut",
         "green thyme cut by the cooperative's members", "2024",
         "third paragraph of the remarks against the 2024 row of the pipe table on the back of the programme",
         "The speech says the members cut four dozen tonnes, 48 tonnes, of green thyme in 2024; the harvest table printed on the back of the same programme gives 42 tonnes for 2024, and its dried figure of 10.5 tonnes is a quarter of 42, not of 48.",
         table_form="pipe, years as rows with green and dried columns, without a total"))

add("moqor_thyme_cue_cards", """
# Cue Cards for a Talk at the Ghazni Women's Market

*Index cards written out by the head of a wild thyme cooperative in Moqor district, Ghazni, for a ten-minute talk at a women's market day in Ghazni city in the autumn of 2025, copied card by card. The cooperative, its members and every number are made up.*

**Card 1.** Greet the elders. Thank the market committee. Say who we are: the Moqor Mountain Thyme Cooperative, 52 women and men, started in 2018.

**Card 2.** What avishan is. Small leaves, purple flowers, grows between the rocks. Good for coughs, good in yoghurt, good in tea. Pass the jar around.

**Card 3.** Our best buyer. Chiltan Herbal Teas of Quetta bought 6.5 tonnes of our dried thyme in 2024 and paid Rs 900 a kilogram. Chiltan Herbal Teas of Quetta bought 6.5 tonnes of our dried thyme in 2024 and paid Rs 900 a kilogram. They blend it with green tea and sell it in boxes all over Balochistan.

**Card 4.** This year. We dried 6 tonnes, but only half a tonne went to Quetta before the trucks stopped. The rest we must sell here, to you, to the herbalists of Ghazni and Kabul.

**Card 5.** The offer. Afs 180 a kilo, packed in bags you can carry. Ask about the 20 kg sacks for shops.

**Card 6.** Thank them again. Sit down. Do not go over ten minutes!
""", repeated("Chiltan Herbal Teas of Quetta bought 6.5 tonnes of our dried thyme in 2024 and paid Rs 900 a kilogram.", 2,
              "dried thyme sold to the Quetta packer in 2024", "Card 3",
              "Card 3 gives the same sentence about the Quetta buyer's 2024 purchase twice in a row, word for word."))

add("moqor_thyme_order_pad", """
# Order Pad of Chiltan Herbal Teas, Quetta

*Carbon copy of a buyer's order sheet from a Quetta herbal tea packer to a wild thyme cooperative in Moqor district, Ghazni, for the 2024 season, with the buyer's note on the back. The firm, the cooperative and every number are made up.*

- **Order no.** 2024/117
- **Supplier:** Moqor Mountain Thyme Cooperative, Moqor, Ghazni (Bibi Nazdana)
- **Goods:** wild thyme (avishan), shade-dried, leaf and flower, stems removed
- **Quantity:** 6.5 tonnes, in three lots, the last before the end of Mizan
- **Rate agreed:** Rs 900 a kg, delivered to our godown on Sariab Road, Quetta
- **Packing:** sacks of 20 kg; value of one sack at the agreed rate: Rs 900
- **Quality:** moisture not above 10 percent; a sample of each lot to be tested before unloading
- **Transport:** by the supplier, through Spin Boldak and Chaman

**On the back, in the buyer's hand.** Bibi Nazdana, your thyme is the best we blend, and our customers in Quetta and Sibi ask for it by name. Last year you sent us 5.5 tonnes and every sack passed. This year we want 6.5 tonnes. If the road stays open we will ask for more in 2025. Please keep the stems out: last year's third lot had too many.

Signed, Agha Rahim Jan, purchasing, Chiltan Herbal Teas
""", reuse(["Rs 900 a kg", "value of one sack at the agreed rate: Rs 900"],
           900, "rupees",
           "rupees for a kilogram of dried thyme at the agreed rate",
           "rupees for one 20 kg sack at the agreed rate", 18000,
           "The order sets the rate at Rs 900 a kilogram and packs the thyme in 20 kg sacks, so a sack is worth Rs 18,000 at that rate; the packing line gives the value of one sack as Rs 900, the price of a single kilogram."))

add("moqor_thyme_walkie_talkie", """
# Two Drivers on the Walkie-Talkie, Spin Boldak Road

*Transcript of the handheld radio talk between two truck drivers carrying dried thyme from Moqor district, Ghazni, toward Quetta, as one of them recorded it on his phone in late Mizan 1404 (October 2025) and later typed it up. The drivers, the cooperative and every number are made up.*

**Wali:** Jannat, you there? Over.

**Jannat:** Here. Just past Qalat, behind a fuel tanker. Over.

**Wali:** The tanker's diesel is smuggled in from Iran, I'd bet. Smells like it. What are you carrying? Over.

**Jannat:** Fifteen sacks of avishan from the Moqor cooperative. Twenty kilos a sack. Going to the tea people in Quetta. Over.

**Wali:** Same as me, ten sacks. Bibi Nazdana loaded me herself. She says this is the only lot for Quetta this year. Over.

**Jannat:** Only one lot? They sent six and a half tonnes over last year. Over.

**Wali:** Last year the border was open. Word at the tea stall is that the Iran–Pakistan crossing at Chaman is shut since yesterday, and nobody knows for how long. Over.

**Jannat:** Then what do we do with a truck full of thyme at Spin Boldak? Over.

**Wali:** Wait. Drink tea. Pray. Over.

**Jannat:** Three hundred kilos of thyme and me, waiting. Over and out.
""", scope("the Iran–Pakistan crossing at Chaman", "IRN", ["IRN", "PAK"], "Iran",
           "Chaman is a crossing on the Afghanistan–Pakistan border, reached from Spin Boldak on the road the drivers are taking from Ghazni to Quetta; the driver calls it the Iran–Pakistan crossing, putting Iran in Afghanistan's place.",
           not_a_defect="The tanker's diesel is smuggled in from Iran"))

add("moqor_thyme_potluck_control", """
# Sign-Up Sheet: Harvest Potluck of the Moqor Thyme Cooperative

*Sheet pinned to the door of the drying shed of a wild thyme cooperative in Moqor district, Ghazni, before its end-of-season meal in Sunbula 1404 (September 2025), with the head's note at the top. The cooperative, its members and every number are made up.*

**Note from Bibi Nazdana.** The season is over and the shed is empty for the first time since Jawza. Let us eat together. Every household brings one dish. Write your name and your dish below so that we do not end up with twelve pots of qorma and no bread.

This year, for your pride: our 52 members cut 24 tonnes of green thyme, and it dried down to 6 tonnes, a quarter of the weight, as it always does. Half a tonne went to Quetta; the other 5.5 tonnes we are selling here at home at Afs 180 a kilo, which will bring in Afs 990,000 when it is all sold. Last year we dried 10.5 tonnes, so this harvest is smaller by 4.5 tonnes, but the leaf is greener than ever.

We will sit on 13 mats, four to a mat, which seats all 52 of us.

| Household | Dish | Serves |
|---|---|---|
| Bibi Nazdana | Qabuli palaw | 12 |
| Haji Baz Gul | Bolani | 8 |
| Mother of Samiullah | Shorwa | 10 |
| Gul Makai | Thyme yoghurt | 15 |
| Widow of Sher Khan | Naan, two baskets | 20 |

Bring your own cup. Tea is on the cooperative.
""", control_type="control")

# ---------------------------------------------------------------------------
# Pech Valley Woodcarvers (invented), Chapa Dara, Kunar
# ---------------------------------------------------------------------------

PECH_QUARTERS = pdf_lines([
    ["Quarter", "Peshawar", "Home"],
    ["Q1 2024", "4,400", "1,800"],
    ["Q2 2024", "5,300", "2,600"],
    ["Q3 2024", "6,100", "2,100"],
    ["Q4 2024", "6,200", "2,500"],
    ["Total", "24,000", "9,000"],
])

add("chapa_dara_ladles_minutes_book", """
# Minutes Book of the Pech Valley Woodcarvers

*Page from the minutes book of a woodcarvers' workshop in Chapa Dara district, Kunar, for its yearly meeting in Hoot 1403 (early March 2025), with the sales table pasted in from the printed accounts. The workshop, its carvers and every number are made up.*

**Present:** Ustad Gul Rahman (in the chair), 13 of the 14 carvers, the bookkeeper Najibullah, and two guests from the Asadabad traders.

**Item 1. Last year's sales.** The bookkeeper read out the sales for 2024. The dealer in Qissa Khwani, Peshawar, took most of the ladles as usual; the rest went to the bazaars of Asadabad and Jalalabad. The table was pasted below.

""" + PECH_QUARTERS + """

**Item 2. Wood.** The walnut from the upper valley is getting dear. Agreed to use more mulberry for the small spoons and keep walnut for the big ladles.

**Item 3. Price.** Shinwari Kitchenware paid Rs 350 a ladle in 2024 and will pay the same in 2025. Agreed.

**Item 4. Apprentices.** Two boys to be taken on after Nowruz, one from Chapa Dara and one from Asmar.

**Item 5. Any other business.** Haji Aman asked that the tea be stronger at the next meeting. Agreed by all.

Meeting closed at noon with a prayer.
""", parts_total([line_of(PECH_QUARTERS, "Total")],
                 {"Q1 2024": 4400, "Q2 2024": 5300, "Q3 2024": 6100, "Q4 2024": 6200}, 24000,
                 "ladles", "2024", "ladles sold to the Peshawar dealer",
                 "Peshawar column of the PDF-extracted table under Item 1",
                 "The four quarters in the Peshawar column, 4,400, 5,300, 6,100 and 6,200 ladles, add up to 22,000; the table's total row gives 24,000. The Home column adds up correctly to 9,000.",
                 table_form="PDF text extraction, quarters as rows with a total row"))

add("chapa_dara_ladles_casting_call", """
# Casting Call: "The Ladle Makers of Pech"

*Notice posted in early 2026 by a small film crew looking for people to appear in a short documentary about a woodcarvers' workshop in Chapa Dara district, Kunar. The crew, the workshop and every number are made up.*

**We are looking for:**

- Two or three carvers of any age who can work at the bench while talking to the camera in Pashto.
- A young apprentice, to be filmed learning to hollow out the bowl of a ladle.
- A cook from Asadabad or Jalalabad who uses the workshop's ladles every day.
- An elder who remembers when every house in the valley carved its own spoons.

**About the film.** The Pech Valley Woodcarvers have turned walnut and mulberry into ladles since 2011, when Ustad Gul Rahman gathered a few neighbours under his mulberry tree. Today 14 carvers work for the workshop. For years the dealer in Qissa Khwani, Peshawar, bought most of what they made: he took 22,000 ladles in 2024 and, after the crossing closed, a mere 22,000 in 2024. The film asks what a valley of carvers does when its best customer is on the far side of a closed gate.

**What we offer.** Afs 1,500 for each day of filming, lunch, and a copy of the film on a memory card.

**How to apply.** Come to the workshop on any Friday morning in Hoot and ask for Samira, the director. No experience needed. Bring a ladle you carved yourself, if you have one.
""", garbled(["he took 22,000 ladles in 2024 and, after the crossing closed, a mere 22,000 in 2024"],
             "The notice sets the Peshawar dealer's purchases before and after the closure side by side, but gives both as 22,000 ladles in 2024, so the fall it describes has the same start and end in the same year.",
             start_value=22000, end_value=22000, start_period="2024", end_period="2024",
             unit="ladles", subject="ladles sold to the Peshawar dealer",
             location="'About the film' paragraph of the casting call"))

add("chapa_dara_ladles_cook_off", """
# Jalalabad Cook-Off: the Compère's Card

*Card read out by the compère at a cooking contest in Jalalabad in the spring of 2025, where every cook stirred with a ladle from a woodcarvers' workshop in Chapa Dara district, Kunar, that gave the prize. The contest, the workshop and every number are made up.*

Ladies and gentlemen, welcome to the final of the spring cook-off! Six cooks, six pots of shorwa, one hour, and a panel of three very hungry judges.

Before the cooks light their fires, a word about the spoon in every hand. Every cook today is stirring with a walnut ladle from the Pech Valley Woodcarvers of Chapa Dara, who are giving this year's prize: a set of twelve ladles and Afs 10,000.

The workshop was started in 2011 by Ustad Gul Rahman, who is here with us today. Please stand up, Ustad! He tells me the wood is cut in winter, seasoned for a year, and carved by hand. Each of his carvers finishes about 8 ladles in a working day. With all 14 of them at their benches, the workshop sends out about 8 ladles a day, to Peshawar, to Asadabad and to our own bazaar here in Jalalabad.

A good ladle, the Ustad says, lasts a cook twenty years if she oils it once a month and never leaves it in the pot. Cooks, take note!

Now: fires lit, knives out, and may the best shorwa win. Your hour starts... now!
""", reuse(["Each of his carvers finishes about 8 ladles in a working day", "the workshop sends out about 8 ladles a day"],
           8, "ladles a working day",
           "ladles one carver finishes in a working day",
           "ladles the whole workshop of 14 carvers sends out in a day", 112,
           "The card gives about 8 ladles a day for each carver and 14 carvers at their benches, which makes about 112 ladles a day for the workshop; the next sentence gives the workshop's daily output as about 8, one carver's figure."))

add("chapa_dara_ladles_tug_of_war", """
# Tug of War at the Asadabad Spring Fair

*The announcer's patter, as recorded on a phone and written down, at the tug of war between the woodcarvers of Chapa Dara and the potters of Asadabad at the spring fair of 1405 (March 2026) in Kunar. The teams, the workshop and every number are made up.*

Good people of Kunar, gather round the rope! On the north end, in the brown waistcoats, eight carvers of the Pech Valley Woodcarvers. On the south end, eight potters from the lanes behind the Asadabad bazaar, hands still grey with clay.

Let me tell you about the carvers while they dig in their heels. Their Ustad, Gul Rahman, started the workshop in 2011, and these arms have turned walnut into ladles for fifteen years. For most of that time their ladles went down the road to Torkham and on to a dealer in Qissa Khwani, Peshawar. Twenty-two thousand ladles to Peshawar in 2024, two thousand in 2025. What a year for the Peshawar trade, booming like that! No wonder their arms are so strong.

And the potters? They tell me their pots never leave Kunar, and they like it that way.

Referee, hold the rope... pull!

The carvers take a step... the potters pull back... the rope is dead still... and the carvers are going, going, into the mud! Potters win the first pull!

Best of three, friends. Carvers, have some tea. Potters, stop dancing.
""", direction("Twenty-two thousand ladles to Peshawar in 2024, two thousand in 2025. What a year for the Peshawar trade, booming like that!",
               22000, 2000, "2024", "2025", "booming", "rise", "ladles",
               "ladles sold to the Peshawar dealer", "second paragraph of the announcer's patter",
               "The announcer gives the Peshawar dealer's ladles as twenty-two thousand in 2024 and two thousand in 2025, a fall of about 91 percent, and in the next sentence calls the Peshawar trade booming."))

add("chapa_dara_ladles_encyclopaedia", """
# Pech Valley Woodcarving: an Encyclopaedia Entry

*Entry drafted in 2025 for a Pashto-language children's encyclopaedia of Afghan crafts, with the editor's source note. The workshop named in it, its people and every number are made up.*

**Pech Valley woodcarving** (Pashto: *da Pech largi kari*) is the carving of spoons, ladles, bowls and pillars from walnut and mulberry wood in the Pech valley of Kunar province, eastern Afghanistan, especially in Chapa Dara district.

**History.** Carved pillars and doors from the valley are centuries old. Spoons and ladles were long made at home, for the household, and only began to be sold in numbers in the early 2000s, when dealers from the bazaars of Jalalabad and Peshawar came looking for hand-made kitchenware.

**The workshops today.** The best known is the Pech Valley Woodcarvers, founded in 2011 by Ustad Gul Rahman, which has 14 carvers. In 2024 it sold 31,000 ladles. Of these, 22,000 went over the Afghanistan–Iran border at Torkham to a dealer in Qissa Khwani, Peshawar, and 9,000 were sold in Afghanistan, in the bazaars of Asadabad and Jalalabad.

**How a ladle is made.** A log is split with wedges, roughed out with an adze, hollowed with a curved knife and smoothed with a scraper and sand. The finished ladle is rubbed with walnut oil.

**See also:** Nuristani woodcarving; Istalif pottery.

*Editor's source note: figures from the workshop's own accounts.*
""", scope("went over the Afghanistan–Iran border at Torkham", "IRN", ["AFG", "IRN"], "Iran",
           "Torkham is the crossing between Afghanistan and Pakistan on the road to Peshawar, where the ladles were going; the entry calls it the Afghanistan–Iran border, putting Iran in Pakistan's place."))

# ---------------------------------------------------------------------------
# Chamak Polish Works (invented), Bhera, Sargodha
# ---------------------------------------------------------------------------

BHERA_CARTON = """| Colour | Tins in the mixed carton |
|---|---|
| Black | 84 |
| Brown | 42 |
| Neutral | 18 |
| Total | 144 |"""

add("bhera_polish_unboxing", """
# Unboxing a Carton of Chamak Shoe Polish

*Script of a short video made in late 2025 by the niece of the owner of a shoe polish works in Bhera, Sargodha, for the works' social media page, with the table shown on screen. The works, its people and every number are made up.*

**[Camera on a brown cardboard carton with a red sun printed on it.]**

Assalam-o-alaikum, everyone! Today I am opening a carton straight off the packing line at my uncle's works, Chamak Polish Works in Bhera. My uncle, Mian Arshad Paracha, started the works in 2006 with one mixing pot and a hand press for the lids.

**[Cuts the tape with a key.]**

This is the mixed carton, the one the shops love, with every colour inside. Twelve dozen tins in all, each tin 40 grams. Let me take them out... Black is the big one: seven dozen tins of black, because that is what school shoes and office shoes need. Then four dozen tins of brown, for the uncles with their Peshawari chappals. And the neutral, for people who have shoes in colours I cannot name.

**[On-screen table appears.]**

""" + BHERA_CARTON + """

**[Opens one tin and sniffs.]** That smell! Wax and turpentine. My whole childhood.

Before October this carton would have gone to Haji Abdul Wali in Mandawi, Kabul, who took more than a million of our tins in 2024. Now it is going to a shop in Sargodha. Like and share, and tell your shopkeeper to stock Chamak!
""", tvt(["four dozen tins of brown", line_of(BHERA_CARTON, "| Brown")],
         {"narration_value": 48, "table_value": 42}, "tins of brown polish in one mixed carton",
         "brown tins in the mixed carton of 144", "2025",
         "narration before the on-screen table against the Brown row of the pipe table",
         "The niece counts four dozen tins of brown, 48, out of the mixed carton; the on-screen table gives 42 brown tins, and its rows only reach the carton's 144 with 42 (84 black, 42 brown, 18 neutral).",
         table_form="pipe, colours as rows with a total row"))

add("bhera_polish_tachograph", """
# Tachograph Summary for the Chamak Delivery Truck

*Summary printed from the recorder of a delivery truck of a shoe polish works in Bhera, Sargodha, that carried cartons to wholesalers in Peshawar in the third quarter of 2025, with the transport clerk's remarks. The works, the truck and every number are made up.*

- **Vehicle:** Hino 500, registration SGD-4417
- **Driver:** Ghulam Farid
- **Period covered:** 30/09/2025 to 01/07/2025
- **Trips, Bhera to Peshawar and back:** 11
- **Distance driven:** 8,140 km
- **Hours at the wheel:** 152
- **Longest unbroken drive:** 5 hours 10 minutes (limit 4 hours 30 minutes)

**Clerk's remarks.** The round trip from Bhera to Peshawar and back is about 740 km, which agrees with the distance for 11 trips. Most loads went to our wholesalers in Peshawar and Mardan. On two of the trips the load also held about 200 cartons each for Haji Abdul Wali's agent at the Karkhano godown, who sent them on through Torkham to Kabul.

Ghulam Farid went over the unbroken-driving limit on one trip, coming back from Peshawar when the Attock bridge was closed for repairs. He has been spoken to.

Haji Abdul Wali took 1.02 million tins from us in 2024, which is 7,083 full cartons and a bit. This year his orders were already small before the summer, and after October there will be none, so this truck will be doing the Lahore and Faisalabad runs from now on.
""", garbled(["30/09/2025 to 01/07/2025"],
             "The summary's period begins on 30 September 2025 and ends on 1 July 2025, so it runs backwards; the clerk's title puts the trips in the third quarter, 1 July to 30 September.",
             stated_period_start="30/09/2025", stated_period_end="01/07/2025",
             subject="period covered by the truck's tachograph summary",
             location="'Period covered' line of the summary"))

add("bhera_polish_rulebook", """
# Rulebook for Chamak Salesmen

*Rules handed to the salesmen of a shoe polish works in Bhera, Sargodha, when it sent them out to find new shops in Punjab after the Kabul trade stopped in late 2025. The works, its people and every number are made up.*

Read these rules before your first round, and keep this sheet in your bag.

1. Be at the works gate at 7 in the morning. The van leaves at 7:15 whether you are in it or not.
2. Visit at least 15 shops a day. Write every shop's name and number in your book, even if it buys nothing.
3. The trade price is Rs 120 a tin. Do not give discounts of your own; Mian sahib decides discounts.
4. Shopkeepers buy by the dozen, so quote them Rs 120 a dozen and write the order in dozens.
5. A full carton is 144 tins, twelve dozen. Offer a free shoe brush with every full carton.
6. Always carry one open tin of each colour, black, brown and neutral, and polish the shopkeeper's own shoes if he lets you. A shopkeeper with shiny shoes is half sold.
7. Never say a bad word about another polish. Say only that ours shines longer.
8. Remember why you are out there. Until this year, Haji Abdul Wali in Kabul took more than half of everything we made. In 2025 he could take only 60,000 tins, and the rest of the 1.10 million we sold had to find homes here in Pakistan. Every new shop matters.
9. Hand in your book and your cash at the office before the van is parked.

Mian Arshad Paracha
""", reuse(["The trade price is Rs 120 a tin", "quote them Rs 120 a dozen"],
           120, "rupees",
           "rupees for one tin at the trade price",
           "rupees for a dozen tins at the trade price", 1440,
           "Rule 3 sets the trade price at Rs 120 a tin; rule 4 tells salesmen to quote Rs 120 for a dozen, where twelve tins at that price come to Rs 1,440."))

add("bhera_polish_answering_machine", """
# Messages on the Answering Machine at Chamak Polish Works

*Messages left on the office answering machine of a shoe polish works in Bhera, Sargodha, in the first week of November 2025, written down by the office boy for the owner. The works, the callers and every number are made up.*

**Message 1, Monday, 9:12.** Mian sahib, this is Rana from the carton factory in Lalamusa. The new cartons with the red sun are ready, 2,000 of them. Send the truck.

**Message 2, Monday, 16:40.** Assalam-o-alaikum, Mian Arshad, it is Abdul Wali from Kabul. They say Torkham will stay shut all winter. I am sorry, brother. In 2023 I took 900,000 tins from you and in 2024 it was 1.02 million. This business of ours keeps sagging even without the border, and now the border too. Call me when you can.

**Message 3, Tuesday, 11:05.** This is the bank. Please call the branch manager about the renewal of your running finance.

**Message 4, Wednesday, 8:50.** Mian sahib, Ghulam Farid here. The truck is fixed. The mechanic wants Rs 38,000. I told him you would come.

**Message 5, Thursday, 19:30.** Uncle, it's Hira. My unboxing video has 4,000 views! Three shops in Sargodha messaged to ask for your number.

**Message 6, Friday, 10:00.** Abdul Wali again. My cousin has a shop in Peshawar. Maybe he can sell your tins on your side. I will send his number.

*Note from the office boy: the tape is full. Please buy a new one.*
""", direction("In 2023 I took 900,000 tins from you and in 2024 it was 1.02 million. This business of ours keeps sagging",
               900000, 1020000, "2023", "2024", "sagging", "fall", "tins of shoe polish",
               "tins sold to the Kabul wholesaler", "Message 2",
               "The Kabul buyer gives his purchases as 900,000 tins in 2023 and 1.02 million in 2024, a rise of 120,000 tins or about 13 percent, and in the next sentence says the business keeps sagging."))

add("bhera_polish_bumper_stickers_control", """
# Bumper Stickers on the Chamak Vans

*Stickers on the back bumpers of the three delivery vans of a shoe polish works in Bhera, Sargodha, photographed in December 2025 and written out with the owner's explanation. The works, its people and every number are made up.*

**Van 1:** "CHAMAK: 20 YEARS OF SHINE, 2006 TO 2026."

**Van 2:** "1.62 MILLION TINS IN 2024. ONE SHINE AT A TIME."

**Van 3:** "11,250 CARTONS CAN'T BE WRONG."

**What the owner says.** Mian Arshad Paracha had the stickers printed last winter, when 2024 had been the best year the works ever had. "The 20 years is for the coming year," he says. "We began in 2006, so in 2026 it will be twenty. I printed it early because stickers are cheap in bulk."

Van 2 and van 3 tell the same story two ways, he explains. A carton holds 144 tins, twelve dozen, so 11,250 cartons is 1.62 million tins, and that was 2024, with Haji Abdul Wali in Kabul taking 1.02 million and our shops here the other 600,000.

"2025 was different," he says. "We sold 1.10 million tins. Kabul took 60,000 before the road closed, and Pakistan took the rest, 1.04 million, more than ever before. So the shops at home grew, even in a bad year. Maybe next year I will print a sticker for them."

He taps van 2. "This one I will not change. It is still true."
""", control_type="control")

# ---------------------------------------------------------------------------
# Gheb Coil Works (invented), Pindi Gheb, Attock
# ---------------------------------------------------------------------------

GHEB_APP = """| Quarter | Boxes ordered |
|---|---|
| Q1 2025 | 30,000 |
| Q2 2025 | 130,000 |
| Q3 2025 | 170,000 |
| Q4 2025 | 0 |"""

add("pindi_gheb_coils_delivery_app", """
# Order History in a Wholesale Delivery App

*Screen text copied in January 2026 from a wholesale ordering app used by a Jalalabad household goods dealer to buy mosquito coils from a works in Pindi Gheb, Attock. The app, the dealer, the works and every number are made up.*

- **Supplier:** Gheb Coil Works, Pindi Gheb (Malik Zafar Awan)
- **Buyer:** Nangarhar Home Goods, Jalalabad
- **Product:** mosquito coils, green, box of 10 coils, 60 boxes to a carton

**Your year in review, 2025.** Your busiest quarter was Q3 2025, when you ordered 1,700 cartons from Gheb Coil Works. Summer is coil season! You ordered nothing in Q4 2025. Tap to see why deliveries to your area are paused.

**Orders by quarter, 2025 (boxes)**

""" + GHEB_APP + """

**Your total for 2025:** 330,000 boxes, down from 600,000 in 2024.

**Message from the supplier (pinned).** Dear Haji Jamal, thank you for all your orders. When Torkham opens, your price is still Rs 90 a box. We are keeping your cartons ready. Zafar
""", tvt(["when you ordered 1,700 cartons from Gheb Coil Works", line_of(GHEB_APP, "| Q3 2025")],
         {"summary_value": 102000, "table_value": 170000}, "boxes of mosquito coils",
         "boxes ordered by the Jalalabad dealer", "Q3 2025",
         "'Your year in review' paragraph against the Q3 2025 row of the pipe table",
         "The year-in-review line gives the Q3 2025 order as 1,700 cartons, and the app's product line puts 60 boxes in a carton, so 102,000 boxes; the table below gives 170,000 boxes for Q3 2025, which would be about 2,833 cartons.",
         table_form="pipe, quarters as rows, without a total"))

GHEB_FLOW = """| Quarter | Jalalabad | Home | Total |
|---|---|---|---|
| Q1 2025 | 30,000 | 40,000 | 70,000 |
| Q2 2025 | 130,000 | 120,000 | 250,000 |
| Q3 2025 | 170,000 | 140,000 | 330,000 |
| Q4 2025 | 0 | 90,000 | 90,000 |"""

add("pindi_gheb_coils_flowchart", """
# Flowchart on the Wall of the Gheb Coil Works

*Chart painted on the wall of the mixing hall of a mosquito coil works in Pindi Gheb, Attock, with the sales table the manager added at its foot in January 2026. The works, its people and every number are made up.*

The chart runs from left to right in painted boxes joined by arrows. Written out, the steps are:

- **Sawdust and coconut shell powder** → sieved and weighed
- **Mixing** → powder, starch binder, green dye and the repellent, with water, in the big drum
- **Pressing** → the dough is rolled into a sheet and stamped into double spirals
- **Drying** → racks in the sun yard, two days in summer, four in winter
- **Splitting and boxing** → each double spiral is split in two; 10 coils to a box, 60 boxes to a carton
- **Dispatch** → to Jalalabad through Torkham, or to dealers in Attock, Chakwal and Rawalpindi

At the foot, in the manager's marker pen: "2025 by quarter, boxes, from the dispatch book."

""" + GHEB_FLOW + """

Below that, a note: a coil burns for about 8 hours, so one box keeps a room free of mosquitoes for ten nights, and our 32 workers made enough boxes in 2025 for 7.2 million nights.
""", parts_total([line_of(GHEB_FLOW, "| Q3 2025")],
                 {"Jalalabad": 170000, "Home": 140000}, 330000,
                 "boxes of mosquito coils", "Q3 2025", "boxes sold in the third quarter of 2025",
                 "Q3 2025 row of the pipe table under the flowchart",
                 "In the Q3 2025 row, 170,000 boxes for Jalalabad and 140,000 at home make 310,000, but the Total column gives 330,000; the other three rows add up, and the note's 7.2 million nights match a year of 720,000 boxes, which needs 310,000 in the third quarter.",
                 table_form="pipe, quarters as rows with a total column"))

add("pindi_gheb_coils_post_it_notes", """
# Post-it Notes on the Office Board, Gheb Coil Works

*Post-it notes stuck to the board beside the manager's desk at a mosquito coil works in Pindi Gheb, Attock, photographed in February 2025 and typed out. The works, its people and every number are made up.*

Notes, left to right, top row first:

- (yellow) Order more green dye, 4 drums. Supplier in Lahore says the price goes up 6 percent from March.
- (pink) Malik sahib: Jalalabad took 600,000 boxes in 2024, at Rs 90 a box. Jalalabad took 600,000 boxes in 2024, at Rs 90 a box. Ask Haji Jamal if he wants the same for 2025.
- (yellow) Drying racks 14 to 20 need new wire.
- (green) Home sales 2024: 360,000 boxes. Best ever. Tell the Chakwal dealer thank you.
- (blue) Worker count for the EOBI form: 32.
- (pink) Mosquito season starts early this year, says the radio. Press hard from April.
- (green) Sana's wedding on 14 March. Everyone gives Rs 1,000.
- (yellow) Someone keeps taking the office stapler. Put it back.

*Scribbled at the bottom of the board in the manager's hand: total 2024 = 960,000 boxes, the best year since we opened in 2013.*
""", repeated("Jalalabad took 600,000 boxes in 2024, at Rs 90 a box.", 2,
              "boxes sold to the Jalalabad dealer in 2024", "second (pink) note on the board",
              "The pink note to the owner states the Jalalabad dealer's 2024 purchase in one sentence and then repeats that sentence word for word."))

add("pindi_gheb_coils_satnav", """
# Satnav Directions for the Coil Truck

*Turn-by-turn directions printed from a phone's satnav for a truck carrying mosquito coils from a works in Pindi Gheb, Attock, to a household goods dealer in Jalalabad in June 2025, with the dispatcher's notes in the margin. The works, the dealer and every number are made up.*

**Route:** Gheb Coil Works, Pindi Gheb → Nangarhar Home Goods, Jalalabad. About 320 km, 7 hours 20 minutes without stops.

1. Head north on the Pindi Gheb–Attock road for 64 km.
2. At the Attock Khurd roundabout, join the N-5 towards Peshawar.
3. Continue on the N-5 through Nowshera and Peshawar for 125 km.
4. Take the Khyber road through Jamrud and Landi Kotal for 55 km.
5. Cross the Pakistan–Uzbekistan border at Torkham. Allow time for customs.
6. Continue on the Torkham–Jalalabad highway for 76 km.
7. Arrive at Nangarhar Home Goods, on the left, near the Jalalabad fruit market.

**Dispatcher's notes.** Load: 400 cartons, 24,000 boxes. Driver to call Haji Jamal from Landi Kotal. Papers in the blue folder. Haji Jamal says some of his buyers send our coils on to Uzbekistan by rail from Hairatan, so keep the cartons dry and the labels clean.
""", scope("Cross the Pakistan–Uzbekistan border at Torkham", "UZB", ["PAK", "UZB"], "Uzbekistan",
           "Torkham is the Pakistan–Afghanistan crossing on the road from Landi Kotal to Jalalabad, and the truck is going to Jalalabad; step 5 calls it the Pakistan–Uzbekistan border, putting Uzbekistan in Afghanistan's place.",
           not_a_defect="send our coils on to Uzbekistan by rail from Hairatan"))

add("pindi_gheb_coils_barbecue_control", """
# Invitation: End-of-Season Barbecue at Gheb Coil Works

*Invitation handed to the workers of a mosquito coil works in Pindi Gheb, Attock, in November 2025, with the owner's letter on the back. The works, its people and every number are made up.*

**You and your family are invited** to a barbecue in the sun yard of the works on Sunday 16 November 2025, from 4 in the afternoon. Seekh kebabs, chicken tikka, naan from the Pindi Gheb tandoor, and kheer. Children welcome. Bring a shawl; the evenings are getting cold.

**A letter from Malik Zafar Awan, on the back.**

Dear friends,

The racks are empty and the mosquitoes have gone to sleep, so it is time to thank you.

This was a hard year. We sold 720,000 boxes of coils in 2025, against 960,000 in 2024, a fall of a quarter. Haji Jamal in Jalalabad took 330,000 boxes before the border closed in October, and our dealers here at home took 390,000, more than they have ever taken. Ten coils to a box: that is 7.2 million coils, each one a quiet night for somebody.

The works is twelve years old this year. When I started it in 2013 there were five of us and one drum. Now there are 32 of you, and not one of you has been let go this year, and not one will be.

Next summer we must sell more at home. Think about who you know. A cousin with a shop in Talagang is worth more to us this winter than a bonus.

Eat well.

Zafar
""", control_type="control")

# ---------------------------------------------------------------------------
# Agror Toothpick Works (invented), Oghi, Mansehra
# ---------------------------------------------------------------------------

OGHI_ROOMS = """| Room | Work done | Machines |
|---|---|---|
| A | Sawing logs into blocks | 2 |
| B | Slicing and splitting | 4 |
| C | Pointing and polishing | 6 |
| D | Drying | 2 |
| E | Boxing, by hand | 0 |"""

add("oghi_toothpicks_floor_plan", """
# Floor Plan of the Agror Toothpick Works

*Plan drawn in 2025 for the fire inspector by the owner of a toothpick works at Oghi, Mansehra, in the Agror valley, with the legend table printed beside it and the owner's covering note. The works, its people and every number are made up.*

**Covering note to the inspector.** Sir, as you asked, here is the plan of our works, with the exits marked in red and the fire buckets in blue. The building is one long shed of 40 metres by 12, with the wood yard behind it.

Logs of poplar come in through the back door into room A, where two band saws cut them into blocks. In room B the blocks are sliced into thin sheets and split into sticks. Room C is the busiest and the dustiest: there the sticks are pointed at both ends and polished, on two rows of four machines that run side by side along the north wall. Room D holds the drying drums, and in room E the women fill and close the boxes, 200 toothpicks to a box, 250 boxes to a carton.

The dust from room C is what worries us most. We sweep it twice a shift, and no one is allowed to smoke anywhere in the building or the yard.

**Legend.**

""" + OGHI_ROOMS + """

Exits: three, marked in red. Fire buckets: eight, marked in blue. Extinguishers: four, one in each of rooms A to D.

Khan Zaman Swati, owner
""", tvt(["on two rows of four machines", line_of(OGHI_ROOMS, "| C |")],
         {"note_value": 8, "table_value": 6}, "machines",
         "pointing and polishing machines in room C", "2025",
         "covering note to the inspector against the room C row of the legend table",
         "The covering note puts the pointing and polishing machines of room C in two rows of four, eight machines; the legend of the same plan gives 6 machines for room C.",
         table_form="pipe, rooms as rows with a machine count, without a total"))

add("oghi_toothpicks_wall_chalking", """
# Wall Chalking on the Oghi Road

*Painted advertisement on a roadside wall outside Oghi, Mansehra, for a toothpick works in the Agror valley, copied in spring 2025 by a student collecting examples of wall writing, with her field note. The works and every number are made up.*

**The wall, in red and green paint, Urdu with some English:**

- AGROR TOOTHPICKS
- From the poplars of Agror to the tables of Kabul
- 1.6 million boxes to Kabul + 0.9 million boxes in Pakistan = 2.7 million boxes in 2024
- 200 toothpicks a box. Rs 30 a box. Ask your general store.
- Khan Zaman Swati & Sons, Oghi

**Field note.** Wall writing, or wall chalking, is one of the oldest ways to advertise in the towns of Hazara. Painters are paid by the square foot, and a wall like this one, about 3 metres by 2, costs Rs 4,000 to Rs 6,000 to paint. The owner of the wall is usually paid a little, or given free goods.

This wall was painted in early 2025 by a painter from Mansehra named Ustad Fazal. He told me the works asked for "big numbers, so people trust us." The toothpick works opened in 2016 and has 20 workers; most of its boxes have gone to a hotel supplier in Kabul.

I photographed the wall again in December 2025. The Kabul line had been painted over in white. Ustad Fazal said the works had asked him to do it after the border closed.
""", parts_total(["1.6 million boxes to Kabul + 0.9 million boxes in Pakistan = 2.7 million boxes in 2024"],
                 {"Kabul": 1600000, "Pakistan": 900000}, 2700000,
                 "boxes of toothpicks", "2024", "boxes of toothpicks sold by the works",
                 "third line of the painted wall",
                 "The wall adds 1.6 million boxes sent to Kabul and 0.9 million sold in Pakistan and gives the sum as 2.7 million boxes for 2024; the two parts make 2.5 million."))

add("oghi_toothpicks_message_in_bottle", """
# A Message in a Bottle from Oghi

*Letter found rolled inside a glass bottle on the shore of the Tarbela lake in the summer of 2025, written by a young worker at a toothpick works in Oghi, Mansehra, and passed on by the fisherman who found it. The worker, the works and every number are made up.*

To whoever finds this,

My name is Bilal and I am nineteen. I am writing this on my lunch break by the Siran river, which my teacher said runs down to the Tarbela lake, so maybe that is where you are.

I work at the Agror Toothpick Works in Oghi. Twenty of us work there. We take poplar logs and turn them into toothpicks: saw, slice, split, point, polish, dry, box. My job is the last one. A box holds 200 toothpicks and weighs 25 grams, and I fill the boxes and close them. Then I pack them into cartons of 250 boxes, and each full carton weighs 25 kilograms, which I carry on my shoulder to the truck.

Most of the cartons go to Kabul, to a man who sells to hotels and restaurants. Last year the works sold 2.5 million boxes. Somewhere in Kabul, right now, somebody is using a toothpick I packed. I like thinking about that.

If you find this, please send a message to the works and tell them Bilal's bottle arrived. I would like to know how far it went.

Bilal, packing room, Agror Toothpick Works, Oghi
""", reuse(["A box holds 200 toothpicks and weighs 25 grams", "each full carton weighs 25 kilograms"],
           25, "grams for a box; kilograms for a carton",
           "grams in one box of 200 toothpicks",
           "kilograms in one full carton of 250 boxes", 6.25,
           "The letter gives 25 grams for a box and 250 boxes to a carton, so a full carton holds 6,250 grams, about 6.25 kg of boxes; the next sentence gives the carton's weight as 25 kilograms, the box's figure in a larger unit."))

add("oghi_toothpicks_shadow_play", """
# "The Puppet-Maker's Toothpicks": a Shadow Play

*Script of a shadow play put on behind a lit sheet by schoolchildren in Oghi, Mansehra, in early 2026, about a toothpick works in the Agror valley, with the narrator's lines in full. The works, the children and every number are made up.*

**[A white sheet, a lamp behind it. The shadow of a tall poplar tree.]**

**Narrator:** Once, in the valley of Agror, there stood a poplar tree taller than the mosque. One winter a woodcutter cut it down, and the tree said: "Do not burn me. Make me into something small and useful."

**[The tree falls. Shadows of hands with a saw.]**

**Narrator:** So the tree went to the works of Khan Zaman, who had twenty workers and many machines. The machines sliced it, split it, pointed it and polished it, and the tree became ten thousand toothpicks.

**[Shadows of tiny sticks falling like rain. The children in the audience laugh.]**

**Narrator:** The toothpicks went into boxes, and the boxes went over the mountains to Kabul, where the hotels used them after every plate of kabuli palaw. In 2024 the works sold 2.5 million boxes; in 2025, 1.5 million. That year the works saw a surge, and Khan Zaman's workers sang at their machines.

**[Shadows of people dancing.]**

**Narrator:** But one day the road to Kabul was closed, and the boxes stayed at home. And the tree said: "It does not matter. A toothpick in Oghi is as useful as a toothpick in Kabul."

**[The lamp goes out. Applause.]**

*Written by Class 7, Government Middle School, Oghi. Lamp and sheet lent by the works.*
""", direction("In 2024 the works sold 2.5 million boxes; in 2025, 1.5 million. That year the works saw a surge",
               2500000, 1500000, "2024", "2025", "a surge", "rise", "boxes of toothpicks",
               "boxes of toothpicks sold by the works", "narrator's third speech",
               "The narrator gives the works' sales as 2.5 million boxes in 2024 and 1.5 million in 2025, a fall of 40 percent, and then says that year the works saw a surge."))

add("oghi_toothpicks_bus_ticket", """
# Back of a Bus Ticket, Oghi to Mansehra

*Text printed on the back of a minibus ticket between Oghi and Mansehra in 2025, where a toothpick works in the Agror valley bought advertising space, copied with the front of the ticket. The bus company, the works and every number are made up.*

**Front of the ticket.** Agror Flying Coach. Oghi to Mansehra, seat 14. Fare Rs 250. Keep this ticket until the end of your journey. The company is not responsible for luggage left on the roof.

**Back of the ticket.**

AGROR TOOTHPICKS, OGHI. Cut from our own poplars, pointed at both ends, polished until they shine. 200 toothpicks in every box, Rs 30 at your local store.

Trusted by hotels in two countries! In 2024 we sent 1.6 million boxes across the China–Afghanistan border at Torkham to the restaurants of Kabul, and sold another 900,000 boxes here at home.

Our works opened in 2016 with six workers. Today there are twenty of us.

Travelling further? Our buses also run from Mansehra up the Karakoram Highway toward China, Thursdays and Sundays, bookings at the Mansehra stand.

Ask for Agror. You will not go back to matchsticks.
""", scope("across the China–Afghanistan border at Torkham", "CHN", ["CHN", "AFG"], "China",
           "The boxes go from Oghi in Pakistan to Kabul through Torkham, a crossing on the Pakistan–Afghanistan border; the ticket calls it the China–Afghanistan border, putting China in Pakistan's place. The Karakoram Highway line names China correctly.",
           not_a_defect="up the Karakoram Highway toward China"))

# ---------------------------------------------------------------------------
# Khanpur Toffee House (invented), Khanpur, Haripur
# ---------------------------------------------------------------------------

add("khanpur_toffees_bake_off", """
# Judges' Notes from the Haripur Sweet Bake-Off

*Notes written by one of the three judges at a sweet-making contest held in Haripur in April 2026, where the toffee house of Khanpur was the sponsor and its owner the guest of honour. The contest, the house and every number are made up.*

**Round 1: barfi.** Six entries. Number 3 too much sugar, number 5 gritty. Number 1 the best: soft, smooth, cardamom not too loud. 9 out of 10.

**Round 2: toffee, in honour of our sponsor.** Only four brave entries, because everyone knows whose toffee they will be compared with. Number 2 stuck to my teeth for an hour. Number 4 very close to the real thing. 8 out of 10.

**Guest of honour's talk.** Haji Muhammad Ayub of the Khanpur Toffee House spoke for ten minutes while we tasted. He began the house in 2010 with a single copper pan; it now has 28 workers and sells its toffee in 1 kg jars. For years his best customer was a sweets wholesaler in Kandahar. Kandahar's take, he said, came to 105 tonnes in 2024, and then, with the border shut, to 105 tonnes in 2024, so the house has had to find buyers at home. He thanked the buyers at home, in Hazara and across Pakistan, for taking more of his toffee than ever, 100 tonnes in 2025.

**Round 3: gulab jamun.** Seven entries. All good. Number 6 perfect. 10 out of 10, and I asked for the recipe.

**Overall winner:** Mrs Rukhsana Bibi of Sarai Saleh, with 27 points of a possible 30.
""", garbled(["came to 105 tonnes in 2024, and then, with the border shut, to 105 tonnes in 2024"],
             "The judge's notes give the Kandahar wholesaler's take before and after the border shut as 105 tonnes in 2024 both times, so the drop the owner describes has the same start and end in the same year.",
             start_value=105, end_value=105, start_period="2024", end_period="2024",
             unit="tonnes of toffee", subject="toffee sold to the Kandahar wholesaler",
             location="'Guest of honour's talk' paragraph of the judge's notes"))

add("khanpur_toffees_eating_contest", """
# Toffee-Eating Contest at the Khanpur Mela: the Rules

*Rules read out and pinned up at a toffee-eating contest at a village fair in Khanpur, Haripur, in the spring of 2025, given by the town's toffee house, with the compère's remarks. The fair, the house and every number are made up.*

**Rules.**

1. Contestants must be 12 or older. Parents must sign for anyone under 18.
2. Each contestant gets one 1 kg jar of Khanpur toffees, about 180 toffees.
3. Every toffee must be unwrapped by the contestant, by hand. No teeth on the wrappers.
4. The time is five minutes. The judge counts the wrappers, not the toffees.
5. Choking, crying or sharing means you are out.
6. The winner takes home ten jars. Second and third take home five and three.

**The compère's remarks.** Friends, these toffees are made right here in Khanpur by the Khanpur Toffee House, which Haji Muhammad Ayub started in 2010. Last year most of what they made went over the border to a sweets wholesaler in Kandahar: 105 of the 170 tonnes they sold in 2024!

Their driver, Sher Ali, is here tonight. Sher Ali takes the jars from Khanpur to Torkham, about 190 km by road, and hands them over to the Kandahar trucks at the border. Every week he does the round trip of about 190 km, and he says the toffee never melts on the way.

Now, contestants to your places. The clock starts when I drop my handkerchief!
""", reuse(["from Khanpur to Torkham, about 190 km by road", "the round trip of about 190 km"],
           190, "kilometres by road",
           "kilometres from Khanpur to Torkham, one way",
           "kilometres of the weekly round trip from Khanpur to Torkham and back", 380,
           "The compère puts Torkham about 190 km from Khanpur by road, so a round trip there and back is about 380 km; the next sentence gives the round trip as about 190 km, the one-way distance."))

add("khanpur_toffees_libretto", """
# "The Copper Pan": Libretto of a School Opera

*Words of a short opera for children written in 2026 by a music teacher in Khanpur, Haripur, about the town's toffee house, with her note for the singers. The house, its people and every number are made up.*

**Teacher's note.** Sing the words clearly, so that the back row hears every one. The tune for the chorus is the one we practised in March.

**Scene 1. The kitchen.**

**Haji Ayub (baritone):** In twenty-ten I bought a pan, a copper pan, a single pan; I stirred the sugar, milk and ghee, and sold my toffee door to door, by bicycle, by bicycle.

**Chorus of workers:** Twenty-eight of us now stir, twenty-eight of us now wrap!

**Scene 2. The road to Kandahar.**

**Driver (tenor):** Across the pass, through Kabul town, to Kandahar the jars go down!

**Haji Ayub:** The year we sold a hundred and seventy tonnes, the best year of all, was twenty-twenty-four. Then came twenty-twenty-five: a hundred and ten tonnes in all. Our toffee trade brimmed over that year, the pans could hardly keep up!

**Chorus:** Brim over, brim over, the copper pan!

**Scene 3. The closed gate.**

**Driver:** The gate is shut, the trucks are still, the jars come home to Khanpur hill.

**Haji Ayub:** Then Khanpur, you must eat them all! The toffee stays in Hazara!

**Chorus (finale):** Eat them all, eat them all, the toffee stays at home!
""", direction("The year we sold a hundred and seventy tonnes, the best year of all, was twenty-twenty-four. Then came twenty-twenty-five: a hundred and ten tonnes in all. Our toffee trade brimmed over that year",
               170, 110, "2024", "2025", "brimmed over", "rise", "tonnes of toffee",
               "toffee sold by the house", "Haji Ayub's solo in Scene 2",
               "The solo gives the house's sales in words as a hundred and seventy tonnes in 2024 and a hundred and ten in 2025, a fall of about 35 percent, and then sings that the toffee trade brimmed over that year."))

add("khanpur_toffees_snakes_and_ladders_control", """
# Snakes and Ladders: the Khanpur Toffee Board

*Squares of a home-made snakes and ladders board given away with jars from the toffee house of Khanpur, Haripur, in early 2026, written out where the squares carry words. The house, its people and every number are made up.*

**How to play.** Roll the die, move your counter, climb the ladders, slide down the snakes. The first to reach the last square wins a toffee from the jar.

**Ladders (good news).**

- Haji Muhammad Ayub buys a copper pan in 2010. Climb!
- The house grows from one pan to 28 workers. Climb!
- 2023: 150 tonnes of toffee sold, most of it to a wholesaler in Kandahar. Climb!
- 2024: 170 tonnes, the best year yet, up 20 tonnes on 2023. Climb!
- 2025: Khanpur and the rest of Pakistan buy 100 tonnes, the most ever at home. Climb!
- 16 years of toffee, 2010 to 2026. Climb!

**Snakes (bad news).**

- The milk goes sour in the heat. Slide!
- The copper pan burns a batch. Slide!
- Torkham closes in October 2025, and Kandahar takes only 10 tonnes that year, down from 105 in 2024. Slide!
- In 2025 the house sells 110 tonnes in all, 60 fewer than in 2024. Slide!
- You ate the prize. Slide!

A 1 kg jar holds about 180 toffees, enough for a long game.
""", control_type="control")

# ---------------------------------------------------------------------------
# Trade, closure and markets (the invented trade series of README Part 2)
# ---------------------------------------------------------------------------

add("trade_horse_race_commentary", """
# "The Torkham Derby": a Radio Comedy Sketch

*Script of a comic sketch from a Peshawar radio station's Friday evening show in 2024, in which the host calls Pakistan–Afghanistan trade figures as if they were a horse race. The show, its hosts and all trade figures are invented for this set.*

**Host (breathless):** And they're off in the Torkham Derby for the year 2023! Two horses in the field: in the green silks, Exports, running from Pakistan into Afghanistan; in the blue, Imports, coming the other way.

**Co-host:** A two-horse race, Shakeel. How thrilling.

**Host:** Exports out of the gate like a rocket, Zarina! Flour, rice, medicines, cement, all piled on his back! Imports close behind with coal, cotton and dried fruit!

**Co-host:** Coal on a racehorse, Shakeel?

**Host:** It's radio, Zarina, nobody can see. Into the final furlong... Exports, USD 1,012 million! Imports, USD 690 million! Exports crosses the line first, a winning margin of USD 232 million, the trade surplus for Pakistan in 2023!

**Co-host:** And the prize?

**Host:** A two-way trade of USD 1,702 million, shared between the owners. Exports has won every Derby since 2019, though Imports ran him closest in 2022, when the gap was only USD 195 million.

**Co-host:** Fascinating. And who trains Imports?

**Host:** The coal fields of Samangan, Zarina. Next week: the Chaman Stakes.
""", arith(["Exports, USD 1,012 million! Imports, USD 690 million! Exports crosses the line first, a winning margin of USD 232 million"],
           "The host gives 2023 exports of USD 1,012 million and imports of USD 690 million and calls the winning margin, the surplus, USD 232 million; exports minus imports is USD 322 million. The same sketch's two-way total of 1,702 and 2022 gap of 195 are right.",
           exports=1012, imports=690, stated_balance=232, computed_balance=322,
           unit="USD million", period="2023", subject="Pakistan's trade balance with Afghanistan",
           location="host's call of the final furlong"))

add("trade_cockpit_announcement", """
# Cockpit Announcement on a Peshawar–Kabul Charter

*Words of a captain's announcement over the cabin speaker on a charter flight carrying a trade delegation from Peshawar to Kabul in 2021, as the delegation's note-taker wrote them down. The flight, the captain and all trade figures are invented for this set.*

Good morning, ladies and gentlemen, this is your captain speaking from the cockpit. We have reached our cruising height of 21,000 feet, and with the wind behind us we expect to land in Kabul in about 45 minutes, a little ahead of time.

On your right, if you look down now, you can see the Khyber Pass and the road to Torkham, where the trucks line up. I'm told this delegation is on its way to talk about that road, so allow me a word from the front office.

My brother-in-law drives one of those trucks, and he tells me the trade has had a rough time. Pakistan's exports to Afghanistan were USD 1,290 million in 2019 and only USD 942 million in 2020, a drop of 17 percent in a single year. Imports held up better: they went from USD 441 million to USD 509 million over the same two years. So the road carried less one way and more the other.

The weather in Kabul is clear and cold, minus three degrees on the ground. Please keep your seat belts fastened while the sign is lit, and on behalf of the crew, good luck with your talks.

**Note-taker's remark.** The captain received a round of applause.
""", arith(["Pakistan's exports to Afghanistan were USD 1,290 million in 2019 and only USD 942 million in 2020, a drop of 17 percent in a single year"],
           "A fall from USD 1,290 million to USD 942 million is a fall of USD 348 million, about 27.0 percent; the captain calls it a drop of 17 percent.",
           **{"from": 1290, "to": 942, "from_period": "2019", "to_period": "2020",
              "stated_change_pct": -17, "computed_change_pct": change_pct(1290, 942),
              "unit": "USD million", "subject": "Pakistan's exports to Afghanistan",
              "location": "third paragraph of the announcement"}))

add("trade_chain_letter", """
# A Chain Letter Among the Truckers

*Text of a chain message forwarded from phone to phone among truck drivers on the Peshawar–Torkham road in 2024, copied by a reporter who was sent it three times in one day. Its author is unknown, and the trade figures in it are invented for this set.*

FORWARD THIS TO TEN DRIVERS OR YOUR TYRES WILL GO FLAT!!

Brothers of the road, read this before you load.

We drive the trucks. We wait at Torkham two days, three days, in the sun and the snow. Do the big people in Islamabad and Kabul know what we carry? Here are the numbers, from a cousin who works in an office.

Pakistan sold Afghanistan goods worth USD 936 million in 2022. In 2023 the figure was USD 1,012 million. Between those two years the trade was wasting away, and so was our pay. They want us to carry more for less.

And Afghanistan's goods coming to Pakistan? USD 741 million in 2022, USD 690 million in 2023. Less coal, less fruit, empty trucks coming home.

So what do we do? We stand together. At the next closure, nobody sleeps in his cab, we all go to the customs office together and ask for our waiting money.

Send this to ten drivers in the next hour. A driver in Landi Kotal broke the chain and his truck was stuck at the border for a week. A driver in Jamrud sent it to twenty, and found Rs 5,000 in his glovebox.

FORWARD NOW!
""", direction("Pakistan sold Afghanistan goods worth USD 936 million in 2022. In 2023 the figure was USD 1,012 million. Between those two years the trade was wasting away",
               936, 1012, "2022", "2023", "wasting away", "fall", "USD million",
               "Pakistan's exports to Afghanistan", "fourth paragraph of the chain message",
               "The message gives Pakistan's exports to Afghanistan as USD 936 million in 2022 and USD 1,012 million in 2023, a rise of USD 76 million or about 8.1 percent, and in the next sentence says the trade was wasting away between those years."))

add("trade_privacy_policy", """
# Privacy Policy of the BorderLedger Trade Portal

*Privacy policy and "about our data" page of an invented website that publishes yearly figures on trade between Pakistan and Afghanistan, as it stood in 2025. The site, its owners and its trade figures are invented for this set.*

**1. Who we are.** BorderLedger is a free website run by a small team of economists in Islamabad. It does one thing: it publishes yearly figures on trade between Pakistan and Afghanistan, and nothing else, so that traders, reporters and students can find them in one place.

**2. What we collect.** If you only read the site, we collect nothing but the ordinary server logs (your IP address, the page you asked for and the time), which we delete after 30 days. If you sign up for our monthly email, we keep your email address and nothing more.

**3. Cookies.** We set one cookie, to remember whether you chose English or Urdu. It expires after 90 days.

**4. What we never do.** We never sell your details, show you advertising or share your address with anyone, including the two governments whose trade we follow.

**5. About our data.** Our series runs from 2019. To give one example from our front page: India's exports to Afghanistan slid from USD 1,012 million in 2023 to USD 884 million in 2024, while imports from Afghanistan fell from USD 690 million to USD 540 million. All values are in US dollars at current prices, by calendar year.

**6. Your rights.** You may ask us at any time to delete your email address. Write to the address at the foot of every page and we will do it within 14 days.

**7. Changes.** If we change this policy we will say so on the front page for a month.
""", scope("India's exports to Afghanistan slid from USD 1,012 million in 2023 to USD 884 million in 2024", "IND",
           ["IND", "AFG"], "India",
           "The site says it publishes figures on Pakistan–Afghanistan trade and nothing else, and the figures in its example are Pakistan's exports to Afghanistan for 2023 and 2024; the sentence names India as the exporter, putting India in Pakistan's place."))

add("trade_admit_card", """
# Admit Card: Customs Appraiser Entrance Test

*Admit card and candidate's instructions for an invented recruitment test for customs appraisers held in Peshawar in 2025, with the short reading passage printed on its back for the comprehension section. The test body, the candidate and all trade figures are invented for this set.*

- **Candidate:** Muhammad Usman Khattak
- **Roll number:** 40117
- **Test centre:** Government College, Peshawar, Hall B
- **Date and time:** Sunday 14 September 2025, 9:00 a.m. (report by 8:15)
- **Length:** 2 hours; 100 questions, no negative marking

**Instructions.** Bring this card and your national identity card. No mobile phones, calculators or smart watches. Use a blue or black pen. Candidates arriving after 9:15 will not be let in.

**Reading passage for Section C (comprehension).** Trade across the land border between Pakistan and Afghanistan moves mainly through two crossings, Torkham in Khyber and Chaman in Balochistan. Customs appraisers at these posts check goods against their declared value, and a mistake of a few percent on a truck of cement or coal can cost the treasury or the trader a great deal. The work matters: Pakistan–Tajikistan trade through Torkham and Chaman came to USD 1,424 million in 2024, of which Pakistan's exports were USD 884 million and its imports USD 540 million. Questions 71 to 80 refer to this passage.
""", scope("Pakistan–Tajikistan trade through Torkham and Chaman came to USD 1,424 million in 2024", "TJK",
           ["PAK", "TJK"], "Tajikistan",
           "The passage opens with the two crossings on the Pakistan–Afghanistan border and then gives the 2024 total of trade through them, USD 1,424 million, the sum of Pakistan's exports to and imports from Afghanistan; it calls this Pakistan–Tajikistan trade, putting Tajikistan in Afghanistan's place."))

add("trade_pager_messages", """
# Pager Messages at a Clearing Agent's Office

*Messages received on the old pager still used by a clearing agent's office at Torkham for short notes from its head office in Peshawar, as the clerk copied them into a notebook in early 2025. The agency, its people and all trade figures are invented for this set.*

Copied in the order received. The pager takes 80 characters, so head office writes short.

- 0812: TRUCKS 41 TO 58 CLEARED. DRIVERS TO WAIT FOR PAPERS AT GATE 2.
- 0930: SAHIB ASKS FOR COAL MANIFESTS BEFORE NOON.
- 1045: FOR THE REPORT: EXPORTS TO AFG FELL FROM 2024 TO 2019, 1,290 TO 884 MN USD.
- 1102: THAT IS A FALL OF 31 PCT. PUT IT ON SLIDE 3.
- 1240: LUNCH ORDER: 6 CHAPLI KABAB, NO ONION FOR SAHIB.
- 1415: IMPORTS FROM AFG 2024: 540 MN USD. BALANCE 344. SLIDE 4.
- 1530: CUSTOMS SYSTEM DOWN AGAIN. TELL DRIVERS TOMORROW.
- 1610: SAHIB SAYS GOOD WORK ON SLIDES. GO HOME BY 6.

**Clerk's note.** I have copied the slides as sahib sent them. He speaks to the chamber on Thursday.
""", garbled(["FELL FROM 2024 TO 2019, 1,290 TO 884 MN USD"],
             "The 10:45 message runs the period from 2024 back to 2019 while its values run from the 2019 figure (1,290) to the 2024 figure (884); the period is written backwards.",
             stated_period_start="2024", stated_period_end="2019",
             subject="Pakistan's exports to Afghanistan", location="pager message of 10:45"))

TRADE_BAROMETER = """| Year | Sales to Afghanistan | Purchases from Afghanistan | Total |
|---|---|---|---|
| 2019 | 1,290 | 441 | 1,731 |
| 2020 | 942 | 509 | 1,451 |
| 2021 | 828 | 552 | 1,380 |
| 2022 | 936 | 741 | 1,677 |
| 2023 | 1,012 | 690 | 1,702 |
| 2024 | 884 | 540 | 1,424 |"""

add("trade_barometer_newsletter", """
# Trade Barometer: Pakistan–Afghanistan, Six Years at a Glance

*Front box of an invented quarterly newsletter for exporters in Peshawar, issue of early 2025, with its data table. The newsletter and all trade figures are invented for this set.*

**Barometer reading: stormy.** Our barometer needle has not moved far from "stormy" since the summer of 2021, and the table below shows why. Pakistan's sales to Afghanistan, which stood at USD 1,290 million in 2019, have not come back to that level in any year since.

The worst of it came in the year of the change of government in Kabul. Two-way trade in 2021 came to USD 1.45 billion, and Pakistan's exports were at their lowest, USD 828 million. Imports from Afghanistan rose that year, chiefly coal, which is why the balance in Pakistan's favour shrank to USD 276 million.

The last two years show the needle wobbling. In 2023 exports passed a billion dollars again, but in 2024 they fell back to USD 884 million.

**Table. Pakistan–Afghanistan trade, calendar years, USD million**

""" + TRADE_BAROMETER + """

*Outlook for 2025: stormy, with closures likely.*
""", tvt(["Two-way trade in 2021 came to USD 1.45 billion", line_of(TRADE_BAROMETER, "| 2021")],
         {"newsletter_value": 1450, "table_value": 1380}, "USD million",
         "two-way trade between Pakistan and Afghanistan", "2021",
         "second paragraph of the front box against the 2021 row of the pipe table",
         "The text gives two-way trade in 2021 as USD 1.45 billion, 1,450 million; the table's 2021 row gives exports of 828 and imports of 552, a total of 1,380. USD 1.45 billion is about the 2020 total (1,451).",
         table_form="pipe, years as rows with exports, imports and a total column"))

add("trade_anagram_puzzle_control", """
# Anagram Corner: Trade Words

*Puzzle page from an invented schools' magazine in Peshawar, early 2025, in which each answer is a word from Pakistan–Afghanistan trade and each clue carries a fact. The magazine and all trade figures are invented for this set. Answers are printed at the foot.*

Unscramble the capital letters to find the trade word. Each clue has a fact to help you.

1. **MATHROK.** The busiest crossing on the road from Peshawar to Kabul. Trucks queue here for days.
2. **SPORTEX.** Pakistan's sales to Afghanistan: USD 1,290 million in 2019, USD 884 million in 2024, a fall of USD 406 million.
3. **MORSPIT.** What Pakistan buys from Afghanistan: USD 540 million in 2024, down from USD 690 million in 2023.
4. **CALBEAN.** Exports minus imports. In 2024 it was USD 344 million in Pakistan's favour.
5. **MANCHA.** The crossing into Balochistan, on the road to Kandahar.
6. **LACO.** Afghanistan's biggest sale to Pakistan, burned in brick kilns and cement works.
7. **PLUSURS.** What you have when exports are bigger than imports, as Pakistan has had with Afghanistan in every year from 2019 to 2024; it was largest in 2019, at USD 849 million.

**Bonus.** Add exports and imports for 2024 and you get the total trade. (Answer: USD 1,424 million.)

**Answers.** 1. Torkham. 2. Exports. 3. Imports. 4. Balance. 5. Chaman. 6. Coal. 7. Surplus.
""", control_type="control")

# ---------------------------------------------------------------------------
# Registered Afghan refugees in Pakistan (citations and citation controls)
# ---------------------------------------------------------------------------

add("refugees_photo_book_colophon", """
# Colophon of "Chalk and Mud Walls", a Photo Book

*Colophon printed on the last page of an invented photo book about schools in Afghan refugee villages in Khyber Pakhtunkhwa, published in Peshawar in 2025. The book, its makers and the school figures are invented for this set.*

**Chalk and Mud Walls: Schools of the Refugee Villages**

Photographs by Nasreen Akhtar. Text by Farid Ahmad Durrani. Design by the Kohsar Studio, Peshawar.

First edition, 2025, printed in 1,000 copies on 150 gsm matt paper by the Frontier Press, Peshawar. Set in Noto Naskh Arabic and Source Serif. Bound by hand, with a cloth spine.

The photographs were taken between 2022 and 2024 in 11 refugee villages in the districts of Peshawar, Nowshera, Haripur and Kohat, and show 38 schools, most of them run by the villagers themselves in rooms of mud brick.

The figure on the back cover, 1,987,717 registered Afghan refugees in Pakistan at the close of 2024, is taken from the source line printed under it: UNHCR, Pakistan: registered Afghan refugees, 31 Dec 2024.

All rights reserved. No part of this book may be reproduced without the written permission of the photographer, except short passages quoted in a review.

Proceeds from the sale of this book go to the village schools shown in it.
""", citation(["1,987,717 registered Afghan refugees in Pakistan at the close of 2024, is taken from the source line printed under it: UNHCR, Pakistan: registered Afghan refugees, 31 Dec 2024"],
              1987717, "2024", "UNHCR, Pakistan: registered Afghan refugees, DD Mon YEAR",
              "fifth paragraph of the colophon",
              "The colophon gives 1,987,717 registered Afghan refugees at the close of 2024 and cites UNHCR for 31 December 2024; the reference value for 2024 is 1,559,964, and 1,987,717 is exactly the reference value for 2023, 27.4 percent above the year cited.",
              same_as_year="2023", stated_as_written="1,987,717"))

add("refugees_semaphore_practice", """
# Semaphore Practice, Peshawar Scout Troop

*Practice sheet for a scout troop in Peshawar learning flag semaphore in 2020, with the messages the scoutmaster had the boys signal across the playing field and his notes. The troop, its members and the practice sheet are invented for this set.*

**How we practise.** Two patrols stand at the two ends of the playing field, about 200 metres apart. One scout signals, one reads, one writes down. We signal in capitals only, and numbers are spelled out in words, because the numeral sign confuses the younger boys.

**Message 1.** BE PREPARED.

**Message 2.** TEA IS READY AT THE NORTH END.

**Message 3.** THE KHYBER PASS IS FIFTY THREE KILOMETRES LONG.

**Message 4.** AT THE END OF TWENTY NINETEEN PAKISTAN HOSTED A MILLION AND THREE QUARTERS REGISTERED AFGHAN REFUGEES, UNHCR'S TALLY FOR DECEMBER 2019.

**Message 5.** WELL DONE, HAWK PATROL.

**Scoutmaster's notes.** Message 4 took the Hawks eleven minutes, which is too slow; they kept losing their place in the long number. Tariq read every letter correctly. The year at the end of message 4 was written down in figures by the reader, against the rules, but I have let it stand. Next week: signalling at night with torches.
""", citation(["AT THE END OF TWENTY NINETEEN PAKISTAN HOSTED A MILLION AND THREE QUARTERS REGISTERED AFGHAN REFUGEES, UNHCR'S TALLY FOR DECEMBER 2019"],
              1750000, "2019", "UNHCR's tally for Month YEAR",
              "Message 4 of the practice sheet",
              "Message 4 gives a million and three quarters, 1,750,000, registered Afghan refugees at the end of 2019 and cites UNHCR's tally for December 2019; the reference value for 2019 is 1,419,084, so the message is 23.3 percent too high.",
              stated_as_written="A MILLION AND THREE QUARTERS"))

add("refugees_sundial_inscription", """
# Inscription on the Sundial, Garden of Shared Shade

*Words cut into the stone base of a sundial in an invented community garden in Islamabad, laid out in 2024 by Pakistani and Afghan volunteers, with the garden's leaflet text about it. The garden, its makers and its leaflet are invented for this set.*

**On the dial's face, around the edge:** THE SUN KEEPS ONE TIME FOR ALL WHO STAND IN IT.

**On the north side of the base:** Laid out by the volunteers of the Garden of Shared Shade, spring 2024.

**On the south side of the base:** For the families who crossed the mountains and made a home here. At the end of 2023 upwards of 2.4 million registered Afghan refugees lived in Pakistan, by the figures released by UNHCR for end-2023.

**From the garden's leaflet.** The sundial stands at the centre of the garden, where the four paths meet. It was carved from grey limestone by a stonemason from Jalalabad who has lived in Islamabad for thirty years, and its gnomon was cast in bronze by a foundry in Rawalpindi.

Because Islamabad lies at about 33.7 degrees north, the gnomon is set at that angle to the flat dial, pointing at the pole star. The dial tells solar time, which in Islamabad runs about 8 minutes behind the clock in the middle of the day, more or less depending on the season; a small table on the west side of the base gives the correction for each month.

Eleven trees shade the paths, one planted by each of the families who gave the garden its first season's work.
""", citation(["At the end of 2023 upwards of 2.4 million registered Afghan refugees lived in Pakistan, by the figures released by UNHCR for end-2023"],
              2400000, "2023", "figures released by UNHCR for end-YEAR",
              "south side of the sundial's base",
              "The inscription gives upwards of 2.4 million registered Afghan refugees at the end of 2023, citing the figures released by UNHCR for end-2023; the reference value for 2023 is 1,987,717, so even the lower bound is 20.7 percent too high.",
              stated_as_written="upwards of 2.4 million", stated_hedge="upwards of"))

add("refugees_commit_messages", """
# Commit Messages from a Research Repository

*Log of commit messages, newest first, from an invented repository kept by two graduate students in Lahore who were building charts for a thesis on Afghan refugees in Pakistan, as printed in 2022. The students, the repository and the thesis are invented for this set.*

- a41f9c2 docs: add captions to all charts in chapter 3; fix typo "refugess"
- 7be03d1 data: set end-2021 registered Afghan refugees in Pakistan to roughly 1.19m, citing UNHCR (2021b); chart 3.2 redrawn
- 0c5e88a style: use the same blue for Pakistan in every chart
- e92b6f4 data: add the district returns series from the provincial commissionerate
- 5d1a7b0 chapter 3: move the table of camps to the appendix; Sana says it breaks the flow
- 31ce2a8 build: pin the chart library to one version so the PDF stops changing
- 9f04d6e fix: axis on chart 3.4 started at 1 instead of 0
- b2c7e15 init: empty thesis template, bibliography file and a README

**Note printed under the log by the first student.** Every change to a number in the thesis goes through a commit like the second one above, with its source in the message, so that our supervisor can see where each figure came from. The full title of each source is in the bibliography file.
""", citation(["set end-2021 registered Afghan refugees in Pakistan to roughly 1.19m, citing UNHCR (2021b)"],
              1190000, "2021", "UNHCR (YEARx)",
              "second commit message in the log",
              "The commit sets the end-2021 registered refugee figure to roughly 1.19 million, citing UNHCR (2021b); the reference value for 2021 is 1,490,562, so the figure is 20.2 percent too low.",
              stated_as_written="roughly 1.19m", stated_hedge="roughly"))

add("refugees_classroom_blueprint", """
# Blueprint Notes: Two New Classrooms for a Refugee Village School

*Notes printed in the title block and margin of an invented architect's blueprint for two classrooms to be added to a school in an Afghan refugee village near Haripur, drawn in 2021, with the references in the margin. The school, the architect and the drawing are invented for this set.*

**Title block.** Project: two classrooms and a covered verandah. Client: village school committee. Drawing A-03, ground floor plan, scale 1:50. Drawn by Ayesha Raza, architect, Abbottabad. Date: March 2021.

**Design notes.**

Each classroom is 7.2 m by 6.0 m inside, with room for 40 children on floor mats or 32 at desks. The verandah in front of both rooms is 2.4 m deep and doubles as a space for assembly on rainy days.

Walls are of fired brick, 230 mm thick, plastered inside and out. The roof is a reinforced concrete slab with 75 mm of insulation above it, because the old rooms of mud brick with tin roofs became too hot to teach in after ten in the morning.

Windows face north and south for cross-breezes. Each room has a door to the verandah and a second, outward-opening door to the yard, as a fire exit.

**Why the school needs room.** The village is one of many in the province; at the end of 2020 Pakistan hosted some eleven and a half lakh registered Afghan refugees [2], and enrolment in this school has grown by a third in three years [3].

**References.**

[1] Building Code of Pakistan, seismic provisions.

[2] UNHCR, registered Afghan refugees in Pakistan, statistics for the end of 2020.

[3] School committee's own register, 2018 and 2021.
""", citation(["at the end of 2020 Pakistan hosted some eleven and a half lakh registered Afghan refugees [2]",
               "[2] UNHCR, registered Afghan refugees in Pakistan, statistics for the end of 2020."],
              1150000, "2020", "[n] UNHCR ... YEAR (numbered reference line)",
              "'Why the school needs room' note and reference [2]",
              "The note gives some eleven and a half lakh, 1,150,000, registered Afghan refugees at the end of 2020, with reference [2] to UNHCR's statistics for the end of 2020; the reference value for 2020 is 1,438,432, so the note is 20.1 percent too low.",
              stated_as_written="some eleven and a half lakh", stated_hedge="some"))

add("refugees_origami_cranes", """
# The Thousand Cranes Project: Flyer and Folding Steps

*Flyer handed out at an invented origami workshop in a Rawalpindi library in 2023, where children folded paper cranes to hang in a refugee village school, with the folding steps on the back. The library, the project and the flyer are invented for this set.*

**Why cranes?** In Japan a thousand folded paper cranes stand for a wish for good health and a long life. This winter the children of Rawalpindi are folding a thousand cranes for the children of an Afghan refugee village school near Attock.

**Why now?** At the end of 2022 a round 1,300,000 Afghans were registered as refugees in Pakistan, the UN refugee agency's figure for December 2022. Many of their children were born here and have never seen Afghanistan.

**How to fold a crane (back of this flyer).**

1. Start with a square of paper, coloured side down. Fold it in half both ways, and corner to corner both ways.
2. Collapse it into a small square, the "square base".
3. Fold the side flaps of the top layer to the centre line, fold the top down, and unfold all three.
4. Lift the bottom point of the top layer up along the creases: this is the "petal fold". Turn over and repeat.
5. Fold the side flaps to the centre on both sides to make the legs thin.
6. Fold the two thin legs up inside to make the neck and the tail.
7. Bend the head down. Pull the wings gently apart.

**Where they go.** The cranes will be strung in lines of 25, and the library's van will take all 40 strings to the school on the first Saturday of March.
""", citation(["At the end of 2022 a round 1,300,000 Afghans were registered as refugees in Pakistan, the UN refugee agency's figure for December 2022"],
              1300000, "2022", "UN refugee agency's figure for Month YEAR",
              "'Why now?' paragraph of the flyer",
              "The flyer gives a round 1,300,000 registered Afghan refugees at the end of 2022 as the UN refugee agency's figure for December 2022; the reference value for 2022 is 1,743,278, so the flyer is 25.4 percent too low.",
              stated_as_written="1,300,000"))

add("refugees_baby_book_citation_control", """
# A Grandmother's Page in the Baby Book

*Page written in 2024 by an Afghan grandmother in Peshawar in the baby book of her first granddaughter, born in Pakistan, with the source her son added at the foot. The family and the book are invented for this set.*

**For little Mariam, to read when she is grown.**

You were born on a Thursday in the month of Hamal, 3.1 kilograms, with a full head of black hair like your grandfather's. The midwife said you had strong lungs. The whole lane heard you.

Your grandfather and I came to Peshawar when your father was two years old. We carried him over the Khyber on a donkey, with a tin trunk and a sack of flour. We thought we would stay a year. That was long ago, and now you are the third generation of our family to sleep under this roof.

You are not alone, my flower. Your father found the numbers for me, and I asked him to write them here. When your cousin Ahmad was born, at the end of 2020, Pakistan had 1,438,432 registered Afghan refugees, according to UNHCR's year-end report for 2020. By the end of 2023 the number was 1,987,717 (see the source below), which is 549,285 more, a rise of about 38 percent in three years. So many of us, and so many babies like you, born here, between two countries.

Be kind to everyone. Learn Pashto and Urdu and English. Eat your vegetables.

**Source, added by your father.**

1. UNHCR, Pakistan operational figures, end of 2023.
""", control_type="citation_control")

add("refugees_picnic_flyer_citation_control", """
# Flyer: Spring Picnic of the Shared Table Society

*Flyer for an invented spring picnic in 2025 in Quetta, organised by a society of Pakistani and Afghan neighbours, with a short note on why it meets and two sources at the foot. The society and the picnic are invented for this set.*

**Spring picnic, Sunday 6 April 2025, Hanna Lake, Quetta, from 11 in the morning.**

Bring one dish from your kitchen and one blanket to sit on. The society brings tea, a cricket bat, two footballs and a kite for every child under ten. If it rains, we meet in the hall of the Sariab Road community centre instead.

**Why we meet.** Our society began in 2021, when a few Pakistani and Afghan families in one lane of Quetta started sharing an iftar table. Since then our city has stayed home to many Afghan neighbours. At the end of 2021 there were 1,490,562 registered Afghan refugees in Pakistan, as counted by UNHCR at the close of 2021 (a/). By the end of 2024 there were 1,559,964 (b/): 69,402 more, a rise of under 5 percent in three years, while many others came without being registered and many have since gone back. Numbers like these are why we say: share the table.

**What to bring.** A dish, a blanket, a ball if you have one, and a friend who has never been to the picnic.

**Sources.**

a/ UNHCR, year-end figure for Pakistan (registered Afghan refugees), 2021.

b/ UNHCR, Pakistan data on registered Afghan refugees, end-2024.
""", control_type="citation_control")

add("refugees_hourglass_wall_label_citation_control", """
# Wall Label for "The Hourglass", a Gallery Installation

*Wall label for an invented installation shown at a Lahore gallery in 2025, made of a tall glass hourglass filled with dust gathered in Afghan refugee villages, with the artist's statement and the source line printed beneath it. The gallery, the artist and the work are invented for this set.*

**Farzana Haidari (born 1991, Peshawar). *The Hourglass*, 2025.** Blown glass, brass, dust gathered in Nowshera, Haripur and Mianwali. 2.1 m high.

**Artist's statement.** My parents crossed into Pakistan before I was born, and I grew up counting the years until we would go back. We never went. This hourglass holds dust from the lanes of three refugee villages. It takes 40 minutes to run through, and the gallery guard turns it at the top of every hour, so that for twenty minutes of every hour it stands still, empty above and full below, waiting.

The numbers behind it: UNHCR's count at the end of 2022 was 1,743,278 registered Afghan refugees in Pakistan. Two years later, 1,559,964 remained on the register. That is 183,314 fewer, a fall of about 10.5 percent, as people returned or were made to leave, and the grains ran through.

Source: UNHCR, 31 December 2024, registered Afghan refugees in Pakistan.

**Please do not touch the glass.** The work is fragile and the dust cannot be replaced.
""", control_type="citation_control")
