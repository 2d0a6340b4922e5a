# Sixteenth held-out set of synthetic documents ("heldout16").  Written from
# scratch after heldout15/, by a labeller who had not opened dyad's
# implementation or history and had not seen any of its results.
# Every entry: name (topic slug, numbered later by build_heldout16.py), text,
# labels (list of defect dicts), control_type for controls.
# The texts imitate registers not used before: minutes of a terminal
# company's audit committee, a cold-chain carrier's internal memos, a customs
# valuation note on talc and soapstone, a mobile operator's roaming report to
# the regulator, a seminary registration authority's annual report, a
# hydrology note on the Chitral (Kunar) river, a scholarship programme's
# papers, a zero-point ambulance transfer desk's monthly log, an insurer's
# goods-in-transit claims papers, a mail exchange office's quarterly notes
# and a food directorate's note on wheat flour shipments.
# PDF-extracted tables are laid out by pdf_table() below (cells separated by
# runs of two or more spaces); quotes of such rows are taken from the same
# lines.
#
# Invented figures shared with earlier sets (see heldout3-15_data.py):
# annual trade series (README: exports 1,290 / 942 / 828 / 936 / 1,012 /
# 884, imports 441 / 509 / 552 / 741 / 690 / 540, balances 849 / 433 / 276 /
# 195 / 322 / 344 for 2019-2024); FY2025 exports 893, imports 498; exports
# by product FY2025 wheat flour 118, pharmaceuticals 96; returns 2024
# 676,000; trucks per day at Torkham 1,150 (2023), 820 (2024); closure days
# 2024 Torkham 46; registered refugees at end-2024 in Khyber Pakhtunkhwa
# 811.2 thousand and Peshawar district 327.2 thousand.
#
# New invented figures, consistent with the above:
#   Torkham Terminal Services Company (TTSC), Rs million: revenue FY2024 /
#     FY2025 weighbridge 312 / 268, parking yard 205 / 171, scanning 386 /
#     339, other 65 / 64, total 968 / 842 (fall 126, 13.0 percent); profit
#     after tax FY2025 84.2; audit materiality 8.4.  Receivables at 30 June
#     2025, Rs thousand, clearing agents / transporters: 0-30 days 28,900 /
#     17,300 (46,200), 31-90 days 19,600 / 12,200 (31,800), 91-180 days
#     10,900 / 7,500 (18,400), over 180 days 16,800 / 10,800 (27,600), total
#     76,200 / 47,800 (124,000); provision 27,600 + 50 percent of 18,400 =
#     36,800.  Internal audit FY2025: 42 observations raised, 25 settled, 17
#     open.  Weighbridge collection account difference Rs 3.8 million (31 Mar
#     2025), Rs 1.1 million (30 Jun 2025).
#   Ravi Cold Chain, reefer loads Lahore-Kabul Jul / Aug / Sep 2025: loads 22
#     / 19 / 23 (64), average transit hours 58 / 71 / 63 (about 64), average
#     dwell at Torkham 19 / 31 / 24 (about 24), loads with an excursion 3 / 2
#     / 2 (7; 57 without); 52 of 64 delivered within 72 hours; goods worth
#     about US$ 5.4 million; load KBL-0917 held at Torkham 9-14 Sep 2025.
#   Talc valuation (invented Peshawar valuation directorate), Jan-Sep 2025,
#     tonnes / declared US$ per t / ruling 2024 / proposed: grade A lumps
#     96,400 / 118 / 160 / 145; grade B lumps 58,200 / 84 / 110 / 102;
#     powder 12,600 / 190 / 250 / 235; soapstone 21,800 / 62 / 80 / 75;
#     total 189,000 t; powder declared US$ 212 in 2024.
#   Safed Koh Telecom (SKT), Q1 / Q2 / Q3 2025: inbound roamers 186,000 /
#     212,000 / 241,000, inbound minutes (million) 3.1 / 3.4 / 3.8, outbound
#     roamers 48,000 / 52,000 / 57,000, outbound minutes 2.0 / 2.1 / 2.3;
#     receivable / payable / balance, US$ thousand, 412 / 236 / 176, 455 /
#     249 / 206, 508 / 271 / 237; spill-over complaints 1,340 / 1,120 / 860.
#   Seminary registration authority (KP): seminaries registered 2,840
#     (end-2023), 3,410 (end-2024), 3,960 (30 Sep 2025); 610 pending;
#     students 386,500; foreign students with study visas 1,180 (end-2024,
#     Afghan 860), 1,420 (30 Sep 2025: Afghan 1,090, Central Asia 150, other
#     South Asia 92, Africa 58, other 30; 77 / 11 / 6 / 4 / 2 percent);
#     registration 45 working days (120 in 2023).
#   Chitral river at an invented Arandu gauge, 2020-2024, m3/s: mean 298 /
#     276 / 331 / 305 / 287, peak daily 1,420 / 1,260 / 2,140 / 1,690 /
#     1,510, February low 68 / 61 / 64 / 66 / 58; an invented 72 MW
#     run-of-river scheme with an environmental flow of 15 m3/s.
#   Khyber Pass Scholarship Programme (invented), phase II 2023-2027, 800
#     awards a call (520 undergraduate, 200 master's, 80 PhD), 2,400 in all;
#     applications 9,800 (2023), 13,600 (2024), 11,200 (2025); women 31 / 36
#     / 38 percent of awards; 2024-25 scholars by province of university KP
#     620, Punjab 480, Islamabad 270, Sindh 130, Balochistan 100 (1,600),
#     disbursed Rs million 172 / 138 / 96 / 38 / 26 (470); budget 2025-26
#     tuition 420, stipends 345.6 (Rs 12,000 a month, 2,400 scholars),
#     travel, visas and insurance 54.4, total 820.
#   Khyber Emergency Transfer Service (invented) at the Torkham zero point,
#     transfers into Pakistan / into Afghanistan / total: Jun 2025 214 / 48 /
#     262, Jul 241 / 52 / 293, Aug 261 / 57 / 318, Sep 236 / 49 / 285 (952 /
#     206 / 1,158); Aug 2024 total 227; August hospitals 142 / 71 / 48;
#     average handover wait 38 / 44 / 52 / 41 minutes.
#   Indus Shield Insurance (invented), goods in transit, Jan-Sep 2025, by
#     cause, claims / claimed / paid (Rs million): spoilage 54 / 38.6 / 27.9,
#     theft 27 / 21.4 / 14.2, accident 18 / 29.8 / 24.6, fire 3 / 11.2 / 9.4,
#     other 9 / 4.0 / 2.4, total 111 / 105.0 / 78.5; paid Jan-Sep 2024 64.0;
#     premium 118 (Jan-Sep 2024), 142 (Jan-Sep 2025); settlement 62 -> 47
#     days; Landi Kotal fire claim 8.35 + 0.65 + 0.40 = 9.40.
#   Mail exchange office at Peshawar (invented), parcels to / from
#     Afghanistan: Q1 2025 2,140 / 1,310, Q2 2,380 / 1,240, Q3 2,610 / 1,450;
#     average 6.5 kg a parcel; parcel exchange suspended 4-21 Feb 2025.
#   Wheat flour to Afghanistan, Jul / Aug / Sep 2025, tonnes: Torkham 16,900
#     / 18,800 / 15,500 (51,200), Chaman 6,200 / 7,100 / 5,600 (18,900),
#     Ghulam Khan 1,500 / 1,400 / 1,700 (4,600), total 24,600 / 27,300 /
#     22,800 (74,700); 20-kg bag in Peshawar Rs 1,960 (Jun 2025), Rs 2,340
#     (Sep 2025).

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


HELDOUT16 = []


# ---------------------------------------------------------------------------
# R1. Minutes of the audit committee of an invented terminal company.
# ---------------------------------------------------------------------------

AC_NOTE = ("*The company, its board, its committee and every figure about them are invented; border "
           "figures follow this set's series.*")

HELDOUT16.append(dict(
    name="audit_committee_receivables_ageing_total",
    control_type=None,
    labels=[dict(
        kind="arithmetic",
        quotes=["| **Total** | 76,200 | 47,800 | 134,000 |"],
        explanation="The ageing table's total for all users is Rs 134,000 thousand, but its four age "
                    "buckets add up to 124,000 (and the two user columns of the same row, 76,200 and "
                    "47,800, also add up to 124,000).",
        expected_values={"parts": {"0-30 days": 46200, "31-90 days": 31800,
                                   "91-180 days": 18400, "over 180 days": 27600},
                         "sum_of_parts": 124000, "stated_total": 134000, "difference": 10000,
                         "unit": "PKR thousand", "period": "30 Jun 2025",
                         "subject": "trade receivables of the terminal company from terminal users",
                         "location": "minutes, item 3, ageing table, total row, 'All users' column",
                         "table_form": "pipe"},
    )],
    text="""
# Torkham Terminal Services Company: Minutes of the 31st Meeting of the Audit Committee (extract)

""" + AC_NOTE + """

**Held** at the company's Peshawar office on 18 August 2025. Present: three independent directors, one of them in the chair, and the nominee director of the provincial Finance Department. In attendance: the Chief Financial Officer (CFO) and the Head of Internal Audit, and for item 4 the engagement partner of the external auditors.

**Item 3: Receivables from terminal users.** The CFO presented the ageing of trade receivables at 30 June 2025, in Rs thousand:

| Age of balance | Clearing agents | Transporters | All users |
|---|---|---|---|
| 0–30 days | 28,900 | 17,300 | 46,200 |
| 31–90 days | 19,600 | 12,200 | 31,800 |
| 91–180 days | 10,900 | 7,500 | 18,400 |
| Over 180 days | 16,800 | 10,800 | 27,600 |
| **Total** | 76,200 | 47,800 | 134,000 |

The committee noted that the balances over 180 days, Rs 27.6 million, are owed mostly by clearing agents whose business collapsed after the closures of 2024, when Torkham was shut to cargo for 46 days. The CFO proposed a provision of 100 percent on those balances and 50 percent on the 91–180 day bucket, Rs 36.8 million in all.

*Decision:* the provision was approved in principle, subject to the external auditors' view. Management will stop credit to any user whose balance is more than 90 days old from 1 September 2025, and will report monthly on recoveries.

**Item 4: External audit plan for FY2025.** The engagement partner presented the plan. Overall materiality is set at Rs 8.4 million, about 1 percent of revenue of Rs 842 million. The auditors will attend the cash count at the weighbridge booths on 30 June and test the scanning fee waivers granted during the closures.

*Decision:* the plan was noted. The chair asked that the management letter reach the committee within two weeks of the audit report.
""",
))

HELDOUT16.append(dict(
    name="audit_committee_internal_audit_settled_reuse",
    control_type=None,
    labels=[dict(
        kind="number_reuse",
        quotes=["raised 42 observations during FY2025",
                "of which 42 were settled by 30 June 2025"],
        explanation="The internal audit report gives 42 both for the observations raised in FY2025 and "
                    "for those settled by 30 June 2025, yet 17 are said to remain open; 42 raised less "
                    "17 open leaves 25 settled.",
        expected_values={"value": 42, "unit": "audit observations",
                         "quantity_1": "internal audit observations raised during FY2025",
                         "quantity_2": "observations settled by 30 June 2025",
                         "expected_value_2": 25},
    )],
    text="""
# Torkham Terminal Services Company: Minutes of the 31st Meeting of the Audit Committee (extract, item 5)

""" + AC_NOTE + """

**Item 5: Internal audit report for FY2025.** The Head of Internal Audit reported that the department raised 42 observations during FY2025, of which 42 were settled by 30 June 2025 and 17 remain open. Five of the open observations are rated high risk:

- scanning fees waived during the closures of 2024 without the written approval the fee schedule requires;
- two weighbridges whose calibration certificates lapsed in March 2025;
- cash from the night shift at the parking yard deposited the next afternoon rather than the same morning;
- user accounts of three former staff still active in the billing system;
- no reconciliation between trucks counted by the gate cameras and trucks billed for parking.

**Discussion.** Members asked why the camera and billing counts had never been compared. The CFO explained that the cameras belong to the customs department and the company receives only a daily file. The Head of Internal Audit said a test on ten days in May 2025 found 312 trucks in the camera file with no parking bill, roughly Rs 0.3 million of lost fees.

**Decisions.**

1. Management to close the five high-risk observations by 31 October 2025 and report progress at the next meeting.
2. The billing system's access list to be reviewed every quarter by Internal Audit.
3. The department to extend the camera test to the whole of FY2025.

**Item 6: Internal audit plan for FY2026.** The plan covers 14 audits, four more than last year, and adds the new mobile-wallet collection system. The committee approved it and asked that one auditor be posted to Torkham full time.
""",
))

HELDOUT16.append(dict(
    name="audit_committee_collection_account_same",
    control_type=None,
    labels=[dict(
        kind="garbled",
        quotes=["went from Rs 3.8 million at 31 March 2025 to Rs 3,800 thousand at 31 March 2025"],
        explanation="The minutes report a change in the unreconciled difference on the collection "
                    "account whose start and end are the same value at the same date, written once in "
                    "millions and once in thousands.",
        expected_values={"start_value": 3.8, "end_value": 3.8,
                         "start_period": "31 Mar 2025", "end_period": "31 Mar 2025",
                         "period_as_written": "31 March 2025",
                         "as_written": {"start_value": "Rs 3.8 million", "end_value": "Rs 3,800 thousand"},
                         "unit": "PKR million",
                         "subject": "unreconciled difference on the weighbridge collection account",
                         "location": "minutes, item 2, matters arising"},
    )],
    text="""
# Torkham Terminal Services Company: Minutes of the 31st Meeting of the Audit Committee (extract, item 2)

""" + AC_NOTE + """

**Item 1: Confirmation of minutes.** The minutes of the 30th meeting, held on 12 May 2025, were confirmed without change.

**Item 2: Matters arising.**

- *Weighbridge collection account.* At the 30th meeting the committee asked for the difference between cash receipted at the weighbridge booths and cash banked to be cleared. The CFO reported that the unreconciled difference went from Rs 3.8 million at 31 March 2025 to Rs 3,800 thousand at 31 March 2025, and that the remaining items are deposits credited by the bank under the wrong account number. The bank has agreed to re-post them. Members were not satisfied and asked Internal Audit to check the reconciliation independently before the accounts are signed.
- *Mobile-wallet payments.* The share of fees paid by card or mobile wallet reached 71 percent of transactions in June 2025, against 38 percent a year earlier. Cash is still accepted at night, when the wallet service is often down.
- *Insurance of cash in transit.* The new policy covers up to Rs 2 million a trip, enough for the daily cash from both weighbridges on most days. On the busiest days the cash is to be moved in two trips.
- *Scanner maintenance contract.* The supplier has agreed to keep a technician at Torkham six days a week, up from three, at no extra cost until the contract is renewed in January 2026.

**Decision.** The CFO to present a signed bank reconciliation at 30 June 2025, with every item over Rs 50,000 explained, at the next meeting.
""",
))

HELDOUT16.append(dict(
    name="audit_committee_annual_accounts_control",
    control_type="control",
    labels=[],
    text="""
# Torkham Terminal Services Company: Minutes of the 32nd Meeting of the Audit Committee (extract)

""" + AC_NOTE + """

**Held** on 20 October 2025 to review the annual accounts for FY2025 (the year to 30 June 2025) before they go to the Board.

**Item 2: Annual accounts.** The CFO presented revenue by stream, in Rs million:

| Stream | FY2024 | FY2025 | Change |
|---|---|---|---|
| Weighbridge fees | 312 | 268 | −44 |
| Parking yard | 205 | 171 | −34 |
| Scanning fees | 386 | 339 | −47 |
| Other | 65 | 64 | −1 |
| Total | 968 | 842 | −126 |

Revenue fell by Rs 126 million, or 13.0 percent. The CFO explained that the fall follows traffic: trucks crossing at Torkham averaged 820 a day in 2024, against 1,150 in 2023, and fees are charged per truck. The two cargo scanners, bought from a manufacturer in China in 2019, were out of service for 19 days between them, which cost some scanning fees as well.

Profit after tax was Rs 84.2 million, about ten times the audit materiality of Rs 8.4 million set in August. Receivables at 30 June 2025 stood at Rs 124.0 million, of which Rs 27.6 million, or 22 percent, was more than 180 days old. The provision of Rs 36.8 million approved at the 31st meeting has been booked in full.

**Item 3: External auditors' report.** The engagement partner said the auditors expect to give a clean opinion. The weighbridge collection account has been reconciled, and the difference of Rs 1.1 million left at 30 June 2025 has been traced to deposits posted under the wrong account number, all since corrected by the bank.

**Decision.** The committee recommends the accounts to the Board for approval.
""",
))


# ---------------------------------------------------------------------------
# R2. Internal memos of an invented cold-chain carrier running reefer trucks
# from Lahore to Kabul.
# ---------------------------------------------------------------------------

CC_NOTE = ("*An internal memo of an invented carrier, lightly edited. The carrier, its client, its loads "
           "and its measurements are invented; border figures follow this set's series.*")

CC_TABLE = """| Month | Loads | Average transit (hours) | Average dwell at Torkham (hours) | Loads with an excursion |
|---|---|---|---|---|
| Jul 2025 | 22 | 58 | 19 | 3 |
| Aug 2025 | 19 | 71 | 31 | 2 |
| Sep 2025 | 23 | 63 | 24 | 2 |
| Total or average | 64 | 64 | 24 | 7 |"""

HELDOUT16.append(dict(
    name="cold_chain_quarter_review_transit_table",
    control_type=None,
    labels=[dict(
        kind="text_vs_table",
        quotes=["loads took 77 hours on average", "| Aug 2025 | 19 | 71 | 31 | 2 |"],
        explanation="The memo says August's loads took 77 hours on average from Lahore to Kabul, but "
                    "the table in the same memo gives 71 hours for August.",
        expected_values={"text_value": 77, "table_value": 71, "unit": "hours (average transit)",
                         "subject": "average transit time of reefer loads from Lahore to Kabul",
                         "period": "Aug 2025",
                         "location": "paragraph under the quarterly table against the table's August row",
                         "table_form": "pipe"},
    )],
    text="""
# Memo: Reefer Loads to Kabul, Review of Q3 2025

""" + CC_NOTE + """

**To:** Director, Operations. **From:** Head, Cross-Border Cold Chain. **Date:** 6 October 2025.

**1. Volume.** We carried insulin, vaccines for private clinics and other products that must stay between 2 and 8 °C from our Lahore hub to our client's store in Kabul. The quarter's loads, transit times and temperature excursions were as follows:

""" + CC_TABLE + """

**2. Transit.** August was the slowest month: loads took 77 hours on average from our Lahore hub to the Kabul store, and 31 of those hours were spent waiting at Torkham. The wait is what hurts us. On the Pakistani side the reefers queue with ordinary cargo for the scanner, and our drivers cannot leave the truck to keep the generator fuelled.

**3. Excursions.** Seven loads had a temperature above 8 °C for more than 30 minutes. All seven excursions happened during the wait at Torkham, when gensets ran out of diesel or overheated in the sun. The client's quality team released all seven loads on the strength of the stability data, so nothing was destroyed, but it warned that it will not accept another excursion on insulin.

**4. Proposals.** (a) Ask customs for a separate lane for reefers, as exists for perishables; (b) fit a second fuel tank to the eight trucks on this route; (c) start loads from Lahore at night, so that trucks reach Torkham in the early morning before the heat.

Pakistan's exports of pharmaceuticals to Afghanistan were worth US$ 96 million in FY2025, and our 64 loads this quarter carried goods worth about US$ 5.4 million. The route is worth protecting.
""",
))

HELDOUT16.append(dict(
    name="cold_chain_client_report_loads_reuse",
    control_type=None,
    labels=[dict(
        kind="number_reuse",
        quotes=["we ran 64 reefer loads", "Of these, 64 arrived"],
        explanation="The service report gives 64 both for all reefer loads run in the quarter and for "
                    "the loads that arrived without a temperature excursion, while seven loads had an "
                    "excursion; 64 less seven gives 57.",
        expected_values={"value": 64, "unit": "reefer loads",
                         "quantity_1": "reefer loads run from Lahore to Kabul in Q3 2025",
                         "quantity_2": "loads that arrived with no temperature excursion",
                         "expected_value_2": 57},
    )],
    text="""
# Quarterly Service Report to the Client: Lahore–Kabul Cold Chain, July–September 2025

""" + CC_NOTE + """

**Summary.** Between July and September we ran 64 reefer loads from our Lahore hub to your store in Kabul. Of these, 64 arrived with the product inside the 2–8 °C band from loading to unloading, and seven had an excursion above 8 °C, in every case while the truck waited at Torkham. Your quality team released all seven after reviewing the stability data.

**On-time delivery.** Our service level is delivery within 72 hours of loading. We met it on 52 of the 64 loads, or 81 percent, against 88 percent in the previous quarter. The loads that missed it were held at Torkham, mostly in August, when the average wait at the crossing rose to 31 hours.

**Data loggers.** Every load carries two loggers, one near the door and one at the front of the box. Both read every five minutes and both records reach you within a day of delivery. Two loggers failed during the quarter; in each case the second logger's record was complete.

**Claims.** You raised no claim this quarter. The claim from June for a damaged pallet of syringes was settled on 14 July.

**Next quarter.** From October, trucks will leave Lahore at 22:00 so that they reach Torkham before 10:00, when the sun starts to strain the gensets. We have also fitted a second fuel tank to the eight trucks on this route. We ask your Kabul store to keep its receiving bay open until 20:00 on Thursdays, so that trucks arriving late in the week do not wait over the weekend with their engines running.

**Contact.** Our Head of Cross-Border Cold Chain is available on the usual number at any hour.
""",
))

HELDOUT16.append(dict(
    name="cold_chain_incident_report_hold_backwards",
    control_type=None,
    labels=[dict(
        kind="garbled",
        quotes=["from 14 September 2025 to 9 September 2025"],
        explanation="The incident report says the load was held at Torkham from 14 September to 9 "
                    "September 2025; the period runs backwards (the hold lasted five days, 9 to 14 "
                    "September).",
        expected_values={"stated_period_start": "14 Sep 2025", "stated_period_end": "9 Sep 2025",
                         "as_written": {"stated_period_start": "14 September 2025",
                                        "stated_period_end": "9 September 2025"},
                         "subject": "hold of reefer load KBL-0917 at Torkham",
                         "location": "incident report, 'What happened' section"},
    )],
    text="""
# Incident Report: Reefer Load KBL-0917, Held at Torkham

""" + CC_NOTE + """

**Load.** One 40-foot reefer with 18 pallets of human insulin and two pallets of hepatitis B vaccine for our client's Kabul store, loaded at Lahore on 7 September 2025 at 4 °C. Declared value about US$ 92,000.

**What happened.** The truck reached Torkham on the morning of 9 September. Customs selected it for a physical examination because the pallet count on the goods declaration did not match the packing list: the declaration said 18, the packing list 20. The examination could not be done without opening the box, and our driver refused to open it outside a cold room. The load was therefore held at the terminal from 14 September 2025 to 9 September 2025, five days in all, while our clearing agent had the declaration amended in Peshawar.

**Temperature.** The genset ran throughout, refuelled twice a day by our agent's staff. The door logger shows the box between 3 and 7 °C for the whole hold, except for 50 minutes at 9.1 °C on the afternoon of 11 September, when the genset stopped for refuelling. This counts as an excursion under our client's standard.

**Outcome.** The truck crossed on the evening of the fifth day and reached Kabul the next morning. The client's quality team released both products on 16 September after reviewing the stability data. No product was lost.

**Root cause.** The packing list was updated at the hub after two pallets were added, but the change was not passed to the agent who filed the declaration.

**Actions.** From 1 October the hub sends the final packing list to the agent by e-mail, and the agent files only after the hub confirms the pallet count by phone.
""",
))

HELDOUT16.append(dict(
    name="cold_chain_refugee_villages_bid_citation_control",
    control_type="citation_control",
    labels=[],
    text="""
# Memo: Whether to Bid for the Vaccine Delivery Contract for Refugee Villages

""" + CC_NOTE + """

**To:** Managing Director. **From:** Head, Business Development. **Date:** 27 October 2025.

**The tender.** The provincial health department has invited bids to deliver routine vaccines every month from its Peshawar store to health units serving 43 Afghan refugee villages in six districts of Khyber Pakhtunkhwa. The contract runs for two years. Vaccines must stay between 2 and 8 °C, and every delivery must carry a data logger.

**How many people.** Pakistan's register of Afghan refugees stood at 1,987,717 at the end of 2023 (UNHCR data as of end-2023) and at 1,559,964 at the end of 2024, according to UNHCR's year-end report for 2024. That is a fall of 427,753, or about 21.5 percent, in a year of deportations and returns. Even so, Khyber Pakhtunkhwa still had 811.2 thousand registered refugees at the end of 2024, more than half of the national figure, and Peshawar district alone had 327.2 thousand. The number of children to be vaccinated may keep falling, and the contract allows the department to cut deliveries by up to a quarter without penalty. We should price for that.

**Fit with our business.** The work is small compared with our Kabul route, but it is steady and paid by the government, and it would use our three smaller reefers, which now sit idle for about ten days a month. The cold boxes for the last mile, made in Denmark, are the same as we already use for our private clinic clients.

**Risks.** Roads to the villages in the upper districts close in snow; the department pays late, often three months after the invoice; and the tender requires a bank guarantee of 10 percent of the contract value.

**Recommendation.** Bid, at a price that covers a cut of a quarter in volume and three months of late payment.
""",
))


# ---------------------------------------------------------------------------
# R3. A customs valuation note on talc and soapstone from Afghanistan
# (invented directorate, invented values).
# ---------------------------------------------------------------------------

CV_NOTE = ("*A valuation note of an invented customs valuation directorate, abridged. The directorate, "
           "the values and the tonnages are invented.*")

TALC = pdf_table([
    ["Item (HS heading)", "Imports Jan-Sep 2025 (t)", "Declared average (US$/t)", "Ruling 2024 (US$/t)",
     "Proposed (US$/t)"],
    ["Talc lumps, grade A white (2526.10)", "96,400", "118", "160", "145"],
    ["Talc lumps, grade B off-white (2526.10)", "58,200", "84", "110", "102"],
    ["Talc powder, 200 mesh (2526.20)", "12,600", "190", "250", "235"],
    ["Soapstone blocks (2526.10)", "21,800", "62", "80", "75"],
    ["Total", "189,000", "-", "-", "-"],
])

HELDOUT16.append(dict(
    name="customs_valuation_talc_grade_a_table",
    control_type=None,
    labels=[dict(
        kind="text_vs_table",
        quotes=["we propose US$ 154 a tonne", row(TALC, "Talc lumps, grade A")],
        explanation="The text proposes a customs value of US$ 154 a tonne for grade A talc lumps, but "
                    "the note's own (PDF-extracted) table proposes US$ 145 for the same item.",
        expected_values={"text_value": 154, "table_value": 145, "unit": "USD per tonne",
                         "subject": "proposed customs value of grade A white talc lumps",
                         "period": "2025",
                         "location": "paragraph on grade A lumps against the values table",
                         "table_form": "pdf", "text_as_written": "US$ 154 a tonne"},
    )],
    text="""
# Valuation Note: Talc and Soapstone Imported from Afghanistan through Torkham

""" + CV_NOTE + """

**Purpose.** To replace the 2024 valuation ruling for talc and soapstone, which no longer reflects prices. Values are customs values per metric tonne, free on truck at Torkham.

**Evidence.** We examined invoices and bank documents for 36 consignments cleared between January and September 2025, prices paid by eleven grinding mills in Peshawar and Nowshera, and the export prices that Afghan traders declare at Jalalabad. The proposed values are set from the prices actually paid by the mills, less freight from Torkham.

""" + TALC + """

**Grade A white lumps.** This is the largest item, half of the tonnage. Mills paid between US$ 138 and US$ 152 a tonne at Torkham, and we propose US$ 154 a tonne, down from US$ 160 in the 2024 ruling. The average declared value, US$ 118, is well below anything the mills paid, and we see it as the main source of under-valuation.

**Grade B and powder.** Off-white lumps trade at about 70 percent of the price of grade A. Powder is ground in Afghanistan in small mills and arrives in 50-kg bags; its declared value has fallen this year although mill prices have not.

**Soapstone.** Blocks are used for carving and for refractory bricks. The volumes are small and prices are stable.

**Recommendation.** That the proposed values be notified from 1 December 2025, and that clearance staff at Torkham be told to examine one consignment in ten of grade A lumps for mis-declaration of grade.
""",
))

HELDOUT16.append(dict(
    name="customs_valuation_powder_declared_jumped",
    control_type=None,
    labels=[dict(
        kind="direction",
        quotes=["jumped from US$ 212 a tonne in 2024 to US$ 190 in January–September 2025"],
        explanation="The average declared value of talc powder is said to have jumped, but it went "
                    "down from US$ 212 to US$ 190 a tonne (about 10.4 percent); the note itself reads "
                    "the change as a sign of under-invoicing.",
        expected_values={"from": 212, "to": 190, "change": -22, "change_pct": -10.38,
                         "from_period": "2024", "to_period": "Jan-Sep 2025",
                         "as_written": {"to_period": "January–September 2025"},
                         "stated_direction": "rise", "actual_direction": "fall",
                         "direction_word": "jumped", "unit": "USD per tonne",
                         "subject": "average declared value of talc powder imported from Afghanistan",
                         "location": "note to the Collector, findings paragraph"},
    )],
    text="""
# Note to the Collector: Declared Values of Talc Powder

""" + CV_NOTE + """

**Sir,** you asked why talc powder from Afghanistan is assessed so far above its declared value. The short answer is that declared values have moved away from the prices the trade actually pays.

**Findings.** The average declared value of talc powder jumped from US$ 212 a tonne in 2024 to US$ 190 in January–September 2025, while the prices paid by Peshawar grinders and paint makers stayed at US$ 230 to US$ 245 a tonne over the same period. Nothing in the market explains a lower price: freight from Jalalabad is unchanged, the exchange rate of the afghani against the dollar has been steady, and the quality of the powder we sampled is the same. We read the gap as under-invoicing, with the balance paid outside the banking system.

**Volumes.** Powder is a small part of the trade, 12,600 tonnes in the first nine months of 2025, against 96,400 tonnes of grade A lumps, but it carries the highest value per tonne and so the most duty per truck.

**Examinations.** Of 40 consignments of powder examined this year, six were found to contain lumps declared as powder or powder of a finer mesh than declared. In each case the value was raised and a penalty imposed.

**Proposed action.**

1. Notify a value of US$ 235 a tonne for 200-mesh powder in the new ruling, against US$ 250 in the 2024 ruling.
2. Ask importers to file the Afghan export declaration with every goods declaration for powder.
3. Review the position after six months.

Submitted for your orders.
""",
))

HELDOUT16.append(dict(
    name="customs_valuation_evidence_egypt_imports",
    control_type=None,
    labels=[dict(
        kind="scope",
        quotes=["the talc imported from Egypt through Torkham"],
        explanation="The note speaks of talc imported from Egypt through Torkham and mined in "
                    "Nangarhar; the talc crossing at Torkham comes from Afghanistan. Egypt is named "
                    "correctly later, as a source of talc shipped to Karachi by sea, used only as a "
                    "price comparison.",
        expected_values={"third_country": "EGY", "named_pair": ["EGY", "PAK"], "pair": ["PAK", "AFG"],
                         "named_as": "imported from Egypt through Torkham",
                         "not_a_defect": "Egyptian talc delivered to Karachi"},
    )],
    text="""
# Valuation Note: Talc and Soapstone, Annex B (Sources of Price Evidence)

""" + CV_NOTE + """

**B.1 Origin of the goods.** Nearly all the talc imported from Egypt through Torkham is mined in the Achin and Shinwar districts of Nangarhar, trucked to Jalalabad for sorting and crossed at Torkham in open trucks of 30 to 40 tonnes. A smaller amount of soapstone comes from Kunar. None of the consignments we examined had been re-exported from a third country.

**B.2 Invoices.** We obtained invoices and bank documents for 36 consignments cleared between January and September 2025. In 29 of them the price on the invoice matched the amount remitted; in seven the remittance was higher than the invoice, by 14 to 31 percent.

**B.3 Mill prices.** Eleven grinding mills in Peshawar and Nowshera gave us their purchase records. Grade A lumps cost them between US$ 138 and US$ 152 a tonne at Torkham in 2025, grade B between US$ 95 and US$ 108.

**B.4 World prices.** As a check, we looked at Egyptian talc delivered to Karachi by sea, which sells at US$ 170 to US$ 190 a tonne for a grade comparable to grade A. After deducting the sea freight and port charges that Afghan talc does not bear, the Egyptian price supports a value close to the mills' prices, not the declared values.

**B.5 Export declarations.** Afghan traders declare talc at Jalalabad at prices close to those they later declare at Torkham, so the Afghan declarations add little independent evidence.

**B.6 What we did not use.** Prices quoted in trade journals for talc from other origins vary too much with grade to be useful, and we set them aside.
""",
))

HELDOUT16.append(dict(
    name="customs_valuation_summary_control",
    control_type="control",
    labels=[],
    text="""
# Valuation Note: Talc and Soapstone, Summary for the Valuation Committee

""" + CV_NOTE + """

**What is proposed.** New customs values for four kinds of talc and soapstone from Afghanistan, set from the prices that Pakistani mills pay at Torkham. All four values are lower than in the 2024 ruling, because world prices fell in 2025, but all are well above the values importers declare.

""" + TALC + """

**Effect on a truck.** At the proposed value of US$ 145 a tonne, a 40-tonne truck of grade A lumps will be assessed at US$ 5,800, against US$ 6,400 under the 2024 ruling, a cut of 9.4 percent. Declared values remain far lower: the grade A average of US$ 118 is 18.6 percent below the proposed US$ 145.

**Weight of each item.** Grade A lumps were 51.0 percent of the 189,000 tonnes imported in the first nine months of 2025, grade B 30.8 percent, soapstone 11.5 percent and powder 6.7 percent. The proposal matters most for grade A.

**Other markets.** Much of the powder ground in Peshawar is exported again, mainly to China and the Netherlands, where it is used in paint and plastics; exporters claim back the duty they paid on the Afghan lumps. The proposal does not change that scheme.

**Soapstone.** The proposed US$ 75 a tonne is 6.25 percent below the US$ 80 of the 2024 ruling, and the declared average, US$ 62, is 17.3 percent below the proposed value.

**Decision sought.** Approval of the four values, to take effect on 1 December 2025.
""",
))


# ---------------------------------------------------------------------------
# R4. An invented mobile operator's quarterly roaming and border coverage
# report to the regulator.
# ---------------------------------------------------------------------------

TR_NOTE = ("*Extract from a quarterly report of an invented Pakistani mobile operator to the telecoms "
           "regulator. The operator, its traffic and its settlements are invented; border figures follow "
           "this set's series.*")

TR_TRAFFIC = """| Quarter | Inbound roamers | Inbound minutes (million) | Outbound roamers | Outbound minutes (million) |
|---|---|---|---|---|
| Q1 2025 | 186,000 | 3.1 | 48,000 | 2.0 |
| Q2 2025 | 212,000 | 3.4 | 52,000 | 2.1 |
| Q3 2025 | 241,000 | 3.8 | 57,000 | 2.3 |"""

TR_SETTLE = """| Quarter | Receivable from Afghan operators | Payable to Afghan operators | Balance |
|---|---|---|---|
| Q1 2025 | 412 | 236 | 176 |
| Q2 2025 | 455 | 249 | 206 |
| Q3 2025 | 508 | 271 | 237 |"""

HELDOUT16.append(dict(
    name="roaming_report_minutes_both_directions_reuse",
    control_type=None,
    labels=[dict(
        kind="number_reuse",
        quotes=["Afghan visitors made 3.8 million minutes", "our own subscribers in Afghanistan made 3.8 million"],
        explanation="The report gives 3.8 million minutes both for calls made by Afghan roamers on the "
                    "operator's network and for calls made by its own subscribers roaming in "
                    "Afghanistan, yet puts the two directions together at 6.1 million; the outbound "
                    "figure should be 2.3 million.",
        expected_values={"value": 3.8, "unit": "million voice minutes", "value_as_written": "3.8 million",
                         "quantity_1": "voice minutes of inbound Afghan roamers, Q3 2025",
                         "quantity_2": "voice minutes of the operator's subscribers roaming in Afghanistan, Q3 2025",
                         "expected_value_2": 2.3},
    )],
    text="""
# Safed Koh Telecom: Roaming and Border Coverage Report, Q3 2025 (Section 2, Traffic)

""" + TR_NOTE + """

**2.1 Voice.** Roaming traffic with Afghan networks grew again this quarter. Afghan visitors made 3.8 million minutes of calls on our network between July and September, and our own subscribers in Afghanistan made 3.8 million on Afghan networks, 6.1 million minutes in both directions. Most inbound minutes are short calls home from Peshawar, where patients and traders stay for a few days; most outbound minutes come from Pakistani drivers and traders in Jalalabad and Kabul.

**2.2 Data.** Inbound roamers used 55 terabytes of data, up from 47 in Q2. Messaging apps account for more than four-fifths of it.

**2.3 Settlement.** Roaming is settled with the three Afghan operators every quarter, in US$ thousand:

""" + TR_SETTLE + """

The balance in our favour grew from US$ 176 thousand in Q1 to US$ 237 thousand in Q3, because inbound traffic grows faster than outbound. Two of the three Afghan operators paid the Q2 balance on time; the third paid six weeks late, and we have asked it for a bank guarantee.

**2.4 Tariffs.** Our retail roaming tariff in Afghanistan stays at Rs 60 a minute for calls home and Rs 2,000 for a weekly data bundle of 2 GB. We have not raised prices since January 2024.

**2.5 Fraud.** We blocked 46 SIM boxes in the border districts this quarter, which were passing international calls as local ones. The number has fallen every quarter since we began checking call patterns in 2024.
""",
))

HELDOUT16.append(dict(
    name="roaming_report_inbound_roamers_same",
    control_type=None,
    labels=[dict(
        kind="garbled",
        quotes=["rose from 212,000 in Q2 2025 to 212,000 in Q2 2025"],
        explanation="The report describes a rise in inbound roamers whose start and end are the same "
                    "value in the same quarter; its table gives 212,000 for Q2 and 241,000 for Q3.",
        expected_values={"start_value": 212000, "end_value": 212000,
                         "start_period": "Q2 2025", "end_period": "Q2 2025",
                         "unit": "unique Afghan SIM cards roaming on the network",
                         "subject": "inbound roamers on the operator's network",
                         "location": "summary paragraph above the traffic table"},
    )],
    text="""
# Safed Koh Telecom: Roaming and Border Coverage Report, Q3 2025 (Section 1, Summary)

""" + TR_NOTE + """

**1.1 Highlights.** Inbound roamers, counted as unique Afghan SIM cards that used our network at least once in the quarter, rose from 212,000 in Q2 2025 to 212,000 in Q2 2025, the third quarterly rise in a row. Outbound roamers, our subscribers who used an Afghan network, rose as well. The table shows the year so far:

""" + TR_TRAFFIC + """

**1.2 Why traffic is growing.** Trade through Torkham has settled after the closures of 2024, and more Afghan patients travel to Peshawar for treatment. Many of the families who returned to Afghanistan in 2024, 676,000 people in all, keep a Pakistani SIM card to stay in touch with relatives, and some of them show up as outbound roamers.

**1.3 Coverage.** We switched on four new sites in Khyber and Mohmand districts this quarter. Our signal now reaches the whole of the Landi Kotal bazaar and the terminal at Torkham, where it was weak inside the sheds.

**1.4 Complaints.** Complaints from our subscribers in border villages whose phones attach to Afghan networks by mistake fell to 860 in Q3, from 1,120 in Q2 and 1,340 in Q1. We have tilted the antennas of six sites away from the border and lowered their power at night.

**1.5 Outlook.** We expect inbound roaming to keep growing in Q4, although more slowly, because winter cuts travel through the passes.
""",
))

HELDOUT16.append(dict(
    name="roaming_report_border_belt_austria",
    control_type=None,
    labels=[dict(
        kind="scope",
        quotes=["Afghan visitors roaming on Austrian networks"],
        explanation="The section is about Afghan visitors roaming on the operator's own Pakistani "
                    "network in Landi Kotal and Torkham, but it calls the networks Austrian. Austria is "
                    "named correctly later, as the home of the vendor that supplied the operator's "
                    "switching equipment.",
        expected_values={"third_country": "AUT", "named_pair": ["AFG", "AUT"], "pair": ["PAK", "AFG"],
                         "named_as": "Austrian networks",
                         "not_a_defect": "supplied by a vendor in Austria"},
    )],
    text="""
# Safed Koh Telecom: Roaming and Border Coverage Report, Q3 2025 (Section 3, Border Belt)

""" + TR_NOTE + """

**3.1 Who uses the network at the border.** Traffic in the border belt is unlike traffic anywhere else on our network. Afghan visitors roaming on Austrian networks in Landi Kotal and Torkham make up about a third of the traffic at our six sites nearest the crossing, and their traffic peaks in the morning, when the border opens to pedestrians. Truck drivers waiting at the terminal use data all night.

**3.2 Capacity.** In Q3 the site at the terminal gate was congested for an average of five hours a day. We added a second carrier to it in September, and congestion fell to under two hours a day in the last two weeks of the month.

**3.3 Spill-over.** Phones of our subscribers in villages near the border sometimes attach to Afghan networks, which then charge them roaming rates without their knowing. Complaints about this fell to 860 in Q3, from 1,120 in Q2. We refund the charges in full when a subscriber complains and proves that the phone never left Pakistan.

**3.4 Equipment.** The core switching equipment that handles roaming, supplied by a vendor in Austria in 2021, will be upgraded in Q1 2026. Until then, signalling links to two of the three Afghan operators run through a hub in Dubai, which adds a short delay to call set-up.

**3.5 Security.** Two sites in Khyber district were switched off for 19 hours in August on the instructions of the district administration during a security operation. We informed subscribers by text message before and after.

**3.6 Plans for Q4.** Three more sites in Bajaur and Mohmand, and a battery upgrade at all border sites to cover the longer power cuts of winter.
""",
))

HELDOUT16.append(dict(
    name="roaming_report_market_refugees_2022",
    control_type=None,
    labels=[dict(
        kind="citation",
        quotes=["some 2.1 million registered Afghan refugees at the end of 2022 (UNHCR Global Trends report 2022)"],
        explanation="The report cites the UNHCR Global Trends report for some 2.1 million registered "
                    "Afghan refugees in Pakistan at the end of 2022; the reference value is 1,743,278, "
                    "so the stated figure is about 20.5 percent too high.",
        expected_values={"stated": 2100000, "reference": 1743278,
                         "indicator": "refugees.registered",
                         "subject": "registered Afghan refugees in Pakistan", "period": "2022",
                         "cited_source": "UNHCR",
                         "citation_form": "(UNHCR Global Trends report YEAR) in an operator's report to the regulator",
                         "location": "section 4.1, the market for roaming",
                         "stated_as_written": "2.1 million", "stated_hedge": "some"},
    )],
    text="""
# Safed Koh Telecom: Roaming and Border Coverage Report, Q3 2025 (Section 4, Market)

""" + TR_NOTE + """

**4.1 The market for roaming.** Our roaming business rests on people who move between the two countries or have family on both sides. Pakistan was home to some 2.1 million registered Afghan refugees at the end of 2022 (UNHCR Global Trends report 2022), and many more Afghans without registration. Many of them have relatives in Afghanistan, and many who returned in 2024 kept their Pakistani numbers. These families are the core of our outbound roaming base, which reached 57,000 subscribers in Q3.

**4.2 Visitors.** The other group is Afghan visitors: patients and their attendants, traders, students and drivers. Inbound roamers reached 241,000 in Q3, up from 186,000 in Q1.

**4.3 Competition.** Two other Pakistani operators have roaming agreements with all three Afghan operators. Our share of inbound roamers in Khyber district, by our own drive tests and the regulator's figures, is about 40 percent.

**4.4 Prices.** Afghan operators charge their subscribers much more for roaming in Pakistan than we charge ours for roaming in Afghanistan, which limits inbound voice traffic. We are negotiating lower wholesale rates in both directions, which should let both sides cut retail prices.

**4.5 Risks.** A long closure of Torkham would cut inbound roaming at once, as happened during the closures of 2024. A change in the rules on SIM registration for foreigners could also reduce inbound roaming. We see no sign of either at present.
""",
))

HELDOUT16.append(dict(
    name="roaming_report_outbound_roamers_table",
    control_type=None,
    labels=[dict(
        kind="text_vs_table",
        quotes=["62,000 of our subscribers used Afghan networks", "| Q3 2025 | 241,000 | 3.8 | 57,000 | 2.3 |"],
        explanation="The text gives 62,000 outbound roamers in Q3 2025, but the traffic table below it "
                    "gives 57,000 for the same quarter.",
        expected_values={"text_value": 62000, "table_value": 57000,
                         "unit": "subscribers roaming in Afghanistan",
                         "subject": "outbound roamers (the operator's subscribers using Afghan networks)",
                         "period": "Q3 2025",
                         "location": "section 5.1 against the traffic table",
                         "table_form": "pipe"},
    )],
    text="""
# Safed Koh Telecom: Roaming and Border Coverage Report, Q3 2025 (Section 5, Statistical Annex)

""" + TR_NOTE + """

**5.1 Roamers and minutes.** Outbound roaming grew for the third quarter running: 62,000 of our subscribers used Afghan networks in Q3, most of them in Nangarhar and Kabul. Inbound roamers grew faster, by 29,000 on the quarter. Roamers are counted as unique SIM cards that used a network at least once in the quarter; minutes are billed voice minutes.

""" + TR_TRAFFIC + """

**5.2 Settlement.** Amounts receivable from and payable to the three Afghan operators, in US$ thousand:

""" + TR_SETTLE + """

**5.3 Notes.** Figures for Q1 and Q2 are final; Q3 figures may change by up to 2 percent after the Afghan operators confirm their records. Data traffic is not settled separately: it is included in the amounts above at the rates agreed in each contract. Minutes include calls to voicemail but not calls that failed to connect.

**5.4 Definitions.** A border site is a site within 10 km of the border. There were 31 such sites at the end of Q3, four more than at the end of Q2.
""",
))


# ---------------------------------------------------------------------------
# R5. Annual report of an invented provincial authority that registers
# religious seminaries and vets their foreign students' study visas.
# ---------------------------------------------------------------------------

SR_NOTE = ("*Extract from the annual report of an invented provincial registration authority. The "
           "authority, its counts and its procedures are invented.*")

HELDOUT16.append(dict(
    name="seminary_registration_foreign_students_shares",
    control_type=None,
    labels=[dict(
        kind="arithmetic",
        quotes=["82 percent were Afghan, 11 percent came from Central Asia, 6 percent from other South "
                "Asian countries, 4 percent from Africa and 2 percent from elsewhere"],
        explanation="The shares of foreign students by origin add up to 105 percent. The report's own "
                    "count of 1,090 Afghan students out of 1,420 gives 77 percent, not 82.",
        expected_values={"shares_pct": {"Afghanistan": 82, "Central Asia": 11, "other South Asia": 6,
                                        "Africa": 4, "elsewhere": 2},
                         "sum_pct": 105, "unit": "percent of foreign students with study visas",
                         "period": "30 Sep 2025",
                         "subject": "foreign students in registered seminaries by origin",
                         "location": "section 4, foreign students"},
    )],
    text="""
# Religious Seminaries Registration Authority, Khyber Pakhtunkhwa: Annual Report 2025 (Section 4, Foreign Students)

""" + SR_NOTE + """

**4.1 Rules.** A foreign student may study at a seminary only if the seminary is registered with the Authority and the student holds a study visa issued on the Authority's recommendation. Students who live in Pakistan as registered refugees are not foreign students for this purpose and do not need a visa; they are counted in section 3 with the other students.

**4.2 Numbers.** At 30 September 2025 there were 1,420 foreign students with valid study visas in registered seminaries of the province, against 1,180 at the end of 2024. Of them, 82 percent were Afghan, 11 percent came from Central Asia, 6 percent from other South Asian countries, 4 percent from Africa and 2 percent from elsewhere. The 1,090 Afghan students are spread over 212 seminaries, most of them in Peshawar, Nowshera and Charsadda.

**4.3 Recommendations.** The Authority recommended 486 new visas in the first nine months of 2025 and refused 73, mostly because the seminary's registration had lapsed or because the student could not show how the course would be paid for. It recommended 211 extensions.

**4.4 Checks.** Inspectors visited 96 seminaries with foreign students. In four of them they found students whose visas had expired; the students were given 30 days to leave or to renew, and the seminaries were warned that a second case would lead to suspension.

**4.5 Women.** Foreign students in girls' seminaries numbered 138, nearly all of them Afghan. Since Afghan women cannot attend university in Afghanistan, demand from them has grown, and the Authority expects more applications in 2026.
""",
))

HELDOUT16.append(dict(
    name="seminary_registration_processing_time_repeated",
    control_type=None,
    labels=[dict(
        kind="garbled",
        quotes=["Registration now takes 45 working days on average, against 120 in 2023. "
                "Registration now takes 45 working days on average, against 120 in 2023."],
        explanation="The same sentence on the time taken to register a seminary is printed twice in a "
                    "row.",
        expected_values={"repeated_sentence": "Registration now takes 45 working days on average, "
                                              "against 120 in 2023.",
                         "occurrences": 2,
                         "subject": "time taken to register a seminary",
                         "location": "section 2, registration"},
    )],
    text="""
# Religious Seminaries Registration Authority, Khyber Pakhtunkhwa: Annual Report 2025 (Section 2, Registration)

""" + SR_NOTE + """

**2.1 Progress.** The number of seminaries registered with the Authority rose from 2,840 at the end of 2023 to 3,410 at the end of 2024 and 3,960 at 30 September 2025. A further 610 applications were pending at that date, most of them from small seminaries in the merged districts that applied after the deadline was extended.

**2.2 Speed.** The Authority moved its application form online in March 2024 and now checks land records and bank accounts through the provincial systems rather than by letter. Registration now takes 45 working days on average, against 120 in 2023. Registration now takes 45 working days on average, against 120 in 2023. The longest cases are those in which the seminary's land is disputed or held in the name of a person who has died.

**2.3 What registration requires.** A seminary must give the names of its governing body, the address and ownership of its buildings, its sources of income, its curriculum and the number of its students and teachers. It must open a bank account in its own name and file an annual statement of accounts.

**2.4 Benefits.** Registered seminaries can open bank accounts, receive grants for teaching mathematics, science and English, and recommend foreign students for study visas. Unregistered seminaries can do none of these.

**2.5 Refusals and cancellations.** The Authority refused 41 applications in 2025, mostly because the land documents were incomplete, and cancelled the registration of nine seminaries that failed to file accounts for two years in a row.

**2.6 Students.** Registered seminaries reported 386,500 students at 30 September 2025, about a third of them girls.
""",
))

HELDOUT16.append(dict(
    name="seminary_registration_afghan_students_thinned",
    control_type=None,
    labels=[dict(
        kind="direction",
        quotes=["thinned from 860 at the end of 2024 to 1,090 at 30 September 2025"],
        explanation="The number of Afghan students holding study visas is said to have thinned, but "
                    "it went up from 860 to 1,090 (about 26.7 percent).",
        expected_values={"from": 860, "to": 1090, "change": 230, "change_pct": 26.74,
                         "from_period": "end-2024", "to_period": "30 Sep 2025",
                         "as_written": {"from_period": "the end of 2024", "to_period": "30 September 2025"},
                         "stated_direction": "fall", "actual_direction": "rise",
                         "direction_word": "thinned", "unit": "students",
                         "subject": "Afghan students with study visas in registered seminaries",
                         "location": "chairman's foreword"},
    )],
    text="""
# Religious Seminaries Registration Authority, Khyber Pakhtunkhwa: Annual Report 2025 (Chairman's Foreword)

""" + SR_NOTE + """

This is the Authority's third annual report, and the first to cover a full year of online registration. I want to draw attention to three things.

First, registration has become routine. By 30 September 2025 the Authority had registered 3,960 seminaries, against 2,840 at the end of 2023, and the time taken to register one has fallen to about 45 working days. Seminaries that were suspicious of registration now see what it brings: bank accounts, grants for teaching science and English, and the right to admit foreign students.

Second, the number of Afghan students holding study visas thinned from 860 at the end of 2024 to 1,090 at 30 September 2025, as the Authority cleared a backlog of recommendations and as more young Afghan women, barred from universities at home, looked for places in girls' seminaries. We have tightened our checks at the same time: inspectors visited 96 seminaries with foreign students this year, and students whose visas had expired were found in only four.

Third, the Authority must be better staffed. Its 38 posts were sanctioned when it expected 1,500 registrations; it now handles more than twice as many. I have asked the provincial government for 22 more posts, mostly inspectors for the merged districts.

I thank the staff of the Authority, the district administrations and the boards of the seminaries for their cooperation.
""",
))

HELDOUT16.append(dict(
    name="seminary_registration_context_refugees_2023",
    control_type=None,
    labels=[dict(
        kind="citation",
        quotes=["about 1.3 million registered Afghan refugees (UNHCR, as at 31 December 2023)"],
        explanation="The report cites UNHCR for about 1.3 million registered Afghan refugees in "
                    "Pakistan at 31 December 2023; the reference value for end-2023 is 1,987,717, so "
                    "the stated figure is about 34.6 percent too low.",
        expected_values={"stated": 1300000, "reference": 1987717,
                         "indicator": "refugees.registered",
                         "subject": "registered Afghan refugees in Pakistan", "period": "2023",
                         "cited_source": "UNHCR",
                         "citation_form": "(UNHCR, as at DD Month YEAR) in a registration authority's annual report",
                         "location": "section 3.3, students from refugee families",
                         "stated_as_written": "1.3 million", "stated_hedge": "about"},
    )],
    text="""
# Religious Seminaries Registration Authority, Khyber Pakhtunkhwa: Annual Report 2025 (Section 3, Students)

""" + SR_NOTE + """

**3.1 Enrolment.** Registered seminaries reported 386,500 students at 30 September 2025. About a third are girls, and about a quarter are day students who also attend a government school.

**3.2 Courses.** Most students follow the memorisation of the Quran or the eight-year course of the seminary boards. The Authority's grants now pay for teachers of mathematics, science and English in 640 seminaries.

**3.3 Students from refugee families.** When the Authority designed its enrolment survey in 2024, Pakistan hosted about 1.3 million registered Afghan refugees (UNHCR, as at 31 December 2023), and the survey asked every seminary how many of its students came from refugee families. The answer was about 4 percent in the province as a whole, but more than 20 percent in some seminaries near the refugee villages of Peshawar and Nowshera. These students hold Proof of Registration cards and are not foreign students; they need no visa.

**3.4 Departures.** Seminaries near the refugee villages reported that many of these students left with their families during the returns of 2024, when 676,000 people went back to Afghanistan. Some seminaries lost a fifth of their students in a few months.

**3.5 Teachers.** Registered seminaries employ about 21,000 teachers, of whom about 3,000 are women. The Authority does not register teachers, but asks seminaries to give the names and qualifications of their senior staff.

**3.6 Data.** Enrolment figures are reported by the seminaries and checked by sample: inspectors counted students in 96 seminaries this year and found the reported numbers within 5 percent in most of them.
""",
))


# ---------------------------------------------------------------------------
# R6. Hydrology notes on the Chitral (Kunar) river at an invented gauge near
# the border, for an invented run-of-river scheme.
# ---------------------------------------------------------------------------

HY_NOTE = ("*Extract from a hydrology note for an invented run-of-river hydropower scheme on the "
           "Chitral river. The gauge record, the scheme and its numbers are invented.*")

HY_TABLE = """| Year | Mean flow (m³/s) | Peak daily flow (m³/s) | February low flow (m³/s) |
|---|---|---|---|
| 2020 | 298 | 1,420 | 68 |
| 2021 | 276 | 1,260 | 61 |
| 2022 | 331 | 2,140 | 64 |
| 2023 | 305 | 1,690 | 66 |
| 2024 | 287 | 1,510 | 58 |"""

HELDOUT16.append(dict(
    name="hydrology_note_flood_peak_table",
    control_type=None,
    labels=[dict(
        kind="text_vs_table",
        quotes=["peaked at 2,410 m³/s", "| 2022 | 331 | 2,140 | 64 |"],
        explanation="The flood section gives a peak daily flow of 2,410 m³/s in 2022, but the gauge "
                    "table gives 2,140 m³/s for that year (the digits swapped).",
        expected_values={"text_value": 2410, "table_value": 2140, "unit": "m³/s (peak daily flow)",
                         "subject": "peak daily flow of the Chitral river at the Arandu gauge",
                         "period": "2022",
                         "location": "flood section against the gauge record table",
                         "table_form": "pipe"},
    )],
    text="""
# Arandu Hydropower Project: Hydrology Note, Chapter 3 (Gauge Record and Floods)

""" + HY_NOTE + """

**3.1 The gauge.** The Arandu gauge stands about 3 km upstream of the point where the Chitral river leaves Pakistan and, as the Kunar, enters Afghanistan. It has been read daily since 2019 by the provincial irrigation department; the record used here runs from 2020 to 2024.

""" + HY_TABLE + """

**3.2 Floods.** The largest flood in the record came in 2022, when heavy monsoon rain fell on snow still lying in the upper valleys and the daily flow at Arandu peaked at 2,410 m³/s in late July. The flood carried away two suspension bridges and the road to the border post for 11 days. Smaller floods followed in 2023 and 2024, both from glacier melt in hot spells in July.

**3.3 Design flood.** The weir and its gates are designed to pass a flood with a return period of 1,000 years, estimated at 4,300 m³/s from the gauge record and from the longer record of the Chitral town gauge upstream. The powerhouse is set above the level of a 100-year flood.

**3.4 Glacier lake outbursts.** Three lakes in the catchment have been mapped as hazards. An outburst from the largest would add a short, sharp peak to the flow at Arandu some six hours after the burst. An early-warning link from the lake to the weir is part of the project.

**3.5 Sediment.** Summer flows carry heavy loads of fine sand. The intake will be closed when sediment exceeds 3,000 parts per million, which on the record happened on about 20 days a year.
""",
))

HELDOUT16.append(dict(
    name="hydrology_note_low_flow_spiked",
    control_type=None,
    labels=[dict(
        kind="direction",
        quotes=["spiked from 66 m³/s in 2023 to 58 m³/s in 2024"],
        explanation="The February low flow is said to have spiked, but it went down from 66 to 58 m³/s "
                    "(about 12.1 percent), the lowest in the record.",
        expected_values={"from": 66, "to": 58, "change": -8, "change_pct": -12.12,
                         "from_period": "2023", "to_period": "2024",
                         "stated_direction": "rise", "actual_direction": "fall",
                         "direction_word": "spiked", "unit": "m³/s",
                         "subject": "February low flow of the Chitral river at the Arandu gauge",
                         "location": "low-flow section"},
    )],
    text="""
# Arandu Hydropower Project: Hydrology Note, Chapter 4 (Low Flows and Environmental Release)

""" + HY_NOTE + """

**4.1 Why low flows matter.** A run-of-river scheme has no storage. In winter, when the river is lowest, the plant can use only what the river brings, less the water it must leave in the river for fish and for the villages downstream.

**4.2 The record.** Flows at Arandu are lowest in February, when the catchment is frozen. The February low flow was 68 m³/s in 2020, 61 in 2021, 64 in 2022 and 66 in 2023, and it spiked from 66 m³/s in 2023 to 58 m³/s in 2024, the lowest in the five years of the record, after a winter with little snow.

**4.3 Environmental release.** The scheme will release at least 15 m³/s into the 4 km reach between the weir and the powerhouse at all times. With a February flow of 58 m³/s, that leaves 43 m³/s for the turbines, enough to run one of the three units at full load.

**4.4 Downstream.** Because the water returns to the river at the powerhouse, 2 km before the border, the flow leaving Pakistan is the same with or without the scheme, except for a few hours when the pond is first filled. The note recommends that the filling be done in summer, when the river is high.

**4.5 Climate.** The glaciers of the catchment are shrinking. In the short run this adds melt water in summer; in the long run it will reduce summer flows, but it has little effect on February flows, which come mostly from groundwater.

**4.6 Energy.** On the five-year record, the plant's winter output would fall in the driest year to about 40 percent of its summer output.
""",
))

HELDOUT16.append(dict(
    name="hydrology_note_transboundary_world_bank",
    control_type=None,
    labels=[dict(
        kind="scope",
        quotes=["the World Bank and Afghanistan have never negotiated one"],
        explanation="The section says no treaty governs the Kunar because the World Bank and "
                    "Afghanistan have never negotiated one, 'though both depend on the river'; the "
                    "riparian states are Pakistan and Afghanistan. The World Bank is named correctly "
                    "earlier, as the broker of the Indus Waters Treaty with India.",
        expected_values={"third_country": "WBG", "named_pair": ["WBG", "AFG"], "pair": ["PAK", "AFG"],
                         "named_as": "the World Bank and Afghanistan",
                         "not_a_defect": "brokered by the World Bank"},
    )],
    text="""
# Arandu Hydropower Project: Hydrology Note, Chapter 6 (A River Shared across the Border)

""" + HY_NOTE + """

**6.1 The river.** The Chitral river rises in the glaciers of the Hindu Kush, flows south through Chitral and leaves Pakistan at Arandu. In Afghanistan it is called the Kunar, and it joins the Kabul river near Jalalabad. The Kabul river then flows back into Pakistan and meets the Indus at Attock. Water that passes Arandu therefore serves both countries, and some of it returns to Pakistan.

**6.2 Treaties.** Pakistan's only water treaty, the Indus Waters Treaty of 1960 with India, was brokered by the World Bank, and it does not cover the Kabul basin. There is no treaty on the Kunar: the World Bank and Afghanistan have never negotiated one, though both depend on the river, Chitral's valleys upstream and Kunar and Nangarhar downstream. Proposals for joint studies have been made several times, without result.

**6.3 Notification.** Because the scheme has no storage and returns all its water to the river 2 km before the border, it does not change the flow that leaves Pakistan, except for a few hours while the pond is first filled. The note nevertheless recommends that the Afghan side be told of the filling dates in advance, through the border authorities, so that no one downstream is alarmed by a short drop in the river.

**6.4 Data.** The Arandu gauge is the last gauge before the border. Its daily readings would be useful to Afghan engineers planning schemes on the Kunar, and sharing them would cost nothing. The note recommends publishing the record once the project is approved.

**6.5 Fish.** Snow trout migrate across the border in spring. The weir will have a fish pass, and the environmental release of 15 m³/s is set partly with them in mind.
""",
))

HELDOUT16.append(dict(
    name="hydrology_note_seasonal_cycle_repeated",
    control_type=None,
    labels=[dict(
        kind="garbled",
        quotes=["Flows at Arandu are lowest in February and highest in July, when snowmelt and glacier "
                "melt peak together. Flows at Arandu are lowest in February and highest in July, when "
                "snowmelt and glacier melt peak together."],
        explanation="The sentence on the seasonal cycle of flows at Arandu is printed twice in a row.",
        expected_values={"repeated_sentence": "Flows at Arandu are lowest in February and highest in "
                                              "July, when snowmelt and glacier melt peak together.",
                         "occurrences": 2,
                         "subject": "seasonal cycle of the Chitral river at the Arandu gauge",
                         "location": "chapter 2, the catchment"},
    )],
    text="""
# Arandu Hydropower Project: Hydrology Note, Chapter 2 (The Catchment)

""" + HY_NOTE + """

**2.1 Size and height.** The catchment above Arandu covers about 11,400 square kilometres, much of it above 4,000 metres. About a sixth of it is under glaciers and permanent snow, including the southern slopes of Tirich Mir.

**2.2 Where the water comes from.** Most of the river's water comes from melting snow in spring and early summer, and from glacier melt in high summer. Monsoon rain reaches the catchment only in some years, but when it falls on melting snow, as in 2022, it causes the largest floods. Winter precipitation falls as snow and stays in the mountains until April.

**2.3 Seasonal cycle.** Flows at Arandu are lowest in February and highest in July, when snowmelt and glacier melt peak together. Flows at Arandu are lowest in February and highest in July, when snowmelt and glacier melt peak together. The July flow is typically eight to ten times the February flow. The mean flow over the five years of the record was 299 m³/s.

**2.4 Variation between years.** Mean annual flows ranged from 276 m³/s in 2021 to 331 m³/s in 2022. The difference comes mostly from summer: the February flow changed little from year to year.

**2.5 Villages.** About 40 villages lie along the river between Chitral town and the border. They draw water for irrigation from small channels, which the project will not affect, because the weir is below the last of them.

**2.6 Roads.** The road along the river to Arandu is often cut by floods and landslides in July and August, which limits the months in which heavy equipment can reach the site.
""",
))

HELDOUT16.append(dict(
    name="hydrology_note_mean_flow_control",
    control_type="control",
    labels=[],
    text="""
# Arandu Hydropower Project: Hydrology Note, Chapter 5 (Mean Flows and Energy)

""" + HY_NOTE + """

**5.1 Mean flows.** The annual mean flow at Arandu and its change on the year before, from the gauge record:

| Year | Mean flow (m³/s) | Change on previous year (m³/s) |
|---|---|---|
| 2020 | 298 | – |
| 2021 | 276 | −22 |
| 2022 | 331 | +55 |
| 2023 | 305 | −26 |
| 2024 | 287 | −18 |

The mean flow in 2024, 287 m³/s, was 3.7 percent below that of 2020, and equal to about 9.1 cubic kilometres of water over the year. The five-year mean is 299 m³/s. The wettest year, 2022, had the highest mean flow as well as the highest flood peak, 2,140 m³/s; the February low flows, by contrast, stayed between 58 and 68 m³/s in every year.

**5.2 Design flow.** The plant is designed for 120 m³/s, a flow equalled or exceeded on about 40 percent of days in the record. With three units of 24 MW, its capacity is 72 MW.

**5.3 Energy.** On the five-year record, the plant would have produced between 338 and 371 GWh a year, with the lowest output in 2021 and the highest in 2022. Output in 2024 would have been 352 GWh.

**5.4 Other rivers.** The Indus Waters Treaty with India, brokered by the World Bank in 1960, does not apply to the Chitral or Kabul rivers, and no permission from India is needed. Afghanistan is downstream, and because the scheme returns its water to the river before the border, the flow leaving Pakistan is unchanged.

**5.5 Uncertainty.** Five years is a short record. The note compares it with the 40-year record of the Chitral town gauge upstream and finds that the five years were close to the long-term average, with 2022 among the wettest years and 2021 among the driest.
""",
))


# ---------------------------------------------------------------------------
# R7. Papers of an invented scholarship programme for Afghan students at
# Pakistani universities.
# ---------------------------------------------------------------------------

SC_NOTE = ("*From the papers of an invented scholarship programme run by an invented secretariat in "
           "Peshawar. The programme, its calls, awards and budgets are invented.*")

DISB = pdf_table([
    ["Province of university", "Scholars", "Disbursed (Rs million)"],
    ["Khyber Pakhtunkhwa", "620", "172"],
    ["Punjab", "480", "138"],
    ["Islamabad Capital Territory", "270", "96"],
    ["Sindh", "130", "38"],
    ["Balochistan", "100", "26"],
    ["Total", "1,600", "490"],
])

HELDOUT16.append(dict(
    name="scholarship_annual_report_disbursement_total",
    control_type=None,
    labels=[dict(
        kind="arithmetic",
        quotes=[row(DISB, "Total")],
        explanation="The disbursement table's total is Rs 490 million, but the five provinces add up "
                    "to Rs 470 million. The scholars column adds up correctly to 1,600.",
        expected_values={"parts": {"Khyber Pakhtunkhwa": 172, "Punjab": 138,
                                   "Islamabad Capital Territory": 96, "Sindh": 38, "Balochistan": 26},
                         "sum_of_parts": 470, "stated_total": 490, "difference": 20,
                         "unit": "PKR million", "period": "2024-25",
                         "subject": "scholarship money disbursed by province of university",
                         "location": "annual report, disbursement table (PDF extraction), total row",
                         "table_form": "pdf"},
    )],
    text="""
# Khyber Pass Scholarship Programme for Afghan Students: Annual Report 2024-25 (Section 3, Scholars and Money)

""" + SC_NOTE + """

**3.1 Scholars.** In the academic year 2024-25 the programme supported 1,600 Afghan students: the 800 selected in the 2023 call, now in their second year, and the 800 selected in the 2024 call. All study at public universities in Pakistan, in subjects the programme gives priority to: medicine and allied health, engineering, agriculture and teacher training.

**3.2 Money.** The programme pays tuition fees straight to the universities and a monthly stipend to each scholar's bank account. The amounts disbursed in 2024-25, by the province in which the university stands, as extracted from the audited statement:

""" + DISB + """

Khyber Pakhtunkhwa has the most scholars because its universities are closest to the border and many scholars have relatives in Peshawar. Islamabad's universities cost more per scholar, since most of their scholars are in medicine and engineering.

**3.3 Results.** Of the 800 scholars in their first year, 774 passed all their examinations and 26 have to repeat one or more papers. Nine scholars left the programme, four of them to take up places abroad.

**3.4 Women.** Women were 31 percent of the 2023 awards and 36 percent of the 2024 awards. The programme pays for hostel places for women at every university, since few can live with relatives.

**3.5 Delays.** Stipends for the first two months of the year were paid late because bank accounts could not be opened until the scholars' visas were endorsed. From 2025 the secretariat will open accounts before the scholars arrive.
""",
))

HELDOUT16.append(dict(
    name="scholarship_call_applications_nosedived",
    control_type=None,
    labels=[dict(
        kind="direction",
        quotes=["nosedived from 9,800 in the 2023 call to 13,600 in the 2024 call"],
        explanation="Applications are said to have nosedived, but they went up from 9,800 to 13,600 "
                    "(about 38.8 percent).",
        expected_values={"from": 9800, "to": 13600, "change": 3800, "change_pct": 38.78,
                         "from_period": "2023", "to_period": "2024",
                         "stated_direction": "fall", "actual_direction": "rise",
                         "direction_word": "nosedived", "unit": "applications",
                         "subject": "applications to the scholarship programme",
                         "location": "selection committee's report, section 1"},
    )],
    text="""
# Khyber Pass Scholarship Programme: Report of the Selection Committee on the 2025 Call

""" + SC_NOTE + """

**1. Applications.** The programme offers 800 scholarships in each annual call. Applications nosedived from 9,800 in the 2023 call to 13,600 in the 2024 call, when the call was first advertised on Afghan radio, and settled at 11,200 in the 2025 call. Every applicant must have passed the twelfth grade or a bachelor's degree and must be under 30, or under 35 for doctoral study.

**2. Selection.** Applicants took a written test in Kabul, Jalalabad, Kandahar or Mazar-i-Sharif, or online in Peshawar and Quetta. The 3,000 with the highest scores were interviewed by video. Places were then given in order of merit within quotas for each level: 520 undergraduate places, 200 master's places and 80 doctoral places.

**3. Women.** The committee set aside no quota for women but ran separate test centres for them. Women took 38 percent of the 2025 awards, up from 36 percent in 2024 and 31 percent in 2023. Most of them will study medicine, nursing or teacher training.

**4. Provinces.** Awardees came from all 34 Afghan provinces, although Nangarhar, Kabul and Kandahar together supplied more than a third.

**5. Visas.** The committee asks that the study visas be issued by the end of August, so that scholars can join their universities at the start of the autumn term. Last year 40 scholars arrived more than a month late.

**6. Recommendation.** The committee recommends that the 800 candidates on the attached merit list be awarded scholarships, and that the next 120 be kept on a reserve list until 31 December 2025.
""",
))

HELDOUT16.append(dict(
    name="scholarship_brochure_universities_korea",
    control_type=None,
    labels=[dict(
        kind="scope",
        quotes=["Afghan students at 31 South Korean universities"],
        explanation="The brochure says the programme supported Afghan students at South Korean "
                    "universities, but it is a Pakistani programme whose scholars all study at public "
                    "universities in Pakistan, as the rest of the brochure says.",
        expected_values={"third_country": "KOR", "named_pair": ["AFG", "KOR"], "pair": ["PAK", "AFG"],
                         "named_as": "South Korean universities"},
    )],
    text="""
# Khyber Pass Scholarship Programme: Information for Applicants, 2026 Call

""" + SC_NOTE + """

**What the programme is.** A scholarship programme of the Government of Pakistan for young Afghans who want to study at a Pakistani public university. Each scholarship pays the full tuition fee, a stipend of Rs 12,000 a month, a hostel place, health insurance and one return journey a year between the scholar's home and the university.

**Who has benefited.** In 2024-25 the programme supported 1,600 Afghan students at 31 South Korean universities, from Peshawar and Islamabad to Lahore, Karachi and Quetta. Khyber Pakhtunkhwa's universities host the largest number.

**What you can study.** Undergraduate, master's and doctoral programmes in medicine and allied health, engineering, agriculture, teacher training, and business and economics. The programme does not fund courses in law or the arts.

**Who can apply.** Afghan citizens who have passed the twelfth grade (for undergraduate study) or hold a bachelor's or master's degree (for higher study), who are under 30 (under 35 for doctoral study) and who do not already hold another scholarship. Women are strongly encouraged to apply, and separate test centres are run for them.

**How to apply.** Online, between 1 March and 30 April 2026. You will need your passport or national identity card, your school or university certificates, and a short statement of why you want to study your chosen subject.

**Tests.** A written test of English, mathematics and general knowledge in Kabul, Jalalabad, Kandahar or Mazar-i-Sharif in May, followed by a video interview for the best candidates.

**After you graduate.** Scholars are expected to return to Afghanistan to work for at least two years.
""",
))

HELDOUT16.append(dict(
    name="scholarship_concept_note_refugees_2020",
    control_type=None,
    labels=[dict(
        kind="citation",
        quotes=["1.8 million registered Afghan refugees at the end of 2020, UNHCR (YE2020)"],
        explanation="The concept note cites UNHCR for 1.8 million registered Afghan refugees in "
                    "Pakistan at the end of 2020; the reference value is 1,438,432, so the stated "
                    "figure is about 25.1 percent too high.",
        expected_values={"stated": 1800000, "reference": 1438432,
                         "indicator": "refugees.registered",
                         "subject": "registered Afghan refugees in Pakistan", "period": "2020",
                         "cited_source": "UNHCR",
                         "citation_form": "UNHCR (YEYEAR) after the figure, in a programme's concept note",
                         "location": "concept note, rationale",
                         "stated_as_written": "1.8 million"},
    )],
    text="""
# Khyber Pass Scholarship Programme: Concept Note for Phase II (2023–2027)

""" + SC_NOTE + """

**Rationale.** Many young Afghans who apply for places at Pakistani universities grew up in Pakistan, which hosted 1.8 million registered Afghan refugees at the end of 2020, UNHCR (YE2020), and many more without registration. They speak Urdu, know the country and often have relatives in Peshawar or Quetta. Others have never left Afghanistan and see study in Pakistan as their only chance of a degree, especially women, who have been barred from Afghan universities since December 2022.

**Phase I.** The first phase, from 2019 to 2022, awarded 1,200 scholarships. Of the scholars who have finished, more than four in five returned to Afghanistan, most of them to work in hospitals, schools and the private sector.

**Phase II.** The second phase will award 2,400 scholarships in three annual calls of 800, from 2023 to 2025, with the last cohort graduating in 2029 or later. In each call there will be 520 undergraduate, 200 master's and 80 doctoral places.

**Cost.** When all three cohorts are enrolled, in 2025-26, the programme will cost about Rs 820 million a year: tuition, stipends, travel, visas and health insurance. Tuition fees are set by agreement with the universities and rise by no more than 10 percent a year.

**Management.** A secretariat of 12 staff in Peshawar will run the calls, pay fees and stipends, and track scholars' progress. A selection committee of academics from five universities will choose the scholars.

**Risks.** Closures of the border, delays in visas and the security of scholars travelling home for the holidays. The secretariat will keep a 24-hour helpline for scholars.
""",
))

HELDOUT16.append(dict(
    name="scholarship_donor_briefing_citation_control",
    control_type="citation_control",
    labels=[],
    text="""
# Khyber Pass Scholarship Programme: Briefing for a Visiting Parliamentary Committee

""" + SC_NOTE + """

**The programme in brief.** Phase II awards 2,400 scholarships in three calls of 800 each. The 2025 call drew 11,200 applications, against 13,600 in 2024, a fall of 2,400, or about 18 percent. The two figures of 2,400, the scholarships of the phase and the drop in applications, are a coincidence.

**Who applies.** About two-fifths of applicants say they have lived in Pakistan. The country's register of Afghan refugees grew from 1,419,084 at the end of 2019 [UNHCR 2019 year-end statistics] to 1,987,717 at the end of 2023, UNHCR's figure for end-2023, an increase of 568,633, or about two-fifths, and many applicants come from those families. Since the returns of 2024, more of them apply from inside Afghanistan.

**Women.** Women took 38 percent of the 2025 awards, seven points more than in 2023, when they took 31 percent.

**Money.** In 2025-26 the programme will spend Rs 820 million: Rs 420 million on tuition fees, Rs 345.6 million on stipends of Rs 12,000 a month for 2,400 scholars, and Rs 54.4 million on travel, visas and health insurance.

**Where scholars study.** In 2024-25 the 1,600 scholars then enrolled were at universities in all four provinces and Islamabad; Khyber Pakhtunkhwa had 620 of them, or 38.75 percent.

**Other donors.** The programme is funded entirely by Pakistan. Some scholars' laboratories use equipment given to their universities by Japan and Turkey, but no other government contributes to the scholarships.

**Questions the committee may ask.** Whether scholars return (more than four in five from Phase I did); whether the programme should add places in law (the secretariat advises against it, for lack of jobs); and whether stipends should rise with inflation (the secretariat proposes Rs 14,000 from 2026-27).
""",
))

HELDOUT16.append(dict(
    name="scholarship_budget_memo_stipends_reuse",
    control_type=None,
    labels=[dict(
        kind="number_reuse",
        quotes=["tuition fees, Rs 420 million", "stipends, Rs 420 million"],
        explanation="The budget memo gives Rs 420 million both for tuition fees and for stipends. "
                    "Stipends of Rs 12,000 a month for twelve months for 2,400 scholars come to Rs 345.6 "
                    "million, which is also what the stated total of Rs 820 million leaves after "
                    "tuition and the Rs 54.4 million for travel, visas and insurance.",
        expected_values={"value": 420, "unit": "PKR million", "value_as_written": "Rs 420 million",
                         "quantity_1": "budget for tuition fees, 2025-26",
                         "quantity_2": "budget for scholars' stipends, 2025-26",
                         "expected_value_2": 345.6},
    )],
    text="""
# Khyber Pass Scholarship Programme: Budget Memo for 2025-26

""" + SC_NOTE + """

**To:** Chair, Programme Board. **From:** Finance Officer, Secretariat. **Date:** 2 June 2025.

**1. Scholars.** In 2025-26, for the first time, all three cohorts of Phase II will be enrolled together: 2,400 scholars, of whom 1,560 undergraduates, 600 master's students and 240 doctoral students.

**2. Budget.** The secretariat asks the Board to approve the following for 2025-26: tuition fees, Rs 420 million; stipends, Rs 420 million; travel, visas and health insurance, Rs 54.4 million; in all Rs 820 million. Stipends are paid at Rs 12,000 a month for twelve months to each of the 2,400 scholars. Tuition fees are paid to 31 universities at the rates agreed with each, which rose by 8 percent on average this year.

**3. Secretariat costs.** The salaries and office costs of the secretariat, Rs 38 million, are met by the host university from its own grant and are not part of this budget.

**4. Cash flow.** Tuition is paid in two instalments, in October and March. Stipends are paid monthly from September. The secretariat asks that the first quarter's release reach it by 15 August, so that the first stipends are not late, as they were in 2024.

**5. Savings.** Scholars who leave the programme free their places, but not their money, since places are not refilled in mid-year. On past experience, about 1 percent of scholars leave each year.

**6. Request.** That the Board approve the budget of Rs 820 million for 2025-26 and the release schedule in the annex.
""",
))


# ---------------------------------------------------------------------------
# R8. Logs and reports of an invented emergency transfer desk at the Torkham
# zero point.
# ---------------------------------------------------------------------------

AM_NOTE = ("*From the records of an invented provincial emergency transfer service. The service, its "
           "crews, its patients and its counts are invented.*")

AM_TABLE = """| Month | Into Pakistan | Into Afghanistan | Total |
|---|---|---|---|
| Jun 2025 | 214 | 48 | 262 |
| Jul 2025 | 241 | 52 | 293 |
| Aug 2025 | 261 | 57 | 318 |
| Sep 2025 | 236 | 49 | 285 |
| Total | 952 | 206 | 1,158 |"""

HELDOUT16.append(dict(
    name="ambulance_log_august_direction_reuse",
    control_type=None,
    labels=[dict(
        kind="number_reuse",
        quotes=["logged 318 patient transfers", "318 of them from Afghanistan into Pakistan"],
        explanation="The August summary gives 318 both for all transfers across the zero point and for "
                    "the transfers into Pakistan, while 57 went the other way; 318 less 57 is 261, "
                    "which is also the sum of the three receiving hospitals (142, 71 and 48).",
        expected_values={"value": 318, "unit": "patient transfers",
                         "quantity_1": "patient transfers across the Torkham zero point, August 2025",
                         "quantity_2": "transfers from Afghanistan into Pakistan, August 2025",
                         "expected_value_2": 261},
    )],
    text="""
# Khyber Emergency Transfer Service, Torkham Zero Point Desk: Monthly Log Summary, August 2025

""" + AM_NOTE + """

**Transfers.** The desk logged 318 patient transfers across the zero point in August, 318 of them from Afghanistan into Pakistan and 57 the other way, mostly patients going home after treatment. It was the busiest month since the desk opened.

**Receiving hospitals.** Patients brought into Pakistan went to Lady Reading Hospital (142), Khyber Teaching Hospital (71) and Hayatabad Medical Complex (48), all in Peshawar. The desk phones the receiving hospital before the ambulance leaves Torkham, so that a bed is ready.

**Conditions.** Road injuries and burns were the largest group, followed by heart disease, complications of pregnancy and children with severe diarrhoea. Eleven patients were on oxygen during the transfer.

**Waiting.** The average wait at the zero point, from the Afghan ambulance's arrival to the patient's departure for Peshawar, was 52 minutes, against 44 in July. Most of the wait is for the patient's papers to be checked on both sides. Four patients waited more than three hours.

**Deaths.** Two patients died at the zero point before they could be moved, and one on the way to Peshawar.

**Vehicles.** The desk has five ambulances at Torkham. One was off the road for nine days with a broken gearbox; the others covered about 21,000 km between them.

**Requests.** The desk again asks the border authorities to let ambulances with critically ill patients use the cargo lane, which is usually open when the pedestrian gate is crowded, and to station a doctor at the zero point during daylight hours.
""",
))

HELDOUT16.append(dict(
    name="ambulance_log_year_on_year_percent",
    control_type=None,
    labels=[dict(
        kind="arithmetic",
        quotes=["up from 227 in August 2024, an increase of 29 percent"],
        explanation="August's 318 transfers against 227 a year earlier is a rise of about 40.1 "
                    "percent, not 29 percent (29 percent is the rise of 91 divided by the new value, "
                    "318).",
        expected_values={"from": 227, "to": 318, "computed_change_pct": 40.09, "stated_change_pct": 29,
                         "from_period": "Aug 2024", "to_period": "Aug 2025",
                         "unit": "patient transfers a month",
                         "subject": "patient transfers across the Torkham zero point in August",
                         "location": "quarterly report to the provincial health department, section 1"},
    )],
    text="""
# Khyber Emergency Transfer Service: Quarterly Report on the Torkham Zero Point Desk, July–September 2025

""" + AM_NOTE + """

**1. Demand.** The desk moved 896 patients across the zero point in the quarter, 738 into Pakistan and 158 into Afghanistan. August was the busiest month on record, with 318 transfers, up from 227 in August 2024, an increase of 29 percent. The rise comes from two things: more Afghan patients referred to Peshawar's teaching hospitals, and a new rule that any patient who cannot walk must cross by ambulance rather than on a cart.

**2. Waiting times.** The average wait at the zero point was 44 minutes in July, 52 in August and 41 in September. The long waits in August came on days when the pedestrian gate was crowded with returning families and ambulances queued with everyone else.

**3. Staff.** The desk has 18 paramedics and 15 drivers, working in three shifts. Two paramedics left in August and have been replaced.

**4. Costs.** Fuel and maintenance cost Rs 4.1 million in the quarter. The provincial health department pays for the service; patients pay nothing.

**5. Coordination.** The desk and the Afghan ambulance service hold a short meeting at the zero point every Monday. The two sides now use a shared form listing the patient's condition, medicines given and the receiving hospital, written in Pashto and English.

**6. Proposals.** (a) A covered waiting bay for ambulances on the Pakistani side, so that patients do not wait in the sun; (b) a doctor at the desk in daylight hours; (c) a priority lane for ambulances at the pedestrian gate.
""",
))

HELDOUT16.append(dict(
    name="ambulance_sop_handover_nigeria",
    control_type=None,
    labels=[dict(
        kind="scope",
        quotes=["where Nigerian crews take over"],
        explanation="The handover procedure says Afghan crews carry the patient to the white line at "
                    "the Torkham zero point, where Nigerian crews take over and drive to Peshawar; the "
                    "receiving crews are the Pakistani service's own.",
        expected_values={"third_country": "NGA", "named_pair": ["AFG", "NGA"], "pair": ["PAK", "AFG"],
                         "named_as": "Nigerian crews"},
    )],
    text="""
# Khyber Emergency Transfer Service: Field Guide for Crews at the Torkham Zero Point (Extract)

""" + AM_NOTE + """

**Before the patient arrives.** The Afghan ambulance service phones the desk when it leaves Jalalabad or another town on the Afghan side. The desk notes the patient's age, sex, condition and expected time of arrival, and phones the receiving hospital in Peshawar.

**Handover.** Afghan ambulances may not cross the zero point, and ours may not cross it either. Each patient is therefore carried on a stretcher by the Afghan crew to the white line, where Nigerian crews take over and carry the patient to our ambulance, about 40 metres away. The two crews hand over face to face: condition, medicines given, time of the last dose and any papers.

**Papers.** The patient's passport or identity document, with a medical visa or the border pass for emergencies, must be checked by immigration before the patient leaves the zero point. If the papers are incomplete, the desk calls the duty officer, who can allow an emergency crossing and have the papers completed at the hospital.

**Oxygen and drugs.** Our ambulances carry oxygen for four hours, and the drugs on the list at the back of this guide. Crews must record every drug given on the shared handover form.

**On the road.** The drive to Peshawar takes about an hour and a half. Crews call the hospital again when they pass Jamrud.

**Deaths at the zero point.** If a patient dies before crossing, the body stays with the Afghan crew. If a patient dies after crossing, our crew takes the body to the receiving hospital and the desk informs the family through the Afghan crew.

**After the transfer.** Clean and restock the ambulance, and return to the desk.
""",
))

HELDOUT16.append(dict(
    name="ambulance_annual_note_refugees_2021",
    control_type=None,
    labels=[dict(
        kind="citation",
        quotes=["1,743,278 at the end of 2021, according to figures released by UNHCR for end-2021"],
        explanation="The note cites UNHCR's figures for end-2021 for 1,743,278 registered Afghan "
                    "refugees in Pakistan; that is the end-2022 value. The reference value for "
                    "end-2021 is 1,490,562, about 17.0 percent lower.",
        expected_values={"stated": 1743278, "reference": 1490562, "same_as_year": "2022",
                         "indicator": "refugees.registered",
                         "subject": "registered Afghan refugees in Pakistan", "period": "2021",
                         "cited_source": "UNHCR",
                         "citation_form": "figures released by UNHCR for end-YEAR, in a transfer service's annual note",
                         "location": "annual note, who the patients are",
                         "stated_as_written": "1,743,278"},
    )],
    text="""
# Khyber Emergency Transfer Service: Annual Note on the Torkham Zero Point Desk, 2025

""" + AM_NOTE + """

**Why the desk exists.** Before the desk opened, patients from eastern Afghanistan were carried across the border on carts or on the backs of relatives and put into taxis on the Pakistani side. The desk was set up so that every patient who cannot walk crosses from one ambulance to another with a trained crew on both sides.

**Who the patients are.** Most are Afghans from Nangarhar, Kunar and Laghman referred to Peshawar's teaching hospitals for surgery, burns, heart disease and cancer. Many have relatives among the Afghan refugees in Khyber Pakhtunkhwa, who give them a place to stay after discharge. Pakistan's register of Afghan refugees stood at 1,743,278 at the end of 2021, according to figures released by UNHCR for end-2021, and although many families have since returned, the ties remain.

**The year's work.** Transfers rose month by month through the summer of 2025, from 262 in June to 318 in August, before easing to 285 in September. About four in five went into Pakistan.

**What we learned.** Waits at the zero point are longest when the pedestrian gate is crowded, and crowds follow no pattern we can predict. A priority lane for ambulances would help more than anything else.

**Partners.** The Afghan ambulance service has been a reliable partner. Both sides use a shared handover form, written in Pashto and English, and meet every Monday at the zero point.

**Next year.** The desk plans to add a sixth ambulance, to train all crews in the care of burns, and to keep a doctor at the zero point in daylight hours if the health department funds the post.
""",
))

HELDOUT16.append(dict(
    name="ambulance_quarterly_statistics_control",
    control_type="control",
    labels=[],
    text="""
# Khyber Emergency Transfer Service: Statistical Sheet, Torkham Zero Point Desk, June–September 2025

""" + AM_NOTE + """

**Transfers by month and direction.** Patients moved across the zero point by the desk's crews:

""" + AM_TABLE + """

**Reading the table.** Transfers into Pakistan were 952 of 1,158 over the four months, or 82 percent. August's 318 transfers were 40 percent more than the 227 of August 2024. June to September 2025 together had 1,158 transfers, and the desk's five ambulances covered about 80,000 km.

**August in detail.** The 261 patients brought into Pakistan in August went to Lady Reading Hospital (142), Khyber Teaching Hospital (71) and Hayatabad Medical Complex (48). The 57 moved into Afghanistan were mostly patients going home after treatment.

**Waiting at the zero point.** Average wait from the arrival of the Afghan ambulance to departure for Peshawar, in minutes: 38 in June, 44 in July, 52 in August and 41 in September.

**Vehicles.** Two of the five ambulances were given to the service by the Japanese government in 2023; the other three were bought by the province. All five are now more than two years old, and the desk has asked for a sixth.

**Definitions.** A transfer is one patient moved across the zero point by the desk's crews, whichever direction. A patient who crosses twice, for example for treatment and then home, counts twice. Bodies are not counted as transfers.

**Source.** The desk's handover forms, entered daily into the service's database and checked against the immigration log at the end of each month.
""",
))


# ---------------------------------------------------------------------------
# R9. Papers of an invented insurer's goods-in-transit business on the roads
# between Pakistan and Afghanistan.
# ---------------------------------------------------------------------------

IN_NOTE = ("*From the papers of an invented general insurer. The insurer, its policyholders, its "
           "claims and its figures are invented; border figures follow this set's series.*")

CLAIMS = pdf_table([
    ["Cause of loss", "Claims", "Amount claimed (Rs million)", "Amount paid (Rs million)"],
    ["Spoilage during border delay", "54", "38.6", "27.9"],
    ["Theft and pilferage", "27", "21.4", "14.2"],
    ["Accident and overturning", "18", "29.8", "24.6"],
    ["Fire", "3", "11.2", "9.4"],
    ["Other", "9", "4.0", "2.4"],
    ["Total", "111", "105.0", "78.5"],
])

HELDOUT16.append(dict(
    name="insurance_claims_review_spoilage_table",
    control_type=None,
    labels=[dict(
        kind="text_vs_table",
        quotes=["54 claims for Rs 36.8 million", row(CLAIMS, "Spoilage")],
        explanation="The review says spoilage claims came to Rs 36.8 million claimed, but the "
                    "(PDF-extracted) claims table gives Rs 38.6 million for spoilage during border "
                    "delay (the digits swapped).",
        expected_values={"text_value": 36.8, "table_value": 38.6, "unit": "PKR million (amount claimed)",
                         "subject": "amount claimed for spoilage during border delay",
                         "period": "Jan-Sep 2025",
                         "period_as_written": "January to September 2025",
                         "location": "claims review, causes paragraph against the claims table",
                         "table_form": "pdf", "text_as_written": "Rs 36.8 million"},
    )],
    text="""
# Indus Shield Insurance: Goods-in-Transit Portfolio, Claims Review for January to September 2025

""" + IN_NOTE + """

**Scope.** Policies covering goods carried by road between Pakistan and Afghanistan, in both directions, and Afghan transit cargo between Karachi and the border. Amounts are gross of reinsurance.

**Claims by cause.** The register for the nine months, as exported from the claims system:

""" + CLAIMS + """

**Causes.** Spoilage while trucks waited at the border was again the largest cause: 54 claims for Rs 36.8 million, almost all of fresh fruit, vegetables and chilled medicines held at Torkham or Chaman for more than three days. Theft is concentrated on the stretch between Landi Kotal and the terminal, where trucks stop overnight. Accidents are fewer but larger, since a single overturned truck often means a total loss of the cargo.

**Fire.** Three claims, one of them large: a truck of cosmetics and detergents burnt in a parking yard at Landi Kotal in June. Two small fire claims remain open.

**Paid against claimed.** We paid Rs 78.5 million, about three-quarters of the amount claimed. The gap comes from deductibles, from under-insurance, and from spoilage claims where the delay was shorter than the policy's waiting period.

**Underwriting.** We propose to raise the deductible for spoilage from 5 to 10 percent of the sum insured for fresh produce, and to require a working temperature logger on every chilled load.
""",
))

HELDOUT16.append(dict(
    name="insurance_board_note_claims_paid_dropped_off",
    control_type=None,
    labels=[dict(
        kind="direction",
        quotes=["Claims paid dropped off from Rs 64.0 million in January–September 2024 to Rs 78.5 million in the same months of 2025"],
        explanation="Claims paid are said to have dropped off, but they went up from Rs 64.0 million "
                    "to Rs 78.5 million (about 22.7 percent) between the first nine months of 2024 and "
                    "of 2025.",
        expected_values={"from": 64.0, "to": 78.5, "change": 14.5, "change_pct": 22.66,
                         "from_period": "Jan-Sep 2024", "to_period": "Jan-Sep 2025",
                         "as_written": {"from_period": "January–September 2024",
                                        "to_period": "the same months of 2025"},
                         "stated_direction": "fall", "actual_direction": "rise",
                         "direction_word": "dropped off", "unit": "PKR million",
                         "subject": "goods-in-transit claims paid on the Afghan routes",
                         "location": "note to the board's underwriting committee, results paragraph"},
    )],
    text="""
# Indus Shield Insurance: Note to the Underwriting Committee on the Afghan Routes

""" + IN_NOTE + """

**Purpose.** To report results for the first nine months of 2025 and to seek approval for changes to terms from 1 January 2026.

**Results.** Premium written on the Afghan routes rose to Rs 142 million, from Rs 118 million in the same months of 2024, as more exporters insured their loads after the losses of the closures in 2024. Claims paid dropped off from Rs 64.0 million in January–September 2024 to Rs 78.5 million in the same months of 2025, because of a run of spoilage claims in August, when trucks of fruit waited at Torkham for up to six days. The loss ratio on paid claims was 55.3 percent.

**Service.** Claims took 47 days on average to settle, against 62 days in 2024. Surveyors are now appointed within a day of notice, and we accept photographs and logger records sent by phone.

**Proposals.**

1. Raise the deductible for spoilage of fresh produce from 5 to 10 percent of the sum insured.
2. Require a working temperature logger on every chilled load, with the record sent to us on arrival.
3. Keep the rate for dry cargo unchanged.
4. Cap our exposure at any one parking yard at Rs 60 million, since the fire at Landi Kotal showed how much can burn at once.

**Reinsurance.** Our treaty reinsurers have accepted the proposals and will renew on the same terms.

**Recommendation.** That the committee approve proposals 1 to 4 from 1 January 2026.
""",
))

HELDOUT16.append(dict(
    name="insurance_policy_wording_romania_customs",
    control_type=None,
    labels=[dict(
        kind="scope",
        quotes=["Romania's customs post at Torkham"],
        explanation="The clause speaks of Romania's customs post at Torkham; the customs posts at "
                    "Torkham are Pakistan's and Afghanistan's. Romania is named correctly later, as the "
                    "seat of the lead reinsurer.",
        expected_values={"third_country": "ROU", "named_pair": ["ROU", "AFG"], "pair": ["PAK", "AFG"],
                         "named_as": "Romania's customs post at Torkham",
                         "not_a_defect": "lead reinsurer, based in Romania"},
    )],
    text="""
# Indus Shield Insurance: Goods-in-Transit Policy for the Afghan Routes, Plain-Language Guide to the Main Clauses

""" + IN_NOTE + """

**What is covered.** Loss of or damage to your goods while they are carried by road from your premises in Pakistan to the consignee's premises in Afghanistan, or the other way, including while the truck waits at the border.

**Waiting at the border.** Spoilage of perishable goods is covered if the truck is held at the border for more than 72 hours for reasons outside your control, such as a closure of the crossing. Cover lapses for cargo held at Romania's customs post at Torkham for more than 30 days, unless you tell us before the 30 days run out and pay the extra premium we ask.

**Theft.** Theft is covered only if the truck was parked in a guarded yard or was moving. Theft from a truck parked on the roadside at night is not covered.

**What you must do.** Tell us of any loss within seven days. Keep the damaged goods for our surveyor unless they are a health risk, in which case photograph them first. For chilled goods, send us the temperature logger record.

**How much we pay.** The value of the goods on your invoice plus freight, less the deductible shown in your schedule. If the goods were insured for less than their value, we pay in proportion.

**Who stands behind the policy.** We keep the first Rs 20 million of any one loss. Above that the policy is protected by a treaty whose lead reinsurer, based in Romania, takes 40 percent, with the rest shared among three other reinsurers.

**Disputes.** Any dispute goes first to our complaints officer, then to the insurance ombudsman. You keep your right to go to court.
""",
))

HELDOUT16.append(dict(
    name="insurance_adjuster_fire_claim_total",
    control_type=None,
    labels=[dict(
        kind="arithmetic",
        quotes=["cargo, Rs 8.35 million; debris removal and salvage handling, Rs 0.65 million; survey "
                "and legal fees, Rs 0.40 million; total adjusted claim, Rs 9.80 million"],
        explanation="The adjusted claim's three heads add up to Rs 9.40 million, not the Rs 9.80 million "
                    "stated as the total; the claims register pays Rs 9.4 million for fire.",
        expected_values={"parts": {"cargo": 8350000, "debris removal and salvage handling": 650000,
                                   "survey and legal fees": 400000},
                         "sum_of_parts": 9400000, "stated_total": 9800000, "difference": 400000,
                         "unit": "PKR", "period": "3 Jun 2025",
                         "subject": "adjusted claim for the fire at a Landi Kotal parking yard",
                         "location": "loss adjuster's report, adjustment paragraph"},
    )],
    text="""
# Loss Adjuster's Report to Indus Shield Insurance: Fire at a Parking Yard, Landi Kotal

""" + IN_NOTE + """

**The insured.** A Peshawar wholesaler of cosmetics and detergents, exporting to distributors in Kabul and Jalalabad under an annual goods-in-transit policy.

**The loss.** On the night of 3 June 2025 a fire broke out in a truck parked in a guarded yard at Landi Kotal, waiting to go to Torkham the next morning. The fire spread from the cab to the load before the yard's staff could put it out. The truck and its whole cargo, 1,240 cartons, were destroyed. Nobody was hurt.

**Cause.** The yard's guard and the driver say the fire began in the cab's wiring. The police report agrees. We found nothing to suggest that the fire was set on purpose, and the driver had not left the yard.

**Cover.** The policy covers fire during transit, including while the truck is parked in a guarded yard. The sum insured is adequate: the invoices total Rs 8.79 million, and the policy's 5 percent deductible applies to the cargo.

**Adjustment.** After the deductible, we recommend settlement as follows: cargo, Rs 8.35 million; debris removal and salvage handling, Rs 0.65 million; survey and legal fees, Rs 0.40 million; total adjusted claim, Rs 9.80 million. Nothing could be salvaged for sale; the handling cost is for clearing the burnt load from the yard, as the yard's owner required.

**Recovery.** The truck belongs to a transport company insured elsewhere. We see no ground for recovery from the yard, whose guards acted promptly.

**Recommendation.** Payment of the adjusted claim to the insured, whose acceptance we have obtained.
""",
))

HELDOUT16.append(dict(
    name="insurance_portfolio_summary_control",
    control_type="control",
    labels=[],
    text="""
# Indus Shield Insurance: Afghan Routes Portfolio, Summary for the Quarterly Board Pack (September 2025)

""" + IN_NOTE + """

**Claims register, January to September 2025.** Goods-in-transit claims on the roads between Pakistan and Afghanistan, by cause, as exported from the claims system:

""" + CLAIMS + """

**Key ratios.** Premium written in the nine months was Rs 142 million, 20.3 percent more than the Rs 118 million of the same months of 2024. Claims paid, Rs 78.5 million, give a loss ratio of 55.3 percent. The amount claimed, Rs 105.0 million, is larger than the amount paid because of deductibles, under-insurance and spoilage claims that fell inside the policy's waiting period; the two figures should not be confused.

**Size of claims.** Fire claims are the fewest and the largest, about Rs 3.7 million each. Accident claims come next: 18 claims for Rs 29.8 million claimed, about Rs 1.7 million each. Spoilage claims are the most numerous but average about Rs 0.7 million.

**Speed.** Claims took 47 days on average to settle, against 62 days in 2024, about a quarter faster.

**Reinsurance.** The treaty is led by a reinsurer in Romania, which takes 40 percent, and three others share the rest. It renews on 1 January 2026 on unchanged terms.

**Border.** The closures of 2024, when Torkham was shut to cargo for 46 days, drove both the demand for cover and the spoilage claims. No closure of that length has happened in 2025 so far, but waits of several days in August produced a cluster of claims.

**Outlook.** The underwriting committee has approved a higher deductible for fresh produce and a logger requirement for chilled loads from 1 January 2026, which should bring the loss ratio down.
""",
))


# ---------------------------------------------------------------------------
# R10. Notes of an invented mail exchange office in Peshawar on the parcel
# exchange with Afghanistan by road through Torkham.
# ---------------------------------------------------------------------------

PP_NOTE = ("*A note of an invented mail exchange office. The office, its counts and its procedures are "
           "invented; border figures follow this set's series.*")

HELDOUT16.append(dict(
    name="mail_office_first_quarter_weight_reuse",
    control_type=None,
    labels=[dict(
        kind="number_reuse",
        quotes=["dispatched 2,140 parcels to Afghanistan", "weighing 2,140 kg in all"],
        explanation="The note gives 2,140 both for the number of parcels dispatched in Q1 2025 and for "
                    "their total weight in kilograms, though it says they averaged 6.5 kg a parcel; "
                    "2,140 parcels at 6.5 kg weigh 13,910 kg.",
        expected_values={"value": 2140, "unit": "parcels / kg",
                         "quantity_1": "parcels dispatched to Afghanistan in Q1 2025",
                         "quantity_2": "total weight of those parcels in kilograms",
                         "expected_value_2": 13910},
    )],
    text="""
# Peshawar Mail Exchange Office: Note on the Parcel Exchange with Afghanistan, Q1 2025

""" + PP_NOTE + """

**Dispatch.** In the first quarter of 2025 the office dispatched 2,140 parcels to Afghanistan, weighing 2,140 kg in all, at an average of 6.5 kg a parcel. Clothes, shoes, medicines for personal use and dried food made up most of the contents. It received 1,310 parcels from Afghanistan, mostly dried fruit, carpets and clothing sent to families in Pakistan.

**How the exchange works.** Mail for Afghanistan is closed in bags at Peshawar and carried by the office's van to Torkham on Tuesdays and Fridays, where it is handed to the Afghan postal service's van at the border. The Afghan van brings mail the other way on the same days. Customs examine parcels at Peshawar before the bags are closed, not at the border.

**Suspension.** The exchange was suspended for part of February while the two postal services settled a dispute over the customs forms for parcels. About 400 parcels waited at Peshawar during the suspension and were sent in the first week of March.

**Charges.** The tariff for a parcel to Afghanistan is unchanged: Rs 1,400 for the first kilogram and Rs 350 for each further kilogram. An average parcel of 6.5 kg, charged as 7 kg, therefore costs Rs 3,500 to send.

**Letters.** Letter mail is small and falling. The office dispatched 11 bags of letters in the quarter, against 15 in the first quarter of 2024.

**Complaints.** Twenty-three customers complained that parcels arrived late, all during or just after the suspension. None reported a lost parcel.

**Next steps.** The office will start printing the new customs form in Pashto and Dari as well as English from April.
""",
))

HELDOUT16.append(dict(
    name="mail_office_suspension_dates_backwards",
    control_type=None,
    labels=[dict(
        kind="garbled",
        quotes=["suspended from 21 February 2025 to 4 February 2025"],
        explanation="The note says the parcel exchange was suspended from 21 February to 4 February "
                    "2025; the period runs backwards (the suspension ran from 4 to 21 February).",
        expected_values={"stated_period_start": "21 Feb 2025", "stated_period_end": "4 Feb 2025",
                         "as_written": {"stated_period_start": "21 February 2025",
                                        "stated_period_end": "4 February 2025"},
                         "subject": "suspension of the parcel exchange with Afghanistan",
                         "location": "note on the suspension, first paragraph"},
    )],
    text="""
# Peshawar Mail Exchange Office: Note on the Suspension of the Parcel Exchange in February 2025

""" + PP_NOTE + """

**What happened.** The exchange of parcels with Afghanistan was suspended from 21 February 2025 to 4 February 2025 while the two postal services settled a dispute over customs forms. Letters and printed matter continued to be exchanged as usual on Tuesdays and Fridays; only parcels were held.

**Why.** In January the Afghan customs began to refuse parcels whose customs forms were filled in by hand, on the ground that they could not be read. Our customers fill in forms by hand, and many cannot write in English. After two exchanges in which the Afghan side returned most of our parcels, we stopped sending them until the matter was settled.

**How it was settled.** The two services agreed that forms may be filled in by hand if the contents are also listed in capital letters, and that a printed form in Pashto, Dari and English will be introduced. Our counter staff now help customers fill in the form.

**Effect.** About 400 parcels waited at Peshawar during the suspension. All were sent in the first week of March. Parcels dispatched in the first quarter fell to 2,140, the lowest quarter of the past two years; parcels received from Afghanistan, 1,310, were less affected, because the Afghan side went on sending.

**Customers.** We told customers of the suspension by a notice at every counter in Peshawar and by text message to those who had parcels waiting. Twenty-three complained. We refunded the fee to the eight who asked to cancel their parcels.

**Lessons.** Disputes of this kind should be raised at the monthly meeting of the two exchange offices before either side acts.
""",
))

HELDOUT16.append(dict(
    name="mail_office_customers_refugees_2019",
    control_type=None,
    labels=[dict(
        kind="citation",
        quotes=["about 1.6 million at the end of 2019, per the UNHCR year-end 2019 register"],
        explanation="The note cites the UNHCR register for about 1.6 million registered Afghan refugees "
                    "in Pakistan at the end of 2019; the reference value is 1,419,084, so the stated "
                    "figure is about 12.7 percent too high.",
        expected_values={"stated": 1600000, "reference": 1419084,
                         "indicator": "refugees.registered",
                         "subject": "registered Afghan refugees in Pakistan", "period": "2019",
                         "cited_source": "UNHCR",
                         "citation_form": "per the UNHCR year-end YEAR register, in a mail office's note",
                         "location": "note on customers, second paragraph",
                         "stated_as_written": "1.6 million", "stated_hedge": "about"},
    )],
    text="""
# Peshawar Mail Exchange Office: Who Sends Parcels to Afghanistan? Note for the Postmaster General

""" + PP_NOTE + """

**Purpose.** You asked who our customers for parcels to Afghanistan are, before the tariff review. This note uses a survey of 300 customers at four Peshawar counters in September 2025.

**Afghan families in Pakistan.** When the present tariff was set, the number of registered Afghan refugees in Pakistan was about 1.6 million at the end of 2019, per the UNHCR year-end 2019 register, and they and their relatives were our largest group of customers. They still are: 58 percent of the customers surveyed were Afghans living in Pakistan, sending clothes, medicines and food to relatives. Many of them now send to families who returned to Afghanistan in 2024.

**Pakistani customers.** Traders sending samples to buyers in Kabul and Jalalabad made up 24 percent of customers, and Pakistani families with relatives in Afghanistan 18 percent.

**What they send.** Clothes and shoes in most parcels, followed by medicines, dried food and documents. The average parcel weighed 6.5 kg in the first quarter of 2025.

**Price.** Most customers said the tariff, Rs 1,400 for the first kilogram and Rs 350 for each further kilogram, was fair. Private couriers charge about twice as much, but deliver in three days rather than ten.

**What customers want.** Tracking by text message, a form in Pashto and Dari, and collection from the home for heavy parcels.

**Recommendation.** Keep the tariff unchanged, add tracking by text message from January 2026, and study home collection in Peshawar.
""",
))

HELDOUT16.append(dict(
    name="mail_office_quarterly_table_control",
    control_type="control",
    labels=[],
    text="""
# Peshawar Mail Exchange Office: Parcel Exchange with Afghanistan, January to September 2025

""" + PP_NOTE + """

**Parcels by quarter.** Parcels dispatched to and received from Afghanistan through Torkham. The balance is parcels sent less parcels received.

| Quarter | Parcels to Afghanistan | Parcels from Afghanistan | Total | Balance |
|---|---|---|---|---|
| Q1 2025 | 2,140 | 1,310 | 3,450 | 830 |
| Q2 2025 | 2,380 | 1,240 | 3,620 | 1,140 |
| Q3 2025 | 2,610 | 1,450 | 4,060 | 1,160 |

**Reading the table.** Parcels sent to Afghanistan rose in every quarter, by 22.0 percent from Q1 to Q3. The first quarter was held back by the suspension of the exchange from 4 to 21 February 2025. Parcels received dipped in Q2, when Afghan senders faced a rise in their own postal tariff, and recovered in Q3.

**Weight.** At an average of 6.5 kg a parcel, the 2,140 parcels sent in Q1 weighed about 13,910 kg; the average was much the same in the later quarters.

**Transit mail.** A small number of parcels, 46 in the nine months, were addressed to Uzbekistan and sent through the Afghan postal service under the transit rules of the Universal Postal Union. They are counted in the table.

**Revenue.** Parcel fees for mail to Afghanistan came to Rs 25.3 million in the nine months. The office pays the Afghan service for delivery at the rates set by the Universal Postal Union.

**Days of exchange.** The vans met at Torkham on 75 of the 78 scheduled Tuesdays and Fridays; the other three exchanges were missed during two short closures of the crossing. During the suspension the vans still met, but carried letters only.
""",
))


# ---------------------------------------------------------------------------
# R11. Notes of an invented provincial food directorate on wheat flour
# shipped to Afghanistan.
# ---------------------------------------------------------------------------

WF_NOTE = ("*A note of an invented provincial food directorate. The directorate, its tonnages and its "
           "prices are invented; trade figures follow this set's series.*")

WF_TABLE = """| Crossing | Jul 2025 | Aug 2025 | Sep 2025 | Total |
|---|---|---|---|---|
| Torkham | 16,900 | 18,800 | 15,500 | 51,200 |
| Chaman | 6,200 | 7,100 | 5,600 | 18,900 |
| Ghulam Khan | 1,500 | 1,400 | 1,700 | 4,600 |
| Total | 24,600 | 27,300 | 22,800 | 74,700 |"""

HELDOUT16.append(dict(
    name="flour_note_torkham_tonnage_table",
    control_type=None,
    labels=[dict(
        kind="text_vs_table",
        quotes=["Torkham carried 57,200 tonnes", "| Torkham | 16,900 | 18,800 | 15,500 | 51,200 |"],
        explanation="The note says Torkham carried 57,200 tonnes of flour in the quarter, but its table "
                    "gives 51,200 tonnes for Torkham over July to September 2025.",
        expected_values={"text_value": 57200, "table_value": 51200, "unit": "tonnes of wheat flour",
                         "subject": "wheat flour shipped to Afghanistan through Torkham",
                         "period": "Jul-Sep 2025",
                         "period_as_written": "the quarter",
                         "location": "crossings paragraph against the table by crossing",
                         "table_form": "pipe"},
    )],
    text="""
# Food Directorate Note: Wheat Flour Shipped to Afghanistan, July to September 2025

""" + WF_NOTE + """

**Purpose.** The provincial cabinet asked for a quarterly account of flour leaving the province for Afghanistan, to judge whether the trade is pushing up the price of flour at home.

**Tonnage.** Shipments are counted from the export declarations filed at each crossing, in tonnes:

""" + WF_TABLE + """

**Crossings.** Torkham carried 57,200 tonnes, more than two-thirds of the quarter's flour, nearly all of it from mills in Peshawar, Nowshera and Charsadda. Chaman's flour comes mostly from mills in Punjab and Quetta, and Ghulam Khan's from Bannu.

**Prices at home.** The price of a 20-kg bag of fine flour in Peshawar rose from Rs 1,960 in June to Rs 2,340 in September, a rise of 19.4 percent. Wheat prices rose by a similar amount over the same months, after a smaller crop, so the rise in flour prices cannot be blamed on exports alone.

**What the mills say.** Mill owners say that Afghan buyers pay on time and in cash, and that exports keep mills running that would otherwise stand idle for part of the year. They oppose any ban.

**Options for the cabinet.** (a) Leave the trade alone; (b) require mills to sell a fixed share of their output at home at a notified price; (c) ban exports for three months, as was done in 2023. The Directorate recommends (b), which protects households without stopping the trade.
""",
))

HELDOUT16.append(dict(
    name="flour_note_trade_background_surplus",
    control_type=None,
    labels=[dict(
        kind="arithmetic",
        quotes=["exports to Afghanistan were US$ 884 million and its imports from Afghanistan US$ 540 "
                "million, a surplus of US$ 354 million"],
        explanation="Exports of US$ 884 million less imports of US$ 540 million leave a surplus of "
                    "US$ 344 million, not US$ 354 million.",
        expected_values={"exports": 884, "imports": 540, "computed_balance": 344, "stated_balance": 354,
                         "as_written": {"exports": "US$ 884 million", "imports": "US$ 540 million",
                                        "stated_balance": "US$ 354 million"},
                         "unit": "USD million", "period": "2024",
                         "subject": "Pakistan's trade balance with Afghanistan",
                         "location": "background section of the food directorate's note"},
    )],
    text="""
# Food Directorate Note: Wheat Flour in Pakistan's Trade with Afghanistan (Background for the Cabinet)

""" + WF_NOTE + """

**The wider trade.** Flour is one of Pakistan's main exports to Afghanistan. In 2024 Pakistan's exports to Afghanistan were US$ 884 million and its imports from Afghanistan US$ 540 million, a surplus of US$ 354 million. Rice, flour, medicines, cement and fresh produce lead the exports; coal, dried fruit, vegetables and cotton lead the imports.

**Flour's place.** In FY2025 wheat flour exports to Afghanistan were worth US$ 118 million, about 13 percent of Pakistan's US$ 893 million of exports to Afghanistan in that year. Afghanistan grows much of its own wheat but mills too little of it, and depends on Pakistani flour in the east and south, and on flour from Central Asia in the north.

**Why it matters at home.** Flour is the staple of every household in the province. When exports rise in a year of poor harvest, prices at home rise too, and the poorest households cut their meals. When exports are banned, mills close and Afghan prices jump, and smuggling takes over from the legal trade.

**Past bans.** The province banned flour exports for three months in 2023. Shipments through the crossings stopped, but prices at home fell only a little, and customs seized flour hidden in trucks of other goods on most days of the ban.

**This year.** In July to September 2025 the province's mills shipped 74,700 tonnes of flour to Afghanistan, while the price of a 20-kg bag in Peshawar rose by 19.4 percent. The cabinet must decide whether to act.

**What the Directorate proposes.** A requirement that mills sell a fixed share of their output at home at a notified price, in place of a ban.
""",
))

HELDOUT16.append(dict(
    name="flour_note_september_shipments_took_off",
    control_type=None,
    labels=[dict(
        kind="direction",
        quotes=["took off from 27,300 tonnes in August to 22,800 tonnes in September"],
        explanation="Flour shipments are said to have taken off, but they went down from 27,300 to "
                    "22,800 tonnes (about 16.5 percent) from August to September 2025.",
        expected_values={"from": 27300, "to": 22800, "change": -4500, "change_pct": -16.48,
                         "from_period": "Aug 2025", "to_period": "Sep 2025",
                         "as_written": {"from_period": "August", "to_period": "September"},
                         "stated_direction": "rise", "actual_direction": "fall",
                         "direction_word": "took off", "unit": "tonnes of wheat flour",
                         "subject": "wheat flour shipped to Afghanistan through all crossings",
                         "location": "monthly paragraph of the food directorate's note"},
    )],
    text="""
# Food Directorate Note: Monthly Pattern of Flour Shipments to Afghanistan, July to September 2025

""" + WF_NOTE + """

**July.** Shipments began the quarter at 24,600 tonnes, as mills worked through wheat bought at harvest time.

**August.** The busiest month of the quarter. Afghan buyers bought ahead of the autumn, and 27,300 tonnes crossed, 18,800 of them through Torkham.

**September.** Flour shipments took off from 27,300 tonnes in August to 22,800 tonnes in September, as wheat prices at home rose and mills found it less profitable to sell abroad. Torkham's share stayed at about two-thirds.

**Price of flour.** The price of a 20-kg bag of fine flour in Peshawar rose every month, from Rs 1,960 in June to Rs 2,340 in September.

**Reading the months together.** Exports and prices did not move in step. Prices rose fastest in September, when exports fell, which suggests that the price of wheat, not exports, is the main force behind the price of flour this year.

**Data.** Tonnages come from the export declarations filed at Torkham, Chaman and Ghulam Khan. They do not include flour carried across by hand or hidden in other cargo, which the Directorate cannot measure.

**Next note.** The Directorate will report on October to December in January 2026, with a first estimate of the wheat stocks that mills hold for the winter.
""",
))

HELDOUT16.append(dict(
    name="flour_note_refugee_villages_refugees_2024",
    control_type=None,
    labels=[dict(
        kind="citation",
        quotes=["1.81 million (Source: UNHCR, 31 Dec 2024)"],
        explanation="The note cites UNHCR for 1.81 million registered Afghan refugees in Pakistan at "
                    "31 December 2024; the reference value is 1,559,964, so the stated figure is about "
                    "16.0 percent too high.",
        expected_values={"stated": 1810000, "reference": 1559964,
                         "indicator": "refugees.registered",
                         "subject": "registered Afghan refugees in Pakistan", "period": "2024",
                         "cited_source": "UNHCR",
                         "citation_form": "bracketed '(Source: UNHCR, DD Mon YYYY)' after a figure in a food directorate's note",
                         "location": "section on subsidised flour for refugee villages",
                         "stated_as_written": "1.81 million"},
    )],
    text="""
# Food Directorate Note: Subsidised Flour for Afghan Refugee Villages

""" + WF_NOTE + """

**Background.** The province sells flour at a subsidised price through shops in the Afghan refugee villages, as it does in poor districts. The scheme began in 2008 and has never been reviewed.

**How many people.** Registered Afghan refugees in Pakistan numbered 1.81 million (Source: UNHCR, 31 Dec 2024), and most of those in this province live in or near the refugee villages. Many families left in 2024, when 676,000 people returned to Afghanistan, and the Directorate's shopkeepers report that sales in some villages have halved.

**What the scheme costs.** The subsidy is Rs 500 on a 20-kg bag. At present prices, Rs 2,340 a bag in Peshawar in September 2025, the subsidised price is Rs 1,840. The Directorate sold about 41,000 bags a month through village shops in the first nine months of 2025, at a cost of about Rs 20.5 million a month.

**Problems.** Shop registers show sales to people who do not live in the villages, and in two villages the Directorate found subsidised flour being resold in the open market. The lists of entitled families have not been updated since 2021.

**Proposals.** (a) Update the lists with the village elders and the district administrations by December 2025; (b) sell against a family card, with a monthly limit of two bags; (c) audit the shops in the five villages with the highest sales.

**What not to do.** The Directorate advises against ending the scheme. Families who remain in the villages are among the poorest in the province, and flour is most of what they eat.
""",
))

HELDOUT16.append(dict(
    name="flour_note_cabinet_summary_citation_control",
    control_type="citation_control",
    labels=[],
    text="""
# Food Directorate Note: Summary for the Cabinet on Flour, Exports and Refugee Villages

""" + WF_NOTE + """

**Exports.** Mills in the province shipped 74,700 tonnes of wheat flour to Afghanistan between July and September 2025: 51,200 through Torkham, 18,900 through Chaman and 4,600 through Ghulam Khan. In FY2025 wheat flour exports were worth US$ 118 million, about 13 percent of Pakistan's US$ 893 million of exports to Afghanistan.

**Prices.** A 20-kg bag of fine flour in Peshawar cost Rs 1,960 in June 2025 and Rs 2,340 in September, a rise of 19.4 percent. Wheat rose by a similar amount.

**Competition.** Pakistani mills are not Afghanistan's only suppliers. Flour milled in Kazakhstan reaches northern Afghanistan by rail through Hairatan, and Kazakh flour is cheaper there than ours. Our mills' market is the east and south, where Pakistani flour arrives fastest.

**Refugee villages.** The subsidised flour scheme serves Afghan refugee families in the province. Pakistan's register of Afghan refugees stood at 1,743,278 at the end of 2022 (UNHCR's tally for December 2022) and at 1,559,964 at the end of 2024, according to UNHCR year-end data (2024), a fall of 183,314, or about 10.5 percent, most of it in the returns of 2024. Khyber Pakhtunkhwa still held 811.2 thousand registered refugees at the end of 2024, more than half of the national figure. The scheme's lists of families date from 2021 and must be updated.

**Decisions sought.**

1. Not to ban flour exports, but to require mills to sell a fixed share of their output at home at a notified price.
2. To keep the subsidised flour scheme for refugee villages, with updated lists and a family card.
3. To receive a further note in January 2026 on wheat stocks for the winter.
""",
))
