# Fourteenth held-out set of synthetic documents ("heldout14").  Written from
# scratch after heldout13/, by a labeller who had not opened dyad's
# implementation or history and had not seen any of its results.
# Every entry: name (topic slug, numbered later by build_heldout14.py), text,
# labels (list of defect dicts), control_type for controls.
# The texts imitate registers not used before: a customs adjudication file
# (examination report, show-cause notice, the importer's reply and the
# order-in-original), a sukuk offering circular of an invented dry-port
# company (summary of the offering, use of proceeds, risk factors, selected
# financial information), a truck driver's trip diary translated from Pashto,
# a development bank's back-to-office mission report, a charity's online
# fundraising page with donation tiers and updates, the after-action report
# of a provincial emergency exercise, the wall texts and labels of a photo
# exhibition, an outgoing commercial counsellor's handover notes, a
# university society's quiz-night answer sheet, a start-up's business plan,
# and a plant quarantine station's monthly inspection report.
# PDF-extracted tables are laid out by pdf_table() below (cells separated by
# runs of two or more spaces); quotes of such rows are taken from the same
# lines.
#
# Invented figures shared with earlier sets (see heldout3-13_data.py):
# annual trade series (README); FY2024 (FY2023-24) exports 956, imports 620,
# balance 336, two-way 1,576; FY2025 (July 2024-June 2025) exports 893,
# imports 498, balance 395, two-way 1,391; exports by product FY2025 rice
# 212, wheat flour 118, pharmaceuticals 96, cement 64, fruit and vegetables
# 58, other 345; imports by product FY2025 coal 168, fresh fruit 96, dried
# fruit 71, vegetables 58, cotton 39, other 66; transit containers 52,000
# FY2024, 31,200 FY2025; returns 2024 676,000 (Torkham 412,000), Jan-Jun 2025
# 320,000 (Q1 141,000, Q2 179,000); trucks per day Torkham 1,150 (2023), 820
# (2024), Chaman 610, 470; closure days 2024 Torkham 46, Chaman 31; customs
# clearance at Torkham, hours per export truck, Jan 2025 38, Feb 2025 44;
# road freight for a 40ft container Karachi-Kabul via Torkham USD 3,400 (Jan
# 2025) -> 3,250 (Jul 2025); business visas issued to Afghan nationals
# 14,200 (2023), 9,800 (2024); a loaded 22-wheeler's round trip
# Peshawar-Jalalabad (heldout12, August 2025): diesel Rs 98,000, tolls and
# slips 14,500, driver and cleaner 35,000, border charges 28,000, other
# 12,500, total 188,000, freight (kiraya) 205,000; registered refugees at
# end-2024 in Khyber Pakhtunkhwa 811.2 thousand.
#
# New invented figures, consistent with the above:
#   Customs adjudication (style of a Collectorate of Customs, Peshawar):
#     importer M/s Shinwari Dry Fruit House, Peshawar (invented).  Goods
#     declaration of 04/03/2025 for 48,000 kg of green raisins at USD 1.25 a
#     kg (USD 60,000) in three trucks of 16,000 kg via Torkham.  Examination
#     on 06/03/2025: trucks A and B as declared; truck C 14,400 kg of raisins
#     and 1,600 kg of pine nuts (chilgoza) in 64 bags of 25 kg.  Assessed:
#     raisins 46,400 kg x 1.25 = USD 58,000, pine nuts 1,600 kg x USD 15.00 =
#     USD 24,000; total USD 82,000 (USD 22,000 above the declared value).
#     Exchange rate Rs 280 a dollar: pine nuts Rs 6,720,000.  Duty and taxes
#     on the pine nuts at a combined 52 percent Rs 3,494,400; redemption fine
#     30 percent of their value Rs 2,016,000; penalty Rs 500,000; payable
#     for release Rs 6,010,400.  Raisins released provisionally 11/03/2025;
#     show-cause notice 20/03/2025; reply 02/04/2025; hearing 16/04/2025;
#     order-in-original 28/04/2025.
#   Sukuk offering circular: Frontier Dry Ports Limited (FDPL, invented),
#     Chamkani dry port, Peshawar.  Rated, secured, privately placed sukuk Rs
#     2,500 million, five years, six-month KIBOR + 160 bps, principal in ten
#     semi-annual instalments of Rs 250 million.  Use of proceeds, Rs
#     million: cold store 900, second container yard 600, two drive-through
#     scanners 400, refinancing of an existing term loan 600 (= 2,500).
#     Revenue, Rs million, FY2024 / FY2025: Afghan transit handling 975 / 585
#     (-40.0 %; 7,800 / 4,680 containers, 15 percent of the national 52,000
#     / 31,200, at Rs 125,000 a box), export cargo handling 610 / 661 (+8.4),
#     warehousing and cold storage 395 / 448 (+13.4), other 80 / 86 (+7.5);
#     total 2,060 / 1,780 (-13.6).  EBITDA 824 / 641 (-22.2); net profit 312
#     / 198 (-36.5).  Minimum DSCR covenant 1.4 times.
#   Truck driver's diary (Sher Alam, an invented owner-driver of a
#     22-wheeler, Landi Kotal), October 2025: round trip Peshawar-Jalalabad
#     with 28 tonnes of cement (560 bags of 50 kg) 2-5 October, costs as in
#     heldout12's August trip (total Rs 188,000, kiraya Rs 205,000, margin
#     Rs 17,000); queue at Landi Kotal 1,100 trucks on 12 Sep 2025, 640 on
#     9 Oct 2025; 47th in the line on 14 Oct 2025, waited 29 hours (06:00
#     Tuesday to 11:00 Wednesday); loading charge at the Peshawar yard Rs
#     3,000 a truck; a transit box of black tea from Uganda, Karachi-Kabul,
#     24 tonnes.
#   Back-to-office report: Torkham-Peshawar Trade Corridor Project (an
#     invented loan of USD 120 million from an invented development bank),
#     mission 8-12 September 2025.  Allocation / disbursed to 31 August 2025,
#     USD million: Torkham terminal 48.0 / 14.6, Peshawar northern bypass
#     link 44.0 / 9.8, single window and scanners 18.0 / 4.9, project
#     management 10.0 / 1.9; total 120.0 / 31.2 (26.0 %).  Indicators: trucks
#     a day at Torkham 1,150 (2023) / 820 (2024) / target 1,400 (2028);
#     clearance hours per export truck 38 (Jan 2025) / 44 (Feb 2025) / target
#     12; scanner availability 71 percent (Aug 2025) / target 95.  Export
#     shed: 16 inspection bays, 12 working, four awaiting hydraulic lifts.
#   Fundraising page: Roshan Rah Welfare Trust (invented), winter appeal
#     for families returning through Torkham, target Rs 40 million: winter
#     kits 4,000 at Rs 6,000 = 24.0 (60 %), hygiene kits 3,200 at Rs 2,500 =
#     8.0 (20 %), hot meals 5.2 (13 %), transport and storage 2.0 (5 %),
#     administration 0.8 (2 %).  Raised Rs 27.6 million (69.0 %) from 1,840
#     donors by 30 November 2025; Rs 8.4 million from 212 donors in the first
#     week of December.
#   After-action report: Exercise Darwaza-25 (invented), run by an invented
#     Provincial Emergency Coordination Cell, 21-23 October 2025.  Scenario:
#     10,000 returnees a day through Torkham for 30 days (300,000).
#     Registration counters 32 x 200 a day = 6,400 a day (deficit 3,600);
#     transit camp places 2,600 set up in 72 hours (Darwaza-24, November
#     2024: 1,800); buses 120 of 45 seats.  146 participants from 23 agencies
#     (provincial departments 58, district administrations 31, humanitarian
#     organisations 33, police and Frontier Corps 24).  Nine strengths, 14
#     areas for improvement, 11 recommendations.
#   Photo exhibition: "The Long Wait" (invented photographer Zarmina Afridi,
#     invented Khayaban Gallery, Islamabad), November 2025-January 2026;
#     41 photographs; uses the shared series (trucks, closure days, returns).
#   Handover notes: outgoing commercial counsellor, Pakistan's embassy in
#     Kabul (invented persons), 30 September 2025.  Trade-dispute complaints
#     received since July 2023 63, resolved 36, open 27.  Business visas as
#     heldout10.  Trade delegation of 40 firms planned for November 2025.
#   Quiz night: an invented economics society's quiz, 6 November 2025; four
#     rounds; team scores (rounds 1-4, total) Silk Routers 8, 7, 9, 6 (30),
#     Zero Point 9, 6, 7, 7 (29), Landlocked 6, 8, 8, 5 (27), Kiraya Kings 7,
#     5, 6, 8 (26).
#   Business plan: Rahdari Technologies (Pvt) Ltd (invented), a freight-
#     matching app for Peshawar-Afghanistan routes.  Commission 3 percent of
#     a Rs 205,000 round-trip freight (Rs 6,150 a trip).  Year 1 (2026) /
#     Year 2 (2027) / Year 3 (2028): trucks on the app 400 / 1,100 / 2,400;
#     trips per truck 15 / 18 / 20; trips booked 6,000 / 19,800 / 48,000;
#     revenue Rs million 36.9 / 121.8 / 295.2; operating cost 88.0 / 132.0 /
#     190.0; operating result -51.1 / -10.2 / 105.2.  Seed round Rs 140
#     million for 20 percent (pre-money Rs 560 million): product 56 (40 %),
#     sales 42 (30 %), operations 28 (20 %), reserve 14 (10 %).  About 300,000
#     truck crossings a year at Torkham and 170,000 at Chaman.
#   Plant quarantine station, Torkham (style of), September 2025, fresh
#     produce from Afghanistan: consignments / tonnes / interceptions /
#     rejected: grapes 1,240 / 22,320 / 14 / 3, pomegranates 610 / 10,980 /
#     9 / 2, apples 380 / 6,840 / 6 / 1, tomatoes 920 / 16,560 / 4 / 0,
#     onions 270 / 5,400 / 2 / 0; total 3,420 / 62,100 / 35 / 6.  August
#     2025: 2,960 consignments.  Inspection fee Rs 1,500 a consignment.
#     Interceptions by pest: mealybugs 9, fruit fly larvae 9, spider mites 6,
#     codling moth 5, tomato leaf miner 4, onion thrips 2 (= 35).  Rejections
#     by reason: live fruit fly larvae 2 (grapes 1, pomegranates 1), heavy
#     mealybug infestation 1 (grapes), codling moth 1 (apples), soil 1
#     (pomegranates), no phytosanitary certificate 1 (grapes) (= 6).
#   Figures used in one document only: the importer's 17 years of trade,
#     warehouse rent of Rs 9,000 a day and his market price of USD 11.00 a kg
#     for pine nuts; 800 cartons of 20 kg in trucks A and B, 720 in truck C;
#     FDPL's 42 acres, 55 km from Torkham, 610 staff, founders' 78 percent,
#     ten largest customers 41 percent of revenue (47 a year earlier; two
#     documents), a cold store of 5,000 tonnes, a yard for 900 boxes, Rs 25
#     million a year per point of KIBOR, first-year rental about Rs 315
#     million at KIBOR 11.0 percent, EBITDA margins 40.0 / 36.0 percent; the
#     diary's medicines trip (310 cartons, kiraya Rs 210,000, return load of
#     26 tonnes of coal for Rs 40,000, net about Rs 55,000), Kabul trip (1,200
#     cartons of cooking oil, 25 tonnes, kiraya Rs 290,000), transit trip (Rs
#     410,000), about 500 trucks in line on 21 Oct 2025, diesel Rs 268 a
#     litre, tyres 60 thousand, Rs 14,000 left when the driver pays the
#     loading charge; the project's civil works 34 percent done against 45
#     planned, appraisal forecast USD 42 million, 214 households affected by
#     the bypass (181 paid, 30 waiting, three in court), 12 Afghan tenants of
#     44 paid, 58 grievances (49 closed), 640 workers, about 900 trucks a day
#     at Torkham in August 2025, additional financing USD 40 million (22 + 12
#     + 6); the appeal's Rs 12,500 for fifty meals, Rs 18.2 million from
#     1,210 donors on 15 Nov 2025 and Rs 36.0 million from 2,052 donors on 7
#     Dec 2025, 310 patients, 900 meals a day, 1,500 kits packed; the
#     exercise's 40 unaccompanied children (26 identified), 210 volunteers,
#     eight evaluators, cost Rs 6.8 million, health screening 4,800 a day,
#     meals 14,000 of 20,000, command post in four hours (nine in 2024), 20
#     spare kits; the counsellor's delegation of about 40 firms and a rice
#     exporter owed about US$ 180,000; the start-up's test since May 2025
#     with 60 trucks and twelve shippers (1,310 trips, 41 drivers still
#     active), Rs 1,000 per driver to a munshi, field team of six, nine
#     engineers, minimum ticket Rs 10 million, option pool 8 percent,
#     founders' combined 19 years, 500 trips a month by December 2026; the
#     quarantine station's eleven inspectors of fourteen posts and waits of
#     six hours cut to two.

import re


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


HELDOUT14 = []


# ---------------------------------------------------------------------------
# R1. Customs adjudication file (examination report, show-cause notice,
# importer's reply, order-in-original, demand note).
# ---------------------------------------------------------------------------

HELDOUT14.append(dict(
    name="customs_order_pine_nuts_control",
    control_type="control",
    labels=[],
    text="""
# Collectorate of Customs (Appraisement), Peshawar: Order-in-Original No. 214 of 2025, M/s Shinwari Dry Fruit House

*In the style of a customs adjudication order, abridged. The importer, the officers, the goods declaration and the amounts are invented.*

**Date of order:** 28/04/2025. **Show-cause notice:** 20/03/2025. **Personal hearing:** 16/04/2025.

**1. Facts.** The importer filed a goods declaration on 04/03/2025 for 48,000 kg of green raisins (kishmish) from Jalalabad, declared at USD 1.25 per kg, or USD 60,000, and carried in three trucks of 16,000 kg each through Torkham. On 06/03/2025 the examination staff opened all three trucks. Trucks A and B held raisins only. Truck C held 14,400 kg of raisins and, behind the raisin cartons, 64 bags of pine nuts (chilgoza) of 25 kg each, 1,600 kg in all.

**2. Weight.** The weighbridge slips show 48,000 kg for the three trucks, and 48,000 kg is also what the importer declared. The weight was therefore right; the description of the goods was not.

**3. Valuation.** The raisins are assessed at the declared price. The pine nuts are assessed at USD 15.00 per kg under the valuation ruling in force.

| Goods | Quantity (kg) | USD per kg | Value (USD) |
|---|---|---|---|
| Raisins, green | 46,400 | 1.25 | 58,000 |
| Pine nuts (chilgoza) | 1,600 | 15.00 | 24,000 |
| Total assessed | 48,000 | – | 82,000 |
| As declared | 48,000 | 1.25 | 60,000 |

The assessed value is thus USD 22,000 above the declared value. At Rs 280 to the dollar, the pine nuts are worth Rs 6,720,000.

**4. The importer's plea.** The importer says the pine nuts were a trial lot for a buyer in Lahore, loaded by the supplier in Jalalabad without his knowledge. No letter or message from the supplier was produced, and the bags were stacked out of sight behind a wall of cartons. The plea is not accepted.

**5. Order.** (i) The pine nuts are confiscated, with an option to redeem them on payment of a redemption fine of 30 percent of their value, Rs 2,016,000. (ii) Duty and taxes on the pine nuts, at the combined incidence of 52 percent, Rs 3,494,400, shall be paid. (iii) A penalty of Rs 500,000 is imposed on the importer. The amount payable before release is therefore Rs 6,010,400.
""",
))

HELDOUT14.append(dict(
    name="customs_show_cause_pine_nut_value",
    control_type=None,
    labels=[dict(
        kind="text_vs_table",
        quotes=["are worth USD 20,400",
                "| Pine nuts (chilgoza), 64 bags | 1,600 | 15.00 | 24,000 |"],
        explanation=("Paragraph 3 of the notice values the concealed pine nuts at USD 20,400, but the table "
                     "under it values the same 1,600 kg at USD 15.00 a kg, USD 24,000, which is also what "
                     "the paragraph's own excess of USD 22,000 over the declared USD 60,000 requires "
                     "(58,000 + 24,000 = 82,000)."),
        expected_values=dict(
            text_value=20400, table_value=24000, unit="USD",
            subject="assessed value of the pine nuts found in truck C",
            period="6 Mar 2025",
            location="show-cause notice, paragraph 3, against the table under it",
            table_form="pipe"),
    )],
    text="""
# Collectorate of Customs (Appraisement), Peshawar: Show-Cause Notice to M/s Shinwari Dry Fruit House

*In the style of a customs show-cause notice. The importer, the officers, the goods declaration and the amounts are invented.*

Dated 20/03/2025

To: M/s Shinwari Dry Fruit House, Karkhano Market, Peshawar

**1.** Whereas you filed a goods declaration on 04/03/2025 for 48,000 kg of green raisins from Afghanistan at USD 1.25 per kg, in all USD 60,000, carried in three trucks that entered through Torkham;

**2.** And whereas, on examination on 06/03/2025, the third truck was found to carry, hidden behind cartons of raisins, 64 bags of pine nuts (chilgoza) weighing 1,600 kg, which were declared neither in the goods declaration nor in the invoice or packing list;

**3.** And whereas the concealed pine nuts, assessed at USD 15.00 per kg under the valuation ruling in force, are worth USD 20,400, so that the goods as found are worth USD 22,000 more than the value you declared, as set out below:

| Goods found | kg | USD per kg | USD |
|---|---|---|---|
| Raisins, green | 46,400 | 1.25 | 58,000 |
| Pine nuts (chilgoza), 64 bags | 1,600 | 15.00 | 24,000 |
| Total | 48,000 | | 82,000 |

**4.** And whereas the duty and taxes on the pine nuts, at the combined incidence of 52 percent of their value converted at Rs 280 to the dollar, come to Rs 3,494,400, which you sought to evade by misdeclaration;

**5.** Now, therefore, you are called upon to show cause, in writing and within ten days of receiving this notice, why the pine nuts should not be confiscated, why the duty and taxes should not be recovered from you, and why a penalty should not be imposed on you under the law. You may appear in person or through counsel on a date to be fixed. If no reply is received in time, the case will be decided on the record.

Copy to: the customs agent; the examination staff, Torkham; the valuation branch; office file.
""",
))

HELDOUT14.append(dict(
    name="customs_demand_note_total",
    control_type=None,
    labels=[dict(
        kind="arithmetic",
        quotes=["| Total payable before release | | 6,100,400 |"],
        explanation=("The demand note's total row gives Rs 6,100,400, but its three heads add up to "
                     "3,494,400 + 2,016,000 + 500,000 = Rs 6,010,400, which is also the sum the order "
                     "itself names in the note's opening paragraph."),
        expected_values=dict(
            parts={"duty and taxes on the pine nuts": 3494400, "redemption fine": 2016000,
                   "penalty on the importer": 500000},
            sum_of_parts=6010400, stated_total=6100400, difference=90000,
            unit="PKR", period="28 Apr 2025",
            subject="amount payable for release of the pine nuts",
            location="demand note's table, total row", table_form="pipe"),
    )],
    text="""
# Collectorate of Customs (Appraisement), Peshawar: Demand Note under Order-in-Original No. 214 of 2025

*In the style of a customs demand note. The importer, the order and the amounts are invented.*

To: M/s Shinwari Dry Fruit House, Peshawar

Date: 30/04/2025

Subject: Recovery of government dues before release of 64 bags of pine nuts (chilgoza) held at the customs warehouse, Torkham

By the order-in-original dated 28/04/2025 the adjudicating officer confiscated the 1,600 kg of pine nuts found concealed in your consignment of green raisins, and allowed you to redeem them. The order fixed the amount payable before release at Rs 6,010,400. The heads are shown below.

| Head | Basis | Amount (Rs) |
|---|---|---|
| Duty and taxes on the pine nuts | 52 percent of Rs 6,720,000 | 3,494,400 |
| Redemption fine | 30 percent of Rs 6,720,000 | 2,016,000 |
| Penalty on the importer | fixed in the order | 500,000 |
| Total payable before release | | 6,100,400 |

The value of Rs 6,720,000 is the assessed value of the pine nuts, USD 24,000, converted at Rs 280 to the dollar.

Payment is to be made through the Pakistan Single Window by e-payment against the payment slip generated for this note. Cash and cheques will not be accepted at the warehouse counter.

The option to redeem the goods lapses if payment is not made within thirty days of this note, after which the pine nuts will be disposed of under the rules. Warehouse rent is charged separately by the terminal operator from the day of detention until the day of removal, and is not included in the amounts above.

The raisins under the same goods declaration were released provisionally on 11/03/2025 against a bank guarantee. The guarantee will be returned once the amounts above are paid in full.

Filing an appeal does not stay recovery unless the appellate authority orders otherwise.

Superintendent (Adjudication), for the Collector
""",
))

HELDOUT14.append(dict(
    name="customs_reply_detention_backwards",
    control_type=None,
    labels=[dict(
        kind="garbled",
        quotes=["from 02/04/2025 to 06/03/2025"],
        explanation=("The reply, itself dated 02/04/2025, says the pine nuts have lain in the warehouse "
                     "from 02/04/2025 to 06/03/2025: the period runs backwards. They were detained on "
                     "06/03/2025, the day of examination, and were still held on the date of the reply."),
        expected_values=dict(
            stated_period_start="02/04/2025", stated_period_end="06/03/2025",
            as_written={"stated_period_start": "02/04/2025", "stated_period_end": "06/03/2025"},
            subject="detention of the pine nuts at the customs warehouse, Torkham",
            location="importer's reply, paragraph 6"),
    )],
    text="""
# Reply of M/s Shinwari Dry Fruit House to the Show-Cause Notice of 20/03/2025

*In the style of an importer's reply to a customs show-cause notice, filed through counsel. The importer, counsel and all figures are invented.*

To: The Additional Collector (Adjudication), Collectorate of Customs (Appraisement), Peshawar

Dated 02/04/2025

Sir,

**1.** On behalf of my client, M/s Shinwari Dry Fruit House, I reply to the notice within the time allowed.

**2.** My client has imported raisins from the same supplier in Jalalabad for seventeen years without a single case against him. He ordered 48,000 kg of green raisins and nothing else, and the trucks weighed 48,000 kg at the weighbridge, exactly as declared.

**3.** The 64 bags of pine nuts were loaded by the supplier as a trial lot for a buyer in Lahore, without my client's knowledge or instructions. The supplier has promised a letter saying so, which will be produced at the hearing.

**4.** The valuation of USD 15.00 per kg is too high. Afghan pine nuts of this grade sold in the Peshawar market in March at a price equal to about USD 11.00 per kg, and my client asks that this price be used.

**5.** There was no intent to evade duty. A trader who wished to smuggle would not bring goods through the main crossing on a declaration in his own name.

**6.** The pine nuts have been lying in the customs warehouse at Torkham from 02/04/2025 to 06/03/2025, and they lose weight and value every week. Warehouse rent of Rs 9,000 a day is running against my client for goods he never ordered.

**7.** My client therefore prays that the pine nuts be released on payment of duty and taxes at the lower value, without confiscation or fine, or that they be returned to the supplier in Afghanistan at his cost; and that no penalty be imposed on a first case.

**8.** My client requests a personal hearing and will attend with the supplier's letter.

Respectfully,

Advocate for the importer, Peshawar
""",
))

HELDOUT14.append(dict(
    name="customs_examination_truck_c_reuse",
    control_type=None,
    labels=[dict(
        kind="number_reuse",
        quotes=["64 bags of pine nuts (chilgoza) of 25 kg each, 1,600 kg in all",
                "1,600 kg of raisins in 720 cartons of 20 kg"],
        explanation=("The report gives 1,600 kg for the pine nuts in truck C and again for the raisins "
                     "beside them. The raisins were 720 cartons of 20 kg, 14,400 kg, which is also what the "
                     "truck's 16,000 kg at the weighbridge leaves after the 1,600 kg of pine nuts."),
        expected_values=dict(
            value=1600, value_as_written="1,600", unit="kg",
            quantity_1="pine nuts found in truck C",
            quantity_2="raisins in truck C",
            expected_value_2=14400),
    )],
    text="""
# Examination Report: Goods Declaration of 04/03/2025, M/s Shinwari Dry Fruit House (green raisins, three trucks)

*In the style of a customs examination report. The importer, the staff and the goods are invented.*

**Place and date:** Examination shed, Torkham, 06/03/2025. **Ordered by:** the risk management system (red channel), with 100 percent examination directed by the Deputy Collector.

**Declared:** green raisins (kishmish), 48,000 kg at USD 1.25 per kg, in 20 kg cartons, three trucks of 16,000 kg each.

**Truck A.** Seals intact. 800 cartons of 20 kg, 16,000 kg, all green raisins. Ten cartons opened at random; contents as declared. Weighbridge 16,000 kg net.

**Truck B.** Seals intact. 800 cartons of 20 kg, 16,000 kg, all green raisins. Ten cartons opened at random; contents as declared. Weighbridge 16,000 kg net.

**Truck C.** Seals intact. The first three rows of cartons were unloaded by hand. Behind them the staff found 64 bags of pine nuts (chilgoza) of 25 kg each, 1,600 kg in all, stacked against the cab wall and covered by a tarpaulin. The rest of the load was 1,600 kg of raisins in 720 cartons of 20 kg, as declared. Weighbridge 16,000 kg net, the same as trucks A and B.

**Samples.** Two samples of 1 kg of pine nuts and one sample of 1 kg of raisins drawn, sealed in the presence of the customs agent's representative and sent to the valuation branch.

**Documents.** The invoice and packing list mention raisins only. No document on the vehicle mentions pine nuts. The driver of truck C stated that the bags were loaded in Jalalabad on the instructions of the supplier's munshi, and that he did not know what they held.

**Action taken.** Trucks A and B and the raisins of truck C referred for provisional release. The pine nuts detained and moved to the customs warehouse under seizure report. Case referred to the adjudication branch with this report and photographs.

Examining officer; Principal Appraiser, Torkham
""",
))


# ---------------------------------------------------------------------------
# R2. Sukuk information memorandum (offering circular) of Frontier Dry Ports
# Limited.
# ---------------------------------------------------------------------------

HELDOUT14.append(dict(
    name="sukuk_memorandum_financials_control",
    control_type="control",
    labels=[],
    text="""
# Frontier Dry Ports Limited: Information Memorandum, Rated, Secured, Privately Placed Sukuk of Rs 2,500 Million. Section 7: Selected Financial Information

*In the style of an information memorandum for a privately placed sukuk, abridged. The issuer, its accounts and the issue are invented; border and transit figures follow this set's series.*

**7.1 Basis.** The figures below are taken from the audited accounts for the years ended 30 June 2024 and 30 June 2025. Investors should read them with the full accounts in Annex C.

| Rs million | FY 2023–24 | FY 2024–25 | Change (%) |
|---|---|---|---|
| Afghan transit handling | 975 | 585 | −40.0 |
| Export cargo handling | 610 | 661 | +8.4 |
| Warehousing and cold storage | 395 | 448 | +13.4 |
| Other income | 80 | 86 | +7.5 |
| Total revenue | 2,060 | 1,780 | −13.6 |
| EBITDA | 824 | 641 | −22.2 |
| Net profit | 312 | 198 | −36.5 |

**7.2 Transit.** Revenue from Afghan transit fell by two-fifths, in step with the national count of transit containers, which dropped from 52,000 to 31,200. The company handled 15 percent of them in both years, 7,800 and 4,680 boxes, at an average of Rs 125,000 a box.

**7.3 Diversification.** Export cargo handling and warehousing grew in FY 2024–25 and together now earn more than three-fifths of revenue. The cold store at Chamkani ran at full capacity from October to March; its refrigeration plant, imported from Italy, has a second compressor on order.

**7.4 Margins.** The EBITDA margin was 40.0 percent in FY 2023–24 and 36.0 percent in FY 2024–25. Net profit fell by a little over a third, because fixed costs could not be cut as fast as transit volumes.

**7.5 The issue.** The sukuk of Rs 2,500 million carries an expected profit rate of six-month KIBOR plus 160 bps, paid half-yearly. At a KIBOR of 11.0 percent the first year's rental would be about Rs 315 million. The proceeds of Rs 2,500 million are applied in full to the four items in Section 3, which add up to the same Rs 2,500 million.

**7.6 Covenants.** The company must keep a debt service coverage ratio of at least 1.4 times, tested on the audited accounts each year, and may not pay a dividend while a rental or instalment is overdue.
""",
))

HELDOUT14.append(dict(
    name="sukuk_memorandum_transit_revenue_table",
    control_type=None,
    labels=[dict(
        kind="text_vs_table",
        quotes=["earned Rs 558 million in FY 2024–25",
                "| Afghan transit handling | 585 | 32.9 |"],
        explanation=("The overview says Afghan transit handling earned Rs 558 million in FY 2024–25; the "
                     "segment table beneath gives Rs 585 million for the same segment and year, and only "
                     "585 makes the table's rows add up to its total of 1,780 and its share of 32.9 percent."),
        expected_values=dict(
            text_value=558, table_value=585, unit="PKR million",
            subject="FDPL revenue from Afghan transit handling",
            period="FY2025", period_as_written="FY 2024–25",
            location="issuer overview against its segment table",
            table_form="pipe", text_as_written="Rs 558 million"),
    )],
    text="""
# Frontier Dry Ports Limited: Information Memorandum, Rated, Secured, Privately Placed Sukuk of Rs 2,500 Million. Section 4: Overview of the Issuer

*In the style of an information memorandum for a privately placed sukuk, abridged. The issuer, its accounts and the issue are invented; border and transit figures follow this set's series.*

**4.1 History.** Frontier Dry Ports Limited (FDPL) was incorporated in 2009 to run a dry port at Chamkani, on the eastern edge of Peshawar, for Afghan transit cargo moving by road from Karachi to Torkham. It is a public unlisted company; two founding families hold 78 percent of the shares and a provincial investment fund the rest.

**4.2 Facilities.** The dry port covers 42 acres, with a bonded container yard, four warehouses, a cold store, a customs examination shed and a truck park. It is connected to the Peshawar ring road and lies about 55 km from Torkham.

**4.3 Business lines.** Afghan transit handling, the company's original business, earned Rs 558 million in FY 2024–25, a little under a third of revenue. Its export cargo business, which consolidates loads of rice, medicines and cement for Afghan buyers, is now the largest line. Warehousing and cold storage serve fruit traders in the autumn and winter.

| Segment, FY 2024–25 | Rs million | Share (%) |
|---|---|---|
| Afghan transit handling | 585 | 32.9 |
| Export cargo handling | 661 | 37.1 |
| Warehousing and cold storage | 448 | 25.2 |
| Other income | 86 | 4.8 |
| Total revenue | 1,780 | 100.0 |

**4.4 Customers.** The ten largest customers provided 41 percent of revenue in FY 2024–25, against 47 percent a year earlier. No customer provided more than 9 percent.

**4.5 Staff.** The company employs 610 people, most of them from Peshawar and the Khyber district, and hires day labour at peak times.

**4.6 Strategy.** Management expects Afghan transit to stay weak for some years and is shifting the business towards export consolidation and cold storage, which the proceeds of this issue will expand.
""",
))

HELDOUT14.append(dict(
    name="sukuk_memorandum_use_of_proceeds",
    control_type=None,
    labels=[dict(
        kind="arithmetic",
        quotes=["Rs 900 million to build a cold store",
                "Rs 600 million for a second container yard",
                "Rs 400 million for two drive-through scanners",
                "Rs 500 million to repay the outstanding balance",
                "The four items add up to the full issue size of Rs 2,500 million"],
        explanation=("The use of proceeds lists four items of Rs 900, 600, 400 and 500 million and says they "
                     "add up to the issue size of Rs 2,500 million; they add up to Rs 2,400 million."),
        expected_values=dict(
            parts={"cold store": 900, "second container yard": 600, "drive-through scanners": 400,
                   "refinancing of the existing term loan": 500},
            sum_of_parts=2400, stated_total=2500, difference=100,
            unit="PKR million", period="2025-26",
            subject="use of the proceeds of FDPL's sukuk",
            location="use of proceeds section, prose list"),
    )],
    text="""
# Frontier Dry Ports Limited: Information Memorandum, Rated, Secured, Privately Placed Sukuk of Rs 2,500 Million. Section 3: Use of Proceeds

*In the style of an information memorandum for a privately placed sukuk, abridged. The issuer, its accounts and the issue are invented.*

**3.1 Purpose.** The issue is meant to move the company away from its dependence on Afghan transit, which fell by two-fifths in FY 2024–25, and towards export consolidation and cold storage, and to replace expensive conventional debt with longer-term Shariah-compliant finance.

**3.2 Application.** The proceeds will be applied as follows:

- Rs 900 million to build a cold store of 5,000 tonnes at Chamkani, for fruit and vegetables moving to and from Afghanistan;
- Rs 600 million for a second container yard, with space for 900 boxes;
- Rs 400 million for two drive-through scanners, so that customs can examine export loads on site instead of at Torkham;
- Rs 500 million to repay the outstanding balance of the term loan taken in 2021 for the truck park.

The four items add up to the full issue size of Rs 2,500 million, and no part of the proceeds will be held as cash. Costs of the issue (arranger's fee, rating, trustee and legal fees) will be met from the company's own funds.

**3.3 Timing.** The cold store and the yard will be built over eighteen months from the issue date. The scanners are to be delivered within nine months of order. The loan will be repaid on the issue date.

**3.4 Control of funds.** The proceeds will be paid into a separate account held with the Investment Agent. Withdrawals for the cold store and the yard will be made only against certificates of the project engineer.

**3.5 Security.** The sukuk will be secured by a first charge over the company's present and future fixed assets, including the assets financed by the issue, with a margin of 25 percent, and by a lien over the collection account into which customers pay.
""",
))

HELDOUT14.append(dict(
    name="sukuk_memorandum_warehousing_dwindled",
    control_type=None,
    labels=[dict(
        kind="direction",
        quotes=["Warehousing revenue dwindled from Rs 395 million in FY 2023–24 to Rs 448 million in FY 2024–25"],
        explanation=("'Dwindled' describes a fall, but warehousing revenue went from Rs 395 million to Rs 448 "
                     "million, a rise of 13.4 percent; the rest of the paragraph (a full cold store, new "
                     "customers) also describes growth."),
        expected_values=dict(
            **{"from": 395, "to": 448}, change=53, change_pct=13.42,
            from_period="FY 2023–24", to_period="FY 2024–25",
            stated_direction="fall", actual_direction="rise", direction_word="dwindled",
            unit="PKR million", subject="FDPL revenue from warehousing and cold storage",
            location="business section, warehousing paragraph"),
    )],
    text="""
# Frontier Dry Ports Limited: Information Memorandum, Rated, Secured, Privately Placed Sukuk of Rs 2,500 Million. Section 5: Business of the Issuer

*In the style of an information memorandum for a privately placed sukuk, abridged. The issuer, its accounts and the issue are invented.*

**5.1 Afghan transit.** FDPL receives transit containers from Karachi by road, holds them under customs bond, and sends them on to Torkham once the Afghan importer's documents are in order. The number of boxes it handled fell from 7,800 in FY 2023–24 to 4,680 in FY 2024–25, as traders moved cargo to routes through Iran and Central Asia. The company does not expect a recovery before FY 2026–27.

**5.2 Export consolidation.** FDPL collects part-loads of rice, medicines, cement and household goods from Pakistani exporters, makes up full trucks for Afghan buyers and arranges customs clearance on site. This line earned Rs 661 million in FY 2024–25.

**5.3 Warehousing and cold storage.** Warehousing revenue dwindled from Rs 395 million in FY 2023–24 to Rs 448 million in FY 2024–25, as the cold store was full from October to March and two new fruit exporters took space on yearly contracts. Dry warehouses are let to wholesalers of tea, tyres and cooking oil.

**5.4 Tariffs.** Handling charges are set by the company and revised each July. Storage is charged by the day after seven free days. Charges for cold storage are quoted per pallet per month.

**5.5 Competition.** Two other private dry ports serve Peshawar, and the state-owned terminal at Torkham offers storage at the border. FDPL competes on the speed of customs examination, on its cold store, which is the only one of its size within 60 km of Torkham, and on its location on the ring road.

**5.6 Insurance.** Buildings, equipment and goods in the company's custody are insured against fire, flood, riot and theft, with cover reviewed by the trustee each year.
""",
))

HELDOUT14.append(dict(
    name="sukuk_memorandum_risk_refugees_2020",
    control_type=None,
    labels=[dict(
        kind="citation",
        quotes=["1.25 mn registered Afghan refugees at the end of 2020 a/",
                "a/ UNHCR year-end figures for 2020."],
        explanation=("The risk factor, citing UNHCR's year-end figures for 2020 in note a/, says Pakistan "
                     "hosted 1.25 million registered Afghan refugees at the end of 2020; the reference "
                     "value is 1,438,432, about 13.1 percent higher."),
        expected_values=dict(
            stated=1250000, reference=1438432, indicator="refugees.registered",
            subject="registered Afghan refugees in Pakistan", period="2020",
            cited_source="UNHCR", citation_form="table-style note 'a/ UNHCR year-end figures for YYYY' under a list of risk factors",
            location="risk factors, item 4, with note a/", stated_as_written="1.25 mn"),
    )],
    text="""
# Frontier Dry Ports Limited: Information Memorandum, Rated, Secured, Privately Placed Sukuk of Rs 2,500 Million. Section 6: Risk Factors

*In the style of an information memorandum for a privately placed sukuk, abridged. The issuer, its accounts and the issue are invented; border and transit figures follow this set's series.*

Investors should consider the following risks, among others, before investing. The order does not indicate their likelihood or importance.

**6.1 Border closures.** Much of the company's business depends on the crossing at Torkham, which was closed to cargo for 46 days in 2024. Long closures leave containers in the yard, delay payments by Afghan importers and raise the company's costs.

**6.2 Transit policy.** Changes in the rules for Afghan transit cargo, such as bank guarantees, tracking fees or lists of banned goods, have cut transit volumes before and may do so again.

**6.3 Profit rate.** The rental on the sukuk floats with six-month KIBOR. A rise of one percentage point would add about Rs 25 million a year to the company's costs.

**6.4 Labour and communities.** A large share of the day labour at the dry port, and many of the small traders who use it, are Afghan nationals. Pakistan hosted 1.25 mn registered Afghan refugees at the end of 2020 a/, most of them in Khyber Pakhtunkhwa, and many more without cards. Returns to Afghanistan since late 2023, 676,000 in 2024 alone b/, have thinned the pool of experienced loaders and cut demand from Afghan-owned shops that rent dry warehouse space.

**6.5 Concentration.** The ten largest customers provided 41 percent of revenue in FY 2024–25. The loss of one of them would hurt results for a year or more.

**6.6 Construction.** The cold store and second yard may cost more or take longer than planned. Cost overruns would be met by the sponsors under an undertaking given to the trustee.

Notes to the risk factors:

a/ UNHCR year-end figures for 2020.
b/ Returns from Pakistan as compiled by the company from published humanitarian reports.
""",
))


# ---------------------------------------------------------------------------
# R3. A truck owner-driver's trip diary, translated from Pashto.
# ---------------------------------------------------------------------------

DIARY_NOTE = ("*Pages from the trip diary of a truck owner-driver from Landi Kotal, translated from Pashto by "
              "his nephew. The driver, the trips and the amounts are invented; border figures follow this "
              "set's series.*")

HELDOUT14.append(dict(
    name="driver_diary_cement_trip_control",
    control_type="control",
    labels=[],
    text="""
# Sher Alam's Diary: Peshawar to Jalalabad and Back, 2–5 October 2025

""" + DIARY_NOTE + """

**Thursday 2 October.** Loaded at the cement agency on the Ring Road: 560 bags of 50 kg, 28 tonnes, for a builder in Jalalabad. The agency paid the loading charge of Rs 3,000 a truck, the same as last month. Filled diesel at Hayatabad. Left at four in the afternoon with my cleaner Rahim. Slept at Landi Kotal.

**Friday 3 October.** At the Torkham gate by nine. The line was short after the closing last month, and we were across by two in the afternoon. On the other side the Afghan customs took an hour over the papers because the builder's name was spelt two ways.

**Saturday 4 October.** Unloaded in Jalalabad by noon. The builder's men carried the bags themselves, so no labour charge. Came back empty. No return load this time; the coal people have nothing until the end of the month.

**Sunday 5 October.** Home by evening. Accounts for the trip:

| Kharcha (spending) | Rs |
|---|---|
| Diesel, both ways | 98,000 |
| Tolls and slips | 14,500 |
| Border charges, both sides | 28,000 |
| Me and the cleaner | 35,000 |
| Food, tyre repair, other | 12,500 |
| Total (ټول) | 188,000 |

Kiraya from the agency: Rs 205,000 for the round trip, the same as for the August trip, because the agency has not changed its rate. Diesel also came to 98 thousand both times; the pump at Hayatabad charged Rs 268 a litre in August and Rs 268 this week.

So Rs 17,000 is left over for the truck, less than a tenth of the kiraya. The tyres will need changing before winter and that is 60 thousand at least. My brother says sell the truck and drive for a company. Perhaps next year.

Note for myself: ask the agency about loads for Kabul. The kiraya is better, but the wait at the Kabul customs yard is longer.
""",
))

HELDOUT14.append(dict(
    name="driver_diary_queue_ballooned",
    control_type=None,
    labels=[dict(
        kind="direction",
        quotes=["The line at Landi Kotal has ballooned from 1,100 trucks on 12 September to 640 today"],
        explanation=("'Ballooned' describes a rise, but the line went from 1,100 trucks on 12 September to "
                     "640 on 9 October, a fall of 41.8 percent; the next sentences (through in half a day) "
                     "also describe a shorter wait."),
        expected_values=dict(
            **{"from": 1100, "to": 640}, change=-460, change_pct=-41.82,
            from_period="12 Sep 2025", to_period="9 Oct 2025",
            as_written={"from_period": "12 September"},
            stated_direction="rise", actual_direction="fall", direction_word="ballooned",
            unit="trucks waiting in line", subject="queue of trucks at Landi Kotal",
            location="diary entry of Thursday 9 October"),
    )],
    text="""
# Sher Alam's Diary: Peshawar to Jalalabad and Back, 8–11 October 2025

""" + DIARY_NOTE + """

**Wednesday 8 October.** Loaded medicines at the forwarder's godown in Peshawar, 310 cartons, light but careful work. The forwarder's munshi checked every carton against his list and sealed the doors himself. Kiraya agreed at Rs 210,000 for the round trip because of the medicines.

**Thursday 9 October.** The line at Landi Kotal has ballooned from 1,100 trucks on 12 September to 640 today, the traffic police say. We were through the gate in half a day. Last month I waited two nights in the same place. The scanner at the gate is working again and the customs men are not opening every truck.

**Friday 10 October.** Delivered to the pharmacy wholesaler in Jalalabad. He wants the same load every two weeks until winter. I said yes if the border stays open. Took a return load of 26 tonnes of coal for a brick kiln near Peshawar, which pays Rs 40,000 on top.

**Saturday 11 October.** Back at Torkham at dawn. Coal trucks go in a separate line now, which is slower, so I was home only after dark. The weighbridge at the gate said 26 tonnes and the kiln owner's scale said 26 tonnes, so no argument this time.

Expenses were close to last week's: diesel more because of the coal load on the way back, no labour at Jalalabad. Net for the truck about Rs 55,000 with the coal money, the best trip since the spring.

Note for myself: the right front tyre is worn to the cords. Change it before the next Jalalabad trip, not after.
""",
))

HELDOUT14.append(dict(
    name="driver_diary_loading_charge_same",
    control_type=None,
    labels=[dict(
        kind="garbled",
        quotes=["went up from Rs 3,000 a truck in September 2025 to Rs 3,000 a truck in September 2025"],
        explanation=("The loading charge is said to have gone up, but its start and end are the same value "
                     "and the same month, so no rise is described."),
        expected_values=dict(
            start_value=3000, end_value=3000, start_period="Sep 2025", end_period="Sep 2025",
            period_as_written="September 2025", unit="PKR per truck",
            subject="loading charge at the Peshawar cement agency",
            location="diary entry of Monday 20 October"),
    )],
    text="""
# Sher Alam's Diary: Peshawar to Jalalabad and Back, 20–23 October 2025

""" + DIARY_NOTE + """

**Monday 20 October.** Back to the cement agency for another 28 tonnes. Haji sahib at the agency says the loading charge went up from Rs 3,000 a truck in September 2025 to Rs 3,000 a truck in September 2025, and this time I must pay it myself, not the agency. I paid. There was no point in arguing with twelve trucks behind me.

**Tuesday 21 October.** Slept at Landi Kotal. About 500 trucks in the line in the morning, and we crossed in the afternoon. A customs sepoy asked for money for "quick papers". I said the papers were already quick. He laughed and let us go.

**Wednesday 22 October.** Unloaded at Jalalabad. The builder has finished the ground floor of his market and wants three more loads before the snow. His munshi paid the balance of the kiraya in cash, all in thousand-rupee notes, which took a long time to count.

**Thursday 23 October.** Came back empty. Rahim, my cleaner, has been offered a job in a tyre shop in Peshawar and will leave at the end of the month. Good cleaners are hard to find; the young men all want to go to Dubai.

For this trip the kiraya was Rs 205,000 again. With the loading charge paid by me, the truck keeps about Rs 14,000.

Note for myself: find a new cleaner before the Kabul trip next week. Ask Rahim's cousin.
""",
))

HELDOUT14.append(dict(
    name="driver_diary_waiting_hours_reuse",
    control_type=None,
    labels=[dict(
        kind="number_reuse",
        quotes=["We were the 47th truck in the line",
                "In all we sat 47 hours"],
        explanation=("The diary gives 47 both for the truck's place in the line and for the hours of "
                     "waiting. By its own times (joined the line at six on Tuesday morning, crossed at "
                     "eleven on Wednesday morning) the wait was 29 hours."),
        expected_values=dict(
            value=47, unit="hours", quantity_1="place of the truck in the line at Landi Kotal",
            quantity_2="hours waited before crossing at Torkham", expected_value_2=29),
    )],
    text="""
# Sher Alam's Diary: Peshawar to Kabul, 13–16 October 2025

""" + DIARY_NOTE + """

**Monday 13 October.** Loaded at a Peshawar godown for Kabul: 1,200 cartons of cooking oil, 25 tonnes. The kiraya to Kabul is Rs 290,000 for the round trip, better than Jalalabad, but the road after Sarobi is bad and the Kabul yard is slow.

**Tuesday 14 October.** At Landi Kotal the traffic police chalked a number on every windscreen. We were the 47th truck in the line from the barrier, which is not bad, but the line did not move all day because the Afghan side had closed its scanner for repairs. We joined the line at six in the morning on Tuesday and crossed the zero point at eleven in the morning on Wednesday 15 October. In all we sat 47 hours, and I slept one night in the cab with the doors locked.

**Wednesday 15 October.** After crossing, another three hours at the Afghan customs. Reached Jalalabad at night and slept at the truck stand.

**Thursday 16 October.** On to Kabul, eight hours on the road, with two checkpoints asking for the oil importer's papers. The importer's man met us at the yard in the evening. Unloading tomorrow, God willing.

The waiting cost me: the cleaner's food, tea for the line, and a day's earnings lost. The forwarder pays nothing for waiting unless it is more than two days, and this was not.

Note for myself: ask the forwarder whether the Kabul rate includes the return load of dried fruit or not. Last time he said yes and then paid for one way only.
""",
))

HELDOUT14.append(dict(
    name="driver_diary_transit_tea_uganda_border",
    control_type=None,
    labels=[dict(
        kind="scope",
        quotes=["At the Uganda–Afghanistan border at Torkham"],
        explanation=("Torkham is on the Pakistan–Afghanistan border; the diary names Uganda as one side of "
                     "it. Uganda is named correctly earlier as the origin of the transit tea."),
        expected_values=dict(
            third_country="UGA", named_pair=["UGA", "AFG"], pair=["PAK", "AFG"],
            named_as="Uganda–Afghanistan border",
            not_a_defect="black tea from Uganda"),
    )],
    text="""
# Sher Alam's Diary: Karachi to Kabul with a Transit Box, 25–31 October 2025

""" + DIARY_NOTE + """

**Saturday 25 October.** Drove down to Karachi empty with two other trucks from Landi Kotal. The forwarder found me a transit load: one forty-foot box of black tea from Uganda, 24 tonnes, landed at the port for an importer in Kabul. The bond papers say the box must reach Torkham within seven days. A tracker was fixed to the container door before we left.

**Sunday 26 October.** Left the port at night, when the city roads are open to trucks. Diesel at the first pump on the highway, full tanks.

**Monday 27 to Wednesday 29 October.** The long road north through Sindh and Punjab: Hyderabad, Sukkur, Multan, Dera Ismail Khan, Kohat. Customs checked the seals at two places and the tracker people called twice to ask why I had stopped. I stopped to sleep.

**Thursday 30 October.** At the Uganda–Afghanistan border at Torkham the transit boxes go in their own line. The customs inspector checked the seal number against the papers, scanned the box, and stamped the bond. We were on the Afghan side in four hours, the fastest transit crossing I have had this year.

**Friday 31 October.** Reached Kabul in the afternoon. The importer's men opened the box in front of the Afghan customs and counted the tea chests. All correct.

The transit rate is paid to the forwarder in dollars and to me in rupees, so I do not know what he earns on it. I received Rs 410,000 for the trip, and the return to Peshawar with dried fruit pays extra.

Note for myself: transit trips are long but there is less waiting than at the export gate. Ask for another box next month.
""",
))


# ---------------------------------------------------------------------------
# R4. A development bank's back-to-office report on a review mission.
# ---------------------------------------------------------------------------

BTOR_NOTE = ("*In the style of a development bank's back-to-office report, abridged. The bank, the project, "
             "the loan, the staff and the project's figures are invented; border figures follow this set's "
             "series.*")

BTOR_DISB = """| Component | Allocation (USD million) | Disbursed to 31 Aug 2025 (USD million) | Disbursement ratio (%) |
|---|---|---|---|
| 1. Torkham terminal upgrade | 48.0 | 14.6 | 30.4 |
| 2. Peshawar northern bypass link | 44.0 | 9.8 | 22.3 |
| 3. Single window and scanners | 18.0 | 4.9 | 27.2 |
| 4. Project management | 10.0 | 1.9 | 19.0 |
| Total | 120.0 | 31.2 | 26.0 |"""

HELDOUT14.append(dict(
    name="btor_corridor_scanners_disbursement_table",
    control_type=None,
    labels=[dict(
        kind="text_vs_table",
        quotes=["has disbursed USD 9.4 million",
                "| 3. Single window and scanners | 18.0 | 4.9 | 27.2 |"],
        explanation=("The key findings say component 3 has disbursed USD 9.4 million, about half its "
                     "allocation; the disbursement table gives USD 4.9 million (27.2 percent of 18.0) to the "
                     "same date, and only 4.9 makes the table's column add up to its total of 31.2."),
        expected_values=dict(
            text_value=9.4, table_value=4.9, unit="USD million",
            subject="disbursement under component 3 (single window and scanners)",
            period="31 Aug 2025", location="key findings against the disbursement table",
            table_form="pipe", text_as_written="USD 9.4 million"),
    )],
    text="""
# Back-to-Office Report: Review Mission, Torkham–Peshawar Trade Corridor Project, 8–12 September 2025

""" + BTOR_NOTE + """

**To:** Director, Transport and Trade Division. **From:** Mission leader. **Date:** 19 September 2025.

**1. Purpose.** The mission reviewed progress under the project's four components, checked the status of agreed actions from the March 2025 mission, and discussed the scope of a possible additional financing.

**2. Persons met.** The project director and staff of the project management unit; the Collector of Customs at Torkham; the provincial transport secretary; the contractors for the terminal and the bypass link; and two chambers of commerce in Peshawar.

**3. Key findings.**

- Civil works at the Torkham terminal are 34 percent complete against 45 percent planned; the contractor blames the closures of the border in 2024 and early 2025 for delays in moving materials.
- Component 3 (single window and scanners) has disbursed USD 9.4 million, about half of its allocation, after the second scanner was delivered in July.
- Land for two kilometres of the bypass link is still not acquired, because three owners have gone to court.
- Overall disbursement of USD 31.2 million is behind the appraisal forecast of USD 42 million for this date.

**4. Disbursement to date.**

""" + BTOR_DISB + """

**5. Agreed actions.** (a) The project director will send a revised works programme for the terminal by 31 October 2025. (b) The provincial government will deposit the compensation for the disputed land with the court by 30 November 2025. (c) The project management unit will hire a procurement specialist, vacant since May.

**6. Next mission.** March 2026, with a mid-term review of the results framework.
""",
))

HELDOUT14.append(dict(
    name="btor_corridor_export_bays_reuse",
    control_type=None,
    labels=[dict(
        kind="number_reuse",
        quotes=["has 16 inspection bays", "of which 16 were in use"],
        explanation=("The report gives 16 both for the inspection bays in the export shed and for the bays "
                     "in use, then says the remaining four await hydraulic lifts; 16 bays less four idle "
                     "leaves 12 in use."),
        expected_values=dict(
            value=16, unit="inspection bays", quantity_1="inspection bays in the new export shed",
            quantity_2="inspection bays in use during the visit", expected_value_2=12),
    )],
    text="""
# Back-to-Office Report: Review Mission, Torkham–Peshawar Trade Corridor Project, 8–12 September 2025. Annex 2: Site Visit to Torkham, 10 September 2025

""" + BTOR_NOTE + """

**Participants.** Two mission members, the project's resident engineer, the terminal contractor's site manager and the Deputy Collector of Customs (Exports).

**Export shed.** The new export shed at Torkham has 16 inspection bays, of which 16 were in use during the visit; the remaining four are waiting for hydraulic lifts, which were held up at Karachi port for five weeks over an error in the import documents. Customs staff said that until the lifts arrive, loads in the idle bays cannot be examined at truck-bed height and have to be unloaded by hand.

**Clearance times.** The Deputy Collector said an export truck took 44 hours on average to clear in February 2025, against 38 in January, because of the closures. He expects the new shed to bring this down once all bays work and the single window links customs to the banks. The results framework sets a target of 12 hours by 2028.

**Traffic.** Trucks crossing at Torkham averaged 820 a day in 2024, down from 1,150 in 2023. Staff estimated about 900 a day in August 2025. The terminal is designed for 1,400 a day by 2028, the project's target.

**Scanners.** The two drive-through scanners were available for 71 percent of operating hours in August 2025, against a target of 95. Most downtime was caused by power cuts; the terminal's standby generator is too small for both scanners at once.

**Safety.** The mission saw workers on the roof of the shed without harnesses. The contractor agreed to stop roof work until harnesses and anchor points are in place, and the resident engineer will confirm this in writing.

**Follow-up.** The project director will chase the clearance of the lifts with the port, and will get a quote for a larger generator before the next mission.
""",
))

HELDOUT14.append(dict(
    name="btor_corridor_safeguards_refugees_2021",
    control_type=None,
    labels=[dict(
        kind="citation",
        quotes=["some 1.74 million at the end of 2021, according to UNHCR's year-end report for 2021"],
        explanation=("The safeguards paragraph cites UNHCR's year-end report for 2021 for some 1.74 million "
                     "registered Afghan refugees in Pakistan at the end of 2021; the reference value is "
                     "1,490,562, so the stated figure is about 16.7 percent too high (it is close to the "
                     "end-2022 value instead)."),
        expected_values=dict(
            stated=1740000, reference=1490562, indicator="refugees.registered",
            subject="registered Afghan refugees in Pakistan", period="2021",
            cited_source="UNHCR", citation_form="UNHCR's year-end report for YEAR",
            location="social safeguards section", stated_as_written="1.74 million",
            stated_hedge="some"),
    )],
    text="""
# Back-to-Office Report: Review Mission, Torkham–Peshawar Trade Corridor Project, 8–12 September 2025. Section 6: Safeguards

""" + BTOR_NOTE + """

**6.1 Land acquisition and resettlement.** Of the 214 households affected by the bypass link, 181 have been paid compensation in full. Thirty households are waiting for the district's valuation committee to fix the price of orchard trees, and three owners have gone to court over the rate for land. The mission asked the project to pay the undisputed part of the three owners' compensation now and hold only the disputed part.

**6.2 Host communities and Afghan residents.** The corridor runs through districts that host many of Pakistan's registered Afghan refugees: some 1.74 million at the end of 2021, according to UNHCR's year-end report for 2021, with the largest number in Khyber Pakhtunkhwa. The resettlement plan treats Afghan tenants of affected shops in the same way as Pakistani tenants, with a shifting allowance and three months' income support. Twelve of the 44 tenants paid so far are Afghan nationals. The mission found no sign that Afghan tenants were being passed over, but noted that several had left for Afghanistan before they could be paid, and asked the project to keep their payments in a separate account for a year.

**6.3 Grievances.** The grievance committee has received 58 complaints since the start of the project and closed 49. The open cases are mostly about compensation for trees and for the loss of access to a shop during works.

**6.4 Labour and safety.** The contractors employ about 640 workers at peak. The mission saw workers on the roof of the export shed without harnesses and asked for roof work to stop until they are provided.

**6.5 Rating.** The mission rates safeguards performance as moderately satisfactory, unchanged from March 2025.
""",
))

HELDOUT14.append(dict(
    name="btor_corridor_context_citation_control",
    control_type="citation_control",
    labels=[],
    text="""
# Back-to-Office Report: Review Mission, Torkham–Peshawar Trade Corridor Project, 8–12 September 2025. Annex 4: Context Note for the Additional Financing

""" + BTOR_NOTE + """

**Trade.** Pakistan's exports to Afghanistan were USD 893 million in FY2025, against 956 million in FY2024, a fall of 6.6 percent; imports from Afghanistan fell from 620 million to 498 million. Two-way trade was USD 1,391 million. Trucks crossing at Torkham averaged 820 a day in 2024, down from 1,150 in 2023.

**Transit.** Afghan transit containers cleared through Pakistani ports fell from 52,000 in FY2024 to 31,200 in FY2025, a fall of two-fifths. Much of the lost cargo now moves through Iran's ports.

**People.** Registered Afghan refugees in Pakistan fell from 1,987,717 at the end of 2023[^1] to 1,559,964 at the end of 2024[^2], down by about 428,000, a little more than a fifth. Khyber Pakhtunkhwa hosted 811.2 thousand of them at the end of 2024, just over half. Returns to Afghanistan reached 676,000 in 2024 and 320,000 in January–June 2025.

**Why it matters for the project.** Many traders, loaders and drivers on the corridor are Afghan nationals, and many shops along the bypass link are rented by Afghan tenants. A smaller Afghan population means less local trade but also fewer people affected by land acquisition. The additional financing should keep the income support for Afghan tenants and add a small window for host communities around the terminal.

**Proposed scope.** USD 40 million: a second export shed at Torkham (USD 22 million), a cold store at the terminal for fresh fruit (USD 12 million) and support to the single window (USD 6 million).

**Risks.** Further closures of the border, the slow land process on the bypass link, and uncertainty over Afghan transit rules.

[^1]: UNHCR, registered Afghan refugees in Pakistan, 31 December 2023.

[^2]: UNHCR, registered Afghan refugees in Pakistan, 31 December 2024.
""",
))

HELDOUT14.append(dict(
    name="btor_corridor_persons_met_belgian_trade",
    control_type=None,
    labels=[dict(
        kind="scope",
        quotes=["most of the Belgian–Afghan trade that moves by road"],
        explanation=("The chambers' point is about the trade carried on the Torkham–Peshawar corridor, which "
                     "is Pakistan–Afghanistan trade; the report names Belgium as one side of that pair. "
                     "Belgium is named correctly elsewhere as the home of the scanner supplier."),
        expected_values=dict(
            third_country="BEL", named_pair=["BEL", "AFG"], pair=["PAK", "AFG"],
            named_as="Belgian–Afghan trade",
            not_a_defect="supplied by a firm in Belgium"),
    )],
    text="""
# Back-to-Office Report: Review Mission, Torkham–Peshawar Trade Corridor Project, 8–12 September 2025. Annex 3: Meetings with the Private Sector

""" + BTOR_NOTE + """

**Sarhad chamber, 9 September.** Members said the corridor carries most of the Belgian–Afghan trade that moves by road, and that every day of closure at Torkham costs them more than any road works can save. They asked the project to fund a truck park with water and toilets at Landi Kotal, where drivers wait for days without either. They also asked that customs examination in the new export shed be done by appointment, booked through the single window.

**Women exporters' forum, 9 September.** Six members who export dried fruit and embroidery said they find it hard to deal with clearing agents at Torkham and asked for a help desk staffed by women at the terminal. The mission will raise this with the project director.

**Transporters' association, 11 September.** The association said that loaded trucks now queue less than in 2024 but still wait a day or more in busy weeks. Members welcomed the scanners but complained that a breakdown of one machine stops the whole export line. The mission noted that the scanners, supplied by a firm in Belgium under the project, are under a two-year maintenance contract, and that the supplier must keep a technician at Torkham.

**Clearing agents, 11 September.** Agents said the single window still asks for paper copies of some documents, which doubles their work. They proposed a joint committee with customs to list the documents that can be dropped.

**Mission's view.** The requests are reasonable and most fall within the project's scope. The truck park and the help desk could be added through the additional financing under discussion, and the list of documents is a matter for customs, which the project can support with technical help.
""",
))


# ---------------------------------------------------------------------------
# R5. A charity's online fundraising page (appeal text, gift tiers, budget,
# updates, questions).
# ---------------------------------------------------------------------------

APPEAL_NOTE = ("*In the style of a charity's online fundraising page, as captured on the date shown. The "
               "trust, the appeal, the donors and the amounts raised are invented; border figures follow "
               "this set's series.*")

HELDOUT14.append(dict(
    name="appeal_page_budget_shares",
    control_type=None,
    labels=[dict(
        kind="arithmetic",
        quotes=["Rs 8.0 million (25%)"],
        explanation=("The five budget lines are given shares of 60, 25, 13, 5 and 2 percent, which add up to "
                     "105 percent of the appeal. Their amounts (24.0 + 8.0 + 5.2 + 2.0 + 0.8) add up to the "
                     "target of Rs 40 million, and Rs 8.0 million is 20 percent of it, not 25."),
        expected_values=dict(
            shares_pct={"winter kits": 60, "hygiene kits": 25, "hot meals": 13,
                        "transport and storage": 5, "administration": 2},
            sum_pct=105, unit="percent of the appeal target", period="winter 2025-26",
            subject="budget of the winter appeal", location="'Where your money goes' list"),
    )],
    text="""
# Winter at the Border: Help Families Coming Home Through Torkham

""" + APPEAL_NOTE + """

Roshan Rah Welfare Trust · Appeal page · captured 30 November 2025

**Rs 27.6M raised of Rs 40M target · 69% · 1,840 donors · 31 days to go**

Every day families cross from Pakistan into Afghanistan at Torkham with whatever they could carry. Many arrive after a night in the open, with children who have no coats and no shoes. Our volunteers meet them at the transit point on the Pakistani side with a hot meal and a kit for the road ahead.

**Choose your gift**

- Rs 2,500: a hygiene kit for one family (soap, sanitary pads, toothbrushes, a water can)
- Rs 6,000: a winter kit (two blankets, a quilt, warm socks and hats for four children)
- Rs 12,500: fifty hot meals at the transit point
- Any amount: wherever the need is greatest

**Where your money goes**

- Winter kits, 4,000 at Rs 6,000 each: Rs 24.0 million (60%)
- Hygiene kits, 3,200 at Rs 2,500 each: Rs 8.0 million (25%)
- Hot meals at the transit point: Rs 5.2 million (13%)
- Transport and storage: Rs 2.0 million (5%)
- Administration and bank charges: Rs 0.8 million (2%)

**Why we are asking now.** Snow closes the high passes beyond Jalalabad in December, and the families who cross in winter face the coldest weeks with the least help. The kits are bought in Peshawar from local makers and packed by volunteers at our warehouse in Hayatabad.

**Our promise.** We publish our audited accounts every year. Gifts given through this page are acknowledged by e-mail within a day, and receipts for tax purposes are sent in January.

**Share this appeal** with your family and friends. If forty of them give Rs 2,500 each, forty more families get a hygiene kit.
""",
))

HELDOUT14.append(dict(
    name="appeal_page_update_returns_waned",
    control_type=None,
    labels=[dict(
        kind="direction",
        quotes=["returns from Pakistan waned from 141,000 in January–March 2025 to 179,000 in April–June 2025"],
        explanation=("'Waned' describes a fall, but returns went from 141,000 in January–March 2025 to "
                     "179,000 in April–June 2025, a rise of 27.0 percent; the update itself goes on to "
                     "describe busier days at the transit point."),
        expected_values=dict(
            **{"from": 141000, "to": 179000}, change=38000, change_pct=26.95,
            from_period="January–March 2025", to_period="April–June 2025",
            stated_direction="fall", actual_direction="rise", direction_word="waned",
            unit="persons returned", subject="returns from Pakistan to Afghanistan",
            location="appeal page, update of 7 December 2025"),
    )],
    text="""
# Winter at the Border: Updates from the Transit Point

""" + APPEAL_NOTE + """

Roshan Rah Welfare Trust · Appeal page, "Updates" tab · captured 7 December 2025

**Rs 36.0M raised of Rs 40M target · 90% · 2,052 donors · 24 days to go**

**Update, 7 December 2025.** Thank you! In the first week of December 212 of you gave Rs 8.4 million between you, the best week of the appeal so far. We have now ordered all 4,000 winter kits, and the first 1,500 are already packed.

**Update, 28 November 2025.** People sometimes ask whether the need is still there. Earlier this year returns from Pakistan waned from 141,000 in January–March 2025 to 179,000 in April–June 2025, and on some days this autumn our volunteers served more than 900 meals at the transit point, twice as many as in the spring. The families we meet now include many who were born in Pakistan and have never seen Afghanistan.

**Update, 14 November 2025.** Our volunteer doctor, Dr Sadia, spent three days at the transit point and saw 310 patients, most of them children with coughs and fevers. We are adding children's paracetamol and oral rehydration salts to the hygiene kit at no extra cost, thanks to a gift from a pharmacy in Peshawar.

**Update, 1 November 2025.** The appeal is live! Our target is Rs 40 million by the end of the year, enough for 4,000 winter kits, 3,200 hygiene kits and hot meals through the winter.

**A note from the volunteers.** "A woman asked me for a second blanket for her mother, who was waiting on the Afghan side. We gave her one from the spare box. That is what your gifts do." (Bilal, volunteer since 2023)

**Can I volunteer?** We need people who speak Pashto or Dari for the packing days in Hayatabad every Saturday. Write to us through the contact form.
""",
))

HELDOUT14.append(dict(
    name="appeal_page_story_refugees_2024",
    control_type=None,
    labels=[dict(
        kind="citation",
        quotes=["more than 1.8 million registered Afghan refugees, according to figures released by UNHCR for end-2024"],
        explanation=("The appeal's story, citing figures released by UNHCR for end-2024, says Pakistan hosts "
                     "more than 1.8 million registered Afghan refugees; the reference value for end-2024 is "
                     "1,559,964, so even the page's lower bound is about 15.4 percent too high."),
        expected_values=dict(
            stated=1800000, reference=1559964, indicator="refugees.registered",
            subject="registered Afghan refugees in Pakistan", period="2024",
            cited_source="UNHCR", citation_form="figures released by UNHCR for end-YEAR",
            location="appeal page, 'The story' section", stated_as_written="1.8 million",
            stated_hedge="more than"),
    )],
    text="""
# Winter at the Border: The Story Behind the Appeal

""" + APPEAL_NOTE + """

Roshan Rah Welfare Trust · Appeal page, "The story" tab · captured 15 November 2025

**Rs 18.2M raised of Rs 40M target · 45.5% · 1,210 donors · 46 days to go**

**Coming home to a place they have never seen.** Gul Bibi is 34. She was born in a refugee village near Peshawar, married there, and raised four children there. In October her husband's card was not renewed, and the family sold their furniture and crossed at Torkham with two suitcases and a bundle of quilts. "My children asked me where we were going," she told our volunteers. "I said home. They said this is home."

**The scale.** Pakistan still hosts more than 1.8 million registered Afghan refugees, according to figures released by UNHCR for end-2024, and many more Afghans live in the country without cards. Returns to Afghanistan reached 676,000 in 2024, and another 320,000 people went back in the first half of 2025. Most cross at Torkham, and a large share arrive in the cold months.

**What we do.** Since 2023 our volunteers have run a small transit point on the Pakistani side of Torkham, with a kitchen, a first-aid tent and a store of blankets. We do not decide who goes or stays. We try to make the journey less cruel.

**What your gift buys.** Rs 2,500 buys a hygiene kit for one family. Rs 6,000 buys a winter kit with two blankets, a quilt and warm clothes for four children. Rs 12,500 buys fifty hot meals.

**Who we are.** Roshan Rah Welfare Trust is a registered trust in Peshawar, run by volunteers, with two paid staff. Our accounts are audited every year and published on this site.

**Thank you** to the 1,210 people who have given so far. Please share Gul Bibi's story with someone who can help.
""",
))

HELDOUT14.append(dict(
    name="appeal_page_faq_citation_control",
    control_type="citation_control",
    labels=[],
    text="""
# Winter at the Border: Questions and Answers

""" + APPEAL_NOTE + """

Roshan Rah Welfare Trust · Appeal page, "Questions" tab · captured 7 December 2025

**Rs 36.0M raised of Rs 40M target · 90% · 2,052 donors · 24 days to go**

**Why are so many families leaving Pakistan?** Pakistan hosted 1,559,964 registered Afghan refugees at the end of 2024 (per the UNHCR year-end 2024 register), down from 1,743,278 two years earlier, according to UNHCR's 2022 figures: some 183,000 fewer, or about a tenth. Many others, without cards, have left under the government's repatriation drive. Returns to Afghanistan reached 676,000 in 2024.

**How much of my gift reaches families?** Ninety-eight percent. Administration and bank charges are budgeted at Rs 0.8 million, which is 2 percent of the Rs 40 million target.

**What is in a winter kit?** Two blankets, a quilt, and warm socks and hats for four children, packed in a strong bag that families can carry. It costs Rs 6,000. We plan 4,000 kits, or Rs 24.0 million, 60 percent of the appeal.

**And a hygiene kit?** Soap, sanitary pads, toothbrushes, a water can and, since November, oral rehydration salts and children's paracetamol. It costs Rs 2,500. We plan 3,200 kits, or Rs 8.0 million, 20 percent of the appeal.

**What about the rest?** Hot meals at the transit point take Rs 5.2 million (13 percent) and transport and storage Rs 2.0 million (5 percent). Together with the kits and administration that makes Rs 40 million and 100 percent.

**What if you raise more than the target?** Any surplus will carry the transit point's kitchen into the spring, when returns usually rise again.

**Can companies give?** Yes. Several Peshawar firms match their staff's gifts. Write to us for a letter on the trust's letterhead.

**Is my gift tax-deductible?** The trust is approved for tax credit on donations. Receipts are sent in January.
""",
))


# ---------------------------------------------------------------------------
# R6. After-action report of a provincial emergency exercise.
# ---------------------------------------------------------------------------

AAR_NOTE = ("*In the style of an after-action report on an emergency exercise, abridged. The cell, the "
            "exercise, its scenario and its results are invented; border and return figures follow this "
            "set's series.*")

HELDOUT14.append(dict(
    name="exercise_report_capacity_control",
    control_type="control",
    labels=[],
    text="""
# After-Action Report: Exercise Darwaza-25 (Mass Return through Torkham), 21–23 October 2025. Section 3: Capacity against the Scenario

""" + AAR_NOTE + """

**3.1 Scenario.** The exercise assumed that 10,000 people a day would cross from Pakistan to Afghanistan at Torkham for 30 days, 300,000 in all, after a sudden change in policy. Players had to register, shelter, feed, screen and move them on with the staff, buildings and vehicles that exist today.

**3.2 Capacity found.** The table compares what the scenario required each day with what the players could field.

| Function | Required | Available | Deficit |
|---|---|---|---|
| Registration (32 counters of 200 a day) | 10,000 | 6,400 | 3,600 |
| Health screening | 10,000 | 4,800 | 5,200 |
| Hot meals | 20,000 | 14,000 | 6,000 |
| Onward transport (120 buses of 45 seats, two trips) | 10,000 | 10,800 | none |

**3.3 Registration.** Registration was the main bottleneck: 6,400 people a day against 10,000, leaving 3,600 a day waiting, or 108,000 over the 30 days of the scenario. Adding 18 counters of 200 a day would close the gap, since 50 counters would register exactly 10,000.

**3.4 Transport.** Transport was the one function with room to spare: 120 buses of 45 seats making two trips a day can carry 10,800 people, 800 more than the scenario needed. Players noted that this holds only if the buses are released by the transport department on the first day, which in the exercise took until the second.

**3.5 Meals and health.** The meal and health teams could cover less than three-quarters and less than half of the need. Both depend on volunteers from humanitarian organisations, who were counted at their full strength.

**3.6 Observers.** Two observers from Nepal's national disaster authority attended as guests and described how their country plans for returns of migrant workers from the Gulf, which peaked during the pandemic.

**3.7 Conclusion.** The existing set-up can handle a little under two-thirds of the scenario's daily flow. The improvement plan in Section 5 sets out how to close the gaps before the winter of 2025–26.
""",
))

HELDOUT14.append(dict(
    name="exercise_report_biometric_kits_repeated",
    control_type=None,
    labels=[dict(
        kind="garbled",
        quotes=["The registration team ran out of biometric kits on the second day of play. "
                "The registration team ran out of biometric kits on the second day of play."],
        explanation="One sentence of the observations is printed twice in a row, word for word.",
        expected_values=dict(
            repeated_sentence="The registration team ran out of biometric kits on the second day of play.",
            occurrences=2, subject="observations on registration",
            location="section 4, area for improvement 2"),
    )],
    text="""
# After-Action Report: Exercise Darwaza-25 (Mass Return through Torkham), 21–23 October 2025. Section 4: Observations

""" + AAR_NOTE + """

The evaluators recorded nine strengths and 14 areas for improvement. The most important are set out below; the full list is in Annex B.

**Strength 1: Command post.** The joint command post at Landi Kotal was set up within four hours of the first inject, with liaison officers from all key departments. Situation reports went out every six hours as planned.

**Strength 2: Transport.** The transport department released its buses early on the second day and kept a reserve of ten for the sick and the elderly.

**Area for improvement 1: Information to the public.** No one was tasked to tell the people waiting at the gate what would happen to them. Rumours spread in the role-play crowd within the first hour, and volunteers playing families tried to leave the queue to find relatives.

**Area for improvement 2: Registration.** The registration team ran out of biometric kits on the second day of play. The registration team ran out of biometric kits on the second day of play. Spare kits were held in Peshawar, two hours away, and no one had the authority to release them. Counters stood idle for most of the afternoon, and the queue grew past the holding area into the road.

**Area for improvement 3: Unaccompanied children.** The scenario included 40 unaccompanied children. Only 26 were identified and referred to child protection staff; the others passed through registration as members of other families.

**Area for improvement 4: Women's facilities.** The holding area had no separate space for women with infants, and the female health staff were all placed at the camp instead of at the gate.

**Area for improvement 5: Data.** Three teams kept their own lists on paper, and the numbers given to the command post at the end of each day did not match.

**Evaluators' summary.** The exercise showed good will and quick decisions at the top but weak links on the ground, where supplies, staff and information ran short first.
""",
))

HELDOUT14.append(dict(
    name="exercise_report_participants_reuse",
    control_type=None,
    labels=[dict(
        kind="number_reuse",
        quotes=["146 participants from 23 agencies", "23 from the district administrations"],
        explanation=("The report gives 23 both for the agencies taking part and for the participants from "
                     "the district administrations. With 146 participants and 58, 33 and 24 from the other "
                     "groups, the district administrations must have sent 146 - 58 - 33 - 24 = 31."),
        expected_values=dict(
            value=23, unit="count", quantity_1="agencies taking part in the exercise",
            quantity_2="participants from the district administrations", expected_value_2=31),
    )],
    text="""
# After-Action Report: Exercise Darwaza-25 (Mass Return through Torkham), 21–23 October 2025. Section 1: Exercise Overview

""" + AAR_NOTE + """

**1.1 Aim.** To test the province's plans for a sudden mass return of Afghan nationals through Torkham, from the first warning to the departure of the last bus from the holding area.

**1.2 Type.** A two-day tabletop exercise in Peshawar followed by a one-day field exercise at the Torkham holding centre, with volunteers playing returning families.

**1.3 Participation.** 146 participants from 23 agencies took part. Of them, 58 came from provincial departments and 23 from the district administrations of Khyber and Peshawar. Humanitarian organisations sent 33, and the police and the Frontier Corps 24. In addition, 210 volunteers from colleges in Peshawar played returning families on the field day.

**1.4 Objectives.** (a) Activate the joint command post within six hours. (b) Register the first day's arrivals within 24 hours. (c) Shelter, feed and screen arrivals in line with agreed standards. (d) Identify and protect unaccompanied children and other people at risk. (e) Keep the command post informed with accurate figures.

**1.5 Scenario in brief.** After a sudden change in policy, 10,000 people a day arrive at Torkham for 30 days. The first injects describe a queue of several kilometres, a shortage of water and a bus strike in Peshawar.

**1.6 Evaluation.** Eight evaluators, two for each objective, observed play and interviewed players after each day. Their findings are in Section 4 and the improvement plan in Section 5.

**1.7 Exercise control.** The exercise was designed and run by the cell's planning branch with help from a humanitarian partner, which also paid for the field day. The total cost was Rs 6.8 million.
""",
))

HELDOUT14.append(dict(
    name="exercise_report_scenario_refugees_2022",
    control_type=None,
    labels=[dict(
        kind="citation",
        quotes=["1,987,717 registered Afghan refugees, the number UNHCR registered at the end of 2022"],
        explanation=("The scenario background attributes 1,987,717 registered Afghan refugees to UNHCR's "
                     "register at the end of 2022; the reference value for end-2022 is 1,743,278. The "
                     "stated figure is the end-2023 value, about 14.0 percent higher."),
        expected_values=dict(
            stated=1987717, reference=1743278, same_as_year="2023", indicator="refugees.registered",
            subject="registered Afghan refugees in Pakistan", period="2022",
            cited_source="UNHCR", citation_form="the number UNHCR registered at the end of YEAR",
            location="scenario background", stated_as_written="1,987,717"),
    )],
    text="""
# After-Action Report: Exercise Darwaza-25 (Mass Return through Torkham), 21–23 October 2025. Section 2: Scenario Background

""" + AAR_NOTE + """

**2.1 Starting point.** The scenario began from the real position of the planners: at the start of the repatriation drive, Pakistan had 1,987,717 registered Afghan refugees, the number UNHCR registered at the end of 2022, and an unknown number of Afghans without cards. Returns since then were treated as known history: 676,000 people went back in 2024 and 320,000 in January–June 2025, most of them through Torkham.

**2.2 The trigger.** On day one of play, players were told that a new order gave all remaining Afghans without valid cards 15 days to leave, and that buses and trucks were already gathering in Peshawar and Karachi.

**2.3 The flow.** Arrivals at Torkham were set at 10,000 people a day for 30 days, 300,000 in all. Injects added sick people, unaccompanied children, a bus accident near Jamrud and a day of heavy rain.

**2.4 What was not played.** The Afghan side of the border was played by the exercise control team, with messages only. Security incidents, medical evacuation by air and the closing of the border to returnees were left out.

**2.5 Why this scenario.** Planners chose a flow well above anything seen so far, so that weak points would show. The heaviest months of 2024 saw about a quarter of that rate, but a sudden order could bring much higher numbers within days.

**2.6 Assumptions.** Every arrival needs registration, a health check, two hot meals and a seat on a bus to Jalalabad within 24 hours. A fifth need a night in the transit camp, and one in twenty needs medical care.
""",
))

HELDOUT14.append(dict(
    name="exercise_report_camp_places_plunged",
    control_type=None,
    labels=[dict(
        kind="direction",
        quotes=["plunged from 1,800 in Darwaza-24 (November 2024) to 2,600 in Darwaza-25 (October 2025)"],
        explanation=("'Plunged' describes a fall, but the camp places ready within 72 hours went from 1,800 "
                     "to 2,600, a rise of 44.4 percent; the report credits the new stores and the trained "
                     "teams for the gain."),
        expected_values=dict(
            **{"from": 1800, "to": 2600}, change=800, change_pct=44.44,
            from_period="Nov 2024", to_period="Oct 2025",
            as_written={"from_period": "November 2024", "to_period": "October 2025"},
            stated_direction="fall", actual_direction="rise", direction_word="plunged",
            unit="transit camp places", subject="transit camp places ready within 72 hours",
            location="section 5, progress since the last exercise"),
    )],
    text="""
# After-Action Report: Exercise Darwaza-25 (Mass Return through Torkham), 21–23 October 2025. Section 5: Progress and Improvement Plan

""" + AAR_NOTE + """

**5.1 Progress since the last exercise.** Several actions from Darwaza-24 have been carried out. Tents, bedding and lighting are now stored at Landi Kotal instead of Peshawar, and two camp teams were trained in the summer. As a result, the number of transit camp places ready within 72 hours plunged from 1,800 in Darwaza-24 (November 2024) to 2,600 in Darwaza-25 (October 2025). The command post also opened faster, in four hours against nine a year earlier.

**5.2 Actions not completed.** Spare biometric kits are still held in Peshawar, and the agreement with the transport department on releasing buses has not been signed.

**5.3 Improvement plan.** The evaluators made 11 recommendations. The main ones, with owners and dates, are:

- Move 20 spare biometric kits to Torkham and give the site manager authority to use them (registration authority, by 30 November 2025).
- Add 18 registration counters, bringing the total to 50 (registration authority and cell, by 31 March 2026).
- Sign the bus agreement, with release within 12 hours of a request (transport department, by 31 December 2025).
- Set up a women's and infants' space at the gate and place female health staff there (health department, by 30 November 2025).
- Appoint a public information officer at the gate, with loudspeakers and printed notices in Pashto and Dari (cell, by 30 November 2025).
- Use one shared registration and referral list for all teams, reported to the command post every six hours (cell, by 31 January 2026).

**5.4 Next exercise.** Darwaza-26 is planned for October 2026 and will include the Afghan side, if the authorities there agree to take part.

**5.5 Approval.** This report was approved by the cell's steering committee on 12 November 2025.
""",
))


# ---------------------------------------------------------------------------
# R7. Wall texts and labels of a photo exhibition.
# ---------------------------------------------------------------------------

EXHIB_NOTE = ("*In the style of the wall texts and labels of a photo exhibition. The photographer, the "
              "gallery and the photographs are invented; border and refugee figures follow this set's "
              "series.*")

HELDOUT14.append(dict(
    name="exhibition_room_two_closure_days_table",
    control_type=None,
    labels=[dict(
        kind="text_vs_table",
        quotes=["In 2024 the crossing was shut to cargo for 64 days",
                "| 2024 | 820 | 46 |"],
        explanation=("The room panel says the crossing was shut to cargo for 64 days in 2024; the panel's "
                     "own table, 'The road in numbers', gives 46 days for Torkham in the same year."),
        expected_values=dict(
            text_value=64, table_value=46, unit="days closed to cargo",
            subject="days Torkham was closed to cargo", period="2024",
            location="room 2 panel against its table", table_form="pipe"),
    )],
    text="""
# The Long Wait: Photographs of the Torkham Road. Room 2: The Queue

""" + EXHIB_NOTE + """

Khayaban Gallery, Islamabad, 14 November 2025 to 18 January 2026

**Room 2 panel.** A truck that reaches Landi Kotal does not reach Afghanistan. First it joins the queue, which on bad days runs for kilometres down the Khyber Pass, through villages and past roadside shrines. In 2024 the crossing was shut to cargo for 64 days, and on some of those days the queue did not move at all. Drivers slept in their cabs, cooked on the road and walked to the mosque in shifts so that someone always stayed with the load.

Zarmina Afridi spent parts of three winters with them. She photographed at night as well as by day, often with no light but the trucks' own lamps and the glow of cooking fires. The people in these pictures agreed to be photographed and chose how they would be named.

**The road in numbers**

| Year | Trucks a day at Torkham | Days closed to cargo |
|---|---|---|
| 2023 | 1,150 | n/a |
| 2024 | 820 | 46 |

Trucks a day are averages for both directions.

**9. Tea at the barrier, December 2023.** Archival pigment print. A driver from Charsadda pours tea for the men from the trucks ahead and behind. "In the queue we are one village," he said.

**10. Fruit going soft, September 2024.** Archival pigment print. A load of Kandahari pomegranates after four days in the sun. The driver sold what he could to passers-by and threw the rest into the ravine.

**11. The mechanic, February 2024.** Archival pigment print. Many drivers cannot leave the queue to find a workshop, so the workshop comes to them, on a motorbike with a bag of tools.

**12. Snow on the tarpaulins, January 2024.** Archival pigment print. The queue after an overnight fall of snow, seen from the hillside above Michni.
""",
))

HELDOUT14.append(dict(
    name="exhibition_introduction_portugal_frontier",
    control_type=None,
    labels=[dict(
        kind="scope",
        quotes=["the Portugal–Afghanistan frontier at Torkham"],
        explanation=("Torkham is on the Pakistan–Afghanistan border; the introduction names Portugal as one "
                     "side of it. Portugal is named correctly later as the country where the prints were "
                     "made and the photographer studied."),
        expected_values=dict(
            third_country="PRT", named_pair=["PRT", "AFG"], pair=["PAK", "AFG"],
            named_as="Portugal–Afghanistan frontier",
            not_a_defect="printed in Portugal"),
    )],
    text="""
# The Long Wait: Photographs of the Torkham Road. Introduction

""" + EXHIB_NOTE + """

Khayaban Gallery, Islamabad, 14 November 2025 to 18 January 2026

**Introduction.** For sixteen years Zarmina Afridi has photographed the road that climbs from Peshawar through the Khyber Pass to the Portugal–Afghanistan frontier at Torkham. She grew up in Landi Kotal, where her father kept a tea stall for drivers, and she began with a borrowed camera at the age of nineteen. This exhibition brings together 41 photographs from that work, most of them shown for the first time.

The photographs are arranged in three rooms. The Gate looks at the crossing itself: its guards, porters, money changers and clerks. The Queue follows the drivers who wait for days on the road below. Going Home, the last room, shows families leaving Pakistan for Afghanistan since 2023, many of them born on this side of the border.

Afridi does not photograph from a distance. She asks, sits, drinks tea and comes back, sometimes for years. Several of the people in these pictures appear more than once, older each time.

**About the prints.** The photographs were printed in Portugal, where Afridi studied photography from 2012 to 2014, on cotton rag paper with pigment inks. The earliest pictures were taken on film and have been scanned from the negatives.

**Captions.** The captions were written by the photographer with the people she photographed. Where they asked not to be named, we have used first names only or none at all.

**Accessibility.** A large-print guide and an audio guide in Urdu, Pashto and English are available at the front desk. The gallery is accessible by wheelchair on both floors.

**Events.** Artist's talk on Saturday 22 November at 4 pm. Screening of "The Gate", a short film made with the drivers, every Sunday at 3 pm.

The exhibition is supported by the gallery's friends and by a grant from a private foundation in Islamabad.
""",
))

HELDOUT14.append(dict(
    name="exhibition_room_one_labels_repeated",
    control_type=None,
    labels=[dict(
        kind="garbled",
        quotes=["Porters carry up to 60 kg on their backs for a few hundred rupees a load. "
                "Porters carry up to 60 kg on their backs for a few hundred rupees a load."],
        explanation="One sentence of a label is printed twice in a row, word for word.",
        expected_values=dict(
            repeated_sentence="Porters carry up to 60 kg on their backs for a few hundred rupees a load.",
            occurrences=2, subject="label for photograph 3 (porters at the gate)",
            location="room 1, object label 3"),
    )],
    text="""
# The Long Wait: Photographs of the Torkham Road. Room 1: The Gate

""" + EXHIB_NOTE + """

Khayaban Gallery, Islamabad, 14 November 2025 to 18 January 2026

**Room 1 panel.** The gate at Torkham is a place of rules and exceptions. Everyone who crosses meets the same guards, the same clerks and the same barrier, but no two crossings are alike. In this room Zarmina Afridi looks at the people who work at the gate, some of them for decades.

**1. The clerk, October 2009.** Gelatin silver print. The first photograph of the series. A customs clerk copies truck numbers into a ledger by hand. He retired in 2019; the ledger has been replaced by a screen.

**2. Money changers, March 2012.** Gelatin silver print. Afghanis, rupees and dollars change hands on a wooden bench beside the road. The changers know the day's rate before the banks in Peshawar do.

**3. Porters, May 2015.** Archival pigment print. Porters carry up to 60 kg on their backs for a few hundred rupees a load. Porters carry up to 60 kg on their backs for a few hundred rupees a load. Many of them were boys when Afridi first met them. Since the gate was rebuilt, carts and trucks have taken most of their work.

**4. The new terminal, August 2019.** Archival pigment print. Concrete and steel replaced the old sheds within a year. Afridi photographed the builders at work and the traders who watched them.

**5. Guard at dusk, November 2021.** Archival pigment print. A border guard on the evening the gate reopened after three days. He asked that his face not be shown.

**6. Papers, January 2024.** Archival pigment print. A clearing agent's desk: stamps, carbon paper and three mobile phones. "One for customs, one for the trader, one for my wife," he said.

**7. The weighbridge, April 2025.** Archival pigment print. A truck of coal from Afghanistan on the weighbridge, its number and weight shown on a board above the driver's head.

**8. Closed, October 2025.** Archival pigment print. The gate on a day of closure, with no one in front of it but a dog.
""",
))

HELDOUT14.append(dict(
    name="exhibition_room_three_refugees_2019",
    control_type=None,
    labels=[dict(
        kind="citation",
        quotes=["1.6 million registered Afghan refugees in Pakistan — UNHCR, end-2019"],
        explanation=("The wall graphic gives 1.6 million registered Afghan refugees in Pakistan, attributed "
                     "to UNHCR at end-2019; the reference value for end-2019 is 1,419,084, so the graphic "
                     "is about 12.7 percent too high."),
        expected_values=dict(
            stated=1600000, reference=1419084, indicator="refugees.registered",
            subject="registered Afghan refugees in Pakistan", period="2019",
            cited_source="UNHCR", citation_form="wall graphic attributed '— UNHCR, end-YEAR'",
            location="room 3 wall graphic", stated_as_written="1.6 million"),
    )],
    text="""
# The Long Wait: Photographs of the Torkham Road. Room 3: Going Home

""" + EXHIB_NOTE + """

Khayaban Gallery, Islamabad, 14 November 2025 to 18 January 2026

**Wall graphic, left of the entrance:**

1.6 million registered Afghan refugees in Pakistan — UNHCR, end-2019

**Room 3 panel.** When Zarmina Afridi began this chapter of her work in 2019, most of the Afghans she knew in Landi Kotal had no plans to leave. Their children went to Pakistani schools and spoke Pashto with a Peshawar accent. Since late 2023, hundreds of thousands have gone back, 676,000 in 2024 alone, most of them through the gate in Room 1. Afridi followed some of them to the border and a few across it.

**30. The last lesson, November 2023.** Archival pigment print. A teacher at a refugee village school near Nowshera on the day before his family left. Half his class had already gone.

**31. Everything they own, November 2023.** Archival pigment print. A family's belongings on a hired truck: a fridge, a sewing machine, bedding, a cage with two partridges.

**32. The queue for papers, March 2024.** Archival pigment print. Families wait outside the registration tents at the holding centre. The children were photographed with their parents' permission.

**33. Crossing, April 2024.** Archival pigment print. A grandmother is carried across the line in a chair by her grandsons.

**34. The other side, June 2024.** Archival pigment print. The same family two months later, in a rented room in Jalalabad. "We are home, but we are guests," the eldest son said.

**35. Winter kits, December 2024.** Archival pigment print. Volunteers hand out blankets at the transit point on the Pakistani side.

**36. The empty house, February 2025.** Archival pigment print. The house in Landi Kotal where Afridi's neighbours lived for forty years, photographed the week after they left.

The photographs in this room are shown with the consent of the families, several of whom came to the opening.
""",
))

HELDOUT14.append(dict(
    name="exhibition_sources_panel_citation_control",
    control_type="citation_control",
    labels=[],
    text="""
# The Long Wait: Photographs of the Torkham Road. Room 3, Second Panel, and Sources for the Figures

""" + EXHIB_NOTE + """

Khayaban Gallery, Islamabad, 14 November 2025 to 18 January 2026

**Room 3, second panel: before the departures.** For most of the years covered by this exhibition the number of Afghans registered as refugees in Pakistan changed slowly. At the end of 2019 Pakistan hosted 1,419,084 registered Afghan refugees (1). Two years later, at the end of 2021, the figure was 1,490,562 (2), and the people in Afridi's pictures from those years were settled: shopkeepers, drivers, teachers, porters.

The number then rose sharply as people fled Afghanistan after August 2021. By the end of 2023 it had reached 1,987,717 (3), about a third more than at the end of 2021. Many of the newcomers lived with relatives in Khyber Pakhtunkhwa and never appeared in a camp. Within months, however, the government's repatriation drive had begun, and the departures shown in this room followed.

**Sources for the figures in this exhibition**

1. UNHCR, registered Afghan refugees in Pakistan at the end of 2019.
2. UNHCR, registered Afghan refugees in Pakistan at the end of 2021.
3. UNHCR, registered Afghan refugees in Pakistan at the end of 2023.
4. Trucks a day and days closed to cargo at Torkham: figures published by the border authorities and compiled by the gallery for Room 2.
5. Returns to Afghanistan in 2024: figures published by humanitarian agencies working at the border.

**Credits.** Photographs © Zarmina Afridi. Curated by the gallery's programme team. Prints made with the support of the photographer's former school. Frames made in Rawalpindi. Audio guide voiced by students of a Peshawar college.

**Thank you** to the drivers, porters, clerks and families who gave their time and their stories, and to the traders of Landi Kotal who lent the tea stall in Room 1.
""",
))


# ---------------------------------------------------------------------------
# R8. An outgoing commercial counsellor's handover notes to her successor.
# ---------------------------------------------------------------------------

HANDOVER_NOTE = ("*In the style of an outgoing official's handover notes to a successor, abridged. The "
                 "officials, contacts, complaints and plans are invented; trade and visa figures follow "
                 "this set's series.*")

HELDOUT14.append(dict(
    name="handover_notes_trade_annex_control",
    control_type="control",
    labels=[],
    text="""
# Handover Notes: Commercial Section, Embassy of Pakistan, Kabul. Part 1: The Numbers You Will Be Asked About

""" + HANDOVER_NOTE + """

From the outgoing Counsellor (Trade and Investment) to her successor, 30 September 2025

Dear Farhan, everyone you meet in your first month will ask you about trade, so here are the numbers as the section uses them. They are on fiscal years (July to June), like the ministry's. The Afghan side counts in solar years, so its figures never match ours; do not try to reconcile them in a meeting.

| US$ million | FY2024 | FY2025 | Change (%) |
|---|---|---|---|
| Exports to Afghanistan | 956 | 893 | −6.6 |
| Imports from Afghanistan | 620 | 498 | −19.7 |
| Balance | 336 | 395 | +17.6 |
| Two-way trade | 1,576 | 1,391 | −11.7 |

A few things to say when asked:

- The surplus grew even though both exports and imports fell, because imports fell much faster (almost a fifth) than exports.
- Two-way trade of US$ 1,391 million is the figure the ministry in Islamabad used in its last briefing, and it is the same figure in our own table. I checked both, line by line, in August.
- Rice is still our biggest export, US$ 212 million in FY2025, ahead of wheat flour at US$ 118 million.
- Coal remains the biggest import, US$ 168 million, about a third of the total.

**Visas.** The missions in Afghanistan issued 9,800 business visas in 2024 against 14,200 in 2023, a fall of 31.0 percent. Traders complain about this more than about tariffs. The visa section is under the Head of Chancery, not us, but you will hear the complaints.

**Other embassies.** Uzbekistan's trade office runs a busy programme of its own, mostly about its railway plans and its exports of electricity to Afghanistan; their counsellor is friendly and shares gossip freely. The Turkmen embassy is interested in the gas pipeline and little else.

**Where the files are.** The monthly trade returns are in the shared drive under "Stats". The year tables above are in the same folder, with the sources noted on each sheet.
""",
))

HELDOUT14.append(dict(
    name="handover_notes_medicines_table",
    control_type=None,
    labels=[dict(
        kind="text_vs_table",
        quotes=["pharmaceuticals reached US$ 69 million in FY2025",
                "| Pharmaceuticals | 89 | 96 |"],
        explanation=("The notes say pharmaceutical exports reached US$ 69 million in FY2025, as the "
                     "fastest-growing line; the annex table gives US$ 96 million for FY2025 (up from 89), "
                     "and only 96 makes the FY2025 column add up to its total of 893."),
        expected_values=dict(
            text_value=69, table_value=96, unit="USD million",
            subject="Pakistan's pharmaceutical exports to Afghanistan", period="FY2025",
            location="handover notes' text against the annex table", table_form="pipe",
            text_as_written="US$ 69 million"),
    )],
    text="""
# Handover Notes: Commercial Section, Embassy of Pakistan, Kabul. Part 3: Sectors and Exporters

""" + HANDOVER_NOTE + """

From the outgoing Counsellor (Trade and Investment) to her successor, 30 September 2025

Farhan, this part is about the exporters who will come to see you. Most of them sell one of five things, and you should know roughly how each is doing.

**Rice.** Still the largest line and still growing. The big Punjab millers deal direct with Kabul wholesalers; the smaller ones come through agents in Peshawar and need more help with disputes.

**Medicines.** Our fastest-growing line: pharmaceuticals reached US$ 69 million in FY2025, thanks to a few Lahore and Karachi firms that registered their products with the Afghan regulator early. Registration is slow and expensive, and firms that have not done it ask us to lobby. Be careful: the Afghan regulator dislikes pressure from embassies.

**Wheat flour.** Falling, as Afghan mills buy more wheat from Central Asia and grind it themselves. The flour exporters are loud and well connected in Islamabad.

**Cement.** Falling too. Afghan builders now buy from two new plants near Kabul. Our cement men want a lower Afghan duty, which will not happen.

**Fruit and vegetables.** Seasonal and small, mostly potatoes and kinnow oranges.

**Annex: exports to Afghanistan by product**

| Pakistan's exports to Afghanistan, US$ million | FY2024 | FY2025 |
|---|---|---|
| Rice | 198 | 212 |
| Wheat flour | 131 | 118 |
| Pharmaceuticals | 89 | 96 |
| Cement | 71 | 64 |
| Fruit and vegetables | 62 | 58 |
| Other | 405 | 345 |
| Total | 956 | 893 |

**Who to see first.** The chairman of the pharmaceutical exporters' group, the rice exporters' representative in Peshawar, and the two Afghan importers' associations in Kabul. Their numbers are in Part 5.

**A warning.** Exporters will ask you to confirm figures for their press releases. Give them only what is in the official tables, and always say which year.
""",
))

HELDOUT14.append(dict(
    name="handover_notes_surplus_balance",
    control_type=None,
    labels=[dict(
        kind="arithmetic",
        quotes=["Exports US$ 893 million, imports US$ 498 million, a surplus of US$ 359 million"],
        explanation=("The key numbers give FY2025 exports of US$ 893 million and imports of US$ 498 million "
                     "and call the surplus US$ 359 million; exports minus imports is US$ 395 million."),
        expected_values=dict(
            exports=893, imports=498, computed_balance=395, stated_balance=359,
            as_written={"exports": "US$ 893 million", "imports": "US$ 498 million",
                        "stated_balance": "US$ 359 million"},
            unit="USD million", period="FY2025",
            subject="Pakistan's trade balance with Afghanistan",
            location="handover notes, 'three numbers to remember' list"),
    )],
    text="""
# Handover Notes: Commercial Section, Embassy of Pakistan, Kabul. Part 2: Your First Month

""" + HANDOVER_NOTE + """

From the outgoing Counsellor (Trade and Investment) to her successor, 30 September 2025

Farhan, welcome. This part is the short version; the rest of the notes fill in the detail.

**Three numbers to remember for FY2025.**

- Exports US$ 893 million, imports US$ 498 million, a surplus of US$ 359 million.
- Two-way trade US$ 1,391 million, down from US$ 1,576 million in FY2024.
- Afghan transit containers through Karachi and Port Qasim: 31,200, down from 52,000.

**Calls to make in week one.** The Afghan Minister of Commerce's chief of staff (he decides who sees the minister); the chairman of the Afghan chamber; the head of the Afghan customs directorate; and our own Consul General in Jalalabad, who knows more about Torkham than anyone in Kabul.

**Meetings already in the diary.** The joint chamber meeting on 14 October; the monthly border trade committee at Torkham on 22 October; and the planning meeting for the trade delegation, which the ministry wants to bring to Kabul in November with about 40 firms.

**Things I wish I had known.** Afghan officials will rarely say no in a meeting; a request that is not followed up within a week is usually dead. Printed letters carry more weight than e-mails. Do not promise visas.

**Staff.** The section has a second secretary, two local trade assistants and a driver. The senior trade assistant has been here eleven years and is the section's memory; trust her.

**Money.** The section's budget for events this year is mostly spent on the trade delegation. Ask the Head of Chancery early if you need more.

**Safety.** Follow the security office's rules on movement even when they seem excessive. They have been right more often than wrong.

With best wishes for your posting.
""",
))

HELDOUT14.append(dict(
    name="handover_notes_jec_hungary",
    control_type=None,
    labels=[dict(
        kind="scope",
        quotes=["the Hungary–Afghanistan Joint Economic Commission"],
        explanation=("The commission whose session the section is preparing, with a Pakistani commerce "
                     "ministry team, is the Pakistan–Afghanistan one; the notes name Hungary as one side "
                     "of it. Hungary is named correctly elsewhere, for a Hungarian firm's own business."),
        expected_values=dict(
            third_country="HUN", named_pair=["HUN", "AFG"], pair=["PAK", "AFG"],
            named_as="Hungary–Afghanistan Joint Economic Commission",
            not_a_defect="Hungarian firm that builds grain silos"),
    )],
    text="""
# Handover Notes: Commercial Section, Embassy of Pakistan, Kabul. Part 4: Pending Business

""" + HANDOVER_NOTE + """

From the outgoing Counsellor (Trade and Investment) to her successor, 30 September 2025

Farhan, these are the files that will land on your desk first.

**1. Joint Economic Commission.** The next session of the Hungary–Afghanistan Joint Economic Commission is due in Islamabad early in 2026. Our commerce ministry will lead, and the section has to collect Afghan proposals and comment on the draft minutes. The last session agreed on longer opening hours at Torkham and a working group on banking channels; neither has met since. Start early: the Afghan side takes months to clear its positions.

**2. Trade delegation.** The ministry wants to bring about 40 firms to Kabul in November. Hotels, security and a venue are booked for two nights; the programme is not. The chambers want business-to-business meetings, the ministry wants a signing ceremony. Try to give both.

**3. Transit.** Afghan importers keep asking about the rules for transit cargo, especially bank guarantees and the tracking fee. We can explain the rules but cannot change them. Refer detailed questions to the transit directorate in Karachi.

**4. Railway.** The Afghan side has revived talk of a line to Peshawar through Torkham. Report what you hear, but do not comment; Islamabad has no position yet.

**5. Requests from other embassies.** A Hungarian firm that builds grain silos has asked, through its embassy, for introductions to Afghan flour mills. I agreed to pass on names of mill owners who had already met us, and nothing more. Use the same rule for other embassies' firms.

**6. Complaints.** The register of exporters' complaints is in Part 6. Most of them are about payments.

**7. Press.** Afghan journalists ask about closures at Torkham every week. The line is that the crossing's hours are set by both sides' border authorities and that we encourage traders to use the official channels. Keep interviews short.
""",
))

HELDOUT14.append(dict(
    name="handover_notes_complaints_reuse",
    control_type=None,
    labels=[dict(
        kind="number_reuse",
        quotes=["27 are still open", "27 have been resolved"],
        explanation=("The notes give 27 both for the complaints still open and for those resolved. Of the "
                     "63 complaints received since July 2023, 27 open leaves 63 - 27 = 36 resolved."),
        expected_values=dict(
            value=27, unit="complaints", quantity_1="trade-dispute complaints still open",
            quantity_2="trade-dispute complaints resolved", expected_value_2=36),
    )],
    text="""
# Handover Notes: Commercial Section, Embassy of Pakistan, Kabul. Part 6: The Complaints Register

""" + HANDOVER_NOTE + """

From the outgoing Counsellor (Trade and Investment) to her successor, 30 September 2025

Farhan, the complaints register is the part of the job that takes the most time and brings the least credit, but exporters judge the section by it.

**The numbers.** Since July 2023 the section has received 63 trade-dispute complaints from Pakistani exporters. Of these, 27 are still open and 27 have been resolved, most of them by mediation with the Afghan chamber rather than in any court.

**What they are about.** Most are about unpaid invoices: the Afghan buyer received the goods and then paid late, paid less, or stopped answering the phone. A smaller number are about goods rejected at the border as below standard, and a few about trucks held by the Afghan customs.

**How we handle them.** The trade assistant opens a file and writes to the Afghan buyer, with a copy to the Afghan chamber. If there is no answer in two weeks, I call the chamber's dispute desk. If that fails, the exporter is told how to find a lawyer in Kabul; we do not act as his lawyer.

**What works.** A call from the chamber to the buyer's elders usually does more than any letter. Exporters who have a written contract and proof of delivery get paid far more often than those who sold on a handshake.

**What does not.** Threats of blacklisting, which we cannot carry out, and public complaints in the press, which make buyers dig in.

**Open cases to watch.** A rice exporter owed about US$ 180,000 by a Kabul wholesaler who has left the country; a medicine exporter whose goods were rejected over labels in the wrong language; and a cement firm in dispute over the weight of its trucks at Torkham.

**The register itself.** It is a spreadsheet on the shared drive, one row per complaint, updated by the trade assistant every Friday. Please keep it that way; the ministry asks for it twice a year.
""",
))


# ---------------------------------------------------------------------------
# R9. A university society's quiz-night answer sheet.
# ---------------------------------------------------------------------------

QUIZ_NOTE = ("*In the style of a quizmaster's answer sheet for a student society's quiz night. The "
             "society, the teams and the scores are invented; trade, border and refugee figures follow "
             "this set's series.*")

QUIZ_SCORES = """| Team | Round 1 | Round 2 | Round 3 | Round 4 | Total |
|---|---|---|---|---|---|
| Silk Routers | 8 | 7 | 9 | 6 | 30 |
| Zero Point | 9 | 6 | 7 | 7 | 29 |
| Landlocked | 6 | 8 | 8 | 5 | 27 |
| Kiraya Kings | 7 | 5 | 6 | 8 | 26 |"""

HELDOUT14.append(dict(
    name="quiz_round_one_exports_backwards",
    control_type=None,
    labels=[dict(
        kind="garbled",
        quotes=["fell in every year from 2021 to 2019"],
        explanation=("The note says exports fell in every year 'from 2021 to 2019': the period runs "
                     "backwards. The figures it goes on to give (1,290 in 2019, 942 in 2020, 828 in 2021) "
                     "fall from 2019 to 2021."),
        expected_values=dict(
            stated_period_start="2021", stated_period_end="2019",
            as_written={"stated_period_start": "2021", "stated_period_end": "2019"},
            subject="Pakistan's exports to Afghanistan", location="round 1, note to question 1"),
    )],
    text="""
# Frontier Economics Society, Border Economy Quiz Night, 6 November 2025: Quizmaster's Answer Sheet, Round 1 (Trade)

""" + QUIZ_NOTE + """

Read each question twice. Teams have thirty seconds per question. Answers in bold; notes are for the quizmaster only.

**Q1.** In which of the six years from 2019 to 2024 were Pakistan's exports to Afghanistan highest? **2019.** *Note:* US$ 1,290 million. Exports then fell in every year from 2021 to 2019, reaching US$ 942 million in 2020 and US$ 828 million in 2021, before recovering to US$ 1,012 million in 2023.

**Q2.** What is Pakistan's largest single import from Afghanistan? **Coal.** *Note:* US$ 168 million in FY2025, about a third of all imports.

**Q3.** And its largest single export to Afghanistan? **Rice.** *Note:* US$ 212 million in FY2025. Accept "basmati" or "sella".

**Q4.** In calendar 2023 Pakistan exported US$ 1,012 million to Afghanistan and imported US$ 690 million. What was the balance? **A surplus of US$ 322 million.** *Note:* give half a point for 322 without "surplus".

**Q5.** Two-way trade in FY2025, to the nearest hundred million dollars? **US$ 1.4 billion.** *Note:* the exact figure is US$ 1,391 million.

**Q6.** Which crossing carries most of the trade by road? **Torkham.** *Note:* about 820 trucks a day in 2024.

**Q7.** What does the Pashto and Urdu word "kiraya" mean to a truck driver? **Freight charge (the fare for the load).**

**Q8.** Which Afghan fruit, sold in Peshawar by the maund, is named after Kandahar? **The Kandahari pomegranate.**

**Q9.** In what kind of year does Pakistan publish its trade figures, calendar or fiscal? **Both; the official tables use the fiscal year from July to June.** *Note:* accept "fiscal".

**Q10.** Name the two main crossings for trucks between Pakistan and Afghanistan. **Torkham and Chaman.** One point for both, none for one.

**Scores after round 1:** Zero Point 9, Silk Routers 8, Kiraya Kings 7, Landlocked 6. Read them out in reverse order.
""",
))

HELDOUT14.append(dict(
    name="quiz_round_two_refugees_2024",
    control_type=None,
    labels=[dict(
        kind="citation",
        quotes=["About 1.2 million (UNHCR Global Trends report 2024)"],
        explanation=("The answer, citing UNHCR's Global Trends report 2024, gives about 1.2 million "
                     "registered Afghan refugees in Pakistan at the end of 2024; the reference value is "
                     "1,559,964, about 23 percent higher, and outside even the answer's accepted range of "
                     "1.1 to 1.3 million."),
        expected_values=dict(
            stated=1200000, reference=1559964, indicator="refugees.registered",
            subject="registered Afghan refugees in Pakistan", period="2024",
            cited_source="UNHCR", citation_form="(UNHCR Global Trends report YEAR) after a quiz answer",
            location="round 2, answer to question 1", stated_as_written="1.2 million",
            stated_hedge="about"),
    )],
    text="""
# Frontier Economics Society, Border Economy Quiz Night, 6 November 2025: Quizmaster's Answer Sheet, Round 2 (People)

""" + QUIZ_NOTE + """

Read each question twice. Teams have thirty seconds per question. Answers in bold; notes are for the quizmaster only.

**Q1.** Roughly how many registered Afghan refugees did Pakistan host at the end of 2024? **About 1.2 million (UNHCR Global Trends report 2024).** *Note:* accept anything from 1.1 to 1.3 million.

**Q2.** What does "PoR" stand for on a refugee's card? **Proof of Registration.**

**Q3.** Which province hosts the largest number of registered Afghan refugees? **Khyber Pakhtunkhwa.** *Note:* just over half of them, 811.2 thousand at the end of 2024.

**Q4.** How many Afghans returned from Pakistan to Afghanistan in 2024, to the nearest hundred thousand? **700,000.** *Note:* the figure was 676,000; accept 650,000 to 700,000.

**Q5.** Were returns higher in the first or the second quarter of 2025? **The second.** *Note:* 141,000 in January–March and 179,000 in April–June.

**Q6.** Through which crossing did most returnees travel in 2024? **Torkham.**

**Q7.** In which month and year did Pakistan announce its deadline for undocumented foreigners to leave, which started the current wave of returns? **October 2023.**

**Q8.** What is the Afghan Citizen Card, in one sentence? **A card issued to Afghans in Pakistan who were not registered as refugees, recording their identity.** *Note:* accept any answer that mentions registration of unregistered Afghans.

**Q9.** Name a town near Peshawar, or on the road from Peshawar to Torkham, that has hosted refugee villages since the 1980s. **Any of Nowshera, Jamrud or Landi Kotal.** *Note:* one point.

**Q10.** Tiebreaker: how many people crossed at Torkham on the busiest day of returns in 2024? **Closest answer wins.** *Note:* the figure to use is in the sealed envelope; do not read it out until both teams have answered.

**Scores after round 2:** Silk Routers 15, Zero Point 15, Landlocked 14, Kiraya Kings 12.
""",
))

HELDOUT14.append(dict(
    name="quiz_round_three_chaman_soared",
    control_type=None,
    labels=[dict(
        kind="direction",
        quotes=["soared from 610 trucks a day in 2023 to 470 in 2024"],
        explanation=("'Soared' describes a rise, but traffic at Chaman went from 610 trucks a day in 2023 to "
                     "470 in 2024, a fall of 23.0 percent."),
        expected_values=dict(
            **{"from": 610, "to": 470}, change=-140, change_pct=-22.95,
            from_period="2023", to_period="2024",
            stated_direction="rise", actual_direction="fall", direction_word="soared",
            unit="trucks a day", subject="trucks crossing a day at Chaman",
            location="round 3, note to question 4"),
    )],
    text="""
# Frontier Economics Society, Border Economy Quiz Night, 6 November 2025: Quizmaster's Answer Sheet, Round 3 (The Border)

""" + QUIZ_NOTE + """

Read each question twice. Teams have thirty seconds per question. Answers in bold; notes are for the quizmaster only.

**Q1.** What is the name of the line that forms the border between Pakistan and Afghanistan? **The Durand Line.**

**Q2.** In which pass does the road climb from Peshawar to Torkham? **The Khyber Pass.**

**Q3.** On average, how many trucks crossed at Torkham each day in 2024: about 400, about 800 or about 1,200? **About 800.** *Note:* the average was 820, down from 1,150 in 2023.

**Q4.** Did truck traffic at Chaman rise or fall between 2023 and 2024? **It fell.** *Note:* traffic soared from 610 trucks a day in 2023 to 470 in 2024; give the point only for "fell".

**Q5.** For how many days was Torkham closed to cargo in 2024: 16, 46 or 96? **46.**

**Q6.** On the Afghan side, what is the town opposite Chaman? **Spin Boldak.**

**Q7.** In February 2025, how many hours on average did it take to clear an export truck at Torkham: 4, 14 or 44? **44.** *Note:* up from 38 in January.

**Q8.** Which city is the starting point of the road from the sea to Chaman? **Karachi.** *Note:* accept Quetta as the last big city on the way, for half a point.

**Q9.** The border crossing called Ghulam Khan lies in which district? **North Waziristan.**

**Q10.** Picture question (show slide 14): name the pass. **The Khyber Pass, with the Bab-e-Khyber gate at Jamrud.**

**Scores after round 3**

| Team | Round 1 | Round 2 | Round 3 | Total |
|---|---|---|---|---|
| Silk Routers | 8 | 7 | 9 | 24 |
| Zero Point | 9 | 6 | 7 | 22 |
| Landlocked | 6 | 8 | 8 | 22 |
| Kiraya Kings | 7 | 5 | 6 | 18 |

Zero Point and Landlocked are level going into the last round.
""",
))

HELDOUT14.append(dict(
    name="quiz_round_four_armenia_transit",
    control_type=None,
    labels=[dict(
        kind="scope",
        quotes=["The Armenia–Afghanistan Transit Trade Agreement of 2010"],
        explanation=("The 2010 agreement under which Afghan goods move through Karachi is the "
                     "Pakistan–Afghanistan transit trade agreement; the answer names Armenia as one side "
                     "of it. Armenia is named correctly in an earlier answer, as a landlocked country."),
        expected_values=dict(
            third_country="ARM", named_pair=["ARM", "AFG"], pair=["PAK", "AFG"],
            named_as="Armenia–Afghanistan Transit Trade Agreement",
            not_a_defect="Armenia, whose capital is Yerevan"),
    )],
    text="""
# Frontier Economics Society, Border Economy Quiz Night, 6 November 2025: Quizmaster's Answer Sheet, Round 4 (The World)

""" + QUIZ_NOTE + """

Read each question twice. Teams have thirty seconds per question. Answers in bold; notes are for the quizmaster only.

**Q1.** Afghanistan is landlocked. Name the landlocked country of the South Caucasus whose capital lies in sight of Mount Ararat. **Armenia, whose capital is Yerevan.**

**Q2.** Through which port do most of Afghanistan's overseas imports arrive when the route through Pakistan is used? **Karachi.** *Note:* accept Port Qasim.

**Q3.** Under which agreement do Afghan goods move through Karachi to Torkham and Chaman without paying Pakistani duty? **The Armenia–Afghanistan Transit Trade Agreement of 2010.** *Note:* one point for the name, a bonus point for the year.

**Q4.** Which Iranian port has taken much of the Afghan transit cargo that used to come through Karachi? **Bandar Abbas.** *Note:* accept Chabahar.

**Q5.** Which Central Asian country's railway reaches Mazar-i-Sharif? **Uzbekistan.**

**Q6.** What is CASA-1000? **A power line to carry electricity from Central Asia to Afghanistan and Pakistan.**

**Q7.** What is TAPI? **A gas pipeline planned from Turkmenistan through Afghanistan and Pakistan to India.**

**Q8.** Which city in China is the starting point of the freight trains that have run to Afghanistan through Central Asia? **Any of Urumqi, Lanzhou or Nantong.** *Note:* one point.

**Q9.** Landlocked countries face higher trade costs. Name any two landlocked countries in Africa. **Any two of Ethiopia, Uganda, Rwanda, Mali, Niger, Chad, Zambia and others.**

**Q10.** Tiebreaker: how many countries in the world are landlocked? **44 (accept 43 to 45).**

**Final scores**

""" + QUIZ_SCORES + """

**Winners: Silk Routers,** one point ahead of Zero Point. The prize (a hamper of Afghan dried fruit) is on the front table.
""",
))


# ---------------------------------------------------------------------------
# R10. A start-up's business plan for a freight-matching app.
# ---------------------------------------------------------------------------

PLAN_NOTE = ("*In the style of a start-up's business plan for a seed round, abridged. The company, its "
             "founders, its projections and the round are invented; border and freight figures follow "
             "this set's series.*")

PLAN_TABLE = """| Rs million unless stated | Year 1 (2026) | Year 2 (2027) | Year 3 (2028) |
|---|---|---|---|
| Trucks on the app | 400 | 1,100 | 2,400 |
| Trips booked | 6,000 | 19,800 | 48,000 |
| Revenue | 36.9 | 121.8 | 295.2 |
| Operating cost | 88.0 | 132.0 | 190.0 |
| Operating result | (51.1) | (10.2) | 105.2 |"""

HELDOUT14.append(dict(
    name="business_plan_projections_control",
    control_type="control",
    labels=[],
    text="""
# Rahdari Technologies (Pvt) Ltd: Business Plan, Seed Round, November 2025. Section 4: Market and Financial Projections

""" + PLAN_NOTE + """

**4.1 The market.** In 2024 an average of 820 trucks a day crossed at Torkham and 470 at Chaman, about 300,000 and 170,000 crossings a year. Behind each crossing is a phone call, often several: a trader looking for a truck, a driver looking for a load, an agent taking a cut from both.

**4.2 What we sell.** Rahdari matches loads with trucks on the Peshawar–Afghanistan routes through an app in Pashto, Urdu and Dari. We charge the shipper a commission of 3 percent of the freight. On a typical round trip from Peshawar to Jalalabad, with a kiraya of Rs 205,000, that is Rs 6,150.

**4.3 Projections.**

""" + PLAN_TABLE + """

Trips booked assume that each truck on the app takes 15 loads through us in Year 1, 18 in Year 2 and 20 in Year 3. Revenue is trips booked times Rs 6,150.

**4.4 Reading the numbers.** Revenue grows 3.3 times from Year 1 to Year 2 and a further 2.4 times in Year 3. Operating costs grow more slowly, because most of the cost is the engineering team, which we do not need to double. We expect to lose Rs 51.1 million in Year 1 and Rs 10.2 million in Year 2, and to make an operating profit of Rs 105.2 million in Year 3.

**4.5 Share of the market.** Even in Year 3, 48,000 trips would be about a tenth of the 470,000 crossings a year at the two main crossings today, so the plan does not depend on winning most of the market.

**4.6 Others who have done it.** Apps that match loads and trucks have grown quickly in India and Brazil, where trucking is also run by small owners. None yet serves cross-border routes from Pakistan.
""",
))

HELDOUT14.append(dict(
    name="business_plan_trips_growth_percent",
    control_type=None,
    labels=[dict(
        kind="arithmetic",
        quotes=["an increase of 330 percent"],
        explanation=("Trips booked are to rise from 6,000 in Year 1 to 19,800 in Year 2, which is an increase "
                     "of 230 percent (3.3 times); the plan calls it an increase of 330 percent."),
        expected_values=dict(
            **{"from": 6000, "to": 19800}, computed_change_pct=230.0, stated_change_pct=330,
            from_period="2026", to_period="2027", unit="trips booked",
            subject="trips booked through the Rahdari app",
            location="traction and growth section"),
    )],
    text="""
# Rahdari Technologies (Pvt) Ltd: Business Plan, Seed Round, November 2025. Section 3: Traction and Growth

""" + PLAN_NOTE + """

**3.1 Where we are.** We launched a test version of the app in May 2025 with 60 trucks from Landi Kotal and Peshawar and twelve shippers. By the end of October, 1,310 trips had been booked through it, and 41 of the 60 drivers were still using it every week. Shippers told us the main benefit is knowing, before noon, that a truck will come the next morning.

**3.2 What we learned.** Drivers do not want to type. The second version of the app works by voice notes and a few large buttons. Shippers want a printed receipt for their accounts, which we now send by WhatsApp as a PDF.

**3.3 Growth plan.** We will add trucks in three waves: Landi Kotal and Peshawar in Year 1, Chaman and Quetta in Year 2, and the transit routes from Karachi in Year 3. Trips booked would rise from 6,000 in Year 1 to 19,800 in Year 2, an increase of 330 percent, as trucks on the app grow from 400 to 1,100 and each takes more of its loads through us. In Year 3 we expect 48,000 trips from 2,400 trucks.

**3.4 How we get drivers.** Drivers join through the truck stands, not through advertising. We pay a stand's munshi Rs 1,000 for each driver who completes five trips. Our field team of six visits the stands every week.

**3.5 How we get shippers.** We start with the exporters who already use the most trucks: cement agencies, rice traders and medicine wholesalers. Each gets a named account manager and a month without commission.

**3.6 Milestones for this round.** 400 active trucks and 500 trips a month by December 2026; an office in Quetta by mid-2027; a licence as a freight broker in Afghanistan, applied for through our Kabul partner.

**3.7 Key risks.** Border closures, slow payments by shippers and copying by larger transport companies.
""",
))

HELDOUT14.append(dict(
    name="business_plan_summary_revenue_table",
    control_type=None,
    labels=[dict(
        kind="text_vs_table",
        quotes=["revenue of Rs 259.2 million in Year 3 (2028)",
                "| Revenue | 36.9 | 121.8 | 295.2 |"],
        explanation=("The executive summary promises revenue of Rs 259.2 million in Year 3; the projections "
                     "table gives Rs 295.2 million for the same year, which is what 48,000 trips at Rs 6,150 "
                     "give and what the table's operating result of 105.2 (295.2 - 190.0) requires."),
        expected_values=dict(
            text_value=259.2, table_value=295.2, unit="PKR million",
            subject="Rahdari's projected revenue", period="2028",
            period_as_written="Year 3 (2028)",
            location="executive summary against the projections table", table_form="pipe",
            text_as_written="Rs 259.2 million"),
    )],
    text="""
# Rahdari Technologies (Pvt) Ltd: Business Plan, Seed Round, November 2025. Section 1: Executive Summary

""" + PLAN_NOTE + """

**The problem.** Finding a truck for a load to Afghanistan, or a load for a truck coming back, still takes a dozen phone calls and a middleman's cut. Trucks wait for days at the stands, and about half come back from Afghanistan empty.

**Our answer.** Rahdari is an app that matches loads with trucks on the routes between Pakistan and Afghanistan. Drivers use voice notes in Pashto; shippers book and pay in the app and get a receipt on WhatsApp. We charge shippers 3 percent of the freight.

**Traction.** Since May 2025, 60 test trucks and twelve shippers have booked 1,310 trips with us.

**The plan.** With this round we will grow to 2,400 trucks by Year 3 and expect revenue of Rs 259.2 million in Year 3 (2028), with an operating profit in that year.

""" + PLAN_TABLE + """

**The team.** Our two founders have worked in trucking and software for a combined 19 years. One grew up in a transport family in Landi Kotal; the other built payment software for a Karachi bank.

**The round.** We are raising Rs 140 million for 20 percent of the company, valuing it at Rs 560 million before the investment. The money will pay for the product, the sales team and two years of operations.

**Why now.** Mobile wallets now reach most drivers, smartphones are cheap, and traders want to cut costs after two hard years at the border.

**Contact.** The founders, at our office in Hayatabad, Peshawar.
""",
))

HELDOUT14.append(dict(
    name="business_plan_use_of_funds_reuse",
    control_type=None,
    labels=[dict(
        kind="number_reuse",
        quotes=["sales and driver onboarding, Rs 42 million", "operations and customer support, Rs 42 million"],
        explanation=("The use of funds gives Rs 42 million both for sales and for operations. Operations is "
                     "also said to be 20 percent of the Rs 140 million round, which is Rs 28 million, and "
                     "only 28 lets the four lines add up to 140 (56 + 42 + 28 + 14)."),
        expected_values=dict(
            value=42, value_as_written="Rs 42 million", unit="PKR million",
            quantity_1="seed money for sales and driver onboarding",
            quantity_2="seed money for operations and customer support", expected_value_2=28),
    )],
    text="""
# Rahdari Technologies (Pvt) Ltd: Business Plan, Seed Round, November 2025. Section 6: The Round and Use of Funds

""" + PLAN_NOTE + """

**6.1 Terms.** We are raising Rs 140 million in exchange for 20 percent of the company's shares, a pre-money valuation of Rs 560 million. The round is open to up to five investors, with a minimum ticket of Rs 10 million. The founders will keep 80 percent after the round, less an option pool of 8 percent for staff, to be created before Year 2.

**6.2 Use of funds.** The money will be spent over 24 months as follows:

- product and engineering, Rs 56 million (40 percent);
- sales and driver onboarding, Rs 42 million (30 percent);
- operations and customer support, Rs 42 million (20 percent);
- reserve for border closures and delays in payment, Rs 14 million (10 percent).

**6.3 Why these amounts.** Most of the product money goes on salaries for a team of nine engineers in Peshawar and Lahore. Sales money pays the field team at the truck stands and the munshis' fees. Operations covers the call centre, which works in three languages, and the costs of collecting payment from shippers. The reserve lets us keep paying drivers on time when shippers pay late.

**6.4 Milestones.** By the end of the 24 months we aim to have 1,100 trucks on the app and 19,800 trips a year, and to be close to breaking even, ready for a larger round.

**6.5 Governance.** Investors holding at least 5 percent will have a seat on the board or an observer. Accounts will be audited from Year 1, and investors will receive a short report each month.

**6.6 Exit.** We expect a larger transport or logistics company, or a regional technology group, to be the natural buyer in five to seven years.
""",
))

HELDOUT14.append(dict(
    name="business_plan_freight_rates_inched_up",
    control_type=None,
    labels=[dict(
        kind="direction",
        quotes=["inched up from USD 3,400 in January 2025 to USD 3,250 in July 2025"],
        explanation=("'Inched up' describes a rise, but the rate for a 40ft container from Karachi to Kabul "
                     "via Torkham went from USD 3,400 in January 2025 to USD 3,250 in July 2025, a fall of "
                     "4.4 percent."),
        expected_values=dict(
            **{"from": 3400, "to": 3250}, change=-150, change_pct=-4.41,
            from_period="Jan 2025", to_period="Jul 2025",
            as_written={"from_period": "January 2025", "to_period": "July 2025"},
            stated_direction="rise", actual_direction="fall", direction_word="inched up",
            unit="USD per 40ft container", subject="road freight, Karachi-Kabul via Torkham",
            location="market section, freight rates paragraph"),
    )],
    text="""
# Rahdari Technologies (Pvt) Ltd: Business Plan, Seed Round, November 2025. Section 2: The Market Today

""" + PLAN_NOTE + """

**2.1 Who moves the goods.** Trucking between Pakistan and Afghanistan is run by small owners. Most own one to three trucks and find loads through the munshis at the truck stands in Peshawar, Landi Kotal, Quetta and Karachi. A few large fleets serve the cement and rice exporters on contract.

**2.2 How loads are found.** A shipper calls an agent, the agent calls the stand, the stand's munshi calls the drivers he knows. Each step adds time and a fee. Drivers coming back from Afghanistan depend on the same chain in Jalalabad and Kabul, which is why so many return empty.

**2.3 Traffic.** Trucks crossing at Torkham averaged 820 a day in 2024, down from 1,150 in 2023, and 470 at Chaman, down from 610. Closures took 46 days out of the year at Torkham. Fewer trucks chasing fewer loads means drivers are keen to try anything that fills the truck.

**2.4 Freight rates.** Road freight rates for transit cargo inched up from USD 3,400 in January 2025 to USD 3,250 in July 2025 for a forty-foot container from Karachi to Kabul via Torkham, as forwarders competed for a smaller volume of boxes. Local rates in rupees on the Peshawar–Jalalabad route have hardly moved; a loaded round trip still pays about Rs 205,000.

**2.5 Costs for the driver.** On that round trip, diesel takes about half of the driver's costs, and border charges and tolls most of the rest. A return load is the difference between a small profit and a loss.

**2.6 What is missing.** There is no shared list of available trucks, no record of a driver's reliability, and no way for a shipper to pay a driver he has never met without a middleman. Rahdari supplies all three.
""",
))


# ---------------------------------------------------------------------------
# R11. A plant quarantine station's monthly inspection report.
# ---------------------------------------------------------------------------

PQ_NOTE = ("*In the style of a plant quarantine station's monthly report. The station's staff, the "
           "consignments, interceptions, rejections and fees are invented.*")

PQ_TABLE_BAD = pdf_table([
    ["Commodity", "Consignments", "Tonnes", "Interceptions", "Rejected"],
    ["Grapes", "1,240", "22,320", "14", "3"],
    ["Pomegranates", "610", "10,980", "9", "2"],
    ["Apples", "380", "6,840", "6", "1"],
    ["Tomatoes", "920", "16,560", "4", "0"],
    ["Onions", "270", "5,400", "2", "0"],
    ["Total", "3,420", "61,200", "35", "6"],
])

HELDOUT14.append(dict(
    name="quarantine_report_tonnes_total",
    control_type=None,
    labels=[dict(
        kind="arithmetic",
        quotes=[row(PQ_TABLE_BAD, "Total")],
        explanation=("In the PDF-extracted table the total row gives 61,200 tonnes, but the five "
                     "commodities add up to 22,320 + 10,980 + 6,840 + 16,560 + 5,400 = 62,100 tonnes, "
                     "which is also what the report's 18 tonnes a consignment (20 for onions) gives."),
        expected_values=dict(
            parts={"grapes": 22320, "pomegranates": 10980, "apples": 6840, "tomatoes": 16560,
                   "onions": 5400},
            sum_of_parts=62100, stated_total=61200, difference=-900,
            unit="tonnes", period="Sep 2025",
            subject="fresh produce from Afghanistan inspected at Torkham",
            location="inspection summary table (PDF extraction), total row", table_form="pdf"),
    )],
    text="""
# Plant Quarantine Station, Torkham: Monthly Inspection Report, September 2025

""" + PQ_NOTE + """

**1. Summary.** September is the height of the grape season, and the station inspected 3,420 consignments of fresh produce from Afghanistan, against 2,960 in August. Grapes made up more than a third of all consignments. Inspectors intercepted pests in 35 consignments and rejected six.

**2. Inspection summary.** The table below is taken from the station's monthly return as printed by the reporting system. A consignment is one truck, normally of 18 tonnes; onion trucks carry 20 tonnes.

""" + PQ_TABLE_BAD + """

**3. Interceptions.** Most interceptions on grapes were mealybugs and spider mites, found on bunches packed without cleaning. Fruit fly larvae were found mainly in pomegranates. All intercepted pests were sent to the regional laboratory in Peshawar for identification.

**4. Rejections.** Six consignments were refused entry: four because live pests were found that could not be treated at the border, one for soil on the produce, and one because it carried no phytosanitary certificate. Rejected consignments were sent back across the border under escort.

**5. Staffing and equipment.** The station worked with eleven inspectors against fourteen sanctioned posts. The second cold room for holding samples is still out of order, and samples were sent to Peshawar daily in cool boxes instead.

**6. Waiting times.** On the busiest days of the month, fruit trucks waited up to six hours for inspection. The station opened a second inspection lane on 15 September with inspectors borrowed from the Peshawar office, which cut waiting to about two hours.

**7. Outlook.** Grape arrivals will fall in October, and pomegranates and apples will make up most of the work until December.

Officer in charge, Plant Quarantine Station, Torkham
""",
))

HELDOUT14.append(dict(
    name="quarantine_report_fee_same",
    control_type=None,
    labels=[dict(
        kind="garbled",
        quotes=["went from Rs 1,500 per consignment in August 2025 to Rs 1,500 per consignment in August 2025"],
        explanation=("The report says the inspection fee changed under a new schedule, but its start and "
                     "end are the same value in the same month, so no change is described."),
        expected_values=dict(
            start_value=1500, end_value=1500, start_period="Aug 2025", end_period="Aug 2025",
            period_as_written="August 2025", unit="PKR per consignment",
            subject="inspection fee at the plant quarantine station, Torkham",
            location="section on fees and revenue"),
    )],
    text="""
# Plant Quarantine Station, Torkham: Monthly Inspection Report, September 2025. Part B: Pests, Fees and Administration

""" + PQ_NOTE + """

**1. Pests intercepted.** Pests were found in 35 of the 3,420 consignments inspected in September.

| Pest intercepted | Interceptions | Main host |
|---|---|---|
| Mealybugs | 9 | grapes |
| Fruit fly larvae | 9 | pomegranates |
| Spider mites | 6 | grapes |
| Codling moth | 5 | apples |
| Tomato leaf miner | 4 | tomatoes |
| Onion thrips | 2 | onions |
| Total | 35 | |

Mealybugs and mites on grapes were usually treated at the border by the trader's agent under supervision, and the consignments were then released; one lot was so heavily infested that it was rejected. Fruit fly larvae and codling moth were treated as serious, and the lots concerned were held for a decision by the officer in charge.

**2. Fees and revenue.** Under the new schedule the inspection fee went from Rs 1,500 per consignment in August 2025 to Rs 1,500 per consignment in August 2025, and traders were told of the change at the gate. Fees are paid online before the truck reaches the inspection lane. A few traders still arrive without paying, and their trucks are sent to the back of the line.

**3. Certificates.** Every consignment must carry a phytosanitary certificate issued by the Afghan plant protection authority. In September one consignment of grapes arrived without one and was rejected. Inspectors found two certificates with altered dates, which have been reported to the Afghan side.

**4. Training.** Four inspectors attended a week's course on fruit fly identification at the regional laboratory. Two traders' associations asked for a session on packing grapes so as to avoid mealybugs, which the station will hold in the off-season.

**5. Complaints.** Traders complained about waiting times on the busiest days and about the lack of shade in the inspection yard. A shed roof has been requested from the works department.

Officer in charge, Plant Quarantine Station, Torkham
""",
))

HELDOUT14.append(dict(
    name="quarantine_report_protocol_mexico",
    control_type=None,
    labels=[dict(
        kind="scope",
        quotes=["the bilateral plant health protocol between Mexico and Afghanistan"],
        explanation=("The protocol that governs consignments crossing at Torkham, and the return of "
                     "rejected lots to the Afghan side, is the one between Pakistan and Afghanistan; the "
                     "report names Mexico as one side of it. Mexico is named nowhere else."),
        expected_values=dict(
            third_country="MEX", named_pair=["MEX", "AFG"], pair=["PAK", "AFG"],
            named_as="between Mexico and Afghanistan"),
    )],
    text="""
# Plant Quarantine Station, Torkham: Monthly Inspection Report, September 2025. Part C: Rejections

""" + PQ_NOTE + """

**1. Consignments rejected.** Six of the 3,420 consignments inspected in September were refused entry into Pakistan.

| Reason for rejection | Consignments |
|---|---|
| Live fruit fly larvae | 2 |
| Heavy mealybug infestation, not treatable | 1 |
| Live codling moth larvae | 1 |
| Soil on produce | 1 |
| No phytosanitary certificate | 1 |
| Total | 6 |

**2. What happens to rejected lots.** Under the bilateral plant health protocol between Mexico and Afghanistan, consignments that fail inspection at Torkham are sent back to the Afghan side under escort rather than destroyed, unless the trader asks for destruction. All six traders in September chose to take their goods back.

**3. Grapes.** Three of the rejected consignments were grapes from the Shomali plain, all from the same exporter: one with live fruit fly larvae, one too heavily infested with mealybugs to treat, and one without a certificate. The station has written to the Afghan plant protection authority asking it to inspect the exporter's packing house before his next shipment.

**4. Pomegranates.** Two consignments of pomegranates from Kandahar were rejected, one for fruit fly larvae and one for soil caked on the fruit and crates.

**5. Apples.** One consignment of apples from Wardak was rejected for live codling moth larvae found in a sample of cut fruit.

**6. Notice to traders.** The station reminds traders that produce must be clean, packed in new or cleaned crates, and accompanied by a valid certificate. Lots that fail will be returned at the trader's cost.

**7. Contact with the Afghan side.** The officer in charge met his Afghan counterpart at the zero point on 24 September. They agreed to share lists of rejected consignments every week and to hold a joint training on fruit fly inspection before the next grape season.

Officer in charge, Plant Quarantine Station, Torkham
""",
))
