# Sixth held-out set of synthetic documents ("heldout6").  Written from
# scratch after heldout5/, by a labeller who had not opened dyad's
# implementation or history and had not seen any of its results.
# Every entry: name (topic slug, numbered later by build_heldout6.py), text,
# labels (list of defect dicts), control_type for controls.
# The texts imitate authors not used before: a parliamentary committee
# report, UN OCHA-style humanitarian snapshots, World Bank-style trade
# briefs, a think-tank policy memo with footnotes and notes, TOLOnews-style
# bulletins written from the Afghan side (afghanis, solar years), a
# Pakistani business daily, university seminar summaries, provincial
# government press releases, a statistics bureau release and a
# border-crossing monitoring dashboard.
# PDF-extracted tables are laid out by pdf_table(), as in heldout5_data.py.
#
# Invented figures shared with earlier sets (see heldout3/4/5_data.py):
# annual trade series; quarterly exports 2023 (236, 259, 271, 246) and 2024
# (241, 198, 227, 218), quarterly imports 2023 (181, 176, 164, 169) and 2024
# (148, 139, 131, 122); fiscal years FY2022-23 (exports 991, imports 738,
# balance 253, two-way 1,729) and FY2023-24 (956, 620, 336, 1,576);
# exports by crossing 2023 (566, 324, 92, 30) and 2024 (486, 283, 88, 27),
# 2024 by half-year (Torkham 251/235, Chaman 139/144, Ghulam Khan 37/51,
# Angoor Adda 12/15; H1 439, H2 445); customs duty at Torkham (Rs bn FY22
# 31.4, FY23 35.8, FY24 29.6; Rs 3,140 / 3,580 / 2,960 crore); transit
# containers (74,500 FY2022-23, 52,000 FY2023-24); returns (Sep-Dec 2023
# 541,000; 2024 676,000 = H1 398,000 + H2 278,000; Q1-Q4 2024 211,000,
# 187,000, 149,000, 129,000; by crossing 2024 Torkham 412,000, Spin
# Boldak 231,000, other 33,000); attacks (73, 112, 158, 212 for 2021-2024);
# closure days 2024 (Torkham 28/18 = 46, Chaman 19/12 = 31, Ghulam Khan
# 9/13 = 22, Angoor Adda 8/9 = 17; 64/52/116); registered refugees by
# province at end-2024 (Khyber Pakhtunkhwa 52 %, Balochistan 24, Punjab 14,
# Sindh 5, Islamabad 3, AJK 2); coal at 52 % of 2023 imports (synthetic/).
#
# New invented figures, consistent with the above:
#   First nine months (Jan-Sep = Q1+Q2+Q3), US$ mn: 2023 exports 766,
#     imports 521, two-way 1,287; 2024 exports 666, imports 418, two-way
#     1,084.  Jul-Sep (Q3) two-way: 2023 435, 2024 358.
#   Coal in Pakistan's imports from Afghanistan, US$ mn: 2022 412 (of 741,
#     55.6 %), 2023 356 (of 690, 51.6 %), 2024 178 (of 540, 33.0 %); other
#     goods 329, 334, 362.  Coal halved in 2024 (356 -> 178).
#   Trade in rupees (fiscal years): FY23 (FY2022-23) exports Rs 245.8 bn,
#     imports Rs 183.0 bn, surplus Rs 62.8 bn; FY24 (FY2023-24) exports
#     Rs 270.5 bn (Rs 27,050 crore), imports Rs 175.5 bn, surplus Rs 95.0 bn.
#     (The rupee value of exports rose while the dollar value fell.)
#   Afghan transit cargo cleared at Karachi (declared value): FY2022-23
#     Rs 2.3 trillion, FY2023-24 Rs 1.6 trillion.
#   Afghan-side trade with Pakistan by solar year (Af billion): exports to
#     Pakistan 1401 SH 66.0, 1402 SH 49.3; imports from Pakistan 84.3, 76.2;
#     balance -18.3, -26.9.  1402 SH exports by product: coal 27.4, dried
#     fruit 6.2, fresh fruit 5.1, vegetables 3.9, cotton 2.5, other 4.2
#     (= 49.3; shares 55.6 / 12.6 / 10.3 / 7.9 / 5.1 / 8.5 = 100.0).
#   Cargo vehicles (both directions), by month:
#     Jul/Aug/Sep 2024: Torkham 14,200 / 13,100 / 9,600 (= 36,900),
#       Chaman 6,400 / 5,900 / 5,100 (= 17,400); both 20,600 / 19,000 /
#       14,700 (= 54,300).
#     Oct/Nov/Dec 2024: Torkham 11,800 / 12,400 / 12,900 (= 37,100),
#       Chaman 5,500 / 5,800 / 6,200 (= 17,500); both 17,300 / 18,200 /
#       19,100 (= 54,600).
#   Returns from Pakistan in Jul-Sep 2024 (149,000) by crossing: Torkham
#     91,000, Spin Boldak 51,000, other 7,000.
#   Returns from Pakistan in 2024 by province of departure: Khyber
#     Pakhtunkhwa 298,000, Balochistan 203,000, Sindh 100,000, Punjab
#     61,000, Islamabad 14,000 (= 676,000; shares 44.1 / 30.0 / 14.8 /
#     9.0 / 2.1 = 100.0).
#   Returnee response plan 2024: USD 87 million required, USD 39 million
#     received (45 %).

HELDOUT6 = []


def doc(name, text, labels=(), control_type=None):
    HELDOUT6.append({"name": name, "text": text.strip() + "\n", "labels": list(labels),
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
    ["Item", "Jul-Sep 2023", "Jul-Sep 2024", "Change (%)"],
    ["Exports to Afghanistan", "271", "227", "-16.2"],
    ["Imports from Afghanistan", "164", "131", "-20.1"],
    ["Total", "435", "358", "-17.7"],
])
doc("stats_bureau_q3_caption", """
# External Trade Statistics: Trade with Afghanistan, Jul-Sep 2024 (Provisional)

*Quarterly release in the style of a national statistics bureau. Values in US dollars at current prices, compiled from goods declarations filed with customs. Afghan transit cargo is excluded.*

**Summary.** Recorded goods trade with Afghanistan in the first quarter of FY2024-25 (Jul-Sep 2024) came to USD 358 million, against USD 435 million in the same quarter of the previous year. Exports and imports both declined, imports by the larger proportion, so the surplus on trade with Afghanistan narrowed to USD 96 million from USD 107 million.

Table 2. Exports to Afghanistan fell to USD 237 million in Jul-Sep 2024, down from USD 271 million a year earlier

{T}

**Main commodities.** On the export side, wheat flour and cement showed the largest falls, while rice and pharmaceutical products held close to last year's level. On the import side, the decline was concentrated in coal. Fresh fruit imports were seasonally high in September, as in previous years.

**Revisions.** Figures for Jul-Sep 2023 have been revised to include late declarations. Figures for Jul-Sep 2024 are provisional and will be revised in the next release.

**Technical note.** Exports are recorded free on board and imports cost, insurance and freight. Trade through informal crossings is not captured. Percentages are calculated on unrounded values.

*Next release: External trade statistics, Oct-Dec 2024.*
""".replace("{T}", "\n".join(T)), [{
    "kind": "text_vs_table",
    "quotes": ["Exports to Afghanistan fell to USD 237 million in Jul-Sep 2024", T[1]],
    "explanation": "The caption of Table 2 says exports to Afghanistan fell to USD 237 million in Jul-Sep 2024; the PDF-extracted table under it gives 227 for Jul-Sep 2024, and the table's total (358 = 227 + 131), its change column (-16.2 percent from 271 to 227) and the summary's surplus (96 = 227 - 131) all agree with 227. The defect sits in the caption, not in the body text.",
    "expected_values": {"caption_value": 237, "table_value": 227, "unit": "USD million",
                        "subject": "PAK→AFG exports", "period": "Jul-Sep 2024",
                        "table_form": "pdf_extracted"},
}])

doc("policy_memo_torkham_footnote", """
# Policy Memo No. 11: Closing Torkham Costs More Than It Buys

*To: members of the inter-ministerial working group on western border trade. From: the trade and connectivity programme of an Islamabad policy institute. Footnotes give the sources.*

**Bottom line.** Closing Torkham after every border incident has become the default response. It signals displeasure to Kabul, but the cost falls mainly on Pakistani exporters and on workers in Khyber district, and it pushes Afghan buyers towards Central Asian suppliers who do not close their gates.

**What the closures cost.** Torkham was closed to cargo on 46 days in 2024.[^1] Exports through Torkham fell from USD 566 million in 2023 to USD 486 million in 2024, a loss of USD 80 million in a single year.[^2] No other crossing lost as much in absolute terms, and the fall was concentrated in flour, cement and fresh produce, which cannot wait at the gate.

**Why buyers do not come back.** Afghan importers told our researchers that a single long closure was enough for them to test suppliers in Uzbekistan and Kazakhstan. Once the new supplier proved reliable, they kept part of their orders there even after Torkham reopened.[^3]

**Recommendations.**

1. Keep the cargo lanes open during security incidents unless there is a specific threat to the crossing itself.
2. Agree with the Afghan side on a protocol for flag meetings within twenty-four hours of any incident.
3. Publish closure days and reasons every month, so that exporters can plan.

[^1]: Closure records of the customs collectorate; 28 days in the first half of 2024 and 18 in the second.
[^2]: Customs station data. Torkham's recorded exports were USD 468 million in 2024 and USD 566 million in 2023; transit cargo is excluded.
[^3]: Interviews with eleven importers in Jalalabad and Kabul, November 2024.
""", [{
    "kind": "text_vs_table",
    "quotes": ["Exports through Torkham fell from USD 566 million in 2023 to USD 486 million in 2024",
               "Torkham's recorded exports were USD 468 million in 2024"],
    "explanation": "The body gives exports through Torkham in 2024 as USD 486 million (and a loss of USD 80 million = 566 - 486); footnote 2, given as the source of that sentence, gives USD 468 million for the same flow and year. Two values for one quantity, the second hidden in a footnote (digits swapped). No table.",
    "expected_values": {"text_value": 486, "footnote_value": 468, "unit": "USD million",
                        "subject": "PAK→AFG exports through Torkham", "period": "2024"},
}])

doc("senate_committee_report_two_sections", """
# Report of the Senate Standing Committee on Commerce on Trade with Afghanistan, FY2023-24

## 1. Introduction

The Committee took up the state of trade with Afghanistan in three meetings, on a reference from the House. It heard the Ministry of Commerce, the Federal Board of Revenue, the chambers of commerce of Peshawar and Quetta, and transporters' associations.

## 2. Findings

The Ministry informed the Committee that exports to Afghanistan amounted to USD 956 million in FY2023-24, against USD 991 million in FY2022-23, while imports from Afghanistan fell to USD 620 million from USD 738 million. The Committee noted that the fall was steepest in the April–June quarter of 2024.

## 3. Evidence from stakeholders

The chambers told the Committee that closures at Torkham and Chaman, the passport and visa requirement, and restrictions on moving wheat flour towards the border were the main reasons for the decline. Transporters said that lorries waited up to a week at Torkham during the closures.

## 4. Observations

The Committee is of the view that trade with Afghanistan should not be held hostage to disputes that can be settled through flag meetings. It regrets that no compensation has been paid to traders whose perishable goods were lost.

## 5. Recommendations

Recalling that exports to Afghanistan stood at USD 965 million in FY2023-24, the Committee recommends that the Ministry of Commerce set a target of restoring them to the level of FY2022-23 within two years, and that:

- cargo lanes stay open during security incidents;
- a cold store and a separate lane for perishables be built at Torkham; and
- the Ministry report to the Committee every quarter on exports and closure days.
""", [{
    "kind": "text_vs_table",
    "quotes": ["exports to Afghanistan amounted to USD 956 million in FY2023-24",
               "exports to Afghanistan stood at USD 965 million in FY2023-24"],
    "explanation": "The findings (section 2) put exports to Afghanistan in FY2023-24 at USD 956 million; the recommendations (section 5), three sections later, recall the same figure as USD 965 million. Same quantity and fiscal year, two values two sections apart (digits swapped); the series gives 956. No table.",
    "expected_values": {"findings_value": 956, "recommendations_value": 965, "unit": "USD million",
                        "subject": "PAK→AFG exports", "period": "FY2023-24"},
}])

T = pdf_table([
    ["Crossing", "Jul-24", "Aug-24", "Sep-24", "Total"],
    ["Torkham", "14,200", "13,100", "9,600", "36,900"],
    ["Chaman", "6,400", "5,900", "5,100", "17,400"],
    ["Total", "20,600", "19,000", "14,700", "54,300"],
])
doc("crossing_dashboard_q3_vehicles", """
# Western Border Crossing Monitor — Cargo Dashboard, Jul-Sep 2024

*Dashboard of a trade-facilitation project, updated quarterly from gate records at Torkham and Chaman. Vehicles are counted in both directions; empty returns are included.*

**Headline tiles**

- Cargo vehicles, both crossings: 54,300
- Busiest month: July
- Days with cargo gates shut at Torkham in the quarter: see closure log

**Trend.** Traffic at Torkham slowed through the quarter. After 14,200 cargo vehicles in July, the crossing handled 13,800 in August and 9,600 in September, when the cargo gate was shut for several days after an exchange of fire near the zero point. At Chaman, traffic declined more gently, as the sit-in against the passport requirement had ended and lorry movements were no longer affected by it.

**Monthly cargo vehicles by crossing**

{T}

**Waiting times.** Median waiting time for outbound lorries at Torkham rose from under one day in July to more than three days in September. Lorries carrying fruit and vegetables were given priority after the reopening.

**Data notes.** Counts come from gate registers kept by the customs and security agencies and are reconciled by the project team each month. Vehicles carrying Afghan transit cargo are included, because they use the same lanes. Ghulam Khan and Angoor Adda are not yet covered by the dashboard.
""".replace("{T}", "\n".join(T)), [{
    "kind": "text_vs_table",
    "quotes": ["the crossing handled 13,800 in August", T[1]],
    "explanation": "The trend paragraph says Torkham handled 13,800 cargo vehicles in August 2024; the PDF-extracted table (months as columns) gives 13,100 for Torkham in Aug-24, and the table's totals (36,900 = 14,200 + 13,100 + 9,600 for Torkham; 19,000 = 13,100 + 5,900 for August) agree with 13,100.",
    "expected_values": {"text_value": 13800, "table_value": 13100, "unit": "cargo vehicles",
                        "subject": "cargo vehicles crossing Torkham", "period": "Aug-24",
                        "table_form": "pdf_extracted"},
}])

doc("tolo_style_exports_1402_table", """
# Afghanistan's exports to Pakistan fall in 1402, official figures show

KABUL — Afghanistan's exports to Pakistan declined in the solar year 1402 as Pakistan raised duties on Afghan coal and closed the Torkham and Spin Boldak crossings several times, according to figures released by the National Statistics and Information Authority (NSIA) on Sunday.

The figures show that Afghanistan's exports to Pakistan reached Af 53.9 billion in the solar year 1402, while imports from Pakistan, mainly flour, rice, medicines and cement, came to Af 76.2 billion. Afghanistan's trade deficit with Pakistan therefore grew.

**Trade with Pakistan (Af billion)**

| Af billion | 1401 SH | 1402 SH | Change |
|---|---|---|---|
| Exports to Pakistan | 66.0 | 49.3 | −16.7 |
| Imports from Pakistan | 84.3 | 76.2 | −8.1 |
| Balance | −18.3 | −26.9 | −8.6 |

Officials of the Ministry of Industry and Commerce said the decline in exports was mainly due to coal. "Coal was our biggest export to Pakistan, and when the duty went up, the orders went down," a ministry spokesman told reporters.

Traders in Nangarhar said fresh fruit exports had also suffered when lorries were stuck at Torkham during the harvest season.

Economic analysts in Kabul said the Islamic Emirate should reduce dependence on Pakistan by expanding trade with Central Asia through the Hairatan port and by using Iranian ports for overseas trade.

"Pakistan is our natural market, but we cannot depend on a gate that closes every month," said Qazi Farid, an economist in Kabul.

The ministry said talks on a new trade arrangement with Pakistan were continuing.
""", [{
    "kind": "text_vs_table",
    "quotes": ["Afghanistan's exports to Pakistan reached Af 53.9 billion in the solar year 1402",
               "| Exports to Pakistan | 66.0 | 49.3 | −16.7 |"],
    "explanation": "The report says Afghanistan's exports to Pakistan reached Af 53.9 billion in 1402 SH; the table below (solar years as columns) gives 49.3, and its change column (-16.7 = 49.3 - 66.0) and balance row (49.3 - 76.2 = -26.9) agree with 49.3. Afghani amounts are never converted.",
    "expected_values": {"text_value": 53.9, "table_value": 49.3, "unit": "AFN billion",
                        "subject": "AFG→PAK exports (Afghan data)", "period": "1402 SH"},
}])

doc("seminar_register_slide", """
# Seminar Summary: "After the Deadline — Afghans in Pakistan since October 2023"

*Department of Political Science, a public university in Peshawar. Summary prepared by the seminar rapporteur; speakers are not named at their request.*

The department's monthly research seminar discussed how the removal campaign announced in October 2023 has changed the lives of Afghans in Pakistan, including those with a recognised status.

**First speaker.** A researcher on displacement opened with the register of Proof of Registration card holders. She said that the register had fallen to roughly one point three million by the end of 2024, after card holders left alongside undocumented relatives and some cards lapsed while extensions were awaited. Her slide showed the register at the two most recent year ends:

| Year end | Registered refugees | Change |
|---|---|---|
| end-2023 | 1,987,717 | — |
| end-2024 | 1,559,964 | −427,753 |

**Second speaker.** A lawyer who represents card holders in the Peshawar High Court described arrests of card holders at police checkpoints, despite instructions that they should not be detained. He said that short extensions announced close to expiry left families unable to rent homes or enrol children in school.

**Third speaker.** An economist discussed the effect of departures on labour markets in Peshawar, where Afghans had worked in construction, transport and the wholesale fruit market. Employers reported shortages of skilled workers in some trades.

**Discussion.** Students asked whether the register could recover if the campaign ended. The first speaker replied that departures of card holders were rarely reversed, because families sold their belongings before leaving.

*The next seminar will discuss border trade after the Torkham closures.*
""", [{
    "kind": "text_vs_table",
    "quotes": ["the register had fallen to roughly one point three million by the end of 2024",
               "| end-2024 | 1,559,964 | −427,753 |"],
    "explanation": "The summary has the speaker put the register at 'roughly one point three million' at the end of 2024; the table on her own slide gives 1,559,964 for end-2024 (its change column, -427,753 from 1,987,717, agrees). The hedge cannot cover a gap of about 260,000. The text figure is written in words.",
    "expected_values": {"text_value": 1300000, "text_hedge": "roughly",
                        "text_as_written": "one point three million", "table_value": 1559964,
                        "unit": "people", "subject": "registered Afghan refugees in Pakistan",
                        "period": "end-2024"},
}])

# =================================================================== arithmetic

doc("business_daily_rupee_surplus", """
# Afghan trade earns more rupees as dollar value slips

*Staff Report*

KARACHI: Pakistan earned more rupees from its trade with Afghanistan in FY24 even as the dollar value of the trade declined, as the weaker rupee raised the local-currency value of every consignment, according to customs data compiled by this newspaper.

Exports to Afghanistan fetched Rs 270.5bn in FY24 while imports from the neighbouring country cost Rs 175.5bn, leaving a surplus of Rs 85.0bn on the year. In dollar terms, exports came to USD 956mn and imports to USD 620mn.

Exporters said the rupee figures gave a misleading picture of a healthy trade. "Our costs are in rupees too, and they have gone up faster than our prices," said the chief executive of a Lahore rice mill that ships to Kabul. "Measured in containers, we are selling less than two years ago."

Market participants pointed to three pressures: the closure of Torkham on 46 days in calendar 2024, the passport and visa requirement at Chaman, and provincial curbs on moving wheat flour towards the border. Afghan importers were also switching to suppliers in Uzbekistan and Kazakhstan, whose goods arrive by rail through Hairatan.

Analysts at a Karachi brokerage said the surplus with Afghanistan remained one of the few bright spots in Pakistan's regional trade, but warned that it depended on keeping the crossings open. They expect the dollar value of exports to stabilise in FY25 if the border remains calm.

The commerce ministry did not respond to a request for comment.
""", [{
    "kind": "arithmetic",
    "quotes": ["Exports to Afghanistan fetched Rs 270.5bn in FY24 while imports from the neighbouring country cost Rs 175.5bn, leaving a surplus of Rs 85.0bn"],
    "explanation": "Exports of Rs 270.5bn less imports of Rs 175.5bn give a surplus of Rs 95.0bn, not Rs 85.0bn. All three figures are in the same sentence, in rupees, and are never converted.",
    "expected_values": {"exports": 270.5, "imports": 175.5, "stated_balance": 85.0,
                        "computed_balance": 95.0, "unit": "PKR billion", "period": "FY24"},
}])

T = pdf_table([
    ["Item", "Jan-Sep 2023", "Jan-Sep 2024", "Change (%)"],
    ["Exports to Afghanistan", "766", "666", "-13.1"],
    ["Imports from Afghanistan", "521", "418", "-24.6"],
    ["Total", "1,287", "1,084", "-15.8"],
])
doc("stats_bureau_nine_months_change", """
# Trade with Afghanistan: First Nine Months of 2024 (Jan-Sep)

*Statistical release in the style of a national statistics bureau. Calendar-year cumulative figures in US dollars, compiled from customs goods declarations.*

**Key points.** In the first nine months of 2024, two-way trade with Afghanistan totalled USD 1.08bn, down from USD 1.29bn in the first nine months of 2023. Imports from Afghanistan fell more steeply than exports. The second quarter was the weakest of the three for exports and the third for imports.

**Table 1. Trade with Afghanistan, January to September (USD million)**

{T}

**Exports.** The decline in exports reflected lower shipments of wheat flour, cement and textiles. Rice exports were broadly stable. Exports of medicines grew slightly.

**Imports.** The fall in imports was driven by coal, as Pakistani cement manufacturers bought less Afghan coal after the revision of the duty on it. Imports of fresh and dried fruit were close to last year's level.

**Coverage.** Figures cover goods declared at the land customs stations on the western border and at seaports and dry ports for goods of Afghan origin. Afghan transit cargo passing through Pakistan is not included. Informal trade is not captured.

**Revision policy.** Monthly figures are revised once, in the release for the following quarter. The figures for July to September 2024 are provisional.
""".replace("{T}", "\n".join(T)), [{
    "kind": "arithmetic",
    "quotes": [T[2]],
    "explanation": "In the PDF-extracted Table 1 (periods as columns), the change cell for imports gives -24.6 percent, but imports went from 521 to 418, a fall of 19.8 percent; -24.6 is the fall of 103 divided by the later value (418) instead of the earlier one. The other cells are right (-13.1 for exports, -15.8 for the total).",
    "expected_values": {"from": 521, "from_period": "Jan-Sep 2023", "to": 418, "to_period": "Jan-Sep 2024",
                        "stated_change_pct": -24.6, "computed_change_pct": -19.77,
                        "unit": "percent", "location": "change column", "table_form": "pdf_extracted"},
}])

doc("policy_memo_attacks_fold", """
# Policy Memo No. 14: The Security Cost of an Open-Ended Quarrel with Kabul

*From the security studies programme of an Islamabad policy institute, for members of the parliamentary committee on national security. Endnotes are numbered in brackets.*

**Bottom line.** Pressure on Kabul through closures and deportations has not reduced attacks from across the border. A narrower approach that separates trade and refugees from counter-terrorism cooperation is more likely to produce results.

**The trend.** Cross-border attacks on Pakistan went from 73 in 2021 to 212 in 2024, a 2.4-fold rise in three years (1). Most of the increase came in Khyber Pakhtunkhwa's merged districts, in North and South Waziristan, Bajaur and Khyber, where attackers can withdraw across the border within hours (2).

**What has been tried.** Since 2023 Pakistan has closed crossings after major attacks, expelled undocumented Afghans and, on occasion, struck targets inside Afghanistan. Each step has raised the political temperature without changing the Taliban's calculation about the Tehrik-i-Taliban Pakistan, which they regard as an ally.

**Options.**

1. Offer Kabul trade and transit concessions that are conditional on specific, verifiable steps against TTP camps near the border.
2. Keep trade lanes open during security incidents, so that pressure falls on armed groups rather than on traders.
3. Use regional partners, notably China and the Central Asian states, to press for a verification mechanism.

**Risks.** Conditional engagement may be presented in Kabul as a concession won by force, and some in Islamabad will see it as rewarding the Taliban. Neither risk is greater than the cost of the present trend.

(1) Interior ministry count of cross-border attacks, annual figures for 2021 to 2024.
(2) Institute's incident database, district-level breakdown.
""", [{
    "kind": "arithmetic",
    "quotes": ["went from 73 in 2021 to 212 in 2024, a 2.4-fold rise in three years"],
    "explanation": "Attacks went from 73 to 212, which is 2.9 times the starting level (a rise of 190.4 percent), not a 2.4-fold rise (which would be a rise of 140 percent, to about 175). The change is written as a multiple.",
    "expected_values": {"from": 73, "from_period": "2021", "to": 212, "to_period": "2024",
                        "stated_fold": 2.4, "stated_as_written": "a 2.4-fold rise",
                        "stated_change_pct": 140.0, "computed_change_pct": 190.41,
                        "unit": "percent"},
}])

doc("ocha_snapshot_province_total", """
# Afghanistan: Returns from Pakistan — Humanitarian Snapshot, Full Year 2024

*In the style of a UN OCHA humanitarian snapshot. Figures are compiled by partners working at the eastern and southern crossings; counts are rounded to the nearest thousand.*

## Situation overview

Returns from Pakistan continued throughout 2024, though at a lower pace than in the last months of 2023. Most returnees arrived through Torkham into Nangarhar and through Spin Boldak into Kandahar. Many had lived in Pakistan for decades, and a large share of the children had never lived in Afghanistan.

## Where returnees came from

| Province of departure (Pakistan) | Returnees 2024 | Share (%) |
|---|---|---|
| Khyber Pakhtunkhwa | 298,000 | 44.1 |
| Balochistan | 203,000 | 30.0 |
| Sindh | 100,000 | 14.8 |
| Punjab | 61,000 | 9.0 |
| Islamabad | 14,000 | 2.1 |
| Total | 686,000 | 100.0 |

## Humanitarian needs

Returnees most often need cash, shelter and documents. Families from Sindh and Punjab travel the longest distances and arrive with the fewest assets, having sold furniture and tools at a loss before leaving. Women-headed households and older people travelling alone are referred to protection partners at the border.

## Response

Partners provide hot meals, water, health screening and transport at the reception centres in Torkham and Spin Boldak, and cash grants at the point of arrival in the province of destination. Winter support reached fewer households than planned because of funding gaps.

## Gaps and constraints

Reception centres were overcrowded on peak days. Many returnees lacked documents needed to access services, and land for shelter remains scarce in Nangarhar and Kandahar.
""", [{
    "kind": "arithmetic",
    "quotes": ["| Total | 686,000 | 100.0 |"],
    "explanation": "The total row of the table gives 686,000 returnees, but the five provinces of departure add up to 676,000 (298,000 + 203,000 + 100,000 + 61,000 + 14,000). The share column, computed on 676,000, adds up to 100.0.",
    "expected_values": {"parts": {"Khyber Pakhtunkhwa": 298000, "Balochistan": 203000, "Sindh": 100000,
                                  "Punjab": 61000, "Islamabad": 14000},
                        "sum_of_parts": 676000, "stated_total": 686000, "difference": 10000,
                        "unit": "people", "period": "2024"},
}])

doc("balochistan_press_release_district_shares", """
# Government of Balochistan — Home and Tribal Affairs Department

## Press Release

**Quetta, 9 January 2025**

The Home and Tribal Affairs Department has reviewed the implementation of the repatriation plan for foreigners without valid documents in Balochistan during 2024.

According to the figures compiled by the district administrations, 203,000 Afghan nationals returned to Afghanistan from Balochistan in 2024, almost all of them through the Chaman crossing. Of those who returned, 58 per cent had been living in Quetta district, 27 per cent in Pishin and Qila Abdullah, and 22 per cent in the other districts of the province.

The spokesperson of the Government of Balochistan said that the process had been carried out in a dignified manner, and that holding centres in Quetta and Chaman had provided food, shelter and medical care to families awaiting transport to the border. Women and children were given priority at every stage.

The spokesperson said that Proof of Registration card holders were not covered by the plan, and that district administrations had been directed to ensure that card holders were not harassed. Complaints may be registered at the helpline of the Home Department.

The provincial government also reviewed the situation at Chaman, where traders and labourers had been affected by the documentation requirement for crossing the border. The meeting decided to expand the number of passport and visa facilitation desks at Chaman and to request the federal government to open a second counter for residents of the border districts.

The meeting was attended by the Additional Chief Secretary (Home), the Inspector General of Police and representatives of the Frontier Corps.
""", [{
    "kind": "arithmetic",
    "quotes": ["58 per cent had been living in Quetta district, 27 per cent in Pishin and Qila Abdullah, and 22 per cent in the other districts of the province"],
    "explanation": "The shares of 2024 returnees from Balochistan by district of residence add up to 107 percent (58 + 27 + 22), though the three groups (Quetta, Pishin and Qila Abdullah, all other districts) cover the whole province once each.",
    "expected_values": {"shares_pct": {"Quetta": 58, "Pishin and Qila Abdullah": 27, "other districts": 22},
                        "sum_pct": 107, "period": "2024"},
}])

doc("na_special_committee_balance_row", """
# National Assembly — Special Committee on Regional Trade: Report on Trade with Afghanistan

## Part I: Background

The Special Committee was constituted by the Speaker to examine the decline in Pakistan's trade with its western neighbour and to recommend measures to the House. It held five meetings between October and December 2024 and visited Torkham.

## Part II: The data placed before the Committee

The Ministry of Commerce placed the following figures before the Committee. Exports fell in FY2023-24, but imports fell by more, so that the surplus with Afghanistan widened even as two-way trade shrank.

**Table 1. Trade with Afghanistan by fiscal year (USD million)**

| USD million | FY2022-23 | FY2023-24 |
|---|---|---|
| Exports to Afghanistan | 991 | 956 |
| Imports from Afghanistan | 738 | 620 |
| Balance | 253 | 346 |
| Two-way trade | 1,729 | 1,576 |

## Part III: Findings

The Committee finds that the decline in imports is explained mainly by lower purchases of Afghan coal, and the decline in exports by closures of the crossings and restrictions on the movement of wheat flour. It notes that Afghan transit trade through Karachi has also declined since the list of goods barred from transit was extended in October 2023.

## Part IV: Recommendations

1. The Ministry of Commerce and the Ministry of Interior should agree on standard procedures under which cargo lanes remain open during security incidents.
2. The Federal Board of Revenue should publish monthly data on trade with Afghanistan by crossing.
3. The Ministry of Foreign Affairs should pursue a new bilateral trade arrangement with the Afghan authorities, including a mechanism for settling disputes at the border.

The report was adopted unanimously.
""", [{
    "kind": "arithmetic",
    "quotes": ["| Balance | 253 | 346 |"],
    "explanation": "In Table 1 (fiscal years as columns), the FY2023-24 balance is given as 346, but exports of 956 less imports of 620 give 336. The FY2022-23 balance (253 = 991 - 738) and the two-way row (1,576 = 956 + 620) are right.",
    "expected_values": {"exports": 956, "imports": 620, "stated_balance": 346,
                        "computed_balance": 336, "unit": "USD million", "period": "FY2023-24"},
}])

# =================================================================== garbled

doc("tolo_style_imports_solar_backwards", """
# Imports from Pakistan drop as traders turn north

KABUL — Afghanistan's imports from Pakistan have fallen as Afghan traders buy more flour, fuel and construction materials from Central Asia, officials and traders say.

Over 1402–1401 SH, Afghanistan's imports from Pakistan fell from Af 84.3 billion to Af 76.2 billion, according to figures from the National Statistics and Information Authority. Flour, rice, medicines and cement remained the main items, but their volumes declined.

Officials at the Ministry of Industry and Commerce said the decline was partly the result of restrictions on the Pakistani side, including limits on the movement of flour towards the border and the repeated closure of the Torkham and Spin Boldak gates.

"When Pakistani flour is stopped at the border, Kazakh flour arrives at Hairatan the next week," said Mohammad Yunus, a wholesaler in Kabul's Mandawi market. "It costs a little more, but it arrives."

Traders in Jalalabad said that Pakistani medicines were still preferred by pharmacies in the eastern provinces because of their prices and because doctors were familiar with them, and that shortages appeared quickly whenever Torkham was closed for more than a few days.

Economic analysts said that buying from several neighbours made Afghanistan less vulnerable to closures, but that the northern routes were longer and added to costs for consumers in the south and east.

The Islamic Emirate's officials said they wanted trade with Pakistan to continue and called for a mechanism to keep the gates open during disputes.
""", [{
    "kind": "garbled",
    "quotes": ["Over 1402–1401 SH"],
    "explanation": "The period runs backwards, written with solar-year (SH) labels and an en dash: 1402–1401 SH. The figures in the same sentence run from Af 84.3 billion (1401 SH) to Af 76.2 billion (1402 SH), so the period meant is 1401–1402 SH.",
    "expected_values": {"stated_period_start": "1402 SH", "stated_period_end": "1401 SH",
                        "intended_period": "1401 SH..1402 SH", "from": 84.3, "to": 76.2,
                        "unit": "AFN billion"},
}])

doc("stats_bureau_monthly_review_same", """
# Monthly Review of Foreign Trade, September 2024 — Annex C: Trade with Afghanistan

*Annex to a monthly review in the style of a national statistics bureau. USD million, provisional.*

**C.1 Quarter at a glance.** With the release of September data, figures for the first quarter of FY2024-25 are complete. Exports to Afghanistan came to USD 227 million in Jul-Sep 2024, against USD 271 million a year earlier. Imports from Afghanistan decreased from USD 131 million in Jul-Sep 2024 to USD 131 million in Jul-Sep 2024, with coal accounting for most of the decline.

**C.2 Monthly pattern.** Exports were strongest in July and weakest in September, when the cargo gate at Torkham was shut for several days. Imports followed a similar pattern, except that fresh fruit arrivals rose in September with the grape and pomegranate harvest.

**C.3 Main export items.** Rice, wheat flour, pharmaceutical products, cement and fresh vegetables made up most of the value of exports. Flour shipments remained subject to provincial movement permits.

**C.4 Main import items.** Coal, fresh fruit, dried fruit, vegetables and cotton made up most of the value of imports. Coal imports were lower than in any quarter since 2021.

**C.5 Notes.** Trade with Afghanistan covers goods declared at the land customs stations and at seaports for goods of Afghan origin or destination. Afghan transit cargo is excluded. Figures for the latest three months are revised in the following release.
""", [{
    "kind": "garbled",
    "quotes": ["decreased from USD 131 million in Jul-Sep 2024 to USD 131 million in Jul-Sep 2024"],
    "explanation": "The change in imports from Afghanistan starts and ends at the same value and the same quarter (Jul-Sep 2024). The series gives 164 for Jul-Sep 2023, so the intended change was from USD 164 million in Jul-Sep 2023 to USD 131 million in Jul-Sep 2024, as the exports sentence before it is framed.",
    "expected_values": {"start_value": 131, "end_value": 131,
                        "start_period": "Jul-Sep 2024", "end_period": "Jul-Sep 2024",
                        "likely_intended_start": {"value": 164, "period": "Jul-Sep 2023"},
                        "unit": "USD million"},
}])

doc("seminar_customs_crore_repeated", """
# Seminar Summary: "Revenue at the Gate — What Torkham Means for the Treasury"

*Centre for Public Finance, a university in Islamabad. Rapporteur's summary of a graduate seminar.*

The seminar examined how duties collected at the western border have moved since the coal boom of 2022, and what closures of the crossings cost the federal treasury.

**Presentation.** A doctoral candidate presented her work on land customs revenue. She showed that collections at Torkham peaked in FY23, when Pakistani cement plants bought Afghan coal in large quantities, and fell in the following year. Duties collected at Torkham fell to Rs 2,960 crore in FY24 from Rs 3,580 crore in FY23. Duties collected at Torkham fell to Rs 2,960 crore in FY24 from Rs 3,580 crore in FY23. She attributed most of the fall to coal, where the revised duty and lower world prices worked together, and the rest to closures of the crossing.

**Discussant.** A former customs officer said that closure days were a poor guide to lost revenue, because much cargo was cleared after the gate reopened. What was lost for good, he argued, were perishable goods and orders that Afghan buyers moved elsewhere.

**Discussion.** Participants asked whether the higher duty on coal had paid for itself. The presenter said it was too early to tell, but that revenue per lorry had risen while the number of lorries had fallen sharply. Another participant noted that transit cargo pays no duty in Pakistan, so the fall in transit volumes did not affect these figures directly.

**Next steps.** The presenter will extend the series to the smaller stations at Chaman and Ghulam Khan and estimate the revenue effect of each closure.
""", [{
    "kind": "garbled",
    "quotes": ["Duties collected at Torkham fell to Rs 2,960 crore in FY24 from Rs 3,580 crore in FY23. Duties collected at Torkham fell to Rs 2,960 crore in FY24 from Rs 3,580 crore in FY23."],
    "explanation": "A sentence carrying two rupee amounts written in crore and two short fiscal-year labels is repeated word for word, the copy straight after the original. The quote covers both copies.",
    "expected_values": {"repeated_sentence": "Duties collected at Torkham fell to Rs 2,960 crore in FY24 from Rs 3,580 crore in FY23.",
                        "occurrences": 2},
}])

doc("crossing_dashboard_returns_window", """
# Western Border Crossing Monitor — Returnee Movements Dashboard

**Reporting window: 30/09/2024 – 01/07/2024**

*Quarterly dashboard of a border-monitoring network. Counts of returnees crossing from Pakistan to Afghanistan are taken at the exit points on the Pakistani side and rounded to the nearest thousand.*

**Headline tiles**

- Returnees in the window, all crossings: 149,000
- Torkham: 91,000
- Spin Boldak–Chaman: 51,000
- Other crossings: 7,000

**Trend.** Returns continued to slow during the third quarter of 2024. Fewer families arrived at the holding centres in Landi Kotal and Chaman than in the spring, and the share of returnees travelling from Sindh and Punjab rose.

**Profile.** More than half of the returnees were children. Most families travelled in hired lorries or buses with their belongings, and many reported that they had sold household goods at a loss before departure.

**Protection flags.** Monitors recorded cases of family separation at the exit points, where one member lacked documents, and reports of payments demanded at checkpoints on the road to the border. Cases were referred to partner organisations.

**Data notes.** Counts are made during the opening hours of the exit points. Movements through unofficial routes and by individuals travelling alone on foot may be undercounted. The dashboard does not cover deportations from Iran.
""", [{
    "kind": "garbled",
    "quotes": ["30/09/2024 – 01/07/2024"],
    "explanation": "The reporting window runs backwards, from 30 September 2024 to 1 July 2024 (dates written day/month/year with slashes). The body (the third quarter of 2024, 149,000 returns) makes clear the window is 1 July to 30 September 2024.",
    "expected_values": {"stated_period_start": "30/09/2024", "stated_period_end": "01/07/2024",
                        "intended_period": "2024-07-01..2024-09-30", "value": 149000,
                        "unit": "people"},
}])

doc("business_daily_fy23_same", """
# Exporters to Afghanistan seek relief as sales slide

*Our Correspondent*

LAHORE: Exporters who sell to Afghanistan have asked the federal government for relief on sales tax refunds and freight costs, saying their business has shrunk since FY23 because of closures at the border and competition from Central Asian suppliers.

According to figures shared by exporters' associations at a meeting with officials on Thursday, exports to Afghanistan slipped from USD 991mn in FY23 to USD 991mn in FY23, and the first months of FY25 show no recovery. Exporters said the decline was sharpest in flour, cement and textiles.

"We are not asking for subsidies, only for our own money to be returned on time," said the chairman of an exporters' association. He said refunds owed to exporters shipping across the land border were taking months to process, tying up working capital.

Rice exporters said their shipments had held up better than others, but that margins had been squeezed by higher transport costs. A round trip from Lahore to Kabul now takes far longer than before because of waiting times at Torkham.

Officials of the commerce ministry told the meeting that the government was negotiating with the Afghan authorities for a protocol to keep cargo lanes open during security incidents, and that a proposal for faster refunds was with the Federal Board of Revenue.

Market analysts said Afghan buyers had diversified towards Uzbekistan, Kazakhstan and Iran, and that Pakistani exporters would have to compete on reliability, not only on price.
""", [{
    "kind": "garbled",
    "quotes": ["slipped from USD 991mn in FY23 to USD 991mn in FY23"],
    "explanation": "The change in exports starts and ends at the same value and the same short fiscal-year label (FY23). The series gives USD 956mn for FY24, so the intended end point is FY24.",
    "expected_values": {"start_value": 991, "end_value": 991,
                        "start_period": "FY23", "end_period": "FY23",
                        "likely_intended_end": {"value": 956, "period": "FY24"},
                        "unit": "USD million"},
}])

doc("kp_press_release_closures_backwards", """
# Government of Khyber Pakhtunkhwa — Information and Public Relations Department

## Handout

**Peshawar, 16 January 2025**

The Chief Minister of Khyber Pakhtunkhwa chaired a meeting on trade through Torkham and the welfare of traders, transporters and labourers in Khyber district. The meeting was attended by the provincial ministers for finance and industries, the Commissioner Peshawar Division and representatives of the chambers of commerce.

The meeting was informed that the situation at the crossing had improved over the year. Between H2 2024 and H1 2024, the number of days on which Torkham was closed to cargo fell from 28 to 18, after flag meetings with the Afghan side were held more promptly following incidents. The Chief Minister appreciated the efforts of the district administration and the security forces.

The Chief Minister directed that:

- a relief package for daily-wage labourers in Landi Kotal be prepared for the cabinet's approval;
- the provincial government approach the federal government to keep cargo lanes open during disputes;
- work on the cold storage facility near Torkham be accelerated; and
- the industries department prepare a plan for an economic zone in Khyber district linked to trade with Afghanistan and Central Asia.

The Chief Minister said that Khyber Pakhtunkhwa, as the gateway to Afghanistan, bore the heaviest cost of every closure, and that the province's traders deserved the support of the federation. He said the provincial government would raise the matter at the next meeting of the Council of Common Interests.
""", [{
    "kind": "garbled",
    "quotes": ["Between H2 2024 and H1 2024"],
    "explanation": "The period runs backwards: from the second half of 2024 to the first. The figures in the same sentence (28 closure days, then 18) run from H1 2024 to H2 2024, as the closure records give them.",
    "expected_values": {"stated_period_start": "H2 2024", "stated_period_end": "H1 2024",
                        "intended_period": "H1 2024..H2 2024", "from": 28, "to": 18,
                        "unit": "days"},
}])

# =================================================================== number_reuse

doc("kp_press_release_share_and_schools", """
# Government of Khyber Pakhtunkhwa — Elementary and Secondary Education Department

## Press Release

**Peshawar, 3 February 2025**

The Elementary and Secondary Education Department has announced a plan to keep schools in refugee villages open and to improve their facilities, following a meeting between the provincial minister for education and the Commissionerate for Afghan Refugees.

The minister said that Khyber Pakhtunkhwa hosts about 8.1 lakh registered Afghan refugees, or 52 per cent of all registered refugees in Pakistan, more than any other province. He said that their children had a right to education and that the province would not allow the schools serving them to close.

Under the plan, the department will take over the running costs of 52 schools in refugee villages in the districts of Peshawar, Nowshera, Haripur, Kohat and Mardan. The department will also train teachers in those schools, provide textbooks free of cost and repair classrooms damaged in the floods of 2022.

The minister said that many refugee children had left school after the start of the repatriation campaign for undocumented foreigners in 2023, because families feared arrest on the way to school. He said the department had issued instructions that no child should be asked for documents at the school gate.

The minister thanked development partners for their support and urged them to fund the plan's second phase, which would cover schools in refugee villages in Swabi and Lower Dir.

The provincial government will review progress on the plan after six months.
""", [{
    "kind": "number_reuse",
    "quotes": ["52 per cent of all registered refugees in Pakistan", "the running costs of 52 schools in refugee villages"],
    "explanation": "52, Khyber Pakhtunkhwa's share of Pakistan's registered refugees in percent (8.1 lakh of 15.6 lakh at end-2024), is used again in the next paragraph as a count of a different thing: the number of schools in refugee villages the department takes over. A share in one place, a count in the other.",
    "expected_values": {"value": 52, "unit_1": "percent", "unit_2": "schools",
                        "quantity_1": "Khyber Pakhtunkhwa's share of registered Afghan refugees, end-2024",
                        "quantity_2": "schools in refugee villages taken over by the department"},
}])

doc("tolo_style_fruit_revenue_reuse", """
# Afghan fruit exporters count losses at Torkham

JALALABAD — Afghan fruit exporters say the repeated closure of the Torkham crossing has cost them a large part of their income, as grapes, pomegranates and melons bound for Pakistan rotted in lorries at the gate.

According to the National Statistics and Information Authority, exports of fresh fruit to Pakistan were worth Af 5.1 billion in 1402. Officials of the Nangarhar customs department said customs revenue collected at the Torkham port reached 5.1 billion afghanis in the same year, despite the closures.

"A lorry of grapes can wait two days, not ten," said Gul Rahman, a fruit trader from Shinwar district. "Every closure costs us the whole load."

Traders said they had begun sending some of their produce to Central Asia through Hairatan and to Iran through Islam Qala, but that the long distances made this difficult for perishable goods grown in the east.

Officials of the Ministry of Agriculture said the Islamic Emirate was building cold storage facilities in Nangarhar and Kandahar so that farmers could store fruit during closures and sell it later at better prices.

Members of the Afghanistan Chamber of Agriculture and Livestock urged the Islamic Emirate to agree with Pakistan on a separate lane for perishable goods at Torkham and Spin Boldak, so that fruit lorries could cross even when the gates were closed to other traffic.

Pakistani officials said such a lane had been designated on their side and that they were ready to discuss its operation with the Afghan authorities.
""", [{
    "kind": "number_reuse",
    "quotes": ["exports of fresh fruit to Pakistan were worth Af 5.1 billion in 1402",
               "customs revenue collected at the Torkham port reached 5.1 billion afghanis"],
    "explanation": "5.1 billion afghanis, the value of Afghanistan's fresh fruit exports to Pakistan in 1402 SH, is used again in the next sentence for a different quantity: customs revenue collected on the Afghan side at Torkham in the same year.",
    "expected_values": {"value": 5.1, "value_as_written": "5.1 billion", "unit": "AFN billion",
                        "quantity_1": "AFG fresh fruit exports to Pakistan, 1402 SH",
                        "quantity_2": "customs revenue collected at Torkham port (Afghan side), 1402 SH"},
}])

doc("crossing_dashboard_vehicles_pedestrians", """
# Torkham Crossing Monitor — Quarterly Dashboard, Jul-Sep 2024

*Dashboard of a trade-facilitation project. Cargo counts come from gate registers; pedestrian counts from the biometric counters at the pedestrian terminal. Both directions are counted.*

**Headline tiles**

- Cargo vehicles (both directions): 36,900
- Pedestrian crossings: 36,900
- Days with cargo gate shut: 12
- Median outbound waiting time in September: 3.4 days

**Cargo.** Cargo traffic declined through the quarter, from 14,200 vehicles in July to 9,600 in September, as the gate was shut for several days after an exchange of fire. Outbound lorries mostly carried flour, rice, cement and medicines; inbound lorries carried coal, fresh fruit and vegetables.

**People.** The pedestrian terminal was open on all days when the cargo gate was open. Since the passport and visa requirement took effect, crossings on foot have been dominated by patients travelling to hospitals in Peshawar, traders with business visas and returnee families.

**Facilities.** The new scanner at the export lane was in operation for most of the quarter. A shaded waiting area for women and children was completed at the pedestrian terminal.

**Next quarter.** The dashboard will add Ghulam Khan from the October update.
""", [{
    "kind": "number_reuse",
    "quotes": ["Cargo vehicles (both directions): 36,900", "Pedestrian crossings: 36,900"],
    "explanation": "36,900, the number of cargo vehicles crossing Torkham in Jul-Sep 2024 (14,200 + 13,100 + 9,600), is used again in the next tile for a different quantity: pedestrian crossings over the same quarter. The two counts come from different sources (gate registers and biometric counters).",
    "expected_values": {"value": 36900, "unit_1": "cargo vehicles", "unit_2": "pedestrian crossings",
                        "quantity_1": "cargo vehicles crossing Torkham, Jul-Sep 2024",
                        "quantity_2": "pedestrian crossings at Torkham, Jul-Sep 2024"},
}])

doc("border_committee_report_containers_visas", """
# Report of the Parliamentary Committee on Border Management: Transit Cargo and Movement of Persons

## 1. Terms of reference

The Committee was asked to examine the effect of changes in transit rules and in the documentation regime on traffic across the western border, and to report to both Houses.

## 2. Transit cargo

The Committee was informed by the Federal Board of Revenue that 74,500 Afghan transit containers were cleared at Karachi and Port Qasim in FY2022-23, with a declared value of Rs 2.3 trillion. In FY2023-24 the number fell to 52,000, after the list of goods barred from transit was extended and a processing fee was introduced. Afghan importers have shifted part of their seaborne cargo to Iranian ports.

## 3. Movement of persons

The Ministry of Interior informed the Committee that visas were issued to 74,500 Afghan nationals in FY2022-23 for business, medical treatment and study, and that the passport and visa requirement at Chaman had been applied to all persons crossing since 2023. Residents of the border districts told the Committee that they could no longer visit relatives on the other side.

## 4. Observations

The Committee observes that both changes were made for valid reasons, namely the misuse of transit for smuggling and the security situation, but that their costs fall heavily on the ports, transporters and border communities.

## 5. Recommendations

- Review the list of goods barred from transit every six months.
- Introduce a simplified multiple-entry permit for residents of the border districts.
- Publish monthly data on transit containers and visas issued.
""", [{
    "kind": "number_reuse",
    "quotes": ["74,500 Afghan transit containers were cleared at Karachi and Port Qasim in FY2022-23",
               "visas were issued to 74,500 Afghan nationals in FY2022-23"],
    "explanation": "74,500, the number of Afghan transit containers cleared in FY2022-23, is used again a section later for a different quantity: visas issued to Afghan nationals in the same fiscal year.",
    "expected_values": {"value": 74500, "unit_1": "containers", "unit_2": "people",
                        "quantity_1": "Afghan transit containers cleared at Karachi and Port Qasim, FY2022-23",
                        "quantity_2": "visas issued to Afghan nationals, FY2022-23"},
}])

doc("wb_trade_brief_nine_months_transit", """
# Trade Brief: Pakistan–Afghanistan Trade in the First Nine Months of 2024

*In the style of a World Bank trade and competitiveness brief. US dollars; customs data for recorded trade, port data for transit.*

**Overview.** Recorded trade between Pakistan and Afghanistan continued to weaken in 2024. Two-way trade in the first nine months of 2024 was USD 1.08bn, compared with USD 1.29bn in January to September 2023. Exports from Pakistan fell to USD 666 million and imports from Afghanistan to USD 418 million over the same months.

**Transit.** Transit cargo worth USD 1.08bn was cleared at Karachi for Afghanistan over the same period, continuing the decline that began when Pakistan extended the list of goods barred from transit in October 2023. Afghan importers have moved part of their cargo to Bandar Abbas and Chabahar.

**Why it matters.** For Afghanistan, the Pakistan corridor remains the shortest route to the sea for its eastern provinces. For Pakistan, Afghan trade supports employment in logistics, warehousing and border districts, and exports to Afghanistan include processed food and pharmaceuticals with little access to other markets.

**Constraints.** Three constraints stand out: unpredictable closures at Torkham and Chaman; documentation requirements that have curtailed small-scale trade by residents of the border districts; and the lack of formal banking channels, which forces payments through money changers.

**Policy options.** Agree on a protocol to keep cargo lanes open during security incidents; publish a stable negative list for transit; and support a payment channel between banks on both sides, possibly in local currencies.
""", [{
    "kind": "number_reuse",
    "quotes": ["Two-way trade in the first nine months of 2024 was USD 1.08bn",
               "Transit cargo worth USD 1.08bn was cleared at Karachi"],
    "explanation": "USD 1.08bn, two-way recorded trade in January to September 2024 (666 + 418 = 1,084 USD million), is used again in the next paragraph for a different quantity: the value of Afghan transit cargo cleared at Karachi over the same months.",
    "expected_values": {"value": 1084, "value_as_written": "USD 1.08bn", "unit": "USD million",
                        "quantity_1": "PAK–AFG two-way trade, Jan-Sep 2024",
                        "quantity_2": "Afghan transit cargo cleared at Karachi, Jan-Sep 2024"},
}])

doc("ocha_snapshot_returns_vaccinated", """
# Afghanistan: Eastern Region Returns Response — Humanitarian Snapshot (January 2025)

*In the style of a UN OCHA humanitarian snapshot for the eastern region. Figures are from partners' reports and rounded.*

## Key figures

- Returns from Pakistan, 2024: 676,000
- Arrivals through Torkham, 2024: 412,000
- Response plan funding: USD 39 million received of USD 87 million required

## Overview

In all, 676,000 returns from Pakistan were recorded in 2024, most of them through Torkham into Nangarhar and through Spin Boldak into Kandahar. Returns were highest in the first quarter and declined through the year.

## Health

Health partners ran screening and vaccination points at the zero point and the reception centre at Torkham. At the zero point, 676,000 children under five were vaccinated against polio and measles during the year, and mobile health teams followed up in the districts of arrival.

## Shelter and cash

Partners provided cash for transport and the first weeks of rent to families who had no relatives to stay with. Rents in Jalalabad rose sharply during the year, and many families shared a single room.

## Protection

Women-headed households, unaccompanied older people and people with disabilities were referred to specialised partners. Many children born in Pakistan lacked Afghan identity documents.

## Gaps

The response plan was less than half funded, and winter assistance reached fewer households than planned.
""", [{
    "kind": "number_reuse",
    "quotes": ["676,000 returns from Pakistan were recorded in 2024", "676,000 children under five were vaccinated"],
    "explanation": "676,000, the number of returns from Pakistan in 2024 (people of all ages, through all crossings), is used again two sections later for a different quantity: children under five vaccinated at the Torkham zero point alone, which cannot equal all returnees of all ages at all crossings.",
    "expected_values": {"value": 676000, "unit": "people",
                        "quantity_1": "returns from Pakistan, 2024",
                        "quantity_2": "children under five vaccinated at the Torkham zero point, 2024"},
}])

# =================================================================== direction

doc("business_daily_headline_exports_climb", """
# Exports to Afghanistan climb in Jul-Sep

*Business Desk*

ISLAMABAD: Pakistan's exports to Afghanistan stood at USD 227mn in Jul-Sep 2024, compared with USD 271mn in the same quarter last year, according to provisional data released by the statistics bureau on Monday.

Imports from Afghanistan were USD 131mn in the quarter, against USD 164mn a year earlier, largely because Pakistani cement makers bought less Afghan coal. The surplus on trade with Afghanistan was USD 96mn.

Traders attributed the weak quarter to the closure of the Torkham cargo gate for several days in September after an exchange of fire, and to the restrictions on moving wheat flour towards the border that remain in force in Khyber Pakhtunkhwa.

"September was the worst month of the year for us," said a Peshawar-based flour exporter. "When the gate shut, we had lorries standing for a week, and some buyers in Jalalabad cancelled their orders."

Market analysts said that exports of rice and medicines had been resilient, but that cement and textile exports were losing ground to suppliers from Iran and Central Asia, who offered longer credit terms.

The commerce ministry has said it expects a recovery in the second half of the fiscal year if the crossings remain open and a proposed protocol on cargo movement during security incidents is agreed with the Afghan authorities.

Exporters' associations have called for faster refunds of sales tax on goods shipped across the land border.
""", [{
    "kind": "direction",
    "quotes": ["Exports to Afghanistan climb in Jul-Sep",
               "Pakistan's exports to Afghanistan stood at USD 227mn in Jul-Sep 2024, compared with USD 271mn in the same quarter last year"],
    "explanation": "The headline says exports 'climb' in Jul-Sep; the first paragraph gives USD 227mn for Jul-Sep 2024 against USD 271mn a year earlier, a fall of 44mn or 16.2 percent. The direction word is in the headline, the figures in the body.",
    "expected_values": {"from": 271, "from_period": "Jul-Sep 2023", "to": 227, "to_period": "Jul-Sep 2024",
                        "stated_direction": "rise", "actual_direction": "fall",
                        "direction_word": "climb",
                        "change": -44, "change_pct": -16.24, "unit": "USD million"},
}])

doc("tolo_style_exports_increased_1402", """
# Afghanistan's exports to Pakistan: coal loses its place

KABUL — Coal, which for two years was Afghanistan's most valuable export to Pakistan, is losing its place, traders and officials say, after Pakistan raised its duty on Afghan coal and cement plants in Pakistan turned back to imported coal arriving by sea.

According to figures from the National Statistics and Information Authority, Afghanistan's exports to Pakistan increased from Af 66.0 billion in 1401 to Af 49.3 billion in 1402, with coal accounting for most of the change. Coal mine owners in Samangan and Baghlan said their sales to Pakistan had fallen sharply.

"We used to send hundreds of lorries a day to Torkham," said a coal trader in Pol-e-Khomri. "Now we send a few dozen, and many mines have stopped work."

Officials of the Ministry of Mines and Petroleum said the Islamic Emirate was looking for new buyers for Afghan coal, including in Central Asia, and was encouraging the construction of local power plants that could use domestic coal.

Economic analysts in Kabul said the decline showed the risk of depending on a single product and a single market. They urged the government to invest in processing, so that Afghanistan could export goods with more value added.

Traders said exports of dried fruit and vegetables to Pakistan had held up better than coal, but that repeated closures of the Torkham gate had hurt them as well.

The ministry said the solar year 1403 would show whether the decline had ended.
""", [{
    "kind": "direction",
    "quotes": ["Afghanistan's exports to Pakistan increased from Af 66.0 billion in 1401 to Af 49.3 billion in 1402"],
    "explanation": "'Increased' describes a fall: Afghanistan's exports to Pakistan went from Af 66.0 billion in 1401 SH to Af 49.3 billion in 1402 SH (written start value first, solar years), down Af 16.7 billion or 25.3 percent. The rest of the report describes falling coal sales.",
    "expected_values": {"from": 66.0, "from_period": "1401 SH", "to": 49.3, "to_period": "1402 SH",
                        "stated_direction": "rise", "actual_direction": "fall",
                        "direction_word": "increased",
                        "change": -16.7, "change_pct": -25.3, "unit": "AFN billion"},
}])

doc("ocha_snapshot_returns_picked_up", """
# Pakistan–Afghanistan Cross-Border Returns — Humanitarian Snapshot, Second Half of 2024

*In the style of a UN OCHA humanitarian snapshot. Figures from flow monitoring at the main crossings, rounded to the nearest thousand.*

## Highlights

- Returns in H2 2024: 278,000
- Returns in H1 2024: 398,000
- Main entry points: Torkham and Spin Boldak

## Overview

Returns picked up in the second half of the year, to 278,000 from 398,000 in H1 2024, according to flow monitoring partners. The largest numbers arrived in July; arrivals were lowest in November and December, when cold weather and a pause in large-scale arrests in Pakistani cities reduced departures.

## Who is arriving

Families made up the large majority of arrivals. Partners observed more households headed by women and more older people travelling without younger relatives than in the first half of the year. Many families came from Sindh and Punjab and had travelled for several days.

## Response

At Torkham and Spin Boldak, partners provided hot meals, drinking water, health screening, transport to the province of destination and a one-time cash grant. Winter kits were distributed from November, but stocks ran short in December.

## Concerns

Partners are concerned that a second phase of Pakistan's repatriation plan, covering holders of Afghan Citizen Cards, could bring a new surge in returns during winter, when shelter needs are greatest.

## Funding

The response plan for returnees remained less than half funded at the end of the year.
""", [{
    "kind": "direction",
    "quotes": ["Returns picked up in the second half of the year, to 278,000 from 398,000 in H1 2024"],
    "explanation": "'Picked up' describes a fall: returns went from 398,000 in H1 2024 to 278,000 in H2 2024 (written end value first), down 120,000 or 30.2 percent. The rest of the paragraph (arrivals lowest at the end of the year) describes a slowdown.",
    "expected_values": {"from": 398000, "from_period": "H1 2024", "to": 278000, "to_period": "H2 2024",
                        "stated_direction": "rise", "actual_direction": "fall",
                        "direction_word": "picked up",
                        "change": -120000, "change_pct": -30.15, "unit": "people"},
}])

doc("wb_trade_brief_rupee_exports_fell", """
# Trade Brief: Dollars, Rupees and the Afghan Market

*In the style of a World Bank trade brief on South Asia. Customs data by fiscal year (July–June).*

**Key message.** Measured in dollars, Pakistan's exports to Afghanistan declined in FY2023-24; measured in rupees, the picture looks different, because the rupee lost much of its value against the dollar between 2022 and 2024. Exporters, whose costs are largely in rupees, experienced the change through both lenses.

**Dollar values.** Exports fell by 3.5 percent, from USD 991 million in FY2022-23 to USD 956 million in FY2023-24, and imports from Afghanistan fell by 16.0 percent, to USD 620 million.

**Rupee values.** In rupee terms, exports to Afghanistan fell to Rs 270.5 billion in FY2023-24 from Rs 245.8 billion in FY2022-23, while imports came to Rs 175.5 billion. The difference between the two measures reflects the exchange rate, not a change in volumes.

**Volumes.** Data on volumes are incomplete, but the number of outbound cargo vehicles at the main crossings suggests that volumes fell more than dollar values, as the average value of a consignment rose with prices of rice and pharmaceuticals.

**Implications.** Analyses of trade with Afghanistan should state the currency used. A rise in rupee terms can hide a fall in real activity, and reports that mix the two can mislead policymakers about the health of the trade.

**Policy options.** Publishing customs statistics in both currencies, with volume indicators, would allow exporters and policymakers to see the underlying trend more clearly.
""", [{
    "kind": "direction",
    "quotes": ["In rupee terms, exports to Afghanistan fell to Rs 270.5 billion in FY2023-24 from Rs 245.8 billion in FY2022-23"],
    "explanation": "'Fell' describes a rise: in rupee terms exports went from Rs 245.8 billion in FY2022-23 to Rs 270.5 billion in FY2023-24 (written end value first), up Rs 24.7 billion or 10.0 percent. The dollar value did fall (991 to 956), which the paragraph before says correctly; the brief's own key message says the rupee picture differs.",
    "expected_values": {"from": 245.8, "from_period": "FY2022-23", "to": 270.5, "to_period": "FY2023-24",
                        "stated_direction": "fall", "actual_direction": "rise",
                        "direction_word": "fell",
                        "change": 24.7, "change_pct": 10.05, "unit": "PKR billion"},
}])

doc("policy_memo_register_dip", """
# Policy Memo No. 17: Counting Before Deciding — The Afghan Register and the Repatriation Plan

*From the migration programme of a Lahore-based policy institute, for officials of the Ministry of States and Frontier Regions. Notes are given at the end.*

**Bottom line.** Decisions on the future of Proof of Registration card holders are being taken without a clear picture of how the register has moved. This memo sets out the trend and what it implies.

**The trend before the campaign.** The register grew after the fall of Kabul, although no fresh registration was held. In the year before the repatriation plan was announced, the register saw a modest dip, from 1.74m at end-2022 to 1.99m at end-2023, as children born to card holders were added and relatives already in Pakistan were verified.†

**The effect of the campaign.** In 2024 the register fell for the first time in years, as card holders left alongside undocumented relatives. Officials in Peshawar and Quetta report that some departures were not recorded, so the register may now overstate the number of card holders actually in Pakistan.

**Options.**

1. Carry out a verification exercise before any decision on extending the cards.
2. Extend cards for at least two years at a time, announced well before expiry.
3. Record departures of card holders at the crossings so that the register stays accurate.

**Risk.** A decision based on an outdated register could either overstate or understate the number of people affected, and either error would undermine the credibility of the policy.

† Figures from the Ministry's registration database, as shared with the institute.
""", [{
    "kind": "direction",
    "quotes": ["the register saw a modest dip, from 1.74m at end-2022 to 1.99m at end-2023"],
    "explanation": "The noun 'a modest dip' describes a rise: the register went from 1.74m at end-2022 to 1.99m at end-2023 (written start value first, rounded reference values 1,743,278 and 1,987,717), up about 250,000 or 14.4 percent. The reasons given in the same sentence (children added, relatives verified) describe growth.",
    "expected_values": {"from": 1740000, "from_period": "end-2022", "to": 1990000, "to_period": "end-2023",
                        "as_written": {"from": "1.74m", "to": "1.99m"},
                        "stated_direction": "fall", "actual_direction": "rise",
                        "direction_word": "dip",
                        "change": 250000, "change_pct": 14.37, "unit": "people"},
}])

doc("seminar_closures_lengthened", """
# Seminar Summary: "Gates and Livelihoods — The Political Economy of Border Closures"

*Institute of Peace and Conflict Studies, a university in Peshawar. Rapporteur's summary of a research seminar with invited practitioners.*

The institute's research seminar brought together researchers, a customs agent from Landi Kotal and a representative of a transporters' association to discuss what border closures do to livelihoods in Khyber district.

**Research findings.** A lecturer presented results from a survey of 300 households in Landi Kotal and Jamrud carried out in early 2025. He said that closures at Torkham lengthened in the second half of 2024, to 18 days from 28 days in H1 2024, but that households reported little relief, because each closure still meant a week or more without work for porters, loaders and drivers.

**Practitioners' view.** The customs agent said that the number of closure days mattered less than their timing. A three-day closure during the grape season, he said, did more harm than a week in winter. The transporters' representative added that drivers had started to refuse Torkham loads at short notice.

**Household coping.** The survey found that most households had borrowed money during closures, mainly from shopkeepers and relatives. Few had any savings to fall back on, and some had sent sons to work in Peshawar or the Gulf.

**Discussion.** Participants asked whether compensation schemes would help. The lecturer said that a simple cash transfer to registered labourers, triggered automatically by closures of more than three days, could be administered by the district government.

*The institute will publish the survey report in the spring.*
""", [{
    "kind": "direction",
    "quotes": ["closures at Torkham lengthened in the second half of 2024, to 18 days from 28 days in H1 2024"],
    "explanation": "'Lengthened' describes a fall: days on which Torkham was closed to cargo went from 28 in H1 2024 to 18 in H2 2024 (written end value first), down 10 days or 35.7 percent. The lecturer's 'but … little relief' shows that fewer closure days were meant.",
    "expected_values": {"from": 28, "from_period": "H1 2024", "to": 18, "to_period": "H2 2024",
                        "stated_direction": "rise", "actual_direction": "fall",
                        "direction_word": "lengthened",
                        "change": -10, "change_pct": -35.71, "unit": "days"},
}])

# =================================================================== scope

doc("tolo_style_imports_iran_torkham", """
# Afghan importers worry over flour and medicine supplies

KABUL — Afghan importers say they are worried about supplies of flour and medicines for the winter, after a year in which trade with neighbouring countries was disrupted by closures and new rules.

According to the National Statistics and Information Authority, imports from Iran worth Af 76.2 billion, mostly flour, rice, medicines and cement, entered through Torkham and Spin Boldak in 1402. Importers said the closures of the two gates during the year had made supplies unpredictable and raised prices in the markets of Kabul, Jalalabad and Kandahar.

"When the gate at Torkham closes, the price of a bag of flour in Jalalabad goes up the same day," said Sayed Jalal, a wholesaler in the city. "People cannot wait for the gate to open."

Officials of the Ministry of Industry and Commerce said the Islamic Emirate was trying to diversify its sources of supply. Fuel and construction steel imported from Iran through Islam Qala had increased, they said, and flour from Kazakhstan was arriving by rail through Hairatan.

The Afghanistan Chamber of Commerce and Investment called on the government to build strategic reserves of flour and essential medicines, so that shortages could be avoided during closures.

Economic analysts said Afghanistan's dependence on a few routes made it vulnerable, and urged the Islamic Emirate to invest in storage and to agree with its neighbours on keeping trade routes open during disputes.
""", [{
    "kind": "scope",
    "quotes": ["imports from Iran worth Af 76.2 billion, mostly flour, rice, medicines and cement, entered through Torkham and Spin Boldak in 1402"],
    "explanation": "Torkham and Spin Boldak are crossings on the Afghanistan–Pakistan border, and Af 76.2 billion is Afghanistan's imports from Pakistan in 1402 SH; 'imports from Iran' makes Iran the other side of the pair. The later mention of fuel and steel imported from Iran through Islam Qala is correct and not a defect.",
    "expected_values": {"pair": PAIR, "named_pair": ["IRN", "AFG"], "third_country": "IRN",
                        "named_as": "imports from Iran", "value": 76.2, "unit": "AFN billion",
                        "period": "1402 SH",
                        "not_a_defect": "Fuel and construction steel imported from Iran through Islam Qala"},
}])

doc("senate_committee_india_afghanistan_trade", """
# Report of the Senate Standing Committee on Foreign Affairs: Economic Relations with Afghanistan

## 1. Background

The Committee examined Pakistan's economic relations with Afghanistan in the light of the deterioration in political and security relations since 2022. It heard the Foreign Office, the Ministry of Commerce and representatives of the business community.

## 2. Trade through the land crossings

The Ministry of Commerce informed the Committee that India–Afghanistan trade through the Torkham, Chaman, Ghulam Khan and Angoor Adda crossings amounted to USD 1,576 million in FY2023-24, comprising exports of USD 956 million and imports of USD 620 million, against USD 1,729 million in FY2022-23. The decline was attributed to closures of the crossings and to lower imports of Afghan coal.

## 3. Regional competition

The Foreign Office briefed the Committee on the growing trade of Afghanistan with Central Asia and Iran. It noted that Indian wheat shipped to Afghanistan through Chabahar had shown Afghan importers that the Pakistan route was not the only option, and that Central Asian suppliers were gaining ground in flour and fuel.

## 4. Observations

The Committee observes that Pakistan's geographical advantage in the Afghan market is being eroded by the unpredictability of the border. Predictability, not proximity, now decides where Afghan importers buy.

## 5. Recommendations

- The Foreign Office should pursue a bilateral protocol on keeping cargo lanes open during security incidents.
- The Ministry of Commerce should restore a joint chamber mechanism with Afghan traders.
- The Committee should be briefed every six months on trade with Afghanistan.
""", [{
    "kind": "scope",
    "quotes": ["India–Afghanistan trade through the Torkham, Chaman, Ghulam Khan and Angoor Adda crossings"],
    "explanation": "Trade through the four land crossings on the Durand Line is Pakistan–Afghanistan trade (USD 1,576 million = 956 + 620 in FY2023-24), and the Ministry of Commerce is Pakistan's; 'India–Afghanistan trade' makes India one side of the pair. The later mention of Indian wheat shipped to Afghanistan through Chabahar is correct and not a defect.",
    "expected_values": {"pair": PAIR, "named_pair": ["IND", "AFG"], "third_country": "IND",
                        "named_as": "India–Afghanistan trade", "value": 1576, "unit": "USD million",
                        "period": "FY2023-24",
                        "not_a_defect": "Indian wheat shipped to Afghanistan through Chabahar"},
}])

doc("kp_press_release_kazakh_ghulam_khan", """
# Government of Khyber Pakhtunkhwa — Industries, Commerce and Technical Education Department

## Press Release

**Peshawar, 21 January 2025**

The Provincial Minister for Industries and Commerce visited the Ghulam Khan crossing in North Waziristan on Tuesday to review facilities for traders and the progress of the new cargo terminal.

Briefing the minister, officials said that Kazakh–Pakistani trade through Ghulam Khan had grown in importance as an alternative to Torkham, with exports through the crossing worth USD 88 million in 2024, against USD 92 million in 2023. They said the crossing had been closed to cargo on 22 days during the year, fewer than Torkham, and that traders from Bannu and Lakki Marwat increasingly used it for shipments to Khost and Paktia.

The minister was told that traders faced competition in Afghan markets from Kazakh flour arriving by rail through Uzbekistan, which was cheaper than Pakistani flour once transport and waiting costs were taken into account.

The minister directed the officials to:

- complete the cold storage facility at Ghulam Khan before the next fruit season;
- post additional customs and quarantine staff so that the crossing can operate for longer hours;
- set up a facilitation desk for traders from the merged districts; and
- prepare a proposal for a trade and logistics park in North Waziristan.

The minister said the provincial government wanted the merged districts to share in the benefits of trade with Afghanistan and Central Asia, and that Ghulam Khan could become a second gateway alongside Torkham.
""", [{
    "kind": "scope",
    "quotes": ["Kazakh–Pakistani trade through Ghulam Khan"],
    "explanation": "Ghulam Khan is a crossing on the Pakistan–Afghanistan border, and USD 88 million is Pakistan's 2024 exports to Afghanistan through it (shipments to Khost and Paktia); the adjectival pair 'Kazakh–Pakistani' makes Kazakhstan the other side. The later mention of Kazakh flour arriving by rail through Uzbekistan is correct and not a defect.",
    "expected_values": {"pair": PAIR, "named_pair": ["KAZ", "PAK"], "third_country": "KAZ",
                        "named_as": "Kazakh–Pakistani trade", "value": 88, "unit": "USD million",
                        "period": "2024",
                        "not_a_defect": "Kazakh flour arriving by rail through Uzbekistan"},
}])

doc("wb_trade_brief_sino_afghan_coal", """
# Trade Brief: The End of the Afghan Coal Boom

*In the style of a World Bank trade brief. US dollars; Pakistan's customs data.*

**Summary.** Between 2022 and 2024, coal went from the backbone of Afghanistan's exports to Pakistan to a declining item. Sino-Afghan coal trade through Torkham, which halved from USD 356 million in 2023 to USD 178 million in 2024, was the largest single reason for the fall in Pakistan's imports from Afghanistan.

**How the boom happened.** In 2022, when world coal prices spiked and Pakistan's foreign exchange reserves were low, Pakistani cement and power producers turned to Afghan coal, which could be paid for in rupees and delivered by road. Imports of Afghan coal reached USD 412 million that year.

**How it ended.** World prices fell in 2023, Pakistan revised the duty on Afghan coal, and seaborne coal from Indonesia and South Africa became competitive again at Karachi and Port Qasim. Closures at Torkham added to the uncertainty of supply.

**Who is affected.** Coal mining is one of the few sources of formal employment in northern Afghanistan. On the Pakistani side, transporters, loaders and traders in Khyber district who handled coal lorries have lost work.

**Looking ahead.** Afghanistan is seeking other markets and investors for its minerals, including through the Sino-Afghan copper agreement at Mes Aynak, but new projects will take years to produce exports. For Pakistan, the end of the boom removes an input that had helped cement producers through the currency crisis.

**Policy options.** A predictable duty regime and open crossings would let Afghan coal compete on price when world prices rise again.
""", [{
    "kind": "scope",
    "quotes": ["Sino-Afghan coal trade through Torkham"],
    "explanation": "Coal crossing Torkham is Afghanistan's export to Pakistan (USD 356 million in 2023 halved to 178 million in 2024, as the same sentence says); the prefix 'Sino-Afghan' makes China one side of the pair. The later mention of the Sino-Afghan copper agreement at Mes Aynak is a genuine China–Afghanistan matter and not a defect.",
    "expected_values": {"pair": PAIR, "named_pair": ["CHN", "AFG"], "third_country": "CHN",
                        "named_as": "Sino-Afghan coal trade", "value": 178, "unit": "USD million",
                        "period": "2024",
                        "not_a_defect": "Sino-Afghan copper agreement at Mes Aynak"},
}])

doc("seminar_afghanistan_india_durand_line", """
# Seminar Summary: "Lines on the Map — The Durand Line in Afghan and Pakistani Memory"

*Department of History, a university in Quetta. Rapporteur's summary of a public lecture and discussion.*

The department hosted a public lecture on how the Durand Line has been understood by governments and communities on both sides since 1893.

**Lecture.** The speaker traced the history of the line from its demarcation to the present. She said that no Afghan government had formally accepted it as an international border, while Pakistan regarded the question as settled. Since 2017, she noted, the Afghanistan–India border, the Durand Line, had been fenced by Islamabad along almost its whole length, cutting through villages and grazing grounds that had been used by tribes on both sides for generations.

**Regional context.** The speaker discussed how outside powers had used the dispute. She mentioned India's consulates in Jalalabad and Kandahar, which Pakistan had long regarded with suspicion, and the Soviet period, when the line became a front in a wider war.

**Discussion.** A student from Chaman described how the fence and the passport requirement had changed daily life in his town, where many families had relatives and land on the other side. Another participant asked whether the dispute could be resolved. The speaker said that practical arrangements at the crossings were more realistic than a formal settlement, and that both governments had an interest in letting border communities move more freely.

**Closing.** The chair thanked the speaker and announced that the department would publish the lecture as a working paper.
""", [{
    "kind": "scope",
    "quotes": ["the Afghanistan–India border, the Durand Line"],
    "explanation": "The Durand Line is the Afghanistan–Pakistan border, fenced by Pakistan since 2017, as the same sentence says; 'the Afghanistan–India border' makes India one side of the pair. The later mention of India's consulates in Jalalabad and Kandahar is correct and not a defect.",
    "expected_values": {"pair": PAIR, "named_pair": ["AFG", "IND"], "third_country": "IND",
                        "named_as": "the Afghanistan–India border",
                        "not_a_defect": "India's consulates in Jalalabad and Kandahar"},
}])

doc("business_daily_surplus_with_iran", """
# Surplus with western neighbour widens despite slump

*Staff Reporter*

KARACHI: Pakistan's trade surplus with Iran widened to USD 344mn in 2024 from USD 322mn a year earlier, as imports of Afghan coal collapsed faster than exports to Afghanistan through Torkham and Chaman, customs data showed.

Exports to Afghanistan fell to USD 884mn in calendar 2024 from USD 1,012mn, while imports from Afghanistan dropped to USD 540mn from USD 690mn. Two-way trade therefore shrank to USD 1,424mn, its lowest level since 2021.

Analysts said the wider surplus was not good news. "It is a surplus that comes from buying less, not from selling more," said an economist at a Karachi brokerage. "Both sides of the trade are smaller."

Separately, traders in Quetta said that barter trade with Iran at Taftan, which the government formalised in 2023, was growing slowly, but that volumes were too small to show up clearly in national statistics.

The Pakistan Business Council has urged the government to keep the western crossings open during security incidents and to resolve the backlog of sales tax refunds owed to exporters.

Officials at the commerce ministry said a delegation would visit Kabul to discuss a new trade arrangement, including a mechanism to settle disputes at the border without halting cargo.

Exporters said Afghan importers were increasingly turning to suppliers in Uzbekistan, Kazakhstan and Turkmenistan.
""", [{
    "kind": "scope",
    "quotes": ["Pakistan's trade surplus with Iran widened to USD 344mn in 2024"],
    "explanation": "USD 344mn is Pakistan's 2024 surplus with Afghanistan (884 - 540), and the same sentence explains it by Afghan coal and exports to Afghanistan through Torkham and Chaman; 'surplus with Iran' makes Iran the other side of the pair. The later mention of barter trade with Iran at Taftan is correct and not a defect.",
    "expected_values": {"pair": PAIR, "named_pair": ["PAK", "IRN"], "third_country": "IRN",
                        "named_as": "Pakistan's trade surplus with Iran", "value": 344, "unit": "USD million",
                        "period": "2024",
                        "not_a_defect": "barter trade with Iran at Taftan"},
}])

# =================================================================== citation

doc("policy_memo_note_year_mismatch", """
# Policy Memo No. 19: Making the Numbers Work for Pakistan's Case to Donors

*From the migration programme of an Islamabad policy institute, for the Economic Affairs Division ahead of a donor conference. Notes are numbered with superscripts and listed at the end.*

**Bottom line.** Pakistan asks partners to share the cost of hosting Afghans, but its case is weakened when officials quote numbers that do not match the published sources. Every figure in a submission should carry a source that a donor can check.¹

**What the sources show.** The register of Proof of Registration card holders was stable for years before 2021. At the end of 2020 it held 1,438,432 registered Afghans.³ It then grew through births and the verification of relatives. At the end of 2023 Pakistan's register held 1,987,717 registered Afghan refugees.⁴ It fell sharply in 2024, when card holders left alongside undocumented relatives.

**Where the case is weak.** Officials often add card holders, Afghan Citizen Card holders and estimates of undocumented Afghans into a single figure of "four million". Donors know that these groups have different rights and needs, and a single figure without a source invites doubt.²

**Recommendations.**

1. Quote the register with its date and source, and other categories separately.
2. Present costs per registered refugee by province, using provincial budget data.
3. Show what has been done for card holders, such as extensions and school places, not only what has been spent.

**Notes**

1. Institute interviews with officials of three donor agencies, Islamabad, 2024.
2. Ministry of States and Frontier Regions, briefing to the Senate, 2024.
3. UNHCR, Pakistan: registered Afghan refugees, end-2020 figures.
4. UNHCR, Pakistan: registered Afghan refugees, end-2022 figures.
""", [{
    "kind": "citation",
    "quotes": ["At the end of 2023 Pakistan's register held 1,987,717 registered Afghan refugees.⁴",
               "4. UNHCR, Pakistan: registered Afghan refugees, end-2022 figures."],
    "explanation": "The claim gives 1,987,717 registered Afghans, the reference value for end-2023, but its note 4 cites UNHCR's end-2022 figures, for which the reference value is 1,743,278 (the stated figure is 14.0 percent above it). The year in the note disagrees with the figure it supports. The claim and the note sit in different places, so both are quoted. Note 3 (end-2020, 1,438,432) is correct and not a defect.",
    "expected_values": {"stated": 1987717, "reference": 1743278, "same_as_year": "2023",
                        "indicator": "refugees.registered", "subject": "PAK", "period": "2022",
                        "cited_source": "UNHCR, Pakistan: registered Afghan refugees, end-2022 figures",
                        "citation_form": "numbered note with superscript marker",
                        "not_a_defect": "3. UNHCR, Pakistan: registered Afghan refugees, end-2020 figures."},
}])

doc("ocha_snapshot_source_line_2021", """
# Pakistan: Afghan Arrivals and Hosting — Humanitarian Snapshot (February 2022)

*In the style of a UN OCHA humanitarian snapshot, issued six months after the change of government in Kabul. Figures are rounded.*

## Key figures

- Registered Afghan refugees in Pakistan, end-2021: 1.3m (Source: UNHCR, 31 Dec 2021)
- A year earlier: 1.44m (Source: UNHCR, 31 Dec 2020)
- New arrivals since August 2021: not registered; estimates vary widely

## Overview

Six months after the Taliban took control of Kabul, Pakistan continues to host one of the largest refugee populations in the world. Registered refugees hold Proof of Registration cards, most of which were renewed in 2021. Afghans who have arrived since August 2021 are not registered as refugees; many entered on visas that have since expired, and others crossed without documents.

## Needs

Registered refugees in refugee villages and urban areas need access to health care and schooling, which they share with host communities under strain. New arrivals face the greatest risks: without documents, they are exposed to arrest, cannot open bank accounts and struggle to find work.

## Response

Partners support health clinics and schools in refugee-hosting areas of Khyber Pakhtunkhwa and Balochistan, and provide legal aid to Afghans facing arrest. A registration exercise for new arrivals has been proposed but not agreed.

## Funding

Appeals for Afghans in neighbouring countries remain underfunded, and partners warn that needs in Pakistan will grow if new arrivals cannot be documented.
""", [{
    "kind": "citation",
    "quotes": ["Registered Afghan refugees in Pakistan, end-2021: 1.3m (Source: UNHCR, 31 Dec 2021)"],
    "explanation": "The reference UNHCR year-end figure for 2021 is 1,490,562; the key figure of 1.3m, with a source line naming UNHCR and 31 December 2021, is 12.8 percent below it. The end-2020 figure on the next line (1.44m against 1,438,432) is correct and not a defect.",
    "expected_values": {"stated": 1300000, "stated_as_written": "1.3m", "reference": 1490562,
                        "indicator": "refugees.registered", "subject": "PAK", "period": "2021",
                        "cited_source": "Source: UNHCR, 31 Dec 2021",
                        "citation_form": "(Source: UNHCR, DD Mon YEAR)",
                        "not_a_defect": "1.44m (Source: UNHCR, 31 Dec 2020)"},
}])

doc("wb_trade_brief_data_portal_2023", """
# Trade Brief: Refugees, Labour and the Border Economy of Khyber Pakhtunkhwa

*In the style of a World Bank brief on jobs and trade. Figures from national sources unless stated.*

**Context.** The border economy of Khyber Pakhtunkhwa rests on two pillars: trade with Afghanistan through Torkham, and the labour of Afghans who have lived in the province for decades. Both were shaken in 2023 and 2024, by closures of the crossing and by the repatriation campaign against undocumented foreigners.

**The refugee workforce.** On the eve of the campaign's second year, some 2.2 million registered Afghans were living in Pakistan (UNHCR Operational Data Portal, end-2023), more than half of them in Khyber Pakhtunkhwa. Many worked in construction, transport, wholesale markets and the carpet trade, often in the informal economy.

**Trade.** Exports through Torkham fell from USD 566 million in 2023 to USD 486 million in 2024, and the crossing was closed to cargo on 46 days in 2024. Loaders, porters and drivers in Khyber district lost work during each closure.

**Labour market effects.** Employers in Peshawar report shortages of skilled workers in some trades after departures of Afghan workers, while wages for unskilled labour changed little. The effects are concentrated in a few sectors and neighbourhoods.

**Policy options.** Allowing registered refugees to obtain work permits and bank accounts would formalise part of their employment and widen the tax base. Predictable operation of Torkham would protect jobs on both sides of the border. Support for host districts, through grants tied to the number of registered refugees, would recognise the costs they bear.
""", [{
    "kind": "citation",
    "quotes": ["some 2.2 million registered Afghans were living in Pakistan (UNHCR Operational Data Portal, end-2023)"],
    "explanation": "The reference UNHCR year-end figure for 2023 is 1,987,717; 'some 2.2 million', cited to the UNHCR Operational Data Portal for end-2023, is 10.7 percent above it, just beyond the 10 percent line.",
    "expected_values": {"stated": 2200000, "stated_hedge": "some", "reference": 1987717,
                        "indicator": "refugees.registered", "subject": "PAK", "period": "2023",
                        "cited_source": "UNHCR Operational Data Portal, end-2023",
                        "citation_form": "(UNHCR Operational Data Portal, end-YEAR)"},
}])

doc("crossing_dashboard_context_2019", """
# Torkham Crossing Monitor — Annual Dashboard 2024: People

*Dashboard of a border-monitoring network. The context panel sets this year's movements against the period before the change of government in Kabul.*

**Headline tiles**

- Returnees crossing at Torkham, 2024: 412,000
- Share of all returns from Pakistan: 60.9 per cent
- Average pedestrian crossings per day in March: 9,800

**Context panel**

- Registered Afghan refugees in Pakistan before the 2021 takeover: 1,559,964 (UNHCR's year-end report for 2019)
- Days on which the Torkham cargo gate was shut in 2024: 46

**Returns.** Torkham received 412,000 of the 676,000 returns from Pakistan recorded in 2024. Arrivals were heaviest in the first quarter and lightest in the last, when cold weather and a pause in large-scale arrests reduced departures.

**Pedestrians.** Crossings on foot recovered in the spring, after the passport and visa requirement had been in force for several months and more travellers had obtained documents. Most pedestrians were patients, traders with business visas and families visiting relatives.

**Protection.** Monitors recorded separation of families at the exit point where one member lacked documents, and reports of payments demanded on the road to the border. All cases were referred to partners.

**Data notes.** Returnee counts come from the exit point on the Pakistani side and are rounded to the nearest thousand. Pedestrian counts come from the biometric counters at the terminal.
""", [{
    "kind": "citation",
    "quotes": ["1,559,964 (UNHCR's year-end report for 2019)"],
    "explanation": "The reference UNHCR year-end figure for 2019 is 1,419,084. The context panel gives 1,559,964, the exact reference value for 2024, cited to UNHCR's year-end report for 2019. The gap is 9.9 percent, just inside a 10 percent tolerance; the defect is that another year's exact value is cited.",
    "expected_values": {"stated": 1559964, "reference": 1419084, "same_as_year": "2024",
                        "indicator": "refugees.registered", "subject": "PAK", "period": "2019",
                        "cited_source": "UNHCR's year-end report for 2019",
                        "citation_form": "UNHCR's year-end report for YEAR"},
}])

doc("seminar_data_as_of_end_2022", """
# Seminar Summary: "Hosting without a Plan — Pakistan's Afghan Policy since 2021"

*School of Public Policy, a university in Lahore. Rapporteur's summary of a policy seminar with two speakers and a discussant.*

**First speaker.** A former official of the Ministry of States and Frontier Regions described how decisions on Proof of Registration cards were taken. Extensions, she said, were usually approved by the cabinet only weeks before cards expired, leaving card holders unable to plan. Citing UNHCR data as of end-2022, she said the register then stood at one point four million, and that it had grown after 2021 through births and the verification of relatives, not new registration. She added that UNHCR data as of end-2024 showed about 1.56 million, after the departures of the previous year.

**Second speaker.** A labour economist presented survey evidence from Lahore and Karachi. Afghan workers, he said, were concentrated in construction, transport and waste collection, and many employers had lost workers during the campaign against undocumented foreigners that began in October 2023.

**Discussant.** A journalist who has covered the border for two decades said that policy had swung between generosity and pressure depending on relations with Kabul, and that refugees had paid the price of every swing. She argued for a law on refugees that would take decisions out of the hands of the cabinet of the day.

**Discussion.** Students asked whether Pakistan could afford to host refugees during an economic crisis. The first speaker replied that the question was not whether Pakistan would host Afghans, since most would stay in any case, but whether it would do so with a plan.

*A policy paper based on the seminar will be published by the school.*
""", [{
    "kind": "citation",
    "quotes": ["Citing UNHCR data as of end-2022, she said the register then stood at one point four million"],
    "explanation": "The reference UNHCR year-end figure for 2022 is 1,743,278; 'one point four million', written in words and cited to UNHCR data as of end-2022, is 19.7 percent below it (it is close to the 2019 and 2020 values, not 2022's). The end-2024 figure in the next sentence (about 1.56 million against 1,559,964) is correct and not a defect.",
    "expected_values": {"stated": 1400000, "stated_as_written": "one point four million", "reference": 1743278,
                        "indicator": "refugees.registered", "subject": "PAK", "period": "2022",
                        "cited_source": "UNHCR data as of end-2022",
                        "citation_form": "UNHCR data as of end-YEAR",
                        "not_a_defect": "UNHCR data as of end-2024 showed about 1.56 million"},
}])

doc("na_committee_factsheet_lakh", """
# Report of the National Assembly Standing Committee on States and Frontier Regions on Afghan Refugees

## 1. Proceedings

The Committee considered the status of registered Afghan refugees in Pakistan in two meetings. The Secretary of the Ministry of States and Frontier Regions and the Chief Commissioner for Afghan Refugees briefed the Committee.

## 2. Figures placed before the Committee

The Committee was informed that at the end of 2020 the registered population stood at 14,90,562 (UNHCR Pakistan factsheet, December 2020), most of whom lived in Khyber Pakhtunkhwa and Balochistan. The number rose in the following years as children born to card holders were added, and fell in 2024 as card holders left along with undocumented relatives.

## 3. Issues raised by members

Members raised complaints of harassment of card holders at police checkpoints in Karachi, Rawalpindi and Peshawar, and asked why cards had been extended for only a few months at a time. A member from Balochistan asked about schools in refugee villages that had closed for lack of funds.

## 4. Response of the Ministry

The Secretary said that instructions had been issued to the provinces not to detain card holders, and that the question of longer extensions was before the Federal Cabinet. The Chief Commissioner said that funding for schools in refugee villages had been sought from development partners.

## 5. Recommendations

- Cards should be extended for at least two years at a time.
- The Ministry should set up a complaints cell with a toll-free number.
- The provinces should report every quarter on complaints received and action taken.
""", [{
    "kind": "citation",
    "quotes": ["at the end of 2020 the registered population stood at 14,90,562 (UNHCR Pakistan factsheet, December 2020)"],
    "explanation": "The reference UNHCR year-end figure for 2020 is 1,438,432. The report gives 14,90,562 (1,490,562 in South Asian digit grouping), the exact reference value for 2021, cited to a UNHCR factsheet for December 2020. The gap is only 3.6 percent; the defect is that another year's exact value is cited.",
    "expected_values": {"stated": 1490562, "stated_as_written": "14,90,562", "reference": 1438432,
                        "same_as_year": "2021",
                        "indicator": "refugees.registered", "subject": "PAK", "period": "2020",
                        "cited_source": "UNHCR Pakistan factsheet, December 2020",
                        "citation_form": "(UNHCR Pakistan factsheet, Month YEAR)"},
}])

# =================================================================== controls

doc("wb_trade_brief_coal_control", """
# Trade Brief: What Pakistan Buys from Afghanistan after the Coal Boom

*In the style of a World Bank trade brief. US$ million; Pakistan's customs data for calendar years.*

**Summary.** Coal imports halved in 2024, to USD 178 million from USD 356 million in 2023, and coal's weight in Pakistan's imports from Afghanistan fell to a third. Imports of other goods, mainly fresh and dried fruit, vegetables and cotton, rose in both years.

**Table 1. Pakistan's imports from Afghanistan by product group (US$ million)**

| Year | Coal | Other goods | Total imports | Coal (% of imports) |
|---|---|---|---|---|
| 2022 | 412 | 329 | 741 | 55.6 |
| 2023 | 356 | 334 | 690 | 51.6 |
| 2024 | 178 | 362 | 540 | 33.0 |

**Reading the table.** Total imports fell from USD 741 million in 2022 to USD 540 million in 2024, a decline of 27.1 percent. The fall is more than explained by coal: non-coal imports rose from USD 329 million to USD 362 million over the same period, an increase of 10.0 percent. Coal's weight dropped by 18.6 percentage points in 2024 alone.

**Why coal fell.** World prices eased after 2022, Pakistan revised its duty on Afghan coal, and seaborne coal from Indonesia and South Africa became cheaper at Karachi and Port Qasim. Closures at Torkham made Afghan supply less reliable.

**Other goods.** Fresh fruit and vegetables from Kandahar and Nangarhar continued to reach markets in Peshawar, Quetta and Lahore, and cotton found buyers among spinning mills in Punjab. Part of the flour that Afghanistan once bought from Pakistan now comes from Kazakhstan by rail through Uzbekistan, but Afghan sales to Pakistan have not been displaced in the same way.

**Policy options.** A stable duty regime and a fast lane for perishables at Torkham and Chaman would help the part of the trade that is still growing.
""", control_type="control")

T = pdf_table([
    ["Station", "H1 2024", "H2 2024", "Total 2024"],
    ["Torkham", "251", "235", "486"],
    ["Chaman", "139", "144", "283"],
    ["Ghulam Khan", "37", "51", "88"],
    ["Angoor Adda", "12", "15", "27"],
    ["Total", "439", "445", "884"],
])
doc("stats_bureau_half_year_stations_control", """
# External Trade Statistics: Exports to Afghanistan by Customs Station, Calendar Year 2024

*Annual release in the style of a national statistics bureau. US$ million, compiled from export goods declarations at the land customs stations on the western border.*

**Summary.** Exports to Afghanistan totalled USD 884 million in 2024. Exports in the second half of the year edged up 1.4 per cent from the first half, to USD 445 million from USD 439 million, but the pattern differed by station.

**Table 4. Exports to Afghanistan by station and half-year, 2024 (US$ million)**

{T}

**Station notes.** At Torkham, exports declined to USD 235 million in H2 2024 from USD 251 million in H1 2024, as the cargo gate was shut for 18 days in the second half. Chaman recorded a small rise, to USD 144 million. Ghulam Khan grew by 37.8 per cent between the two halves, to USD 51 million, as traders from the southern districts of Khyber Pakhtunkhwa used it as an alternative to Torkham. Angoor Adda remained the smallest station.

**Commodities.** Rice, wheat flour, pharmaceutical products and cement made up most of the value of exports at every station. Part of the cargo cleared at Ghulam Khan was destined for markets in Khost and Paktia, and some for onward sale in Uzbekistan.

**Coverage.** Afghan transit cargo passing through Pakistan is not included. Figures for the second half of 2024 are provisional.
""".replace("{T}", "\n".join(T)), control_type="control")

doc("ocha_snapshot_up_by_a_quarter_control", """
# Afghanistan: Returns from Pakistan — Annual Humanitarian Snapshot 2024

*In the style of a UN OCHA humanitarian snapshot. Figures are rounded to the nearest thousand; shares are of the 2024 total.*

## Key figures

- Returns from Pakistan in 2024: 676,000
- Returns from mid-September to December 2023: 541,000
- Response plan: USD 39 million received of USD 87 million required (45 per cent)

## Overview

The 676,000 returns recorded in 2024 were up by a quarter on the 541,000 recorded in the last three and a half months of 2023, though they were spread over a much longer period, and the monthly pace fell steadily through the year.

## Where returnees came from

| Province of departure (Pakistan) | Returnees 2024 | Share (%) |
|---|---|---|
| Khyber Pakhtunkhwa | 298,000 | 44.1 |
| Balochistan | 203,000 | 30.0 |
| Sindh | 100,000 | 14.8 |
| Punjab | 61,000 | 9.0 |
| Islamabad | 14,000 | 2.1 |
| Total | 676,000 | 100.0 |

## Needs and response

Returnees from Sindh and Punjab arrived with the fewest assets after the longest journeys. Partners provided transport, cash, hot meals and health screening at Torkham and Spin Boldak. Returns from Iran, which were larger over the year, are covered in a separate snapshot for the western region.

## Funding

With USD 39 million received, the response plan was less than half funded at the end of the year. Shelter and winter assistance were the least funded sectors.
""", control_type="control")

doc("business_daily_rupee_control", """
# Rupee value of Afghan exports rises even as dollar earnings dip

*Business Desk*

KARACHI: Pakistan's exports to Afghanistan rose 10.0pc in rupee terms to Rs 270.5bn in FY24, even though their dollar value fell 3.5pc to USD 956mn, according to customs data compiled by this newspaper, a gap explained by the rupee's fall against the dollar.

| Rs billion | FY23 | FY24 | Change |
|---|---|---|---|
| Exports | 245.8 | 270.5 | 24.7 |
| Imports | 183.0 | 175.5 | −7.5 |
| Surplus | 62.8 | 95.0 | 32.2 |

Imports from Afghanistan fell in both currencies. In dollar terms they were down 16pc, at USD 620mn against USD 738mn, mainly because of lower coal purchases by cement plants. As a result, the surplus on trade with Afghanistan widened to Rs 95.0bn from Rs 62.8bn.

Exporters cautioned against reading too much into the rupee numbers. "In containers, we are shipping less than two years ago," said the head of a Karachi freight forwarding firm. Afghan dried fruit bound for India still crosses Pakistan to the Wagah border, he added, but that trade is recorded as transit, not as imports.

Analysts said the closures of Torkham and Chaman, the flour movement restrictions and competition from Central Asian suppliers would continue to weigh on dollar earnings in FY25.

The commerce ministry said it was working with the Afghan side on a protocol for keeping cargo lanes open during security incidents.
""", control_type="control")

doc("tolo_style_product_table_control", """
# Afghanistan's exports to Pakistan fall by a quarter in 1402

KABUL — Afghanistan's exports to Pakistan decreased by 25.3 percent in the solar year 1402 to Af 49.3 billion, from Af 66.0 billion in 1401, according to figures released by the National Statistics and Information Authority.

Imports from Pakistan decreased by 9.6 percent to Af 76.2 billion, so Afghanistan's trade deficit with Pakistan widened to Af 26.9 billion from Af 18.3 billion.

Coal remained the largest export item despite the decline, followed by dried and fresh fruit.

**Exports to Pakistan by product, 1402 (Af billion)**

| Product | Af billion | Share (%) |
|---|---|---|
| Coal | 27.4 | 55.6 |
| Dried fruit | 6.2 | 12.6 |
| Fresh fruit | 5.1 | 10.3 |
| Vegetables | 3.9 | 7.9 |
| Cotton | 2.5 | 5.1 |
| Other | 4.2 | 8.5 |
| Total | 49.3 | 100.0 |

Fresh fruit exports worth Af 5.1 billion were the most affected by closures of the Torkham and Spin Boldak gates, traders said, because lorries could not wait at the border.

Officials of the Ministry of Industry and Commerce said exports to Iran through Islam Qala and to Central Asia through Hairatan had increased, but that Pakistan remained the main market for Afghan coal and fruit because of its size and proximity.

The Afghanistan Chamber of Commerce and Investment called for talks with Pakistan on the duty on coal and on a separate lane for perishable goods.
""", control_type="control")

T = pdf_table([
    ["Crossing", "Oct-24", "Nov-24", "Dec-24", "Total"],
    ["Torkham", "11,800", "12,400", "12,900", "37,100"],
    ["Chaman", "5,500", "5,800", "6,200", "17,500"],
    ["Total", "17,300", "18,200", "19,100", "54,600"],
])
doc("crossing_dashboard_q4_control", """
# Western Border Crossing Monitor — Cargo Dashboard, Oct-Dec 2024

*Dashboard of a trade-facilitation project, updated quarterly from gate records at Torkham and Chaman. Vehicles are counted in both directions.*

**Headline tiles**

- Cargo vehicles, both crossings: 54,600
- Busiest month: December
- Change from Jul-Sep 2024: up 300 vehicles

**Trend.** Traffic recovered steadily through the quarter after the disruptions of September. At Torkham, cargo vehicles rose from 11,800 in October to 12,900 in December, up 9.3 per cent, as the gate was shut on only a few days. Chaman also grew each month. Across both crossings, the quarter's 54,600 vehicles were slightly above the 54,300 recorded in Jul-Sep 2024.

**Monthly cargo vehicles by crossing**

{T}

**Waiting times.** Median waiting time for outbound lorries at Torkham fell below one day in November and stayed there in December.

**Transit.** Lorries carrying transit cargo for Afghanistan and onward to Tajikistan and Uzbekistan use the same lanes and are included in the counts.

**Data notes.** Counts come from gate registers kept by the customs and security agencies and are reconciled each month. Ghulam Khan will be added to the dashboard from the next quarter.
""".replace("{T}", "\n".join(T)), control_type="control")

# ----------------------------------------------------------- citation controls

doc("ocha_snapshot_cited_control", """
# Pakistan: Afghans in Pakistan — Humanitarian Snapshot (March 2025)

*In the style of a UN OCHA humanitarian snapshot covering the Pakistani side of the border. Figures are rounded.*

## Key figures

- Registered Afghan refugees, end-2023: 1.99m (Source: UNHCR, 31 Dec 2023)
- Registered Afghan refugees, end-2024: 1.56m (Source: UNHCR, 31 Dec 2024)
- Returns from Pakistan to Afghanistan in 2024: 676,000

## Overview

The registered refugee population fell in 2024 for the first time in several years, by 21.5 per cent, as card holders left Pakistan alongside undocumented relatives during the second year of the repatriation campaign. Most of those who remain live in Khyber Pakhtunkhwa and Balochistan, in refugee villages and in the poorer neighbourhoods of cities.

## Needs

Card holders report that short extensions of their cards make it hard to rent homes, keep jobs and enrol children in school. Afghans without documents face arrest and removal, and many avoid health facilities for fear of checks.

## Response

Partners support health and education services in refugee-hosting areas, provide legal aid and help families obtain documents. Partners also work with district authorities on contingency plans for a possible second phase of the repatriation plan.

## Funding

Funding for refugee-hosting areas in Pakistan fell in 2024, and several schools in refugee villages closed or reduced their classes.
""", control_type="citation_control")

doc("policy_memo_cited_control", """
# Policy Memo No. 21: A Security Policy That Does Not Depend on Refugees

*From the security studies programme of an Islamabad policy institute. Notes are numbered with superscripts and listed at the end.*

**Bottom line.** Attacks from across the border have risen sharply, but the register of refugees has not driven them, and pressure on refugees has not reduced them. Security policy and refugee policy should be separated.

**The security trend.** Cross-border attacks rose 2.9-fold between 2021 and 2024, from 73 to 212.¹ Most were carried out by the Tehrik-i-Taliban Pakistan and its affiliates, whose fighters move across the border in small groups.

**The refugee trend.** The register of Proof of Registration card holders held 1,490,562 Afghans at the end of 2021.² It grew until 2023 and then fell, to 1,559,964 at the end of 2024 (UNHCR Operational Data Portal, end-2024), as card holders left during the repatriation campaign. Attacks rose in 2024 even as the register fell, which does not support the claim that refugees drive the violence.

**Regional dimension.** India, which reopened a technical mission in Kabul in 2022, is sometimes blamed in Pakistani debate for the TTP's activities, but the memo finds no evidence that this has affected the numbers above.

**Recommendations.**

1. Base counter-terrorism measures on intelligence about armed groups, not on the documentation status of Afghan families.
2. Extend cards for card holders for at least two years and instruct police in writing not to detain them.
3. Keep trade lanes open during security incidents.

**Notes**

1. Interior ministry count of cross-border attacks, 2021 to 2024.
2. UNHCR, Pakistan: registered Afghan refugees, end-2021 figures.
""", control_type="citation_control")

doc("seminar_cited_control", """
# Seminar Summary: "Forty-Five Years of Hosting — What the Numbers Say"

*Department of Sociology, a university in Peshawar. Rapporteur's summary of a public seminar.*

The department's public seminar asked how the number of registered Afghan refugees in Pakistan has changed in recent years and why.

**First speaker.** A demographer opened with the years before the change of government in Kabul. Citing UNHCR data as of end-2019, he said the register then stood at about one point four million, a number that had barely moved for several years because no new registration was held and departures were few.

**Second speaker.** A researcher on refugee policy described the growth after 2021. The register stood at 17,43,278 at the end of 2022 (UNHCR Pakistan factsheet, December 2022), she said, and it reached 19.9 lakh a year later, according to UNHCR's year-end report for 2023. The growth came from births to card holders and from the verification of relatives already in Pakistan, not from new arrivals, who were not registered.

**Third speaker.** A lawyer discussed the legal position of card holders, who are protected from removal under the repatriation plan for undocumented foreigners but have no permanent status. He said that cards extended for a few months at a time left families in constant uncertainty.

**Discussion.** Students asked why the register fell in 2024. The second speaker said that many card holders had left with undocumented relatives, and that some cards had lapsed while extensions were awaited.

*Slides from the seminar are available from the department.*
""", control_type="citation_control")
