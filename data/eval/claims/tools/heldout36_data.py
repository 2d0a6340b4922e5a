# Thirty-sixth held-out set of synthetic documents ("heldout36").  Written
# from scratch after heldout35/, by a labeller session that had not opened
# dyad's implementation or history and had not seen any of its results.
# Every entry: name (topic slug, numbered later by build_heldout36.py), text,
# labels (list of defect dicts), control_type for controls.
# Registers not used before: a kateera (gum tragacanth) traders' association
# buying the gum from Afghan middlemen (with the annual trade series, the
# 2020-2023 rows with a balance column); a quince murabba (fruit preserve)
# works buying Afghan quinces; a hurricane lamp workshop selling kerosene
# lamps to Afghan dealers; a rice huller works selling to Afghan dealers; a
# denture laboratory with Afghan customers and Afghan dentists; a goitre
# (thyroid) clinic for Afghan refugees; a refugee youth choir; a CCTV fitting
# school for young Afghan refugee men; a wool spinning project with Afghan
# refugee women; and a vermicompost (worm compost) project with Afghan
# refugee families.
#
# Invented figures shared with earlier sets: annual trade series (README:
# exports 1,290 / 942 / 828 / 936 / 1,012 / 884 and imports 441 / 509 / 552 /
# 741 / 690 / 540 for 2019-2024, balances 849 / 433 / 276 / 195 / 322 / 344,
# totals 1,731 / 1,451 / 1,380 / 1,677 / 1,702 / 1,424); reference refugee
# series (1,419,084 / 1,438,432 / 1,490,562 / 1,743,278 / 1,987,717 /
# 1,559,964 for 2019-2024).
#
# New invented figures, consistent with the above:
#   Ramdas Bazaar Kateera Traders' Association, Peshawar (invented, 18 member
#     firms buying from 26 Afghan middlemen: 12 in Yakawlang, 8 in Waras, 6 in
#     Shahrestan; selling to some 40 sharbat makers and hakims): kateera bought,
#     tonnes: 2021 250, 2022 220 (-12.0 percent), 2023 275 (+25.0), 2024 330
#     (+20.0), 2025 297 (-10.0); 2025 by district Yakawlang 132, Waras 99,
#     Shahrestan 66; Rs 1,800 a kilogram in 2025 (Rs 534.6 million); middlemen's
#     price at Ramadan 2025 Rs 1,650 a kilogram; flakes soak about 10 hours; a
#     sweet maker from Andalusia.
#   Haroon Murabba Works, Badami Bagh, Lahore (invented, begun 1971): Afghan
#     quinces from growers in Guldara and Farza, tonnes: 2023 50, 2024 64, 2025
#     80 (September 20, October 44, November 16; Guldara 48, Farza 32); about
#     2,000 jars a tonne (160,000 jars in 2025); Rs 90 a kilogram paid in 2025;
#     22 workers, seven of them Afghan.
#   Aimal Lamp Works, Lyari, Karachi (invented): kerosene hurricane lamps sold
#     to 9 Afghan dealers in Kandahar and Maruf: 2023 6,000, 2024 7,200, 2025
#     8,400 (Kandahar 5,400, Maruf 3,000); glass chimneys 2023 9,000, 2024
#     10,800, 2025 12,000; Rs 1,400 a lamp (Rs 11.76 million), Rs 150 a
#     chimney, Rs 10 a wick; a full tank burns about 16 hours; lamps packed 24
#     to a crate; fifteen workers, five of them Afghan.
#   Ikram Hullers, Pindi Bhattian (invented): rice hullers sold to 12 Afghan
#     dealers in Dasht-e Archi and Kalafgan: 2022 40, 2023 52, 2024 65, 2025 78;
#     2024 / 2025 Dasht-e Archi 40 / 46, Kalafgan 25 / 32; Rs 480,000 a huller
#     (Rs 37.44 million); spare rubber rolls H1 2025 300, H2 2025 240; a
#     20-horsepower engine; 28 workers; a rice farmer from Provence.
#   Waheed Dental Laboratory, Ichhra, Lahore (invented): dentures and crowns
#     made 2023 900, 2024 1,050, 2025 1,200 (six in ten for Afghan customers);
#     2025 full sets 40 percent, partial dentures 45, crowns 15; impressions sent
#     by Afghan dentists 2025 Jalalabad 430, Kabul 270; Rs 18,000 a full set, Rs
#     7,000 a partial denture; seven technicians; models kept three years; a
#     dentist from Quebec.
#   Nargis Goitre Clinic, Hazar Ganji, Quetta (invented, opened 2020): Afghan
#     refugee patients with goitre seen 2023 1,200, 2024 1,500, 2025 1,350;
#     households given iodised salt 2023 600, 2024 800, 2025 900; 2025 by age
#     under 15 135 (10 percent), 15 to 44 810 (60), 45 and over 405 (30); one
#     doctor, two nurses.
#   Tamana Youth Choir, Dhok Hassu, Rawalpindi (invented, Afghan refugee
#     youth, begun 2022): members at year end 2022 10, 2023 18, 2024 26, 2025 32;
#     concerts 2024 9, 2025 14; audiences 1,100 in 2024 and 900 in 2025; one
#     harmonium; a music teacher from Alsace.
#   Janan CCTV School, Golra, Islamabad (invented, young Afghan refugee men):
#     trainees enrolled / finished / in work 2023 20 / 16 / 11, 2024 30 / 26 /
#     17, 2025 40 / 35 / 22; a course of ten weeks; each trainee fits 12 cameras
#     on practice sites; six laptops; toolkit deposit Rs 3,000.
#   Khalida Spinning Project, Afghan refugee women in Marghuz, Kotnajibullah
#     and Sarai Saleh (invented, begun 2022): women / kilograms of yarn sold 2022
#     14 / 240, 2023 24 / 600, 2024 36 / 1,080, 2025 48 / 1,440; 2025 Marghuz 20,
#     Kotnajibullah 16, Sarai Saleh 12; Rs 1,300 a kilogram in 2024 and Rs 1,200
#     in 2025 (Rs 1.728 million); a spinning wheel Rs 8,000, carding combs Rs
#     1,500, first wool Rs 3,500 (Rs 13,000 a woman); a weaver from Flanders.
#   Palwasha Compost Project, Afghan refugee families in Killi Ismail, Nohsar
#     and Samungli (invented, begun 2022): families / tonnes of worm compost
#     sold 2022 10 / 6, 2023 20 / 15, 2024 30 / 27, 2025 40 / 36; 2025 Killi
#     Ismail 16, Nohsar 14, Samungli 10; Rs 25 a kilogram (Rs 900,000); two
#     kilograms of worms to start a family.

HELDOUT36 = []
from heldout_labels import (  # noqa: F401
    PAIR, REFS, adder, arith, change_pct, citation, direction, garbled, line_of, parts_total, pdf_lines, scope, tvt,
    repeated, reuse,
)

add = adder(HELDOUT36)


# ---------------------------------------------------------------------------
# Ramdas Bazaar Kateera Traders' Association (invented): Afghan gum tragacanth
# ---------------------------------------------------------------------------

GUM_YEARS = """| Year | Kateera bought (tonnes) | Change (%) |
|---|---|---|
| 2021 | 250 | – |
| 2022 | 220 | −12.0 |
| 2023 | 275 | +25.0 |
| 2024 | 330 | +20.0 |
| 2025 | 297 | −10.0 |"""
GUM_YEARS_BAD = GUM_YEARS.replace("| 2023 | 275 | +25.0 |", "| 2023 | 275 | +52.0 |")
TRADE_BALANCE = """| Year | Pakistan's exports | Pakistan's imports | Balance |
|---|---|---|---|
| 2020 | 942 | 509 | 433 |
| 2021 | 828 | 552 | 276 |
| 2022 | 936 | 741 | 195 |
| 2023 | 1,012 | 690 | 322 |"""
GUM_DISTRICTS = """| District | Tonnes, 2025 | Middlemen |
|---|---|---|
| Yakawlang | 132 | 12 |
| Waras | 99 | 8 |
| Shahrestan | 66 | 6 |
| Total | 297 | 26 |"""

add("kateera_traders_annual_review_control", f"""
# Annual Review 2025

*Ramdas Bazaar Kateera Traders' Association, Peshawar (invented). All figures are invented.*

Our 18 member firms buy kateera, the white gum that seeps from thorny shrubs on the hills of central Afghanistan, from 26 Afghan middlemen and sell it to some 40 sharbat makers and hakims in Peshawar and Lahore.

Kateera bought by members, tonnes

{GUM_YEARS}

Buying fell by a tenth in 2025, from 330 tonnes to 297, after a dry spring in Yakawlang left the shrubs with little sap. At Rs 1,800 a kilogram the year's gum was worth Rs 534.6 million.

Pakistan–Afghanistan trade, US$ million

{TRADE_BALANCE}

Pakistan's exports to Afghanistan climbed gently from US$ 828 million in 2021 to US$ 1,012 million in 2023, and the balance stayed in Pakistan's favour in every year shown.

A sweet maker from Andalusia, who uses the gum in a summer drink, visited the bazaar in August and left with two sacks.
""", control_type="control")

add("kateera_traders_insurer_note_change_cell", f"""
# Note for the Association's Insurer

*Ramdas Bazaar Kateera Traders' Association (invented). Figures are invented.*

You asked how much gum passes through members' godowns in a year, so that the cover for fire and theft can be set for 2026. The table gives members' buying since 2021, from the returns each firm files with the secretary.

Kateera bought by members, tonnes

{GUM_YEARS_BAD}

Kateera is dry and light and does not burn easily, but a godown fire in 2019 showed that sacks stacked against a wall can smoulder for hours before anyone notices. Members now keep a gap of a metre between the stacks and the walls.

Stock is highest in October, when the last of the summer's gum has come through Torkham and the sharbat makers have not yet begun to buy for the next hot season.

The secretary keeps the keys to the association's own godown, and two watchmen share the nights.
""", arith(
    [line_of(GUM_YEARS_BAD, "| 2023")],
    "The 2023 row gives a change of +52.0 percent, but 275 tonnes against 220 in 2022 is a rise of 25.0 percent; "
    "the two digits of the change have been swapped. The other rows are right.",
    **{"from": 220, "to": 275, "from_period": "2022", "to_period": "2023", "stated_change_pct": 52.0,
       "computed_change_pct": 25.0, "unit": "tonnes", "subject": "kateera bought by members",
       "location": "note, table, 2023 row, Change (%) column",
       "table_form": "pipe, years as rows with a Change (%) column and a dash in the first row"}))

add("kateera_traders_committee_minutes_waras", f"""
# Minutes of the Buying Committee, 9 December 2025

*Ramdas Bazaar Kateera Traders' Association (invented). Figures are invented.*

**Present:** the chairman, the secretary and five members. Apologies from two.

**1. The year's buying.** The secretary reported that Waras sent 96 tonnes of kateera this year, less than members had hoped, as the road to Bamyan was closed for much of May. He tabled the figures by district:

{GUM_DISTRICTS}

**2. Grading.** Members agreed that ribbon gum and flake gum must be sacked apart. A hakim in Lahore had returned a sack in which the two were mixed.

**3. Middlemen.** The chairman asked members not to lend money to middlemen before the harvest. Two loans of last year are still unpaid.

**4. Any other business.** The secretary asked members to send him their weights for December before the new year, so that the figures can be closed. The next meeting will be held after the first trucks of spring.
""", tvt(
    ["Waras sent 96 tonnes of kateera this year", "| Waras | 99 | 8 |"],
    {"minutes_value": 96, "table_value": 99}, "tonnes",
    "kateera bought by members from middlemen in Waras", "2025",
    "minutes, item 1, against the Waras row of the table tabled under the same item",
    "The minutes record that Waras sent 96 tonnes this year; the table the secretary tabled under the same item "
    "gives 99 tonnes for Waras, which with 132 and 66 makes the total of 297.",
    table_form="pipe, districts as rows with a total row"))

add("kateera_traders_trade_paper_picked_up_pace", """
# "Dry Spring, Thin Gum": An Interview with the Secretary

*From a trade paper for Peshawar's dry-goods merchants. The association is invented; figures are invented.*

**How was the year for kateera?**

Buying picked up pace in 2025: members took 297 tonnes from the Afghan middlemen, against 330 tonnes in 2024. The shrubs gave less sap after a dry spring, and many pickers in Yakawlang went to the wheat harvest instead.

**Who buys the gum?**

Sharbat makers, mostly. Soaked overnight, a spoonful of flakes swells into a cool jelly that is stirred into milk or lemon water in the summer. The hakims buy the finer ribbons for their remedies.

**Is the crossing a problem?**

Less than it was. Torkham was open for most of the season, and the gum is light, so a single truck carries a month's buying for a small firm.

**And next year?**

If the spring is wet, the shrubs recover quickly. Members expect to buy more, but no one will promise a figure before the snow melts.
""", direction(
    "Buying picked up pace in 2025: members took 297 tonnes from the Afghan middlemen, against 330 tonnes in 2024",
    330, 297, "2024", "2025", "picked up pace", "rise", "tonnes",
    "kateera bought by members from Afghan middlemen", "interview, first answer",
    "The secretary says buying picked up pace (quickened) in 2025, but the figures given, with the later year named "
    "first, fall from 330 tonnes in 2024 to 297 in 2025, a tenth less, and the next sentence explains a poor "
    "harvest."))

add("kateera_traders_price_circular_same_ramadan", """
# Circular to Members: The Middlemen's Price

*Ramdas Bazaar Kateera Traders' Association (invented). Figures are invented.*

Members have asked the committee whether to accept the higher price the middlemen of Yakawlang are asking for the new season's gum.

**What has happened.** The middlemen's price for clean flake kateera rose from Rs 1,650 a kilogram at Ramadan 2025 to Rs 1,650 a kilogram at Ramadan 2025, they tell us, and they now ask more again for gum to be delivered after the harvest. Pickers want higher wages, and the trucks to Torkham cost more since the diesel price went up.

**What the committee advises.** Members should not agree a price before seeing the gum. Ribbon gum with a yellow tinge, or flakes with bark and sand in them, are worth far less than clean white gum.

**What members should do.** Send the secretary a note of every price you are offered. The committee will publish the range each fortnight so that no member pays more than he needs to.

This circular is for members only and should not be shown to middlemen.
""", garbled(
    ["rose from Rs 1,650 a kilogram at Ramadan 2025 to Rs 1,650 a kilogram at Ramadan 2025"],
    "The circular says the middlemen's price rose from Rs 1,650 a kilogram at Ramadan 2025 to Rs 1,650 a kilogram "
    "at Ramadan 2025: the start and the end are the same price at the same time, so the sentence reports a rise of "
    "nothing.",
    start_value=1650, end_value=1650, start_period="Ramadan 2025", end_period="Ramadan 2025",
    unit="Rs a kilogram", subject="middlemen's price for clean flake kateera in Yakawlang",
    location="circular, 'What has happened' paragraph"))

add("kateera_traders_hakims_leaflet_soak_reuse", """
# Kateera: A Leaflet for Hakims and Sharbat Makers

*Ramdas Bazaar Kateera Traders' Association (invented). Figures are invented.*

Members of the association sell kateera in three grades. This leaflet explains how to tell them apart and how to use them.

**Ribbon gum.** Long, thin, white strips, the finest grade, used by hakims. It dissolves slowly and leaves no grit.

**Flake gum.** Broad, pale flakes, used for sharbat. Soak the flakes for about 10 hours in cold water before use; they swell to many times their size and turn into a soft, clear jelly.

**Mixed gum.** Broken pieces of both, sold cheaply for cooking.

**Where it comes from.** All our gum is gathered on the hills of central Afghanistan and bought from middlemen, among them our 10 Afghan middlemen in Waras, who bring it to Torkham by truck after the summer harvest.

**Storing it.** Keep kateera in a dry, closed tin. Damp makes it sticky and yellow.

Ask any member for a sample of each grade before you order.
""", reuse(
    ["Soak the flakes for about 10 hours in cold water", "our 10 Afghan middlemen in Waras"],
    10, "hours / middlemen", "hours flake gum is soaked before use", "Afghan middlemen in Waras who sell to members", 8,
    "The hours flake gum is soaked (about 10) are reused later in the leaflet as the number of Afghan middlemen in "
    "Waras; the committee minutes give 8 middlemen for Waras."))


# ---------------------------------------------------------------------------
# Haroon Murabba Works (invented): Afghan quinces for fruit preserve
# ---------------------------------------------------------------------------

QUINCE_MONTHS = """| Month | Tonnes of quinces |
|---|---|
| September | 20 |
| October | 44 |
| November | 16 |
| Total | 80 |"""

add("murabba_works_handover_note_october", f"""
# Handover Note from the Night Foreman

*Haroon Murabba Works, Badami Bagh, Lahore (invented). Figures are invented.*

Bashir sahib,

You take the cooking floor from tomorrow while I am at my brother's wedding. Here is where things stand.

**Fruit.** The season is over. The last truck from Farza came on Tuesday. October brought 34 tonnes, the heaviest month we have had, and the peeling shed worked double shifts for three weeks. The figures for the book are below.

{QUINCE_MONTHS}

**Syrup.** Two vats of syrup are still warm in the corner. Use them within two days or they will crystallise.

**Jars.** The glass works owes us 8,000 jars. Ring them on Monday; do not let them send the thin ones again.

**Men.** Three of the Afghan peelers go home after Friday. Pay them in full before they leave, with the bonus we promised.

**Copper pans.** Pan four leaks at the handle. Do not use it until the tinsmith has been.

Nasir
""", tvt(
    ["October brought 34 tonnes", "| October | 44 |"],
    {"handover_value": 34, "table_value": 44}, "tonnes",
    "Afghan quinces received by the works in October", "October 2025",
    "'Fruit' paragraph of a handover note against the October row of the table under it",
    "The handover note says October brought 34 tonnes of quinces; the table of the season's fruit printed just "
    "below gives 44 for October, which with September's 20 and November's 16 makes the total of 80.",
    table_form="pipe, months as rows and a total row"))

add("murabba_works_gift_box_fifth_more", """
# Printed on the Back of the Eid Gift Box

*Haroon Murabba Works, Badami Bagh, Lahore (invented). Figures are invented.*

**Quince murabba, made the old way.**

Since 1971 our family has cooked whole slices of quince slowly in sugar syrup, with a little cardamom, until the fruit turns the deep red of garnets. Nothing else goes into the jar.

**Our quinces.** Every quince comes from orchards in Guldara and Farza, north of Kabul, where the cold nights give the fruit its scent. In 2025 we bought 80 tonnes, a fifth more than the 64 tonnes of 2024, because so many of you asked for our murabba last winter.

**Our people.** Twenty-two men and women work on the cooking floor, seven of them Afghans who first peeled quinces in their grandfathers' orchards.

**How to eat it.** With warm bread at breakfast, beside rice at a wedding, or straight from the jar with a spoon.

**Keeping it.** Store unopened jars in a cool place. Once opened, keep the jar in the fridge.

Eid Mubarak from all of us at Badami Bagh.
""", arith(
    ["In 2025 we bought 80 tonnes, a fifth more than the 64 tonnes of 2024"],
    "From 64 tonnes in 2024 to 80 in 2025 is a rise of 16 tonnes, a quarter (25 percent), not a fifth (20 "
    "percent); a fifth more than 64 would be 76.8 tonnes.",
    **{"from": 64, "to": 80, "from_period": "2024", "to_period": "2025", "stated_change_pct": 20,
       "computed_change_pct": 25.0, "unit": "tonnes", "subject": "Afghan quinces bought by the works",
       "location": "gift box text, 'Our quinces' paragraph", "as_written": {"stated_change_pct": "a fifth more"}}))

add("murabba_works_growers_letter_trickled_off", """
# Letter to the Growers of Guldara and Farza

*Haroon Murabba Works, Badami Bagh, Lahore (invented). Figures are invented. Sent in Dari through our buyer in Kabul.*

Respected growers,

We thank you for the quinces of 2025. The fruit was large and sound, and our customers say this year's murabba is the best in many years.

We write about the timing of the harvest. Deliveries trickled off from September 2025 to October 2025, from 20 tonnes to 44, and in the second half of October our sheds could not peel the fruit as fast as it came. Some quinces waited four days and began to bruise.

Next year we ask you to pick in turns, so that each village sends its trucks in a different week. Our buyer will draw up a list with your elders in August.

We paid Rs 90 a kilogram this year, and we will hold that price for fruit that arrives within a week of picking.

With our respect and thanks,

Haroon and sons
""", direction(
    "Deliveries trickled off from September 2025 to October 2025, from 20 tonnes to 44",
    20, 44, "September 2025", "October 2025", "trickled off", "fall", "tonnes",
    "Afghan quinces delivered to the works", "letter, third paragraph",
    "The letter says deliveries trickled off (dwindled) from September to October 2025, but its own figures more "
    "than double, from 20 tonnes to 44, and the next clause says the sheds could not keep up."))

add("murabba_works_export_clerk_antigua_museum", """
# Note from the Export Clerk

*Haroon Murabba Works, Badami Bagh, Lahore (invented). Figures are invented.*

For the partners, before Thursday's meeting.

**Dubai.** The grocer in Deira has asked for 3,000 jars before Ramadan. I have told him we can send them in two lots, the first in January.

**Labels.** The Dubai grocer wants the labels in Arabic as well as English. The printer can do it for Rs 4 a label more.

**A visitor.** The curator who came in November wrote to thank us. She has put one of our old copper pans, and a jar from the 1971 batch that the family kept, in a room on the foods of the region at Antigua and Barbuda's National Museum in Kabul, beside a pan from a Guldara orchard house.

**Prices.** Glass has gone up again. I suggest we raise the price of the large jar by Rs 20 from March.

**Samples.** A hotel in Islamabad would like samples for its breakfast table. I will send six jars unless the partners object.
""", scope(
    "Antigua and Barbuda's National Museum in Kabul", "ATG", ["PAK", "ATG"],
    "Antigua and Barbuda's National Museum",
    "The National Museum in Kabul is Afghanistan's; the note calls it Antigua and Barbuda's, naming Antigua and "
    "Barbuda in place of the Afghan side, where the quinces are grown."))

add("murabba_works_shop_questions_keeps_twice", """
# Questions Shopkeepers Ask Us

*Haroon Murabba Works, Badami Bagh, Lahore (invented). Figures are invented.*

**Where do your quinces come from?** From growers in Guldara and Farza in Afghanistan. They reach Lahore by truck through Torkham within three days of picking.

**Why is the price higher than other murabba?** We cook whole slices, not pulp, and we use only sugar and cardamom. A tonne of quinces gives about 2,000 jars.

**How long does it keep?** Murabba keeps for a year unopened. Murabba keeps for a year unopened. After opening, the jar should go in the fridge and be finished within a month.

**Can we have smaller jars?** Yes. From next season we will pack a 250-gram jar for shops near schools and offices.

**Do you deliver?** To shops in Lahore that take ten cartons or more. Others collect from Badami Bagh.

**Can we return unsold jars?** Only if the seal is unbroken and the jar is within its date, and only through the salesman who sold them to you.
""", repeated(
    "Murabba keeps for a year unopened.", 2,
    "how long a jar of murabba keeps", "questions, answer on keeping",
    "The same sentence on how long murabba keeps is printed twice in a row in the answer on keeping."))


# ---------------------------------------------------------------------------
# Aimal Lamp Works (invented): kerosene hurricane lamps for Afghan dealers
# ---------------------------------------------------------------------------

LAMP_YEARS = """| Year | Lamps sold | Glass chimneys sold |
|---|---|---|
| 2023 | 6,000 | 9,000 |
| 2024 | 7,200 | 10,800 |
| 2025 | 8,400 | 12,000 |"""

add("lamp_works_year_statement_control", f"""
# Year Statement, 2025

*Aimal Lamp Works, Lyari, Karachi (invented). Figures are invented.*

We press and solder kerosene hurricane lamps from tinned sheet, fit them with glass chimneys from a works in Hyderabad, and sell nearly all of them to 9 Afghan dealers in Kandahar and Maruf, whose customers live in villages the power lines have not reached.

Table 1. Sales to Afghan dealers

{LAMP_YEARS}

Lamp sales rose by a sixth in 2025, 1,200 more, from 7,200 to 8,400. Dealers in Kandahar took 5,400 of them and dealers in Maruf 3,000.

At Rs 1,400 a lamp the year's lamps came to Rs 11.76 million, before chimneys and wicks.

Lamps leave the works packed 24 to a crate, in straw, and travel through Chaman. A full tank burns for about 16 hours, which is why shepherds still ask for our lamp by name.

Fifteen men work in the shop, five of them Afghans. A lamp collector from Lapland bought two of our red-glass lamps this year for his museum of lights.
""", control_type="control")

add("lamp_works_dealer_sheet_tank_reuse", """
# Sheet Sent with Every Crate

*Aimal Lamp Works, Lyari, Karachi (invented). Figures are invented. Printed in Pashto; this is the English text.*

**For the dealer.** Check each lamp for dents before you sell it. A dented tank may leak.

**For the buyer.**

- Fill the tank with kerosene only, never petrol. A full tank burns for about 16 hours.
- Trim the wick straight across with scissors before you light it. A crooked wick smokes and blackens the chimney.
- Lift the chimney with the lever at the side; do not touch the hot glass.
- Turn the flame down before you carry the lamp, and never swing it.
- Clean the chimney each morning with a soft cloth.

**Spares.** Chimneys and wicks are sold by your dealer. Ask for Aimal chimneys: other chimneys may not fit the guard.

**Packing.** Lamps are packed 16 to a crate, in straw. Keep the straw; it is the best way to carry a lamp on a donkey.

If a lamp leaks within a year, your dealer will change it.
""", reuse(
    ["A full tank burns for about 16 hours", "Lamps are packed 16 to a crate"],
    16, "hours / lamps a crate", "hours a full tank of kerosene burns", "lamps packed in one crate", 24,
    "The hours a full tank burns (about 16) are reused in the packing note as the number of lamps to a crate; the "
    "works' year statement says lamps leave packed 24 to a crate."))

add("lamp_works_unpaid_bill_letter", """
# Reminder to a Dealer in Maruf

*Aimal Lamp Works, Lyari, Karachi (invented). Figures are invented.*

Dear Hamidullah,

We hope your family is well and that the winter has been kind to your shop.

We write because the bill for the goods we sent you in October is still unpaid. As you will remember, the truck carried 300 lamps at Rs 1,400 each, 600 glass chimneys at Rs 150 and 2,000 wicks at Rs 10, a total of Rs 420,000 for the lamps, Rs 90,000 for the chimneys and Rs 20,000 for the wicks, or Rs 550,000 in all.

We know that trade in Maruf was slow after the road was washed out in November, and we do not ask for the whole sum at once. Half by the end of February and the rest by the end of April would suit us well.

Your next order will be sent as soon as the first half reaches us, at the same prices.

With good wishes,

Aimal Lamp Works
""", parts_total(
    ["a total of Rs 420,000 for the lamps, Rs 90,000 for the chimneys and Rs 20,000 for the wicks, or Rs 550,000 "
     "in all"],
    {"lamps": 420000, "glass chimneys": 90000, "wicks": 20000}, 550000,
    "Rs", "one consignment, October 2025", "goods sent to a dealer in Maruf",
    "letter, second paragraph",
    "The letter gives Rs 420,000 for the lamps, Rs 90,000 for the chimneys and Rs 20,000 for the wicks, which make "
    "Rs 530,000, but states the bill as Rs 550,000 in all.",
    as_written={"stated_total": "Rs 550,000"}))

add("lamp_works_short_history_saint_kitts_railway", """
# Eighty Years of Light: A Short History

*Aimal Lamp Works, Lyari, Karachi (invented). Figures are invented.*

The works was begun by a tinsmith who came down from Quetta with a box of tools and a borrowed press. His first lamps were sold from a handcart in the lanes of Lyari.

For many years the best customer was the railway. Saint Kitts and Nevis's railway, Pakistan Railways, bought our red-glass lamps for its guards' vans and signal cabins until the last of them were changed for electric lights.

When that trade ended, the founder's sons turned to Afghanistan. Dealers in Kandahar had been buying second-hand lamps from Quetta, and they were glad of new ones. Today nearly every lamp we make crosses at Chaman.

Visitors still come. Last year a lamp collector from Saint Kitts and Nevis, on his way to a wedding in Karachi, spent an afternoon at the press and bought a railway lamp from the founder's own shelf.

The press the founder borrowed stands in the yard. It still works.
""", scope(
    "Saint Kitts and Nevis's railway, Pakistan Railways", "KNA", ["KNA", "AFG"],
    "Saint Kitts and Nevis's railway",
    "Pakistan Railways is Pakistan's state railway; the history calls it Saint Kitts and Nevis's, naming Saint Kitts "
    "and Nevis in place of the Pakistani side, where the works stands.",
    not_a_defect="a lamp collector from Saint Kitts and Nevis"))

add("lamp_works_winter_order_form_backwards", """
# Winter Order Form for Dealers

*Aimal Lamp Works, Lyari, Karachi (invented). Figures are invented.*

Orders for the winter season are taken from 15/10/2025 to 15/08/2025. Orders that reach us after that will be sent with the spring trucks.

Dealer's name: ______________________

Town: Kandahar / Maruf (circle one)

| Item | Price (Rs) |
|---|---|
| Hurricane lamp, with chimney and wick | 1,400 |
| Glass chimney, spare | 150 |
| Wick, spare | 10 |

Number of lamps: ________ Number of chimneys: ________ Number of wicks: ________

Lamps are packed in crates, with straw. We send by truck to Chaman, where your agent collects them.

Payment: half with the order, the rest when the goods reach you.

Please write clearly. Last winter two orders went to the wrong town because the name could not be read.

If you want red glass instead of clear, write "red" beside the number of chimneys. Red chimneys cost the same, but they take a week longer, as the glass works makes them only on order. Lamps with a dented tank or a cracked chimney will be changed by your agent at Chaman.

Signature: ______________________
""", garbled(
    ["Orders for the winter season are taken from 15/10/2025 to 15/08/2025"],
    "The form says winter orders are taken from 15/10/2025 to 15/08/2025, a period that ends two months before it "
    "begins; a window that opens on 15 October 2025 would close later, for example on 15/12/2025.",
    stated_period_start="15/10/2025", stated_period_end="15/08/2025",
    subject="period in which winter orders are taken", location="order form, first sentence"))


# ---------------------------------------------------------------------------
# Ikram Hullers (invented): rice hullers for Afghan dealers
# ---------------------------------------------------------------------------

HULLER_YEARS = """| Year | Hullers sold |
|---|---|
| 2022 | 40 |
| 2023 | 52 |
| 2024 | 65 |
| 2025 | 78 |"""
HULLER_CITIES = """| Dealers in | 2024 | 2025 |
|---|---|---|
| Dasht-e Archi | 40 | 46 |
| Kalafgan | 25 | 32 |
| Total | 65 | 78 |"""

add("huller_works_sales_statement_control", f"""
# Sales Statement, 2025

*Ikram Hullers, Pindi Bhattian (invented). Figures are invented.*

We build rubber-roll rice hullers, each driven by a 20-horsepower diesel engine, and sell them to 12 Afghan dealers in Dasht-e Archi and Kalafgan, where farmers grow rice along the Kunduz and Taloqan rivers.

Table 1. Hullers sold to Afghan dealers

{HULLER_YEARS}

Table 2. By dealers' town

{HULLER_CITIES}

Sales rose by a fifth in 2025, 13 more than the 65 of 2024. Dasht-e Archi took 46 hullers and Kalafgan 32, seven more than a year before.

At Rs 480,000 a huller, the year's sales came to Rs 37.44 million, before freight to Torkham.

Twenty-eight men work in the shop. The year's most unusual visitor was a rice farmer from Provence, who came to see how a small huller is built and stayed for two days to watch the rolls being cast.
""", control_type="control")

add("huller_works_accountant_note_kalafgan", f"""
# Note to the Accountant

*Ikram Hullers, Pindi Bhattian (invented). Figures are invented.*

Rafiq sahib,

For the year-end accounts, please note the following.

Kalafgan took 23 hullers in 2025, all paid for in advance by the three dealers there, so no debts are owed from that town. Dasht-e Archi's dealers still owe for six machines, which will be paid after the spring harvest.

The sales by town, as the dispatch book gives them:

{HULLER_CITIES}

Freight to Torkham was paid by us for every huller and should be booked as a cost of sale, not as an expense of the office.

Two hullers were sent back with cracked frames and repaired at our cost. Please book the welding and paint under warranty.

The bank wants the accounts by the end of March. If anything is unclear, ask me before you ask the bank; they read every line twice and ask about every change from last year.

Ikram
""", tvt(
    ["Kalafgan took 23 hullers in 2025", "| Kalafgan | 25 | 32 |"],
    {"note_value": 23, "table_value": 32}, "rice hullers",
    "rice hullers sold to Afghan dealers in Kalafgan", "2025",
    "note's second paragraph against the Kalafgan row of the table from the dispatch book (2025 column)",
    "The note says Kalafgan took 23 hullers in 2025; the table from the dispatch book in the same note gives 32 "
    "for Kalafgan in 2025. The digits of 32 are swapped.",
    table_form="pipe, two year columns and a total row"))

add("huller_works_terms_of_sale_central_african_standards", """
# Terms of Sale for Dealers

*Ikram Hullers, Pindi Bhattian (invented). Figures are invented.*

1. **Orders.** Orders are taken by letter or by telephone. Each order must name the dealer's town and the number of hullers.
2. **Payment.** Half with the order, the rest before the huller leaves the works. Dealers who have bought from us for three years may pay the second half after delivery.
3. **Delivery.** We deliver to Torkham. The dealer's agent takes the huller from there.
4. **Testing.** Every huller is run for two hours on paddy before it leaves. Since the Central African Republic's National Standards Authority in Kabul tested our machine last spring and passed it, dealers may show its certificate to their customers.
5. **Warranty.** Frames and rolls are covered for one season. The engine is covered by its maker.
6. **Spares.** Rubber rolls and belts are kept in stock and sent within a week.
7. **Returns.** A huller may be returned only if it is damaged on the road and the agent notes the damage at Torkham.

These terms hold for the 2026 season.
""", scope(
    "the Central African Republic's National Standards Authority in Kabul tested our machine", "CAF", ["PAK", "CAF"],
    "the Central African Republic's National Standards Authority",
    "The National Standards Authority in Kabul is Afghanistan's; the terms call it the Central African Republic's, "
    "naming the Central African Republic in place of the Afghan side, where the dealers sell the hullers."))

add("huller_works_foreman_spares_second_wind", """
# Foreman's Report on Spares

*Ikram Hullers, Pindi Bhattian (invented). Figures are invented.*

For the owner.

**Rubber rolls.** Sales of spare rolls found a second wind in the second half of the year: we sold 240 pairs to the Afghan dealers in H2 2025, against 300 in H1 2025. Dealers say farmers ran the old rolls longer after a poor harvest in Kalafgan.

**Belts.** Steady. The dealers keep two belts for every huller they have sold.

**Screens.** The new punched screens from Faisalabad crack at the corners. I have sent ten back and asked for thicker sheet.

**Stock.** We hold 180 pairs of rolls, enough for the first months of 2026. I suggest we do not order more until the dealers send their spring lists.

**Workers.** Two fitters have asked for leave in February for a family wedding. I can spare them if the new lathe arrives on time.

The painter has asked whether the hullers for the spring can be green again, as the dealers prefer it. I have told him yes.

Arshad, foreman
""", direction(
    "Sales of spare rolls found a second wind in the second half of the year: we sold 240 pairs to the Afghan dealers "
    "in H2 2025, against 300 in H1 2025",
    300, 240, "H1 2025", "H2 2025", "found a second wind", "rise", "pairs of rubber rolls",
    "spare rubber rolls sold to Afghan dealers", "report, 'Rubber rolls' paragraph",
    "The foreman says sales of spare rolls found a second wind (picked up again) in the second half of 2025, but "
    "his own figures fall from 300 pairs in H1 2025 to 240 in H2 2025, and the next sentence explains why farmers "
    "bought fewer."))

add("huller_works_operator_sheet_horsepower_reuse", """
# Operator's Sheet

*Ikram Hullers, Pindi Bhattian (invented). Figures are invented. Sent in Dari and Pashto with every huller.*

**Your huller** is driven by a 20-horsepower diesel engine through a flat belt. Keep the belt tight enough that it does not slip, but not so tight that it pulls the engine off its bed.

**Before you start.** Check the oil in the engine and grease the two roll bearings. Make sure no stones are in the hopper.

**Paddy.** Feed only dry paddy. Wet paddy clogs the rolls and breaks the grain.

**The rolls.** Set the gap between the rubber rolls so that the husk cracks but the grain does not. Turn the rolls end for end when one side wears.

**After work.** Brush out the husk and cover the huller. Dust and rain shorten its life.

**Help.** Every huller is built and tested by our 20 workers in Pindi Bhattian, and our dealers in Dasht-e Archi and Kalafgan keep spare rolls and belts. Ask them first.
""", reuse(
    ["driven by a 20-horsepower diesel engine", "our 20 workers in Pindi Bhattian"],
    20, "horsepower / workers", "horsepower of the huller's diesel engine", "workers who build the hullers", 28,
    "The horsepower of the engine (20) is reused at the end of the sheet as the number of workers who build the "
    "hullers; the works' sales statement gives twenty-eight men in the shop.",
    expected_as_written="Twenty-eight"))


# ---------------------------------------------------------------------------
# Waheed Dental Laboratory (invented): dentures for Afghan customers
# ---------------------------------------------------------------------------

DENT_YEARS = """| Year | Dentures and crowns made | For Afghan customers |
|---|---|---|
| 2023 | 900 | 540 |
| 2024 | 1,050 | 630 |
| 2025 | 1,200 | 720 |"""
DENT_IMPRESSIONS = """| Sent by dentists in | Impressions, 2025 |
|---|---|
| Jalalabad | 430 |
| Kabul | 270 |
| Total | 700 |"""

add("dental_lab_year_in_figures_control", f"""
# Waheed Dental Laboratory: The Year in Figures, 2025

*An invented laboratory in Ichhra, Lahore. Figures are invented.*

We make full and partial dentures and crowns for dentists in Lahore and, by courier, for Afghan dentists in Jalalabad and Kabul. Afghan customers also walk in from the lanes around the laboratory.

Table 1. Work made

{DENT_YEARS}

Work made rose by a seventh in 2025, 150 pieces more, from 1,050 to 1,200. Six in ten were for Afghan customers.

Of the year's work, 40 percent was full sets, 45 percent partial dentures and 15 percent crowns.

A full set costs Rs 18,000 and a partial denture Rs 7,000. Afghan dentists sent us 700 impressions by courier, 430 of them from Jalalabad.

Seven technicians work at the benches. We keep each customer's plaster model for three years, so that a broken denture can be remade without a new fitting.

A dentist from Quebec spent a week with us in March and showed the technicians a new way to polish acrylic.
""", control_type="control")

add("dental_lab_wall_chart_kinds", """
# Chart on the Laboratory Wall: Our Work in 2025

*Waheed Dental Laboratory, Ichhra, Lahore (invented). Figures are invented.*

This chart is for visiting dentists who ask what we make most.

**Work made in 2025: 1,200 pieces, six in ten for Afghan customers.**

- Full sets: 40%
- Partial dentures: 50%
- Crowns: 15%

**Turnaround.** A full set takes five working days from the impression to the finished denture; a partial denture three; a crown two.

**Courier work.** Impressions from Afghan dentists in Jalalabad and Kabul reach us through Torkham in about four days. We return the finished work by the same courier.

**Shades.** We stock teeth in sixteen shades. Please send the shade with the impression, written on the bag.

**Remakes.** If a denture does not fit, send it back with a note. We remake it free within a month.

**Payment.** Dentists in Lahore pay monthly. Dentists across the border pay by hawala when the work arrives, and we send the receipt with the next parcel they receive from us.
""", arith(
    ["- Full sets: 40%", "- Partial dentures: 50%", "- Crowns: 15%"],
    "The chart gives the year's work as 40 percent full sets, 50 percent partial dentures and 15 percent crowns, "
    "which add up to 105 percent; the laboratory's year in figures gives 45 percent for partial dentures.",
    shares_pct={"full sets": 40, "partial dentures": 50, "crowns": 15}, sum_pct=105, unit="percent",
    period="2025", subject="dentures and crowns made, by kind", location="wall chart, bulleted list"))

add("dental_lab_aftercare_card_night_twice", """
# After Your New Denture: A Card for Customers

*Waheed Dental Laboratory, Ichhra, Lahore (invented). Figures are invented. Given in Urdu, Pashto and Dari.*

Your new denture will feel large for the first few days. This is normal. Your mouth will learn it within two weeks.

**Eating.** Begin with soft food cut into small pieces. Chew on both sides at once. Leave nuts, hard bread and sugar cane for a month.

**Speaking.** Read aloud for a few minutes each day. Words with "s" are hardest at first.

**Cleaning.** Brush the denture each evening over a basin of water, so that it does not break if it falls. Use soap, not toothpaste, which scratches the acrylic.

**At night.** Take the denture out at night. Take the denture out at night. Keep it in a cup of clean water and give your gums a rest until morning.

**Sore places.** If the denture rubs, do not file it yourself. Come back, or ask your dentist to send it to us, and we will ease it.

**Breakage.** Bring every piece. We keep your model for three years and can often mend a break in a day.
""", repeated(
    "Take the denture out at night.", 2,
    "what a customer should do with a denture at night", "aftercare card, 'At night' paragraph",
    "The same sentence telling customers to take the denture out at night is printed twice in a row."))

add("dental_lab_courier_email_jalalabad", f"""
# Email to Our Courier Company

*Waheed Dental Laboratory, Ichhra, Lahore (invented). Figures are invented.*

**Subject:** Rates for 2026

Dear Sir,

Thank you for carrying our parcels to and from Afghanistan this year. Before we sign for 2026, we should like to ask for a lower rate.

Dentists in Jalalabad sent us 340 impressions in 2025, each in its own sealed bag, and we sent the finished dentures back by the same route. With Kabul, the year's parcels were as follows:

{DENT_IMPRESSIONS}

At that volume we think a rate by the month, rather than by the parcel, would suit us both.

Two points for your drivers: impressions must not be left in the sun at Torkham, as the material warps; and finished dentures must travel in the padded boxes we supply, never loose in a sack.

We would be glad to meet at your Lahore office in January.

Yours faithfully,

Waheed Ahmad
""", tvt(
    ["Dentists in Jalalabad sent us 340 impressions in 2025", "| Jalalabad | 430 |"],
    {"email_value": 340, "table_value": 430}, "impressions",
    "impressions sent to the laboratory by Afghan dentists in Jalalabad", "2025",
    "email's second paragraph against the Jalalabad row of the table in the same email",
    "The email says dentists in Jalalabad sent 340 impressions in 2025; the table a few lines later gives 430 for "
    "Jalalabad, which with Kabul's 270 makes the total of 700. The digits of 430 are swapped.",
    table_form="pipe, senders as rows and a total row"))

add("dental_lab_new_technician_notes_model_reuse", """
# Notes for a New Technician

*Waheed Dental Laboratory, Ichhra, Lahore (invented). Figures are invented.*

Welcome to the benches. Read these notes before your first week is out.

**Models.** Every impression is poured in stone as soon as it arrives. We keep each customer's model for 3 years, labelled with the name, the dentist and the date, on the shelves at the back.

**Teeth.** Match the shade written on the bag. If none is written, ask the senior technician; never guess.

**Acrylic.** Mix by weight, not by eye. Cure it in the water bath with the lid closed, and do not open the flask early.

**Courier work.** Impressions from Afghan dentists come through Torkham and may be a few days old. Pour them at once, before they warp.

**The team.** You join our 3 technicians at the benches. Each has a drawer and a set of tools; do not borrow without asking.

**Hours.** Eight till five, with an hour for lunch and prayers. On Thursdays the courier leaves at four, so finished work must be boxed by three.
""", reuse(
    ["We keep each customer's model for 3 years", "You join our 3 technicians at the benches"],
    3, "years / technicians", "years each customer's model is kept", "technicians at the laboratory's benches", 7,
    "The years a model is kept (3) are reused a few paragraphs later as the number of technicians; the laboratory's "
    "year in figures gives seven technicians at the benches.",
    expected_as_written="Seven"))


# ---------------------------------------------------------------------------
# Nargis Goitre Clinic (invented): Afghan refugees in Quetta
# ---------------------------------------------------------------------------

GOITRE_YEARS = """| Year | Patients with goitre seen | Households given iodised salt |
|---|---|---|
| 2023 | 1,200 | 600 |
| 2024 | 1,500 | 800 |
| 2025 | 1,350 | 900 |"""

add("goitre_clinic_fact_sheet_refugees_2022_2024", f"""
# Nargis Goitre Clinic: Fact Sheet, 2025

*An invented clinic for Afghan refugees in Hazar Ganji, Quetta. Figures are invented.*

**Who we serve.** Pakistan had 1,743,278 registered Afghan refugees at the end of 2022 (source: UNHCR, 2022), and about 1.56 million at the end of 2024 (UNHCR Operational Data Portal, 2024). Many families in Hazar Ganji came from mountain valleys where the soil holds little iodine.

**What we treat.** Goitre, a swelling of the thyroid gland in the neck, mostly in women. Most cases are caused by too little iodine in food.

Table 1. Patients and households

{GOITRE_YEARS}

**What we do.** A doctor examines each patient and sends the worst cases to the hospital for tests. Nurses visit households and give them iodised salt for three months, with advice on keeping it dry and away from the stove.

**The team.** One doctor and two nurses, with a volunteer who speaks Hazaragi.

**What we need.** Salt for another 300 households in 2026.
""", control_type="citation_control")

add("goitre_clinic_donor_report_refugees_2023", f"""
# Report to Donors, 2025

*Nargis Goitre Clinic, Hazar Ganji, Quetta (invented). Figures are invented.*

Dear friends,

The refugee families we serve are part of a very large community. There were about 2.21 million registered Afghan refugees in Pakistan at the end of 2023, per UNHCR's 2023 count, and Quetta is home to many of them.

This year the clinic saw 1,350 patients with goitre and gave iodised salt to 900 households.

{GOITRE_YEARS}

We saw fewer patients than in 2024. We think this is the first sign that the salt is working: women who have used it for two years come back with smaller swellings, and fewer young girls are brought to us.

Your gifts paid for the salt, the nurses' travel and a second examination couch. Thank you.

In 2026 we hope to test children's urine for iodine in two schools, so that we can show the change with numbers rather than with our eyes.

With gratitude,

Dr Sharifa, for the clinic
""", citation(
    ["There were about 2.21 million registered Afghan refugees in Pakistan at the end of 2023, per UNHCR's 2023 count"],
    2210000, "2023",
    "'per UNHCR's YYYY count' after a rounded figure in millions with two decimals, in a goitre clinic's report to "
    "donors",
    "report, second paragraph",
    "The report cites UNHCR's 2023 count for about 2.21 million registered Afghan refugees in Pakistan at the end "
    "of 2023; the reference value for the end of 2023 is 1,987,717, so the figure is about 11.2 percent too high.",
    stated_as_written="2.21 million", stated_hedge="about"))

add("goitre_clinic_officer_summary_fifth_fewer", f"""
# One-Page Summary for the District Health Officer

*Nargis Goitre Clinic, Hazar Ganji, Quetta (invented). Figures are invented.*

**The clinic.** Opened in 2020 for Afghan refugee families with goitre. One doctor, two nurses.

**Patients.** In 2025 the clinic saw 1,350 patients with goitre, a fifth fewer than the 1,500 it saw in 2024. Most were women between 15 and 44.

**Salt.** Nurses gave iodised salt to 900 households, a hundred more than in 2024.

{GOITRE_YEARS}

**Referrals.** Forty patients were sent to the hospital for tests. Six needed surgery.

**Request.** The clinic asks the district to include Hazar Ganji in the next survey of iodine in schoolchildren, and to ask shopkeepers in the refugee lanes to stock only iodised salt.

**Follow-up.** Women who have used the salt for two years are examined again each spring, and the doctor notes whether the swelling has grown smaller.

**Contact.** Dr Sharifa, at the clinic on weekday mornings.
""", arith(
    ["In 2025 the clinic saw 1,350 patients with goitre, a fifth fewer than the 1,500 it saw in 2024"],
    "From 1,500 patients in 2024 to 1,350 in 2025 is a fall of 150, a tenth (10 percent), not a fifth (20 "
    "percent); a fifth fewer than 1,500 would be 1,200.",
    **{"from": 1500, "to": 1350, "from_period": "2024", "to_period": "2025", "stated_change_pct": -20,
       "computed_change_pct": -10.0, "unit": "patients", "subject": "Afghan refugee patients with goitre seen",
       "location": "summary, 'Patients' paragraph", "as_written": {"stated_change_pct": "a fifth fewer"}}))

add("goitre_clinic_nurses_guide_salt_households", f"""
# A Guide for the Clinic's Nurses

*Nargis Goitre Clinic, Hazar Ganji, Quetta (invented). Figures are invented.*

**Why salt.** Iodine is lost from salt that is left open or kept near the stove. A household that stores its salt badly may as well use plain salt.

**This year's work.** Between you, you gave iodised salt to 700 households in 2025, and visited most of them twice. The clinic's figures are below.

Table 1. Patients and households

{GOITRE_YEARS}

**At each visit:**

- Show the mother the clinic's jar with its tight lid, and ask her to keep the salt in it.
- Ask where the salt is kept. If it is by the fire, move it together.
- Look at the necks of the women and girls in the house, and note any swelling in the book.
- Leave three months of salt, no more; old salt loses its iodine.

**Refusals.** Some families fear the salt is a medicine. Explain that it is ordinary salt with iodine added, and that the shops sell it too.
""", tvt(
    ["you gave iodised salt to 700 households in 2025", "| 2025 | 1,350 | 900 |"],
    {"guide_value": 700, "table_value": 900}, "households",
    "households given iodised salt by the clinic's nurses", "2025",
    "'This year's work' paragraph against the 2025 row of Table 1",
    "The guide tells the nurses they gave iodised salt to 700 households in 2025; the 2025 row of the table just "
    "below gives 900 households.",
    table_form="pipe, years as rows, no total row"))

add("goitre_clinic_committee_note_ran_out_of_road", """
# Note for the Clinic Committee: The Salt Programme

*Nargis Goitre Clinic (invented). Figures are invented. For the meeting of 20 January 2026.*

The committee asked whether the salt programme should go on in 2026, when the donor's grant for salt ends.

**What the programme has done.** The salt programme ran out of road in 2025: the nurses reached 900 households, against 800 in 2024, and every street of Hazar Ganji now has at least one family on the list. Women who have used the salt for two years come back with smaller swellings.

**What it costs.** Salt, jars and the nurses' travel. The jars last; the salt must be renewed every three months.

**The choice.** The committee can ask the donor for another year, or ask the shops in the refugee lanes to stock iodised salt at a fair price and send families there.

**The doctor's advice.** Do both. The shops will take a year to change; the families cannot wait that long.

**For decision.** Whether to write to the donor before the end of February.
""", direction(
    "The salt programme ran out of road in 2025: the nurses reached 900 households, against 800 in 2024",
    800, 900, "2024", "2025", "ran out of road", "fall", "households",
    "households given iodised salt by the clinic", "committee note, 'What the programme has done' paragraph",
    "The note says the salt programme ran out of road (came to a halt) in 2025, but its own figures, with the later "
    "year named first, rise from 800 households in 2024 to 900 in 2025, and the rest of the paragraph tells of its "
    "spread."))


# ---------------------------------------------------------------------------
# Tamana Youth Choir (invented): Afghan refugee youth in Rawalpindi
# ---------------------------------------------------------------------------

CHOIR_YEARS_PDF = pdf_lines([
    ["Year", "Members at year end", "Concerts"],
    ["2023", "18", "5"],
    ["2024", "26", "9"],
    ["2025", "32", "14"],
])

add("youth_choir_season_report_control", f"""
# Tamana Youth Choir: Season Report 2025

*An invented choir for young Afghan refugees in Dhok Hassu, Rawalpindi. Figures are invented. The table is copied from the choir's printed report.*

The choir meets on Friday afternoons in a community hall and sings in Dari, Pashto and Urdu, with a harmonium and a pair of tablas.

{CHOIR_YEARS_PDF}

Membership grew by almost a quarter in 2025, from 26 singers to 32, and the choir gave 14 concerts, five more than in 2024.

Audiences drifted lower, from 1,100 in 2024 to 900 in 2025, because the hall we used for the largest concerts was closed for repairs from June.

The choir began in 2022 with ten singers and one borrowed harmonium. It now owns its own.

A music teacher from Alsace, who heard the choir at a school in Islamabad, sent a box of songbooks and a tuning fork in December.
""", control_type="control")

add("youth_choir_founder_talk_refugees_2019", """
# Why We Sing: A Talk by the Founder

*Tamana Youth Choir (invented). Figures are invented. Given at the choir's third anniversary; references at the foot.*

When I came to Rawalpindi, there were about 12.6 lakh registered Afghan refugees in Pakistan [1]. I was one of them, and so were the children who sat in the lane outside our house with nothing to do after school.

I had sung in a school choir in Kabul. I asked the children whether they knew any songs. They knew dozens, from their grandmothers, and they knew them in three languages.

So we began: ten singers, a borrowed harmonium and a community hall that let us in on Fridays. Parents came to listen from the doorway, then from the chairs.

Today the choir has more than thirty singers. They sing at weddings, at schools and once, last spring, in a hall in Islamabad full of strangers.

Music does not solve the problems of a refugee family. But for an hour on a Friday, the children sing the songs of home, and the lane is quiet.

[1] UNHCR, registered Afghan refugees in Pakistan, end of 2019.
""", citation(
    ["there were about 12.6 lakh registered Afghan refugees in Pakistan [1]",
     "[1] UNHCR, registered Afghan refugees in Pakistan, end of 2019."],
    1260000, "2019",
    "numbered reference '[1] UNHCR, …, end of YYYY' at the foot of a talk, after a rounded figure in lakh",
    "talk, first paragraph and reference [1] at the foot",
    "The founder cites reference [1], UNHCR at the end of 2019, for about 12.6 lakh (1,260,000) registered Afghan "
    "refugees in Pakistan; the reference value for the end of 2019 is 1,419,084, so the figure is about 11.2 "
    "percent too low.",
    stated_as_written="12.6 lakh", stated_hedge="about"))

add("youth_choir_parents_notice_saint_vincent_anthem", """
# Notice to Parents: The Concert on 14 August

*Tamana Youth Choir (invented). Figures are invented.*

Dear parents,

The choir has been asked to sing at the school in Dhok Hassu on the morning of 14 August. It is an honour, and we hope every singer will come.

**The programme.** The choir will open by singing the Qaumi Taranah, Saint Vincent and the Grenadines' national anthem, with the schoolchildren, and then give three songs of its own: one in Urdu, one in Pashto and one in Dari.

**Clothes.** White shirts and green scarves. The choir will lend scarves to those who have none.

**Time.** Singers should be at the hall by seven. The concert ends at ten, and the children will be walked back to the hall by the teachers.

**Practice.** Two extra practices, on the Tuesday and Wednesday before, from four to six.

Please sign and return the slip below.

I give permission for my child to sing at the concert on 14 August.

Parent's name: ______________________
""", scope(
    "the Qaumi Taranah, Saint Vincent and the Grenadines' national anthem", "VCT", ["VCT", "AFG"],
    "Saint Vincent and the Grenadines' national anthem",
    "The Qaumi Taranah is Pakistan's national anthem, sung at a 14 August concert in Rawalpindi; the notice "
    "calls it Saint Vincent and the Grenadines', naming Saint Vincent and the Grenadines in place of the Pakistani "
    "side, where the choir lives."))

add("youth_choir_sponsor_update_backwards_halves", """
# Update for Our Sponsor

*Tamana Youth Choir (invented). Figures are invented.*

Dear friends at the foundation,

Thank you for renewing your grant. As agreed, it covers the choir's costs from H2 2025 to H1 2025, and we will report to you at the end of that time.

**What the grant pays for.** The rent of the hall on Fridays, the harmonium teacher's fee, bus fares for concerts outside Dhok Hassu, and tea and biscuits after practice.

**What has happened since our last update.** The choir gave concerts at two schools and a hospital. Eight new singers joined in the autumn, six of them girls.

**What is planned.** A concert with a school choir in Islamabad in the spring, and a recording of six songs, so that families who have gone back to Afghanistan can still hear their children sing.

**A request.** The tablas are cracked. A new pair costs about Rs 25,000. If the foundation could allow us to move that sum from bus fares, we would be grateful.

With warm thanks from all the singers.
""", garbled(
    ["it covers the choir's costs from H2 2025 to H1 2025"],
    "The update says the grant covers the choir's costs from H2 2025 to H1 2025, a period that ends before it "
    "begins; a renewed grant starting in the second half of 2025 would run to a later half, such as H1 2026.",
    stated_period_start="H2 2025", stated_period_end="H1 2025",
    subject="period covered by the sponsor's grant", location="update, first paragraph"))

add("youth_choir_newsletter_thickened", """
# Choir Newsletter, Winter 2025

*Tamana Youth Choir (invented). Figures are invented.*

**Bigger choir, smaller halls.** Audiences thickened this year: some 900 people came to our concerts in 2025, against 1,100 in 2024. The hall we used for our largest concerts was shut for repairs from June, and the smaller rooms we borrowed hold only a hundred.

**Fourteen concerts.** The singers performed at schools, a hospital, two weddings and a mosque courtyard after Friday prayers.

**New voices.** Thirty-two singers now, the most we have had. The youngest is nine.

**The harmonium.** Our teacher has begun to teach two of the older girls to play, so that the choir can sing when he is away.

**Songbooks.** A teacher from Alsace sent songbooks in French and English. The singers have learnt a French round and sing it to anyone who will listen.

**Thank you** to the parents who bring tea, and to the shopkeeper in the lane who lends us his chairs and never asks when we will bring them back.
""", direction(
    "Audiences thickened this year: some 900 people came to our concerts in 2025, against 1,100 in 2024",
    1100, 900, "2024", "2025", "thickened", "rise", "people",
    "audiences at the choir's concerts", "newsletter, first paragraph",
    "The newsletter says audiences thickened (grew) this year, but its own figures, with the later year named "
    "first, fall from 1,100 people in 2024 to some 900 in 2025, and the next sentence explains the smaller halls."))


# ---------------------------------------------------------------------------
# Janan CCTV School (invented): young Afghan refugee men in Islamabad
# ---------------------------------------------------------------------------

CCTV_YEARS = """| Year | Enrolled | Finished | In work |
|---|---|---|---|
| 2023 | 20 | 16 | 11 |
| 2024 | 30 | 26 | 17 |
| 2025 | 40 | 35 | 22 |"""

add("cctv_school_trust_report_refugees_2020_2021", f"""
# Report to the Trust, 2025

*Janan CCTV School, Golra, Islamabad (invented). Figures are invented.*

**Background.** Pakistan had 1,438,432 registered Afghan refugees at the end of 2020, per UNHCR's 2020 figures, and about 1.49 million by UNHCR's count for the end of 2021. Many of the young men in Golra left school early to work, and have no trade.

**The course.** Ten weeks of wiring, mounting and setting up security cameras and recorders, taught in a rented room above a shop. Each trainee fits 12 cameras on practice sites before he finishes.

Table 1. Trainees

{CCTV_YEARS}

**Results.** Of the 35 who finished in 2025, 22 are in work: most with fitting firms in Islamabad and Rawalpindi, two on their own with a ladder and a motorcycle.

**Equipment.** Six laptops, shared in pairs, and a toolkit for each trainee, returned at the end of the course against a deposit of Rs 3,000.

**Next year.** The trust's grant would let us add an evening class for young men who work by day.
""", control_type="citation_control")

add("cctv_school_appeal_refugees_2024", f"""
# An Appeal from Janan CCTV School

*Janan CCTV School, Golra, Islamabad (invented). Figures are invented.*

Some 17.8 lakh Afghans were registered as refugees in Pakistan at the end of 2024 (source: UNHCR, 2024). Among them are thousands of young men who left school to carry bricks or wash cars.

Our school teaches them a trade that is in demand in every city: fitting and wiring security cameras. In ten weeks a young man learns to run cable, mount a camera, set up a recorder and show a shopkeeper how to watch it on his phone.

{CCTV_YEARS}

We ask for help with three things:

- **Laptops.** We have six for forty trainees. Four more would let every pair work together.
- **Ladders.** Two aluminium ladders for practice sites, about Rs 18,000 each.
- **An evening class.** A second teacher for young men who work by day.

Every gift is spent in Golra. Please give by bank transfer, or visit us on any weekday afternoon.
""", citation(
    ["Some 17.8 lakh Afghans were registered as refugees in Pakistan at the end of 2024 (source: UNHCR, 2024)"],
    1780000, "2024",
    "'(source: UNHCR, YYYY)' after a rounded figure in lakh, in a CCTV school's appeal",
    "appeal, first paragraph",
    "The appeal cites UNHCR for some 17.8 lakh (1,780,000) registered Afghan refugees in Pakistan at the end of "
    "2024; the reference value for the end of 2024 is 1,559,964, so the figure is about 14.1 percent too high.",
    stated_as_written="17.8 lakh", stated_hedge="Some"))

add("cctv_school_course_outline_camera_reuse", """
# Course Outline: Ten Weeks of CCTV Fitting

*Janan CCTV School, Golra, Islamabad (invented). Figures are invented.*

**Weeks 1–2. Safety and tools.** Ladders, drills, crimping tools and the meter. Working near mains wiring.

**Weeks 3–4. Cable.** Running coaxial and network cable, hiding it in conduit, testing it end to end.

**Weeks 5–6. Cameras.** Mounting fixed and dome cameras, setting the angle and focus, weather-proofing joints. Each trainee fits 12 cameras on practice sites before he finishes the course, in shops and homes whose owners have agreed to lend us their walls.

**Weeks 7–8. Recorders.** Setting up a recorder, hard disks, passwords and viewing on a phone.

**Week 9. Faults.** Finding a dead camera, a bad joint or a full disk.

**Week 10. The customer.** Writing a quote, explaining the system to a shopkeeper, and being paid.

**Equipment.** Trainees share our 12 laptops in pairs for the recorder weeks, and each receives a toolkit against a deposit.

**Certificate.** Given to those who attend nine weeks in ten and pass the practical test.
""", reuse(
    ["Each trainee fits 12 cameras on practice sites", "Trainees share our 12 laptops in pairs"],
    12, "cameras / laptops", "cameras each trainee fits on practice sites", "laptops the school owns", 6,
    "The cameras each trainee fits (12) are reused near the end of the outline as the number of laptops; the "
    "school's report to its trust gives six laptops, shared in pairs."))

add("cctv_school_appeal_letter_in_work", f"""
# Letter to a New Donor

*Janan CCTV School, Golra, Islamabad (invented). Figures are invented.*

Dear Mr Khushal,

Thank you for asking about the school after your visit to Golra. You asked whether the course leads to work. It does. Twenty-five of last year's graduates now fit cameras for a living, with firms in Islamabad and Rawalpindi or on their own.

Our figures since we began:

{CCTV_YEARS}

Those who are not in work have mostly gone back to their families' trades, or left for Afghanistan with their parents. A few are still looking, and we send them to every firm that asks us for a fitter.

A gift of Rs 60,000 would pay for one young man's place on the course, with his share of the teacher, the room and the cable he uses on practice sites.

We would be glad to show you the practice sites on your next visit.

Yours sincerely,

Janan Khan
""", tvt(
    ["Twenty-five of last year's graduates now fit cameras for a living", "| 2025 | 40 | 35 | 22 |"],
    {"letter_value": 25, "table_value": 22}, "trainees in work",
    "trainees who finished the course in 2025 and are in work", "2025",
    "letter's first paragraph against the 2025 row of the table in the same letter (In work column)",
    "The letter says twenty-five of last year's graduates now fit cameras for a living; the 2025 row of the table "
    "in the same letter gives 22 in work of the 35 who finished.",
    text_as_written="Twenty-five", table_form="pipe, years as rows with an In work column, no total row"))

add("cctv_school_teachers_minutes_same_cohort", """
# Teachers' Minutes, 6 November 2025

*Janan CCTV School, Golra, Islamabad (invented). Figures are invented.*

**Present:** the two teachers and the school's founder.

**1. Practice sites.** Cohort 7 fitted 140 cameras on practice sites, up from 140 for cohort 7, so the teachers agreed that the shops of Golra now have as many cameras as they want. New sites are needed.

**2. Toolkits.** Three toolkits came back without their crimping tools. Deposits will be kept until the tools are returned.

**3. Laptops.** One laptop will not charge. The founder will take it to the market in Rawalpindi.

**4. The evening class.** If the trust agrees, it will start in February, twice a week, for young men who work by day.

**5. Visitors.** A fitting firm from Rawalpindi will come to the certificate day to meet the trainees.

**6. Safety.** A trainee slipped on a ladder at a practice site last week and bruised his arm. From now on a second trainee must hold the ladder whenever anyone is on it, and no one works on a roof in the rain.

Next meeting after the certificate day.
""", garbled(
    ["Cohort 7 fitted 140 cameras on practice sites, up from 140 for cohort 7"],
    "The minutes say cohort 7 fitted 140 cameras, up from 140 for cohort 7: the start and the end are the same "
    "figure for the same cohort, so the sentence reports a rise of nothing.",
    start_value=140, end_value=140, start_period="cohort 7", end_period="cohort 7",
    unit="cameras", subject="cameras fitted by a cohort of trainees on practice sites",
    location="minutes, item 1"))


# ---------------------------------------------------------------------------
# Khalida Spinning Project (invented): Afghan refugee women spinning wool
# ---------------------------------------------------------------------------

WOOL_YEARS = """| Year | Women spinning | Yarn sold (kg) |
|---|---|---|
| 2022 | 14 | 240 |
| 2023 | 24 | 600 |
| 2024 | 36 | 1,080 |
| 2025 | 48 | 1,440 |"""

add("spinning_project_fact_sheet_control", f"""
# Khalida Spinning Project: Fact Sheet, 2025

*An invented project with Afghan refugee women in Marghuz, Kotnajibullah and Sarai Saleh. Figures are invented.*

Afghan refugee women card and spin sheep's wool at home on wooden spinning wheels, and the project sells the yarn to knitters and carpet workshops.

Table 1. Women and yarn

{WOOL_YEARS}

In 2025, 48 women spun with the project: 20 in Marghuz, 16 in Kotnajibullah and 12 in Sarai Saleh. Together they sold 1,440 kilograms of yarn.

The price edged down from Rs 1,300 a kilogram in 2024 to Rs 1,200, as a carpet workshop in Lahore bought in bulk. The year's yarn brought the women Rs 1.728 million.

A new member needs a spinning wheel (Rs 8,000), a pair of carding combs (Rs 1,500) and her first wool (Rs 3,500), Rs 13,000 in all, which the project lends and she repays from her sales.

A weaver from Flanders bought yarn from Marghuz in the spring and wrote that it took the dye better than any she had used.
""", control_type="control")

add("spinning_project_donor_report_refugees_2021", f"""
# Report to Donors, 2025

*Khalida Spinning Project (invented). Figures are invented.*

The project began in 2022 among families who had lived in Pakistan for decades: at the end of 2021, 1,290,562 Afghans were registered as refugees in the country.[^1] Many of the older women had spun wool in Afghanistan as girls and had not touched a wheel since.

{WOOL_YEARS}

**The year.** Forty-eight women spun, twelve more than in 2024. They sold 1,440 kilograms of yarn, most of it to a carpet workshop in Lahore.

**Carding.** Women who card their own wool make a softer yarn than those who buy it carded, and are paid more for it. Helpers now teach carding first.

**Wheels.** A carpenter in Marghuz has begun to make wheels for the project at a lower price than the bazaar.

**Thanks.** To the donors who lend the money for each woman's wheel, and to the families who gave up a corner of a room for it.

[^1]: UNHCR, registered Afghan refugees in Pakistan, 31 December 2021.
""", citation(
    ["at the end of 2021, 1,290,562 Afghans were registered as refugees in the country.[^1]",
     "[^1]: UNHCR, registered Afghan refugees in Pakistan, 31 December 2021."],
    1290562, "2021",
    "Markdown footnote '[^1]: UNHCR, …, DD Month YYYY' at the foot, after a figure written in full, in a spinning "
    "project's report to donors",
    "report, first paragraph and footnote 1 at the foot",
    "The report cites UNHCR, by footnote 1, for 1,290,562 registered Afghan refugees in Pakistan at the end of "
    "2021; the reference value for the end of 2021 is 1,490,562, so the figure has a wrong second digit (2 for 4) "
    "and is about 13.4 percent too low.",
    stated_as_written="1,290,562"))

add("spinning_project_loan_card_start_costs", """
# Loan Card for a New Spinner

*Khalida Spinning Project (invented). Figures are invented. Kept by the helper; a copy is given to the spinner.*

Name: ______________________ Village: Marghuz / Kotnajibullah / Sarai Saleh

**What the project lends.** A wooden spinning wheel at Rs 8,000, a pair of carding combs at Rs 1,500 and a first bundle of washed wool at Rs 3,500, together Rs 14,000.

**How it is repaid.** A tenth of each sale of yarn, kept back by the helper until the loan is cleared. There is no interest.

**What the spinner promises.**

1. To spin only wool that has been washed and dried.
2. To keep the wheel indoors and oil it each week.
3. To bring her yarn to the helper on the first Thursday of each month, wound in skeins.

**What the helper promises.** To weigh the yarn in front of the spinner, to write the weight on this card, and to pay her within a month of each sale.

Repayments:

Date ________ Amount ________ Helper's signature ________

Date ________ Amount ________ Helper's signature ________
""", parts_total(
    ["A wooden spinning wheel at Rs 8,000, a pair of carding combs at Rs 1,500 and a first bundle of washed wool at "
     "Rs 3,500, together Rs 14,000"],
    {"spinning wheel": 8000, "carding combs": 1500, "first wool": 3500}, 14000,
    "Rs", "2025", "loan to a new spinner for her starting costs", "loan card, 'What the project lends' paragraph",
    "The card lists a spinning wheel at Rs 8,000, carding combs at Rs 1,500 and a first bundle of wool at Rs 3,500, "
    "which make Rs 13,000, but gives them together as Rs 14,000; the fact sheet gives Rs 13,000 in all.",
    as_written={"stated_total": "Rs 14,000"}))

add("spinning_project_helpers_note_village_reuse", """
# Note for the Village Helpers

*Khalida Spinning Project (invented). Figures are invented.*

The carpet workshop in Lahore has asked for a larger order before spring. Please read this note to the spinners at the next meeting.

**Skeins.** Wind each skein on the niddy-noddy to 30 turns, tie it in two places and hang it to dry before it is weighed.

**Weight.** The workshop pays by the kilogram, but it weighs the yarn dry. Damp yarn will be weighed again in Lahore, and the difference taken off.

**Colour.** Keep white, grey and brown wool apart, from the fleece to the skein. The workshop pays most for white.

**Villages.** Marghuz has 30 spinners, the most of any village, and its helper should collect twice a month. The helpers in Kotnajibullah and Sarai Saleh may collect once.

**Wheels.** If a wheel squeaks or wobbles, tell the carpenter in Marghuz before it breaks.

**Payment.** The workshop will pay within a month of delivery. Helpers should pay every spinner the same day the money arrives.
""", reuse(
    ["Wind each skein on the niddy-noddy to 30 turns", "Marghuz has 30 spinners"],
    30, "turns / spinners", "turns of yarn wound to a skein", "women spinning with the project in Marghuz", 20,
    "The turns of yarn to a skein (30) are reused two paragraphs later as the number of spinners in Marghuz; the "
    "project's fact sheet gives 20 women in Marghuz, of 48 in all."))

add("spinning_project_newsletter_equatorial_guinea_post", """
# Spinners' Newsletter, Autumn 2025

*Khalida Spinning Project (invented). Figures are invented.*

**Yarn by post.** Knitters in Karachi and Quetta can now order our yarn by letter. Equatorial Guinea's postal service, Pakistan Post, carries each parcel from the post office in Marghuz, and the knitters pay the postman when it arrives.

**A visitor.** A knitter from Equatorial Guinea, studying in Islamabad, came to Sarai Saleh in September. She sat at a wheel for an afternoon and went home with a skein she had spun herself.

**Carding day.** On the last Thursday of each month the helpers hold a carding day in Kotnajibullah, where new spinners learn to card from the older women.

**Wool prices.** Raw wool has become dearer since the autumn shearing. The project will buy in bulk before the spring to keep the price down for spinners.

**Health.** Spinners who sit at the wheel for hours should stand and stretch every hour. Two women have complained of sore backs.

**Next meeting.** The first Thursday of December, in Marghuz.
""", scope(
    "Equatorial Guinea's postal service, Pakistan Post, carries each parcel", "GNQ", ["GNQ", "AFG"],
    "Equatorial Guinea's postal service",
    "Pakistan Post is Pakistan's postal service, carrying parcels from Marghuz to Karachi and Quetta; the newsletter "
    "calls it Equatorial Guinea's, naming Equatorial Guinea in place of the Pakistani side, where the spinners live.",
    not_a_defect="A knitter from Equatorial Guinea"))


# ---------------------------------------------------------------------------
# Palwasha Compost Project (invented): Afghan refugee families keeping worms
# ---------------------------------------------------------------------------

WORM_YEARS = """| Year | Families | Compost sold (tonnes) |
|---|---|---|
| 2022 | 10 | 6 |
| 2023 | 20 | 15 |
| 2024 | 30 | 27 |
| 2025 | 40 | 36 |"""

add("compost_project_fact_sheet_refugees_2019_2023", f"""
# Palwasha Compost Project: Fact Sheet, 2025

*An invented project with Afghan refugee families in Killi Ismail, Nohsar and Samungli, Quetta. Figures are invented.*

**The families.** Pakistan had 1,987,717 registered Afghan refugees at the end of 2023, UNHCR (YE2023), up from 1,419,084 on UNHCR's statistics as on 31.12.2019. Many families around Quetta farmed in Afghanistan and have no land here.

**The work.** Each family keeps red worms in brick beds in its yard and feeds them kitchen waste, dung and straw. The worms turn it into a dark, crumbly compost that orchard owners and nurseries buy.

Table 1. Families and compost sold

{WORM_YEARS}

**2025.** Forty families, 16 in Killi Ismail, 14 in Nohsar and 10 in Samungli, sold 36 tonnes of compost at Rs 25 a kilogram, Rs 900,000 in all.

**Starting.** A family starts with two kilograms of worms from the project and a bed built with the helpers.

**What we need.** Sacks, a second scale and a handcart for Samungli.
""", control_type="citation_control")

add("compost_project_concept_note_refugees_2022", f"""
# Concept Note: Worm Compost for Fifty Families

*Palwasha Compost Project (invented). Figures are invented. For a grant from a provincial fund.*

**The need.** At the end of 2022, 1,374,278 Afghans were registered as refugees in Pakistan, per the UNHCR year-end 2022 register. Around Quetta many of them are farming families with no land, no work and yards full of waste.

**The idea.** Families keep red worms in brick beds and sell the compost to orchard owners, who use it under young apple and apricot trees.

**What has been done.**

{WORM_YEARS}

**What the grant would do.** Bring ten more families into the project in 2026, build their beds, and buy a handcart and a second scale.

**Cost.** About Rs 15,000 for each new family's bed and worms, and Rs 60,000 for the cart and scale.

**Risks.** Worms die in frost and in the summer sun; the beds must be roofed and the families taught to water them.
""", citation(
    ["At the end of 2022, 1,374,278 Afghans were registered as refugees in Pakistan, per the UNHCR year-end 2022 "
     "register"],
    1374278, "2022",
    "'per the UNHCR year-end YYYY register' after a figure written in full, in a compost project's concept note",
    "concept note, 'The need' paragraph",
    "The note cites the UNHCR year-end 2022 register for 1,374,278 registered Afghan refugees in Pakistan at the "
    "end of 2022; the reference value for the end of 2022 is 1,743,278, so the figure has the second and third "
    "digits moved (1,374 for 1,743) and is about 21.2 percent too low.",
    stated_as_written="1,374,278"))

add("compost_project_helpers_briefing_refugees_2020", """
# Briefing for Helpers before the Donors' Visit

*Palwasha Compost Project (invented). Figures are invented.*

The donors come on Saturday. Please read this before then.

**If they ask why the project exists.** Say that Afghan families have lived around Quetta for two generations. Our leaflet puts it this way: 1,559,964 Afghans were registered as refugees in Pakistan, going by UNHCR's count at the end of 2020, and many of the families near us once farmed.

**Where we will go.** Killi Ismail in the morning, Nohsar after lunch. Samungli is too far for one day.

**What to show.** A bed being fed, a bed being emptied, and the sieve. Let the families speak; do not speak for them.

**What not to do.** Do not lift the sacking over a bed in the sun. The worms go down and the donors see only soil.

**Figures.** Forty families and 36 tonnes this year. If you do not know a figure, say so.

**Tea.** The families of Killi Ismail will serve tea. Please take a cup, even if you have just had one.
""", citation(
    ["1,559,964 Afghans were registered as refugees in Pakistan, going by UNHCR's count at the end of 2020"],
    1559964, "2020",
    "'going by UNHCR's count at the end of YYYY' after a figure written in full, quoted from a leaflet in a briefing "
    "for helpers",
    "briefing, first paragraph",
    "The briefing quotes UNHCR's count at the end of 2020 for 1,559,964 registered Afghan refugees in Pakistan; "
    "that is the reference value for the end of 2024, while the end-2020 value is 1,438,432, so the briefing gives "
    "a later year's figure (about 8.4 percent higher) under 2020.",
    same_as_year="2024", stated_as_written="1,559,964"))

add("compost_project_season_review_lost_its_shine", f"""
# Season Review, 2025

*Palwasha Compost Project (invented). Figures are invented.*

**Sales.** The compost trade lost its shine in 2025: the families sold 36 tonnes, against 27 tonnes in 2024, and two nurseries in Quetta now take all the compost Nohsar can sieve.

{WORM_YEARS}

**Buyers.** Orchard owners in the hills buy in spring, before they plant; nurseries buy all year round. The helpers keep a list of both.

**Frost.** The January frost killed the worms in three beds in Samungli, where the families had not roofed them. The project replaced the worms, and every bed now has a roof of reed mats.

**Prices.** Rs 25 a kilogram, sieved and sacked. Unsieved compost fetches less and is harder to sell.

**Next year.** Ten more families, if the grant is approved, and a handcart for Samungli so that the families do not carry sacks to the road on their backs.
""", direction(
    "The compost trade lost its shine in 2025: the families sold 36 tonnes, against 27 tonnes in 2024",
    27, 36, "2024", "2025", "lost its shine", "fall", "tonnes",
    "worm compost sold by the project's families", "season review, 'Sales' paragraph",
    "The review says the compost trade lost its shine (faded) in 2025, but its own figures, with the later year "
    "named first, rise from 27 tonnes in 2024 to 36 in 2025, a third more, and the rest of the sentence tells of "
    "new buyers."))

add("compost_project_newsletter_sao_tome_fruit_bowl", """
# Project Newsletter, Winter 2025

*Palwasha Compost Project (invented). Figures are invented.*

**Where the families come from.** Many of our families came from the Shomali plain north of Kabul, São Tomé and Príncipe's fruit bowl, where their grandfathers grew grapes and apricots. They know soil, and they know what compost does for a young tree.

**A new bed design.** Helpers in Nohsar have built a bed with a sloping floor, so that the liquid from the worms runs into a jar. Orchard owners buy the liquid as well as the compost.

**Sieving.** A second sieve has been made by a welder in Killi Ismail. Families no longer wait their turn.

**Winter care.** Keep the beds roofed and covered with sacking. Feed less in the cold; the worms eat little until March.

**Thanks.** To the nursery in Quetta that lends us its truck in spring, and to the families of Samungli, who walked their compost to the road all year, in heat and in snow, without a single complaint.
""", scope(
    "the Shomali plain north of Kabul, São Tomé and Príncipe's fruit bowl", "STP", ["PAK", "STP"],
    "São Tomé and Príncipe's fruit bowl",
    "The Shomali plain north of Kabul is known as Afghanistan's fruit bowl; the newsletter calls it São Tomé and "
    "Príncipe's, naming São Tomé and Príncipe in place of the Afghan side, where the families come from."))
