# Synthetic documents, dev half.  Written from scratch for this evaluation set.
# Every entry: name (without .md), text, labels (list of defect dicts).

DEV = []


def doc(name, text, labels=()):
    DEV.append({"name": name, "text": text.strip() + "\n", "labels": list(labels)})


# ------------------------------------------------------------------ text_vs_table
doc("dev_01_border_crossings_exports", """
# Border Crossings and Pakistan's Exports to Afghanistan, FY2022-23

Pakistan's overland exports to Afghanistan pass through only a few gateways.
This note looks at how the value of goods leaving Pakistan was spread across
the four main routes in fiscal year 2022-23 (July to June) and asks what that
concentration means for trade policy.

## Main findings

Torkham remains the dominant gateway. Customs records compiled for this note
show that Torkham alone handled USD 521 million of Pakistani exports in
FY2022-23, well ahead of any other route. Chaman, on the Balochistan side,
accounted for 28 percent of the total, while the two smaller crossings in the
former tribal districts together moved less than a tenth of it.

| Crossing | Exports, FY2022-23 (USD million) |
|---|---|
| Torkham | 512 |
| Chaman | 231 |
| Ghulam Khan | 64 |
| Angoor Adda | 18 |
| **Total** | **825** |

## Why concentration matters

When one crossing carries most of the trade, every closure there is felt across
the whole relationship. A short shutdown at Torkham leaves long lines of trucks
on the road to Landi Kotal, and perishable cargo such as tomatoes, onions and
kinnow oranges can spoil before the gates reopen.

Spreading traffic toward Ghulam Khan and Angoor Adda would need scanners, cold
storage and more customs staff. Both crossings keep limited hours and lack
facilities for perishable goods, which is why fruit exporters keep queuing at
Torkham even when waiting times stretch beyond a day.

## Recommendations

Islamabad and Kabul should agree on longer opening hours at the smaller
crossings, publish waiting times every week, and route part of the bonded
transit cargo away from Torkham during harvest months.
""", [{
    "kind": "text_vs_table",
    "quotes": ["Torkham alone handled USD 521 million", "| Torkham | 512 |"],
    "explanation": "The text puts Torkham's FY2022-23 exports at USD 521 million; the table gives 512 for the same crossing, year and unit. The table's parts add up to its total of 825, so the text figure is the odd one out.",
    "expected_values": {"text_value": 521, "table_value": 512, "unit": "USD million",
                        "subject": "PAK→AFG exports via Torkham", "period": "FY2022-23"},
}])

doc("dev_02_imports_coal_effect", """
# Pakistan's Imports from Afghanistan in 2022: The Coal Effect

## Summary

In 2022 Pakistan bought goods worth USD 714 million from Afghanistan, the
highest annual figure in recent years. The jump came almost entirely from coal,
which Pakistani power plants and cement makers turned to when seaborne prices
soared after the start of the war in Ukraine.

## Exports for comparison

Pakistan's own sales to Afghanistan also grew. They rose from USD 828 million
in 2021 to USD 936 million in 2022, an increase of 13 percent, helped by
steady demand for rice, medicines and building materials.

## Trade details

Customs data show that imports from Afghanistan in 2022 reached USD 741
million. Coal made up more than half of that amount, followed by fresh and
dried fruit, cotton and vegetables. A growing share of coal deals was settled
in Pakistani rupees rather than dollars. That eased the strain on Afghanistan's
cash-starved banks, but it also made transactions harder to record, and some
analysts believe the official numbers understate the true flow.

## Outlook

The coal boom may not last. As world prices eased in 2023, several plants in
Punjab and Sindh went back to imported coal, and Afghan suppliers lost part of
their price advantage. The episode shows that a single commodity can transform
headline trade figures within months, and that trade built on a temporary price
gap is fragile.

Policy makers should therefore avoid reading the 2022 numbers as a lasting
shift. Agreements on quality standards, weighbridges and payment channels
would do more for durable trade than any one good year.
""", [{
    "kind": "text_vs_table",
    "quotes": ["goods worth USD 714 million from Afghanistan", "imports from Afghanistan in 2022 reached USD 741"],
    "explanation": "The summary and the trade-details section give different values for the same quantity: Pakistan's imports from Afghanistan in 2022 (714 vs 741 USD million).",
    "expected_values": {"section_summary_value": 714, "section_details_value": 741, "unit": "USD million",
                        "subject": "AFG→PAK (Pakistan's imports)", "period": "2022"},
}])

# ------------------------------------------------------------------ arithmetic
doc("dev_03_export_basket", """
# What Pakistan Sells to Afghanistan: The Export Basket in 2023

Pakistan's exports to Afghanistan are dominated by food and simple
manufactures. Because Afghan households spend a large part of their income on
staples, the basket responds quickly to harvests, prices and border
disruptions on either side.

The table below groups the main products for calendar year 2023.

| Product group | Value, 2023 (USD million) |
|---|---|
| Rice | 262 |
| Textiles and garments | 151 |
| Pharmaceuticals | 118 |
| Cement and building materials | 96 |
| Fruit and vegetables | 143 |
| Other goods | 222 |
| **Total** | **1,012** |

Rice is the single largest item, worth USD 262 million. Food items taken
together (rice plus fruit and vegetables) came to USD 405 million, which makes
the trade highly sensitive to the Pakistani harvest and to export bans imposed
when domestic prices rise.

Pharmaceuticals are the most promising growth area. Afghan importers value
Pakistani medicines for their low prices and familiar brands, but registration
rules on the Afghan side are changing, and exporters complain that the same
product must be approved again each time a new official takes over the file.

Cement and building materials depend on the pace of construction in Kabul and
the eastern provinces, which slowed sharply after donor-funded projects ended.

## Policy points

- A joint list of mutually recognised product standards would cut delays for
  medicines and processed food.
- Export bans on staples should be announced with notice, so that Afghan buyers
  can plan.
- Better statistics are needed: the "other goods" line is too large for a
  serious analysis of the trade.
""", [{
    "kind": "arithmetic",
    "quotes": ["| **Total** | **1,012** |"],
    "explanation": "The product rows add up to 992 (262+151+118+96+143+222), not to the stated total of 1,012.",
    "expected_values": {"stated_total": 1012, "sum_of_parts": 992, "difference": 20,
                        "parts": {"Rice": 262, "Textiles and garments": 151, "Pharmaceuticals": 118,
                                  "Cement and building materials": 96, "Fruit and vegetables": 143,
                                  "Other goods": 222}, "unit": "USD million"},
}])

doc("dev_04_refugee_rise_2023", """
# Afghan Refugees in Pakistan: The 2023 Increase

Pakistan has hosted Afghan refugees for more than four decades, and the size of
the registered population is one of the most watched indicators of the
relationship between the two countries.

## The numbers

According to UNHCR's year-end figures, the registered refugee population rose
from 1,743,278 at the end of 2022 to 1,987,717 at the end of 2023, a rise of 24
percent. In absolute terms the population grew by 244,439 people in a single
year, mostly because of arrivals after August 2021 and the registration of
family members who had not been counted before.

## Behind the increase

The increase happened in the same year that the government announced a plan to
expel foreigners without valid documents. The two facts are not in conflict.
The expulsion drive targeted people without papers, while registered refugees
holding Proof of Registration cards were, at least on paper, protected. In
practice, many card holders reported harassment, arbitrary checks and pressure
from landlords, and some chose to leave anyway.

## Why it matters

A larger registered population means more demand for schools, clinics and
jobs in host districts of Khyber Pakhtunkhwa and Balochistan, where public
services were already stretched. It also raises the stakes of every decision on
the validity of registration cards, because a lapse can turn lawful residents
into deportable migrants overnight.

## Recommendations

Pakistan and its donors should:

1. extend the validity of registration cards for long enough to allow planning;
2. separate the policy on registered refugees clearly from the drive against
   undocumented migrants;
3. fund host communities directly, so that support for refugees does not come
   at the expense of local residents.
""", [{
    "kind": "arithmetic",
    "quotes": ["a rise of 24\npercent"],
    "explanation": "From 1,743,278 to 1,987,717 is a rise of 244,439, or 14.0 percent, not 24 percent.",
    "expected_values": {"from": 1743278, "from_period": "2022", "to": 1987717, "to_period": "2023",
                        "stated_change_pct": 24, "computed_change_pct": 14.02},
}])

doc("dev_05_import_composition", """
# Coal, Fruit and Cotton: What Pakistan Buys from Afghanistan

Afghanistan's exports to Pakistan are few in number but important for both
sides. For Afghan farmers and miners, Pakistan is the nearest large market; for
Pakistani industry, Afghan coal and cotton are cheap inputs that do not need
scarce foreign exchange.

## Composition in 2023

Imports fell from USD 741 million in 2022 to USD 690 million in 2023, a
decline of about 7 percent, as the coal boom faded. The make-up of what
remained was still narrow. Coal made up 54 percent of the value, fresh and
dried fruit 23 percent, vegetables 11 percent, cotton 9 percent and all other
goods 8 percent.

## Seasonal pattern

Fruit shipments peak between August and November, when grapes, pomegranates
and melons from Kandahar and Kabul move through Chaman and Torkham. Delays of
even a few days at this time of year can destroy a season's income for
growers, which is why Afghan traders press hardest for longer opening hours in
autumn.

Coal, by contrast, moves all year round. Its price depends on the world market
and on Pakistan's exchange rate, and demand from cement plants in Khyber
Pakhtunkhwa is the main driver.

## Policy implications

A trade so dependent on one mineral is exposed to price swings. Pakistan and
Afghanistan would both gain from a wider basket: processed fruit, dried nuts
and medicinal plants could earn more per truck than raw coal. Cold storage near
the crossings, quicker phytosanitary checks and a stable tariff schedule would
help. So would regular meetings of the joint chamber of commerce, which has
gone long stretches without convening.
""", [{
    "kind": "arithmetic",
    "quotes": ["Coal made up 54 percent of the value, fresh and\ndried fruit 23 percent, vegetables 11 percent, cotton 9 percent and all other\ngoods 8 percent"],
    "explanation": "The shares of the 2023 import basket add up to 105 percent (54+23+11+9+8).",
    "expected_values": {"shares_pct": {"coal": 54, "fruit": 23, "vegetables": 11, "cotton": 9, "other": 8},
                        "sum_pct": 105},
}])

# ------------------------------------------------------------------ garbled
doc("dev_06_exports_after_takeover", """
# Trade After the Takeover: Pakistan's Exports to Afghanistan in 2021

The change of government in Kabul in August 2021 froze Afghanistan's banking
system, cut off most foreign aid and left importers short of dollars. Many
observers expected Pakistan's exports to collapse.

## What happened

They did not collapse, but they did not thrive either. Exports to Afghanistan
grew from USD 828 million in 2021 to USD 828 million in 2021 as traders
adjusted to the new authorities and to cash payments. The total value of
two-way trade in 2021 was USD 1,380 million, of which imports from Afghanistan
made up USD 552 million.

Traders on both sides turned to informal money changers, the hawala system and
barter-like arrangements, in which Afghan coal or fruit was set against
Pakistani flour or medicines. Such deals kept goods moving but left few traces
in the official statistics.

## Problems at the border

Border management became more unpredictable. New Afghan officials at Torkham
and Spin Boldak introduced their own fees and paperwork, while Pakistan
tightened visa rules for drivers and traders. Closures of a day or two became
common after disputes over fencing or the movement of people.

## What should be done

- Pakistan's central bank and Afghan money changers need an agreed, lawful
  channel for trade payments in rupees.
- Both sides should publish the fees collected at each crossing.
- A standing hotline between border commanders would allow disputes to be
  settled before they turn into closures.

Without such steps, the trade will continue to depend on improvised
arrangements that serve large traders but squeeze small ones out.
""", [{
    "kind": "garbled",
    "quotes": ["from USD 828 million in 2021 to USD 828 million in 2021"],
    "explanation": "A change is described whose start and end have the same value and the same period, so the sentence says nothing; the intended comparison year is missing.",
    "expected_values": {"start_value": 828, "end_value": 828, "start_period": "2021", "end_period": "2021",
                        "unit": "USD million"},
}])

doc("dev_07_refugee_growth_2021_2023", """
# Two Years of Growth in the Registered Refugee Population

Between the fall of the previous government in Kabul and the start of
Pakistan's expulsion campaign, the number of registered Afghan refugees in
Pakistan grew steadily. This brief sets out the scale of that growth and the
questions it raises for the next registration exercise.

## Scale

UNHCR recorded 1,490,562 registered refugees at the end of 2021 and 1,743,278
a year later. Across the two years from 2023 to 2021, the registered
population grew by 497,155 people, reaching 1,987,717 at the end of 2023.
Most of the new registrations were relatives of existing card holders and
people who arrived in the months after August 2021.

## Where refugees live

The great majority live in Khyber Pakhtunkhwa and Balochistan, many of them in
districts that have hosted Afghans since the 1980s. A smaller but growing
number live in Karachi, Lahore and Islamabad, where jobs in construction,
transport and small trade are easier to find.

## Questions for policy

First, how long will registration cards stay valid? Short extensions, often
announced only days before expiry, leave families unable to rent homes, open
bank accounts or enrol children in school.

Second, how will newly arrived Afghans be registered? Many people who fled
after 2021 hold no Pakistani document at all and are exposed to arrest.

Third, who pays? Host districts carry most of the cost of schooling and health
care for refugees, yet receive little of the international money raised for
the Afghan response.

A clear, multi-year framework agreed with UNHCR would answer all three
questions better than the present cycle of last-minute decisions.
""", [{
    "kind": "garbled",
    "quotes": ["from 2023 to 2021"],
    "explanation": "The period runs backwards: the growth described is from the end of 2021 (1,490,562) to the end of 2023 (1,987,717).",
    "expected_values": {"stated_period_start": "2023", "stated_period_end": "2021",
                        "intended_period": "2021..2023", "change": 497155},
}])

doc("dev_22_torkham_closure_costs", """
# When Torkham Closes: Costs of Border Disruption

Torkham is the busiest crossing between Pakistan and Afghanistan, and its
closures have become a regular feature of the relationship. This note looks at
what a closure costs and how the damage could be reduced.

## A pattern of shutdowns

Closures usually follow a dispute between border forces: over new fencing,
over a checkpost built too close to the line, or over the movement of people
without papers. The Torkham crossing was closed for several days in September
2023 after an exchange of fire between the two sides' border guards. The
Torkham crossing was closed for several days in September 2023 after an
exchange of fire between the two sides' border guards. Each time, trucks pile
up for kilometres on both sides.

## Who pays

The heaviest losses fall on small traders and drivers. Perishable goods rot,
drivers pay for food and parking while they wait, and buyers in Kabul and
Jalalabad turn to suppliers in Central Asia. Large firms can absorb a week of
lost business; a fruit trader with one truck often cannot.

There is also a cost to trust. Every closure is read on the other side as a
political signal, and each one makes the next dispute harder to settle.

## Options

1. A joint border committee with authority to reopen the crossing within
   hours for commercial traffic, even while a security dispute continues.
2. Separate lanes for perishable goods that stay open during most disputes.
3. Advance notice of planned construction near the line, shared through the
   flag-meeting mechanism.
4. Regular publication of closure days, so that the cost can be measured and
   discussed rather than guessed.
""", [{
    "kind": "garbled",
    "quotes": ["The Torkham crossing was closed for several days in September\n2023 after an exchange of fire between the two sides' border guards. The\nTorkham crossing was closed for several days in September 2023 after an\nexchange of fire between the two sides' border guards."],
    "explanation": "The same sentence is repeated verbatim, one copy straight after the other.",
    "expected_values": {"repeated_sentence": "The Torkham crossing was closed for several days in September 2023 after an exchange of fire between the two sides' border guards.",
                        "occurrences": 2},
}])

# ------------------------------------------------------------------ number_reuse
doc("dev_08_returns_and_registration", """
# Returns from Pakistan in Late 2023

In October 2023 Pakistan announced that foreigners without valid documents
had to leave the country. The announcement set off the largest movement of
Afghans back across the border in decades.

## Two populations

It is important to separate two groups. UNHCR counted 1,987,717 registered
Afghan refugees in Pakistan at the end of 2023; these people held Proof of
Registration cards and were not the main target of the campaign. During the
last quarter of that year alone, 1,987,717 Afghans crossed back into
Afghanistan through Torkham and Chaman, most of them without any Pakistani
document.

## Conditions on arrival

Returnees arrived at transit sites near the border with little more than what
they could carry. Many had lived in Pakistan for most of their lives and had
no house, land or family network in Afghanistan. Aid agencies set up
reception centres offering cash, food and transport to home provinces, but
funding fell short as winter approached.

## Pressure on registered refugees

Although registered refugees were formally exempt, many reported police
checks, demands for bribes and eviction notices from landlords who feared
penalties. Some decided to leave rather than wait for the next decision on the
validity of their cards.

## Recommendations

- Pakistan should publish clear rules on who may stay, and train police to
  recognise valid documents.
- Donors should fund reception and reintegration in Afghanistan on a scale
  that matches the returns.
- Both governments should allow a managed, voluntary pace of return, with
  special protection for women, children and people at risk of persecution.
""", [{
    "kind": "number_reuse",
    "quotes": ["1,987,717 registered\nAfghan refugees", "1,987,717 Afghans crossed back"],
    "explanation": "The end-2023 registered refugee population (1,987,717, which is correct) is reused in the next sentence as the number of returns in the last quarter of 2023, a different quantity.",
    "expected_values": {"value": 1987717, "quantity_1": "registered Afghan refugees in Pakistan, end of 2023",
                        "quantity_2": "Afghans returning from Pakistan, Q4 2023"},
}])

doc("dev_09_border_incidents", """
# Security Along the Border in 2023

The districts of Khyber Pakhtunkhwa that border Afghanistan saw a marked rise
in violence in 2023. This note summarises the trend and its implications for
relations between Islamabad and Kabul.

## The trend

Officials in Khyber Pakhtunkhwa logged 418 security incidents in the
districts bordering Afghanistan in 2023, against 302 the year before. These
incidents killed 418 people, among them police officers, soldiers, tribal
elders and bystanders. Attacks on police stations and checkposts were the
most common type, followed by roadside bombs and targeted killings.

## Cross-border dimension

Pakistan says that militants plan attacks from Afghan territory and that the
authorities in Kabul have not acted against them. Kabul denies this and
argues that Pakistan's security problems are internal. The disagreement has
spilled into trade: closures at Torkham and Chaman often follow a major
attack, as Pakistan uses the border to signal its frustration.

## Risks

The use of trade as a lever carries its own costs. It hurts traders and
transport workers in Pakistan's own border districts, who are among the
people the security forces are meant to protect, and it gives militant
groups a grievance to exploit.

## Recommendations

1. Pakistan and Afghanistan should restore a regular channel between
   security officials, separate from political talks.
2. Trade and security should be handled on separate tracks, so that
   attacks do not automatically shut the crossings.
3. Provincial authorities should publish monthly incident data, broken down
   by district, to allow independent analysis.
""", [{
    "kind": "number_reuse",
    "quotes": ["logged 418 security incidents", "These\nincidents killed 418 people"],
    "explanation": "The same number, 418, is given both for the count of security incidents and for the count of people killed in them, two different quantities in consecutive sentences.",
    "expected_values": {"value": 418, "quantity_1": "security incidents in KP border districts, 2023",
                        "quantity_2": "people killed in those incidents, 2023"},
}])

# ------------------------------------------------------------------ direction
doc("dev_10_refugees_2024", """
# The Registered Refugee Population After the Expulsion Drive

Pakistan's campaign against undocumented foreigners, launched in late 2023,
was aimed at people without papers. Its effects on the registered refugee
population became visible in the figures for 2024.

## The figures

By the end of 2024 the registered population had grown to 1,559,964,
compared with 1,987,717 a year earlier, according to UNHCR's year-end data.
The change reflects departures of card holders who felt unsafe, the lapse of
some registration cards and the tightening of rules for renewing them.

## Drivers

Three factors stand out. First, uncertainty about card validity: extensions
were announced for short periods and sometimes only after the old cards had
expired. Second, pressure on the ground: landlords, employers and schools
asked for documents more often than before. Third, conditions in Afghanistan:
some families judged that the risks of staying in Pakistan now outweighed the
risks of going back.

## Consequences

Departures of registered refugees are not the same as voluntary repatriation
in the sense used by UNHCR, which requires a free and informed choice. Many
who left did so under pressure and without preparation. Their arrival added to
the strain on reception centres in Nangarhar and Kandahar.

## Recommendations

- Announce card extensions at least six months in advance.
- Give registered refugees a clear route to longer-term residence.
- Fund reintegration in Afghanistan through agencies that can work directly
  with returning families.
""", [{
    "kind": "direction",
    "quotes": ["had grown to 1,559,964"],
    "explanation": "The text says the population 'had grown', but it went from 1,987,717 (end-2023) to 1,559,964 (end-2024), a fall of 427,753 or 21.5 percent.",
    "expected_values": {"from": 1987717, "from_period": "2023", "to": 1559964, "to_period": "2024",
                        "stated_direction": "rise", "actual_direction": "fall",
                        "change": -427753, "change_pct": -21.52},
}])

doc("dev_11_exports_2023_rebound", """
# Pakistan's Exports to Afghanistan in 2023

Pakistan's exports to Afghanistan have been volatile since 2019, swinging with
Afghan purchasing power, border closures and Pakistani export bans. The
figures for 2023 offered some good news for exporters.

## Headline figures

Pakistan's exports to Afghanistan declined from USD 936 million in 2022 to USD
1,012 million in 2023. Imports moved the other way, easing from USD 741
million to USD 690 million as Pakistani buyers relied less on Afghan coal.
The result was a wider surplus for Pakistan than in 2022.

## What sold

Rice, medicines and building materials remained the main items. Exporters of
processed food also reported more orders, helped by a stable rupee-afghani
exchange rate during much of the year and by fewer bans on staple exports from
Pakistan.

## Obstacles

Trade still faces familiar problems: long waits at Torkham, unpredictable
fees, and the lack of a formal banking channel for payments. Afghan
importers complain that Pakistani goods often arrive late and damaged because
of repeated unloading for inspection.

## Looking ahead

The gains of 2023 may not hold. Pakistan's expulsion of undocumented Afghans
from late 2023 strained relations, and several border closures followed.
Traders interviewed for this note expect a weaker year unless the two
governments agree on a stable set of rules for the crossings.

## Recommendations

- Create a single inspection at the border, shared by both sides.
- Set up a rupee payment channel through licensed banks.
- Publish monthly trade data by crossing.
""", [{
    "kind": "direction",
    "quotes": ["declined from USD 936 million in 2022 to USD\n1,012 million in 2023"],
    "explanation": "The verb says exports declined, but the figures show a rise from 936 to 1,012 USD million (+8.1 percent).",
    "expected_values": {"from": 936, "from_period": "2022", "to": 1012, "to_period": "2023",
                        "stated_direction": "fall", "actual_direction": "rise", "change_pct": 8.12,
                        "unit": "USD million"},
}])

# ------------------------------------------------------------------ scope
doc("dev_12_crossing_facilitation", """
# Keeping Trucks Moving: Trade Facilitation at the Pakistan-Afghanistan Border

Trade between Pakistan and Afghanistan is slowed less by tariffs than by the
time it takes to get a truck across the border. This note reviews the main
bottlenecks and suggests practical fixes.

## Bottlenecks

Drivers crossing at Torkham or Chaman face several separate checks: customs on
each side, security screening, health and plant inspections, and in many cases
a transfer of cargo from a Pakistani to an Afghan truck. Scanners break down,
computer systems on the two sides do not talk to each other, and opening hours
are shorter than the volume of traffic requires.

## Infrastructure is not enough

Pakistan has invested in new terminals, and donors have funded scanners and
weighbridges on the Afghan side. Yet waiting times have not fallen much.
Without a basic level of trust between Pakistan and India, no amount of new
infrastructure at Torkham will keep the trucks moving. Officials on each side
suspect the other of smuggling, of collecting unofficial fees or of using the
crossing for political pressure.

## Practical steps

1. Joint inspection: one inspection, carried out together, instead of two.
2. Data exchange: electronic sharing of cargo manifests before trucks arrive.
3. Through-traffic: allow trucks of either country to travel further inside
   the other, so that cargo need not be unloaded at the line.
4. A grievance desk: a joint office where traders can report delays and
   unofficial demands.

## Conclusion

These measures are modest and cheap compared with new terminals. They depend
on a political decision to treat the border as a place of exchange rather than
only of control.
""", [{
    "kind": "scope",
    "quotes": ["trust between Pakistan and India"],
    "explanation": "The paper is about the Pakistan-Afghanistan border at Torkham, but this sentence names India as Pakistan's counterpart.",
    "expected_values": {"pair": ["PAK", "AFG"], "named_pair": ["PAK", "IND"], "third_country": "IND"},
}])

doc("dev_13_border_committee", """
# A Committee That Rarely Meets: Managing the Pakistan-Afghanistan Crossings

Good border management depends on regular contact between the officials who
run the crossings. Between Pakistan and Afghanistan that contact has been
patchy, and disputes that could be settled locally often escalate.

## The current set-up

The joint border coordination committee that Pakistan and Iran set up to
manage traffic at Torkham and Chaman has met only twice since 2022. In the
gaps between meetings, local commanders handle problems through flag meetings
and telephone calls, which work well when personal relations are good and
badly when they are not.

## Alternative routes

Afghan importers have responded to the uncertainty by shifting part of their
trade to routes through Iran's ports of Bandar Abbas and Chabahar, and through
Central Asia. These routes are longer and often dearer, but they are seen as
more predictable. Pakistani exporters have lost market share as a result,
especially in processed food and construction materials.

## What a working committee could do

A committee that met monthly, with a fixed agenda and published minutes,
could:

- agree in advance on how to handle fencing and construction near the line;
- set common opening hours and holiday schedules;
- resolve disputes over fees and documents before they close the crossing;
- keep a shared record of incidents and closures.

## Recommendation

Both governments should give the committee a written mandate, a small joint
secretariat and the authority to reopen crossings for trade within a set time.
Without such a body, the crossings will remain hostage to each new security
incident.
""", [{
    "kind": "scope",
    "quotes": ["Pakistan and Iran set up"],
    "explanation": "The committee manages Torkham and Chaman, which are Pakistan-Afghanistan crossings, yet the text names Iran as Pakistan's partner. The later mention of Iran's ports is correct and is not a defect.",
    "expected_values": {"pair": ["PAK", "AFG"], "named_pair": ["PAK", "IRN"], "third_country": "IRN",
                        "not_a_defect": "routes through Iran's ports of Bandar Abbas and Chabahar"},
}])

# ------------------------------------------------------------------ citation
doc("dev_14_hosting_cited_2023", """
# Hosting Afghan Refugees at a Time of Economic Strain

Pakistan's economy went through one of its hardest periods in 2023, with high
inflation, a weak rupee and an IMF programme. At the same time it remained
one of the largest hosts of refugees in the world.

## Scale of hosting

Pakistan hosted 1,687,717 registered Afghan refugees at the end of 2023
(UNHCR, 2023). Most had lived in the country for years, and many were born
there. In addition, several hundred thousand Afghans held other documents or
none at all.

## Costs

The burden falls mainly on local services in Khyber Pakhtunkhwa and
Balochistan. Schools in refugee-hosting districts run double shifts, clinics
are overcrowded, and competition for casual work keeps wages low. International
support has not kept pace: appeals for the Afghan refugee response in Pakistan
have been only partly funded for several years running.

## Political pressures

Economic hardship made refugees an easy target in public debate. Politicians
blamed them for crime, smuggling and the dollar shortage, often without
evidence. That climate helped make the expulsion of undocumented Afghans,
announced in October 2023, politically popular.

## Recommendations

1. Donors should commit multi-year funding to host districts, not only to
   refugee-specific programmes.
2. Pakistan should allow registered refugees to work legally in more sectors,
   which would raise tax revenue and reduce exploitation.
3. Official statements about refugees should rest on published data, so that
   public debate is based on facts.
""", [{
    "kind": "citation",
    "quotes": ["1,687,717 registered Afghan refugees at the end of 2023\n(UNHCR, 2023)"],
    "explanation": "The cited UNHCR year-end figure for 2023 is 1,987,717, not 1,687,717.",
    "expected_values": {"stated": 1687717, "reference": 1987717, "indicator": "refugees.registered",
                        "subject": "PAK", "period": "2023", "cited_source": "UNHCR, 2023"},
}])

doc("dev_15_hosting_cited_2021", """
# After August 2021: Refugee Hosting in Pakistan

The Taliban's return to power in August 2021 raised fears of a large new
outflow of Afghans into Pakistan. Pakistan kept its border crossings open only
for people with valid documents, and the feared mass influx did not happen on
the scale of the 1980s.

## The registered population

At the end of 2021, Pakistan hosted 1,940,562 registered Afghan refugees
(UNHCR, 2021). These were mostly long-term residents holding Proof of
Registration cards. People who arrived after August 2021 were, for the most
part, not registered and lived without legal status.

## New arrivals

New arrivals included former government employees, journalists, members of
minority groups, women activists and others who feared persecution. Many
hoped to move on to a third country through resettlement programmes, but
processing was slow and places were few. While they waited, they were at risk
of arrest for overstaying visas.

## Policy gaps

Pakistan is not party to the 1951 Refugee Convention and has no national
asylum law. Decisions about Afghans are therefore taken through executive
orders and cabinet decisions, which can change quickly. This leaves both
refugees and the officials who deal with them uncertain about the rules.

## Recommendations

- Create a simple registration route for Afghans who arrived after 2021.
- Agree with resettlement countries on faster processing and clear timelines.
- Draft a national refugee law that sets out rights and duties on a stable
  footing.
""", [{
    "kind": "citation",
    "quotes": ["1,940,562 registered Afghan refugees\n(UNHCR, 2021)"],
    "explanation": "The cited UNHCR year-end figure for 2021 is 1,490,562; the text transposes two digits and gives 1,940,562.",
    "expected_values": {"stated": 1940562, "reference": 1490562, "indicator": "refugees.registered",
                        "subject": "PAK", "period": "2021", "cited_source": "UNHCR, 2021"},
}])

# ------------------------------------------------------------------ controls
doc("dev_16_bilateral_trade_overview", """
# Pakistan-Afghanistan Trade, 2021-2023: An Overview

This note brings together the main figures on trade between Pakistan and
Afghanistan for the three years after the change of government in Kabul. All
values are in millions of US dollars and refer to calendar years.

| Year | Pakistan's exports | Pakistan's imports | Total trade | Balance |
|---|---|---|---|---|
| 2021 | 828 | 552 | 1,380 | 276 |
| 2022 | 936 | 741 | 1,677 | 195 |
| 2023 | 1,012 | 690 | 1,702 | 322 |
| **2021-2023** | **2,776** | **1,983** | **4,759** | **793** |

## Exports

Exports rose from USD 828 million in 2021 to USD 1,012 million in 2023, a gain
of 22 percent over two years. Rice, medicines and building materials led the
recovery.

## Imports

Imports peaked in 2022, when Afghan coal was in demand, and then eased. The
2023 figure was about 7 percent lower than the year before.

## Balance

Pakistan ran a surplus in every year. In 2023 exports of USD 1,012 million
exceeded imports of USD 690 million, leaving a surplus of USD 322 million, up
from USD 195 million in 2022.

## Interpretation

The numbers show a trade that has survived a severe shock but remains small
relative to its potential. Total trade in 2023 was still well below the levels
seen in the mid-2010s. Payment problems, frequent border closures and
political tension all hold it back.

## Recommendations

1. Build a formal payment channel in rupees.
2. Keep trade open during security disputes.
3. Publish monthly data by crossing and product so that traders and
   researchers can follow developments.
""")

doc("dev_17_refugees_2019_2022", """
# Registered Afghan Refugees in Pakistan, 2019-2022

This brief summarises the size and location of the registered Afghan refugee
population in Pakistan in the years before the expulsion campaign of late 2023.

## National trend

UNHCR's year-end figures show a slow increase before 2021 and a faster one
afterwards.

| Year end | Registered refugees |
|---|---|
| 2019 | 1,419,084 |
| 2020 | 1,438,432 |
| 2021 | 1,490,562 |
| 2022 | 1,743,278 |

The population rose from 1,419,084 at the end of 2019 to 1,743,278 at the end
of 2022, an increase of nearly 23 percent. Most of that growth came in 2022
alone, when the number increased by 252,716.

## Location in 2022

The estimated distribution across provinces and territories at the end of 2022
was as follows.

| Province or territory | Registered refugees |
|---|---|
| Khyber Pakhtunkhwa | 908,412 |
| Balochistan | 431,655 |
| Punjab | 245,378 |
| Sindh | 82,139 |
| Islamabad | 46,311 |
| Azad Jammu and Kashmir | 29,383 |
| **Total** | **1,743,278** |

## A word on trade

Refugee hosting and trade are linked through the same border districts. In
2022 Pakistan's exports to Afghanistan were USD 936 million against imports of
USD 741 million, a surplus of USD 195 million.

## Implications

Host districts in Khyber Pakhtunkhwa and Balochistan carry most of the load.
Funding for schools, clinics and water in these districts would benefit both
refugees and local families and would reduce friction between them.
""")

doc("dev_18_border_security_districts", """
# Border Security in Khyber Pakhtunkhwa, 2022-2023

Violence in the districts along the Afghan border rose in 2023. This note sets
out the figures, places them in context and discusses the effects on trade.

## Incidents by district

| District | Security incidents, 2023 |
|---|---|
| Khyber | 97 |
| Bajaur | 64 |
| North Waziristan | 152 |
| South Waziristan | 71 |
| Kurram | 34 |
| **Total** | **418** |

Incidents rose from 302 in 2022 to 418 in 2023, an increase of 38 percent.
North Waziristan alone accounted for more than a third of the 2023 total.

## Effects on trade

Security problems spill over into commerce. Closures after attacks, extra
searches of trucks and curfews in border towns all slow the movement of
goods. At Chaman, where the figures for fiscal year 2022-23 are available,
Pakistani exports of USD 231 million set against imports of USD 97 million
gave a surplus of USD 134 million, a modest amount for a crossing that serves
all of southern Afghanistan.

## Regional interest

China, which has invested heavily in Pakistan, has an interest in calm along
the border and has encouraged both Islamabad and Kabul to talk. Its influence
should not be overstated, but it is one of the few outside actors with access
to both governments.

## Recommendations

1. Separate security talks from trade decisions.
2. Protect traders and transport workers in border towns, who are frequent
   victims of extortion.
3. Publish incident data by district every month.
""")

doc("dev_19_transit_trade", """
# Transit Trade Through Pakistan: Obligations and Opportunities

The Afghanistan-Pakistan Transit Trade Agreement of 2010 allows Afghan
importers to bring goods through Karachi and the land crossings without paying
Pakistani duties, subject to controls against smuggling. Transit trade is a
lifeline for landlocked Afghanistan and a source of business for Pakistani
ports and transport firms.

## Volumes

Transit containers cleared for Afghanistan at Pakistani ports:

| Year | Containers |
|---|---|
| 2022 | 31,400 |
| 2023 | 42,750 |
| 2024 | 38,050 |
| **Total** | **112,200** |

Transit volumes rose from 31,400 containers in 2022 to 42,750 in 2023, an
increase of 36 percent, before easing by about 11 percent in 2024 after
Pakistan imposed new fees and a list of restricted goods.

## Direct trade in 2024

Direct bilateral trade also weakened in 2024. Pakistan's exports of USD 884
million and imports of USD 540 million left a surplus of USD 344 million.

## Competition

Afghan traders now have alternatives. Goods from Uzbekistan and Turkmenistan
reach northern Afghanistan by rail and road, and Iranian ports offer another
gateway. If transit through Pakistan becomes too slow or costly, the cargo will
go elsewhere, and Pakistani ports will lose the business.

## Recommendations

- Replace lists of banned transit goods with risk-based checks.
- Use electronic tracking of sealed containers instead of repeated physical
  inspections.
- Review the 2010 agreement jointly, with a timetable for results.
""")

doc("dev_20_hosting_cited_2019_2022", """
# Refugee Hosting in Pakistan Before and After 2021

Pakistan's registered refugee population changed little for several years and
then grew quickly after August 2021. This note compares the two periods using
UNHCR data.

## Before 2021

Pakistan hosted 1,419,084 registered Afghan refugees at the end of 2019
(UNHCR, 2019). Numbers were broadly stable: new births and late registrations
were roughly balanced by returns to Afghanistan and deaths.

## After 2021

Pakistan hosted 1,743,278 registered Afghan refugees at the end of 2022
(UNHCR, 2022). The population rose from 1,419,084 in 2019 to 1,743,278 in 2022,
an increase of 324,194 people, or about 23 percent.

## What changed

Three things changed after August 2021. Conditions in Afghanistan worsened for
many groups, especially women and former officials. Legal routes out of the
country narrowed. And Pakistan became the nearest place of safety for people
from the eastern and southern provinces, despite the risks of living there
without full status.

## Consequences for policy

The growth of the registered population increased the need for services in
host areas and for a clearer legal framework. It also raised the stakes of
decisions about the validity of registration cards, since any lapse now
affected many more people.

## Recommendations

1. Extend registration cards for several years at a time.
2. Offer a path to registration for recent arrivals who meet clear criteria.
3. Channel more international funding to host districts.
""")

doc("dev_21_hosting_cited_2023_2024", """
# From Peak to Decline: Registered Refugees in Pakistan, 2023-2024

The registered Afghan refugee population in Pakistan reached a peak at the end
of 2023 and fell sharply during 2024. This brief describes the change and its
causes.

## The figures

At the end of 2023 Pakistan hosted 1,987,717 registered Afghan refugees
(UNHCR, 2023). A year later the number stood at 1,559,964 (UNHCR, 2024). The
population fell from 1,987,717 in 2023 to 1,559,964 in 2024, a decline of
427,753 people, or 21.5 percent.

## Causes

The fall was driven by three developments. First, the expulsion campaign
against undocumented foreigners created a climate of fear that reached card
holders as well. Second, delays in renewing Proof of Registration cards left
many people temporarily without valid documents. Third, some families decided
to return because they saw no future in Pakistan.

## Trade links

Relations between the two countries were tense during this period. Pakistan's
exports to Afghanistan fell from USD 1,012 million in 2023 to USD 884 million
in 2024, a drop of about 13 percent, as border closures multiplied.

## Outlook

Further declines are likely if card renewals remain uncertain. Humanitarian
agencies in Afghanistan warn that they cannot absorb large numbers of returns
without more funding, especially in winter.

## Recommendations

- Announce card renewals early and for long periods.
- Keep returns voluntary and gradual.
- Support reintegration in Afghanistan through cash assistance and housing.
""")
