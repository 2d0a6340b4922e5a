# Fifteenth held-out set of synthetic documents ("heldout15").  Written from
# scratch after heldout14/, by a labeller who had not opened dyad's
# implementation or history and had not seen any of its results.
# Every entry: name (topic slug, numbered later by build_heldout15.py), text,
# labels (list of defect dicts), control_type for controls.
# The texts imitate registers not used before: an environmental and social
# impact assessment (ESIA) of a border terminal's expansion, a livestock
# traders' association's weekly Eid bulletins, a Model United Nations
# background guide, a schoolteacher's lesson plan with data cards and a
# worksheet, a cargo surveyor's loss report, a property valuer's report on a
# bonded warehouse, a standard operating procedure (SOP) of a returnee
# centre, a fleet telematics company's monthly report, excerpts of a retired
# customs officer's memoir, an airline's route review, a listed company's
# stock-exchange disclosures and a tehsil council's budget statement.
# PDF-extracted tables are laid out by pdf_table() below (cells separated by
# runs of two or more spaces); quotes of such rows are taken from the same
# lines.
#
# Invented figures shared with earlier sets (see heldout3-14_data.py):
# annual trade series (README: exports 1,290 / 942 / 828 / 936 / 1,012 /
# 884, imports 441 / 509 / 552 / 741 / 690 / 540, balances 849 / 433 / 276 /
# 195 / 322 / 344 for 2019-2024); FY2025 (July 2024-June 2025) exports 893,
# imports 498; exports by product FY2025 rice 212, wheat flour 118,
# pharmaceuticals 96, cement 64, fruit and vegetables 58 (pharmaceuticals
# FY2024 89); transit containers 52,000 FY2024, 31,200 FY2025; returns 2024
# 676,000 (Torkham 412,000, Spin Boldak-Chaman 231,000, other 33,000),
# Jan-Mar 2025 141,000, Apr-Jun 2025 179,000 (Torkham 110,000, heldout7);
# trucks per day Torkham 1,150 (2023), 820 (2024), Chaman 610, 470, Ghulam
# Khan 140, 105 (heldout12); closure days 2024 Torkham 46, Chaman 31;
# customs duty at Torkham Rs bn FY2021-22 31.4, FY2022-23 35.8, FY2023-24
# 29.6; visas issued to Afghan nationals: medical 38,600 (2023), 31,400
# (2024), business 14,200, 9,800; registered refugees at end-2024 in
# Peshawar district 327.2 thousand (Khyber Pakhtunkhwa 811.2, more than
# half of the national figure); diesel at Rs 268 a litre in October 2025
# (heldout14).
#
# New invented figures, consistent with the above:
#   ESIA of the Ghulam Khan Border Terminal Expansion (invented Frontier
#     Terminals Development Authority, draft report October 2025): holding
#     yard for 220 trucks; land (ha) yard 6.4, examination shed 1.8,
#     returnee hall 1.2, road widening (3.2 km) 2.3, staff housing (60
#     units) 1.5, total 13.2, of which 5.0 private land from 37 owners;
#     design capacity 260 trucks a day (2032) and 1,500 people a day in the
#     returnee hall; forecasts without / with the project 150 / 190 (2027),
#     180 / 260 (2032); works 30 months, peak workforce about 450; noise
#     survey 14-18 April 2025 (about 110 trucks a day), day / night LAeq
#     dB(A): N1 gate 72 / 64, N2 mosque 68 / 57, N3 primary school 61 / 49,
#     N4 basic health unit 58 / 48, N5 houses 52 / 44; PM10 96-188; tehsil
#     of about 48,000 people, survey of 320 households (61 percent with
#     income from cross-border trade), 46 households headed by women, 28 with
#     a disabled member, 11 landless tenants, 84 women consulted; about
#     9,000 of 2024's returns crossed at Ghulam Khan (within the "other
#     crossings" 33,000); 14 shops lose verandas.
#   Eid-ul-Azha 1446 livestock trade through Torkham (invented Peshawar
#     traders' association), head, weeks to 17 May / 24 May / 31 May / 7
#     June 2025: sheep 4,200 / 6,900 / 9,400 / 5,100 (25,600), goats 2,600 /
#     3,800 / 4,500 / 2,300 (13,200), cattle 380 / 520 / 610 / 290 (1,800);
#     totals 7,180 / 11,220 / 14,510 / 7,690 (40,600; cumulative 7,180 /
#     18,400 / 32,910 / 40,600); 2024 season 33,400.  Quarantine fee Rs 200
#     a sheep or goat, Rs 500 a head of cattle (unchanged): Rs 7.76 million
#     + Rs 0.9 million = Rs 8.66 million.  Average prices at the Ring Road
#     market: dumba Rs 95,000 (Eid 2024) -> Rs 112,000 (late May 2025);
#     goats Rs 68,000 -> 74,000 (24 May), 76,000 (31 May); bulls Rs 310,000
#     -> 285,000 (24 May), 280,000 (31 May).  Waits at Torkham 14 / 9 / 7
#     hours; 96 animals turned back in the week to 31 May; transport Rs
#     38,000 a truck of 60 sheep (Rs 35,000 in 2024).
#   Model UN guide (invented KhyMUN 2026): uses the shared series only.
#   Lesson plans (invented Peshawar school): use the shared series only.
#   Cargo survey (invented surveyors, insurer and exporter): 3,200 cartons
#     of kinnow, 15 kg net, two trucks of 1,600; invoice USD 20,800 (USD 6.50
#     a carton), insured USD 22,880 (USD 7.15 a carton); loaded 14.01.2025,
#     at Torkham 16.01.2025, held 17-27.01.2025 (eleven days), survey
#     28.01.2025, crossed 29.01.2025; outturn truck A / B: sound 640 / 510
#     (1,150), partly decayed 610 / 720 (1,330), lost in full 350 / 370
#     (720); partly decayed sold for juice at 40 percent (USD 2.86 a carton,
#     USD 3,803.80); claim: 720 x 7.15 = 5,148.00, 1,330 x 4.29 = 5,705.70,
#     charges 410.00, total 11,263.70, excess 5 percent of insured value
#     1,144.00, net 10,119.70; gross weight 51,200 kg at both weighbridges.
#   Valuation of a bonded warehouse (invented valuers, owner, tenants),
#     inspection 12 August 2025: land 8 kanal at Rs 22.0 million a kanal =
#     Rs 176.00 million; shed A 12,000 sq ft (2014), shed B 9,600 sq ft
#     (2019), office 2,400 sq ft (2014), 24,000 in all; sheds at Rs 4,500 a
#     sq ft less 30 / 15 percent = Rs 37.80 / 36.72 million, office at Rs
#     6,000 less 30 percent = Rs 10.08 million (buildings Rs 84.60 million);
#     external works Rs 6.00 million; market value Rs 266.60 million, forced
#     sale value (80 percent) Rs 213.28 million; rents Rs 55 (shed A, from 1
#     July 2025; Rs 48 before) and Rs 52 (shed B) per sq ft a month = Rs 7.92
#     + 5.99 = 13.91 million a year (gross yield about 5.2 percent);
#     occupancy of bonded space on the estate 78 percent (June 2024), 61
#     percent (June 2025); plot sales Rs 20-24 million a kanal.
#   SOP of the invented Torkham Returnee Facilitation Centre: 12
#     registration counters, three shifts, 36 clerks plus six relief; about
#     72 families (about 500 persons) an hour; shade for about 900;
#     standard of 45 minutes (60 before) for 90 percent of families.
#   Telematics (invented FleetSense and Khyber Freight Services, 36 trucks),
#     Sep / Oct 2025: trips 214 / 236 (Oct: Torkham 171, Chaman 65), km
#     131,200 / 148,600, dwell hours Torkham 29.5 / 26.0, Chaman 31.0 / 24.0,
#     idle hours 5,180 / 4,960, litres per 100 km 39.2 / 38.5, harsh braking
#     per 1,000 km 2.6 / 2.1; trips 2025 by quarter 548 / 624 / 606 and
#     October 236 (cumulative 2,014); fuel 57,211 litres, Rs 15.33 million.
#   Memoir of an invented customs officer (served 1984-2024): uses the shared
#     series only.
#   Airline route review (invented Sarhad Air, Peshawar-Kabul, ATR 72-600 of
#     70 seats), IATA summer seasons of 30 weeks, S24 / S25: round trips a
#     week 4 / 6, sectors 240 / 360, seats 16,800 / 25,200, passengers 9,744
#     (PEW-KBL 4,610, KBL-PEW 5,134) / 18,144 (8,764, 9,380), load factor 58
#     / 72 percent, average one-way fare USD 165 / 150, revenue USD thousand
#     1,607.8 / 2,721.6; S25 mix: medical 38, business 27, family 24, other
#     11 percent; contribution USD 0.41 million in S25.
#   Listed pharmaceutical company (invented Hayat Pharmaceuticals Limited),
#     FY2024 / FY2025 (years to June), Rs million: local sales 12,870 /
#     14,000, export sales 4,410 / 5,150, net sales 17,280 / 19,150, gross
#     profit 6,480 / 7,390, profit before tax 1,360 / 1,590, tax 392 / 459,
#     profit after tax 968 / 1,131; EPS Rs 5.38 / 6.28 on 180 million shares;
#     dividend FY2025 interim Rs 1.50 + final Rs 3.00 = Rs 4.50 (45 percent
#     of Rs 10 par; final about Rs 540 million).  Export sales FY2025 US$
#     18.4 million: Afghanistan 11.5 (62.5 %; 12 % of Pakistan's 96),
#     Central Asia 3.8 (20.7), Sri Lanka 2.1 (11.4), East Africa 1.0 (5.4).
#     Receivables from Afghan distributors Rs 1,860 million (30 June 2024),
#     Rs 2,140 million (30 June 2025), provision Rs 240 million.
#   Tehsil Council Landi Kotal, Rs thousand, actual 2023-24 / RE 2024-25 /
#     BE 2025-26: truck stand and parking fees 18,400 / 14,900 / 16,200,
#     cattle market fee 3,100 / 3,400 / 3,900, shop rents 6,200 / 6,600 /
#     7,100, provincial finance award 20,500 / 21,800 / 22,900, other 2,300
#     / 1,900 / 2,100; totals 50,500 / 48,600 / 52,200.  Expenditure RE / BE:
#     salaries 21,300 / 22,600, sanitation and lighting 7,800 / 8,400, water
#     6,100 / 6,500, refugee-village schools 2,400 / 2,400, development 9,300
#     / 11,500; totals 46,900 / 51,400; surplus 1,700 / 800.  Weighbridge Rs
#     9.8 million, fee Rs 150 a truck, about 400 trucks a day, 300 days (Rs
#     18.0 million a year); truck stand fee Rs 100 a truck a day.
#   Figures used in one document only: the ESIA's 180,000 cubic metres of
#     fill, 400 kW of solar panels and 23 schools; the bulletins' escorted
#     van; the surveyors' 35-45 percent juice prices; the valuer's 220 feet
#     of frontage and 1,800 sq ft cold room; the airline's survey of 600
#     passengers, 81 percent punctuality and 12 percent handling increase;
#     the company's US$ 1.6 million first order and US$ 4 million a year
#     from its new distributor; the tehsil's Rs 3.2 million spent on
#     returnees, Rs 1.5 million for the gate, and schemes of Rs 6.4, 3.1 and
#     2.6 million.

import re  # noqa: F401


def pdf_table(rows, gap=3):
    """Lay out rows as a PDF text extraction does: cells padded to the widest
    cell of their column and separated by runs of spaces, no pipes."""
    widths = [max(len(r[k]) for r in rows) for k in range(len(rows[0]))]
    out = []
    for r in rows:
        cells = [r[0].ljust(widths[0])] + [c.rjust(widths[k]) for k, c in enumerate(r) if k > 0]
        out.append((" " * gap).join(cells).rstrip())
    return "\n".join(out)


def row(table, first):
    """The line of a laid-out PDF table that starts with `first`."""
    hits = [ln for ln in table.split("\n") if ln.startswith(first)]
    assert len(hits) == 1, (first, hits)
    return hits[0]


HELDOUT15 = []


# ---------------------------------------------------------------------------
# R1. Environmental and social impact assessment (ESIA) of the invented
# Ghulam Khan Border Terminal Expansion.
# ---------------------------------------------------------------------------

HELDOUT15.append(dict(
    name="esia_noise_school_table",
    control_type=None,
    labels=[dict(
        kind="text_vs_table",
        quotes=["the daytime level averaged 68 dB(A)",
                "| N3 | Government Primary School (boys) | 85 | 61 | 49 |"],
        explanation="The findings give the daytime noise level at the primary school (N3) as 68 dB(A), "
                    "but the survey table above them gives 61 dB(A) for N3; 68 is the value of the row "
                    "above it, the mosque (N2).",
        expected_values={"text_value": 68, "table_value": 61, "unit": "dB(A), day LAeq",
                         "subject": "daytime noise level at the primary school (receptor N3)",
                         "period": "Apr 2025",
                         "location": "findings paragraph 6.3 against the noise survey table",
                         "table_form": "pipe"},
    )],
    text="""
# Ghulam Khan Border Terminal Expansion: Environmental and Social Impact Assessment. Chapter 6: Baseline Noise and Air Quality

*Extract from a draft ESIA report of October 2025 on an invented project of the invented Frontier Terminals Development Authority (FTDA), prepared by invented consultants. The project, the surveys and their results are invented; border figures follow this set's series.*

**6.1 Why noise matters here.** The terminal lies at the edge of Ghulam Khan bazaar, and the access road runs past a mosque, a primary school and a basic health unit. Trucks waiting to cross idle on the road shoulder for hours, and drivers use air horns to move the line. Traffic at the crossing fell from about 140 trucks a day in 2023 to 105 in 2024, but the project is designed for 260 a day by 2032, so today's levels are a floor, not a ceiling.

**6.2 Survey.** Noise was measured for 24 hours at each of five receptors between 14 and 18 April 2025, with the crossing open and about 110 trucks a day passing. Levels are the equivalent continuous level over the day (06:00 to 22:00) and the night (22:00 to 06:00).

| Point | Receptor | Distance from road edge (m) | Day LAeq, dB(A) | Night LAeq, dB(A) |
|---|---|---|---|---|
| N1 | Terminal gate | 15 | 72 | 64 |
| N2 | Jamia mosque, Ghulam Khan bazaar | 40 | 68 | 57 |
| N3 | Government Primary School (boys) | 85 | 61 | 49 |
| N4 | Basic health unit | 120 | 58 | 48 |
| N5 | Houses west of the bazaar | 260 | 52 | 44 |

**6.3 Findings.** Every receptor is above the daytime limit of 50 dB(A) that the national standards set for silence zones around schools, hospitals and places of worship. At the primary school (N3), the most sensitive receptor on the route, the daytime level averaged 68 dB(A), so the school needs protection before construction traffic starts. At night all points except N5 are above the 45 dB(A) limit for residential areas.

**6.4 Mitigation.** A noise barrier 2.5 m high along 300 m of the school's boundary wall; a ban on air horns inside the bazaar; and no night-time construction within 150 m of N2, N3 or N4. The survey will be repeated every quarter while works last.
""",
))

LAND = pdf_table([
    ["Component", "Area (ha)", "To be acquired (ha)"],
    ["Truck holding yard (220 trucks)", "6.4", "0.0"],
    ["Cargo examination shed and scanner lane", "1.8", "0.0"],
    ["Pedestrian and returnee hall", "1.2", "1.2"],
    ["Access road widening (3.2 km)", "2.3", "2.3"],
    ["Staff housing (60 units)", "1.5", "1.5"],
    ["Total", "11.7", "5.0"],
])

HELDOUT15.append(dict(
    name="esia_project_land_total",
    control_type=None,
    labels=[dict(
        kind="arithmetic",
        quotes=[row(LAND, "Total")],
        explanation="The land table's total row gives 11.7 ha, but its five components add up to "
                    "13.2 ha; the total leaves out the last row (staff housing, 1.5 ha). The second "
                    "column, land to be acquired, adds up correctly to 5.0 ha.",
        expected_values={"parts": {"truck holding yard": 6.4,
                                   "cargo examination shed and scanner lane": 1.8,
                                   "pedestrian and returnee hall": 1.2,
                                   "access road widening": 2.3,
                                   "staff housing": 1.5},
                         "sum_of_parts": 13.2, "stated_total": 11.7, "difference": -1.5,
                         "unit": "hectares", "period": "Oct 2025",
                         "subject": "land needed for the terminal expansion",
                         "location": "land table in section 4.2 (PDF extraction), total row",
                         "table_form": "pdf"},
    )],
    text="""
# Ghulam Khan Border Terminal Expansion: Environmental and Social Impact Assessment. Chapter 4: Project Description

*Extract from a draft ESIA report of October 2025 on an invented project of the invented Frontier Terminals Development Authority (FTDA). The project and its figures are invented; border figures follow this set's series.*

**4.1 Components.** The expansion adds five things to the existing terminal: a paved holding yard for 220 trucks, so that trucks no longer queue on the road through the bazaar; a cargo examination shed with a drive-through scanner lane; a hall where pedestrians and returning families can be registered and wait under a roof; the widening of 3.2 km of access road from two lanes to four; and housing for 60 staff who now travel daily from Bannu.

**4.2 Land.** The land needed for each component is shown below, as extracted from the land schedule in Annex C.

""" + LAND + """

The yard and the shed sit on government land already inside the terminal fence. The rest must be bought from private owners: 5.0 ha from 37 owners, most of it orchard and some of it shops on the road frontage. The resettlement plan in Chapter 10 sets compensation at replacement cost, with allowances for tenants and for vulnerable households.

**4.3 Construction.** Works will take 30 months in two phases, so that the crossing stays open throughout: the yard and the road first, then the shed, the hall and the housing. The peak workforce will be about 450, and the contractor has agreed to hire at least 40 percent of it from the tehsil. About 180,000 cubic metres of fill will come from a licensed quarry 14 km away; none will be taken from the river bed.

**4.4 Operation.** The terminal will run 24 hours a day. Its design capacity is 260 trucks a day in both directions, against an average of 105 a day in 2024, and the returnee hall is sized for 1,500 people a day. Power will come from the grid, with a 400 kW solar array on the shed roof and standby generators.
""",
))

HELDOUT15.append(dict(
    name="esia_social_baseline_refugees_2022",
    control_type=None,
    labels=[dict(
        kind="citation",
        quotes=["nearly 1.5 million at the end of 2022, per UNHCR's end-2022 data"],
        explanation="The social baseline cites UNHCR's end-2022 data for nearly 1.5 million registered "
                    "Afghan refugees in Pakistan at the end of 2022; the reference value is 1,743,278, "
                    "so the stated figure is about 14.0 percent too low (it is close to the end-2021 "
                    "value instead).",
        expected_values={"stated": 1500000, "reference": 1743278,
                         "indicator": "refugees.registered",
                         "subject": "registered Afghan refugees in Pakistan", "period": "2022",
                         "cited_source": "UNHCR",
                         "citation_form": "per UNHCR's end-YEAR data, in an ESIA's social baseline",
                         "location": "social baseline, section 7.2",
                         "stated_as_written": "1.5 million", "stated_hedge": "nearly"},
    )],
    text="""
# Ghulam Khan Border Terminal Expansion: Environmental and Social Impact Assessment. Chapter 7: Social Baseline

*Extract from a draft ESIA report of October 2025 on an invented project of the invented Frontier Terminals Development Authority (FTDA). The surveys and their results are invented; border figures follow this set's series.*

**7.1 Population and livelihoods.** Ghulam Khan tehsil has an estimated 48,000 residents. Households are large, averaging nine people, and most depend on the crossing in one way or another: as porters, drivers, shopkeepers, money changers or hotel staff. A survey of 320 households along the access road, carried out in May 2025, found that 61 percent had at least one member whose income comes from cross-border trade.

**7.2 Afghan refugees and returnees.** Pakistan's registered Afghan refugee population stood at nearly 1.5 million at the end of 2022, per UNHCR's end-2022 data, but few of them live in North Waziristan, and no refugee village in Khyber Pakhtunkhwa lies within 20 km of the project. The project matters for a different group: families going back to Afghanistan. Of the 676,000 people who returned from Pakistan in 2024, about 9,000 crossed at Ghulam Khan, many of them after waiting in the open for a day or more. The returnee hall is meant for them.

**7.3 Vulnerable groups.** The survey found 46 households headed by women, 28 with a member who has a disability and 11 landless tenant households on the road frontage. All of them will receive a vulnerability allowance on top of any compensation.

**7.4 Gender.** Women in Ghulam Khan rarely work outside the home, and none of the 37 owners whose land is needed is a woman. Separate consultation sessions were held with 84 women in four villages by female enumerators. Their main requests were a separate waiting area for women in the returnee hall and safe drinking water at the terminal gate.

**7.5 Health and education.** The tehsil has one basic health unit and 23 schools, eight of them for girls. The nearest hospital with a surgeon is in Miranshah, about an hour's drive away. The project will build a first-aid post inside the terminal and open it to residents as well as travellers.
""",
))

HELDOUT15.append(dict(
    name="esia_summary_citation_control",
    control_type="citation_control",
    labels=[],
    text="""
# Ghulam Khan Border Terminal Expansion: Environmental and Social Impact Assessment. Non-Technical Summary

*Extract from a draft ESIA report of October 2025 on an invented project of the invented Frontier Terminals Development Authority (FTDA). The project, the forecasts and the surveys are invented; border figures follow this set's series.*

**What this summary is for.** It explains in plain words what the project is, what it will change and what the FTDA will do about the harm it may cause. It will be read aloud in Pashto at the public hearings in Ghulam Khan and Miranshah.

**Traffic.** Trucks crossing at Ghulam Khan averaged 140 a day in 2023 and 105 in 2024, a fall of a quarter. The consultants expect traffic to recover without the project, and to grow faster with it, because a paved yard and a scanner will cut the time a truck spends at the border:

| Year | Without the project (trucks a day) | With the project (trucks a day) | Difference |
|---|---|---|---|
| 2024 (observed) | 105 | 105 | 0 |
| 2027 | 150 | 190 | 40 |
| 2032 | 180 | 260 | 80 |

**Returning families.** The returnee hall is part of the project because the crossing is used by families going back to Afghanistan. Pakistan's register of Afghan refugees stood at 1,987,717 at the end of 2023, according to UNHCR's end-of-year 2023 statistics, and at 1,559,964 a year later (UNHCR Refugee Data Finder, 2024), a drop of 427,753, or a little more than a fifth. Most of those who left went through Torkham and Chaman, but Ghulam Khan took a steady share.

**Land and people.** The project needs 13.2 ha, of which 5.0 ha will be bought from 37 private owners. No house will be pulled down. Fourteen shops on the road frontage will lose their front verandas, and their owners and tenants will be paid for the loss.

**Noise and dust.** The primary school on the access road already has a daytime noise level of 61 dB(A). A barrier along its wall and a ban on air horns in the bazaar should bring this down during works.

**Complaints.** Anyone affected can complain in person, by phone or through the tehsil office. A grievance committee chaired by the Assistant Commissioner will answer every complaint within 15 days and keep a public register of them.
""",
))


# ---------------------------------------------------------------------------
# R2. An invented livestock traders' association's weekly bulletins for the
# Eid-ul-Azha trade in animals from Afghanistan (May-June 2025).
# ---------------------------------------------------------------------------

LB_NOTE = ("*Issued every Saturday before Eid by an invented traders' association in Peshawar for its "
           "members and the press, translated from Urdu. The association, the prices and the animal "
           "counts are invented; border figures follow this set's series.*")

HELDOUT15.append(dict(
    name="livestock_bulletin_one_goats_reuse",
    control_type=None,
    labels=[dict(
        kind="number_reuse",
        quotes=["Sheep were the largest group, with 4,200 head",
                "followed by goats with 4,200"],
        explanation="The bulletin gives 4,200 head both for sheep and for goats in the week to 17 May. "
                    "The week's 7,180 animals less 4,200 sheep and 380 cattle leave 2,600 goats, and "
                    "the sheep are said to be the largest group, so the goats' figure is a reuse.",
        expected_values={"value": 4200, "unit": "head of animals",
                         "quantity_1": "sheep arriving through Torkham in the week to 17 May 2025",
                         "quantity_2": "goats arriving through Torkham in the same week",
                         "expected_value_2": 2600},
    )],
    text="""
# Eid-ul-Azha 1446 Livestock Bulletin No. 1 (Week to 17 May 2025)

""" + LB_NOTE + """

**The season opens.** The first week of the Eid trade brought 7,180 animals from Afghanistan through Torkham. Sheep were the largest group, with 4,200 head, followed by goats with 4,200 and cattle with 380. Most of the sheep are fat-tailed dumba from Nangarhar and Logar, which Peshawar buyers prefer for their size. Trucks carrying animals waited 14 hours on average at the crossing, because the quarantine post had only one team on duty.

**Prices.** It is too early for firm prices. The first dumba sold at the Ring Road market fetched between Rs 90,000 and Rs 105,000, and goats between Rs 60,000 and Rs 80,000.

**Fees and papers.** Every animal must carry an ear tag stamped by the quarantine post at Torkham. The fee is Rs 200 for a sheep or goat and Rs 500 for a head of cattle, the same as last year. Keep the receipt: the police at the Jamrud check post ask for it, and animals without it are sent back.

**Transport.** A truck carrying 60 sheep from Torkham to Peshawar charges Rs 38,000 this year, against Rs 35,000 last year. Members who bring in more than ten trucks a week can ask the office for the rate it has agreed with two transport companies.

**Warnings.** Do not buy animals sold from the roadside without a market slip; some are smuggled and some are sick. Lumpy skin disease was reported in two villages near Jamrud in April, and the livestock department asks buyers to check cattle for skin nodules before paying.

**Next bulletin.** Saturday 24 May.
""",
))

HELDOUT15.append(dict(
    name="livestock_bulletin_two_dumba_slumped",
    control_type=None,
    labels=[dict(
        kind="direction",
        quotes=["slumped from Rs 95,000 a head in the last week before Eid in June 2024 to Rs 112,000 this week"],
        explanation="The average price of an Afghan dumba is said to have slumped, but it went up from "
                    "Rs 95,000 to Rs 112,000 a head (about 17.9 percent).",
        expected_values={"from": 95000, "to": 112000, "change": 17000, "change_pct": 17.89,
                         "from_period": "Jun 2024", "to_period": "24 May 2025",
                         "as_written": {"from_period": "the last week before Eid in June 2024",
                                        "to_period": "this week"},
                         "stated_direction": "fall", "actual_direction": "rise",
                         "direction_word": "slumped", "unit": "PKR per head",
                         "subject": "average price of an Afghan dumba sheep at the Ring Road market",
                         "location": "prices paragraph of bulletin No. 2"},
    )],
    text="""
# Eid-ul-Azha 1446 Livestock Bulletin No. 2 (Week to 24 May 2025)

""" + LB_NOTE + """

**Arrivals.** Animals from Afghanistan kept coming through Torkham in larger numbers this week: 6,900 sheep, 3,800 goats and 520 cattle, or 11,220 head in all, against 7,180 in the week to 17 May. Trucks carrying animals waited nine hours on average at the crossing, down from 14 hours last week, after the quarantine post added a second team.

**Prices at the Ring Road market.** The average price of a good Afghan dumba slumped from Rs 95,000 a head in the last week before Eid in June 2024 to Rs 112,000 this week, and buyers say the best animals fetch far more. Goats sold for Rs 74,000 on average, against Rs 68,000 at the last Eid. Bulls are the exception: with more cattle from Punjab in the market, the average bull sold for Rs 285,000, down from Rs 310,000.

**Transport.** A truck carrying 60 sheep from Torkham to Peshawar still charges Rs 38,000. Some transporters have started asking for half in advance; members should not pay more than a quarter before loading.

**Advice to members.** Do not buy animals without the quarantine stamp on the ear tag. Keep receipts of the quarantine fee, Rs 200 for a sheep or goat and Rs 500 for a head of cattle, because the police at the Jamrud check post ask for them. Report any trader who sells animals from the open road without a market slip to the association's office, which will pass the name to the market committee.

**Weather.** The first heat of the season has arrived. Give animals shade and water at every stop, and do not load more than 60 sheep on a truck, whatever the transporter says.

**Next bulletin.** Saturday 31 May. Eid-ul-Azha is expected on 7 June (10 Zil Hajj 1446), subject to the sighting of the moon.
""",
))

HELDOUT15.append(dict(
    name="livestock_bulletin_three_goats_same",
    control_type=None,
    labels=[dict(
        kind="garbled",
        quotes=["goat arrivals rose from 4,500 head in the week to 31 May to 4.5 thousand in the week to 31 May"],
        explanation="Goat arrivals are said to have risen, but the start and the end are the same "
                    "value (4,500 head, once written as 4.5 thousand) in the same week, so no rise is "
                    "described.",
        expected_values={"start_value": 4500, "end_value": 4500,
                         "start_period": "31 May 2025", "end_period": "31 May 2025",
                         "period_as_written": "the week to 31 May",
                         "as_written": {"start_value": "4,500 head", "end_value": "4.5 thousand"},
                         "unit": "head of goats", "subject": "goat arrivals through Torkham",
                         "location": "peak-week paragraph of bulletin No. 3"},
    )],
    text="""
# Eid-ul-Azha 1446 Livestock Bulletin No. 3 (Week to 31 May 2025)

""" + LB_NOTE + """

**Peak week.** The last full week before Eid brought the season's highest arrivals through Torkham: 9,400 sheep, 4,500 goats and 610 cattle, or 14,510 head. Sheep arrivals climbed by more than a third on the week before, and goat arrivals rose from 4,500 head in the week to 31 May to 4.5 thousand in the week to 31 May. Cattle arrivals stayed small, because Punjab's farms supply most of the bulls sold in Peshawar.

**Prices.** Dumba prices held near last week's average of Rs 112,000, with the best animals selling for Rs 160,000 or more. Goats averaged Rs 76,000. Bulls averaged Rs 280,000, as more cattle from Punjab reached the market.

**Animals turned back.** The quarantine post sent back 96 animals this week, most of them goats with no vaccination mark. It has extended its hours to 22:00, and trucks waited about seven hours on average.

**Security and heat.** Temperatures in Peshawar are expected to pass 42 degrees next week. Water the animals at least three times a day and do not leave them standing in trucks in the sun. Members carrying cash to the market should use the association's escorted van, which leaves the office at 08:00 every day.

**Eid.** Eid-ul-Azha is expected on Saturday 7 June. The Ring Road market will close at midnight on Friday 6 June. The association's office will reopen on 12 June, and the season summary will follow soon after.
""",
))

HELDOUT15.append(dict(
    name="livestock_season_summary_control",
    control_type="control",
    labels=[],
    text="""
# Eid-ul-Azha 1446 Livestock Bulletin: Season Summary

*Issued in June 2025 by an invented traders' association in Peshawar for its members and the press, translated from Urdu. The association, the prices and the animal counts are invented; border figures follow this set's series.*

**The season in figures.** Arrivals of animals from Afghanistan through Torkham, in head:

| Week to | Sheep | Goats | Cattle | Total | Season to date |
|---|---|---|---|---|---|
| 17 May 2025 | 4,200 | 2,600 | 380 | 7,180 | 7,180 |
| 24 May 2025 | 6,900 | 3,800 | 520 | 11,220 | 18,400 |
| 31 May 2025 | 9,400 | 4,500 | 610 | 14,510 | 32,910 |
| 7 Jun 2025 | 5,100 | 2,300 | 290 | 7,690 | 40,600 |
| Total | 25,600 | 13,200 | 1,800 | 40,600 | |

**Against last year.** The season's 40,600 animals compare with 33,400 in 2024, about a fifth more. Sheep made up almost two-thirds of the total, goats about a third and cattle a little over 4 percent. Arrivals fell in the last week because the crossing stopped taking animals two days before Eid.

**Fees.** The quarantine post charged Rs 200 for each of the 38,800 sheep and goats and Rs 500 for each of the 1,800 cattle: Rs 7.76 million and Rs 0.9 million, or Rs 8.66 million in all. The rates were the same as in 2024.

**Prices.** The average dumba sold for Rs 112,000 in the last two weeks before Eid, up from Rs 95,000 last year, while the average bull fell to Rs 280,000 from Rs 310,000.

**Elsewhere.** Gulf buyers again took most of their sacrificial sheep from Australia and Sudan by sea this year, so Afghan animals met no competition from that side.

**Thanks.** The association thanks the quarantine staff at Torkham, who worked double shifts for three weeks, and the police at Jamrud. Members still owed money by buyers should bring their market slips to the office before 30 June.
""",
))


# ---------------------------------------------------------------------------
# R3. An invented university's Model United Nations background guide
# (Economic and Social Council, Topic B).
# ---------------------------------------------------------------------------

MUN_NOTE = ("*Written by the committee's chairs for delegates of an invented university conference "
            "held in February 2026. The conference and the chairs are invented; trade, border and "
            "returns figures follow this set's series.*")

HELDOUT15.append(dict(
    name="mun_guide_key_figures_surplus",
    control_type=None,
    labels=[dict(
        kind="arithmetic",
        quotes=["exports to Afghanistan US$ 1,012 million, imports from Afghanistan US$ 690 million, "
                "a surplus of US$ 422 million"],
        explanation="The key-figures list gives exports of US$ 1,012 million and imports of US$ 690 "
                    "million for calendar 2023 and calls the surplus US$ 422 million; exports minus "
                    "imports is 322.",
        expected_values={"exports": 1012, "imports": 690, "computed_balance": 322,
                         "stated_balance": 422,
                         "as_written": {"exports": "US$ 1,012 million", "imports": "US$ 690 million",
                                        "stated_balance": "US$ 422 million"},
                         "unit": "USD million", "period": "2023",
                         "subject": "Pakistan's trade surplus with Afghanistan",
                         "location": "background guide's key-figures list"},
    )],
    text="""
# Khyber Model United Nations 2026. Economic and Social Council: Background Guide, Topic B: Trade and Transit between Pakistan and Afghanistan

""" + MUN_NOTE + """

**Letter from the chairs.** Dear delegates, welcome to ECOSOC. Topic B asks you to deal with a question that matters to millions of people but rarely makes headlines abroad: how two neighbours that often quarrel can keep their trade moving. Read this guide, then read beyond it. Position papers are due by 5 February.

**Why the topic matters.** Afghanistan has no coast. Much of what it buys from overseas comes through Karachi and Port Qasim as transit cargo, and much of what it sells goes by road to Pakistan. For Pakistan, Afghanistan is a market for rice, wheat flour, medicines and cement, and a source of coal, fruit and vegetables. Closures at Torkham and Chaman, disputes over transit rules and the return of Afghans from Pakistan have all weighed on this trade.

**Key figures.**

- Calendar 2023: Pakistan's exports to Afghanistan US$ 1,012 million, imports from Afghanistan US$ 690 million, a surplus of US$ 422 million.
- Calendar 2024: exports US$ 884 million, imports US$ 540 million, a surplus of US$ 344 million.
- Afghan transit containers handled at Karachi and Port Qasim: 52,000 in FY2024 and 31,200 in FY2025, a fall of two-fifths.
- Trucks crossing at Torkham each day, on average: 1,150 in 2023 and 820 in 2024.

**Questions a resolution should answer.**

- How can border crossings stay open when the two governments disagree?
- Should transit cargo be tracked electronically from port to border, and who pays for it?
- How can small traders, who cannot afford long delays, be protected?

**Research tips.** Use figures with a clear year and source, and say whether they are calendar or fiscal years; Pakistan's fiscal year runs from July to June. If two sources disagree, say so in your position paper rather than picking the one that suits your country.
""",
))

HELDOUT15.append(dict(
    name="mun_guide_displacement_refugees_2020",
    control_type=None,
    labels=[dict(
        kind="citation",
        quotes=["about 1.2 million registered Afghan refugees at the end of 2020 [3]",
                "[3] UNHCR, registered Afghan refugees in Pakistan, year-end figures for 2020"],
        explanation="The guide says Pakistan hosted about 1.2 million registered Afghan refugees at the "
                    "end of 2020 and cites UNHCR's year-end figures for 2020 in reference [3]; the "
                    "reference value is 1,438,432, so the stated figure is about 16.6 percent too low.",
        expected_values={"stated": 1200000, "reference": 1438432,
                         "indicator": "refugees.registered",
                         "subject": "registered Afghan refugees in Pakistan", "period": "2020",
                         "cited_source": "UNHCR",
                         "citation_form": "numbered reference '[n] UNHCR, ... year-end figures for YEAR' "
                                          "behind a marker in the text",
                         "location": "background section on displacement, with the reference list",
                         "stated_as_written": "1.2 million", "stated_hedge": "about"},
    )],
    text="""
# Khyber Model United Nations 2026. Economic and Social Council: Background Guide, Topic B, Section 3: Displacement and Returns

""" + MUN_NOTE + """

**Background.** Pakistan has hosted Afghan refugees since 1979. It was hosting about 1.2 million registered Afghan refugees at the end of 2020 [3], most of them in Khyber Pakhtunkhwa and Balochistan, alongside many Afghans without registration. Registered refugees hold Proof of Registration cards, which the government has extended several times, often for only a few months at a time.

**Returns.** In late 2023 Pakistan began to remove foreigners without valid documents. Hundreds of thousands of Afghans went back in the months that followed: 676,000 in 2024 alone [4], about three-fifths of them through Torkham. Returns went on in 2025, with 141,000 in January–March and 179,000 in April–June.

**Why ECOSOC?** Returns on this scale strain the economy on both sides of the border. In Afghanistan, returning families need land, housing and jobs in provinces that already struggle. In Pakistan, districts that hosted refugees for decades lose workers, tenants and customers. Delegates should think about how trade, jobs and aid fit together, not only about the security questions that fill the news.

**Points to consider.**

- Who should pay for the reintegration of returning families in Afghanistan?
- Can border markets and trade zones create jobs for them?
- How should the Council treat the rights of Afghans born in Pakistan?

**References.**

[1] Chairs' compilation of trade figures for Topic B, KhyMUN 2026.

[2] Provincial home departments, notices on the repatriation plan, 2023 and 2024.

[3] UNHCR, registered Afghan refugees in Pakistan, year-end figures for 2020.

[4] Chairs' compilation of returns by crossing point, 2024 and 2025.
""",
))

HELDOUT15.append(dict(
    name="mun_guide_key_figures_citation_control",
    control_type="citation_control",
    labels=[],
    text="""
# Khyber Model United Nations 2026. Economic and Social Council: Background Guide, Topic B, Section 4: Figures for Delegates

""" + MUN_NOTE + """

**Trade.** Pakistan's trade with Afghanistan, calendar years, in US$ million:

| Year | Exports to Afghanistan | Imports from Afghanistan | Balance |
|---|---|---|---|
| 2019 | 1,290 | 441 | 849 |
| 2020 | 942 | 509 | 433 |
| 2021 | 828 | 552 | 276 |
| 2022 | 936 | 741 | 195 |
| 2023 | 1,012 | 690 | 322 |
| 2024 | 884 | 540 | 344 |

Exports fell from US$ 1,290 million in 2019 to US$ 884 million in 2024, down almost a third. Pakistan's surplus shrank in every year from 2019 to 2022, then grew in 2023 and again in 2024, as imports fell.

**Refugees.** UNHCR data for end-2021 show 1,490,562 registered Afghan refugees in Pakistan. A year later the number was 1,743,278, UNHCR's figure for end-2022, an increase of 252,716, or about 17 percent. Delegates should note that these are registered refugees only; they do not include Afghans with other documents or none.

**Crossings.** In 2024 Torkham was shut to cargo for 46 days and Chaman for 31. Trucks crossing at Torkham averaged 820 a day, against 1,150 in 2023.

**Other routes.** Delegates of Uzbekistan and Turkmenistan may wish to describe their own rail and road links with Afghanistan, which offer it routes to the north that do not pass through Pakistan.

**A note on sources.** Every figure in this section is from the chairs' compilation or from the source named beside it. Delegates may use other sources, but must name them in their position papers.
""",
))

HELDOUT15.append(dict(
    name="mun_guide_history_ireland_border",
    control_type=None,
    labels=[dict(
        kind="scope",
        quotes=["today forms Ireland's border with Afghanistan"],
        explanation="The history section says the Durand Line forms Ireland's border with Afghanistan; "
                    "it is Pakistan's border with Afghanistan. Ireland is named correctly later, as a "
                    "delegation in the simulation.",
        expected_values={"third_country": "IRL", "named_pair": ["IRL", "AFG"],
                         "pair": ["PAK", "AFG"], "named_as": "Ireland's border with Afghanistan",
                         "not_a_defect": "the delegation of Ireland"},
    )],
    text="""
# Khyber Model United Nations 2026. Economic and Social Council: Background Guide, Topic B, Section 2: History of the Topic

""" + MUN_NOTE + """

**A long border.** The line agreed in 1893 between a British official, Sir Mortimer Durand, and the Afghan ruler of the time today forms Ireland's border with Afghanistan, about 2,600 km long. No Afghan government has formally accepted it as an international border, and the question still colours relations. Pakistan has fenced most of it since 2017.

**Transit.** For decades the two countries have had arrangements that let Afghan goods travel through Pakistan without paying Pakistani duty. They have also led to complaints that goods declared for Afghanistan are sold in Pakistan instead, and to rules, fees and guarantees meant to stop this.

**Closures.** Torkham and Chaman, the two main crossings, have been closed many times, for days or weeks, after shooting incidents, disputes over construction near the line or protests. In 2024 Torkham was shut to cargo for 46 days and Chaman for 31. Every closure leaves trucks of fruit and vegetables rotting in the queue.

**Returns.** Since late 2023, the return of Afghans from Pakistan has added a new strain: 676,000 people went back in 2024, most through the same two crossings used by trade.

**In this committee.** ECOSOC has never passed a resolution on this border. In this simulation, the delegation of Ireland has asked to open the debate with a statement on humanitarian access, and the delegation of Kazakhstan will speak on transit routes to Central Asia. The chairs expect the delegations of Pakistan and Afghanistan to reply to both.

**For your position paper.** Explain your country's interest in the topic in one paragraph, propose no more than three measures, and say who would pay for each.
""",
))


# ---------------------------------------------------------------------------
# R4. An invented teacher's lesson plans for a Class 9 Pakistan Studies unit
# on Pakistan and its neighbours (data cards, worksheet, teacher's notes).
# ---------------------------------------------------------------------------

LP_NOTE = ("*A lesson plan by an invented teacher at an invented Peshawar school, shared on a "
           "teachers' network. The school and the teacher are invented; figures follow this set's "
           "series.*")

HELDOUT15.append(dict(
    name="lesson_plan_data_card_refugees_2021",
    control_type=None,
    labels=[dict(
        kind="citation",
        quotes=["At the end of 2021, 1.99 million registered Afghan refugees were living in Pakistan "
                "(UNHCR, Dec 2021)"],
        explanation="Data card B cites UNHCR for December 2021 and gives 1.99 million registered Afghan "
                    "refugees in Pakistan at the end of 2021; the reference value is 1,490,562, so the "
                    "card is about 33.5 percent too high (1.99 million is the end-2023 value rounded).",
        expected_values={"stated": 1990000, "reference": 1490562,
                         "indicator": "refugees.registered",
                         "subject": "registered Afghan refugees in Pakistan", "period": "2021",
                         "cited_source": "UNHCR",
                         "citation_form": "'(UNHCR, Mon YYYY)' on a lesson's data card",
                         "location": "main activity, data card B",
                         "stated_as_written": "1.99 million"},
    )],
    text="""
# Lesson Plan: Class 9 Pakistan Studies, Unit 5 (Pakistan and its Neighbours), Lesson 4: Afghan Refugees in Pakistan

""" + LP_NOTE + """

**Learning objectives.** By the end of the lesson pupils will be able to: describe when and why Afghans came to Pakistan; read a simple data card and say what a figure measures; explain one way in which refugees and their hosts depend on each other.

**Resources.** Four data cards (A to D), one set per group of five; a map of Khyber Pakhtunkhwa and Balochistan; the whiteboard.

**Starter (5 minutes).** Ask: "Who has a neighbour, classmate or shopkeeper whose family came from Afghanistan?" Take three answers. Stress that many Afghan families have lived here for more than forty years and that many of their children were born in Pakistan.

**Main activity (20 minutes).** Groups read the cards and answer the worksheet questions.

- Card A: Refugees first came in large numbers after 1979. Many lived in camps in Khyber Pakhtunkhwa and Balochistan that later became refugee villages.
- Card B: At the end of 2021, 1.99 million registered Afghan refugees were living in Pakistan (UNHCR, Dec 2021).
- Card C: More than half of all registered refugees live in Khyber Pakhtunkhwa; Peshawar district alone had 327.2 thousand at the end of 2024.
- Card D: In 2024, 676,000 people returned from Pakistan to Afghanistan, most of them through Torkham.

**Worksheet.** Which card tells you how many registered refugees there were, and for which year? Which district on Card C hosts the most refugees? Why might the number on Card B be smaller than the real number of Afghans in Pakistan?

**Plenary (10 minutes).** Each group shares one thing that surprised them. Close by linking to Lesson 5, on trade across the border.

**Homework.** Write five sentences on how Afghan families have shaped your town or neighbourhood: its markets, food, trades or sport.

**Differentiation.** Pupils who finish early compare Card B with Card D and say how the two numbers measure different things. Pupils who need support have Card A read aloud to them.
""",
))

HELDOUT15.append(dict(
    name="lesson_plan_reading_change_citation_control",
    control_type="citation_control",
    labels=[],
    text="""
# Lesson Plan: Class 9 Pakistan Studies, Unit 5, Lesson 6: Reading Change in Numbers (Teacher's Notes)

""" + LP_NOTE + """

**Aim.** Pupils practise working out a change between two years and putting it into words, using figures on Afghan refugees and on trade.

**Figures for the board.**

- Registered Afghan refugees in Pakistan at the end of 2019: 1,419,084 (UNHCR's tally for December 2019).
- Registered Afghan refugees in Pakistan at the end of 2024: 1,559,964, as counted by UNHCR at the close of 2024.
- Pakistan's exports to Afghanistan: US$ 1,290 million in 2019 and US$ 884 million in 2024.

**Worked example (teacher).** Change in refugees: 1,559,964 minus 1,419,084 is 140,880. As a share of the 2019 figure, 140,880 divided by 1,419,084 is about 0.099, so the number rose by just under 10 percent in five years. In words: "a little under a tenth more".

**Pupils' turn.** Pupils do the same for exports. Answer: 884 minus 1,290 is minus 406, and 406 divided by 1,290 is about 0.31, so exports fell by almost a third.

**Common mistakes.** Pupils often divide by the later figure instead of the earlier one: 406 divided by 884 gives about 46 percent, which is wrong for a fall measured from 2019. Others forget the sign and call a fall a rise. Ask them to say which year's figure is bigger before they calculate anything.

**Extension.** The refugee figure did not rise steadily: it went up until the end of 2023 and then dropped in 2024. Ask pupils what might cause a number to rise and then fall between two years that we compare, and why a change between two end points can hide this.

**Assessment.** Exit ticket: one change worked out correctly, with its direction in words.
""",
))

HELDOUT15.append(dict(
    name="lesson_plan_crossings_returns_reuse",
    control_type=None,
    labels=[dict(
        kind="number_reuse",
        quotes=["About three in five of them, 412,000, crossed at Torkham",
                "about one in three, 412,000, crossed at Spin Boldak–Chaman"],
        explanation="The teacher's background gives 412,000 returns in 2024 both for Torkham and for "
                    "Spin Boldak–Chaman. The year's 676,000 less 412,000 at Torkham and 33,000 at other "
                    "crossings leaves 231,000 for Spin Boldak–Chaman, which also fits \"about one in "
                    "three\".",
        expected_values={"value": 412000, "unit": "persons returned",
                         "quantity_1": "returns to Afghanistan through Torkham in 2024",
                         "quantity_2": "returns to Afghanistan through Spin Boldak–Chaman in 2024",
                         "expected_value_2": 231000},
    )],
    text="""
# Lesson Plan: Class 9 Pakistan Studies, Unit 5, Lesson 7: Crossing Points on the Border

""" + LP_NOTE + """

**Learning objectives.** Pupils will be able to find the main crossings on a map, say which is the busiest, and draw and read a simple bar chart.

**Background for the teacher.** In 2024, 676,000 people returned to Afghanistan from Pakistan. About three in five of them, 412,000, crossed at Torkham; about one in three, 412,000, crossed at Spin Boldak–Chaman; the remaining 33,000 used smaller crossings such as Ghulam Khan and Angoor Adda. Trade follows a similar pattern: Torkham is the busiest crossing for trucks, with about 820 a day in 2024, against 470 at Chaman.

**Resources.** Blank outline maps of the border, squared paper, coloured pencils, a photograph of the gate at Torkham.

**Starter (5 minutes).** Show the photograph. Ask pupils what they think happens at the gate every day, and who crosses.

**Main activity (25 minutes).** Pupils mark Torkham, Chaman, Ghulam Khan and Angoor Adda on the map. Then they draw a bar chart of trucks a day at Torkham and Chaman in 2023 and 2024 (Torkham 1,150 and 820; Chaman 610 and 470) and answer two questions: which crossing lost more trucks a day, and which lost the larger share of its traffic?

**Plenary (10 minutes).** Pupils explain in one sentence why a closure at Torkham matters more to Peshawar's markets than a closure at Angoor Adda.

**Homework.** Ask an older relative whether they have ever crossed the border, where, and how long it took. Write down the answer in three sentences.

**Answers.** Torkham lost more trucks a day, 330 against 140 at Chaman, and also the larger share of its traffic, about 29 percent against 23 percent. Some pupils will say Chaman lost more because its bar looks shorter; ask them to compare the fall with the starting height.
""",
))

HELDOUT15.append(dict(
    name="lesson_plan_trade_trucks_repeated",
    control_type=None,
    labels=[dict(
        kind="garbled",
        quotes=["Trucks crossing at Torkham fell from 1,150 a day in 2023 to 820 a day in 2024. "
                "Trucks crossing at Torkham fell from 1,150 a day in 2023 to 820 a day in 2024."],
        explanation="The teacher's background repeats one sentence word for word, back to back.",
        expected_values={"repeated_sentence": "Trucks crossing at Torkham fell from 1,150 a day in 2023 "
                                              "to 820 a day in 2024.",
                         "occurrences": 2,
                         "subject": "teacher's background note on trade across the border",
                         "location": "background for the teacher, Lesson 5"},
    )],
    text="""
# Lesson Plan: Class 9 Pakistan Studies, Unit 5, Lesson 5: Trade across the Border

""" + LP_NOTE + """

**Learning objectives.** Pupils will be able to name three goods Pakistan sells to Afghanistan and three it buys, rank exports by value, and say who gains and who loses when a crossing closes.

**Background for the teacher.** Pakistan sells Afghanistan rice, wheat flour, medicines, cement, fruit and vegetables, and buys coal, fresh and dried fruit, vegetables and cotton. In FY2025 (July 2024 to June 2025) Pakistan's exports to Afghanistan were worth US$ 893 million and its imports US$ 498 million. Trucks crossing at Torkham fell from 1,150 a day in 2023 to 820 a day in 2024. Trucks crossing at Torkham fell from 1,150 a day in 2023 to 820 a day in 2024. Closures of the crossing, for 46 days in 2024, explain part of the fall.

**Starter (5 minutes).** Hold up a bag of rice and a lump of coal. Ask which one goes from Pakistan to Afghanistan and which comes the other way.

**Main activity (25 minutes).** In pairs, pupils sort twelve picture cards of goods into exports and imports, then rank the exports by value using a card with the FY2025 figures: rice US$ 212 million, wheat flour 118, medicines 96, cement 64, fruit and vegetables 58.

**Plenary (10 minutes).** Ask: "If Torkham closes for a week, who loses first: the rice exporter, the coal importer or the truck driver?" Accept any answer that gives a reason, and point out that all three lose something.

**Homework.** Find one product in your home that might have crossed the border, and say in which direction it travelled.

**Answers to the ranking.** Rice first, then wheat flour, medicines and cement, with fruit and vegetables last.
""",
))


# ---------------------------------------------------------------------------
# R5. An invented firm of cargo surveyors' loss report on a consignment of
# kinnow mandarins held at Torkham (January 2025).
# ---------------------------------------------------------------------------

SV_TITLE = "# Cargo Survey Report KQS/PEW/025/2025: 3,200 Cartons of Kinnow Mandarins, Sargodha to Kabul"
SV_NOTE = ("*A cargo survey report by an invented firm of surveyors for an invented insurer, abridged. "
           "The firm, the exporter, the insurer, the consignment and the amounts are invented.*")
SV_PARTICULARS = (
    "**Particulars.** 3,200 cartons of kinnow mandarins, 15 kg net each, in two unrefrigerated trucks "
    "(A and B) of 1,600 cartons, sold by the insured, Chenab Citrus Processors (Pvt) Ltd of Sargodha, to "
    "a buyer in Kabul for USD 20,800 (USD 6.50 a carton). Insured under an inland transit policy, with an "
    "extension for deterioration caused by delay at the border, for USD 22,880.")

HELDOUT15.append(dict(
    name="cargo_survey_outturn_truck_b_table",
    control_type=None,
    labels=[dict(
        kind="text_vs_table",
        quotes=["In truck B, 610 cartons were partly decayed",
                "| Partly decayed | 610 | 720 | 1,330 |"],
        explanation="The findings say 610 cartons in truck B were partly decayed, but the outturn table "
                    "gives 720 for truck B; 610 is truck A's figure. With 610, truck B's cartons would "
                    "add up to 1,490, not 1,600.",
        expected_values={"text_value": 610, "table_value": 720, "unit": "cartons",
                         "subject": "partly decayed cartons in truck B",
                         "period": "28 Jan 2025", "period_as_written": "28.01.2025",
                         "location": "findings paragraph against the outturn table",
                         "table_form": "pipe"},
    )],
    text=SV_TITLE + """

""" + SV_NOTE + """

""" + SV_PARTICULARS + """

**Instructions.** We were asked by the insurer on 27.01.2025 to attend the consignment at Torkham, where it had been held since the trucks arrived on 16.01.2025, and to report on the extent and cause of the loss.

**Survey and findings.** We attended at the terminal's examination yard on 28.01.2025 with the insured's representative and both drivers. Every carton was opened and sorted into three grades: sound; partly decayed, with mould on some of the fruit but saleable for juice; and lost in full, with the fruit soft, leaking or mouldy throughout. The outturn was:

| Condition | Truck A | Truck B | Both trucks |
|---|---|---|---|
| Sound | 640 | 510 | 1,150 |
| Partly decayed | 610 | 720 | 1,330 |
| Lost in full | 350 | 370 | 720 |
| Total | 1,600 | 1,600 | 3,200 |

Damage was heavier in truck B, whose tarpaulin had been torn along the side that faced the sun during the day. In truck B, 610 cartons were partly decayed and 370 were a total loss. In truck A the cartons near the rear doors, where air could move, were in the best condition.

**Cause.** In our opinion the loss was caused by the eleven days the fruit spent at the border in unrefrigerated trucks, with mild days and near-freezing nights causing condensation inside the cartons. We found no sign of poor packing or of fruit that was unsound at loading; the pre-shipment inspection certificate of 13.01.2025 records the fruit as sound and the cartons as ventilated.
""",
))

HELDOUT15.append(dict(
    name="cargo_survey_chronology_backwards",
    control_type=None,
    labels=[dict(
        kind="garbled",
        quotes=["Held at Torkham from 27.01.2025 to 17.01.2025"],
        explanation="The chronology gives the period the trucks were held at Torkham as running from "
                    "27 January to 17 January 2025, backwards; the report elsewhere speaks of eleven "
                    "days at the border from 17 to 27 January.",
        expected_values={"stated_period_start": "27 Jan 2025", "stated_period_end": "17 Jan 2025",
                         "as_written": {"stated_period_start": "27.01.2025",
                                        "stated_period_end": "17.01.2025"},
                         "subject": "period for which the trucks were held at Torkham",
                         "location": "chronology list"},
    )],
    text=SV_TITLE + """

""" + SV_NOTE + """

""" + SV_PARTICULARS + """

**Instructions.** We were asked by the insurer on 27.01.2025 to attend the consignment at Torkham and to report on the extent and cause of any loss, after the insured gave notice that the fruit was deteriorating.

**Chronology.** From the drivers' logs, the terminal's gate records and the insured's correspondence:

- 13.01.2025: pre-shipment inspection at the packhouse finds the fruit sound and the cartons ventilated.
- 14.01.2025: both trucks loaded at Sargodha and sealed.
- 16.01.2025: trucks reach the Torkham terminal in the evening and join the export queue.
- Held at Torkham from 27.01.2025 to 17.01.2025 while the exporter's phytosanitary certificate was queried by the Afghan side and a fresh one was obtained from Sargodha.
- 28.01.2025: joint survey at the terminal's examination yard.
- 29.01.2025: the sound cartons cross to the Afghan side and reach the buyer in Kabul the same evening.

**Conditions at the border.** The trucks stood in the open for the whole of the eleven days. Days were mild, up to 19 degrees, but nights fell close to freezing, and the drivers told us they ran the engines for warmth but could not ventilate the loads. Truck B's tarpaulin was torn along one side.

**Was the delay avoidable?** The insured's agent first learned of the query on the certificate on the morning after arrival and had a fresh certificate issued within three working days, but it then took a further week for the Afghan side to accept it. We do not think the insured could have shortened the delay by acting faster, and we have seen no evidence that the original certificate was defective.
""",
))

HELDOUT15.append(dict(
    name="cargo_survey_salvage_cartons_reuse",
    control_type=None,
    labels=[dict(
        kind="number_reuse",
        quotes=["The 720 cartons that were a total loss",
                "The 720 partly decayed cartons"],
        explanation="The report gives 720 both for the cartons that were a total loss and for the partly "
                    "decayed cartons sold for juice. The sale price of USD 3,803.80 at 40 percent of USD "
                    "7.15 a carton (USD 2.86) is for 1,330 cartons, and 3,200 less 1,150 sound and 720 "
                    "lost also leaves 1,330.",
        expected_values={"value": 720, "unit": "cartons",
                         "quantity_1": "cartons found a total loss and dumped",
                         "quantity_2": "partly decayed cartons sold to a juice maker",
                         "expected_value_2": 1330},
    )],
    text=SV_TITLE + """

""" + SV_NOTE + """

""" + SV_PARTICULARS + """

**Outturn.** At the joint survey on 28.01.2025 every carton was opened. Of the 3,200 cartons, 1,150 were sound; the rest were either partly decayed, with mould on some of the fruit, or a total loss. The 1,150 sound cartons crossed to the Afghan side on 29.01.2025 and were accepted by the buyer in Kabul.

**Disposal of the damaged fruit.** The 720 cartons that were a total loss were dumped at the municipal site at Landi Kotal under our supervision on 28.01.2025; the tehsil's receipt is attached. The 720 partly decayed cartons were sold the same day to a juice maker from Peshawar for USD 3,803.80, which is 40 percent of their sound value of USD 7.15 a carton. We consider the price fair: juice makers were paying between 35 and 45 percent of sound value that week, and fruit in this state loses value by the hour.

**Salvage and the claim.** Because the insured kept the proceeds of the sale, the partly decayed cartons are claimed at 60 percent of their insured value, not in full. The cartons dumped are claimed in full. Our charges for survey, sorting and supervision of disposal are added to the claim, as the policy allows.

**Recommendation.** We recommend that underwriters accept the claim in principle. Our calculation of the amount, and the policy excess, are set out in the next section of this report.
""",
))

HELDOUT15.append(dict(
    name="cargo_survey_claim_calculation_control",
    control_type="control",
    labels=[],
    text=SV_TITLE + """

""" + SV_NOTE + """

""" + SV_PARTICULARS + """

**Basis of the claim.** The insured value is the invoice value plus 10 percent, or USD 7.15 a carton. Cartons that were a total loss are claimed at full insured value. Partly decayed cartons are claimed at 60 percent of insured value, because the insured sold them for juice at 40 percent.

**Calculation of loss.**

| Item | Cartons | USD per carton | Amount (USD) |
|---|---|---|---|
| Lost in full | 720 | 7.15 | 5,148.00 |
| Partly decayed, 60 % depreciation | 1,330 | 4.29 | 5,705.70 |
| Survey, sorting and disposal charges | | | 410.00 |
| Total | | | 11,263.70 |

Less the policy excess of 5 percent of the insured value, USD 1,144.00, the net claim is USD 10,119.70.

**Weights.** The weighbridge slip at Sargodha shows a gross weight of 51,200 kg for the two trucks, and the terminal's weighbridge at Torkham recorded the same 51,200 kg on arrival, so nothing went missing on the road. All 3,200 cartons were present at the survey.

**Sound fruit.** The 1,150 sound cartons crossed on 29.01.2025 and were accepted by the buyer in Kabul without complaint, so no claim arises on them.

**Conclusion.** In our opinion the loss was caused by the eleven-day delay at the border in unrefrigerated trucks, and falls within the policy's extension for deterioration caused by delay. We recommend settlement at USD 10,119.70, subject to underwriters' view on the excess.
""",
))


# ---------------------------------------------------------------------------
# R6. An invented valuer's report to a bank on a bonded warehouse on Jamrud
# Road, Peshawar (August 2025).
# ---------------------------------------------------------------------------

VL_TITLE = "# Valuation Report: Bonded Warehouse, Plot 17, Jamrud Road Industrial Estate, Peshawar"
VL_NOTE = ("*A valuer's report for a bank's security file, abridged. The valuers, the owner, the bank, "
           "the tenants, the property and all values are invented; border figures follow this set's "
           "series.*")
VL_PROPERTY = (
    "**The property.** Plot 17 measures 8 kanal. It carries two steel-framed sheds licensed by customs "
    "as a bonded warehouse for Afghan transit cargo, shed A of 12,000 sq ft (built 2014) and shed B of "
    "9,600 sq ft (built 2019), and a two-storey office block of 2,400 sq ft (built 2014). The owner is "
    "Afridi Bonded Carriers (Pvt) Ltd. We inspected on 12 August 2025.")

HELDOUT15.append(dict(
    name="valuation_tenancy_rent_table",
    control_type=None,
    labels=[dict(
        kind="text_vs_table",
        quotes=["Shed A is let at Rs 48 per sq ft a month",
                "| Shed A | Kabul Transit Logistics | 12,000 | 55 | 30 Jun 2028 |"],
        explanation="The tenancy paragraph says shed A is let at Rs 48 per sq ft a month (and works out "
                    "Rs 576,000 a month from it), but the tenancy table gives Rs 55 under the lease "
                    "renewed on 1 July 2025; 48 was the rent under the old lease.",
        expected_values={"text_value": 48, "table_value": 55, "unit": "PKR per sq ft a month",
                         "subject": "rent of shed A", "period": "12 Aug 2025",
                         "location": "tenancy paragraph against the tenancy table",
                         "table_form": "pipe", "text_as_written": "Rs 48 per sq ft a month"},
    )],
    text=VL_TITLE + """

""" + VL_NOTE + """

""" + VL_PROPERTY + """

**Tenancies.** The owner uses the office block itself and lets both sheds:

| Space | Tenant | Area (sq ft) | Rent (Rs per sq ft a month) | Lease ends |
|---|---|---|---|---|
| Shed A | Kabul Transit Logistics | 12,000 | 55 | 30 Jun 2028 |
| Shed B | Frontier Cold Chain | 9,600 | 52 | 31 Dec 2026 |
| Office block | Owner's own use | 2,400 | n/a | n/a |

The lease of shed A was renewed on 1 July 2025 for three years. Shed A is let at Rs 48 per sq ft a month, which gives Rs 576,000 a month, and shed B at Rs 52, which gives Rs 499,200. Both tenants pay a quarter in advance, and neither was in arrears on the date of inspection.

**Tenant risk.** Both tenants depend on Afghan transit cargo, which fell by two-fifths in FY2025, from 52,000 containers to 31,200. Shed A's tenant told us that its volumes through the warehouse had held up better than the market because it serves two large importers of tyres in Kabul. Shed B's tenant stores fruit and medicines in its cold room and would, we think, find other work for the shed if transit cargo fell further.

**Comment.** For lending purposes we have valued the property on the cost approach and used the rents only as a check. A buyer would pay more for a warehouse with long leases to sound tenants, and shed B's lease ends in December 2026; the bank may wish to ask the owner for the tenant's intentions before then.
""",
))

HELDOUT15.append(dict(
    name="valuation_summary_market_value",
    control_type=None,
    labels=[dict(
        kind="arithmetic",
        quotes=["Land, 8 kanal at Rs 22.0 million a kanal: Rs 176.00 million",
                "Buildings, at depreciated replacement cost: Rs 84.60 million",
                "(boundary wall, paving, weighbridge pit): Rs 6.00 million",
                "Market value: Rs 276.60 million"],
        explanation="The summary of values gives land Rs 176.00 million, buildings Rs 84.60 million and "
                    "external works Rs 6.00 million, which add up to Rs 266.60 million, but states the "
                    "market value as Rs 276.60 million; the forced sale value of Rs 221.28 million is "
                    "80 percent of the wrong figure.",
        expected_values={"parts": {"land": 176000000, "buildings": 84600000, "external works": 6000000},
                         "sum_of_parts": 266600000, "stated_total": 276600000, "difference": 10000000,
                         "unit": "PKR", "period": "12 Aug 2025",
                         "subject": "market value of the bonded warehouse",
                         "location": "summary of values, bulleted list"},
    )],
    text=VL_TITLE + """

""" + VL_NOTE + """

""" + VL_PROPERTY + """

**Land.** Recent sales of industrial plots on Jamrud Road, two of them within 500 m of the property, show prices between Rs 20 million and Rs 24 million a kanal. We adopt Rs 22.0 million a kanal for a plot of this size with frontage on the main road.

**Buildings.** We value the buildings at replacement cost less depreciation: the sheds at Rs 4,500 a sq ft and the office block at Rs 6,000 a sq ft, less 30 percent for shed A, 15 percent for shed B and 30 percent for the office block, which gives Rs 37.80 million, Rs 36.72 million and Rs 10.08 million.

**Summary of values.** Our opinion of value at 12 August 2025 is:

- Land, 8 kanal at Rs 22.0 million a kanal: Rs 176.00 million
- Buildings, at depreciated replacement cost: Rs 84.60 million
- External works (boundary wall, paving, weighbridge pit): Rs 6.00 million
- Market value: Rs 276.60 million
- Forced sale value, at 80 percent of market value: Rs 221.28 million

**Assumptions.** We have assumed that the title is good and free of charges other than the bank's, that the customs licence for bonded storage will be renewed when it falls due in March 2026, and that the buildings have no hidden defects; we did not test the structure. We measured the buildings on site and checked the areas against the approved plan.

**Validity.** This valuation is valid for the bank's purposes for twelve months from the date of inspection, unless the market for bonded warehousing changes sharply before then.
""",
))

HELDOUT15.append(dict(
    name="valuation_market_occupancy_surged",
    control_type=None,
    labels=[dict(
        kind="direction",
        quotes=["Occupancy of bonded space in the estate surged from 78 percent in June 2024 to 61 percent in June 2025"],
        explanation="Occupancy of bonded space is said to have surged, but it went down from 78 to 61 "
                    "percent (about 21.8 percent), as the paragraph's own account of falling transit "
                    "cargo suggests.",
        expected_values={"from": 78, "to": 61, "change": -17, "change_pct": -21.79,
                         "from_period": "Jun 2024", "to_period": "Jun 2025",
                         "stated_direction": "rise", "actual_direction": "fall",
                         "direction_word": "surged", "unit": "percent of bonded space occupied",
                         "subject": "occupancy of bonded warehouse space on the Jamrud Road estate",
                         "location": "market commentary"},
    )],
    text=VL_TITLE + """

""" + VL_NOTE + """

""" + VL_PROPERTY + """

**Market.** Jamrud Road has Peshawar's largest cluster of bonded warehouses, most of them built for Afghan transit cargo. That trade has shrunk: transit containers fell from 52,000 in FY2024 to 31,200 in FY2025. Occupancy of bonded space in the estate surged from 78 percent in June 2024 to 61 percent in June 2025, according to the letting agents we spoke to, and two warehouses on the road are now let as ordinary godowns at lower rents.

**Rents.** The better sheds have held their rents. Shed A's rent went up from Rs 48 to Rs 55 per sq ft a month when its lease was renewed in July 2025, because the shed has a customs-approved scanner bay and a weighbridge at the gate. Older sheds without these are being offered at Rs 35 to Rs 40 and are slow to let.

**Sales.** We found three sales of industrial plots on the road in the past year, at Rs 20 million to Rs 24 million a kanal. None of them carried a bonded warehouse, and we know of no sale of a bonded warehouse in the estate since 2023.

**Outlook.** If transit cargo recovers, demand for bonded space will recover with it; if it does not, more sheds will be turned over to ordinary storage. In either case a well-built warehouse with a scanner bay, a weighbridge and a cold room should remain easier to let than most. We have reflected this in our choice of land rate but not in a premium for the buildings.
""",
))

HELDOUT15.append(dict(
    name="valuation_location_croatian_border",
    control_type=None,
    labels=[dict(
        kind="scope",
        quotes=["about 48 km by road from the Afghan–Croatian border at Torkham"],
        explanation="The location paragraph places Torkham on an Afghan–Croatian border; Torkham is on "
                    "the Pakistan–Afghanistan border. Croatia is named correctly later, as the maker of "
                    "the cold room's panels.",
        expected_values={"third_country": "HRV", "named_pair": ["AFG", "HRV"],
                         "pair": ["PAK", "AFG"], "named_as": "Afghan–Croatian border",
                         "not_a_defect": "insulated panels made in Croatia"},
    )],
    text=VL_TITLE + """

""" + VL_NOTE + """

""" + VL_PROPERTY + """

**Location.** The property lies on the north side of Jamrud Road, 6 km west of Peshawar's Karkhano market and about 48 km by road from the Afghan–Croatian border at Torkham. Most of the traffic on the road is Afghan transit cargo and Pakistani exports to Afghanistan, which gives the estate its purpose and also its main risk.

**Access.** The plot has 220 feet of frontage on the main road, with a gate wide enough for two trucks and a paved apron inside it where eight trucks can wait off the road. A service lane at the rear links it to the estate's internal road.

**Construction.** The sheds have steel portal frames on concrete footings, with metal sheet roofs and walls, concrete floors rated for forklifts and eaves at 28 feet. Shed B has a cold room of 1,800 sq ft, lined with insulated panels made in Croatia and fitted when the shed was built. The office block is of reinforced concrete frame and brick. We saw no cracks in the floors or walls, but the roof of shed A needs new sealing along its ridge before the monsoon.

**Services.** The estate has a grid supply, and the property has its own 250 kVA transformer and a standby generator. Water comes from a tube well on the plot. The estate's drains block in heavy rain; the owner has raised the floor of the office block by two feet for that reason.

**Planning.** The property lies inside a notified industrial estate, and its use as a bonded warehouse is permitted. The customs licence is in force until March 2026.
""",
))

HELDOUT15.append(dict(
    name="valuation_cost_approach_control",
    control_type="control",
    labels=[],
    text=VL_TITLE + """

""" + VL_NOTE + """

""" + VL_PROPERTY + """

**Measurement.** We measured the buildings on site. The covered area we found, 24,000 sq ft, is the same as on the approved building plan, and we have used it without adjustment.

**Cost approach.** Land at the rate shown by recent sales on the road, and buildings at replacement cost less depreciation for age and condition:

| Item | Basis | Amount (Rs million) |
|---|---|---|
| Land | 8 kanal at Rs 22.0 million a kanal | 176.00 |
| Shed A | 12,000 sq ft at Rs 4,500, less 30 percent | 37.80 |
| Shed B | 9,600 sq ft at Rs 4,500, less 15 percent | 36.72 |
| Office block | 2,400 sq ft at Rs 6,000, less 30 percent | 10.08 |
| External works | boundary wall, paving, weighbridge pit | 6.00 |
| Total (market value) | | 266.60 |

The forced sale value, at 80 percent of market value, is Rs 213.28 million.

**Check on income.** Shed A is let at Rs 55 per sq ft a month and shed B at Rs 52, which gives Rs 7.92 million and Rs 5.99 million a year, or Rs 13.91 million in all: a gross yield of about 5.2 percent on our market value. That is within the range we see for industrial property in Peshawar, so the income supports the value.

**Equipment.** Two forklifts made in Germany and the racking in both sheds belong to the tenants and are not included.

**Opinion.** The market value of the property at 12 August 2025 is Rs 266.60 million, and its forced sale value Rs 213.28 million.
""",
))


# ---------------------------------------------------------------------------
# R7. Standard operating procedure (SOP) of an invented returnee centre at
# Torkham.
# ---------------------------------------------------------------------------

SOP_TITLE = ("# SOP-TRC-03: Reception and Registration of Returnees at the Torkham Returnee "
             "Facilitation Centre")
SOP_NOTE = ("*A standard operating procedure of an invented provincial directorate, abridged. The "
            "directorate, the centre, its staff and its standards are invented; returns figures follow "
            "this set's series.*")

HELDOUT15.append(dict(
    name="sop_returnee_centre_scope_refugees_2024",
    control_type=None,
    labels=[dict(
        kind="citation",
        quotes=["According to UNHCR's count for the end of 2024, some 1.25 million registered Afghan "
                "refugees remained in Pakistan"],
        explanation="The SOP cites UNHCR's count for the end of 2024 for some 1.25 million registered "
                    "Afghan refugees in Pakistan; the reference value is 1,559,964, so the stated figure "
                    "is about 19.9 percent too low.",
        expected_values={"stated": 1250000, "reference": 1559964,
                         "indicator": "refugees.registered",
                         "subject": "registered Afghan refugees in Pakistan", "period": "2024",
                         "cited_source": "UNHCR",
                         "citation_form": "UNHCR's count for the end of YEAR, in an SOP's scope section",
                         "location": "section 2, scope and context",
                         "stated_as_written": "1.25 million", "stated_hedge": "some"},
    )],
    text=SOP_TITLE + """

""" + SOP_NOTE + """

**1. Purpose.** This SOP sets out how staff of the Torkham Returnee Facilitation Centre receive, register and send on Afghan nationals returning to Afghanistan, so that every family is treated in the same way and no family waits longer than it must.

**2. Scope and context.** The SOP applies to all returnees who pass through the centre, whether they return on their own or are sent by a district administration, and to all staff and partner agencies working in it. According to UNHCR's count for the end of 2024, some 1.25 million registered Afghan refugees remained in Pakistan, many of them in Khyber Pakhtunkhwa, and most of those who return by road from the province pass through Torkham. In April–June 2025, 110,000 returnees crossed at Torkham, about 1,200 a day.

**3. Responsibilities.** The Centre Manager is responsible for the SOP and for reporting. Shift supervisors run each shift and decide on exceptions. Registration clerks check documents and record each family. The health team screens arrivals and refers the sick. The transport officer runs the shuttle buses to the zero point.

**4. Service standards.**

- 90 percent of families registered within 45 minutes of arrival.
- Families with children under five, older people or people with disabilities sent straight to the priority counter.
- No family to wait more than four hours in all before crossing.
- Drinking water, shade and toilets available at every stage, separately for women.

**5. Records.** Each shift supervisor sends the shift's counts (families, persons, priority cases, referrals and complaints) to the Centre Manager by 07:00 the next morning. The Centre Manager sends a weekly summary to the directorate every Monday.

**6. Complaints.** A complaints box and a phone number are displayed in Pashto, Dari and Urdu at every counter. Complaints are logged and answered within three days where the family can still be reached.
""",
))

HELDOUT15.append(dict(
    name="sop_returnee_centre_validity_backwards",
    control_type=None,
    labels=[dict(
        kind="garbled",
        quotes=["Period of validity: 1 October 2025 to 30 September 2025"],
        explanation="The document control list gives a period of validity that runs backwards, from "
                    "1 October 2025 to 30 September 2025 (presumably 2026 was meant).",
        expected_values={"stated_period_start": "1 Oct 2025", "stated_period_end": "30 Sep 2025",
                         "as_written": {"stated_period_start": "1 October 2025",
                                        "stated_period_end": "30 September 2025"},
                         "subject": "period of validity of the SOP",
                         "location": "document control list"},
    )],
    text=SOP_TITLE + """

""" + SOP_NOTE + """

**Document control.**

- Version: 2.0, replacing version 1.3 of March 2025.
- Owner: Centre Manager, Torkham Returnee Facilitation Centre.
- Approved by: Director, Returns Coordination.
- Period of validity: 1 October 2025 to 30 September 2025, after which the SOP must be reviewed.
- Copies: one at every counter, one in the supervisors' office and one with each partner agency.

**What changed in version 2.0.** A priority counter was added for families with children under five, older people and people with disabilities. The standard for registration was tightened from 60 to 45 minutes from arrival for 90 percent of families. Partner agencies now send one volunteer to each shift instead of two to the day shift only.

**Procedure.**

1. Arrival: families leave their vehicle in the holding area, where a volunteer gives them a token showing a number and the time.
2. Screening: the health team checks children under five for polio and measles vaccination and refers anyone who is ill to the first-aid post.
3. Registration: a clerk checks the family's documents, records each member's fingerprints and photograph, and issues a departure slip.
4. Crossing: the transport officer sends families to the zero point by shuttle bus, in the order of their tokens, with priority cases first.

**Exceptions.** A shift supervisor may let a family cross without registration only if a member needs urgent medical care, and must record the reason. Unaccompanied children are never sent on alone: the supervisor calls the child protection officer, who stays with the child until a relative is found or the child is handed to the agency on the Afghan side.

**Review.** The Centre Manager will review the SOP with the partner agencies before its period of validity ends, or sooner if the number of returnees a day doubles.
""",
))

HELDOUT15.append(dict(
    name="sop_returnee_centre_clerks_reuse",
    control_type=None,
    labels=[dict(
        kind="number_reuse",
        quotes=["The centre has 12 registration counters",
                "have 12 registration clerks on its roll"],
        explanation="The staffing section gives 12 both for the registration counters and for the "
                    "clerks on the roll. One clerk per counter in each of three shifts makes 36 clerks, "
                    "and the stated six relief clerks at one for every six also imply 36.",
        expected_values={"value": 12, "unit": "counters / clerks",
                         "quantity_1": "registration counters at the centre",
                         "quantity_2": "registration clerks the centre must have on its roll",
                         "expected_value_2": 36},
    )],
    text=SOP_TITLE + """

""" + SOP_NOTE + """

**7. Staffing.** The centre has 12 registration counters, each staffed by one clerk in each of the three shifts (06:00 to 14:00, 14:00 to 22:00 and 22:00 to 06:00). The centre must therefore have 12 registration clerks on its roll, plus relief staff for leave and sickness at one for every six clerks, that is, six relief clerks. Each shift also needs a supervisor, two health screeners, a transport officer and four volunteers from partner agencies.

**8. Capacity.** A clerk takes about ten minutes to register a family of average size, so the twelve counters together can register about 72 families an hour when all are open. At an average of seven persons a family, that is about 500 persons an hour, enough to register the present average of about 1,200 returnees a day in under three hours. The limit in practice is not the counters but the holding area, which has shade for about 900 people at a time.

**9. Rotation.** Clerks rotate between the day, evening and night shifts every two weeks. No clerk works more than six nights in a row, and every clerk has one full day off a week.

**10. Training.** New clerks spend their first three shifts beside an experienced clerk before they take a counter of their own. All staff attend a half-day course on dealing with distressed families and on identifying children travelling without a parent.

**11. Equipment.** Each counter has a computer, a fingerprint scanner, a camera and a printer for departure slips. The supervisor keeps two spare scanners and a spare printer in the office. If the network fails, clerks fill in paper forms, which are entered into the system when it returns.
""",
))

HELDOUT15.append(dict(
    name="sop_returnee_centre_registration_kenya",
    control_type=None,
    labels=[dict(
        kind="scope",
        quotes=["families who have lived in Kenya since the 1980s"],
        explanation="The registration step describes returnees at Torkham, holding Proof of "
                    "Registration cards, as families who have lived in Kenya since the 1980s; they have "
                    "lived in Pakistan. Kenya is named nowhere else in the document.",
        expected_values={"third_country": "KEN", "named_pair": ["KEN", "AFG"],
                         "pair": ["PAK", "AFG"],
                         "named_as": "families who have lived in Kenya since the 1980s"},
    )],
    text=SOP_TITLE + """

""" + SOP_NOTE + """

**4.1 Arrival.** Families leave their vehicle in the holding area. A volunteer greets them, gives them a token showing a number and the time, and explains in Pashto or Dari what will happen next. Families with children under five, older people or people with disabilities receive a red token and go straight to the priority counter.

**4.2 Health screening.** The health team checks children under five for polio and measles vaccination and vaccinates those who have missed a dose. Anyone who is visibly ill, pregnant and in pain, or injured is referred to the first-aid post and registered there.

**4.3 Registration.** The clerk checks the family's documents. Most returnees hold Proof of Registration cards or Afghan Citizen Cards; many are families who have lived in Kenya since the 1980s and whose children were born there and have never seen Afghanistan, and some have no documents at all. The clerk records each member's fingerprints and photograph, notes any member who needs help on the Afghan side, and prints a departure slip. Families without documents are registered in the same way; the clerk must not send them back to the holding area.

**4.4 Property.** Families may take their household goods, livestock and up to the cash limit set by the State Bank. The clerk does not search luggage; customs staff do that at the gate.

**4.5 Crossing.** The transport officer calls families to the shuttle buses in the order of their tokens, with red tokens first, and records each bus's departure time and the number of people on it. Buses stop at the zero point, where the agencies on the Afghan side take over.

**4.6 Closing a shift.** The supervisor checks that no family with a token is left in the holding area at the end of the shift. Families still waiting are handed over by name to the next shift's supervisor, who sees them first.
""",
))


# ---------------------------------------------------------------------------
# R8. An invented vehicle-tracking company's monthly fleet report to an
# invented haulier on Afghan routes (October 2025).
# ---------------------------------------------------------------------------

TM_TITLE = "# FleetSense Monthly Fleet Report: Khyber Freight Services (Pvt) Ltd, October 2025"
TM_NOTE = ("*A monthly report from an invented vehicle-tracking company to an invented haulier, "
           "abridged. Both companies, the fleet and its figures are invented.*")
TM_TABLE = """| Indicator | Sep 2025 | Oct 2025 | Change |
|---|---|---|---|
| Trips completed | 214 | 236 | +22 |
| Distance driven (km) | 131,200 | 148,600 | +17,400 |
| Average dwell at Torkham (hours per crossing) | 29.5 | 26.0 | −3.5 |
| Average dwell at Chaman (hours per crossing) | 31.0 | 24.0 | −7.0 |
| Idle hours, whole fleet | 5,180 | 4,960 | −220 |
| Fuel used (litres per 100 km) | 39.2 | 38.5 | −0.7 |
| Harsh braking (events per 1,000 km) | 2.6 | 2.1 | −0.5 |"""

HELDOUT15.append(dict(
    name="telematics_summary_trips_table",
    control_type=None,
    labels=[dict(
        kind="text_vs_table",
        quotes=["completed 214 trips", "| Trips completed | 214 | 236 | +22 |"],
        explanation="The summary says the fleet completed 214 trips in October, 22 more than in "
                    "September, but the table gives 236 for October; 214 is September's figure, and 22 "
                    "more than September is 236.",
        expected_values={"text_value": 214, "table_value": 236, "unit": "trips",
                         "subject": "trips completed by the fleet", "period": "Oct 2025",
                         "location": "summary paragraph against the monthly table",
                         "table_form": "pipe"},
    )],
    text=TM_TITLE + """

""" + TM_NOTE + """

**Summary.** In October the fleet's 36 trucks completed 214 trips, 22 more than in September, as the border ran more smoothly and the fruit season added return loads. Time lost at the border fell at both crossings, and idle time fell with it. Fuel use per 100 km improved slightly. Two trucks were off the road for more than a week for repairs.

**The month in numbers.**

""" + TM_TABLE + """

**Border dwell.** Dwell is the time between a truck entering and leaving the geofence drawn around each crossing and its approach road, so it includes time in the queue as well as time at customs. At Torkham it fell by three and a half hours; at Chaman, where customs added a night shift for exports, it fell by seven hours.

**Driving behaviour.** Harsh braking fell for the third month running. Overspeed alerts on the Jamrud to Landi Kotal section are still the most frequent, mostly on the downhill stretch on return trips. We suggest that the two drivers with the most alerts repeat the defensive driving module.

**Maintenance.** Truck KFS-14 was off the road from 3 to 12 October with a gearbox fault, and KFS-27 from 18 to 26 October after a tyre fire near Landi Kotal. Both faults were flagged by the engine data in the week before they happened; we recommend that the workshop acts on such flags within 48 hours.

**Trackers.** All 36 trackers reported throughout the month. The longest gap in data was 40 minutes, on the Khojak Pass between Quetta and Chaman.
""",
))

HELDOUT15.append(dict(
    name="telematics_border_dwell_chaman_mounted",
    control_type=None,
    labels=[dict(
        kind="direction",
        quotes=["average dwell mounted from 31 hours in September to 24 hours in October"],
        explanation="Average dwell at Chaman is said to have mounted, but it went down from 31 to 24 "
                    "hours per crossing (about 22.6 percent), as the table in the same report shows.",
        expected_values={"from": 31, "to": 24, "change": -7, "change_pct": -22.58,
                         "from_period": "Sep 2025", "to_period": "Oct 2025",
                         "as_written": {"from_period": "September", "to_period": "October"},
                         "stated_direction": "rise", "actual_direction": "fall",
                         "direction_word": "mounted", "unit": "hours per crossing",
                         "subject": "average dwell of the fleet's trucks at Chaman",
                         "location": "border section"},
    )],
    text=TM_TITLE + """

""" + TM_NOTE + """

**Border section.** This month we look more closely at time spent at the two crossings your trucks use. Dwell is the time between a truck entering and leaving the geofence drawn around each crossing and its approach road, so it includes time in the queue as well as time at customs and at the scanner.

""" + TM_TABLE + """

**Torkham.** Your trucks spent 26 hours on average at Torkham, three and a half hours less than in September. Most of the saving came on export trips in the second half of the month, when the queue between Landi Kotal and the gate was shorter. Import trips with fruit still waited longest, mostly for plant quarantine checks.

**Chaman.** At Chaman, average dwell mounted from 31 hours in September to 24 hours in October, after customs added a night shift for exports on 6 October. Before that date your trucks typically reached the gate in the evening and waited overnight; after it, most crossed within a day of arriving.

**What it costs.** Every hour a truck spends at the border is an hour it is not earning. At the freight rates you gave us, we estimate the hours saved in October at both crossings together were worth about the cost of one extra round trip a week.

**Recommendation.** Time departures from Quetta so that trucks reach Chaman in the early evening, when the night shift starts, rather than late at night, when the queue has already built up.
""",
))

HELDOUT15.append(dict(
    name="telematics_kpi_tiles_idle_same",
    control_type=None,
    labels=[dict(
        kind="garbled",
        quotes=["down from 4,960 hours in October 2025 to 4,960 hours in October 2025"],
        explanation="The idle-time tile says idle time went down, but its start and end are the same "
                    "value in the same month, so no fall is described (September's figure is missing).",
        expected_values={"start_value": 4960, "end_value": 4960,
                         "start_period": "Oct 2025", "end_period": "Oct 2025",
                         "period_as_written": "October 2025",
                         "unit": "idle hours, whole fleet", "subject": "idle time of the fleet",
                         "location": "dashboard tiles"},
    )],
    text=TM_TITLE + """

""" + TM_NOTE + """

**Dashboard tiles.** The tiles on the first page of your dashboard, as they stood on 1 November 2025:

- Active trucks: 36, all reporting.
- Trips completed: 236 in October 2025, up from 214 in September 2025.
- Distance: 148,600 km in October 2025, up from 131,200 km in September 2025.
- Idle time: down from 4,960 hours in October 2025 to 4,960 hours in October 2025.
- Fuel: 38.5 litres per 100 km in October 2025, against 39.2 in September 2025.
- Safety score: 86 out of 100, up two points.

**Trips by route, October 2025.** Peshawar to Kabul via Torkham and back, 171 trips; Quetta to Kandahar via Chaman and back, 65 trips.

**Idle time.** Idle time is engine-on time with the truck stationary for more than five minutes, outside depots. Most of it is at the borders, where drivers keep engines running for heat at night and for air conditioning in the cab by day. An idling engine burns about three litres of diesel an hour.

**Alerts.** We sent 1,240 alerts to your control room in October, most of them for overspeeding on return trips. The control room acknowledged 93 percent of alerts within five minutes, against the target of 90 percent.

**Data quality.** All trackers reported throughout the month. Two trucks had their trackers moved to new cabs after accidents, and we have checked that their trip records join up correctly.

**Next month.** From November your dashboard will show dwell time at each crossing by hour of arrival, so your planners can see when queues are shortest.
""",
))

HELDOUT15.append(dict(
    name="telematics_year_to_date_control",
    control_type="control",
    labels=[],
    text=TM_TITLE + """

""" + TM_NOTE + """

**Year to date.** Trips completed by the fleet in 2025, with the running total:

| Period | Trips | Cumulative trips |
|---|---|---|
| Jan–Mar 2025 | 548 | 548 |
| Apr–Jun 2025 | 624 | 1,172 |
| Jul–Sep 2025 | 606 | 1,778 |
| Oct 2025 | 236 | 2,014 |

October was the busiest single month of the year so far, with 236 trips, 22 more than in September.

**Distance check.** The distance recorded by the trackers in October, 148,600 km, is the same as the sum of the odometer readings the drivers reported, so no tracker lost its signal for long enough to matter.

**Fuel.** At 38.5 litres per 100 km, the fleet used about 57,211 litres of diesel to drive 148,600 km in October. At the average pump price of Rs 268 a litre on your fuel cards, that cost about Rs 15.33 million. A cut of one litre per 100 km would have saved about 1,486 litres, or nearly Rs 400,000, in the month.

**Border dwell.** Average dwell fell at both crossings in October: at Torkham from 29.5 to 26.0 hours per crossing and at Chaman from 31.0 to 24.0 hours.

**Longer routes.** Two of your trucks ran through Afghanistan to Termez in Uzbekistan with kinnow in October, a route of about 1,100 km each way. Their trackers reported normally on Afghan networks, and we have included both trips in the figures above.

**Invoice.** Tracking for 36 trucks at Rs 2,500 a truck a month comes to Rs 90,000 for October, the same as in September.
""",
))


# ---------------------------------------------------------------------------
# R9. Excerpts from the invented memoir of a retired customs officer who
# served at Torkham (1984-2024).
# ---------------------------------------------------------------------------

MM_NOTE = ("*Excerpt from an invented memoir by an invented customs officer who served from 1984 to "
           "2024, most of it at Torkham. The author, the people and the scenes are invented; figures "
           "follow this set's series.*")

HELDOUT15.append(dict(
    name="memoir_neighbours_refugees_2019",
    control_type=None,
    labels=[dict(
        kind="citation",
        quotes=["barely a million Afghans were still on Pakistan's register at the end of 2019, as "
                "reported by the UN refugee agency"],
        explanation="The memoir cites the UN refugee agency for barely a million Afghans on Pakistan's "
                    "register at the end of 2019; the reference value is 1,419,084, so the stated "
                    "figure is about 29.5 percent too low.",
        expected_values={"stated": 1000000, "reference": 1419084,
                         "indicator": "refugees.registered",
                         "subject": "registered Afghan refugees in Pakistan", "period": "2019",
                         "cited_source": "UNHCR",
                         "citation_form": "'YEAR, as reported by the UN refugee agency' in a memoir, "
                                          "with the figure in words",
                         "location": "chapter 9",
                         "stated_as_written": "a million", "stated_hedge": "barely"},
    )],
    text="""
# From *The Gate at Torkham: Forty Years in Customs*. Chapter 9: Neighbours

""" + MM_NOTE + """

I was a boy in Landi Kotal when the first families came down the pass in the winter of 1980. They came with their cattle and their bedding rolled on the backs of donkeys, and my mother sent me out with bread. By the time I joined customs, four years later, the camps below Jamrud had become villages, with mud walls, shops and a school that my own nephews later attended.

People abroad think of refugees as people who arrive and then leave. Ours did not leave for forty years. Their sons drove the trucks I examined and their daughters taught in the schools. A man whose father had sold tea in the camp ran the biggest dried-fruit business in Peshawar by the time I retired, and sent me a box of almonds every Eid.

The numbers went up and down with the wars. Many went home in 2002, after the Taliban government fell, and some came back when the fighting returned. Still, barely a million Afghans were still on Pakistan's register at the end of 2019, as reported by the UN refugee agency, though everyone at the border knew that the real number of Afghans in the country was much larger, because many had never registered at all.

Then came the autumn of 2023, when the orders came to send back those without papers. I was in my last year of service. I stood at the gate and watched the same families I had watched arrive, or their grandchildren, go back the other way with the same rolled bedding. In 2024 alone, 676,000 people went back, and 412,000 of them passed through our gate at Torkham.

My colleagues asked me afterwards what I felt. I told them the truth: that I had checked their papers as I was told to, and that I did not sleep well that winter.
""",
))

HELDOUT15.append(dict(
    name="memoir_night_gate_swiss_flags",
    control_type=None,
    labels=[dict(
        kind="scope",
        quotes=["the flags of Switzerland and Afghanistan"],
        explanation="The memoir describes the flags over the gate at Torkham as those of Switzerland and "
                    "Afghanistan; they are the flags of Pakistan and Afghanistan. Switzerland is named "
                    "correctly later, as the maker of the author's retirement watch.",
        expected_values={"third_country": "CHE", "named_pair": ["CHE", "AFG"],
                         "pair": ["PAK", "AFG"],
                         "named_as": "the flags of Switzerland and Afghanistan",
                         "not_a_defect": "a watch made in Switzerland"},
    )],
    text="""
# From *The Gate at Torkham: Forty Years in Customs*. Chapter 14: The Night the Gate Stayed Open

""" + MM_NOTE + """

For most of my career the gate at Torkham closed at dusk. Whatever was still in the queue stayed there until morning: trucks of grapes in summer, of coal in winter, and always the buses with families sleeping on their luggage. The drivers lit fires on the road and cooked, and we went home to Landi Kotal.

The first night it stayed open, I was the senior officer on duty. I remember that the evening was very still. Above the gate the flags of Switzerland and Afghanistan hung limp on their poles, and the floodlights, new that month, made the whole crossing look like a cricket ground. The traders had come to watch, as if it were a match. At midnight the first truck of the night crossed, loaded with cement for Jalalabad, and the drivers in the queue sounded their horns for a full minute.

It did not last as long as we hoped. There were nights when the gate was shut for reasons that had nothing to do with customs, and weeks when it was not opened at all. In 2024 the crossing was closed to cargo for 46 days, and on every one of those days I thought of that first night.

When I retired, my colleagues gave me a watch made in Switzerland and a framed photograph of that midnight truck. The watch keeps perfect time. The photograph hangs in my sitting room, and my grandchildren ask me why the old man in the picture is laughing. I tell them he had been waiting twenty years for the gate to stay open, and that he would wait again if he had to.

Trucks still come through at night now, though fewer: about 820 a day on average in 2024, against 1,150 the year before.
""",
))

HELDOUT15.append(dict(
    name="memoir_revenue_duty_sank",
    control_type=None,
    labels=[dict(
        kind="direction",
        quotes=["sank from Rs 31.4 billion in 2021-22 to Rs 35.8 billion in 2022-23"],
        explanation="The duty collected at Torkham is said to have sunk, but it went up from Rs 31.4 "
                    "billion to Rs 35.8 billion (about 14.0 percent); the celebration that follows in "
                    "the same sentence fits a rise.",
        expected_values={"from": 31.4, "to": 35.8, "change": 4.4, "change_pct": 14.01,
                         "from_period": "2021-22", "to_period": "2022-23",
                         "stated_direction": "fall", "actual_direction": "rise",
                         "direction_word": "sank", "unit": "PKR billion",
                         "subject": "customs duty collected at Torkham",
                         "location": "chapter 17"},
    )],
    text="""
# From *The Gate at Torkham: Forty Years in Customs*. Chapter 17: Counting the Money

""" + MM_NOTE + """

Every officer at a border post is judged, in the end, by one number: how much duty he collected. Nobody in Islamabad asks how many families you helped across in the rain. They ask whether you met the target.

My last years at Torkham were years first of records and then of decline. The duty we collected at Torkham sank from Rs 31.4 billion in 2021-22 to Rs 35.8 billion in 2022-23, and the Collector sent a box of sweets to every office at the post. The next year it fell to Rs 29.6 billion, and nobody sent anything.

Part of the fall was the closures, and part was smuggling, which always rises when the gate is shut. But much of it was simply that there was less trade. Afghanistan was poorer, the banks would not send money across, and traders on both sides were afraid to hold stock. You cannot collect duty on goods that never arrive.

I learned early that the number can lie in both directions. In a good year, half the increase is inflation. In a bad year, the officers who worked hardest may have collected least, because they stopped the goods that would have paid duty if they had been let through undervalued. I tried to explain this to three Collectors in turn. One of them listened.

When the young officers ask me for advice now, I tell them to know their number and to know what it hides. And I tell them to keep a notebook, as I did, because the files in the office will not remember what really happened at the gate.
""",
))

HELDOUT15.append(dict(
    name="memoir_closures_sentence_repeated",
    control_type=None,
    labels=[dict(
        kind="garbled",
        quotes=["In 2024 the gate was shut to cargo for 46 days, and every one of those days cost the "
                "traders money. In 2024 the gate was shut to cargo for 46 days, and every one of those "
                "days cost the traders money."],
        explanation="The chapter repeats one sentence word for word, back to back.",
        expected_values={"repeated_sentence": "In 2024 the gate was shut to cargo for 46 days, and every "
                                              "one of those days cost the traders money.",
                         "occurrences": 2,
                         "subject": "closures of Torkham to cargo in 2024",
                         "location": "chapter 19"},
    )],
    text="""
# From *The Gate at Torkham: Forty Years in Customs*. Chapter 19: Closed

""" + MM_NOTE + """

A closed border has a sound. It is the sound of engines idling in a line of trucks that stretches back past Landi Kotal, and of drivers arguing with nobody in particular. After the second day the engines stop, because diesel costs money, and then the sound is of flies on the fruit.

In 2024 the gate was shut to cargo for 46 days, and every one of those days cost the traders money. In 2024 the gate was shut to cargo for 46 days, and every one of those days cost the traders money. The fruit traders lost the most. A truck of grapes from the Shomali plain is worth a small fortune on the morning it arrives and nothing a week later. I saw men sell whole loads for the price of the diesel home.

Customs officers are blamed for closures, though we almost never cause them. Closures come from far above us: a shooting on the line, a quarrel over a new post or a wall, a message from one capital to the other. We are told to shut the gate, and we shut it. Then we are told to open it, usually at night, and the trucks that have waited for a week all try to cross at once.

What I learned from closures is that a border is not a wall but a door, and that a door kept shut too long warps in its frame. After every long closure some traders never came back. They found other routes, through Iran or through the north, or they gave up.

I retired in the summer of 2024, in the middle of one of those closures. I walked out through the empty customs yard, and there was not a single truck to examine.
""",
))


# ---------------------------------------------------------------------------
# R10. An invented airline's internal route review of its Peshawar-Kabul
# service, IATA summer seasons 2024 (S24) and 2025 (S25).
# ---------------------------------------------------------------------------

AL_TITLE = "# Sarhad Air: Route Review, Peshawar–Kabul (PEW–KBL), Summer Season 2025"
AL_NOTE = ("*An internal memo from an invented airline's network planning team to its commercial "
           "committee, 10 November 2025, abridged. The airline, its flights, passengers and fares are "
           "invented; visa figures follow this set's series.*")

HELDOUT15.append(dict(
    name="airline_route_review_passengers_table",
    control_type=None,
    labels=[dict(
        kind="text_vs_table",
        quotes=["we carried 9,380 passengers on the route in both directions",
                "| Passengers, both directions | 9,744 | 18,144 |"],
        explanation="The memo says the route carried 9,380 passengers in both directions in S25, but "
                    "its table gives 18,144 for both directions in 2025; 9,380 is the Kabul to Peshawar "
                    "direction alone.",
        expected_values={"text_value": 9380, "table_value": 18144, "unit": "passengers",
                         "subject": "passengers carried on the Peshawar–Kabul route, both directions",
                         "period": "2025", "period_as_written": "S25",
                         "location": "traffic paragraph against the season table",
                         "table_form": "pipe"},
    )],
    text=AL_TITLE + """

""" + AL_NOTE + """

**Purpose.** To review the first season of the enlarged Peshawar–Kabul schedule and to recommend the schedule for summer 2026.

**Schedule.** For the summer season (S25, 30 March to 25 October 2025) we raised the route from four to six round trips a week, all flown by ATR 72-600 aircraft with 70 seats. The extra flights left Peshawar at 07:30 on Mondays and Thursdays so that business travellers could return the same day.

**Traffic.** Figures for the two summer seasons, each of 30 weeks:

| Measure | 2024 | 2025 |
|---|---|---|
| Round trips a week | 4 | 6 |
| Sectors flown | 240 | 360 |
| Seats offered | 16,800 | 25,200 |
| Passengers, Peshawar to Kabul | 4,610 | 8,764 |
| Passengers, Kabul to Peshawar | 5,134 | 9,380 |
| Passengers, both directions | 9,744 | 18,144 |

In S25 we carried 9,380 passengers on the route in both directions, on six round trips a week. Flights from Kabul were fuller than flights from Peshawar throughout the season, because most of our passengers are Afghans travelling to Pakistan for treatment and returning some weeks later, often by road.

**Punctuality.** 81 percent of flights left within 15 minutes of schedule. Most delays were caused by late clearance of the aircraft at Kabul in the morning.

**Competition.** No other airline flies Peshawar to Kabul. Travellers who do not fly take shared taxis through Torkham, which cost less but take most of a day, longer when the queue at the crossing is long.

**Recommendation.** Keep six round trips a week in summer 2026 and consider a seventh on Saturdays from July, when demand from medical travellers peaks.
""",
))

HELDOUT15.append(dict(
    name="airline_route_review_load_factor_percent",
    control_type=None,
    labels=[dict(
        kind="arithmetic",
        quotes=["Load factor rose from 58 percent in S24 to 72 percent in S25, an increase of 14 percent"],
        explanation="A rise in load factor from 58 to 72 percent is 14 percentage points, or an increase "
                    "of about 24.1 percent; the memo calls it an increase of 14 percent.",
        expected_values={"from": 58, "to": 72, "computed_change_pct": 24.14, "stated_change_pct": 14,
                         "from_period": "2024", "to_period": "2025",
                         "as_written": {"from_period": "S24", "to_period": "S25"},
                         "unit": "percent (seat load factor)",
                         "subject": "seat load factor on the Peshawar–Kabul route",
                         "location": "results paragraph"},
    )],
    text=AL_TITLE + """

""" + AL_NOTE + """

**Background.** Before S25 the route ran four round trips a week and was marginal: in S24 it covered its direct costs but made no contribution to overheads. The committee approved six round trips a week for S25 on the condition that the load factor reached at least 65 percent.

**Results.** The condition was met. We flew 360 sectors and offered 25,200 seats, against 240 sectors and 16,800 seats in S24, and carried 18,144 passengers, against 9,744. Load factor rose from 58 percent in S24 to 72 percent in S25, an increase of 14 percent. The average one-way fare fell from USD 165 to USD 150, as we sold more seats at the lower fares to fill the new flights, but passenger revenue still rose from USD 1.61 million to USD 2.72 million.

**Who flies.** From booking data and a survey of 600 passengers in July, medical travellers made up 38 percent of passengers, business travellers 27 percent, people visiting family 24 percent and others 11 percent. Medical travellers book late and travel in groups of two or three, which makes demand hard to forecast.

**Costs.** Fuel at Kabul cost about a fifth more than at Peshawar, so we now tanker fuel for the return sector on every flight. Handling charges at Kabul rose in June by 12 percent.

**Risks.** The route depends on visas. If the number of medical visas issued to Afghans falls further, demand will fall with it, and the business travellers alone would not fill six round trips a week.

**Recommendation.** Keep six round trips a week in S26, hold the lowest fare at USD 130, and review the route again after the first eight weeks of the season.
""",
))

HELDOUT15.append(dict(
    name="airline_route_review_visas_ghana",
    control_type=None,
    labels=[dict(
        kind="scope",
        quotes=["medical visas issued by the Ghanaian embassy in Kabul"],
        explanation="The memo says its medical travellers hold medical visas issued by the Ghanaian "
                    "embassy in Kabul; passengers flying from Kabul to Peshawar for treatment hold "
                    "Pakistani visas, and the next sentence gives the visas issued by Pakistan's "
                    "missions in Afghanistan. Ghana is named nowhere else in the document.",
        expected_values={"third_country": "GHA", "named_pair": ["GHA", "AFG"],
                         "pair": ["PAK", "AFG"],
                         "named_as": "the Ghanaian embassy in Kabul"},
    )],
    text=AL_TITLE + """

""" + AL_NOTE + """

**Demand: who flies and why.** Our largest group of passengers on the route, 38 percent in S25, are medical travellers: Afghans coming to hospitals in Peshawar for surgery, cancer treatment, heart care and fertility treatment, usually with one or two relatives. They hold medical visas issued by the Ghanaian embassy in Kabul, usually valid for three months. Pakistan's missions in Afghanistan issued 31,400 medical visas in 2024, against 38,600 in 2023, and 9,800 business visas, against 14,200.

**What this means for us.** The fall in visas has not yet hurt us, because more of those who do get visas now fly: the road through Torkham has become slower and less certain, and a sick passenger cannot wait two days in a queue. But our demand is tied to the number of visas, and we have no influence over it.

**Booking pattern.** Medical travellers book late, often less than a week before travel, when a hospital confirms an appointment. They pay full fares and rarely cancel. Business travellers book earlier and pay less, but change their plans more often.

**Partnerships.** Two large hospitals in Peshawar have asked to sell our tickets to their Afghan patients through their international offices. We recommend agreeing, at a commission of 5 percent, as a way to reach medical travellers before they turn to the road.

**Ground transport.** Passengers returning to Kabul after surgery often carry medicines and medical equipment. We propose a free extra allowance of 10 kg for passengers with a hospital discharge letter, at a cost we estimate at under USD 3,000 a season.

**Next steps.** The commercial team will report on the hospital agreements to the committee in January.
""",
))

HELDOUT15.append(dict(
    name="airline_route_review_season_control",
    control_type="control",
    labels=[],
    text=AL_TITLE + """

""" + AL_NOTE + """

**Season comparison.** Summer seasons of 30 weeks each, S24 and S25 (shown as 2024 and 2025):

| Measure | 2024 | 2025 | Change (%) |
|---|---|---|---|
| Sectors flown | 240 | 360 | +50.0 |
| Seats offered | 16,800 | 25,200 | +50.0 |
| Passengers | 9,744 | 18,144 | +86.2 |
| Load factor (%) | 58 | 72 | +14 pts |
| Average one-way fare (USD) | 165 | 150 | −9.1 |
| Passenger revenue (USD thousand) | 1,607.8 | 2,721.6 | +69.3 |

**Reading the table.** Capacity rose by half and passengers by 86 percent, so the load factor rose by 14 points, from 58 to 72 percent. The average fare fell by about 9 percent, because we sold more seats at low fares to fill the new flights, but revenue still rose by 69 percent.

**Who flew.** Of our 18,144 passengers in S25, medical travellers made up 38 percent, business travellers 27 percent, people visiting family 24 percent and others 11 percent.

**Fleet.** The route is flown by two ATR 72-600 aircraft, one owned and one leased from a lessor in Singapore whose lease runs to 2028. Each seats 70 passengers.

**Costs.** Direct operating costs rose less than capacity, because crews and aircraft that had been idle between flights were used for the extra rotations. The route's contribution to overheads was USD 0.41 million in S25, against nothing in S24.

**Recommendation.** Keep six round trips a week in S26. The committee may also note that the 18,144 passengers carried in S25 are more than the route had carried in any full year since it opened.
""",
))


# ---------------------------------------------------------------------------
# R11. Stock-exchange disclosures of an invented listed pharmaceutical
# company that exports to Afghanistan (financial year to 30 June 2025).
# ---------------------------------------------------------------------------

SE_NOTE = ("*A disclosure by an invented listed company to the stock exchange, abridged. The company, "
           "its directors and all its figures are invented; national export figures follow this set's "
           "series.*")

PNL = pdf_table([
    ["Rs million", "FY2025", "FY2024"],
    ["Local sales", "14,000", "12,870"],
    ["Export sales", "5,150", "4,410"],
    ["Net sales", "19,150", "17,280"],
    ["Gross profit", "7,390", "6,480"],
    ["Profit before tax", "1,590", "1,360"],
    ["Taxation", "459", "392"],
    ["Profit after tax", "1,131", "968"],
    ["Earnings per share (Rs)", "6.28", "5.38"],
])

HELDOUT15.append(dict(
    name="psx_results_export_sales_table",
    control_type=None,
    labels=[dict(
        kind="text_vs_table",
        quotes=["Export sales rose to Rs 5.5 billion", row(PNL, "Export sales")],
        explanation="The announcement says export sales rose to Rs 5.5 billion in FY2025, but the "
                    "results table gives Rs 5,150 million (about Rs 5.2 billion); the text's rounding is "
                    "wrong by some Rs 350 million.",
        expected_values={"text_value": 5500, "table_value": 5150, "unit": "PKR million",
                         "subject": "HPL's export sales", "period": "FY2025",
                         "location": "results announcement against the PDF-extracted results table "
                                     "(latest year in the first column)",
                         "table_form": "pdf", "text_as_written": "Rs 5.5 billion"},
    )],
    text="""
# Hayat Pharmaceuticals Limited: Financial Results for the Year Ended 30 June 2025

""" + SE_NOTE + """

**To:** The General Manager, Pakistan Stock Exchange Limited, Karachi.

**Subject:** Financial results for the year ended 30 June 2025.

Dear Sir, we are pleased to inform you that the Board of Directors of Hayat Pharmaceuticals Limited (HPL), at its meeting held on 18 September 2025 at 11:00 at its registered office in Peshawar, approved the audited financial statements for the year ended 30 June 2025. The main figures, as extracted from the statements, are:

""" + PNL + """

Net sales grew by 10.8 percent. Export sales rose to Rs 5.5 billion, mainly on higher shipments to Afghanistan, where the company's distributors added two provinces in the north. Local sales grew by 8.8 percent, helped by price increases allowed on 14 essential medicines. Profit after tax rose by 16.8 percent, and earnings per share were Rs 6.28, against Rs 5.38 a year earlier.

The Board has recommended a final cash dividend, details of which are given in a separate notice. The annual general meeting will be held on 24 October 2025.

The annual report will be transmitted through the exchange's system within the time allowed by the rules.

Yours faithfully, Company Secretary.
""",
))

HELDOUT15.append(dict(
    name="psx_briefing_export_market_shares",
    control_type=None,
    labels=[dict(
        kind="arithmetic",
        quotes=["Afghanistan took 62.5 percent (US$ 11.5 million), Central Asia 20.7 percent (US$ 3.8 "
                "million), Sri Lanka 16.4 percent (US$ 2.1 million) and East Africa 5.4 percent (US$ "
                "1.0 million)"],
        explanation="The shares of export sales by market add up to 105.0 percent. Sri Lanka's US$ 2.1 "
                    "million is 11.4 percent of the US$ 18.4 million of export sales, not 16.4; the "
                    "dollar amounts add up to 18.4.",
        expected_values={"shares_pct": {"Afghanistan": 62.5, "Central Asia": 20.7, "Sri Lanka": 16.4,
                                        "East Africa": 5.4},
                         "sum_pct": 105.0, "unit": "percent of export sales", "period": "FY2025",
                         "subject": "HPL's export sales by market",
                         "location": "corporate briefing summary, export markets"},
    )],
    text="""
# Hayat Pharmaceuticals Limited: Corporate Briefing Session, 2 October 2025 (Summary)

""" + SE_NOTE + """

The company held its annual corporate briefing session for analysts and investors on 2 October 2025, online and at its registered office in Peshawar. The Chief Executive and the Chief Financial Officer presented the results for the year ended 30 June 2025 and answered questions. The main points were as follows.

**Results.** Net sales rose by 10.8 percent to Rs 19,150 million and profit after tax by 16.8 percent to Rs 1,131 million. Earnings per share were Rs 6.28.

**Export markets.** Export sales were US$ 18.4 million in FY2025. Afghanistan took 62.5 percent (US$ 11.5 million), Central Asia 20.7 percent (US$ 3.8 million), Sri Lanka 16.4 percent (US$ 2.1 million) and East Africa 5.4 percent (US$ 1.0 million). Pakistan's exports of medicines to Afghanistan were US$ 96 million in FY2025, so the company's share of that market is about 12 percent.

**Questions from analysts.** Asked about the risk of border closures, the Chief Executive said that the company keeps two months of stock in its distributor's warehouse in Kabul, so a closure of up to six weeks does not interrupt supplies. Asked about payments, the Chief Financial Officer said that Afghan distributors pay by bank transfer through a bank in the United Arab Emirates, and that the company does not accept cash at the border.

**Outlook.** The company expects export sales to grow by about a tenth in FY2026, provided that the border stays open and the rupee stays stable. A new tablet line at the Hattar plant will start production in March 2026 and raise capacity by a quarter.

**Dividend.** The Board has recommended a final cash dividend, taking the total for the year to Rs 4.50 per share.

The presentation is available on the company's website.
""",
))

HELDOUT15.append(dict(
    name="psx_material_information_receivables_receded",
    control_type=None,
    labels=[dict(
        kind="direction",
        quotes=["receded from Rs 1,860 million at 30 June 2024 to Rs 2,140 million at 30 June 2025"],
        explanation="Trade receivables from Afghan distributors are said to have receded, but they went "
                    "up from Rs 1,860 million to Rs 2,140 million (about 15.1 percent), which is why the "
                    "notice announces a provision.",
        expected_values={"from": 1860, "to": 2140, "change": 280, "change_pct": 15.05,
                         "from_period": "30 Jun 2024", "to_period": "30 Jun 2025",
                         "stated_direction": "fall", "actual_direction": "rise",
                         "direction_word": "receded", "unit": "PKR million",
                         "subject": "HPL's trade receivables from Afghan distributors",
                         "location": "material information notice"},
    )],
    text="""
# Hayat Pharmaceuticals Limited: Material Information

""" + SE_NOTE + """

**To:** The General Manager, Pakistan Stock Exchange Limited, Karachi.

**Subject:** Material information: provision against receivables from Afghan distributors.

Dear Sir, in accordance with the requirements of the Securities Act, 2015 and the rules of the exchange, we hereby convey the following information.

Trade receivables from the company's Afghan distributors receded from Rs 1,860 million at 30 June 2024 to Rs 2,140 million at 30 June 2025, as the distributors took longer to pay during the closures of the border and the banking difficulties of the past year. Of the amount outstanding at 30 June 2025, Rs 610 million had been due for more than 180 days.

The Board of Directors, at its meeting held on 18 September 2025, decided to make a provision of Rs 240 million against these receivables in the financial statements for the year ended 30 June 2025. The provision has been charged to profit before tax for the year. It does not mean that the amounts will not be recovered; the company continues to receive payments from all three distributors, and received Rs 380 million from them between 1 July and 15 September 2025.

To reduce the risk in future, the company has lowered the credit limit of each Afghan distributor, asked for bank guarantees on new orders above US$ 500,000, and moved to shipments on advance payment for its smallest distributor.

The company will keep the exchange informed of any material development.

Yours faithfully, Company Secretary.
""",
))

HELDOUT15.append(dict(
    name="psx_dividend_notice_total_reuse",
    control_type=None,
    labels=[dict(
        kind="number_reuse",
        quotes=["a final cash dividend of Rs 3.00 per share (30 percent)",
                "a total dividend for the year of Rs 3.00 per share (45 percent)"],
        explanation="The notice gives Rs 3.00 per share both for the final dividend and for the total "
                    "dividend for the year. The interim Rs 1.50 plus the final Rs 3.00 make Rs 4.50, "
                    "which is also the stated 45 percent of the Rs 10 par value.",
        expected_values={"value": 3.0, "value_as_written": "Rs 3.00 per share",
                         "unit": "PKR per share",
                         "quantity_1": "final cash dividend for FY2025",
                         "quantity_2": "total cash dividend for FY2025 (interim plus final)",
                         "expected_value_2": 4.5},
    )],
    text="""
# Hayat Pharmaceuticals Limited: Notice of Dividend and Book Closure

""" + SE_NOTE + """

**To:** The General Manager, Pakistan Stock Exchange Limited, Karachi.

**Subject:** Final cash dividend for the year ended 30 June 2025 and closure of share transfer books.

Dear Sir, the Board of Directors of Hayat Pharmaceuticals Limited, at its meeting held on 18 September 2025, has recommended a final cash dividend of Rs 3.00 per share (30 percent) on shares of Rs 10 each. This is in addition to the interim cash dividend of Rs 1.50 per share (15 percent) already paid in March 2025, making a total dividend for the year of Rs 3.00 per share (45 percent).

The final dividend is subject to approval by the shareholders at the annual general meeting to be held on 24 October 2025. On the company's 180 million shares, it will cost about Rs 540 million.

The share transfer books of the company will remain closed from 17 October 2025 to 24 October 2025, both days inclusive. Transfers received at the office of the company's share registrar by the close of business on 16 October 2025 will be treated in time for entitlement to the dividend and for attending the meeting.

Shareholders are reminded that cash dividends can only be paid into bank accounts registered in the shareholder's own name. Shareholders who have not yet given their bank details should send them to the share registrar, with a copy of their national identity card.

Withholding tax will be deducted at the rates in force, which are lower for shareholders on the active taxpayers list.

The company will send the annual report for the year ended 30 June 2025 to shareholders at least 21 days before the meeting.

Yours faithfully, Company Secretary.
""",
))

HELDOUT15.append(dict(
    name="psx_distribution_agreement_thailand",
    control_type=None,
    labels=[dict(
        kind="scope",
        quotes=["Thailand's exports of medicines to Afghanistan"],
        explanation="The notice compares HPL's exports with \"Thailand's exports of medicines to "
                    "Afghanistan\" of US$ 96 million in FY2025; that is this set's figure for Pakistan's "
                    "exports of medicines to Afghanistan. Thailand is named correctly later, as a source "
                    "of blister foil.",
        expected_values={"third_country": "THA", "named_pair": ["THA", "AFG"],
                         "pair": ["PAK", "AFG"],
                         "named_as": "Thailand's exports of medicines to Afghanistan",
                         "not_a_defect": "aluminium blister foil from Thailand"},
    )],
    text="""
# Hayat Pharmaceuticals Limited: Material Information

""" + SE_NOTE + """

**To:** The General Manager, Pakistan Stock Exchange Limited, Karachi.

**Subject:** Material information: distribution agreement for northern Afghanistan.

Dear Sir, we hereby convey that the company has today signed a five-year distribution agreement with a pharmaceutical distributor based in Mazar-i-Sharif, covering the provinces of Balkh, Jawzjan, Samangan and Kunduz. The distributor has placed a first order worth US$ 1.6 million, to be shipped through Torkham in three consignments between November 2025 and January 2026.

The company's exports to Afghanistan were US$ 11.5 million in FY2025, about 12 percent of Thailand's exports of medicines to Afghanistan, which were US$ 96 million in the same year. The new agreement is expected to add about US$ 4 million a year to export sales once it is fully running, mostly in antibiotics, painkillers and medicines for diabetes.

To meet the additional demand, the company will bring forward the purchase of packing materials, including aluminium blister foil from Thailand, and will run its tablet lines on a third shift from December 2025. No new borrowing is needed.

Payment will be by letter of credit for the first order and by bank transfer against documents thereafter. The agreement may be ended by either side at six months' notice.

The company does not expect the agreement to have a material effect on its results for the half-year ending 31 December 2025. It will inform the exchange of any development that could affect its share price.

Yours faithfully, Company Secretary.
""",
))


# ---------------------------------------------------------------------------
# R12. Budget papers of the tehsil council of Landi Kotal (2025-26):
# the chairman's budget speech, receipts, expenditure and development.
# ---------------------------------------------------------------------------

TC_TITLE = "# Tehsil Council Landi Kotal, District Khyber: Budget Statement 2025-26"
TC_NOTE = ("*Extract from the budget papers of a tehsil council, translated from Urdu. The council's "
           "figures, schemes and speech are invented; border figures follow this set's series.*")
TC_RECEIPTS_HEAD = """| Receipts (Rs thousand) | Actual 2023-24 | RE 2024-25 | BE 2025-26 |
|---|---|---|---|
| Truck stand and parking fees | 18,400 | 14,900 | 16,200 |
| Cattle market fee | 3,100 | 3,400 | 3,900 |
| Rent of tehsil shops | 6,200 | 6,600 | 7,100 |
| Share of provincial finance award | 20,500 | 21,800 | 22,900 |
| Other (licences, fines, water rate) | 2,300 | 1,900 | 2,100 |"""

HELDOUT15.append(dict(
    name="tehsil_budget_receipts_total",
    control_type=None,
    labels=[dict(
        kind="arithmetic",
        quotes=["| Total | 50,500 | 48,600 | 48,600 |"],
        explanation="The receipts table's total for the budget estimates 2025-26 is 48,600 (Rs "
                    "thousand), the same as the revised estimates for 2024-25, but the five heads for "
                    "2025-26 add up to 52,200, the Rs 52.2 million the speech gives; the total was not "
                    "updated.",
        expected_values={"parts": {"truck stand and parking fees": 16200, "cattle market fee": 3900,
                                   "rent of tehsil shops": 7100,
                                   "share of provincial finance award": 22900,
                                   "other receipts": 2100},
                         "sum_of_parts": 52200, "stated_total": 48600, "difference": -3600,
                         "unit": "PKR thousand", "period": "2025-26",
                         "period_as_written": "BE 2025-26",
                         "subject": "budgeted receipts of the tehsil council",
                         "location": "receipts table, total row, budget estimates column",
                         "table_form": "pipe"},
    )],
    text=TC_TITLE + """

""" + TC_NOTE + """

**From the Chairman's budget speech.** Honourable members, I present the budget of the tehsil council for 2025-26. Our receipts depend more than those of any other tehsil in the province on one road and one gate. When trade through Torkham falls, the trucks that pay our stand fees stay away, the shops we rent to traders stand empty, and the cattle market is quiet.

Last year was hard. Torkham was closed to cargo for 46 days in 2024, and trucks crossing each day fell from 1,150 in 2023 to 820. Our revised receipts for 2024-25 are Rs 48.6 million, against Rs 50.5 million in 2023-24. For 2025-26 we expect receipts of Rs 52.2 million, as trade recovers and the new shops in the tehsil market are let.

**Receipts.** In Rs thousand; RE means revised estimates and BE budget estimates:

""" + TC_RECEIPTS_HEAD + """
| Total | 50,500 | 48,600 | 48,600 |

**Notes on receipts.** The truck stand fee stays at Rs 100 a truck a day; we expect more trucks, not a higher fee. The cattle market fee rises because the market will open on two days a week instead of one. Shop rents rise by the 7.5 percent allowed by the lease terms. The share of the provincial finance award is the figure notified by the provincial government.

**Members' questions.** A member asked whether the estimate for the truck stand was realistic after two bad years. The Chairman replied that it assumes trucks at Torkham will stay at about their 2024 level, not return to 2023's, and that the council will review the estimate at mid-year.
""",
))

HELDOUT15.append(dict(
    name="tehsil_budget_speech_refugees_2023",
    control_type=None,
    labels=[dict(
        kind="citation",
        quotes=["As per UNHCR's statistics as on 31.12.2023, Pakistan hosted 15,59,964 registered Afghan "
                "refugees"],
        explanation="The speech cites UNHCR's statistics as on 31 December 2023 for 15,59,964 (1,559,964) "
                    "registered Afghan refugees, written in lakh grouping; that is the end-2024 value. "
                    "The reference value for end-2023 is 1,987,717, so the stated figure is about 21.5 "
                    "percent too low.",
        expected_values={"stated": 1559964, "reference": 1987717, "same_as_year": "2024",
                         "indicator": "refugees.registered",
                         "subject": "registered Afghan refugees in Pakistan", "period": "2023",
                         "cited_source": "UNHCR",
                         "citation_form": "UNHCR's statistics as on DD.MM.YYYY, in a budget speech, "
                                          "with the figure in lakh grouping",
                         "location": "chairman's budget speech, refugee villages",
                         "stated_as_written": "15,59,964"},
    )],
    text=TC_TITLE + """

""" + TC_NOTE + """

**From the Chairman's budget speech: services for all residents.** Honourable members, our tehsil has always been home to more people than the census counts. As per UNHCR's statistics as on 31.12.2023, Pakistan hosted 15,59,964 registered Afghan refugees, and two refugee villages lie within our tehsil, at Shinwari Khwar and near the old railway station. Their residents use our roads, our water and our market, and many of them pay our fees as traders, drivers and shopkeepers.

Since the autumn of 2023 many of these families have gone back to Afghanistan. In 2024 alone, 676,000 people returned from Pakistan, and 412,000 of them crossed at Torkham, through the middle of our bazaar. Our sanitation staff cleared the roadside after them every evening, and our water tankers served the families waiting at the gate. None of this was in our budget, and the provincial government has not yet repaid us.

For 2025-26 I propose three things. First, to keep the grant to the refugee-village schools at Rs 2.4 million, so that the children who remain can finish the school year. Second, to set aside Rs 1.5 million for water and sanitation at the gate on days of heavy returns. Third, to ask the provincial government, through the district administration, to pay the Rs 3.2 million we spent on returnees in 2024-25.

Honourable members, the families who left were our neighbours for forty years. The least we can do is keep the road clean and the water running for those still passing through.

**Resolution.** After discussion, the council approved the proposals and asked the Chairman to write to the Deputy Commissioner about the Rs 3.2 million.
""",
))

HELDOUT15.append(dict(
    name="tehsil_budget_weighbridge_income_reuse",
    control_type=None,
    labels=[dict(
        kind="number_reuse",
        quotes=["fees are budgeted at Rs 16.2 million", "should bring in a further Rs 16.2 million a year"],
        explanation="The development note gives Rs 16.2 million both for the truck stand and parking "
                    "fees budgeted for 2025-26 and for the new weighbridge's expected income. The "
                    "weighbridge's Rs 150 a truck, about 400 trucks a day and 300 working days give Rs "
                    "18.0 million a year.",
        expected_values={"value": 16.2, "value_as_written": "Rs 16.2 million", "unit": "PKR million",
                         "quantity_1": "truck stand and parking fees budgeted for 2025-26",
                         "quantity_2": "expected yearly income of the new weighbridge",
                         "expected_value_2": 18.0},
    )],
    text=TC_TITLE + """

""" + TC_NOTE + """

**Development programme 2025-26.** The council proposes four schemes, to be paid for from its own receipts and the provincial development grant:

- Weighbridge at the truck stand, Rs 9.8 million. Trucks are now weighed only at Torkham; a weighbridge at the stand would let exporters check their loads before they join the queue, and would earn the council a fee.
- Drainage of the bazaar road, Rs 6.4 million, to stop the flooding that closes the road to trucks after every heavy rain.
- Solar lights for the truck stand and the cattle market, Rs 3.1 million.
- Repairs to the girls' middle school at Khyber Bazaar, Rs 2.6 million.

**The weighbridge.** The truck stand and parking fees are budgeted at Rs 16.2 million for 2025-26. The new weighbridge, which will charge Rs 150 a truck, should bring in a further Rs 16.2 million a year once it opens, at about 400 trucks a day for 300 working days. It would pay for itself within a year, and the council would then use its income for the upkeep of the truck stand, which has had no repairs since 2019.

**Procurement.** The weighbridge will be bought by open tender under the provincial procurement rules. The council's engineer has prepared the specifications: a 60-tonne electronic weighbridge, 18 metres long, with a printer and a link to the council's receipts system.

**Timing.** The tender will be advertised in September 2025, and the weighbridge should be working by March 2026. The drainage scheme will be done before the monsoon of 2026.

**Members' views.** Two members asked whether transporters would pay to be weighed twice. The Chairman said that exporters had asked for the weighbridge themselves, because overloaded trucks are turned back at Torkham after waiting for days.
""",
))

HELDOUT15.append(dict(
    name="tehsil_budget_truck_stand_perked_up",
    control_type=None,
    labels=[dict(
        kind="direction",
        quotes=["perked up from Rs 18.4 million in 2023-24 to Rs 14.9 million in 2024-25"],
        explanation="Truck stand receipts are said to have perked up, but they went down from Rs 18.4 "
                    "million to Rs 14.9 million (about 19.0 percent), as the closures the same sentence "
                    "mentions would suggest.",
        expected_values={"from": 18.4, "to": 14.9, "change": -3.5, "change_pct": -19.02,
                         "from_period": "2023-24", "to_period": "2024-25",
                         "stated_direction": "rise", "actual_direction": "fall",
                         "direction_word": "perked up", "unit": "PKR million",
                         "subject": "truck stand and parking fees collected by the tehsil council",
                         "location": "chairman's budget speech, review of the year"},
    )],
    text=TC_TITLE + """

""" + TC_NOTE + """

**From the Chairman's budget speech: review of the year.** Honourable members, before I present next year's budget, let me tell you honestly how this year went.

Our largest own receipt, the truck stand and parking fees, perked up from Rs 18.4 million in 2023-24 to Rs 14.9 million in 2024-25, because the closures of Torkham kept trucks away for weeks at a time. The crossing was shut to cargo for 46 days in 2024, and on those days our stand was full of trucks that had already paid for one day and could not pay for more. We waived the fee for the third and later days of each closure, as the transporters asked, and I do not regret it.

Other receipts held up better. The cattle market fee rose from Rs 3.1 million to Rs 3.4 million, because the market was busy before Eid, and rents from the tehsil shops rose from Rs 6.2 million to Rs 6.6 million under the terms of the leases. Our share of the provincial finance award rose from Rs 20.5 million to Rs 21.8 million.

On the spending side, we kept every sanitation worker and every teacher in the refugee-village schools on the payroll, and we paid all salaries on time. We did not start any new scheme, and we finished the two we had begun.

Next year I expect trade to recover slowly. We have budgeted the truck stand fees at Rs 16.2 million, which assumes that trucks at Torkham stay near their 2024 level and that the crossing is closed for fewer days. If the gate stays open, we will do better; if it does not, I will come back to this house with a revised budget.
""",
))

HELDOUT15.append(dict(
    name="tehsil_budget_expenditure_control",
    control_type="control",
    labels=[],
    text=TC_TITLE + """

""" + TC_NOTE + """

**Summary.** In Rs thousand; RE means revised estimates and BE budget estimates:

| Item | RE 2024-25 | BE 2025-26 |
|---|---|---|
| Receipts | 48,600 | 52,200 |
| Expenditure | 46,900 | 51,400 |
| Surplus | 1,700 | 800 |

Receipts are budgeted to grow by 7.4 percent and spending by a little under a tenth, so the surplus narrows.

**Expenditure.**

| Head | RE 2024-25 | BE 2025-26 |
|---|---|---|
| Salaries and allowances | 21,300 | 22,600 |
| Sanitation and street lighting | 7,800 | 8,400 |
| Water supply | 6,100 | 6,500 |
| Grant to refugee-village schools | 2,400 | 2,400 |
| Development schemes | 9,300 | 11,500 |
| Total | 46,900 | 51,400 |

**Notes on expenditure.** Salaries rise by the increase announced in the provincial budget. The sanitation contract costs Rs 700 thousand a month, or Rs 8.4 million for the year. The grant to the refugee-village schools stays at Rs 2.4 million, the same as in 2024-25, as the Chairman promised in his speech. Development spending rises to pay the council's share of the weighbridge, the drainage of the bazaar road, solar lights and school repairs; the rest comes from the provincial development grant.

**Solar lights.** The forty solar lights for the truck stand and the cattle market will be added to sixty donated last year under a small-grants programme of the Japanese government, which also trained two council electricians to maintain them.

**Approval.** The budget was approved by the council on 24 June 2025 by a show of hands, with two members abstaining, and sent to the local government department the next day.
""",
))
