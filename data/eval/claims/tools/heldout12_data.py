# Twelfth held-out set of synthetic documents ("heldout12").  Written from
# scratch after heldout11/, by a labeller who had not opened dyad's
# implementation or history and had not seen any of its results.
# Every entry: name (topic slug, numbered later by build_heldout12.py), text,
# labels (list of defect dicts), control_type for controls.
# The texts imitate registers not used before: a provincial Planning and
# Development Department's Annual Development Programme (sector overview,
# throw-forward annex, scheme summary sheet, sector commentary), district
# profiles of refugee-hosting districts, a truckers' union charter of
# demands, an investigative news feature with a "How we did this" methods
# box, chart alt text and a correction line, students' term papers with
# references, a customs tariff notification (SRO) with its schedule and
# explanatory memorandum, a chamber of commerce's budget proposals, a
# shipping line's customer advisories, authors' replies to journal
# reviewers, a procurement bid evaluation report, a trade economist's
# numbered social-media thread, and a bank economics team's "chart of the
# week" with alt text.
# PDF-extracted tables are laid out by pdf_table(), as in heldout11_data.py.
#
# Invented figures shared with earlier sets (see heldout3-11_data.py):
# annual trade series (README); FY2023 (FY2022-23) exports 991, imports 738;
# FY2024 (FY2023-24) exports 956, imports 620, balance 336, two-way 1,576;
# FY2025 (July 2024-June 2025) exports 893, imports 498, balance 395,
# two-way 1,391; quarterly exports Jul-Sep 2023 271, Oct-Dec 2023 246,
# Jan-Mar 2024 241, Apr-Jun 2024 198, Jul-Sep 2024 227, Oct-Dec 2024 218,
# Jan-Mar 2025 212, Apr-Jun 2025 236; quarterly imports 164, 169, 148, 139,
# 131, 122, 118, 127 (same quarters); exports by crossing 2024 Torkham 486,
# Chaman 283, Ghulam Khan 88, Angoor Adda 27; exports by product FY2024 /
# FY2025 rice 198 / 212, wheat flour 131 / 118, pharmaceuticals 89 / 96,
# cement 71 / 64, fruit and vegetables 62 / 58, other 405 / 345; imports by
# product FY2025 coal 168, fresh fruit 96, dried fruit 71, vegetables 58,
# cotton 39, other 66; coal imports 2023 356, 2024 178; customs duty at
# Torkham Rs bn FY22 31.4, FY23 35.8, FY24 29.6; transit containers 52,000
# FY2024 (quarters 14,100 / 13,600 / 12,500 / 11,800), 31,200 FY2025
# (8,300 / 7,400 / 7,400 / 8,100); returns 2024 676,000, Jan-Jun 2025
# 320,000 (Q1 141,000, Q2 179,000); attacks attributed to groups based in
# Afghanistan 158 (2023), 212 (2024); closure days 2024 Torkham 28 / 18 = 46,
# Chaman 19 / 12 = 31, Ghulam Khan 9 / 13 = 22, Angoor Adda 8 / 9 = 17 (64 /
# 52 / 116); trucks per day Torkham 1,150 (2023), 820 (2024), Chaman 610,
# 470; customs clearance at Torkham, hours per export truck, Jan 2025 38,
# Feb 2025 44 (Chaman 29, 33); goods declarations at Torkham Jan 2025 1,910,
# Feb 2025 1,760; customs duty at Chaman Rs bn FY23 9.1, FY24 6.9; exports
# through Chaman 2024 283; quarterly balances FY2025 96, 96, 94, 109;
# detention at Torkham USD 120 a day; registered refugees by province at
# end-2024, thousand: Khyber Pakhtunkhwa 811.2, Balochistan 374.4.
#
# New invented figures, consistent with the above:
#   Derived periods (sums of the quarters above), US$ million: Jul-Mar FY24
#     exports 758, imports 481, balance 277, two-way 1,239; Jul-Mar FY25
#     exports 657 (-13.3 %), imports 371 (-22.9 %), balance 286, two-way
#     1,028 (-17.0 %); 1HFY24 (Jul-Dec 2023) exports 517, 1HFY25 (Jul-Dec
#     2024) exports 445, imports 253, balance 192; Q3FY24 (Jan-Mar 2024)
#     exports 241, imports 148; Q3FY25 (Jan-Mar 2025) exports 212 (-12.0 %),
#     imports 118, balance 94.
#   Khyber Pakhtunkhwa ADP 2025-26, trade and border infrastructure, Rs
#     million (approved cost / expenditure to June 2025 / allocation 2025-26
#     / throw-forward): Jamrud-Landi Kotal road dualisation 12,400 / 5,180 /
#     2,600 / 4,620; truck terminal, Landi Kotal 3,850 / 1,240 / 742 /
#     1,868; cold storage and quarantine sheds, Torkham 1,960 / 310 / 520 /
#     1,130 (July 2024-December 2026); Bannu-Ghulam Khan road 4,300 / 2,950
#     / 880 / 470; Angoor Adda access road 1,150 / 420 / 358 / 372; total
#     23,660 / 10,100 / 5,100 / 8,460.  Sector allocation 2024-25 5,480
#     (-6.9 %).  Provincial ADP Rs million 2024-25 / 2025-26: roads 38,400 /
#     42,900, education 24,600 / 27,100, health 21,000 / 22,800, trade and
#     border infrastructure 5,480 / 5,100, other 88,520 / 97,100; total
#     178,000 / 195,000 (+9.6 %).
#   Balochistan ADP 2025-26, Chaman schemes, Rs million (cost / exp. /
#     allocation / throw-forward): Chaman border trade terminal phase II
#     2,740 / 1,560 / 640 / 540; Quetta-Chaman road, Killa Abdullah bypass
#     5,200 / 2,980 / 1,150 / 1,070; shelters and water supply at the border
#     680 / 250 / 210 / 220; market complex for Chaman traders 1,340 / 120 /
#     400 / 820; total 9,960 / 4,910 / 2,400 / 2,650.
#   Registered Afghan refugees by district at end-2024, thousand: Khyber
#     Pakhtunkhwa: Peshawar 327.2, Nowshera 84.3, Haripur 71.9, Kohat 58.2,
#     Mardan 52.7, other districts 216.9 (= 811.2; shares 40.3 / 10.4 / 8.9 /
#     7.2 / 6.5 / 26.7 = 100.0); Balochistan: Quetta 196.8, Pishin 58.3,
#     Chaman 41.7, Loralai 19.2, other districts 58.4 (= 374.4; Pishin 15.6 %,
#     Chaman 11.1 %).  National register end-2022 -> end-2024: -183,314
#     (-10.5 %); end-2021 -> end-2022 +17.0 %; end-2019 -> end-2022 +22.8 %.
#   Trucks crossing per day (average, both directions), 2023 / 2024: Torkham
#     1,150 / 820 (-28.7 %), Chaman 610 / 470 (-23.0 %), Ghulam Khan 140 / 105
#     (-25.0 %), Angoor Adda 52 / 41 (-21.2 %); total 1,952 / 1,436 (-26.4 %).
#   Khyber Goods Transport Ittehad (an invented truckers' union): members'
#     trips to Afghanistan 2,840 a month (2023), 1,920 (2024) (-32.4 %, "almost
#     a third"); Afghan trips 38 / 26 percent of members' work ("down 12
#     points"); round trip Peshawar-Jalalabad, loaded 22-wheeler, August 2025,
#     Rs: diesel 98,000, tolls and slips 14,500, driver and cleaner 35,000,
#     border charges 28,000, other 12,500; total 188,000; freight (kiraya)
#     205,000; margin 17,000.
#   Imports of fresh fruit from Afghanistan FY2024 US$ 88 million (FY2025 96,
#     +9.1 %).  Regulatory duty on goods of Afghan origin by land, percent,
#     2024-25 -> 2025-26: tomatoes 15 -> 10, onions 15 -> 10, grapes 10 -> 5,
#     pomegranates 10 -> 5, coal 5 -> 5.
#   Chamber budget proposals: sales tax refunds owed to members exporting to
#     Afghanistan Rs 4.2 billion at end-March 2025, of which Rs 2.9 billion
#     pending more than a year and Rs 1.3 billion filed in FY25.
#   Arabian Sea Container Line (an invented shipping line), Afghan transit
#     cargo from 1 October 2025, USD per 20ft / 40ft: Afghan transit surcharge
#     150 / 250, documentation fee 45 / 45, container guarantee deposit 1,500
#     / 2,500, detention after free time 25 / 40 a day; free time 21 -> 14
#     days.
#   Khyber Border Infrastructure Company (invented), package LK-2 (truck
#     parking yard and weighbridge, Landi Kotal): engineer's estimate Rs
#     1,480.0 million; bids Rs million 1,392.6 (Zarghun Builders) / 1,455.0 /
#     1,518.4 / 1,601.2 (-5.9 / -1.7 / +2.6 / +8.2 % against the estimate);
#     bid security Rs 14.8 million (1 %); performance security 10 % of the
#     contract price (about Rs 139.3 million).  The lowest bid's bill of
#     quantities appears in one document only, with bills adding to 1,382.6
#     under a total of 1,392.6 (an arithmetic defect).  Package LK-3: bids Rs
#     412.5 / 398.0 million, technical scores 84 / 76 / 61, weights 70 / 30.
#   Figures used in one document only: the cold storage scheme's financial
#     progress 15.8 percent; the Chaman terminal's parking for 300 trucks;
#     the Ledger's 46 interviewed families; Haripur's eight refugee villages,
#     46 schools and seven health units; Pishin's eleven refugee villages.

HELDOUT12 = []


def doc(name, text, labels=(), control_type=None):
    HELDOUT12.append({"name": name, "text": text.strip() + "\n", "labels": list(labels),
                      "control_type": control_type})


def pdf_table(rows):
    """Lay out rows as a PDF text extraction would: first column left-aligned,
    the others right-aligned, at least three spaces between cells."""
    widths = [max(len(r[k]) for r in rows) for k in range(len(rows[0]))]
    lines = []
    for r in rows:
        cells = [r[0].ljust(widths[0])] + [r[k].rjust(widths[k] + 3) for k in range(1, len(r))]
        lines.append("".join(cells).rstrip())
    return lines


def row_of(lines, start):
    """The one PDF-extracted line that starts with `start`."""
    found = [ln for ln in lines if ln.startswith(start)]
    assert len(found) == 1, (start, found)
    return found[0]


PAIR = ["PAK", "AFG"]

# =================================================================== Annual Development Programme

ADP_NOTE = ("*In the style of a provincial Planning and Development Department's Annual Development "
            "Programme. The schemes and their costs are invented; trade and closure figures follow "
            "this set's invented series.*")

doc("adp_sector_overview_truck_terminal", f"""
# Annual Development Programme 2025-26: Trade and Border Infrastructure

{ADP_NOTE}

**1. Sector overview.** The sector funds the roads, terminals and storage that
serve Pakistan's trade with Afghanistan through Torkham, Ghulam Khan and Angoor
Adda. Five ongoing schemes are carried in the programme for 2025-26, with a
combined allocation of Rs 5,100 million and a throw-forward of Rs 8,460 million
to be financed in later years.

**2. Why the sector matters.** Exports through Torkham alone were worth USD 486
million in 2024, and the crossing was closed for 46 days that year. Every day of
closure leaves trucks parked along the Jamrud–Landi Kotal road, which is why the
road takes the largest share of the money and a truck terminal is being built.

**3. Allocation by scheme (Rs million)**

| Scheme | Est. cost | Exp. to June 2025 | Allocation 2025-26 | Throw-forward |
|---|---|---|---|---|
| Dualisation of Jamrud–Landi Kotal road | 12,400 | 5,180 | 2,600 | 4,620 |
| Truck terminal, Landi Kotal | 3,850 | 1,240 | 742 | 1,868 |
| Cold storage and quarantine sheds, Torkham | 1,960 | 310 | 520 | 1,130 |
| Bannu–Ghulam Khan road, rehabilitation | 4,300 | 2,950 | 880 | 470 |
| Access road, Angoor Adda customs station | 1,150 | 420 | 358 | 372 |
| Total | 23,660 | 10,100 | 5,100 | 8,460 |

**4. Scheme notes.** The dualisation, at Rs 260 crore, takes just over half of
the sector's money this year. The truck terminal at Landi Kotal receives
Rs. 72,40,00,000 for parking bays, a weighbridge and a drivers' rest area, and
should be ready by June 2026. The cold storage at Torkham will let fruit and
vegetable traders hold consignments while the crossing is shut.

**5. Risks.** Land acquisition along the Jamrud bypass is not complete, and
contractors' bills for the road were paid late in 2024-25. The department will
release funds quarterly against verified physical progress.
""", [{
    "kind": "text_vs_table",
    "quotes": ["The truck terminal at Landi Kotal receives Rs. 72,40,00,000",
               "| Truck terminal, Landi Kotal | 3,850 | 1,240 | 742 | 1,868 |"],
    "explanation": "The scheme notes give the truck terminal Rs. 72,40,00,000 (Rs 724 million, "
                   "written in the Indian grouping of lakh and crore), but the allocation table gives "
                   "it Rs 742 million for 2025-26; the table's total of 5,100 and its throw-forward of "
                   "1,868 (3,850 - 1,240 - 742) both follow 742.",
    "expected_values": {"text_value": 724, "table_value": 742, "unit": "PKR million",
                        "text_as_written": "Rs. 72,40,00,000",
                        "subject": "ADP allocation for the truck terminal at Landi Kotal",
                        "period": "2025-26", "location": "scheme notes against the allocation table",
                        "table_form": "pipe"},
}])

ADP_TF = pdf_table([
    ["Scheme", "Est. cost", "Exp. to Jun 2025", "ADP 2025-26", "Throw-forward"],
    ["Jamrud-Landi Kotal road (dualisation)", "12,400", "5,180", "2,600", "4,620"],
    ["Truck terminal, Landi Kotal", "3,850", "1,240", "742", "1,868"],
    ["Cold storage, Torkham (a)", "1,960", "310", "520", "1,130"],
    ["Bannu-Ghulam Khan road", "4,300", "2,950", "880", "470"],
    ["Angoor Adda access road", "1,150", "420", "358", "372"],
    ["Total", "23,660", "10,100", "5,100", "8,640"],
])

doc("adp_throw_forward_annex_total", f"""
# ADP 2025-26, Annex III: Throw-forward of Ongoing Schemes

{ADP_NOTE}

Annex III sets out, for each ongoing scheme of the trade and border
infrastructure sector, the approved cost, the expenditure up to 30 June 2025,
the allocation in the Annual Development Programme 2025-26 and the
throw-forward, that is, the money still needed after 2025-26 to finish the
scheme. The table is reproduced as it was extracted from the printed ADP book.

Table III.4: Ongoing schemes, trade and border infrastructure (Rs million)

{chr(10).join(ADP_TF)}

Notes: Approved cost as in the latest PC-I. Expenditure up to June 2025 is
provisional. (a) Includes quarantine sheds; a revised PC-I is under approval.

**Commentary.** The sector carries a throw-forward of Rs 864 crore into
2026-27. At this year's allocation of Rs 5,100 million the five schemes need
more than a year and a half of further funding, and the department has asked
the Finance Department to protect the road and terminal releases from any
mid-year cut.

The Angoor Adda access road and the Ghulam Khan rehabilitation are the nearest
to completion; both can be finished in 2026-27 if their remaining money is
released in full. The dualisation of the Jamrud–Landi Kotal road accounts for
more than half of the sector's throw-forward and will decide how quickly the
sector's portfolio can be closed.

**Recommendation.** No new scheme should be added to the sector until the
throw-forward falls below one year's allocation.
""", [{
    "kind": "arithmetic",
    "quotes": [row_of(ADP_TF, "Total")],
    "explanation": "The throw-forward column of Table III.4 adds up to Rs 8,460 million (4,620 + 1,868 "
                   "+ 1,130 + 470 + 372), not the 8,640 of the total row; each row's throw-forward is "
                   "its cost less expenditure and allocation, and the column totals 23,660 - 10,100 - "
                   "5,100 = 8,460 as well. The commentary's 'Rs 864 crore' follows the wrong total.",
    "expected_values": {"parts": {"Jamrud-Landi Kotal road (dualisation)": 4620,
                                  "Truck terminal, Landi Kotal": 1868,
                                  "Cold storage, Torkham": 1130,
                                  "Bannu-Ghulam Khan road": 470,
                                  "Angoor Adda access road": 372},
                        "sum_of_parts": 8460, "stated_total": 8640, "difference": 180,
                        "unit": "PKR million", "period": "2025-26", "table_form": "pdf",
                        "subject": "throw-forward of ongoing ADP schemes, trade and border infrastructure",
                        "location": "PDF-extracted annex table"},
}])

doc("adp_scheme_sheet_period_backwards", f"""
# ADP 2025-26: Scheme Summary Sheet, Cold Storage and Quarantine Sheds at Torkham

{ADP_NOTE}

- ADP serial no.: 2391 (ongoing scheme)
- Sponsoring department: Agriculture, Livestock and Cooperatives
- Executing agency: Directorate of Agricultural Marketing
- Location: Torkham, Khyber district
- Implementation period: from December 2026 to July 2024
- Approved cost: Rs 1,960 million (Rs 196 crore)
- Expenditure up to June 2025: Rs 310 million
- Allocation 2025-26: Rs 520 million
- Throw-forward beyond 2025-26: Rs 1,130 million
- Financial progress: 15.8 percent of the approved cost
- Physical progress: foundations of two of the four cold chambers complete

**Objectives.** A cold store of four chambers next to the Torkham terminal, quarantine
sheds for the inspection of plants and animals, and a small testing laboratory, so
that perishable consignments can wait in proper conditions when the border is shut
or clearance is slow.

**Justification.** In FY2025 Pakistan's exports of fruit and vegetables to
Afghanistan were worth USD 58 million and its imports of fresh fruit from
Afghanistan USD 96 million. During the 46 days that Torkham was closed in 2024,
much of this produce spoiled in trucks queuing on both sides of the border.

**Outputs planned for 2025-26.** Completion of two chambers and half of the
quarantine sheds; purchase of the laboratory equipment; recruitment of the
operating staff.

**Issues.** A revised PC-I, which adds the laboratory to the scope, is under
approval; the figures above are those of the approved PC-I. The executing agency
reports that the contractor's work stopped for several weeks during the closure.
""", [{
    "kind": "garbled",
    "quotes": ["Implementation period: from December 2026 to July 2024"],
    "explanation": "The scheme's implementation period runs backwards: it ends before it begins. "
                   "The sheet itself shows spending up to June 2025, so the scheme started in July "
                   "2024 and is to end in December 2026.",
    "expected_values": {"stated_period_start": "Dec 2026", "stated_period_end": "Jul 2024",
                        "as_written": {"stated_period_start": "December 2026",
                                       "stated_period_end": "July 2024"},
                        "subject": "implementation period of the Torkham cold storage scheme",
                        "location": "scheme summary sheet"},
}])

doc("adp_sector_commentary_ticked_up", f"""
# Annual Development Programme 2025-26: Sector-wise Allocations

{ADP_NOTE}

**2.1 Size of the programme.** The province's own ADP for 2025-26 is Rs 195,000
million, against Rs 178,000 million in 2024-25, an increase of 9.6 per cent.
Roads and bridges, education and health together take just under half of the
new programme.

**Table 2.1: Allocation by sector (Rs million)**

| Sector | 2024-25 | 2025-26 | Change (%) |
|---|---|---|---|
| Roads and bridges | 38,400 | 42,900 | 11.7 |
| Education | 24,600 | 27,100 | 10.2 |
| Health | 21,000 | 22,800 | 8.6 |
| Trade and border infrastructure | 5,480 | 5,100 | -6.9 |
| Other sectors | 88,520 | 97,100 | 9.7 |
| Total | 178,000 | 195,000 | 9.6 |

**2.2 Trade and border infrastructure.** The allocation for trade and border
infrastructure ticked up from Rs 5,480 million in 2024-25 to Rs 5,100 million in
2025-26, as the department gave priority to the completion of ongoing schemes
over new ones. The sector's share of the programme is about 2.6 per cent,
against 3.1 per cent a year earlier.

**2.3 New schemes.** No new scheme has been admitted in the sector this year.
Proposals for a second truck terminal near Torkham and a dry port at Ghulam
Khan have been returned to the sponsoring departments for feasibility studies.

**2.4 Releases.** Funds will be released in four quarterly instalments. Schemes
that report less than a quarter of their physical targets by December will have
their third release withheld and the money moved to schemes that are close to
completion.
""", [{
    "kind": "direction",
    "quotes": ["infrastructure ticked up from Rs 5,480 million in 2024-25 to Rs 5,100 million in\n2025-26"],
    "explanation": "'Ticked up' describes a fall: the sector's allocation went from Rs 5,480 million "
                   "to Rs 5,100 million, down 6.9 percent, as Table 2.1 itself shows.",
    "expected_values": {"from": 5480, "to": 5100, "change": -380, "change_pct": -6.93,
                        "from_period": "2024-25", "to_period": "2025-26",
                        "stated_direction": "rise", "actual_direction": "fall",
                        "direction_word": "ticked up", "unit": "PKR million",
                        "subject": "ADP allocation for trade and border infrastructure",
                        "location": "sector commentary paragraph"},
}])

ADP_BAL = pdf_table([
    ["Scheme", "Est. cost", "Exp. to Jun 2025", "ADP 2025-26", "Throw-forward"],
    ["Chaman border trade terminal, phase II", "2,740", "1,560", "640", "540"],
    ["Quetta-Chaman road, Killa Abdullah bypass", "5,200", "2,980", "1,150", "1,070"],
    ["Shelters and water supply, Chaman border", "680", "250", "210", "220"],
    ["Market complex for Chaman traders", "1,340", "120", "400", "820"],
    ["Total", "9,960", "4,910", "2,400", "2,650"],
])

doc("adp_balochistan_chaman_control", f"""
# Balochistan ADP 2025-26: Schemes for the Chaman Border Area

*In the style of a provincial Planning and Development Department's Annual Development
Programme. The schemes and their costs are invented; trade and closure figures follow
this set's invented series.*

**Overview.** Four ongoing schemes of the Balochistan programme serve the Chaman
crossing. Their approved cost is Rs 9,960 million, of which Rs 4,910 million had
been spent by June 2025, just under half. The ADP for 2025-26 provides Rs 240
crore for them, leaving Rs 2,650 million for later years.

Statement 7: Ongoing schemes, Chaman border area (Rs million)

{chr(10).join(ADP_BAL)}

**Context.** Chaman was closed for 31 days in 2024, and the average number of
trucks crossing it each day fell from 610 in 2023 to 470 in 2024, down 23 per
cent. The schemes are meant to shorten the time a truck spends at the border once
the crossing is open, and to give the small traders who lost their cross-border
business a place to work.

**Priorities.** The Killa Abdullah bypass takes almost half of this year's money,
Rs 1,150 million, because the old road through the bazaar is where trucks now
queue. The trade terminal's second phase, with a further Rs 640 million, adds
scanning lanes and parking for 300 trucks. The market complex starts this year
after a slow first year in which only Rs 120 million was spent on land.

**Monitoring.** The department's field teams will report progress every quarter,
with photographs, to the Planning and Development Board.
""", control_type="control")

# =================================================================== district profiles

PROFILE_NOTE = ("*In the style of a district profile of a refugee-hosting district, published by a "
                "provincial bureau of statistics. District figures are invented; provincial and "
                "national figures follow this set's series.*")

doc("profile_haripur_refugees_at_a_glance", f"""
# District Profile: Haripur, Khyber Pakhtunkhwa (2025 edition)

{PROFILE_NOTE}

**At a glance**

- Population (2023 census): about 1.2 million
- Registered Afghan refugees (PoR card holders), end-2024: 79.1 thousand
- Refugee villages: eight, the oldest dating from 1980
- Government primary schools in or next to refugee villages: 46
- Basic health units serving refugee villages: seven

**Refugees in the district.** Haripur is the third-largest host of registered
Afghan refugees in Khyber Pakhtunkhwa, after Peshawar and Nowshera, with almost
one in eleven of the province's registered refugees. Most live in the refugee
villages along the road to Tarbela; a smaller number rent houses in Haripur town
and near the Hattar industrial estate.

**Table 1: Registered Afghan refugees in Khyber Pakhtunkhwa by district, end-2024**

| District | Refugees (thousand) | Share of province (%) |
|---|---|---|
| Peshawar | 327.2 | 40.3 |
| Nowshera | 84.3 | 10.4 |
| Haripur | 71.9 | 8.9 |
| Kohat | 58.2 | 7.2 |
| Mardan | 52.7 | 6.5 |
| Other districts | 216.9 | 26.7 |
| Total | 811.2 | 100.0 |

*Source: Commissionerate for Afghan Refugees, Khyber Pakhtunkhwa, PoR card data.*

**Livelihoods.** Refugee men work mainly as daily labourers in the industrial
estate, in brick kilns and in transport; a few families own shops in the village
bazaars. Refugee children attend the government schools alongside Pakistani
children, and the district education office counts them in its annual census.

**Services.** The basic health units in the refugee villages are run by the
district health office. Water supply in the two largest villages depends on
tube wells that are now more than thirty years old.
""", [{
    "kind": "text_vs_table",
    "quotes": ["Registered Afghan refugees (PoR card holders), end-2024: 79.1 thousand",
               "| Haripur | 71.9 | 8.9 |"],
    "explanation": "The at-a-glance list gives Haripur 79.1 thousand registered refugees at end-2024, "
                   "but Table 1 gives 71.9 thousand (the digits swapped); the table's share of 8.9 "
                   "percent and its total of 811.2 follow 71.9.",
    "expected_values": {"text_value": 79.1, "table_value": 71.9, "unit": "thousand refugees",
                        "subject": "registered Afghan refugees in Haripur district",
                        "period": "end-2024", "location": "at-a-glance list against a district table",
                        "table_form": "pipe"},
}])

doc("profile_pishin_chaman_reuse", f"""
# District Profile: Pishin, Balochistan (2025 edition)

{PROFILE_NOTE}

**Location.** Pishin lies north of Quetta on the road to the Chaman crossing. Its
eastern valleys are farmed for apples, grapes and pomegranates, and many of its
men drive the trucks that carry goods between Quetta and the border.

**Refugees.** Of Balochistan's 374.4 thousand registered Afghan refugees at
end-2024, Quetta district held 196.8 thousand and Pishin 58.3 thousand, about
15.6 per cent of the provincial total. Neighbouring Chaman, across the district
boundary, held 58.3 thousand, Loralai 19.2 thousand and all the remaining
districts 58.4 thousand together.

Pishin's refugees live in eleven refugee villages and in rented houses in
Pishin town and Huramzai. Many families have lived in the district for more
than forty years and are linked by marriage to local families.

**Trade and transport.** The closures of the Chaman crossing hurt the district
directly: Chaman was shut for 31 days in 2024, and the trucks that cross it each
day fell from 610 on average in 2023 to 470 in 2024. Transporters in Pishin say
that fewer trips have pushed drivers into seasonal work in the orchards.

**Education and health.** The district has one degree college, two higher
secondary schools for girls and a district headquarters hospital. Refugee
children study in the government schools; the district education office has
asked for more teachers in the schools near the refugee villages, where classes
are largest.

**Priorities named by the district administration.** Repair of the
Pishin–Barshore road, a cold store for fruit growers, and a vocational centre
for young people from both host and refugee families.
""", [{
    "kind": "number_reuse",
    "quotes": ["Quetta district held 196.8 thousand and Pishin 58.3 thousand",
               "Chaman, across the district\nboundary, held 58.3 thousand"],
    "explanation": "The same 58.3 thousand is given for Pishin's and for Chaman's registered "
                   "refugees. The paragraph's own figures leave 374.4 - 196.8 - 58.3 - 19.2 - 58.4 "
                   "= 41.7 thousand for Chaman.",
    "expected_values": {"value": 58.3, "unit": "thousand refugees",
                        "quantity_1": "registered Afghan refugees in Pishin district, end-2024",
                        "quantity_2": "registered Afghan refugees in Chaman district, end-2024",
                        "expected_value_2": 41.7},
}])

doc("profile_quetta_refugees_end_2023", f"""
# District Profile: Quetta, Balochistan (2025 edition)

{PROFILE_NOTE}

**Overview.** Quetta is the provincial capital and the largest city of
Balochistan, with a district population of about 2.6 million in the 2023 census.
It is the main market for goods that move to and from Afghanistan through
Chaman, about two hours' drive to the north-west.

**Refugees.** Quetta has hosted Afghan refugees since 1979. Nationally, UNHCR
data for end-2023 show 1,559,964 registered Afghan refugees in Pakistan, and
roughly half of Balochistan's registered refugees live in Quetta district,
mostly in the city's western and northern neighbourhoods rather than in refugee
villages. The removal drive that began in late 2023 has since reduced the number
of Afghans without documents in the city, according to the district police.

**Economy.** The refugees and their descendants are prominent in the wholesale
trade in cloth, dried fruit and carpets. Trucks leaving Quetta for the border
carried a large part of Pakistan's exports through Chaman, which were worth USD
283 million in 2024.

**Services.** The district has two teaching hospitals, a university and several
colleges. Refugee patients are treated in the public hospitals on the same terms
as local residents. Schools in the western neighbourhoods run double shifts.

**Issues raised by the district administration.** Congestion on the western
bypass when the Chaman crossing reopens after a closure; water shortages in the
neighbourhoods where refugee families are concentrated; and the need for a
registration desk for Afghan traders at the Chamber of Commerce.
""", [{
    "kind": "citation",
    "quotes": ["UNHCR\ndata for end-2023 show 1,559,964 registered Afghan refugees in Pakistan"],
    "explanation": "The figure cited for end-2023 is UNHCR's end-2024 figure; the reference value "
                   "for end-2023 is 1,987,717, 21.5 percent higher.",
    "expected_values": {"stated": 1559964, "reference": 1987717, "same_as_year": "2024",
                        "indicator": "refugees.registered", "subject": "PAK", "period": "2023",
                        "cited_source": "UNHCR data for end-2023",
                        "citation_form": "'UNHCR data for end-YYYY show' in a district profile",
                        "location": "refugees paragraph of a district profile"},
}])

doc("profile_nowshera_citation_control", f"""
# District Profile: Nowshera, Khyber Pakhtunkhwa (2025 edition)

{PROFILE_NOTE}

**Overview.** Nowshera lies on the Kabul River and on the motorway and railway
between Peshawar and Islamabad. Its cantonment, its industrial estates along the
motorway and its farms on the river's floodplain give the district a mixed
economy.

**Refugees.** Nowshera was home to one of the largest refugee settlements of the
1980s, and at end-2024 it held 84.3 thousand registered Afghan refugees, the
second-largest number of any district in the province after Peshawar. That is
about 5.4 per cent of the national total: UNHCR's end-of-year 2024 statistics
give 1,559,964 registered Afghan refugees in Pakistan, against 1,743,278 in the
UNHCR Global Trends report 2022, down 183,314, or 10.5 per cent, over the two
years.

**Why the numbers fell.** Some registered refugees returned to Afghanistan with
their families in 2024; others moved from Nowshera to Peshawar, where work is
easier to find. Families remaining in the district told the profile's field team
that they want their children to finish school in Pakistan before any return.

**Livelihoods.** Refugee men work in the marble and ghee factories of the
industrial estates, as labourers in the sand and gravel trade of the Kabul River,
and as drivers. Women's work is mostly at home, in embroidery and tailoring.

**Services.** The district health office runs four basic health units in or
near the refugee villages. The floods that hit the riverbank villages in 2022
damaged two of them, and one has still not been rebuilt.
""", control_type="citation_control")

doc("profile_chaman_norway_border", f"""
# District Profile: Chaman, Balochistan (2025 edition)

{PROFILE_NOTE}

**Location.** Chaman district lies on the Norway–Afghanistan border, with the
Friendship Gate of Chaman facing Spin Boldak on the Afghan side. The district
was separated from Killa Abdullah in 2021 and is among the smallest in the
province by area.

**Refugees.** Chaman held 41.7 thousand registered Afghan refugees at end-2024,
about 11.1 per cent of Balochistan's 374.4 thousand. Many more Afghans used to
cross daily for work with local identity documents; since the passport and visa
rule was enforced from late 2023 that daily traffic has largely stopped.

**Trade.** The crossing carried Pakistan's exports to Afghanistan worth USD 283
million in 2024. It was closed for 31 days that year, and the average number of
trucks crossing each day fell from 610 in 2023 to 470 in 2024. Porters, small
traders and money changers in the border bazaar lost much of their income.

**Education and health.** Chaman has a district headquarters hospital and a
small number of girls' schools; one of them, in Chaman town, was rebuilt after
the 2019 floods with funds from Norway. Enrolment of girls remains far below
that of boys.

**Priorities named by the district administration.** A market complex for the
traders displaced from the border bazaar, shelters and water supply at the
crossing for travellers waiting in the heat, and faster completion of the
Killa Abdullah bypass on the road from Quetta.
""", [{
    "kind": "scope",
    "quotes": ["the Norway–Afghanistan border"],
    "explanation": "Chaman lies on the Pakistan–Afghanistan border; Norway is named as one side of "
                   "the pair. Norway is mentioned correctly later, as the donor that paid for a "
                   "school.",
    "expected_values": {"third_country": "NOR", "named_pair": ["NOR", "AFG"], "pair": PAIR,
                        "named_as": "Norway–Afghanistan border", "not_a_defect": "with funds from Norway"},
}])

# =================================================================== truckers' union charter of demands

UNION_NOTE = ("*In the style of a truckers' union's charter of demands, translated from Urdu. The "
              "union, its office-bearers and its members' figures are invented; border figures "
              "follow this set's series.*")

doc("charter_trips_halved", f"""
# Khyber Goods Transport Ittehad: Charter of Demands, September 2025

{UNION_NOTE}

Presented to the Chief Secretary, Khyber Pakhtunkhwa, and to the Collector of
Customs, Torkham, on behalf of the owners and drivers of the Ittehad's member
trucks.

**Demand 1: Keep Torkham open round the clock, seven days a week.**
*Rationale:* Torkham was closed for 46 days in 2024, and on the days it was open
the gates shut at night. The average number of trucks crossing each day fell
from 1,150 in 2023 to 820 in 2024. Our members' trips to Afghanistan halved,
from an average of 2,840 a month in 2023 to 1,920 a month in 2024, and many
owners have sold their trucks to pay their debts.

**Demand 2: No detention charges for the days the border is closed.**
*Rationale:* Shipping lines and terminals charge detention of USD 120 a day on a
container held at Torkham, even when the government itself has shut the
crossing. The owner of the truck pays, though he has no say in the closure.

**Demand 3: Multiple-entry visas for drivers, valid for one year.**
*Rationale:* Since the passport and visa rule was enforced, a driver whose visa
runs out while he waits at the border loses his next trip as well.

**Demand 4: Parking and rest areas before the border.**
*Rationale:* Drivers wait for days along the Jamrud–Landi Kotal road without
water, toilets or shade. The truck terminal planned at Landi Kotal should be
completed without further delay.

**Demand 5: A standing committee of the government and the transporters.**
*Rationale:* Decisions to close the crossing or change the documents required
are announced without notice. A committee meeting every month would give owners
time to plan.

*Issued by the General Secretary, Khyber Goods Transport Ittehad, Peshawar.*
""", [{
    "kind": "arithmetic",
    "quotes": ["Our members' trips to Afghanistan halved,\nfrom an average of 2,840 a month in 2023 to 1,920 a month in 2024"],
    "explanation": "'Halved' claims a 50 percent fall, but 2,840 to 1,920 trips a month is a fall of "
                   "32.4 percent, about a third.",
    "expected_values": {"from": 2840, "to": 1920, "computed_change_pct": -32.39,
                        "stated_change_pct": -50, "stated_fold": 0.5, "unit": "trips a month",
                        "subject": "trips to Afghanistan by the union's member trucks",
                        "from_period": "2023", "to_period": "2024",
                        "location": "rationale of a demand"},
}])

doc("charter_press_release_repeated", f"""
# Khyber Goods Transport Ittehad: Closing Resolution of the Transporters' Convention

{UNION_NOTE}

The convention of goods transporters held at Peshawar on 21 September 2025,
attended by owners, drivers and cleaners from Khyber, Peshawar, Nowshera and
Mardan, adopted the following resolution after a day of speeches.

**Resolution.** The convention endorses the five-point charter of demands
already presented to the provincial government and the Collector of Customs at
Torkham: round-the-clock opening of Torkham, an end to detention charges for the
days the border is closed, one-year multiple-entry visas for drivers, parking
and rest areas before the border, and a standing committee of the government and
the transporters.

**Background noted by the convention.** Torkham was closed for 46 days in 2024.
The average number of trucks crossing it each day fell from 1,150 in 2023 to
820 in 2024, and trips to Afghanistan by the Ittehad's member trucks fell by
almost a third over the same period. Several speakers described drivers who had
waited more than a week at Landi Kotal without shelter.

**Closing summary.** The convention gives the government thirty days to begin
talks on the charter. If talks have not started by then, the Ittehad will
suspend all cargo movement to Afghanistan through Torkham from 1 November 2025.
The Ittehad calls on the Chief Minister to meet its delegation. The Ittehad calls
on the Chief Minister to meet its delegation. The convention also thanked the
traders of Landi Kotal bazaar, who fed stranded drivers during the long closure
of 2024.

*Adopted unanimously. Issued by the General Secretary, Khyber Goods Transport
Ittehad, Peshawar.*
""", [{
    "kind": "garbled",
    "quotes": ["The Ittehad calls on the Chief Minister to meet its delegation. The Ittehad calls\non the Chief Minister to meet its delegation."],
    "explanation": "A sentence of the closing summary is printed twice in a row.",
    "expected_values": {"repeated_sentence": "The Ittehad calls on the Chief Minister to meet its delegation.",
                        "occurrences": 2, "location": "closing summary of a resolution"},
}])

doc("charter_freight_costs_reuse", f"""
# Khyber Goods Transport Ittehad: Demand 3, Fair Freight for Afghan Trips

{UNION_NOTE}

**Demand.** A freight rate for trips to Afghanistan agreed between the
transporters and the traders' bodies, revised every six months for the price of
diesel, and paid within fifteen days of delivery.

**Rationale.** A round trip from Peshawar to Jalalabad with a loaded 22-wheeler
now costs the owner Rs 188,000: diesel Rs 98,000, tolls and slips Rs 14,500,
wages of the driver and cleaner Rs 35,000, border charges Rs 28,000 and other
costs Rs 12,500. Diesel alone is more than half of the cost.

The kiraya for the same round trip has stayed at Rs 188,000 since early 2023,
which leaves the owner Rs 17,000 a trip before he has paid for tyres, repairs or
the instalment on the truck. Traders argue that trade with Afghanistan has fallen
and they cannot pay more; but when a truck waits ten days at the border, the
owner, not the trader, bears the cost.

**What we ask of the government.** The Ittehad does not ask the government to
fix freight rates. It asks the Home Department to convene the two sides, and the
Excise Department to stop collecting the same toll twice on trucks that return
empty from the border.

**What we offer.** Our members will publish their rates on the Ittehad's notice
board in Peshawar, carry a written freight slip on every trip and accept a
penalty for late delivery, if traders accept a penalty for late payment.
""", [{
    "kind": "number_reuse",
    "quotes": ["now costs the owner Rs 188,000",
               "The kiraya for the same round trip has stayed at Rs 188,000"],
    "explanation": "Rs 188,000 is given both as the cost of the round trip and as the freight "
                   "(kiraya) it earns, yet the freight is said to leave the owner Rs 17,000 after "
                   "costs; the freight should be 188,000 + 17,000 = 205,000.",
    "expected_values": {"value": 188000, "unit": "PKR per round trip",
                        "quantity_1": "cost of a Peshawar-Jalalabad round trip to the truck owner",
                        "quantity_2": "freight (kiraya) received for the same round trip",
                        "expected_value_2": 205000},
}])

doc("charter_cost_annex_control", f"""
# Khyber Goods Transport Ittehad: Charter of Demands, Annex on Costs and Trips

{UNION_NOTE}

This annex sets out the figures behind the charter of demands. The Ittehad
collected them from the trip books of its member owners.

**A. Trips to Afghanistan.** Member trucks made an average of 2,840 trips a month
to Afghanistan in 2023 and 1,920 in 2024, down almost a third. Afghan trips made
up 38 per cent of our members' work in 2023 and 26 per cent in 2024, down 12
points, as owners moved their trucks to cement, sugar and fertiliser within
Pakistan. At Torkham as a whole, the average number of trucks crossing each day
fell from 1,150 in 2023 to 820 in 2024, down 28.7 per cent.

**B. Cost of one round trip, Peshawar to Jalalabad and back, loaded 22-wheeler,
August 2025**

| Kharcha (cost item) | Rs per round trip |
|---|---|
| Deezal (diesel) | 98,000 |
| Toll tax aur parchi (tolls and slips) | 14,500 |
| Driver aur cleaner ki ujrat (wages) | 35,000 |
| Sarhadi akhrajaat (border charges) | 28,000 |
| Mutafarriq (other) | 12,500 |
| Total (kul) | 188,000 |

**C. Income.** The kiraya (freight) for the same round trip is Rs 205,000, which
leaves the owner Rs 17,000 before tyres, repairs and the instalment on the truck.

**D. Closures.** Torkham was closed for 46 days in 2024. On each of those days a
member's truck held at the border earned nothing, and a truck carrying a
container paid detention of USD 120 a day.

*Prepared by the Ittehad's accounts committee.*
""", control_type="control")

# =================================================================== investigative news feature

FEATURE_NOTE = ("*In the style of an investigative news feature with a methods box. The outlet, its "
                "reporters and the people quoted are invented; figures follow this set's invented "
                "series.*")

FEAT_TRUCKS = pdf_table([
    ["Crossing", "2023", "2024", "Change (%)"],
    ["Torkham", "1,150", "820", "-28.7"],
    ["Chaman", "610", "470", "-23.0"],
    ["Ghulam Khan", "140", "105", "-25.0"],
    ["Angoor Adda", "52", "41", "-21.2"],
    ["Total", "1,952", "1,436", "-26.4"],
])

doc("feature_trucks_alt_text_chaman", f"""
# The Frontier Ledger: Where Did the Trucks Go?

{FEATURE_NOTE}

*By our data desk, Peshawar and Quetta*

For forty years the queue of trucks at the border was a fixture of life in
Landi Kotal and Chaman. In 2024 it thinned. Registers kept at the four main
crossings into Afghanistan, obtained by the Ledger, show that on an average day
1,436 trucks crossed in 2024, against 1,952 in 2023, a fall of about a quarter.

The fall was steepest at Torkham, the largest crossing, where the daily average
dropped from 1,150 to 820. Transporters blame the 46 days on which Torkham was
shut in 2024 and the long waits on the days it was open. "You lose a week, then
you lose the next load too," said a driver from Khyber.

Table: Trucks crossing per day (average), both directions

{chr(10).join(FEAT_TRUCKS)}

[Alt text: Bar chart of the average number of trucks crossing each day at the
four crossings in 2023 and 2024. At Torkham the bars fall from 1,150 to 820; at
Chaman they fall from 610 to 407.]

At Chaman, closed for 31 days in 2024, traders say the passport and visa rule
has done more harm than the closures, because it ended the daily crossing of
small traders and porters with local identity cards.

**How we did this.** We obtained the daily crossing registers for 2023 and 2024
from the four land customs stations under the Right to Information Act. We
averaged the counts over all days of the year, including days when a crossing
was closed, so that the averages reflect the trade actually lost. Trucks are
counted in both directions; empty returning trucks are included. We checked
the totals against monthly summaries published by Customs and found no gap
larger than one percent.
""", [{
    "kind": "text_vs_table",
    "quotes": ["at\nChaman they fall from 610 to 407", row_of(FEAT_TRUCKS, "Chaman")],
    "explanation": "The chart's alt text has Chaman's daily average falling to 407 trucks in 2024, "
                   "but the table gives 470 (a change of -23.0 percent, which fits 470), and the "
                   "total of 1,436 also needs 470.",
    "expected_values": {"text_value": 407, "table_value": 470, "unit": "trucks per day",
                        "subject": "average trucks crossing per day at Chaman", "period": "2024",
                        "location": "chart alt text against a PDF-extracted table",
                        "table_form": "pdf"},
}])

doc("feature_clearance_correction_same_month", f"""
# The Frontier Ledger: Forty-Four Hours at the Gate

{FEATURE_NOTE}

*By our business correspondent, Landi Kotal*

The trucks have crossed Torkham for a century, but the paperwork has never
been slower. According to customs data seen by the Ledger, the average time to
clear an export truck at Torkham rose from 38 hours in January 2025 to 44 hours
in February 2025. At Chaman it rose from 29 to 33 hours over the same months.

Clearing agents in Landi Kotal say the delays began with new checks on the
declared value of goods and with scanners that are out of service for days at a
time. "The truck waits, the driver waits, the perishable goods rot," said one
agent, who asked not to be named because he depends on customs officers'
goodwill.

For a truck carrying a container, every extra day at the border costs the
importer USD 120 in detention charges. A trader in fresh fruit said he had
stopped sending tomatoes through Torkham in February and was selling them in
Peshawar instead, at a lower price.

The Collector of Customs at Torkham said that two new scanners would be
installed by June and that a separate lane for perishable goods was already
working. He said clearance times in March had been lower, but did not give a
figure.

**How we did this.** We obtained extracts of the customs clearance system for
goods declarations filed at Torkham and Chaman in January and February 2025. We
measured clearance time from the filing of the declaration to the gate-out
message, and averaged it over all export declarations for each month.

*Correction: An earlier version of this article misstated the change at Torkham.
The average clearance time at Torkham rose from 44 hours in February 2025 to 44
hours in February 2025.*
""", [{
    "kind": "garbled",
    "quotes": ["The average clearance time at Torkham rose from 44 hours in February 2025 to 44\nhours in February 2025."],
    "explanation": "The correction line gives the same value and the same month at both ends of a "
                   "rise; the article's own body has 38 hours in January 2025 rising to 44 hours in "
                   "February 2025.",
    "expected_values": {"start_value": 44, "end_value": 44, "start_period": "Feb 2025",
                        "end_period": "Feb 2025", "period_as_written": "February 2025",
                        "unit": "hours per export truck",
                        "subject": "average customs clearance time at Torkham",
                        "location": "correction line"},
}])

doc("feature_declarations_reuse", f"""
# The Frontier Ledger: The Paper Trail at Torkham

{FEATURE_NOTE}

*By our data desk, Peshawar*

Every truck that leaves Pakistan for Afghanistan through Torkham needs a goods
declaration filed with customs. Counting those declarations is the quickest way
to see how much trade is moving, and in early 2025 it was not moving much.

In January 2025 exporters filed 1,910 goods declarations at Torkham for cargo
bound for Afghanistan. In February, a shorter month with two days of protests
at the crossing, they filed 1,910, for 3,670 across the two months. Clearing
agents say a declaration used to cover one truck; now traders split loads to
reduce the duty at risk if a consignment is held.

The slowdown in clearance compounded the problem. The average time to clear an
export truck rose from 38 hours in January to 44 hours in February, and agents
describe queues that began at the customs yard and ended, some days, in Landi
Kotal bazaar.

"We are filing more paper for less cargo," said the president of the local
clearing agents' association. He wants customs to accept declarations before a
truck reaches the border, as it does at the seaports.

Customs officials said declarations were down because exports themselves were
down, and pointed to the fall in Pakistan's exports to Afghanistan in FY2025,
to USD 893 million from USD 956 million.

**How we did this.** We counted goods declarations for exports filed at Torkham,
by day, from extracts of the customs clearance system for January and
February 2025. Declarations that were cancelled and refiled were counted once. Clearance
times run from filing to the gate-out message.
""", [{
    "kind": "number_reuse",
    "quotes": ["In January 2025 exporters filed 1,910 goods declarations",
               "they filed 1,910, for 3,670 across the two months"],
    "explanation": "The same 1,910 is given for January's and February's declarations, yet the "
                   "two months are said to total 3,670, which leaves 3,670 - 1,910 = 1,760 for "
                   "February (and the text calls February slower).",
    "expected_values": {"value": 1910, "unit": "goods declarations",
                        "quantity_1": "export goods declarations at Torkham, January 2025",
                        "quantity_2": "export goods declarations at Torkham, February 2025",
                        "expected_value_2": 1760},
}])

doc("feature_card_holders_methods_2020", f"""
# The Frontier Ledger: The Card Holders Who Left

{FEATURE_NOTE}

*By our refugee affairs correspondent, Peshawar*

The removal drive that began in late 2023 was aimed at Afghans without papers.
Yet in the refugee villages around Peshawar, families holding Proof of
Registration cards have been leaving too. "Nobody told us to go," said a
grandmother in a village near the ring road. "But when your neighbours go, and
the police stop your sons every week, you start packing."

In 2024, 676,000 Afghans returned from Pakistan, and a further 320,000 followed
in the first half of 2025. Most had no documents. But the Ledger's analysis of
registration records suggests that card holders made up a growing share of the
returns in 2025, especially from Khyber Pakhtunkhwa, which at end-2024 still
held 811.2 thousand registered refugees.

Officials of the Commissionerate for Afghan Refugees said that card holders were
not being removed and that any who left did so voluntarily. Aid workers at
Torkham said many returning card holders told them they had left because their
cards' validity was uncertain.

Families who stay face their own choices. Several told the Ledger they had
pulled their daughters out of secondary school to save money for a move they
hoped not to make.

**How we did this.** We took as our baseline the register of roughly 1.8 million
registered Afghan refugees in Pakistan (UNHCR Operational Data Portal, end-2020),
a count taken before the change of government in Kabul, and compared the
province-by-province figures with the latest provincial data. We interviewed 46
families in refugee villages in Peshawar, Nowshera and Haripur between March and
May 2025. Names are withheld at the families' request. Figures on returns are
those reported by the border monitoring agencies at Torkham and Spin Boldak.
""", [{
    "kind": "citation",
    "quotes": ["the register of roughly 1.8 million\nregistered Afghan refugees in Pakistan (UNHCR Operational Data Portal, end-2020)"],
    "explanation": "The methods box puts UNHCR's end-2020 register at roughly 1.8 million; the "
                   "reference value for end-2020 is 1,438,432, so the cited figure is 25.1 percent "
                   "too high.",
    "expected_values": {"stated": 1800000, "stated_as_written": "roughly 1.8 million",
                        "stated_hedge": "roughly", "reference": 1438432,
                        "indicator": "refugees.registered", "subject": "PAK", "period": "2020",
                        "cited_source": "UNHCR Operational Data Portal, end-2020",
                        "citation_form": "'(UNHCR Operational Data Portal, end-YYYY)' in a methods box",
                        "location": "methods box of a news feature"},
}])

FEAT_TRANSIT = pdf_table([
    ["Quarter", "FY2024", "FY2025", "Change (%)"],
    ["Jul-Sep", "14,100", "8,300", "-41.1"],
    ["Oct-Dec", "13,600", "7,400", "-45.6"],
    ["Jan-Mar", "12,500", "7,400", "-40.8"],
    ["Apr-Jun", "11,800", "8,100", "-31.4"],
    ["Total", "52,000", "31,200", "-40.0"],
])

doc("feature_transit_elsewhere_control", f"""
# The Frontier Ledger: The Transit Trade That Went Elsewhere

{FEATURE_NOTE}

*By our ports correspondent, Karachi*

For decades, Afghanistan's imports of tea, tyres and cooking oil came ashore at
Karachi and travelled north by road. That trade is shrinking. Afghan transit
containers cleared at Karachi and Port Qasim fell from 52,000 in FY2024 to
31,200 in FY2025, down 40 per cent.

The fall was sharpest in the quarter to December 2024, when 7,400 boxes were
cleared against 13,600 a year earlier, a drop of 45.6 per cent. Volumes picked
up in the quarter to June 2025, to 8,100, but remained almost a third below the
same quarter of FY2024.

Table: Afghan transit containers cleared, by quarter of the fiscal year

{chr(10).join(FEAT_TRANSIT)}

[Alt text: Line chart of Afghan transit containers cleared each quarter. The
line falls from 14,100 in the quarter to September 2023 to 7,400 in the quarters
to December 2024 and March 2025, then rises to 8,100 in the quarter to June
2025.]

Importers in Kabul told the Ledger they now route more cargo through Iran's
ports of Bandar Abbas and Chabahar, and some through the rail link from
Uzbekistan. "Karachi is closer, but closer does not matter if the border is
shut," said a tea importer.

Shipping agents in Karachi say the lost business is hard to win back once
importers have opened accounts with forwarders elsewhere.

**How we did this.** We used the quarterly counts of transit containers cleared
at the two ports, as published by Customs. A container is counted when its
transit declaration is cleared at the port, not when it leaves Pakistan. The
fiscal year runs from July to June.
""", control_type="control")

# =================================================================== students' term papers

TERM_NOTE = ("*In the style of an undergraduate student's term paper. The student, the course and "
             "the works cited other than official statistics are invented; figures follow this "
             "set's series.*")

doc("term_paper_refugees_lakh_2024", f"""
# Term Paper: Hosting Afghans, Pakistan's Refugee Policy since 2021

{TERM_NOTE}

*Course: PS-342 Refugees and the State, Spring 2025. Submitted to the Department of
Political Science.*

**1. Introduction.** Pakistan has hosted Afghan refugees for more than four
decades. This paper asks how its policy changed after the Taliban returned to
power in Kabul in August 2021, and argues that the change came less from
Islamabad's view of the refugees than from its quarrel with Kabul over militancy
(Khan, 2022).

**2. The numbers.** By the end of 2024 Pakistan still hosted 17.4 lakh registered
Afghan refugees (UNHCR, 2024), most of them in Khyber Pakhtunkhwa and
Balochistan. Alongside them lived a larger but uncounted number of Afghans
without documents, who were the main target of the removal drive announced in
October 2023. In 2024 alone, 676,000 Afghans returned from Pakistan (Hussain,
2025).

**3. From hospitality to pressure.** Until 2021 the state renewed Proof of
Registration cards in batches and tolerated the undocumented. After 2021, as
attacks attributed to groups based in Afghanistan rose from 158 in 2023 to 212
in 2024, the language of security replaced that of hospitality.

**4. Conclusion.** The refugees became a bargaining chip in a dispute that has
little to do with them. A policy that separated the two would serve both
Pakistan's security and its reputation.

**References**

Hussain, R. (2025). Returns from Pakistan: a year in numbers. Islamabad: Policy
Lab Working Paper 7.

Khan, S. (2022). Refugees and the city: Afghans in Peshawar. Peshawar: Frontier
University Press.

UNHCR (2024). Pakistan: registered Afghan refugees, year-end statistics.
""", [{
    "kind": "citation",
    "quotes": ["By the end of 2024 Pakistan still hosted 17.4 lakh registered\nAfghan refugees (UNHCR, 2024)"],
    "explanation": "17.4 lakh is 1,740,000 (close to the end-2022 figure of 1,743,278); the "
                   "reference value for end-2024 is 1,559,964, so the cited figure is 11.5 percent "
                   "too high.",
    "expected_values": {"stated": 1740000, "stated_as_written": "17.4 lakh", "reference": 1559964,
                        "indicator": "refugees.registered", "subject": "PAK", "period": "2024",
                        "cited_source": "(UNHCR, 2024)",
                        "citation_form": "'(UNHCR, YYYY)' in a term paper, with the figure in lakh",
                        "location": "section 2 of a term paper"},
}])

doc("term_paper_counting_afghans_citation_control", f"""
# Term Paper: The Politics of Numbers, Counting Afghans in Pakistan

{TERM_NOTE}

*Course: SOC-215 Population and Society, Spring 2025.*

**1. Why counting matters.** Who is counted as a refugee decides who may stay,
who may work and who may be removed. In Pakistan the register of Proof of
Registration card holders has been the main instrument for that decision [1].

**2. What the register shows.** Registered Afghan refugees in Pakistan numbered
1,419,084 at the end of 2019 [2] and 1,743,278 at the end of 2022 [3], an
increase of almost a quarter in three years, mainly because cards were issued
to family members who had not been registered before. By the end of 2024 the
number had fallen to 1,559,964 [4], after many card holders returned to
Afghanistan.

**3. What the register leaves out.** The register does not count Afghans who
hold the Afghan Citizen Card, nor those without any document. Estimates of the
undocumented vary so widely that they say more about the estimator than about
the population [1].

**4. Conclusion.** The register is precise but partial. Policies based only on
it will always misjudge the scale of Afghan displacement in Pakistan, in one
direction or the other.

**References**

[1] Ahmed, N. (2021). Papers and belonging: registration of Afghans in Pakistan.
Lahore: Civic Press.

[2] UNHCR. Pakistan: registered Afghan refugees, year-end statistics 2019.

[3] UNHCR. Pakistan: registered Afghan refugees, year-end statistics 2022.

[4] UNHCR. Pakistan: registered Afghan refugees, year-end statistics 2024.
""", control_type="citation_control")

doc("term_paper_exports_halves_backwards", f"""
# Term Paper: Trade under Strain, Pakistan's Exports to Afghanistan, FY2023 to FY2025

{TERM_NOTE}

*Course: ECO-318 Economy of Pakistan, Fall 2025.*

**1. Introduction.** Afghanistan was for years one of Pakistan's larger export
markets. This paper traces how exports to Afghanistan fared over three
fiscal years of closures, new document rules and a slowing transit trade.

**2. The trend.** Pakistan's exports to Afghanistan were USD 991 million in
FY2023, USD 956 million in FY2024 and USD 893 million in FY2025 (State Bank of
Pakistan, 2025). The decline gathered pace in the first half of the latest year.
Between 1HFY25 and 1HFY24, exports fell from $517 million to $445 million, as
Torkham was closed for weeks and clearance at the border slowed. Imports from
Afghanistan fell faster, from USD 620 million in FY2024 to USD 498 million in
FY2025.

**3. Why exports held up at all.** Rice and medicines kept their markets
because Afghan buyers have few alternatives close at hand. Exports of rice rose
from USD 198 million in FY2024 to USD 212 million in FY2025, while wheat flour
and cement lost ground to suppliers in Central Asia.

**4. Conclusion.** The main obstacle to trade is not demand but the border.
Predictable opening hours and fewer closures would do more for exporters than
any tariff concession.

**References**

Karim, F. (2024). Borders and bazaars: the economics of the Durand Line. Karachi:
Harbour Books.

State Bank of Pakistan (2025). Exports and imports by country, monthly data.
""", [{
    "kind": "garbled",
    "quotes": ["Between 1HFY25 and 1HFY24"],
    "explanation": "The period runs backwards: 1HFY25 (July-December 2024) comes after 1HFY24 "
                   "(July-December 2023), yet it is written first, while the values ($517 million, "
                   "then $445 million) are in the right order.",
    "expected_values": {"stated_period_start": "H2 2024", "stated_period_end": "H2 2023",
                        "as_written": {"stated_period_start": "1HFY25",
                                       "stated_period_end": "1HFY24"},
                        "subject": "Pakistan's exports to Afghanistan by half of the fiscal year",
                        "location": "section 2 of a term paper"},
}])

doc("term_paper_jordan_camps_scope", f"""
# Term Paper: Camps or Cities? What Pakistan Can Learn from Jordan

{TERM_NOTE}

*Course: IR-327 Forced Migration, Spring 2025.*

**1. Introduction.** Jordan and Pakistan are two of the world's longest-standing
hosts of refugees. This paper compares the way the two states house refugees
and asks whether camps or cities serve refugees and hosts better.

**2. Jordan.** Most Syrian refugees in Jordan live in towns and cities, but the
Zaatari camp in Jordan became the symbol of the response, with its own schools,
clinics and market streets (Haddad, 2020).

**3. Pakistan.** Afghan refugees in Pakistan began in camps, later called
refugee villages, but most now live in cities such as Peshawar, Quetta and
Karachi. Their departures run mostly through one crossing: of the 676,000
Afghans who returned from Pakistan in 2024, 412,000 crossed the Jordan–Afghanistan
border at Torkham, 231,000 went through Spin Boldak-Chaman and 33,000 through
other crossings.

**4. Comparison.** Urban refugees find work more easily but are more exposed to
police checks and eviction. Camp residents are safer from removal but depend on
aid. In both countries, the most vulnerable families are those who lost their
documents.

**5. Conclusion.** Neither model is a solution on its own. Pakistan's refugee
villages, with their schools and clinics, are an asset that a harsher policy
risks throwing away.

**References**

Haddad, L. (2020). Life in Zaatari: a camp becomes a town. Amman: Levant
Studies Centre.

Yusufzai, A. (2024). From villages to cities: Afghan refugees in Khyber
Pakhtunkhwa. Peshawar: Frontier University Press.
""", [{
    "kind": "scope",
    "quotes": ["the Jordan–Afghanistan\nborder at Torkham"],
    "explanation": "Torkham is on the Pakistan–Afghanistan border; Jordan, the paper's comparison "
                   "case, is named as one side of the pair. Jordan is named correctly elsewhere, as "
                   "the country of the Zaatari camp.",
    "expected_values": {"third_country": "JOR", "named_pair": ["JOR", "AFG"], "pair": PAIR,
                        "named_as": "Jordan–Afghanistan border",
                        "not_a_defect": "Zaatari camp in Jordan"},
}])

# =================================================================== customs tariff notifications

SRO_NOTE = ("*In the style of a customs tariff notification (SRO) with its schedule and an "
            "explanatory memorandum. The notification's number, its tariff lines and its rates "
            "are invented; trade figures follow this set's series.*")

doc("sro_fresh_produce_schedule_control", f"""
# Notification S.R.O. 1187(I)/2025: Regulatory Duty on Fresh Produce of Afghan Origin

{SRO_NOTE}

GOVERNMENT OF PAKISTAN, REVENUE DIVISION. Islamabad, the 14th August, 2025.

**Notification.** In exercise of the powers conferred by section 18 of the
Customs Act, 1969, the Federal Government is pleased to direct that regulatory
duty on the goods of Afghan origin specified in column (2) of the Schedule below,
imported by land, shall be charged at the rates specified in column (4), with
effect from the 1st September, 2025.

**Schedule: regulatory duty, percent of customs value**

| PCT heading | Description | 2024-25 | 2025-26 | Change |
|---|---|---|---|---|
| 0702.0000 | Tomatoes, fresh or chilled | 15 | 10 | −5 |
| 0703.1000 | Onions and shallots, fresh | 15 | 10 | −5 |
| 0806.1000 | Grapes, fresh | 10 | 5 | −5 |
| 0810.9010 | Pomegranates, fresh | 10 | 5 | −5 |
| 2701.1900 | Coal, other than anthracite and bituminous | 5 | 5 | 0 |

**Explanatory memorandum.** Imports from Afghanistan were worth USD 498 million
in FY2025, of which fresh fruit accounted for USD 96 million and vegetables for
USD 58 million, together about 31 percent of the total. Coal, at USD 168
million, remained the largest single item; its rate is left unchanged.

The cut of five percentage points on tomatoes, onions, grapes and pomegranates
is intended to ease food prices in the cities of Khyber Pakhtunkhwa and
Balochistan, where these goods come mainly from Afghanistan in the months when
local supply is short. Imports of the same goods from Iran and Uzbekistan are
not covered, as the notification applies only to goods of Afghan origin.

The Board will review the effect of the notification on prices and revenue
after six months and report to the Economic Coordination Committee.

*(Sd.) Section Officer (Customs Tariff)*
""", control_type="control")

doc("sro_export_duty_memo_surplus", f"""
# Notification S.R.O. 1204(I)/2025: Withdrawal of Export Regulatory Duty on Goods for Afghanistan

{SRO_NOTE}

GOVERNMENT OF PAKISTAN, REVENUE DIVISION. Islamabad, the 2nd September, 2025.

**Notification.** In exercise of the powers conferred by section 18 of the
Customs Act, 1969, the Federal Government is pleased to direct that the
regulatory duty on exports of cement, bagged wheat flour and poultry feed to
Afghanistan by land, levied under its earlier notification, shall be withdrawn
with immediate effect.

**Explanatory memorandum.**

1. The duty was imposed in 2023 to protect domestic supplies of wheat flour and
cement at a time of shortages. Both markets are now well supplied.

2. Pakistan's exports to Afghanistan have weakened. In the first half of FY2025
(July–December 2024), Pakistan exported goods worth US$ 445 million to
Afghanistan and imported US$ 253 million, a surplus of US$ 202 million. For
FY2025 as a whole, exports were US$ 893 million against US$ 956 million in
FY2024.

3. Exporters of cement and wheat flour have told the Board that the duty makes
their goods dearer than supplies from Central Asia, and that Afghan buyers have
switched suppliers.

4. The revenue forgone is small, because the duty was collected on a shrinking
volume of exports. The withdrawal is expected to help exporters regain market
share in eastern and southern Afghanistan.

5. The Board will monitor exports of the three goods for six months and report
any sign of renewed shortage at home.

*(Sd.) Secretary (Customs Policy)*
""", [{
    "kind": "arithmetic",
    "quotes": ["Pakistan exported goods worth US$ 445 million to\nAfghanistan and imported US$ 253 million, a surplus of US$ 202 million"],
    "explanation": "Exports of US$ 445 million less imports of US$ 253 million leave a surplus of "
                   "US$ 192 million, not 202.",
    "expected_values": {"exports": 445, "imports": 253, "computed_balance": 192,
                        "stated_balance": 202, "unit": "USD million", "period": "H2 2024",
                        "period_as_written": "the first half of FY2025 (July–December 2024)",
                        "as_written": {"exports": "US$ 445 million", "imports": "US$ 253 million",
                                       "stated_balance": "US$ 202 million"},
                        "location": "explanatory memorandum"},
}])

doc("sro_fresh_fruit_memo_contracted", f"""
# Notification S.R.O. 1210(I)/2025: Customs Duty on Fresh Fruit from Afghanistan during Ramzan

{SRO_NOTE}

GOVERNMENT OF PAKISTAN, REVENUE DIVISION. Islamabad, the 20th December, 2025.

**Notification.** In exercise of the powers conferred by section 19 of the
Customs Act, 1969, the Federal Government is pleased to exempt fresh
pomegranates, grapes, melons and apricots of Afghan origin, imported by land
through the customs stations at Torkham and Chaman, from so much of the customs
duty as exceeds five percent ad valorem, for the period from the 15th February,
2026 to the 31st March, 2026.

**Explanatory memorandum.**

1. Prices of fresh fruit rise every year in Ramzan, when demand in the cities
is highest and local supply is limited.

2. Imports of fresh fruit from Afghanistan contracted from US$ 88 million in
FY2024 to US$ 96 million in FY2025, and Afghan fruit now supplies a large part of
the markets of Peshawar and Quetta in the late winter.

3. A temporary cut in duty during Ramzan is expected to lower retail prices of
the four fruits without lasting loss of revenue. A cut in the regulatory
duty on tomatoes and onions was made by notification earlier in the year.

4. The exemption will lapse automatically on the 31st March, 2026, and will not
apply to fruit imported through other land customs stations or by sea.

5. Collectors of Customs at Torkham and Chaman will report the quantities and
values cleared under this notification to the Board each week.

*(Sd.) Section Officer (Customs Tariff)*
""", [{
    "kind": "direction",
    "quotes": ["Imports of fresh fruit from Afghanistan contracted from US$ 88 million in\nFY2024 to US$ 96 million in FY2025"],
    "explanation": "'Contracted' describes a rise: imports of fresh fruit went from US$ 88 million "
                   "to US$ 96 million, up 9.1 percent.",
    "expected_values": {"from": 88, "to": 96, "change": 8, "change_pct": 9.09,
                        "from_period": "FY2024", "to_period": "FY2025",
                        "stated_direction": "fall", "actual_direction": "rise",
                        "direction_word": "contracted", "unit": "USD million",
                        "subject": "Pakistan's imports of fresh fruit from Afghanistan",
                        "location": "explanatory memorandum"},
}])

doc("sro_saffron_spain_border", f"""
# Notification S.R.O. 1222(I)/2025: Saffron of Afghan Origin Imported for Processing

{SRO_NOTE}

GOVERNMENT OF PAKISTAN, REVENUE DIVISION. Islamabad, the 30th December, 2025.

**Notification.** In exercise of the powers conferred by section 19 of the
Customs Act, 1969, the Federal Government is pleased to exempt saffron of Afghan
origin, imported across the Spain–Afghanistan land border at Torkham, Chaman and
Ghulam Khan by processors registered with the Board, from the whole of the
customs duty, subject to the condition that the processed saffron is exported
within twelve months of import.

**Explanatory memorandum.**

1. Afghanistan has become one of the world's larger producers of saffron. Much of
its crop is sold on to buyers in Spain and the Gulf, often after grading and
packing in third countries.

2. Processors in Peshawar and Lahore have asked for duty-free import of raw
saffron so that grading and packing can take place in Pakistan. The value added
would stay in the country, and the exports would earn foreign exchange.

3. The exemption is conditional. Processors must register with the Board, keep
a stock account, and export the processed saffron within twelve months. Any
quantity sold in the domestic market will attract duty and taxes with default
surcharge.

4. Imports from Afghanistan were worth USD 498 million in FY2025. Saffron is a
small part of that total, so the revenue forgone is negligible.

5. The Board will review the scheme after one year, in consultation with the
Ministry of Commerce and the processors' association.

*(Sd.) Secretary (Customs Policy)*
""", [{
    "kind": "scope",
    "quotes": ["the Spain–Afghanistan land border at Torkham, Chaman and\nGhulam Khan"],
    "explanation": "Torkham, Chaman and Ghulam Khan are on the Pakistan–Afghanistan border; Spain, "
                   "a buyer of Afghan saffron, is named as one side of the pair. Spain is named "
                   "correctly in the explanatory memorandum, as a market for the saffron.",
    "expected_values": {"third_country": "ESP", "named_pair": ["ESP", "AFG"], "pair": PAIR,
                        "named_as": "Spain–Afghanistan land border",
                        "not_a_defect": "buyers in Spain and the Gulf"},
}])

# =================================================================== chamber of commerce budget proposals

CHAMBER_NOTE = ("*In the style of a chamber of commerce's budget proposals to the federal "
                "government. The chamber and its proposals are invented; trade figures follow this "
                "set's series.*")

doc("chamber_proposals_jul_mar_exports", f"""
# Peshawar Traders and Industrialists Chamber: Budget Proposals 2025-26, Trade with Afghanistan

{CHAMBER_NOTE}

**Summary.** The Chamber submits five proposals on trade with Afghanistan for the
federal budget 2025-26. Trade with Afghanistan has fallen for two years in a
row, and the fall is deepening. Exports to Afghanistan in
Jul-Mar FY25 were only US$675 million, against US$758 million in the same
months of FY24. Imports fell faster, by 22.9 per cent year on year.

**Trade with Afghanistan, first nine months of the fiscal year (US$ million)**

| US$ million | Jul-Mar FY24 | Jul-Mar FY25 |
|---|---|---|
| Exports to Afghanistan | 758 | 657 |
| Imports from Afghanistan | 481 | 371 |
| Balance | 277 | 286 |
| Two-way trade | 1,239 | 1,028 |

**Proposal 1: Reduce withholding tax on exports to Afghanistan by land to 0.5
per cent.** *Rationale:* Exporters to Afghanistan compete with suppliers in
Central Asia and Iran who pay no such tax at the border.

**Proposal 2: Pay sales tax refunds of exporters to Afghanistan within 60 days.**
*Rationale:* Refunds held for more than a year tie up the working capital of
small exporters.

**Proposal 3: Allow barter trade with Afghanistan for listed goods.**
*Rationale:* Payments through banks remain difficult, and traders already
settle informally.

**Proposal 4: Fund a cold chain at Torkham in the federal PSDP.** *Rationale:*
Fruit and vegetables spoil during closures; the provincial scheme alone will
not meet the need.

**Proposal 5: Set up a joint committee of the Chamber and the Board on border
procedures.** *Rationale:* Rules at the border change without notice to
traders.

**Revenue impact.** The Chamber estimates that proposals 1 and 2 would cost
little in revenue, because the exports they concern are already shrinking.
""", [{
    "kind": "text_vs_table",
    "quotes": ["Exports to Afghanistan in\nJul-Mar FY25 were only US$675 million",
               "| Exports to Afghanistan | 758 | 657 |"],
    "explanation": "The summary gives US$675 million of exports in Jul-Mar FY25, but the table gives "
                   "657 (the digits swapped); the table's balance of 286 and two-way trade of 1,028 "
                   "follow 657.",
    "expected_values": {"text_value": 675, "table_value": 657, "unit": "USD million",
                        "text_as_written": "US$675 million",
                        "subject": "PAK→AFG exports", "period": "Jul 2024-Mar 2025",
                        "period_as_written": "Jul-Mar FY25",
                        "location": "summary of budget proposals against its trade table",
                        "table_form": "pipe"},
}])

doc("chamber_refunds_reuse", f"""
# Peshawar Traders and Industrialists Chamber: Budget Proposals 2025-26, Proposal 2 in Full

{CHAMBER_NOTE}

**Proposal 2: Pay sales tax refunds of exporters to Afghanistan within 60 days,
and clear the backlog before 30 June 2025.**

**The problem.** Exporters of goods to Afghanistan pay sales tax on their inputs
and are entitled to a refund when the goods leave the country. In practice the
refunds arrive late or not at all. Sales tax refunds owed to the Chamber's
members who export to Afghanistan stood at Rs 4.2 billion at end-March 2025, of
which Rs 4.2 billion had been pending for more than a year; the remaining Rs 1.3
billion related to claims filed in FY25.

**Why it matters now.** Exports to Afghanistan fell in Jul-Mar FY25 to US$657
million, from US$758 million in the same months of FY24, a fall of 13.3 per cent
year on year. Small exporters of rice, medicines and household goods are running
short of working capital just as Afghan buyers ask for longer credit.

**What we propose.**

- The Board should pay all refunds pending for more than a year before the end
  of FY25, from the refund budget of the current year.
- For FY26, refunds on exports to Afghanistan should be paid within 60 days of
  the goods declaration, through the automated refund system used for
  seaborne exports.
- Claims held for audit should be paid in part, with the disputed amount kept
  back, instead of being held in full.

**Revenue impact.** Paying refunds owed is not a cost to the budget: the money
belongs to the exporters. Faster payment would, however, bring forward cash
outflows in FY26. The Chamber estimates that the effect would be small, because
exports to Afghanistan are themselves shrinking.

**Precedent.** The automated system already pays refunds on seaborne exports
within weeks. Exporters by land ask only for the same treatment.
""", [{
    "kind": "number_reuse",
    "quotes": ["stood at Rs 4.2 billion at end-March 2025",
               "of\nwhich Rs 4.2 billion had been pending for more than a year"],
    "explanation": "Rs 4.2 billion is given both as the whole stock of refunds owed and as the part "
                   "pending for more than a year, yet a further Rs 1.3 billion of recent claims is "
                   "said to make up the rest; the older part should be 4.2 - 1.3 = 2.9 billion.",
    "expected_values": {"value": 4.2, "unit": "PKR billion",
                        "value_as_written": "Rs 4.2 billion",
                        "quantity_1": "sales tax refunds owed to members exporting to Afghanistan, end-March 2025",
                        "quantity_2": "refunds pending for more than a year",
                        "expected_value_2": 2.9},
}])

doc("chamber_rice_myanmar_trade", f"""
# Peshawar Traders and Industrialists Chamber: Budget Proposals 2025-26, Proposal on Rice

{CHAMBER_NOTE}

**Proposal 6: Exempt rice exports to Afghanistan by land from the export
development surcharge for two years.**

**Rationale.** Rice is the largest single item in Myanmar–Afghanistan trade
through the land border, worth US$212 million in FY25, up from US$198 million in
FY24. It is one of the few goods whose exports to Afghanistan are still growing,
and it is sold mostly by small and medium millers in Punjab and Sindh through
agents in Peshawar.

That growth is at risk. Afghan importers have begun to buy cheaper rice from
Myanmar, shipped through Iranian ports and carried by road to Herat and Kabul.
Our members report that their Afghan buyers now quote Burmese prices when they
bargain.

**What we propose.** The export development surcharge is small for each
consignment, but it is charged on top of the withholding tax, the border fees
and the cost of bank guarantees. Removing it for rice sent by land would cut
the landed price in Kabul by enough to hold our market share.

**Revenue impact.** The surcharge collected on rice exports to Afghanistan is a
minor part of the fund's receipts. The Chamber proposes a review after two years
on the basis of export volumes, with the exemption withdrawn if exports do not
rise.

**Related proposals.** The Chamber also asks the government to restore the
railway freight service from Karachi to Peshawar for bagged rice, which would
take trucks off the roads, and to open a branch of a Pakistani bank in Kabul to
settle export payments.
""", [{
    "kind": "scope",
    "quotes": ["Myanmar–Afghanistan trade"],
    "explanation": "The chamber means Pakistan's rice exports to Afghanistan (US$212 million in FY25 "
                   "follows the Pakistan series); Myanmar is named as one side of the pair. Myanmar "
                   "is named correctly later, as a rival source of rice.",
    "expected_values": {"third_country": "MMR", "named_pair": ["MMR", "AFG"], "pair": PAIR,
                        "named_as": "Myanmar–Afghanistan trade",
                        "not_a_defect": "cheaper rice from Myanmar"},
}])

doc("chamber_export_basket_control", f"""
# Peshawar Traders and Industrialists Chamber: Budget Proposals 2025-26, Annex A

{CHAMBER_NOTE}

**Annex A: Pakistan's exports to Afghanistan by product.** This annex supports
the Chamber's proposals on rice, medicines and wheat flour. Exports to
Afghanistan came to 0.9 billion dollars in FY2025, a fall of 6.6 per cent year
on year, but the fall was uneven across products.

**Table A.1: Exports to Afghanistan by product (US$ million)**

| Product | FY2024 | FY2025 | Change (%) |
|---|---|---|---|
| Rice¹ | 198 | 212 | 7.1 |
| Wheat flour² | 131 | 118 | -9.9 |
| Pharmaceuticals | 89 | 96 | 7.9 |
| Cement | 71 | 64 | -9.9 |
| Fruit and vegetables | 62 | 58 | -6.5 |
| Other | 405 | 345 | -14.8 |
| Total | 956 | 893 | -6.6 |

¹ Basmati and non-basmati rice. ² Bagged flour only; wheat grain is not exported.

**Reading the table.** Rice and medicines grew, while every other line fell.
Rice now makes up almost a quarter of exports to Afghanistan, and medicines
about a tenth. Wheat flour and cement each fell by almost a tenth, and the
residual "other" goods, mostly household items, plastics and textiles, by
about a seventh.

**What this means for the proposals.** The goods that are holding their market
are those Afghan buyers cannot easily find elsewhere at the same quality and
price. The Chamber's proposals therefore aim to protect rice and medicines, by
removing surcharges and speeding refunds, and to give cement and flour a chance
to compete with supplies from Kazakhstan and Uzbekistan, which reach northern
Afghanistan by rail.

**Source.** Chamber compilation from official trade statistics. Fiscal years run
from July to June.
""", control_type="control")

# =================================================================== shipping line customer advisories

SHIP_NOTE = ("*In the style of a shipping line's customer advisory. The line, its charges and its "
             "equipment figures are invented; national transit figures follow this set's series.*")

doc("advisory_transit_surcharge_table", f"""
# Arabian Sea Container Line: Customer Advisory 2025/14, Afghan Transit Cargo via Karachi

{SHIP_NOTE}

Dear Valued Customer,

**1. Purpose.** This advisory sets out revised charges and conditions for
containers carrying Afghan transit cargo discharged at Karachi and Port Qasim
for onward carriage by road to Afghanistan.

**2. Afghan transit surcharge.** With effect from 1 October 2025, an Afghan
transit surcharge (ATS) of USD 150 per 20ft and USD 205 per 40ft container will
be levied on all bills of lading for Afghan transit cargo, payable before
release of the delivery order. The surcharge covers the additional cost of
repositioning empty containers returned from Afghanistan, which now take much
longer to come back to Karachi.

**3. Free time.** Combined free time for Afghan transit containers will be
reduced from 21 days to 14 days from the same date. Detention after free time
will be charged per day as shown below.

**4. Container guarantee.** A refundable container guarantee deposit will be
required for each container released for Afghan transit, and refunded on return
of the empty container in sound condition.

**Schedule of charges, Afghan transit cargo (USD per container)**

| Charge | 20ft | 40ft |
|---|---|---|
| Afghan transit surcharge (ATS) | 150 | 250 |
| Documentation fee, per bill of lading | 45 | 45 |
| Container guarantee deposit (refundable) | 1,500 | 2,500 |
| Detention after free time, per day | 25 | 40 |

**5. Contact.** For questions, please contact our Karachi customer service
desk or your local sales representative.

We thank you for your continued support.

*Update 1 (3 September 2025): paragraph 3 previously gave the new free time as
10 days; the correct figure is 14 days.*
""", [{
    "kind": "text_vs_table",
    "quotes": ["USD 205 per 40ft container", "| Afghan transit surcharge (ATS) | 150 | 250 |"],
    "explanation": "Paragraph 2 gives the Afghan transit surcharge on a 40ft container as USD 205, "
                   "but the schedule of charges gives USD 250.",
    "expected_values": {"text_value": 205, "table_value": 250, "unit": "USD per 40ft container",
                        "subject": "Afghan transit surcharge on a 40ft container",
                        "period": "from 1 Oct 2025",
                        "location": "advisory paragraph against its schedule of charges",
                        "table_form": "pipe"},
}])

doc("advisory_volumes_same_quarter", f"""
# Arabian Sea Container Line: Customer Advisory 2025/17, Equipment for Afghan Transit Cargo

{SHIP_NOTE}

Dear Valued Customer,

**1. Market update.** Afghan transit volumes through Karachi and Port Qasim fell
sharply in FY2025, to 31,200 containers from 52,000 in FY2024, as importers in
Afghanistan shifted part of their cargo to other routes. The decline has now
eased: volumes recovered from 8,100 boxes in Q4FY25 to 8,100 boxes in Q4FY25,
the first quarterly rise in two years.

**2. Equipment.** Because fewer boxes are moving, and because empty containers
returned from Afghanistan take longer to come back, we are reducing the number
of 40ft containers positioned at Karachi for Afghan transit cargo. Customers are
asked to book at least ten days in advance to secure equipment.

**3. Flat racks and open tops.** Requests for special equipment for machinery
and vehicles bound for Afghanistan will be handled case by case. Such
containers must be returned to Karachi within the free time, and any damage
found on return will be charged to the consignee.

**4. Empty returns.** Empty containers returned from Afghanistan must be
delivered to our depot at Karachi, not to the terminals. Containers returned
with the Afghan transit seal broken, or without the customs endorsement of exit
at Torkham or Chaman, will be held until the case is cleared with Customs.

**5. Charges.** The Afghan transit surcharge, free time and container guarantee
deposit set out in Customer Advisory 2025/14 remain unchanged.

We thank you for your continued support.
""", [{
    "kind": "garbled",
    "quotes": ["volumes recovered from 8,100 boxes in Q4FY25 to 8,100 boxes in Q4FY25"],
    "explanation": "The rise is given with the same value and the same quarter at both ends; the "
                   "national series has 7,400 containers in Q3FY25 rising to 8,100 in Q4FY25.",
    "expected_values": {"start_value": 8100, "end_value": 8100, "start_period": "Q4 FY2025",
                        "end_period": "Q4 FY2025", "period_as_written": "Q4FY25",
                        "unit": "transit containers",
                        "subject": "Afghan transit containers cleared at Karachi and Port Qasim",
                        "location": "market update paragraph of a customer advisory"},
}])

doc("advisory_market_note_crept_up", f"""
# Arabian Sea Container Line: Customer Advisory 2025/19, Outlook for Afghan Transit Business

{SHIP_NOTE}

Dear Valued Customer,

**1. Volumes.** Afghan transit volumes through Karachi and Port Qasim crept up
from 52,000 containers in FY2024 to 31,200 in FY2025, and the line's own share
of that business was broadly stable. Tea, tyres, edible oil and fabrics remained
the main cargoes.

**2. Turnaround.** The average time taken for an empty container to return from
Afghanistan to our Karachi depot lengthened over the year, mainly because of the
closures of the border crossings. Torkham alone was closed for 46 days in 2024.
Each extra day that a container spends inland is a day it cannot be used for
export cargo from Pakistan.

**3. Our response.** We will continue to serve Afghan transit cargo from Karachi.
To cover the cost of slower returns we introduced the Afghan transit surcharge
from 1 October 2025 (Customer Advisory 2025/14). We will review the surcharge
every quarter and reduce it as turnaround improves.

**4. Documentation.** Customers are reminded that the consignee's name and
address in Afghanistan, the transit declaration number and the route of exit
must appear on every bill of lading. Incomplete documents delay release at the
terminal and add detention days that the line cannot waive.

**5. Outlook.** We expect the business to stabilise in FY2026 if the crossings
stay open, but we do not expect a return to the volumes of FY2024 in the near
term.

We thank you for your continued support.
""", [{
    "kind": "direction",
    "quotes": ["Afghan transit volumes through Karachi and Port Qasim crept up\nfrom 52,000 containers in FY2024 to 31,200 in FY2025"],
    "explanation": "'Crept up' describes a fall of 40 percent, from 52,000 to 31,200 containers.",
    "expected_values": {"from": 52000, "to": 31200, "change": -20800, "change_pct": -40.0,
                        "from_period": "FY2024", "to_period": "FY2025",
                        "stated_direction": "rise", "actual_direction": "fall",
                        "direction_word": "crept up", "unit": "transit containers",
                        "subject": "Afghan transit containers cleared at Karachi and Port Qasim",
                        "location": "customer advisory paragraph"},
}])

doc("advisory_flexitank_argentina_border", f"""
# Arabian Sea Container Line: Customer Advisory 2025/21, Flexitank Cargo for Afghanistan

{SHIP_NOTE}

Dear Valued Customer,

**1. Scope.** This advisory applies to edible oil carried in flexitanks inside
20ft containers, discharged at Karachi for Afghanistan under the transit
agreement. Most such cargo on our services is soybean oil loaded in Argentina
and transhipped at Jebel Ali or Colombo.

**2. Acceptance.** From 1 November 2025 the line will accept flexitank cargo for
Afghan transit only if the flexitank is certified by an approved manufacturer
and fitted with a bottom-discharge valve. Containers must carry the line's
flexitank label on both doors.

**3. Road carriage.** Loaded flexitank containers will be released for carriage
across the Argentina–Afghanistan border at Torkham and Chaman only to hauliers
on the line's approved list. Each truck must carry a spill kit. The consignee
must arrange discharge within three days of arrival in Afghanistan.

**4. Empty returns.** The empty container must be returned to our depot at
Karachi with the used flexitank removed. Containers returned with oil residue
will be cleaned at the consignee's cost.

**5. Charges.** The Afghan transit surcharge and the container guarantee deposit
in Customer Advisory 2025/14 apply. A flexitank handling fee will be quoted
separately.

**6. Liability.** The line is not liable for leakage caused by the flexitank, by
overfilling or by rough handling on the road journey. Shippers are advised to
insure the cargo for the whole journey to its destination in Afghanistan.

We thank you for your continued support.
""", [{
    "kind": "scope",
    "quotes": ["the Argentina–Afghanistan border at Torkham and Chaman"],
    "explanation": "Torkham and Chaman are on the Pakistan–Afghanistan border; Argentina, where the "
                   "oil is loaded, is named as one side of the pair. Argentina is named correctly "
                   "in paragraph 1, as the loading country.",
    "expected_values": {"third_country": "ARG", "named_pair": ["ARG", "AFG"], "pair": PAIR,
                        "named_as": "Argentina–Afghanistan border",
                        "not_a_defect": "soybean oil loaded in Argentina"},
}])

# =================================================================== responses to reviewers

REPLY_NOTE = ("*In the style of authors' response to the reviewers of a journal article. The "
              "journal, the manuscript, its authors and the reviewers are invented; figures follow "
              "this set's series.*")

doc("reply_reviewers_refugees_2019", f"""
# Response to Reviewers: Manuscript JBE-2025-0142, "Closures and Commerce"

{REPLY_NOTE}

Dear Editor,

We thank the two reviewers for their careful reading of our paper on border
closures and Pakistan–Afghanistan trade. Below we reply to each comment; changes
in the manuscript are shown in blue.

**Reviewer 1, comment 1.** *The paper should explain why 2019 is the starting
year.* **Response.** We start in 2019 because it is the last full year before
the pandemic closures of 2020. We have added a sentence saying so in the
introduction.

**Reviewer 1, comment 2.** *The trade series should be stated in the text, not
only in the figure.* **Response.** Agreed. Section 2 now gives Pakistan's
exports to Afghanistan for each year, from USD 1,290 million in 2019 to USD 884
million in 2024, and imports from USD 441 million to USD 540 million.

**Reviewer 2, comment 1.** *The introduction should give the size of the
registered refugee population at the start of the study period, since the
refugees are part of the cross-border economy.* **Response.** We have added:
"Pakistan hosted 1,490,562 registered Afghan refugees at the end of 2019, as
reported by the UN refugee agency, and 1,559,964 at the end of 2024 (UNHCR,
2024)."

**Reviewer 2, comment 2.** *The closure variable should distinguish short
closures from long ones.* **Response.** We now code closures of more than seven
days separately. The results are unchanged in sign, and the effect of long
closures on monthly exports is larger, as the reviewer expected.

**Reviewer 2, comment 3.** *Please discuss informal trade.* **Response.** We
have added a paragraph on informal trade, which our customs data cannot
capture, and note that our estimates are therefore a lower bound.

We hope the revised paper is now acceptable for publication.

Yours sincerely, the authors
""", [{
    "kind": "citation",
    "quotes": ["Pakistan hosted 1,490,562 registered Afghan refugees at the end of 2019, as\nreported by the UN refugee agency"],
    "explanation": "The figure given for the end of 2019 is the end-2021 figure; the reference "
                   "value for end-2019 is 1,419,084. The end-2024 figure in the same sentence is "
                   "correct.",
    "expected_values": {"stated": 1490562, "reference": 1419084, "same_as_year": "2021",
                        "indicator": "refugees.registered", "subject": "PAK", "period": "2019",
                        "cited_source": "as reported by the UN refugee agency",
                        "citation_form": "'YYYY, as reported by the UN refugee agency' in a reply to a reviewer",
                        "location": "reply to a reviewer's comment",
                        "not_a_defect": "1,559,964 at the end of 2024 (UNHCR, 2024)"},
}])

doc("reply_reviewers_closure_table_citation_control", f"""
# Response to Reviewers: Manuscript JBE-2025-0188, "Waiting at the Gate"

{REPLY_NOTE}

Dear Editor,

Thank you for the reviewers' helpful reports on our paper about border closures
and the livelihoods of Afghan refugees who work in cross-border trade. Our
replies follow.

**Reviewer 1, comment 1.** *The closure data should be shown in a table, by
crossing and half-year.* **Response.** We have added Table 1, reproduced here.

**Table 1: Days closed to cargo in 2024, by crossing**

| Crossing | H1 2024 | H2 2024 | 2024 total |
|---|---|---|---|
| Torkham | 28 | 18 | 46 |
| Chaman | 19 | 12 | 31 |
| Ghulam Khan | 9 | 13 | 22 |
| Angoor Adda | 8 | 9 | 17 |
| Total | 64 | 52 | 116 |

**Reviewer 1, comment 2.** *Please check the refugee figures in section 3
against the source.* **Response.** We have checked them. The figures released by
UNHCR for end-2021 give 1,490,562 registered Afghan refugees in Pakistan, and
the register stood at 1,743,278 a year later (UNHCR, as at 31 December 2022), a
rise of 17.0 percent that reflects the registration of family members rather
than new arrivals. The text now says this.

**Reviewer 2, comment 1.** *Torkham dominates the sample. Are the results driven
by it alone?* **Response.** Torkham accounts for 46 of the 116 closure days in
2024, about two-fifths. Dropping Torkham from the sample reduces the estimated
effect by about a third but leaves it significant. We report this in a new
robustness section.

**Reviewer 2, comment 2.** *Closures in the second half of the year were
shorter. Why?* **Response.** Closure days fell from 64 in the first half to 52
in the second, mainly at Torkham and Chaman; at Ghulam Khan and Angoor Adda they
rose. We now discuss the security incidents behind this pattern.

We are grateful for the reviewers' time and hope the paper can now be
accepted.

Yours sincerely, the authors
""", control_type="citation_control")

doc("reply_reviewers_duty_change", f"""
# Response to Reviewers: Manuscript JBE-2025-0207, "Revenue at the Border"

{REPLY_NOTE}

Dear Editor,

We thank the reviewers for their comments on our paper about customs revenue
at Pakistan's land border with Afghanistan. Our responses are set out below.

**Reviewer 1, comment 1.** *The paper uses "fiscal year" without defining it.*
**Response.** We now state that fiscal years run from July to June, so that
FY2024 covers July 2023 to June 2024.

**Reviewer 1, comment 2.** *The headline result should be stated with the
underlying numbers.* **Response.** The abstract now reads: "Customs duty
collected at Torkham fell by 20.9 percent, from Rs 35.8 bn in FY2023 to Rs 29.6
bn in FY2024, while duty at Chaman fell from Rs 9.1 bn to Rs 6.9 bn." We have
also added the FY2022 figure for Torkham, Rs 31.4 bn, to show that FY2023 was an
unusually strong year.

**Reviewer 2, comment 1.** *Is the fall in duty due to lower volumes or lower
rates?* **Response.** Mostly volumes. Tariff rates on the main goods imported
from Afghanistan did not change in FY2024, while the number of trucks crossing
Torkham each day fell from 1,150 in 2023 to 820 in 2024. We have added a
decomposition to section 4.

**Reviewer 2, comment 2.** *The paper should discuss under-invoicing.*
**Response.** We agree that under-invoicing may have grown as traders sought to
reduce the duty at risk during closures. We discuss this in a new paragraph but
cannot measure it with our data.

**Reviewer 2, comment 3.** *Minor: the figure legends are too small.*
**Response.** Corrected.

We hope the revised manuscript meets the journal's standards.

Yours sincerely, the authors
""", [{
    "kind": "arithmetic",
    "quotes": ["Customs duty\ncollected at Torkham fell by 20.9 percent, from Rs 35.8 bn in FY2023 to Rs 29.6\nbn in FY2024"],
    "explanation": "A fall from Rs 35.8 bn to Rs 29.6 bn is 17.3 percent; 20.9 percent is the "
                   "difference (6.2) divided by the later value instead of the earlier one.",
    "expected_values": {"from": 35.8, "to": 29.6, "computed_change_pct": -17.32,
                        "stated_change_pct": -20.9, "unit": "PKR billion",
                        "subject": "customs duty collected at Torkham",
                        "from_period": "FY2023", "to_period": "FY2024",
                        "location": "reply to a reviewer, quoting the revised abstract"},
}])

doc("reply_reviewers_clearance_moderated", f"""
# Response to Reviewers: Manuscript JBE-2025-0231, "Time Is Trade"

{REPLY_NOTE}

Dear Editor,

We are grateful to the reviewers for their constructive comments on our paper
about clearance times and exports at Torkham. Our point-by-point replies are
below.

**Reviewer 1, comment 1.** *The sample period is short. Why only January and
February 2025?* **Response.** These are the first two months for which the
customs clearance system records the gate-out time for every declaration. We
say this in the data section and treat the paper as a first look.

**Reviewer 1, comment 2.** *The paper should describe how clearance times
changed before estimating their effect.* **Response.** We have added a
descriptive paragraph: "Average clearance times for export trucks at Torkham
moderated from 38 hours in January 2025 to 44 hours in February 2025, while at
Chaman they went from 29 to 33 hours."

**Reviewer 2, comment 1.** *How many declarations are in the sample?*
**Response.** There are 3,670 export declarations at Torkham, 1,910 in January
and 1,760 in February. We now report this in the data section and in the notes
to each table.

**Reviewer 2, comment 2.** *Detention charges should be part of the cost
estimate.* **Response.** Agreed. We now add detention of USD 120 a day for
containerised cargo held at Torkham, which raises our estimate of the cost of
an extra day of clearance.

**Reviewer 2, comment 3.** *Please discuss whether the results apply to
imports.* **Response.** Our data cover exports only. We have added a sentence
noting this limit and suggesting it as a topic for further work.

We hope the revised version can now be accepted.

Yours sincerely, the authors
""", [{
    "kind": "direction",
    "quotes": ["Average clearance times for export trucks at Torkham\nmoderated from 38 hours in January 2025 to 44 hours in February 2025"],
    "explanation": "'Moderated' suggests clearance times came down, but they rose from 38 to 44 "
                   "hours, up 15.8 percent.",
    "expected_values": {"from": 38, "to": 44, "change": 6, "change_pct": 15.79,
                        "from_period": "Jan 2025", "to_period": "Feb 2025",
                        "as_written": {"from_period": "January 2025", "to_period": "February 2025"},
                        "stated_direction": "fall", "actual_direction": "rise",
                        "direction_word": "moderated", "unit": "hours per export truck",
                        "subject": "average customs clearance time for export trucks at Torkham",
                        "location": "reply to a reviewer, quoting a new paragraph"},
}])

# =================================================================== bid evaluation reports

BID_NOTE = ("*In the style of a procurement bid evaluation report of a public infrastructure "
            "company. The company, the bidders and all prices are invented; border figures follow "
            "this set's series.*")

doc("bid_evaluation_rationale_price", f"""
# Khyber Border Infrastructure Company: Bid Evaluation Report, Package LK-2

{BID_NOTE}

**Package LK-2: Truck parking yard and weighbridge, Landi Kotal.** Part of the
ADP scheme for a truck terminal at Landi Kotal. Procurement method: single
stage, two envelope. Engineer's estimate: Rs 1,480.0 million.

**1. Bid opening.** Six firms bought the bidding documents and four submitted
bids by the deadline. The technical envelopes were opened on 4 August 2025 and
all four bidders were found technically responsive. The financial envelopes
were opened on 25 August 2025 in the presence of the bidders' representatives.

**2. Evaluation of financial bids**

| Bidder | Bid price (Rs million) | Deviation from estimate (%) | Rank |
|---|---|---|---|
| Zarghun Builders | 1,392.6 | -5.9 | 1 |
| Safed Koh Constructors | 1,455.0 | -1.7 | 2 |
| Kohistan Engineering | 1,518.4 | +2.6 | 3 |
| Spinghar Infra JV | 1,601.2 | +8.2 | 4 |

The bids were checked for arithmetic errors; none was found. All bids were
valid for 120 days and carried a bid security of one percent of the engineer's
estimate.

**3. Post-qualification.** The committee verified the lowest bidder's
registration with the Pakistan Engineering Council, its audited accounts for
the last three years and its experience of two similar works. It meets all
criteria.

**4. Recommendation and rationale.** The committee recommends award of the
contract to Zarghun Builders, whose bid of Rs 1,329.6 million is the lowest
evaluated bid and 5.9 percent below the engineer's estimate. The margin below
the estimate is reasonable for works of this kind and does not suggest an
abnormally low bid. The contract should be signed within the bid validity
period so that works can begin before the winter.

*Evaluation committee: Chief Engineer (chair), Finance Manager, Procurement
Specialist, representative of the Planning and Development Department.*
""", [{
    "kind": "text_vs_table",
    "quotes": ["whose bid of Rs 1,329.6 million is the lowest\nevaluated bid",
               "| Zarghun Builders | 1,392.6 | -5.9 | 1 |"],
    "explanation": "The recommendation gives the lowest bid as Rs 1,329.6 million, but the "
                   "evaluation table gives Rs 1,392.6 million; the 5.9 percent below the estimate of "
                   "1,480.0 fits 1,392.6 (1,329.6 would be 10.2 percent below).",
    "expected_values": {"text_value": 1329.6, "table_value": 1392.6, "unit": "PKR million",
                        "text_as_written": "Rs 1,329.6 million",
                        "subject": "lowest evaluated bid, package LK-2",
                        "period": "25 Aug 2025",
                        "location": "recommendation's rationale against the evaluation table",
                        "table_form": "pipe"},
}])

doc("bid_boq_summary_total", f"""
# Khyber Border Infrastructure Company: Bid Evaluation Report, Package LK-2, Annex B

{BID_NOTE}

**Annex B: Summary of the bill of quantities of the lowest bidder.** The
committee examined the priced bill of quantities of Zarghun Builders, the lowest
bidder for Package LK-2 (truck parking yard and weighbridge, Landi Kotal),
against the engineer's estimate of Rs 1,480.0 million.

**Table B.1: Summary of priced bills, Zarghun Builders**

| Bill | Description | Amount (Rs million) |
|---|---|---|
| 1 | Earthworks and site clearance | 186.4 |
| 2 | Pavement and parking bays | 642.8 |
| 3 | Drainage and culverts | 118.5 |
| 4 | Weighbridges and scales | 96.0 |
| 5 | Buildings (offices, drivers' rest area) | 204.7 |
| 6 | Electrical works and lighting | 134.2 |
| Total | | 1,392.6 |

**Committee's remarks.**

- The bid price read out at opening, Rs 1,392.6 million, has been carried
  forward as the evaluated price.
- Rates for pavement are about eight percent below the engineer's estimate,
  which the committee considers achievable given the contractor's own asphalt
  plant at Jamrud.
- Rates for weighbridges are in line with recent contracts of the company.
- Provisional sums for utility relocation have been kept at the level set in
  the bidding documents.

**Front-loading.** The committee checked whether the bidder had priced early
items, such as earthworks, above their cost in order to draw payments early.
Earthworks are priced at Rs 186.4 million, close to the engineer's estimate,
and no front-loading was found.

**Conclusion.** The bill of quantities is balanced and supports the
recommendation in the main report to award Package LK-2 to Zarghun Builders.
""", [{
    "kind": "arithmetic",
    "quotes": ["| Total | | 1,392.6 |"],
    "explanation": "The six bills add up to Rs 1,382.6 million (186.4 + 642.8 + 118.5 + 96.0 + "
                   "204.7 + 134.2), not the Rs 1,392.6 million of the total row; the committee says "
                   "it carried the read-out price forward, so the Rs 10.0 million gap was missed.",
    "expected_values": {"parts": {"Earthworks and site clearance": 186.4,
                                  "Pavement and parking bays": 642.8,
                                  "Drainage and culverts": 118.5,
                                  "Weighbridges and scales": 96.0,
                                  "Buildings (offices, drivers' rest area)": 204.7,
                                  "Electrical works and lighting": 134.2},
                        "sum_of_parts": 1382.6, "stated_total": 1392.6, "difference": 10.0,
                        "unit": "PKR million", "period": "Aug 2025", "table_form": "pipe",
                        "subject": "priced bill of quantities of the lowest bidder, package LK-2",
                        "location": "annex table"},
}])

doc("bid_securities_reuse", f"""
# Khyber Border Infrastructure Company: Bid Evaluation Report, Package LK-2, Section 5

{BID_NOTE}

**5. Securities and conditions of award.** This section records the securities
furnished by the bidders for Package LK-2 (truck parking yard and weighbridge,
Landi Kotal) and those required of the successful bidder.

**5.1 Bid security.** Each of the four bids was accompanied by a bid security
of Rs 14.8 million, one percent of the engineer's estimate of Rs 1,480.0
million, in the form of a bank guarantee valid for 148 days. The securities of
the three unsuccessful bidders will be returned once the contract is signed.

**5.2 Performance security.** Before signing the contract, Zarghun Builders must
furnish a performance security of 10 percent of its contract price of Rs
1,392.6 million, that is Rs 14.8 million, valid until the end of the defects
liability period.

**5.3 Advance payment.** The contractor may receive a mobilisation advance of
up to 10 percent of the contract price against an advance payment guarantee of
the same amount. The advance will be recovered from interim payments in equal
instalments.

**5.4 Retention.** Five percent of each interim payment will be retained, half
to be released on completion and half at the end of the twelve-month defects
liability period.

**5.5 Insurance.** The contractor must insure the works, the equipment and
third parties for the whole construction period, with the company named as
joint insured.

**5.6 Time for completion.** Eighteen months from the date of commencement. The
site lies next to the main road to Torkham, and the contractor must keep one
lane open to traffic at all times; trucks queue on that road whenever the
crossing is closed, as on the 46 days it was shut in 2024.
""", [{
    "kind": "number_reuse",
    "quotes": ["bid security\nof Rs 14.8 million, one percent of the engineer's estimate",
               "that is Rs 14.8 million, valid until the end of the defects\nliability period"],
    "explanation": "Rs 14.8 million is given both for the bid security (one percent of the Rs "
                   "1,480.0 million estimate, correct) and for the performance security, which at "
                   "10 percent of the contract price of Rs 1,392.6 million should be about Rs 139.3 "
                   "million.",
    "expected_values": {"value": 14.8, "unit": "PKR million",
                        "value_as_written": "Rs 14.8 million",
                        "quantity_1": "bid security per bid, package LK-2",
                        "quantity_2": "performance security required of the successful bidder",
                        "expected_value_2": 139.3},
}])

doc("bid_technical_france_border", f"""
# Khyber Border Infrastructure Company: Bid Evaluation Report, Package LK-3

{BID_NOTE}

**Package LK-3: Weighbridges, scanners' civil works and control building,
Landi Kotal truck terminal.** Procurement method: single stage, two envelope.

**1. Background.** The Landi Kotal truck terminal will hold trucks waiting to
cross the France–Afghanistan border at Torkham, so that they no longer queue on
the main road through Landi Kotal bazaar. Torkham was closed for 46 days in 2024,
and on those days the queue stretched for many kilometres.

**2. Technical evaluation.** Three bids were received. The committee scored them
out of 100 on experience, key staff, equipment, work plan and the quality of
the weighbridge system offered; the pass mark was 70.

- Bidder A scored 84. It offers weighbridge load cells imported from France,
  with a ten-year supply of spare parts.
- Bidder B scored 76. It offers locally assembled weighbridges with a
  two-year warranty.
- Bidder C scored 61 and is not technically responsive; its key staff lack
  experience of similar works.

**3. Financial evaluation.** Only the financial bids of Bidders A and B were
opened. The evaluated bid of Bidder A is Rs 412.5 million and that of Bidder B
Rs 398.0 million. Under the quality- and cost-based method set out in the
bidding documents, with technical and financial scores weighted 70 and 30,
Bidder A ranks first.

**4. Recommendation.** The committee recommends award of Package LK-3 to Bidder
A. The higher price is offset by the longer life and spare-parts support of the
weighbridges, which will be in use around the clock.

**5. Next steps.** Negotiation of the work programme with Bidder A; signing of
the contract within the bid validity period; start of works before the winter.
""", [{
    "kind": "scope",
    "quotes": ["cross the France–Afghanistan border at Torkham"],
    "explanation": "Torkham is on the Pakistan–Afghanistan border; France, the origin of a "
                   "bidder's load cells, is named as one side of the pair. France is named "
                   "correctly in the technical evaluation.",
    "expected_values": {"third_country": "FRA", "named_pair": ["FRA", "AFG"], "pair": PAIR,
                        "named_as": "France–Afghanistan border",
                        "not_a_defect": "load cells imported from France"},
}])

# =================================================================== a trade economist's social-media threads

THREAD_NOTE = ("*In the style of a researcher's numbered thread on a social-media platform, "
               "collected into one text. The authors and the replies are invented; figures follow "
               "this set's series.*")

doc("thread_fy25_trade_control", f"""
# Thread: Pakistan–Afghanistan Trade in FY25, in Nine Posts

{THREAD_NOTE}

*Posted by a Lahore-based trade economist, 4 August 2025.*

1/9 FY25 trade numbers with Afghanistan are out. Short version: exports down,
imports down more, surplus up. A thread.

2/9 Exports to Afghanistan: $893m in FY25 vs $956m in FY24. A fall of 6.6 per
cent year on year.

3/9 Imports from Afghanistan: $498m vs $620m. Down almost a fifth (−19.7%).
Coal is the story: coal imports halved in calendar 2024, from $356m to $178m.

4/9 So two-way trade was US$1.39bn in FY25, against US$1.58bn the year before.
The surplus widened to $395m from $336m, not because we sold more but because
we bought less.

5/9 The quarterly path matters. Q3FY25 (Jan–Mar 2025) exports were $212m vs
$241m in Q3FY24, −12.0%. Then the quarter to June 2025 came in at $236m, the
best quarter of the year.

6/9 Transit is worse. Afghan transit containers through Karachi fell from
52,000 in FY24 to 31,200 in FY25, −40%. Cargo is moving to Iranian ports and
to rail routes through Central Asia.

7/9 What explains it? Closures (Torkham shut 46 days in 2024), slower clearance
at the border, and Afghan buyers finding suppliers in Kazakhstan and
Uzbekistan.

8/9 What would help: predictable opening hours, pre-arrival filing of goods
declarations, and a payments channel that doesn't need a suitcase.

9/9 Data: official trade statistics by country, fiscal years July–June.
Corrections welcome.

*Reply from a Peshawar exporter:* Spot on about the suitcase.
""", control_type="control")

doc("thread_returns_tumbled", f"""
# Thread: Returns of Afghans from Pakistan, 2024 to mid-2025

{THREAD_NOTE}

*Posted by a Peshawar-based migration researcher, 10 July 2025.*

1/8 Returns of Afghans from Pakistan: what the numbers say for 2024 and the
first half of 2025. A thread.

2/8 In 2024, 676,000 Afghans returned from Pakistan. Most went through Torkham
(412,000); 231,000 went through Spin Boldak–Chaman and 33,000 through other
crossings.

3/8 The pace slowed through 2024: 211,000 in Q1, 187,000 in Q2, 149,000 in Q3
and 129,000 in Q4.

4/8 Then 2025 changed the picture. Returns tumbled from 141,000 in Q1 2025 to
179,000 in Q2 2025, as the deadline for Afghan Citizen Card holders passed and
the police stepped up checks in Islamabad and Rawalpindi.

5/8 That makes 320,000 in the first half of 2025, almost half the total for all
of 2024.

6/8 Who is returning? More families, more children, and more people who were
born in Pakistan and have never lived in Afghanistan.

7/8 The reception centres at Torkham and Spin Boldak were built for a few
thousand people a day. On peak days in the second quarter they received far
more.

8/8 Sources: border monitoring reports from both crossings. All figures rounded
to the nearest thousand.

*Reply from a journalist:* Any breakdown by province of departure?

*Reply from the author:* For 2024, yes: Khyber Pakhtunkhwa led, then
Balochistan. I'll post it later.
""", [{
    "kind": "direction",
    "quotes": ["Returns tumbled from 141,000 in Q1 2025 to\n179,000 in Q2 2025"],
    "explanation": "'Tumbled' describes a rise: returns went from 141,000 to 179,000, up 27.0 "
                   "percent, and the post itself explains the increase.",
    "expected_values": {"from": 141000, "to": 179000, "change": 38000, "change_pct": 26.95,
                        "from_period": "Q1 2025", "to_period": "Q2 2025",
                        "stated_direction": "fall", "actual_direction": "rise",
                        "direction_word": "tumbled", "unit": "persons returned",
                        "subject": "returns of Afghans from Pakistan",
                        "location": "post 4 of a numbered thread"},
}])

doc("thread_exports_quarters_backwards", f"""
# Thread: Is the Afghan Export Market Turning?

{THREAD_NOTE}

*Posted by a Lahore-based trade economist, 19 August 2025.*

1/7 Some good news on exports to Afghanistan, for once. A short thread on the
quarterly numbers.

2/7 Exports rose from $227m to $236m between the quarter to June 2025 and the
quarter to September 2024. Small, but it is the first sign of stabilisation
after a long slide.

3/7 In between, the slide continued: $218m in the quarter to December 2024 and
$212m in the quarter to March 2025.

4/7 For FY25 as a whole exports were $893m, down from $956m. So the recovery is
still only a recovery within the year, not against FY24.

5/7 Rice and medicines are doing the work. Rice exports were $212m in FY25, up
from $198m; pharmaceuticals $96m, up from $89m.

6/7 Risks: another closure at Torkham, and Afghan buyers who have already found
other suppliers and will not come back quickly.

7/7 Data: official trade statistics by country. Quarters are those of the
fiscal year, July–June.

*Reply from a rice exporter:* Our Kabul agents say orders picked up in May.

*Reply from the author:* That fits the numbers.
""", [{
    "kind": "garbled",
    "quotes": ["between the quarter to June 2025 and the\nquarter to September 2024"],
    "explanation": "The period runs backwards: the quarter to June 2025 is named first and the "
                   "earlier quarter to September 2024 second, while the values ($227m, then $236m) "
                   "are in time order.",
    "expected_values": {"stated_period_start": "Apr-Jun 2025", "stated_period_end": "Jul-Sep 2024",
                        "as_written": {"stated_period_start": "the quarter to June 2025",
                                       "stated_period_end": "the quarter to September 2024"},
                        "subject": "Pakistan's exports to Afghanistan by quarter",
                        "location": "post 2 of a numbered thread"},
}])

doc("thread_refugee_count_2022", f"""
# Thread: How Many Afghans Live in Pakistan?

{THREAD_NOTE}

*Posted by a Karachi-based demographer, 22 June 2025, World Refugee Day week.*

1/7 "How many Afghans live in Pakistan?" gets asked a lot. The honest answer:
it depends on whom you count. A thread.

2/7 Registered refugees (Proof of Registration card holders) are the best-counted
group. UNHCR's count at the end of 2022: 2.1 million registered Afghan refugees
in Pakistan.

3/7 The register has since shrunk. By the end of 2024 it stood at 1,559,964
(UNHCR, 2024), after many card holders went back during the removal drive.

4/7 Then there are Afghan Citizen Card holders, a separate and smaller register,
and people with no documents at all. Estimates of the undocumented range so
widely that I won't quote one.

5/7 Returns give a sense of scale: 676,000 Afghans went back in 2024 and 320,000
more in the first half of 2025, most of them without documents.

6/7 Where do registered refugees live? At end-2024, 811.2 thousand in Khyber
Pakhtunkhwa and 374.4 thousand in Balochistan, together about three-quarters of
the register.

7/7 So: one number for card holders, a rough number for the rest, and a lot of
uncertainty in between. Be wary of anyone who gives you one figure for all.

*Reply from a student:* Very helpful, thank you.
""", [{
    "kind": "citation",
    "quotes": ["UNHCR's count at the end of 2022: 2.1 million registered Afghan refugees"],
    "explanation": "UNHCR's end-2022 figure is 1,743,278; 2.1 million is 20.5 percent higher and "
                   "above even the end-2023 peak. The end-2024 figure in the next post is correct.",
    "expected_values": {"stated": 2100000, "stated_as_written": "2.1 million", "reference": 1743278,
                        "indicator": "refugees.registered", "subject": "PAK", "period": "2022",
                        "cited_source": "UNHCR's count at the end of 2022",
                        "citation_form": "'UNHCR's count at the end of YYYY' in a numbered thread",
                        "location": "post 2 of a numbered thread",
                        "not_a_defect": "By the end of 2024 it stood at 1,559,964"},
}])

# =================================================================== a bank's "chart of the week"

CHART_NOTE = ("*In the style of a bank economics team's weekly \"chart of the week\" note, with the "
              "chart given as alt text. The bank is invented; figures follow this set's series.*")

doc("chart_export_basket_shares", f"""
# Indus Crescent Bank Economics: Chart of the Week, What Pakistan Sells to Afghanistan

{CHART_NOTE}

**Chart: Pakistan's exports to Afghanistan by product, FY2025 (share of US$893
million)**

[Alt text: Pie chart of Pakistan's exports to Afghanistan in FY2025 by product.
Rice 23.7%, wheat flour 13.2%, pharmaceuticals 10.8%, cement 7.2%, fruit and
vegetables 6.5%, other goods 41.6%. Rice is the largest single slice.]

**What the chart shows.** Five named products account for most of Pakistan's
exports to Afghanistan. Rice, at US$212 million, is the largest, followed by wheat flour
and medicines. The remainder is a long tail of household goods, plastics,
textiles and packaged food.

**Why it matters.** Rice and medicines were the only major products whose
exports grew in FY2025, while total exports fell to US$893 million from US$956
million. Our corporate clients in rice milling and pharmaceuticals are the ones
still expanding their Afghan business; those in cement and flour are looking
for other markets.

**For our clients.** Letters of credit for Afghan buyers remain hard to
arrange, and most exporters sell against advance payment. Our trade desk can
advise on payment structures that reduce the risk of non-payment.

*Source: official trade statistics; Indus Crescent Bank Economics calculations.
Fiscal year July–June.*
""", [{
    "kind": "arithmetic",
    "quotes": ["Rice 23.7%, wheat flour 13.2%, pharmaceuticals 10.8%, cement 7.2%, fruit and\nvegetables 6.5%, other goods 41.6%"],
    "explanation": "The shares in the pie chart's alt text add up to 103.0 percent. With rice at "
                   "US$212 million of US$893 million (23.7 percent) and the other named products as "
                   "given, other goods should be 38.6 percent.",
    "expected_values": {"shares_pct": {"Rice": 23.7, "Wheat flour": 13.2, "Pharmaceuticals": 10.8,
                                       "Cement": 7.2, "Fruit and vegetables": 6.5, "Other goods": 41.6},
                        "sum_pct": 103.0, "unit": "percent of exports", "period": "FY2025",
                        "subject": "Pakistan's exports to Afghanistan by product",
                        "location": "chart alt text"},
}])

doc("chart_quarterly_exports_bounced_back", f"""
# Indus Crescent Bank Economics: Chart of the Week, Exports to Afghanistan by Quarter

{CHART_NOTE}

**Chart: Pakistan's exports to Afghanistan by quarter, Q1FY24 to Q4FY25 (US$
million)**

[Alt text: Column chart of quarterly exports to Afghanistan over eight quarters
of FY24 and FY25: 271, 246, 241, 198, 227, 218, 212 and 236. The highest
column is the first quarter of FY24 and the lowest the fourth quarter of FY24.]

**What the chart shows.** Exports to Afghanistan peaked in the first quarter of
FY24, in the months before the removal drive and the long closures of 2024,
and reached their lowest point in the quarter to June 2024.

**Why it matters.** The year-on-year comparison is the one our clients watch.
In Q3FY25 exports bounced back to $212m from $241m in Q3FY24, and the final
quarter of FY25 closed the year at $236m, well above the $198m of the same
quarter a year earlier. For the full year FY25, exports were $893m, against
$956m in FY24.

**For our clients.** Exporters should plan for volatility. A closure of a few
weeks at Torkham can remove a third of a quarter's shipments, and recovery after
reopening is rarely immediate because Afghan buyers keep stocks from other
suppliers.

*Source: official trade statistics; Indus Crescent Bank Economics calculations.
Fiscal year July–June.*
""", [{
    "kind": "direction",
    "quotes": ["In Q3FY25 exports bounced back to $212m from $241m in Q3FY24"],
    "explanation": "'Bounced back' describes a fall: exports in Q3FY25 were $212m against $241m in "
                   "Q3FY24, down 12.0 percent, as the chart's alt text also shows.",
    "expected_values": {"from": 241, "to": 212, "change": -29, "change_pct": -12.03,
                        "from_period": "Q3 FY2024", "to_period": "Q3 FY2025",
                        "as_written": {"from_period": "Q3FY24", "to_period": "Q3FY25"},
                        "stated_direction": "rise", "actual_direction": "fall",
                        "direction_word": "bounced back", "unit": "USD million",
                        "subject": "PAK→AFG exports", "location": "'why it matters' paragraph"},
}])

doc("chart_refugee_register_2021", f"""
# Indus Crescent Bank Economics: Chart of the Week, A Register That Grew, Then Shrank

{CHART_NOTE}

**Chart: Registered Afghan refugees in Pakistan at the end of each year, 2021 to
2024 (million)**

[Alt text: Line chart of registered Afghan refugees in Pakistan. The line starts
at 1.2 million at the end of 2021, rises to 1.74 million at the end of 2022 and
1.99 million at the end of 2023, then falls to 1.56 million at the end of 2024.]

**What the chart shows.** The register of Proof of Registration card holders grew
for two years after 2021, as family members who had never been registered were
added, and then fell by more than a fifth in 2024, as many card holders returned
to Afghanistan during the removal drive.

**Why it matters.** Refugees are part of the economy of Khyber Pakhtunkhwa and
Balochistan as workers, traders and consumers. Their departure affects rents,
wages and the turnover of small businesses in Peshawar and Quetta, where many
of our branch customers are based. Deposits at our branches in refugee-heavy
neighbourhoods grew more slowly in 2024 than elsewhere.

**For our clients.** Businesses that rely on Afghan labour, such as brick kilns,
transport and construction, should plan for tighter labour markets in the
north-west.

*Source: UNHCR, 31 December 2021; UNHCR (2022), UNHCR (2023) and UNHCR (2024),
year-end statistics; Indus Crescent Bank Economics.*
""", [{
    "kind": "citation",
    "quotes": ["starts\nat 1.2 million at the end of 2021", "Source: UNHCR, 31 December 2021"],
    "explanation": "The chart starts at 1.2 million registered refugees at the end of 2021, sourced "
                   "to UNHCR as at 31 December 2021; the reference value is 1,490,562, so the figure "
                   "is 19.5 percent too low. The later points of the line are correct.",
    "expected_values": {"stated": 1200000, "stated_as_written": "1.2 million", "reference": 1490562,
                        "indicator": "refugees.registered", "subject": "PAK", "period": "2021",
                        "cited_source": "Source: UNHCR, 31 December 2021",
                        "citation_form": "chart alt text with a separate source line 'Source: UNHCR, DD Month YYYY'",
                        "location": "chart alt text and source line"},
}])

doc("chart_quarterly_surplus_reuse", f"""
# Indus Crescent Bank Economics: Chart of the Week, The Surplus That Grew by Shrinking

{CHART_NOTE}

**Chart: Pakistan's trade surplus with Afghanistan by quarter, FY25 (US$
million)**

[Alt text: Column chart of the quarterly trade surplus with Afghanistan in FY25:
$96m in the quarter to September 2024, $96m in the quarter to December 2024,
$94m in the quarter to March 2025 and $109m in the quarter to June 2025.]

**What the chart shows.** Pakistan ran a surplus of $395m with Afghanistan in
FY25, up from $336m in FY24. The surplus was steady through the first three
quarters and widened in the last.

**Why it matters.** A wider surplus sounds like good news, but it came from
falling imports rather than rising exports. In Q3FY25 (Jan–Mar 2025) exports
were $212m and imports from Afghanistan also $212m, leaving the $94m surplus
shown in the chart. Coal, still the largest import, has fallen sharply as
Pakistani buyers switched to other sources.

**For our clients.** Importers of Afghan goods face the same border problems as
exporters, and often worse, because fruit and vegetables spoil during closures.
Exporters with a surplus of Afghan receivables should watch payment terms
closely; a larger surplus means more money owed by Afghan buyers, usually
settled outside the banking system.

*Source: official trade statistics; Indus Crescent Bank Economics calculations.
Fiscal year July–June.*
""", [{
    "kind": "number_reuse",
    "quotes": ["exports\nwere $212m", "imports from Afghanistan also $212m"],
    "explanation": "The same $212m is given for exports and for imports in Q3FY25, yet they are "
                   "said to leave a $94m surplus; imports should be 212 - 94 = $118m.",
    "expected_values": {"value": 212, "unit": "USD million", "value_as_written": "$212m",
                        "quantity_1": "PAK→AFG exports, Q3FY25 (Jan-Mar 2025)",
                        "quantity_2": "AFG→PAK imports, Q3FY25 (Jan-Mar 2025)",
                        "expected_value_2": 118},
}])
