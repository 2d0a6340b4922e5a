# Thirty-third held-out set of synthetic documents ("heldout33").  Written
# from scratch after heldout32/, by a labeller session that had not opened
# dyad's implementation or history and had not seen any of its results.
# Every entry: name (topic slug, numbered later by build_heldout33.py), text,
# labels (list of defect dicts), control_type for controls.
# Registers not used before: a kilim traders' association buying Afghan
# flat-woven rugs (with the annual trade series, the full 2019-2024 rows and
# the 2022-2024 rows); an olive oil and pickle works buying Afghan olives; a
# steel almirah (cupboard) workshop selling to Afghan dealers; a waistcoat
# workshop selling to Afghan shops; a watchmaker's shop with Afghan customers
# and dealers; an anaemia clinic for Afghan refugee women; a refugee youth
# karate club; a cookery school for young Afghan refugee women; a tilapia pond
# project with Afghan refugee families; and a strawberry project with Afghan
# refugee tenant families.
#
# Invented figures shared with earlier sets: annual trade series (README:
# exports 1,290 / 942 / 828 / 936 / 1,012 / 884 and imports 441 / 509 / 552 /
# 741 / 690 / 540 for 2019-2024, balances 849 / 433 / 276 / 195 / 322 / 344,
# totals 1,731 / 1,451 / 1,380 / 1,677 / 1,702 / 1,424); reference refugee
# series (1,419,084 / 1,438,432 / 1,490,562 / 1,743,278 / 1,987,717 /
# 1,559,964 for 2019-2024).
#
# New invented figures, consistent with the above:
#   Andar Shehr Kilim Traders' Association, Andar Shehr, Peshawar (invented,
#     22 member firms, 7 of them buying from Afghan middlemen in Daulatabad,
#     Qurghan, Khamyab and Mardyan): Afghan kilims bought: 2021 2,400, 2022
#     3,000 (+25.0 percent), 2023 3,600 (+20.0), 2024 3,200 (-11.1), 2025
#     4,000 (+800, +25.0); by crossing 2024 Torkham 2,720, Chaman 480; 2025
#     Torkham 3,400 (85 percent), Chaman 600 (15); Rs 16,000 a kilim in 2024,
#     about Rs 18,000 in 2025 (some Rs 72 million); bales of 20 kilims;
#     outlook for 2026 4,200 to 4,600 kilims, middlemen asking Rs 19,500; a
#     dealer in Sicily buys a bale each spring.
#   Zaitoon Oil and Pickle Works, Landi Arbab, Peshawar (invented): Afghan
#     olives bought from 58 growers in Bati Kot and Kuz Kunar, tonnes: 2023
#     150, 2024 200, 2025 240 (October 60, November 110, December 70); Bati
#     Kot 130 / 185 and Kuz Kunar 70 / 55 in 2024 / 2025; Rs 220 a kilogram
#     in 2024 and Rs 250 in 2025 (Rs 60 million); 150 tonnes crushed for 24
#     tonnes of oil, 90 tonnes pickled; olives sit in brine for 40 days; 15
#     workers, 5 of them Afghan.
#   Sandooq Steel Almirahs, Bilal Gunj, Lahore (invented): almirahs sold to
#     16 Afghan dealers (Kabul's Kolola Pushta and Qala-e-Fatullah;
#     Jalalabad): 2021 160, 2022 230, 2023 320, 2024 400, 2025 460; by kind
#     2024 / 2025 single-door 180 / 210 (+16.7), double-door 150 / 195
#     (+30.0), locker 70 / 55 (-21.4), total 400 / 460 (+15.0); 2025 Kabul
#     370, Jalalabad 90; 2025 prices Rs 24,000 / Rs 38,000 / Rs 45,000 (about
#     Rs 14.9 million); a double-door almirah weighs 72 kilograms; 14 workers, 4
#     of them Afghan; a hotel in Zanzibar ordered twelve.
#   Tajwar Waistcoat Works, Banaras, Karachi (invented): waistcoats sold to
#     Afghan shops (Kandahar; Kabul's Shar-e-Naw; Jalalabad) by quarter 2024 /
#     2025: Q1 1,200 / 1,400, Q2 900 / 1,000, Q3 1,500 / 1,800, Q4 2,400 /
#     2,800, total 6,000 / 7,000; by city 2024 Kandahar 2,700, Kabul 2,100,
#     Jalalabad 1,200; 2025 3,150 (45 percent), 2,450 (35), 1,400 (20); Rs
#     2,200 a waistcoat in 2024 and Rs 2,500 in 2025 (Rs 17.5 million); five
#     buttons a waistcoat; 11 tailors, 3 of them Afghan; a tourist shop in
#     Tasmania.
#   Sherzoy Watchmakers, Ashraf Road, Peshawar (invented, founded 1974):
#     watches repaired 2023 5,000, 2024 5,600 (+12.0), 2025 6,300 (+12.5;
#     by quarter 1,400, 1,500, 1,600, 1,800), three-fifths for Afghan
#     customers, about 21 a working day; wind-up watches repaired 900
#     in 2024 and 700 in 2025; wall clocks sold to Afghan dealers in Kabul's
#     Deh Afghanan and Chindawul 1,800 in 2024 and 2,100 in 2025 at Rs 1,500
#     (Rs 3.15 million); a good movement has seventeen jewels; 6 watchmakers, 2
#     of them Afghan; a collector in the Faroe Islands.
#   Lailuma Women's Clinic, Nawa Killi, Quetta (invented): women tested /
#     found anaemic: 2023 1,200 / 540, 2024 1,500 / 630, 2025 1,800 / 702
#     (45, 42 and 39 percent); 2025 tests by quarter 400, 450, 420, 530; a
#     course of iron tablets lasts three months; anaemia below 12 grams of
#     haemoglobin a decilitre; 2 women doctors, 5 health workers, a
#     laboratory technician.
#   Oqab Karate Club, Ittehad Town, Karachi (invented, refugee youth, begun
#     2021 with eight boys): members at year end 2021 12, 2022 20, 2023 29,
#     2024 37, 2025 46 (30 boys, 16 girls); nine medals at the Sindh
#     championship in Jamshoro in 2024, six in 2025; fourteen orange belts at
#     the 2025 autumn grading; 3 evenings a week in a school hall; mats from a
#     club in Jersey.
#   Degh Cookery School, Bhara Kahu, Islamabad (invented, young Afghan refugee
#     women): trainees enrolled / finished: 2023 24 / 20, 2024 36 / 31, 2025
#     42 / 38; 27 of the 38 of 2025 in work; a course of 16 weeks; 2 cooks
#     teach; rice soaked for 30 minutes.
#   Mahi Pond Project, Afghan refugee villages of Thall, Doaba and Darsamand
#     (invented, begun 2022): families with ponds / fish harvested
#     (kilograms): 2022 12 / 3,000, 2023 28 / 7,500, 2024 45 / 12,600, 2025 64
#     / 18,000; 2025 Thall 30, Doaba 20, Darsamand 14; 500 fingerlings a pond;
#     Rs 400 a kilogram in 2024 and Rs 450 in 2025 in the bazaar at Thall
#     (about Rs 8.1 million); 30 more families waiting, Rs 45,000 a pond;
#     a retired fish farmer from Cornwall.
#   Zmaka Strawberry Project, Afghan refugee tenant families in Umarzai,
#     Turangzai and Rajjar (invented, begun 2022): families / strawberries
#     (kilograms): 2022 15 / 6,000, 2023 28 / 12,000 (+100.0), 2024 40 / 19,200
#     (+60.0), 2025 52 / 24,000 (+25.0); two kanals a family; Rs 280 a
#     kilogram in 2025 (Rs 6.72 million); 20 more families waiting, Rs 18,000
#     of plants and mulch a family.

HELDOUT33 = []
from heldout_labels import (  # noqa: F401
    PAIR, REFS, adder, arith, change_pct, citation, direction, garbled, line_of, parts_total, pdf_lines, scope, tvt,
    repeated, reuse,
)

add = adder(HELDOUT33)


# ---------------------------------------------------------------------------
# Andar Shehr Kilim Traders' Association (invented): Afghan kilims
# ---------------------------------------------------------------------------

KILIM_YEARS = """| Year | Kilims | Change (%) |
|---|---|---|
| 2021 | 2,400 | – |
| 2022 | 3,000 | +25.0 |
| 2023 | 3,600 | +20.0 |
| 2024 | 3,200 | −11.1 |
| 2025 | 4,000 | +25.0 |"""
TRADE_FULL = """| Year | Exports | Imports | Balance |
|---|---|---|---|
| 2019 | 1,290 | 441 | 849 |
| 2020 | 942 | 509 | 433 |
| 2021 | 828 | 552 | 276 |
| 2022 | 936 | 741 | 195 |
| 2023 | 1,012 | 690 | 322 |
| 2024 | 884 | 540 | 344 |"""
TRADE_BANK = """| Year | Exports | Imports | Total trade | Balance |
|---|---|---|---|---|
| 2022 | 936 | 741 | 1,677 | 195 |
| 2023 | 1,012 | 690 | 1,702 | 322 |
| 2024 | 884 | 540 | 1,424 | 322 |"""
KILIM_CROSSINGS = """| Crossing | 2024 | 2025 |
|---|---|---|
| Torkham | 2,720 | 3,400 |
| Chaman | 480 | 600 |
| Total | 3,200 | 4,000 |"""

add("kilim_traders_fact_sheet_control", f"""
# Andar Shehr Kilim Traders' Association: Fact Sheet 2025

*An invented association in Andar Shehr, Peshawar; all figures below are invented.*

A kilim is a flat-woven rug, light to roll and cheap enough for a student's room. Our 22 member firms sell them to shops in Peshawar, Islamabad and Lahore. Seven of them buy from Afghan middlemen in Daulatabad, Qurghan, Khamyab and Mardyan, where families weave at home.

Table 1. Afghan kilims bought by members

{KILIM_YEARS}

Table 2. Pakistan–Afghanistan trade, US$ million

{TRADE_FULL}

- **2025.** Members bought a quarter more kilims than in 2024, or 800 more.
- **Routes.** 85 percent of them came through Torkham and 15 percent through Chaman.
- **Price.** At about Rs 18,000 a kilim, the year's buying cost some Rs 72 million.
- **Abroad.** A dealer in Sicily takes a bale of the brightest kilims each spring, sent by sea.
- **Background.** Pakistan's imports from Afghanistan eased off between 2022 and 2023, from US$ 741 million to US$ 690 million.
""", control_type="control")

add("kilim_traders_bank_circular_balance_column", f"""
# Circular No. 2 of 2026: Trade Figures for Members' Banks

*Andar Shehr Kilim Traders' Association (invented). Figures are invented.*

Several banks that finance members' stock have again asked for the trade figures they keep on file. The table below is taken from the shared series and may be passed on unchanged.

Table 1. Pakistan–Afghanistan trade, US$ million

{TRADE_BANK}

**Our own trade.** Members bought 4,000 Afghan kilims in 2025 at about Rs 18,000 each. Middlemen are paid through licensed exchange companies, in rupees, against a receipt.

**Stock.** A kilim keeps for years if it is rolled, wrapped in cloth and kept off a damp floor. Banks may inspect members' godowns in Andar Shehr on a day's notice.

**Closures.** When Torkham shuts, bales wait at the border and members sell from stock. Most members hold enough for two months of trade.

**Contact.** Questions from banks go to the secretary, Haji Gul Zaman, at the association's office above the cloth market.
""", arith(
    [line_of(TRADE_BANK, "| 2024")],
    "The 2024 row gives a balance of 322, but exports of 884 less imports of 540 leave 344, the balance in the "
    "shared trade series; 322 is the 2023 balance in the row above, copied down.",
    **{"exports": 884, "imports": 540, "computed_balance": 344, "stated_balance": 322, "unit": "USD million",
       "period": "2024", "subject": "Pakistan's trade balance with Afghanistan",
       "location": "circular, Table 1, 2024 row, Balance column",
       "table_form": "pipe, Total trade and Balance columns, years as rows"}))

add("kilim_traders_bulletin_crossing_year_column", f"""
# Members' Bulletin: How the Kilims Came In

*Andar Shehr Kilim Traders' Association (invented). Figures are invented.*

Most kilims reach us in the autumn, after the weaving families have finished the summer's work and the middlemen have made up their bales.

Table 1. Afghan kilims bought by members, by crossing

{KILIM_CROSSINGS}

**Torkham.** In 2024, 3,400 kilims reached members through Torkham, nearly all of them on trucks from Kabul. Clearing took a day on most trips, two in November.

**Chaman.** A few middlemen send bales from Herat by way of Kandahar and Chaman. The road is long, and freight on these bales costs members about Rs 300 a kilim more.

**Bales.** Every bale now holds 20 kilims and carries a tag with the middleman's name and village, which has made checking quicker at both crossings.

**Next season.** Members who want to share trucks from the border should tell the secretary by the end of August how many bales they expect.
""", tvt(
    ["In 2024, 3,400 kilims reached members through Torkham", "| Torkham | 2,720 | 3,400 |"],
    {"text_value": 3400, "table_value": 2720}, "kilims",
    "Afghan kilims bought by members that crossed at Torkham", "2024",
    "'Torkham' paragraph against the Torkham row of Table 1 (2024 column)",
    "The bulletin says 3,400 kilims came through Torkham in 2024; the Torkham row of its own table gives 2,720 "
    "for 2024. 3,400 is the same row's 2025 figure, so the text reads the wrong year column.",
    table_form="pipe, two year columns and a total row"))

add("kilim_traders_members_note_libya_network", """
# Note to Members No. 9

*Andar Shehr Kilim Traders' Association (invented). Figures are invented.*

The committee met on 4 November and asks members to note the following before the winter bales arrive.

1. **Photographs.** Middlemen in Daulatabad and Qurghan now send a photograph of every kilim before it is baled, over the mobile network of Libya, which reaches even the smallest weaving villages. Do not agree a price on a photograph alone.
2. **Bales.** Every bale must hold 20 kilims and carry the middleman's tag.
3. **Payments.** Pay middlemen only through a licensed exchange company, and keep every receipt for the tax office.
4. **Moths.** Unroll each new kilim within a week and look for moth damage along the fringes.
5. **Dyes.** A kilim whose colours run when a damp cloth is pressed on it must be returned, not sold.
6. **Storage.** Keep rolls off the floor and away from the walls of the godown.
7. **Meeting.** The winter meeting is on 18 December at the association's office.
""", scope(
    "over the mobile network of Libya, which reaches even the smallest weaving villages", "LBY", ["PAK", "LBY"],
    "the mobile network of Libya",
    "The middlemen and the weaving villages are in Daulatabad and Qurghan, in northern Afghanistan, so the "
    "network that reaches them is an Afghan one; the note calls it Libya's, naming Libya as the country the "
    "kilims come from, the other side of the members' trade."))

add("kilim_traders_outlook_unravelled", """
# Outlook for 2026

*Andar Shehr Kilim Traders' Association (invented). Figures are invented.*

**Looking back.** Members' buying unravelled between 2024 and 2025, from 3,200 kilims to 4,000, as shops in Islamabad and Lahore took more for new flats and guest houses.

**The weavers.** Middlemen in Khamyab report that more girls are weaving at home now that they cannot go to school. Those in Mardyan say that wool has become dearer.

**Buying.** Members expect to buy between 4,200 and 4,600 Afghan kilims in 2026. The lower figure allows for a long closure at Torkham.

**Prices.** Middlemen have asked for Rs 19,500 a kilim, against the Rs 18,000 members paid on average in 2025. Members should see the kilims before they agree a price.

**Demand.** Shops want smaller kilims for the floors of flats and larger ones for hotels. Plain red and blue designs sell more easily than the old patterns.

**Bales.** Members are reminded that every bale must carry the middleman's tag.
""", direction(
    "Members' buying unravelled between 2024 and 2025, from 3,200 kilims to 4,000",
    3200, 4000, "2024", "2025", "unravelled", "fall", "kilims",
    "Afghan kilims bought by members", "outlook, 'Looking back' paragraph",
    "The outlook says buying unravelled (came apart, fell away) between 2024 and 2025, but its own figures rise "
    "from 3,200 kilims to 4,000, a quarter more, and the same sentence gives a reason for the rise."))

add("kilim_traders_newsletter_roll_twice", """
# Newsletter, Autumn 2025

*Andar Shehr Kilim Traders' Association (invented). Figures are invented.*

**The season.** Bales have come in steadily since September. Middlemen say the summer's kilims are finer than last year's, with fewer loose ends.

**Packing.** Several members' bales arrived from Torkham with creased and torn kilims. Roll every kilim face inwards before it is baled. Roll every kilim face inwards before it is baled. A folded kilim cracks along the fold and cannot be sold as new.

**Prices.** Members paid about Rs 18,000 a kilim on average, against Rs 16,000 a year earlier. Shops have accepted most of the rise.

**New members.** Two firms joined in the spring, bringing the association to 22 members.

**Training.** Young staff from six firms spent a morning learning to tell hand-spun wool from mill yarn, taught by a retired dealer.

**Dates.** The winter meeting will be held on 18 December. Members who wish to raise a matter should send it to the secretary in writing.
""", repeated(
    "Roll every kilim face inwards before it is baled.", 2,
    "how members' kilims should be rolled for baling", "newsletter, 'Packing' paragraph",
    "The same sentence on rolling kilims before baling is printed twice in a row."))


# ---------------------------------------------------------------------------
# Zaitoon Oil and Pickle Works (invented): Afghan olives
# ---------------------------------------------------------------------------

OLIVE_MONTHS = """| Month | Tonnes |
|---|---|
| October | 60 |
| November | 110 |
| December | 70 |
| Total | 240 |"""

add("olive_works_harvest_note_running_total", f"""
# Note on the 2025 Olive Harvest

*Zaitoon Oil and Pickle Works, Landi Arbab, Peshawar (invented). Figures are invented.*

Our olives come from growers in Bati Kot and Kuz Kunar, near Jalalabad, who planted their groves with help from a government scheme many years ago. The fruit is picked by hand from October and crosses at Torkham within two days of picking.

Table 1. Afghan olives bought, 2025 harvest

{OLIVE_MONTHS}

**October.** The first trucks brought small, green fruit, most of it for pickling.

**November.** November alone brought 170 tonnes to the press, the busiest month we have had. The press ran day and night for most of the month.

**December.** Late fruit was riper and gave more oil, though frost in the last week spoiled some of it.

**Quality.** Olives that wait more than three days before pressing give a bitter oil. Drivers who are held at the border should telephone the works so that the press can be kept free.

**Thanks.** To the growers, and to the customs agents at Torkham who cleared our trucks quickly.
""", tvt(
    ["November alone brought 170 tonnes to the press", "| November | 110 |"],
    {"text_value": 170, "table_value": 110}, "tonnes",
    "Afghan olives bought in November 2025", "November 2025",
    "'November' paragraph against the November row of Table 1",
    "The note says November alone brought 170 tonnes; the November row of its own table gives 110. 170 is "
    "the running total to the end of November (60 in October and 110 in November), so the text gives the "
    "cumulative figure as the month's.",
    table_form="pipe, months as rows and a total row"))

add("olive_works_year_review_thirty_percent", """
# Zaitoon Oil and Pickle Works: Year Review 2025

*Zaitoon Oil and Pickle Works, Landi Arbab, Peshawar (invented). Figures are invented.*

We began as a pickle maker in 1998 and pressed our first Afghan olives in 2016, when a grower from Bati Kot brought a sack to the gate to ask what it was worth.

**Buying.** In 2025 we bought 240 tonnes of Afghan olives, 30 percent more than the 200 tonnes of 2024. Most of the increase came from Bati Kot, where young trees are now bearing.

**Oil and pickle.** We crushed 150 tonnes for oil and pickled the rest. The oil sells in Peshawar and Islamabad; the pickle goes to grocers across the province.

**Price.** Our 58 growers were paid Rs 250 a kilogram, against Rs 220 the year before.

**People.** Fifteen people work at the press in the season, five of them Afghans who came with the growers' recommendation.

**Next year.** We hope to buy a second press, so that olives need not wait in the yard when the trucks come in together.
""", arith(
    ["In 2025 we bought 240 tonnes of Afghan olives, 30 percent more than the 200 tonnes of 2024"],
    "From 200 tonnes in 2024 to 240 in 2025 is a rise of 20 percent, not 30 percent; 30 percent more would be "
    "260 tonnes.",
    **{"from": 200, "to": 240, "from_period": "2024", "to_period": "2025", "stated_change_pct": 30,
       "computed_change_pct": 20.0, "unit": "tonnes", "subject": "Afghan olives bought by the works",
       "location": "year review, 'Buying' paragraph",
       "as_written": {"stated_change_pct": "30 percent"}}))

add("olive_works_pickling_note_day_reuse", """
# Note for the Pickling Room

*Zaitoon Oil and Pickle Works (invented). Figures are invented.*

**Sorting.** Take out every bruised or split olive before the fruit goes into the tanks. One soft olive can spoil a whole tank.

**Brine.** Olives for pickling sit in brine for 40 days, and the brine is changed every week. Taste one from each tank before the olives are moved on.

**Growers.** We buy from 40 growers in Bati Kot and Kuz Kunar. Keep each grower's fruit in its own tank for the first week, with the grower's name chalked on the side, so that a bad lot can be traced.

**Spices.** Chillies, garlic and fennel seed go in only after the brine, never before.

**Jars.** Wash every jar in hot water and let it dry upside down. Fill to a finger's width below the lid.

**Cleanliness.** Hair covered, hands washed, no food or tea in the pickling room.

**Labels.** Every jar carries the date it was filled. Jars without a date may not leave the works.
""", reuse(
    ["Olives for pickling sit in brine for 40 days", "We buy from 40 growers in Bati Kot and Kuz Kunar"],
    40, "days / growers", "days olives sit in brine", "olive growers the works buys from", 58,
    "The days olives spend in brine (40) are reused in the next paragraph as the number of growers the works "
    "buys from; the year review gives 58 growers in Bati Kot and Kuz Kunar."))

add("olive_works_grower_letter_picked_up_steam", """
# Letter to Our Growers

*Zaitoon Oil and Pickle Works, Landi Arbab, Peshawar (invented). Figures are invented.*

Dear friends in Bati Kot and Kuz Kunar,

Thank you for another season's fruit. We write to tell you how the harvest went and what we hope for next year.

**Bati Kot.** Growers in Bati Kot sold us 185 tonnes in 2025, against 130 the year before. The young groves planted near the canal are now in full bearing.

**Kuz Kunar.** Olives from Kuz Kunar picked up steam between 2024 and 2025, from 70 tonnes to 55, after the hail in April stripped many trees of their flowers.

**Price.** We paid Rs 250 a kilogram this year and will pay at least as much next year for clean, unbruised fruit.

**Crates.** Please pick into the plastic crates we sent, not into sacks. Fruit in sacks is crushed on the road to Torkham.

**Pruning.** A grower from Bati Kot will show how to prune old trees in February. Any grower who wishes to come should tell our agent in Jalalabad.

With our thanks,
Hikmatullah, for the works
""", direction(
    "Olives from Kuz Kunar picked up steam between 2024 and 2025, from 70 tonnes to 55",
    70, 55, "2024", "2025", "picked up steam", "rise", "tonnes",
    "Afghan olives bought from growers in Kuz Kunar", "letter, 'Kuz Kunar' paragraph",
    "The letter says olives from Kuz Kunar picked up steam (gathered speed, grew) between 2024 and 2025, but "
    "its own figures fall from 70 tonnes to 55, a drop of about 21 percent, and the same sentence blames hail."))

add("olive_works_grower_contract_backwards_halves", """
# Notice: Growers' Contracts for the Coming Season

*Zaitoon Oil and Pickle Works (invented). Figures are invented.*

Growers who wish to sell to us next season are asked to sign a contract with our agent in Jalalabad before the end of September.

**Period.** Contracts signed this autumn run from 2H2025 to 1H2025, covering the harvest and the last payments after it.

**Price.** The works will pay Rs 250 a kilogram for clean fruit, and more if the market rises.

**Advance.** A grower may ask for a tenth of the expected price in advance, to pay pickers.

**Delivery.** Fruit must reach Torkham within two days of picking. Fruit that has waited longer will be weighed but may be paid at a lower rate.

**Quality.** Olives must be sorted before they are crated, with leaves and twigs taken out.

**Disputes.** A grower who disagrees with a weight or a grade may ask for the fruit to be weighed again in his presence.

**Signing.** Bring your identity card and the name of the village where your trees stand.
""", garbled(
    ["from 2H2025 to 1H2025"],
    "The notice says contracts run from 2H2025 to 1H2025, a period that ends half a year before it begins; "
    "contracts signed in the autumn of 2025 would run from 2H2025 to 1H2026.",
    stated_period_start="2H2025", stated_period_end="1H2025",
    subject="period covered by the growers' contracts", location="notice, 'Period' paragraph"))


# ---------------------------------------------------------------------------
# Sandooq Steel Almirahs (invented): steel cupboards for Afghan dealers
# ---------------------------------------------------------------------------

ALMIRAH_KIND = """| Kind | 2024 | 2025 | Change (%) |
|---|---|---|---|
| Single-door | 180 | 210 | +16.7 |
| Double-door | 150 | 195 | +30.0 |
| Locker almirah | 70 | 55 | −21.4 |
| Total | 400 | 460 | +15.0 |"""

add("almirah_works_year_statement_control", f"""
# Sandooq Steel Almirahs: Year Statement 2025

*An invented workshop in Bilal Gunj, Lahore. Figures are invented.*

We have bent and welded steel almirahs since 1991. Since 2021 a growing share of our work has gone to Afghan dealers, who sell our almirahs to households, schools and offices in Kabul and Jalalabad.

Table 1. Almirahs sold to Afghan dealers

{ALMIRAH_KIND}

**Kinds.** Double-door almirahs went up a gear in 2025, from 150 to 195, three-tenths more. Single-door almirahs rose by a sixth, while locker almirahs sank back by about a fifth as offices in Kabul bought fewer.

**Overall.** Afghan dealers bought 15 percent more almirahs than in 2024: Kabul's took 370 and Jalalabad's 90.

**Value.** At Rs 24,000 for a single-door almirah, Rs 38,000 for a double-door and Rs 45,000 for a locker almirah, the year's Afghan sales came to about Rs 14.9 million.

**Abroad.** A hotel in Zanzibar whose owner saw our almirahs in a guest house in Lahore ordered twelve, which went by sea from Karachi.

**Team.** Four of our fourteen workers are Afghans.
""", control_type="control")

add("almirah_works_partners_note_two_and_a_half", """
# Note for the Partners: Afghan Sales since 2022

*Sandooq Steel Almirahs (invented). Figures are invented.*

The partners asked at the last meeting whether the Afghan trade is worth a second bending machine. This note sets out the figures.

**Growth.** Our Afghan sales are now two and a half times what they were in 2022: 460 almirahs against 230. Dealers bought 320 in 2023 and 400 in 2024.

**Dealers.** We sell through 16 dealers, most of them in Kabul's Kolola Pushta and Qala-e-Fatullah. None has missed a payment this year.

**Risks.** Every almirah crosses at Torkham. When the crossing is shut, finished almirahs fill the yard and we stop welding for the dealers.

**Steel.** Sheet prices rose twice in 2025. We have passed on only part of the rise.

**Proposal.** A second bending machine would cost about Rs 2.4 million and would let us make double-door almirahs in batches. At the present rate of orders it would pay for itself within three years.
""", arith(
    ["Our Afghan sales are now two and a half times what they were in 2022: 460 almirahs against 230"],
    "From 230 almirahs in 2022 to 460 in 2025 is a doubling (a rise of 100 percent), not two and a half times "
    "(150 percent), which would mean 575 almirahs.",
    **{"from": 230, "to": 460, "from_period": "2022", "to_period": "2025", "stated_fold": 2.5,
       "stated_change_pct": 150, "computed_change_pct": 100.0, "unit": "almirahs",
       "subject": "almirahs sold to Afghan dealers", "location": "note, 'Growth' paragraph",
       "as_written": {"stated_fold": "two and a half times"}}))

add("almirah_works_loading_note_kilogram_reuse", """
# Note for the Loading Bay

*Sandooq Steel Almirahs (invented). Figures are invented.*

**Weight.** A double-door almirah weighs 72 kilograms empty. Two men carry it, never one, and it goes on the truck standing upright.

**Jalalabad.** Jalalabad's dealers took 72 almirahs in 2025, all by the Friday truck. Load their almirahs last, so that they come off first at the dealer's door.

**Wrapping.** Wrap every almirah in cardboard at the corners and in plastic sheet over the whole. Scratched paint is the commonest complaint from dealers.

**Keys.** Tape both keys inside the top shelf and write the almirah's number on the tape.

**Shelves.** Loose shelves go in a bundle tied with wire, inside the almirah, never loose on the truck floor.

**Counting.** Count the almirahs again before the truck leaves, and send the count to the dealer the same day.

**Damage.** If an almirah comes back dented from the border, keep it aside for the insurer and tell the office at once.
""", reuse(
    ["A double-door almirah weighs 72 kilograms empty", "Jalalabad's dealers took 72 almirahs in 2025"],
    72, "kilograms / almirahs", "weight of an empty double-door almirah (kilograms)",
    "almirahs bought by dealers in Jalalabad in 2025", 90,
    "The weight of an empty double-door almirah (72 kilograms) is reused in the next paragraph as the number of "
    "almirahs Jalalabad's dealers took in 2025; the year statement gives 90 for Jalalabad (and 370 for "
    "Kabul, 460 in all)."))

add("almirah_works_dealer_letter_san_marino_bank", """
# Letter to Our Afghan Dealers

*Sandooq Steel Almirahs, Bilal Gunj, Lahore (invented). Figures are invented.*

Dear friends,

Thank you for the 460 almirahs you bought from us in 2025. We write about payments, which several of you have asked us to explain.

**Currency.** Our prices are in rupees. Dealers who pay in dollars are credited at the rate that San Marino's central bank publishes each morning in Karachi, and the receipt shows that rate.

**Timing.** Half is paid with the order and half before the truck leaves Lahore.

**Exchange companies.** Pay only through the licensed exchange companies on the list we sent, and send us the slip the same day.

**Colours.** From the spring we will offer almirahs in cream and grey as well as green, which several shops in Kolola Pushta have asked for.

**Repairs.** A lock or hinge that fails within two years will be replaced free.

**Visits.** Our foreman hopes to visit Kabul in the autumn and will call at every shop in Qala-e-Fatullah that stocks our almirahs.

With good wishes,
Abdul Qadeer, Sandooq Steel Almirahs
""", scope(
    "at the rate that San Marino's central bank publishes each morning in Karachi", "SMR", ["SMR", "AFG"],
    "San Marino's central bank",
    "The bank that publishes an exchange rate each morning in Karachi for a Lahore workshop's rupee prices is "
    "Pakistan's central bank, the State Bank; the letter calls it San Marino's, naming San Marino in place of the "
    "Pakistani side of the workshop's trade with Afghanistan."))

add("almirah_works_price_notice_backwards_quarters", """
# Notice to Dealers: Prices for the Coming Year

*Sandooq Steel Almirahs (invented). Figures are invented.*

Dear dealers,

Steel sheet has become dearer twice this year, and we have had to look again at our prices.

**Prices.** A single-door almirah will cost Rs 25,000, a double-door Rs 39,500 and a locker almirah Rs 46,000. These prices hold from Q2FY2026 to Q4FY2025, after which we will write again.

**Orders.** Orders for the winter should reach us by the end of September, so that almirahs can cross before the snow closes the roads north of Kabul.

**Sizes.** We can now make a half-height almirah for schools, at the price of a single-door.

**Freight.** Dealers pay freight from Lahore to Torkham; we pay for the wrapping.

**Payment.** Half with the order and half before the truck leaves Lahore, as before.

**Colours.** Green, grey and cream, at the same price.

**Returns.** An almirah that arrives dented will be exchanged if the dealer sends a photograph within a week.

With good wishes,
Sandooq Steel Almirahs, Bilal Gunj
""", garbled(
    ["from Q2FY2026 to Q4FY2025"],
    "The notice says its prices hold from Q2FY2026 (October to December 2025) to Q4FY2025 (April to June "
    "2025), a period that ends half a year before it begins.",
    stated_period_start="Q2FY2026", stated_period_end="Q4FY2025",
    subject="period for which the dealers' prices hold", location="notice, 'Prices' paragraph"))


# ---------------------------------------------------------------------------
# Tajwar Waistcoat Works (invented): waistcoats for Afghan shops
# ---------------------------------------------------------------------------

WAISTCOAT_QUARTERS = """| Quarter | 2024 | 2025 |
|---|---|---|
| Q1 | 1,200 | 1,400 |
| Q2 | 900 | 1,000 |
| Q3 | 1,500 | 1,800 |
| Q4 | 2,400 | 2,800 |
| Total | 6,000 | 7,000 |"""
WAISTCOAT_PACKING = """| Colour | Waistcoats |
|---|---|
| Black | 120 |
| Grey | 80 |
| Brown | 40 |
| Total | 240 |"""

add("waistcoat_works_sales_review_control", f"""
# Tajwar Waistcoat Works: Sales Review 2025

*An invented workshop in Banaras, Karachi. Figures are invented.*

We have cut and sewn waistcoats for forty years, first for the men of our own neighbourhood and now mostly for shops across the border. A plain wool waistcoat over a long shirt is worn from Kandahar to Kabul, and every man wants a new one before the cold.

Table 1. Waistcoats sold to Afghan shops

{WAISTCOAT_QUARTERS}

**The year.** Afghan shops bought 7,000 waistcoats in 2025, a sixth more than in 2024. Winter orders climbed steeply again, from 2,400 in the last quarter of 2024 to 2,800 a year later.

**Where they went.** Kandahar's shops took 45 percent of the year's waistcoats, Kabul's 35 percent and Jalalabad's 20 percent.

**Price.** A waistcoat cost Rs 2,500 in 2025, so the Afghan trade brought in Rs 17.5 million.

**Abroad.** A tourist shop in Tasmania, run by an Afghan family, ordered a bale of black waistcoats by post.

**Team.** Eleven tailors, three of them Afghan.
""", control_type="control")

add("waistcoat_works_partners_note_city_shares", """
# Note for the Partners: Where Our Waistcoats Went

*Tajwar Waistcoat Works (invented). Figures are invented.*

The partners asked how the Afghan trade is spread between cities, since a closure at Chaman hits some shops harder than others.

**Cities.** Kandahar's shops took 45 percent of the year's waistcoats, Kabul's 35 percent and Jalalabad's 30 percent. Kandahar is closest to Chaman, and its shops pay the least in freight.

**Kabul.** Shops in Shar-e-Naw want finer cloth and darker colours, and pay more for them.

**Jalalabad.** The Jalalabad shops buy early, before the end of summer, and sell to villages in the hills.

**Timing.** Orders from all three cities are heaviest in the last quarter, before the cold.

**Freight.** All our waistcoats go by truck through Chaman. Kabul and Jalalabad orders continue by road from Kandahar, which adds about a week.

**Proposal.** We suggest that the partners look for a carrier who could take the Jalalabad orders through Torkham instead, which would save most of that week.
""", arith(
    ["Kandahar's shops took 45 percent of the year's waistcoats, Kabul's 35 percent and Jalalabad's 30 percent"],
    "The three cities' shares of one year's waistcoats add up to 110 percent; with 1,400 of 7,000 waistcoats "
    "in Jalalabad, its share is 20 percent, as the sales review gives it.",
    **{"shares_pct": {"Kandahar": 45, "Kabul": 35, "Jalalabad": 30}, "sum_pct": 110,
       "unit": "percent of waistcoats sold", "period": "2025",
       "subject": "waistcoats sold to Afghan shops, by city", "location": "note, 'Cities' paragraph"}))

add("waistcoat_works_shop_letter_packing_list", f"""
# Letter to a Shop in Kandahar

*Tajwar Waistcoat Works, Banaras, Karachi (invented). Figures are invented.*

Dear Haji Wali Dad,

Thank you for your order and for the payment, which reached us through the exchange company last week.

This truck brings you 260 waistcoats, as you ordered in August, packed in bales by colour. The driver expects to cross at Chaman on Thursday.

**Sizes.** Each bale holds the sizes you asked for: mostly medium and large, with a few small ones for boys.

**Cloth.** The black and grey waistcoats are in the heavier wool you liked last winter. The brown ones are in a lighter cloth for the spring.

**Payment.** The second half is due when the bales reach your shop.

**Marking.** Each bale is sewn into sacking and marked with your shop's name in Pashto and English.

**Next order.** Orders for the spring should reach us by the end of January, so that the waistcoats cross before the weather warms.

Packing list

{WAISTCOAT_PACKING}

With good wishes,
Saboor, Tajwar Waistcoat Works
""", tvt(
    ["This truck brings you 260 waistcoats", "| Total | 240 |"],
    {"text_value": 260, "table_value": 240}, "waistcoats",
    "waistcoats in one consignment to a shop in Kandahar", "one consignment, autumn 2025",
    "letter body against the total row of the packing list at its foot",
    "The letter says the truck brings 260 waistcoats; the packing list below it gives 120 black, 80 grey and "
    "40 brown, 240 in all, and its total row says 240.",
    table_form="pipe, packing list with a total row"))

add("waistcoat_works_shops_note_gave_ground", """
# Note for the Sales Team: The Year in the Shops

*Tajwar Waistcoat Works (invented). Figures are invented.*

**Kandahar.** Our biggest customers again. Kandahar's shops bought 3,150 waistcoats in 2025 and asked for more black ones than we could cut.

**Kabul.** Kabul's shops gave ground between 2024 and 2025, from 2,100 waistcoats to 2,450, as the shops in Shar-e-Naw took our finer cloth for the first time.

**Jalalabad.** Steady, with most orders early in the year.

**Colours.** Black sells everywhere. Grey sells in Kabul, brown in the villages.

**Bales.** Bales of black waistcoats go first on every truck before the winter.

**Complaints.** Two shops found loose buttons on a whole bale. Every waistcoat must be checked by a second tailor before it is folded.

**Prices.** A waistcoat cost Rs 2,500 this year. Shops have said that they will not pay more than Rs 2,700 next year.

**Next year.** We want to offer a quilted waistcoat for the coldest weeks. Please ask the shops what they would pay for one.
""", direction(
    "Kabul's shops gave ground between 2024 and 2025, from 2,100 waistcoats to 2,450",
    2100, 2450, "2024", "2025", "gave ground", "fall", "waistcoats",
    "waistcoats bought by shops in Kabul", "note, 'Kabul' paragraph",
    "The note says Kabul's shops gave ground (lost ground, bought less) between 2024 and 2025, but its own "
    "figures rise from 2,100 waistcoats to 2,450, a sixth more, and the same sentence gives a reason for the "
    "rise."))

add("waistcoat_works_tailors_note_button_reuse", """
# Note for Tailors

*Tajwar Waistcoat Works (invented). Figures are invented.*

**Buttons.** Every waistcoat has five buttons down the front. Sew each one on with a shank, so that it sits clear of the cloth and does not tear it.

**The team.** Our five tailors share the cutting table in turns. Tell the foreman at once when the black wool runs short; it takes a week to come from the mill.

**Cutting.** Lay out the pattern with the grain of the cloth. Waistcoats cut across the grain hang badly and the shops send them back.

**Pockets.** Two front pockets and one inside, lined with cotton.

**Pressing.** Press every waistcoat on the wrong side with a damp cloth. A shiny patch from the iron cannot be taken out.

**Checking.** A second tailor checks every waistcoat before it is folded: buttons, seams, lining and pockets.

**Folding.** Fold with the buttons inside and a sheet of paper between each waistcoat and the next.

**Safety.** Scissors back on the hook, and the iron off at the wall when you leave the table.
""", reuse(
    ["Every waistcoat has five buttons down the front", "Our five tailors share the cutting table"],
    5, "buttons / tailors", "buttons on each waistcoat", "tailors at the workshop", 11,
    "The buttons on a waistcoat (five) are reused in the next paragraph as the number of tailors; the sales "
    "review gives eleven tailors, three of them Afghan.",
    value_as_written="five"))


# ---------------------------------------------------------------------------
# Sherzoy Watchmakers (invented): a watch shop with Afghan customers
# ---------------------------------------------------------------------------

WATCH_YEARS = """| Year | Watches repaired | Change (%) |
|---|---|---|
| 2023 | 5,000 | – |
| 2024 | 5,600 | +12.0 |
| 2025 | 6,300 | +12.5 |"""
WATCH_QUARTERS = """| Quarter | Watches repaired |
|---|---|
| Q1 | 1,400 |
| Q2 | 1,500 |
| Q3 | 1,600 |
| Q4 | 1,800 |
| Total | 6,300 |"""

add("watch_shop_year_review_control", f"""
# Sherzoy Watchmakers: Year Review 2025

*An invented shop on Ashraf Road, Peshawar. Figures are invented.*

Our grandfather opened the shop in 1974, mending the watches of traders who came down from Kabul. Afghan customers still bring us most of our work, and Afghan dealers sell our wall clocks in Kabul's Deh Afghanan and Chindawul.

Table 1. Watches repaired

{WATCH_YEARS}

**Customers.** Three-fifths of the watches we mended in 2025 were brought by Afghan customers, many of them drivers and traders who leave a watch on the way to the bazaar and collect it on the way back.

**Wind-up watches.** Repairs of wind-up watches drifted down, from 900 in 2024 to 700, as old watches are put away in drawers.

**Wall clocks.** Sales to Afghan dealers firmed up, from 1,800 clocks in 2024 to 2,100, a sixth more. At Rs 1,500 a clock they brought in Rs 3.15 million.

**Abroad.** A collector in the Faroe Islands sent us a pocket watch to clean, having read about the shop in a travel book.

**The bench.** We mend about 21 watches on a working day.

**Team.** Six watchmakers, two of them Afghan.
""", control_type="control")

add("watch_shop_quarter_note_three_quarters_as_year", f"""
# Note for the Family: The Shop in 2025

*Sherzoy Watchmakers, Ashraf Road, Peshawar (invented). Figures are invented.*

**The bench.** In 2025 we repaired 4,500 watches, more than in any year since the shop opened. The last quarter, before the winter weddings, was the busiest.

Table 1. Watches repaired, 2025

{WATCH_QUARTERS}

**Who came.** Most customers were Afghan drivers, traders and students. Many wait at the counter while a battery or a strap is changed.

**Parts.** Movements and glass come from a wholesaler in Karachi. Old parts for wind-up watches are harder to find each year, and we keep every broken watch that is left with us for its parts.

**Prices.** We raised the price of a cleaning to Rs 1,200 in March. Nobody has complained.

**The apprentice.** Our nephew now changes batteries and straps on his own, and has begun to clean movements under supervision.

**Next year.** We would like to put a second bench by the window, so that customers can watch the work being done.
""", tvt(
    ["In 2025 we repaired 4,500 watches", "| Total | 6,300 |"],
    {"text_value": 4500, "table_value": 6300}, "watches",
    "watches repaired at the shop", "2025",
    "'The bench' paragraph against the total row of Table 1",
    "The note says the shop repaired 4,500 watches in 2025; the total row of its own table gives 6,300. 4,500 "
    "is the sum of the first three quarters only (1,400, 1,500 and 1,600), so the text gives a nine-month "
    "figure as the year's.",
    table_form="pipe, quarters as rows and a total row"))

add("watch_shop_bench_note_jewel_reuse", """
# Note for the Bench

*Sherzoy Watchmakers (invented). Figures are invented.*

**Movements.** A good movement has seventeen jewels. Count them when you open a watch, and tell the customer if any are cracked before you quote a price.

**The work.** We mend seventeen watches a day, six days a week, most of them for Afghan customers. Write each watch in the book when it comes in, with the customer's name and a telephone number.

**Cleaning.** Take the movement apart over the tray, never over the open counter. A screw lost on the floor costs an hour.

**Oil.** One drop of watch oil on each pivot, no more. Too much oil gathers dust.

**Glass.** Fit new glass with the press, not with your thumbs.

**Testing.** Every watch runs for a full day on the stand before it is given back.

**Straps.** Leather straps are changed only with the customer's agreement, and the old strap is given back.

**Customers.** Give every customer a numbered slip, and do not hand a watch over without it.
""", reuse(
    ["A good movement has seventeen jewels", "We mend seventeen watches a day"],
    17, "jewels / watches a day", "jewels in a good watch movement", "watches mended a day", 21,
    "The jewels in a good movement (seventeen) are reused in the next paragraph as the number of watches the "
    "shop mends a day; the year review gives about 21 a working day (6,300 watches in 2025).",
    value_as_written="seventeen"))

add("watch_shop_newsletter_sprang_ahead", """
# From the Counter: A Letter to Our Customers

*Sherzoy Watchmakers, Ashraf Road, Peshawar (invented). Figures are invented.*

Dear customers,

Thank you for another busy year at the counter. Here is a short account of it.

**Wind-up watches.** Repairs of wind-up watches sprang ahead in 2025, from 900 to 700, as more of you now wear watches with a battery.

**Batteries.** A new battery is fitted while you wait. Please do not open the back of a watch yourself; the seal is easily broken.

**Wall clocks.** Our clocks are now sold by dealers in Kabul's Deh Afghanan and Chindawul, so friends and family across the border can buy them there.

**Collection.** Watches not collected within six months are kept, but we cannot promise to keep the box.

**Hours.** The shop opens at ten and closes at eight, and on Fridays after the afternoon prayer.

**Thanks.** To the customers who have come to us for three generations, and to their children, who now bring their own watches.
""", direction(
    "Repairs of wind-up watches sprang ahead in 2025, from 900 to 700",
    900, 700, "2024", "2025", "sprang ahead", "rise", "watches",
    "wind-up watches repaired at the shop", "letter, 'Wind-up watches' paragraph",
    "The letter says repairs of wind-up watches sprang ahead (rose) in 2025, but its own figures fall from 900 "
    "to 700, a drop of about 22 percent, and the same sentence gives a reason for the fall."))

add("watch_shop_parcel_note_burkina_faso_stamps", """
# Note on Watches Sent by Post

*Sherzoy Watchmakers (invented). Figures are invented.*

More customers now send us their watches by post or with a driver, instead of bringing them to the counter. This note is for the staff who open the parcels.

**A parcel from Kabul.** In October a customer in Kabul posted us his father's watch in a small tin box, its corner covered with Burkina Faso's stamps. The box had been opened at the border and closed again with tape.

**Opening.** Open every parcel at the bench, over the tray, with a second person watching. Write down what is inside before anything is touched.

**Records.** Write the sender's name, address and telephone number in the post book, and give the watch a number.

**Quoting.** Send the customer a price by message before any work is done, and wait for an answer.

**Returning.** Send the watch back in the same box, wrapped in cloth, with the receipt inside.

**Drivers.** Watches brought by a driver are given back only to the same driver or to the owner.
""", scope(
    "its corner covered with Burkina Faso's stamps", "BFA", ["PAK", "BFA"], "Burkina Faso's stamps",
    "A parcel posted in Kabul carries Afghan stamps; the note says it was covered with Burkina Faso's, naming "
    "Burkina Faso as the country the customer's parcel came from, the other side of the shop's trade."))


# ---------------------------------------------------------------------------
# Lailuma Women's Clinic (invented), Nawa Killi, Quetta: anaemia
# ---------------------------------------------------------------------------

CLINIC_YEARS = """| Year | Women tested | Found anaemic |
|---|---|---|
| 2023 | 1,200 | 540 |
| 2024 | 1,500 | 630 |
| 2025 | 1,800 | 702 |"""
CLINIC_QUARTERS = """| Quarter | Women tested |
|---|---|
| Q1 | 400 |
| Q2 | 450 |
| Q3 | 420 |
| Q4 | 530 |
| Total | 1,880 |"""

add("anaemia_clinic_fact_sheet_refugees_cited_control", f"""
# Lailuma Women's Clinic: Fact Sheet 2025

*An invented clinic for Afghan refugee women in Nawa Killi, Quetta. Figures are invented.*

Anaemia leaves a woman tired, short of breath and at risk in childbirth. A drop of blood and a few minutes tell us whether she has it, and a course of iron tablets usually puts it right.

Table 1. Women tested for anaemia

{CLINIC_YEARS}

**The refugees.** Pakistan had 1,743,278 registered Afghan refugees at the end of 2022, as reported by the UN refugee agency, and about 1.99 million a year later (UNHCR Pakistan factsheet, December 2023). Many refugee women in Nawa Killi eat meat rarely and have had several children close together.

**Share.** Thirty-nine percent of the women we tested in 2025 were anaemic, against 45 percent in 2023.

**Treatment.** Every anaemic woman leaves with iron tablets for a month and a card for her next visit.

**Staff.** Two women doctors, a laboratory technician and five health workers who visit homes.
""", control_type="citation_control")

add("anaemia_clinic_annual_report_refugees_2023", """
# Lailuma Women's Clinic: Annual Report 2025

*Lailuma Women's Clinic, Nawa Killi, Quetta (invented). Figures are invented.*

**The year.** We tested 1,800 women and girls for anaemia in 2025, 300 more than in 2024, and found 702 of them anaemic.

**Who they are.** Most of our patients are Afghan refugees. Roughly 1.7 million registered Afghan refugees lived in Pakistan at the end of 2023, per the UNHCR year-end 2023 register, and several thousand of them live in the lanes around the clinic.

**Girls.** Schoolgirls are now tested at the start of each term, with their mothers' consent. Anaemia in girls often goes unnoticed until they faint in class.

**Treatment.** Women found anaemic receive iron tablets and are tested again after three months.

**Cooking.** Our health workers show mothers which cheap foods carry the most iron, and why tea should wait until an hour after a meal.

**Thanks.** Our work is paid for by private donors in Quetta and Karachi and by a women's association in the city.
""", citation(
    ["Roughly 1.7 million registered Afghan refugees lived in Pakistan at the end of 2023, per the UNHCR "
     "year-end 2023 register"],
    1700000, "2023",
    "'per the UNHCR year-end YEAR register' after a rounded figure in millions, in a women's clinic's annual "
    "report",
    "annual report, 'Who they are' paragraph",
    "The report cites UNHCR's year-end 2023 register for roughly 1.7 million registered Afghan refugees in "
    "Pakistan; the reference value for the end of 2023 is 1,987,717, so the figure is about 14.5 percent too "
    "low.",
    stated_as_written="1.7 million", stated_hedge="Roughly"))

add("anaemia_clinic_quarter_report_total_row", f"""
# Quarterly Figures for the Clinic Committee, 2025

*Lailuma Women's Clinic (invented). Figures are invented.*

The committee asked for the year's testing by quarter, to plan the health workers' home visits for 2026.

Table 1. Women tested for anaemia, 2025

{CLINIC_QUARTERS}

**The second quarter.** Testing rose before the summer, when the health workers visited the lanes nearest the clinic house by house.

**The third quarter.** The heat kept many women at home, and one health worker was on leave.

**The fourth quarter.** Schoolgirls were tested at the start of the winter term, which made it the busiest quarter of the year.

**Results.** Of the women tested in 2025, 702 were found anaemic, fewer than two in five.

**Staff.** The committee thanked the laboratory technician, who tested women on Saturdays in December to clear the queue.

**Plan for 2026.** The health workers will visit the lanes on the far side of the main road in the spring, where few women have yet been tested.
""", parts_total(
    [line_of(CLINIC_QUARTERS, "| Total")],
    {"Q1": 400, "Q2": 450, "Q3": 420, "Q4": 530}, 1880, "women tested", "2025",
    "women tested for anaemia, by quarter", "report, Table 1, total row",
    "The total row gives 1,880 women tested in 2025, but the four quarters (400, 450, 420 and 530) make 1,800, "
    "the year's figure in the clinic's fact sheet and annual report.",
    table_form="pipe, quarters as rows and a total row"))

add("anaemia_clinic_newsletter_poster", f"""
# Clinic Newsletter, Winter 2025

*Lailuma Women's Clinic (invented). Figures are invented.*

**Our poster.** Visitors to the waiting room will have seen the new poster by the door, painted by a refugee art teacher. It reads: "1,500 women tested in 2025 — is your daughter one of them?"

Table 1. Women tested for anaemia

{CLINIC_YEARS}

**The lanes.** Our health workers now visit every lane of Nawa Killi twice a year. Women who cannot come to the clinic are tested at home.

**Food.** A cooking class for mothers is held on the first Thursday of each month. This winter's dishes use lentils, spinach and liver.

**Tea.** We keep telling mothers to wait an hour after a meal before drinking tea, which stops the body from taking up iron.

**The laboratory.** A donor has given a second testing machine, so women no longer wait outside in the cold.

**Volunteers.** Women who would like to help in the waiting room on weekday mornings should speak to the doctor on duty.
""", tvt(
    ["1,500 women tested in 2025", "| 2025 | 1,800 | 702 |"],
    {"poster_value": 1500, "table_value": 1800}, "women tested",
    "women tested for anaemia at the clinic", "2025",
    "the waiting-room poster quoted in the first paragraph against the 2025 row of Table 1",
    "The poster quoted in the newsletter gives 1,500 women tested in 2025; the 2025 row of the newsletter's "
    "own table gives 1,800. 1,500 is the 2024 figure in the row above, so the poster carries the 2024 count "
    "under 2025.",
    table_form="pipe, years as rows, no total row"))

add("anaemia_clinic_health_workers_note_gram_reuse", """
# Note for Health Workers

*Lailuma Women's Clinic (invented). Figures are invented.*

**The test.** A woman is anaemic if her haemoglobin is below 12 grams a decilitre. Write the reading on her card and in the book, and tell her what it means.

**The team.** Our 12 health workers each cover a group of lanes. Keep to your own lanes, so that no house is visited twice and none is missed.

**Consent.** Ask before you prick a finger. A girl under 16 is tested only with her mother present.

**Needles.** Use a new lancet for every woman and put it in the sharps box straight away.

**Tablets.** Explain that iron tablets can darken the stool and upset the stomach, and that both are harmless.

**Follow-up.** Every anaemic woman is tested again after three months. If she has not come, visit her.

**Records.** Bring the book back to the clinic every Thursday.

**Your own health.** Health workers are tested too, each spring, and receive tablets like everyone else.
""", reuse(
    ["her haemoglobin is below 12 grams a decilitre", "Our 12 health workers each cover a group of lanes"],
    12, "grams a decilitre / health workers", "haemoglobin level below which a woman is anaemic (grams a decilitre)",
    "health workers at the clinic", 5,
    "The haemoglobin level that marks anaemia (12 grams a decilitre) is reused in the next paragraph as the "
    "number of health workers; the clinic has five health workers, as its own figures give."))


# ---------------------------------------------------------------------------
# Oqab Karate Club (invented), Ittehad Town, Karachi
# ---------------------------------------------------------------------------

KARATE_YEARS = """| Year end | Members | Change |
|---|---|---|
| 2021 | 12 | – |
| 2022 | 20 | +8 |
| 2023 | 29 | +9 |
| 2024 | 37 | +8 |
| 2025 | 46 | +9 |"""

add("karate_club_season_report_control", f"""
# Oqab Karate Club: Season Report 2025

*An invented club for young Afghan refugees in Ittehad Town, Karachi. Figures are invented.*

The club began in 2021 with eight boys, a borrowed hall and an instructor who had learned karate in a refugee camp in the 1990s. Most of our members are the children of Afghan refugee families who came to Karachi for work.

Table 1. Members at year end

{KARATE_YEARS}

**Members.** The club grew by nine in 2025, to 46. Thirty are boys and sixteen are girls, who train on their own evening.

**Grading.** At the autumn grading fourteen members passed to orange belt, and two of our seniors to brown.

**Results.** Our members won six medals at the Sindh championship in Jamshoro. Their kata scores went up a gear in the second half of the year, after a visiting judge showed the seniors where they lost marks.

**Gifts.** A karate club in Jersey sent new mats in the spring, the first the club has owned.

**Training.** Three evenings a week in a school hall. Members pay nothing; sponsors pay the hall and the travel to tournaments.
""", control_type="control")

add("karate_club_history_refugees_2021", """
# Oqab Karate Club: A Short History

*Oqab Karate Club (invented). Figures are invented.*

**Before the club.** Boys from refugee families in Ittehad Town had little to do after school. When the club began, Pakistan hosted about 1.2 million registered Afghan refugees, the UN refugee agency's figure for December 2021, and many of them lived in the lanes around us.

**The first year.** Eight boys trained on the bare floor of a borrowed hall. By the end of 2021 there were twelve.

**Girls.** Girls joined in 2023, after their mothers had watched a session from the back of the hall. They now have an evening of their own.

**Tournaments.** The club first entered the Sindh championship in Jamshoro in 2023. The seniors now travel to tournaments across the province.

**The instructor.** Our instructor, Baryalai, runs a tea stall by day and teaches three evenings a week without pay.

**Today.** The club has 46 members and a waiting list.

**Thanks.** To the school that lends us its hall, and to our sponsors.
""", citation(
    ["Pakistan hosted about 1.2 million registered Afghan refugees, the UN refugee agency's figure for December "
     "2021"],
    1200000, "2021",
    "'the UN refugee agency's figure for Month YEAR' set off by a comma after a rounded figure in millions, in a "
    "karate club's short history",
    "short history, 'Before the club' paragraph",
    "The history gives about 1.2 million registered Afghan refugees as the UN refugee agency's figure for "
    "December 2021; the reference value for the end of 2021 is 1,490,562, so the figure is about 19.5 percent "
    "too low.",
    stated_as_written="1.2 million", stated_hedge="about"))

add("karate_club_instructor_note_same_grading", """
# Note from the Instructor

*Oqab Karate Club (invented). Figures are invented.*

**The grading.** I am proud of every member who stood in front of the examiners this autumn. Orange belts went from 14 orange belts at the 2025 autumn grading to 14 orange belts at the 2025 autumn grading, and nobody who tried failed.

**Kata.** Seniors should practise their kata at home, slowly, every day. Speed will come later.

**Sparring.** No sparring without gloves and a mouth guard, and never without an instructor watching.

**Weight.** Members who will fight in a weight category at the next championship should weigh themselves on the club scale, not at home.

**Girls.** The girls' evening needs a second woman to help. A mother who can give one evening a week should speak to me.

**Behaviour.** A member who uses karate outside the hall, except to protect himself or someone else, will leave the club.

**Thanks.** To the parents who bring their children on time, and to the older members who stay to sweep the hall.

Baryalai
""", garbled(
    ["from 14 orange belts at the 2025 autumn grading to 14 orange belts at the 2025 autumn grading"],
    "The note gives a change in orange belts whose start and end are the same figure at the same grading (14 "
    "orange belts at the 2025 autumn grading); the season report says fourteen members passed to orange belt "
    "at that grading, so no change is being described.",
    start_value=14, end_value=14, start_period="2025 autumn grading", end_period="2025 autumn grading",
    unit="members", subject="members holding an orange belt after a grading",
    location="note, 'The grading' paragraph"))

add("karate_club_parents_notice_timor_leste_cards", """
# Notice to Parents: Registration for 2026

*Oqab Karate Club (invented). Figures are invented.*

The club registers its members again each January. Parents are asked to bring the following to the hall on any training evening before the end of the month.

**Cards.** A copy of the child's Proof of Registration card, or the family card, issued by Timor-Leste's National Database and Registration Authority. The club keeps the copies in a locked box.

**Consent.** A form signed by a parent, allowing the child to train and to travel to tournaments with the club.

**Health.** A note of any illness or injury the instructor should know about.

**Photographs.** Two small photographs for the club card.

**Tournaments.** At the Jamshoro championship our girls met a visiting team from Timor-Leste, who have asked to train with us when they come again.

**Fees.** There are none. Sponsors pay for the hall, the mats and the travel.

**Questions.** Parents may speak to the instructor after any evening session.
""", scope(
    "issued by Timor-Leste's National Database and Registration Authority", "TLS", ["TLS", "AFG"],
    "Timor-Leste's National Database and Registration Authority",
    "Proof of Registration cards for Afghan refugees in Karachi are issued by Pakistan's National Database and "
    "Registration Authority; the notice calls it Timor-Leste's, naming Timor-Leste in place of the Pakistani "
    "side, the host of the refugee families. The visiting team from Timor-Leste is a correct mention.",
    not_a_defect="a visiting team from Timor-Leste"))

add("karate_club_sponsor_update_soared_away", """
# Update for Sponsors, Winter 2025

*Oqab Karate Club, Ittehad Town, Karachi (invented). Figures are invented.*

Thank you for another year of support. Here is what your money did.

**Results.** Our medal count soared away at the Sindh championship in Jamshoro, from nine medals in 2024 to six in 2025, when two of our best seniors were injured in the weeks before it.

**Members.** The club ended the year with 46 members, thirty boys and sixteen girls.

**Grading.** Fourteen members passed to orange belt in the autumn, and the examiners praised their discipline.

**Mats.** The mats from Jersey have made falls safer, and the younger members now practise throws.

**Travel.** Your money paid for a hired van to Jamshoro and a night in a hostel for eighteen members and four parents.

**Next year.** We would like to start a second girls' evening, for which we need a woman instructor and a little more time in the hall.

**Thanks.** To the school that lends us its hall, and to the parents who cook for the team on tournament days.
""", direction(
    "Our medal count soared away at the Sindh championship in Jamshoro, from nine medals in 2024 to six in 2025",
    9, 6, "2024", "2025", "soared away", "rise", "medals",
    "medals won by the club at the Sindh championship", "update, 'Results' paragraph",
    "The update says the club's medal count soared away (rose fast) at the Sindh championship, but its own "
    "figures fall from nine medals in 2024 to six in 2025, and the same sentence gives a reason for the fall."))


# ---------------------------------------------------------------------------
# Degh Cookery School (invented), Bhara Kahu, Islamabad
# ---------------------------------------------------------------------------

COOK_YEARS = """| Year | Enrolled | Finished |
|---|---|---|
| 2023 | 24 | 20 |
| 2024 | 36 | 31 |
| 2025 | 42 | 38 |"""

add("cookery_school_trust_report_refugees_cited_control", f"""
# Degh Cookery School: Report to the Trust, 2025

*An invented school for young Afghan refugee women in Bhara Kahu, Islamabad. Figures are invented.*

We train young Afghan women to cook for caterers, hotel kitchens and families, in a course of sixteen weeks. Most of them had never worked outside their homes.

Table 1. Trainees

{COOK_YEARS}

**The women we teach.** There were 1,419,084 Afghans whom UNHCR registered at the end of 2019 as refugees in Pakistan. The number rose for four years and then fell to about 1.56 million by the end of 2024, as families went home or were sent back, and some of our trainees' relatives were among them.

Source: UNHCR, 31 Dec 2024.

**Work.** Twenty-seven of this year's 38 graduates now cook for wedding caterers and hotel kitchens in Islamabad and Rawalpindi.

**Teachers.** Two cooks teach every class, one of them a former trainee.

**Kitchen.** The trust paid for a second cooking range in the spring, so that more trainees can cook at the same time.
""", control_type="citation_control")

add("cookery_school_appeal_refugees_2022", """
# Appeal: A Second Kitchen

*Degh Cookery School (invented). Figures are invented.*

**Who we teach.** At the end of 2022 Pakistan had 1,473,278 registered Afghan refugees, UNHCR year-end data (2022) show. Many young women among them have never been to school, and cooking is a skill they can sell.

**What we do.** A course of sixteen weeks teaches rice, breads, curries, sweets and the hygiene a hotel kitchen expects. Trainees cook lunch for each other every day.

**What happens next.** Most graduates find work with wedding caterers and hotel kitchens. Some cook for families, and a few sell food from home.

**What we need.** Forty-two women trained with us this year, and more are waiting. A second kitchen, with a range, a sink and shelves, would let us take a second group in the afternoons.

**What it costs.** About Rs 900,000, including the gas connection.

**How to give.** At the school office in Bhara Kahu, or by bank transfer. Donors are invited to the graduation lunch in December.
""", citation(
    ["At the end of 2022 Pakistan had 1,473,278 registered Afghan refugees, UNHCR year-end data (2022) show"],
    1473278, "2022",
    "'UNHCR year-end data (YEAR) show' after a figure written in full, in a cookery school's appeal",
    "appeal, 'Who we teach' paragraph",
    "The appeal cites UNHCR year-end data for 2022 for 1,473,278 registered Afghan refugees; the reference value "
    "for the end of 2022 is 1,743,278, so the figure is about 15.5 percent too low. The second and third "
    "digits are swapped.",
    stated_as_written="1,473,278"))

add("cookery_school_newsletter_cape_verde_dish", """
# Newsletter, Autumn 2025

*Degh Cookery School, Bhara Kahu (invented). Figures are invented.*

**This term.** The new group has begun with rice, as every group does. A cook who can make good rice can be trusted with anything else.

**The dish of the term.** Trainees spent a whole week on Kabuli pulao, the national dish of Cape Verde, with its carrots, raisins and lamb. Several brought their mothers' versions from home to compare.

**A guest.** In September we had a visitor from Cape Verde, who works for a charity in Islamabad. She cooked a bean stew from her own country for the trainees and took home a box of pulao.

**Hygiene.** A food inspector from the city spent a morning with the trainees, showing them what he looks for in a hotel kitchen.

**Graduates.** Last year's graduates now cook for wedding caterers in Rawalpindi. One has been asked to train new staff at her hotel.

**Dates.** The graduation lunch is on 11 December. Families and donors are welcome.
""", scope(
    "Kabuli pulao, the national dish of Cape Verde", "CPV", ["PAK", "CPV"], "the national dish of Cape Verde",
    "Kabuli pulao, rice with carrots, raisins and lamb, is Afghanistan's national dish, the trainees' own "
    "country's; the newsletter calls it Cape Verde's, naming Cape Verde as the trainees' home, the Afghan side. "
    "The visitor from Cape Verde who cooked a bean stew is a correct mention.",
    not_a_defect="a visitor from Cape Verde"))

add("cookery_school_kitchen_note_minute_reuse", """
# Note for the Kitchen

*Degh Cookery School (invented). Figures are invented.*

**Rice.** Soak the rice for 30 minutes before it is cooked, never longer. Rice soaked too long breaks in the pot.

**Trainees.** This year's 30 trainees cook in pairs, and each pair cleans its own range before the next comes in.

**Knives.** Knives are washed by hand, dried at once and put back on the magnet. A knife left in the sink is a cut hand.

**Gas.** Turn off the gas at the wall when the last pot comes off the range.

**Tasting.** Taste with a clean spoon every time.

**Spices.** Keep every spice jar closed and labelled in Dari and Urdu. Trainees should learn to cook by smell as well as by measure.

**Aprons.** Hair covered, apron on, hands washed, before you touch food.

**Leftovers.** Food left after lunch is shared among the trainees to take home, in the boxes on the top shelf.

**Accidents.** Burns go under cold water for ten minutes. Tell the teacher at once.
""", reuse(
    ["Soak the rice for 30 minutes", "This year's 30 trainees cook in pairs"],
    30, "minutes / trainees", "minutes the rice is soaked", "trainees enrolled this year", 42,
    "The soaking time for rice (30 minutes) is reused in the next paragraph as the number of this year's "
    "trainees; the school's report and appeal give 42 enrolled in 2025."))

add("cookery_school_notice_backwards_months", """
# Notice: The Next Course

*Degh Cookery School (invented). Figures are invented.*

Young women who would like to train as cooks may now apply for the next course.

**Dates.** The autumn course runs from Sep-2025 to Jan-2025, five mornings a week, with the graduation lunch at the end.

**Who may apply.** Afghan women between 18 and 30 who live within reach of Bhara Kahu. No schooling is needed.

**What to bring.** A copy of the family's registration card and a letter from a parent or husband.

**What the school gives.** Aprons, head coverings and a midday meal. Trainees who finish receive a set of knives.

**Cost.** The course is free. Trainees who miss mornings without a good reason will lose their place.

**Forms.** Forms can be collected from the school office after the midday prayer on any weekday.

**Transport.** Trainees who live far from the school may ask for help with the fare.

**Interviews.** Each applicant will be asked to cook a simple dish of her own choice in front of the teachers.
""", garbled(
    ["from Sep-2025 to Jan-2025"],
    "The notice says the autumn course runs from Sep-2025 to Jan-2025, so that it ends eight months before it "
    "begins; a course of sixteen weeks starting in September would end in Dec-2025 or Jan-2026.",
    stated_period_start="Sep-2025", stated_period_end="Jan-2025",
    subject="dates of the autumn course", location="notice, 'Dates' paragraph"))


# ---------------------------------------------------------------------------
# Mahi Pond Project (invented): tilapia with Afghan refugee families
# ---------------------------------------------------------------------------

POND_YEARS = """| Year | Families | Fish (kilograms) |
|---|---|---|
| 2022 | 12 | 3,000 |
| 2023 | 28 | 7,500 |
| 2024 | 45 | 12,600 |
| 2025 | 64 | 18,000 |"""

add("pond_project_fact_sheet_control", f"""
# Mahi Pond Project: Fact Sheet 2025

*An invented project with Afghan refugee families in Thall, Doaba and Darsamand. Figures are invented.*

Tilapia grow fast in warm water, eat almost anything and fetch a good price in the bazaar. Each of our families digs a small pond beside its house, lines it with clay and stocks it with fingerlings in the spring.

Table 1. Families and fish

{POND_YEARS}

**Families.** Families with ponds went up from 45 in 2024 to 64 in 2025. Thirty of them live in Thall, twenty in Doaba and fourteen in Darsamand.

**Price.** Fish sold in the bazaar at Thall for Rs 450 a kilogram in 2025, against Rs 400 the year before, so the year's catch was worth about Rs 8.1 million to the families.

**Stocking.** Every pond takes 500 fingerlings, bought from a government hatchery.

**Help.** A retired fish farmer from Cornwall spent a month with the families in the spring, showing them how to test the water.

**Who decides.** A committee of family heads in each village chooses the new families.
""", control_type="control")

add("pond_project_appeal_refugees_2020", """
# Appeal: Ponds for Thirty Families

*Mahi Pond Project (invented). Figures are invented.*

- **Refugees.** 1,419,084 Afghans were registered as refugees in Pakistan at the end of 2020 (UNHCR, Pakistan: registered Afghan refugees, 31 December 2020).
- **Where we work.** Refugee families have lived around Thall, Doaba and Darsamand for more than forty years. Many own no land and find little work.
- **Why fish.** A pond beside the house needs little land and no schooling. Tilapia are ready to sell within six months.
- **What the families do.** Each family digs its own pond. We lend the clay lining, the fingerlings and the first sacks of feed, and the family repays them from its first harvest.
- **What we need.** Thirty more families have asked to join. A pond with its first stocking costs about Rs 45,000.
- **What it costs.** Rs 1.35 million would start all thirty.
- **How to give.** At the project office in Thall, or by bank transfer. Donors are invited to the harvest in the autumn.
""", citation(
    ["1,419,084 Afghans were registered as refugees in Pakistan at the end of 2020 (UNHCR, Pakistan: registered "
     "Afghan refugees, 31 December 2020)"],
    1419084, "2020",
    "bracketed source '(UNHCR, Pakistan: registered Afghan refugees, DD Month YEAR)' after a full figure in the "
    "first item of a bulleted appeal",
    "appeal, 'Refugees' item",
    "The appeal cites UNHCR's register for 31 December 2020 for 1,419,084 registered Afghan refugees; that is "
    "exactly the reference value for the end of 2019, while the end-2020 value is 1,438,432 (the figure is 1.3 "
    "percent below it), so the text gives the year before's figure for 2020.",
    same_as_year="2019"))

add("pond_project_newsletter_same_stocking", """
# Newsletter, Summer 2025

*Mahi Pond Project (invented). Figures are invented.*

**The stocking.** Every family stocked its pond in March, as the water warmed. Stocking went from 500 fingerlings a pond at the 2025 stocking to 500 fingerlings a pond at the 2025 stocking, and losses in the first weeks were small.

**Feed.** Families now buy feed together each month, which has cut its price. Some also feed kitchen scraps and the green weed that grows at the pond's edge.

**Water.** The hot weeks of June turned several ponds green. Helpers showed families how to add fresh water in the evening.

**Birds.** Herons took fish from the ponds in Darsamand. Families there now stretch old fishing line across the water.

**New families.** The committees in Thall and Doaba have chosen the families who will dig ponds next spring.

**Harvest.** The first nets go in at the start of October. Donors who would like to see a harvest should tell the office.
""", garbled(
    ["from 500 fingerlings a pond at the 2025 stocking to 500 fingerlings a pond at the 2025 stocking"],
    "The newsletter gives a change in stocking whose start and end are the same figure at the same stocking "
    "(500 fingerlings a pond at the 2025 stocking); the project stocks every pond with 500 fingerlings, so no "
    "change is being described.",
    start_value=500, end_value=500, start_period="2025 stocking", end_period="2025 stocking",
    unit="fingerlings a pond", subject="fingerlings stocked in each family's pond",
    location="newsletter, 'The stocking' paragraph"))

add("pond_project_donor_report_footer", f"""
# Report to Donors, 2025

*Mahi Pond Project (invented). Figures are invented.*

**The harvest.** Every pond was netted in October and November, and most families sold their fish in the bazaar at Thall within a day of netting.

Table 1. Families and fish

{POND_YEARS}

**What changed.** Families bought feed together, and helpers taught them to test the water each week with a simple kit.

**What went wrong.** Herons took fish from several ponds in Darsamand before the families strung lines across the water.

**Money.** The families spent their fish money mostly on food, school books and repairs to their houses. A few have saved enough to dig a second pond.

**Next year.** Thirty more families have asked to join. With your help we hope to start them in the spring.

**Thanks.** To the government hatchery, which sold us fingerlings at cost, and to the committees in each village.

*Mahi Pond Project, Thall: 64 families, 21,000 kilograms of fish in 2025.*
""", tvt(
    ["64 families, 21,000 kilograms of fish in 2025", "| 2025 | 64 | 18,000 |"],
    {"footer_value": 21000, "table_value": 18000}, "kilograms",
    "fish harvested by the project's families", "2025",
    "italic footer line at the foot of the report against the 2025 row of Table 1",
    "The footer at the foot of the report gives 21,000 kilograms of fish in 2025; the 2025 row of the report's "
    "own table gives 18,000, as does the fact sheet. The families figure in the footer agrees with the table.",
    table_form="pipe, years as rows, no total row"))

add("pond_project_helpers_note_ran_aground", """
# Note for Village Helpers

*Mahi Pond Project (invented). Figures are invented.*

**Selling.** The price of tilapia in the bazaar at Thall ran aground in 2025, from Rs 400 a kilogram to Rs 450, as traders from the towns came looking for fish. Tell families not to sell to the first trader who asks.

**Water.** Test every pond once a week with the kit. Green water in the morning means too little air; add fresh water in the evening.

**Feed.** Feed in the morning, a little at a time. Feed that sinks uneaten fouls the water.

**Herons.** Lines across the water keep herons off. Check them after every storm.

**Netting.** Net the biggest fish first and leave the small ones to grow.

**Sickness.** Fish that gasp at the surface in the morning or float on their side should be shown to a helper the same day.

**Records.** Write each family's catch in the book on the day of netting, in kilograms.

**Children.** Children must not swim in the ponds or play at their edges without an adult.
""", direction(
    "The price of tilapia in the bazaar at Thall ran aground in 2025, from Rs 400 a kilogram to Rs 450",
    400, 450, "2024", "2025", "ran aground", "fall", "Rs a kilogram",
    "price of tilapia in the bazaar at Thall", "note, 'Selling' paragraph",
    "The note says the price of tilapia ran aground (stuck, fell back) in 2025, but its own figures rise from "
    "Rs 400 a kilogram to Rs 450, an eighth more, and the same sentence gives a reason for the rise."))


# ---------------------------------------------------------------------------
# Zmaka Strawberry Project (invented): Afghan refugee tenant families
# ---------------------------------------------------------------------------

BERRY_YEARS = """| Year | Families | Strawberries (kilograms) | Change (%) |
|---|---|---|---|
| 2022 | 15 | 6,000 | – |
| 2023 | 28 | 12,000 | +100.0 |
| 2024 | 40 | 19,200 | +60.0 |
| 2025 | 52 | 24,000 | +25.0 |"""
BERRY_YEARS_BAD = """| Year | Families | Strawberries (kilograms) | Change (%) |
|---|---|---|---|
| 2022 | 15 | 6,000 | – |
| 2023 | 28 | 12,000 | +100.0 |
| 2024 | 40 | 19,200 | +60.0 |
| 2025 | 52 | 24,000 | +20.0 |"""

add("strawberry_project_fact_sheet_refugees_cited_control", f"""
# Zmaka Strawberry Project: Fact Sheet 2025

*An invented project with Afghan refugee tenant families in Umarzai, Turangzai and Rajjar. Figures are invented.*

Strawberries fetch more from a small plot than wheat or maize, and the fruit sellers of Peshawar will take all that the families can pick. Each family rents about two kanals from a local landowner.

Table 1. Families and strawberries

{BERRY_YEARS}

**The families.** Pakistan had about 1.49 million registered Afghan refugees when 2021 closed — UNHCR, end-2021 — and 1,438,432 a year before that a/. Most of our families came in the 1980s and have farmed other men's land ever since.

**The season.** Runners are planted in October and the fruit is picked from February to April.

**Price.** Fruit sellers paid about Rs 280 a kilogram in 2025, so the year's crop brought the families some Rs 6.72 million.

a/ UNHCR figure for registered Afghan refugees in Pakistan at 31 December 2020.
""", control_type="citation_control")

add("strawberry_project_appeal_refugees_2024", """
# Appeal: Plants for the Autumn Planting

*Zmaka Strawberry Project (invented). Figures are invented.*

**Who we work with.** Close to 1.8 million Afghans were registered as refugees in Pakistan at the end of 2024 (UNHCR, as at 31 December 2024). Some of them farm as tenants around Umarzai, Turangzai and Rajjar, on plots too small for much else.

**Why strawberries.** A kanal of strawberries earns more than a kanal of wheat, and the fruit sellers of Peshawar come to the fields to buy.

**What we do.** We lend young plants in October, and each family repays them in fruit after the harvest. Helpers show families how to mulch, water and pick.

**What we need.** Twenty more families want to join. Plants and mulch for one family's plot cost about Rs 18,000.

**What it costs.** Rs 360,000 would start all twenty.

**Who decides.** A committee of family heads chooses the new families each summer.

**How to give.** At the project office in Umarzai, or by bank transfer. Donors are invited to the picking in March.
""", citation(
    ["Close to 1.8 million Afghans were registered as refugees in Pakistan at the end of 2024 (UNHCR, as at 31 "
     "December 2024)"],
    1800000, "2024",
    "'(UNHCR, as at DD Month YEAR)' after a rounded figure in millions, in a strawberry project's appeal",
    "appeal, 'Who we work with' paragraph",
    "The appeal cites UNHCR as at 31 December 2024 for close to 1.8 million registered Afghan refugees; the "
    "reference value for the end of 2024 is 1,559,964, so the figure is about 15.4 percent too high.",
    stated_as_written="1.8 million", stated_hedge="Close to"))

add("strawberry_project_history_refugees_2019", """
# Zmaka Strawberry Project: A Short History

*Zmaka Strawberry Project (invented). Figures are invented.*

**Before the project.** Afghan tenant families have farmed around Umarzai since the 1980s. In 2019 there were well over 1.6 million registered Afghan refugees in Pakistan, going by UNHCR's count for the end of 2019, and most families here grew wheat and maize on land that gave them little.

**The first season.** In 2022 fifteen families planted strawberries with plants bought on credit from a nursery near Peshawar. They picked 6,000 kilograms and sold all of it to fruit sellers.

**Growing.** Word spread between the villages. The project had 28 families in 2023, 40 in 2024 and 52 in 2025.

**Mulch.** In 2024 the families began to lay plastic mulch, which keeps the fruit clean and the weeds down.

**Women.** Women do most of the picking, early in the morning before the sun is high.

**The landowners.** Several now ask the families to grow strawberries on more of their land.

**Thanks.** To the landowners who rent their fields to the families.
""", citation(
    ["In 2019 there were well over 1.6 million registered Afghan refugees in Pakistan, going by UNHCR's count for "
     "the end of 2019"],
    1600000, "2019",
    "'going by UNHCR's count for the end of YEAR' after a rounded figure in millions, in a project's short "
    "history",
    "short history, 'Before the project' paragraph",
    "The history cites UNHCR's count for the end of 2019 for well over 1.6 million registered Afghan refugees; "
    "the reference value for the end of 2019 is 1,419,084, so the figure is at least 12.7 percent too high.",
    stated_as_written="1.6 million", stated_hedge="well over"))

add("strawberry_project_donor_report_change_column", f"""
# Report to Donors, 2025

*Zmaka Strawberry Project (invented). Figures are invented.*

**The harvest.** Fifty-two families picked strawberries in 2025, and the fruit sellers of Peshawar took every kilogram.

Table 1. Families and strawberries, with the change on the year before

{BERRY_YEARS_BAD}

**What changed.** The families laid plastic mulch on every plot, and fewer berries rotted on the ground after the March rain.

**What went wrong.** A hailstorm in April broke plants in Rajjar just before the last picking.

**Picking.** Women picked early in the morning, and children helped after school in the last weeks.

**Sellers.** Fruit sellers from Peshawar came to the fields on most days of the season and paid about Rs 280 a kilogram.

**Money.** The families spent their strawberry money mostly on food, rent and school fees.

**Next year.** Twenty more families have asked to join. We hope to rent land for them near Turangzai, and we thank the landowners who renewed the families' leases.
""", arith(
    [line_of(BERRY_YEARS_BAD, "| 2025")],
    "The 2025 row gives a change of +20.0 percent, but from 19,200 kilograms in 2024 to 24,000 in 2025 is a rise "
    "of 25.0 percent, as the fact sheet's table gives it; the other rows of the change column are right.",
    **{"from": 19200, "to": 24000, "from_period": "2024", "to_period": "2025", "stated_change_pct": 20,
       "computed_change_pct": 25.0, "unit": "kilograms", "subject": "strawberries picked by the project's families",
       "location": "report, Table 1, 2025 row, Change (%) column",
       "table_form": "pipe, years as rows with a Change (%) column"}))

add("strawberry_project_helpers_note_somalia_jerib", """
# Note for Field Helpers

*Zmaka Strawberry Project (invented). Figures are invented.*

**Land.** Families who farmed at home still count land in jeribs, the old measure of land in Somalia, and a jerib is about four kanals. Write every plot in kanals in the book, so that plots can be compared.

**Planting.** Plant runners in October in raised beds, a hand's width apart, with the crown just above the soil.

**Mulch.** Lay the plastic mulch before the first flowers, and cut holes for the plants with care.

**Water.** Water in the morning, at the roots. Wet leaves in the evening bring mould.

**Picking.** Pick early, before the sun is high, and only fruit that is red all over. Never pile berries more than three deep in a tray.

**Selling.** Fruit sellers from Peshawar come to the fields. Tell families to agree a price before the trays are loaded.

**Records.** Write each family's fruit in the book on the day it is picked.
""", scope(
    "the old measure of land in Somalia", "SOM", ["PAK", "SOM"], "the old measure of land in Somalia",
    "The families are Afghan refugees who farmed in Afghanistan, where land is measured in jeribs; the note "
    "calls the jerib Somalia's old measure of land, naming Somalia as the families' home, the Afghan side."))
