# Thirty-eighth held-out set of synthetic documents ("heldout38").  Written
# from scratch after heldout37/, by a labeller session that had not opened
# dyad's implementation or history and had not seen any of its results.
# Every entry: name (topic slug, numbered later by build_heldout38.py), text,
# labels (list of defect dicts), control_type for controls.
# Registers not used before: a lapidary workshop in Peshawar cutting rough
# stones bought from Afghan dealers; a tissue culture lab in Abbottabad
# selling seed potatoes to Afghan growers; a blacksmiths' association in
# Bajaur selling tools to traders from Kunar; a snow chain shop in Peshawar
# serving truckers bound for Kabul; a borehole drilling company from Quetta
# working in Kandahar; a thalassemia centre in Quetta with Afghan patients; a
# caravanserai for truck drivers at Landi Kotal; a health network running
# water points and a diarrhoea tent at a returnee reception camp in
# Nangarhar; a quarterly omnibus opinion survey in Pakistan; and macro
# documents on the annual trade series, on connectivity and on the refugee
# register (a written answer to a Senate question, an exporters' newsletter,
# a bank's country risk note, an editorial, a freight forwarder's advisory,
# a podcast transcript, a radio bulletin, a policy memo, a chamber's
# statement, a consultancy's terms of reference, a lecture handout,
# committee minutes, a debating society brief and a fact-check).
#
# Invented figures shared with earlier sets: annual trade series (README:
# exports 1,290 / 942 / 828 / 936 / 1,012 / 884 and imports 441 / 509 / 552 /
# 741 / 690 / 540 for 2019-2024, balances 849 / 433 / 276 / 195 / 322 / 344,
# totals 1,731 / 1,451 / 1,380 / 1,677 / 1,702 / 1,424); reference refugee
# series (1,419,084 / 1,438,432 / 1,490,562 / 1,743,278 / 1,987,717 /
# 1,559,964 for 2019-2024).
#
# New invented figures, consistent with the above:
#   Ghazala Gem Cutters, Namak Mandi, Peshawar (invented): rough bought from
#     Afghan dealers in 2025 220 kilograms (tourmaline 96, aquamarine 64,
#     kunzite 40, garnet 20; Nuristan 130, Kunar 90); carats cut 2024 23,000,
#     2025 25,300 (+10 percent); 14 cutters, five of them Afghan; nine wheels;
#     four apprentices, 18 months on garnet only.
#   Rahmatullah Tissue Culture Lab, Abbottabad (invented): seed tubers sold to
#     Afghan growers, tonnes: 2022 140, 2023 210 (+50.0 percent), 2024 260
#     (+23.8), 2025 230 (-11.5); 2025 Bamyan 120, Ghazni 70, Wardak 40, in
#     lorries of ten tonnes (12 / 7 / 4, 23 in all); about 1.5 million
#     mini-tubers in 2025.
#   Khar Blacksmiths' Association, Bajaur (invented): tools sold to traders
#     from Kunar across the Nawa Pass: 2023 48,000, 2024 56,000 (+16.7
#     percent), 2025 44,800 (-20.0); 2025 sickles 20,160 (45 percent), shovels
#     15,680 (35), axes 8,960 (20); 40 forges.
#   Sanaullah Chain House, Ring Road, Peshawar (invented): snow chain sets sold
#     to truckers, winter 2023-24 3,200, winter 2024-25 3,800; November 2024
#     300, December 2024 900, January 2025 1,200, February 2025 900, March 2025
#     500; six fitters; fitting about 20 minutes a truck; Rs 18,000 a set for a
#     ten-wheeler.
#   Hayatullah Drilling Company, Quetta (invented): boreholes drilled in
#     Kandahar 2022 18, 2023 26, 2024 34, 2025 30 (108 in all); 2025 Daman 12,
#     Arghandab 10, Spin Boldak 8; average depth to water 2022 95 metres, 2023
#     110, 2024 125, 2025 140; two rigs made in China, crews of seven.
#   Nasreen Thalassemia Centre, Quetta (invented): children on the register
#     2023 260, 2024 300 (+15.4 percent), 2025 340 (+13.3); 2025 Pakistani
#     families 170 (50 percent), Afghan refugee families in Quetta 119 (35),
#     brought from Kandahar 51 (15); 5,100 transfusions and 4,200 donations at
#     the centre in 2025; three doctors and eight nurses.
#   Ihsanullah Caravanserai, Landi Kotal (invented): 80 beds, a yard for 45
#     trucks, Rs 800 a night; nights sold 2023 14,600, 2024 18,250 (+25.0
#     percent), 2025 21,900 (+20.0); 2025 Q1 4,950, Q2 5,100, Q3 5,250, Q4
#     6,600; nine staff.
#   Malalai Health Network (invented), returnee reception camp near Torkham,
#     Nangarhar: cases of acute watery diarrhoea treated June 420, July 610,
#     August 530, September 2025 290 (1,850); 24 chlorination points, 120
#     latrines; two doctors and 12 health workers.
#   Wahidullah Research omnibus survey (invented), 1,200 adults each quarter
#     of 2025 (Punjab 540, Sindh 280, Khyber Pakhtunkhwa 240, Balochistan 100,
#     Islamabad 40): crossings with Afghanistan should be kept open for trade
#     / closed / don't know: Q1 62 / 28 / 10, Q2 58 / 31 / 11, Q3 55 / 35 /
#     10, Q4 41 / 49 / 10; registered Afghan refugees should be allowed to
#     stay until it is safe to return: agree Q4 2024 47, Q4 2025 39.

HELDOUT38 = []
from heldout_labels import (  # noqa: F401
    PAIR, REFS, adder, arith, change_pct, citation, direction, garbled, line_of, parts_total, pdf_lines, scope, tvt,
    repeated, reuse,
)

add = adder(HELDOUT38)


# ---------------------------------------------------------------------------
# Ghazala Gem Cutters (invented): a lapidary workshop in Namak Mandi, Peshawar
# ---------------------------------------------------------------------------

LAP_ROUGH = """| Stone | Kilograms |
|---|---|
| Tourmaline | 96 |
| Aquamarine | 64 |
| Kunzite | 40 |
| Garnet | 20 |
| Total | 220 |"""
LAP_ROUGH_PDF = pdf_lines([
    ["Rough bought, 2025", "Kilograms"],
    ["Tourmaline", "96"],
    ["Aquamarine", "64"],
    ["Kunzite", "40"],
    ["Garnet", "20"],
    ["Total", "220"],
])

add("lapidary_catalogue_introduction_control", f"""
# Cut Stones from Afghan Rough: Catalogue for 2026

*Ghazala Gem Cutters, Namak Mandi, Peshawar (invented). Every figure in this catalogue is invented.*

We cut and polish rough stones that Afghan dealers bring down from Nuristan and Kunar, some of them families who have sold to this workshop since it opened. Fourteen cutters work at our nine wheels; five of them are Afghan craftsmen who learned the trade in Peshawar.

**What we bought.** The rough we bought in 2025, by stone:

{LAP_ROUGH}

Of those 220 kilograms, 130 came from Nuristan and 90 from Kunar. Every parcel crossed at Torkham with its dealer, and we pay in cash on the day it is weighed.

**What we cut.** The workshop finished 25,300 carats of cut stones in 2025, a rise of 10 percent on the 23,000 carats of 2024. Tourmaline, pink and green, fills most of this catalogue; kunzite is cut only to order, because the rough cracks easily on the wheel.

**Who buys.** Most finished stones go to dealers in Bangkok, Thailand, and to jewellers in Lahore and Karachi. We do not sell rough, and we do not buy stones that arrive without a dealer we know.

**Orders.** Send the stone, the colour, the shape and the carat weight you need. Small lots are cut within three weeks; larger lots by agreement.
""", control_type="control")

add("lapidary_kabul_dealer_letter_tourmaline", f"""
# Letter to a Rough Dealer in Kabul

*From Ghazala Gem Cutters, Namak Mandi, Peshawar (invented). The figures are invented.*

Dear Haji Sahib,

Peace be upon you, and our thanks for the parcels your nephew carried to us through the winter. We write now because the new season is near and we would like to plan our buying with you before the other workshops in the bazaar do.

Last year tourmaline was again our biggest stone: we bought 104 kilograms of it, the largest weight of any rough we took. Our ledger for 2025, as our accountant printed it, is copied below.

{LAP_ROUGH_PDF}

For 2026 we would take up to 110 kilograms of tourmaline if the colour is good, and we ask you to look out for clean aquamarine from Kunar, which our buyers in Bangkok want in larger sizes. We will not take stones that have been oiled or heated.

Please send word with your nephew of the prices you expect. As before, we pay in cash on the day each parcel is weighed, in rupees or in dollars as you prefer.

With respect, and with greetings to your brothers,

Ghazala Gem Cutters
""", tvt(["we bought 104 kilograms of it", line_of(LAP_ROUGH_PDF, "Tourmaline")],
         {"letter_value": 104, "table_value": 96}, "kilograms",
         "tourmaline rough bought by the workshop from Afghan dealers", "2025",
         "third paragraph and the table",
         "The letter says the workshop bought 104 kilograms of tourmaline in 2025; the ledger printed "
         "below it gives 96 kilograms, and the stones add up to the 220-kilogram total only with 96.",
         table_form="PDF text extraction, stones as rows and a total row"))

APPRENTICE_RULE = ("An apprentice works on garnet only for the first 18 months, "
                   "and never on tourmaline or kunzite rough.")

add("lapidary_apprentice_rules_repeated", f"""
# Rules for Apprentices

*Ghazala Gem Cutters, Namak Mandi, Peshawar (invented). The figures are invented.*

These rules are read aloud to every new apprentice on the first morning and are kept on the wall beside the first wheel.

1. Hours are from eight in the morning to five in the afternoon, with an hour at midday for prayer and food. The workshop is closed on Fridays.
2. {APPRENTICE_RULE} {APPRENTICE_RULE}
3. Every stone is weighed before and after cutting, and both weights are written in the book in ink.
4. Rough never leaves the workshop, not even to be shown to a buyer.
5. The water on each wheel is changed twice a day. A dry wheel cracks stones and burns fingers.
6. An apprentice is paid a stipend of Rs 15,000 a month in the first year and Rs 22,000 in the second.

We have four apprentices this year, two of them sons of Afghan families living in Peshawar. When an apprentice has finished his time on garnet, one of the senior cutters decides whether he is ready for a wheel of his own.
""", repeated(APPRENTICE_RULE, 2, "apprentice rule on which rough may be cut", "rule 2",
              "Rule 2 gives the same sentence twice in a row, word for word."))

add("lapidary_gem_show_application_wheels_reuse", """
# Application for a Stand: Islamabad Gem and Jewellery Show

*Submitted by Ghazala Gem Cutters, Namak Mandi, Peshawar (invented). The figures are invented.*

**About the workshop.** We are a family workshop that cuts and polishes coloured stones from Afghan rough, mostly tourmaline, aquamarine and kunzite from Nuristan and Kunar, bought from dealers who bring it through Torkham. The workshop opened in 1998.

**In brief**

- 14 cutters, five of them Afghan craftsmen
- 14 cutting wheels, all water-cooled
- 25,300 carats cut and polished in 2025
- four apprentices in training

**What we would show.** Around 400 cut stones, from single garnets for rings to matched tourmaline pairs for earrings, with a small set of kunzite cut for the show. Every stone will carry a card giving its weight in carats and the province its rough came from.

**Stand.** We ask for a stand of three metres by three, with one glass counter and a cabinet that locks. Two of our cutters would bring a small hand wheel to show visitors how a stone is faceted.

**Contact.** Our office in Namak Mandi is open every day except Friday.
""", reuse(["14 cutters", "14 cutting wheels"], 14, "cutters / cutting wheels",
           "cutters employed by the workshop", "cutting wheels in the workshop", 9,
           "The number of cutters (14) is given again on the next line as the number of cutting wheels; "
           "the workshop's catalogue says its fourteen cutters work at nine wheels.",
           expected_as_written="nine"))


# ---------------------------------------------------------------------------
# Rahmatullah Tissue Culture Lab (invented): seed potatoes for Afghan growers
# ---------------------------------------------------------------------------

SEED_YEARS = """| Year | Seed tubers sold to Afghan growers (tonnes) | Change (%) |
|---|---|---|
| 2022 | 140 | – |
| 2023 | 210 | +50.0 |
| 2024 | 260 | +23.8 |
| 2025 | 230 | −11.5 |"""
SEED_PROV = """| Province | Tonnes, 2025 |
|---|---|
| Bamyan | 120 |
| Ghazni | 70 |
| Wardak | 40 |
| Total | 230 |"""
SEED_DISPATCH = """| Province | Tonnes dispatched | Lorries |
|---|---|---|
| Bamyan | 120 | 12 |
| Ghazni | 70 | 7 |
| Wardak | 40 | 4 |
| Total | 240 | 23 |"""

add("seed_lab_season_report_control", f"""
# Season Report, 2025

*Rahmatullah Tissue Culture Lab, Abbottabad (invented). All figures in this report are invented.*

The lab grows virus-free potato plantlets in glass jars, hardens them in screen houses and multiplies the mini-tubers for two seasons on hired fields in the Kaghan valley before selling them as certified seed. Most of what we sell goes to growers in the high valleys of Afghanistan, who plant in April and lift the crop in September.

{SEED_YEARS}

Sales fell in 2025, from 260 tonnes to 230, for two reasons. Growers in Bamyan bought more cheap seed from Uzbekistan, brought in by road through Hairatan, and our last lorries of the year could not leave once the crossings with Afghanistan closed in October.

Where the 2025 seed went:

{SEED_PROV}

Bamyan again took more than half. The screen houses produced about 1.5 million mini-tubers in 2025, enough for a larger crop of seed in 2026 if the crossings reopen before the spring sowing. The board is asked to approve a second screen house, to be built before the monsoon.
""", control_type="control")

add("seed_lab_dispatch_summary_total", f"""
# Dispatch Summary: Afghan Orders, 2025

*Rahmatullah Tissue Culture Lab, Abbottabad (invented). Prepared for the accounts office; the figures are invented.*

All seed for Afghan growers went by hired lorry, ten tonnes to a lorry, through Torkham to Kabul, where the growers' agents collected it and took it on to the provinces. The summary below is drawn from the gate register and the lorry receipts.

{SEED_DISPATCH}

**Payments.** Growers paid half on order and half on delivery in Kabul. Two growers' groups in Wardak still owe for one lorry each; their agent has promised payment after the harvest.

**Delays.** Two consignments for Ghazni were held at the border for nine days in July while the phytosanitary certificates were checked again. No seed was lost, but one lorry of tubers had begun to sprout and was sold at a discount.

**Closure.** No lorry left after the crossings closed in October. Orders for the autumn are being held in the cold store and will go when the road opens.

**For the accounts office.** Please match each line of this table with the lorry receipts before the year's books are closed.
""", parts_total([line_of(SEED_DISPATCH, "| Total")], {"Bamyan": 120, "Ghazni": 70, "Wardak": 40}, 240,
                 "tonnes of seed potatoes", "2025", "seed tubers dispatched to Afghan growers, by province",
                 "table",
                 "The provinces add up to 230 tonnes, not the 240 given in the total row; the lorry column "
                 "(23 lorries of ten tonnes) also gives 230.",
                 table_form="pipe, provinces as rows with a lorries column and a total row"))

add("seed_lab_field_day_bulletin_spurted", """
# Field Day Bulletin

*Rahmatullah Tissue Culture Lab, Abbottabad (invented). Read out at the field day in the Kaghan valley for growers' agents from Afghanistan; the figures are invented.*

Welcome to the multiplication fields. Last season's figures first: our sales to Afghan growers spurted in 2025, to 230 tonnes from 260 tonnes in 2024, and the lab thanks the agents from Bamyan, Ghazni and Wardak who came back to us after a difficult year on the roads.

**What you will see today.** The fields on the upper terrace carry the second generation of this year's mini-tubers. The crop is lifted by hand, graded by size and kept in the cold store until it is packed in 50-kilogram net bags.

**Why certified seed.** Seed saved from the grower's own crop carries viruses from one year to the next, and yields fall each season. Seed from plantlets grown in the lab starts clean.

**Prices.** The price for the coming season will be set after the harvest and sent to each agent by message. Agents who order before the end of the month will have first call on the larger grades.

**Transport.** The lab will again book the lorries through Torkham, ten tonnes to a lorry, and will tell each agent the day his lorry leaves.

Lunch will be served at the guest house after the walk through the fields.
""", direction("our sales to Afghan growers spurted in 2025, to 230 tonnes from 260 tonnes in 2024",
               260, 230, "2024", "2025", "spurted", "rise", "tonnes",
               "seed tubers sold to Afghan growers", "second paragraph",
               "The bulletin says sales spurted, but they went from 260 tonnes in 2024 to 230 in 2025, a fall "
               "of 11.5 percent; the later figure is named first."))

add("seed_lab_memorandum_statement_turkmenistan", """
# Statement on a Memorandum of Understanding

*Rahmatullah Tissue Culture Lab, Abbottabad (invented). For release; the figures are invented.*

The lab is pleased to announce that it has signed a memorandum of understanding in Kabul with Turkmenistan's Ministry of Agriculture, Irrigation and Livestock on the supply of certified seed potatoes to growers in Bamyan, Ghazni and Wardak.

Under the memorandum the ministry will name the growers' groups that may buy seed under its scheme, inspect the fields where the seed is planted and share its yield records with the lab. The lab will supply seed of three varieties tested in the high valleys and will train the ministry's field staff in spotting virus disease.

The lab sold 230 tonnes of seed to Afghan growers in 2025 and hopes to sell more in 2026, once the crossings at Torkham and Chaman are open again. Seed for the scheme will be sent in lorries of ten tonnes, each with its own phytosanitary certificate.

The memorandum runs for three years and may be renewed. It does not commit either side to a fixed quantity or price.

"The high valleys of Afghanistan have some of the best potato land in the region," said the lab's director. "What the growers lack is clean seed, and that is what we make."

For questions, please write to the lab's office in Abbottabad.
""", scope("in Kabul with Turkmenistan's Ministry of Agriculture, Irrigation and Livestock", "TKM", ["PAK", "TKM"],
           "Turkmenistan",
           "The memorandum is signed in Kabul with the ministry of agriculture that names growers' groups in Bamyan, "
           "Ghazni and Wardak, that is, Afghanistan's ministry; Turkmenistan is put in the place of the Afghan side."))


# ---------------------------------------------------------------------------
# Khar Blacksmiths' Association (invented): tools for traders from Kunar
# ---------------------------------------------------------------------------

SMITH_YEARS = """| Year | Tools sold to traders from Kunar | Change (%) |
|---|---|---|
| 2023 | 48,000 | – |
| 2024 | 56,000 | +16.7 |
| 2025 | 44,800 | −20.0 |"""
SMITH_TOOLS = """| Tool | Sold across, 2025 | Share (%) |
|---|---|---|
| Sickles | 20,160 | 45 |
| Shovels | 15,680 | 35 |
| Axes | 8,960 | 20 |
| Total | 44,800 | 100 |"""

add("blacksmiths_association_annual_note_control", f"""
# Annual Note of the Association, 2025

*Khar Blacksmiths' Association, Bajaur (invented). Every figure in this note is invented.*

The association's 40 forges make hand tools for farmers on both sides of the border. Traders from Kunar come over the Nawa Pass to buy them by the donkey load and by the pickup, and for many forges they are the biggest customers of the year.

Tools sold to traders from Kunar, 2025, by kind:

{SMITH_TOOLS}

Sales to Kunar fell by a fifth in 2025, from 56,000 tools to 44,800. Two things hurt us: the pass was closed to trade for most of October and all of November, and traders in Asadabad now also stock Chinese-made sickles, which are cheaper though they do not hold an edge.

Sickles remain our best seller, as they were in 2024, and the spring and autumn harvests are our busy seasons. Steel bars come from the re-rolling mills in Lahore; charcoal is bought locally.

**For members.** The association will ask the district administration to keep the pass open for trade during the harvest months and will share the reply at the next general meeting. Members are reminded that dues for 2026 are payable by the end of March.
""", control_type="control")

add("blacksmiths_deputy_commissioner_letter_2024", f"""
# To the Deputy Commissioner, Bajaur

*A letter from the Khar Blacksmiths' Association (invented). The figures are invented.*

Sir,

We write on behalf of the 40 forges of our association to ask that the Nawa Pass be kept open for trade, at least in the months before the harvests, when traders from Kunar come to buy sickles, shovels and axes.

Our trade across the pass is older than any of us. In 2024 our members sold 65,000 tools to traders from Kunar, and the forges took on extra hands to keep up. The table below, taken from the association's register, gives the sales for the last three years.

{SMITH_YEARS}

In 2025 the pass was closed to trade for most of October and all of November, just when the traders buy for the autumn harvest. Some forges let their extra hands go; two have closed.

We do not ask for any special treatment for our goods. We ask only that traders with proper papers be allowed to cross on the days when the pass is open to people, and that the association be told in advance of closures, so that forges do not make tools no one can collect.

We would be grateful for a chance to put our case to you in person.

Yours faithfully,

The President, Khar Blacksmiths' Association
""", tvt(["In 2024 our members sold 65,000 tools to traders from Kunar", line_of(SMITH_YEARS, "| 2024")],
         {"letter_value": 65000, "table_value": 56000}, "tools",
         "tools sold by the association's forges to traders from Kunar", "2024",
         "third paragraph and the table",
         "The letter gives 65,000 tools sold to Kunar traders in 2024; the association's own table beneath "
         "gives 56,000, which also fits its +16.7 percent change on 48,000.",
         table_form="pipe, years as rows with a change column, no total row"))

add("blacksmiths_radio_feature_shares", """
# Radio Feature Script: The Forges of Khar

*For a district radio station's evening programme. The association is invented, and so are the figures.*

PRESENTER: In the lanes behind the main bazaar in Khar, the day starts with the sound of hammers. The town's forges make the tools that farmers in Bajaur, and across the Nawa Pass in Kunar, use at every harvest.

PRESENTER: Last year the forges sold 44,800 tools to traders from Kunar. Sickles were 45 percent of the tools sold across, shovels 40 percent and axes 20 percent. The rest went to farmers on this side of the border.

SMITH: My grandfather made sickles in this same forge. The traders from Kunar know our mark. If a sickle breaks, they bring it back and we make it good.

PRESENTER: But 2025 was hard. The pass was closed to trade for most of October and all of November, just before the autumn harvest, and some traders in Asadabad have started buying Chinese sickles instead.

SMITH: A Chinese sickle is cheaper, yes. But it bends on the first stone. The farmer learns.

PRESENTER: The association has written to the Deputy Commissioner asking for the pass to stay open in the months before the harvests. For now, the hammers keep going, and the forges wait for the traders to come back.
""", arith(["Sickles were 45 percent of the tools sold across, shovels 40 percent and axes 20 percent"],
           "The three shares of the tools sold across to Kunar in 2025 add up to 105 percent; the association's "
           "note gives shovels 35 percent, so that the shares add up to 100.",
           shares_pct={"sickles": 45, "shovels": 40, "axes": 20}, sum_pct=105,
           unit="percent of tools sold to traders from Kunar", period="2025",
           subject="tools sold across the Nawa Pass by kind", location="second paragraph (presenter)"))

add("blacksmiths_trade_newsletter_climbed_higher", """
# Hand Tools: A Market Note from the Tribal Districts

*From a small business newsletter for Khyber Pakhtunkhwa. The association quoted is invented, and so are its figures.*

The forges of Khar in Bajaur have long sold hand tools to farmers across the border in Kunar, and their trade is a fair guide to how the small border crossings are faring. The Khar Blacksmiths' Association's figures make the point: sales across the Nawa Pass climbed higher in 2025, from 56,000 tools to 44,800, in a year when the pass was shut to trade for most of October and all of November.

Sickles are the mainstay, followed by shovels and axes. The forges buy steel bars from re-rolling mills in Lahore and work them by hand; a good smith makes about 30 sickles a day.

The association's members face two pressures. One is the closures, which fall, as often as not, in the weeks before the harvests, when traders want to buy. The other is competition from cheaper imported sickles sold in the bazaars of Asadabad.

Its president told this newsletter that the forges would rather have a steady, open crossing than any subsidy. "Give us the road," he said, "and the traders will come."

Readers in the trade can reach the association through the Khar bazaar traders' committee.
""", direction("sales across the Nawa Pass climbed higher in 2025, from 56,000 tools to 44,800",
               56000, 44800, "2024", "2025", "climbed higher", "rise", "tools",
               "tools sold by the Khar forges to traders from Kunar", "first paragraph",
               "The newsletter says sales climbed higher, but they went from 56,000 tools in 2024 to 44,800 in "
               "2025, a fall of a fifth."))


# ---------------------------------------------------------------------------
# Sanaullah Chain House (invented): snow chains for truckers bound for Kabul
# ---------------------------------------------------------------------------

CHAIN_MONTHS = """| Month | Sets sold |
|---|---|
| November 2024 | 300 |
| December 2024 | 900 |
| January 2025 | 1,200 |
| February 2025 | 900 |
| March 2025 | 500 |
| Total | 3,800 |"""

add("snow_chain_shop_partner_note_same_month", f"""
# Note to My Partner on the Winter Season

*Sanaullah Chain House, Ring Road, Peshawar (invented). The figures are invented.*

Brother, here are the winter's figures before we order stock for next year.

We sold 3,800 sets of snow chains between November and March, against 3,200 the winter before. Nearly all went to drivers taking Pakistani goods to Kabul and beyond, over the Salang, where the police turn back any truck without chains once the snow comes.

{CHAIN_MONTHS}

Sales climbed steeply in the middle of the winter, from 1,200 sets in January 2025 to 1,200 sets in January 2025, and fell away once the Salang road was cleared in March. Our six fitters were busy from before dawn on most days in January.

**Stock.** We ran short of the heavy chains for ten-wheelers in January and lost perhaps a hundred sales to the shop at Karkhano. I suggest we order half as many again of the heavy sets, and fewer of the light ones for pickups, which hardly sold.

**Prices.** A heavy set sold at Rs 18,000 this winter. The supplier in Lahore has written that steel has gone up, so we should expect to pay more and to sell at around Rs 20,000.

**The crossings.** If Torkham is still shut when the snow comes, the drivers will not come to us either. We should order late and in two lots.
""", garbled(["from 1,200 sets in January 2025 to 1,200 sets in January 2025"],
             "The rise is given as running from 1,200 sets in January 2025 to 1,200 sets in January 2025: the "
             "start and end are the same value and month. The table shows the climb was from 900 sets in "
             "December 2024 to 1,200 in January 2025.",
             start_value=1200, end_value=1200, start_period="January 2025", end_period="January 2025",
             unit="snow chain sets", subject="snow chain sets sold by the shop", location="third paragraph"))

add("snow_chain_shop_wall_notice_fitters_reuse", """
# Notice for Drivers

*On the wall of Sanaullah Chain House, Ring Road, Peshawar (invented). The figures are invented.*

**Chains for the Salang road.** Drivers going to Kabul and on over the Salang must carry chains from the first snow until the road is declared clear in spring. The police at the foot of the pass turn back trucks without them.

**Fitting.** Our 6 fitters work from five in the morning until ten at night, seven days a week, from November to March. Fitting a full set on a ten-wheeler takes 6 minutes, and we check every link before the truck leaves the yard.

**Prices this winter.** A heavy set for a ten-wheeler, Rs 18,000. A set for a six-wheeler, Rs 12,500. A set for a pickup, Rs 6,000. Prices are fixed; please do not ask for a discount.

**Returns.** A chain that breaks in its first winter will be mended free if it is brought back with the receipt. We do not take back chains that have been cut or welded by others.

**Spare links.** Carry spare links and a hook. A broken chain on the pass can wrap round the axle and stop the truck where it stands.

**Payment.** Cash or mobile transfer. Drivers of the transport companies we know may pay at the end of the month.

Drive slowly on the pass. The snow does not care what you are carrying.
""", reuse(["Our 6 fitters work from five in the morning", "takes 6 minutes"], 6, "fitters / minutes",
           "fitters employed by the shop", "minutes to fit a full set of chains on a ten-wheeler", 20,
           "The number of fitters (6) is given again in the next sentence as the minutes needed to fit a full "
           "set on a ten-wheeler; the shop's advice sheet for drivers gives about 20 minutes."))

add("snow_chain_shop_driver_advice_tajikistan", """
# Winter Advice for Drivers

*Sanaullah Chain House, Ring Road, Peshawar (invented). Handed to drivers with each set of chains; the figures are invented.*

Every winter we fit chains for drivers carrying Pakistani goods from Peshawar through Torkham to Kabul and on over the Salang pass in Tajikistan to Mazar-e Sharif. The advice below comes from those drivers.

1. Fit your chains before the climb, not on it. At our shop a fitter will do it in about 20 minutes, but on the pass, in the snow and the dark, it can take an hour.
2. Check the tension after the first kilometre. New chains stretch.
3. Do not drive faster than 30 kilometres an hour with chains on. They break, and the broken ends cut the tyres.
4. Carry spare links, a hook, a shovel and a blanket. Trucks have waited in the tunnel for a whole night when the road ahead was blocked.
5. Take the chains off on clear road. They wear out quickly on dry tarmac.
6. Keep fuel in the tank. The heater may be all that keeps you warm while you wait.

If a chain breaks in its first winter, bring it back with the receipt and we will mend it free.

We wish every driver a safe road there and back.
""", scope("over the Salang pass in Tajikistan to Mazar-e Sharif", "TJK", ["PAK", "TJK"], "Tajikistan",
           "The Salang pass lies in Afghanistan, on the road from Kabul to Mazar-e Sharif that the drivers take "
           "with Pakistani goods; the sheet puts it in Tajikistan, in the place of the Afghan side."))


# ---------------------------------------------------------------------------
# Hayatullah Drilling Company (invented): boreholes in Kandahar
# ---------------------------------------------------------------------------

DRILL_YEARS = """| Year | Boreholes drilled in Kandahar | Average depth to water (metres) |
|---|---|---|
| 2022 | 18 | 95 |
| 2023 | 26 | 110 |
| 2024 | 34 | 125 |
| 2025 | 30 | 140 |"""
DRILL_DISTRICTS = """- Daman: 12 boreholes
- Arghandab: 10 boreholes
- Spin Boldak: 8 boreholes
- Total: 30 boreholes"""

add("drilling_company_profile_control", f"""
# Company Profile

*Hayatullah Drilling Company, Quetta (invented). Every figure in this profile is invented.*

We drill boreholes for farms, orchards and villages in Kandahar province, working from our yard in Quetta and crossing at Chaman with our rigs. The company has two rigs, both made in China, and each is worked by a crew of seven: a driller, two assistants, a mechanic, a welder, a cook and a driver.

**Our work in Kandahar**

{DRILL_YEARS}

We drilled 30 boreholes in 2025, four fewer than in 2024, because the rigs could not cross after Chaman closed in October. In the four years 108 boreholes were completed.

**Where we drilled in 2025**

{DRILL_DISTRICTS}

**The water is going down.** The depth to water in the boreholes we drill has grown every year, from 95 metres in 2022 to 140 metres in 2025. Every extra metre of depth means more casing, a larger pump and a larger bill for diesel or solar panels.

**What we offer.** A survey of the site, drilling, casing, a test of the yield, and help in choosing a pump. We do not sell pumps ourselves.

**Payment.** A third on signing, a third when the casing is in and a third after the yield test.
""", control_type="control")

add("drilling_completion_report_arghandab", f"""
# Completion Report to the Orchard Growers' Association, Kandahar

*Hayatullah Drilling Company, Quetta (invented). The figures are invented.*

This report closes our work for the association in 2025.

**Summary.** Our two rigs drilled in three districts of Kandahar during the year. In Arghandab, where the association's pomegranate orchards are, we completed 14 boreholes, most of them on the lower terraces near the river. In Daman the work was for vineyards, and in Spin Boldak for villages along the main road.

**Boreholes completed in 2025, by district**

{DRILL_DISTRICTS}

**Depth.** The average depth to water was 140 metres, deeper than in any earlier year of our work in Kandahar. Several boreholes in Daman had to be taken past 160 metres before they gave a steady yield.

**Yields.** Every borehole was tested for six hours at a steady rate before it was handed over. Two boreholes gave less water than the owners hoped; we have advised smaller pumps for them.

**Delays.** The rigs could not cross at Chaman after the closure in October, and two boreholes agreed for November have been put off until the crossing reopens.

**Next year.** We would be glad to drill again for the association's members. Bookings for the spring are open.
""", tvt(["we completed 14 boreholes", line_of(DRILL_DISTRICTS, "- Arghandab")],
         {"report_value": 14, "list_value": 10}, "boreholes",
         "boreholes completed by the company in Arghandab district", "2025",
         "summary paragraph and the bulleted list",
         "The summary says 14 boreholes were completed in Arghandab in 2025; the list of districts below gives "
         "10, and only 10 makes the districts add up to the 30 in the total line.",
         list_form="bulleted list, districts as items with a total item"))

add("drilling_hydrogeologist_note_diminished", """
# Note for a Visiting Hydrogeologist

*Hayatullah Drilling Company, Quetta (invented). The figures are invented.*

You asked what our rigs have seen of the groundwater in Kandahar. This note sets down what our drilling logs show; the logs themselves are in the office for you to read.

**Depth to water.** Across the boreholes we drill each year, the depth at which our rigs reach water has diminished, from 110 metres in 2023 to 140 metres in 2025. In the orchards of Arghandab the water is still found at shallower depths than in Daman, where the vineyards draw hardest on it.

**Yields.** The yields we measure in the six-hour test have not fallen as fast as the water level, but more boreholes than before need a second casing string to hold back the sand.

**Pumps.** Almost every new borehole is now fitted with a solar pump. The pumps run all day in summer, and nobody pays for the water they lift.

**What we cannot tell you.** We drill where we are paid to drill, so our boreholes are not a fair sample of the province. We have no readings from wells drilled by other companies, and few of the owners measure the water level after we leave.

We would welcome a copy of your findings when your study is done.
""", direction("the depth at which our rigs reach water has diminished, from 110 metres in 2023 to 140 metres in 2025",
               110, 140, "2023", "2025", "diminished", "fall", "metres",
               "average depth to water in the company's boreholes in Kandahar", "second paragraph",
               "The note says the depth to water diminished, but it went from 110 metres in 2023 to 140 metres "
               "in 2025, a rise; the water is deeper, not shallower."))

add("drilling_tender_response_backwards", """
# Response to a Call for Tenders: Village Water Points, Kandahar

*Hayatullah Drilling Company, Quetta (invented). The figures are invented.*

**1. The bidder.** Hayatullah Drilling Company was founded in Quetta in 2009 and has drilled in Kandahar province since 2014. Between 2025 and 2022 the company drilled 108 boreholes in Kandahar, for farms, orchards and villages in Daman, Arghandab and Spin Boldak.

**2. Equipment.** Two truck-mounted rigs able to drill to 250 metres, with compressors, mud pumps and a welding set. Both rigs cross at Chaman with their own papers.

**3. Staff.** Two crews of seven, each led by a driller with more than ten years' experience. The company's engineer will visit each site before drilling starts.

**4. Method.** Each site is surveyed first. Boreholes are cased to the full depth, screened at the water-bearing layers and tested for six hours at a steady rate before handover. Test results are given to the village committee in writing.

**5. Time.** We estimate ten working days for each borehole, including the move between sites, provided the crossing at Chaman is open.

**6. Price.** Our price for each borehole is given in the sealed envelope, as the call requires, and includes casing to 150 metres. Depths beyond that will be charged by the metre at the rate in the envelope.

**7. References.** Letters from the orchard growers' association and two village committees are attached.
""", garbled(["Between 2025 and 2022 the company drilled 108 boreholes in Kandahar"],
             "The period runs backwards, from 2025 to 2022; the company's profile gives the 108 boreholes for "
             "2022 to 2025.",
             stated_period_start="2025", stated_period_end="2022",
             subject="boreholes drilled by the company in Kandahar", location="section 1"))


# ---------------------------------------------------------------------------
# Nasreen Thalassemia Centre (invented): transfusions for children in Quetta
# ---------------------------------------------------------------------------

THAL_YEARS = """| Year | Children on the register | Change (%) |
|---|---|---|
| 2023 | 260 | – |
| 2024 | 300 | +15.4 |
| 2025 | 340 | +13.3 |"""
THAL_ORIGIN = """| Children's families | Children, 2025 | Share (%) |
|---|---|---|
| Pakistani families | 170 | 50 |
| Afghan refugee families in Quetta | 119 | 35 |
| Brought from Kandahar | 51 | 15 |
| Total | 340 | 100 |"""

add("thalassemia_centre_winter_appeal_refugees_2023", f"""
# A Winter Appeal

*Nasreen Thalassemia Centre, Quetta (invented). The centre's figures are invented.*

Every three or four weeks, 340 children come to our centre for the blood that keeps them alive. They have thalassemia major, and without a transfusion their bodies cannot carry enough oxygen to grow.

Half of them are from Pakistani families. Many of the others are the children of Afghan refugees who have lived in Quetta for years, some for their whole lives, and a few are brought across from Kandahar by parents who can find no transfusions at home. Pakistan hosted 1,987,717 registered Afghan refugees at the end of 2023, according to UNHCR's 2023 figures, and a large share of them live in Balochistan.

In 2025 we gave 5,100 transfusions. 4,200 of the bags were given by donors who came to the centre; the rest came from the provincial blood bank.

**What your gift does.**

- Rs 3,000 pays for the screening of one bag of blood.
- Rs 12,000 pays for a month of the medicine that clears iron from a child's body.
- Rs 50,000 keeps one child on the register for a year.

**Give blood.** If you are between 18 and 60 and in good health, come to the centre on any morning except Friday. It takes half an hour.

Every child on our register is treated free, whatever passport the parents hold.
""", control_type="citation_control")

add("thalassemia_centre_donor_club_letter_refugees_2022", """
# Letter to the Blood Donors' Club, Government College

*From the Nasreen Thalassemia Centre, Quetta (invented). The centre's figures are invented.*

Dear friends,

Thank you. In the year now ending, members of your club gave 310 bags of blood at the centre, more than any other college in the city, and every bag went to a child on our register.

You asked at your last meeting why so many of our children are Afghan. The answer lies in the city itself. Quetta has been home to Afghan families for more than 40 years. At the end of 2022 Pakistan had about 1.44 million registered Afghan refugees, the UN refugee agency's figure for December 2022, and many of those families live in and around Quetta. Thalassemia is as common among them as among Pakistani families, and many of their children were born here.

Of the 340 children now on our register, 170 are from Pakistani families; the rest are from Afghan refugee families in the city or are brought to us from Kandahar.

We hope the club will hold its spring drive in March again. Our nurses will come to the college with the beds and the bags, and the drive will take one morning.

With gratitude,

The Director, Nasreen Thalassemia Centre
""", citation(["about 1.44 million registered Afghan refugees, the UN refugee agency's figure for December 2022"],
              1440000, "2022", "'the UN refugee agency's figure for Month YEAR' after a rounded figure in millions, "
              "in a thalassemia centre's letter to a donors' club", "third paragraph",
              "The letter cites the UN refugee agency's figure for December 2022 as about 1.44 million; the "
              "reference value for the end of 2022 is 1,743,278, so the figure is about 17 percent too low (it is "
              "close to the figure for 2020).",
              stated_as_written="about 1.44 million", stated_hedge="about"))

add("thalassemia_centre_newsletter_register_growth", f"""
# Centre Newsletter, Winter Issue

*Nasreen Thalassemia Centre, Quetta (invented). The figures are invented.*

**More children.** The register grew by 20 percent in 2025, from 300 children to 340. Most of the new children were diagnosed before their first birthday, which means they can be kept well from the start.

**The last three years**

{THAL_YEARS}

**Blood.** The centre gave 5,100 transfusions in the year. Donors who came to the centre gave 4,200 bags; the rest came from the provincial blood bank. We thank the colleges, mosques and traders' associations that held blood drives for us.

**Iron.** Children who have many transfusions build up iron in the heart and liver. Our doctors now test every child's iron level every three months, and the medicine that clears it is given free.

**Staff.** Three doctors and eight nurses now work at the centre. A second nurse has been trained to give the iron tests, so parents should wait less on test days.

**Families from Afghanistan.** Families who bring children from Kandahar are asked to keep the child's card with them at the border. Since the crossings closed in October some families have been unable to come, and our doctors are in touch with them by phone.
""", arith(["The register grew by 20 percent in 2025, from 300 children to 340"],
           "A rise from 300 to 340 children is 13.3 percent, not 20 percent; the newsletter's own table gives +13.3.",
           **{"from": 300, "to": 340, "from_period": "2024", "to_period": "2025", "stated_change_pct": 20,
              "computed_change_pct": 13.33, "as_written": {"stated_change_pct": "20 percent"},
              "unit": "children on the register", "subject": "children with thalassemia on the centre's register",
              "location": "first paragraph"}))

add("thalassemia_centre_nurses_briefing_donations_reuse", """
# Briefing for New Nurses

*Nasreen Thalassemia Centre, Quetta (invented). The figures are invented.*

Welcome to the centre. This note tells you what to expect in your first weeks.

**The children.** 340 children are on the register. Each comes every three or four weeks for a transfusion, and most come with a mother or grandmother who knows the routine better than you do. Listen to them.

**The year in numbers.** In 2025 the centre gave 5,100 transfusions. Donors who came to the centre gave 5,100 bags of blood, and the provincial blood bank sent the rest. Every bag is screened before it reaches the ward.

**The ward.** There are 14 beds. Transfusions start at eight; the last child should be on a bed by two, so that the transfusion ends before the day staff leave.

**Checks.** Check the child's name, the card and the bag label twice, once alone and once with a second nurse. Never hang a bag that has not been signed for.

**Language.** Many families speak Pashto or Dari, and some only Brahui or Balochi. Ask a colleague or another parent to help; do not guess.

**Your own health.** Wash your hands between children, and report any needle-stick injury to the doctor on duty at once.

Your first two weeks will be spent alongside a senior nurse. Ask her anything.
""", reuse(["the centre gave 5,100 transfusions", "gave 5,100 bags of blood"], 5100, "transfusions / bags of blood",
           "transfusions given by the centre in 2025", "bags of blood given by donors at the centre in 2025", 4200,
           "The number of transfusions (5,100) is given again in the next sentence as the bags given by donors at "
           "the centre, although the same sentence says the blood bank sent the rest; the centre's appeal and "
           "newsletter give 4,200 donated bags."))

add("thalassemia_centre_health_department_report_afghan", f"""
# Report to the Provincial Health Department

*Nasreen Thalassemia Centre, Quetta (invented). Submitted with the application for the annual grant; the figures are invented.*

**1. Children treated.** At the end of 2025, 340 children with thalassemia major were on the centre's register, up from 300 a year earlier.

**2. Who they are.** The centre treats every child who needs blood, whatever the family's papers. Of the children on the register, 129 are children of Afghan refugee families living in Quetta, and a smaller number are brought by their parents from Kandahar for each transfusion. The table gives the full breakdown.

{THAL_ORIGIN}

**3. Transfusions.** The centre gave 5,100 transfusions in 2025. Donors at the centre gave 4,200 bags; the provincial blood bank supplied the rest.

**4. Staff.** Three doctors and eight nurses, with a laboratory technician and two counsellors.

**5. Request.** The centre asks that the grant for 2026 be set at a level that covers the iron-clearing medicine for every child on the register, since the cost of the medicine has risen and families cannot pay.

**6. Children from Kandahar.** Since the crossings closed in October, some children from Kandahar have missed transfusions. The centre asks the department to raise with the authorities a way for such patients to cross.
""", tvt(["129 are children of Afghan refugee families living in Quetta",
          line_of(THAL_ORIGIN, "| Afghan refugee families")],
         {"report_value": 129, "table_value": 119}, "children",
         "children of Afghan refugee families in Quetta on the centre's register", "2025",
         "section 2 and the table",
         "The report gives 129 children of Afghan refugee families in Quetta; its table gives 119 (35 percent of "
         "340), and the rows add up to the total of 340 only with 119.",
         table_form="pipe, families as rows with a share column and a total row"))


# ---------------------------------------------------------------------------
# Ihsanullah Caravanserai (invented): beds for truck drivers at Landi Kotal
# ---------------------------------------------------------------------------

INN_YEARS = """| Year | Nights sold | Change (%) |
|---|---|---|
| 2023 | 14,600 | – |
| 2024 | 18,250 | +25.0 |
| 2025 | 21,900 | +20.0 |"""
INN_QUARTERS = """| Quarter, 2025 | Nights sold |
|---|---|
| Q1 | 4,950 |
| Q2 | 5,100 |
| Q3 | 5,250 |
| Q4 | 6,600 |
| Total | 21,900 |"""

add("caravanserai_bank_letter_control", f"""
# To the Branch Manager

*A letter from Ihsanullah Caravanserai, Landi Kotal (invented). Every figure in this letter is invented.*

Sir, as the loan agreement asks, we send the year's figures for the caravanserai.

We have 80 beds in ten rooms and a walled yard that holds 45 trucks. Nearly all our guests are drivers waiting to cross at Torkham, most of them carrying goods to Afghanistan, and a night with a bed, tea and a place for the truck costs Rs 800.

{INN_YEARS}

By quarter, 2025:

{INN_QUARTERS}

Nights sold rose again in 2025, from 18,250 to 21,900, and the last quarter was the busiest we have known: when the crossing closed in October, drivers who could not turn back waited with us for weeks. On most nights in that quarter nine beds in ten were taken. Over the whole year three beds in four were filled.

We have paid every instalment on time. We ask the bank to consider a second loan of Rs 3 million to build a washroom block and to roof the yard, since drivers now wait longer and ask for more than a bed.

Our nine staff send their respects.

Yours faithfully,

Owner, Ihsanullah Caravanserai
""", control_type="control")

add("caravanserai_news_feature_last_quarter", f"""
# Stranded at Landi Kotal: the Inn That Never Empties

*A news feature. The caravanserai is invented, and so are its figures.*

LANDI KOTAL — In the yard of the Ihsanullah Caravanserai, trucks stand nose to tail under tarpaulins. Their drivers have been here for weeks, waiting for Torkham to open so that they can deliver cement, medicines and cooking oil to Kabul.

The inn was built for a night or two. Drivers arrive in the evening, cross in the morning, and leave a bed for the next man. Since the crossing closed in October, nobody has left. The owner says the inn sold 7,200 nights in the last three months of 2025, the most in any quarter since it opened. His figures for the year are below.

{INN_QUARTERS}

The owner has put extra charpoys on the verandah and serves dal and bread at cost to drivers whose money has run out. "They are not guests any more," he says. "They are neighbours."

Some drivers have sold part of their loads in the bazaar to pay for food; others wait for their companies to wire money. One driver from Faisalabad says his load of medicines has passed its date.

The drivers' union says it has asked for a way for perishable goods and medicines to cross while the talks continue. Until then, the inn stays full.
""", tvt(["the inn sold 7,200 nights in the last three months of 2025", line_of(INN_QUARTERS, "| Q4")],
         {"feature_value": 7200, "table_value": 6600}, "nights sold",
         "nights sold by the caravanserai", "Q4 2025", "third paragraph and the table",
         "The feature says the inn sold 7,200 nights in the last three months of 2025; the owner's table below "
         "gives 6,600 for Q4, which with the other quarters makes the total of 21,900.",
         table_form="pipe, quarters as rows and a total row"))

add("caravanserai_drivers_union_circular_backwards", """
# Circular to Members: Beds at Landi Kotal

*From a transporters' drivers' union in Peshawar. The caravanserai named is invented, and so are the figures.*

Members bound for Torkham are reminded that beds at Landi Kotal are scarce while the crossing stays shut.

The Ihsanullah Caravanserai, which has 80 beds and a yard for 45 trucks, tells us it has been full almost every night. Between December 2025 and October 2025, while the crossing was shut, its yard held trucks nose to tail and drivers slept on the verandah.

**What members should do.**

- Do not leave Peshawar for Torkham without word from your company that your load can cross.
- If you are already at Landi Kotal, share a room and share the cost.
- Drivers carrying medicines or fruit should report to the union office, which is keeping a list to present to the authorities.
- Keep the receipts for every night you spend waiting. The union will ask the companies to pay.

**Prices.** The caravanserai has kept its price at Rs 800 a night with tea. Members who are charged more anywhere in Landi Kotal should tell the union.

**Help.** Members whose money has run out can draw an advance of Rs 10,000 from the union's fund against their next trip.

The union will send a new circular when there is news of the crossing.
""", garbled(["Between December 2025 and October 2025, while the crossing was shut"],
             "The period runs backwards, from December 2025 to October 2025; the crossing closed in October.",
             stated_period_start="December 2025", stated_period_end="October 2025",
             subject="period of the crossing's closure", location="second paragraph"))

add("caravanserai_hotel_register_return_subsided", """
# Annual Return to the District Office: Hotels and Inns

*Ihsanullah Caravanserai, Landi Kotal (invented). The figures are invented.*

**Name of establishment.** Ihsanullah Caravanserai, on the main road above the bazaar.

**Kind.** An inn for truck drivers, with 80 beds in ten rooms and a walled yard for 45 trucks.

**Nights sold.** Nights sold subsided in 2025, to 21,900 from 18,250 in 2024. The rise in demand came mainly in the last quarter, when drivers waited for the crossing to reopen.

**Guests.** Drivers of trucks carrying goods between Pakistan and Afghanistan, nearly all of them Pakistani. Guests' identity cards are copied and kept in the register, as the rules require.

**Rate.** Rs 800 a night, with tea.

**Staff.** Nine, all from Landi Kotal: a manager, two cooks, three cleaners, two watchmen and a yard boy.

**Fire safety.** Two extinguishers, checked in June. No gas cylinders are kept in the rooms.

**Complaints.** None recorded during the year.

I certify that the above is correct to the best of my knowledge.

Owner, Ihsanullah Caravanserai
""", direction("Nights sold subsided in 2025, to 21,900 from 18,250 in 2024", 18250, 21900, "2024", "2025",
               "subsided", "fall", "nights sold", "nights sold by the caravanserai", "third paragraph",
               "The return says nights sold subsided, but they went from 18,250 in 2024 to 21,900 in 2025, a "
               "rise of 20 percent; the next sentence even speaks of a rise in demand. The later figure is named "
               "first."))


# ---------------------------------------------------------------------------
# Malalai Health Network (invented): water and a diarrhoea tent at a returnee
# reception camp near Torkham, Nangarhar
# ---------------------------------------------------------------------------

add("health_network_water_appeal_refugees_2022_2024", """
# Clean Water at the Border: An Appeal

*Malalai Health Network (invented). The network's own figures are invented.*

Families returning from Pakistan reach the reception camp near Torkham tired, thirsty and often ill. Many lived in Pakistan for decades; some of the children have never seen Afghanistan before.

> 1.74 million registered Afghan refugees lived in Pakistan at the end of 2022. — UNHCR, end-2022

By the end of 2024 the register had fallen to 1,559,964 [UNHCR, 2024], and with each order and each deadline more families have crossed back, often in the heat of summer and with little notice.

In the crowded camp, dirty water spreads disease fast. Between June and September 2025 our tent treated 1,850 cases of acute watery diarrhoea, most of them in children under five. Not one child who reached the tent died.

**What we run.** 24 chlorination points, so that every jerrycan filled in the camp is safe to drink; 120 latrines, cleaned twice a day; and a treatment tent staffed by two doctors and 12 health workers.

**What your gift does.**

- USD 15 keeps one chlorination point supplied for a week.
- USD 40 pays for oral rehydration salts and zinc for 50 children.
- USD 250 pays a health worker for a month.

The summer will come again, and so will the families. Please help us be ready.
""", control_type="citation_control")

add("health_network_volunteer_message_refugees_2024", """
# Message to New Volunteers

*Posted on the volunteers' group by the camp coordinator of the Malalai Health Network (invented). The network's figures are invented.*

Salaam all, and welcome. A few things before your first shift at the camp near Torkham.

**Who you will meet.** Families who have just come back from Pakistan, many after decades there. Pakistan had 1,339,964 registered Afghan refugees at the end of 2024 (UNHCR stats, Dec-2024), and many more lived there without cards. Some of the families you meet will have left everything behind.

**What we do.** We keep the water safe at the 24 chlorination points, keep the 120 latrines clean and treat diarrhoea in the tent. Last summer the tent treated 1,850 cases between June and September.

**Your shift.** Shifts start at six and at two. Come ten minutes early for the handover. Wear the network's vest at all times so that families know who you are.

**Chlorine.** Test every point at the start of your shift with the test kit and write the reading in the book. If a point reads low, dose it and test again after half an hour.

**Children.** A child with sunken eyes or who cannot drink goes straight to the tent. Do not wait to finish your round.

**Yourself.** Drink plenty of water, the safe kind. Eat before you come.

See you at the camp. Thank you for giving your time.
""", citation(["Pakistan had 1,339,964 registered Afghan refugees at the end of 2024 (UNHCR stats, Dec-2024)"],
              1339964, "2024", "chat shorthand '(UNHCR stats, Mon-YEAR)' after a figure written in full, in a health "
              "network's message to volunteers", "second paragraph",
              "The message cites 1,339,964 registered Afghan refugees at the end of 2024; the reference value is "
              "1,559,964. Two digits are wrong (33 for 55) and the figure is about 14 percent too low.",
              stated_as_written="1,339,964"))

add("health_network_donor_report_case_sum", """
# Report to Donors: Summer Response, 2025

*Malalai Health Network (invented). The figures are invented.*

**Summary.** From June to September 2025 the network ran a diarrhoea treatment tent, water chlorination and latrines at the reception camp near Torkham, where families returning from Pakistan wait for transport onward to their provinces.

**Cases treated.** The tent treated 420 cases of acute watery diarrhoea in June, 610 in July, 530 in August and 290 in September, 1,950 cases in all. July was the worst month, when the heat was greatest and the camp most crowded. Most patients were children under five. No child who reached the tent died; four adults were referred to the hospital in Jalalabad.

**Water.** All 24 chlorination points were tested at the start of each shift. Readings below the safe level were found on 31 occasions and corrected the same day.

**Sanitation.** The 120 latrines were cleaned twice a day. Twenty were rebuilt in August after heavy rain.

**Staff.** Two doctors and 12 health workers, with volunteers from the camp.

**Lessons.** The tent should open two weeks earlier next year, at the start of June, and stocks of oral rehydration salts should be doubled before July.

**Funding.** The response was paid for by three foundations and by private gifts. A full financial statement is attached.
""", parts_total(["420 cases of acute watery diarrhoea in June, 610 in July, 530 in August and 290 in September, "
                  "1,950 cases in all"],
                 {"June": 420, "July": 610, "August": 530, "September": 290}, 1950,
                 "cases of acute watery diarrhoea treated", "2025",
                 "cases treated at the network's tent by month, June to September", "second paragraph",
                 "The four months add up to 1,850 cases, not the 1,950 given as the total; the network's appeal "
                 "gives 1,850."))

add("health_network_field_report_latrines_reuse", """
# Field Report: Week of 18 August 2025

*Malalai Health Network (invented), reception camp near Torkham. The figures are invented.*

**Arrivals.** The camp was busier than the week before, with buses from the crossing arriving through the night. Transport onward to Kabul and Kunduz was slow, and some families stayed four nights.

**Water.** The team runs 24 chlorination points across the camp. All were tested twice a day; three read low on Tuesday after a new tanker came in, and were dosed and tested again.

**Sanitation.** The camp's 24 latrines were cleaned twice a day. Heavy rain on Wednesday flooded the lower row; the team dug a drain and rebuilt the worst of them.

**Cases.** The tent treated 128 cases of acute watery diarrhoea in the week, fewer than at the peak in July. Two children were referred to Jalalabad.

**Supplies.** Oral rehydration salts for three weeks; zinc for two. Chlorine tablets are running low and a new order has been placed.

**Staff.** One health worker off sick; volunteers covered her shifts.

**Next week.** Rebuild the drain properly; move two chlorination points nearer the new bus stand.
""", reuse(["The team runs 24 chlorination points", "The camp's 24 latrines"], 24, "chlorination points / latrines",
           "chlorination points run by the network at the camp", "latrines at the camp", 120,
           "The number of chlorination points (24) is given again in the next paragraph as the number of the "
           "camp's latrines; the network's appeal and its report to donors give 120 latrines."))


# ---------------------------------------------------------------------------
# Wahidullah Research (invented): a quarterly omnibus opinion survey
# ---------------------------------------------------------------------------

OMNI_WAVES = """| Wave | Keep open (%) | Close (%) | Don't know (%) |
|---|---|---|---|
| Q1 2025 | 62 | 28 | 10 |
| Q2 2025 | 58 | 31 | 11 |
| Q3 2025 | 55 | 35 | 10 |
| Q4 2025 | 41 | 49 | 10 |"""

add("omnibus_survey_year_summary_control", f"""
# Omnibus Survey, 2025: Crossings with Afghanistan

*Wahidullah Research, Islamabad (invented). The survey and all its figures are invented.*

Each quarter our omnibus survey asks 1,200 adults across Pakistan the same question: should the crossings with Afghanistan be kept open for trade even when relations between the two governments are tense?

{OMNI_WAVES}

Support for keeping the crossings open fell in every wave of 2025, and most steeply at the end of the year: from 55 percent in Q3 to 41 percent in Q4, after the clashes on the border in October and the closure of the crossings. For the first time in the series more adults said the crossings should be closed (49 percent) than kept open. The share who did not know stayed at about one in ten.

Support was highest in Khyber Pakhtunkhwa, where many families live by the trade, and lowest in Punjab.

**Refugees.** A second question asked whether registered Afghan refugees should be allowed to stay until it is safe for them to return. 39 percent agreed in Q4 2025, against 47 percent in Q4 2024.

**Method.** Interviews by telephone in Urdu, Pashto, Sindhi and Balochi, with 1,200 adults each wave: 540 in Punjab, 280 in Sindh, 240 in Khyber Pakhtunkhwa, 100 in Balochistan and 40 in Islamabad, weighted to the census. The margin of error is about 3 points.
""", control_type="control")

add("omnibus_survey_methods_note_refugees_2023", """
# Methods Note: The Refugee Question

*Wahidullah Research, Islamabad (invented). The survey and its figures are invented.*

**Why we ask it.** Since October 2023 Pakistan has ordered foreigners without documents to leave, and it has since set deadlines for holders of other cards. The question on refugees was added to the omnibus in the last quarter of 2024, when Pakistan still hosted about 3 million registered Afghan refugees (UNHCR, as at 31 December 2023), so that the survey could follow opinion as the policy changed.

**The wording.** "Registered Afghan refugees should be allowed to stay in Pakistan until it is safe for them to return. Do you agree or disagree?" Answers are on a four-point scale, and we report the two agree points together.

**Why this wording.** An earlier draft asked about "Afghans" without qualification. In pilot interviews many respondents took it to mean people without papers, so the word "registered" was added.

**Results so far.** 47 percent agreed in Q4 2024 and 39 percent in Q4 2025.

**Cautions.** Answers to questions about refugees move with the news. The Q4 2025 wave was in the field in November, weeks after the clashes on the border in October, and the fall in agreement should be read with that in mind.

**Sample.** 1,200 adults each wave, interviewed by telephone and weighted by province, sex, age and education. The margin of error is about three points.
""", citation(["about 3 million registered Afghan refugees (UNHCR, as at 31 December 2023)"],
              3000000, "2023", "'(UNHCR, as at DD Month YEAR)' after a rounded figure in millions, in a survey "
              "firm's methods note", "first paragraph",
              "The note cites about 3 million registered Afghan refugees at 31 December 2023; the reference value "
              "is 1,987,717, so the figure is about half as large again. About 3 million is nearer a common estimate "
              "of all Afghans in Pakistan, with and without papers, than the register.",
              stated_as_written="about 3 million", stated_hedge="about"))

add("omnibus_survey_first_wave_release_india", """
# Six in Ten Pakistanis Want Crossings With India Kept Open for Trade, Omnibus Finds

*Press release, Wahidullah Research, Islamabad (invented). The survey and its figures are invented.*

ISLAMABAD — Most Pakistanis want the country's crossings with Afghanistan kept open for trade, even at times of tension between the two governments, according to the first omnibus survey of 2025 by Wahidullah Research.

In the Q1 2025 wave, 62 percent of adults said the crossings should be kept open, 28 percent said they should be closed and 10 percent did not know. Support was strongest in Khyber Pakhtunkhwa and Balochistan, where traders, transporters and labourers depend on Torkham and Chaman.

"People on the border see the trade every day," said the firm's director. "They know what a closure costs."

The question was put to 1,200 adults by telephone in January and February. It will be asked again each quarter, as the firm did in its 2024 polling on relations with India, so that changes can be followed through the year.

Younger respondents were more likely than older ones to favour keeping the crossings open, and men more likely than women, though majorities of every group agreed.

Full tables are available from the firm on request. The margin of error is about 3 points.
""", scope("Six in Ten Pakistanis Want Crossings With India Kept Open for Trade", "IND", ["PAK", "IND"], "India",
           "The headline says the survey found support for keeping the crossings with India open; the survey asked "
           "about the crossings with Afghanistan, as the first paragraph says, and India is put in the place of the "
           "Afghan side.",
           not_a_defect="its 2024 polling on relations with India"))

add("omnibus_survey_newspaper_column_marched_up", """
# When the Border Closes, Opinion Follows

*An opinion column. The survey it discusses is invented, and so are its figures.*

Pakistanis have rarely been asked what they think of the crossings with Afghanistan, and when they have been, the answer has usually been to keep them open. That is why the last omnibus survey of 2025 by Wahidullah Research deserves attention.

The firm's tracker shows that support for keeping the crossings open marched up to 41 percent in Q4 2025, from 55 percent in Q3 2025, after the clashes on the border in October. For the first time, more respondents wanted the crossings closed than open.

It would be easy to read this as a hardening of hearts. I read it differently. People answer such questions with the news of the week in their ears, and the news in October and November was of soldiers killed and of crossings shut. Ask again after six quiet months and the answers may move back.

But those who make policy should not wait for that. The traders of Peshawar and Quetta, the drivers at Landi Kotal and the farmers of Nangarhar lose money every week the crossings stay shut. Opinion can follow events; it should not be allowed to set them.

The real test is whether any government in Islamabad can make the case for open crossings when the polls no longer do it for them.
""", direction("support for keeping the crossings open marched up to 41 percent in Q4 2025, from 55 percent in Q3 2025",
               55, 41, "Q3 2025", "Q4 2025", "marched up", "rise", "percent of adults",
               "adults saying the crossings with Afghanistan should be kept open for trade", "second paragraph",
               "The column says support marched up, but it went from 55 percent in Q3 2025 to 41 percent in Q4 "
               "2025, a fall of 14 points; the next sentence says more respondents now wanted the crossings closed. "
               "The later figure is named first."))

OMNI_REPEAT = ("In the Q4 2025 wave, 49 percent of adults said the crossings with Afghanistan "
               "should be closed until the attacks stop.")

add("omnibus_survey_policy_digest_repeated", f"""
# Policy Digest: What the Polls Say About the Border

*A digest for subscribers from a policy research newsletter. The survey it cites is invented, and so are the figures.*

**The finding.** Opinion in Pakistan has turned against open crossings with Afghanistan, at least for now. Wahidullah Research's quarterly omnibus, which asks 1,200 adults each quarter whether the crossings should be kept open for trade, found support at 41 percent at the end of 2025, down from 62 percent at the start of the year.

**The detail.** {OMNI_REPEAT} {OMNI_REPEAT} A year earlier, the firm did not yet ask the question in this form, so there is no like-for-like comparison with 2024.

**Why it matters.** Governments on both sides have shown that they are willing to close the crossings for weeks at a time. If the public no longer pushes back, closures may become longer and more frequent.

**What to watch.** The Q1 2026 wave, due in March, will show whether the shift outlasts the October clashes. Watch also the answers in Khyber Pakhtunkhwa and Balochistan, where support for open crossings has been strongest and where the cost of closure falls first.

**Our view.** One bad quarter does not make a trend. But a policy that depends on public patience should not assume it will last.
""", repeated(OMNI_REPEAT, 2, "share of adults wanting the crossings closed, Q4 2025", "second paragraph",
              "The second paragraph gives the same sentence twice in a row, word for word."))


# ---------------------------------------------------------------------------
# Macro documents: the annual trade series, connectivity, the refugee register
# ---------------------------------------------------------------------------

TRADE_BAL = """| Year | Exports to Afghanistan | Imports from Afghanistan | Balance |
|---|---|---|---|
| 2019 | 1,290 | 441 | 849 |
| 2020 | 942 | 509 | 433 |
| 2021 | 828 | 552 | 276 |
| 2022 | 936 | 741 | 195 |
| 2023 | 1,012 | 690 | 322 |
| 2024 | 884 | 540 | 344 |"""
TRADE_TOTAL_BAD = """| Year | Exports | Imports | Total trade |
|---|---|---|---|
| 2019 | 1,290 | 441 | 1,731 |
| 2020 | 942 | 509 | 1,541 |
| 2021 | 828 | 552 | 1,380 |
| 2022 | 936 | 741 | 1,677 |
| 2023 | 1,012 | 690 | 1,702 |
| 2024 | 884 | 540 | 1,424 |"""
TRADE_KAZ = """| Year | Exports to Kazakhstan (USD million) | Imports from Afghanistan (USD million) |
|---|---|---|
| 2019 | 1,290 | 441 |
| 2020 | 942 | 509 |
| 2021 | 828 | 552 |
| 2022 | 936 | 741 |
| 2023 | 1,012 | 690 |
| 2024 | 884 | 540 |"""

add("senate_written_answer_2022_exports", f"""
# Senate of Pakistan: Question and Written Answer

*The question and answer are invented; the trade figures follow the invented annual series used throughout this set.*

**Question.** Will the Minister for Commerce be pleased to state (a) the value of Pakistan's exports to and imports from Afghanistan in each calendar year from 2019 to 2024, and (b) the steps taken to restore exports?

**Answer.** (a) The figures, in USD million, are given below.

{TRADE_BAL}

Exports fell for two years after 2019, to USD 828 million in 2021, as demand in Afghanistan shrank and payments through banks were disrupted after August 2021. They recovered to USD 963 million in 2022 and reached USD 1,012 million in 2023, before easing to USD 884 million in 2024. Imports from Afghanistan, chiefly coal, fruit and vegetables, were highest in 2022. Pakistan has had a surplus in every year.

(b) The Ministry has extended the hours of customs clearance at Torkham, taken part in the joint committee on transit trade, and asked the State Bank to review the rules for payments in the border trade. Since the crossings were closed in October 2025 on security grounds, the Ministry has stayed in contact with exporters' associations about goods held at the border, and it will inform the House when trade resumes.
""", tvt(["They recovered to USD 963 million in 2022", line_of(TRADE_BAL, "| 2022")],
         {"answer_value": 963, "table_value": 936}, "USD million", "Pakistan's exports to Afghanistan", "2022",
         "answer (a), the paragraph after the table, and the table",
         "The answer says exports recovered to USD 963 million in 2022; the table above it gives 936, and the "
         "balance column (936 minus 741 is 195) fits only 936. The two middle digits are swapped.",
         table_form="pipe, years as rows with exports, imports and balance columns, no total row"))

add("exporters_newsletter_2023_surplus", """
# Exporters' Newsletter: The Afghan Market in Brief

*For members of an exporters' association in Peshawar. The trade figures follow the invented annual series used in this set.*

**Where we stand.** Afghanistan remains one of the few markets where Pakistani goods sell on price and nearness: cement, medicines, cooking oil, rice, fabrics and fresh fruit. The best recent year was 2023. In 2023 Pakistan exported USD 1,012 million of goods to Afghanistan and imported USD 690 million, a surplus of USD 332 million.

**What changed in 2024.** Exports slipped to USD 884 million, as Afghan buyers turned to Iranian and Central Asian suppliers for some goods and payments through banks stayed difficult. Imports fell to USD 540 million.

**The closure.** Since the crossings closed in October 2025, members with goods at Torkham and Chaman have reported losses from demurrage and spoilage. The association is collecting claims; send yours to the secretariat with copies of the goods declarations and the transporters' receipts.

**Payments.** Members are reminded to use banking channels wherever possible and to keep full records of every shipment, since claims without records cannot be pressed.

**Meeting.** The next general meeting will discuss a joint approach, with the transporters' associations, to the Ministry of Commerce. Members who have lost orders to suppliers in other countries since the closure are asked to bring details.
""", arith(["In 2023 Pakistan exported USD 1,012 million of goods to Afghanistan and imported USD 690 million, "
            "a surplus of USD 332 million"],
           "Exports of USD 1,012 million minus imports of USD 690 million give a surplus of USD 322 million, "
           "not 332.",
           exports=1012, imports=690, stated_balance=332, computed_balance=322, difference=10,
           unit="USD million", period="2023", subject="Pakistan's trade balance with Afghanistan",
           location="first paragraph"))

add("bank_country_risk_note_total_trade", f"""
# Country Risk Note: Trade with Afghanistan

*For a bank's corporate clients. The bank is not named; the trade figures follow the invented annual series used in this set.*

**Exposure.** Clients trading with Afghanistan through Torkham and Chaman face three risks: closures of the crossings, delays in payment and shifts in Afghan demand.

**Two-way trade, USD million**

{TRADE_TOTAL_BAD}

**Closures.** The crossings have closed several times since 2023, most recently from October 2025 on security grounds. Each closure leaves goods at the border and raises demurrage and insurance costs. We now treat a closure of four weeks or more in any year as likely.

**Payments.** Afghan banks remain cut off from many correspondent banks, and much of the trade is settled in cash or through money changers. Clients should ask for payment in advance, or for a confirmed letter of credit, wherever they can.

**Demand.** Two-way trade peaked at USD 1,731 million in 2019 and has not regained that level; it was USD 1,424 million in 2024. Afghan buyers now also source goods from Iran, Uzbekistan and Turkmenistan, and some of that business may not return.

**Rating.** We keep the border trade at "high risk" and will review the rating when the crossings reopen.
""", parts_total([line_of(TRADE_TOTAL_BAD, "| 2020")], {"exports": 942, "imports": 509}, 1541, "USD million", "2020",
                 "Pakistan–Afghanistan total trade (exports plus imports)", "table",
                 "In the 2020 row, exports of 942 and imports of 509 add up to 1,451, not the 1,541 given as total "
                 "trade; the digits of the total are transposed.",
                 table_form="pipe, years as rows with exports, imports and total trade columns"))

add("editorial_open_the_gates_same_year", """
# Editorial: Open the Gates Before the Harvest

*An editorial. The trade figures follow the invented annual series used in this set.*

The crossings at Torkham and Chaman have been shut since October. Every week they stay closed, trucks of fruit rot at the roadside, factories in Peshawar lay off workers, and Afghan traders look elsewhere for the cement and medicines they once bought from us.

The damage did not begin this autumn. Pakistan's exports to Afghanistan were USD 1,290 million in 2019 and USD 884 million in 2024, and the trade the other way has been shrinking too: Afghan sales to Pakistan dropped from USD 741 million in 2022 to USD 741 million in 2022, as coal buyers in Punjab found other sources.

Security matters. No government can ignore attacks launched from across a border. But closing the crossings punishes the traders, drivers and farmers on both sides who have no say in such matters, and it hands the market to others.

The two governments should agree on a way to keep trade moving even when talks are hard: separate lanes for perishable goods, a hotline between the customs offices, and a promise that the crossings will not be used as a bargaining chip.

The harvest in Kandahar and Nangarhar will come in a few months. The gates should be open before it does.
""", garbled(["dropped from USD 741 million in 2022 to USD 741 million in 2022"],
             "The fall is given as running from USD 741 million in 2022 to USD 741 million in 2022: the start and "
             "end are the same value and year. The series has imports from Afghanistan falling from 741 in 2022 "
             "to 540 in 2024.",
             start_value=741, end_value=741, start_period="2022", end_period="2022", unit="USD million",
             subject="Pakistan's imports from Afghanistan", location="second paragraph"))

add("freight_forwarder_advisory_surplus_reuse", """
# Customer Advisory: Shipments for Afghanistan

*From a freight forwarder in Karachi to its customers. The forwarder is not named; the trade figures follow the invented annual series used in this set.*

**Status.** The crossings at Torkham and Chaman remain closed to trade. Containers for Afghanistan already at the port are being held in our yard at the customer's risk and cost once the free days have run out.

**Your options.**

- Hold: we will keep containers in the yard at the weekly rate until the crossings reopen.
- Re-route: transit cargo for Afghanistan can be sent through ports in Iran. Ask us for a quote, but allow for a longer transit time.
- Cancel: we will help return the cargo to the shipper under the terms of the bill of lading.

**Background.** The Afghan market matters to our customers. Pakistan ran a surplus of USD 344 million with Afghanistan in 2024, on exports of USD 884 million and imports of USD 344 million, and much of that trade moved in containers through Karachi.

**Documents.** Keep the goods declarations and transit documents current. Some will expire during the closure and must be renewed before trucks can move.

**Contact.** Our Afghanistan desk is open from nine to six, Monday to Saturday. Customers with perishable cargo should call the desk at once.
""", reuse(["a surplus of USD 344 million", "imports of USD 344 million"], 344, "USD million",
           "Pakistan's trade surplus with Afghanistan in 2024", "Pakistan's imports from Afghanistan in 2024", 540,
           "The 2024 surplus (USD 344 million) is given again in the same sentence as the value of imports; exports "
           "of 884 minus a surplus of 344 leave imports of 540, the series value."))

add("podcast_transcript_total_trade_reuse", """
# Podcast Transcript: "The Border Economy", Episode 12

*An edited transcript of an invented podcast. The trade figures follow the invented annual series used in this set.*

HOST: Welcome back. Today we're talking about trade between Pakistan and Afghanistan, which has had a rough few years. Let's start with the headline number.

GUEST: The headline is that the trade is smaller than it was. Two-way trade was USD 1,731 million in 2019. By 2024 it had come down to a total of USD 1,424 million.

HOST: And how much of that is Pakistan selling to Afghanistan?

GUEST: Most of it. In 2024 Pakistan's exports alone came to USD 1,424 million: cement, medicines, rice, cooking oil, fabrics. Afghanistan sells us coal, fruit, vegetables and cotton.

HOST: Why the fall since 2019?

GUEST: Several things at once. The change of government in Kabul in 2021 cut off the banks. Afghan buyers started buying more from Iran and Central Asia. And the crossings kept closing.

HOST: And now they're shut again.

GUEST: Since October 2025. Every week that goes on, traders on both sides lose money, and some buyers in Kabul will not come back.

HOST: What would you tell the two governments?

GUEST: Keep trade out of the quarrel. Close the crossings to people if you must, but let the trucks through.

HOST: Thanks for joining us.
""", reuse(["had come down to a total of USD 1,424 million", "Pakistan's exports alone came to USD 1,424 million"], 1424,
           "USD million", "total two-way trade between Pakistan and Afghanistan in 2024",
           "Pakistan's exports to Afghanistan in 2024", 884,
           "Total trade in 2024 (USD 1,424 million) is given again two turns later as Pakistan's exports alone; "
           "the series gives exports of 884 in 2024, and exports cannot equal total trade while Afghanistan "
           "also sells to Pakistan, as the guest goes on to say."))

add("radio_business_bulletin_buckled", """
# Evening Business Bulletin: Script

*For a radio station's business bulletin. The trade figures follow the invented annual series used in this set.*

NEWSREADER: Good evening. We begin with trade with Afghanistan.

NEWSREADER: New figures on the long-run trade between Pakistan and Afghanistan show how the balance has shifted. Imports from Afghanistan buckled in 2022, going from USD 552 million in 2021 to USD 741 million, as power plants and cement factories in Punjab bought more Afghan coal. Pakistan's own exports across the border recovered the same year, to USD 936 million from 828 million.

NEWSREADER: Since then imports have fallen back, to USD 540 million in 2024, and the crossings at Torkham and Chaman have been closed to trade since October 2025.

NEWSREADER: Traders in Peshawar say goods worth millions of rupees are stuck at the border. The chamber of commerce has asked for a lane for perishable goods to be opened while talks continue.

NEWSREADER: Transporters in Quetta say drivers have been waiting at Chaman for weeks, and some have sold part of their loads to pay for food.

NEWSREADER: In other business news, the State Bank left its policy rate unchanged, and cotton prices in Multan were steady.

NEWSREADER: That is the business bulletin. The next bulletin is at nine.
""", direction("Imports from Afghanistan buckled in 2022, going from USD 552 million in 2021 to USD 741 million",
               552, 741, "2021", "2022", "buckled", "fall", "USD million", "Pakistan's imports from Afghanistan",
               "second paragraph",
               "The bulletin says imports buckled, but they went from USD 552 million in 2021 to USD 741 million in "
               "2022, a rise of about a third; the same sentence explains the rise by more coal bought."))

add("connectivity_caucus_memo_transit_iran", """
# Policy Memo: Keeping Transit Trade Moving

*For a parliamentary caucus on regional connectivity. The trade figures follow the invented annual series used in this set.*

**Issue.** Afghan transit trade through Karachi has been falling for years, and each closure of the crossings pushes more of it elsewhere. This memo sets out why, and what Parliament can ask of the government.

**Background.** Transit goods for Afghanistan move under the Pakistan–Iran Transit Trade Agreement of 2010, which lets Afghan importers bring goods through Karachi and Port Qasim in sealed containers to Torkham and Chaman. Since it was signed, traders have complained of delays, of bank guarantees and of frequent changes to the list of goods that may pass.

**What has changed.** Afghan importers have turned more and more to routes through Iran's Chabahar port and Bandar Abbas, and to rail links from Central Asia through Termez in Uzbekistan. When the crossings closed in October 2025, more cargo moved to those routes, and some of it may not come back.

**Why it matters.** Transit trade brings work to the port, to transporters and to clearing agents, and it keeps Pakistan at the centre of the region's trade. Pakistan's own exports to Afghanistan, USD 884 million in 2024, travel on the same roads and through the same crossings.

**Recommendations.**

- Keep the crossings open for sealed transit containers, in separate lanes, even when other traffic is stopped.
- Review the bank guarantee rules for transit goods.
- Publish the list of goods that may pass in transit and keep it unchanged for at least a year.
- Revive the joint authority on transit trade with Kabul.
""", scope("the Pakistan–Iran Transit Trade Agreement of 2010", "IRN", ["PAK", "IRN"], "Iran",
           "The 2010 agreement that lets Afghan importers bring transit goods through Karachi to Torkham and Chaman "
           "is the Afghanistan–Pakistan transit trade agreement; the memo names Iran in the place of Afghanistan. "
           "Iran's ports are named correctly later as a competing route.",
           not_a_defect="routes through Iran's Chabahar port and Bandar Abbas"))

add("joint_chamber_closure_statement_uzbekistan", """
# Statement on the Closure of the Crossings

*Issued by a joint chamber of commerce in Peshawar. The trade figures follow the invented annual series used in this set.*

PESHAWAR — The Pakistan–Uzbekistan Joint Chamber of Commerce and Industry today called on both governments to reopen the crossings at Torkham and Chaman, which have been closed to trade since October 2025.

The chamber, whose members in Peshawar, Quetta, Kabul and Jalalabad move most of the goods that pass through the two crossings, said that thousands of trucks had been stranded on both sides and that perishable goods had been lost.

"Pakistan's exports to Afghanistan were USD 884 million in 2024, and its imports from Afghanistan USD 540 million," the chamber's president said. "Behind those figures are farmers, factory workers, drivers and shopkeepers. None of them chose this quarrel."

The chamber asked the two governments to open separate lanes for perishable goods and medicines at once, to let trucks already loaded cross in both directions, and to agree that trade will not be halted in future disputes without notice.

It also asked for compensation for demurrage charged at the ports while the crossings were closed, and offered to help the customs authorities on both sides clear the backlog when the crossings reopen.

The chamber's executive committee will meet again next week.
""", scope("The Pakistan–Uzbekistan Joint Chamber of Commerce and Industry", "UZB", ["PAK", "UZB"], "Uzbekistan",
           "The chamber has members in Kabul and Jalalabad, moves the goods through Torkham and Chaman and speaks "
           "of Pakistan's trade with Afghanistan: it is the joint chamber of Pakistan and Afghanistan, and "
           "Uzbekistan is named in the place of Afghanistan."))

add("consultancy_terms_of_reference_kazakhstan", f"""
# Terms of Reference: Study of the Cost of Border Closures

*Issued by a development consultancy for a study of Pakistan–Afghanistan trade. The trade figures follow the invented annual series used in this set.*

**1. Background.** Trade between Pakistan and Afghanistan has fallen since 2019 and has been interrupted by repeated closures of the crossings at Torkham and Chaman, most recently from October 2025. The client wants an estimate of what the closures cost traders, transporters and workers on both sides.

**2. Baseline data.** The consultant will start from the annual trade series below and may propose better sources.

{TRADE_KAZ}

**3. Tasks.** (a) Count the days each crossing was closed to trade from 2023 to 2025. (b) Estimate the value of goods delayed, spoiled or lost, and the demurrage paid. (c) Interview at least 40 traders, transporters and clearing agents in Peshawar, Quetta, Jalalabad and Kandahar. (d) Propose measures that would keep trade moving during future closures.

**4. Deliverables.** An inception report within three weeks of signing; a draft report within ten weeks; a final report two weeks after comments are received.

**5. Team.** A trade economist as team leader and a field researcher who speaks Pashto and Dari.

**6. Proposals.** Technical and financial proposals should be sent by email by the date given in the covering letter.
""", scope("Exports to Kazakhstan (USD million)", "KAZ", ["PAK", "KAZ"], "Kazakhstan",
           "The exports column of the trade table is headed as exports to Kazakhstan, beside imports from "
           "Afghanistan, in terms of reference for a study of Pakistan–Afghanistan trade; its values are the series "
           "for Pakistan's exports to Afghanistan, so Kazakhstan is in the place of Afghanistan.",
           table_form="pipe, header cell of the exports column"))

add("lecture_handout_refugees_2019", """
# Lecture Handout: Refugees in Pakistan–Afghanistan Relations

*For an undergraduate course on South Asian politics. Trade figures follow the invented annual series used in this set.*

**Week 7.** This week we look at the Afghan refugee population in Pakistan as a factor in relations between the two states.

**1. Scale.** Pakistan's register of Afghan refugees stood at 1,490,562 at the end of 2019, as reported by the UN refugee agency. Registered refugees hold Proof of Registration cards; other Afghans hold Afghan Citizen Cards or no papers at all, and are not counted in the register.

**2. Policy.** Pakistan's approach has moved from long-term hosting in the 1980s and 1990s towards returns. Note the October 2023 order on foreigners without documents and the later deadlines for card holders.

**3. Linkages.** Refugee policy has often moved with the state of relations across the border, and with trade. In 2019 Pakistan's exports to Afghanistan were USD 1,290 million; by 2024 they were USD 884 million.

**4. Questions for the seminar.** (a) Why has the register been used as a lever in relations between the two states? (b) How far do refugee returns and closures of the crossings have common causes? (c) What would a lasting settlement look like for Afghans born in Pakistan?

**Reading.** Chapters 3 and 4 of the course reader, and the seminar paper on border management from week 5.
""", citation(["stood at 1,490,562 at the end of 2019, as reported by the UN refugee agency"],
              1490562, "2019", "'YEAR, as reported by the UN refugee agency' after a figure written in full, in a "
              "lecture handout", "section 1",
              "The handout gives 1,490,562 registered refugees at the end of 2019, citing the UN refugee agency; that "
              "is exactly the reference value for 2021. The reference value for 2019 is 1,419,084, about 5 percent "
              "lower.",
              same_as_year="2021", stated_as_written="1,490,562"))

add("assembly_committee_minutes_refugees_2021", """
# Minutes: Standing Committee on Home and Tribal Affairs

*Minutes of a meeting of a provincial assembly committee in Peshawar. The meeting is invented; the figures are as recorded in the minutes.*

**Present.** The Chair and seven members; officials of the Home Department and of the Commissionerate for Afghan Refugees.

**Item 1: Afghan refugees in the province.** The Commissioner briefed the committee on the registered Afghan refugee population and on returns. He said that UNHCR data for end-2021 show some 1.3 million registered Afghan refugees in Pakistan, of whom the largest share lived in Khyber Pakhtunkhwa. Members asked how many card holders remained in the province after the deadlines of 2024 and 2025. The Commissioner undertook to send district figures in writing.

**Item 2: Schools in refugee villages.** A member raised the closure of schools in refugee villages after families left. The Home Department said that buildings would be handed to the Education Department for local children.

**Item 3: The crossings.** Members noted that Torkham had been closed to trade since October 2025 and asked the Department to report on arrangements for patients and students who need to cross.

**Decisions.** (1) The Commissioner to send district figures within two weeks. (2) The Home Department to report on the crossings at the next meeting. (3) The next meeting to be held in two weeks.

The meeting ended with a prayer.
""", citation(["UNHCR data for end-2021 show some 1.3 million registered Afghan refugees in Pakistan"],
              1300000, "2021", "'UNHCR data for end-YEAR show' before a rounded figure in millions, in a committee's "
              "minutes", "item 1",
              "The minutes cite UNHCR data for end-2021 as some 1.3 million registered Afghan refugees; the reference "
              "value for the end of 2021 is 1,490,562, so the figure is about 13 percent too low.",
              stated_as_written="some 1.3 million", stated_hedge="some"))

add("debating_society_brief_refugees_2024", """
# Debating Society Brief: "This House Would Keep the Border Open"

*Research notes for the proposition team of a university debating society. Trade figures follow the invented annual series used in this set.*

**The motion.** The proposition argues that Pakistan should keep its crossings with Afghanistan open to trade and to people, even during disputes between the two governments.

**Key facts.**

- Pakistan's exports to Afghanistan: USD 1,012 million in 2023, USD 884 million in 2024.
- Imports from Afghanistan: USD 690 million in 2023, USD 540 million in 2024.
- Pakistan still hosted 1.99 million registered Afghan refugees at the end of 2024 (UNHCR's end-2024 figure), a reminder that the two peoples are not easily separated.

**Arguments for the proposition.** Closures hurt the poorest first: drivers, labourers and small traders. Trade lost during closures goes to other suppliers and does not come back. Open crossings give both governments a reason to keep talking.

**What to expect from the opposition.** Security: attacks launched from across the border. Smuggling. The argument that closures are the only pressure Pakistan can bring to bear.

**Rebuttals.** Security can be tightened at open crossings with better screening. Smuggling grows, not shrinks, when legal trade stops. Pressure that hurts our own exporters is a poor lever.

**Speaker order.** First speaker sets out the economic case; second takes security; third sums up.
""", citation(["1.99 million registered Afghan refugees at the end of 2024 (UNHCR's end-2024 figure)"],
              1990000, "2024", "'UNHCR's end-YEAR figure' in brackets after a rounded figure in millions, in a "
              "debating society's brief", "third key fact",
              "The brief cites UNHCR's end-2024 figure as 1.99 million registered Afghan refugees; the reference value "
              "for the end of 2024 is 1,559,964. The figure given is the end-2023 value rounded (1,987,717), about "
              "28 percent above the 2024 value.",
              stated_as_written="1.99 million"))

add("fact_check_register_fall_control", """
# Fact-Check: Did the Refugee Register Shrink by 400,000 in a Year?

*A fact-check. The claim and the speaker are invented; the register figures are the reference series used in this set.*

**The claim.** In a televised debate, a provincial minister said that Pakistan's register of Afghan refugees "shrank by more than 400,000 in a single year".

**Our verdict: correct.**

**The numbers.** The register stood at 1,987,717 at the end of 2023, per the UNHCR year-end 2023 register, and at 1,559,964 a year later. That is a fall of 427,753, or 21.5 percent, during 2024.

Data: UNHCR, Pakistan: registered Afghan refugees, 31 December 2024.

**Context.** The fall followed the October 2023 order on foreigners without documents and the deadlines for card holders that came after it. Even so, the register at the end of 2024 was still larger than at the end of 2020, when it stood at 1,438,432 [UNHCR, 2020].

**What the minister left out.** The register counts only refugees with Proof of Registration cards. Afghans with other cards, or with no papers, are not in it, and not everyone who leaves the register goes back to Afghanistan.

**How we checked.** We compared the year-end figures for 2023 and 2024 and asked the minister's office for its source. It pointed to the same figures.
""", control_type="citation_control")
