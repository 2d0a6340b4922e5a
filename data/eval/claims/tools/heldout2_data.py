# Second held-out set of synthetic documents ("heldout2").  Written from
# scratch after heldout/, by a labeller who had not opened dyad's
# implementation and had not seen any of its results.
# Every entry: name (topic slug, numbered later by build_heldout2.py), text,
# labels (list of defect dicts), control_type for controls.
# Spelling alternates on purpose between British and American usage.

HELDOUT2 = []


def doc(name, text, labels=(), control_type=None):
    HELDOUT2.append({"name": name, "text": text.strip() + "\n", "labels": list(labels),
                     "control_type": control_type})


PAIR = ["PAK", "AFG"]

# =================================================================== text_vs_table

doc("sales_pickup_2022", """
# Pakistan's Sales to Afghanistan Picked Up in 2022

After two weak years, Pakistan's sales to Afghanistan picked up in 2022 (USD 963m),
helped by steady demand for rice, flour and medicines in Kabul and Kandahar. The
recovery was modest, but it came when many observers expected the Afghan market to
shrink further under sanctions and a frozen banking system.

Table 1: Pakistan–Afghanistan trade, USD million

| Year | Exports | Imports | Total |
|---|---|---|---|
| 2020 | 942 | 509 | 1,451 |
| 2021 | 828 | 552 | 1,380 |
| 2022 | 936 | 741 | 1,677 |

## A jump in coal

Imports from Afghanistan grew faster than exports. They rose from USD 552m in 2021 to
USD 741m in 2022, a jump of 34 percent, as Pakistani cement makers and power producers
switched to Afghan coal, which could be paid for in rupees and trucked across Torkham
within days. Two-way trade reached USD 1,677m, up 21.5 percent on the previous year.

## Limits of the recovery

Even in 2022, exports stayed well below their 2019 level. Afghan buyers struggled to
move money, and many deals were settled in cash through money changers in Peshawar.
Pakistani exporters also ran into sudden bans on shipping wheat flour and sugar,
imposed to protect domestic supplies, which cost them customers they had served for
decades.

## What Islamabad can do

- Announce export restrictions on staples at least three months in advance.
- Allow exporters to invoice Afghan buyers in rupees through licensed banks.
- Publish customs data by crossing each month, so that traders can plan.
""", [{
    "kind": "text_vs_table",
    "quotes": ["picked up in 2022 (USD 963m)", "| 2022 | 936 | 741 | 1,677 |"],
    "explanation": "The opening sentence gives Pakistan's 2022 exports to Afghanistan as USD 963m (in parentheses); Table 1, with years as rows, gives 936 USD million for the same flow and year (two digits swapped). The table value fits the set's series and the table's own total (936 + 741 = 1,677).",
    "expected_values": {"text_value": 963, "table_value": 936, "unit": "USD million",
                        "subject": "PAK→AFG exports", "period": "2022"},
}])

doc("afghan_shipments_2021_2024", """
# Afghan Coal and Fruit: Shipments to Pakistan Since 2021

Afghanistan's sales to Pakistan have become one of the few reliable sources of income
for an economy cut off from most foreign finance. This paper summarises their course
since the change of government in Kabul in August 2021.

Table 1: Goods trade by direction, USD million

| Flow | 2021 | 2022 | 2023 | 2024 |
|---|---|---|---|---|
| Pakistan to Afghanistan | 828 | 936 | 1,012 | 884 |
| Afghanistan to Pakistan | 552 | 741 | 690 | 540 |

## Coal leads the way

Afghan shipments to Pakistan were worth over USD 0.8bn in 2022, the best year of the
period, as Pakistani buyers sought an alternative to imported coal priced in dollars.
The boom did not last. Shipments eased to USD 0.69bn in 2023 and fell to USD 0.54bn in
2024, when Pakistan raised duties and the two governments quarrelled over security.

## Fruit and vegetables

Fresh produce is a steadier line of business. Grapes, pomegranates, melons and onions
cross Torkham and Chaman in season, though a closure of even a few days can leave a
whole consignment unsellable and a grower without a harvest's income.

## The other direction

Pakistan's own sales to Afghanistan peaked in 2023 at just over USD 1bn, then slipped
back to USD 884m. Pakistani exporters have kept a surplus in every year of the period.

## Recommendations

1. Agree a tariff schedule for Afghan coal and fruit that holds for at least a year.
2. Build cold storage at Torkham and Chaman and give perishables a priority lane.
3. Settle quarrels over security through channels that do not shut the crossings to
trade.
""", [{
    "kind": "text_vs_table",
    "quotes": ["were worth over USD 0.8bn in 2022",
               "| Afghanistan to Pakistan | 552 | 741 | 690 | 540 |"],
    "explanation": "The text says Afghan shipments to Pakistan (Pakistan's imports from Afghanistan) were worth over USD 0.8bn (more than 800 USD million) in 2022; the table, with years as columns, gives 741 USD million for the same flow and year. 'Over' cannot cover a value 59 million below the stated floor. The text's 2023 and 2024 figures (0.69bn, 0.54bn) agree with the table.",
    "expected_values": {"text_value": 800, "text_hedge": "over", "text_as_written": "USD 0.8bn",
                        "table_value": 741, "unit": "USD million",
                        "subject": "AFG→PAK exports (Pakistan's imports)", "period": "2022"},
}])

doc("closure_days_2024", """
# Days Lost: Border Closures in 2024

## Key figures

- Torkham was shut for 61 days in 2024, longer than any other crossing.
- Pakistan's exports to Afghanistan fell to USD 884m, from USD 1,012m in 2023.
- Imports from Afghanistan dropped to USD 540m (USD 690m in 2023).

## Closures by crossing

Table 1: Days closed to cargo traffic, 2024

| Crossing | Days closed |
|---|---|
| Torkham | 46 |
| Chaman | 31 |
| Ghulam Khan | 22 |
| Angoor Adda | 17 |

Most closures followed exchanges of fire between the two border forces or arguments
over construction near the frontier; a few were ordered after attacks on convoys. At
Chaman the stoppages came on top of the passport-and-visa rule introduced in late
2023, which ended crossings on local identity cards for residents of the border
districts.

## What a closed day costs

A closure strands hundreds of trucks on the approach roads. Drivers pay for food and
parking; perishable cargo rots; Afghan buyers cancel orders and look elsewhere.
Customs collections stop at the same moment, and porters paid by the day lose their
only income. None of these costs is recorded in one place.

## Recommendations

- Keep cargo lanes open while security incidents are investigated.
- Give the two border forces a hotline that is staffed around the clock.
- Report closure days by crossing every month, in both countries.
""", [{
    "kind": "text_vs_table",
    "quotes": ["Torkham was shut for 61 days in 2024", "| Torkham | 46 |"],
    "explanation": "The key-figures bullet says Torkham was closed for 61 days in 2024; Table 1 gives 46 days closed to cargo at Torkham in 2024. Same crossing, same year, two values.",
    "expected_values": {"text_value": 61, "table_value": 46, "unit": "days",
                        "subject": "Torkham closure days", "period": "2024"},
}])

doc("torkham_duty_rupees", """
# Customs Duty at Torkham: Rupees Collected, Rupees Lost

Torkham is not only Pakistan's busiest crossing into Afghanistan; it is also a
significant source of customs revenue for the federal government. This note looks at
collections over three fiscal years and at what the closures of 2023 and 2024 have
cost the exchequer.

Table 2: Customs duty collected at Torkham, Rs billion

| Fiscal year | Duty collected |
|---|---|
| FY2021-22 | 31.4 |
| FY2022-23 | 35.8 |
| FY2023-24 | 29.6 |

## The peak and the fall

Collections peaked at Rs 38.5bn in FY2022-23, when Afghan coal imports were at their
height and duty was charged on every tonne. They fell back to Rs 29.6bn in FY2023-24
as trade slowed, the crossing closed for weeks at a time, and Pakistan's tighter rules
on Afghan transit goods shifted some cargo to other routes.

## Where the revenue goes

Duty collected at Torkham is paid into the federal pool; Khyber Pakhtunkhwa, the
province that bears most of the wear and tear from the traffic, receives only its
share under the finance award. Local councils in Landi Kotal and Jamrud have long
argued that part of the money should pay for roads, drainage and lorry parks along the
Peshawar–Torkham highway.

## Leakage

Officials privately estimate that under-invoicing and smuggling cost the state nearly
as much as it collects, although no firm figure has been published.

## Recommendations

1. Publish monthly collections at each crossing.
2. Earmark a share of Torkham duty for the highway and for facilities at the crossing.
3. Install scanners and electronic weighbridges to curb under-invoicing.
""", [{
    "kind": "text_vs_table",
    "quotes": ["peaked at Rs 38.5bn in FY2022-23", "| FY2022-23 | 35.8 |"],
    "explanation": "The text puts Torkham customs collections in FY2022-23 at Rs 38.5bn; Table 2 (caption: Rs billion, fiscal years as rows) gives 35.8 for the same year. The amount is in rupees and is not converted anywhere.",
    "expected_values": {"text_value": 38.5, "table_value": 35.8, "unit": "PKR billion",
                        "subject": "customs duty collected at Torkham", "period": "FY2022-23"},
}])

# =================================================================== arithmetic

doc("exports_four_years_total", """
# Four Years of Exports to Afghanistan, 2021–2024

Since August 2021, Pakistani exporters have had to sell into a market under sanctions,
with a central bank cut off from the international payment system. This brief shows
how their sales held up.

Table 1: Pakistan's exports to Afghanistan, USD million

| Year | Exports |
|---|---|
| 2021 | 828 |
| 2022 | 936 |
| 2023 | 1,012 |
| 2024 | 884 |
| Total, 2021–2024 | 3,560 |

## The pattern

Sales rose in 2022 and again in 2023, when they passed USD 1bn for the first time since
2019. Then came a slide of almost 13 percent in 2024, to USD 884m, the result of
repeated closures at Torkham, new document rules at Chaman and a cooling of relations
between Islamabad and Kabul.

## What sells

Rice, wheat flour, medicines, cement and cooking oil make up the bulk of the trade. For
most of these goods Pakistan has the advantage of distance: a truck leaving Peshawar in
the morning can unload in Kabul the same evening when the road is open. That advantage
vanishes when the crossings close, and Afghan importers then turn to suppliers in Iran
and Central Asia, some of whom they keep.

## Recommendations

- Create a fast lane at Torkham for exporters with a clean compliance record.
- Give exporters at least three months' notice of any export ban.
- Open talks with Kabul on a rupee payment channel through licensed banks.
- Track market share in Afghanistan against Iranian and Central Asian rivals every
year.
""", [{
    "kind": "arithmetic",
    "quotes": ["| Total, 2021–2024 | 3,560 |"],
    "explanation": "The years in Table 1 add up to 3,660 USD million (828 + 936 + 1,012 + 884), not to the stated four-year total of 3,560.",
    "expected_values": {"stated_total": 3560, "sum_of_parts": 3660, "difference": -100,
                        "parts": {"2021": 828, "2022": 936, "2023": 1012, "2024": 884},
                        "unit": "USD million"},
}])

doc("trade_account_2022", """
# The 2022 Trade Account

The first full year of Taliban rule brought a partial recovery in trade across the
Durand Line, but a smaller surplus for Pakistan. This note sets out the 2022 account and
the reasons for the change.

## The account

In 2022 Pakistan's exports to Afghanistan were USD 936m; its imports, USD 741m; its
surplus, USD 295m. Two-way trade came to nearly USD 1.7bn, the highest since 2019.

## Why imports grew faster

Afghan coal was the main story. With world prices soaring after February 2022,
Pakistani cement plants and brick kilns bought Afghan coal in bulk and paid in rupees;
Afghan sellers, for their part, welcomed a customer that did not insist on dollars.
Fruit, vegetables and cotton added to the flow.

## Why exports lagged

Pakistani exporters faced buyers short of cash, payments routed through informal
dealers, and abrupt bans on flour and sugar shipments at home. Several large Afghan
importers switched to Iranian and Uzbek suppliers during the year and did not come
back.

## Implications

A smaller surplus is not in itself a problem; trade that runs both ways gives each
side a stake in keeping the crossings open. But Pakistan's exporters need predictable
rules if they are to hold on to the customers they still have, and Afghan sellers need
duties that do not change from one month to the next.

## Recommendations

1. Fix the duty on Afghan coal for a full year at a time.
2. Announce any export ban on food staples well in advance.
3. Set up a joint body of the two countries' chambers of commerce to settle payment
disputes.
""", [{
    "kind": "arithmetic",
    "quotes": ["its surplus, USD 295m"],
    "explanation": "In the semicolon-joined sentence, exports of USD 936m minus imports of USD 741m give a surplus of USD 195m, not USD 295m.",
    "expected_values": {"exports": 936, "imports": 741, "stated_balance": 295,
                        "computed_balance": 195, "unit": "USD million", "period": "2022"},
}])

doc("export_basket_2024", """
# What Pakistan Sells to Afghanistan: The 2024 Basket

Pakistan's exports to Afghanistan came to USD 884m in 2024, a fall from USD 1,012m the
year before. The total hides large differences between products, and this brief looks
at the basket in more detail.

## Composition

By value, rice made up 27 percent of the 2024 total; wheat flour, 18 percent;
medicines, 16 percent; cement, 12 percent; fruit and vegetables, 14 percent; and
everything else, 21 percent. Rice has been the most valuable single item for several
years, helped by Afghan demand for both basmati and coarse grades.

## Winners and losers

Medicine sales held up well, because Afghan pharmacies rely on Pakistani generics that
are cheap and familiar to doctors. Flour was hit hardest: repeated bans and price
controls at home made Pakistani millers unreliable suppliers, and flour milled in
Kazakhstan, railed through Uzbekistan, took much of the market.

## Why it matters

Each product line supports a different constituency in Pakistan: rice growers in Punjab
and Sindh, millers in Peshawar, drug makers in Lahore and Karachi, cement plants in
Khyber Pakhtunkhwa. A measure that blocks one line to hold down prices at home can cost
another group its foreign customers.

## Recommendations

- Publish export data by product and by crossing every quarter.
- Consult exporters before imposing export bans.
- Help pharmaceutical firms register their products with the Afghan authorities.
""", [{
    "kind": "arithmetic",
    "quotes": ["rice made up 27 percent of the 2024 total; wheat flour, 18 percent;"
               " medicines, 16 percent; cement, 12 percent; fruit and vegetables, 14 percent;"
               " and everything else, 21 percent"],
    "explanation": "The product shares of Pakistan's 2024 exports to Afghanistan, given in semicolon-joined clauses and closed with 'everything else', add up to 108 percent (27 + 18 + 16 + 12 + 14 + 21).",
    "expected_values": {"shares_pct": {"rice": 27, "wheat flour": 18, "medicines": 16,
                                       "cement": 12, "fruit and vegetables": 14,
                                       "everything else": 21},
                        "sum_pct": 108},
}])

doc("register_growth_2023", """
# A Growing Register: 2022 to 2023

The number of Afghans registered as refugees in Pakistan kept growing in the two years
after August 2021, even though Pakistan never opened a general registration for new
arrivals.

## The figures

Pakistan's register grew from 1,743,278 at end-2022 to 1,987,717 at end-2023, a rise
of 24 per cent. The increase of 244,439 people came mainly from the recording of
children born to registered parents and of family members who had not been listed
before.

## Behind the numbers

Registration is not the same as arrival. Many of the Afghans who crossed into Pakistan
after the fall of Kabul hold visas that have expired, or no papers at all, and are not
on the register. Estimates of their number vary widely, and the government has not
published its own.

## The shadow of the October order

In October 2023 Pakistan ordered undocumented foreigners to leave. Registered refugees
were formally exempt, but police checks and pressure from landlords reached them too,
and by the end of the year some registered families had begun to sell their belongings
and prepare to go.

## Recommendations

1. Publish registration data every quarter, by province and by age group.
2. Give registered refugees written assurance that removal drives do not apply to them.
3. Fund schools and clinics in host districts in line with the size of the registered
population.
""", [{
    "kind": "arithmetic",
    "quotes": ["a rise of 24 per cent"],
    "explanation": "From 1,743,278 to 1,987,717 is an increase of 244,439 (as the next sentence says), or 14.0 per cent, not 24 per cent.",
    "expected_values": {"from": 1743278, "from_period": "2022", "to": 1987717, "to_period": "2023",
                        "stated_change_pct": 24, "computed_change_pct": 14.02,
                        "unit": "people"},
}])

# =================================================================== garbled

doc("exports_scorecard_2021_2024", """
# Exports to Afghanistan: A Four-Year Scorecard

Pakistan's exporters have lived through a turbulent period in the Afghan market: a
change of regime, frozen reserves, long closures at the crossings and a bitter quarrel
between the two governments over militancy.

## The scorecard

Between 2024 and 2021, Pakistan's exports to Afghanistan rose from USD 828m to USD
884m, a modest gain of under 7 per cent. The path was uneven. Sales climbed to USD 936m
in 2022 and to USD 1,012m in 2023 before falling back in the final year.

## What drove the swings

Afghan demand for food and medicines stayed firm throughout, but Pakistani supply did
not. Export bans on flour and sugar, imposed at short notice, drove buyers to Kazakh and
Uzbek mills. Closures at Torkham and Chaman, some of them lasting weeks, cut lorries off
from their customers. The passport rule at Chaman, in force since November 2023, added
hours to every crossing for drivers and traders.

## Market share

Pakistan is still the nearest large supplier for eastern and southern Afghanistan, but
it is no longer the automatic choice. Iranian goods reach Herat and Kandahar by road;
Central Asian goods arrive by rail at Hairatan on the Amu Darya.

## Recommendations

- Draw up a list of staples that will be exempt from sudden export bans.
- Keep cargo lanes open during security incidents.
- Negotiate a multiple-entry visa for Afghan and Pakistani lorry drivers.
""", [{
    "kind": "garbled",
    "quotes": ["Between 2024 and 2021"],
    "explanation": "The period is written backwards in words: 'between 2024 and 2021' for a change that runs from 2021 (USD 828m) to 2024 (USD 884m), as the rest of the paragraph shows.",
    "expected_values": {"stated_period_start": "2024", "stated_period_end": "2021",
                        "intended_period": "2021..2024", "from": 828, "to": 884,
                        "unit": "USD million"},
}])

doc("imports_after_coal_boom", """
# Imports from Afghanistan After the Coal Boom

Pakistan's purchases from Afghanistan stood at USD 690 mn in 2023, compared to USD 690
mn in 2023, as the coal boom of the previous year faded. Lower world prices and a new
duty regime for Afghan coal made it less attractive to Pakistani cement makers and power
plants.

## The wider picture

Two-way trade still edged up in 2023, to USD 1,702 mn, because Pakistan's exports to
Afghanistan climbed to USD 1,012 mn. Pakistan's surplus widened to USD 322 mn.

## Coal and beyond

Coal accounted for most of the decline. Fruit, vegetables and cotton held steady, and a
few newer lines, such as talc and soapstone, grew from a small base. Afghan exporters
say that duties and delays at Torkham weigh on them more heavily than demand in
Pakistan, which remains strong for fresh produce in the winter months.

## Payments

Most Afghan sellers are paid in rupees, often through money changers rather than banks.
That arrangement suits both sides as long as the rupee is stable, but it leaves traders
exposed to fraud and to police raids on informal dealers in Peshawar and Quetta.

## Recommendations

1. Agree a duty schedule for Afghan coal that holds for a full year.
2. Create a green channel at Torkham and Chaman for perishable goods.
3. Open a formal payment route for rupee trade through licensed banks on both sides.
4. Publish monthly import data by product, so that the effect of duty changes can be
seen quickly.
""", [{
    "kind": "garbled",
    "quotes": ["USD 690 mn in 2023, compared to USD 690 mn in 2023"],
    "explanation": "The comparison sets 2023 imports against themselves: same value, same year. The intended comparison is with 2022, when Pakistan's imports from Afghanistan were USD 741 mn in the set's series (the peak of the coal boom the sentence refers to).",
    "expected_values": {"start_value": 690, "end_value": 690,
                        "start_period": "2023", "end_period": "2023",
                        "likely_intended_start": {"value": 741, "period": "2022"},
                        "unit": "USD million"},
}])

doc("trade_shrinks_2024", """
# 2024: Trade Shrinks on Both Sides of the Border

## The headline

Imports from Afghanistan fell to USD 540m in 2024 (USD 690m in 2023); exports to
Afghanistan fell to USD 884m (USD 1,012m). Imports from Afghanistan fell to USD 540m in
2024 (USD 690m in 2023); exports to Afghanistan fell to USD 884m (USD 1,012m). Taken
together, two-way trade came to USD 1,424m, the lowest total since 2021.

## Causes

It was a year of closures. Torkham was shut again and again after clashes between
border troops; Chaman was disrupted by a months-long sit-in against the passport rule;
the smaller crossings in the Waziristan districts opened only now and then. Security
tension ran through all of it, as Islamabad accused Kabul of sheltering militants who
attacked Pakistani soldiers and police.

## Who is hurt

Truckers, porters and small traders bear the first losses, often within hours of a
gate closing. Pakistani exporters then lose customers, and Afghan households pay more
for flour, rice and medicine brought in by longer and costlier routes.

## Recommendations

- Ring-fence trade from security disputes by agreeing that cargo lanes stay open.
- Publish monthly data on trade by crossing.
- Revive regular meetings of the two countries' chambers of commerce.
- Give porters and small traders at Chaman a simple pass that does not need a visa.
""", [{
    "kind": "garbled",
    "quotes": ["Imports from Afghanistan fell to USD 540m in 2024 (USD 690m in 2023); exports to"
               " Afghanistan fell to USD 884m (USD 1,012m). Imports from Afghanistan fell to USD 540m in"
               " 2024 (USD 690m in 2023); exports to Afghanistan fell to USD 884m (USD 1,012m)."],
    "explanation": "A sentence made of two semicolon-joined clauses, each carrying a figure and a comparison figure in parentheses, is repeated word for word, one copy straight after the other. The quote covers both copies.",
    "expected_values": {"repeated_sentence": "Imports from Afghanistan fell to USD 540m in 2024 (USD 690m in 2023); exports to Afghanistan fell to USD 884m (USD 1,012m).",
                        "occurrences": 2},
}])

doc("register_at_a_glance", """
# The Refugee Register at a Glance, 2021–2024

This fact sheet sets out the year-end numbers of registered Afghan refugees in Pakistan
and the changes between them.

## Year-end changes

- 2021 → 2022: 1,490,562 → 1,743,278, an increase of 252,716.
- 2022 → 2022: 1,743,278 → 1,743,278, an increase of 244,439.
- 2023 → 2024: 1,987,717 → 1,559,964, a decrease of 427,753.

## Reading the list

The register grew for two years and then shrank sharply. Growth after 2021 reflected
the recording of births and relatives rather than any general opening of registration;
the fall in 2024 reflected departures during Pakistan's campaign against undocumented
foreigners, together with cards that lapsed and were not renewed.

Over the whole period the register rose by 69,402 names, from 1,490,562 at end-2021 to
1,559,964 at end-2024, so the two years of growth outweighed the single year of decline.

## Gaps in the data

The register covers only holders of Proof of Registration cards. Holders of Afghan
Citizen Cards, and Afghans with expired visas or no documents, are counted separately
or not at all. Figures by province, age and sex appear irregularly, which makes it hard
for host districts to plan schools and clinics.

## Recommendations

- Publish the register by province every quarter.
- Report departures of registered refugees separately from other returns.
- Extend cards for at least two years at a time.
""", [{
    "kind": "garbled",
    "quotes": ["2022 → 2022: 1,743,278 → 1,743,278"],
    "explanation": "The arrow-written change in the second bullet starts and ends at the same value and the same year-end. It should read 2022 → 2023: 1,743,278 → 1,987,717, which is what the stated increase of 244,439 and the third bullet (starting from 1,987,717 in 2023) imply.",
    "expected_values": {"start_value": 1743278, "end_value": 1743278,
                        "start_period": "2022", "end_period": "2022",
                        "likely_intended_end": {"value": 1987717, "period": "2023"},
                        "change": 244439, "unit": "people"},
}])

# =================================================================== number_reuse

doc("closure_costs_rupees", """
# What the 2024 Closures Cost

Torkham and Chaman closed repeatedly in 2024, sometimes for an afternoon, sometimes for
weeks. This note gathers what is known about the cost.

## Revenue and losses

The Federal Board of Revenue estimated lost duty at Rs 4.2bn over the 2024 closures.
Traders' associations in Peshawar and Quetta put their members' losses over the same
closures at Rs 4.2bn, counting spoiled produce, idle lorries and cancelled orders.
Neither estimate has been published in detail, and neither body has explained its
method.

## Trade in 2024

The closures weighed on a year that was already difficult. Pakistan's exports to
Afghanistan fell to USD 884m from USD 1,012m, and imports fell to USD 540m from USD
690m. The fall in imports was the sharper, at more than a fifth; exports lost about an
eighth.

## Hidden costs

Some costs appear in no estimate. Porters and casual workers at the crossings go
without pay. Patients travelling to hospitals in Peshawar are turned back at the gate.
Families divided by the border miss weddings and funerals, and cross-border marriages
become harder to arrange.

## Recommendations

1. Agree with Kabul that commercial lanes stay open during security incidents.
2. Ask the Federal Board of Revenue to publish its estimate of duty lost at each
crossing.
3. Set up a fund to support porters and casual workers during long closures.
4. Ask the chambers of commerce to publish the method behind their loss estimates.
""", [{
    "kind": "number_reuse",
    "quotes": ["lost duty at Rs 4.2bn", "losses over the same closures at Rs 4.2bn"],
    "explanation": "Rs 4.2bn is given first as the customs duty the state lost over the 2024 closures and, in the next sentence, as the private losses of traders over the same closures: two different quantities from two different sources with the same figure.",
    "expected_values": {"value": 4.2, "unit": "PKR billion",
                        "quantity_1": "customs duty lost by the FBR over the 2024 closures",
                        "quantity_2": "traders' losses over the 2024 closures"},
}])

doc("transit_and_exports_fy2024", """
# Transit Cargo and Pakistani Exports, FY2023-24

Afghan transit cargo and Pakistan's own exports share the same roads and crossings but
are governed by different rules. This brief looks at both in the fiscal year that ended
in June 2024.

## Transit

Karachi handled 52,000 Afghan transit containers in FY2023-24, down from 74,500 a year
earlier, a fall of about 30 percent. Pakistan's longer list of goods barred from
transit, along with a new processing fee, pushed importers toward Iran's Bandar Abbas.

## Exports

Over the same twelve months, 52,000 trucks carrying Pakistani exports crossed at Chaman,
most of them loaded with flour, rice, cement and fruit bound for Kandahar. Chaman's
share of Pakistani export traffic has grown as Torkham suffered longer closures.

## Friction

Both streams suffer from the same problems: long waits at the crossings, arguments over
inspection, and frequent changes to the rules. Transit importers complain that Pakistani
officials treat them as suspected smugglers; Pakistani exporters complain that transit
goods find their way back into Pakistan without duty and undercut them.

## Recommendations

- Review the list of goods barred from transit with Afghan importers every six months.
- Track transit containers electronically from port to crossing.
- Publish monthly data on transit and export traffic at each crossing.
- Give exporters with a clean record a faster lane at Chaman.
""", [{
    "kind": "number_reuse",
    "quotes": ["Karachi handled 52,000 Afghan transit containers", "52,000 trucks carrying Pakistani exports"],
    "explanation": "52,000, the number of Afghan transit containers handled at Karachi in FY2023-24, is used again one sentence later (after the section heading) as the number of trucks of Pakistani exports through Chaman in the same year, a separate stream that the brief itself distinguishes.",
    "expected_values": {"value": 52000, "unit": "count",
                        "quantity_1": "Afghan transit containers handled at Karachi, FY2023-24",
                        "quantity_2": "trucks of Pakistani exports crossing at Chaman, FY2023-24"},
}])

doc("leaving_and_staying_2024", """
# Leaving and Staying: Afghans in Pakistan in 2024

The year 2024 saw large numbers of Afghans leave Pakistan while a smaller registered
population stayed behind. This note sets the two movements side by side.

## Departures

Border monitors counted 676,000 returns from Pakistan to Afghanistan in 2024, many of
them undocumented families caught up in the campaign that began in late 2023.
Provincial education departments reported 676,000 Afghan children enrolled in Pakistani
government schools at the start of the 2024 school year, most of them in Khyber
Pakhtunkhwa and Balochistan.

## The register

Registered refugees also left. The register stood at 1,559,964 at the end of 2024, a
fall of 427,753 from a year earlier. Some card holders went because relatives without
papers had been deported; others because their cards lapsed while they waited for an
extension.

## Schools and services

Children who leave in the middle of the school year lose their place and often their
records. Teachers in Peshawar describe classes emptying within weeks as families
departed, while schools in Nangarhar and Kabul struggle to absorb pupils who were taught
in Urdu and English.

## Recommendations

1. Issue transfer certificates to Afghan children who leave Pakistani schools.
2. Keep registered families out of removal operations.
3. Fund host districts for the refugees who remain.
4. Agree with the Afghan authorities on recognising Pakistani school certificates.
""", [{
    "kind": "number_reuse",
    "quotes": ["counted 676,000 returns from Pakistan", "reported 676,000 Afghan children enrolled"],
    "explanation": "676,000, the returns from Pakistan to Afghanistan in 2024, is reused in the next sentence as the number of Afghan children enrolled in Pakistani government schools, an unrelated quantity.",
    "expected_values": {"value": 676000, "unit": "people",
                        "quantity_1": "returns from Pakistan to Afghanistan, 2024",
                        "quantity_2": "Afghan children enrolled in Pakistani government schools, 2024"},
}])

doc("slump_of_2020", """
# The 2020 Slump in Numbers

The pandemic year hit cross-border commerce hard. Torkham and Chaman were closed to
pedestrians for months and to cargo for weeks, and even after the gates reopened,
testing and quarantine rules slowed traffic to a crawl.

## Bilateral and transit

Pakistan's exports to Afghanistan came to USD 0.94bn in 2020, down from USD 1.29bn in
2019. Afghan transit imports cleared through Karachi that year were valued at USD
0.94bn, with electronics, tires and textiles among the largest categories. Imports from
Afghanistan bucked the trend: they grew to USD 0.51bn, from USD 0.44bn.

## Counting the damage

Cement, flour and pharmaceutical exporters gave up contracts to rivals in Iran and
Central Asia whose routes were less disrupted, and several never won them back. At the
crossings, laborers who are paid per load carried nothing for weeks. Afghan melon and
grape growers did comparatively well, since Pakistani wholesalers short of domestic
supply bid up their prices.

## What should outlast the pandemic

By the summer of 2020 the two sides had improvised a workable regime: cargo-only lanes,
health checks for drivers, and clearance documents filed online before trucks reached
the gate. That toolkit should be written into standing procedures instead of being
reinvented in the next emergency.

## Recommendations

- Keep cargo-only lanes at Torkham and Chaman ready for any emergency.
- Agree with Kabul in advance which goods keep moving during a health crisis.
- Compensate porters and day laborers during public-health closures.
""", [{
    "kind": "number_reuse",
    "quotes": ["came to USD 0.94bn in 2020", "were valued at USD 0.94bn"],
    "explanation": "USD 0.94bn, Pakistan's 2020 exports to Afghanistan (942 USD million in the set's series), is reused in the next sentence for the value of Afghan transit imports cleared through Karachi in the same year, a different quantity.",
    "expected_values": {"value": 0.94, "unit": "USD billion",
                        "quantity_1": "PAK→AFG exports, 2020",
                        "quantity_2": "Afghan transit imports cleared through Karachi, 2020"},
}])

# =================================================================== direction

doc("bilateral_trade_2024_brief", """
# Bilateral Trade in 2024: The Year in Brief

## Headline

The year brought a jump in bilateral trade: USD 1,702m → USD 1,424m. Pakistan's exports
accounted for USD 884m of the 2024 total and its imports from Afghanistan for USD 540m,
leaving Pakistan with a surplus of USD 344m.

## Behind the figures

Three developments shaped the year. First, Torkham and Chaman closed repeatedly after
clashes between border forces, in one case for more than a fortnight. Second, the
passport-and-visa requirement at Chaman ended decades of movement on local identity
cards and kept many small traders away. Third, higher Pakistani duties on Afghan coal
cut the biggest single item on the import side.

## Who noticed

Pakistani millers and rice exporters reported cancelled orders from Kandahar and Kabul.
Afghan fruit traders said lorries of grapes and pomegranates had spoiled in queues at
Torkham. Transporters on both sides laid off drivers, and money changers in Peshawar
reported thinner business as fewer invoices needed settling.

## Looking ahead

Nothing in the record suggests a quick recovery. Relations between the two governments
remain tense over militancy, and neither side has proposed a mechanism that would keep
trade moving during security disputes.

## Recommendations

- Agree that cargo lanes stay open whatever the state of political relations.
- Fix duties on Afghan coal and fruit for a full year.
- Publish monthly trade data by crossing in both countries.
""", [{
    "kind": "direction",
    "quotes": ["a jump in bilateral trade: USD 1,702m → USD 1,424m"],
    "explanation": "'A jump' describes a fall: bilateral trade went from USD 1,702m (2023) to USD 1,424m (2024), written with an arrow, a drop of 16.3 percent. The rest of the text (closures, cancelled orders) also describes a bad year.",
    "expected_values": {"from": 1702, "from_period": "2023", "to": 1424, "to_period": "2024",
                        "stated_direction": "rise", "actual_direction": "fall",
                        "change": -278, "change_pct": -16.33, "unit": "USD million"},
}])

doc("exports_takeover_year", """
# Pakistan's Exports in the Year of the Takeover

## 2021 in figures

Pakistan's exports recovered to USD 828m in 2021 (USD 942m a year earlier), even as the
collapse of the Republic in August froze Afghanistan's banks and left many importers
unable to pay. Imports from Afghanistan rose to USD 552m, from USD 509m, so Pakistan's
surplus shrank to USD 276m.

## The banking freeze

Once Afghanistan's central bank reserves abroad were frozen and correspondent banks cut
their links, letters of credit became almost impossible to open. Trade moved into cash
and into the hawala networks of money changers, which worked but added cost and risk.
Pakistani banks grew wary of any transaction with an Afghan name attached.

## Demand held, payment did not

Afghan households still needed flour, cooking oil and medicine, and Pakistani suppliers
were closest. But many Afghan importers could not pay on time, and some could not pay at
all. Pakistani firms that had sold on credit for years began to insist on cash in
advance, which few buyers in Kabul could manage.

## Lessons for Islamabad

The experience showed how much Pakistan's export trade with Afghanistan depends on a
functioning payment system. Without one, proximity and long relationships count for
less.

## Recommendations

1. Work with the State Bank of Pakistan on a licensed channel for rupee payments.
2. Offer export credit insurance for sales to Afghan buyers.
3. Keep humanitarian and food trade exempt from banking restrictions.
""", [{
    "kind": "direction",
    "quotes": ["recovered to USD 828m in 2021 (USD 942m a year earlier)"],
    "explanation": "'Recovered' describes a fall: exports went from USD 942m in 2020 to USD 828m in 2021, written in the form 'Y (X a year earlier)', a drop of 12.1 percent. The rest of the paragraph (frozen banks, importers unable to pay, a smaller surplus) also describes a decline.",
    "expected_values": {"from": 942, "from_period": "2020", "to": 828, "to_period": "2021",
                        "stated_direction": "rise", "actual_direction": "fall",
                        "change": -114, "change_pct": -12.1, "unit": "USD million"},
}])

doc("register_end_2023", """
# Registered Refugees at the End of 2023

## The count

Pakistan's refugee register eroded to 1,987,717 at end-2023, compared to 1,743,278 in
2022, as the authorities added 244,439 names over the year, mostly newborns and family
members of existing card holders.

## Context

The year ended in upheaval. In October 2023 Pakistan announced that undocumented
foreigners had to leave by November 1 or face arrest and deportation. Hundreds of
thousands of Afghans headed for Torkham and Chaman in the following weeks. Registered
refugees were not the target of the order, but many felt its effects through police
checks, evictions and employers who let them go.

## Why the register matters

The register determines who holds a Proof of Registration card, and with it a measure
of protection from arrest. It also shapes how aid is allocated between districts, since
donors and federal ministries use it to estimate the population that host communities
must serve.

## Unanswered questions

The government has not said whether it intends to renew cards beyond their current
expiry date, nor whether registered refugees will eventually be included in removal
plans. That uncertainty weighs on families who have lived in Pakistan for decades.

## Recommendations

- Renew registration cards for at least two years before they expire.
- State publicly that registered refugees are outside the scope of removal drives.
- Publish registration data by district every quarter.
""", [{
    "kind": "direction",
    "quotes": ["eroded to 1,987,717 at end-2023, compared to 1,743,278 in 2022"],
    "explanation": "'Eroded' describes a rise: the register went from 1,743,278 (end-2022) to 1,987,717 (end-2023), written as 'Y, compared to X in 2022', up 244,439 or 14.0 percent, as the same sentence's 'added 244,439 names' says.",
    "expected_values": {"from": 1743278, "from_period": "2022", "to": 1987717, "to_period": "2023",
                        "stated_direction": "fall", "actual_direction": "rise",
                        "change": 244439, "change_pct": 14.02, "unit": "people"},
}])

doc("afghan_deficit_2024", """
# Afghanistan's Deficit with Pakistan in 2024

## The numbers

Afghanistan's deficit with Pakistan narrowed from USD 322m in 2023 to USD 344m in 2024.
Afghan purchases from Pakistan came to USD 884m in 2024 and Afghan sales to Pakistan to
USD 540m; a year earlier the figures had been USD 1,012m and USD 690m.

## Why it matters in Kabul

For the Afghan authorities, the deficit with Pakistan is a drain on scarce rupees and
dollars. Afghan coal, fruit and vegetables earn some of that money back, but Pakistani
duties on coal, raised in 2024, cut into the largest earner. Officials in Kabul have
argued for lower duties on Afghan fresh produce in return for keeping their market open
to Pakistani flour and medicines.

## Why it matters in Islamabad

Pakistan's view is the mirror image: the surplus brings in foreign exchange and supports
jobs in milling, pharmaceuticals and cement. Yet a market that shrinks on both sides is
not a good outcome for anyone, and the 2024 figures show both flows falling.

## What could change

A simpler duty regime for perishables, reliable opening hours at the crossings and a
formal payment channel would help both directions of trade. None requires a broader
political settlement, though each would be easier with one.

## Recommendations

1. Negotiate a seasonal duty schedule for Afghan fruit and vegetables.
2. Fix the duty on Afghan coal for a full year.
3. Meet quarterly to review trade data and resolve disputes.
""", [{
    "kind": "direction",
    "quotes": ["narrowed from USD 322m in 2023 to USD 344m in 2024"],
    "explanation": "'Narrowed' describes a widening: Afghanistan's deficit with Pakistan (Afghan imports minus exports, equal to Pakistan's surplus) went from USD 322m (1,012 - 690) in 2023 to USD 344m (884 - 540) in 2024, up 6.8 percent. For a deficit, 'narrowed' means a fall in the deficit.",
    "expected_values": {"from": 322, "from_period": "2023", "to": 344, "to_period": "2024",
                        "stated_direction": "fall", "actual_direction": "rise",
                        "change": 22, "change_pct": 6.83, "unit": "USD million",
                        "measure": "Afghanistan's trade deficit with Pakistan"},
}])

# =================================================================== scope

doc("transit_agreement_chabahar", """
# Transit Under Strain: APTTA and the Pull of Other Ports

## The agreement

Traffic under the Afghanistan–Iran Transit Trade Agreement (APTTA), signed in 2010, has
dwindled. The agreement lets Afghan importers land goods at Karachi, Port Qasim or
Gwadar and truck them under bond to Torkham or Chaman, and gives Afghan exporters access
to the Wagah crossing for goods bound for India.

## The numbers

Karachi handled 52,000 Afghan transit containers in FY2023-24, down from 74,500 in
FY2022-23, a fall of about 30 per cent. The drop followed Pakistan's decision in October
2023 to lengthen the list of goods that may not travel in transit and to charge a
processing fee on several others.

## Where the cargo went

Some of the lost traffic now lands at Iran's port of Chabahar and travels overland
through Milak and Islam Qala, or arrives at Bandar Abbas. Other consignments come by
rail from Central Asia to Hairatan. For an Afghan importer, these routes are longer than
the road from Karachi, but they are also more predictable.

## Pakistan's concern

Islamabad's case is that transit goods leak back into Pakistani markets without duty.
Traders reply that better tracking would solve that problem without driving cargo away.

## Recommendations

1. Track every transit container electronically from port to border.
2. Review the restricted list with Afghan importers twice a year.
3. Convene the transit coordination authority that the 2010 agreement provides for.
""", [{
    "kind": "scope",
    "quotes": ["the Afghanistan–Iran Transit Trade Agreement (APTTA)"],
    "explanation": "APTTA is the Afghanistan–Pakistan Transit Trade Agreement of 2010, and the text goes on to describe it in terms of Karachi, Port Qasim, Gwadar, Torkham and Chaman; naming it an Afghanistan–Iran agreement makes Iran one side of a Pakistan–Afghanistan accord. The later mention of Iran's port of Chabahar as an alternative route is correct and not a defect.",
    "expected_values": {"pair": PAIR, "named_pair": ["AFG", "IRN"], "third_country": "IRN",
                        "not_a_defect": "Iran's port of Chabahar"},
}])

doc("frontier_fence_attacks", """
# The Fence and the Attacks: Frontier Security in 2024

## The border

Along the Durand Line, which separates Turkmenistan from Afghanistan, Pakistan has
completed a fence of posts, wire and watchtowers over most of the roughly 2,600
kilometres. Kabul has never recognised the line as an international border, and its
forces have torn down sections of the fence more than once.

## Attacks

Militant attacks launched across the frontier rose by about a third in 2024: security
officials counted 212, against 158 in 2023. Most targeted checkposts and convoys in
North and South Waziristan, Bajaur and Kurram; a smaller number struck police stations
in Balochistan.

## Diplomacy

Pakistan says that Tehrik-i-Taliban Pakistan fighters operate from Afghan soil and has
pressed Kabul to act against them. The Afghan authorities deny giving them shelter and
say Pakistan's problems are homegrown. Meetings between officials have produced
statements of intent, but no mechanism for verifying claims on either side.

## Costs beyond security

Each serious attack has tended to bring a closure at one of the crossings, whether as
retaliation or as a precaution. Trade, travel for medical care and family visits all
suffer, and the people of the border districts feel the cost first.

## Recommendations

- Set up a joint verification mechanism for cross-border incidents.
- Keep trade crossings open while incidents are investigated.
- Invest in policing and courts in the merged districts, not only in the fence.
""", [{
    "kind": "scope",
    "quotes": ["the Durand Line, which separates Turkmenistan from Afghanistan"],
    "explanation": "The Durand Line is the Pakistan–Afghanistan border (the fence, Waziristan, Bajaur and Kurram discussed in the same text lie on it); the sentence names Turkmenistan instead of Pakistan as the country it separates from Afghanistan.",
    "expected_values": {"pair": PAIR, "named_pair": ["TKM", "AFG"], "third_country": "TKM"},
}])

doc("coordination_committee_2024", """
# A Committee That Rarely Meets

## The mechanism

The Qatar–Afghanistan Joint Coordination Committee was created to settle the trade,
transit and border disputes that arise between Islamabad and Kabul before they reach the
point of closing a crossing. In principle it should meet every quarter; in 2024 it met
only twice, and one of those sessions ended without a joint statement.

## Why it matters now

Trade between the two countries fell to USD 1,424m in 2024 from USD 1,702m a year
earlier, with Pakistan's exports at USD 884m and its imports at USD 540m. Much of the
decline followed closures that a working committee might have headed off, such as the
dispute over a new border post near Torkham.

## Other channels

When the committee is idle, contacts move elsewhere: to special envoys, to military
officials at the crossings, and to meetings on the margins of regional gatherings,
including talks hosted by Qatar in Doha. These channels are useful but leave no paper
trail, and agreements reached in them tend to lapse.

## What a functioning committee would need

A standing secretariat on each side, a fixed calendar, and sub-groups on customs,
transit and security would give the committee continuity. Publishing the outcome of each
meeting would let traders know what has been agreed.

## Recommendations

1. Set a fixed quarterly calendar for the committee and keep to it.
2. Create sub-groups on customs and transit that meet monthly.
3. Publish a short record of decisions after every session.
""", [{
    "kind": "scope",
    "quotes": ["The Qatar–Afghanistan Joint Coordination Committee"],
    "explanation": "The joint coordination committee described handles disputes between Islamabad and Kabul, that is between Pakistan and Afghanistan; naming it a Qatar–Afghanistan committee makes Qatar one side of the pair. The later mention of talks hosted by Qatar in Doha is correct and not a defect.",
    "expected_values": {"pair": PAIR, "named_pair": ["QAT", "AFG"], "third_country": "QAT",
                        "not_a_defect": "talks hosted by Qatar in Doha"},
}])

doc("repatriation_plan_register", """
# The Repatriation Plan and the Refugee Register

## The policy

Under Russia's Illegal Foreigners Repatriation Plan, announced in October 2023,
undocumented Afghans living in Peshawar, Quetta, Karachi and Islamabad were told to
leave by November 1 or face arrest. A second phase, aimed at holders of Afghan Citizen
Cards, was announced in 2024, and a third, covering registered refugees, has been
discussed but not launched.

## The register

Registered refugees were not covered by the first phase, yet their numbers fell
sharply. The register stood at 1,559,964 at the end of 2024, down from 1,987,717 a year
earlier, a drop of 21.5 percent. Officials attribute part of the fall to departures and
part to cards that expired before they were renewed.

## Outside views

Few foreign governments commented publicly. Russia, which has kept its embassy in Kabul
open throughout, confined itself to general calls for regional stability. Western
donors raised concerns in private and funded reception sites on the Afghan side of
Torkham.

## Effects in Pakistan

Employers in construction, transport and agriculture lost workers. Landlords in
Peshawar and Karachi reported empty rooms. Schools lost pupils mid-year. At the same
time, police complained that they lacked the staff to process the numbers involved.

## Recommendations

- Publish the criteria for each phase of the plan before it begins.
- Exempt registered refugees explicitly from removal.
- Allow families time to settle debts and sell property before they leave.
""", [{
    "kind": "scope",
    "quotes": ["Under Russia's Illegal Foreigners Repatriation Plan"],
    "explanation": "The Illegal Foreigners Repatriation Plan is Pakistan's policy towards Afghans living in Pakistan (the cities named are Pakistani); the text attributes it to Russia, making Russia the host-country side of a Pakistan–Afghanistan refugee matter. The later mention of Russia keeping its embassy in Kabul open is correct and not a defect.",
    "expected_values": {"pair": PAIR, "named_pair": ["RUS", "AFG"], "third_country": "RUS",
                        "not_a_defect": "Russia, which has kept its embassy in Kabul open"},
}])

# =================================================================== citation

doc("hosting_cited_2019", """
# On the Eve of the Pandemic: Hosting in 2019

Pakistan entered 2020 with one of the largest refugee populations in the world, most of
them Afghans who had arrived decades earlier or had been born in Pakistan to refugee
parents.

## How many

UNHCR data for 2019 show roughly 1.7 million Afghans holding Proof of Registration
cards in Pakistan at the end of that year. A year later, according to UNHCR's 2020
figures, 1,438,432 Afghans were on the register, a number held almost steady by the
near halt to returns during the pandemic.

## Where they lived

About a third lived in refugee villages, mostly in Khyber Pakhtunkhwa and Balochistan;
the rest rented homes in towns and cities, from Peshawar and Quetta to Karachi and
Lahore. Many worked in construction, transport and agriculture, often without written
contracts.

## Pressures

Card extensions came late and for short periods. Schools in refugee villages were
overcrowded, and few young refugees could afford to go on to higher education. Host
communities, meanwhile, complained that donors had turned their attention elsewhere.

## Recommendations

1. Extend registration cards for several years at a time.
2. Fund schools and clinics in refugee villages and the districts around them.
3. Give refugees born in Pakistan a clear path to longer-term residence.
""", [{
    "kind": "citation",
    "quotes": ["UNHCR data for 2019 show roughly 1.7 million Afghans"],
    "explanation": "The reference UNHCR year-end figure for 2019 is 1,419,084; 'roughly 1.7 million' is 19.8 percent above it. The 2020 figure cited in the next sentence (1,438,432, according to UNHCR's 2020 figures) is correct and not a defect.",
    "expected_values": {"stated": 1700000, "stated_hedge": "roughly", "reference": 1419084,
                        "indicator": "refugees.registered", "subject": "PAK", "period": "2019",
                        "cited_source": "UNHCR data for 2019", "citation_form": "UNHCR data for YEAR show",
                        "not_a_defect": "according to UNHCR's 2020 figures, 1,438,432"},
}])

doc("hosting_cited_2024", """
# After the Expulsions: The Register in 2024

Pakistan's campaign against undocumented Afghans, launched in late 2023, was not aimed
at registered refugees. Its effects nonetheless reached them, and the register at the
end of 2024 told that story.

## The count

According to UNHCR's 2024 figures, 1,987,717 Afghans remained registered as refugees in
Pakistan at year end. Many families with cards left anyway, fearing that removal would
eventually reach them or unwilling to be separated from relatives who had been deported.

## Pressure on card holders

Proof of Registration cards were extended in short steps, sometimes announced only days
before expiry. In the gaps, card holders were stopped by police, asked for bribes, or
refused rent and work. For families who had lived in Pakistan for two or three
generations, the uncertainty was new and unsettling.

## Returns

Those who went back found an economy with few jobs and provinces where services were
already stretched. Girls who had attended secondary school in Pakistan found that they
could not continue in Afghanistan. Aid agencies met families at Torkham and Chaman with
cash and transport, but could do little about housing.

## Recommendations

- Extend registration cards for at least two years.
- Publish in advance the criteria for any future removal phase.
- Fund reintegration in the Afghan provinces that receive most returnees.
""", [{
    "kind": "citation",
    "quotes": ["According to UNHCR's 2024 figures, 1,987,717 Afghans remained registered"],
    "explanation": "The reference UNHCR year-end figure for 2024 is 1,559,964. The text gives 1,987,717, which is the exact reference value for 2023, cited as the 2024 figure (27.4 percent too high). The rest of the text describes a register that shrank in 2024.",
    "expected_values": {"stated": 1987717, "reference": 1559964, "same_as_year": "2023",
                        "indicator": "refugees.registered", "subject": "PAK", "period": "2024",
                        "cited_source": "UNHCR's 2024 figures", "citation_form": "according to UNHCR's YEAR figures"},
}])

doc("hosting_cited_2023", """
# The Register Before the Deadline: End-2023

At the close of 2023, Pakistan's registered Afghan population was larger than at any
time in the previous decade, even as the government's deadline for undocumented
foreigners set off a wave of departures.

## The figures

Pakistan's register listed 1,743,278 Afghans at the end of 2022 (UNHCR, 2022). Twelve
months later there were around 1.6m registered refugees (UNHCR, 2023), most of them
long-term residents and their children, many born in Pakistan.

## Growth without registration

Pakistan did not hold a general registration drive after 2017. The register nonetheless
grew, as births were recorded and relatives of card holders were added. Afghans who
arrived after August 2021 mostly held visas, now expired, or no documents at all, and
did not appear in these numbers.

## The October order

The order of October 2023 told undocumented foreigners to leave by the start of
November. Registered refugees were exempt on paper. In practice, police checks,
evictions and dismissals reached card holders too, and by December some had joined the
queues at Torkham.

## Recommendations

1. Confirm in writing that registered refugees are outside the scope of the order.
2. Renew registration cards well ahead of their expiry.
3. Report departures of card holders separately from other returns, so that the
register's movements can be explained.
""", [{
    "kind": "citation",
    "quotes": ["around 1.6m registered refugees (UNHCR, 2023)"],
    "explanation": "The reference UNHCR year-end figure for 2023 is 1,987,717; 'around 1.6m' is 19.5 percent below it (it is close to the 2024 figure of 1,559,964 instead). The 2022 figure cited just before (1,743,278) is correct and not a defect.",
    "expected_values": {"stated": 1600000, "stated_hedge": "around", "reference": 1987717,
                        "indicator": "refugees.registered", "subject": "PAK", "period": "2023",
                        "cited_source": "UNHCR, 2023", "citation_form": "(UNHCR, YEAR)",
                        "not_a_defect": "1,743,278 Afghans at the end of 2022 (UNHCR, 2022)"},
}])

doc("hosting_cited_2020", """
# The Register in the Pandemic Year

COVID-19 froze many things in 2020, among them the movement of Afghan refugees between
Pakistan and Afghanistan. Returns, already slow, almost stopped, and crossings closed to
pedestrians for months.

## The count

At the end of 2020 Pakistan hosted 1,743,278 registered Afghan refugees (UNHCR, 2020),
nearly all of them long-standing residents. With returns halted and no new registration
under way, the register changed little over the year, growing mainly through births.

## Health and income

Refugees were hit hard by the lockdowns. Many worked as daily laborers, vendors or
drivers, and lost their income overnight. Access to testing and treatment was uneven,
and some refugees feared that visiting a hospital would expose them to checks on their
documents.

## Assistance

Pakistan included some refugees in its emergency cash program, and aid agencies
distributed food and hygiene kits in refugee villages. Coverage was incomplete,
particularly for urban refugees who were harder to reach.

## Lessons

The pandemic showed how exposed refugee households are to any shock that stops daily
work. It also showed that including refugees in national programs is feasible when the
political will exists.

## Recommendations

- Include registered refugees in national social-protection schemes.
- Keep health services open to refugees regardless of card status.
- Plan for the resumption of voluntary returns with adequate support.
""", [{
    "kind": "citation",
    "quotes": ["1,743,278 registered Afghan refugees (UNHCR, 2020)"],
    "explanation": "The reference UNHCR year-end figure for 2020 is 1,438,432. The text gives 1,743,278, the exact reference value for 2022, cited as the 2020 figure (21.2 percent too high).",
    "expected_values": {"stated": 1743278, "reference": 1438432, "same_as_year": "2022",
                        "indicator": "refugees.registered", "subject": "PAK", "period": "2020",
                        "cited_source": "UNHCR, 2020", "citation_form": "(UNHCR, YEAR)"},
}])

# =================================================================== controls

doc("trade_2019_2024_reference", """
# Six Years of Cross-Border Trade, 2019–2024

A compact reference for readers who need the annual figures for Pakistan–Afghanistan
goods trade in one place, with a short commentary.

Table 1: Trade, USD million

| Year | Pakistan's exports | Pakistan's imports | Total | Pakistan's surplus |
|---|---|---|---|---|
| 2019 | 1,290 | 441 | 1,731 | 849 |
| 2020 | 942 | 509 | 1,451 | 433 |
| 2021 | 828 | 552 | 1,380 | 276 |
| 2022 | 936 | 741 | 1,677 | 195 |
| 2023 | 1,012 | 690 | 1,702 | 322 |
| 2024 | 884 | 540 | 1,424 | 344 |

## Exports

Exports slid from USD 1,290m in 2019 to USD 828m in 2021, losses of more than a third in
two years. They recovered to just over USD 1bn in 2023 (USD 1,012m), then took another
fall, of 12.6 per cent, in 2024.

## Imports

Imports moved the other way, gaining ground in every year from 2019 to 2022, when Afghan
coal lifted them to USD 741m. They stood at USD 540m in 2024 (USD 690m a year earlier), a
fall of just under 22 per cent.

## The surplus

Pakistan's surplus eroded from USD 849m in 2019 to USD 195m in 2022 and has since
recovered to USD 344m. Two-way trade was highest at the start of the series, at about
USD 1.7bn in 2019; it came close to that level again in 2022 and 2023.

## Recommendations

- Keep export bans on food staples rare and announce them in advance.
- Publish monthly customs data by crossing, in both countries.
- Agree a rupee payment channel through licensed banks.
""", control_type="control")

doc("register_four_year_ends", """
# Afghan Refugees on Pakistan's Register: Four Year-Ends

Registered Afghan refugees are the best-documented group of Afghans in Pakistan, and
their number is the one most often quoted in debates in Islamabad. This memo summarizes
recent year-end counts.

Table 1: Registered Afghan refugees in Pakistan at year end

| | 2021 | 2022 | 2023 | 2024 |
|---|---|---|---|---|
| Registered refugees | 1,490,562 | 1,743,278 | 1,987,717 | 1,559,964 |

## Growth and reversal

Between 2021 and 2023 the register grew by 497,155 names, a rise of a third. The next
year brought a slide: the count stood at 1,559,964 (1,987,717 a year earlier), a fall of
21.5 percent. Looking from 2024 back to 2022, the register is now 183,314 names smaller
than it was at end-2022.

## Where registered refugees live

At the end of 2024 the register was spread as follows:

- Khyber Pakhtunkhwa: 54%
- Balochistan: 23%
- Punjab: 13%
- Sindh: 6%
- Islamabad: 3%
- Azad Jammu and Kashmir: 1%

## What the table leaves out

The register counts only holders of Proof of Registration cards. It says nothing about
Afghan Citizen Card holders or about Afghans with expired visas, and it does not show
how many card holders are children born in Pakistan.

## Recommendations

- Extend Proof of Registration cards for at least two years at a time.
- Publish the provincial breakdown every quarter.
- Channel federal funds to the districts that host the most refugees.
""", control_type="control")

doc("security_and_crossings_2024", """
# Security and the Crossings in 2024

## In brief

- Cross-border attacks: 212 in 2024 (158 in 2023), a jump of 34 per cent.
- Days closed to cargo at the four main crossings: 116 in total.
- Two-way trade: USD 1,424m, compared to USD 1,702m in 2023.

Table 1: Days closed to cargo traffic, 2024

| Crossing | Days closed |
|---|---|
| Torkham | 46 |
| Chaman | 31 |
| Ghulam Khan | 22 |
| Angoor Adda | 17 |
| Total | 116 |

## The frontier

The Durand Line, the frontier between Pakistan and Afghanistan, is now fenced along most
of its length; Kabul has never accepted it as an international border. Pakistan's other
western neighbour, Iran, has fenced much of its own border with Afghanistan, while to
the north Afghanistan borders Tajikistan, Uzbekistan and Turkmenistan.

## Talking channels

The Pakistan–Afghanistan Joint Coordination Committee, meant to resolve trade and
border disputes, met rarely in 2024; senior contacts took place instead on the margins
of regional meetings, including a session in Doha convened by Qatar.

## The link between attacks and closures

Closures at Torkham and Chaman tended to follow serious incidents within days. Each
stoppage then became a grievance of its own, as traders on both sides blamed the other
government for their losses.

## Recommendations

- Keep cargo moving while security incidents are investigated; settle blame later.
- Convene the Joint Coordination Committee every quarter.
- Publish monthly data on attacks and closures by district and crossing.
""", control_type="control")

doc("afghan_trade_gap_2019_2023", """
# Afghanistan's Trade Gap with Pakistan, 2019–2023

Seen from Kabul, trade with Pakistan has always run a deficit. This brief traces that
gap over five years and the changes in the goods behind it.

Table 1: Afghanistan's trade with Pakistan, USD million

| Year | Afghan imports from Pakistan | Afghan exports to Pakistan | Afghan deficit |
|---|---|---|---|
| 2019 | 1,290 | 441 | 849 |
| 2020 | 942 | 509 | 433 |
| 2021 | 828 | 552 | 276 |
| 2022 | 936 | 741 | 195 |
| 2023 | 1,012 | 690 | 322 |

## A narrowing, then a widening

Afghanistan's deficit narrowed from USD 849m in 2019 to USD 433m in 2020 and kept
narrowing until 2022, when it was USD 195m. It widened again in 2023, to USD 322m, as
Afghan coal sales eased and purchases of Pakistani goods picked up.

## Afghan gains

Afghan exporters' gains were concentrated in 2022: shipments to Pakistan jumped 34
percent, USD 552m → USD 741m, led by coal. Pakistani importers paid around Rs 1,500 per
truck in scanning fees at Torkham on top of duty, a cost that traders say has not
changed since.

## Regional plans

Both countries talk of becoming corridors: Uzbekistan's proposed railway to Peshawar
through Kabul, and the TAPI gas pipeline from Turkmenistan, would cross the same
frontier. Neither project has moved beyond surveys and agreements in principle.

## Recommendations

- Fix duties on Afghan coal and produce for a full year at a time.
- Publish trade data by crossing each month, in both countries.
- Set up a joint trade committee with a standing secretariat.
""", control_type="control")

doc("transit_agreement_control", """
# APTTA in Retreat: Transit Cargo, FY2022-23 to FY2023-24

## The agreement

The Afghanistan–Pakistan Transit Trade Agreement (APTTA) of 2010 allows Afghan importers
to land cargo at Pakistani ports and move it under customs bond to Torkham or Chaman.
For more than four decades before it, an older arrangement from 1965 did much the same
job.

## Volumes

Karachi cleared 52,000 Afghan transit containers in FY2023-24, compared to 74,500 in
FY2022-23, a fall of about 30 per cent. Of the 52,000, more than half were routed to
Torkham; the rest went to Chaman.

## Why volumes fell

In October 2023 Pakistan lengthened the list of goods barred from transit and added a
processing fee on several categories, arguing that transit goods were being sold inside
Pakistan without duty. Afghan importers responded by diverting cargo: some through
Iran's Chabahar and Bandar Abbas, some by rail from Central Asia.

## A shared interest

Both governments lose from the diversion. Pakistan loses port, trucking and handling
income; Afghanistan pays more for imports that travel further. The agreement itself
provides for a joint authority to resolve such disputes, and reviving it would cost
little.

## Recommendations

1. Track transit containers electronically from port to border, with data shared by
both sides.
2. Revisit the list of barred goods every six months with Afghan importers.
3. Convene the APTTA coordination authority at least twice a year.
""", control_type="control")

doc("exports_by_crossing_2023", """
# Where Pakistan's Exports Crossed in 2023

Pakistan's exports to Afghanistan came to just over USD 1 billion in 2023, a recovery
from USD 936m in 2022 and a gain of 8 percent. This brief shows how that trade was
spread across the crossings.

Table 1: Pakistan's exports to Afghanistan by crossing, 2023 (USD million)

| Crossing | Exports | Share |
|---|---|---|
| Torkham | 566 | 56% |
| Chaman | 324 | 32% |
| Ghulam Khan | 92 | 9% |
| Angoor Adda | 30 | 3% |
| Total | 1,012 | 100% |

## Torkham: 56% of the total

Torkham, on the road from Peshawar to Jalalabad and Kabul, handled USD 566m of exports,
more than the other three crossings combined. Together with Chaman it carried USD 890m,
or 88 percent of the total.

## The smaller crossings

Ghulam Khan, in North Waziristan, has grown as a route to Khost and the south-east.
Angoor Adda, in South Waziristan, remains small and is often closed for security
reasons. Both lack scanners, warehouses and cold storage.

## Rivals

Afghan buyers can also source goods from Iran, Uzbekistan and China, whose road and rail
links have improved since 2021. Pakistan's advantage lies in distance and familiarity,
and that advantage is greatest in the eastern and southern provinces closest to its
crossings.

## Recommendations

- Extend opening hours at Ghulam Khan and Angoor Adda.
- Equip the smaller crossings with scanners and warehouses.
- Publish exports by crossing every quarter.
""", control_type="control")

# ----------------------------------------------------------- citation controls

doc("hosting_cited_2021_2022", """
# The Register Grows: 2021 and 2022

The first full year after the fall of the Republic brought the largest annual increase in
Pakistan's refugee register for many years.

## The figures

At the end of 2021, 1,490,562 Afghans held registration cards in Pakistan (UNHCR, 2021).
A year later the figure was nearly 1.75 million (UNHCR, 2022), an increase of 252,716, or
about 17 per cent.

## Where the growth came from

The rise did not reflect a new registration drive. It came from the recording of children
born to card holders and from relatives added to existing family records. Afghans who
crossed after August 2021, many of them fleeing threats or looking for work, generally
did not appear on the register at all.

## What it meant for host districts

More registered refugees meant more pupils in already crowded schools and more patients
in basic health units, especially in Peshawar, Nowshera, Quetta and Pishin. Donor funding
for host areas did not rise to match.

## Recommendations

1. Align funding for host districts with the size of the register.
2. Open a limited registration window for vulnerable Afghans who arrived after August
2021.
3. Publish the register by district each year.
""", control_type="citation_control")

doc("hosting_cited_2023_2024", """
# From Peak to Decline: The Register in 2023 and 2024

## The figures

According to UNHCR's 2023 figures, just under 2 million Afghans were registered as
refugees in Pakistan at the end of that year, the highest count of the decade. UNHCR data
for 2024 show 1,559,964 at the end of the following year, a fall of 427,753, or about 21.5
percent, in twelve months.

## What changed

The difference between the two year-ends reflects the campaign that began in October
2023. Its first phase targeted undocumented Afghans, but registered families felt the
pressure too, and many of them chose to leave with relatives who had been ordered out.
Others saw their cards lapse because extensions arrived late.

## The consequences

In Pakistan, employers in construction and transport lost experienced workers, and
schools in Peshawar and Quetta lost pupils in the middle of the year. In Afghanistan,
returning families arrived in provinces where jobs were scarce and girls could not
continue their education beyond primary school.

## Recommendations

- Renew registration cards for at least two years, well before they expire.
- Keep registered refugees out of any removal phase.
- Support reintegration in Afghanistan through funding that matches the number of
returns.
""", control_type="citation_control")

doc("hosting_cited_2019_2020", """
# A Steady Register: 2019 and 2020

In the two years before the fall of Kabul, Pakistan's refugee register barely moved.
This note records the figures and what lay behind the stability.

## The figures

UNHCR data for 2019 show 1,419,084 registered Afghan refugees in Pakistan at year end.
The following year the count was about 1.44 million (UNHCR, 2020), up by 19,348, or 1.4
per cent.

## Why so little movement

Voluntary returns had slowed to a trickle by 2019, as security in Afghanistan worsened
and the cash grant for returnees lost its pull. In 2020 the pandemic stopped returns
almost entirely. Pakistan, for its part, held no new registration, so growth came only
from births.

## Beneath the stability

Steady numbers did not mean settled lives. Cards were extended for short periods,
refugee villages went without investment, and young people born in Pakistan grew up
unsure of their future in either country. Many worked informally, without contracts or
social protection.

## Recommendations

1. Offer long-term residents a route to a more durable status.
2. Invest in schools and basic health units in refugee villages.
3. Publish the register annually by province and age group.
""", control_type="citation_control")
