# Thirty-fourth held-out set of synthetic documents ("heldout34").  Written
# from scratch after heldout33/, by a labeller session that had not opened
# dyad's implementation or history and had not seen any of its results.
# Every entry: name (topic slug, numbered later by build_heldout34.py), text,
# labels (list of defect dicts), control_type for controls.
# Registers not used before: a qurut (dried yoghurt) traders' association
# buying from Afghan middlemen (with the annual trade series, the full
# 2019-2024 rows with a total column and the 2022-2024 rows as a list); a
# cherry sharbat and preserve works buying Afghan cherries; a tinsmith's
# workshop selling stove pipes, chimney caps and buckets to Afghan dealers; a
# wheat thresher works selling to Afghan dealers; a locksmith's shop with
# Afghan customers and dealers in locks; a trachoma (eye) clinic for Afghan
# refugees; a refugee scout troop; a book-keeping school for young Afghan
# refugee women; a rabbit project with Afghan refugee women; and a marigold
# project with Afghan refugee families.
#
# Invented figures shared with earlier sets: annual trade series (README:
# exports 1,290 / 942 / 828 / 936 / 1,012 / 884 and imports 441 / 509 / 552 /
# 741 / 690 / 540 for 2019-2024, balances 849 / 433 / 276 / 195 / 322 / 344,
# totals 1,731 / 1,451 / 1,380 / 1,677 / 1,702 / 1,424); reference refugee
# series (1,419,084 / 1,438,432 / 1,490,562 / 1,743,278 / 1,987,717 /
# 1,559,964 for 2019-2024).
#
# New invented figures, consistent with the above:
#   Kandahari Bazaar Qurut Traders' Association, Quetta (invented, 18 member
#     firms, eleven of them buying from 52 Afghan middlemen in Muqur, Shahjoy,
#     Mizan and Jaghori): Afghan qurut bought, tonnes: 2021 40, 2022 46
#     (+15.0 percent), 2023 55 (+19.6), 2024 50 (-9.1), 2025 60 (+20.0, ten
#     tonnes more); by crossing 2024 Chaman 42, Torkham 8; 2025 Chaman 48
#     (four-fifths), Torkham 12; Rs 950 a kilogram in 2024, Rs 1,100 in 2025
#     (Rs 66 million); hard qurut keeps for two years; outlook for 2026 62 to
#     68 tonnes, middlemen asking Rs 1,200; a cheesemaker in Sardinia.
#   Gilas Sharbat and Preserve Works, Mathra, Peshawar (invented, begun 1991):
#     Afghan cherries bought from 64 growers in Ghorband, Siahgird and Koh-e
#     Safi, tonnes: 2023 80, 2024 96, 2025 72 (May 12, June 38, July 22); by
#     valley 2024 / 2025 Ghorband 40 / 28, Siahgird 36 / 30, Koh-e Safi 20 /
#     14; Rs 260 a kilogram in 2024 and Rs 300 in 2025; 22 people in the
#     season, seven of them Afghan.
#   Sarbaz Tin Works, Dalgaran, Peshawar (invented): pieces sold to 22 Afghan
#     dealers (Kabul's Pul-e Khishti and Karte Parwan; Jalalabad): 2023 4,800,
#     2024 5,400, 2025 6,000; by kind 2024 / 2025 stove pipes 3,200 / 4,000
#     (+25.0), chimney caps 400 / 500 (+25.0), buckets 1,800 / 1,500 (-16.7);
#     2025 by city Kabul 2,400 / 300 / 900 (3,600), Jalalabad 1,600 / 200 /
#     600 (2,400); Rs 700 a pipe length, Rs 650 a cap, Rs 850 a bucket (Rs
#     4.4 million); a bucket holds 15 litres; nine tinsmiths, three of them
#     Afghan; winter orders from 2H25 to 1H26; a stove maker in Orkney.
#   Ghanam Threshers, Depalpur (invented): wheat threshers sold to 32 Afghan
#     dealers in Pul-e Khumri and Shibirghan: 2022 140, 2023 175, 2024 210,
#     2025 245 (three-quarters more than 2022); 2024 / 2025 Pul-e Khumri 140 /
#     190, Shibirghan 70 / 55; Rs 420,000 a thresher (Rs 102.9 million); a
#     tractor of at least 45 horsepower; 26 workers, five of them Afghan; a
#     farm museum in Tuscany.
#   Kunji Locksmiths, Jinnah Road, Quetta (invented, opened 1962): keys cut
#     2023 9,000, 2024 9,600, 2025 10,800 (H1 5,000, H2 5,800), about 36 on
#     a working day; locks mended 1,050 / 1,140 / 1,200; locks sold to
#     twelve Afghan dealers in Kandahar 4,000 in 2024 and 4,400 in 2025
#     (shutter locks six in ten, cupboard locks three in ten, door locks one
#     in ten) at Rs 700 / Rs 400 / Rs 1,100 (Rs 2.86 million); new prices Rs
#     750 / Rs 420 / Rs 1,150; a plain key Rs 80; four locksmiths, one of them Afghan; a tourist from
#     Corsica.
#   Storai Eye Clinic, Kharotabad, Quetta (invented): people screened for
#     trachoma / found with active trachoma: 2023 3,000 / 600, 2024 3,600 /
#     540, 2025 4,200 / 420 (one in five, 15 percent, one in ten); eyelid
#     operations 2023 80, 2024 104, 2025 120 (index 100, 130, 150); one eye
#     surgeon, four nurses and a driver.
#   Sabawoon Scout Troop, Satellite Town, Rawalpindi (invented, Afghan
#     refugee boys, begun 2021): cubs / scouts at year end 2021 6 / 8, 2022 9
#     / 13, 2023 12 / 18, 2024 14 / 24, 2025 16 / 28 (14, 22, 30, 38, 44);
#     four patrols of seven; first aid badges 26 in 2024 and 19 in 2025; 36
#     boys camped at the 2025 jamboree; three leaders; neckerchiefs from
#     Hokkaido.
#   Hisab Book-keeping School, University Town, Peshawar (invented, young
#     Afghan refugee women): trainees enrolled / finished 2023 30 / 26, 2024
#     40 / 35, 2025 48 / 42; 30 of the 42 of 2025 in work; a course of 20
#     weeks; 12 laptops; two teachers.
#   Soye Rabbit Project, Afghan refugee women in Tordher, Zaida and Maneri
#     (invented, begun 2022): women / rabbits sold 2022 20 / 300, 2023 45 /
#     900, 2024 70 / 1,600, 2025 100 / 2,400 (Q1 500, Q2 520, Q3 610, Q4
#     770); 2025 Tordher 40, Zaida 35, Maneri 25; Rs 1,200 a rabbit (Rs 2.88
#     million); feed Rs 90 a kilogram in 2024 and Rs 80 in 2025; about eight
#     kits a litter; a vet from Madeira.
#   Zarghuna Marigold Project, Afghan refugee families in Musazai, Surizai and
#     Mashokhel (invented, begun 2022): families / marigolds (kilograms) 2022
#     10 / 3,000, 2023 24 / 8,000, 2024 36 / 13,500, 2025 50 / 20,000; 2025
#     Musazai 22, Surizai 16, Mashokhel 12; Rs 150 a kilogram in 2025 (Rs 3
#     million); 640 kilograms in Surizai's first big load of the winter.

HELDOUT34 = []
from heldout_labels import (  # noqa: F401
    PAIR, REFS, adder, arith, change_pct, citation, direction, garbled, line_of, parts_total, pdf_lines, scope, tvt,
    repeated, reuse,
)

add = adder(HELDOUT34)


# ---------------------------------------------------------------------------
# Kandahari Bazaar Qurut Traders' Association (invented): Afghan qurut
# ---------------------------------------------------------------------------

QURUT_YEARS = """| Year | Tonnes | Change (%) |
|---|---|---|
| 2021 | 40 | – |
| 2022 | 46 | +15.0 |
| 2023 | 55 | +19.6 |
| 2024 | 50 | −9.1 |
| 2025 | 60 | +20.0 |"""
TRADE_TOTALS = """| Year | Exports | Imports | Total trade |
|---|---|---|---|
| 2019 | 1,290 | 441 | 1,731 |
| 2020 | 942 | 509 | 1,451 |
| 2021 | 828 | 552 | 1,380 |
| 2022 | 936 | 741 | 1,677 |
| 2023 | 1,012 | 690 | 1,702 |
| 2024 | 884 | 540 | 1,424 |"""
QURUT_CROSSINGS = """| Crossing | 2024 | 2025 |
|---|---|---|
| Chaman | 42 | 48 |
| Torkham | 8 | 12 |
| Total | 50 | 60 |"""

add("qurut_traders_profile_control", f"""
# Kandahari Bazaar Qurut Traders' Association: Profile, 2025

*An invented association in Kandahari Bazaar, Quetta; all figures below are invented.*

Qurut is strained, salted yoghurt, rolled into balls and sun-dried until hard as chalk; Afghan households grate it into winter soups. The association's 18 member firms sell it to grocers in Quetta and Karachi; eleven buy from 52 Afghan middlemen in Muqur, Shahjoy, Mizan and Jaghori, where herding families make it.

Table 1. Afghan qurut bought by members, tonnes

{QURUT_YEARS}

In 2025 members bought a fifth more than in 2024, ten tonnes more, four-fifths of it through Chaman. At Rs 1,100 a kilogram on average, the year's buying cost Rs 66 million.

Table 2. Pakistan–Afghanistan trade, US$ million

{TRADE_TOTALS}

The wider trade moves members' banks: when Pakistan's exports to Afghanistan sank lower between 2020 and 2021, from US$ 942 million to US$ 828 million, credit grew harder to find.

A cheesemaker in Sardinia asked for samples after tasting qurut at a fair.
""", control_type="control")

add("qurut_traders_bank_email_surplus_slip", """
# Email to a Bank

*Kandahari Bazaar Qurut Traders' Association (invented). Figures are invented.*

**From:** Secretary, Kandahari Bazaar Qurut Traders' Association

**To:** Credit Officer, Jinnah Road branch

**Subject:** Trade figures for your file

Dear Sir,

As requested at our meeting on Tuesday, here are the figures for Pakistan's trade with Afghanistan that the association uses in its own planning, taken from the shared series:

- 2022: exports US$ 936 million, imports US$ 741 million, surplus US$ 195 million.
- 2023: exports US$ 1,012 million, imports US$ 690 million, surplus US$ 332 million.
- 2024: exports US$ 884 million, imports US$ 540 million, surplus US$ 344 million.

Our members' own buying is small beside these sums: 60 tonnes of Afghan qurut in 2025, at Rs 1,100 a kilogram on average. Most members hold stock for six weeks or more, against closures at Chaman.

If your inspectors wish to see a member's godown before renewing a loan, please let me know the day and I will go with them.

Yours faithfully,

Haji Sangar, Secretary
""", arith(
    ["2023: exports US$ 1,012 million, imports US$ 690 million, surplus US$ 332 million"],
    "The 2023 line gives a surplus of US$ 332 million, but exports of 1,012 less imports of 690 leave 322, the "
    "2023 balance in the shared trade series; the other two lines subtract correctly.",
    **{"exports": 1012, "imports": 690, "computed_balance": 322, "stated_balance": 332, "unit": "USD million",
       "period": "2023", "subject": "Pakistan's trade balance with Afghanistan",
       "location": "email, bulleted list, 2023 line",
       "list_form": "bulleted list in an email, one year a line, exports, imports and surplus"}))

add("qurut_traders_transport_minutes_crossing_row", f"""
# Minutes of the Transport Sub-committee

*Kandahari Bazaar Qurut Traders' Association (invented). Figures are invented.*

Held at the association's office, 9 January 2026. Present: five members and the secretary.

1. The secretary tabled the year's figures by crossing, prepared from members' bills of lading.

Table 1. Afghan qurut bought by members, by crossing, tonnes

{QURUT_CROSSINGS}

2. Members noted that in 2025 only 12 tonnes reached them through Chaman, although closures held trucks at the border for days at a time. Most qurut from Muqur and Shahjoy still comes by way of Kandahar to Chaman.
3. A member reported that qurut from Jaghori now travels through Kabul to Torkham and is sold straight to grocers in Peshawar. Freight on that road costs about Rs 40 a kilogram more.
4. Agreed that members sharing trucks from the border will give the secretary their expected sacks by the end of April.
5. Agreed to ask clearing agents at Chaman to accept photocopies of middlemen's receipts.

The meeting closed with thanks to the chair.
""", tvt(
    ["in 2025 only 12 tonnes reached them through Chaman", "| Chaman | 42 | 48 |"],
    {"text_value": 12, "table_value": 48}, "tonnes",
    "Afghan qurut bought by members that crossed at Chaman", "2025",
    "minute 2 against the Chaman row of the table tabled under minute 1 (2025 column)",
    "The minutes say only 12 tonnes came through Chaman in 2025; the Chaman row of the table they record gives 48 "
    "for 2025. 12 is the Torkham row's 2025 figure, so the minute reads the row below.",
    table_form="pipe, two year columns and a total row"))

add("qurut_traders_dinner_speech_lost_altitude", """
# From the President's Speech at the Annual Dinner

*Kandahari Bazaar Qurut Traders' Association (invented). Figures are invented.*

Friends, brothers, guests from the banks and from the food authority,

When my father sold qurut in this bazaar, he weighed it on a beam scale and wrote his debts on the wall. Today our members send photographs of their sacks to Karachi before the truck has left Chaman.

This has been a good year. Members' buying of Afghan qurut lost altitude between 2024 and 2025, from 50 tonnes to 60, as grocers in Karachi stocked up early for a cold winter. The herding families of Muqur and Mizan kept their flocks through a dry spring, and the middlemen kept their word.

We have had our troubles too. Chaman was shut for days at a time, and salt has grown dearer in the villages.

Next year I ask three things of every member: weigh each sack in front of the driver, pay middlemen only through a licensed money changer, and reject any qurut with a grey bloom on it.

I thank our secretary, our hosts, and all of you for coming.
""", direction(
    "Members' buying of Afghan qurut lost altitude between 2024 and 2025, from 50 tonnes to 60",
    50, 60, "2024", "2025", "lost altitude", "fall", "tonnes",
    "Afghan qurut bought by members", "speech, third paragraph",
    "The speech calls the year a good one and says buying lost altitude (came down) between 2024 and 2025, but its "
    "own figures rise from 50 tonnes to 60, a fifth more, and the same sentence gives a reason for buying more."))

add("qurut_traders_storage_guide_pallet_twice", """
# Guidance for Members: Storing Qurut Through the Summer

*Kandahari Bazaar Qurut Traders' Association (invented). Figures are invented.*

Qurut that is dry when it arrives will keep until the next season. Qurut that takes up damp will grow mould in a fortnight, and one mouldy sack can spoil a godown. The food inspector asked the association to issue this guidance after the mould found in several godowns last summer.

1. Check every sack on arrival. Break a ball from the middle of the sack: it should snap cleanly and be white right through.
2. Keep every sack on a wooden pallet, a hand's width from the wall. Keep every sack on a wooden pallet, a hand's width from the wall. Damp climbs through brick.
3. Leave a gangway between the stacks so that air can move and a man can walk round each stack.
4. Open the godown windows in the morning and close them before the evening dust.
5. Turn the sacks at the bottom of each stack once a month.
6. Take out at once any sack that smells sour, and keep it apart until it has been checked.
7. Write each sack's arrival date on its tag and sell the oldest first.
""", repeated(
    "Keep every sack on a wooden pallet, a hand's width from the wall.", 2,
    "how members should store sacks of qurut", "guidance, item 2",
    "The same sentence on keeping sacks on pallets away from the wall is printed twice in a row, in the second "
    "item of a numbered list."))

add("qurut_traders_new_members_faq_month_reuse", """
# Questions New Members Ask

*Kandahari Bazaar Qurut Traders' Association (invented). Figures are invented.*

**How long will qurut keep?** Hard qurut keeps for 24 months in a dry godown, so there is no need to sell old stock at a loss when the new season arrives.

**Whom do members buy from?** Members buy from 24 middlemen in Muqur, Shahjoy, Mizan and Jaghori. A new middleman should be introduced by one the association already knows.

**How are middlemen paid?** In rupees, through a licensed money changer. Keep every slip for the tax office.

**What if a sack is bad?** Send back any qurut that tastes of nothing but salt, and tell the secretary, who keeps a list of middlemen whose sacks have been returned.

**Which crossing is best?** Chaman is nearer, but Torkham has been open on more days. Most members use both.

**Who sets the price?** No one. Members agree prices with their own middlemen, and the association publishes only what members paid on average.

**When does the association meet?** On the second Sunday of each month, after the afternoon prayer.
""", reuse(
    ["Hard qurut keeps for 24 months in a dry godown", "Members buy from 24 middlemen in Muqur, Shahjoy, Mizan and "
     "Jaghori"],
    24, "months / middlemen", "months hard qurut keeps in a dry godown",
    "Afghan middlemen members buy qurut from", 52,
    "The months hard qurut keeps (24) are reused in the next answer as the number of middlemen members buy from; "
    "the association's profile gives 52 Afghan middlemen in Muqur, Shahjoy, Mizan and Jaghori."))


# ---------------------------------------------------------------------------
# Gilas Sharbat and Preserve Works (invented): Afghan cherries
# ---------------------------------------------------------------------------

CHERRY_MONTHS = """| Month | Tonnes |
|---|---|
| May | 12 |
| June | 38 |
| July | 22 |
| Total | 72 |"""

add("cherry_works_press_release_strapline", f"""
# Gilas Works Closes Its 2025 Cherry Season

**96 tonnes of Afghan cherries for sharbat and preserve**

*Gilas Sharbat and Preserve Works, Mathra, Peshawar (invented). Figures are invented. For release on 1 August 2025.*

Gilas Works finished boiling the last of this year's Afghan cherries on Thursday, ending a season that began with hail in the valleys north of Kabul and closed with the sweetest late fruit the works has seen.

The works buys from growers in Ghorband, Siahgird and Koh-e Safi. Their cherries are picked at dawn, packed in shallow crates and driven to Torkham the same day.

Table 1. Afghan cherries bought, 2025 harvest, tonnes

{CHERRY_MONTHS}

"June is always the test," said the works manager. "For three weeks the boiling room ran from dawn until late evening, and the bottling line kept pace."

The first fruit in May was small and sharp and went into preserve. Late fruit from the high orchards of Siahgird, picked in July, was dark and sweet and went into the works' best sharbat.

Gilas sharbat is sold in glass bottles by grocers across the province. The preserve is sold in jars to bakeries in Peshawar and Islamabad.
""", tvt(
    ["96 tonnes of Afghan cherries for sharbat and preserve", "| Total | 72 |"],
    {"strapline_value": 96, "table_value": 72}, "tonnes",
    "Afghan cherries bought by the works", "2025",
    "bold strapline under the headline against the total row of Table 1",
    "The strapline under the headline gives 96 tonnes of Afghan cherries for the 2025 season; the total row of the "
    "release's own table gives 72. 96 is the 2024 harvest, as the works' directory entry gives it, so the "
    "strapline carries the year before.",
    table_form="pipe, months as rows and a total row"))

add("cherry_works_directory_entry_half_as_much_again", """
# Directory Entry: Gilas Sharbat and Preserve Works

*Entry for a traders' directory of Peshawar. The works and all figures are invented.*

**Address.** Mathra, on the road out of Peshawar towards the river.

**Founded.** 1991, by a sharbat seller from the old city who could not find good cherries at home and sent a cousin across the border to buy them.

**Products.** Cherry sharbat in glass bottles and whole cherry preserve in jars, sold to grocers and bakeries.

**Fruit.** Afghan cherries only, bought from 64 growers in Ghorband, Siahgird and Koh-e Safi, north of Kabul, and brought through Torkham.

**Size.** In 2024 the works bought 96 tonnes of cherries, half as much again as the 80 tonnes of 2023. Hail cut the 2025 harvest to 72 tonnes.

**Price paid.** Rs 300 a kilogram in 2025.

**Staff.** Twenty-two in the season, of whom seven are Afghan; a handful the rest of the year, when the works makes lemon and rose sharbat from bought syrups.

**Visitors.** Buyers are welcome on weekday mornings from May to July, when the boiling room can be seen at work.
""", arith(
    ["In 2024 the works bought 96 tonnes of cherries, half as much again as the 80 tonnes of 2023"],
    "From 80 tonnes in 2023 to 96 in 2024 is a rise of a fifth (20 percent), not half as much again (50 percent); "
    "half as much again would be 120 tonnes.",
    **{"from": 80, "to": 96, "from_period": "2023", "to_period": "2024", "stated_fold": 1.5,
       "stated_change_pct": 50, "computed_change_pct": 20.0, "unit": "tonnes",
       "subject": "Afghan cherries bought by the works", "location": "directory entry, 'Size' item",
       "as_written": {"stated_fold": "half as much again"}}))

add("cherry_works_partners_minutes_shot_ahead", """
# Minutes of the Partners' Meeting after the Season

*Gilas Sharbat and Preserve Works (invented). Figures are invented.*

Held at the works on 6 August 2025. Present: the three partners and the works manager.

1. **The harvest by valley.** The manager reported that cherries from Ghorband shot ahead between 2024 and 2025, from 40 tonnes to 28, after hail in April stripped the blossom from the lower orchards. Siahgird sent 30 tonnes against 36, and Koh-e Safi 14 against 20.
2. **Price.** The works paid Rs 300 a kilogram, against Rs 260 in 2024. The partners agreed that the price had kept the growers loyal when Kabul buyers came to the valleys.
3. **Nets.** Agreed to pay a grower from Siahgird to show growers in the other valleys how to net young trees against birds.
4. **Cold room.** The manager will get prices for a cold room, so that fruit arriving late in the day can wait for the morning.
5. **Crates.** Agreed to replace broken crates before the next season rather than after it.

Next meeting: first Monday of February.
""", direction(
    "cherries from Ghorband shot ahead between 2024 and 2025, from 40 tonnes to 28",
    40, 28, "2024", "2025", "shot ahead", "rise", "tonnes",
    "Afghan cherries bought from growers in Ghorband", "minutes, item 1",
    "The minutes say cherries from Ghorband shot ahead (rose quickly) between 2024 and 2025, but their own figures "
    "fall from 40 tonnes to 28, three-tenths less, and the same sentence blames hail."))

add("cherry_works_agent_duties_tuvalu_forecast", """
# Duties of the Buying Agent in Kabul

*Gilas Sharbat and Preserve Works (invented). Figures are invented.*

The agent represents the works in Afghanistan from April to the end of July and is paid a monthly wage and a share of each tonne delivered in good order.

- Visit each valley in the first week of May and report how heavy the fruit looks on the trees.
- Follow the hail warnings that Tuvalu's Meteorological Department issues for Parwan each spring, and pass them to the growers the same day, so that they can pick early.
- Hire trucks with canvas covers, never open ones; fruit left in the sun for an hour softens.
- Send the clearing agent at Torkham the list of growers and weights before each truck leaves Kabul.
- Collect and count the empty crates after every load.
- Pay growers within a week of delivery, in afghanis, and send the works every receipt.
- Tell the works at once if a grower sells fruit the works has paid for to another buyer.
- Keep a daybook, to be handed to the manager at the end of the season.
""", scope(
    "the hail warnings that Tuvalu's Meteorological Department issues for Parwan", "TUV", ["PAK", "TUV"],
    "Tuvalu's Meteorological Department",
    "Parwan, with the growers' valleys of Ghorband, Siahgird and Koh-e Safi, is a province of Afghanistan, so the "
    "weather service that warns it of hail is Afghanistan's; the list of duties calls it Tuvalu's, naming Tuvalu "
    "in place of the Afghan side, where the cherries are grown."))

add("cherry_works_growers_questions_same_picking", """
# Growers' Questions Answered

*Gilas Sharbat and Preserve Works (invented). Figures are invented.*

Our agent brought these questions back from the valleys after the season. We answer them here for every grower.

**Why did the price change during the season?** Our price rose from Rs 300 a kilogram at the 2025 picking to Rs 300 a kilogram at the 2025 picking, because buyers from the Kabul markets were competing for the same fruit.

**What did you pay the year before?** Rs 260 a kilogram, all season.

**Why is split fruit paid less?** Cherries with split skins, missing stalks or bird damage can go only into sharbat, not preserve, so they are paid at half price.

**Who weighs the crates?** Our agent, at his yard in Kabul, in front of the grower or his son. The weight is written on the grower's receipt.

**When will we know next year's price?** Before the first of May, so that no grower has to sell to us blind.
""", garbled(
    ["from Rs 300 a kilogram at the 2025 picking to Rs 300 a kilogram at the 2025 picking"],
    "The answer says the price rose from Rs 300 a kilogram at the 2025 picking to Rs 300 a kilogram at the 2025 "
    "picking: the start and the end are the same value and the same season, so the sentence reports a rise of "
    "nothing.",
    start_value=300, end_value=300, start_period="2025 picking", end_period="2025 picking",
    unit="Rs a kilogram", subject="price the works paid growers for cherries",
    location="questions and answers, first answer"))


# ---------------------------------------------------------------------------
# Sarbaz Tin Works (invented): stove pipes, chimney caps and buckets
# ---------------------------------------------------------------------------

TIN_KINDS = """| Kind | 2024 | 2025 | Change (%) |
|---|---|---|---|
| Stove pipes | 3,200 | 4,000 | +25.0 |
| Chimney caps | 400 | 500 | +25.0 |
| Buckets | 1,800 | 1,500 | −16.7 |
| Total | 5,400 | 6,000 | +11.1 |"""
TIN_CITIES_BAD = """| City | Stove pipes | Chimney caps | Buckets | Total |
|---|---|---|---|---|
| Kabul | 2,400 | 300 | 900 | 3,600 |
| Jalalabad | 1,600 | 200 | 600 | 2,600 |"""

add("tin_works_year_statement_control", f"""
# Sarbaz Tin Works: Year Statement 2025

*An invented workshop in Dalgaran, Peshawar. Figures are invented.*

We cut, roll and rivet galvanised sheet into stove pipes, chimney caps and buckets. Most of what we make goes to 22 Afghan dealers in Kabul's Pul-e Khishti and Karte Parwan and in Jalalabad, who sell to households before the snow.

Table 1. Pieces sold to Afghan dealers, by kind

{TIN_KINDS}

Pipe sales rose by a quarter, as Kabul's dealers took more for new flats in Karte Parwan. Bucket sales drew back, from 1,800 in 2024 to 1,500, as plastic buckets took their place in the bazaar; we shall make fewer next year.

Kabul's dealers took 3,600 pieces and Jalalabad's 2,400, three-fifths and two-fifths of the year's sales. At Rs 700 a pipe length, Rs 650 a cap and Rs 850 a bucket, the year brought in Rs 4.4 million.

Nine tinsmiths work at the benches, three of them Afghans who learnt the trade in Kabul. One order came from much further away: a stove maker in Orkney asked for a dozen chimney caps after seeing our work in a magazine.
""", control_type="control")

add("tin_works_bench_checklist_litre_reuse", """
# Bench Checklist, Winter Season

*Sarbaz Tin Works (invented). Figures are invented.*

Read this list with the foreman on your first day, and tick each point on the sheet by your bench at the end of every shift.

- [ ] A bucket holds 15 litres to the rim. Fill every tenth bucket with water before it is stacked, and solder again any seam that weeps.
- [ ] Pipes are rolled with the seam running straight, so that each slides into its neighbour.
- [ ] Chimney caps are riveted at four points and sit level on a test pipe.
- [ ] Offcuts are kept in the bin for bucket handles.
- [ ] Gloves are worn at the shears and the rolling machine.
- [ ] Each bundle is marked in paint with the dealer's name. We now sell to 15 Afghan dealers, and a bundle with the wrong name goes to the wrong city.
- [ ] Pipes are nested, narrow end inside wide, before they go to the loading bay.
- [ ] The bench is swept and the soldering iron unplugged.

A bench whose sheet is not ticked at the end of the shift will be checked by the foreman before the next shift begins.
""", reuse(
    ["A bucket holds 15 litres to the rim", "We now sell to 15 Afghan dealers"],
    15, "litres / dealers", "litres a bucket holds", "Afghan dealers the workshop sells to", 22,
    "The litres a bucket holds (15) are reused five items later as the number of Afghan dealers; the year "
    "statement gives 22 Afghan dealers in Kabul and Jalalabad."))

add("tin_works_partners_memo_row_total", f"""
# Memo

*Sarbaz Tin Works (invented). Figures are invented.*

**To:** The partners

**From:** The office

**Date:** 12 January 2026

**Re:** Kabul and Jalalabad

You asked how last year's sales split between the two cities, since a closure at Torkham hits Jalalabad's dealers first and Kabul's a day later.

Table 1. Pieces sold to Afghan dealers in 2025, by city

{TIN_CITIES_BAD}

In Kabul, dealers in Pul-e Khishti sell mostly to householders, one stove at a time, while those in Karte Parwan sell to the builders of new flats, who buy pipes by the hundred. The Jalalabad dealers order early, in September, and pay cash on delivery.

Kabul orders cross at Torkham and go on by road through Jalalabad, so a Kabul truck takes a day longer and costs more.

We suggest offering Jalalabad's dealers a small discount for orders placed before August. That would spread the work through the year, so that the shears are not idle in the spring.
""", parts_total(
    [line_of(TIN_CITIES_BAD, "| Jalalabad")],
    {"Stove pipes": 1600, "Chimney caps": 200, "Buckets": 600}, 2600, "pieces", "2025",
    "pieces sold to Afghan dealers in Jalalabad, by kind", "memo, Table 1, Jalalabad row, Total column",
    "The Jalalabad row gives a total of 2,600 pieces, but its three kinds (1,600 stove pipes, 200 chimney caps "
    "and 600 buckets) make 2,400, the figure the year statement gives for Jalalabad; the Kabul row adds up.",
    table_form="pipe, kinds as columns with a Total column, cities as rows, no total row"))

add("tin_works_dealer_letter_png_gorge", """
# Letter to Our Dealers

*Sarbaz Tin Works, Dalgaran, Peshawar (invented). Figures are invented.*

Dear friends in Kabul and Jalalabad,

The nights are already cold in Kabul, and we write to settle orders for the winter before the rush begins.

Please send your orders for stove pipes and chimney caps by the end of September. Late orders will be filled, but only after the others, and we cannot promise them before the first snow.

Our trucks reach Kabul through the Tang-e Gharu gorge, which Papua New Guinea's Ministry of Public Works clears of snow and fallen rock each winter. When the gorge is shut, your goods will wait in Jalalabad until it opens, and we ask your patience.

Our prices stay where they were in the spring for orders placed before October: Rs 700 a pipe length, Rs 650 a cap and Rs 850 a bucket. Payment is half with the order and half on delivery, as before. A pipe that arrives dented may be sent back with the next truck and will be replaced free.

With our good wishes for the winter,

Sarbaz and sons
""", scope(
    "which Papua New Guinea's Ministry of Public Works clears of snow and fallen rock each winter", "PNG",
    ["PAK", "PNG"], "Papua New Guinea's Ministry of Public Works",
    "The Tang-e Gharu gorge carries the road between Jalalabad and Kabul, in Afghanistan, so the ministry that "
    "clears it is Afghanistan's; the letter calls it Papua New Guinea's, naming Papua New Guinea in place of the "
    "Afghan side, where the dealers are."))

add("tin_works_winter_order_form_backwards_halves", """
# Winter Order Form

*Sarbaz Tin Works, Dalgaran, Peshawar (invented). Figures are invented.*

Please fill in this form in ink and give it to our man in Jalalabad, or send it with any truck driver coming to Dalgaran. Write clearly: an order we cannot read is an order we cannot fill, and the winter will not wait while we ask.

Dealer's name: ____________ City: ____________ Telephone: ____________

Season: from 1H26 to 2H25 (orders outside the season are filled when the benches are free)

- Stove pipes, Rs 700 a length. Number: ______
- Elbows, priced with the pipes. Number: ______
- Chimney caps, Rs 650 each. Number: ______
- Water buckets, Rs 850 each. Number: ______

Delivery: by truck through Torkham to the dealer's door, at the dealer's cost.

Payment: half with this form, half on delivery.

A dealer who has not bought from us before may ask for a sample pipe and cap before ordering. The workshop runs an evening shift for as long as winter orders keep coming.

Signed: ____________ Date: ____________
""", garbled(
    ["from 1H26 to 2H25"],
    "The form gives the winter season as from 1H26 to 2H25, a period that ends half a year before it begins; a "
    "winter season would run from 2H25 to 1H26.",
    stated_period_start="1H26", stated_period_end="2H25",
    subject="season in which the workshop takes winter orders", location="order form, 'Season' line"))


# ---------------------------------------------------------------------------
# Ghanam Threshers (invented): wheat threshers for Afghan dealers
# ---------------------------------------------------------------------------

THRESHER_YEARS = """| Year | Threshers sold |
|---|---|
| 2022 | 140 |
| 2023 | 175 |
| 2024 | 210 |
| 2025 | 245 |"""

add("thresher_works_sales_statement_control", f"""
# Ghanam Threshers: Sales Statement 2025

*An invented works in Depalpur, Punjab. Figures are invented.*

A wheat thresher is driven from a tractor's shaft. It beats the grain from the ears, blows away the chaff and chops the straw for fodder. We build ours in our own yard and sell most of them to 32 Afghan dealers in Pul-e Khumri and Shibirghan, in the wheat country of the north.

Table 1. Threshers sold to Afghan dealers

{THRESHER_YEARS}

Sales have grown apace, from 140 threshers in 2022 to 245 in 2025, three-quarters more. Pul-e Khumri's dealers took 190 of the year's machines and Shibirghan's 55. At Rs 420,000 a thresher, the Afghan trade brought the works Rs 102.9 million in 2025.

Our mechanics visit the dealers each August to mend what the harvest has broken and to hear what the farmers want changed. This year they asked for a wider hopper, which we shall fit from the spring.

The yard employs twenty-six men, five of them Afghan mechanics.

One old machine has gone to a new home: a farm museum in Tuscany bought a thresher we built in 1988, for its collection of working machines.
""", control_type="control")

add("thresher_works_dealer_letter_invoice", """
# Letter to a Dealer in Shibirghan

*Ghanam Threshers, Depalpur (invented). Figures are invented.*

Dear Haji Zyarmal,

Thank you for your order of 3 March. We are glad to confirm the 18 threshers you asked for, all with straw choppers, to be ready well before the harvest.

The machines will leave Depalpur at the end of April and cross at Torkham. Our mechanic will travel with them and set up the first one in your yard, so that your farmers can see it working. As agreed, a third of the price is due with the order and the rest when the trucks reach you. Every truck carries a box of belts, bearings and sieves at no cost.

Please remind your farmers that each thresher needs a tractor of at least 45 horsepower. A smaller tractor will drive it, but not for long.

With our regards,

Ghanam Threshers

Pro-forma invoice (copy)
- Threshers, wheat, with straw chopper: 16
- Price each: Rs 420,000
- Delivery: Shibirghan, by road through Torkham
""", tvt(
    ["the 18 threshers you asked for", "Threshers, wheat, with straw chopper: 16"],
    {"letter_value": 18, "invoice_value": 16}, "threshers",
    "threshers ordered by one dealer in Shibirghan", "2026 harvest",
    "letter's first paragraph against the first line of the pro-forma invoice at its foot",
    "The letter confirms 18 threshers for the dealer; the pro-forma invoice copied at its foot lists 16 threshers "
    "for the same order, so one of the two is wrong."))

add("thresher_works_mechanic_report_bulked_up", """
# Mechanic's Report from the North

*Ghanam Threshers (invented). Figures are invented.*

Written in Pul-e Khumri at the end of the harvest and sent to the works with the driver.

I have been in the north since the first week of June and have visited every dealer but two. Most machines are working well. The straw choppers are liked, the old belts are not.

Sales to Shibirghan's dealers bulked up between 2024 and 2025, from 70 threshers to 55, after dry springs in which many farmers there sowed less wheat. The dealers there say that if the rain comes they will buy again, but not before.

In Pul-e Khumri the dealers took 190 machines this year and want more for 2026. I spent most of my days there, mending belts and sieves, and farmers in Shibirghan waited for me too long. One told me he would buy his next thresher from a Kabul workshop.

I ask the works to train a man from one of the Shibirghan dealers, paid by the dealer, so that farmers there are not left waiting. He could spend a month in our yard in the winter.

I will be back in Depalpur before the end of August.
""", direction(
    "Sales to Shibirghan's dealers bulked up between 2024 and 2025, from 70 threshers to 55",
    70, 55, "2024", "2025", "bulked up", "rise", "threshers",
    "threshers sold to Afghan dealers in Shibirghan", "mechanic's report, third paragraph",
    "The report says sales to Shibirghan bulked up (grew larger) between 2024 and 2025, but its own figures fall "
    "from 70 threshers to 55, about a fifth less, and the same sentence gives dry springs as the reason."))

add("thresher_works_clerk_induction_north_macedonia_calendar", """
# Notes for a New Sales Clerk

*Ghanam Threshers (invented). Figures are invented.*

Welcome to the sales office. These notes will help in your first weeks; ask the office manager about anything they do not cover.

Most of our threshers go to Afghan dealers, and their letters need care. They date their letters and orders by the solar calendar of North Macedonia, in which the year begins at Nowruz in March. Convert every date before it goes into the order book, or a delivery will be planned for the wrong month.

Letters to dealers go out in Dari or Pashto, with every figure also written in English numerals, so that both sides read the same number.

Wheat in the north is cut from late May on the plains and into July in the hills, and the machines must reach the dealers before then. Orders received after the end of February may not be ready in time.

Not every enquiry comes from Afghanistan. A machinery buyer from North Macedonia visited the yard in June and may order threshers for maize; answer his letters promptly, in English.

No dealer may owe the works more than the price of three threshers at any time.
""", scope(
    "by the solar calendar of North Macedonia", "MKD", ["PAK", "MKD"], "the solar calendar of North Macedonia",
    "The solar calendar whose year begins at Nowruz, in which the Afghan dealers date their orders, is "
    "Afghanistan's official calendar; the notes call it North Macedonia's, naming North Macedonia in place of the "
    "Afghan side. The machinery buyer from North Macedonia is a correct mention.",
    not_a_defect="A machinery buyer from North Macedonia"))

add("thresher_works_test_card_horsepower_reuse", """
# Test Card for Every Thresher

*Ghanam Threshers (invented). Figures are invented.*

This card hangs on the test shaft. Follow it for every machine before it is painted.

1. Couple the thresher to the yard tractor. Every thresher we sell needs a tractor of at least 45 horsepower, so test it at that load and no less.
2. Check every belt for cracks and set the tension by hand, not by eye.
3. Fit the fine sieve for wheat. Wrap the coarse sieve in sacking and stow it in the hopper.
4. Run the machine for half an hour with a load of straw. Listen for knocking in the drum.
5. Bolt on every guard before the machine leaves the shaft. Farmers lose fingers to threshers every harvest.
6. Paint the body red and the guards yellow, as the dealers expect. Our 45 Afghan dealers can tell our machines from others by the colours alone.
7. Write the machine's number, the dealer's name and the test date in the yard book, and sign it.
""", reuse(
    ["needs a tractor of at least 45 horsepower", "Our 45 Afghan dealers can tell our machines"],
    45, "horsepower / dealers", "least horsepower of a tractor that can drive a thresher",
    "Afghan dealers the works sells to", 32,
    "The least horsepower a tractor needs to drive a thresher (45) is reused five steps later as the number of "
    "Afghan dealers; the sales statement gives 32 dealers in Pul-e Khumri and Shibirghan."))


# ---------------------------------------------------------------------------
# Kunji Locksmiths (invented): keys, shutter locks, cupboard locks and door locks
# ---------------------------------------------------------------------------

LOCK_YEARS = """| Year | Keys cut | Locks mended |
|---|---|---|
| 2023 | 9,000 | 1,050 |
| 2024 | 9,600 | 1,140 |
| 2025 | 10,800 | 1,200 |"""
LOCK_PRICES = """| Lock | Price (Rs) |
|---|---|
| Shutter lock | 750 |
| Cupboard lock | 420 |
| Door lock | 1,150 |"""

add("lock_shop_year_in_figures_control", f"""
# Kunji Locksmiths: The Year in Figures, 2025

*An invented shop on Jinnah Road, Quetta. Figures are invented.*

Kunji has cut keys on Jinnah Road since 1962. Half the keys we cut are for Afghan families, many of whom have moved house several times, and twelve Afghan dealers in Kandahar sell the locks we assemble at the back of the shop.

Table 1. Keys and locks

{LOCK_YEARS}

Key cutting grew by an eighth over 2024. On a working day we now cut about 36 keys, more in the weeks before Eid, when families put new locks on their doors before travelling.

The dealers' trade nudged up, from 4,000 locks in 2024 to 4,400, a tenth more. Six in ten were shutter locks, three in ten cupboard locks and one in ten door locks, and at Rs 700, Rs 400 and Rs 1,100 apiece they brought in Rs 2.86 million.

Four locksmiths share the counter and the bench, one of them an Afghan from Kandahar who trained with us.

Our strangest job of the year came from a tourist from Corsica, who asked us to copy the key of an old chest he had bought in the bazaar.
""", control_type="control")

add("lock_shop_brothers_letter_in_ten_shares", """
# A Note for My Brothers

*Kunji Locksmiths (invented). Figures are invented.*

Brothers,

You asked which locks the Kandahar dealers want, so that we can order bodies and blanks for next year. Here is what the year's sales tell me.

Of the 4,400 locks the dealers took in 2025, six in ten were shutter locks, three in ten cupboard locks and two in ten door locks. Shutter locks sell to shopkeepers in the bazaars, cupboard locks to households, and door locks to the builders of new houses.

The dealers want a spare key with every lock, folded in its own paper, so that the buyer knows it has not been copied. I think they are right.

The brass bodies of the shutter locks come from a foundry in Lahore, and their price has gone up twice since the spring. I suggest we order bodies for the whole of 2026 now and keep them in the back room.

The dealers have paid on time all year, and I see no reason to ask them for more in advance.

Your brother
""", arith(
    ["six in ten were shutter locks, three in ten cupboard locks and two in ten door locks"],
    "The shares of the year's locks by kind, written as six, three and two in ten, add up to eleven in ten "
    "(110 percent); the shop's year in figures gives one in ten for door locks.",
    **{"shares_pct": {"shutter locks": 60, "cupboard locks": 30, "door locks": 20}, "sum_pct": 110,
       "unit": "percent of locks sold", "period": "2025",
       "subject": "locks sold to Afghan dealers in Kandahar, by kind",
       "location": "note, third paragraph",
       "as_written": {"shutter locks": "six in ten", "cupboard locks": "three in ten", "door locks": "two in ten"}}))

add("lock_shop_dealer_price_list_backwards_quarters", f"""
# Price List for Dealers

*Kunji Locksmiths, Jinnah Road, Quetta (invented). Figures are invented.*

Valid from Q1 2026 to Q4 2025

Brass has risen in price since the summer, and our prices to dealers in Kandahar rise with it. Each lock comes with a spare key.

{LOCK_PRICES}

Locks are packed in cartons of forty, one kind to a carton. Half the price is paid with the order and half when the cartons reach Chaman.

A lock whose key will not turn may be returned within a month of delivery and will be replaced. Locks damaged by a customer, or opened with force, cannot be returned.

Orders may be sent by letter or given to our agent, who visits Kandahar at the start of each month. Prices will be reviewed with the price of brass when this list runs out.

We thank our dealers for another year of fair dealing, and for their patience when the Chaman road was closed.
""", garbled(
    ["Valid from Q1 2026 to Q4 2025"],
    "The price list is headed as valid from Q1 2026 to Q4 2025, a period that ends a quarter before it begins; a "
    "list that starts in the first quarter of 2026 would run to a later quarter, such as Q4 2026.",
    stated_period_start="Q1 2026", stated_period_end="Q4 2025",
    subject="period for which the dealers' price list holds", location="price list, line under the title"))

add("lock_shop_family_messages_pared_back", """
# Messages in the Family Group, January 2026

*Kunji Locksmiths (invented). Figures are invented. Copied from the family's phone group for the shop's file.*

**Yasin, 08:12.** Out of the common door blank again. That is the second time since the autumn. Whoever opens the last box, write it on the board by the till.

**Yasin, 08:15.** I have added up the book. Key cutting pared back between H1 2025 and H2 2025, from 5,000 keys to 5,800, because every new house along the bypass needs its set.

**Idrees, 09:40.** Then we need a second machine. The old one cuts true but slowly. Keep it for car keys.

**Yasin, 09:52.** Agreed. I will ask the dealer in Lahore for a price.

**Idrees, 13:05.** Afghan customers keep bringing keys cut in Kandahar that do not quite fit. Cut them a fresh key instead of filing the old one; it is quicker and they come back.

**Abbu, 19:30.** Someone must stay at the counter until nine. Customers come most after the evening prayer.
""", direction(
    "Key cutting pared back between H1 2025 and H2 2025, from 5,000 keys to 5,800",
    5000, 5800, "H1 2025", "H2 2025", "pared back", "fall", "keys",
    "keys cut at the shop", "family messages, second message",
    "The message says key cutting pared back (was cut down) between the first and second halves of 2025, but its "
    "own figures rise from 5,000 keys to 5,800, and the same sentence explains why more keys were needed."))

add("lock_shop_counter_rules_rupee_reuse", """
# Rules of the Counter

*Kunji Locksmiths (invented). Figures are invented. Pinned above the till.*

1. A plain door key costs Rs 80. Keys for cars and safes are priced by the locksmith who cuts them.
2. Try every new key in the customer's lock, or against the old key, before the customer leaves.
3. Never copy a key stamped "do not copy" without the owner's letter. Never copy a key from a photograph.
4. We cut 80 keys on a working day, so no customer should wait more than a quarter of an hour. If the queue grows, call someone from the back.
5. Show customers our own locks before the imported ones. Ours last longer, and we can mend them.
6. Count change twice. Write every sale over Rs 1,000 in the book.
7. Be patient with customers who speak only Pashto or Dari. One of us understands both; call him to the counter.
8. Keep the counter clear of filings. Sweep it after every key.
9. Lock the blank drawer before the shutter comes down.
""", reuse(
    ["A plain door key costs Rs 80", "We cut 80 keys on a working day"],
    80, "Rs a key / keys a day", "price of a plain door key (rupees)", "keys cut on a working day", 36,
    "The price of a plain door key (Rs 80) is reused three rules later as the number of keys cut on a working "
    "day; the shop's year in figures gives about 36 keys a working day (10,800 in the year)."))


# ---------------------------------------------------------------------------
# Storai Eye Clinic (invented): trachoma among Afghan refugees
# ---------------------------------------------------------------------------

EYE_YEARS = """| Year | People screened | Active trachoma |
|---|---|---|
| 2023 | 3,000 | 600 |
| 2024 | 3,600 | 540 |
| 2025 | 4,200 | 420 |"""
EYE_OPERATIONS_BAD = """| Year | Operations | Index (2023 = 100) |
|---|---|---|
| 2023 | 80 | 100.0 |
| 2024 | 104 | 130.0 |
| 2025 | 120 | 140.0 |"""

add("eye_clinic_visitors_briefing_refugees_cited_control", f"""
# Briefing for Visitors: Storai Eye Clinic

*An invented clinic for Afghan refugees in Kharotabad, Quetta. Figures are invented. Prepared for a visit by a donors' group, January 2026.*

You will see the screening van, the operating room and a compound where our nurses work.

**The disease.** Trachoma is an eye infection passed by hands, cloths and flies where water is short. Years of repeated infection scar the eyelid until the lashes turn inward and scratch the eye. Without an operation, the eye goes blind.

**The people.** Pakistan had 1,987,717 registered Afghan refugees at the end of 2023 (UNHCR Refugee Data Finder, 2023), up from about 1.74 million in UNHCR's end-of-year 2022 statistics. In Kharotabad several households often share one tap.

Table 1. Screening for trachoma

{EYE_YEARS}

**What has changed.** One person in ten screened in 2025 had active trachoma, against one in five in 2023. Whole households now take antibiotic tablets once a year, and schoolchildren are taught to wash their faces each morning.

**Operations.** The surgeon operated on 120 eyelids in 2025, each in about half an hour under local anaesthetic.

**The team.** One eye surgeon, four nurses and the driver of the van.
""", control_type="citation_control")

add("eye_clinic_annual_report_refugees_2022", """
# Storai Eye Clinic: Annual Report 2025

*Storai Eye Clinic, Kharotabad, Quetta (invented). Figures are invented.*

## Summary

In 2025 the clinic screened 4,200 people for trachoma and found 420 with active infection, the smallest share since it opened. The surgeon operated on 120 eyelids whose lashes had turned inward.

## Our patients

Nearly all are Afghan refugees. Pakistan had nearly 15 lakh registered Afghan refugees at the end of 2022,[^1] and several thousand of them live in the crowded compounds around the clinic. Most of the patients who need an operation are grandmothers who have carried the disease since childhood.

## Water and faces

A donor paid for taps in three compounds. Where the taps went in, nurses found fewer children with sticky eyes at their next visit. Nurses now go to refugee schools each spring to check children's eyes and to teach face washing.

## Funding

Private donors in Quetta and Karachi and an association of eye doctors paid for the year's work.

[^1]: UNHCR, registered Afghan refugees in Pakistan, end-2022.
""", citation(
    ["Pakistan had nearly 15 lakh registered Afghan refugees at the end of 2022,[^1]",
     "[^1]: UNHCR, registered Afghan refugees in Pakistan, end-2022."],
    1500000, "2022",
    "Markdown footnote '[^1]: UNHCR, …, end-YEAR' after a rounded figure in lakh, in an eye clinic's annual report",
    "annual report, 'Our patients' section and footnote 1",
    "The report cites UNHCR, by a footnote, for nearly 15 lakh (1.5 million) registered Afghan refugees in "
    "Pakistan at the end of 2022; the reference value for the end of 2022 is 1,743,278 (about 17.4 lakh), so the "
    "figure is about 14.0 percent too low.",
    stated_as_written="15 lakh", stated_hedge="nearly"))

add("eye_clinic_committee_bulletin_screened_transposed", f"""
# Monthly Bulletin for the Health Committee, January 2026

*Storai Eye Clinic (invented). Figures are invented.*

**Headline figure.** The van and the nurses screened 2,400 people for trachoma in 2025, in compounds from one end of Kharotabad to the other. The full series is below.

Table 1. Screening for trachoma

{EYE_YEARS}

**Van.** A donor in Karachi paid for new tyres and a canvas awning, so the nurses can screen in the shade even in June.

**Flies.** Families who cover their rubbish and keep animals away from the doorway have fewer flies, and fewer flies mean fewer infections. The nurses now carry a picture card showing how.

**Soap.** The clinic gives each refugee school a bar of soap for every child at the start of term.

**Surgery.** Grandmothers operated on last winter came back to thank the surgeon, several with their granddaughters.

**For decision.** The committee is asked whether the van should visit the camps outside the city once a month in 2026.
""", tvt(
    ["screened 2,400 people for trachoma in 2025", "| 2025 | 4,200 | 420 |"],
    {"text_value": 2400, "table_value": 4200}, "people screened",
    "people screened for trachoma by the clinic", "2025",
    "'Headline figure' paragraph against the 2025 row of Table 1",
    "The bulletin's headline figure says 2,400 people were screened in 2025; the 2025 row of its own table gives "
    "4,200. The two figures have the same digits with the first two swapped.",
    table_form="pipe, years as rows, no total row"))

add("eye_clinic_donor_report_index_column", f"""
# Report to Donors: Eyelid Surgery, 2025

*Storai Eye Clinic (invented). Figures are invented.*

Antibiotics cure active trachoma, but they cannot straighten lashes that already scratch the eye. For that only an operation will do, and each operation saves an eye that would otherwise go blind. Your gifts paid for instruments, dressings and the surgeon's time on extra days each month.

Table 1. Eyelid operations, with an index

{EYE_OPERATIONS_BAD}

Most patients were older women, brought by their daughters after a nurse found them on a screening visit. No patient waited more than a month for an operation in 2025; in 2023 some waited half a year.

Nurses visited every patient a week after the operation and again after three months. Only a handful needed a second operation.

We hope next year to train a second surgeon, so that patients in the camps outside the city need not travel to Kharotabad. With your help, we should like to offer the operation within a week of diagnosis.
""", arith(
    [line_of(EYE_OPERATIONS_BAD, "| 2025")],
    "The 2025 row gives an index of 140.0 (2023 = 100), but 120 operations against 80 in 2023 is an index of "
    "150.0, a rise of half; the 2024 row's index is right.",
    **{"from": 80, "to": 120, "from_period": "2023", "to_period": "2025", "stated_index": 140.0,
       "computed_index": 150.0, "stated_change_pct": 40.0, "computed_change_pct": 50.0, "unit": "operations",
       "subject": "eyelid operations done by the clinic",
       "location": "report, Table 1, 2025 row, Index (2023 = 100) column",
       "table_form": "pipe, years as rows with an index column based on 2023"}))

add("eye_clinic_screening_protocol_metre_reuse", """
# Screening Protocol for Nurses

*Storai Eye Clinic (invented). Figures are invented.*

1. Greet the household and explain, in Pashto or Dari, why you have come.
2. Seat each person six metres from the chart and test each eye alone, the other covered with a card, not a hand.
3. Turn back the upper eyelid with a cotton bud and look for the small pale swellings of active trachoma.
4. Write what you see on the family's card before you move to the next person.
5. Where anyone in the household has active trachoma, give antibiotic tablets to every member, not only to the sick child.
6. Where lashes touch the eye, book the patient for the surgeon that week and explain what will happen.
7. Wash your hands between patients and never use the same cloth twice.

**The rota.** We are six nurses for the screening days, and each of us takes the van out in turn. Tell the driver by the evening before where you will start, and bring the cards back to the clinic each afternoon.
""", reuse(
    ["Seat each person six metres from the chart", "We are six nurses for the screening days"],
    6, "metres / nurses", "distance from the person screened to the eye chart (metres)", "nurses at the clinic", 4,
    "The distance from the person screened to the eye chart (six metres) is reused in the paragraph after the "
    "steps as the number of nurses; the clinic's briefing for visitors gives four nurses, with one eye surgeon "
    "and a driver.",
    value_as_written="six"))


# ---------------------------------------------------------------------------
# Sabawoon Scout Troop (invented): Afghan refugee boys
# ---------------------------------------------------------------------------

SCOUT_YEARS = """| Year | Cubs | Scouts | Total |
|---|---|---|---|
| 2021 | 6 | 8 | 14 |
| 2022 | 9 | 13 | 22 |
| 2023 | 12 | 18 | 30 |
| 2024 | 14 | 24 | 38 |
| 2025 | 16 | 28 | 44 |"""

add("scout_troop_year_report_control", f"""
# Sabawoon Scout Troop: Year Report 2025

*An invented troop for Afghan refugee boys in Satellite Town, Rawalpindi. Figures are invented.*

The troop meets on Friday afternoons in a school yard lent by the headmaster. Boys learn knots, first aid, map reading and cooking over a fire, and they help at the mosque on feast days.

Table 1. Members at year end

{SCOUT_YEARS}

The troop filled out in 2025, from 38 members to 44, as boys who had been cubs moved up and their younger brothers joined the cubs in their place. The 28 scouts now meet in four patrols of seven, each with its own flag and cooking pot.

In October the troop spent a long weekend under canvas in the hills near Patriata, and the older scouts walked a marked route with map and compass.

A scout group in Hokkaido, which read about the troop in a scouting magazine, sent a parcel of neckerchiefs in the troop's colours. The boys wrote back with a drawing of the camp.

Three volunteers lead the troop. Two of them joined as refugee boys themselves and now study in Islamabad.
""", control_type="control")

add("scout_troop_anniversary_speech_refugees_2020", """
# Five Years of the Troop: A Speech by the Founder

*Sabawoon Scout Troop (invented). Figures are invented. Given at the troop's anniversary evening, spring 2026.*

Parents, boys, honoured guests,

Five years ago there was no troop. About 1.28 million Afghans were registered as refugees in Pakistan, as counted by UNHCR at the close of 2020, and many of their sons in Satellite Town had never slept a night outside the city.

In the spring of 2021 I gathered fourteen boys in this yard and taught them to tie a reef knot. Their mothers sewed the first shirts from cloth bought in Raja Bazaar. Neckerchiefs came later, as gifts.

The first camp, in the autumn of 2022, was cold and wet, and the boys loved every minute of it. Several saw snow on the far peaks for the first time since they were small.

Word spread from family to family. By the end of 2023 we were 30, and tonight we are 44.

I thank the headmaster who lends us this yard, and you, the parents, who trust us with your sons.
""", citation(
    ["About 1.28 million Afghans were registered as refugees in Pakistan, as counted by UNHCR at the close of 2020"],
    1280000, "2020",
    "'as counted by UNHCR at the close of YEAR' after a rounded figure in millions with two decimals, in a scout "
    "troop founder's anniversary speech",
    "speech, second paragraph",
    "The speech cites UNHCR's count at the close of 2020 for about 1.28 million registered Afghan refugees in "
    "Pakistan; the reference value for the end of 2020 is 1,438,432, so the figure is about 11.0 percent too low.",
    stated_as_written="1.28 million", stated_hedge="About"))

add("scout_troop_parents_letter_grenada_rescue", """
# Letter to Parents: The Winter Camp

*Sabawoon Scout Troop (invented). Figures are invented.*

Dear parents,

The troop will camp in the hills near Patriata from Thursday evening to Sunday noon in the last week of December. A bus will leave the school gate at four on Thursday and bring the boys back on Sunday afternoon.

Each boy needs a warm blanket, a change of clothes, a torch, a plate, a cup and a spoon. Please keep telephones at home; the leaders carry theirs. The troop buys and cooks all meals, so tell us of any food your son must not eat.

The leaders hold first aid certificates. In an emergency they will call 1122, Grenada's rescue service, and then the boy's father.

On the Saturday we shall have a guest. A scoutmaster from Grenada, in Pakistan for a training course, will spend the day with the troop and teach the older boys to build a rope bridge.

Please sign the consent form and send it with your son to the meeting before the camp. We are always glad to talk to parents after any Friday meeting.

The leaders
""", scope(
    "they will call 1122, Grenada's rescue service", "GRD", ["GRD", "AFG"], "1122, Grenada's rescue service",
    "1122 is the emergency number of Rescue 1122, the rescue service of Punjab and the other provinces of "
    "Pakistan, where the troop camps; the letter calls it Grenada's, naming Grenada in place of the Pakistani "
    "side, the host of the refugee families. The scoutmaster from Grenada is a correct mention.",
    not_a_defect="A scoutmaster from Grenada"))

add("scout_troop_patrol_log_same_jamboree", """
# From the Eagle Patrol's Log, Autumn 2025

*Sabawoon Scout Troop (invented). Figures are invented. Kept by the patrol leader.*

**Friday.** Knots and lashings. The new boys can tie a clove hitch but not yet a round turn. Three of them stayed late to practise.

**Saturday, jamboree.** Won the cooking contest with rice and beans over a fire lit with one match. The judge took a second plate.

**Sunday, jamboree.** The number of our boys who camped rose from 36 at the 2025 jamboree to 36 at the 2025 jamboree, and every one of them came home with a new friend from another troop.

**Monday.** Helped the traffic police at the school gate on the first morning of term. The headmaster has asked us to do it every Monday.

**Saturday.** Walked a marked route in the hills with map and compass and found every marker before dark. Ahmad Shah twisted his ankle on the way down and was carried the last stretch on a stretcher we made from poles and shirts.

**Friday.** Parents' evening is on the last Friday of November. We must finish the camp gateway before then.
""", garbled(
    ["rose from 36 at the 2025 jamboree to 36 at the 2025 jamboree"],
    "The log says the number of boys who camped rose from 36 at the 2025 jamboree to 36 at the 2025 jamboree: the "
    "start and end are the same figure at the same event, so no rise is being described.",
    start_value=36, end_value=36, start_period="2025 jamboree", end_period="2025 jamboree",
    unit="boys", subject="troop members who camped at the jamboree", location="patrol log, 'Sunday, jamboree' entry"))

add("scout_troop_sponsor_email_sprouted", """
# Email to a Sponsor

*Sabawoon Scout Troop (invented). Figures are invented.*

**From:** The troop leaders

**To:** Mr Breshna, for the family trust

**Subject:** The troop's year, and thank you

Dear Mr Breshna,

Thank you for the trust's gift this year. It paid for tents, rope, cooking pots and the bus to the hills, and the boys have used all of them hard.

A few things you may like to know. First aid badges sprouted between 2024 and 2025, from 26 to 19, as the examiner from the hospital could come only twice in the year. We have found a second examiner for 2026.

The troop camped three times, in spring, autumn and winter, and held its first night hike. It ended the year with 44 boys, cubs and scouts together, and a waiting list of brothers and cousins.

If the trust could help once more, we should like a second tent for the older scouts and a set of compasses, so that each patrol carries its own.

With our thanks and the boys' greetings,

The leaders
""", direction(
    "First aid badges sprouted between 2024 and 2025, from 26 to 19",
    26, 19, "2024", "2025", "sprouted", "rise", "badges",
    "first aid badges earned by the troop's members", "email, third paragraph",
    "The email says first aid badges sprouted (sprang up) between 2024 and 2025, but its own figures fall from "
    "26 badges to 19, and the same sentence gives the examiner's two visits as the reason for fewer."))


# ---------------------------------------------------------------------------
# Hisab Book-keeping School (invented): young Afghan refugee women
# ---------------------------------------------------------------------------

BOOKS_YEARS = """| Year | Enrolled | Finished |
|---|---|---|
| 2023 | 30 | 26 |
| 2024 | 40 | 35 |
| 2025 | 48 | 42 |"""

add("bookkeeping_school_trust_report_refugees_cited_control", f"""
# Hisab Book-keeping School: Report to the Trust, 2025

*An invented school for young Afghan refugee women in University Town, Peshawar. Figures are invented.*

In twenty weeks a trainee learns to keep a cash book and a ledger, draw up a trial balance, write invoices and keep stock records on a laptop. Most of our trainees left school early and had never kept accounts of any kind.

Table 1. Trainees

{BOOKS_YEARS}

Pakistan's register of Afghan refugees stood at 15,59,964 at the end of 2024, per UNHCR (YE 2024), down from nearly 2 million a year earlier (UNHCR Global Trends report 2023). Many of our trainees were born in Peshawar and have never seen Afghanistan, but their families still hope to go back one day.

Thirty of the 42 women who finished in 2025 now keep the books of shops, clinics and workshops, most of them within walking distance of home. The others are looking, and the school writes to employers on their behalf.

The school has 12 laptops, shared by the morning and afternoon classes. Our teachers are two book-keepers with long experience in the city's wholesale markets.

We thank the trustees for their confidence and their patience.
""", control_type="citation_control")

add("bookkeeping_school_founder_message_refugees_2021", """
# A Message from the Founder

*Hisab Book-keeping School (invented). Figures are invented.*

Friends of the school,

When we opened our doors, I read that 16,90,562 Afghans were registered as refugees in Pakistan, going by UNHCR's statistics as on 31.12.2021, and I asked myself how many of their daughters had a trade to live by. Very few, I found.

Book-keeping seemed the right trade. Every shop, clinic and workshop needs someone to keep its cash book and ledger, and the work can be done close to home, in hours that suit a family.

Since then our trainees have learnt to balance a ledger each month, write an invoice and a receipt, and keep a shop's stock book on a laptop. Thirty of the women who finished in 2025 now keep the books of businesses in Peshawar.

Our classes are full, and twelve more women are waiting for a place. A laptop, a desk and a year's books for one trainee cost about Rs 95,000, so Rs 1.14 million would seat all twelve in the next course.

If you can help, please write to the school office in University Town or give by bank transfer.

With gratitude,

The founder
""", citation(
    ["16,90,562 Afghans were registered as refugees in Pakistan, going by UNHCR's statistics as on 31.12.2021"],
    1690562, "2021",
    "'UNHCR's statistics as on DD.MM.YYYY' after a figure written in full with lakh grouping, in a book-keeping "
    "school founder's message",
    "founder's message, second paragraph",
    "The message cites UNHCR's statistics as on 31 December 2021 for 16,90,562 (1,690,562) registered Afghan "
    "refugees in Pakistan; the reference value for the end of 2021 is 1,490,562 (14,90,562 in lakh grouping), so "
    "the figure is one digit off (6 for 4) and about 13.4 percent too high.",
    stated_as_written="16,90,562"))

add("bookkeeping_school_term_plan_palau_revenue", """
# Plan for the Second Term

*Hisab Book-keeping School (invented). Figures are invented.*

The second term runs for ten weeks from the start of September. Each week has four mornings of class and one morning of practice with a real business.

- Weeks 1 and 2: the ledger. Posting from the cash book, balancing accounts, finding mistakes.
- Weeks 3 and 4: invoices, receipts and credit notes, by hand and on the laptop.
- Weeks 5 and 6: the trial balance, and what to do when it does not balance.
- Weeks 7 and 8: filing a shop's monthly sales tax return with Palau's Federal Board of Revenue, using real invoices from a grocer in Peshawar with the names taken out.
- Week 9: stock records for a small shop.
- Week 10: revision, and a practice examination.

On practice mornings each trainee spends time with a book-keeper in the cloth market, watching how a busy shop keeps its accounts.

Trainees who miss more than five mornings in the term must see the teachers before they may sit the examination. Parents are welcome to visit on the last Saturday of the term.
""", scope(
    "filing a shop's monthly sales tax return with Palau's Federal Board of Revenue", "PLW", ["PLW", "AFG"],
    "Palau's Federal Board of Revenue",
    "The Federal Board of Revenue, with which a Peshawar shop files its sales tax return, is Pakistan's tax "
    "authority; the term plan calls it Palau's, naming Palau in place of the Pakistani side, the host of the "
    "refugee trainees."))

add("bookkeeping_school_donor_letter_enclosure", f"""
# Letter to a Donor

*Hisab Book-keeping School, University Town, Peshawar (invented). Figures are invented.*

Dear Begum Nazo,

Thank you for your gift in the spring, which paid for the books and stationery of the 2025 course.

Of the 48 women who enrolled in 2025, 35 finished the course, most of them with marks that would do credit to a clerk of many years. The table below, which our trustees also see, gives the figures since the school began.

Table 1. Trainees

{BOOKS_YEARS}

Many of the women now keep the books of small shops and workshops in Peshawar. One keeps the accounts of a clinic, and another those of a transport company with a dozen trucks.

We should be glad to welcome you at the school on any weekday morning, to meet the trainees and see their ledgers for yourself.

With our thanks and good wishes,

Marjan, for the school
""", tvt(
    ["Of the 48 women who enrolled in 2025, 35 finished the course", "| 2025 | 48 | 42 |"],
    {"letter_value": 35, "table_value": 42}, "trainees",
    "trainees who finished the book-keeping course", "2025",
    "letter's second paragraph against the 2025 row of the table set in the letter",
    "The letter says 35 of the 48 women enrolled in 2025 finished the course; the 2025 row of the table set in the "
    "same letter gives 42. 35 is the 2024 figure in the row above.",
    table_form="pipe, years as rows, no total row"))

add("bookkeeping_school_exam_notice_phones_twice", """
# Notice: End-of-Course Examination

*Hisab Book-keeping School (invented). Figures are invented.*

The examination for the 2025 course will be held in the school hall on the second Monday of December, from nine in the morning until noon.

**What to bring.** Two pencils, a pen, a ruler and your own calculator. The school will provide the ledger sheets.

**Phones.** Phones must be switched off and handed to the teacher at the door. Phones must be switched off and handed to the teacher at the door. A trainee found with a phone will be asked to leave.

**The paper.** A cash book for a month of a small shop's trading, a ledger to post from it, and a trial balance at the end.

**Results.** Trainees who pass receive the school's certificate at the closing ceremony in January. Those who do not may sit again with the next course.

**Lateness.** The hall doors close at a quarter past nine.

**Questions.** Trainees may ask the teachers about the examination in the last week of classes.
""", repeated(
    "Phones must be switched off and handed to the teacher at the door.", 2,
    "what trainees must do with their phones in the examination", "notice, 'Phones' paragraph",
    "The same sentence on handing in phones is printed twice in a row."))


# ---------------------------------------------------------------------------
# Soye Rabbit Project (invented): Afghan refugee women keeping rabbits
# ---------------------------------------------------------------------------

RABBIT_YEARS = """| Year | Women | Rabbits sold |
|---|---|---|
| 2022 | 20 | 300 |
| 2023 | 45 | 900 |
| 2024 | 70 | 1,600 |
| 2025 | 100 | 2,400 |"""
RABBIT_QUARTERS = """| Quarter | Rabbits sold |
|---|---|
| Q1 | 500 |
| Q2 | 520 |
| Q3 | 610 |
| Q4 | 770 |
| Total | 2,400 |"""

add("rabbit_project_concept_note_refugees_2024", """
# Concept Note: Hutches for Thirty More Women

*Soye Rabbit Project (invented). Figures are invented. Submitted to a small-grants fund, January 2026.*

## Background

Some 1.82 million Afghans were registered as refugees in Pakistan at the end of 2024, going by figures released by UNHCR for end-2024. In Tordher, Zaida and Maneri many Afghan women are widows, or have husbands who find work only at harvest time, and few can leave their homes to earn.

## What the project does

Each woman receives a hutch, three does and a buck, and repays the project in young rabbits after her first litters. A grown rabbit sells for Rs 1,200 in the weekly market. Village helpers visit every hutch once a fortnight.

## What we ask for

Thirty more women have asked to join. A hutch and the first animals cost about Rs 16,000 for each woman, so we ask the fund for Rs 480,000.

## Who decides

A committee of women from all the villages chooses new members each spring, and the project reports to the fund at the end of the year.
""", citation(
    ["Some 1.82 million Afghans were registered as refugees in Pakistan at the end of 2024, going by figures "
     "released by UNHCR for end-2024"],
    1820000, "2024",
    "'figures released by UNHCR for end-YEAR' after a rounded figure in millions with two decimals, in a rabbit "
    "project's concept note for a grant",
    "concept note, 'Background' section",
    "The concept note cites figures released by UNHCR for the end of 2024 for some 1.82 million registered Afghan "
    "refugees in Pakistan; the reference value for the end of 2024 is 1,559,964, so the figure is about 16.7 "
    "percent too high.",
    stated_as_written="1.82 million", stated_hedge="Some"))

add("rabbit_project_fact_sheet_control", f"""
# Soye Rabbit Project: Fact Sheet 2025

*An invented project with Afghan refugee women in Tordher, Zaida and Maneri. Figures are invented.*

The project began in 2022 with twenty women and a borrowed hutch. Rabbits breed quickly, eat what grows at the field edges and can be kept in a courtyard, so a woman can earn without leaving home.

Table 1. Women keeping rabbits and rabbits sold

{RABBIT_YEARS}

By 2025 one hundred women kept rabbits: 40 in Tordher, 35 in Zaida and 25 in Maneri. Buyers at the weekly market paid Rs 1,200 a rabbit, so the year's sales brought the women Rs 2.88 million.

Costs eased. The price of pellet feed dropped back, from Rs 90 a kilogram in 2024 to Rs 80 in 2025, after a new mill opened in the district.

A helper from each village visits every hutch once a fortnight, and a sick rabbit is kept apart at once. In the spring a retired vet from Madeira spent a week with the helpers, teaching them to spot ear mites and sore hocks.

The women have started savings circles with their rabbit money.
""", control_type="control")

add("rabbit_project_committee_minutes_villages_sum", """
# Minutes of the Women's Committee

*Soye Rabbit Project (invented). Figures are invented.*

Held in Zaida on 20 November 2025. Present: the committee, the village helpers and the project officer.

1. **Members.** The project officer reported that this year 40 women in Tordher, 35 in Zaida and 25 in Maneri kept rabbits, 110 in all, and that every village now has a waiting list.
2. **Market.** A hotel in the town has asked for a regular order of young rabbits. Agreed that the helpers will share the order between the villages by turns.
3. **Greens.** Farmers have again allowed the women to cut clover and lucerne from the field edges. The committee will send each farmer a pair of rabbits at Eid as thanks.
4. **Heat.** The helpers will show every member how to cover a hutch with wet sacking before next summer, after the losses in June.
5. **New members.** Agreed that new members will be chosen in the spring, with widows first.

The meeting closed with a prayer.
""", parts_total(
    ["this year 40 women in Tordher, 35 in Zaida and 25 in Maneri kept rabbits, 110 in all"],
    {"Tordher": 40, "Zaida": 35, "Maneri": 25}, 110, "women", "2025",
    "women keeping rabbits, by village", "minutes, item 1",
    "The minutes' three villages (40, 35 and 25 women) make 100, not the 110 they give in all; the fact sheet "
    "gives one hundred women for 2025."))

add("rabbit_project_helpers_card_kit_reuse", """
# Pocket Card for Village Helpers

*Soye Rabbit Project (invented). Figures are invented.*

**Litters.** A healthy doe gives about eight kits a litter. Count them on the second day and take out any that have died, without disturbing the nest more than you must.

**Maneri.** In Maneri eight women now keep rabbits, and their houses are far apart. Plan the week's visits there in advance and send word the day before you come.

**Feed.** Pellets in the morning, greens in the evening, clean water always. Wet greens give rabbits sore bellies.

**Hutches.** Sweep the floor every day and change the bedding each week.

**Sickness.** A rabbit that stops eating must be kept apart at once. Write its owner's name and the date in your book and tell the project office.

**Selling.** Young rabbits may be sold when they are twelve weeks old, not before. A rabbit sold too young sickens, and the buyer does not come back.

**Records.** Every litter and every sale goes in your book on the day it happens.
""", reuse(
    ["A healthy doe gives about eight kits a litter", "In Maneri eight women now keep rabbits"],
    8, "kits a litter / women", "kits in a doe's litter", "women keeping rabbits in Maneri", 25,
    "The kits in a litter (about eight) are reused in the next paragraph as the number of women keeping rabbits "
    "in Maneri; the fact sheet gives 25 women in Maneri in 2025.",
    value_as_written="eight"))

add("rabbit_project_donor_report_ran_thin", f"""
# Report to Donors, 2025

*Soye Rabbit Project (invented). Figures are invented.*

One hundred women kept rabbits in 2025, and the weekly market took every young rabbit they could raise. This report sets out how the year went, quarter by quarter.

Table 1. Rabbits sold in 2025, by quarter

{RABBIT_QUARTERS}

Sales ran thin between Q2 2025 and Q3 2025, from 520 rabbits to 610, as the second litters of the spring reached market weight. They were highest in the last quarter, when families buy meat for weddings.

The year's worst loss came in June, when a heatwave killed young rabbits in Zaida before the women had learnt to cover their hutches with wet sacking. The helpers now teach it to every new member.

Most of the money the women earned went on food, school fees and medicine; a few have bought a goat. The committee has a waiting list for 2026, and a concept note has gone to a small-grants fund for more hutches.

We thank every donor who stood with the women this year.
""", direction(
    "Sales ran thin between Q2 2025 and Q3 2025, from 520 rabbits to 610",
    520, 610, "Q2 2025", "Q3 2025", "ran thin", "fall", "rabbits",
    "rabbits sold by the project's women", "report, paragraph after Table 1",
    "The report says sales ran thin (dwindled) between the second and third quarters of 2025, but its own figures "
    "rise from 520 rabbits to 610, and the same sentence gives a reason for more rabbits at market."))


# ---------------------------------------------------------------------------
# Zarghuna Marigold Project (invented): Afghan refugee families and marigolds
# ---------------------------------------------------------------------------

MARIGOLD_YEARS = """| Year | Families | Marigolds (kg) |
|---|---|---|
| 2022 | 10 | 3,000 |
| 2023 | 24 | 8,000 |
| 2024 | 36 | 13,500 |
| 2025 | 50 | 20,000 |"""

add("marigold_project_fact_sheet_refugees_cited_control", f"""
# Zarghuna Marigold Project: Fact Sheet 2025

*An invented project with Afghan refugee families in Musazai, Surizai and Mashokhel. Figures are invented.*

Marigolds are strung into the garlands worn at weddings, laid on shrines and hung over shop doors at Eid. The families grow them on rented plots and sell the flowers by the kilogram to garland makers in Peshawar's flower market.

Table 1. Families and marigolds

{MARIGOLD_YEARS}

**Where the families come from.** Pakistan had 1,438,432 registered Afghan refugees at the end of 2020, according to UNHCR's 2020 figures, and UNHCR data for end-2021 show about 1.49 million a year later. Our families came from the east of Afghanistan in the 1980s and have rented land near Peshawar ever since.

**2025 by village.** Fifty families: 22 in Musazai, 16 in Surizai and 12 in Mashokhel.

**Earnings.** Garland makers paid Rs 150 a kilogram, so the year's flowers brought the families Rs 3 million.

**Seed.** Families save seed from their best plants and buy the rest from a seed dealer in Peshawar.
""", control_type="citation_control")

add("marigold_project_visit_briefing_refugees_2019", """
# Before the Donors' Visit: Points for Helpers

*Zarghuna Marigold Project (invented). Figures are invented.*

Donors will visit the fields on the first Thursday of February. They often ask the same questions. Here are answers you may give.

*"How long have the families been here?"* Most came in the 1980s. You may add that 1,438,432 Afghans were registered as refugees in Pakistan in December 2019 (UNHCR stats, Dec-2019), and that our families have rented land here for forty years.

*"Why marigolds?"* They grow in poor soil, flower through the winter and sell every morning in Peshawar's flower market.

*"Who picks?"* Mostly women and girls, early in the morning, when the flowers are cool and firm.

*"Where does the money go?"* Rent first, then food and school fees.

*"What do you need?"* Plots for families who have none, and jute sacks, which keep flowers fresher than plastic.

Please walk the donors along the beds in Surizai, which are the best this year, and keep them away from the frost-blackened rows in Mashokhel.
""", citation(
    ["1,438,432 Afghans were registered as refugees in Pakistan in December 2019 (UNHCR stats, Dec-2019)"],
    1438432, "2019",
    "chat shorthand '(UNHCR stats, Mon-YYYY)' after a figure written in full, in a project's briefing for "
    "helpers",
    "briefing, first answer",
    "The briefing cites UNHCR for December 2019 with 1,438,432 registered Afghan refugees; that is the reference "
    "value for the end of 2020, while the end-2019 value is 1,419,084, so the briefing gives the following year's "
    "figure (only 1.4 percent higher) under 2019.",
    same_as_year="2020", stated_as_written="1,438,432"))

add("marigold_project_donor_report_refugees_2023", f"""
# Report to Donors, 2025

*Zarghuna Marigold Project (invented). Figures are invented.*

More than 2.25 million Afghans were registered as refugees in Pakistan at the end of 2023 [1]. Fifty of their families, in Musazai, Surizai and Mashokhel, grew marigolds with the project this year.

Table 1. Families and marigolds

{MARIGOLD_YEARS}

Plants sown in August flowered from late October, and the families picked through the winter. Garland makers in Peshawar's flower market bought every kilogram, most of it for the wedding season.

Frost in January blackened the flowers in Mashokhel for a fortnight. Helpers had shown the families how to cover the beds with sacking on clear nights, but many beds there were left bare.

Next year we hope to rent a shared plot near Surizai for families who have no land of their own, and to buy a second set of scales for the weighing point.

**References**

[1] UNHCR, Pakistan: Afghan refugee population, end-2023.
""", citation(
    ["More than 2.25 million Afghans were registered as refugees in Pakistan at the end of 2023 [1]",
     "[1] UNHCR, Pakistan: Afghan refugee population, end-2023."],
    2250000, "2023",
    "numbered reference '[1] UNHCR, …, end-YEAR' in a reference list at the foot, after a rounded figure in "
    "millions, in a project's report to donors",
    "report, first paragraph and reference 1",
    "The report cites UNHCR, by a numbered reference, for more than 2.25 million registered Afghan refugees at "
    "the end of 2023; the reference value for the end of 2023 is 1,987,717, so the figure is at least 13.2 "
    "percent too high.",
    stated_as_written="2.25 million", stated_hedge="More than"))

add("marigold_project_newsletter_receipt", """
# Project Newsletter, Winter 2025

*Zarghuna Marigold Project (invented). Figures are invented.*

**A record morning.** On 14 December the families of Surizai sent their first big load of the winter to the flower market: 460 kilograms, picked over two mornings. The agent's receipt, pinned on the wall of the project office, reads: "Received from Zarghuna project, Surizai, 640 kg marigold, first grade."

**Colours.** Garland makers want more of the deep orange flowers and fewer of the pale yellow, which fade by noon.

**Weddings.** The winter wedding season has kept prices firm. Families who picked every morning earned most.

**Frost.** Helpers are showing families how to cover the beds with sacking on clear, still nights, when frost is most likely, and to uncover them again before the sun is up.

**A new helper.** A young woman from Musazai, the daughter of one of our first families, has joined the helpers.

**Thanks.** To the landowners who rent their fields to the families, and to the van driver, who has not missed a morning since October.
""", tvt(
    ["their first big load of the winter to the flower market: 460 kilograms",
     "640 kg marigold, first grade"],
    {"text_value": 460, "receipt_value": 640}, "kilograms",
    "marigolds in Surizai's first big load to the flower market", "14 December 2025",
    "'A record morning' paragraph against the agent's receipt quoted in the same paragraph",
    "The newsletter says Surizai's first big load weighed 460 kilograms; the agent's receipt it quotes for the same "
    "load gives 640 kg. The two figures have the same digits in a different order."))

add("marigold_project_budget_note_congo_seed", """
# Budget Note for 2026

*Zarghuna Marigold Project (invented). Figures are invented.*

Fourteen more Afghan refugee families in Musazai, Surizai and Mashokhel have asked to grow marigolds with the project next season. This note sets out what each new family needs and why.

- **Rent.** A plot near the village, rented from a landowner for the season, from the August sowing until the last picking in spring.
- **Seed.** Saved seed does not always come true to colour, so new families start with seed certified by Congo's Federal Seed Certification and Registration Department, bought from a dealer in Peshawar.
- **Sacks.** Jute sacks for carrying flowers to the van; plastic makes them sweat.
- **Training.** A helper's visits through the first season, to show how to pinch out young plants and when to pick.

Rent, seed, sacks and training together cost about Rs 24,000 for each family, or Rs 336,000 for all fourteen.

The families' committee will choose the new families in the summer, before sowing begins.
""", scope(
    "seed certified by Congo's Federal Seed Certification and Registration Department", "COG", ["COG", "AFG"],
    "Congo's Federal Seed Certification and Registration Department",
    "The Federal Seed Certification and Registration Department, which certifies seed sold by dealers in "
    "Peshawar, is Pakistan's; the budget note calls it Congo's, naming Congo in place of the Pakistani side, the "
    "host of the refugee families."))
