# Sixty-third held-out set of synthetic documents ("heldout63").  Written from
# scratch after heldout62/, by a labeller session that had not opened dyad's
# implementation or history and had not seen any of its results.
# Every entry: name (topic slug, numbered later by build_heldout63.py), text,
# labels (list of defect dicts), control_type for controls.
# New registers: a ballpoint-pen factory at Nankana Sahib that sold to a
# stationery wholesaler in Kabul's Pul-e Khishti; a guava orchard at Ratodero,
# Larkana, that sold its winter crop to a fruit buyer in Kandahar's mandi; a
# serpentine ("Afghan jade") quarrying cooperative at Dara-i-Nur, Nangarhar,
# that sold blocks to a stone workshop in Taxila; a steel-hinge workshop at
# Sangla Hill that sold to a hardware dealer in Pul-i-Khumri, Baghlan; sweet
# basil seed (tukh malanga) growers at Sozma Qala, Sar-e-Pul, who sold to a
# sherbet maker in Hyderabad, Sindh; a brass-tap maker at Farooqabad,
# Sheikhupura district, that sold to a building-supplies dealer in Ghazni; a
# peach growers' association at Madyan, Swat, that sold to a commission agent
# in Kabul; and macro documents on the trade series and the register.
#
# Invented figures shared with earlier sets: annual trade series (README:
# exports 1,290 / 942 / 828 / 936 / 1,012 / 884 and imports 441 / 509 / 552 /
# 741 / 690 / 540 for 2019-2024, balances 849 / 433 / 276 / 195 / 322 / 344,
# totals 1,731 / 1,451 / 1,380 / 1,677 / 1,702 / 1,424); reference refugee
# series (1,419,084 / 1,438,432 / 1,490,562 / 1,743,278 / 1,987,717 /
# 1,559,964 for 2019-2024).
#
# New invented figures, consistent with the above:
#   Nankana Writing Instruments, Nankana Sahib (invented), begun 2009; 85
#     workers; one pen, the Likho 0.7 mm ballpoint, four colours; boxes of 50,
#     cartons of 40 boxes (2,000 pens), trucks of 500 cartons (a million
#     pens); pens sold 2023 18 million, 2024 24 million, 2025 21 million; to
#     Haji Sultan Mohammad, Pul-e Khishti, Kabul 6 / 9 (nine trucks) / 3
#     million, at home 12 / 15 / 18 million; 2024 Kabul by quarter 4.5 / 1.5 /
#     2.0 / 1.0 million; wholesale Rs 8 / 10 / 12 a pen (carton Rs 16,000 /
#     20,000 / 24,000); route by Peshawar and Torkham.
#   Ratodero guava orchard, Larkana (invented), 40 acres, 2,400 trees (60 an
#     acre); crop 2023 480 t, 2024 600 t (250 kg a tree), 2025 420 t; winter
#     crop to Haji Abdul Samad's fruit mandi stall, Kandahar (buyer since 2021)
#     160 / 240 / 60 t, in Sindh 320 / 360 / 360 t; crates of 20 kg, trucks of
#     10 t (500 crates); gate price Rs 60 / 80 / 110 a kg; route by Jacobabad,
#     Sibi, Quetta, Chaman and Spin Boldak, about 30 hours.
#   Dara-i-Nur Green Stone Cooperative, Nangarhar (invented), formed 2017, 90
#     members, 6 quarries; trucks of 20 t; output 2023 1,600 t, 2024 2,000 t
#     (grade A 400 t, 20 percent; B 1,000 t, 50 percent; C 600 t, 30
#     percent), 2025 1,100 t; to Gandhara Stone Crafts, Taxila 1,000 / 1,400
#     (70 trucks; by quarter 300 / 400 / 420 / 280 t) / 350 t, to Jalalabad
#     and Kabul 600 / 600 / 750 t; Taxila paid USD 140 / 160 / 175 a tonne;
#     route by Jalalabad, Torkham and Peshawar; some 30 carving workshops in
#     Taxila.
#   Sangla Hardware Works, Sangla Hill (invented), begun 1992 by Ustad Barkat
#     Ali; 45 workers; 4-inch steel butt hinge, 120 g, cartons of 400 (48 kg);
#     hinges sold 2023 400,000, 2024 520,000, 2025 450,000; to Haji Ghulam
#     Sakhi, Pul-i-Khumri 100,000 / 160,000 (400 cartons) / 40,000, at home
#     300,000 / 360,000 (Lahore 200,000, Faisalabad 100,000, others 60,000) /
#     410,000; Rs 90 / 110 / 120 a hinge; route by Lahore, Peshawar, Torkham,
#     Kabul and the Salang.
#   Sozma Qala basil seed growers, Sar-e-Pul (invented), about 120 families,
#     300 jeribs; harvest September-October; 2023 45 t, 2024 60 t, 2025 36 t;
#     to Mehran Sherbet, Hyderabad (founded 1978, buying since 2019) 30 / 42
#     (1,680 bags of 25 kg; 4.2 million bottles at 10 g) / 12 t, in Mazar-i-
#     Sharif and Sheberghan 15 / 18 (12 and 6) / 24 t; Hyderabad paid Rs 900 /
#     1,100 / 1,400 a kg; route by Mazar, the Salang, Kabul and Torkham.
#   Farooqabad Brass Fittings, Farooqabad (invented), begun 2001 by Chaudhry
#     Nazir Ahmed; 60 workers; taps of about half a kilogram of brass, cartons
#     of 50; taps sold 2023 90,000, 2024 110,000, 2025 80,000; to Haji Zalmai,
#     Ghazni (since 2018) 30,000 / 45,000 (900 cartons, six loads of 150) /
#     10,000, at home 60,000 / 65,000 / 70,000; ex-works Rs 1,800 / 2,100 /
#     2,400 a tap; recycled brass 22 t of 55 (2024), 24 t of 40 (2025).
#   Madyan Fruit Growers' Association, Swat (invented), 70 orchards; picked
#     July-August; crates of 10 kg, trucks of 10 t (1,000 crates); crop 2023
#     2,000 t, 2024 2,400 t, 2025 1,500 t; to Haji Mir Ahmad, commission agent,
#     Kabul 500 (50 trucks) / 800 (80 trucks) / 150 t; gate price Rs 120 / 150
#     / 200 a kg; Gul Bagh, 4 acres, 240 trees, 24 t in 2024 (100 kg a tree).
#   Macro documents: the departments, schools, papers, channels, colleges,
#     councils, museums, charities and people are invented and kept consistent
#     within each document.

HELDOUT63 = []
from heldout_labels import (  # noqa: F401
    PAIR, REFS, adder, arith, change_pct, citation, direction, garbled, line_of, parts_total, pdf_lines, scope, tvt,
    repeated, reuse,
)

add = adder(HELDOUT63)

# ---------------------------------------------------------------------------
# Nankana Writing Instruments (invented), Nankana Sahib
# ---------------------------------------------------------------------------

add("nankana_pens_product_page", """
# Likho 0.7 mm Ballpoint, Blue: Wholesale

*Text of a product page on the trade website of a pen maker in Nankana Sahib, Punjab, as saved in April 2025. The maker, the website, the buyers and every figure are invented.*

**The pen.** A clear hexagonal barrel, a blue cap with a clip, a 0.7 mm tip and enough ink for about 1.5 kilometres of writing. Nankana Writing Instruments has made the Likho since 2009, and our 85 workers turned out 24 million pens in 2024.

**Wholesale prices from 1 January 2025.**

| Pack | Pens | Price (Rs) | Rs per pen |
|---|---|---|---|
| Box | 50 | 600 | 12 |
| Carton (40 boxes) | 2,000 | 24,000 | 12 |

**Buy by the carton.** A full carton of 2,000 pens costs Rs 22,000, the same price our wholesaler in Kabul pays, and it ships the day your payment clears.

**Delivery.** Anywhere in Punjab within three working days. To Afghanistan through our clearing agent in Peshawar and over Torkham: in 2024 our Kabul wholesaler took 9 million pens, nine full trucks of 500 cartons.

**Colours.** Blue, black, red and green. Cartons can be mixed by the box at no extra charge.

**From a buyer.** "The children in my school run out of patience before these pens run out of ink." A head teacher in Sheikhupura.

**Minimum order.** One box. Schools that order 20 cartons or more before the spring term get their name printed on the barrels free.
""", tvt(["A full carton of 2,000 pens costs Rs 22,000", "| Carton (40 boxes) | 2,000 | 24,000 | 12 |"],
        {"text_value": 22000, "table_value": 24000}, "Rs a carton of 2,000 pens",
        "wholesale price of a carton of Likho pens", "2025",
        "paragraph 'Buy by the carton' against the carton row of the 2025 price table",
        "The price table, headed 'Wholesale prices from 1 January 2025', gives a carton of 40 boxes (2,000 pens) at Rs 24,000, Rs 12 a pen, the same rate as a box. The next paragraph says a full carton of 2,000 pens costs Rs 22,000 (Rs 11 a pen). The page gives two prices for the same carton in the same year."))

add("nankana_pens_live_chat", """
# Live Chat: Wholesale Order Desk

*A live-chat transcript from the trade website of a pen maker in Nankana Sahib, Punjab, 14 January 2025, saved by its sales office. The maker, the customer and every figure are invented.*

**Visitor (Shinwari Stationers, Jalalabad), 10:02.** Salaam. I need pens for the new school year in March. Mostly blue and black.

**Agent (Sana), 10:03.** Wa alaikum salaam, and welcome. Our Likho comes in boxes of 50 and cartons of 40 boxes, which is 2,000 pens a carton. This year a carton is Rs 24,000.

**Visitor, 10:05.** Last year I paid Rs 20,000.

**Agent, 10:06.** Yes, in 2024 it was Rs 20,000, or Rs 10 a pen. Tips and ink both cost more now, so it is Rs 12 a pen this year.

**Visitor, 10:08.** Fine. Send 12 cartons of blue, 8 of black and 5 of red.

**Agent, 10:10.** Noted: 12 blue, 8 black and 5 red, 27 cartons in all, which is 54,000 pens. I will send the proforma invoice to your e-mail.

**Visitor, 10:11.** Can you deliver to Jalalabad?

**Agent, 10:13.** We deliver to our clearing agent in Peshawar. Your cartons can cross Torkham with the next truck for our Kabul wholesaler, who took 9 million pens from us last year; the truck passes through Jalalabad on its way.

**Visitor, 10:14.** And payment?

**Agent, 10:15.** Half when you confirm, half before the truck leaves Peshawar. Anything else I can help with?

**Visitor, 10:16.** No. Thank you, Sana.
""", parts_total(["12 blue, 8 black and 5 red, 27 cartons in all"],
                 {"blue": 12, "black": 8, "red": 5}, 27, "cartons", "2025",
                 "cartons in a Jalalabad stationer's order of January 2025",
                 "agent's line of 10:10, a sum restated in a chat",
                 "The visitor orders 12 cartons of blue, 8 of black and 5 of red, and the agent repeats the three figures and totals them as 27 cartons (54,000 pens). 12 + 8 + 5 is 25 cartons, which at 2,000 pens a carton is 50,000 pens.",
                 pens_stated=54000, pens_per_carton=2000))

add("nankana_pens_patent_application", """
# Patent Application: One-Piece Cap and Clip

*Opening sections of a patent application filed in January 2026 by an invented pen maker of Nankana Sahib, Punjab, for a ballpoint cap whose clip does not snap. The applicant, the invention and every figure are invented.*

**Title of the invention.** A one-piece moulded cap and clip for a ballpoint pen.

**Field.** The invention relates to writing instruments, and in particular to polypropylene caps for low-cost ballpoint pens.

**Background.** In a moulded cap the clip joins the cap at a thin root, and the root cracks when the clip is bent back over a pocket or a satchel strap. Over the three years from 2025 to 2023 the applicant sold 63 million pens (18 million in 2023, 24 million in 2024 and 21 million in 2025), and its buyers sent back 94,500 caps with broken clips, 0.15 percent of all pens sold. Most came from schools. The applicant's largest buyer abroad, a stationery wholesaler in Kabul, sent back caps by the sack after each spring term.

**Summary.** The clip of the invention is moulded as a ribbed loop that bends along its whole length rather than at the root. In the applicant's tests, caps of the new design survived 10,000 bends without cracking, while caps of the old design failed after 1,200 bends on average.

**Drawings.** Figure 1 is a side view of the cap. Figure 2 is a section through the loop. Figure 3 compares the old root with the new one.

**Claims.** 1. A cap for a ballpoint pen in which the clip is a closed loop joined to the cap at two points. 2. A cap according to claim 1 in which the loop carries three ribs on its outer face.
""", garbled(["Over the three years from 2025 to 2023"],
             "The background section says the applicant's sales ran 'over the three years from 2025 to 2023', a period that ends before it begins; the figures in brackets run forward from 2023 to 2025.",
             stated_period_start="2025", stated_period_end="2023",
             subject="pens sold by the Nankana applicant", location="background section, first figure"))

add("nankana_pens_onboarding_guide", """
# Welcome to the Sales Team

*Pages from the guide given to new sales staff of an invented pen maker in Nankana Sahib, Punjab, January 2025. The firm, its staff, its buyers and every figure are invented.*

**Your first week.** You will spend two days on the moulding floor, one day in the ink room and two days beside a senior salesperson. Learn to put a Likho together with your eyes closed: barrel, refill, plug, cap.

**Know the product.** One pen, the Likho 0.7 mm, in four colours. Boxes of 50, cartons of 40 boxes. A carton is 2,000 pens and sells at Rs 24,000 this year, up from Rs 20,000 in 2024.

**Know the numbers.** The factory sold 24 million pens in 2024. Shops and school suppliers in Pakistan took 15 million of them.

**Know the Kabul account.** Haji Sultan Mohammad, a stationery wholesaler in Kabul's Pul-e Khishti, took 9 million pens in 2024, nine trucks of 500 cartons. That account alone was 9 percent of everything we sold, so when he calls, you answer.

**Know the calendar.** Afghan schools open in March and Pakistani schools in April, so January to March is our busiest quarter. In the first quarter of 2024 Kabul alone took 4.5 million pens, half of its year.

**Know the rules.** Never promise a delivery date at Torkham; the border keeps its own hours. Never give more than 5 percent off without the sales manager's signature.

**Your target.** Each new salesperson is asked to open 10 new school accounts in the first six months.
""", reuse(["took 9 million pens in 2024", "That account alone was 9 percent of everything we sold"],
           9, "million pens; percent", "pens the Kabul wholesaler took in 2024 (million)",
           "the Kabul account's share of all pens sold in 2024 (percent)", 37.5,
           "The guide gives 24 million pens sold in 2024, 15 million of them in Pakistan, and says the Kabul wholesaler took 9 million. In the next sentence the 9 reappears as the account's share of everything sold, 9 percent; 9 million of 24 million is 37.5 percent.",
           pens_sold_2024=24000000, period="2024"))

add("nankana_pens_bug_report_control", """
# Bug Report 218: Stock Screen Shows Cartons with Decimals

*An internal bug report on the order-tracking software of an invented pen maker in Nankana Sahib, Punjab, filed on 7 October 2024 and closed a week later. The firm, the software and every figure are invented.*

**Summary.** The dispatch screen shows cartons with one decimal place, so an order of half a carton appears as "0.5" and two clerks have read it as five.

**Steps to reproduce.** Open Dispatch, choose the Kabul account and the year 2024.

**What the screen shows.** The shipments so far this year, by quarter (a carton is 2,000 pens):

| Quarter | Pens (million) | Cartons |
|---|---|---|
| Q1 2024 | 4.5 | 2,250.0 |
| Q2 2024 | 1.5 | 750.0 |
| Q3 2024 | 2.0 | 1,000.0 |
| Total to date | 8.0 | 4,000.0 |

**What it should show.** The same figures as whole cartons: 2,250, 750, 1,000 and 4,000. The pens column is right.

**Why it matters.** The Kabul wholesaler is our largest single account, and the first quarter, when Afghan schools reopen, brought 4.5 million of his 8.0 million pens so far, or 56 percent. A clerk who loads 5 cartons instead of half a carton sends 9,000 pens too many across the border.

**Also noted.** His fourth-quarter order of 1.0 million pens, 500 cartons, is booked for November, which will bring his year to 9.0 million.

**Resolution.** Fixed in version 3.2 on 14 October 2024: cartons now show as whole numbers, and half a carton shows as "1/2". Closed.
""", control_type="control")

# ---------------------------------------------------------------------------
# Ratodero guava orchard (invented), Larkana
# ---------------------------------------------------------------------------

add("ratodero_guava_picture_book", """
# Guddi and the Guava Truck

*A picture book for children of five to eight, published in 2026 by an invented press in Sukkur, with its note for parents. The press, the orchard and every figure in the note are invented.*

**Page 1.** Guddi lives in Ratodero, where the guava trees stand in rows like children at morning assembly.

**Page 2.** Her grandfather looks after 2,400 trees. "How many guavas is that, Dada?" asks Guddi. "More than the stars," says Dada, "and sweeter."

**Page 3.** In winter the guavas turn yellow and the whole orchard smells of them. Guddi helps to pack them, twenty kilograms to a crate.

**Page 4.** A truck painted with peacocks takes 500 crates up into the mountains, all the way to Kandahar, where children eat Guddi's guavas with salt and red chilli.

**Page 5.** "Will they say thank you?" asks Guddi. "They already have," says Dada, and shows her a letter with a stamp she cannot read.

**A note for parents.** Guddi's orchard is imagined, but it is drawn from a real kind of farm in upper Sindh. An orchard of 40 acres like hers gave 600 tonnes of guavas in 2024 and 420 tonnes in 2025, a smaller crop after a hot, dry spring. In 2025 the orders from Kandahar swelled to 60 tonnes, from 240 tonnes the year before, because the border crossing at Chaman was closed for weeks at a time. A crate holds 20 kilograms, so a ten-tonne truck carries 500 crates. Ask your child to count the crates on page 4, and then to count the trucks that 60 tonnes would fill.
""", direction("In 2025 the orders from Kandahar swelled to 60 tonnes, from 240 tonnes the year before",
               240, 60, "2024", "2025", "swelled", "rise", "tonnes",
               "guavas ordered from the Ratodero orchard by the Kandahar buyer",
               "note for parents, later period given first",
               "The note says the Kandahar orders 'swelled' to 60 tonnes in 2025 from 240 tonnes in 2024, and gives a closed crossing as the reason. 240 to 60 tonnes is a fall of 180 tonnes, 75 percent; nothing swelled."))

add("ratodero_guava_property_listing", """
# For Lease: Guava Orchard, 40 Acres, Ratodero

*A listing posted in February 2026 on an invented property website by an agent in Larkana. The agent, the owner, the orchard and every figure are invented.*

**Rent.** Rs 9 million a year on a three-year lease, six months payable in advance.

**Land.** 40 acres of canal-watered loam with two tube wells, a packing shed that holds 2,000 crates, and a watchman's quarters.

**Trees.** 2,400 guava trees, 60 to the acre, planted between 2008 and 2012, in full bearing.

**Records.** The owner's figures for the last three seasons:

| Year | Crop (t) | To Kandahar (t) | Sold in Sindh (t) | Gate price (Rs a kg) |
|---|---|---|---|---|
| 2023 | 480 | 160 | 320 | 60 |
| 2024 | 600 | 240 | 360 | 80 |
| 2025 | 420 | 60 | 360 | 110 |

**Why lease it.** In 2024 the orchard yielded 640 tonnes, its best season, and a fruit buyer in Kandahar's mandi has taken its winter crop since 2021. Guavas fetched Rs 110 a kilogram at the gate in 2025.

**Access.** Ten minutes from the Ratodero bypass. Loaded trucks reach Jacobabad in an hour and Kandahar, by Quetta and Chaman, in about 30 hours.

**Viewing.** By appointment only; ask for Imdad at our Larkana office. The owner will stay on as an adviser for the first season if the lessee wishes.
""", tvt(["In 2024 the orchard yielded 640 tonnes", "| 2024 | 600 | 240 | 360 | 80 |"],
        {"text_value": 640, "table_value": 600}, "tonnes",
        "guava crop of the Ratodero orchard", "2024",
        "paragraph 'Why lease it' against the 2024 row of the owner's records",
        "The listing's table gives the 2024 crop as 600 tonnes (240 to Kandahar and 360 in Sindh, which add up to 600); the paragraph below says the orchard yielded 640 tonnes in 2024. The same season's crop is given two values."))

add("ratodero_guava_groundbreaking_speech", """
# Remarks at the Groundbreaking of a Guava Pulp Plant

*Remarks by the owner of a guava orchard at the groundbreaking of a small pulp plant near Ratodero, Larkana, in March 2026, from his notes, translated from Sindhi. The plant, the orchard and every figure are invented.*

Honoured guests, neighbours, and the children of our village school, who have come to turn the first spadeful of earth: thank you.

Our orchard has 2,400 trees on 40 acres. In a good year such as 2024 they gave us 600 tonnes of guavas; in 2025, after a hot spring, 420 tonnes. But every year we have wasted fruit. About one guava in twelve ripens too soft to travel, and in 2024 that meant 50 tonnes left under the trees for the birds.

Meanwhile the fruit that does travel has grown dearer. The price at our gate was Rs 80 a kilogram in 2024 and Rs 110 in 2025, an increase of 45 percent in one year. Soft fruit that we can turn into pulp is therefore money we can no longer afford to throw away.

This plant will take 5 tonnes of soft fruit a day through the 80 days of our two seasons, 400 tonnes a year, from our orchard and from twenty neighbours. It will employ 25 people, most of them women from this village.

The pulp will go in drums to the juice makers of Karachi and, God willing, to Kandahar, where a fruit buyer has taken our fresh guavas every winter since 2021, 240 tonnes of them in 2024.

Now, children, the spades are ready. Bismillah.
""", arith(["The price at our gate was Rs 80 a kilogram in 2024 and Rs 110 in 2025, an increase of 45 percent in one year"],
          "The owner gives the gate price as Rs 80 a kilogram in 2024 and Rs 110 in 2025. Rs 110 is 37.5 percent above Rs 80, not 45 percent; a 45 percent rise would have taken the price to Rs 116.",
          **{"from": 80, "to": 110, "computed_change_pct": 37.5, "stated_change_pct": 45.0,
             "stated_as_written": "an increase of 45 percent", "unit": "Rs a kg",
             "from_period": "2024", "to_period": "2025",
             "subject": "gate price of guavas at the Ratodero orchard",
             "location": "third paragraph of the speech"}))

add("ratodero_guava_folk_tale", """
# The Guava That Crossed the Mountains

*A folk tale of upper Sindh as retold for the children's page of an invented Sukkur weekly in December 2025, with the reteller's afterword. The weekly, the orchard and every figure in the afterword are invented.*

Long ago a poor gardener of Ratodero found a guava seed that a parrot had dropped on his doorstep. He planted it beside his well, and he watered it even in the years when there was hardly water enough for his goats.

The tree grew so sweet that its fruit tasted of honey and cardamom. Word travelled north with the caravans, and one winter a camel train came down from a mountain city to ask for the fruit. The gardener filled their saddlebags, and would take no payment but a handful of the city's snow, which had melted by the time it reached him.

Every winter after that the camels came, and every winter the gardener laughed at his wet palms. When he died, the tree gave no fruit for a year, and then gave twice as much, as if to make up for lost time.

**Afterword.** The camels have become trucks. An orchard near Ratodero that I visited for this story sends its winter crop to a fruit buyer in Kandahar: 160 tonnes in 2023 and 240 tonnes in 2024, in trucks of ten tonnes. The trucks leave Ratodero at dusk and reach Chaman the next evening. The trucks leave Ratodero at dusk and reach Chaman the next evening. From there it is a few hours across the border to Kandahar's fruit mandi. The owner's 2,400 trees gave 600 tonnes in 2024, and he still keeps one old tree by the well, which he says is the parrot's.
""", repeated("The trucks leave Ratodero at dusk and reach Chaman the next evening.", 2,
              "the guava trucks' journey from Ratodero to Chaman", "afterword, third and fourth sentences",
              "In the afterword the sentence 'The trucks leave Ratodero at dusk and reach Chaman the next evening.' is printed twice in a row, word for word."))

add("ratodero_guava_gazetteer", """
# Gazetteer Entry: Ratodero

*An entry from the revised 2025 edition of an invented gazetteer of Larkana district. The gazetteer, the orchard and every figure are invented.*

**Ratodero.** Town and taluka of Larkana district, on the road from Larkana to Shikarpur, some 30 kilometres north-east of Larkana city. The land is flat and watered by canals from the Indus; wheat, rice and fruit are the chief crops.

**Orchards.** Guava is the principal fruit of the taluka. The largest single orchard, 40 acres with 2,400 trees, gave 600 tonnes in 2024, or 250 kilograms a tree. Two crops are picked: a rainy-season crop in August and September, sold mostly in Sukkur, Hyderabad and Karachi, and a sweeter winter crop from November to January.

**Trade.** The winter fruit goes north by Jacobabad, Sibi and Quetta to Chaman, where it crosses into Iran for the fruit market of Kandahar; in 2024 the large orchard alone sent 240 tonnes by this road, in trucks of ten tonnes. Some of the district's rice goes to Iran by road through Taftan, and the rest south to the port at Karachi.

**Markets.** A weekly cattle market is held on Thursdays. Guava merchants gather at the town's fruit yard from the first week of November.

**See also.** Larkana; Shikarpur; Jacobabad.
""", scope("where it crosses into Iran for the fruit market of Kandahar", "IRN", ["PAK", "IRN"], "Iran",
           "The gazetteer sends the winter guavas through Quetta to Chaman, 'where it crosses into Iran for the fruit market of Kandahar'. Chaman faces Spin Boldak on the Pakistan-Afghanistan border, and Kandahar is in Afghanistan; the fruit crosses into Afghanistan. The same paragraph names Iran correctly as the destination of rice sent by road through Taftan.",
           stands_for="AFG", crossing="Chaman",
           not_a_defect="Some of the district's rice goes to Iran by road through Taftan",
           location="paragraph 'Trade', the route of the winter crop"))

# ---------------------------------------------------------------------------
# Dara-i-Nur Green Stone Cooperative (invented), Nangarhar
# ---------------------------------------------------------------------------

add("dara_i_nur_serpentine_sales_contract", """
# Contract for the Sale of Green Serpentine, 2024

*An annual contract between a quarrying cooperative of Dara-i-Nur, Nangarhar, and a stone workshop of Taxila, signed in December 2023 and translated from Dari and Urdu. Both parties and every figure are invented.*

This contract is made between the Dara-i-Nur Green Stone Cooperative (the Seller), which has 90 members working 6 quarries, and Gandhara Stone Crafts of Taxila (the Buyer).

1. The Seller expects to raise 2,000 tonnes of green serpentine, sometimes sold as Afghan jade, in the calendar year 2024.
2. The Seller grades its stone as follows: Grade A, sound blocks for carving, 20 percent of output, 400 tonnes; Grade B, slabs for tiles and boxes, 50 percent, 1,000 tonnes; Grade C, broken stone, 30 percent, 400 tonnes.
3. The Buyer shall take all of Grades A and B, 1,400 tonnes, and the Seller may sell Grade C to buyers in Jalalabad and Kabul.
4. The price is USD 160 a tonne for both grades, delivered at Torkham, paid in US dollars within 30 days of each delivery.
5. Stone shall travel in trucks of 20 tonnes, about 70 trucks in the year, spread evenly from March to December.
6. Blocks with cracks longer than 10 centimetres may be refused, and refused blocks shall be returned at the Seller's cost.
7. If the Torkham crossing is closed for more than 15 days in a row, deliveries shall be postponed and neither party shall be at fault.
8. Disputes shall be put to a panel of three elders, one chosen by each party and the third by the other two.

Signed at Jalalabad on 20 December 2023.
""", reuse(["Grade A, sound blocks for carving, 20 percent of output, 400 tonnes", "Grade C, broken stone, 30 percent, 400 tonnes"],
           400, "tonnes", "Grade A stone expected in 2024 (20 percent of 2,000 tonnes)",
           "Grade C stone expected in 2024 (30 percent of 2,000 tonnes)", 600,
           "Clause 2 splits the expected 2,000 tonnes into Grade A, 20 percent, 400 tonnes; Grade B, 50 percent, 1,000 tonnes; and Grade C, 30 percent, given again as 400 tonnes. Thirty percent of 2,000 tonnes is 600 tonnes (and 400 + 1,000 + 600 makes the 2,000); Grade A's tonnage has been reused for Grade C.",
           output_tonnes=2000, grade_c_share_pct=30, period="2024"))

add("dara_i_nur_serpentine_artist_statement", """
# Artist's Statement: "Green Silence"

*Statement printed beside an invented sculptor's show of carved serpentine at an invented gallery in Islamabad, April 2026. The sculptor, the gallery, the workshops, the cooperative and every figure are invented.*

I carve in the green stone that quarrymen call Afghan jade. It is not jade. It is serpentine, softer and more forgiving, and it holds a polish like still water.

My blocks come from Dara-i-Nur in Nangarhar, where a cooperative of 90 men works six quarries on the hillside. They come down through Jalalabad and over Torkham to Taxila, where I learnt to carve and where some 30 workshops keep the old Gandhara craft alive.

In the last two years the stone has become hard to get. The Taxila workshops bought 1,400 tonnes of it in 2024 and only 350 tonnes in 2025, when the border was closed for weeks at a time. Yet its price has softened over these years: USD 140 a tonne in 2023, USD 175 in 2025. A block that once waited in every yard now has to be asked for by name.

The twelve pieces in this room used 3 tonnes of stone, and two thirds of it came off as dust and chips. I have kept the chips; they are in the bowl by the door. Please take one.

Each piece is named for a quarry track. "Green Silence" is the largest, a head 90 centimetres high that took me eleven weeks.
""", direction("Yet its price has softened over these years: USD 140 a tonne in 2023, USD 175 in 2025",
               140, 175, "2023", "2025", "softened", "fall", "USD a tonne",
               "price the Taxila workshops paid for Dara-i-Nur serpentine",
               "third paragraph of the statement",
               "The sculptor says the stone's price 'has softened' and gives USD 140 a tonne in 2023 and USD 175 in 2025. That is a rise of USD 35, 25 percent, in line with the scarcity the same paragraph describes."))

add("dara_i_nur_serpentine_auctioneer", """
# Auctioneer's Calls: Stone Yard Sale, Taxila

*Transcript of an auctioneer's calls at an invented monthly sale of stone blocks in a Taxila yard, September 2024, recorded by a visiting student and translated from Urdu. The yard, the bidders and every figure are invented.*

Gentlemen, gather round, the tea is coming. Lot one, and what a lot it is: eight blocks of green serpentine, 20 tonnes exactly, one full truck, weighed this morning on the yard's own scale.

Where is it from? I'll tell you where. This is serpentine from Dara-i-Nur, in Tajikistan's Nangarhar province, the same hills that have fed this yard since the cooperative up there was formed in 2017. It came over Torkham on Tuesday.

Carvers, look at the colour. Grade A, every block. No crack longer than your finger. The yards of this town took 1,000 tonnes of this stone last year, and this year they want more.

I start at USD 150 a tonne. One fifty, one fifty, thank you sir. One sixty! One sixty from Ustad Rauf at the back. One sixty-five? One sixty-five. Any more? Going at one sixty-five, going, sold: USD 165 a tonne, USD 3,300 the lot.

Lot two is a different colour entirely. Lapis from Badakhshan, the Afghan province that borders Tajikistan, three small crates, and I see the jewellers waking up. Who will start me at USD 40 a kilogram?
""", scope("serpentine from Dara-i-Nur, in Tajikistan's Nangarhar province", "TJK", ["TJK", "PAK"], "Tajikistan",
           "The auctioneer places Dara-i-Nur 'in Tajikistan's Nangarhar province' and says the lot came over Torkham. Nangarhar is a province of Afghanistan, and Torkham is on the Afghanistan-Pakistan border; Tajikistan stands where Afghanistan should. The same transcript names Tajikistan correctly as the country on Badakhshan's border.",
           stands_for="AFG", crossing="Torkham",
           not_a_defect="the Afghan province that borders Tajikistan",
           location="second paragraph, the origin of lot one"))

add("dara_i_nur_serpentine_impact_evaluation_control", """
# Impact Evaluation Summary: Quarry Safety Training, Dara-i-Nur

*Summary of an evaluation of a safety-training project for the members of a quarrying cooperative in Dara-i-Nur, Nangarhar, written for an invented donor in March 2026. The donor, the cooperative and every figure are invented.*

**The project.** From January to June 2024 a trainer from Jalalabad taught blasting, rock-fall and lifting safety to the cooperative's quarrymen. Of its 90 members, 72 completed the course, 80 percent. Two thirds of the trainees, 48 men, were drillers; the other 24 were loaders. The project cost USD 36,000, or USD 500 a trainee.

**Injuries and output.**

| Year | Stone raised (t) | Injuries | Injuries per 1,000 t |
|---|---|---|---|
| 2023 | 1,600 | 15 | 9.4 |
| 2024 | 2,000 | 9 | 4.5 |
| 2025 | 1,100 | 6 | 5.5 |

**Findings.** Injuries fell by 40 percent from 2023 to 2024 and by a further third in 2025. The rate per 1,000 tonnes, however, rose in 2025, because output fell by 45 percent when the Taxila buyer took only 350 tonnes. Fewer injuries in 2025 therefore partly reflect less work, not only safer work.

**Lessons.** The evaluators recommend refresher training for the 18 members who did not finish the course and for new members, and a count of hours worked, so that future rates can be measured per hour rather than per tonne.
""", control_type="control")

SERP_TABLE = pdf_lines([
    ["Quarter", "Trucks", "Tonnes", "Refused (t)"],
    ["Q1 2024", "15", "300", "6"],
    ["Q2 2024", "20", "400", "10"],
    ["Q3 2024", "21", "420", "8"],
    ["Q4 2024", "14", "280", "4"],
    ["Total", "70", "1,400", "28"],
])

add("dara_i_nur_serpentine_yard_receipt", """
# Year-End Receipt: Taxila Stone Yard

*A receipt issued in January 2025 by an invented stone yard in Taxila to a quarrying cooperative of Dara-i-Nur, Nangarhar, for serpentine received in 2024, with its table as copied from the PDF. The yard, the cooperative, the buyer and every figure are invented.*

Received from the Dara-i-Nur Green Stone Cooperative, for the account of Gandhara Stone Crafts, Taxila, blocks of green serpentine in trucks of 20 tonnes, as below. Every lot was weighed on the yard's weighbridge and checked for cracks before it was accepted.

""" + SERP_TABLE + """

Remarks. The second quarter brought 440 tonnes, including two trucks held at Torkham in April and cleared in May. Refused blocks, 2 percent of the year's weight, were returned to the Seller at Torkham as the contract requires.

Accepted stone: 1,372 tonnes, which at the contract price of USD 160 a tonne comes to USD 219,520, paid in full by 31 December 2024.

Yard manager's stamp and signature.
""", tvt(["The second quarter brought 440 tonnes", line_of(SERP_TABLE, "Q2 2024")],
        {"text_value": 440, "table_value": 400}, "tonnes",
        "serpentine received at the Taxila yard from Dara-i-Nur", "Q2 2024",
        "remarks below the receipt against the Q2 2024 row of the PDF-extracted table",
        "The receipt's table gives 20 trucks and 400 tonnes for the second quarter of 2024 (20 trucks of 20 tonnes, and the quarters add up to the 1,400-tonne total); the remarks below say the second quarter brought 440 tonnes."))

# ---------------------------------------------------------------------------
# Sangla Hardware Works (invented), Sangla Hill
# ---------------------------------------------------------------------------

add("sangla_hinges_loan_appraisal", """
# Loan Appraisal Note: Sangla Hardware Works

*Note by a loan officer of an invented microfinance bank's branch at Sangla Hill, Nankana Sahib district, on a request for working capital, January 2025. The bank, the workshop and every figure are invented.*

**Request.** Rs 6 million for twelve months, to buy cold-rolled steel strip ahead of the spring building season, when prices usually rise.

**Business.** Begun in 1992 by Ustad Barkat Ali and now run with his son; 45 workers; one product, the 4-inch steel butt hinge, packed 400 to a carton.

**Sales in 2024, by buyer.** Taken from the workshop's sales book and checked against bank credits. All hinges sold at Rs 110.

| Buyer | Hinges | Rs million |
|---|---|---|
| Pul-i-Khumri dealer | 160,000 | 17.6 |
| Lahore wholesalers | 200,000 | 22.0 |
| Faisalabad wholesalers | 100,000 | 11.0 |
| Others | 60,000 | 6.6 |
| Total | 540,000 | 57.2 |

**Assessment.** Sales to the dealer in Pul-i-Khumri, Baghlan, rose from 100,000 hinges in 2023 to 160,000 in 2024, a rise of 60 percent. He pays in advance through a money changer in Peshawar, and no payment has been late since 2019. The main risk is the border: a long closure at Torkham would hold up the Afghan share of sales.

**Security.** The workshop's presses and furnace, valued by the bank's surveyor at Rs 9 million.

**Recommendation.** Approve Rs 6 million at the branch's rate for small enterprises, repayable in twelve monthly instalments of Rs 550,000.
""", parts_total(["| Total | 540,000 | 57.2 |"],
                 {"Pul-i-Khumri dealer": 160000, "Lahore wholesalers": 200000,
                  "Faisalabad wholesalers": 100000, "Others": 60000},
                 540000, "hinges", "2024", "hinges sold by the Sangla Hill workshop in 2024, by buyer",
                 "total row of the sales table",
                 "The four buyers' rows add up to 520,000 hinges (160,000 + 200,000 + 100,000 + 60,000), but the total row gives 540,000. The rupee column, at Rs 110 a hinge, totals Rs 57.2 million, which is 520,000 hinges; only the hinge total is wrong."))

add("sangla_hinges_hackathon_pitch", """
# Hackathon Pitch: "HingeCount"

*Script of a three-minute pitch by a student team at an invented university hackathon in Lahore, November 2025, for a stock-keeping app built for a hinge workshop in Sangla Hill. The university, the team, the workshop and every figure are invented.*

Good afternoon, judges. Meet Sangla Hardware Works: 45 workers, one product, a 4-inch steel hinge, and a stock book kept in pencil.

This workshop is not small. In 2024 it sold 520,000 hinges, 160,000 of them to a dealer in Pul-i-Khumri in northern Afghanistan. In 2025, with the border closed for long spells, it still expects to sell about 450,000.

Here is the problem. Stock of finished hinges at the workshop rose during March 2025 from 24,000 to 24,000, and the owner had no way to see which orders were waiting on the shelf and which had left. He learnt about a missing carton from the dealer in Pul-i-Khumri, six weeks later.

HingeCount fixes that. A packer scans a sticker on each carton of 400 hinges as it is sealed, and the driver scans it again at the gate. The owner sees stock, orders and trucks on one screen, in Urdu or English, even offline.

In its first month of testing, October 2025, HingeCount logged 95 cartons, 38,000 hinges, and found two cartons that had been counted twice in the pencil book.

We built it in 36 hours with three phones and one borrowed scanner. The workshop wants to keep it. Thank you.
""", garbled(["Stock of finished hinges at the workshop rose during March 2025 from 24,000 to 24,000"],
             "The pitch says the stock of finished hinges rose during March 2025 and gives the same figure, 24,000 hinges, as both the start and the end of the rise within that one month.",
             start_value=24000, end_value=24000, start_period="March 2025", end_period="March 2025",
             unit="hinges", subject="stock of finished hinges at the Sangla Hill workshop",
             location="third paragraph of the pitch"))

add("sangla_hinges_change_notice", """
# Engineering Change Notice ECN-07: Thicker Leaf for the 4-Inch Hinge

*An internal change notice of an invented hinge workshop in Sangla Hill, Nankana Sahib district, issued in May 2025. The workshop and every figure are invented.*

**Part.** 4-inch steel butt hinge, the workshop's only product.

**Change.** Leaf thickness raised from 2.0 mm to 2.2 mm, at the request of the dealer in Pul-i-Khumri, whose customers hang heavy wooden doors.

**Reason.** In 2024 the dealer took 160,000 hinges and returned 320 that had bent at the knuckle, 0.2 percent. Returns from Pakistani buyers, who took the other 360,000, were a tenth of that rate.

**Effect on weight.** A 4-inch hinge weighs 120 grams at the new thickness. The workshop packs them 400 to a carton, and a full carton weighs 120 kilograms. Loaders must use the trolley.

**Effect on cost.** Steel strip goes up by 10 percent a hinge, about Rs 4. The selling price stays as it is for 2025; the owner will review it in December.

**Effect on tools.** Blanking die 3 and folding die 5 reset; new gauges issued to the two press operators.

**Start.** From the first batch of June 2025. Cartons of the new hinge carry a green stripe.

**Approved.** Owner, production foreman, quality checker.
""", reuse(["A 4-inch hinge weighs 120 grams", "a full carton weighs 120 kilograms"],
           120, "grams; kilograms", "weight of one 4-inch hinge (grams)",
           "weight of a full carton of 400 hinges (kilograms)", 48,
           "The notice gives the hinge's weight as 120 grams and, in the next sentence, a carton of 400 hinges as 120 kilograms. Four hundred hinges of 120 grams weigh 48 kilograms; the hinge's figure has been reused for the carton.",
           hinges_per_carton=400))

add("sangla_hinges_expo_booth_script", """
# Booth Script: Building Expo, Lahore

*Lines prepared for the staff of an invented hinge workshop's booth at an invented building-materials expo in Lahore, December 2025. The expo, the workshop and every figure are invented.*

**Opening.** Assalam-o-alaikum! Have you met the Sangla hinge? Hold it: 120 grams of cold-rolled steel, a 2.2 mm leaf since June, and a pin that will outlast the door.

**If they ask about price.** Rs 120 a hinge this year, up from Rs 110 last year. A carton of 400 is Rs 48,000, and we give 3 percent off on ten cartons or more.

**If they ask who we are.** A family workshop in Sangla Hill since 1992, with 45 workers. We sold 450,000 hinges this year and 520,000 last year.

**If they ask about export.** Afghanistan is our second market. Our Afghan sales took off this year, from 160,000 hinges in 2024 to 40,000 in 2025, all through one dealer in Pul-i-Khumri who sells as far as Kunduz and Taloqan. The crossings were shut for weeks at a time, but the dealer is still with us.

**If they ask about delivery.** Three days anywhere in Punjab; a week to Karachi.

**If they want a sample.** Give them one, and a card. Write their name and number in the visitors' book.

**Closing.** Thank you for stopping by. Our hinges already hang doors from Lahore to Kunduz, and we would like yours to be next.
""", direction("Our Afghan sales took off this year, from 160,000 hinges in 2024 to 40,000 in 2025",
               160000, 40000, "2024", "2025", "took off", "rise", "hinges",
               "hinges the Sangla Hill workshop sold to its Pul-i-Khumri dealer",
               "booth line 'If they ask about export'",
               "The script says the workshop's Afghan sales 'took off' in 2025 and gives 160,000 hinges in 2024 and 40,000 in 2025, a fall of 120,000 hinges, 75 percent, which the next sentence puts down to the closed crossings."))

add("sangla_hinges_iftar_remarks", """
# Remarks at the Workers' Iftar

*Remarks by the owner of an invented hinge workshop in Sangla Hill at the iftar dinner he gave his workers in March 2025, from a recording, translated from Punjabi. The workshop, its people and every figure are invented.*

Brothers, the azan will sound in ten minutes, so I will be short, and the pakoras will not wait for speeches anyway.

This Ramadan we are 45, the most we have ever been. My father, Ustad Barkat Ali, began in 1992 with three men and a hand press in the back of our house. Last year you made 520,000 hinges, 30 percent more than the 400,000 of the year before. I did not believe those numbers until I saw the cartons.

Of last year's hinges, 160,000 went to Haji Ghulam Sakhi in Pul-i-Khumri. Think of the road they travel: from our gate to Lahore and Peshawar, then across Torkham into Uzbekistan, and on through Kabul and over the Salang Pass. Haji Sakhi tells me that some of our hinges now go further still, with traders who cross the Amu Darya at Hairatan into Uzbekistan.

So when you press a hinge, remember that a door in Baghlan or beyond will hang on it.

Each of you will receive Rs 10,000 before Eid, and the two apprentices who finished their training this winter will join the payroll from April.

Now let us pray, and then eat.
""", scope("then across Torkham into Uzbekistan", "UZB", ["PAK", "UZB"], "Uzbekistan",
           "The owner traces the hinges from Peshawar 'across Torkham into Uzbekistan, and on through Kabul'. Torkham is on the Pakistan-Afghanistan border and leads into Afghanistan, as the onward route through Kabul and the Salang shows. He names Uzbekistan correctly in the next sentence, across the Amu Darya at Hairatan.",
           stands_for="AFG", crossing="Torkham",
           not_a_defect="cross the Amu Darya at Hairatan into Uzbekistan",
           location="third paragraph, the hinges' route"))

# ---------------------------------------------------------------------------
# Sozma Qala basil seed growers (invented), Sar-e-Pul
# ---------------------------------------------------------------------------

add("sozma_qala_basil_vendor_rating", """
# Vendor Rating: Sozma Qala Growers, 2024

*The yearly vendor rating kept by the buying office of an invented sherbet maker in Hyderabad, Sindh, for its supplier of sweet basil seed (tukh malanga) in Sar-e-Pul, Afghanistan, December 2024. The firm, the growers and every figure are invented.*

**Vendor.** Sozma Qala Growers' Association, about 120 families, Sar-e-Pul province. Supplying since 2019. The seed comes by road through Sheberghan, Mazar-i-Sharif, the Salang and Kabul, then over Torkham to Peshawar and by rail to Hyderabad.

| Year | Delivered (t) | Price (Rs a kg) | Clean seed (%) | Rating (of 10) |
|---|---|---|---|---|
| 2023 | 30 | 900 | 96 | 7 |
| 2024 | 42 | 1,100 | 98 | 8 |

**Buyer's comment.** The growers delivered 48 tonnes this year, in 25 kg bags, the most since we began buying from Sozma Qala, and the seed was cleaner than ever. Two of the trucks waited more than a week at Torkham, which cost the growers a point on delivery.

**Quality.** Moisture below 8 percent in every lot tested. One lot had small stones and was cleaned at the vendor's cost.

**Next year.** We have asked for 50 tonnes at Rs 1,200 a kg, to be delivered by the end of November 2025, and have offered a 5 percent advance.

**Rating.** 8 of 10. Keep as sole supplier, but look for a second source in case the border closes in the harvest months.
""", tvt(["The growers delivered 48 tonnes this year", "| 2024 | 42 | 1,100 | 98 | 8 |"],
        {"text_value": 48, "table_value": 42}, "tonnes",
        "sweet basil seed delivered by the Sozma Qala growers to the Hyderabad sherbet maker", "2024",
        "buyer's comment against the 2024 row of the rating table",
        "The rating table gives 42 tonnes delivered in 2024; the buyer's comment below it, written the same December, says the growers delivered 48 tonnes this year."))

add("sozma_qala_basil_survey_form", """
# Survey Form, Completed: Basil Seed Growers

*A questionnaire completed by the head of a growers' association in Sozma Qala, Sar-e-Pul, for an invented agricultural research project in January 2025, translated from Dari. The project, the association and every figure are invented.*

**Section A. The village**

- A1. Village and province: Sozma Qala, Sar-e-Pul.
- A2. Households growing sweet basil for seed: 120.
- A3. Land under basil: 300 jeribs, about 60 hectares.
- A4. Months of sowing and harvest: sown in April, harvested in September and October.

**Section B. The 2024 harvest**

- B1. Seed harvested in 2024: 60 tonnes.
- B2. Seed harvested in 2023: 45 tonnes.
- B3. Share of the 2024 harvest sold to each buyer: sherbet maker in Hyderabad, Pakistan, 70%; traders in Mazar-i-Sharif, 25%; traders in Sheberghan, 15%.
- B4. Price paid by the Hyderabad buyer in 2024: Rs 1,100 a kilogram, paid in dollars at the day's exchange rate.
- B5. How the seed reaches Pakistan: by truck to Kabul, then over Torkham.

**Section C. Problems**

- C1. Biggest problem: closures at Torkham in the months after harvest, when the seed must move before the buyer's sherbet season.
- C2. Second problem: no cleaning machine in the village; the seed is winnowed by hand.

**Section D. Declaration**

- D1. I confirm that these answers are true to the best of my knowledge. Signed with thumbprint, 12 January 2025.
""", arith(["sherbet maker in Hyderabad, Pakistan, 70%; traders in Mazar-i-Sharif, 25%; traders in Sheberghan, 15%"],
          "Answer B3 splits the 2024 harvest among three buyers as 70, 25 and 15 percent, which adds up to 110 percent of one harvest. (With 60 tonnes harvested and 42 sold to Hyderabad, the other two buyers' 18 tonnes are 30 percent between them.)",
          shares_pct={"Hyderabad sherbet maker": 70, "Mazar-i-Sharif traders": 25, "Sheberghan traders": 15},
          sum_pct=110, period="2024", unit="percent of the 2024 harvest",
          subject="buyers' shares of the Sozma Qala basil seed harvest",
          location="survey answer B3, shares in a form field"))

add("sozma_qala_basil_our_story_control", """
# Our Story

*The "Our Story" page of the website of an invented sherbet maker in Hyderabad, Sindh, March 2025. The firm, the growers and every figure are invented.*

In 1978 our founder, Haji Abdul Karim, began boiling rose sherbet in a copper pan behind his shop in Hyderabad's old city. Forty-seven years later we fill 4.2 million one-litre bottles a year, and every one of them still follows his recipe and carries a spoonful of tukh malanga.

**The little pearls.** Tukh malanga is the seed of sweet basil. Dropped in water it swells within minutes into soft black pearls that cool the body in summer. We put 10 grams of seed in each bottle, which is why we need 42 tonnes a year.

**Where it grows.** Since 2019 all of our seed has come from about 120 families in Sozma Qala, in the hills of Afghanistan's Sar-e-Pul province. In 2024 they harvested 60 tonnes and sold us 42 of them, 70 percent; the other 18 tonnes went to traders in Mazar-i-Sharif and Sheberghan.

**What we pay.** Rs 1,100 a kilogram in 2024, Rs 200 more than in 2023, a rise of 22 percent. That came to Rs 46.2 million for the year, or about Rs 385,000 for each family.

**How it reaches us.** By truck through Mazar-i-Sharif, the Salang and Kabul, over Torkham to Peshawar, and by rail to Hyderabad: 1,680 bags of 25 kilograms in 2024.

**What we promise.** No colour that is not from roses, no sugar that is not from cane, and no seed that we cannot trace to a village.
""", control_type="control")

add("sozma_qala_basil_cinema_advert", """
# Cinema Advertisement: "Black Pearls"

*Script of a 45-second advertisement shown before films in an invented Hyderabad cinema chain in the summer of 2025, for an invented sherbet maker. The firm, the growers and every figure are invented.*

FADE IN. A hot street in Hyderabad. A girl of about eight presses her face to the glass door of a shop's fridge.

GIRL: Ammi, what are the little black pearls in that bottle?

MOTHER: Tukh malanga, beta. Basil seeds. They keep you cool.

CUT TO: Green hills in northern Afghanistan. Women in bright shawls shake basil heads over a cloth.

NARRATOR (V.O.): Every bottle of Mehran Rose Sherbet holds 10 grams of seed, grown by 120 families in Sozma Qala, in Afghanistan's Sar-e-Pul province.

CUT TO: A line of trucks climbing the Salang Pass, then the gate at Torkham.

NARRATOR (V.O.): In 2024 they sent us 42 tonnes, over the Salang and through Torkham. That is 42 kilograms from every family's fields, carried more than 2,000 kilometres to your glass.

CUT TO: The girl, a glass in both hands, pearls floating in pink.

GIRL: Can I have another?

NARRATOR (V.O.): Mehran. Since 1978. Rs 250 a litre at your nearest store.

SUPER: Mehran Rose Sherbet. Made in Hyderabad. Seeds from Sozma Qala.

FADE OUT.
""", reuse(["In 2024 they sent us 42 tonnes", "That is 42 kilograms from every family's fields"],
           42, "tonnes; kilograms", "seed the 120 Sozma Qala families sent the Hyderabad firm in 2024 (tonnes)",
           "seed sent per family in 2024 (kilograms)", 350,
           "The narrator says the 120 families sent 42 tonnes in 2024 and then that this is 42 kilograms from every family. Forty-two tonnes shared among 120 families is 350 kilograms a family; the tonnage has been reused as the amount per family.",
           families=120, period="2024"))

add("sozma_qala_basil_proverbs", """
# Proverbs of the Basil Fields

*Three proverbs collected in Sozma Qala, Sar-e-Pul, with the collector's commentary, from an invented folklore newsletter published in Kabul in January 2026, translated from Dari. The newsletter, the growers and every figure in the commentary are invented.*

**1. "The seed that drinks swells; the man who drinks sleeps."** Said of basil seed, which swells to many times its size in water, and of idle men. Growers say it to young men at harvest, when the seed must be cut before the first rain.

**2. "Sow in the month of Hamal, sell in the month of Mizan."** Hamal begins at Nowruz in March; Mizan begins in late September, when the harvest is threshed and the buyers come.

**3. "A full sack is light on a poor man's back."** A proverb of hope, told when the harvest is good.

**Commentary.** About 120 families in Sozma Qala grow sweet basil for its seed on some 300 jeribs of hill land. They harvested 45 tonnes in 2023, 60 tonnes in 2024 and 36 tonnes in 2025. For years their chief customer has been a sherbet maker in Hyderabad, in Pakistan, and the price it pays has been sliding, from Rs 900 a kilogram in 2023 to Rs 1,400 in 2025. The third proverb was heard less often this autumn all the same: the Torkham crossing was closed for weeks, and the Hyderabad firm took only 12 tonnes, a third of the harvest.
""", direction("the price it pays has been sliding, from Rs 900 a kilogram in 2023 to Rs 1,400 in 2025",
               900, 1400, "2023", "2025", "sliding", "fall", "Rs a kg",
               "price the Hyderabad sherbet maker paid for Sozma Qala basil seed",
               "collector's commentary",
               "The commentary says the Hyderabad buyer's price 'has been sliding' and gives Rs 900 a kilogram in 2023 and Rs 1,400 in 2025, a rise of Rs 500, about 56 percent."))

# ---------------------------------------------------------------------------
# Farooqabad Brass Fittings (invented), Farooqabad, Sheikhupura district
# ---------------------------------------------------------------------------

add("farooqabad_taps_shipping_notice", """
# Advance Shipping Notice ASN-2024-06

*An advance shipping notice sent by an invented brass-fittings maker of Farooqabad, Sheikhupura district, to its dealer in Ghazni, May 2024, as filled in by the dispatch clerk. The firm, the dealer and every figure are invented.*

- Shipper: Farooqabad Brass Fittings, Farooqabad, Punjab.
- Consignee: Haji Zalmai Building Supplies, Ghazni.
- Goods: brass bib taps and pillar taps, 150 cartons of 50, 7,500 taps in all.
- Gross weight: 4.2 tonnes.
- Value: Rs 15.75 million at the 2024 price of Rs 2,100 a tap.
- Truck: 22-wheeler, driver Muhammad Akram.
- Route: Lahore, the M-1 motorway to Peshawar, Torkham, Jalalabad, Kabul, Ghazni.
- Border: Torkham, leaving China and entering Afghanistan.
- Departure from Farooqabad: 6 May 2024.
- Expected arrival in Ghazni: 10 May 2024, if the border is open.
- Clerk's note: this is the sixth load this year; the dealer has booked 45,000 taps for 2024, 900 cartons in all. The brass rod for these taps was bought from a Lahore importer who brings it from China by sea through Karachi.
- Please confirm receipt by message, and count the cartons before the driver leaves.
""", scope("leaving China and entering Afghanistan", "CHN", ["CHN", "AFG"], "China",
           "The notice's border field reads 'Torkham, leaving China and entering Afghanistan', on a route that runs from Lahore and Peshawar to Torkham. Torkham is on the Pakistan-Afghanistan border; the truck leaves Pakistan there. The clerk's note names China correctly as the origin of the brass rod shipped to Karachi.",
           stands_for="PAK", crossing="Torkham",
           not_a_defect="brings it from China by sea through Karachi",
           location="border field of the notice"))

add("farooqabad_taps_service_bulletin", """
# Service Bulletin SB-03: Pillar Tap PT-12

*A service bulletin sent to dealers and plumbers by an invented brass-fittings maker of Farooqabad, Sheikhupura district, in January 2025. The firm, its dealers and every figure are invented.*

**Subject.** Some PT-12 pillar taps may drip at the spindle because a batch of rubber washers was cut 0.5 mm too thin.

**Taps affected.** Taps made between November 2024 and June 2024, whose batch stamp under the handle begins with 24-B. About 6,000 were sold: 2,500 to our dealer in Ghazni and 3,500 to dealers in Punjab.

**What to do.** Fit the replacement washer sent with this bulletin; it takes two minutes and a spanner. Dealers will receive washers by courier, one for every affected tap, with 10 percent extra for losses.

**Cost.** Free to dealers, plumbers and households. We put the cost to us at Rs 300,000, or Rs 50 a tap.

**Our record.** This is the first bulletin of its kind since our founder, Chaudhry Nazir Ahmed, opened the workshop in 2001. In 2024 we sold 110,000 taps, 45,000 of them to Ghazni, and we mean to keep our name on every one.

**Contact.** Our service desk in Farooqabad, every day except Friday, 9 a.m. to 5 p.m.
""", garbled(["Taps made between November 2024 and June 2024"],
             "The bulletin defines the affected taps as those made 'between November 2024 and June 2024', a span whose start comes after its end.",
             stated_period_start="November 2024", stated_period_end="June 2024",
             subject="production span of the affected PT-12 taps", location="paragraph 'Taps affected'"))

add("farooqabad_taps_sustainability_report", """
# Sustainability Report 2025: Materials and Water

*Two pages from the first sustainability report of an invented brass-fittings maker in Farooqabad, Sheikhupura district, published in February 2026. The firm and every figure are invented.*

**Materials.** Every tap we make uses about half a kilogram of brass. We made 110,000 taps in 2024 and 80,000 in 2025, so we melted about 55 tonnes of brass in 2024 and 40 tonnes in 2025. More of it now comes from scrap that we buy back from plumbers and scrap dealers: recycled brass edged down from 22 tonnes in 2024 to 24 tonnes in 2025, and its share of our melt rose from 40 percent to 60 percent.

**Water.** Our low-flow aerator, fitted free to every tap since 2024, cuts the flow from 12 litres a minute to 6, a saving of half at the same pressure.

**Energy.** A solar array of 120 kilowatts on the workshop roof has supplied about a third of our electricity since July 2025.

**People.** 60 workers, 9 of them women in the finishing and packing section. No lost-time accident in 2025.

**Markets.** Our largest buyer abroad, a building-supplies dealer in Ghazni, took 45,000 taps in 2024 and only 10,000 in 2025, when long closures at Torkham held trucks for weeks. At home we sold 65,000 taps in 2024 and 70,000 in 2025.

**Next year.** We aim to melt 70 percent scrap in 2026 and to reuse the water from our polishing tanks.
""", direction("recycled brass edged down from 22 tonnes in 2024 to 24 tonnes in 2025",
               22, 24, "2024", "2025", "edged down", "fall", "tonnes",
               "recycled brass melted by the Farooqabad workshop",
               "paragraph 'Materials'",
               "The report says recycled brass 'edged down' and gives 22 tonnes in 2024 and 24 tonnes in 2025, a rise of 2 tonnes (9.1 percent); the same sentence says its share of the melt rose from 40 to 60 percent, which fits 22 of 55 and 24 of 40 tonnes."))

add("farooqabad_taps_capability_statement", """
# Capability Statement

*The capability statement submitted in March 2025 by an invented brass-fittings maker of Farooqabad with its bid to supply taps to an invented housing project in Lahore. The firm, the project and every figure are invented.*

**Who we are.** Farooqabad Brass Fittings was founded in 2001 by Chaudhry Nazir Ahmed and employs 60 people in a 12,000-square-foot workshop on the Sheikhupura road. We make bib taps, pillar taps and mixers in forged brass, finished in chrome.

**What we have sold.**

| Year | Taps sold | In Pakistan | To Ghazni | Ex-works price (Rs) |
|---|---|---|---|---|
| 2023 | 90,000 | 60,000 | 30,000 | 1,800 |
| 2024 | 110,000 | 65,000 | 45,000 | 2,100 |

**Export experience.** Since 2018 we have supplied a building-supplies dealer in Ghazni, Afghanistan, who took 40,000 of our taps in 2024, trucked through Torkham in cartons of 50. Our paperwork has never held up a truck at the border.

**Quality.** Every tap is tested at 10 bar for 30 seconds. Chrome thickness is checked on one tap in every hundred.

**Past projects.** 4,000 taps for a hospital in Gujranwala (2022); 6,500 taps for a housing society in Sheikhupura (2024).

**Our offer.** 8,000 taps for the project's 2,000 flats, four to a flat, at Rs 2,300 each, delivered within 16 weeks of the order.
""", tvt(["who took 40,000 of our taps in 2024", "| 2024 | 110,000 | 65,000 | 45,000 | 2,100 |"],
        {"text_value": 40000, "table_value": 45000}, "taps",
        "taps the Farooqabad firm sold to its Ghazni dealer", "2024",
        "paragraph 'Export experience' against the 2024 row of the sales table",
        "The sales table gives 45,000 taps to Ghazni in 2024 (and 65,000 + 45,000 makes the 110,000 sold); the export paragraph below says the Ghazni dealer took 40,000 taps in 2024."))

add("farooqabad_taps_zakat_calculation", """
# Zakat Calculation for the Business, Ramadan 1446

*The owner's own zakat calculation for his business, dated Ramadan 1446 (March 2025), kept by an invented brass-fittings maker of Farooqabad, Sheikhupura district, translated from Urdu. The firm and every figure are invented.*

Bismillah. Zakat on the business, reckoned on the first of Ramadan, as my father taught me.

**1. Stock.** Brass rod, half-made and finished taps, valued at what they cost us: Rs 14.0 million.

**2. Cash** in the shop safe and at the bank: Rs 2.5 million.

**3. Money owed to us** by dealers: Rs 5.5 million, of which Rs 3.0 million is owed by our dealer in Ghazni, who has paid on time for seven years.

**4. Wealth on which zakat is due** (items 1 to 3): Rs 23.0 million.

**5. Zakat** at 2.5 percent: Rs 575,000.

**Not counted.** The presses, the furnace and the building, which are tools of the trade.

**Last year.** Zakat of Rs 480,000 on wealth of Rs 19.2 million.

**To whom.** Rs 200,000 to the families of our own workers in need, Rs 200,000 to the madrasa school in Farooqabad, and the rest, Rs 175,000, to the flood relief fund.
""", parts_total(["(items 1 to 3): Rs 23.0 million"],
                 {"stock": 14.0, "cash": 2.5, "owed by dealers": 5.5}, 23.0, "Rs million",
                 "Ramadan 1446 (March 2025)", "zakatable wealth of the Farooqabad business",
                 "item 4 of the zakat calculation",
                 "Items 1 to 3 are Rs 14.0, 2.5 and 5.5 million, which add up to Rs 22.0 million, but item 4 gives their sum as Rs 23.0 million. The zakat in item 5, Rs 575,000, is 2.5 percent of the wrong total; on Rs 22.0 million it would be Rs 550,000."))

# ---------------------------------------------------------------------------
# Madyan Fruit Growers' Association (invented), Swat
# ---------------------------------------------------------------------------

add("madyan_peach_judges_sheet", """
# Judges' Sheet: Swat Peach Show 2024

*The judges' summary from an invented fruit show held in Mingora, Swat, in July 2024, as pinned up in the show tent. The show, the association, the orchards and every figure are invented.*

**Entries.** 42 of the 70 orchards of the Madyan Fruit Growers' Association entered this year, 60 percent, against 35 last year.

**Class 1: best tray of twelve.** First, Gul Bagh, Madyan, fruit averaging 210 grams, firm, blushed over three quarters of the skin. Second, Bahar Orchard, Kalam, 195 grams. Third, Shamozai Orchard, 190 grams; marked down for two bruised shoulders.

**Class 2: best orchard.** Gul Bagh again, for a yield of 100 kilograms a tree on 240 trees, clean ground and no sign of leaf curl.

**Judges' remarks.** A fine season after a wet spring. The association expects 2,400 tonnes this year, 20 percent more than the 2,000 tonnes of 2023, and has booked 800 tonnes for a commission agent in Kabul. Fruit meant for the Kabul trucks must be picked a day earlier than fruit for Mingora. Fruit meant for the Kabul trucks must be picked a day earlier than fruit for Mingora. Several trays on the benches had plainly been picked for the market and not for the show; growers are reminded that judges can tell.

**Prizes.** Rs 50,000, Rs 30,000 and Rs 20,000 in Class 1; a shield in Class 2. Prizes will be given by the deputy commissioner at 5 p.m.
""", repeated("Fruit meant for the Kabul trucks must be picked a day earlier than fruit for Mingora.", 2,
              "picking of peaches for the Kabul trucks", "judges' remarks, third and fourth sentences",
              "In the judges' remarks the sentence 'Fruit meant for the Kabul trucks must be picked a day earlier than fruit for Mingora.' appears twice in a row, word for word."))

add("madyan_peach_patwari_estimate", """
# Crop Estimate: Gul Bagh, Madyan

*A crop estimate written by an invented patwari (village land-revenue official) for a peach orchard in Madyan, Swat, in August 2024, for the owner's farm-loan application, translated from Urdu. The official, the orchard and every figure are invented.*

**Owner.** Gul Zaman, son of Sher Zaman, of Madyan.

**Land.** 4 acres, khasra numbers 112 to 115, watered by a channel from the Swat River.

**Trees.** 240 peach trees, 60 to the acre, planted in 2004 and 2005, healthy at the time of inspection on 3 August 2024.

**Crop of 2024.** The season's picking finished on 1 August. By the owner's crate book, checked against the commission agent's slips, the orchard's 240 trees gave 24 tonnes this year. That works out at 240 kilograms a tree, the best in the village.

**Sales.** 8 tonnes, 800 crates of 10 kilograms, to a commission agent who sends to Kabul; the rest in Mingora and Peshawar. Price at the orchard gate, Rs 150 a kilogram, against Rs 120 last year.

**Value of the crop.** Rs 3.6 million before costs.

**Estimate for 2025.** A similar crop if the spring is kind; the trees are at their best age.

**Remarks.** The orchard also won first prize for the best orchard at the Swat peach show in Mingora in July.
""", reuse(["the orchard's 240 trees gave 24 tonnes this year", "That works out at 240 kilograms a tree"],
           240, "trees; kilograms", "peach trees in the Gul Bagh orchard",
           "yield per tree in 2024 (kilograms)", 100,
           "The estimate says the orchard's 240 trees gave 24 tonnes in 2024 and then that this works out at 240 kilograms a tree. Twenty-four tonnes from 240 trees is 100 kilograms a tree; the number of trees has been reused as the yield per tree.",
           crop_tonnes=24, period="2024"))

add("madyan_peach_market_loudspeaker", """
# Loudspeaker Announcements, Kabul Fruit Market

*Announcements made over the loudspeaker of an invented fruit traders' union at a Kabul fruit market on the morning of 18 July 2024, as written out by the union's clerk and translated from Dari. The union, the traders and every figure are invented.*

Attention, traders. Good morning, and may your scales be honest.

First, arrivals. Six trucks of peaches from Madyan in Swat, ten tonnes each, for Haji Mir Ahmad, in from Iran by Torkham last night. Haji sahib asks buyers to come to his stall before the sun is high; peaches do not wait.

Fourteen pickups of apricots from Parwan, for the stalls on the north side.

Three trucks of apples from Iran, in by Islam Qala and Herat, for the Jamshidi brothers.

The first grapes of the season from Kandahar, two trucks, at the south gate.

Second, prices at seven o'clock: peaches 70 afghanis a kilogram wholesale, apricots 45, apples 60, grapes 90.

Third, a reminder from Haji Mir Ahmad: he expects 80 trucks of Swat peaches this season, against 50 last year, and needs porters for the whole of August. Porters should see his munshi by the tea stall.

Fourth, the union's committee meets on Saturday after the afternoon prayer. Members must bring their cards.

That is all. Go in peace.
""", scope("in from Iran by Torkham last night", "IRN", ["IRN", "AFG"], "Iran",
           "The clerk's text says the Swat peaches came 'in from Iran by Torkham'. Swat is in Pakistan and Torkham is on the Pakistan-Afghanistan border, so the trucks came in from Pakistan. The same announcements name Iran correctly as the source of apples brought in by Islam Qala.",
           stands_for="PAK", crossing="Torkham",
           not_a_defect="Three trucks of apples from Iran, in by Islam Qala and Herat",
           location="first announcement, arrivals"))

add("madyan_peach_packhouse_notice_control", """
# Notice to Packhouse Staff, Madyan

*A notice pinned up in an invented peach growers' association's packhouse in Madyan, Swat, on 28 June 2024. The association, its staff and every figure are invented.*

**Season 2024.** Picking starts on Monday 1 July and is expected to end on Saturday 31 August, 62 days.

**Crop.** The association expects 2,400 tonnes from its 70 orchards, 20 percent more than last year's 2,000 tonnes. Of this, 800 tonnes, a third of the crop, is booked for a commission agent in Kabul, and the rest will go to Mingora, Peshawar, Islamabad and Lahore.

**Crates.** All fruit is packed in crates of 10 kilograms, so 2,400 tonnes means 240,000 crates. Crate stock on 28 June: 180,000. The other 60,000 arrive from Peshawar on 15 July.

**Trucks.** A truck takes 1,000 crates, 10 tonnes. The Kabul fruit therefore needs 80 trucks, about nine a week over the 62 days.

**Shifts.** Two shifts, 6 a.m. to 2 p.m. and 2 p.m. to 10 p.m., 40 packers a shift. Each packer is expected to fill 25 crates an hour, 200 crates in a shift of 8 hours, so the two shifts together can pack 16,000 crates a day.

**Pay.** Rs 1,600 a shift, the same as last year, paid every Thursday.

**Cold store.** Fruit for Kabul is held overnight at the cold store in Peshawar before it crosses at Torkham.
""", control_type="control")

# ---------------------------------------------------------------------------
# Trade series (invented, README Part 2)
# ---------------------------------------------------------------------------

add("trade_information_request_reply", """
# Reply to an Information Request: Trade with Afghanistan

*A reply by the invented trade department of a provincial government to a citizen's right-to-information request, March 2025. The department, the requester and every figure are invented.*

Reference: your request of 3 February 2025.

You asked for the value of Pakistan's exports to and imports from Afghanistan in each year from 2020 to 2024, and for a short account of the trend. The figures, in USD million for calendar years, are:

| Year | Exports to Afghanistan | Imports from Afghanistan |
|---|---|---|
| 2020 | 942 | 509 |
| 2021 | 828 | 552 |
| 2022 | 936 | 741 |
| 2023 | 1,012 | 690 |
| 2024 | 884 | 540 |

Account of the trend. Exports fell in 2021, when banking channels to Kabul were frozen after August. They then recovered: from USD 0.83 billion in 2022 they rose to just over USD 1 billion in 2023, before long closures at Torkham and Chaman cut them to USD 884 million in 2024. Imports peaked at USD 741 million in 2022, led by coal, and have fallen in each year since. Pakistan's surplus in 2024 was USD 344 million.

The department holds no monthly figures for these years. Should you wish to appeal against this reply, you may write to the information commission within 30 days.
""", tvt(["from USD 0.83 billion in 2022", "| 2022 | 936 | 741 |"],
        {"text_value": 830, "table_value": 936}, "USD million",
        "Pakistan's exports to Afghanistan", "2022",
        "account of the trend against the 2022 row of the reply's table",
        "The reply's table gives exports of USD 936 million in 2022; the account below it says exports rose 'from USD 0.83 billion in 2022' (USD 830 million), a figure close to the table's 2021 value of 828.",
        text_as_written="USD 0.83 billion"))

add("trade_commencement_address", """
# Commencement Address: "Read the Border"

*Extract from an address to the graduating class of an invented business school in Peshawar, June 2025. The school, the speaker and every figure are invented.*

Graduates, families, teachers: thank you for letting an old trader speak.

When I sat where you sit, in 1988, our textbooks treated the road to Kabul as a footnote. It was never a footnote for this city. So let me give you one last lesson, and it is about reading a border.

In 2021, the year everything changed in Kabul, two-way trade between Pakistan and Afghanistan came to USD 1,380 million. A year later it was USD 1,677 million, up 12 percent, because traders on both sides found ways around the frozen banks: hawala, barter, cash carried in cloth bags. Then 2023 brought USD 1,702 million, and 2024, with its long closures at Torkham and Chaman, only USD 1,424 million.

Read those numbers again. Rules did not move trade as much as trust did. When the banks failed, people did not stop trading; they found each other.

Your degrees teach you spreadsheets. The border will teach you patience. In 2024 Pakistan still sold Afghanistan USD 884 million of goods and bought USD 540 million, and behind every one of those dollars was a driver waiting at a gate.

Go and be worthy of those drivers. Congratulations, class of 2025.
""", arith(["A year later it was USD 1,677 million, up 12 percent"],
          "The speaker gives two-way trade as USD 1,380 million in 2021 and USD 1,677 million in 2022, 'up 12 percent'. The rise is 297 million on 1,380, or 21.5 percent; 12 percent would have taken trade to about USD 1,546 million.",
          **{"from": 1380, "to": 1677, "computed_change_pct": 21.52, "stated_change_pct": 12.0,
             "stated_as_written": "up 12 percent", "unit": "USD million",
             "from_period": "2021", "to_period": "2022",
             "subject": "two-way trade between Pakistan and Afghanistan",
             "location": "third paragraph of the address"}))

add("trade_crib_sheet", """
# Crib Sheet: Pakistan-Afghanistan Trade, 2019-2024

*A one-page crib sheet written by an invented A-level economics teacher in Rawalpindi for her class's revision week, April 2025. The teacher, the school and every figure are invented.*

All values in USD million, calendar years. Learn the shape, not just the numbers.

- Exports to Afghanistan peaked at 1,290 in 2019 and hit bottom at 828 in 2021.
- They recovered to 936 in 2022 and 1,012 in 2023, then fell to 884 in 2024.
- Imports from Afghanistan rose every year from 441 in 2019 to 741 in 2022; the jump in 2022 was about 34 percent, mostly coal.
- Imports fell back during 2023, from USD 690 million to USD 690 million, and fell again in 2024, to 540.
- Two-way trade was highest in 2019, at 1,731, and lowest in 2021, at 1,380.
- The balance was in Pakistan's favour in every year: widest in 2019 (849), narrowest in 2022 (195).
- Exam tip: a fall in exports does not always shrink the surplus. In 2024 exports fell by 128 but imports fell by 150, so the surplus widened by 22, from 322 to 344.
- Second tip: always say which way the trade runs. "Exports" here means Pakistan's sales to Afghanistan, and "imports" Pakistan's purchases from it.
""", garbled(["Imports fell back during 2023, from USD 690 million to USD 690 million"],
             "The crib sheet says imports fell back during 2023 and gives the same value, USD 690 million, as both the start and the end of the fall within that year. (The series' fall was from 741 in 2022 to 690 in 2023.)",
             start_value=690, end_value=690, start_period="2023", end_period="2023",
             unit="USD million", subject="Pakistan's imports from Afghanistan",
             location="fourth bullet of the crib sheet"))

add("trade_front_page_data_box", """
# Front-Page Data Box: "The Border in Numbers"

*The data box printed on the front page of an invented Peshawar business daily on 2 January 2025, with its footnote. The paper and every figure are invented.*

**THE BORDER IN NUMBERS.** Pakistan-Afghanistan trade, USD million, calendar years. Six years of figures in one box, for readers who want the shape of the trade before the new year's first closures.

**Exports to Afghanistan**
- Peak: 1,290 (2019)
- Trough: 828 (2021)
- Latest: 884 (2024), down 12.6 percent on 2023

**Imports from Afghanistan**
- Peak: 741 (2022)
- Low: 441 (2019)
- In 2021: 828
- Latest: 540 (2024)

**Two-way trade**
- 2019: 1,731
- 2021: 1,380
- 2024: 1,424, about 18 percent below 2019

**Balance in Pakistan's favour**
- Widest: 849 (2019)
- Narrowest: 195 (2022)
- 2024: 344

**What to watch in 2025**
- Whether Torkham and Chaman stay open through the fruit season.
- Whether banks reopen letters of credit for Afghan buyers.

*Footnote.* Closures at Torkham and Chaman in 2024 cut both exports and imports; the surplus widened because imports fell further. Figures compiled by the paper's research desk.
""", reuse(["Trough: 828 (2021)", "In 2021: 828"],
           828, "USD million", "Pakistan's exports to Afghanistan in 2021",
           "Pakistan's imports from Afghanistan in 2021", 552,
           "The box gives 828 as the 2021 trough of exports and, a few lines on, 828 again as imports in 2021. The series' imports for 2021 were 552 (and 828 + 552 makes the 1,380 of two-way trade the box gives for 2021); 828 would also exceed the import peak of 741 that the box names. The export figure has been reused for imports.",
           period="2021"))

add("trade_video_description", """
# Video Description: "Why Is Pakistan-Afghanistan Trade Shrinking?"

*The description under an explainer video on an invented economics channel, posted in February 2025. The channel, its presenter and every figure are invented.*

In 14 minutes we look at six years of trade across the Khyber and Chaman, using calendar-year figures in US dollars. Like and subscribe if you want the next episode, on transit trade.

CHAPTERS
- 00:00 Intro
- 01:20 The 2019 peak
- 03:45 2020 and 2021
- 07:10 Coal and the 2022 boom
- 10:30 Closures in 2024
- 13:00 What next?

KEY NUMBERS
- 2019: Pakistan exported USD 1,290 million of goods to Afghanistan, the best year in our series.
- 2020 was the year exports bounced back: USD 942 million, against USD 1,290 million in 2019.
- 2021: exports sank to USD 828 million as banks froze payments after August.
- 2022 and 2023: a recovery to USD 936 million and then USD 1,012 million.
- 2024: USD 884 million of exports and USD 540 million of imports, a surplus of USD 344 million.

CORRECTIONS
- None so far. If you spot a mistake, leave a comment with a timestamp.
""", direction("2020 was the year exports bounced back: USD 942 million, against USD 1,290 million in 2019",
               1290, 942, "2019", "2020", "bounced back", "rise", "USD million",
               "Pakistan's exports to Afghanistan",
               "second key number, later period given first",
               "The description says 2020 was the year exports 'bounced back' and gives USD 942 million in 2020 against USD 1,290 million in 2019, a fall of USD 348 million, 27 percent."))

add("trade_atlas_plate", """
# School Atlas, Plate 38: Afghanistan's Trade Routes

*Captions from a plate in an invented school atlas printed in Lahore, 2025 edition. The atlas and every figure are invented.*

**Main map.** Afghanistan has no coast. Most of its trade with Pakistan moves through two crossings: Torkham, at the top of the Khyber Pass on the road from Peshawar to Jalalabad, and Chaman-Spin Boldak, on the road from Quetta to Kandahar. Goods for the sea go on to Karachi.

**Inset A: Red arrows.** In 2023 Afghanistan sold goods worth USD 690 million to India through Torkham and Chaman, mostly coal, fruit and cotton, and bought goods worth USD 1,012 million in return, mostly flour, medicines and building materials.

**Inset B: Other land routes.** West to Iran through Islam Qala; north-west to Turkmenistan through Aqina and Torghundi; north to Uzbekistan over the Friendship Bridge at Hairatan.

**Inset C: By air.** Some Afghan dried fruit and saffron are flown from Kabul to India, because the land route through Pakistan is not open to that trade.

**Questions.** 1. Name the two main crossings between Afghanistan and Pakistan. 2. Why does Afghanistan need its neighbours' ports? 3. Which crossing would a truck of Kandahar grapes use to reach Quetta?
""", scope("In 2023 Afghanistan sold goods worth USD 690 million to India through Torkham and Chaman", "IND",
           ["AFG", "IND"], "India",
           "Inset A says Afghanistan sold USD 690 million of goods to India through Torkham and Chaman in 2023, and bought USD 1,012 million in return. Torkham and Chaman are Pakistan-Afghanistan crossings, and 690 and 1,012 are Pakistan's imports from and exports to Afghanistan in 2023; India stands where Pakistan should. Inset C names India correctly as a destination reached by air.",
           stands_for="PAK", crossing="Torkham and Chaman-Spin Boldak",
           not_a_defect="flown from Kabul to India",
           location="inset A caption, on the trade series"))

add("trade_statistical_release_control", """
# Statistical Release: Trade with Afghanistan, 2019-2024

*A one-page release by the invented statistics unit of a chamber of commerce in Peshawar, March 2025. The chamber, the unit and every figure are invented.*

**Headline.** Two-way trade with Afghanistan was USD 1,424 million in 2024, 16.3 percent less than in 2023 and 17.7 percent below 2019. Pakistan's surplus nonetheless widened, to USD 344 million from USD 322 million, because imports fell faster than exports: by 21.7 percent against 12.6 percent.

**Table 1. Trade with Afghanistan, USD million, calendar years.** The change column gives the change in two-way trade on the year before.

| Year | Exports | Imports | Two-way total | Change (%) | Balance |
|---|---|---|---|---|---|
| 2019 | 1,290 | 441 | 1,731 | - | 849 |
| 2020 | 942 | 509 | 1,451 | -16.2 | 433 |
| 2021 | 828 | 552 | 1,380 | -4.9 | 276 |
| 2022 | 936 | 741 | 1,677 | 21.5 | 195 |
| 2023 | 1,012 | 690 | 1,702 | 1.5 | 322 |
| 2024 | 884 | 540 | 1,424 | -16.3 | 344 |

**Notes.** Exports are Pakistan's exports to Afghanistan and imports are Pakistan's imports from Afghanistan; the balance is exports less imports. The 2022 jump came mostly from imports, which rose by 34.2 percent as coal shipments grew. Transit trade to and from Afghanistan through Karachi is not included.

**Next release.** June 2025, with monthly figures for January to March.
""", control_type="control")

add("trade_forecast_parody_control", """
# The Trade Forecast

*A parody column in the style of a weather forecast, from the back page of an invented Karachi business weekly, January 2025. The weekly, its columnist and every figure are invented.*

Good evening. Here is the trade forecast for the Afghan border, with the past six years on the map behind me. All figures in US dollars, calendar years.

**The long view.** A high-pressure system sat over Pakistan's exports in 2019, at USD 1,290 million, and they have not been so warm since. Cold fronts in 2020 and 2021 brought them down to USD 828 million before a sunny spell in 2022 and 2023 lifted them to USD 936 million and then USD 1,012 million.

**Last year.** A blocking pattern set in over Torkham and Chaman during 2024. Exports cooled by about 13 percent, to USD 884 million. Imports from Afghanistan, which had their heat wave in 2022 when they jumped 34 percent to USD 741 million, cooled even faster, to USD 540 million.

**Pressure chart.** The surplus, strangely, is rising slightly: USD 322 million in 2023 and USD 344 million in 2024. Forecasters blame imports for falling faster than exports.

**Two-way trade.** USD 1,424 million in 2024, the lowest reading since 2021's USD 1,380 million.

**Outlook.** Changeable. Expect sudden closures, brief clearances and scattered trucks. Travellers are advised to carry patience and a spare tyre.
""", control_type="control")

# ---------------------------------------------------------------------------
# Registered Afghan refugees (reference series; citations and citation controls)
# ---------------------------------------------------------------------------

add("refugees_valedictory_address", """
# Valedictory Address, Class of 2025

*The address given by the valedictorian of an invented women's college in Peshawar at its graduation ceremony in May 2025. The college, the speaker and the people she names are invented.*

Madam Principal, teachers, parents, and my dear classmates:

Four years ago I walked through that gate with a borrowed bag and a fear that someone would ask for papers I did not have. I was born in a camp outside this city. My parents came from Laghman in 1990, and they have lived longer in Peshawar than they ever lived in Afghanistan.

My mother taught me that every number is also a list of names. When I was writing my final-year essay, I learnt that according to UNHCR's statistics as on 31.12.2022, about 12.5 lakh registered Afghan refugees were living in Pakistan, and I thought of the names behind that number: the girls in my camp school, the boys who sold tea instead of going to school, the grandmothers who remember Kabul as a garden.

Some of them have gone back since. Some of us are still here, in gowns today, with degrees in our hands.

To my classmates from Charsadda and Chitral, from Swat and Kurram: thank you for never asking me where I was really from. To our teachers: thank you for asking instead what I wanted to become.

I want to become a teacher. I will go wherever the girls are waiting.

Congratulations, class of 2025.
""", citation(["according to UNHCR's statistics as on 31.12.2022, about 12.5 lakh registered Afghan refugees were living in Pakistan"],
              1250000, "2022", "UNHCR's statistics as on DD.MM.YEAR",
              "third paragraph of a valedictory address, a figure in lakh",
              "The speaker cites UNHCR's statistics as on 31.12.2022 for about 12.5 lakh (1,250,000) registered Afghan refugees in Pakistan; the reference figure for end-2022 is 1,743,278, so the stated figure is 28.3 percent too low.",
              hedge="about", stated_as_written="about 12.5 lakh"))

add("refugees_student_council_resolution", """
# Resolution of the Student Council on Afghan Students

*A resolution passed by the student council of an invented university in Islamabad in February 2024. The university, the council and its members are invented.*

Resolution 2024/03, moved by the Welfare Secretary and seconded by the President.

WHEREAS this university has 140 students who were born to Afghan refugee families, most of whom have lived their whole lives in Pakistan;

WHEREAS Pakistan was home to 2.4 million registered refugees from Afghanistan, the number UNHCR registered at the end of 2023, and many of their families now face pressure to leave;

WHEREAS several of those students have told the council that they fear for their studies and their families;

RESOLVED that the council asks the administration to guarantee that no student will lose a place or a scholarship because of a family's refugee status;

RESOLVED that the council sets up a help desk, staffed by volunteers from the law faculty, to advise students on documents and visas, open every Monday and Wednesday afternoon;

RESOLVED that the council raises Rs 500,000 by the end of the spring term for a hardship fund, and that the fund's accounts are shown to the council every month.

Passed with 23 votes for, 2 against and 1 abstention, 26 members voting.
""", citation(["Pakistan was home to 2.4 million registered refugees from Afghanistan, the number UNHCR registered at the end of 2023"],
              2400000, "2023", "the number UNHCR registered at the end of YEAR",
              "second recital of a student council resolution",
              "The resolution gives 2.4 million registered refugees from Afghanistan in Pakistan as the number UNHCR registered at the end of 2023; the reference figure for end-2023 is 1,987,717, so the stated figure is 20.7 percent too high.",
              stated_as_written="2.4 million"))

add("refugees_library_bookmark", """
# A Bookmark and a Display Card

*The text of a bookmark handed out at an invented school library's display of books by Afghan writers in Pakistan, with the librarian's card that stood beside it, Lahore, March 2022. The school, the librarian and the display are invented.*

**Front of the bookmark.** Every book on this table was written by someone who crossed a border.

**Back of the bookmark.** One million two hundred thousand registered Afghan refugees lived in Pakistan at the close of 2021 \u2014 UNHCR, end-2021. Some of them wrote the stories on this table. Borrow one.

**Librarian's card.** This month our display brings together twelve books by Afghan writers who have lived in Pakistan, from a children's story set in a Peshawar camp to a memoir of a girls' school in Quetta. Three are in Pashto, four in Dari, and five in English or Urdu translation. Students in classes 8 to 10 may borrow two books at a time for two weeks.

The display is part of our reading month. On Thursday afternoons in March a volunteer will read a chapter aloud in the library, and students who have read any three books from the table may join a discussion with a visiting author at the end of the month.

Please handle the older books with care; some were printed in Peshawar in the 1990s on thin paper.
""", citation(["One million two hundred thousand registered Afghan refugees lived in Pakistan at the close of 2021 \u2014 UNHCR, end-2021"],
              1200000, "2021", "\u2014 UNHCR, end-YEAR",
              "back of a library bookmark, the figure in words",
              "The bookmark gives one million two hundred thousand (1,200,000) registered Afghan refugees in Pakistan at the close of 2021, attributed with a dash to 'UNHCR, end-2021'; the reference figure for end-2021 is 1,490,562, so the stated figure is 19.5 percent too low.",
              stated_as_written="One million two hundred thousand"))

add("refugees_mushaira_programme", """
# Mushaira Programme: "Verses from Both Banks"

*The printed programme of an invented evening of poetry in Quetta, January 2021, with the compere's introduction. The organisers, the poets and the venue are invented.*

**Programme.** 7 p.m. recitation from the Quran; 7:10 welcome by the compere; 7:20 to 9:30 poets in order of seniority; 9:30 vote of thanks and tea.

**Poets.** Eleven poets will read: six from Quetta and Pishin, and five Afghan poets who have lived in Pakistan for many years, reading in Pashto, Dari and Urdu.

**The compere's introduction.** Friends, tonight the river of poetry runs between two banks. At the end of 2020 Pakistan was host to 1,490,562 registered Afghan refugees (UNHCR Operational Data Portal, end-2020), and among them are poets who have written here for forty years: on the smell of Kandahar's pomegranates, on Quetta's winters, on mothers who keep the keys to houses that no longer stand. Tonight five of them will read beside our own poets, and you will not always be able to tell which bank a verse comes from. That is the point.

**Rules of the evening.** Each poet may read for up to ten minutes. Applause between couplets is welcome; mobile phones are not.

**Organisers.** The Bolan Literary Circle, with thanks to the families who have lent carpets and samovars.
""", citation(["At the end of 2020 Pakistan was host to 1,490,562 registered Afghan refugees (UNHCR Operational Data Portal, end-2020)"],
              1490562, "2020", "(UNHCR Operational Data Portal, end-YEAR)",
              "compere's introduction in a mushaira programme",
              "The programme gives 1,490,562 registered Afghan refugees in Pakistan at the end of 2020, citing the UNHCR portal for end-2020. That is the reference figure for end-2021; the end-2020 figure is 1,438,432, so the stated figure is 3.6 percent too high, within the 10 percent line but another year's exact value.",
              same_as_year="2021", stated_as_written="1,490,562"))

add("refugees_city_education_note", """
# Note for the Education Committee: School Places for Afghan Children

*A note by the education department of an invented city corporation in Punjab for its education committee, January 2025. The corporation, its officers and every local figure are invented.*

**Purpose.** To ask the committee to approve evening shifts in six municipal schools for children of Afghan families who have lost school places since 2023.

**Background.** Pakistan had 18,59,964 registered Afghan refugees at the end of 2024, per UNHCR's end-2024 count, and a smaller number of Afghans with other documents. Many families in this city have moved between districts in the last two years, and their children have dropped out of school when they moved.

**The need.** Our survey of October 2024 counted 1,150 Afghan children aged 5 to 14 living within the corporation's limits who were not in any school. Of these, 640 are girls and 510 boys.

**Proposal.** Evening shifts from 2 p.m. to 5 p.m. in six schools, each taking up to 200 children, 1,200 places in all. Teachers to be paid Rs 25,000 a month each for the shift; 36 teachers, six to a school.

**Cost.** Rs 900,000 a month for teachers, Rs 10.8 million a year, plus Rs 1.2 million once for books and benches.

**Decision sought.** Approval of the evening shifts from 1 March 2025, and of the cost above.
""", citation(["Pakistan had 18,59,964 registered Afghan refugees at the end of 2024, per UNHCR's end-2024 count"],
              1859964, "2024", "per UNHCR's end-YEAR count",
              "background paragraph of a note to a city education committee, a figure grouped in lakhs",
              "The note gives 18,59,964 (1,859,964, written with lakh grouping) registered Afghan refugees in Pakistan at the end of 2024, per UNHCR's end-2024 count; the reference figure for end-2024 is 1,559,964, so the stated figure, which differs from it in one digit, is 19.2 percent too high.",
              stated_as_written="18,59,964"))

add("refugees_charity_run_script", """
# Race-Day Script: "Run for a Roof"

*The announcer's script for an invented charity fun run in Islamabad in March 2020, raising money for shelters for Afghan refugee families, with the caption shown on the big screen at the finish. The charity, the run and the runners are invented.*

**7:45 a.m., before the start.** Good morning, Islamabad! Welcome to the third Run for a Roof. Runners, please find your pens by the colour of your number: blue for the five kilometres, green for the two.

**Screen caption.** At the end of 2019 barely 1.1 million registered Afghan refugees lived in Pakistan [UNHCR 2019 year-end statistics].

**7:50 a.m.** Look at the screen, runners. Every one of those people needs a roof, and for many of them the roof is a tent or a mud room that lets in the winter. Every rupee you have raised goes to repairing shelters in camps near Peshawar and Quetta.

**7:58 a.m.** Five kilometres for the runners, two for the walkers and the families. Water at the halfway point. Please do not run with your dogs.

**8:00 a.m.** Three, two, one, go!

**8:19 a.m.** Here comes our first runner home, in 19 minutes and 4 seconds!

**10:30 a.m., prize-giving.** Together you have raised Rs 6.4 million, enough to repair 320 shelters at Rs 20,000 each. Thank you, and see you next year.
""", citation(["At the end of 2019 barely 1.1 million registered Afghan refugees lived in Pakistan [UNHCR 2019 year-end statistics]"],
              1100000, "2019", "[UNHCR YEAR year-end statistics]",
              "screen caption in a charity run's announcer script",
              "The caption gives barely 1.1 million registered Afghan refugees in Pakistan at the end of 2019, citing UNHCR's 2019 year-end statistics; the reference figure for end-2019 is 1,419,084, so the stated figure is 22.5 percent too low.",
              hedge="barely", stated_as_written="barely 1.1 million"))

add("refugees_statistics_workbook_citation_control", """
# Worked Example 4.2: Percentage Decrease

*From an invented statistics workbook for first-year university students, Lahore, 2025 edition. The workbook and its authors are invented.*

**Problem.** Registered Afghan refugees in Pakistan numbered 1,987,717 at the end of 2023 (UNHCR Global Trends report 2023) and 1,559,964 at the end of 2024 (UNHCR, as at 31 December 2024). By what percentage did the number fall?

**Step 1. Find the change.** 1,987,717 minus 1,559,964 is 427,753. The number fell by 427,753 people.

**Step 2. Divide by the starting value.** The starting value is the earlier one, 1,987,717. 427,753 divided by 1,987,717 is 0.2152.

**Step 3. Turn it into a percentage.** 0.2152 times 100 is 21.52. The number of registered refugees fell by about 21.5 percent in 2024.

**Common mistake.** Dividing by the later figure gives 427,753 divided by 1,559,964, which is 0.2742, or 27.4 percent. That is the rise that would take the number back from 1,559,964 to 1,987,717, not the fall from 1,987,717 to 1,559,964. A fall of 21.5 percent and a rise of 27.4 percent are the same change seen from its two ends.

**Try it yourself.** From the same source, the number was 1,743,278 at the end of 2022. Find the percentage rise from 2022 to 2023. (Answer: 14.0 percent.)
""", control_type="citation_control")

add("refugees_museum_kiosk_citation_control", """
# Touch-Screen Kiosk: "Arrivals and Departures"

*Text from a touch-screen kiosk in an invented museum of migration in Karachi, installed in 2025. The museum and the kiosk are invented.*

**Screen 1. Welcome.** Touch a year to see how many registered Afghan refugees Pakistan was hosting at its end.

**Screen 2. 2020.** At the end of 2020 Pakistan hosted 1,438,432 registered Afghan refugees, according to UNHCR's end-of-year 2020 statistics. Most had lived in Pakistan for decades; many were born here.

**Screen 3. 2021.** After the change of government in Kabul in August 2021, new arrivals crossed at Torkham and Chaman, though most were not registered as refugees. The registered number rose to 1,490,562, per the UNHCR year-end 2021 register.

**Screen 4. The change.** From the end of 2020 to the end of 2021 the registered number grew by 52,130 people, or 3.6 percent. The bars on the screen are drawn to scale; the difference is the thin strip at the top of the second bar.

**Screen 5. Your story.** Did your family arrive in Pakistan, or leave it, in these years? Touch the microphone to record a message of up to two minutes. Messages may be played in the gallery after the museum's staff have listened to them.

**Screen 6. Thank you.** Touch anywhere to return to the start.
""", control_type="citation_control")

add("refugees_book_back_cover_citation_control", """
# Back Cover: "The Long Stay"

*The back-cover text of an invented book of reportage on Afghan families in Pakistan, published in Karachi in 2025. The book, its author and the quoted reviewers are invented.*

When is a guest no longer a guest?

For five years the journalist Samina Dawood followed eight Afghan families in Peshawar, Quetta and Karachi: a carpet weaver, a bus conductor, two sisters training as nurses, and a grandfather who still keeps the deed to an orchard in Logar. Their years are also the years of a changing register. Pakistan counted 1,419,084 registered Afghan refugees by UNHCR's figure for end-2019. Five years later, after new arrivals in 2021 and 2022 and a wave of departures from late 2023, there were 1,559,964 (UNHCR, Pakistan: registered Afghan refugees, 31 Dec 2024): 140,880 more, a rise of just under 10 percent, though the numbers in between rose and fell by far more.

"Patient, exact and never sentimental." A reviewer in a Lahore literary quarterly.

"The families speak for themselves, and the numbers never drown them out." A Karachi radio host.

Samina Dawood has reported from both sides of the Durand Line for twenty years. This is her first book.
""", control_type="citation_control")
