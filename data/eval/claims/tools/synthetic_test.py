# Synthetic documents, test half.  Written from scratch for this evaluation set.

TEST = []


def doc(name, text, labels=()):
    TEST.append({"name": name, "text": text.strip() + "\n", "labels": list(labels)})


# ------------------------------------------------------------------ text_vs_table
doc("test_01_torkham_closure_days", """
# Counting the Days: Closures of the Torkham Crossing

Closures of Torkham, the main crossing between Pakistan and Afghanistan, are
often reported as isolated events. Counting them year by year shows a pattern
that policy makers should take seriously.

## How often the gate was shut

The table counts full days on which Torkham was closed to commercial traffic.
Days on which only pedestrians were stopped are not included.

| Year | Days closed to trade |
|---|---|
| 2021 | 9 |
| 2022 | 14 |
| 2023 | 17 |
| **Total** | **40** |

Closures have become longer and more frequent. In 2023 the crossing was shut to
trade for 19 days, most of them in September, when an exchange of fire between
border guards led to a stand-off over new construction near the line. Closure
days nearly doubled, from 9 in 2021 to 17 in 2023.

## What a closed day costs

Each day of closure strands hundreds of trucks on both sides. Drivers and
traders interviewed for this note described losses from spoiled fruit and
vegetables, demurrage charges at Peshawar warehouses and cancelled orders from
buyers in Kabul who switched to Central Asian suppliers.

## Recommendations

1. Agree on a rule that commercial lanes stay open unless there is active
   fighting at the crossing itself.
2. Give the joint border committee the power to reopen the crossing within
   twenty-four hours.
3. Publish closure days officially, so that the cost of each dispute is visible
   to both governments and to the public.
""", [{
    "kind": "text_vs_table",
    "quotes": ["shut to\ntrade for 19 days", "| 2023 | 17 |"],
    "explanation": "The text says Torkham was shut to trade for 19 days in 2023; the table gives 17 days for the same year. The table total of 40 matches 9+14+17, and the later sentence also uses 17.",
    "expected_values": {"text_value": 19, "table_value": 17, "unit": "days", "subject": "Torkham closures to trade",
                        "period": "2023"},
}])

doc("test_02_two_way_trade_2023", """
# Two-Way Trade Between Pakistan and Afghanistan in 2023

## Executive summary

Two-way trade in 2023 came to USD 1.64 billion. Pakistan continued to run a
surplus, but Afghan coal lost ground as world prices fell.

## 1. Context

The year began with hope that trade would settle after the disruptions of 2021
and 2022. Border fees were simplified, and both sides spoke of new trade
agreements. From the autumn, however, relations worsened sharply as Pakistan
began expelling undocumented Afghans.

## 2. Exports and imports

Pakistani exporters sold more rice, medicines and construction materials.
Imports from Afghanistan were led by coal, fruit and cotton.

## 3. Totals

Customs data record exports of USD 1,012 million and imports of USD 690
million, a combined USD 1,702 million for the year. That compares with USD
1,677 million in 2022, a rise of 1.5 percent.

## 4. Outlook

Traders expect a difficult 2024. The expulsion campaign and a series of border
closures have hurt confidence, and Afghan importers are looking to Iranian
ports and Central Asian routes for alternatives.

## 5. Recommendations

- Keep commercial traffic separate from political and security disputes.
- Set up a payment channel in rupees through licensed banks.
- Hold regular meetings of the joint economic commission, which has not met in
  years.
""", [{
    "kind": "text_vs_table",
    "quotes": ["Two-way trade in 2023 came to USD 1.64 billion", "a combined USD 1,702 million"],
    "explanation": "The executive summary gives total 2023 trade as USD 1.64 billion, while section 3 gives USD 1,702 million (1,012 + 690) for the same year.",
    "expected_values": {"summary_value": 1640, "section_value": 1702, "unit": "USD million",
                        "subject": "PAK-AFG total trade", "period": "2023"},
}])

# ------------------------------------------------------------------ arithmetic
doc("test_03_trade_surplus_2023", """
# Pakistan's Trade Surplus with Afghanistan

Pakistan has long sold more to Afghanistan than it buys. The size of that
surplus is a useful gauge of Afghan purchasing power and of Pakistan's place
among Afghanistan's suppliers.

## The 2023 position

In 2023, exports of USD 1,012 million and imports of USD 690 million gave
Pakistan a surplus of USD 422 million. Exports were led by rice, medicines and
cement; imports by coal, fruit and cotton.

## Trend

The surplus has narrowed over the past decade. In the early 2010s Pakistan was
Afghanistan's largest supplier by a wide margin, but Iran, China, Uzbekistan
and Kazakhstan have since taken large shares of the Afghan market. Afghan
importers cite long waits at the border, sudden export bans in Pakistan and
unpredictable fees as reasons for switching.

## Why the surplus matters

A surplus is not good or bad in itself. For Pakistan it brings foreign currency
and jobs in export industries. For Afghanistan, which has few goods to sell,
persistent deficits with all its neighbours reflect a narrow economy that
depends on aid and remittances. Since 2021, with aid reduced, Afghan buyers
have struggled to pay, and part of the trade has moved into informal channels.

## Recommendations

1. Pakistan should open its market further to Afghan agricultural products,
   which would help Afghan farmers and give Afghan importers more rupees to
   spend on Pakistani goods.
2. The two sides should agree a list of goods exempt from sudden export bans.
3. Customs agencies should exchange data monthly so that both sides work from
   the same figures.
""", [{
    "kind": "arithmetic",
    "quotes": ["a surplus of USD 422 million"],
    "explanation": "Exports of 1,012 minus imports of 690 gives a surplus of 322 USD million, not 422.",
    "expected_values": {"exports": 1012, "imports": 690, "stated_balance": 422, "computed_balance": 322,
                        "unit": "USD million", "period": "2023"},
}])

doc("test_04_returnee_documents", """
# Who Returned? Documentation Status of Afghans Leaving Pakistan

Since late 2023, large numbers of Afghans have left Pakistan. Knowing which
documents they held helps explain who was affected by the expulsion policy and
who left for other reasons.

## Survey findings

A survey of returning households at the Torkham and Chaman transit centres in
the last quarter of 2023 asked which Pakistani document the head of household
held. Of those interviewed, 61 percent were undocumented, 27 percent held
Afghan Citizen Cards and 19 percent held Proof of Registration cards.

## What the findings mean

The large undocumented share is what the policy was designed to produce. The
presence of card holders among the returnees is more troubling. Holders of
Afghan Citizen Cards had no formal protection, and many were told by police or
landlords to leave. Holders of Proof of Registration cards were exempt on
paper, yet some left because they feared the exemption would not last.

## Needs on arrival

Returnees with no documents were the most vulnerable: many had lived in
Pakistan for decades, had no home in Afghanistan and arrived with few
possessions. Households headed by women faced extra obstacles under the new
Afghan rules on women's movement and work.

## Recommendations

- Screening at the border should identify people at risk of persecution.
- Aid agencies should keep collecting documentation data, so that policy
  effects can be tracked.
- Pakistan should confirm in writing that registered refugees are not subject
  to expulsion.
""", [{
    "kind": "arithmetic",
    "quotes": ["61 percent were undocumented, 27 percent held\nAfghan Citizen Cards and 19 percent held Proof of Registration cards"],
    "explanation": "The three mutually exclusive shares add up to 107 percent (61+27+19).",
    "expected_values": {"shares_pct": {"undocumented": 61, "Afghan Citizen Card": 27, "Proof of Registration": 19},
                        "sum_pct": 107},
}])

doc("test_05_refugee_fall_2024", """
# A Shrinking Registered Population: Refugees in Pakistan in 2024

For years, the number of registered Afghan refugees in Pakistan moved slowly.
In 2024 it changed quickly.

## The change

UNHCR's year-end figures show that the registered population fell from
1,987,717 at the end of 2023 to 1,559,964 at the end of 2024, a decline of 12
percent. It was the largest annual fall in many years.

## Reasons

The main reasons were the climate created by the expulsion of undocumented
foreigners, delays in renewing Proof of Registration cards, and a hardening of
attitudes among landlords and employers. Some families also chose to go back
after relatives reported that they had been able to resettle in their home
districts.

## Who left

Aid workers describe a wide mix: young men looking for work, elderly people
who wanted to return to their villages, and families with children who had
never lived in Afghanistan. Women-headed households were among the most
reluctant to leave, given restrictions on women's work and education in
Afghanistan.

## Effects in Pakistan

In some host districts the departures left gaps in the labour market,
especially in construction, brick kilns and transport. Schools that had served
many Afghan pupils saw enrolment drop.

## Recommendations

1. Decide on card renewals well before expiry.
2. Ensure that any return is voluntary and informed.
3. Keep funding host communities, whose needs do not disappear when refugee
   numbers fall.
""", [{
    "kind": "arithmetic",
    "quotes": ["a decline of 12\npercent"],
    "explanation": "From 1,987,717 to 1,559,964 is a fall of 427,753, or 21.5 percent, not 12 percent.",
    "expected_values": {"from": 1987717, "from_period": "2023", "to": 1559964, "to_period": "2024",
                        "stated_change_pct": -12, "computed_change_pct": -21.52},
}])

# ------------------------------------------------------------------ garbled
doc("test_06_border_fence", """
# The Border Fence and Its Neighbours

Pakistan's fence along its border with Afghanistan is one of the largest
border construction projects in the region. It has changed daily life for
people who used to cross freely between villages on both sides.

## The project

Work on the fence began in 2017. Pakistan presents it as a security measure to
stop militants and smugglers. Afghan governments, both before and after 2021,
have objected to it because they do not recognise the line as an international
border. The fence has made informal crossings much harder for families whose
relatives, land and grazing grounds lie on the other side. The fence has made
informal crossings much harder for families whose relatives, land and grazing
grounds lie on the other side.

## Local effects

Border communities once lived from small-scale trade, seasonal labour and
herding across the line. Many of these activities now need formal documents
and must use official crossings, which may be far away. Traders in Bajaur and
Kurram say their incomes have fallen.

## Security effects

Security officials credit the fence with reducing infiltration, but militant
attacks in the border districts rose in 2023. Fencing alone cannot stop
violence that is organised on both sides.

## Recommendations

- Open more local crossing points for border residents, with simple passes.
- Consult tribal elders on the location of gates.
- Set up a joint mechanism to handle disputes over fencing work near the line.
""", [{
    "kind": "garbled",
    "quotes": ["The fence has made informal crossings much harder for families whose\nrelatives, land and grazing grounds lie on the other side. The fence has made\ninformal crossings much harder for families whose relatives, land and grazing\ngrounds lie on the other side."],
    "explanation": "One sentence is repeated verbatim, one copy straight after the other.",
    "expected_values": {"repeated_sentence": "The fence has made informal crossings much harder for families whose relatives, land and grazing grounds lie on the other side.",
                        "occurrences": 2},
}])

doc("test_07_refugees_2022", """
# Registered Refugees in 2022: A Year of Growth

The year after the change of government in Kabul brought a sharp increase in
the registered Afghan refugee population in Pakistan. This brief looks at the
figures and at the strain they placed on host areas.

## Figures

The registered population went from 1,743,278 at the end of 2022 to 1,743,278
at the end of 2022, the biggest annual change since the early 2000s. Most of
the new registrations were family members of existing card holders.

## Host areas under strain

In Peshawar, Quetta and the smaller towns near the border, rents rose and
schools became crowded. Local officials complained that they received no extra
budget to match the larger population, while international appeals for the
Afghan response were focused on needs inside Afghanistan.

## Tension and cooperation

Relations between refugees and hosts were mostly calm, helped by shared
language and family ties across the border. But economic hardship in Pakistan
made competition for jobs more visible, and political rhetoric against Afghans
grew sharper.

## Recommendations

- Direct part of international aid to host districts in Pakistan.
- Extend registration cards for longer periods to give families stability.
- Support schools in refugee-hosting areas with teachers and classrooms.
""", [{
    "kind": "garbled",
    "quotes": ["from 1,743,278 at the end of 2022 to 1,743,278\nat the end of 2022"],
    "explanation": "The change described starts and ends at the same value and the same year; the start should be the end-2021 figure (1,490,562).",
    "expected_values": {"start_value": 1743278, "end_value": 1743278, "start_period": "2022",
                        "end_period": "2022", "likely_intended_start": {"value": 1490562, "period": "2021"}},
}])

doc("test_08_exports_losing_ground", """
# Pakistan's Exports to Afghanistan Lose Ground

After a brief recovery, Pakistan's exports to Afghanistan weakened again. This
note looks at the trend over the last three years and at the competition
Pakistani exporters now face.

## Trend

Between 2024 and 2022 Pakistan's exports to Afghanistan slipped from USD 936
million to USD 884 million, despite a good year in between. Exporters of rice
and medicines held their position best; cement and steel suffered most.

## Competitors

Afghan importers have more choice than before. Iranian goods arrive through
Islam Qala and Milak, Central Asian flour and fuel come by rail through
Hairatan, and Chinese consumer goods reach Kabul by several routes. Pakistan
still has the advantage of distance and familiar brands, but its border is
seen as the least predictable.

## Causes of the weakness

Afghan buyers point to sudden Pakistani export bans, long waits at Torkham and
Chaman, and the deterioration in political relations after the expulsion of
undocumented Afghans. Payment problems add to the difficulties, as there is
still no formal banking channel between the two countries.

## Recommendations

1. Publish a list of goods exempt from export bans.
2. Keep crossings open during political disputes.
3. Create a rupee payment channel through licensed banks and exchange
   companies.
""", [{
    "kind": "garbled",
    "quotes": ["Between 2024 and 2022"],
    "explanation": "The period runs backwards; the figures describe a move from 936 (2022) to 884 (2024) USD million.",
    "expected_values": {"stated_period_start": "2024", "stated_period_end": "2022", "intended_period": "2022..2024"},
}])

# ------------------------------------------------------------------ number_reuse
doc("test_09_exports_imports_2024", """
# Bilateral Trade in 2024: A Difficult Year

Trade between Pakistan and Afghanistan suffered in 2024 from border closures,
the expulsion of Afghans from Pakistan and continuing payment problems. This
note reviews the year.

## Figures

Pakistan's exports to Afghanistan were valued at USD 884 million in 2024.
Imports from Afghanistan stood at USD 884 million the same year, with coal,
fruit and cotton again the main items.

## Closures

Torkham and Chaman were closed several times during the year, sometimes for
security reasons and sometimes because of disputes over documents for drivers
and traders. A new requirement for Afghan drivers to carry passports and visas
caused long queues at Chaman and protests by local transporters.

## Payments

Most trade was paid for in cash or through money changers. Pakistani banks
remained cautious about any transaction involving Afghanistan, fearing
penalties under sanctions rules, even though trade in ordinary goods is
allowed.

## Effects on traders

Small traders on both sides of the border were hit hardest. Many depend on a
few trucks a month and cannot survive long closures. Larger firms shifted
part of their business to other routes.

## Recommendations

- Set up a joint trade facilitation committee with a mandate to keep crossings
  open.
- Issue long-term multiple-entry documents to regular drivers and traders.
- Work with the central bank on clear guidance for banks handling trade with
  Afghanistan.
""", [{
    "kind": "number_reuse",
    "quotes": ["valued at USD 884 million in 2024", "stood at USD 884 million the same year"],
    "explanation": "The same value, USD 884 million, is given both for Pakistan's exports to Afghanistan and for its imports from Afghanistan in 2024; elsewhere in this set 2024 imports are USD 540 million.",
    "expected_values": {"value": 884, "unit": "USD million", "quantity_1": "PAK→AFG exports, 2024",
                        "quantity_2": "AFG→PAK imports (Pakistan's imports), 2024"},
}])

doc("test_10_checkpost_attacks", """
# Attacks on Border Posts in 2024

Militant attacks on security posts along the Afghan border continued at a high
level in 2024. This note reviews the pattern and what it means for relations
between Pakistan and Afghanistan.

## The numbers

In 2024 militants carried out 96 attacks on border posts and checkpoints in
Khyber Pakhtunkhwa and Balochistan, and 96 soldiers were killed in them. The
deadliest attacks took place in North Waziristan and in the Zhob area of
Balochistan.

## Claims and counter-claims

Pakistan holds that many attackers come from or are directed from Afghan
territory. The authorities in Kabul reject this and say they do not allow
anyone to use Afghan soil against other countries. Each major attack has been
followed by sharp statements, and in some cases by Pakistani air strikes inside
Afghanistan, which Kabul condemned.

## Effects on the border

Security incidents have led to temporary closures of crossings and to tighter
checks on people moving between the two countries. These measures hit border
communities, whose livelihoods depend on moving across the line.

## Recommendations

1. Restore regular contact between security officials of both countries,
   separate from political talks.
2. Investigate attacks jointly where possible, and share evidence.
3. Avoid using trade closures as a response to security incidents.
""", [{
    "kind": "number_reuse",
    "quotes": ["96 attacks on border posts", "96 soldiers were killed"],
    "explanation": "The number 96 is used in one sentence for the count of attacks and for the count of soldiers killed, two different quantities.",
    "expected_values": {"value": 96, "quantity_1": "attacks on border posts, 2024",
                        "quantity_2": "soldiers killed in those attacks, 2024"},
}])

# ------------------------------------------------------------------ direction
doc("test_11_imports_2024", """
# Imports from Afghanistan in 2024

Afghanistan's exports to Pakistan depend on a few products and are easily
disrupted. This note looks at how they fared in 2024.

## Figures

Pakistan's imports from Afghanistan grew to USD 540 million in 2024, up from
USD 690 million in 2023. Coal shipments were the main reason, as Pakistani
plants bought more from overseas suppliers once world prices had fallen.

## Fruit and vegetables

Fresh produce had a mixed year. Grapes and pomegranates from Kandahar reached
Pakistani markets in good volumes, but several closures at Chaman during the
harvest caused heavy losses. Growers say that a single closed week in autumn
can wipe out a season's profit.

## Cotton

Afghan cotton remained in demand among spinning mills in Punjab, but volumes
were limited by poor harvests in the north of Afghanistan.

## Structural problems

Afghan exporters face high costs at the border, including fees for loading and
unloading, weighing and inspection. They also face uncertainty about Pakistani
tariffs and sanitary rules, which change often and without notice.

## Recommendations

- Agree a stable list of sanitary and plant health requirements.
- Set up fast lanes for perishable goods at both main crossings.
- Encourage processing in Afghanistan so that exports rely less on coal.
""", [{
    "kind": "direction",
    "quotes": ["grew to USD 540 million in 2024, up from\nUSD 690 million in 2023"],
    "explanation": "The text says imports 'grew' and were 'up', but they fell from 690 to 540 USD million (-21.7 percent).",
    "expected_values": {"from": 690, "from_period": "2023", "to": 540, "to_period": "2024",
                        "stated_direction": "rise", "actual_direction": "fall", "change_pct": -21.74,
                        "unit": "USD million"},
}])

doc("test_12_refugees_2021_2022", """
# After the Fall of Kabul: Refugee Registration in Pakistan

The months after August 2021 changed the profile of Afghans in Pakistan. This
brief sets out what the registration figures show and what they miss.

## The registered population

The registered population declined from 1,490,562 at the end of 2021 to
1,743,278 at the end of 2022, according to UNHCR. Part of the change came from
the registration of family members and of children born in Pakistan; part
reflected new arrivals who managed to obtain documents.

## Who is not counted

Registration figures leave out large groups: holders of Afghan Citizen Cards,
people with expired visas and those without any document. Many of the people
most at risk after 2021, including former officials, journalists and women
activists, fall into these groups.

## Risks

People without registration face arrest, detention and deportation. Their
children find it hard to enrol in school, and adults cannot work legally or
open bank accounts. These risks grew sharply when Pakistan began expelling
undocumented foreigners in late 2023.

## Recommendations

1. Open a registration window for people who arrived after August 2021.
2. Give UNHCR access to detention centres holding Afghans.
3. Coordinate with resettlement countries on faster processing for people at
   high risk.
""", [{
    "kind": "direction",
    "quotes": ["declined from 1,490,562 at the end of 2021 to\n1,743,278 at the end of 2022"],
    "explanation": "The text says the population declined, but it rose by 252,716 (16.9 percent) between the two year-ends.",
    "expected_values": {"from": 1490562, "from_period": "2021", "to": 1743278, "to_period": "2022",
                        "stated_direction": "fall", "actual_direction": "rise", "change": 252716,
                        "change_pct": 16.95},
}])

# ------------------------------------------------------------------ scope
doc("test_13_transit_agreement", """
# Reviving the Transit Agreement

Afghanistan has no coastline, and most of its overseas trade has long passed
through Pakistan. The rules for that transit are therefore central to
relations between the two countries.

## The agreement

The transit accord between Afghanistan and Tajikistan, signed in 2010, lets
Afghan trucks carry goods through Pakistani territory to Karachi, Port Qasim
and Gwadar, and in principle as far as the Wagah crossing. In return,
Pakistani trucks were meant to gain access to Central Asian markets through
Afghanistan, but that part of the bargain has never worked well.

## Problems

Pakistani officials complain that goods declared as transit cargo are often
sold inside Pakistan without duty. To stop this, Pakistan has added lists of
banned items, bank guarantees and extra inspections. Afghan traders reply that
these measures make the route slow and expensive and push trade toward Iran
and Central Asia.

## A wider corridor

Tajikistan, Uzbekistan and other Central Asian states are interested in using
Pakistani ports through Afghanistan, and talks on a trans-Afghan railway have
continued. Such plans depend on stable relations between Islamabad and Kabul.

## Recommendations

- Replace blanket bans with risk-based controls and electronic tracking.
- Set up a joint review of the agreement with clear deadlines.
- Protect transit traffic from closures linked to unrelated disputes.
""", [{
    "kind": "scope",
    "quotes": ["between Afghanistan and Tajikistan"],
    "explanation": "The transit agreement discussed (Afghan trucks through Pakistani territory, signed in 2010) is between Afghanistan and Pakistan; the text names Tajikistan as Afghanistan's partner. The later mention of Tajikistan as an interested Central Asian state is correct.",
    "expected_values": {"pair": ["AFG", "PAK"], "named_pair": ["AFG", "TJK"], "third_country": "TJK",
                        "not_a_defect": "Tajikistan, Uzbekistan and other Central Asian states"},
}])

doc("test_14_militancy_cooperation", """
# Militancy Across the Durand Line: Options for Cooperation

Militant violence in Pakistan's border provinces has become the biggest
obstacle to better relations with Afghanistan. This note sets out options for
practical cooperation between the two governments.

## The problem

Pakistan says that militants use Afghan territory to rest, train and plan
attacks, and that the authorities in Kabul tolerate them. Kabul rejects the
charge. The dispute has led to angry statements, closures of the crossings
and, at times, Pakistani strikes inside Afghanistan.

## What has been tried

Talks between officials have produced promises but few results. Intelligence
sharing between Pakistan and China on militants crossing the Durand Line has
been discussed at several meetings, yet neither side has agreed on what
information to exchange or how to verify it. Mediation by third parties has
opened channels but has not changed behaviour.

## Options

1. A joint commission, with representatives of both countries' security
   agencies, that meets monthly and reviews specific incidents.
2. Agreed procedures for handing over suspects, with safeguards against abuse.
3. Economic incentives: trade concessions tied to verified steps against armed
   groups.
4. Community engagement in border districts, where local elders can help
   prevent recruitment.

## Conclusion

None of these steps is easy, and all require political will in both capitals.
Without them, the cycle of attacks, accusations and closures is likely to
continue.
""", [{
    "kind": "scope",
    "quotes": ["between Pakistan and China"],
    "explanation": "The intelligence sharing discussed concerns militants crossing the Durand Line, that is between Pakistan and Afghanistan; the text names China as Pakistan's counterpart.",
    "expected_values": {"pair": ["PAK", "AFG"], "named_pair": ["PAK", "CHN"], "third_country": "CHN"},
}])

# ------------------------------------------------------------------ citation
doc("test_15_hosting_cited_2022", """
# Refugee Hosting in Pakistan in 2022

The first full year after the Taliban's return to power tested Pakistan's
capacity to host Afghans. This note reviews the situation at the end of 2022.

## The registered population

Pakistan hosted 1,473,278 registered Afghan refugees at the end of 2022
(UNHCR, 2022). Alongside them lived holders of Afghan Citizen Cards and an
unknown number of people without documents, many of them recent arrivals.

## Services

Refugees rely mostly on public schools and hospitals, which they share with
local residents. UNHCR and partner agencies support some of these facilities,
but funding has not kept up with needs. Refugee children are more likely to be
out of school than Pakistani children, especially girls.

## Livelihoods

Most working refugees are in the informal sector: daily labour, small trade,
transport and domestic work. Restrictions on owning property and opening bank
accounts keep many in poverty and make them easy to exploit.

## Outlook

Economic pressure in Pakistan and political debate about Afghans were already
rising at the end of 2022. Those trends foreshadowed the expulsion campaign
that began the following year.

## Recommendations

- Allow registered refugees to open bank accounts and own small businesses.
- Fund schools and clinics in host districts through multi-year grants.
- Improve data on Afghans who are not registered, so that their needs can be
  planned for.
""", [{
    "kind": "citation",
    "quotes": ["1,473,278 registered Afghan refugees at the end of 2022\n(UNHCR, 2022)"],
    "explanation": "The cited UNHCR year-end figure for 2022 is 1,743,278; the text swaps digits and gives 1,473,278.",
    "expected_values": {"stated": 1473278, "reference": 1743278, "indicator": "refugees.registered",
                        "subject": "PAK", "period": "2022", "cited_source": "UNHCR, 2022"},
}])

doc("test_16_hosting_cited_2024", """
# Registered Refugees at the End of 2024

After a year of expulsions and uncertainty, this note takes stock of the
registered Afghan refugee population in Pakistan and of the choices facing the
government.

## The figure

Pakistan hosted 1,959,964 registered Afghan refugees at the end of 2024
(UNHCR, 2024). Many of them held Proof of Registration cards whose validity had
been extended several times, each time for a short period.

## Pressures

Refugees reported more frequent police checks and demands for documents at
work, in rented housing and at schools. Some employers stopped hiring Afghans
altogether for fear of fines. Families with members holding different
documents faced the risk of being split up if some members were deported.

## Returns

Many Afghans returned during 2024, some voluntarily and many under pressure.
Reception in Afghanistan was difficult: returnees arrived in provinces with few
jobs and weak services, and women and girls faced severe restrictions.

## Choices for Pakistan

Pakistan can continue with short extensions and periodic pressure, or it can
adopt a stable, multi-year policy that distinguishes clearly between
registered refugees, other documented Afghans and people without status. The
second option would reduce uncertainty for refugees, for employers and for the
officials who must apply the rules.

## Recommendations

1. Extend registration cards for at least two years at a time.
2. Publish clear criteria for who may stay and on what terms.
3. Work with UNHCR and donors on a joint plan for voluntary, dignified return.
""", [{
    "kind": "citation",
    "quotes": ["1,959,964 registered Afghan refugees at the end of 2024\n(UNHCR, 2024)"],
    "explanation": "The cited UNHCR year-end figure for 2024 is 1,559,964, not 1,959,964.",
    "expected_values": {"stated": 1959964, "reference": 1559964, "indicator": "refugees.registered",
                        "subject": "PAK", "period": "2024", "cited_source": "UNHCR, 2024"},
}])

# ------------------------------------------------------------------ controls
doc("test_17_trade_2019_2020", """
# The Pandemic Year: Pakistan-Afghanistan Trade in 2020

The COVID-19 pandemic closed borders across the region in 2020. Trade between
Pakistan and Afghanistan was no exception, and the effects were uneven.

| Year | Pakistan's exports (USD million) | Pakistan's imports (USD million) | Total | Balance |
|---|---|---|---|---|
| 2019 | 1,290 | 441 | 1,731 | 849 |
| 2020 | 942 | 509 | 1,451 | 433 |
| **2019-2020** | **2,232** | **950** | **3,182** | **1,282** |

## Exports

Pakistan's exports fell from USD 1,290 million in 2019 to USD 942 million in
2020, a fall of 27 percent. Closures at Torkham and Chaman in the spring of
2020 stopped most shipments for weeks, and Afghan demand weakened as incomes
dropped.

## Imports

Imports rose from USD 441 million in 2019 to USD 509 million in 2020, an
increase of 15 percent. Afghan fruit, vegetables and coal kept moving once
trucks were allowed through, and Pakistani buyers valued a nearby source during
the disruption of sea freight.

## Balance

Pakistan's surplus narrowed sharply. In 2020, exports of USD 942 million
against imports of USD 509 million left a surplus of USD 433 million, about
half the 2019 level.

## Lessons

The pandemic showed that the crossings can be kept open for goods even when
movement of people is restricted. Special lanes for trucks, testing of
drivers and longer opening hours helped trade recover in the second half of
the year. These arrangements could serve as a model for managing future
crises, including security-related closures.
""")

doc("test_18_imports_by_crossing", """
# Where Afghan Goods Enter Pakistan

This note looks at the routes taken by Pakistan's imports from Afghanistan in
2023 and at the products that use them.

## By crossing

| Crossing | Imports, 2023 (USD million) |
|---|---|
| Torkham | 384 |
| Chaman | 221 |
| Ghulam Khan | 61 |
| Angoor Adda | 24 |
| **Total** | **690** |

Torkham handles more than half of the value, mostly coal and produce bound for
Peshawar and Punjab. Chaman serves Quetta and Karachi and carries most of the
fruit from Kandahar.

## By product

Coal accounted for 52 percent of the value, fruit 22 percent, vegetables 12
percent, cotton 8 percent and other goods 6 percent.

## Trend and balance

Imports rose from USD 552 million in 2021 to USD 690 million in 2023, an
increase of 25 percent. With exports of USD 1,012 million in 2023, Pakistan's
surplus with Afghanistan that year was USD 322 million.

## Transit from Central Asia

Some goods recorded as coming from Afghanistan start their journey further
north. Cotton from Uzbekistan and fuel from Turkmenistan sometimes pass through
Afghanistan on their way to Pakistan, although most such cargo is recorded as
transit rather than as Afghan exports.

## Recommendations

- Improve the recording of transit goods so that bilateral figures are not
  distorted.
- Build cold storage near Chaman for the fruit season.
- Extend opening hours at Ghulam Khan and Angoor Adda.
""")

doc("test_19_returns_funding", """
# Funding the Response to Returns from Pakistan

Since late 2023, agencies in Afghanistan have received large numbers of people
returning from Pakistan. This note reviews the funding for that response.

## Context

UNHCR's year-end figures show the registered refugee population in Pakistan
falling from 1,987,717 in 2023 to 1,559,964 in 2024. Undocumented returns were
larger still, and the combined flow overwhelmed reception sites in Nangarhar
and Kandahar.

## Funding received

The table shows the funds received for the border response in 2024, by
sector.

| Sector | Received (USD million) |
|---|---|
| Shelter | 38 |
| Food and cash | 41 |
| Health | 17 |
| Protection | 9 |
| Transport and reception | 7 |
| **Total** | **112** |

Against an appeal of USD 250 million, the response received USD 112 million,
leaving a gap of USD 138 million. Funding for shelter rose from USD 21 million
in 2023 to USD 38 million in 2024, an increase of 81 percent, but needs grew
faster.

## Trade and livelihoods

Returnees need work, and cross-border trade could provide some of it. In 2022,
before relations worsened, exports of USD 936 million and imports of USD 741
million left Pakistan with a surplus of USD 195 million; since then the trade
has become less predictable.

## Recommendations

1. Donors should fund the response for at least a year ahead.
2. Agencies should give cash rather than goods where markets work.
3. Pakistan and Afghanistan should agree on an orderly pace of return.
""")

doc("test_20_fence_and_incidents", """
# Border Security in 2023: Incidents by Quarter

Pakistan completed most of its border fence before 2023, yet violence in the
border districts increased during the year. This note looks at the quarterly
pattern.

| Quarter, 2023 | Security incidents |
|---|---|
| January-March | 88 |
| April-June | 97 |
| July-September | 109 |
| October-December | 124 |
| **Year** | **418** |

Incidents rose in every quarter. They rose from 88 in the first quarter of 2023
to 124 in the fourth quarter, an increase of 41 percent.

## Interpretation

The rise suggests that the fence has not cut off the supply of fighters and
weapons, or that much of the violence is organised on the Pakistani side of
the line. Both explanations point to the need for cooperation with the
authorities in Kabul rather than for barriers alone.

## Regional comparison

Other neighbours of Afghanistan, such as Iran and Turkmenistan, have also
fortified parts of their borders. None of them faces violence on the scale
seen in Pakistan's border districts.

## Trade under pressure

Security concerns have weighed on commerce. In 2024, Pakistan's exports to
Afghanistan of USD 884 million and imports of USD 540 million gave a surplus of
USD 344 million, while total trade stayed below the levels of the mid-2010s.

## Recommendations

- Combine physical barriers with regular security talks with Kabul.
- Protect border communities from both militants and heavy-handed operations.
- Publish incident data by quarter and district.
""")

doc("test_21_hosting_cited_2020_2021", """
# Refugee Hosting in Pakistan, 2020-2021

This brief compares the registered Afghan refugee population in Pakistan at
the end of 2020 and 2021, years in which the pandemic and then the change of
government in Kabul shaped movement across the border.

## Figures

Pakistan hosted 1,438,432 registered Afghan refugees at the end of 2020
(UNHCR, 2020). At the end of 2021 the figure was 1,490,562 (UNHCR, 2021). The
population rose from 1,438,432 in 2020 to 1,490,562 in 2021, an increase of
52,130, or 3.6 percent.

## Context

During 2020, border closures linked to the pandemic limited movement in both
directions, and few refugees returned to Afghanistan. In 2021, the collapse of
the previous Afghan government produced a new wave of departures from
Afghanistan, but most new arrivals in Pakistan were not registered by the end
of the year.

## Why the small change matters

The modest increase in registered numbers hides a larger change on the ground.
Tens of thousands of Afghans arrived without registration and lived in legal
uncertainty. Registration figures alone therefore understate the needs that
host communities and agencies faced.

## Recommendations

- Count and profile unregistered arrivals, with safeguards for personal data.
- Give newly arrived people at risk a temporary legal status while their cases
  are reviewed.
- Support host districts with funding linked to the total Afghan population,
  not only the registered one.
""")

doc("test_22_hosting_cited_2022_2024", """
# Three Years of Change: Registered Refugees in Pakistan, 2022-2024

Between 2022 and 2024 the registered Afghan refugee population in Pakistan rose
to a peak and then fell below its earlier level. This note follows the change
through UNHCR's year-end figures.

## Figures

Pakistan hosted 1,743,278 registered Afghan refugees at the end of 2022
(UNHCR, 2022). The number reached 1,987,717 at the end of 2023 (UNHCR, 2023)
and stood at 1,559,964 at the end of 2024 (UNHCR, 2024).

The population rose from 1,743,278 in 2022 to 1,987,717 in 2023, an increase of
14 percent. It then fell by 427,753 during 2024, ending the period about 11
percent below its 2022 level.

## Explaining the swing

The rise in 2023 reflected registration of family members and some recent
arrivals. The fall in 2024 reflected the climate created by the expulsion of
undocumented foreigners, delays in card renewals and decisions by some
families to return.

## Implications

Sharp swings make planning hard for schools, clinics and aid agencies on both
sides of the border. They also show how much the registered population depends
on administrative decisions in Pakistan, not only on conditions in
Afghanistan.

## Recommendations

1. Adopt a multi-year policy on registration cards.
2. Share planning data between Pakistani authorities, UNHCR and agencies in
   Afghanistan.
3. Tie any return programme to clear standards of safety and voluntariness.
""")
