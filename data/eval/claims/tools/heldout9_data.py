# Ninth held-out set of synthetic documents ("heldout9").  Written from
# scratch after heldout8/, by a labeller who had not opened dyad's
# implementation or history and had not seen any of its results.
# Every entry: name (topic slug, numbered later by build_heldout9.py), text,
# labels (list of defect dicts), control_type for controls.
# The texts imitate registers not used before: a trade-finance bank's client
# note, a humanitarian logistics cluster update, a court judgment summary on
# deportations, a tribal jirga communique, a students' union statement, a
# customs agents' WhatsApp group transcribed, a Security Council briefing
# excerpt, a provincial health department bulletin, a transporters'
# association press conference transcript, an academic book review, a fact
# sheet for journalists and an insurance broker's market note.
# Defects are hidden in new places: a note under a table, the "held" part of
# a judgment against its facts, a later chat message, a "Did you know?" box,
# a resolutions list, a reporter's question, a quoted passage in a review,
# a forwarded message, a chair's closing remarks, a chart description.
#
# Invented figures shared with earlier sets (see heldout3-8_data.py):
# annual trade series (README); FY2024 (FY2023-24) exports 956, imports 620,
# balance 336; FY2025 (July 2024-June 2025) exports 893, imports 498, balance
# 395, two-way 1,391; transit containers 52,000 FY2024, 31,200 FY2025;
# returns 2024 676,000 (Torkham 412,000, Spin Boldak-Chaman 231,000, other
# 33,000), Jan-Jun 2025 320,000 (Q1 141,000, Q2 179,000); attacks attributed
# to groups based in Afghanistan 158 (2023), 212 (2024); closure days 2024
# Torkham 46, Chaman 31; road freight for a 40ft container Jan 2024 -> Jan
# 2025: Karachi-Kabul via Torkham 2,900 -> 3,400, Karachi-Kandahar via Chaman
# 2,300 -> 2,650, Peshawar-Kabul 1,100 -> 1,250; detention at Torkham USD 120
# a day; trucks per day Torkham 1,150 (2023), 820 (2024), Chaman 610 (2023),
# 470 (2024); exports by product FY2025 rice 212, wheat flour 118,
# pharmaceuticals 96; flash appeal US$ 100 million.
#
# New invented figures, consistent with the above:
#   Export contracts for Afghanistan registered with banks: FY2024 4,820,
#     FY2025 4,310 (-10.6 %).
#   Relief cargo cleared at Torkham (logistics cluster), tonnes, Q4 2024 /
#     Q1 2025: food 4,100 / 4,820 (+17.6 %), shelter and non-food items
#     1,480 / 1,150 (-22.3 %), WASH 390 / 430 (+10.3 %), health 250 / 220
#     (-12.0 %); total 6,220 / 6,620 (+6.4 %). Relief trucks Jan 2025 212,
#     Feb 186, Mar 241 (Q1 639).
#   Peshawar High Court: 214 petitions against removal orders filed in 2024,
#     61 allowed (28.5 %); deportations 118,000 of the 676,000 returns of
#     2024 (17.5 %).
#   Afghan students in Pakistani universities by province, 2023-24 / 2024-25:
#     Khyber Pakhtunkhwa 2,790 / 2,310, Punjab 1,680 / 1,420, Islamabad
#     1,010 / 860, Balochistan 480 / 390, Sindh 280 / 200; total 6,240 /
#     5,180 (-17.0 %); 4,500 government scholarships for Afghan students.
#   Customs clearance at Torkham, average hours per export truck: Jan 2025
#     38, Feb 2025 44; Chaman 29, 33. Goods declarations for exports to
#     Afghanistan at Torkham: Jan 2025 1,910, Feb 2025 1,760.
#   Trucks registered with the transporters' association for Afghan trade:
#     7,400 (2023), 5,900 (2024) (-20.3 %).
#   Polio vaccination of children under five at permanent transit points,
#     Q4 2024 / Q1 2025: Torkham 196,000 / 212,400 (+8.4 %), Chaman
#     151,200 / 138,600 (-8.3 %), Ghulam Khan 12,800 / 14,100 (+10.2 %);
#     total 360,000 / 365,100 (+1.4 %). Returnees screened at Torkham in
#     epidemiological weeks 1-13 of 2025: 38,400, of whom 6,900 under five.
#   Marine cargo premium on road shipments, percent of insured value, 2023 /
#     2024: Karachi-Kabul via Torkham 0.45 / 0.60, Karachi-Kandahar via
#     Chaman 0.50 / 0.70, Karachi-Jalalabad 0.45 / 0.55, Peshawar-Kabul
#     0.25 / 0.30. Claims in 2024 by cause: theft and pilferage 41 %, delay
#     and spoilage 33 %, road accidents 26 %.

HELDOUT9 = []


def doc(name, text, labels=(), control_type=None):
    HELDOUT9.append({"name": name, "text": text.strip() + "\n", "labels": list(labels),
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

doc("logistics_cluster_shelter_table_note", """
# Logistics Cluster Update: Cross-Border Relief Cargo, Q1 2025

*In the style of a humanitarian logistics cluster update for partners moving relief supplies from Pakistan into eastern Afghanistan. Tonnages come from partners' consignment reports for cargo cleared at Torkham; Q4 2024 is October–December 2024 and Q1 2025 is January–March 2025.*

**Situation.** Partners moved 6,620 tonnes of relief cargo through Torkham in the first quarter of 2025, against 6,220 tonnes in the last quarter of 2024. Most of it was food for families who have come back from Pakistan and are staying with relatives in Nangarhar and Kunar. The number of relief trucks dipped in February, when the crossing was shut for several days, and rose again in March.

**Common services.** The shared warehouse in Jalalabad stayed close to full for most of the quarter. Partners are asked to book space at least a week ahead and to collect their stock within ten days of arrival, so that incoming convoys are not turned away at the gate.

Table 1: Relief cargo cleared at Torkham by sector, tonnes

| Sector | Q4 2024 | Q1 2025 | Change (%) |
|---|---|---|---|
| Food | 4,100 | 4,820 | 17.6 |
| Shelter and non-food items | 1,480 | 1,150 | -22.3 |
| Water, sanitation and hygiene | 390 | 430 | 10.3 |
| Health | 250 | 220 | -12.0 |
| Total | 6,220 | 6,620 | 6.4 |

*Note to Table 1: shelter and non-food items came to 1,510 tonnes in Q1 2025, most of it winter tents and blankets ordered before the cold season ended; several partners have since cancelled further orders.*

**Next steps.** The cluster will publish a revised convoy calendar for April and will hold its monthly coordination call on the second Tuesday. Partners planning large food consignments should share their loading plans with the cluster coordinator beforehand.
""", [{
    "kind": "text_vs_table",
    "quotes": ["shelter and non-food items came to 1,510 tonnes in Q1 2025",
               "| Shelter and non-food items | 1,480 | 1,150 | -22.3 |"],
    "explanation": "The note under Table 1 puts shelter and non-food cargo in Q1 2025 at 1,510 tonnes; the table gives 1,150 for the same sector and quarter (its column adds up to the 6,620 total with 1,150). The note sits under the very table it contradicts.",
    "expected_values": {"text_value": 1510, "table_value": 1150, "unit": "tonnes",
                        "subject": "relief cargo via Torkham, shelter and non-food items",
                        "period": "Q1 2025", "location": "note under the table", "table_form": "pipe"},
}])

_INS = pdf_table([
    ["Route", "2023", "2024", "Change (pp)"],
    ["Karachi–Kabul via Torkham", "0.45", "0.60", "+0.15"],
    ["Karachi–Kandahar via Chaman", "0.50", "0.70", "+0.20"],
    ["Karachi–Jalalabad", "0.45", "0.55", "+0.10"],
    ["Peshawar–Kabul", "0.25", "0.30", "+0.05"],
])
_INS_T = "\n".join(_INS)

doc("insurance_note_torkham_premium", f"""
# Market Note: Cargo Insurance on the Afghan Road Routes

*In the style of a note from a Karachi insurance broker to cargo-owning clients. Rates are marine cargo premiums for a single road shipment, as a percentage of insured value, averaged over the broker's placements in each year; they include the strikes, riots and civil commotion extension.*

**Summary.** Underwriters raised premiums for road cargo from Pakistan into Afghanistan on all four routes we place in 2024. They point to longer waits at the border, the closures of Torkham and Chaman, and a run of theft claims from trucks parked outside the terminals. The largest increase, twenty basis points, was on the Chaman route; the smallest was on the short Peshawar–Kabul run.

**What it costs.** The premium on the main Karachi–Kabul route through Torkham is now 0.65 percent, so a client shipping goods insured at USD 100,000 should budget for a premium of several hundred dollars per truck, before stamp duty and the broker's fee.

Premium rates by route, percent of insured value

{_INS_T}

**Our advice.** Clients should declare the full value of cargo, including freight, because underwriters now reduce claims in proportion when goods are under-insured. Seals should be photographed at loading and again at the border, and drivers should not leave trucks unattended outside the customs area. We expect rates to stay firm until waiting times at the crossings come down, and we will write to clients again before policies renew in July.
""", [{
    "kind": "text_vs_table",
    "quotes": ["The premium on the main Karachi–Kabul route through Torkham is now 0.65 percent", _INS[1]],
    "explanation": "The text gives the 2024 premium on the Karachi–Kabul route through Torkham as 0.65 percent of insured value; the PDF-extracted rate table gives 0.60 for the same route and year (and its change column, +0.15 on 0.45, agrees with 0.60).",
    "expected_values": {"text_value": 0.65, "table_value": 0.6, "unit": "percent of insured value",
                        "subject": "cargo insurance premium, Karachi–Kabul via Torkham", "period": "2024",
                        "table_form": "pdf_text"},
}])

doc("court_summary_petitions_held", """
# Case Note: Consolidated Petitions against Removal Orders

*Prepared for a legal aid organisation's newsletter, in the style of a law report's case note on a judgment of the Peshawar High Court. Names of petitioners are withheld. Figures are as stated in the judgment.*

**Facts.** In the course of 2024, 214 petitions were filed before the Court challenging orders for the detention and removal of Afghan nationals living in Khyber Pakhtunkhwa. The petitioners included holders of Proof of Registration cards, holders of Afghan Citizen Cards, and persons who had applied for visas to third countries and were awaiting decisions. Most had been arrested during checks in Peshawar, Nowshera and Mardan and held at a holding centre before removal through Torkham.

**Issues.** (i) Whether a person holding a valid registration card may be detained for removal without an individual order. (ii) Whether the authorities must consider a pending visa application before removal. (iii) Whether detention beyond the period needed to arrange removal is lawful.

**Held.** The Court allowed 61 of the 241 petitions, set aside the removal orders in those cases and directed the release of the petitioners who were still in custody. It held that a valid registration card protects its holder until the card expires or is lawfully cancelled, and that each removal requires an order that states reasons. The remaining petitions were dismissed, mostly because the petitioners held no document or had already left the country.

**Comment.** The judgment does not question the government's power to remove foreigners who lack lawful status. It insists on process: an individual order, reasons, and a record that a pending application was considered. Lawyers in Quetta expect similar petitions to be filed before the Balochistan High Court.
""", [{
    "kind": "text_vs_table",
    "quotes": ["214 petitions were filed before the Court", "The Court allowed 61 of the 241 petitions"],
    "explanation": "The facts section of the case note says 214 petitions were filed in 2024; the 'held' section says the Court allowed 61 of 241 petitions. The same set of petitions is given two values in two sections; there is no table.",
    "expected_values": {"facts_value": 214, "held_value": 241, "unit": "petitions",
                        "subject": "petitions against removal orders, Peshawar High Court", "period": "2024",
                        "location": "facts section against held section"},
}])

doc("whatsapp_agents_clearance_hours", """
# Torkham Customs Agents Group: Bulletin of 3 March 2025 (transcribed)

*Transcript of messages posted in a WhatsApp group of licensed customs agents working at Torkham, in the style of such a group's daily bulletin. Names are shortened, emojis and voice notes are left out, and times are Pakistan time.*

[08:42] Admin (Shinwari): Assalam o alaikum all. Collectorate numbers for Feb are out. Torkham avg clearance per export truck to Afg: 44 hrs in Feb vs 38 hrs in Jan. Chaman colleagues report 33 hrs vs 29 hrs.

[08:57] Faheem CHA: Thanks. GDs filed for Afg exports at Torkham: Jan 1,910, Feb 1,760. Feb lower because of the closure in the second week.

[09:20] Naveed: Anyone else stuck on PSW? My GD has been pending since last night.

[09:31] Admin (Shinwari): PSW is working on our side, try logging out and in. Reminder: scanning is compulsory for all fruit consignments from Saturday.

[10:14] Gul Khan: Detention still USD 120 a day after the free period, confirmed with the terminal office this morning.

[11:05] Imran Bhai: For the association meeting tomorrow: Torkham clearance was 36 hrs avg in Jan, we must tell the Collector it gets worse every month.

[11:12] Admin (Shinwari): Noted. Meeting at 3 pm in the association office, Landi Kotal. Bring your own figures for delays and the receipts for any unofficial charges.
""", [{
    "kind": "text_vs_table",
    "quotes": ["44 hrs in Feb vs 38 hrs in Jan", "Torkham clearance was 36 hrs avg in Jan"],
    "explanation": "The admin's 08:42 message gives the average clearance time per export truck at Torkham in January 2025 as 38 hours; a later message at 11:05 gives 36 hours for the same crossing and month. Two messages in the same transcript disagree; there is no table.",
    "expected_values": {"first_message_value": 38, "later_message_value": 36, "unit": "hours per truck",
                        "subject": "average customs clearance time, Torkham exports", "period": "Jan 2025",
                        "location": "two chat messages"},
}])

doc("journalist_factsheet_did_you_know", """
# Fact Sheet for Journalists: Pakistan–Afghanistan Trade at a Glance

*Prepared in the style of a media resource centre's fact sheet for reporters covering the western border. Trade figures are calendar years in millions of US dollars, compiled from customs records and rounded; "exports" are Pakistan's exports to Afghanistan.*

**Why it matters.** Trade across Torkham, Chaman and the smaller crossings supports transport firms, clearing agents and farmers on both sides. When the border shuts, the effect is felt within days in the prices of flour in Kabul and of fruit in Peshawar.

Table: Pakistan–Afghanistan trade, USD million

| Year | Exports | Imports | Total | Balance |
|---|---|---|---|---|
| 2021 | 828 | 552 | 1,380 | 276 |
| 2022 | 936 | 741 | 1,677 | 195 |
| 2023 | 1,012 | 690 | 1,702 | 322 |
| 2024 | 884 | 540 | 1,424 | 344 |

**Did you know?** In 2022 Pakistan sold 963 million US dollars' worth of goods to Afghanistan and bought 741 million dollars' worth, leaving the smallest surplus of the four years shown.

**Tips for reporters.**

- Say which way a flow runs: "exports to Afghanistan" and "imports from Afghanistan" are easily confused in copy.
- Calendar years and Pakistan's July–June fiscal years give different totals; say which one you use.
- Afghan figures are usually in afghanis and by solar year, so they will not match Pakistani customs data exactly.
- Check whether a figure includes transit cargo, which crosses Pakistan but is not part of bilateral trade.

**Contacts.** The resource centre can put reporters in touch with traders' associations in Peshawar and Quetta and with economists who follow the border trade.
""", [{
    "kind": "text_vs_table",
    "quotes": ["In 2022 Pakistan sold 963 million US dollars' worth of goods to Afghanistan",
               "| 2022 | 936 | 741 | 1,677 | 195 |"],
    "explanation": "The 'Did you know?' box puts Pakistan's exports to Afghanistan in 2022 at 963 million US dollars; the table gives 936 for the same year (the reference series value, consistent with the 1,677 total and 195 balance in the same row).",
    "expected_values": {"text_value": 963, "table_value": 936, "unit": "USD million",
                        "text_as_written": "963 million US dollars",
                        "subject": "PAK→AFG exports", "period": "2022",
                        "location": "'Did you know?' box", "table_form": "pipe"},
}])

doc("kp_health_bulletin_ptp_headline", """
# Polio Eradication: Permanent Transit Point Bulletin, January–March 2025

*Bulletin No. 4/2025 of the Emergency Operations Centre for Polio Eradication, Health Department, Government of Khyber Pakhtunkhwa, in the style of a provincial health bulletin. Figures are children under five vaccinated with oral polio vaccine at the permanent transit points (PTPs) on the Afghan border.*

**Headline.** The Torkham PTP vaccinated more than 214,000 children under five in the first quarter of 2025, the highest quarterly figure since the transit point opened, as families returning to Afghanistan crossed in larger numbers.

**Coverage at the border.** Every child under five crossing in either direction is offered a dose, whatever the family's nationality or documents. Teams work in three shifts at Torkham and in two shifts at Ghulam Khan, where traffic is lighter and the crossing closes at dusk.

Table 1. Children vaccinated at PTPs in Khyber Pakhtunkhwa

| Transit point | Q4 2024 | Q1 2025 | Change (%) |
|---|---|---|---|
| Torkham | 196,000 | 212,400 | 8.4 |
| Ghulam Khan | 12,800 | 14,100 | 10.2 |
| Total | 208,800 | 226,500 | 8.5 |

**Environmental surveillance.** Sewage samples from Peshawar and Khyber continued to test positive for wild poliovirus type 1 in some weeks, which shows that the virus still circulates even where few cases are reported. The Health Department urges parents to accept the vaccine at every campaign.

**Coordination.** Vaccination records at Torkham are shared each week with the Afghan health authorities in Nangarhar so that children who have crossed can be followed up in their new place of residence.
""", [{
    "kind": "text_vs_table",
    "quotes": ["The Torkham PTP vaccinated more than 214,000 children under five in the first quarter of 2025",
               "| Torkham | 196,000 | 212,400 | 8.4 |"],
    "explanation": "The headline says the Torkham transit point vaccinated 'more than 214,000' children in Q1 2025; Table 1 gives 212,400 for the same point and quarter, which the total (226,500) and the change column (8.4 percent on 196,000) confirm. The hedge 'more than' does not cover a figure below the stated floor.",
    "expected_values": {"text_value": 214000, "table_value": 212400, "unit": "children vaccinated",
                        "text_as_written": "more than 214,000", "stated_hedge": "more than",
                        "subject": "polio vaccination at the Torkham transit point", "period": "Q1 2025",
                        "location": "headline", "table_form": "pipe"},
}])

# =================================================================== arithmetic

doc("jirga_communique_closure_days", """
# Communiqué of the Grand Jirga of Traders and Elders on the Border Crossings

*Issued at Landi Kotal after a jirga of tribal elders from Khyber and Mohmand, representatives of traders' and transporters' associations, and guests from Nangarhar. In the style of a jirga communiqué, translated from Pashto.*

The jirga met for two days under the chairmanship of the senior elders of the Shinwari and Afridi tribes. More than four hundred people attended. Speakers described how the closures of the crossings in 2024 left fruit rotting in trucks, kept labourers from their wages and separated families who live on both sides.

The jirga heard that Torkham was closed for forty-six days in 2024 and Chaman for thirty-one days, eighty-seven days of closure in all, during which traders on both sides paid for idle trucks, spoiled goods and storage.

The elders recalled that the people of this region have traded across the mountains since long before any border was drawn, and that the livelihood of tens of thousands of families depends on the crossings staying open.

**Resolutions.** The jirga resolved:

1. That the two governments should not close the crossings over disputes that can be settled by talks, and should give traders at least three days' notice of any closure.
2. That a standing committee of elders from both sides should be formed to help settle incidents at the crossings before they lead to closures.
3. That perishable goods should be allowed to cross even when the crossing is closed to other traffic.
4. That labourers and patients who cross every day should be given a simple permit.

The jirga thanked the hosts for their hospitality and agreed to meet again in Jalalabad in the autumn.
""", [{
    "kind": "arithmetic",
    "quotes": ["Torkham was closed for forty-six days in 2024 and Chaman for thirty-one days, eighty-seven days of closure in all"],
    "explanation": "Forty-six days at Torkham and thirty-one at Chaman make seventy-seven days, not the eighty-seven given as the total in the same sentence. The figures are written in words.",
    "expected_values": {"parts": {"Torkham": 46, "Chaman": 31}, "sum_of_parts": 77, "stated_total": 87,
                        "difference": 10, "unit": "days closed", "period": "2024",
                        "as_written": {"stated_total": "eighty-seven"}},
}])

doc("students_union_province_total", """
# Statement of the Afghan Students' Union in Pakistan on Visas and Enrolment

*Issued by the executive committee of a union of Afghan students at Pakistani universities, in the style of a students' union statement. The enrolment figures were compiled by the union's chapters from university admission offices.*

The Afghan Students' Union is deeply concerned by the fall in the number of Afghan students at Pakistani universities. Many of our members came to Pakistan because universities at home are closed to women or lack the programmes they need, and because Pakistani degrees are respected across the region.

Since the beginning of the 2024-25 academic year, dozens of students have been unable to return to their studies because their visas were not renewed in time. Others have been asked to pay fees as foreign students although they grew up in Pakistan. Some of our sisters have lost their places because they could not travel without a male relative.

Table: Afghan students enrolled at Pakistani universities, by province

| Province | 2023-24 | 2024-25 |
|---|---|---|
| Khyber Pakhtunkhwa | 2,790 | 2,310 |
| Punjab | 1,680 | 1,420 |
| Islamabad | 1,010 | 860 |
| Balochistan | 480 | 390 |
| Sindh | 280 | 200 |
| Total | 6,240 | 5,280 |

We ask the Government of Pakistan:

- to issue study visas for the full length of a degree programme rather than for one year at a time;
- to let Afghan students who hold a scholarship pay local fees;
- to allow students to return to their universities while their visa applications are pending.

We thank the Pakistani universities, teachers and classmates who have stood by us. Education is the best investment the two neighbours can make in each other.
""", [{
    "kind": "arithmetic",
    "quotes": ["| Total | 6,240 | 5,280 |"],
    "explanation": "The 2024-25 column adds up to 5,180 (2,310 + 1,420 + 860 + 390 + 200), not the 5,280 in the total row; the 2023-24 column adds up correctly to 6,240.",
    "expected_values": {"parts": {"Khyber Pakhtunkhwa": 2310, "Punjab": 1420, "Islamabad": 860,
                                  "Balochistan": 390, "Sindh": 200},
                        "sum_of_parts": 5180, "stated_total": 5280, "difference": 100,
                        "unit": "students", "period": "2024-25", "table_form": "pipe"},
}])

doc("transporters_presser_freight_jump", """
# Press Conference of the Goods Transporters' Association, Peshawar Press Club (transcript)

*Edited transcript of a press conference by the office-bearers of a goods transporters' association, in the style of such a transcript. Questions from reporters are marked Q.*

**President:** Thank you for coming. Our members carry most of the goods that go from Karachi to Afghanistan by road, and we want to explain why freight has become so expensive and why our trucks stand idle. The border is shut without notice, drivers wait for days, and the detention charges fall on us, not on the exporter.

**General Secretary:** In January last year a trader paid about twenty-nine hundred dollars to move a forty-foot container from Karachi to Kabul through Torkham. This January he paid thirty-four hundred dollars, a jump of 27 percent in one year. On the Chaman route the increase was similar. Most of this is not our profit. It is fuel, tolls, the time trucks spend at the border and the charges at the terminal.

**Q:** Are transporters leaving the trade?

**President:** Yes. Many members have sold their trucks or moved them to routes inside Pakistan, where at least a truck returns in a week. Young drivers do not want to spend ten days in a queue at Torkham with no food or toilets.

**Q:** What do you want from the government?

**General Secretary:** Three things. Advance notice of closures, a proper parking area with facilities at the border, and a single office to settle detention charges so that drivers are not made to pay twice.

**President:** We are not against security checks. We ask only that the border be managed so that legitimate trade can go on. Thank you.
""", [{
    "kind": "arithmetic",
    "quotes": ["This January he paid thirty-four hundred dollars, a jump of 27 percent in one year"],
    "explanation": "From about USD 2,900 to USD 3,400 per 40ft container is a rise of 17.2 percent, not 27 percent. Both amounts are spoken as 'hundreds of dollars' in a transcript.",
    "expected_values": {"from": 2900, "to": 3400, "computed_change_pct": 17.24, "stated_change_pct": 27,
                        "unit": "USD per 40ft container", "subject": "road freight Karachi–Kabul via Torkham",
                        "from_period": "Jan 2024", "to_period": "Jan 2025",
                        "as_written": {"to": "thirty-four hundred dollars"}},
}])

doc("bank_client_note_surplus_bn", """
# Client Note: Financing Trade with Afghanistan in FY2025

*Trade-finance desk of a Pakistani commercial bank, in the style of a note to corporate clients. Trade values are from customs data for Pakistan's fiscal year (July–June) and are given in billions of US dollars to three decimals; bank figures are from our own book.*

**The year in brief.** Exports to Afghanistan came to USD 0.893bn in FY2025 and imports from Afghanistan to USD 0.498bn, leaving Pakistan with a surplus of USD 0.405bn on the bilateral account. Exporters of rice and medicines did well; flour and cement exporters lost market share.

**How trade is settled.** Most trade with Afghanistan is still settled outside the banking system. Letters of credit are rarely used, because Afghan banks cannot confirm them and correspondent banks abroad are reluctant to handle Afghan risk. Exporters who register their contracts with us receive proceeds as advance payment or on an open account, and we remind clients that export proceeds must be realised within the period set by the State Bank.

**Barter.** The barter mechanism introduced in 2023 allows exporters to pay for imports from Afghanistan with goods. Uptake has been slow, because matching a buyer and a seller whose trades are of equal value is hard. We can help clients identify counterparties.

**Risks to watch.**

- Sudden closures of Torkham and Chaman, which delay shipments and therefore payment.
- Sanctions screening: some Afghan counterparties or their owners may be listed.
- Currency: the afghani has been stable, but payments in cash carry their own risks.

Our relationship managers are available to discuss structures for clients who want to grow their Afghan business safely.
""", [{
    "kind": "arithmetic",
    "quotes": ["leaving Pakistan with a surplus of USD 0.405bn on the bilateral account"],
    "explanation": "Exports of USD 0.893bn less imports of USD 0.498bn give a surplus of USD 0.395bn (the FY2025 figure in the other sets), not USD 0.405bn. Amounts are written in billions to three decimals.",
    "expected_values": {"exports": 893, "imports": 498, "computed_balance": 395, "stated_balance": 405,
                        "unit": "USD million", "period": "FY2025",
                        "as_written": {"stated_balance": "USD 0.405bn"}},
}])

doc("insurance_note_claims_shares", """
# Market Note: Claims on Afghan Transit Cargo in 2024

*In the style of a Karachi insurance broker's note to clients and underwriters. Figures are shares of the number of cargo claims notified to the broker in 2024 on road shipments from Pakistan to Afghanistan.*

**Claims rose again.** The number of claims on road cargo bound for Afghanistan was higher in 2024 than in any year since we began placing this business. Most claims are small, but they take a long time to settle because surveyors cannot easily reach goods that are held at the border or already in Afghanistan.

**What went wrong.** Theft and pilferage accounted for 41 percent of claims, delay and spoilage for 38 percent and road accidents for 29 percent. Thefts usually happen while trucks are parked outside the terminals at night; spoilage claims come mostly from fruit and vegetables held during closures.

**Why it matters for rates.** Underwriters have responded by raising premiums on all routes and by excluding losses caused by delay unless the client buys an extension. Some have added a deductible of a fixed amount per truck.

**What clients can do.**

- Use sealed containers where possible, and record seal numbers at loading and at the border.
- Avoid sending perishable goods when a closure is likely, and buy the delay extension when you must.
- Report losses at once: late notice is the commonest reason a claim is reduced.

We will continue to press underwriters for faster settlement and for surveyors on the Afghan side. Clients who want to review their cover before renewal should contact their account executive.
""", [{
    "kind": "arithmetic",
    "quotes": ["Theft and pilferage accounted for 41 percent of claims, delay and spoilage for 38 percent and road accidents for 29 percent"],
    "explanation": "The three causes are presented as shares of all claims, but 41 + 38 + 29 = 108 percent.",
    "expected_values": {"shares_pct": {"theft and pilferage": 41, "delay and spoilage": 38, "road accidents": 29},
                        "sum_pct": 108, "unit": "percent of claims", "period": "2024"},
}])

doc("security_council_briefing_returns_fold", """
# Briefing to the Security Council on the Situation in Afghanistan (excerpt)

*Excerpt from a briefing by a senior UN official to a Council meeting, in the style of such a briefing. The speaker's section on returns from neighbouring countries is reproduced.*

Madam President, members of the Council,

Let me turn to the movement of people across Afghanistan's borders. Afghanistan continues to receive large numbers of its citizens from Pakistan, many of whom have lived outside the country for decades and some of whom have never lived in it at all.

In the first half of this year, some 320,000 people returned from Pakistan. About 141,000 crossed in the first quarter and 179,000 in the second, so arrivals in the second quarter were 1.6 times those of the first. The pace quickened after the deadline for holders of some documents to leave Pakistan passed.

Most of those who return arrive with few possessions. They need shelter, food and cash in the first weeks, and then jobs, schooling for their children and, for women, a way to earn a living in a country where work outside the home is now heavily restricted. Humanitarian partners at Torkham and Spin Boldak are doing what they can, but funding covers only a fraction of the need.

I encourage the Governments of Pakistan and Afghanistan to continue their dialogue on the timing and conditions of returns, and to ensure that returns are gradual, voluntary and dignified. I also urge donors to support the communities in eastern and southern Afghanistan that receive returnees, so that their arrival does not add to tensions over land, water and jobs.

Thank you, Madam President.
""", [{
    "kind": "arithmetic",
    "quotes": ["so arrivals in the second quarter were 1.6 times those of the first"],
    "explanation": "179,000 against 141,000 is 1.27 times (a rise of 27.0 percent), not 1.6 times (60 percent).",
    "expected_values": {"from": 141000, "to": 179000, "computed_change_pct": 26.95, "stated_change_pct": 60,
                        "stated_fold": 1.6, "unit": "persons returned", "subject": "returns from Pakistan",
                        "from_period": "Q1 2025", "to_period": "Q2 2025"},
}])

# =================================================================== garbled

_FWD = "Transit boxes cleared at Torkham in FY25: 31,200, down from 52,000 in FY24."

doc("whatsapp_agents_forwarded_twice", f"""
# Torkham Customs Agents Group: Bulletin of 14 July 2025 (transcribed)

*Transcript of messages posted in a WhatsApp group of licensed customs agents working at Torkham, in the style of such a group's daily bulletin. Names are shortened, stickers and voice notes are left out, and times are Pakistan time.*

[09:05] Admin (Shinwari): Good morning all. Collectorate has shared the year-end numbers for transit cargo, pasting below for those not on the email list.

[09:06] Admin (Shinwari): *Forwarded* {_FWD} {_FWD} Most of the drop is on the Karachi–Torkham leg; importers in Kabul are using the Iranian ports and the northern rail link instead.

[09:14] Faheem CHA: That is a big fall. Our office did half the transit GDs it did two years ago.

[09:22] Naveed: Bonded carriers are also complaining. Tracker fees went up in June and nobody informed us.

[09:40] Gul Khan: Transit guarantee rules changing from 1 August, insurance guarantee will be accepted in place of bank guarantee for some carriers. Details from the Collectorate awaited.

[10:02] Admin (Shinwari): Please do not share the Collectorate's letters outside the group until they are public. Members with questions on the new guarantee rules can send them to me and I will put them to the Deputy Collector on Wednesday.

[10:15] Imran Bhai: Jazakallah. Also please remind everyone that the association fee for the year is due by the end of the month.
""", [{
    "kind": "garbled",
    "quotes": [f"{_FWD} {_FWD}"],
    "explanation": "A forwarded message repeats the same sentence word for word (transit containers cleared at Torkham in FY2025 and FY2024). The quote covers both copies.",
    "expected_values": {"repeated_sentence": _FWD, "occurrences": 2, "location": "forwarded chat message"},
}])

doc("book_review_backwards_years", """
# Review: *Gates of the Frontier: Trade and Power on the Pakistan–Afghanistan Border*

*A review written in the style of an academic journal's book review section. The book is an imagined monograph by a historian of South and Central Asia; page references are to the hardback edition.*

This ambitious book sets out to explain why the trade between Pakistan and Afghanistan, which geography should make easy, has been so difficult for so long. Its author combines archival work on the colonial frontier with interviews with traders, transporters and customs officials in Peshawar, Quetta, Jalalabad and Kandahar, and the result is a rich, if uneven, account.

The first three chapters are the strongest. They trace how the routes through the Khyber and Bolan passes were taxed and policed under British rule and after 1947, and show how the transit arrangements agreed in 1965 and revised in 2010 have been used by both governments as bargaining chips.

Chapter 6 deals with the recent past. The author argues that from 2024 to 2019 Pakistan's exports to Afghanistan fell from USD 1.29 billion to USD 884 million, and that the decline owes more to repeated closures and to Afghan buyers turning to Central Asian suppliers than to the change of government in Kabul. The argument is plausible, but the chapter leans heavily on interviews and would have benefited from a closer reading of the customs data.

The book's weaknesses are mostly of organisation. The chapters on the 1980s and 1990s repeat material from earlier ones, and the maps are too small to read. A glossary of local terms would have helped readers who do not know Pashto.

These are minor complaints. *Gates of the Frontier* will be essential reading for students of the region and for anyone who wants to understand why the border matters so much to those who live along it.
""", [{
    "kind": "garbled",
    "quotes": ["from 2024 to 2019 Pakistan's exports to Afghanistan fell from USD 1.29 billion to USD 884 million"],
    "explanation": "The period runs backwards: the values belong to 2019 (USD 1,290 million) and 2024 (USD 884 million), but the sentence says 'from 2024 to 2019'.",
    "expected_values": {"stated_period_start": "2024", "stated_period_end": "2019",
                        "subject": "PAK→AFG exports", "location": "reviewer's summary of a chapter"},
}])

doc("returns_factsheet_same_quarter", """
# Fact Sheet for Journalists: Returns from Pakistan to Afghanistan

*Prepared in the style of a media resource centre's fact sheet for reporters. Figures for returns count people crossing from Pakistan into Afghanistan with the intention of staying, as compiled from border monitoring by humanitarian agencies; they are rounded to the nearest thousand.*

**The numbers.** About 676,000 people returned from Pakistan to Afghanistan in 2024. Some 412,000 crossed at Torkham, 231,000 at Spin Boldak–Chaman and 33,000 at other crossings. In 2025 the pace quickened: returns went from 141,000 in the March quarter of 2025 to 141,000 in the March quarter of 2025, and the total for the first half of the year reached 320,000.

**Who is returning.** Returnees include families who had lived in Pakistan for decades, young men who went for work, and people who were arrested and removed. Many children among them were born in Pakistan and speak Urdu better than Dari or Pashto.

**Words to use with care.**

- "Returnee" covers people who chose to leave and people who were removed; say which you mean when you know.
- "Deportation" is a legal act; use it only when someone was removed under an order.
- "Refugee" has a legal meaning; not everyone who returns was registered as a refugee.

**Where to find people to interview.** Transit centres near Torkham and Spin Boldak receive returnees on the Afghan side. On the Pakistani side, lawyers who represent Afghan families in Peshawar and Quetta can explain the legal situation.

**Pitfalls.** Daily figures change quickly and are often revised. Say what period your figure covers and who collected it, and avoid adding figures from different sources together.
""", [{
    "kind": "garbled",
    "quotes": ["returns went from 141,000 in the March quarter of 2025 to 141,000 in the March quarter of 2025"],
    "explanation": "A change is described whose start and end are the same value and the same period (the March quarter, i.e. January–March 2025). The sentence was meant to compare the March and June quarters (141,000 and 179,000).",
    "expected_values": {"start_value": 141000, "end_value": 141000, "start_period": "Q1 2025",
                        "end_period": "Q1 2025", "period_as_written": "the March quarter of 2025",
                        "subject": "returns from Pakistan"},
}])

doc("court_summary_dates_backwards", """
# Case Note: Detention of Registration Card Holders before Removal

*Prepared for a legal aid organisation's newsletter, in the style of a law report's case note on a judgment of the Peshawar High Court. Dates are written day.month.year as in the judgment; names are withheld.*

**Background.** The petitioner, an Afghan national born in Peshawar, held a Proof of Registration card valid until 30.06.2025. He was arrested at a police check in Hayatabad and held at a holding centre for removal under the drive that the provincial authorities ran from 31.12.2024 to 01.11.2023 against foreigners without valid documents.

**Arguments.** Counsel for the petitioner argued that his card was valid on the day of arrest, that the removal drive applied only to persons without documents, and that no individual order had been made. The provincial government argued that the card had been cancelled by a notification and that the petitioner had not produced it at the check.

**Decision.** The Court found no notification cancelling cards of the petitioner's category in force on the date of arrest. It held that the police must check the national database before detaining a person who claims to hold a card, and that a person who produces a valid card within a reasonable time must be released. The petition was allowed and the petitioner was released the same day.

**Significance.** The judgment is short but useful. It confirms that the burden is on the authorities to check registration, and it gives lawyers a clear basis for urgent petitions when card holders are detained.

**Practice point.** Lawyers should attach a copy of the card and a printout of its status to the petition, and should ask the Court for an order to produce the detainee at the first hearing.
""", [{
    "kind": "garbled",
    "quotes": ["from 31.12.2024 to 01.11.2023"],
    "explanation": "The period of the removal drive runs backwards: it is written as running from 31 December 2024 to 1 November 2023. The dates are in day.month.year form with dots.",
    "expected_values": {"stated_period_start": "31/12/2024", "stated_period_end": "01/11/2023",
                        "as_written": {"stated_period_start": "31.12.2024", "stated_period_end": "01.11.2023"},
                        "subject": "removal drive", "location": "background section"},
}])

doc("jirga_communique_solar_months", """
# Declaration of the Joint Jirga of Elders of Nangarhar and Khyber

*Issued at Torkham after a joint jirga of elders and traders from both sides of the crossing, in the style of a jirga declaration. Dates follow the solar calendar used in Afghanistan; the text is translated from Pashto.*

The elders of Nangarhar and Khyber met in the shade of the customs building on both sides of the gate, as our fathers met before us, to speak about the crossing that feeds our families. Elders, traders, transporters, labourers and representatives of the women of both valleys took part.

Between Hamal 1404 and Jaddi 1403 the crossing was closed three times, and each time the traders of both sides lost goods and the labourers lost their wages. Patients going to hospitals in Peshawar were turned back at the gate, and families were kept from weddings and funerals.

The elders agreed that the quarrels that closed the crossing were small, and that they could have been settled in a day if the people of the border had been asked. The closures did not punish those who caused the quarrels. They punished the poor.

**The jirga declares:**

1. That a council of twelve elders, six from each side, shall meet each month at the crossing and shall be called at once when an incident occurs.
2. That the council shall ask both governments to keep the gate open to patients, students and perishable goods at all times.
3. That the traders of both sides shall not raise prices on the day of a closure.
4. That the jirga shall meet again after the harvest.

May God keep peace between our peoples.
""", [{
    "kind": "garbled",
    "quotes": ["Between Hamal 1404 and Jaddi 1403"],
    "explanation": "The period runs backwards: Hamal 1404 (from 21 March 2025) comes after Jaddi 1403 (from late December 2024). The months are written in the Afghan solar calendar.",
    "expected_values": {"stated_period_start": "Mar 2025", "stated_period_end": "Dec 2024",
                        "as_written": {"stated_period_start": "Hamal 1404", "stated_period_end": "Jaddi 1403"},
                        "calendar": "Solar Hijri months", "subject": "closures of Torkham"},
}])

doc("balochistan_health_bulletin_same_quarter", """
# Polio Eradication: Chaman Transit Point Bulletin, January–March 2025

*Bulletin of the Emergency Operations Centre for Polio Eradication, Health Department, Government of Balochistan, in the style of a provincial health bulletin. Figures are children under five vaccinated at the permanent transit point (PTP) at Chaman.*

**Headline.** Vaccinations at the Chaman PTP fell from 151,200 in Q4 2024 to 151,200 in Q4 2024, as the crossing was closed for several days in January and fewer families travelled during the coldest weeks.

**Teams and shifts.** Twelve vaccination teams worked at the Chaman PTP in two shifts, one of them staffed by women so that mothers could be approached more easily. Teams also visited the waiting areas where trucks and buses queue before the gate.

**Surveillance.** Environmental samples from Quetta, Pishin and Killa Abdullah continued to show wild poliovirus in some weeks of the quarter. Cases of acute flaccid paralysis reported from the border districts are investigated within forty-eight hours.

**Challenges.**

- Some families refused the vaccine because they had already been vaccinated on the other side of the border; teams explain that extra doses are safe.
- Power cuts disrupted the cold chain at the transit point twice; the vaccine was moved to a backup refrigerator each time.
- Teams are sometimes moved away from the gate during security alerts.

**Coordination.** Records from Chaman are shared each week with the health authorities in Kandahar so that children who cross can be reached by the campaigns on the other side. The next round of the provincial campaign starts in April.
""", [{
    "kind": "garbled",
    "quotes": ["fell from 151,200 in Q4 2024 to 151,200 in Q4 2024"],
    "explanation": "A fall is described whose start and end are the same value and the same quarter. The Q1 2025 value (138,600) was meant.",
    "expected_values": {"start_value": 151200, "end_value": 151200, "start_period": "Q4 2024",
                        "end_period": "Q4 2024", "subject": "polio vaccination at the Chaman transit point",
                        "location": "headline"},
}])

# =================================================================== number_reuse

doc("bank_client_note_imports_reuse", """
# Client Note: Where Pakistan's Afghan Trade Stood at the End of FY2025

*Trade-finance desk of a Pakistani commercial bank, in the style of a short note to corporate clients. Figures are from customs data for Pakistan's fiscal year, July 2024 to June 2025, in US dollars; bank figures are from our own book.*

**Headline numbers.** Exports to Afghanistan came to US$893mn in FY2025, down from US$956mn a year earlier. Pakistan's surplus on its trade with Afghanistan came to US$395mn. Imports from Afghanistan, at US$395mn, were mostly coal, fresh and dried fruit, vegetables and cotton.

**Our book.** Clients registered 4,310 export contracts for Afghanistan with us in FY2025, against 4,820 in FY2024. Most were for rice, medicines and packaged food, and almost all were paid in advance. We expect the number to stabilise in FY2026 as exporters adjust to the new duty on some processed foods in Afghanistan.

**Payment channels.** Advance payment remains the safest structure for exporters. Open-account sales should be limited to buyers with a long record, and exporters should insist on payment through the banking channel so that proceeds can be realised and certified. We do not recommend accepting payment through hawala brokers, which exposes exporters to regulatory risk.

**Coal importers.** Cement and power companies that buy Afghan coal should note that some suppliers now ask for payment in US dollars in cash at the border. We can arrange payment to a supplier's account in a third country where the supplier has one, subject to screening.

Relationship managers will be glad to review clients' Afghan trade structures before the new fiscal year.
""", [{
    "kind": "number_reuse",
    "quotes": ["Pakistan's surplus on its trade with Afghanistan came to US$395mn",
               "Imports from Afghanistan, at US$395mn, were mostly coal"],
    "explanation": "The same figure, US$395mn, is given for the FY2025 surplus and, one sentence later, for imports from Afghanistan. Exports of 893 and a surplus of 395 imply imports of 498, the FY2025 value in the other sets.",
    "expected_values": {"value": 395, "value_as_written": "US$395mn", "unit": "USD million",
                        "quantity_1": "PAK–AFG trade surplus, FY2025",
                        "quantity_2": "imports from Afghanistan, FY2025", "expected_value_2": 498},
}])

doc("transporters_presser_fleet_reuse", """
# Press Conference of the Goods Transporters' Association, Quetta Press Club (transcript)

*Edited transcript of a press conference held by the office-bearers of a goods transporters' association, in the style of such a transcript. Questions from reporters are marked Q.*

**Chairman:** Thank you, friends from the press. We have called you because the transport business on the Afghan routes is dying, and nobody in Islamabad seems to notice.

**Q:** How many trucks does your association have on the Afghan routes now?

**Chairman:** At the end of 2023 we had 7,400 trucks registered for the Afghan trade. At the end of 2024 we had 5,900. Those are our members' own vehicles, not the trucks of Afghan transporters who also carry goods.

**Vice Chairman:** Traffic tells the same story. The average number of trucks crossing Torkham each day fell to 820 in 2024. Our registered fleet has shrunk by 820 vehicles in a single year, and every truck that leaves the trade means a driver and a cleaner without work.

**Q:** Why are members leaving?

**Chairman:** Because a truck that goes to Kabul now takes two weeks for a round trip that used to take five days. Waiting at the border, detention charges of one hundred and twenty dollars a day after the free period, and the fear of sudden closures. A truck owner with a loan on his vehicle cannot survive on two trips a month.

**Q:** What are you asking for?

**Vice Chairman:** A dedicated lane for trucks with all documents cleared in advance, advance notice of any closure, and a waiver of detention charges during closures that are not the transporter's fault.

**Chairman:** We will give the government one month. After that we will decide our next steps with our members. Thank you.
""", [{
    "kind": "number_reuse",
    "quotes": ["trucks crossing Torkham each day fell to 820 in 2024",
               "Our registered fleet has shrunk by 820 vehicles in a single year"],
    "explanation": "820, the average number of trucks crossing Torkham per day in 2024, is reused one sentence later for the fall in the association's registered fleet, which the chairman's own figures put at 1,500 (7,400 to 5,900).",
    "expected_values": {"value": 820, "unit": "trucks",
                        "quantity_1": "trucks crossing Torkham per day, 2024 average",
                        "quantity_2": "fall in registered fleet, 2023 to 2024", "expected_value_2": 1500},
}])

doc("security_council_briefing_crossings_reuse", """
# Briefing to the Security Council: Returns and Protection in Afghanistan (excerpt)

*Excerpt from a briefing by a UN humanitarian official to a Council meeting on Afghanistan, in the style of such a briefing. Only the section on returns from Pakistan is reproduced.*

Mr. President, distinguished members of the Council,

Last year was one of the largest years of return in Afghanistan's recent history. Of the 676,000 people who returned from Pakistan in 2024, 412,000 crossed at Torkham. A further 412,000 came through Spin Boldak–Chaman, and the remainder used smaller crossings further north and south.

Behind these numbers are families who arrive at the border with a few bags, sometimes after being given only days to leave homes they had lived in for a generation. At the transit centres they receive a hot meal, a medical check, some cash and transport to their province of origin. What they need after that is much harder to provide: a place to live, work, and schools for children who have studied in Urdu.

Women and girls face particular difficulties. Many women who worked in Pakistan as teachers, health workers or in family businesses find that they cannot work in Afghanistan, and girls who were at secondary school cannot continue their studies.

I urge the Council to support three things: predictable funding for the reception of returnees at the border; investment in the provinces that receive most of them, particularly Nangarhar, Kandahar and Kabul; and continued dialogue between Pakistan and Afghanistan, so that returns take place in safety and dignity and at a pace that communities can absorb.

I thank you, Mr. President.
""", [{
    "kind": "number_reuse",
    "quotes": ["412,000 crossed at Torkham", "A further 412,000 came through Spin Boldak–Chaman"],
    "explanation": "412,000, the returns through Torkham in 2024, is reused in the next sentence for Spin Boldak–Chaman; the two alone would make 824,000, more than the 676,000 total. The Spin Boldak–Chaman figure in the other sets is 231,000.",
    "expected_values": {"value": 412000, "unit": "persons returned",
                        "quantity_1": "returns through Torkham, 2024",
                        "quantity_2": "returns through Spin Boldak–Chaman, 2024", "expected_value_2": 231000},
}])

doc("kp_health_bulletin_screening_reuse", """
# Health Screening of Returnees at Torkham: Bulletin for Epidemiological Weeks 1–13, 2025

*Bulletin of the District Health Office, Khyber, Health Department of Khyber Pakhtunkhwa, in the style of a provincial health bulletin. Figures cover the health desk at the Torkham crossing from the first to the thirteenth epidemiological week of 2025.*

**Summary.** The health desk at Torkham screened 38,400 people leaving for Afghanistan in weeks 1–13, of whom 6,900 were children under five. The desk gave 38,400 doses of measles vaccine to children under five who had no record of vaccination. Screening covers fever, cough, diarrhoea, skin infections and signs of malnutrition.

**Findings.** The commonest complaints were respiratory infections, which peaked in January, and skin infections among families who had waited several days near the crossing. Twenty-three people were referred to the hospital in Landi Kotal, most of them elderly patients with chronic conditions who had run out of medicines.

**Malnutrition.** Screening of children under five by mid-upper arm circumference found severe acute malnutrition in a small number of children, who were referred to the nutrition programme in Nangarhar through the health authorities on the Afghan side.

**Staffing and supplies.** The desk is staffed by two doctors, four nurses and two vaccinators in each shift. Stocks of oral rehydration salts ran low in March and were replenished from the district store.

**Recommendations.**

- Extend the opening hours of the health desk when numbers crossing rise.
- Provide shaded waiting areas with drinking water near the gate.
- Share screening records with the receiving health facilities in Nangarhar.
""", [{
    "kind": "number_reuse",
    "quotes": ["The health desk at Torkham screened 38,400 people leaving for Afghanistan in weeks 1–13",
               "The desk gave 38,400 doses of measles vaccine to children under five"],
    "explanation": "38,400, the number of people screened, is reused in the next sentence for measles doses given to children under five, although only 6,900 of those screened were under five.",
    "expected_values": {"value": 38400, "unit": "persons / doses",
                        "quantity_1": "returnees screened at Torkham, weeks 1–13 2025",
                        "quantity_2": "measles doses to children under five, weeks 1–13 2025",
                        "upper_bound_2": 6900},
}])

doc("court_summary_share_reuse", """
# Case Note: Removal Orders and the Right to be Heard

*Prepared for a legal aid organisation's newsletter, in the style of a law report's case note on a judgment of the Peshawar High Court that disposed of a batch of petitions filed in 2024. Names are withheld.*

**Context.** The judgment opens with the figures placed before the Court. Of the 676,000 Afghan nationals who returned from Pakistan in 2024, about 118,000, or 17.5 percent, were deported under removal orders rather than leaving of their own accord. The Court allowed 17.5 percent of the petitions before it, 61 of the 214 filed during the year, and dismissed the rest.

**Issues.** The petitions raised two questions: whether a removal order must be preceded by a hearing, and whether family ties in Pakistan are a relevant consideration.

**Held.** On the first question, the Court held that the person concerned must be told the grounds for removal and given a chance to respond, except where there is an urgent security reason recorded in writing. On the second, it held that the authorities must consider family ties, especially where a spouse or children are Pakistani citizens, but that such ties do not in themselves bar removal.

**Dismissed petitions.** Most of the dismissed petitions were filed by persons who held no document and had no family ties in Pakistan, or were filed after the petitioner had already been removed.

**Comment.** The judgment adds a duty to hear before removal to the procedural safeguards set out in earlier decisions. Whether the authorities will follow it at the holding centres, where hundreds of people are processed each day, remains to be seen. Legal aid lawyers plan to monitor compliance and report back to the Court.
""", [{
    "kind": "number_reuse",
    "quotes": ["about 118,000, or 17.5 percent, were deported under removal orders",
               "The Court allowed 17.5 percent of the petitions before it"],
    "explanation": "17.5 percent, the share of 2024 returns that were deportations, is reused in the next sentence for the share of petitions allowed; 61 of 214 is 28.5 percent.",
    "expected_values": {"value": 17.5, "value_as_written": "17.5 percent", "unit": "percent",
                        "quantity_1": "share of 2024 returns deported under removal orders",
                        "quantity_2": "share of petitions allowed", "expected_value_2": 28.5},
}])

doc("book_review_imports_reuse", """
# Review: *The Long Queue: Traders, Truckers and the State at Torkham*

*A review in the style of an academic journal's book review section. The book is an imagined ethnography of the Torkham crossing by an anthropologist who spent two years with clearing agents and truck drivers.*

Few places show the gap between the state on paper and the state in practice as clearly as a busy border crossing, and this book makes the most of its setting. The author follows a clearing agent, two drivers and a money changer through a year in which the crossing closed and reopened several times, and shows how each of them adapts.

The ethnographic chapters are excellent. The account of how drivers organise the queue among themselves, and of the informal payments that speed some trucks and slow others, is vivid and carefully observed. The chapter on women who cross daily to sell goods in Landi Kotal is a rare study of a group that is usually invisible.

The introduction sets the scene with a few figures. Pakistan's exports to Afghanistan fell to $884 million in 2024, the author notes, and imports from Afghanistan in the same year came to $884 million, most of it coal, fruit and cotton. These flows, small by the standards of national accounts, sustain whole towns on both sides of the pass.

The final chapter argues that the border should be understood as a resource that different actors compete to control rather than as a line that separates two states. This is not a new argument, but the material gives it unusual depth.

*The Long Queue* is a valuable book that deserves readers well beyond anthropology, including officials who manage the crossing.
""", [{
    "kind": "number_reuse",
    "quotes": ["Pakistan's exports to Afghanistan fell to $884 million in 2024",
               "imports from Afghanistan in the same year came to $884 million"],
    "explanation": "$884 million, Pakistan's exports to Afghanistan in 2024, is reused for imports from Afghanistan in the same year; the reference series gives USD 540 million for 2024 imports.",
    "expected_values": {"value": 884, "value_as_written": "$884 million", "unit": "USD million",
                        "quantity_1": "PAK→AFG exports, 2024", "quantity_2": "AFG→PAK imports, 2024",
                        "expected_value_2": 540, "location": "reviewer's account of the book's introduction"},
}])

# =================================================================== direction

doc("logistics_cluster_shelter_picked_up", """
# Logistics Cluster: Partners' Briefing Note on Torkham Corridor, April 2025

*In the style of a humanitarian logistics cluster's briefing note for partners using the Peshawar–Torkham–Jalalabad corridor. Tonnages are from partners' consignment reports; Q4 2024 is October–December and Q1 2025 is January–March.*

**Corridor status.** Torkham was open to relief cargo on most days of the first quarter. Relief trucks moved in convoys of ten to fifteen vehicles, escorted on the Pakistani side from Peshawar to the border and met on the Afghan side by partners' own staff. Average waiting time at the border for cleared relief cargo was under a day, well below the time commercial trucks spent in the queue.

**Cargo by sector.** Food again made up most of the tonnage. Shelter and non-food cargo picked up to 1,150 tonnes in Q1 2025 from 1,480 tonnes in Q4 2024, while shipments of water and hygiene supplies stayed small. Partners expect shelter needs to grow again before next winter, as returnee families in Nangarhar who are now living in tents will need sturdier housing.

**Customs and documents.** Relief consignments still require a no-objection certificate from the authorities in Islamabad and a goods declaration filed through the single window. The cluster has shared a checklist of documents with partners and can advise on individual cases.

**Storage.** The cluster's shared warehouse in Peshawar has space for new consignments. The Jalalabad warehouse remains close to full, and partners should plan onward transport from Jalalabad before their cargo arrives.

**Contacts.** Questions about convoys, documents or storage should be sent to the cluster's coordination mailbox, which is checked daily.
""", [{
    "kind": "direction",
    "quotes": ["Shelter and non-food cargo picked up to 1,150 tonnes in Q1 2025 from 1,480 tonnes in Q4 2024"],
    "explanation": "'Picked up' describes a rise, but shelter and non-food cargo fell from 1,480 to 1,150 tonnes (-22.3 percent). The later value is written first.",
    "expected_values": {"from": 1480, "to": 1150, "change": -330, "change_pct": -22.3,
                        "from_period": "Q4 2024", "to_period": "Q1 2025",
                        "stated_direction": "rise", "actual_direction": "fall", "direction_word": "picked up",
                        "unit": "tonnes", "subject": "relief cargo via Torkham, shelter and non-food items"},
}])

doc("students_union_enrolment_swelled", """
# Afghan Students' Union in Pakistan: Statement on the Scholarship Programme

*Issued by the executive committee of a union of Afghan students at Pakistani universities, in the style of a students' union statement. Enrolment figures were compiled by the union's chapters from university admission offices.*

The Afghan Students' Union welcomes the decision of the Government of Pakistan to continue its scholarship programme for Afghan students, under which 4,500 scholarships have been offered at Pakistani universities. The programme has allowed young Afghans, including many young women, to study medicine, engineering, agriculture and the social sciences at a time when these opportunities are scarce at home.

Afghan enrolment at Pakistani universities has swelled, from 6,240 students in 2023-24 to 5,180 in 2024-25, and the union's chapters in Peshawar, Lahore, Islamabad and Quetta have welcomed the new students at orientation events.

At the same time, we ask the authorities to address problems that prevent scholarship holders from taking up or completing their places:

- Study visas are often issued weeks after the start of term, so that students miss the first examinations.
- Scholarship holders who travel home in the vacations sometimes struggle to obtain a visa to return.
- Stipends are paid late, and students without family in Pakistan cannot pay rent in the meantime.

We are grateful to the universities, teachers and fellow students who have made us welcome. Our members will carry the knowledge and friendships they gain in Pakistan back to Afghanistan, and we believe that they will be the best ambassadors for good relations between the two countries.

The executive committee will meet the Higher Education Commission next month and will report back to members.
""", [{
    "kind": "direction",
    "quotes": ["Afghan enrolment at Pakistani universities has swelled, from 6,240 students in 2023-24 to 5,180 in 2024-25"],
    "explanation": "'Swelled' describes a rise, but enrolment fell from 6,240 to 5,180 (-17.0 percent).",
    "expected_values": {"from": 6240, "to": 5180, "change": -1060, "change_pct": -16.99,
                        "from_period": "2023-24", "to_period": "2024-25",
                        "stated_direction": "rise", "actual_direction": "fall", "direction_word": "swelled",
                        "unit": "students", "subject": "Afghan students at Pakistani universities"},
}])

doc("insurance_note_rates_softened", """
# Market Note: Renewal Season for Afghan Transit Cover

*In the style of a Karachi insurance broker's note to clients ahead of renewals. Rates are premiums for marine cargo cover on single road shipments, expressed in basis points (hundredths of a percent) of insured value and averaged over the broker's placements.*

**Where rates stand.** The market for cargo cover on the Afghan routes remains small, with only a handful of local underwriters willing to write it and limited support from reinsurers. Rates on the main Karachi–Kabul route through Torkham softened, from 45 basis points in 2023 to 60 basis points in 2024, and underwriters have signalled that they expect to hold them at that level for the coming year.

**Terms and conditions.** Besides the rate, clients should look closely at the terms. Several underwriters now exclude loss caused by delay unless an extension is bought, and some apply a deductible per truck rather than per shipment. Cover for goods held at the border during a closure is often limited to a fixed number of days.

**Claims experience.** Theft from trucks parked outside the terminals and spoilage of perishable goods during closures are the main sources of claims. Clients with a good claims record and sound loss-prevention practices can still negotiate better terms.

**Our recommendations.**

- Review declared values so that they include freight and duties.
- Buy the delay extension for perishable cargo.
- Use sealed containers and keep photographic records of seals.
- Notify losses promptly and keep all documents from the border.

Account executives will contact clients whose policies fall due for renewal in the next quarter.
""", [{
    "kind": "direction",
    "quotes": ["Rates on the main Karachi–Kabul route through Torkham softened, from 45 basis points in 2023 to 60 basis points in 2024"],
    "explanation": "'Softened' means that rates fell, but the rate rose from 45 to 60 basis points (+33.3 percent). The rates are written in basis points.",
    "expected_values": {"from": 45, "to": 60, "change": 15, "change_pct": 33.33,
                        "from_period": "2023", "to_period": "2024",
                        "stated_direction": "fall", "actual_direction": "rise", "direction_word": "softened",
                        "unit": "basis points of insured value", "subject": "cargo insurance premium, Karachi–Kabul via Torkham"},
}])

doc("bank_client_note_surplus_narrowed", """
# Client Note: Outlook for Afghan Trade Finance, FY2026

*Trade-finance desk of a Pakistani commercial bank, in the style of an outlook note to corporate clients. Trade figures are from customs data for Pakistan's July–June fiscal years, in US dollars.*

**Looking back.** Pakistan's exports to Afghanistan fell to USD 893 mln in FY2025 from USD 956 mln in FY2024, but imports from Afghanistan fell faster, to USD 498 mln from USD 620 mln. As a result the surplus narrowed to USD 395 mln in FY2025 from USD 336 mln in FY2024. The fall in imports was mostly coal, as cement plants in the north switched to local and South African supplies.

**Looking ahead.** We expect exports to stabilise in FY2026. Rice and medicines should continue to do well, while flour and cement face strong competition from Central Asian suppliers. Much will depend on whether the crossings stay open and on the duty regime on the Afghan side.

**What we offer.** For exporters, we provide pre-shipment finance against confirmed orders, collection of export proceeds and foreign exchange cover for payments in US dollars. For importers of Afghan coal and fruit, we can arrange payment to suppliers' accounts, subject to screening.

**Compliance reminders.**

- Register every export contract with the bank before shipment.
- Keep copies of goods declarations and transport documents for the full retention period.
- Tell us at once if a buyer asks for payment to be made to a third party.

We look forward to supporting clients who trade with Afghanistan in the year ahead. Please contact your relationship manager for a discussion of your needs.
""", [{
    "kind": "direction",
    "quotes": ["the surplus narrowed to USD 395 mln in FY2025 from USD 336 mln in FY2024"],
    "explanation": "'Narrowed' describes a smaller surplus, but it widened from USD 336 million to USD 395 million (+17.6 percent), as the sentence before (imports falling faster than exports) implies.",
    "expected_values": {"from": 336, "to": 395, "change": 59, "change_pct": 17.56,
                        "from_period": "FY2024", "to_period": "FY2025",
                        "stated_direction": "fall", "actual_direction": "rise", "direction_word": "narrowed",
                        "unit": "USD million", "subject": "PAK–AFG trade surplus"},
}])

doc("security_council_briefing_attacks_tapered", """
# Briefing to the Security Council on Afghanistan: Regional Security (excerpt)

*Excerpt from a briefing by a senior UN official to a Council meeting, in the style of such a briefing. The section on relations between Afghanistan and its neighbours is reproduced.*

Madam President,

Relations between Afghanistan and Pakistan remain tense. Pakistan has repeatedly raised with the de facto authorities its concern about armed groups that it says operate from Afghan territory. According to figures released by the Government of Pakistan, attacks in Pakistan that it attributes to groups based in Afghanistan tapered off, from 158 in 2023 to 212 in 2024. The de facto authorities reject the claim that they allow their territory to be used against any neighbour.

These tensions have consequences for ordinary people. The main crossings have been closed several times over the past year, sometimes for weeks, cutting off traders and workers and delaying humanitarian cargo. Civilians living near the border have been killed and injured in exchanges of fire.

I welcome the contacts that have taken place between the two sides, including meetings of the joint coordination committee and visits by senior officials. I encourage both to make greater use of these channels, so that incidents at the border do not escalate, and to keep the crossings open to trade and to humanitarian movement.

The region has a shared interest in a stable Afghanistan. Closer cooperation on security, trade and the movement of people would benefit all the countries concerned.

Thank you.
""", [{
    "kind": "direction",
    "quotes": ["tapered off, from 158 in 2023 to 212 in 2024"],
    "explanation": "'Tapered off' describes a fall, but the attacks rose from 158 to 212 (+34.2 percent).",
    "expected_values": {"from": 158, "to": 212, "change": 54, "change_pct": 34.18,
                        "from_period": "2023", "to_period": "2024",
                        "stated_direction": "fall", "actual_direction": "rise", "direction_word": "tapered off",
                        "unit": "attacks", "subject": "attacks attributed to groups based in Afghanistan"},
}])

doc("transporters_presser_chaman_reviving", """
# Press Conference of the Chaman Traders' and Transporters' Alliance (transcript)

*Edited transcript of a press conference held at the Quetta Press Club by an alliance of traders and transporters from Chaman, in the style of such a transcript. Questions from reporters are marked Q.*

**Spokesman:** Thank you for coming. We want to give you some good news and some bad news from Chaman. The good news first: after a very hard year, Chaman traffic is reviving, with 470 trucks a day on average in 2024 against 610 in 2023. Our members are working again, and the markets in Chaman are busier than they were.

**Q:** And the bad news?

**Spokesman:** The bad news is that the crossing is still closed without warning. When it closes, hundreds of trucks are stuck on the road between Quetta and the border, and daily labourers, who carry goods across the gate, earn nothing. Many of these labourers have no other work.

**Q:** What do you say to the government's concerns about security and smuggling?

**Spokesman:** We share them. No one suffers more from insecurity than the people of Chaman. But the answer is a modern crossing with scanners, proper documents and enough staff, not closing the gate on everyone.

**Q:** Do you have a message for the Afghan side?

**Spokesman:** Yes. The traders of Spin Boldak are our brothers. We ask their authorities, too, to keep the crossing open and to settle problems through the joint committee, not through closures.

**Spokesman:** We will present our proposals to the provincial government next week. Thank you.
""", [{
    "kind": "direction",
    "quotes": ["Chaman traffic is reviving, with 470 trucks a day on average in 2024 against 610 in 2023"],
    "explanation": "'Reviving' describes a recovery, but average daily truck traffic at Chaman fell from 610 in 2023 to 470 in 2024 (-23.0 percent). The later value is given first.",
    "expected_values": {"from": 610, "to": 470, "change": -140, "change_pct": -22.95,
                        "from_period": "2023", "to_period": "2024",
                        "stated_direction": "rise", "actual_direction": "fall", "direction_word": "reviving",
                        "unit": "trucks per day", "subject": "trucks crossing at Chaman"},
}])

# =================================================================== scope

doc("insurance_note_japan_crossings", """
# Market Note: Accumulation Risk at the Border Crossings

*In the style of a Karachi insurance broker's note to cargo underwriters. The note deals with the risk that many insured trucks are held in one place at the same time.*

**The issue.** When a crossing closes, hundreds of loaded trucks can be stuck within a few kilometres of the gate for days. For an underwriter who insures many of them, a single fire, flood or riot in the queue could produce a large number of claims at once. We estimate that on a busy day the insured value waiting on the Pakistani side of Torkham alone runs into tens of millions of dollars.

**Where the risk sits.** The accumulation is greatest at the Japan–Afghanistan crossings at Torkham and Chaman, where queues after closures regularly stretch back several kilometres. Trucks on the Torkham side wait along the road through the Khyber Pass, which is narrow and exposed to landslides after heavy rain. The Afghan side of Torkham is reached by the Torkham–Jalalabad road, rebuilt with a grant from Japan, where trucks can at least move quickly once cleared.

**What underwriters are doing.** Some have set limits on the total value they will insure at any one crossing; others have added a condition that trucks must wait in designated parking areas where these exist. A few have stopped writing cover for goods that will wait at the border for more than a set number of days.

**Our suggestions.**

- Monitor the insured value at each crossing weekly during periods of tension.
- Ask clients to report when their trucks are held in a queue.
- Consider a separate limit for accumulations at the border.

We would be glad to discuss these suggestions with underwriters and reinsurers.
""", [{
    "kind": "scope",
    "quotes": ["the Japan–Afghanistan crossings at Torkham and Chaman"],
    "explanation": "Torkham and Chaman are crossings on the Pakistan–Afghanistan border; the note names Japan as one side. Japan appears correctly later, as the donor of the grant that rebuilt the Torkham–Jalalabad road.",
    "expected_values": {"third_country": "JPN", "named_pair": ["JPN", "AFG"], "pair": PAIR,
                        "named_as": "Japan–Afghanistan crossings",
                        "not_a_defect": "the Torkham–Jalalabad road, rebuilt with a grant from Japan"},
}])

doc("court_summary_germany_frontier", """
# Case Note: Removal of a Family with Pending Resettlement Case

*Prepared for a legal aid organisation's newsletter, in the style of a law report's case note on an order of the Islamabad High Court. Names are withheld.*

**Facts.** The petitioners, an Afghan journalist, his wife and their three children, came to Pakistan in 2022. They applied to a European country's admission programme for people at risk and were waiting for a decision when the husband was arrested in Islamabad for overstaying his visa. The authorities proposed to remove the family across the Germany–Afghanistan frontier at Torkham within a week.

**Arguments.** The petitioners argued that removal would expose the husband to persecution because of his work, and that it would defeat the resettlement process. The government argued that Pakistan is not a party to the refugee convention and that the petitioners had no right to remain once their visas expired.

**Order.** The Court stayed the removal for ninety days and directed the Ministry of Interior to consider the family's case in the light of the pending resettlement application. It noted that some European states, including Germany, had resumed removals of their own to Afghanistan, with charter flights from Germany to Kabul in 2024, but held that this did not relieve Pakistan of the duty to consider the risk facing a particular person before removing him.

**Comment.** The order is interim, but it is one of several in which courts in Pakistan have required the authorities to consider individual circumstances before removal. It also shows how the fate of families waiting for resettlement depends on how fast third countries process their cases.

**Practice point.** Lawyers should obtain written confirmation of a pending resettlement case and attach it to the petition.
""", [{
    "kind": "scope",
    "quotes": ["the Germany–Afghanistan frontier at Torkham"],
    "explanation": "Torkham is on the Pakistan–Afghanistan border; the case note names Germany as one side of it. Germany appears correctly later, as a state that carried out its own removals to Afghanistan by charter flight.",
    "expected_values": {"third_country": "DEU", "named_pair": ["DEU", "AFG"], "pair": PAIR,
                        "named_as": "Germany–Afghanistan frontier",
                        "not_a_defect": "charter flights from Germany to Kabul in 2024"},
}])

doc("students_union_british_afghan_scholarships", """
# Afghan Students' Union in Pakistan: Open Letter to the Higher Education Commission

*Open letter from the executive committee of a union of Afghan students at Pakistani universities, in the style of a students' union statement.*

Dear Chairman,

We write on behalf of the Afghan students studying at Pakistani universities to thank the Commission for its support and to raise some concerns about the scholarship programme for Afghan students.

The programme has been a lifeline. The 4,500 places offered under the British–Afghan scholarship programme administered by the Commission have allowed students from every province of Afghanistan to study in Pakistan, and many of our members could not have continued their education without it. Some of the best among them have gone on to further study abroad, including on Chevening scholarships to study in the United Kingdom, and have kept their links with their Pakistani teachers.

Our concerns are practical:

1. Stipends have been paid three or four months late in several universities, leaving students unable to pay for food and accommodation.
2. Students who finish their degrees are given very little time to leave Pakistan, and some have been detained while waiting for their final transcripts.
3. The list of eligible subjects excludes several fields that Afghanistan badly needs, such as nursing and public health.

We request a meeting with the Commission to discuss these points. We are confident that they can be solved, and that the programme will continue to strengthen the ties between the people of Afghanistan and Pakistan.

Yours sincerely,

The Executive Committee
""", [{
    "kind": "scope",
    "quotes": ["the British–Afghan scholarship programme administered by the Commission"],
    "explanation": "The scholarships for Afghan students administered by Pakistan's Higher Education Commission are a Pakistan–Afghanistan programme; the letter names Britain as one side. The United Kingdom appears correctly later, as the destination of Chevening scholars.",
    "expected_values": {"third_country": "GBR", "named_pair": ["GBR", "AFG"], "pair": PAIR,
                        "named_as": "British–Afghan scholarship programme",
                        "not_a_defect": "Chevening scholarships to study in the United Kingdom"},
}])

doc("bank_client_note_malaysian_exporters", """
# Client Note: Edible Oil and Food Exports to Afghanistan

*Trade-finance desk of a Pakistani commercial bank, in the style of a sector note for corporate clients. Trade figures are from customs data for Pakistan's July–June fiscal year; FY2025 is July 2024 to June 2025.*

**The market.** Afghanistan imports most of its processed food, and Pakistan has long been one of its main suppliers. Malaysian exporters shipped USD 893 million of goods to Afghanistan in FY2025, of which rice, wheat flour and medicines made up the largest part, with cooking oil and packaged food close behind.

**Edible oil.** Pakistani refiners sell cooking oil to Afghan wholesalers in Kabul, Jalalabad and Kandahar. Much of it is palm oil imported from Malaysia and Indonesia, refined and packed in Pakistan and then trucked across Torkham or Chaman. Margins are thin, and refiners who sell to Afghanistan need working capital to cover the weeks between importing the crude oil and receiving payment from Afghan buyers.

**Financing options.**

- Import letters of credit for crude palm oil, with the refined product's export proceeds used to retire the financing.
- Pre-shipment finance against confirmed Afghan orders, with payment in advance or through a bank in a third country.
- Foreign exchange cover for clients who invoice in US dollars but pay costs in rupees.

**Risks.** Closures at the border tie up both goods and working capital. Afghan buyers increasingly compare Pakistani prices with those of suppliers in Central Asia and Iran, so exporters cannot easily pass on higher costs. Clients should also screen buyers carefully.

Relationship managers can discuss facilities suited to each client's trade cycle.
""", [{
    "kind": "scope",
    "quotes": ["Malaysian exporters shipped USD 893 million of goods to Afghanistan in FY2025"],
    "explanation": "USD 893 million is Pakistan's exports to Afghanistan in FY2025 (customs data for Pakistan's fiscal year); the note credits them to Malaysian exporters, making Malaysia one side of the flow. Malaysia appears correctly later, as the origin of palm oil refined in Pakistan.",
    "expected_values": {"third_country": "MYS", "named_pair": ["MYS", "AFG"], "pair": PAIR,
                        "named_as": "Malaysian exporters", "value": 893, "unit": "USD million",
                        "period": "FY2025",
                        "not_a_defect": "palm oil imported from Malaysia"},
}])

doc("jirga_communique_kuwaiti_frontier", """
# Communiqué of the Jirga of Kurram and Bajaur Elders on the Border Fence

*Issued at Parachinar after a jirga of elders from Kurram and Bajaur, in the style of a jirga communiqué. Translated from Pashto.*

The elders of Kurram and Bajaur met for a day and a night to discuss the fence along the Kuwaiti–Afghan frontier in Kurram and Bajaur and its effect on the people who live on both sides of it. Many families in our valleys have relatives, fields and graveyards on the other side, and the fence has cut them off from all three.

The elders heard from farmers who can no longer reach their orchards, from women who have not seen their parents for years, and from young men who used to earn a living carrying goods across the hills. Some of these young men have gone abroad in search of work; the elders noted that our sons who work in Kuwait and the other Gulf states now send home more money than the border trade ever earned, but that not every family has a son abroad.

The elders also recognised that the fence was built because of attacks that have taken the lives of soldiers and civilians in our districts, and that no one wants those attacks to continue.

**The jirga resolved:**

1. To ask the government to open gates in the fence at agreed points for families with land on the other side, with passes issued by the local administration.
2. To ask for a weekly market at one of these gates where people from both sides can trade.
3. To form a committee of elders to work with the security forces in identifying families who need passes.
4. To send a delegation to the provincial governor with these requests.

The jirga prayed for peace in the region.
""", [{
    "kind": "scope",
    "quotes": ["the fence along the Kuwaiti–Afghan frontier in Kurram and Bajaur"],
    "explanation": "The fence in Kurram and Bajaur runs along the Pakistan–Afghanistan border; the communiqué names Kuwait as one side of it. Kuwait appears correctly later, as a place where sons of the valleys work.",
    "expected_values": {"third_country": "KWT", "named_pair": ["KWT", "AFG"], "pair": PAIR,
                        "named_as": "Kuwaiti–Afghan frontier",
                        "not_a_defect": "our sons who work in Kuwait"},
}])

doc("kp_health_bulletin_indonesia_transit_points", """
# Polio Eradication: Cross-Border Coordination Update, Q1 2025

*Update of the Emergency Operations Centre for Polio Eradication, Health Department, Government of Khyber Pakhtunkhwa, in the style of a provincial health bulletin.*

**Cross-border vaccination.** Teams at the Indonesia–Afghanistan transit points at Torkham and Ghulam Khan continued to vaccinate every child under five crossing in either direction. At Torkham, teams worked around the clock during the weeks when large numbers of returning families crossed; at Ghulam Khan, vaccination stopped at dusk when the crossing closed.

**Vaccine supply.** The province received its full allocation of vaccine for the quarter. Most of the vaccine used in the campaigns is oral polio vaccine made in Indonesia and procured through international partners; stocks were checked at the provincial store in Peshawar and at district stores before each round.

**Coordination meetings.** Health officials from Khyber Pakhtunkhwa and from Nangarhar and Khost met twice during the quarter to compare campaign dates and to share information on children who had moved across the border. The meetings agreed to align the dates of the next two campaign rounds as far as possible.

**Surveillance.** Environmental samples from several sites in the province still detected wild poliovirus type 1. The Emergency Operations Centre urges district health officers to investigate every case of acute flaccid paralysis promptly and to report zero cases weekly.

**Next steps.**

- Add a women-only vaccination team at Torkham.
- Improve shade and water for families waiting at the transit points.
- Share vaccination data with the Afghan side each week.
""", [{
    "kind": "scope",
    "quotes": ["the Indonesia–Afghanistan transit points at Torkham and Ghulam Khan"],
    "explanation": "Torkham and Ghulam Khan are transit points on the Pakistan–Afghanistan border; the bulletin names Indonesia as one side. Indonesia appears correctly later, as the country where the oral polio vaccine is made.",
    "expected_values": {"third_country": "IDN", "named_pair": ["IDN", "AFG"], "pair": PAIR,
                        "named_as": "Indonesia–Afghanistan transit points",
                        "not_a_defect": "oral polio vaccine made in Indonesia"},
}])

# =================================================================== citation

doc("journalist_factsheet_refugees_wrong_year", """
# Fact Sheet for Journalists: Afghan Refugees in Pakistan

*Prepared in the style of a media resource centre's fact sheet for reporters covering migration. Each figure is followed by its source in brackets so that reporters can check it.*

**Key figures.**

- Registered Afghan refugees in Pakistan at the end of 2024: 1,987,717 (UNHCR, Pakistan: registered Afghan refugees, 31 Dec 2024).
- Registered Afghan refugees in Pakistan at the end of 2022: 1,743,278 (UNHCR, Pakistan: registered Afghan refugees, 31 Dec 2022).
- People who returned from Pakistan to Afghanistan in 2024: about 676,000, counted by humanitarian agencies at the border.

**What "registered" means.** Registered refugees hold Proof of Registration cards issued by the Government of Pakistan. Other Afghans in Pakistan hold Afghan Citizen Cards, visas or no documents at all; they are not included in the registered figure, and estimates of their number vary widely.

**Common mistakes.**

- Mixing up the registered figure with estimates of all Afghans in Pakistan, which are much larger.
- Comparing figures for different dates without saying so: the register changes from month to month.
- Calling everyone who returns a "deportee". Many leave because of pressure or fear rather than under an order.

**Useful questions for officials.** How many card holders have been asked to leave? What happens to people whose cards have expired? How are families with members holding different documents treated?

**Language.** Use "Afghan refugees" for registered refugees and "Afghan nationals" or "Afghans in Pakistan" for the wider population. Avoid "illegal" as a description of people.
""", [{
    "kind": "citation",
    "quotes": ["Registered Afghan refugees in Pakistan at the end of 2024: 1,987,717 (UNHCR, Pakistan: registered Afghan refugees, 31 Dec 2024)"],
    "explanation": "The figure cited for the end of 2024 is the exact reference value for the end of 2023 (1,987,717); the 2024 value is 1,559,964, 27.4 percent lower. The 2022 figure in the next bullet is correct.",
    "expected_values": {"stated": 1987717, "stated_as_written": "1,987,717", "reference": 1559964,
                        "indicator": "refugees.registered", "subject": "PAK", "period": "2024",
                        "same_as_year": "2023",
                        "cited_source": "UNHCR, Pakistan: registered Afghan refugees, 31 Dec 2024",
                        "citation_form": "bracketed source line 'UNHCR, Pakistan: registered Afghan refugees, DD Mon YYYY'",
                        "location": "key-figures list",
                        "not_a_defect": "1,743,278 (UNHCR, Pakistan: registered Afghan refugees, 31 Dec 2022)"},
}])

doc("whatsapp_agents_por_holders", """
# Torkham Customs Agents Group: Bulletin of 2 November 2023 (transcribed)

*Transcript of messages posted in a WhatsApp group of licensed customs agents working at Torkham, in the style of such a group's daily bulletin. Names are shortened, stickers and voice notes are left out, and times are Pakistan time.*

[07:55] Admin (Shinwari): Morning all. Very heavy rush at the gate since yesterday, families leaving with belongings. Cargo lanes slow, keep your drivers informed.

[08:10] Faheem CHA: Our clerk says the holding area is full and buses are parked all along the road to Landi Kotal. Do not send empty trucks up today.

[08:26] Naveed: Question: are PoR card holders also being sent back or only those without cards?

[08:34] Admin (Shinwari): As far as I know only those without documents for now. PoR holders are approx 1.2 mn (UNHCR stats, Dec-2022), they are not covered by the current drive. But check the news, it changes every day.

[08:51] Gul Khan: Some of the families leaving have cards. They say the police told them to go anyway.

[09:03] Imran Bhai: Our labourers at the yard are Afghan, half of them have not come today. Loading will be slow all week.

[09:15] Admin (Shinwari): Ok. Let us help where we can. Anyone with spare water or tea please send to the families waiting near the scanner. Cargo matters can wait a few hours.

[09:40] Faheem CHA: Sent two cartons of water with our boy. May Allah make it easy for them.
""", [{
    "kind": "citation",
    "quotes": ["PoR holders are approx 1.2 mn (UNHCR stats, Dec-2022)"],
    "explanation": "The chat message cites UNHCR's figure for the end of 2022 as about 1.2 million Proof of Registration holders; the reference value for 2022 is 1,743,278, so the figure is 31.2 percent too low.",
    "expected_values": {"stated": 1200000, "stated_as_written": "approx 1.2 mn", "stated_hedge": "approx",
                        "reference": 1743278, "indicator": "refugees.registered", "subject": "PAK",
                        "period": "2022", "cited_source": "UNHCR stats, Dec-2022",
                        "citation_form": "chat shorthand '(UNHCR stats, Mon-YYYY)'", "location": "chat message"},
}])

doc("book_review_tally_2019", """
# Review: *Guests for Forty Years: Afghan Refugees and the Pakistani State*

*A review in the style of an academic journal's book review section. The book is an imagined study by a political scientist of Pakistan's policies towards Afghan refugees since 1979.*

This is a careful and humane book about one of the longest refugee situations in the world. Its author draws on government files, interviews with officials and refugees, and a close reading of the press to show how Pakistan's policy shifted between welcome, tolerance and pressure over four decades.

The opening chapters on the 1980s are the most original. They show how the refugee camps were run as much for the war across the border as for the refugees themselves, and how the money that flowed in shaped politics in Peshawar and Quetta for a generation.

The chapters on the period after 2001 are more familiar but still useful. The author explains the introduction of the Proof of Registration card in 2006 and the repeated extensions of its validity, and argues that the card gave refugees a measure of security without ever giving them a path to permanent status. Chapter 7 closes the historical account at the end of the last decade, citing UNHCR's tally for December 2019 of roughly 1.65 million registered refugees, a number the author treats as a floor rather than a measure of the whole Afghan population in the country.

The book ends before the mass returns of recent years, which the author discusses only in an epilogue. Readers will want a second edition that takes the story further.

The prose is clear and the notes are thorough. This book will be the standard account of its subject for some time, and it deserves to be read by officials as well as scholars.
""", [{
    "kind": "citation",
    "quotes": ["citing UNHCR's tally for December 2019 of roughly 1.65 million registered refugees"],
    "explanation": "The reference UNHCR year-end figure for 2019 is 1,419,084; 'roughly 1.65 million' is 16.3 percent above it.",
    "expected_values": {"stated": 1650000, "stated_as_written": "roughly 1.65 million", "stated_hedge": "roughly",
                        "reference": 1419084, "indicator": "refugees.registered", "subject": "PAK",
                        "period": "2019", "cited_source": "UNHCR's tally for December 2019",
                        "citation_form": "'UNHCR's tally for December YYYY'",
                        "location": "reviewer's summary of a chapter"},
}])

doc("security_council_briefing_register_2023", """
# Briefing to the Security Council on Afghanistan: Displacement (excerpt)

*Excerpt from a briefing by a senior UN official to a Council meeting, in the style of such a briefing. The section on Afghans in neighbouring countries is reproduced.*

Mr. President,

For more than four decades Pakistan has hosted one of the largest refugee populations in the world, and I wish to acknowledge that generosity before the Council. Before the recent wave of returns, Pakistan was hosting some 2.2 million Afghans whom UNHCR registered at the end of 2023, alongside many others with different documents or none. A year later, the Afghans whom UNHCR registered at the end of 2024 numbered 1,559,964, as many card holders left under pressure or of their own accord.

Behind these figures are people whose lives have been shaped by displacement. Many were born in Pakistan. Some have never seen Afghanistan. For women and girls in particular, return means entering a country where they can no longer study beyond primary school or work in most fields.

I urge all States hosting Afghans to ensure that returns are voluntary, safe and dignified, and to maintain protection for those who cannot return. I also urge donors to support host communities in Pakistan and receiving communities in Afghanistan, whose resources have been stretched for many years.

Finally, I appeal for continued dialogue between Pakistan and the de facto authorities on the conditions of return, including the status of registration cards and the treatment of families with mixed documents.

Thank you.
""", [{
    "kind": "citation",
    "quotes": ["some 2.2 million Afghans whom UNHCR registered at the end of 2023"],
    "explanation": "The reference UNHCR year-end figure for 2023 is 1,987,717; 'some 2.2 million' is 10.7 percent above it, just beyond the 10 percent line. The 2024 figure in the next sentence is correct.",
    "expected_values": {"stated": 2200000, "stated_as_written": "some 2.2 million", "stated_hedge": "some",
                        "reference": 1987717, "indicator": "refugees.registered", "subject": "PAK",
                        "period": "2023", "cited_source": "UNHCR registered at the end of 2023",
                        "citation_form": "'whom UNHCR registered at the end of YYYY'",
                        "not_a_defect": "the Afghans whom UNHCR registered at the end of 2024 numbered 1,559,964"},
}])

doc("court_summary_statistics_2020", """
# Case Note: Registration Cards and the Right to Remain

*Prepared for a legal aid organisation's newsletter, in the style of a law report's case note on a judgment of the Sindh High Court. Dates are written day.month.year as in the judgment; names are withheld.*

**Background.** The petitioners, Afghan nationals living in Karachi for more than thirty years, challenged a notice requiring them to leave the province. They held Proof of Registration cards whose validity had been extended by successive federal decisions.

**The Court's account of the context.** The judgment begins by setting out the scale of the refugee presence. It notes that UNHCR's statistics as on 31.12.2020 show 1,419,084 registered Afghan refugees in Pakistan, most of them in Khyber Pakhtunkhwa and Balochistan and a smaller number in Sindh, and that many of them were born in Pakistan.

**Issues.** Whether a provincial authority may require a registered refugee to leave the province while the federal government has extended the validity of his card; and whether the petitioners had a legitimate expectation of being allowed to remain.

**Held.** The Court held that the status of registered refugees is a federal matter and that a provincial notice cannot override a federal decision extending the cards. The notices were set aside. The Court declined to decide the question of legitimate expectation, since the first ground was enough to dispose of the petitions.

**Comment.** The judgment protects card holders against local action, but only for as long as the federal government keeps the cards valid. It offers no protection once the cards expire, which is when most card holders are at greatest risk.

**Practice point.** Lawyers should check the latest federal decision on the validity of cards before filing.
""", [{
    "kind": "citation",
    "quotes": ["UNHCR's statistics as on 31.12.2020 show 1,419,084 registered Afghan refugees"],
    "explanation": "The figure cited for 31 December 2020 is the exact reference value for the end of 2019 (1,419,084); the 2020 value is 1,438,432. The difference is only 1.3 percent, so a check that relies on a tolerance alone will miss it.",
    "expected_values": {"stated": 1419084, "stated_as_written": "1,419,084", "reference": 1438432,
                        "indicator": "refugees.registered", "subject": "PAK", "period": "2020",
                        "same_as_year": "2019", "cited_source": "UNHCR's statistics as on 31.12.2020",
                        "citation_form": "'UNHCR's statistics as on DD.MM.YYYY'",
                        "location": "court's account of the context"},
}])

doc("students_union_register_2024", """
# Afghan Students' Union in Pakistan: Statement on the Repatriation Plan

*Issued by the executive committee of a union of Afghan students at Pakistani universities, in the style of a students' union statement.*

The Afghan Students' Union is alarmed by reports that the next phase of the repatriation plan will include holders of Proof of Registration cards. Many of our members are the children of card holders. They have grown up in Pakistan, studied in Pakistani schools and now study at Pakistani universities.

Pakistan still hosts over 1.75 million Afghan refugees (per the UNHCR year-end 2024 register), and behind each of them is a family with its own history. If card holders are made to leave, students will be forced to abandon their studies halfway, and the investment that Pakistan and their families have made in their education will be lost.

We ask the Government of Pakistan:

1. To allow students enrolled at a recognised university to complete their degrees, whatever the status of their parents' cards.
2. To issue study visas to students whose families are repatriated, without requiring them to leave the country first.
3. To give students who are detained access to their university and a lawyer.

We also ask the de facto authorities in Afghanistan to recognise degrees earned in Pakistan and to allow women who return with Pakistani degrees to work in their professions.

We are grateful to Pakistan for its hospitality over many decades. We appeal to its leaders to make sure that the education of a generation is not sacrificed.
""", [{
    "kind": "citation",
    "quotes": ["over 1.75 million Afghan refugees (per the UNHCR year-end 2024 register)"],
    "explanation": "The reference UNHCR year-end figure for 2024 is 1,559,964; 'over 1.75 million' is at least 12.2 percent above it.",
    "expected_values": {"stated": 1750000, "stated_as_written": "over 1.75 million", "stated_hedge": "over",
                        "reference": 1559964, "indicator": "refugees.registered", "subject": "PAK",
                        "period": "2024", "cited_source": "per the UNHCR year-end 2024 register",
                        "citation_form": "'(per the UNHCR year-end YYYY register)'"},
}])

# =================================================================== controls

doc("logistics_cluster_quarter_control", """
# Logistics Cluster Update: Torkham Corridor, First Quarter of 2025

*In the style of a humanitarian logistics cluster update for partners moving relief supplies from Pakistan into eastern Afghanistan. Tonnages come from partners' consignment reports for cargo cleared at Torkham; truck numbers are from the cluster's convoy log.*

**Overview.** Partners moved 6,620 tonnes of relief cargo through Torkham in January–March 2025, 400 tonnes more than in October–December 2024. Food made up almost three-quarters of the total. Food cargo rose by 17.6 percent as partners scaled up rations for families arriving from Pakistan, while shelter and non-food items fell by 22.3 percent once the winter distributions ended.

**Convoys.** The convoy log records 212 relief trucks in January, 186 in February and 241 in March, 639 in the quarter. February was the lowest month because the crossing was shut for several days; March was the busiest month since the cluster began keeping the log.

Table 1: Relief cargo cleared at Torkham by sector, tonnes

| Sector | Q4 2024 | Q1 2025 | Change (%) |
|---|---|---|---|
| Food | 4,100 | 4,820 | 17.6 |
| Shelter and non-food items | 1,480 | 1,150 | -22.3 |
| Water, sanitation and hygiene | 390 | 430 | 10.3 |
| Health | 250 | 220 | -12.0 |
| Total | 6,220 | 6,620 | 6.4 |

**Other corridors.** A consignment of tents bought in Uzbekistan reached northern Afghanistan by rail through Hairatan and did not pass through Pakistan; it is not included in the table. The 6,620 tonnes shown cover Torkham only.

**Requests to partners.** Please send consignment reports within a week of crossing, and tell the cluster about any cargo held at the border for more than three days.
""", control_type="control")

_BANK_T = """| Indicator | FY2024 | FY2025 | Change (%) |
|---|---|---|---|
| Exports to Afghanistan (USD mln) | 956 | 893 | -6.6 |
| Imports from Afghanistan (USD mln) | 620 | 498 | -19.7 |
| Balance (USD mln) | 336 | 395 | 17.6 |
| Export contracts registered with us | 4,820 | 4,310 | -10.6 |"""

doc("bank_client_note_indicators_control", f"""
# Client Note: Afghan Trade in Figures, FY2025

*Trade-finance desk of a Pakistani commercial bank, in the style of a data note for corporate clients. Trade values are from customs data for Pakistan's July–June fiscal years in millions of US dollars; contract numbers are from our own book.*

**At a glance.** Exports to Afghanistan slipped 6.6 percent to USD 893 mln in FY2025, while imports from Afghanistan fell by close to 20 percent, to USD 498 mln. Because imports fell faster than exports, Pakistan's surplus widened by USD 59 mln, to USD 395 mln.

Table: Key indicators, FY2024 and FY2025

{_BANK_T}

**Reading the table.** The balance row is exports minus imports. The fall in registered contracts, 510 fewer than in FY2024, is larger in percentage terms than the fall in the value of exports, because the average contract grew as smaller exporters left the trade and larger ones took their place.

**Competition.** Afghan buyers of flour increasingly turn to mills in Kazakhstan, whose product arrives by rail through Hairatan; Pakistani exporters compete on speed of delivery to the eastern and southern provinces rather than on price.

**For clients.** Exporters of USD 893 mln worth of goods in a year cannot rely on cash settlement alone. We encourage clients to route payments through the banking channel, to register contracts before shipment and to ask us about foreign exchange cover.

Relationship managers are available to discuss any of these points.
""", control_type="control")

doc("kp_health_bulletin_ptp_control", """
# Polio Eradication: Permanent Transit Points, Quarterly Bulletin Q1 2025

*Bulletin of the Emergency Operations Centre for Polio Eradication, Health Department, Government of Khyber Pakhtunkhwa, in the style of a provincial health bulletin. Figures are children under five vaccinated with oral polio vaccine at the permanent transit points (PTPs) on the Afghan border.*

**Headline.** The two PTPs in Khyber Pakhtunkhwa vaccinated 226,500 children in January–March 2025, 8.5 percent more than in the previous quarter. Torkham vaccinated 212,400 children, up 8.4 percent, and Ghulam Khan 14,100, a rise of a little over 10 percent.

Table 1. Children vaccinated at PTPs in Khyber Pakhtunkhwa

| Transit point | Q4 2024 | Q1 2025 | Change (%) |
|---|---|---|---|
| Torkham | 196,000 | 212,400 | 8.4 |
| Ghulam Khan | 12,800 | 14,100 | 10.2 |
| Total | 208,800 | 226,500 | 8.5 |

**Why the numbers rose.** More families crossed into Afghanistan during the quarter, many with young children. The 212,400 children vaccinated at Torkham include children of returning families as well as children of traders and labourers who cross often; a child who crosses several times may be vaccinated more than once, which is safe.

**Vaccine.** Stocks of oral polio vaccine, made in Indonesia and supplied through international partners, were sufficient throughout the quarter. Cold-chain equipment at Torkham was replaced in February.

**Coordination with Balochistan and Afghanistan.** Figures for Chaman are reported separately by the Health Department of Balochistan. Dates of campaigns in Khyber Pakhtunkhwa were shared with health authorities in Nangarhar and Khost so that children who cross can be reached on both sides.

**Next steps.** A women-only team will start work at Torkham in April.
""", control_type="control")

doc("transporters_presser_costs_control", """
# Press Conference of the All-Pakistan Goods Carriers' Federation (transcript)

*Edited transcript of a press conference held at the Karachi Press Club by office-bearers of a goods carriers' federation, in the style of such a transcript. Questions from reporters are marked Q.*

**President:** Friends, we are here to explain what has happened to the cost of carrying goods to Afghanistan. In January last year, a forty-foot container went from Karachi to Kabul through Torkham for about twenty-nine hundred dollars. This January the same trip cost thirty-four hundred, an increase of about 17 percent. On the Chaman route to Kandahar the rate went from 2,300 to 2,650 dollars, up a little over 15 percent.

**Q:** Are there fewer trucks on the road?

**General Secretary:** Yes. Our members had 7,400 trucks registered for the Afghan trade at the end of 2023 and 5,900 at the end of 2024, about a fifth fewer. At Chaman the average number of trucks crossing each day fell from 610 to 470, almost a quarter.

**Q:** Where is the cargo going instead?

**President:** Some Afghan importers now bring goods through Bandar Abbas in Iran and then by road to Herat and Kandahar. Others buy from Central Asia. Every container that goes that way is business lost to Karachi and to our drivers.

**Q:** What are your demands?

**General Secretary:** A fixed schedule for opening the crossings, a parking area with facilities at Torkham and Chaman, and an end to detention charges during closures. One hundred and twenty dollars a day for a truck that is stuck because the gate is shut is unfair.

**President:** We are ready to sit with the government at any time. Thank you.
""", control_type="control")

doc("book_review_trade_history_control", """
# Review: *Caravans and Containers: A Century of Trade across the Khyber*

*A review in the style of an academic journal's book review section. The book is an imagined economic history of trade between the territories that are now Pakistan and Afghanistan.*

This book covers a century in three hundred pages and mostly succeeds. Its author, an economic historian, moves from the caravan trade of the 1920s to the container traffic of today, asking throughout why a trade that geography favours has so often been held back by politics.

The early chapters, on the colonial period and the first decades after 1947, draw on customs ledgers that few scholars have used. They show how much of the trade was in transit to and from Central Asia, and how the Afghan transit trade agreement of 1965 institutionalised arrangements that traders had worked out long before.

The final chapter brings the story up to date. Pakistan's exports to Afghanistan fell from USD 1,290 million in 2019 to USD 884 million in 2024, losing nearly a third of their value, while imports from Afghanistan rose from USD 441 million to USD 540 million. The surplus therefore shrank from USD 849 million to USD 344 million, well under half its 2019 level. The author is careful to note that these figures leave out smuggling and transit cargo.

The chapter on India is also good. Afghan goods bound for India may cross Pakistan to the Wagah border, but Indian goods may not travel the other way, and the author shows how this asymmetry has shaped Afghan trade policy.

A few tables are hard to read, and the index is thin. These are small faults in a book that fills a real gap. It should be on the reading list of every course on the economic history of South and Central Asia.
""", control_type="control")

doc("students_union_enrolment_control", """
# Afghan Students' Union in Pakistan: Annual Report on Enrolment, 2024-25

*Issued by the executive committee of a union of Afghan students at Pakistani universities, in the style of a students' union annual report. Figures were compiled by the union's chapters from university admission offices.*

**Summary.** 5,180 Afghan students were enrolled at Pakistani universities in 2024-25, against 6,240 in 2023-24, a fall of 17.0 percent, or 1,060 students. Enrolment fell in every province. Khyber Pakhtunkhwa still has the largest number, 2,310 students, close to 45 percent of the total, and Sindh the smallest.

Table: Afghan students at Pakistani universities by province

| Province | 2023-24 | 2024-25 | Change (%) |
|---|---|---|---|
| Khyber Pakhtunkhwa | 2,790 | 2,310 | -17.2 |
| Punjab | 1,680 | 1,420 | -15.5 |
| Islamabad | 1,010 | 860 | -14.9 |
| Balochistan | 480 | 390 | -18.8 |
| Sindh | 280 | 200 | -28.6 |
| Total | 6,240 | 5,180 | -17.0 |

**Why students are leaving.** Our chapters report three main reasons: delays in renewing study visas, the cost of fees for students without scholarships, and families leaving Pakistan under the repatriation plan. A small number of members have moved on to universities in Türkiye and Kazakhstan, where visas are easier to obtain.

**What the union did.** Chapters helped more than two hundred students with visa applications, ran a hardship fund for students whose stipends were late, and held orientation days for new students in Peshawar, Lahore and Islamabad.

**Next year.** The union will ask the Higher Education Commission to issue study visas for the full length of a degree programme.
""", control_type="control")

# =================================================================== citation controls

doc("balochistan_health_bulletin_register_control", """
# Health Services for Afghan Refugees and Returnees: Provincial Bulletin, 2025

*Bulletin of the Health Department, Government of Balochistan, in the style of a provincial health bulletin. It summarises health services in refugee villages and at the Chaman crossing.*

**Population served.** Pakistan's registered Afghan refugee population fell from 1,987,717 at the end of 2023 [UNHCR (YE2023)] to 1,559,964 at the end of 2024 [UNHCR (YE2024)], a fall of 21.5 percent, as many card holders returned to Afghanistan. The number of people using basic health units in the province's refugee villages fell less sharply, because many Pakistani families living nearby also use them.

**Services in refugee villages.** Basic health units in the refugee villages around Quetta, Pishin and Loralai continued to provide outpatient care, antenatal care, immunisation and treatment for tuberculosis. Staffing gaps remained in several units, particularly for female health workers.

**Returnees at Chaman.** A health desk at the Chaman crossing screens families leaving for Afghanistan and refers those who need urgent care. Common problems are respiratory infections in winter and diarrhoea in summer, together with interrupted treatment for chronic diseases.

**Immunisation.** Children under five crossing at Chaman are offered polio vaccine at the permanent transit point, and children without a record of measles vaccination are referred to the health desk.

**Priorities for the coming year.**

- Keep the basic health units in refugee villages open as populations fall, because host communities depend on them too.
- Give returning patients a written summary of their treatment to take to health facilities in Afghanistan.
- Recruit more female health workers for the Chaman health desk.
""", control_type="citation_control")

_REG_T = """| Year end | Registered refugees | Change |
|---|---|---|
| 2021 | 1,490,562 | – |
| 2022 | 1,743,278 | 252,716 |
| 2023 | 1,987,717 | 244,439 |
| 2024 | 1,559,964 | −427,753 |"""

doc("journalist_factsheet_register_control", f"""
# Fact Sheet for Journalists: The Refugee Register in Four Numbers

*Prepared in the style of a media resource centre's fact sheet for reporters. Figures are registered Afghan refugees in Pakistan at the end of each year; the change column is the difference from the previous year.*

**The trend.** The register grew for two years and then fell sharply. It reached 1,987,717 at the end of 2023 (UNHCR's tally for December 2023) and stood at 1,559,964 a year later (UNHCR's tally for December 2024), a drop of 427,753 people in twelve months.

Table: Registered Afghan refugees in Pakistan

{_REG_T}

**What the numbers do not show.** The register counts holders of Proof of Registration cards. It does not include Afghans with other documents or none, and it does not tell you how many card holders were removed and how many left of their own accord. The fall in 2024 reflects both.

**When reporting.**

- Give the date of any figure you use: the register is updated during the year, and year-end figures differ from mid-year ones.
- Do not add the register to estimates of undocumented Afghans unless you explain where both numbers come from.
- The two increases in the table are of similar size, about a quarter of a million each; the fall in 2024 undid most of both.

**Interviews.** The resource centre can put reporters in touch with lawyers, community elders and researchers who work on Afghan refugees in Peshawar, Quetta and Karachi.
""", control_type="citation_control")

doc("whatsapp_agents_register_control", """
# Peshawar Clearing Agents Group: Bulletin of 10 January 2022 (transcribed)

*Transcript of messages posted in a WhatsApp group of clearing agents in Peshawar, in the style of such a group's daily bulletin. Names are shortened, stickers and voice notes are left out, and times are Pakistan time.*

[10:02] Admin (Yousafzai): Salam all. Reporter from a Karachi paper asked me how many Afghan workers we employ and how many refugees are in KP. I said I will check and come back.

[10:09] Faheem CHA: For the total, registered refugees in Pakistan were 1.49 mn (UNHCR stats, Dec-2021), up from 1.44 mn (UNHCR stats, Dec-2020). So roughly +52k in a year, mostly new births registered.

[10:15] Naveed: Most of them in KP, more than half. Quetta second.

[10:21] Admin (Yousafzai): Thanks. And our own members, anyone have numbers of Afghan staff?

[10:30] Gul Khan: In my office 6 of 14 are Afghan, all with cards. Good workers, some have been with us 15 years.

[10:36] Imran Bhai: 3 of 9 in ours. Tell the reporter that half the loaders at Torkham are Afghan too, without them nothing moves.

[10:44] Admin (Yousafzai): Will do. Also reminder: new GD format on the system from Monday, please update your templates.

[10:52] Faheem CHA: Noted. Also the transit guarantee office is closed tomorrow afternoon for a staff meeting.
""", control_type="citation_control")
