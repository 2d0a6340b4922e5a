# Twenty-third held-out set of synthetic documents ("heldout23").  Written
# from scratch after heldout22/, by a labeller session that had not opened
# dyad's implementation or history and had not seen any of its results.
# Every entry: name (topic slug, numbered later by build_heldout23.py), text,
# labels (list of defect dicts), control_type for controls.
# Registers not used before: a vacuum flask maker's papers on Afghan
# wholesalers; a vermicelli maker's papers on Afghan distributors; a mosquito
# net makers' association's papers (with the annual trade series, 2019-2021
# rows); a match works' papers; a perfume maker's papers; a broom makers'
# association's papers; a shuttlecock maker's papers on Afghan sports shops; a
# physiotherapy clinic serving Afghan refugees; a boxing club for refugee
# youth; and a women's bakery in an Afghan refugee village.
#
# Invented figures shared with earlier sets: annual trade series (README:
# exports 1,290 / 942 / 828 / 936 / 1,012 / 884 and imports 441 / 509 / 552 /
# 741 / 690 / 540 for 2019-2024, balances 849 / 433 / 276 / 195 / 322 / 344,
# totals 1,731 / 1,451 / 1,380 / 1,677 / 1,702 / 1,424); reference refugee
# series (1,419,084 / 1,438,432 / 1,490,562 / 1,743,278 / 1,987,717 /
# 1,559,964 for 2019-2024).
#
# New invented figures, consistent with the above:
#   Garam Flasks, Gujranwala (invented): vacuum flasks to Afghan wholesalers,
#     2025, thousand flasks / Rs million: Q1 34 / 40.8, Q2 22 / 26.4, Q3 26 /
#     31.2, Q4 58 / 69.6, total 140 / 168.0 (Rs 1,200 a flask); 2024 118
#     thousand (rise 22, 18.6 percent); Q4 41.4 percent of the year; 16 Afghan
#     wholesalers; 7 models; steel coil from Indonesia.
#   Lachha Vermicelli, Faisalabad (invented): vermicelli to Afghan
#     distributors, tonnes, 2025: Jan 60, Feb 145, Mar 210, Apr 40, May 55,
#     Jun 70, total H1 580 (H1 2024 520, rise 60 or 11.5 percent; Feb and Mar
#     355, 61.2 percent; about Rs 380 a kilogram, about Rs 22 crore); May and
#     June 2024 118 tonnes; 21 distributors; 3 kinds (plain, roasted,
#     extra-fine).
#   Jhang Mosquito Net Makers' Association (invented, 38 member units, 15
#     selling to Afghan buyers): nets to Afghan buyers, thousand: 2023 310,
#     2024 286 (fall 24, 7.7 percent), 2025 352 (rise 66, 23.1 percent); by
#     kind 2024 / 2025: untreated 140 / 154, insecticide-treated 96 / 120 (up
#     25.0 percent), bed canopies 50 / 78 (up 56.0 percent); 2025 shares 44 /
#     34 / 22 percent; insecticide from Malaysia.
#   Chiragh Match Works, Sukkur (invented, 140 staff): matchboxes to Afghan
#     distributors, lakh boxes / Rs million: H1 2024 180 / 81.0, H2 2024 240 /
#     108.0 (2024 420 / 189.0), H1 2025 210 / 94.5, H2 2025 270 / 121.5 (2025
#     480 / 216.0; rise 60 lakh or 14.3 percent; Rs 21.6 crore; Rs 4.50 a
#     box); 9 distributors; 4 brands.
#   Khushbu Perfumers, Hyderabad (invented): perfume to Afghan wholesalers,
#     2025, thousand bottles / US$ thousand: roll-on oils 96 / 211, sprays 58
#     / 232, gift sets 14 / 98, total 168 / 541 (2024 150 / 470: bottles up 18
#     or 12.0 percent, value up 71 or 15.1 percent; roll-ons 57.1 percent;
#     about US$ 3.2 a bottle); 2023 176 thousand bottles (2023 to 2024 fall
#     26, 14.8 percent); 12 wholesalers; 40 scents; bottles from Turkey.
#   Mian Channu Broom Makers' Association (invented, 54 workshops, 19 selling
#     to Afghanistan through 27 dealers): brooms, thousand, 2024 / 2025: grass
#     230 / 260 (+13.0 percent), stick 150 / 140 (-6.7), plastic 70 / 100
#     (+42.9), total 450 / 500 (+11.1); grass 52.0 percent of 2025; about Rs
#     250 a broom, about Rs 12.5 crore; bristles from Malaysia.
#   Parwaz Shuttlecocks, Sialkot (invented): tubes to Afghan sports shops,
#     thousand, 2025, feather / nylon / total: Q1 11 / 7 / 18, Q2 7 / 5 / 12,
#     Q3 5 / 4 / 9, Q4 13 / 8 / 21, year 36 / 24 / 60 (2024 52, rise 8 or 15.4
#     percent; 2023 58, 2023 to 2024 fall 6 or 10.3 percent; feather 60
#     percent; Q4 35.0 percent; about US$ 9 a tube, US$ 0.54 million); 8
#     shops; 4,800 tubes on shop shelves in March 2025.
#   Qadam Physiotherapy Clinic, Peshawar (invented): patients 2025 by quarter
#     (of whom Afghan refugees): Q1 410 (250), Q2 380 (236), Q3 455 (290), Q4
#     395 (244), total 1,640 (1,020; 62.2 percent); 2024 1,480 (rise 160, 10.8
#     percent); 6 physiotherapists; 4 treatment rooms.
#   Zarb Boxing Club, Karachi (invented, refugee youth): 74 boxers at end-2024,
#     91 at end-2025 (rise 17, 23.0 percent); 22 girls; 3 coaches; 40 pairs of
#     gloves; 2 rings.
#   Roti Ghar Women's Bakery, near Nowshera (invented): 560 thousand naan in
#     2024, 640 thousand in 2025 (rise 80, 14.3 percent; Rs 30 a naan, Rs 19.2
#     million); 26 bakers; 3 tandoors; 14 shops and two schools.

HELDOUT23 = []
PAIR = ["PAK", "AFG"]
REFS = {"2019": 1419084, "2020": 1438432, "2021": 1490562,
        "2022": 1743278, "2023": 1987717, "2024": 1559964}


def change_pct(a, b):
    return round((b - a) / a * 100, 2)


def pdf_lines(rows, gap=4):
    """A table as it comes out of a PDF: no pipes, the first column padded on
    the right and the rest on the left, cells parted by runs of spaces."""
    widths = [max(len(r[k]) for r in rows) for k in range(len(rows[0]))]
    lines = []
    for r in rows:
        cells = [r[0].ljust(widths[0])] + [r[k].rjust(widths[k]) for k in range(1, len(r))]
        lines.append((" " * gap).join(cells).rstrip())
    return "\n".join(lines)


def line_of(table, start):
    found = [ln for ln in table.split("\n") if ln.startswith(start)]
    assert len(found) == 1, (start, found)
    return found[0]


def add(name, text, label=None, control_type=None):
    HELDOUT23.append(dict(name=name, control_type=control_type,
                          labels=[label] if label else [], text=text))


def direction(quote, a, b, pa, pb, word, stated, unit, subject, location, explanation, **extra):
    ev = {"from": a, "to": b, "change": b - a, "change_pct": change_pct(a, b),
          "from_period": pa, "to_period": pb}
    ev.update(extra)
    ev.update({"stated_direction": stated, "actual_direction": "rise" if b > a else "fall",
               "direction_word": word, "unit": unit, "subject": subject, "location": location})
    return dict(kind="direction", quotes=[quote], explanation=explanation, expected_values=ev)


def parts_total(quotes, parts, stated, unit, period, subject, location, explanation, **extra):
    s = sum(parts.values())
    ev = {"parts": parts, "sum_of_parts": s, "stated_total": stated, "difference": stated - s,
          "unit": unit, "period": period, "subject": subject, "location": location}
    ev.update(extra)
    return dict(kind="arithmetic", quotes=quotes, explanation=explanation, expected_values=ev)


def citation(quotes, stated, year, form, location, explanation, **extra):
    ev = {"stated": stated, "reference": REFS[year]}
    if "same_as_year" in extra:
        ev["same_as_year"] = extra.pop("same_as_year")
    ev.update({"indicator": "refugees.registered",
               "subject": "registered Afghan refugees in Pakistan", "period": year,
               "cited_source": "UNHCR", "citation_form": form, "location": location})
    ev.update(extra)
    return dict(kind="citation", quotes=quotes, explanation=explanation, expected_values=ev)


def tvt(quotes, text_value, table_value, unit, subject, period, location, explanation, **extra):
    ev = {"text_value": text_value, "table_value": table_value, "unit": unit,
          "subject": subject, "period": period}
    ev.update(extra)
    ev["location"] = location
    return dict(kind="text_vs_table", quotes=quotes, explanation=explanation, expected_values=ev)


def reuse(quotes, value, unit, q1, q2, expected, explanation, **extra):
    ev = {"value": value, "unit": unit, "quantity_1": q1, "quantity_2": q2,
          "expected_value_2": expected}
    ev.update(extra)
    return dict(kind="number_reuse", quotes=quotes, explanation=explanation, expected_values=ev)


def scope(quote, code, named_pair, named_as, explanation, **extra):
    ev = {"third_country": code, "named_pair": named_pair, "pair": PAIR, "named_as": named_as}
    ev.update(extra)
    return dict(kind="scope", quotes=[quote], explanation=explanation, expected_values=ev)


def garbled(quotes, explanation, **ev):
    return dict(kind="garbled", quotes=quotes, explanation=explanation, expected_values=ev)


# ---------------------------------------------------------------------------
# Shared tables
# ---------------------------------------------------------------------------

FLASK_PIPE = """| Quarter | Flasks (thousand) | Sales (Rs million) |
|---|---|---|
| Q1 2025 | 34 | 40.8 |
| Q2 2025 | 22 | 26.4 |
| Q3 2025 | 26 | 31.2 |
| Q4 2025 | 58 | 69.6 |
| Total | 140 | 168.0 |"""

FLASK_PDF = pdf_lines([
    ["Quarter", "Flasks ('000)", "Sales (Rs m)"],
    ["Q1 2025", "34", "40.8"],
    ["Q2 2025", "22", "26.4"],
    ["Q3 2025", "26", "31.2"],
    ["Q4 2025", "58", "69.6"],
    ["Total", "140", "168.0"],
])

TRADE_2019_2021 = """| Year | Exports | Imports | Total trade | Balance |
|---|---|---|---|---|
| 2019 | 1,290 | 441 | 1,731 | 849 |
| 2020 | 942 | 509 | 1,451 | 433 |
| 2021 | 828 | 552 | 1,380 | 276 |"""

SHUTTLE_PDF = pdf_lines([
    ["Quarter", "Feather", "Nylon", "Total"],
    ["Q1 2025", "11", "7", "18"],
    ["Q2 2025", "7", "5", "12"],
    ["Q3 2025", "5", "4", "9"],
    ["Q4 2025", "13", "8", "21"],
    ["Total", "36", "24", "60"],
])

MATCH_PIPE = """| Half-year | Boxes (lakh) | Sales (Rs million) |
|---|---|---|
| H1 2024 | 180 | 81.0 |
| H2 2024 | 240 | 108.0 |
| Sub-total 2024 | 420 | 189.0 |
| H1 2025 | 210 | 94.5 |
| H2 2025 | 270 | 121.5 |
| Sub-total 2025 | 480 | 216.0 |"""

PERFUME_ROWS = """| Product | Bottles (thousand) | Sales (US$ thousand) |
|---|---|---|
| Roll-on oils | 96 | 211 |
| Sprays | 58 | 232 |
| Gift sets | 14 | 98 |"""

# ---------------------------------------------------------------------------
# Garam Flasks (vacuum flasks)
# ---------------------------------------------------------------------------

add("flask_maker_sales_statement_control", f"""# Garam Flasks: Afghan Sales Statement for 2025

*An invented company in Gujranwala. All figures are invented.*

Garam Flasks makes steel vacuum flasks for tea, and Afghan wholesalers have been its largest buyers outside Pakistan since 2019. This statement sets out what they bought in 2025.

**Table 1. Flasks sold to Afghan wholesalers, 2025**

{FLASK_PIPE}

**The year.** Afghan wholesalers took 140 thousand flasks worth Rs 168.0 million, or Rs 1,200 a flask. That is 22 thousand flasks more than the 118 thousand of 2024, a gain of 18.6 percent.

**The seasons.** Summer is slow, since few people carry hot tea in the heat. The cold months are another matter: the fourth quarter brought 58 thousand flasks, 41.4 percent of the year, as families in Kabul and Mazar-i-Sharif stocked up before the snow.

**Buyers and range.** We sell through 16 wholesalers in Kabul, Herat, Mazar-i-Sharif and Kunduz, and the range has 7 models, from a half-litre flask to a five-litre urn.

**Inputs.** Stainless steel coil comes from Indonesia; the double walls are welded and sealed in our own shop.
""", control_type="control")

add("flask_maker_board_note_winter_value", f"""# Note to the Board: Afghan Flask Sales, 2025

*An invented company note. Figures are invented.*

**Purpose.** This note gives the board the year's Afghan sales ahead of the February meeting, where the price list for 2026 will be agreed.

**Table A (as exported from the accounts system)**

{FLASK_PDF}

**Winter.** The fourth quarter was once again the one that mattered. Afghan wholesalers ordered early because of talk of a long closure at Torkham, and the fourth quarter alone earned Rs 58 million, well ahead of any other quarter.

**Prices.** The average price held at Rs 1,200 a flask all year. The sales team proposes a rise of Rs 100 for the large models from March, when steel costs are expected to go up.

**Risks.** Wholesalers in Herat have asked for 60 days' credit instead of 30. The finance manager advises against it until the October accounts are settled.

**Decision sought.** The board is asked to approve the new price list and to keep credit terms as they are.
""", tvt(
    ["the fourth quarter alone earned Rs 58 million", line_of(FLASK_PDF, "Q4 2025")],
    58, 69.6, "Rs million", "flask sales to Afghan wholesalers by value", "Q4 2025",
    "'Winter' paragraph against the PDF-extracted Table A",
    "The note says the fourth quarter earned Rs 58 million; the PDF-extracted table gives Rs 69.6 million "
    "for Q4 2025. 58 is the number of flasks in thousands in the same row, read from the wrong column.",
    table_form="pdf", period_as_written="the fourth quarter"))

add("flask_maker_dealer_letter_sluggish", """# Letter to Our Afghan Wholesalers

*An invented company letter. Figures are invented.*

Dear friends,

As the year closes, we want to thank you for your orders and tell you how the year went for us.

**A look back.** Afghan orders were sluggish in 2025, at 140 thousand flasks against 118 thousand in 2024, and we know that many of you had a hard spring, with long queues at Torkham and slow trade in the bazaars. We are grateful that you kept buying through it.

**Winter stock.** The fourth quarter brought 58 thousand flasks. Most of them left Gujranwala in November, and all reached your warehouses before the first snow in the passes.

**New models.** Next year we will add a one-litre flask with a wider mouth, which many of you asked for. It will be priced close to the current one-litre model.

**Credit.** Our terms stay at 30 days from delivery. Wholesalers who pay within ten days will again receive a discount of two percent.

**Visits.** Our sales manager will be in Kabul and Kunduz in the second half of March and hopes to meet each of you.

With warm regards,

The Garam Flasks sales office
""", direction(
    "Afghan orders were sluggish in 2025, at 140 thousand flasks against 118 thousand in 2024",
    118, 140, "2024", "2025", "sluggish", "fall", "thousand flasks",
    "flasks ordered by Afghan wholesalers", "letter, 'A look back' paragraph",
    "'Sluggish' describes weak or falling orders, but orders rose from 118 thousand flasks in 2024 to "
    "140 thousand in 2025 (18.6 percent). The later year is named first."))

add("flask_maker_staff_bulletin_models_reuse", """# Garam Flasks Staff Bulletin: The Afghan Desk

*An invented staff bulletin. Figures are invented.*

**Who we sell to.** Garam sells through 16 wholesalers in Afghanistan, most of them in Kabul and Mazar-i-Sharif. Each has a named contact on the export desk, who answers calls and sends the weekly stock list.

**What we sell.** For the Afghan market the range now runs to 16 models, from the half-litre flask that drivers keep in their cabs to the five-litre urn used at weddings and in mosques.

**The year in brief.** The export desk handled 140 thousand flasks for Afghan buyers in 2025, and the busiest months were October and November.

**Packing.** Each flask now goes into its carton with a leaflet in Dari and Pashto. The leaflet explains how to warm the flask before filling it, which keeps tea hot for longer.

**Training.** New packers will spend their first week on the Afghan line, where cartons are checked twice before they are sealed.

**Thanks.** The managing director thanks the welding shop for working extra shifts in the autumn so that winter orders could leave on time.
""", reuse(
    ["Garam sells through 16 wholesalers in Afghanistan", "the range now runs to 16 models"],
    16, "wholesalers / models", "Afghan wholesalers the company sells through",
    "flask models in the range for the Afghan market", 7,
    "The count of Afghan wholesalers (16) is reused a paragraph later for the number of models in the "
    "range; the company's sales statement gives 7 models."))

add("flask_maker_export_memo_mercosur", """# Export Memo: Winter Dispatch Plan

*An invented company memo. Figures are invented.*

**To:** warehouse and transport staff. **From:** the export manager.

**Orders.** Afghan wholesalers have placed their winter orders, and the fourth quarter should again bring close to 58 thousand flasks.

**Dispatch.** Flasks for the Mercosur market leave the Gujranwala warehouse on Mondays and cross at Torkham the next day, so cartons must be sealed and labelled by Saturday evening. Trucks for Herat and Kandahar go by way of Chaman on Thursdays.

**Papers.** Each truck needs the commercial invoice, the packing list and the goods declaration. The agent at Torkham has asked that invoices show the number of flasks by model, not only the number of cartons.

**Breakage.** Last winter a few flasks were found dented on arrival. Cartons should now be stacked no more than eight high, and the heavy urns must go at the bottom.

**Closures.** If the crossing closes, trucks will wait in the agent's yard in Landi Kotal rather than in the queue on the road.

**Contacts.** Questions about papers go to the export desk; questions about loading go to the warehouse supervisor.
""", scope(
    "Flasks for the Mercosur market leave the Gujranwala warehouse on Mondays and cross at Torkham the next day",
    "MERCOSUR", ["PAK", "MERCOSUR"], "Flasks for the Mercosur market",
    "The flasks that cross at Torkham go to Afghan wholesalers; the memo calls their market Mercosur, a "
    "South American trade bloc, putting it in Afghanistan's place in the pair."))

# ---------------------------------------------------------------------------
# Lachha Vermicelli
# ---------------------------------------------------------------------------

add("vermicelli_maker_half_year_review_control", """# Lachha Vermicelli: Review of the First Half of 2025

*An invented company in Faisalabad. Figures are invented.*

Fine roasted vermicelli is cooked with milk and sugar for Eid breakfasts across Afghanistan, and Afghan distributors order most of it in the weeks before Ramadan ends.

**Vermicelli sold to Afghan distributors**

| Month, 2025 | Tonnes |
|---|---|
| January | 60 |
| February | 145 |
| March | 210 |
| April | 40 |
| May | 55 |
| June | 70 |
| Total | 580 |

**Half-year.** Distributors took 580 tonnes in the first half of 2025, 60 tonnes or 11.5 percent more than the 520 tonnes of the first half of 2024. At about Rs 380 a kilogram, the half-year's Afghan sales came to about Rs 22 crore.

**Eid.** With Eid ul-Fitr at the end of March, February and March together brought 355 tonnes, or 61.2 percent of the half-year. April was the quietest month, as shops sold down their stocks.

**Buyers.** We now supply 21 distributors, from Jalalabad to Herat, and offer 3 kinds: plain, roasted and extra-fine.

**Next.** The Eid ul-Adha orders in May and June were smaller, as expected, and the factory will use the summer for repairs to the roasting line.
""", control_type="control")

add("vermicelli_maker_distributor_note_march", """# Note for Distributors: How the Eid Season Went

*An invented company note to Afghan distributors. Figures are invented.*

**Thank you.** The Eid season is the heart of our year, and this spring every distributor received the cartons ordered before the holiday.

**Monthly sales to Afghan distributors, 2025 (tonnes)**

| Month | Tonnes |
|---|---|
| January | 60 |
| February | 145 |
| March | 210 |
| Total, January–March | 415 |

**The rush.** In March, the last weeks before Eid ul-Fitr, distributors took 145 tonnes, and the roasting line ran through the night for eleven days. Trucks left Faisalabad for Torkham every evening.

**Delays.** Two consignments for Kandahar waited three days at Chaman when the customs system was down. We paid the extra demurrage ourselves.

**Quality.** A distributor in Ghazni reported broken strands in some packets of extra-fine vermicelli. The packing film has since been changed to a thicker grade.

**Next year.** Ramadan in 2026 begins in mid-February, so we ask distributors to send their Eid orders by the end of January.
""", tvt(
    ["In March, the last weeks before Eid ul-Fitr, distributors took 145 tonnes", "| March | 210 |"],
    145, 210, "tonnes", "vermicelli sold to Afghan distributors", "Mar 2025",
    "'The rush' paragraph against the monthly table",
    "The text gives March 2025 as 145 tonnes, which is February's figure in the table just above; the "
    "table gives 210 tonnes for March, and its January–March total of 415 only adds up with 210.",
    table_form="pipe", period_as_written="In March"))

add("vermicelli_maker_circular_tripled", """# Circular to Sales Agents: Early Orders

*An invented company circular. Figures are invented.*

**Why this circular.** Agents have asked how early Afghan distributors should be pressed for their Eid orders. The figures for 2025 give a clear answer.

**The start of the year.** Afghan orders tripled from 60 tonnes in January to 145 tonnes in February, and March brought 210 tonnes. Distributors who ordered in January were served first and paid the old price; those who waited until March queued for the roasting line.

**The half-year.** In all, the first half of 2025 brought 580 tonnes, against 520 tonnes a year earlier.

**What agents should do.** From December, agents should visit each of our 21 distributors and take a first order for Eid. A deposit of ten percent will secure the price until the end of January.

**Transport.** Agents should warn distributors in Herat and Kandahar that trucks by way of Chaman take two days longer than those through Torkham.

**Samples.** Each agent will receive a box of samples of the 3 kinds, plain, roasted and extra-fine, to show to shops.
""", dict(kind="arithmetic", quotes=[
    "Afghan orders tripled from 60 tonnes in January to 145 tonnes in February"],
    explanation="From 60 to 145 tonnes is a rise of 141.7 percent, about 2.4 times; 'tripled' claims "
    "three times, a rise of 200 percent (which would be 180 tonnes).",
    expected_values={"from": 60, "to": 145, "from_period": "Jan 2025", "to_period": "Feb 2025",
                     "stated_fold": 3, "stated_as_written": "tripled", "stated_change_pct": 200,
                     "computed_change_pct": change_pct(60, 145), "unit": "tonnes",
                     "subject": "vermicelli ordered by Afghan distributors",
                     "location": "circular, 'The start of the year' paragraph"}))

add("vermicelli_maker_notice_eid_ul_adha_booking", """# Notice to Afghan Distributors: Eid ul-Adha Batch

*An invented company notice. Figures are invented.*

**Booking.** Orders for the Eid ul-Adha batch will be taken from 30/04/2025 to 15/04/2025. Orders received after the window closes will be filled only if stock remains.

**Why a window.** Eid ul-Adha orders are much smaller than those before Eid ul-Fitr, and we roast them in one batch so that the line can be cleaned and repaired before the summer.

**Quantities.** In May and June of 2024, Afghan distributors took 118 tonnes between them. We expect a similar amount this year and have bought flour accordingly.

**Prices.** The price stays at about Rs 380 a kilogram for roasted vermicelli. Plain and extra-fine vermicelli keep their spring prices.

**Delivery.** Cartons will leave Faisalabad in the last week of May, in time to reach Kabul, Jalalabad and Mazar-i-Sharif well before the holiday.

**Payment.** Distributors who settled their spring accounts in full may pay for this batch on delivery. Others are asked to pay half in advance.
""", garbled(
    ["from 30/04/2025 to 15/04/2025"],
    "The booking window ends before it begins: 15 April 2025 is two weeks before 30 April 2025 (the end "
    "was presumably meant to be 15 May).",
    stated_period_start="30/04/2025", stated_period_end="15/04/2025",
    as_written={"stated_period_start": "30/04/2025", "stated_period_end": "15/04/2025"},
    subject="booking window for the Eid ul-Adha batch", location="notice, 'Booking' paragraph"))

add("vermicelli_maker_export_brief_madagascar", """# Export Brief: Afghanistan and Beyond

*An invented company brief for a trade fair stand. Figures are invented.*

**Who we are.** Lachha Vermicelli roasts and packs vermicelli in Faisalabad and sells most of its exports in Afghanistan, where roasted vermicelli cooked in milk is an Eid breakfast in many homes.

**Afghanistan.** Pakistan's vermicelli exports to Madagascar, which go almost entirely by road through Torkham and Chaman, are led by a handful of Punjab makers, and we are among the larger ones. Our 21 distributors cover every main city from Jalalabad to Herat.

**Other markets.** A grocer in Madagascar bought a trial order in May, which went by container from Karachi. We also sell small lots to Pakistani shops in the Gulf.

**Season.** The first half of 2025 brought 580 tonnes of Afghan orders, most of them in February and March before Eid ul-Fitr.

**What we offer buyers.** Three kinds, plain, roasted and extra-fine, in packets of 150 grams, 400 grams and one kilogram, with labels in Dari, Pashto and English.

**At the fair.** Visitors can taste sheer khurma made with our roasted vermicelli at the stand each afternoon.
""", scope(
    "Pakistan's vermicelli exports to Madagascar, which go almost entirely by road through Torkham and Chaman",
    "MDG", ["PAK", "MDG"], "Pakistan's vermicelli exports to Madagascar",
    "Under the heading 'Afghanistan', the exports that go by road through Torkham and Chaman are called "
    "exports to Madagascar, putting Madagascar in Afghanistan's place in the pair.",
    not_a_defect="A grocer in Madagascar bought a trial order in May, which went by container from Karachi"))

# ---------------------------------------------------------------------------
# Jhang Mosquito Net Makers' Association
# ---------------------------------------------------------------------------

add("net_makers_fact_sheet_control", f"""# Jhang Mosquito Net Makers' Association: Fact Sheet on Afghanistan

*An invented association. Member figures are invented; the trade table repeats the invented series used in these papers.*

**Pakistan's trade with Afghanistan (US$ million)**

{TRADE_2019_2021}

**Background.** Two-way trade fell from US$ 1,731m in 2019 to US$ 1,380m in 2021, a drop of US$ 351m or 20.3 percent, and Pakistan's surplus shrank from US$ 849m to US$ 276m.

**Nets sold to Afghan buyers by members (thousand)**

| Kind of net | 2024 | 2025 |
|---|---|---|
| Untreated | 140 | 154 |
| Insecticide-treated | 96 | 120 |
| Bed canopies | 50 | 78 |
| Total | 286 | 352 |

**Members' trade.** Fifteen of our 38 member units sell to buyers in Jalalabad, Asadabad and Mehtarlam, where the summers are hot and wet. They sold 352 thousand nets in 2025, 66 thousand or 23.1 percent more than in 2024. Treated nets rose by 24 thousand, or 25.0 percent, and bed canopies by 28 thousand, or 56.0 percent.

**Inputs.** Polyester yarn is spun in Faisalabad; the insecticide for treated nets is bought from Malaysia.
""", control_type="control")

add("net_makers_bulletin_net_mix", """# Members' Bulletin: What Afghan Buyers Want

*An invented association bulletin. Figures are invented.*

**The mix.** Of the 352 thousand nets members sent to Afghan buyers in 2025, untreated nets were 44 percent, insecticide-treated nets 43 percent and bed canopies 22 percent. Buyers in Jalalabad say that families who can afford it now ask for canopies, which hang from a ring over the bed.

**Colours.** White still sells best, but pale green and blue have found buyers in Asadabad. Members who dye their own yarn should keep a small stock of both.

**Sizes.** Afghan buyers want nets for double beds and for floor bedding. Several members have lost orders by sending only single-bed sizes.

**The season.** Orders begin in March and end in August. Members should plan to ship most of their nets before the rains in July, when the road through Torkham is at its busiest.

**Health campaign.** A provincial health project in Nangarhar is seeking bids for treated nets for 2026. The secretary will share the terms with members who ask.
""", dict(kind="arithmetic", quotes=[
    "untreated nets were 44 percent, insecticide-treated nets 43 percent and bed canopies 22 percent"],
    explanation="The three kinds make up all the nets sent, but their shares add up to 109 percent. "
    "Treated nets were 120 of 352 thousand, about 34 percent; 43 has the digits of 34 swapped.",
    expected_values={"shares_pct": {"untreated": 44, "insecticide-treated": 43, "bed canopies": 22},
                     "sum_pct": 109, "unit": "percent of nets sent to Afghan buyers", "period": "2025",
                     "subject": "members' nets sent to Afghan buyers by kind",
                     "location": "bulletin, 'The mix' paragraph"}))

add("net_makers_outlook_upturn", """# Outlook for 2026: Nets for Afghanistan

*An invented association outlook. Figures are invented.*

**Looking back.** 2024 brought an upturn in members' Afghan sales, to 286 thousand nets from 310 thousand in 2023, and 2025 went further still, with 352 thousand nets. Much of the growth in 2025 came from bed canopies.

**Demand.** Buyers in Nangarhar and Kunar expect another wet summer. Clinics in Jalalabad report many cases of fever each August, and families there buy new nets every two or three years.

**Costs.** Polyester yarn has become dearer since the autumn. Members who bought yarn in bulk in October are better placed than those who buy month by month.

**The border.** Most nets cross at Torkham. Members who lost loads to closures in past years are urged to ship early, from March onwards.

**Forecast.** The committee expects members to sell between 350 and 380 thousand nets to Afghan buyers in 2026, if the border stays open and prices hold.

**Meeting.** The outlook will be discussed at the general meeting in January, where members will also elect a new secretary.
""", direction(
    "2024 brought an upturn in members' Afghan sales, to 286 thousand nets from 310 thousand in 2023",
    310, 286, "2023", "2024", "upturn", "rise", "thousand nets",
    "mosquito nets sold by members to Afghan buyers", "outlook, 'Looking back' paragraph",
    "'An upturn' is a rise, but members' Afghan sales fell from 310 thousand nets in 2023 to 286 "
    "thousand in 2024 (7.7 percent). The later year is named first; the rise came only in 2025."))

add("net_makers_circular_balance_2021", """# Circular to Members: The Trade Behind Our Sales

*An invented association circular. Trade figures follow the invented series used in these papers.*

**Why this matters.** Members sometimes ask why Afghan buyers pay late in some years and promptly in others. The wider trade between the two countries explains much of it.

**2021.** In 2021 Pakistan shipped US$ 828m of goods to Afghanistan and took US$ 552m in return, leaving a surplus of US$ 376m. It was a hard year, with the change of government in August, banks closed for weeks and Afghan buyers short of dollars.

**Since then.** Trade recovered in 2022 and 2023, and members' own sales have grown with it. In 2025 they sent 352 thousand nets to Afghan buyers.

**Payment.** The committee advises members to ask for half the price before loading when selling to a buyer for the first time. Buyers who have paid on time for two seasons may be given 45 days.

**Currency.** Most Afghan buyers now pay in rupees through exchange dealers in Peshawar. Members should keep a record of every payment and the name of the dealer.

**Questions.** Members may bring questions about payment to the secretary at the monthly meeting.
""", dict(kind="arithmetic", quotes=[
    "In 2021 Pakistan shipped US$ 828m of goods to Afghanistan and took US$ 552m in return, leaving a surplus of US$ 376m"],
    explanation="US$ 828m of exports less US$ 552m of imports is a surplus of US$ 276m, not US$ 376m.",
    expected_values={"exports": 828, "imports": 552, "computed_balance": 276, "stated_balance": 376,
                     "as_written": {"exports": "US$ 828m", "imports": "US$ 552m",
                                    "stated_balance": "US$ 376m"},
                     "unit": "USD million", "period": "2021",
                     "subject": "Pakistan's trade balance with Afghanistan",
                     "location": "circular, '2021' paragraph"}))

add("net_makers_note_trade_caption_cyprus", f"""# Note to the Executive Committee: The Trade in the Lean Years

*An invented association note. Trade figures follow the invented series used in these papers.*

**Purpose.** The committee asked how the wider trade with Afghanistan moved between 2019 and 2021, when several members stopped selling there.

**Table 1. Pakistan–Cyprus trade, US$ million, 2019–2021**

{TRADE_2019_2021}

**Reading the table.** Pakistan's exports to Afghanistan fell in each of the three years, from US$ 1,290 million to US$ 828 million, while imports from Afghanistan rose from US$ 441 million to US$ 552 million. The surplus fell by more than two-thirds.

**Other buyers.** A Cypriot hotel group bought 2,000 bed canopies from two members in 2024; they went by sea from Karachi to Limassol and are not part of our Afghan figures.

**What it means for members.** Members who kept selling to Jalalabad through those years now hold most of the Afghan orders. The secretary suggests that the association invite Afghan buyers to Jhang in the spring, and that members share the cost of their travel.
""", scope(
    "Pakistan–Cyprus trade, US$ million, 2019–2021",
    "CYP", ["PAK", "CYP"], "Pakistan–Cyprus trade",
    "The caption of Table 1 calls the series Pakistan–Cyprus trade, but the table holds Pakistan's trade "
    "with Afghanistan, as the note's purpose and its reading of the table say; Cyprus is put in "
    "Afghanistan's place in the pair.",
    not_a_defect="A Cypriot hotel group bought 2,000 bed canopies from two members in 2024"))

add("net_makers_annual_report_summary", """# Annual Report 2025: Summary and Sales

*An invented association report. Figures are invented.*

**In brief.** Members sold 325 thousand mosquito nets to Afghan buyers in 2025, the association gained two new member units, and the committee met nine times.

**Membership.** The association now has 38 member units, of which fifteen sell to Afghan buyers. The two new members make bed canopies in Chiniot.

**Sales.** Afghan sales came to 352 thousand nets in 2025, up from 286 thousand in 2024. Bed canopies did best, rising from 50 thousand to 78 thousand, while untreated nets grew more slowly.

**The border.** Torkham was closed for several days in the spring, and some loads waited in Landi Kotal. No nets were lost, but two members paid late-delivery penalties.

**Training.** With a grant from the district council, twelve young women from member families learned to run the new knitting machines.

**Accounts.** The association ended the year with a small surplus. The accounts will be put to members at the general meeting in January.
""", dict(kind="text_vs_table", quotes=[
    "Members sold 325 thousand mosquito nets to Afghan buyers in 2025",
    "Afghan sales came to 352 thousand nets in 2025"],
    explanation="Text against text, no table: the summary gives 325 thousand nets for 2025, the 'Sales' "
    "section 352 thousand for the same quantity and year. 352 is the association's figure (it is also "
    "the total in the fact sheet's table); 325 has its last two digits swapped.",
    expected_values={"summary_value": 325, "section_value": 352, "unit": "thousand nets",
                     "subject": "mosquito nets sold by members to Afghan buyers", "period": "2025",
                     "location": "'In brief' paragraph against the 'Sales' section"}))

# ---------------------------------------------------------------------------
# Chiragh Match Works
# ---------------------------------------------------------------------------

add("match_works_half_year_note_written", f"""# Chiragh Match Works: Half-Year Note to the Partners

*An invented company note. Figures are invented.*

**Boxes sent to Afghan distributors**

{MATCH_PIPE}

**Second half.** In the second half of 2025 the works sent twenty-four million boxes to Afghanistan, as distributors stocked up for the winter, when matches are needed for stoves, lamps and bukharis. The price held at Rs 4.50 a box.

**The year.** For 2025 as a whole, Afghan sales rose by 60 lakh boxes, or 14.3 percent, to 480 lakh, and earned Rs 21.6 crore.

**Wood.** Poplar logs from growers near Shikarpur were dearer after the spring floods, but the works bought enough in June to last until next summer.

**Staff.** The works employs 140 people, most of them on the splint and box lines. Eleven joined in the autumn to run the second shift.

**Proposal.** The manager proposes a second box-filling machine before the winter of 2026. A quotation will be put to the partners in March.
""", tvt(
    ["In the second half of 2025 the works sent twenty-four million boxes to Afghanistan", "| H2 2025 | 270 | 121.5 |"],
    240, 270, "lakh boxes", "matchboxes sent to Afghan distributors", "H2 2025",
    "'Second half' paragraph against the half-year table",
    "The text, in words, gives twenty-four million boxes (240 lakh) for the second half of 2025, which is "
    "the figure for the second half of 2024; the table gives 270 lakh (27 million) for H2 2025, and the "
    "2025 sub-total of 480 lakh, repeated in the next paragraph, needs 270.",
    table_form="pipe", text_as_written="twenty-four million boxes",
    period_as_written="the second half of 2025"))

add("match_works_dealer_letter_crumbled", """# Letter to Afghan Distributors

*An invented company letter. Figures are invented.*

Dear distributors,

**Spring.** Between the first half of 2024 and the first half of 2025, Afghan orders crumbled from 180 lakh boxes to 210 lakh, and we understand why many of you asked for smaller, more frequent loads: the crossing at Chaman was shut for days at a time, and no one wanted stock stuck in a truck.

**Prices.** The price stays at Rs 4.50 a box for the rest of the year. Paper and chemicals cost more than they did, but we will hold the price for distributors who order before October.

**Safety.** Please store cartons off the floor and away from stoves. Two of you reported cartons spoiled by damp in the spring; damp heads do not strike.

**Brands.** We will keep all our brands, but the one with the lantern on the box will now come in cartons of 1,000 boxes rather than 500, as many of you asked.

**Winter.** Please send your winter orders by the end of September so that the boxes can leave Sukkur in October.

Yours sincerely,

The sales office, Chiragh Match Works
""", direction(
    "Between the first half of 2024 and the first half of 2025, Afghan orders crumbled from 180 lakh boxes to 210 lakh",
    180, 210, "H1 2024", "H1 2025", "crumbled", "fall", "lakh boxes",
    "matchboxes ordered by Afghan distributors in the first half of the year",
    "letter, 'Spring' paragraph",
    "'Crumbled' says orders collapsed, but they rose from 180 lakh boxes in the first half of 2024 to "
    "210 lakh in the first half of 2025 (16.7 percent)."))

add("match_works_monsoon_circular_damp_twice", """# Circular to Staff: The Monsoon Months

*An invented company circular. Figures are invented.*

**Damp.** In the monsoon the splints take up damp, so every batch for Afghanistan is dried a second time before dipping. In the monsoon the splints take up damp, so every batch for Afghanistan is dried a second time before dipping. The drying room will run day and night from July to September.

**Orders.** Afghan distributors have already ordered for the second half of the year, and the works expects to send about 270 lakh boxes by the end of December.

**Storage.** Finished cartons must be kept on pallets in the north shed, which stays driest. No carton for Afghanistan should leave the works until the quality clerk has struck a sample from it.

**Trucks.** Trucks for Chaman will be covered with two sheets of tarpaulin instead of one. Drivers should not park in the open at Jacobabad, where the rain is heaviest.

**Safety.** Smoking is forbidden anywhere on the premises. Any worker who sees a spark near the chemicals store must raise the alarm at once.

**Pay.** Workers on the second shift will receive the monsoon allowance from July.
""", garbled(
    ["In the monsoon the splints take up damp, so every batch for Afghanistan is dried a second time before dipping. "
     "In the monsoon the splints take up damp, so every batch for Afghanistan is dried a second time before dipping."],
    "The first sentence of the 'Damp' paragraph is printed twice in a row.",
    repeated_sentence="In the monsoon the splints take up damp, so every batch for Afghanistan is dried a second time before dipping.",
    occurrences=2, subject="drying splints twice in the monsoon", location="circular, 'Damp' paragraph"))

add("match_works_profile_brands_reuse", """# Chiragh Match Works: Company Profile

*An invented company profile. Figures are invented.*

**Who we are.** Chiragh Match Works has made safety matches in Sukkur since 1988. It employs 140 people and runs two shifts for most of the year.

**Afghanistan.** The works sells to 9 distributors in Afghanistan, in Kandahar, Herat, Kabul and Lashkar Gah. In 2025 they took 480 lakh boxes, or 48 million, worth Rs 21.6 crore.

**Our matches.** Boxes go out under 9 brand names, each with its own picture: a lantern, a camel, a rose and a horse. Afghan buyers choose by the picture more than by the name, so the pictures rarely change.

**How they are made.** Poplar logs are peeled into veneer, chopped into splints, dipped and dried, then filled into boxes by machine. The striking paper is glued on by hand.

**Quality.** A sample from each batch is struck before it is packed. Boxes that fail are burned in the works' own furnace.

**Contact.** Distributors may write to the sales office in Sukkur or call during working hours.
""", reuse(
    ["The works sells to 9 distributors in Afghanistan", "Boxes go out under 9 brand names"],
    9, "distributors / brands", "Afghan distributors the works sells to",
    "brand names the boxes go out under", 4,
    "The number of Afghan distributors (9) is reused for the number of brands; the profile itself lists "
    "four pictures, one for each brand."))

add("match_works_shipping_notice_ljubljana", """# Shipping Notice: Winter Loads for Afghanistan

*An invented company notice. Figures are invented.*

**Loads.** The works will send trucks to the border four times a week from October to December.

**Collection.** Loads for our distributors in Ljubljana, who collect the boxes at Chaman, will leave Sukkur on Sundays and Wednesdays. Loads for Herat leave on Tuesdays.

**Papers.** Matches are a dangerous good. Each load must carry the safety sheet in English and Dari, and the driver must have the fire extinguisher checked before leaving.

**Weather.** Distributors have asked that cartons be wrapped in plastic sheet, since the trucks often wait in rain at the border. The warehouse will do so for all winter loads.

**Volumes.** Afghan orders for the second half of the year stand at 270 lakh boxes, the most the works has ever sent in six months.

**Delays.** If Chaman closes, loads will wait in the agent's yard in Quetta rather than on the road. Distributors will be told the same day.

**Contacts.** The dispatch clerk will send each distributor the truck number and the driver's telephone number on the day of loading.
""", scope(
    "Loads for our distributors in Ljubljana, who collect the boxes at Chaman",
    "SVN", ["PAK", "SVN"], "our distributors in Ljubljana",
    "The distributors who collect matchboxes at Chaman are the works' Afghan distributors (Kandahar and "
    "the south); the notice places them in Ljubljana, the capital of Slovenia, putting it in "
    "Afghanistan's place in the pair."))

# ---------------------------------------------------------------------------
# Khushbu Perfumers
# ---------------------------------------------------------------------------

add("perfume_maker_export_summary_control", f"""# Khushbu Perfumers: Afghan Export Summary, 2025

*An invented company in Hyderabad, Sindh. Figures are invented.*

Khushbu makes alcohol-free perfume oils and sprays. Afghan wholesalers buy them for shops in the bazaars of Kabul, Herat and Mazar-i-Sharif, where scents sell well before Eid and in the wedding season.

{PERFUME_ROWS}
| Total | 168 | 541 |

**The year.** Afghan wholesalers took 168 thousand bottles in 2025, 18 thousand or 12.0 percent more than the 150 thousand of 2024. Sales rose from US$ 470 thousand to US$ 541 thousand, a gain of US$ 71 thousand or 15.1 percent, because the dearer lines grew fastest.

**Products.** Roll-on oils remain the mainstay, at 57.1 percent of bottles. On average a bottle earned about US$ 3.2.

**Buyers.** We sell to 12 wholesalers and offer 40 scents, of which oud and rose sell best in Afghanistan.

**Bottles.** Glass bottles and caps come from Turkey; the oils are blended in Hyderabad.
""", control_type="control")

add("perfume_maker_board_note_total_row", f"""# Note to the Board: Afghan Sales by Product

*An invented company note. Figures are invented.*

**Purpose.** The board asked which products earn most in the Afghan market, ahead of a decision on a new spray-filling line.

**Table. Sales to Afghan wholesalers, 2025**

{PERFUME_ROWS}
| Total | 168 | 551 |

**Sprays.** Sprays were only about a third of the bottles sold but earned more than any other product. Each spray earns four dollars, against little more than two for a roll-on.

**Gift sets.** Gift sets are few, but wholesalers ask for more of them before Eid. Each set holds three roll-ons and a small spray in a wooden box.

**The line.** A second spray-filling line would cost about US$ 60 thousand and could double the number of sprays the works can fill in a day.

**Recommendation.** Management recommends buying the line before the autumn, so that it can be running for the Eid season in 2026.
""", parts_total(
    ["| Total | 168 | 551 |"], {"Roll-on oils": 211, "Sprays": 232, "Gift sets": 98}, 551,
    "USD thousand", "2025", "perfume sold to Afghan wholesalers by value",
    "note, table, total row, sales column",
    "The sales column adds up to US$ 541 thousand (211 + 232 + 98), but the total row gives 551; the "
    "bottles column adds up.",
    table_form="pipe"))

add("perfume_maker_bulletin_bulgaria", """# Khushbu Bulletin: Autumn 2025

*An invented company bulletin. Figures are invented.*

**Eid and weddings.** Autumn is our busiest season for Afghan orders, and the filling room has run two shifts since September.

**The border.** Our Kabul buyers are part of the wider Bulgaria–Afghanistan trade, which suffered when Torkham closed for several days in October. Cartons that waited at the crossing were kept in the shade, and none of the oils spoiled.

**Scents.** Oud remains the favourite in Kabul, while buyers in Herat prefer rose and jasmine. The laboratory has blended two new scents for the winter, one with saffron notes and one with cedar.

**Wholesalers.** Khushbu now sells to 12 wholesalers in Afghanistan. A new buyer in Kandahar placed his first order in August, and a buyer in Kunduz has asked for samples.

**Packaging.** The gift boxes will be made of walnut wood from Swat instead of plywood, which buyers said looked cheap.

**People.** The filling room welcomes four new staff, all trained in the careful handling of glass. The laboratory is looking for an assistant with a chemistry degree.

**Dates.** Orders for Eid ul-Fitr should reach the office by the end of January.
""", scope(
    "part of the wider Bulgaria–Afghanistan trade, which suffered when Torkham closed",
    "BGR", ["BGR", "AFG"], "the wider Bulgaria–Afghanistan trade",
    "The trade that crosses Torkham to the company's Kabul buyers is Pakistan's trade with Afghanistan; "
    "the bulletin calls it Bulgaria–Afghanistan trade, putting Bulgaria in Pakistan's place in the pair."))

add("perfume_maker_owner_letter_thriving", """# A Letter from the Owner

*An invented company letter to staff. Figures are invented.*

Dear colleagues,

**Where we stand.** Our thriving Afghan business sold 150 thousand bottles in 2024, after 176 thousand in 2023, and I know that many of you worked hard to keep the Kabul and Herat wholesalers supplied through a difficult year.

**This year.** 2025 has gone better: Afghan wholesalers took 168 thousand bottles worth US$ 541 thousand.

**Thanks.** The filling room, the laboratory and the packers all gave up holidays in the weeks before Eid. Every one of you will receive a bonus of half a month's pay in December.

**Plans.** Next year we hope to add a range of travel-size sprays, which Afghan buyers say would sell well in bus stations and roadside shops.

**Safety.** Please remember that oils and sprays must be kept away from heat. The store has new fans and a thermometer, and the temperature is checked twice a day.

With thanks and best wishes,

The owner, Khushbu Perfumers
""", direction(
    "Our thriving Afghan business sold 150 thousand bottles in 2024, after 176 thousand in 2023",
    176, 150, "2023", "2024", "thriving", "rise", "thousand bottles",
    "perfume bottles sold to Afghan wholesalers", "owner's letter, 'Where we stand' paragraph",
    "'Thriving' describes growth, but bottles sold fell from 176 thousand in 2023 to 150 thousand in 2024 "
    "(14.8 percent); the same sentence calls it a difficult year. The later year is named first."))

add("perfume_maker_catalogue_note_scents_reuse", """# Note for the Sales Team: The Afghan Catalogue

*An invented company note. Figures are invented.*

**Buyers.** Khushbu sells to 12 wholesalers in Kabul, Herat and Mazar-i-Sharif. Most of them buy twice a year, before Eid ul-Fitr and before the autumn wedding season.

**The catalogue.** The new Dari catalogue shows every scent we make for Afghan buyers. For the Afghan market we offer 12 scents, from oud and amber to rose, jasmine and sandalwood, each in a roll-on oil and most also in a spray.

**Prices.** Prices are quoted in US dollars. The average bottle sold in 2025 earned about US$ 3.2; sprays earn more and roll-ons less.

**Samples.** Each wholesaler will receive a sample box with a small bottle of every scent. Please ask buyers to return the box with their order, marked with the scents they want.

**Orders.** Orders for Eid must reach the office by the end of January. Orders after that date will be filled when stock allows.

**Complaints.** If a buyer reports a leaking cap, ask for a photograph and send it to the laboratory the same day.
""", reuse(
    ["Khushbu sells to 12 wholesalers in Kabul, Herat and Mazar-i-Sharif", "we offer 12 scents"],
    12, "wholesalers / scents", "Afghan wholesalers the company sells to",
    "scents offered for the Afghan market", 40,
    "The number of wholesalers (12) is reused a paragraph later as the number of scents; the company's "
    "export summary gives 40 scents."))

# ---------------------------------------------------------------------------
# Mian Channu Broom Makers' Association
# ---------------------------------------------------------------------------

add("broom_makers_yearbook_control", """# Mian Channu Broom Makers' Association: Yearbook Page on Afghanistan

*An invented association. Figures are invented.*

Grass brooms from the Punjab have swept Afghan courtyards for generations. Today members also sell stick brooms, made from the midribs of palm leaves, and plastic brooms with nylon bristles.

**Brooms sold to Afghan shops by members (thousand)**

| Kind | 2024 | 2025 | Change (%) |
|---|---|---|---|
| Grass | 230 | 260 | +13.0 |
| Stick | 150 | 140 | −6.7 |
| Plastic | 70 | 100 | +42.9 |
| Total | 450 | 500 | +11.1 |

**The year.** Members sold 500 thousand brooms to Afghan shops in 2025, 50 thousand more than in 2024. Grass brooms made up 52.0 percent of the total. Plastic brooms grew fastest, by 30 thousand, while stick brooms fell by 10 thousand.

**Value.** At an average of Rs 250 a broom, the year's Afghan sales came to about Rs 12.5 crore.

**Members.** Of the association's 54 workshops, 19 sell to Afghanistan, through 27 dealers in Kabul, Jalalabad, Ghazni and Kandahar.

**Inputs.** Grass is cut along the Ravi in winter; nylon bristles for the plastic brooms come from Malaysia.
""", control_type="control")

add("broom_makers_newsletter_key_points", """# Association Newsletter: Winter Issue

*An invented association newsletter. Figures are invented.*

**Key points**

- Members sold 540 thousand brooms to Afghan shops in 2025.
- Plastic brooms grew fastest.
- The general meeting will be held on 14 February.

**Sales by kind (thousand brooms)**

| Kind | 2024 | 2025 |
|---|---|---|
| Grass | 230 | 260 |
| Stick | 150 | 140 |
| Plastic | 70 | 100 |
| Total | 450 | 500 |

**Plastic.** Afghan shopkeepers say that plastic brooms last longer on concrete floors, which are now common in the new houses of Kabul. Members who make only grass brooms may wish to talk to the workshops that have added plastic lines.

**Grass.** The grass harvest along the Ravi was good, and prices were steady. Cutting will begin again in December.

**Dealers.** Two dealers in Kandahar have asked for brooms with longer handles. Samples will be sent in January.

**Meeting.** The general meeting will elect a new president and approve the accounts. Members who cannot attend may send a written vote with another member of their choice.
""", tvt(
    ["Members sold 540 thousand brooms to Afghan shops in 2025", "| Total | 450 | 500 |"],
    540, 500, "thousand brooms", "brooms sold by members to Afghan shops", "2025",
    "'Key points' list against the total row of the table by kind",
    "The key points give 540 thousand brooms for 2025; the table's total row, which adds up, gives 500 "
    "thousand. 540 looks like the 2024 total of 450 with its digits shuffled.",
    table_form="pipe"))

add("broom_makers_circular_dealers_reuse", """# Circular to Members: Afghan Dealers and the Plastic Line

*An invented association circular. Figures are invented.*

**Plastic brooms.** Members' plastic brooms rose by 30 thousand in 2025, to 100 thousand, and Afghan dealers want more. Workshops thinking of a plastic line can visit the two members in Mian Channu who have run one since 2023.

**The dealers.** Members sell through 30 Afghan dealers, in Kabul, Jalalabad, Ghazni and Kandahar. The secretary keeps a list of them, with the name of each dealer's agent in Peshawar or Quetta.

**Payment.** Most dealers pay within a month of delivery. Two who have not paid for spring loads have been taken off the list until they settle.

**Handles.** Dealers in the north prefer long handles of bamboo; those in Kandahar want short brooms for sweeping while crouching. Members should ask before loading.

**Bristles.** Nylon bristles from Malaysia went up in price in October. The association will try to buy one large lot for all members in January.

**Transport.** Loads for Kandahar go through Chaman, all others through Torkham.
""", reuse(
    ["Members' plastic brooms rose by 30 thousand in 2025", "Members sell through 30 Afghan dealers"],
    30, "thousand brooms / dealers", "rise in members' plastic brooms sold to Afghan shops (thousand)",
    "Afghan dealers members sell through", 27,
    "The rise in plastic brooms (30 thousand) is reused in the next paragraph as the number of Afghan "
    "dealers; the association's yearbook page gives 27 dealers."))

add("broom_makers_bulletin_went_downhill", """# Members' Bulletin: The Grass Broom Trade

*An invented association bulletin. Figures are invented.*

**The trade.** Grass brooms went downhill in 2025, with 260 thousand sold to Afghan shops against 230 thousand in 2024, and some members have asked whether the old trade has a future.

**Why grass still sells.** Grass brooms are light, cheap and good on earth floors and in courtyards, which are still the rule in most Afghan villages. Plastic brooms suit concrete floors in the towns.

**Quality.** Dealers in Ghazni complain that some grass brooms shed after a few weeks. Members are reminded to bind the heads with wire in three places, not two.

**Grass supply.** Cutting along the Ravi begins in December. Members who need more than their usual amount should tell the secretary by the end of November.

**Prices.** The average price of a broom sold to Afghan shops was about Rs 250 in 2025, and the committee does not expect it to change in 2026.

**Training.** Older members will show apprentices the art of binding at the association's hall on Fridays in January.
""", direction(
    "Grass brooms went downhill in 2025, with 260 thousand sold to Afghan shops against 230 thousand in 2024",
    230, 260, "2024", "2025", "went downhill", "fall", "thousand brooms",
    "grass brooms sold by members to Afghan shops", "bulletin, 'The trade' paragraph",
    "'Went downhill' says the trade declined, but grass brooms sold rose from 230 thousand in 2024 to 260 "
    "thousand in 2025 (13.0 percent). The later year is named first."))

add("broom_makers_review_plastic_share", """# Review of the Afghan Trade: Plastic and Grass

*An invented association review. Figures are invented.*

**The shift.** Plastic brooms have taken a larger share of members' Afghan sales every year from 2025 to 2023, and in 2025 they made up a fifth of the brooms members sold to Afghan shops.

**Why.** Afghan towns are building concrete houses, and their owners want a broom that does not shed grass. Plastic brooms also last longer, which shopkeepers like.

**Grass still leads.** Grass brooms remain the largest line, with 260 thousand sold in 2025, and stick brooms follow with 140 thousand.

**What members should do.** A plastic line costs less than many members think. A second-hand moulding machine can be bought in Lahore, and bristles are easy to find.

**Risks.** Plastic brooms are heavier to ship, and a full truck carries fewer of them. Members should price them with this in mind, and should not cut prices to win dealers from other members.

**Next steps.** The association will hold a workshop on plastic brooms in March, with a visit to a moulding shop.
""", garbled(
    ["every year from 2025 to 2023"],
    "The period runs backwards: 'every year from 2025 to 2023' (meant: from 2023 to 2025).",
    stated_period_start="2025", stated_period_end="2023",
    subject="plastic brooms' share of members' Afghan sales", location="review, 'The shift' paragraph"))

# ---------------------------------------------------------------------------
# Parwaz Shuttlecocks
# ---------------------------------------------------------------------------

add("shuttlecock_maker_sales_statement_control", f"""# Parwaz Shuttlecocks: Afghan Sales Statement, 2025

*An invented company in Sialkot. Figures are invented.*

Badminton is played in the courtyards and sports halls of Kabul and Mazar-i-Sharif, and Parwaz sells feather and nylon shuttlecocks there through sports shops.

Table 1. Tubes of shuttlecocks sold to Afghan shops, thousand (extracted from the PDF statement)

{SHUTTLE_PDF}

**The year.** Afghan shops took 60 thousand tubes in 2025, 8 thousand or 15.4 percent more than the 52 thousand of 2024. Feather shuttlecocks made up 60 percent.

**Seasons.** Play moves indoors in the cold, and the fourth quarter brought 21 thousand tubes, 35.0 percent of the year. The summer was slow.

**Value.** At about US$ 9 a tube, sales came to about US$ 0.54 million.

**Shops.** We sell to 8 sports shops, five in Kabul and three in Mazar-i-Sharif.

**Feathers.** Goose feathers are bought from China and sorted by hand in Sialkot.
""", control_type="control")

add("shuttlecock_maker_note_quiet_quarters", """# Note to the Partners: The Quiet Middle of the Year

*An invented company note. Figures are invented.*

**The problem.** Afghan demand for shuttlecocks falls away in spring and summer, and the feather sorters have little to do.

**The figures.** Afghan shops bought 12 thousand tubes in the second quarter of 2025 and 9 thousand in the third, only 19 thousand for the two quarters together, against 18 thousand in the first quarter alone and 21 thousand in the fourth.

**Ideas.** The sales manager suggests three ways to fill the gap: an early-order discount for the winter season, a nylon shuttlecock for outdoor play, which does not mind the wind, and trial sales to schools in Kabul.

**Costs.** An outdoor shuttlecock would need a new mould, which would cost about US$ 4 thousand.

**Staff.** Until orders improve, feather sorters will be asked to take part of their leave in July.

**Decision.** The partners are asked to approve the early-order discount and the new mould.
""", parts_total(
    ["Afghan shops bought 12 thousand tubes in the second quarter of 2025 and 9 thousand in the third, "
     "only 19 thousand for the two quarters together"],
    {"Q2 2025": 12, "Q3 2025": 9}, 19, "thousand tubes", "Q2-Q3 2025",
    "shuttlecock tubes bought by Afghan shops in the second and third quarters",
    "note, 'The figures' paragraph",
    "12 thousand and 9 thousand tubes make 21 thousand, not 19 thousand; the stated sum is too low.",
    as_written={"stated_total": "19 thousand"}))

add("shuttlecock_maker_shop_letter_on_a_roll", """# Letter to Our Afghan Sports Shops

*An invented company letter. Figures are invented.*

Dear friends,

**Looking back.** Our Afghan business has been on a roll, from 58 thousand tubes in 2023 to 52 thousand in 2024, and we thank each of the 8 shops that stock our shuttlecocks.

**This winter.** The fourth quarter is when your customers play most. Please send your orders by the end of September so that the feathers can be sorted in time.

**Feather or nylon.** Feather shuttlecocks fly better but break sooner. For clubs and schools, nylon may serve better, and we will add a cheaper nylon tube next year.

**Damage.** A few tubes reached Mazar-i-Sharif crushed last winter. We now pack each carton with card between the rows.

**Tournaments.** We are happy to give prizes for junior tournaments in your cities. Write to us with the date and the number of players, and we will send shuttlecocks and a trophy.

With good wishes,

The Parwaz sales office
""", direction(
    "Our Afghan business has been on a roll, from 58 thousand tubes in 2023 to 52 thousand in 2024",
    58, 52, "2023", "2024", "on a roll", "rise", "thousand tubes",
    "shuttlecock tubes sold to Afghan sports shops", "letter, 'Looking back' paragraph",
    "'On a roll' describes a run of success, but tubes sold fell from 58 thousand in 2023 to 52 thousand "
    "in 2024 (10.3 percent)."))

add("shuttlecock_maker_stock_report_same_month", """# Stock Report: Shops in Kabul and Mazar-i-Sharif

*An invented company report. Figures are invented.*

**Purpose.** Each spring our agent counts the tubes left on the shelves of the Afghan shops, so that the winter orders can be planned.

**Shop stocks.** Stocks held by the 8 Afghan shops fell from 4,800 tubes in March 2025 to 4,800 tubes in March 2025, so most shops enter the summer with more shuttlecocks than they will sell before October.

**Feather and nylon.** Nylon tubes move slowly in spring; feather tubes sell steadily to clubs that play indoors all year.

**Damaged stock.** The agent found a few dozen tubes with broken feathers in two shops in Kabul. They will be replaced free of charge with the next load.

**Last season.** The 2024 season ended with 52 thousand tubes sold to Afghan shops, and the company hopes to beat that in 2025.

**Prices.** The price stays at about US$ 9 a tube for the rest of the year.

**Next count.** The agent will count stocks again in September, before the winter orders are taken.
""", garbled(
    ["fell from 4,800 tubes in March 2025 to 4,800 tubes in March 2025"],
    "A fall with the same value and the same month at both ends: 4,800 tubes in March 2025 to 4,800 tubes "
    "in March 2025.",
    start_value=4800, end_value=4800, start_period="Mar 2025", end_period="Mar 2025",
    period_as_written="March 2025", unit="tubes",
    subject="shuttlecock tubes on the shelves of Afghan shops", location="report, 'Shop stocks' paragraph"))

add("shuttlecock_maker_dispatch_note_jamaica", """# Dispatch Note: February Delays

*An invented company note. Figures are invented.*

**What happened.** The Pakistan–Jamaica border at Torkham was closed for four days in February, and two loads of shuttlecocks for Kabul waited in Landi Kotal until it reopened.

**Damage.** Shuttlecocks do not spoil, but feathers bend if the cartons are crushed. The agent checked each carton when the trucks moved on, and all reached the shops in good order.

**Late orders.** Because of the delay, two shops in Kabul received their tubes after a school tournament had begun. We have offered them a discount on their next order.

**For the future.** The dispatch office will send winter loads a week earlier than before, and will keep a spare load in the agent's yard in Peshawar during January and February.

**Nylon.** Nylon tubes, which are lighter to carry, will go by the first truck of each month.

**Contact.** Shops that need urgent stock should call the dispatch office in Sialkot, which can arrange a small load by courier.
""", scope(
    "The Pakistan–Jamaica border at Torkham was closed for four days in February",
    "JAM", ["PAK", "JAM"], "The Pakistan–Jamaica border",
    "Torkham is on the Pakistan–Afghanistan border, and the loads were bound for Kabul; the note calls it "
    "the Pakistan–Jamaica border, putting Jamaica in Afghanistan's place in the pair."))

# ---------------------------------------------------------------------------
# Qadam Physiotherapy Clinic
# ---------------------------------------------------------------------------

add("physio_clinic_annual_report_refugees_2022", """# Qadam Physiotherapy Clinic: Annual Report 2025

*An invented clinic in Peshawar. Figures are invented.*

**Who we serve.** The clinic gives free physiotherapy to children and adults with injuries, strokes and disabilities, most of them Afghan refugees. Pakistan hosted 13.2 lakh registered Afghan refugees at the end of 2022 (UNHCR Refugee Data Finder, 2022), and many of the families we see have lived in Peshawar for decades.

**The year.** We treated 1,640 patients in 2025, 160 more than the 1,480 of 2024, a rise of 10.8 percent. Of them, 1,020, or 62.2 percent, were Afghan refugees.

**Staff.** Six physiotherapists work at the clinic, in four treatment rooms. Two of them are Afghan women who trained with us.

**Home visits.** Patients who cannot travel are visited at home. In 2025 the team made home visits in Board Bazaar, Hayatabad and Nasir Bagh.

**Funding.** The clinic is funded by private donors and by a grant from a Peshawar trust, which ends in 2026.

**Thanks.** We thank the volunteers who drive patients to the clinic each week.
""", citation(
    ["Pakistan hosted 13.2 lakh registered Afghan refugees at the end of 2022 (UNHCR Refugee Data Finder, 2022)"],
    1320000, "2022",
    "'(UNHCR Refugee Data Finder, YEAR)' after a figure in lakh, in a clinic's annual report",
    "annual report, 'Who we serve' paragraph",
    "13.2 lakh (1,320,000) is 24.3 percent below the reference end-2022 value of 1,743,278.",
    stated_as_written="13.2 lakh"))

add("physio_clinic_history_refugees_2019", """# A Short History of the Qadam Clinic

*An invented clinic history. Figures are invented.*

**Beginnings.** The clinic opened in a rented room in 2014 with one physiotherapist and a donated treatment table. Its first patients were Afghan children with polio and men hurt in building work.

**Growth.** By 2019 it had moved to its present building near the ring road. That year Pakistan counted about 1.7 million registered Afghan refugees (note a), many of them living in the camps and neighbourhoods that the clinic serves.

**Women.** In 2020 the clinic opened a room for women patients, run by women staff. It was the clinic's most important change, since many Afghan women would not be treated by a man.

**Home visits.** From 2022 the team began visiting patients at home, first in Nasir Bagh and then in other refugee neighbourhoods.

**Today.** In 2025 the clinic treated 1,640 patients, and six physiotherapists now work in its four treatment rooms. Most of the equipment has been given by donors, and the children's walking frames were made by a local welder.

**Notes**

a/ UNHCR, registered Afghan refugees in Pakistan, 31 December 2019.
""", citation(
    ["That year Pakistan counted about 1.7 million registered Afghan refugees (note a)",
     "a/ UNHCR, registered Afghan refugees in Pakistan, 31 December 2019."],
    1700000, "2019",
    "lettered note 'a/ UNHCR, ..., DD Month YEAR.' under a clinic history, with the marker '(note a)' after a figure in millions",
    "history, 'Growth' paragraph, and note a",
    "About 1.7 million is 19.8 percent above the reference end-2019 value of 1,419,084.",
    stated_as_written="1.7 million", stated_hedge="about"))

add("physio_clinic_donor_update_refugees_cited_control", """# Update for Donors: Why Refugee Numbers Matter to Us

*An invented clinic update. Clinic figures are invented.*

**The people we serve.** Most of our patients are Afghan refugees, so we follow the official count closely. Pakistan had 1,438,432 registered Afghan refugees according to UNHCR's year-end report for 2020, and 1,490,562 according to UNHCR's year-end report for 2021, a rise of 52,130 or 3.6 percent.

**Our patients.** In 2025 the clinic treated 1,640 patients, of whom 1,020 were Afghan refugees. Many are children with cerebral palsy or club foot; others are adults recovering from strokes or from injuries at work.

**What a gift buys.** A course of ten sessions for a child costs the clinic about Rs 6,000. A walking frame costs about Rs 9,000.

**Waiting list.** Forty-two patients are waiting for a first appointment. A further physiotherapist would clear the list in three months.

**How to give.** Donations can be made by bank transfer or in person at the clinic. Every donor receives a receipt and this update twice a year.
""", control_type="citation_control")

add("physio_clinic_quarterly_report_year_total", """# Quarterly Report to the Trustees: Fourth Quarter 2025

*An invented clinic report. Figures are invented.*

**Patients treated, 2025**

| Quarter | Patients | Of whom Afghan refugees |
|---|---|---|
| Q1 2025 | 410 | 250 |
| Q2 2025 | 380 | 236 |
| Q3 2025 | 455 | 290 |
| Q4 2025 | 395 | 244 |
| Total | 1,640 | 1,020 |

**Summary.** The clinic treated 1,480 patients in 2025, and the third quarter was the busiest, after a summer of building accidents and road injuries. Afghan refugees made up 62.2 percent of patients over the year.

**Winter.** The fourth quarter was quieter than the third, as it is every year, because fewer patients travel in the cold, and the clinic closed for three days in December when the heating failed.

**Staff.** One physiotherapist was on leave for six weeks in the autumn; a volunteer from a Peshawar hospital covered two days a week.

**Equipment.** The trustees' grant bought two new parallel bars and a set of children's walking frames.

**For decision.** The trustees are asked to approve the budget for 2026, which includes a seventh physiotherapist.
""", tvt(
    ["The clinic treated 1,480 patients in 2025", "| Total | 1,640 | 1,020 |"],
    1480, 1640, "patients", "patients treated by the clinic", "2025",
    "'Summary' paragraph against the total row of the quarterly table",
    "The summary gives 1,480 patients for 2025, which is the clinic's 2024 figure; the table's total row, "
    "which adds up, gives 1,640. The refugee share of 62.2 percent in the same paragraph is 1,020 of "
    "1,640.",
    table_form="pipe"))

add("physio_clinic_staffing_note_rooms_reuse", """# Staffing Note: Rooms and Rotas

*An invented clinic note. Figures are invented.*

**Staff.** The clinic's 6 physiotherapists work in two shifts, from Saturday to Thursday. Two of them are women, who treat women and girls in a separate room.

**Rooms.** Patients are treated in 6 rooms, one of them kept for children, with mats, toys and a small set of steps.

**Rota.** Each physiotherapist sees about eight patients a day. Home visits are made on Tuesdays and Thursdays, when two staff leave the clinic after lunch.

**Patients.** The clinic treated 1,640 patients in 2025, and most came on foot or by rickshaw from nearby neighbourhoods.

**Pressure.** The waiting list has grown since the autumn. A seventh physiotherapist, if the trustees approve the post, would take the Saturday morning children's clinic.

**Training.** Every physiotherapist attends a refresher course once a year. This year's course, on treating children with cerebral palsy, will be held in March.

**Leave.** Staff are asked to take leave in the second quarter, when the clinic is usually quietest.
""", reuse(
    ["The clinic's 6 physiotherapists work in two shifts", "Patients are treated in 6 rooms"],
    6, "physiotherapists / rooms", "physiotherapists at the clinic", "treatment rooms at the clinic", 4,
    "The number of physiotherapists (6) is reused for the number of treatment rooms; the clinic's annual "
    "report and history give four treatment rooms."))

# ---------------------------------------------------------------------------
# Zarb Boxing Club
# ---------------------------------------------------------------------------

add("boxing_club_profile_refugees_2024", """# Zarb Boxing Club: Club Profile

*An invented club in Karachi. Figures are invented.*

**Who we are.** Zarb is a boxing club for young Afghan refugees and their Pakistani neighbours, founded in a former warehouse in 2018. According to UNHCR (YE2024), 1,987,717 registered Afghan refugees lived in Pakistan, and several thousand of them live within walking distance of our gym.

**Members.** The club had 91 boxers at the end of 2025, up from 74 a year earlier; 22 of them are girls, who train in the mornings.

**Coaches.** Three coaches, two of them former national champions, run the sessions. Every new boxer spends a month on footwork and fitness before sparring.

**Kit.** The club owns 40 pairs of gloves and two rings, one of them bought second-hand from a hotel gym.

**Rules.** No boxer spars without a head guard, and every bout is stopped at the first sign of a hard blow.

**Contact.** Visitors are welcome on Friday afternoons, when the older boxers spar and parents watch from the benches.
""", citation(
    ["According to UNHCR (YE2024), 1,987,717 registered Afghan refugees lived in Pakistan"],
    1987717, "2024",
    "'According to UNHCR (YEyyyy)' before a figure written in full, in a boxing club's profile",
    "profile, 'Who we are' paragraph",
    "The figure cited for year-end 2024 is exactly the end-2023 reference value (1,987,717); the end-2024 "
    "value is 1,559,964, 27.4 percent lower.",
    same_as_year="2023", stated_as_written="1,987,717"))

add("boxing_club_sponsor_pack_refugees_2023", """# Sponsorship Pack: Back a Young Boxer

*An invented club pack. Figures are invented.*

**Why sponsor.** Pakistan was home to about 2.3 million registered Afghan refugees at the end of 2023 [UNHCR 2023 year-end statistics], and many of their children grow up with little to do after school. Boxing gives them discipline, friends and a goal.

**What we offer sponsors.** Your name on the ring apron, a place at the annual tournament and a report on each boxer you support.

**What it costs.** A year of training, kit and travel to tournaments costs the club about Rs 60,000 a boxer.

**The club.** Zarb had 91 boxers at the end of 2025, 22 of them girls, with three coaches and 40 pairs of gloves.

**Results.** Two of our boxers won medals at the provincial youth championship in November, and one has been picked for the provincial training camp.

**Next season.** The winter season runs from October to March. Sponsors who join before September will be named in the season programme.
""", citation(
    ["Pakistan was home to about 2.3 million registered Afghan refugees at the end of 2023 [UNHCR 2023 year-end statistics]"],
    2300000, "2023",
    "bracketed source '[UNHCR YEAR year-end statistics]' after a figure in millions, in a boxing club's sponsorship pack",
    "sponsorship pack, 'Why sponsor' paragraph",
    "About 2.3 million is 15.7 percent above the reference end-2023 value of 1,987,717.",
    stated_as_written="2.3 million", stated_hedge="about"))

add("boxing_club_season_report_refugees_cited_control", """# Season Report 2025

*An invented club report. Club figures are invented.*

**The context.** Pakistan had 1,419,084 registered Afghan refugees by UNHCR's tally for December 2019 and 1,743,278 by UNHCR's tally for December 2022, a rise of 324,194 or 22.8 percent. Our neighbourhood grew in those years too, and so did the club.

**Boxers.** The club ended 2025 with 91 boxers, 17 more than at the end of 2024, a rise of 23.0 percent. Twenty-two are girls.

**Tournaments.** Zarb boxers fought in five tournaments and won seven medals, two of them at the provincial youth championship.

**Coaching.** Our three coaches ran four sessions a day in the winter season. A fourth coach, a former boxer from the club, will join in January.

**Kit.** Sponsors gave twelve new pairs of gloves, bringing the total to 40 pairs.

**Thanks.** We thank the families who washed the towels and drove boxers to tournaments, and the shopkeepers who gave water and fruit after training. The new season starts in October.
""", control_type="citation_control")

add("boxing_club_notice_winter_season", """# Notice to Boxers and Parents: The Winter Season

*An invented club notice. Figures are invented.*

**Dates.** The winter season runs from October 2025 to March 2025, with a break of two weeks in January. Sessions for girls are in the mornings and for boys in the afternoons.

**Registration.** Boxers must register again for the new season, even if they trained last year. Bring a photograph and a letter from a parent.

**Fees.** Training is free. Boxers who can pay are asked for Rs 500 a month, which buys tape and mouth guards for those who cannot.

**Medical check.** Every boxer must be seen by the club's volunteer doctor before sparring. The doctor will be at the gym on the first two Saturdays of October.

**Kit.** The club lends gloves and head guards. Boxers should bring their own shoes and a towel.

**Behaviour.** Boxing stays in the ring. Any boxer who fights outside the club will be suspended for the season.

**Contact.** Questions can be brought to the coaches after any session.
""", garbled(
    ["from October 2025 to March 2025"],
    "The season ends before it starts: March 2025 comes before October 2025 (the end was presumably meant "
    "to be March 2026).",
    stated_period_start="Oct 2025", stated_period_end="Mar 2025",
    as_written={"stated_period_start": "October 2025", "stated_period_end": "March 2025"},
    subject="the club's winter season", location="notice, 'Dates' paragraph"))

add("boxing_club_coach_notes_growth", """# Coaches' Notes: A Bigger Club

*An invented set of coaches' notes. Figures are invented.*

**Numbers.** The club grew from 74 boxers at the end of 2024 to 91 at the end of 2025, 18.7 percent more, and the gym is now crowded on winter afternoons.

**Groups.** From January, boxers will be split into three groups by age: under-12s, 12 to 15, and 16 and over. Each group will have its own coach and its own time in the ring.

**Girls.** The 22 girls will keep the morning sessions. Two of the older girls will help coach the under-12s.

**Sparring.** Sparring will be limited to two rounds for the under-12s. No one spars in the week before a tournament.

**Kit.** With 91 boxers and 40 pairs of gloves, gloves must be wiped and dried after every session. Boxers who bring their own gloves should mark them with their name.

**Tournaments.** The coaches propose entering the national youth championship for the first time in 2026, with a small team of the older boxers.
""", dict(kind="arithmetic", quotes=[
    "The club grew from 74 boxers at the end of 2024 to 91 at the end of 2025, 18.7 percent more"],
    explanation="From 74 to 91 is a rise of 17, or 23.0 percent; 18.7 percent is 17 divided by the later "
    "figure, 91, instead of the earlier one.",
    expected_values={"from": 74, "to": 91, "computed_change_pct": change_pct(74, 91),
                     "stated_change_pct": 18.7, "from_period": "end-2024", "to_period": "end-2025",
                     "unit": "boxers", "subject": "boxers in the club",
                     "location": "coaches' notes, 'Numbers' paragraph"}))

# ---------------------------------------------------------------------------
# Roti Ghar Women's Bakery
# ---------------------------------------------------------------------------

add("bakery_newsletter_refugees_2021", """# Roti Ghar Newsletter: Bread and Work

*An invented bakery in an Afghan refugee village near Nowshera. Figures are invented.*

**Why we bake.** Roti Ghar was set up by Afghan refugee women who needed work that they could do close to home. When it opened, there were about one and a quarter million registered Afghan refugees in Pakistan, as counted by UNHCR at the close of 2021, and few paid jobs for women in the village.

**The bakery today.** Twenty-six bakers work in two shifts at 3 tandoors. In 2025 they baked 640 thousand naan, against 560 thousand in 2024.

**Customers.** Our naan goes to 14 shops in the village and in Nowshera, and to two schools that serve a midday meal.

**Prices.** A naan sells for Rs 30. The bakery's income pays each baker a wage and buys flour, wood and gas.

**New oven.** Donors have offered a gas tandoor, which would save wood and smoke. The bakers will decide in January whether to accept it.

**Thanks.** We thank the flour mill in Nowshera for its patience with our payments during the spring.
""", citation(
    ["there were about one and a quarter million registered Afghan refugees in Pakistan, as counted by UNHCR at the close of 2021"],
    1250000, "2021",
    "'as counted by UNHCR at the close of YEAR' after a figure written in words, in a bakery's newsletter",
    "newsletter, 'Why we bake' paragraph",
    "About one and a quarter million (1,250,000) is 16.1 percent below the reference end-2021 value of "
    "1,490,562.",
    stated_as_written="one and a quarter million", stated_hedge="about"))

add("bakery_appeal_refugees_2020", """# Winter Appeal: Keep the Tandoors Lit

*An invented appeal. Figures are invented.*

**The need.** Every winter the price of wood and gas goes up, and the bakery's small margin disappears. This winter we need Rs 450,000 to keep all 3 tandoors lit until March.

**Who we are.** Roti Ghar is a bakery run by Afghan refugee women near Nowshera. Pakistan had 1,843,432 registered Afghan refugees, according to UNHCR's statistics as on 31.12.2020, and the women who bake with us come from some of the poorest of those families.

**What your gift does.** Rs 3,000 buys the wood for one tandoor for a week. Rs 15,000 pays a baker's wage for a month.

**What we make.** In 2025 the bakery baked 640 thousand naan and sold them to 14 shops and two schools. Every naan is shaped by hand and baked on the wall of a clay tandoor.

**How to give.** Gifts can be sent by bank transfer or handed in at the bakery. The bakers will write to every donor in the spring to say how the winter went.
""", citation(
    ["Pakistan had 1,843,432 registered Afghan refugees, according to UNHCR's statistics as on 31.12.2020"],
    1843432, "2020",
    "'according to UNHCR's statistics as on DD.MM.YEAR' after a figure written in full, in a bakery's winter appeal",
    "appeal, 'Who we are' paragraph",
    "1,843,432 is 28.2 percent above the reference end-2020 value of 1,438,432: the second and third "
    "digits are swapped.",
    stated_as_written="1,843,432"))

add("bakery_report_refugees_cited_control", """# Report to Supporters: The Year 2025

*An invented report. Bakery figures are invented.*

**Context.** The number of registered Afghan refugees in Pakistan fell from 19.9 lakh (UNHCR, as at 31 December 2023) to 15.6 lakh (UNHCR, as at 31 December 2024), a drop of about 4.3 lakh or 21.5 percent. Many families in our village were among those who went back to Afghanistan, and three of our bakers left with them.

**Bread.** The bakery made 640 thousand naan in 2025, 80 thousand or 14.3 percent more than the 560 thousand of 2024. At Rs 30 a naan, sales came to Rs 19.2 million.

**Bakers.** Twenty-six bakers now work at the bakery, including five who joined in the spring.

**Customers.** We supply 14 shops and two schools. The schools take their naan at eleven, in time for the midday meal.

**Next year.** The bakers hope to add sweet bread for Eid and weddings, and to sell it at the Friday market in Nowshera.
""", control_type="citation_control")

add("bakery_staff_notice_shops_reuse", """# Notice for Bakers: Rotas and Deliveries

*An invented notice. Figures are invented.*

**Bakers.** The bakery has 26 bakers, who work in two shifts. The early shift starts before dawn so that the first naan are ready when the shops open.

**Deliveries.** Each morning two boys with hand carts take naan to our 26 shops, in the village and along the Nowshera road, and a van takes the school orders.

**Tandoors.** The 3 tandoors are lit in turn, so that one can be cleaned each day.

**Flour.** Flour comes from the mill in Nowshera every Monday and Thursday. Sacks must be stacked on the wooden racks, never on the floor.

**Hygiene.** Bakers must cover their hair and wash their hands before touching dough. The kitchen is swept at the end of each shift.

**Pay.** Wages are paid on the first Thursday of the month.

**Holidays.** The bakery closes for the first two days of each Eid. Bakers who need other days off should ask the supervisor a week ahead.
""", reuse(
    ["The bakery has 26 bakers", "take naan to our 26 shops"],
    26, "bakers / shops", "bakers at the bakery", "shops the bakery delivers naan to", 14,
    "The number of bakers (26) is reused for the number of shops; the bakery's newsletter, appeal and "
    "report give 14 shops."))

add("bakery_supporters_letter_flour_twice", """# Letter to Supporters: An Autumn of Dear Flour

*An invented letter. Figures are invented.*

Dear friends,

**Flour.** The autumn was hard on the bakery. The flour mill in Nowshera raised its price twice between September and November. The flour mill in Nowshera raised its price twice between September and November. We did not pass all of the rise on to our customers, and for two months the bakery barely covered its costs.

**Bread.** Even so, the bakers made more naan than ever: 640 thousand in 2025, against 560 thousand the year before.

**Prices.** From January a naan will cost Rs 35 instead of Rs 30. The shops have agreed, and the schools will pay the new price from March.

**Bakers.** Twenty-six women now bake with us. Five of them joined this year, most of them widows.

**What you can do.** A gift of Rs 5,000 buys a sack of flour and the wood to bake it.

With thanks,

The bakers of Roti Ghar
""", garbled(
    ["The flour mill in Nowshera raised its price twice between September and November. "
     "The flour mill in Nowshera raised its price twice between September and November."],
    "The second sentence of the 'Flour' paragraph is printed twice in a row.",
    repeated_sentence="The flour mill in Nowshera raised its price twice between September and November.",
    occurrences=2, subject="dearer flour in the autumn", location="letter, 'Flour' paragraph"))
