# Third held-out set of synthetic documents ("heldout3").  Written from
# scratch after heldout2/, by a labeller who had not opened dyad's
# implementation or history and had not seen any of its results.
# Every entry: name (topic slug, numbered later by build_heldout3.py), text,
# labels (list of defect dicts), control_type for controls.
# The texts imitate different kinds of author on purpose: think-tank working
# papers, newspaper explainers, donor situation reports, parliamentary
# committee notes, trade-association newsletters.
#
# Invented figures shared across documents (all consistent with each other
# and with the README's reference series):
#   Pakistan's exports to Afghanistan by quarter, US$ mn:
#     2023: 236, 259, 271, 246 (= 1,012)   2024: 241, 198, 227, 218 (= 884)
#   Imports from Afghanistan by quarter, US$ mn:
#     2023: 181, 176, 164, 169 (= 690)     2024: 148, 139, 131, 122 (= 540)
#   Exports by crossing, 2023 (heldout2): Torkham 566, Chaman 324,
#     Ghulam Khan 92, Angoor Adda 30; 2024 (heldout): 486, 283, 88, 27,
#     split by half-year: Torkham 251/235, Chaman 139/144, Ghulam Khan 37/51,
#     Angoor Adda 12/15 (H1 439 = Q1+Q2, H2 445 = Q3+Q4).
#   Customs duty at Torkham, Rs bn (heldout2): FY22 31.4, FY23 35.8, FY24 29.6.
#   Afghan transit containers (heldout): FY2022-23 74,500, FY2023-24 52,000.
#   Returns from Pakistan (heldout): Sep-Dec 2023 541,000; 2024 676,000,
#     split Jan-Jun 398,000 and Jul-Dec 278,000.
#   Cross-border attacks (heldout): 73, 112, 158, 212 (2021-2024).
#   Days closed to cargo in 2024 (heldout2): Torkham 46, Chaman 31,
#     Ghulam Khan 22, Angoor Adda 17 (116).

HELDOUT3 = []


def doc(name, text, labels=(), control_type=None):
    HELDOUT3.append({"name": name, "text": text.strip() + "\n", "labels": list(labels),
                     "control_type": control_type})


PAIR = ["PAK", "AFG"]

# =================================================================== text_vs_table

doc("quarterly_exports_2024", """
# Working Paper 7/2025 — Pakistan's Exports to Afghanistan, Quarter by Quarter, 2024

**Summary.** Annual totals conceal how quickly cross-border trade reacts to closures, export bans and diplomatic quarrels. This paper splits Pakistan's 2024 exports to Afghanistan into quarters and asks what moved them.

Table 3. Pakistan's exports to Afghanistan by quarter, 2024

| Quarter | Value (US$ mn) | Share |
|---|---|---|
| Q1 | 241 | 27% |
| Q2 | 198 | 22% |
| Q3 | 227 | 26% |
| Q4 | 218 | 25% |
| Total | 884 | 100% |

## 1. The spring trough

The weakest stretch of the year was April–June, when shipments came to US$ 168 million; the quarter combined a long stoppage at Torkham, a provincial ban on moving wheat flour across the border and a lull in Afghan orders once the winter stock-up had been sold through.

## 2. A firmer second half

Sales picked up to US$ 227 million in July–September and held at US$ 218 million in October–December, which left the second half of the year (US$ 445 million) slightly ahead of the first (US$ 439 million). The recovery owed more to rice and medicines than to any easing at the border.

## 3. Reading the pattern

Quarterly swings of this size are not new, but they have widened since 2021. Exporters who sell on thin margins cannot easily absorb a month of idle lorries, and Afghan wholesalers answer each interruption by adding suppliers in Iran and Central Asia to their books.

## 4. Implications

- Publish customs data on Afghan trade every month, not only in annual reports.
- Give exporters at least three months' notice of any ban on food shipments.
- Report stoppage days by crossing alongside the trade figures, so that their cost can be estimated.
""", [{
    "kind": "text_vs_table",
    "quotes": ["April–June, when shipments came to US$ 168 million", "| Q2 | 198 | 22% |"],
    "explanation": "The text gives Pakistan's exports to Afghanistan in April–June 2024 as US$ 168 million; Table 3 gives 198 (US$ mn, unit in the header cell) for Q2 2024, the same months. The table's quarters add up to its total of 884, and the text's own first-half figure (US$ 439 million = 241 + 198) also implies 198.",
    "expected_values": {"text_value": 168, "table_value": 198, "unit": "USD million",
                        "text_period_as_written": "April–June", "table_period_as_written": "Q2",
                        "subject": "PAK→AFG exports", "period": "2024-Q2"},
}])

doc("torkham_receipts_committee", """
# National Assembly Standing Committee on Finance and Revenue

## Briefing note: customs receipts at Torkham, FY22–FY24

Prepared by the committee secretariat for the session with the Federal Board of Revenue (FBR). Figures are those supplied by the Board; members may wish to ask for the underlying monthly data.

Table A. Customs duty collected at Torkham (Rs billion)

| | FY22 | FY23 | FY24 |
|---|---|---|---|
| Duty collected | 31.4 | 35.8 | 29.6 |
| Change on previous year | — | +4.4 | −6.2 |

**1. Trend.** Receipts at the crossing rose in 2022-23, when Afghan coal arrived in record volumes and paid duty by the tonne, and then dropped to Rs 26.9 billion in 2023-24, a decline the Board attributes to closures, a smaller coal trade and the diversion of Afghan transit cargo to Iranian ports.

**2. The province's share.** Khyber Pakhtunkhwa benefits from duty collected at Torkham only through its share of the divisible pool. The provincial government has asked for part of the receipts to be spent on the Peshawar–Torkham road, which carries most of the heavy traffic and is in poor repair.

**3. Questions for the Board.**

- How many days was the crossing closed to cargo in each fiscal year, and what revenue does the Board estimate was lost as a result?
- How much of the fall in FY24 reflects lower coal volumes rather than lower rates of duty?
- What is the Board's estimate of under-invoicing at Torkham, and how is it measured?

**4. Recommendation.** The committee may ask the FBR to publish monthly receipts by crossing, in rupees and in tonnes cleared, from the next fiscal year onwards.
""", [{
    "kind": "text_vs_table",
    "quotes": ["dropped to Rs 26.9 billion in 2023-24", "| Duty collected | 31.4 | 35.8 | 29.6 |"],
    "explanation": "The text says customs receipts at Torkham dropped to Rs 26.9 billion in 2023-24; Table A (years as columns, fiscal years written FY22–FY24, unit Rs billion in the caption) gives 29.6 for FY24, the same fiscal year. The table's change row (−6.2 = 29.6 − 35.8) agrees with the table, not with the text. The amount is in rupees and never converted.",
    "expected_values": {"text_value": 26.9, "table_value": 29.6, "unit": "PKR billion",
                        "text_period_as_written": "2023-24", "table_period_as_written": "FY24",
                        "subject": "customs duty collected at Torkham", "period": "FY2023-24"},
}])

doc("returns_sitrep_2024", """
# Situation Report No. 14 — Afghan Returns from Pakistan

Coverage: September 2023 to December 2024. Distribution: donors and partner agencies.

## Highlights

- Nearly half a million Afghans returned from Pakistan between January and June 2024, most of them through Torkham.
- Returns in July–December 2024 slowed to 278,000 as the first phase of Pakistan's removal plan wound down.
- Returns for calendar 2024 as a whole: 676,000.
- Reception and transit centres on the Afghan side: 7, up from 3 in October 2023.

Table 1. Returns from Pakistan by reporting period (persons)

| Period | Returns |
|---|---|
| Sep–Dec 2023 | 541,000 |
| Jan–Jun 2024 | 398,000 |
| Jul–Dec 2024 | 278,000 |

## Needs at the border

Arrivals at Torkham and Spin Boldak still need water, shelter for the first nights and onward transport. Families who arrive in winter report the greatest hardship; many sold household goods at a loss before leaving Pakistan and cross with very little cash.

## Funding

The response plan for returnees is less than half funded. Cash grants have been cut from two instalments to one, and partners report shortages of winter kits at both crossings.

## Priorities for the next period

1. Restore the second cash instalment for the most vulnerable households.
2. Pre-position winter supplies at Torkham and Spin Boldak before November.
3. Share arrival data by province of destination with development partners.
""", [{
    "kind": "text_vs_table",
    "quotes": ["Nearly half a million Afghans returned from Pakistan between January and June 2024",
               "| Jan–Jun 2024 | 398,000 |"],
    "explanation": "The first highlight puts returns from Pakistan in January–June 2024 at nearly half a million (written in words); Table 1 gives 398,000 for the same period. 'Nearly' cannot stretch half a million down to 398,000, and the report's own 2024 total (676,000 = 398,000 + 278,000) supports the table.",
    "expected_values": {"text_value": 500000, "text_hedge": "nearly",
                        "text_as_written": "half a million", "table_value": 398000,
                        "unit": "people", "subject": "returns from Pakistan to Afghanistan",
                        "period": "2024-01..2024-06"},
}])

doc("members_bulletin_afghan_imports", """
# Frontier Importers' Association — Members' Bulletin, Spring 2025

## Five years of buying from Afghanistan

Dear members, the committee has compiled the customs figures for goods brought in from Afghanistan over the past five calendar years. They tell a story most of you lived through.

Table 2. Imports from Afghanistan, 2020–2024

| Year | Value (US$ mn) | Change (%) |
|---|---|---|
| 2020 | 509 | — |
| 2021 | 552 | +8.4 |
| 2022 | 741 | +34.2 |
| 2023 | 690 | −6.9 |
| 2024 | 540 | −21.7 |

In 2021, the year the Republic fell, purchases from across the border still grew, to US$0.59 billion, because coal and fresh fruit kept moving even when the banks did not. The coal rush of 2022 then took the total to US$ 741 million, the best year our members can remember. Since then the road has run downhill: a modest dip in 2023 and a fall of more than a fifth in 2024, when new duties on coal and repeated closures at Torkham hit the trade from both ends.

## What the committee is doing

- Pressing the FBR for a coal duty that is fixed for twelve months at a time.
- Asking for a cold-storage yard at Torkham for grapes, pomegranates and melons.
- Collecting members' losses from the 2024 closures, in rupees, for a joint submission to the Ministry of Commerce.

## A reminder on payments

Members are again reminded that paying Afghan sellers through unlicensed money changers carries legal risk. The association's legal desk can advise on the licensed channels now available.
""", [{
    "kind": "text_vs_table",
    "quotes": ["still grew, to US$0.59 billion", "| 2021 | 552 | +8.4 |"],
    "explanation": "The text puts Pakistan's imports from Afghanistan in 2021 at US$0.59 billion (590 US$ mn); Table 2 (years as rows, unit in the header cell 'Value (US$ mn)') gives 552 for 2021. The table's change column (+8.4 percent from 509, +34.2 percent to 741) is consistent with 552, not with 590.",
    "expected_values": {"text_value": 590, "text_as_written": "US$0.59 billion", "table_value": 552,
                        "unit": "USD million", "subject": "AFG→PAK exports (Pakistan's imports)",
                        "period": "2021"},
}])

# =================================================================== arithmetic

doc("crossings_half_years_2024", """
# Customs Analysis Note 3/2025: Which Crossings Carried the 2024 Export Trade?

**Purpose.** To show how Pakistan's exports to Afghanistan in 2024 were divided among the four main crossings and between the two halves of the year.

Table 4. Exports to Afghanistan by crossing and half-year, 2024 (US$ mn)

| Crossing | H1 | H2 | Total |
|---|---|---|---|
| Torkham | 251 | 235 | 486 |
| Chaman | 139 | 144 | 283 |
| Ghulam Khan | 37 | 51 | 88 |
| Angoor Adda | 12 | 15 | 27 |
| Total, all crossings | 439 | 445 | 864 |

**Findings.** Torkham remained the main route, carrying US$ 486 mn over the year, though its second-half figure (US$ 235 mn) was below its first (US$ 251 mn) because of the stoppages that followed firing between the two border forces. Chaman held almost steady, at US$ 139 mn and then US$ 144 mn, despite the sit-in against the passport-and-visa rule. The sharpest gain was at Ghulam Khan, where exports rose from US$ 37 mn in January–June to US$ 51 mn in July–December, an increase of 38 percent, as traders bound for Khost and Paktia avoided the queues further north.

**Angoor Adda.** The smallest crossing moved US$ 27 mn of goods in the year. It has no scanner and no weighbridge, and it is often shut for security reasons at short notice.

**Points for management.**

1. Post additional customs staff at Ghulam Khan, where traffic is growing fastest.
2. Install a scanner at Angoor Adda before extending its opening hours.
3. Publish this table every quarter, with the months written out.
""", [{
    "kind": "arithmetic",
    "quotes": ["| Total, all crossings | 439 | 445 | 864 |"],
    "explanation": "The total row of Table 4 gives 864 US$ mn for the year, but the crossings' annual totals add up to 884 (486 + 283 + 88 + 27), and so do the row's own half-years (439 + 445). Every crossing row adds up across; only the grand total is wrong.",
    "expected_values": {"stated_total": 864, "sum_of_parts": 884, "difference": -20,
                        "parts": {"Torkham": 486, "Chaman": 283, "Ghulam Khan": 88, "Angoor Adda": 27},
                        "also_sum_of_half_years": 884, "unit": "USD million", "period": "2024"},
}])

doc("quarterly_account_2023", """
# Economic Bulletin: The 2023 Trade Account with Afghanistan, by Quarter

The annual figures for 2023 look encouraging on their face: Pakistan's exports to Afghanistan passed the billion-dollar mark again and the surplus widened. The quarterly pattern, set out below in US$ mn, shows how uneven the year really was.

## Quarter by quarter

- January–March: exports 236, imports 181, surplus 55
- April–June: exports 259, imports 176, surplus 83
- July–September: exports 271, imports 164, surplus 117
- October–December: exports 246, imports 169, surplus 77

## Commentary

The third quarter was the strongest for exports, helped by a good rice harvest and Afghan stock-building ahead of winter, and the weakest for imports, as Afghan coal lost ground to cheaper seaborne cargoes. The final quarter carried the after-effects of the September closure of Torkham and of Pakistan's October order telling undocumented foreigners to leave, which drew many Afghan traders and drivers away from their businesses.

For the year as a whole, exports of US$ 1,012 mn against imports of US$ 690 mn left Pakistan with a surplus of US$ 322 mn, compared with US$ 195 mn in 2022.

## Outlook

Early indications for 2024 point to weaker trade in both directions. Flour exporters report fewer Afghan orders, and coal importers are waiting to see whether the new duty holds. The bulletin will return to the quarterly figures once the first half of 2024 is complete.
""", [{
    "kind": "arithmetic",
    "quotes": ["July–September: exports 271, imports 164, surplus 117"],
    "explanation": "In the bullet for the third quarter of 2023 (written as months), exports of 271 minus imports of 164 give a surplus of 107 US$ mn, not 117. The other three bullets are right, and the quarterly surpluses as printed add up to 332 rather than the annual US$ 322 mn given later.",
    "expected_values": {"exports": 271, "imports": 164, "stated_balance": 117,
                        "computed_balance": 107, "unit": "USD million", "period": "2023-Q3"},
}])

doc("register_decline_explainer", """
# Explainer: Why Pakistan's Refugee Register Shrank in 2024

**What happened?** Between the end of 2023 and the end of 2024 the register of Afghan refugees in Pakistan shrank by 427,753 people, or 27.4 percent, from 1,987,717 to 1,559,964, the steepest fall in a single year since the large repatriation drives of the early 2000s.

**Were registered refugees being deported?** Not as a rule. The removal plan announced in October 2023 was aimed first at Afghans with no papers. But card holders lived alongside them, in the same neighbourhoods and often in the same families, and many left when relatives were detained or when landlords, fearing trouble with the police, asked them to go.

**What about the cards themselves?** Proof of Registration cards were extended in short instalments, sometimes only days before they lapsed. Each gap left holders exposed to arrest and extortion, and some families decided that an uncertain life in Afghanistan was better than an insecure one in Pakistan.

**How many Afghans left altogether?** Far more than the fall in the register suggests. Border monitors counted 676,000 returns in 2024, most of them people who had never been registered at all.

**What happens next?** The government has said that registered refugees will be dealt with in a later phase, without saying when. Aid agencies are urging it to extend the cards for at least two years and to publish clear criteria before any further step is taken.
""", [{
    "kind": "arithmetic",
    "quotes": ["shrank by 427,753 people, or 27.4 percent"],
    "explanation": "A fall of 427,753 from 1,987,717 is 21.5 percent, not 27.4 percent. The stated figure is the fall divided by the end value (427,753 / 1,559,964), the wrong base.",
    "expected_values": {"from": 1987717, "from_period": "2023", "to": 1559964, "to_period": "2024",
                        "stated_change_pct": -27.4, "computed_change_pct": -21.52,
                        "unit": "people"},
}])

doc("afghan_goods_mix_2023", """
# What Afghanistan Sold to Pakistan in 2023

*A background note for the business forum of the two countries' chambers of commerce.*

Pakistan's imports from Afghanistan came to US$ 690 million in 2023, down from US$ 741 million in 2022, when the coal boom was at its height. This note breaks the 2023 figure down by product.

## The mix

By value, coal made up 46 percent of the total, fresh fruit and vegetables a fifth, dried fruit and nuts 13 percent, cotton 9 percent, talc and other minerals 8 percent, and all other goods 10 percent, a spread that leaves the trade heavily dependent on a single commodity whose price is set far from the border.

## Coal

Pakistani cement makers and brick kilns turned to Afghan coal in 2022 because it could be bought in rupees and delivered by road within days. As world prices eased in 2023 and Pakistan revised its duty, that advantage narrowed, and buyers in Punjab went partly back to seaborne coal landed at Karachi.

## Fruit and nuts

Fresh grapes, pomegranates and melons are seasonal and perishable; a few days' delay at Torkham can ruin a consignment. Dried fruit and pine nuts travel better and earn more per truck, and a good part of them is re-exported from Pakistan to the Gulf.

## Recommendations

- Agree a duty on Afghan coal that is fixed for a full year.
- Give perishable cargo a separate lane at Torkham and Chaman.
- Publish imports by product every quarter, so that sellers and buyers on both sides can plan.
""", [{
    "kind": "arithmetic",
    "quotes": ["coal made up 46 percent of the total, fresh fruit and vegetables a fifth, dried fruit and nuts 13 percent, cotton 9 percent, talc and other minerals 8 percent, and all other goods 10 percent"],
    "explanation": "The product shares of Pakistan's 2023 imports from Afghanistan, one of them written as a fraction in words ('a fifth' = 20 percent) and closed with 'all other goods', add up to 106 percent (46 + 20 + 13 + 9 + 8 + 10).",
    "expected_values": {"shares_pct": {"coal": 46, "fresh fruit and vegetables": 20,
                                       "dried fruit and nuts": 13, "cotton": 9,
                                       "talc and other minerals": 8, "all other goods": 10},
                        "sum_pct": 106, "written_in_words": {"fresh fruit and vegetables": "a fifth"},
                        "period": "2023"},
}])

# =================================================================== garbled

doc("afghan_imports_desk", """
# Trade Desk Weekly — Afghan Imports: How Far Have They Fallen?

## From US$ 690 mn (2023) to US$ 690 mn (2023)

That is the latest step down for Pakistan's purchases from Afghanistan, and the slide is not over. In 2024 Pakistan bought goods worth US$ 540 mn from its neighbour, after US$ 690 mn in 2023 and US$ 741 mn at the 2022 peak. Our desk went through the customs data to see which goods account for the loss.

## Coal falls furthest

Most of the decline is coal. Higher duties in 2024, cheaper seaborne cargoes at Karachi and long stoppages at Torkham all worked against Afghan suppliers, and several large cement plants in Khyber Pakhtunkhwa switched their orders within a few months.

## Fruit holds up

Fresh and dried fruit did better. Pakistani wholesalers still prefer Afghan grapes and pomegranates in season, and dried fruit keeps long enough to wait out a closure. Traders in Peshawar say prices, not volumes, fell.

## The other side of the ledger

Pakistan's exports to Afghanistan fell too, to US$ 884 mn, but by less, so the surplus widened to US$ 344 mn. A wider surplus built on a shrinking trade is no cause for celebration on either side of the border.

## What to watch

- Whether the coal duty is revised in the next budget.
- Whether Torkham's cargo lanes stay open during security incidents.
- Whether the rupee payment channel promised by both governments materialises.
""", [{
    "kind": "garbled",
    "quotes": ["From US$ 690 mn (2023) to US$ 690 mn (2023)"],
    "explanation": "The heading describes a fall whose start and end are the same value and the same year (US$ 690 mn in 2023). The body shows what was meant: from US$ 690 mn in 2023 to US$ 540 mn in 2024.",
    "expected_values": {"start_value": 690, "end_value": 690,
                        "start_period": "2023", "end_period": "2023",
                        "likely_intended_end": {"value": 540, "period": "2024"},
                        "unit": "USD million", "location": "heading"},
}])

doc("transit_port_users", """
# Port Users' Forum — Note on Afghan Transit Cargo

**The numbers.** Over FY2023/24–FY2022/23, Afghan transit containers landed at Karachi and Port Qasim fell from 74,500 to 52,000, a drop of about 30 percent in a single year. For the port's container terminals the loss is modest; for the bonded carriers who truck the boxes to Torkham and Chaman, it is severe.

**Why the cargo left.** In October 2023 Pakistan lengthened the list of goods that may not travel in transit, added a processing fee on several others and required a bank guarantee for high-duty items. Afghan importers, already short of dollars, answered by sending consignments through Iran's Bandar Abbas and Chabahar instead, or by rail from Central Asia to Hairatan.

**Who loses.** Bonded carriers say that about a third of their trucks stood idle for much of 2024. Clearing agents in Karachi have laid off staff, and the yards at Torkham that used to hold transit boxes now store domestic cargo. Afghan consumers pay more, since the Iranian and Central Asian routes are longer for most of eastern Afghanistan.

**What the forum proposes.**

1. Review the restricted list every six months together with Afghan importers.
2. Replace the bank guarantee with electronic tracking of every transit container from port to border.
3. Convene the joint transit authority set up under the 2010 agreement, which has not met for years.
4. Publish monthly transit volumes by port and by crossing.

**Note.** The forum speaks for shipping lines, terminal operators, bonded carriers and clearing agents in Karachi. Its figures are taken from port records.
""", [{
    "kind": "garbled",
    "quotes": ["Over FY2023/24–FY2022/23"],
    "explanation": "The period is written backwards with an en dash between two fiscal years: FY2023/24–FY2022/23, for a fall that runs from 74,500 containers in FY2022/23 to 52,000 in FY2023/24, as the rest of the sentence ('fell from 74,500 to 52,000') shows.",
    "expected_values": {"stated_period_start": "FY2023/24", "stated_period_end": "FY2022/23",
                        "intended_period": "FY2022/23..FY2023/24", "from": 74500, "to": 52000,
                        "unit": "containers"},
}])

doc("chaman_after_sit_in", """
# Quetta Traders' Circular: Chaman After the Sit-In

## Where we stand

Traders at Chaman put their lost sales during the sit-in at about Rs 2.3 billion between October 2023 and July 2024, while exports through the crossing slipped to US$ 283 mn in 2024 from US$ 324 mn in 2023. Traders at Chaman put their lost sales during the sit-in at about Rs 2.3 billion between October 2023 and July 2024, while exports through the crossing slipped to US$ 283 mn in 2024 from US$ 324 mn in 2023. The loss fell hardest on small firms that deal in flour, cooking oil and cloth.

## The passport rule

Until late 2023 residents of the border districts on both sides crossed on their identity cards. The requirement to carry a passport and visa ended that. Porters, shopkeepers and day labourers who crossed daily could not afford the documents, and many have not crossed since.

## What the sit-in achieved

The protest kept the issue in the news for months and won promises of a simpler pass for local residents. None of those promises has yet been put into practice, and the crossing still runs at a fraction of its old capacity.

## Our requests to the provincial and federal governments

- Issue a free border pass to residents of Chaman and Qila Abdullah districts.
- Keep cargo moving during any future protest or security incident.
- Compensate registered porters for the months they could not work.
- Publish monthly figures for trade and for people crossing at Chaman.

The circular is issued to members of the Quetta traders' association and may be shared with the press.
""", [{
    "kind": "garbled",
    "quotes": ["Traders at Chaman put their lost sales during the sit-in at about Rs 2.3 billion between October 2023 and July 2024, while exports through the crossing slipped to US$ 283 mn in 2024 from US$ 324 mn in 2023. Traders at Chaman put their lost sales during the sit-in at about Rs 2.3 billion between October 2023 and July 2024, while exports through the crossing slipped to US$ 283 mn in 2024 from US$ 324 mn in 2023."],
    "explanation": "A long sentence carrying a rupee estimate, a month-to-month period and a dollar comparison is repeated word for word, the copy straight after the original. The quote covers both copies.",
    "expected_values": {"repeated_sentence": "Traders at Chaman put their lost sales during the sit-in at about Rs 2.3 billion between October 2023 and July 2024, while exports through the crossing slipped to US$ 283 mn in 2024 from US$ 324 mn in 2023.",
                        "occurrences": 2},
}])

doc("register_growth_2021_note", """
# Research Brief for Members: The Refugee Register in 2021

Prepared by the research wing of the Senate secretariat at the request of the Committee on States and Frontier Regions.

## The figure

Over 2021 the register went from 1,438,432 at the close of 2020 to 1,438,432 at the close of 2020, an increase of 52,130 names, or about 3.6 percent. The growth was modest by the standard of the years that followed, and almost all of it came from births to card holders.

## August 2021

The change of government in Kabul did not show up in the register that year. Afghans who crossed into Pakistan after August arrived on visas, if they had documents at all, and Pakistan opened no new registration for them. Estimates of their number ranged widely, and the government published none of its own.

## Implications for members

- The register understates the number of Afghans in Pakistan, and the gap has grown since 2021.
- Provincial budgets for schools and clinics in host districts are still drawn up on the basis of registered numbers only.
- Proof of Registration cards were extended for short periods, which left holders uncertain about their status.

## Questions members may wish to raise

1. Does the government intend to register, or otherwise document, Afghans who arrived after August 2021?
2. How are host districts compensated for services used by unregistered Afghans?
3. When will registration data by district be published?
""", [{
    "kind": "garbled",
    "quotes": ["from 1,438,432 at the close of 2020 to 1,438,432 at the close of 2020"],
    "explanation": "The change over 2021 starts and ends at the same value and the same year-end (1,438,432 at the close of 2020). The stated increase of 52,130 shows the end point should be 1,490,562 at the close of 2021.",
    "expected_values": {"start_value": 1438432, "end_value": 1438432,
                        "start_period": "2020", "end_period": "2020",
                        "likely_intended_end": {"value": 1490562, "period": "2021"},
                        "change": 52130, "unit": "people"},
}])

# =================================================================== number_reuse

doc("protection_update_h1_2024", """
# Protection Update: Afghans in Pakistan, January–June 2024

*For donors and partners. Figures are provisional and will be revised in the year-end report.*

## Movements

Between January and June 2024, 398,000 Afghans returned from Pakistan, according to monitoring teams at Torkham, Chaman and the smaller crossings. Over the same six months, the authorities in Punjab, Sindh and Islamabad completed the mapping of 398,000 Afghan Citizen Card holders, a step widely read as preparation for the second phase of the removal plan.

## Protection concerns

Partners continue to document arrests of Afghans whose papers were valid, demands for bribes at checkpoints, and evictions by landlords under pressure from the police. Women-headed households and unaccompanied older people are the most exposed. Children who leave school mid-year lose their records and often their place in the education system on both sides of the border.

## Registered refugees

Holders of Proof of Registration cards remain formally outside the removal plan, but their cards were extended only until the end of June, and the announcement of a further extension came late. The uncertainty led some families to leave with relatives who had been ordered out.

## Asks of donors

- Fund legal aid desks in Peshawar, Quetta, Karachi and Islamabad.
- Support reception and reintegration on the Afghan side on a scale that matches returns.
- Press for card extensions of at least a year at a time, announced well before expiry.
""", [{
    "kind": "number_reuse",
    "quotes": ["Between January and June 2024, 398,000 Afghans returned", "mapping of 398,000 Afghan Citizen Card holders"],
    "explanation": "398,000, the number of Afghans who returned from Pakistan in January–June 2024, is used again in the next sentence for the number of Afghan Citizen Card holders mapped in three provinces over the same months, an unrelated count.",
    "expected_values": {"value": 398000, "unit": "people",
                        "quantity_1": "returns from Pakistan to Afghanistan, January–June 2024",
                        "quantity_2": "Afghan Citizen Card holders mapped in Punjab, Sindh and Islamabad, January–June 2024"},
}])

doc("chaman_two_way_2023", """
# Balochistan Economic Review: Chaman's Trade in 2023

Chaman is Balochistan's main gateway to Afghanistan and the shortest route from Quetta to Kandahar. This review sets out what crossed it in 2023, the last year before the sit-in and the passport rule changed the crossing.

## Both directions

In 2023 Chaman handled US$ 324 mn of Pakistani exports to Afghanistan, about a third of the national total of US$ 1,012 mn. Afghan goods entering Pakistan through Chaman that year were worth US$ 324 mn, chiefly grapes, pomegranates, melons and dried fruit bound for Quetta and Karachi.

## The goods behind the figures

Flour, cooking oil, cement and cloth dominate the outbound trade; lorries return with fruit in season and with coal for the brick kilns around Quetta. A good deal of the traffic is small consignments carried by local traders, which is why the end of crossings on identity cards hit Chaman harder than Torkham.

## The provincial stake

For Balochistan, Chaman is more than a customs post. It supports transport companies, warehouses, money changers and thousands of porters, most of whom live in Chaman town and in Qila Abdullah district. When the crossing slows, the effect is felt in Quetta's wholesale markets within days.

## Recommendations

1. Build a dry port on the Pakistani side to take inspections away from the gate.
2. Issue local residents a border pass that does not need a visa.
3. Report trade through Chaman every quarter, in both directions.
""", [{
    "kind": "number_reuse",
    "quotes": ["Chaman handled US$ 324 mn of Pakistani exports", "were worth US$ 324 mn, chiefly grapes"],
    "explanation": "US$ 324 mn, Pakistan's exports to Afghanistan through Chaman in 2023, is reused in the next sentence as the value of Afghan goods entering Pakistan through Chaman in the same year, the opposite flow.",
    "expected_values": {"value": 324, "unit": "USD million",
                        "quantity_1": "PAK→AFG exports through Chaman, 2023",
                        "quantity_2": "AFG→PAK imports through Chaman, 2023"},
}])

doc("closure_days_explainer", """
# Explainer: How Often Were the Border Crossings Shut in 2024?

**Why does it matter?** Every day a crossing is closed, lorries queue on the approach roads, fruit rots, porters go unpaid and customs collections stop. Closures also feed the quarrel between Islamabad and Kabul, since each side blames the other.

**The count.** Torkham was closed to cargo for 46 days in 2024, most of them after exchanges of fire between the two border forces or disputes over new construction near the gate. Chaman lost 46 days to formal closures, on top of the months of disruption caused by the sit-in against the passport-and-visa rule. The two smaller crossings in the Waziristan districts, Ghulam Khan and Angoor Adda, were shut for 22 and 17 days respectively.

**Who decides?** Closures are usually ordered by local commanders and confirmed later in the capitals. There is no standing procedure for reopening, so a closure can last hours or weeks depending on the state of relations.

**Do closures work?** Officials argue that they put pressure on the other side. Traders reply that the pressure falls on them and on Afghan households, who pay more for flour and medicine when the gates are shut, while militants are not deterred.

**What could change?** Proposals include a hotline between border commanders staffed around the clock, an agreement that cargo lanes stay open while incidents are investigated, and monthly publication of closure days by crossing in both countries.
""", [{
    "kind": "number_reuse",
    "quotes": ["Torkham was closed to cargo for 46 days in 2024", "Chaman lost 46 days to formal closures"],
    "explanation": "46, the days Torkham was closed to cargo in 2024, is used again in the next sentence for the days Chaman lost to formal closures in the same year, a different crossing (31 days in the set's invented series).",
    "expected_values": {"value": 46, "unit": "days",
                        "quantity_1": "days Torkham was closed to cargo, 2024",
                        "quantity_2": "days Chaman was closed to cargo, 2024"},
}])

doc("twin_declines_2024", """
# Both Ways Down: Pakistan–Afghanistan Trade in 2024

*Newspaper explainer, business pages.*

**The short version.** Exports to Afghanistan fell 12.6 percent in 2024, to US$ 884 mn, the lowest since 2021. Imports from Afghanistan dropped 12.6 percent, to US$ 540 mn, as higher duties on Afghan coal took effect. Pakistan's surplus nonetheless grew, to US$ 344 mn.

**Why did exports fall?** Closures at Torkham and Chaman cost exporters weeks of sales, and a ban on flour shipments in the spring drove Afghan buyers to mills in Kazakhstan. Payments remained difficult: most deals are still settled in cash through money changers in Peshawar.

**Why did imports fall?** Coal, the biggest single import, became more expensive once the new duty was added, and cement makers found seaborne supplies cheaper. Fresh fruit held up better, though lorries of grapes spoiled in the queues during the summer closures.

**Does a bigger surplus help Pakistan?** Only a little. It brings in some foreign exchange, but it rests on a shrinking trade that supports fewer jobs in transport, milling and warehousing on the Pakistani side.

**What would help?** Economists and traders suggest three steps: fixing duties on Afghan goods for a full year at a time, agreeing with Kabul that cargo lanes stay open during security disputes, and setting up a licensed channel for rupee payments.
""", [{
    "kind": "number_reuse",
    "quotes": ["fell 12.6 percent in 2024", "dropped 12.6 percent"],
    "explanation": "12.6 percent, the 2024 fall in Pakistan's exports to Afghanistan (1,012 to 884), is reused in the next sentence for the fall in imports from Afghanistan, which in the set's series was 21.7 percent (690 to 540). The 2023 import value is not given in the text.",
    "expected_values": {"value": 12.6, "unit": "percent",
                        "quantity_1": "fall in PAK→AFG exports, 2024",
                        "quantity_2": "fall in AFG→PAK imports, 2024"},
}])

# =================================================================== direction

doc("interior_committee_attacks", """
# Senate Standing Committee on Interior — Summary of Proceedings

**Agenda item 2: cross-border militancy.** The committee received a briefing from the Ministry of Interior on attacks launched from across the western border.

**Figures presented.** Officials told members that cross-border attacks contracted from 112 in 2022 to 158 in 2023, and that the count reached 212 in 2024, the highest in the ministry's records. Most attacks targeted checkposts, convoys and police stations in North and South Waziristan, Bajaur, Khyber and Kurram.

**Discussion.** Members asked why the fence along the border had not reduced the number of incidents. The ministry replied that the fence slows movement but cannot stop it without surveillance and patrols, and that several stretches have been damaged. Members also asked what had come of Pakistan's requests to the authorities in Kabul to act against Tehrik-i-Taliban Pakistan; officials said that assurances had been given but not acted upon.

**Trade and closures.** Several members pointed out that closures ordered after attacks hurt traders in their constituencies more than they hurt militants, and asked the ministry to consult the Ministry of Commerce before closing cargo lanes.

**Decisions.**

1. The ministry will share district-level attack data with the committee every quarter.
2. The committee will hear the Ministry of Commerce on the cost of closures at its next sitting.
3. The secretariat will prepare a note on border coordination mechanisms used elsewhere.
""", [{
    "kind": "direction",
    "quotes": ["cross-border attacks contracted from 112 in 2022 to 158 in 2023"],
    "explanation": "'Contracted' describes a rise: cross-border attacks went from 112 in 2022 to 158 in 2023, up 46 or 41.1 percent. The next clause ('reached 212 in 2024, the highest') also describes a rising series.",
    "expected_values": {"from": 112, "from_period": "2022", "to": 158, "to_period": "2023",
                        "stated_direction": "fall", "actual_direction": "rise",
                        "change": 46, "change_pct": 41.07, "unit": "attacks"},
}])

doc("afghan_sellers_2024", """
# Kabul–Peshawar Trade Letter, January 2025

*A monthly letter for importers, transporters and clearing agents working the Khyber route.*

## The year in one line

Pakistani purchases from Afghanistan ballooned to US$ 540 mn in 2024, against US$ 690 mn in 2023, with coal once again setting the direction for the whole trade.

## Coal

Afghan coal has been the biggest single item on the import side since 2022. In 2024 it met a higher duty at the border, competition from seaborne cargoes at Karachi and Port Qasim, and weeks of closures at Torkham. Several cement makers in the north of the province switched suppliers mid-year and have not come back.

## Fruit and vegetables

Grapes, pomegranates, apples and onions did better, although queues during the summer closures cost some traders entire consignments. Cold storage near the crossing remains a promise rather than a fact.

## Transport

Afghan and Pakistani transporters both report fewer loads and longer waits. Drivers complain that the documents required at Torkham change from month to month, and that there is no single office that can tell them what is needed.

## In the next letter

We will look at the payment channels now available to importers, and at whether the duty on coal is likely to change in the coming budget. Readers are welcome to send us their own figures and experiences.
""", [{
    "kind": "direction",
    "quotes": ["ballooned to US$ 540 mn in 2024, against US$ 690 mn in 2023"],
    "explanation": "'Ballooned' describes a fall: Pakistan's imports from Afghanistan went from US$ 690 mn in 2023 to US$ 540 mn in 2024 (written 'Y, against X'), down 150 or 21.7 percent. The rest of the letter (higher duty, lost customers) describes a decline.",
    "expected_values": {"from": 690, "from_period": "2023", "to": 540, "to_period": "2024",
                        "stated_direction": "rise", "actual_direction": "fall",
                        "change": -150, "change_pct": -21.74, "unit": "USD million"},
}])

doc("clearing_agents_fy24", """
# Khyber Customs Agents' Association — Newsletter No. 31

## Duty at Torkham: the FY24 outturn

Receipts at Torkham firmed to Rs 29.6 billion in FY24 (FY23: Rs 35.8 billion), according to figures the Collectorate shared with our executive committee. The Collectorate attributes the result to the long closures of the year, a thinner coal trade and the diversion of transit cargo to Iranian ports.

## What it means for members

Fewer declarations mean fewer fees. Members report that the number of goods declarations they filed at Torkham in FY24 was well below the year before, and several smaller firms have closed their offices in Landi Kotal. The association has asked the Collectorate to extend the validity of agents' licences at no charge for firms that can show a drop in business.

## The new scanning rules

From next month, all cargo through Torkham must pass the scanner before assessment. Members should expect queues in the first weeks and should advise their clients to file declarations electronically before the lorry reaches the gate.

## Training

The association will hold two sessions in Peshawar on the revised valuation rules for Afghan coal and fruit. Places are limited; members should register with the secretariat.

## Annual dues

Dues for the coming year remain at Rs 15,000 for individual agents and Rs 40,000 for firms. Members who pay before the end of the month will receive a receipt in time for licence renewal.
""", [{
    "kind": "direction",
    "quotes": ["firmed to Rs 29.6 billion in FY24 (FY23: Rs 35.8 billion)"],
    "explanation": "'Firmed' describes a fall: customs receipts at Torkham went from Rs 35.8 billion in FY23 (given in parentheses after the new figure) to Rs 29.6 billion in FY24, down Rs 6.2 billion or 17.3 percent. The causes listed (closures, a thinner coal trade, diversion) also describe a decline.",
    "expected_values": {"from": 35.8, "from_period": "FY23", "to": 29.6, "to_period": "FY24",
                        "stated_direction": "rise", "actual_direction": "fall",
                        "change": -6.2, "change_pct": -17.32, "unit": "PKR billion"},
}])

doc("register_2022_donor_brief", """
# Donor Brief: The Refugee Register After the Fall of Kabul

## Key message

The register of Afghan refugees in Pakistan thinned out over 2022, ending the year at 1,743,278 against 1,490,562 twelve months earlier, while the number of Afghans living in Pakistan without any status grew much faster. Programming based on the register alone misses a large part of the need.

## Who is on the register

Registered refugees hold Proof of Registration cards. Most arrived in the 1980s and 1990s or were born in Pakistan to families who did. Additions in recent years come from births and from relatives added to existing family records; there has been no general registration since 2017.

## Who is not

Afghans who arrived after August 2021, including journalists, former officials and women's rights activists, mostly entered on visas that have since expired. Many are waiting for resettlement abroad. Others crossed without documents and live with relatives in Peshawar, Quetta and Karachi.

## Funding implications

Host districts in Khyber Pakhtunkhwa and Balochistan carry most of the burden. Schools run double shifts; basic health units see patients they were never budgeted for. Donor funding for refugee-hosting areas has fallen in real terms over the past decade.

## Recommendations

- Fund services in host districts according to the total Afghan population, not only the registered one.
- Support documentation for Afghans who arrived after August 2021.
- Press for card extensions of at least two years.
""", [{
    "kind": "direction",
    "quotes": ["thinned out over 2022, ending the year at 1,743,278 against 1,490,562 twelve months earlier"],
    "explanation": "'Thinned out' describes a rise: the register went from 1,490,562 at the end of 2021 to 1,743,278 at the end of 2022, up 252,716 or 17.0 percent.",
    "expected_values": {"from": 1490562, "from_period": "2021", "to": 1743278, "to_period": "2022",
                        "stated_direction": "fall", "actual_direction": "rise",
                        "change": 252716, "change_pct": 16.95, "unit": "people"},
}])

# =================================================================== scope

doc("trade_2024_wrapup", """
# Year-End Wrap: Cross-Border Trade in 2024

*From the Peshawar Chamber's monthly newsletter.*

## The headline numbers

Tajikistan's sales to Afghanistan fell to US$ 884 mn in 2024, from US$ 1,012 mn a year earlier, as closures at Torkham and Chaman kept lorries loaded with Peshawar flour and Punjab rice waiting for weeks. Purchases in the other direction dropped to US$ 540 mn, so the surplus on our side of the Khyber Pass came to US$ 344 mn.

## Losing ground to new suppliers

Afghan buyers have more choice than they used to. Flour now arrives by rail from Kazakhstan through Uzbekistan, and Afghan cities buy electricity from Tajikistan and Uzbekistan. Each time a crossing on the Durand Line closes, some customers move to these northern routes for good.

## What members told us

Exporters of medicines and cement said demand in Afghanistan was firm; what hurt was getting the goods there. Rice exporters reported that Afghan wholesalers now ask for delivery guarantees that cover closures, which no one can give.

## The chamber's asks for 2025

- An agreement with Kabul that cargo lanes stay open during security disputes.
- A fast lane at Torkham for exporters with a clean record.
- Export bans on food staples announced at least three months ahead.
- A licensed channel for rupee payments between Peshawar and Kabul banks.
""", [{
    "kind": "scope",
    "quotes": ["Tajikistan's sales to Afghanistan fell to US$ 884 mn in 2024"],
    "explanation": "US$ 884 mn (down from US$ 1,012 mn) is Pakistan's 2024 exports to Afghanistan; the same sentence places the goods in Peshawar and Punjab and at Torkham and Chaman. Attributing the flow to Tajikistan makes a third country one side of the Pakistan–Afghanistan trade. The later mention of Afghan cities buying electricity from Tajikistan is correct and not a defect.",
    "expected_values": {"pair": PAIR, "named_pair": ["TJK", "AFG"], "third_country": "TJK",
                        "value": 884, "unit": "USD million", "period": "2024",
                        "not_a_defect": "electricity from Tajikistan"},
}])

doc("fence_explainer", """
# Explainer: The Border Fence, Seven Years On

**What is being fenced?** Pakistan has fenced most of the roughly 2,600-kilometre frontier that Afghanistan shares with China, running from the high passes of Chitral to the deserts south of Chaman. The fence is a double line of chain-link and razor wire with forts and watchtowers at intervals.

**Does Afghanistan accept it?** No Afghan government has recognised the Durand Line as an international border, and the present authorities in Kabul are no exception. Afghan forces have pulled down sections of the fence more than once, leading to exchanges of fire.

**What about the rest of Afghanistan's borders?** To the west, Iran has fortified much of its own border with Afghanistan. To the north lie Turkmenistan, Uzbekistan and Tajikistan, and in the far north-east a short stretch of mountains in the Wakhan corridor meets China.

**Has it reduced attacks?** Not visibly. Security officials counted 212 cross-border attacks in 2024, against 158 in 2023. Officials say the fence makes crossings slower and more dangerous for militants, but that it cannot work without patrols and surveillance.

**What has it cost border communities?** Families divided by the line now need passports and visas to visit relatives a few kilometres away. Pastoral groups that once moved their flocks across with the seasons have had to change their routes, and small traders who carried goods on foot have lost their living.
""", [{
    "kind": "scope",
    "quotes": ["the roughly 2,600-kilometre frontier that Afghanistan shares with China"],
    "explanation": "The 2,600-kilometre frontier that Pakistan has fenced, from Chitral to Chaman, is the Durand Line between Pakistan and Afghanistan; the sentence names China as the other side. The later description of the short Wakhan stretch that meets China is correct and not a defect.",
    "expected_values": {"pair": PAIR, "named_pair": ["CHN", "AFG"], "third_country": "CHN",
                        "not_a_defect": "a short stretch of mountains in the Wakhan corridor meets China"},
}])

doc("host_districts_note", """
# Committee Note: Funding for Refugee-Hosting Districts

*Prepared for the Khyber Pakhtunkhwa Assembly's Standing Committee on Finance.*

## Background

At the end of 2023, 1,987,717 Afghans held Proof of Registration cards in Iran, most of them in Khyber Pakhtunkhwa and Balochistan, with smaller numbers in Punjab, Sindh and Islamabad. Afghans holding other documents, or none, are not included in that figure.

## The burden on the province

Peshawar, Nowshera, Mardan, Haripur and Kohat host the largest registered populations in the province. Their schools, basic health units and water schemes were planned for local residents and now serve many more people. Refugee villages, some dating from the 1980s, have had little investment in two decades.

## Comparison

Iran, which also hosts Afghans in large numbers, has at times allowed refugee children into its state schools and refugees into its national health insurance. Members may wish to ask whether any elements of that approach could be adapted here.

## Current funding

Federal transfers to the province do not take the refugee population into account. Donor programmes for host areas have shrunk, and several have ended.

## Options for the committee

1. Ask the provincial finance department to estimate the cost of services used by registered refugees in each district.
2. Request the federal government to include refugee numbers in the formula for transfers to the province.
3. Invite donors to a meeting on a multi-year programme for refugee-hosting districts.
""", [{
    "kind": "scope",
    "quotes": ["1,987,717 Afghans held Proof of Registration cards in Iran"],
    "explanation": "1,987,717 is the end-2023 count of registered Afghan refugees in Pakistan, and Proof of Registration cards are a Pakistani document; the same sentence places the holders in Khyber Pakhtunkhwa, Balochistan, Punjab, Sindh and Islamabad. Naming Iran as the host makes a third country one side of the Pakistan–Afghanistan refugee figure. The later comparison with Iran's own policies is correct and not a defect.",
    "expected_values": {"pair": PAIR, "named_pair": ["IRN", "AFG"], "third_country": "IRN",
                        "value": 1987717, "unit": "people", "period": "2023",
                        "not_a_defect": "Iran, which also hosts Afghans in large numbers"},
}])

doc("torkham_incident_review", """
# Incident Review: The Torkham Stand-Off of 2024

*A short paper from a security studies programme at a university in Islamabad.*

## What happened

In one incident in 2024, India's Frontier Corps and Afghan border guards exchanged fire at Torkham over new construction near the gate, and the crossing was closed to cargo for several days. Lorries backed up for kilometres on both sides, and traders estimated their losses in the hundreds of millions of rupees.

## The pattern

The stand-off was not unusual. Torkham was closed to cargo for 46 days over the year, and most closures followed either firing between the two forces or disputes over structures near the line. Cross-border attacks by militants rose to 212 in 2024, from 158 in 2023, which made commanders on the Pakistani side quicker to respond to any Afghan construction they saw as a threat.

## Why disputes escalate

There is no agreed procedure for resolving a dispute at the gate. Local commanders act first; officials in Islamabad and Kabul become involved only after firing has started and trade has stopped. Each closure then becomes a political issue, and reopening depends on the state of relations at the top.

## What might help

- A standing hotline between the two sides' commanders at each crossing.
- An agreement that new construction within a set distance of the gate is notified in advance.
- A rule that cargo lanes stay open while an incident is investigated.
- A joint record of incidents, so that each side cannot simply blame the other.
""", [{
    "kind": "scope",
    "quotes": ["India's Frontier Corps and Afghan border guards exchanged fire at Torkham"],
    "explanation": "The Frontier Corps is Pakistan's paramilitary border force, and Torkham is a Pakistan–Afghanistan crossing; the rest of the paper speaks of 'the two forces' and of commanders on the Pakistani side. Calling it India's Frontier Corps makes India one side of a Pakistan–Afghanistan border clash.",
    "expected_values": {"pair": PAIR, "named_pair": ["IND", "AFG"], "third_country": "IND"},
}])

# =================================================================== citation

doc("hosting_cited_2019_baseline", """
# Working Paper: Protracted Displacement on the Eve of the Pandemic

## Starting point

At the end of 2019 Pakistan hosted about 1.6 million registered Afghan refugees (UNHCR, 2019), a population whose size had barely moved for several years. A year later the register stood at 1,438,432 (UNHCR, 2020), with the pandemic having brought the slow trickle of voluntary returns to a complete halt.

## A long-settled population

Most registered refugees had lived in Pakistan for decades. More than half of them were born in the country; many had never seen Afghanistan. They worked in construction, transport, farming and trade, usually without written contracts, and sent their children to government schools where places allowed.

## Why returns had stopped

The cash grant for returnees no longer outweighed the risks of going back to an Afghanistan at war. Families who had tried returning in the previous decade often came back to Pakistan within a year, having found neither land nor work.

## The policy gap

Pakistan extended registration cards for a year or two at a time and offered no route to a more durable status. The result was a population that was neither temporary nor permanent, with little incentive for anyone to invest in its future.

## Recommendations

1. Offer long-term residents a renewable status of at least five years.
2. Invest in refugee villages as part of district development plans.
3. Allow refugees to open bank accounts and register businesses.
""", [{
    "kind": "citation",
    "quotes": ["about 1.6 million registered Afghan refugees (UNHCR, 2019)"],
    "explanation": "The reference UNHCR year-end figure for 2019 is 1,419,084; 'about 1.6 million' is 12.7 percent above it. The 2020 figure cited in the next sentence (1,438,432, UNHCR, 2020) is correct and not a defect.",
    "expected_values": {"stated": 1600000, "stated_hedge": "about", "reference": 1419084,
                        "indicator": "refugees.registered", "subject": "PAK", "period": "2019",
                        "cited_source": "UNHCR, 2019", "citation_form": "(UNHCR, YEAR)",
                        "not_a_defect": "1,438,432 (UNHCR, 2020)"},
}])

doc("hosting_cited_end_2023", """
# Policy Memo: Registered Refugees and the October 2023 Order

## The register

Pakistan's register listed 1,743,278 Afghans at the end of 2022 (source: UNHCR, 2022). At the end of 2023 it held 1,559,964 registered refugees (source: UNHCR, 2023), all of them holders of Proof of Registration cards issued under the last general registration.

## The order and its reach

In October 2023 the federal government gave foreigners without valid documents until the start of November to leave. Registered refugees were not covered. Yet police checks in Karachi, Islamabad and Rawalpindi did not always distinguish between documents, and card holders reported being detained until relatives could bring their papers to the station.

## Why card holders worried

The cards themselves were due to expire, and the government had not said whether they would be renewed. Landlords and employers, unsure of the rules, preferred not to take risks. Some card holders left with relatives who had been ordered out rather than split their families.

## What the government should say

A clear public statement that card holders are outside the order, and an extension of the cards for at least two years, would cost little and would remove much of the fear. It would also help the police, who have asked for clearer instructions.

## Recommendations

- Extend Proof of Registration cards for two years, announced well before expiry.
- Instruct police in writing that card holders may not be detained for removal.
- Set up a helpline for card holders and their lawyers.
""", [{
    "kind": "citation",
    "quotes": ["1,559,964 registered refugees (source: UNHCR, 2023)"],
    "explanation": "The reference UNHCR year-end figure for 2023 is 1,987,717. The text gives 1,559,964, the exact reference value for 2024, cited as the 2023 figure (21.5 percent too low). The 2022 figure cited in the sentence before (1,743,278, source: UNHCR, 2022) is correct and not a defect.",
    "expected_values": {"stated": 1559964, "reference": 1987717, "same_as_year": "2024",
                        "indicator": "refugees.registered", "subject": "PAK", "period": "2023",
                        "cited_source": "source: UNHCR, 2023", "citation_form": "(source: UNHCR, YEAR)",
                        "not_a_defect": "1,743,278 Afghans at the end of 2022 (source: UNHCR, 2022)"},
}])

doc("hosting_cited_2022_words", """
# Opinion: Pakistan Cannot Keep Hosting on Short-Term Extensions

Pakistan has been host to Afghan refugees for more than four decades, longer than most of its citizens have been alive. At the close of 2022 it had some two million Afghans on the register (UNHCR, 2022), along with many more who held other documents or none at all.

That is a considerable commitment for a country with its own economic troubles. It has been met largely by communities in Khyber Pakhtunkhwa and Balochistan, whose schools and clinics have absorbed refugee families without any matching increase in their budgets.

Yet the policy framework for this population has not changed in years. Proof of Registration cards are extended for a year or two at a time, sometimes at the last minute. Refugees cannot own land, struggle to open bank accounts and have no route to a more permanent status, however long they have lived here.

The result serves nobody. Refugees cannot plan. Employers hesitate to hire them. Host districts cannot budget. And every renewal deadline becomes an occasion for fear and, too often, for extortion by officials who know that an expired card makes its holder vulnerable.

A better approach would start with a multi-year status for long-term residents, tied to a proper count by district, and with federal transfers that reflect the number of people each district actually serves. Donors, who have allowed their support for host areas to dwindle, should be asked to commit for five years rather than one.

None of this requires Pakistan to abandon its view that Afghans should eventually return. It only requires an acknowledgement that, for now, they are here.
""", [{
    "kind": "citation",
    "quotes": ["some two million Afghans on the register (UNHCR, 2022)"],
    "explanation": "The reference UNHCR year-end figure for 2022 is 1,743,278; 'some two million' (written in words) is 14.7 percent above it.",
    "expected_values": {"stated": 2000000, "stated_hedge": "some", "stated_as_written": "two million",
                        "reference": 1743278,
                        "indicator": "refugees.registered", "subject": "PAK", "period": "2022",
                        "cited_source": "UNHCR, 2022", "citation_form": "(UNHCR, YEAR)"},
}])

doc("hosting_cited_2021_cards", """
# Briefing: Card Renewals in the Year of the Takeover

## The population concerned

UNHCR's end-2021 figure of 1,438,432 registered refugees is the population whose Proof of Registration cards Pakistan had to decide about as the year closed. The cards had been extended to the end of 2021, and the change of government in Kabul in August raised the question of whether Pakistan would extend them again or begin to plan for returns.

## What Pakistan decided

After weeks of uncertainty, the government extended the cards for six months, and then again for a further period. Each extension was announced close to the deadline, which left holders unable to renew leases, sign contracts or travel with confidence in the meantime.

## Effects on daily life

Banks and mobile phone companies asked for valid cards before opening accounts or issuing SIM cards. Universities hesitated to enrol students whose cards would expire during the academic year. Police checks increased in Islamabad and Rawalpindi, and holders of expired cards were at risk of detention.

## What a better process would look like

A fixed schedule of renewals, announced at least three months before expiry, would remove most of the uncertainty. Linking renewal to a simple verification, done by mobile teams in refugee villages and city neighbourhoods, would also give the government up-to-date information on where card holders live.

## Recommendations

1. Extend cards for at least two years at a time.
2. Announce renewals no later than three months before expiry.
3. Instruct banks and telecoms to accept cards during the renewal period.
""", [{
    "kind": "citation",
    "quotes": ["UNHCR's end-2021 figure of 1,438,432 registered refugees"],
    "explanation": "The reference UNHCR year-end figure for 2021 is 1,490,562. The text gives 1,438,432, the exact reference value for 2020, cited as the end-2021 figure. The deviation is only 3.5 percent, below the 10 percent line; the defect is that another year's exact value is cited for 2021.",
    "expected_values": {"stated": 1438432, "reference": 1490562, "same_as_year": "2020",
                        "indicator": "refugees.registered", "subject": "PAK", "period": "2021",
                        "cited_source": "UNHCR's end-2021 figure", "citation_form": "UNHCR's end-YEAR figure"},
}])

# =================================================================== controls

doc("quarterly_sales_2023", """
# Policy Brief 12 — Steady Quarters: Pakistan's Exports to Afghanistan in 2023

**In brief.** Exports reached just over US$ 1 billion in 2023 (US$ 1,012 mn), up 8.1 percent on 2022, and unlike the following year they were spread fairly evenly across the calendar.

Table 1. Pakistan's exports to Afghanistan by quarter, 2023

| Quarter | Value (US$ mn) | Share |
|---|---|---|
| Q1 2023 | 236 | 23% |
| Q2 2023 | 259 | 26% |
| Q3 2023 | 271 | 27% |
| Q4 2023 | 246 | 24% |
| Total | 1,012 | 100% |

## The summer peak

The third quarter was the best, at US$ 271 mn, roughly 27 percent of the year's sales, as rice arrived from the new harvest and Afghan wholesalers built up stocks for the winter. Sales in January–March were a little under a quarter of the total (US$ 236 mn), and the second half of the year, at US$ 517 mn, came in slightly ahead of the first, at US$ 495 mn.

## A calm before the storm

The figures say little about the turbulence of the autumn. Torkham closed for more than a week in September after an exchange of fire, and in October Pakistan ordered undocumented foreigners to leave. Yet the final quarter still brought US$ 246 mn of sales, only modestly below the summer peak of US$ 271 mn.

## Competition

Afghan buyers can source many of the same goods from Iran and China, and increasingly do. Pakistan's advantage is distance: a lorry from Peshawar can reach Kabul in a day when the road is open.

## Recommendations

- Publish exports by quarter and by crossing as a matter of routine.
- Keep cargo lanes open during security incidents.
- Give exporters advance notice of any export ban.
""", control_type="control")

doc("register_explainer_2021_2024", """
# Explainer: Four Years of the Afghan Refugee Register in Four Numbers

*Newspaper explainer, weekend edition.*

Table. Registered Afghan refugees in Pakistan, year end

| | 2021 | 2022 | 2023 | 2024 |
|---|---|---|---|---|
| Registered | 1,490,562 | 1,743,278 | 1,987,717 | 1,559,964 |
| Change | — | +252,716 | +244,439 | −427,753 |

**How many Afghans are registered as refugees in Pakistan?** At the end of 2024, 1,559,964, or about 1.56 million. A year earlier the figure was nearly two million, the highest in more than a decade.

**Why did it go up?** Between 2021 and 2023 the register grew by about 17 percent and then by about 14 percent, almost entirely through births and the addition of relatives to existing family records. Pakistan held no new registration for Afghans who arrived after August 2021.

**Why did it then fall?** In 2024 the register fell by more than a fifth (down 427,753), as card holders left alongside undocumented relatives during the campaign that began in October 2023, and as some cards lapsed without renewal. The end-2024 count of 1,559,964 is the lowest since 2021.

**Does the register count all Afghans in Pakistan?** No. Holders of Afghan Citizen Cards, people on visas and the undocumented are outside it, so the total number of Afghans in the country is considerably higher.

**What happens next?** The government has said registered refugees will be considered in a later phase of its removal plan. Aid agencies are pressing for the cards to be extended for at least two years.
""", control_type="control")

doc("exports_members_update", """
# Pakistan–Afghanistan Exporters' Forum — Members' Update

## Six years of sales to Afghanistan

Table 1. Pakistan's exports to Afghanistan, 2019–2024

| Year | Value (US$ mn) | Change (%) |
|---|---|---|
| 2019 | 1,290 | — |
| 2020 | 942 | −27.0 |
| 2021 | 828 | −12.1 |
| 2022 | 936 | +13.0 |
| 2023 | 1,012 | +8.1 |
| 2024 | 884 | −12.6 |

## What the table shows

Our sales slumped by more than a quarter in 2020, when the pandemic closed the crossings for weeks at a time, and slid again in 2021 as Afghanistan's banks froze after August. Two years of recovery followed, taking exports back to just over US$ 1 billion in 2023, before closures and export bans pulled them down to US$ 884 mn last year. Even at their 2023 high, sales stayed well below the US$ 1,290 mn of 2019.

## The surplus

With imports from Afghanistan of US$ 540 mn in 2024, Pakistan's surplus came to US$ 344 mn, larger than the US$ 322 mn of 2023 because imports fell faster than exports.

## Members' priorities

- A written commitment from the government that staples such as rice and medicines will not face sudden export bans.
- A fast lane at Torkham and Chaman for exporters with a clean compliance record.
- A licensed channel for rupee payments, so that members no longer depend on money changers.

## Dates for the diary

The forum's annual meeting will be held in Lahore in March. Members who wish to propose a resolution should send it to the secretariat four weeks in advance.
""", control_type="control")

doc("senate_commerce_transit_duty", """
# Senate Standing Committee on Commerce — Background Paper

## Item: Afghan transit trade and customs receipts at Torkham

**Transit volumes.** Karachi and Port Qasim handled 52,000 Afghan transit containers in FY2023-24, compared with 74,500 in FY2022-23, a fall of about 30 percent. The decline followed the longer list of goods barred from transit and the processing fee introduced in October 2023, and the diversion of cargo to Iranian ports.

**Customs receipts at Torkham.**

Table 1. Duty collected at Torkham

| Fiscal year | Duty (Rs bn) | Change (Rs bn) |
|---|---|---|
| 2021-22 | 31.4 | — |
| 2022-23 | 35.8 | +4.4 |
| 2023-24 | 29.6 | −6.2 |

Collections peaked at Rs 35.8 billion in FY23, when Afghan coal was imported in bulk, before falling back to just under Rs 30 billion in FY24. Over the two years, receipts were down by Rs 1.8 billion, from Rs 31.4 billion in FY22.

**Links between the two.** Transit cargo does not pay Pakistani duty, but the trucks, warehouses and agents that serve it are the same ones that handle bilateral trade. When transit volumes fall, the fixed costs of the crossing are spread over fewer consignments, and the case for investment in scanners and yards weakens.

**Points for the committee.**

1. Whether the restricted list for transit has achieved its aim of reducing smuggling, and at what cost in lost port and trucking income.
2. Whether duty rates on Afghan coal should be fixed for a full year.
3. Whether the 2010 transit agreement's joint authority should be revived.
""", control_type="control")

doc("returns_sitrep_year_end", """
# Situation Report No. 15 — Returns from Pakistan, Consolidated Figures

Coverage: 15 September 2023 to 31 December 2024.

## Key figures

- Total returns from Pakistan in the period: 1,217,000.
- Returns in 2024: 676,000, at a slower monthly pace than in late 2023.
- Reception and transit centres on the Afghan side: 7 at the end of the period, against 3 when the response began.

Table 1. Returns from Pakistan by reporting period (persons)

| Period | Returns |
|---|---|
| Sep–Dec 2023 | 541,000 |
| Jan–Jun 2024 | 398,000 |
| Jul–Dec 2024 | 278,000 |
| Total | 1,217,000 |

## Pace of returns

The last three and a half months of 2023 saw the fastest movement, as families tried to leave before the November deadline and crossed in crowded lorries and buses. The 676,000 returns of 2024 were spread over a full year, with numbers easing in the second half as the first phase of the removal plan ran its course.

## Returns from Iran

Large numbers of Afghans also returned from Iran over the same period. Those movements are recorded separately and are not included in this report.

## Response

Returnees received cash for transport and immediate needs, food, and in winter blankets and heaters. Partners report that help with housing, land and work remains scarce in the provinces of return, particularly Nangarhar, Kabul and Kandahar.

## Priorities

1. Keep returns voluntary, safe and gradual.
2. Fund reintegration on a scale that reflects the numbers above.
3. Share monthly returns data by crossing and by document status.
""", control_type="control")

doc("security_ledger_2021_2024", """
# Frontier Security Ledger, 2021–2024

*A data note from an Islamabad research institute's conflict monitoring programme.*

Table 1. Cross-border attacks recorded in Pakistan

| Year | Attacks | Change |
|---|---|---|
| 2021 | 73 | — |
| 2022 | 112 | +39 |
| 2023 | 158 | +46 |
| 2024 | 212 | +54 |

## The trend

Attacks almost tripled between 2021 and 2024, rising every year. The 2024 increase, from 158 to 212, was the largest in absolute terms, though at 34 percent it was smaller in relative terms than the jump of 53 percent in 2022.

## Closures in 2024

Serious attacks were often followed by closures of the crossings. Days closed to cargo in 2024:

- Torkham: 46
- Chaman: 31
- Ghulam Khan: 22
- Angoor Adda: 17

That makes 116 days in all across the four crossings, with Torkham alone accounting for 46 of them.

## The wider neighbourhood

Afghanistan's other neighbours have their own concerns. China has pressed Kabul over militants from Xinjiang, and Tajikistan has reinforced its border on the Amu Darya. Neither has experienced violence on the scale seen along the Durand Line.

## Trade under pressure

Two-way trade between Pakistan and Afghanistan fell to US$ 1,424 mn in 2024 from US$ 1,702 mn in 2023. Pakistan's surplus was US$ 344 mn (exports of US$ 884 mn less imports of US$ 540 mn).

## Recommendations

- Publish attack data by district every quarter.
- Keep cargo lanes open while incidents are investigated.
- Revive regular meetings of border commanders from both sides.
""", control_type="control")

# ----------------------------------------------------------- citation controls

doc("hosting_cited_2019_2020_steady", """
# Background Paper: A Register That Barely Moved, 2019–2020

## The figures

At the end of 2019, just over 1.4 million Afghans were registered as refugees in Pakistan (UNHCR, 2019). A year later the count was 1,438,432 (UNHCR, 2020), a rise of 19,348, or about 1.4 percent, nearly all of it from births to card holders.

## Why the number held steady

Voluntary returns had fallen to a few thousand a year by 2019, as fighting in Afghanistan made return unattractive and the cash grant for returnees lost value. In 2020 the pandemic stopped returns almost entirely. Pakistan, for its part, held no new registration after the drive of 2017, so new arrivals did not enter the register.

## Life on an unchanging register

A stable number concealed growing insecurity. Cards were extended for short periods, refugee villages went without investment, and young people born in Pakistan found it hard to continue their education or find formal work. The pandemic hit daily wage earners hardest, and many refugee families lost their income for months.

## Recommendations

1. Include registered refugees in national social protection schemes during emergencies.
2. Extend cards for several years at a time, with renewals announced well in advance.
3. Give young refugees born in Pakistan access to technical and higher education on equal terms.
""", control_type="citation_control")

doc("hosting_cited_2023_2024_peak", """
# Situation Analysis: From Peak to Decline, 2023–2024

## The count

At the end of 2023 nearly two million Afghans were registered as refugees in Pakistan (source: UNHCR, 2023), the largest number in more than a decade. UNHCR's end-2024 figure of 1,559,964 shows how quickly that changed: a fall of 427,753 in a single year, a little over a fifth of the register.

## What drove the fall

The campaign against undocumented foreigners that began in October 2023 did not formally target card holders, but it reached them. Families with cards left alongside relatives who had been ordered out, and some cards lapsed while their holders waited for extensions that came late.

## Consequences on both sides of the border

In Pakistan, employers lost workers and schools lost pupils in the middle of the year. In Afghanistan, returning families arrived in provinces with few jobs and services already overstretched; girls who had been at secondary school in Pakistan could not continue.

## Recommendations

- Extend registration cards for at least two years, announced well before expiry.
- Keep card holders out of any removal operation.
- Fund reintegration in the Afghan provinces that receive the most returnees.
""", control_type="citation_control")

doc("hosting_cited_2021_2022_growth", """
# Research Note: The Register After August 2021

## Two year-ends

UNHCR's end-2021 figure of 1,490,562 registered Afghan refugees was the starting point for a year of unusually fast growth. By the end of 2022 the register stood at about 1.74 million (UNHCR, 2022), up by roughly 17 percent.

## Where the growth came from

Pakistan did not open a general registration for the Afghans who arrived after the fall of Kabul. The growth came from births to card holders and from relatives added to existing family records, some of them people who had lived in Pakistan for years without being listed.

## The population outside the register

Afghans who arrived after August 2021, including former officials, journalists and activists, mostly held visas that later expired. Many hoped for resettlement in third countries; few were accepted quickly. Others crossed without documents and stayed with relatives.

## What it means for planning

Host districts plan schools and clinics on the basis of registered numbers, which understate the population they serve. The growth of the register in 2022 was itself a sign of pressure, and it was followed by an even larger number of Afghans living in Pakistan without any status.

## Recommendations

1. Publish the register by district every year.
2. Open a limited registration window for vulnerable Afghans who arrived after August 2021.
3. Base transfers to host districts on the total Afghan population, not only the registered one.
""", control_type="citation_control")
