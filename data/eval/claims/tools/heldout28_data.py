# Twenty-eighth held-out set of synthetic documents ("heldout28").  Written
# from scratch after heldout27/, by a labeller session that had not opened
# dyad's implementation or history and had not seen any of its results.
# Every entry: name (topic slug, numbered later by build_heldout28.py), text,
# labels (list of defect dicts), control_type for controls.
# Registers not used before: a chaff cutter maker selling to Afghan dealers;
# a steel trunk maker; a sesame traders' association buying Afghan sesame
# (with the annual trade series, 2019-2024 rows); a farm tool maker (sickles,
# spades, hoes); a cashmere dehairing mill buying raw Afghan cashmere; a
# children's asthma clinic; a refugee youth kabaddi club; a school for blind
# children (Braille); a rainwater tank project in Afghan refugee villages;
# and a kitchen garden project for Afghan refugee women.
#
# Invented figures shared with earlier sets: annual trade series (README:
# exports 1,290 / 942 / 828 / 936 / 1,012 / 884 and imports 441 / 509 / 552 /
# 741 / 690 / 540 for 2019-2024, balances 849 / 433 / 276 / 195 / 322 / 344,
# totals 1,731 / 1,451 / 1,380 / 1,677 / 1,702 / 1,424); reference refugee
# series (1,419,084 / 1,438,432 / 1,490,562 / 1,743,278 / 1,987,717 /
# 1,559,964 for 2019-2024).
#
# New invented figures, consistent with the above:
#   Dharti Chaff Cutter Works, Toba Tek Singh (invented): chaff cutters to 14
#     Afghan dealers in Jalalabad, Qarghayi and Alingar, 2025, machines / Rs
#     million (about Rs 25,000 a machine on average): Q1 260 / 6.5, Q2 340 /
#     8.5, Q3 420 / 10.5, Q4 180 / 4.5, total 1,200 / 30.0; 2024 1,500 (fall
#     300, -20.0 percent); Q3 35.0 percent of the year; hand-cranked 720 (60
#     percent, Rs 18,000 each), motor-driven 480 (40 percent, Rs 35,500
#     each); 30 machines a truck, 40 trucks in 2025, all through Torkham; 32
#     workers; a farm machinery fair in Jalalabad, 14-16 October 2025, 60
#     machines booked there.
#   Sandook Trunk House, Kamalia (invented): painted steel trunks to 19
#     Afghan dealers (Kabul 11, Paghman 3, Istalif 2, Shakardara 3), 2024 /
#     2025: large 2,000 / 2,300 (+15.0 percent), medium 3,000 / 3,150 (+5.0),
#     small 1,000 / 950 (-5.0), total 6,000 / 6,400 (+400, +6.7); large 35.9
#     percent of 2025; by half-year 2025: H1 1,000 / 1,500 / 400 = 2,900, H2
#     1,300 / 1,650 / 550 = 3,500; about Rs 7,500 a trunk, Rs 48.0 million in
#     2025; 42 workers, 8 of them painters; 160 trunks nested to a truck (40
#     trucks in 2025); 540 finished trunks in the warehouse on 15 October
#     2025.
#   Khanewal Sesame Traders' Association (invented, 28 member houses, 11 of
#     them buying Afghan sesame from Rodat and Kama in Nangarhar through
#     Torkham and from Daman and Dand in Kandahar through Chaman): Afghan
#     sesame bought by members, tonnes: 2021 4,200, 2022 5,100 (+21.4
#     percent), 2023 6,300 (+23.5), 2024 5,600 (-700, -11.1), 2025 6,720
#     (+1,120, +20.0); about US$ 1,500 a tonne (2025 about US$ 10.1 million);
#     2025 by crossing: Torkham 4,032 (60.0 percent), Chaman 2,688 (40.0);
#     Afghan seed 35 percent of members' sesame in 2025; about 24 tonnes a
#     truck (280 trucks in 2025); outlook for 2026 6,500 to 7,200 tonnes.
#   Khurpa Tool Works, Sambrial (invented): sickles, spades and hoes to 8
#     Afghan dealers (3 in Mohammad Agha, 3 in Baraki Barak, 2 in Maidan
#     Shahr), 2025, dozens / Rs million (Rs 5,000 a dozen): Q1 1,500 / 7.5, Q2
#     2,100 / 10.5, Q3 900 / 4.5, Q4 1,200 / 6.0, total 5,700 / 28.5; 2024
#     5,000 dozen (+700, +14.0 percent); Q2 36.8 percent; sickles 2,280 (40
#     percent), spades 1,995 (35), hoes 1,425 (25); stock at end-2024 820
#     dozen (spades 420, sickles 260, hoes 140), at end-2025 700 (spades 300,
#     sickles 180, hoes 220); 6 weeks from order to Torkham; 26 workers; 22
#     hardware shops in the Punjab; ten trucks in 2025.
#   Pashm Dehairing Mill, Hazro (invented): raw Afghan cashmere bought from 34
#     collectors in Qala-e-Naw and Chaghcharan, 2025, kilograms / US$
#     thousand (about US$ 40 a kilogram): April 6,000 / 240, May 18,000 /
#     720, June 24,000 / 960, July 12,000 / 480, total 60,000 / 2,400; 2023
#     55,000, 2024 50,000, 2025 +10,000 (+20.0 percent); June 40.0 percent;
#     dehairing yield 50 percent (about 30,000 kilograms of fibre); bales of
#     50 kilograms (1,200 bales); fibre sold in 2025 to spinners in Lahore 45
#     percent, exporters in Karachi 35, knitters in Shahkot 20; 48 workers;
#     payment within 10 days; a little mohair from Lesotho by sea.
#   Saans Children's Asthma Clinic, Takht Bhai (invented, opened 2019,
#     refugee outreach from 2020): children on regular treatment at year
#     end: end-2022 180, end-2023 215, end-2024 240, end-2025 288 (+48, +20.0
#     percent; 112 new, 64 left); new patients 2025 by age, girls / boys /
#     total: under 5 14 / 22 / 36, 5 to 9 20 / 28 / 48, 10 to 14 12 / 16 /
#     28, total 46 / 66 / 112; 170 of the 288 from Afghan refugee families; 9
#     refugee villages; 15 volunteers; 2 doctors and 4 nurses; open 6 days a
#     week; hospital admissions 58 (2024) and 37 (2025); parents at the
#     asthma school 300 (2024) and 420 (2025); a spacer Rs 1,200; inhaler
#     about Rs 650 a month.
#   Lalkaar Kabaddi Club, Katlang (invented, refugee youth, founded 2020):
#     members at year end: 2020 14, 2021 20, 2022 24, 2023 32, 2024 30, 2025
#     40; 2025: 18 matches, 11 won, 5 lost, 2 drawn, 4 tournaments; 2
#     coaches; three evenings a week on a school ground; ground rent Rs 3,000
#     a month from July 2025.
#   Basirat School for Blind Children, Fateh Jang (invented, opened 2022):
#     pupils at year end, girls / boys / total: 2023 15 / 23 / 38, 2024 19 /
#     27 / 46, 2025 23 / 31 / 54; 29 of the 54 from Afghan refugee families;
#     7 teachers (3 of them blind); 20 boarders; 12 Braille writers; Braille
#     textbooks made 120 (2024) and 150 (2025); 40 white canes in 2025; about
#     Rs 9,000 a child a month.
#   Barish Rainwater Tank Project (invented, begun 2022): 10,000-litre
#     ferro-cement tanks in 8 Afghan refugee villages around Muslim Bagh and
#     Kuchlak: 2022 80, 2023 130, 2024 150, 2025 120 (-30, -20.0 percent),
#     480 in all; about 40 people to a tank (19,200 people); about Rs 140,000
#     a tank; 24 masons.
#   Hariyali Kitchen Garden Project (invented, begun 2023): gardens kept by
#     Afghan refugee women in Jalozai, Pir Sabak and Aza Khel: end-2023 120,
#     end-2024 200 (Jalozai 120, Pir Sabak 50, Aza Khel 30), end-2025 260
#     (150, 70, 40); about 180 kilograms of vegetables a garden a year (2025
#     27.0, 12.6 and 7.2 tonnes, 46.8 in all); about Rs 6,500 a garden; 5
#     trainers; 30 more gardens planned for spring 2026.

HELDOUT28 = []
from heldout_labels import (  # noqa: F401
    PAIR, REFS, adder, arith, change_pct, citation, direction, garbled, line_of, parts_total, pdf_lines, scope, tvt,
    repeated, reuse,
)

add = adder(HELDOUT28)


# ---------------------------------------------------------------------------
# Dharti Chaff Cutter Works, Toba Tek Singh (invented)
# ---------------------------------------------------------------------------

CUTTER_ROWS = [["Quarter", "Machines", "Rs million"],
               ["Q1 2025", "260", "6.5"],
               ["Q2 2025", "340", "8.5"],
               ["Q3 2025", "420", "10.5"],
               ["Q4 2025", "180", "4.5"],
               ["Total", "1,200", "30.0"]]
CUTTER_PDF = pdf_lines(CUTTER_ROWS)
CUTTER_PIPE = """| Quarter | Machines | Rs million |
|---|---|---|
| Q1 2025 | 260 | 6.5 |
| Q2 2025 | 340 | 8.5 |
| Q3 2025 | 420 | 10.5 |
| Q4 2025 | 180 | 4.5 |
| Total | 1,200 | 30.0 |"""

add("chaff_cutter_maker_sales_statement_control", f"""
# Dharti Chaff Cutter Works: Afghan Sales Statement, 2025

*An invented company in Toba Tek Singh. All figures are invented.*

Dharti builds chaff cutters, the fodder machines that chop maize stalks, sorghum and berseem for stall-fed cattle. Fourteen dealers in Jalalabad, Qarghayi and Alingar sell them on to farmers in Nangarhar and Laghman.

Table 1. Chaff cutters sold to Afghan dealers, 2025 (text as extracted from the PDF)

{CUTTER_PDF}

**The year.** Sales lost their shine in 2025: dealers took 1,200 machines, against 1,500 in 2024, a fall of 300, or 20.0 percent. At an average of Rs 25,000 a machine the year brought Rs 30.0 million.

**Seasons.** The third quarter was the busiest, with 420 machines, 35.0 percent of the year, as farmers got ready to keep their animals in the stall through the winter.

**Kinds.** Hand-cranked cutters made up 720 of the 1,200, or 60 percent; the other 480 were built to be driven by a small diesel engine or an electric motor.

**Shipping.** A truck takes 30 machines with the blades packed apart, so the year's sales filled 40 trucks, all of them through Torkham.
""", control_type="control")

add("chaff_cutter_maker_board_note_third_quarter", f"""
# Note to the Board: Afghan Sales by Quarter, 2025

*Dharti Chaff Cutter Works, Toba Tek Singh (invented). Figures are invented.*

Table 1. Chaff cutters sold to Afghan dealers, 2025

{CUTTER_PIPE}

**Autumn rush.** Afghan farmers buy cutters before the first frost, when the cattle come in from the fields. The third quarter brought 402 machines, our best quarter of the year, and the assembly shed ran a night shift for most of August.

**The slow months.** The fourth quarter was thin, as it always is. The road to Alingar closes for days at a time, and dealers do not want stock they cannot move before spring.

**For decision.** The board is asked to approve a second blade-grinding machine, at about Rs 2.2 million, so that blades for the autumn rush can be ground in July rather than in a hurry in August.

**Dealers.** Two of our fourteen dealers, both in Qarghayi, have asked for thirty days' credit. The sales office proposes fifteen days, with the first order of the season paid in advance.
""", tvt(["The third quarter brought 402 machines", line_of(CUTTER_PIPE, "| Q3 2025")],
        {"text_value": 402, "table_value": 420}, "chaff cutters",
        "chaff cutters sold to Afghan dealers in the third quarter", "Q3 2025",
        "'Autumn rush' paragraph against the Q3 2025 row of Table 1",
        "The note says the third quarter brought 402 machines; the Q3 2025 row of Table 1 gives 420 "
        "(the last two digits transposed). The table's quarters add up to its total of 1,200.",
        table_form="pipe, total row", period_as_written="The third quarter"))

add("chaff_cutter_maker_dealer_letter_great_guns", """
# Letter to Our Dealers in Nangarhar and Laghman

*Dharti Chaff Cutter Works, Toba Tek Singh (invented). Figures are invented.*

Dear friends,

**The year behind us.** Your orders went great guns in 2025, when you took 1,200 of our cutters, after 1,500 in 2024. We know the dry spring hurt the maize around Jalalabad and that many farmers sold animals rather than buy fodder for them.

**Prices for 2026.** A hand-cranked cutter stays at Rs 18,000 and a motor-driven one at Rs 35,500 for orders placed before the end of February. After that we shall have to pass on the rise in the price of steel sheet.

**Spare blades.** Each machine now leaves the works with a spare blade in its crate. Send us the serial number of any blade that chips in its first season and we will replace it free of charge.

**Visits.** Our sales manager will come to Jalalabad in March to meet you and to see the demonstration plots at Qarghayi. Please tell the office which days suit you.

With good wishes,

The sales office, Dharti Chaff Cutter Works
""", direction("Your orders went great guns in 2025, when you took 1,200 of our cutters, after 1,500 in 2024",
              1500, 1200, "2024", "2025", "went great guns", "rise", "chaff cutters",
              "chaff cutters taken by Afghan dealers", "letter, 'The year behind us' paragraph",
              "'Went great guns' says the dealers' orders boomed, but they fell from 1,500 cutters in "
              "2024 to 1,200 in 2025, down 20.0 percent; the letter itself goes on to explain the fall."))

add("chaff_cutter_maker_export_memo_samoa_ambassador", """
# Export Memo: The Jalalabad Farm Fair

*Dharti Chaff Cutter Works, Toba Tek Singh (invented). Figures are invented.*

**The fair.** We showed four cutters at the farm machinery fair in Jalalabad from 14 to 16 October. Pakistan's ambassador to Samoa, who opened the fair, spent ten minutes at our stand and watched a hand-cranked cutter chop a bundle of maize stalks in under a minute.

**Orders.** Nine farmers' groups asked for prices, and two of our dealers booked 60 machines between them for delivery before the end of November. They will go on two trucks from Toba Tek Singh.

**Paperwork.** Each crate needs an invoice, a packing list and a certificate of origin from the chamber of commerce in Toba Tek Singh. Our clearing agent at Torkham checks the papers the day before a truck leaves the works.

**Next year.** The organisers have offered us a corner stand for 2026 at Rs 90,000. We recommend taking it, and bringing a motor-driven cutter with its own small engine, since several visitors asked to see one working.
""", scope("Pakistan's ambassador to Samoa, who opened the fair", "WSM", ["PAK", "WSM"],
           "Pakistan's ambassador to Samoa",
           "A farm fair in Jalalabad would be opened by Pakistan's ambassador to Afghanistan; the memo "
           "names Samoa as the country to which the ambassador is accredited, making it the other side "
           "of a Pakistan–Afghanistan occasion."))

add("chaff_cutter_maker_dispatch_notice_blades_twice", """
# Notice to Dispatch Staff: Autumn Loading

*Dharti Chaff Cutter Works, Toba Tek Singh (invented). Figures are invented.*

**Loading.** From 1 August trucks will leave for Torkham on Mondays and Thursdays, each with 30 machines, whenever a full load is ready. Load the heavy frames first and the feed rollers on top, and tie every crate to the side rails.

**Packing.** Each machine leaves with its blade wrapped in oiled paper and the flywheel bolted to the frame. Each machine leaves with its blade wrapped in oiled paper and the flywheel bolted to the frame. Crates for Alingar go on by smaller trucks from Jalalabad, so mark them in red paint on two sides.

**Papers.** The invoice and the packing list travel in the cab with the driver. The clearing agent at Torkham must have copies by noon on the day before the truck arrives.

**Spares.** A spare blade goes into each crate this season. If the store runs short, stop loading and tell the works manager at once.

**Hours.** The loading bay opens at seven and closes at four, Friday included, until the end of October.
""", repeated("Each machine leaves with its blade wrapped in oiled paper and the flywheel bolted to the frame.",
              2, "packing of chaff cutters for dispatch", "notice, 'Packing' paragraph",
              "The sentence on packing the blade and the flywheel is printed twice in a row, word for word."))

# ---------------------------------------------------------------------------
# Sandook Trunk House, Kamalia (invented)
# ---------------------------------------------------------------------------

TRUNK_TABLE = """| Kind | 2024 | 2025 | Change (%) |
|---|---|---|---|
| Large trunks | 2,000 | 2,300 | +15.0 |
| Medium trunks | 3,000 | 3,150 | +5.0 |
| Small trunks | 1,000 | 950 | \u22125.0 |
| Total | 6,000 | 6,400 | +6.7 |"""

TRUNK_HALVES = """| Half-year | Large | Medium | Small | Total |
|---|---|---|---|---|
| H1 2025 | 1,000 | 1,500 | 400 | 2,900 |
| H2 2025 | 1,300 | 1,650 | 550 | 3,600 |"""

add("trunk_maker_sales_review_control", f"""
# Sandook Trunk House: Sales Review, 2025

*An invented company in Kamalia. Figures are invented.*

Sandook makes painted steel trunks, the kind a bride takes to her new home and a family uses to keep quilts and winter clothes. Nineteen dealers in Kabul, Paghman, Istalif and Shakardara sell them on.

Table 1. Trunks sold to Afghan dealers

{TRUNK_TABLE}

**The year.** Afghan dealers took 6,400 trunks in 2025, up 400, or 6.7 percent, on 2024. At an average of Rs 7,500 a trunk the year brought Rs 48.0 million.

**Large trunks.** The weddings that follow the harvest gave large trunks their best year: 2,300, up 15.0 percent, and 35.9 percent of all trunks sold.

**Small trunks.** Small trunks fell to 950 from 1,000, as dealers now buy cheap plastic boxes for the smallest sizes.

**People.** The works employs 42 people, 8 of them painters who do the flowers and birds on the lids by hand.
""", control_type="control")

add("trunk_maker_board_note_half_year_total", f"""
# Note to the Board: Trunks by Half-Year, 2025

*Sandook Trunk House, Kamalia (invented). Figures are invented.*

Table 1. Trunks sold to Afghan dealers, 2025

{TRUNK_HALVES}

**The second half.** Orders always climb after the wheat harvest, when families in Paghman and Istalif start to plan autumn weddings. Large trunks gained most, and the paint shop worked Saturdays from August to October.

**For the year.** Dealers took 6,400 trunks in all, against 6,000 in 2024, and paid for all but two consignments within sixty days.

**For decision.** The board is asked to approve a powder-coating booth at about Rs 3.5 million. It would replace the spray room, where the paint now takes two days to dry in winter.

**Steel.** Sheet prices rose twice in 2025. The sales office suggests a rise of Rs 300 a trunk from March, after the spring orders are in. Dealers have been told to expect it. A small rise now is easier to explain than a large one in the autumn.
""", parts_total([line_of(TRUNK_HALVES, "| H2 2025")],
                 {"Large": 1300, "Medium": 1650, "Small": 550}, 3600, "trunks", "H2 2025",
                 "trunks sold to Afghan dealers in the second half of 2025",
                 "note, Table 1, H2 2025 row, Total column",
                 "The Total cell of the H2 2025 row gives 3,600 trunks, but the row's large, medium and "
                 "small trunks add up to 3,500; with the H1 row's 2,900, the table implies 6,500 for the "
                 "year against the text's 6,400.",
                 table_form="pipe, Total column, no total row"))

add("trunk_maker_dealer_letter_off_the_boil", """
# Letter to Our Afghan Dealers

*Sandook Trunk House, Kamalia (invented). Figures are invented.*

Dear friends,

**Large trunks.** Your orders for large trunks came off the boil in 2025: 2,300, against 2,000 the year before. We thank the dealers in Paghman and Istalif above all, who sold them to families getting ready for autumn weddings.

**New patterns.** From spring you may choose from six lid patterns instead of four. The two new ones, a pomegranate tree and a pair of parrots, are painted by hand like the others.

**Prices.** Because sheet steel went up twice last year, prices will rise by Rs 300 a trunk from March. Orders that reach us before then keep the old price.

**Payment.** Please keep to the sixty days agreed. Two consignments from 2025 are still unpaid, and we would rather not hold back new orders to the same shops.

**Deliveries.** Trucks leave Kamalia on Tuesdays and cross at Torkham two days later. If a set arrives dented, send us a photograph and we will credit the damaged trunk against your next order.

We look forward to another good season.

The sales office, Sandook Trunk House
""", direction("Your orders for large trunks came off the boil in 2025: 2,300, against 2,000 the year before",
              2000, 2300, "2024", "2025", "came off the boil", "fall", "trunks",
              "large trunks ordered by Afghan dealers", "letter, 'Large trunks' paragraph",
              "'Came off the boil' says orders cooled, but large trunks rose from 2,000 in 2024 to 2,300 "
              "in 2025, up 15.0 percent; the letter then thanks the dealers for the sales.",
              period_as_written="the year before"))

add("trunk_maker_shipping_note_same_stock", """
# Shipping Note: Trunks Waiting for Afghan Trucks

*Sandook Trunk House, Kamalia (invented). Figures are invented.*

**The warehouse.** Finished trunks waiting for Afghan trucks went from 540 on 15 October 2025 to 540 on 15 October 2025, and the floor is now full to the door. No more trunks can be painted until space is made.

**Nesting.** A small trunk goes inside a medium one and a medium inside a large, so a truck takes 160 trunks. Check that every lid closes before the set is roped.

**Trucks.** The transporter has promised four trucks next week. Two go to Kabul and one each to Paghman and Shakardara, all through Torkham.

**Damage.** Trunks that arrive dented are the largest single cause of complaints from dealers. Put a sheet of cardboard between each pair of trunks and do not stack more than five sets high.

**Papers.** Invoices and packing lists go to the clearing agent by noon on the day before loading.

**Paint.** Trunks painted in the last two days must not be loaded; fresh paint scuffs on the road.
""", garbled(["went from 540 on 15 October 2025 to 540 on 15 October 2025"],
             "The change in finished trunks waiting in the warehouse starts and ends at the same value on "
             "the same date, so it describes no change at all.",
             start_value=540, end_value=540, start_period="15 October 2025", end_period="15 October 2025",
             unit="trunks", subject="finished trunks waiting in the warehouse for Afghan trucks",
             location="note, 'The warehouse' paragraph"))

add("trunk_maker_sales_team_note_painters_reuse", """
# Note for the Sales Team: Afghan Dealers

*Sandook Trunk House, Kamalia (invented). Figures are invented.*

**Who we sell to.** We sell through 19 dealers in Kabul, Paghman, Istalif and Shakardara. Eleven of them are in Kabul, and most of the rest sell trunks beside bedding and kitchenware.

**Painting.** Dealers can now choose the lid pattern for each order. Our 19 painters can turn out the new pomegranate and parrot patterns as quickly as the old roses, so promise no more than three weeks from order to loading.

**Sizes.** Large trunks sell best in autumn; medium trunks sell the year round. Do not push small trunks: dealers tell us plastic boxes have taken that end of the market.

**Credit.** Sixty days, as before. Any dealer with an unpaid consignment older than that gets no new order until it is settled.

**Samples.** Each of you will carry one painted lid of each pattern on your next visit, so that dealers can show them to their customers.
""", reuse(["We sell through 19 dealers", "Our 19 painters"], 19, "dealers / painters",
           "Afghan dealers the firm sells through", "painters at the works", 8,
           "The number of Afghan dealers (19) is reused a paragraph later as the number of painters; the "
           "sales review gives 8 painters among the 42 workers."))

# ---------------------------------------------------------------------------
# Khanewal Sesame Traders' Association (invented)
# ---------------------------------------------------------------------------

TRADE_FULL = """| Year | Exports | Imports | Total trade | Balance |
|---|---|---|---|---|
| 2019 | 1,290 | 441 | 1,731 | 849 |
| 2020 | 942 | 509 | 1,451 | 433 |
| 2021 | 828 | 552 | 1,380 | 276 |
| 2022 | 936 | 741 | 1,677 | 195 |
| 2023 | 1,012 | 690 | 1,702 | 322 |
| 2024 | 884 | 540 | 1,424 | 344 |"""

TRADE_BANK = """| Year | Exports | Imports | Total trade | Balance |
|---|---|---|---|---|
| 2019 | 1,290 | 441 | 1,731 | 849 |
| 2020 | 942 | 509 | 1,451 | 433 |
| 2021 | 828 | 552 | 1,308 | 276 |
| 2022 | 936 | 741 | 1,677 | 195 |"""

SESAME_CROSSINGS = """| Crossing | Tonnes | Share (%) |
|---|---|---|
| Torkham | 4,032 | 60.0 |
| Chaman | 2,688 | 40.0 |
| Total | 6,720 | 100.0 |"""

add("sesame_traders_fact_sheet_control", f"""
# Khanewal Sesame Traders' Association: Fact Sheet on Afghan Sesame

*An invented association of sesame traders. Figures are invented; the trade series is the one used across this collection.*

Table 1. Pakistan–Afghanistan trade, US$ million

{TRADE_FULL}

**The wider trade.** Pakistan's exports to Afghanistan fell from US$ 1,290 million in 2019 to US$ 884 million in 2024, down 31.5 percent, while imports from Afghanistan rose from US$ 441 million to US$ 540 million.

**Our sesame.** Eleven of our 28 member houses buy Afghan sesame, grown around Rodat and Kama in Nangarhar and Daman and Dand in Kandahar. They took 6,720 tonnes in 2025, up 20.0 percent on the 5,600 tonnes of 2024, worth about US$ 10.1 million at roughly US$ 1,500 a tonne.

**Where it fits.** Afghan seed made up 35 percent of the sesame members handled in 2025; seed from Sindh and the Punjab made up the rest.

**Trucks.** At about 24 tonnes a truck, the year's Afghan sesame filled some 280 trucks.
""", control_type="control")

add("sesame_traders_bank_circular_total_trade", f"""
# Circular: Trade Figures for Members' Banks

*Khanewal Sesame Traders' Association (invented). Figures are invented; the trade series is the one used across this collection.*

Several banks that finance members' imports of Afghan sesame have asked for figures on the wider trade between the two countries. The table below may be attached to applications for credit.

Table 1. Pakistan–Afghanistan trade, 2019–2022 (US$ million)

{TRADE_BANK}

**What the table shows.** Pakistan sold more to Afghanistan than it bought in every year, but the surplus narrowed from US$ 849 million in 2019 to US$ 195 million in 2022, as exports fell and imports from Afghanistan rose.

**Sesame.** Members' purchases of Afghan sesame grew from 4,200 tonnes in 2021 to 5,100 in 2022.

**Next steps.** Members who need a letter from the association for their bank should write to the secretary, giving the bank's name and the amount of credit sought.
""", parts_total([line_of(TRADE_BANK, "| 2021")], {"exports": 828, "imports": 552}, 1308, "USD million",
                 "2021", "Pakistan–Afghanistan total trade", "circular, Table 1, 2021 row, Total trade column",
                 "The Total trade cell of the 2021 row gives US$ 1,308 million, but exports of 828 and "
                 "imports of 552 add up to 1,380 (the last three digits reordered); the row's Balance of "
                 "276 is right.",
                 table_form="pipe, Total trade and Balance columns"))

add("sesame_traders_outlook_togo_second_city", """
# Outlook for Afghan Sesame, 2026

*Khanewal Sesame Traders' Association (invented). Figures are invented.*

**The crop.** Reports from growers point to a normal harvest in Nangarhar and a slightly larger one in Kandahar, where more land around Daman was sown after the spring rains.

**Cleaning.** Sesame from Daman and Dand is cleaned and bagged in Kandahar, Togo's second city, before the trucks leave for Chaman. Sesame from Rodat and Kama goes to Jalalabad and crosses at Torkham.

**Prices.** Togolese sesame comes by sea through Karachi and sets a floor for prices in Khanewal. Afghan seed, which is smaller and darker, usually sells a little below it.

**Quantities.** The committee expects members to buy between 6,500 and 7,200 tonnes of Afghan sesame in 2026, against 6,720 in 2025.

**Risks.** Closures at Chaman hurt most in October, when the Kandahar crop moves. Members should keep two weeks of stock in hand from September.

**Members' plans.** Members who expect to buy more than last year should tell the secretary, so that trucks can be booked early at both crossings.
""", scope("Kandahar, Togo's second city", "TGO", ["PAK", "TGO"], "Togo's second city",
           "Kandahar is Afghanistan's second city; the outlook calls it Togo's, naming Togo as the country "
           "the Afghan sesame comes from.",
           not_a_defect="Togolese sesame comes by sea through Karachi"))

add("sesame_traders_bulletin_chaman_share", f"""
# Members' Bulletin: Where Our Afghan Sesame Crossed, 2025

*Khanewal Sesame Traders' Association (invented). Figures are invented.*

Table 1. Afghan sesame bought by members, by crossing, 2025

{SESAME_CROSSINGS}

**Torkham.** Sesame from Rodat and Kama reaches Jalalabad within a day of threshing and crosses at Torkham. Most of it comes in August and September. Jalalabad traders clean the seed before loading, so less dust reaches members' warehouses.

**Chaman.** The Kandahar crop crossed at Chaman, which carried 60 percent of the year's sesame. Trucks waited up to three days there in October, when the gate closed twice.

**In all.** Members took 6,720 tonnes of Afghan sesame in 2025, some 280 trucks at about 24 tonnes each.

**Weights.** Several members found bags light by two or three kilograms after the Chaman closures. The secretary asks members to weigh a sample of bags from every truck and to send the results to the office.

**Closures.** The secretary will circulate a list of closure days at both gates each month, so that members can plan their buying.
""", tvt(["which carried 60 percent of the year's sesame", line_of(SESAME_CROSSINGS, "| Chaman")],
        {"text_value": 60, "table_value": 40.0}, "percent of tonnage",
        "share of members' Afghan sesame that crossed at Chaman", "2025",
        "'Chaman' paragraph against the Chaman row of Table 1 (Share column)",
        "The bulletin gives Chaman 60 percent of the year's sesame; the Chaman row of Table 1 gives "
        "40.0 percent (2,688 of 6,720 tonnes). 60 percent is Torkham's share, the row above.",
        table_form="pipe, share column and total row"))

add("sesame_traders_newsletter_roared_back", """
# Newsletter: Two Years of Afghan Sesame

*Khanewal Sesame Traders' Association (invented). Figures are invented.*

**Two years.** From 6,300 tonnes in 2023, members' purchases of Afghan sesame roared back to 5,600 tonnes in 2024. In 2025 they reached 6,720 tonnes, the most since members began buying across the border.

**Why.** Growers in Nangarhar lost part of the 2024 crop to late rain at threshing time, and the Chaman gate closed for much of that October.

**Quality.** Afghan seed is smaller and darker than seed from Sindh, but its oil content is good, and two of our members now press it for oil rather than sell it on to the sweet makers.

**Meetings.** The annual general meeting will be held in the association's hall on the last Saturday of January. Members who wish to raise a matter should send it to the secretary in writing two weeks before.

**New members.** Two trading houses joined in 2025, both of them buyers of Afghan seed.
""", direction("From 6,300 tonnes in 2023, members' purchases of Afghan sesame roared back to 5,600 tonnes in 2024",
              6300, 5600, "2023", "2024", "roared back", "rise", "tonnes",
              "Afghan sesame bought by members", "newsletter, 'Two years' paragraph",
              "'Roared back' says purchases recovered strongly, but they fell from 6,300 tonnes in 2023 "
              "to 5,600 in 2024, down 11.1 percent; the next paragraph explains the fall."))

add("sesame_traders_members_note_truck_reuse", """
# Note to Members: Trucks and Weights

*Khanewal Sesame Traders' Association (invented). Figures are invented.*

**Members.** Our 28 member houses handled sesame from Sindh, the Punjab and Afghanistan in 2025. Eleven of them bought Afghan seed, through Torkham or Chaman.

**Loads.** A truck from the border carries 28 tonnes of Afghan sesame in 50-kilogram bags. Transporters charge by the truck, not by the tonne, so members who share a truck should agree the split before loading.

**Weights.** Weigh a sample of ten bags from every truck on arrival. Bags light by more than one kilogram should be noted on the delivery slip and signed by the driver.

**Claims.** The secretary will take up claims for short weight with traders on the other side only if the delivery slip is signed.

**Storage.** Afghan seed arriving after rain at threshing time should be dried on the floor for two days before it is stacked.

**Bags.** Torn or re-sewn bags should be weighed separately and set aside until the trader has been told. Keep the slips for a year.
""", reuse(["Our 28 member houses", "carries 28 tonnes of Afghan sesame"], 28, "houses / tonnes a truck",
           "member houses of the association", "tonnes of Afghan sesame a truck carries", 24,
           "The number of member houses (28) is reused a paragraph later as a truck's load in tonnes; "
           "the association's fact sheet and bulletin give about 24 tonnes a truck."))

# ---------------------------------------------------------------------------
# Khurpa Tool Works, Sambrial (invented)
# ---------------------------------------------------------------------------

TOOLS_PIPE = """| Quarter | Dozens | Rs million |
|---|---|---|
| Q1 2025 | 1,500 | 7.5 |
| Q2 2025 | 2,100 | 10.5 |
| Q3 2025 | 900 | 4.5 |
| Q4 2025 | 1,200 | 6.0 |
| Total | 5,700 | 28.5 |"""

add("farm_tool_maker_sales_review_fifth", f"""
# Khurpa Tool Works: Sales Review, 2025

*An invented company in Sambrial. Figures are invented.*

Khurpa forges sickles, spades and hoes for small farmers. Eight dealers in Logar and Wardak sell them in Afghanistan.

Table 1. Farm tools sold to Afghan dealers, 2025

{TOOLS_PIPE}

**The year.** Sales to Afghan dealers rose from 5,000 dozen in 2024 to 5,700 dozen in 2025, a rise of a fifth. At Rs 5,000 a dozen the year brought Rs 28.5 million.

**Seasons.** April to June, when the wheat is cut, brought 2,100 dozen, 36.8 percent of the year. The third quarter was the quietest.

**Kinds.** Sickles made up 2,280 dozen, or 40 percent; spades 1,995 dozen, or 35 percent; and hoes the other 1,425 dozen.

**Works.** The forge employs 26 people. Steel bar comes from Lahore, and the handles from a sawmill in the town.
""", arith(["Sales to Afghan dealers rose from 5,000 dozen in 2024 to 5,700 dozen in 2025, a rise of a fifth"],
           "The review calls the rise from 5,000 to 5,700 dozen 'a fifth' (20 percent); it is 700 dozen, "
           "or 14.0 percent.",
           **{"from": 5000, "to": 5700, "from_period": "2024", "to_period": "2025",
              "stated_change_pct": 20.0, "computed_change_pct": 14.0, "unit": "dozen tools",
              "subject": "farm tools sold to Afghan dealers", "location": "review, 'The year' paragraph",
              "as_written": {"stated_change_pct": "a fifth"}}))

add("farm_tool_maker_sales_team_note_belize_dealers", """
# Note for the Sales Team: Where Our Tools Go

*Khurpa Tool Works, Sambrial (invented). Figures are invented.*

**Dealers at home.** In Pakistan we sell through 22 hardware shops in the Punjab. They buy mostly in the months before the wheat harvest and want delivery within a week.

**Dealers in Belize.** We have eight dealers across the border: three in Mohammad Agha and three in Baraki Barak in Logar, and two in Maidan Shahr in Wardak. Between them they took 5,700 dozen tools in 2025.

**Lead times.** Allow 6 weeks from order to Torkham for the Afghan dealers. The forge needs four weeks, and the paperwork and the truck the rest.

**What sells.** Sickles sell best in Logar, where most wheat is still cut by hand. In Wardak the dealers ask for heavy spades for the terraces and for digging irrigation channels.

**Prices.** Rs 5,000 a dozen on average, with a discount of 3 percent on orders of more than 300 dozen.
""", scope("Dealers in Belize", "BLZ", ["PAK", "BLZ"], "Dealers in Belize",
           "The heading names Belize as the country of the firm's foreign dealers, but the dealers it "
           "lists are in Logar and Wardak in Afghanistan, 'across the border' from Pakistan."))

add("farm_tool_maker_partners_note_harvest_quarter", f"""
# Note for the Partners: The Harvest Quarter, 2025

*Khurpa Tool Works, Sambrial (invented). Figures are invented.*

Table 1. Farm tools sold to Afghan dealers, 2025

{TOOLS_PIPE}

**The harvest quarter.** Afghan farmers cut their wheat from late May, and our dealers in Logar order sickles in March and April. April to June brought 2,100 dozen tools worth Rs 21.0 million, the best quarter of the year.

**After the harvest.** Orders went quiet in the summer and came back with autumn sowing, when the dealers buy spades and hoes.

**For the partners.** We propose to buy a second power hammer before February, at about Rs 1.8 million, so that sickle blades for the spring can be forged without working Fridays.

**Stock.** The yard held 700 dozen tools at the end of the year, enough for the first orders of the new season.
""", tvt(["April to June brought 2,100 dozen tools worth Rs 21.0 million", line_of(TOOLS_PIPE, "| Q2 2025")],
        {"text_value": 21.0, "table_value": 10.5}, "Rs million",
        "value of farm tools sold to Afghan dealers in the second quarter", "Q2 2025",
        "'The harvest quarter' paragraph against the Q2 2025 row of Table 1 (Rs million column)",
        "The note values April to June at Rs 21.0 million; the Q2 2025 row of Table 1 gives Rs 10.5 "
        "million for the same 2,100 dozen (Rs 5,000 a dozen). The text's figure is twice the table's.",
        table_form="pipe, total row", period_as_written="April to June"))

add("farm_tool_maker_stock_report_backwards", """
# Stock Report: Tools in the Yard

*Khurpa Tool Works, Sambrial (invented). Figures are invented.*

**The count.** Stock was counted on the last working day of the year. Over the year from end-2025 to end-2024, tools in the yard went down from 820 dozen to 700 dozen.

**Spades.** Spades fell from 420 dozen to 300 dozen, after the dealers in Wardak took more than usual in the autumn.

**Sickles.** Sickles fell from 260 dozen to 180 dozen. The forge will start on sickle blades for the spring in January.

**Hoes.** Hoes rose from 140 dozen to 220 dozen, because an order from Maidan Shahr was put off until March.

**Handles.** The sawmill has delivered 2,000 spade handles and 1,500 hoe handles, which are stacked under the shed roof to keep them dry.

**Rust.** Tools that have stood in the yard for more than six months should be oiled again before they are packed for Torkham.

**Oil and paper.** Each dozen is wrapped in oiled paper before packing, and the store will need fresh paper for the spring.
""", garbled(["from end-2025 to end-2024"],
             "The year of the stock count runs backwards, from the end of 2025 to the end of 2024; the "
             "figures that follow (820 dozen down to 700) run from end-2024 to end-2025.",
             stated_period_start="end-2025", stated_period_end="end-2024",
             subject="period covered by the stock count", location="report, 'The count' paragraph"))

add("farm_tool_maker_spring_notice_weeks_reuse", """
# Notice on Spring Orders, 2026

*Khurpa Tool Works, Sambrial (invented). Figures are invented.*

**Dates.** Spring orders from all 8 of our Afghan dealers must reach the office by 31 January. Allow 8 weeks from order to Torkham, so that sickles are in Logar before the wheat is cut.

**What to order.** Last spring some dealers ran out of sickles in May and had to wait for a second truck. Please order sickles and spades together this time, so that a full truck can leave.

**Prices.** Prices stay at last year's level for orders received by 31 January. Later orders will carry the new price list, which takes account of the dearer steel bar.

**Payment.** Half with the order, half when the truck has crossed, as before.

**Samples.** Dealers who want to try the new lighter hoe may ask for two free samples with their spring order.

**Trucks.** A full truck leaves Sambrial as soon as two or three dealers' orders fill it. Dealers who order alone may wait longer for a load.
""", reuse(["from all 8 of our Afghan dealers", "Allow 8 weeks from order to Torkham"], 8, "dealers / weeks",
           "Afghan dealers", "weeks from order to Torkham", 6,
           "The number of Afghan dealers (8) is reused in the next sentence as the weeks from order to "
           "Torkham; the note for the sales team gives 6 weeks."))

# ---------------------------------------------------------------------------
# Pashm Dehairing Mill, Hazro (invented)
# ---------------------------------------------------------------------------

CASHMERE_PIPE = """| Month | Kilograms | US$ thousand |
|---|---|---|
| April 2025 | 6,000 | 240 |
| May 2025 | 18,000 | 720 |
| June 2025 | 24,000 | 960 |
| July 2025 | 12,000 | 480 |
| Total | 60,000 | 2,400 |"""

add("cashmere_mill_season_report_control", f"""
# Pashm Dehairing Mill: Season Report, 2025

*An invented mill in Hazro. Figures are invented.*

Pashm buys raw cashmere, the soft down combed from goats in spring, from Afghan collectors and separates it from the coarse hair before selling the fibre to spinners.

Table 1. Raw Afghan cashmere bought, 2025 season

{CASHMERE_PIPE}

**The season.** Buying took flight again in 2025: 60,000 kilograms, up 20.0 percent on the 50,000 of 2024, for about US$ 2.4 million at roughly US$ 40 a kilogram.

**Timing.** June was the busiest month, with 24,000 kilograms, or 40.0 percent of the season.

**Where it comes from.** Our 34 collectors buy from herders around Qala-e-Naw and Chaghcharan. The down comes to Kabul and crosses at Torkham in bales of 50 kilograms.

**Yield.** Half the raw weight survives dehairing, so the season gave about 30,000 kilograms of fibre.
""", control_type="control")

add("cashmere_mill_collector_letter_bales_reuse", """
# Letter to Our Afghan Collectors

*Pashm Dehairing Mill, Hazro (invented). Figures are invented.*

Dear friends,

**Thanks.** The 2025 season was our best for some years, and we thank you for the care you took in sorting the down.

**Bales.** Please press the down into bales of 50 kilograms, wrapped in cotton cloth rather than plastic, so that it can breathe on the road. Damp bales lose colour and fetch less.

**More collectors.** We now buy from 50 collectors, and we would welcome more from the villages around Chaghcharan, where the goats give the finest down.

**Payment.** We pay within 10 days of the bales reaching Hazro, at the price agreed when the bales leave Kabul.

**Sorting.** White down fetches the most. Keep white, grey and brown in separate bales and mark the colour on the cloth.

**Roads.** If the road from Chaghcharan closes, hold the bales in a dry room in Kabul rather than on the roadside, and tell our agent.

With good wishes for the coming season,

Pashm Dehairing Mill
""", reuse(["bales of 50 kilograms", "We now buy from 50 collectors"], 50, "kilograms a bale / collectors",
           "kilograms in a bale of raw cashmere", "Afghan collectors the mill buys from", 34,
           "The weight of a bale (50 kilograms) is reused a paragraph later as the number of collectors "
           "the mill buys from; the season report gives 34 collectors."))

add("cashmere_mill_market_note_same_yield", """
# Market Note: Afghan Cashmere, June 2025

*Pashm Dehairing Mill, Hazro (invented). Figures are invented.*

**Prices.** Raw Afghan cashmere traded at about US$ 40 a kilogram in Kabul in the first week of June, much as in May. White down fetched a little more and brown a little less.

**Quality.** Dehairing yields improved from 50 percent in the 2025 season to 50 percent in the 2025 season, and the fibre is a shade finer than last year's.

**Supply.** June brings the most down from Qala-e-Naw and Chaghcharan. The mill expects about 24,000 kilograms this month. Collectors in Qala-e-Naw say the goats wintered well and the down is long.

**Roads.** The road from Chaghcharan to Kabul is open again after the spring mud, and trucks reach Torkham in three days.

**Buyers.** Spinners in Lahore have asked for first call on the white fibre. The mill will offer it to them before any exporter.

**Sorting.** The sorting floor is busy, and the mill has taken on extra pickers for June and July, most of them women from Hazro.
""", garbled(["improved from 50 percent in the 2025 season to 50 percent in the 2025 season"],
             "The change in dehairing yield starts and ends at the same value in the same season, so it "
             "describes no improvement at all.",
             start_value=50, end_value=50, start_period="2025 season", end_period="2025 season",
             unit="percent", subject="dehairing yield of raw Afghan cashmere",
             location="note, 'Quality' paragraph"))

add("cashmere_mill_buyer_note_shares", """
# Note to Buyers: Who Took Our Fibre in 2025

*Pashm Dehairing Mill, Hazro (invented). Figures are invented.*

**The fibre.** The 2025 season gave about 30,000 kilograms of dehaired cashmere from 60,000 kilograms of raw Afghan down.

**By buyer.** Spinners in Lahore took 45 percent, exporters in Karachi 35 percent and knitters in Shahkot 30 percent of the year's fibre.

**Colours.** About two thirds of the fibre was white or light grey, which the spinners prefer. Brown fibre goes mostly to the knitters.

**For 2026.** We expect a similar season. Buyers who want a fixed share of the white fibre should tell us by the end of March, before the first bales cross at Torkham.

**Samples.** A sample of each lot can be sent to any buyer who asks, with a note of its length and fineness.

**Terms.** Payment within thirty days of delivery. Fibre is sent in sealed bags of 25 kilograms, each with a lot number.

**Quality.** Every lot is tested before it leaves the mill, and the results go with the invoice.
""", arith(["Spinners in Lahore took 45 percent, exporters in Karachi 35 percent and knitters in Shahkot 30 percent"],
           "The buyers' shares of the year's fibre add up to 110 percent (45 + 35 + 30); the knitters' "
           "share is 20 percent in the invented figures behind the set.",
           shares_pct={"spinners in Lahore": 45, "exporters in Karachi": 35, "knitters in Shahkot": 30},
           sum_pct=110, unit="percent of dehaired fibre", period="2025",
           subject="dehaired cashmere fibre sold, by buyer", location="note, 'By buyer' paragraph"))

add("cashmere_mill_season_review_lesotho_route", """
# Season Review: The Road from Ghor

*Pashm Dehairing Mill, Hazro (invented). Figures are invented.*

**The road.** Most of our down is combed around Qala-e-Naw and Chaghcharan. The bales travel to Kabul, and from there by road through Lesotho to Torkham, where our agent meets every truck.

**The season.** We bought 60,000 kilograms of raw cashmere in 2025, up from 50,000 in 2024, after a fall from 55,000 in 2023. June alone brought 24,000 kilograms.

**Collectors.** Our 34 collectors sorted the down by colour before pressing it, which saved the pickers many hours.

**Prices.** The mill paid about US$ 40 a kilogram for most of the season.

**Other fibre.** We also scour a little mohair from Lesotho, which comes by sea through Karachi, for a knitter who mixes it with cashmere.

**Staff.** The mill employs 48 people, most of them women who pick out the coarse hair by hand after the machines.

**Next season.** Our collectors expect a good combing if the winter is not too hard on the goats.
""", scope("by road through Lesotho to Torkham", "LSO", ["PAK", "LSO"], "through Lesotho",
           "The bales go from Kabul to Torkham entirely inside Afghanistan; the review routes them "
           "through Lesotho, naming it as the country the Afghan cashmere crosses into Pakistan from.",
           not_a_defect="We also scour a little mohair from Lesotho, which comes by sea through Karachi"))

# ---------------------------------------------------------------------------
# Saans Children's Asthma Clinic, Takht Bhai (invented)
# ---------------------------------------------------------------------------

ASTHMA_AGES = """| Age | Girls | Boys | Total |
|---|---|---|---|
| Under 5 | 14 | 22 | 36 |
| 5 to 9 | 20 | 28 | 48 |
| 10 to 14 | 12 | 16 | 28 |
| Total | 46 | 66 | 112 |"""

add("asthma_clinic_annual_report_refugees_2020", """
# Saans Children's Asthma Clinic: Annual Report, 2025

*An invented clinic in Takht Bhai. Figures are invented.*

**Background.** Saans opened in 2019 for children with asthma from the town and the villages around it. When we began visiting Afghan refugee villages in 2020, about 18 lakh Afghans were registered as refugees in Pakistan, according to UNHCR year-end data (2020).

**Children.** At the end of 2025, 288 children were on regular treatment, against 240 a year earlier, a rise of 20.0 percent. We took on 112 new children, and 64 left us, most of them because their families moved.

**Refugee families.** 170 of the 288 children come from Afghan refugee families in 9 villages.

**Fewer admissions.** Children of ours admitted to hospital with an attack fell from 58 in 2024 to 37 in 2025. Most of that we owe to spacers: a spacer costs Rs 1,200 and makes an inhaler work for a small child.

**Staff.** Two doctors and four nurses, helped by 15 volunteers from the villages.
""", citation(["about 18 lakh Afghans were registered as refugees in Pakistan, according to UNHCR year-end data (2020)"],
              1800000, "2020",
              "'according to UNHCR year-end data (YEAR)' after a rounded figure in lakh, in a children's "
              "asthma clinic's annual report",
              "annual report, 'Background' paragraph",
              "The report cites UNHCR's year-end data for 2020 for about 18 lakh (1.8 million) registered "
              "Afghan refugees; the reference value for the end of 2020 is 1,438,432, so the figure is "
              "about 25 percent too high.",
              stated_as_written="18 lakh", stated_hedge="about"))

add("asthma_clinic_fact_sheet_refugees_cited_control", """
# Saans Children's Asthma Clinic: Fact Sheet

*An invented clinic in Takht Bhai. Figures are invented.*

**Who we serve.** Children with asthma from Takht Bhai and from 9 Afghan refugee villages nearby. At the end of 2025 we had 288 children on regular treatment, 170 of them from refugee families.

**The wider picture.** Registered Afghan refugees in Pakistan numbered about 1.49 million according to UNHCR's 2021 figures and about 19.9 lakh by UNHCR's end-of-year 2023 statistics, a rise of about 5 lakh in two years.

**What we do.** A doctor sees each child at least every three months. Nurses teach the child and a parent to use an inhaler with a spacer, and volunteers visit at home after every attack.

**What it costs.** An inhaler costs about Rs 650 a month. A spacer costs Rs 1,200 and lasts a year or more.

**Results.** Admissions to hospital among our children fell from 58 in 2024 to 37 in 2025, while the number on treatment grew by 48.

**Staff.** Two doctors, four nurses and 15 volunteers.
""", control_type="citation_control")

add("asthma_clinic_newsletter_dropped_like_a_stone", """
# Saans Newsletter: Winter 2025

*Saans Children's Asthma Clinic, Takht Bhai (invented). Figures are invented.*

**Asthma school.** Every Thursday afternoon a nurse teaches parents how to spot an attack early, how to use a spacer and how to keep smoke out of the room where the child sleeps. Attendance at our parents' asthma school dropped like a stone in 2025, with 420 parents against 300 the year before.

**Winter.** Cold air and smoke from wood stoves bring on attacks. Keep your child's inhaler in a pocket, not in a cupboard, and bring the child to us at the first sign of trouble.

**Volunteers.** Our volunteers in the refugee villages now carry spare spacers, so that a family whose spacer breaks need not wait for the next clinic day.

**Thanks.** A pharmacy in Takht Bhai has given 40 spacers for children whose families cannot pay.

**Inhalers.** Check the counter on the inhaler each week, and ask for a new one before it runs out.

**Clinic days.** The clinic stays open six days a week through the winter.
""", direction("Attendance at our parents' asthma school dropped like a stone in 2025, with 420 parents against 300 the year before",
              300, 420, "2024", "2025", "dropped like a stone", "fall", "parents",
              "parents attending the clinic's asthma school", "newsletter, 'Asthma school' paragraph",
              "'Dropped like a stone' says attendance collapsed, but it rose from 300 parents in 2024 to "
              "420 in 2025, up 40.0 percent.",
              period_as_written="the year before"))

add("asthma_clinic_staff_note_under_fives", f"""
# Note for New Staff: Our New Patients in 2025

*Saans Children's Asthma Clinic, Takht Bhai (invented). Figures are invented.*

Table 1. New patients, 2025

{ASTHMA_AGES}

**Age.** Children under five made up 48 of the year's 112 new patients. They are the hardest to treat, because they cannot use an inhaler without a spacer and a mask, and their parents often mistake an attack for a cold.

**Sex.** Boys outnumbered girls by 66 to 46. In the refugee villages girls are brought to us later, so ask about girls in the family when you visit a house.

**First visit.** Every new patient sees a doctor, has a peak flow reading if old enough, and leaves with an inhaler, a spacer and a written plan in Pashto or Urdu.

**Follow-up.** Book the second visit before the family leaves. Children who miss it are the ones we see again in an attack.
""", tvt(["Children under five made up 48 of the year's 112 new patients", line_of(ASTHMA_AGES, "| Under 5")],
        {"text_value": 48, "table_value": 36}, "patients",
        "new patients under five years old", "2025",
        "'Age' paragraph against the Under 5 row of Table 1 (Total column)",
        "The note gives 48 new patients under five; the Under 5 row of Table 1 gives 36. 48 is the "
        "total of the next row, children aged 5 to 9.",
        table_form="pipe, total column and total row"))

add("asthma_clinic_appeal_nurses_reuse", """
# Winter Appeal: Help a Child Breathe

*Saans Children's Asthma Clinic, Takht Bhai (invented). Figures are invented.*

**Why now.** In winter, smoke from wood stoves fills the rooms of the refugee villages, and attacks among our children double. Every child needs an inhaler and a spacer within reach.

**What we do.** The clinic is open 6 days a week. Our 6 nurses teach each family to use the inhaler and visit children at home after an attack.

**Who we serve.** 288 children were on regular treatment at the end of 2025, 170 of them from Afghan refugee families.

**What your gift does.** Rs 1,200 buys a spacer that will last a small child a year. Rs 650 keeps a child in medicine for a month.

**How to give.** By bank transfer to the clinic's account, or in cash at the clinic, where we will give you a receipt.

**Where the money goes.** Every rupee given to the winter appeal is spent on spacers and medicine; salaries are paid from other grants.

Thank you for helping us through the winter.
""", reuse(["The clinic is open 6 days a week", "Our 6 nurses"], 6, "days a week / nurses",
           "days a week the clinic is open", "nurses at the clinic", 4,
           "The clinic's opening days (6 a week) are reused in the next sentence as the number of nurses; "
           "the annual report and fact sheet give four nurses."))

# ---------------------------------------------------------------------------
# Lalkaar Kabaddi Club, Katlang (invented)
# ---------------------------------------------------------------------------

KABADDI_MEMBERS = """| Year end | Members | Change |
|---|---|---|
| 2021 | 20 | \u2014 |
| 2022 | 24 | +4 |
| 2023 | 32 | +8 |
| 2024 | 30 | \u22122 |
| 2025 | 40 | +10 |"""

add("kabaddi_club_season_report_control", f"""
# Lalkaar Kabaddi Club: Season Report, 2025

*An invented club for Afghan refugee youth in Katlang. Figures are invented.*

Lalkaar was founded in 2020 by two Afghan coaches who had played circle kabaddi in Nangarhar. It trains three evenings a week on the ground of the village school.

Table 1. Members at year end

{KABADDI_MEMBERS}

**Members.** Membership found its feet again in 2025 after a dip in 2024: 40 members at the end of the year, up from 30, a rise of a third. Since the end of 2021 the club has doubled, from 20 to 40.

**Matches.** We played 18 matches in 2025, won 11, lost 5 and drew 2, and entered 4 tournaments.

**Kit.** A shop in Katlang gave new shirts for the whole squad in the spring. Boys bring their own shoes, or play barefoot on the grass as most prefer.

**Thanks.** To the village council, to our two coaches, and to the parents who bring food on match days.
""", control_type="control")

add("kabaddi_club_history_backwards_twelve_months", """
# A Short History of Lalkaar Kabaddi Club

*Katlang (invented). Figures are invented.*

**Beginnings.** Two Afghan coaches started the club in 2020 with 14 boys from the refugee village, who played on a patch of waste ground behind the mosque.

**A proper ground.** In 2022 the village council asked the school to lend us its ground three evenings a week. The council paid our ground rent from the twelve months to June 2025 to the twelve months to June 2024, and since July 2025 the club has paid Rs 3,000 a month itself, with help from its sponsors.

**Growth.** By the end of 2023 we had 32 members. Numbers dipped to 30 in 2024, when several families went back to Afghanistan, and reached 40 at the end of 2025.

**Matches.** Our first tournament was in Katlang in 2021. In 2025 we played 18 matches and won 11.

**Coaches.** Both founders still coach. One of them drives a rickshaw by day and the other keeps a shop.
""", garbled(["from the twelve months to June 2025 to the twelve months to June 2024"],
             "The period for which the council paid the rent runs backwards, from the twelve months to "
             "June 2025 to the twelve months before it.",
             stated_period_start="the twelve months to June 2025",
             stated_period_end="the twelve months to June 2024",
             subject="period for which the village council paid the club's ground rent",
             location="history, 'A proper ground' paragraph"))

add("kabaddi_club_parents_notice_melted_away", """
# Notice to Players and Parents

*Lalkaar Kabaddi Club, Katlang (invented). Figures are invented.*

**Members.** Our membership melted away over 2025, ending the year at 40 against 30 at the end of 2024. We need more helpers on training evenings, and parents who can spare an hour are welcome.

**Training.** Training stays on Monday, Wednesday and Friday evenings on the school ground. In winter we start at four and finish before dark.

**Fees.** Rs 100 a month, as before. Families who cannot pay should speak to a coach; nobody will be turned away.

**Safety.** Every player warms up for ten minutes before a raid is practised. Boys with a cut or a sprain sit out until a coach says they may play.

**Tournaments.** The club will enter two tournaments in the spring. Players need a parent's written permission to travel.

**Match days.** Parents are welcome on the touchline but are asked not to call out to the referee. Water and fruit will be given to every player.

**Contact.** Either coach, after training or at the shop.
""", direction("Our membership melted away over 2025, ending the year at 40 against 30 at the end of 2024",
              30, 40, "end-2024", "end-2025", "melted away", "fall", "members",
              "members of the club", "notice, 'Members' paragraph",
              "'Melted away' says membership dwindled, but it rose from 30 at the end of 2024 to 40 at "
              "the end of 2025, up 33.3 percent; the notice even asks for more helpers."))

add("kabaddi_club_sponsor_update_refugees_2019", """
# Update for Our Sponsors

*Lalkaar Kabaddi Club, Katlang (invented). Figures are invented.*

**Why a club.** When our coaches first talked of a club, approx. 1.6m Afghans were registered as refugees in Pakistan (UNHCR stats, Dec-2019), and thousands of boys in villages like ours had nothing to do after school.

**Where we are.** The club ended 2025 with 40 members, its most so far. We played 18 matches and won 11.

**What your money did.** Your gifts paid for new shirts, two first-aid kits and the ground rent since July, Rs 3,000 a month.

**What we need.** A mat for indoor training in the wet months would cost about Rs 150,000. We would also like to take the squad to a tournament in Peshawar in April, which would cost about Rs 40,000 for the bus and food.

**The squad.** Three of our older players now coach the younger boys on Saturdays, and one has been picked for a district team.

**Thank you.** Without your help the club could not have grown as it has.
""", citation(["approx. 1.6m Afghans were registered as refugees in Pakistan (UNHCR stats, Dec-2019)"],
              1600000, "2019",
              "chat shorthand '(UNHCR stats, Mon-YEAR)' after 'approx.' and a figure in 'm', in a kabaddi "
              "club's update to sponsors",
              "update, 'Why a club' paragraph",
              "The update cites UNHCR for approximately 1.6 million registered Afghan refugees in December "
              "2019; the reference value for the end of 2019 is 1,419,084, so the figure is about 12.7 "
              "percent too high.",
              stated_as_written="1.6m", stated_hedge="approx."))

add("kabaddi_club_meeting_minutes_doubled", """
# Minutes of the Annual Meeting

*Lalkaar Kabaddi Club, Katlang, 28 December 2025 (invented). Figures are invented.*

**Present.** Both coaches, 26 members and 11 parents.

**Secretary's report.** The secretary reported that membership had doubled in three years, from 24 at the end of 2022 to 40 at the end of 2025. The club played 18 matches in 2025, winning 11, losing 5 and drawing 2.

**Treasurer's report.** Fees and gifts covered the ground rent, the shirts and the first-aid kits. The club has Rs 22,000 in hand.

**Decisions.** The meeting agreed to seek a sponsor for a training mat, to enter two tournaments in the spring, and to start a team for boys under twelve.

**Kit.** The meeting thanked the shop in Katlang that gave the shirts in the spring, and asked the secretary to write to it.

**Elections.** The captain and the secretary were re-elected unopposed.

**Any other business.** A parent asked that training end before dark in winter. The coaches agreed. The meeting closed with tea at half past six.
""", arith(["membership had doubled in three years, from 24 at the end of 2022 to 40 at the end of 2025"],
           "The minutes say membership doubled from 24 to 40; that is a rise of 16, or 66.7 percent, not "
           "100 percent.",
           **{"from": 24, "to": 40, "from_period": "end-2022", "to_period": "end-2025",
              "stated_fold": 2, "stated_change_pct": 100, "computed_change_pct": 66.67,
              "unit": "members", "subject": "members of the club", "location": "minutes, 'Secretary's report' paragraph",
              "as_written": {"stated_fold": "doubled"}}))

# ---------------------------------------------------------------------------
# Basirat School for Blind Children, Fateh Jang (invented)
# ---------------------------------------------------------------------------

add("braille_school_donor_report_refugees_cited_control", """
# Basirat School for Blind Children: Report to Donors, 2025

*An invented school in Fateh Jang. Figures are invented.*

**The school.** Basirat teaches blind children to read and write Braille, to move about on their own with a white cane, and to follow the ordinary school syllabus. At the end of 2025 we had 54 pupils, 29 of them from Afghan refugee families.

**The families.** 14,38,432 Afghans were registered as refugees in Pakistan at the end of 2020 [1]; at the end of 2024 the figure was 1,559,964 [2], higher by 121,532, or 8.4 percent.

**The year.** Our teachers made 150 Braille textbooks in 2025, against 120 in 2024, and we gave out 40 white canes. Twenty children board at the school during the week.

**Costs.** A child costs about Rs 9,000 a month, including food for boarders.

**Thanks.** To every donor who gave in 2025, and to the volunteers who read to the children each week.

[1] UNHCR, registered Afghan refugees in Pakistan, end of 2020.

[2] UNHCR, registered Afghan refugees in Pakistan, end of 2024.
""", control_type="citation_control")

add("braille_school_newsletter_guyana_tazkira", """
# Basirat Newsletter: Admissions for 2026

*Basirat School for Blind Children, Fateh Jang (invented). Figures are invented.*

**Places.** We can take ten new pupils in March. Children between six and twelve who cannot read print are welcome, whatever their family's origin.

**Papers.** For admission, parents should bring the child's tazkira, the Guyanese identity card, or the family's Proof of Registration card, together with a note from a doctor about the child's sight.

**Boarding.** Children from villages more than an hour away may board from Monday to Thursday. There are places for four more boarders.

**What we teach.** Braille in Urdu and English, counting with an abacus, moving about with a white cane, and the ordinary syllabus.

**Visits.** Parents may visit any Thursday afternoon. Please tell the office a day ahead.

**Open day.** Families thinking of sending a child may come to the open day in February and see a lesson.

**Thanks.** To the families who brought their children to last year's open day, and to the volunteers who read to the children every week.
""", scope("the child's tazkira, the Guyanese identity card", "GUY", ["PAK", "GUY"],
           "the Guyanese identity card",
           "The tazkira is Afghanistan's national identity card; the newsletter calls it Guyana's, naming "
           "Guyana as the home country of the refugee families."))

add("braille_school_appeal_refugees_2021", """
# Appeal: Books Under Their Fingers

*Basirat School for Blind Children, Fateh Jang (invented). Figures are invented.*

**Why we began.** At the end of 2021, 1,559,964 Afghans were registered as refugees in Pakistan (UNHCR, Pakistan: registered Afghan refugees, 31 December 2021). Among their children were many who could not see, and few schools nearby that could teach them.

**What we do.** Basirat opened in 2022. Today 54 children learn Braille, use a white cane and follow the ordinary syllabus, and 29 of them are Afghan.

**What books cost.** A Braille textbook is made by hand, page by page, on one of our twelve Braille writers. Paper for one book costs about Rs 2,500.

**What we ask.** Rs 9,000 keeps a child at school for a month. Rs 2,500 gives a child a new textbook.

**Who teaches.** Seven teachers, three of them blind, teach the children in small classes, and the older pupils help the younger ones.

**How to give.** By bank transfer, or at the school office in Fateh Jang.

Thank you.
""", citation(["At the end of 2021, 1,559,964 Afghans were registered as refugees in Pakistan (UNHCR, Pakistan: registered Afghan refugees, 31 December 2021)"],
              1559964, "2021",
              "'(UNHCR, Pakistan: registered Afghan refugees, DD Month YEAR)' as a bracketed source after "
              "a figure written in full, in a school for blind children's appeal",
              "appeal, 'Why we began' paragraph",
              "The appeal cites UNHCR for 1,559,964 registered Afghan refugees at the end of 2021; that is "
              "exactly the end-2024 value. The reference value for the end of 2021 is 1,490,562.",
              same_as_year="2024", stated_as_written="1,559,964"))

add("braille_school_volunteer_note_elbow_twice", """
# Note for Volunteers

*Basirat School for Blind Children, Fateh Jang (invented). Figures are invented.*

**Guiding.** Never take a blind child by the arm; offer your elbow and let the child hold it. Never take a blind child by the arm; offer your elbow and let the child hold it. Walk half a step ahead and say when there is a step or a door.

**Reading.** Volunteers read aloud to small groups on Tuesday and Thursday afternoons. Choose stories with plenty of talk in them, and let the children ask questions.

**The room.** Do not move chairs, tables or bags without telling the children. A child who knows where things stand can move about the room alone.

**Speaking.** Say your name when you come into a room and tell the children when you leave.

**Canes.** A white cane belongs to its child. Do not pick one up or lean it against a wall.

**Lunch.** Help at lunch by telling a child where things are on the plate, using the hours of a clock.

Thank you for your time with us.
""", repeated("Never take a blind child by the arm; offer your elbow and let the child hold it.",
              2, "how volunteers should guide a blind child", "note, 'Guiding' paragraph",
              "The sentence on guiding a child by the elbow is printed twice in a row, word for word."))

add("braille_school_year_in_brief_glance", """
# Basirat: The Year in Brief, 2025

*Basirat School for Blind Children, Fateh Jang (invented). Figures are invented.*

**At a glance**

- 64 pupils at the end of 2025
- 150 Braille textbooks made
- 40 white canes given out
- 7 teachers, 3 of them blind

**Pupils.** We ended 2025 with 54 pupils, 23 girls and 31 boys, against 46 at the end of 2024 and 38 at the end of 2023. Twenty-nine come from Afghan refugee families in the villages around the town.

**Books.** Every textbook is made here on our twelve Braille writers. The children now have their own copies of the Urdu and mathematics books for every class.

**Moving about.** Each pupil learns to use a white cane in the first term, starting in the school yard and ending at the bazaar.

**Staff.** Three of our seven teachers are blind themselves and were once pupils at schools like ours.

**Next year.** We plan to take ten new pupils in March and to add science books in Braille.

**Thanks.** To our donors and volunteers.
""", tvt(["64 pupils at the end of 2025", "We ended 2025 with 54 pupils"],
        {"glance_value": 64, "text_value": 54}, "pupils",
        "pupils at the school at the end of 2025", "end-2025",
        "'At a glance' list against the 'Pupils' paragraph (text against text, no table)",
        "The 'At a glance' list gives 64 pupils at the end of 2025; the body of the same summary gives "
        "54 (23 girls and 31 boys), as do the school's report and appeal."))

# ---------------------------------------------------------------------------
# Barish Rainwater Tank Project (invented)
# ---------------------------------------------------------------------------

TANKS_PIPE = """| Year | Tanks built | People served |
|---|---|---|
| 2022 | 80 | 3,200 |
| 2023 | 130 | 5,200 |
| 2024 | 150 | 6,000 |
| 2025 | 120 | 4,800 |
| Total | 480 | 19,200 |"""

add("rainwater_project_appeal_refugees_2023", """
# Barish Rainwater Tank Project: Appeal

*An invented project in Afghan refugee villages around Muslim Bagh and Kuchlak. Figures are invented.*

> About 1.5 million Afghans were registered as refugees in Pakistan. — UNHCR, end-2023

**The need.** Many of them live in dry villages in the hills, where women and girls walk an hour or more for water in summer. A tank on the roof line catches the winter rain and snowmelt and keeps a family in water for months.

**What we build.** Each tank holds 10,000 litres, is made of ferro-cement by masons trained in the villages, and serves about 40 people. Since 2022 we have built 480 tanks in 8 villages.

**What it costs.** About Rs 140,000 a tank, including the gutters, the pipe and a tap with a lock.

**What we ask.** Help us build 150 tanks in 2026. Gifts of any size go into the tank fund; Rs 140,000 builds a whole tank in your name.

**Who builds.** Masons from the villages, half of them Afghan, build every tank, so the money stays close to home.
""", citation(["About 1.5 million Afghans were registered as refugees in Pakistan. — UNHCR, end-2023"],
              1500000, "2023",
              "pull quote ending '\u2014 UNHCR, end-YEAR' after a rounded figure in millions, in a "
              "rainwater tank project's appeal",
              "appeal, pull quote under the title",
              "The pull quote attributes about 1.5 million registered Afghan refugees to UNHCR for the end "
              "of 2023; the reference value for the end of 2023 is 1,987,717, so the figure is about 24.5 "
              "percent too low.",
              stated_as_written="1.5 million", stated_hedge="About"))

add("rainwater_project_history_refugees_2022", """
# Barish: A Short History

*An invented rainwater tank project. Figures are invented.*

**How it began.** By UNHCR's statistics as on 31.12.2022, some 13.9 lakh Afghans were registered as refugees in Pakistan. That autumn we had built our first 80 tanks in the villages around Muslim Bagh, where the wells had run dry after three poor winters.

**Growing.** We built 130 tanks in 2023 and 150 in 2024, and moved on to the villages around Kuchlak. Masons from the villages learnt the work on the first tanks and now train others.

**Slower.** In 2025 we built 120 tanks, fewer than the year before, because cement cost more and two villages waited for their roofs to be repaired.

**Today.** 480 tanks in 8 villages serve about 19,200 people. Each holds 10,000 litres.

**Why tanks.** Wells in the hills are deep and often salty; rain from a roof is clean if the gutters are kept clear. Each tank costs about Rs 140,000.

**The masons.** Twenty-four masons, half of them Afghan, have been trained so far.
""", citation(["By UNHCR's statistics as on 31.12.2022, some 13.9 lakh Afghans were registered as refugees in Pakistan"],
              1390000, "2022",
              "'UNHCR's statistics as on DD.MM.YYYY' before a rounded figure in lakh, in a rainwater tank "
              "project's short history",
              "history, 'How it began' paragraph",
              "The history cites UNHCR's statistics as on 31 December 2022 for some 13.9 lakh (1.39 "
              "million) registered Afghan refugees; the reference value for the end of 2022 is 1,743,278, "
              "so the figure is about 20.3 percent too low.",
              stated_as_written="13.9 lakh", stated_hedge="some"))

add("rainwater_project_fact_sheet_control", f"""
# Barish Rainwater Tank Project: Fact Sheet

*An invented project in Afghan refugee villages around Muslim Bagh and Kuchlak. Figures are invented.*

Table 1. Tanks built and people served

{TANKS_PIPE}

**The year.** Building took a knock in 2025: 120 tanks, after 150 in 2024, a fall of 30, or 20.0 percent, as cement prices rose and two villages waited for roof repairs.

**In all.** 480 tanks in 8 villages now serve about 19,200 people, at about 40 people to a tank.

**The tanks.** Each holds 10,000 litres and is built of ferro-cement on a stone base, with gutters along the roof and a tap with a lock.

**Costs.** About Rs 140,000 a tank; the 120 tanks of 2025 cost about Rs 16.8 million.

**Masons.** 24 masons have been trained, half of them Afghan.

**Upkeep.** Families clean the gutters each autumn, and the masons check every tank for cracks before the winter rain.
""", control_type="control")

add("rainwater_project_masons_note_purple_patch", """
# Note for Our Masons

*Barish Rainwater Tank Project (invented). Figures are invented.*

**Last year.** Tank building hit a purple patch in 2025, when you finished 120 tanks, after 150 in 2024. Thank you for your work through a hard year of dear cement and late roofs.

**Before the rain.** Every tank must be checked for cracks before the winter rain. Fill each tank to the brim and look for damp patches on the outside after a day.

**Gutters.** Clean the gutters and the first-flush pipe in November. Leaves and dust in the first rain spoil the water for weeks.

**New masons.** Each of you will take one trainee from the villages on the first tanks of 2026. Show the trainee how to mix the mortar and how to keep the new cement wet for a week.

**Pay.** Rates stay the same until the end of March. After that they will rise with the price of cement.

**Safety.** Never climb into a tank alone, and keep the lid shut when the tank is empty so that children cannot fall in.
""", direction("Tank building hit a purple patch in 2025, when you finished 120 tanks, after 150 in 2024",
              150, 120, "2024", "2025", "hit a purple patch", "rise", "tanks",
              "rainwater tanks built by the project", "note, 'Last year' paragraph",
              "'Hit a purple patch' says building went through a spell of success, but tanks built fell "
              "from 150 in 2024 to 120 in 2025, down 20.0 percent; the note speaks of a hard year."))

add("rainwater_project_newsletter_litres_reuse", """
# Barish Newsletter: Winter 2025

*Barish Rainwater Tank Project (invented). Figures are invented.*

**The tanks.** Each tank holds 10,000 litres, enough to keep a household in drinking water from one winter to the next if it is used with care.

**Reach.** With 480 tanks in 8 villages, the project's tanks now serve about 10,000 people, most of them Afghan refugee families.

**Care.** Keep the tap locked and the lid closed. Do not wash clothes with tank water in summer; use it for drinking and cooking.

**A story.** In one village near Kuchlak, the girls who used to fetch water every morning now reach school on time. Their mothers say the tank has given them back two hours a day.

**Building.** We built 120 tanks in 2025, after 150 in 2024, because cement cost more and two villages waited for their roofs to be repaired.

**Masons.** Twenty-four masons, half of them Afghan, have been trained so far.

**Next year.** We hope to build 150 tanks in 2026 and to train twelve more masons.
""", reuse(["Each tank holds 10,000 litres", "now serve about 10,000 people"], 10000, "litres / people",
           "litres a tank holds", "people the project's tanks serve", 19200,
           "The capacity of a tank (10,000 litres) is reused in the next paragraph as the number of "
           "people the tanks serve; the fact sheet and history give about 19,200 people (480 tanks at "
           "about 40 people each)."))

# ---------------------------------------------------------------------------
# Hariyali Kitchen Garden Project (invented)
# ---------------------------------------------------------------------------

GARDENS_PIPE = """| Village | Gardens | Harvest (tonnes) |
|---|---|---|
| Jalozai | 150 | 27.0 |
| Pir Sabak | 70 | 12.6 |
| Aza Khel | 40 | 7.2 |
| Total | 260 | 46.8 |"""

GARDENS_PDF = pdf_lines([["Village", "end-2024", "end-2025"],
                         ["Jalozai", "120", "150"],
                         ["Pir Sabak", "50", "70"],
                         ["Aza Khel", "30", "40"],
                         ["Total", "210", "260"]])

add("kitchen_garden_project_appeal_refugees_2024", """
# Hariyali Kitchen Garden Project: Appeal

*An invented project for Afghan refugee women in Jalozai, Pir Sabak and Aza Khel. Figures are invented.*

**The families.** Registered Afghan refugees in Pakistan: more than two million, UNHCR (YE 2024). Most of the women we work with have lived in the villages for thirty years or more and have no land of their own.

**What a garden does.** A plot of a few square metres beside the house, fenced with thorn, gives a family okra, spinach, tomatoes and gourds for much of the year, about 180 kilograms in all.

**Where we are.** At the end of 2025, 260 women kept gardens in Jalozai, Pir Sabak and Aza Khel.

**What it costs.** About Rs 6,500 a garden for seed, a hoe, a watering can and the first season's training.

**What we ask.** Help us start 30 more gardens in the spring. Rs 6,500 starts one.

**Who teaches.** Five trainers visit each garden once a fortnight, three of them Afghan women who kept gardens of their own.
""", citation(["Registered Afghan refugees in Pakistan: more than two million, UNHCR (YE 2024)"],
              2000000, "2024",
              "data line ending 'UNHCR (YE YEAR)' after a figure in words, in a kitchen garden project's "
              "appeal",
              "appeal, 'The families' paragraph",
              "The appeal cites UNHCR's year-end 2024 figure as more than two million registered Afghan "
              "refugees; the reference value for the end of 2024 is 1,559,964, so the figure is at least "
              "28 percent too high.",
              stated_as_written="two million", stated_hedge="more than"))

add("kitchen_garden_project_fact_sheet_refugees_cited_control", """
# Hariyali Kitchen Garden Project: Fact Sheet

*An invented project for Afghan refugee women. Figures are invented.*

**Who we work with.** Afghan refugee women in Jalozai, Pir Sabak and Aza Khel. At the end of 2025, 260 of them kept gardens, up from 200 a year earlier and 120 at the end of 2023.

**The wider picture.** Per UNHCR's end-2022 count, about 17.4 lakh Afghans were registered as refugees in Pakistan; as counted by UNHCR at the close of 2024, some 15.6 lakh, a fall of about 1.8 lakh in two years.

**What a garden gives.** About 180 kilograms of vegetables a year; the 260 gardens gave some 46.8 tonnes in 2025.

**What it costs.** About Rs 6,500 a garden, including seed, tools and training.

**Staff.** Five trainers, three of them Afghan women who kept gardens of their own before they began to teach.

**How it works.** Each woman gets seed, a hoe and a watering can, and a trainer visits once a fortnight through the first season. Women who save their own seed pass some to their neighbours.
""", control_type="citation_control")

add("kitchen_garden_project_newsletter_monaco_river", """
# Hariyali Newsletter: After the Floods

*Hariyali Kitchen Garden Project (invented). Figures are invented.*

**The river.** The Kabul River, which rises in Monaco and flows past Warsak towards Pir Sabak, rose over its banks for three days in August. Eleven gardens in the low part of Pir Sabak were under water.

**Replanting.** The trainers visited every flooded garden within a week. Seed for a late crop of spinach and radish was handed out, and most of the gardens were green again by October.

**Raised beds.** In the new year we will help the women in the low streets build beds of earth and stone a foot above the ground.

**Numbers.** 260 women kept gardens at the end of 2025: 150 in Jalozai, 70 in Pir Sabak and 40 in Aza Khel.

**Seed saving.** Women who keep their own okra and gourd seed for next year are asked to share some with their neighbours.

**Thanks.** To the neighbours who lent dry ground in the upper streets while the low gardens dried out.
""", scope("The Kabul River, which rises in Monaco", "MCO", ["PAK", "MCO"], "rises in Monaco",
           "The Kabul River rises in Afghanistan and flows into Pakistan past Warsak; the newsletter "
           "names Monaco as the upstream country, making it the other side of a river shared by Pakistan "
           "and Afghanistan."))

add("kitchen_garden_project_donor_update_planned_gardens", f"""
# Update for Donors: Gardens and Harvests, 2025

*Hariyali Kitchen Garden Project (invented). Figures are invented.*

Table 1. Gardens and harvest by village, 2025

{GARDENS_PIPE}

**Gardens.** With your help we now have 290 gardens in the three villages, each kept by an Afghan refugee woman and her daughters.

**Harvest.** Each garden gave about 180 kilograms of vegetables, so the families ate fresh okra, spinach and tomatoes through most of the summer. Each garden is fenced with thorn against goats.

**What they grow.** Okra and gourds in summer, spinach and radish in winter, and tomatoes wherever there is sun for most of the day.

**Spring.** We have seed and tools ready for 30 more gardens, to be dug in March on plots the families have already cleared.

**Floods.** Eleven gardens in Pir Sabak were flooded in August and replanted within weeks.

**Thanks.** To all who gave, and to the five trainers who visit every garden once a fortnight.
""", tvt(["we now have 290 gardens", line_of(GARDENS_PIPE, "| Total")],
        {"text_value": 290, "table_value": 260}, "gardens",
        "kitchen gardens kept at the end of 2025", "2025",
        "'Gardens' paragraph against the total row of Table 1 (Gardens column)",
        "The update says the project now has 290 gardens; the total row of Table 1 gives 260. The "
        "text counts the 30 gardens planned for the spring as if they already existed.",
        table_form="pipe, total row"))

add("kitchen_garden_project_report_pdf_total", f"""
# Report to Donors: Gardens by Village

*Hariyali Kitchen Garden Project (invented). Figures are invented.*

Table 1. Gardens kept at year end (text as extracted from the PDF)

{GARDENS_PDF}

**Growth.** Jalozai, where the project began, still has the most gardens. Pir Sabak grew fastest in 2025, from 50 to 70, after the women there saw their neighbours' harvests.

**Aza Khel.** The gardens in Aza Khel are the newest and the smallest, because the houses stand close together. Most are grown in old tins and sacks along the walls.

**What the gardens gave.** About 180 kilograms of vegetables each, 46.8 tonnes in all in 2025.

**Costs.** About Rs 6,500 to start a garden, most of it for seed, a hoe and a watering can.

**Plans.** Thirty more gardens in the spring of 2026, most of them in Pir Sabak and Aza Khel.

**Trainers.** Five trainers visit each garden once a fortnight. Most visits are in the morning, before the heat.
""", parts_total([line_of(GARDENS_PDF, "Total")], {"Jalozai": 120, "Pir Sabak": 50, "Aza Khel": 30}, 210,
                 "gardens", "end-2024", "kitchen gardens kept by Afghan refugee women",
                 "report, Table 1, total row, end-2024 column",
                 "The total row gives 210 gardens at the end of 2024, but the three villages add up to 200 "
                 "(120 + 50 + 30), the figure the fact sheet gives; the end-2025 column is right.",
                 table_form="PDF text extraction, two year columns and a total row"))
