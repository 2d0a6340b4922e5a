# Fourth held-out set of synthetic documents ("heldout4").  Written from
# scratch after heldout3/, by a labeller who had not opened dyad's
# implementation or history and had not seen any of its results.
# Every entry: name (topic slug, numbered later by build_heldout4.py), text,
# labels (list of defect dicts), control_type for controls.
# The texts imitate authors not used before: a UN OCHA-style humanitarian
# bulletin, State Bank-style trade notes, wire-service stories with quotes,
# academic abstracts and results sections, provincial government press
# releases, a border-monitoring NGO's field log, podcast transcripts, an FAQ
# for journalists, Senate committee briefs, op-eds, a consultancy note.
# Some tables are written as they come out of a PDF text extraction (a header
# line and rows whose cells are separated by runs of spaces); pdf_table()
# below lays them out, and quotes of such rows are taken from the same lines.
#
# Invented figures shared with earlier sets (see heldout3_data.py): annual
# trade series, quarterly exports and imports for 2023 and 2024, exports by
# crossing for 2023 and 2024, customs duty at Torkham (Rs bn FY22 31.4,
# FY23 35.8, FY24 29.6), transit containers (74,500 FY2022-23, 52,000
# FY2023-24), returns (Sep-Dec 2023 541,000; Jan-Jun 2024 398,000; Jul-Dec
# 2024 278,000; 2024 676,000), attacks (73, 112, 158, 212 for 2021-2024),
# closure days 2024 (Torkham 46, Chaman 31, Ghulam Khan 22, Angoor Adda 17).
#
# New invented figures, consistent with the above:
#   2022 quarters, US$ mn: exports 214, 226, 247, 249 (= 936);
#                          imports 172, 188, 196, 185 (= 741).
#   Fiscal years (July-June), US$ mn:
#     FY2022-23 exports 991 (247+249+236+259), imports 738 (196+185+181+176),
#               balance 253, two-way 1,729;
#     FY2023-24 exports 956 (271+246+241+198), imports 620 (164+169+148+139),
#               balance 336, two-way 1,576.
#   Half-year imports, US$ mn: H1 2023 357, H2 2023 333, H1 2024 287, H2 2024 253.
#   Half-year exports, US$ mn: H1 2023 495, H2 2023 517, H1 2024 439, H2 2024 445.
#   Closure days 2024 by half-year: Torkham 28/18, Chaman 19/12,
#     Ghulam Khan 9/13, Angoor Adda 8/9 (H1 64, H2 52, year 116).
#   Average daily pedestrian crossings at Torkham (both ways): Feb-24 6,900,
#     Mar-24 9,800.
#   Export basket 2024 (shares of 884): rice 28 %, wheat flour 17 %,
#     medicines 12 %, fruit and vegetables 11 %, cement 9 %, textiles 8 %,
#     other 15 % (= 100).
#   Customs duty at Torkham in crore: FY22 Rs 3,140 crore, FY23 Rs 3,580
#     crore, FY24 Rs 2,960 crore (1 crore = 10 million; 1 lakh = 100,000).
#   Refugee register in lakh (rounded): 2019 14.19, 2020 14.38, 2021 14.91,
#     2022 17.43, 2023 19.88, 2024 15.60.

HELDOUT4 = []


def doc(name, text, labels=(), control_type=None):
    HELDOUT4.append({"name": name, "text": text.strip() + "\n", "labels": list(labels),
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

doc("sbp_style_trade_note_fy24", """
# Trade Note 4/2024: Pakistan's Goods Trade with Afghanistan in FY 2023-24

*Prepared in the external sector division in the style of a central bank staff note. Views are those of the staff and not of the Board.*

**1. Overview.** Exports to Afghanistan amounted to USD 1,056 million in 2023/24, while imports from Afghanistan fell by about a sixth, to USD 620 million. The bilateral surplus therefore widened, but on a smaller base of two-way trade than in the previous fiscal year.

Table 1. Pakistan–Afghanistan goods trade, USD million (July–June)

| USD million | FY 2022-23 | FY 2023-24 | Change |
|---|---|---|---|
| Exports to Afghanistan | 991 | 956 | −35 |
| Imports from Afghanistan | 738 | 620 | −118 |
| Balance | 253 | 336 | +83 |

**2. Composition.** Rice, wheat flour, medicines and cement continued to dominate the export basket. On the import side, coal lost ground to seaborne cargoes landed at Karachi and Port Qasim once the duty on Afghan coal was revised, while fresh and dried fruit held up.

**3. Payments.** A large share of the trade is still settled in cash or through informal channels. Staff estimates suggest that documented bank settlement covered well under half of export receipts in the year to June 2024, which limits the usefulness of the trade account as a guide to foreign-exchange inflows.

**4. Risks.** Stoppages at Torkham and Chaman, abrupt changes to export rules for food staples, and the diversion of Afghan transit cargo to Iranian ports are the main downside risks for FY 2024-25. Staff will update these figures when the July–December 2024 data are final.
""", [{
    "kind": "text_vs_table",
    "quotes": ["Exports to Afghanistan amounted to USD 1,056 million in 2023/24", "| Exports to Afghanistan | 991 | 956 | −35 |"],
    "explanation": "The overview puts Pakistan's exports to Afghanistan in 2023/24 at USD 1,056 million; Table 1 (fiscal years as columns, unit USD million in the caption and the corner cell) gives 956 for FY 2023-24, the same July–June year. The table's change column (−35 = 956 − 991) agrees with the table, not the text.",
    "expected_values": {"text_value": 1056, "table_value": 956, "unit": "USD million",
                        "text_period_as_written": "2023/24", "table_period_as_written": "FY 2023-24",
                        "subject": "PAK→AFG exports", "period": "FY2023-24"},
}])

T = pdf_table([
    ["Crossing", "2023", "2024", "Change", "Closure days 2024"],
    ["Torkham", "566", "486", "-80", "46"],
    ["Chaman", "324", "283", "-41", "31"],
    ["Ghulam Khan", "92", "88", "-4", "22"],
    ["Angoor Adda", "30", "27", "-3", "17"],
    ["Total", "1,012", "884", "-128", "116"],
])
doc("closures_crossings_paper_results", """
# Do Border Closures Explain the Fall in Pakistan's Exports to Afghanistan? Evidence from Four Crossings

**Abstract.** We combine customs records for calendar years 2023 and 2024 with a count of days on which each of the four main crossings was closed to cargo. Pakistan's exports to Afghanistan fell by USD 128 million (12.6 per cent) between the two years. We find that the fall was concentrated at the crossings with the most closure days, but that closures alone cannot explain the decline at Chaman, where a long sit-in and the new passport-and-visa rule disrupted trade on days when the gate was formally open.

**3. Results**

Table 2 reports exports by crossing (USD million) together with the number of days each crossing was closed to cargo in 2024.

{T}

Source: customs records; authors' closure log.

Torkham, closed for 46 days, lost USD 80 million of exports, the largest absolute fall. Chaman's exports fell to US$ 0.31 bn in 2024 despite only 31 closure days, a result we attribute to the sit-in. The two largest crossings account for 121 of the 128 million lost, or about 95 per cent. At Ghulam Khan and Angoor Adda the falls were small in value, although both crossings were shut for more than two weeks.

**4. Discussion.** A simple regression of the change in exports on closure days across four crossings is obviously underpowered, and we do not report it as evidence. The pattern is nonetheless suggestive: each additional closure day at Torkham was associated with a loss of roughly USD 1.7 million of exports. We discuss the role of informal trade, which is not recorded at the gate, in Section 5.
""".replace("{T}", "\n".join(T)), [{
    "kind": "text_vs_table",
    "quotes": ["Chaman's exports fell to US$ 0.31 bn in 2024", T[2]],
    "explanation": "The results text puts Pakistan's exports through Chaman in 2024 at US$ 0.31 bn (310 USD million); Table 2, a PDF-extracted table with cells separated by runs of spaces, gives 283 for Chaman in 2024. The table's change column (−41 = 283 − 324) and its total (884) agree with 283, not with 310.",
    "expected_values": {"text_value": 310, "text_as_written": "US$ 0.31 bn", "table_value": 283,
                        "unit": "USD million", "subject": "PAK→AFG exports through Chaman",
                        "period": "2024", "table_form": "pdf_extracted"},
}])

doc("ocha_style_returns_bulletin", """
# PAKISTAN: Afghan Returns — Humanitarian Bulletin, Issue 9 (January 2025)

## Key figures

- 3.6 lakh people returned from Pakistan to Afghanistan in January–June 2024
- 2.78 lakh returned in July–December 2024
- 7 reception and transit centres operating on the Afghan side

## Situation overview

Returns from Pakistan continued throughout 2024, though at a slower pace than in the last months of 2023, when 5.41 lakh people crossed in under four months. Most returnees in 2024 travelled through Torkham and Spin Boldak. Monitoring partners report that a growing share of returnees were women and children travelling without an adult male relative.

Table 1. Returns from Pakistan to Afghanistan, 2024

| Period | Returns (persons) | Share of 2024 |
|---|---|---|
| Jan–Jun 2024 | 398,000 | 58.9% |
| Jul–Dec 2024 | 278,000 | 41.1% |
| Total 2024 | 676,000 | 100% |

## Humanitarian response

Partners provided returnees at the border with hot meals, drinking water, transport allowances and, in winter, blankets and heaters. Protection desks at both crossings referred families with specific needs, including unaccompanied older people and people with disabilities, to specialised services.

## Gaps and constraints

Funding for the returnee response remained well below requirements. Cash assistance was reduced to a single instalment for most families from mid-year, and stocks of winter kits ran low in December.

## Coordination

The next meeting of the border coordination group will take place in Peshawar. Partners are asked to submit their updated 3W data beforehand.
""", [{
    "kind": "text_vs_table",
    "quotes": ["3.6 lakh people returned from Pakistan to Afghanistan in January–June 2024", "| Jan–Jun 2024 | 398,000 | 58.9% |"],
    "explanation": "The key figures put returns from Pakistan in January–June 2024 at 3.6 lakh (360,000, written in the South Asian unit); Table 1 gives 398,000 for the same half-year. The table's rows add up to its 2024 total (398,000 + 278,000 = 676,000), and its share column (58.9 % of 676,000) matches 398,000, not 360,000.",
    "expected_values": {"text_value": 360000, "text_as_written": "3.6 lakh", "table_value": 398000,
                        "unit": "people", "subject": "returns from Pakistan to Afghanistan",
                        "period": "2024-01..2024-06"},
}])

doc("wire_torkham_closures_factbox", """
# Pakistan-Afghan border closures cost traders dear in 2024, chamber says

PESHAWAR, Jan 8 (Frontier Wire) — Pakistan's main border crossing with Afghanistan was shut to cargo for weeks at a time last year, leaving thousands of lorries stranded and exporters counting losses, business leaders said on Wednesday.

Torkham was shut to cargo for 46 days in 2024, according to customs figures shared with the Sarhad chamber, most of them after exchanges of fire between the two countries' border forces or disputes over construction near the gate.

"Every day the gate is closed, perishable goods rot on the road," said Gul Rehman Afridi, a fruit trader in Landi Kotal. "Nobody compensates us."

A Pakistani official, who asked not to be named because he was not authorised to speak to the media, said the closures were "a last resort" and blamed the Afghan side for building posts too close to the line. Afghan officials in Nangarhar have in the past said their construction is on their own territory.

Exports to Afghanistan fell to USD 884 million in 2024 from USD 1,012 million in 2023, customs data show.

FACTBOX — Days closed to cargo, CY2024

- Torkham: closed to cargo 41 days
- Chaman: 31 days
- Ghulam Khan: 22 days
- Angoor Adda: 17 days

(Reporting by Frontier Wire staff; editing by the Islamabad desk)
""", [{
    "kind": "text_vs_table",
    "quotes": ["Torkham was shut to cargo for 46 days in 2024", "Torkham: closed to cargo 41 days"],
    "explanation": "The body of the wire story says Torkham was shut to cargo for 46 days in 2024; the factbox at the foot of the same story gives 41 days for Torkham in CY2024. Same crossing, same measure, same year, two values in two sections.",
    "expected_values": {"text_value": 46, "factbox_value": 41, "unit": "days",
                        "text_period_as_written": "in 2024", "factbox_period_as_written": "CY2024",
                        "subject": "days Torkham was closed to cargo", "period": "2024"},
}])

T = pdf_table([
    ["Fiscal year", "Duty (Rs bn)", "Change"],
    ["2021-22", "31.4", "—"],
    ["2022-23", "35.8", "+4.4"],
    ["2023-24", "29.6", "-6.2"],
])
doc("kp_press_release_torkham_duty", """
# Government of Khyber Pakhtunkhwa — Information & Public Relations Department

## PRESS RELEASE

Peshawar: The Provincial Minister for Finance on Tuesday chaired a meeting on the province's claim to a share of the customs revenue collected at Torkham. The meeting was told that the Torkham Collectorate collected Rs 3,410 crore in FY 2021-22 and Rs 2,960 crore in FY 2023-24, while the province received no direct share of either amount.

The Minister said the Peshawar–Torkham road, which carries almost all of the heavy traffic to the crossing, had not received any federal funds for major repair in three years. He directed the Finance Department to prepare a case for the National Finance Commission showing the cost to the province of maintaining roads, police posts and health facilities along the route.

The following figures were presented to the meeting:

Customs duty collected at Torkham

{T}

Source: Federal Board of Revenue, as provided to the Finance Department.

The meeting was also told that long closures of the crossing in 2023 and 2024 had hit transporters, labourers and hoteliers in Khyber district. The Minister said the provincial government would raise the issue of closures with the federal government and urged that cargo lanes be kept open during security incidents.

The meeting decided to form a working group of the Finance, Home and Communications departments, which will submit its recommendations within thirty days.
""".replace("{T}", "\n".join(T)), [{
    "kind": "text_vs_table",
    "quotes": ["the Torkham Collectorate collected Rs 3,410 crore in FY 2021-22", T[1]],
    "explanation": "The press release says the Torkham Collectorate collected Rs 3,410 crore (Rs 34.1 billion) in FY 2021-22; the PDF-extracted table below it, in Rs billion, gives 31.4 for 2021-22, and its change column (+4.4 to 35.8) agrees with 31.4. The text's other figure, Rs 2,960 crore for FY 2023-24, matches the table's 29.6. Rupee amounts are never converted.",
    "expected_values": {"text_value": 34.1, "text_as_written": "Rs 3,410 crore", "table_value": 31.4,
                        "unit": "PKR billion", "text_period_as_written": "FY 2021-22",
                        "table_period_as_written": "2021-22",
                        "subject": "customs duty collected at Torkham", "period": "FY2021-22",
                        "table_form": "pdf_extracted"},
}])

doc("podcast_afghan_imports_show_notes", """
# The Border Economy — Episode 41: "What Afghanistan Sells Us"

*Transcript excerpt, lightly edited. Guest: an economist who follows the Khyber trade.*

**HOST:** Let's start with the basics. When people in Pakistan talk about Afghan trade they mean our exports, the flour and the rice. But what does Afghanistan sell to us?

**GUEST:** Mostly coal, and then fruit: fresh grapes and pomegranates in season, dried fruit and pine nuts all year. Coal was the story of 2022. Our cement plants discovered they could buy it in rupees and have it delivered by road in a couple of days.

**HOST:** And then?

**GUEST:** And then it went the other way. The duty went up, seaborne coal got cheaper, Torkham kept closing. By last year, 2024, imports had fallen to something like 450 million dollars. That's a big drop from the peak.

**HOST:** Is that bad for us? We sell them more than we buy.

**GUEST:** It's not good. Every lorry that comes in with coal goes back with flour or cement, so the two flows support each other. When one side shrinks, transport costs go up for the other.

**HOST:** We'll put the numbers in the show notes.

---

**Show notes.** Pakistan's imports from Afghanistan, calendar years:

| Year | Imports (USD mn) | Change (%) |
|---|---|---|
| 2022 | 741 | — |
| 2023 | 690 | −6.9 |
| 2024 | 540 | −21.7 |

Music: "Khyber Morning" by a Peshawar studio band. Next episode: payments, money changers and the rupee.
""", [{
    "kind": "text_vs_table",
    "quotes": ["imports had fallen to something like 450 million dollars", "| 2024 | 540 | −21.7 |"],
    "explanation": "In the transcript the guest puts Pakistan's imports from Afghanistan in 2024 at 'something like 450 million dollars'; the show-notes table gives 540 (USD mn) for 2024, and its change column (−21.7 percent from 690) matches 540. The hedge cannot cover a gap of 90 million (the digits are swapped).",
    "expected_values": {"text_value": 450, "text_hedge": "something like", "table_value": 540,
                        "unit": "USD million", "subject": "AFG→PAK exports (Pakistan's imports)",
                        "period": "2024"},
}])

# =================================================================== arithmetic

T = pdf_table([
    ["Year", "Exports", "Imports", "Total", "Balance"],
    ["2020", "942", "509", "1,451", "433"],
    ["2021", "828", "552", "1,380", "276"],
    ["2022", "936", "741", "1,677", "159"],
    ["2023", "1,012", "690", "1,702", "322"],
    ["2024", "884", "540", "1,424", "344"],
])
doc("consultancy_market_note_afghanistan", """
# Market Note: Selling into Afghanistan from Pakistan, 2025 Update

*Prepared by a Lahore trade consultancy for its corporate clients. Confidential; not for onward circulation.*

## Why this note

Several clients in food processing, pharmaceuticals and building materials have asked whether Afghanistan is still worth the trouble. This note updates our 2023 assessment with customs data to the end of 2024.

## The numbers

Table 1. Pakistan–Afghanistan goods trade, CY2020–CY2024 (USD million)

{T}

Source: Pakistan customs, compiled by the consultancy.

Two-way trade peaked in 2023, at USD 1.7 billion, and fell back to about USD 1.4 billion in 2024. Pakistan has run a surplus in every year shown, because Afghan buyers take far more of our flour, rice, medicines and cement than Afghan sellers of coal and fruit can match.

## What has changed for exporters

- Payment: most buyers still pay in cash or through money changers; letters of credit are rare.
- Access: closures at Torkham and Chaman have become longer and less predictable.
- Competition: Iranian, Uzbek and Kazakh suppliers now reach Afghan cities by road and rail.

## Our view

Afghanistan remains a natural market for Pakistani staples, with short transport times when the road is open. But we advise clients to price in closure risk, to insist on advance payment for new buyers, and to keep a second route through Chaman for cargo bound for Kandahar and the south.
""".replace("{T}", "\n".join(T)), [{
    "kind": "arithmetic",
    "quotes": [T[3]],
    "explanation": "In the PDF-extracted Table 1, the 2022 row gives a balance of 159, but exports of 936 less imports of 741 is 195 (the digits are swapped). The row's total (1,677 = 936 + 741) and every other row add up.",
    "expected_values": {"exports": 936, "imports": 741, "stated_balance": 159,
                        "computed_balance": 195, "unit": "USD million", "period": "2022",
                        "table_form": "pdf_extracted"},
}])

doc("chamber_circular_imports_change", """
# Sarhad Importers' Group — Circular No. 7/2025

**Subject: Four years of imports from Afghanistan**

Members will find below the customs figures for goods imported from Afghanistan since 2021, with the year-on-year change, as requested at the last general meeting.

| | 2021 | 2022 | 2023 | 2024 |
|---|---|---|---|---|
| Imports from Afghanistan (USD mn) | 552 | 741 | 690 | 540 |
| Change (%) | +8.4 | +34.2 | −9.6 | −21.7 |

**Reading the table.** The coal rush of 2022 lifted imports by more than a third. Since then they have declined in two steps: a small dip in 2023, as world coal prices eased and seaborne cargoes competed with Afghan coal, and a much larger fall in 2024, when the duty on Afghan coal was raised and Torkham was closed for long spells.

**Coal.** Members in the coal trade report that several cement plants have moved their contracts to suppliers shipping through Karachi. Unless the duty is fixed for at least a year at a time, those customers are unlikely to return.

**Fruit.** Grapes, pomegranates and melons did better. Members ask that perishable cargo be given a separate lane at Torkham and that the cold-storage yard promised in 2023 be completed.

**Action requested.** Members are asked to send the secretariat, by the end of the month, their own import volumes for 2023 and 2024 in tonnes, so that the group can present a joint case to the Ministry of Commerce before the budget.

By order of the executive committee.
""", [{
    "kind": "arithmetic",
    "quotes": ["| Change (%) | +8.4 | +34.2 | −9.6 | −21.7 |"],
    "explanation": "In the change row of the table (years as columns), the 2023 cell gives −9.6 percent, but imports went from 741 to 690 USD mn, a fall of 6.9 percent (the digits are swapped). The other cells are right (+34.2 from 552 to 741, −21.7 from 690 to 540; +8.4 from 509 in 2020, which the table does not show).",
    "expected_values": {"from": 741, "from_period": "2022", "to": 690, "to_period": "2023",
                        "stated_change_pct": -9.6, "computed_change_pct": -6.88,
                        "unit": "percent", "location": "change row"},
}])

doc("kp_home_department_repatriation_update", """
# Home & Tribal Affairs Department, Government of Khyber Pakhtunkhwa

## Monthly Update on the Repatriation of Illegal Foreigners — December 2024

**1. Background.** Under the federal government's Illegal Foreigners Repatriation Plan announced in October 2023, foreigners without valid documents were required to leave Pakistan. Khyber Pakhtunkhwa, through the Torkham crossing, has handled the largest share of departures.

**2. Cumulative departures.** Since mid-September 2023, 5.41 lakh Afghans returned by the end of that year and another 6.76 lakh during 2024, bringing the total to 12.71 lakh. Departures in 2024 were slower than in the first months of the plan, when families tried to leave before the November deadline.

**3. Holding centres.** The holding and transit centres at Landi Kotal and in Peshawar remained open throughout the month. District administrations provided transport to Torkham for families without their own means, and health teams screened returnees at the centres.

**4. Complaints.** The department's complaint cell received reports of harassment and demands for money at police checkpoints. These were referred to the Inspector General of Police for inquiry; action was taken against several officials.

**5. Registered refugees.** Holders of Proof of Registration cards and of Afghan Citizen Cards are not covered by the current phase of the plan. District police have been instructed in writing not to detain card holders for removal.

**6. Next steps.** The department will continue to coordinate with the Ministry of Interior, the Ministry of States and Frontier Regions and the district administrations, and will issue its next update in January 2025.

*Issued by the Public Relations Officer, Home & Tribal Affairs Department, Peshawar.*
""", [{
    "kind": "arithmetic",
    "quotes": ["5.41 lakh Afghans returned by the end of that year and another 6.76 lakh during 2024, bringing the total to 12.71 lakh"],
    "explanation": "5.41 lakh (541,000) plus 6.76 lakh (676,000) is 12.17 lakh (1,217,000), not 12.71 lakh; the last two digits of the total are swapped. All figures are written in lakh (1 lakh = 100,000).",
    "expected_values": {"parts": {"Sep-Dec 2023": 541000, "2024": 676000},
                        "sum_of_parts": 1217000, "stated_total": 1271000, "difference": 54000,
                        "as_written": {"parts": ["5.41 lakh", "6.76 lakh"], "total": "12.71 lakh"},
                        "unit": "people", "period": "2023-09..2024-12"},
}])

doc("market_column_export_basket_2024", """
# Market Watch: What Afghanistan Bought From Us in 2024

*Weekly markets column, business pages.*

Pakistan's exports to Afghanistan came to USD 884 million in 2024, down from USD 1,012 million the year before. Behind the headline number, the basket shifted in ways that matter for individual industries.

By value, rice made up 31 pc of the total, wheat flour 17 pc, medicines 12 pc, fruit and vegetables 11 pc, cement 9 pc, textiles 8 pc and everything else 16 pc. Rice held its place at the top despite competition from Indian and Iranian grain reaching Afghan markets through Chabahar and across the western border.

Flour is the most politically sensitive item. Whenever wheat prices rise at home, provincial governments restrict movement of flour towards the border, and each restriction sends Afghan buyers to Kazakh mills. Traders in Peshawar say the flour share would have been higher without the spring restrictions.

Medicines are the quiet success. Pakistani generics are trusted in Afghanistan, and pharmaceutical exporters have been better than most at arranging payment through licensed channels. Several firms have opened warehouses in Kabul.

Cement and textiles suffered most from closures, since a lorry of cement earns little and cannot wait long at the gate.

**What to watch in 2025:** whether the government keeps its promise of advance notice before restricting food exports, and whether a rupee payment channel with Afghan banks finally opens.
""", [{
    "kind": "arithmetic",
    "quotes": ["rice made up 31 pc of the total, wheat flour 17 pc, medicines 12 pc, fruit and vegetables 11 pc, cement 9 pc, textiles 8 pc and everything else 16 pc"],
    "explanation": "The product shares of Pakistan's 2024 exports to Afghanistan, written with 'pc' and closed with 'everything else', add up to 104 percent (31 + 17 + 12 + 11 + 9 + 8 + 16).",
    "expected_values": {"shares_pct": {"rice": 31, "wheat flour": 17, "medicines": 12,
                                       "fruit and vegetables": 11, "cement": 9, "textiles": 8,
                                       "everything else": 16},
                        "sum_pct": 104, "period": "2024"},
}])

doc("wire_cross_border_attacks_2024", """
# Attacks from Afghan soil hit record in 2024, Pakistan says

ISLAMABAD, Jan 15 (Frontier Wire) — Militant attacks launched across the Afghan border reached a record last year, Pakistan's interior ministry said on Wednesday, adding to strains between Islamabad and Kabul that have repeatedly closed the main trade crossings.

Cross-border attacks rose to 212 in 2024 from 158 in 2023, a rise of 43.2 per cent, a ministry spokesman told reporters, citing figures compiled by the security forces. Most targeted checkposts and convoys in the North and South Waziristan, Bajaur and Khyber districts.

"We have shared evidence with the Afghan authorities again and again," the spokesman said. "We expect action, not assurances."

The Afghan foreign ministry did not respond to a request for comment. Kabul has previously denied that its territory is used to attack neighbouring countries and has urged Pakistan to resolve its security problems internally.

The figures were released a day after the National Assembly's interior committee asked the ministry for district-level data on attacks, casualties and closures of the border crossings. Committee members have complained that closures ordered after attacks hurt traders more than militants.

Analysts in Islamabad said the rising trend since 2021, when the count stood at 73, reflected both the Tehrik-i-Taliban Pakistan's greater freedom of movement and a shift in its tactics towards frequent small raids.

(Reporting by Frontier Wire staff in Islamabad and Peshawar; editing by the regional desk)
""", [{
    "kind": "arithmetic",
    "quotes": ["rose to 212 in 2024 from 158 in 2023, a rise of 43.2 per cent"],
    "explanation": "An increase from 158 to 212 is 34.2 percent, not 43.2 percent (the digits are swapped). Both end values are stated in the same sentence, end value first.",
    "expected_values": {"from": 158, "from_period": "2023", "to": 212, "to_period": "2024",
                        "stated_change_pct": 43.2, "computed_change_pct": 34.18,
                        "unit": "attacks"},
}])

T = pdf_table([
    ["Crossing", "H1 2024", "H2 2024", "Total"],
    ["Torkham", "28", "18", "46"],
    ["Chaman", "19", "12", "31"],
    ["Ghulam Khan", "9", "13", "22"],
    ["Angoor Adda", "8", "9", "17"],
    ["Total", "64", "52", "106"],
])
doc("border_monitor_closure_review_2024", """
# Border Monitoring Network — Annual Review 2024: Closures of the Crossings

**Scope.** Our monitors at the four main crossings between Pakistan and Afghanistan recorded every day on which the gate was closed to cargo for more than twelve hours. Pedestrian-only closures are not counted here.

**Table 3. Days closed to cargo, by crossing and half-year**

{T}

**Findings.** Torkham was the most affected crossing in both halves of the year, with the longest single closure lasting eleven days after an exchange of fire in the spring. Chaman recorded fewer formal closures in the second half, but our monitors note that the sit-in against the passport-and-visa rule kept traffic well below normal even on open days. Ghulam Khan and Angoor Adda were the only crossings where closures increased in the second half, as security operations in North and South Waziristan led to repeated short shutdowns.

**What closures cost.** Monitors interviewed drivers, porters and traders at each crossing. Drivers reported waits of up to nine days with perishable loads; porters, who are paid by the load, reported losing most of their income during closures; and several small traders said they had given up cross-border business altogether.

**Recommendations.**

1. Keep cargo lanes open while incidents at the gate are investigated.
2. Notify traders in advance of planned closures, with an expected reopening date.
3. Publish official closure data monthly, so that independent counts like ours can be checked against them.
""".replace("{T}", "\n".join(T)), [{
    "kind": "arithmetic",
    "quotes": [T[5]],
    "explanation": "The total row of the PDF-extracted Table 3 gives 106 days for the year, but the crossings' annual totals add up to 116 (46 + 31 + 22 + 17), and so do the row's own half-years (64 + 52). The half-year column totals and every crossing row are right.",
    "expected_values": {"stated_total": 106, "sum_of_parts": 116, "difference": -10,
                        "parts": {"Torkham": 46, "Chaman": 31, "Ghulam Khan": 22, "Angoor Adda": 17},
                        "also_sum_of_half_years": 116, "unit": "days", "period": "2024",
                        "table_form": "pdf_extracted"},
}])

# =================================================================== garbled

doc("ngo_field_log_torkham_march", """
# Torkham Field Log — Border Monitoring Network, Khyber Team

*Internal log, shared with partner organisations. Entries are written up by the duty monitor at the end of each shift.*

**04 Mar, morning shift.** Gate opened 08:10. Pedestrian lane slow; FIA counters short of two officers. Queue of returnee families at the holding area reached the main road by 11:00. Two buses from Peshawar arrived without the required transport slips and were held for three hours.

**11 Mar, afternoon shift.** Cargo lane open normally. Monitors counted 410 outbound lorries between 14:00 and 18:00, mostly flour, cement and medicines. Inbound coal lorries fewer than last week. No incidents.

**19 Mar, morning shift.** Brief suspension of the pedestrian lane (about 40 minutes) after a dispute between porters and Levies personnel. Resolved by the assistant commissioner. Women's search booth again unstaffed until 10:30.

**Weekly summary, 31 Mar.** Average daily pedestrian crossings at Torkham (both directions) went from 9,800 in Mar-24 to 9,800 in Mar-24, after the gate returned to normal hours following the February restrictions. Returnee arrivals at the holding area were steady. The February average of 6,900 a day was the lowest since monitoring began.

**Follow-up points for the coordination meeting.**

- Raise the shortage of women searchers with the district administration.
- Ask the FIA to publish daily counter staffing.
- Request that buses carrying returnees be issued slips at the point of departure.

*Log closed 31 Mar, 19:45. Next review: 07 Apr.*
""", [{
    "kind": "garbled",
    "quotes": ["went from 9,800 in Mar-24 to 9,800 in Mar-24"],
    "explanation": "The weekly summary describes a change whose start and end are the same value and the same month, written in the spreadsheet form 'Mar-24'. The same entry gives the February average as 6,900, so the intended change was from 6,900 in Feb-24 to 9,800 in Mar-24.",
    "expected_values": {"start_value": 9800, "end_value": 9800,
                        "start_period": "Mar-24", "end_period": "Mar-24",
                        "likely_intended_start": {"value": 6900, "period": "Feb-24"},
                        "unit": "pedestrian crossings per day"},
}])

doc("sbp_style_box_imports_h2_2024", """
# Box 3.1: Imports from Afghanistan in 2024 — A Closer Look

*From a central bank-style half-yearly report on the external sector. Figures are provisional.*

Imports from Afghanistan continued to weaken during 2024, extending the decline that began after the 2022 peak. On a half-yearly basis, imports from Afghanistan eased from USD 287 million in H1 2024 to USD 287 million in H1 2024, bringing the calendar-year total to USD 540 million, down from USD 690 million in 2023.

Three factors explain most of the decline. First, the revision of the duty on Afghan coal reduced its price advantage over imported coal landed at Karachi and Port Qasim. Second, international coal prices were lower than in 2022, when Afghan coal filled a gap left by disrupted seaborne supply. Third, stoppages at Torkham during the year raised the cost of road haulage.

Imports of fresh and dried fruit were more resilient. Their value fell less than that of coal, partly because dried fruit can be stored and shipped once a crossing reopens. Imports of cotton and talc were broadly unchanged.

On the export side, shipments to Afghanistan totalled USD 884 million in 2024, split almost evenly between the first half (USD 439 million) and the second (USD 445 million). With imports falling faster than exports, the bilateral surplus widened to USD 344 million for the year.

The outlook for 2025 depends on the duty regime for coal and on whether the crossings remain open. Staff do not expect a return to the 2022 level of imports in the near term.
""", [{
    "kind": "garbled",
    "quotes": ["eased from USD 287 million in H1 2024 to USD 287 million in H1 2024"],
    "explanation": "The half-yearly comparison starts and ends at the same value and the same half-year (USD 287 million in H1 2024). The annual total in the same sentence (USD 540 million) implies a second half of USD 253 million, so the intended end point is USD 253 million in H2 2024.",
    "expected_values": {"start_value": 287, "end_value": 287,
                        "start_period": "H1 2024", "end_period": "H1 2024",
                        "likely_intended_end": {"value": 253, "period": "H2 2024"},
                        "unit": "USD million"},
}])

doc("senate_safron_returns_brief", """
# Senate of Pakistan — Standing Committee on States and Frontier Regions

## Brief for the meeting on returns to Afghanistan

*Prepared by the Ministry of SAFRON for the information of the Hon'ble Members.*

**1. Purpose.** To update the Committee on the return of Afghan nationals from Pakistan in 2024 and on arrangements for registered refugees.

**2. Returns in the second half of 2024.** Between December 2024 and July 2024, 278,000 Afghans returned to Afghanistan, compared with 398,000 in the first half of the year. The total for calendar 2024 was therefore 676,000. The slower pace reflects the completion of the first phase of the repatriation plan and the onset of winter, when returns traditionally decline.

**3. Registered refugees.** Proof of Registration card holders remain outside the scope of the repatriation plan. The Ministry has forwarded to the Federal Cabinet a summary on the further extension of the cards, which is under consideration.

**4. Afghan Citizen Card holders.** The mapping of Afghan Citizen Card holders in Punjab, Sindh and Islamabad has been completed. The Ministry of Interior will brief the Committee separately on the next phase.

**5. Issues for the Committee.**

- Provincial governments have requested federal funds for transport and holding centres.
- The Commissionerate for Afghan Refugees has reported delays in verifying card holders at police checkpoints.
- Host districts in Khyber Pakhtunkhwa and Balochistan have sought compensation for services provided to Afghans over several decades.

**6. Recommendation.** The Committee may wish to call the Ministry of Interior and the provincial Home Departments at its next meeting to review the arrangements for the second phase.
""", [{
    "kind": "garbled",
    "quotes": ["Between December 2024 and July 2024"],
    "explanation": "The period runs backwards, from December 2024 to July 2024 (months within one year). The rest of the paragraph makes clear that the figure of 278,000 is for the second half of 2024, July to December.",
    "expected_values": {"stated_period_start": "December 2024", "stated_period_end": "July 2024",
                        "intended_period": "2024-07..2024-12", "value": 278000, "unit": "people"},
}])

doc("journalists_faq_torkham_revenue", """
# Covering the Border Economy: An FAQ for Journalists

*Produced by a media-training programme in Peshawar for reporters new to the trade beat.*

**Where do customs figures for Torkham come from?** From the Federal Board of Revenue, which collects duty at the crossing through the Collectorate of Customs in Peshawar. The Board publishes annual figures by fiscal year (July to June); monthly figures are sometimes shared with chambers of commerce and can be requested.

**What are the latest numbers?** In FY 2024-23 the Collectorate collected Rs 29.6 billion at Torkham, down from Rs 35.8 billion the year before. In FY 2021-22 the figure was Rs 31.4 billion. Remember that these are rupee amounts; do not convert them to dollars without stating the rate you used.

**Why did receipts fall?** Officials point to three causes: long closures of the crossing, a smaller coal trade after the duty on Afghan coal was revised, and the diversion of Afghan transit cargo to Iranian ports. Traders add a fourth, under-invoicing, which the Board is reluctant to discuss.

**Is duty the same as trade?** No. Duty depends on the goods and their tariff rates, not only on the value of trade. A fall in coal imports can cut receipts sharply even if total trade falls less.

**Who should I call?** The Collectorate's public relations office, the Sarhad Chamber of Commerce, the clearing agents' association in Landi Kotal, and academics at the University of Peshawar who work on the frontier economy.

**A last tip.** Always say which year you mean. "2023-24", "FY24" and "the year to June 2024" are the same period; "2024" on its own is not.
""", [{
    "kind": "garbled",
    "quotes": ["In FY 2024-23 the Collectorate collected Rs 29.6 billion"],
    "explanation": "The fiscal-year label runs backwards: 'FY 2024-23' puts the later year first. The surrounding text (down from Rs 35.8 billion the year before; Rs 31.4 billion in FY 2021-22) shows the year meant is FY 2023-24, for which Rs 29.6 billion is the figure used throughout the set.",
    "expected_values": {"stated_period_start": "2024", "stated_period_end": "2023",
                        "stated_as_written": "FY 2024-23", "intended_period": "FY2023-24",
                        "value": 29.6, "unit": "PKR billion"},
}])

doc("oped_fence_did_not_work", """
# Op-Ed: The Fence Was Never Going to Be Enough

When Pakistan began fencing its western border, the promise was simple: seal the frontier and the attacks would stop. Seven years and many billions of rupees later, the frontier is largely fenced, and the attacks have not stopped. They have multiplied.

Over CY2024–CY2021, cross-border attacks nearly tripled, from 73 to 212, according to the interior ministry's own figures. The steepest rise in relative terms came in 2022, the first full year after August 2021, when the Tehrik-i-Taliban Pakistan found in the new order in Kabul a patron rather than an adversary.

A fence is a tool, not a policy. It can slow movement and channel it towards crossings where it can be watched. It cannot replace intelligence, patrols or a working relationship with the authorities on the other side. Long stretches of the line run through mountains where no fence can be maintained without soldiers nearby, and sections have been cut or pulled down more than once.

The cost of treating the fence as a solution is borne by border communities. Families divided by the line now need passports and visas to attend weddings and funerals a few kilometres away. Porters and small traders who once crossed daily have lost their living.

What would a policy look like? Regular meetings between border commanders, a hotline that is actually answered, joint investigation of incidents, and an understanding that trade keeps moving while disputes are settled. None of this is easy with the current authorities in Kabul. All of it is more likely to reduce violence than another layer of razor wire.

*The writer is a retired civil servant who served in the former tribal districts.*
""", [{
    "kind": "garbled",
    "quotes": ["Over CY2024–CY2021"],
    "explanation": "The period runs backwards, written with 'CY' prefixes and an en dash: CY2024–CY2021, for a rise that runs from 73 attacks in 2021 to 212 in 2024, as the rest of the sentence shows.",
    "expected_values": {"stated_period_start": "CY2024", "stated_period_end": "CY2021",
                        "intended_period": "2021..2024", "from": 73, "to": 212,
                        "unit": "attacks"},
}])

doc("journal_abstract_fiscal_trade", """
# Trade Under Uncertainty: Pakistan–Afghanistan Commerce After 2021

**Abstract.** We study how political and regulatory uncertainty shaped goods trade between Pakistan and Afghanistan in the two fiscal years after the change of government in Kabul for which complete data exist. Using customs records for FY 2022-23 and FY 2023-24, we find that exports to Afghanistan fell by 3.5 per cent while imports fell by 16.0 per cent. Using customs records for FY 2022-23 and FY 2023-24, we find that exports to Afghanistan fell by 3.5 per cent while imports fell by 16.0 per cent. The asymmetry reflects the exposure of imports to a single commodity, coal, whose duty treatment changed twice in the period. We further show that closure days at Torkham explain a larger share of the variation in monthly exports than in monthly imports.

**Keywords:** Pakistan; Afghanistan; border trade; uncertainty; coal; customs data

**1. Introduction.** Pakistan's trade with Afghanistan has long been shaped by politics as much as by prices. After August 2021, traders faced a frozen Afghan banking system, changing rules on both sides of the border, and frequent closures of the main crossings. Exports fell from USD 991 million in FY 2022-23 to USD 956 million in FY 2023-24, and imports from USD 738 million to USD 620 million, so that the surplus widened from USD 253 million to USD 336 million.

**2. Data.** We use monthly customs records by crossing and product, matched to a daily log of closures kept by a border-monitoring network. Informal trade, which is large, is not captured.

**3. Contribution.** Earlier work treated the border as either open or closed. We show that the uncertainty about whether it will be open matters as much as the closures themselves.
""", [{
    "kind": "garbled",
    "quotes": ["Using customs records for FY 2022-23 and FY 2023-24, we find that exports to Afghanistan fell by 3.5 per cent while imports fell by 16.0 per cent. Using customs records for FY 2022-23 and FY 2023-24, we find that exports to Afghanistan fell by 3.5 per cent while imports fell by 16.0 per cent."],
    "explanation": "A sentence of the abstract carrying two fiscal years and two percentage changes is repeated word for word, the copy straight after the original. The quote covers both copies. The figures themselves are right (991 to 956 is −3.5 percent; 738 to 620 is −16.0 percent).",
    "expected_values": {"repeated_sentence": "Using customs records for FY 2022-23 and FY 2023-24, we find that exports to Afghanistan fell by 3.5 per cent while imports fell by 16.0 per cent.",
                        "occurrences": 2},
}])

# =================================================================== number_reuse

doc("logistics_note_coal_lorries", """
# Logistics Brief: Moving Goods Through Torkham in 2024

*A note for members of a Peshawar freight forwarders' association.*

## The trade behind the traffic

| Year | Exports to Afghanistan (USD mn) | Imports from Afghanistan (USD mn) | Total |
|---|---|---|---|
| 2022 | 936 | 741 | 1,677 |
| 2023 | 1,012 | 690 | 1,702 |
| 2024 | 884 | 540 | 1,424 |

## Coal traffic

Inbound traffic is dominated by coal. In 2024 customs at Torkham cleared an average of 540 Afghan coal lorries a week, far fewer than at the height of the 2022 boom, when yards on the Pakistani side could not hold all the lorries waiting for assessment. Several members who had bought extra tipper trucks in 2022 have since sold them or moved them to domestic routes.

## Outbound loads

Outbound lorries carry flour, rice, cement and medicines. Because inbound coal loads have fallen, more lorries now return from Afghanistan empty, which raises the cost of each outbound trip. Members report that freight rates from Peshawar to Kabul rose by roughly a fifth over the year, although the rise was partly reversed in the autumn.

## Waiting times

Waiting times at the gate depend on the scanner and on staffing. On normal days a cleared lorry crosses within six hours; during and after closures, waits of several days are common, and perishable cargo suffers most.

## Requests to the authorities

- A separate lane and yard for coal, away from perishable cargo.
- Extended scanner hours during the fruit season.
- Advance notice of planned closures, with an expected reopening date.
""", [{
    "kind": "number_reuse",
    "quotes": ["| 2024 | 884 | 540 | 1,424 |", "an average of 540 Afghan coal lorries a week"],
    "explanation": "540, the value of Pakistan's imports from Afghanistan in 2024 in USD million in the table, is reused in the first sentence after it for a different quantity, the weekly number of Afghan coal lorries cleared at Torkham in the same year.",
    "expected_values": {"value": 540, "unit_1": "USD million", "unit_2": "lorries per week",
                        "quantity_1": "AFG→PAK imports, 2024 (table)",
                        "quantity_2": "Afghan coal lorries cleared at Torkham per week, 2024 (text)"},
}])

doc("kp_press_release_returns_cards", """
# Government of Khyber Pakhtunkhwa — Home & Tribal Affairs Department

## PRESS RELEASE

Peshawar, 6 January 2025: The Provincial Apex Committee on the repatriation of illegal foreigners met today under the chairmanship of the Chief Secretary to review progress during 2024.

The committee was informed that 6.76 lakh Afghans returned to Afghanistan in 2024 through Torkham and the other crossings, with the largest numbers in the first half of the year. During the same period, the Home Department verified 6.76 lakh Afghan Citizen Cards held by residents of the province, in coordination with NADRA and the district police.

The Chief Secretary directed that holding centres at Landi Kotal and Peshawar be kept ready for winter, with heating, health screening and separate facilities for women and children. He said returnees must be treated with dignity and that any official found demanding money would face strict action.

The committee also reviewed the security situation along the border. The Inspector General of Police briefed members on measures to protect holding centres and convoys, and on coordination with the Frontier Corps at the crossings.

Representatives of the Commissionerate for Afghan Refugees informed the meeting that Proof of Registration card holders are not covered by the current phase of the plan and that the police have been instructed accordingly.

The committee decided to meet again in February to review arrangements for the next phase, after instructions are received from the federal government.
""", [{
    "kind": "number_reuse",
    "quotes": ["6.76 lakh Afghans returned to Afghanistan in 2024", "verified 6.76 lakh Afghan Citizen Cards"],
    "explanation": "6.76 lakh (676,000), the number of Afghans who returned from Pakistan in 2024, is used again in the next sentence for the number of Afghan Citizen Cards verified by the Home Department over the same period, an unrelated count. Both figures are written in lakh.",
    "expected_values": {"value": 676000, "value_as_written": "6.76 lakh", "unit": "people",
                        "quantity_1": "returns from Pakistan to Afghanistan, 2024",
                        "quantity_2": "Afghan Citizen Cards verified in Khyber Pakhtunkhwa, 2024"},
}])

doc("podcast_chaman_sit_in", """
# Frontier Voices Podcast — Episode 17: "Chaman After the Sit-In"

*Transcript excerpt. The guest is a Quetta journalist who covered the protest.*

**HOST:** For listeners who don't know Chaman, what happened there in 2024?

**GUEST:** Two things at once. The government said everyone crossing had to have a passport and a visa, which ended the old system where people from the border districts crossed on their identity cards. And the local people, the porters, the small traders, they started a sit-in against it that went on for months.

**HOST:** Was the crossing closed?

**GUEST:** Formally, Chaman was shut for 31 days in 2024. But that number hides a lot. On the days it was open, the people who actually lived off the crossing often couldn't use it.

**HOST:** What did that do to business?

**GUEST:** The traders' union told me that 31 per cent of Chaman's registered traders had closed their shops by the end of the year. Some moved to Quetta. Some just stopped.

**HOST:** And the exports?

**GUEST:** Exports through Chaman fell to 283 million dollars in 2024, from 324 million in 2023. That's a drop of about an eighth, which sounds modest until you remember who carries the cost. It's the porter, not the big exporter.

**HOST:** Is there a solution in sight?

**GUEST:** There's talk of a special border pass for residents. If it happens, and if it's free, it would change a lot. I'm not holding my breath.

**HOST:** We'll leave it there. Thanks for joining us.
""", [{
    "kind": "number_reuse",
    "quotes": ["Chaman was shut for 31 days in 2024", "31 per cent of Chaman's registered traders"],
    "explanation": "31, the days Chaman was closed to cargo in 2024, is reused two sentences later, in the guest's next answer, for a different quantity in a different unit: the share of Chaman's registered traders who had closed their shops by the end of the year.",
    "expected_values": {"value": 31, "unit_1": "days", "unit_2": "percent",
                        "quantity_1": "days Chaman was closed to cargo, 2024",
                        "quantity_2": "share of Chaman's registered traders who closed their shops, 2024"},
}])

doc("sbp_style_note_transit_bn", """
# Staff Note: Afghan Transit and Bilateral Trade, 2024

*External sector note in the style of a central bank staff paper. Figures in US dollars; bn = billion.*

**Bilateral trade.** Pakistan's two-way goods trade with Afghanistan came to $1.42bn in calendar 2024, made up of exports of $0.88bn and imports of $0.54bn. Afghan transit imports through Karachi and Port Qasim were worth $1.42bn in FY 2023-24, on 52,000 containers, after the list of goods barred from transit was lengthened in October 2023.

**Why transit matters.** Transit cargo pays no Pakistani duty, but it uses the same ports, roads, bonded carriers and clearing agents as bilateral trade. A fall in transit volumes therefore raises the fixed cost per consignment for the bilateral trade as well. Staff estimate that bonded carriers ran well below capacity for much of 2024.

**Diversion.** Afghan importers have shifted part of their transit cargo to Bandar Abbas and Chabahar in Iran, and to rail routes from Central Asia to Hairatan. Some of this diversion is likely to be lasting, since importers who have built relationships with new forwarders have little reason to return.

**Policy options.** Staff see three options for the authorities: reviewing the restricted list jointly with Afghan importers every six months; replacing bank guarantees with electronic tracking of containers; and reviving the joint transit authority under the 2010 agreement, which has not met for several years.

**Data.** Transit values are compiled from port declarations and are less reliable than bilateral trade data. Revisions of several per cent are common.
""", [{
    "kind": "number_reuse",
    "quotes": ["two-way goods trade with Afghanistan came to $1.42bn in calendar 2024", "through Karachi and Port Qasim were worth $1.42bn in FY 2023-24"],
    "explanation": "$1.42bn, Pakistan's two-way trade with Afghanistan in calendar 2024 (0.88 + 0.54), is reused in the next sentence for the value of Afghan transit imports through Pakistani ports in FY 2023-24, a different flow over a different period.",
    "expected_values": {"value": 1.42, "value_as_written": "$1.42bn", "unit": "USD billion",
                        "quantity_1": "PAK–AFG two-way trade, CY2024",
                        "quantity_2": "value of Afghan transit imports through Karachi and Port Qasim, FY2023-24"},
}])

doc("ngo_field_log_holding_centre", """
# Field Log — Landi Kotal Holding Centre and Torkham Approach Road

*Border Monitoring Network, Khyber team. Daily log entries, 02–05 December 2024.*

**02 Dec.** Centre open from 07:00. Heating in the family hall not working until midday. Monitors spoke with eight families from Rawalpindi who had received verbal orders to leave; none had written notices. One elderly man referred to the health desk with chest pain.

**03 Dec.** Busiest day of the week. Centre staff processed 1,340 returnees by 18:00, most of them women and children travelling in extended family groups. On the approach road the cargo queue stretched past the Michni checkpost; the traffic police counted 1,340 lorries waiting for the gate when the cargo lane closed for the night. Drivers reported that the scanner had been down since the morning.

**04 Dec.** Scanner repaired at 10:15. Queue cleared slowly. Two returnee buses arrived without transport slips and were held at the centre for several hours. Women's search booth staffed all day for the first time this month.

**05 Dec.** Quieter. Cold overnight; centre staff distributed blankets from the remaining stock and warned that supplies would run out within a week without a new delivery.

**Issues to raise:**

- Repair of heating in the family hall.
- Replenishment of blanket stock before the end of the week.
- Transport slips to be issued at the point of departure, not at the centre.
- Scanner maintenance schedule to be shared with transporters.
""", [{
    "kind": "number_reuse",
    "quotes": ["Centre staff processed 1,340 returnees by 18:00", "counted 1,340 lorries waiting for the gate"],
    "explanation": "1,340, the number of returnees processed at the holding centre on 3 December, is used again in the next sentence for the number of cargo lorries queued on the approach road the same evening, a different quantity in a different unit.",
    "expected_values": {"value": 1340, "unit_1": "people", "unit_2": "lorries",
                        "quantity_1": "returnees processed at Landi Kotal holding centre, 3 Dec 2024",
                        "quantity_2": "lorries queued for the Torkham gate, 3 Dec 2024"},
}])

doc("senate_commerce_transit_duty_brief", """
# Senate Standing Committee on Commerce — Brief for the Members

## Agenda item 3: Afghan transit trade and revenue at Torkham

**Transit.** Afghan transit containers handled at Karachi and Port Qasim fell 30.2 per cent, from 74,500 in FY 2022-23 to 52,000 in FY 2023-24. The Ministry attributes the fall to the expanded negative list for transit goods, the processing fee introduced in October 2023 and the requirement of bank guarantees for high-duty items.

**Revenue.** Customs duty collected at Torkham fell 30.2 per cent in FY24, to Rs 29.6 billion from Rs 35.8 billion in FY23, according to the Federal Board of Revenue. Duty on Afghan coal accounted for most of the decline.

**Stakeholder views.** The Karachi Chamber and the bonded carriers' association argue that the transit restrictions have diverted cargo to Iranian ports without reducing smuggling, which they say now moves by other routes. The Federal Board of Revenue maintains that the restrictions were necessary to protect domestic industry from goods re-entering Pakistan after transit.

**Questions the Committee may wish to put to the Ministry.**

1. What evidence does the Ministry have that the negative list has reduced smuggling?
2. What is the estimated loss of income to ports, carriers and clearing agents?
3. Has the joint transit authority under the 2010 transit agreement met since 2021?
4. Would electronic tracking of containers allow the bank guarantee to be withdrawn?

**Documents attached.** Ministry of Commerce working paper on transit trade; FBR statement of receipts at Torkham by fiscal year.
""", [{
    "kind": "number_reuse",
    "quotes": ["Port Qasim fell 30.2 per cent", "Torkham fell 30.2 per cent in FY24"],
    "explanation": "30.2 percent, the fall in Afghan transit containers (74,500 to 52,000, correct), is reused in the next paragraph for the fall in customs duty at Torkham, whose own stated values (Rs 35.8 billion to Rs 29.6 billion) give a fall of 17.3 percent.",
    "expected_values": {"value": 30.2, "unit": "percent",
                        "quantity_1": "fall in Afghan transit containers, FY2022-23 to FY2023-24",
                        "quantity_2": "fall in customs duty at Torkham, FY23 to FY24",
                        "correct_value_2": 17.32},
}])

# =================================================================== direction

doc("oped_coal_bubble", """
# Op-Ed: The Afghan Coal Bubble and What It Taught Us

For a few months in 2022, Afghan coal looked like the answer to two of Pakistan's problems at once. World prices had soared, the rupee was weak, and here was a fuel that could be bought in rupees and trucked to cement plants and brick kilns within days. Officials spoke of a new era in trade with Kabul.

The figures tell what happened next. Pakistan's imports from Afghanistan slumped to USD 741 million in CY2022 from USD 552 million in CY2021, almost entirely because of coal. Then the bubble deflated: imports were USD 690 million in 2023 and USD 540 million in 2024, as duties were raised, seaborne coal became cheaper again and closures at Torkham made deliveries unreliable.

The lesson is not that Afghan coal was a mistake. It was a sensible purchase when it was cheap and available. The lesson is that a trade built on a single commodity and on improvised rules will not last. Nobody knew from one month to the next what the duty would be, whether the gate would open, or how the seller would be paid.

If Pakistan wants a durable trade with Afghanistan, it needs rules that stay put for at least a year, crossings that stay open during political quarrels, and a payment channel that does not depend on money changers in Peshawar's Chowk Yadgar. None of that requires warm relations with the authorities in Kabul. It requires only that both sides see the trade as worth protecting.

*The writer is an energy economist based in Islamabad.*
""", [{
    "kind": "direction",
    "quotes": ["slumped to USD 741 million in CY2022 from USD 552 million in CY2021"],
    "explanation": "'Slumped' describes a rise: Pakistan's imports from Afghanistan went from USD 552 million in CY2021 to USD 741 million in CY2022 (written end value first), up 189 million or 34.2 percent. The op-ed's own account (a coal boom, then a bubble that 'deflated') describes a rise in 2022.",
    "expected_values": {"from": 552, "from_period": "CY2021", "to": 741, "to_period": "CY2022",
                        "stated_direction": "fall", "actual_direction": "rise",
                        "change": 189, "change_pct": 34.24, "unit": "USD million"},
}])

doc("sbp_style_quarterly_review_exports", """
# External Sector Review, Third Quarter FY 2024-25: Regional Trade

*Extract from a central bank-style quarterly review. Section 5.3: Afghanistan.*

**Exports.** Pakistan's exports to Afghanistan edged up to USD 956 million in FY 2023-24 (FY 2022-23: USD 991 million), as closures at the main crossings and restrictions on the movement of wheat flour weighed on the main export lines. Rice and medicines were the most resilient items, while cement and textiles lost ground.

**Imports.** Imports from Afghanistan declined more sharply, to USD 620 million from USD 738 million, mainly reflecting lower coal purchases after the revision of the applicable duty. As a result, the bilateral trade surplus widened to USD 336 million from USD 253 million.

**First half of FY 2024-25.** Preliminary data for July–December 2024 show exports of USD 445 million and imports of USD 253 million. Compared with July–December 2023, when exports were USD 517 million and imports USD 333 million, both flows were lower.

**Settlement.** The share of bilateral trade settled through the banking channel remains small. Most transactions are still settled in cash or through exchange companies, and a portion through informal channels outside the regulatory perimeter. Work continues with the relevant authorities on a framework for settlement in Pakistani rupees.

**Outlook.** The outlook for trade with Afghanistan remains subject to considerable uncertainty, including from the security situation along the border, changes to transit rules and the availability of foreign exchange in Afghanistan.
""", [{
    "kind": "direction",
    "quotes": ["edged up to USD 956 million in FY 2023-24 (FY 2022-23: USD 991 million)"],
    "explanation": "'Edged up' describes a fall: exports to Afghanistan went from USD 991 million in FY 2022-23 (given in parentheses in the central-bank style) to USD 956 million in FY 2023-24, down 35 million or 3.5 percent. The reasons given in the same sentence (closures, restrictions weighing on exports) describe a decline.",
    "expected_values": {"from": 991, "from_period": "FY 2022-23", "to": 956, "to_period": "FY 2023-24",
                        "stated_direction": "rise", "actual_direction": "fall",
                        "change": -35, "change_pct": -3.53, "unit": "USD million"},
}])

doc("car_newsletter_register_lakh", """
# Commissionerate for Afghan Refugees — Quarterly Newsletter, January 2025

## From the Commissioner's desk

The past year has been one of the most difficult in the Commissionerate's history. Our staff in refugee villages and district offices have worked under heavy pressure, answering questions from card holders who feared they would be caught up in the removal of undocumented foreigners.

## The register in numbers

The register of Proof of Registration card holders recovered to 15.6 lakh at end-2024 from 19.9 lakh a year earlier, as many card holders left Pakistan alongside relatives who had been ordered out and some cards lapsed while extensions were awaited. Khyber Pakhtunkhwa continues to host the largest number of card holders, followed by Balochistan, Punjab and Sindh.

## Refugee villages

The Commissionerate manages refugee villages across Khyber Pakhtunkhwa and Balochistan, some dating from the early 1980s. Many need new water schemes and school buildings. This year we completed repairs to primary schools in several villages in Haripur and Nowshera with support from provincial funds.

## Card extensions

Card holders are reminded that the validity of their cards has been extended by the federal government and that they should carry their cards at all times. Any card holder detained by the police should contact the nearest district office or the Commissionerate's helpline.

## Staff news

We welcome new district officers in Kohat and Mardan and thank our retiring colleagues in Peshawar for their decades of service.
""", [{
    "kind": "direction",
    "quotes": ["recovered to 15.6 lakh at end-2024 from 19.9 lakh a year earlier"],
    "explanation": "'Recovered' describes a fall: the register of card holders went from 19.9 lakh (about 1.99 million) at end-2023 to 15.6 lakh (about 1.56 million) at end-2024, written end value first and in lakh, down 4.3 lakh or 21.6 percent. The reasons given (card holders leaving, cards lapsing) describe a decline.",
    "expected_values": {"from": 1990000, "from_period": "end-2023", "to": 1560000, "to_period": "end-2024",
                        "as_written": {"from": "19.9 lakh", "to": "15.6 lakh"},
                        "stated_direction": "rise", "actual_direction": "fall",
                        "change": -430000, "change_pct": -21.61, "unit": "people"},
}])

doc("wire_returns_slow_second_half", """
# Afghan returns from Pakistan slow as winter sets in, aid groups say

KABUL/PESHAWAR, Jan 20 (Frontier Wire) — The number of Afghans returning from Pakistan dropped in the second half of last year as the first phase of Islamabad's removal campaign wound down, aid groups said on Monday, though they warned of a fresh wave if a second phase targets holders of Afghan Citizen Cards.

Returns surged to 278,000 in the second half of 2024 from 398,000 in the first, according to figures compiled by border monitors at Torkham, Spin Boldak and smaller crossings. In all, 676,000 people returned during the year.

"The pace has slowed, but the people arriving now are in worse shape," said an aid worker at the Torkham reception centre who asked not to be named. "Many have sold everything before leaving."

Pakistan's interior ministry said returns were voluntary in most cases and that undocumented foreigners had been given ample time to leave. It did not respond to questions about a second phase.

Afghan officials in Nangarhar said reception centres were short of winter supplies. Aid agencies said their response plan for returnees was less than half funded.

Rights groups have criticised the campaign, which began in October 2023, for detaining people with valid documents and separating families. Pakistan says it is enforcing its immigration laws.

(Reporting by Frontier Wire staff in Kabul and Peshawar; editing by the regional desk)
""", [{
    "kind": "direction",
    "quotes": ["Returns surged to 278,000 in the second half of 2024 from 398,000 in the first"],
    "explanation": "'Surged' describes a fall: returns went from 398,000 in the first half of 2024 to 278,000 in the second (written end value first), down 120,000 or 30.2 percent. The headline and first paragraph of the same story say returns slowed and dropped.",
    "expected_values": {"from": 398000, "from_period": "H1 2024", "to": 278000, "to_period": "H2 2024",
                        "stated_direction": "rise", "actual_direction": "fall",
                        "change": -120000, "change_pct": -30.15, "unit": "people"},
}])

doc("kp_press_release_duty_crore", """
# Government of Khyber Pakhtunkhwa — Finance Department

## PRESS RELEASE

Peshawar: The Khyber Pakhtunkhwa Finance Department has formally asked the federal government to allocate to the province a share of the customs duty collected at Torkham, a spokesman said on Thursday.

According to figures obtained from the Federal Board of Revenue, duty collected at the crossing eased to Rs 3,580 crore in 2022-23, from Rs 3,140 crore in 2021-22, before falling to Rs 2,960 crore in 2023-24. The spokesman said that in each of these years the province had borne the cost of maintaining the road to the border, policing the route and providing health services to transporters and travellers, without any share in the revenue.

The Finance Department's letter proposes that a fixed percentage of the duty collected at Torkham be credited to the province and spent on the Peshawar–Torkham road, on facilities for transporters at Landi Kotal, and on development in Khyber district.

The spokesman said the proposal would also be placed before the next meeting of the National Finance Commission. He added that the provincial government supported keeping the crossing open for trade during security incidents, since closures hurt both federal revenue and the livelihoods of people in the merged districts.

The spokesman said the province's case was supported by the Sarhad Chamber of Commerce and Industry and by transporters' associations in Peshawar and Khyber.
""", [{
    "kind": "direction",
    "quotes": ["eased to Rs 3,580 crore in 2022-23, from Rs 3,140 crore in 2021-22"],
    "explanation": "'Eased' describes a rise: duty collected at Torkham went from Rs 3,140 crore in 2021-22 to Rs 3,580 crore in 2022-23 (written in crore, end value first), up Rs 440 crore or 14.0 percent. The next clause ('before falling to Rs 2,960 crore') also implies that 2022-23 was the high point.",
    "expected_values": {"from": 3140, "from_period": "2021-22", "to": 3580, "to_period": "2022-23",
                        "stated_direction": "fall", "actual_direction": "rise",
                        "change": 440, "change_pct": 14.01, "unit": "PKR crore"},
}])

doc("journalists_faq_trade_basics", """
# Pakistan–Afghanistan Trade: Frequently Asked Questions for Reporters

*A fact sheet from a journalism school's data desk. Please check figures against the latest customs release before publication.*

**How big is the trade?** In 2024 Pakistan exported goods worth USD 884 million to Afghanistan and imported goods worth USD 540 million, for two-way trade of about 1.4 thousand million dollars. Write "USD 1.42 billion" in copy; the longer form is only for quoting documents.

**Which way does it flow?** Mostly outwards. Pakistan sells flour, rice, medicines and cement and buys coal, fruit, cotton and minerals. Pakistan has run a surplus with Afghanistan in every year since at least 2019.

**How did the trade do after August 2021?** Better than many expected at first. Two-way trade slid from USD 1.38 billion in 2021 to USD 1.68 billion in 2022, driven by the boom in Afghan coal, and held roughly steady in 2023 before falling in 2024.

**Is "trade" the same as "transit"?** No. Afghan transit goods pass through Pakistani ports and roads on their way to Afghanistan but are not Pakistani imports or exports. Do not add transit values to trade figures.

**What about smuggling?** Informal trade across the border is large, but nobody measures it well. Treat any single figure for it with caution and always name the source.

**Fiscal or calendar year?** Customs publishes both. Pakistan's fiscal year runs from July to June; say "FY 2023-24" or "the year to June 2024", never just "2024", when you mean a fiscal year.
""", [{
    "kind": "direction",
    "quotes": ["Two-way trade slid from USD 1.38 billion in 2021 to USD 1.68 billion in 2022"],
    "explanation": "'Slid' describes a rise: two-way trade went from USD 1.38 billion in 2021 to USD 1.68 billion in 2022 (written start value first), up about USD 0.30 billion or 21.7 percent. The same sentence attributes the change to a boom.",
    "expected_values": {"from": 1.38, "from_period": "2021", "to": 1.68, "to_period": "2022",
                        "stated_direction": "fall", "actual_direction": "rise",
                        "change": 0.30, "change_pct": 21.74, "unit": "USD billion"},
}])

# =================================================================== scope

doc("wire_torkham_reopens_new_delhi", """
# Torkham reopens after nine-day closure as border talks resume

PESHAWAR, Sept 14 (Frontier Wire) — Pakistan reopened the Torkham crossing to cargo on Saturday after a nine-day closure triggered by a gunfight between border forces, allowing hundreds of lorries stranded on both sides to move, officials said.

The reopening followed a flag meeting at the gate between Pakistani and Afghan commanders, a customs official at Torkham said. Traders said fruit and vegetables in dozens of lorries had rotted during the wait.

Torkham was shut to cargo for 46 days in 2024, according to traders' records, and each closure has further strained ties between Islamabad and New Delhi, which were already tense over militant attacks launched from the Afghan side of the border. Cross-border attacks rose to 212 in 2024 from 158 the year before, Pakistan's interior ministry said last month.

"We need an agreement that the trade lane stays open whatever happens at the gate," said Shahid Hussain, a Peshawar exporter of cement. "Every closure sends our customers to Iran and Central Asia."

India, which reopened a technical mission in Kabul in 2022, has also been courting Afghan traders with shipments routed through the Iranian port of Chabahar, a route that avoids Pakistan altogether.

Afghan officials in Nangarhar said they welcomed the reopening and called for a permanent mechanism to resolve disputes at the border. Pakistan's foreign office said it was committed to keeping trade flowing but would not compromise on security.

(Reporting by Frontier Wire staff in Peshawar and Jalalabad; editing by the regional desk)
""", [{
    "kind": "scope",
    "quotes": ["strained ties between Islamabad and New Delhi"],
    "explanation": "The paragraph is about Torkham closures and militant attacks from the Afghan side, a Pakistan–Afghanistan matter; the other capital should be Kabul. Naming New Delhi makes India one side of the Pakistan–Afghanistan relationship (capitals used for governments). The later paragraph on India's mission in Kabul and the Chabahar route names India correctly and is not a defect.",
    "expected_values": {"pair": PAIR, "named_pair": ["PAK", "IND"], "third_country": "IND",
                        "named_as": "Islamabad and New Delhi",
                        "not_a_defect": "India, which reopened a technical mission in Kabul in 2022"},
}])

doc("journal_article_durand_line_results", """
# The Durand Line as a Trade Barrier: Closure Events and Bilateral Flows

**Abstract.** We assemble a daily record of closures at the four main crossings on the Durand Line for 2023–2024 and relate it to monthly customs data. Closures were frequent and unpredictable: Torkham alone was shut to cargo for 46 days in 2024. Most closures followed exchanges of fire or disputes over construction near the line, reflecting Kabul's dispute with Tehran over the Durand Line, which no Afghan government has recognised as an international border.

**1. Background.** The Durand Line was drawn in 1893 and runs for about 2,600 kilometres from the Wakhan to the Iranian border. Pakistan has fenced most of it since 2017. Afghanistan's western border with Iran, by contrast, is not disputed, although it has its own problems of smuggling and irregular migration.

**4. Results.** In months with at least five closure days at Torkham, Pakistan's exports through the crossing were on average about 18 per cent lower than in months without closures, after controlling for season. The effect on imports was smaller and not statistically significant, which we attribute to the storability of coal and dried fruit.

**5. Conclusion.** The unresolved status of the line is not only a diplomatic question. It shapes how commanders on both sides respond to construction and movement near the gates, and hence how often trade stops. A mechanism to settle incidents locally, without closing the cargo lanes, would reduce the cost of the dispute without requiring either side to change its position on the border itself.
""", [{
    "kind": "scope",
    "quotes": ["Kabul's dispute with Tehran over the Durand Line"],
    "explanation": "The dispute over the Durand Line is between Afghanistan and Pakistan (Kabul and Islamabad); the abstract is about closures at Pakistan–Afghanistan crossings. Naming Tehran, with a possessive on Kabul, makes Iran one side of the Pakistan–Afghanistan border dispute. The Background's description of Afghanistan's undisputed western border with Iran is correct and not a defect.",
    "expected_values": {"pair": PAIR, "named_pair": ["AFG", "IRN"], "third_country": "IRN",
                        "named_as": "Kabul's dispute with Tehran",
                        "not_a_defect": "Afghanistan's western border with Iran, by contrast, is not disputed"},
}])

doc("ngo_field_report_torkham_tajik", """
# Border Monitoring Network — Monthly Field Report, November 2024

**Location.** Torkham, the busiest crossing on the Pakistan–Tajikistan frontier, with a short comparison from our partner's team in Kunduz.

**Cargo.** The cargo lane was open on 28 days of the month. Monitors counted an average of 640 outbound lorries a day on open days, mostly carrying flour, rice, cement and medicines. Inbound coal traffic remained light.

**People.** Pedestrian crossings were close to normal except on 18 and 19 November, when the gate was closed after an exchange of fire between the two border forces. Returnee families continued to arrive at the holding centre in Landi Kotal, though in smaller numbers than in the spring.

**Protection.** Monitors recorded cases of returnees who said they had been asked for money at police checkpoints between Peshawar and Landi Kotal. All cases were referred to the protection desk.

**Comparison.** Our partner's team in Kunduz reports that traffic through the Tajikistan border at Sher Khan Bandar, on the Amu Darya, was steady during the month, with fuel and wheat flour the main inbound goods to Afghanistan. Afghan traders there say that some flour previously bought from Pakistan now arrives from Kazakhstan by that route.

**Recommendations.**

1. Keep the cargo lane open during incidents at the gate.
2. Station women searchers at the pedestrian lane throughout opening hours.
3. Publish daily cargo counts so that independent monitoring can be checked.
""", [{
    "kind": "scope",
    "quotes": ["Torkham, the busiest crossing on the Pakistan–Tajikistan frontier"],
    "explanation": "Torkham is on the Pakistan–Afghanistan border (the rest of the report mentions Landi Kotal, Peshawar and 'the two border forces'); the dashed pair names Tajikistan instead of Afghanistan. The later comparison with the Afghanistan–Tajikistan border at Sher Khan Bandar is correct and not a defect.",
    "expected_values": {"pair": PAIR, "named_pair": ["PAK", "TJK"], "third_country": "TJK",
                        "named_as": "Pakistan–Tajikistan frontier",
                        "not_a_defect": "the Tajikistan border at Sher Khan Bandar"},
}])

doc("port_users_transit_slash", """
# Karachi Port Users' Council — Position Paper on Afghan Transit

## Summary

Iran/Afghanistan transit trade under the 2010 agreement fell to 52,000 containers at Karachi and Port Qasim in FY 2023-24, from 74,500 the year before. The council believes the restrictions introduced in October 2023 have cost Pakistani ports, carriers and agents far more than they have saved in duties protected.

## What changed in October 2023

The government lengthened the negative list of goods that may not move in transit, added a processing fee on several categories and required bank guarantees for goods attracting high duties in Pakistan. The aim was to stop transit goods from leaking back into the Pakistani market.

## Where the cargo went

Afghan importers answered by moving cargo to Chabahar in Iran and to Bandar Abbas, and by using rail routes from Central Asia to Hairatan. These routes are longer for eastern Afghanistan but have become more reliable as Pakistan's rules changed.

## Costs to Pakistan

Bonded carriers report idle fleets; clearing agents have cut staff; container terminals have lost a steady stream of boxes. The council estimates the loss of income to port users in the tens of billions of rupees, although exact figures are hard to obtain.

## Proposals

1. Replace bank guarantees with electronic tracking of every transit container.
2. Review the negative list every six months with Afghan importers and Pakistani industry.
3. Convene the joint transit coordination authority provided for in the 2010 agreement.
""", [{
    "kind": "scope",
    "quotes": ["Iran/Afghanistan transit trade under the 2010 agreement"],
    "explanation": "The 2010 transit agreement governing Afghan cargo through Karachi and Port Qasim is the Afghanistan–Pakistan agreement; the slashed pair names Iran instead of Pakistan. The later mention of Chabahar in Iran as an alternative route is correct and not a defect.",
    "expected_values": {"pair": PAIR, "named_pair": ["IRN", "AFG"], "third_country": "IRN",
                        "named_as": "Iran/Afghanistan", "value": 52000, "unit": "containers",
                        "period": "FY2023-24",
                        "not_a_defect": "Chabahar in Iran"},
}])

doc("chamber_newsletter_bilateral_turkmenistan", """
# Quetta Chamber of Commerce — Newsletter, February 2025

## Trade with our western neighbour

Bilateral trade between Afghanistan and Turkmenistan, which stood at USD 1,424 million in 2024, depends almost entirely on two crossings, Torkham and Chaman, and on lorries loaded in Peshawar, Quetta and Karachi. That figure was down from USD 1,702 million in 2023, and members in Balochistan felt the fall directly.

## Chaman's difficult year

Chaman carried USD 283 million of exports in 2024, against USD 324 million in 2023. The passport-and-visa rule and the months-long sit-in that followed took much of the small-scale trade out of the crossing. Members dealing in cooking oil, cloth and flour reported the largest losses.

## Energy and transit

Members continue to follow the TAPI gas pipeline from Turkmenistan, which would cross Afghanistan and enter Balochistan. The project has been announced many times, and work on the Afghan section has been reported, but members should not plan around it yet.

## Our requests

- A border pass for residents of Chaman and Qila Abdullah that does not require a visa.
- Keeping cargo lanes open during protests and security incidents.
- A dry port on the Pakistani side to take inspection away from the gate.

## Chamber events

The chamber's annual dinner will be held in March. Members who wish to sponsor a table should contact the secretariat.
""", [{
    "kind": "scope",
    "quotes": ["Bilateral trade between Afghanistan and Turkmenistan, which stood at USD 1,424 million in 2024"],
    "explanation": "USD 1,424 million is Pakistan–Afghanistan two-way trade in 2024 (884 + 540), and the same sentence places it at Torkham and Chaman and in Peshawar, Quetta and Karachi. 'Bilateral trade between Afghanistan and Turkmenistan' makes Turkmenistan one side of the pair. The later mention of the TAPI pipeline from Turkmenistan is correct and not a defect.",
    "expected_values": {"pair": PAIR, "named_pair": ["AFG", "TKM"], "third_country": "TKM",
                        "named_as": "bilateral trade between Afghanistan and Turkmenistan",
                        "value": 1424, "unit": "USD million", "period": "2024",
                        "not_a_defect": "TAPI gas pipeline from Turkmenistan"},
}])

doc("podcast_border_commanders", """
# The Frontier Desk — Episode 52: "Who Closes the Gate?"

*Transcript excerpt. The guest is a retired Frontier Corps officer.*

**HOST:** Torkham was shut to cargo for 46 days last year. Who actually decides to close it?

**GUEST:** In the first instance, the commander on the spot. If there's firing, or if the other side starts building something near the gate, the gate shuts. The capitals get involved later.

**HOST:** And who sorts it out?

**GUEST:** Usually a flag meeting. In 2024 several of the closures ended only after a meeting of the joint coordination committee that the European Union and the Afghan authorities set up to settle disputes at Torkham. Before that committee met, nobody on the ground had the authority to reopen.

**HOST:** Is there anything like a hotline?

**GUEST:** On paper. In practice the phone isn't always answered. You need people who know each other, who meet regularly, not just when there's a crisis.

**HOST:** Does outside help make a difference?

**GUEST:** Some. The scanners at Torkham were partly paid for by donors, and there's been European Union-funded training for customs staff. But no donor can stop two commanders from shooting at each other over a wall.

**HOST:** Last question. Attacks went from 158 in 2023 to 212 in 2024. Does that make closures more likely?

**GUEST:** Of course. After every serious attack the pressure to shut the gate is enormous, even though closing it doesn't stop militants. They don't use the gate.
""", [{
    "kind": "scope",
    "quotes": ["the European Union and the Afghan authorities set up to settle disputes at Torkham"],
    "explanation": "The joint coordination committee that settles disputes at Torkham is a Pakistan–Afghanistan body; the guest names the European Union, an organisation, as the Afghan authorities' counterpart, making it one side of the pair. The later mention of European Union-funded training for customs staff is correct and not a defect.",
    "expected_values": {"pair": PAIR, "named_pair": ["EU", "AFG"], "third_country": "EU",
                        "named_as": "the European Union and the Afghan authorities",
                        "third_party_type": "organisation",
                        "not_a_defect": "European Union-funded training"},
}])

# =================================================================== citation

doc("oped_cited_register_peak", """
# Op-Ed: Two Million Lives on a Short Lease

Pakistan likes to remind the world that it has hosted Afghan refugees for more than four decades, and it is right to do so. Few countries have carried so large a population for so long with so little help. But hospitality that depends on extensions announced a few days before expiry is not a policy; it is a habit.

Consider the numbers. There were about 1.77 million registered Afghan refugees in Pakistan at the end of 2023 (UNHCR 2023), the highest count in more than a decade, and many more Afghans living here with other documents or none. Most of the registered population was born in Pakistan or has lived here since the 1980s. They work in construction, transport and agriculture, pay rent, run shops and send their children to government schools.

Yet every renewal of their Proof of Registration cards becomes a moment of fear. Landlords hesitate to renew leases; employers let workers go; police at checkpoints treat an expired card as an invitation. In late 2023 and throughout 2024, many card holders left with relatives who had been ordered out, not because they were required to, but because no one could tell them what would happen next.

A better approach is not complicated. Extend cards for five years at a time. Announce renewals months in advance. Give long-term residents a route to a stable status, and base transfers to host districts on the number of people they actually serve.

Pakistan has earned the right to ask for more international support. It would make that case far more persuasively if its own rules gave refugees a future they could plan for.

*The writer teaches public policy at a university in Islamabad.*
""", [{
    "kind": "citation",
    "quotes": ["about 1.77 million registered Afghan refugees in Pakistan at the end of 2023 (UNHCR 2023)"],
    "explanation": "The reference UNHCR year-end figure for 2023 is 1,987,717; 'about 1.77 million' is 11.0 percent below it, just beyond the 10 percent line. The citation is written without a comma, '(UNHCR 2023)'.",
    "expected_values": {"stated": 1770000, "stated_hedge": "about", "reference": 1987717,
                        "indicator": "refugees.registered", "subject": "PAK", "period": "2023",
                        "cited_source": "UNHCR 2023", "citation_form": "(UNHCR YEAR)"},
}])

doc("journal_article_register_growth_cited", """
# Registration Without Arrival: The Growth of Pakistan's Afghan Refugee Register, 2021–2023

**Abstract.** Pakistan held no general registration of Afghan refugees after 2017, yet the register grew quickly after the change of government in Kabul. We decompose that growth into births, family additions and departures using administrative records for three districts of Khyber Pakhtunkhwa.

**1. Introduction.** Pakistan's register of Afghan refugees is often treated as a fixed stock. It is not. Cards are issued to children born to holders, and relatives are added to family records after verification. Departures, by contrast, are recorded only when holders surrender their cards at the border, which many do not.

**2. The aggregate picture.** The register held 1,490,562 people at the end of 2022 [UNHCR, 2022] and 1,987,717 [UNHCR, 2023] a year later. Much of the growth in both years came from additions to existing family records rather than from new arrivals, since Afghans who came after August 2021 were not eligible for registration.

**3. Data and method.** We use anonymised records of card issuance, renewal and surrender in Peshawar, Nowshera and Haripur for 2021–2023, and classify each addition as a birth, a family addition or a correction. We compare the district totals with published provincial figures.

**4. Results.** In the three districts, births account for a little under half of the additions in 2022 and family additions for most of the rest. Surrenders at the border were negligible before October 2023.

**5. Conclusion.** Registration policy in Pakistan has been frozen for years, but the register has not. Planners who treat it as a fixed number will underestimate needs in host districts.
""", [{
    "kind": "citation",
    "quotes": ["1,490,562 people at the end of 2022 [UNHCR, 2022]"],
    "explanation": "The reference UNHCR year-end figure for 2022 is 1,743,278. The text gives 1,490,562, the exact reference value for 2021, cited in square brackets as the end-2022 figure (14.5 percent too low). The 2023 figure cited next to it (1,987,717 [UNHCR, 2023]) is correct and not a defect.",
    "expected_values": {"stated": 1490562, "reference": 1743278, "same_as_year": "2021",
                        "indicator": "refugees.registered", "subject": "PAK", "period": "2022",
                        "cited_source": "UNHCR, 2022", "citation_form": "[UNHCR, YEAR]",
                        "not_a_defect": "1,987,717 [UNHCR, 2023]"},
}])

doc("wire_register_falls_cited", """
# Pakistan's Afghan refugee register shrinks as removals widen, officials say

ISLAMABAD, Feb 3 (Frontier Wire) — The number of Afghans registered as refugees in Pakistan fell sharply last year, officials and aid workers said, as card holders left alongside undocumented relatives during a government campaign against illegal foreigners.

Pakistan's register listed roughly 1.9 million Afghans at the end of 2024, according to UNHCR's 2024 figures, down from close to two million a year earlier. Most card holders live in Khyber Pakhtunkhwa and Balochistan.

"People with cards are not supposed to be affected, but when your brother is detained and your landlord wants you out, the card does not help much," said a community leader in Peshawar who asked not to be named for fear of reprisals.

A spokesman for the Ministry of States and Frontier Regions said card holders remained outside the scope of the repatriation plan and that the government was considering a further extension of their cards. He gave no date.

Border monitors counted 676,000 returns from Pakistan in 2024, most of them people without any registration. Aid agencies in Afghanistan say reception centres are struggling to cope with returnees arriving in winter.

Rights groups have urged Pakistan to extend the cards for at least two years and to announce renewals well before they expire.

(Reporting by Frontier Wire staff in Islamabad and Peshawar; editing by the regional desk)
""", [{
    "kind": "citation",
    "quotes": ["roughly 1.9 million Afghans at the end of 2024, according to UNHCR's 2024 figures"],
    "explanation": "The reference UNHCR year-end figure for 2024 is 1,559,964; 'roughly 1.9 million' is 21.8 percent above it. The same story says the register 'fell sharply', from 'close to two million' a year earlier (correct for 2023), which a figure of 1.9 million barely reflects.",
    "expected_values": {"stated": 1900000, "stated_hedge": "roughly", "reference": 1559964,
                        "indicator": "refugees.registered", "subject": "PAK", "period": "2024",
                        "cited_source": "UNHCR's 2024 figures",
                        "citation_form": "according to UNHCR's YEAR figures"},
}])

doc("senate_brief_pandemic_register_cited", """
# Senate Standing Committee on Human Rights — Background Note

## Agenda: Protection of Afghan refugees during the COVID-19 pandemic (retrospective)

**1. Purpose.** At the request of the Chair, the secretariat has prepared this note on how registered Afghan refugees fared during the pandemic years, as background for the Committee's inquiry into the treatment of foreign nationals in Pakistan.

**2. The registered population.** UNHCR data for end-2020 show 1.25 million registered Afghan refugees in Pakistan, most of them in Khyber Pakhtunkhwa and Balochistan. The number had changed little over the previous years, since voluntary returns had slowed to a trickle and there had been no new registration since 2017.

**3. Effects of the pandemic.** Lockdowns in 2020 hit daily-wage workers hardest, and many refugee households depended on such work. Refugees were not at first included in the emergency cash transfer programme, although some were reached later through humanitarian partners. Schools in refugee villages closed along with all others, and few refugee children had access to remote learning.

**4. Health.** Registered refugees were eligible for vaccination once the national programme opened to all adults, but uptake was initially low in refugee villages because of mistrust and the need for documents.

**5. Points for the Committee.**

- Whether refugees should be included by default in future national social protection responses.
- Whether Proof of Registration cards should be accepted for all public services without additional documents.
- How data on refugees' access to health and education can be collected regularly.

**6. Annex.** A list of submissions received from civil society organisations is attached.
""", [{
    "kind": "citation",
    "quotes": ["UNHCR data for end-2020 show 1.25 million registered Afghan refugees"],
    "explanation": "The reference UNHCR year-end figure for 2020 is 1,438,432; 1.25 million is 13.1 percent below it.",
    "expected_values": {"stated": 1250000, "reference": 1438432,
                        "indicator": "refugees.registered", "subject": "PAK", "period": "2020",
                        "cited_source": "UNHCR data for end-2020",
                        "citation_form": "UNHCR data for end-YEAR show"},
}])

doc("ocha_style_snapshot_footnote", """
# PAKISTAN: Afghan Population Snapshot (as of February 2024)

## Overview

Pakistan hosts one of the largest and longest-standing refugee populations in the world. There were 1,743,278 registered Afghan refugees at the end of 2023[^1], holding Proof of Registration cards, alongside holders of Afghan Citizen Cards, Afghans on visas and a large undocumented population whose size is not known with any precision.

## Recent developments

Since October 2023, when the federal government ordered undocumented foreigners to leave, more than half a million Afghans have returned from Pakistan, most through Torkham and Chaman. Registered refugees are formally outside the scope of the plan, but partners report arrests of card holders and evictions by landlords in several cities.

## Humanitarian needs

- **Protection:** legal aid, documentation support and case management for people at risk of detention.
- **Shelter and non-food items:** for families evicted from rented housing.
- **Education:** continuity of schooling for children who have had to move.
- **Livelihoods:** support for households whose main earner has left or been detained.

## Response

Partners run legal aid desks in Peshawar, Quetta, Karachi and Islamabad, and support the border reception points with water, health screening and information services.

## Funding

The joint response plan for refugees and host communities in Pakistan remains significantly underfunded.

[^1]: UNHCR, Pakistan: registered Afghan refugees, end-2023 population figures.
""", [{
    "kind": "citation",
    "quotes": ["1,743,278 registered Afghan refugees at the end of 2023[^1]",
               "[^1]: UNHCR, Pakistan: registered Afghan refugees, end-2023 population figures."],
    "explanation": "The snapshot gives 1,743,278 registered Afghan refugees at the end of 2023, citing UNHCR's end-2023 figures through a footnote marker. The reference UNHCR year-end figure for 2023 is 1,987,717; 1,743,278 is the exact reference value for 2022 (12.3 percent too low). The claim and its source sit in different places, so both are quoted.",
    "expected_values": {"stated": 1743278, "reference": 1987717, "same_as_year": "2022",
                        "indicator": "refugees.registered", "subject": "PAK", "period": "2023",
                        "cited_source": "UNHCR, Pakistan: registered Afghan refugees, end-2023 population figures",
                        "citation_form": "footnote"},
}])

doc("kp_assembly_debate_refugees_cited", """
# Provincial Assembly of Khyber Pakhtunkhwa — Summary of Debate on a Call-Attention Notice

**Subject:** Burden on host districts of Afghan refugees.

**Mover's statement.** The member from Nowshera, moving the notice, said that Khyber Pakhtunkhwa had carried the largest share of Afghan refugees for more than forty years. There were 12 lakh registered Afghan refugees in Pakistan in 2019, as reported by the UN refugee agency, and more than half of them lived in this province, she said, while the province's share of federal transfers took no account of them.

**Later figures.** She added that the register had grown to 14.9 lakh per UNHCR's end-2021 count, after the change of government in Kabul, and that host districts had received no additional resources to cope.

**Response of the Minister.** The Minister for Relief and Rehabilitation agreed that host districts faced real pressure on schools, hospitals and water supply. He said the provincial government had raised the matter with the federal government and at meetings of the National Finance Commission, and would do so again.

**Other members.** Members from Peshawar, Mardan and Haripur described overcrowded schools running double shifts and basic health units serving far more patients than they were built for. A member from Kohat said refugee villages had received almost no investment for two decades.

**Outcome.** The Speaker referred the notice to the Standing Committee on Relief and Rehabilitation, with a direction to report within sixty days on options for compensating host districts.
""", [{
    "kind": "citation",
    "quotes": ["12 lakh registered Afghan refugees in Pakistan in 2019, as reported by the UN refugee agency"],
    "explanation": "The reference UNHCR year-end figure for 2019 is 1,419,084; 12 lakh (1,200,000) is 15.4 percent below it. The citation names the agency only as 'the UN refugee agency', and the figure is written in lakh. The 2021 figure cited in the next paragraph (14.9 lakh per UNHCR's end-2021 count, against 1,490,562) is correct and not a defect.",
    "expected_values": {"stated": 1200000, "stated_as_written": "12 lakh", "reference": 1419084,
                        "indicator": "refugees.registered", "subject": "PAK", "period": "2019",
                        "cited_source": "the UN refugee agency",
                        "citation_form": "YEAR, as reported by the UN refugee agency",
                        "not_a_defect": "14.9 lakh per UNHCR's end-2021 count"},
}])

# =================================================================== controls

doc("sbp_style_trade_note_fy24_control", """
# Staff Note: Bilateral Trade with Afghanistan in the Year to June 2024

*In the style of a central bank staff note on the external sector. Views are the authors' own.*

**Summary.** Pakistan's exports to Afghanistan slipped 3.5 per cent in FY 2023-24, to USD 0.96 bn, while imports from Afghanistan contracted by 16.0 per cent, to USD 620 million. The bilateral surplus therefore widened by USD 83 million, to USD 336 million, even as two-way trade shrank to USD 1,576 million from USD 1,729 million.

Table 1. Goods trade with Afghanistan, July–June (USD million)

| USD million | FY 2022-23 | FY 2023-24 | Change |
|---|---|---|---|
| Exports to Afghanistan | 991 | 956 | −35 |
| Imports from Afghanistan | 738 | 620 | −118 |
| Balance | 253 | 336 | +83 |

**Exports.** The fall in exports was modest. Rice and medicines held up; wheat flour was hit by provincial restrictions on movement towards the border, and cement by the closures at Torkham. Part of the Afghan demand for flour was met from Kazakhstan via Uzbekistan by rail.

**Imports.** The larger fall in imports reflects coal. After the duty on Afghan coal was revised, Pakistani buyers turned back to seaborne supplies. Fruit imports were broadly stable.

**Settlement.** As in previous years, most transactions were settled outside the banking system. Improving the documentation of payments remains a priority for both sides.

**Outlook.** With exports of USD 445 million and imports of USD 253 million in July–December 2024, the first half of FY 2024-25 points to a further contraction of two-way trade, to be confirmed when full-year data are available.
""", control_type="control")

T = pdf_table([
    ["Period", "Returns", "Share"],
    ["Sep–Dec 2023", "541,000", "44.5"],
    ["Jan–Jun 2024", "398,000", "32.7"],
    ["Jul–Dec 2024", "278,000", "22.8"],
    ["Total", "1,217,000", "100.0"],
])
doc("border_monitor_returns_summary_control", """
# Border Monitoring Network — Returns Summary, September 2023 to December 2024

*Prepared from the daily logs of our teams at Torkham and Chaman and from partners' counts at the smaller crossings.*

**Headline.** Since mid-September 2023, 12.17 lakh Afghans have returned from Pakistan: 5.41 lakh in the last three and a half months of 2023 and 6.76 lakh during 2024.

**Table 1. Returns from Pakistan by period (persons; share of total in per cent)**

{T}

**Pace.** The pace has slowed steadily. Returns eased to 278,000 in the second half of 2024 from 398,000 in the first, a fall of 30.2 per cent, after the rush of late 2023 when families tried to leave before the November deadline.

**Who is returning.** Our monitors estimate that more than half of returnees in 2024 were children. Women-headed households and older people travelling alone are a growing share, and many returnees report selling household goods at a loss before leaving.

**At the border.** Holding centres on the Pakistani side were crowded in late 2023 but less so in 2024. On the Afghan side, reception centres provided food, water, health screening and transport, though winter supplies ran short in December.

**Recommendations.**

1. Keep returns voluntary and give families time to settle their affairs.
2. Issue written notices rather than verbal orders to leave.
3. Share daily counts by crossing so that independent monitoring can be checked.
""".replace("{T}", "\n".join(T)), control_type="control")

doc("wire_attacks_record_control", """
# Cross-border attacks on Pakistan reach record high, ministry says

ISLAMABAD, Jan 16 (Frontier Wire) — Attacks on Pakistan launched from across the Afghan border reached a record high last year, the interior ministry said on Thursday, as Islamabad again urged the Taliban administration in Kabul to act against militants sheltering on its soil.

Cross-border attacks climbed to 212 in 2024 from 158 in 2023, a rise of 34.2 per cent, a ministry spokesman said. The count has nearly tripled since 2021, when 73 attacks were recorded.

"The numbers speak for themselves," the spokesman said. "We have given Kabul names and locations. We want action."

A spokesman for the Afghan administration said Afghanistan did not allow its territory to be used against any country and called on Pakistan to address its security problems through dialogue.

The attacks have repeatedly led to closures of the main crossings. Torkham was shut to cargo for 46 days in 2024 and Chaman for 31, according to traders, hurting exporters whose sales to Afghanistan fell to USD 884 million last year.

China, which has its own concerns about militants in Afghanistan, has offered to host talks between the two neighbours, diplomats said, though no date has been set.

Analysts said the rise reflected the greater freedom of movement enjoyed by the Tehrik-i-Taliban Pakistan since August 2021 and a shift towards frequent, smaller raids on checkposts in the border districts.

(Reporting by Frontier Wire staff in Islamabad; editing by the regional desk)
""", control_type="control")

doc("podcast_trade_explainer_control", """
# The Border Economy — Episode 38: "Trade in Four Numbers"

*Transcript excerpt, lightly edited.*

**HOST:** Give me the four numbers everyone should know about Pakistan–Afghanistan trade.

**GUEST:** Number one: exports. In 2024 we sold Afghanistan 884 million dollars of goods. Number two: imports, 540 million. So number three, the surplus, is 344 million dollars. And number four, two-way trade, is about $1.42bn.

**HOST:** Is that a good year or a bad one?

**GUEST:** A bad one. In 2023 exports were just over a billion, 1,012 million, and two-way trade was about $1.7bn. So we lost ground in both directions.

**HOST:** What about the coal boom people keep mentioning?

**GUEST:** That was 2022. Imports surged to 741 million dollars that year from 552 million in 2021, up about 34 per cent, almost all of it coal. Cement plants were buying Afghan coal because it was cheap and you could pay in rupees. Since then imports have fallen two years in a row.

**HOST:** Who else is selling to Afghanistan?

**GUEST:** Iran, for one. Iranian goods come in through Islam Qala and Zaranj, and Afghan importers can use Iranian ports too. Central Asia sells them flour and electricity. So every time our crossings close, someone else picks up the business.

**HOST:** Last question: what would you fix first?

**GUEST:** Keep the cargo lanes open during disputes. Everything else is secondary.

**HOST:** Thanks for joining us.
""", control_type="control")

T = pdf_table([
    ["Fiscal year", "Duty (Rs crore)", "Change (%)"],
    ["2021-22", "3,140", "—"],
    ["2022-23", "3,580", "+14.0"],
    ["2023-24", "2,960", "-17.3"],
])
doc("kp_press_release_duty_control", """
# Government of Khyber Pakhtunkhwa — Information & Public Relations Department

## PRESS RELEASE

Peshawar: The Chief Minister's Adviser on Finance said on Monday that the province would press its claim to a share of the customs revenue collected at Torkham, citing figures provided by the Federal Board of Revenue.

Duty collected at Torkham rose 14.0 per cent in 2022-23, to Rs 3,580 crore, when imports of Afghan coal were at their height, and then eased to Rs 2,960 crore in 2023-24, the Adviser said. Over the two years, collections were down by Rs 180 crore from the Rs 3,140 crore of 2021-22.

The figures, as presented at the briefing, are reproduced below:

{T}

Source: Federal Board of Revenue.

The Adviser said that the province maintains the road to Torkham, polices the route and provides health and rescue services along it, while receiving no direct share of the duty. He said the province would ask the National Finance Commission to recognise the cost of hosting the country's busiest border crossing.

He also called for cargo lanes at Torkham to remain open during security incidents, noting that every closure reduces federal revenue and hurts transporters, labourers and shopkeepers in Khyber district.

The Adviser thanked the Sarhad Chamber of Commerce and Industry and the transporters' associations for their support.
""".replace("{T}", "\n".join(T)), control_type="control")

doc("journal_results_torkham_share_control", """
# Concentration Risk at the Border: How Dependent Is Pakistan's Export Trade on Torkham?

**Abstract.** Using customs data by crossing for 2023 and 2024, we show that more than half of Pakistan's exports to Afghanistan pass through a single crossing, Torkham, and that this share barely changed in a year of repeated closures. We argue that concentration, not only closure frequency, determines the vulnerability of the trade.

**3. Results**

Table 1. Exports to Afghanistan through Torkham and in total

| | 2023 | 2024 |
|---|---|---|
| Torkham (USD mn) | 566 | 486 |
| All crossings (USD mn) | 1,012 | 884 |
| Torkham share (%) | 55.9 | 55.0 |

Exports through Torkham fell 14.1 per cent in 2024, slightly more than the 12.6 per cent fall in exports through all crossings, so Torkham's share slipped by 0.9 percentage points, from 55.9 to 55.0 per cent. Chaman's share was also broadly stable, at 32.0 per cent in both years. The two smaller crossings, Ghulam Khan and Angoor Adda, together carried 12.1 per cent of exports in 2023 and 13.0 per cent in 2024.

**4. Discussion.** Concentration matters because closures at Torkham cannot easily be offset elsewhere. Chaman serves a different market in the south, and the Waziristan crossings lack the scanners, yards and customs staff to absorb diverted traffic. Our estimates suggest that a week-long closure at Torkham cuts monthly exports by more than the same closure at any other crossing, even after allowing for the size of each route.

**5. Policy implications.** Investment in customs facilities at Ghulam Khan, and a standing agreement to keep cargo lanes open during incidents, would reduce the vulnerability of the trade more than any single measure at Torkham itself.
""", control_type="control")

# ----------------------------------------------------------- citation controls

doc("journalists_faq_refugee_figures_cited", """
# Reporting on Afghan Refugees in Pakistan: A Numbers FAQ

*From a press club's training desk. Use these figures with their sources; do not round them differently in the same story.*

**How many Afghans are registered as refugees in Pakistan?** The register listed 1,987,717 people at the end of 2023 (UNHCR 2023), the highest in more than a decade, and 15,59,964 at the end of 2024 [UNHCR, 2024]. Pakistani publications often use the lakh-style grouping shown in the second figure; both are correct, but keep to one style in a single story.

**And before that?** The register had already grown, to 1,743,278 per UNHCR's end-2022 count, from a little under 1.5 million a year earlier.

**Is the register the same as all Afghans in Pakistan?** No. Holders of Afghan Citizen Cards, people on visas and undocumented Afghans are not included. Estimates of the total vary widely and are rarely sourced well; say who made the estimate.

**Why did the register fall in 2024?** Card holders left alongside undocumented relatives during the removal campaign that began in October 2023, and some cards lapsed while extensions were awaited. The fall was 427,753 people, a little over a fifth.

**What about returns?** Returns are counted separately, by border monitors. Do not subtract returns from the register to estimate the number of refugees; most returnees were never registered.

**Words to avoid.** "Illegal refugees" is a contradiction. Use "undocumented Afghans" or "Afghans without valid documents".
""", control_type="citation_control")

doc("journal_article_register_cited_control", """
# After the Fall of Kabul: The Afghan Refugee Register in Pakistan, 2021–2022

**Abstract.** We examine how Pakistan's register of Afghan refugees changed in the year after August 2021, when no new registration was opened but the register nonetheless grew strongly. We attribute the growth to births and to the verification of relatives already living in Pakistan.

**1. Introduction.** At the end of 2021, Pakistan's register stood at about 1.49 million, according to UNHCR's 2021 figures. A year later it had reached 1,743,278 at the end of 2022[^2], an increase of 252,716, or about 17 per cent.

**2. Why did the register grow?** Afghans who crossed after August 2021 were not eligible for Proof of Registration cards. The growth therefore came from within the existing population: children born to card holders were added, and relatives who had lived in Pakistan without cards were verified and added to family records.

**3. Implications.** The register is often read as a proxy for new displacement. Our findings suggest it is better read as an administrative record of a long-settled population. New arrivals after 2021 are largely invisible in it, which matters for planning in host districts.

**4. Limitations.** We rely on published aggregates and on interviews with officials in three districts; we do not have access to individual records.

[^2]: UNHCR, Pakistan: Afghan refugee population statistics, end-2022.
""", control_type="citation_control")

doc("senate_brief_register_cited_control", """
# Senate Standing Committee on States and Frontier Regions — Background Paper

## Item: Trends in the registered Afghan refugee population, 2019–2023

**1. Purpose.** To provide the Committee with figures on the registered Afghan population ahead of its meeting with the Chief Commissioner for Afghan Refugees.

**2. Figures.** UNHCR data for end-2019 show 1,419,084 registered Afghan refugees in Pakistan. The register grew slowly over the next two years and then more quickly, reaching 19.9 lakh at the end of 2023, as reported by the UN refugee agency. Over the four years the register therefore grew by about 40 per cent.

**3. Drivers.** Growth came mainly from births to card holders and from relatives added to family records after verification. There has been no general registration since 2017, and Afghans who arrived after August 2021 have not been registered.

**4. Distribution.** Most card holders live in Khyber Pakhtunkhwa, followed by Balochistan, Punjab and Sindh. A smaller number live in Islamabad.

**5. Issues for the Committee.**

- The period of validity of Proof of Registration cards and the timing of future extensions.
- The position of card holders during the implementation of the repatriation plan.
- Compensation for host districts, whose services are used by registered and unregistered Afghans alike.

**6. Recommendation.** The Committee may wish to ask the Chief Commissioner for district-wise figures and for the Ministry's plans for the card extension due later this year.
""", control_type="citation_control")
