# Seventh held-out set of synthetic documents ("heldout7").  Written from
# scratch after heldout6/, by a labeller who had not opened dyad's
# implementation or history and had not seen any of its results.
# Every entry: name (topic slug, numbered later by build_heldout7.py), text,
# labels (list of defect dicts), control_type for controls.
# The texts imitate registers not used before: an ADB-style country brief,
# an ICRC-style field update, a parliamentary research service note, a
# provincial budget speech, a translated Urdu-press editorial, a Kabul
# chamber of commerce newsletter, a customs monthly bulletin, a shipping
# line's market note, a university working paper, a radio talk-show
# transcript, a humanitarian 3W (who does what, where) dashboard and a donor
# pledging-conference summary.
# PDF-extracted tables are laid out by pdf_table(), as in heldout6_data.py.
#
# Invented figures shared with earlier sets (see heldout3-6_data.py):
# annual trade series (README); quarterly exports 2024 (241, 198, 227, 218)
# and imports 2024 (148, 139, 131, 122); FY2022-23 (exports 991, imports
# 738, balance 253, two-way 1,729) and FY2023-24 (956, 620, 336, 1,576);
# exports by crossing 2023 (Torkham 566, Chaman 324, Ghulam Khan 92,
# Angoor Adda 30) and 2024 (486, 283, 88, 27); customs duty at Torkham
# (Rs bn FY22 31.4, FY23 35.8, FY24 29.6); transit containers (74,500
# FY2022-23, 52,000 FY2023-24); transit cargo value (Rs 2.3 trillion
# FY2022-23, Rs 1.6 trillion FY2023-24); returns (Sep-Dec 2023 541,000;
# 2024 676,000 = H1 398,000 + H2 278,000; by crossing 2024 Torkham
# 412,000, Spin Boldak-Chaman 231,000, other 33,000); attacks (73, 112,
# 158, 212 for 2021-2024); closure days 2024 (Torkham 28/18 = 46, Chaman
# 19/12 = 31); registered refugees by province at end-2024 (Khyber
# Pakhtunkhwa 52 %, Balochistan 24, Punjab 14, Sindh 5, Islamabad 3, AJK
# 2; "8.1 lakh" in Khyber Pakhtunkhwa); coal in Pakistan's imports from
# Afghanistan (2023 356 of 690, 2024 178 of 540 = 33.0 %); Afghan-side
# trade with Pakistan in 1402 SH (exports Af 49.3 bn: coal 27.4, dried
# fruit 6.2, fresh fruit 5.1, vegetables 3.9, cotton 2.5, other 4.2;
# imports Af 76.2 bn); returnee response plan 2024 (USD 87 million
# required, USD 39 million received, 45 %).
#
# New invented figures, consistent with the above:
#   FY2025 (July 2024-June 2025), US$ million, by quarter:
#     exports Jul-Sep 2024 227, Oct-Dec 2024 218 (H2 2024 445),
#       Jan-Mar 2025 212, Apr-Jun 2025 236 (H1 2025 448); FY2025 893;
#     imports 131, 122 (253), 118, 127 (245); FY2025 498;
#     balance 96, 96 (192), 94, 109 (203); FY2025 395;
#     two-way 358, 340, 330, 363; FY2025 1,391.
#     FY2024 -> FY2025: exports 956 -> 893 (-6.6 %), imports 620 -> 498
#     (-19.7 %, "almost one-fifth"), two-way 1,576 -> 1,391 (-11.7 %),
#     balance 336 -> 395 (+17.6 %).
#   Afghan transit containers cleared at Karachi and Port Qasim, by quarter
#     of the fiscal year: FY2024 14,100 / 13,600 / 12,500 / 11,800
#     (= 52,000); FY2025 8,300 / 7,400 / 7,400 / 8,100 (= 31,200, -40.0 %,
#     "slid by 40pc").  FY2025 by port: Karachi 6,100 / 5,500 / 5,400 /
#     5,900 (= 22,900), Port Qasim 2,200 / 1,900 / 2,000 / 2,200 (= 8,300).
#     Backlog of transit boxes waiting at Karachi: end-Q4 2023 4,800,
#     end-Q2 2024 2,900, end-Q2 2025 1,700.
#     Declared value of transit cargo FY2025: PKR 1.1tr (-31.3 % on 1.6tr).
#   Afghan-side trade with Pakistan, solar year 1403 SH (AFN bn): exports to
#     Pakistan 39.4 (-20.1 % on 49.3, "a decline of one-fifth"): coal 17.2,
#     dried fruit 6.0, fresh fruit 4.6, vegetables 4.1, cotton 2.7, other
#     4.8; imports from Pakistan 69.5 (76.2 in 1402); balance -30.1
#     (-26.9 in 1402); two-way 108.9.
#   Returns from Pakistan: Jan-Jun 2025 320,000 ("3.2 lac") = Q1 2025
#     141,000 + Q2 2025 179,000; mid-Sep 2023 to Jun 2024 939,000 (541,000
#     + 398,000, "more than nine hundred thousand").
#   Registered refugees by province, end-2024, thousands: Khyber Pakhtunkhwa
#     811.2, Balochistan 374.4, Punjab 218.4, Sindh 78.0, Islamabad 46.8,
#     AJK 31.2 (= 1,560.0, the reference 1,559,964 rounded); per 1,000
#     residents (2023 census populations 40.86, 14.89, 127.69, 55.70, 2.36
#     million; AJK estimate 4.05 million): 19.9, 25.1, 1.7, 1.4, 19.8, 7.7;
#     all 6.4.
#   Returnee response funding: emergency response Oct-Dec 2023 USD 44
#     million required, USD 25 million received (57 %); 2024 plan 45 %
#     ("shed 12 percentage points").
#   Pledging conference on Afghan returnees and host communities (2025),
#     US$ million: European Union 64, United Kingdom 38, Germany 31,
#     Japan 27 (sub-total 160), Asian Development Bank 22, other donors 18
#     (sub-total 40); total 200 (shares 32.0 / 19.0 / 15.5 / 13.5 / 11.0 /
#     9.0).  By destination: host communities in Pakistan 84 (42 %),
#     reintegration in Afghanistan 116 (58 %).
#   3W, returnees from Pakistan reached with cash in 2024 by province:
#     Nangarhar 142,000 (23 partners), Kandahar 96,000 (17), Kabul 38,000
#     (14), Laghman 21,000 (6), Kunar 11,000 (5), Khost 8,000 (4);
#     total 316,000 (69 partners; 4,580 per partner).
#   3W, returns from Pakistan in Jan-Jun 2025 by crossing (Q1 / Q2 2025):
#     Torkham 86,000 / 110,000 (= 196,000), Spin Boldak 48,000 / 61,000,
#     other crossings 7,000 / 8,000; total 141,000 / 179,000 (= 320,000,
#     up 27.0 % in Q2); 61 partners reporting (69 in 2024).
#   Duty at Chaman (from heldout5): Rs 9.1 bn FY2022-23, Rs 6.9 bn FY2023-24.

HELDOUT7 = []


def doc(name, text, labels=(), control_type=None):
    HELDOUT7.append({"name": name, "text": text.strip() + "\n", "labels": list(labels),
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


PAIR = ["PAK", "AFG"]

# =================================================================== text_vs_table

T = pdf_table([
    ["US$ million", "2019", "2020", "2021", "2022", "2023", "2024", "Change 2023-24 (%)"],
    ["Exports to Afghanistan", "1,290", "942", "828", "936", "1,012", "884", "-12.6"],
    ["Imports from Afghanistan", "441", "509", "552", "741", "690", "540", "-21.7"],
    ["Total trade", "1,731", "1,451", "1,380", "1,677", "1,702", "1,424", "-16.3"],
    ["Balance", "849", "433", "276", "195", "322", "344", "6.8"],
])
doc("adb_brief_wide_table_2020", """
# Pakistan: Country Brief — Trade with Afghanistan

*In the style of an Asian Development Bank country brief. Amounts in US dollars; calendar years; Pakistan's customs data. Afghan transit cargo is excluded.*

**Key messages.** Trade with Afghanistan has not regained its 2019 level. Two-way trade came to $1.42 billion in 2024, about 18 percent below 2019, and the decline since 2023 was broad-based. Closures of the main crossings, new documentation rules and the end of the coal boom all weighed on the corridor.

**Recent trends.** The pandemic struck first. Pakistan's exports to Afghanistan dropped to $0.83 billion in 2020, the first year of border restrictions, and stayed below $1 billion until 2023. Imports from Afghanistan rose every year from 2019 to 2022, carried by coal, and then fell in both 2023 and 2024. The surplus reached its lowest point in 2022 and has widened since, because imports fell faster than exports.

Table 1. Pakistan–Afghanistan goods trade, 2019–2024

{T}

**Constraints.** Cargo lanes at Torkham and Chaman are closed after security incidents, sometimes for weeks. The passport and visa requirement introduced at Chaman in late 2023 ended the informal daily movement of traders and labourers. Pakistani cement plants have switched back to seaborne coal.

**Operational priorities.** The brief identifies three areas for support: border infrastructure at Torkham, including cold storage and cargo scanners; a single-window system that links the customs administrations on both sides; and trade finance for small exporters in Khyber Pakhtunkhwa and Balochistan, many of whom lost working capital during the closures.
""".replace("{T}", "\n".join(T)), [{
    "kind": "text_vs_table",
    "quotes": ["Pakistan's exports to Afghanistan dropped to $0.83 billion in 2020", T[1]],
    "explanation": "The text puts exports to Afghanistan in 2020 at $0.83 billion (830 US$ million); the wide PDF-extracted table below (years as columns) gives 942 for 2020. 828 is the 2021 value, so the text has taken the figure from the wrong year column. The table's total (1,451 = 942 + 509) and balance (433 = 942 - 509) agree with 942.",
    "expected_values": {"text_value": 830, "table_value": 942, "unit": "USD million",
                        "text_as_written": "$0.83 billion",
                        "subject": "PAK→AFG exports", "period": "2020",
                        "table_form": "pdf_extracted"},
}])

doc("customs_bulletin_table_note", """
# Customs Monthly Bulletin — June 2025

## Section 4: Trade with Afghanistan, FY2025 (July 2024–June 2025)

*Bulletin in the style of a customs administration's monthly statistics. Goods declarations at the western land stations (Torkham, Chaman, Ghulam Khan, Angoor Adda and Kharlachi) and at the seaports for goods of Afghan origin or destination. Afghan transit cargo is reported in Section 6.*

**4.1 Overview.** With June data in hand, FY2025 closed with exports to Afghanistan of US$ 893 million and imports of US$ 498 million, leaving a surplus of US$ 395 million. The year opened with a first-quarter surplus of US$ 96 million, and the surplus was widest in the final quarter, when shipments of rice and flour picked up.

**Table 4.1. Trade with Afghanistan by quarter, FY2025**

| Quarter | Exports (US$ mn) | Imports (US$ mn) | Balance (US$ mn) |
|---|---|---|---|
| Jul–Sep 2024 | 227ᵃ | 131 | 96 |
| Oct–Dec 2024 | 218 | 122 | 96 |
| Jan–Mar 2025 | 212 | 118 | 94 |
| Apr–Jun 2025ᵖ | 236 | 127 | 109 |
| Total FY2025 | 893 | 498 | 395 |

ᵃ Exports for July–September 2024 (US$ 272 million) include goods declared at Ghulam Khan during the changeover to the new clearance system. ᵖ Provisional.

**4.2 Commodities.** Rice, wheat flour, pharmaceutical products and cement accounted for most exports. Coal, fresh fruit, dried fruit and cotton accounted for most imports; coal arrivals were the lowest of any fiscal year since FY2021.

**4.3 Station notes.** Torkham handled the largest share of both exports and imports. Chaman's share rose slightly in the second half of the year after additional facilitation desks opened for documented traders. Kharlachi reopened to cargo in March 2025.

**4.4 Revisions.** Quarterly figures are revised once, when the annual accounts are closed. Figures for April–June 2025 are provisional.
""", [{
    "kind": "text_vs_table",
    "quotes": ["| Jul–Sep 2024 | 227ᵃ | 131 | 96 |", "Exports for July–September 2024 (US$ 272 million)"],
    "explanation": "The table gives exports of 227 US$ million for Jul–Sep 2024, with a footnote marker in the cell; the footnote under the table restates the same figure as US$ 272 million (digits swapped). The row's balance (96 = 227 - 131), the total (893 = 227 + 218 + 212 + 236) and the text's first-quarter surplus of US$ 96 million all agree with 227. The defect sits in the table note.",
    "expected_values": {"table_value": 227, "note_value": 272, "unit": "USD million",
                        "subject": "PAK→AFG exports", "period": "Jul-Sep 2024"},
}])

doc("prs_note_transit_summary_section", """
# Parliamentary Research Service — Research Note 7/2025: Afghan Transit Trade through Pakistan

*Prepared for members of the National Assembly, in the style of a parliamentary research service. The note summarises published data and does not express the views of any committee or member.*

## Summary

- Afghan transit cargo cleared at Karachi and Port Qasim fell to 31,200 containers in FY2025, from 52,000 a year earlier.
- The declared value of transit cargo fell to PKR 1.1tr from PKR 1.6tr.
- The main causes were the longer list of goods barred from transit, a processing fee on transit goods and a shift of Afghan consignees to Iranian ports.

## 1. The legal framework

The Afghanistan–Pakistan Transit Trade Agreement of 2010 allows Afghan goods to pass through Pakistani ports and roads under customs bond, without payment of duty, provided they leave Pakistan at one of the designated crossings. A joint coordination authority was meant to meet twice a year, but it has not met regularly since 2021.

## 2. Policy changes since 2023

In October 2023 the Ministry of Commerce extended the list of goods that may not be imported in transit, citing smuggling back into Pakistan. A processing fee and a bank guarantee requirement followed. Consignees responded by moving part of their cargo to Bandar Abbas and Chabahar.

## 3. Volumes

In FY2025 (July 2024–June 2025), 37,200 Afghan transit containers were cleared at Karachi and Port Qasim, according to the customs data reviewed for this note. Volumes were lower than in FY2024 in every quarter, and the backlog of boxes waiting at the port shrank as a result.

## 4. Issues for members

- Whether the list of barred goods should be reviewed every year, with the Afghan side consulted.
- Whether the processing fee recovers only the cost of the service.
- How the loss of transit business affects employment at the ports and in trucking.
""", [{
    "kind": "text_vs_table",
    "quotes": ["fell to 31,200 containers in FY2025",
               "In FY2025 (July 2024–June 2025), 37,200 Afghan transit containers were cleared at Karachi and Port Qasim"],
    "explanation": "The summary at the top of the note gives 31,200 Afghan transit containers cleared in FY2025; section 3, giving the same quantity for the same fiscal year (spelt out as July 2024–June 2025), says 37,200. Executive summary against a later section; no table. The invented series gives 31,200.",
    "expected_values": {"summary_value": 31200, "section_value": 37200, "unit": "containers",
                        "subject": "Afghan transit containers cleared at Karachi and Port Qasim",
                        "period": "FY2025"},
}])

T = pdf_table([
    ["Afghan transit boxes", "Jul-Sep 2024", "Oct-Dec 2024", "Jan-Mar 2025", "Apr-Jun 2025", "FY2025 total"],
    ["Karachi", "6,100", "5,500", "5,400", "5,900", "22,900"],
    ["Port Qasim", "2,200", "1,900", "2,000", "2,200", "8,300"],
    ["Total", "8,300", "7,400", "7,400", "8,100", "31,200"],
])
doc("shipping_note_quarter_boxes", """
# Market Note: Afghan Transit via Karachi — Quarterly Update, Apr-Jun 2025

*Client note in the style of a container shipping line's market intelligence desk. Volumes are boxes of all sizes discharged at Karachi and Port Qasim for Afghan transit, compiled from port and agency data.*

**Headline.** Afghan transit boxes through the two ports recovered to 8,600 in Apr-Jun 2025, after two flat quarters in the middle of the fiscal year. For FY2025 as a whole, volumes stayed far below the year before.

**Volumes by port**

{T}

**What drove the quarter.** Bookings of edible oil, tyres and used clothing picked up ahead of the summer. Several consignees who had moved cargo to Bandar Abbas in 2024 brought part of it back to Karachi after waiting times on the Iranian route lengthened.

**Rates and equipment.** Spot rates from Jebel Ali and Singapore to Karachi were broadly stable over the quarter. Equipment for the inland leg to Torkham and Chaman was adequate, but detention charges remain a worry for consignees whenever the border closes.

**Outlook.** We expect volumes in Jul-Sep 2025 to be close to the last quarter's, provided the crossings stay open. Any further extension of the list of goods barred from transit would weigh on bookings, and so would a new closure at Torkham during the fruit season, when inland trucks are scarce.

*This note is for clients' information only.*
""".replace("{T}", "\n".join(T)), [{
    "kind": "text_vs_table",
    "quotes": ["Afghan transit boxes through the two ports recovered to 8,600 in Apr-Jun 2025", T[3]],
    "explanation": "The headline paragraph gives 8,600 transit boxes for Apr-Jun 2025; the PDF-extracted table (quarters as columns, with a total column) gives 8,100 in its total row for the same quarter (5,900 at Karachi + 2,200 at Port Qasim), and the FY2025 total of 31,200 adds up only with 8,100.",
    "expected_values": {"text_value": 8600, "table_value": 8100, "unit": "containers",
                        "subject": "Afghan transit boxes at Karachi and Port Qasim",
                        "period": "Apr-Jun 2025", "table_form": "pdf_extracted"},
}])

doc("three_w_dashboard_cash_tile", """
# Returnee Response — 3W Dashboard (Who does What, Where), Eastern and Southern Regions, 2024

*In the style of a humanitarian 3W dashboard kept by a coordination hub. Partners report each month; figures are cumulative for January–December 2024 and cover returnees from Pakistan only.*

**Headline figures**

- Partners reporting: 69
- Provinces covered: 6
- Returnees reached with cash: 361,000
- Returns from Pakistan in 2024: 676,000

**Cash assistance by province**

| Province | Partners | Returnees reached | Reached per partner |
|---|---|---|---|
| Nangarhar | 23 | 142,000 | 6,174 |
| Kandahar | 17 | 96,000 | 5,647 |
| Kabul | 14 | 38,000 | 2,714 |
| Laghman | 6 | 21,000 | 3,500 |
| Kunar | 5 | 11,000 | 2,200 |
| Khost | 4 | 8,000 | 2,000 |
| Total | 69 | 316,000 | 4,580 |

**Reading the dashboard.** Nangarhar and Kandahar, the provinces behind Torkham and Spin Boldak, account for three-quarters of the people reached. Partner presence is thin in Kunar and Khost, where many returnees from the tribal districts of Khyber Pakhtunkhwa settle with relatives.

**Gaps.** Fewer than half of the returnees recorded at the crossings in 2024 received cash from a reporting partner. Some were assisted by organisations that do not report to the hub, and some settled in provinces outside the two regions.

**Data notes.** A person assisted twice is counted once. Partners that work in several provinces are counted in each. Figures for December are provisional.
""", [{
    "kind": "text_vs_table",
    "quotes": ["Returnees reached with cash: 361,000", "| Total | 69 | 316,000 | 4,580 |"],
    "explanation": "The headline tile gives 361,000 returnees reached with cash in 2024; the table's total row gives 316,000, which is the sum of the six provinces (142,000 + 96,000 + 38,000 + 21,000 + 11,000 + 8,000) and matches the per-partner figure (316,000 / 69 = 4,580). The digits are swapped in the tile. The 'fewer than half' remark also agrees with 316,000 of 676,000.",
    "expected_values": {"tile_value": 361000, "table_value": 316000, "unit": "people",
                        "subject": "returnees from Pakistan reached with cash", "period": "2024"},
}])

doc("kabul_chamber_coal_1403", """
# Kabul Chamber of Commerce and Investment — Members' Newsletter, Issue 3, 1404

## Trade with Pakistan in 1403: the numbers behind the closures

*Newsletter for member firms, in the style of a chamber of commerce in Kabul. Figures in afghanis (AFN) are from the National Statistics and Information Authority for the solar years 1402 and 1403.*

Dear members,

The solar year 1403 was another hard one for traders who work with Pakistan. Coal exports to Pakistan dropped to AFN 19.2bn in 1403, as Pakistani cement plants bought more seaborne coal and the duty on Afghan coal stayed high. Fresh fruit exporters lost AFN 0.5bn on the year before, mostly during closures of the Torkham and Spin Boldak gates in the harvest season.

**Exports to Pakistan by product (AFN bn)**

| Product | 1402 SH | 1403 SH | Change |
|---|---|---|---|
| Coal | 27.4 | 17.2 | −10.2 |
| Dried fruit | 6.2 | 6.0 | −0.2 |
| Fresh fruit | 5.1 | 4.6 | −0.5 |
| Vegetables | 3.9 | 4.1 | +0.2 |
| Cotton | 2.5 | 2.7 | +0.2 |
| Other | 4.2 | 4.8 | +0.6 |
| Total | 49.3 | 39.4 | −9.9 |

Vegetables and cotton did a little better than in 1402, and the "other" group, which includes medicinal herbs and carpets, grew by AFN 0.6bn. Overall, our exports to Pakistan showed a decline of one-fifth.

**What the Chamber is doing.** A Chamber delegation met the Ministry of Industry and Commerce in Hamal to press for a lane for perishable goods at Torkham and for talks with Pakistan on the coal duty. We also asked for the joint chamber committee to be revived; it has not met since 1402.

**Coming up.** A workshop on documents required by Pakistani customs will be held at the Chamber next month. Members who wish to attend should register with the secretariat.
""", [{
    "kind": "text_vs_table",
    "quotes": ["Coal exports to Pakistan dropped to AFN 19.2bn in 1403", "| Coal | 27.4 | 17.2 | −10.2 |"],
    "explanation": "The newsletter gives coal exports to Pakistan in 1403 SH as AFN 19.2bn; the table below gives 17.2 for coal in 1403 SH, and both its change column (-10.2 = 17.2 - 27.4) and its total (39.4) agree with 17.2. Afghan-side data in afghanis, never converted.",
    "expected_values": {"text_value": 19.2, "table_value": 17.2, "unit": "AFN billion",
                        "subject": "AFG→PAK coal exports (Afghan data)", "period": "1403 SH"},
}])

# =================================================================== arithmetic

T = pdf_table([
    ["US$ million", "Exports", "Imports", "Balance"],
    ["Jul-Sep 2024", "227", "131", "96"],
    ["Oct-Dec 2024", "218", "122", "96"],
    ["Sub-total H2 2024", "445", "253", "192"],
    ["Jan-Mar 2025", "212", "118", "94"],
    ["Apr-Jun 2025", "236", "127", "109"],
    ["Sub-total H1 2025", "458", "245", "203"],
    ["Total FY2025", "893", "498", "395"],
])
doc("customs_bulletin_subtotal_h1", """
# Customs Monthly Bulletin — July 2025

## Annex B: The fiscal year in review — trade with Afghanistan

*Annex to a monthly bulletin in the style of a customs administration. US$ million, from goods declarations at the western land stations and the seaports. Afghan transit cargo is excluded.*

**B.1 The year in brief.** FY2025 (July 2024–June 2025) ended with exports to Afghanistan of US$ 893 million and imports of US$ 498 million. The surplus widened to US$ 395 million because imports, mostly coal and fruit, fell faster than exports.

**B.2 Half-years.** The table below sets out the quarters of the fiscal year with a sub-total for each half. The first half of the fiscal year, July to December 2024, was affected by the closure of Torkham in September and by restrictions on moving wheat flour to the border. In the second half, rice and cement shipments improved, and the final quarter was the strongest of the year for exports.

Table B.1. Trade with Afghanistan by quarter and half-year, FY2025

{T}

**B.3 Stations.** Torkham cleared the largest part of the trade in every quarter. Chaman's exports recovered in the second half as the facilitation desks for documented traders began to work. Ghulam Khan remained important for shipments to Khost and Paktia.

**B.4 Duty.** Import duty collected on goods from Afghanistan fell in line with coal arrivals. Sales tax on imports of fresh fruit was collected at the usual rates.

**B.5 Notes.** Quarterly figures are revised once, when the annual accounts are closed. The sub-totals and the fiscal-year total are computed from unrounded data and may differ from the sum of rounded quarters by one unit; no such difference arises in this table.
""".replace("{T}", "\n".join(T)), [{
    "kind": "arithmetic",
    "quotes": [T[6]],
    "explanation": "In the PDF-extracted table, the sub-total for H1 2025 gives exports of 458, but the two quarters above it add up to 448 (212 + 236). The sub-total's own balance (203 = 448 - 245) and the fiscal-year total (893 = 227 + 218 + 212 + 236) agree with 448. The error sits in a sub-total row, not in the total.",
    "expected_values": {"parts": {"Jan-Mar 2025": 212, "Apr-Jun 2025": 236},
                        "sum_of_parts": 448, "stated_total": 458, "difference": 10,
                        "unit": "USD million", "period": "H1 2025", "location": "sub-total row",
                        "table_form": "pdf_extracted"},
}])

T = pdf_table([
    ["Year", "Exports", "Imports", "Total", "Balance", "Index of exports (2019=100)"],
    ["2019", "1,290", "441", "1,731", "849", "100.0"],
    ["2020", "942", "509", "1,451", "433", "73.0"],
    ["2021", "828", "552", "1,380", "276", "64.2"],
    ["2022", "936", "741", "1,677", "195", "72.6"],
    ["2023", "1,012", "690", "1,702", "322", "87.4"],
    ["2024", "884", "540", "1,424", "344", "68.5"],
])
doc("adb_brief_export_index", """
# Pakistan: Country Brief — Market Access in the Western Corridor

*In the style of an Asian Development Bank country brief prepared for a country partnership strategy. US$ million, calendar years, Pakistan's customs data. The index column sets exports in 2019 at 100.*

**Key messages.** Pakistan's exports to Afghanistan have lost about a third of their 2019 value. The fall was not steady: exports dropped in the pandemic years, recovered in 2022 and 2023, and fell again in 2024 when crossings closed more often. Imports from Afghanistan moved with coal.

**Table 2. Trade with Afghanistan and export index, 2019–2024 (US$ million)**

{T}

**Interpreting the index.** In 2024 exports stood at 68.5 on the index, that is, at 68.5 percent of their 2019 value. The low point was 2021, when banking restrictions after the change of government in Kabul left many Afghan buyers unable to pay. The recovery that followed was driven by rice, medicines and cement, and it did not survive the closures of 2024.

**Market access issues.** Afghan buyers now compare Pakistani suppliers with suppliers in Central Asia, who deliver by rail through Hairatan. Pakistan keeps an advantage in distance and in products that Afghan consumers know, but closures and documentation requirements erode it.

**Areas for assistance.** The brief recommends technical assistance for a risk-based customs clearance system at Torkham and Chaman, support for a trade information portal in Urdu, Pashto and Dari, and a study of how trade finance can reach exporters in the border districts.
""".replace("{T}", "\n".join(T)), [{
    "kind": "arithmetic",
    "quotes": [T[5]],
    "explanation": "The index column gives 87.4 for 2023, but exports of 1,012 against the 2019 base of 1,290 give 78.4 (1,012 / 1,290 x 100), digits swapped. Every other index cell is right (73.0, 64.2, 72.6, 68.5). Recorded as a change from the base year: the cell states -12.6 percent against 2019 where the values give -21.55 percent.",
    "expected_values": {"from": 1290, "from_period": "2019", "to": 1012, "to_period": "2023",
                        "stated_index": 87.4, "computed_index": 78.4, "index_base": "2019=100",
                        "stated_change_pct": -12.6, "computed_change_pct": -21.55,
                        "unit": "index", "location": "index column", "table_form": "pdf_extracted"},
}])

doc("kp_budget_speech_attacks_doubled", """
# Budget Speech 2025-26 — Government of Khyber Pakhtunkhwa (extract)

*Extract from a provincial finance minister's budget speech, in the style of speeches delivered in the Provincial Assembly each June. Amounts are as announced; this extract covers the merged districts and the border.*

Mr Speaker,

I now turn to the part of this budget that concerns our merged districts and the long border we share with Afghanistan. No province of Pakistan feels the state of that relationship as directly as ours does.

Mr Speaker, security in the merged districts remains our gravest concern. Terrorist attacks from across the border more than doubled, from 112 in 2022 to 212 in 2024, and our police have borne much of the burden alongside the Frontier Corps. For 2025-26 I propose Rs 41.5 billion for policing in the merged districts, including the recruitment of two thousand constables and the rebuilding of police stations damaged in attacks.

Mr Speaker, trade through Torkham is the lifeline of Khyber district. When the gate closes, the loaders of Landi Kotal, the transporters of Jamrud and the fruit traders of Peshawar lose their income the same day. I propose Rs 3.2 billion to build a cold store and a truck terminal at Torkham, so that perishable goods are not lost when cargo cannot cross.

Mr Speaker, our province continues to host about 8.1 lakh registered Afghan refugees, more than any other province. Their children study in our schools and their families are treated in our hospitals. We ask the federal government to recognise this in the next finance commission award.

Mr Speaker, I also propose Rs 2.4 billion for a programme of small grants to traders and labourers in the border districts whose livelihoods were hit by closures, to be run through the district administrations.

With these words, Mr Speaker, I commend this part of the budget to the House.
""", [{
    "kind": "arithmetic",
    "quotes": ["Terrorist attacks from across the border more than doubled, from 112 in 2022 to 212 in 2024"],
    "explanation": "Attacks went from 112 to 212, which is 1.89 times the starting level (a rise of 89.3 percent), so they did not 'more than double'; doubling would have meant 224 or more. The change is written as a multiple in words.",
    "expected_values": {"from": 112, "from_period": "2022", "to": 212, "to_period": "2024",
                        "stated_fold": 2.0, "stated_as_written": "more than doubled",
                        "stated_change_pct": 100.0, "computed_change_pct": 89.29,
                        "unit": "percent"},
}])

doc("icrc_update_three_times_torkham", """
# Field Update: Afghanistan–Pakistan Border, Eastern and Southern Crossings

*Operational update in the style of the International Committee of the Red Cross, prepared with the Afghan Red Crescent Society. Covers January–December 2024.*

## Context

Returns from Pakistan continued through 2024 at a slower pace than in the last months of 2023, but the people arriving were often more vulnerable: older people, women travelling alone with children, and families who had spent their savings before leaving. Security incidents along the border caused several closures of the main crossings.

## Movements at the two main crossings

Of the 676,000 people who returned from Pakistan in 2024, 412,000 crossed at Torkham and 231,000 at Spin Boldak, with the remainder using smaller crossings. Almost three times as many returnees crossed at Torkham as at Spin Boldak, which is why our teams and those of the Afghan Red Crescent concentrated water, first aid and family-links services in Nangarhar.

## What we did

- Water trucking and latrines at the reception area beyond the Torkham zero point, on days when queues were longest.
- First aid and referral of sick and wounded people to hospitals in Jalalabad and Kandahar.
- Free phone calls so that returnees could tell relatives in Pakistan or elsewhere in Afghanistan that they had arrived.
- Support to the physical rehabilitation centres in Jalalabad and Kandahar, which also treat people from the border districts.

## Dialogue

We maintain a confidential dialogue with the authorities on both sides of the border about the conduct of returns, the treatment of people detained for lacking documents, and the need to keep families together during the process.

## Concerns

Many returnees arrive without documents, land or shelter. Families separated during returns are still searching for relatives. Winter at the Torkham reception area is harsh, and the needs of people waiting there outstrip what humanitarian organisations can provide.
""", [{
    "kind": "arithmetic",
    "quotes": ["Almost three times as many returnees crossed at Torkham as at Spin Boldak"],
    "explanation": "The sentence before gives 412,000 returnees at Torkham and 231,000 at Spin Boldak in 2024; 412,000 is 1.78 times 231,000, not 'almost three times as many'. Recorded as a multiple: stated_fold 3 (a rise of 200 percent from the Spin Boldak figure to the Torkham figure) against a computed 78.35 percent.",
    "expected_values": {"from": 231000, "from_period": "2024", "to": 412000, "to_period": "2024",
                        "from_label": "Spin Boldak", "to_label": "Torkham",
                        "stated_fold": 3.0, "stated_hedge": "almost",
                        "stated_as_written": "three times as many",
                        "stated_change_pct": 200.0, "computed_change_pct": 78.35,
                        "unit": "percent"},
}])

doc("pledging_summary_shares_104", """
# Summary of the Pledging Conference on Afghan Returnees and Host Communities

*Chair's summary in the style of a donor pledging conference convened in 2025. Pledges are in US dollars and cover programmes on both sides of the Pakistan–Afghanistan border.*

**Purpose.** The conference was convened to mobilise support for Afghans returning from Pakistan and for the communities in Pakistan that continue to host registered refugees. It brought together government representatives, donors, UN agencies and NGOs.

**Pledges.** Participants announced pledges totalling USD 200 million. The European Union accounted for 32 per cent of the total, the United Kingdom for 19 per cent, Germany for 15.5 per cent, Japan for 13.5 per cent, the Asian Development Bank for 11 per cent and other donors together for 13 per cent.

**Destination of pledges.** Of the total, USD 84 million was pledged for host communities in Pakistan, mainly for schools, health facilities and water supply in refugee-hosting districts of Khyber Pakhtunkhwa and Balochistan. USD 116 million was pledged for the reintegration of returnees in Afghanistan, including cash assistance, shelter and livelihoods in Nangarhar and Kandahar.

**Statements.** Several delegations stressed that returns must be voluntary, safe and dignified, and that families should not be separated. Others emphasised the need to support the Pakistani communities that have hosted Afghans for more than four decades.

**Follow-up.** The co-chairs will publish a tracking table of pledges and disbursements every six months. Participants agreed to meet again in 2026 to review progress.
""", [{
    "kind": "arithmetic",
    "quotes": ["The European Union accounted for 32 per cent of the total, the United Kingdom for 19 per cent, Germany for 15.5 per cent, Japan for 13.5 per cent, the Asian Development Bank for 11 per cent and other donors together for 13 per cent"],
    "explanation": "The six donor groups cover the whole of the USD 200 million once each, but their shares add up to 104 per cent (32 + 19 + 15.5 + 13.5 + 11 + 13). With other donors' USD 18 million their share is 9 per cent, which brings the sum to 100.",
    "expected_values": {"shares_pct": {"European Union": 32, "United Kingdom": 19, "Germany": 15.5,
                                       "Japan": 13.5, "Asian Development Bank": 11, "other donors": 13},
                        "sum_pct": 104.0, "period": "2025"},
}])

doc("urdu_editorial_transit_40pc", """
# Editorial: The transit trade we are losing

*Translated from the Urdu. Editorial of a Lahore daily, in the style of the Urdu press; amounts as in the original, where "arab" is a billion and "kharab" a hundred billion.*

There was a time when the road from Karachi to Torkham was lined with lorries carrying Afghan goods, and when thousands of families in Sindh, Punjab and Khyber Pakhtunkhwa earned their bread from them. That time is passing, and the government seems not to notice.

The declared value of Afghan transit cargo cleared at our ports slid by 40pc last fiscal year, from PKR 1.6tr to PKR 1.1tr, according to figures presented to a parliamentary committee. In the language of our bazaars, trade worth sixteen kharab rupees has shrunk to eleven. Each of those lost rupees was a fee for a clearing agent, a fare for a transporter and a wage for a loader.

We do not dispute that some transit goods were smuggled back into our markets. But the answer to smuggling is better customs, not a longer list of barred goods that sends honest Afghan traders to Bandar Abbas. Iran has welcomed that business with lower port charges, and who can blame it?

Nor can we ignore the closures of Torkham and Chaman. A driver who waits ten days at the border will not choose that route again if he has another.

The government must sit with the Afghan side, revive the joint authority that the transit agreement created, and review the list of barred goods item by item. Our ports, our transporters and our workers cannot afford another year like the last.
""", [{
    "kind": "arithmetic",
    "quotes": ["slid by 40pc last fiscal year, from PKR 1.6tr to PKR 1.1tr"],
    "explanation": "A fall from PKR 1.6tr to PKR 1.1tr is a decline of 31.25 percent, not 40 percent (40 percent would have left about PKR 0.96tr). The editorial's own restatement in kharab (sixteen to eleven) agrees with the two values, not with the percentage.",
    "expected_values": {"from": 1.6, "from_period": "FY2024", "to": 1.1, "to_period": "FY2025",
                        "stated_change_pct": -40.0, "stated_as_written": "slid by 40pc",
                        "computed_change_pct": -31.25, "unit": "percent",
                        "value_unit": "PKR trillion"},
}])

# =================================================================== garbled

doc("prs_note_exports_fy2025_same", """
# Parliamentary Research Service — Research Note 9/2025: Exports to Afghanistan after Three Difficult Years

*Prepared for members of the Senate, in the style of a parliamentary research service. The note summarises published trade data and does not express the views of any committee or member.*

## Key points

- Exports to Afghanistan fell for a second fiscal year running.
- Imports from Afghanistan fell faster, so the surplus widened.
- Closures at the crossings and the coal duty explain most of the change.

## 1. Exports

Pakistan's exports to Afghanistan moved from USD 893 million in FY2025 to USD 893 million in FY2025, according to the trade figures released by the statistics bureau. Rice and medicines held up; wheat flour, cement and textiles lost ground to suppliers in Central Asia and Iran. Exporters told a Senate committee that Afghan buyers now insist on shorter delivery times, which repeated closures make it hard to promise.

## 2. Imports

Imports from Afghanistan fell to USD 498 million in FY2025 (July 2024–June 2025), as cement plants bought less Afghan coal. Fresh and dried fruit imports were close to the previous year's level.

## 3. The balance

Because imports fell faster than exports, the surplus on trade with Afghanistan widened to USD 395 million. The larger surplus reflects weaker imports, not stronger exports.

## 4. Questions members may wish to ask

- What has the Ministry of Commerce done to keep cargo lanes open during security incidents?
- Has the Federal Board of Revenue assessed the effect of the coal duty on imports and on revenue?
- When will the joint chamber committee with the Afghan side meet again?
""", [{
    "kind": "garbled",
    "quotes": ["moved from USD 893 million in FY2025 to USD 893 million in FY2025"],
    "explanation": "The change in exports starts and ends at the same value and the same fiscal year (USD 893 million in FY2025). The key points say exports fell for a second year running, so the intended start is FY2024, when exports were USD 956 million.",
    "expected_values": {"start_value": 893, "end_value": 893,
                        "start_period": "FY2025", "end_period": "FY2025",
                        "likely_intended_start": {"value": 956, "period": "FY2024"},
                        "unit": "USD million"},
}])

doc("balochistan_budget_speech_chaman_backwards", """
# Budget Speech 2025-26 — Government of Balochistan (extract)

*Extract from a provincial finance minister's budget speech, in the style of speeches delivered in the Provincial Assembly of Balochistan. Amounts as announced; this extract covers the border districts.*

Honourable Speaker,

Our province shares a long border with Afghanistan, and the livelihoods of hundreds of thousands of people in Chaman, Qila Abdullah, Pishin and Zhob depend on what crosses it. I wish to speak plainly about what the past two years have cost them.

Between 2023-24 and 2022-23, duty collected at the Chaman customs station fell from Rs 9.1 billion to Rs 6.9 billion. This is federal revenue, but behind it stand the clearing agents, transporters and labourers of our province, whose work has shrunk with the trade. The documentation requirement at the crossing ended the daily movement of traders and labourers who had crossed for generations.

Honourable Speaker, the provincial government cannot set trade policy, but it can soften the blow. I propose Rs 1.8 billion for a livelihoods programme in Chaman and Qila Abdullah, to give small grants and vocational training to families who lost their income at the border.

I also propose Rs 950 million to complete the trade facilitation centre at Chaman, with passport and visa desks, a women's waiting area and a clinic, and Rs 600 million for the road from Chaman to Quetta, where heavy vehicles have damaged long stretches.

Honourable Speaker, we will continue to press the federal government to agree with the Afghan authorities on keeping the cargo lanes open during disputes. When the gate is shut, it is our people who go without bread.

I commend these proposals to the House.
""", [{
    "kind": "garbled",
    "quotes": ["Between 2023-24 and 2022-23"],
    "explanation": "The period runs backwards, written with short fiscal-year labels: 2023-24 before 2022-23. The values that follow (Rs 9.1 billion to Rs 6.9 billion) are the FY2022-23 and FY2023-24 duties at Chaman, in that order, so the span meant is 2022-23 to 2023-24.",
    "expected_values": {"stated_period_start": "2023-24", "stated_period_end": "2022-23",
                        "intended_period": "2022-23..2023-24", "from": 9.1, "to": 6.9,
                        "unit": "PKR billion"},
}])

doc("adb_brief_repeated_fifth", """
# Pakistan: Country Brief — Regional Trade Update, 2024

*In the style of an Asian Development Bank country brief for the regional cooperation programme. US dollars; calendar years; Pakistan's customs data.*

**Overview.** Trade between Pakistan and Afghanistan fell in 2024 for the first time since 2021, as closures at Torkham and Chaman became longer and more frequent and as the coal trade contracted. Imports from Afghanistan fell by more than a fifth in 2024, to $0.54 billion, while exports slipped to just under $0.9 billion. Imports from Afghanistan fell by more than a fifth in 2024, to $0.54 billion, while exports slipped to just under $0.9 billion. The surplus, at $344 million, was slightly larger than a year earlier.

**Drivers.** Coal imports halved as Pakistani cement plants returned to seaborne supplies and the duty on Afghan coal was revised. On the export side, wheat flour and cement were hit hardest by movement restrictions and competition from Kazakh and Uzbek suppliers. Rice and pharmaceutical products held up better.

**Regional context.** Afghanistan's trade with its northern neighbours grew over the same period, helped by the rail link through Hairatan and by lower prices for flour and fuel. Pakistan's advantage of distance matters less when its crossings are closed for weeks at a time.

**Programme implications.** The brief proposes that regional cooperation support focus on three things: predictable operation of the border crossings, with agreed procedures for security incidents; modern clearance systems that reduce the time lorries spend at the gate; and better trade data, published monthly by crossing, so that traders and policy makers can see what is happening.

**Risks.** Further closures, a renewed dispute over the border and tighter documentation rules could reduce trade again in 2025.
""", [{
    "kind": "garbled",
    "quotes": ["Imports from Afghanistan fell by more than a fifth in 2024, to $0.54 billion, while exports slipped to just under $0.9 billion. Imports from Afghanistan fell by more than a fifth in 2024, to $0.54 billion, while exports slipped to just under $0.9 billion."],
    "explanation": "A sentence carrying two dollar amounts written in billions and a change written as a fraction ('more than a fifth') is repeated word for word, the copy straight after the original. The quote covers both copies. The figures themselves are right (690 to 540 is a fall of 21.7 percent; exports 884).",
    "expected_values": {"repeated_sentence": "Imports from Afghanistan fell by more than a fifth in 2024, to $0.54 billion, while exports slipped to just under $0.9 billion.",
                        "occurrences": 2},
}])

doc("shipping_note_backlog_backwards", """
# Market Note: Karachi Port Congestion and the Afghan Transit Backlog

*Client note in the style of a container shipping line's market intelligence desk. Counts of boxes for Afghan transit waiting at Karachi terminals at the end of each quarter, from terminal operators and agents.*

**Summary.** Between end-Q2 2024 and end-Q4 2023, the backlog of Afghan transit boxes at Karachi eased from 4,800 to 2,900. The backlog shrank further over the following year and is no longer a constraint on terminal operations. This is a mixed blessing: the boxes are gone largely because fewer of them are arriving.

**Why the backlog built up.** In late 2023 the extension of the list of goods barred from transit, new bank guarantee rules and a processing fee left many consignments stuck in the terminals while consignees arranged paperwork. Demurrage and detention charges mounted, and several consignees abandoned cargo.

**Why it cleared.** Customs set up a dedicated desk for transit documentation in early 2024, and consignees adapted to the new rules. At the same time, bookings fell as Afghan importers shifted part of their cargo to Bandar Abbas, where port charges are lower and transit rules less restrictive.

**Implications for clients.** Free time at Karachi for Afghan transit cargo has returned to normal levels. Clients should still budget for delays at Torkham and Chaman, where closures can leave inland trucks waiting for days with boxes on board.

**What to watch.** Any further change to the list of barred goods, the outcome of talks between Pakistan and the Afghan authorities on the transit agreement, and the rail link being discussed between Uzbekistan, Afghanistan and Pakistan, which could change routing decisions over the longer term.

*This note is for clients' information only.*
""", [{
    "kind": "garbled",
    "quotes": ["Between end-Q2 2024 and end-Q4 2023"],
    "explanation": "The period runs backwards, written with quarter-end labels: end-Q2 2024 comes after end-Q4 2023. The values that follow (4,800 to 2,900) are the end-Q4 2023 and end-Q2 2024 backlogs, in that order, so the span meant is end-Q4 2023 to end-Q2 2024.",
    "expected_values": {"stated_period_start": "end-Q2 2024", "stated_period_end": "end-Q4 2023",
                        "intended_period": "end-Q4 2023..end-Q2 2024", "from": 4800, "to": 2900,
                        "unit": "containers"},
}])

doc("kabul_chamber_imports_same_1403", """
# Kabul Chamber of Commerce and Investment — Members' Newsletter, Issue 5, 1404

## Imports from Pakistan: what our members are paying for

*Newsletter for member firms, in the style of a chamber of commerce in Kabul. Trade figures in afghanis (AFN) are from the National Statistics and Information Authority.*

Dear members,

Many of you import flour, medicines, rice and construction materials from Pakistan, and many of you have told us that the past year was the hardest in memory. The official figures confirm it: our imports from Pakistan dropped from AFN 69.5bn in 1403 to AFN 69.5bn in 1403, while our exports to Pakistan fell even faster. The trade deficit with Pakistan therefore widened again.

**Why imports fell.** Members give three reasons. First, Pakistani restrictions on moving wheat flour to the border. Second, the closures of Torkham and Spin Boldak, which make deliveries unpredictable. Third, the growing competition from Kazakh flour and Uzbek fuel arriving by rail through Hairatan, which some of you now prefer even at a slightly higher price.

**Medicines.** Pharmacies in Kabul, Jalalabad and Kandahar still depend heavily on Pakistani medicines. The Chamber has asked the Ministry of Public Health to agree with Pakistan on a fast lane for medicines at the crossings, so that shortages do not follow every closure.

**Payments.** Members continue to report problems with payments to Pakistani suppliers. The Chamber is discussing with banks in Kabul how letters of credit could be used for larger consignments.

**Your views.** The Chamber will present members' concerns at the next meeting with the Ministry of Industry and Commerce. Please send your comments to the secretariat before the end of the month.
""", [{
    "kind": "garbled",
    "quotes": ["dropped from AFN 69.5bn in 1403 to AFN 69.5bn in 1403"],
    "explanation": "The change in Afghanistan's imports from Pakistan starts and ends at the same value and the same solar year (AFN 69.5bn in 1403). The invented series gives AFN 76.2bn for 1402 SH, so the intended change was from AFN 76.2bn in 1402 to AFN 69.5bn in 1403.",
    "expected_values": {"start_value": 69.5, "end_value": 69.5,
                        "start_period": "1403 SH", "end_period": "1403 SH",
                        "likely_intended_start": {"value": 76.2, "period": "1402 SH"},
                        "unit": "AFN billion"},
}])

doc("icrc_update_window_backwards", """
# Operational Update: Family Links and Assistance at the Afghanistan–Pakistan Border

*Update in the style of the International Committee of the Red Cross, with the Afghan Red Crescent Society and the Pakistan Red Crescent Society.*

**Reporting period: 30 June 2025 – 1 January 2025**

## Overview

Returns from Pakistan picked up again in the first half of 2025, after a quieter end to 2024. About 3.2 lac people returned through the official crossings in January–June 2025, according to the figures shared with humanitarian organisations, most of them through Torkham. Many arrived after decades in Pakistan, with children born there who had never seen Afghanistan.

## Restoring family links

Separation of families remains one of the most painful consequences of the returns. Parents were sometimes sent back while children were at school or at work; older relatives were left behind in Pakistan without support. Our teams and the Red Crescent volunteers at the crossings offer phone calls, register tracing requests and help families exchange messages across the border.

## Assistance at the crossings

- Drinking water and sanitation at the reception areas at Torkham and Spin Boldak.
- First aid and referral of the sick and wounded to hospitals in Jalalabad and Kandahar.
- Hygiene kits and blankets for families arriving with nothing.

## Detention

We continue to visit places of detention and to discuss with the authorities the treatment of people held for lacking documents, including their right to contact their families.

## Looking ahead

The summer months bring heat and water shortages at the crossings. We are preparing additional water points and shaded waiting areas, and we call on all parties to ensure that returns take place in safety and dignity and that families are not separated.
""", [{
    "kind": "garbled",
    "quotes": ["Reporting period: 30 June 2025 – 1 January 2025"],
    "explanation": "The reporting period runs backwards, written as day-month-year dates: 30 June 2025 comes after 1 January 2025. The text covers January–June 2025, so the period meant is 1 January 2025 – 30 June 2025.",
    "expected_values": {"stated_period_start": "30 June 2025", "stated_period_end": "1 January 2025",
                        "intended_period": "2025-01-01..2025-06-30"},
}])

# =================================================================== number_reuse

doc("icrc_update_days_and_crossings", """
# Field Update: Torkham — Medical Evacuation and Assistance at the Crossing, 2024

*Operational update in the style of the International Committee of the Red Cross, prepared with the Afghan Red Crescent Society. Covers January–December 2024.*

## Context

Torkham is the busiest crossing between Afghanistan and Pakistan, for goods and for people. In 2024 it was also one of the most volatile. Exchanges of fire between border forces, protests and disputes over construction near the zero point led to repeated closures, some lasting more than a week.

## Closures and their effects

The Torkham crossing was closed to cargo on 46 days in 2024, and pedestrian movement was suspended on many of those days too. Red Crescent ambulances made 46 crossings of the zero point during the year, carrying patients who needed treatment that was not available on their side of the border. During closures, patients and their families waited at the gate, sometimes for days, until a passage could be negotiated.

## What we did

- Negotiated, with the authorities on both sides, the passage of sick and wounded people during closures, as a neutral intermediary.
- Supported the emergency department of the regional hospital in Jalalabad with medicines, equipment and training in the management of mass casualties.
- Provided water and shelter at the waiting area beyond the zero point for families stranded during closures.
- Offered phone calls to people separated from relatives by the closure.

## Concerns

Patients with chronic conditions, such as those needing dialysis or cancer treatment in Peshawar, are the most affected when the crossing closes without warning. We call on the authorities on both sides to agree on a standing arrangement that allows medical cases to cross at all times.

## Outlook

With the border still tense in early 2025, we are keeping stocks of medical supplies and water equipment in Nangarhar ready for new closures.
""", [{
    "kind": "number_reuse",
    "quotes": ["The Torkham crossing was closed to cargo on 46 days in 2024",
               "Red Crescent ambulances made 46 crossings of the zero point during the year"],
    "explanation": "46, the number of days in 2024 on which Torkham was closed to cargo (28 in the first half and 18 in the second), is used again in the next sentence as a count of a different thing: ambulance crossings of the zero point during the year. A count of days in one place, a count of crossings in the other.",
    "expected_values": {"value": 46, "unit_1": "days", "unit_2": "crossings",
                        "quantity_1": "days Torkham was closed to cargo in 2024",
                        "quantity_2": "Red Crescent ambulance crossings of the Torkham zero point in 2024"},
}])

doc("radio_talk_show_nine_hundred_thousand", """
# "Sarhad Forum" — Radio Talk Show Transcript (English translation)

*Transcript in the style of a weekly current-affairs talk show on a Peshawar radio station, translated from Pashto and Urdu. Callers' names are withheld.*

HOST: Good evening and welcome to Sarhad Forum. Tonight we talk about the Afghans who have gone back, and those who remain. With me in the studio are a lawyer who represents Afghan families in Peshawar and a researcher who studies migration.

RESEARCHER: Thank you. Let me begin with the scale. Between September 2023 and June 2024, more than nine hundred thousand people went back to Afghanistan from Pakistan. That is a huge number in a short time, and it includes many who had lived here all their lives.

HOST: And who is still here?

RESEARCHER: There are three groups. The card holders with Proof of Registration, the people with Afghan Citizen Cards, and those with no documents at all. Our estimate is that nine hundred thousand Afghan Citizen Card holders were living in Pakistan when the second phase of the plan was announced.

LAWYER: And that group is the most exposed now. They have a card, but the card does not protect them the way the registration card does.

HOST: We have a caller from Nowshera. Go ahead, please.

CALLER: My neighbour's family went back last year. The father had a shop in the bazaar for twenty years. Now the shop is closed and the children are in Jalalabad with nothing. Who benefits from this?

LAWYER: That is the question many people are asking. The law allows the government to remove people without documents, but it also requires that every case be treated fairly and that families not be separated.

HOST: We will take a short break and return with more of your calls.
""", [{
    "kind": "number_reuse",
    "quotes": ["more than nine hundred thousand people went back to Afghanistan from Pakistan",
               "nine hundred thousand Afghan Citizen Card holders were living in Pakistan"],
    "explanation": "'Nine hundred thousand', spoken as the number of people who returned to Afghanistan between September 2023 and June 2024 (939,000 = 541,000 + 398,000), is used again by the same speaker for a different quantity: Afghan Citizen Card holders living in Pakistan. The figure is written in words both times.",
    "expected_values": {"value": 900000, "value_as_written": "nine hundred thousand", "unit": "people",
                        "quantity_1": "returns from Pakistan, September 2023 to June 2024",
                        "quantity_2": "Afghan Citizen Card holders living in Pakistan"},
}])

doc("pledging_summary_84_million", """
# Co-Chairs' Summary: Conference on Afghan Returnees and Host Communities

*Summary in the style of a donor pledging conference held in 2025. Amounts in US dollars.*

**Opening.** The co-chairs opened the conference by recalling that hundreds of thousands of Afghans had returned from Pakistan since late 2023, often at short notice, and that the districts of Pakistan hosting registered refugees had carried a heavy load for more than four decades.

**Pledges announced.** Donors announced pledges of USD 200 million for programmes on both sides of the border. The European Union, the United Kingdom, Germany and Japan made the largest pledges, and the Asian Development Bank announced a grant for water supply and schools in refugee-hosting districts.

**Allocation.** Of the pledges, USD 84 million was earmarked for host communities in Pakistan, mainly in Khyber Pakhtunkhwa and Balochistan. A further USD 84 million was set aside for the reception centres at Torkham and Spin Boldak, including transport, health screening and temporary shelter. The remainder will support reintegration in the provinces where returnees settle.

**Key messages.**

- Returns must be voluntary, safe and dignified, and families must not be separated.
- Support for returnees should reach the districts where they settle, not only the crossings.
- Host communities in Pakistan need long-term investment in services, not only emergency aid.

**Follow-up.** A pledge tracker will be published every six months. The co-chairs thanked the governments of Pakistan and of the countries that supported the conference, and the humanitarian and development organisations that took part.
""", [{
    "kind": "number_reuse",
    "quotes": ["USD 84 million was earmarked for host communities in Pakistan",
               "A further USD 84 million was set aside for the reception centres at Torkham and Spin Boldak"],
    "explanation": "USD 84 million, the share of the USD 200 million pledged for host communities in Pakistan, is used again in the next sentence for a different allocation: the reception centres at Torkham and Spin Boldak, which are part of the Afghan-side total of USD 116 million. Same unit, two different quantities.",
    "expected_values": {"value": 84, "unit": "USD million",
                        "quantity_1": "pledges for host communities in Pakistan",
                        "quantity_2": "pledges for the reception centres at Torkham and Spin Boldak"},
}])

doc("working_paper_coal_share_traders", """
# Working Paper No. 31: Coal, Closures and the Afghan Trade of Peshawar's Wholesalers

*University working paper, in the style of a department of economics in Peshawar. Draft for discussion; please do not cite without permission.*

## Abstract

We study how Peshawar's wholesale traders adjusted to the fall in coal imports from Afghanistan and to repeated closures of Torkham in 2023 and 2024. We combine customs data with a survey of 240 traders in the Karkhano and Qissa Khwani markets.

## 1. Introduction

Coal was the largest item in Pakistan's imports from Afghanistan in 2022 and 2023. Its weight fell sharply in 2024: coal made up 33.0 percent of imports from Afghanistan in 2024, down from more than half a year earlier. Because coal traders also financed other trade, the fall reached well beyond the coal market.

## 2. Data and method

Our survey asked traders about their turnover, their suppliers, their sources of credit and the number of days they could not trade because of closures. We weight responses by market and by type of trader.

## 3. Results

The closures had a larger effect than the coal duty for most traders. In our sample, 33.0 percent of the traders we interviewed had stopped trading with Afghanistan altogether by the end of 2024, and most of the rest had cut the value of their orders. Traders who had relied on credit from coal dealers were the most likely to stop.

## 4. Discussion

The results suggest that predictable operation of the crossings would do more for Peshawar's traders than changes to the coal duty. Traders also asked for a formal payment channel with Afghan banks, since informal settlement becomes risky when the border is closed.

## References

Khan, A. and R. Yousafzai (2024). Border closures and wholesale prices in Khyber Pakhtunkhwa. Mimeo.
""", [{
    "kind": "number_reuse",
    "quotes": ["coal made up 33.0 percent of imports from Afghanistan in 2024",
               "33.0 percent of the traders we interviewed had stopped trading with Afghanistan"],
    "explanation": "33.0 percent, coal's share of Pakistan's imports from Afghanistan in 2024 (178 of 540 US$ million), is used again two sections later for a different quantity: the share of surveyed Peshawar traders who had stopped trading with Afghanistan by the end of 2024. Same unit, two unrelated quantities.",
    "expected_values": {"value": 33.0, "unit": "percent",
                        "quantity_1": "coal's share of Pakistan's imports from Afghanistan, 2024",
                        "quantity_2": "share of surveyed traders who stopped trading with Afghanistan, end-2024"},
}])

doc("kp_budget_speech_torkham_duty_reuse", """
# Budget Speech 2024-25 — Government of Khyber Pakhtunkhwa (extract)

*Extract from a provincial finance minister's budget speech, in the style of speeches delivered in the Provincial Assembly each June. Amounts are as announced.*

Mr Speaker,

Before I present the proposals for the merged districts, allow me to say a word about the economy of the border. Torkham is not only a crossing; it is a source of revenue for the country and of work for our people.

Duty collected at the Torkham customs station came to Rs 29.6 billion in 2023-24, down from Rs 35.8 billion the year before, as coal imports fell and the crossing was closed on many days. I propose Rs 29.6 billion for the annual development programme of the merged districts in 2024-25, with priority for roads, schools and health facilities in Khyber, Mohmand and Bajaur.

Mr Speaker, the loaders and transporters of Landi Kotal and Jamrud have suffered from every closure. I propose a programme of small loans for transporters who lost income, to be delivered through the Bank of Khyber, and a skills programme for young people in the border tehsils.

Mr Speaker, this province hosts more registered Afghan refugees than any other, and it has done so for more than four decades. We will continue to provide them with health care and schooling, and we ask the federal government and development partners to share the cost.

Mr Speaker, the people of the merged districts were promised that merger would bring development. This budget keeps that promise.

With these words, I commend these proposals to the House.
""", [{
    "kind": "number_reuse",
    "quotes": ["Duty collected at the Torkham customs station came to Rs 29.6 billion in 2023-24",
               "I propose Rs 29.6 billion for the annual development programme of the merged districts"],
    "explanation": "Rs 29.6 billion, the customs duty collected at Torkham in 2023-24 (federal revenue), is used again in the next sentence for a different quantity: the proposed 2024-25 development programme of the merged districts (a provincial allocation). Same unit, two unrelated quantities; the second is a proposal.",
    "expected_values": {"value": 29.6, "unit": "PKR billion",
                        "quantity_1": "customs duty collected at Torkham, 2023-24",
                        "quantity_2": "proposed annual development programme of the merged districts, 2024-25"},
}])

doc("three_w_dashboard_nangarhar_reuse", """
# Returnee Response — 3W Snapshot: Nangarhar Province, 2024

*In the style of a humanitarian 3W (who does what, where) snapshot kept by a coordination hub in Jalalabad. Figures are cumulative for January–December 2024 and cover returnees from Pakistan.*

**At a glance**

- Partners reporting in Nangarhar: 23
- Districts with at least one partner: 19
- Returnees reached with cash: 142,000

**Cash.** Partners reported reaching 142,000 returnees in Nangarhar with cash in 2024, most of them within a few weeks of arrival through Torkham. Grants were sized to cover rent and food for three months.

**Shelter.** Shelter is the largest gap. Partners estimate that 142,000 returnees in Nangarhar were still without adequate shelter at the end of 2024, living with relatives in crowded houses, in rented rooms they could not afford, or in tents on the edge of Jalalabad.

**Who works where.** Partners are concentrated in Jalalabad city, Behsud, Surkh Rod and the districts along the Torkham road. Coverage is thin in the southern districts bordering Pakistan's Kurram and Khyber, where access is difficult and many returnees have gone to live with relatives.

**Other sectors.** Health partners run mobile clinics in four districts; education partners support community-based classes for children who studied in Urdu in Pakistan and must now follow the Afghan curriculum. Protection partners help returnees obtain identity documents.

**Data notes.** A person assisted twice is counted once. Shelter needs are estimated from assessments and are not a count of people assisted. Figures for December are provisional.
""", [{
    "kind": "number_reuse",
    "quotes": ["Partners reported reaching 142,000 returnees in Nangarhar with cash in 2024",
               "Partners estimate that 142,000 returnees in Nangarhar were still without adequate shelter"],
    "explanation": "142,000, the number of returnees reached with cash in Nangarhar in 2024 (repeated correctly in the 'At a glance' tile), is used again in the next section for a different quantity: returnees in Nangarhar still without adequate shelter at the end of the year. The tile repeats the cash figure for the same quantity and is not part of the defect.",
    "expected_values": {"value": 142000, "unit": "people",
                        "quantity_1": "returnees reached with cash in Nangarhar, 2024",
                        "quantity_2": "returnees in Nangarhar without adequate shelter, end-2024"},
}])

# =================================================================== direction

doc("working_paper_coal_caption_climbed", """
# Working Paper No. 34: Who Replaced Afghan Coal? Evidence from Pakistan's Cement Industry

*University working paper, in the style of a school of economics in Lahore. Draft for comments.*

## Abstract

Pakistani cement plants bought large quantities of Afghan coal in 2022 and 2023, when seaborne coal was expensive. We use customs records and plant-level interviews to show how quickly they switched back once world prices eased and the duty on Afghan coal was revised.

## 1. Motivation

For two years Afghan coal was the largest single item in Pakistan's imports from Afghanistan. It was carried by lorry through Torkham and Chaman from mines in the north of Afghanistan, and it gave the Afghan authorities an important source of revenue. Its decline in 2024 changed the pattern of trade between the two countries.

## 2. The aggregate picture

Figure 3. Coal imports from Afghanistan climbed, 2023–2024 (US$ million): 356 → 178

Coal imports halved between 2023 and 2024. Imports of other goods from Afghanistan, mainly fruit, vegetables and cotton, grew over the same period, so total imports fell by less than coal alone.

## 3. Plant-level evidence

Of the eleven plants we interviewed, eight had cut their purchases of Afghan coal by more than half in 2024, citing price, the revised duty and the unreliability of supply when crossings were closed. Three plants in the north of Khyber Pakhtunkhwa continued to buy Afghan coal because of the short haul from Torkham.

## 4. Conclusion

The coal boom was a response to an unusual episode in world energy prices, not a lasting change in the structure of trade. Policy makers on both sides should not plan on its return. Seaborne coal from Indonesia and South Africa, which Pakistani plants buy directly, now sets the price that Afghan coal must meet.
""", [{
    "kind": "direction",
    "quotes": ["Figure 3. Coal imports from Afghanistan climbed, 2023–2024 (US$ million): 356 → 178"],
    "explanation": "The chart caption says coal imports 'climbed', but the values it carries fall from 356 in 2023 to 178 in 2024 (halved, -50.0 percent). The body text under the figure says correctly that they halved. The direction word is in the caption.",
    "expected_values": {"from": 356, "from_period": "2023", "to": 178, "to_period": "2024",
                        "stated_direction": "rise", "actual_direction": "fall",
                        "direction_word": "climbed", "location": "chart caption",
                        "change": -178, "change_pct": -50.0, "unit": "USD million"},
}])

doc("customs_bulletin_bullet_exports_up", """
# Customs Monthly Bulletin — August 2025

## Highlights: Trade with Afghanistan, FY2025

*Highlights page in the style of a customs administration's monthly bulletin. US$ million, from goods declarations at the western land stations and the seaports; Afghan transit cargo is excluded.*

- Exports to Afghanistan up: US$ 893 million in FY2025 against US$ 956 million in the twelve months to June 2024.
- Imports from Afghanistan down: US$ 498 million against US$ 620 million.
- Surplus with Afghanistan: US$ 395 million, up from US$ 336 million.
- Coal arrivals: lowest fiscal-year value since FY2021.

**Commentary.** FY2025 was shaped by closures. Torkham's cargo gate was shut for several days in September 2024 and again in the spring, and each closure left perishable goods spoiling in lorries. Chaman's operations improved in the second half of the year as additional facilitation desks opened for documented traders.

**Exports.** Rice and pharmaceutical products were the most resilient export items. Wheat flour shipments remained subject to provincial movement permits, and cement exporters lost orders to suppliers in Central Asia.

**Imports.** The fall in imports was concentrated in coal. Fresh fruit imports were close to the previous year's level, and cotton imports rose slightly.

**Duty.** Import duty collected on goods from Afghanistan fell with coal arrivals. Duty on fresh fruit was collected at the usual rates.

**Next bulletin.** The September bulletin will include the first monthly figures for FY2026 and a note on the revised procedures for transit cargo.
""", [{
    "kind": "direction",
    "quotes": ["Exports to Afghanistan up: US$ 893 million in FY2025 against US$ 956 million in the twelve months to June 2024"],
    "explanation": "The bullet says exports were 'up', but its own figures show a fall, from US$ 956 million in the twelve months to June 2024 (FY2024) to US$ 893 million in FY2025, down 63 million or 6.6 percent. The other bullets (imports down, surplus up) are right. The direction word sits in a bullet, with the end value first.",
    "expected_values": {"from": 956, "from_period": "FY2024", "to": 893, "to_period": "FY2025",
                        "from_period_as_written": "the twelve months to June 2024",
                        "stated_direction": "rise", "actual_direction": "fall",
                        "direction_word": "up", "location": "bullet",
                        "change": -63, "change_pct": -6.59, "unit": "USD million"},
}])

doc("kabul_chamber_exports_strengthened", """
# Kabul Chamber of Commerce and Investment — Members' Newsletter, Issue 2, 1404

## A word from the Chairman

*Newsletter for member firms, in the style of a chamber of commerce in Kabul. Trade figures in afghanis (AFN) are from the National Statistics and Information Authority.*

Dear members,

As we begin the new solar year, I want to share with you the Chamber's reading of the past year and our plans for this one.

Trade with Pakistan remains the backbone of our business. Our exports to Pakistan strengthened to AFN 39.4bn in 1403, from AFN 49.3bn in 1402, while our imports from Pakistan reached AFN 69.5bn. Coal, which was our biggest export to Pakistan, continued to lose ground after Pakistan revised its duty, and fresh fruit exporters again suffered when the Torkham and Spin Boldak gates were closed during the harvest.

At the same time, many of you have found new markets. Exports of dried fruit and carpets to Central Asia and to the Gulf have grown, and the rail link through Hairatan has made it easier to reach buyers in Kazakhstan and beyond.

This year the Chamber will focus on three things. First, we will press the Ministry of Industry and Commerce and the Pakistani side for a perishables lane at Torkham and Spin Boldak. Second, we will work with banks on better payment channels for trade with Pakistan. Third, we will help members meet the documentation requirements of Pakistani customs, which change often and cost our members time and money.

I thank all members for their support, and I wish you a prosperous year.
""", [{
    "kind": "direction",
    "quotes": ["Our exports to Pakistan strengthened to AFN 39.4bn in 1403, from AFN 49.3bn in 1402"],
    "explanation": "'Strengthened' describes a fall: exports to Pakistan went from AFN 49.3bn in 1402 SH to AFN 39.4bn in 1403 SH (written end value first), down AFN 9.9bn or 20.1 percent. The next sentence, on coal losing ground, agrees with the fall.",
    "expected_values": {"from": 49.3, "from_period": "1402 SH", "to": 39.4, "to_period": "1403 SH",
                        "stated_direction": "rise", "actual_direction": "fall",
                        "direction_word": "strengthened",
                        "change": -9.9, "change_pct": -20.08, "unit": "AFN billion"},
}])

doc("radio_talk_show_register_came_down", """
# "Pul" — Radio Talk Show Transcript (English translation)

*Transcript in the style of an evening call-in programme on a Quetta radio station, translated from Urdu and Pashto. Callers' names are withheld.*

HOST: Assalam-o-alaikum and welcome to Pul, the programme that builds bridges. Tonight: the Afghans among us, the numbers and the people behind them. My guest is a retired official who worked for many years with the refugee administration.

GUEST: Thank you for having me.

HOST: People hear so many numbers. Some say four million Afghans, some say one million. Which is right?

GUEST: Both are wrong, because they mix different groups. The registered refugees are those with Proof of Registration cards. In the pandemic years the register hardly moved. It came down from about one point four four million at the end of 2020 to one point four nine million at the end of 2021, and then it grew faster as relatives were verified.

HOST: And the others?

GUEST: There are the Afghan Citizen Card holders, and there are people with no documents. Nobody can count the last group precisely.

HOST: A caller from Pishin. Please go ahead.

CALLER: My family and an Afghan family have shared a wall for thirty years. Their sons were born here. Now they are afraid to go to the bazaar. Is this fair?

GUEST: Card holders are not covered by the removal plan. If they are harassed, they can complain to the district administration and the commissionerate. But I understand the fear.

HOST: We must leave it there for now. After the news, we take more of your calls.
""", [{
    "kind": "direction",
    "quotes": ["It came down from about one point four four million at the end of 2020 to one point four nine million at the end of 2021"],
    "explanation": "'Came down' describes a rise: the register went from about one point four four million at end-2020 to one point four nine million at end-2021 (spoken forms of the reference values 1,438,432 and 1,490,562), up about 50,000 or 3.5 percent. Figures spoken in words; no source is cited.",
    "expected_values": {"from": 1440000, "from_period": "end-2020", "to": 1490000, "to_period": "end-2021",
                        "as_written": {"from": "one point four four million", "to": "one point four nine million"},
                        "stated_direction": "fall", "actual_direction": "rise",
                        "direction_word": "came down",
                        "change": 50000, "change_pct": 3.47, "unit": "people"},
}])

doc("shipping_note_bounced_back", """
# Market Note: Afghan Transit — Fiscal Year Review, FY2025

*Client note in the style of a container shipping line's market intelligence desk. Boxes of all sizes discharged at Karachi and Port Qasim for Afghan transit, compiled from port and agency data; fiscal years run from July to June.*

**Headline.** Afghan transit volumes bounced back to 31,200 boxes in FY2025 (FY2024: 52,000), according to our count of discharges at Karachi and Port Qasim.

**What happened.** The list of goods barred from transit, extended in October 2023, kept whole categories of cargo off the route for the full fiscal year. A processing fee and bank guarantee rules raised the cost of every box. Consignees in Kabul and Kandahar moved part of their business to Bandar Abbas, and a few to Chabahar, despite the longer inland haul.

**Port operations.** Because fewer boxes arrived, Karachi terminals had no difficulty clearing them. The backlog that built up in late 2023 has largely cleared, and free time for Afghan cargo is back to normal.

**Inland leg.** Trucking capacity between Karachi and the border was ample. Closures at Torkham and Chaman remained the main source of delay; a box can wait a week at the border after two days on the road.

**Rates.** Freight rates from the Gulf and the Far East to Karachi were broadly stable through the year. Inland haulage rates fell slightly as truckers competed for fewer loads.

**Outlook for FY2026.** We see no quick recovery. Volumes should stabilise if the list of barred goods stays unchanged and the crossings remain open, but any new restriction would push more cargo to Iranian ports.

*This note is for clients' information only.*
""", [{
    "kind": "direction",
    "quotes": ["Afghan transit volumes bounced back to 31,200 boxes in FY2025 (FY2024: 52,000)"],
    "explanation": "'Bounced back' describes a fall: transit volumes went from 52,000 boxes in FY2024 (given in parentheses after the end value) to 31,200 in FY2025, down 20,800 or 40.0 percent. The rest of the note describes a contraction and 'no quick recovery'.",
    "expected_values": {"from": 52000, "from_period": "FY2024", "to": 31200, "to_period": "FY2025",
                        "stated_direction": "rise", "actual_direction": "fall",
                        "direction_word": "bounced back",
                        "change": -20800, "change_pct": -40.0, "unit": "containers"},
}])

doc("pledging_summary_coverage_improved", """
# Background Paper for the Pledging Conference on Afghan Returnees and Host Communities

*Background paper in the style of a donor pledging conference secretariat, circulated to delegations in 2025. Amounts in US dollars.*

**Why a conference.** Since late 2023, hundreds of thousands of Afghans have returned from Pakistan, many at short notice and with few assets. At the same time, the districts of Pakistan that host registered refugees face rising costs for schools, clinics and water. Humanitarian appeals for both groups have been poorly funded.

**Funding so far.** The emergency response launched for the returns of late 2023 sought USD 44 million and received USD 25 million. The 2024 response plan sought USD 87 million and received USD 39 million. Funding coverage improved from 57 per cent in 2023 to 45 per cent in 2024, even as the number of returnees grew over a full year.

**What is needed.** Delegations are invited to consider pledges in four areas:

- reception and onward transport at Torkham and Spin Boldak;
- cash, shelter and livelihoods for returnees in the provinces where they settle;
- documentation and legal aid, including for families separated during returns;
- schools, health facilities and water supply in host communities in Khyber Pakhtunkhwa and Balochistan.

**Principles.** Returns should be voluntary, safe and dignified. Support should be planned over several years, since reintegration in districts with few jobs and little land will take time. Host communities in Pakistan should be supported alongside refugees, not instead of them.

**Format.** Pledges will be recorded by the secretariat and published in a tracking table, with disbursements reported every six months.
""", [{
    "kind": "direction",
    "quotes": ["Funding coverage improved from 57 per cent in 2023 to 45 per cent in 2024"],
    "explanation": "'Improved' describes a fall: coverage went from 57 per cent in 2023 (USD 25 million of 44 million) to 45 per cent in 2024 (USD 39 million of 87 million), down 12 percentage points or 21.1 percent. The two sentences before give the amounts that show the fall.",
    "expected_values": {"from": 57, "from_period": "2023", "to": 45, "to_period": "2024",
                        "stated_direction": "rise", "actual_direction": "fall",
                        "direction_word": "improved",
                        "change": -12, "change_pct": -21.05, "unit": "percent"},
}])

# =================================================================== scope

doc("adb_brief_tajik_afghan_crossings", """
# Pakistan: Country Brief — Border Infrastructure and Trade Facilitation

*In the style of an Asian Development Bank country brief for a transport and trade facilitation programme. US dollars, calendar years, Pakistan's customs data.*

**Why the border matters.** Almost all of Pakistan's trade with Afghanistan moves by road through a handful of crossings. The Tajik–Afghan crossings at Torkham and Chaman handled most of the $1.42 billion of two-way trade in 2024, with Ghulam Khan and Angoor Adda carrying the rest. The same roads carry Afghan transit cargo from Karachi and transit cargo bound for Tajikistan and Uzbekistan through Afghanistan.

**The state of the facilities.** Torkham's integrated border management facility has scanners and parking, but its cargo lanes are too few for peak seasons and there is no cold storage. Chaman's new terminal opened in stages; facilities for pedestrians remain poor. Ghulam Khan and Angoor Adda have only basic infrastructure.

**What holds trade back.** Time at the border is lost less to physical bottlenecks than to closures, manual document checks and the lack of data exchange between the two customs administrations. A lorry that crosses in a few hours on a good day can wait a week during a closure.

**Proposed support.** The brief proposes: (i) extending cargo lanes and adding cold storage at Torkham; (ii) a trade information system that lets traders file documents once for both customs administrations; (iii) training for customs and quarantine staff in risk-based inspection; and (iv) an agreement on procedures that keep cargo moving during security incidents.

**Risks.** The programme depends on a working relationship between the two governments. Where cooperation is not possible, investments on the Pakistani side alone would still reduce clearance times for exports.
""", [{
    "kind": "scope",
    "quotes": ["The Tajik–Afghan crossings at Torkham and Chaman"],
    "explanation": "Torkham and Chaman are crossings on the Pakistan–Afghanistan border, and the $1.42 billion in the same sentence is Pakistan–Afghanistan two-way trade in 2024 (884 + 540); 'Tajik–Afghan' makes Tajikistan one side of the pair. The later mention of transit cargo bound for Tajikistan through Afghanistan is correct and not a defect.",
    "expected_values": {"pair": PAIR, "named_pair": ["TJK", "AFG"], "third_country": "TJK",
                        "named_as": "Tajik–Afghan crossings", "value": 1424, "unit": "USD million",
                        "period": "2024",
                        "not_a_defect": "transit cargo bound for Tajikistan and Uzbekistan through Afghanistan"},
}])

doc("customs_bulletin_turkmenistan_imports", """
# Customs Monthly Bulletin — June 2025

## Section 5: Land Customs Stations on the Western Border

*Section of a monthly bulletin in the style of a customs administration. US$ million, from goods declarations; Afghan transit cargo is reported separately.*

**5.1 Imports by station group.** Imports from Turkmenistan cleared at Torkham, Chaman and Ghulam Khan came to US$ 498 million in FY2025 (July 2024–June 2025), down from US$ 620 million a year earlier. Coal accounted for most of the decline. Fresh fruit, dried fruit, vegetables and cotton made up most of the remainder.

**5.2 Exports by station group.** Exports cleared at the same stations came to US$ 893 million in FY2025. Rice, wheat flour, pharmaceutical products and cement accounted for most of the value.

**5.3 Processing times.** Median clearance time for export goods declarations at Torkham fell to under six hours in the second half of the fiscal year, after the risk management system was extended to the station. At Chaman, clearance times were longer because of manual checks of travel documents for drivers.

**5.4 Regional projects.** Work continued on studies for the gas pipeline from Turkmenistan through Afghanistan to Pakistan and India, and on the proposed railway from Termez in Uzbekistan through Afghanistan to Peshawar. Neither project affects the figures in this section.

**5.5 Notes.** Figures for the last quarter of FY2025 are provisional. Informal trade across the border is not recorded.
""", [{
    "kind": "scope",
    "quotes": ["Imports from Turkmenistan cleared at Torkham, Chaman and Ghulam Khan"],
    "explanation": "Torkham, Chaman and Ghulam Khan are crossings on the Pakistan–Afghanistan border, and US$ 498 million is Pakistan's FY2025 imports from Afghanistan (against 620 in FY2024); 'imports from Turkmenistan' makes Turkmenistan the other side. The later mention of the gas pipeline from Turkmenistan through Afghanistan is correct and not a defect.",
    "expected_values": {"pair": PAIR, "named_pair": ["PAK", "TKM"], "third_country": "TKM",
                        "named_as": "Imports from Turkmenistan", "value": 498, "unit": "USD million",
                        "period": "FY2025",
                        "not_a_defect": "the gas pipeline from Turkmenistan through Afghanistan"},
}])

doc("prs_note_us_afghan_trade", """
# Parliamentary Research Service — Research Note 12/2025: Economic Relations with Afghanistan since 2021

*Prepared for members of the National Assembly, in the style of a parliamentary research service. The note summarises published information and does not express the views of any committee or member.*

## Summary

- Trade through the land crossings has fallen since 2023.
- The Afghan economy remains constrained by sanctions on its banking system and by the loss of foreign aid.
- Pakistan's leverage over the Afghan authorities through trade is smaller than often assumed.

## 1. Trade

US–Afghan trade through Torkham and Chaman amounted to USD 1,424 million in 2024, down from USD 1,702 million in 2023, according to the customs data reviewed for this note. The fall affected both exports and imports, but imports, mostly coal, fell faster.

## 2. The Afghan economy

Afghanistan's economy contracted sharply after August 2021, when most foreign aid stopped and the central bank lost access to its reserves. About USD 3.5 billion of Afghan central bank reserves held in the United States were later placed in a fund in Switzerland. Prices have since stabilised, but incomes remain low and imports are constrained by the lack of foreign exchange.

## 3. Leverage

Closures of the crossings hurt Afghan traders, but they also hurt Pakistani exporters, transporters and workers. Afghan importers have found alternative suppliers in Central Asia and Iran for many goods. The evidence suggests that closures have not changed the Afghan authorities' position on security issues.

## 4. Issues for members

- Whether trade and security should be dealt with on separate tracks.
- Whether a bilateral mechanism for keeping cargo lanes open can be agreed.
- How Pakistani exporters can be supported during closures.
""", [{
    "kind": "scope",
    "quotes": ["US–Afghan trade through Torkham and Chaman amounted to USD 1,424 million in 2024"],
    "explanation": "Trade through Torkham and Chaman is Pakistan–Afghanistan trade, and USD 1,424 million (2024) and 1,702 million (2023) are the two-way totals of the series; 'US–Afghan trade' makes the United States one side of the pair. The later mention of Afghan central bank reserves held in the United States is correct and not a defect.",
    "expected_values": {"pair": PAIR, "named_pair": ["USA", "AFG"], "third_country": "USA",
                        "named_as": "US–Afghan trade", "value": 1424, "unit": "USD million",
                        "period": "2024",
                        "not_a_defect": "Afghan central bank reserves held in the United States"},
}])

doc("urdu_editorial_china_afghan_border", """
# Editorial: A border that closes too easily

*Translated from the Urdu. Editorial of a Peshawar daily, in the style of the Urdu press.*

Once again the gate at Torkham has been shut, once again lorries stand in a line that stretches back towards Landi Kotal, and once again the fruit of Afghan orchards and the flour of Punjab's mills rot while officials on both sides trade accusations. This newspaper has said it before and will say it again: a border that closes this easily is a border that serves no one.

Last year the China–Afghanistan border at Torkham was closed to cargo on 46 days. Each of those days cost transporters, loaders, hoteliers and shopkeepers in Khyber their income. Exporters lost customers who will not come back, because an Afghan buyer who cannot rely on our goods will buy from Uzbekistan or Kazakhstan instead.

We understand that the state has security concerns, and we do not ask it to ignore them. But closing the gate to trade has not stopped a single attack. It has only punished people who have nothing to do with violence.

Those who dream of connecting Pakistan to Central Asia through the China–Pakistan Economic Corridor and an extension through Afghanistan should ask themselves how that dream can come true if we cannot keep a single gate open for a month at a time.

Let the two governments agree, in writing, that trade will continue during disputes, and let them appoint officers at the gate with the authority to settle incidents on the spot. That is not too much to ask.
""", [{
    "kind": "scope",
    "quotes": ["the China–Afghanistan border at Torkham was closed to cargo on 46 days"],
    "explanation": "Torkham is on the Pakistan–Afghanistan border, and the 46 closure days are Torkham's in 2024; 'the China–Afghanistan border' makes China one side of the pair (China's short border with Afghanistan is in the Wakhan, far from Torkham). The later mention of the China–Pakistan Economic Corridor is correct and not a defect.",
    "expected_values": {"pair": PAIR, "named_pair": ["CHN", "AFG"], "third_country": "CHN",
                        "named_as": "the China–Afghanistan border", "value": 46, "unit": "days",
                        "period": "2024",
                        "not_a_defect": "China–Pakistan Economic Corridor"},
}])

doc("icrc_update_iran_afghan_border_torkham", """
# Field Update: Returns and Family Separation, 2024

*Operational update in the style of the International Committee of the Red Cross, prepared with the Afghan Red Crescent Society. Covers January–December 2024.*

## Context

In 2024, 676,000 people crossed the Iran–Afghanistan border at Torkham and Spin Boldak on their return, according to figures shared with humanitarian organisations. Many had been detained before their return, and many arrived separated from members of their family. In the west of the country, separate teams assisted returnees from Iran at Islam Qala, where the numbers were larger still.

## Family links

Families separated during returns are one of our main concerns. Our teams and Red Crescent volunteers registered tracing requests, offered phone calls and helped families exchange messages across the border. Children who arrived without their parents were referred to specialised child protection partners.

## Detention

We visited places of detention where people were held pending their return and discussed their treatment and living conditions with the authorities in confidence. Where needed, we provided hygiene items and blankets.

## Health

We supported the emergency departments of hospitals in Jalalabad and Kandahar and the physical rehabilitation centres that serve the border provinces. First aid posts at the crossings treated people exhausted by long journeys and waits in the heat or cold.

## Looking ahead

We will continue to work with the authorities on all sides so that people are returned in safety and dignity, with their families and their belongings, and so that the wounded and sick can cross the border for treatment at all times.
""", [{
    "kind": "scope",
    "quotes": ["676,000 people crossed the Iran–Afghanistan border at Torkham and Spin Boldak"],
    "explanation": "Torkham and Spin Boldak are crossings on the Afghanistan–Pakistan border, and 676,000 is the number of returns from Pakistan in 2024; 'the Iran–Afghanistan border' makes Iran one side of the pair. The next mention of returnees from Iran at Islam Qala, on the real Iran–Afghanistan border, is correct and not a defect.",
    "expected_values": {"pair": PAIR, "named_pair": ["IRN", "AFG"], "third_country": "IRN",
                        "named_as": "the Iran–Afghanistan border", "value": 676000, "unit": "people",
                        "period": "2024",
                        "not_a_defect": "returnees from Iran at Islam Qala"},
}])

doc("kabul_chamber_afghan_uzbek_trade", """
# Kabul Chamber of Commerce and Investment — Members' Newsletter, Issue 4, 1404

## Gates, lanes and lorries: the Chamber's border report

*Newsletter for member firms, in the style of a chamber of commerce in Kabul. Trade figures in afghanis (AFN) are from the National Statistics and Information Authority.*

Dear members,

This issue reports on the Chamber's visit to the eastern and southern gates in Saur and on what we heard from drivers, customs officers and traders.

**The numbers.** Afghan–Uzbek trade through Torkham and Spin Boldak, worth AFN 108.9bn in 1403, is still the largest part of our trade with any neighbour. Exports through the two gates came to AFN 39.4bn and imports to AFN 69.5bn. Every day of closure stops goods worth hundreds of millions of afghanis.

**At Torkham.** Drivers told us that a lorry of fruit needs a day and a half to cross on a normal day, from arrival at the parking area to release on the other side. During closures the wait can exceed a week. The cold store promised on the Afghan side has not yet opened.

**At Spin Boldak.** Traders said the documentation requirements of the Pakistani side have reduced the number of small traders who cross each day. Larger firms have adapted, but many families who lived from small trade have lost their income.

**The northern route.** Some members now send goods north instead. Uzbek fuel arriving by rail through Hairatan has become a common sight in the markets of Mazar-e-Sharif and Kabul, and members report that the northern route is slower but more predictable.

**Our requests.** The Chamber has asked the Ministry of Industry and Commerce to seek an agreement with Pakistan on a perishables lane and on keeping the gates open during disputes.
""", [{
    "kind": "scope",
    "quotes": ["Afghan–Uzbek trade through Torkham and Spin Boldak, worth AFN 108.9bn in 1403"],
    "explanation": "Torkham and Spin Boldak are gates on the Afghanistan–Pakistan border, and AFN 108.9bn is Afghanistan's two-way trade with Pakistan in 1403 SH (exports 39.4 + imports 69.5, as the next sentence gives); 'Afghan–Uzbek trade' makes Uzbekistan the other side. The later mention of Uzbek fuel arriving by rail through Hairatan is correct and not a defect.",
    "expected_values": {"pair": PAIR, "named_pair": ["AFG", "UZB"], "third_country": "UZB",
                        "named_as": "Afghan–Uzbek trade", "value": 108.9, "unit": "AFN billion",
                        "period": "1403 SH",
                        "not_a_defect": "Uzbek fuel arriving by rail through Hairatan"},
}])

# =================================================================== citation

doc("prs_note_global_trends_2022", """
# Parliamentary Research Service — Research Note 4/2025: Registered Afghan Refugees in Pakistan

*Prepared for members of the Senate, in the style of a parliamentary research service. Sources are given in parentheses; the note does not express the views of any committee or member.*

## Summary

- The register of Proof of Registration card holders grew between 2021 and 2023 and fell in 2024.
- Growth came from births and the verification of relatives, not from new registration.
- Card holders are not covered by the plan to repatriate undocumented foreigners, but their cards have been extended only for short periods.

## 1. Size of the register

The register stood at 1,490,562 at the end of 2021 (UNHCR Global Trends 2021), a level at which it had stayed, with small changes, for several years. It then grew. At the end of 2022 the register held 1.99 million registered Afghans (UNHCR Global Trends 2022), most of them in Khyber Pakhtunkhwa and Balochistan.

## 2. Why it grew

New registration has not been opened since 2007, apart from a verification exercise. The register grew because children born to card holders were added and because relatives already living in Pakistan were verified and issued cards.

## 3. Legal position

Card holders may live in Pakistan while their cards are valid. The cards have been extended several times, most recently for short periods, which makes it difficult for holders to rent property, open bank accounts or keep jobs.

## 4. Issues for members

- Whether longer extensions of cards would reduce uncertainty for holders and employers.
- Whether the federal government should publish the register by district each year.
- How the costs borne by host districts can be recognised in fiscal transfers.
""", [{
    "kind": "citation",
    "quotes": ["At the end of 2022 the register held 1.99 million registered Afghans (UNHCR Global Trends 2022)"],
    "explanation": "The reference UNHCR year-end figure for 2022 is 1,743,278; '1.99 million', cited to UNHCR Global Trends 2022, is 14.2 percent above it (1.99 million is close to the 2023 value, 1,987,717). The end-2021 figure cited two sentences earlier (1,490,562) is correct and not a defect.",
    "expected_values": {"stated": 1990000, "stated_as_written": "1.99 million", "reference": 1743278,
                        "indicator": "refugees.registered", "subject": "PAK", "period": "2022",
                        "cited_source": "UNHCR Global Trends 2022",
                        "citation_form": "(UNHCR Global Trends YEAR)",
                        "not_a_defect": "1,490,562 at the end of 2021 (UNHCR Global Trends 2021)"},
}])

doc("icrc_update_as_at_2024", """
# Field Update: Afghans in Pakistan — Protection and Assistance

*Operational update in the style of the International Committee of the Red Cross, prepared with the Pakistan Red Crescent Society. Covers the second half of 2024.*

## Context

Pakistan hosted 1.74 million registered refugees (UNHCR, as at 31 December 2024), alongside Afghans with other documents and many without any. The second phase of the plan to repatriate undocumented foreigners, and short extensions of registration cards, have left many families uncertain about their future in the country.

## Detention

We visit places of detention in Khyber Pakhtunkhwa, Balochistan, Punjab and Sindh where Afghans are held for immigration reasons. We discuss with the authorities, in confidence, the conditions of detention, the treatment of detainees and their ability to contact their families. We have stressed that children should not be detained and that families should not be separated when people are returned.

## Family links

Pakistan Red Crescent volunteers, trained and supported by our teams, offer phone calls to detained Afghans and to families separated by returns, and register tracing requests for relatives whose whereabouts are unknown.

## Health

We support health facilities in the border districts of Khyber Pakhtunkhwa and Balochistan that treat people wounded in incidents along the border, and physical rehabilitation centres in Peshawar and Quetta that serve both Pakistani and Afghan patients.

## Concerns

The fear of arrest keeps many Afghans away from health facilities and schools. We call for the procedures for returns to respect family unity, and for people who would face serious harm on return to have their situation examined individually.
""", [{
    "kind": "citation",
    "quotes": ["Pakistan hosted 1.74 million registered refugees (UNHCR, as at 31 December 2024)"],
    "explanation": "The reference UNHCR year-end figure for 2024 is 1,559,964; '1.74 million', cited to UNHCR as at 31 December 2024, is 11.5 percent above it (1.74 million is close to the 2022 value, 1,743,278).",
    "expected_values": {"stated": 1740000, "stated_as_written": "1.74 million", "reference": 1559964,
                        "indicator": "refugees.registered", "subject": "PAK", "period": "2024",
                        "cited_source": "UNHCR, as at 31 December 2024",
                        "citation_form": "(UNHCR, as at DD Month YEAR)"},
}])

doc("working_paper_author_date_2021a", """
# Working Paper No. 27: Refugee Registration and Labour Markets in Khyber Pakhtunkhwa

*University working paper, in the style of an institute of development studies in Peshawar. Author-date references; draft for discussion.*

## Abstract

We ask whether the growth of the refugee register between 2021 and 2023 changed wages for unskilled work in the districts of Khyber Pakhtunkhwa where most card holders live. We find small effects, concentrated in construction and transport.

## 1. The register

The register of Proof of Registration card holders was almost flat in the years before the change of government in Kabul. UNHCR (2021a) puts the register at 1,438,432 at the end of 2021, and the growth that followed came from births and from the verification of relatives already in Pakistan. UNHCR (2023b) gives 1,987,717 for the end of 2023, the highest level in our period. About half of card holders live in Khyber Pakhtunkhwa.

## 2. Data

We combine district-level wage data from the labour force survey with estimates of card holders by district. Because the register grew through verification rather than new arrivals, many of the people added were already working in the districts concerned.

## 3. Results

We find that a ten percent increase in the number of card holders in a district is associated with a fall of less than one percent in daily wages for unskilled construction work. We find no effect on wages in agriculture or retail.

## 4. Discussion

Our results do not support the claim that refugees depress wages across the board. The effects are small and limited to a few occupations where Afghan workers are concentrated. The departures of 2023 and 2024 may have raised wages in those occupations, a question we leave for future work.

## References

UNHCR (2021a). Pakistan: registered Afghan refugees, end of year.
UNHCR (2023b). Pakistan: registered Afghan refugees, end of year.
""", [{
    "kind": "citation",
    "quotes": ["UNHCR (2021a) puts the register at 1,438,432 at the end of 2021"],
    "explanation": "The text cites UNHCR (2021a) for 1,438,432 registered Afghans at the end of 2021, but 1,438,432 is the reference value for end-2020; the end-2021 reference value is 1,490,562 (3.5 percent higher). Another year's exact value cited for the wrong year, in an author-date reference with a letter suffix; a percentage tolerance alone would not catch it. The later citation UNHCR (2023b) with 1,987,717 for end-2023 is correct and not a defect.",
    "expected_values": {"stated": 1438432, "reference": 1490562, "same_as_year": "2020",
                        "indicator": "refugees.registered", "subject": "PAK", "period": "2021",
                        "cited_source": "UNHCR (2021a)",
                        "citation_form": "author-date with letter suffix",
                        "not_a_defect": "UNHCR (2023b) gives 1,987,717 for the end of 2023"},
}])

doc("urdu_editorial_18_lakh", """
# Editorial: Our guests, our responsibility

*Translated from the Urdu. Editorial of a Karachi daily, in the style of the Urdu press; "lakh" (also spelt "lac") is a hundred thousand.*

For more than four decades this country has opened its doors to Afghans fleeing war. Whole generations have been born in our cities and refugee villages, studied in our schools and worked in our markets. Whatever the disputes between Islamabad and Kabul, that record is something to be proud of.

Today Pakistan still hosts some 18 lakh registered Afghans, according to figures released by UNHCR for 2024, and many more who hold other documents or none. The registered refugees are not the problem, yet they too live with cards that are extended for a few months at a time, never knowing whether they will be allowed to stay.

We do not argue that the state has no right to enforce its laws. Those who entered without documents and commit crimes should face the law. But a policy that sends back families who have lived here for thirty years, and that separates children from their parents, does not make us safer. It makes us smaller.

The government should extend the cards of registered refugees for at least two years, give a clear path to those with other documents, and stop the harassment of Afghans by police looking for bribes. The international community, for its part, should share the cost, as it has long promised and rarely delivered.

A nation is judged by how it treats those who depend on it. Let us not undo in two years what we built in forty.
""", [{
    "kind": "citation",
    "quotes": ["some 18 lakh registered Afghans, according to figures released by UNHCR for 2024"],
    "explanation": "The reference UNHCR year-end figure for 2024 is 1,559,964 (15.6 lakh); 'some 18 lakh', cited to figures released by UNHCR for 2024, is 1.8 million, 15.4 percent above it. The figure is written in lakh.",
    "expected_values": {"stated": 1800000, "stated_as_written": "18 lakh", "stated_hedge": "some",
                        "reference": 1559964,
                        "indicator": "refugees.registered", "subject": "PAK", "period": "2024",
                        "cited_source": "figures released by UNHCR for 2024",
                        "citation_form": "figures released by UNHCR for YEAR"},
}])

doc("adb_brief_key_indicators_note", """
# Pakistan: Country Brief — Social Services in Refugee-Hosting Districts

*In the style of an Asian Development Bank country brief on social sector investment. Key indicators are given in the table below; sources are in the notes under it.*

**Context.** Khyber Pakhtunkhwa and Balochistan host most of Pakistan's registered Afghan refugees, many in refugee villages established in the 1980s and many more in the poorer neighbourhoods of Peshawar and Quetta. Schools and clinics in these areas serve both Pakistani and Afghan families, and they were under strain before the returns of 2023 and 2024.

**Key indicators**

| Indicator | Value |
|---|---|
| Registered Afghan refugees in Pakistan, end-2021ᵇ | 1,490,562 |
| Registered Afghan refugees in Pakistan, end-2023ᵃ | 1,743,278 |
| Share living in Khyber Pakhtunkhwa (%) | 52 |
| Share living in Balochistan (%) | 24 |

a/ UNHCR, registered Afghan refugees in Pakistan, end-2023.
b/ UNHCR, registered Afghan refugees in Pakistan, end-2021.

**Issues.** Schools in refugee villages often run two shifts, and many lack safe water and toilets. Health facilities in refugee-hosting areas report that they cannot plan for the number of patients, because the population they serve changes with every round of returns.

**Proposed support.** The brief proposes investment in schools and basic health units in the refugee-hosting districts of both provinces, designed to serve host and refugee communities alike, together with a water supply programme for the largest refugee villages. It also proposes support for district data systems, so that services can be planned on the basis of current population figures.

**Risks.** Policy on Afghans in Pakistan may change quickly, and donors may be reluctant to invest in services used by refugees. Designing investments that serve the whole community reduces both risks.
""", [{
    "kind": "citation",
    "quotes": ["| Registered Afghan refugees in Pakistan, end-2023ᵃ | 1,743,278 |",
               "a/ UNHCR, registered Afghan refugees in Pakistan, end-2023."],
    "explanation": "The key-indicators table gives 1,743,278 registered Afghan refugees for end-2023, with a footnote marker whose note cites UNHCR for end-2023; the reference value for end-2023 is 1,987,717, and 1,743,278 is the end-2022 value (12.3 percent below). Another year's exact value, cited in a table note behind a marker in the row label; both the row and the note are quoted. The end-2021 row with note b/ (1,490,562) is correct and not a defect.",
    "expected_values": {"stated": 1743278, "reference": 1987717, "same_as_year": "2022",
                        "indicator": "refugees.registered", "subject": "PAK", "period": "2023",
                        "cited_source": "UNHCR, registered Afghan refugees in Pakistan, end-2023",
                        "citation_form": "table note a/ behind a marker in the row label",
                        "not_a_defect": "b/ UNHCR, registered Afghan refugees in Pakistan, end-2021."},
}])

doc("radio_talk_show_count_2019", """
# "Sarhad Forum" — Radio Talk Show Transcript (English translation)

*Transcript in the style of a weekly current-affairs talk show on a Peshawar radio station, translated from Pashto and Urdu. Callers' names are withheld.*

HOST: Welcome back to Sarhad Forum. Before the break we were talking about how many Afghans live in Pakistan. My guest is a journalist who has covered the refugee villages for twenty years.

JOURNALIST: The first thing to say is that the number people quote depends on what they want to argue. If you want to make the problem look big, you add everyone together. If you want to look at rights, you start with the registered refugees.

HOST: And how many were registered before all this began, before 2021?

JOURNALIST: UNHCR's count at the end of 2019 was around one point six million registered refugees, and it had been more or less the same for years. Most of them were in Khyber Pakhtunkhwa, and many had been born here.

HOST: We have a caller from Haripur. Please go ahead.

CALLER: I teach in a school near the refugee village. Half of my students were Afghan. Since last year, many have stopped coming. Some went back, some are afraid. What happens to these children?

JOURNALIST: That is the question that worries me most. Children who studied in Urdu and English here now have to start again in Dari or Pashto in Afghanistan, often without documents from their Pakistani school. Many will simply drop out.

HOST: A difficult subject, and one we will come back to. Thank you to our guest and to all our callers. Next week: the traders of Landi Kotal.
""", [{
    "kind": "citation",
    "quotes": ["UNHCR's count at the end of 2019 was around one point six million registered refugees"],
    "explanation": "The reference UNHCR year-end figure for 2019 is 1,419,084 (about one point four million); 'around one point six million', attributed on air to UNHCR's count at the end of 2019, is 12.7 percent above it. The figure is spoken in words.",
    "expected_values": {"stated": 1600000, "stated_as_written": "one point six million", "stated_hedge": "around",
                        "reference": 1419084,
                        "indicator": "refugees.registered", "subject": "PAK", "period": "2019",
                        "cited_source": "UNHCR's count at the end of 2019",
                        "citation_form": "UNHCR's count at the end of YEAR (spoken)"},
}])

# =================================================================== controls

doc("adb_brief_index_control", """
# Pakistan: Country Brief — Trade with Afghanistan, Six-Year Review

*In the style of an Asian Development Bank country brief. US$ million, calendar years, Pakistan's customs data. The last column sets two-way trade in 2019 at 100.*

**Key messages.** Two-way trade with Afghanistan came to $1.42 billion in 2024, the lowest level since 2021. Exports were just under $0.9 billion and imports fell by more than a fifth. Because imports fell faster than exports, the surplus widened to $344 million from $322 million.

**Table 1. Pakistan–Afghanistan trade and index of two-way trade, 2019–2024**

| Year | Exports | Imports | Total | Balance | Index of total (2019=100) |
|---|---|---|---|---|---|
| 2019 | 1,290 | 441 | 1,731 | 849 | 100.0 |
| 2020 | 942 | 509 | 1,451 | 433 | 83.8 |
| 2021 | 828 | 552 | 1,380 | 276 | 79.7 |
| 2022 | 936 | 741 | 1,677 | 195 | 96.9 |
| 2023 | 1,012 | 690 | 1,702 | 322 | 98.3 |
| 2024 | 884 | 540 | 1,424 | 344 | 82.3 |

**Reading the table.** The index shows a trade that nearly regained its 2019 level in 2023, at 98.3, before dropping back to 82.3 in 2024. Exports in 2024 were 12.6 percent lower than in 2023, and imports 21.7 percent lower. The recovery of 2022 and 2023 rested on coal, which Pakistani cement plants bought in large quantities while seaborne coal was expensive.

**Regional context.** Afghanistan's own trade with Uzbekistan, carried by rail through Hairatan, grew over the same years, and Kazakh flour now competes with Pakistani flour in Afghan markets. For Pakistan, the $1.42 billion of 2024 is a reminder that proximity alone does not secure a market.

**Priorities.** The brief recommends predictable border operations, electronic exchange of customs data between the two administrations, and trade finance for small exporters in the border provinces.
""", control_type="control")

T = pdf_table([
    ["US$ million", "FY2023", "FY2024", "FY2025", "Change (%)"],
    ["Exports to Afghanistan", "991", "956", "893", "-6.6"],
    ["Imports from Afghanistan", "738", "620", "498", "-19.7"],
    ["Total", "1,729", "1,576", "1,391", "-11.7"],
    ["Balance", "253", "336", "395", "17.6"],
])
doc("customs_bulletin_fy_table_control", """
# Customs Monthly Bulletin — July 2025

## Section 4: Trade with Afghanistan, Three Fiscal Years

*Section of a monthly bulletin in the style of a customs administration. US$ million, from goods declarations at the western land stations and the seaports. Fiscal years run from July to June; FY2025 is July 2024–June 2025. Afghan transit cargo is excluded.*

**4.1 Summary.** Exports to Afghanistan came to US$ 893 million in FY2025, down 6.6 per cent from US$ 956 million in the twelve months to June 2024. Imports from Afghanistan showed a decline of almost one-fifth, to US$ 498 million from US$ 620 million. The surplus therefore widened to US$ 395 million.

Table 4.1. Trade with Afghanistan, FY2023–FY2025

{T}

**4.2 Exports.** At US$ 893 million, exports were just under $0.9 billion for the first time in the three years shown. Rice and pharmaceutical products held up, while wheat flour and cement declined.

**4.3 Imports.** The fall in imports was concentrated in coal. Liquefied petroleum gas trucked from Turkmenistan through Afghanistan is recorded as an import from Turkmenistan and is not included in the table, although it enters through Torkham.

**4.4 Two-way trade.** Two-way trade fell for the second year running, to US$ 1,391 million, down 11.7 per cent.

**4.5 Revisions.** Figures for FY2025 are provisional and will be finalised with the annual accounts.
""".replace("{T}", "\n".join(T)), control_type="control")

T = pdf_table([
    ["Quarter", "FY2024", "FY2025", "Change (%)"],
    ["Jul-Sep", "14,100", "8,300", "-41.1"],
    ["Oct-Dec", "13,600", "7,400", "-45.6"],
    ["Jan-Mar", "12,500", "7,400", "-40.8"],
    ["Apr-Jun", "11,800", "8,100", "-31.4"],
    ["Total", "52,000", "31,200", "-40.0"],
])
doc("shipping_note_slid_40pc_control", """
# Market Note: Afghan Transit via Karachi — The Year in Boxes

*Client note in the style of a container shipping line's market intelligence desk. Boxes of all sizes discharged at Karachi and Port Qasim for Afghan transit; fiscal years run from July to June.*

**Headline.** Afghan transit volumes slid by 40pc in FY2025, to 31,200 boxes from 52,000 in FY2024. Every quarter was weaker than a year earlier.

**Boxes by quarter of the fiscal year**

{T}

**The shape of the year.** The fall was steepest in Oct-Dec, when volumes were down 45.6 per cent, and mildest in Apr-Jun, the only quarter in which the decline was less than a third. The last quarter was also the first since the start of FY2024 in which volumes rose from the quarter before, from 7,400 to 8,100.

**Congestion.** The backlog of transit boxes waiting at Karachi eased from 4,800 at end-Q4 2023 to 2,900 at end-Q2 2024, and to 1,700 at end-Q2 2025. Fewer arrivals, rather than faster handling, explain most of the improvement.

**Routing.** Transit cargo for Uzbekistan and Tajikistan through Afghanistan still uses Karachi, but Afghan consignees continue to route part of their own cargo through Bandar Abbas in Iran, where the rules on barred goods do not apply.

**Outlook.** We expect FY2026 volumes to stay close to FY2025 levels if the list of barred goods is unchanged and the crossings remain open.

*This note is for clients' information only.*
""".replace("{T}", "\n".join(T)), control_type="control")

doc("radio_talk_show_consistent_control", """
# "Sarhad Forum" — Radio Talk Show Transcript (English translation)

*Transcript in the style of a weekly current-affairs talk show on a Peshawar radio station, translated from Pashto and Urdu. Callers' names are withheld.*

HOST: Good evening. Tonight on Sarhad Forum, the border: security, trade and the people who cross it. With me are a retired police officer and a trader from Landi Kotal.

OFFICER: Let me start with security, because that is why the gate keeps closing. Attacks from across the border have risen year after year. There were nearly three times as many attacks in 2024 as in 2021, 212 against 73. Every one of those attacks puts pressure on the government to do something, and closing Torkham is the easiest thing to do.

TRADER: And the easiest thing is not the right thing. Torkham was closed to cargo for forty-six days last year. Forty-six days in which we could not send a single lorry, and the fruit went bad.

HOST: What about the Afghans who have left? How many are we talking about?

OFFICER: Between September 2023 and June 2024, more than nine hundred thousand went back. The register of card holders also came down, from almost two million at the end of 2023 to about one point five six million at the end of 2024, because many card holders left with their relatives.

HOST: A caller from Jamrud. Please go ahead.

CALLER: My question is for the trader. Is it true that the Afghans now buy from Iran instead of from us?

TRADER: Partly. Iran's trade with Afghanistan through Islam Qala has grown, and Afghan buyers get fuel and some foodstuffs there now. But for flour, medicines and rice they still prefer our goods, if only the gate stays open.

HOST: Thank you both. We will continue after the news.
""", control_type="control")

doc("three_w_dashboard_h1_2025_control", """
# Returnee Response — 3W Dashboard (Who does What, Where), Eastern and Southern Regions, Jan–Jun 2025

*In the style of a humanitarian 3W dashboard kept by a coordination hub. Partners report each month; figures cover returnees from Pakistan only and are rounded to the nearest thousand.*

**Headline figures**

- Returns from Pakistan, Jan–Jun 2025: 3.2 lac (320,000)
- ▲ Returns up 27.0 per cent in Q2 on Q1
- ▼ Partners reporting: 61, down from 69 in 2024

**Returns by crossing**

| Crossing | Q1 2025 | Q2 2025 | Change (%) |
|---|---|---|---|
| Torkham | 86,000 | 110,000 | 27.9 |
| Spin Boldak | 48,000 | 61,000 | 27.1 |
| Other crossings | 7,000 | 8,000 | 14.3 |
| Total | 141,000 | 179,000 | 27.0 |

**Reading the dashboard.** Returns picked up in the second quarter, when the second phase of the repatriation plan began, and the 320,000 returns of the half-year were more than the 278,000 recorded in the whole second half of 2024. Torkham remained the main crossing, handling 196,000 of the 320,000 returns.

**Who does what.** Fewer partners reported than in 2024, mainly because two large organisations lost funding. Cash, transport and health screening are provided at both main crossings; shelter and livelihoods support is concentrated in Nangarhar and Kandahar.

**Other flows.** Returns from Iran, which continued at a high level, are covered by a separate 3W for the western region and are not included here.

**Data notes.** Figures for June are provisional. A person assisted by two partners is counted once.
""", control_type="control")

doc("pledging_summary_subtotals_control", """
# Pledging Conference on Afghan Returnees and Host Communities — Pledge Tracker

*Tracker in the style of a donor pledging conference secretariat, first edition, 2025. US$ million.*

**Overview.** Participants pledged USD 200 million in total. Four governments and the European Union together pledged USD 160 million, or 80 per cent, and the Asian Development Bank and other donors USD 40 million.

**Table 1. Pledges by donor**

| Donor | Pledge (US$ mn) | Share (%) |
|---|---|---|
| European Union | 64 | 32.0 |
| United Kingdom | 38 | 19.0 |
| Germany | 31 | 15.5 |
| Japan | 27 | 13.5 |
| Sub-total, EU and governments | 160 | 80.0 |
| Asian Development Bank | 22 | 11.0 |
| Other donors | 18 | 9.0 |
| Sub-total, multilateral and other | 40 | 20.0 |
| Total | 200 | 100.0 |

**By destination.** USD 84 million is for host communities in Pakistan and USD 116 million for reintegration in Afghanistan, so reintegration pledges are almost 1.4 times those for host communities.

**Why the pledges matter.** Funding for the returnee response has fallen short. Coverage shed 12 percentage points, from 57 per cent in 2023 to 45 per cent in 2024, while the number of returnees grew. The secretariat will report disbursements against each pledge every six months.

**Other participants.** Qatar, which hosted a preparatory meeting, and Türkiye announced in-kind support for reception centres, which is not valued in the table. The United States took part as an observer.

**Next steps.** The secretariat will publish the second edition of the tracker in six months, with disbursements by donor and by destination.
""", control_type="control")

# ----------------------------------------------------------- citation controls

doc("balochistan_budget_speech_cited_control", """
# Budget Speech 2025-26 — Government of Balochistan (extract on refugee-hosting districts)

*Extract from a provincial finance minister's budget speech, in the style of speeches delivered in the Provincial Assembly of Balochistan. Amounts as announced.*

Honourable Speaker,

I turn now to the districts of our province that have hosted Afghan refugees for more than four decades: Quetta, Pishin, Qila Abdullah, Chaghi and Loralai, among others.

Balochistan hosts about 3.74 lakh of the 15.6 lac registered Afghans in Pakistan (UNHCR, as at 31 December 2024), the second-largest number after Khyber Pakhtunkhwa. A year earlier the national figure was higher: figures released by UNHCR for 2023 put it at 1,987,717, and it fell in 2024 as card holders left with their relatives.

Honourable Speaker, the fall in numbers has not reduced the pressure on our schools, clinics and water supplies in these districts, which were stretched long before the returns began. I propose Rs 2.1 billion for a programme to upgrade schools and basic health units in refugee-hosting union councils, to serve host and refugee families alike.

I also propose Rs 700 million for water supply schemes in the refugee villages of Pishin and Qila Abdullah, where groundwater has fallen sharply.

Honourable Speaker, we will ask the federal government and our development partners to share these costs. Hosting refugees is a national responsibility, and Balochistan has carried more than its share.

I commend these proposals to the House.
""", control_type="citation_control")

doc("prs_note_global_trends_control", """
# Parliamentary Research Service — Research Note 15/2025: The Refugee Register, 2021–2024

*Prepared for members of the National Assembly, in the style of a parliamentary research service. Sources are given in parentheses; the note does not express the views of any committee or member.*

## Summary

- The register grew by about a third between 2021 and 2023 and fell in 2024.
- The fall in 2024 reflects departures of card holders, not a change in the rules of registration.

## 1. The figures

The register held 1,490,562 Afghans at the end of 2021 (UNHCR Global Trends 2021). It rose to 1.99 million at the end of 2023 (UNHCR Global Trends 2023), as children of card holders were added and relatives were verified. It then fell by 21.5 per cent during 2024, to 1,559,964 (UNHCR Global Trends 2024).

## 2. Where card holders live

About 52 per cent of card holders live in Khyber Pakhtunkhwa and 24 per cent in Balochistan, with the rest in Punjab, Sindh, Islamabad and Azad Jammu and Kashmir. Many live in refugee villages established in the 1980s; others live in cities.

## 3. The policy context

Card holders are excluded from the plan to repatriate undocumented foreigners, but many left in 2024 alongside undocumented relatives, and some cards lapsed while extensions were awaited. The federal government has extended the cards several times, for periods of a few months to a year.

## 4. Issues for members

- Whether cards should be extended for longer periods.
- Whether the register should be published by district each year.
- How provinces that host most card holders can be compensated through fiscal transfers.
""", control_type="citation_control")

doc("working_paper_province_table_control", """
# Working Paper No. 38: Where Registered Afghans Live, and What It Costs the Provinces

*University working paper, in the style of a department of public policy in Islamabad. Author-date references; draft for discussion.*

## 1. Introduction

Pakistan's registered Afghan refugees are not spread evenly. UNHCR (2024a) gives 1,559,964 registered Afghans at the end of 2024, against 1,438,432 at the end of 2020 according to UNHCR (2020a). This paper asks how the burden of hosting them falls on the provinces.

## 2. Distribution

Table 1. Registered Afghans by province, end-2024

| Province | Registered (thousands) | Share (%) | Per 1,000 residents |
|---|---|---|---|
| Khyber Pakhtunkhwa | 811.2 | 52.0 | 19.9 |
| Balochistan | 374.4 | 24.0 | 25.1 |
| Punjab | 218.4 | 14.0 | 1.7 |
| Sindh | 78.0 | 5.0 | 1.4 |
| Islamabad | 46.8 | 3.0 | 19.8 |
| Azad Jammu and Kashmir | 31.2 | 2.0 | 7.7 |
| Total | 1,560.0 | 100.0 | 6.4 |

Provincial counts are rounded to the nearest hundred; populations are from the 2023 census, with an estimate for Azad Jammu and Kashmir.

## 3. Findings

Khyber Pakhtunkhwa hosts the largest number, but Balochistan carries the heaviest load relative to its population, with 25.1 registered Afghans per 1,000 residents. Punjab and Sindh host substantial numbers in absolute terms but very few relative to their populations.

## 4. The security context

Provincial governments also point to security costs. Cross-border attacks more than doubled, from 73 in 2021 to 158 in 2023, and rose again in 2024. We find no link between the number of registered refugees in a district and the number of attacks there.

## References

UNHCR (2020a). Pakistan: registered Afghan refugees, end of year.
UNHCR (2024a). Pakistan: registered Afghan refugees, end of year.
""", control_type="citation_control")
