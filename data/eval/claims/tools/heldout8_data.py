# Eighth held-out set of synthetic documents ("heldout8").  Written from
# scratch after heldout7/, by a labeller who had not opened dyad's
# implementation or history and had not seen any of its results.
# Every entry: name (topic slug, numbered later by build_heldout8.py), text,
# labels (list of defect dicts), control_type for controls.
# The texts imitate registers not used before: an embassy trade note, a
# WFP-style market monitor, a provincial police annual report, a freight
# forwarders' circular, committee minutes, a diaspora newspaper op-ed (with
# pull quotes and correction notes), a central bank monetary policy
# statement, a flash appeal, a university press release on a survey, a party
# manifesto, a customs valuation ruling and podcast show notes.
# Defects are also hidden in new places: a key-facts list, a photo caption,
# an appendix table, an action-points list, a pull quote and a correction
# note.
#
# Invented figures shared with earlier sets (see heldout3-7_data.py):
# annual trade series (README); FY2023-24 exports 956, imports 620, balance
# 336, two-way 1,576; FY2025 (July 2024-June 2025) exports 893 (Jul-Sep 2024
# 227, Oct-Dec 218, Jan-Mar 2025 212, Apr-Jun 236; H1 2025 448), imports 498
# (131, 122, 118, 127; H1 2025 245), balance 395, two-way 1,391; transit
# containers 74,500 FY2022-23, 52,000 FY2023-24, 31,200 FY2025; returns
# 2024 676,000 (Torkham 412,000, Spin Boldak-Chaman 231,000, other 33,000),
# Jan-Jun 2025 320,000 (Q1 141,000, Q2 179,000); attacks attributed to
# groups based in Afghanistan 73, 112, 158, 212 (2021-2024); closure days
# 2024 Torkham 46, Chaman 31; coal in imports 2023 356, 2024 178; registered
# refugees by province end-2024 (thousands) Khyber Pakhtunkhwa 811.2,
# Balochistan 374.4, Punjab 218.4, Sindh 78.0, Islamabad 46.8, AJK 31.2;
# customs duty at Torkham Rs 29.6 bn FY2023-24.
#
# New invented figures, consistent with the above:
#   Pakistan's exports to Afghanistan by product, US$ million:
#     FY2024 rice 198, wheat flour 131, pharmaceuticals 89, cement 71,
#     fruit and vegetables 62, other 405 (= 956);
#     FY2025 rice 212, wheat flour 118, pharmaceuticals 96, cement 64,
#     fruit and vegetables 58, other 345 (= 893); shares FY2025 23.7 / 13.2 /
#     10.8 / 7.2 / 6.5 / 38.6; changes +7.1 / -9.9 / +7.9 / -9.9 / -6.5 /
#     -14.8, total -6.6 %.
#   Pakistan's imports from Afghanistan by product, FY2025, US$ million: coal
#     168, fresh fruit 96, dried fruit 71, vegetables 58, cotton 39, other 66
#     (= 498).
#   Wheat flour exports to Afghanistan, thousand tonnes: Q1 2024 96, Q2 71,
#     Q3 84, Q4 102 (2024: 353); Jan 2025 41, Feb 38, Mar 45 (Q1 2025 124,
#     +29.2 % on Q1 2024).
#   Retail prices (market monitor), AFN, Dec 2024 -> Mar 2025: wheat flour
#     per kg Kabul 31.0 -> 34.1 (+10.0 %), Jalalabad 30.5 -> 33.2 (+8.9 %),
#     Kandahar 32.0 -> 35.5 (+10.9 %), Khost 30.0 -> 32.4 (+8.0 %); cooking
#     oil per litre Kabul 118 -> 112 (-5.1 %).
#   Khyber Pakhtunkhwa police: cross-border attacks by district, 2023 / 2024:
#     Bajaur 17 / 22, Khyber 22 / 29, North Waziristan 36 / 47, South
#     Waziristan 23 / 31, Kurram 13 / 18, other districts 16 / 24; total
#     127 / 171 (Balochistan 31 / 41; Pakistan 158 / 212); police personnel
#     killed in Khyber Pakhtunkhwa 98 / 131; 642 suspects arrested at
#     crossings in 2024.
#   Road freight for a 40ft container, USD, Jan 2024 -> Jan 2025:
#     Karachi-Kabul via Torkham 2,900 -> 3,400 (+17.2 %), Karachi-Kandahar
#     via Chaman 2,300 -> 2,650 (+15.2 %), Karachi-Jalalabad 2,600 -> 3,000
#     (+15.4 %), Peshawar-Kabul 1,100 -> 1,250 (+13.6 %); detention at
#     Torkham USD 120 a day.
#   Trucks crossing per day (average): Torkham 1,150 (2023), 820 (2024);
#     Chaman 610 (2023), 470 (2024).
#   Foreign currency seized at Torkham: US$ 14.2 million FY2024, US$ 9.8
#     million FY2025 (-31.0 %).
#   Customs values, USD per tonne: Afghan coal 118 (2023), 96 (2024); fresh
#     pomegranates 420 (old ruling) -> 465 (new ruling, +10.7 %).
#   Flash appeal for returnees from Pakistan, Apr-Sep 2025: US$ 100 million
#     (food 35, cash 20, shelter 18, health 15, protection 12); 450,000
#     people targeted; US$ 23 million received (23 %).
#   University survey of 1,200 Afghan households (400 each in Peshawar,
#     Quetta and Karachi): 61 % in Pakistan for more than 20 years; documents
#     held: PoR card 44 %, Afghan Citizen Card 27 %, none 29 %; 58 % would not
#     return voluntarily; average household 7.4 persons.
#   Afghan-side trade with Pakistan (from heldout6/7): imports from Pakistan
#     AFN 76.2 bn (1402 SH), 69.5 bn (1403 SH).

HELDOUT8 = []


def doc(name, text, labels=(), control_type=None):
    HELDOUT8.append({"name": name, "text": text.strip() + "\n", "labels": list(labels),
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

doc("embassy_note_rice_key_facts", """
# Trade Note: Pakistan–Afghanistan Trade in FY2025

*Embassy of Pakistan, Kabul, Commercial Section. Trade note for the business community, in the style of an embassy's periodic trade note. Figures in US dollars from Pakistan's customs data; FY2025 runs from July 2024 to June 2025.*

**Key facts**

- Exports to Afghanistan: US$ 893 million in FY2025, down 6.6 percent on FY2024.
- Imports from Afghanistan: US$ 498 million, so the surplus stood at US$ 395 million.
- Rice remained the largest export at US$ 221 million in FY2025.
- Medicines and rice were the only major lines to grow.

**Overview.** Pakistan's exports to Afghanistan fell for the second year running, from US$ 956 million in FY2024. Imports fell faster, from US$ 620 million, largely because Pakistani cement plants bought less Afghan coal, and the surplus therefore widened. Exporters of flour and cement lost ground to suppliers in Central Asia, whose goods now reach northern Afghanistan by rail.

Table 1: Pakistan's exports to Afghanistan by product, FY2025

| Product | US$ million | Share (%) |
|---|---|---|
| Rice | 212 | 23.7 |
| Wheat flour | 118 | 13.2 |
| Pharmaceuticals | 96 | 10.8 |
| Cement | 64 | 7.2 |
| Fruit and vegetables | 58 | 6.5 |
| Other | 345 | 38.6 |
| Total | 893 | 100.0 |

**What exporters should know.** Goods declarations for Afghanistan must be filed electronically before trucks reach the border. The Afghan side has raised the duty on some processed foods, and the Commercial Section is seeking clarification from the Ministry of Industry and Commerce in Kabul. Exporters who meet delays at Torkham or Chaman are asked to report them to the Section so that they can be raised at the next meeting of the joint coordination committee.
""", [{
    "kind": "text_vs_table",
    "quotes": ["Rice remained the largest export at US$ 221 million in FY2025", "| Rice | 212 | 23.7 |"],
    "explanation": "The key-facts list at the top of the note puts rice exports in FY2025 at US$ 221 million; Table 1 gives 212 for the same product and year (23.7 percent of 893, and the column adds up to 893 with 212). The digits are transposed in the key-facts list.",
    "expected_values": {"text_value": 221, "table_value": 212, "unit": "USD million",
                        "text_as_written": "US$ 221 million",
                        "subject": "PAK→AFG exports, rice", "period": "FY2025",
                        "location": "key-facts list", "table_form": "pipe"},
}])

doc("market_monitor_photo_caption", """
# Afghanistan Market Monitor, March 2025

*In the style of a WFP market monitor. Retail prices are collected weekly by partner enumerators in four urban markets and averaged by month, in afghanis (AFN). Wheat flour here means the medium-quality flour that is mostly milled in Pakistan.*

**Highlights**

- Wheat flour prices rose in all four monitored markets between December 2024 and March 2025, by 8 to 11 percent.
- Pakistan shipped 124 thousand tonnes of wheat flour to Afghanistan in January–March 2025, almost 30 percent more than the 96 thousand tonnes of the first quarter of 2024.
- Daily wage labour opportunities remained scarce in Jalalabad and Kandahar, where returnees from Pakistan add to the number of job seekers.

**Wheat flour.** Prices climbed steadily through the winter. The increase was largest in Kandahar, which depends most on flour arriving through Chaman, and smallest in Khost. Traders cited higher freight costs from Pakistan and short closures of the crossings in February.

Table 1. Retail price of wheat flour, AFN per kg

| Market | Dec 2024 | Mar 2025 | Change (%) |
|---|---|---|---|
| Kabul | 31.0 | 34.1 | 10.0 |
| Jalalabad | 30.5 | 33.2 | 8.9 |
| Kandahar | 32.0 | 35.5 | 10.9 |
| Khost | 30.0 | 32.4 | 8.0 |

*Photo: A flour trader in Kabul's Mandawi market, where a kilogram of wheat flour cost AFN 36.1 in March 2025.*

**Purchasing power.** A labourer's daily wage in Kabul bought about 10 kg of flour in March, down from about 11 kg in December, because wages did not move while prices rose. Households that depend on casual labour reported cutting meals and buying on credit.

**Outlook.** Spring harvests in the north will ease supply from June, but until then prices will follow the flow of flour from Pakistan.
""", [{
    "kind": "text_vs_table",
    "quotes": ["where a kilogram of wheat flour cost AFN 36.1 in March 2025", "| Kabul | 31.0 | 34.1 | 10.0 |"],
    "explanation": "The photo caption gives the price of wheat flour in Kabul in March 2025 as AFN 36.1 per kg; Table 1 gives 34.1 for Kabul in March 2025 (a 10.0 percent rise on 31.0, as its change column says).",
    "expected_values": {"text_value": 36.1, "table_value": 34.1, "unit": "AFN per kg",
                        "subject": "wheat flour retail price, Kabul", "period": "Mar 2025",
                        "location": "photo caption", "table_form": "pipe"},
}])

doc("kp_police_report_bajaur_appendix", """
# Khyber Pakhtunkhwa Police: Annual Report 2024

## Chapter 3: Cross-border terrorism

*In the style of a provincial police annual report. "Cross-border attacks" are attacks that the Counter Terrorism Department attributes to groups based in Afghanistan. District figures are in Appendix B.*

3.1 The year under review was the most difficult for the force in a decade. Of the 212 attacks in Pakistan that were traced to groups operating from Afghanistan, 171 took place in Khyber Pakhtunkhwa, compared with 127 in 2023. The remainder were in Balochistan.

3.2 The merged districts along the border carried the heaviest load. North Waziristan again recorded the largest number of attacks, most of them on checkposts and on convoys. Bajaur, where 29 cross-border attacks were recorded in 2024, saw a new pattern of night-time raids from across the Durand Line, followed by a withdrawal before daylight.

3.3 The force responded by reinforcing checkposts with the Frontier Corps, adding thermal-imaging equipment at twenty posts, and setting up a joint intelligence cell with the Counter Terrorism Department in Peshawar. Liaison with the Afghan border authorities through flag meetings continued, but the report notes that requests to hand over suspects went unanswered.

3.4 The Inspector General has asked the provincial government for additional funds for armoured vehicles and for the compensation of families of fallen personnel.

## Appendix B: Cross-border attacks by district

| District | 2023 | 2024 | Change |
|---|---|---|---|
| Bajaur | 17 | 22 | 5 |
| Khyber | 22 | 29 | 7 |
| North Waziristan | 36 | 47 | 11 |
| South Waziristan | 23 | 31 | 8 |
| Kurram | 13 | 18 | 5 |
| Other districts | 16 | 24 | 8 |
| Total | 127 | 171 | 44 |
""", [{
    "kind": "text_vs_table",
    "quotes": ["Bajaur, where 29 cross-border attacks were recorded in 2024", "| Bajaur | 17 | 22 | 5 |"],
    "explanation": "Chapter 3 says 29 cross-border attacks were recorded in Bajaur in 2024; Appendix B gives 22 for Bajaur in 2024 (29 is Khyber's figure in the row below). The appendix total (171) adds up with 22.",
    "expected_values": {"text_value": 29, "table_value": 22, "unit": "attacks",
                        "subject": "cross-border attacks, Bajaur district", "period": "2024",
                        "location": "appendix table", "table_form": "pipe"},
}])

T = pdf_table([
    ["Route (40ft box, USD)", "Jan 2024", "Jan 2025", "Change (%)"],
    ["Karachi–Kabul via Torkham", "2,900", "3,400", "17.2"],
    ["Karachi–Kandahar via Chaman", "2,300", "2,650", "15.2"],
    ["Karachi–Jalalabad via Torkham", "2,600", "3,000", "15.4"],
    ["Peshawar–Kabul", "1,100", "1,250", "13.6"],
])
doc("freight_circular_kandahar_rate", """
# Circular to Members: Road Freight Rates to Afghanistan

*In the style of a freight forwarders' association circular to its members. Rates are all-in road freight for one 40ft container, in US dollars, quoted by member firms in the first week of each month. For information only; members set their own prices.*

Dear Members,

The Executive Committee has reviewed the rates reported by member firms for January 2025. Rates on all routes to Afghanistan are markedly higher than a year ago. The main causes reported are longer waiting times at the border, the cost of scanning at the terminals, and the shortage of drivers who hold valid visas for Afghanistan.

For Kabul via Torkham, the all-in rate now stands at USD 3,400 per 40ft box. For Kandahar via Chaman, the all-in rate is now USD 2,560 per 40ft box, and several members report that drivers refuse the route in winter. The short Peshawar–Kabul leg rose least.

Rates reported by members:

{T}

Members are reminded that detention charges at the border are not included in these rates and should be quoted separately. Members should also confirm with their clients whether transit cargo for Afghanistan must be sealed at the port or at an inland dry port, as the practice differs between terminals.

The Committee will raise the question of driver visas with the Ministry of Commerce and with the Afghan consulates in Karachi and Peshawar. Members with specific cases are invited to send details to the Secretariat before the end of the month.

Secretary General
""".replace("{T}", "\n".join(T)), [{
    "kind": "text_vs_table",
    "quotes": ["For Kandahar via Chaman, the all-in rate is now USD 2,560 per 40ft box", T[2]],
    "explanation": "The circular's text gives the January 2025 rate for Karachi–Kandahar via Chaman as USD 2,560; the PDF-extracted rate table gives 2,650 for the same route and month (15.2 percent above 2,300, as its change column says). The middle digits are transposed.",
    "expected_values": {"text_value": 2560, "table_value": 2650, "unit": "USD per 40ft container",
                        "subject": "road freight rate Karachi–Kandahar via Chaman", "period": "Jan 2025",
                        "table_form": "pdf_extracted"},
}])

doc("committee_minutes_torkham_trucks", """
# Minutes of the Standing Committee on Commerce

*In the style of the minutes of a parliamentary standing committee. Meeting held at Parliament House, Islamabad. Presided by the Chairperson; officials of the Ministry of Commerce, the Federal Board of Revenue and the National Logistics Corporation attended.*

**Item 1: Confirmation of minutes.** The minutes of the previous meeting were confirmed without change.

**Item 2: Briefing on trade with Afghanistan.** The Additional Secretary (Trade) briefed the Committee. He said that Torkham handled an average of 820 trucks a day in 2024, against 1,150 a day in 2023, and that Chaman handled 470 a day against 610. He attributed the fall to closures after security incidents, to the end of coal imports for the cement industry and to the visa requirement for drivers.

**Item 3: Discussion.** Members asked why the integrated terminal at Torkham, which was built to clear many more vehicles, stands half empty. A member from Khyber district said that small traders had lost their working capital during the closures and asked for a soft loan scheme. The FBR representative said that clearance times had come down since the terminal went fully electronic.

**Item 4: Any other business.** The Committee decided to visit Torkham before its next meeting.

**Action points**

1. The Ministry of Commerce to submit a plan to restore average daily cargo traffic at Torkham from 920 trucks in 2024 to the 2023 level within two years.
2. The FBR to report clearance times at Torkham and Chaman for each month of 2024.
3. The Ministry of Interior to brief the Committee on the driver visa regime.

The meeting ended with a prayer.
""", [{
    "kind": "text_vs_table",
    "quotes": ["Torkham handled an average of 820 trucks a day in 2024",
               "restore average daily cargo traffic at Torkham from 920 trucks in 2024"],
    "explanation": "Item 2 of the minutes records the briefing that Torkham handled an average of 820 trucks a day in 2024; action point 1 of the same minutes gives the 2024 daily average at Torkham as 920 trucks. No table: the two sections of the minutes disagree on one quantity.",
    "expected_values": {"section_value": 820, "action_point_value": 920, "unit": "trucks per day",
                        "subject": "average daily cargo trucks at Torkham", "period": "2024",
                        "location": "action points"},
}])

doc("diaspora_oped_correction_exports", """
# Opinion: Our border with Afghanistan is also a market

*Op-ed in a weekly newspaper for the Pakistani community in Toronto, in the style of the diaspora press. The writer is a trade consultant who grew up in Peshawar.*

Every family from Peshawar has a story about the road to Kabul. My grandfather sold cloth in the Jalalabad bazaar; my uncle drove a truck loaded with cement over the pass at Torkham for twenty years. For them the border was a place of business long before it became a place of checkposts.

That business is shrinking. Pakistan's exports to Afghanistan came to $0.98 billion in 2024, well below the level of five years earlier, and the crossings were shut for weeks at a time. Afghan traders who once bought everything from Pakistan now buy flour from Kazakhstan and cement from Iran. Once a supplier is replaced, it is hard to win the customer back.

Security matters, and nobody in our community wants the attacks on police and soldiers to continue. But closing the gate for weeks punishes truck drivers and shopkeepers, not militants. A border that is open on a fixed schedule, with scanners and a single set of documents, would serve both security and trade.

Those of us abroad can help. Many of us trade, invest or send money home. We can ask our MPs to support the trade corridor, and we can invest in cold storage and logistics in Khyber Pakhtunkhwa, where fruit still rots while trucks wait.

My grandfather used to say that a road that is not used soon disappears. We should not let that happen to the road to Kabul.

*Correction: An earlier version of this article gave Pakistan's exports to Afghanistan in 2024 as $1.1 billion. The correct figure is $0.88 billion.*
""", [{
    "kind": "text_vs_table",
    "quotes": ["Pakistan's exports to Afghanistan came to $0.98 billion in 2024",
               "The correct figure is $0.88 billion."],
    "explanation": "The body of the (supposedly corrected) op-ed puts Pakistan's exports to Afghanistan in 2024 at $0.98 billion; the correction note at the foot of the same article says the correct figure is $0.88 billion (884 US$ million in the reference series). The body was not brought into line with its own correction. No table: text against correction note.",
    "expected_values": {"text_value": 980, "correction_value": 880, "unit": "USD million",
                        "text_as_written": "$0.98 billion",
                        "subject": "PAK→AFG exports", "period": "2024",
                        "location": "correction note"},
}])

# =================================================================== arithmetic

doc("flash_appeal_sector_total", """
# Afghanistan: Flash Appeal for Returnees from Pakistan (April–September 2025)

*In the style of a humanitarian flash appeal. Requirements in US dollars. Prepared by the humanitarian country team with cluster lead agencies.*

**Situation overview.** Returns from Pakistan picked up again in 2025. Families arrive at Torkham and Spin Boldak with few belongings, often after decades in Pakistan, and many have nowhere to live. Children who were born in Pakistan and have never lived in Afghanistan make up a large share of new arrivals. Host communities in Nangarhar and Kandahar are already stretched after several years of drought and economic crisis.

**The appeal.** Humanitarian partners seek USD 100 million to assist 450,000 people over six months. The appeal covers reception at the border crossings, onward transport, food and cash, emergency shelter, health care and protection services, including support for women-headed households and unaccompanied children.

Table 1: Requirements by sector (US$ million)

| Sector | Requirement |
|---|---|
| Food assistance | 35 |
| Multi-purpose cash | 24 |
| Emergency shelter | 18 |
| Health | 15 |
| Protection | 12 |
| Total | 100 |

**Priorities.** Partners will give priority to families who arrive without documents, to households headed by women and to people with disabilities. Cash will be used wherever markets function, because it lets families choose what they need most and supports local traders.

**Coordination.** The response is coordinated through the reception centres at the crossings and the provincial coordination teams. Partners are asked to report their activities each week so that gaps can be identified quickly.

**Funding.** Donors are urged to make early and flexible contributions. Without them, partners will have to reduce the food ration for new arrivals from three months to one.
""", [{
    "kind": "arithmetic",
    "quotes": ["| Total | 100 |", "| Multi-purpose cash | 24 |"],
    "explanation": "The sector requirements in Table 1 add up to 104 (35 + 24 + 18 + 15 + 12), not to the stated total of 100, which the text also gives as the size of the appeal (USD 100 million).",
    "expected_values": {"parts": {"Food assistance": 35, "Multi-purpose cash": 24, "Emergency shelter": 18,
                                  "Health": 15, "Protection": 12},
                        "sum_of_parts": 104, "stated_total": 100, "difference": -4,
                        "unit": "USD million", "subject": "flash appeal requirements",
                        "period": "Apr-Sep 2025", "table_form": "pipe"},
}])

doc("central_bank_mps_export_change", """
# Monetary Policy Statement

*In the style of a central bank's monetary policy statement, issued after a meeting of the Monetary Policy Committee (MPC). Pakistan; fiscal year FY2025 runs from July 2024 to June 2025.*

At its meeting today, the MPC decided to keep the policy rate unchanged. The Committee noted that inflation has fallen sharply over the past year and that the current account remained in surplus in FY2025, but it judged that risks from global commodity prices and from the fiscal position warrant caution.

**External sector.** Exports of goods grew in FY2025, led by rice and textiles. Regional trade was an exception. Exports to Afghanistan fell by 12.4 percent, from US$ 956 million in FY2024 to US$ 893 million in FY2025, as repeated closures of the main crossings and weak demand in Afghanistan weighed on shipments of flour, cement and fruit. Imports from Afghanistan fell more steeply, mainly because coal imports collapsed.

The Committee also noted the continued decline in Afghan transit cargo through Karachi and Port Qasim. The number of transit containers cleared in FY2025 was the lowest in several years, reflecting both tighter controls on goods that were re-exported into Pakistan and the growing use of Iranian ports by Afghan importers.

**Foreign exchange market.** The interbank market remained stable. The Committee welcomed action against the smuggling of foreign currency across the western border, which had added to pressure on the open-market rate in earlier years. Seizures at Torkham declined during the year, which enforcement agencies attribute to tighter checks and to a smaller gap between the interbank and open-market rates.

**Outlook.** The MPC expects inflation to stay within the target range in FY2026. The Committee will continue to watch closely the effect of border disruptions on food prices in Khyber Pakhtunkhwa and Balochistan.
""", [{
    "kind": "arithmetic",
    "quotes": ["Exports to Afghanistan fell by 12.4 percent, from US$ 956 million in FY2024 to US$ 893 million in FY2025"],
    "explanation": "A fall from US$ 956 million to US$ 893 million is 6.6 percent (63 / 956), not 12.4 percent. The stated change roughly doubles the real one.",
    "expected_values": {"from": 956, "to": 893, "stated_change_pct": -12.4, "computed_change_pct": -6.59,
                        "unit": "USD million", "subject": "PAK→AFG exports",
                        "from_period": "FY2024", "to_period": "FY2025"},
}])

doc("university_press_release_document_shares", """
# Press Release: Survey finds most Afghan families in Pakistan have known no other home

*In the style of a university press release. Issued by the communications office of a public university in Peshawar on behalf of its Department of Sociology. For immediate release.*

PESHAWAR — A survey by researchers of the Department of Sociology finds that most Afghan families living in Pakistan's three largest host cities have been in the country for more than two decades, and that a majority do not intend to return to Afghanistan of their own accord.

The team interviewed 1,200 households, 400 each in Peshawar, Quetta and Karachi, between October and December 2024. Interviews were held in Pashto, Dari and Urdu by trained enumerators, most of them students of the department.

**Key findings**

- 61 percent of households have lived in Pakistan for more than 20 years.
- Of the households surveyed, 44 percent hold Proof of Registration cards, 27 percent Afghan Citizen Cards and 36 percent no document at all.
- 58 percent said they would not return to Afghanistan voluntarily in the next two years.
- The average household has 7.4 members.

"Many of the young people we met were born in Pakistan and have never seen Afghanistan," said the lead researcher. "They speak Urdu at school and Pashto at home. Asking them to return is asking them to move to a foreign country."

The researchers recommend that the government give long-term residence to families who have been in Pakistan for more than twenty years, and that it allow Afghan students to finish their studies before any decision on return.

The full report will be presented at a seminar on the campus next month. Journalists are welcome to attend.

**Media contact:** Communications Office.
""", [{
    "kind": "arithmetic",
    "quotes": ["44 percent hold Proof of Registration cards, 27 percent Afghan Citizen Cards and 36 percent no document at all"],
    "explanation": "The three document categories are exclusive and cover all surveyed households, yet the shares add up to 107 percent (44 + 27 + 36).",
    "expected_values": {"shares_pct": {"PoR card": 44, "Afghan Citizen Card": 27, "no document": 36},
                        "sum_pct": 107, "unit": "percent",
                        "subject": "surveyed Afghan households by document held", "period": "2024",
                        "location": "key findings list"},
}])

doc("manifesto_triple_exports", """
# Manifesto 2029: A Prosperous Neighbourhood

*Chapter 7 of an opposition party's election manifesto, in the style of a Pakistani party manifesto. The party's pledges are marked with a check.*

For too long, our relations with Afghanistan have swung between hope and hostility. Governments have closed the border in anger and opened it in haste, and the people of Khyber Pakhtunkhwa and Balochistan have paid the price. Traders have lost their savings, drivers their livelihoods, and farmers their markets. We will end this cycle.

Trade with Afghanistan is not a favour to Kabul. It is a source of jobs in Peshawar, Quetta and Karachi. Pakistan's exports to Afghanistan have fallen from $1.29 billion in 2019 to $884 million in 2024. Our competitors in Central Asia and Iran have moved into markets that were ours for decades.

Our pledges:

- ✔ We will more than triple Pakistan's exports to Afghanistan, from $884 million in 2024 to $2 billion by 2029.
- ✔ We will keep Torkham and Chaman open around the clock, and no crossing will be closed for trade for more than 48 hours without a decision of the federal cabinet.
- ✔ We will create a border markets authority to build markets on both sides of the crossings, where local people can trade without a visa.
- ✔ We will settle payments with Afghan banks through a regulated channel, so that traders no longer depend on hawala.
- ✔ We will hold a security dialogue with Kabul every quarter, with a public report to Parliament.

Peace on the western border and prosperity in the border provinces go together. We will pursue both with the same energy, and we will judge our success by the number of trucks that cross, not by the number of speeches that are made.
""", [{
    "kind": "arithmetic",
    "quotes": ["We will more than triple Pakistan's exports to Afghanistan, from $884 million in 2024 to $2 billion by 2029"],
    "explanation": "Going from $884 million to $2 billion is a multiple of 2.26, not 'more than triple' (tripling would need $2.65 billion). The pledge's own figures do not support the multiple it states.",
    "expected_values": {"from": 884, "to": 2000, "stated_fold": 3, "stated_change_pct": 200,
                        "computed_change_pct": 126.24, "unit": "USD million",
                        "subject": "PAK→AFG exports (target)", "from_period": "2024", "to_period": "2029",
                        "is_projection": True},
}])

doc("customs_valuation_ruling_pomegranates", """
# Valuation Ruling: Fresh Pomegranates of Afghan Origin

*In the style of a customs valuation ruling issued by a directorate of customs valuation in Pakistan under the Customs Act, 1969. Values are customs values per metric tonne in US dollars.*

**1. Background.** Fresh pomegranates of Afghan origin are imported through Torkham and Chaman, mainly from Kandahar, between September and January. The previous ruling fixed their customs value at USD 420 per tonne. Importers, the Chamber of Commerce in Quetta and field formations of customs were invited to a stakeholders' meeting to review it.

**2. Submissions.** Importers argued that the previous value was too high for fruit of the lower grades, which sell at a discount in Peshawar and Quetta. Field formations pointed out that declared prices had risen sharply since the previous ruling and that some consignments had been declared below the ruling value by mislabelling the grade.

**3. Method.** The directorate could not apply the transaction value method because declared invoices were not reliable. It applied the deductive method, working back from wholesale prices in the fruit markets of Peshawar, Quetta, Lahore and Karachi, less freight, duties, commission and profit.

**4. Determination.** The customs value of fresh pomegranates of Afghan origin is fixed at USD 465 per tonne, irrespective of grade. The new ruling raises the value by 18.5 percent, from USD 420 to USD 465 per tonne, which the directorate considers in line with market prices.

**5. Effect.** This ruling supersedes the previous ruling and applies to goods declarations filed from the date of issue. Importers who disagree may file a review petition with the Director General within thirty days.
""", [{
    "kind": "arithmetic",
    "quotes": ["The new ruling raises the value by 18.5 percent, from USD 420 to USD 465 per tonne"],
    "explanation": "USD 465 is 10.7 percent above USD 420 (45 / 420), not 18.5 percent.",
    "expected_values": {"from": 420, "to": 465, "stated_change_pct": 18.5, "computed_change_pct": 10.71,
                        "unit": "USD per tonne", "subject": "customs value of Afghan fresh pomegranates",
                        "from_period": "previous ruling", "to_period": "new ruling"},
}])

doc("podcast_notes_h1_surplus", """
# Border Lines, Episode 42: Half a year at Torkham

*Show notes for a podcast on South and Central Asian trade, in the style of podcast show notes. Recorded in Islamabad. Guests: a customs broker from Landi Kotal and a researcher on regional trade.*

In this episode we look back at the first half of 2025 on the Pakistan–Afghanistan border. Our guests explain why trade is still below its level of a few years ago, what the new document rules mean for drivers, and whether the rail link through Uzbekistan is a threat to Karachi's port business.

**In this episode**

- (00:00) Introductions, and why our broker still calls the border "the gate".
- (04:30) A day in the life of a customs broker at Torkham.
- (17:10) The numbers: what the customs data say about January–June 2025.
- (29:45) Afghan coal and Pakistan's cement industry.
- (41:20) Listener questions.

**Key numbers from the episode**

- H1 2025 (January–June): exports to Afghanistan $448m, imports from Afghanistan $245m, surplus $213m.
- Afghan transit containers cleared at Karachi and Port Qasim in FY2025: 31,200.
- Days that Torkham was closed to cargo in 2024: 46.

**Further listening.** Our episode on the transit trade agreement and our interview with a fruit exporter from Kandahar are both in the archive.

**Credits.** Produced and edited by the Border Lines team. Music licensed from a stock library. The views of guests are their own. If you enjoy the show, please rate it and tell a friend who works in trade or logistics.
""", [{
    "kind": "arithmetic",
    "quotes": ["exports to Afghanistan $448m, imports from Afghanistan $245m, surplus $213m"],
    "explanation": "Exports of $448m less imports of $245m leave a surplus of $203m, not $213m (H1 2025, as in the quarterly series).",
    "expected_values": {"exports": 448, "imports": 245, "computed_balance": 203, "stated_balance": 213,
                        "unit": "USD million", "subject": "PAK–AFG trade balance", "period": "H1 2025",
                        "location": "key-numbers list"},
}])

# =================================================================== garbled

doc("freight_circular_detention_same_rate", """
# Circular to Members: Detention Charges and Driver Visas

*In the style of a freight forwarders' association circular to its members. For information only; members set their own prices.*

Dear Members,

Following many complaints, the Executive Committee met the representatives of the transport companies that serve Afghanistan. This circular summarises what was agreed and what remains open.

**1. Detention at the border.** Trucks bound for Afghanistan continue to wait for several days at Torkham and Chaman, especially after closures. The transport companies will charge detention of USD 120 a day per truck from the third day of waiting. Members should quote detention separately from the freight rate and make clear to clients who bears it.

**2. Freight rates.** The transporters explained that their costs have risen faster than rates. According to the rates reported by members, the Karachi–Kabul rate for a 40ft container rose from USD 3,400 in January 2025 to USD 3,400 in January 2025, and the transporters want a further increase in the spring. The Committee did not agree to any recommended rate, since members set their own prices.

**3. Driver visas.** Afghan authorities now require Pakistani drivers to hold a visa, and Pakistani authorities require the same of Afghan drivers. Drivers complain that visas are issued for short periods only. The Committee will take up the matter with the Ministry of Commerce and with the Afghan consulates in Karachi and Peshawar.

**4. Transit cargo.** Members handling Afghan transit cargo are reminded that containers must be tracked from the port to the border, and that the tracking fee is charged per container.

Members with questions may write to the Secretariat.

Secretary General
""", [{
    "kind": "garbled",
    "quotes": ["rose from USD 3,400 in January 2025 to USD 3,400 in January 2025"],
    "explanation": "The rise has the same start and end value and the same month. The start should be the January 2024 rate (USD 2,900); as written the sentence describes no change at all while saying 'rose'.",
    "expected_values": {"start_value": 3400, "end_value": 3400, "start_period": "Jan 2025", "end_period": "Jan 2025",
                        "unit": "USD per 40ft container", "subject": "road freight rate Karachi–Kabul"},
}])

doc("market_monitor_oil_backwards", """
# Afghanistan Market Monitor: Cooking Oil and Pulses, March 2025

*In the style of a WFP market monitor. Retail prices in afghanis (AFN), collected weekly by partner enumerators in Kabul, Jalalabad, Kandahar and Khost and averaged by month.*

**Highlights**

- Cooking oil became cheaper in Kabul, as imports through Central Asia increased.
- Pulses were stable in all four markets.
- The terms of trade of casual labourers worsened, because wheat flour rose while wages stayed flat.

**Cooking oil.** Most of the vegetable oil sold in Afghan markets is imported, through Pakistan or through the northern ports on the Amu Darya. Over the reporting period, March 2025 to December 2024, the price of a litre of cooking oil in Kabul moved from AFN 118 to AFN 112. Traders in Kabul say that larger shipments from the north have pushed prices down, while in Kandahar and Khost, which are supplied mainly from Pakistan, prices changed little.

**Pulses.** Lentils and chickpeas, much of which come from Pakistan, held steady. Stocks were adequate in all markets, and traders did not report any difficulty with supply through Torkham or Chaman.

**Wheat flour.** Flour continued to rise and remains the main concern. The price of a kilogram in Kabul reached AFN 34.1 in March 2025. Households that depend on casual labour are buying smaller quantities and more often on credit.

**Outlook.** The monitor expects cooking oil prices to remain stable in the coming months. Flour prices depend on supply from Pakistan until the spring harvest in the north.
""", [{
    "kind": "garbled",
    "quotes": ["Over the reporting period, March 2025 to December 2024"],
    "explanation": "The reporting period runs backwards, from March 2025 to December 2024. The monitor compares December 2024 (AFN 118 a litre) with March 2025 (AFN 112).",
    "expected_values": {"stated_period_start": "March 2025", "stated_period_end": "December 2024",
                        "subject": "reporting period of the market monitor"},
}])

S = "Our guest explains why Chaman was shut to cargo for 31 days in 2024 and what that cost the fruit exporters of Kandahar."
doc("podcast_notes_repeated_chaman", """
# Border Lines, Episode 38: The Chaman question

*Show notes for a podcast on South and Central Asian trade, in the style of podcast show notes. Recorded in Quetta. Guest: a journalist who has covered the Chaman border for many years.*

This week we head to Balochistan. {S} {S} We also talk about the protest sit-in by Chaman's traders and labourers against the passport requirement, which ended the old practice of crossing with a national identity card.

**In this episode**

- (00:00) Why Chaman is not Torkham.
- (06:15) The sit-in: who joined, what they asked for, and what they got.
- (19:40) Fruit season: grapes and pomegranates from Kandahar.
- (31:05) The view from Spin Boldak, on the Afghan side.
- (44:30) What would a working border look like?

**Mentioned in this episode**

- The passport and visa requirement introduced at Chaman in late 2023.
- The border markets that have been promised for years but not yet built.
- Our earlier episode on Torkham, which was closed for 46 days in 2024.

**A note from the team.** We are an independent show funded by our listeners. If you would like to support us, please share this episode with someone who works in trade, logistics or journalism, and leave us a review. We read every message, and listener questions shape future episodes.

**Credits.** Produced and edited by the Border Lines team. The views of guests are their own.
""".replace("{S}", S), [{
    "kind": "garbled",
    "quotes": [S + " " + S],
    "explanation": "The sentence on the 31 days of closure at Chaman in 2024 is printed twice in a row in the episode description, a copy-and-paste error. The quote covers both copies.",
    "expected_values": {"repeated_sentence": S, "occurrences": 2, "location": "episode description"},
}])

doc("kp_police_report_overview_same", """
# Khyber Pakhtunkhwa Police: Annual Report 2024

## Chapter 1: The year in review

*In the style of a provincial police annual report. "Cross-border attacks" are attacks that the Counter Terrorism Department attributes to groups based in Afghanistan.*

1.1 The year 2024 tested the force as no year had since the worst days of the last decade. Cross-border attacks in the province rose from 171 in 2024 to 171 in 2024, and police personnel once again bore the brunt, especially at checkposts in the merged districts of Bajaur, Khyber, Kurram and the two Waziristans.

1.2 Most attacks were carried out by small groups who crossed at night, struck a checkpost or a convoy and withdrew across the Durand Line before daylight. Improvised explosive devices on roads used by police vehicles remained a constant danger.

1.3 The force also carried its ordinary duties: it registered cases, recovered stolen vehicles, policed religious processions and provided security for the general elections of February 2024. The report records these in Chapters 4 to 7.

1.4 Cooperation with the Afghan border authorities remained limited to flag meetings. The force handed over lists of wanted persons believed to be in Afghanistan, but received no response. At the same time, it arrested 642 suspects at the crossings and along the border during the year.

1.5 The Inspector General pays tribute to the officers and men who gave their lives in the line of duty. Their families will receive the full compensation package, and their children will be offered places in police schools.
""", [{
    "kind": "garbled",
    "quotes": ["rose from 171 in 2024 to 171 in 2024"],
    "explanation": "The rise has the same start and end value and the same year. The start should be the 2023 figure (127 cross-border attacks in Khyber Pakhtunkhwa).",
    "expected_values": {"start_value": 171, "end_value": 171, "start_period": "2024", "end_period": "2024",
                        "unit": "attacks", "subject": "cross-border attacks in Khyber Pakhtunkhwa"},
}])

doc("embassy_note_quarters_backwards", """
# Trade Note: Quarterly Exports to Afghanistan, FY2025

*Embassy of Pakistan, Kabul, Commercial Section. Trade note for the business community, in the style of an embassy's periodic trade note. Figures in US dollars from Pakistan's customs data. FY2025 runs from July 2024 to June 2025; Q1 FY2025 is July–September 2024 and Q3 FY2025 is January–March 2025.*

**Summary.** Pakistan's exports to Afghanistan came to US$ 893 million in FY2025. Shipments were weakest in the third quarter of the fiscal year, when winter, closures at Torkham and a slowdown in the Afghan construction sector coincided, and strongest in the last quarter, when rice and fresh fruit picked up.

**Quarterly pattern.** Between Q3 FY2025 and Q1 FY2025, quarterly exports eased from US$ 227 million to US$ 212 million, before recovering to US$ 236 million in the final quarter. Imports from Afghanistan followed a similar path but at a lower level, so the surplus stayed between US$ 94 million and US$ 109 million a quarter.

**Products.** Rice, wheat flour and medicines account for almost half of exports. Cement exports have suffered from competition from Iranian cement in the west and south of Afghanistan.

**Market access.** The Afghan authorities have announced a new list of goods that require a quality certificate at import. The Commercial Section has circulated the list to chambers of commerce in Pakistan and will hold an information session for exporters in Peshawar.

**Contact.** Exporters seeking introductions to Afghan buyers, or facing problems at the border, may write to the Commercial Section. The Section also maintains a list of Afghan importers who attended the last trade exhibition in Kabul.
""", [{
    "kind": "garbled",
    "quotes": ["Between Q3 FY2025 and Q1 FY2025"],
    "explanation": "The span runs backwards, from the third quarter of FY2025 (January–March 2025) to the first (July–September 2024). The values (US$ 227 million in Q1 FY2025, US$ 212 million in Q3 FY2025) are in the right chronological order, so the period labels are swapped.",
    "expected_values": {"stated_period_start": "Q3 FY2025", "stated_period_end": "Q1 FY2025",
                        "subject": "span of the quarterly export comparison"},
}])

doc("afghan_diaspora_oped_solar_backwards", """
# Opinion: Kabul cannot afford to quarrel with its largest supplier

*Translated from Dari. Op-ed in a London-based weekly for the Afghan diaspora, in the style of the diaspora press. Afghan years are solar (SH) years; amounts in afghanis (AFN).*

When I left Kabul, every shop on my street sold Pakistani rice, Pakistani medicines and Pakistani cooking oil. Visiting last spring, I found the shelves still full, but more of the goods now come from Uzbekistan, Kazakhstan and Iran. This is not only a matter of taste. It is the result of a political quarrel that ordinary Afghans did not choose.

The figures of Afghanistan's own statistics office tell the story. Between 1403 and 1402, imports from Pakistan fell from AFN 76.2bn to AFN 69.5bn, while imports from the Central Asian republics grew. Part of the change is healthy: a landlocked country should have more than one door. But part of it reflects closures at Torkham and Spin Boldak that hurt traders on both sides.

Pakistan has made mistakes, above all in the way it has sent Afghan families back across the border in haste. But Kabul, too, has made mistakes. Statements that question the border, and the presence of armed groups that attack Pakistan, give Islamabad the excuse it needs to close the gate.

We in the diaspora can do little about the politics. We can, however, support Afghan businesses that trade honestly with all their neighbours, and we can tell our families that the road through Pakistan is still the shortest road to the sea.

Afghanistan needs every door it can find. It cannot afford to slam one of the widest.
""", [{
    "kind": "garbled",
    "quotes": ["Between 1403 and 1402"],
    "explanation": "The period runs backwards, from solar year 1403 to 1402. The values (AFN 76.2bn, then AFN 69.5bn) are those of 1402 and 1403 in that order, so the years are swapped.",
    "expected_values": {"stated_period_start": "1403 SH", "stated_period_end": "1402 SH",
                        "from_period_as_written": "1403", "subject": "span of the comparison of Afghan imports from Pakistan"},
}])

# =================================================================== number_reuse

doc("kp_police_report_fallen_and_fence", """
# Khyber Pakhtunkhwa Police: Annual Report 2024

## Chapter 5: Welfare of the force and the fallen

*In the style of a provincial police annual report. Figures for Khyber Pakhtunkhwa; "cross-border attacks" are attacks that the Counter Terrorism Department attributes to groups based in Afghanistan.*

5.1 The force lost 131 police personnel in 2024, most of them in cross-border attacks on checkposts and convoys in the merged districts. They included constables, head constables, officers of the Elite Force and two officers of the rank of deputy superintendent. The Inspector General has attended the funeral prayers of as many of the fallen as duty allowed.

5.2 Border posts have become more exposed. According to the Frontier Corps, militants and smugglers cut or damaged 131 kilometres of the border fence in the province during the year, and several police posts that had been sheltered by the fence now face open ground.

5.3 The families of the fallen receive a compensation package that includes a cash grant, a plot of land or its cash value, the continued salary of the deceased until the age of retirement, and a job for one family member. The Police Welfare Fund disbursed all grants within three months of the death, against six months in earlier years.

5.4 The Shuhada Cell at the Central Police Office keeps in touch with every family and resolves complaints about pensions, schooling and health care. Children of the fallen study free of charge in police schools and colleges.

5.5 The force will introduce armoured vehicles for checkpost relief and has asked the provincial government to fund night-vision equipment for all posts within five kilometres of the border.
""", [{
    "kind": "number_reuse",
    "quotes": ["The force lost 131 police personnel in 2024", "damaged 131 kilometres of the border fence"],
    "explanation": "131, the number of police personnel killed in Khyber Pakhtunkhwa in 2024, is used again in the next paragraph for a different quantity, the length of border fence cut or damaged in the province in the same year. Two unrelated quantities share the figure.",
    "expected_values": {"value": 131, "unit": "count",
                        "quantity_1": "police personnel killed in Khyber Pakhtunkhwa, 2024",
                        "quantity_2": "kilometres of border fence damaged in Khyber Pakhtunkhwa, 2024"},
}])

doc("central_bank_mps_afghani_reuse", """
# Monetary Policy Statement: Regional Developments

*In the style of the box on regional developments in a central bank's monetary policy statement. Pakistan; FY2025 runs from July 2024 to June 2025.*

**Box 2: Trade with Afghanistan and the informal currency market**

Trade with Afghanistan matters less to Pakistan's overall balance of payments than it did a decade ago, but it remains important for Khyber Pakhtunkhwa and Balochistan and for the informal currency market in Peshawar and Quetta.

Exports to Afghanistan declined by 6.6 percent in FY2025, to US$ 893 million. Imports from Afghanistan fell faster, to US$ 498 million, as Afghan coal lost its price advantage. The surplus with Afghanistan therefore widened to US$ 395 million.

The afghani appreciated 6.6 percent against the Pakistani rupee over the same year, according to quotations in the Peshawar money market. A stronger afghani makes Pakistani goods cheaper for Afghan buyers, but its effect on trade was outweighed by closures at the border and by the drop in Afghan purchasing power.

Much of the trade is still settled informally, through hawala and through cash carried across the border. Seizures of foreign currency at Torkham fell during the year, which the enforcement agencies attribute to stricter checks and to the narrower gap between the interbank and open-market rates.

The Bank continues to work with commercial banks and with exporters on a regulated payment channel for trade with Afghanistan. Progress depends on correspondent banking relationships, which remain limited because of sanctions on the Afghan banking system.
""", [{
    "kind": "number_reuse",
    "quotes": ["Exports to Afghanistan declined by 6.6 percent in FY2025", "The afghani appreciated 6.6 percent against the Pakistani rupee"],
    "explanation": "6.6 percent, the fall in Pakistan's exports to Afghanistan in FY2025 (956 to 893 US$ million), is used again in the next paragraph for an unrelated quantity, the afghani's appreciation against the rupee over the same year.",
    "expected_values": {"value": 6.6, "unit": "percent",
                        "quantity_1": "fall in PAK→AFG exports, FY2025",
                        "quantity_2": "appreciation of the afghani against the rupee, FY2025"},
}])

doc("flash_appeal_returns_food_reuse", """
# Afghanistan: Flash Appeal for Returnees from Pakistan, Summary

*In the style of the summary page of a humanitarian flash appeal covering April–September 2025. Requirements in US dollars.*

**Why this appeal.** After a lull in the second half of 2024, returns from Pakistan picked up sharply. Some 320,000 people returned from Pakistan between January and June 2025, most through Torkham and Spin Boldak, and the pace rose from the first quarter to the second. Many arrive after decades in Pakistan, without savings, and with children who have never lived in Afghanistan.

**What partners will do.** The appeal seeks USD 100 million for six months. Partners will meet families at the crossings with hot meals, water and medical screening, help them travel to their provinces of choice, and support them there with food, cash, shelter and protection. Under the food sector, 320,000 people will receive a three-month ration on arrival, and pregnant and breastfeeding women will receive specialised nutritious food.

**Where.** Nangarhar and Kandahar receive the most returnees, but many families move on to Kabul, Kunduz and Herat, where they have relatives. Partners will follow them through the provincial coordination teams.

**Funding so far.** Partners have received USD 23 million. Without new funding, reception services at Torkham will have to be cut back by the end of the third quarter, when returns are expected to peak.

**Ask.** Donors are urged to make early and flexible contributions, and to support both the emergency response and the longer-term reintegration of returnees in their communities.
""", [{
    "kind": "number_reuse",
    "quotes": ["Some 320,000 people returned from Pakistan between January and June 2025",
               "320,000 people will receive a three-month ration on arrival"],
    "explanation": "320,000, the number of people who returned from Pakistan in January–June 2025, is used again two paragraphs later for the food-sector target of a different period (April–September 2025). The food target is a planning figure of its own and has no reason to equal past returns.",
    "expected_values": {"value": 320000, "unit": "people",
                        "quantity_1": "returns from Pakistan, Jan-Jun 2025",
                        "quantity_2": "people targeted with food rations under the flash appeal, Apr-Sep 2025"},
}])

doc("freight_circular_detention_scanning_reuse", """
# Circular to Members: Charges at the Border Terminals

*In the style of a freight forwarders' association circular to its members. For information only; members set their own prices.*

Dear Members,

Several members have asked for guidance on the charges that now apply to cargo for Afghanistan at the border terminals. The Secretariat has consulted the terminal operators and the main transport companies, and sets out the position below.

**Detention.** Transport companies charge detention of USD 120 a day per truck from the third day of waiting at Torkham or Chaman. Waiting times are longest after closures, when queues can stretch for several kilometres on the Pakistani side.

**Scanning.** The terminal operator at Torkham charges a scanning fee of USD 120 per container for every container that is sent for scanning, whether or not it is opened afterwards. The fee is collected before the truck leaves the terminal.

**Weighbridge and parking.** These charges are small, but members should include them in their quotations so that clients are not surprised.

**Advice.** Members should agree in writing with clients who pays detention and scanning charges. Quotations should state that rates apply to cargo with complete documents, and that delays caused by incomplete documents are for the account of the shipper.

**Transit cargo.** For Afghan transit cargo the same charges apply, together with the tracking fee for the journey from the port to the border.

The Secretariat will update this guidance when the terminal operators revise their charges. Members who are charged more than the published fees are asked to inform the Secretariat with copies of the receipts.

Secretary General
""", [{
    "kind": "number_reuse",
    "quotes": ["detention of USD 120 a day per truck", "a scanning fee of USD 120 per container"],
    "explanation": "USD 120, the daily detention charge per truck at the border, is used again in the next paragraph for an unrelated quantity, the scanning fee per container at the Torkham terminal.",
    "expected_values": {"value": 120, "unit": "USD",
                        "quantity_1": "detention charge per truck per day at Torkham or Chaman",
                        "quantity_2": "scanning fee per container at the Torkham terminal"},
}])

doc("podcast_notes_chaman_visa_days", """
# Border Lines, Episode 40: Drivers

*Show notes for a podcast on South and Central Asian trade, in the style of podcast show notes. Recorded at a truck stand in Peshawar. Guests: two truck drivers who have driven to Afghanistan for many years, and an official of a transporters' union.*

This episode is about the people who actually move the goods. Our guests have driven to Kabul, Jalalabad and Kandahar since the 1990s. They describe the road, the checkposts, the tea stops and the long waits at the border.

**In this episode**

- (00:00) Why we recorded at a truck stand.
- (05:20) The road to Kabul in the 1990s and today.
- (18:45) Visas: the paperwork that now stands between drivers and the border.
- (33:10) Waiting at Chaman: stories from the queue.
- (47:00) What drivers want from both governments.

**Key points**

- Chaman was closed to cargo for 31 days in 2024, and drivers were stuck for days each time.
- Our union guest says a driver now waits 31 days on average for an Afghan visa.
- Drivers are paid per trip, so every day of waiting is a day without income.

**Further listening.** Our earlier episodes on Torkham and on the Chaman sit-in are in the archive.

**Credits.** Produced and edited by the Border Lines team. Thanks to the drivers at the truck stand who shared their tea with us. The views of guests are their own.
""", [{
    "kind": "number_reuse",
    "quotes": ["Chaman was closed to cargo for 31 days in 2024", "a driver now waits 31 days on average for an Afghan visa"],
    "explanation": "31 days, the number of days Chaman was closed to cargo in 2024, is used again in the next bullet for an unrelated quantity, the average wait for an Afghan visa.",
    "expected_values": {"value": 31, "unit": "days",
                        "quantity_1": "days Chaman was closed to cargo, 2024",
                        "quantity_2": "average wait for an Afghan visa for Pakistani drivers, days"},
}])

doc("customs_valuation_ruling_coal_freight", """
# Valuation Ruling: Coal of Afghan Origin

*In the style of a customs valuation ruling issued by a directorate of customs valuation in Pakistan. Values are customs values per metric tonne in US dollars.*

**1. Background.** Coal of Afghan origin is imported mainly through Torkham, Ghulam Khan and Chaman for the cement and brick industries. The value of coal was last determined in 2023. Since then, international coal prices have fallen and Afghan coal has lost much of its price advantage over seaborne coal.

**2. Submissions.** Importers argued that the 2023 value of USD 118 per tonne no longer reflected market conditions. Cement manufacturers supported a lower value. Field formations of customs agreed that prices had fallen but warned against under-declaration of better grades.

**3. Method.** The directorate applied the transaction value of identical goods, using the invoices of consignments cleared in 2024 after checking them against prices quoted in the coal markets of Peshawar and Quetta.

**4. Determination.** The customs value of Afghan coal is fixed at USD 96 per tonne for 2024. At that price, delivered coal remains competitive only for plants close to the border, because road freight from Torkham to cement plants in Punjab costs USD 96 per tonne.

**5. Effect.** This ruling supersedes the ruling of 2023 and applies to goods declarations filed from the date of issue. Importers who disagree may file a review petition with the Director General within thirty days. Nothing in this ruling affects the duties and taxes that apply to coal under the tariff.
""", [{
    "kind": "number_reuse",
    "quotes": ["The customs value of Afghan coal is fixed at USD 96 per tonne for 2024",
               "cement plants in Punjab costs USD 96 per tonne"],
    "explanation": "USD 96 per tonne, the customs value of Afghan coal for 2024, is used again in the next sentence for an unrelated quantity, the road freight from Torkham to cement plants in Punjab. Same unit, two different quantities.",
    "expected_values": {"value": 96, "unit": "USD per tonne",
                        "quantity_1": "customs value of Afghan coal, 2024",
                        "quantity_2": "road freight Torkham to Punjab cement plants, per tonne"},
}])

# =================================================================== direction

doc("market_monitor_oil_firmed", """
# Afghanistan Market Monitor: Kabul Prices, Quarter Ending March 2025

*In the style of a WFP market monitor. Retail prices in afghanis (AFN), collected weekly by partner enumerators in Kabul's main bazaars and averaged by month.*

**Key facts**

- Wheat flour: AFN 34.1 per kg in March 2025, up 10 percent since December.
- Cooking oil firmed to AFN 112 a litre in March 2025, from AFN 118 in December 2024.
- Casual labour: daily wage unchanged since December.

**Context.** Kabul draws its wheat flour mostly from Pakistan, through Torkham, and its cooking oil increasingly from the north. The two staples therefore moved differently this quarter. Flour followed the cost of freight from Pakistan and the short closures at Torkham in February. Vegetable oil, much of it now brought in from Central Asian suppliers, benefited from larger shipments and lower prices on world markets.

**Household situation.** Households that depend on casual labour spend more than half of their income on food. Enumerators reported that families in the western and northern districts of the city, where many returnees from Pakistan have settled, are borrowing to buy flour and buying oil in smaller quantities.

**Recommendations.** Partners providing cash assistance in Kabul should review the value of the transfer against the cost of the food basket, which has risen since the last review. Partners should also monitor the effect of returns from Pakistan on rents and wages in the districts where returnees settle.

**Next issue.** The next monitor will cover April to June 2025 and will add prices from Herat and Mazar-i-Sharif.
""", [{
    "kind": "direction",
    "quotes": ["Cooking oil firmed to AFN 112 a litre in March 2025, from AFN 118 in December 2024"],
    "explanation": "'Firmed' says the price rose, but it went from AFN 118 to AFN 112 a litre, a fall of 5.1 percent (the text itself later says oil benefited from lower prices).",
    "expected_values": {"from": 118, "to": 112, "change": -6, "change_pct": -5.08,
                        "actual_direction": "fall", "stated_direction": "rise", "direction_word": "firmed",
                        "from_period": "Dec 2024", "to_period": "Mar 2025",
                        "unit": "AFN per litre", "subject": "cooking oil retail price, Kabul",
                        "location": "key-facts list"},
}])

doc("committee_minutes_chaman_recovered", """
# Minutes of the Standing Committee on Commerce: Visit to Chaman

*In the style of the minutes of a parliamentary standing committee. The Committee met at the Frontier Corps mess in Chaman after visiting the border terminal. Officials of the Ministry of Commerce, the Federal Board of Revenue, the Frontier Corps and the district administration attended.*

**Item 1: Briefing by the district administration.** The Deputy Commissioner welcomed the Committee and described the situation in the town since the passport requirement was introduced. Thousands of labourers and small traders who crossed daily with identity cards have lost their livelihood. The sit-in against the requirement ended after negotiations, but the grievances remain.

**Item 2: Briefing by the Federal Board of Revenue.** The Collector of Customs said that cargo traffic at Chaman recovered to 470 trucks a day in 2024 from 610 a day in 2023, and that clearance now takes less than a day for trucks with complete documents. He added that the terminal could handle twice as many trucks if the Afghan side cleared them as quickly.

**Item 3: Discussion.** Members asked about the border market promised for Chaman and were told that land had been acquired but that construction had not begun. A member from Quetta asked that local labourers be given permits to work in the market once it opens. Members also asked about the fruit season and the losses of exporters when the border is closed.

**Action points**

1. The Ministry of Commerce to present a timeline for the Chaman border market.
2. The Ministry of Interior and the district administration to propose a permit scheme for local labourers.
3. The FBR to report clearance times at Chaman each quarter.

The Chairperson thanked the Frontier Corps and the district administration for their hospitality.
""", [{
    "kind": "direction",
    "quotes": ["cargo traffic at Chaman recovered to 470 trucks a day in 2024 from 610 a day in 2023"],
    "explanation": "'Recovered' says traffic went up, but it fell from 610 to 470 trucks a day, a drop of 23.0 percent.",
    "expected_values": {"from": 610, "to": 470, "change": -140, "change_pct": -22.95,
                        "actual_direction": "fall", "stated_direction": "rise", "direction_word": "recovered",
                        "from_period": "2023", "to_period": "2024",
                        "unit": "trucks per day", "subject": "average daily cargo trucks at Chaman"},
}])

doc("manifesto_exports_gained_ground", """
# Manifesto: Five More Years of Stability

*Section on foreign relations and trade from a governing party's election manifesto, in the style of a Pakistani party manifesto.*

When we took office, the western border was a source of anxiety for every family in Khyber Pakhtunkhwa and Balochistan. We have not solved every problem, but we have put relations with Afghanistan on a more businesslike footing.

**Trade.** Under our government, Pakistan's exports to Afghanistan gained ground, reaching $884 million in 2024 after $1,012 million in 2023. We opened the integrated terminal at Torkham to cargo around the clock, introduced electronic clearance for goods bound for Afghanistan, and signed a protocol to simplify the movement of transit cargo.

**Security.** We fenced almost the whole of the western border and raised new wings of the Frontier Corps. We have made clear to the authorities in Kabul that Afghan soil must not be used for attacks on Pakistan, and we will continue to do so in every forum.

**People.** We have managed the return of undocumented foreigners in an orderly way, with reception facilities at the crossings. Registered refugees have had their cards extended, and students have been allowed to complete their studies.

**Our promises for the next five years.**

- We will build border markets at Torkham, Chaman and Ghulam Khan.
- We will complete the rail link from Peshawar to the border.
- We will open a trade office in Kandahar.
- We will hold an annual trade fair in Peshawar for Afghan and Central Asian buyers.

We ask the people of Pakistan for five more years to finish the work we have begun.
""", [{
    "kind": "direction",
    "quotes": ["exports to Afghanistan gained ground, reaching $884 million in 2024 after $1,012 million in 2023"],
    "explanation": "'Gained ground' says exports rose, but they fell from $1,012 million in 2023 to $884 million in 2024, a drop of 12.6 percent. The manifesto's own figures contradict its word.",
    "expected_values": {"from": 1012, "to": 884, "change": -128, "change_pct": -12.65,
                        "actual_direction": "fall", "stated_direction": "rise", "direction_word": "gained ground",
                        "from_period": "2023", "to_period": "2024",
                        "unit": "USD million", "subject": "PAK→AFG exports"},
}])

doc("kp_police_report_fatalities_eased", """
# Khyber Pakhtunkhwa Police: Annual Report 2024

## Chapter 2: Statistics at a glance

*In the style of a provincial police annual report. Figures for Khyber Pakhtunkhwa. "Cross-border attacks" are attacks that the Counter Terrorism Department attributes to groups based in Afghanistan.*

2.1 This chapter brings together the main figures for the year. Detailed tables by district and by police station are in the appendices.

2.2 **Cross-border attacks.** The province recorded 171 cross-border attacks in 2024, against 127 in 2023, an increase of more than a third. The rise was steepest in North Waziristan and Bajaur.

2.3 **Losses of the force.** Police fatalities eased to 131 in 2024, from 98 in 2023, although the number of attacks on checkposts went up. Most personnel were killed in attacks at night, when posts are most exposed, and by improvised explosive devices on roads.

2.4 **Arrests.** The force and the Counter Terrorism Department arrested 642 suspects at the crossings and along the border. Many were released after investigation; the rest have been sent up for trial.

2.5 **Ordinary crime.** Reported cases of street crime fell in Peshawar and Mardan, which the report credits to the new patrol units and to cameras installed under the safe city project.

2.6 **Resources.** The force received new armoured vehicles and thermal-imaging equipment, but the Inspector General notes that many checkposts still lack proper shelters and reliable communications.
""", [{
    "kind": "direction",
    "quotes": ["Police fatalities eased to 131 in 2024, from 98 in 2023"],
    "explanation": "'Eased' says fatalities fell, but they rose from 98 in 2023 to 131 in 2024, an increase of 33.7 percent.",
    "expected_values": {"from": 98, "to": 131, "change": 33, "change_pct": 33.67,
                        "actual_direction": "rise", "stated_direction": "fall", "direction_word": "eased",
                        "from_period": "2023", "to_period": "2024",
                        "unit": "people", "subject": "police personnel killed in Khyber Pakhtunkhwa"},
}])

doc("embassy_note_pharma_slipped", """
# Trade Note: Pharmaceutical Exports to Afghanistan

*Embassy of Pakistan, Kabul, Commercial Section. Sector note for exporters, in the style of an embassy's trade note. Figures in US dollars from Pakistan's customs data; FY2025 runs from July 2024 to June 2025.*

**Summary.** Afghanistan remains one of the largest markets for Pakistani medicines. Pharmaceutical exports slipped to US$ 96 million in FY2025 (FY2024: US$ 89 million), even as total exports to Afghanistan fell to US$ 893 million.

**Market.** Afghan pharmacies stock Pakistani medicines because they are familiar to doctors and patients, labelled in a script that many can read, and cheaper than European brands. Competition is growing from Indian and Iranian manufacturers, and from Afghan factories that have opened in Kabul and Herat with the encouragement of the authorities.

**Regulation.** Afghanistan's National Medicines and Healthcare Products Regulatory Authority requires registration of each product and of the manufacturer. Registration takes several months. The Commercial Section can help exporters to find local agents who handle the process.

**Logistics.** Medicines need careful handling, and some need cold storage. Delays at Torkham and Chaman put consignments at risk, especially in summer. Exporters are advised to use the express lane for perishable goods where it is available, and to keep their documents complete, since incomplete documents are the main cause of delay.

**Payments.** Most exporters are paid in advance or through exchange dealers. The Commercial Section encourages exporters to use banking channels where possible and to keep records of all payments.

**Contact.** The Commercial Section organises meetings between Pakistani manufacturers and Afghan importers and can share a list of registered Afghan distributors.
""", [{
    "kind": "direction",
    "quotes": ["Pharmaceutical exports slipped to US$ 96 million in FY2025 (FY2024: US$ 89 million)"],
    "explanation": "'Slipped' says exports fell, but they rose from US$ 89 million in FY2024 to US$ 96 million in FY2025, an increase of 7.9 percent. The earlier value is given in parentheses.",
    "expected_values": {"from": 89, "to": 96, "change": 7, "change_pct": 7.87,
                        "actual_direction": "rise", "stated_direction": "fall", "direction_word": "slipped",
                        "from_period": "FY2024", "to_period": "FY2025",
                        "unit": "USD million", "subject": "PAK→AFG pharmaceutical exports"},
}])

doc("diaspora_oped_returns_pull_quote", """
# Opinion: The families who are going back

*Op-ed in a weekly newspaper for the Pakistani community in Birmingham, in the style of the diaspora press. The writer is a social worker whose family came from Quetta.*

Last month my cousin in Quetta lost her neighbours. The family had lived next door for thirty years. Their children went to school with hers; the father repaired her car. One morning a van came, and by the evening they were on the road to Chaman with what they could carry.

Stories like this are repeated across Pakistan. In the first half of 2025 about 320,000 people went back to Afghanistan, and the pace rose: 141,000 returned in the first quarter and 179,000 in the second. Many had no documents; some had cards that had expired while they waited for an extension.

> "Returns slowed in the second quarter: 179,000 people crossed back, after 141,000 in the first."

I understand the anger at the attacks that come from across the border. Our community mourns the soldiers and police officers who have been killed. But the families being sent back are not the ones who plan those attacks. They are mechanics, shopkeepers and labourers, and their children know no other country.

Those of us in Britain can do something. We can support the charities that help returnees at Torkham and Spin Boldak. We can write to our MPs and ask them to support education for the children who have gone back. And we can remind our relatives in Pakistan that the neighbours who are leaving are people, not numbers.

My cousin still waters the plants her neighbours left behind. She hopes they will come back to collect them one day.
""", [{
    "kind": "direction",
    "quotes": ['"Returns slowed in the second quarter: 179,000 people crossed back, after 141,000 in the first."'],
    "explanation": "The pull quote says returns 'slowed' in the second quarter of 2025, but its own figures (141,000 in the first quarter, 179,000 in the second) show a rise of 27.0 percent, as the body of the op-ed says ('the pace rose').",
    "expected_values": {"from": 141000, "to": 179000, "change": 38000, "change_pct": 26.95,
                        "actual_direction": "rise", "stated_direction": "fall", "direction_word": "slowed",
                        "from_period": "Q1 2025", "to_period": "Q2 2025",
                        "unit": "people", "subject": "returns from Pakistan to Afghanistan",
                        "location": "pull quote"},
}])

# =================================================================== scope

doc("freight_circular_azerbaijani_cargo", """
# Circular to Members: Outlook for Afghan Cargo in 2025

*In the style of a freight forwarders' association circular to its members. For information only.*

Dear Members,

The Executive Committee has reviewed the outlook for cargo to and from Afghanistan for the coming year and shares its assessment below.

**Bilateral cargo.** Azerbaijani–Afghan cargo moving through Torkham and Chaman remained well below its level of earlier years in 2024. Exports of rice, flour, medicines and cement still make up most of the loads, while return loads of coal have almost disappeared. Members report that many trucks now return empty from Kabul and Kandahar, which raises the cost of each trip.

**Transit cargo.** Afghan transit cargo through Karachi and Port Qasim has fallen further. Afghan importers are using Bandar Abbas and Chabahar, and some are bringing goods by rail from China through Central Asia. Members who depend on transit cargo should look for other business.

**New routes.** Some Afghan exporters are sending dried fruit and carpets west along the Lapis Lazuli corridor, which runs from Afghanistan through Turkmenistan, Azerbaijan and Georgia to Türkiye. The route is long and involves two sea crossings, but it avoids Pakistan entirely.

**Recommendations.** Members should (a) agree detention terms in writing before accepting loads for Afghanistan; (b) check that drivers hold valid visas; and (c) keep in touch with the Secretariat about closures, which the Secretariat reports to members by text message as soon as it learns of them.

The Committee remains confident that the route through Pakistan is the shortest and cheapest for most Afghan trade, and that cargo will return once the border operates predictably.

Secretary General
""", [{
    "kind": "scope",
    "quotes": ["Azerbaijani–Afghan cargo moving through Torkham and Chaman"],
    "explanation": "Cargo through Torkham and Chaman is Pakistan–Afghanistan trade; the circular names Azerbaijan as one side of it. Azerbaijan appears correctly later, as a country on the Lapis Lazuli corridor.",
    "expected_values": {"third_country": "AZE", "named_pair": ["AZE", "AFG"], "pair": PAIR,
                        "named_as": "Azerbaijani–Afghan",
                        "not_a_defect": "through Turkmenistan, Azerbaijan and Georgia to Türkiye"},
}])

doc("embassy_note_bangladesh_two_way", """
# Trade Note: FY2025 at a Glance

*Embassy of Pakistan, Kabul, Commercial Section. One-page summary for visiting delegations, in the style of an embassy's trade note. Figures in US dollars from Pakistan's customs data; FY2025 runs from July 2024 to June 2025.*

**Headline.** Bangladesh–Afghanistan two-way trade came to US$ 1,391 million in FY2025, down from US$ 1,576 million in FY2024. Exports were US$ 893 million and imports US$ 498 million.

**Exports.** Rice, wheat flour, medicines, cement and fresh produce are the main lines. Exporters of rice and medicines held their ground; flour and cement lost market share in the north and west of Afghanistan.

**Imports.** Coal imports fell sharply as cement plants in Pakistan switched back to seaborne coal. Fresh and dried fruit, vegetables and cotton make up most of the remainder.

**Packaging.** Some Pakistani exporters of rice and flour use jute packaging imported from Bangladesh, which Afghan buyers prefer because it keeps goods dry during long waits at the border.

**Issues raised by exporters.**

- Closures at Torkham and Chaman without notice.
- The visa requirement for drivers.
- The new Afghan quality certificate for some processed foods.
- Payment through informal channels.

**Opportunities.** The Commercial Section sees room to grow in medicines, packaged foods, construction materials for the housing of returnees, and engineering services for Afghan mining projects.

**Contact.** Delegations wishing to meet Afghan buyers or officials may contact the Commercial Section, which arranges meetings with the Afghanistan Chamber of Commerce and Investment and with the relevant ministries in Kabul.
""", [{
    "kind": "scope",
    "quotes": ["Bangladesh–Afghanistan two-way trade came to US$ 1,391 million in FY2025"],
    "explanation": "US$ 1,391 million is Pakistan–Afghanistan two-way trade in FY2025 (893 exports plus 498 imports, both given in the next sentence, from Pakistan's customs data); the headline names Bangladesh as one side of it. Bangladesh appears correctly later, as the source of jute packaging.",
    "expected_values": {"third_country": "BGD", "named_pair": ["BGD", "AFG"], "pair": PAIR,
                        "named_as": "Bangladesh–Afghanistan",
                        "not_a_defect": "jute packaging imported from Bangladesh"},
}])

doc("committee_minutes_saudi_jcc", """
# Minutes of the Standing Committee on Overseas Pakistanis and Commerce (Joint Sitting)

*In the style of the minutes of a joint sitting of two parliamentary standing committees. Held at Parliament House, Islamabad. Officials of the Ministries of Commerce, Interior and Overseas Pakistanis attended.*

**Item 1: Remittances and border trade.** The Secretary of the Ministry of Overseas Pakistanis said that families in Khyber Pakhtunkhwa and Balochistan depend heavily on remittances from Pakistani workers in Saudi Arabia and the other Gulf states, and that many of these families also earn a living from trade across the western border. Closures at Torkham and Chaman therefore hit households that are already vulnerable.

**Item 2: Border coordination.** The Additional Secretary (Commerce) briefed members on the work of the Saudi–Afghan joint coordination committee on Torkham, which meets on the border to settle disputes over closures, cargo and the movement of drivers. He said that the committee had met four times in 2024 and had agreed to keep the cargo lanes open during protests by local traders.

**Item 3: Discussion.** Members asked why the committee's decisions were not published. The Additional Secretary undertook to share a summary of decisions with the Committee. A member from Chaman asked that a similar mechanism be set up for Chaman and Spin Boldak.

**Item 4: Any other business.** The Chairperson noted that returnees from Pakistan are arriving in Afghanistan in large numbers and asked the Ministry of Interior to brief the Committee on the repatriation plan at the next meeting.

**Action points**

1. The Ministry of Commerce to share decisions of the joint coordination committee.
2. The Ministry of Commerce to consider a coordination mechanism for Chaman.
3. The Ministry of Interior to brief on the repatriation plan.
""", [{
    "kind": "scope",
    "quotes": ["the Saudi–Afghan joint coordination committee on Torkham"],
    "explanation": "The joint coordination committee on Torkham is a Pakistan–Afghanistan body that meets on the border; the minutes name Saudi Arabia as one side of it. Saudi Arabia appears correctly in item 1, as the host of Pakistani workers who send remittances.",
    "expected_values": {"third_country": "SAU", "named_pair": ["SAU", "AFG"], "pair": PAIR,
                        "named_as": "Saudi–Afghan joint coordination committee",
                        "not_a_defect": "remittances from Pakistani workers in Saudi Arabia"},
}])

doc("manifesto_kyrgyz_border", """
# Manifesto: Energy and Trade for the Frontier

*Section of a regional party's election manifesto for Khyber Pakhtunkhwa, in the style of a Pakistani party manifesto.*

Our province sits on the oldest trade route of the region. Caravans crossed the Khyber Pass long before there were customs posts. Today the same route could carry electricity, gas and goods between Central Asia and the Arabian Sea, if governments in Islamabad and Kabul allowed it.

**Energy.** We will press the federal government to complete the CASA-1000 line that will bring summer electricity from Kyrgyzstan and Tajikistan through Afghanistan to Pakistan, and to ensure that Khyber Pakhtunkhwa receives a fair share of the power and of the jobs in building it.

**Trade.** We will work to double trade across the Kyrgyzstan–Afghanistan border at Torkham, Chaman and Ghulam Khan within five years. Trade on this border has shrunk for most of the last five years, and the people of our province have lost the most.

**Border markets.** We will build markets at each crossing where local people from both sides can trade without visas, on fixed days and under the supervision of both governments.

**Youth.** We will set up a training institute in Peshawar for customs brokers, freight forwarders and logistics workers, so that young people from the border districts can find work in trade.

**Peace.** We believe that trade and peace go together. We will support every effort to settle disputes with Kabul through dialogue, and we will oppose the use of border closures as a punishment for ordinary people.

The frontier was once a gateway. With your vote, it can be one again.
""", [{
    "kind": "scope",
    "quotes": ["trade across the Kyrgyzstan–Afghanistan border at Torkham, Chaman and Ghulam Khan"],
    "explanation": "Torkham, Chaman and Ghulam Khan are crossings on the Pakistan–Afghanistan border; the manifesto names Kyrgyzstan as the other side. Kyrgyzstan appears correctly earlier, as the source of electricity for the CASA-1000 line.",
    "expected_values": {"third_country": "KGZ", "named_pair": ["KGZ", "AFG"], "pair": PAIR,
                        "named_as": "Kyrgyzstan–Afghanistan border",
                        "not_a_defect": "from Kyrgyzstan and Tajikistan through Afghanistan to Pakistan"},
}])

doc("podcast_notes_turkish_afghan_trade", """
# Border Lines, Episode 45: Looking back at 2024

*Show notes for a podcast on South and Central Asian trade, in the style of podcast show notes. Recorded in Islamabad. Guests: an economist who studies regional trade and a logistics manager from Karachi.*

Our end-of-year episode looks back at a hard year on the border. We talk about closures, coal, transit cargo and the return of Afghan families, and we ask our guests what 2025 might bring.

**In this episode**

- (00:00) The year in one word.
- (03:40) Coal: how Afghan coal lost its place in Pakistan's cement plants.
- (15:15) Transit cargo: why Karachi is losing Afghan business to Iranian ports.
- (28:30) Returns: what happened at Torkham and Spin Boldak.
- (39:50) Predictions for 2025.

**Key numbers from the episode**

- Turkish–Afghan trade through Torkham and Chaman fell to $1,424 million in 2024, from $1,702 million in 2023.
- Pakistan's exports to Afghanistan: $884 million in 2024.
- Afghan transit containers cleared at Karachi and Port Qasim: 52,000 in FY2024.

**Also mentioned.** Our economist guest notes that Turkish construction firms working in Kabul have become important buyers of Pakistani cement and steel.

**Further listening.** Our episodes on drivers, on Chaman and on the first half of 2024 are in the archive.

**Credits.** Produced and edited by the Border Lines team. Music licensed from a stock library. The views of guests are their own. Thank you for listening this year.
""", [{
    "kind": "scope",
    "quotes": ["Turkish–Afghan trade through Torkham and Chaman fell to $1,424 million in 2024"],
    "explanation": "Trade through Torkham and Chaman worth $1,424 million in 2024 (from $1,702 million in 2023) is Pakistan–Afghanistan two-way trade; the show notes name Türkiye as one side of it. Türkiye appears correctly later, as the home of construction firms working in Kabul.",
    "expected_values": {"third_country": "TUR", "named_pair": ["TUR", "AFG"], "pair": PAIR,
                        "named_as": "Turkish–Afghan trade",
                        "not_a_defect": "Turkish construction firms working in Kabul"},
}])

doc("university_press_release_oman_hosts", """
# Press Release: New study maps the working lives of Afghan refugees

*In the style of a university press release. Issued by the communications office of a public university in Quetta on behalf of its Department of Economics. For immediate release.*

QUETTA — Afghan families who have spent decades in Pakistan are a large part of the informal labour force in Quetta, Peshawar and Karachi, a new study by the Department of Economics finds.

The study is based on a survey of households in the three cities and on interviews with employers in construction, transport and wholesale trade. It finds that Afghan men in the sample work mostly as daily labourers, drivers and shopkeepers, and that many Afghan women earn money at home through tailoring and carpet weaving.

"Many of the Afghan families in Oman's cities have lived there for more than 20 years," said the lead author. "Their labour built a good part of the housing and roads in these cities, and their businesses supply the markets."

The study also finds that remittances play a small but growing role: one household in eight has a relative working in Oman or elsewhere in the Gulf, who sends money home through exchange dealers.

The authors warn that the departure of large numbers of Afghan workers would raise wages in construction and transport in the short run and leave gaps in some trades, such as carpet weaving, that Pakistani workers have not taken up.

The study recommends that the government issue work permits to registered refugees and to holders of Afghan Citizen Cards, and that it collect better data on the Afghan labour force.

The report will be launched at a seminar on the campus next week.

**Media contact:** Communications Office.
""", [{
    "kind": "scope",
    "quotes": ["Many of the Afghan families in Oman's cities have lived there for more than 20 years"],
    "explanation": "The survey was carried out in Quetta, Peshawar and Karachi, so the host country in this sentence is Pakistan; the lead author's quotation names Oman instead. Oman appears correctly later, as a place where relatives of surveyed households work.",
    "expected_values": {"third_country": "OMN", "named_pair": ["AFG", "OMN"], "pair": PAIR,
                        "named_as": "Afghan families in Oman's cities",
                        "not_a_defect": "a relative working in Oman or elsewhere in the Gulf"},
}])

# =================================================================== citation

doc("diaspora_oped_pull_quote_2022", """
# Opinion: Pakistan's hospitality deserves better than silence

*Op-ed in a weekly newspaper for the Pakistani community in Manchester, in the style of the diaspora press. The writer is a retired civil servant from Peshawar.*

When people in Britain talk about refugees, they rarely mention Pakistan. Yet few countries have hosted so many people for so long. When I worked in Peshawar in the 1980s, whole districts of the city were home to Afghan families, and their children sat in the same classrooms as ours.

> "More than two million Afghans are registered as refugees in Pakistan." — UNHCR, end-2022

That generosity came at a cost. Schools, hospitals and water supplies in Khyber Pakhtunkhwa and Balochistan were stretched for decades, and the international money that was promised often arrived late or not at all. It is easy for richer countries to lecture Pakistan about its treatment of Afghans today while they admit only a few thousand themselves.

None of this excuses harshness. Sending families back to a country in crisis, some of whom have never lived there, is wrong, and I have said so to my friends in government. But if Britain and Europe want Pakistan to keep its doors open, they must share the burden: by funding schools and clinics in the host areas, by resettling more of the most vulnerable, and by supporting the Afghans who return.

Our community here has a part to play. We know both countries. We can explain Pakistan's position to our neighbours and MPs, and we can remind Pakistan's leaders of the values that made its hospitality possible in the first place.

Hospitality that is taken for granted does not last. It deserves recognition, and it deserves help.
""", [{
    "kind": "citation",
    "quotes": ['More than two million Afghans are registered as refugees in Pakistan." — UNHCR, end-2022'],
    "explanation": "The reference UNHCR year-end figure for 2022 is 1,743,278. The pull quote, attributed to UNHCR for end-2022, says 'more than two million', at least 14.7 percent above it.",
    "expected_values": {"stated": 2000000, "stated_as_written": "More than two million", "stated_hedge": "more than",
                        "reference": 1743278, "indicator": "refugees.registered", "subject": "PAK",
                        "period": "2022", "cited_source": "UNHCR, end-2022",
                        "citation_form": "pull quote attributed '— UNHCR, end-YEAR'", "location": "pull quote"},
}])

doc("university_press_release_figure_2021", """
# Press Release: Study traces the schooling of Afghan refugee children

*In the style of a university press release. Issued by the communications office of a public university in Islamabad on behalf of its Institute of Education. For immediate release.*

ISLAMABAD — A study by the Institute of Education finds that Afghan refugee children in Pakistan are far less likely to finish secondary school than their Pakistani neighbours, and that girls are the most affected.

The study combines school records from Peshawar, Quetta and Karachi with interviews with parents, teachers and head teachers. It follows children who started primary school between 2015 and 2018.

"The numbers matter because the refugee population is large," said the lead author. "UNHCR's figure for end-2021 was 1.74 million registered Afghan refugees, and about half of them are children. By end-2024 the register stood at 1,559,964, according to UNHCR's figure for end-2024, but many children outside the register also attend our schools."

The study finds that most Afghan children leave school after the primary level, often to work in family businesses or as labourers. Girls leave earlier than boys. Children whose families hold Proof of Registration cards stay in school longer than those whose families have no document.

The authors recommend that schools in refugee-hosting areas receive additional funding, that Afghan children be allowed to sit board examinations regardless of their documents, and that donors fund scholarships for Afghan girls at the secondary level.

The study will be presented at a seminar at the Institute next month. Copies are available on request.

**Media contact:** Communications Office.
""", [{
    "kind": "citation",
    "quotes": ["UNHCR's figure for end-2021 was 1.74 million registered Afghan refugees"],
    "explanation": "The reference UNHCR year-end figure for 2021 is 1,490,562. The press release cites 'UNHCR's figure for end-2021' as 1.74 million, 16.7 percent above it; 1.74 million is close to the 2022 value (1,743,278). The end-2024 figure quoted next (1,559,964) is correct.",
    "expected_values": {"stated": 1740000, "stated_as_written": "1.74 million", "reference": 1490562,
                        "indicator": "refugees.registered", "subject": "PAK", "period": "2021",
                        "cited_source": "UNHCR's figure for end-2021",
                        "citation_form": "UNHCR's figure for end-YEAR",
                        "not_a_defect": "By end-2024 the register stood at 1,559,964"},
}])

doc("flash_appeal_context_2024_register", """
# Afghanistan: Flash Appeal for Returnees from Pakistan, Context Annex

*In the style of the context annex of a humanitarian flash appeal. Figures on returns are from border monitoring at the crossings.*

**A1. Who is returning.** Most of the people returning to Afghanistan from Pakistan in 2025 are undocumented or hold Afghan Citizen Cards. Registered refugees with Proof of Registration cards make up a smaller share, but their cards are extended for short periods only and many fear that they will be next.

**A2. The registered population.** Pakistan hosted some 1.3 million registered Afghan refugees at the end of 2024 [UNHCR year-end data (2024)]. Most live in Khyber Pakhtunkhwa and Balochistan, in refugee villages and in the poorer districts of the cities.

**A3. Returns so far.** Border monitoring recorded about 320,000 returns from Pakistan between January and June 2025, through Torkham, Spin Boldak and smaller crossings. Returns rose from the first quarter to the second, and partners expect them to rise further in the third quarter.

**A4. Conditions on arrival.** Many families arrive with little more than the clothes they wear. Reception centres at the crossings provide hot meals, health screening, vaccinations for children and transport to the provinces of origin. Women-headed households and unaccompanied children receive protection services.

**A5. Conditions in areas of return.** Nangarhar, Kandahar and Kabul receive the most returnees. Rents have risen and daily wages have fallen in the districts where returnees settle. Schools are crowded, and girls above the sixth grade cannot attend secondary school.

**A6. Risks.** If returns accelerate while funding remains low, reception capacity at the crossings will be overwhelmed, and families will move on without assistance.
""", [{
    "kind": "citation",
    "quotes": ["some 1.3 million registered Afghan refugees at the end of 2024 [UNHCR year-end data (2024)]"],
    "explanation": "The reference UNHCR year-end figure for 2024 is 1,559,964. The annex cites 'some 1.3 million' to UNHCR year-end data for 2024, 16.7 percent below it.",
    "expected_values": {"stated": 1300000, "stated_as_written": "1.3 million", "stated_hedge": "some",
                        "reference": 1559964, "indicator": "refugees.registered", "subject": "PAK",
                        "period": "2024", "cited_source": "UNHCR year-end data (2024)",
                        "citation_form": "[UNHCR year-end data (YEAR)]"},
}])

doc("podcast_notes_statistics_2023", """
# Border Lines, Episode 44: The register

*Show notes for a podcast on South and Central Asian trade and migration, in the style of podcast show notes. Recorded in Peshawar. Guests: a lawyer who represents Afghan refugees and a community elder from a refugee village near Peshawar.*

This week we step away from trade to talk about the people behind the refugee register: who is on it, what a Proof of Registration card allows, and what happens when it expires.

**In this episode**

- (00:00) What is on a PoR card.
- (07:25) Life in a refugee village forty years on.
- (21:50) Extensions, deadlines and the fear of the next notice.
- (36:15) What a lawyer can and cannot do.

**Numbers and sources**

- Pakistan had 2.3 million registered Afghan refugees at the end of 2023 [UNHCR 2023 year-end statistics].
- The repatriation plan announced in October 2023 was directed first at undocumented foreigners.
- Our elder guest's village was founded in 1981.

**Further listening.** Our episodes on the families going back through Torkham and on drivers are in the archive.

**Credits.** Produced and edited by the Border Lines team. Thanks to the elders of the village for their hospitality. The views of guests are their own. This episode contains descriptions of detention that some listeners may find distressing.
""", [{
    "kind": "citation",
    "quotes": ["Pakistan had 2.3 million registered Afghan refugees at the end of 2023 [UNHCR 2023 year-end statistics]"],
    "explanation": "The reference UNHCR year-end figure for 2023 is 1,987,717 (about 1.99 million). The show notes cite 2.3 million to UNHCR's 2023 year-end statistics, 15.7 percent above it.",
    "expected_values": {"stated": 2300000, "stated_as_written": "2.3 million", "reference": 1987717,
                        "indicator": "refugees.registered", "subject": "PAK", "period": "2023",
                        "cited_source": "UNHCR 2023 year-end statistics",
                        "citation_form": "[UNHCR YEAR year-end statistics]", "location": "sources list"},
}])

doc("committee_minutes_refugees_close_2020", """
# Minutes of the Standing Committee on States and Frontier Regions

*In the style of the minutes of a parliamentary standing committee. Held at Parliament House, Islamabad. Officials of the Ministry of States and Frontier Regions and of the Chief Commissionerate for Afghan Refugees attended.*

**Item 1: Briefing on registered Afghan refugees.** The Chief Commissioner briefed the Committee on the registered population. He said that the number of Proof of Registration card holders had changed little for several years before 2022. He recalled that the registered population, as counted by UNHCR at the close of 2020, stood at 1,490,562, and that it was 1,559,964 as counted by UNHCR at the close of 2024, after growing in 2022 and 2023 and falling in 2024.

**Item 2: Extension of cards.** The Chief Commissioner said that the validity of PoR cards had been extended for a short period, and that the federal cabinet would decide on any further extension. Members asked for a longer extension for families with children in school.

**Item 3: Refugee villages.** Members from Khyber Pakhtunkhwa and Balochistan raised the condition of schools, clinics and water supply in refugee villages. The Chief Commissioner said that the budget for the villages had been cut and that the Commissionerate depends on donors for most services.

**Item 4: Any other business.** A member asked about the return of registered refugees who had been arrested for not carrying their cards. The Chief Commissioner undertook to investigate each case brought to his notice.

**Action points**

1. The Commissionerate to share data on card holders by district.
2. The Ministry to report on the cabinet's decision on extension.
3. The Commissionerate to report on the budget for refugee villages.
""", [{
    "kind": "citation",
    "quotes": ["as counted by UNHCR at the close of 2020, stood at 1,490,562"],
    "explanation": "The reference UNHCR year-end figure for 2020 is 1,438,432. The minutes cite 1,490,562, the exact figure for 2021, to UNHCR's count at the close of 2020 (3.6 percent off, another year's exact value). The figure for the close of 2024 (1,559,964) is correct.",
    "expected_values": {"stated": 1490562, "reference": 1438432, "same_as_year": "2021",
                        "indicator": "refugees.registered", "subject": "PAK", "period": "2020",
                        "cited_source": "as counted by UNHCR at the close of 2020",
                        "citation_form": "as counted by UNHCR at the close of YEAR",
                        "not_a_defect": "it was 1,559,964 as counted by UNHCR at the close of 2024"},
}])

doc("diaspora_news_correction_2023", """
# Refugee families in Peshawar fear the next notice

*News feature in a weekly newspaper for the Pakistani community in New York, in the style of the diaspora press. From our correspondent in Peshawar.*

PESHAWAR — In a refugee village on the road to Charsadda, the talk at the tea shop is always the same: when will the next notice come? The men who gather there have lived in Pakistan for most of their lives. Many were born here. Their cards have been extended again and again, each time for a few months.

"I have a shop, a house and grandchildren," said one elder, who came to Pakistan as a boy. "What would I do in Kabul? I do not know anyone there."

Since late 2023, hundreds of thousands of undocumented Afghans have left Pakistan, many of them under pressure. Registered refugees were spared at first, but families say that police now stop them too, and that they must pay to be let go even when their papers are in order.

Officials in Islamabad say the policy is about security and the rule of law, not about the refugees themselves. They point to attacks by groups based in Afghanistan and say Pakistan cannot carry the burden alone after forty years.

For the families in the village, the debate is distant. They want to know whether their children can finish school, and whether the shop that feeds them will still be theirs next year.

*Correction: An earlier version of this article misstated the number of registered Afghan refugees in Pakistan. UNHCR's figure for end-2023 is 1.59 million registered refugees.*
""", [{
    "kind": "citation",
    "quotes": ["UNHCR's figure for end-2023 is 1.59 million registered refugees"],
    "explanation": "The reference UNHCR year-end figure for 2023 is 1,987,717. The correction note, which is meant to set the record straight, cites 1.59 million for end-2023, 20.0 percent below it; 1.59 million is nearer to the end-2024 figure (1,559,964).",
    "expected_values": {"stated": 1590000, "stated_as_written": "1.59 million", "reference": 1987717,
                        "indicator": "refugees.registered", "subject": "PAK", "period": "2023",
                        "cited_source": "UNHCR's figure for end-2023",
                        "citation_form": "UNHCR's figure for end-YEAR", "location": "correction note"},
}])

# =================================================================== controls

doc("embassy_note_products_control", """
# Trade Note: What Pakistan Sells to Afghanistan

*Embassy of Pakistan, Kabul, Commercial Section. Trade note for the business community, in the style of an embassy's periodic trade note. Figures in US dollars from Pakistan's customs data; FY2024 and FY2025 run from July to June.*

**Summary.** Pakistan's exports to Afghanistan fell by 6.6 percent in FY2025, from US$ 956 million to US$ 893 million. Rice and medicines grew; everything else shrank. Wheat flour and cement each lost almost a tenth of their value, and the residual group of other goods lost the most in absolute terms.

Table 1: Pakistan's exports to Afghanistan by product (US$ million)

| Product | FY2024 | FY2025 | Change (%) |
|---|---|---|---|
| Rice | 198 | 212 | 7.1 |
| Wheat flour | 131 | 118 | -9.9 |
| Pharmaceuticals | 89 | 96 | 7.9 |
| Cement | 71 | 64 | -9.9 |
| Fruit and vegetables | 62 | 58 | -6.5 |
| Other | 405 | 345 | -14.8 |
| Total | 956 | 893 | -6.6 |

**Rice.** Rice is now the largest single export, at US$ 212 million in FY2025. Afghan buyers prefer Pakistani basmati and the cheaper broken grades for everyday cooking.

**Flour and cement.** Both face competition. Kazakh flour reaches northern Afghanistan by rail through Uzbekistan, and Uzbekistan's own trade with Afghanistan through Hairatan has grown. Iranian cement dominates in Herat and Kandahar.

**Medicines.** Pharmaceutical exports rose from US$ 89 million to US$ 96 million. Registration with the Afghan regulator remains slow, but Pakistani brands are well known.

**Advice.** Exporters of flour and cement should compete on reliability: Afghan buyers value suppliers who deliver on time despite closures. The Commercial Section can arrange meetings with buyers in Kabul, Jalalabad and Kandahar.
""", control_type="control")

doc("kp_police_report_districts_control", """
# Khyber Pakhtunkhwa Police: Annual Report 2024

## Chapter 4: Cross-border attacks by district

*In the style of a provincial police annual report. "Cross-border attacks" are attacks that the Counter Terrorism Department attributes to groups based in Afghanistan.*

4.1 Khyber Pakhtunkhwa recorded 171 cross-border attacks in 2024, against 127 in 2023, a rise of more than a third. Across Pakistan, attacks traced to groups based in Afghanistan rose from 158 to 212, also by more than a third; Balochistan accounted for the remaining 41.

4.2 Every border district saw more attacks. North Waziristan recorded 47, the highest of any district, and Khyber recorded 29. Bajaur and Kurram, which had been calmer in 2023, each saw five more attacks than in the previous year.

Table 4.1: Cross-border attacks by district

| District | 2023 | 2024 | Change |
|---|---|---|---|
| Bajaur | 17 | 22 | 5 |
| Khyber | 22 | 29 | 7 |
| North Waziristan | 36 | 47 | 11 |
| South Waziristan | 23 | 31 | 8 |
| Kurram | 13 | 18 | 5 |
| Other districts | 16 | 24 | 8 |
| Total | 127 | 171 | 44 |

4.3 The 171 attacks of 2024 were spread through the year, with peaks in spring and autumn. Most targeted checkposts and convoys; a smaller number targeted police stations in towns near the border.

4.4 The Counter Terrorism Department has strengthened its liaison with the Frontier Corps and now shares intelligence on cross-border movements daily. Flag meetings with the Afghan border authorities continued, but produced no arrests of suspects on the Afghan side.
""", control_type="control")

doc("market_monitor_flour_control", """
# Afghanistan Market Monitor: Wheat Flour, First Quarter 2025

*In the style of a WFP market monitor. Retail prices in afghanis (AFN) per kg, collected weekly by partner enumerators and averaged by month. Wheat flour here means the medium-quality flour mostly milled in Pakistan.*

**Highlights**

- Wheat flour became dearer in all four markets. In Kabul it rose by about a tenth, from AFN 31.0 to AFN 34.1 per kg between December 2024 and March 2025.
- Imports of flour from Pakistan rose in the first quarter of 2025: 41 thousand tonnes in January, 38 in February and 45 in March, 124 thousand tonnes in all.
- Cooking oil fell in Kabul as supplies from Central Asia increased.

Table 1. Retail price of wheat flour, AFN per kg

| Market | Dec 2024 | Mar 2025 | Change (%) |
|---|---|---|---|
| Kabul | 31.0 | 34.1 | 10.0 |
| Jalalabad | 30.5 | 33.2 | 8.9 |
| Kandahar | 32.0 | 35.5 | 10.9 |
| Khost | 30.0 | 32.4 | 8.0 |

*Photo: Sacks of Pakistani flour in a Kabul wholesale market, where retail flour sold for AFN 34.1 per kg in March 2025.*

**Analysis.** Kandahar, supplied almost entirely through Chaman, saw the largest rise; Khost, close to smaller crossings, the smallest. Traders blamed freight costs and short closures in February. The increase in Kandahar, AFN 3.5 per kg, was almost 1.3 times that in Jalalabad, AFN 2.7.

**Outlook.** Supply from Pakistan should remain steady, and the northern harvest will add local flour from June.
""", control_type="control")

T = pdf_table([
    ["Route (40ft box, USD)", "Jan 2024", "Jan 2025", "Change (%)"],
    ["Karachi–Kabul via Torkham", "2,900", "3,400", "17.2"],
    ["Karachi–Kandahar via Chaman", "2,300", "2,650", "15.2"],
    ["Karachi–Jalalabad via Torkham", "2,600", "3,000", "15.4"],
    ["Peshawar–Kabul", "1,100", "1,250", "13.6"],
])
doc("freight_circular_rates_control", """
# Circular to Members: Annual Review of Rates to Afghanistan

*In the style of a freight forwarders' association circular to its members. Rates are all-in road freight for one 40ft container, in US dollars, as reported by member firms in January. For information only; members set their own prices.*

Dear Members,

The Executive Committee presents its annual review of the rates reported by members for routes to Afghanistan.

Rates rose on every route between January 2024 and January 2025. The Karachi–Kabul rate via Torkham rose by about a sixth, from USD 2,900 to USD 3,400. The Karachi–Kandahar rate via Chaman rose from USD 2,300 to USD 2,650, and the short Peshawar–Kabul leg rose least, by 13.6 percent.

{T}

Members report three main causes: longer waits at the border, the visa requirement for drivers, and fewer return loads from Afghanistan now that coal imports have fallen.

**Competition.** Afghan importers increasingly compare these rates with the cost of routes through Iran and through Central Asia. Cargo from China now reaches Afghanistan by rail through Uzbekistan, ending at the Termez–Hairatan bridge, and some importers in the north find that route cheaper. Uzbekistan has also built warehouses at Termez for Afghan traders.

**Advice.** Members should explain to clients that a higher rate through Pakistan may still be the cheaper option once time and reliability are counted, and should quote detention separately.

Secretary General
""".replace("{T}", "\n".join(T)), control_type="control")

doc("flash_appeal_requirements_control", """
# Afghanistan: Flash Appeal for Returnees from Pakistan, Requirements and Funding

*In the style of a humanitarian flash appeal's requirements section, covering April–September 2025. Amounts in US dollars.*

**Requirements.** Humanitarian partners require USD 100 million to assist 450,000 returnees and members of host communities over six months. Food assistance is the largest sector, followed by multi-purpose cash.

Table 2: Requirements by sector

| Sector | US$ million | Share (%) |
|---|---|---|
| Food assistance | 35 | 35.0 |
| Multi-purpose cash | 20 | 20.0 |
| Emergency shelter | 18 | 18.0 |
| Health | 15 | 15.0 |
| Protection | 12 | 12.0 |
| Total | 100 | 100.0 |

**Funding.** By the end of May, partners had received USD 23 million, or 23 percent of requirements. Food assistance and health are best funded; protection has received almost nothing.

**Returns.** Border monitoring recorded 141,000 returns from Pakistan in the first quarter of 2025 and 179,000 in the second, a rise of 27 percent. Partners plan for returns to stay at the second-quarter level for the rest of the appeal period.

**Who gives.** Contributions so far have come from the European Union, Japan, the United Kingdom and Qatar. Partners also thank the private donors in Türkiye who funded hot meals at the Torkham reception centre.

**What happens without funding.** If funding does not reach at least half of requirements by the end of July, partners will have to reduce food rations for new arrivals and close one of the two reception centres at Spin Boldak.
""", control_type="control")

doc("central_bank_mps_indicators_control", """
# Monetary Policy Statement: External Sector Annex

*In the style of the external sector annex of a central bank's monetary policy statement. Pakistan; FY2024 and FY2025 run from July to June.*

**Trade with Afghanistan.** Exports to Afghanistan fell by 6.6 percent in FY2025, to US$ 893 million, while imports from Afghanistan fell by almost a fifth, to US$ 498 million. The surplus with Afghanistan therefore widened, from US$ 336 million to US$ 395 million.

Table A3: Selected indicators on Afghanistan

| Indicator | FY2024 | FY2025 | Change (%) |
|---|---|---|---|
| Exports to Afghanistan (US$ million) | 956 | 893 | -6.6 |
| Imports from Afghanistan (US$ million) | 620 | 498 | -19.7 |
| Balance (US$ million) | 336 | 395 | 17.6 |
| Afghan transit containers | 52,000 | 31,200 | -40.0 |
| Foreign currency seized at Torkham (US$ million) | 14.2 | 9.8 | -31.0 |

**Transit trade.** Afghan transit containers cleared at Karachi and Port Qasim fell by 40 percent, from 52,000 to 31,200, as Afghan importers shifted to Iranian ports. The Committee notes that Iran's own trade with Afghanistan has grown over the same period.

**Currency.** Seizures of foreign currency at Torkham fell by almost a third, to US$ 9.8 million. Enforcement agencies attribute the decline to stricter checks and to the narrower gap between the interbank and open-market rates.

**Assessment.** Trade with Afghanistan is small relative to Pakistan's total trade, and its decline has little effect on the overall balance of payments. It matters more for the economies of Khyber Pakhtunkhwa and Balochistan, where traders, transporters and labourers depend on the border.
""", control_type="control")

# =================================================================== citation controls

doc("diaspora_news_correction_control", """
# Afghan students in Pakistan race to finish their degrees

*News feature in a weekly newspaper for the Pakistani community in Chicago, in the style of the diaspora press. From our correspondent in Islamabad.*

ISLAMABAD — In the library of a university in the capital, an Afghan student of pharmacy counts the months until her final examinations. Her family has lived in Pakistan since before she was born. Their Proof of Registration cards have been extended, but only for a short period, and she fears that she will be sent back before she can graduate.

Pakistan hosted 1,559,964 registered Afghan refugees at the end of 2024, according to UNHCR's figure for end-2024, down from the year before. Many of the young people among them have studied only in Pakistani schools and speak Urdu better than Dari.

Universities say they have admitted Afghan students on merit for decades and want them to be allowed to finish their studies. Officials say that students with valid documents are not affected by the return policy, but students describe police checks on the way to class and landlords who refuse to rent to Afghans.

"I want to become a pharmacist and help people," the student said. "I do not mind where. But I want to finish what I started."

Her teachers have written to the university administration asking it to issue letters confirming the enrolment of Afghan students, which they hope will protect them at police checkpoints.

*Correction: An earlier version of this article misstated the number of registered Afghan refugees in Pakistan at the end of 2022. UNHCR's figure for end-2022 is 1,743,278.*
""", control_type="citation_control")

doc("podcast_notes_register_sources_control", """
# Border Lines, Episode 46: Forty years of the register

*Show notes for a podcast on South and Central Asian trade and migration, in the style of podcast show notes. Recorded in Islamabad. Guests: a historian of the Afghan refugee presence in Pakistan and a former official of the refugee commissionerate.*

This week our guests trace the history of the refugee register, from the camps of the 1980s to the Proof of Registration cards of today, and discuss why the numbers rose and fell.

**In this episode**

- (00:00) The camps of the 1980s.
- (12:20) Registration in 2007 and the first PoR cards.
- (26:40) Why the register grew after 2021.
- (38:10) The return policy and what it means for card holders.

**Numbers and sources**

- Pakistan had 1.49 million registered Afghan refugees at the end of 2021 [UNHCR 2021 year-end statistics].
- By the end of 2024 the figure was 1.56 million [UNHCR 2024 year-end statistics].
- Attacks in Pakistan attributed to groups based in Afghanistan more than doubled between 2021 and 2023, from 73 to 158, which our former official says hardened attitudes towards all Afghans.

**Further listening.** Our episodes on the families going back through Torkham and on Afghan students are in the archive.

**Credits.** Produced and edited by the Border Lines team. Archive recordings courtesy of our historian guest. The views of guests are their own.
""", control_type="citation_control")

doc("university_press_release_register_control", """
# Press Release: Researchers call for long-term status for registered Afghan refugees

*In the style of a university press release. Issued by the communications office of a public university in Lahore on behalf of its Centre for Migration Studies. For immediate release.*

LAHORE — Researchers at the Centre for Migration Studies have called on the government to give long-term legal status to registered Afghan refugees who have lived in Pakistan for more than twenty years.

In a policy paper released today, the researchers note that the registered population grew in 2022 and 2023 after several stable years. Pakistan hosted 1.74 million registered refugees according to UNHCR year-end data (2022), and 1,987,717 as counted by UNHCR at the close of 2023, a rise of about 14 percent in a year. Much of the increase came from the registration of newborn children and the renewal of expired cards.

"Most of these families have nowhere else to go," said the director of the Centre. "Their children were born here, went to school here and work here. Giving them a long-term status would be fair to them and would let the state plan for their presence."

The paper recommends a residence permit for registered refugees with at least twenty years in Pakistan, a work permit for all card holders, and a path to citizenship for those born in Pakistan who meet the conditions of the citizenship law.

The researchers surveyed employers in Lahore, Peshawar and Karachi, many of whom said that Afghan workers fill jobs in construction and transport that local workers do not want.

The paper is available on the Centre's website.

**Media contact:** Communications Office.
""", control_type="citation_control")
