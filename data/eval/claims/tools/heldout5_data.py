# Fifth held-out set of synthetic documents ("heldout5").  Written from
# scratch after heldout4/, by a labeller who had not opened dyad's
# implementation or history and had not seen any of its results.
# Every entry: name (topic slug, numbered later by build_heldout5.py), text,
# labels (list of defect dicts), control_type for controls.
# The texts imitate authors not used before (a multilateral bank's country
# economic update, crisis-group briefings with endnotes, Pakistani newspaper
# reports, Afghan news-agency reports, a customs year book, IOM-style
# displacement tracking bulletins, a university thesis, National Assembly and
# Senate question-hour answers, chamber press statements, a donor proposal's
# problem statement, a radio news script, a counter-terrorism annual review,
# a fact-check) mixed with registers of the earlier sets (central bank-style
# note, op-ed, NGO field summary, podcast, wire story, Senate brief).
# PDF-extracted tables are laid out by pdf_table(), as in heldout4_data.py.
#
# Invented figures shared with earlier sets (see heldout3_data.py and
# heldout4_data.py): annual trade series; exports by crossing 2023 (566, 324,
# 92, 30) and 2024 (486, 283, 88, 27); half-year exports (H1 2023 495,
# H2 2023 517, H1 2024 439, H2 2024 445); customs duty at Torkham (Rs bn
# FY22 31.4, FY23 35.8, FY24 29.6); returns (Sep-Dec 2023 541,000;
# Jan-Jun 2024 398,000; Jul-Dec 2024 278,000; 2024 676,000); attacks (73,
# 112, 158, 212 for 2021-2024); closure days 2024 by half-year (Torkham
# 28/18, Chaman 19/12, Ghulam Khan 9/13, Angoor Adda 8/9; 64/52/116);
# Torkham's share of exports (55.9 % in 2023, 55.0 % in 2024).
#
# New invented figures, consistent with the above:
#   Returns from Pakistan in 2024 by crossing point: Torkham 412,000,
#     Spin Boldak-Chaman 231,000, other crossings 33,000 (= 676,000;
#     shares 60.9 / 34.2 / 4.9 %).
#   Returns from Pakistan in 2024 by quarter: Q1 211,000, Q2 187,000
#     (= 398,000), Q3 149,000, Q4 129,000 (= 278,000); shares of the year
#     31.2 / 27.7 / 22.0 / 19.1 %.
#   Duty collected at the Afghan border stations, Rs bn (FY2021-22,
#     FY2022-23, FY2023-24): Torkham 31.4, 35.8, 29.6; Chaman 8.2, 9.1, 6.9;
#     Ghulam Khan 1.6, 1.9, 1.5; total 41.2, 46.8, 38.0.
#   Profile of 2024 returnees (controls only sum to 100): children 52 %,
#     women 25 %, men 23 %.

HELDOUT5 = []


def doc(name, text, labels=(), control_type=None):
    HELDOUT5.append({"name": name, "text": text.strip() + "\n", "labels": list(labels),
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

doc("wb_style_update_exports_to_pakistan", """
# Afghanistan Economic Update, Spring 2025 — Chapter 2: The External Sector

*Excerpt. Prepared by staff in the style of a multilateral bank's country economic update. Because Afghan customs data remain incomplete, Pakistan's customs records are used as mirror statistics.*

**Key messages.** Afghanistan's trade with its eastern neighbour contracted sharply in 2024. Afghanistan's exports to Pakistan, made up mostly of coal, fresh fruit and dried fruit, came to US$0.64 billion in 2023 before falling again in 2024, when Pakistan raised the duty on Afghan coal. Imports from Pakistan, led by wheat flour, rice, medicines and cement, declined by a smaller proportion.

Table 2.1. Afghanistan's merchandise trade with Pakistan (US$ million, mirror data)

| US$ million | 2022 | 2023 | 2024 | Change 2024 |
|---|---|---|---|---|
| Exports to Pakistan | 741 | 690 | 540 | −150 |
| Imports from Pakistan | 936 | 1,012 | 884 | −128 |
| Trade balance | −195 | −322 | −344 | −22 |

**Drivers.** The coal price advantage that made Afghan coal attractive to Pakistani cement plants in 2022 has largely disappeared. Repeated stoppages at Torkham and Chaman added to costs, and the passport-and-visa requirement at Chaman curtailed small-scale trade by residents of the border districts.

**Diversification.** Trade with Central Asia and Iran has grown as a share of the total, helped by the rail link to Hairatan and by Iranian ports. This reduces Afghanistan's dependence on a single route but raises transport costs for the populous eastern provinces.

**Outlook.** Staff expect trade with Pakistan to stabilise at a lower level in 2025 unless the duty on coal is reduced or the crossings become more predictable.
""", [{
    "kind": "text_vs_table",
    "quotes": ["Afghanistan's exports to Pakistan, made up mostly of coal, fresh fruit and dried fruit, came to US$0.64 billion in 2023",
               "| Exports to Pakistan | 741 | 690 | 540 | −150 |"],
    "explanation": "The key messages put Afghanistan's exports to Pakistan in 2023 at US$0.64 billion (640 US$ million); Table 2.1 (years as columns, mirror data) gives 690 for 2023. The table's change column (−150 = 540 − 690) and its balance row (690 − 1,012 = −322) agree with 690, not with 640.",
    "expected_values": {"text_value": 640, "text_as_written": "US$0.64 billion", "table_value": 690,
                        "unit": "USD million", "subject": "AFG→PAK exports (Pakistan's imports)",
                        "period": "2023"},
}])

T = pdf_table([
    ["Collectorate", "FY2021-22", "FY2022-23", "FY2023-24"],
    ["Torkham", "31.4", "35.8", "29.6"],
    ["Chaman", "8.2", "9.1", "6.9"],
    ["Ghulam Khan", "1.6", "1.9", "1.5"],
    ["Total", "41.2", "46.8", "38.0"],
])
doc("customs_yearbook_duty_by_collectorate", """
# Pakistan Customs Year Book 2023-24 — Chapter 7: Land Customs Stations on the Western Border

**7.1 Coverage.** This chapter reports duties and taxes collected at the land customs stations on the border with Afghanistan. Receipts include customs duty, sales tax at import stage, withholding income tax and regulatory duty, but exclude the processing fee on Afghan transit cargo, which is reported in Chapter 9.

**7.2 Overview.** Collections at the western border stations rose in FY2022-23, when imports of Afghan coal were at their peak, and fell back in FY2023-24. Torkham alone accounted for Rs 38.5 billion in FY2022-23, more than three-quarters of the total for the western border. The decline in FY2023-24 was spread across all three collectorates.

**Table 7.3 Duties and taxes collected, Afghan border stations (Rs billion)**

{T}

Note: Figures for FY2023-24 are provisional. Angoor Adda is administered by the Ghulam Khan collectorate.

**7.4 Explanatory notes.** The fall in FY2023-24 reflects lower coal volumes after the revision of the applicable duty, the closure of the crossings for extended periods, and lower import values for fresh fruit. Collections at Chaman were also affected by the sit-in against the documentation regime.

**7.5 Revisions.** Figures for earlier years have been revised to include regulatory duty collected on the basis of post-clearance audit.
""".replace("{T}", "\n".join(T)), [{
    "kind": "text_vs_table",
    "quotes": ["Torkham alone accounted for Rs 38.5 billion in FY2022-23", T[1]],
    "explanation": "The overview puts collections at Torkham in FY2022-23 at Rs 38.5 billion; the PDF-extracted Table 7.3 (fiscal years as columns) gives 35.8 for Torkham in FY2022-23, and the table's total for that year (46.8 = 35.8 + 9.1 + 1.9) agrees with 35.8. Rupee amounts are never converted.",
    "expected_values": {"text_value": 38.5, "table_value": 35.8, "unit": "PKR billion",
                        "subject": "duties and taxes collected at Torkham", "period": "FY2022-23",
                        "table_form": "pdf_extracted"},
}])

doc("iom_style_dtm_returns_by_crossing", """
# Displacement Tracking — Flow Monitoring of Returns from Pakistan: 2024 Annual Summary

*In the style of an IOM Displacement Tracking Matrix bulletin. Data are collected by enumerators at flow monitoring points on the Afghan side of the border and are indicative.*

## Highlights

In 2024, flow monitoring teams recorded 676,000 Afghans returning from Pakistan, well below the pace of late 2023. Torkham remained the main entry point. In the south, some 190,000 returnees were recorded at Spin Boldak over the year, most of them families from Karachi, Quetta and the towns of Balochistan.

## Returns by border crossing point

| Border crossing point | Returnees 2024 | Share (%) |
|---|---|---|
| Torkham | 412,000 | 60.9 |
| Spin Boldak–Chaman | 231,000 | 34.2 |
| Other crossings | 33,000 | 4.9 |
| Total | 676,000 | 100.0 |

## Profile of returnees

Enumerators interviewed a sample of households at each point. More than half of returnees were children, and a growing share of households were headed by women. Most households reported that they had lived in Pakistan for more than ten years; many had never lived in Afghanistan.

## Intentions

Most households intended to settle in Nangarhar, Kabul or Kandahar. Common needs reported on arrival were cash, shelter, and documents for children born in Pakistan.

## Methodology note

Counts at flow monitoring points are rounded to the nearest thousand. Crossings at unofficial points are not captured.
""", [{
    "kind": "text_vs_table",
    "quotes": ["some 190,000 returnees were recorded at Spin Boldak over the year",
               "| Spin Boldak–Chaman | 231,000 | 34.2 |"],
    "explanation": "The highlights put returns through Spin Boldak in 2024 at 'some 190,000'; the table gives 231,000 for Spin Boldak–Chaman, and its rows add up to the 2024 total (412,000 + 231,000 + 33,000 = 676,000) and its share column (34.2 % of 676,000) matches 231,000. The hedge cannot cover a gap of 41,000.",
    "expected_values": {"text_value": 190000, "text_hedge": "some", "table_value": 231000,
                        "unit": "people", "subject": "returns from Pakistan through Spin Boldak–Chaman",
                        "period": "2024"},
}])

doc("tribune_style_headline_exports", """
# Exports to Afghanistan slide to $864m as closures bite

*Our Staff Reporter*

PESHAWAR: Pakistan's exports to Afghanistan fell to $884 million in calendar year 2024 from $1.01 billion a year earlier, according to customs data, as repeated closures of the Torkham and Chaman crossings and curbs on wheat flour shipments cut into sales.

Imports from the neighbouring country dropped more steeply, to $540 million, mainly because Pakistani cement makers bought less Afghan coal after the duty on it was raised. The bilateral surplus nonetheless edged up to $344 million.

Traders at the Sarhad chamber said the official numbers understated the damage because they did not capture informal cross-border business, which had suffered even more from the new passport-and-visa requirement.

"Our Afghan buyers now place orders in Tashkent and Mashhad," said a Peshawar rice exporter who asked not to be named. "Once they have found new suppliers, they do not come back."

An official of the commerce ministry said talks with the Afghan side on keeping cargo lanes open during security incidents were continuing, and that a joint chamber meeting was expected in Kabul next month. He declined to give a date.

Exporters also complained about delays in the payment of sales tax refunds on goods shipped across the land border, which they said tied up working capital for months.
""", [{
    "kind": "text_vs_table",
    "quotes": ["Exports to Afghanistan slide to $864m", "Pakistan's exports to Afghanistan fell to $884 million in calendar year 2024"],
    "explanation": "The headline gives Pakistan's 2024 exports to Afghanistan as $864m; the first paragraph of the same report gives $884 million for calendar year 2024. Same quantity, same year, two values in two parts of the text (no table).",
    "expected_values": {"headline_value": 864, "text_value": 884, "unit": "USD million",
                        "headline_as_written": "$864m", "subject": "PAK→AFG exports", "period": "2024"},
}])

T = pdf_table([
    ["Year", "Exports", "Imports", "Total", "Balance"],
    ["2019", "1,290", "441", "1,731", "849"],
    ["2020", "942", "509", "1,451", "433"],
    ["2021", "828", "552", "1,380", "276"],
    ["2022", "936", "741", "1,677", "195"],
    ["2023", "1,012", "690", "1,702", "322"],
    ["2024", "884", "540", "1,424", "344"],
])
doc("thesis_chapter_trade_trends", """
# Chapter 4: Trends in Pakistan–Afghanistan Trade, 2019–2024

*From an MPhil thesis submitted to the Department of Economics of a public university in Peshawar.*

**4.1 Introduction.** This chapter describes the evolution of recorded goods trade between Pakistan and Afghanistan over six calendar years, before the econometric analysis of Chapter 5. All values are in millions of US dollars and come from Pakistan's customs records.

**Table 4.1: Pakistan's trade with Afghanistan (US$ million)**

{T}

Source: Pakistan Customs; compiled by the author.

**4.2 Exports.** Pakistan's exports fell sharply in 2020, when the pandemic closed the crossings for weeks, and declined again in 2021, the year of the change of government in Kabul. They recovered in 2022 and 2023 before falling back in 2024.

**4.3 Imports.** Imports followed a different path. From their low point in 2019 they rose in every year to 2022, and imports from Afghanistan reached USD 0.59 billion in 2021, the year in which the Afghan banking system froze. The coal boom of 2022 lifted them further, after which they declined.

**4.4 The balance.** Pakistan recorded a surplus in every year of the period, but the surplus narrowed from 2019 to 2022 as imports grew and exports stagnated. It widened again in 2023 and 2024.

**4.5 Summary.** The series shows that trade did not collapse after August 2021, contrary to expectations at the time, but that it remains highly volatile. Chapter 5 asks how much of that volatility is explained by closures of the crossings.
""".replace("{T}", "\n".join(T)), [{
    "kind": "text_vs_table",
    "quotes": ["imports from Afghanistan reached USD 0.59 billion in 2021", T[3]],
    "explanation": "Section 4.3 puts imports from Afghanistan in 2021 at USD 0.59 billion (590 US$ million); the PDF-extracted Table 4.1 (years as rows) gives 552 for 2021, and the row's total (1,380 = 828 + 552) and balance (276 = 828 − 552) agree with 552.",
    "expected_values": {"text_value": 590, "text_as_written": "USD 0.59 billion", "table_value": 552,
                        "unit": "USD million", "subject": "AFG→PAK exports (Pakistan's imports)",
                        "period": "2021", "table_form": "pdf_extracted"},
}])

doc("na_question_hour_closure_days", """
# National Assembly of Pakistan — Questions for Oral Answers and their Replies

## Starred Question No. 118

**Member from Khyber:** Will the Minister for Interior be pleased to state:

1. the number of days on which each crossing on the Pak-Afghan border was closed to cargo during calendar year 2024; and
2. the steps taken to keep trade moving during security incidents?

**Minister for Interior (reply):**

1. Closures were ordered on the advice of the security agencies following exchanges of fire, attacks on checkposts or unauthorised construction near the border. The Angoor Adda crossing in South Waziristan remained closed to cargo for 14 days in 2024. Details for all crossings are placed at Annex-A.
2. A separate lane for perishable goods has been designated at Torkham, and flag meetings are now held within twenty-four hours of an incident. Cargo already cleared by customs is allowed to proceed where the security situation permits.

**Annex-A: Days closed to cargo, 2024**

| Crossing | Jan–Jun 2024 | Jul–Dec 2024 | Total |
|---|---|---|---|
| Torkham | 28 | 18 | 46 |
| Chaman | 19 | 12 | 31 |
| Ghulam Khan | 9 | 13 | 22 |
| Angoor Adda | 8 | 9 | 17 |
| Total | 64 | 52 | 116 |

**Supplementary question.** The member asked whether traders were compensated for perishable goods lost during closures. The Parliamentary Secretary replied that no compensation scheme exists, but that the matter has been referred to the Ministry of Commerce.
""", [{
    "kind": "text_vs_table",
    "quotes": ["The Angoor Adda crossing in South Waziristan remained closed to cargo for 14 days in 2024",
               "| Angoor Adda | 8 | 9 | 17 |"],
    "explanation": "The Minister's reply says Angoor Adda was closed to cargo for 14 days in 2024; Annex-A to the same reply gives 17 days (8 in the first half, 9 in the second), and the annex's totals (116 = 46 + 31 + 22 + 17) agree with 17.",
    "expected_values": {"text_value": 14, "table_value": 17, "unit": "days",
                        "subject": "days Angoor Adda was closed to cargo", "period": "2024"},
}])

# =================================================================== arithmetic

doc("chamber_press_statement_surplus", """
# Sarhad Chamber of Commerce and Industry — Press Statement

**Peshawar, 14 January 2025**

The President of the Sarhad Chamber of Commerce and Industry has urged the federal government to treat trade with Afghanistan as a matter of economic security rather than of foreign policy alone, and to stop closing the cargo lanes at Torkham whenever there is a dispute at the border.

Addressing members at the chamber's monthly meeting, he said that in 2024 exporters shipped goods worth $884 million to Afghanistan and imports from Afghanistan stood at $540 million, leaving Pakistan with a trade surplus of $364 million. "This is one of the few markets where Pakistan earns more than it spends," he said. "We cannot afford to lose it to Iran and Central Asia."

He said that members exporting rice, flour, medicines, cement and fresh produce had lost orders every time the crossing was shut, and that some Afghan importers had already moved their business to suppliers in Uzbekistan and Kazakhstan.

The chamber demanded:

- a standing arrangement with the Afghan authorities under which cargo lanes stay open during security incidents;
- a dedicated lane and cold storage for perishable goods at Torkham;
- the early settlement of sales tax refunds owed to exporters; and
- a banking channel for rupee payments with Afghan banks.

The President said the chamber would send a delegation to Kabul next month to meet the Afghan Chamber of Commerce and Investment and discuss joint proposals to both governments.

Senior Vice President and members of the executive committee were also present.
""", [{
    "kind": "arithmetic",
    "quotes": ["exporters shipped goods worth $884 million to Afghanistan and imports from Afghanistan stood at $540 million, leaving Pakistan with a trade surplus of $364 million"],
    "explanation": "Exports of $884 million less imports of $540 million give a surplus of $344 million, not $364 million. All three figures are in the same sentence.",
    "expected_values": {"exports": 884, "imports": 540, "stated_balance": 364,
                        "computed_balance": 344, "unit": "USD million", "period": "2024"},
}])

T = pdf_table([
    ["Year", "Torkham", "Chaman", "Ghulam Khan", "Angoor Adda", "Total"],
    ["2023", "566", "324", "92", "30", "1,012"],
    ["2024", "486", "283", "88", "27", "894"],
])
doc("customs_yearbook_exports_by_station", """
# Pakistan Customs Year Book 2024 — Section 8.2: Exports to Afghanistan by Land Customs Station

**8.2.1 Scope.** This section reports the value of goods declared for export to Afghanistan at each land customs station, by calendar year. Afghan transit cargo, which is declared at Karachi and Port Qasim and exits through the same stations, is excluded. Exports by air are negligible and are not shown.

**Table 8.4 Exports to Afghanistan by station (US$ million)**

{T}

Source: Customs computerised clearance system (WeBOC); data extracted in March 2025.

**8.2.2 Commentary.** Torkham handled more than half of declared exports in both years. The decline between 2023 and 2024 was largest at Torkham in absolute terms and was associated with the closures of the crossing during the year. Chaman was affected by the documentation regime introduced for persons crossing the border, which curtailed small consignments carried by residents of the border districts.

**8.2.3 Commodity notes.** Rice, wheat flour, pharmaceuticals and cement made up the bulk of declared exports at every station. Fresh fruit and vegetables were exported mainly through Torkham and Chaman.

**8.2.4 Data quality.** Declared values are based on invoices and may understate actual transaction values. Informal trade across the border is not captured.
""".replace("{T}", "\n".join(T)), [{
    "kind": "arithmetic",
    "quotes": [T[2]],
    "explanation": "In the PDF-extracted Table 8.4 (years as rows, stations as columns), the 2024 total is given as 894, but the four stations add up to 884 (486 + 283 + 88 + 27). The 2023 row adds up (1,012).",
    "expected_values": {"parts": {"Torkham": 486, "Chaman": 283, "Ghulam Khan": 88, "Angoor Adda": 27},
                        "sum_of_parts": 884, "stated_total": 894, "difference": 10,
                        "unit": "USD million", "period": "2024", "table_form": "pdf_extracted"},
}])

doc("donor_proposal_returnee_profile", """
# Proposal: Cash and Protection Assistance for Returnees in Nangarhar — Section 2, Problem Statement

*Submitted to a humanitarian pooled fund by a consortium of national and international NGOs.*

**2.1 The scale of returns.** Since the federal government of Pakistan announced its plan to remove undocumented foreigners in October 2023, large numbers of Afghans have returned, most through Torkham into Nangarhar. In 2024 alone, 676,000 people returned from Pakistan, after 541,000 in the last months of 2023.

**2.2 Who is returning.** Of those who returned from Pakistan in 2024, children made up 52 per cent, women 27 per cent and men 24 per cent, according to household interviews at the border. Many families arrive without an adult male, because the main earner was detained or stayed behind to sell the household's belongings.

**2.3 Needs.** Returnee households arrive with few assets. Rents in Jalalabad have risen sharply, and many families share a single room with relatives. Children born in Pakistan often lack Afghan identity documents, which blocks school enrolment and access to health services.

**2.4 Gaps.** Assistance at the border covers food, water and transport for the first days. After that, most families receive nothing. Winterisation support in 2024 reached fewer than half of the households assessed as in need.

**2.5 Why this consortium.** Consortium members have worked in Nangarhar for more than a decade, have community protection committees in all the districts targeted, and already operate a referral system with health and education providers.
""", [{
    "kind": "arithmetic",
    "quotes": ["children made up 52 per cent, women 27 per cent and men 24 per cent"],
    "explanation": "The shares of the 2024 returnee population by group (children, women, men) add up to 103 percent (52 + 27 + 24). The three groups are exhaustive, so they should sum to 100.",
    "expected_values": {"shares_pct": {"children": 52, "women": 27, "men": 24},
                        "sum_pct": 103, "period": "2024"},
}])

doc("pajhwok_style_exports_to_pakistan", """
# Afghan exports to Pakistan drop as coal duty, border closures bite

KABUL: Afghanistan's exports to Pakistan decreased from $690 million in 2023 to $540 million in 2024, a drop of nearly a third, officials of the Ministry of Industry and Commerce said on Sunday.

Speaking at a press conference in Kabul, the ministry's spokesman said the main reason was the higher duty Pakistan imposed on Afghan coal, which had been the largest single export item to the neighbouring country. Repeated closures of the Torkham and Spin Boldak gates had also caused heavy losses to fruit traders, he said.

"Our traders lose millions of afghanis every time the gate is closed," he said, adding that the Islamic Emirate wanted trade to be kept separate from political and security issues.

He said Afghan traders were finding new markets in Central Asia, China and India, and that exports through the Hairatan and Aqina ports in the north had increased during the solar year 1403.

Members of the Afghanistan Chamber of Commerce and Investment said that, apart from coal, exports of grapes, pomegranates and pine nuts to Pakistan had also suffered because lorries carrying perishable goods were stuck at the border for days.

A fruit trader in Jalalabad, Haji Noor Agha, told this agency that he had lost three lorry-loads of pomegranates in October when the Torkham gate remained closed for a week. "Nobody paid us anything," he said.

The ministry urged Pakistan to implement the transit and trade agreements between the two countries and to give advance notice of any closures.
""", [{
    "kind": "arithmetic",
    "quotes": ["decreased from $690 million in 2023 to $540 million in 2024, a drop of nearly a third"],
    "explanation": "A fall from $690 million to $540 million is a drop of 21.7 percent, a little over a fifth, not 'nearly a third' (about 33 percent). The change is written as a fraction in words.",
    "expected_values": {"from": 690, "from_period": "2023", "to": 540, "to_period": "2024",
                        "stated_change_pct": -33.3, "stated_as_written": "a drop of nearly a third",
                        "computed_change_pct": -21.74, "unit": "percent"},
}])

doc("ctd_style_annual_review_attacks", """
# Counter-Terrorism Department, Khyber Pakhtunkhwa — Annual Security Review 2024 (Extract)

## Section 3: Cross-border attacks

**3.1 Definition.** For the purposes of this review, a cross-border attack is an attack on security forces, civilians or infrastructure in Pakistan that was launched from, or whose perpetrators withdrew to, Afghan territory, as established by the investigating agencies. Figures are those compiled by the federal interior ministry for the whole of Pakistan.

**Table 3.1 Cross-border attacks, 2021–2024**

| Year | Attacks | Growth (%) |
|---|---|---|
| 2021 | 73 | — |
| 2022 | 112 | 53.4 |
| 2023 | 158 | 29.1 |
| 2024 | 212 | 34.2 |

**3.2 Trend.** Attacks have risen in every year since 2021, and their number nearly tripled over the period. The largest year-on-year increase in relative terms occurred in 2022, the first full year after the change of government in Kabul.

**3.3 Pattern.** Most attacks in 2024 targeted checkposts and convoys in North and South Waziristan, Bajaur and Khyber. The proportion of attacks involving small groups of fighters crossing for a single night increased, while large assaults on fortified posts became less frequent.

**3.4 Response.** The department has expanded its intelligence-based operations in the merged districts and established joint cells with the Frontier Corps at the main crossings. Closures of the crossings after attacks remain a decision of the federal government.

**3.5 Data limitations.** Attribution of an attack to cross-border movement depends on the evidence available at the time and may be revised.
""", [{
    "kind": "arithmetic",
    "quotes": ["| 2023 | 158 | 29.1 |"],
    "explanation": "In the growth column of Table 3.1, the 2023 cell gives 29.1 percent, but attacks went from 112 to 158, a rise of 41.1 percent; 29.1 is the increase of 46 divided by the later value (158) instead of the earlier one. The other cells are right (53.4 from 73 to 112; 34.2 from 158 to 212).",
    "expected_values": {"from": 112, "from_period": "2022", "to": 158, "to_period": "2023",
                        "stated_change_pct": 29.1, "computed_change_pct": 41.07,
                        "unit": "percent", "location": "growth column"},
}])

doc("icg_style_briefing_trade_combined", """
# Pakistan and the Afghan Taliban: Keeping a Border Quarrel from Becoming a War

*Asia Briefing (in the style of an international crisis-prevention organisation). Kabul/Islamabad/Brussels.*

## I. Overview

Relations between Pakistan and the Taliban authorities in Kabul have deteriorated steadily since 2022. Islamabad accuses the Taliban of sheltering the Tehrik-i-Taliban Pakistan (TTP), whose attacks inside Pakistan have risen every year since the Taliban takeover; Kabul accuses Pakistan of collective punishment through border closures, deportations and air strikes. Neither side wants a war, but each has taken steps that make one more likely.

## II. An Economic Relationship Under Strain

Trade was once a restraint on both sides. In 2022, the first full year of Taliban rule, it actually grew: Pakistani exports of $936 million and imports of $741 million made for combined two-way trade of $1.58 billion, the highest since 2019. Since then, closures at Torkham and Chaman, Pakistan's higher duty on Afghan coal and the new passport-and-visa requirement have eroded that restraint, and Afghan traders increasingly look to Iran and Central Asia.

## III. Recommendations

To the government of Pakistan:

1. Keep cargo lanes open during security incidents and resolve disputes at the crossings through local flag meetings.
2. Suspend deportations of long-term residents while a documentation process is agreed.

To the Taliban authorities:

1. Relocate TTP fighters and their families away from the border and prevent cross-border attacks.
2. Restore the joint border coordination mechanism that functioned before 2021.

To neighbouring states and donors:

1. Support trilateral dialogue and a dispute-resolution mechanism for the crossings.
""", [{
    "kind": "arithmetic",
    "quotes": ["Pakistani exports of $936 million and imports of $741 million made for combined two-way trade of $1.58 billion"],
    "explanation": "Exports of $936 million plus imports of $741 million make two-way trade of $1,677 million ($1.68 billion), not $1.58 billion. The total is written in billions, the parts in millions.",
    "expected_values": {"parts": {"exports": 936, "imports": 741}, "sum_of_parts": 1677,
                        "stated_total": 1580, "difference": -97,
                        "as_written": {"total": "$1.58 billion"},
                        "unit": "USD million", "period": "2022"},
}])

# =================================================================== garbled

doc("radio_bulletin_exports_last_year", """
# Radio News Bulletin — 1800 hours, Peshawar station (Script)

*Script as filed for the evening bulletin. Read time about three minutes.*

**ITEM ONE — BORDER TRADE**

The Ministry of Commerce says Pakistan's exports to Afghanistan went down from 884 million dollars last year to 884 million dollars last year, mainly because of closures at the Torkham and Chaman crossings. A spokesman said rice and medicines held up well, but flour and cement exports fell.

The spokesman said talks with the Afghan side on keeping the cargo lanes open would continue in Islamabad next week.

**ITEM TWO — WEATHER ON THE HIGHWAY**

The motorway police say snowfall has slowed traffic on the Lowari tunnel road and in the Malakand division. Travellers to Chitral are advised to carry chains and to check conditions before setting out.

**ITEM THREE — RETURNEES**

Officials at the Landi Kotal holding centre say fewer families are arriving now than in the spring. Border monitors counted 278,000 returns to Afghanistan in the second half of the year, against 398,000 in the first half. Families at the centre are being provided with blankets and hot meals.

**ITEM FOUR — CRICKET**

In domestic cricket, Peshawar beat Karachi by six wickets at the Arbab Niaz Stadium to go top of their group.

**CLOSING HEADLINES**

Exports to Afghanistan down on closures; snow slows traffic in Malakand; fewer returnees at Landi Kotal.

*Ends.*
""", [{
    "kind": "garbled",
    "quotes": ["went down from 884 million dollars last year to 884 million dollars last year"],
    "explanation": "The bulletin describes a fall whose start and end are the same value and the same relative period ('last year'). The series for the year before gives 1,012 million dollars, so the intended change was from 1,012 million dollars in 2023 to 884 million dollars in 2024.",
    "expected_values": {"start_value": 884, "end_value": 884,
                        "start_period": "last year", "end_period": "last year",
                        "likely_intended_start": {"value": 1012, "period": "2023"},
                        "unit": "USD million"},
}])

doc("central_bank_note_half_years_backwards", """
# Monetary Policy Information Compendium — Box 4: Exports to Afghanistan by Half-Year

*In the style of a central bank's monetary policy compendium. Data are from customs records; 1H and 2H denote the first and second halves of a calendar year.*

Exports to Afghanistan have been volatile on a half-yearly basis. After a strong 2H23, when shipments of rice and wheat flour picked up ahead of winter, exports weakened in 1H24 as the crossings were closed for long spells and provincial authorities restricted the movement of flour towards the border.

Taken over the whole period, exports fell 10.1 per cent over 2H24–1H23, from USD 495 million to USD 445 million. The decline was concentrated in cement and textiles, which are sensitive to transport costs and waiting times at the border; rice and pharmaceuticals were more resilient.

Imports from Afghanistan fell faster than exports over the same period, reflecting lower purchases of Afghan coal by cement manufacturers after the revision of the duty. The bilateral surplus therefore remained positive in every half-year.

The outlook for exports depends on the predictability of border operations. Staff note that the volatility of half-yearly exports has increased since 2022, and that a larger part of the trade may be moving through informal channels when formal crossings are closed.

Staff will continue to monitor the data and will revise these estimates as more complete customs records become available.
""", [{
    "kind": "garbled",
    "quotes": ["over 2H24–1H23"],
    "explanation": "The period runs backwards, written with bank-style half-year labels and an en dash: 2H24–1H23. The figures in the same sentence run from USD 495 million (the first half of 2023) to USD 445 million (the second half of 2024), so the period meant is 1H23–2H24.",
    "expected_values": {"stated_period_start": "2H24", "stated_period_end": "1H23",
                        "intended_period": "2023-01..2024-12", "from": 495, "to": 445,
                        "unit": "USD million"},
}])

doc("iom_style_dtm_reporting_period", """
# Displacement Tracking — Pakistan Returns Dashboard, Round 14

*In the style of an IOM Displacement Tracking Matrix dashboard. Cumulative figures since the start of the repatriation plan.*

**Reporting period: 31 Dec 2024 – 15 Sep 2023**

## Cumulative returns

Flow monitoring teams recorded a cumulative 1,217,000 returns from Pakistan to Afghanistan during the reporting period: 541,000 in the last three and a half months of 2023 and 676,000 during 2024.

## Entry points

Torkham and Spin Boldak together received the large majority of returnees. Smaller numbers crossed at Ghulam Khan and Angoor Adda, where the flow monitoring points opened later in the period.

## Reasons for return

Most respondents cited fear of arrest or deportation as their main reason for leaving Pakistan. Others mentioned the loss of work, pressure from landlords, and the detention of a family member. A minority said they had chosen to return because of improved security in their home province.

## Vulnerabilities

Enumerators observed an increasing number of households headed by women, older people travelling alone, and people with disabilities. Many households had sold their belongings in Pakistan at a loss to pay for transport.

## Next round

The next round will add data from a new flow monitoring point at Badini in Zhob district and will include questions on the documents held by returnees.
""", [{
    "kind": "garbled",
    "quotes": ["31 Dec 2024 – 15 Sep 2023"],
    "explanation": "The reporting period runs backwards, from 31 Dec 2024 to 15 Sep 2023 (dates written day-month-year). The body of the dashboard makes clear the period is mid-September 2023 to the end of December 2024.",
    "expected_values": {"stated_period_start": "31 Dec 2024", "stated_period_end": "15 Sep 2023",
                        "intended_period": "2023-09-15..2024-12-31", "value": 1217000,
                        "unit": "people"},
}])

doc("chamber_press_statement_repeated", """
# Khyber Chamber of Commerce and Industry — Press Statement on Border Closures

**Landi Kotal, 2 February 2025**

The Khyber Chamber of Commerce and Industry held an emergency meeting today to review the losses suffered by traders, transporters and labourers in Khyber district because of repeated closures of the Torkham crossing.

The meeting was told that the crossing was closed to cargo on 46 days in 2024, the highest number since the chamber began keeping records. The closure of Torkham for 46 days in 2024 cost the district's traders and transporters an estimated Rs 18 billion in lost business. The closure of Torkham for 46 days in 2024 cost the district's traders and transporters an estimated Rs 18 billion in lost business. Porters and daily-wage workers, who have no savings to fall back on, were the worst affected.

Members said that hotels, restaurants and workshops along the Peshawar–Torkham road had lost much of their custom, and that a number of small businesses in Landi Kotal bazaar had closed for good.

The chamber resolved to:

- ask the federal government to keep cargo lanes open during disputes at the border;
- request relief in withholding tax for businesses in Khyber district for the current fiscal year;
- seek the establishment of a compensation fund for labourers who lose work during closures; and
- invite the Afghan traders' association in Nangarhar to a joint meeting at Torkham.

The President of the chamber said members had always supported the security forces, but that the livelihood of the district could not be held hostage to every incident at the gate.
""", [{
    "kind": "garbled",
    "quotes": ["The closure of Torkham for 46 days in 2024 cost the district's traders and transporters an estimated Rs 18 billion in lost business. The closure of Torkham for 46 days in 2024 cost the district's traders and transporters an estimated Rs 18 billion in lost business."],
    "explanation": "A sentence carrying the number of closure days and a rupee loss estimate is repeated word for word, the copy straight after the original. The quote covers both copies.",
    "expected_values": {"repeated_sentence": "The closure of Torkham for 46 days in 2024 cost the district's traders and transporters an estimated Rs 18 billion in lost business.",
                        "occurrences": 2},
}])

doc("senate_finance_brief_receipts_backwards", """
# Senate Standing Committee on Finance and Revenue — Brief by the Federal Board of Revenue

## Agenda item 2: Revenue collected at Torkham

**1. Background.** The Committee, in its meeting of last month, directed the Federal Board of Revenue to provide figures on duties and taxes collected at Torkham and the reasons for the decline in collections.

**2. Collections.** From FY2024 to FY2022, the Torkham collectorate collected Rs 96.8 billion in all: Rs 31.4 billion in FY2021-22, Rs 35.8 billion in FY2022-23 and Rs 29.6 billion in FY2023-24. Collections therefore peaked in FY2022-23, when imports of Afghan coal were at their highest.

**3. Reasons for the decline in FY2023-24.**

- Lower imports of Afghan coal after the revision of the applicable duty, as seaborne coal became competitive again.
- Closures of the crossing for extended periods in 2023 and 2024 following security incidents.
- Lower declared values for fresh fruit, which the Board is examining for under-invoicing.

**4. Measures taken.** The Board has deployed additional scanners at Torkham, introduced risk-based selectivity for low-risk consignments, and begun post-clearance audits of importers with a history of undervaluation.

**5. Transit.** Afghan transit cargo does not pay duty in Pakistan and is not included in the figures above. The processing fee on transit cargo is reported separately.

**6. For the Committee's consideration.** The Board requests the Committee's support for a proposal to keep cargo lanes open during security incidents, since closures directly reduce federal revenue.
""", [{
    "kind": "garbled",
    "quotes": ["From FY2024 to FY2022"],
    "explanation": "The period runs backwards, written with four-digit fiscal-year labels: from FY2024 (the year to June 2024) to FY2022 (the year to June 2022). The breakdown in the same sentence runs from FY2021-22 to FY2023-24; the Rs 96.8 billion total (31.4 + 35.8 + 29.6) is right.",
    "expected_values": {"stated_period_start": "FY2024", "stated_period_end": "FY2022",
                        "intended_period": "FY2021-22..FY2023-24", "value": 96.8,
                        "unit": "PKR billion"},
}])

doc("donor_proposal_torkham_share_same", """
# Concept Note: Modernising Customs Facilities at Ghulam Khan — Problem Statement

*Submitted to a trade-facilitation trust fund by a Pakistani implementing partner, in partnership with the provincial government of Khyber Pakhtunkhwa.*

**The problem.** Pakistan's trade with Afghanistan depends on a single crossing to an unusual degree. Torkham's share of Pakistan's exports to Afghanistan slipped from 55.9 per cent in 2023 to 55.9 per cent in 2023, and Chaman carried most of the remainder. The two smaller crossings in the Waziristan districts, Ghulam Khan and Angoor Adda, carried only USD 115 million of exports between them in 2024.

**Why it matters.** When Torkham closes, most exporters have nowhere else to go. Ghulam Khan lacks a scanner, a bonded warehouse and a cold store, and its customs staff work from temporary buildings. Lorries diverted from Torkham wait for days, and perishable goods are lost. In 2024 Torkham was closed to cargo on 46 days, and each closure sent buyers in eastern Afghanistan to suppliers in Central Asia.

**Root causes.** Investment in border infrastructure has been concentrated at Torkham and Chaman. Ghulam Khan was closed for long periods during military operations and reopened without the facilities needed for modern customs clearance.

**Proposed response.** The project would install a container scanner, build a bonded warehouse and a cold store, and train customs and quarantine staff at Ghulam Khan over three years, so that it can absorb diverted traffic.

**Expected result.** A second viable route for eastern Afghanistan and a lower cost of closures for Pakistani exporters.
""", [{
    "kind": "garbled",
    "quotes": ["slipped from 55.9 per cent in 2023 to 55.9 per cent in 2023"],
    "explanation": "The change in Torkham's share of exports starts and ends at the same value and the same year. The series gives 55.9 percent in 2023 and 55.0 percent in 2024 (486 of 884), so the intended end point is 55.0 percent in 2024.",
    "expected_values": {"start_value": 55.9, "end_value": 55.9,
                        "start_period": "2023", "end_period": "2023",
                        "likely_intended_end": {"value": 55.0, "period": "2024"},
                        "unit": "percent"},
}])

# =================================================================== number_reuse

doc("ngo_field_summary_torkham_fuel_bill", """
# Border Monitoring Network — Torkham Team: Year-End Field Summary 2024

*Internal summary for partner organisations, compiled from the team's daily logs.*

**Arrivals.** Our team at the zero point and the Landi Kotal holding centre registered 412,000 returnees crossing at Torkham during 2024, out of 676,000 recorded at all crossings. Arrivals were heaviest in January and February and lightest in the autumn.

**Running costs.** The holding centre's generator ran up a fuel bill of Rs 412,000 in December alone, because grid power was cut for most of each day and the family hall had to be heated through the night. Our partners have agreed to share the cost for January, but a longer-term solution is needed.

**Protection cases.** Monitors referred families to the protection desk in cases of family separation, detention of a family member, medical emergencies and reports of extortion at police checkpoints on the way to the border. Referrals rose in the last quarter, when more families arrived from Punjab and Sindh.

**Facilities.** The women's search booth at the pedestrian lane was staffed on most days from October. The shaded waiting area built in the summer made a difference in the heat, but it is not enclosed and gives little protection in winter.

**Priorities for 2025.**

1. A permanent power connection or solar system for the holding centre.
2. A heated, enclosed waiting area at the pedestrian lane.
3. Written transport slips issued at the point of departure, not at the border.
""", [{
    "kind": "number_reuse",
    "quotes": ["registered 412,000 returnees crossing at Torkham during 2024", "a fuel bill of Rs 412,000 in December alone"],
    "explanation": "412,000, the number of returnees the team registered at Torkham in 2024, is used again in the next paragraph for a different quantity in a different unit: the holding centre's fuel bill for December in rupees.",
    "expected_values": {"value": 412000, "unit_1": "people", "unit_2": "PKR",
                        "quantity_1": "returnees registered crossing at Torkham, 2024",
                        "quantity_2": "holding centre generator fuel bill, December 2024"},
}])

T = pdf_table([
    ["Collectorate", "FY2022-23", "FY2023-24"],
    ["Torkham", "35.8", "29.6"],
    ["Chaman", "9.1", "6.9"],
    ["Ghulam Khan", "1.9", "1.5"],
    ["Total", "46.8", "38.0"],
])
doc("customs_yearbook_coal_reuse", """
# Pakistan Customs Year Book 2023-24 — Chapter 7 (continued): Commodity Notes for the Western Border

**7.6 Coal.** Coal has been the largest single item imported through the western border stations since 2022. Its importance for revenue is greater than its share of import values suggests, because it carries a higher rate of duty and sales tax than fresh fruit.

**7.7 Collections at Torkham.** The Torkham collectorate collected Rs 29.6 billion in FY2023-24, compared with Rs 35.8 billion in the previous year. The decline reflects the fall in coal: coal volumes cleared at Torkham fell by 29.6 per cent over the same period, as cement manufacturers returned to imported seaborne coal after the revision of the applicable duty.

**Table 7.5 Duties and taxes collected, Afghan border stations (Rs billion)**

{T}

**7.8 Fresh and dried fruit.** Imports of grapes, pomegranates, melons and dried fruit continued to move mainly through Torkham and Chaman. Their declared values were lower than in the previous year, and the collectorates have referred a number of consignments for valuation review.

**7.9 Minerals.** Imports of talc and soapstone were broadly unchanged. Consignments of chromite remained small.

**7.10 Note on sources.** Collections are taken from the Board's revenue accounting system; volumes are taken from goods declarations and are provisional.
""".replace("{T}", "\n".join(T)), [{
    "kind": "number_reuse",
    "quotes": ["The Torkham collectorate collected Rs 29.6 billion in FY2023-24", "fell by 29.6 per cent over the same period"],
    "explanation": "29.6, the collections at Torkham in FY2023-24 in Rs billion (matching Table 7.5), is reused in the next sentence for a different quantity in a different unit: the percentage fall in coal volumes cleared at Torkham over the same period.",
    "expected_values": {"value": 29.6, "unit_1": "PKR billion", "unit_2": "percent",
                        "quantity_1": "duties and taxes collected at Torkham, FY2023-24",
                        "quantity_2": "fall in coal volumes cleared at Torkham, FY2022-23 to FY2023-24"},
}])

doc("tolonews_style_fruit_containers", """
# Afghan traders say fruit lost at Torkham as trade with Pakistan shrinks

KABUL — Afghan traders say they suffered heavy losses last year as trade with Pakistan declined and the Torkham crossing was repeatedly closed, and they have called on the Islamic Emirate to find alternative routes for Afghan fruit.

According to figures released by the Ministry of Industry and Commerce, Afghanistan imported goods worth $884 million from Pakistan in 2024, mainly flour, rice, medicines and construction materials. During the closures, 884 containers of Afghan fresh fruit were stuck on the road to Torkham, traders said, and much of the cargo rotted before it could reach markets in Peshawar and Lahore.

"We are farmers and traders; we have nothing to do with politics," said Abdul Wahid, a grape exporter from Kandahar. "But every time there is a problem between the two governments, our fruit is the first thing to suffer."

Economic experts in Kabul said Afghanistan should reduce its dependence on Pakistan by expanding trade with Central Asian countries through Hairatan and with Iran through Islam Qala.

"The northern route is longer, but it is more predictable," said Kabul-based economist Sayed Masoud. "Predictability matters more than distance for perishable goods."

Officials of the Islamic Emirate said talks with Pakistan on keeping the border open for trade were under way and that a joint committee would meet soon. Pakistani officials were not available for comment.

Meanwhile, members of the Afghanistan Chamber of Commerce and Investment called for the construction of cold storage facilities near the Torkham and Spin Boldak ports.
""", [{
    "kind": "number_reuse",
    "quotes": ["Afghanistan imported goods worth $884 million from Pakistan in 2024", "884 containers of Afghan fresh fruit"],
    "explanation": "884, the value of Afghanistan's imports from Pakistan in 2024 in US$ million (Pakistan's exports to Afghanistan), is used again in the next sentence for a different quantity in a different unit: the number of containers of Afghan fruit stuck on the road to Torkham.",
    "expected_values": {"value": 884, "unit_1": "USD million", "unit_2": "containers",
                        "quantity_1": "AFG imports from PAK (PAK→AFG exports), 2024",
                        "quantity_2": "containers of Afghan fresh fruit stuck during closures, 2024"},
}])

doc("thesis_chapter_register_undocumented", """
# Chapter 2: Afghans in Pakistan — Categories and Numbers

*From a PhD thesis in sociology submitted to a university in Islamabad.*

**2.1 Why categories matter.** Public debate in Pakistan often speaks of "Afghan refugees" as if they were a single group. In law and in administrative practice they are not. This chapter distinguishes four categories: holders of Proof of Registration (PoR) cards, holders of Afghan Citizen Cards, Afghans holding visas, and Afghans without any documents.

**2.2 Registered refugees.** PoR card holders are the only group formally recognised as refugees. The register stood at 1.56 million at the end of 2024, after many card holders left alongside undocumented relatives during the removal campaign that began in October 2023.

**2.3 Undocumented Afghans.** By definition no register exists for this group. Government statements in 2024 spoke of an estimated 1.56 million Afghans without any documents still living in Pakistan, most of them in Karachi, Quetta, Peshawar and Rawalpindi. Such estimates are rarely explained and should be treated with caution.

**2.4 Afghan Citizen Card holders and visa holders.** Afghan Citizen Cards were issued after a documentation exercise in 2017 to Afghans who were not registered as refugees. Visa holders include students, business people and, since 2021, people awaiting resettlement to third countries.

**2.5 Implications for the study.** The fieldwork for this thesis was conducted among PoR card holders in Peshawar and Haripur. Findings should not be generalised to the other categories, whose legal position and exposure to removal are different.
""", [{
    "kind": "number_reuse",
    "quotes": ["The register stood at 1.56 million at the end of 2024", "an estimated 1.56 million Afghans without any documents"],
    "explanation": "1.56 million, the size of the register of Proof of Registration card holders at the end of 2024 (the reference value 1,559,964 rounded), is used again in the next paragraph for a different quantity: the estimated number of undocumented Afghans in Pakistan, a group that by the chapter's own account has no register.",
    "expected_values": {"value": 1560000, "value_as_written": "1.56 million", "unit": "people",
                        "quantity_1": "registered Afghan refugees (PoR card holders), end-2024",
                        "quantity_2": "estimated undocumented Afghans in Pakistan, 2024"},
}])

doc("icg_style_briefing_attacks_personnel", """
# The TTP Problem in Pakistan–Afghanistan Relations

*Asia Report excerpt (in the style of an international crisis-prevention organisation). Section III: The Security Dimension.*

## A. A Rising Curve

Cross-border attacks on Pakistan have grown every year since the Taliban returned to power. Pakistan's interior ministry counted 212 cross-border attacks in 2024, up from 158 in 2023 and 73 in 2021. In Khyber Pakhtunkhwa alone, 212 soldiers and police officers were killed in militant violence during 2024, the highest toll in a decade.

The Tehrik-i-Taliban Pakistan (TTP) has benefited from the Afghan Taliban's victory in several ways: fighters released from Afghan prisons in August 2021 rejoined the group, its leadership found a secure base, and weapons left behind by departing foreign forces became available in local markets.

## B. Kabul's Position

The Taliban deny that they allow Afghan territory to be used against any country. In private, Taliban officials acknowledge the TTP's presence but argue that forcing the group out would split their own movement and push some fighters towards the Islamic State's local branch, which both Kabul and Islamabad regard as a threat.

## C. Islamabad's Options

Pakistan has tried pressure (border closures, deportations and, on occasion, air strikes in Afghan border provinces) and engagement (talks with the TTP brokered by the Taliban in 2021–2022). Neither approach has reduced attacks. A sustainable approach would combine targeted pressure on the TTP with incentives for Kabul, including the separation of trade from security disputes.
""", [{
    "kind": "number_reuse",
    "quotes": ["counted 212 cross-border attacks in 2024", "212 soldiers and police officers were killed"],
    "explanation": "212, the number of cross-border attacks on Pakistan in 2024, is used again in the next sentence for a different quantity in a different unit: the number of soldiers and police officers killed in Khyber Pakhtunkhwa in the same year.",
    "expected_values": {"value": 212, "unit_1": "attacks", "unit_2": "people killed",
                        "quantity_1": "cross-border attacks on Pakistan, 2024",
                        "quantity_2": "soldiers and police officers killed in Khyber Pakhtunkhwa, 2024"},
}])

doc("senate_question_hour_returns_cards", """
# Senate of Pakistan — Question Hour: Written Answer

## Question No. 64, asked by a Senator from Balochistan

Will the Minister for States and Frontier Regions be pleased to state:

1. the number of Afghan nationals who returned to Afghanistan during July–December 2024; and
2. the number of Proof of Registration cards whose validity was extended during the same period?

**Answer by the Minister for States and Frontier Regions:**

1. According to the figures compiled from the border crossings, 2.78 lakh Afghan nationals returned to Afghanistan during July–December 2024, compared with 3.98 lakh during January–June 2024. The decline reflects the completion of the first phase of the Illegal Foreigners Repatriation Plan.
2. In the same period the validity of 2.78 lakh Proof of Registration cards was extended by notification of the Federal Government, in line with the decision of the Federal Cabinet. Card holders may verify the status of their cards at any NADRA registration centre.

**Supplementary question.** The Senator asked whether card holders had been detained during the implementation of the plan. The Minister said that instructions had been issued to all provinces not to detain PoR card holders, and that complaints received through the Commissionerate for Afghan Refugees were being investigated.

**Supplementary question.** Another Senator asked about compensation to host districts. The Minister said the matter would be raised in the next meeting of the National Finance Commission.
""", [{
    "kind": "number_reuse",
    "quotes": ["2.78 lakh Afghan nationals returned to Afghanistan during July–December 2024", "the validity of 2.78 lakh Proof of Registration cards was extended"],
    "explanation": "2.78 lakh (278,000), the number of Afghans who returned from Pakistan in July–December 2024, is used again in the answer to the next part of the question for a different quantity: the number of Proof of Registration cards whose validity was extended over the same period. Both figures are written in lakh.",
    "expected_values": {"value": 278000, "value_as_written": "2.78 lakh", "unit": "people",
                        "quantity_1": "returns from Pakistan to Afghanistan, July–December 2024",
                        "quantity_2": "Proof of Registration cards extended, July–December 2024"},
}])

# =================================================================== direction

doc("wb_style_update_rebounded", """
# Afghanistan Development Update — Box 3: How Much Does Afghanistan Depend on Pakistan?

*Box from a country development update in the style of a multilateral bank. Trade values are mirror data from Pakistan's customs; US$ million unless stated.*

Pakistan was for decades Afghanistan's largest trading partner and its main route to the sea. That dependence has weakened since 2021, but Pakistan remains the largest single market for Afghan coal and fresh fruit.

**Exports.** Afghanistan's exports to Pakistan rebounded to US$540 million in 2024, from US$690 million in 2023, as Pakistan's higher duty on Afghan coal and repeated closures at Torkham took their toll. The share of coal in Afghan exports to Pakistan fell for the second year running, while fresh and dried fruit held their ground.

**Imports.** Imports from Pakistan also declined, to US$884 million, led by lower purchases of wheat flour after Pakistani provincial authorities restricted its movement towards the border. Part of the gap was filled by Kazakh flour arriving by rail through Uzbekistan.

**Transit.** Afghan importers have shifted a large part of their seaborne cargo away from Karachi to the Iranian ports of Bandar Abbas and Chabahar since Pakistan lengthened the list of goods barred from transit in October 2023.

**Implications.** Greater diversification reduces Afghanistan's exposure to closures on its eastern border, but at a cost: the alternative routes are longer, and the eastern provinces, where most Afghans live, remain closest to Pakistani suppliers and markets. Policies that make the Pakistan route more predictable, such as keeping cargo lanes open during security incidents, would benefit traders on both sides.
""", [{
    "kind": "direction",
    "quotes": ["Afghanistan's exports to Pakistan rebounded to US$540 million in 2024, from US$690 million in 2023"],
    "explanation": "'Rebounded' describes a fall: Afghanistan's exports to Pakistan went from US$690 million in 2023 to US$540 million in 2024 (written end value first), down 150 million or 21.7 percent. The causes given in the same sentence (higher duty, closures taking their toll) describe a decline.",
    "expected_values": {"from": 690, "from_period": "2023", "to": 540, "to_period": "2024",
                        "stated_direction": "rise", "actual_direction": "fall",
                        "direction_word": "rebounded",
                        "change": -150, "change_pct": -21.74, "unit": "USD million"},
}])

doc("customs_yearbook_receipts_dipped", """
# Pakistan Customs Year Book 2022-23 — Chapter 7 Summary: Western Border Stations

**Summary.** Collections at the western border stations in FY2022-23 were the highest on record, driven by imports of Afghan coal, which Pakistani cement and power producers bought in large quantities while international prices were high and the rupee was weak. Receipts at Torkham dipped to Rs 35.8 billion in FY2022-23 from Rs 31.4 billion in FY2021-22, and Torkham remained by far the largest of the western stations.

**Coal.** Coal imports were cleared mainly at Torkham, with smaller volumes at Ghulam Khan and Chaman. The rapid growth of the trade put pressure on the yards and the weighbridges at Torkham, and waiting times for inbound lorries lengthened during the peak months.

**Fruit and vegetables.** Imports of fresh fruit were broadly stable. The collectorates received complaints from importers about delays in the issue of plant quarantine certificates, which have been referred to the Department of Plant Protection.

**Exports.** Duty is not levied on exports; export declarations at the western stations are reported in Chapter 8.

**Facilities.** A second container scanner was commissioned at Torkham during the year, and work began on an extension of the cargo yard. The Chaman collectorate moved into its new building in the second quarter.

**Outlook.** Collections in FY2023-24 are expected to be lower, as the duty on Afghan coal has been revised and international coal prices have eased.
""", [{
    "kind": "direction",
    "quotes": ["Receipts at Torkham dipped to Rs 35.8 billion in FY2022-23 from Rs 31.4 billion in FY2021-22"],
    "explanation": "'Dipped' describes a rise: receipts at Torkham went from Rs 31.4 billion in FY2021-22 to Rs 35.8 billion in FY2022-23 (written end value first), up Rs 4.4 billion or 14.0 percent. The summary's first sentence calls FY2022-23 the highest on record.",
    "expected_values": {"from": 31.4, "from_period": "FY2021-22", "to": 35.8, "to_period": "FY2022-23",
                        "stated_direction": "fall", "actual_direction": "rise",
                        "direction_word": "dipped",
                        "change": 4.4, "change_pct": 14.01, "unit": "PKR billion"},
}])

doc("dawn_style_register_shrank", """
# Afghan card holders' numbers grew after Kabul's fall, officials say

*By our correspondent*

ISLAMABAD: The number of Afghans holding Proof of Registration (PoR) cards in Pakistan increased markedly in the year after the Taliban took over Kabul, officials of the Ministry of States and Frontier Regions told a parliamentary committee on Tuesday.

The register shrank from 1,490,562 at end-2021 to 1,743,278 at end-2022, officials said, even though no new registration drive was held. They attributed the change to the addition of children born to card holders and to the verification of relatives already living in Pakistan.

Members of the committee asked why Afghans who crossed into Pakistan after August 2021 had not been registered. The officials replied that the government had taken a policy decision not to open fresh registration, and that new arrivals were expected to obtain visas.

The committee's chairman said that the lack of clarity over the status of new arrivals had left thousands of families vulnerable to arrest, and asked the ministry to present a proposal on their documentation at the next meeting.

Officials also briefed the committee on the extension of the PoR cards, saying the federal cabinet would take a decision before the cards' expiry. They said card holders were not covered by the plan to repatriate undocumented foreigners.

The committee directed the ministry to provide province-wise figures for card holders and to report on complaints of harassment received from Karachi and Rawalpindi.
""", [{
    "kind": "direction",
    "quotes": ["The register shrank from 1,490,562 at end-2021 to 1,743,278 at end-2022"],
    "explanation": "'Shrank' describes a rise: the register of PoR card holders went from 1,490,562 at end-2021 to 1,743,278 at end-2022 (the reference values, written start value first), up 252,716 or 17.0 percent. The headline and first paragraph say the number grew.",
    "expected_values": {"from": 1490562, "from_period": "end-2021", "to": 1743278, "to_period": "end-2022",
                        "stated_direction": "fall", "actual_direction": "rise",
                        "direction_word": "shrank",
                        "change": 252716, "change_pct": 16.95, "unit": "people"},
}])

doc("pajhwok_style_imports_uptick", """
# Afghanistan's imports from Pakistan see uptick, says chamber

JALALABAD: Afghanistan's imports from Pakistan saw an uptick, from $1.01 billion in 2023 to $884 million in 2024, according to figures shared by the Nangarhar chamber of commerce, whose members have faced long delays at the Torkham port.

The chamber's deputy head told reporters that flour, rice, medicines and construction materials made up most of the goods brought from Pakistan. He said traders had faced new restrictions on the Pakistani side, including limits on flour shipments, and that the Torkham gate had been closed many times during the year.

"When the gate closes, our shops run out of Pakistani medicines within a week," he said. "People then have to buy expensive alternatives from Iran or Central Asia."

He said that imports from Uzbekistan and Kazakhstan, particularly of flour, had increased, and that some traders had begun bringing goods through the Iranian port of Chabahar.

Officials of the Islamic Emirate's customs department in Nangarhar said revenue at the Torkham port had also been affected by the closures, but did not provide figures.

Traders called on both governments to set up a mechanism to resolve border disputes without halting trade, and to allow vehicles carrying perishable and essential goods to cross even when the gate is closed for other traffic.

The chamber said it would send a delegation to Peshawar to discuss the issues with Pakistani traders.
""", [{
    "kind": "direction",
    "quotes": ["Afghanistan's imports from Pakistan saw an uptick, from $1.01 billion in 2023 to $884 million in 2024"],
    "explanation": "'An uptick' (a noun) describes a fall: Afghanistan's imports from Pakistan went from $1.01 billion in 2023 to $884 million in 2024 (start in billions, end in millions), down about $126 million or 12.5 percent (12.6 percent on the series value of 1,012). The rest of the report describes restrictions and closures.",
    "expected_values": {"from": 1010, "from_period": "2023", "to": 884, "to_period": "2024",
                        "as_written": {"from": "$1.01 billion", "to": "$884 million"},
                        "stated_direction": "rise", "actual_direction": "fall",
                        "direction_word": "uptick",
                        "change": -126, "change_pct": -12.48, "unit": "USD million"},
}])

doc("podcast_attacks_tapered", """
# The Frontier Desk — Episode 60: "Counting the Attacks"

*Transcript excerpt, lightly edited. The guest is a researcher who tracks militant violence in the border districts.*

**HOST:** Everyone says attacks from Afghanistan have gone up since 2021. How do you actually count them?

**GUEST:** With difficulty. We use the interior ministry's count of cross-border attacks, which only includes attacks where the investigators say the attackers came from or went back to Afghan territory. So it's a conservative number.

**HOST:** And what does it show?

**GUEST:** A steady climb. In 2021 there were 73. Then the big jump in 2022, to 112. After that attacks tapered off from 112 in 2022 to 158 in 2023, and then there were 212 in 2024. So nearly three times the 2021 level.

**HOST:** Why the jump in 2022?

**GUEST:** The TTP's fighters had been freed from Afghan prisons, their leaders could move freely, and the talks that were going on at the time gave them room to regroup.

**HOST:** Does closing Torkham after an attack do anything?

**GUEST:** It sends a political message to Kabul. But the fighters don't use the gate, so it hurts traders far more than it hurts militants.

**HOST:** What would you watch in the coming year?

**GUEST:** Whether the attacks move further into the settled districts, and whether Pakistan keeps striking inside Afghanistan. That's the escalation risk.

**HOST:** Thanks for coming on.
""", [{
    "kind": "direction",
    "quotes": ["attacks tapered off from 112 in 2022 to 158 in 2023"],
    "explanation": "'Tapered off' describes a rise: cross-border attacks went from 112 in 2022 to 158 in 2023 (written start value first), up 46 or 41.1 percent. The guest's own summary ('a steady climb', nearly three times the 2021 level by 2024) describes a continued rise.",
    "expected_values": {"from": 112, "from_period": "2022", "to": 158, "to_period": "2023",
                        "stated_direction": "fall", "actual_direction": "rise",
                        "direction_word": "tapered off",
                        "change": 46, "change_pct": 41.07, "unit": "attacks"},
}])

doc("na_question_hour_ghulam_khan", """
# National Assembly of Pakistan — Unstarred Question and Written Reply

## Question No. 241

**Member from North Waziristan:** Will the Minister for Interior be pleased to state the number of days on which the Ghulam Khan crossing was closed to cargo in 2024, half-year-wise, together with the reasons?

**Reply of the Minister for Interior:**

Closures at Ghulam Khan eased, from 9 days in the first half of 2024 to 13 in the second, according to the record maintained by the Frontier Corps and the customs collectorate. The closures in the second half followed security operations in the surrounding areas of North Waziristan and two incidents of firing from across the border.

During closures, the following arrangements were made:

- cargo already cleared by customs on the Pakistani side was held in the customs yard and allowed to proceed once the crossing reopened;
- perishable goods were given priority on reopening;
- traders were informed through the local chamber of commerce and the district administration.

The Ministry is aware of the difficulties faced by traders and transporters of North Waziristan. A proposal to construct a larger cargo yard and a cold store at Ghulam Khan is under consideration of the Ministry of Commerce, and the Frontier Corps has been asked to hold flag meetings with the Afghan side within twenty-four hours of any incident so that closures are kept as short as possible.

The honourable member may also note that the crossing remained open on all other days of the year, and that trade through Ghulam Khan in 2024 was broadly in line with the previous year.
""", [{
    "kind": "direction",
    "quotes": ["Closures at Ghulam Khan eased, from 9 days in the first half of 2024 to 13 in the second"],
    "explanation": "'Eased' describes a rise: days closed to cargo at Ghulam Khan went from 9 in the first half of 2024 to 13 in the second (written start value first), up 4 days or 44.4 percent. The reply explains the second-half closures by security operations, that is, more closures.",
    "expected_values": {"from": 9, "from_period": "H1 2024", "to": 13, "to_period": "H2 2024",
                        "stated_direction": "fall", "actual_direction": "rise",
                        "direction_word": "eased",
                        "change": 4, "change_pct": 44.44, "unit": "days"},
}])

# =================================================================== scope

doc("tribune_style_pakistani_uzbek_trade", """
# Border trade slumps as closures, visa rule hit Khyber and Chaman

*Our Correspondent*

PESHAWAR: Pakistani–Uzbek trade shrank to $1.42 billion in 2024 from $1.70 billion a year earlier, as repeated closures at Torkham and the passport requirement at Chaman disrupted the flow of lorries between Peshawar, Quetta and the Afghan cities of Jalalabad and Kandahar, traders said on Saturday.

Exporters of rice, flour and medicines told this correspondent that their Afghan buyers were increasingly placing orders elsewhere. One Peshawar flour miller said his sales to Kabul had halved, as Afghan bakers turned to flour arriving from Uzbekistan by rail at Hairatan, which was cheaper and, above all, reliable.

"The Afghan market is next door, but we are losing it to suppliers a thousand kilometres away," he said. "They do not close their gate every time there is a quarrel."

Clearing agents at Torkham said that the number of lorries crossing on a normal day had recovered since the reopening in the autumn, but that traders had become reluctant to sign long-term contracts.

A customs official said the government was working on a proposal for a separate lane for perishable goods and for twenty-four-hour operations at Torkham. He said the Afghan side had agreed in principle to extend its hours as well.

The president of a Chaman traders' association said business there would not recover until residents of the border districts were allowed to cross with identity cards, as they had done for decades.
""", [{
    "kind": "scope",
    "quotes": ["Pakistani–Uzbek trade shrank to $1.42 billion in 2024"],
    "explanation": "$1.42 billion (and $1.70 billion a year earlier) is Pakistan–Afghanistan two-way trade (884 + 540 = 1,424 in 2024; 1,702 in 2023), and the same sentence places it at Torkham and Chaman, between Peshawar, Quetta, Jalalabad and Kandahar. The adjectival pair 'Pakistani–Uzbek' makes Uzbekistan one side of the pair. The later mention of flour arriving from Uzbekistan by rail at Hairatan is correct and not a defect.",
    "expected_values": {"pair": PAIR, "named_pair": ["PAK", "UZB"], "third_country": "UZB",
                        "named_as": "Pakistani–Uzbek trade", "value": 1.42, "unit": "USD billion",
                        "period": "2024",
                        "not_a_defect": "flour arriving from Uzbekistan by rail at Hairatan"},
}])

doc("icg_style_briefing_china_frontier", """
# Fences and Grievances: The Durand Line after 2021

*Asia Briefing excerpt (in the style of an international crisis-prevention organisation). Section II.*

## II. A Disputed Line

No Afghan government, including the Taliban's, has recognised the Durand Line as an international border. For Pakistan, the question was settled long ago; for many Afghans, and for Pashtuns on both sides, the line is a colonial imposition that divides tribes and families.

Since 2017 Islamabad has fenced almost all of China's frontier with Afghanistan, the Durand Line, which Kabul has never accepted. Taliban fighters have pulled down sections of the fence on several occasions since 2021, and disputes over new posts and fencing near the crossings have been the most common trigger for exchanges of fire and for the closure of Torkham, which was shut to cargo for 46 days in 2024.

## III. Outside Actors

Beijing, whose own short border with Afghanistan runs through the Wakhan corridor, has hosted trilateral meetings of the Chinese, Pakistani and Afghan foreign ministers and has offered to extend the China–Pakistan Economic Corridor to Afghanistan. Its interest is primarily in security: it fears militants from Afghanistan could target Chinese nationals and projects in Pakistan.

Gulf states and Central Asian governments have also urged calm, mindful of their own trade and transit projects through Afghanistan.

## IV. Conclusion

Neither side is likely to change its position on the status of the line. Both could, however, agree on practical arrangements at the crossings: joint incident investigation, notice before construction near the gates, and a commitment to keep cargo moving while disputes are settled.
""", [{
    "kind": "scope",
    "quotes": ["China's frontier with Afghanistan, the Durand Line"],
    "explanation": "The Durand Line is the Pakistan–Afghanistan border, fenced by Islamabad since 2017; the possessive 'China's frontier with Afghanistan' makes China one side of the pair. The later mention of China's own short border with Afghanistan in the Wakhan corridor is correct and not a defect.",
    "expected_values": {"pair": PAIR, "named_pair": ["CHN", "AFG"], "third_country": "CHN",
                        "named_as": "China's frontier with Afghanistan",
                        "not_a_defect": "own short border with Afghanistan runs through the Wakhan corridor"},
}])

doc("pajhwok_style_iranian_forces_chaman", """
# Spin Boldak gate closed after border clash, traders stranded

KANDAHAR: The Spin Boldak crossing was closed on Tuesday after Afghan and Iranian border forces exchanged fire near the Spin Boldak–Chaman gate, leaving hundreds of vehicles loaded with fruit and goods stranded on both sides, officials and traders said.

A spokesman for the Kandahar governor said the clash began when the other side tried to install new cameras near the zero point, which the Islamic Emirate's forces considered a violation. He said no one had been killed, but that two civilians were wounded.

Traders at the Spin Boldak port said more than 300 lorries of pomegranates, grapes and melons were waiting to cross towards Chaman and Quetta. "If the gate does not open in two days, we will lose everything," said a fruit trader from Arghandab district.

Pakistani officials in Chaman confirmed the closure but did not comment on the cause.

The Spin Boldak–Chaman crossing has been closed repeatedly in the past year, including during a long sit-in by residents of Chaman against the passport requirement for people crossing the border. Chaman was closed to cargo for 31 days in 2024, according to traders.

Some traders said they were considering sending their goods west through the Islam Qala crossing with Iran, although the route is much longer for produce grown in Kandahar.

Elders from both sides of the border called for a meeting of local commanders to resolve the dispute.
""", [{
    "kind": "scope",
    "quotes": ["Afghan and Iranian border forces exchanged fire near the Spin Boldak–Chaman gate"],
    "explanation": "The Spin Boldak–Chaman gate is on the Afghanistan–Pakistan border, and the rest of the report (Pakistani officials in Chaman, lorries bound for Quetta) shows the other side is Pakistan. Naming 'Iranian border forces' makes Iran one side of the pair. The later mention of the Islam Qala crossing with Iran is correct and not a defect.",
    "expected_values": {"pair": PAIR, "named_pair": ["AFG", "IRN"], "third_country": "IRN",
                        "named_as": "Afghan and Iranian border forces",
                        "not_a_defect": "the Islam Qala crossing with Iran"},
}])

doc("na_question_hour_uae_trade", """
# National Assembly of Pakistan — Questions and Written Answers (Ministry of Commerce)

## Question No. 87

**Member from Peshawar:** Will the Minister for Commerce be pleased to state the value of trade through the land border crossings with Afghanistan in 2024, and the measures taken to facilitate exporters?

**Answer of the Minister for Commerce:**

(a) Trade between Pakistan and the UAE through Torkham, Chaman, Ghulam Khan and Angoor Adda amounted to US$ 1,424 million in 2024, comprising exports of US$ 884 million and imports of US$ 540 million. Two-way trade through these crossings was US$ 1,702 million in 2023.

(b) The following measures have been taken to facilitate exporters:

- a separate lane for perishable goods has been designated at Torkham;
- the number of scanners at Torkham has been increased, reducing clearance time for low-risk consignments;
- the Ministry has taken up with the provincial governments the matter of advance notice before restrictions on the movement of food items towards the border; and
- the Afghan side has been requested, through the Joint Economic Commission, to keep the crossings open during security incidents.

(c) Afghan transit cargo shipped from the United Arab Emirates to Karachi for onward movement to Afghanistan is not included in the figures at (a), as transit goods are neither imports nor exports of Pakistan.

**Supplementary.** In reply to a supplementary question, the Parliamentary Secretary said the Ministry was also examining a barter arrangement proposed by traders, but that no decision had been taken.
""", [{
    "kind": "scope",
    "quotes": ["Trade between Pakistan and the UAE through Torkham, Chaman, Ghulam Khan and Angoor Adda"],
    "explanation": "Trade through the four land crossings with Afghanistan is Pakistan–Afghanistan trade (US$ 1,424 million = 884 + 540 in 2024), as the question itself asks; 'trade between Pakistan and the UAE' makes the United Arab Emirates one side of the pair. Part (c)'s mention of transit cargo shipped from the United Arab Emirates to Karachi is correct and not a defect.",
    "expected_values": {"pair": PAIR, "named_pair": ["PAK", "ARE"], "third_country": "ARE",
                        "named_as": "Pakistan and the UAE", "value": 1424, "unit": "USD million",
                        "period": "2024",
                        "not_a_defect": "transit cargo shipped from the United Arab Emirates to Karachi"},
}])

doc("iom_style_dtm_returns_from_iran_torkham", """
# Displacement Tracking — Eastern and Southern Border Bulletin, January 2025

*In the style of an IOM Displacement Tracking Matrix bulletin covering the Afghan side of the border crossings.*

## Summary

Returns from Iran through Torkham and Spin Boldak totalled 676,000 in 2024, according to flow monitoring at the two main crossings and three smaller points, after 541,000 in the last months of 2023. Most returnees were families who had lived for many years in Peshawar, Karachi, Quetta or Islamabad.

## Western border

On the western border, returns from Iran through Islam Qala and Milak are monitored by a separate team and reported in the western border bulletin. Movements there are dominated by young men travelling alone, many of whom were deported.

## Arrival conditions

At Torkham, returnees spend on average one night at the reception centre before moving on to Jalalabad or Kabul. At Spin Boldak, waiting times were longer in December because of delays in the issue of transport assistance. Both centres reported shortages of winter items.

## Needs and intentions

Most households intend to settle in Nangarhar, Kabul, Kandahar or Kunduz. Their main needs are cash, shelter, and help with documents, particularly for children born outside Afghanistan. Many households reported debts taken on to pay for transport from Pakistani cities.

## Coverage

Flow monitoring points operate during daylight hours. Returns through unofficial routes are not covered.
""", [{
    "kind": "scope",
    "quotes": ["Returns from Iran through Torkham and Spin Boldak totalled 676,000 in 2024"],
    "explanation": "Torkham and Spin Boldak are crossings on the Afghanistan–Pakistan border, 676,000 is the 2024 count of returns from Pakistan, and the next sentence places the returnees in Peshawar, Karachi, Quetta and Islamabad; 'returns from Iran' makes Iran the other side of the pair. The next section's mention of returns from Iran through Islam Qala and Milak is correct and not a defect.",
    "expected_values": {"pair": PAIR, "named_pair": ["IRN", "AFG"], "third_country": "IRN",
                        "named_as": "returns from Iran through Torkham and Spin Boldak",
                        "value": 676000, "unit": "people", "period": "2024",
                        "not_a_defect": "returns from Iran through Islam Qala and Milak"},
}])

doc("donor_proposal_eco_fence", """
# Project Proposal: Livelihoods for Divided Border Communities in Khyber and Kurram — Problem Statement

*Submitted to a bilateral donor's peace and stability fund by a Peshawar-based NGO.*

**1. Context.** For generations, families living along the border between Pakistan and Afghanistan crossed freely to trade, work, attend weddings and funerals, and tend land on the other side. That way of life has largely ended. Since 2017, the fence that the Economic Cooperation Organization has built along the Durand Line has closed most informal crossing points, and since 2023 crossing at the formal gates requires a passport and visa.

**2. The problem.** Border communities in Khyber and Kurram have lost their main sources of income. Porters who carried goods across Torkham have been replaced by lorries; small traders who relied on daily crossings cannot afford visas; and farmers cannot reach land on the Afghan side. Closures of Torkham, which was shut to cargo for 46 days in 2024, have hit these households hardest.

**3. Regional opportunities.** At the same time, regional connectivity is improving. The Economic Cooperation Organization's transit framework and new rail links through Central Asia create opportunities for skilled workers in logistics, cold storage and customs brokerage, but young people in the border districts lack the skills to take them up.

**4. Target group.** The project targets 1,800 households in six union councils, with a focus on women-headed households and young men who previously worked as porters.

**5. Proposed response.** Vocational training in logistics and food processing, small grants for enterprises, and support for women's producer groups to reach markets in Peshawar.
""", [{
    "kind": "scope",
    "quotes": ["the fence that the Economic Cooperation Organization has built along the Durand Line"],
    "explanation": "The fence along the Durand Line was built by Pakistan on the Pakistan–Afghanistan border (the paragraph opens with 'the border between Pakistan and Afghanistan'); naming the Economic Cooperation Organization, a regional organisation, as its builder makes an organisation one side of the pair. The later mention of the Economic Cooperation Organization's transit framework is correct and not a defect.",
    "expected_values": {"pair": PAIR, "named_pair": ["ECO", "AFG"], "third_country": "ECO",
                        "named_as": "the Economic Cooperation Organization has built along the Durand Line",
                        "third_party_type": "organisation",
                        "not_a_defect": "Economic Cooperation Organization's transit framework"},
}])

# =================================================================== citation

doc("thesis_literature_review_author_date", """
# Chapter 2: Literature Review — Protracted Displacement and the Afghan Register in Pakistan

*From an MS thesis in development studies submitted to a university in Lahore. References follow the author-date style.*

**2.1 The size of the registered population.** Estimates of the number of Afghans in Pakistan vary widely, but the register of Proof of Registration (PoR) card holders offers a fixed point. UNHCR (2019) gives 1,419,084 registered Afghans at the end of 2019. According to UNHCR (2021), some 1.33 million Afghans were registered in Pakistan at the end of 2021, a figure that has been widely repeated in the policy literature (Khan and Yousafzai, 2022; Rahman, 2023).

**2.2 Protracted displacement.** The literature on protracted refugee situations (Loescher and Milner, 2005; Crisp, 2003) stresses that long-term displacement reshapes both refugee and host communities. Afghan refugees in Pakistan are among the oldest cases: many card holders were born in Pakistan and have never lived in Afghanistan.

**2.3 Policy oscillation.** Several authors describe Pakistani policy as oscillating between tolerance and pressure, with card extensions announced shortly before expiry and periodic drives against undocumented Afghans (Ahmed, 2019; Shah, 2021). The removal campaign of October 2023 fits this pattern, although its scale was unprecedented.

**2.4 Gaps.** Few studies examine how card holders themselves experience the uncertainty of short extensions. Most rely on aggregate data or on interviews with officials. This thesis addresses that gap through life-history interviews with card holders in Peshawar and Nowshera.

**2.5 Summary.** The literature establishes the scale and duration of Afghan displacement in Pakistan, but says little about how uncertainty shapes everyday decisions about work, education and return.
""", [{
    "kind": "citation",
    "quotes": ["According to UNHCR (2021), some 1.33 million Afghans were registered in Pakistan at the end of 2021"],
    "explanation": "The reference UNHCR year-end figure for 2021 is 1,490,562; 'some 1.33 million' is 10.8 percent below it, just beyond the 10 percent line. The citation is in author-date form, 'UNHCR (2021)'. The 2019 figure cited in the previous sentence (UNHCR (2019), 1,419,084) is correct and not a defect.",
    "expected_values": {"stated": 1330000, "stated_hedge": "some", "reference": 1490562,
                        "indicator": "refugees.registered", "subject": "PAK", "period": "2021",
                        "cited_source": "UNHCR (2021)", "citation_form": "UNHCR (YEAR)",
                        "not_a_defect": "UNHCR (2019) gives 1,419,084 registered Afghans"},
}])

doc("wb_style_update_data_finder", """
# Pakistan Development Update — Special Focus: Hosting Afghans in a Time of Fiscal Stress

*Excerpt from a country development update in the style of a multilateral bank.*

**Context.** Pakistan has hosted Afghan refugees for more than four decades, and the fiscal costs of hosting fall disproportionately on Khyber Pakhtunkhwa and Balochistan. At the same time, Pakistan's fiscal space has narrowed sharply, with debt service absorbing a growing share of federal revenue.

**The registered population.** Even after the departures that followed the removal campaign of late 2023, 1,987,717 registered Afghan refugees remained in Pakistan at end-2024 (UNHCR Refugee Data Finder, 2024). In addition, Pakistan hosts Afghans with Afghan Citizen Cards, Afghans on visas and an undocumented population whose size is uncertain.

**Costs of hosting.** Registered refugees use public schools, basic health units and water supply in host districts, and many work in the informal economy. Host district budgets are not adjusted for their presence, because the National Finance Commission award allocates resources on the basis of the census population, which does not fully count refugees.

**Policy options.** Staff see three areas for action: including registered refugees in the national social protection registry, so that shocks can be met through existing programmes; compensating host districts through a transparent, formula-based grant financed partly by international partners; and giving long-term residents a predictable legal status, which would allow them to invest and pay taxes.

**Financing.** Concessional financing windows for refugee-hosting countries could support these measures, provided the government commits to a policy framework that protects the rights of refugees.
""", [{
    "kind": "citation",
    "quotes": ["1,987,717 registered Afghan refugees remained in Pakistan at end-2024 (UNHCR Refugee Data Finder, 2024)"],
    "explanation": "The reference UNHCR year-end figure for 2024 is 1,559,964. The text gives 1,987,717, the exact reference value for 2023, cited as the end-2024 figure from the Refugee Data Finder (27.4 percent too high). The sentence itself speaks of departures, which the higher figure does not reflect.",
    "expected_values": {"stated": 1987717, "reference": 1559964, "same_as_year": "2023",
                        "indicator": "refugees.registered", "subject": "PAK", "period": "2024",
                        "cited_source": "UNHCR Refugee Data Finder, 2024",
                        "citation_form": "(UNHCR Refugee Data Finder, YEAR)"},
}])

doc("dawn_style_end_of_year_statistics", """
# Pandemic year left Afghan refugees without safety net, study finds

*By our staff reporter*

ISLAMABAD: Registered Afghan refugees in Pakistan were largely excluded from the government's emergency cash programme during the Covid-19 pandemic, even though many of them depended on daily-wage work that disappeared during the lockdowns, a study released on Wednesday has found.

The study, by a group of researchers at an Islamabad think tank, was based on interviews with 600 refugee households in Peshawar, Quetta and Karachi. UNHCR's end-of-year 2020 statistics put the number of registered Afghans at 1,419,084, most of them living in Khyber Pakhtunkhwa and Balochistan, the researchers noted.

More than two-thirds of the households interviewed said their main earner lost work for at least two months in 2020. Fewer than one in ten said they had received any cash assistance, almost all of it from humanitarian organisations rather than the government.

"Refugees were invisible to the social protection system because they are not in the national database," said one of the authors at the launch. "When the next shock comes, the same thing will happen unless that changes."

The study recommends that Proof of Registration card holders be included in the national socio-economic registry and that host districts receive additional funds for health and education.

Officials of the Ministry of States and Frontier Regions present at the launch said the government was considering the proposals, but that a decision on including refugees in social protection programmes rested with the federal cabinet.
""", [{
    "kind": "citation",
    "quotes": ["UNHCR's end-of-year 2020 statistics put the number of registered Afghans at 1,419,084"],
    "explanation": "The reference UNHCR year-end figure for 2020 is 1,438,432. The text gives 1,419,084, the exact reference value for 2019, cited as the end-of-year 2020 figure. The gap is only 1.3 percent, far inside any percentage tolerance; the defect is that another year's exact value is cited.",
    "expected_values": {"stated": 1419084, "reference": 1438432, "same_as_year": "2019",
                        "indicator": "refugees.registered", "subject": "PAK", "period": "2020",
                        "cited_source": "UNHCR's end-of-year 2020 statistics",
                        "citation_form": "UNHCR's end-of-year YEAR statistics"},
}])

doc("iom_style_country_profile_table_citation", """
# Pakistan Mobility Profile, 2023 Edition — Afghan Nationals in Pakistan

*In the style of an IOM country mobility profile. Key figures are taken from the sources named in the table.*

## Key figures

| Indicator | Figure |
|---|---|
| Registered Afghan refugees in Pakistan (UNHCR, Dec 2022) | 1.5 million |
| Afghan Citizen Card holders (government estimate) | about 0.8 million |
| Cross-border attacks on Pakistan, 2022 (interior ministry) | 112 |
| Pakistan's exports to Afghanistan, 2022 (US$ million) | 936 |

## Overview

Afghans in Pakistan fall into several categories with different rights. Proof of Registration card holders are recognised as refugees; Afghan Citizen Card holders have a documented but temporary status; others hold visas or have no documents at all. Since August 2021, new arrivals have not been registered as refugees.

## Mobility patterns

Movement across the border has long been circular, with seasonal labour migration, trade and family visits. Tighter documentation requirements at the crossings, and the fence along most of the border, have reduced informal movement and made circular migration harder.

## Vulnerabilities

Afghans without documents face a risk of arrest and removal. Even card holders report harassment at police checkpoints, especially in periods when the validity of their cards is about to lapse.

## Data gaps

There is no reliable estimate of the undocumented population. Figures on returns depend on flow monitoring at official crossings and miss movements through unofficial routes.
""", [{
    "kind": "citation",
    "quotes": ["| Registered Afghan refugees in Pakistan (UNHCR, Dec 2022) | 1.5 million |"],
    "explanation": "The key-figures table gives 1.5 million registered Afghan refugees in Pakistan, citing UNHCR for December 2022 inside the row label. The reference UNHCR year-end figure for 2022 is 1,743,278; 1.5 million is 14.0 percent below it.",
    "expected_values": {"stated": 1500000, "reference": 1743278,
                        "indicator": "refugees.registered", "subject": "PAK", "period": "2022",
                        "cited_source": "UNHCR, Dec 2022", "citation_form": "(UNHCR, Mon YEAR) in a table row"},
}])

doc("senate_question_hour_un_agency_figure", """
# Senate of Pakistan — Question Hour: Starred Question and Answer

## Question No. 19, asked by a Senator from Khyber Pakhtunkhwa

Will the Minister for States and Frontier Regions be pleased to state the number of registered Afghan refugees in Pakistan at present and the number five years ago?

**Answer by the Minister for States and Frontier Regions:**

1. As per the record of the Ministry, reconciled with international partners, the UN refugee agency's figure for December 2024 is 18.3 lakh registered Afghan refugees holding Proof of Registration cards, the majority of whom reside in Khyber Pakhtunkhwa, followed by Balochistan, Punjab and Sindh.
2. Five years ago, the number of registered refugees stood at 14.19 lakh (UNHCR, Dec 2019).
3. Proof of Registration card holders are not covered by the Illegal Foreigners Repatriation Plan. The validity of their cards has been extended by the Federal Government from time to time, most recently by notification after the approval of the Federal Cabinet.
4. The Government of Pakistan continues to engage with the Islamic Emirate of Afghanistan and international partners for the voluntary, safe and dignified return of Afghan refugees.

**Supplementary question.** The Senator asked why the Ministry's figure was different from numbers quoted in the media. The Minister said that media reports often mixed registered refugees with Afghan Citizen Card holders and undocumented Afghans, and undertook to share a category-wise breakdown with the House.
""", [{
    "kind": "citation",
    "quotes": ["the UN refugee agency's figure for December 2024 is 18.3 lakh registered Afghan refugees"],
    "explanation": "The reference UNHCR year-end figure for 2024 is 1,559,964; 18.3 lakh (1,830,000) is 17.3 percent above it. The figure is written in lakh and attributed to 'the UN refugee agency' for December 2024. The 2019 figure given in part 2 (14.19 lakh, UNHCR, Dec 2019, against 1,419,084) is correct and not a defect.",
    "expected_values": {"stated": 1830000, "stated_as_written": "18.3 lakh", "reference": 1559964,
                        "indicator": "refugees.registered", "subject": "PAK", "period": "2024",
                        "cited_source": "the UN refugee agency's figure for December 2024",
                        "citation_form": "the UN refugee agency's figure for MONTH YEAR",
                        "not_a_defect": "14.19 lakh (UNHCR, Dec 2019)"},
}])

doc("icg_style_report_endnote_register", """
# Pakistan's Afghan Refugee Policy: From Hospitality to Expulsion

*Asia Report excerpt (in the style of an international crisis-prevention organisation), with endnotes.*

## II. Four Decades of Hosting

Pakistan's willingness to host Afghans has rested on a political bargain: international support and strategic influence in Kabul in exchange for tolerance of a large refugee population. The bargain held, with strains, from the 1980s through the 2010s. By the end of 2019, some 1.6 million Afghans held Proof of Registration cards.[14] Hundreds of thousands more lived in Pakistan with other documents or none.

The bargain began to unravel after 2021. Islamabad expected the Taliban government to act against the Tehrik-i-Taliban Pakistan; when it did not, and attacks rose, Afghans in Pakistan became an instrument of pressure.[15]

## III. The 2023 Turn

The removal campaign announced in October 2023 targeted undocumented Afghans, but its effects reached card holders as well, through arrests, evictions and the fear of both. Returns from Pakistan reached 541,000 in the last months of 2023 and 676,000 in 2024.

## Endnotes

[14] UNHCR, "Pakistan: Registered Afghan Refugees", population statistics as of 31 December 2019.

[15] Authors' interviews, Pakistani officials, Islamabad, March 2024.
""", [{
    "kind": "citation",
    "quotes": ["By the end of 2019, some 1.6 million Afghans held Proof of Registration cards.[14]",
               "[14] UNHCR, \"Pakistan: Registered Afghan Refugees\", population statistics as of 31 December 2019."],
    "explanation": "The report puts the number of registered Afghans at the end of 2019 at 'some 1.6 million', citing UNHCR's end-2019 statistics through a numbered endnote. The reference UNHCR year-end figure for 2019 is 1,419,084; 1.6 million is 12.7 percent above it. The claim and its source sit in different places, so both are quoted.",
    "expected_values": {"stated": 1600000, "stated_hedge": "some", "reference": 1419084,
                        "indicator": "refugees.registered", "subject": "PAK", "period": "2019",
                        "cited_source": "UNHCR, Pakistan: Registered Afghan Refugees, 31 December 2019",
                        "citation_form": "numbered endnote"},
}])

# =================================================================== controls

doc("wb_style_update_trade_control", """
# Afghanistan Economic Monitor — Trade Annex: The Pakistan Corridor

*Annex in the style of a multilateral bank's economic monitor. Mirror data from Pakistan's customs; US$ million.*

**Summary.** Afghanistan's merchandise trade with Pakistan fell in 2024 after two years of growth. Afghanistan's exports to Pakistan declined by 21.7 percent, to US$540 million, while its imports from Pakistan fell by 12.6 percent, to US$884 million. Afghanistan's deficit with Pakistan therefore widened slightly, to US$344 million from US$322 million.

Table A1. Afghanistan–Pakistan merchandise trade (US$ million)

| US$ million | 2022 | 2023 | 2024 | Change 2024 |
|---|---|---|---|---|
| Exports to Pakistan | 741 | 690 | 540 | −150 |
| Imports from Pakistan | 936 | 1,012 | 884 | −128 |
| Trade balance | −195 | −322 | −344 | −22 |

**Composition.** Coal accounted for most of the fall in exports, as Pakistan's duty on Afghan coal was raised and seaborne coal became cheaper. Fresh and dried fruit held up better. On the import side, wheat flour was the item most affected, as Afghan buyers switched partly to Kazakh flour delivered by rail through Uzbekistan.

**Routes.** Total trade through Torkham and Chaman declined, while trade through the northern crossings and with Iran through Islam Qala grew. Afghanistan's dependence on the Pakistan corridor has thus declined, though Pakistan remains the largest market for Afghan coal and fruit.

**Risks.** Closures of the eastern crossings, changes to Pakistan's transit rules and the state of political relations between Kabul and Islamabad remain the main risks to the trade outlook. A predictable border regime would benefit both economies.
""", control_type="control")

T = pdf_table([
    ["Station", "2023", "2024", "Change (%)"],
    ["Torkham", "566", "486", "-14.1"],
    ["Chaman", "324", "283", "-12.7"],
    ["Ghulam Khan", "92", "88", "-4.3"],
    ["Angoor Adda", "30", "27", "-10.0"],
    ["Total", "1,012", "884", "-12.6"],
])
doc("customs_yearbook_exports_control", """
# Pakistan Customs Year Book 2024 — Section 8.3: Year-on-Year Changes in Exports to Afghanistan

**8.3.1 Summary.** Declared exports to Afghanistan fell by 12.6 per cent in 2024, from US$ 1,012 million to US$ 884 million. Every land customs station on the western border recorded a decline, but the size of the fall varied widely.

**Table 8.5 Exports to Afghanistan by station, 2023 and 2024 (US$ million)**

{T}

Source: Customs computerised clearance system; data extracted in March 2025.

**8.3.2 Station notes.** Torkham recorded the largest absolute fall, US$ 80 million, reflecting 46 days of closure to cargo in 2024; its share of declared exports slipped from 55.9 to 55.0 per cent. Chaman's exports declined by US$ 41 million, with the passport requirement for persons crossing curtailing small consignments. At Ghulam Khan the fall was small, at US$ 4 million, while Angoor Adda, the smallest station, lost a tenth of its exports.

**8.3.3 Interpretation.** There was no simple relation between closure days and the size of the fall: Ghulam Khan, closed to cargo for 22 days, lost proportionally less than Angoor Adda, closed for 17, and at Chaman disruption on open days mattered as much as formal closures.

**8.3.4 Note.** Percentages are calculated on unrounded values and rounded to one decimal place. Transit cargo for Afghanistan is excluded throughout.
""".replace("{T}", "\n".join(T)), control_type="control")

doc("pajhwok_style_trade_control", """
# Afghanistan's trade with Pakistan declines in 2024, ministry says

KABUL: Afghanistan's trade with Pakistan declined in 2024 as border closures and Pakistan's higher duty on coal hit Afghan exporters, the Ministry of Industry and Commerce said on Monday.

A ministry spokesman said Afghanistan's exports to Pakistan fell from $690 million in 2023 to $540 million in 2024, a decrease of 21.7 percent, while imports from Pakistan decreased from $1,012 million to $884 million, or 12.6 percent. As a result, Afghanistan's trade deficit with Pakistan widened to $344 million from $322 million.

The spokesman said coal had been the most affected item, but that fresh fruit exports had also suffered during closures of the Torkham and Spin Boldak gates. He added that the ministry's own figures for the solar year 1403 would be published after the end of the fiscal year.

He said that trade with Central Asian countries and Iran had increased over the same period, and that Afghan traders were using the Hairatan, Aqina and Islam Qala ports more than before.

Officials of the Afghanistan Chamber of Commerce and Investment said that despite the decline, Pakistan remained an important market for Afghan goods because of its proximity and large population. They urged both sides to keep trade separate from political disputes.

"Pakistani traders and Afghan traders both lose when the gate closes," said a member of the chamber. "We hope the two governments will agree on a permanent solution."

The ministry said a delegation would travel to Islamabad for talks on trade and transit issues in the coming weeks.
""", control_type="control")

doc("wire_returns_slow_control", """
# Afghan returns from Pakistan slowed in late 2024, monitors say

PESHAWAR/JALALABAD, Jan 22 (Frontier Wire) — Returns of Afghans from Pakistan slowed steadily through the second half of 2024, border monitors said on Wednesday, but aid agencies warned that a new phase of Pakistan's removal campaign could reverse the trend.

Some 278,000 Afghans returned in July–December 2024, down from 398,000 in the first half of the year, according to counts at the main crossings. The pace fell further in the last quarter, to 129,000 from 149,000 in July–September. In all, 676,000 people returned during the year.

"The numbers are lower, but the people arriving now have less than ever," said an aid worker at the Torkham reception centre. "Many sold everything they owned to pay for the journey."

Pakistan's interior ministry has said the removal campaign is aimed at foreigners without valid documents and that most returns are voluntary. Rights groups say card holders have also been detained.

China, which has hosted meetings between Pakistani and Afghan officials, has urged both sides to resolve their differences through dialogue, diplomats said.

In Nangarhar, where most returnees from Pakistan settle, provincial officials said housing and jobs were the greatest needs. Aid agencies said their response plan for returnees was less than half funded.

(Reporting by Frontier Wire staff; editing by the regional desk)
""", control_type="control")

doc("iom_style_dtm_quarterly_control", """
# Displacement Tracking — Returns from Pakistan: 2024 Quarterly Overview

*In the style of an IOM Displacement Tracking Matrix overview. Counts at flow monitoring points, rounded to the nearest thousand.*

## Overview

Flow monitoring teams recorded 676,000 returns from Pakistan to Afghanistan in 2024. Returns were highest in the first quarter and declined in each subsequent quarter, as the first phase of Pakistan's repatriation plan was completed.

| Quarter | Returnees | Share of 2024 (%) |
|---|---|---|
| Q1 2024 | 211,000 | 31.2 |
| Q2 2024 | 187,000 | 27.7 |
| Q3 2024 | 149,000 | 22.0 |
| Q4 2024 | 129,000 | 19.1 |
| Total | 676,000 | 100.0 |

## Composition

More than half of the returnees interviewed were children: 52 per cent, against 25 per cent women and 23 per cent men. The share of households headed by women rose during the year.

## Entry points

Torkham received 412,000 returnees, 60.9 per cent of the total, and Spin Boldak 231,000. The remaining 33,000 crossed at smaller points, including Ghulam Khan and Angoor Adda, where monitoring began later.

## Needs

Returnees most often reported needs for cash, shelter, food and documentation. Many children born in Pakistan lacked Afghan identity documents.

## Outlook

Partners are preparing for a possible increase in returns if a second phase of the repatriation plan extends to holders of Afghan Citizen Cards.
""", control_type="control")

doc("factcheck_exports_claim_control", """
# Fact Check: Did Pakistan's exports to Afghanistan fall by more than 12 per cent last year?

*By a fact-checking desk at a Pakistani digital news outlet.*

**The claim.** In a television talk show on 19 January 2025, a member of the Senate's commerce committee said that "exports to Afghanistan fell by more than 12 per cent last year because of the closures at Torkham."

**Verdict: Accurate.**

**What the data say.** Customs data show that Pakistan's exports to Afghanistan were US$ 1,012 million in 2023 and US$ 884 million in 2024. That is a fall of US$ 128 million, or 12.6 per cent, so the senator's figure of "more than 12 per cent" is right.

**Context.** Imports from Afghanistan fell faster, by 21.7 per cent, from US$ 690 million to US$ 540 million, mainly because of lower coal purchases. Two-way trade therefore fell from US$ 1,702 million to US$ 1,424 million.

**Was it the closures?** The senator's explanation is harder to verify. Torkham was closed to cargo for 46 days in 2024, and exports through Torkham fell from US$ 566 million to US$ 486 million. But exports also fell at Chaman, where the passport requirement disrupted trade on days when the crossing was open, and restrictions on the movement of wheat flour reduced exports regardless of closures. Closures were one cause among several.

**How we checked.** We used annual customs figures by calendar year and by crossing, and asked the senator's office for the source of the claim. His office referred us to the same customs data.

*Our rating scale: Accurate, Mostly accurate, Misleading, Inaccurate.*
""", control_type="control")

# ----------------------------------------------------------- citation controls

doc("thesis_register_cited_control", """
# Chapter 3: The Registered Population, 2019–2024

*From a PhD thesis in political science submitted to a university in Peshawar. References follow the author-date style.*

**3.1 Growth before the removal campaign.** The register of Proof of Registration card holders changed little in the two years before August 2021. UNHCR (2020) records 1,438,432 registered Afghans at the end of 2020, only slightly more than a year earlier. The register then grew quickly: UNHCR (2022) reports 1,743,278 at the end of 2022, and UNHCR (2023) reports 1,987,717 a year later, an increase of 244,439 or 14.0 per cent.

**3.2 Why the register grew.** No general registration was held after 2017. Growth came from births to card holders and from the verification of relatives, not from new arrivals; Afghans who crossed after August 2021 were not eligible for cards.

**3.3 The fall in 2024.** The register fell to 15.6 lakh at the end of 2024 (UNHCR, Dec 2024), as card holders left with undocumented relatives during the removal campaign and some cards lapsed while extensions were awaited.

**3.4 Reading the register.** The register is an administrative record, not a census. It overstates the population where departures go unrecorded and understates it where eligible children have not been added. These caveats apply to all the figures above.

**3.5 Summary.** The registered population grew by about two-fifths between 2020 and 2023 and then fell back sharply in 2024. Chapter 4 examines how card holders in Peshawar experienced these changes.
""", control_type="citation_control")

doc("oped_register_cited_control", """
# Op-Ed: The Register Is Shrinking, and So Is Our Credibility

For more than forty years Pakistan has told the world, with justice, that it carries one of the heaviest refugee burdens of any country. That argument depends on numbers, and the numbers are changing.

At the end of 2024, 1,559,964 Afghans remained on Pakistan's register of refugees (UNHCR Refugee Data Finder, 2024), down by more than 400,000 in a single year. The fall did not happen because Afghanistan became safe. It happened because card holders left alongside relatives who were ordered out, and because cards lapsed while the government debated their extension.

Four years earlier the picture was one of stability. UNHCR's end-of-year 2020 statistics recorded 1,438,432 registered Afghans, almost exactly the number of a year before. The register then rose after the fall of Kabul, not through new registration, which Pakistan refused, but through births and the verification of relatives.

The lesson is that the register responds to policy. When Pakistan offers stability, families stay and register their children. When it offers fear, they leave, even when the law protects them.

If Pakistan wants international partners to share the cost of hosting, it must be able to show that it protects those it has registered. That means extending cards for several years at a time, announcing renewals well before expiry, and instructing the police, in writing, that card holders are not to be detained.

*The writer is a former member of the provincial assembly and works on migration policy.*
""", control_type="citation_control")

doc("senate_question_hour_register_cited_control", """
# Senate of Pakistan — Question Hour: Written Answer

## Question No. 52, asked by a Senator from Sindh

Will the Minister for States and Frontier Regions be pleased to state the number of registered Afghan refugees in Pakistan at the end of 2021 and at the end of 2023?

**Answer by the Minister for States and Frontier Regions:**

1. The UN refugee agency's figure for December 2021 is 14.9 lakh registered Afghan refugees holding Proof of Registration cards.
2. At the end of 2023 the number had risen to 19.88 lakh (UNHCR, Dec 2023). The increase reflects the addition of children born to card holders and the verification of family members; no fresh registration has been carried out since 2017.
3. Most card holders reside in Khyber Pakhtunkhwa, followed by Balochistan, Punjab, Sindh and Islamabad Capital Territory.
4. The validity of Proof of Registration cards has been extended from time to time by the Federal Government after approval by the Federal Cabinet.

**Supplementary question.** The Senator asked whether the number had fallen since 2023. The Minister said that departures of card holders during 2024 had reduced the register and that the updated figure would be shared with the House once reconciled.

**Supplementary question.** Another Senator asked about schools in refugee villages. The Minister said that the Commissionerate for Afghan Refugees was working with the provincial education departments to keep these schools open, and that the matter would be placed before the next meeting of the Standing Committee.
""", control_type="citation_control")
