# Nineteenth held-out set of synthetic documents ("heldout19").  Written from
# scratch after heldout18/, by a labeller who had not opened dyad's
# implementation or history and had not seen any of its results.
# Every entry: name (topic slug, numbered later by build_heldout19.py), text,
# labels (list of defect dicts), control_type for controls.
# Registers not used before: a surgical instrument makers' guild's papers on
# the Afghan market; a mango exporters' circle's season papers; a coach
# company's reports on its Peshawar-Kabul service; a microfinance bank's
# papers on loans to Afghan refugee borrowers; a gem traders' association's
# bulletins on Afghan rough stones; a thalassaemia centre's appeals and
# reports; a salt processors' association's papers; a potato growers'
# forum's export papers; a fan manufacturers' association's market papers
# (with the annual trade series); a refugee youth football league's papers;
# a printers' and binders' association's notes on textbooks for Afghan
# publishers; a biscuit maker's distributor letters; and a battery maker's
# dealer circulars.
#
# Invented figures shared with earlier sets: annual trade series (README:
# exports 936 / 1,012 / 884 and imports 741 / 690 / 540 for 2022-2024,
# balances 195 / 322 / 344, totals 1,677 / 1,702 / 1,424).
#
# New invented figures, consistent with the above:
#   Sialkot Instrument Makers' Guild (invented, 64 firms, 41 selling to
#     Afghan buyers in 2025, 35 in 2024), exports to Afghanistan, US$
#     thousand 2024 / 2025: scissors and forceps 1,520 / 1,840, dental 810 /
#     960, orthopaedic sets 640 / 720, disposable kits 930 / 1,180, total
#     3,900 / 4,700 (rise 800, 20.5 percent; scissors 39.1 percent of 2025);
#     318 consignments in 2025 (Torkham 254, Chaman 64).
#   Multan Mango Exporters' Circle (invented), road exports to Afghanistan,
#     tonnes, 2025: Jun / Jul / Aug Chaunsa 1,250 / 6,800 / 4,300 (12,350),
#     Sindhri 3,400 / 1,150 / 180 (4,730), Anwar Ratol 620 / 940 / 60
#     (1,620), totals 5,270 / 8,890 / 4,540 (18,700); 2024 season 15,400
#     (Chaunsa 7,900, Sindhri 5,900, Anwar Ratol 1,600); rise 3,300 or 21.4
#     percent; 1,496 reefer trucks at 12.5 t; 58 Afghan importers.
#   Khyber Road Coaches (invented), Peshawar-Jalalabad-Kabul service, 2025:
#     passengers / departures Q1 21,400 / 520, Q2 26,300 / 560, Q3 24,800 /
#     546, total 72,500 / 1,626; Q3 2024 19,600 passengers (rise 26.5
#     percent); 18 coaches; fare Rs 9,500.
#   Sarhad Microfinance Bank (invented), FY2025: 6,240 active Afghan
#     borrowers (2,184 women, 35 percent), 14 branches, average loan Rs
#     85,000, portfolio Rs 530.4 million, repayment 97.2 percent.
#   Namak Mandi Gem Traders' Association (invented, 140 dealers), Afghan rough
#     stones 2025, kg / Rs million: emerald 46 / 412, tourmaline 380 / 265,
#     lapis lazuli 5,200 / 148, kunzite 290 / 57, total 5,916 / 882; 2024
#     value Rs 735 million (rise 20.0 percent).
#   Hamza Thalassaemia Care Centre, Peshawar (invented), 2025: 1,140 children
#     on regular transfusion, 486 of them Afghan (410 in 2024); 13,680
#     transfusions; waiting list 74 in March 2025.
#   Salt Range Processors' Association (invented, 31 units), exports to
#     Afghanistan FY2024 218,000 t (2.18 lakh), FY2025 264,000 t (2.64 lakh),
#     rise 21.1 percent; FY2025 edible 153,120 t (58 percent), industrial
#     63,360 (24), livestock licks 34,320 (13), lamps and decor 13,200 (5);
#     US$ 19.8 million.
#   Potato Growers' Forum, Okara (invented, 212 growers), exports to
#     Afghanistan Jan / Feb / Mar 2025: 38,400 / 52,100 / 46,700 tonnes
#     (137,200), Rs crore 92.2 / 125.0 / 112.1 (329.3); about 74 trucks a
#     day in February.
#   Gujrat Fan Manufacturers' Association (invented, 38 factories), fans to
#     Afghanistan 2023 212,000, 2024 186,000, 2025 241,000 (rise 29.6
#     percent); 2025 value US$ 6.1 million.
#   Peshawar Refugee Youth Football League (invented), 2025 season: 48 teams,
#     1,020 players (710 Afghan, 310 Pakistani), 9 grounds, 236 matches.
#   Peshawar Printers and Binders' Association (invented, 23 presses),
#     textbooks for 17 Kabul publishers, 2025, thousand copies / paper
#     tonnes: Q1 1,240 / 372, Q2 860 / 258, Q3 1,510 / 453, total 3,610 /
#     1,083.
#   Crispo Foods (invented) biscuits to 22 Afghan distributors, 2025,
#     thousand cartons / Rs million: Q1 142 / 298, Q2 118 / 248, Q3 165 /
#     347, Q4 190 / 399, total 615 / 1,292; about 38 lorries a month.
#   Shamsher Batteries (invented), batteries to 16 Afghan distributors: 2024
#     84,000, 2025 71,500 (fall 14.9 percent); 18,400 used batteries
#     collected in 2025; Peshawar warehouse stock 3,200 on 30 June 2025.

HELDOUT19 = []
PAIR = ["PAK", "AFG"]


def pct(a, b):
    return round((b - a) / a * 100, 2)


def pdf_table(rows, gap=3):
    """Lay out rows as a PDF text extraction does: cells padded to the widest
    cell of their column and separated by runs of spaces, no pipes."""
    widths = [max(len(r[k]) for r in rows) for k in range(len(rows[0]))]
    out = []
    for r in rows:
        cells = [r[0].ljust(widths[0])] + [c.rjust(widths[k]) for k, c in enumerate(r) if k > 0]
        out.append((" " * gap).join(cells).rstrip())
    return "\n".join(out)


def row(table, first):
    hits = [ln for ln in table.split("\n") if ln.startswith(first)]
    assert len(hits) == 1, (first, hits)
    return hits[0]


def doc(name, text, label=None, control_type=None):
    HELDOUT19.append(dict(name=name, control_type=control_type,
                          labels=[label] if label else [], text=text))


def direction(quote, a, b, pa, pb, word, stated, unit, subject, location, explanation, **extra):
    ev = {"from": a, "to": b, "change": b - a, "change_pct": pct(a, b), "from_period": pa,
          "to_period": pb}
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
    refs = {"2019": 1419084, "2020": 1438432, "2021": 1490562,
            "2022": 1743278, "2023": 1987717, "2024": 1559964}
    ev = {"stated": stated, "reference": refs[year]}
    if "same_as_year" in extra:
        ev["same_as_year"] = extra.pop("same_as_year")
    ev.update({"indicator": "refugees.registered",
               "subject": "registered Afghan refugees in Pakistan", "period": year,
               "cited_source": "UNHCR", "citation_form": form, "location": location})
    ev.update(extra)
    return dict(kind="citation", quotes=quotes, explanation=explanation, expected_values=ev)


def tvt(quotes, text_value, table_value, unit, subject, period, location, explanation, **extra):
    ev = {"text_value": text_value, "table_value": table_value, "unit": unit, "subject": subject,
          "period": period}
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
# R1. A surgical instrument makers' guild's papers on the Afghan market.
# ---------------------------------------------------------------------------

SURG_NOTE = "*An invented guild's papers. Firms, consignments and values are invented.*"

SURG_TABLE = """| Product | 2024 | 2025 |
|---|---|---|
| Scissors and forceps | 1,520 | 1,840 |
| Dental instruments | 810 | 960 |
| Orthopaedic sets | 640 | 720 |
| Disposable kits | 930 | 1,180 |
| Total | 3,900 | 4,700 |"""

doc("surgical_export_bulletin_dental_value", """
# Sialkot Instrument Makers' Guild: Export Bulletin No. 7, the Afghan Market

""" + SURG_NOTE + """

**Shipments by product.** What members sold to hospitals, clinics and distributors in Afghanistan, in US$ thousand:

""" + SURG_TABLE + """

**Dental instruments.** Dental lines had their best year so far. Members shipped dental instruments worth US$ 0.69 million to Afghan buyers in 2025, most of it extraction forceps, elevators and scalers ordered by private clinics in Kabul, Herat and Mazar-i-Sharif. Two members opened a small showroom in Kabul in the spring and report steady walk-in trade.

**Who is exporting.** Of the guild's 64 member firms, 41 sold to Afghan buyers during the year. Consignments went by road, 254 of them through Torkham and 64 through Chaman.

**Payment.** Most buyers now pay against documents through banks in Peshawar, and advance payment in cash is rarer than it was two years ago. Members report very few unpaid invoices.

**Next bulletin.** The guild will report on the Kabul medical trade fair in the next issue.
""", tvt(["shipped dental instruments worth US$ 0.69 million", "| Dental instruments | 810 | 960 |"],
        690, 960, "USD thousand", "dental instruments exported to Afghanistan by the guild's members",
        "2025", "'Dental instruments' paragraph against the product table",
        "The paragraph puts 2025 dental exports at US$ 0.69 million (690 thousand); the table in the "
        "same bulletin gives 960 thousand for the same product and year.",
        table_form="pipe", text_as_written="US$ 0.69 million"))

doc("surgical_committee_note_total_row", """
# Sialkot Instrument Makers' Guild: Note to the Executive Committee on the Afghan Market

""" + SURG_NOTE + """

1. Purpose. This note sets out what members sold to Afghan buyers in 2025 and asks the committee to approve a stand at the Kabul medical fair.

2. Sales by product line in 2025, in US$ thousand, from members' returns:

| Product | 2025 |
|---|---|
| Scissors and forceps | 1,840 |
| Dental instruments | 960 |
| Orthopaedic sets | 720 |
| Disposable kits | 1,180 |
| Total | 4,900 |

3. Reading the figures. Scissors and forceps remain the core of the trade, while disposable kits grew fastest as Afghan hospitals moved to single-use sets after a round of infection audits.

4. The fair. A stand at the Kabul fair in April would cost about US$ 18,000, shared among the firms that take part. Eleven members have asked to join, and two more are waiting for their export registration.

5. Decision sought. The committee is asked to approve the stand and a travel budget for two staff of the guild to go by road through Torkham with the samples.
""", parts_total(["| Total | 4,900 |"],
                 {"Scissors and forceps": 1840, "Dental instruments": 960, "Orthopaedic sets": 720,
                  "Disposable kits": 1180},
                 4900, "USD thousand", "2025",
                 "exports of surgical and dental instruments to Afghanistan by product line",
                 "note, paragraph 2, table, total row",
                 "The four product lines add up to 4,700 thousand, not the 4,900 in the total row.",
                 table_form="pipe"))

doc("surgical_newsletter_laos_hospitals", """
# Guild Newsletter, Winter 2025: News from the Afghan Market

""" + SURG_NOTE + """

**A good year.** Members sold instruments worth US$ 4.7 million to Afghan buyers in 2025, up from US$ 3.9 million in 2024. Scissors and forceps made up the largest part of the trade, and disposable kits grew fastest.

**Where the orders come from.** Besides private clinics in Kabul and Herat, members now fill orders from district hospitals in Laos that reach them by truck through Torkham, mostly paid for by health projects that charities run in the eastern provinces.

**Sterilisation.** Buyers ask more and more often for instruments packed in sealed pouches and sterilised before dispatch. Three members installed steam sterilisers this year, and the guild is arranging a course on how to validate them.

**Leaflets in Dari.** A new rule in Kabul asks for instruction leaflets in Dari and Pashto. The guild has a translator who will check leaflets for members at cost.

**Border delays.** Trucks waited an average of two days at Torkham in November. Members are advised to send their documents to the clearing agent before the truck leaves Sialkot.
""", scope("district hospitals in Laos that reach them by truck through Torkham", "LAO", ["PAK", "LAO"],
           "district hospitals in Laos",
           "Hospitals whose orders travel by truck through Torkham, paid for by projects in the "
           "eastern provinces, are Afghan hospitals; the newsletter names Laos in place of the Afghan "
           "side of the trade."))

doc("surgical_annual_review_control", """
# Sialkot Instrument Makers' Guild: Annual Review 2025, Afghan Trade

""" + SURG_NOTE + """

**Sales by product.** Members' exports to buyers in Afghanistan, in US$ thousand:

""" + SURG_TABLE + """

**The year in figures.** Sales to Afghan buyers rose from US$ 3,900 thousand in 2024 to US$ 4,700 thousand in 2025, an increase of US$ 800 thousand or 20.5 percent. Scissors and forceps, at 1,840 thousand, made up 39.1 percent of the 2025 value, and every product line sold more than the year before.

**Routes.** Members sent 318 consignments during the year: 254 through Torkham and 64 through Chaman.

**Members.** 41 of the guild's 64 member firms sold to Afghan buyers, up from 35 in 2024.

**Inputs.** Most members make their instruments from stainless steel bar imported from Japan, and several bought sterilisation pouches from Malaysia during the year.

**Outlook.** Afghan hospitals are replacing equipment bought a decade ago, and the guild expects demand for orthopaedic sets to keep growing in 2026.
""", control_type="control")

# ---------------------------------------------------------------------------
# R2. A mango exporters' circle's season papers.
# ---------------------------------------------------------------------------

MANGO_NOTE = "*An invented exporters' circle. Tonnages, trucks, buyers and prices are invented.*"

MANGO_ROWS = [["Month", "Chaunsa", "Sindhri", "Anwar Ratol", "Total"],
              ["Jun 2025", "1,250", "3,400", "620", "5,270"],
              ["Jul 2025", "6,800", "1,150", "940", "8,890"],
              ["Aug 2025", "4,300", "180", "60", "4,540"]]
MANGO_PDF = pdf_table(MANGO_ROWS + [["Total", "12,350", "4,730", "1,620", "18,700"]])
MANGO_PDF_BAD = pdf_table(MANGO_ROWS + [["Total", "13,350", "4,730", "1,620", "18,700"]])

doc("mango_season_report_chaunsa_total", """
# Multan Mango Exporters' Circle: Season Report 2025, Road Exports to Afghanistan

""" + MANGO_NOTE + """

**Table 1.** Mangoes sent by road to Afghan importers, in tonnes, as extracted from the circle's PDF return:

""" + MANGO_PDF_BAD + """

**The season.** Sindhri opened the season in June, and Chaunsa carried it through July and August. Anwar Ratol, a small and late variety, sold well in Kabul but is grown by few members.

**Heat and delays.** A heatwave in late June shortened the shelf life of fruit waiting at Torkham. Members estimate that 310 tonnes ripened too far in trucks held at the crossing for more than three days and had to be sold cheaply in Jalalabad.

**Prices.** Chaunsa fetched an average of Rs 260 a kg at the packing houses in Multan.

**Next season.** The circle will ask customs for a separate lane for perishable fruit at Torkham and will repeat its request for a cold store on the Pakistani side of the crossing.
""", parts_total([row(MANGO_PDF_BAD, "Total")], {"Jun 2025": 1250, "Jul 2025": 6800, "Aug 2025": 4300},
                 13350, "tonnes", "Jun-Aug 2025", "Chaunsa mangoes sent by road to Afghanistan",
                 "season report, PDF-extracted Table 1, total row, Chaunsa column",
                 "The three months of Chaunsa add up to 12,350 tonnes, not the 13,350 in the total "
                 "row; the row's own total of 18,700 fits the months but not the 13,350.",
                 table_form="pdf"))

doc("mango_buyers_letter_sindhri_skyrocketed", """
# Multan Mango Exporters' Circle: Letter to Afghan Importers, September 2025

""" + MANGO_NOTE + """

Dear friends in Kabul, Jalalabad and Kandahar,

The season is over, and we thank the 58 importers who bought from our members this year. Together you took 18,700 tonnes of mangoes by road, against 15,400 tonnes in 2024.

Not every variety did well. Sindhri shipments skyrocketed from 5,900 tonnes in the 2024 season to 4,730 tonnes in the 2025 season, because the early heat ripened the crop before trucks could be loaded. Chaunsa, which ripens later, more than made up the difference.

We know that some of you received fruit that was too soft after long waits at Torkham. Members have agreed to give a credit on those loads, and the circle will settle any dispute within thirty days.

Next year we plan to pack all fruit for Afghanistan in ventilated 10-kg cartons and to send a list of loaded trucks to each importer every evening, so that you can plan your staff at the market.

With thanks and good wishes,

The Secretary, Multan Mango Exporters' Circle
""", direction("Sindhri shipments skyrocketed from 5,900 tonnes in the 2024 season to 4,730 tonnes in the 2025 season",
               5900, 4730, "2024", "2025", "skyrocketed", "rise", "tonnes",
               "Sindhri mangoes sent by road to Afghanistan by the circle's members",
               "letter to importers, third paragraph",
               "'Skyrocketed' says Sindhri shipments rose, but they fell from 5,900 to 4,730 tonnes, "
               "and the sentence itself blames the heat for the loss."))

doc("mango_circle_minutes_trucks_importers", """
# Multan Mango Exporters' Circle: Minutes of the Post-Season Meeting, 18 September 2025

""" + MANGO_NOTE + """

1. Present. Twenty-seven members and the circle's secretary. The chair welcomed two new members from Shujabad.

2. Season figures. The secretary reported that members loaded 1,496 reefer trucks for Afghanistan over the season, at an average of 12.5 tonnes a truck, for 18,700 tonnes in all.

3. Buyers. Orders came from 1,496 Afghan importers, most of them wholesalers in the Kabul fruit market, with a few large buyers in Kandahar and Mazar-i-Sharif.

4. Losses at the border. Members described long waits at Torkham in late June. The meeting agreed to give importers a credit on fruit that arrived too soft and to keep a record of every truck held for more than two days.

5. Packing. The meeting agreed that all fruit for Afghanistan will be packed in ventilated 10-kg cartons from next season.

6. Any other business. The secretary will write to customs about a lane for perishable goods. The meeting closed at five in the afternoon.
""", reuse(["members loaded 1,496 reefer trucks", "Orders came from 1,496 Afghan importers"], 1496,
           "trucks / importers", "reefer trucks loaded for Afghanistan in the 2025 season",
           "Afghan importers who bought from the members in the 2025 season", 58,
           "1,496 is the number of trucks (18,700 tonnes at 12.5 tonnes a truck); the circle's letter to "
           "importers thanks 58 importers, so the truck count is reused as a count of buyers."))

doc("mango_season_summary_control", """
# Multan Mango Exporters' Circle: Season Summary for Members

""" + MANGO_NOTE + """

**Table 1.** Mangoes sent by road to Afghan importers, in tonnes (PDF return):

""" + MANGO_PDF + """

**What the table shows.** July alone took 8,890 tonnes, or 47.5 percent of the season's 18,700 tonnes. Chaunsa made up 12,350 tonnes, 66.0 percent of the total. The season's shipments were 3,300 tonnes, or 21.4 percent, above the 15,400 tonnes of 2024.

**Trucks.** Members loaded 1,496 reefer trucks, at an average of 12.5 tonnes each. Fifty-eight Afghan importers bought from members during the season.

**Air freight.** A few members also flew Chaunsa to supermarket buyers in Britain and Germany. Those cartons went by air from Multan and are not part of Table 1, which counts only road shipments to Afghanistan.

**Prices.** Chaunsa fetched an average of Rs 260 a kg at the packing houses.
""", control_type="control")

# ---------------------------------------------------------------------------
# R3. A coach company's reports on its Peshawar-Kabul service.
# ---------------------------------------------------------------------------

COACH_NOTE = "*An invented coach company. Passengers, departures, coaches and fares are invented.*"

COACH_TABLE = """| Quarter | Passengers | Departures |
|---|---|---|
| Q1 2025 | 21,400 | 520 |
| Q2 2025 | 26,300 | 560 |
| Q3 2025 | 24,800 | 546 |
| Total | 72,500 | 1,626 |"""

doc("coach_quarterly_report_second_quarter", """
# Khyber Road Coaches: Quarterly Report to Shareholders, Peshawar–Kabul Service

""" + COACH_NOTE + """

**Passengers and departures, 2025:**

""" + COACH_TABLE + """

**Second quarter.** In the second quarter the coaches carried 23,600 passengers, the busiest three months since the service began. Eid travel in June filled every departure for ten days, and the company ran extra coaches from Jalalabad on the return leg.

**The fleet.** The company runs 18 coaches. Two were off the road in August for new gearboxes, which is why departures fell a little in the third quarter.

**Fares.** The one-way fare from Peshawar to Kabul stays at Rs 9,500, including one checked bag. Students with a university letter pay less.

**Border.** Passengers now clear immigration at Torkham in a separate hall from pedestrians, which has cut the average stop at the border to about ninety minutes.

**Outlook.** The board expects a quieter fourth quarter as winter closes the Salang route for some passengers travelling on from Kabul.
""", tvt(["In the second quarter the coaches carried 23,600 passengers", "| Q2 2025 | 26,300 | 560 |"],
        23600, 26300, "passengers", "passengers carried on the Peshawar-Kabul coach service",
        "Q2 2025", "'Second quarter' paragraph against the passenger table",
        "The paragraph gives 23,600 passengers for the second quarter; the table above it gives "
        "26,300 for Q2 2025.", table_form="pipe", period_as_written="the second quarter"))

doc("coach_passenger_notice_suspension_backwards", """
# Khyber Road Coaches: Notice to Passengers

""" + COACH_NOTE + """

**Service suspended.** Because the road between Torkham and Jalalabad is being resurfaced, the Peshawar–Kabul service will be suspended from 19 September 2025 to 4 September 2025. Coaches to Jalalabad only will run twice a day during the works.

**Tickets already bought.** Passengers holding tickets for Kabul on the affected dates may move their journey to any later date free of charge, or ask for a full refund of the Rs 9,500 fare at the Peshawar or Kabul office.

**Luggage.** During the works the company cannot carry parcels for onward delivery in Kabul. Parcels already booked will be held in the Peshawar depot and sent with the first coach after the service resumes.

**Documents.** All passengers need a valid passport and visa, or the proof of registration the border authorities accept, and should arrive at the terminal one hour before departure.

**Contact.** The Peshawar office is open from eight in the morning to eight at night, seven days a week. The company apologises for the disruption.
""", garbled(["suspended from 19 September 2025 to 4 September 2025"],
             "The suspension is said to run from 19 September to 4 September 2025, a period that "
             "ends before it begins.",
             stated_period_start="19 Sep 2025", stated_period_end="4 Sep 2025",
             as_written={"stated_period_start": "19 September 2025", "stated_period_end": "4 September 2025"},
             subject="suspension of the Peshawar-Kabul coach service", location="notice, first paragraph"))

doc("coach_ridership_note_headed_south", """
# Khyber Road Coaches: Note to the Board on Ridership

""" + COACH_NOTE + """

**Summary.** The Peshawar–Kabul service carried 72,500 passengers in the first nine months of 2025 on 1,626 departures. The second quarter was the busiest, with 26,300 passengers.

**The third quarter.** Third-quarter ridership headed south, from 19,600 passengers in Q3 2024 to 24,800 in Q3 2025, even though two coaches were in the workshop in August. The board may wish to note that traders and students now make up more than half of all passengers.

**Who travels.** Our ticket survey in July found that families visiting relatives remain the largest group, followed by traders going to the Kabul markets and students returning to universities in Peshawar.

**Costs.** Diesel is the largest cost. The company has fixed its price with one supplier until the end of the year, and tyre costs have fallen since the road near Landi Kotal was repaired.

**Recommendation.** Management recommends buying two more coaches before the spring, so that the Eid peak can be served without hiring vehicles from other operators.
""", direction("Third-quarter ridership headed south, from 19,600 passengers in Q3 2024 to 24,800 in Q3 2025",
               19600, 24800, "Q3 2024", "Q3 2025", "headed south", "fall", "passengers",
               "passengers carried on the Peshawar-Kabul coach service in the third quarter",
               "board note, 'The third quarter' paragraph",
               "'Headed south' says ridership fell, but it rose from 19,600 to 24,800 passengers."))

doc("coach_nine_month_statistics_control", """
# Khyber Road Coaches: Nine-Month Statistics, Peshawar–Kabul Service

""" + COACH_NOTE + """

**Passengers and departures, 2025:**

""" + COACH_TABLE + """

**Reading the table.** The service carried 72,500 passengers on 1,626 departures in the first nine months of the year. Passengers in the third quarter, 24,800, were 5,200 or 26.5 percent more than the 19,600 of the third quarter of 2024, but fewer than in the second quarter, when Eid travel filled the coaches.

**Fleet.** The company runs 18 coaches. Fourteen were built in China and four in Turkey, and all were fitted with new seats in Peshawar last winter.

**Fares.** The one-way fare from Peshawar to Kabul stays at Rs 9,500.

**Reliability.** Ninety-four percent of departures left within fifteen minutes of the timetable. Most late departures were caused by passengers arriving without the documents needed at the border.
""", control_type="control")

# ---------------------------------------------------------------------------
# R4. A microfinance bank's papers on loans to Afghan refugee borrowers.
# ---------------------------------------------------------------------------

MFB_NOTE = ("*An invented bank. Borrowers, branches, loans and rates are invented; registered-refugee "
            "figures follow the reference series.*")

doc("microfinance_annual_report_refugees_2022", """
# Sarhad Microfinance Bank: Annual Report FY2025, Chapter 4, Lending to Afghan Households

""" + MFB_NOTE + """

**4.1 Context.** At the end of 2022 Pakistan hosted about 1.45 million registered Afghan refugees (UNHCR Operational Data Portal, end-2022), many of them running small shops, tailoring businesses and vegetable carts in Khyber Pakhtunkhwa. Few had ever held a bank account.

**4.2 What we lend.** The bank lends to Afghan households holding a valid registration card through 14 branches in Peshawar, Nowshera, Mardan and Kohat. At the end of FY2025 it had 6,240 active Afghan borrowers, 2,184 of them women, with an average loan of Rs 85,000.

**4.3 Repayment.** The repayment rate on these loans was 97.2 percent over the year, a little above the bank's rate for all borrowers. Loan officers say that traders who buy stock in bulk before Eid repay fastest.

**4.4 Risks.** The main risk is that borrowers leave for Afghanistan before their loans are repaid. The bank now offers a shorter six-month loan to card holders whose cards expire within a year.
""", citation(["about 1.45 million registered Afghan refugees (UNHCR Operational Data Portal, end-2022)"],
              1450000, "2022", "(UNHCR Operational Data Portal, end-YEAR) after a figure in a bank's annual report",
              "annual report, paragraph 4.1",
              "The end-2022 reference value is 1,743,278; 1.45 million is 16.8 percent below it.",
              stated_as_written="1.45 million", stated_hedge="about"))

doc("microfinance_investor_note_refugees_2021_lakh", """
# Sarhad Microfinance Bank: Note for Impact Investors on the Refugee Loan Book

""" + MFB_NOTE + """

**Why this book exists.** In 2021 the country's 19.9 lakh registered Afghan refugees (a/) had almost no access to formal credit. The bank began lending to card holders in Peshawar that year, and the book has grown every year since.

**Size of the book.** At the end of FY2025 the bank had 6,240 active Afghan borrowers and a portfolio of Rs 530.4 million, an average of Rs 85,000 a loan. Women hold 35 percent of the loans.

**Performance.** Repayment over the year was 97.2 percent. Write-offs were small and mostly linked to families who returned to Afghanistan at short notice.

**What the bank asks of investors.** A guarantee on part of the book would let the bank extend loans to card holders whose cards expire within a year, who are now offered only six-month loans.

**Notes**

a/ UNHCR, Afghan refugees registered in Pakistan, 31 December 2021.
""", citation(["19.9 lakh registered Afghan refugees (a/)",
               "a/ UNHCR, Afghan refugees registered in Pakistan, 31 December 2021."],
              1990000, "2021", "lettered note a/ UNHCR ... YEAR under a figure written in lakh in an investor note",
              "investor note, 'Why this book exists' paragraph, and note a/",
              "The end-2021 reference value is 1,490,562; 19.9 lakh (1,990,000) is 33.5 percent above it. "
              "It is close to the end-2023 value but is not that year's exact figure.",
              stated_as_written="19.9 lakh"))

doc("microfinance_branch_bulletin_refugees_cited_control", """
# Sarhad Microfinance Bank: Branch Bulletin for Loan Officers, Refugee Lending

""" + MFB_NOTE + """

**Background for officers.** At the end of 2020 Pakistan had 1,438,432 registered Afghan refugees (UNHCR, as at 31 December 2020). A year later the count was 1,490,562, UNHCR's figure for end-2021, an increase of 52,130 or 3.6 percent. Most of the families our branches serve have lived in Khyber Pakhtunkhwa for decades.

**Our book.** The bank has 6,240 active Afghan borrowers across 14 branches, and 2,184 of them, 35 percent, are women. The average loan is Rs 85,000.

**Checking cards.** Officers must see the original registration card and record its expiry date. Where a card expires within a year, offer only the six-month loan.

**Repayment visits.** Repayment was 97.2 percent last year. Please visit every borrower who misses two instalments, and record the reason in the branch register.

**Training.** A one-day course on serving Afghan women borrowers will be held in Peshawar next month. Each branch should send one officer.
""", control_type="citation_control")

doc("microfinance_loan_review_women_borrowers", """
# Sarhad Microfinance Bank: Portfolio Review, Afghan Borrowers, FY2025

""" + MFB_NOTE + """

**Size.** At the end of FY2025 the bank had 6,240 active borrowers in its Afghan book, served from 14 branches. The portfolio stood at Rs 530.4 million, an average of Rs 85,000 a loan.

**Women borrowers.** Lending to women has been the fastest-growing part of the book. At year end 6,240 of them were women, most running tailoring, embroidery and food businesses from home.

**Repayment.** The repayment rate was 97.2 percent. Women borrowers repaid slightly better than men, and the few arrears were concentrated in Kohat, where several families moved to Afghanistan during the year.

**Products.** The standard twelve-month loan remains the main product. A six-month loan is offered to borrowers whose registration cards expire within the year.

**Recommendations.** The review recommends a second loan cycle for borrowers who have repaid in full, and a small savings product so that families can set money aside before Eid.
""", reuse(["the bank had 6,240 active borrowers", "6,240 of them were women"], 6240, "borrowers",
           "active borrowers in the bank's Afghan book at the end of FY2025",
           "women among those borrowers", 2184,
           "6,240 is the whole Afghan book; the bank's other papers give 2,184 women (35 percent), so "
           "the total is reused as the number of women."))

# ---------------------------------------------------------------------------
# R5. A gem traders' association's bulletins on Afghan rough stones.
# ---------------------------------------------------------------------------

GEM_NOTE = "*An invented traders' association. Dealers, weights and values are invented.*"

GEM_TABLE = """| Stone | Kilograms | Value (Rs million) |
|---|---|---|
| Emerald (Panjshir) | 46 | 412 |
| Tourmaline (Nuristan) | 380 | 265 |
| Lapis lazuli (Badakhshan) | 5,200 | 148 |
| Kunzite (Nuristan) | 290 | 57 |
| Total | 5,916 | 882 |"""

doc("gem_market_bulletin_tourmaline_weight", """
# Namak Mandi Gem Traders' Association: Market Bulletin, Year-End 2025

""" + GEM_NOTE + """

**Rough stones from Afghanistan in 2025.** Weights and values of Afghan rough declared by members on arrival through Torkham:

""" + GEM_TABLE + """

**Tourmaline.** Dealers took in 830 kilograms of Nuristan tourmaline during the year, much of it the pink and green crystal that cutters in Jaipur and Bangkok ask for. Prices were steady after a weak start in the spring.

**Emerald.** Panjshir emerald was scarce but dear. A few parcels of clean, deep green rough sold for more than any the bazaar has seen in five years.

**Lapis.** Lapis is bought by weight and goes mostly to carvers and jewellers in Peshawar and Lahore. The blocks this year were larger than usual.

**Members.** The association has 140 registered dealers. It reminds members to declare every parcel at Torkham; undeclared rough cannot be exported again with a certificate of origin.
""", tvt(["Dealers took in 830 kilograms of Nuristan tourmaline", "| Tourmaline (Nuristan) | 380 | 265 |"],
        830, 380, "kilograms", "Afghan rough tourmaline declared by the association's dealers", "2025",
        "'Tourmaline' paragraph against the table", "The paragraph gives 830 kg of tourmaline; the "
        "table gives 380 kg for the same stone and year (the digits swapped).", table_form="pipe",
        period_as_written="during the year"))

doc("gem_association_review_value_growth", """
# Namak Mandi Gem Traders' Association: Review of the Year for the General Body

""" + GEM_NOTE + """

**Value of the trade.** The value of Afghan rough declared by members rose from Rs 735 million in 2024 to Rs 882 million in 2025, up 12 percent. Emerald alone was worth Rs 412 million.

**Volumes.** Members declared 5,916 kilograms of rough, most of it lapis lazuli from Badakhshan, which is heavy but cheap by weight.

**Cutting.** More dealers now have stones cut in Peshawar before selling them on. Four new cutting workshops opened in the bazaar, and the association ran a course on faceting tourmaline for young cutters.

**Certificates.** The association issued certificates of origin for every parcel re-exported to buyers abroad. Buyers increasingly ask for them, and dealers without one sell at a discount.

**Finances.** Membership fees covered the association's costs for the year, and the general body is asked to approve the accounts and a modest rise in the fee from next year.
""", dict(kind="arithmetic",
          quotes=["rose from Rs 735 million in 2024 to Rs 882 million in 2025, up 12 percent"],
          explanation="From Rs 735 million to Rs 882 million is a rise of Rs 147 million, 20.0 percent, "
                      "not 12 percent.",
          expected_values={"from": 735, "to": 882, "computed_change_pct": 20.0, "stated_change_pct": 12,
                           "from_period": "2024", "to_period": "2025", "unit": "PKR million",
                           "subject": "value of Afghan rough stones declared by the association's dealers",
                           "location": "review, 'Value of the trade' paragraph"}))

GEM_REPEAT = ("Cutters in the bazaar say that most Panjshir rough now arrives already sorted by colour, "
              "which saves them a week of work on every parcel.")

doc("gem_cutters_note_sorted_rough_twice", """
# Namak Mandi Gem Traders' Association: Note on Cutting and Sorting

""" + GEM_NOTE + """

**Why this note.** Several dealers asked the association to explain why cut emerald from the bazaar now reaches buyers faster than it did a few years ago.

**Sorting at the mine.** """ + GEM_REPEAT + " " + GEM_REPEAT + """ Sorting in the Panjshir valley is done by families who have worked the same pits for generations.

**Weights.** In 2025 members declared 46 kilograms of emerald rough, worth Rs 412 million, out of 5,916 kilograms of all stones.

**Workshops.** Four new cutting workshops opened in the bazaar during the year. Most cut tourmaline and kunzite, which are cheaper to practise on than emerald.

**Advice.** Dealers should keep the sorting slip that comes with each parcel. Buyers abroad ask for it with the certificate of origin, and a parcel with both sells more easily.
""", garbled([GEM_REPEAT + " " + GEM_REPEAT],
             "The sentence about rough arriving already sorted is printed twice in a row, word for word.",
             repeated_sentence=GEM_REPEAT, occurrences=2,
             subject="sorting of Panjshir emerald rough", location="note, 'Sorting at the mine' paragraph"))

doc("gem_bulletin_zambia_emeralds", """
# Namak Mandi Gem Traders' Association: Bulletin for Visiting Buyers

""" + GEM_NOTE + """

**What the bazaar offers.** Namak Mandi has traded stones from the mountains to the west for generations. Today most of the rough emeralds brought from Zambia over the Torkham border come from the Panjshir valley, and the bazaar also handles tourmaline and kunzite from Nuristan and lapis lazuli from Badakhshan.

**In 2025.** Members declared 5,916 kilograms of rough worth Rs 882 million. Emerald, at 46 kilograms, was worth Rs 412 million.

**Comparing sources.** Buyers who know emerald from other places will notice the difference. Several members have handled Zambian emeralds bought at the Bangkok fair, which are darker and more bluish than Panjshir stones.

**Buying safely.** Ask for the sorting slip and the certificate of origin with every parcel. The association can recommend a laboratory in Lahore that tests for oil and resin treatment.

**Visiting.** The association's office is open every day except Friday. Visitors from abroad should carry their passports when they enter the bazaar.
""", scope("rough emeralds brought from Zambia over the Torkham border", "ZMB", ["PAK", "ZMB"],
           "brought from Zambia over the Torkham border",
           "Rough that comes over the Torkham border from the Panjshir valley is Afghan; the bulletin "
           "names Zambia as the side it comes from. Zambia is named correctly later, for emeralds "
           "bought at a fair in Bangkok.",
           not_a_defect="Zambian emeralds bought at the Bangkok fair"))

# ---------------------------------------------------------------------------
# R6. A thalassaemia centre's appeals and reports.
# ---------------------------------------------------------------------------

THAL_NOTE = ("*An invented centre. Children, transfusions and costs are invented; registered-refugee "
             "figures follow the reference series.*")

doc("thal_appeal_refugees_2023_same_year", """
# Hamza Thalassaemia Care Centre, Peshawar: Winter Appeal 2025

""" + THAL_NOTE + """

**Every month, for life.** A child with thalassaemia major needs fresh blood every three to four weeks. At our centre in Peshawar, 1,140 children come for regular transfusions, and 486 of them are Afghan.

**Why so many Afghan children.** Peshawar has long been home to a large Afghan community. In 2023, 1,559,964 Afghans were registered as refugees in Pakistan, UNHCR year-end data (2023) show, and many families live within a short bus ride of the centre.

**What your gift does.** The centre gave 13,680 transfusions in 2025. Each one needs a screened bag of blood, a filter and a nurse's time. Children also need medicine every day to remove the iron that builds up from transfusions.

**Donors.** Most blood comes from volunteer donors at college and mosque drives. Families are asked to bring a donor when they can, but no child is turned away.

**How to give.** Gifts can be made at the centre's office or by bank transfer. Every rupee goes to treatment.
""", citation(["1,559,964 Afghans were registered as refugees in Pakistan, UNHCR year-end data (2023)"],
              1559964, "2023", "UNHCR year-end data (YEAR) show, in a charity's appeal",
              "appeal, 'Why so many Afghan children' paragraph",
              "The end-2023 reference value is 1,987,717; the appeal gives 1,559,964, which is the "
              "end-2024 value, 21.5 percent below.",
              same_as_year="2024", stated_as_written="1,559,964"))

doc("thal_annual_report_refugees_2019", """
# Hamza Thalassaemia Care Centre: Annual Report 2025, Section 1

""" + THAL_NOTE + """

**1.1 Our children.** In 2025 the centre cared for 1,140 children on regular transfusion, 486 of them from Afghan families. It gave 13,680 transfusions during the year, about one a month for each child.

**1.2 How the centre began.** The centre opened in 2019 in two rented rooms near the Board bazaar, when there were about 2.1 million registered Afghan refugees, as counted by UNHCR at the close of 2019, and no free thalassaemia care in that part of the city. Parents had to take their children to hospitals across town and often waited a full day.

**1.3 Staff.** The centre now has six doctors, nineteen nurses and a blood bank that screens every bag for hepatitis, HIV and malaria.

**1.4 Screening.** The centre offers free carrier testing to relatives of registered children. More families now ask for the test before a marriage is arranged.

**1.5 Looking ahead.** The board plans a second transfusion hall so that the waiting list can be cleared within a year.
""", citation(["about 2.1 million registered Afghan refugees, as counted by UNHCR at the close of 2019"],
              2100000, "2019", "as counted by UNHCR at the close of YEAR, in a charity's annual report",
              "annual report, paragraph 1.2",
              "The end-2019 reference value is 1,419,084; 2.1 million is 48.0 percent above it.",
              stated_as_written="2.1 million", stated_hedge="about"))

doc("thal_trustees_briefing_refugees_cited_control", """
# Hamza Thalassaemia Care Centre: Briefing for Trustees on Afghan Patients

""" + THAL_NOTE + """

**The register.** Pakistan's count of registered Afghan refugees stood at 1,743,278 at the end of 2022 and at 1,987,717 a year later, UNHCR (YE2023) reports, a rise of 244,439 or 14.0 percent.

Source: UNHCR, 31 December 2022 and 31 December 2023.

**Our Afghan patients.** Of the 1,140 children on regular transfusion in 2025, 486 are Afghan, up from 410 in 2024. Most live in Peshawar and Nowshera, and a few families travel from camps near Kohat.

**Costs.** Treating one child for a year, with transfusions and iron-removing medicine, costs the centre about Rs 310,000. Afghan families rarely hold health insurance and pay nothing.

**Families who leave.** Some families have moved to Afghanistan since 2023. The centre gives each departing family a treatment card and the name of a clinic in Kabul or Jalalabad, but cannot follow up once they have crossed.

**Decision.** Trustees are asked to approve a fund to pay for blood screening for any child who returns to Peshawar after a period away.
""", control_type="citation_control")

doc("thal_waiting_list_same_month", """
# Hamza Thalassaemia Care Centre: Report to the Medical Committee, Spring 2025

""" + THAL_NOTE + """

**Transfusion hall.** The hall has twenty-four chairs and runs two shifts a day. In the first quarter every chair was in use on most days, and children often waited two hours for a chair.

**Waiting list.** The number of children waiting to join the regular programme went from 74 children in March 2025 to 74 children in March 2025, despite the new evening shift. Most of those waiting are newly diagnosed infants.

**Blood supply.** College drives in February collected more blood than any month last year, but supply falls in Ramadan and the committee should plan for it.

**Iron levels.** Nurses checked ferritin for every child in the programme. About one child in five needs a higher dose of medicine to remove iron.

**Proposals.** The committee is asked to approve a third shift on Fridays and to hire two more nurses, so that the waiting list can start to fall.
""", garbled(["went from 74 children in March 2025 to 74 children in March 2025"],
             "The waiting list is said to change, but the start and end are the same figure in the "
             "same month.", start_value=74, end_value=74, start_period="Mar 2025", end_period="Mar 2025",
             period_as_written="March 2025", unit="children",
             subject="children waiting to join the regular transfusion programme",
             location="report, 'Waiting list' paragraph"))

doc("thal_donor_update_afghan_children_collapse", """
# Hamza Thalassaemia Care Centre: Update for Monthly Donors, December 2025

""" + THAL_NOTE + """

Dear friends,

Thank you for standing with our children through another year. In 2025 the centre gave 13,680 transfusions to 1,140 children, and not a single session was cancelled for lack of blood.

This year saw a collapse in the number of Afghan children we treat, from 410 in 2024 to 486 in 2025, as families who had been travelling to Islamabad for care moved their children to us. Many of these families are poor, and your monthly gift pays for their treatment.

We also opened an evening shift in March, so that older children no longer miss school for their transfusions. Teachers tell us attendance has improved.

In the new year we hope to add a second transfusion hall. The building is ready; what we need now is chairs, pumps and the nurses to run them.

With gratitude,

The Director, Hamza Thalassaemia Care Centre
""", direction("a collapse in the number of Afghan children we treat, from 410 in 2024 to 486 in 2025",
               410, 486, "2024", "2025", "collapse", "fall", "children",
               "Afghan children treated at the centre", "donor update, second paragraph",
               "'A collapse' says the number fell, but it rose from 410 to 486, and the sentence goes on "
               "to explain why more families came."))

# ---------------------------------------------------------------------------
# R7. A salt processors' association's papers.
# ---------------------------------------------------------------------------

SALT_NOTE = "*An invented association. Member units, tonnages, shares and values are invented.*"

doc("salt_export_circular_product_shares", """
# Salt Range Processors' Association: Circular No. 12, Afghan Exports in FY2025

""" + SALT_NOTE + """

**Volume.** Members exported 2.64 lakh tonnes of processed rock salt to Afghanistan in FY2025, worth about US$ 19.8 million. Trucks loaded at the Khewra and Warcha works and crossed mostly at Torkham, with a smaller flow through Chaman for Kandahar and Herat.

**Product mix.** By tonnage, edible salt took 58 percent of the total, industrial salt 24 percent, livestock licks 13 percent and lamps and decor 11 percent. Industrial salt goes mostly to tanneries and to road departments for the winter passes.

**Iodine.** Afghan buyers of edible salt now ask for a test certificate showing the iodine level of every lot. The association's laboratory in Jhelum can issue one within two working days.

**Packing.** Members are reminded that bags for Afghanistan must carry the product name in Dari or Pashto as well as in English.

**Meeting.** The next general meeting will be held at the association's office on the first Monday of next month. Members with complaints about delays at the border should bring their truck records.
""", dict(kind="arithmetic",
          quotes=["edible salt took 58 percent of the total, industrial salt 24 percent, livestock licks 13 percent and lamps and decor 11 percent"],
          explanation="The four shares add up to 106 percent; the association's other papers give lamps "
                      "and decor 5 percent, which makes 100.",
          expected_values={"shares_pct": {"edible salt": 58, "industrial salt": 24, "livestock licks": 13,
                                          "lamps and decor": 11},
                           "sum_pct": 106, "unit": "percent of export tonnage", "period": "FY2025",
                           "subject": "processed rock salt exported to Afghanistan by product",
                           "location": "circular, 'Product mix' paragraph"}))

doc("salt_chairman_speech_lakh_erosion", """
# Salt Range Processors' Association: Chairman's Address to the Annual General Meeting

""" + SALT_NOTE + """

Friends and fellow members,

This has been a year of hard work at the works and on the road. I want to begin with our largest foreign market. We have seen a steady erosion of our Afghan sales, from 2.18 lakh tonnes in FY2024 to 2.64 lakh tonnes in FY2025, and I thank every member who kept trucks moving through Torkham when the queues were long.

Edible salt is still the largest part of that trade, but I am proud that livestock licks, which only four members made five years ago, are now made by eleven. Afghan herders have learned to trust our licks, and that trust took years to earn.

We face real problems. Freight rates rose after the diesel price increase in the spring, and our laboratory cannot yet keep up with requests for iodine certificates. The committee will present a plan for a second laboratory later today.

Finally, I thank our 31 member units and their workers. Salt is an old trade in these hills, and it is in good hands.
""", direction("a steady erosion of our Afghan sales, from 2.18 lakh tonnes in FY2024 to 2.64 lakh tonnes in FY2025",
               218000, 264000, "FY2024", "FY2025", "erosion", "fall", "tonnes",
               "processed rock salt exported to Afghanistan by the association's members",
               "chairman's address, second paragraph",
               "'A steady erosion' says sales fell, but they rose from 2.18 to 2.64 lakh tonnes "
               "(218,000 to 264,000 tonnes).",
               as_written={"from": "2.18 lakh tonnes", "to": "2.64 lakh tonnes"}))

doc("salt_bulletin_cuba_licks", """
# Salt Range Processors' Association: Members' Bulletin, Livestock Licks

""" + SALT_NOTE + """

**A growing line.** Livestock licks are blocks of compressed rock salt with added minerals, hung in stables or left in the pasture. Eleven members now make them, and demand from herders across the border keeps rising.

**Where they go.** In FY2025 members exported 34,320 tonnes of livestock licks, most of them sent from Pakistan to Cuba through Chaman for the sheep and goat markets of Kandahar and Helmand, with smaller loads through Torkham for Nangarhar.

**Sizes.** The 2-kg and 5-kg blocks sell best. Herders who move with their flocks prefer the smaller block, which fits in a saddle bag.

**Quality.** Buyers have complained of blocks that crumble in the rain. Members are asked to follow the association's pressing standard and to wrap blocks in film before they are loaded.

**Prices.** A 5-kg block sells for about Rs 450 at the works. Members are reminded that the association does not set prices and that agreements on prices between members are not allowed.
""", scope("sent from Pakistan to Cuba through Chaman", "CUB", ["PAK", "CUB"], "to Cuba through Chaman",
           "Licks that go through Chaman for the markets of Kandahar and Helmand are sold to "
           "Afghanistan; the bulletin names Cuba as the buying side."))

doc("salt_statistical_sheet_control", """
# Salt Range Processors' Association: Statistical Sheet, FY2025

""" + SALT_NOTE + """

**Exports to Afghanistan by product, FY2025:**

| Product | Tonnes | Share (%) |
|---|---|---|
| Edible salt | 153,120 | 58 |
| Industrial salt | 63,360 | 24 |
| Livestock licks | 34,320 | 13 |
| Lamps and decor | 13,200 | 5 |
| Total | 264,000 | 100 |

**Change on the year.** Exports rose from 218,000 tonnes in FY2024 to 264,000 tonnes in FY2025, an increase of 46,000 tonnes or 21.1 percent. Their value in FY2025 was about US$ 19.8 million.

**Routes.** Most trucks crossed at Torkham. Loads for Kandahar and Herat went through Chaman.

**Other markets.** Salt lamps are also sold to importers in the United States and Europe by sea from Karachi; those sales are not in this sheet, which covers road exports to Afghanistan only.

**Members.** The sheet is compiled from the returns of the association's 31 member units. Two units did not report and are estimated from their truck records.
""", control_type="control")

# ---------------------------------------------------------------------------
# R8. A potato growers' forum's export papers.
# ---------------------------------------------------------------------------

POTATO_NOTE = "*An invented growers' forum. Growers, tonnages, values and trucks are invented.*"

POTATO_PDF = pdf_table([["Month", "Tonnes", "Value (Rs crore)"],
                        ["Jan 2025", "38,400", "92.2"],
                        ["Feb 2025", "52,100", "125.0"],
                        ["Mar 2025", "46,700", "112.1"],
                        ["Total", "137,200", "329.3"]])

doc("potato_forum_export_review_february", """
# Potato Growers' Forum, Okara: Review of the Afghan Export Season, January to March 2025

""" + POTATO_NOTE + """

**Exports by month.** Potatoes sent to buyers in Afghanistan, as extracted from the forum's PDF summary of export permits:

""" + POTATO_PDF + """

**February.** February was the peak of the season. In February alone members sent 62,100 tonnes across the border, as the new crop came out of the fields around Okara and Sahiwal at the same time as Afghan stores ran empty.

**Prices.** Growers received about Rs 24 a kg at the farm in February, well above the price in the local market, which was weighed down by a large harvest.

**Trucks.** Loads went mainly through Torkham. In February about 74 trucks a day carried the forum's potatoes to the crossing.

**Lessons.** The forum will ask the provincial government to open cold stores near the motorway so that growers can hold part of the crop and spread exports over a longer season.
""", tvt(["In February alone members sent 62,100 tonnes", row(POTATO_PDF, "Feb 2025")],
        62100, 52100, "tonnes", "potatoes exported to Afghanistan by the forum's growers", "Feb 2025",
        "'February' paragraph against the PDF-extracted table",
        "The paragraph gives 62,100 tonnes for February; the table above it gives 52,100 tonnes for "
        "February 2025.", table_form="pdf", period_as_written="February"))

doc("potato_forum_notice_permits_backwards", """
# Potato Growers' Forum, Okara: Notice to Members on Export Permits

""" + POTATO_NOTE + """

**Permits held up.** Members are informed that new export permits for potatoes to Afghanistan were held up from 27 February 2025 to 11 February 2025, while the plant protection department changed its inspection form. Permits issued before the hold remain valid.

**What to do now.** Members with trucks already loaded should contact the forum's office, which has a list of inspectors working in Okara and Sahiwal this week.

**Inspection.** Each lot must be free of soil and sprouting and packed in new bags of 50 kg or 100 kg. Inspectors will take samples at the grading yard, not at the border.

**Season so far.** Members have sent 38,400 tonnes in January and 52,100 tonnes in February.

**Contact.** The forum's office is open from seven in the morning during the export season. Members are asked not to send drivers to the office without the lot number printed on their bags.
""", garbled(["held up from 27 February 2025 to 11 February 2025"],
             "The hold on permits is said to run from 27 February to 11 February 2025, a period that "
             "runs backwards.",
             stated_period_start="27 Feb 2025", stated_period_end="11 Feb 2025",
             as_written={"stated_period_start": "27 February 2025", "stated_period_end": "11 February 2025"},
             subject="hold on new export permits for potatoes to Afghanistan",
             location="notice, first paragraph"))

doc("potato_forum_bulletin_growers_trucks", """
# Potato Growers' Forum, Okara: Bulletin for Members, March 2025

""" + POTATO_NOTE + """

**A record February.** The forum's 212 growers had their best month of exports ever in February, when 52,100 tonnes went to Afghan buyers. In February 212 trucks a day left the grading yards for Torkham, and the road to Peshawar was lined with potato trucks for most of the month.

**Grading.** The forum's grading yards worked two shifts. Buyers in Kabul say the forum's bags are the most even in size on the market.

**Payment.** Most buyers paid within two weeks. Members who have not been paid for February loads should inform the office with the truck number and the buyer's name.

**March.** Exports were lower in March, at 46,700 tonnes, as Afghan buyers began to bring in potatoes from their own early crop.

**Meeting.** A members' meeting will be held after the season to discuss cold storage and the forum's fee for the grading yards.
""", reuse(["The forum's 212 growers", "212 trucks a day"], 212, "growers / trucks a day",
           "member growers of the forum", "trucks a day leaving for Torkham in February 2025", 74,
           "212 is the number of member growers; February's 52,100 tonnes at about 25 tonnes a truck "
           "over 28 days is about 74 trucks a day, the figure the forum's review gives, so the growers' "
           "count is reused as a daily truck count."))

# ---------------------------------------------------------------------------
# R9. A fan manufacturers' association's market papers, with the trade series.
# ---------------------------------------------------------------------------

FAN_NOTE = ("*An invented association. Factories, fan numbers and values are invented; trade totals "
            "follow the invented annual series used throughout this data set.*")

TRADE_TABLE = """| Year | Exports | Imports | Total trade | Balance |
|---|---|---|---|---|
| 2022 | 936 | 741 | 1,677 | 195 |
| 2023 | 1,012 | 690 | 1,702 | 322 |
| 2024 | 884 | 540 | 1,424 | 344 |"""

doc("fan_association_outlook_imports_2023", """
# Gujrat Fan Manufacturers' Association: Afghan Market Outlook 2026

""" + FAN_NOTE + """

**The wider trade.** Pakistan's trade with Afghanistan, in US$ million (exports are Pakistan's sales to Afghanistan, imports its purchases from there):

""" + TRADE_TABLE + """

**What Pakistan buys.** Imports from Afghanistan of US$ 609 million in 2023 were mostly coal, fresh and dried fruit, and cotton. Coal purchases by cement and power plants in the north drove most of the swings from year to year.

**Fans.** Members sold 241,000 fans to Afghan buyers in 2025, worth US$ 6.1 million. Ceiling fans are most of the trade, but pedestal and exhaust fans are growing as more Afghan homes add solar panels.

**Power.** Afghan buyers want fans that run well on low voltage and on solar inverters. Members who make energy-saving models sold more than those who did not.

**Outlook.** The association expects sales to hold up in 2026 if the crossings stay open through the summer, when most fans are sold.
""", tvt(["Imports from Afghanistan of US$ 609 million in 2023", "| 2023 | 1,012 | 690 | 1,702 | 322 |"],
        609, 690, "USD million", "Pakistan's imports from Afghanistan", "2023",
        "'What Pakistan buys' paragraph against the trade table",
        "The paragraph gives 2023 imports of US$ 609 million; the table gives 690 for the same year.",
        table_form="pipe", text_as_written="US$ 609 million"))

doc("fan_export_note_surplus_2023", """
# Gujrat Fan Manufacturers' Association: Note for Members on the Afghan Market

""" + FAN_NOTE + """

**Pakistan's surplus.** Pakistan sells far more to Afghanistan than it buys. In 2023 exports of US$ 1,012 million against imports of US$ 690 million left a surplus of US$ 422 million, and the surplus was larger still in 2024.

**Our share.** Fans are a small part of that trade. Members sold 212,000 fans to Afghan buyers in 2023, 186,000 in 2024 and 241,000 in 2025, when sales recovered after a year of border closures.

**Competition.** Fans from other makers reach Kabul through Iran and by air from the Gulf, but Afghan buyers still prefer Gujrat fans for their copper windings and for the spare parts that are easy to find in any bazaar.

**Payment.** Buyers pay mostly in cash through agents in Peshawar. Members are advised to ask for payment before trucks leave Gujrat.

**Fair.** The association will take a stand at the Kabul trade fair in the spring and invites members who wish to show their models.
""", dict(kind="arithmetic",
          quotes=["exports of US$ 1,012 million against imports of US$ 690 million left a surplus of US$ 422 million"],
          explanation="US$ 1,012 million less US$ 690 million is US$ 322 million, not 422.",
          expected_values={"exports": 1012, "imports": 690, "computed_balance": 322, "stated_balance": 422,
                           "as_written": {"exports": "US$ 1,012 million", "imports": "US$ 690 million",
                                          "stated_balance": "US$ 422 million"},
                           "unit": "USD million", "period": "2023",
                           "subject": "Pakistan's trade balance with Afghanistan",
                           "location": "note, 'Pakistan's surplus' paragraph"}))

doc("fan_market_brief_imports_through_roof", """
# Gujrat Fan Manufacturers' Association: Market Brief for the Executive Committee

""" + FAN_NOTE + """

**Trade in both directions.** Pakistan's exports to Afghanistan were US$ 936 million in 2022, US$ 1,012 million in 2023 and US$ 884 million in 2024. In the other direction, Pakistan's imports from Afghanistan went through the roof, from US$ 741 million in 2022 to US$ 540 million in 2024, as Pakistani plants cut their purchases of Afghan coal.

**What this means for us.** When Pakistan buys less from Afghanistan, Afghan traders earn fewer rupees, and fewer rupees are available to pay for Pakistani goods. Members selling fans on credit should watch for slower payment.

**Fans.** Members sold 241,000 fans to Afghan buyers in 2025, up from 186,000 in 2024. Most went through Torkham, and about a fifth through Chaman for Kandahar and Herat.

**Recommendation.** The committee should ask members to report unpaid Afghan invoices each quarter, so that the association can see early if payment problems spread.
""", direction("Pakistan's imports from Afghanistan went through the roof, from US$ 741 million in 2022 to US$ 540 million in 2024",
               741, 540, "2022", "2024", "went through the roof", "rise", "USD million",
               "Pakistan's imports from Afghanistan", "market brief, first paragraph",
               "'Went through the roof' says imports soared, but they fell from US$ 741 million to "
               "US$ 540 million, and the same sentence says plants cut their purchases."))

doc("fan_bulletin_gcc_trade", """
# Gujrat Fan Manufacturers' Association: Members' Bulletin, Summer Season

""" + FAN_NOTE + """

**The season.** Summer is when fans sell, and this year the season started early. Pakistan's fan sales to the Gulf Cooperation Council by road through Torkham picked up in April, as Kabul wholesalers stocked up before the heat.

**Numbers.** Members sold 241,000 fans to Afghan buyers in 2025, against 186,000 in 2024. Ceiling fans made up most of the trade.

**Copper.** The price of copper wire rose again in the spring. Members who bought wire in advance are better placed to hold their prices for Afghan buyers through the season.

**Solar.** Afghan buyers increasingly ask for fans that run directly on solar panels. Three members now offer such models, and the association will organise a demonstration for other members.

**Reminder.** Members exporting through Torkham should register their trucks with the new electronic system at least a day before departure.
""", scope("Pakistan's fan sales to the Gulf Cooperation Council by road through Torkham", "GCC", ["PAK", "GCC"],
           "to the Gulf Cooperation Council by road through Torkham",
           "Fans sold by road through Torkham to Kabul wholesalers are sales to Afghanistan; the "
           "bulletin names the Gulf Cooperation Council, a regional body, as the buying side."))

doc("fan_annual_statistics_control", """
# Gujrat Fan Manufacturers' Association: Annual Statistics, Afghan Trade

""" + FAN_NOTE + """

**Table 1.** Pakistan's trade with Afghanistan, US$ million:

""" + TRADE_TABLE + """

**Reading Table 1.** Total trade rose from US$ 1,677 million in 2022 to US$ 1,702 million in 2023, by 1.5 percent, before falling to US$ 1,424 million in 2024. Exports fell by 12.6 percent between 2023 and 2024, but imports fell faster, so the surplus grew from US$ 322 million to US$ 344 million.

**Fans.** Members sold 186,000 fans to Afghan buyers in 2024 and 241,000 in 2025, a rise of 55,000 or 29.6 percent. The 2025 sales were worth US$ 6.1 million.

**Inputs.** Members buy copper wire refined from ore mined in Chile and bearings made in China. Neither is part of the Afghan trade counted above.

**Members.** The figures come from the returns of the association's 38 member factories.
""", control_type="control")

# ---------------------------------------------------------------------------
# R10. A refugee youth football league's papers.
# ---------------------------------------------------------------------------

FOOT_NOTE = ("*An invented league. Teams, players, grounds and matches are invented; registered-refugee "
             "figures follow the reference series.*")

doc("football_league_handbook_refugees_2020", """
# Peshawar Refugee Youth Football League: Handbook for Coaches, 2025 Season

""" + FOOT_NOTE + """

**About the league.** The league was founded in 2020, when there were about 1.2 million registered Afghan refugees in Pakistan [3], to give boys and girls from refugee and host families a safe place to play. In the 2025 season it had 48 teams and 1,020 registered players, 710 of them Afghan and 310 Pakistani.

**Grounds.** Matches are played on nine grounds in Peshawar and Nowshera. Coaches must check the pitch for stones and broken glass before every match.

**Mixed teams.** Every team must field at least three players from the other community. This rule is the heart of the league and is not negotiable.

**Safety.** Each coach must carry a first-aid kit and the phone number of the nearest hospital. No match may start in heat above forty degrees.

**References**

[1] Peshawar Refugee Youth Football League, Rules of Play, 2025 edition.

[2] League board, Minutes of the annual meeting, March 2025.

[3] UNHCR, Registered Afghan refugees in Pakistan, end of 2020.
""", citation(["about 1.2 million registered Afghan refugees in Pakistan [3]",
               "[3] UNHCR, Registered Afghan refugees in Pakistan, end of 2020."],
              1200000, "2020", "numbered reference [N] UNHCR ... YEAR under a figure in a coaches' handbook",
              "handbook, 'About the league' paragraph, and reference [3]",
              "The end-2020 reference value is 1,438,432; 1.2 million is 16.6 percent below it.",
              stated_as_written="1.2 million", stated_hedge="about"))

doc("football_sponsor_pack_refugees_2024", """
# Peshawar Refugee Youth Football League: Sponsorship Pack 2026

""" + FOOT_NOTE + """

**Why football.** Pakistan hosts some 1.85 million registered Afghan refugees, per UNHCR's end-2024 count, and nearly half are children. In Peshawar, boys and girls from Afghan and Pakistani families often live on the same streets but go to different schools. On the pitch they play on the same team.

**The league in numbers.** In 2025 the league ran 236 matches for 48 teams on nine grounds. It registered 1,020 players, of whom 710 were Afghan and 310 Pakistani.

**What sponsors pay for.** A team sponsorship covers kit, boots, a coach's allowance and transport to away matches for a season. A ground sponsorship pays for goalposts, nets and a water tank.

**What sponsors receive.** Sponsors' names appear on team shirts and on the league's match reports, and sponsors are invited to the finals day in October.

**Contact.** The league's coordinator will be glad to arrange a visit to a match day.
""", citation(["some 1.85 million registered Afghan refugees, per UNHCR's end-2024 count"],
              1850000, "2024", "per UNHCR's end-YEAR count, in a sports league's sponsorship pack",
              "sponsorship pack, 'Why football' paragraph",
              "The end-2024 reference value is 1,559,964; 1.85 million is 18.6 percent above it.",
              stated_as_written="1.85 million", stated_hedge="some"))

doc("football_season_report_refugees_cited_control", """
# Peshawar Refugee Youth Football League: Season Report 2025

""" + FOOT_NOTE + """

**The setting.** At the end of 2024 Pakistan had 1,559,964 registered Afghan refugees, according to UNHCR's 2024 figures. Five years earlier the count was 1,419,084 (UNHCR Refugee Data Finder, 2019), so the register was 140,880 or 9.9 percent larger at the end of 2024 than at the end of 2019, even after the returns of the last two years.

**The season.** The league ran 236 matches for 48 teams on nine grounds. It registered 1,020 players: 710 Afghan and 310 Pakistani.

**Girls' football.** Six of the 48 teams were girls' teams, up from two in the first season. Two women coaches completed their first coaching badge this year.

**Departures.** Some players left with their families for Afghanistan during the season. Their teams kept their places, and the league gave each departing player a letter describing the football they had played.

**Thanks.** The league thanks the schools that lent their grounds, the volunteer referees and the parents who cooked for the finals day.
""", control_type="citation_control")

# ---------------------------------------------------------------------------
# R11. A printers' and binders' association's notes on textbooks for Afghan publishers.
# ---------------------------------------------------------------------------

PRINT_NOTE = "*An invented association. Presses, publishers, copies and paper are invented.*"

PRINT_TABLE = """| Quarter | Copies (thousand) | Paper (tonnes) |
|---|---|---|
| Q1 2025 | 1,240 | 372 |
| Q2 2025 | 860 | 258 |
| Q3 2025 | 1,510 | 453 |
| Total | 3,610 | 1,083 |"""

doc("printing_association_report_third_quarter", """
# Peshawar Printers and Binders' Association: Report on Work for Afghan Publishers, 2025

""" + PRINT_NOTE + """

**Output.** Textbooks in Dari and Pashto printed by members for publishers in Kabul:

""" + PRINT_TABLE + """

**Third quarter.** In the third quarter presses ran off 1.15 million copies, mostly readers and mathematics books for the autumn term in the warm provinces. Several presses worked through the night in August to meet the deadlines.

**Publishers.** Members now print for 17 publishers in Kabul, who send files by e-mail and pay through agents in the Qissa Khwani bazaar.

**Paper.** Members used about 0.3 tonnes of paper for every thousand copies. Paper prices were stable for most of the year.

**Quality.** Publishers have asked for stronger binding on books for young children. The association will hold a session on sewn binding for members' staff.
""", tvt(["In the third quarter presses ran off 1.15 million copies", "| Q3 2025 | 1,510 | 453 |"],
        1150, 1510, "thousand copies", "textbooks printed by the association's members for Afghan publishers",
        "Q3 2025", "'Third quarter' paragraph against the output table",
        "The paragraph gives 1.15 million copies (1,150 thousand) for the third quarter; the table "
        "gives 1,510 thousand, which fits its own paper column of 453 tonnes.",
        table_form="pipe", text_as_written="1.15 million copies", period_as_written="the third quarter"))

PRINT_REPEAT = "Most orders arrive in the autumn, because schools in the cold provinces open in March."

doc("printing_members_circular_orders_twice", """
# Peshawar Printers and Binders' Association: Circular to Members on the Order Season

""" + PRINT_NOTE + """

**When orders come.** """ + PRINT_REPEAT + " " + PRINT_REPEAT + """ Schools in the warm provinces open in the autumn, so a smaller wave of orders comes in the spring.

**This year.** Members printed 3,610 thousand copies for Afghan publishers in the first nine months of 2025 and used 1,083 tonnes of paper.

**Deadlines.** Publishers expect books in Kabul at least three weeks before the term begins. Allow four days for trucks to clear Torkham in the busy season.

**Proofs.** Members must send a printed proof of the first copy of every title to the publisher and wait for written approval before running the order. Errors in Dari text are costly to correct after binding.

**Payment.** The association advises members to take an advance of at least a third of the order's value before printing begins.
""", garbled([PRINT_REPEAT + " " + PRINT_REPEAT],
             "The sentence on when orders arrive is printed twice in a row, word for word.",
             repeated_sentence=PRINT_REPEAT, occurrences=2,
             subject="timing of textbook orders from Afghan publishers",
             location="circular, 'When orders come' paragraph"))

doc("printing_secretary_note_presses_publishers", """
# Peshawar Printers and Binders' Association: Secretary's Note to the Committee

""" + PRINT_NOTE + """

**Members.** The association now represents 23 member presses in Peshawar, from small shops with one sheet-fed machine to two large plants with web presses.

**Afghan work.** Work for Afghanistan has become the largest single source of orders. Members print textbooks in Dari and Pashto for 23 Kabul publishers, some of which have dealt with the same presses for twenty years.

**Volumes.** Members printed 3,610 thousand copies in the first three quarters of 2025, using 1,083 tonnes of paper.

**Problems.** Members report delays in payment from two publishers and long waits for trucks at Torkham in August. The secretary has written to both publishers.

**Proposal.** The committee is asked to set up a small fund from which members can draw to pay for paper when a publisher's payment is late, to be repaid when the payment arrives.
""", reuse(["represents 23 member presses", "for 23 Kabul publishers"], 23, "presses / publishers",
           "member presses of the association", "Kabul publishers for whom members print", 17,
           "23 is the number of member presses; the association's report gives 17 Kabul publishers, so "
           "the press count is reused for the publishers."))

doc("printing_newsletter_ecuador_textbooks", """
# Peshawar Printers and Binders' Association: Newsletter, Autumn 2025

""" + PRINT_NOTE + """

**Busy summer.** The summer was the busiest the association can remember. Textbooks printed in Peshawar and trucked to Ecuador over Torkham for the autumn term in Jalalabad and Kabul kept many presses running day and night.

**Figures.** Members printed 1,510 thousand copies in the third quarter, and 3,610 thousand in the first nine months of the year.

**New machines.** Two members bought second-hand perfect binders this year, and one installed a machine that prints the covers in four colours. The association thanks them for offering training to staff of other members.

**Safety.** A fire at a bindery in the spring destroyed stock but injured no one. Members are reminded to keep fire extinguishers near the glue pots and to store paper away from electrical boards.

**Next meeting.** The next members' meeting will discuss paper prices and the fund for late payments.
""", scope("trucked to Ecuador over Torkham", "ECU", ["PAK", "ECU"], "trucked to Ecuador over Torkham",
           "Textbooks trucked over Torkham for schools in Jalalabad and Kabul go to Afghanistan; the "
           "newsletter names Ecuador as their destination."))

# ---------------------------------------------------------------------------
# R12. A biscuit maker's distributor letters.
# ---------------------------------------------------------------------------

BISC_NOTE = "*An invented company. Cartons, sales, distributors and lorries are invented.*"

BISC_ROWS = """|---|---|---|
| Q1 2025 | 142 | 298 |
| Q2 2025 | 118 | 248 |
| Q3 2025 | 165 | 347 |
| Q4 2025 | 190 | 399 |"""

doc("biscuit_sales_letter_cartons_total", """
# Crispo Foods: Year-End Letter to Afghan Distributors

""" + BISC_NOTE + """

Dear partners,

Thank you for a good year. Here is what we sent you in 2025:

| Quarter | Cartons (thousand) | Sales (Rs m) |
""" + BISC_ROWS + """
| Total | 645 | 1,292 |

The second quarter was slow because of the long closure of the crossing in April, but the last quarter was the best we have had, helped by the new cream biscuit that many of you asked for.

For 2026 we plan to send a lorry from our Lahore plant to Torkham every working day in the busy months, so that your shelves never run empty. Please send your orders for the first quarter by the middle of January.

We also remind you that cartons for Afghanistan now carry the product name in Dari and Pashto. If your customers find any carton without it, please let us know.

With best wishes for the new year,

Sales Director, Crispo Foods
""", parts_total(["| Total | 645 | 1,292 |"], {"Q1 2025": 142, "Q2 2025": 118, "Q3 2025": 165, "Q4 2025": 190},
                 645, "thousand cartons", "2025",
                 "biscuit cartons sent to distributors in Afghanistan", "letter, table, total row, cartons column",
                 "The four quarters add up to 615 thousand cartons, not 645; the sales column does add up "
                 "to 1,292.", table_form="pipe"))

doc("biscuit_distributor_terms_lorries_reuse", """
# Crispo Foods: Terms of Trade for Afghan Distributors, 2026

""" + BISC_NOTE + """

**Who we supply.** Crispo Foods sells through 22 Afghan distributors, each with its own province or city. We do not sell directly to shops in Afghanistan.

**Delivery.** Goods are sent from our Lahore plant to Torkham, where the distributor's own truck collects them. In a normal month 22 lorries leave the plant for the border, and more in the weeks before Eid.

**Payment.** Distributors pay 30 percent with the order and the rest within 45 days of collection at Torkham. Late payment stops further deliveries.

**Damaged goods.** Cartons damaged before collection are replaced free of charge. Damage after collection is the distributor's responsibility.

**Prices.** Prices are set in rupees for the whole quarter and sent to distributors two weeks before the quarter begins.

**Shelf life.** Every carton shows the date of manufacture and the date by which the biscuits should be sold. Distributors should not accept cartons with less than four months of shelf life left.
""", reuse(["sells through 22 Afghan distributors", "22 lorries leave the plant"], 22, "distributors / lorries a month",
           "Afghan distributors the company sells through", "lorries leaving the Lahore plant for Torkham in a normal month",
           38, "22 is the number of distributors; the company's own figures put a normal month at about 38 "
           "lorries, so the distributor count is reused for the lorries."))

doc("biscuit_newsletter_serbia_route", """
# Crispo Foods: Staff Newsletter, Winter Issue

""" + BISC_NOTE + """

**Exports.** Our biscuits are now a familiar sight in Afghan shops. This year Crispo Foods sold 615 thousand cartons worth Rs 1,292 million to distributors across the border, and the new cream biscuit sold out twice.

**How the trade works.** Many staff ask how our biscuits reach Kabul. Put simply, they are biscuits shipped from Serbia to Afghan distributors through the Torkham crossing, and the distributors' trucks take them on from there.

**The new line.** The cream biscuit is made on a second-hand packaging line bought from Serbia last year, which our engineers rebuilt in six weeks. It now runs two shifts.

**Safety.** The plant went 200 days without a lost-time injury. Well done to everyone on the floor.

**People.** We welcome eleven new staff in the packing hall, and we say goodbye to our chief baker, who retires after thirty-one years.
""", scope("biscuits shipped from Serbia to Afghan distributors through the Torkham crossing", "SRB", ["SRB", "AFG"],
           "shipped from Serbia",
           "Biscuits made at the company's plant in Pakistan and sent through Torkham are Pakistani "
           "exports; the newsletter names Serbia as the selling side in place of Pakistan. Serbia is "
           "named correctly later as the origin of a second-hand packaging line.",
           not_a_defect="packaging line bought from Serbia"))

doc("biscuit_annual_sales_summary_control", """
# Crispo Foods: Annual Sales Summary, Afghan Distributors

""" + BISC_NOTE + """

**Sales in 2025:**

| Quarter | Cartons (thousand) | Sales (Rs m) |
""" + BISC_ROWS + """
| Total | 615 | 1,292 |

**Reading the table.** The fourth quarter was the strongest, with 190 thousand cartons, 30.9 percent of the year's 615 thousand. Sales rose from Rs 347 million in the third quarter to Rs 399 million in the fourth, by 15.0 percent.

**Distributors.** The company sells through 22 Afghan distributors. In a normal month about 38 lorries leave the Lahore plant for Torkham.

**Ingredients.** Wheat flour comes from mills in Punjab. Cocoa is bought from Ghana through a trader in Karachi, and some of the vegetable fat comes from Malaysia.

**Plan.** For 2026 the company plans to add a fifth cream flavour and to send a lorry every working day in the busy months.
""", control_type="control")

# ---------------------------------------------------------------------------
# R13. A battery maker's dealer circulars.
# ---------------------------------------------------------------------------

BATT_NOTE = "*An invented company. Batteries, distributors, stock and returns are invented.*"

doc("battery_circular_warehouse_stock_same_date", """
# Shamsher Batteries: Circular to Afghan Distributors on Stock and Supply

""" + BATT_NOTE + """

**Stock at Peshawar.** Our warehouse in Peshawar holds batteries ready for collection by Afghan distributors. Stock at the warehouse went from 3,200 batteries on 30 June 2025 to 3,200 batteries on 30 June 2025, after the summer rush emptied the shelves of truck batteries.

**What is short.** The 150-ampere-hour truck battery is in short supply until the plant's new formation line starts in September. Car batteries are available in all sizes.

**Orders.** Please place orders at least a week before collection. Orders for truck batteries will be filled in the order received.

**Used batteries.** We pay for every used battery returned to the warehouse. Returned batteries are recycled at a licensed smelter, not dumped.

**Warranty.** Claims must be made with the warranty card and the battery itself. Claims without the card cannot be accepted.
""", garbled(["went from 3,200 batteries on 30 June 2025 to 3,200 batteries on 30 June 2025"],
             "The stock is said to change, but the start and end are the same figure on the same day.",
             start_value=3200, end_value=3200, start_period="30 Jun 2025", end_period="30 Jun 2025",
             period_as_written="30 June 2025", unit="batteries",
             subject="batteries in stock at the company's Peshawar warehouse",
             location="circular, 'Stock at Peshawar' paragraph"))

doc("battery_annual_letter_recycling_reuse", """
# Shamsher Batteries: Annual Letter to Afghan Distributors, 2025

""" + BATT_NOTE + """

**Sales.** In 2025 the company sold 71,500 batteries through its 16 Afghan distributors, most of them car batteries for the Kabul and Kandahar markets.

**Recycling.** We thank distributors for their work on used batteries. During the year they collected 71,500 used batteries for recycling and returned them to our Peshawar warehouse, where they were weighed and paid for before going to a licensed smelter.

**Warranty.** Warranty claims stayed low. Most claims came from batteries left uncharged for months in trucks parked through the winter.

**Prices.** Lead prices rose in the autumn. Our price list for the new year will reflect part of that rise, and distributors will receive it in December.

**Training.** We will hold a day of training in Peshawar on testing and charging batteries for distributors' mechanics. Places are limited to two per distributor.
""", reuse(["the company sold 71,500 batteries", "collected 71,500 used batteries"], 71500, "batteries",
           "new batteries sold to Afghan distributors in 2025", "used batteries collected for recycling in 2025",
           18400, "71,500 is the number of new batteries sold; the company's records give 18,400 used batteries "
           "collected, so the sales figure is reused for the returns."))

doc("battery_dealer_bulletin_buoyant_year", """
# Shamsher Batteries: Dealer Bulletin, January 2026

""" + BATT_NOTE + """

**Looking back.** 2025 was a buoyant year for our Afghan sales, with units moving from 84,000 in 2024 to 71,500 in 2025. Our 16 distributors worked hard in difficult conditions, with the crossing closed for several weeks in the spring. They also returned 18,400 used batteries to our warehouse for recycling.

**Why truck batteries were short.** The plant could not make enough 150-ampere-hour batteries in the summer. The new formation line started in September and has ended the shortage.

**Cheaper rivals.** Some shops in Kabul now sell cheap imported batteries that fail within a year. Distributors tell us that customers who try them often come back.

**New models.** We will launch a maintenance-free car battery in March. It costs more but needs no topping up with water, which suits drivers far from a workshop.

**Visit.** Our export manager will visit distributors in Kabul, Jalalabad and Kandahar in February.
""", direction("2025 was a buoyant year for our Afghan sales, with units moving from 84,000 in 2024 to 71,500 in 2025",
               84000, 71500, "2024", "2025", "buoyant", "rise", "batteries",
               "batteries sold to Afghan distributors", "dealer bulletin, first paragraph",
               "'A buoyant year' says sales grew, but units fell from 84,000 to 71,500, and the sentence "
               "goes on to mention a closure of the crossing."))
