# Seventeenth held-out set of synthetic documents ("heldout17").  Written from
# scratch after heldout16/, by a labeller who had not opened dyad's
# implementation or history and had not seen any of its results.
# Every entry: name (topic slug, numbered later by build_heldout17.py), text,
# labels (list of defect dicts), control_type for controls.
# Registers not used before: a National Assembly question and its answers, a
# bank's trade-finance circular on export e-forms, a weather and road-closure
# bulletin, a school census for refugee villages, a poultry trade note, a
# High Court judgment summary on detained trucks, a port's monthly bulletin
# on Afghan transit boxes, a donor's results framework, a consular visa
# appointments report, an NGO's winter distribution report, a drug
# regulator's note on export certificates and a cricket tour logistics memo.
#
# Invented figures shared with earlier sets: annual trade series (README:
# exports 936 / 1,012 / 884 and imports 741 / 690 / 540 for 2022-2024,
# balances 195 / 322 / 344); pharmaceutical exports FY2025 US$ 96 million.
#
# New invented figures, consistent with the above:
#   Transit containers landed at Karachi for Afghanistan FY2024 38,400,
#     FY2025 31,700 (fall 6,700, 17.4 percent).
#   Frontier Commercial Bank (invented), export e-forms for Afghanistan 2025,
#     count / US$ million: Q1 4,120 / 212, Q2 4,560 / 236, Q3 4,980 / 251,
#     total 13,660 / 699; Q3 by mode: advance 64, open account 21, letters of
#     credit 15 percent; Q3 proceeds realised in the quarter US$ 214 million,
#     37 outstanding.
#   Khyber roads and weather cell (invented), closure hours Dec 2024 / Jan
#     2025 / Feb 2025: Torkham road 18 / 41 / 27 (86), N-25 Khojak 0 / 216 /
#     30 (246), total 18 / 257 / 57 (332); Khojak closed 11-19 Jan 2025;
#     trucks held 12 Jan 2025: Jamrud 410, Landi Kotal 230 (640).
#   Refugee villages school census 2024 (invented), enrolment boys / girls /
#     total: primary 29,200 / 19,400 / 48,600, middle 8,100 / 4,200 /
#     12,300, secondary 3,400 / 1,300 / 4,700, total 40,700 / 24,900 /
#     65,600 (girls 38 percent; levels 74 / 19 / 7 percent); 2023 total
#     71,200 (fall 7.9 percent); 214 schools.
#   Poultry exports to Afghanistan FY2024 / FY2025: eggs 182 / 214 million,
#     day-old chicks 9.6 / 8.1 million, feed 41,000 / 46,500 t; US$ million
#     eggs 14.6 / 16.9, chicks 5.8 / 4.9, feed 18.0 / 20.4, total 38.4 /
#     42.2 (rise 3.8, 9.9 percent).
#   Writ petition of a transporters' association (invented): 146 trucks held
#     at Torkham from 4 Nov 2024 for up to 23 days (107 with fruit, 39
#     other); demurrage Rs 9,000 a truck a day, Rs 30.2 million; 88 trucks in
#     the 2023 petition (rise 65.9 percent).
#   Port transit cell (invented), Afghan transit boxes Jul / Aug / Sep 2025:
#     via Torkham 1,710 / 1,890 / 1,800 (5,400), via Chaman 1,130 / 1,230 /
#     1,160 (3,520), total 2,840 / 3,120 / 2,960 (8,920).
#   Border Livelihoods Programme (invented): traders trained 2,460 (790
#     women, 1,670 men; target 3,000); returnee households supported 4,800
#     (2024), 6,200 (2025); market stalls 120 of 150.
#   Visa section in Kabul (invented figures), appointments / visas issued:
#     Q1 2025 61,400 / 48,700, Q2 58,900 / 45,300, Q3 66,200 / 52,100, total
#     186,500 / 146,100; Q3 visas medical 21,800, business 12,400, family
#     14,600, other 3,300; 600 appointments a day.
#   Winter distribution (invented NGO), Jan-Feb 2025: 3,100 returnee
#     families, 9,300 blankets, Rs 15,000 cash a family (Rs 46.5 million).
#   Drug regulator (invented): export certificates for Afghanistan FY2024
#     1,240, FY2025 1,530.
#   Cricket tour (invented): 17 players and 12 staff, 6 matches.

import re  # noqa: F401


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
    """The line of a laid-out PDF table that starts with `first`."""
    hits = [ln for ln in table.split("\n") if ln.startswith(first)]
    assert len(hits) == 1, (first, hits)
    return hits[0]


HELDOUT17 = []

PAIR = ["PAK", "AFG"]

# ---------------------------------------------------------------------------
# R1. National Assembly question and answers on trade with Afghanistan.
# ---------------------------------------------------------------------------

NA_NOTE = ("*An invented question and answer in the style of a National Assembly sitting. Trade "
           "figures follow this set's series; other figures are invented.*")

NA_TABLE = """| Year | Exports to Afghanistan | Imports from Afghanistan | Balance |
|---|---|---|---|
| 2022 | 936 | 741 | 195 |
| 2023 | 1,012 | 690 | 322 |
| 2024 | 884 | 540 | 344 |"""

HELDOUT17.append(dict(
    name="assembly_question_imports_2024_table",
    control_type=None,
    labels=[dict(
        kind="text_vs_table",
        quotes=["imports from Afghanistan came to US$ 580 million", "| 2024 | 884 | 540 | 344 |"],
        explanation="The written answer says imports from Afghanistan came to US$ 580 million in 2024; "
                    "the table laid with the answer gives 540 for the same year, and its balance of 344 "
                    "only fits 540.",
        expected_values={"text_value": 580, "table_value": 540, "unit": "USD million",
                         "subject": "Pakistan's imports from Afghanistan", "period": "2024",
                         "location": "written answer, second paragraph, against the table laid with it",
                         "table_form": "pipe", "text_as_written": "US$ 580 million"},
    )],
    text="""
# National Assembly: Starred Question on Trade with Afghanistan (written answer)

""" + NA_NOTE + """

**Question.** Will the Minister for Commerce be pleased to state the value of Pakistan's trade with Afghanistan in each of the last three calendar years, and the reasons for any change?

**Answer laid on the Table.** The value of exports to Afghanistan and imports from Afghanistan, in US$ million, was as follows:

""" + NA_TABLE + """

In 2024 exports stood at US$ 884 million while imports from Afghanistan came to US$ 580 million, so Pakistan again ran a surplus. Exports were lower than in 2023 because of the long closures of Torkham in the first half of the year and the tighter rules on the documents that drivers must carry.

The fall in imports reflects smaller purchases of Afghan coal after domestic prices eased, and a weaker fresh fruit season. Cotton and dried fruit held up better.

**Supplementary question.** A member asked whether the Ministry publishes the monthly figures. The Parliamentary Secretary replied that the Ministry publishes them on its website about six weeks after the end of each month, and that the figures in the answer are on a calendar-year basis, not the fiscal year that the budget uses.

**Follow-up.** The Chair directed the Ministry to share the crossing-wise figures with the Standing Committee on Commerce before its next meeting.
""",
))

HELDOUT17.append(dict(
    name="assembly_supplementary_surplus_2023",
    control_type=None,
    labels=[dict(
        kind="arithmetic",
        quotes=["exports of US$ 1,012 million against imports of US$ 690 million, which left a surplus of US$ 312 million"],
        explanation="Exports of 1,012 less imports of 690 give a surplus of US$ 322 million, not 312.",
        expected_values={"exports": 1012, "imports": 690, "computed_balance": 322, "stated_balance": 312,
                         "as_written": {"exports": "US$ 1,012 million", "imports": "US$ 690 million",
                                        "stated_balance": "US$ 312 million"},
                         "unit": "USD million", "period": "2023",
                         "subject": "Pakistan's trade balance with Afghanistan",
                         "location": "Minister's reply to the second supplementary question"},
    )],
    text="""
# National Assembly: Supplementary Questions on the Afghan Trade Surplus (record of proceedings, extract)

""" + NA_NOTE + """

**First supplementary.** A member from Khyber asked why traders in Landi Kotal say business has never been worse when the Ministry reports a surplus with Afghanistan. The Minister said that a surplus on paper does not mean that every market town gains, and that the towns along the road lose most when the crossing is shut.

**Second supplementary.** A member from Quetta asked for the figure for 2023. The Minister replied that in 2023 Pakistan recorded exports of US$ 1,012 million against imports of US$ 690 million, which left a surplus of US$ 312 million. He added that the surplus had grown since 2022 because imports of coal had fallen faster than exports of food.

**Third supplementary.** A member asked how much of the trade passes through Chaman. The Minister said that he would not give a figure on the floor without checking it, and undertook to send it to the member in writing within a week.

**Fourth supplementary.** A member asked about barter trade. The Minister said that the barter rules notified in 2023 allow traders in the border districts to exchange listed goods without letters of credit, but that use of the rules has so far been small.

**Ruling of the Chair.** The question was disposed of. The Chair asked the Ministry to place the monthly figures for 2023 and 2024 before the House in the next session.
""",
))

HELDOUT17.append(dict(
    name="assembly_transit_containers_mushroomed",
    control_type=None,
    labels=[dict(
        kind="direction",
        quotes=["mushroomed from 38,400 in FY2024 to 31,700 in FY2025"],
        explanation="'Mushroomed' describes a fall: transit containers went from 38,400 to 31,700, "
                    "down 6,700 or 17.4 percent; the next sentence itself explains a decline.",
        expected_values={"from": 38400, "to": 31700, "change": -6700, "change_pct": -17.45,
                         "from_period": "FY2024", "to_period": "FY2025", "stated_direction": "rise",
                         "actual_direction": "fall", "direction_word": "mushroomed",
                         "unit": "containers",
                         "subject": "Afghan transit containers landed at Karachi",
                         "location": "written answer, first paragraph"},
    )],
    text="""
# National Assembly: Unstarred Question on Afghan Transit Trade (written answer)

""" + NA_NOTE + """

**Question.** Will the Minister for Maritime Affairs be pleased to state the number of containers of Afghan transit cargo landed at Karachi in the last two fiscal years, and the steps taken against misuse of the transit facility?

**Answer.** The number of Afghan transit containers landed at Karachi mushroomed from 38,400 in FY2024 to 31,700 in FY2025. The main reasons for the decline are the list of goods that may no longer move in transit, notified in 2023, the bank guarantee now required for high-value goods, and the shift of some Afghan importers to the ports of neighbouring countries.

**Steps against misuse.** Every transit container is now tracked by an electronic seal from the port to the border. Containers that leave the route, or that take more than the allowed days to reach Torkham or Chaman, are flagged to Customs. In FY2025 the tracking system raised 214 such flags, and Customs found goods missing from 19 containers.

**Supplementary question.** A member asked whether the fall hurts the port's revenue. The Minister said that transit containers are a small share of the port's business, but that the loss falls on the transporters and clearing agents of Karachi and Peshawar.

**Further step.** The Minister informed the House that the Ministry is talking to the Afghan side about a joint inspection point, so that containers are not examined twice.
""",
))

HELDOUT17.append(dict(
    name="assembly_refugee_question_2023",
    control_type=None,
    labels=[dict(
        kind="citation",
        quotes=["about 1.56 million registered Afghan refugees were in Pakistan at the end of 2023 (UNHCR, Dec 2023)"],
        explanation="The reference value for end-2023 is 1,987,717; 1.56 million is 21.5 percent below it "
                    "(and close to the end-2024 value instead).",
        expected_values={"stated": 1560000, "reference": 1987717, "indicator": "refugees.registered",
                         "subject": "registered Afghan refugees in Pakistan", "period": "2023",
                         "cited_source": "UNHCR",
                         "citation_form": "(UNHCR, Mon YYYY) after a figure in a Minister's written answer",
                         "location": "written answer, first paragraph",
                         "stated_as_written": "1.56 million", "stated_hedge": "about"},
    )],
    text="""
# National Assembly: Starred Question on Registered Afghan Refugees (written answer)

""" + NA_NOTE + """

**Question.** Will the Minister for States and Frontier Regions be pleased to state the number of registered Afghan refugees in Pakistan, and the plan for their proof of registration cards?

**Answer.** According to the figures the Ministry uses for planning, about 1.56 million registered Afghan refugees were in Pakistan at the end of 2023 (UNHCR, Dec 2023). Most of them live in Khyber Pakhtunkhwa, followed by Balochistan, Punjab and Sindh, and about a third live in refugee villages.

**Cards.** The proof of registration cards were extended several times. The Federal Cabinet decides each extension on the advice of the Ministry, after consulting the provinces.

**Supplementary question.** A member asked how many unregistered Afghans have left since the repatriation plan began in late 2023. The Minister said that the figure is kept by the Ministry of Interior and that he would ask that Ministry to answer the member directly.

**Second supplementary.** A member asked whether refugee children may sit the board examinations. The Minister said that they may, on the basis of their cards, and that the boards of Peshawar and Quetta have made special arrangements for refugee village schools.

**Third supplementary.** A member asked about the cost to the provinces. The Minister said that the cost of schools, health units and water supply in refugee villages is shared with donors, and that a paper on it would be sent to the Standing Committee.
""",
))

HELDOUT17.append(dict(
    name="assembly_trade_and_transit_answer_control",
    control_type="control",
    labels=[],
    text="""
# National Assembly: Question on Trade and Transit with Afghanistan (written answer and supplementaries)

""" + NA_NOTE + """

**Answer laid on the Table.** Trade with Afghanistan, in US$ million; the balance is exports less imports:

""" + NA_TABLE + """

The surplus rose from US$ 195 million in 2022 to US$ 322 million in 2023 and US$ 344 million in 2024, although exports fell in 2024. Imports fell faster than exports: by US$ 150 million in 2024, against US$ 128 million for exports.

**Transit.** Afghan transit containers landed at Karachi fell from 38,400 in FY2024 to 31,700 in FY2025, a drop of 17.4 percent. Most of this cargo is made in China and shipped through Karachi to Torkham and Chaman under the transit agreement; some Afghan importers now use the port of Bandar Abbas in Iran instead.

**Supplementary question.** A member asked whether Uzbekistan's rail link to northern Afghanistan takes trade away from Pakistan. The Minister said that it carries mainly fuel and grain from Central Asia, which Pakistan does not export, but that the proposed railway from Termez through Afghanistan to Peshawar would change the picture.

**Ruling of the Chair.** The question was disposed of.
""",
))

# ---------------------------------------------------------------------------
# R2. A bank's trade-finance circular on export e-forms for Afghanistan.
# ---------------------------------------------------------------------------

BK_NOTE = ("*An invented bank's internal circular. The bank, its branches and its figures are invented.*")

BK_TABLE = """| Quarter | E-forms registered | Value (US$ million) |
|---|---|---|
| Q1 2025 | 4,120 | 212 |
| Q2 2025 | 4,560 | 236 |
| Q3 2025 | 4,980 | 251 |
| Total | 13,660 | 699 |"""

HELDOUT17.append(dict(
    name="bank_circular_eforms_second_quarter",
    control_type=None,
    labels=[dict(
        kind="text_vs_table",
        quotes=["branches registered 4,760 e-forms", "| Q2 2025 | 4,560 | 236 |"],
        explanation="The circular says branches registered 4,760 e-forms in the second quarter; the "
                    "table gives 4,560, and only 4,560 makes the total of 13,660 add up.",
        expected_values={"text_value": 4760, "table_value": 4560, "unit": "export e-forms",
                         "subject": "export e-forms for Afghanistan registered by the bank", "period": "Q2 2025",
                         "period_as_written": "the second quarter",
                         "location": "paragraph 2 of the circular against the table in paragraph 1",
                         "table_form": "pipe"},
    )],
    text="""
# Frontier Commercial Bank: Trade Finance Circular No. 14 of 2025: Export E-forms for Afghanistan

""" + BK_NOTE + """

**To:** all authorised dealer branches in Khyber Pakhtunkhwa and Balochistan.

**1. Volumes.** Export e-forms registered by the bank for goods sent to Afghanistan in 2025:

""" + BK_TABLE + """

**2. Comment.** In the second quarter our branches registered 4,760 e-forms, despite the closure of Torkham for part of the period, and the third quarter was the busiest of the year. Peshawar main branch alone handled more than half of the volume.

**3. Reminder on realisation.** Export proceeds must be realised within 120 days of shipment. Branches shall report every e-form that is overdue to the Trade Operations Unit by the tenth of each month, with the reason given by the exporter.

**4. Advance payment.** Where the Afghan buyer pays in advance, the branch shall confirm that the money was received from a bank abroad before it certifies the e-form. Cash deposits in foreign currency are not acceptable as proof of payment.

**5. Compliance.** Branches that fail to report on time will be named in the monthly compliance review. Questions on this circular may be sent to the Head of Trade Finance.
""",
))

HELDOUT17.append(dict(
    name="bank_circular_value_total_row",
    control_type=None,
    labels=[dict(
        kind="arithmetic",
        quotes=["| Total | 13,660 | 709 |"],
        explanation="The total value of e-forms is given as US$ 709 million, but the three quarters "
                    "(212, 236 and 251) add up to 699; the count column adds up.",
        expected_values={"parts": {"Q1 2025": 212, "Q2 2025": 236, "Q3 2025": 251},
                         "sum_of_parts": 699, "stated_total": 709, "difference": 10,
                         "unit": "USD million", "period": "Jan-Sep 2025",
                         "subject": "value of export e-forms for Afghanistan registered by the bank",
                         "location": "circular, paragraph 1, table, total row, value column",
                         "table_form": "pipe"},
    )],
    text="""
# Frontier Commercial Bank: Quarterly Note to the Credit Committee on Afghan Export Business

""" + BK_NOTE + """

**Purpose.** To update the committee on the bank's export business with Afghanistan in the first nine months of 2025 and to seek approval for a higher limit on advance-payment exports.

**Volumes.** Export e-forms registered for goods sent to Afghanistan:

| Quarter | E-forms registered | Value (US$ million) |
|---|---|---|
| Q1 2025 | 4,120 | 212 |
| Q2 2025 | 4,560 | 236 |
| Q3 2025 | 4,980 | 251 |
| Total | 13,660 | 709 |

**Risk.** The main risk in this business is late realisation of proceeds. At the end of September e-forms worth US$ 37 million were outstanding, nearly all of them less than 60 days past shipment. No e-form has been written off this year.

**Modes of payment.** In the third quarter advance payment covered 64 percent of the value, open account 21 percent and letters of credit 15 percent. Letters of credit are rare because few Afghan banks can have them confirmed abroad.

**Request.** The committee is asked to raise the limit on advance-payment exports per customer from US$ 2 million to US$ 3 million a quarter, for customers with a clean record of two years.
""",
))

HELDOUT17.append(dict(
    name="bank_realisation_memo_reuse",
    control_type=None,
    labels=[dict(
        kind="number_reuse",
        quotes=["e-forms worth US$ 251 million", "US$ 251 million had been realised"],
        explanation="US$ 251 million is the value of e-forms registered in Q3; the same figure is then "
                    "given for proceeds realised, although the memo says US$ 37 million was still "
                    "outstanding, which leaves 214.",
        expected_values={"value": 251, "unit": "USD million", "value_as_written": "US$ 251 million",
                         "quantity_1": "value of export e-forms for Afghanistan registered in Q3 2025",
                         "quantity_2": "export proceeds realised on those e-forms by 30 September 2025",
                         "expected_value_2": 214},
    )],
    text="""
# Frontier Commercial Bank: Memo from Trade Operations on Realisation of Afghan Export Proceeds, Q3 2025

""" + BK_NOTE + """

**Summary.** In the third quarter of 2025 the bank registered 4,980 export e-forms for Afghanistan, e-forms worth US$ 251 million. By 30 September US$ 251 million had been realised, and US$ 37 million was outstanding. None of the outstanding amount is yet past the 120-day limit.

**Who pays late.** Late payment is concentrated in two groups of exporters: cement and clinker, where Afghan buyers often pay after the construction season, and fresh fruit and vegetables, where buyers claim deductions for spoilage at the border.

**How money arrives.** Advance payments arrive mostly through the correspondent accounts of Afghan money-service firms in Dubai. Branches must check that the remitting bank is not on a sanctions list before they credit the exporter.

**Action taken.** The Trade Operations Unit wrote to 38 exporters with overdue e-forms from earlier quarters. Twenty-two have since provided proof of payment; the others have been reported to the central bank as required.

**Recommendation.** That branches stop certifying new e-forms for any exporter with proceeds more than 180 days overdue, until the amount is realised or the central bank allows an extension.
""",
))

HELDOUT17.append(dict(
    name="bank_circular_singapore_route",
    control_type=None,
    labels=[dict(
        kind="scope",
        quotes=["goods sent from Singapore to Afghanistan through Torkham and Chaman"],
        explanation="A Pakistani bank's circular on its own export e-forms names Singapore as the "
                    "exporting side of the road trade through Torkham and Chaman, where Pakistan "
                    "belongs. Singapore is named correctly later, as the seat of a correspondent bank.",
        expected_values={"third_country": "SGP", "named_pair": ["SGP", "AFG"], "pair": PAIR,
                         "named_as": "sent from Singapore to Afghanistan",
                         "not_a_defect": "correspondent bank in Singapore"},
    )],
    text="""
# Frontier Commercial Bank: Trade Finance Circular No. 15 of 2025: Documents for Afghan Exports

""" + BK_NOTE + """

**To:** all authorised dealer branches.

**1. Scope.** This circular applies to export e-forms for goods sent from Singapore to Afghanistan through Torkham and Chaman, including goods sent under the barter rules where an e-form is still needed.

**2. Documents.** Before certifying an e-form, the branch shall hold a copy of the sales contract or proforma invoice, the goods declaration filed with Customs and, for advance payment, the SWIFT message showing the money received.

**3. Volumes.** The bank registered 13,660 such e-forms worth US$ 699 million in the first nine months of 2025. The third quarter alone accounted for 4,980 e-forms.

**4. Settlement of US dollars.** Proceeds in US dollars reach the bank through its correspondent bank in Singapore and its correspondent in Dubai. Branches need not check the correspondent leg; the Treasury does this centrally.

**5. Red flags.** Branches shall report any e-form where the price is far from the price of the same goods in recent e-forms, where the buyer changes between contract and shipment, or where payment comes from a country that has no link with the buyer.

**6. Effective date.** This circular takes effect on 1 November 2025 and replaces Circular No. 9 of 2024.
""",
))

HELDOUT17.append(dict(
    name="bank_quarterly_review_control",
    control_type="control",
    labels=[],
    text="""
# Frontier Commercial Bank: Quarterly Review of Afghan Export Business, January–September 2025

""" + BK_NOTE + """

**Volumes.** Export e-forms registered for goods sent to Afghanistan:

""" + BK_TABLE + """

**Growth.** The number of e-forms rose in each quarter, from 4,120 in the first quarter to 4,980 in the third, and their value from US$ 212 million to US$ 251 million, a rise of 18.4 percent. The average value of an e-form was about US$ 51,000 in the first nine months.

**Modes of payment in Q3.** Advance payment covered 64 percent of the value, open account 21 percent and letters of credit 15 percent, which accounts for the whole. Of the US$ 251 million registered in the quarter, US$ 214 million had been realised by 30 September and US$ 37 million was outstanding.

**Routes.** Nearly all the goods went by road through Torkham and Chaman. A few exporters of medicines sent goods by air to Kabul. Some Afghan buyers re-sell part of what they buy to traders in Tajikistan and Uzbekistan; the bank's e-forms record the first buyer only.

**Outlook.** The branches expect a slower fourth quarter, as fresh fruit exports end and the Torkham road is often closed by weather in December and January.
""",
))

# ---------------------------------------------------------------------------
# R3. Weather and road-closure bulletins of an invented provincial cell.
# ---------------------------------------------------------------------------

WX_NOTE = ("*An invented roads and weather cell. Closures, hours, trucks and forecasts are invented.*")

WX_TABLE = """| Month | Torkham road | N-25 Khojak | Total |
|---|---|---|---|
| Dec 2024 | 18 | 0 | 18 |
| Jan 2025 | 41 | 216 | 257 |
| Feb 2025 | 27 | 30 | 57 |
| Total | 86 | 246 | 332 |"""

HELDOUT17.append(dict(
    name="weather_bulletin_khojak_closure_backwards",
    control_type=None,
    labels=[dict(
        kind="garbled",
        quotes=["closed from 19 January 2025 to 11 January 2025"],
        explanation="The closure runs backwards: it is said to start on 19 January and end on 11 "
                    "January. The cell's other bulletins give 11 to 19 January (nine days, 216 hours).",
        expected_values={"stated_period_start": "19 Jan 2025", "stated_period_end": "11 Jan 2025",
                         "as_written": {"stated_period_start": "19 January 2025",
                                        "stated_period_end": "11 January 2025"},
                         "subject": "closure of the Khojak section of the N-25 to Chaman",
                         "location": "weekly bulletin, road status section"},
    )],
    text="""
# Khyber and Quetta Roads and Weather Cell: Weekly Bulletin No. 3, Winter 2024-25

""" + WX_NOTE + """

**Weather of the week.** A western disturbance brought rain to Peshawar and the Khyber district and heavy snow to the hills above Quetta. Landi Kotal recorded 64 mm of rain in three days, the most for a January week in ten years. Night temperatures at the Khojak pass fell to minus 9 °C.

**Road status.** The Khojak section of the N-25 between Quetta and Chaman was closed from 19 January 2025 to 11 January 2025 after snow and ice made the hairpin bends unsafe for loaded trucks. Trucks for Chaman were held at Killa Abdullah until the road was cleared. The Torkham road was closed for 41 hours in all during January, mostly at night, because of landslides near Michni.

**Trucks held.** On 12 January about 640 trucks were held on the Torkham road: 410 at Jamrud and 230 at Landi Kotal. The cell asked transporters not to send trucks to the border until the road was declared open.

**Advice to drivers.** Carry chains, blankets and food for two days. Do not park under slopes that are marked as slide areas. Check the cell's hotline before starting from Peshawar or Quetta.

**Next bulletin.** The next weekly bulletin will be issued on Monday, or earlier if a new disturbance is forecast.
""",
))

HELDOUT17.append(dict(
    name="weather_season_review_closures_faded",
    control_type=None,
    labels=[dict(
        kind="direction",
        quotes=["faded from 18 in December 2024 to 41 in January 2025"],
        explanation="'Faded' describes a rise: closure hours on the Torkham road went from 18 to 41, "
                    "up 23 hours (127.8 percent), as the cell's own table shows.",
        expected_values={"from": 18, "to": 41, "change": 23, "change_pct": 127.78,
                         "from_period": "Dec 2024", "to_period": "Jan 2025",
                         "as_written": {"from_period": "December 2024", "to_period": "January 2025"},
                         "stated_direction": "fall", "actual_direction": "rise", "direction_word": "faded",
                         "unit": "hours of closure", "subject": "hours the Torkham road was closed by weather",
                         "location": "season review, paragraph under the table"},
    )],
    text="""
# Khyber and Quetta Roads and Weather Cell: Review of the Winter Season 2024-25

""" + WX_NOTE + """

**Closures by month.** Hours for which each road to the border was closed by snow, rain or landslides:

""" + WX_TABLE + """

**Reading the table.** On the Torkham road, closure hours faded from 18 in December 2024 to 41 in January 2025, when the season's heaviest rain set off landslides near Michni, and then eased to 27 in February. The Khojak section of the N-25 was shut for nine full days in January, which is why that month dominates the total.

**Effect on trade.** Traders' associations estimate that each day of closure at Khojak leaves about 300 trucks waiting at Killa Abdullah. Perishable goods suffer most; apples and pomegranates from Kandahar lost value while they waited on the Afghan side.

**What worked.** Snow ploughs were stationed at both ends of the Khojak tunnel from mid-December, and the road was cleared within a day of the snow stopping. Warnings sent by text message reached about 4,000 drivers registered with the cell.

**What did not.** Landslide debris near Michni was cleared slowly because only one loader was available at night. The cell recommends a second loader for the next season.
""",
))

HELDOUT17.append(dict(
    name="weather_bulletin_trucks_held_reuse",
    control_type=None,
    labels=[dict(
        kind="number_reuse",
        quotes=["about 640 trucks were held", "640 at Landi Kotal"],
        explanation="640 is the number of trucks held on the Torkham road in all; the same figure is "
                    "then given for Landi Kotal alone, although 410 were at Jamrud, which leaves 230.",
        expected_values={"value": 640, "unit": "trucks",
                         "quantity_1": "trucks held on the Torkham road on 12 January 2025",
                         "quantity_2": "trucks held at Landi Kotal on 12 January 2025",
                         "expected_value_2": 230},
    )],
    text="""
# Khyber and Quetta Roads and Weather Cell: Special Bulletin, 12 January 2025, 18:00

""" + WX_NOTE + """

**Situation.** Rain since the night of 10 January has caused three landslides between Michni and Landi Kotal. The Torkham road is closed to all heavy vehicles until further notice. Light vehicles may use the road in daylight under police escort.

**Trucks held.** As of this evening about 640 trucks were held on the road to Torkham: 410 at Jamrud and 640 at Landi Kotal. Drivers at Landi Kotal are asked to stay with their vehicles and to follow the instructions of the Frontier Corps.

**Relief.** The district administration has opened two rest points with tea, food and blankets, one at Jamrud and one at Landi Kotal. Drivers who need medical help should call the rescue service.

**Forecast.** Rain will ease tomorrow afternoon. Another weaker disturbance is expected from 16 January, with rain in Peshawar and snow above 2,000 metres.

**Advice to exporters.** Do not load fresh fruit or vegetables for Afghanistan until the road is declared open. Exporters who have goods already on the road should inform their buyers that delivery will be late.

**Next update.** At 08:00 tomorrow, or earlier if the road is opened.
""",
))

HELDOUT17.append(dict(
    name="weather_bulletin_tunisian_side",
    control_type=None,
    labels=[dict(
        kind="scope",
        quotes=["on the Tunisian side of Torkham"],
        explanation="The road beyond the zero point at Torkham, towards Jalalabad, is on the Afghan "
                    "side; the bulletin names Tunisia instead.",
        expected_values={"third_country": "TUN", "named_pair": ["PAK", "TUN"], "pair": PAIR,
                         "named_as": "the Tunisian side of Torkham"},
    )],
    text="""
# Khyber and Quetta Roads and Weather Cell: Weekly Bulletin No. 5, Winter 2024-25

""" + WX_NOTE + """

**Weather of the week.** A cold, dry week after the disturbance of mid-January. Frost in the mornings at Landi Kotal and the Khojak pass; no rain or snow is expected before the end of the month.

**Road status.** The Torkham road is open to all traffic. The cell has been told that snow still blocks parts of the highway on the Tunisian side of Torkham, between the zero point and Jalalabad, so drivers should expect delays after crossing. The N-25 through the Khojak pass is open, with one lane in use at the tunnel while ice is cleared.

**Closures so far this winter.** The Torkham road has been closed for 59 hours since 1 December: 18 in December and 41 in January. The Khojak section was closed for nine days in January.

**Advice to drivers.** Black ice is likely before 10:00 on the Khojak bends. Chains are compulsory for trucks above the tunnel until the cell lifts the order.

**Bulletins by text message.** Drivers and transporters may register for text alerts by sending their truck number to the cell's short code. About 4,000 drivers are registered.
""",
))

HELDOUT17.append(dict(
    name="weather_season_table_control",
    control_type="control",
    labels=[],
    text="""
# Khyber and Quetta Roads and Weather Cell: Season Statistics, December 2024 to February 2025

""" + WX_NOTE + """

**Closures by month.** Hours of closure caused by snow, rain or landslides:

""" + WX_TABLE + """

**Reading the table.** Closure hours on the Torkham road rose from 18 in December 2024 to 41 in January 2025 and fell to 27 in February, for 86 hours in the season. The Khojak section was closed for nine days from 11 to 19 January, or 216 hours, and for 30 hours in February. The two roads together lost 332 hours.

**Trucks held.** The worst day was 12 January, when 640 trucks were held on the Torkham road, 410 at Jamrud and 230 at Landi Kotal.

**Weather systems.** Five western disturbances reached the province during the season. Most of them formed over the Mediterranean and crossed Iran before reaching Balochistan, as is usual in winter; the forecasts of the national weather service gave about two days' warning of each.

**Rainfall.** Landi Kotal received 64 mm in three days in January, the highest January total for a week in ten years.

**Comparison.** The season had fewer closure hours on the Torkham road than the winter before, when a single landslide shut the road for four days.
""",
))

# ---------------------------------------------------------------------------
# R4. School enrolment census for refugee villages (invented).
# ---------------------------------------------------------------------------

SC_NOTE = ("*An invented census of schools in refugee villages. Schools, pupils and teachers are "
           "invented; refugee totals follow this set's reference series.*")

SC_TABLE = """| Level | Boys | Girls | Total |
|---|---|---|---|
| Primary | 29,200 | 19,400 | 48,600 |
| Middle | 8,100 | 4,200 | 12,300 |
| Secondary | 3,400 | 1,300 | 4,700 |
| Total | 40,700 | 24,900 | 65,600 |"""

HELDOUT17.append(dict(
    name="school_census_level_shares",
    control_type=None,
    labels=[dict(
        kind="arithmetic",
        quotes=["74 percent were in primary classes, 19 percent in middle classes and 12 percent in secondary classes"],
        explanation="The three levels add up to 105 percent; with 4,700 of 65,600 pupils the secondary "
                    "share is about 7 percent.",
        expected_values={"shares_pct": {"primary": 74, "middle": 19, "secondary": 12}, "sum_pct": 105,
                         "unit": "percent of pupils enrolled", "period": "2024",
                         "subject": "pupils in refugee village schools by level",
                         "location": "census summary, enrolment paragraph"},
    )],
    text="""
# Refugee Villages School Census 2024: Summary of Results

""" + SC_NOTE + """

**Coverage.** The census covered 214 schools in refugee villages of Khyber Pakhtunkhwa, run by the provincial education department with support from donors. Enumerators visited every school between 15 October and 30 November 2024 and counted pupils present on the rolls.

**Enrolment.** The schools had 65,600 pupils on their rolls: 48,600 in primary classes, 12,300 in middle classes and 4,700 in secondary classes. Of all pupils, 74 percent were in primary classes, 19 percent in middle classes and 12 percent in secondary classes. Girls made up 38 percent of pupils, but only 28 percent at the secondary level.

**Change since 2023.** Enrolment fell from 71,200 in 2023, mainly because families left for Afghanistan in the months after the repatriation plan began.

**Teachers.** Most teachers are themselves Afghan and were trained in Pakistan. Schools in the larger villages of Peshawar and Haripur have the most teachers; several schools in Kohat and Chitral have a single teacher for all primary classes.

**Buildings.** Forty-one schools have no boundary wall and 63 have no working toilet for girls. Both are reasons given by parents for keeping older girls at home.

**Next census.** The next census is planned for October 2025, with a shorter form and tablets in place of paper.
""",
))

HELDOUT17.append(dict(
    name="school_census_dropout_sentence_twice",
    control_type=None,
    labels=[dict(
        kind="garbled",
        quotes=["Only 4,700 pupils were enrolled in secondary classes, fewer than one in ten of the 48,600 in primary classes. Only 4,700 pupils were enrolled in secondary classes, fewer than one in ten of the 48,600 in primary classes."],
        explanation="The same sentence appears twice in a row, word for word.",
        expected_values={"repeated_sentence": "Only 4,700 pupils were enrolled in secondary classes, fewer than one in ten of the 48,600 in primary classes.",
                         "occurrences": 2, "subject": "pupils in secondary and primary classes in refugee village schools",
                         "location": "chapter on progression between levels"},
    )],
    text="""
# Refugee Villages School Census 2024: Chapter 4, Progression between Levels

""" + SC_NOTE + """

**4.1 The funnel.** Only 4,700 pupils were enrolled in secondary classes, fewer than one in ten of the 48,600 in primary classes. Only 4,700 pupils were enrolled in secondary classes, fewer than one in ten of the 48,600 in primary classes. Middle classes held 12,300 pupils, so the largest loss comes after class 5.

**4.2 Girls.** Girls were 19,400 of the primary pupils but only 1,300 of the secondary pupils. Head teachers gave three reasons: distance to the nearest secondary school, the lack of women teachers for older girls, and early marriage.

**4.3 Boys.** Older boys leave to work, most often in brick kilns, on construction sites or as helpers on trucks. In villages near Peshawar, head teachers said that boys of 13 and 14 earn more as helpers than their fathers do as day labourers.

**4.4 Schools.** Only 22 of the 214 schools teach up to class 10. Pupils from the other villages must travel to these schools or to government schools outside the villages, where places are scarce.

**4.5 Recommendation.** The census team recommends that ten more schools be raised to the secondary level, starting with villages that have more than 300 girls in primary classes.
""",
))

HELDOUT17.append(dict(
    name="school_census_girls_enrolment_table",
    control_type=None,
    labels=[dict(
        kind="text_vs_table",
        quotes=["girls numbered 26,900", "| Total | 40,700 | 24,900 | 65,600 |"],
        explanation="The text gives 26,900 girls in all; the table's total row gives 24,900, which is "
                    "the sum of the girls column and fits the total of 65,600 and the stated 38 percent.",
        expected_values={"text_value": 26900, "table_value": 24900, "unit": "pupils",
                         "subject": "girls enrolled in refugee village schools", "period": "2024",
                         "location": "paragraph under the enrolment table against its total row",
                         "table_form": "pipe"},
    )],
    text="""
# Refugee Villages School Census 2024: Chapter 2, Enrolment by Level and Sex

""" + SC_NOTE + """

**2.1 Enrolment.** Pupils on the rolls of the 214 schools on the census day:

""" + SC_TABLE + """

**2.2 Girls.** Across all levels girls numbered 26,900, or 38 percent of pupils. The share is highest in the first two classes, where it is close to half, and falls at every level after that.

**2.3 Boys.** Boys were 40,700 of the pupils. Their numbers fall less sharply between primary and middle classes than those of girls, but more sharply between middle and secondary classes.

**2.4 Age.** About a fifth of primary pupils are older than the usual age for their class, because they started school late or repeated a year after returning from Afghanistan and coming back again.

**2.5 Comparison with 2023.** Enrolment was 71,200 in the 2023 census, so it fell by 5,600, or 7.9 percent. The fall was largest in Peshawar and smallest in Haripur.

**2.6 Method.** A pupil counts as enrolled if his or her name is on the school's roll on the census day and the pupil attended at least once in the previous month.
""",
))

HELDOUT17.append(dict(
    name="school_census_context_refugees_2021",
    control_type=None,
    labels=[dict(
        kind="citation",
        quotes=["2.2 million registered Afghan refugees in the country at the end of 2021 (source: UNHCR, 2021)"],
        explanation="The reference value for end-2021 is 1,490,562; 2.2 million is 47.6 percent above it.",
        expected_values={"stated": 2200000, "reference": 1490562, "indicator": "refugees.registered",
                         "subject": "registered Afghan refugees in Pakistan", "period": "2021",
                         "cited_source": "UNHCR",
                         "citation_form": "(source: UNHCR, YEAR) after a figure in a school census",
                         "location": "census introduction, context paragraph",
                         "stated_as_written": "2.2 million"},
    )],
    text="""
# Refugee Villages School Census 2024: Chapter 1, Introduction

""" + SC_NOTE + """

**1.1 Why a census.** Schools in refugee villages are run outside the provincial school system, so they do not appear in the province's annual school statistics. Donors and the education department need a count of pupils, teachers and buildings to plan their support.

**1.2 Context.** Refugee villages were set up in the 1980s and still house part of the registered population. The last full count of refugee village schools was done in 2021, when there were 2.2 million registered Afghan refugees in the country at the end of 2021 (source: UNHCR, 2021). Since then many families have returned to Afghanistan, some of them more than once.

**1.3 What was counted.** The census counted 214 schools, their pupils by class and sex, their teachers, and the state of their buildings. It did not count Afghan children in government or private schools outside the villages.

**1.4 Who did it.** Forty enumerators, most of them retired teachers, visited the schools over six weeks in late 2024. Each school was visited once, and a tenth of schools were visited again by a supervisor to check the counts.

**1.5 Results in brief.** The schools had 65,600 pupils, 38 percent of them girls, down from 71,200 in 2023.
""",
))

HELDOUT17.append(dict(
    name="school_census_refugee_context_citation_control",
    control_type="citation_control",
    labels=[],
    text="""
# Refugee Villages School Census 2024: Note for Donors

""" + SC_NOTE + """

**Population served.** Pakistan had 1,438,432 registered Afghan refugees at the end of 2020 [UNHCR, 2020] and 1,559,964 at the end of 2024, UNHCR's end-2024 figure, a rise of 121,532, or about 8.4 percent, over the four years, despite the returns of 2023 and 2024. The count rose to a peak in 2023 and then fell.

**Pupils.** The 214 schools in refugee villages had 65,600 pupils in 2024, against 71,200 in 2023, a fall of 7.9 percent. Girls were 24,900 of the pupils, or 38 percent.

**Levels.** Primary classes held 48,600 pupils, middle classes 12,300 and secondary classes 4,700, which together make the 65,600. Rounded, that is 74, 19 and 7 percent.

**Donors.** The schools are funded by the province with grants from Germany and Japan, which pay for textbooks, teachers' stipends and repairs. Japan also paid for solar panels at 30 schools.

**Request.** The department asks donors to fund ten more secondary schools over three years, at an estimated cost of Rs 180 million each year, and to keep the teachers' stipends at their current level.
""",
))

# ---------------------------------------------------------------------------
# R5. Poultry trade notes (invented provincial livestock department figures).
# ---------------------------------------------------------------------------

PL_NOTE = ("*An invented trade note of a provincial livestock department. Quantities and values are "
           "invented.*")

PL_TABLE = """| Product | FY2024 | FY2025 | Change |
|---|---|---|---|
| Table eggs | 14.6 | 16.9 | 2.3 |
| Day-old chicks | 5.8 | 4.9 | -0.9 |
| Poultry feed | 18.0 | 20.4 | 2.4 |
| Total | 38.4 | 42.2 | 3.8 |"""

HELDOUT17.append(dict(
    name="poultry_note_egg_earnings_table",
    control_type=None,
    labels=[dict(
        kind="text_vs_table",
        quotes=["eggs earned US$ 18.9 million", "| Table eggs | 14.6 | 16.9 | 2.3 |"],
        explanation="The text gives US$ 18.9 million for egg exports in FY2025; the table gives 16.9, "
                    "which fits both its change column and its total.",
        expected_values={"text_value": 18.9, "table_value": 16.9, "unit": "USD million",
                         "subject": "exports of table eggs to Afghanistan", "period": "FY2025",
                         "location": "paragraph on eggs against the value table",
                         "table_form": "pipe", "text_as_written": "US$ 18.9 million"},
    )],
    text="""
# Livestock Department Trade Note: Poultry Exports to Afghanistan, FY2025

""" + PL_NOTE + """

**Values.** Exports of poultry products to Afghanistan, in US$ million:

""" + PL_TABLE + """

**Eggs.** In FY2025 eggs earned US$ 18.9 million, on 214 million eggs shipped, against 182 million the year before. Most eggs go to Kabul and Jalalabad by road through Torkham, packed in trays of 30 in cartons of 360.

**Chicks.** Day-old chicks are flown or trucked to Afghan farms within a day of hatching. Their exports fell because several large Afghan farms now run their own hatcheries.

**Feed.** Feed exports rose with the growth of Afghan broiler farms around Kabul and Mazar-i-Sharif. Maize and soybean meal make up most of the feed, and part of the maize is itself imported.

**Risks.** An outbreak of bird flu on either side of the border would close the trade at once, as it did for three weeks in 2022. The department asks exporters to keep health certificates for every consignment.

**Prices.** Egg prices in Peshawar rose in the winter months, and the department received complaints that exports push up local prices. Its view is that exports are too small a share of production to have much effect.
""",
))

HELDOUT17.append(dict(
    name="poultry_note_chick_exports_lifted",
    control_type=None,
    labels=[dict(
        kind="direction",
        quotes=["lifted from 9.6 million in FY2024 to 8.1 million in FY2025"],
        explanation="'Lifted' describes a fall: day-old chick exports went from 9.6 to 8.1 million, down "
                    "1.5 million or 15.6 percent; the note itself explains a decline.",
        expected_values={"from": 9.6, "to": 8.1, "change": -1.5, "change_pct": -15.62,
                         "from_period": "FY2024", "to_period": "FY2025", "stated_direction": "rise",
                         "actual_direction": "fall", "direction_word": "lifted",
                         "unit": "million day-old chicks",
                         "subject": "day-old chicks exported to Afghanistan",
                         "location": "note on hatcheries, first paragraph"},
    )],
    text="""
# Livestock Department: Note on Hatchery Exports to Afghanistan

""" + PL_NOTE + """

**Volumes.** Exports of day-old chicks to Afghanistan lifted from 9.6 million in FY2024 to 8.1 million in FY2025, as Afghan farms built their own hatcheries and imported parent stock directly. Their value fell from US$ 5.8 million to US$ 4.9 million.

**Who exports.** Twelve hatcheries in Peshawar, Mardan and Abbottabad hold permits to export chicks. Four of them account for most of the trade. Chicks must reach the farm within 48 hours of hatching, so most consignments cross Torkham at night.

**Health rules.** Every consignment needs a health certificate issued within a day of shipment. The Afghan side asks for proof that the parent flock was vaccinated against Newcastle disease.

**Outlook.** The hatcheries expect exports to keep falling slowly. They have asked the department to help them sell parent stock, rather than chicks, to the new Afghan hatcheries, which would keep part of the business.

**Other products.** Egg and feed exports grew in the same year, so total poultry exports to Afghanistan still rose, from US$ 38.4 million to US$ 42.2 million.

**Action.** The department will meet the hatcheries in December to discuss parent stock permits and the cost of health certificates.
""",
))

HELDOUT17.append(dict(
    name="poultry_note_chick_value_reuse",
    control_type=None,
    labels=[dict(
        kind="number_reuse",
        quotes=["8.1 million day-old chicks", "worth US$ 8.1 million"],
        explanation="8.1 million is the number of chicks exported in FY2025; the same figure is given "
                    "for their value, which the department's value table gives as US$ 4.9 million.",
        expected_values={"value": 8.1, "unit": "million chicks / USD million",
                         "value_as_written": "8.1 million",
                         "quantity_1": "day-old chicks exported to Afghanistan in FY2025",
                         "quantity_2": "value of those chicks in US$",
                         "expected_value_2": 4.9},
    )],
    text="""
# Livestock Department: Monthly Brief for the Secretary, Poultry Trade with Afghanistan

""" + PL_NOTE + """

**Headline.** In FY2025 the province's hatcheries sent 8.1 million day-old chicks to Afghanistan, worth US$ 8.1 million at the border. Egg exports reached 214 million eggs and feed exports 46,500 tonnes.

**Total.** Poultry exports of all kinds were worth US$ 42.2 million, up from US$ 38.4 million in FY2024. Feed was the largest item by value and eggs the fastest growing.

**Border.** Poultry trucks have a separate lane at Torkham since March 2025, which cut waiting times for chicks from about six hours to about two. Chaman has no such lane yet, and the department has written to Customs about it.

**Complaints.** Two exporters complained that Afghan quarantine officers at Torkham held consignments of eggs for extra tests in August. The department raised the matter at the border trade committee, and the tests were dropped after a week.

**Feed prices.** Maize prices rose in the summer, which raised the cost of feed for farms on both sides. The department does not expect this to reduce feed exports, as Afghan farms have few other suppliers.

**Next steps.** A visit of Afghan poultry traders to Peshawar is planned for February.
""",
))

HELDOUT17.append(dict(
    name="poultry_note_ukraine_eggs",
    control_type=None,
    labels=[dict(
        kind="scope",
        quotes=["Afghan buyers took 214 million eggs from Ukraine through Torkham"],
        explanation="The 214 million eggs of FY2025 are Pakistan's exports through Torkham; the note "
                    "names Ukraine as the supplier. Ukraine is named correctly elsewhere as a source "
                    "of maize shipped to Karachi by sea.",
        expected_values={"third_country": "UKR", "named_pair": ["UKR", "AFG"], "pair": PAIR,
                         "named_as": "from Ukraine through Torkham",
                         "not_a_defect": "maize shipped from Ukraine to Karachi"},
    )],
    text="""
# Livestock Department: Note on the Egg Trade with Afghanistan, FY2025

""" + PL_NOTE + """

**Volumes.** In FY2025 Afghan buyers took 214 million eggs from Ukraine through Torkham, up from 182 million the year before, and the trade earned US$ 16.9 million. Eggs now make up about two-fifths of the value of all poultry exports to Afghanistan.

**Where they go.** Most eggs are sold in Kabul and Jalalabad. Traders in Kandahar buy through Chaman, but that route carries far fewer eggs because of the longer road and the summer heat.

**Costs.** Feed is the largest cost of laying farms. Part of the feed maize is maize shipped from Ukraine to Karachi, which became cheaper in FY2025 and helped farms keep egg prices steady.

**Quality.** Afghan buyers have asked for eggs to be graded by size. The department has offered training to exporters on grading and on cold storage in summer.

**Competition.** Afghan farms produce more eggs each year, and the department expects them to meet most of Kabul's demand within five years. Exporters should look for buyers in the north and west of Afghanistan, where local farms are fewer.

**Action.** The department will publish a list of registered egg exporters, so that Afghan buyers can check that a seller holds a permit.
""",
))

HELDOUT17.append(dict(
    name="poultry_note_value_table_control",
    control_type="control",
    labels=[],
    text="""
# Livestock Department: Annual Note on Poultry Exports to Afghanistan, FY2025

""" + PL_NOTE + """

**Values.** Exports of poultry products to Afghanistan, in US$ million:

""" + PL_TABLE + """

**Reading the table.** Total poultry exports rose by US$ 3.8 million, or 9.9 percent. Eggs and feed grew, while day-old chicks fell from 9.6 million to 8.1 million head as Afghan farms built their own hatcheries. In quantity, egg exports rose from 182 million to 214 million eggs and feed exports from 41,000 to 46,500 tonnes.

**Competitors.** Uzbekistan sells eggs and chicks to farms around Mazar-i-Sharif by rail through Hairatan, and Iran supplies feed to farms around Herat. Neither reaches Kabul in large volumes, which remains Pakistan's main market.

**Border.** Nearly all poultry exports cross at Torkham. A separate lane for poultry trucks opened there in March 2025.

**Health.** No outbreak of bird flu was reported on either side of the border during the year, and no consignment was turned back for health reasons.

**Outlook.** The department expects exports to grow again in FY2026, led by feed, if the border stays open and maize prices stay where they are.
""",
))

# ---------------------------------------------------------------------------
# R6. Summaries of an invented High Court judgment on trucks held at Torkham.
# ---------------------------------------------------------------------------

CT_NOTE = ("*An invented judgment summary. The petition, the parties and the figures are invented.*")

HELDOUT17.append(dict(
    name="court_summary_detentions_percent",
    control_type=None,
    labels=[dict(
        kind="arithmetic",
        quotes=["against 88 in the petition of 2023, an increase of 58 percent"],
        explanation="A rise from 88 to 146 trucks is 65.9 percent; 58 is the rise in trucks, not in "
                    "percent.",
        expected_values={"from": 88, "to": 146, "computed_change_pct": 65.91, "stated_change_pct": 58,
                         "from_period": "2023", "to_period": "2024", "unit": "trucks",
                         "subject": "trucks held at Torkham named in the transporters' petitions",
                         "location": "judgment summary, facts paragraph"},
    )],
    text="""
# Summary of Judgment: Khyber Goods Transporters' Association v. Federation of Pakistan (writ petition)

""" + CT_NOTE + """

**Facts.** The petitioners, an association of goods transporters, challenged the holding of their trucks at Torkham after 4 November 2024, when the crossing was closed following an exchange of fire. The petition named 146 trucks held for up to 23 days, against 88 in the petition of 2023, an increase of 58 percent. Most of the trucks carried fresh fruit for Afghanistan.

**Arguments.** The petitioners argued that the trucks had been cleared by Customs before the closure and that nothing in law allowed them to be held once the crossing reopened for other traffic. The respondents argued that security clearance is a separate step and that the trucks had not completed it.

**Finding.** The Court held that security checks are lawful but must be completed within a reasonable time, and that a delay of weeks with no reason recorded was not reasonable.

**Order.** The respondents were directed to complete the checks on the remaining trucks within 72 hours and to record in writing the reason for holding any truck beyond that time.

**Costs.** No order as to costs.
""",
))

HELDOUT17.append(dict(
    name="court_summary_held_trucks_same_day",
    control_type=None,
    labels=[dict(
        kind="garbled",
        quotes=["went from 146 on 4 November 2024 to 146 on 4 November 2024"],
        explanation="The change starts and ends with the same value on the same date, so it says "
                    "nothing.",
        expected_values={"start_value": 146, "end_value": 146, "start_period": "4 Nov 2024",
                         "end_period": "4 Nov 2024", "period_as_written": "4 November 2024",
                         "unit": "trucks", "subject": "trucks held at Torkham named in the petition",
                         "location": "summary of the respondents' report"},
    )],
    text="""
# Summary of Judgment: Transporters' Writ Petition on Trucks Held at Torkham (the respondents' compliance report)

""" + CT_NOTE + """

**Background.** By its order the Court directed the respondents to complete security checks on the trucks held at Torkham and to report back. This summary covers the compliance report and the Court's closing order.

**The report.** According to the report, the number of trucks still held went from 146 on 4 November 2024 to 146 on 4 November 2024, and all trucks named in the petition had been released by the date of the hearing. The report did not say how many trucks were checked on each day.

**Demurrage.** The petitioners asked the Court to order the respondents to pay demurrage at Rs 9,000 a truck a day, some Rs 30.2 million in all. The Court declined, holding that a claim for money must be brought in a civil suit, not a writ petition.

**Guidance.** The Court directed that in future any truck held at the border for more than 72 hours after clearance be entered in a register, with the name of the officer who ordered the hold and the reason.

**Disposal.** The petition was disposed of in these terms. The registrar was asked to send a copy of the order to the Collector of Customs at Peshawar.
""",
))

HELDOUT17.append(dict(
    name="court_summary_fruit_trucks_reuse",
    control_type=None,
    labels=[dict(
        kind="number_reuse",
        quotes=["named 146 trucks", "146 of them carried fresh fruit"],
        explanation="146 is the number of trucks named in the petition; the same figure is given for the "
                    "trucks carrying fruit, although the summary says 39 carried other goods, which "
                    "leaves 107.",
        expected_values={"value": 146, "unit": "trucks",
                         "quantity_1": "trucks held at Torkham named in the petition",
                         "quantity_2": "of those, trucks carrying fresh fruit",
                         "expected_value_2": 107},
    )],
    text="""
# Case Note: Trucks Held at Torkham, November 2024 (for the transporters' association newsletter)

""" + CT_NOTE + """

**What the case was about.** The association's petition named 146 trucks held at Torkham after the closure of 4 November 2024; 146 of them carried fresh fruit and the other 39 carried cement, cloth and household goods. Some trucks were held for up to 23 days.

**What the Court said.** Security checks at the border are lawful, but they must be done within a reasonable time, and the reason for holding a truck must be written down. A delay of weeks with no written reason is not reasonable.

**What the Court ordered.** The checks were to be finished within 72 hours. Trucks held longer than that after clearance must be entered in a register.

**What it did not order.** The Court did not order the government to pay demurrage. Members who lost money must bring a civil suit. The association's lawyers estimate the loss at Rs 30.2 million, at Rs 9,000 a truck a day.

**What members should do.** Keep the Customs clearance papers and a log of the days your truck is held. Send a copy to the association's office in Peshawar, so that the lawyers can prepare a joint claim.
""",
))

HELDOUT17.append(dict(
    name="court_summary_detentions_slid",
    control_type=None,
    labels=[dict(
        kind="direction",
        quotes=["slid from 88 in the 2023 petition to 146 in the present one"],
        explanation="'Slid' describes a rise: the trucks named went from 88 to 146, up 58 or 65.9 "
                    "percent.",
        expected_values={"from": 88, "to": 146, "change": 58, "change_pct": 65.91,
                         "from_period": "2023", "to_period": "2024",
                         "as_written": {"from_period": "the 2023 petition", "to_period": "the present one"},
                         "stated_direction": "fall", "actual_direction": "rise", "direction_word": "slid",
                         "unit": "trucks", "subject": "trucks held at Torkham named in the transporters' petitions",
                         "location": "headnote of the judgment summary"},
    )],
    text="""
# Law Report Headnote: Transporters' Petition on Trucks Held at Torkham (2024)

""" + CT_NOTE + """

**Headnote.** Customs and security — goods in transit to Afghanistan — trucks held at the border after clearance — whether holding without recorded reasons lawful — held, not beyond a reasonable time.

**Facts in brief.** The number of trucks named by the petitioners slid from 88 in the 2023 petition to 146 in the present one, which the Court took as a sign that the problem was growing and not a one-off. The trucks were held after the closure of the crossing on 4 November 2024, some for 23 days.

**Held.** (1) Security checks at a border crossing are within the powers of the respondents. (2) Those powers must be used within a reasonable time and with reasons recorded. (3) A claim for demurrage is a claim for money and lies in a civil suit.

**Earlier case.** In the 2023 petition the Court had given a similar direction, which the respondents said they had followed. The Court noted that no register of held trucks had been kept.

**Counsel.** For the petitioners, an advocate of the High Court; for the respondents, a Deputy Attorney-General with officers of Customs.

**Result.** Petition disposed of with directions.
""",
))

HELDOUT17.append(dict(
    name="court_summary_respondents_refugee_figure",
    control_type=None,
    labels=[dict(
        kind="citation",
        quotes=["1,987,717 registered Afghan refugees at the end of 2024, UNHCR's end-2024 figure"],
        explanation="1,987,717 is the end-2023 value; the reference value for end-2024 is 1,559,964, "
                    "27.4 percent lower.",
        expected_values={"stated": 1987717, "reference": 1559964, "same_as_year": "2023",
                         "indicator": "refugees.registered", "subject": "registered Afghan refugees in Pakistan",
                         "period": "2024", "cited_source": "UNHCR",
                         "citation_form": "UNHCR's end-YEAR figure, in a judgment summary of a party's submission",
                         "location": "respondents' submissions",
                         "stated_as_written": "1,987,717"},
    )],
    text="""
# Summary of Judgment: Petition of Afghan Traders against Holding of Goods at Torkham

""" + CT_NOTE + """

**Parties.** The petitioners are eleven Afghan traders who hold proof of registration cards and trade from Peshawar. The respondents are the Federation, through the Ministry of Interior, and the Collector of Customs.

**Respondents' submissions.** Counsel for the respondents said that the border had to be managed with care because Pakistan hosted 1,987,717 registered Afghan refugees at the end of 2024, UNHCR's end-2024 figure, and that many traders on both sides had family links. He said that holds on goods were made on security grounds and were not aimed at refugees.

**Petitioners' submissions.** The petitioners said that their goods had been held for up to 23 days while goods of other traders in the same trucks were released, and that no reason had been given.

**Finding.** The Court found no evidence that the petitioners had been singled out because they were refugees, but held that the respondents must record reasons for every hold longer than 72 hours.

**Order.** The respondents were directed to decide on the remaining goods within a week and to give the petitioners written reasons for any refusal.

**Costs.** Each side to bear its own costs.
""",
))

# ---------------------------------------------------------------------------
# R7. A port's monthly bulletin on Afghan transit boxes (PDF-extracted table).
# ---------------------------------------------------------------------------

PT_NOTE = ("*An invented transit cell of a port. Boxes, berths and dates are invented.*")


def pt_table(chaman_total="3,520"):
    total = "8,920" if chaman_total == "3,520" else "8,920"
    return pdf_table([["Month", "Via Torkham", "Via Chaman", "Total"],
                      ["Jul 2025", "1,710", "1,130", "2,840"],
                      ["Aug 2025", "1,890", "1,230", "3,120"],
                      ["Sep 2025", "1,800", "1,160", "2,960"],
                      ["Total", "5,400", chaman_total, total]])


PT_TABLE = pt_table()
PT_BAD = pt_table("3,620")

HELDOUT17.append(dict(
    name="port_bulletin_chaman_august_table",
    control_type=None,
    labels=[dict(
        kind="text_vs_table",
        quotes=["1,380 boxes left for Chaman", row(PT_TABLE, "Aug 2025")],
        explanation="The text says 1,380 boxes left for Chaman in August; the table gives 1,230, which "
                    "fits the month's total of 3,120.",
        expected_values={"text_value": 1380, "table_value": 1230, "unit": "containers",
                         "subject": "Afghan transit containers dispatched from the port to Chaman",
                         "period": "Aug 2025", "period_as_written": "August",
                         "location": "paragraph on routes against the PDF-extracted table",
                         "table_form": "pdf"},
    )],
    text="""
# Port Transit Cell: Monthly Bulletin, Afghan Transit Cargo, September 2025

""" + PT_NOTE + """

**Boxes dispatched.** Afghan transit containers sent from the port by road, by border crossing:

""" + PT_TABLE + """

**Routes.** Torkham took most of the boxes in every month. In August 1,380 boxes left for Chaman, the most of the quarter, after the Chaman crossing returned to normal hours.

**Dwell time.** Boxes waited on average 11 days at the port in July, 9 in August and 12 in September, when scanning was slowed by a fault in one of the two scanners.

**Tracking.** All boxes left with electronic seals. Fourteen boxes took longer than the allowed days to reach the border and were reported to Customs.

**Notice to agents.** From 1 November, agents must file the transit declaration at least two days before the vessel arrives. Late filings will not be given a berth window.
""",
))

HELDOUT17.append(dict(
    name="port_quarter_summary_chaman_total",
    control_type=None,
    labels=[dict(
        kind="arithmetic",
        quotes=[row(PT_BAD, "Total")],
        explanation="The total for Chaman is given as 3,620, but July to September (1,130, 1,230 and "
                    "1,160) add up to 3,520; the row's own cells (5,400 plus 3,620) also miss the "
                    "stated 8,920.",
        expected_values={"parts": {"Jul 2025": 1130, "Aug 2025": 1230, "Sep 2025": 1160},
                         "sum_of_parts": 3520, "stated_total": 3620, "difference": 100,
                         "unit": "containers", "period": "Jul-Sep 2025",
                         "subject": "Afghan transit containers dispatched from the port to Chaman",
                         "location": "quarterly summary, PDF-extracted table, total row, 'Via Chaman' column",
                         "table_form": "pdf"},
    )],
    text="""
# Port Transit Cell: Quarterly Summary, July–September 2025

""" + PT_NOTE + """

**Boxes dispatched.** Afghan transit containers sent from the port by road:

""" + PT_BAD + """

**The quarter.** The port sent 8,920 transit boxes to the Afghan border in the quarter. August was the busiest month, helped by the arrival of two vessels that had been delayed by the monsoon.

**What the boxes carried.** Tyres, electronics, cooking oil and building materials were the largest items, as in earlier quarters. Goods on the list that may no longer move in transit were refused at entry.

**Scanning.** One of the two scanners was out of service for eleven days in September. The cell moved boxes for Torkham to the front of the queue, because their trucks were waiting at the gate.

**Next quarter.** The cell expects fewer boxes in the winter months, when the Torkham road is often closed by weather, and will ask agents to plan their trucks accordingly.
""",
))

HELDOUT17.append(dict(
    name="port_bulletin_gate_resurfacing_backwards",
    control_type=None,
    labels=[dict(
        kind="garbled",
        quotes=["from 17 September 2025 to 3 September 2025"],
        explanation="The closure of Gate 4 runs backwards: it starts on 17 September and ends on 3 "
                    "September.",
        expected_values={"stated_period_start": "17 Sep 2025", "stated_period_end": "3 Sep 2025",
                         "as_written": {"stated_period_start": "17 September 2025",
                                        "stated_period_end": "3 September 2025"},
                         "subject": "closure of the port's Gate 4 for resurfacing",
                         "location": "notices to agents, first notice"},
    )],
    text="""
# Port Transit Cell: Notices to Clearing Agents, September 2025

""" + PT_NOTE + """

**Notice 1: Gate 4.** Gate 4, used by trucks carrying Afghan transit boxes, was closed for resurfacing from 17 September 2025 to 3 September 2025. During the works, transit trucks used Gate 2, which added about an hour to each truck's exit.

**Notice 2: Volumes.** The port sent 2,960 transit boxes to the border in September, of which 1,800 went to Torkham and 1,160 to Chaman.

**Notice 3: Scanning.** One of the two scanners was out of service for eleven days. Boxes that could not be scanned in time were examined by hand, which slowed dwell time to 12 days on average.

**Notice 4: Seals.** Agents are reminded that an electronic seal must be fitted before a truck leaves the port. Trucks without a working seal will be turned back at the gate.

**Notice 5: Documents.** The transit declaration must give the consignee in Afghanistan and the crossing by which the goods will leave. Changes after filing need the approval of Customs.

**Contact.** The cell's desk at the transit shed is open from 08:00 to 20:00 every day except Friday.
""",
))

HELDOUT17.append(dict(
    name="port_bulletin_colombia_transit",
    control_type=None,
    labels=[dict(
        kind="scope",
        quotes=["transit boxes for Colombia left by road through Torkham and Chaman"],
        explanation="The boxes sent by road through Torkham and Chaman are Afghan transit cargo; the "
                    "bulletin names Colombia as their destination. Colombia is named correctly "
                    "elsewhere, as the origin of bananas for the local market.",
        expected_values={"third_country": "COL", "named_pair": ["PAK", "COL"], "pair": PAIR,
                         "named_as": "transit boxes for Colombia",
                         "not_a_defect": "bananas from Colombia"},
    )],
    text="""
# Port Transit Cell: Monthly Bulletin, August 2025

""" + PT_NOTE + """

**Boxes dispatched.** In August 3,120 transit boxes for Colombia left by road through Torkham and Chaman: 1,890 through Torkham and 1,230 through Chaman. It was the busiest month of the year so far.

**Vessels.** Twenty-two vessels landed transit boxes during the month. Most of the boxes came from China and Vietnam. A reefer vessel also called with bananas from Colombia for the local market, which is not transit cargo and is not counted here.

**Dwell time.** Boxes waited 9 days at the port on average, two fewer than in July, because fewer boxes were held for examination.

**Tracking.** All boxes left with electronic seals. Five took longer than allowed to reach the border and were reported to Customs.

**Agents' meeting.** The cell met clearing agents on 21 August to discuss the new filing deadline. Agents asked for the deadline to be one day rather than two; the cell will consider this after a trial period.
""",
))

HELDOUT17.append(dict(
    name="port_quarter_statistics_control",
    control_type="control",
    labels=[],
    text="""
# Port Transit Cell: Statistical Note, Afghan Transit Cargo, July–September 2025

""" + PT_NOTE + """

**Boxes dispatched.** Afghan transit containers sent from the port by road, by border crossing:

""" + PT_TABLE + """

**Reading the table.** Boxes rose from 2,840 in July to 3,120 in August, by 9.9 percent, and fell to 2,960 in September. Over the quarter 5,400 boxes went through Torkham and 3,520 through Chaman, 8,920 in all.

**Origin of the goods.** Transit goods for Afghanistan are landed at the port and carried by road to the border under the transit agreement. In the quarter most boxes came from China, followed by Vietnam, Indonesia and Malaysia; a few came from Germany with machinery for Afghan factories. These countries are origins of the goods, not parties to the transit agreement.

**Transit onwards.** A small number of boxes crossed Afghanistan to Uzbekistan under a separate transit permit. They are included in the table, because they left the port for Torkham.

**Dwell time.** Boxes waited 11, 9 and 12 days at the port in the three months.

**Method.** A box counts as dispatched on the day its truck passes the port gate, whatever the day it reaches the border.
""",
))

# ---------------------------------------------------------------------------
# R8. A donor's results framework for an invented border livelihoods programme.
# ---------------------------------------------------------------------------

DN_NOTE = ("*An invented programme and donor report. Indicators and results are invented; refugee "
           "totals follow this set's reference series.*")

HELDOUT17.append(dict(
    name="donor_results_traders_women_reuse",
    control_type=None,
    labels=[dict(
        kind="number_reuse",
        quotes=["2,460 traders completed", "2,460 of them women"],
        explanation="2,460 is the number of traders trained; the same figure is given for the women "
                    "among them, although 1,670 were men, which leaves 790.",
        expected_values={"value": 2460, "unit": "traders",
                         "quantity_1": "traders who completed the programme's training",
                         "quantity_2": "women among the traders trained",
                         "expected_value_2": 790},
    )],
    text="""
# Border Livelihoods Programme: Annual Results Framework Report, Year 2

""" + DN_NOTE + """

**Output 1.1: Traders trained.** By the end of year 2, 2,460 traders completed the course on customs documents, weights and payments, 2,460 of them women and 1,670 men, against an end-of-programme target of 3,000. Rating: on track.

**Output 1.2: Market stalls.** 120 of the planned 150 stalls in the border markets of Landi Kotal and Chaman have been built and allocated. Rating: on track.

**Outcome 1: Household income.** The survey of participating households is planned for year 3. No result is reported this year.

**Output 2.1: Returnee households.** The programme supported 6,200 returnee households with grants and training in 2025. Rating: exceeded.

**Risks.** Closures of the crossings remain the main risk. During closures traders cannot use what they learned, and stallholders lose their income.

**Lessons.** Women traders asked for courses held in the villages rather than in town, and for a woman trainer. The programme has hired two women trainers for year 3.

**Budget.** Spending was 92 percent of the year's budget.
""",
))

HELDOUT17.append(dict(
    name="donor_results_returnee_households_withered",
    control_type=None,
    labels=[dict(
        kind="direction",
        quotes=["withered from 4,800 in 2024 to 6,200 in 2025"],
        explanation="'Withered' describes a rise: households supported went from 4,800 to 6,200, up "
                    "1,400 or 29.2 percent.",
        expected_values={"from": 4800, "to": 6200, "change": 1400, "change_pct": 29.17,
                         "from_period": "2024", "to_period": "2025", "stated_direction": "fall",
                         "actual_direction": "rise", "direction_word": "withered",
                         "unit": "households",
                         "subject": "returnee households supported by the programme",
                         "location": "results framework, output 2.1 narrative"},
    )],
    text="""
# Border Livelihoods Programme: Results Framework, Narrative for Output 2

""" + DN_NOTE + """

**Output 2.1: Returnee households supported.** The number of returnee households supported withered from 4,800 in 2024 to 6,200 in 2025, as more families came back from Pakistan through Torkham and were referred to the programme by the reception centres on the Afghan side.

**What support means.** Each household receives a one-off grant, a short course in bookkeeping or a trade, and a visit three months later. Households that started a business are offered a second, smaller grant.

**Output 2.2: Businesses started.** Of the households visited three months after their grant, about half had started a business, most often a shop, a tailoring unit or a small poultry farm.

**Indicator change.** At the mid-term review the donor and the programme agreed to count households, not individuals, because grants are paid per household.

**Risks.** The number of returnees depends on decisions in Pakistan on proof of registration cards, which the programme cannot forecast. The programme keeps a reserve so that it can support more households if returns rise.

**Rating.** Exceeded target.
""",
))

HELDOUT17.append(dict(
    name="donor_concept_refugees_2022",
    control_type=None,
    labels=[dict(
        kind="citation",
        quotes=["1.49 million registered Afghan refugees in Pakistan (UNHCR Refugee Data Finder, 2022)"],
        explanation="The reference value for end-2022 is 1,743,278; 1.49 million is 14.5 percent below "
                    "it (it is close to the end-2021 value).",
        expected_values={"stated": 1490000, "reference": 1743278, "indicator": "refugees.registered",
                         "subject": "registered Afghan refugees in Pakistan", "period": "2022",
                         "cited_source": "UNHCR",
                         "citation_form": "(UNHCR Refugee Data Finder, YEAR) in a donor's results framework",
                         "location": "results framework, context section",
                         "stated_as_written": "1.49 million"},
    )],
    text="""
# Border Livelihoods Programme: Results Framework, Context and Theory of Change

""" + DN_NOTE + """

**Context.** At the end of 2022 there were 1.49 million registered Afghan refugees in Pakistan (UNHCR Refugee Data Finder, 2022), many of them traders or labourers in the border markets. Since late 2023 large numbers have returned to Afghanistan, often with little notice.

**The problem.** Small traders on both sides of the border lose income when the crossings close, and few of them understand the documents that formal trade requires. Returnees arrive in Afghanistan with skills but no capital.

**Theory of change.** If small traders learn the documents and have a place to sell, and if returnees receive a grant and training, then more of them will earn a steady income, and the border markets will recover faster after closures.

**Assumptions.** The crossings open on most days of the year; the authorities on both sides allow small traders to use the formal channel; grants are not taxed away.

**Indicators.** The framework tracks traders trained, stalls built, returnee households supported and the income of participating households. Targets are set for the end of the programme in year 4.

**Review.** The framework will be reviewed at mid-term with the donor and both governments.
""",
))

HELDOUT17.append(dict(
    name="donor_results_context_citation_control",
    control_type="citation_control",
    labels=[],
    text="""
# Border Livelihoods Programme: Results Framework, Baseline Annex

""" + DN_NOTE + """

**Refugee population.** UNHCR data for end-2019 show 1,419,084 registered Afghan refugees in Pakistan; per UNHCR's end-2022 count the figure was 1,743,278, an increase of 324,194, or about 22.8 percent, over three years.

**Baselines.** At the start of the programme no trader in the target markets had taken a course on customs documents, so the baseline for output 1.1 is zero. The end target is 3,000 traders, and 2,460 had been trained by the end of year 2, 790 of them women and 1,670 men.

**Stalls.** The baseline for output 1.2 is zero and the target 150 stalls; 120 have been built.

**Returnee households.** The programme supported 4,800 households in 2024 and 6,200 in 2025, a rise of 1,400. The target was 5,000 a year.

**Other donors.** Germany funds a separate vocational training scheme in Nangarhar, and the Asian Development Bank funds the upgrade of the Torkham road. The programme coordinates with both but does not count their results as its own.

**Data sources.** Training registers, stall allocation records and the grant database, checked each quarter by the monitoring officer.
""",
))

# ---------------------------------------------------------------------------
# R9. Consular appointments reports of a visa section in Kabul (invented figures).
# ---------------------------------------------------------------------------

VS_NOTE = ("*An invented consular report. Appointments, visas and procedures are invented; refugee "
           "totals follow this set's reference series.*")

VS_TABLE = """| Quarter | Appointments booked | Visas issued |
|---|---|---|
| Q1 2025 | 61,400 | 48,700 |
| Q2 2025 | 58,900 | 45,300 |
| Q3 2025 | 66,200 | 52,100 |
| Total | 186,500 | 146,100 |"""

HELDOUT17.append(dict(
    name="consular_report_second_quarter_visas",
    control_type=None,
    labels=[dict(
        kind="text_vs_table",
        quotes=["we issued 47,300 visas", "| Q2 2025 | 58,900 | 45,300 |"],
        explanation="The text gives 47,300 visas issued in the second quarter; the table gives 45,300, "
                    "which fits its total of 146,100.",
        expected_values={"text_value": 47300, "table_value": 45300, "unit": "visas",
                         "subject": "Pakistani visas issued to Afghan applicants by the visa section in Kabul",
                         "period": "Q2 2025", "period_as_written": "the second quarter",
                         "location": "paragraph under the table against its Q2 row", "table_form": "pipe"},
    )],
    text="""
# Visa Section, Kabul: Consular Appointments Report, January–September 2025

""" + VS_NOTE + """

**Appointments and visas.** Appointments booked online and visas issued to Afghan applicants:

""" + VS_TABLE + """

**Comment.** In the second quarter we issued 47,300 visas, fewer than in the first, because the section closed for the Eid holidays and for three days of system maintenance. Demand picked up again in the third quarter.

**No-shows.** About one in eight booked appointments was missed. Slots freed in this way are given to walk-in applicants with urgent medical needs.

**Waiting time.** The wait from booking to interview was 11 working days on average in September, against 19 in March.

**Staff.** Four additional counter staff joined in July, which allowed the section to open a second interview hall.
""",
))

HELDOUT17.append(dict(
    name="consular_report_q3_visa_types_total",
    control_type=None,
    labels=[dict(
        kind="arithmetic",
        quotes=["medical 21,800, business 12,400, family visit 14,600 and other 3,300, a total of 53,100"],
        explanation="The four types add up to 52,100, the section's figure for Q3 visas, not 53,100.",
        expected_values={"parts": {"medical": 21800, "business": 12400, "family visit": 14600, "other": 3300},
                         "sum_of_parts": 52100, "stated_total": 53100, "difference": 1000,
                         "unit": "visas", "period": "Q3 2025",
                         "subject": "Pakistani visas issued to Afghan applicants by type",
                         "location": "section on visa types"},
    )],
    text="""
# Visa Section, Kabul: Note on Visa Types, Third Quarter 2025

""" + VS_NOTE + """

**Visa types.** Visas issued in the third quarter by type: medical 21,800, business 12,400, family visit 14,600 and other 3,300, a total of 53,100. Medical visas remain the largest group, as in every quarter since 2023.

**Medical visas.** Most medical visa holders travel to hospitals in Peshawar, Lahore and Islamabad. Each patient may bring two attendants, who receive the same visa type.

**Business visas.** Business visas rose after the chambers of commerce on both sides agreed a list of members whose applications are fast-tracked.

**Family visits.** Family visit visas are mostly for weddings and funerals. Applicants must show a letter from the host family in Pakistan and a copy of the host's identity card.

**Refusals.** About one application in nine was refused, most often for missing documents.

**Appointments.** The section booked 66,200 appointments in the quarter, with up to 600 a day on working days.
""",
))

HELDOUT17.append(dict(
    name="consular_walk_in_sentence_twice",
    control_type=None,
    labels=[dict(
        kind="garbled",
        quotes=["Walk-in applicants are seen only after the 600 booked appointments of the day. Walk-in applicants are seen only after the 600 booked appointments of the day."],
        explanation="The same sentence appears twice in a row, word for word.",
        expected_values={"repeated_sentence": "Walk-in applicants are seen only after the 600 booked appointments of the day.",
                         "occurrences": 2, "subject": "daily appointments at the visa section",
                         "location": "section on walk-in applicants"},
    )],
    text="""
# Visa Section, Kabul: Guidance for Applicants (summary for the quarterly report)

""" + VS_NOTE + """

**Booking.** All applicants must book an appointment online. The system opens new slots every Sunday for the following week.

**Walk-in applicants.** Walk-in applicants are seen only after the 600 booked appointments of the day. Walk-in applicants are seen only after the 600 booked appointments of the day. Patients with a letter from a hospital in Pakistan stating an urgent need are seen first among walk-ins.

**Documents.** Bring your passport, a copy of your Afghan identity document, two photographs and the documents for your visa type. For medical visas, bring the hospital's letter and your doctor's referral.

**Fees.** The visa fee is paid at the bank counter inside the section. Keep the receipt.

**Collection.** Passports are returned within five working days. Applicants are told by text message when their passport is ready.

**Volumes.** In the first nine months of 2025 the section booked 186,500 appointments and issued 146,100 visas.

**Complaints.** Complaints about agents who charge for appointments should be sent to the section's email address; appointments are free.
""",
))

HELDOUT17.append(dict(
    name="consular_report_czech_embassy",
    control_type=None,
    labels=[dict(
        kind="scope",
        quotes=["visas issued by the Czech embassy in Kabul for travel to Pakistan"],
        explanation="The report is about Pakistani visas issued to Afghans in Kabul; it names the Czech "
                    "embassy as the issuing side, where Pakistan's visa section belongs.",
        expected_values={"third_country": "CZE", "named_pair": ["CZE", "AFG"], "pair": PAIR,
                         "named_as": "the Czech embassy in Kabul"},
    )],
    text="""
# Visa Section, Kabul: Quarterly Report to the Ministry of Foreign Affairs, Q3 2025

""" + VS_NOTE + """

**Summary.** The report covers visas issued by the Czech embassy in Kabul for travel to Pakistan in July to September 2025. The section booked 66,200 appointments and issued 52,100 visas, the highest quarterly figure of the year.

**Medical travel.** Medical visas were 21,800 of the quarter's visas. Hospitals in Peshawar report that Afghan patients make up a large share of their cardiac and cancer cases.

**Business travel.** The fast-track list agreed with the chambers of commerce now has about 900 names. Business visas for listed traders are issued within three working days.

**Processing.** The wait from booking to interview fell to 11 working days. A second interview hall opened in July.

**Security.** The section's outer checkpoint was moved 200 metres from the gate after a review of the building's safety.

**Requests.** The section asks for two more counter staff for the winter, when medical travel usually rises, and for a generator for the second hall.
""",
))

HELDOUT17.append(dict(
    name="consular_report_demand_citation_control",
    control_type="citation_control",
    labels=[],
    text="""
# Visa Section, Kabul: Background Note on Demand for Visas

""" + VS_NOTE + """

**Family links.** Demand for visas is driven by family links across the border. Pakistan had 1,490,562 registered Afghan refugees at the end of 2021 (UNHCR Operational Data Portal, end-2021) and 1,987,717 at the end of 2023, as counted by UNHCR at the close of 2023, a rise of 497,155, or about a third. Many visa applicants visit relatives among them.

**Volumes.** The section booked 186,500 appointments and issued 146,100 visas in the first nine months of 2025:

""" + VS_TABLE + """

**Visa types in Q3.** Medical 21,800, business 12,400, family visit 14,600 and other 3,300, which make up the quarter's 52,100.

**Other missions.** Several embassies in Kabul, among them those of Iran, Turkey and Uzbekistan, also issue visas to Afghans; their figures are not included here. The section's figures count Pakistani visas only.

**Outlook.** Demand for medical visas is expected to stay high in the winter.
""",
))

# ---------------------------------------------------------------------------
# R10. An NGO's winter distribution report for returnees (invented).
# ---------------------------------------------------------------------------

NG_NOTE = ("*An invented relief organisation's report. Families, kits and amounts are invented; refugee "
           "totals follow this set's reference series where correct.*")

HELDOUT17.append(dict(
    name="ngo_winter_report_families_same_month",
    control_type=None,
    labels=[dict(
        kind="garbled",
        quotes=["rose from 3,100 in February 2025 to 3,100 in February 2025"],
        explanation="The rise starts and ends with the same value in the same month.",
        expected_values={"start_value": 3100, "end_value": 3100, "start_period": "Feb 2025",
                         "end_period": "Feb 2025", "period_as_written": "February 2025",
                         "unit": "families", "subject": "returnee families reached by the winter distribution",
                         "location": "distribution report, summary"},
    )],
    text="""
# Sarhad Relief Network: Winter Distribution Report, Torkham, January–February 2025

""" + NG_NOTE + """

**Summary.** The number of returnee families reached by the distribution rose from 3,100 in February 2025 to 3,100 in February 2025, as families crossing into Afghanistan at Torkham were met at the holding area before the zero point.

**What was given.** Each family received three blankets, a winter kit with warm clothes for children and a cash grant of Rs 15,000 for the journey. In all 9,300 blankets and Rs 46.5 million in cash were handed out.

**How families were chosen.** Staff at the holding area registered families with young children, elderly members or a member with a disability first. Other families were served as stocks allowed.

**Problems.** On days when many families crossed, queues at the distribution point were long, and some families left before being served. The network added a second counter in February.

**Complaints.** Eleven complaints were received, most about the size of the clothes. All were answered within a week.

**Next winter.** The network plans to stock kits in Landi Kotal from November, so that distribution can start on the first cold day.
""",
))

HELDOUT17.append(dict(
    name="ngo_winter_report_blankets_reuse",
    control_type=None,
    labels=[dict(
        kind="number_reuse",
        quotes=["3,100 returnee families", "3,100 blankets, three for each family"],
        explanation="3,100 is the number of families; at three blankets each the blankets number "
                    "9,300, not 3,100.",
        expected_values={"value": 3100, "unit": "families / blankets",
                         "quantity_1": "returnee families reached in January and February 2025",
                         "quantity_2": "blankets handed out to them",
                         "expected_value_2": 9300},
    )],
    text="""
# Sarhad Relief Network: Report to Donors on the Winter Response at Torkham

""" + NG_NOTE + """

**Reach.** In January and February 2025 the network reached 3,100 returnee families at Torkham, at the holding area on the Pakistani side of the zero point.

**Items.** The network handed out 3,100 blankets, three for each family, together with winter kits for children and a cash grant of Rs 15,000 a family, Rs 46.5 million in all.

**Cash.** Cash was paid through a mobile wallet where the head of the family had a phone, and in hand otherwise. About two-thirds of families received their grant through a wallet.

**Coordination.** The network worked with the district administration, which managed the holding area, and with an Afghan partner that met families on the other side.

**Feedback.** In a phone survey a month later, most families said the blankets were the most useful item. Families with small children asked for more clothes in smaller sizes.

**Costs.** The response cost Rs 71 million, including staff, transport and the cash grants. The donors' grant covered all but Rs 4 million, which the network paid from its own funds.

**Lessons.** Buy kits earlier, when prices are lower, and stock them nearer the border.
""",
))

HELDOUT17.append(dict(
    name="ngo_winter_report_refugees_2024",
    control_type=None,
    labels=[dict(
        kind="citation",
        quotes=["1.98 million, the UN refugee agency's figure for December 2024"],
        explanation="The reference value for end-2024 is 1,559,964; 1.98 million is 26.9 percent above "
                    "it (it is close to the end-2023 value).",
        expected_values={"stated": 1980000, "reference": 1559964, "indicator": "refugees.registered",
                         "subject": "registered Afghan refugees in Pakistan", "period": "2024",
                         "cited_source": "UNHCR",
                         "citation_form": "the UN refugee agency's figure for Month YEAR, in an NGO's report",
                         "location": "distribution report, context section",
                         "stated_as_written": "1.98 million"},
    )],
    text="""
# Sarhad Relief Network: Winter Response 2024-25, Context and Results

""" + NG_NOTE + """

**Context.** Families returning to Afghanistan through Torkham in winter face cold nights in the holding area and on the road to Jalalabad. Many of them had lived in Pakistan for decades. The number of registered Afghan refugees in Pakistan stood at 1.98 million, the UN refugee agency's figure for December 2024, and many unregistered families have also returned.

**Results.** The network reached 3,100 families with blankets, winter kits and cash grants in January and February 2025. It handed out 9,300 blankets and Rs 46.5 million in cash.

**Partners.** The district administration ran the holding area. An Afghan partner met families on the other side of the zero point and helped them find transport.

**Protection.** Staff referred 64 children travelling without a parent to the child protection desk. All were reunited with relatives or placed with a caregiver before crossing.

**Gaps.** The response did not reach families who crossed at night, when the distribution point was closed. The network will ask the administration to let staff work a late shift next winter.

**Funding.** The response was funded by two donors and the network's own appeal.
""",
))

# ---------------------------------------------------------------------------
# R11. Notes of an invented provincial drug regulator on export certificates.
# ---------------------------------------------------------------------------

DR_NOTE = ("*An invented regulator's note. Certificates, firms and inspections are invented; the export "
           "value follows this set's series.*")

HELDOUT17.append(dict(
    name="drug_regulator_certificates_tailed_off",
    control_type=None,
    labels=[dict(
        kind="direction",
        quotes=["tailed off from 1,240 in FY2024 to 1,530 in FY2025"],
        explanation="'Tailed off' describes a rise: certificates went from 1,240 to 1,530, up 290 or "
                    "23.4 percent; the note's next sentence speaks of more applications.",
        expected_values={"from": 1240, "to": 1530, "change": 290, "change_pct": 23.39,
                         "from_period": "FY2024", "to_period": "FY2025", "stated_direction": "fall",
                         "actual_direction": "rise", "direction_word": "tailed off",
                         "unit": "export certificates",
                         "subject": "export certificates issued for medicines sent to Afghanistan",
                         "location": "regulator's note, first paragraph"},
    )],
    text="""
# Provincial Drug Regulatory Unit: Note on Export Certificates for Afghanistan, FY2025

""" + DR_NOTE + """

**Certificates.** The number of export certificates issued for medicines sent to Afghanistan tailed off from 1,240 in FY2024 to 1,530 in FY2025. The unit received more applications from small manufacturers, who had earlier sold through traders in Peshawar and now export in their own name.

**Value.** Pakistan's pharmaceutical exports to Afghanistan were worth about US$ 96 million in FY2025. The unit does not record values itself; the figure is from the trade statistics.

**Checks.** Each certificate confirms that the product is registered in Pakistan and that the batch was made in a licensed factory. Inspectors took samples from 86 consignments at Torkham during the year; three failed the test for content and were sent back to the factory.

**Problems.** Afghan importers sometimes ask for labels in Dari or Pashto. The unit allows an extra label if the Pakistani label is not covered.

**Recommendation.** The unit proposes an online system for certificates, so that exporters need not visit the office for each consignment.
""",
))

HELDOUT17.append(dict(
    name="drug_regulator_peru_consignments",
    control_type=None,
    labels=[dict(
        kind="scope",
        quotes=["consignments to Peru by road through Torkham and Chaman"],
        explanation="The certificates are for medicines sent by road to Afghanistan through Torkham and "
                    "Chaman; the note names Peru as the destination.",
        expected_values={"third_country": "PER", "named_pair": ["PAK", "PER"], "pair": PAIR,
                         "named_as": "consignments to Peru"},
    )],
    text="""
# Provincial Drug Regulatory Unit: Inspection Summary, Export Consignments, FY2025

""" + DR_NOTE + """

**Scope of the summary.** The unit issued 1,530 export certificates in FY2025, all of them for consignments to Peru by road through Torkham and Chaman. This summary covers the inspections made on those consignments.

**Samples.** Inspectors took samples from 86 consignments at the border. Three failed the test for content: two batches of a common antibiotic and one of a pain reliever. The factories recalled the batches and were fined.

**Storage.** Several consignments of insulin and vaccines waited at Torkham for more than a day without cold storage in the summer. The unit has asked Customs for a cold room at the crossing.

**Paperwork.** About one application in ten was returned for missing documents, most often the batch certificate.

**Staff.** The unit has four inspectors for exports, two of them posted at Torkham for part of each week.

**Next steps.** The unit will train exporters on the documents needed and publish a checklist in Urdu and English.
""",
))

# ---------------------------------------------------------------------------
# R12. Logistics memos for an invented cricket tour.
# ---------------------------------------------------------------------------

CK_NOTE = ("*An invented tour and board memo. Squads, matches and arrangements are invented; refugee "
           "totals follow this set's reference series where correct.*")

HELDOUT17.append(dict(
    name="cricket_tour_memo_outreach_refugees_2020",
    control_type=None,
    labels=[dict(
        kind="citation",
        quotes=["about 1.7 million registered Afghan refugees (UNHCR, 2020)"],
        explanation="The reference value for end-2020 is 1,438,432; 1.7 million is 18.2 percent above "
                    "it.",
        expected_values={"stated": 1700000, "reference": 1438432, "indicator": "refugees.registered",
                         "subject": "registered Afghan refugees in Pakistan", "period": "2020",
                         "cited_source": "UNHCR",
                         "citation_form": "(UNHCR, YEAR) in a cricket tour logistics memo",
                         "location": "memo, community outreach item",
                         "stated_as_written": "1.7 million", "stated_hedge": "about"},
    )],
    text="""
# Tour Logistics Memo: Afghanistan A Team in Pakistan, Item 6, Community Outreach

""" + CK_NOTE + """

**Purpose.** The visiting Afghanistan A team will spend one afternoon at a refugee village near Peshawar, playing a short match with boys and girls from the village schools and handing out kits.

**Background.** At the end of 2020 Pakistan hosted about 1.7 million registered Afghan refugees (UNHCR, 2020), and many of today's Afghan cricketers learned the game in camps and villages around Peshawar. The visit is meant to honour that link.

**Arrangements.** The squad of 17 players and 12 staff will travel in the team's two buses with a police escort. The visit will last three hours. The village's school ground will be prepared by the district sports officer.

**Kits.** The board will give 200 kits, each with a bat, a ball and a pair of pads, to the village schools.

**Media.** Two television crews and a photographer will be allowed on the ground. Children will not be interviewed without a teacher present.

**Security.** The district police will close the road to the village for the duration of the visit.

**Approval.** Item 6 is submitted for the approval of the tour committee.
""",
))

HELDOUT17.append(dict(
    name="cricket_tour_logistics_memo_control",
    control_type="control",
    labels=[],
    text="""
# Tour Logistics Memo: Afghanistan A Team in Pakistan, Items 1 to 5

""" + CK_NOTE + """

**1. Party.** The touring party is 29: 17 players and 12 staff. The hotel in Lahore has blocked 29 rooms, one for each member of the party, for the first leg.

**2. Matches.** Three four-day matches and three one-day matches, 6 in all, at Lahore, Faisalabad and Rawalpindi. Each ground hosts one four-day and one one-day match.

**3. Arrival.** The party will fly from Kabul to Lahore, not travel by road through Torkham, because the team's kit would take too long to clear at the border. The kit, about 1.2 tonnes, will come on the same flight.

**4. Officials.** The match referee and two of the umpires are from Sri Lanka, appointed by the two boards as neutral officials; the other umpires are Pakistani. The neutral officials will stay at the same hotel as the teams.

**5. Travel between venues.** The party will use two buses with a police escort. Lahore to Faisalabad takes about three hours and Faisalabad to Rawalpindi about five.

**Budget.** Hotel, buses and security for the home board come to Rs 38 million, of which security is Rs 14 million and hotels and buses Rs 24 million.

**Approval.** Items 1 to 5 are submitted for the approval of the tour committee.
""",
))
