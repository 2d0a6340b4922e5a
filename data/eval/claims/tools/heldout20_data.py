# Twentieth held-out set of synthetic documents ("heldout20").  Written from
# scratch after heldout19/, by a labeller who had not opened dyad's
# implementation or history and had not seen any of its results.
# Every entry: name (topic slug, numbered later by build_heldout20.py), text,
# labels (list of defect dicts), control_type for controls.
# Registers not used before: a ceramic makers' association's papers on the
# Afghan market; a marble and onyx processors' association's papers on Afghan
# marble blocks; a limb-fitting centre's reports and appeals; a veterinary
# charity's herd health project for Kuchi herders; a children's hearing
# clinic's reports; a paper products maker's papers on exercise books for
# Afghan school suppliers; a bicycle maker's dealer papers; a plastic pipe
# makers' association's papers (with the annual trade series); a spice
# merchants' association's papers on Afghan cumin; a mattress maker's dealer
# papers; a crane hire firm's reports from the border terminals; and a
# tanners' association's papers on Afghan hides.
#
# Invented figures shared with earlier sets: annual trade series (README:
# exports 936 / 1,012 / 884 and imports 741 / 690 / 540 for 2022-2024,
# balances 195 / 322 / 344, totals 1,677 / 1,702 / 1,424).
#
# New invented figures, consistent with the above:
#   Gujranwala Ceramic Makers' Association (invented, 29 factories, 17
#     selling to Afghan buyers), exports to Afghanistan, US$ thousand
#     2024 / 2025: floor tiles 2,340 / 2,910, wall tiles 1,120 / 1,260,
#     washbasins 680 / 540, WC sets 860 / 990, total 5,000 / 5,700 (rise
#     700, 14.0 percent; floor tiles 51.1 percent of 2025; washbasins down
#     140 or 20.6 percent); 236 trucks in 2025 (Torkham 178, Chaman 58);
#     38 trucks queued at Torkham on 12 May 2025.
#   Quetta Marble and Onyx Processors' Association (invented, 46 units),
#     Afghan marble blocks through Chaman, tonnes / Rs million, Jan-Jun 2025:
#     4,200 / 96.6, 3,650 / 84.0, 5,100 / 117.3, 4,800 / 110.4, 5,550 /
#     127.7, 4,900 / 112.7, total 28,200 / 648.7; H1 2024 24,000 tonnes
#     (rise 4,200, 17.5 percent); 19 Afghan quarries; 1,128 trucks at 25 t.
#   Hayatabad Limb Centre (invented), 2025: 1,860 limbs fitted, 1,023 to
#     Afghan patients (55.0 percent; 870 in 2024, rise 153 or 17.6
#     percent); 38 technicians; below-knee limb Rs 68,000.
#   Rehbar Animal Care, Kuchi Herd Health Project (invented), 2025, by
#     district, families / animals vaccinated: Pishin 760 / 14,600, Killa
#     Abdullah 640 / 11,900, Quetta 410 / 8,300, Zhob 530 / 10,200, Loralai
#     420 / 8,200, total 2,760 / 53,200; 2024 41,500 animals (rise 11,700,
#     28.2 percent); 9 mobile teams; 410 camels treated.
#   Sada Hearing Clinic, Peshawar (invented), 2025: children screened by
#     district Peshawar 1,480, Nowshera 620, Mardan 540, Swabi 430, Haripur
#     350, total 3,420; 610 fitted with hearing aids (745 in 2024); 6
#     audiologists.
#   Qalam Paper Products (invented), exercise books to 14 Afghan school
#     suppliers, 2025, thousand books / Rs million: Q1 2,150 / 86.0, Q2 1,380
#     / 55.2, Q3 2,640 / 105.6, Q4 1,930 / 77.2, total 8,100 / 324.0; 2024
#     7,200 thousand (rise 900, 12.5 percent); 120,000 books given free to
#     refugee village schools.
#   Falak Cycles, Lahore (invented), bicycles to Afghanistan: 2023 14,800,
#     2024 12,600, 2025 17,900; 27 Afghan dealers; 64 containers in 2025;
#     1,150 bicycles at the Peshawar depot on 31 March 2025.
#   Pakistan Plastic Pipe Makers' Association (invented, 33 factories): PVC
#     pipe exports to Afghanistan US$ 2.8 million in 2024, US$ 3.4 million
#     in 2025 (rise 21.4 percent).
#   Quetta Spice Merchants' Association (invented, 52 traders), Afghan cumin
#     through Chaman, tonnes, black / white / total: Oct 2025 310 / 540 /
#     850, Nov 420 / 660 / 1,080, Dec 270 / 380 / 650, total 1,000 / 1,580 /
#     2,580; Q4 2024 2,150 tonnes (rise 430, 20.0 percent).
#   Neend Mattresses, Faisalabad (invented), to 31 Afghan dealers, 2025,
#     pieces / Rs million: foam 21,400 / 342.4, spring 8,600 / 309.6,
#     orthopaedic 3,100 / 155.0, cot 2,900 / 20.3, total 36,000 / 827.3;
#     2024 41,000 pieces (fall 5,000, 12.2 percent).
#   Frontier Crane Services (invented), container lifts, Torkham / Chaman /
#     total: Jul 2025 2,140 / 1,310 / 3,450, Aug 2,480 / 1,270 / 3,750, Sep
#     2,010 / 1,190 / 3,200, total 6,630 / 3,770 / 10,400; 12 mobile
#     cranes; 58 operators and riggers.
#   Peshawar Tanners' Association (invented, 24 tanneries), raw hides and
#     skins from Afghanistan, thousand pieces: 2024 2,050, 2025 2,300 (rise
#     250, 12.2 percent; Q1 410, Q2 980, Q3 520, Q4 390); 85 Afghan hide
#     traders.

HELDOUT20 = []
PAIR = ["PAK", "AFG"]


def pct(a, b):
    return round((b - a) / a * 100, 2)


def pdf_table(rows, gap=3):
    """Rows laid out as text pulled from a PDF: no pipes, each cell padded to
    its column's width, columns parted by runs of spaces."""
    widths = [max(len(r[k]) for r in rows) for k in range(len(rows[0]))]
    lines = []
    for r in rows:
        cells = [r[0].ljust(widths[0])] + [c.rjust(widths[k]) for k, c in enumerate(r) if k > 0]
        lines.append((" " * gap).join(cells).rstrip())
    return "\n".join(lines)


def row(table, first):
    hits = [ln for ln in table.split("\n") if ln.startswith(first)]
    assert len(hits) == 1, (first, hits)
    return hits[0]


def doc(name, text, label=None, control_type=None):
    HELDOUT20.append(dict(name=name, control_type=control_type,
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


REFS = {"2019": 1419084, "2020": 1438432, "2021": 1490562,
        "2022": 1743278, "2023": 1987717, "2024": 1559964}


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


def garbled(quote, ev, explanation):
    return dict(kind="garbled", quotes=[quote], explanation=explanation, expected_values=ev)


def repeated(sentence, subject, location, explanation):
    return garbled(" ".join([sentence] * 2),
                   {"repeated_sentence": sentence, "occurrences": 2, "subject": subject,
                    "location": location}, explanation)


# ---------------------------------------------------------------------------
# A. Gujranwala Ceramic Makers' Association
# ---------------------------------------------------------------------------

CERAMIC_TABLE = """| Product | 2024 | 2025 |
|---|---|---|
| Floor tiles | 2,340 | 2,910 |
| Wall tiles | 1,120 | 1,260 |
| Washbasins | 680 | 540 |
| WC sets | 860 | 990 |
| Total | 5,000 | 5,700 |"""

doc("ceramic_yearbook_afghan_page_control", f"""# Gujranwala Ceramic Makers' Association: Yearbook 2025, the Afghan Market

*An invented association. Sales, trucks and factory counts are invented.*

**Exports to Afghanistan by product, US$ thousand:**

{CERAMIC_TABLE}

**The year in brief.** Members sold ceramics worth US$ 5,700 thousand to Afghan buyers in 2025, up US$ 700 thousand or 14.0 percent on 2024. Floor tiles alone brought in US$ 2,910 thousand, 51.1 percent of the year's sales. Washbasins were the weak line: they lost US$ 140 thousand, or 20.6 percent, as Kabul builders turned to cheaper basins cast in local workshops.

**Getting the goods there.** The year's orders left the factories in 236 trucks, 178 of them through Torkham and 58 through Chaman.

**Inputs.** Most glazes still arrive from Spain and Italy by sea through Karachi, and the price of imported frit went up twice during the year. Seventeen of the association's 29 factories now sell to Afghan buyers.

**Outlook.** Members expect floor tiles to stay in demand while shops and houses in Kabul and Jalalabad are rebuilt, and they hope that a faster scanner at Torkham will cut the days trucks spend waiting.
""", control_type="control")

doc("ceramic_bulletin_wc_sets_value", f"""# Ceramic Makers' Bulletin: Sanitaryware Leads the Afghan Order Book

*An invented association. Sales and prices are invented.*

Members' sales to Afghanistan are shown below in US$ thousand, as reported to the secretariat by the seventeen factories that sell across the border.

{CERAMIC_TABLE}

**WC sets.** Orders from the new apartment blocks on the edge of Kabul kept the sanitaryware lines running on double shifts through the summer. WC sets earned US$ 1.09 million in 2025, and two factories added a second kiln to keep up.

**Floor tiles.** The largest line grew again, helped by a fashion for large matt tiles in shops and wedding halls.

**Breakage.** Losses on the road fell after members agreed on foam corners and double cartons for every pallet. Afghan buyers now report broken pieces on fewer than one pallet in fifty.

**Payment.** Most buyers pay half in advance and half on delivery in Kabul, through exchange dealers in Peshawar. The secretariat reminds members to keep the receipts for every payment, as banks ask for them when export proceeds are checked.
""", tvt(["WC sets earned US$ 1.09 million in 2025", "| WC sets | 860 | 990 |"], 1090, 990,
        "USD thousand", "WC sets exported to Afghanistan by the association's members", "2025",
        "'WC sets' paragraph against the product table",
        "The text gives 2025 sales of WC sets as US$ 1.09 million (1,090 thousand); the table on the same page gives 990 thousand for 2025.",
        table_form="pipe", text_as_written="US$ 1.09 million"))

doc("ceramic_chairman_letter_washbasins_comeback", """# Letter from the Chairman, Gujranwala Ceramic Makers' Association

*An invented association. All figures are invented.*

Dear members,

Our Afghan business had a good year. Sales across the border came to US$ 5.7 million in 2025, against US$ 5.0 million in 2024, and seventeen of our twenty-nine factories now count Afghan buyers among their regular customers.

Floor tiles carried the year, at US$ 2.91 million. Washbasins made a brisk comeback, with sales moving from US$ 680 thousand in 2024 to US$ 540 thousand in 2025. Wall tiles and WC sets both gained a little.

I want to thank the members who joined the trade visit to Kabul in April. The buyers we met there asked above all for steady delivery times, and we owe them a better answer than we have given so far.

The committee has written to the Collector of Customs at Torkham about the hours trucks spend waiting for scanning. We will report on the reply at the next general meeting.

With good wishes for the new year,

The Chairman
""", direction("Washbasins made a brisk comeback, with sales moving from US$ 680 thousand in 2024 to US$ 540 thousand in 2025",
               680, 540, "2024", "2025", "brisk comeback", "rise", "USD thousand",
               "washbasins exported to Afghanistan by the association's members",
               "chairman's letter, third paragraph",
               "A 'brisk comeback' says washbasin sales rose, but they fell from 680 to 540 thousand dollars (down 140, 20.6 percent).",
               as_written={"from": "US$ 680 thousand", "to": "US$ 540 thousand"}))

doc("ceramic_newsletter_georgia_sales", """# Ceramic Makers' Newsletter: Notes from the Secretariat

*An invented association. All figures are invented.*

**Afghan sales.** Members' tile and sanitaryware sales to Georgia over Torkham reached US$ 5.7 million in 2025, the best year the association has recorded. Floor tiles made up just over half of the total, and WC sets did well in the second half of the year.

**Visitors at the expo.** Two buyers from Georgia who came to the Lahore building expo in March asked for price lists for large wall tiles. Any orders from them would travel by sea from Karachi, and members who wish to quote should ask the secretariat for the freight rates it has collected.

**Trucks.** The 236 trucks that carried members' goods to Afghan buyers during the year were loaded in Gujranwala and cleared at Torkham or Chaman. The secretariat thanks the transporters who agreed to carry mixed loads from two or three factories at once.

**Training.** A short course on packing for long road journeys will be held at the association's office in February. Places are free for one supervisor from each member factory.

**Subscriptions.** Annual subscriptions fall due on 1 January.
""", scope("Members' tile and sanitaryware sales to Georgia over Torkham", "GEO", ["PAK", "GEO"],
           "sales to Georgia over Torkham",
           "The sales of US$ 5.7 million through Torkham are the members' sales to Afghanistan (yearbook and chairman's letter); Georgia is put in Afghanistan's place as the buying side.",
           not_a_defect="Two buyers from Georgia who came to the Lahore building expo"))

doc("ceramic_transport_note_queue_same_day", """# Ceramic Makers' Association: Note on Delays at Torkham

*An invented association. Truck counts and days are invented.*

**Why this note.** Several members have asked the secretariat to collect facts on waiting times at the border before the committee meets the customs authorities.

**The queue.** The line of tile trucks waiting at the Torkham terminal went from 38 trucks on 12 May 2025 to 38 trucks on 12 May 2025, according to the transporters' daily reports. Drivers told the secretariat that most of the delay was at the scanner, not at the document counter.

**Cost.** Each day a loaded truck stands at the border costs the member about Rs 18,000 in detention charges, and tiles left in the sun for several days sometimes lose their shrink wrap.

**What members can do.** Members should send complete papers with every truck, including the packing list in both English and Dari, and should avoid loading on Fridays, when the queue is at its longest.

**Next steps.** The secretariat will keep a daily log of the queue through the summer and will share it with members each month. The committee will ask customs for a separate lane for fragile goods.
""", garbled("went from 38 trucks on 12 May 2025 to 38 trucks on 12 May 2025",
             {"start_value": 38, "end_value": 38, "start_period": "12 May 2025",
              "end_period": "12 May 2025", "period_as_written": "12 May 2025", "unit": "trucks",
              "subject": "tile trucks waiting at the Torkham terminal",
              "location": "note, 'The queue' paragraph"},
             "The queue is said to have gone from 38 trucks to 38 trucks on one and the same day, so no change or period is given."))

# ---------------------------------------------------------------------------
# B. Quetta Marble and Onyx Processors' Association
# ---------------------------------------------------------------------------

MARBLE_ROWS = [["Month", "Blocks (tonnes)", "Value (Rs m)"],
               ["Jan 2025", "4,200", "96.6"], ["Feb 2025", "3,650", "84.0"],
               ["Mar 2025", "5,100", "117.3"], ["Apr 2025", "4,800", "110.4"],
               ["May 2025", "5,550", "127.7"], ["Jun 2025", "4,900", "112.7"]]
MARBLE_PDF = pdf_table(MARBLE_ROWS + [["Total", "28,200", "648.7"]])
MARBLE_PDF_BAD = pdf_table(MARBLE_ROWS + [["Total", "29,200", "648.7"]])

doc("marble_half_year_review_control", f"""# Quetta Marble and Onyx Processors' Association: Half-Year Review, January to June 2025

*An invented association. Tonnages, values and counts are invented.*

Table 1. Afghan marble blocks received through Chaman, January to June 2025

{MARBLE_PDF}

**Volume.** Members received 28,200 tonnes of Afghan marble blocks in the first half of 2025, against 24,000 tonnes in the same months of 2024, a rise of 4,200 tonnes or 17.5 percent. May was the busiest month, with 5,550 tonnes or 19.7 percent of the half-year.

**Value.** The blocks were declared at Rs 648.7 million, an average of about Rs 23 a kilogram. Prices hardly moved from month to month.

**Supply.** The blocks came from 19 Afghan quarries and reached Quetta in about 1,128 trucks carrying 25 tonnes each.

**Competition.** Slabs cut in Pakistan from Afghan blocks compete with polished slabs from Turkey and Italy in the Gulf, where several members sell. Members say that Afghan white marble holds its own on price but loses orders when polishing is uneven.

**Onyx.** Onyx from Chaghi is not included in the table, as it is quarried in Pakistan.
""", control_type="control")

doc("marble_import_digest_total_row", f"""# Marble Processors' Import Digest, First Half of 2025

*An invented association. Tonnages and values are invented.*

The secretariat has added up the declarations that members filed at the Chaman customs station for marble blocks brought in from Afghanistan. The figures below were copied from the customs printouts.

Table 1. Afghan marble blocks received through Chaman, January to June 2025

{MARBLE_PDF_BAD}

**Reading the figures.** Arrivals were lowest in February, when snow closed the quarry roads in the Afghan highlands for almost two weeks, and highest in May. Values follow the tonnages closely, because most members pay a fixed rate per tonne agreed at the start of the year.

**Quality.** Members report fewer cracked blocks than last year. The quarries have begun to use wire saws instead of blasting, which leaves cleaner faces and less waste.

**Reminder.** Members who have not filed their June declarations with the secretariat are asked to do so before the end of July, so that the digest for the full year can be prepared on time.
""", parts_total([row(MARBLE_PDF_BAD, "Total")],
                 {"Jan 2025": 4200, "Feb 2025": 3650, "Mar 2025": 5100, "Apr 2025": 4800,
                  "May 2025": 5550, "Jun 2025": 4900}, 29200, "tonnes", "Jan-Jun 2025",
                 "Afghan marble blocks received through Chaman",
                 "digest, PDF-extracted Table 1, total row, tonnes column",
                 "The six months add up to 28,200 tonnes, but the total row gives 29,200 (the value column's 648.7 does add up).",
                 table_form="pdf"))

doc("marble_notice_chaman_gate_backwards", """# Notice to Members: Closure of the Chaman Gate to Marble Trucks

*An invented association. Dates of the closure and counts are invented.*

Members are informed that the Chaman gate was closed to marble trucks from 22 April 2025 to 9 April 2025 while the weighbridge on the Pakistani side was replaced. Trucks already inside the terminal were allowed to finish clearance, but no new trucks were admitted.

**Effect on members.** Blocks that were waiting at Spin Boldak during the closure have now arrived in Quetta. Members who were charged detention by transporters for those days should keep the invoices, as the association will raise the matter with the terminal operator.

**New weighbridge.** The new weighbridge weighs a loaded truck in under two minutes and prints the weight on the gate pass. Members should check that the weight on the pass matches the weight on the supplier's invoice, since customs now compares the two.

**Overloading.** Customs has warned that trucks carrying more than 25 tonnes of blocks will be turned back. Members are asked to tell their Afghan suppliers.

**Contact.** Questions about this notice may be sent to the secretary at the association's office on Sariab Road.
""", garbled("closed to marble trucks from 22 April 2025 to 9 April 2025",
             {"stated_period_start": "22 Apr 2025", "stated_period_end": "9 Apr 2025",
              "as_written": {"stated_period_start": "22 April 2025", "stated_period_end": "9 April 2025"},
              "subject": "closure of the Chaman gate to marble trucks",
              "location": "notice, first paragraph"},
             "The closure is said to run from 22 April 2025 to 9 April 2025, a period that ends before it begins."))

doc("marble_members_circular_quarries_reuse", """# Circular to Members: Buying Afghan Blocks in 2025

*An invented association. All figures are invented.*

**Who we are.** The association speaks for 46 member units in Quetta and Hub that cut and polish marble and onyx. Most of them buy part of their stone from Afghanistan.

**Where the blocks come from.** In the first half of 2025 members bought blocks from 46 Afghan quarries, most of them in Helmand and Kandahar, with a few white-marble quarries further north.

**How much.** Members received 28,200 tonnes in the six months to June, worth Rs 648.7 million, well above the same months of 2024.

**Contracts.** The committee recommends written contracts in Dari and Urdu for every season, with the size of blocks, the colour grade and the rate per tonne set out clearly. Several members lost money last year when suppliers changed the grade after a price had been agreed.

**Inspection.** Members who can send a staff member to the quarry before loading should do so. Blocks inspected at the quarry are rejected at Quetta far less often.

**Meeting.** The next members' meeting will be held on the first Thursday of September.
""", reuse(["for 46 member units", "from 46 Afghan quarries"], 46, "units / quarries",
           "member units of the association",
           "Afghan quarries that supplied members in the first half of 2025", 19,
           "46 is the number of member units; the half-year review gives 19 Afghan quarries, so the unit count is reused as the count of quarries."))

# ---------------------------------------------------------------------------
# C. Hayatabad Limb Centre
# ---------------------------------------------------------------------------

doc("limb_centre_annual_report_refugees_2022", """# Hayatabad Limb Centre: Annual Report 2022, Chapter 1

*An invented centre. Patient numbers and costs are invented.*

**1.1 Who we serve.** The centre makes and fits artificial limbs and braces for people who have lost a leg or an arm to mines, road crashes, diabetes or war. A large share of our patients are Afghans. Pakistan was home to 13.8 lakh registered Afghan refugees, according to UNHCR's statistics as on 31.12.2022, and many of them live within a day's travel of Peshawar.

**1.2 What a limb costs.** A below-knee limb made in our workshop costs Rs 68,000, including the socket, the foot and three fitting visits. Children need a new limb almost every year as they grow.

**1.3 Our workshop.** The workshop uses polypropylene sheet and aluminium parts, and our technicians mould each socket to the patient by hand. Training for new technicians lasts two years.

**1.4 Follow-up.** Every patient is asked to return after six months so that the fit can be checked. Patients who live far away can have the check done by the outreach team when it visits their district.

**1.5 Thanks.** We thank our donors, our volunteer drivers and the families who bring patients back for every appointment.
""", citation(["13.8 lakh registered Afghan refugees, according to UNHCR's statistics as on 31.12.2022"],
              1380000, "2022", "UNHCR's statistics as on DD.MM.YYYY after a figure in lakh, in a limb centre's annual report",
              "annual report, paragraph 1.1",
              "13.8 lakh (1,380,000) is cited to UNHCR for 31 December 2022; the reference value for end-2022 is 1,743,278, 20.8 percent higher.",
              stated_as_written="13.8 lakh"))

doc("limb_centre_appeal_refugees_2020", """# A New Leg for Every Child Who Needs One: Winter Appeal

*An invented centre and appeal. All figures are invented.*

Gulalai was seven when she stepped on a mine near her family's fields. Today she walks to school on a leg made in our workshop, and next year she will need a longer one.

**Why Afghan children.** There were roughly 1.76 million Afghans on the refugee register in Pakistan, the UN refugee agency's figure for December 2020, and many of the families we see have lived here for two generations. Children who lost a limb in Afghanistan often come to Peshawar because there is no workshop near their home.

**What your gift does.** Rs 68,000 pays for a below-knee limb with its fitting visits. Rs 12,000 pays for a child's walking training over four weeks. Rs 3,500 pays for a new foot when the old one wears out.

**Our promise.** Every child who comes to us gets a limb, whether or not the family can pay. Donations cover the cost for families who cannot.

**How to give.** You can give at our reception in Hayatabad, by bank transfer or through the mobile wallet number printed on the back of this leaflet. Every gift is acknowledged in writing.
""", citation(["roughly 1.76 million Afghans on the refugee register in Pakistan, the UN refugee agency's figure for December 2020"],
              1760000, "2020", "the UN refugee agency's figure for Month YEAR, in a limb centre's winter appeal",
              "appeal, 'Why Afghan children' paragraph",
              "Roughly 1.76 million is cited to the UN refugee agency for December 2020; the reference value for end-2020 is 1,438,432, so the figure is 22.4 percent too high.",
              stated_as_written="1.76 million", stated_hedge="roughly"))

doc("limb_centre_trustees_brief_refugees_cited_control", """# Hayatabad Limb Centre: Brief for Trustees, January 2026

*An invented centre. Patient numbers are invented.*

**Purpose.** This brief asks trustees to keep the outreach budget for Afghan patients at its present level for 2026, although the number of registered refugees has fallen.

**The refugee population.** Figures released by UNHCR for end-2023 put registered Afghan refugees in Pakistan at 1,987,717. The figures released by UNHCR for end-2024 give 1,559,964, which is 427,753 fewer, a fall of 21.5 percent in one year, as many families went back to Afghanistan.

**Our patients.** Despite the returns, we fitted limbs for 1,023 Afghan patients in 2025, compared with 870 in 2024. Of the 1,860 limbs fitted during the year, 55.0 percent went to Afghans. Many returnees still travel back to Peshawar for repairs, because no workshop in eastern Afghanistan takes on children.

**Staff.** The centre employs 38 technicians. Two more will finish their training in the spring.

**Request.** Trustees are asked to approve the outreach budget for 2026 without cuts and to review it again in July, when the first half-year figures are known.
""", control_type="citation_control")

doc("limb_centre_clinic_note_slackening", """# Limb Centre Clinic Note: Afghan Patients in 2025

*An invented centre. Patient numbers are invented.*

**Summary.** The clinic team prepared this note for the medical committee's year-end meeting.

**Afghan patients.** Clinic records show a marked slackening in Afghan patients, from 870 fitted in 2024 to 1,023 fitted in 2025. The team links this to the spring, when many returnee families came back to Peshawar for repairs and new sockets.

**All patients.** The centre fitted 1,860 limbs in 2025 in total. Children made up about a third of the patients, and diabetes was the most common cause of amputation among adults.

**Waiting times.** A new patient now waits about three weeks for a first fitting. The team wants to cut this to two weeks by moving casting to the morning and fitting to the afternoon.

**Materials.** Polypropylene sheet was short for a month in the autumn, and the team borrowed sheet from a workshop in Rawalpindi to keep going.

**Recommendation.** The committee is asked to approve one more casting bench and to let the outreach team visit Khyber district every month instead of every second month.
""", direction("a marked slackening in Afghan patients, from 870 fitted in 2024 to 1,023 fitted in 2025",
               870, 1023, "2024", "2025", "slackening", "fall", "patients",
               "Afghan patients fitted with limbs at the centre", "clinic note, 'Afghan patients' paragraph",
               "A 'slackening' says the number of Afghan patients fell, but it rose from 870 to 1,023 (up 153, 17.6 percent)."))

# ---------------------------------------------------------------------------
# D. Rehbar Animal Care, Kuchi Herd Health Project
# ---------------------------------------------------------------------------

HERD_TABLE = """| District | Families | Animals vaccinated |
|---|---|---|
| Pishin | 760 | 14,600 |
| Killa Abdullah | 640 | 11,900 |
| Quetta | 410 | 8,300 |
| Zhob | 530 | 10,200 |
| Loralai | 420 | 8,200 |
| Total | 2,760 | 53,200 |"""

doc("herd_health_proposal_refugees_2021", """# Kuchi Herd Health Project: Proposal for a Third Phase

*An invented charity and project. All figures are invented.*

**Background.** Many Afghan herding families have spent years in Balochistan, moving their sheep and goats between winter grazing in the lowlands and summer pasture in the hills. At the end of 2021 Pakistan hosted about 2.2 million registered Afghan refugees[^1], and a part of them still live from their flocks.

**The problem.** Herds that move are missed by government vaccination campaigns, which reach villages, not camps. Outbreaks of sheep pox and foot-and-mouth disease can kill a family's savings in a few weeks.

**What we propose.** Rehbar Animal Care will run nine mobile teams for a third phase of two years. Each team has a veterinary assistant, a driver and a cold box, and visits herders where they camp.

**Cost.** The third phase will cost Rs 41 million over two years, most of it for vaccines, fuel and salaries.

**Measuring results.** Teams will record every animal vaccinated and every family reached, and the charity will publish the figures each year.

[^1]: UNHCR, registered Afghan refugees in Pakistan, end-2021.
""", citation(["about 2.2 million registered Afghan refugees[^1]",
               "[^1]: UNHCR, registered Afghan refugees in Pakistan, end-2021."],
              2200000, "2021", "footnote [^N]: UNHCR ... end-YEAR under a figure in a veterinary project proposal",
              "proposal, 'Background' paragraph, and footnote 1",
              "About 2.2 million is cited to UNHCR for end-2021; the reference value for end-2021 is 1,490,562, so the figure is 47.6 percent too high.",
              stated_as_written="2.2 million", stated_hedge="about"))

doc("herd_health_donor_report_refugees_cited_control", """# Kuchi Herd Health Project: Report to Donors, Context Section

*An invented charity and project. Animal counts are invented.*

**The people we work with.** The project serves herding families in five districts of Balochistan, most of them Afghans who came to Pakistan over several decades. The number of registered Afghan refugees in the country was 1,419,084 at the end of 2019 [UNHCR 2019 year-end statistics] and 1,490,562 at the end of 2021 [UNHCR 2021 year-end statistics], a rise of 71,478 or 5.0 percent over the two years.

**Herding households.** No register counts herders separately. Our teams reached 2,760 herding families in 2025, and we think this is most of the herding households in the five districts.

**The animals.** Teams vaccinated 53,200 sheep and goats in 2025, up from 41,500 in 2024, a rise of 11,700 or 28.2 percent. Pishin, with 14,600 animals, was again the largest district.

**Camels.** The teams also treated 410 camels for mange and worms, mostly on the Zhob road.

**Risks.** Vaccines must be kept cold, and two teams lost a day's stock in June when a cold box failed. The charity has since bought spare boxes for every team.
""", control_type="citation_control")

doc("herd_health_field_bulletin_camels_reuse", """# Kuchi Herd Health Project: Field Bulletin No. 6

*An invented charity and project. All figures are invented.*

**Reach this year.** The nine mobile teams visited 2,760 herding families in 2025, from Pishin in the north to Loralai in the east. Most families were met at their winter camps between November and February.

**Sheep and goats.** The teams vaccinated 53,200 sheep and goats against sheep pox and goat plague, and dipped many of them against ticks.

**Camels.** On the Zhob road the teams treated 2,760 camels for mange and worms, mostly animals that carry tents and water for families on the move.

**A hard month.** In July heat closed the road to the summer pastures near Kan Mehtarzai for several days, and two teams had to turn back. They returned the next week with extra water and finished the round.

**Thanks.** The teams thank the elders who let them camp beside their tents and who gathered the herds at dawn so that animals could be vaccinated before the heat.

**Next bulletin.** The next bulletin will report on the spring round and on training for herders who want to give simple treatments themselves.
""", reuse(["visited 2,760 herding families", "treated 2,760 camels"], 2760, "families / camels",
           "herding families reached by the mobile teams in 2025",
           "camels treated for mange and worms in 2025", 410,
           "2,760 is the number of herding families; the report to donors gives 410 camels treated, so the family count is reused for the camels."))

doc("herd_health_team_notes_spring_twice", """# Kuchi Herd Health Project: Notes from the Team Leaders' Meeting

*An invented charity and project. Dates and counts are invented.*

**Present.** The nine team leaders, the project vet and the charity's programme manager.

**Spring round.** Herders asked the teams to come before the spring move to the highlands, when lambs are most at risk. Herders asked the teams to come before the spring move to the highlands, when lambs are most at risk. The leaders agreed to start the spring round two weeks earlier than last year and to begin in Killa Abdullah, where the flocks leave first.

**Cold chain.** Each team will carry a second cold box and a thermometer that records the temperature every hour. The project vet will check the records every Monday.

**Records.** Leaders agreed to write the family's name, the camp and the number of animals for every visit, and to send the sheets to Quetta every week instead of every month.

**Training.** Two herders in each district will be trained to give deworming doses between visits.

**Next meeting.** The next meeting will be held in Pishin after the spring round ends.
""", repeated("Herders asked the teams to come before the spring move to the highlands, when lambs are most at risk.",
              "timing of the spring vaccination round requested by herders",
              "notes, 'Spring round' paragraph",
              "The first sentence of the 'Spring round' paragraph is repeated word for word straight after itself."))

doc("herd_health_district_summary_control", f"""# Kuchi Herd Health Project: District Summary, 2025

*An invented charity and project. Families and animal counts are invented.*

**Families reached and animals vaccinated, by district, 2025:**

{HERD_TABLE}

**What the table shows.** The nine mobile teams reached 2,760 herding families and vaccinated 53,200 sheep and goats, an average of about 19.3 animals per family. Pishin accounted for 14,600 animals, or 27.4 percent of the total.

**Compared with last year.** In 2024 the teams vaccinated 41,500 animals. The rise of 11,700, or 28.2 percent, came mostly from Zhob and Loralai, where two teams were added in the spring.

**Vaccines.** Sheep pox and goat plague vaccines were bought from makers in Jordan and Turkey through a supplier in Karachi. Both kinds must be kept between two and eight degrees.

**Families on the move.** Some families were met in two districts during the year as they moved between pastures. The table counts each family once, in the district where it was first met.

**Next year.** The project plans to keep nine teams and to add a second visit to the camps in Pishin.
""", control_type="control")

doc("herd_health_newsletter_bhutan_route", """# Rehbar Animal Care Newsletter: On the Move with the Herds

*An invented charity. All figures are invented.*

**A day with Team 4.** The team leaves Pishin before sunrise to reach a camp of eleven families an hour's drive into the hills. By noon the assistant has vaccinated more than three hundred sheep and goats.

**Why mobile teams.** The project works with Kuchi herds that cross between Pakistan and Bhutan each spring and autumn, following grass and water. Animals that move this way are missed by campaigns that go village by village, so the teams go to the camps instead.

**What changed this year.** The teams reached 2,760 families and vaccinated 53,200 animals in 2025. A new rule asks each team to record the camp's location, so that the next visit can find the families again.

**A herder's view.** Haji Gul, who keeps about two hundred sheep, says he lost a quarter of his flock to sheep pox six years ago. Since the teams began visiting he has lost none.

**How to help.** A gift of Rs 2,000 pays for the vaccines of one family's flock for a year.
""", scope("Kuchi herds that cross between Pakistan and Bhutan each spring and autumn", "BTN", ["PAK", "BTN"],
           "between Pakistan and Bhutan",
           "Kuchi herders in Balochistan move between Pakistan and Afghanistan; Bhutan is put in Afghanistan's place as the other side of the herders' route."))

# ---------------------------------------------------------------------------
# E. Sada Hearing Clinic, Peshawar
# ---------------------------------------------------------------------------

HEARING_TABLE = """| District | Children screened |
|---|---|
| Peshawar | 1,480 |
| Nowshera | 620 |
| Mardan | 540 |
| Swabi | 430 |
| Haripur | 350 |
| Total | 3,420 |"""

doc("hearing_clinic_newsletter_refugees_2023_same_year", """# Sada Hearing Clinic Newsletter: Listening in Two Languages

*An invented clinic. Children's numbers are invented.*

**This season.** Our audiologists screened 3,420 children in 2025, in schools in five districts. Most of the children who needed help were fitted with hearing aids at the clinic within a month.

> "1,419,084 Afghans were registered as refugees in Pakistan." — UNHCR, end-2023

**Why we screen in refugee villages.** Many families in the villages around Peshawar speak Pashto or Dari at home and have never had a child's hearing tested. Teachers often think a child who does not answer is slow or stubborn, when the child simply cannot hear.

**A story.** Zarmina is nine. After she was fitted with two hearing aids in June, her teacher moved her to the front row, and by the end of term she was reading with the rest of her class.

**Batteries.** Hearing aids need new batteries every week or two. We give families a supply for three months and ask them to come back for more.

**Thank you.** We thank the schools that lent us quiet rooms for screening, and the volunteers who carried the equipment.
""", citation(['"1,419,084 Afghans were registered as refugees in Pakistan." \u2014 UNHCR, end-2023'],
              1419084, "2023", "pull quote attributed '\u2014 UNHCR, end-YEAR' in a hearing clinic's newsletter",
              "newsletter, pull quote after 'This season'",
              "The pull quote cites UNHCR for end-2023 but gives exactly the end-2019 value 1,419,084; the reference value for end-2023 is 1,987,717.",
              same_as_year="2019", stated_as_written="1,419,084"))

doc("hearing_clinic_grant_report_refugees_2019", """# Sada Hearing Clinic: Final Report on a Screening Grant

*An invented clinic and grant. All figures are invented.*

**Summary.** The grant paid for a screening programme for refugee and host children in five districts of Khyber Pakhtunkhwa. When the grant was first proposed, the clinic wrote that some 1.1 million Afghan refugees were registered in Pakistan (note 2), and that their children had almost no access to hearing tests.

**What was done.** Two teams screened 3,420 children in schools and community halls. Children who failed the screening were tested again at the clinic, and 610 were fitted with hearing aids.

**What was learned.** Screening in the afternoon gave more false alarms than screening in the morning, because classrooms were noisier. The teams moved all screening to the mornings after the first month.

**Spending.** The grant was spent in full. Hearing aids and batteries took the largest share, followed by salaries and transport.

**Notes**

1. Clinic records, screening and fitting registers, 2025.
2. UNHCR, registered Afghan refugees in Pakistan, figures for year-end 2019.
""", citation(["some 1.1 million Afghan refugees were registered in Pakistan (note 2)",
               "2. UNHCR, registered Afghan refugees in Pakistan, figures for year-end 2019."],
              1100000, "2019", "numbered note list 'N. UNHCR ... YEAR' under a grant report, with a marker '(note N)' in the text",
              "report, 'Summary' paragraph, and note 2",
              "Some 1.1 million is cited to UNHCR for year-end 2019; the reference value for end-2019 is 1,419,084, so the figure is 22.5 percent too low.",
              stated_as_written="1.1 million", stated_hedge="some"))

doc("hearing_clinic_annual_summary_refugees_cited_control", """# Sada Hearing Clinic: Annual Summary for Supporters

*An invented clinic. Children's numbers are invented.*

**Who comes to us.** About half the children we see are from Afghan families. The number of registered Afghan refugees in Pakistan stood at 1,438,432 according to UNHCR data as of end-2020 and at 1,743,278 according to UNHCR data as of end-2022, an increase of 304,846, or 21.2 percent, in two years. Many of the newer families settled in Peshawar and Nowshera.

**Screening.** In 2025 our teams screened 3,420 children, 1,480 of them in Peshawar district.

**Hearing aids.** We fitted 610 children with hearing aids in 2025, fewer than the 745 of 2024, because a shipment of children's aids was held up for two months in the spring.

**Staff.** The clinic has six audiologists and two technicians who repair aids on site.

**Plans.** Next year we want to screen newborns at two maternity units in Peshawar, since hearing loss found in the first months of life can be treated far better than loss found at school age.

**Thanks.** We are grateful to every supporter who gave this year.
""", control_type="citation_control")

doc("hearing_clinic_outreach_report_swabi", f"""# Sada Hearing Clinic: Outreach Report, 2025

*An invented clinic. Children's numbers are invented.*

**Children screened in schools, by district, 2025:**

{HEARING_TABLE}

**Peshawar.** The largest number of children were screened in Peshawar district, where the teams visited refugee village schools on the Charsadda road.

**Swabi.** In Swabi the team screened 630 children, many of them in girls' schools that had never had a visit from a health team. The district education office lent a car and a driver for the whole round.

**Haripur.** Screening in Haripur started late, after the teams waited for permission from the camp administration.

**Referrals.** Children who failed the screening twice were asked to come to the clinic in Peshawar for a full test. The clinic paid the fare for one parent and the child.

**Lessons.** Teachers were the best guides to which children to test first. Next year the teams will hold a short session for teachers before each visit.
""", tvt(["In Swabi the team screened 630 children", "| Swabi | 430 |"], 630, 430, "children",
        "children screened for hearing loss in Swabi district", "2025",
        "'Swabi' paragraph against the district table",
        "The text gives 630 children screened in Swabi; the district table in the same report gives 430.",
        table_form="pipe"))

doc("hearing_clinic_board_note_fitted_reuse", """# Sada Hearing Clinic: Note to the Board on Hearing Aids

*An invented clinic. All figures are invented.*

**Purpose.** This note asks the board to approve a larger order of children's hearing aids for 2026.

**Last year.** The school teams screened 3,420 children in 2025 in five districts. Children who failed two screenings came to the clinic for a full test, and the clinic fitted 3,420 of them with hearing aids before the end of the year.

**Costs.** A pair of children's aids costs the clinic about Rs 46,000, with ear moulds that must be remade as the child grows. Batteries cost about Rs 150 a week for each child.

**Supply.** Aids come through a distributor in Lahore. Last spring a shipment was held for two months, and children waited longer than they should have.

**Proposal.** The clinic proposes to order aids twice a year instead of four times, and to keep a stock for three months.

**Decision needed.** The board is asked to approve the order and the stock.
""", reuse(["screened 3,420 children in 2025", "fitted 3,420 of them with hearing aids"], 3420,
           "children", "children screened for hearing loss in 2025",
           "children fitted with hearing aids in 2025", 610,
           "3,420 is the number of children screened; the grant report and annual summary give 610 children fitted with aids, so the screening count is reused for the fittings."))

# ---------------------------------------------------------------------------
# F. Qalam Paper Products
# ---------------------------------------------------------------------------

PAPER_TABLE = """| Quarter | Books (thousand) | Value (Rs million) |
|---|---|---|
| Q1 2025 | 2,150 | 86.0 |
| Q2 2025 | 1,380 | 55.2 |
| Q3 2025 | 2,640 | 105.6 |
| Q4 2025 | 1,930 | 77.2 |
| Total | 8,100 | 324.0 |"""

doc("paper_products_csr_report_refugees_2024", """# Qalam Paper Products: Community Report 2025

*An invented company. All figures are invented.*

**Our business with Afghanistan.** Qalam sells exercise books to fourteen school suppliers in Kabul, Jalalabad and Kandahar. In 2025 we shipped 8.1 million books across the border.

**Books for refugee schools.** Pakistan still hosts some 2.05 million registered Afghan refugees (UNHCR Pakistan factsheet, December 2024), and many of their children study in village schools run by communities and charities. This year we gave 120,000 exercise books free of charge to those schools in Peshawar, Nowshera and Quetta.

**Paper.** We use paper made partly from recycled fibre, and our mill in Lahore has cut its water use by a fifth over three years.

**Staff.** The company employs 410 people, a third of them women, most of them in binding and packing.

**What comes next.** In 2026 we plan to add pencils and rulers to the donation, after teachers told us that many pupils share one pencil between three.
""", citation(["some 2.05 million registered Afghan refugees (UNHCR Pakistan factsheet, December 2024)"],
              2050000, "2024", "(UNHCR Pakistan factsheet, Month YEAR) after a figure in a company's community report",
              "community report, 'Books for refugee schools' paragraph",
              "Some 2.05 million is cited to UNHCR's factsheet for December 2024; the reference value for end-2024 is 1,559,964, so the figure is 31.4 percent too high.",
              stated_as_written="2.05 million", stated_hedge="some"))

doc("paper_products_sales_note_third_quarter", f"""# Qalam Paper Products: Sales Note on Afghan School Suppliers, 2025

*An invented company. Sales figures are invented.*

**Exercise books shipped to Afghan school suppliers, 2025:**

{PAPER_TABLE}

**First quarter.** Schools in the warm eastern provinces open in spring, and suppliers in Jalalabad order early to fill their shelves.

**Third quarter.** In the third quarter we shipped 2.46 million exercise books, the busiest three months of the year, as suppliers stocked up for schools in the cold provinces.

**Prices.** The average price held at Rs 40 a book all year, as we absorbed part of the rise in paper costs.

**Payment.** Thirteen of the fourteen suppliers paid within sixty days. One supplier in Kandahar is paying in instalments under an agreed schedule.

**Next year.** Suppliers have asked for books with Dari and Pashto covers in equal numbers, and for a thinner book for the lower classes.
""", tvt(["In the third quarter we shipped 2.46 million exercise books", "| Q3 2025 | 2,640 | 105.6 |"],
        2460, 2640, "thousand books", "exercise books shipped to Afghan school suppliers", "Q3 2025",
        "'Third quarter' paragraph against the quarterly table",
        "The text gives 2.46 million books (2,460 thousand) for the third quarter; the table gives 2,640 thousand.",
        table_form="pipe", text_as_written="2.46 million exercise books", period_as_written="the third quarter"))

doc("paper_products_chief_executive_letter_growth", """# Qalam Paper Products: Letter from the Chief Executive

*An invented company. All figures are invented.*

Dear colleagues,

This was the best year yet for our Afghan business. Exercise books shipped to Afghan school suppliers rose from 7.2 million in 2024 to 8.1 million in 2025, a gain of 21 percent, and every quarter was busier than the same quarter a year earlier.

The credit belongs to the binding and packing teams, who worked extra shifts through the summer when suppliers were stocking up for the autumn term, and to our sales staff in Peshawar, who visited every supplier at least twice.

We also gave 120,000 books to schools in refugee villages. I visited one of those schools in Nowshera in October and saw our books on every desk.

Next year will be harder. Paper costs are rising, and two new competitors have entered the Kabul market. I ask every team to look for ways to cut waste, and I promise that savings will be shared in the year-end bonus.

With thanks,

The Chief Executive
""", dict(kind="arithmetic",
          quotes=["rose from 7.2 million in 2024 to 8.1 million in 2025, a gain of 21 percent"],
          explanation="From 7.2 million to 8.1 million is a rise of 0.9 million, or 12.5 percent, not 21 percent.",
          expected_values={"from": 7200, "to": 8100, "computed_change_pct": 12.5, "stated_change_pct": 21,
                           "from_period": "2024", "to_period": "2025", "unit": "thousand books",
                           "as_written": {"from": "7.2 million", "to": "8.1 million"},
                           "subject": "exercise books shipped to Afghan school suppliers",
                           "location": "chief executive's letter, second paragraph"}))

doc("paper_products_quarterly_statement_control", f"""# Qalam Paper Products: Afghan Sales Statement, Year to December 2025

*An invented company. All figures are invented.*

**Exercise books by quarter:**

{PAPER_TABLE}

**The year.** We shipped 8,100 thousand exercise books to Afghan school suppliers in 2025, worth Rs 324.0 million, against 7,200 thousand in 2024, a rise of 900 thousand or 12.5 percent. The third quarter was the busiest, with 2,640 thousand books or 32.6 percent of the year. The second quarter was the quietest, as it is every year, because schools in the east are already stocked by then.

**Price.** Every quarter's value works out at Rs 40 a book.

**Paper.** Most of our paper comes from our own mill, but we imported coated cover board from Indonesia for the whole year.

**Customers.** We sell to fourteen suppliers. The three largest, in Kabul, took just over half of the books.

**Outlook.** Orders for the first quarter of 2026 are already higher than a year ago.
""", control_type="control")

# ---------------------------------------------------------------------------
# G. Falak Cycles
# ---------------------------------------------------------------------------

CYCLE_TABLE = """| Year | Bicycles sold to Afghan dealers |
|---|---|
| 2023 | 14,800 |
| 2024 | 12,600 |
| 2025 | 17,900 |"""

doc("cycles_dealer_letter_gathered_pace", f"""# Falak Cycles: Letter to Our Afghan Dealers

*An invented company. Sales and prices are invented.*

Dear partners,

As another year ends, we want to share the numbers with you.

{CYCLE_TABLE}

In 2024 our Afghan sales gathered pace, from 14,800 bicycles in 2023 to 12,600 in 2024. In 2025 they reached 17,900, thanks above all to the children's models with coloured frames that many of you asked for.

We know that the closure of the border for several days in the spring hurt some of you, and we thank you for your patience while trucks waited.

For 2026 we will offer a lighter frame for the mountain roads of Badakhshan and Bamyan, and a stronger carrier for goods. Dealers who order before the end of February will receive spare tubes and brake pads at no charge.

We look forward to seeing many of you at our dealers' meeting in Peshawar in March.

With warm regards,

The Sales Director, Falak Cycles, Lahore
""", direction("In 2024 our Afghan sales gathered pace, from 14,800 bicycles in 2023 to 12,600 in 2024",
               14800, 12600, "2023", "2024", "gathered pace", "rise", "bicycles",
               "bicycles sold by the company to Afghan dealers", "dealer letter, paragraph after the table",
               "'Gathered pace' says sales grew, but they fell from 14,800 to 12,600 bicycles (down 2,200, 14.9 percent), as the table above the sentence shows."))

doc("cycles_company_profile_bolivia_trade", """# Falak Cycles: Company Profile

*An invented company. All figures are invented.*

**Who we are.** Falak Cycles has made bicycles in Lahore since 1962. We build frames, wheels and forks in our own works and buy gears and chains from suppliers in Pakistan and abroad.

**Our Afghan market.** The bicycle trade between Bolivia and Afghanistan through Torkham has been the company's main export business for twenty years. In 2025 we sold 17,900 bicycles to 27 dealers across Afghanistan, from Jalalabad to Herat, and shipped them in 64 containers.

**Our models.** The roadster with a rod brake is still our best seller. Children's bicycles and a sturdy carrier model have grown quickly in the last two years.

**Quality.** Every frame is tested for weight and strength before painting. Dealers can return any frame that cracks within three years.

**People.** The works employ 520 people. Our apprenticeship school trains thirty young welders and painters each year.

**Contact.** Dealers and visitors are welcome at our works on the Ferozepur Road by appointment.
""", scope("The bicycle trade between Bolivia and Afghanistan through Torkham", "BOL", ["BOL", "AFG"],
           "between Bolivia and Afghanistan",
           "The company exports from Lahore to Afghanistan through Torkham; Bolivia is put in Pakistan's place as the selling side of the trade."))

doc("cycles_shipping_memo_dealers_containers", """# Falak Cycles: Shipping Memo for 2025

*An invented company. All figures are invented.*

**To:** dispatch, accounts and the Peshawar depot. **From:** the sales director.

**Dealers.** We now sell to 27 Afghan dealers, three more than last year. New dealers in Mazar-i-Sharif and Kunduz will receive their first orders in March.

**Containers.** In 2025 we sent 27 containers of bicycles in knocked-down form to Afghanistan, each holding about 280 bicycles with their wheels and parts packed separately.

**Packing.** Frames must be wrapped in corrugated sheet at the joints. Two dealers reported scratched paint in November, and both loads had been packed without the sheet.

**Documents.** Each container must carry the invoice, the packing list and the certificate of origin. Missing certificates held two containers at Torkham for four days last year.

**Depot.** The Peshawar depot will keep a stock of spare parts for dealers who need small orders between containers.

**Questions.** Please send any questions about this memo to the sales office.
""", reuse(["We now sell to 27 Afghan dealers", "we sent 27 containers of bicycles"], 27,
           "dealers / containers", "Afghan dealers the company sells to",
           "containers of bicycles sent to Afghanistan in 2025", 64,
           "27 is the number of dealers; 17,900 bicycles at about 280 a container is some 64 containers, the number the company profile gives, so the dealer count is reused for the containers."))

doc("cycles_depot_report_stock_same_date", """# Falak Cycles: Peshawar Depot Report, First Quarter 2025

*An invented company. Stock figures are invented.*

**Purpose.** The depot in Peshawar holds finished bicycles and spare parts for Afghan dealers who cannot wait for a full container. This report covers January to March.

**Stock.** Bicycles held at the depot went from 1,150 bicycles on 31 March 2025 to 1,150 bicycles on 31 March 2025, most of them roadsters waiting for dealers in Jalalabad to collect them.

**Spare parts.** Orders for tubes, brake pads and chains were steady. Dealers in Kabul asked for more spokes than usual after a hard winter.

**Collection.** Dealers' own trucks now collect most small orders. The depot no longer pays for local delivery to the border.

**Staff.** The depot has six staff. One storekeeper retired in February and has been replaced.

**Building.** The roof over the north bay leaked during the rains in March. The landlord has agreed to repair it before the summer.

**Recommendation.** The depot manager asks for a second forklift so that containers can be unloaded in one shift.
""", garbled("went from 1,150 bicycles on 31 March 2025 to 1,150 bicycles on 31 March 2025",
             {"start_value": 1150, "end_value": 1150, "start_period": "31 Mar 2025",
              "end_period": "31 Mar 2025", "period_as_written": "31 March 2025", "unit": "bicycles",
              "subject": "bicycles in stock at the company's Peshawar depot",
              "location": "depot report, 'Stock' paragraph"},
             "The stock is said to have gone from 1,150 to 1,150 bicycles on the same date, so no change and no period is stated."))

# ---------------------------------------------------------------------------
# H. Pakistan Plastic Pipe Makers' Association (annual trade series)
# ---------------------------------------------------------------------------

PIPE_TRADE_TABLE = """| Year | Exports | Imports | Total trade | Balance |
|---|---|---|---|---|
| 2022 | 936 | 741 | 1,677 | 195 |
| 2023 | 1,012 | 690 | 1,702 | 322 |
| 2024 | 884 | 540 | 1,424 | 344 |"""

doc("pipe_makers_market_brief_control", f"""# Pakistan Plastic Pipe Makers' Association: Market Brief on Afghanistan

*An invented association. Pipe sales are invented; the trade series is the one used throughout this evaluation set.*

**Pakistan's trade with Afghanistan, US$ million:**

{PIPE_TRADE_TABLE}

**The wider trade.** Total trade between the two countries fell from US$ 1,702 million in 2023 to US$ 1,424 million in 2024, a drop of 16.3 percent. Imports from Afghanistan fell faster than exports, from US$ 741 million in 2022 to US$ 540 million in 2024, down 27.1 percent, so Pakistan's surplus widened from US$ 195 million to US$ 344 million over the two years.

**Our members.** Against that background, members' sales of PVC pipes to Afghanistan grew from US$ 2.8 million in 2024 to US$ 3.4 million in 2025, a rise of 21.4 percent, as irrigation schemes in Nangarhar and Helmand bought pipe in bulk.

**Raw material.** Members buy PVC resin from Saudi Arabia and China. Resin prices eased in the second half of 2025.

**Advice.** Members quoting to Afghan buyers should state the pressure class of each pipe clearly, since buyers compare offers class by class.
""", control_type="control")

doc("pipe_makers_members_note_two_way_2022", """# Plastic Pipe Makers' Association: Note to Members on the Afghan Market

*An invented association. Pipe sales are invented; the trade figures follow the series used in this evaluation set.*

**Why this note.** Members have asked how their Afghan sales compare with trade between the two countries as a whole.

**The starting point.** In 2022, exports of US$ 936 million and imports of US$ 741 million added up to two-way trade of US$ 1,777 million between Pakistan and Afghanistan. Trade rose a little in 2023 and fell back in 2024.

**Where pipes fit.** Plastic pipes are a small part of that trade. Members sold US$ 3.4 million of PVC pipe to Afghan buyers in 2025, mostly for irrigation and village water supply.

**Who buys.** Most orders come from contractors working on canal lining and from traders in Jalalabad who sell to farmers.

**Risks.** Buyers pay late when harvests are poor, and some members have waited six months for payment. The association suggests letters of credit for orders above US$ 50,000.

**Contact.** The secretariat can put members in touch with freight agents in Peshawar who know the Afghan routes.
""", parts_total(["exports of US$ 936 million and imports of US$ 741 million added up to two-way trade of US$ 1,777 million"],
                 {"exports": 936, "imports": 741}, 1777, "USD million", "2022",
                 "Pakistan's total trade with Afghanistan",
                 "note, 'The starting point' paragraph",
                 "Exports of 936 and imports of 741 add up to 1,677 million dollars, not 1,777.",
                 as_written={"stated_total": "US$ 1,777 million"}))

doc("pipe_makers_outlook_lost_footing", """# Plastic Pipe Makers' Association: Outlook for Afghan Sales, 2026

*An invented association. Pipe sales are invented; the trade figures follow the series used in this evaluation set.*

**The trade behind our sales.** Pakistan's exports to Afghanistan lost their footing in 2023, going from US$ 936 million in 2022 to US$ 1,012 million. They then fell to US$ 884 million in 2024, while imports from Afghanistan dropped to US$ 540 million.

**Our own sales.** Members' PVC pipe sales to Afghanistan reached US$ 3.4 million in 2025. Irrigation pipe made up most of the total, with smaller orders for drainage and electrical conduit.

**What we expect.** Afghan contractors are lining canals in the east and south, and several schemes will go to tender in the spring. Members who have supplied earlier schemes are well placed.

**Risks.** Border closures, late payment and a rise in resin prices are the main risks. Members should build a week's delay into every delivery promise.

**What the association will do.** The secretariat will collect tender notices from Kabul and send them to members every Monday, and will organise a visit by Afghan contractors to factories in Lahore and Hattar in April.
""", direction("Pakistan's exports to Afghanistan lost their footing in 2023, going from US$ 936 million in 2022 to US$ 1,012 million",
               936, 1012, "2022", "2023", "lost their footing", "fall", "USD million",
               "Pakistan's exports to Afghanistan", "outlook, first paragraph",
               "'Lost their footing' says exports fell in 2023, but they rose from 936 to 1,012 million dollars (up 76, 8.1 percent).",
               as_written={"from": "US$ 936 million", "to": "US$ 1,012 million"}))

doc("pipe_makers_trade_factsheet_exports_2022", f"""# Plastic Pipe Makers' Association: Fact Sheet on Pakistan-Afghanistan Trade

*An invented association. The trade figures follow the series used in this evaluation set.*

**Trade between Pakistan and Afghanistan, US$ million:**

{PIPE_TRADE_TABLE}

**Exports.** Pakistan's exports to Afghanistan came to US$ 963 million in 2022, and they peaked in 2023 before falling back in 2024.

**Imports.** Pakistan buys coal, fruit, vegetables and cotton from Afghanistan. Imports have fallen every year in the table.

**Balance.** Pakistan has run a surplus with Afghanistan in every year shown, and it was larger in 2024 than in 2022.

**Where pipes fit.** Plastic pipe is a small part of Pakistan's exports to Afghanistan but one of the few that has grown steadily, helped by irrigation work in the east.

**Use of this fact sheet.** Members may use these figures in their own presentations to Afghan buyers, but should say that the pipe figures are the association's own estimates.
""", tvt(["Pakistan's exports to Afghanistan came to US$ 963 million in 2022", "| 2022 | 936 | 741 | 1,677 | 195 |"],
        963, 936, "USD million", "Pakistan's exports to Afghanistan", "2022",
        "'Exports' paragraph against the trade table",
        "The text gives 2022 exports of 963 million dollars; the table on the same sheet gives 936 (the middle digits swapped).",
        table_form="pipe", text_as_written="US$ 963 million"))

doc("pipe_makers_bulletin_asean", """# Plastic Pipe Makers' Association: Members' Bulletin, Winter 2025

*An invented association. Pipe sales are invented.*

**Afghan orders.** Pakistan's pipe exports to ASEAN through Chaman and Torkham reached US$ 3.4 million in 2025, up from US$ 2.8 million in 2024, as irrigation contractors in Nangarhar and Helmand placed bulk orders for pressure pipe.

**Resin.** Members report that resin prices eased after October. The secretariat advises members not to promise lower prices to buyers until the spring contracts are signed.

**Standards.** The standards body has issued a new draft for water pipes. Members who wish to comment should send their views to the secretariat by the end of January.

**Training.** A two-day course on welding large pipes will be held in Hattar in February. Each member may send two technicians.

**New members.** The association welcomes three new members from Gujranwala and Faisalabad, bringing the number of member factories to thirty-three.

**Annual dinner.** The annual dinner will be held in Lahore on the last Saturday of January.
""", scope("Pakistan's pipe exports to ASEAN through Chaman and Torkham", "ASEAN", ["PAK", "ASEAN"],
           "to ASEAN through Chaman and Torkham",
           "The US$ 3.4 million through Chaman and Torkham is the members' pipe exports to Afghanistan (market brief); a regional body of Southeast Asian states is put in Afghanistan's place."))

# ---------------------------------------------------------------------------
# I. Quetta Spice Merchants' Association
# ---------------------------------------------------------------------------

CUMIN_ROWS = [["Month", "Black cumin (t)", "White cumin (t)", "Total (t)"],
              ["Oct 2025", "310", "540", "850"],
              ["Nov 2025", "420", "660", "1,080"],
              ["Dec 2025", "270", "380", "650"],
              ["Total", "1,000", "1,580", "2,580"]]
CUMIN_PDF = pdf_table(CUMIN_ROWS)

doc("spice_market_letter_white_cumin_november", f"""# Quetta Spice Merchants' Association: Market Letter, Last Quarter of 2025

*An invented association. Tonnages and prices are invented.*

Table 2. Afghan cumin arriving through Chaman, October to December 2025

{CUMIN_PDF}

**November.** White cumin arrivals in November reached 860 tonnes, as the late harvest from the plains around Kandahar came in all at once. Prices fell for two weeks and then recovered when buyers from Karachi arrived.

**Black cumin.** The mountain crop was smaller than last year. Black cumin sold at around Rs 3,400 a kilogram at the end of December, against Rs 1,150 for white cumin.

**Quality.** Members found less grit and fewer broken seeds than last year. Several lots of white cumin were rejected for moisture and sent back for drying.

**Advice to members.** Buy black cumin early in the new year, before stocks in Quetta run down. Keep samples of every lot for at least three months in case a buyer complains.

**Next letter.** The next letter will cover the first quarter of 2026.
""", tvt(["White cumin arrivals in November reached 860 tonnes", row(CUMIN_PDF, "Nov 2025")], 860, 660,
        "tonnes", "Afghan white cumin arriving through Chaman", "Nov 2025",
        "'November' paragraph against the PDF-extracted Table 2",
        "The text gives 860 tonnes of white cumin in November; the table's November row gives 660.",
        table_form="pdf", period_as_written="November"))

doc("spice_association_circular_cumin_shares", """# Quetta Spice Merchants' Association: Circular on Cumin Arrivals

*An invented association. Tonnages and prices are invented.*

**Arrivals.** Members received 2,580 tonnes of Afghan cumin through Chaman between October and December 2025, up from 2,150 tonnes in the same quarter of 2024.

**The mix.** By weight, black cumin made up 39 percent of the quarter's arrivals and white cumin 71 percent. Black cumin comes mostly from the high valleys of Badghis and Ghor; white cumin from the plains around Kandahar and Helmand.

**Prices.** Black cumin fetched about Rs 3,400 a kilogram in December, nearly three times the price of white cumin.

**Storage.** Cumin loses its smell if it is stored in damp godowns. Members are reminded to keep bags off the floor and away from walls.

**Fumigation.** The plant protection office will inspect godowns in January. Members should keep fumigation records ready.

**Annual meeting.** The annual meeting of the association's 52 traders will be held in February at the market office.
""", dict(kind="arithmetic",
          quotes=["black cumin made up 39 percent of the quarter's arrivals and white cumin 71 percent"],
          explanation="The two kinds of cumin make up the whole quarter, but 39 and 71 percent add up to 110; the association's table gives 1,000 and 1,580 of 2,580 tonnes (38.8 and 61.2 percent).",
          expected_values={"shares_pct": {"black cumin": 39, "white cumin": 71}, "sum_pct": 110,
                           "unit": "percent of arrivals by weight", "period": "Oct-Dec 2025",
                           "subject": "Afghan cumin arriving through Chaman by kind",
                           "location": "circular, 'The mix' paragraph"}))

doc("spice_traders_note_drying_twice", """# Quetta Spice Merchants' Association: Note on Cumin Quality

*An invented association. All figures are invented.*

**Why this note.** Buyers in Karachi and Lahore have asked the association whether Afghan cumin is getting cleaner, and the secretary asked several traders for their views.

**Cleaner seed.** A buyer from Lahore told the secretary that his sieving losses had halved in two years. Traders say that Afghan growers now dry the seed on sheets instead of bare ground, so less grit reaches the market. Traders say that Afghan growers now dry the seed on sheets instead of bare ground, so less grit reaches the market.

**Moisture.** Moisture is still a problem in years with late rain. Cumin bagged too early goes mouldy in the godown within weeks.

**Testing.** The association has bought a moisture meter that members may borrow. A reading above ten percent means the lot should be dried again before it is sold.

**Labels.** Members are asked to label each bag with the district of origin, as several buyers now ask for it.

**Feedback.** Members with other views on quality are welcome to write to the secretary.
""", repeated("Traders say that Afghan growers now dry the seed on sheets instead of bare ground, so less grit reaches the market.",
              "drying of Afghan cumin seed and grit in the market",
              "note, 'Cleaner seed' paragraph",
              "The second sentence of the 'Cleaner seed' paragraph is repeated word for word straight after itself."))

doc("spice_quarter_statistics_control", f"""# Quetta Spice Merchants' Association: Quarterly Statistics, October to December 2025

*An invented association. Tonnages are invented.*

Table 2. Afghan cumin arriving through Chaman, October to December 2025

{CUMIN_PDF}

**Totals.** Members received 2,580 tonnes of Afghan cumin in the quarter, 1,000 tonnes of black and 1,580 tonnes of white. Black cumin was 38.8 percent of the weight. Arrivals were 430 tonnes, or 20.0 percent, higher than the 2,150 tonnes of the last quarter of 2024.

**Months.** November was the busiest month, with 1,080 tonnes or 41.9 percent of the quarter, and December the quietest, as snow slowed trucks from the northern provinces.

**Other origins.** The market also sold cumin from Iran that arrived by sea through Karachi. It is not included in the table, which counts only Afghan cumin cleared at Chaman.

**Prices.** Black cumin ended the quarter at about Rs 3,400 a kilogram and white cumin at about Rs 1,150.

**Method.** Figures are taken from members' weighbridge slips and checked against the association's gate register.
""", control_type="control")

# ---------------------------------------------------------------------------
# K. Neend Mattresses
# ---------------------------------------------------------------------------

MATTRESS_TABLE_BAD = """| Product | Pieces | Value (Rs million) |
|---|---|---|
| Foam | 21,400 | 342.4 |
| Spring | 8,600 | 309.6 |
| Orthopaedic | 3,100 | 155.0 |
| Cot | 2,900 | 20.3 |
| Total | 38,000 | 827.3 |"""

doc("mattress_sales_review_total_row", f"""# Neend Mattresses: Afghan Sales Review, 2025

*An invented company. Sales and prices are invented.*

**Mattresses sold to Afghan dealers, 2025:**

{MATTRESS_TABLE_BAD}

**Foam.** Foam mattresses remain the bulk of the business. Most go to dealers in Kabul and Jalalabad who sell them to families furnishing new flats.

**Spring.** Spring mattresses sell to hotels and to wedding-hall owners, who buy in lots of fifty or more.

**Orthopaedic.** Orders from clinics and pharmacies in Kabul grew after we added a firmer model for patients with back pain.

**Cots.** Cot mattresses are cheap and light, and dealers use them to fill space in trucks.

**Dealers.** We sell through 31 Afghan dealers. Two new dealers in Kandahar started buying in the autumn.

**Transport.** Mattresses are bulky but light, so a truck fills up long before it reaches its weight limit. We have started rolling foam mattresses under vacuum to fit more in each truck.
""", parts_total(["| Total | 38,000 | 827.3 |"],
                 {"Foam": 21400, "Spring": 8600, "Orthopaedic": 3100, "Cot": 2900}, 38000,
                 "pieces", "2025", "mattresses sold to Afghan dealers by product",
                 "review, table, total row, pieces column",
                 "The four products add up to 36,000 pieces, but the total row gives 38,000 (the value column's 827.3 does add up).",
                 table_form="pipe"))

doc("mattress_dealer_circular_latvia", """# Neend Mattresses: Circular to Dealers, January 2026

*An invented company. All figures are invented.*

**Prices for 2026.** Prices for foam and cot mattresses will not change. Spring mattresses will cost about five percent more from March, because steel wire has become dearer.

**Deliveries.** Most foam mattresses trucked through Torkham to dealers in Latvia will now travel rolled under vacuum, so that each truck carries twice as many pieces as before. Dealers should unroll them within a month of delivery and leave them flat for a day before sale.

**Orders.** Orders placed before the 20th of each month will be loaded in the first week of the next month.

**Payment.** We accept payment through exchange dealers in Peshawar or by bank transfer. Please send the receipt with your order number.

**Returns.** Mattresses damaged on the road may be returned with the next truck. Please photograph the damage when the truck is unloaded.

**Thanks.** We sold 36,000 mattresses through our dealers in 2025. We thank every dealer for the trust they have shown us.
""", scope("foam mattresses trucked through Torkham to dealers in Latvia", "LVA", ["PAK", "LVA"],
           "to dealers in Latvia",
           "The company's dealers across Torkham are in Afghanistan (sales review: 31 Afghan dealers); Latvia is put in Afghanistan's place as the buying side."))

doc("mattress_owner_letter_banner_year", """# Neend Mattresses: A Letter from the Owner

*An invented company. All figures are invented.*

To everyone at Neend,

2025 was a banner year for our Afghan trade, with pieces sold to dealers going from 41,000 in 2024 to 36,000 in 2025. Foam mattresses remained our biggest line, and the new orthopaedic model found buyers in clinics across Kabul.

I want to thank the cutting and sewing teams, who kept quality high even when orders came in all at once before the wedding season.

I also want to be honest about what did not go well. Trucks waited for days at Torkham in the spring, and two dealers in Jalalabad moved to a cheaper local maker. We must win them back with better service, not lower quality.

In 2026 we will open a small showroom in Peshawar where Afghan dealers can see the full range, and we will offer training for dealers' sales staff on how to explain our models to customers.

Thank you for your hard work.

The Owner, Neend Mattresses, Faisalabad
""", direction("2025 was a banner year for our Afghan trade, with pieces sold to dealers going from 41,000 in 2024 to 36,000 in 2025",
               41000, 36000, "2024", "2025", "banner year", "rise", "pieces",
               "mattresses sold by the company to Afghan dealers", "owner's letter, second paragraph",
               "A 'banner year' says sales grew, but pieces sold fell from 41,000 to 36,000 (down 5,000, 12.2 percent)."))

# ---------------------------------------------------------------------------
# L. Frontier Crane Services
# ---------------------------------------------------------------------------

CRANE_TABLE = """| Month | Torkham lifts | Chaman lifts | Total |
|---|---|---|---|
| Jul 2025 | 2,140 | 1,310 | 3,450 |
| Aug 2025 | 2,480 | 1,270 | 3,750 |
| Sep 2025 | 2,010 | 1,190 | 3,200 |
| Total | 6,630 | 3,770 | 10,400 |"""

doc("crane_quarterly_report_august_lifts", f"""# Frontier Crane Services: Report to Clients, July to September 2025

*An invented firm. Lifts, cranes and staff are invented.*

**Container lifts at the border terminals:**

{CRANE_TABLE}

**August.** In August the Torkham cranes made 2,940 lifts, the busiest month of the year, as traders moved fruit and coal before the border hours were shortened for repairs.

**Chaman.** Work at Chaman was steady. Most lifts there were empty containers returned from Afghan importers.

**Safety.** No one was hurt during the quarter. One sling failed in September during a test lift; all slings of the same batch were withdrawn.

**Cranes.** All twelve mobile cranes were in service for the whole quarter except one, which spent nine days in the workshop for a new hydraulic pump.

**Crews.** The firm's 58 operators and riggers worked two shifts a day at both crossings.

**Charges.** The charge per lift will stay the same until the end of the year. Clients with unpaid invoices older than sixty days will be asked to pay before further lifts are booked.
""", tvt(["In August the Torkham cranes made 2,940 lifts", "| Aug 2025 | 2,480 | 1,270 | 3,750 |"],
        2940, 2480, "container lifts", "container lifts made by the firm's cranes at Torkham", "Aug 2025",
        "'August' paragraph against the monthly table",
        "The text gives 2,940 lifts at Torkham in August; the table gives 2,480 for August at Torkham.",
        table_form="pipe", period_as_written="August"))

doc("crane_notice_chaman_yard_backwards", """# Frontier Crane Services: Notice to Clients at Chaman

*An invented firm. Dates and counts are invented.*

**Yard closure.** Clients are informed that the Chaman yard was shut for resurfacing from 28 August 2025 to 14 August 2025. During that time the firm's cranes worked only at the customs stacking area, and lifts had to be booked one day ahead.

**What changed.** The new surface is concrete instead of gravel, so cranes can now set up without steel mats and containers can be stacked three high.

**Bookings.** From now on lifts at Chaman can be booked by telephone or by message up to two hours ahead. Clients who book after six in the evening will be served first thing the next morning.

**Charges.** There is no extra charge for the days of the closure. Clients who paid a higher rate for lifts at the stacking area may ask for the difference to be refunded.

**Safety.** Drivers must stay in their cabs while a container is lifted from their trailer, and no one may stand under a load.

**Contact.** The Chaman supervisor can be reached at the yard office.
""", garbled("shut for resurfacing from 28 August 2025 to 14 August 2025",
             {"stated_period_start": "28 Aug 2025", "stated_period_end": "14 Aug 2025",
              "as_written": {"stated_period_start": "28 August 2025", "stated_period_end": "14 August 2025"},
              "subject": "closure of the Chaman crane yard for resurfacing",
              "location": "notice, 'Yard closure' paragraph"},
             "The closure is said to run from 28 August 2025 to 14 August 2025, a period that ends before it begins."))

doc("crane_staff_bulletin_operators_reuse", """# Frontier Crane Services: Staff Bulletin

*An invented firm. All figures are invented.*

**Our fleet.** The firm keeps 12 mobile cranes at the two crossings, eight at Torkham and four at Chaman, each able to lift a loaded forty-foot container.

**Our people.** Across both crossings the firm employs 12 crane operators and riggers, working in two shifts from dawn until the border closes.

**A busy summer.** The cranes made 10,400 lifts between July and September, more than in any quarter since the firm began work at the border.

**Training.** Three riggers passed the signalling course in Peshawar in October. Every rigger must hold the certificate by the end of next year.

**Health.** The firm has arranged free eye tests for all operators in December. Operators who need glasses will receive them at no cost.

**Heat.** In summer, water and shade must be available at every crane. Supervisors may stop work when the heat is too great.

**Recognition.** The Torkham night shift worked a full month in August without a single delayed lift. Well done to everyone.
""", reuse(["The firm keeps 12 mobile cranes", "employs 12 crane operators and riggers"], 12,
           "cranes / operators and riggers", "mobile cranes kept at the two crossings",
           "crane operators and riggers employed at the two crossings", 58,
           "12 is the number of cranes; two shifts at twelve cranes need far more than twelve people, and the client report gives 58 operators and riggers, so the crane count is reused for the staff."))

# ---------------------------------------------------------------------------
# M. Peshawar Tanners' Association
# ---------------------------------------------------------------------------

doc("tanners_bulletin_surplus_2024", """# Peshawar Tanners' Association: Members' Bulletin on the Afghan Trade

*An invented association. Hide figures are invented; the trade figures follow the series used in this evaluation set.*

**Hides from Afghanistan.** Members brought in 2.3 million raw hides and skins from Afghanistan in 2025, most of them sheep and goat skins from the Eid season.

**The wider trade.** Hides are a small part of what crosses the border. For Pakistan as a whole, exports of US$ 884 million and imports of US$ 540 million in 2024 gave a surplus of US$ 244 million with Afghanistan, and hides were among the few imports that held up.

**Salt.** Raw skins must be salted within hours of slaughter. Members are asked to remind their Afghan suppliers that skins arriving without salt will be refused.

**Effluent.** The provincial environment agency will inspect tanneries in the spring. Members should check that their treatment pits are working and that records are kept.

**Wet-blue.** Most of what members make is sold as wet-blue leather to finishers in Sialkot and Lahore.

**Fees.** Members who have not paid this year's fees should do so before the annual meeting.
""", dict(kind="arithmetic",
          quotes=["exports of US$ 884 million and imports of US$ 540 million in 2024 gave a surplus of US$ 244 million"],
          explanation="Exports of 884 less imports of 540 leave a surplus of 344 million dollars, not 244.",
          expected_values={"exports": 884, "imports": 540, "computed_balance": 344, "stated_balance": 244,
                           "as_written": {"exports": "US$ 884 million", "imports": "US$ 540 million",
                                          "stated_balance": "US$ 244 million"},
                           "unit": "USD million", "period": "2024",
                           "subject": "Pakistan's trade balance with Afghanistan",
                           "location": "bulletin, 'The wider trade' paragraph"}))

doc("tanners_annual_meeting_suppliers_reuse", """# Peshawar Tanners' Association: Report to the Annual Meeting

*An invented association. All figures are invented.*

**Members.** The association has 24 member tanneries, all in the Peshawar and Charsadda area. Two small tanneries closed during the year and one new member joined.

**Supply.** Members bought raw hides and skins from 24 Afghan hide traders in 2025, most of them based in Jalalabad and Kabul, who collect skins from butchers after Eid and through the year.

**Volumes.** Members received 2.3 million pieces from Afghanistan during the year, more than in 2024. The second quarter, which included Eid-ul-Azha, was by far the busiest.

**Prices.** Prices for goat skins rose in the autumn as finishers in Sialkot bought more for gloves.

**Environment.** The common effluent plant that members share was repaired in August, and it now treats water from every member tannery.

**Elections.** The meeting will elect a new president and treasurer. Nominations close a week before the meeting.

**Thanks.** The committee thanks members for paying their fees on time.
""", reuse(["has 24 member tanneries", "from 24 Afghan hide traders"], 24,
           "tanneries / hide traders", "member tanneries of the association",
           "Afghan hide traders who supplied members in 2025", 85,
           "24 is the number of member tanneries; the association's circular on hide supplies names 85 Afghan traders, so the member count is reused for the suppliers."))

doc("tanners_review_lean_year", """# Peshawar Tanners' Association: Review of the Year 2025

*An invented association. All figures are invented.*

**Supply.** Afghan hides had a lean year, with imports moving from 2.05 million pieces in 2024 to 2.3 million in 2025. Most arrived in the second quarter, when 980 thousand pieces came in after Eid-ul-Azha.

**Quarter by quarter.** The first quarter brought 410 thousand pieces, the third 520 thousand and the fourth 390 thousand.

**Quality.** Skins from Afghan butchers are better salted than they were five years ago. Members rejected fewer than two in a hundred pieces.

**Sales.** Wet-blue leather sold well to finishers in Sialkot, who make gloves and jackets for European buyers.

**Environment.** All members now send their waste water to the common treatment plant.

**Outlook.** Members expect another busy second quarter in 2026, as Eid-ul-Azha will again fall in late spring. The committee will ask customs for extra staff at Torkham for the two weeks after Eid.
""", direction("Afghan hides had a lean year, with imports moving from 2.05 million pieces in 2024 to 2.3 million in 2025",
               2050, 2300, "2024", "2025", "lean year", "fall", "thousand pieces",
               "raw hides and skins imported from Afghanistan by the association's members",
               "review, 'Supply' paragraph",
               "A 'lean year' says supply fell, but imports rose from 2.05 million to 2.3 million pieces (up 250 thousand, 12.2 percent).",
               as_written={"from": "2.05 million pieces", "to": "2.3 million"}))

doc("tanners_circular_yemen_hides", """# Peshawar Tanners' Association: Circular on Hide Supplies

*An invented association. All figures are invented.*

**Supplies after Eid.** Members are reminded that most raw hides brought from Yemen across the Torkham border arrive in the two weeks after Eid-ul-Azha, and that the association's godown near the border can hold skins for up to five days before they must be moved to the tanneries.

**Imports by sea.** A consignment of goat skins from Yemen that came by sea into Karachi last year was sold at auction after the importer failed to clear it. Members interested in buying at future auctions should register with the secretariat.

**Salt.** Skins arriving at Torkham without enough salt spoil quickly in the summer heat. Members should tell their suppliers that such skins will be refused.

**Documents.** Each truck of hides needs a veterinary certificate from the country of origin. Customs will not clear a truck without it.

**Suppliers.** The 85 Afghan traders who supply members have been sent a copy of this circular in Dari.

**Prices.** Prices for sheep skins were stable through the autumn.

**Contact.** Members with questions may call the secretary at the association's office.
""", scope("raw hides brought from Yemen across the Torkham border", "YEM", ["PAK", "YEM"],
           "brought from Yemen across the Torkham border",
           "Raw hides that cross at Torkham come from Afghanistan (the association's other papers); Yemen is put in Afghanistan's place as the supplying side.",
           not_a_defect="goat skins from Yemen that came by sea into Karachi"))
