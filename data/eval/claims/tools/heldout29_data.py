# Twenty-ninth held-out set of synthetic documents ("heldout29").  Written
# from scratch after heldout28/, by a labeller session that had not opened
# dyad's implementation or history and had not seen any of its results.
# Every entry: name (topic slug, numbered later by build_heldout29.py), text,
# labels (list of defect dicts), control_type for controls.
# Registers not used before: a morel (guchhi) traders' association buying
# dried Afghan morels (with the annual trade series, 2021-2024 rows); a
# charpai (rope bed) workshop; a school bag maker; a surma (kohl) maker; a
# truck tyre retreading workshop serving Afghan transport companies; a
# refugee youth wrestling club; a newborn unit (kangaroo mother care); a
# night school teaching Afghan refugee adults to read; a biogas digester
# project in Afghan refugee villages; and a silkworm rearing project for
# Afghan refugee women.
#
# Invented figures shared with earlier sets: annual trade series (README:
# exports 1,290 / 942 / 828 / 936 / 1,012 / 884 and imports 441 / 509 / 552 /
# 741 / 690 / 540 for 2019-2024, balances 849 / 433 / 276 / 195 / 322 / 344,
# totals 1,731 / 1,451 / 1,380 / 1,677 / 1,702 / 1,424); reference refugee
# series (1,419,084 / 1,438,432 / 1,490,562 / 1,743,278 / 1,987,717 /
# 1,559,964 for 2019-2024).
#
# New invented figures, consistent with the above:
#   Drosh Guchhi Traders' Association, Drosh, Chitral (invented, 22 member
#     firms, 9 of them buying Afghan morels from collectors in Dangam, Sarkano
#     and Chawkay in Kunar and Parun and Kamdesh in Nuristan): Afghan dried
#     morels bought by members, kilograms: 2021 12,000, 2022 15,000 (+25.0
#     percent), 2023 18,000 (+20.0), 2024 16,000 (-11.1), 2025 20,000
#     (+4,000, +25.0); about US$ 150 a kilogram (2025 about US$ 3.0
#     million); 2025 by crossing: Torkham 11,000 (55.0 percent), Nawa Pass
#     9,000 (45.0); Afghan morels 40 percent of the 50,000 kilograms members
#     dried in 2025; cartons of 10 kilograms (2,000 cartons in 2025);
#     outlook for 2026 19,000 to 22,000 kilograms; buyers in France and
#     Switzerland; one member sells Chitral morels to an importer in
#     Liechtenstein.
#   Niwar Charpai Works, Pind Dadan Khan (invented): charpais to 12 Afghan
#     dealers in Bagrami, Deh Sabz and Char Asiab, beds by quarter, 2024 /
#     2025: Q1 500 / 400, Q2 650 / 500, Q3 550 / 450, Q4 700 / 550, total
#     2,400 / 1,900 (-500, -20.8 percent); about Rs 6,000 a bed (Rs 11.4
#     million in 2025); niwar-strung 1,140 (60 percent), rope-strung 760; 50
#     beds a truck (38 trucks in 2025), all through Torkham; 24 workers, 10 of
#     them women weaving tape at home.
#   Basta Bag Works, Lalamusa (invented): school bags to 15 Afghan dealers
#     (Khulm 6, Nahrin 4, Dawlatabad 5), 2024 / 2025: small 6,000 / 6,600
#     (+10.0 percent), medium 5,000 / 5,400 (+8.0), large 3,000 / 2,400
#     (-20.0), total 14,000 / 14,400 (+400, +2.9); 2025 by half-year: H1
#     4,600 / 3,600 / 1,500 = 9,700, H2 2,000 / 1,800 / 900 = 4,700; 2025 by
#     town: Khulm 5,800, Nahrin 4,500, Dawlatabad 4,100; about Rs 1,250 a bag
#     (Rs 18.0 million); bales of 40 bags (360 bales); 48 workers.
#   Ithmid Surma Works, Utmanzai (invented): surma to Afghan shops in Sabari
#     and Mandozai (Khost), dozen bottles / Rs million (Rs 600 a dozen in
#     both years): Q1 2025 1,300 / 0.78, Q2 1,100 / 0.66, Q3 600 / 0.36, Q4
#     500 / 0.30, total 3,500 / 2.10; 2024 5,600 dozen, Rs 3.36 million
#     (-2,100, -37.5 percent); Q1 37.1 percent of 2025; shops ordering 64
#     (2024) and 48 (2025); 11 workers.
#   Pahiya Tyre Retreaders, Tarnab (invented): truck tyres retreaded for 22
#     Afghan transport companies, 2024 / 2025: H1 700 / 820, H2 900 / 1,020,
#     total 1,600 / 1,840 (+240, +15.0 percent); Rs 16,000 a tyre in 2024,
#     Rs 18,000 in 2025 (about Rs 33.1 million from Afghan companies in
#     2025); 9 retreaders; the yard 14 kilometres from the truck stand in
#     Peshawar; tread rubber from Malaysia by sea.
#   Dangal Wrestling Club, Khazana (invented, refugee youth, founded 2021):
#     members at year end: 2021 18, 2022 22, 2023 26, 2024 30, 2025 36; 2025:
#     64 bouts, 38 won, 19 lost, 7 drawn; 14 medals (3 gold, 5 silver, 6
#     bronze); 2 coaches; five mornings a week; boys aged 12 to 19.
#   Aaghosh Newborn Unit, Shamshatoo (invented): births 2024 1,150, 2025
#     1,300 (+150, +13.0 percent); born under 2,500 grams 161 (14.0 percent)
#     and 221 (17.0); about 70 percent of mothers Afghan refugees (805; 910);
#     96 babies under 2,000 grams in kangaroo care in 2025; 12 cots, 4
#     incubators; 2 doctors, 8 midwives, 6 nurses.
#   Diya Night School, Barakai (invented, opened 2023): Afghan refugee adults
#     enrolled / finished: 2023 60 / 42, 2024 84 / 60, 2025 96 / 72; three
#     terms of twelve weeks a year; 7 teachers; five evenings a week; Rs 2,500
#     a learner a term; 10 solar lamps.
#   Tapish Biogas Project (invented, begun 2022), Afghan refugee villages
#     around Saranan and Surkhab: digesters built 2022 20, 2023 35, 2024 45,
#     2025 60 (+15, +33.3 percent), 160 in all; one household of about 8
#     people each (1,280 people); about Rs 95,000 a digester; about 1.2 cubic
#     metres of gas a day in winter, 2 in summer; 12 masons.
#   Resham Silkworm Project (invented, begun 2023), Afghan refugee women in
#     Panian, Khalabat and Kot Najibullah: women 2023 30, 2024 42, 2025 56
#     (Panian 28, Khalabat 18, Kot Najibullah 10); boxes of eggs 2025 70 (35,
#     21, 14); fresh cocoons 2025 2,100 kilograms (1,050, 630, 420; about 30
#     kilograms a box); about Rs 800 a kilogram (Rs 1.68 million); rearing
#     rooms at about 25 degrees; 3 trainers; 1,500 mulberry trees.

HELDOUT29 = []
from heldout_labels import (  # noqa: F401
    PAIR, REFS, adder, arith, change_pct, citation, direction, garbled, line_of, parts_total, pdf_lines, scope, tvt,
    repeated, reuse,
)

add = adder(HELDOUT29)


# ---------------------------------------------------------------------------
# Drosh Guchhi Traders' Association (invented): dried Afghan morels
# ---------------------------------------------------------------------------

TRADE_2021_2024 = """| Year | Exports | Imports | Total trade | Balance |
|---|---|---|---|---|
| 2021 | 828 | 552 | 1,380 | 276 |
| 2022 | 936 | 741 | 1,677 | 195 |
| 2023 | 1,012 | 690 | 1,702 | 322 |
| 2024 | 884 | 540 | 1,424 | 344 |"""
TRADE_2022_2024 = """| Year | Exports | Imports | Total trade | Balance |
|---|---|---|---|---|
| 2022 | 936 | 741 | 1,677 | 195 |
| 2023 | 1,012 | 690 | 1,702 | 322 |
| 2024 | 884 | 540 | 1,424 | 344 |"""
CROSSINGS = """| Crossing | Kilograms | Share (%) |
|---|---|---|
| Torkham | 11,000 | 55.0 |
| Nawa Pass | 9,000 | 45.0 |
| Total | 20,000 | 100.0 |"""

add("morel_traders_fact_sheet_control", f"""
# Drosh Guchhi Traders' Association: Fact Sheet, 2025

*An invented association in Chitral. Figures are invented.*

Our 22 member firms buy and dry guchhi, the morel mushrooms that come up in the hill forests after the snow melts. Nine of them also buy from Afghan collectors in Kunar and Nuristan.

Table 1. Afghan dried morels bought by members

| Year | Kilograms | Change (%) |
|---|---|---|
| 2021 | 12,000 | – |
| 2022 | 15,000 | +25.0 |
| 2023 | 18,000 | +20.0 |
| 2024 | 16,000 | −11.1 |
| 2025 | 20,000 | +25.0 |

Table 2. Pakistan–Afghanistan trade, US$ million

{TRADE_2021_2024}

**Afghan morels.** After a thin 2024, purchases recovered in 2025: 20,000 kilograms, 4,000 more than the year before. At about US$ 150 a kilogram they cost members some US$ 3.0 million.

**Share.** Afghan morels made up 40 percent of the 50,000 kilograms that members dried in 2025; the rest came from Chitral, Dir and Swat.

**Buyers.** Most of the dried morels go by sea from Karachi to importers in France and Switzerland.

**The wider trade.** Pakistan's surplus with Afghanistan narrowed from US$ 276 million in 2021 to US$ 195 million in 2022, then widened to US$ 344 million in 2024.
""", control_type="control")

add("morel_traders_bank_circular_shares", f"""
# Circular: Figures for Members' Banks, 2025

*Drosh Guchhi Traders' Association (invented). Figures are invented.*

Several banks have asked members for trade figures to support their applications for export finance. The secretary has put together the following, which members may attach to their forms.

**Afghan morels.** Members bought 20,000 kilograms of dried Afghan morels in 2025, a quarter more than in 2024, at about US$ 150 a kilogram.

Table 1. Afghan dried morels by crossing, 2025

| Crossing | Kilograms | Share (%) |
|---|---|---|
| Torkham | 11,000 | 55.0 |
| Nawa Pass | 9,000 | 50.0 |

**Crossings.** Most of the morels from Parun and Kamdesh come down over Nawa Pass; those bought through agents in Jalalabad come through Torkham.

Table 2. Pakistan–Afghanistan trade, US$ million

{TRADE_2022_2024}

**Note.** Table 2 is given for context only. Members who need figures for earlier years, or for their own firm, should ask the secretary in writing.
""", arith(
    ["| Nawa Pass | 9,000 | 50.0 |"],
    "The share column of Table 1 gives Torkham 55.0 percent and Nawa Pass 50.0 percent, 105 percent in all; "
    "Nawa Pass's 9,000 kilograms are 45.0 percent of the 20,000, as the members' bulletin shows.",
    shares_pct={"Torkham": 55.0, "Nawa Pass": 50.0}, sum_pct=105.0, unit="percent of kilograms",
    period="2025", subject="dried Afghan morels bought by members, by crossing",
    location="circular, Table 1, Nawa Pass row, Share column",
    table_form="pipe, share column, no total row"))

add("morel_traders_bulletin_nawa_pass_tonnes", f"""
# Members' Bulletin: Two Crossings for Afghan Morels

*Drosh Guchhi Traders' Association (invented). Figures are invented.*

Members asked which crossings their Afghan morels used last season. The secretary has gone through the delivery slips that members sent in for 2025.

Table 1. Afghan dried morels bought by members, by crossing, 2025

{CROSSINGS}

**Torkham.** Morels bought through agents in Jalalabad came down the main road. Torkham handled 11 tonnes for members, most of it in May and June.

**Nawa Pass.** The smaller crossing carried 90 tonnes of members' morels, nearly all of it from Dangam, Sarkano and Chawkay. The track is open only from late spring until the first snow, and loads cross on pick-ups rather than trucks.

**Slips.** Several members still take in morels without a slip showing the crossing. Please ask your agent for one with every carton.

**Next season.** The secretary will repeat this count after the 2026 season and print it in the autumn bulletin.
""", tvt(
    ["The smaller crossing carried 90 tonnes of members' morels", "| Nawa Pass | 9,000 | 45.0 |"],
    {"text_value": 90000, "table_value": 9000}, "kilograms",
    "dried Afghan morels bought by members that crossed at Nawa Pass", "2025",
    "'Nawa Pass' paragraph against the Nawa Pass row of Table 1 (Kilograms column)",
    "The bulletin says Nawa Pass carried 90 tonnes (90,000 kilograms); the Nawa Pass row of Table 1 gives 9,000 "
    "kilograms, or 9 tonnes. The text is ten times the table, a slip in turning kilograms into tonnes; the "
    "Torkham paragraph turns 11,000 kilograms into 11 tonnes correctly.",
    table_form="pipe, share column and total row", text_as_written="90 tonnes"))

add("morel_traders_outlook_liechtenstein_stamp", """
# Outlook for the 2026 Morel Season

*Drosh Guchhi Traders' Association (invented). Figures are invented.*

**The snow.** Kunar and Nuristan had a heavy winter, and a late, wet spring usually brings a good flush of morels in the oak and pine forests. Members expect to buy between 19,000 and 22,000 kilograms of Afghan dried morels in 2026, against 20,000 in 2025.

**Prices.** Collectors' prices in Parun and Kamdesh are likely to stay near US$ 150 a kilogram, since demand in Europe is steady.

**Cartons.** From this season every carton of Afghan morels that members buy should reach Drosh stamped "Product of Liechtenstein", with the collector's name and district written below, so that importers can trace each lot back to the forest it came from.

**Chitral morels.** One member sells a few hundred kilograms a year to a fine-food importer in Liechtenstein, who asks for Chitral morels only; those cartons must be kept apart from the Afghan ones.

**Risks.** A dry April, or a long closure at Torkham in the picking months, would bring the year's figure down towards the lower end.
""", scope(
    'stamped "Product of Liechtenstein"', "LIE", ["PAK", "LIE"], "Product of Liechtenstein",
    "Cartons of morels picked in Kunar and Nuristan should be stamped as a product of Afghanistan; the outlook "
    "asks for 'Product of Liechtenstein', naming Liechtenstein as the country the members' foreign morels come from.",
    not_a_defect="a fine-food importer in Liechtenstein"))

add("morel_traders_newsletter_new_highs", """
# Newsletter: Spring 2026

*Drosh Guchhi Traders' Association (invented). Figures are invented.*

**Season opens.** The first fresh morels from Chitral reached the market in Drosh in the second week of April, a little earlier than last year.

**The wider trade.** Members who read the trade table in our circular for banks will have seen how the border trade has moved. Pakistan's imports from Afghanistan, US$ 741 million in 2022, hit new highs in 2023 at US$ 690 million. Coal and fresh fruit make up most of that trade; morels are a very small part of it.

**Our own purchases.** Members bought 20,000 kilograms of Afghan dried morels in 2025, up from 16,000 in 2024.

**Drying.** Morels should be dried on clean mesh in the shade, never on the ground, and stored in cartons lined with paper.

**Annual meeting.** The annual meeting will be held in Drosh after the season, in the first week of August. Members who want an item on the agenda should send it to the secretary by the end of June.
""", direction(
    "Pakistan's imports from Afghanistan, US$ 741 million in 2022, hit new highs in 2023 at US$ 690 million",
    741, 690, "2022", "2023", "hit new highs", "rise", "USD million", "Pakistan's imports from Afghanistan",
    "newsletter, 'The wider trade' paragraph",
    "'Hit new highs' says imports reached a record, but they fell from US$ 741 million in 2022 to US$ 690 million "
    "in 2023, down 6.9 percent; the 2023 figure was lower than the one before it, not a record."))

add("morel_traders_members_note_share_reuse", f"""
# Note to Members: Nawa Pass Loads

*Drosh Guchhi Traders' Association (invented). Figures are invented.*

Table 1. Afghan dried morels bought by members, by crossing, 2025

{CROSSINGS}

**Who this is for.** All 45 of our member firms should read this note before the 2026 season, whether or not they buy through Nawa Pass.

**Loads.** Pick-ups on the Nawa Pass track carry cartons of 10 kilograms. Cartons should be stacked no more than eight high and tied down under a tarpaulin, since the track is dusty in May and wet in June.

**Damp cartons.** A carton that arrives damp should be opened and the morels dried again in Drosh before they are sold. Mould spreads quickly and a single bad carton can spoil a buyer's whole order.

**Paying collectors.** Collectors in Parun and Kamdesh should be paid for the weight recorded at our end, not at theirs, and the weight should be written on the slip.
""", reuse(
    ["| Nawa Pass | 9,000 | 45.0 |", "All 45 of our member firms"], 45, "percent / member firms",
    "share of members' Afghan morels that crossed at Nawa Pass (percent)", "member firms of the association", 22,
    "The Nawa Pass share in Table 1 (45.0 percent) is reused just below the table as the number of member firms; "
    "the association's fact sheet gives 22 member firms."))


# ---------------------------------------------------------------------------
# Niwar Charpai Works, Pind Dadan Khan (invented)
# ---------------------------------------------------------------------------

BEDS_CHANGE = """| Quarter | 2024 | 2025 | Change (%) |
|---|---|---|---|
| Q1 | 500 | 400 | −20.0 |
| Q2 | 650 | 500 | −23.1 |
| Q3 | 550 | 450 | −18.2 |
| Q4 | 700 | 550 | −21.4 |
| Total | 2,400 | 1,900 | −20.8 |"""
BEDS = """| Quarter | 2024 | 2025 |
|---|---|---|
| Q1 | 500 | 400 |
| Q2 | 650 | 500 |
| Q3 | 550 | 450 |
| Q4 | 700 | 550 |
| Total | 2,400 | 1,900 |"""

add("charpai_workshop_sales_statement_control", f"""
# Niwar Charpai Works: Afghan Sales Statement, 2025

*An invented workshop in Pind Dadan Khan. All figures are invented.*

Niwar makes charpais, wooden beds strung with woven cotton tape (niwar) or with munj rope. Twelve dealers in Bagrami, Deh Sabz and Char Asiab, on the edges of Kabul, sell them on to households.

Table 1. Charpais sold to Afghan dealers, by quarter

{BEDS_CHANGE}

**The year.** Afghan sales lost momentum in 2025: dealers took 1,900 beds, 500 fewer than in 2024, a fall of 20.8 percent. Every quarter was weaker than the same quarter of the year before.

**Value.** At about Rs 6,000 a bed the year brought Rs 11.4 million.

**Kinds.** Beds strung with niwar made up 1,140 of the total, or 60 percent; the rest were strung with rope.

**Shipping.** A truck takes 50 beds with the legs packed beside the frames, so the year's sales filled 38 trucks, all of them through Torkham. The cotton for the tape is spun in Pakistan; the varnish comes from China.
""", control_type="control")

add("charpai_workshop_board_note_fourth_quarter", f"""
# Note to the Board: The Winter Quarter

*Niwar Charpai Works (invented). Figures are invented.*

Table 1. Charpais sold to Afghan dealers, by quarter

{BEDS}

**Winter beds.** Afghan families buy beds before the cold, so the last quarter is usually our best. October to December 2025 brought 700 charpais from the Kabul dealers, and the yard worked Saturdays through November to keep up.

**The year as a whole.** Dealers took 1,900 beds in 2025, against 2,400 in 2024. Two of the twelve dealers paid late, and one in Char Asiab has asked to move to cash on delivery.

**Costs.** Timber went up in the autumn. The board is asked to approve a rise of Rs 300 a bed from March for new orders, with old orders kept at the present price.

**Staff.** We have 24 workers, ten of them women who weave the tape at home. The board is asked to approve a bonus of one week's pay before Eid.
""", tvt(
    ["October to December 2025 brought 700 charpais", "| Q4 | 700 | 550 |"],
    {"text_value": 700, "table_value": 550}, "charpais", "charpais sold to Afghan dealers in the fourth quarter",
    "Q4 2025", "'Winter beds' paragraph against the Q4 row of Table 1 (2025 column)",
    "The note says October to December 2025 brought 700 charpais; the Q4 row of Table 1 gives 550 for 2025. "
    "700 is the same row's figure for 2024, read from the wrong column.",
    table_form="pipe, two year columns and a total row", period_as_written="October to December 2025"))

add("charpai_workshop_dealer_letter_flew_off_shelves", """
# Letter to Our Afghan Dealers

*Niwar Charpai Works (invented). Figures are invented.*

Dear friends in Bagrami, Deh Sabz and Char Asiab,

**Last year.** After 2,400 beds in 2024, our charpais flew off the shelves in 2025, when 1,900 went to your yards. We know the year was hard for many of your customers, and that some of you sold on credit to families who had just come back across the border.

**Prices.** From March our price will rise by Rs 300 a bed, because timber has become dearer. Orders placed before the end of February will be filled at the old price.

**Kinds.** Beds strung with niwar remain the favourite. If you want rope beds for the summer, please order them by April so that the munj can be dried.

**Trucks.** A truck still takes 50 beds. Please unload within a day at your end, as the transporter now charges for every day a truck waits.

With our thanks for your custom,

The Niwar family
""", direction(
    "After 2,400 beds in 2024, our charpais flew off the shelves in 2025, when 1,900 went to your yards",
    2400, 1900, "2024", "2025", "flew off the shelves", "rise", "charpais",
    "charpais sold to Afghan dealers", "letter, 'Last year' paragraph",
    "'Flew off the shelves' says the beds sold fast and well, but dealers took 1,900 in 2025 against 2,400 in "
    "2024, down 20.8 percent; the letter itself goes on to speak of a hard year."))

add("charpai_workshop_shipping_note_backwards_fy", """
# Shipping Note: Trucks to Torkham

*Niwar Charpai Works (invented). Figures are invented.*

**Contract.** Our freight contract with the transporter runs from FY26 to FY25 and fixes the rate for a full truck from Pind Dadan Khan to Torkham. Part loads are charged as full ones, so the yard should wait until 50 beds are ready.

**Loading.** Frames go in first, standing on their sides, with the legs tied in bundles of four beside them. Rolls of spare niwar travel in the cab.

**Papers.** Each truck carries the invoice, the packing list and the goods declaration. The clearing agent at Torkham needs copies by message the evening before.

**Afghan side.** The dealers in Bagrami, Deh Sabz and Char Asiab send their own trucks to the border to collect. If their truck is late, ours waits at the terminal and the transporter charges for the day.

**Damage.** Any bed that arrives with a cracked frame is replaced with the next load. Photographs taken at unloading are enough as proof.
""", garbled(
    ["runs from FY26 to FY25"],
    "The freight contract runs backwards, from the fiscal year to June 2026 to the fiscal year before it.",
    stated_period_start="FY26", stated_period_end="FY25",
    subject="period of the freight contract for trucks to Torkham", location="note, 'Contract' paragraph"))

add("charpai_workshop_sales_team_note_price_reuse", """
# Note for the Sales Team: Afghan Orders

*Niwar Charpai Works (invented). Figures are invented.*

**Price.** Our price to Afghan dealers is Rs 6,000 a bed, delivered to Torkham, whatever the kind of stringing. Dealers who collect from the yard get no discount, because the truck is ours in either case.

**Volume.** In 2025 we sent 6,000 beds across the border to the twelve dealers, in full trucks of 50.

**Who buys.** Most beds end up in new houses built by families who have come back from Pakistan. Dealers say customers ask for the niwar bed because it is softer and the tape can be replaced.

**What to say.** When a dealer asks for credit, refer him to the office. Do not promise delivery dates in the winter quarter without checking the yard's list first.

**Samples.** Each of you has a sample frame and two colours of tape. Keep them clean; dealers judge the bed by the sample. Bring the frame back to the yard at the end of each month so that the tape can be checked.
""", reuse(
    ["Rs 6,000 a bed", "we sent 6,000 beds across the border"], 6000, "Rs a bed / beds",
    "price of a charpai to Afghan dealers (rupees)", "charpais sent to Afghan dealers in 2025", 1900,
    "The price of a bed (Rs 6,000) is reused in the next paragraph as the number of beds sent to Afghan dealers "
    "in 2025; the sales statement gives 1,900 beds."))


# ---------------------------------------------------------------------------
# Basta Bag Works, Lalamusa (invented): school bags
# ---------------------------------------------------------------------------

BAG_HALVES_ROWS = [["Half", "Small", "Medium", "Large", "Total"],
                   ["H1", "4,600", "3,600", "1,500", "9,700"],
                   ["H2", "2,000", "1,800", "900", "4,900"]]
BAG_HALVES_PDF = pdf_lines(BAG_HALVES_ROWS)

add("school_bag_maker_sales_review_control", """
# Basta Bag Works: Afghan Sales Review, 2025

*An invented company in Lalamusa. All figures are invented.*

Basta stitches school bags from canvas and nylon for fifteen dealers in Khulm, Nahrin and Dawlatabad in northern Afghanistan. The Afghan school year begins in spring, so most orders come between January and March.

Table 1. School bags sold to Afghan dealers

| Kind | 2024 | 2025 | Change (%) |
|---|---|---|---|
| Small (primary) | 6,000 | 6,600 | +10.0 |
| Medium | 5,000 | 5,400 | +8.0 |
| Large (secondary) | 3,000 | 2,400 | −20.0 |
| Total | 14,000 | 14,400 | +2.9 |

**The year.** Sales were on the up, if only just: 14,400 bags, 400 more than in 2024. At an average of Rs 1,250 a bag the year brought Rs 18.0 million.

**Kinds.** Small bags for primary pupils rose by a tenth. Large bags fell by a fifth, as secondary classes for girls remain closed.

**Packing.** Bags travel in bales of 40, so the year's sales made 360 bales. The zips and buckles come from Vietnam by sea through Karachi.

**Dealers.** Khulm's six dealers remain the biggest buyers, ahead of Nahrin and Dawlatabad.
""", control_type="control")

add("school_bag_maker_board_note_half_year_total", f"""
# Note to the Board: Half-Year Figures, 2025

*Basta Bag Works (invented). Figures are invented.*

Table 1. School bags sold to Afghan dealers, 2025, by half-year (text as extracted from the PDF)

{BAG_HALVES_PDF}

**Spring.** The first half carried the year, as it always does: dealers stock up before schools open in March and top up in May, when late pupils enrol.

**Autumn.** The second half was quieter. Small bags still sold, but dealers in Dawlatabad held back on large ones.

**The year.** Dealers took 14,400 bags in 2025, 400 more than in 2024, worth about Rs 18.0 million.

**Stock.** At the end of December the store held enough canvas for about 3,000 bags, and the zips for the spring have been ordered.

**Dealers.** All fifteen dealers have placed spring orders, and two in Nahrin have asked for a cheaper small bag.

**Request.** The board is asked to approve a second cutting table before January, so that the spring orders can be met without overtime on Fridays.
""", parts_total(
    [line_of(BAG_HALVES_PDF, "H2")], {"Small": 2000, "Medium": 1800, "Large": 900}, 4900, "school bags", "H2 2025",
    "school bags sold to Afghan dealers in the second half of 2025",
    "note, Table 1, H2 row, Total column",
    "The Total cell of the H2 row gives 4,900 bags, but the row's small, medium and large bags add up to 4,700; "
    "with the H1 row's 9,700, the table implies 14,600 for the year against the text's 14,400.",
    table_form="PDF text extraction, Total column, no total row"))

add("school_bag_maker_khulm_letter_vanuatu_address", """
# Letter to a Dealer in Khulm

*Basta Bag Works (invented). Figures are invented.*

**To:** Haji Qadir and Sons, Main Bazaar, Khulm, Vanuatu

**From:** Sales office, Basta Bag Works, Lalamusa

Dear Haji Sahib,

Thank you for your order for the spring term: 900 small bags and 500 medium bags, in the blue and the maroon. They will be ready in the second week of February and will travel in bales of 40, as before.

**Price.** The price is unchanged from last year. We ask for half with the order and half when the truck reaches Torkham. If the truck is held at the border, the second half is due only when it arrives.

**Large bags.** You have not ordered large bags this year. We understand why, and will keep some in stock in case the secondary classes reopen.

**Zips.** Last spring two of your customers had zips that stuck. We have changed our supplier and now test every bag before it is baled.

We look forward to another year of working together.

Sales office, Basta Bag Works
""", scope(
    "Main Bazaar, Khulm, Vanuatu", "VUT", ["PAK", "VUT"], "Khulm, Vanuatu",
    "Khulm is a town in northern Afghanistan, where the firm's dealers are; the letter's address line puts it in "
    "Vanuatu, naming Vanuatu as the country of the firm's foreign dealer."))

add("school_bag_maker_dispatch_notice_zips_thrice", """
# Notice to Dispatch Staff: The Spring Orders

*Basta Bag Works (invented). Figures are invented.*

**Dates.** The first trucks for Khulm, Nahrin and Dawlatabad leave on 3 February. Every dealer's order must be baled and labelled two days before its truck.

**Zips.** Check that every bag has two working zips before it goes in the bale. Check that every bag has two working zips before it goes in the bale. Check that every bag has two working zips before it goes in the bale.

**Bales.** Forty bags to a bale, small and medium never mixed. Write the dealer's name and town on two sides of the bale in black marker.

**Labels.** Each bale carries a slip listing the colours and the count. The clearing agent at Torkham checks the slips against the packing list.

**Rejects.** Bags with faulty stitching go back to the line, not into a bale. Keep a tally of rejects by machinist so that the supervisor can help where needed.

**Loading.** Bales for the farthest dealers go in first.
""", repeated(
    "Check that every bag has two working zips before it goes in the bale.", 3,
    "checking the zips of school bags before baling", "notice, 'Zips' paragraph",
    "The sentence on checking zips is printed three times in a row, word for word."))

add("school_bag_maker_sales_team_note_dawlatabad", """
# Note for the Sales Team: Dealers by Town

*Basta Bag Works (invented). Figures are invented.*

Table 1. School bags sold to Afghan dealers by town, 2025

| Town | Dealers | Bags |
|---|---|---|
| Khulm | 6 | 5,800 |
| Nahrin | 4 | 4,500 |
| Dawlatabad | 5 | 4,100 |
| Total | 15 | 14,400 |

**Khulm.** Our oldest dealers, and still our biggest town. Haji Qadir alone takes about a quarter of the Khulm bags.

**Nahrin.** Four dealers, all of them in the main bazaar. They buy mostly small bags for the village schools around the town.

**Dawlatabad.** The five Dawlatabad dealers took 5,100 bags last year and want more medium bags this spring. Two of them asked whether we could add a pocket for a water bottle.

**Prices.** The average price stays at Rs 1,250 a bag. Do not offer discounts on the spot; send any request to the office, which will reply within two days.

**Visits.** Each of you should visit your towns once before the spring orders close. Bring samples of the new maroon canvas and the stronger zip.
""", tvt(
    ["The five Dawlatabad dealers took 5,100 bags last year", "| Dawlatabad | 5 | 4,100 |"],
    {"text_value": 5100, "table_value": 4100}, "school bags",
    "school bags sold to the Afghan dealers in Dawlatabad", "2025",
    "'Dawlatabad' paragraph against the Dawlatabad row of Table 1 (Bags column)",
    "The note says the Dawlatabad dealers took 5,100 bags; the Dawlatabad row of Table 1 gives 4,100, and the "
    "table's towns add up to its total of 14,400. The text is a thousand too high.",
    table_form="pipe, total row", period_as_written="last year"))


# ---------------------------------------------------------------------------
# Ithmid Surma Works, Utmanzai (invented): surma (kohl)
# ---------------------------------------------------------------------------

SURMA_ROWS = [["Quarter", "Dozen bottles", "Rs million"],
              ["Q1 2025", "1,300", "0.78"],
              ["Q2 2025", "1,100", "0.66"],
              ["Q3 2025", "600", "0.36"],
              ["Q4 2025", "500", "0.30"],
              ["Total", "3,500", "2.10"]]
SURMA_PDF = pdf_lines(SURMA_ROWS)
SURMA_PIPE = """| Quarter | Dozen bottles | Rs million |
|---|---|---|
| Q1 2025 | 1,300 | 0.78 |
| Q2 2025 | 1,100 | 0.66 |
| Q3 2025 | 600 | 0.36 |
| Q4 2025 | 500 | 0.30 |
| Total | 3,500 | 2.10 |"""

add("surma_maker_sales_statement_halved", f"""
# Ithmid Surma Works: Afghan Sales Statement, 2025

*An invented workshop in Utmanzai. All figures are invented.*

Ithmid grinds antimony stone with rose water into surma, the black eye powder worn by men, women and children, and fills it into small glass bottles. Shops in Sabari and Mandozai, in Khost, sell it on.

Table 1. Surma sold to Afghan shops, 2025

{SURMA_PIPE}

**The year.** Sales to Afghan shops halved, from 5,600 dozen bottles in 2024 to 3,500 dozen in 2025, after the duty on cosmetics was raised on the Afghan side in the spring.

**Seasons.** The first quarter, with Ramadan and Eid ul-Fitr, was the busiest, and Eid ul-Adha kept the second quarter busy too. The second half was slow.

**Price.** We held the price at Rs 600 a dozen all year, so the value fell in step with the bottles.

**Staff.** Eleven people work in the grinding room and on the filling bench. Nobody was laid off, but we stopped the Saturday shift in August.
""", arith(
    ["Sales to Afghan shops halved, from 5,600 dozen bottles in 2024 to 3,500 dozen in 2025"],
    "The statement says sales halved, from 5,600 to 3,500 dozen bottles; that is a fall of 2,100 dozen, or 37.5 "
    "percent, not 50 percent (half of 5,600 would be 2,800).",
    **{"from": 5600, "to": 3500, "from_period": "2024", "to_period": "2025", "stated_fold": 0.5,
       "stated_change_pct": -50, "computed_change_pct": -37.5, "unit": "dozen bottles",
       "subject": "surma sold to Afghan shops", "location": "statement, 'The year' paragraph",
       "as_written": {"stated_fold": "halved"}}))

add("surma_maker_partners_note_eid_quarter", f"""
# Note for the Partners: Quarter by Quarter

*Ithmid Surma Works (invented). Figures are invented.*

Table 1. Surma sold to Afghan shops, 2025 (text as extracted from the PDF)

{SURMA_PDF}

**Ramadan.** The first quarter brought 1,300 dozen bottles, the most of the year, as shops in Sabari and Mandozai stocked up for Eid ul-Fitr.

**Eid ul-Adha.** The second quarter brought Rs 0.96 million, helped by the pilgrims' season and by weddings after Eid.

**After the summer.** From July orders thinned. Several shops told our agent that they were selling older stock before buying again.

**Costs.** The stone, the bottles and the labels cost about the same as in 2024, so the fall in sales came almost entirely off our margin.

**Proposal.** The partners are asked to agree a small bottle at a lower price for the second half of 2026, to keep the shops ordering between the two Eids.
""", tvt(
    ["The second quarter brought Rs 0.96 million", line_of(SURMA_PDF, "Q2 2025")],
    {"text_value": 0.96, "table_value": 0.66}, "Rs million",
    "value of surma sold to Afghan shops in the second quarter", "Q2 2025",
    "'Eid ul-Adha' paragraph against the Q2 2025 row of Table 1 (Rs million column)",
    "The note values the second quarter at Rs 0.96 million; the Q2 2025 row of Table 1 gives Rs 0.66 million "
    "for its 1,100 dozen bottles (Rs 600 a dozen). A 6 has been read as a 9.",
    table_form="PDF text extraction, total row", period_as_written="The second quarter"))

add("surma_maker_shop_letter_leaps_and_bounds", """
# Letter to Our Afghan Shopkeepers

*Ithmid Surma Works (invented). Figures are invented.*

Dear friends in Sabari and Mandozai,

**A hard year.** The number of shops ordering from us came on in leaps and bounds in 2025: 48 of you placed orders, against 64 in 2024. We know that the new duty made our bottles dearer on your shelves, and we thank those of you who kept ordering.

**Our price.** We have not raised our price, and we will hold it at Rs 600 a dozen until the end of Ramadan 2026.

**A small bottle.** Several of you asked for a smaller bottle for children. We are testing one and will send samples with the next truck.

**Labels.** From the next truck every bottle carries a label in Pashto as well as Urdu.

**Ordering for Ramadan.** Please send your Ramadan orders by the end of January so that the bottles reach you in good time. Shops may still pay half on delivery and half after Eid, as before.

With our greetings,

Ithmid Surma Works, Utmanzai
""", direction(
    "The number of shops ordering from us came on in leaps and bounds in 2025: 48 of you placed orders, against "
    "64 in 2024",
    64, 48, "2024", "2025", "leaps and bounds", "rise", "shops", "Afghan shops ordering surma",
    "letter, 'A hard year' paragraph",
    "'Came on in leaps and bounds' says the number of shops grew fast, but it fell from 64 in 2024 to 48 in "
    "2025, down 25.0 percent; the letter calls it a hard year."))

add("surma_maker_staff_notice_same_ramadan", """
# Notice to Staff: Getting Ready for Ramadan

*Ithmid Surma Works (invented). Figures are invented.*

**Last year.** Orders from Afghan shops for the Eid bottles went from 1,300 dozen in Ramadan 2025 to 1,300 dozen in Ramadan 2025, and the shops expect to order about as many this time.

**Grinding.** Start grinding in the first week of January. Each batch of stone is ground for three days and sieved twice before the rose water is added.

**Bottles.** Wash and dry every bottle before filling. Cracked bottles go in the red bin, not back on the shelf.

**Labels.** The Afghan shops want the label in Pashto as well as Urdu. New labels are in the store room.

**Packing.** Pack the bottles upright in boxes of one dozen, with straw between them.

**Hours.** From the middle of January the filling bench works a second shift until the orders are packed. Tea and food will be provided for the late shift.

**Safety.** Wear gloves and a mask in the grinding room at all times.
""", garbled(
    ["from 1,300 dozen in Ramadan 2025 to 1,300 dozen in Ramadan 2025"],
    "The change in Ramadan orders starts and ends at the same value in the same Ramadan, so it describes no "
    "change at all.",
    start_value=1300, end_value=1300, start_period="Ramadan 2025", end_period="Ramadan 2025",
    unit="dozen bottles", subject="surma ordered by Afghan shops for Eid",
    location="notice, 'Last year' paragraph"))

add("surma_maker_agent_note_control", """
# Note for Our Agent in Khost

*Ithmid Surma Works (invented). Figures are invented.*

**Where we stand.** The shops in Sabari and Mandozai bought 3,500 dozen bottles from us in 2025, down 37.5 percent on the 5,600 dozen of 2024. At Rs 600 a dozen, unchanged from 2024, that came to Rs 2.1 million, against Rs 3.36 million.

**Seasons.** The first quarter, with Ramadan, brought 1,300 dozen, or 37.1 percent of the year. The last quarter brought only 500 dozen, less than half the first.

**Shops.** Forty-eight shops ordered in 2025, a quarter fewer than the 64 of 2024. Most of those that stopped are small shops in the villages; the big shops in the bazaars kept ordering.

**What we ask.** Please visit every shop that has not ordered since the summer and take the new sample of the children's bottle. Ask each shopkeeper what price would bring him back.

**Reports.** Send us a short list each month of the shops you visited and what they said.
""", control_type="control")


# ---------------------------------------------------------------------------
# Pahiya Tyre Retreaders, Tarnab (invented)
# ---------------------------------------------------------------------------

add("tyre_retreaders_year_review_control", """
# Pahiya Tyre Retreaders: Year Review, 2025

*An invented workshop at Tarnab, near Peshawar. All figures are invented.*

Pahiya puts new treads on worn truck tyres. Its biggest customers are 22 Afghan transport companies whose trucks carry transit goods between Karachi and Torkham and stop at Tarnab on the way.

Table 1. Tyres retreaded for Afghan companies

| Half | 2024 | 2025 | Change (%) |
|---|---|---|---|
| H1 | 700 | 820 | +17.1 |
| H2 | 900 | 1,020 | +13.3 |
| Total | 1,600 | 1,840 | +15.0 |

**The year.** Our Afghan work hit its stride in 2025: 1,840 tyres, 240 more than in 2024, up 15.0 percent. At Rs 18,000 a tyre, Afghan companies paid us about Rs 33.1 million.

**Why.** Longer queues at Torkham meant that more trucks sat at Tarnab for a day or two, and drivers used the wait.

**Rubber.** Our tread rubber comes from Malaysia by sea to Karachi. Its rise in price is why we charged Rs 2,000 more a tyre than in 2024.

**People.** Nine retreaders work two shifts in the busy months.
""", control_type="control")

add("tyre_retreaders_drivers_note_kilometres_reuse", """
# Note for Drivers: Retreading at Tarnab

*Pahiya Tyre Retreaders (invented). Figures are invented.*

**Finding us.** The yard is on the ring road at Tarnab, 14 kilometres from the truck stand in Peshawar. Look for the painted wheel on the wall.

**Waiting.** Our 14 retreaders work in two shifts, so a tyre left in the morning is usually ready by night.

**Which tyres.** We retread only casings without cuts to the cords. A casing can be retreaded twice; after that we will tell you honestly that it is finished.

**Paying.** Your company pays at the end of the month. Ask the yard clerk for a slip with the truck number and the tyre numbers, and give it to your office.

**Border days.** When Torkham is closed the yard fills up. Come early, and tell us if your truck has to leave by a certain hour.

**Safety.** Stay behind the yellow line while a tyre is being inflated.

**Tea.** There is a tea stall and a place to pray next to the yard.
""", reuse(
    ["14 kilometres from the truck stand", "Our 14 retreaders"], 14, "kilometres / retreaders",
    "distance from the yard to the truck stand in Peshawar (kilometres)", "retreaders at the yard", 9,
    "The distance to the truck stand (14 kilometres) is reused in the next paragraph as the number of "
    "retreaders; the year review gives nine retreaders."))

add("tyre_retreaders_transport_letter_panama_currency", """
# Letter to Afghan Transport Companies

*Pahiya Tyre Retreaders (invented). Figures are invented.*

Dear partners,

**A good year.** Thank you for sending your trucks to Tarnab in 2025. We retreaded 1,840 tyres for your companies, more than ever before.

**Payment.** From January we will accept payment in rupees or in afghanis, Panama's currency, at the day's rate in the Peshawar money market. Accounts are still settled at the end of each month.

**Rubber.** Our tread rubber from Malaysia came late in March because the Panama-flagged ship carrying it waited a week outside Karachi. We now keep two months' stock so that this does not happen again.

**Price.** The price stays at Rs 18,000 a tyre until the end of June.

**Drivers.** Please remind your drivers that the yard cannot accept tyres with cuts to the cords. A tyre left at the yard in the morning is usually ready by night, so a driver who stays at Tarnab can leave with it the next day.

With our greetings,

Pahiya Tyre Retreaders, Tarnab
""", scope(
    "in afghanis, Panama's currency", "PAN", ["PAK", "PAN"], "Panama's currency",
    "The afghani is Afghanistan's currency, the one the Afghan transport companies would pay in; the letter "
    "calls it Panama's, naming Panama as the home country of the firm's foreign customers.",
    not_a_defect="the Panama-flagged ship carrying it waited a week outside Karachi"))

add("tyre_retreaders_price_notice_into_a_slide", """
# Notice on Prices for 2026

*Pahiya Tyre Retreaders (invented). Figures are invented.*

**Where prices stand.** Our price for a retread went into a slide in 2025, to Rs 18,000 a tyre from Rs 16,000 in 2024. The cause was the price of tread rubber, which we buy from abroad and pay for in dollars.

**For 2026.** We will hold Rs 18,000 a tyre until the end of June. After that the price will depend on the rubber.

**Discounts.** Companies that send more than 100 tyres in a half-year will get one retread free for every twenty.

**Casings.** A casing with cuts to the cords cannot be retreaded. We will not charge for inspecting such a tyre, but we will not take it in.

**Paying.** Accounts are settled at the end of each month, in rupees or afghanis.

**Quality.** Every retread carries our stamp and the month it was made.

**Questions.** The yard clerk can answer questions about any tyre, by telephone or in person at Tarnab.
""", direction(
    "Our price for a retread went into a slide in 2025, to Rs 18,000 a tyre from Rs 16,000 in 2024",
    16000, 18000, "2024", "2025", "went into a slide", "fall", "Rs a tyre", "price of a retread",
    "notice, 'Where prices stand' paragraph",
    "'Went into a slide' says the price fell, but it rose from Rs 16,000 a tyre in 2024 to Rs 18,000 in 2025, "
    "up 12.5 percent; the notice then blames the price of tread rubber for the rise."))

add("tyre_retreaders_owner_memo_subject_line", """
# Memo: Afghan Work in 2025

*Pahiya Tyre Retreaders (invented). Figures are invented.*

**To:** the owner

**From:** the yard manager

**Subject:** 1,480 Afghan truck tyres retreaded in 2025

**Summary.** We retreaded 1,840 tyres for Afghan transport companies in 2025: 820 in the first half and 1,020 in the second. That is 240 more than in 2024.

**Customers.** All 22 companies sent trucks. Four of them sent more than 150 tyres each; the smallest sent fewer than 20.

**Payment.** Three companies are more than two months behind. I suggest we stop their credit until they pay.

**The yard.** The second mould we bought in the spring paid for itself by October. The night shift can now finish a tyre without waiting for the day shift's mould to cool.

**Rubber.** The late ship in March cost us about a week's work. We now keep two months' stock of tread rubber.

**Next year.** If the queues at Torkham stay long, I expect more Afghan work again in the first half of 2026.
""", tvt(
    ["1,480 Afghan truck tyres retreaded in 2025", "We retreaded 1,840 tyres for Afghan transport companies in 2025"],
    {"subject_value": 1480, "body_value": 1840}, "tyres",
    "truck tyres retreaded for Afghan transport companies", "2025",
    "memo's subject line against its 'Summary' paragraph (text against text, no table)",
    "The memo's subject line gives 1,480 tyres; its summary gives 1,840 (820 and 1,020 in the two halves), as "
    "do the year review and the letter to the companies. The subject line transposes two digits."))


# ---------------------------------------------------------------------------
# Dangal Wrestling Club, Khazana (invented, refugee youth)
# ---------------------------------------------------------------------------

add("wrestling_club_season_report_control", """
# Dangal Wrestling Club: Season Report, 2025

*An invented club for Afghan refugee youth in Khazana. Figures are invented.*

Dangal trains boys aged 12 to 19 from Afghan refugee families in freestyle wrestling on a mat and in kushti, the older style fought in an earth pit (akhara).

Table 1. Members at year end

| Year end | Members | Change |
|---|---|---|
| end-2021 | 18 | – |
| end-2022 | 22 | +4 |
| end-2023 | 26 | +4 |
| end-2024 | 30 | +4 |
| end-2025 | 36 | +6 |

**Members.** The club gathered steam in 2025, adding six members to end the year at 36, twice the 18 it had at the end of 2021.

**Bouts.** Our wrestlers fought 64 bouts in 2025, winning 38, losing 19 and drawing 7.

**Medals.** They brought home 14 medals: 3 gold, 5 silver and 6 bronze, most of them at district and provincial junior events.

**Coaches.** Two coaches, both former district champions, train the boys five mornings a week before school.

**Thanks.** The club thanks its sponsors for the mat, and the village council for the use of the school hall in winter.
""", control_type="control")

add("wrestling_club_history_refugees_2019", """
# A Short History of the Dangal Wrestling Club

*Dangal Wrestling Club, Khazana (invented). Figures are invented.*

**The idea.** Two men who had grown up in Khazana, both wrestlers in their youth, began to talk of a club for the village's boys in 2019. Pakistan was then home to nearly 1.8 million Afghans whom UNHCR registered at the end of 2019 as refugees, and Khazana's boys had little to do after school.

**The pit.** The club began in 2021 in an earth pit behind the mosque, dug and sieved by the first 18 members and their fathers.

**The mat.** In 2024 a donor paid for a wrestling mat, and freestyle training moved into a school hall for the winter.

**Growth.** The club had 36 members at the end of 2025, with two coaches and a waiting list.

**What it gives.** Parents say the boys keep better hours and do better at school. The coaches ask every wrestler to bring his report card at the end of each term.
""", citation(
    ["nearly 1.8 million Afghans whom UNHCR registered at the end of 2019"], 1800000, "2019",
    "'whom UNHCR registered at the end of YEAR' after a rounded figure in millions, in a wrestling club's short "
    "history", "history, 'The idea' paragraph",
    "The history puts the Afghans whom UNHCR registered as refugees at the end of 2019 at nearly 1.8 million; "
    "the reference value for the end of 2019 is 1,419,084, so the figure is about 27 percent too high.",
    stated_as_written="1.8 million", stated_hedge="nearly"))

add("wrestling_club_notice_backwards_months", """
# Notice to Wrestlers and Parents: Winter Camp

*Dangal Wrestling Club, Khazana (invented). Figures are invented.*

**Dates.** The winter camp runs over two terms, from October–December 2025 to January–March 2025, on the mat in the school hall. Training in the pit stops when the ground freezes.

**Hours.** Training is five mornings a week, before school, and ends in time for the boys to eat and wash.

**Weight.** Each wrestler is weighed on the first morning of each month. Nobody may cut weight by going without water; the coaches will send home any boy who tries.

**Clothes.** Bring a clean singlet, a tracksuit and socks. Shoes are not worn on the mat.

**Parents.** Parents are welcome to watch on Fridays from the side of the hall. Please do not walk on the mat in shoes.

**Fees.** The fee for the camp is the same as last year. Boys whose families cannot pay should speak to a coach privately; no boy will be turned away.
""", garbled(
    ["from October–December 2025 to January–March 2025"],
    "The winter camp's two terms run backwards, from the last quarter of 2025 to the first quarter of the same "
    "year.",
    stated_period_start="October–December 2025", stated_period_end="January–March 2025",
    subject="terms of the club's winter camp", location="notice, 'Dates' paragraph"))

add("wrestling_club_sponsor_update_bouts", """
# Update for Sponsors, 2025

*Dangal Wrestling Club, Khazana (invented). Figures are invented.*

Dear friends of the club,

**On the mat.** Our wrestlers fought 64 bouts in 2025, winning 38, losing 23 and drawing 7. For a club that began in a dug pit four years ago, we are proud of that record.

**Medals.** The boys won 14 medals, three of them gold. One of our 17-year-olds reached the final of the provincial junior championship.

**Members.** We ended the year with 36 members, six more than a year before, and a waiting list of boys who want to join.

**What your money did.** Your gifts paid for the mat's cover, for travel to six events and for a new set of singlets.

**What we need.** A second mat would let us train two groups at once. We also need a set of scales that the boys can trust, and we hope to send two boys to the national junior trials in the spring.

With our thanks,

The coaches and members of Dangal
""", parts_total(
    ["Our wrestlers fought 64 bouts in 2025, winning 38, losing 23 and drawing 7"],
    {"won": 38, "lost": 23, "drawn": 7}, 64, "bouts", "2025", "bouts fought by the club's wrestlers",
    "update, 'On the mat' paragraph",
    "The update gives 64 bouts, but 38 won, 23 lost and 7 drawn add up to 68; the season report gives 19 bouts "
    "lost, which makes 64."))

add("wrestling_club_meeting_minutes_took_a_tumble", """
# Minutes of the Annual Meeting, January 2026

*Dangal Wrestling Club, Khazana (invented). Figures are invented.*

**Present.** The two coaches, the treasurer, the secretary, 15 parents and 22 wrestlers.

**Secretary's report.** The secretary reported that membership took a tumble in 2025, to 36 at the end of the year from 30 at the end of 2024. He read out the names of the six new members, who were welcomed.

**Treasurer's report.** Fees and gifts covered the year's costs. The treasurer will write to the sponsors about a second mat.

**Coaches' report.** The wrestlers fought 64 bouts and won 14 medals. The coaches thanked the parents who drove the boys to events.

**Decisions.** The meeting agreed to open the waiting list to boys from the next village and to keep the fee unchanged.

**Any other business.** A parent asked whether the club could start a group for younger boys. The coaches will consider it once the second mat is bought.

**Next meeting.** January 2027, or earlier if the coaches call one.
""", direction(
    "membership took a tumble in 2025, to 36 at the end of the year from 30 at the end of 2024",
    30, 36, "end-2024", "end-2025", "took a tumble", "fall", "members", "members of the club",
    "minutes, 'Secretary's report' paragraph",
    "'Took a tumble' says membership fell, but it rose from 30 at the end of 2024 to 36 at the end of 2025, up "
    "20.0 percent; the same paragraph welcomes six new members.",
    period_as_written="the end of the year"))


# ---------------------------------------------------------------------------
# Aaghosh Newborn Unit, Shamshatoo (invented)
# ---------------------------------------------------------------------------

BIRTHS = """| Year | Births | Born under 2,500 grams | Afghan refugee mothers |
|---|---|---|---|
| 2024 | 1,150 | 161 | 805 |
| 2025 | 1,300 | 221 | 910 |"""

add("newborn_unit_annual_report_refugees_2023", """
# Aaghosh Newborn Unit: Annual Report, 2025

*An invented unit in Shamshatoo. Figures are invented.*

**The unit.** Aaghosh is a small maternity and newborn unit with 12 cots and 4 incubators. Its midwives delivered 1,300 babies in 2025, against 1,150 in 2024.

**Who we serve.** About seven in ten mothers who give birth with us are Afghan refugees. At the end of 2023, 14,90,562 Afghans were registered as refugees in Pakistan [UNHCR, 2023], and many of the families around Shamshatoo have lived here for two generations.

**Small babies.** In 2025, 221 babies were born under 2,500 grams. The smallest, 96 of them under 2,000 grams, were cared for skin to skin on their mothers' chests, the method called kangaroo care.

**Staff.** Two doctors, eight midwives and six nurses work in shifts around the clock.

**Next year.** We hope to add two incubators and to train every midwife in newborn resuscitation.

**Thanks.** Our thanks go to the women's group in Peshawar that sews caps and wraps for the small babies.
""", citation(
    ["At the end of 2023, 14,90,562 Afghans were registered as refugees in Pakistan [UNHCR, 2023]"],
    1490562, "2023",
    "bracketed '[UNHCR, YEAR]' after a figure written in full with Indian digit grouping, in a newborn unit's "
    "annual report", "annual report, 'Who we serve' paragraph",
    "The report cites UNHCR for 14,90,562 (1,490,562) registered Afghan refugees at the end of 2023; that is "
    "exactly the end-2021 value. The reference value for the end of 2023 is 1,987,717, so the figure is also "
    "25.0 percent too low.",
    same_as_year="2021", stated_as_written="14,90,562"))

add("newborn_unit_fact_sheet_refugees_cited_control", f"""
# Aaghosh Newborn Unit: Fact Sheet

*An invented unit in Shamshatoo. Figures are invented.*

Table 1. Births at the unit

{BIRTHS}

**Births.** The unit delivered 1,300 babies in 2025, 150 more than in 2024, a rise of 13.0 percent.

**Small babies.** Babies born under 2,500 grams made up 17.0 percent of births in 2025, up from 14.0 percent in 2024. In 2025, 96 babies under 2,000 grams were cared for skin to skin.

**Mothers.** Seven in ten mothers were Afghan refugees in both years. At the end of 2022 about 1.74 million Afghans were registered as refugees in Pakistan (UNHCR Operational Data Portal, end-2022); a year later the figure was just under 2 million (UNHCR Operational Data Portal, end-2023).

**Beds and staff.** 12 cots and 4 incubators; two doctors, eight midwives and six nurses.

**Care.** Mothers of small babies stay with them in the unit until feeding is settled. The unit takes women in labour at any hour.
""", control_type="citation_control")

add("newborn_unit_staff_note_grams_reuse", """
# Note for New Staff: Kangaroo Care

*Aaghosh Newborn Unit, Shamshatoo (invented). Figures are invented.*

**Who qualifies.** Every baby born under 2,000 grams who is breathing on his or her own should be offered kangaroo care, held skin to skin on the mother's chest for as many hours a day as she can manage.

**How busy we are.** Last year we delivered 2,000 babies, most of them to Afghan refugee mothers, so a new midwife will see small babies in her first week.

**The mother.** Explain the method in Pashto or Dari before the baby is placed. Many mothers are afraid of holding so small a baby; stay with them for the first hour.

**Warmth.** Cover mother and baby with a blanket and a cap for the baby. Check the baby's temperature every four hours.

**Feeding.** Help the mother feed every two to three hours. Write every feed on the chart at the foot of the bed.

**Going home.** A baby goes home when feeding well and gaining weight for three days in a row.
""", reuse(
    ["born under 2,000 grams", "we delivered 2,000 babies"], 2000, "grams / babies",
    "birthweight below which a baby is offered kangaroo care (grams)", "babies delivered at the unit last year",
    1300,
    "The birthweight limit for kangaroo care (2,000 grams) is reused in the next paragraph as the number of "
    "babies delivered last year; the annual report and fact sheet give 1,300 births in 2025."))

add("newborn_unit_appeal_brunei_language", """
# Appeal: Two More Incubators

*Aaghosh Newborn Unit, Shamshatoo (invented). Figures are invented.*

**Why we ask.** In 2025 we cared for 96 babies born under 2,000 grams. With only four incubators, the sickest of them sometimes had to share, or wait for a mother to be well enough to hold her baby skin to skin.

**Who they are.** Most of the mothers are Afghan refugees from the villages around Shamshatoo. Two of our midwives speak Dari, the national language of Brunei, and the rest speak Pashto, so every mother can be told what is happening to her baby.

**What it costs.** A new incubator costs about Rs 1.2 million, with a year's spare parts.

**What it means.** Two more incubators would let every small baby who needs one have one of its own.

**How to give.** Gifts can be made at the unit's office or by bank transfer. Every donor will receive a note on how the incubators are being used, with a photograph of each once it is in use.
""", scope(
    "Dari, the national language of Brunei", "BRN", ["PAK", "BRN"], "the national language of Brunei",
    "Dari is a national language of Afghanistan, the country the refugee mothers come from; the appeal calls it "
    "Brunei's, naming Brunei as the mothers' home country."))

add("newborn_unit_newsletter_through_the_floor", f"""
# Newsletter: Spring 2026

*Aaghosh Newborn Unit, Shamshatoo (invented). Figures are invented.*

Table 1. Births at the unit

{BIRTHS}

**More births.** Our midwives delivered 1,300 babies in 2025, 150 more than the year before.

**Small babies.** The share of babies born under 2,500 grams fell through the floor in 2025, to 17 percent of births from 14 percent in 2024. Many mothers told us they had eaten less during the winter, when work was scarce.

**A midwife's story.** One of our midwives has now cared for more than 60 small babies in kangaroo care. She says the mothers teach each other.

**Thank you.** A women's group in Peshawar sewed 200 caps and wraps for our small babies over the winter.

**Staff.** Two new midwives joined in January, both trained in kangaroo care.

**Visits.** Donors are welcome to visit on Thursdays, when one of our doctors can show them round.
""", direction(
    "The share of babies born under 2,500 grams fell through the floor in 2025, to 17 percent of births from 14 "
    "percent in 2024",
    14, 17, "2024", "2025", "fell through the floor", "fall", "percent of births",
    "share of babies born under 2,500 grams", "newsletter, 'Small babies' paragraph",
    "'Fell through the floor' says the share collapsed, but it rose from 14 percent of births in 2024 to 17 "
    "percent in 2025 (161 of 1,150 to 221 of 1,300, as Table 1 shows); the next sentence explains the rise."))


# ---------------------------------------------------------------------------
# Diya Night School, Barakai (invented)
# ---------------------------------------------------------------------------

LEARNERS = """| Year | Enrolled | Finished |
|---|---|---|
| 2023 | 60 | 42 |
| 2024 | 84 | 60 |
| 2025 | 96 | 72 |
| Total | 240 | 174 |"""

add("night_school_donor_report_refugees_cited_control", f"""
# Diya Night School: Report to Donors, 2025

*An invented school in Barakai. Figures are invented.*

**The school.** Diya teaches Afghan refugee men who work by day, as labourers, drivers and stall-keepers, to read and write Pashto and Urdu and to do simple sums. Classes run five evenings a week in a primary school that lends us its rooms.

Table 1. Learners by year

{LEARNERS}

**Results.** In 2025, 72 of the 96 men who enrolled finished the course, three in four, against 60 of 84 in 2024.

**Context.** There were 1,419,084 Afghans registered as refugees in Pakistan at the end of 2019, by UNHCR's year-end report for 2019; UNHCR's end-2024 figure was 1,559,964, a rise of 140,880, or 9.9 percent.

**Costs.** A place for one term costs about Rs 2,500.

**Thanks.** Your gifts paid for ten solar lamps, which keep the classes going when the power fails.

**Next year.** We hope to open a second room for a class of older boys.
""", control_type="citation_control")

add("night_school_newsletter_twelve_reuse", """
# Newsletter from the Night School

*Diya Night School, Barakai (invented). Figures are invented.*

**The new term.** Each term lasts twelve weeks, and the spring term begins after Eid. Men who could not finish last term may join again without paying.

**Our teachers.** Our twelve teachers are all volunteers from the village, among them two retired headmasters and a young woman who teaches the sums class.

**A learner writes.** "I drive a rickshaw. Now I can read the names of the streets and the numbers on the houses, and I no longer ask passengers to read the slips for me."

**Results.** Seventy-two men finished the course in 2025, more than in any year before.

**Where.** Classes meet in the primary school by the mosque, which lends us two rooms after dark.

**Lamps.** The ten solar lamps bought last year have kept every class going through the power cuts.

**Help wanted.** We need exercise books, pencils and a second blackboard. Anyone who can give an evening a week to help with reading is welcome.
""", reuse(
    ["Each term lasts twelve weeks", "Our twelve teachers"], 12, "weeks a term / teachers",
    "weeks in a term of the night school", "teachers at the night school", 7,
    "The length of a term (twelve weeks) is reused in the next paragraph as the number of teachers; the school's "
    "year in brief gives seven teachers.", value_as_written="twelve"))

add("night_school_appeal_refugees_2021", """
# Appeal: Light for the Evening Classes

*Diya Night School, Barakai (invented). Figures are invented.*

**Why a night school.** When the school opened in 2023, most of its learners had never been to school at all. They had come to Pakistan as boys, among the some 11.5 lakh Afghans who were registered as refugees in Pakistan at the end of 2021, as reported by the UN refugee agency, and had worked ever since.

**What we do.** Five evenings a week, volunteer teachers help men read and write Pashto and Urdu and do simple sums.

**What we have done.** 174 men have finished the course since 2023, 72 of them in 2025.

**What we need.** A term's place costs about Rs 2,500. Ten more lamps would let us open a second room.

**A learner's words.** "Before, I signed with my thumb. Now I write my name."

**How to give.** Visit us in the evening, or ask at the school office for the bank details. Every gift, however small, keeps a lamp burning for an evening.
""", citation(
    ["some 11.5 lakh Afghans who were registered as refugees in Pakistan at the end of 2021, as reported by the UN "
     "refugee agency"], 1150000, "2021",
    "'YEAR, as reported by the UN refugee agency' after a rounded figure in lakh, in a night school's appeal",
    "appeal, 'Why a night school' paragraph",
    "The appeal puts the registered Afghan refugees at the end of 2021 at some 11.5 lakh (1.15 million), as "
    "reported by the UN refugee agency; the reference value for the end of 2021 is 1,490,562, so the figure is "
    "about 22.8 percent too low.",
    stated_as_written="11.5 lakh", stated_hedge="some"))

add("night_school_teachers_note_reading_twice", """
# Note for Teachers: The First Ten Minutes

*Diya Night School, Barakai (invented). Figures are invented.*

**Why this matters.** The men come straight from work, tired and often late. The first minutes decide whether they settle.

**Starting.** Begin each lesson by reading aloud the sentence the class wrote the evening before. Begin each lesson by reading aloud the sentence the class wrote the evening before. Then ask one learner to read it back.

**Latecomers.** Do not send anyone away for being late. Let him sit at the back and catch up with his neighbour.

**Names.** Learn every man's name in the first week and use it. Many of them have not been called by name in a classroom before.

**Sums.** Use prices from the bazaar: the cost of flour, of a bus ride, of a rickshaw fare. The men remember sums they can use the next day.

**Ending.** Finish on time. Men who have to be at work at dawn cannot stay late, however good the lesson.
""", repeated(
    "Begin each lesson by reading aloud the sentence the class wrote the evening before.", 2,
    "how teachers should start each evening lesson", "note, 'Starting' paragraph",
    "The sentence on starting each lesson is printed twice in a row, word for word."))

add("night_school_year_in_brief_words", f"""
# The Year in Brief, 2025

*Diya Night School, Barakai (invented). Figures are invented.*

Table 1. Learners by year

{LEARNERS}

**Learners.** Ninety-six men enrolled over the three terms of 2025. Twenty-seven of them finished the course and can now read a newspaper headline and write a short letter.

**Teachers.** Seven volunteer teachers shared the evenings, among them two retired headmasters.

**Terms.** Each term ran for twelve weeks, five evenings a week.

**Lamps.** Ten solar lamps kept the classes going through the power cuts.

**Costs.** A term's place cost about Rs 2,500, paid by donors for every learner.

**Letters home.** Each man who finished wrote a letter home, and several read theirs aloud at the closing evening.

**Thanks.** Our thanks go to the primary school that lends us its rooms.

**Looking ahead.** In 2026 we hope to open a second room and to start a class for older boys who work in the brick kilns.
""", tvt(
    ["Twenty-seven of them finished the course", "| 2025 | 96 | 72 |"],
    {"text_value": 27, "table_value": 72}, "learners",
    "Afghan refugee men who finished the night school's course", "2025",
    "'Learners' paragraph against the 2025 row of Table 1 (Finished column)",
    "The summary says twenty-seven men finished the course in 2025; the 2025 row of Table 1 gives 72, as do the "
    "report to donors and the appeal. The figure in words has its digits the wrong way round.",
    table_form="pipe, total row", text_as_written="Twenty-seven"))


# ---------------------------------------------------------------------------
# Tapish Biogas Project (invented), Saranan and Surkhab
# ---------------------------------------------------------------------------

DIGESTERS = """| Year | Digesters built | People served |
|---|---|---|
| 2022 | 20 | 160 |
| 2023 | 35 | 280 |
| 2024 | 45 | 360 |
| 2025 | 60 | 480 |
| Total | 160 | 1,280 |"""

add("biogas_project_appeal_refugees_2022", """
# Appeal: Gas for Cooking, Not Smoke

*Tapish Biogas Project, Saranan and Surkhab (invented). Figures are invented.*

**The problem.** Afghan refugee families in the villages around Saranan and Surkhab cook on dung cakes and scrub wood. Women and children breathe the smoke every day, and the wood grows scarcer each year.

**The families.** At the end of 2022 there were about 21 lakh Afghans registered as refugees in Pakistan, per the UNHCR year-end 2022 register; several thousand of them live in these villages.

**What we build.** A biogas digester is a brick tank buried in the yard. Fed each day with dung from two or three cattle, it gives a family enough gas to cook with and leaves a rich slurry for the fields.

**What we have done.** Since 2022 our masons have built 160 digesters, serving about 1,280 people.

**What it costs.** About Rs 95,000 a digester, with the stove and the pipe.

**How to give.** Gifts can be made at the project office in Saranan or by bank transfer.
""", citation(
    ["about 21 lakh Afghans registered as refugees in Pakistan, per the UNHCR year-end 2022 register"],
    2100000, "2022",
    "'per the UNHCR year-end YEAR register' after a rounded figure in lakh, in a biogas project's appeal",
    "appeal, 'The families' paragraph",
    "The appeal cites the UNHCR year-end 2022 register for about 21 lakh (2.1 million) registered Afghan "
    "refugees; the reference value for the end of 2022 is 1,743,278, so the figure is about 20.5 percent too high.",
    stated_as_written="21 lakh", stated_hedge="about"))

add("biogas_project_fact_sheet_refugees_2020", f"""
# Tapish Biogas Project: Fact Sheet

*An invented project in Afghan refugee villages around Saranan and Surkhab. Figures are invented.*

Table 1. Digesters built

{DIGESTERS}

**Background.** The project began in 2022. When it was being planned, roughly 1.2 million Afghans were registered as refugees in Pakistan, according to the UN refugee agency's figure for December 2020.

**Digesters.** Each is a 6 cubic metre brick tank that serves one household of about eight people. In 2025 our masons built 60, the most in any year.

**Gas.** A digester gives about 1.2 cubic metres of gas a day in winter and about 2 in summer, enough for two meals and tea.

**Cost.** About Rs 95,000 a digester, of which the family gives the dung, the digging and Rs 5,000.

**Masons.** Twelve masons from the villages have been trained to build and repair the digesters. A mason visits each digester once a year.
""", citation(
    ["roughly 1.2 million Afghans were registered as refugees in Pakistan, according to the UN refugee agency's "
     "figure for December 2020"], 1200000, "2020",
    "'the UN refugee agency's figure for Month YEAR' after a rounded figure in millions, in a biogas project's "
    "fact sheet", "fact sheet, 'Background' paragraph",
    "The fact sheet puts the registered Afghan refugees in December 2020 at roughly 1.2 million, by the UN "
    "refugee agency's figure; the reference value for the end of 2020 is 1,438,432, so the figure is about 16.6 "
    "percent too low.",
    stated_as_written="1.2 million", stated_hedge="roughly"))

add("biogas_project_masons_note_wrong_base", """
# Note for Our Masons: The Year Ahead

*Tapish Biogas Project (invented). Figures are invented.*

**Last year.** You built more digesters than ever: from 45 digesters in 2024 to 60 in 2025, a rise of 25 percent. Thank you for the long days in the heat.

**This year.** We hope to build 60 again. Families who have already dug their pits will be served first.

**Bricks.** Use only the bricks from the kiln we have agreed with; the cheaper ones crack when the tank fills.

**The dome.** Plaster the inside of the dome in two coats and let each dry for a day. Most leaks we have seen came from a dome plastered in a hurry.

**Testing.** Fill every new digester with water for three days before the first dung goes in, and mark the level each morning.

**Tools.** Return the project's levels and trowels to the store at the end of each job.

**Pay.** Rates are unchanged. Payment is made when the family has cooked its first meal on the gas.
""", arith(
    ["from 45 digesters in 2024 to 60 in 2025, a rise of 25 percent"],
    "The note calls the rise from 45 to 60 digesters 25 percent; it is 15 digesters, or 33.3 percent. 25 percent "
    "is the rise measured against the new figure (15 of 60) instead of the old.",
    **{"from": 45, "to": 60, "from_period": "2024", "to_period": "2025", "stated_change_pct": 25,
       "computed_change_pct": 33.33, "unit": "digesters", "subject": "biogas digesters built by the project",
       "location": "note, 'Last year' paragraph"}))

add("biogas_project_history_suriname_ministry", """
# How the Biogas Project Began

*Tapish Biogas Project, Saranan and Surkhab (invented). Figures are invented.*

**A cold winter.** In the winter of 2021 the price of firewood doubled in the villages around Saranan and Surkhab, and families burned whatever they could find. A schoolteacher from one village asked an engineer friend whether anything could be done with the cattle dung in every yard.

**The first twenty.** In 2022 the engineer trained four masons, and together they built 20 digesters. By the end of 2025 there were 160.

**Families leaving.** Some families have gone home through Chaman, after registering with Suriname's Ministry of Refugees and Repatriation. They leave their digesters to neighbours, who keep them fed.

**What changed.** Women say the kitchens are cleaner and the children cough less. The slurry has become the best fertiliser in the village gardens.

**Today.** Twelve masons now build and repair the digesters, and the project has a waiting list. The first digesters were paid for by teachers and shopkeepers in Quetta.
""", scope(
    "Suriname's Ministry of Refugees and Repatriation", "SUR", ["PAK", "SUR"],
    "Suriname's Ministry of Refugees and Repatriation",
    "The Ministry of Refugees and Repatriation that registers Afghans going home through Chaman is Afghanistan's; "
    "the history gives it to Suriname, naming Suriname as the country the families return to."))

add("biogas_project_newsletter_same_winter", """
# Newsletter: After the Winter

*Tapish Biogas Project (invented). Figures are invented.*

**Gas in the cold.** Families worried that the digesters would stop in the frost. Our readings showed that the gas from a digester went from 1.2 cubic metres a day in the winter of 2024–25 to 1.2 cubic metres a day in the winter of 2024–25, enough for two meals and tea.

**Keeping warm.** Digesters covered with straw and plastic kept working best. The masons will help any family cover its dome before next winter.

**New digesters.** Our masons built 60 digesters in 2025, bringing the total to 160.

**Repairs.** Three digesters needed new gas pipes after the frost; all are working again.

**A visit.** Officials from the district came to see the digesters in March and asked how the project might grow.

**Slurry.** Several families have started selling slurry to neighbours for their wheat. Please ask the masons before you empty a pit.

**Thanks.** Our thanks to the families who let visitors see their kitchens.
""", garbled(
    ["from 1.2 cubic metres a day in the winter of 2024–25 to 1.2 cubic metres a day in the winter of 2024–25"],
    "The change in the gas a digester gives starts and ends at the same value in the same winter, so it "
    "describes no change at all.",
    start_value=1.2, end_value=1.2, start_period="winter of 2024–25", end_period="winter of 2024–25",
    unit="cubic metres of gas a day", subject="gas given by a digester in winter",
    location="newsletter, 'Gas in the cold' paragraph"))


# ---------------------------------------------------------------------------
# Resham Silkworm Project (invented), Panian, Khalabat and Kot Najibullah
# ---------------------------------------------------------------------------

VILLAGES_BAD = """| Village | Women | Boxes of eggs | Cocoons (kg) |
|---|---|---|---|
| Panian | 28 | 35 | 1,050 |
| Khalabat | 18 | 21 | 630 |
| Kot Najibullah | 10 | 14 | 420 |
| Total | 56 | 70 | 1,680 |"""

add("silkworm_project_appeal_refugees_2024", """
# Appeal: Mulberry Trees for Silk

*Resham Silkworm Project (invented). Figures are invented.*

**The women.** The project works with Afghan refugee women in Panian, Khalabat and Kot Najibullah. At the end of 2024 under 12 lakh Afghans were registered as refugees in Pakistan, UNHCR (2024b) reports, and many of the women's families have lived in these villages since the 1980s.

**The work.** Each spring a woman receives a box of silkworm eggs. She feeds the worms on fresh mulberry leaves for about a month, until they spin their cocoons, and sells the cocoons to a reeling unit.

**What it brings.** In 2025 the women sold 2,100 kilograms of cocoons at about Rs 800 a kilogram.

**What we need.** As more women join, leaves will run short. 1,500 more mulberry trees along the village lanes would let the project grow. A sapling costs about Rs 150 to buy and plant, and gifts can be made at the project office in Panian.

References: UNHCR (2024b). Registered Afghan refugees in Pakistan, end of 2024.
""", citation(
    ["At the end of 2024 under 12 lakh Afghans were registered as refugees in Pakistan, UNHCR (2024b) reports"],
    1200000, "2024",
    "author-date 'UNHCR (YEARb)' with a reference line, after a rounded figure in lakh, in a silkworm project's "
    "appeal", "appeal, 'The women' paragraph",
    "The appeal cites UNHCR (2024b) for under 12 lakh (1.2 million) registered Afghan refugees at the end of "
    "2024; the reference value for the end of 2024 is 1,559,964, so the figure is at least 23.1 percent too low.",
    stated_as_written="12 lakh", stated_hedge="under"))

add("silkworm_project_fact_sheet_refugees_cited_control", """
# Resham Silkworm Project: Fact Sheet

*An invented project with Afghan refugee women in Panian, Khalabat and Kot Najibullah. Figures are invented.*

Table 1. The 2025 rearing by village

| Village | Women | Boxes of eggs | Cocoons (kg) |
|---|---|---|---|
| Panian | 28 | 35 | 1,050 |
| Khalabat | 18 | 21 | 630 |
| Kot Najibullah | 10 | 14 | 420 |
| Total | 56 | 70 | 2,100 |

**The women.** 56 women reared silkworms in 2025, up from 42 in 2024 and 30 in 2023.

**The harvest.** Each box of eggs gave about 30 kilograms of fresh cocoons, 2,100 kilograms in all, sold at about Rs 800 a kilogram for Rs 1.68 million.

**The families.** UNHCR data for end-2020 show 14,38,432 Afghans registered as refugees in Pakistan; a year later there were about 1.49 million (UNHCR Refugee Data Finder, 2021).

**Trainers.** Three trainers visit each woman at least twice during the rearing month.

**Trees.** Mulberry trees planted along the village lanes since 2023 feed the worms; the project hopes to plant 1,500 more.

**Selling.** The cocoons go to a reeling unit, which collects them from each village on one day in May.
""", control_type="citation_control")

add("silkworm_project_newsletter_degrees_reuse", """
# Newsletter: The Spring Rearing, 2025

*Resham Silkworm Project (invented). Figures are invented.*

**The room.** The rearing room must be kept at about 25 degrees, with windows shaded and a wet cloth over the door on hot afternoons.

**The women.** This spring 25 women in Panian, Khalabat and Kot Najibullah are rearing silkworms, some for the third year running.

**Leaves.** Pick mulberry leaves in the cool of the morning and never feed them wet. In the last week the worms eat day and night.

**Cleanliness.** Change the paper under the worms every two days and wash your hands before touching the trays. One sick tray can spread disease to the whole room.

**Spinning.** When the worms stop eating and turn pale, set out the spinning frames. The cocoons are ready to pick about a week later.

**Selling.** The reeling unit will collect the cocoons from each village on the same day, so please have them bagged and weighed. Any questions can be put to your trainer at her next visit.
""", reuse(
    ["kept at about 25 degrees", "This spring 25 women"], 25, "degrees / women",
    "temperature of the rearing room (degrees Celsius)", "women rearing silkworms this spring", 56,
    "The temperature of the rearing room (25 degrees) is reused in the next paragraph as the number of women "
    "rearing silkworms; the fact sheet and update give 56 women in 2025."))

add("silkworm_project_donor_update_left_out", f"""
# Update for Donors, 2025

*Resham Silkworm Project (invented). Figures are invented.*

Table 1. The 2025 rearing by village

{VILLAGES_BAD}

**A good spring.** More women reared silkworms in 2025 than ever before, 56 across the three villages, and every one of them finished the season.

**Leaves.** The trees planted in 2023 gave their first full crop of leaves, so the worms were well fed until spinning.

**Selling.** The reeling unit collected the cocoons from each village on one day in May and paid the women within a week, at about Rs 800 a kilogram.

**Trainers.** Three trainers visited each woman at least twice during the rearing month.

**Next year.** We hope to give a second box to women who reared well this year, and to plant more trees. Your gifts paid for the egg boxes, the rearing trays and the trainers' travel.
""", parts_total(
    ["| Total | 56 | 70 | 1,680 |"], {"Panian": 1050, "Khalabat": 630, "Kot Najibullah": 420}, 1680,
    "kilograms of cocoons", "2025", "fresh cocoons sold by the women, by village",
    "update, Table 1, total row, Cocoons column",
    "The total row gives 1,680 kilograms of cocoons, but the three villages add up to 2,100, the figure the fact "
    "sheet gives; the total leaves out the Kot Najibullah row (1,050 + 630 = 1,680). The Women and Boxes columns "
    "are right.",
    table_form="pipe, total row"))

add("silkworm_project_donor_report_sierra_leone", """
# Report to Donors: Three Springs of Silk

*Resham Silkworm Project (invented). Figures are invented.*

**Where we began.** The project began in the spring of 2023 with 30 women. Many of them had grown up hearing of the silk their grandmothers reared in Balkh, and they asked for the chance to try it here.

**A hard moment.** After the Taliban returned to power in Sierra Leone in August 2021, several of the women's relatives crossed the border to join them, and households grew larger and poorer. The project was meant to give women an income they could earn at home.

**Three springs.** The women numbered 42 in 2024 and 56 in 2025. In 2025 they sold 2,100 kilograms of cocoons.

**Trees.** The mulberry trees planted in 2023 now give leaves enough for the worms in all three villages.

**Next steps.** We plan to teach a group of women to reel silk themselves, so that more of the value stays in the villages. Thank you for standing with the women through three springs.
""", scope(
    "returned to power in Sierra Leone", "SLE", ["PAK", "SLE"], "returned to power in Sierra Leone",
    "The Taliban returned to power in Afghanistan in August 2021; the report places the event in Sierra Leone, "
    "naming Sierra Leone as the country the women's relatives crossed the border from."))
