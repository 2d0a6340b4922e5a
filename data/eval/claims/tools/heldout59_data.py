# Fifty-ninth held-out set of synthetic documents ("heldout59").  Written from
# scratch after heldout58/, by a labeller session that had not opened dyad's
# implementation or history and had not seen any of its results.
# Every entry: name (topic slug, numbered later by build_heldout59.py), text,
# labels (list of defect dicts), control_type for controls.
# Registers not used before: a glass marble works at Shakargarh, Narowal, that
# sold net bags of marbles to a Kabul toy house; a safety pin works at Jampur,
# Rajanpur, that sold pin cards to a Kandahar haberdasher; a sugar cube works at
# Daud Khel, Mianwali, that sold boxes to a Kabul tea-house supplier; a wool
# sock knitting circle in Panjab district, Bamyan, that sold pairs to a
# Peshawar wool dealer; an embroidered cap group in Khakrez, Kandahar, that
# sold caps to a Quetta merchant; a groundnut growers' association at Khan
# Abad, Kunduz, that sold to a Peshawar dry-fruit trader; a clothes peg works
# at Taunsa, Dera Ghazi Khan, that sold packs to a Kabul wholesaler; and macro
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
#   Bajwa Glass Marble Works, Shakargarh (invented), begun 2012 by Chaudhry
#     Iqbal Bajwa; 26 workers, two furnaces, glass from broken bottles; marbles
#     16 mm and 6 g; net bags of 50 (300 g), cartons of 80 bags (24 kg); Rs 90 a
#     bag (2024); bags sold 2021 144,000, 2022 162,000, 2023 180,000, 2024
#     210,000 (2,625 cartons), 2025 150,000; to Haji Qadir Toy House, Pul-e
#     Khishti, Kabul 110,000 / 135,000 / 20,000 (2023-2025), shops in Pakistan
#     70,000 / 75,000 / 130,000.
#   Dreshak Pin Works, Jampur (invented), begun 2009 by Sardar Ghulam Haider
#     Dreshak; 18 workers; cards of 20 pins; 1 kg of wire about 3,000 pins (150
#     cards); cards sold 2023 2.2 million, 2024 2.8 million (56 million pins),
#     2025 1.9 million; to a haberdasher in Kandahar's cloth market (through
#     Quetta and Chaman) 1.5 / 1.9 / 0.4 million, at home 0.7 / 0.9 / 1.5
#     million; 2024 by quarter, thousand cards, Kandahar 400 / 450 / 500 / 550,
#     home 200 / 210 / 230 / 260; Rs 25 a card (2024).
#   Niazi Qand Works, Daud Khel (invented), begun 2015 by Malik Sher Afzal
#     Niazi; 40 workers in two shifts; cubes of 5 g, boxes of 100 cubes (500 g),
#     cartons of 24 boxes (12 kg); Rs 110 a box (2024); boxes sold 2023 620,000,
#     2024 700,000, 2025 480,000 (20,000 cartons); to Haji Rahmatullah, Shor
#     Bazaar, Kabul (buyer since 2016) 380,000 / 430,000 / 60,000, shops in
#     Pakistan 240,000 / 270,000 / 420,000.
#   Panjab Sock Circle, Panjab district, Bamyan (invented), begun 2017 (1396
#     SH) by Bibi Zainab with four women, now 40 knitters, about six pairs a
#     knitter a week; wool Afs 300 a kg, 150 g a pair (Afs 45 of wool
#     a pair); pairs sold 2023 7,800, 2024 9,600, 2025 6,000; to Haji Amanullah
#     & Sons, Karkhano Market, Peshawar 5,400 / 6,600 / 1,200, at home (Bamyan
#     and Kabul bazaars) 2,400 / 3,000 / 4,800; Peshawar paid Rs 650 a pair.
#   Khakrez Cap Embroiderers, Khakrez, Kandahar (invented), begun 2013 (1392
#     SH) by Haji Abdul Bari (1328-1404 SH); 60 embroiderers, about five days a
#     cap; caps sold 2023 3,900, 2024 4,500, 2025 2,800; to Haji Lal Mohammad,
#     Kandahari Bazaar, Quetta 2,700 / 3,200 / 500, shops in Kandahar and Kabul
#     1,200 / 1,300 / 2,300; Rs 2,500 a cap; cartons of 50 caps (6 kg).
#   Khan Abad Groundnut Growers' Association, Khan Abad, Kunduz (invented),
#     begun 2016, 120 member farms; harvest 2023 480 t, 2024 540 t (10,800
#     sacks of 50 kg), 2025 420 t (8,400 sacks); to Haji Fazal Wahid, Peshawar
#     260 / 300 / 60 t, at home 220 / 240 / 360 t (2024: Kunduz bazaar 130,
#     Kabul 110); Peshawar paid Rs 550 a kg (2024).
#   Qaisrani Peg Works, Taunsa (invented), begun 2014 by Mian Nazir Ahmad
#     Qaisrani; 22 workers; kikar wood pegs with steel springs bought from
#     China; packs of 36 pegs, cartons of 20 packs; Rs 120 a pack (2024); packs
#     sold 2023 150,000, 2024 180,000 (9,000 cartons, 64.8 lakh pegs), 2025
#     130,000; to Haji Gul Agha, Jada-e Maiwand, Kabul 90,000 / 110,000 /
#     15,000, at home 60,000 / 70,000 / 115,000.
#   Macro documents: websites, leaflets, radio shows, clubs and prices are
#     invented and kept consistent within each document.

HELDOUT59 = []
from heldout_labels import (  # noqa: F401
    PAIR, REFS, adder, arith, change_pct, citation, direction, garbled, line_of, parts_total, pdf_lines, scope, tvt,
    repeated, reuse,
)

add = adder(HELDOUT59)

# ---------------------------------------------------------------------------
# Bajwa Glass Marble Works (invented), Shakargarh, Narowal
# ---------------------------------------------------------------------------

MARBLE_STATS = pdf_lines([
    ["Year", "Bags sold", "Index (2023 = 100)"],
    ["2021", "144,000", "80.0"],
    ["2022", "162,000", "90.0"],
    ["2023", "180,000", "100.0"],
    ["2024", "210,000", "126.7"],
    ["2025", "150,000", "83.3"],
])

add("shakargarh_marbles_trading_card", """
# Trading Card No. 37: The Marble Makers of Shakargarh

*Front and back of a collectible card from a "Workshops of Punjab" series given away in 2025 with a children's magazine in Lahore. The back was copied from the printer's PDF, so its table comes out as plain text. The works, its people and every figure are invented.*

**Front.** A boy's hand holds a green-and-white marble up to the light, with a furnace glowing behind him. Gold banner: BAJWA GLASS MARBLE WORKS, SHAKARGARH.

**Back.**

Founded: 2012, by Chaudhry Iqbal Bajwa, in a shed beside his father's rice fields.

Crew: 26 workers, two furnaces and one very old fan.

Secret ingredient: broken bottles. The glass is washed, crushed and melted, then rolled while it is soft, and every marble comes out 16 mm wide and about 6 grams in weight.

Pack: a net bag of 50 marbles, with 80 bags to a carton.

Best customer: a toy house in Pul-e Khishti, Kabul, reached through Lahore, Peshawar and Torkham.

Best year: 2024, when the works sold 210,000 bags.

Power stats, bags sold each year, with 2023 as the base of the index:

""" + MARBLE_STATS + """

Rarity: common. Collect all forty cards in the series and swap your doubles with your friends!
""", arith([line_of(MARBLE_STATS, "2024")],
           "The card's index column takes 2023 as 100. The works sold 180,000 bags in 2023 and 210,000 in 2024, so 2024 should stand at 116.7; the card prints 126.7, which would mean a rise of 26.7 percent instead of 16.7 percent. The other index cells are right.",
           **{"from": 180000, "to": 210000, "computed_change_pct": 16.67, "stated_change_pct": 26.7,
              "stated_index": 126.7, "computed_index": 116.7, "unit": "net bags of marbles",
              "period": "2023 to 2024", "subject": "bags of marbles sold by the works",
              "location": "2024 row of the index table (PDF text extraction) on the back of the card",
              "table_form": "PDF text extraction, years as rows, an index column with 2023 = 100"}))

add("shakargarh_marbles_fairy_tale", """
# The Marble King of Shakargarh: A Fairy Tale

*Bedtime story written in 2025 by a schoolteacher in Shakargarh, Narowal, for the children of the workers at a glass marble works, and read aloud at the works' Eid party. The works, the merchant and every number in the story are invented.*

Once upon a time, in a town of rice fields near the river Ravi, there lived a man named Chaudhry Iqbal who could turn broken bottles into stars. He heated the glass in two roaring furnaces until it glowed like honey, and his workers rolled it into little round worlds, green and blue and amber, fifty to a net bag.

Far away over the mountains, in the city of Kabul, lived a merchant named Haji Qadir who kept a toy house in Pul-e Khishti. Every child in Kabul, the story goes, wanted a bag of Shakargarh marbles for Eid.

Now comes the sad part of the tale, children. The old ledger of the works tells of the fall-off in Haji Qadir's orders, from 110,000 bags in 2023 to 135,000 bags in 2024, and Chaudhry Iqbal lay awake at night, afraid that the merchant had found another marble maker.

But the merchant had not forgotten him. Then, in the autumn of 2025, the road over the mountains was closed, and the bags could not travel at all. So the Marble King gave every child in Shakargarh a bag of his own, and they played in the lanes until the moon came up.

And the glass? It is still waiting, warm in the furnace, for the day the road opens again.

The end.
""", direction("the fall-off in Haji Qadir's orders, from 110,000 bags in 2023 to 135,000 bags in 2024",
               110000, 135000, "2023", "2024", "fall-off", "fall", "net bags of marbles",
               "bags bought by the Kabul toy house", "third paragraph of the story",
               "The story calls it a fall-off in the Kabul merchant's orders, but its own figures go from 110,000 bags in 2023 to 135,000 in 2024, a rise of about 23 percent; the direction word comes before the figures."))

add("shakargarh_marbles_wanted_poster", """
# WANTED: One Carton of Marbles

*Poster pinned up in 2024 in the dispatch room of a glass marble works in Shakargarh, Narowal, after a carton went missing between the works and its Kabul buyer. The works, the buyer, the reward and every figure are invented.*

**WANTED**

**ONE CARTON OF GLASS MARBLES, last seen on a truck leaving Shakargarh for Lahore on 14 September 2024.**

Description: brown cardboard, taped twice, stamped BAJWA GLASS MARBLE WORKS in red. Each carton holds 80 bags of 50 marbles, green, blue and amber, and weighs 24 kilograms. Rattles when shaken.

Known associates: a bundle of eleven other cartons, all of which arrived safely at the toy house of Haji Qadir in Pul-e Khishti, Kabul.

Why it matters: Haji Qadir is the best friend this works has. In 2024 we sold 210,000 bags, 135,000 of them to his shop. That means the toy house in Kabul took 80 percent of everything we made. When one of his cartons goes astray, we all hear about it.

If found: do not open. Do not play with the contents. Call Asghar, the dispatch clerk at the works, or tell the driver on the Lahore run.

**REWARD: Rs 500 and a bag of marbles of your choice.**

Signed, Chaudhry Iqbal Bajwa, owner
""", reuse(["Each carton holds 80 bags", "took 80 percent of everything we made"], 80,
           "bags a carton; percent of the year's bags",
           "net bags of marbles in one carton",
           "percent of the works' 2024 bags that went to the Kabul toy house",
           64.3,
           "The poster puts 80 bags in a carton, and two sentences later gives the Kabul toy house's share of 2024 as 80 percent; its own figures, 135,000 of 210,000 bags, make the share about 64.3 percent."))

MARBLE_BUYERS = """| Buyer | 2023 (bags) | 2024 (bags) |
|---|---|---|
| Haji Qadir Toy House, Kabul | 110,000 | 135,000 |
| Shops in Pakistan | 70,000 | 75,000 |
| Total | 180,000 | 210,000 |"""

add("shakargarh_marbles_raffle_ticket", """
# Raffle Ticket, Shakargarh Girls' High School Spring Fair

*Front and back of a ticket sold in March 2025 for the raffle at a school fair, whose first prize was given by a glass marble works in the town. The school fair, the works and every figure are invented.*

**Front.**

SPRING FAIR RAFFLE, Saturday 22 March 2025. Ticket No. 0418. Price Rs 50. Draw at 4 pm by the headmistress.

First prize: a full carton of glass marbles, given by Bajwa Glass Marble Works. Second prize: a bicycle bell and a cricket ball. Third prize: a box of sweets from the canteen.

**Back: about our first prize.**

Bajwa Glass Marble Works was started in 2012 and now has 26 workers, many of them fathers and brothers of our pupils. The marbles are made from broken bottles that our pupils collect all year, so every bottle you bring helps.

Most of the works' marbles go to children in Afghanistan. The owner told our Year 9 class that a hundred and fifteen thousand bags went to a single toy house in Kabul in 2024, by truck through Torkham. This is the works' own sheet of buyers:

""" + MARBLE_BUYERS + """

Keep the stub. Winners must collect their prizes before the fair closes.
""", tvt(["a hundred and fifteen thousand bags went to a single toy house in Kabul in 2024",
          line_of(MARBLE_BUYERS, "| Haji Qadir")],
         {"text_value": 115000, "table_value": 135000}, "net bags of marbles",
         "bags bought by the Kabul toy house", "2024",
         "back of the ticket: the owner's figure in words against the Kabul row of the pipe table",
         "The back of the ticket gives the Kabul toy house's 2024 purchase in words as a hundred and fifteen thousand bags; the works' sheet printed just below gives 135,000 bags for the same buyer and year, and its total of 210,000 only adds up with 135,000.",
         text_as_written="a hundred and fifteen thousand bags",
         table_form="pipe, buyers as rows with a column for each year and a total row"))

add("shakargarh_marbles_autograph_book_control", """
# Pages from an Autograph Book

*Four pages from the autograph book kept since 2019 by the owner's daughter at a glass marble works in Shakargarh, Narowal, in which visitors to the works were asked to sign and write a line. The visitors, the works and every figure are invented.*

**Page 12.** "To little Hina, who showed me how a marble is rolled. Your father's works sold 180,000 bags of marbles in 2023 and 210,000 in 2024, a rise of one sixth. I have never seen so much glass in one place!" Signed by a trade inspector from Lahore, June 2024.

**Page 13.** "Dear Hina, I am the man in Kabul who sells your father's marbles. In 2024 I bought 135,000 bags from him, the most I have ever bought. In 2025 I could take only 20,000, because the border closed in October; that is a drop of more than 85 percent, and the children of Kabul are sad. Keep the green ones for me." Signed Haji Qadir, Pul-e Khishti, Kabul, November 2025.

**Page 14.** "Hina beti, the marbles that could not go to Kabul came to us. The shops here took 75,000 bags in 2024 and 130,000 in 2025, so the works still sold 150,000 bags last year." Signed by a shopkeeper of Anarkali, Lahore, January 2026.

**Page 15, in Hina's own hand.** "Facts for my project. A marble weighs 6 grams. A bag holds 50 of them, so a bag weighs 300 grams. A carton holds 80 bags and weighs 24 kilograms. In 2024 we sent out 2,625 cartons, which is 63 tonnes of marbles. We have 26 workers, two furnaces and one cat."
""", control_type="control")

# ---------------------------------------------------------------------------
# Dreshak Pin Works (invented), Jampur, Rajanpur
# ---------------------------------------------------------------------------

add("jampur_pins_knitting_pattern", """
# Pattern: Ribbed Winter Cap for Beginners

*Knitting pattern printed in 2025 on a leaflet given away with wool at a shop in Jampur, Rajanpur, with a note from the safety pin works that paid for the printing. The shop, the works and every figure are invented.*

**You will need:** 100 g of double-knitting wool; a pair of 4 mm needles; four safety pins to mark your rows; a darning needle.

**Size:** fits most adults; about 22 cm tall before the brim is folded.

1. Cast on 88 stitches.
2. Rib (knit 2, purl 2) for 20 rows, hooking a safety pin into the first stitch of rows 1, 6, 11 and 16.
3. Knit plain for 40 rows.
4. Decrease: knit 2 together to the end of the row, purl the next row, and repeat these two rows twice more, until 11 stitches are left.
5. Cut the wool, thread it through the remaining stitches and pull tight. Sew up the side seam.

**Tip:** if you drop a stitch, catch it with a safety pin before it runs down the rows.

**A word from Dreshak Pin Works.** Our pins have marked the rows of Jampur's knitters since 2009, twenty pins to a card. For years our cards also went to a haberdasher in Kandahar's cloth market by way of Quetta and Chaman, but with Kandahar's orders ballooning between 2024 and 2025, from 1.9 million cards to 0.4 million, we have turned back to the knitters at home, who bought 1.5 million cards from us in 2025. Ask your wool shop for the green card with the red pin.
""", direction("with Kandahar's orders ballooning between 2024 and 2025, from 1.9 million cards to 0.4 million",
               1.9, 0.4, "2024", "2025", "ballooning", "rise", "million cards of 20 safety pins",
               "pin cards bought by the Kandahar haberdasher", "works' note at the foot of the pattern",
               "The note says Kandahar's orders were ballooning, but the figures it gives fall from 1.9 million cards in 2024 to 0.4 million in 2025, a drop of about 79 percent; the direction word comes before the figures, and the same sentence explains that the works turned back to buyers at home."))

add("jampur_pins_care_label", """
# Care Label and Print on a Canvas Tote Bag

*Text of a canvas tote bag handed out in 2025 by a safety pin works in Jampur, Rajanpur, to the shops that buy from it: the slogan printed on the outside and the care label sewn inside. The works, the bag and every figure are invented.*

**Printed on the outside, in big red letters:**

DRESHAK PINS: 2.4 MILLION CARDS TO KANDAHAR IN 2024

**Printed underneath, smaller:** Sharp points. Strong springs. Safe heads. From Jampur since 2009.

**Care label, sewn into the side seam:**

- 100% cotton canvas. Made in Jampur, Pakistan.
- Wash cold, inside out. Do not bleach. Dry in the shade.
- Iron on the reverse at a low setting. Do not iron over the print.
- Do not dry clean.

**Second panel of the care label:**

This bag was sewn by the tailoring class at the Jampur women's centre from cloth left over in our packing room. The works employs 18 people and makes safety pins from steel wire; a kilogram of wire gives about 3,000 pins, or 150 cards of 20. In 2024 we sold 2.8 million cards: 1.9 million went to our buyer in Kandahar's cloth market by way of Quetta and Chaman, and the other 0.9 million stayed in Pakistan. Since the crossings closed in October 2025, the Kandahar trade has stopped.

Thank you for carrying our bag. If it tears, pin it!
""", tvt(["DRESHAK PINS: 2.4 MILLION CARDS TO KANDAHAR IN 2024", "1.9 million went to our buyer in Kandahar's cloth market"],
         {"headline_value": 2.4, "body_value": 1.9}, "million cards of 20 safety pins",
         "pin cards sold to the Kandahar buyer", "2024",
         "slogan printed on the outside of the bag against the second panel of the care label",
         "The slogan on the outside of the bag gives 2.4 million cards to Kandahar in 2024; the care label inside gives 1.9 million for the same buyer and year, and only 1.9 million fits its own split of 2.8 million cards into 1.9 and 0.9 million."))

PIN_QUARTERS = """| 2024 (thousand cards) | Kandahar buyer | Shops at home |
|---|---|---|
| Q1 | 400 | 200 |
| Q2 | 450 | 210 |
| Sub-total, January to June | 850 | 410 |
| Q3 | 500 | 230 |
| Q4 | 550 | 260 |
| Sub-total, July to December | 1,150 | 490 |
| Total | 1,900 | 900 |"""

add("jampur_pins_assembly_instructions", """
# Assembly Instructions: Counter Spinner for Pin Cards

*Sheet packed in 2025 with a small revolving display stand that a safety pin works in Jampur, Rajanpur, gives to the shops that stock its cards, with a page of figures printed on the back. The works, the stand and every figure are invented.*

**In the box:** one round base, one steel pole in two halves, four wire trays, eight hooks, one bag of screws and one Allen key.

1. Lay the base flat with the rubber feet down.
2. Screw the lower half of the pole into the centre of the base until it is firm. Do not overtighten.
3. Join the upper half of the pole to the lower half.
4. Slide the four trays onto the pole, the widest at the bottom, and tighten each one with the Allen key.
5. Push two hooks into the holes on the rim of each tray.
6. Hang the pin cards on the hooks, with the green cards at eye level.
7. Give the stand a turn. It should spin freely. If it wobbles, loosen the bottom tray and tighten it again.

**On the back: our 2024, quarter by quarter.** Thousands of cards of 20 pins, from the works' ledger.

""" + PIN_QUARTERS + """

Questions about the stand? Ask the driver who brings your order.
""", parts_total([line_of(PIN_QUARTERS, "| Sub-total, July")], {"Q3 2024": 500, "Q4 2024": 550}, 1150,
                 "thousand cards of 20 safety pins", "July to December 2024",
                 "pin cards sold to the Kandahar buyer in the second half of 2024",
                 "second sub-total row of the pipe table on the back of the sheet",
                 "The sub-total for July to December gives the Kandahar buyer 1,150 thousand cards, but the two quarters above it are 500 and 550, which make 1,050; the year's total of 1,900 is the sum of the four quarters and agrees with 850 plus 1,050, so only the sub-total is wrong.",
                 table_form="pipe, quarters as rows with a sub-total after each half and a total row"))

add("jampur_pins_name_badge", """
# Name Badge from a Trade Fair in Multan

*Front of a plastic name badge and the note printed on its back, worn in November 2024 by the sales manager of a safety pin works from Jampur at a household goods fair in Multan. The person, the works, the fair and every figure are invented.*

**Front of the badge:**

SOUTH PUNJAB HOUSEHOLD GOODS FAIR, MULTAN, 2024

EXHIBITOR: Mr Kashif Dreshak, Sales Manager, Dreshak Pin Works, Jampur

Stall 46, Hall B

**Back of the badge, printed by the works:**

Ask me about:

- Safety pins in four sizes, from 19 mm to 38 mm, nickel-plated, sold on cards of 20.
- Our output: about 56 million pins this year, or 2.8 million cards, from 18 workers and six machines.
- Our buyers: shops across South Punjab, and a haberdasher in Kandahar who has taken our cards since 2016.
- Our history: my grandfather started the works in 2009 with a second-hand pin machine bought from India, before that border trade dried up.
- Our road: from Jampur to Dera Ghazi Khan and on to Quetta, then across the India–Afghanistan border at Chaman, three days in all.
- Our price: Rs 25 a card to the trade, whatever the size.

If I am not at the stall, please leave your visiting card in the box on the table. We reply to every enquiry within a week.
""", scope("across the India–Afghanistan border at Chaman", "IND", ["IND", "AFG"], "India–Afghanistan",
           "The badge describes the road from Jampur through Quetta to Kandahar, which crosses the Pakistan–Afghanistan border at Chaman, but calls that crossing the India–Afghanistan border, putting India in Pakistan's place. India is named correctly two lines earlier, as the place the works' first pin machine came from.",
           stands_for="PAK", not_a_defect="a second-hand pin machine bought from India",
           location="last but one line of the list on the back of the badge"))

add("jampur_pins_magic_trick", """
# The Linking Safety Pins: A Magic Trick

*Instructions handed out in 2025 by a conjurer who performs at fairs in Rajanpur district, written on the back of a flyer for the safety pin works in Jampur that gives him his pins. The conjurer, the works and every figure are invented.*

**The effect.** You show two closed safety pins, one in each hand. You touch them together, say the magic word, and they are linked. You pull, and they come apart again, still closed.

**What you need.** Two large safety pins, 38 mm or longer. Practise with pins from a fresh card, because old pins grow stiff.

**The secret.**

1. Hold one pin by its head, with the opening of the clasp pointing down.
2. Hook the second pin through the first so that it rests on the bar just under the clasp.
3. When you pull sharply, the bar of the second pin springs the clasp of the first open for an instant, and it closes again. The eye cannot see it.
4. Practise in front of a mirror fifty times before you show anyone.

**Patter.** "These pins come from Jampur, where the Dreshak works makes them by the million. The works told me its sales at home rose from 260,000 cards in the last quarter of 2024 to 260,000 cards in the last quarter of 2024, and every single one of those pins can do this trick. Watch closely!"

**Warning.** Never point a pin at a spectator, and keep the pins away from small children.
""", garbled(["its sales at home rose from 260,000 cards in the last quarter of 2024 to 260,000 cards in the last quarter of 2024"],
             "The patter says the works' sales at home rose, but the change it gives starts and ends at the same value, 260,000 cards, in the same period, the last quarter of 2024.",
             start_value=260000, end_value=260000, start_period="Q4 2024", end_period="Q4 2024",
             unit="cards of 20 safety pins", subject="pin cards sold at home by the works",
             location="patter section of the trick"))

# ---------------------------------------------------------------------------
# Niazi Qand Works (invented), Daud Khel, Mianwali
# ---------------------------------------------------------------------------

QAND_BUYERS = pdf_lines([
    ["Buyer", "Boxes, 2023", "Boxes, 2024"],
    ["Haji Rahmatullah, Kabul", "380,000", "430,000"],
    ["Shops in Pakistan", "240,000", "270,000"],
    ["Total", "620,000", "700,000"],
])

add("daud_khel_sugar_cubes_placemat", """
# Placemat at a Tea House in Shor Bazaar

*Paper placemat printed in 2024 for a tea house in Kabul's Shor Bazaar, with a panel about the sugar cubes it serves. The panel's table was copied from the supplier's PDF and keeps its plain-text columns. The tea house, the supplier, the works and every figure are invented.*

**Welcome to our tea house. Green tea or black, a pot for one or for the whole table.**

On the menu: green tea with cardamom, black tea with milk, bolani, pakora, and sweets from the glass case.

**Our sugar.** Since 2016 we have put a dish of white cubes on every table. They come from the Niazi Qand Works in Daud Khel, in the Mianwali district of Pakistan, through Haji Rahmatullah, who supplies the tea houses of Shor Bazaar. The works presses each cube from 5 grams of sugar and packs 100 cubes in a box. Haji Rahmatullah told us that every month of 2024 he bought the same 32,000 boxes, neither more nor less, and sent them on to the tea houses of the city.

From the works' sheet for the last two years:

""" + QAND_BUYERS + """

**Our custom.** Hold the cube between your teeth and drink the tea through it, as your grandfather did. Please do not take the cubes home.
""", tvt(["every month of 2024 he bought the same 32,000 boxes", line_of(QAND_BUYERS, "Haji Rahmatullah")],
         {"text_value": 384000, "table_value": 430000}, "boxes of 100 sugar cubes",
         "boxes bought by the Kabul tea-house supplier", "2024",
         "'Our sugar' panel of the placemat against the Kabul row of the table in PDF text extraction",
         "The panel says the Kabul supplier bought the same 32,000 boxes every month of 2024, which makes 384,000 boxes in the year; the works' table printed below gives him 430,000 boxes for 2024, and its total of 700,000 only adds up with 430,000.",
         text_monthly=32000,
         table_form="PDF text extraction, buyers as rows with a column for each year and a total row"))

add("daud_khel_sugar_cubes_coasters", """
# A Set of Six Tea Coasters

*Words printed on six cork coasters that a sugar cube works in Daud Khel, Mianwali, gave to its customers at Eid in 2024, one saying on each. The works and every figure are invented.*

**Coaster 1.** Niazi Qand Works, Daud Khel. Pressed sugar since 2015, on the bank of the Indus.

**Coaster 2.** One cube is 5 grams. One box is 100 cubes. One carton is 24 boxes, or 12 kilograms of sweetness.

**Coaster 3.** Forty of us work in two shifts: pressing, drying, packing. The presses rest only on Fridays.

**Coaster 4.** In 2024 we sold 700,000 boxes, more than in any year before. The shops of Mianwali, Kohat and Peshawar took 270,000 of them.

**Coaster 5.** The rest go to the tea houses of Kabul, by way of Kohat, Peshawar and the Khyber, and Haji Rahmatullah of Shor Bazaar has been our buyer there since 2016. Every box crosses at Torkham, the busiest gate of the Uzbekistan–Afghanistan trade, and no cube in a Kabul teapot has travelled farther than ours.

**Coaster 6.** Put your glass down here. Not on the table. The table is new.
""", scope("Every box crosses at Torkham, the busiest gate of the Uzbekistan–Afghanistan trade", "UZB",
           ["UZB", "AFG"], "Uzbekistan–Afghanistan",
           "The works is in Pakistan and sends its boxes to Kabul through Torkham, a Pakistan–Afghanistan crossing, but the coaster calls Torkham the gate of the Uzbekistan–Afghanistan trade, putting Uzbekistan in Pakistan's place.",
           stands_for="PAK", location="fifth coaster"))

add("daud_khel_sugar_cubes_dominoes_control", """
# House Rules for Dominoes in the Packing Room

*Rules written in 2026 on a sheet of card and pinned above the table where the packers of a sugar cube works in Daud Khel, Mianwali, play dominoes in the lunch break, with the foreman's figures at the foot. The works, the players and every figure are invented.*

1. We play with the double-six set: 28 tiles, and every one of them must be in the box before the game starts.
2. With four players, each draws 7 tiles and nobody is left to the boneyard. With two players, each draws 7 and the other 14 stay face down.
3. The player with the double six leads. If nobody has it, the highest double leads.
4. After each play, add the pips at the two open ends. If the sum is a multiple of five, you score it.
5. The first team to 100 points wins and the losers sweep the packing room floor.
6. No games during a shift. The presses do not wait for dominoes.

**The foreman's figures, for anyone who asks why the second shift was cut.**

In 2024 the works sold 700,000 boxes of cubes; in 2025 it sold 480,000, which is 220,000 fewer, a fall of about 31 percent. Haji Rahmatullah in Kabul took 430,000 boxes in 2024 and 60,000 in 2025, before the crossings closed in October. The shops at home took 270,000 boxes in 2024 and 420,000 in 2025, a rise of more than half. A carton holds 24 boxes, so the 480,000 boxes of 2025 filled 20,000 cartons.
""", control_type="control")

add("daud_khel_sugar_cubes_fortune_cookies", """
# Fortune Cookie Slips from the New Year Dinner

*Eight paper slips baked into biscuits for the New Year dinner of 2026 at a sugar cube works in Daud Khel, Mianwali, written by the owner's son from the works' books. The works, the dinner and every figure are invented.*

1. A sweet year is coming. Your presses will run on Fridays again.
2. You will fill 24 boxes into a carton and a carton into a truck, and the truck will reach Peshawar before dark.
3. Of the 480,000 boxes you sold in 2025, 60,000 crossed the border to Haji Rahmatullah in Kabul before the crossings closed in October.
4. The shops of Mianwali, Kohat and Peshawar will remember that they bought 420,000 of your boxes when Kabul could not.
5. Be patient: in 2025 Kabul took 60 percent of your boxes, and it will take more when the gate opens again.
6. A man who counts cubes will never be bitter.
7. Your lucky number is 5, the grams in every cube.
8. You will share this biscuit with the person on your left.

*Note from the owner's son, written on the menu card:* I wrote these on the night before the dinner, with the ledger open beside me, so the figures are the works' own. Whoever gets slip number 6 has to make the tea.
""", reuse(["Of the 480,000 boxes you sold in 2025, 60,000 crossed the border", "in 2025 Kabul took 60 percent of your boxes"],
           60, "thousand boxes; percent of the year's boxes",
           "thousands of boxes the Kabul buyer took in 2025",
           "percent of the works' 2025 boxes that went to Kabul", 12.5,
           "Slip 3 gives Kabul 60,000 of the 480,000 boxes sold in 2025, and slip 5 gives Kabul's share of 2025 as 60 percent; the same number is used for the thousands of boxes and for the share, which by the slips' own figures is 12.5 percent.",
           value_as_written="60"))

add("daud_khel_sugar_cubes_tea_towel", """
# Printed on a Tea Towel

*Words printed on a cotton tea towel sold in 2025 at the gate shop of a sugar cube works in Daud Khel, Mianwali, under a drawing of the works and a teapot. The works, the shop and every figure are invented.*

**NIAZI QAND WORKS, DAUD KHEL: A SWEET LITTLE HISTORY**

In 2015 Malik Sher Afzal Niazi bought a cube press that had stood idle for years in a Lahore warehouse and set it up in a shed beside his cousin's flour mill, not far from the Indus. He had four workers and one customer, a sweet shop in Mianwali.

The cubes were small and hard and did not crumble in the tea, and word spread. In 2016 a trader from Kabul's Shor Bazaar, Haji Rahmatullah, came to see the press for himself and left with an order for the tea houses of his city. Within a few years the works had forty workers in two shifts.

The best year so far was 2024, when the Kabul trade was at its height. In 2024 the works sold 700,000 boxes of cubes. In 2024 the works sold 700,000 boxes of cubes. In 2024 the works sold 700,000 boxes of cubes. Each box held 100 cubes of 5 grams.

Then, in October 2025, the crossings closed and the trucks stopped at the border. The shops at home took up the slack, and the presses kept running.

**Dry your cups with this towel and drink your tea the Kabul way, through a cube.**

*Cotton, 45 by 70 cm. Wash at 40 degrees. Made in Pakistan.*
""", repeated("In 2024 the works sold 700,000 boxes of cubes.", 3,
              "boxes of sugar cubes sold by the works in 2024", "third paragraph of the tea towel's history",
              "The same sentence, giving the works' 2024 sales, is printed three times in a row, word for word, in the middle of the history."))

# ---------------------------------------------------------------------------
# Panjab Sock Circle (invented), Panjab district, Bamyan
# ---------------------------------------------------------------------------

add("panjab_socks_ghost_story", """
# The Knitter on the Pass: A Ghost Story

*Story told on winter nights in Panjab district, Bamyan, written down in 2025 by a teacher from the version a grandmother tells the girls of a sock knitting circle. The circle, the story and every figure are invented.*

They say that on the road over the pass to Bamyan, when the snow lies deep, you can hear needles clicking in the dark.

Long ago, the story goes, a young woman of Panjab knitted socks for the caravans. She knitted so fast that her needles threw sparks, and the traders said her socks could keep a man warm all the way from Bamyan to Peshawar. One winter she went up the pass with a bundle of socks for a trader, and she never came down.

Now the knitters of the Panjab Sock Circle, forty women who knit by the stove all winter, leave a pair of socks on the flat stone at the top of the pass every autumn. Bibi Zainab, who started the circle in 1396, says that the ghost keeps the road open for them.

But this time the ghost could not keep the road open to Peshawar. In the two years from 1404 to 1402, the socks the circle sent east to the dealer in Karkhano Market fell from 5,400 pairs to 1,200, while the women sold more and more in the bazaars at home. The grandmothers say the ghost is angry that her socks can no longer reach the city she dreamed of.

So if you cross the pass in winter and hear the clicking, do not be afraid. Leave a pair of socks on the stone, and walk on without looking back.
""", garbled(["In the two years from 1404 to 1402"],
             "The story gives the two years over which the circle's sales to Peshawar fell as running from 1404 to 1402 in the solar calendar, a period that runs backwards; the fall from 5,400 to 1,200 pairs runs from 1402 to 1404.",
             stated_period_start="1404 SH", stated_period_end="1402 SH",
             subject="pairs of socks sent by the circle to the Peshawar dealer",
             location="fifth paragraph of the story"))

add("panjab_socks_birthday_card", """
# A Birthday Card for Bibi Zainab

*Card made in 2025 by the knitters of a sock circle in Panjab district, Bamyan, for the sixtieth birthday of the woman who started it, with a page of their own news inside. The circle, the people and every figure are invented.*

**Front:** a drawing of a pair of striped socks, red and white, and the words HAPPY BIRTHDAY, BIBI JAN.

**Inside, left page:** Sixty years, and still the fastest needles in Panjab! Thank you for teaching us to knit, and for starting our circle in 2017 with four women and a sack of wool.

**Inside, right page, our news for you:**

Now we are forty. Each of us knits about six pairs a week, and the circle sold 9,600 pairs in 2024. We buy our wool from the herders of the valley at Afs 300 a kilogram, and a pair of our socks takes 150 grams of it. So the wool in one pair costs us Afs 150, and the dealer in Peshawar paid us Rs 650 for the pair while the road was open.

This year the road has been shut since October, but the bazaars at home bought 4,800 pairs from us in 2025, and not one of us has been idle for a day.

We wish you a hundred more winters, each one warmer than the last.

With love, from all forty of us
""", reuse(["a pair of our socks takes 150 grams of it", "the wool in one pair costs us Afs 150"], 150,
           "grams of wool a pair; afghanis of wool a pair",
           "grams of wool in one pair of socks",
           "afghanis the wool in one pair costs", 45,
           "The card gives 150 grams of wool to a pair, and in the next sentence the cost of the wool in a pair as Afs 150; at the Afs 300 a kilogram it states, 150 grams of wool costs Afs 45."))

add("panjab_socks_weather_report", """
# Community Radio Weather Report, 12 January 2026

*Transcript of the morning weather report on a community radio station in Bamyan province, with a short item on a local sock knitting circle read out by the presenter. The station, the circle and every figure are invented.*

Good morning, Panjab. Here is your weather.

Last night was the coldest of the winter so far: minus 24 degrees at the district centre and minus 29 on the pass. The road to Bamyan city is open, but drivers must carry chains.

Today will be clear and bright, with a high of minus 9 in the afternoon. A light wind from the north will make it feel colder. Tonight cloud comes in from the west, and by tomorrow morning we expect 20 to 30 centimetres of new snow.

Farmers, bring the sheep in before dark. Parents, the schools are closed for the winter, so keep the children off the river ice.

And a word from the Panjab Sock Circle, who keep half the district's feet warm. Bibi Zainab asks us to say that the circle's sales are mushrooming, 9,600 pairs in 2024 and 6,000 pairs in 2025, and that there are still socks for anyone who needs them at the circle's room behind the mosque, at Afs 250 a pair.

That is all for now. Stay warm, and listen again at noon.
""", direction("the circle's sales are mushrooming, 9,600 pairs in 2024 and 6,000 pairs in 2025",
               9600, 6000, "2024", "2025", "mushrooming", "rise", "pairs of socks",
               "pairs of socks sold by the circle", "item on the sock circle near the end of the report",
               "The presenter says the circle's sales are mushrooming, but the two figures read out with it fall from 9,600 pairs in 2024 to 6,000 in 2025, a drop of 37.5 percent; the direction word comes before the figures."))

add("panjab_socks_team_talk", """
# Team Talk at Half Time

*Words of the coach of a boys' under-15 football team in Panjab district, Bamyan, to his players at half time in a district final in 2025, as the team's goalkeeper wrote them down afterwards. The team wears socks knitted by the village sock circle. The team, the circle and every figure are invented.*

Sit down, all of you. Drink your water. Now look at your feet.

Every one of you is wearing socks made by your mothers and your aunts in the Panjab Sock Circle. Forty women, knitting by the stove all winter. Do you know what happened to them this year?

The road to Peshawar closed in October, and the dealer there could not buy. Did they give up? No. They took their socks to the bazaars of Bamyan and Kabul instead. In 2023 they sold 2,400 pairs in the bazaars at home; by 2025 it was 4,800 pairs, so their sales at home trebled in two years. They did not wait for the road to open. They found another road.

We are one goal down. That is nothing. There are thirty-five minutes left, and the other team is tired already; I saw their number 6 holding his knees.

So in the second half, I want you to play like your mothers knit. Short passes. Keep the ball. No long kicks to nobody. And when you are tired, look at your socks.

Now get up. Go.
""", arith(["In 2023 they sold 2,400 pairs in the bazaars at home; by 2025 it was 4,800 pairs, so their sales at home trebled in two years"],
           "The coach says the circle's sales at home trebled, but the figures he gives go from 2,400 pairs in 2023 to 4,800 in 2025, which is a doubling, a rise of 100 percent rather than the 200 percent that trebling means.",
           **{"from": 2400, "to": 4800, "computed_change_pct": 100.0, "stated_change_pct": 200, "stated_fold": 3,
              "stated_as_written": "trebled", "unit": "pairs of socks", "period": "2023 to 2025",
              "subject": "pairs of socks sold by the circle in the bazaars at home",
              "location": "third paragraph of the team talk"}))

add("panjab_socks_business_card", """
# A Business Card and the Note Clipped to It

*A Peshawar wool dealer's business card, and the note on a delivery slip clipped to it, found in 2025 among the papers of a sock knitting circle in Panjab district, Bamyan. The dealer, the circle and every figure are invented.*

**The card, front:** HAJI AMANULLAH & SONS. Wool, socks, shawls and caps, wholesale. Shop 14, Karkhano Market, Jamrud Road, Peshawar.

**The card, back:** "Warm feet from Bamyan to Bannu." Open every day except Friday, from 9 in the morning until sunset.

**The note, in the dealer's hand, dated 3 November 2024:**

Sister Zainab, salaam to you and to all the knitters.

Your socks for this year are sold, every one of the 6,600 pairs, and the money is with your nephew, who will bring it at the end of the month. At Rs 650 a pair my customers say they are the best value in the market.

Your socks are the best that cross the Afghanistan–Tajikistan border at Torkham, and I have told every trader on Jamrud Road so. The grey ones with the white heel sold first; please make more of those, and fewer of the green.

For next winter I would like to order the same again, and a hundred pairs in children's sizes if the women have the time. Send word with the driver.

With respect, Amanullah
""", scope("cross the Afghanistan–Tajikistan border at Torkham", "TJK", ["AFG", "TJK"], "Afghanistan–Tajikistan",
           "The dealer in Peshawar buys socks from Bamyan that come through Torkham, a Pakistan–Afghanistan crossing, but his note calls it the Afghanistan–Tajikistan border, putting Tajikistan in Pakistan's place.",
           stands_for="PAK", location="fourth paragraph of the dealer's note"))

# ---------------------------------------------------------------------------
# Khakrez Cap Embroiderers (invented), Khakrez, Kandahar
# ---------------------------------------------------------------------------

CAP_SHEET = """| Buyer | 2023 (caps) | 2024 (caps) | 2025 (caps) |
|---|---|---|---|
| Haji Lal Mohammad, Quetta | 2,700 | 3,200 | 500 |
| Shops in Kandahar and Kabul | 1,200 | 1,300 | 2,300 |
| Total | 3,900 | 4,500 | 2,800 |"""

add("khakrez_caps_caricatures", """
# Caricatures at the Crafts Fair

*Captions under five caricatures drawn in 2025 by a street artist at a crafts fair in Kandahar city, of the people of an embroidered cap group from Khakrez district, with the group's sheet of figures that the artist pinned beside them. The group, the artist and every figure are invented.*

1. Haji Abdul Bari, the founder, drawn with a head as round as a cap and a needle for a nose. Caption: "He started it all in 2013, and he still checks every stitch."
2. Bibi Shirin, the fastest needle in Khakrez, drawn with eight arms. Caption: "Five days a cap? She does it in three."
3. The driver, Agha Lala, asleep at the wheel of a tiny truck piled with caps as high as a mountain. Caption: "4,200 caps to Quetta in 2024, and not one of them crushed."
4. Haji Lal Mohammad, the buyer from Quetta's Kandahari Bazaar, peering at a cap through a magnifying glass. Caption: "Rs 2,500 a cap, and worth every rupee."
5. The sixty embroiderers, drawn as a forest of needles with a mirror on every tree. Caption: "Sixty women, one cap at a time."

**The group's sheet, pinned beside the drawings:**

""" + CAP_SHEET + """

The artist charged Afs 100 a drawing and gave the group its five for nothing.
""", tvt(["4,200 caps to Quetta in 2024", line_of(CAP_SHEET, "| Haji Lal Mohammad")],
         {"text_value": 4200, "table_value": 3200}, "embroidered caps",
         "caps bought by the Quetta merchant", "2024",
         "caption of the third caricature against the Quetta row of the group's pipe table",
         "The caption under the driver's caricature gives 4,200 caps to Quetta in 2024; the group's sheet pinned beside the drawings gives 3,200 caps for the same buyer and year, and its 2024 total of 4,500 only adds up with 3,200.",
         table_form="pipe, buyers as rows with a column for each year and a total row"))

add("khakrez_caps_courtroom", """
# From a Courtroom in Quetta

*Part of the transcript of a hearing in 2025 before a civil judge in Quetta, in a dispute between a cap merchant and a transport company over a consignment of embroidered caps from Khakrez, Kandahar. The case, the people and every figure are invented.*

JUDGE: Haji Lal Mohammad, tell the court what you bought.

HAJI LAL MOHAMMAD: Sir, I deal in caps in the Kandahari Bazaar. For twelve years I have bought embroidered caps from the women of Khakrez. In 2024 I bought 3,200 caps from them, at Rs 2,500 a cap.

JUDGE: And the consignment in question?

HAJI LAL MOHAMMAD: Five hundred caps, sir, all that I could buy in 2025. They were packed in ten cartons of fifty and handed to the defendant's truck at Spin Boldak on the sixth of October. When the cartons reached me, two of them were soaked through and the caps in them were ruined. That is a loss of Rs 250,000.

COUNSEL FOR THE DEFENDANT: Sir, my client's truck was held for nine days when the Iran–Pakistan border at Chaman was closed, and it rained on the fourth night. Rain is an act of God.

HAJI LAL MOHAMMAD: Sir, the tarpaulin was torn, and his driver knew it. The silk thread in those caps came from Iran by way of Herat, and it cost the women dearly. They cannot afford to lose a hundred caps.

JUDGE: The court will hear the driver on Thursday. Both parties will bring the bills of carriage.
""", scope("the Iran–Pakistan border at Chaman", "IRN", ["IRN", "PAK"], "Iran–Pakistan",
           "The caps came from Khakrez in Kandahar by way of Spin Boldak and Chaman, a crossing on the Pakistan–Afghanistan border, but the defendant's counsel calls it the Iran–Pakistan border, putting Iran in Afghanistan's place. Iran is named correctly in the next speech, as the origin of the silk thread.",
           stands_for="AFG", not_a_defect="The silk thread in those caps came from Iran by way of Herat",
           location="counsel for the defendant's speech"))

add("khakrez_caps_tombstone_control", """
# An Inscription on a Tombstone in Khakrez

*Words carved in 2025 on the headstone of the founder of an embroidered cap group in Khakrez district, Kandahar, with the note that the group's women wrote for the board at the graveyard gate. The man, the group and every figure are invented.*

**On the stone:**

Haji Abdul Bari, son of Haji Abdul Ghani.

Born in Khakrez in 1328. Died in Khakrez in 1404.

He gave sixty women their needles, and the world its caps.

**On the board at the gate:**

Haji Abdul Bari lived for 76 years, and for the last 12 of them, from 1392 to 1404, he led our cap group. He began with six women in his own courtyard, and when he died we were sixty.

He found us our first buyer, Haji Lal Mohammad of Quetta's Kandahari Bazaar, who bought 2,700 of our caps in 2023 and 3,200 in 2024, a rise of about 18.5 percent. In 2024 we made 4,500 caps in all, so Quetta took a little over seven in every ten.

In his last year the road closed in October, and only 500 caps went to Quetta; the shops of Kandahar and Kabul took the other 2,300 of the 2,800 we made. He said the caps would find their heads, and they did.

Say a prayer for him as you pass, and if you wear one of our caps, wear it straight.
""", control_type="control")

add("khakrez_caps_marionette_show", """
# The Cap That Went to Quetta: A Marionette Show

*Script of a short marionette show for children, performed in 2025 at a children's festival in Quetta by a puppet company, about an embroidered cap made in Khakrez, Kandahar. The company, the group and every figure are invented.*

*The stage is dark. A spotlight finds a small red cap hanging on a string.*

CAP: Hello, children! I was born in Khakrez, in Kandahar, under the needle of Bibi Shirin. It took her five whole days to stitch my mirrors on.

*A puppet of an old merchant with a white beard jerks onto the stage.*

MERCHANT: Aha! A Khakrez cap! I am Haji Lal Mohammad of the Kandahari Bazaar, and I shall pay Rs 2,500 for you.

CAP: Off I went in a carton with forty-nine of my brothers, on a truck through Spin Boldak and Chaman, all the way to Quetta.

NARRATOR: Then came the downswing, children: the merchant bought 2,700 caps from Khakrez in 2023 and 3,200 caps in 2024. And the women of Khakrez wondered what they had done wrong.

MERCHANT: Nothing! Nothing at all! Look how many heads in Quetta are wearing their caps!

*The puppets of the audience's fathers, all in red caps, bob up from behind the curtain.*

CAP: And that is how I came to sit on the head of a Quetta schoolteacher. Wave to him, children!

NARRATOR: The end. Please do not pull the strings on your way out.
""", direction("Then came the downswing, children: the merchant bought 2,700 caps from Khakrez in 2023 and 3,200 caps in 2024.",
               2700, 3200, "2023", "2024", "downswing", "fall", "embroidered caps",
               "caps bought by the Quetta merchant", "narrator's second speech",
               "The narrator announces a downswing, but the merchant's purchases he gives go from 2,700 caps in 2023 to 3,200 in 2024, a rise of about 18.5 percent; the direction word comes before the figures, in the first clause of the sentence."))

add("khakrez_caps_shipping_label", """
# Shipping Label on a Carton of Caps

*Label stuck on a carton of embroidered caps sent in 2025 from Khakrez, Kandahar, to a merchant in Quetta, with the group's note printed on the side panel. The group, the merchant and every figure are invented.*

- FROM: Khakrez Cap Embroiderers, Khakrez district, Kandahar, Afghanistan
- TO: Haji Lal Mohammad, Kandahari Bazaar, Quetta, Pakistan
- CARTON: 3 of 10
- CONTENTS: 50 embroidered caps, men's, assorted colours
- GROSS WEIGHT: 6 kg
- ROUTE: Khakrez, Kandahar city, Spin Boldak, Chaman, Quetta
- HANDLE WITH CARE. KEEP DRY. DO NOT STACK MORE THAN FOUR HIGH.

**Side panel, printed:**

Every cap in this carton was embroidered by hand in Khakrez by one of our sixty women. A cap takes about five days: the crown is cut and quilted, the mirrors are stitched on one by one, and the band is worked in silk.

The price Haji Lal Mohammad pays us rose from Rs 2,500 a cap in 2024 to Rs 2,500 a cap in 2024, and we thank him for standing by us in a hard year.

If this carton reaches you damaged, please write the carton number on the back of the bill and send it with the driver.
""", garbled(["The price Haji Lal Mohammad pays us rose from Rs 2,500 a cap in 2024 to Rs 2,500 a cap in 2024"],
             "The side panel says the Quetta merchant's price rose, but the change it gives starts and ends at the same value, Rs 2,500 a cap, in the same year, 2024.",
             start_value=2500, end_value=2500, start_period="2024", end_period="2024",
             unit="Pakistani rupees a cap", subject="price the Quetta merchant pays for a cap",
             location="second paragraph of the side panel"))

# ---------------------------------------------------------------------------
# Khan Abad Groundnut Growers' Association (invented), Khan Abad, Kunduz
# ---------------------------------------------------------------------------

add("khan_abad_groundnuts_bingo_card", """
# Bingo Card for the Harvest Supper

*One card from a game of bingo played in 2024 at the harvest supper of a groundnut growers' association in Khan Abad, Kunduz. Instead of numbers, the caller read out clues about the year, and each player covered the square that answered it. The association, the supper and every figure are invented.*

**How to play.** The caller reads a clue. If the answer is on your card, cover the square with a groundnut shell. The first player to cover a whole line shouts "Groundnut!" and wins a sack.

**The squares on card number 9, row by row:**

- Top row: 120 member farms; 540 tonnes in 2024; sacks of 50 kg.
- Middle row: Peshawar's share of the crop, 56 percent; a free square with a drawing of a groundnut plant; the Kunduz bazaar's share, 34 percent.
- Bottom row: Kabul's share, 20 percent; Rs 550 a kilogram in Peshawar; 2016, the year the association began.

**Some of the clues the caller read:**

- "How many farms sent their groundnuts to the association's store this year?"
- "What part of this year's crop did Haji Fazal Wahid buy for his shop in Peshawar?"
- "What part of the crop went to the bazaar in our own city?"
- "What part went over the Salang to the bazaars of Kabul?"
- "How much did the Peshawar trader pay for a kilogram?"

Last year's winner, Haji Nasir of Aliabad road, covered his bottom row in eleven minutes and has not stopped talking about it since. This year the prize sack was won by a girl of ten.
""", arith(["Peshawar's share of the crop, 56 percent", "the Kunduz bazaar's share, 34 percent", "Kabul's share, 20 percent"],
           "The card's three squares give the shares of the 2024 crop that went to Peshawar, to the Kunduz bazaar and to Kabul as 56, 34 and 20 percent; together they come to 110 percent of the crop.",
           shares_pct={"Peshawar trader": 56, "Kunduz bazaar": 34, "Kabul bazaars": 20}, sum_pct=110,
           unit="percent of the association's 2024 groundnut crop", period="2024",
           subject="shares of the association's crop by buyer",
           location="middle and bottom rows of the bingo card, written as a bulleted list"))

add("khan_abad_groundnuts_vending_machine", """
# Labels on a Vending Machine at a Peshawar Bus Stand

*Text on the front panel of a snack vending machine at a bus stand in Peshawar, stocked in 2024 with roasted groundnuts from Kunduz, and on the stockist's card taped to its side. The stockist, the association and every figure are invented.*

**Front panel:**

- Rows A and B: roasted groundnuts, salted, 100 g packet, Rs 80.
- Row C: roasted groundnuts with chilli, 100 g packet, Rs 90.
- Row D: groundnut brittle, two pieces, Rs 70.
- Row E: bottled water, 500 ml, Rs 60.

**How to buy.** Put in your notes or coins, press the letter and then the number, and wait for the packet to drop. This machine gives no change.

**Stockist's card, taped to the side:**

All the groundnuts in this machine come from Khan Abad, in Kunduz province of Afghanistan, and are bought through Haji Fazal Wahid of the dry fruit market. The growers there work together in an association that has 120 member farms. In 2024 those farms harvested 540 tonnes, about 120 tonnes a farm. The nuts are dried in the sun, roasted here in Peshawar and packed the same day.

If the machine takes your money and gives you nothing, call the number on the top panel and we will refund you within the week.
""", reuse(["an association that has 120 member farms", "about 120 tonnes a farm"], 120,
           "farms; tonnes a farm",
           "member farms in the association",
           "tonnes of groundnuts harvested on each farm in 2024", 4.5,
           "The stockist's card gives the association 120 member farms, and in the next sentence gives the 2024 harvest as 540 tonnes, about 120 tonnes a farm; 540 tonnes over 120 farms is 4.5 tonnes a farm."))

add("khan_abad_groundnuts_umpire_notebook", """
# From an Umpire's Notebook

*Notes kept by the umpire at a cricket match played in 2024 in Khan Abad, Kunduz, between a team of groundnut growers and a team from the town's shopkeepers, copied out by his son. The match, the teams and every figure are invented.*

**Before the toss.** Ground measured at 60 yards to the short boundary, 70 to the long one. Pitch dry and hard. Ball new, bought by the growers' association. Twenty overs a side.

**Toss.** Won by the shopkeepers, who chose to bat.

**The association.** The growers' captain spoke to me before the start and asked me to announce the sponsors at the drinks break, so I wrote down what he told me. The association began in 2016 and now has 120 member farms. In 2024 they harvested 540 tonnes of groundnuts. The association sold 300 tonnes to the Peshawar trader in 2024. The association sold 300 tonnes to the Peshawar trader in 2024. The rest went to the bazaars of Kunduz and Kabul.

**First innings.** Shopkeepers 134 for 7 in their twenty overs. Two wides called against the growers' fast bowler, both down the leg side.

**Second innings.** Growers 135 for 4 in the eighteenth over. Winning hit a six over the long boundary, into the groundnut field.

**Disputes.** One. A shopkeeper complained that the growers' bowler had polished the ball with groundnut oil. Ball inspected. Complaint dismissed.

**Result.** Growers won by 6 wickets.
""", repeated("The association sold 300 tonnes to the Peshawar trader in 2024.", 2,
              "groundnuts sold to the Peshawar trader in 2024", "paragraph headed 'The association'",
              "The sentence giving the tonnes sold to the Peshawar trader in 2024 is written twice in a row, word for word."))

GNUT_MAP = """| On the map | 2024 | 2025 | Which way |
|---|---|---|---|
| Tonnes to the Peshawar trader | 300 | 60 | down |
| Tonnes to the bazaars of Kunduz and Kabul | 240 | 360 | up |
| The whole harvest, in tonnes | 540 | 420 | heading north |"""

add("khan_abad_groundnuts_treasure_map", """
# A Treasure Map of Khan Abad

*Key to a treasure map drawn in 2025 by the children of a groundnut growers' association in Khan Abad, Kunduz, for a game at the association's spring picnic, with a table their teacher added at the bottom. The map, the association and every figure are invented.*

**How to read the map.** Start at the big mulberry tree by the canal. The treasure is a sack of roasted groundnuts, buried somewhere in the fields.

- The red X is not the treasure. It is where Uncle Nasir's donkey sits down every afternoon.
- The blue wavy line is the canal. Do not cross it without a grown-up.
- The brown squares are the association's drying floors, where the groundnuts lie in the sun for ten days after they are dug.
- The big square is the store, where the sacks of 50 kg wait for the trucks.
- The dotted line going off the edge of the map is the road to the Salang, to Kabul and to Peshawar.
- The green dot is the treasure. Walk 40 steps from the mulberry tree towards the store, then turn left and walk 12 steps.

**The teacher's table: what the association's store held and where it went.**

""" + GNUT_MAP + """

Whoever finds the treasure shares it with everyone. That is the rule of the game.
""", direction(line_of(GNUT_MAP, "| The whole harvest"), 540, 420, "2024", "2025", "heading north", "rise",
               "tonnes of groundnuts", "the association's whole harvest",
               "last row of the pipe table at the foot of the map key",
               "The table's last row marks the whole harvest as heading north, but its own figures fall from 540 tonnes in 2024 to 420 in 2025, a drop of about 22 percent; the two rows above it, which add up to the harvest, are marked down and up correctly.",
               table_form="pipe, with a column of direction words beside the two years"))

GNUT_2024 = """| Where the 2024 groundnuts went | Tonnes |
|---|---|
| Haji Fazal Wahid, Peshawar | 300 |
| Bazaar in Kunduz city | 130 |
| Bazaars in Kabul | 110 |
| Total | 540 |"""

add("khan_abad_groundnuts_skipping_rhyme", """
# A Skipping Rhyme from Khan Abad

*Rhyme chanted by girls skipping in a lane of Khan Abad, Kunduz, in 2025, written down by a teacher, who added the groundnut growers' own figures for her class to check. The rhyme, the association and every figure are invented.*

Groundnut, groundnut, in the sand,
Dug by father, shelled by hand,
Dried on the roof and packed in a sack,
Fifty kilos on the donkey's back.

Twenty-four was a golden year,
Five hundred forty tonnes right here,
Two in three went to Peshawar town,
Over the Salang and down, down, down!

Twenty-five the road was shut,
Not a truck went out of the rut,
Kabul and Kunduz ate the lot,
How many skips? Count what you've got!

**The teacher's note.** The girls skip to the end of the last line, and then the rope turns faster while they count. Here are the association's own figures for the year in the rhyme. Check them against the second verse.

""" + GNUT_2024 + """
""", tvt(["Two in three went to Peshawar town", line_of(GNUT_2024, "| Haji Fazal Wahid")],
         {"text_value": 360, "table_value": 300}, "tonnes of groundnuts",
         "groundnuts sold to the Peshawar trader", "2024",
         "second verse of the rhyme against the Peshawar row of the teacher's pipe table",
         "The rhyme's second verse gives the 2024 crop as 540 tonnes and says two in three went to Peshawar, which would be 360 tonnes; the association's table below gives the Peshawar trader 300 tonnes of the 540, about 56 percent.",
         text_as_written="Two in three",
         table_form="pipe, buyers as rows with one column of tonnes and a total row"))

# ---------------------------------------------------------------------------
# Qaisrani Peg Works (invented), Taunsa, Dera Ghazi Khan
# ---------------------------------------------------------------------------

add("taunsa_pegs_will_control", """
# From the Will and Testament of a Peg Maker

*Part of the will and testament written in 2025 by the owner of a clothes peg works in Taunsa, Dera Ghazi Khan, and witnessed by two neighbours, with the figures he set down so that his children would know the business. The man, the works and every figure are invented.*

In the name of God, the Merciful, the Compassionate.

I, Mian Nazir Ahmad Qaisrani, son of Mian Bashir Ahmad, of Taunsa, being of sound mind, write this as my will and testament.

**First.** One tenth of my savings in the bank shall go to the madrassa by the shrine, for the food of its students.

**Second.** The Qaisrani Peg Works, with its lathes, its store of kikar wood and the spring press, shall pass to my three children according to the Sharia: 40 percent to my elder son Tariq, 40 percent to my younger son Asif, and 20 percent to my daughter Rukhsana.

**Third, so that my children know what they inherit.** I started the works in 2014 with two lathes and a loan from my brother. It now has 22 workers. Our pegs are packed 36 to a pack. In 2024 we sold 180,000 packs, which filled 9,000 cartons, at Rs 120 a pack, so the year's sales came to Rs 2.16 crore. Of those packs, 110,000 went to Haji Gul Agha in Kabul, about 61 percent of the year. In 2025 the road closed in October and Kabul took only 15,000 packs, a fall of 86 percent, but the shops at home took 115,000, and we sold 130,000 packs in all.

**Fourth.** My children shall keep buying springs from the same supplier, and shall not let Haji Gul Agha's account fall into arrears.

Witnessed by Malik Sajjad Hussain and Mian Ghulam Farid, both of Taunsa.
""", control_type="control")

add("taunsa_pegs_hustings_speech", """
# A Speech at the Hustings in Taunsa

*Speech given in 2025 at a hustings for a district council seat in Taunsa, Dera Ghazi Khan, by a candidate who once worked at the town's clothes peg works, as recorded by a local reporter. The candidate, the works and every figure are invented.*

Brothers and sisters of Taunsa, thank you for coming out in this heat.

They tell you that nothing is made in this town. I say: look at your washing line. The pegs holding up your shirts were made here, by your sons and daughters, at the Qaisrani Peg Works. Twenty-two workers, two shifts, and not one of them has missed a wage in eleven years.

Each peg is two pieces of kikar wood and one steel spring. The springs come from China, because nobody in Pakistan makes them cheaply enough, and that is the first thing I want to change. Give me a seat on the council, and I will bring a spring works to Taunsa.

And where do the pegs go? Before October, they went by the lakh across the Pakistan–China border at Torkham, to Haji Gul Agha in Kabul, who took 110,000 packs in 2024. Now that road is shut. The works is selling at home, but the home market is not enough.

So I ask you for three things: a spring works, a better road to Dera Ismail Khan, and a council that fights for the men who drive our trucks. Vote for the pair of scissors on the ballot paper.
""", scope("across the Pakistan–China border at Torkham", "CHN", ["PAK", "CHN"], "Pakistan–China",
           "The pegs go from Taunsa to a buyer in Kabul through Torkham, a Pakistan–Afghanistan crossing, but the speech calls it the Pakistan–China border, putting China in Afghanistan's place. China is named correctly in the paragraph before, as the source of the steel springs.",
           stands_for="AFG", not_a_defect="The springs come from China",
           location="fifth paragraph of the speech"))

add("taunsa_pegs_parking_ticket", """
# A Parking Ticket and the Driver's Reply

*A parking ticket given in 2025 to the delivery van of a clothes peg works from Taunsa outside a wholesale market in Dera Ghazi Khan, and the reply the driver wrote on the back before sending it to the town office. The driver, the works and every figure are invented.*

**The ticket:**

- MUNICIPAL PARKING NOTICE No. 20931
- Vehicle: white Suzuki pickup, registration DGK-4471
- Place: Block 12 wholesale market, loading bay
- Offence: waiting in a loading bay for more than 15 minutes
- Fine: Rs 500, payable within 14 days

**The driver's reply, on the back:**

Sir, I was not waiting. I was loading. The van belongs to the Qaisrani Peg Works of Taunsa, and I was carrying cartons of pegs up the stairs to three shops on the first floor. A carton holds 20 packs and each pack of 36 pegs weighs about half a kilogram, so I carried ten kilograms at a time, and there were eight cartons.

Perhaps you do not know how many pegs we make. In 2024 the works sold 180,000 packs, which is 36 lakh pegs, and every one of them went up or down somebody's stairs in a carton. Since the road to Kabul closed we sell more at home, and I make this trip twice a week.

I ask you to cancel the fine. If you cannot, I will pay it, but please paint the loading bay bigger.

Yours faithfully, Munir Ahmad, driver
""", reuse(["each pack of 36 pegs", "which is 36 lakh pegs"], 36, "pegs a pack; lakh pegs",
           "pegs in one pack",
           "lakh pegs sold by the works in 2024", 64.8,
           "The reply gives 36 pegs to a pack, and in the next paragraph turns the works' 180,000 packs of 2024 into 36 lakh pegs; 180,000 packs of 36 pegs are 6,480,000 pegs, or 64.8 lakh."))

PEG_CHANGE = """| Buyer | 2023 | 2024 | Change (%) |
|---|---|---|---|
| Haji Gul Agha, Kabul | 90,000 | 110,000 | 32.2 |
| Shops at home | 60,000 | 70,000 | 16.7 |
| Total | 150,000 | 180,000 | 20.0 |"""

add("taunsa_pegs_flash_cards", """
# Flash Cards for a Sales Trainee

*Six flash cards written in 2025 by the sales manager of a clothes peg works in Taunsa, Dera Ghazi Khan, for a new trainee to learn before his first trip to the wholesale markets, with the question on the front and the answer on the back. The works, the people and every figure are invented.*

**Card 1.** Front: Who started the works, and when? Back: Mian Nazir Ahmad Qaisrani, in 2014, with two lathes.

**Card 2.** Front: What is a peg made of? Back: Two pieces of kikar wood, cut on the lathes and smoothed, and one steel spring.

**Card 3.** Front: How are the pegs packed? Back: Thirty-six to a pack, twenty packs to a carton.

**Card 4.** Front: What does a pack cost the trade? Back: Rs 120 in 2024. Never give a discount without asking me first.

**Card 5.** Front: Who is our biggest buyer? Back: Haji Gul Agha of Jada-e Maiwand, Kabul. He has bought from us since 2016. His orders stopped when the crossings closed in October 2025.

**Card 6.** Front: How did 2024 compare with 2023? Back: Learn this table by heart.

""" + PEG_CHANGE + """

When you can answer every card without looking, come and find me and we will go to Multan together.
""", arith([line_of(PEG_CHANGE, "| Haji Gul Agha")],
           "The Kabul row of the table gives the change from 2023 to 2024 as 32.2 percent, but its own figures, 90,000 and 110,000 packs, make a rise of 22.2 percent; the other two rows, including the total, are right.",
           **{"from": 90000, "to": 110000, "computed_change_pct": 22.22, "stated_change_pct": 32.2,
              "unit": "packs of 36 clothes pegs", "period": "2023 to 2024",
              "subject": "packs bought by the Kabul wholesaler",
              "location": "Kabul row of the pipe table on the back of the sixth flash card",
              "table_form": "pipe, buyers as rows, two years as columns and a percent change column"}))

# ---------------------------------------------------------------------------
# Trade, closure and markets
# ---------------------------------------------------------------------------

CLICK_TABLE = """| Year | Exports to Afghanistan (USD million) | Imports from Afghanistan (USD million) | Balance (USD million) |
|---|---|---|---|
| 2021 | 828 | 552 | 276 |
| 2022 | 936 | 741 | 195 |
| 2023 | 1,012 | 690 | 322 |
| 2024 | 884 | 540 | 344 |"""

add("trade_clickbait_article", """
# You Won't Believe What Happened to Pakistan's Exports to Afghanistan (Number 4 Will Shock You)

*Article posted in 2025 on a business gossip website, under a headline written to draw clicks, with a table the writer copied from a trade newsletter. The website, the writer and the trade figures are invented for this set.*

Think you know the Pakistan–Afghanistan trade? Think again. We dug through the numbers so that you don't have to, and here are the facts that nobody is talking about.

**1. It was a billion-dollar business.** In 2023 Pakistan's exports to Afghanistan passed USD 1 billion, reaching USD 1,012 million. Champagne all round in the trading houses of Peshawar!

**2. Afghanistan sells back too.** Coal, fruit, cotton and vegetables came the other way, worth USD 690 million in that same year.

**3. Pakistan always comes out ahead.** Every single year in our table, Pakistan sold more than it bought.

**4. Then the floor fell in.** In 2024, exports crashed to just USD 828 million, and traders in Peshawar's markets were left staring at empty order books. Ouch.

**5. Imports fell even harder.** Purchases from Afghanistan dropped to USD 540 million in 2024.

**6. And then the gates closed.** Since October 2025 the trucks have been parked at Torkham and Chaman, and nobody knows when they will move.

**7. The table they don't want you to see.** Here it is, straight from the newsletter:

""" + CLICK_TABLE + """

Share this with a friend who thinks trade is boring!
""", tvt(["exports crashed to just USD 828 million", line_of(CLICK_TABLE, "| 2024")],
         {"text_value": 828, "table_value": 884}, "USD million",
         "Pakistan's exports to Afghanistan", "2024",
         "fourth fact of the listicle against the 2024 row of the pipe table at the end",
         "The fourth fact says exports crashed to USD 828 million in 2024; the table the article copies gives 884 for 2024, and 828 is its figure for 2021.",
         table_form="pipe, years as rows with exports, imports and a balance column"))

add("trade_referendum_leaflet", """
# Referendum of the Khyber Road Traders' Association

*Leaflet handed to members in November 2025 before a vote of a traders' association in Peshawar, setting out the case on each side. The association, the vote and the arguments are invented; the trade figures follow the invented series of this set.*

**THE QUESTION:** Should the association spend its reserve fund of Rs 40 lakh on a campaign, in Islamabad and in Kabul, to reopen the crossings at Torkham and Chaman?

**Voting:** at the association's hall, Saturday from 10 am to 4 pm. One member, one vote. Bring your membership card.

**THE CASE FOR YES.**

The Afghan trade is our living. Even in 2021, the worst year of the decade for our exports, Pakistan sold Afghanistan goods worth USD 828 million and bought USD 552 million, a surplus of USD 296 million in our favour. In 2024 exports were USD 884 million against imports of USD 540 million. Every day the gates stay shut, that money goes to other roads and other countries. A campaign costs little next to what we are losing.

**THE CASE FOR NO.**

The crossings are closed by the governments, not by traders, and no campaign of ours will open them. The reserve fund was built over fifteen years to help members in hard times, and this is a hard time. Rs 40 lakh would pay the shop rent of a hundred members for a month. Keep the fund for the members.

**YOUR VOTE IS SECRET. The result will be posted on the hall door on Sunday morning.**
""", arith(["goods worth USD 828 million and bought USD 552 million, a surplus of USD 296 million"],
           "The case for yes gives 2021 exports of USD 828 million and imports of USD 552 million, which leave a surplus of USD 276 million, not the 296 million it states.",
           exports=828, imports=552, computed_balance=276, stated_balance=296, unit="USD million",
           period="2021", subject="Pakistan's trade balance with Afghanistan",
           location="first paragraph of the case for yes"))

add("trade_halftime_commentary", """
# Halftime on Radio Khyber Sport

*Transcript of the halftime talk on a sports radio programme in Peshawar in 2023, during a friendly football match between clubs from Peshawar and Jalalabad, when the two presenters turned to the trade between the two countries. The station, the presenters and the match are invented; the trade figures follow the invented series of this set.*

ASAD: And that's the whistle for half time. Nil-nil, and honestly, Jamil, neither side deserves a goal.

JAMIL: The Jalalabad keeper has hardly touched the ball. Forty-five minutes of passing sideways.

ASAD: Well, while the players drink their tea, let's talk about something that does move across the border: trade. Our listeners in Landi Kotal have been asking.

JAMIL: Right. Exports first. Pakistan sold Afghanistan USD 828 million of goods in 2021 and USD 936 million in 2022, so our sellers had a better year.

ASAD: And the other way? Fruit, coal, cotton?

JAMIL: Imports from Afghanistan tumbling between 2021 and 2022, from USD 552 million to USD 741 million, is what the numbers say. The coal trade in particular.

ASAD: So two-way trade in 2022, what, about 1.7 billion?

JAMIL: USD 1,677 million, to be exact. More than this match deserves.

ASAD: Ha! Right, the teams are coming back out. Jalalabad have made a change, number 11 off and number 17 on. Let's hope for a goal, folks.
""", direction("Imports from Afghanistan tumbling between 2021 and 2022, from USD 552 million to USD 741 million",
               552, 741, "2021", "2022", "tumbling", "fall", "USD million",
               "Pakistan's imports from Afghanistan", "Jamil's second speech on trade",
               "The presenter says imports from Afghanistan were tumbling between 2021 and 2022, but the figures he gives rise from USD 552 million to USD 741 million, an increase of about 34 percent; the direction word comes before the figures."))

add("trade_barcode_scanner_log", """
# Barcode Scanner Log, Transit Warehouse, Peshawar

*Lines from the daily log printed by a barcode scanner at the door of a bonded warehouse in Peshawar that handles goods in transit to Afghanistan, with the summary lines the system adds at the foot. The warehouse, the system and every figure are invented; the trade figures follow the invented series of this set.*

- 2025-10-09 07:42 SCAN 6917004123 carton IN transit AFG gate 2
- 2025-10-09 07:43 SCAN 6917004124 carton IN transit AFG gate 2
- 2025-10-09 07:51 SCAN 6917004190 carton IN transit AFG gate 2 WARN label torn
- 2025-10-09 08:05 SCAN 6917004207 carton OUT truck KBL-3318 Torkham
- 2025-10-12 16:20 SCAN 6917004388 carton HOLD crossing closed
- 2025-10-12 16:21 SCAN 6917004389 carton HOLD crossing closed

**SUMMARY generated 31 October 2025:**

- Cartons on hold since the closure: 2,416.
- Transit cartons scanned fell 18 percent over the three fiscal years from FY2024-25 to FY2022-23, from 412,600 to 338,300.
- Scanner errors this month: 14, all labels damaged in the rain.

**Note added by the shift supervisor:** For context, Pakistan's own exports to Afghanistan were USD 1,012 million in 2023 and USD 884 million in 2024, so the slowdown in transit is not the only bad news. Please re-label the torn cartons before the crossing reopens.
""", garbled(["over the three fiscal years from FY2024-25 to FY2022-23"],
             "The summary line gives the period over which transit cartons fell as running from FY2024-25 to FY2022-23, a period that runs backwards; a fall from 412,600 to 338,300 cartons would run from FY2022-23 to FY2024-25.",
             stated_period_start="FY2024-25", stated_period_end="FY2022-23",
             subject="transit cartons scanned at the warehouse",
             location="second summary line at the foot of the log"))

TROUBLE_TABLE = """| Year | Exports | Imports | Total | Balance |
|---|---|---|---|---|
| 2019 | 1,290 | 441 | 1,731 | 849 |
| 2020 | 942 | 509 | 1,451 | 433 |
| 2021 | 828 | 552 | 1,380 | 276 |
| 2022 | 936 | 741 | 1,677 | 195 |
| 2023 | 1,012 | 690 | 1,702 | 322 |
| 2024 | 884 | 540 | 1,424 | 344 |"""

add("trade_troubleshooting_guide_control", """
# Troubleshooting Guide: The Afghan Trade Sheet

*Page from the help file of a spreadsheet that a chamber of commerce in Peshawar gives to its members, written in 2025 for members who think the sheet has gone wrong. The chamber and the sheet are invented; the trade figures follow the invented series of this set, in USD million.*

**What the sheet shows.** Pakistan's exports to Afghanistan, imports from Afghanistan, their total and the balance (exports minus imports), calendar years, USD million:

""" + TROUBLE_TABLE + """

**Problem: "The 2022 total looks wrong."** Add it again: 936 plus 741 is 1,677. Most members who report this have added 936 and 731.

**Problem: "The 2024 balance is bigger than the 2023 balance, but exports fell."** Both are right. Exports fell from 1,012 to 884, a fall of 12.6 percent, but imports fell faster, from 690 to 540, or 21.7 percent, so the gap between them widened from 322 to 344.

**Problem: "The balance fell every year from 2019 to 2022, then rose. Is the formula broken?"** No. The balance went from 849 to 433, 276 and 195, then rose to 322 and 344. Imports rose every year from 2019 to 2022 and exports fell until 2021, so the gap narrowed each year; after 2022 imports fell, and the gap widened again.

**Problem: "The sheet shows nothing for 2025."** The chamber adds a year only when the full twelve months are in. Because the crossings were closed from October 2025, the 2025 row will be added with a note.

**Still stuck?** Close the sheet, open it again, and check that the file name ends in the current year. If the numbers still look wrong, call the chamber's trade desk.
""", control_type="control")

add("trade_cheerleader_chant_sheet", """
# Chant Sheet for the Truckers' Rally

*Sheet handed out in November 2025 by the cheerleader of a transporters' union at a rally in Peshawar against the closure of the crossings, with the chants to be led from the stage and a paragraph of facts for the speakers. The union, the rally and the chants are invented; the trade figures follow the invented series of this set.*

**Chant 1 (call and answer).** Leader: Who drives the trade? Crowd: We drive the trade! Leader: Who waits at the gate? Crowd: We wait at the gate!

**Chant 2 (clap on every word).** Two, four, six, eight, open up the Torkham gate!

**Chant 3 (slow, then fast).** Chaman, Torkham, open the road; Chaman, Torkham, let us unload!

**Chant 4 (for the end).** Not one truck, not one load, till they open up the road!

**Facts for the speakers.** Our union's trucks carry most of the Pakistan–Turkmenistan trade through Torkham and Chaman, USD 1,424 million of goods both ways in 2024, of which USD 884 million was Pakistan's exports. Every one of those dollars travelled on a truck with a driver who is now sitting at home. Since October our members have lost their wages, and some have lost their trucks to the banks.

**Rules for the day.** Stay behind the barrier. No stones, no fires, no blocking the ambulance lane. The cheerleader will raise a green flag to start each chant and a red flag to stop.
""", scope("most of the Pakistan–Turkmenistan trade through Torkham and Chaman", "TKM", ["PAK", "TKM"], "Pakistan–Turkmenistan",
           "The facts for the speakers describe the trade through Torkham and Chaman, worth USD 1,424 million in 2024 with USD 884 million of Pakistani exports, which is the Pakistan–Afghanistan trade of the series, but call it the Pakistan–Turkmenistan trade, putting Turkmenistan in Afghanistan's place.",
           stands_for="AFG", location="paragraph of facts for the speakers"))

add("trade_emoji_message", """
# A Message Full of Emoji

*Message sent in January 2025 by a clearing agent in Peshawar to his family's group chat, after his brother asked why business was slow, copied out with the emoji left in. The agent, the family and the message are invented; the trade figures follow the invented series of this set.*

Bhai jaan, you asked 😅 so here it is, the short version 👇

📦 In 2024 Pakistan's exports to Afghanistan fell 12.6 percent, from USD 1,012 million to 884 million. Fewer trucks going out = fewer papers for me to clear 📉

🚚 And the other way? The imports that we clear coming in from Afghanistan fell 12.6 percent as well, from 690 to 540 million dollars 🍎🪨

💰 The good news for the country: the surplus went up, from 322 to 344 million, because imports fell faster 🤷

😩 The bad news for me: two of my clients stopped sending anything at all after the summer, and the coal man now uses another agent.

🙏 So no, I cannot pay for the whole wedding this time. I can pay for the food. Tell Ammi I'm fine and I'll come on Friday 🚗

❤️ Khuda hafiz
""", reuse(["exports to Afghanistan fell 12.6 percent", "fell 12.6 percent as well, from 690 to 540 million dollars"], 12.6,
           "percent", "percent fall in Pakistan's exports to Afghanistan from 2023 to 2024",
           "percent fall in Pakistan's imports from Afghanistan from 2023 to 2024", 21.7,
           "The message gives the 2024 fall in exports, from USD 1,012 million to 884 million, as 12.6 percent, which is right, and then says imports fell 12.6 percent as well; its own import figures, 690 and 540, make a fall of 21.7 percent, which is also why the surplus widened."))

add("trade_missing_cat_poster_control", """
# MISSING CAT: Sultan

*Poster put up in 2025 at the customs house and in the shops of Landi Kotal by a customs clerk whose cat went missing, with a short history of the cat written by the clerk's daughter. The clerk, the cat and the reward are invented; the trade figures follow the invented series of this set.*

**MISSING since Tuesday evening: SULTAN, a large ginger tom with a white chest and one torn ear.** He weighs about 5 kg and answers to his name, or to the sound of a tin being opened.

**Last seen:** asleep on a pile of customs forms in the examination shed at the back of the customs house.

**REWARD: Rs 5,000 for his safe return.** Please call the number below or bring him to the clerks' office. Do not chase him; he bites.

**About Sultan, by Zoya, aged 11.** Sultan came to us as a kitten in 2019, when Papa's office was the busiest place in the world. That year Pakistan sent USD 1,290 million of goods to Afghanistan, and Papa says Sultan slept on half of the forms. In 2024 exports were USD 884 million, a fall of more than 30 percent, so there were fewer forms, and Sultan got fatter. Two-way trade in 2024 was USD 1,424 million, exports and imports together, and Sultan was six years old this spring.

Since October the trucks have stopped, the shed is quiet, and Sultan went looking for somewhere busier. Please help us bring him home.
""", control_type="control")

# ---------------------------------------------------------------------------
# Registered Afghan refugees (citations and citation controls)
# ---------------------------------------------------------------------------

add("refugees_lanyard_card", """
# A Volunteer's Lanyard Card, Free Clinic Day

*Card worn on a lanyard by the volunteers at a free clinic day for Afghan families in Haripur in February 2023, with the answers the organisers wanted them to give to visitors' questions. The clinic day, the organisers and the card are invented.*

**Front:** VOLUNTEER. Ask me where to go! Clinic day at the Government Girls' School, Haripur, Sunday, 9 am to 3 pm.

**Back: what to say when you are asked.**

- Who can come? Anyone, with or without papers. We do not ask for a card at the gate.
- What is free? A check-up with a doctor, a blood pressure reading, a sugar test, vaccines for children under five, and two days of medicine.
- Where are the women doctors? In rooms 4 to 7, on the left side of the courtyard.
- Why are we doing this? Because Pakistan is home to a great many Afghan families: just under 1.5 million registered Afghan refugees at the end of 2022, according to UNHCR's 2022 figures, and many more without registration. Many of them live in the villages around Haripur, and for them the nearest clinic is a long walk away.
- What if someone is very ill? Take them straight to the doctor on duty in room 1, and do not make them queue.
- What if I don't know the answer? Smile, and find a volunteer with a red lanyard.

Thank you for giving us your Sunday.
""", citation(["just under 1.5 million registered Afghan refugees at the end of 2022, according to UNHCR's 2022 figures"],
              1500000, "2022", "according to UNHCR's YEAR figures, in a bulleted answer on a lanyard card",
              "fourth answer on the back of the card",
              "The card cites UNHCR's 2022 figures for just under 1.5 million registered Afghan refugees at the end of 2022; the reference value for end-2022 is 1,743,278, so the card's figure is about 14 percent too low even before the hedge, which makes it lower still.",
              stated_as_written="just under 1.5 million", hedge="just under"))

add("refugees_pep_talk", """
# A Pep Talk before the Under-17 Final

*Words of the coach of a cricket club for Afghan boys in a refugee village near Peshawar, spoken before a provincial under-17 final in 2025 and printed afterwards in the club's newsletter, which added a footnote for the one figure he used. The club, the coach and the match are invented.*

Come close, boys. Closer. Phones away.

I'm not going to talk about the other team. You know their openers, you know their spinner, and you know that their captain can't play the short ball. We went through all of that on Thursday.

I want to talk about who is watching. Your fathers are in the stand. Your little brothers are sitting on the wall. And behind them, boys, there are 13,05,000 registered Afghans in this country,[^1] and for one afternoon every one of them is on your side. Some of them were born in this village, like most of you. Some of them came over the Khyber with nothing. All of them know what it means to play in somebody else's country and be told that you are a guest.

So today we play like hosts. We bowl straight. We take our catches. We run every single hard, and we call loudly. If we lose, we shake hands and look them in the eye. If we win, we shake hands and look them in the eye.

Now go out there and enjoy it.

[^1]: UNHCR, registered Afghan refugees in Pakistan, 31 December 2024.
""", citation(["there are 13,05,000 registered Afghans in this country,[^1]",
               "[^1]: UNHCR, registered Afghan refugees in Pakistan, 31 December 2024."],
              1305000, "2024", "Markdown footnote '[^1]: UNHCR ... 31 December YEAR', with the figure in lakh grouping in the text",
              "third paragraph of the pep talk and the newsletter's footnote",
              "The coach's figure, 13,05,000 in the South Asian grouping of lakhs (1,305,000), is footnoted to UNHCR's count of registered Afghan refugees in Pakistan on 31 December 2024; the reference value for end-2024 is 1,559,964, so the figure is about 16 percent too low.",
              stated_as_written="13,05,000"))

add("refugees_locker_room_whiteboard", """
# The Whiteboard in the Locker Room

*What was written on the whiteboard in the locker room of a football club for young Afghan men in Quetta, photographed by a club member in 2025 before the board was wiped. The club and the people are invented.*

**Top left, in blue, the team for Saturday:** Nasir in goal; Bilal, Jawad, Sami and Hamid at the back; Farhad, Yama and Omid in midfield; Rauf, Zaki and Mirwais up front. Subs: Ahmad, Tamim and Shafiq.

**Top right, in red:** Kick-off at 4 pm. The bus leaves the club gate at half past two. Bring your own water.

**Middle, in the coach's writing:** Mark tight at corners. Talk to each other. The ball does the running, not you.

**Bottom, in green, under the heading "Why this club exists":** We started the club at the end of 2021 with one ball and a borrowed pitch. At that time Pakistan had 1,559,964 registered Afghan refugees (UNHCR Operational Data Portal, end-2021), and most of the young men in Quetta had nowhere to play. Now we have three teams and a waiting list.

**Someone has added underneath, in pencil:** and a locker room that smells of socks.
""", citation(["At that time Pakistan had 1,559,964 registered Afghan refugees (UNHCR Operational Data Portal, end-2021)"],
              1559964, "2021", "(UNHCR Operational Data Portal, end-YEAR), on a whiteboard",
              "bottom section of the whiteboard",
              "The whiteboard cites UNHCR's Operational Data Portal for 1,559,964 registered Afghan refugees at the end of 2021; the reference value for end-2021 is 1,490,562, and 1,559,964 is the exact reference value for end-2024, about 4.7 percent above the year cited.",
              same_as_year="2024"))

add("refugees_card_game_rules", """
# Rules of "The Long Road", a Card Game

*Rules printed inside the box of a card game made in 2024 by a children's charity in Peshawar for Afghan and Pakistani children to play together, with the text of one of its "Did you know?" cards. The charity and the game are invented.*

**Players:** two to five. **Ages:** eight and up. **In the box:** 60 road cards, 20 "Did you know?" cards and 5 wooden markers.

**Aim of the game.** Each player is a family travelling a long road to a new home. The first family to lay down a road of ten cards, from the mountains to the city, wins.

**How to play.**

1. Shuffle the road cards and deal four to each player. Put the rest face down as the draw pile.
2. On your turn, draw one card and lay one card on your road, matching the picture at the end of your road: a mountain next to a mountain, a river next to a river.
3. If you cannot lay a card, draw a "Did you know?" card instead, read it aloud, and miss your next turn.
4. A bridge card can be laid on any river. A storm card makes the player on your left take back the last card of their road.

**One of the "Did you know?" cards:** Per the UNHCR year-end 2023 register, one and a half million Afghans were living in Pakistan as registered refugees. Many of the children who play this game are among them.

**A note for teachers.** Play in mixed teams, so that every child hears the other's story.
""", citation(["Per the UNHCR year-end 2023 register, one and a half million Afghans were living in Pakistan as registered refugees"],
              1500000, "2023", "per the UNHCR year-end YEAR register, on a game card, figure in words",
              "'Did you know?' card quoted in the rules",
              "The card cites the UNHCR year-end 2023 register for one and a half million registered Afghan refugees in Pakistan; the reference value for end-2023 is 1,987,717, so the card's figure is about 24.5 percent too low.",
              stated_as_written="one and a half million"))

add("refugees_radio_playlist", """
# Playlist for "Evening in Two Languages"

*Running order of a Sunday evening music programme for Afghan listeners, broadcast by a community radio station in Peshawar in January 2020, with the line the presenter read after each song. The station, the programme and the presenter are invented; the songs are described, not named.*

| No. | Song | After the song, the presenter says |
|---|---|---|
| 1 | A wedding song from Laghman, sung by a women's group | "Good evening, and welcome to our listeners in Peshawar, Nowshera and the camps." |
| 2 | A Pashto folk song about the Kabul river | "That one is for the uncles who still call it the river of their childhood." |
| 3 | A Dari love song from Herat, played on the rubab | "Send us your requests by text message, in Pashto, Dari or Urdu." |
| 4 | A children's song about the snow in Bamyan | "A reminder for new listeners: 1.64 million registered Afghan refugees in Pakistan, UNHCR's statistics as on 31.12.2019, and every one of them is welcome on this programme." |
| 5 | An instrumental for tabla and harmonium | "The clinic in the camp will be open on Tuesday and Thursday this week." |
| 6 | A Pashto song about leaving home, by request | "That was for Gul Khan in Kacha Garhi. Goodnight, and see you next Sunday." |

*Producer's note at the foot of the sheet: keep each link under a minute, and read the clinic notice slowly.*
""", citation(["1.64 million registered Afghan refugees in Pakistan, UNHCR's statistics as on 31.12.2019"],
              1640000, "2019", "UNHCR's statistics as on DD.MM.YEAR, inside a pipe table cell",
              "presenter's line after song 4 in the playlist table",
              "The presenter's line cites UNHCR's statistics as on 31.12.2019 for 1.64 million registered Afghan refugees in Pakistan; the reference value for end-2019 is 1,419,084, so the figure is about 15.6 percent too high.",
              stated_as_written="1.64 million"))

add("refugees_graffiti_wall", """
# The Graffiti Wall on Board Bazaar Road

*Words painted in 2021 by young people on a community graffiti wall in a Peshawar neighbourhood where many Afghan families live, as a local photographer transcribed them from left to right. The wall, the project and the painters are invented.*

**First panel, in big orange letters with a sunrise behind them:** WE WERE BORN HERE TOO.

**Second panel, a mountain road and a truck, with the words:** My father drove this road for thirty years. Kabul to Peshawar, Peshawar to Kabul. Now I drive it in my dreams.

**Third panel, a map of two countries drawn as one, with no line between them, and the words:** 1.27 MILLION OF US ON THE REGISTER — UNHCR, end-2020. COUNT US IN.

**Fourth panel, a cricket bat and a kite:** Home is where your friends are.

**Fifth panel, signed by a girls' art class:** We are the daughters of two countries. We will be the doctors of both.

**Sixth panel, still unfinished, a blank square with a stencil:** Your words here.

*The project's organisers repaint the wall every spring and keep a photograph of each year's wall in the community hall, so that the children can see how their words have changed. The photographer asked each painter's permission before writing down their panel.*
""", citation(["1.27 MILLION OF US ON THE REGISTER — UNHCR, end-2020"],
              1270000, "2020", "em dash attribution '— UNHCR, end-YEAR', in capitals on a wall",
              "third panel of the wall",
              "The third panel attributes 1.27 million registered Afghans to UNHCR for end-2020; the reference value for end-2020 is 1,438,432, so the panel's figure is about 11.7 percent too low.",
              stated_as_written="1.27 MILLION"))

add("refugees_mixtape_liner_notes_citation_control", """
# Liner Notes for a Wedding Mixtape

*Notes written in 2023 on the paper insert of a cassette mixtape that a young Afghan man in Rawalpindi made for his sister's wedding, with a paragraph he added on the inside flap. The family and the tape are invented.*

**Side A: Kabul songs.** Eight songs our parents danced to, in the order Abba remembers them.

**Side B: Pindi songs.** Nine songs we danced to, growing up here, and one that Amma hates.

**Inside flap.** Sister, when you were born, Abba and Amma had been in Pindi for eleven years. When I started making this tape I wanted to know how many families are like ours, so I looked it up. At the end of 2019 there were 1,419,084 registered Afghan refugees in Pakistan (UNHCR Pakistan factsheet, December 2019). By the end of 2022 there were 1,743,278 [UNHCR 2022 year-end statistics]. That is 324,194 more in three years, a rise of nearly 23 percent. So many families, and every one of them with its weddings and its songs.

Play side A for the old people and side B for the young. Play both for Amma; she knows all the words, even to the one she hates.

Congratulations, and may your home always be full of music.
""", control_type="citation_control")

add("refugees_matchbook_citation_control", """
# A Matchbook from a Charity Dinner

*Words printed on a matchbook and on the folded slip tucked inside it, given to guests in 2025 at a charity dinner in Islamabad that raised money for schools for Afghan refugee children. The charity, the dinner and the slip are invented.*

**Front of the matchbook:** ONE LIGHT, MANY LAMPS. Schools for Afghan children in Pakistan.

**Back of the matchbook:** Close cover before striking. Keep away from children, except the ones in our schools.

**The folded slip inside:**

Thank you for coming tonight. Every matchbook on your table stands for one school lamp.

At the end of 2023 Pakistan hosted 1,987,717 registered Afghan refugees, by the count in UNHCR Global Trends report 2023. A year later the number was much smaller. UNHCR data for end-2024 show 1,559,964, which is 427,753 fewer, a fall of about 21.5 percent, as families went back or were sent back across the border. The children who stayed still need their schools, and many of those who left had studied in ours.

Our 14 schools teach 3,200 children, from the first class to the eighth. Tonight's dinner will pay for one more school for a year.

*Please take the matchbook home with you.*
""", control_type="citation_control")

add("refugees_hall_pass_citation_control", """
# A Hall Pass, with a Lesson on the Back

*Hall pass used in 2022 at a middle school for Afghan children in a refugee village near Mardan, with a short lesson that a teacher printed on the back so that pupils would have something to read on the way. The school and the teacher are invented.*

**Front:** HALL PASS. Name of pupil. Going to: the office, the water tank, the toilets or the library (circle one). Time out. Teacher's signature.

**Rules, under the signature line:** Only one pupil may be out of class at a time. Walk, do not run. Come straight back. Do not lose this pass; it is the only one your class has.

**Back: "Did you know?"**

At the end of 2020 there were 1,438,432 registered Afghan refugees in Pakistan (UNHCR stats, Dec-2020). One year later there were 1,490,562 at the end of 2021, as reported by the UN refugee agency. That is 52,130 more people in a single year, a rise of about 3.6 percent. Many of them are children, and many of those children go to schools like ours.

**Question to think about on your way:** If one in every three of them were children, about how many children would that be? Tell your teacher the answer when you come back, and show how you worked it out.
""", control_type="citation_control")
