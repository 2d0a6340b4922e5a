# Twenty-sixth held-out set of synthetic documents ("heldout26").  Written
# from scratch after heldout25/, by a labeller session that had not opened
# dyad's implementation or history and had not seen any of its results.
# Every entry: name (topic slug, numbered later by build_heldout26.py), text,
# labels (list of defect dicts), control_type for controls.
# Registers not used before: a samovar maker's papers on Afghan dealers; a gur
# (jaggery) exporters' association (with the annual trade series, 2021-2024
# rows); a liquorice root (mulethi) importer; a maker of dumbbells, weight
# plates and kettlebells selling to Afghan body-building clubs; a maker of
# crutches selling to Afghan hospitals and pharmacies; a skin clinic treating
# cutaneous leishmaniasis (sand fly ulcers); a refugee youth judo club; a
# rabies (bite) centre; a carpentry and plumbing training centre for young
# Afghan refugees; and a sapling nursery project in Afghan refugee villages.
#
# Invented figures shared with earlier sets: annual trade series (README:
# exports 1,290 / 942 / 828 / 936 / 1,012 / 884 and imports 441 / 509 / 552 /
# 741 / 690 / 540 for 2019-2024, balances 849 / 433 / 276 / 195 / 322 / 344,
# totals 1,731 / 1,451 / 1,380 / 1,677 / 1,702 / 1,424); reference refugee
# series (1,419,084 / 1,438,432 / 1,490,562 / 1,743,278 / 1,987,717 /
# 1,559,964 for 2019-2024).
#
# New invented figures, consistent with the above:
#   Shola Samovar Works, Mandi Bahauddin (invented): charcoal samovars to
#     Afghan dealers, 2025, samovars / Rs million (Rs 14,000 a samovar): Q1
#     1,200 / 16.8, Q2 900 / 12.6, Q3 1,500 / 21.0, Q4 2,400 / 33.6, total
#     6,000 / 84.0; 2024 5,000 (rise 1,000, 20.0 percent); 2023 5,600 (so
#     2023 to 2024 a fall of 600, 10.7 percent); Q4 40.0 percent of the year,
#     second half 3,900 (65.0 percent); steel 4,200 (70 percent), brass 1,800
#     (30 percent); 14 dealers in Kabul, Sheberghan and Taloqan; 38 workers;
#     about four days by truck to Kabul; stainless sheet from Chinese mills
#     through Karachi, brass sheet from Lahore.
#   Muzaffargarh Gur Exporters' Association (invented, 52 member firms, 19
#     shipping to Afghanistan, selling to 31 wholesale buyers in Kabul,
#     Jalalabad and Kandahar): gur shipped to Afghanistan by members, tonnes:
#     2021 8,400, 2022 9,100 (+8.3 percent), 2023 10,300 (+13.2), 2024 9,600
#     (-700, -6.8), 2025 11,000 (+1,400, +14.6); about US$ 600 a tonne
#     (2023 about US$ 6.2 million, 2025 about US$ 6.6 million); 2024 by
#     crossing: Torkham 6,240 (65.0 percent), Chaman 3,360 (35.0); 2024 by
#     form: blocks 5,280 (55 percent), powder 2,880 (30), with dry fruit 1,440
#     (15); pressing season November to March.
#   Sheerin Root Traders, Khuzdar (invented): Afghan liquorice root bought
#     from suppliers around Qalat (Zabul) and Tarinkot, tonnes: 2022 2,600,
#     2023 2,950 (+13.5 percent), 2024 3,400 (+15.3), 2025 3,150 (-250,
#     -7.4); 2022 to 2025 +21.2 percent; 2025 by grade: thick root 1,575
#     (half), medium 945 (three-tenths), thin pieces 630 (a fifth); thick
#     root Rs 310 a kilogram in March 2025; 13 Afghan suppliers; 26 sorters;
#     23 herbal medicine makers and 4 exporters in Karachi as buyers; roots
#     dried for 40 days; sacks of fifty kilograms.
#   Pehlwan Iron Works, Narowal (invented): to Afghan body-building clubs and
#     sports shops, tonnes, 2024 / 2025: dumbbells 96 / 120 (+25.0 percent),
#     weight plates 140 / 154 (+10.0), kettlebells 24 / 30 (+25.0), total
#     260 / 304 (+44, +16.9); 2023 total 290; about Rs 450 a kilogram, Rs
#     136.8 million in 2025; 21 clubs and 6 sports shops in Kabul, Taloqan,
#     Faizabad and Aybak; 45 workers; about 640 kilometres to Torkham; rubber
#     coating from Thailand.
#   Sahara Mobility Aids, Chakwal (invented): pairs of crutches to Afghan
#     buyers, 2025, hospitals / pharmacies / total: Q1 700 / 300 / 1,000, Q2
#     800 / 400 / 1,200, Q3 650 / 350 / 1,000, Q4 950 / 450 / 1,400, year
#     3,100 / 1,500 / 4,600; 2024 4,000 (rise 600, 15.0 percent); hospitals
#     67.4 percent, Q4 30.4 percent; walking sticks 2,200 (2024) and 2,500
#     (2025, +13.6 percent); Rs 3,200 a pair, about Rs 14.7 million; 9
#     hospitals and 24 pharmacies in Puli Alam, Maidan Shar, Sharana and
#     Kabul; 31 workers; rubber tips from Sri Lanka.
#   Marham Skin Clinic, Karak (invented, opened 2018): patients treated for
#     cutaneous leishmaniasis in 2025 by age, female / male / total: under 5
#     34 / 41 / 75, 5-14 88 / 102 / 190, 15-44 96 / 120 / 216, 45 and over
#     22 / 27 / 49, total 240 / 290 / 530; 2024 460 (rise 70, 15.2 percent);
#     318 (60.0 percent) from Afghan refugee families; one doctor, three
#     nurses; about Rs 6,000 a course of treatment; 400 bed nets given out.
#   Kamyab Judo Club, Taxila (invented, refugee youth, founded 2020):
#     members end-2021 22, end-2022 30, end-2023 38, end-2024 35 (fall 3, 7.9
#     percent), end-2025 44 (19 girls, 25 boys; rise 9, 25.7 percent); two
#     coaches (one a woman); 4 tournaments and 11 medals in 2025; training
#     three evenings a week.
#   Hifazat Rabies Centre, Hasan Abdal (invented): people treated after
#     animal bites, 2025, Afghan refugees / others / total: Q1 120 / 180 /
#     300, Q2 150 / 210 / 360, Q3 165 / 255 / 420, Q4 105 / 165 / 270, year
#     540 / 810 / 1,350 (Afghan refugees 40.0 percent); 2024 1,200 (rise 150,
#     12.5 percent); 2023 1,000 (index 2024 = 100: 83.3, 100.0, 112.5); a
#     course of four doses, 5,400 doses in 2025, Rs 1,500 a dose, Rs 8.1
#     million; two doctors, four nurses; 5 union councils and 3 refugee
#     villages.
#   Hunar Training Centre, Dera Ghazi Khan (invented): young Afghan
#     refugees taken into six-month courses: 2023 60, 2024 84 (+40.0
#     percent), 2025 72 (-12, -14.3; carpentry 40, plumbing 32); 64 of the
#     72 finished in 2025 (88.9 percent), 51 of them in work within three
#     months; 15 partner employers; 4 instructors; a tool kit of Rs 18,000;
#     one plumbing class in 2025 instead of two, a second class about Rs 1.9
#     million for six months; employers pay a one-time fee of Rs 5,000.
#   Sabz Pata Nursery Project, Takht-e-Nasrati (invented, begun 2021):
#     saplings planted in Afghan refugee villages in 2025, planted / alive in
#     December / alive per 100: shisham 3,200 / 2,560 / 80.0, kikar 2,800 /
#     2,380 / 85.0, neem 1,500 / 1,050 / 70.0, eucalyptus 2,500 / 2,250 /
#     90.0, total 10,000 / 8,240 / 82.4; 2024 8,000 planted (rise 2,000, 25.0
#     percent); fourteen village nurseries in 6 refugee villages; 42 women;
#     Rs 6 for each sapling raised.

HELDOUT26 = []
from heldout_labels import (  # noqa: F401
    PAIR, REFS, adder, arith, change_pct, citation, direction, garbled, line_of, parts_total, pdf_lines, scope, tvt,
    repeated, reuse,
)

add = adder(HELDOUT26)


# ---------------------------------------------------------------------------
# Shola Samovar Works (samovars to Afghan dealers)
# ---------------------------------------------------------------------------

SAMOVAR_PDF = pdf_lines([
    ["Quarter", "Samovars", "Rs million"],
    ["Q1 2025", "1,200", "16.8"],
    ["Q2 2025", "900", "12.6"],
    ["Q3 2025", "1,500", "21.0"],
    ["Q4 2025", "2,400", "33.6"],
    ["Total", "6,000", "84.0"],
])

add("samovar_maker_sales_statement_control", f"""
# Shola Samovar Works: Afghan Sales Statement, 2025

*An invented company in Mandi Bahauddin. All figures are invented.*

Shola makes charcoal-burning samovars in steel and brass. Afghan dealers sell them on to tea houses, bus stations and families who keep a samovar going from dawn until late at night.

Table 1. Samovars sold to Afghan dealers, 2025 (text as extracted from the PDF)

{SAMOVAR_PDF}

**The year.** Dealers took 6,000 samovars in 2025, against 5,000 in 2024, a rise of 1,000, or 20.0 percent. At Rs 14,000 a samovar the year's sales came to Rs 84.0 million.

**Seasons.** The fourth quarter alone brought 2,400 samovars, 40.0 percent of the year, because tea houses buy before the cold sets in. The second half as a whole took 3,900, or 65.0 percent.

**Kinds.** Steel samovars made up 4,200 of the 6,000, or 70 percent; brass made up the other 1,800.

**Buyers and materials.** We sell through 14 dealers in Kabul, Sheberghan and Taloqan. Stainless sheet comes from Chinese mills by way of Karachi; brass sheet is bought in Lahore.
""", control_type="control")

add("samovar_maker_board_note_last_quarter", """
# Shola Samovar Works: Note to the Board, January 2026

*An invented note. Figures are invented.*

**Summary.** 2025 was a good year with our Afghan dealers, and the winter months carried it. Table 1 sets out the quarters.

| Quarter | Samovars | Rs million |
|---|---|---|
| Q1 2025 | 1,200 | 16.8 |
| Q2 2025 | 900 | 12.6 |
| Q3 2025 | 1,500 | 21.0 |
| Q4 2025 | 2,400 | 33.6 |
| Total | 6,000 | 84.0 |

**The cold months.** Tea houses in Kabul and Taloqan stock up before the first snow, and the last quarter showed it: 2,400 samovars went out between October and December, bringing in Rs 36.3 million.

**Costs.** Brass sheet rose by about a tenth over the year. We held our price at Rs 14,000 a samovar and took the cost on our margin.

**Staff.** We now employ 38 workers. Four were taken on in September for the winter rush and have stayed.

**For decision.** The board is asked to approve a second polishing line before next autumn, and to let the sales manager visit the dealers in Sheberghan in the spring.
""", tvt(["bringing in Rs 36.3 million", "| Q4 2025 | 2,400 | 33.6 |"],
         {"text_value": 36.3, "table_value": 33.6}, "Rs million",
         "sales of samovars to Afghan dealers in the fourth quarter", "Q4 2025",
         "'The cold months' paragraph against the Q4 2025 row of Table 1 (Rs million column)",
         "The note gives the last quarter's sales as Rs 36.3 million; the Q4 2025 row of Table 1 "
         "gives Rs 33.6 million (2,400 samovars at Rs 14,000). The two middle digits are swapped.",
         table_form="pipe, total row", period_as_written="between October and December"))

add("samovar_maker_dealer_letter_cratered", """
# Shola Samovar Works: Letter to Our Afghan Dealers

*An invented letter. Figures are invented.*

Dear friends in Kabul, Sheberghan and Taloqan,

**The year behind us.** In 2025 your orders cratered: you took 6,000 samovars from us, against 5,000 the year before. We thank every one of you for your trust, and for paying on time through a hard winter at the border.

**Prices.** Our price stays at Rs 14,000 a samovar until the end of March. After that we will have to follow brass sheet, which has gone up by about a tenth in Lahore.

**Steel or brass.** Seven in ten of the samovars you bought last year were steel. Several of you have asked for a smaller brass model for family use; our workshop will send samples with the February trucks.

**Delivery.** Trucks still take about four days from Mandi Bahauddin to Kabul, longer when Torkham is crowded. Please send your spring orders by the end of February so that the casting shop can plan.

**Visits.** Our sales manager hopes to come to Sheberghan and Taloqan in April. Please tell us which week suits you.

With respect,
The Shola family
""", direction("In 2025 your orders cratered: you took 6,000 samovars from us, against 5,000 the year before",
               5000, 6000, "2024", "2025", "cratered", "fall", "samovars",
               "samovars taken by Afghan dealers", "letter, 'The year behind us' paragraph",
               "'Cratered' says the dealers' orders collapsed, but they rose from 5,000 samovars in "
               "2024 to 6,000 in 2025, up 20 percent (the sales statement gives the same figures)."))

add("samovar_maker_export_memo_bamako", """
# Shola Samovar Works: Export Memo

*An invented internal memo from the export office to dispatch and sales staff. Figures are invented.*

**Duty.** Since the authorities in Bamako lowered the import duty on household metalware in March, our dealers in Kabul and Taloqan have been ordering earlier and in larger lots. Please make sure every invoice shows the new tariff heading, or the trucks will be held at Torkham while the papers are checked.

**Paperwork.** Each truck needs the invoice, the packing list and the certificate of origin from the chamber. The driver keeps one copy of each in the cab.

**Loading.** A truck takes 120 samovars packed in straw and cardboard, with no more than two layers of brass. Steel samovars go at the bottom.

**Timing.** The crossing is busiest in the week before Eid. Trucks that leave on a Monday usually reach Kabul by Friday, about four days in all.

**Samples.** The small brass model for families goes out with the February trucks, ten to each of our 14 dealers. Please label the sample cartons clearly so that they are not sold by mistake.
""", scope("Since the authorities in Bamako lowered the import duty on household metalware in March",
           "MLI", ["PAK", "MLI"], "the authorities in Bamako",
           "The import duty paid by dealers in Kabul and Taloqan is set by the Afghan authorities in "
           "Kabul; the memo puts them in Bamako, the capital of Mali, as the other side of the trade."))

add("samovar_maker_early_order_notice_backwards", """
# Shola Samovar Works: Early Orders for the Winter Season

*An invented notice to Afghan dealers. Figures are invented.*

**The window.** The early-order terms below apply to orders placed from 1 September 2025 to 31 March 2025. Orders placed outside that window are charged in the usual way.

**Terms.** Dealers who order in the window get delivery paid as far as Torkham and sixty days to pay, instead of thirty. The price stays at Rs 14,000 a samovar for every size.

**Sizes.** We make three sizes: 5, 10 and 20 litres. The 10-litre steel samovar is the one most tea houses buy, and the 20-litre model is made only to order.

**Why early.** Last winter some dealers waited five weeks for stock because the casting shop could not keep up with the cold-weather orders. Orders placed early let us spread the work across the autumn and keep two shifts busy.

**Spare parts.** Taps, lids and chimneys can be added to any truck at cost. Please list them on the order form, not by telephone.

**Questions.** Our export office answers calls from Kabul and Sheberghan every weekday morning.
""", garbled(["from 1 September 2025 to 31 March 2025"],
             "The order window runs backwards: it opens on 1 September 2025 and closes on 31 March "
             "2025, five months earlier; the end was presumably meant to be 31 March 2026.",
             stated_period_start="1 September 2025", stated_period_end="31 March 2025",
             subject="window for early winter orders of samovars",
             location="notice, 'The window' paragraph"))


# ---------------------------------------------------------------------------
# Muzaffargarh Gur Exporters' Association (with the annual trade series)
# ---------------------------------------------------------------------------

TRADE_TABLE = """| Year | Exports | Imports | Total trade | Balance |
|---|---|---|---|---|
| 2021 | 828 | 552 | 1,380 | 276 |
| 2022 | 936 | 741 | 1,677 | 195 |
| 2023 | 1,012 | 690 | 1,702 | 322 |
| 2024 | 884 | 540 | 1,424 | 344 |"""

add("gur_exporters_fact_sheet_control", f"""
# Muzaffargarh Gur Exporters' Association: Fact Sheet

*An invented association of 52 member firms. All figures are invented.*

Gur, the brown sugar boiled from cane juice in open pans, is one of the oldest goods carried from the Punjab to Afghanistan. Nineteen of our firms ship it there.

Table 1. Pakistan's trade with Afghanistan, 2021–2024 (US$ million)

{TRADE_TABLE}

Table 2. Members' gur shipments to Afghanistan by crossing, 2024

| Crossing | Tonnes | Share (%) |
|---|---|---|
| Torkham | 6,240 | 65.0 |
| Chaman | 3,360 | 35.0 |

**Trade.** Pakistan's exports to Afghanistan slid from US$ 1,012 million in 2023 to US$ 884 million in 2024, down 12.6 percent, yet the surplus widened from 322 to 344 million because imports fell faster.

**Gur.** Members shipped 9,600 tonnes in 2024, 700 fewer than the 10,300 of 2023, and 11,000 in 2025, a rise of 14.6 percent. At about US$ 600 a tonne, the 2025 shipments were worth some US$ 6.6 million.

**Buyers.** Our firms sell to 31 wholesale buyers in Kabul, Jalalabad and Kandahar.
""", control_type="control")

add("gur_exporters_circular_surplus", """
# Gur Exporters' Circular: The Trade Around Us

*An invented circular of the Muzaffargarh Gur Exporters' Association. Figures are invented.*

Members often ask how gur fits into Pakistan's wider trade with Afghanistan. This circular sets out the picture for 2023, the last year before the slowdown, and our own share of it.

**The year 2023.** Pakistan sold goods worth US$ 1,012 million to Afghanistan in 2023 and bought goods worth US$ 690 million from it, leaving a surplus of US$ 232 million in Pakistan's favour.

**Our part.** Members shipped 10,300 tonnes of gur that year. At roughly US$ 600 a tonne that is about US$ 6.2 million, well under one percent of Pakistan's exports to Afghanistan, but a large part of the income of cane growers around Muzaffargarh.

**Crossings.** About two-thirds of members' gur goes through Torkham and the rest through Chaman, depending on whether the buyer sits in Jalalabad and Kabul or in Kandahar.

**Buyers.** The 19 member firms that ship to Afghanistan sell to 31 wholesale buyers. Most pay half in advance and half when the truck has crossed.

**Next steps.** The committee will bring the 2025 figures to the spring meeting, once the pressing season has closed.
""", arith(["Pakistan sold goods worth US$ 1,012 million to Afghanistan in 2023 and bought goods "
            "worth US$ 690 million from it, leaving a surplus of US$ 232 million"],
           "Exports of US$ 1,012 million less imports of US$ 690 million leave a surplus of US$ 322 "
           "million, not 232 (the digits are shuffled); the association's fact sheet gives 322.",
           exports=1012, imports=690, computed_balance=322, stated_balance=232,
           unit="USD million", period="2023", subject="Pakistan's trade balance with Afghanistan",
           location="circular, 'The year 2023' paragraph",
           as_written={"stated_balance": "US$ 232 million"}))

add("gur_exporters_bulletin_chaman_tonnes", """
# Gur Exporters' Bulletin: Where Our Gur Crossed in 2024

*An invented members' bulletin of the Muzaffargarh Gur Exporters' Association. Figures are invented.*

Table 1. Members' gur shipments to Afghanistan by crossing, 2024

| Crossing | Tonnes | Share (%) |
|---|---|---|
| Torkham | 6,240 | 65.0 |
| Chaman | 3,360 | 35.0 |
| Total | 9,600 | 100.0 |

**Torkham.** Most of our gur still goes north-west, to buyers in Jalalabad and Kabul, and Torkham carried the bulk of it. The new scanning lanes cut the average wait to about a day.

**Chaman.** Shipments for Kandahar went through Chaman, which handled 6,240 tonnes over the year. Trucks waited there for up to a week during the spring closure, and two members lost loads to damp.

**Packing.** Gur that waits at a crossing sweats and sticks. Members are asked to pack blocks in lined jute sacks, not plastic, and to keep powder in sealed bags of twenty kilograms.

**Season.** The pressing season runs from November to March, so most loads leave between December and April. Please tell the office early if you expect to ship through Chaman, so that we can share trucks between members.
""", tvt(["which handled 6,240 tonnes over the year", "| Chaman | 3,360 | 35.0 |"],
         {"text_value": 6240, "table_value": 3360}, "tonnes",
         "members' gur shipped to Afghanistan through Chaman", "2024",
         "'Chaman' paragraph against the Chaman row of Table 1",
         "The bulletin says Chaman handled 6,240 tonnes; Table 1 gives 3,360 tonnes for Chaman. "
         "6,240 is Torkham's figure in the row above, taken for the wrong crossing.",
         table_form="pipe, share column and total row"))

add("gur_exporters_outlook_sadc_caption", f"""
# Gur Exporters' Outlook for 2026

*An invented outlook paper of the Muzaffargarh Gur Exporters' Association. Figures are invented.*

Gur is a small line in a large trade, so members should watch the wider numbers as well as their own.

Table 1. Pakistan–SADC trade, 2021–2024 (US$ million)

{TRADE_TABLE}

**The wider trade.** Two-way trade reached US$ 1,702 million in 2023 and fell to US$ 1,424 million in 2024. When Pakistan's exports fall, gur usually falls with them, as it did in 2024.

**Our own line.** Members shipped 11,000 tonnes to Afghan buyers in 2025, up from 9,600 in 2024. We expect 2026 to bring a little more, since the cane crop around Muzaffargarh is good and buyers in Kabul have asked for earlier deliveries.

**Risks.** A long closure at Torkham in the pressing season would hurt most, since gur cannot wait for weeks. A rise in the price of white sugar would help us.
""", scope("Table 1. Pakistan–SADC trade, 2021–2024 (US$ million)", "SADC", ["PAK", "SADC"],
           "Pakistan–SADC trade",
           "The table holds the Pakistan–Afghanistan trade series (the same rows as the "
           "association's fact sheet), but its caption names the Southern African Development "
           "Community, a bloc, as Pakistan's partner.",
           table_form="caption of a pipe table"))

add("gur_exporters_newsletter_burgeoned", """
# Gur Exporters' Newsletter: Looking Back on 2024

*An invented newsletter of the Muzaffargarh Gur Exporters' Association. Figures are invented.*

**Shipments.** Members' gur shipments to Afghanistan burgeoned in 2024, when they reached 9,600 tonnes, after 10,300 tonnes in 2023. The spring closure at Chaman and a weak cane crop both played a part.

**Forms.** Blocks made up 55 percent of what we sent, powder 30 percent and gur with dry fruit the other 15 percent. Gur with dry fruit sells best before Eid and at weddings.

**Crossings.** Torkham took 65 percent of our tonnage and Chaman the rest.

**Wider trade.** Pakistan's exports to Afghanistan fell to US$ 884 million in 2024, from US$ 1,012 million the year before. Members who also trade rice and cooking oil saw the same slowdown.

**Members.** We welcomed three new firms this year, bringing the association to 52. Nineteen of us now ship to Afghanistan.

**Dates.** The annual meeting will be held in the association's hall after the pressing season, when members have time to attend.
""", direction("Members' gur shipments to Afghanistan burgeoned in 2024, when they reached 9,600 tonnes, "
               "after 10,300 tonnes in 2023",
               10300, 9600, "2023", "2024", "burgeoned", "rise", "tonnes",
               "gur shipped to Afghanistan by members", "newsletter, 'Shipments' paragraph",
               "'Burgeoned' says shipments grew, but they fell from 10,300 tonnes in 2023 to 9,600 "
               "in 2024, down 6.8 percent; the next sentence even gives reasons for the fall."))

add("gur_exporters_members_note_buyers_reuse", """
# Gur Exporters' Note to Members: Who Ships and Who Buys

*An invented note of the Muzaffargarh Gur Exporters' Association. Figures are invented.*

**Who ships.** Of our 52 member firms, 19 ship gur to Afghanistan; the rest sell in the Punjab and Sindh.

**Who buys.** Between them those firms sell to 19 wholesale buyers in Kabul, Jalalabad and Kandahar, who pass the gur on to grocers and tea stalls.

**Why it matters.** A small number of buyers means that one unpaid bill can hurt a member badly. The committee keeps a list of buyers who have paid late more than twice, and members may ask to see it.

**Payment.** Most buyers pay half in advance and half after the truck has crossed. Members are asked not to send a second load until the first has been paid in full.

**Quantities.** Members shipped 11,000 tonnes in 2025. Please send your own figures for the year to the office by the end of the pressing season, so that the association can check them against the customs returns.

**Help.** The office can put members in touch with a lawyer in Peshawar for disputes over payment.
""", reuse(["19 ship gur to Afghanistan", "sell to 19 wholesale buyers"], 19, "firms / buyers",
           "member firms that ship gur to Afghanistan", "Afghan wholesale buyers the firms sell to", 31,
           "The number of member firms that ship to Afghanistan (19) is reused in the next paragraph as "
           "the number of Afghan wholesale buyers; the association's fact sheet and circular give 31 "
           "buyers."))


# ---------------------------------------------------------------------------
# Sheerin Root Traders (Afghan liquorice root)
# ---------------------------------------------------------------------------

add("liquorice_trader_yearly_statement_control", """
# Sheerin Root Traders: Yearly Statement, 2025

*An invented firm in Khuzdar. All figures are invented.*

Sheerin buys liquorice root, known in the bazaar as mulethi, from Afghan suppliers around Qalat and Tarinkot. The root crosses at Chaman, is dried and sorted in our yard in Khuzdar, and is sold to herbal medicine makers and to exporters in Karachi.

Table 1. Afghan liquorice root bought, tonnes

| Year | Tonnes | Change (%) |
|---|---|---|
| 2022 | 2,600 | — |
| 2023 | 2,950 | +13.5 |
| 2024 | 3,400 | +15.3 |
| 2025 | 3,150 | −7.4 |

**The year.** We bought 3,150 tonnes in 2025, 250 fewer than in 2024, after two years of growth. Over three years our purchases are still up 21.2 percent.

**Grades.** Half of the 2025 root was thick root, three-tenths medium root and a fifth thin pieces, which are ground for powder.

**Suppliers and buyers.** We buy from 13 Afghan suppliers and sell to 23 herbal medicine makers and 4 exporters. Our 26 sorters grade every sack by hand.

**Price.** Thick root fetched Rs 310 a kilogram in March 2025. Part of what the Karachi exporters buy goes on to China for use in medicine.
""", control_type="control")

add("liquorice_trader_buyer_note_grade_fractions", """
# Sheerin Root Traders: Note for Our Buyers

*An invented note to herbal medicine makers. Figures are invented.*

**The 2025 crop.** The root that reached our yard in Khuzdar this year was drier than usual, after a winter with little snow on the hills of Zabul. It needed only about a month in the yard instead of the usual 40 days.

**Grades.** Of the 3,150 tonnes we bought in 2025, half was thick root, two-fifths medium root and a fifth thin pieces. Thick root goes to makers of syrups and lozenges, medium root to makers of tea blends, and thin pieces are ground for powder.

**Quality.** Every sack is opened and graded by hand. Sacks with mould or with stones at the bottom are sent back to the supplier at his cost.

**Price.** Thick root fetched Rs 310 a kilogram in March 2025. We will hold that price for buyers who book before the end of the year.

**Orders.** Please order by the sack of fifty kilograms. Powder is packed in bags of ten kilograms and can be sent by courier anywhere in Sindh or Balochistan.
""", arith(["half was thick root, two-fifths medium root and a fifth thin pieces"],
           "Half, two-fifths and a fifth add up to 110 percent of the 3,150 tonnes. The yearly "
           "statement gives half, three-tenths and a fifth (1,575, 945 and 630 tonnes).",
           shares_pct={"thick root": 50, "medium root": 40, "thin pieces": 20}, sum_pct=110,
           unit="percent of liquorice root bought", period="2025",
           subject="Afghan liquorice root bought by grade", location="note, 'Grades' paragraph",
           as_written={"thick root": "half", "medium root": "two-fifths", "thin pieces": "a fifth"}))

add("liquorice_trader_market_letter_same_price", """
# Sheerin Root Traders: Market Letter, Spring 2025

*An invented letter to herbal medicine makers and exporters. Figures are invented.*

**Prices.** Thick root climbed from Rs 310 a kilogram in March 2025 to Rs 310 a kilogram in March 2025, as Afghan suppliers held back stock after a dry winter. Medium root and thin pieces moved less.

**Supply.** Our suppliers around Qalat and Tarinkot dig from late autumn until the ground hardens, and again in early spring. Most of the spring root crosses at Chaman in April and May.

**Drying.** Fresh root loses almost half its weight in the yard. We dry it for 40 days in the open, turning it every morning, before it is sorted.

**Exporters.** Two of the exporters we supply in Karachi have asked for root cut to a fixed length. We can do this for orders of ten tonnes or more.

**Looking ahead.** If the spring crossings stay open, we expect the year's purchases to be close to last year's. We will write again in the autumn with the summer prices.
""", garbled(["from Rs 310 a kilogram in March 2025 to Rs 310 a kilogram in March 2025"],
             "The price is said to have climbed, but the start and the end are the same value in "
             "the same month (Rs 310 a kilogram in March 2025).",
             start_value=310, end_value=310, start_period="March 2025", end_period="March 2025",
             unit="Rs a kilogram", subject="price of thick liquorice root",
             location="market letter, 'Prices' paragraph"))

add("liquorice_trader_supplier_note_guatemala", """
# Sheerin Root Traders: Where Our Root Comes From

*An invented note for new staff and buyers. Figures are invented.*

**The hills.** Most of our root comes from the dry hills around Qalat, in Guatemala's Zabul province, and crosses at Chaman in sacks of fifty kilograms. The rest comes from valleys near Tarinkot.

**The diggers.** Liquorice is dug by hand by families who rent the slopes from the village. A strong digger fills two sacks in a day. Our 13 Afghan suppliers buy from these families and bring the root to the border.

**The road.** From Chaman the trucks come south through Quetta to our yard in Khuzdar. In a good week we receive four trucks.

**Other enquiries.** A sweets maker in Guatemala wrote in May to ask for samples of root powder. We have sent a small parcel by air and will quote a price if the samples suit.

**Why it matters.** Root from the high, dry slopes is sweeter and keeps better than root from irrigated land. Buyers who ask where their root comes from can be told the district and, for larger orders, the supplier.
""", scope("the dry hills around Qalat, in Guatemala's Zabul province", "GTM", ["PAK", "GTM"],
           "Guatemala's Zabul province",
           "Zabul, with its capital Qalat, is a province of Afghanistan, the country the root is "
           "imported from; the note gives it to Guatemala.",
           not_a_defect="A sweets maker in Guatemala wrote in May to ask for samples of root powder"))

add("liquorice_trader_staff_notice_sorters_reuse", """
# Sheerin Root Traders: Notice to Yard Staff

*An invented notice. Figures are invented.*

**Suppliers.** We now buy from 13 Afghan suppliers in Qalat and Tarinkot. Each delivery comes with a slip giving the supplier's name and the number of sacks.

**Sorting.** Every sack is graded by hand by one of 13 sorters, who split it into thick root, medium root and thin pieces. A sorter who finds mould must call the yard manager before opening the next sack.

**Drying.** Fresh root is spread in the open yard for 40 days and turned every morning. When rain is expected, the covers must be on before the evening prayer.

**Safety.** Sacks of fifty kilograms are lifted by two people, never by one. Anyone with back pain should tell the manager and will be given lighter work.

**Wages.** Wages for the month will be paid on the last Thursday. Sorters who work on Fridays in the busy weeks of April and May are paid a day and a half.

**Visitors.** Buyers from Karachi may visit the yard in the spring. Please keep the sorting floor swept.
""", reuse(["We now buy from 13 Afghan suppliers", "by one of 13 sorters"], 13, "suppliers / sorters",
           "Afghan suppliers the firm buys from", "sorters who grade the root", 26,
           "The number of Afghan suppliers (13) is reused in the next paragraph as the number of "
           "sorters; the firm's yearly statement gives 26 sorters."))


# ---------------------------------------------------------------------------
# Pehlwan Iron Works (dumbbells, weight plates and kettlebells)
# ---------------------------------------------------------------------------

IRON_PDF = pdf_lines([
    ["Product", "2024", "2025"],
    ["Dumbbells", "96", "120"],
    ["Weight plates", "140", "154"],
    ["Kettlebells", "24", "30"],
    ["Total", "260", "304"],
])

add("dumbbell_maker_sales_review_control", """
# Pehlwan Iron Works: Afghan Sales Review, 2025

*An invented foundry in Narowal. All figures are invented.*

Pehlwan casts dumbbells, weight plates and kettlebells. Its Afghan buyers are body-building clubs and sports shops in Kabul, Taloqan, Faizabad and Aybak.

Table 1. Sales to Afghan buyers, tonnes

| Product | 2024 | 2025 | Change (%) |
|---|---|---|---|
| Dumbbells | 96 | 120 | +25.0 |
| Weight plates | 140 | 154 | +10.0 |
| Kettlebells | 24 | 30 | +25.0 |
| Total | 260 | 304 | +16.9 |

**The year.** Afghan buyers took 304 tonnes in 2025, up 16.9 percent on the 260 tonnes of 2024, which had itself been down on 290 tonnes in 2023. At about Rs 450 a kilogram the year's sales came to some Rs 136.8 million.

**Products.** Dumbbells and kettlebells each grew by a quarter, plates by a tenth. Plates are still the largest line, at just over half of the tonnage.

**Buyers.** We sell to 21 clubs and 6 sports shops. Several clubs in Taloqan moved to larger halls last year and reordered full sets.

**Materials.** Scrap iron is bought in Lahore; the rubber coating for plates comes from Thailand.
""", control_type="control")

add("dumbbell_maker_club_letter_kettlebells", """
# Pehlwan Iron Works: Letter to Afghan Clubs

*An invented letter. Figures are invented.*

Dear club owners,

Thank you for another busy year. The table below shows what Afghan clubs and shops took from us, in tonnes.

| Product | 2024 | 2025 |
|---|---|---|
| Dumbbells | 96 | 120 |
| Weight plates | 140 | 154 |
| Kettlebells | 24 | 30 |
| Total | 260 | 304 |

**Kettlebells.** Kettlebells are still new to most of you: clubs took 30 tonnes of them in 2024 and more again in 2025. We now cast them in six weights, from 8 to 32 kilograms, and can paint the handles in your club's colour.

**Plates.** Rubber-coated plates cost a little more but do not crack the floor. Several of you in Taloqan and Faizabad have switched to them.

**Delivery.** Trucks leave Narowal every second Tuesday. Please send your orders a week before, so that castings have time to cool and be painted.

**Payment.** Our prices stay at about Rs 450 a kilogram until March. Half is paid with the order and half on delivery.

With best wishes,
Pehlwan Iron Works, Narowal
""", tvt(["clubs took 30 tonnes of them in 2024", "| Kettlebells | 24 | 30 |"],
         {"text_value": 30, "table_value": 24}, "tonnes",
         "kettlebells taken by Afghan clubs and shops", "2024",
         "'Kettlebells' paragraph against the Kettlebells row of the table (2024 column)",
         "The letter says clubs took 30 tonnes of kettlebells in 2024; the table gives 24 tonnes "
         "for 2024 and 30 for 2025, so the 2025 figure has been given for the wrong year.",
         table_form="pipe, two year columns and a total row"))

add("dumbbell_maker_board_note_percent", f"""
# Pehlwan Iron Works: Note for the Partners

*An invented note. Figures are invented.*

**Afghan sales.** Sales to Afghan buyers rose from 260 tonnes in 2024 to 304 tonnes in 2025, a rise of 19.6 percent. The accounts office's printout is copied below.

Table 1. Afghan sales by product, tonnes (text as extracted from the PDF)

{IRON_PDF}

**Where the growth came from.** Dumbbells added 24 tonnes and plates 14. Kettlebells, which we began to cast only three years ago, added 6.

**Buyers.** We sell to 21 clubs and 6 sports shops. The clubs in Aybak paid late twice, and we have asked them for half in advance.

**The furnace.** The old furnace lost eleven working days to repairs in the summer. The partners are asked to decide before March whether to reline it or to buy a new one.

**Staff.** We employ 45 workers. Two moulders retire this spring, and their places will be filled from the apprentices.
""", arith(["Sales to Afghan buyers rose from 260 tonnes in 2024 to 304 tonnes in 2025, a rise of 19.6 percent"],
           "A rise from 260 to 304 tonnes is 16.9 percent, not 19.6 (the digits are swapped); the "
           "sales review gives 16.9.",
           **{"from": 260, "to": 304, "from_period": "2024", "to_period": "2025",
              "stated_change_pct": 19.6, "computed_change_pct": 16.92, "unit": "tonnes",
              "subject": "dumbbells, plates and kettlebells sold to Afghan buyers",
              "location": "note, 'Afghan sales' paragraph"}))

add("dumbbell_maker_staff_bulletin_fizzled", """
# Pehlwan Iron Works: Staff Bulletin

*An invented bulletin for the foundry floor. Figures are invented.*

**Afghan orders.** Between 2024 and 2025 Afghan club orders fizzled out, going from 260 tonnes to 304. The winter months will be busy again, so overtime on the moulding floor will continue until February.

**Safety.** Safety boots and face shields are to be worn at the pour at all times. A worker was burned on the wrist in November because his glove was torn; torn gloves must be handed in and replaced the same day.

**Painting.** Kettlebell handles for the Taloqan clubs are to be painted green, and for the Faizabad clubs blue. Please check the order sheet before painting.

**New workers.** Five new workers joined in October from villages near Narowal. Please show them where the first-aid box and the water cooler are kept.

**Holidays.** The foundry will close for three days at Eid. Wages will be paid before the holiday.

**Suggestions.** The suggestion box is by the gate. Last month's idea, a second ramp for loading trucks, is being built.
""", direction("Between 2024 and 2025 Afghan club orders fizzled out, going from 260 tonnes to 304",
               260, 304, "2024", "2025", "fizzled out", "fall", "tonnes",
               "dumbbells, plates and kettlebells ordered by Afghan buyers",
               "bulletin, 'Afghan orders' paragraph",
               "'Fizzled out' says orders faded away, but they rose from 260 tonnes in 2024 to 304 "
               "in 2025, up 16.9 percent, and the next sentence speaks of overtime."))

add("dumbbell_maker_shipping_note_gabonese_border", """
# Pehlwan Iron Works: Shipping Note for Drivers and Dispatch

*An invented note. Figures are invented.*

**The route.** From Narowal to the Gabonese border at Torkham is about 640 kilometres, a day and a half by truck. Drivers should stop overnight in Peshawar and cross in the morning, when the lanes are shortest.

**Loads.** A truck carries no more than 22 tonnes of castings. Plates are stacked flat on pallets, dumbbells are packed in pairs in crates, and kettlebells go in the middle, where they cannot roll.

**Papers.** Each truck carries the invoice, the packing list with the weight of every crate, and the certificate of origin. Drivers must not sign for a load that has not been weighed.

**Other enquiries.** A body-building club in Gabon asked in October for a price list for plates. If it orders, the plates will go by sea from Karachi, not by road.

**Returns.** Cracked castings are not sent back. The buyer photographs them, and we credit the weight on the next invoice.
""", scope("From Narowal to the Gabonese border at Torkham is about 640 kilometres", "GAB",
           ["PAK", "GAB"], "the Gabonese border at Torkham",
           "Torkham is on Pakistan's border with Afghanistan, where the clubs that buy the castings "
           "are; the note calls it the Gabonese border.",
           not_a_defect="A body-building club in Gabon asked in October for a price list for plates"))


# ---------------------------------------------------------------------------
# Sahara Mobility Aids (crutches for Afghan hospitals and pharmacies)
# ---------------------------------------------------------------------------

CRUTCH_ROWS = """| Quarter | Hospitals | Pharmacies | Total |
|---|---|---|---|
| Q1 2025 | 700 | 300 | 1,000 |
| Q2 2025 | 800 | 400 | 1,200 |
| Q3 2025 | 650 | 350 | 1,000 |
| Q4 2025 | 950 | 450 | 1,400 |"""

add("crutch_maker_sales_statement_control", f"""
# Sahara Mobility Aids: Afghan Sales Statement, 2025

*An invented company in Chakwal. All figures are invented.*

Sahara makes aluminium crutches and walking sticks. Its Afghan buyers are hospitals and pharmacies in Puli Alam, Maidan Shar, Sharana and Kabul.

Table 1. Pairs of crutches sold to Afghan buyers, 2025

{CRUTCH_ROWS}
| Total | 3,100 | 1,500 | 4,600 |

**The year.** Afghan buyers took 4,600 pairs in 2025, against 4,000 in 2024, a rise of 600 pairs, or 15.0 percent. At Rs 3,200 a pair that is about Rs 14.7 million.

**Buyers.** Hospitals took 3,100 pairs, 67.4 percent of the total; the rest went to pharmacies. We now supply 9 hospitals and 24 pharmacies. The fourth quarter was the busiest, with 1,400 pairs, or 30.4 percent of the year.

**Walking sticks.** We also sold 2,500 walking sticks, up from 2,200, a rise of 13.6 percent.

**Papers for each truck.**

- Invoice and packing list by carton.
- Country of origin on the goods declaration: Pakistan.
- Destination country on the goods declaration: Afghanistan.
- Certificate of origin from the chamber.

Rubber tips come from Sri Lanka; aluminium tube is bought in Lahore.
""", control_type="control")

add("crutch_maker_board_note_pharmacy_total", f"""
# Sahara Mobility Aids: Note to the Board

*An invented note. Figures are invented.*

**Summary.** Afghan sales had their best year yet. Table 1 shows pairs of crutches by quarter and by kind of buyer.

Table 1. Pairs of crutches sold to Afghan buyers, 2025

{CRUTCH_ROWS}
| Total | 3,100 | 1,600 | 4,600 |

**Hospitals.** The provincial hospitals in Puli Alam and Sharana now order every quarter, and two of them have asked for children's sizes. We will show samples in the spring.

**Pharmacies.** Pharmacies order smaller lots but pay faster. They buy mostly the adjustable model.

**Prices.** The price stays at Rs 3,200 a pair. Aluminium tube went up by about eight percent during the year, so the board may need to look at prices again in the summer.

**Staff.** We employ 31 workers on one shift. A second shift would be needed if hospital orders grow again in 2026.

**For decision.** The board is asked to approve a bending machine for children's crutches, at a cost of about Rs 2.5 million.
""", parts_total(["| Total | 3,100 | 1,600 | 4,600 |"],
                 {"Q1 2025": 300, "Q2 2025": 400, "Q3 2025": 350, "Q4 2025": 450}, 1600,
                 "pairs of crutches", "2025", "pairs of crutches sold to Afghan pharmacies",
                 "note, Table 1, total row, Pharmacies column",
                 "The pharmacies' quarters (300, 400, 350 and 450) add up to 1,500 pairs, not the "
                 "1,600 in the total row; the row's own Total cell (4,600) is right, so 3,100 and "
                 "1,600 do not add up to it either.",
                 table_form="pipe, Total column and total row"))

add("crutch_maker_workshop_circular_tips_twice", """
# Sahara Mobility Aids: Circular to the Workshop

*An invented circular. Figures are invented.*

**Tips.** Every pair leaves the works with a spare set of rubber tips. Every pair leaves the works with a spare set of rubber tips. The tips wear out fast on the rough floors of village clinics, and a hospital in Sharana complained last spring that its spares had run out.

**Checking.** Each crutch is to be loaded with a hundred kilograms on the test bench before it is packed. Any crutch that bends or creaks is set aside for the foreman.

**Heights.** The adjustable model must click firmly at every height. Please check the spring buttons on both legs, not only one.

**Packing.** Pairs are tied together with tape and packed ten pairs to a carton. Children's sizes, when we start making them, will be packed in cartons of twenty pairs.

**Waste.** Offcuts of aluminium tube go into the blue bins. They are sold back to the supplier in Lahore, and the money goes to the staff welfare fund.

**Eid.** The works will close for three days at Eid. Wages will be paid before the holiday.
""", repeated("Every pair leaves the works with a spare set of rubber tips.", 2,
              "spare rubber tips sent with each pair of crutches", "circular, 'Tips' paragraph",
              "The opening sentence of the 'Tips' paragraph is repeated word for word straight after "
              "itself."))

add("crutch_maker_sales_note_pharmacies_reuse", """
# Sahara Mobility Aids: Note for the Sales Team

*An invented note. Figures are invented.*

**Where we stand.** We now supply 9 hospitals in Puli Alam, Maidan Shar, Sharana and Kabul. Alongside them we sell to 9 pharmacies, most of them in the bazaars of Kabul and Puli Alam, which order smaller lots but pay faster.

**What they buy.** Hospitals buy the fixed model by the hundred pairs. Pharmacies prefer the adjustable model, because one pair fits most adults.

**Prices.** The price stays at Rs 3,200 a pair until the summer. Walking sticks are sold at cost to any hospital that also orders crutches.

**Visits.** Please plan to visit every hospital buyer at least once a year. The hospital in Maidan Shar has asked for a training day for its nurses on fitting crutches to patients.

**Leads.** Two clinics run by aid groups in Ghazni have asked for samples. Send them one pair of each model, with a price list in Dari.

**Reports.** Send your visit reports to the office within a week of returning.
""", reuse(["We now supply 9 hospitals", "we sell to 9 pharmacies"], 9, "hospitals / pharmacies",
           "Afghan hospitals the company supplies", "Afghan pharmacies the company sells to", 24,
           "The number of hospitals (9) is reused in the next sentence as the number of pharmacies; "
           "the sales statement gives 9 hospitals and 24 pharmacies."))

add("crutch_maker_export_checklist_luxembourg", """
# Sahara Mobility Aids: Export Checklist

*An invented checklist for the dispatch office. Figures are invented.*

Every truck of crutches for our hospital and pharmacy buyers in Puli Alam, Maidan Shar, Sharana and Kabul must leave with the papers below. Trucks have been held at Torkham for two days over a missing stamp.

**Papers.**

- Invoice in duplicate, in rupees and in US dollars.
- Packing list by carton, with the number of pairs in each.
- Country of origin on the goods declaration: Luxembourg.
- Destination country on the goods declaration: Afghanistan.
- Certificate of origin from the chamber.
- A letter from the buying hospital, where the buyer is a hospital.

**Cartons.** Each carton is marked with the buyer's name in English and Dari, the number of pairs and the model.

**Checks.** The dispatch clerk ticks each item above and signs the sheet. The sheet stays in the file for three years.

**Drivers.** Drivers carry copies of all papers in the cab. The originals travel with the clearing agent.

**Mistakes.** If any paper is wrong, the clerk must stop the truck and call the office; a day's delay costs less than a week at the border.
""", scope("Country of origin on the goods declaration: Luxembourg", "LUX", ["LUX", "AFG"],
           "goods declaration: Luxembourg",
           "The crutches are made in Chakwal and cross from Pakistan at Torkham, with a certificate "
           "of origin from the chamber, but the checklist gives Luxembourg as the country of origin "
           "on the goods declaration, beside Afghanistan as the destination; the sales statement "
           "gives Pakistan in the same line."))


# ---------------------------------------------------------------------------
# Marham Skin Clinic (cutaneous leishmaniasis)
# ---------------------------------------------------------------------------

CLINIC_TABLE = """| Age | Female | Male | Total |
|---|---|---|---|
| Under 5 | 34 | 41 | 75 |
| 5–14 | 88 | 102 | 190 |
| 15–44 | 96 | 120 | 216 |
| 45 and over | 22 | 27 | 49 |
| Total | 240 | 290 | 530 |"""

add("skin_clinic_annual_report_women", f"""
# Marham Skin Clinic: Annual Report, 2025

*An invented clinic in Karak. All figures are invented.*

Marham treats cutaneous leishmaniasis, the slow ulcers left by the bite of an infected sand fly. Untreated, they heal over many months and leave deep scars, often on children's faces.

Table 1. Patients treated in 2025, by age and sex

{CLINIC_TABLE}

**The year.** We treated 530 patients in 2025, 70 more than the 460 of 2024, a rise of 15.2 percent. Children under fifteen made up 265 of them, exactly half.

**Women and girls.** Women and girls made up 250 of the patients, men and boys 290. Many women come only when a relative can bring them, so our nurse now visits two villages each month.

**Families.** 318 patients, or 60.0 percent, came from Afghan refugee families in the villages around Karak.

**Treatment.** Most patients receive injections at the edge of the ulcer once a week for five to eight weeks. A course costs us about Rs 6,000.

**Prevention.** We gave out 400 bed nets treated with insecticide before the sand fly season.
""", tvt(["Women and girls made up 250 of the patients", "| Total | 240 | 290 | 530 |"],
         {"text_value": 250, "table_value": 240}, "patients",
         "women and girls treated by the clinic", "2025",
         "'Women and girls' paragraph against the total row of Table 1 (Female column)",
         "The report says women and girls made up 250 patients; the total row of Table 1 gives "
         "240 female patients (and 250 plus 290 would make 540, not 530).",
         table_form="pipe, total column and total row"))

add("skin_clinic_newsletter_refugees_2020", """
# Marham Skin Clinic: Winter Newsletter

*An invented newsletter for friends and donors. Figures are invented.*

**Why Karak.** Sand flies breed in the cracks of mud walls and in animal sheds, and the villages around Karak, where many Afghan refugee families have lived for decades, have plenty of both. The clinic opened in 2018 to serve those villages and their Pakistani neighbours alike.

**The wider picture.** The families we see are part of a very large community.

> Registered Afghan refugees in Pakistan: about 1.75 million — UNHCR, end-2020

**This season.** From July to November our nurses saw new ulcers every day, most of them on the faces and arms of children. We treated 530 patients in 2025, against 460 in 2024.

**A mother's story.** Gul Pari brought her two sons from a village an hour away. Both had ulcers on their cheeks. After six weeks of injections the ulcers closed, and the scars are small.

**Nets.** The 400 bed nets we gave out before the season were paid for by readers of this newsletter. Thank you.

**How to help.** A course of treatment costs us about Rs 6,000. A gift of that size heals one child.
""", citation(["about 1.75 million — UNHCR, end-2020"], 1750000, "2020",
              "em-dash attribution '— UNHCR, end-YEAR' after a figure in millions, set apart as a "
              "quoted box in a skin clinic's newsletter",
              "newsletter, quoted box under 'The wider picture'",
              "The box gives about 1.75 million registered Afghan refugees at the end of 2020, citing "
              "UNHCR; the reference value for end-2020 is 1,438,432, so the figure is about 22 "
              "percent too high.",
              stated_as_written="1.75 million", stated_hedge="about"))

add("skin_clinic_appeal_refugees_2022", """
# Marham Skin Clinic: Appeal for the Sand Fly Season

*An invented appeal. Figures are invented.*

**The disease.** Cutaneous leishmaniasis begins as a small red bump where a sand fly has bitten. Over weeks it opens into an ulcer that can last for a year and leaves a scar for life. It is easy to treat early and hard to hide later.

**Who we serve.** Karak and the districts around it are home to many of the 14.4 lakh Afghans that UNHCR registered at end of 2022, and to Pakistani villagers who live in the same conditions. In 2025, 318 of our 530 patients came from Afghan refugee families.

**What a gift does.** About Rs 6,000 pays for a full course of injections for one patient. A bed net treated with insecticide costs much less and protects a whole family at night.

**Our team.** One doctor and three nurses run the clinic six days a week. In the busy months from July to November one nurse visits the villages, so that women who cannot travel are seen at home.

**Please give before July,** so that nets can be given out before the flies return.
""", citation(["home to many of the 14.4 lakh Afghans that UNHCR registered at end of 2022"], 1440000, "2022",
              "'that UNHCR registered at end of YEAR' (without 'the') after a figure in lakh, in a "
              "skin clinic's appeal",
              "appeal, 'Who we serve' paragraph",
              "The appeal gives 14.4 lakh (1.44 million) Afghans registered by UNHCR at the end of "
              "2022; the reference value for end-2022 is 1,743,278, so the figure is about 17 percent "
              "too low (it is close to the end-2020 value).",
              stated_as_written="14.4 lakh"))

add("skin_clinic_fact_sheet_refugees_cited_control", """
# Marham Skin Clinic: Fact Sheet

*An invented clinic in Karak. All figures are invented.*

**What we do.** Marham treats cutaneous leishmaniasis, the ulcers left by the bite of an infected sand fly, free of charge. It opened in 2018 and is run by one doctor and three nurses.

**Patients.** We treated 530 patients in 2025, against 460 in 2024, a rise of 15.2 percent. Exactly half were children under fifteen. Of the 530, 318, or 60.0 percent, came from Afghan refugee families.

**Refugees in Pakistan.** At the end of 2023 Pakistan hosted 19.9 lakh registered Afghan refugees (source: UNHCR, 2023). A year later the figure was 15.6 lakh (source: UNHCR, 2024), a fall of 427,753, or 21.5 percent, as many families went back or were sent back across the border. The villages around Karak lost some families, but most stayed.

**Costs.** A course of treatment costs about Rs 6,000. A treated bed net costs far less; we gave out 400 in 2025.

**Seasons.** The sand fly bites most from July to November, and new ulcers appear for months afterwards.
""", control_type="citation_control")

add("skin_clinic_staff_note_fijian_families", """
# Marham Skin Clinic: Note for New Staff

*An invented note. Figures are invented.*

**Who comes to us.** Most of our patients come from Fijian refugee families who settled around Karak in the 1980s, and the rest from Pakistani villages nearby. Many of the older women speak only Pashto, so a woman from the villages sits with the nurse on busy days.

**First visit.** Every patient is photographed, with consent, and each ulcer is measured and marked on a body chart. Children are weighed before the first injection.

**Treatment.** Injections are given at the edge of the ulcer once a week. Patients who miss a week are visited at home if they live within the two villages the nurse covers.

**Visitors.** A dermatologist from Fiji, on a fellowship in Peshawar, spent a week with us in October and showed the nurses how to freeze small ulcers instead of injecting them.

**Records.** Every visit is written in the register the same day. At the end of each month the doctor counts new patients by age and sex for the annual report.

**Nets.** Families with a patient get a treated bed net. Please note the net number in the register.
""", scope("Most of our patients come from Fijian refugee families who settled around Karak in the 1980s",
           "FJI", ["PAK", "FJI"], "Fijian refugee families",
           "The clinic's refugee patients are Afghan refugee families (318 of 530 in 2025, in the "
           "annual report); the note makes Fiji the country they fled, in place of Afghanistan.",
           not_a_defect="A dermatologist from Fiji, on a fellowship in Peshawar, spent a week with us in October"))


# ---------------------------------------------------------------------------
# Kamyab Judo Club (refugee youth)
# ---------------------------------------------------------------------------

add("judo_club_season_report_control", """
# Kamyab Judo Club: Season Report, 2025

*An invented club for refugee youth in Taxila. All figures are invented.*

Kamyab was founded in 2020 for young Afghans in the refugee neighbourhoods of Taxila. Pakistani children from the same streets train with them, on the same mats and under the same rules.

**Members.** The club ended 2025 with 44 members, 19 girls and 25 boys, up from 35 a year earlier, a rise of 25.7 percent. The year before had gone the other way, from 38 to 35, when several families went back to Afghanistan.

**Tournaments.** Our judoka fought in 4 tournaments during the year and brought home 11 medals, three of them gold.

**Coaches.** Two coaches, one of them a woman, run training three evenings a week. Girls and boys train at separate times. A visiting coach from Japan led a weekend of training in August.

**The hall.** We still rent the upper floor of a grain store. The mats were bought in 2023 and are holding up, but the roof leaks in the monsoon and we lost two weeks of training in July.

**Thanks.** We thank the parents who wash the judo suits every week, and the shopkeepers of the bazaar who pay for the hall.
""", control_type="control")

add("judo_club_history_vintage", """
# Kamyab Judo Club: Our Story So Far

*An invented club for refugee youth in Taxila. Figures are invented.*

**The start.** The club began in 2020 with a borrowed mat and a coach who had fought for a Kabul club in his youth. By the end of 2021 it had 22 members, and by the end of 2022, 30.

**Growing.** In 2023 a woman coach joined, and girls began to come in numbers. The club ended that year with 38 members and bought its own mats.

**A hard year.** For the club, the twelve months to December 2024 were a vintage year: the roll went from 38 judoka to 35. Several families went back to Afghanistan, and two older boys left to work in a furniture shop.

**Back on the mat.** In 2025 new members came again, and the club ended the year with 44, its largest number so far. Our judoka won 11 medals at 4 tournaments.

**Today.** Two coaches run training three evenings a week in a rented hall above a grain store. Judo teaches children to fall without getting hurt and to get up again, and that is a lesson our members know well.
""", direction("the twelve months to December 2024 were a vintage year: the roll went from 38 judoka to 35",
               38, 35, "end-2023", "end-2024", "vintage", "rise", "members",
               "members of the club", "history, 'A hard year' paragraph",
               "'A vintage year' says 2024 was an outstanding year, but membership fell from 38 at the "
               "end of 2023 to 35 at the end of 2024, down 7.9 percent, under the heading 'A hard "
               "year'.", period_as_written="the twelve months to December 2024"))

add("judo_club_parents_notice_medals_reuse", """
# Kamyab Judo Club: Notice to Parents

*An invented notice. Figures are invented.*

**A good year.** Our judoka won 11 medals in 2025, at tournaments in Rawalpindi, Peshawar and Abbottabad. Thank you for bringing them to training in the cold and in the heat.

**Girls' evenings.** 11 of our members are girls, and they now have their own evening, with our woman coach. Parents of girls are welcome to watch from the bench by the door.

**Suits.** Judo suits belong to the club. Please wash them every week and send them back folded. Torn suits are mended by the coaches; do not cut them.

**Fees.** There are no fees. The hall is paid for by shopkeepers of the bazaar, and the club asks only that children come on time.

**Health.** Children with a fever, a cough or a skin rash should stay at home until they are well. Nails must be cut short before every session.

**Winter hours.** From December, training starts half an hour earlier, so that children can walk home before dark. Older brothers and sisters are asked to walk the youngest home.
""", reuse(["Our judoka won 11 medals in 2025", "11 of our members are girls"], 11, "medals / members",
           "medals won by the club's judoka in 2025", "girls among the club's members", 19,
           "The number of medals won in 2025 (11) is reused in the next paragraph as the number of "
           "girls in the club; the season report gives 19 girls among 44 members."))

add("judo_club_annual_meeting_minutes_same_roll", """
# Kamyab Judo Club: Minutes of the Annual Meeting

*An invented record. Figures are invented.*

**Present.** The two coaches, eleven parents, three shopkeepers from the bazaar who pay for the hall, and six senior members.

**Members.** The head coach reported that the roll stood at 44 at the end of 2025, up from 44 at the end of 2025. Girls now make up a large part of the club, and the girls' evening is full.

**Tournaments.** The club fought in 4 tournaments in 2025. The meeting thanked the parents who travelled with the team to Peshawar.

**The hall.** The roof of the hall leaked in July, and two weeks of training were lost. The shopkeepers agreed to pay for repairs before the next monsoon.

**Mats.** The mats bought in 2023 are wearing at the edges. A parent who works in upholstery offered to repair them at cost.

**Decisions.** The meeting agreed to keep training free, to add a fourth evening for beginners if a third coach can be found, and to hold the next meeting in December 2026.

The meeting closed with tea.
""", garbled(["the roll stood at 44 at the end of 2025, up from 44 at the end of 2025"],
             "Membership is said to be up, but the start and the end are the same value at the same "
             "date (44 at the end of 2025); the season report gives 35 at the end of 2024.",
             start_value=44, end_value=44, start_period="end-2025", end_period="end-2025",
             unit="members", subject="members of the club",
             location="minutes, 'Members' paragraph"))

add("judo_club_sponsor_update_refugees_2024", """
# Kamyab Judo Club: Update for Sponsors

*An invented message, sent to sponsors on a phone group. Figures are invented.*

Salaam to all our sponsors, a short update before the new year.

**Numbers.** 44 members at the end of 2025, 19 girls and 25 boys. That is 9 more than a year ago. 11 medals at 4 tournaments this year, 3 of them gold!!

**Why it matters.** Many of our families have been in Pakistan for two generations. At the end of 2024 about 20 lakh Afghans were registered as refugees in the country (UNHCR stats, Dec-2024), and every family here knows someone who has gone back. The club is one place where the children feel settled.

**What we need.** Mats are wearing out and the roof of the hall leaks. About Rs 300,000 would pay for both before the monsoon.

**How to help.** Reply here or call the head coach. Every rupee is written in the club's book, and the book is open to any sponsor.

Thank you for standing with us.
""", citation(["At the end of 2024 about 20 lakh Afghans were registered as refugees in the country (UNHCR stats, Dec-2024)"],
              2000000, "2024",
              "chat shorthand '(UNHCR stats, Mon-YEAR)' after a figure in lakh, in a judo club's "
              "update to sponsors on a phone group",
              "update, 'Why it matters' paragraph",
              "The update gives about 20 lakh (2 million) registered Afghan refugees at the end of 2024, "
              "citing UNHCR; the reference value for end-2024 is 1,559,964, so the figure is about 28 "
              "percent too high (it is above even the end-2023 value).",
              stated_as_written="20 lakh", stated_hedge="about"))


# ---------------------------------------------------------------------------
# Hifazat Rabies Centre (people treated after animal bites)
# ---------------------------------------------------------------------------

BITE_TABLE = """| Quarter | Afghan refugees | Others | Total |
|---|---|---|---|
| Q1 2025 | 120 | 180 | 300 |
| Q2 2025 | 150 | 210 | 360 |
| Q3 2025 | 165 | 255 | 420 |
| Q4 2025 | 105 | 165 | 270 |
| Total | 540 | 810 | 1,350 |"""

add("rabies_centre_annual_report_refugees_2023", f"""
# Hifazat Rabies Centre: Annual Report, 2025

*An invented centre in Hasan Abdal. All figures are invented.*

Hifazat gives free rabies vaccine to anyone bitten by a stray dog or another animal. Rabies kills almost everyone who falls ill with it, and almost no one who is vaccinated in time.

Table 1. People treated after bites, 2025

{BITE_TABLE}

**The year.** We treated 1,350 people in 2025, 150 more than in 2024. Each received a course of four doses, 5,400 doses in all, which at Rs 1,500 a dose cost Rs 8.1 million.

**Refugee villages.** Afghan refugees made up 540 of our patients, or 40.0 percent. The centre serves 5 union councils and 3 refugee villages. According to UNHCR's statistics as on 31.12.2023, Pakistan hosted 15.6 lakh registered Afghan refugees, and the villages near Hasan Abdal have been home to some of them for forty years.

**Staff.** Two doctors and four nurses work in shifts, so that no bitten person waits until morning.

**Thanks.** Our thanks go to the donors who paid for the vaccine.
""", citation(["According to UNHCR's statistics as on 31.12.2023, Pakistan hosted 15.6 lakh registered Afghan refugees"],
              1560000, "2023",
              "'UNHCR's statistics as on DD.MM.YEAR' before a figure in lakh, in a rabies centre's "
              "annual report",
              "annual report, 'Refugee villages' paragraph",
              "The report gives 15.6 lakh (1.56 million) registered Afghan refugees as on 31 December "
              "2023, citing UNHCR; the reference value for end-2023 is 1,987,717, so the figure is "
              "about 22 percent too low (it is close to the end-2024 value).",
              stated_as_written="15.6 lakh"))

add("rabies_centre_fact_sheet_refugees_cited_control", """
# Hifazat Rabies Centre: Fact Sheet

*An invented centre in Hasan Abdal. All figures are invented.*

**What we do.** Free rabies vaccine, day and night, for anyone bitten by an animal. A full course is four doses over four weeks.

**Why here.** The centre opened in 2020, to serve 5 union councils and 3 Afghan refugee villages where stray dogs are common and the nearest hospital is far. Pakistan then had about 14.2 lakh registered Afghan refugees at the end of 2019 and about 14.4 lakh at the end of 2020, a rise of 19,348, or 1.4 percent.

Sources: UNHCR, Pakistan: registered Afghan refugees, 31 Dec 2019; UNHCR, Pakistan: registered Afghan refugees, 31 Dec 2020.

**Patients.** We treated 1,000 people in 2023, 1,200 in 2024 and 1,350 in 2025. In 2025, 540 of them, or 40.0 percent, were Afghan refugees.

**Costs.** One dose costs us Rs 1,500, so a course costs Rs 6,000. The vaccine for 2025 cost Rs 8.1 million in all.

**Staff.** Two doctors and four nurses.

**Advice.** Wash any bite at once with soap and running water for fifteen minutes, then come to the centre the same day.
""", control_type="citation_control")

add("rabies_centre_donor_report_index", """
# Hifazat Rabies Centre: Report to Donors

*An invented report. Figures are invented.*

**Three years.** The table below shows how many people we have treated each year, with 2024 taken as 100.

| Year | People treated | Index (2024 = 100) |
|---|---|---|
| 2023 | 1,000 | 83.3 |
| 2024 | 1,200 | 100.0 |
| 2025 | 1,350 | 125.0 |

**Why the numbers grow.** More people now know that the vaccine is free, and the refugee villages send bitten children to us instead of to the shrine. Stray dogs have also multiplied around the new bus stand.

**What your money bought.** Every person treated received four doses. In 2025 that was 5,400 doses at Rs 1,500 each.

**A night shift.** Since March a nurse has been on duty every night. Eleven people came after dark in the first month alone.

**Who comes.** Four in ten of the people we treated in 2025 came from the refugee villages; the rest came from the towns and farms around Hasan Abdal.

**Next year.** We ask donors to fund a second refrigerator for the vaccine, so that a power cut cannot spoil a month's stock.
""", arith(["| 2025 | 1,350 | 125.0 |"],
           "With 2024 (1,200 people) as 100, 1,350 people in 2025 give an index of 112.5, not 125.0; "
           "the index claims a rise of 25 percent where the rise was 12.5 percent. The 2023 row "
           "(83.3) is right.",
           **{"from": 1200, "to": 1350, "from_period": "2024", "to_period": "2025",
              "stated_index": 125.0, "computed_index": 112.5, "stated_change_pct": 25.0,
              "computed_change_pct": 12.5, "unit": "people treated",
              "subject": "people treated by the centre after animal bites",
              "location": "report, table, 2025 row, Index column",
              "table_form": "pipe, index column with a base year"}))

add("rabies_centre_newsletter_into_reverse", """
# Hifazat Rabies Centre: Newsletter

*An invented newsletter. Figures are invented.*

**Bite cases.** Bite cases went into reverse in 2025, when 1,350 people came to us, against 1,200 in 2024. The nurses on the new night shift saw many of the extra cases.

**Children.** Children are bitten more often than adults, and on the face and hands, where the virus travels fastest. Parents should bring a bitten child at once, even for a small scratch.

**The refugee villages.** Afghan refugees made up 540 of our patients in 2025. Our outreach worker visits the 3 refugee villages every month to remind families that the vaccine is free.

**Dogs.** The district council has begun a programme to vaccinate stray dogs around the bus stand. We welcome it: fewer rabid dogs means fewer people at risk.

**Waiting room.** A new bench and a water cooler have been put in the waiting room, paid for by shopkeepers of the bazaar.

**Thank you.** Every course of four doses costs us Rs 6,000. Donors paid for all 5,400 doses given in 2025.
""", direction("Bite cases went into reverse in 2025, when 1,350 people came to us, against 1,200 in 2024",
               1200, 1350, "2024", "2025", "went into reverse", "fall", "people treated",
               "people treated by the centre after animal bites", "newsletter, 'Bite cases' paragraph",
               "'Went into reverse' says the number of bite cases fell, but it rose from 1,200 in 2024 "
               "to 1,350 in 2025, up 12.5 percent; the next sentence speaks of extra cases."))

add("rabies_centre_staff_briefing_third_quarter", f"""
# Hifazat Rabies Centre: Staff Briefing on the Hot Months

*An invented briefing. Figures are invented.*

**Last year.** Table 1 shows the people we treated in 2025, quarter by quarter.

{BITE_TABLE}

**The hot months.** In July to September, when dogs roam and tempers are short, we saw 402 people, more than in any other quarter. We must plan for the same this year.

**Stock.** The vaccine store must hold at least six weeks of doses from June onwards. The pharmacist checks the refrigerator thermometer every morning and evening and writes it in the log.

**Shifts.** From July the night nurse will be joined by a second nurse at weekends.

**Refugee villages.** Our outreach worker will visit the 3 refugee villages every two weeks in summer instead of every month.

**Record keeping.** Every patient's card must show the date of the bite, the animal, and the date of each dose, so that no one misses the fourth dose.
""", tvt(["In July to September, when dogs roam and tempers are short, we saw 402 people",
          "| Q3 2025 | 165 | 255 | 420 |"],
         {"text_value": 402, "table_value": 420}, "people treated",
         "people treated by the centre after animal bites in the third quarter", "Q3 2025",
         "'The hot months' paragraph against the Q3 2025 row of Table 1 (Total column)",
         "The briefing gives 402 people for July to September; the Q3 2025 row of Table 1 gives "
         "420 (165 Afghan refugees and 255 others). The last two digits are swapped.",
         table_form="pipe, total column and total row", period_as_written="July to September"))


# ---------------------------------------------------------------------------
# Hunar Training Centre (carpentry and plumbing for young Afghan refugees)
# ---------------------------------------------------------------------------

add("training_centre_proposal_refugees_2019", """
# Hunar Training Centre: Proposal for a Third Workshop

*An invented proposal to a charitable trust. Figures are invented.*

**Background.** Hunar was planned in 2019, when few young Afghans in Dera Ghazi Khan could find steady work. UNHCR year-end data (2019) put the number of registered Afghan refugees in Pakistan at 1.2 million, and many of their children had grown up without a trade. The centre opened its doors with one carpentry workshop.

**What we do now.** Young Afghan refugees, and some Pakistani youths from the same streets, learn carpentry or plumbing in six-month courses. In 2025 we took in 72 trainees, 40 in carpentry and 32 in plumbing. Of the 72, 64 finished the course, and 51 of those were in work within three months.

**What we ask for.** We ask the trust to fund a third workshop, for electrical wiring, with tools for twenty trainees and one more instructor. Employers tell us that a plumber who can also wire a house finds work far more easily.

**Partners.** We place trainees with 15 employers in the city, from furniture makers to builders.

**Cost.** Each trainee receives a tool kit worth Rs 18,000 at the end of the course.
""", citation(["UNHCR year-end data (2019) put the number of registered Afghan refugees in Pakistan at 1.2 million"],
              1200000, "2019",
              "'UNHCR year-end data (YEAR)' at the head of a sentence giving a figure in millions, in "
              "a training centre's proposal",
              "proposal, 'Background' paragraph",
              "The proposal gives 1.2 million registered Afghan refugees from UNHCR's year-end data for "
              "2019; the reference value for end-2019 is 1,419,084, so the figure is about 15 percent "
              "too low.",
              stated_as_written="1.2 million"))

add("training_centre_funding_note_backwards", """
# Hunar Training Centre: Note on Funding

*An invented note for the centre's committee. Figures are invented.*

**The agreement.** Our funding agreement with the trust runs from FY2025-26 to FY2023-24 and pays for two instructors, the rent of both workshops and the tool kits.

**Tool kits.** Every trainee who finishes a course receives a tool kit worth Rs 18,000. In 2025 that was 64 kits.

**Instructors.** We have 4 instructors: two for carpentry, one for plumbing and one who teaches both and keeps the store. Two are paid by the trust and two by the fees that employers pay when they take on a graduate.

**Timber.** Timber for the carpentry workshop is the largest cost after wages. Trainees now make stools and small cupboards that are sold in the bazaar, and the money goes back into timber.

**Reporting.** The trust asks for a short report every six months, with the number of trainees who start, who finish and who find work. The office keeps these numbers for every course.

**Next steps.** The committee is asked to agree who will meet the trust in the spring.
""", garbled(["from FY2025-26 to FY2023-24"],
             "The funding agreement runs backwards, from the fiscal year 2025-26 to the fiscal year "
             "2023-24, two years earlier.",
             stated_period_start="FY2025-26", stated_period_end="FY2023-24",
             subject="period of the centre's funding agreement",
             location="note, 'The agreement' paragraph"))

add("training_centre_employer_letter_plumbing_reuse", """
# Hunar Training Centre: Letter to Employers

*An invented letter. Figures are invented.*

Dear friends,

**Thank you.** We place trainees with 15 employers in the city, and every one of you has taken at least one of our graduates into work. Without you the courses would be only half a training.

**This year.** The carpentry class of 40 finishes in December, and the plumbing class of 15 a week later. We would be glad if you could come to the last day, when trainees show their work.

**What they can do.** Carpentry graduates can make and hang a door, build a simple cupboard and repair furniture. Plumbing graduates can lay pipes in a house, fit taps and basins, and find and mend leaks.

**Fees.** When you take on a graduate, we ask a one-time fee of Rs 5,000, which pays part of an instructor's wage.

**A request.** If you can take a trainee for two weeks of work experience before the course ends, please tell the office.

With thanks,
The Hunar team
""", reuse(["We place trainees with 15 employers in the city", "the plumbing class of 15"], 15,
           "employers / trainees",
           "employers the centre places trainees with", "trainees in the 2025 plumbing class", 32,
           "The number of partner employers (15) is reused in the next paragraph as the size of "
           "the plumbing class; the proposal and the annual review give 32 plumbing trainees in 2025."))

add("training_centre_annual_review_new_heights", """
# Hunar Training Centre: Annual Review, 2025

*An invented review. Figures are invented.*

**Intake.** After 84 trainees in 2024, the centre scaled new heights in 2025 with an intake of 72. The trust's grant was cut in the spring, and we could run only one plumbing class instead of two.

**The two trades.** Of the 72, 40 trained as carpenters and 32 as plumbers. Carpentry remains the more popular trade, because many trainees' fathers worked with wood in Afghanistan.

**Finishing.** 64 of the 72 finished their course, or 88.9 percent. Most who left early did so to work in the harvest.

**Work.** 51 of the 64 graduates were in work within three months, with the 15 employers we work with or on their own.

**Instructors.** Our 4 instructors stayed with us through the year.

**Trainees' work.** Stools and small cupboards made in the carpentry workshop were sold in the bazaar, and the money went back into timber.

**Looking ahead.** We hope to open a workshop for electrical wiring, if a new trust can be found to pay for it.
""", direction("After 84 trainees in 2024, the centre scaled new heights in 2025 with an intake of 72",
               84, 72, "2024", "2025", "scaled new heights", "rise", "trainees",
               "young people taken into the centre's courses", "review, 'Intake' paragraph",
               "'Scaled new heights' says the intake reached a new high, but it fell from 84 trainees "
               "in 2024 to 72 in 2025, down 14.3 percent; the next sentence explains the cut."))

add("training_centre_trust_letter_by_half", """
# Hunar Training Centre: Letter to the Trust

*An invented letter. Figures are invented.*

Dear trustees,

**Two good years.** Thanks to your support, our intake rose by half between 2023 and 2024, from 60 trainees to 84. It fell back to 72 in 2025, when we could run only one plumbing class.

**Results.** In 2025, 64 trainees finished and 51 of them were in work within three months. Several now earn more than their fathers. The carpentry class stayed at its full size of 40, and its trainees made stools and cupboards that were sold in the bazaar.

**One story.** Spogmai's brother trained as a plumber in 2024. He now works for a builder in the city and has paid for his sister's schooling.

**What we ask.** We ask you to consider restoring the second plumbing class. A second class would cost about Rs 1.9 million for six months, including the tool kits.

**Reports.** Our next six-monthly report will reach you in January. We would welcome a visit from any trustee before then.

With gratitude,
The Hunar team, Dera Ghazi Khan
""", arith(["our intake rose by half between 2023 and 2024, from 60 trainees to 84"],
           "A rise from 60 to 84 trainees is 40 percent, not a half (50 percent).",
           **{"from": 60, "to": 84, "from_period": "2023", "to_period": "2024",
              "stated_change_pct": 50, "computed_change_pct": 40.0, "unit": "trainees",
              "subject": "young people taken into the centre's courses",
              "location": "letter, 'Two good years' paragraph",
              "as_written": {"stated_change_pct": "by half"}}))


# ---------------------------------------------------------------------------
# Sabz Pata Nursery Project (saplings in Afghan refugee villages)
# ---------------------------------------------------------------------------

SAPLING_ROWS = [
    ["Species", "Planted", "Alive in December", "Alive per 100"],
    ["Shisham", "3,200", "2,560", "80.0"],
    ["Kikar", "2,800", "2,380", "85.0"],
    ["Neem", "1,500", "1,050", "70.0"],
    ["Eucalyptus", "2,500", "2,250", "90.0"],
    ["Total", "10,000", "8,240", "82.4"],
]
SAPLING_PDF = pdf_lines(SAPLING_ROWS)
SAPLING_PIPE = "\n".join(
    ["| " + " | ".join(SAPLING_ROWS[0]) + " |", "|---|---|---|---|"]
    + ["| " + " | ".join(r) + " |" for r in SAPLING_ROWS[1:]])

add("nursery_project_appeal_refugees_2021", """
# Sabz Pata Nursery Project: Spring Appeal

*An invented appeal. Figures are invented.*

**How we began.** In 2021, when our first two nurseries opened near Takht-e-Nasrati, Pakistan hosted 1,743,278 registered Afghan refugees [UNHCR 2021]. Many lived in villages that had lost almost every tree to firewood over forty years, and the summer heat there had become hard to bear.

**What we do.** Refugee women raise saplings of shisham, kikar, neem and eucalyptus in small village nurseries. We pay them Rs 6 for each sapling raised, and the saplings are planted along lanes, around schools and on the edges of fields.

**Last year.** In 2025 we planted 10,000 saplings, a quarter more than the 8,000 of 2024. By December 8,240 were still alive.

**What a gift does.** Rs 600 pays a woman to raise a hundred saplings. Rs 5,000 buys a water tank for a nursery, so that seedlings survive the weeks before the monsoon.

**Why it matters.** A shisham planted today will shade a lane for fifty years. The women who raise the saplings also earn their first money of their own.

Please give before March, when the spring planting begins.
""", citation(["Pakistan hosted 1,743,278 registered Afghan refugees [UNHCR 2021]"], 1743278, "2021",
              "bracketed '[UNHCR YEAR]' without a comma straight after a figure written in full, in a "
              "sapling nursery project's appeal",
              "appeal, 'How we began' paragraph",
              "The appeal gives 1,743,278 registered Afghan refugees for 2021, citing UNHCR; that is "
              "exactly the end-2022 reference value, while the end-2021 value is 1,490,562 (17 "
              "percent lower).",
              same_as_year="2022", stated_as_written="1,743,278"))

add("nursery_project_history_refugees_cited_control", """
# Sabz Pata Nursery Project: A Short History

*An invented project in Afghan refugee villages. All figures are invented.*

**Beginnings.** The project began in 2021 with two village nurseries and a handful of women who had grown trees in Afghanistan before they fled. Pakistan then hosted 14,90,562 registered Afghan refugees, according to UNHCR's count for the end of 2021. A year later the number was 17,43,278, by UNHCR's count for the end of 2022, a rise of about 2.5 lakh, or 17.0 percent, as families arrived after the change of government in Kabul.

**Growth.** New arrivals meant more families in the villages and more demand for shade and firewood. The nurseries grew to fourteen, in 6 refugee villages, run by 42 women.

**Last two years.** We planted 8,000 saplings in 2024 and 10,000 in 2025, a rise of 25.0 percent. Of the 2025 saplings, 8,240 were alive in December, or 82.4 per hundred.

**What we learned.** Eucalyptus survives best, but it drinks a great deal of water. We now plant more kikar and neem, which suit the dry soil.
""", control_type="citation_control")

add("nursery_project_donor_report_neem", f"""
# Sabz Pata Nursery Project: Report to Donors, 2025

*An invented report. Figures are invented.*

**The year.** We planted 10,000 saplings in 2025, against 8,000 in 2024. The spring planting went well; the monsoon came late and we lost more young trees in June than we had hoped.

Table 1. Saplings planted in 2025 (text as extracted from the PDF)

{SAPLING_PDF}

**By species.** Eucalyptus did best, as it always does. Kikar, which needs almost no water once it is established, was close behind. Neem did worst: of 1,500 planted, only 1,150 were alive in December, mostly because goats ate the young shoots.

**Women.** 42 women in 6 refugee villages raised the saplings and were paid Rs 6 for each one.

**Next year.** We will fence the neem plots with thorn branches and plant them after the first monsoon rain, not before.
""", tvt(["of 1,500 planted, only 1,150 were alive in December", line_of(SAPLING_PDF, "Neem")],
         {"text_value": 1150, "table_value": 1050}, "saplings alive in December",
         "neem saplings planted in 2025 that were alive in December", "2025",
         "'By species' paragraph against the Neem row of the PDF-extracted Table 1",
         "The report says 1,150 of the 1,500 neem saplings were alive in December; the Neem row of "
         "Table 1 gives 1,050 (70 per hundred). One digit differs.",
         table_form="pdf"))

add("nursery_project_village_note_women_reuse", """
# Sabz Pata Nursery Project: Note for Village Organisers

*An invented note. Figures are invented.*

**Our nurseries.** The project runs fourteen village nurseries in 6 refugee villages around Takht-e-Nasrati. Each nursery has beds of seedlings, a water tank and a shade net for the hottest weeks.

**Our growers.** In all, fourteen refugee women raise the seedlings, and each is paid Rs 6 for every sapling that is ready to plant.

**Seed.** Seed of shisham and kikar is collected from old trees in the villages in autumn. Neem and eucalyptus seedlings are bought from the forest department nursery and grown on.

**Planting.** Saplings go out in two seasons: February and March, and again after the first monsoon rain. Organisers choose the planting sites with the village elders, and every site must have someone who will water it.

**Records.** Each organiser counts the saplings planted at every site and counts them again in December. The project pays only for saplings that are planted, not for those that die in the nursery.

**Goats.** Young trees must be fenced with thorn branches. A single goat can strip a row in an afternoon.
""", reuse(["The project runs fourteen village nurseries", "fourteen refugee women raise the seedlings"], 14,
           "nurseries / women",
           "village nurseries run by the project", "refugee women who raise the seedlings", 42,
           "The number of village nurseries (fourteen) is reused in the next paragraph as the number "
           "of women who raise the seedlings; the project's history and donor report give 42 women.",
           value_as_written="fourteen"))

add("nursery_project_planting_guide_watering_twice", f"""
# Sabz Pata Nursery Project: Planting Guide for Volunteers

*An invented guide. Figures are invented.*

**Before you plant.** Dig each pit two feet deep and two feet wide, and fill it with water the day before planting. Mix the soil from the pit with a basket of dung.

**Watering.** Saplings are watered by hand every third day until the monsoon breaks. Saplings are watered by hand every third day until the monsoon breaks. After that, water only if the rains stop for more than two weeks.

**Fencing.** Every sapling on a lane or near a field needs a fence of thorn branches, at least waist high.

**Last year's planting.** The table shows how the 2025 saplings had fared by December.

{SAPLING_PIPE}

**What the table tells us.** Neem needs the most care: only 70 of every 100 survived. Eucalyptus survives best but should not be planted near wells, because its roots drink deep.

**Safety.** Wear gloves when cutting thorn branches, and never work alone at a site far from the village.
""", repeated("Saplings are watered by hand every third day until the monsoon breaks.", 2,
              "watering of young saplings", "guide, 'Watering' paragraph",
              "The opening sentence of the 'Watering' paragraph is repeated word for word straight "
              "after itself."))
