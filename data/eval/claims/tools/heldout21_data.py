# Twenty-first held-out set of synthetic documents ("heldout21").  Written from
# scratch after heldout20/, by a labeller session that had not opened dyad's
# implementation or history and had not seen any of its results.
# Every entry: name (topic slug, numbered later by build_heldout21.py), text,
# labels (list of defect dicts), control_type for controls.
# Registers not used before: a glass bangle makers' association's papers on
# Afghan buyers; a motorcycle helmet maker's dealer papers; a midwifery
# school's reports on refugee villages; a cutlery makers' association's papers
# (with the annual trade series); a pickle maker's papers on Kabul grocers; a
# dry fruit dealers' group's papers on Afghan dried mulberries; an
# auto-rickshaw maker's papers; a school meals trust in refugee villages; a
# toy maker's papers on Afghan wholesalers; an orphans' home's reports; and a
# fire and rescue station at Torkham.
#
# Invented figures shared with earlier sets: annual trade series (README:
# exports 936 / 1,012 / 884 and imports 741 / 690 / 540 for 2022-2024,
# balances 195 / 322 / 344, totals 1,677 / 1,702 / 1,424); reference refugee
# series (1,419,084 / 1,438,432 / 1,490,562 / 1,743,278 / 1,987,717 /
# 1,559,964 for 2019-2024).
#
# New invented figures, consistent with the above:
#   Hyderabad Glass Bangle Makers' Association (invented, 64 workshops, 21
#     selling to Afghan traders), thousand dozen, 2024 / 2025: plain glass
#     410 / 468, gold-lined 265 / 301, bridal sets 118 / 142, metal-cored
#     87 / 79, total 880 / 990 (rise 110, 12.5 percent; plain glass 47.3
#     percent of 2025; metal-cored down 8 or 9.2 percent); 2025 worth US$
#     1.26 million; soda ash from Kenya.
#   Sipar Helmets, Lahore (invented): helmets to Afghan dealers 2023 22,400,
#     2024 18,900 (fall 3,500, 15.6 percent), 2025 26,300 (rise 7,400, 39.2
#     percent); 16 Afghan dealers; 7 models; Rs 3,800 a helmet.
#   Noor Midwifery School, Quetta (invented): 2025 96 midwives trained, 41 of
#     them Afghan women; births attended by graduates in refugee villages,
#     2025, by district: Quetta 1,240, Pishin 860, Killa Abdullah 530,
#     Loralai 370, total 3,000 (2,500 in 2024, rise 20.0 percent); 38
#     refugee villages.
#   Wazirabad Cutlery Makers' Association (invented, 58 units): cutlery to
#     Afghanistan 2025, US$ thousand: Q1 410, Q2 380, Q3 455, Q4 515, total
#     1,760 (2024 1,540, rise 220 or 14.3 percent; Q4 29.3 percent).
#   Mehran Pickles, Multan (invented), to Kabul and Jalalabad grocers, 2025,
#     thousand jars / Rs million: mango 184 / 64.4, mixed 122 / 39.0, lemon
#     76 / 22.8, chilli 48 / 15.4, total 430 / 141.6 (2024 365 thousand
#     jars, rise 65 or 17.8 percent); 37 grocers; 52 women on the night shift.
#   Qissa Khwani Dry Fruit Dealers' Group (invented, 44 dealers), Afghan
#     dried mulberries through Torkham, tonnes / Rs million: Jul 2025 320 /
#     144.0, Aug 460 / 211.6, Sep 540 / 253.8, Oct 380 / 182.4, total 1,700
#     / 791.8 (Jul-Oct 2024 1,480 tonnes, rise 220 or 14.9 percent; Sep 31.8
#     percent; about Rs 466 a kilogram); 75 tonnes in godowns on 1 Nov 2025.
#   Rahgir Rickshaws, Gujranwala (invented): rickshaws to Afghanistan 2023
#     1,860, 2024 1,420 (fall 440, 23.7 percent), 2025 2,040; 12 Afghan
#     dealers; 30 mechanics trained in Jalalabad.
#   Dastarkhwan Trust (invented), school meals in refugee villages, 2025,
#     children fed daily: Peshawar 6,400, Nowshera 3,100, Haripur 2,700,
#     Kohat 1,800, total 14,000 (2024 11,200, rise 2,800 or 25.0 percent);
#     meals 2.13 million in 2024 and 2.66 million in 2025 (190 school days).
#   Khilona Toys, Karachi (invented), to Afghan wholesalers, 2025, thousand
#     pieces / Rs million: Q1 96 / 28.8, Q2 74 / 22.2, Q3 88 / 26.4, Q4 142
#     / 42.6, total 400 / 120.0 (Rs 300 a piece); 19 wholesalers.
#   Aman Orphans' Home, Peshawar (invented): 310 children in 2025, 118 of
#     them Afghan; 27 carers and teachers.
#   Torkham Fire and Rescue Station (invented), calls, fires / rescues /
#     total: Jan 2025 14 / 22 / 36, Feb 11 / 19 / 30, Mar 18 / 27 / 45,
#     total 43 / 68 / 111 (Q1 2024 92, rise 19 or 20.7 percent); truck fires
#     31 in 2024, 47 in 2025; 24 firefighters, 9 on duty a shift; 11
#     hydrants.

HELDOUT21 = []
PAIR = ["PAK", "AFG"]
REFS = {"2019": 1419084, "2020": 1438432, "2021": 1490562,
        "2022": 1743278, "2023": 1987717, "2024": 1559964}


def pct(a, b):
    return round((b - a) / a * 100, 2)


def pdf_table(rows, gap=4):
    """Rows set out as text copied from a PDF: no pipes, first column padded on
    the right, the others on the left, columns parted by runs of spaces."""
    widths = [max(len(r[k]) for r in rows) for k in range(len(rows[0]))]
    out = []
    for r in rows:
        cells = [r[0].ljust(widths[0])] + [r[k].rjust(widths[k]) for k in range(1, len(r))]
        out.append((" " * gap).join(cells).rstrip())
    return "\n".join(out)


def row(table, first):
    hits = [ln for ln in table.split("\n") if ln.startswith(first)]
    assert len(hits) == 1, (first, hits)
    return hits[0]


def doc(name, text, label=None, control_type=None):
    HELDOUT21.append(dict(name=name, control_type=control_type,
                          labels=[label] if label else [], text=text))


def direction(quote, a, b, pa, pb, word, stated, unit, subject, location, explanation, **extra):
    ev = {"from": a, "to": b, "change": b - a, "change_pct": pct(a, b),
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


def garbled(quote, ev, explanation):
    return dict(kind="garbled", quotes=[quote], explanation=explanation, expected_values=ev)


def repeated(sentence, subject, location, explanation):
    return garbled(" ".join([sentence] * 2),
                   {"repeated_sentence": sentence, "occurrences": 2, "subject": subject,
                    "location": location}, explanation)


# ---------------------------------------------------------------------------
# A. Hyderabad Glass Bangle Makers' Association
# ---------------------------------------------------------------------------

BANGLE_TABLE = """| Kind of bangle | 2024 | 2025 |
|---|---|---|
| Plain glass | 410 | 468 |
| Gold-lined | 265 | 301 |
| Bridal sets | 118 | 142 |
| Metal-cored | 87 | 79 |
| Total | 880 | 990 |"""

doc("bangle_makers_annual_digest_control", f"""# Hyderabad Glass Bangle Makers' Association: Annual Digest 2025

*The association, its workshops and every figure below are invented.*

## Afghan buyers

Bangles sold to Afghan traders, thousand dozen:

{BANGLE_TABLE}

Sales to Afghan traders came to 990 thousand dozen in 2025, which is 110 thousand dozen or 12.5 percent more than the 880 thousand dozen of 2024. Plain glass bangles remained the bread-and-butter line at 468 thousand dozen, or 47.3 percent of the year. Metal-cored bangles were the only kind to lose ground, sliding by 8 thousand dozen, or 9.2 percent, because Kabul shopkeepers now buy cheaper cored pieces from local smiths.

## Workshops

Of the association's 64 workshops, 21 sold to Afghan traders during the year. The 2025 shipments were worth about US$ 1.26 million at the factory gate.

## Raw materials

Soda ash for the furnaces came mostly from Kenya, shipped to Karachi and railed north, while cullet was gathered from scrap dealers in Sindh. Members asked the provincial gas company for a steadier winter supply.

## Wedding season

Orders peak before the spring wedding season in Kabul, Herat and Mazar-i-Sharif, when bridal sets sell at almost twice the price of plain glass.
""", control_type="control")

doc("bangle_makers_bulletin_gold_lined", f"""# Bangle Bulletin, No. 4 of 2025: Afghan Orders Hold Up

*An invented association bulletin. All volumes are invented.*

Members have sent in their year-end returns. The table gives bangles sold to Afghan traders in thousand dozen.

{BANGLE_TABLE}

**Gold-lined.** The gold-lined range had a good year: gold-lined bangles reached 331 thousand dozen in 2025, helped by a new pattern with a thin green stripe that traders in Kandahar asked for by name.

**Bridal sets.** Bridal sets climbed past 140 thousand dozen for the first time. Traders say brides in Kabul now choose a full set of twenty-four pieces rather than a dozen.

**Packing.** Breakage on the road to Torkham remains the main complaint. The association's packing committee recommends double-walled cartons and straw, and it will show the new cartons at the next general meeting.

**Payments.** Several members reported late payments from traders in Jalalabad in the autumn. The association reminds members to insist on an advance of at least a third before dispatch.

**Next issue.** The spring bulletin will cover the wedding season and the cost of gas.
""", tvt(["gold-lined bangles reached 331 thousand dozen in 2025", "| Gold-lined | 265 | 301 |"],
         331, 301, "thousand dozen", "gold-lined bangles sold to Afghan traders by members", "2025",
         "'Gold-lined' paragraph against the table by kind of bangle",
         "The paragraph puts gold-lined sales in 2025 at 331 thousand dozen; the table just above gives 301 for the same line and year, and only 301 fits the 990 total.",
         table_form="pipe"))

doc("bangle_makers_note_on_product_mix", f"""# Note to the Executive Committee: What Afghan Traders Buy From Us

*An invented association note. Figures are invented.*

**Purpose.** This note sets out the mix of bangles that members sold to Afghan traders in 2025, so that the committee can decide which designs to take to the Kabul trade fair.

**The mix.** Of the 990 thousand dozen sold to Afghan traders in 2025, plain glass bangles were 47 percent, gold-lined 30 percent, bridal sets 14 percent and metal-cored 19 percent.

**Reading the mix.** Plain glass pays the wages but leaves a thin margin. Bridal sets earn the most per dozen, and the committee may wish to give them more room on the fair stand.

**Designs.** Traders from Herat have asked for bangles in the deep red that is worn at engagements there. Two workshops in Latifabad can make that colour now; others need new pigment.

**Costs.** A stand at the fair costs about Rs 450,000 for the week, with freight of samples on top.

**Decision sought.** The committee is asked to approve a stand of two bays and to name four members to staff it.
""", dict(kind="arithmetic",
          quotes=["plain glass bangles were 47 percent, gold-lined 30 percent, bridal sets 14 percent and metal-cored 19 percent"],
          explanation="The four kinds make up the whole 990 thousand dozen, yet their shares add up to 110 percent. With the association's figures metal-cored bangles were 79 thousand dozen, about 8 percent, not 19.",
          expected_values={"shares_pct": {"plain glass": 47, "gold-lined": 30, "bridal sets": 14, "metal-cored": 19},
                           "sum_pct": 110, "unit": "percent of dozens sold", "period": "2025",
                           "subject": "bangles sold to Afghan traders by kind",
                           "location": "note, 'The mix' paragraph"}))

doc("bangle_makers_newsletter_mauritius_cartons", """# Churi Newsletter: Notes From the Workshops, Winter 2025

*An invented association newsletter. Names and figures are invented.*

**Fair visitors.** A Mauritian buyer who placed an order at the Karachi gift fair in October has asked for samples of bridal sets in gold and maroon. The order will go by sea from Karachi and is not part of our Afghan trade.

**The border.** Members shipped 990 thousand dozen bangles to Afghan traders in 2025. The secretariat keeps a log of bangle cartons cleared at Torkham for buyers in Mauritius, and it shows that most cartons now clear within two days, against four or five days a year ago.

**Breakage.** Members who used the new double-walled cartons reported breakage of under two percent, while those who kept the old single-walled boxes lost close to six percent of their bangles on the road.

**Training.** Twelve young workers finished the association's course in furnace safety this winter. The course will run again in March for workshops in Latifabad and Qasimabad.

**Gas.** The winter gas cuts cost most workshops about nine working days in December. The secretariat has written again to the gas company on behalf of members.
""", scope("bangle cartons cleared at Torkham for buyers in Mauritius", "MUS", ["PAK", "MUS"],
          "for buyers in Mauritius",
          "Cartons cleared at Torkham go to Afghan traders; the log of the Afghan trade puts Mauritius where Afghanistan belongs. The other mention of Mauritius, a buyer from the Karachi fair whose order goes by sea, is correct.",
          not_a_defect="A Mauritian buyer who placed an order at the Karachi gift fair in October"))

doc("bangle_makers_workshop_report_gas_twice", """# Workshop Report: A Winter of Short Furnace Days

*An invented association report. Figures are invented.*

Members' bangle sales to Afghan traders reached 990 thousand dozen in 2025, but the last weeks of the year were hard for the furnaces.

**The gas.** Glass for the bangles is melted in furnaces that burn gas, and the winter gas cuts stop work for days at a time. Glass for the bangles is melted in furnaces that burn gas, and the winter gas cuts stop work for days at a time. Most workshops lost about nine working days in December.

**The result.** Orders for the spring wedding season in Kabul were filled late, and some traders in Herat switched part of their orders to bangles made in Afghan workshops. Members fear they may not all come back.

**What members did.** A few workshops tried running furnaces on liquefied gas in cylinders, which costs more but keeps the glass at heat. Others moved their shifts to the night, when pressure is higher.

**Request.** The association will ask the provincial government to treat bangle furnaces as a cottage industry with a protected supply in winter. The secretary will report on the reply at the next general meeting.
""", repeated("Glass for the bangles is melted in furnaces that burn gas, and the winter gas cuts stop work for days at a time.",
              "gas-fired bangle furnaces and winter gas cuts", "report, 'The gas' paragraph",
              "The same sentence about gas-fired furnaces and winter cuts is printed twice in a row."))


# ---------------------------------------------------------------------------
# B. Sipar Helmets, Lahore
# ---------------------------------------------------------------------------

HELMET_TABLE = """| Year | Helmets sold to Afghan dealers |
|---|---|
| 2023 | 22,400 |
| 2024 | 18,900 |
| 2025 | 26,300 |"""

doc("helmet_maker_company_overview_control", f"""# Sipar Helmets: Company Overview for Afghan Dealers

*An invented company. Sales, prices and counts are invented.*

Sipar Helmets has moulded motorcycle helmets in Lahore since 2009. We sell in Pakistan and, through a network of 16 Afghan dealers, in Kabul, Jalalabad, Kandahar and Kunduz.

**Afghan sales by year:**

{HELMET_TABLE}

Sales to Afghan dealers dropped by 3,500 helmets, or 15.6 percent, in 2024, when two long closures at Torkham held up our trucks. They came back strongly in 2025, rising by 7,400 helmets, or 39.2 percent, to 26,300. At our dealer price of Rs 3,800 a helmet, the 2025 sales were worth about Rs 99.9 million.

**Our range.** Dealers can choose from 7 models, from the open-face Sipar Lite to the full-face Sipar Pro with a double visor.

**Parts.** Shells and liners are made in our own plant. Visors are bought from a supplier in China, and straps and buckles from a maker in Sialkot.

**Safety.** Every batch is drop-tested in Lahore, and a sample from each container is kept for a year in case a dealer reports a fault.

**Contact.** Dealers should send orders to the export desk, which replies within two working days.
""", control_type="control")

doc("helmet_maker_sales_letter_ramped_up", """# Sipar Helmets: Letter to Dealers on the 2024 Season

*An invented company. Sales are invented.*

Dear dealers,

Thank you for staying with us through a difficult year at the border.

Our Afghan sales ramped up in 2024, going from 22,400 helmets in 2023 to 18,900 helmets in 2024. We know that some of you waited more than three weeks for trucks that were held at Torkham, and we are sorry for the loss of sales in the busy months.

For the coming year we have made three changes. First, we will keep a stock of about 1,500 helmets at a bonded warehouse in Peshawar, so that orders can move as soon as the crossing opens. Second, we will send smaller loads more often. Third, dealers who pay in advance will receive a discount of four percent.

Many of you asked for a helmet that fits over a winter cap. Our designers are testing a larger shell, and samples will reach you before the snow.

Please send us your forecast for the first half of the year by the end of January.

With thanks,

The Export Manager, Sipar Helmets, Lahore
""", direction("Our Afghan sales ramped up in 2024, going from 22,400 helmets in 2023 to 18,900 helmets in 2024",
               22400, 18900, "2023", "2024", "ramped up", "rise", "helmets",
               "motorcycle helmets sold by the company to Afghan dealers", "dealer letter, third paragraph",
               "'Ramped up' says sales grew, but they fell from 22,400 to 18,900 helmets (down 3,500, 15.6 percent), as the rest of the letter and the company overview confirm."))

doc("helmet_maker_range_note_models_reuse", """# Sipar Helmets: Note on the Range for 2026

*An invented company. Figures are invented.*

**Who we sell to.** Sipar Helmets sells to 16 Afghan dealers, who between them cover most of the larger bazaars from Kunduz in the north to Kandahar in the south.

**What we offer.** For 2026 the company offers 16 helmet models, from light open-face helmets for summer to a full-face helmet with a chin guard for the mountain roads.

**What sells.** In 2025 our Afghan dealers bought 26,300 helmets. The open-face models were the most popular in Kandahar and Jalalabad, where riders complain of the heat, while riders in Kabul and Kunduz preferred the full-face helmets in winter.

**Prices.** The dealer price stays at Rs 3,800 a helmet for the standard models. The full-face helmet with a double visor will cost a little more.

**Colours.** Black and white still make up most orders, but several dealers have asked for bright orange, which is easier for truck drivers to see at night.

**Orders.** Dealers should place orders for the spring by the end of February.
""", reuse(["Sipar Helmets sells to 16 Afghan dealers", "the company offers 16 helmet models"], 16,
           "dealers / models", "Afghan dealers the company sells to",
           "helmet models the company offers", 7,
           "The same 16 is used for the dealers and for the helmet models a sentence later; the company overview lists 7 models."))

doc("helmet_maker_plant_notice_backwards", """# Sipar Helmets: Notice to Afghan Dealers on a Plant Shutdown

*An invented company. Dates and figures are invented.*

**Shutdown.** The moulding hall of our Lahore plant was shut for maintenance from 19 June 2025 to 4 June 2025, while two presses were rebuilt and the paint line was moved to a new shed.

**Effect on orders.** Orders placed during the shutdown were filled from stock. About 1,200 helmets left the warehouse in those weeks, which was enough for most dealers. A few dealers in Kunduz received their full-face helmets a week late.

**After the shutdown.** The rebuilt presses turn out a shell every ninety seconds, against about two minutes before. This will help us keep up with the autumn orders, which are usually the largest of the year.

**The border.** Trucks for Afghan dealers continue to leave Lahore twice a week for Torkham. Dealers in Kandahar may ask for their orders to go through Chaman instead.

**Questions.** Dealers with questions about late orders should write to the export desk, giving their order number.
""", garbled("shut for maintenance from 19 June 2025 to 4 June 2025",
             {"stated_period_start": "19 Jun 2025", "stated_period_end": "4 Jun 2025",
              "as_written": {"stated_period_start": "19 June 2025", "stated_period_end": "4 June 2025"},
              "subject": "maintenance shutdown of the helmet plant's moulding hall",
              "location": "notice, 'Shutdown' paragraph"},
             "The shutdown is said to run from 19 June 2025 to 4 June 2025, an end date before its start."))


# ---------------------------------------------------------------------------
# C. Noor Midwifery School, Quetta
# ---------------------------------------------------------------------------

BIRTHS_TABLE = """| District | Births attended, 2025 |
|---|---|
| Quetta | 1,240 |
| Pishin | 860 |
| Killa Abdullah | 530 |
| Loralai | 370 |
| Total | 3,000 |"""

doc("midwifery_school_village_births_control", f"""# Noor Midwifery School: Births in Refugee Villages, 2025

*An invented school. Trainees, births and villages are invented.*

Graduates of the school work as village midwives in refugee villages of Balochistan. The table shows the births they attended in 2025.

{BIRTHS_TABLE}

Our graduates attended 3,000 births in 2025, up from 2,500 in 2024, a rise of 20.0 percent. Quetta district accounted for 1,240 of them, or 41.3 percent, since most of the older refugee villages lie on the edge of the city. Loralai had the fewest, at 370, because the road to several villages was cut for weeks by floods.

The midwives now serve 38 refugee villages. Each carries a kit with sterile blades, cord clamps and a blood pressure cuff; the kits were a gift from a foundation in Denmark.

In 2025 the school trained 96 midwives, 41 of them Afghan women who grew up in the villages. The Afghan graduates are often the only midwife a family will call, since many husbands will not let a stranger into the house.

The school's aim for 2026 is to place a second midwife in the ten largest villages, so that no woman has to give birth without help when the first midwife is away.
""", control_type="control")

doc("midwifery_school_prospectus_refugees_2022", """# Noor Midwifery School: Prospectus 2026

*An invented school. Fees and figures are invented.*

## Why the school exists

Women in the refugee villages around Quetta still give birth at home far more often than women in the city. When the school opened, there were 1.49 million registered Afghan refugees in Pakistan (UNHCR Refugee Data Finder, 2022), and many of the women among them had no trained help at birth.

## The course

The diploma takes eighteen months: a year of classes and practice on models in Quetta, then six months of supervised work with a senior midwife in a village. Trainees learn to manage normal births, to spot danger signs early and to refer women to hospital in good time.

## Who may apply

Applicants must be between eighteen and thirty-five and have passed matriculation. Afghan women living in the refugee villages are encouraged to apply, and a place is kept for one woman from each village that has no midwife.

## Fees and support

Tuition is free. Trainees from the villages receive a monthly allowance and a seat in the school van.

## How to apply

Forms are available at the school office on Sariab Road. The next intake begins in March.
""", citation(["1.49 million registered Afghan refugees in Pakistan (UNHCR Refugee Data Finder, 2022)"],
              1490000, "2022", "(UNHCR Refugee Data Finder, YEAR) after a figure in millions, in a midwifery school's prospectus",
              "prospectus, 'Why the school exists' section",
              "The figure cited for 2022, 1.49 million, is 14.5 percent below the reference value of 1,743,278 for end-2022; it is close to the end-2021 value instead.",
              stated_as_written="1.49 million"))

doc("midwifery_school_funding_request_refugees_2024", """# Noor Midwifery School: Request for Funding, 2026 Intake

*An invented school. Costs and figures are invented.*

**1. The need.** Pakistan hosts some 2.31 million registered Afghan refugees (note a/), and thousands of them live in villages around Quetta where no midwife is on call at night.

**2. What we ask for.** The school asks for Rs 18.4 million to train a further 48 midwives over eighteen months, half of them Afghan women from the villages.

**3. What it pays for.** The sum covers tuition, the monthly allowances of trainees, the school van, delivery kits and the salaries of two senior midwives who supervise the village placements.

**4. Results so far.** Our graduates attended 3,000 births in 2025 in 38 refugee villages, and no mother died in any of the births they attended.

**5. Reporting.** The school will send a short report every six months and a full report when the intake graduates.

Notes

a/ UNHCR, registered Afghan refugees in Pakistan, end of 2024.

b/ Births attended are taken from the school's village registers for 2025.
""", citation(["some 2.31 million registered Afghan refugees (note a/)",
               "a/ UNHCR, registered Afghan refugees in Pakistan, end of 2024."],
              2310000, "2024", "lettered note list 'a/ UNHCR ... YEAR' under a funding request, with a marker '(note a/)' in the text",
              "request, paragraph 1, and note a/",
              "The figure cited to UNHCR for end-2024, 2.31 million, is 48.1 percent above the reference value of 1,559,964.",
              stated_as_written="2.31 million", stated_hedge="some"))

doc("midwifery_school_annual_letter_refugees_cited_control", """# Noor Midwifery School: Annual Letter to Friends of the School

*An invented school. Births and trainees are invented.*

Dear friends,

The number of Afghan families who depend on village midwives has grown. At the end of 2021 Pakistan had 1,490,562 registered Afghan refugees, UNHCR's tally for December 2021; a year later the figure stood at 1,743,278, UNHCR's tally for December 2022. That is 252,716 more people, a rise of 17.0 percent in a single year, and many of the new arrivals settled in the villages we serve.

Our graduates rose to the task. They attended 3,000 births in 2025, against 2,500 the year before, and they now work in 38 refugee villages.

This year the school trained 96 midwives. Forty-one of them are Afghan women from the villages, and several have already delivered the babies of their own neighbours.

We could not do this without you. Your gifts paid for delivery kits, for the fuel of the school van and for the night allowances of midwives who walk to a birth in the dark.

With gratitude,

The Principal, Noor Midwifery School, Quetta
""", control_type="citation_control")

doc("midwifery_school_board_minutes_villages_reuse", """# Noor Midwifery School: Minutes of the Board, December 2025

*An invented school. Names and figures are invented.*

**Present.** The chair, the principal, the treasurer and three members of the board.

**Item 1: Graduates.** The principal reported that the school trained 96 midwives in 2025, 41 of them Afghan women from the refugee villages. The board congratulated the staff.

**Item 2: Coverage.** The principal said that the midwives now work in 41 refugee villages across Quetta, Pishin, Killa Abdullah and Loralai, and that the ten largest villages still have only one midwife each.

**Item 3: Births.** Graduates attended 3,000 births in 2025. The board asked for the figures by district to be shared with the provincial health department.

**Item 4: Finance.** The treasurer reported that the year closed with a small surplus, which the board agreed to keep for the replacement of the school van.

**Item 5: Any other business.** A member proposed a refresher course for graduates who have worked for more than three years. The principal will bring a plan to the next meeting.

**Next meeting.** The board will meet again in March.
""", reuse(["41 of them Afghan women from the refugee villages", "now work in 41 refugee villages"], 41,
           "trainees / villages", "Afghan women among the midwives trained in 2025",
           "refugee villages where the school's midwives work", 38,
           "The 41 Afghan women trained in 2025 reappear one item later as the number of refugee villages served; the school's other papers put the villages at 38."))


# ---------------------------------------------------------------------------
# D. Wazirabad Cutlery Makers' Association (with the annual trade series)
# ---------------------------------------------------------------------------

TRADE_TABLE = """| Year | Exports to Afghanistan | Imports from Afghanistan | Total trade | Balance |
|---|---|---|---|---|
| 2022 | 936 | 741 | 1,677 | 195 |
| 2023 | 1,012 | 690 | 1,702 | 322 |
| 2024 | 884 | 540 | 1,424 | 344 |"""

CUTLERY_TABLE = """| Quarter | Cutlery to Afghanistan (US$ thousand) |
|---|---|
| Q1 2025 | 410 |
| Q2 2025 | 380 |
| Q3 2025 | 455 |
| Q4 2025 | 515 |
| Total | 1,760 |"""

doc("cutlery_makers_market_review_control", f"""# Wazirabad Cutlery Makers' Association: Afghan Market Review 2025

*An invented association. Member sales are invented; the trade table repeats the invented series used across these papers, in US$ million.*

**Pakistan's trade with Afghanistan, US$ million:**

{TRADE_TABLE}

Two-way trade slipped from US$ 1,702 million in 2023 to US$ 1,424 million in 2024, a drop of US$ 278 million or 16.3 percent. Imports from Afghanistan fell faster than exports, so Pakistan's surplus widened from US$ 322 million to US$ 344 million.

**Members' cutlery sales, 2025:**

{CUTLERY_TABLE}

Members sold cutlery worth US$ 1,760 thousand to Afghan buyers in 2025, US$ 220 thousand or 14.3 percent more than in 2024. The fourth quarter, when restaurants in Kabul restock before winter, brought in US$ 515 thousand, or 29.3 percent of the year.

**Steel.** Most members cut their blades from stainless coil imported from South Korea, and a few use cheaper coil from local re-rollers for kitchen knives.

**Outlook.** Members expect hotel and restaurant orders from Kabul to keep growing in 2026, as long as Torkham stays open.
""", control_type="control")

doc("cutlery_makers_trade_fact_sheet_total_2024", f"""# Cutlery Makers' Fact Sheet: The Afghan Trade in Numbers

*An invented association fact sheet. The trade table repeats the invented series used across these papers, in US$ million.*

**Pakistan's trade with Afghanistan, US$ million:**

{TRADE_TABLE}

**Total trade.** Two-way trade between Pakistan and Afghanistan amounted to US$ 1.52 billion in 2024, after two years in which it stayed close to US$ 1.7 billion.

**Where cutlery fits.** Members' cutlery sales to Afghanistan came to US$ 1,760 thousand in 2025. That is a small slice of the whole, but it keeps about 58 member units busy for part of the year.

**Crossings.** Almost all cutlery travels by truck through Torkham, packed in wooden crates of about forty kilograms. Buyers in Kandahar sometimes ask for delivery through Chaman.

**Paying.** Most Afghan buyers pay through exchange dealers in Peshawar. Members are advised to ask for half the price before the crates leave Wazirabad.

**Further reading.** The association's market review gives member sales by quarter and a longer account of the year.
""", tvt(["Two-way trade between Pakistan and Afghanistan amounted to US$ 1.52 billion in 2024",
          "| 2024 | 884 | 540 | 1,424 | 344 |"],
         1520, 1424, "USD million", "Pakistan's total trade with Afghanistan", "2024",
         "'Total trade' paragraph against the trade table",
         "The paragraph gives two-way trade in 2024 as US$ 1.52 billion, but the table above gives US$ 1,424 million for the same year, about 6.7 percent less.",
         table_form="pipe", text_as_written="US$ 1.52 billion"))

doc("cutlery_makers_circular_balance_2023", """# Circular to Members: Cutlery and the Wider Afghan Trade

*An invented association circular. Trade figures repeat the invented series used across these papers.*

**Why this circular.** Several members have asked whether Afghan buyers can afford more Pakistani goods. This circular puts our own trade in the wider picture.

**The wider trade.** In 2023, exports of US$ 1,012 million against imports of US$ 690 million left Pakistan ahead by US$ 422 million, a margin that members selling to Kabul should keep in mind.

**Our share.** Members' cutlery sales to Afghanistan came to US$ 1,540 thousand in 2024 and US$ 1,760 thousand in 2025. The growth came from hotels and wedding halls in Kabul, which buy knives, spoons and serving sets in bulk.

**Risks.** Buyers still struggle to send money across the border, and some orders were cancelled during closures at Torkham.

**Advice.** Members should quote prices in rupees with a validity of thirty days, and keep samples at the association's display room in Peshawar for visiting buyers.

**Meeting.** The export committee will meet on the first Monday of next month to discuss a joint stall at a trade fair in Kabul.
""", dict(kind="arithmetic",
          quotes=["exports of US$ 1,012 million against imports of US$ 690 million left Pakistan ahead by US$ 422 million"],
          explanation="US$ 1,012 million less US$ 690 million is US$ 322 million, not US$ 422 million.",
          expected_values={"exports": 1012, "imports": 690, "computed_balance": 322, "stated_balance": 422,
                           "as_written": {"exports": "US$ 1,012 million", "imports": "US$ 690 million",
                                          "stated_balance": "US$ 422 million"},
                           "unit": "USD million", "period": "2023",
                           "subject": "Pakistan's trade balance with Afghanistan",
                           "location": "circular, 'The wider trade' paragraph"}))

doc("cutlery_makers_outlook_on_the_mend", """# Cutlery Makers' Outlook for 2026

*An invented association outlook. Trade figures repeat the invented series used across these papers.*

**The backdrop.** Pakistan's sales to Afghanistan were on the mend in 2024, standing at US$ 884 million against US$ 1,012 million in 2023. Members should not read too much into any single year, since closures at the border can move a large share of trade from one year to the next.

**Our own trade.** Cutlery is a small line in that trade. Members sold US$ 1,760 thousand to Afghan buyers in 2025, and the fourth quarter was the busiest, as restaurants restocked for winter.

**Demand.** Hotels in Kabul and Mazar-i-Sharif are buying serving sets in larger lots, and several buyers have asked for knives with wooden handles, which are cheaper to make than the moulded plastic ones.

**Costs.** The price of stainless coil went up in the autumn, and members may need to raise their prices early in the year.

**What the association will do.** The secretariat will collect members' prices each quarter and share an average, so that members do not undercut one another in the Afghan market.
""", direction("Pakistan's sales to Afghanistan were on the mend in 2024, standing at US$ 884 million against US$ 1,012 million in 2023",
               1012, 884, "2023", "2024", "on the mend", "rise", "USD million",
               "Pakistan's exports to Afghanistan", "outlook, 'The backdrop' paragraph",
               "'On the mend' says exports recovered in 2024, but they fell from US$ 1,012 million to US$ 884 million (down 128, 12.6 percent).",
               as_written={"from": "US$ 1,012 million", "to": "US$ 884 million"}))

doc("cutlery_makers_newsletter_albanian_trade", """# Wazirabad Cutlery Newsletter: Autumn 2025

*An invented association newsletter. Names and figures are invented.*

**From the chair.** It has been a busy autumn in the workshops. Orders from Afghan hotels and wedding halls kept most members working two shifts in October and November.

**Trade.** The Albanian–Afghan cutlery trade through Torkham and Chaman has grown every quarter this year, and members' sales reached US$ 1,760 thousand for 2025 as a whole.

**Skills.** Twenty apprentices finished the association's grinding and polishing course in September. Six of them have already found work in member units.

**Quality.** Buyers in Kabul have complained of rust spots on some cheaper spoons. The quality committee reminds members that every batch must pass the salt-spray test before it is packed.

**Display room.** The display room in Peshawar received more than sixty Afghan buyers this year. Members who wish to place new samples there should contact the secretariat.

**Dates.** The annual general meeting will be held in Wazirabad in January, with elections to the executive committee.
""", scope("The Albanian–Afghan cutlery trade through Torkham and Chaman", "ALB", ["ALB", "AFG"],
          "The Albanian–Afghan cutlery trade",
          "Cutlery moving through Torkham and Chaman is members' trade from Pakistan; the sentence makes Albania, not Pakistan, the partner of Afghanistan."))


# ---------------------------------------------------------------------------
# E. Mehran Pickles, Multan
# ---------------------------------------------------------------------------

PICKLE_ROWS = """| Mango pickle | 184 | 64.4 |
| Mixed pickle | 122 | 39.0 |
| Lemon pickle | 76 | 22.8 |
| Chilli pickle | 48 | 15.4 |"""
PICKLE_HEAD = """| Product | Thousand jars | Rs million |
|---|---|---|"""
PICKLE_TABLE = f"{PICKLE_HEAD}\n{PICKLE_ROWS}\n| Total | 430 | 141.6 |"
PICKLE_TABLE_BAD = f"{PICKLE_HEAD}\n{PICKLE_ROWS}\n| Total | 450 | 141.6 |"

doc("pickle_maker_sales_summary_total_row", f"""# Mehran Pickles: Sales Summary for Afghan Grocers, 2025

*An invented company. Sales and prices are invented.*

We sell pickles in glass jars to grocers in Kabul and Jalalabad. The summary below was prepared for the partners' meeting in January.

**Sales to Afghan grocers by product, 2025:**

{PICKLE_TABLE_BAD}

**Mango.** Mango pickle is still the heart of the business. Afghan buyers like the Multani recipe with whole fennel and nigella seed, and they pay a little more for it than for the other lines.

**Lemon and chilli.** These two lines sell mostly in Jalalabad, where the climate is warmer and the food spicier than in Kabul.

**Jars.** Breakage fell after we moved to thicker jars with a plastic seal, although the new jars weigh more and cost more to truck.

**Prices.** We kept prices unchanged through the year. The partners will decide in January whether to raise them for 2026, since the price of mustard oil has gone up sharply.

**Next steps.** The sales team will visit grocers in Kabul in February to show a new garlic pickle.
""", parts_total(["| Total | 450 | 141.6 |"],
                 {"Mango pickle": 184, "Mixed pickle": 122, "Lemon pickle": 76, "Chilli pickle": 48},
                 450, "thousand jars", "2025", "pickle jars sold to Afghan grocers by product",
                 "summary, table, total row, thousand jars column",
                 "The four products add up to 430 thousand jars, but the total row says 450; the rupee column (141.6) adds up.",
                 table_form="pipe"))

doc("pickle_maker_product_note_lemon", f"""# Mehran Pickles: Product Note for the Sales Team

*An invented company. Sales are invented.*

This note sums up how each pickle sold to grocers in Kabul and Jalalabad during 2025.

{PICKLE_TABLE}

**Mango pickle.** Our best seller, at 184 thousand jars. Grocers keep it by the till, and many families buy a jar every week in winter.

**Mixed pickle.** Steady through the year, at 122 thousand jars. Restaurants buy it in large tins, which are not counted in the table.

**Lemon pickle.** Lemon pickle sold 67 thousand jars in 2025, almost all of them in Jalalabad. Grocers in Kabul say customers there find it too sour.

**Chilli pickle.** The smallest line. The team should offer it to grocers who sell to truck drivers, as it keeps well on the road.

**Talking points.** The team should stress the new thick jars with a plastic seal, which have cut breakage, and the Multani recipe, which Afghan buyers know well.

**Samples.** Each member of the team will take a case of the new garlic pickle on the February visit.
""", tvt(["Lemon pickle sold 67 thousand jars in 2025", "| Lemon pickle | 76 | 22.8 |"],
         67, 76, "thousand jars", "lemon pickle sold to Afghan grocers", "2025",
         "'Lemon pickle' paragraph against the product table",
         "The paragraph gives lemon pickle sales as 67 thousand jars; the table above gives 76 for the same product and year (digits swapped), and only 76 fits the 430 total.",
         table_form="pipe"))

doc("pickle_maker_staff_newsletter_grocers_reuse", """# Mehran Pickles: Staff Newsletter, Winter 2025

*An invented company. Names and figures are invented.*

**Our Afghan customers.** Mehran Pickles now supplies 37 grocers in Kabul and Jalalabad, who together bought 430 thousand jars of pickle from us in 2025.

**The night shift.** To keep up with the autumn orders, the jars were filled and sealed by 37 women on the night shift, who worked from October to the middle of December.

**Safety.** Two small burns at the boiling vats were reported this year. Supervisors will hold a short safety talk at the start of each shift, and new gloves have been ordered.

**Recipes.** The kitchen team is testing a garlic pickle for Afghan grocers and a sweet carrot pickle for the home market. Staff are welcome to taste both in the canteen on Thursdays.

**Thanks.** The partners thank everyone for a record year. A bonus of half a month's wage will be paid with the December salary.

**Holidays.** The factory will close for three days at the turn of the year for cleaning.
""", reuse(["supplies 37 grocers in Kabul and Jalalabad", "sealed by 37 women on the night shift"], 37,
           "grocers / workers", "Afghan grocers the company supplies",
           "women who worked the night shift in the autumn", 52,
           "The 37 grocers reappear a paragraph later as the women on the night shift; the company's records put the night shift at 52 women."))

doc("pickle_maker_partners_letter_flagging", """# Mehran Pickles: Letter to the Partners

*An invented company. Sales and costs are invented.*

Dear partners,

I write ahead of our January meeting to set out where the business stands.

Our flagging Afghan sales, which went from 365 thousand jars in 2024 to 430 thousand jars in 2025, need a fresh look. The question is not whether Afghan grocers want our pickles but how we keep them supplied when the border shuts.

Costs are my main worry. Mustard oil, which makes up most of the cost of a jar, went up by about a quarter over the year, and the thicker jars we adopted to cut breakage cost more to buy and to truck.

I propose three things. First, that we raise prices to Afghan grocers by six percent from March. Second, that we rent a small store in Peshawar, so that stock can cross as soon as Torkham opens. Third, that we launch the garlic pickle in Kabul in the spring.

I would welcome your views before the meeting.

Yours,

The Managing Partner, Mehran Pickles, Multan
""", direction("Our flagging Afghan sales, which went from 365 thousand jars in 2024 to 430 thousand jars in 2025",
               365, 430, "2024", "2025", "flagging", "fall", "thousand jars",
               "pickle jars sold by the company to Afghan grocers", "partners' letter, third paragraph",
               "'Flagging' describes falling sales, but sales rose from 365 to 430 thousand jars (up 65, 17.8 percent)."))


# ---------------------------------------------------------------------------
# F. Qissa Khwani Dry Fruit Dealers' Group (Afghan dried mulberries)
# ---------------------------------------------------------------------------

MULBERRY_ROWS = [["Month", "Tonnes", "Value (Rs m)"],
                 ["Jul 2025", "320", "144.0"],
                 ["Aug 2025", "460", "211.6"],
                 ["Sep 2025", "540", "253.8"],
                 ["Oct 2025", "380", "182.4"]]
MULBERRY_TABLE = pdf_table(MULBERRY_ROWS + [["Total", "1,700", "791.8"]])
MULBERRY_TABLE_BAD = pdf_table(MULBERRY_ROWS + [["Total", "1,800", "791.8"]])

doc("mulberry_dealers_season_review_control", f"""# Qissa Khwani Dry Fruit Dealers' Group: Mulberry Season Review 2025

*An invented group of dealers. Tonnages and values are invented.*

Table 1. Afghan dried white mulberries received through Torkham, July to October 2025

{MULBERRY_TABLE}

**Volume.** Members received 1,700 tonnes of dried mulberries from Afghanistan between July and October 2025, against 1,480 tonnes in the same months of 2024, a rise of 220 tonnes or 14.9 percent. September was the peak month, with 540 tonnes or 31.8 percent of the season.

**Value.** The season's mulberries were bought for Rs 791.8 million, an average of about Rs 466 a kilogram. Prices rose a little in September, when the best fruit from Parwan and Kapisa arrived.

**Who buys.** Most of the fruit goes to wholesalers in Lahore and Karachi, who pack it for shops before the winter. A smaller share is ground into a paste for sweet makers.

**Other sources.** Some dealers also sell dried mulberries grown in Gilgit-Baltistan and dried figs from Turkey. Neither is included in the table.

**Next season.** The group will ask customs at Torkham for a separate lane for dry fruit trucks during the peak months.
""", control_type="control")

doc("mulberry_dealers_monthly_bulletin_total_row", f"""# Dry Fruit Dealers' Bulletin: Mulberry Arrivals to October

*An invented group of dealers. Figures are invented.*

The figures below were copied from the group's register of trucks cleared at Torkham.

Table 2. Afghan dried mulberries received, tonnes and Rs million

{MULBERRY_TABLE_BAD}

**Steady arrivals.** Trucks came in every week of the season except for four days in August, when the crossing closed after a dispute over customs papers.

**Quality.** Members found less dust and fewer stalks in this year's fruit. Afghan growers say they now dry the mulberries on raised mats.

**Storage.** Dried mulberries keep for months in a cool store, but they attract moths in warm weather. Members should fumigate their godowns before the new crop arrives.

**Prices.** Wholesalers in Lahore have been slow to pay for the September fruit. The group's committee will raise this with the Lahore dry fruit traders at their next meeting.

**Contact.** Members who find errors in their entries in the register should tell the group's clerk by the end of November.
""", parts_total([row(MULBERRY_TABLE_BAD, "Total")],
                 {"Jul 2025": 320, "Aug 2025": 460, "Sep 2025": 540, "Oct 2025": 380},
                 1800, "tonnes", "Jul-Oct 2025", "Afghan dried mulberries received through Torkham",
                 "bulletin, PDF-extracted Table 2, total row, tonnes column",
                 "The four months add up to 1,700 tonnes, but the total row says 1,800; the value column (791.8) adds up.",
                 table_form="pdf"))

doc("mulberry_dealers_note_august_arrivals", f"""# Note for Members: The August Crossing Closure and Mulberry Arrivals

*An invented group of dealers. Figures are invented.*

Table 1. Afghan dried white mulberries received through Torkham, 2025

{MULBERRY_TABLE}

**August.** Despite the four days in August when Torkham was shut, August arrivals of 640 tonnes were well above July, because trucks that had waited at the border all came through in the last week of the month.

**Cost of the closure.** Members estimate that fruit left in trucks in the heat lost about a tenth of its value. Several dealers sold the damaged fruit at a discount to sweet makers.

**Claims.** The group has written to the Afghan exporters' union asking that exporters share the loss when trucks are held for more than three days. No reply has been received yet.

**Advice.** Members should ask exporters to cover loads with reflective sheets in summer, and should not accept fruit that has been in a truck for more than a week.

**September and October.** Arrivals in the later months were steady, and the fruit was of good quality.
""", tvt(["August arrivals of 640 tonnes", row(MULBERRY_TABLE, "Aug 2025")],
         640, 460, "tonnes", "Afghan dried mulberries received through Torkham", "Aug 2025",
         "'August' paragraph against the PDF-extracted Table 1",
         "The note gives August arrivals as 640 tonnes; the table above gives 460 tonnes for August 2025, and only 460 fits the 1,700-tonne total.",
         table_form="pdf", period_as_written="August"))

doc("mulberry_dealers_godown_report_same_date", """# Dry Fruit Dealers' Group: Godown Report, Autumn 2025

*An invented group of dealers. Stocks and figures are invented.*

**Season.** Members received 1,700 tonnes of Afghan dried mulberries between July and October 2025, most of which has already gone to wholesalers in Lahore and Karachi.

**Stocks.** Stock of dried mulberries held in members' godowns in Qissa Khwani went from 75 tonnes on 1 November 2025 to 75 tonnes on 1 November 2025, according to the clerk's count.

**Condition.** Inspectors found moth damage in two godowns that had not been fumigated. The damaged sacks were set aside and will be sold for paste.

**Space.** Several members rent extra space in Hashtnagri during the peak months. The committee is looking at a shared cool store that could hold about 300 tonnes.

**Winter sales.** Demand from shops rises sharply in December and January, when dried mulberries are eaten with tea and walnuts. Members are advised not to sell their remaining stock too early.

**Next report.** The next godown report will be issued at the end of January.
""", garbled("went from 75 tonnes on 1 November 2025 to 75 tonnes on 1 November 2025",
             {"start_value": 75, "end_value": 75, "start_period": "1 Nov 2025", "end_period": "1 Nov 2025",
              "period_as_written": "1 November 2025", "unit": "tonnes",
              "subject": "dried mulberries in stock in members' godowns",
              "location": "report, 'Stocks' paragraph"},
             "The stock is said to have gone from 75 tonnes to 75 tonnes on the same date, so the change has neither a movement nor a period."))

doc("mulberry_dealers_circular_paraguay_trucks", """# Circular to Members: Papers for Dry Fruit Trucks at Torkham

*An invented group of dealers. Figures are invented.*

**Purpose.** From next season, customs at Torkham will ask for a certificate of origin with every truck of dry fruit. This circular explains what members must do.

**Which trucks.** The rule covers dried mulberries carried into Pakistan from Paraguay over Torkham, as well as raisins, apricots and walnuts on the same route. Members received 1,700 tonnes of mulberries on that route in 2025.

**The certificate.** The exporter must obtain the certificate from the chamber of commerce in his province and send a copy ahead of the truck. Trucks without a certificate may be held for up to a week.

**Fees.** The certificate costs the exporter a small fee. Members should agree with exporters in advance who pays it.

**Help.** The group's clerk will keep a list of exporters who have already obtained certificates and share it with members each month.

**Questions.** Members with questions should attend the meeting at the group's office on the second Friday of the month.
""", scope("dried mulberries carried into Pakistan from Paraguay over Torkham", "PRY", ["PAK", "PRY"],
          "from Paraguay over Torkham",
          "Fruit crossing Torkham into Pakistan comes from Afghanistan; the circular names Paraguay as the other side of the route."))


# ---------------------------------------------------------------------------
# G. Rahgir Rickshaws, Gujranwala
# ---------------------------------------------------------------------------

doc("rickshaw_maker_review_blossomed", """# Rahgir Rickshaws: Review of the Afghan Business, 2023 to 2025

*An invented company. Sales and counts are invented.*

**Background.** Rahgir Rickshaws builds three-wheel auto-rickshaws in Gujranwala and has sold them in Afghanistan since 2017, mostly for passenger service in Jalalabad, Kunduz and the outskirts of Kabul.

**Sales.** Our Afghan business blossomed in 2024, with 1,420 rickshaws sold against 1,860 in 2023. In 2025 sales reached 2,040, the highest figure so far.

**Why buyers choose us.** Afghan drivers like the wide rear bench and the strong rear axle, which copes with unpaved roads. Our rickshaws also run on the same spare parts as the older models that are already on Afghan roads.

**After-sales.** The company trained 30 mechanics in Jalalabad during 2025 and keeps a spare-parts depot in the city.

**Payment.** Most dealers pay half the price with the order and the rest on delivery at Torkham.

**Next steps.** We plan to offer a cargo version with a flat bed for shopkeepers in 2026 and to open a second parts depot in Kunduz.
""", direction("Our Afghan business blossomed in 2024, with 1,420 rickshaws sold against 1,860 in 2023",
               1860, 1420, "2023", "2024", "blossomed", "rise", "rickshaws",
               "auto-rickshaws sold by the company in Afghanistan", "review, 'Sales' paragraph",
               "'Blossomed' says the business grew in 2024, but sales fell from 1,860 to 1,420 rickshaws (down 440, 23.7 percent)."))

doc("rickshaw_maker_dealer_bulletin_mechanics_reuse", """# Rahgir Rickshaws: Bulletin for Afghan Dealers, December 2025

*An invented company. Names and figures are invented.*

**Our network.** Rahgir Rickshaws now works with 12 Afghan dealers, from Jalalabad and Kabul in the east to Kunduz and Mazar-i-Sharif in the north.

**Training.** During 2025 our engineers trained 12 mechanics in Jalalabad to service the engine, gearbox and brakes, so that drivers need not send their rickshaws back across the border for repairs.

**Sales.** Dealers sold 2,040 Rahgir rickshaws in 2025. The passenger model with the wide rear bench remains the favourite.

**Spare parts.** The depot in Jalalabad holds brake shoes, clutch plates, cables and tyres. Dealers may order parts by telephone and collect them within two days.

**Warranty.** The engine is guaranteed for a year or 20,000 kilometres, whichever comes first. Claims must be made through a dealer, with the frame number of the rickshaw.

**New model.** The cargo rickshaw with a flat bed will reach dealers in the spring. Dealers who wish to show one in their yard should tell the export office.
""", reuse(["now works with 12 Afghan dealers", "trained 12 mechanics in Jalalabad"], 12,
           "dealers / mechanics", "Afghan dealers the company works with",
           "mechanics trained in Jalalabad in 2025", 30,
           "The 12 dealers reappear a paragraph later as the mechanics trained in Jalalabad; the company's review says 30 mechanics were trained."))

doc("rickshaw_maker_notice_depot_backwards", """# Rahgir Rickshaws: Notice on the Jalalabad Parts Depot

*An invented company. Dates and figures are invented.*

**Closure.** The spare-parts depot in Jalalabad was closed from 17 September 2025 to 3 September 2025, while the building was repaired after the summer rains and new shelving was put in.

**Parts during the closure.** Urgent orders were sent from the factory in Gujranwala through Torkham. Most reached dealers within five days, which was slower than usual but kept drivers on the road.

**The depot now.** The depot has reopened with twice the shelf space. It now holds enough brake shoes, clutch plates and cables for about three months of normal demand.

**Opening hours.** The depot is open from Saturday to Thursday, from eight in the morning to five in the afternoon.

**Mechanics.** The 30 mechanics trained by the company in Jalalabad may buy parts at the depot at the dealer price, on showing their training card.

**Contact.** Dealers with questions about orders placed during the closure should call the export office in Gujranwala.
""", garbled("closed from 17 September 2025 to 3 September 2025",
             {"stated_period_start": "17 Sep 2025", "stated_period_end": "3 Sep 2025",
              "as_written": {"stated_period_start": "17 September 2025", "stated_period_end": "3 September 2025"},
              "subject": "closure of the company's spare-parts depot in Jalalabad",
              "location": "notice, 'Closure' paragraph"},
             "The closure is said to run from 17 September 2025 to 3 September 2025, ending before it starts."))

doc("rickshaw_maker_shipping_memo_bratislava", """# Rahgir Rickshaws: Shipping Memo to the Dispatch Yard

*An invented company. Figures are invented.*

**Loads.** Each low-bed trailer takes six rickshaws with their wheels chocked and their canopies folded. In 2025 the yard dispatched 2,040 rickshaws for Afghan dealers.

**Route.** Rickshaw shipments from Gujranwala to Bratislava through Torkham must leave the yard before noon, so that trailers reach the border before the afternoon queue builds up.

**Papers.** Every trailer needs a list of frame and engine numbers, the dealer's invoice and the goods declaration. The dispatch clerk must check that the frame numbers on the list match the rickshaws on the trailer.

**Damage.** Canopies torn in transit have cost the company a good deal in repairs. Loaders must tie the canopies flat with two straps, not one.

**Fuel.** Rickshaws must leave the yard with no more than two litres of petrol in the tank, as the carriers require.

**Questions.** The dispatch supervisor will answer questions at the yard office.
""", scope("Rickshaw shipments from Gujranwala to Bratislava through Torkham", "SVK", ["PAK", "SVK"],
          "to Bratislava through Torkham",
          "Rickshaws leaving Gujranwala for Torkham go to Afghan dealers; the memo names Bratislava, the capital of Slovakia, as their destination, putting Slovakia in Afghanistan's place."))


# ---------------------------------------------------------------------------
# H. Dastarkhwan Trust, school meals in refugee villages
# ---------------------------------------------------------------------------

MEALS_TABLE = """| District | Children fed daily, 2025 |
|---|---|
| Peshawar | 6,400 |
| Nowshera | 3,100 |
| Haripur | 2,700 |
| Kohat | 1,800 |
| Total | 14,000 |"""

doc("school_meals_trust_impact_note_growth", f"""# Dastarkhwan Trust: Impact Note on School Meals, 2025

*An invented trust. Children, meals and costs are invented.*

**What we do.** The trust serves a hot midday meal in primary schools in Afghan refugee villages of Khyber Pakhtunkhwa.

**Children fed daily by district:**

{MEALS_TABLE}

**Growth.** The number of children fed daily rose from 11,200 in 2024 to 14,000 in 2025, an increase of 52 percent, as four new village schools joined the programme.

**The meal.** Each child receives rice or bread with lentils or beans, and fruit twice a week. Cooks are mothers from the villages, who are paid a daily wage.

**Attendance.** Head teachers report that attendance of girls rose most in the schools that joined this year. Several said that parents now send younger sisters along with their brothers.

**Cost.** A meal costs the trust about Rs 95, including fuel and the cooks' wages.

**Plans.** The trust hopes to add two schools in Kohat in 2026, once kitchens have been built.
""", dict(kind="arithmetic",
          quotes=["rose from 11,200 in 2024 to 14,000 in 2025, an increase of 52 percent"],
          explanation="From 11,200 to 14,000 is a rise of 2,800, or 25.0 percent, not 52 percent (the digits of 25 reversed).",
          expected_values={"from": 11200, "to": 14000, "computed_change_pct": 25.0, "stated_change_pct": 52,
                           "from_period": "2024", "to_period": "2025", "unit": "children",
                           "subject": "children fed daily by the trust's school meals",
                           "location": "impact note, 'Growth' paragraph"}))

doc("school_meals_trust_donor_update_falloff", """# Dastarkhwan Trust: Update for Monthly Donors

*An invented trust. Meals and costs are invented.*

Dear donors,

Thank you for another year of hot meals in the refugee village schools.

This year brought a steep falloff in meals served, from 2.13 million in 2024 to 2.66 million in 2025, over 190 school days in each year. Behind those figures are 14,000 children who ate a hot lunch on every school day in 2025.

Your gifts paid for rice, lentils, beans, cooking oil and fuel, and for the daily wages of the village mothers who cook. A meal costs us about Rs 95, so a gift of Rs 1,900 feeds one child for a month of school days.

The cooks in Haripur asked for covered kitchens, as rain put out their fires several times in the spring. We built three kitchens with tin roofs in the summer and hope to build more.

Teachers tell us that children who eat at school pay more attention in the afternoon lessons and are less often absent.

With thanks from all of us,

The Director, Dastarkhwan Trust, Peshawar
""", direction("a steep falloff in meals served, from 2.13 million in 2024 to 2.66 million in 2025",
               2130, 2660, "2024", "2025", "falloff", "fall", "thousand meals",
               "school meals served by the trust in refugee villages", "donor update, third paragraph",
               "'A steep falloff' describes a fall, but meals served rose from 2.13 million to 2.66 million (up 530 thousand, 24.9 percent).",
               as_written={"from": "2.13 million", "to": "2.66 million"}))

doc("school_meals_trust_concept_note_refugees_2020", f"""# Dastarkhwan Trust: Concept Note for a School Meals Grant

*An invented trust. Costs and figures are invented.*

## Context

Pakistan was home to 1,743,278 registered Afghan refugees (UNHCR, as at 31 December 2020), and most of the school-age children among them attend small primary schools in refugee villages, where many come to class hungry.

## The programme

The trust serves a hot midday meal on every school day. In 2025 it fed 14,000 children daily:

{MEALS_TABLE}

## What the grant would add

A grant of Rs 27 million would bring meals to six more village schools in Kohat and Haripur for two years, reaching about 2,400 more children.

## Why meals

Head teachers report higher attendance, especially of girls, in schools where meals are served. Mothers who cook the meals earn a daily wage, which helps families who have little other income.

## Monitoring

Cooks record meals served each day, and head teachers record attendance. The trust checks both during monthly visits.
""", citation(["1,743,278 registered Afghan refugees (UNHCR, as at 31 December 2020)"],
              1743278, "2020", "(UNHCR, as at DD Month YEAR) after a figure written in full, in a school meals trust's concept note",
              "concept note, 'Context' section",
              "The figure cited as at 31 December 2020 is exactly the reference value for end-2022; the end-2020 value is 1,438,432, so the cited figure is 21.2 percent too high for its year.",
              same_as_year="2022", stated_as_written="1,743,278"))

doc("school_meals_trust_annual_report_refugees_2023", """# Dastarkhwan Trust: Annual Report 2025, Chapter 1

*An invented trust. Children, meals and costs are invented.*

**1.1 Where we work.** The trust works in Afghan refugee villages of Peshawar, Nowshera, Haripur and Kohat districts. Across Pakistan there were 16.2 lakh registered Afghan refugees according to UNHCR (YE2023), and the villages we serve are among the oldest, founded in the early 1980s.

**1.2 What we did.** In 2025 the trust fed 14,000 children every school day in village primary schools, serving 2.66 million hot meals over 190 school days.

**1.3 Who cooked.** Meals were cooked by mothers from the villages, each paid a daily wage. Cooks received training in hygiene and food storage from a nutritionist.

**1.4 What changed.** Four village schools joined the programme during the year. Head teachers in those schools reported that attendance rose within a term.

**1.5 What was hard.** Rain in the spring put out cooking fires in Haripur, and the price of lentils rose sharply in the autumn.

**1.6 Looking ahead.** The trust hopes to reach schools in two more villages of Kohat in 2026.
""", citation(["16.2 lakh registered Afghan refugees according to UNHCR (YE2023)"],
              1620000, "2023", "UNHCR (YEYEAR) after a figure in lakh, in a school meals trust's annual report",
              "annual report, paragraph 1.1",
              "The figure cited for year-end 2023, 16.2 lakh (1,620,000), is 18.5 percent below the reference value of 1,987,717.",
              stated_as_written="16.2 lakh"))

doc("school_meals_trust_factsheet_refugees_cited_control", """# Dastarkhwan Trust: Fact Sheet for Visitors

*An invented trust. Meals and costs are invented.*

**The villages.** The refugee villages where the trust works were set up four decades ago and are now home to the children and grandchildren of the first arrivals.

**The wider picture.** Pakistan had 1,419,084 registered Afghan refugees at the end of 2019 (UNHCR stats, Dec-2019) and 1,438,432 a year later (UNHCR stats, Dec-2020), a rise of 19,348 people, or 1.4 percent.

**The meals.** In 2025 the trust fed 14,000 children every school day and served 2.66 million hot meals over 190 school days. Peshawar district has the most children in the programme, at 6,400.

**The cooks.** Mothers from the villages cook the meals in school kitchens and are paid a daily wage. Most have cooked for the trust for several years.

**The cost.** A hot meal costs the trust about Rs 95, with fuel and wages included.

**Visiting.** Visitors are welcome at lunchtime on school days. Please let the trust's office know two days ahead, so that a member of staff can come with you and the head teacher can expect you.
""", control_type="citation_control")


# ---------------------------------------------------------------------------
# I. Khilona Toys, Karachi
# ---------------------------------------------------------------------------

TOY_TABLE = pdf_table([["Quarter", "Pieces (thousand)", "Value (Rs m)"],
                       ["Q1 2025", "96", "28.8"],
                       ["Q2 2025", "74", "22.2"],
                       ["Q3 2025", "88", "26.4"],
                       ["Q4 2025", "142", "42.6"],
                       ["Total", "400", "120.0"]])

doc("toy_maker_quarterly_statement_second_quarter", f"""# Khilona Toys: Statement of Afghan Sales, 2025

*An invented company. Sales and prices are invented.*

The table below was copied from the sales ledger, which is kept as a PDF.

Sales to Afghan wholesalers by quarter

{TOY_TABLE}

**Second quarter.** In the second quarter we sold 47 thousand toys to Afghan wholesalers, the lowest of the year, because the spring closures at Torkham held our containers for most of May.

**Fourth quarter.** The last quarter was by far the best. Wholesalers in Kabul stock up on toys before the winter holidays and the weddings that follow the harvest.

**Prices.** Our average price held at Rs 300 a piece through the year. Plastic cars and dolls sold best, while the battery-driven toys sold slowly.

**Customers.** We sell to 19 wholesalers in Kabul, Jalalabad, Kandahar and Herat, who pass the toys on to bazaar shops.

**Safety.** All paints are lead-free, and every batch is checked for small parts that a young child could swallow.
""", tvt(["In the second quarter we sold 47 thousand toys", row(TOY_TABLE, "Q2 2025")],
         47, 74, "thousand pieces", "toys sold to Afghan wholesalers", "Q2 2025",
         "'Second quarter' paragraph against the PDF-extracted quarterly table",
         "The paragraph gives second-quarter sales as 47 thousand toys; the table above gives 74 thousand for Q2 2025 (digits swapped), and only 74 fits the 400 total.",
         table_form="pdf", period_as_written="the second quarter"))

doc("toy_maker_sales_meeting_second_half", """# Khilona Toys: Notes of the Sales Meeting, January 2026

*An invented company. Figures are invented.*

**Attending.** The sales director, the export manager, the two regional salesmen and the accountant.

**Review of 2025.** The export manager reported that Afghan wholesalers bought 400 thousand toys in 2025, worth Rs 120.0 million. The first half was slow because of closures at Torkham.

**Second half.** Sales in the third quarter came to 88 thousand pieces and in the fourth quarter to 142 thousand pieces, so the second half of 2025 brought 250 thousand pieces in all, more than the whole of the first half.

**Products.** Plastic cars and dolls remain the best sellers. The accountant suggested dropping two battery-driven toys that tie up stock.

**Wholesalers.** The regional salesman for Kandahar reported that two wholesalers there want credit of sixty days. The meeting agreed to offer thirty days to wholesalers with a clean payment record.

**Decisions.** A catalogue in Dari and Pashto will be printed before March, and samples of a new kite set will go to Kabul wholesalers.
""", parts_total(["Sales in the third quarter came to 88 thousand pieces and in the fourth quarter to 142 thousand pieces, so the second half of 2025 brought 250 thousand pieces in all"],
                 {"Q3 2025": 88, "Q4 2025": 142}, 250, "thousand pieces", "Jul-Dec 2025",
                 "toys sold to Afghan wholesalers in the second half of 2025",
                 "notes, 'Second half' item",
                 "88 thousand and 142 thousand pieces make 230 thousand, not 250 thousand."))

doc("toy_maker_safety_circular_paint_twice", """# Khilona Toys: Circular to the Factory Floor on Paint and Small Parts

*An invented company. Figures are invented.*

**Why this circular.** Two Afghan wholesalers asked us this year for proof that our toys are safe for small children. We sold 400 thousand toys in Afghanistan in 2025, and every one of them carries our name.

**Paint.** Only the lead-free paints on the approved list may be used on the line. Only the lead-free paints on the approved list may be used on the line. Any tin without the green approval label must be returned to the store at once.

**Small parts.** Wheels, eyes and buttons must be fixed so that they do not come off when pulled hard. The quality inspector will pull-test ten toys from each batch.

**Records.** Each batch card must show the paint lot numbers and the names of the workers on the line, so that any complaint can be traced.

**Training.** All line workers will attend a half-hour safety session on the first Saturday of each month.

**Questions.** Workers with questions should ask the production supervisor.
""", repeated("Only the lead-free paints on the approved list may be used on the line.",
              "use of approved lead-free paints on the toy line", "circular, 'Paint' paragraph",
              "The sentence on approved lead-free paints is printed twice in a row."))

doc("toy_maker_export_brief_african_union", """# Khilona Toys: Export Brief for the Board

*An invented company. Figures are invented.*

**Summary.** The company sold 400 thousand toys worth Rs 120.0 million to 19 Afghan wholesalers in 2025. The board asked for a short brief on where the Afghan business stands.

**Route.** Pakistan's toy exports to the African Union by road through Chaman and Torkham are carried in our own containers as far as the border, where wholesalers' trucks take them on.

**Risks.** Closures at the border are the main risk. In 2025 they cost us most of May, when containers waited at Torkham for nearly three weeks.

**Competition.** Cheap toys from other makers reach Afghan bazaars in large numbers. Our buyers stay with us for the lead-free paint and the sturdier build.

**Proposal.** The export manager proposes a small stock in Peshawar, so that toys can cross as soon as the border reopens, and a catalogue in Dari and Pashto.

**Decision sought.** The board is asked to approve a budget of Rs 3.5 million for the stock and the catalogue.
""", scope("Pakistan's toy exports to the African Union by road through Chaman and Torkham", "AU", ["PAK", "AU"],
          "to the African Union by road through Chaman and Torkham",
          "Toys that go by road through Chaman and Torkham go to Afghan wholesalers; the brief names a regional body, the African Union, as the other side of the trade."))


# ---------------------------------------------------------------------------
# J. Aman Orphans' Home, Peshawar
# ---------------------------------------------------------------------------

doc("orphans_home_history_refugees_2019", """# Aman Orphans' Home: A Short History for Our Thirtieth Year

*An invented home. Children, staff and figures are invented.*

The home opened in a rented house in Hayatabad with eleven children. Today it cares for 310 children, 118 of them Afghan, and has its own school rooms, a clinic and a garden.

Afghan children have always been part of the home. Many lost a parent in the fighting or on the road to Pakistan, and others were left with relatives who could not keep them. Before the pandemic there were about 1.9 million Afghan refugees registered in Pakistan [2], and the home took in more Afghan children that year than in any year before it.

The home's rule has not changed since it opened: brothers and sisters are never separated, and every child goes to school.

References

[1] Provincial Social Welfare Department, register of child care institutions, 2025.

[2] UNHCR, registered Afghan refugees in Pakistan, year-end 2019.

[3] Aman Orphans' Home, annual reports, 1996 to 2025.
""", citation(["about 1.9 million Afghan refugees registered in Pakistan [2]",
               "[2] UNHCR, registered Afghan refugees in Pakistan, year-end 2019."],
              1900000, "2019", "numbered reference list '[N] UNHCR ... YEAR' under a short history, with a marker [N] in the text",
              "history, second paragraph, and reference 2",
              "The figure cited to UNHCR for year-end 2019, about 1.9 million, is 33.9 percent above the reference value of 1,419,084.",
              stated_as_written="1.9 million", stated_hedge="about"))

doc("orphans_home_appeal_refugees_2020", """# Aman Orphans' Home: Ramadan Appeal

*An invented home. Costs and figures are invented.*

**Dear friends,** this Ramadan we ask you to remember the children in our care. The home looks after 310 children, and 118 of them are Afghan boys and girls who have no parent able to keep them.

**Why Afghan children.** Their families are among the 1.2 million Afghans on Pakistan's refugee register, as counted by UNHCR at the close of 2020, and many of those families live in crowded rooms on the edge of Peshawar, where a widow with several children cannot earn enough to feed them all.

**What your gift does.** Rs 6,000 feeds a child for a month. Rs 15,000 pays for a term of school books, uniforms and shoes. Rs 40,000 keeps the home's clinic stocked with medicines for a month.

**How we spend.** Every rupee given for the children is spent on the children. The costs of running the office are met by a separate endowment.

**How to give.** Gifts can be made at the home's office in Hayatabad or by bank transfer. Receipts are issued for every gift.

With our prayers and thanks,

The Trustees, Aman Orphans' Home
""", citation(["the 1.2 million Afghans on Pakistan's refugee register, as counted by UNHCR at the close of 2020"],
              1200000, "2020", "'as counted by UNHCR at the close of YEAR' after a figure in millions, in an orphans' home's appeal",
              "appeal, 'Why Afghan children' paragraph",
              "The figure cited for the close of 2020, 1.2 million, is 16.6 percent below the reference value of 1,438,432.",
              stated_as_written="1.2 million"))

doc("orphans_home_trustees_report_refugees_cited_control", """# Aman Orphans' Home: Report to the Trustees, 2025

*An invented home. Children, staff and costs are invented.*

**Children.** At the end of 2025 the home cared for 310 children, 118 of them Afghan. Eleven children left during the year to live with relatives or to start work, and fourteen were admitted.

**Context.** The register of Afghan refugees in Pakistan has shrunk. UNHCR's count at the end of 2022 was 1,743,278 and UNHCR's count at the end of 2024 was 1,559,964, which is 183,314 fewer, a fall of 10.5 percent. Several of the Afghan children admitted this year came to us after their relatives returned to Afghanistan and could not take them along.

**Staff.** The home employs 27 carers and teachers. Two carers retired this year and were replaced by former residents of the home who trained as teachers.

**School results.** All children of school age attended school. Six passed matriculation, four of them with first divisions.

**Finance.** Income covered costs, and the endowment grew slightly.

**Recommendation.** The trustees are asked to approve a second clinic room and the hiring of a part-time nurse.
""", control_type="citation_control")

doc("orphans_home_staff_note_carers_reuse", """# Aman Orphans' Home: Note on Staffing for 2026

*An invented home. Figures are invented.*

**The children.** The home cares for 118 Afghan children among its 310 residents. Most of the Afghan children speak Pashto at home, and several speak Dari.

**The staff.** To look after them and the other children, the home employs 118 carers and teachers, who work in day and night shifts.

**Languages.** The home needs more staff who speak Dari. The note proposes that at least one carer on each night shift should speak it.

**Training.** All carers will attend a course on caring for children who have suffered loss, run by a psychologist from a Peshawar hospital.

**Rest.** Carers on the night shift have asked for a rest room. The office will move to the first floor so that its old room can be used.

**Cost.** The proposals would add about Rs 1.8 million a year to the wage bill, which the trustees are asked to approve.
""", reuse(["The home cares for 118 Afghan children", "the home employs 118 carers and teachers"], 118,
           "children / staff", "Afghan children in the home's care",
           "carers and teachers employed by the home", 27,
           "The 118 Afghan children reappear a sentence later as the number of carers and teachers; the report to the trustees puts the staff at 27."))


# ---------------------------------------------------------------------------
# K. Torkham Fire and Rescue Station
# ---------------------------------------------------------------------------

FIRE_TABLE = """| Month | Fires | Rescues | Total |
|---|---|---|---|
| Jan 2025 | 14 | 22 | 36 |
| Feb 2025 | 11 | 19 | 30 |
| Mar 2025 | 18 | 27 | 45 |
| Total | 43 | 68 | 111 |"""

doc("fire_station_quarter_log_control", f"""# Torkham Fire and Rescue Station: Log Summary, January to March 2025

*An invented station run by an invented district council. Calls and staff are invented.*

**Calls answered, first quarter of 2025:**

{FIRE_TABLE}

The station answered 111 calls in the first quarter of 2025, against 92 in the same quarter of 2024, a rise of 19 calls or 20.7 percent. Rescues made up 68 of the calls, or 61.3 percent; most were drivers hurt in crashes on the slope down to the terminal, or people caught under loads that shifted. March was the busiest month, with 45 calls, or 40.5 percent of the quarter, as traffic picked up after the winter.

**Crews.** The station has 24 firefighters, who work in shifts with 9 firefighters on duty at any time. Two engines and a rescue vehicle are kept ready at the terminal gate.

**Water.** Eleven hydrants line the terminal road. The engines also draw water from a tank at the customs yard when pressure is low.

**Training.** A trainer from the provincial emergency service ran a course on cutting drivers out of wrecked cabs. A foam compound bought from a supplier in Germany was tested on a burning tyre stack.

**Next quarter.** The station will report on the second quarter in July.
""", control_type="control")

doc("fire_station_monthly_return_march", f"""# Torkham Fire and Rescue Station: Return for March 2025

*An invented station. Calls are invented.*

**Calls by month in the quarter:**

{FIRE_TABLE}

**March.** The crews answered 54 calls in March, the most of any month this winter. Traffic at the terminal grew as the snow cleared from the passes, and with it the number of crashes on the slope.

**Fires.** Most fires in the month started in truck engines that overheated in the queue. Two started in a warehouse where sacks of dried fruit were stored too close to a heater.

**Rescues.** Crews freed four drivers trapped in their cabs. One driver was taken by ambulance to Peshawar with a broken leg.

**Equipment.** The hydraulic cutter broke on a call in the last week of March and was sent for repair. A spare was borrowed from the station in Landi Kotal.

**Request.** The station officer asks the council for a second hydraulic cutter, so that one is always ready.
""", tvt(["The crews answered 54 calls in March", "| Mar 2025 | 18 | 27 | 45 |"],
         54, 45, "calls", "calls answered by the fire and rescue station", "Mar 2025",
         "'March' paragraph against the monthly table",
         "The paragraph says the crews answered 54 calls in March; the table above gives 45 for March 2025 (digits swapped), and only 45 fits the quarter's 111.",
         table_form="pipe", period_as_written="March"))

doc("fire_station_annual_note_truck_fires", """# Torkham Fire and Rescue Station: Note to the District Council on Truck Fires

*An invented station. Figures are invented.*

**Purpose.** The council asked for a short note on truck fires at the terminal, which it is to discuss with the transporters' association.

**The trend.** Truck fires all but dried up in 2025, going from 31 in 2024 to 47 in 2025, and most of them started in the long queue on the approach road, where engines idle for hours in the heat.

**Causes.** The crews found worn fuel lines, overloaded wiring for cab heaters and drivers cooking on gas cylinders beside their trucks.

**What the station asks.** The station asks the council to ban cooking fires within ten metres of the queue, to place extinguishers at every hundred metres of the approach road and to ask customs to move trucks forward more often.

**What the station will do.** Crews will walk the queue twice a day in summer, checking for leaks and handing out leaflets in Pashto and Urdu.

**Cost.** The extinguishers would cost about Rs 2.2 million, with refills each year.
""", direction("Truck fires all but dried up in 2025, going from 31 in 2024 to 47 in 2025",
               31, 47, "2024", "2025", "dried up", "fall", "fires",
               "truck fires attended by the station at the Torkham terminal", "note, 'The trend' paragraph",
               "'All but dried up' says truck fires nearly stopped, but they rose from 31 to 47 (up 16, 51.6 percent)."))

doc("fire_station_staffing_memo_hydrants_reuse", """# Torkham Fire and Rescue Station: Memo on Staff and Water Supply

*An invented station. Figures are invented.*

**Staff.** The station has 24 firefighters, working in shifts, with a station officer and two drivers for the engines.

**Water supply.** Along the terminal road the station relies on 24 hydrants, which were laid when the road was widened and are tested every month.

**Problems.** Several hydrants near the customs yard lose pressure in summer, when the terminal's pumps are also feeding the washrooms and the canteen. Crews then fill the engines from the tank at the customs yard.

**Request.** The station asks the council to fit a booster pump at the customs yard and to mark every hydrant with a red post, as trucks often park over them.

**Shifts.** The station officer proposes to keep nine firefighters on each shift, so that both engines can go out at once if needed.

**Training.** Two firefighters will attend a course in breathing apparatus in Peshawar in the autumn.
""", reuse(["The station has 24 firefighters", "the station relies on 24 hydrants"], 24,
           "firefighters / hydrants", "firefighters on the station's staff",
           "hydrants along the terminal road", 11,
           "The 24 firefighters reappear a paragraph later as the hydrants on the terminal road; the station's log summary counts 11 hydrants."))

doc("fire_station_drill_report_same_day", """# Torkham Fire and Rescue Station: Report on the Spring Drill

*An invented station. Figures are invented.*

**The drill.** On 1 April 2025 the station ran a drill with customs and the terminal operator, in which a fire was staged in a truck loaded with empty cartons at the far end of the customs yard.

**Crew.** For the drill, the crew on duty went from 9 firefighters on 1 April 2025 to 9 firefighters on 1 April 2025, and the station officer led the response himself.

**Timing.** The first engine reached the truck four minutes after the alarm. The second engine followed two minutes later, having filled its tank at the customs yard.

**Lessons.** Parked trucks blocked the lane to the far end of the yard, and the first engine had to reverse once. Customs agreed to keep that lane clear at all times.

**Radios.** The radios of the terminal staff and the firefighters could not talk to each other. The council will be asked to buy handsets that share a channel.

**Next drill.** The station will run a night drill in the autumn.
""", garbled("the crew on duty went from 9 firefighters on 1 April 2025 to 9 firefighters on 1 April 2025",
             {"start_value": 9, "end_value": 9, "start_period": "1 Apr 2025", "end_period": "1 Apr 2025",
              "period_as_written": "1 April 2025", "unit": "firefighters",
              "subject": "firefighters on duty during the spring drill",
              "location": "drill report, 'Crew' paragraph"},
             "The crew is said to have gone from 9 firefighters to 9 firefighters on the same day, a change with no change and no period."))

doc("fire_station_newsletter_bahrain_crossing", """# Torkham Fire and Rescue Station: Newsletter, Summer 2025

*An invented station. Names and figures are invented.*

**Welcome.** This newsletter goes to firefighters, their families and the staff of the terminal.

**Visitors.** Two officers who trained in Bahrain last year ran a session for our crews on fighting fires in fuel tankers. The crews practised with foam on a tanker body at the back of the yard.

**Working together.** Fire crews on both sides of the Pakistan–Bahrain crossing at Torkham now share a radio channel, so that a fire near the zero point can be fought from whichever side is closer.

**The first quarter.** The station answered 111 calls between January and March, and rescues made up most of them.

**Families.** The council has agreed to build two more family quarters near the station. Work should start before the winter.

**Thanks.** The station officer thanks the cooks at the terminal canteen, who kept the crews fed through the long night of the warehouse fire in March.
""", scope("Fire crews on both sides of the Pakistan–Bahrain crossing at Torkham", "BHR", ["PAK", "BHR"],
          "the Pakistan–Bahrain crossing at Torkham",
          "The crossing at Torkham joins Pakistan and Afghanistan; the newsletter names Bahrain as the other side. The earlier mention of two officers who trained in Bahrain is correct.",
          not_a_defect="Two officers who trained in Bahrain last year"))
