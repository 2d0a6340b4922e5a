# Tenth held-out set of synthetic documents ("heldout10").  Written from
# scratch after heldout9/, by a labeller who had not opened dyad's
# implementation or history and had not seen any of its results.
# Every entry: name (topic slug, numbered later by build_heldout10.py), text,
# labels (list of defect dicts), control_type for controls.
# The texts imitate registers not used before: a port authority's circulars
# and notices to the trade, a credit ratings agency's rating commentaries on a
# cement maker, an NGO's interim report to its donor with a logframe and a
# budget table, a school textbook chapter with a fact file, key points,
# exercises and an answer key, an Auditor General's audit paragraphs with
# management replies and DAC directives, wire-service items with correction
# lines, a consultancy slide deck rendered as text with speaker notes,
# written answers to National Assembly questions, and encyclopedia entries
# with an infobox and a references list.
# Defects are hidden in new places: a numbered paragraph against an annex
# table, a slide's speaker notes, an answer key, a DAC directive, a minister's
# written answer against its annexed table, an infobox against the body, an
# executive summary against a logframe, a slide title over its own bullet.
#
# Invented figures shared with earlier sets (see heldout3-9_data.py):
# annual trade series (README); FY2024 (FY2023-24) exports 956, imports 620,
# balance 336, two-way 1,576; FY2025 (July 2024-June 2025) exports 893,
# imports 498, balance 395, two-way 1,391; transit containers 52,000 FY2024,
# 31,200 FY2025; returns 2024 676,000 (Torkham 412,000, Spin Boldak-Chaman
# 231,000, other 33,000), Jan-Jun 2025 320,000 (Q1 141,000, Q2 179,000);
# attacks attributed to groups based in Afghanistan 158 (2023), 212 (2024);
# closure days 2024 Torkham 46, Chaman 31; road freight for a 40ft container
# Jan 2024 -> Jan 2025: Karachi-Kabul via Torkham 2,900 -> 3,400,
# Karachi-Kandahar via Chaman 2,300 -> 2,650, Peshawar-Kabul 1,100 -> 1,250;
# trucks per day Torkham 1,150 (2023), 820 (2024), Chaman 610 (2023), 470
# (2024); exports by product FY2025 rice 212, wheat flour 118,
# pharmaceuticals 96.
#
# New invented figures, consistent with the above:
#   Afghan transit cargo discharged at Karachi Port Trust berths, thousand
#     tonnes, FY2024 / FY2025: edible oil 310 / 205 (-33.9 %), tea 180 / 120
#     (-33.3 %), tyres and auto parts 240 / 130 (-45.8 %), fabrics 160 / 85
#     (-46.9 %), other 250 / 150 (-40.0 %); total 1,140 / 690 (-39.5 %), about
#     22 tonnes per transit container in both years. FY2025 by half: H2 2024
#     (July-December 2024) 380, H1 2025 (January-June 2025) 310. Average
#     dwell time of transit containers 9.5 days (FY2024), 14.2 days (FY2025);
#     free time 7 days, 10 days from 1 September 2025.
#   Cement (a rated company, "Tirah Cement Company", TCC), despatches in
#     million tonnes, FY2024 / FY2025: domestic 3.79 / 3.64 (-4.0 %),
#     Afghanistan by land 0.41 / 0.29 (-29.3 %), sea-borne exports 0.40 / 0.37
#     (-7.5 %); total 4.60 / 4.30 (-6.5 %). Afghan share of despatches 8.9 /
#     6.7 percent. Revenue PKR 70.6 bn / PKR 74.2 bn (+5.1 %). Afghan
#     receivables PKR 2.4 bn (end-June 2024) / PKR 3.1 bn (end-June 2025).
#     Sector cement exports to Afghanistan by land 1.42 / 1.05 mt (-26.1 %);
#     TCC's share of them 28.9 / 27.6 percent.
#   An NGO's returnee reintegration project in Nangarhar and Kunar, January
#     2024-June 2025, budget EUR 4.8 million (EUR thousand, budget / spent
#     to 30 June 2025): cash transfers 2,640 / 2,590, vocational training
#     960 / 910, shelter repair 720 / 650, staff and monitoring 480 / 450;
#     total 4,800 / 4,600 (95.8 %). Indicators (target / achieved):
#     households receiving cash 12,000 / 11,640 (97.0 %), of which headed by
#     women 4,200 / 4,190; youths completing vocational training 2,400 /
#     2,616 (109.0 %); shelters repaired 1,500 / 1,380 (92.0 %). EUR 220 per
#     household in two tranches, paid from Qaws 1403 to Sawr 1404. Surveyed
#     households in debt 58 percent at baseline, 46 percent at endline.
#   Afghan transit containers whose exit could not be confirmed (Auditor
#     General): FY2024 1,980 of 52,000, duty and taxes PKR 12.6 bn; FY2025
#     1,240 of 31,200 by exit station Torkham 680, Chaman 430, Ghulam Khan
#     130; duty and taxes involved PKR 4.9 bn, 3.1 bn, 0.7 bn (8.7 bn);
#     recovered PKR 1.2 bn, 0.7 bn, 0.2 bn (2.1 bn, 24.1 %). PoR card
#     verification drive: PKR 1.9 bn released, PKR 1.4 bn spent.
#   Visas issued to Afghan nationals by Pakistan's missions in Afghanistan,
#     2023 / 2024: business 14,200 / 9,800 (-31.0 %), medical 38,600 / 31,400
#     (-18.7 %), student 3,100 / 2,600 (-16.1 %), family and visit 22,900 /
#     16,700 (-27.1 %); total 78,800 / 60,500 (-23.2 %).
#   A consultancy's survey of 140 exporters to Afghanistan, main obstacle:
#     border closures 53 (37.9 %), documentation 38 (27.1 %), payments and
#     banking 29 (20.7 %), security 20 (14.3 %).
#   Figures used in one document only: TCC plant capacity 4.8 mt a year
#     (capacity use about 90 percent in FY2025), cash PKR 6.4 bn against PKR
#     5.0 bn of debt due within a year; the NGO's monitoring sample of 640
#     households, 312 protection referrals and 1,046 hotline calls; eleven
#     earlier audit recommendations (four implemented, five in part, two not).

HELDOUT10 = []


def doc(name, text, labels=(), control_type=None):
    HELDOUT10.append({"name": name, "text": text.strip() + "\n", "labels": list(labels),
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

# =================================================================== port authority circulars

doc("port_circular_tea_annex", """
# Karachi Port Trust: Traffic Department Circular

*In the style of a port authority circular to the trade. Tonnages are Afghan transit cargo discharged at the Trust's berths and terminals, in thousand tonnes; FY2025 runs from July 2024 to June 2025.*

**Circular No. TD/ATT/09/2025, dated 14 August 2025.** To all terminal operators, shipping agents and customs clearing agents handling Afghan transit cargo.

**Subject: Afghan transit cargo in FY2025 and free time for transit containers.**

1. Afghan transit cargo discharged at the Trust's berths fell to 690 thousand tonnes in FY2025 from 1,140 thousand tonnes in FY2024, a decline of 39.5 percent. Details by commodity group are given at Annex A.
2. Every commodity group declined. Edible oil remained the largest group by a wide margin. Tea arrivals fell to 102 thousand tonnes, as Afghan importers bought more through Iranian ports, and tyres and auto parts nearly halved after Kabul raised duties on used tyres.
3. Average dwell time of transit containers rose to 14.2 days from 9.5 days, mainly because loaded trailers could not leave the port while the border crossings were closed.
4. With effect from 1 September 2025, free time for Afghan transit containers shall be ten days instead of seven. Ground rent thereafter shall be charged at the scheduled rates.
5. Terminal operators shall report transit containers that exceed free time to this office every Monday, with the consignee's name and the bill of lading number.

**Annex A: Afghan transit cargo by commodity group, thousand tonnes**

| Commodity group | FY2024 | FY2025 | Change (%) |
|---|---|---|---|
| Edible oil | 310 | 205 | -33.9 |
| Tea | 180 | 120 | -33.3 |
| Tyres and auto parts | 240 | 130 | -45.8 |
| Fabrics | 160 | 85 | -46.9 |
| Other | 250 | 150 | -40.0 |
| Total | 1,140 | 690 | -39.5 |

*Traffic Manager, for Chairman*
""", [{
    "kind": "text_vs_table",
    "quotes": ["Tea arrivals fell to 102 thousand tonnes", "| Tea | 180 | 120 | -33.3 |"],
    "explanation": "Paragraph 2 of the circular puts tea arrivals for Afghan transit in FY2025 at 102 thousand tonnes; Annex A gives 120 for the same commodity and year, which its total (690) and its change column (-33.3 percent on 180) confirm. The digits are transposed.",
    "expected_values": {"text_value": 102, "table_value": 120, "unit": "thousand tonnes",
                        "subject": "Afghan transit cargo at Karachi Port Trust berths, tea",
                        "period": "FY2025", "location": "numbered paragraph against annex table",
                        "table_form": "pipe"},
}])

doc("port_circular_dwell_backwards", """
# Karachi Port Trust: Circular on Ground Rent for Afghan Transit Containers

*In the style of a port authority circular to the trade. FY2024 is July 2023 to June 2024 and FY2025 is July 2024 to June 2025.*

**Circular No. TD/ATT/11/2025, dated 2 October 2025.** To all terminal operators and shipping agents handling Afghan transit cargo.

1. Reference is made to this office's circular of 14 August 2025, which extended free time for Afghan transit containers from seven to ten days with effect from 1 September 2025.
2. Between FY2025 and FY2024, the average dwell time of Afghan transit containers at the Trust's terminals rose from 9.5 days to 14.2 days. The main cause was the closure of the border crossings, during which loaded trailers could not leave the port and empty trailers could not return to it.
3. Several terminal operators have since asked whether the extended free time applies to containers discharged before 1 September 2025. It does not. Such containers remain subject to ground rent from the eighth day after discharge, at the rates in force on the date of discharge.
4. Terminal operators shall not release a transit container until the clearing agent produces proof that the ground rent due has been paid and that the customs transit declaration has been filed.
5. Shipping agents are reminded that detention charges on their own equipment are a matter between them and the consignee, and that this office will not hear disputes about them.
6. Queries may be addressed to the Deputy Traffic Manager (Transit), whose office is open from 0900 to 1600 hours on working days.

*Traffic Manager, for Chairman*
""", [{
    "kind": "garbled",
    "quotes": ["Between FY2025 and FY2024"],
    "explanation": "The span runs backwards: it starts in FY2025 and ends in FY2024, while the values (9.5 then 14.2 days) are in the order FY2024 then FY2025. The dwell time rose from FY2024 to FY2025.",
    "expected_values": {"stated_period_start": "FY2025", "stated_period_end": "FY2024",
                        "subject": "average dwell time of Afghan transit containers at Karachi Port Trust terminals",
                        "location": "numbered paragraph"},
}])

doc("port_circular_halves_reuse", """
# Karachi Port Trust: Half-Yearly Notice on Afghan Transit Traffic

*In the style of a notice issued by a port authority's Traffic Department to the transit trade. FY2025 runs from July 2024 to June 2025; H2 2024 is July–December 2024 and H1 2025 is January–June 2025. Tonnages are Afghan transit cargo discharged at the Trust's berths.*

**Notice No. TD/ATT/N-3/2025, dated 21 July 2025.**

1. Afghan transit cargo discharged at the Trust's berths totalled six hundred and ninety thousand tonnes in FY2025, down from 1,140 thousand tonnes in FY2024.
2. Of the 690 thousand tonnes handled in FY2025, 380 thousand tonnes were discharged in H2 2024 and 380 thousand tonnes in H1 2025. The slowdown in the second half followed the long closures at the border, which left trailers stranded at the port and made consignees wary of shipping.
3. Edible oil and tea together accounted for almost half of the year's tonnage. Both are bought by a small number of large Afghan importers, who have asked the Trust for priority berthing during the winter months.
4. The Trust expects arrivals to recover only slowly. Terminal operators are asked to plan yard space on the assumption that dwell times will stay near their present level until the end of the calendar year.
5. Terminal operators and shipping agents are reminded to submit their monthly returns of transit containers by the fifth working day of each month. Late returns delay the Trust's reports to the Ministry of Maritime Affairs and to the Federal Board of Revenue.

*Deputy Traffic Manager (Transit)*
""", [{
    "kind": "number_reuse",
    "quotes": ["380 thousand tonnes were discharged in H2 2024", "380 thousand tonnes in H1 2025"],
    "explanation": "The same figure, 380 thousand tonnes, is given for both halves of FY2025, but the notice's own year total is 690 thousand tonnes, so the second half (H1 2025) must be 310; 380 twice would make 760. The paragraph also speaks of a slowdown in the second half.",
    "expected_values": {"value": 380, "unit": "thousand tonnes",
                        "quantity_1": "Afghan transit cargo discharged in H2 2024",
                        "quantity_2": "Afghan transit cargo discharged in H1 2025",
                        "expected_value_2": 310},
}])

doc("port_circular_sri_lanka_crossings", """
# Karachi Port Trust: Circular on Transit Tea Consignments

*In the style of a port authority circular to the trade on the handling of Afghan transit cargo.*

**Circular No. TD/ATT/07/2025, dated 3 June 2025.** To all shipping agents, terminal operators and customs clearing agents.

1. Much of the tea discharged at the Trust's berths for Afghan buyers is black tea shipped from Sri Lanka and Kenya in twenty-foot containers. In FY2024 tea arrivals for Afghan consignees came to 180 thousand tonnes, making tea the third largest group of transit cargo after edible oil and tyres and auto parts.
2. Customs have reported cases in which tea declared as transit cargo was found, on examination at the border, to have been partly replaced with other goods. To close this gap, the following procedure shall apply from 1 July 2025.
3. Every transit tea container shall be weighed at the terminal gate, and the weight shall be entered in the transit declaration before the container is loaded on a trailer.
4. The seal number and the weight shall be checked again before trucks leave for the Sri Lanka–Afghanistan crossings at Torkham and Chaman, and any difference of more than one percent shall be reported to the Collectorate of Customs (Transit).
5. Terminal operators shall keep a register of weights for six months and make it available to customs and to this office on request.
6. Clearing agents who fail to file the weight with the transit declaration will not be issued gate passes for further transit consignments until the omission is put right.

*Traffic Manager, for Chairman*
""", [{
    "kind": "scope",
    "quotes": ["before trucks leave for the Sri Lanka–Afghanistan crossings at Torkham and Chaman"],
    "explanation": "Torkham and Chaman are crossings on the Pakistan–Afghanistan border; the circular calls them 'Sri Lanka–Afghanistan crossings'. Sri Lanka is correctly named earlier as the origin of tea shipped to Karachi for Afghan buyers.",
    "expected_values": {"third_country": "LKA", "named_pair": ["LKA", "AFG"], "pair": PAIR,
                        "named_as": "Sri Lanka–Afghanistan crossings",
                        "not_a_defect": "black tea shipped from Sri Lanka and Kenya"},
}])

_KPT = pdf_table([
    ["Commodity group", "FY2024", "FY2025", "Change (%)"],
    ["Edible oil", "310", "205", "-33.9"],
    ["Tea", "180", "120", "-33.3"],
    ["Tyres and auto parts", "240", "130", "-45.8"],
    ["Fabrics", "160", "85", "-46.9"],
    ["Other", "250", "150", "-40.0"],
    ["Total", "1,140", "690", "-39.5"],
])
_KPT_T = "\n".join(_KPT)

doc("port_circular_commodities_control", f"""
# Karachi Port Trust: Annual Review of Afghan Transit Cargo, FY2025

*In the style of a port authority's annual circular to the trade. Tonnages are thousand tonnes of Afghan transit cargo discharged at the Trust's berths; FY2025 runs from July 2024 to June 2025, H2 2024 is July–December 2024 and H1 2025 is January–June 2025. The table is reproduced as it came out of the PDF.*

**Circular No. TD/ATT/10/2025, dated 1 September 2025.**

1. Afghan transit cargo fell by almost two-fifths in FY2025, to six hundred and ninety thousand tonnes from 1,140 thousand tonnes. Volumes were lower in the second half of the fiscal year: 380 thousand tonnes were discharged in H2 2024 and 310 thousand tonnes in H1 2025.
2. Fabrics, and tyres and auto parts, fell furthest, each by more than two-fifths. Edible oil and tea each lost about a third, and edible oil remains the largest group.
3. Average dwell time of transit containers rose to 14.2 days from 9.5 days. Free time for transit containers is ten days with effect from 1 September 2025.

Afghan transit cargo by commodity group, thousand tonnes

{_KPT_T}

4. The Trust thanks terminal operators for their monthly returns, on which this review is based, and reminds them that returns for FY2026 are due by the fifth working day of each month.

*Traffic Manager, for Chairman*
""", control_type="control")

# =================================================================== ratings agency commentaries

doc("ratings_note_afghan_despatches_fall", """
# Rating Action Commentary: Tirah Cement Placed on Rating Watch Negative

*In the style of a credit rating agency's commentary on a listed cement maker in Khyber Pakhtunkhwa. The company and the agency are invented. FY2025 is the year to 30 June 2025; despatches are in million tonnes (mt).*

**Indus Credit Ratings (ICR) has placed the 'A' long-term entity rating of Tirah Cement Company Limited (TCC) on Rating Watch Negative, after the company reported a sharp fall in sales to Afghanistan and a rise in overdue Afghan receivables. The 'A1' short-term rating is affirmed.**

**What happened.** TCC's despatches to Afghanistan by road fell by 19 percent to 0.29 mt in FY2025 from 0.41 mt in FY2024, after repeated closures of the border and a new Afghan import duty on cement. Afghan receivables rose to PKR 3.1 bn at end-June 2025 from PKR 2.4 bn a year earlier, and the company has booked a provision against the part that is more than 180 days overdue.

**Why it matters.** Afghan sales have carried higher margins than domestic sales, because TCC's plant is within a day's drive of Torkham and its bagged cement competes well in Jalalabad and Kabul on delivered cost. The loss of these sales comes when domestic demand is also weak and the company is repaying the loan taken for its new kiln line.

**What we will watch.** ICR will review TCC's collections from Afghan buyers in the first quarter of FY2026, the terms on which it now sells across the border, and whether its lenders agree to relax the covenant on debt to EBITDA.

**Resolution.** ICR expects to resolve the watch within ninety days. The rating could be downgraded by one notch if collections do not improve or if the lenders decline to relax the covenant.
""", [{
    "kind": "arithmetic",
    "quotes": ["fell by 19 percent to 0.29 mt in FY2025 from 0.41 mt in FY2024"],
    "explanation": "A fall from 0.41 mt to 0.29 mt is a fall of 29.3 percent, not 19 percent.",
    "expected_values": {"from": 0.41, "to": 0.29, "computed_change_pct": -29.27, "stated_change_pct": -19,
                        "unit": "million tonnes of cement",
                        "subject": "TCC cement despatches to Afghanistan by road",
                        "from_period": "FY2024", "to_period": "FY2025"},
}])

doc("ratings_update_same_fy", """
# Credit Update: Tirah Cement Company Limited

*In the style of a short credit update from a rating agency to subscribers, between two full rating reviews. The company and the agency are invented; FY25 is the year to 30 June 2025 and FY24 the year before; mt is million tonnes.*

**Rating:** A (long term), A1 (short term). **Outlook:** Stable. **Analysts:** Corporate ratings team, Lahore.

**Summary.** TCC's results for FY25 were in line with our expectations. Revenue rose to PKR 74.2 bn from PKR 70.6 bn on higher prices, although total despatches fell to 4.30 mt from 4.60 mt. Gross margins held up because the company burned more locally mined coal in its kilns.

**Afghan market.** Sales across the border remained the weak spot. TCC's Afghan despatches went from 0.29 mt in FY25 to 0.29 mt in FY25, and Afghan receivables rose to PKR 3.1 bn at end-June. Management told us that it has moved most Afghan buyers to advance payment and that it no longer extends credit to new customers there.

**Liquidity.** The company held PKR 6.4 bn of cash and short-term investments at end-June against PKR 5.0 bn of debt falling due within a year. Its banks have confirmed that working capital lines will be renewed on the same terms.

**View.** We see no immediate pressure on the rating. The outlook would turn negative if Afghan receivables kept rising or if domestic despatches fell by more than a tenth in FY26. We will publish a full review after the company's annual accounts are audited.
""", [{
    "kind": "garbled",
    "quotes": ["went from 0.29 mt in FY25 to 0.29 mt in FY25"],
    "explanation": "The change is stated with the same value and the same year at both ends, so it says nothing; the earlier value (0.41 mt in FY24) has been replaced by the later one.",
    "expected_values": {"start_value": 0.29, "end_value": 0.29, "start_period": "FY2025", "end_period": "FY2025",
                        "period_as_written": "FY25", "unit": "million tonnes of cement",
                        "subject": "TCC cement despatches to Afghanistan"},
}])

doc("ratings_report_sea_exports_reuse", """
# Rating Report: Tirah Cement Company Limited, Annual Review

*In the style of an annual rating report by a credit rating agency on a listed cement maker. The company and the agency are invented. FY2025 is the year to 30 June 2025; despatches are in million tonnes (mt).*

**Rating:** A / A1, affirmed. **Outlook:** Stable.

**Business profile.** TCC runs a single plant of 4.8 mt a year near Kohat, with a new kiln line commissioned in FY2024. Its market is the north of the country, Afghanistan by road, and overseas buyers reached through Karachi.

**Operations in FY2025.** Of total despatches of 4.30 mt in FY2025, 3.64 mt went to the domestic market, 0.29 mt to Afghanistan by land and 0.29 mt overseas by sea. Capacity use fell to about 90 percent. Revenue rose to PKR 74.2 bn because domestic prices were raised twice during the year.

**Afghan exposure.** The Afghan market has shrunk since the border closures of 2024, and TCC now asks most Afghan buyers to pay in advance. Receivables from Afghan buyers stood at PKR 3.1 bn at end-June 2025.

**Financial risk.** Debt rose during the construction of the new kiln line but is now being repaid on schedule. Interest cover remains comfortable, and the company has not paid a dividend since FY2023.

**Rating drivers.** The rating reflects TCC's low-cost plant, its long record in the northern market and its conservative finances, balanced against its dependence on one region and a weak construction cycle. A sustained recovery of Afghan sales would support the rating; a further rise in Afghan receivables would weigh on it.
""", [{
    "kind": "number_reuse",
    "quotes": ["0.29 mt to Afghanistan by land", "0.29 mt overseas by sea"],
    "explanation": "The same figure, 0.29 mt, is given for sales to Afghanistan by land and for sea-borne exports. With 4.30 mt in all and 3.64 mt domestic, the two export figures must add up to 0.66 mt, so sea-borne exports are 0.37 mt, not 0.29 mt.",
    "expected_values": {"value": 0.29, "unit": "million tonnes of cement",
                        "quantity_1": "TCC despatches to Afghanistan by land, FY2025",
                        "quantity_2": "TCC sea-borne exports, FY2025", "expected_value_2": 0.37},
}])

doc("ratings_sector_comment_expanded", """
# Sector Comment: Cement Exports to Afghanistan Lose Momentum

*In the style of a sector comment by a credit rating agency on Pakistan's cement industry. The agency is invented. FY2024 and FY2025 are years to 30 June; mt is million tonnes.*

**Key points**

- Cement exports to Afghanistan by land expanded to 1.05 mt in FY2025 from 1.42 mt in FY2024, as the border was closed for weeks at a time and Afghan buyers ran down their stocks.
- Northern producers close to Torkham carry most of the exposure; southern producers export mainly by sea.
- We do not expect rating actions on the sector as a whole, but two rated companies are under review.

**Demand across the border.** Reconstruction in eastern Afghanistan created steady demand for bagged cement from Pakistani plants in the years after 2021. That demand has weakened. Afghan buyers now face higher import duties, a shortage of dollars and long waits at the crossings, and several new grinding units inside Afghanistan are competing for the same market with clinker bought from Pakistan and Iran.

**Exposure of rated companies.** Of the producers we rate, Tirah Cement has the largest Afghan sales, at 0.29 mt in FY2025, or a little over a quarter of the country's cement exports to Afghanistan by land. Its Afghan receivables rose to PKR 3.1 bn at end-June 2025.

**Outlook.** We expect exports to Afghanistan to stay weak in FY2026 unless the crossings stay open for longer. Domestic demand, which takes more than four-fifths of the industry's despatches, will matter more for ratings than Afghan sales. Producers that sell to Afghanistan on credit face the largest risk, and we will watch their receivables closely.
""", [{
    "kind": "direction",
    "quotes": ["Cement exports to Afghanistan by land expanded to 1.05 mt in FY2025 from 1.42 mt in FY2024"],
    "explanation": "A move from 1.42 mt in FY2024 to 1.05 mt in FY2025 is a fall of 26.1 percent; the bullet calls it an expansion (the comment's title and the rest of the bullet speak of weakness).",
    "expected_values": {"from": 1.42, "to": 1.05, "change": -0.37, "change_pct": -26.06,
                        "from_period": "FY2024", "to_period": "FY2025",
                        "stated_direction": "rise", "actual_direction": "fall", "direction_word": "expanded",
                        "unit": "million tonnes of cement",
                        "subject": "Pakistan's cement exports to Afghanistan by land",
                        "location": "key points bullet"},
}])

doc("ratings_note_australia_route", """
# Rating Action Commentary: Tirah Cement Company Limited, Outlook Revised to Negative

*In the style of a credit rating agency's commentary on a listed cement maker. The company and the agency are invented. FY2025 is the year to 30 June 2025; mt is million tonnes.*

**Indus Credit Ratings (ICR) has affirmed the 'A' long-term rating of Tirah Cement Company Limited (TCC) and revised the outlook to Negative from Stable.**

**Key rating drivers**

- *Weaker export markets.* TCC's sales on the Australia–Afghanistan road route through Torkham fell to 0.29 mt in FY2025 from 0.41 mt. Sea-borne exports held up better, at 0.37 mt.
- *Fuel costs.* The company buys most of its kiln coal shipped from Australia under a one-year contract priced in dollars, and has begun to blend in cheaper coal from Afghanistan and from local mines. A weaker rupee would raise its costs quickly.
- *Receivables.* Afghan receivables rose to PKR 3.1 bn at end-June 2025, the equivalent of more than three months of Afghan sales.
- *Stable domestic position.* Domestic despatches fell only slightly, to 3.64 mt, and prices were raised twice during the year.

**Rating sensitivities.** The rating could be lowered if Afghan receivables are not reduced by the end of FY2026, or if debt to EBITDA stays above 2.5 times. The outlook could return to Stable if collections improve and the company keeps its fuel costs under control.

**Rating history.** ICR first rated TCC in 2016 and has held the long-term rating at 'A' since 2021.
""", [{
    "kind": "scope",
    "quotes": ["TCC's sales on the Australia–Afghanistan road route through Torkham"],
    "explanation": "Cement sold by road through Torkham crosses the Pakistan–Afghanistan border; the commentary calls it the 'Australia–Afghanistan road route'. Australia is correctly named in the next bullet as the source of the company's imported coal.",
    "expected_values": {"third_country": "AUS", "named_pair": ["AUS", "AFG"], "pair": PAIR,
                        "named_as": "Australia–Afghanistan road route",
                        "not_a_defect": "kiln coal shipped from Australia"},
}])

doc("ratings_commentary_despatch_control", """
# Rating Action Commentary: Tirah Cement Company Limited, Rating Affirmed

*In the style of a credit rating agency's commentary on a listed cement maker in Khyber Pakhtunkhwa. The company and the agency are invented. FY2024 and FY2025 are years to 30 June; despatches are in million tonnes (mt); row names are the agency's abbreviations.*

**Indus Credit Ratings (ICR) has affirmed the long-term entity rating of Tirah Cement Company Limited (TCC) at 'A' and the short-term rating at 'A1'. The outlook is Stable.**

**Key rating drivers**

- *Scale and prices.* TCC despatched 4.30 mt of cement in FY2025, 6.5 percent less than in FY2024, as domestic construction stayed weak. Revenue nonetheless rose 5.1 percent, to PKR 74.2 bn from PKR 70.6 bn, on higher prices.
- *Afghan exposure.* Sales to Afghanistan by road fell to 0.29 mt from 0.41 mt, and Afghanistan's share of TCC's despatches slipped 2.2 points, to 6.7 percent. The company still supplies more than a quarter of Pakistan's cement exports to Afghanistan by land, which came to 1.05 mt in FY2025.
- *Receivables.* Afghan receivables rose to PKR 3.1 bn at end-June 2025 from PKR 2.4 bn a year earlier; most new sales are against advance payment.
- *Fuel.* TCC burns a growing share of Afghan coal, which costs less than imported coal but varies more in quality.

TCC despatches by market, mt (ICR calculation from company data)

| Market | FY2024 | FY2025 | Change (%) |
|---|---|---|---|
| Dom. | 3.79 | 3.64 | -4.0 |
| AFG (land) | 0.41 | 0.29 | -29.3 |
| Sea exp. | 0.40 | 0.37 | -7.5 |
| Total | 4.60 | 4.30 | -6.5 |

**Rating sensitivities.** The rating could come under pressure if Afghan receivables exceeded PKR 5 bn, or if debt to EBITDA rose above 2.5 times for more than a year. An upgrade is unlikely while domestic demand stays weak.
""", control_type="control")

# =================================================================== NGO reports to a donor

doc("ngo_donor_report_households_summary", """
# Interim Report to the Donor: Returnee Reintegration Project, Nangarhar and Kunar

*In the style of an NGO's interim narrative report to its institutional donor. The NGO (Hewad Relief Network, HRN) and the project are invented. Reporting period: 1 January 2024 to 30 June 2025.*

**1. Executive summary.** In its first eighteen months the project reached 11,460 households with cash transfers, 97 percent of its target, most of them families who had returned from Pakistan with few belongings and no shelter of their own. Youth training went better than planned and shelter repair slightly worse, because building materials were delayed at the border.

**2. Context.** Returns from Pakistan rose sharply in 2024 and again in early 2025. Families arrived in districts where land was scarce, rents had risen and day labour paid less than before. Many of them had lived in Pakistan since childhood and had no network in their home district.

**3. Progress against the logframe**

| Indicator | Target | Achieved | Achieved (%) |
|---|---|---|---|
| Households receiving cash | 12,000 | 11,640 | 97.0 |
| of which headed by women | 4,200 | 4,190 | 99.8 |
| Youths completing vocational training | 2,400 | 2,616 | 109.0 |
| Shelters repaired | 1,500 | 1,380 | 92.0 |

**4. Challenges.** Closures of the crossings delayed cement, roofing sheets and timber bought in Peshawar. HRN switched part of its purchases to suppliers in Jalalabad, at a somewhat higher price, so that families could move in before winter.

**5. Lessons.** Cash paid in two tranches, rather than one, let families cover rent first and start small businesses later. Women-headed households asked for distributions closer to home, and HRN added four distribution points in the second year.

**6. Next steps.** HRN requests a no-cost extension of three months to complete the remaining shelter repairs.
""", [{
    "kind": "text_vs_table",
    "quotes": ["the project reached 11,460 households with cash transfers",
               "| Households receiving cash | 12,000 | 11,640 | 97.0 |"],
    "explanation": "The executive summary says 11,460 households received cash; the logframe table gives 11,640 for the same indicator and period, which is the figure that matches the 97.0 percent of the 12,000 target given in both places (11,460 would be 95.5 percent).",
    "expected_values": {"summary_value": 11460, "table_value": 11640, "unit": "households",
                        "subject": "households receiving cash transfers, returnee reintegration project",
                        "period": "January 2024 to June 2025",
                        "location": "executive summary against logframe table", "table_form": "pipe"},
}])

doc("ngo_donor_report_budget_total", """
# Interim Financial Report: Returnee Reintegration Project, Nangarhar and Kunar

*In the style of the financial section of an NGO's interim report to its donor. The NGO (Hewad Relief Network, HRN) and the project are invented. Amounts are in EUR thousand; the reporting period is 1 January 2024 to 30 June 2025.*

**Summary.** The project budget is EUR 4.8 million over eighteen months, plus any extension the donor approves. Spending by 30 June 2025 is set out in Table 2. Cash transfers, the largest line, were paid at EUR 220 per household in two tranches; the remainder of the line covers the fees of the money transfer agents who delivered the cash in remote villages.

**Table 2: Budget and expenditure by line, EUR thousand**

| Budget line | Budget | Spent | Utilisation ratio (%) |
|---|---|---|---|
| Cash transfers | 2,640 | 2,590 | 98.1 |
| Vocational training | 960 | 910 | 94.8 |
| Shelter repair | 720 | 650 | 90.3 |
| Staff and monitoring | 480 | 450 | 93.8 |
| Total | 4,800 | 4,700 | 97.9 |

**Variances.** Shelter repair is the line furthest behind, because roofing sheets and timber bought in Peshawar were held at the border during the closures. HRN expects to spend the balance of this line by September 2025. Staff costs were lower than planned because two posts were vacant for part of the year.

**Exchange rates.** Funds were received in euros and converted into afghanis through a commercial bank in Kabul. The average rate over the period was slightly better than the rate assumed in the budget, and the gain has been kept within the cash transfer line, as agreed with the donor.

**Audit.** The project accounts for the first year were audited by an external firm, which raised no material findings. A second audit will cover the full project period.
""", [{
    "kind": "arithmetic",
    "quotes": ["| Total | 4,800 | 4,700 | 97.9 |"],
    "explanation": "The Spent column adds up to 4,600 (2,590 + 910 + 650 + 450), not 4,700; the utilisation ratio of the total row (97.9) follows the wrong total, whereas 4,600 of 4,800 is 95.8 percent.",
    "expected_values": {"parts": {"Cash transfers": 2590, "Vocational training": 910,
                                  "Shelter repair": 650, "Staff and monitoring": 450},
                        "sum_of_parts": 4600, "stated_total": 4700, "difference": 100,
                        "unit": "EUR thousand", "period": "January 2024 to June 2025", "table_form": "pipe"},
}])

doc("ngo_donor_report_trainees_reuse", """
# Interim Report to the Donor: Results by Outcome

*In the style of the results section of an NGO's interim report to its donor. The NGO (Hewad Relief Network, HRN) and the project, which supports families who have returned from Pakistan to Nangarhar and Kunar, are invented. Reporting period: 1 January 2024 to 30 June 2025.*

**Outcome 1: Households meet their basic needs.** 11,640 households received cash in two tranches of EUR 110, 4,190 of them headed by women. Post-distribution monitoring found that most families spent the first tranche on rent and food and the second on debts, tools or livestock.

**Outcome 2: Young people find work.** 4,190 young people completed vocational training, 109 percent of the target of 2,400. The courses most in demand were mobile phone repair, tailoring and solar panel installation. Three months after the course, a little over half of the graduates reported earning some income from their new trade.

**Outcome 3: Families live in safe shelter.** 1,380 shelters were repaired, against a target of 1,500. The shortfall is due to building materials held at the border during the closures; the remaining repairs are planned for the summer.

**Cross-cutting: protection.** Field staff referred 312 cases to protection partners, most of them families without civil documents. HRN does not issue documents itself, but it helped families reach the district offices that do.

**Cross-cutting: accountability.** The complaints hotline received 1,046 calls, most of them about the timing of payments. All calls were answered within a week, and the project changed its distribution schedule twice in response.

**Risks.** The main risk for the remaining months is a new wave of returns, which would raise needs in the same districts faster than the project can respond.
""", [{
    "kind": "number_reuse",
    "quotes": ["4,190 of them headed by women", "4,190 young people completed vocational training"],
    "explanation": "4,190 is used for the women-headed households that received cash and again for the young people who completed training; the training figure is said to be 109 percent of a target of 2,400, which is 2,616, not 4,190 (174.6 percent).",
    "expected_values": {"value": 4190, "unit": "persons",
                        "quantity_1": "women-headed households receiving cash",
                        "quantity_2": "young people completing vocational training",
                        "expected_value_2": 2616},
}])

doc("ngo_donor_report_solar_months", """
# Interim Report to the Donor: Cash Distribution Monitoring

*In the style of a monitoring annex to an NGO's report to its donor. The NGO (Hewad Relief Network, HRN) and the project are invented. Afghan solar months are used as in the field reports: Qaws 1403 began on 21 November 2024 and Sawr 1404 on 21 April 2025.*

**Annex C: Post-distribution monitoring**

**C.1 Coverage.** The second tranche of cash, EUR 110 per household, was paid from Sawr 1404 to Qaws 1403 at twenty-two distribution points in Nangarhar and Kunar. Field teams interviewed a random sample of 640 households within two weeks of each payment.

**C.2 Use of cash.** Households spent most of the second tranche on debts, rent and food. About one in six bought tools or animals for a small business. Women-headed households were more likely than others to pay off debts first.

**C.3 Safety and access.** Almost all respondents said they felt safe at the distribution point and on the way home. The most common complaint was the distance to the nearest point for families in the upper valleys of Kunar, where roads were closed by snow for part of the winter.

**C.4 Fraud and diversion.** Monitors found no case in which a community leader took a share of the cash. In three villages, people who were not on the list tried to collect payments with borrowed identity cards; the money transfer agents refused to pay them.

**C.5 Recommendations.** HRN will add distribution points in the upper valleys before next winter, send payment reminders by voice message for respondents who cannot read, and ask the money transfer agents to keep small notes in stock, because many recipients could not get change for large ones.
""", [{
    "kind": "garbled",
    "quotes": ["from Sawr 1404 to Qaws 1403"],
    "explanation": "The payment period runs backwards: Sawr 1404 (from 21 April 2025) comes after Qaws 1403 (from 21 November 2024), as the annex's own note on the calendar says.",
    "expected_values": {"stated_period_start": "Apr 2025", "stated_period_end": "Nov 2024",
                        "as_written": {"stated_period_start": "Sawr 1404", "stated_period_end": "Qaws 1403"},
                        "calendar": "Solar Hijri months",
                        "subject": "second tranche of cash transfers", "location": "monitoring annex"},
}])

doc("ngo_donor_report_dutch_afghan_border", """
# Interim Report to the Donor: Context and Targeting

*In the style of an NGO's interim report to its institutional donor. The NGO (Hewad Relief Network, HRN) and the project are invented; the project is funded by the Ministry of Foreign Affairs of the Netherlands. Reporting period: 1 January 2024 to 30 June 2025.*

**1. Context.** The project supports families who have come back to Nangarhar and Kunar after years or decades in Pakistan. In 2024 alone some 676,000 Afghans returned from Pakistan, 412,000 of them through Torkham, and the pace quickened again in the first half of 2025. Most returnees crossing the Dutch–Afghan border at Torkham arrive with little more than what a single truck can carry.

**2. Targeting.** HRN selects households with a short survey at the reception centres near the border and in the districts of return. Priority goes to households headed by women, households with a member who has a disability, and households with no adult in work.

**3. Reach.** By 30 June 2025, 11,640 households had received cash, 2,616 young people had completed vocational training and 1,380 shelters had been repaired.

**4. Coordination.** HRN takes part in the monthly meetings of the returns working group in Jalalabad, where partners share lists of assisted families to avoid duplication, and in the shelter cluster in Kunar.

**5. Visibility.** Distribution points and training centres carry the donor's logo, and field staff explain at each distribution who funds the assistance. Local radio in Jalalabad ran a short series on the project's training courses in the spring.

**6. Budget.** Spending reached 95.8 percent of the EUR 4.8 million budget by 30 June 2025. A financial report is attached.
""", [{
    "kind": "scope",
    "quotes": ["Most returnees crossing the Dutch–Afghan border at Torkham"],
    "explanation": "Torkham is on the Pakistan–Afghanistan border, and the returnees described come from Pakistan; the report calls it 'the Dutch–Afghan border'. The Netherlands is correctly named at the top as the donor.",
    "expected_values": {"third_country": "NLD", "named_pair": ["NLD", "AFG"], "pair": PAIR,
                        "named_as": "Dutch–Afghan border",
                        "not_a_defect": "funded by the Ministry of Foreign Affairs of the Netherlands"},
}])

doc("ngo_donor_report_population_2020", """
# Interim Report to the Donor: Background and Needs

*In the style of the background section of an NGO's interim report to its donor. The NGO (Hewad Relief Network, HRN) and the project, which supports families who have returned from Pakistan to Nangarhar and Kunar, are invented.*

**2.1 Displacement history.** Eastern Afghanistan has sent refugees to Pakistan in every decade since 1979, and the families the project works with often have members who were born there. At the end of 2020 Pakistan hosted some 1.6 million registered Afghan refugees (UNHCR, December 2020), alongside a large number of Afghans without registration. Many of the households HRN assists today belonged to one group or the other.

**2.2 Returns.** Returns from Pakistan rose steeply from late 2023, when the authorities there announced that Afghans without valid documents had to leave. In 2024 some 676,000 people returned, most of them through Torkham, and 320,000 more came back in the first half of 2025. Returnees arriving in Nangarhar and Kunar have found rents high, land scarce and day labour poorly paid.

**2.3 Needs.** HRN's baseline survey of returnee households, carried out in early 2024, found that most had debts, that one in three had no adult in regular work, and that one in five was living in a tent or a damaged house. Women-headed households were worse off on all three counts.

**2.4 Why cash.** Markets in the two provinces work well enough for families to buy food and building materials if they have money. Cash lets them choose between rent, food and repaying debts, and it costs less to deliver than goods.

**2.5 Gaps.** Few agencies work in the upper valleys of Kunar. HRN has asked the donor to allow part of the extension budget to be used there.
""", [{
    "kind": "citation",
    "quotes": ["Pakistan hosted some 1.6 million registered Afghan refugees (UNHCR, December 2020)"],
    "explanation": "The reference UNHCR year-end figure for 2020 is 1,438,432; 'some 1.6 million' is 11.2 percent above it.",
    "expected_values": {"stated": 1600000, "stated_as_written": "some 1.6 million", "stated_hedge": "some",
                        "reference": 1438432, "indicator": "refugees.registered", "subject": "PAK",
                        "period": "2020", "cited_source": "UNHCR, December 2020",
                        "citation_form": "'(UNHCR, Month YYYY)'", "location": "background section"},
}])

_NGO_BUDGET = """| Budget line | Budget | Spent | Utilisation ratio (%) |
|---|---|---|---|
| Cash transfers | 2,640 | 2,590 | 98.1 |
| Vocational training | 960 | 910 | 94.8 |
| Shelter repair | 720 | 650 | 90.3 |
| Staff and monitoring | 480 | 450 | 93.8 |
| Total | 4,800 | 4,600 | 95.8 |"""

doc("ngo_donor_report_final_control", f"""
# Interim Report to the Donor: Summary of Results and Spending

*In the style of an NGO's interim report to its institutional donor. The NGO (Hewad Relief Network, HRN) and the project are invented. Reporting period: 1 January 2024 to 30 June 2025; amounts in EUR thousand. Afghan solar months are used as in the field reports: Qaws 1403 began on 21 November 2024 and Sawr 1404 on 21 April 2025.*

**Results.** Eleven thousand six hundred and forty households received cash, 97 percent of the target of 12,000. The second tranche was paid from Qaws 1403 to Sawr 1404. 2,616 young people completed vocational training, above the target of 2,400, and 1,380 of the planned 1,500 shelters were repaired.

**Change for families.** At baseline, 58 percent of surveyed households said they were in debt; at endline the figure was 46 percent, a 12-point drop. Families who used the second tranche to start a small business were the most likely to have cleared their debts.

**Spending.** The project had spent EUR 4.6 million of its EUR 4.8 million budget by 30 June 2025, as Table 3 shows. Cash transfers took 55 percent of the budget. Shelter repair, at EUR 0.72 million, is the line furthest behind.

**Table 3: Budget and expenditure by line, EUR thousand**

{_NGO_BUDGET}

**Request.** HRN asks for a no-cost extension of three months so that the remaining shelter repairs, for which materials are now on site, can be completed before the autumn rains.
""", control_type="control")

# =================================================================== school textbook passages

_TRADE_TABLE = """| Year | Exports | Imports | Total trade | Balance |
|---|---|---|---|---|
| 2019 | 1,290 | 441 | 1,731 | 849 |
| 2020 | 942 | 509 | 1,451 | 433 |
| 2021 | 828 | 552 | 1,380 | 276 |
| 2022 | 936 | 741 | 1,677 | 195 |
| 2023 | 1,012 | 690 | 1,702 | 322 |
| 2024 | 884 | 540 | 1,424 | 344 |"""

doc("textbook_trade_table_control", f"""
# Pakistan Studies, Class 10. Chapter 6: Pakistan and its Neighbours

*In the style of a secondary-school textbook chapter. The trade figures are those used throughout this data set and are not official statistics. Exports are Pakistan's sales to Afghanistan and imports its purchases from Afghanistan, in US$ million, by calendar year.*

## 6.3 Trade with Afghanistan

Afghanistan has no coastline, so much of what it buys from the rest of the world and much of what it sells reaches it by road through Pakistan. Pakistan is also one of Afghanistan's largest trading partners in its own right. Pakistani exporters sell rice, wheat flour, medicines, cement and many other goods across the border, while Afghanistan sells coal, fresh and dried fruit, and cotton to Pakistan.

**Table 6.2: Pakistan's trade with Afghanistan, US$ million**

{_TRADE_TABLE}

Study Table 6.2 carefully. Pakistan sold more to Afghanistan than it bought from it in every year shown, so the balance was always in Pakistan's favour. The balance was smallest in 2022, when imports reached their highest level. Exports fell sharply after 2019, recovered by more than one-eighth between 2021 and 2022, and passed US$ 1 billion again in 2023 before falling back.

Afghanistan also trades with Iran, China and the Central Asian republics, and some Afghan trade now passes through Iran's ports instead of Karachi.

**Exercise 6.3**

1. By what percentage did Pakistan's exports to Afghanistan fall between 2019 and 2020? *Answer: by about 27 percent.*
2. In which year shown was total trade between the two countries highest? *Answer: 2019, at US$ 1,731 million.*
3. Give two reasons why trade between neighbours can fall even when both want to trade. *Answer: closures of the border; payment problems; insecurity on the roads (any two).*
""", control_type="control")

doc("textbook_answer_key_exports", """
# Pakistan Studies, Class 10. Chapter 6: Answers to Exercises

*In the style of the answer section of a secondary-school textbook. The trade figures are those used throughout this data set and are not official statistics; exports are Pakistan's sales to Afghanistan, in US$ million, by calendar year.*

## Working with figures

Before you check your answers, read again the passage in section 6.3: "Pakistan's exports to Afghanistan were worth US$ 1,290 million in 2019. In 2020 they fell to US$ 942 million, and in 2021 to US$ 828 million. They recovered to US$ 936 million in 2022 and reached US$ 1,012 million in 2023, before falling to US$ 884 million in 2024."

## Answers to Exercise 6.3

1. Pakistan's exports to Afghanistan fell by about 17 percent between 2019 and 2020. (To work this out, divide the fall in exports by the exports of 2019 and multiply by 100.)
2. Exports were highest in 2019 and lowest in 2021.
3. Exports rose in two years in a row, 2022 and 2023.
4. Any two of the following: closures of the border crossings; problems in making payments between banks; insecurity on the roads; new taxes or duties on either side of the border.
5. Because Afghanistan has no coastline, its traders depend on roads through neighbouring countries to reach a seaport. When a crossing is closed, trucks wait for days and fresh goods such as fruit can spoil.

## Note for teachers

Students often divide by the later figure instead of the earlier one when they work out a percentage change. Ask them to say in words what the change is a percentage of before they calculate. A useful follow-up is to ask the class why exports might fall in a year when the border is closed for many weeks, and to connect their answers with section 6.4 on transit routes.
""", [{
    "kind": "arithmetic",
    "quotes": ["Pakistan's exports to Afghanistan fell by about 17 percent between 2019 and 2020"],
    "explanation": "The passage quoted on the same page gives US$ 1,290 million for 2019 and US$ 942 million for 2020, a fall of 27.0 percent, not about 17 percent.",
    "expected_values": {"from": 1290, "to": 942, "computed_change_pct": -26.98, "stated_change_pct": -17,
                        "unit": "USD million", "subject": "PAK→AFG exports",
                        "from_period": "2019", "to_period": "2020", "location": "answer key"},
}])

doc("textbook_key_points_twice", """
# Pakistan Studies, Class 10. Chapter 6: Summary

*In the style of the summary page at the end of a secondary-school textbook chapter. The trade figures are those used throughout this data set and are not official statistics.*

## What you have learnt

Pakistan shares long borders with Afghanistan, Iran, China and India, and its relations with each neighbour shape its trade, its security and the movement of people. In this chapter you studied the history of these relations, the main routes that cross the borders and the goods that travel along them.

**Key points.** Afghanistan is one of the largest markets for Pakistani goods in Asia. Pakistan's exports to Afghanistan fell from US$ 1,290 million in 2019 to US$ 884 million in 2024. Pakistan's exports to Afghanistan fell from US$ 1,290 million in 2019 to US$ 884 million in 2024. Most of the trade passes through the crossings at Torkham and Chaman, and much of Afghanistan's trade with the rest of the world passes through Karachi.

## Words to remember

- *Transit trade*: goods that pass through one country on their way to another.
- *Trade balance*: the value of a country's exports minus the value of its imports.
- *Landlocked*: having no coastline.

## Activity

Work in groups of four. Each group chooses one of Pakistan's neighbours and prepares a short poster on the goods that Pakistan buys from it and sells to it. Use the tables in this chapter and any newspaper reports you can find. Present your poster to the class and say whether trade with that neighbour has grown or shrunk in recent years.

## Think about it

Why might a landlocked country want to use more than one route to the sea? What could Pakistan do to keep its ports attractive to Afghan traders?
""", [{
    "kind": "garbled",
    "quotes": ["Pakistan's exports to Afghanistan fell from US$ 1,290 million in 2019 to US$ 884 million in 2024. Pakistan's exports to Afghanistan fell from US$ 1,290 million in 2019 to US$ 884 million in 2024."],
    "explanation": "The same sentence appears twice in a row in the key points.",
    "expected_values": {"repeated_sentence": "Pakistan's exports to Afghanistan fell from US$ 1,290 million in 2019 to US$ 884 million in 2024.",
                        "occurrences": 2, "location": "key points paragraph"},
}])

doc("textbook_imports_increased", """
# Pakistan Studies, Class 10. Chapter 6: What Afghanistan Sells to Pakistan

*In the style of a secondary-school textbook section. The trade figures are those used throughout this data set and are not official statistics; imports are Pakistan's purchases from Afghanistan, in US$ million, by calendar year.*

## 6.5 Imports from Afghanistan

Pakistan buys far less from Afghanistan than it sells to it. The largest item is coal, which is mined in northern and eastern Afghanistan and carried by truck to brick kilns, cement plants and power stations in Punjab and Khyber Pakhtunkhwa. Fresh and dried fruit come next: grapes, pomegranates and melons in summer and autumn, and raisins, almonds and pine nuts all year round. Cotton, vegetables and medicinal herbs make up most of the rest.

Imports from Afghanistan were worth US$ 441 million in 2019. They rose in each of the next three years and reached US$ 741 million in 2022, when Pakistani buyers turned to Afghan coal because coal from overseas had become very expensive. Imports from Afghanistan increased from US$ 690 million in 2023 to US$ 540 million in 2024, when the main crossings were closed for weeks at a time and fruit trucks could not get through before their cargo spoiled.

**Interesting fact.** A truck of fresh grapes from Kandahar can reach the wholesale market in Karachi in about three days if the border is open. If the truck waits a week at the crossing, much of the load may be lost.

## Exercise 6.5

1. Name three goods that Pakistan buys from Afghanistan.
2. Why did Pakistani buyers turn to Afghan coal in 2022?
3. In which year shown were imports from Afghanistan highest?
4. Explain why closures of the border hurt Afghan fruit growers more than Afghan coal miners.

## Project

Visit a fruit market near your home or ask a shopkeeper which fruit comes from Afghanistan. Make a list and compare it with your classmates' lists.
""", [{
    "kind": "direction",
    "quotes": ["Imports from Afghanistan increased from US$ 690 million in 2023 to US$ 540 million in 2024"],
    "explanation": "A move from US$ 690 million to US$ 540 million is a fall of 21.7 percent, which the same sentence explains by border closures; the text says imports increased.",
    "expected_values": {"from": 690, "to": 540, "change": -150, "change_pct": -21.74,
                        "from_period": "2023", "to_period": "2024",
                        "stated_direction": "rise", "actual_direction": "fall", "direction_word": "increased",
                        "unit": "USD million", "subject": "AFG→PAK imports"},
}])

doc("textbook_vietnam_border", """
# Pakistan Studies, Class 10. Chapter 6: Routes Across the Border

*In the style of a secondary-school textbook section. The trade figures are those used throughout this data set and are not official statistics.*

## 6.4 Crossings and transit routes

Pakistan and Afghanistan share a border about 2,600 kilometres long, which runs through high mountains, deep valleys and desert. Only a few places along it have roads good enough for heavy trucks. The most important are Torkham, at the western end of the Khyber Pass, and Chaman, on the road from Quetta to Kandahar. Smaller crossings such as Ghulam Khan in North Waziristan and Angoor Adda in South Waziristan carry local trade.

The Vietnam–Afghanistan border at Torkham is the busiest of these crossings. Trucks carrying rice, flour, medicines and cement leave Peshawar in the morning and, if the crossing is open, reach Jalalabad the same day. Trucks returning to Pakistan bring coal, fruit and vegetables.

Rice is one of Pakistan's most important exports to Afghanistan and to the world. In world markets Pakistan competes with rice exporters in Thailand and Vietnam, but in Afghanistan it has the advantage of being next door, so its rice reaches Afghan shops quickly and cheaply.

**Map work.** On the map of Pakistan in your atlas, find Peshawar, Torkham, Quetta and Chaman. Draw the roads that join them to the border. Then find Jalalabad and Kandahar on the map of Afghanistan.

## Exercise 6.4

1. Name the two main crossings between Pakistan and Afghanistan.
2. Which city in Pakistan lies at the eastern end of the road to Torkham?
3. Why do only a few places along the border have roads for heavy trucks?
4. Explain why being next door helps Pakistani rice exporters in the Afghan market.
""", [{
    "kind": "scope",
    "quotes": ["The Vietnam–Afghanistan border at Torkham is the busiest of these crossings"],
    "explanation": "Torkham is on the Pakistan–Afghanistan border, which the section is describing; the textbook calls it 'the Vietnam–Afghanistan border'. Vietnam is correctly named later as a competitor in world rice markets.",
    "expected_values": {"third_country": "VNM", "named_pair": ["VNM", "AFG"], "pair": PAIR,
                        "named_as": "Vietnam–Afghanistan border",
                        "not_a_defect": "rice exporters in Thailand and Vietnam"},
}])

doc("textbook_fact_file_2021", """
# Pakistan Studies, Class 10. Chapter 7: People on the Move

*In the style of a secondary-school textbook section with a fact file box. The figures on returns are those used throughout this data set.*

## 7.2 Afghan refugees in Pakistan

Since 1979, when war broke out in Afghanistan, millions of Afghans have crossed into Pakistan to find safety. In the 1980s Pakistan hosted one of the largest refugee populations in the world. Most refugees lived in camps, called villages, in Khyber Pakhtunkhwa and Balochistan, but many later moved to cities such as Peshawar, Quetta and Karachi, where they found work in trade, transport and building.

Many refugees went home after 2002, but others stayed, and a new generation was born in Pakistan. Registered refugees hold a Proof of Registration card, which allows them to live in Pakistan legally while the card is valid.

**Fact file: Afghan refugees in Pakistan**

- About 1.7 million registered Afghan refugees were living in Pakistan at the end of 2021 (Source: UNHCR, 2021).
- Most registered refugees live in Khyber Pakhtunkhwa, followed by Balochistan.
- In 2024 some 676,000 Afghans returned from Pakistan to Afghanistan.

Refugees have changed the places where they live. Afghan traders run many shops in the markets of Peshawar, and Afghan workers have helped to build roads and houses across the country. At the same time, hosting so many people for so long has put pressure on schools, hospitals and water supplies in some districts.

## Exercise 7.2

1. When did large numbers of Afghans first come to Pakistan as refugees?
2. What document do registered Afghan refugees in Pakistan hold?
3. Name two ways in which Afghan refugees have contributed to Pakistan's economy.
4. Discuss in pairs: what do you think a family needs most when it returns to a country it left many years ago?
""", [{
    "kind": "citation",
    "quotes": ["About 1.7 million registered Afghan refugees were living in Pakistan at the end of 2021 (Source: UNHCR, 2021)"],
    "explanation": "The reference UNHCR year-end figure for 2021 is 1,490,562; 'about 1.7 million' is 14.1 percent above it (it is close to the 2022 figure, 1,743,278).",
    "expected_values": {"stated": 1700000, "stated_as_written": "About 1.7 million", "stated_hedge": "about",
                        "reference": 1490562, "indicator": "refugees.registered", "subject": "PAK",
                        "period": "2021", "cited_source": "Source: UNHCR, 2021",
                        "citation_form": "'(Source: UNHCR, YYYY)' in a fact file bullet",
                        "location": "fact file box"},
}])

# =================================================================== Auditor General's audit paragraphs

_AUD = pdf_table([
    ["Exit station", "Containers", "Duty and taxes (PKR bn)", "Recovered (PKR bn)"],
    ["Torkham (TKM)", "680", "4.9", "1.2"],
    ["Chaman (CMN)", "430", "3.1", "0.7"],
    ["Ghulam Khan (GKN)", "130", "0.7", "0.2"],
    ["Total", "1,240", "8.7", "2.1"],
])
_AUD_T = "\n".join(_AUD)

doc("audit_report_chaman_containers", f"""
# Audit Report on Revenue Receipts: Afghan Transit Trade

*In the style of a paragraph from an Auditor General's annual audit report on federal revenue receipts. The figures are invented; FY2025 is July 2024 to June 2025. The table is reproduced as it came out of the PDF, with the audit's abbreviations for the exit stations.*

**4.3.2 Non-confirmation of exit of Afghan transit containers: PKR 8.7 billion**

Under the transit trade agreement and the customs rules made under it, goods declared for transit to Afghanistan are exempt from duty and taxes in Pakistan only if they leave the country through a notified exit station. Where exit is not confirmed, the duty and taxes on the goods become recoverable from the importer or the guarantor.

Audit observed that out of 31,200 Afghan transit containers cleared at Karachi in FY2025, the exit of 1,240 could not be confirmed from the records of the exit stations. At Chaman, 340 containers had no record of crossing, although the tracking devices of several of them were last reported near the border. The duty and taxes involved came to PKR 8.7 billion, of which PKR 2.1 billion had been recovered by the time of audit.

Containers whose exit could not be confirmed, FY2025

{_AUD_T}

Audit pointed out the matter to the Directorate General of Transit Trade in October 2025. The management replied that recovery proceedings had been started against all the importers concerned and that bank guarantees had been encashed where possible. The Departmental Accounts Committee (DAC), in its meeting held in December 2025, directed the Directorate to complete recovery within ninety days.

Audit recommends that the exit of every transit container be confirmed electronically, and that guarantees be kept in force until exit is confirmed.
""", [{
    "kind": "text_vs_table",
    "quotes": ["At Chaman, 340 containers had no record of crossing", _AUD[2]],
    "explanation": "The audit paragraph gives 340 containers without a record of exit at Chaman; the PDF-extracted table gives 430 for the same station and year, and only 430 makes the rows add up to the 1,240 total given in both places. The digits are transposed.",
    "expected_values": {"text_value": 340, "table_value": 430, "unit": "transit containers",
                        "subject": "Afghan transit containers whose exit was not confirmed, Chaman",
                        "period": "FY2025", "table_form": "pdf_text"},
}])

doc("audit_report_revenue_sum", """
# Audit Report on Revenue Receipts: Transit Containers Not Confirmed as Exited

*In the style of a paragraph from an Auditor General's annual audit report on federal revenue receipts. The figures are invented; FY2025 is July 2024 to June 2025.*

**4.3.2 Loss of revenue on Afghan transit containers not confirmed as exited**

**Criteria.** Goods declared for transit to Afghanistan are exempt from duty and taxes in Pakistan only if they leave the country through a notified exit station. Where exit is not confirmed within the time allowed, the duty and taxes become recoverable from the importer, and the bank guarantee given at Karachi may be encashed.

**Observation.** Audit observed that the exit of 1,240 of the 31,200 Afghan transit containers cleared in FY2025 could not be confirmed: 680 were bound for Torkham, 430 for Chaman and 130 for Ghulam Khan. The duty and taxes involved amounted to PKR 4.9 bn at Torkham, PKR 3.1 bn at Chaman and PKR 0.7 bn at Ghulam Khan, PKR 9.7 bn in all. Only part of this had been recovered when the audit was completed.

**Management's reply.** The Directorate General of Transit Trade replied in November 2025 that recovery notices had been issued to all the importers, that guarantees had been encashed in most cases, and that some containers had in fact crossed but had been recorded under wrong numbers at the exit stations.

**DAC directive.** The Departmental Accounts Committee, in its meeting held in December 2025, directed the Directorate to reconcile its records with those of the exit stations, to recover the remaining amount, and to report progress to Audit within sixty days.

**Recommendation.** Audit recommends that exit be confirmed electronically at every station and that guarantees stay in force until then. The matter should also be examined by the Public Accounts Committee.
""", [{
    "kind": "arithmetic",
    "quotes": ["PKR 4.9 bn at Torkham, PKR 3.1 bn at Chaman and PKR 0.7 bn at Ghulam Khan, PKR 9.7 bn in all"],
    "explanation": "PKR 4.9 bn + PKR 3.1 bn + PKR 0.7 bn is PKR 8.7 bn, not PKR 9.7 bn.",
    "expected_values": {"parts": {"Torkham": 4900, "Chaman": 3100, "Ghulam Khan": 700},
                        "sum_of_parts": 8700, "stated_total": 9700, "difference": 1000,
                        "unit": "PKR million", "period": "FY2025",
                        "as_written": {"stated_total": "PKR 9.7 bn"}},
}])

doc("audit_report_dac_directive_twice", """
# Audit Report on Revenue Receipts: Recovery of Guarantees on Transit Goods

*In the style of a paragraph from an Auditor General's annual audit report on federal revenue receipts. The figures are invented; FY2024 is July 2023 to June 2024 and FY2025 is July 2024 to June 2025.*

**4.3.5 Non-encashment of bank guarantees on transit containers: PKR 2.1 billion recovered out of PKR 8.7 billion**

**Criteria.** Importers of goods in transit to Afghanistan give a bank guarantee at Karachi for the duty and taxes on their goods. If exit from Pakistan is not confirmed within the time allowed, the guarantee is to be encashed.

**Observation.** Audit observed that the exit of 1,240 Afghan transit containers cleared in FY2025 could not be confirmed, against 1,980 in FY2024. Duty and taxes of PKR 8.7 billion were involved, of which only PKR 2.1 billion, about a quarter, had been recovered. In a number of cases guarantees had been allowed to lapse before they were encashed, and in others the issuing banks had disputed the claim because the demand was made after the guarantee had expired.

**Management's reply.** The Directorate replied that it had written to the banks concerned and that most of the remaining amount would be recovered during FY2026.

**DAC directive.** The DAC directed the Directorate to recover the outstanding amount within sixty days and to fix responsibility on the officers who let the guarantees lapse. The DAC directed the Directorate to recover the outstanding amount within sixty days and to fix responsibility on the officers who let the guarantees lapse. No report of compliance had been received when this report was finalised.

**Recommendation.** Audit recommends that guarantees be kept in force until exit is confirmed, that the Directorate keep a register of guarantees with their expiry dates, and that demands be sent to the banks at least thirty days before expiry.
""", [{
    "kind": "garbled",
    "quotes": ["The DAC directed the Directorate to recover the outstanding amount within sixty days and to fix responsibility on the officers who let the guarantees lapse. The DAC directed the Directorate to recover the outstanding amount within sixty days and to fix responsibility on the officers who let the guarantees lapse."],
    "explanation": "The sentence giving the DAC directive appears twice in a row.",
    "expected_values": {"repeated_sentence": "The DAC directed the Directorate to recover the outstanding amount within sixty days and to fix responsibility on the officers who let the guarantees lapse.",
                        "occurrences": 2, "location": "DAC directive"},
}])

doc("audit_report_unexited_increased", """
# Audit Report on Revenue Receipts: Overview of Transit Trade Audit

*In the style of the overview of a chapter in an Auditor General's annual audit report on federal revenue receipts. The figures are invented; FY2024 is July 2023 to June 2024 and FY2025 is July 2024 to June 2025.*

**4.1 Introduction.** The Directorate General of Transit Trade oversees goods that pass through Pakistan on their way to or from Afghanistan. Audit examined the records of the Directorate, the Collectorate of Customs at Karachi and the exit stations at Torkham, Chaman and Ghulam Khan for FY2025.

**4.2 Overview of audit results.** Afghan transit traffic fell sharply during the year, to 31,200 containers from 52,000 in FY2024, because of border closures and a change in Afghan import policy. The number of transit containers whose exit could not be confirmed increased from 1,980 in FY2024 to 1,240 in FY2025, and the duty and taxes involved came to PKR 8.7 billion. Audit also found weaknesses in the tracking of containers between Karachi and the border and in the encashment of bank guarantees.

**4.3 Comments on internal controls.** The Directorate's records of exit are kept partly on paper at the exit stations and sent to Karachi each week. Audit found cases in which a container had crossed but the record reached Karachi too late to stop recovery proceedings, and others in which no record was ever sent.

**4.4 Compliance with earlier recommendations.** Of the eleven recommendations made in the previous audit report on transit trade, four have been implemented in full, five in part and two not at all.

**4.5 Key recommendations.** The Directorate should confirm exit electronically at every station, keep guarantees in force until exit is confirmed, and reconcile its records with those of the exit stations every month.
""", [{
    "kind": "direction",
    "quotes": ["increased from 1,980 in FY2024 to 1,240 in FY2025"],
    "explanation": "A move from 1,980 containers in FY2024 to 1,240 in FY2025 is a fall of 37.4 percent (as transit traffic itself fell); the overview says the number increased.",
    "expected_values": {"from": 1980, "to": 1240, "change": -740, "change_pct": -37.37,
                        "from_period": "FY2024", "to_period": "FY2025",
                        "stated_direction": "rise", "actual_direction": "fall", "direction_word": "increased",
                        "unit": "transit containers",
                        "subject": "Afghan transit containers whose exit was not confirmed"},
}])

doc("audit_report_refugee_data_2023", """
# Audit Report on a Federal Commissionerate: Verification of Registration Cards

*In the style of a paragraph from an Auditor General's compliance audit report on a federal body dealing with Afghan refugees. The body's budget figures are invented.*

**6.2.4 Unspent funds for the verification of Proof of Registration cards: PKR 0.5 billion**

**Criteria.** Funds released for a project are to be spent on the project within the financial year for which they are released, or surrendered before its close.

**Background.** The Government released PKR 1.9 billion in FY2024 for a drive to verify and renew the Proof of Registration (PoR) cards held by registered Afghan refugees. The drive was meant to cover every card holder: as per UNHCR's 2023 data, 1,743,278 registered Afghan refugees were living in Pakistan at the end of that year.

**Observation.** Audit observed that only PKR 1.4 billion was spent by 30 June 2024, and that the remaining PKR 0.5 billion was neither spent nor surrendered. Verification teams in two districts worked for less than half the days planned, because of delays in hiring staff and in buying the biometric equipment.

**Management's reply.** The management replied that the drive had been slowed by changes in government policy on Afghan nationals during the year, and that the unspent funds had been carried forward with the approval of the Finance Division.

**DAC directive.** The DAC did not accept the reply, since no such approval was shown to Audit, and directed the management to produce it within thirty days or to surrender the amount.

**Recommendation.** Audit recommends that project funds be released in tranches linked to progress and that equipment be bought before staff are hired.
""", [{
    "kind": "citation",
    "quotes": ["as per UNHCR's 2023 data, 1,743,278 registered Afghan refugees were living in Pakistan at the end of that year"],
    "explanation": "The reference UNHCR year-end figure for 2023 is 1,987,717; the paragraph gives 1,743,278, which is the exact figure for end-2022 (12.3 percent below the 2023 value).",
    "expected_values": {"stated": 1743278, "reference": 1987717, "same_as_year": "2022",
                        "indicator": "refugees.registered", "subject": "PAK", "period": "2023",
                        "cited_source": "UNHCR's 2023 data",
                        "citation_form": "'as per UNHCR's YYYY data'", "location": "background of an audit paragraph"},
}])

# =================================================================== wire-service items

doc("wire_trade_surplus_2023", """
# Pakistan's exports to Afghanistan top $1 bln for first time since 2019

*In the style of a wire-service news item. The agency and the people quoted are invented; the trade figures are those used throughout this data set.*

By Staff Reporter

ISLAMABAD, Feb 14 (Indus News Wire) - Pakistan's exports to Afghanistan rose above $1 billion in 2023 for the first time in four years, helped by strong Afghan demand for rice, flour and medicines, according to customs data released on Wednesday.

Exports of $1.01 billion and imports of $690 million in 2023 left Pakistan with a surplus of $422 million on its trade with its western neighbour, the data showed. Imports, mostly coal and fruit, were lower than in 2022, when Pakistani buyers had turned to Afghan coal because seaborne coal was expensive.

"Afghan buyers pay in cash and in advance, which is why exporters like this market," said a Peshawar-based rice trader who asked not to be named because he was not authorised to speak to the media.

Traders warned that the gains could be short-lived. The main crossings at Torkham and Chaman were closed several times in the second half of 2023, and Pakistan tightened the rules for transit goods bound for Afghanistan.

A commerce ministry official said the government wanted to raise bilateral trade further but that security on the border came first.

Afghanistan's Ministry of Commerce and Industry did not respond to a request for comment.

(Reporting by Staff Reporter; Editing by Desk Editor)

(Corrects day of release in paragraph 1 to Wednesday from Tuesday)
""", [{
    "kind": "arithmetic",
    "quotes": ["Exports of $1.01 billion and imports of $690 million in 2023 left Pakistan with a surplus of $422 million"],
    "explanation": "Exports of $1,012 million less imports of $690 million give a surplus of $322 million, not $422 million.",
    "expected_values": {"exports": 1012, "imports": 690, "computed_balance": 322, "stated_balance": 422,
                        "unit": "USD million", "period": "2023",
                        "as_written": {"exports": "$1.01 billion", "stated_balance": "$422 million"}},
}])

doc("wire_returns_quarters_reuse", """
# UPDATE 1-Afghan returns from Pakistan quicken in second quarter

*In the style of a wire-service news item with an update line. The agency and the people quoted are invented; the figures on returns are those used throughout this data set.*

By Staff Reporter

PESHAWAR, July 9 (Indus News Wire) - The number of Afghans returning home from Pakistan rose in the second quarter of 2025, aid workers at the Torkham border crossing said on Wednesday, as a deadline for holders of some residence documents passed.

Some 141,000 Afghans returned in the first quarter and 141,000 in the second, bringing the total for January to June to 320,000, according to figures compiled by agencies working at the border.

Families waited for hours in the summer heat at the reception centre on the Afghan side, where they receive cash, a hot meal and a transport allowance before travelling on to their home provinces.

"We had no choice. The police came to our street twice in one week," said a 40-year-old labourer from Peshawar who crossed with his wife and five children. He said he had lived in Pakistan since he was a boy.

Pakistan says it is returning only people without valid documents and that the returns are orderly. Officials in Kabul have asked for more time and for the returns to be spread over the year.

In 2024, some 676,000 Afghans returned from Pakistan, most of them through Torkham.

(Adds comment from returnee in paragraph 4)

(Reporting by Staff Reporter; Editing by Desk Editor)
""", [{
    "kind": "number_reuse",
    "quotes": ["Some 141,000 Afghans returned in the first quarter", "141,000 in the second"],
    "explanation": "141,000 is given for both quarters, but the item's own half-year total of 320,000 requires 179,000 in the second quarter; the headline also says returns quickened in the second quarter.",
    "expected_values": {"value": 141000, "unit": "persons returned",
                        "quantity_1": "returns from Pakistan, Q1 2025",
                        "quantity_2": "returns from Pakistan, Q2 2025", "expected_value_2": 179000},
}])

doc("wire_exports_edged_higher", """
# Pakistan's trade surplus with Afghanistan widens as imports slump

*In the style of a wire-service news item. The agency and the people quoted are invented; the trade figures are those used throughout this data set, and the fiscal year runs from July to June.*

By Staff Reporter

KARACHI, Aug 21 (Indus News Wire) - Pakistan's trade surplus with Afghanistan widened in the fiscal year that ended in June, as imports of Afghan coal and fruit fell faster than exports, according to central bank data published on Thursday.

Pakistan's exports to Afghanistan edged higher to $893 million in the twelve months to June 2025, from $956 million in the twelve months to June 2024, the data showed. Imports fell by almost a fifth, to $498 million from $620 million.

That left a surplus of $395 million, up from $336 million a year earlier.

Exporters blamed long closures at the Torkham and Chaman crossings, where hundreds of trucks were stranded for weeks, and a shortage of dollars in Afghanistan that has made it harder for buyers to pay.

"The demand is there, but the trucks cannot move and the money cannot move," said the head of a Karachi exporters' group, who asked that his name not be used because the group had not authorised him to comment.

Pakistan's rice, flour and medicines make up the bulk of its exports to Afghanistan, while coal accounts for the largest share of imports.

Officials of the two countries are due to meet in Islamabad next month to discuss trade and transit, a foreign ministry spokesperson said.

(Reporting by Staff Reporter; Editing by Desk Editor)
""", [{
    "kind": "direction",
    "quotes": ["Pakistan's exports to Afghanistan edged higher to $893 million in the twelve months to June 2025, from $956 million in the twelve months to June 2024"],
    "explanation": "A move from $956 million to $893 million is a fall of 6.6 percent; the item says exports edged higher.",
    "expected_values": {"from": 956, "to": 893, "change": -63, "change_pct": -6.59,
                        "from_period": "the twelve months to June 2024", "to_period": "the twelve months to June 2025",
                        "stated_direction": "rise", "actual_direction": "fall", "direction_word": "edged higher",
                        "unit": "USD million", "subject": "PAK→AFG exports"},
}])

doc("wire_swedish_afghan_trade", """
# Afghan traders count cost of border closures as 2024 trade shrinks

*In the style of a wire-service news feature. The agency and the people quoted are invented; the trade figures are those used throughout this data set.*

By Staff Reporter

JALALABAD, Afghanistan, Jan 30 (Indus News Wire) - Fruit sellers in the market of this eastern Afghan city say they lost much of last year's pomegranate crop while their trucks waited at the Torkham crossing, one of several closures that cut trade between Afghanistan and its eastern neighbour in 2024.

Swedish–Afghan trade through Torkham and Chaman fell to $1.42 billion in 2024 from $1.70 billion a year earlier, according to figures compiled from Pakistani customs data. Exports from Pakistan fell to $884 million and imports from Afghanistan to $540 million.

"When the gate closes, we lose everything in the truck," said a fruit wholesaler who has traded across the border for twenty years. "Nobody pays us for rotten fruit."

The closures also hit health services in the province. The Swedish Committee for Afghanistan, which runs clinics in Nangarhar, said deliveries of some medicines bought in Pakistan had been delayed by weeks.

Afghan officials say they want to develop trade routes through Iran and Central Asia to reduce their dependence on Pakistan. Traders say those routes are longer and more expensive for perishable goods.

Pakistani officials say the closures were caused by security incidents and disputes over border posts, and that they want trade to flow normally.

(Reporting by Staff Reporter; Editing by Desk Editor)

(Corrects spelling of Jalalabad in dateline)
""", [{
    "kind": "scope",
    "quotes": ["Swedish–Afghan trade through Torkham and Chaman fell to $1.42 billion in 2024"],
    "explanation": "Trade through Torkham and Chaman is Pakistan–Afghanistan trade, and the next sentence splits it into exports from Pakistan ($884 million) and imports from Afghanistan ($540 million); the item calls it 'Swedish–Afghan trade'. Sweden is correctly named later through the Swedish Committee for Afghanistan.",
    "expected_values": {"third_country": "SWE", "named_pair": ["SWE", "AFG"], "pair": PAIR,
                        "named_as": "Swedish–Afghan trade",
                        "not_a_defect": "The Swedish Committee for Afghanistan, which runs clinics in Nangarhar"},
}])

doc("wire_refugees_end_2024", """
# Pakistan extends stay of registered Afghan refugees by three months

*In the style of a wire-service news item. The agency and the people quoted are invented; the figures on returns are those used throughout this data set.*

By Staff Reporter

ISLAMABAD, March 27 (Indus News Wire) - Pakistan will allow registered Afghan refugees to stay for three more months while it decides on a longer-term policy, the interior ministry said on Thursday, easing fears of an immediate deadline for hundreds of thousands of families.

The extension applies to holders of Proof of Registration cards, whose validity had been due to end on March 31. UNHCR data for end-2024 show some 1.99 million Afghans registered as refugees in Pakistan, many of whom were born in the country.

The decision does not cover Afghans who hold other documents or none. Police have detained thousands of them in Islamabad and Rawalpindi in recent weeks ahead of deportation, rights groups said.

"Three months is not enough to plan a life," said a shopkeeper in Peshawar who was born in a refugee camp in 1988. "My children do not know Afghanistan."

Some 676,000 Afghans returned from Pakistan in 2024, most of them through the Torkham crossing, and aid agencies at the border say the pace has picked up again this year.

The ministry said the government would take a decision on the future of the cards after consultations with the provinces.

(Reporting by Staff Reporter; Editing by Desk Editor)
""", [{
    "kind": "citation",
    "quotes": ["UNHCR data for end-2024 show some 1.99 million Afghans registered as refugees in Pakistan"],
    "explanation": "The reference UNHCR year-end figure for 2024 is 1,559,964; 'some 1.99 million' is 27.6 percent above it (it is the rounded end-2023 figure, 1,987,717).",
    "expected_values": {"stated": 1990000, "stated_as_written": "some 1.99 million", "stated_hedge": "some",
                        "reference": 1559964, "indicator": "refugees.registered", "subject": "PAK",
                        "period": "2024", "cited_source": "UNHCR data for end-2024",
                        "citation_form": "'UNHCR data for end-YYYY show'"},
}])

doc("wire_refugees_control", """
# Registered Afghan refugee numbers in Pakistan fall after returns, data show

*In the style of a wire-service news item with a correction line. The agency and the people quoted are invented; the figures on returns are those used throughout this data set.*

By Staff Reporter

ISLAMABAD, June 20 (Indus News Wire) - The number of registered Afghan refugees in Pakistan fell sharply in 2024, according to data published on World Refugee Day, as hundreds of thousands of Afghans went home under pressure from the authorities.

There were 1,987,717 registered Afghan refugees in Pakistan according to UNHCR data as of end-2023, and 1,559,964 according to UNHCR data as of end-2024, down by more than a fifth in a year.

Some 676,000 Afghans returned from Pakistan in 2024, including 412,000 through Torkham and 231,000 through Spin Boldak and Chaman, according to agencies at the border. Not all of them were registered refugees; many held other documents or none.

"The numbers tell you who left. They do not tell you who wanted to leave," said a lawyer in Peshawar who represents Afghan families facing removal.

A government spokesperson said Pakistan had hosted Afghan refugees generously for more than four decades and that returns of people without documents would continue.

Aid agencies in eastern Afghanistan say they are struggling to provide shelter and work for returnees in provinces that already had high unemployment.

(Reporting by Staff Reporter; Editing by Desk Editor)

(Corrects description of government spokesperson in paragraph 5)
""", control_type="citation_control")

# =================================================================== consultancy slide decks rendered as text

doc("slide_deck_exports_speaker_notes", """
# Afghan Corridor Review: Board Pre-read (text export of slides 4–6)

*In the style of a management consultancy's slide deck exported to text, with the presenter's speaker notes under each slide. The consultancy and its client, a Karachi logistics group, are invented; the trade figures are those used throughout this data set. FY runs July to June; X is Pakistan's exports to Afghanistan and M its imports from Afghanistan.*

**Slide 4: Bilateral trade is shrinking, but the surplus is growing**

| Indicator (US$ mn) | FY2024 | FY2025 | Change (%) |
|---|---|---|---|
| X: exports to AFG | 956 | 893 | -6.6 |
| M: imports from AFG | 620 | 498 | -19.7 |
| Balance | 336 | 395 | 17.6 |
| Two-way trade | 1,576 | 1,391 | -11.7 |

*Speaker notes:* Start with the headline: two-way trade is down by more than a tenth. Pakistan's exports to Afghanistan came in at $0.93 billion in FY2025, so the outbound leg our client depends on is still large, but imports of coal and fruit fell much faster, which is why the surplus widened. Stress that the return leg is the problem: empty backhauls raise the cost of every trip.

**Slide 5: Closures, not demand, explain most of the fall**

- Torkham closed 46 days and Chaman 31 days in 2024
- Trucks per day at Torkham: 1,150 (2023) → 820 (2024)
- Exporters report stable orders but delayed payments

*Speaker notes:* The board will ask whether Afghan demand has collapsed. Our interviews say no: buyers still want rice, flour and medicines, but trucks cannot cross and money cannot move. Use the trucks-per-day figure as the single number to remember.

**Slide 6: Implications for the client**

- Keep the Torkham fleet, cut the Chaman fleet by a third
- Price backhaul capacity aggressively to win coal contracts
- Revisit in six months

*Speaker notes:* Close by asking for a decision on the Chaman fleet today; the rest can wait for the next board.
""", [{
    "kind": "text_vs_table",
    "quotes": ["Pakistan's exports to Afghanistan came in at $0.93 billion in FY2025",
               "| X: exports to AFG | 956 | 893 | -6.6 |"],
    "explanation": "The speaker notes put exports to Afghanistan in FY2025 at $0.93 billion ($930 million); the slide's table gives 893, which its balance row (893 - 498 = 395) and change column (-6.6 percent on 956) confirm.",
    "expected_values": {"text_value": 930, "table_value": 893, "unit": "USD million",
                        "text_as_written": "$0.93 billion", "subject": "PAK→AFG exports",
                        "period": "FY2025", "location": "speaker notes against slide table", "table_form": "pipe"},
}])

doc("slide_deck_transit_down_quarter", """
# Transit Opportunity Assessment: Steering Committee Deck (text export)

*In the style of a management consultancy's slide deck exported to text, with speaker notes. The consultancy and its client, a Karachi terminal operator, are invented. Tonnages are Afghan transit cargo discharged at Karachi Port Trust berths; kt is thousand tonnes and FY2025 runs July 2024 to June 2025.*

**Slide 2: Executive summary**

- Afghan transit cargo through Karachi down by a quarter in FY2025: 690 kt vs 1,140 kt in FY2024
- Dwell time up from 9.5 to 14.2 days; yard congestion is now the binding constraint
- Free time rises to 10 days from 1 September 2025, which will cut ground-rent income

*Speaker notes:* The committee has seen the port's circular, so go quickly through the volume numbers and spend the time on what the longer free time means for yard planning.

**Slide 3: Where the volume went**

- Edible oil still the largest group, 205 kt
- Tyres and auto parts and fabrics fell furthest
- Some tea and edible oil now routed through Iranian ports

*Speaker notes:* Iranian routes are cheaper for buyers in Herat and Kandahar, less so for Kabul. Our view is that Karachi keeps the Kabul market as long as the Torkham crossing is open.

**Slide 4: Options**

1. Dedicated transit yard with bonded status
2. Joint venture with a trucking firm for door-to-door service to Kabul
3. Do nothing and release yard space to domestic cargo

*Speaker notes:* Option 2 has the best return if crossings stay open more than 300 days a year; below that, option 3 wins. Ask the committee which scenario it wants us to plan for.

**Slide 5: Next steps**

- Validate volumes with the port and customs
- Interview ten Afghan importers in Kabul
- Return with a business case in eight weeks
""", [{
    "kind": "arithmetic",
    "quotes": ["Afghan transit cargo through Karachi down by a quarter in FY2025: 690 kt vs 1,140 kt in FY2024"],
    "explanation": "A fall from 1,140 kt to 690 kt is a fall of 39.5 percent, close to two-fifths, not a quarter.",
    "expected_values": {"from": 1140, "to": 690, "computed_change_pct": -39.47, "stated_change_pct": -25,
                        "unit": "thousand tonnes", "subject": "Afghan transit cargo at Karachi Port Trust berths",
                        "from_period": "FY2024", "to_period": "FY2025",
                        "as_written": {"from": "1,140 kt", "to": "690 kt"}, "location": "executive summary slide"},
}])

doc("slide_deck_dwell_time_falling", """
# Karachi Gateway Review: Operations Workstream (text export)

*In the style of a management consultancy's slide deck exported to text, with speaker notes. The consultancy and its client, a Karachi logistics group, are invented. FY2024 and FY2025 run July to June; dwell time is the average number of days an Afghan transit container spends at the port between discharge and gate-out.*

**Slide 7: Dwell time at Karachi is falling**

- Average dwell time of Afghan transit containers: FY2024 9.5 days → FY2025 14.2 days
- Main driver: loaded trailers unable to leave while crossings were closed
- Free time extended from 7 to 10 days from 1 September 2025

*Speaker notes:* This slide matters for the yard business case. Longer dwell means fewer boxes per ground slot per year. If the client builds the dedicated transit yard, it needs about half as many slots again as the volume alone would suggest.

**Slide 8: Trailer availability**

- Trailers registered for Afghan transit fell in 2024
- Drivers report waits of up to a week at Torkham during closures
- Empty return trips are common because Afghan exports to Pakistan are seasonal

*Speaker notes:* Trailer owners are leaving the transit business for domestic work, which pays less but turns faster. Any plan that relies on third-party trailers should assume higher rates.

**Slide 9: Quick wins**

- Pre-gate customs checks for transit boxes
- Appointment system for trailers collecting transit containers
- Weekly report to consignees on boxes approaching the end of free time

*Speaker notes:* None of these needs capital. The appointment system alone could cut the queue at the gate by half, based on what we saw at another terminal.

**Slide 10: Decision requested**

- Approve a three-month pilot of the appointment system
- Mandate the workstream to draft the yard business case
""", [{
    "kind": "direction",
    "quotes": ["Dwell time at Karachi is falling", "FY2024 9.5 days → FY2025 14.2 days"],
    "explanation": "The slide title says dwell time is falling, but its own first bullet shows a rise from 9.5 to 14.2 days (+49.5 percent), and the speaker notes speak of longer dwell.",
    "expected_values": {"from": 9.5, "to": 14.2, "change": 4.7, "change_pct": 49.47,
                        "from_period": "FY2024", "to_period": "FY2025",
                        "stated_direction": "fall", "actual_direction": "rise", "direction_word": "falling",
                        "unit": "days", "subject": "average dwell time of Afghan transit containers at Karachi",
                        "location": "slide title over its own bullet"},
}])

doc("slide_deck_source_2022", """
# Labour Market Scan: Afghan Workers in Pakistan's Logistics Sector (text export)

*In the style of a management consultancy's slide deck exported to text, with source lines and speaker notes. The consultancy and its client, a Karachi logistics group, are invented.*

**Slide 3: Context: a large Afghan population, now shrinking**

- Registered Afghan refugees in Pakistan: ~1.3 mn at end-2022
- Many more Afghans held other documents or none
- Returns accelerated from late 2023

Source: UNHCR (2022); client interviews

*Speaker notes:* The point of this slide is that the pool of Afghan labour the client has relied on for loading, driving and warehouse work is getting smaller, and quickly. Don't get drawn into the politics; stick to what it means for staffing.

**Slide 4: Where Afghan workers are concentrated in the client's operations**

- Loading and unloading crews at the Karachi yards
- Long-haul drivers on the Peshawar and Quetta routes
- Tyre and mechanical workshops

*Speaker notes:* Site managers told us that in some crews more than half the workers are Afghan. Several have already left, and replacing them has taken weeks, not days.

**Slide 5: Risks**

- Loss of experienced drivers on the border routes
- Higher wages to attract replacements
- Compliance risk if documents are not checked

*Speaker notes:* The compliance risk is real: the client should check the documents of every worker, and the checks should be done by HR, not by site managers.

**Slide 6: Recommendations**

- Start a driver training programme for local recruits now
- Offer retention bonuses to experienced crews with valid documents
- Review wage rates at the Karachi yards every quarter
""", [{
    "kind": "citation",
    "quotes": ["Registered Afghan refugees in Pakistan: ~1.3 mn at end-2022", "Source: UNHCR (2022)"],
    "explanation": "The reference UNHCR year-end figure for 2022 is 1,743,278; '~1.3 mn' is 25.4 percent below it.",
    "expected_values": {"stated": 1300000, "stated_as_written": "~1.3 mn", "stated_hedge": "~",
                        "reference": 1743278, "indicator": "refugees.registered", "subject": "PAK",
                        "period": "2022", "cited_source": "UNHCR (2022)",
                        "citation_form": "slide source line 'Source: UNHCR (YYYY)'", "location": "slide bullet and source line"},
}])

_SURVEY = pdf_table([
    ["Main obstacle", "Firms", "Share (%)"],
    ["Border closures", "53", "37.9"],
    ["Documentation", "38", "27.1"],
    ["Payments and banking", "29", "20.7"],
    ["Security", "20", "14.3"],
    ["Total", "140", "100.0"],
])
_SURVEY_T = "\n".join(_SURVEY)

doc("slide_deck_obstacles_control", f"""
# Exporter Survey Readout: Afghan Market (text export)

*In the style of a management consultancy's slide deck exported to text, with speaker notes. The consultancy, its client and the survey are invented; the freight rates are those used throughout this data set (USD for a 40ft container, January of each year). The survey table is reproduced as it came out of the PDF.*

**Slide 2: What exporters told us**

We surveyed 140 firms that export to Afghanistan. Asked for the single main obstacle, they answered:

{_SURVEY_T}

*Speaker notes:* Border closures lead, but note that more than a fifth of firms put payments and banking first. That is the problem our client can help with through its trade-finance partner.

**Slide 3: Freight has become more expensive**

- Karachi–Kabul via Torkham: USD 2,900 → USD 3,400, up about 17 percent
- Karachi–Kandahar via Chaman: USD 2,300 → USD 2,650
- Peshawar–Kabul: USD 1,100 → USD 1,250, up by more than one-eighth

*Speaker notes:* All three routes rose between January 2024 and January 2025, and the long haul from Karachi rose most in dollars. Closures and waiting time explain most of it.

**Slide 4: Recommendation**

- Bundle freight, customs and payment services for small exporters
- Pilot with twenty firms on the Torkham route

*Speaker notes:* The pilot can start within a quarter and needs no new capital.
""", control_type="control")

# =================================================================== written answers to National Assembly questions

_VISAS = """| Category | 2023 | 2024 | Change (%) |
|---|---|---|---|
| Business | 14,200 | 9,800 | -31.0 |
| Medical | 38,600 | 31,400 | -18.7 |
| Student | 3,100 | 2,600 | -16.1 |
| Family and visit | 22,900 | 16,700 | -27.1 |
| Total | 78,800 | 60,500 | -23.2 |"""

doc("question_hour_visa_total", f"""
# National Assembly: Questions for Oral Answers and Their Replies

*In the style of the printed list of questions and written replies for a sitting of the National Assembly of Pakistan. The member, the sitting and the visa figures are invented.*

**Ministry of Foreign Affairs**

**\\*47. Mr. Muhammad Aslam Afridi:** Will the Minister for Foreign Affairs be pleased to state:

(a) the number of visas issued to Afghan nationals by Pakistan's missions in Afghanistan during 2023 and 2024, category-wise; and

(b) the steps taken to reduce the waiting time for medical visas?

**Minister for Foreign Affairs:** (a) A total of 65,500 visas were issued to Afghan nationals by the Embassy in Kabul and the Consulates General in Jalalabad, Kandahar and Mazar-i-Sharif in 2024, against 78,800 in 2023. The decrease is mainly due to the suspension of visa services for several weeks during the closures of the border crossings and to stricter checks on business visa applications. Category-wise details are annexed.

(b) Medical visas are now processed within three working days of a complete application. Applicants referred by a hospital in Pakistan may apply online, and a dedicated counter has been opened at the Embassy in Kabul for patients and their attendants. Afghan patients travelling to hospitals in Peshawar and Islamabad made up the largest group of visa holders in both years.

**Annex: Visas issued to Afghan nationals, category-wise**

{_VISAS}
""", [{
    "kind": "text_vs_table",
    "quotes": ["A total of 65,500 visas were issued to Afghan nationals", "| Total | 78,800 | 60,500 | -23.2 |"],
    "explanation": "The minister's written reply gives 65,500 visas issued in 2024; the annexed table gives a total of 60,500 for the same year, which its rows add up to and its change column (-23.2 percent on 78,800) confirms.",
    "expected_values": {"text_value": 65500, "table_value": 60500, "unit": "visas",
                        "subject": "visas issued to Afghan nationals by Pakistan's missions in Afghanistan",
                        "period": "2024", "location": "written answer against annexed table", "table_form": "pipe"},
}])

doc("question_hour_visas_same_year", """
# National Assembly: Questions for Written Answers

*In the style of the printed list of questions and written replies for a sitting of the National Assembly of Pakistan. The member, the sitting and the visa figures are invented; CY is the calendar year.*

**Ministry of Interior**

**112. Syeda Noor Bibi:** Will the Minister for Interior be pleased to state:

(a) the number of visas issued to Afghan nationals during CY2023 and CY2024;

(b) the number of Afghan nationals who overstayed their visas during CY2024; and

(c) the action taken against them?

**Minister for Interior:** (a) According to the Ministry of Foreign Affairs, the number of visas issued to Afghan nationals by Pakistan's missions in Afghanistan came down from 78,800 in CY2023 to 78,800 in CY2023. Medical visas made up the largest category in both years, followed by family and visit visas.

(b) The Federal Investigation Agency and the provincial police reported cases of overstay at the major cities. Figures for CY2024 are being reconciled with the immigration records at airports and land crossings and will be laid before the House when complete.

(c) Afghan nationals found to have overstayed are required to regularise their stay or leave the country. Those who do not do so are dealt with under the Foreigners Act, 1946. Holders of valid medical visas and their attendants are given extensions on the advice of the treating hospital.

**Supplementary information:** The Ministry has introduced an online system for visa extensions, which allows applicants to upload documents and pay fees without visiting an office. Since its launch the average time to decide an extension has fallen from several weeks to a few days.
""", [{
    "kind": "garbled",
    "quotes": ["came down from 78,800 in CY2023 to 78,800 in CY2023"],
    "explanation": "The change is stated with the same value and the same year at both ends; the question asked about CY2023 and CY2024, and the CY2024 figure is missing (60,500 in the visa figures used elsewhere in this set).",
    "expected_values": {"start_value": 78800, "end_value": 78800, "start_period": "2023", "end_period": "2023",
                        "period_as_written": "CY2023", "unit": "visas",
                        "subject": "visas issued to Afghan nationals by Pakistan's missions in Afghanistan",
                        "location": "minister's written answer"},
}])

doc("question_hour_medical_business_reuse", """
# National Assembly: Questions for Oral Answers and Their Replies

*In the style of the printed list of questions and written replies for a sitting of the National Assembly of Pakistan. The member, the sitting and the visa figures are invented.*

**Ministry of Foreign Affairs**

**\\*88. Mr. Muhammad Aslam Afridi:** Will the Minister for Foreign Affairs be pleased to state the number of visas issued to Afghan nationals in 2024 by Pakistan's missions in Afghanistan, with a break-up by category?

**Minister for Foreign Affairs:** The Embassy in Kabul and the Consulates General in Jalalabad, Kandahar and Mazar-i-Sharif issued 60,500 visas to Afghan nationals in 2024. Of these, 31,400 were medical visas, 31,400 were business visas, 2,600 were student visas and 16,700 were family and visit visas.

Medical visas were the largest category, as in earlier years, because many Afghan patients travel to hospitals in Peshawar, Lahore and Islamabad for treatment that is not available at home. Business visas fell compared with 2023 after the Ministry introduced a requirement for a letter from a recognised chamber of commerce in Pakistan.

**Supplementary question by Mr. Muhammad Aslam Afridi:** Is the Minister aware that traders in Peshawar say business visas now take more than a month?

**Minister for Foreign Affairs:** The Ministry is aware of complaints and has asked the missions to decide business visa applications within fifteen working days once the chamber's letter has been verified. The Honourable Member may share any particular case with the Ministry, and it will be looked into.

**Supplementary question by another member:** How many visa applications were refused?

**Minister for Foreign Affairs:** The figure for refusals will be provided to the Honourable Member in writing.
""", [{
    "kind": "number_reuse",
    "quotes": ["31,400 were medical visas", "31,400 were business visas"],
    "explanation": "31,400 is given for both medical and business visas; with a stated total of 60,500 and 2,600 student and 16,700 family and visit visas, business visas must be 9,800 (31,400 twice would make 82,100), and the reply itself says medical visas were the largest category.",
    "expected_values": {"value": 31400, "unit": "visas",
                        "quantity_1": "medical visas issued to Afghan nationals, 2024",
                        "quantity_2": "business visas issued to Afghan nationals, 2024",
                        "expected_value_2": 9800},
}])

doc("question_hour_visas_went_up", """
# National Assembly: Questions for Written Answers

*In the style of the printed list of questions and written replies for a sitting of the National Assembly of Pakistan. The member, the sitting and the visa figures are invented.*

**Ministry of National Health Services, Regulations and Coordination**

**135. Dr. Shagufta Yousafzai:** Will the Minister for National Health Services be pleased to state:

(a) the number of Afghan patients who came to Pakistan for treatment on medical visas in 2023 and 2024; and

(b) whether the Government intends to make it easier for them to obtain visas?

**Minister for National Health Services:** (a) The Ministry does not keep a separate record of patients. According to the Ministry of Foreign Affairs, the number of medical visas went up from 38,600 in 2023 to 31,400 in 2024. Each visa covers one patient or one attendant, so the number of patients is smaller than the number of visas. Most patients were treated at teaching hospitals in Peshawar, followed by hospitals in Islamabad and Lahore.

(b) The Ministry has proposed that hospitals registered with it be allowed to send referral letters for Afghan patients directly to the missions, which would shorten the process. The proposal is under consideration by the Ministry of Foreign Affairs and the Ministry of Interior.

**Note:** Afghan patients pay for their treatment themselves or through charities. Teaching hospitals in Peshawar report that patients from Afghanistan account for a noticeable share of admissions in cardiology, oncology and orthopaedics.
""", [{
    "kind": "direction",
    "quotes": ["the number of medical visas went up from 38,600 in 2023 to 31,400 in 2024"],
    "explanation": "A move from 38,600 to 31,400 is a fall of 18.7 percent; the reply says the number went up.",
    "expected_values": {"from": 38600, "to": 31400, "change": -7200, "change_pct": -18.65,
                        "from_period": "2023", "to_period": "2024",
                        "stated_direction": "rise", "actual_direction": "fall", "direction_word": "went up",
                        "unit": "visas", "subject": "medical visas issued to Afghan nationals by Pakistan's missions"},
}])

doc("question_hour_canada_afghan_trade", """
# National Assembly: Questions for Oral Answers and Their Replies

*In the style of the printed list of questions and written replies for a sitting of the National Assembly of Pakistan. The member and the sitting are invented; the trade figures are those used throughout this data set, and FY2025 is July 2024 to June 2025.*

**Ministry of Commerce**

**\\*63. Mr. Zahid Hussain Bangash:** Will the Minister for Commerce be pleased to state:

(a) the value of trade between Pakistan and Afghanistan during FY2025; and

(b) whether pulses imported into Pakistan are being re-exported to Afghanistan, and if so, the steps taken to stop it?

**Minister for Commerce:** (a) The Canada–Afghanistan trade recorded at Torkham, Chaman and the other land customs stations in FY2025 amounted to US$ 1,391 million, comprising exports of US$ 893 million and imports of US$ 498 million. Rice, wheat flour and pharmaceuticals were the main exports, and coal, fresh fruit and cotton the main imports.

(b) Pakistan imports lentils and chickpeas from Canada and Australia to meet domestic demand. Customs have not detected any organised re-export of these pulses to Afghanistan. Small quantities may cross with passengers, which is permitted within the personal baggage allowance. The Federal Board of Revenue has been asked to keep a watch on the land routes and to report any trade in pulses above that allowance.

**Supplementary question by Mr. Zahid Hussain Bangash:** Will the Minister tell the House why trade with Afghanistan has fallen when the Government says it wants to increase it?

**Minister for Commerce:** Trade has been affected by the closures of the crossings for security reasons and by payment difficulties on the Afghan side. The Government is discussing a new transit and trade arrangement with the Afghan authorities, and a joint working group will meet next month.
""", [{
    "kind": "scope",
    "quotes": ["The Canada–Afghanistan trade recorded at Torkham, Chaman and the other land customs stations in FY2025"],
    "explanation": "The question and the figures are about trade between Pakistan and Afghanistan (exports of US$ 893 million and imports of US$ 498 million through Pakistan's land customs stations); the reply calls it 'Canada–Afghanistan trade'. Canada is correctly named in part (b) as a source of Pakistan's pulse imports.",
    "expected_values": {"third_country": "CAN", "named_pair": ["CAN", "AFG"], "pair": PAIR,
                        "named_as": "Canada–Afghanistan trade",
                        "not_a_defect": "lentils and chickpeas from Canada and Australia"},
}])

doc("question_hour_refugees_2019", """
# National Assembly: Questions for Written Answers

*In the style of the printed list of questions and written replies for a sitting of the National Assembly of Pakistan. The member and the sitting are invented; the figures on returns are those used throughout this data set.*

**Ministry of States and Frontier Regions**

**141. Ms. Rukhsana Kakar:** Will the Minister for States and Frontier Regions be pleased to state:

(a) the number of registered Afghan refugees in Pakistan before the start of the present repatriation drive; and

(b) the number of Afghans who returned to Afghanistan in 2024?

**Minister for States and Frontier Regions:** (a) According to UNHCR's year-end report for 2019, some 1.25 million registered Afghan refugees were living in Pakistan at the end of that year, most of them in Khyber Pakhtunkhwa and Balochistan. They hold Proof of Registration cards issued by the Government of Pakistan, whose validity has been extended from time to time.

(b) Some 676,000 Afghans returned to Afghanistan in 2024, of whom 412,000 crossed at Torkham and 231,000 at Chaman. These figures include registered refugees who returned voluntarily, holders of other documents and persons without documents.

**Supplementary information:** The Chief Commissionerate for Afghan Refugees continues to run refugee villages in Khyber Pakhtunkhwa, Balochistan and Punjab, where schools and health units are maintained with the support of international partners. The Government has assured the House that registered refugees will not be returned against their will while their cards are valid.

**Note:** The Ministry regrets that figures for earlier years are not available in the form requested and will lay them before the House at a later sitting.
""", [{
    "kind": "citation",
    "quotes": ["According to UNHCR's year-end report for 2019, some 1.25 million registered Afghan refugees were living in Pakistan"],
    "explanation": "The reference UNHCR year-end figure for 2019 is 1,419,084; 'some 1.25 million' is 11.9 percent below it.",
    "expected_values": {"stated": 1250000, "stated_as_written": "some 1.25 million", "stated_hedge": "some",
                        "reference": 1419084, "indicator": "refugees.registered", "subject": "PAK",
                        "period": "2019", "cited_source": "UNHCR's year-end report for 2019",
                        "citation_form": "'UNHCR's year-end report for YYYY'", "location": "minister's written answer"},
}])

doc("question_hour_refugees_control", """
# National Assembly: Questions for Oral Answers and Their Replies

*In the style of the printed list of questions and written replies for a sitting of the National Assembly of Pakistan. The member and the sitting are invented; the figures on returns are those used throughout this data set.*

**Ministry of States and Frontier Regions**

**\\*156. Ms. Rukhsana Kakar:** Will the Minister for States and Frontier Regions be pleased to state how the number of registered Afghan refugees in Pakistan has changed since 2021?

**Minister for States and Frontier Regions:** There were 1,490,562 registered Afghan refugees in Pakistan at the end of 2021 (UNHCR, December 2021). The number rose to 1,987,717 at the end of 2023 (UNHCR, December 2023), largely because of new registrations and the renewal of lapsed cards, and then fell to 1,559,964 by the end of 2024, according to UNHCR's figure for 2024, as many registered refugees returned to Afghanistan. The end-2024 figure is therefore a rise of less than five percent on the figure for end-2021, but a fall of more than a fifth from the peak at end-2023.

**Supplementary question by Ms. Rukhsana Kakar:** How many Afghans returned in 2024?

**Minister for States and Frontier Regions:** Some 676,000 Afghans returned in 2024, of whom 412,000 crossed at Torkham. Not all of them were registered refugees.

**Supplementary question by another member:** What is the Government doing for the refugees who remain?

**Minister for States and Frontier Regions:** The validity of Proof of Registration cards has been extended, and the Chief Commissionerate for Afghan Refugees continues to provide schools and health units in the refugee villages with the help of international partners. The Government will place its future policy before the House once the federal cabinet has approved it.
""", control_type="citation_control")

# =================================================================== encyclopedia entries

doc("encyclopedia_torkham_infobox", """
# Torkham

*In the style of an online encyclopedia entry with an infobox, as exported to text. The traffic and closure figures are those used throughout this data set.*

| Torkham border crossing | |
|---|---|
| Location | Khyber District, Pakistan, and Nangarhar Province, Afghanistan |
| Type | Road border crossing |
| Trucks per day (2023) | 1,150 |
| Trucks per day (2024) | 820 |
| Days closed (2024) | 46 |

**Torkham** is the main border crossing between Pakistan and Afghanistan, at the western end of the Khyber Pass. It links Peshawar with Jalalabad and, beyond it, Kabul, and carries more trade and more travellers than any other crossing on the border.

## History

The Khyber Pass has been a trade and invasion route for more than two thousand years. A modern road through the pass was completed in the 1920s, and a railway, since disused, reached Landi Kotal in the same decade. The crossing was upgraded in the 2010s with new terminal buildings and scanners.

## Traffic

An average of 1,150 trucks a day crossed at Torkham in 2023, falling to 820 in 2024. Most trucks heading into Afghanistan carry food, medicines and building materials, and most heading into Pakistan carry coal and fruit.

## Closures

The crossing has often been closed because of clashes between border forces, disputes over new border posts and security incidents. It was closed for a total of 64 days in 2024, which left hundreds of trucks stranded on both sides and caused heavy losses to traders in fresh fruit and vegetables.

## See also

- Chaman border crossing
- Khyber Pass
- Afghanistan–Pakistan border
""", [{
    "kind": "text_vs_table",
    "quotes": ["It was closed for a total of 64 days in 2024", "| Days closed (2024) | 46 |"],
    "explanation": "The body of the entry says the crossing was closed for 64 days in 2024; the infobox at the top gives 46 days for the same crossing and year. The digits are transposed.",
    "expected_values": {"text_value": 64, "table_value": 46, "unit": "days closed",
                        "subject": "closures of the Torkham crossing", "period": "2024",
                        "location": "body against infobox", "table_form": "pipe (infobox)"},
}])

doc("encyclopedia_chaman_closures_reuse", """
# Chaman border crossing

*In the style of an online encyclopedia entry, as exported to text. The traffic and closure figures are those used throughout this data set.*

The **Chaman border crossing**, known on the Afghan side as **Spin Boldak** or the Friendship Gate, is a crossing on the border between Pakistan and Afghanistan, on the road from Quetta to Kandahar. It is the second busiest crossing on the border after Torkham and the main gateway for trade between Balochistan and southern Afghanistan.

## Geography

The crossing lies on a dry plain between the Toba Achakzai hills and the Afghan desert, about 120 kilometres north-west of Quetta. The town of Chaman grew up around the railway terminus built there in the 1890s, and the border town of Spin Boldak lies a few kilometres to the north-west.

## Traffic

An average of 610 trucks a day crossed at Chaman in 2023, falling to 470 in 2024. Traders from both sides also cross daily on foot, and many families live on both sides of the line.

## Closures

The crossing has been closed many times, often after protests by local traders against new document rules or after clashes between border forces. It was closed for 31 days in 2024, fewer than Torkham, which was shut for 31 days, fifteen days longer than Chaman. Each closure leaves long queues of trucks on the road to Quetta and cuts off the daily income of thousands of porters and small traders.

## Trade

Pakistani wheat flour, cement and consumer goods go north-west to Kandahar, while Afghan fruit, especially grapes and pomegranates from Kandahar, comes south-east. Transit cargo from Karachi bound for southern and western Afghanistan also passes through the crossing.

## See also

- Torkham
- Spin Boldak
- Afghanistan–Pakistan border
""", [{
    "kind": "number_reuse",
    "quotes": ["It was closed for 31 days in 2024", "shut for 31 days"],
    "explanation": "31 days is given both for Chaman and for Torkham in 2024, but the same sentence says Torkham was shut fifteen days longer than Chaman, which makes 46 days; 31 cannot be both 'fewer than Torkham' and Torkham's own figure.",
    "expected_values": {"value": 31, "unit": "days closed",
                        "quantity_1": "closure days at Chaman, 2024",
                        "quantity_2": "closure days at Torkham, 2024", "expected_value_2": 46},
}])

_REG_TABLE = """| Year-end | Registered refugees | Change (%) |
|---|---|---|
| 2019 | 1,419,084 | |
| 2020 | 1,438,432 | 1.4 |
| 2021 | 1,490,562 | 3.6 |
| 2022 | 1,743,278 | 17.0 |
| 2023 | 1,987,717 | 14.0 |
| 2024 | 1,559,964 | −21.5 |"""

doc("encyclopedia_refugees_control", f"""
# Afghan refugees in Pakistan

*In the style of an online encyclopedia entry with a table and a numbered references list, as exported to text. The figures on returns are those used throughout this data set.*

**Afghan refugees in Pakistan** are Afghans who fled to Pakistan because of war, persecution or hardship, beginning with the Soviet intervention of 1979. At their peak in the 1980s they numbered in the millions. Registered refugees hold a Proof of Registration (PoR) card issued by the Government of Pakistan.

## Numbers

The number of registered refugees rose slowly from 2019 to 2021 and then quickly, reaching 1,987,717 at the end of 2023,[1] the highest year-end figure of the period shown below. It then fell by more than a fifth, to 1,559,964 at the end of 2024,[2] as registered refugees returned to Afghanistan along with many Afghans who held other documents or none. Some 676,000 Afghans in all returned from Pakistan in 2024.

Registered Afghan refugees in Pakistan at year-end

{_REG_TABLE}

## Legal status

Pakistan is not a party to the 1951 Refugee Convention, and the status of Afghans in the country rests on government decisions and agreements. The validity of PoR cards has been extended many times, usually for a year or less.

## Returns

Large-scale returns took place after 2002 and again from late 2023, when the government announced that Afghans without valid documents had to leave.

## References

1. UNHCR, "Pakistan: registered Afghan refugees", year-end data for 2023.
2. UNHCR, "Pakistan: registered Afghan refugees", year-end data for 2024.
""", control_type="citation_control")

_TRADE_COLS = pdf_table([
    ["Item", "2021", "2022", "2023", "2024"],
    ["Exports", "828", "936", "1,012", "884"],
    ["Imports", "552", "741", "690", "540"],
    ["Balance", "276", "195", "322", "344"],
])
_TRADE_COLS_T = "\n".join(_TRADE_COLS)

doc("encyclopedia_trade_control", f"""
# Afghanistan–Pakistan trade

*In the style of an online encyclopedia entry, as exported to text; the table came out of the PDF version line by line. The trade figures are those used throughout this data set and are not official statistics. Exports are Pakistan's sales to Afghanistan and imports its purchases from Afghanistan, in US$ million, by calendar year.*

**Afghanistan–Pakistan trade** is the exchange of goods between the two neighbours, most of it by road through the crossings at Torkham and Chaman. Pakistan has long been one of Afghanistan's largest trading partners, and Karachi is the main port for Afghan transit trade.

## Recent figures

Pakistan's trade with Afghanistan, US$ million

{_TRADE_COLS_T}

Pakistan sells more to Afghanistan than it buys from it. Its exports rose in 2022 and 2023, passing US$ 1 billion in 2023, then fell by about an eighth in 2024. Imports peaked in 2022, when Pakistani buyers turned to Afghan coal, and have fallen since. The surplus was smallest in 2022 and widened in both of the following years, to US$ 344 million in 2024.

## Goods traded

Pakistan's main exports to Afghanistan are rice, wheat flour, medicines and cement. Its main imports are coal, fresh and dried fruit, and cotton.

## Other partners

Afghanistan also trades heavily with Iran, whose ports of Bandar Abbas and Chabahar compete with Karachi for Afghan transit cargo, and with Uzbekistan, which supplies fuel and flour by rail through Hairatan. The share of Afghan trade passing through Pakistan has fallen as these routes have grown.

## See also

- Torkham
- Chaman border crossing
- Afghan transit trade
""", control_type="control")
