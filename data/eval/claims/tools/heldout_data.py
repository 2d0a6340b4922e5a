# Held-out synthetic documents.  Written from scratch after the dev and test
# halves, without seeing dyad's implementation.
# Every entry: name (topic slug, numbered later by build_heldout.py), text,
# labels (list of defect dicts), control_type for controls.

HELDOUT = []


def doc(name, text, labels=(), control_type=None):
    HELDOUT.append({"name": name, "text": text.strip() + "\n", "labels": list(labels),
                    "control_type": control_type})


PAIR = ["PAK", "AFG"]

# =================================================================== text_vs_table

doc("trade_ledger_2021_2024", """
# Pakistan–Afghanistan Trade Ledger, 2021–2024

Four years after the change of government in Kabul, the goods account between Pakistan and Afghanistan shows a recovery followed by a setback. This note sets out the headline numbers and what lies behind them.

## The numbers

| USD million | 2021 | 2022 | 2023 | 2024 |
|---|---|---|---|---|
| Pakistan's exports to Afghanistan | 828 | 936 | 1,012 | 884 |
| Pakistan's imports from Afghanistan | 552 | 741 | 690 | 540 |

Pakistani sales across the border reached just over USD 1.1 billion in 2023, the best result of the four years, before falling back in 2024. Purchases from Afghanistan peaked a year earlier, in 2022, when Pakistani power plants and brick kilns turned to Afghan coal as a cheaper substitute for seaborne fuel.

## Behind the figures

Three forces explain most of the movement. The afghani held its value better than many expected, which kept Afghan buyers in the market. Pakistan's sudden bans on exporting wheat flour, sugar and other staples cut off whole lines of business at short notice. And closures at Torkham and Chaman, some lasting more than a week, pushed Afghan importers towards suppliers elsewhere in the region.

## What to watch

The weaker 2024 result coincided with renewed friction over militancy and over the removal of undocumented Afghans from Pakistan. If the crossings stay open and payments move through banks rather than money changers, the 2023 level is within reach again. If they do not, Pakistani exporters should expect to lose further ground to rivals.

## Suggested steps

- Agree a short list of staples that are never subject to sudden export bans.
- Publish monthly customs data by crossing, in both countries.
- Give exporters a clear channel for settling payments in rupees.
""", [{
    "kind": "text_vs_table",
    "quotes": ["reached just over USD 1.1 billion in 2023",
               "| Pakistan's exports to Afghanistan | 828 | 936 | 1,012 | 884 |"],
    "explanation": "The text says Pakistan's exports to Afghanistan reached just over USD 1.1 billion (1,100+ USD million) in 2023; the table, with years as columns, gives 1,012 USD million for the same flow and year. The table matches the series used throughout the set.",
    "expected_values": {"text_value": 1100, "text_hedge": "just over", "table_value": 1012,
                        "unit": "USD million", "subject": "PAK→AFG exports", "period": "2023"},
}])

doc("two_way_trade_billions", """
# Two-Way Trade in Billions: Pakistan and Afghanistan Since 2019

## Summary

Combined trade between Pakistan and Afghanistan has moved within a narrow band since 2019, between roughly USD 1.4 billion and USD 1.7 billion a year. That is far below the ambitions both governments have announced at one meeting after another.

| Year | Two-way trade (USD billion) |
|---|---|
| 2019 | 1.73 |
| 2020 | 1.45 |
| 2021 | 1.38 |
| 2022 | 1.68 |
| 2023 | 1.70 |
| 2024 | 1.42 |

## Reading the series

The series opens at its peak. In 2020, when pandemic restrictions closed the crossings for weeks at a time, two-way trade dropped to roughly USD 1.25 billion, and it dipped again in 2021 as the Republic collapsed and Kabul's banks froze. Recovery came in 2022 and held through 2023, carried largely by Afghan coal sales to Pakistan. In 2024 the total slid back close to its 2021 level.

## The distance to the targets

Officials in both capitals have spoken of lifting bilateral trade to USD 5 billion a year. Getting there from the 2024 value would mean more than tripling it. Nothing in the series suggests that such growth can come from the present arrangements, which leave traders exposed to sudden tariff changes, shifting visa rules for drivers and recurring disputes over transit cargo.

## Priorities

- A payments channel through licensed banks on both sides.
- Multiple-entry visas for registered drivers and traders.
- A standing committee to settle tariff and transit disputes before they close the border.
""", [{
    "kind": "text_vs_table",
    "quotes": ["dropped to roughly USD 1.25 billion", "| 2020 | 1.45 |"],
    "explanation": "The text puts two-way trade in 2020 at roughly USD 1.25 billion; the table, with years as rows and values in billions, gives 1.45 for 2020 (942 + 509 = 1,451 USD million in the set's series). The gap (0.20 billion, about 14 percent) is far beyond what 'roughly' covers.",
    "expected_values": {"text_value": 1.25, "text_hedge": "roughly", "table_value": 1.45,
                        "unit": "USD billion", "subject": "PAK-AFG two-way trade", "period": "2020"},
}])

doc("karachi_transit_containers", """
# Afghan Transit Trade Through Karachi, FY2023-24

## Key points

- Afghan transit cargo landing at Karachi amounted to about 61,000 containers in FY2023-24 (July to June).
- A longer list of goods barred from transit and a processing fee on several product groups, both introduced in October 2023, raised the cost of the Pakistani route.
- Part of the lost traffic moved to Iran's port of Bandar Abbas.

## Volumes

Under the 2010 transit agreement, Afghan importers may land goods at Karachi or Port Qasim and move them under bond to Torkham or Chaman. Shipping agents in Karachi cleared 52,000 Afghan transit containers in FY2023-24, compared with 74,500 in FY2022-23, a fall of about 30 percent. The decline was steepest for electronics, tyres and fabrics, the very goods that appeared on the new list.

## Why traders moved

Pakistani officials argue that much of the transit cargo never reached Afghanistan and was sold in Pakistani markets without duty. Afghan traders reply that the new rules punished legitimate business for the actions of smugglers. Both claims hold some truth. What is clear is that the Iranian route, although longer for most destinations in eastern Afghanistan, became competitive once the fee and the banned list were in force.

## Recommendations

1. Replace the blanket list with electronic tracking of individual containers from port to border.
2. Review the processing fee after twelve months against evidence on leakage.
3. Hold quarterly meetings of customs officials from both countries to compare transit data.
""", [{
    "kind": "text_vs_table",
    "quotes": ["about 61,000 containers in FY2023-24",
               "cleared 52,000 Afghan transit containers in FY2023-24"],
    "explanation": "Text against text: the key points give about 61,000 Afghan transit containers for FY2023-24, the Volumes section 52,000 for the same cargo and year. The 52,000 figure is the one consistent with the stated fall of about 30 percent from 74,500.",
    "expected_values": {"summary_value": 61000, "summary_hedge": "about", "section_value": 52000,
                        "unit": "containers", "subject": "Afghan transit containers cleared at Karachi",
                        "period": "FY2023-24"},
}])

doc("border_district_violence", """
# Violence in the Border Districts, 2023–2024

The districts of Khyber Pakhtunkhwa that face Afghanistan saw a marked rise in militant violence in 2024. The table counts militant attacks recorded by the provincial Counter-Terrorism Department in five of them.

| District | 2023 | 2024 |
|---|---|---|
| Bajaur | 38 | 44 |
| Khyber | 41 | 52 |
| Kurram | 29 | 57 |
| North Waziristan | 96 | 118 |
| South Waziristan | 47 | 61 |
| **All five districts** | **251** | **332** |

## Where it got worse

Across the five districts, attacks rose from 251 to 332, an increase of about 32 percent. North Waziristan remained the worst-affected district, with 118 attacks in 2024. The sharpest deterioration came in Kurram, where sectarian clashes along the road to Parachinar added to assaults on security posts: the district logged more than 70 attacks in 2024, against 29 a year earlier.

## The cross-border dimension

Pakistani officials say many attacks are planned by groups sheltering in Afghanistan and have pressed Kabul to act against them. The Afghan authorities deny that their territory is used against Pakistan. Each serious attack has been followed by a closure of a crossing or by an exchange of fire along the border, and traders on both sides have paid for it.

## Recommendations

- Share attack data with the Afghan side through the existing border coordination channels.
- Keep crossings open for trade while security disputes are discussed.
- Fund district police in Kurram and Bajaur on the scale of the threat they face.
""", [{
    "kind": "text_vs_table",
    "quotes": ["logged more than 70 attacks in 2024", "| Kurram | 29 | 57 |"],
    "explanation": "The text says Kurram logged more than 70 attacks in 2024; the table (districts as rows, years as columns) gives 57 for Kurram in 2024. The table's columns add up to their totals (251 and 332), so the text figure is the odd one out.",
    "expected_values": {"text_value": 70, "text_hedge": "more than", "table_value": 57,
                        "unit": "attacks", "subject": "militant attacks in Kurram district",
                        "period": "2024"},
}])

# =================================================================== arithmetic

doc("returns_by_crossing_2023", """
# Where the Returnees Crossed: Autumn 2023

Pakistan's order of October 2023 gave foreigners without valid documents until the start of November to leave. The deadline set off a movement of Afghans towards the border that overwhelmed the reception sites on the Afghan side. This note looks at where people crossed.

## Crossings used

| Crossing | Returns, 15 September–31 December 2023 |
|---|---|
| Torkham | 391,400 |
| Chaman | 142,800 |
| Ghulam Khan | 19,300 |
| Angoor Adda | 7,500 |
| Total | 541,000 |

Torkham carried most of the movement because it lies on the main road from Peshawar, where the largest Afghan communities live, to Jalalabad and Kabul. Families from Karachi and Quetta more often travelled to Chaman and on to Kandahar.

## Conditions on arrival

People arrived with whatever they could load onto trucks and buses: bedding, kitchen goods, sometimes livestock. Many had been born in Pakistan and had never lived in Afghanistan. Aid agencies at the border offered cash, food and onward transport, but queues at the reception sites lasted days in the first weeks of November.

## Property and savings

Returnees reported being forced to sell houses, shops and vehicles cheaply, and some said that money changers and landlords kept deposits they were owed. Pakistani rules limited the amount of cash each family could take across.

## Recommendations

1. Give families time to settle debts and sell property before departure.
2. Fund reception sites at Torkham and Chaman to match the numbers crossing.
3. Set up a channel through which returnees can recover money owed to them in Pakistan.
""", [{
    "kind": "arithmetic",
    "quotes": ["| Total | 541,000 |"],
    "explanation": "The rows of the table add up to 561,000 (391,400 + 142,800 + 19,300 + 7,500), not to the stated total of 541,000.",
    "expected_values": {"stated_total": 541000, "sum_of_parts": 561000, "difference": -20000,
                        "parts": {"Torkham": 391400, "Chaman": 142800, "Ghulam Khan": 19300,
                                  "Angoor Adda": 7500},
                        "unit": "people"},
}])

doc("surplus_2019_2021", """
# Pakistan's Surplus with Afghanistan, 2019–2021

Pakistan has sold far more to Afghanistan than it has bought for as long as records have been kept. The three years from 2019 to 2021, which span the pandemic and the fall of the Republic, show how quickly that advantage can erode.

| USD million | 2019 | 2020 | 2021 |
|---|---|---|---|
| Exports to Afghanistan | 1,290 | 942 | 828 |
| Imports from Afghanistan | 441 | 509 | 552 |
| Balance | 849 | 433 | 376 |

## What happened

Exports fell by more than a quarter in 2020, as the crossings closed for long spells during the first wave of COVID-19 and Afghan demand weakened. They slipped again in 2021, when the collapse of the banking system in Kabul left many buyers unable to pay. Imports, by contrast, rose in both 2020 and 2021, led by coal, fruit and vegetables. The surplus roughly halved between 2019 and 2020 and narrowed again in 2021.

## Why it matters

The surplus earns Pakistan foreign exchange and supports jobs in flour milling, pharmaceuticals, cement and packaging. Its erosion reflects not only Afghan poverty but also the loss of market share to suppliers in Iran, Central Asia and China, whose goods now reach Kabul by road and rail.

## Recommendations

1. Restore a reliable payments channel so that Afghan buyers can settle invoices.
2. Stop imposing export bans on staples without notice.
3. Reduce waiting times at Torkham through joint inspections.
""", [{
    "kind": "arithmetic",
    "quotes": ["| Balance | 849 | 433 | 376 |"],
    "explanation": "In the 2021 column, exports of 828 minus imports of 552 give a balance of 276 USD million, not the 376 shown in the Balance row. The 2019 (849) and 2020 (433) balances are correct.",
    "expected_values": {"exports": 828, "imports": 552, "stated_balance": 376,
                        "computed_balance": 276, "unit": "USD million", "period": "2021"},
}])

doc("refugees_by_province", """
# Where Registered Afghan Refugees Live in Pakistan

Debates about Afghan refugees in Pakistan often treat them as one group in one place. In fact they are spread unevenly across the country, and the burden on host communities differs widely from one province to the next.

## Distribution

At the end of 2023 Pakistan hosted 1,987,717 registered Afghan refugees. By province, Khyber Pakhtunkhwa hosted 58% of them, Balochistan 24%, Punjab 15%, Sindh 6% and Islamabad 3%. Roughly one in three lived in one of the refugee villages set up in the 1980s; the rest rented homes in towns and cities.

## Pressures on host areas

In Peshawar, Quetta and the districts around them, refugees compete with local residents for low-paid work, housing and places in government schools and hospitals. Municipal services were planned for much smaller populations. At the same time refugees supply labour to transport, construction and farming, and many run small businesses that employ Pakistanis.

## Funding gaps

International funding for refugee-hosting areas has not kept pace with need. Programmes that once financed schools, clinics and water schemes in host districts have shrunk as donor attention moved elsewhere.

## Recommendations

1. Allocate federal funds to host districts according to the number of refugees they host.
2. Revive donor-funded programmes for refugee-affected areas in Khyber Pakhtunkhwa and Balochistan.
3. Publish the provincial distribution of registered refugees every year.
""", [{
    "kind": "arithmetic",
    "quotes": ["Khyber Pakhtunkhwa hosted 58% of them, Balochistan 24%, Punjab 15%, Sindh 6% and Islamabad 3%"],
    "explanation": "The provincial shares of the registered refugee population add up to 106 percent (58 + 24 + 15 + 6 + 3), although they are presented as a complete breakdown.",
    "expected_values": {"shares_pct": {"Khyber Pakhtunkhwa": 58, "Balochistan": 24, "Punjab": 15,
                                       "Sindh": 6, "Islamabad": 3},
                        "sum_pct": 106},
}])

doc("pandemic_year_exports", """
# The Pandemic Year at the Border

## Summary

Pakistan's exports to Afghanistan tumbled from USD 1,290 million in 2019 to USD 942 million in 2020, a decline of 37 per cent. Imports from Afghanistan moved the other way, rising to USD 509 million from USD 441 million. This note looks at how the first year of COVID-19 reshaped trade across the border.

## Closures

In March 2020 Pakistan shut Torkham and Chaman to people and, for several weeks, to most goods. The crossings reopened for trade in stages, first for trucks carrying food and medicine and later for other cargo, while pedestrian traffic stayed restricted for much longer. Drivers were tested, quarantined or turned back, and waiting times stretched to days.

## Who lost

Pakistani exporters of flour, cement, medicines and packaged food lost orders they never recovered, as Afghan importers turned to Iranian and Central Asian suppliers whose routes stayed open. Labourers and porters at the crossings, many of them paid by the load, lost their income entirely during the closures. Afghan fruit growers, by contrast, found Pakistani buyers eager for supplies when domestic markets were disrupted.

## Lessons

The pandemic showed that border closures can be managed without halting all trade. Separate lanes for cargo, testing of drivers and electronic clearance kept goods moving once they were introduced. These tools should stay in place for the next emergency.

## Recommendations

- Keep dedicated cargo lanes at Torkham and Chaman ready for use in any emergency.
- Agree in advance which goods will keep moving during a health crisis.
- Compensate porters and daily workers when crossings close for public-health reasons.
""", [{
    "kind": "arithmetic",
    "quotes": ["a decline of 37 per cent"],
    "explanation": "From USD 1,290 million to USD 942 million is a fall of 348 million, or 27.0 percent, not 37 percent.",
    "expected_values": {"from": 1290, "from_period": "2019", "to": 942, "to_period": "2020",
                        "stated_change_pct": -37, "computed_change_pct": -26.98,
                        "unit": "USD million"},
}])

# =================================================================== garbled

doc("registration_2020_2022", """
# Registration Drives and the Refugee Count, 2020–2022

Pakistan's registered Afghan refugee population was nearly flat for years and then grew quickly after the Taliban took power in Kabul. This note traces the numbers and the registration decisions behind them.

## The count

At the end of 2020 the register held 1,438,432 names, little changed from the year before. Growth picked up after August 2021 as births and late registrations were added and new arrivals sought protection. Over 2022 the registered population went from 1,490,562 at end-2021 to 1,490,562 at end-2021, an increase of 252,716 people in twelve months.

## Documents

Registered refugees hold Proof of Registration cards, whose validity has been extended repeatedly, often for a few months at a time and often only days before expiry. A separate group of Afghans received Afghan Citizen Cards in 2017 and are not counted as refugees. A third group, many of whom arrived after 2021, holds no Pakistani document at all.

## Consequences

Short card extensions make it hard for refugees to rent homes, open bank accounts, keep jobs and enrol children in school. Police checks multiply whenever a deadline approaches. For the authorities, the uncertainty complicates planning for health and education services in the districts where refugees live.

## Recommendations

1. Extend cards for at least two years at a time.
2. Announce extensions well before the current cards expire.
3. Create a clear procedure for recording new arrivals.
""", [{
    "kind": "garbled",
    "quotes": ["went from 1,490,562 at end-2021 to 1,490,562 at end-2021"],
    "explanation": "The change over 2022 starts and ends at the same value and the same date. The end point should be the end-2022 figure, 1,743,278, which is also what the stated increase of 252,716 implies.",
    "expected_values": {"start_value": 1490562, "end_value": 1490562,
                        "start_period": "2021", "end_period": "2021",
                        "likely_intended_end": {"value": 1743278, "period": "2022"},
                        "change": 252716},
}])

doc("closures_2024_trade", """
# Trade in 2024: A Year of Closures

The year 2024 was a hard one for traders on both sides of the Durand Line. Repeated closures, new document rules at Chaman and political friction over militancy all weighed on the flow of goods.

## Headline figures

Two-way trade stood at USD 1,424 million in 2024 compared with USD 1,424 million in 2024, as both directions of trade lost ground. Exports fell to USD 884 million, down from USD 1,012 million in 2023, while imports dropped from USD 690 million to USD 540 million. Because imports fell by more than exports, Pakistan's surplus widened slightly, to USD 344 million from USD 322 million.

## Closures

Torkham closed several times during the year, most often after exchanges of fire between border forces. At Chaman, the requirement for passports and visas ended decades of cross-border movement on local identity documents and set off a long sit-in by traders and porters.

## Costs

Each closure strands hundreds of trucks on the roads to the crossings. Perishable goods spoil, drivers pay for food and parking while they wait, and buyers in Kabul and Kandahar look for other suppliers. The losses fall hardest on small traders who cannot absorb a week without income.

## Recommendations

- Keep commercial lanes open during security disputes.
- Give border residents a simple pass to cross at Chaman.
- Publish the number of closure days at each crossing every month.
""", [{
    "kind": "garbled",
    "quotes": ["USD 1,424 million in 2024 compared with USD 1,424 million in 2024"],
    "explanation": "The comparison sets 2024's two-way trade against itself: same value, same year. The intended comparison is with 2023, when two-way trade was USD 1,702 million (1,012 + 690, both given in the next sentence).",
    "expected_values": {"start_value": 1424, "end_value": 1424,
                        "start_period": "2024", "end_period": "2024",
                        "likely_intended_start": {"value": 1702, "period": "2023"},
                        "unit": "USD million"},
}])

doc("afghan_fruit_and_coal", """
# Afghan Fruit and Coal on Pakistani Markets

Afghan goods have become a regular part of Pakistani markets, from coal in cement plants to grapes and pomegranates in city bazaars. This note looks at how the import bill has developed since the change of government in Kabul.

## The trend

Over 2023–2021, Pakistan's purchases from Afghanistan climbed from USD 552 million to USD 690 million, although the path was not smooth: they peaked at USD 741 million in 2022, when coal prices were at their highest. Fruit and vegetables provided a steadier base, with sales rising in most seasons when the crossings stayed open.

## Who gains

Pakistani consumers gain access to fresh produce outside their own harvest season, and Pakistani industry gains cheaper fuel. Afghan farmers and miners gain a market close at hand, paid in rupees that they can spend on Pakistani goods. Transporters on both sides earn from the traffic.

## What holds trade back

Perishable goods suffer most from delays. A truck of grapes that waits three days at Torkham can lose much of its value. Pakistani duties on some fruit and vegetables, and sudden changes to them, make planning difficult for Afghan exporters. Poor storage at the crossings adds to the losses.

## Recommendations

1. Build cold storage and a fast lane for perishables at Torkham and Chaman.
2. Fix duties on Afghan fruit for a full season in advance.
3. Share daily data on waiting times with traders on both sides.
""", [{
    "kind": "garbled",
    "quotes": ["Over 2023–2021"],
    "explanation": "The period runs backwards (written with an en dash). The rise described is from 2021 (USD 552 million) to 2023 (USD 690 million).",
    "expected_values": {"stated_period_start": "2023", "stated_period_end": "2021",
                        "intended_period": "2021..2023", "from": 552, "to": 690,
                        "unit": "USD million"},
}])

doc("cross_border_attacks_2024", """
# Cross-Border Attacks in 2024

Attacks on Pakistani security forces and civilians by militants operating from across the border rose again in 2024. This note reviews the trend and its consequences for relations with Kabul.

## The numbers

Security forces recorded 212 cross-border attacks in the border districts of Khyber Pakhtunkhwa and Balochistan during 2024, up from 158 in 2023. Security forces recorded 212 cross-border attacks in the border districts of Khyber Pakhtunkhwa and Balochistan during 2024, up from 158 in 2023. Most targeted checkposts and convoys, while a smaller number involved roadside bombs on routes used by civilians.

## Diplomatic fallout

Islamabad has repeatedly asked the authorities in Kabul to act against Tehrik-i-Taliban Pakistan fighters on Afghan soil. Kabul denies hosting them and accuses Pakistan of violating Afghan airspace. Pakistani air strikes in Khost and Paktika provinces in 2024 drew sharp protests from the Afghan side.

## Effects on the border

Each serious attack has been followed by tighter controls at the crossings. Trade and travel slow down, and the anger created on both sides makes the next dispute harder to manage. Border communities, whose livelihoods depend on moving across the line, pay the highest price.

## Recommendations

- Revive the joint coordination mechanism for border security.
- Separate trade from security disputes by keeping commercial crossings open.
- Share evidence on militant sanctuaries through confidential channels.
""", [{
    "kind": "garbled",
    "quotes": ["Security forces recorded 212 cross-border attacks in the border districts of Khyber Pakhtunkhwa and Balochistan during 2024, up from 158 in 2023. Security forces recorded 212 cross-border attacks in the border districts of Khyber Pakhtunkhwa and Balochistan during 2024, up from 158 in 2023."],
    "explanation": "A sentence carrying two figures is repeated word for word, one copy straight after the other. The quote covers both copies.",
    "expected_values": {"repeated_sentence": "Security forces recorded 212 cross-border attacks in the border districts of Khyber Pakhtunkhwa and Balochistan during 2024, up from 158 in 2023.",
                        "occurrences": 2},
}])

# =================================================================== number_reuse

doc("trade_year_2022", """
# The 2022 Trade Year

The year after the Taliban returned to power turned out better for cross-border trade than most traders had feared. Both directions of trade grew, though for different reasons.

## Two flows

Pakistani goods sold to Afghanistan in 2022 were worth USD 936 million, up from USD 828 million in 2021. Afghan coal, fruit and cotton shipped the other way were valued at USD 936 million, as Pakistani industry looked for cheaper fuel and raw materials close to home. Flour, rice, medicines and construction materials led Pakistan's sales.

## Drivers

Afghan buyers regained some access to cash as humanitarian funds entered the economy and the afghani stabilised. On the Pakistani side, a weak rupee made Afghan goods cheaper, and payment in rupees spared importers the need to find dollars.

## Frictions

The gains came despite persistent problems. Trucks waited for days at Torkham during peak seasons. Pakistani banks refused most transactions involving Afghanistan, so payments went through money changers. New taxes set by the authorities in Kabul on coal exports raised prices for Pakistani buyers late in the year.

## Recommendations

- Establish a formal payments channel for cross-border trade.
- Agree advance notice for changes in export taxes and duties on either side.
- Expand the opening hours of the smaller crossings at Ghulam Khan and Angoor Adda.
""", [{
    "kind": "number_reuse",
    "quotes": ["were worth USD 936 million", "were valued at USD 936 million"],
    "explanation": "USD 936 million, Pakistan's exports to Afghanistan in 2022, is used again in the next sentence for the goods shipped the other way (Pakistan's imports from Afghanistan), which were USD 741 million in the set's series.",
    "expected_values": {"value": 936, "unit": "USD million",
                        "quantity_1": "PAK→AFG exports, 2022",
                        "quantity_2": "AFG→PAK imports (Pakistan's imports), 2022"},
}])

doc("caseload_after_expulsions", """
# The Refugee Caseload After the Expulsion Drive

Pakistan's campaign against undocumented foreigners, launched in late 2023, was aimed mainly at Afghans without papers. Its effects reached registered refugees as well.

## Returns and the register

Returns reached a scale not seen for two decades: a total of 1,559,964 Afghans made the journey home from Pakistan in 2024, according to border monitors. The register of Proof of Registration card holders, meanwhile, still held 1,559,964 names at year end, down from 1,987,717 a year earlier. Most returnees crossed at Torkham and Chaman, many carrying only what fitted on a single truck.

## Pressure on card holders

Registered refugees were formally exempt from the expulsion order, yet many reported police raids, demands for bribes and eviction notices from landlords who feared fines. Card validity was extended for short periods only, and each approaching deadline brought a new wave of anxiety and departures.

## Reception in Afghanistan

Returnees arrived in provinces with few jobs and weak public services. Women and girls faced restrictions on work and schooling that many had not known in Pakistan. Aid agencies provided cash and transport, but funding covered only part of the need.

## Recommendations

- Extend Proof of Registration cards for at least a year at a time.
- Publish clear criteria for which Afghans may stay.
- Link any return to a plan for reception and reintegration funded by donors.
""", [{
    "kind": "number_reuse",
    "quotes": ["a total of 1,559,964 Afghans made the journey home",
               "still held 1,559,964 names at year end"],
    "explanation": "1,559,964 is the end-2024 registered refugee population (correct in the second sentence); it is reused one sentence earlier as the number of Afghans who returned from Pakistan during 2024, a different quantity.",
    "expected_values": {"value": 1559964, "unit": "people",
                        "quantity_1": "Afghans returning from Pakistan, 2024",
                        "quantity_2": "registered Afghan refugees in Pakistan, end of 2024"},
}])

doc("frontier_security_2025", """
# Security on the Frontier, January–June 2025

The first half of 2025 brought no relief to the districts of Khyber Pakhtunkhwa along the Afghan border. Military operations intensified, and so did attacks on civilians and on the security forces.

## Operations and casualties

The military's media wing said 147 militants were killed in operations in the border districts of Khyber Pakhtunkhwa between January and June 2025. Attacks in the same districts over those six months claimed the lives of 147 civilians, according to a tally kept by a local rights group. Police and soldiers also suffered heavy losses, above all in North Waziristan and Kurram.

## Displacement

Operations in parts of Bajaur and Khyber forced families to leave their villages for weeks at a time. Many stayed with relatives in nearby towns; others moved into schools and public buildings. Compensation for damaged homes and lost crops was slow to arrive.

## The Afghan angle

Pakistan again accused the authorities in Kabul of allowing Tehrik-i-Taliban Pakistan to operate from Afghan soil, and Kabul again rejected the charge. Contacts between the two governments continued at a modest level, but without a joint mechanism to check claims on either side.

## Recommendations

- Publish casualty figures with a breakdown by district and month.
- Ensure that displaced families receive compensation within a fixed period.
- Set up a joint verification mechanism with the Afghan authorities for cross-border incidents.
""", [{
    "kind": "number_reuse",
    "quotes": ["147 militants were killed", "the lives of 147 civilians"],
    "explanation": "The same number, 147, is given for militants killed in operations and, in the next sentence, for civilians killed in attacks in the same districts and months, two different quantities from two different sources.",
    "expected_values": {"value": 147, "unit": "people",
                        "quantity_1": "militants killed in operations, KP border districts, H1 2025",
                        "quantity_2": "civilians killed in attacks, same districts, H1 2025"},
}])

doc("transit_and_bilateral_cargo", """
# Transit and Bilateral Cargo at Torkham, FY2022-23

Torkham carries two kinds of traffic that are often confused in public debate: Afghan transit cargo that lands at Pakistani ports and passes through under bond, and Pakistan's own exports to Afghanistan. This note separates the two.

## Volumes

In FY2022-23 some 74,500 Afghan transit containers were unloaded at Karachi and carried north under customs seal. Pakistani exporters, for their part, sent 74,500 truckloads of their own goods through Torkham over the same twelve months. Both streams share the same road from Peshawar through the Khyber Pass, and the same queues at the border.

## Why the distinction matters

Transit cargo pays no Pakistani duty, because it is destined for Afghanistan. Pakistani officials suspect that a share of it is unloaded on the way and sold inside Pakistan, undercutting local producers and the tax base. Exports, by contrast, earn foreign exchange and support Pakistani jobs. Policies aimed at one stream, such as bank guarantees for transit goods, often slow the other.

## Congestion

Because both streams use the same lanes, delays in checking transit containers hold up export trucks as well. Scanners at Torkham frequently break down, and manual checks can take hours for a single vehicle.

## Recommendations

1. Create separate lanes and inspection teams for transit and bilateral cargo.
2. Use electronic seals and tracking for transit containers along the whole route.
3. Publish monthly counts of both streams so that debate rests on shared figures.
""", [{
    "kind": "number_reuse",
    "quotes": ["some 74,500 Afghan transit containers", "sent 74,500 truckloads"],
    "explanation": "The count of Afghan transit containers in FY2022-23, 74,500, is reused in the next sentence as the number of truckloads of Pakistan's own exports through Torkham in the same year, which the note itself describes as a separate stream.",
    "expected_values": {"value": 74500, "unit": "count",
                        "quantity_1": "Afghan transit containers unloaded at Karachi, FY2022-23",
                        "quantity_2": "truckloads of Pakistani exports through Torkham, FY2022-23"},
}])

# =================================================================== direction

doc("exports_after_republic_fell", """
# Exports After the Republic Fell

The collapse of the Afghan Republic in August 2021 hit Pakistani exporters hard. Banks in Kabul froze, foreign aid stopped overnight and Afghan importers lost access to the dollars they had used to pay for goods.

## The 2021 figures

The year 2021 brought an increase in Pakistan's exports to Afghanistan, from USD 942 million in 2020 to USD 828 million. Imports from Afghanistan, on the other hand, edged up to USD 552 million from USD 509 million, as Pakistani buyers took more Afghan fruit and coal.

## Payment problems

With the Afghan banking system frozen, traders went back to older methods. Cash was carried across Torkham and Chaman, money changers settled accounts on both sides, and some deals were done as barter. These channels kept part of the trade alive but added cost and risk.

## Shifting demand

Afghan households had less to spend after the fall of the Republic, and demand moved towards cheap staples. Flour, cooking oil and medicines held up better than building materials and consumer goods, which had depended on aid-funded projects and salaries.

## Recommendations

- Allow licensed banks to handle payments for ordinary trade under clear rules.
- Give exporters of staple foods and medicines access to trade credit.
- Keep the crossings open for food and medicine even during political disputes.
""", [{
    "kind": "direction",
    "quotes": ["an increase in Pakistan's exports to Afghanistan, from USD 942 million in 2020 to USD 828 million"],
    "explanation": "The noun 'increase' describes a fall: exports went from 942 to 828 USD million (-12.1 percent).",
    "expected_values": {"from": 942, "from_period": "2020", "to": 828, "to_period": "2021",
                        "stated_direction": "rise", "actual_direction": "fall",
                        "change_pct": -12.10, "unit": "USD million"},
}])

doc("refugee_register_2019_2020", """
# The Refugee Register, 2019–2020

Before the upheaval of 2021, Pakistan's registered Afghan refugee population was one of the most stable refugee populations in the world. This note looks at the two years before the change of government in Kabul.

## A steady population

The registered caseload slipped in 2020: 1,419,084 at the end of 2019 against 1,438,432 at the end of 2020. Births to registered families and a small number of late registrations outweighed voluntary returns, which fell almost to nothing when the pandemic closed the border and repatriation centres suspended their work.

## Long stays

Most registered refugees had been in Pakistan for decades, and more than half had been born there. They worked in transport, construction, carpet weaving and small trade, and many owned businesses in all but name, since refugees could not legally register property.

## Policy at the time

The government extended Proof of Registration cards in stages and spoke of a comprehensive policy that would include documentation of undocumented Afghans. A verification exercise in 2021 updated the records of registered refugees and issued new smart cards.

## Recommendations

1. Use the stable period as a baseline for planning services in host districts.
2. Give long-staying refugees a route to residence rights.
3. Keep voluntary return voluntary, with support that matches conditions in Afghanistan.
""", [{
    "kind": "direction",
    "quotes": ["slipped in 2020: 1,419,084 at the end of 2019 against 1,438,432 at the end of 2020"],
    "explanation": "'Slipped' describes a small rise: the registered population went from 1,419,084 (end-2019) to 1,438,432 (end-2020), up 19,348 or 1.4 percent. The following sentence (births outweighing returns) also implies a rise.",
    "expected_values": {"from": 1419084, "from_period": "2019", "to": 1438432, "to_period": "2020",
                        "stated_direction": "fall", "actual_direction": "rise",
                        "change": 19348, "change_pct": 1.36},
}])

doc("trade_rebound_2022", """
# A Rebound Year: Pakistan–Afghanistan Trade in 2022

After two difficult years, trade across the Pakistan–Afghanistan border recovered in 2022. This brief describes the recovery and asks whether it can last.

## The recovery in numbers

Two-way trade reached USD 1,677 million in 2022, down from USD 1,380 million in 2021. Pakistan's exports rose by about 13 percent, to USD 936 million, and its imports from Afghanistan by about a third, to USD 741 million. With imports growing faster than exports, Pakistan's surplus narrowed to USD 195 million.

## Sources of growth

Coal was the main new item. Pakistani cement and power companies bought large quantities at prices well below those of seaborne coal. Afghan fruit and vegetables also sold well. On the export side, flour, rice and medicines benefited from steady demand financed in part by humanitarian spending inside Afghanistan.

## Weak points

The recovery rested on narrow foundations. Payments still depended on money changers. Coal prices were set by decree in Kabul and changed several times. Trucks continued to wait for days at Torkham, and a single security incident could close the crossing.

## Recommendations

- Diversify trade beyond coal by easing rules on fruit, vegetables and processed food.
- Agree a joint mechanism for settling disputes over export prices and duties.
- Invest in scanning equipment at Torkham and Chaman to shorten waiting times.
""", [{
    "kind": "direction",
    "quotes": ["reached USD 1,677 million in 2022, down from USD 1,380 million in 2021"],
    "explanation": "'Down from' describes a rise: two-way trade went from 1,380 to 1,677 USD million (+21.5 percent), consistent with both flows rising as the next sentence says.",
    "expected_values": {"from": 1380, "from_period": "2021", "to": 1677, "to_period": "2022",
                        "stated_direction": "fall", "actual_direction": "rise",
                        "change_pct": 21.52, "unit": "USD million"},
}])

doc("fruit_season_2024", """
# Bilateral Trade in 2024 and the Fruit Season

For Afghan growers and Pakistani wholesalers alike, the months from August to November decide the year. In 2024 that season coincided with repeated closures, and trade figures for the year show the damage.

## The year in figures

Bilateral trade expanded from USD 1.70 billion in 2023 to USD 1.42 billion in 2024. Pakistani exports to Afghanistan came to USD 0.88 billion and imports from Afghanistan to USD 0.54 billion, leaving Pakistan with a surplus of USD 0.34 billion.

## The harvest and the border

Grapes from Kandahar, pomegranates from the south and apples from the central highlands all move by truck to Pakistani markets. A closure of even a few days during the harvest can ruin a consignment. In 2024 Chaman was disrupted for months by the dispute over passport and visa rules, and Torkham closed several times after clashes between border forces.

## Consequences

Growers sold at lower prices inside Afghanistan or let fruit rot. Pakistani wholesalers turned to domestic produce and to imports from elsewhere, often at higher prices. Transporters on both sides lost income, and some sold their trucks.

## Recommendations

1. Guarantee a perishables lane at both main crossings that stays open during disputes.
2. Build cold storage close to Chaman and Torkham.
3. Agree a seasonal calendar for inspections, so that checks do not peak at harvest time.
""", [{
    "kind": "direction",
    "quotes": ["expanded from USD 1.70 billion in 2023 to USD 1.42 billion in 2024"],
    "explanation": "'Expanded' describes a fall: bilateral trade went from 1.70 to 1.42 USD billion (-16.5 percent on these rounded values; 1,702 to 1,424 USD million in the set's series, -16.3 percent).",
    "expected_values": {"from": 1.70, "from_period": "2023", "to": 1.42, "to_period": "2024",
                        "stated_direction": "rise", "actual_direction": "fall",
                        "change_pct": -16.47, "unit": "USD billion"},
}])

# =================================================================== scope

doc("chaman_standoff", """
# The Chaman Standoff

Chaman, on the road from Quetta to Kandahar, has long been the busiest crossing for people as well as goods between Pakistan and Afghanistan. In late 2023 it became the scene of one of the longest protests in the border's recent history.

## The new rule

In October 2023 Pakistan announced that from November everyone crossing at Chaman would need a passport and a visa. For generations, residents of border districts on both sides had crossed daily with local identity documents to work, trade and visit relatives. Porters, small traders and labourers who depended on that movement began a sit-in near the crossing.

## Talks without result

Talks between Pakistan and the United States on the new document rules at Chaman dragged on for months while the sit-in continued. Local elders proposed a special permit for border residents, but no agreement was reached, and traders estimated their losses at about USD 1.5 million a day.

## The wider context

Since the United States withdrew its last troops from Afghanistan in August 2021, Pakistan has pressed harder to regulate the border, arguing that militants and smugglers exploit loose controls. The Chaman rule was part of that effort.

## Recommendations

- Issue multi-year border-resident cards for people from the districts on either side of Chaman.
- Open separate lanes for porters and small traders.
- Set up a standing forum of local elders and officials from both countries to handle crossing rules.
""", [{
    "kind": "scope",
    "quotes": ["Talks between Pakistan and the United States"],
    "explanation": "The talks on document rules at Chaman, a Pakistan–Afghanistan crossing, would be between Pakistan and Afghanistan; the text names the United States as Pakistan's counterpart. The later sentence on the United States' withdrawal from Afghanistan is a correct mention and not a defect.",
    "expected_values": {"pair": PAIR, "named_pair": ["PAK", "USA"], "third_country": "USA",
                        "not_a_defect": "Since the United States withdrew its last troops from Afghanistan in August 2021"},
}])

doc("dried_fruit_routes", """
# Dried Fruit Routes and the Torkham Bottleneck

Afghanistan's dried fruit and nuts, including raisins, almonds, apricots and pine nuts, are among its most valuable exports. Most of them travel by road through Pakistan, which makes the condition of the border a matter of livelihood for thousands of Afghan growers.

## The overland trade

Trade between India and Afghanistan across Torkham and Chaman came to USD 1,424 million in 2024, down from USD 1,702 million a year earlier. Pakistani exports made up the larger part, at USD 884 million, while Afghan goods sold in Pakistan were worth USD 540 million, a good share of them dried fruit and nuts.

## Onward routes

Afghan dried fruit bound for India still moves through Pakistan to the Wagah border under the transit agreement, although Indian goods may not travel the other way. Some exporters have turned to air freight from Kabul and Kandahar, which is faster but costly.

## Bottlenecks

Dried fruit keeps longer than fresh produce, but it is still exposed to delays, repeated unloading and theft. Traders complain of inspections that take hours, fees that change without notice, and the need to transfer cargo between Afghan and Pakistani trucks at the line.

## Recommendations

1. Allow sealed trucks to travel further inside Pakistan without reloading.
2. Publish a single schedule of fees for goods crossing at Torkham and Chaman.
3. Set up a fast lane for certified exporters of dried fruit and nuts.
""", [{
    "kind": "scope",
    "quotes": ["Trade between India and Afghanistan across Torkham and Chaman"],
    "explanation": "Torkham and Chaman are Pakistan–Afghanistan crossings and the figures given (1,424 and 1,702 USD million; 884 exports and 540 imports) are Pakistan–Afghanistan trade, yet the sentence names India as Afghanistan's partner. The later mention of Afghan dried fruit bound for India via Wagah is correct and not a defect.",
    "expected_values": {"pair": PAIR, "named_pair": ["IND", "AFG"], "third_country": "IND",
                        "not_a_defect": "Afghan dried fruit bound for India"},
}])

doc("tribal_districts_militancy", """
# Militancy in the Tribal Districts, 2024

The former tribal districts of Khyber Pakhtunkhwa, merged into the province in 2018, carry the heaviest burden of militant violence in Pakistan. This note looks at 2024 and at the link with the Afghan side of the border.

## The trend

Militant attacks along the border between Uzbekistan and Afghanistan, in Bajaur, Kurram and North Waziristan, increased through 2024. Across five border districts tracked by the provincial Counter-Terrorism Department, attacks rose from 251 in 2023 to 332 in 2024. North Waziristan alone accounted for 118 of them.

## Causes

Pakistani officials point to Tehrik-i-Taliban Pakistan fighters who moved into Afghanistan during earlier military operations and, they say, now operate from there with little hindrance. Local factors matter too: weak policing, slow reconstruction after earlier operations, unemployment and disputes over land and mining rights.

## Economic costs

Violence deters investment and keeps the districts poor. Plans for economic links across the border, including the planned railway from Uzbekistan through Afghanistan to Pakistan, depend on security in exactly these areas. Investors and lenders will not commit while attacks continue to rise.

## Recommendations

- Strengthen district police and courts, not only military operations.
- Fund reconstruction and jobs programmes for young people in the merged districts.
- Pursue regular security talks with the Afghan authorities, with agreed steps on both sides.
""", [{
    "kind": "scope",
    "quotes": ["the border between Uzbekistan and Afghanistan"],
    "explanation": "Bajaur, Kurram and North Waziristan lie on the Pakistan–Afghanistan border; the text names Uzbekistan as Afghanistan's neighbour there. The later mention of the railway from Uzbekistan through Afghanistan to Pakistan is correct and not a defect.",
    "expected_values": {"pair": PAIR, "named_pair": ["UZB", "AFG"], "third_country": "UZB",
                        "not_a_defect": "the planned railway from Uzbekistan through Afghanistan to Pakistan"},
}])

doc("deportation_diplomacy", """
# Deportations and Diplomacy

Pakistan's drive to remove undocumented foreigners, announced in October 2023, was presented as a domestic security measure. Its effects on relations with Kabul were immediate and lasting.

## The numbers

The registered Afghan refugee population stood at 1,987,717 at the end of 2023 and at 1,559,964 at the end of 2024, a fall of 427,753, or about 22 percent, in a single year. The fall among registered refugees came on top of the departure of many more Afghans who had no documents at all.

## Diplomatic costs

The deportation drive announced in Islamabad soured relations between China and Afghanistan for much of the following year. The authorities in Kabul called the expulsions inhumane and demanded a slower, orderly process. Officials in Islamabad replied that the campaign targeted illegal residence, not any nationality, and linked it to attacks by militants based in Afghanistan.

## Effects on cooperation

Joint work on trade, transit and border management slowed. Meetings of border officials were cancelled or postponed, and disputes at the crossings took longer to resolve.

## Recommendations

1. Separate migration decisions from security disputes in public statements.
2. Agree a timetable and procedures for any further returns with the authorities in Kabul.
3. Protect registered refugees and people at risk of persecution from removal.
""", [{
    "kind": "scope",
    "quotes": ["relations between China and Afghanistan"],
    "explanation": "The deportation drive was Pakistan's, and the diplomatic costs discussed are to Pakistan–Afghanistan relations; the sentence names China instead of Pakistan as Afghanistan's counterpart.",
    "expected_values": {"pair": PAIR, "named_pair": ["CHN", "AFG"], "third_country": "CHN"},
}])

# =================================================================== citation

doc("hosting_cited_2020", """
# Refugee Hosting in the Pandemic Year

The arrival of COVID-19 in 2020 added a health emergency to the long-running refugee situation in Pakistan. Registered Afghans, most of them working in informal jobs, were among the first to lose income when lockdowns began.

## The population

At the end of 2020 Pakistan was hosting about 1.3 million registered Afghans (UNHCR, 2020). A year earlier the figure had been 1,419,084 (UNHCR, 2019). Most lived in Khyber Pakhtunkhwa and Balochistan, in refugee villages or in the poorer neighbourhoods of Peshawar and Quetta.

## Effects of the lockdowns

Daily wage labourers, street vendors and transport workers lost work almost overnight. Refugees were included in parts of Pakistan's emergency cash programme, but many fell through the gaps because their documents did not match the lists used by banks and mobile-money agents.

## Health care

Refugees had access to public hospitals on the same terms as Pakistanis, but crowded housing made distancing difficult, and testing was limited. Aid agencies supported clinics in refugee villages and distributed soap and masks.

## Returns

Voluntary repatriation was suspended for several months while the border was closed and resumed only on a small scale later in the year.

## Recommendations

- Include refugees explicitly in social protection schemes.
- Align refugee documents with the identity systems used for cash transfers.
- Keep health services in refugee villages funded during future emergencies.
""", [{
    "kind": "citation",
    "quotes": ["about 1.3 million registered Afghans (UNHCR, 2020)"],
    "explanation": "The reference UNHCR year-end figure for 2020 is 1,438,432; 'about 1.3 million' is 9.6 percent below it. The 2019 figure cited in the next sentence (1,419,084) is correct and not a defect.",
    "expected_values": {"stated": 1300000, "stated_hedge": "about", "reference": 1438432,
                        "indicator": "refugees.registered", "subject": "PAK", "period": "2020",
                        "cited_source": "UNHCR, 2020"},
}])

doc("hosting_cited_2022", """
# Refugee Hosting After the Takeover: 2022

The first full year of Taliban rule brought a steady flow of Afghans into Pakistan. Some joined relatives who were already registered refugees; others arrived on visas that later expired.

## The registered population

By the end of 2022 the number of registered Afghan refugees in Pakistan had reached 1,987,717 (UNHCR, 2022). Most were long-term residents who held Proof of Registration cards. Many of the newer arrivals did not qualify for registration and lived without legal status.

## Who came after 2021

The new arrivals included former officials and soldiers, journalists, women who had worked in public life, and members of minority groups. Many hoped to move on to third countries through resettlement programmes, but processing was slow and places limited. While they waited, their visas ran out and they risked arrest.

## The burden on host districts

Peshawar, Quetta and Islamabad absorbed most of the newcomers. Rents rose in neighbourhoods with large Afghan communities, and schools and clinics came under more pressure. Funding for host districts did not grow in step.

## Recommendations

1. Give new arrivals a simple way to register and obtain a document.
2. Ask resettlement countries to speed up processing and publish clear timelines.
3. Direct more international funding to the districts that host the most refugees.
""", [{
    "kind": "citation",
    "quotes": ["had reached 1,987,717 (UNHCR, 2022)"],
    "explanation": "The reference UNHCR year-end figure for 2022 is 1,743,278. The text gives 1,987,717, which is the reference value for 2023, cited as the 2022 figure (14.0 percent too high).",
    "expected_values": {"stated": 1987717, "reference": 1743278,
                        "indicator": "refugees.registered", "subject": "PAK", "period": "2022",
                        "cited_source": "UNHCR, 2022"},
}])

doc("hosting_cited_2024", """
# Hosting Afghans at the End of 2024

A year of expulsions, short card extensions and rising pressure left Pakistan's registered Afghan population smaller and more anxious than at any time in the previous decade. This note takes stock.

## The figure

Pakistan still had close to 2 million Afghan refugees registered at the end of 2024 (UNHCR, 2024), most of them holding Proof of Registration cards extended for a few months at a time. The figure does not include Afghan Citizen Card holders or people without documents.

## Life under uncertainty

Refugees reported that employers were reluctant to hire them and landlords reluctant to renew leases. Children missed school when families feared police checks on the way. Many families kept savings in cash so that they could leave quickly if ordered to.

## Returns under pressure

Returns continued through the year, some of them voluntary and many not. Registered refugees who left often did so because relatives without documents had been deported, and families preferred to stay together.

## The choice ahead

Pakistan can keep extending cards at the last minute, or it can adopt a stable policy that sets out who may stay, for how long and on what terms. The second path would serve the government, employers and refugees alike.

## Recommendations

- Extend registration cards for at least two years.
- Publish the criteria for any future removal decisions well in advance.
- Work with UNHCR on a voluntary return plan with adequate funding.
""", [{
    "kind": "citation",
    "quotes": ["close to 2 million Afghan refugees registered at the end of 2024 (UNHCR, 2024)"],
    "explanation": "The reference UNHCR year-end figure for 2024 is 1,559,964; 'close to 2 million' is about 28 percent above it (it is nearer the 2023 figure of 1,987,717).",
    "expected_values": {"stated": 2000000, "stated_hedge": "close to", "reference": 1559964,
                        "indicator": "refugees.registered", "subject": "PAK", "period": "2024",
                        "cited_source": "UNHCR, 2024"},
}])

doc("hosting_cited_2021", """
# Before and After August 2021: The Registered Population

The collapse of the Afghan Republic raised fears in Islamabad of a new mass influx. Pakistan kept the crossings open only for people with valid travel documents and medical cases, and the numbers that came, though large, were far below those of the 1980s.

## The figures

Pakistan's register stood at 1,438,432 at the end of 2020 (UNHCR, 2020). By the close of 2021 there were some 1.6 million registered refugees (UNHCR, 2021), almost all of them people who had lived in Pakistan for years. Afghans who crossed after August 2021 were, with few exceptions, not added to the register.

## Why registration lagged

Pakistan had not opened a general registration since the documentation exercise of 2017 and was reluctant to signal that new arrivals would be welcome. Officials feared that any new registration would attract more people across the border at a time of economic strain.

## Consequences

Without registration, newer arrivals could not access the limited protections that registered refugees enjoyed. They were exposed to arrest for overstaying visas, and many paid bribes to avoid detention.

## Recommendations

1. Open a registration window for Afghans who arrived after August 2021 and meet clear criteria.
2. Coordinate with resettlement countries on cases of people at risk.
3. Develop a national law on asylum that would make decisions less dependent on short-term executive orders.
""", [{
    "kind": "citation",
    "quotes": ["some 1.6 million registered refugees (UNHCR, 2021)"],
    "explanation": "The reference UNHCR year-end figure for 2021 is 1,490,562; 'some 1.6 million' is 7.3 percent above it, beyond what rounding explains. The 2020 figure cited just before (1,438,432) is correct and not a defect.",
    "expected_values": {"stated": 1600000, "stated_hedge": "some", "reference": 1490562,
                        "indicator": "refugees.registered", "subject": "PAK", "period": "2021",
                        "cited_source": "UNHCR, 2021"},
}])

# =================================================================== controls

doc("trade_balance_2021_2024", """
# Exports, Imports and the Balance, 2021–2024

This note brings together the main indicators of Pakistan's goods trade with Afghanistan since the change of government in Kabul.

| USD million | 2021 | 2022 | 2023 | 2024 |
|---|---|---|---|---|
| Exports to Afghanistan | 828 | 936 | 1,012 | 884 |
| Imports from Afghanistan | 552 | 741 | 690 | 540 |
| Total trade | 1,380 | 1,677 | 1,702 | 1,424 |
| Balance | 276 | 195 | 322 | 344 |

## Exports

Pakistan's exports climbed from USD 828 million in 2021 to USD 1,012 million in 2023, an increase of about 22 percent, before a drop to USD 884 million in 2024. Rice, flour, medicines and cement were the main items throughout.

## Imports

Imports surged from USD 552 million in 2021 to USD 741 million in 2022 on the back of Afghan coal, then eased to USD 690 million in 2023 and fell further in 2024.

## The balance

Because imports grew faster than exports in 2022, Pakistan's surplus shrank to USD 195 million that year, down from USD 276 million in 2021. It recovered to USD 322 million in 2023 and to USD 344 million in 2024, when exports of USD 884 million exceeded imports of USD 540 million by that amount.

## Competition

Afghan importers increasingly buy from Iran, Uzbekistan and Kazakhstan, whose road and rail links to northern and western Afghanistan have improved. Pakistan keeps its advantage for the eastern and southern provinces, which lie closest to its crossings.

## Recommendations

- Keep export bans on staples to a minimum and announce them in advance.
- Agree a payment channel for trade in rupees through licensed banks.
- Publish trade data by crossing every month.
""", control_type="control")

doc("refugee_population_2021_2024", """
# The Registered Refugee Population, 2021–2024

The number of registered Afghan refugees in Pakistan has moved more in the past four years than in the previous decade. This note summarises the changes.

## Growth, then decline

The registered population rose from 1,490,562 at the end of 2021 to 1,987,717 at the end of 2023, an increase of about 33 percent. Most of the growth came from relatives of existing card holders and from the recording of children born in Pakistan.

The trend reversed in 2024. The population shrank to 1,559,964 at the end of that year, down from 1,987,717, as the campaign against undocumented Afghans pushed many registered families to leave as well.

## Where refugees live

At the end of 2024, Khyber Pakhtunkhwa hosted 52 per cent of registered refugees, Balochistan 24 per cent, Punjab 14 per cent, Sindh 5 per cent, Islamabad 3 per cent and Azad Jammu and Kashmir 2 per cent.

## What the numbers hide

Registration figures say nothing about the many Afghans who hold other documents or none at all. Nor do they show the pressure felt by registered families: short card extensions, police checks, and landlords and employers wary of fines.

## Recommendations

1. Extend registration cards for several years at a time.
2. Publish quarterly registration figures by province.
3. Fund host districts in proportion to the number of refugees they host.
""", control_type="control")

doc("attack_trend_2021_2024", """
# Cross-Border Attacks, 2021–2024

Pakistan's border with Afghanistan runs for roughly 2,600 kilometres, from the Wakhan corridor, where Afghanistan also touches China and Tajikistan, to the tripoint with Iran in the south-west. Most of the violence along it is concentrated in a handful of districts of Khyber Pakhtunkhwa and Balochistan.

| Year | Cross-border attacks |
|---|---|
| 2021 | 73 |
| 2022 | 112 |
| 2023 | 158 |
| 2024 | 212 |
| **2021–2024** | **555** |

## The trend

Attacks climbed from 73 in 2021 to 212 in 2024, close to a threefold increase. The rise was steady rather than sudden: each year brought more attacks than the one before. In 2024 alone the increase over 2023 was 34 percent, from 158 to 212.

## What lies behind it

The end of the ceasefire between Pakistan and Tehrik-i-Taliban Pakistan in late 2022 removed one restraint. Pakistani officials say the group's fighters move freely on the Afghan side of the border; the authorities in Kabul deny it. The 212 attacks of 2024 were the highest annual number in the series, and they coincided with the lowest point in relations between Islamabad and Kabul since 2021.

## Recommendations

- Restore regular meetings of border security officials from both countries.
- Keep trade crossings open while security disputes are handled through separate channels.
- Publish attack data by district so that trends can be tracked independently.
""", control_type="control")

doc("exports_by_crossing_2024", """
# Pakistan's Exports by Crossing, 2024

Pakistani goods reach Afghanistan through four main crossings. This note shows how exports were spread among them in 2024.

| Crossing | Exports (USD million) | Share |
|---|---|---|
| Torkham | 486 | 55% |
| Chaman | 283 | 32% |
| Ghulam Khan | 88 | 10% |
| Angoor Adda | 27 | 3% |
| **Total** | **884** | **100%** |

## Concentration

Torkham and Chaman together handled 87 percent of the value of exports. Ghulam Khan, in North Waziristan, has grown as a route to Khost and Paktia, while Angoor Adda, in South Waziristan, remains small and often closed.

## The balance

With imports of USD 540 million, Pakistan's surplus with Afghanistan came to USD 344 million in 2024. Most imports also entered through Torkham and Chaman.

## Projects in waiting

Plans to connect the region more closely, such as the long-delayed Turkmenistan–Afghanistan–Pakistan–India gas pipeline, depend on stable borders and would add traffic at the same crossings. None of them is close to completion.

## Recommendations

1. Extend opening hours at Ghulam Khan and Angoor Adda to relieve pressure on Torkham.
2. Equip the smaller crossings with scanners and cold storage.
3. Publish exports by crossing every quarter.
""", control_type="control")

doc("returns_2023_2024", """
# Returns from Pakistan, September 2023 to December 2024

## Summary

Between mid-September 2023 and the end of 2024, 1,217,000 Afghans returned from Pakistan, by the count of border monitors. Most were undocumented, but registered refugees were also among them.

## Two phases

Of the 1,217,000 returns, 541,000 took place in the last three and a half months of 2023, when the deadline set by Pakistan's October order led to crowded crossings at Torkham and Chaman. The remaining 676,000 came during 2024, at a slower monthly pace but over a full year.

## Registered refugees

The registered refugee population stood at 1,559,964 at the end of 2024, down from 1,987,717 a year earlier, a drop of 21.5 percent. Part of that fall reflects departures; part reflects cards that lapsed without renewal.

## Reception

Reception capacity on the Afghan side expanded from 3 sites in October 2023 to 7 by mid-2024, run jointly by the authorities and aid agencies. Returnees received cash grants, food and transport to their home provinces, but support for housing and work remained scarce.

## Recommendations

- Keep returns voluntary and gradual, and end arrests of registered refugees.
- Fund reintegration in the provinces that receive the most returnees.
- Publish monthly return figures by crossing and by document status.
""", control_type="control")

# ----------------------------------------------------------- citation controls

doc("hosting_cited_2019_2021", """
# The Registered Caseload, 2019–2021

Pakistan's registered Afghan population changed only slowly in the three years to 2021. This note sets out the year-end figures reported by the UN refugee agency.

## Year-end figures

The year-end register for 2019 listed 1,419,084 Afghans (UNHCR, 2019). A year later the figure was 1,438,432 (UNHCR, 2020). By the close of 2021 it had edged up to about 1.49 million (UNHCR, 2021), an increase of roughly 5 percent over two years.

## Why so little change

Returns to Afghanistan had slowed to a trickle well before 2019, and the pandemic stopped them almost entirely in 2020. At the same time, Pakistan did not open a new registration for people arriving from Afghanistan, so the growth came mostly from births to registered families.

## Beneath the surface

The stable total concealed real strain. Card validity was extended for short periods, refugee villages lacked investment, and young refugees born in Pakistan grew up without a clear legal future in either country.

## Recommendations

1. Give long-term registered refugees a route to longer-term residence.
2. Invest in schools and clinics in refugee villages.
3. Publish registration data annually, broken down by province and age.
""", control_type="citation_control")

doc("hosting_cited_2022_2023", """
# Two Years of Growth: The Register in 2022 and 2023

In the two years after the Taliban took power, Pakistan's register of Afghan refugees grew faster than at any time since the early 2000s.

## The figures

According to the refugee agency, 1,743,278 Afghans were registered as refugees in Pakistan when 2022 ended (UNHCR, 2022). Twelve months later the total stood at 1,987,717 (UNHCR, 2023), a rise of 244,439, or 14 percent. The growth reflected the recording of family members and children rather than a general opening of registration to new arrivals.

## The turn in late 2023

The October 2023 order against undocumented foreigners did not target registered refugees, but it changed the climate for all Afghans in Pakistan. By the end of the year, registered families were reporting police checks and pressure from landlords, and some had begun to leave.

## Implications

A larger registered population needs more services in host districts and a stable legal framework. Both were lacking. Card extensions remained short, and funding for host areas stayed flat.

## Recommendations

- Match funding for host districts to the size of the registered population.
- Announce card extensions well before cards expire.
- Protect registered refugees from the effects of campaigns aimed at undocumented migrants.
""", control_type="citation_control")

doc("hosting_cited_2023_2024", """
# A Smaller Register: 2023 to 2024

The year 2024 reversed a long period of growth in Pakistan's registered Afghan refugee population.

## The change

At the end of 2024 Pakistan's register counted about 1.56 million Afghan refugees (UNHCR, 2024), down from 1,987,717 a year earlier (UNHCR, 2023). The fall of 427,753 people, more than a fifth of the population, came in a single year.

## Why it fell

Three things drove the decline. Some registered families left because relatives without documents had been deported and they chose to stay together. Some left because of pressure at work and at home. And some cards lapsed when extensions came late or did not reach all holders.

## What returnees found

Returnees arrived in an economy with few jobs and in provinces where services were already stretched. Women and girls faced restrictions on education and work that did not apply to them in Pakistan. Aid agencies provided cash grants and transport but could not meet the need for housing.

## Recommendations

1. Stop removals of registered refugees and give clear notice of any policy change.
2. Provide multi-year registration cards.
3. Fund reintegration in Afghanistan on a scale that matches the number of returns.
""", control_type="citation_control")
