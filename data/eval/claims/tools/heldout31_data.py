# Thirty-first held-out set of synthetic documents ("heldout31").  Written
# from scratch after heldout30/, by a labeller session that had not opened
# dyad's implementation or history and had not seen any of its results.
# Every entry: name (topic slug, numbered later by build_heldout31.py), text,
# labels (list of defect dicts), control_type for controls.
# Registers not used before: an unnab (dried jujube) traders' association
# buying Afghan fruit for Unani medicine makers (with the annual trade
# series, 2019-2024 rows); a truck art painting yard working for Afghan
# transport companies; a cradle workshop selling to shops in Kabul; a
# rubab (Afghan lute) workshop in Peshawar whose customers are mostly Afghan
# musicians; a photo studio making document photographs for Afghan
# families; a leprosy clinic; a refugee youth swimming
# club; a robotics school for young Afghan refugees; a duck project in
# Afghan refugee villages; and a fuel briquette project in Afghan refugee
# villages.
#
# Invented figures shared with earlier sets: annual trade series (README:
# exports 1,290 / 942 / 828 / 936 / 1,012 / 884 and imports 441 / 509 / 552 /
# 741 / 690 / 540 for 2019-2024, balances 849 / 433 / 276 / 195 / 322 / 344,
# totals 1,731 / 1,451 / 1,380 / 1,677 / 1,702 / 1,424); reference refugee
# series (1,419,084 / 1,438,432 / 1,490,562 / 1,743,278 / 1,987,717 /
# 1,559,964 for 2019-2024).
#
# New invented figures, consistent with the above:
#   Yakatoot Unnab Traders' Association, Yakatoot, Peshawar (invented, 22
#     member firms, 9 of them buying from Afghan collectors in Goshta, Lalpur,
#     Dur Baba and Nazian and, near Kandahar, Zhari and Maiwand; about 180
#     dawakhanas as customers): Afghan unnab bought by members, kilograms:
#     2021 16,000, 2022 18,400 (+15.0 percent), 2023 23,000 (+25.0), 2024
#     20,700 (-10.0), 2025 24,840 (+4,140, +20.0); 2024 by crossing:
#     Torkham 13,800, Chaman 6,900; 2025 by crossing: Torkham 16,560 (66.7
#     percent), Chaman 8,280 (33.3); about Rs 1,400 a kilogram in 2025 (some
#     Rs 34.8 million); collectors ask Rs 1,500 for 2026; sacks of 40
#     kilograms (the equivalent of 621 sacks in 2025); outlook for 2026
#     22,000 to 27,000 kilograms; a few lots by sea to a herbal firm in
#     Taiwan.
#   Naqsh Truck Art, Pirwadhai, Rawalpindi (invented): Afghan-owned trucks
#     painted: 2021 6, 2022 14, 2023 22, 2024 30, 2025 36; by quarter 2024 /
#     2025: Q1 6 / 7, Q2 8 / 10, Q3 9 / 11, Q4 7 / 8; a full truck Rs 400,000
#     in 2024 and Rs 450,000 in 2025 (up an eighth; Rs 16.2 million from
#     Afghan trucks in 2025); crown and tailboard Rs 180,000; 9 painted panels
#     a truck; 11 Afghan transport companies; 12 painters, 5 of them Afghan;
#     about three weeks in the yard; two tailboards sold to a gallery in
#     Hong Kong.
#   Bulbul Cradle Works, Chunian (invented): cradles sold to Afghan shops in
#     Kabul's Khair Khana, Kote Sangi and Shahr-e-Naw, 2024 / 2025: rocking
#     1,200 / 1,380 (+15.0), hanging 800 / 720 (-10.0), folding cot 500 / 600
#     (+20.0), total 2,500 / 2,700 (+8.0); 2023 2,100; 2025 by district:
#     Khair Khana 1,350 (half), Kote Sangi 810 (three-tenths), Shahr-e-Naw
#     540 (a fifth); about Rs 9,000 a cradle (some Rs 24.3 million); 20 shops
#     in 2024 and 23 in 2025; 16 carpenters and lacquer turners, 4 of them
#     Afghan; three cradles to a crate (900 crates); deodar frames; lacquer
#     colours from Japan.
#   Dastkar Rubab Works, Dabgari, Peshawar (invented, opened 1998): rubabs
#     sold 2023 150, 2024 180 (+20.0), 2025 216 (+20.0); makers 5, 6, 7 (4 of
#     the 7 Afghan); buyers 2024 / 2025: Afghan musicians in Peshawar 100 /
#     112, Afghan musicians abroad 50 / 70, Pakistani musicians 30 / 34; Rs
#     50,000 a rubab in 2024 and Rs 60,000 in 2025 (nearly Rs 13 million); 15
#     sympathetic strings on each rubab; mulberry blocks from a wood merchant
#     in Sherzad, through Torkham; goatskin bellies, camel bone inlay.
#   Tasveer Photo Studio, Faqirabad, Peshawar (invented): photo sets made,
#     2024 / 2025 by quarter: Q1 2,500 / 3,000, Q2 3,250 / 3,900, Q3 3,500 /
#     4,200, Q4 2,750 / 3,300, total 12,000 / 14,400 (+20.0); about 300
#     working days (some 48 customers a day in 2025); a set of eight prints
#     35 by 45 millimetres, Rs 800 in 2024 and Rs 900 in 2025; seven in ten
#     customers Afghan; 5 staff, 2 of them Afghan; an Afghan partner studio
#     in Jalalabad keeps the files of families who go home.
#   Umeed Leprosy Clinic, Nushki (invented): patients on treatment / new
#     cases / Afghan refugee patients: 2023 48 / 14 / 17, 2024 55 / 18 / 21,
#     2025 62 / 15 / 26; patients from Nushki, Dalbandin and the refugee
#     village of Girdi Jungle; 1 doctor, 5 health workers, 1 shoemaker; 140
#     pairs of protective sandals in 2025; adults take 100 milligrams of
#     dapsone a day; treatment lasts 6 or 12 months; patients who go home
#     are referred to Afghanistan's national leprosy programme in Kandahar.
#   Mauj Swimming Club, Badaber, Peshawar (invented, refugee youth, founded
#     2022): members at year end 2022 12, 2023 20, 2024 28, 2025 34; 2025: 18
#     under 13, 16 aged 13 to 17; 9 medals at two junior galas; two lanes for
#     5 hours a week at a college pool in Larama, April to October; a pool of
#     25 metres; summer camp 22 swimmers in 2024 and 30 in 2025; 2 volunteer
#     coaches; goggles from a swim school in Singapore.
#   Chingari Robotics School, Sohrab Goth, Karachi (invented, opened 2023):
#     students enrolled / finished: 2023 24 / 15, 2024 36 / 27, 2025 48 / 40,
#     total 108 / 82; 18 girls in 2025; 3 teachers; 16 kits; a kit cost Rs
#     21,000 in 2024 and Rs 18,000 in 2025; 12-volt batteries; 30 robots
#     built in 2025; third place at a contest in Lahore.
#   Barkat Duck Project (invented, begun 2023), Afghan refugee villages of
#     Kot Chandna, Munda and Kachha by the Indus: women keeping ducks 2023
#     40, 2024 85, 2025 120 (Kot Chandna 55, Munda 42, Kachha 23); five ducks
#     and a drake each; eggs sold 2023 12,000, 2024 30,000, 2025 45,000 (by
#     quarter 9,000, 15,000, 12,000, 9,000); Rs 35 an egg in 2024 and Rs 45 in
#     2025 (about Rs 2 million); a duck lays about 180 eggs a year;
#     ducklings from a hatchery in Lahore; Khaki Campbell breed, first bred
#     in England.
#   Angaar Briquette Project (invented, begun 2022), Afghan refugee villages
#     of Gandaf, Padhana and Baghicha: households burning briquettes /
#     briquettes made (tonnes): 2022 50 / 30, 2023 110 / 75, 2024 180 / 126,
#     2025 240 / 192 (128 tonnes burned by the families, 64 sold to bakeries
#     and hotels at Rs 35 a kilogram, Rs 2.24 million); 6 hand presses; 45
#     tonnes of rice husk bought after the Kharif 2025 harvest.

HELDOUT31 = []
from heldout_labels import (  # noqa: F401
    PAIR, REFS, adder, arith, change_pct, citation, direction, garbled, line_of, parts_total, pdf_lines, scope, tvt,
    repeated, reuse,
)

add = adder(HELDOUT31)


# ---------------------------------------------------------------------------
# Yakatoot Unnab Traders' Association (invented): Afghan dried jujube
# ---------------------------------------------------------------------------

UNNAB_YEARS = """| Year | Kilograms | Change (%) |
|---|---|---|
| 2021 | 16,000 | – |
| 2022 | 18,400 | +15.0 |
| 2023 | 23,000 | +25.0 |
| 2024 | 20,700 | −10.0 |
| 2025 | 24,840 | +20.0 |"""
TRADE_2019_2021 = """| Year | Exports | Imports | Total trade | Balance |
|---|---|---|---|---|
| 2019 | 1,290 | 441 | 1,731 | 849 |
| 2020 | 942 | 509 | 1,451 | 433 |
| 2021 | 828 | 552 | 1,380 | 276 |"""
TRADE_ACROSS = """| US$ million | 2021 | 2022 | 2023 | 2024 |
|---|---|---|---|---|
| Exports | 828 | 936 | 1,012 | 884 |
| Imports | 552 | 741 | 690 | 540 |
| Total trade | 1,380 | 1,677 | 1,702 | 1,424 |
| Balance | 276 | 195 | 312 | 344 |"""
UNNAB_CROSSINGS = """| Crossing | Kilograms | Share (%) |
|---|---|---|
| Torkham | 16,560 | 66.7 |
| Chaman | 8,280 | 33.3 |
| Total | 24,840 | 100.0 |"""

add("unnab_traders_fact_sheet_control", f"""
# Yakatoot Unnab Traders' Association: Fact Sheet 2025

*An invented association in Peshawar's old city; every figure below is invented.*

Unnab is the small red jujube that Unani medicine makers boil into cough syrups. Our 22 member firms sort, sack and sell it to about 180 dawakhanas in Khyber Pakhtunkhwa and Punjab. Nine of them buy dried fruit from Afghan collectors in Goshta, Lalpur, Dur Baba and Nazian, and in Zhari and Maiwand near Kandahar.

Table 1. Afghan unnab bought by members

{UNNAB_YEARS}

Table 2. Pakistan–Afghanistan trade, US$ million

{TRADE_2019_2021}

- **2025.** Members bought a fifth more fruit than in 2024, or 4,140 kilograms more.
- **Routes.** Two-thirds of it crossed at Torkham and one-third at Chaman.
- **Price.** At about Rs 1,400 a kilogram, the year's purchases cost some Rs 34.8 million.
- **Abroad.** A few cleaned lots go by sea from Karachi to a herbal firm in Taiwan.
- **Background.** Pakistan's exports to Afghanistan were on the slide from 2019 to 2021, falling from US$ 1,290 million to US$ 828 million.
""", control_type="control")

add("unnab_traders_bank_circular_balance_row", f"""
# Circular 7/2025: Figures for Members' Banks

*Yakatoot Unnab Traders' Association (invented). Figures are invented.*

Several banks that finance stock for our members have asked for one page of figures they can keep on file. This circular gives it; members may pass it on unchanged.

**Our trade.** Members bought 24,840 kilograms of dried unnab from Afghan collectors in 2025, at about Rs 1,400 a kilogram. Collectors are paid through licensed exchange companies, and every payment is settled in rupees.

Table 1. Pakistan–Afghanistan trade

{TRADE_ACROSS}

**Reading the table.** The balance is Pakistan's exports to Afghanistan less its imports from Afghanistan. It was in Pakistan's favour in every year shown.

**Risk.** Torkham and Chaman have each been shut at short notice since 2021, sometimes for weeks. Members keep at least a month of stock in their godowns so that no dawakhana is left waiting for fruit.

**Questions.** A bank that wants more detail may write to the secretary at the Yakatoot office, who will answer within a week.
""", arith(
    [line_of(TRADE_ACROSS, "| Balance")],
    "The Balance row gives US$ 312 million for 2023, but exports of US$ 1,012 million less imports of US$ 690 "
    "million leave 322; the 2023 Total trade cell (1,702) is right, and the other balance cells agree with the "
    "shared trade series.",
    **{"exports": 1012, "imports": 690, "computed_balance": 322, "stated_balance": 312, "unit": "USD million",
       "period": "2023", "subject": "Pakistan's trade balance with Afghanistan",
       "location": "circular, Table 1, Balance row, 2023 column",
       "table_form": "pipe, years as columns, Total trade and Balance rows"}))

add("unnab_traders_bulletin_chaman_last_year", f"""
# Members' Bulletin: How the Fruit Came in 2025

*Yakatoot Unnab Traders' Association (invented). Figures are invented.*

Unnab is picked in October and November and dried on flat roofs before the collectors sack it. Most of it reaches Peshawar within three months of the harvest, so the crossings matter to members most in winter.

Table 1. Afghan unnab bought by members in 2025, by crossing

{UNNAB_CROSSINGS}

**Torkham.** Fruit from Goshta, Lalpur, Dur Baba and Nazian crossed at Torkham, two-thirds of the year's total. Trucks waited a day or two in January, when the scanners were down.

**Chaman.** Lots from Zhari and Maiwand came by Chaman, which carried 6,900 kilograms over the year. The road from Chaman to Peshawar is long, and members pay about Rs 60 a kilogram more for fruit that comes this way.

**Sacks.** Every lot now travels in sacks of 40 kilograms with the collector's name stitched on, which has made weighing at both crossings quicker.

**Next season.** Members who want to share trucks from the border should tell the secretary by the end of September how much fruit they expect.
""", tvt(
    ["Lots from Zhari and Maiwand came by Chaman, which carried 6,900 kilograms over the year",
     "| Chaman | 8,280 | 33.3 |"],
    {"text_value": 6900, "table_value": 8280}, "kilograms",
    "Afghan unnab bought by members that crossed at Chaman", "2025",
    "'Chaman' paragraph against the Chaman row of Table 1 (Kilograms column)",
    "The bulletin says Chaman carried 6,900 kilograms over 2025; the Chaman row of its own table gives 8,280 (a "
    "third of 24,840). 6,900 is the Chaman figure for 2024, given in the newsletter, so the text takes last year's "
    "value.",
    table_form="pipe, share column and total row"))

add("unnab_traders_outlook_damp_twice", """
# Outlook for 2026

*Yakatoot Unnab Traders' Association (invented). Figures are invented.*

**The crop.** Collectors in Goshta and Lalpur report a heavy set of fruit after good spring rain. Growers near Kandahar are less hopeful, because a hot wind in May dropped many young fruits.

**Buying.** Members expect to buy between 22,000 and 27,000 kilograms of Afghan unnab in 2026, against 24,840 in 2025. The lower figure allows for a closure at Torkham of a month or more.

**Prices.** Collectors have asked for Rs 1,500 a kilogram for the new crop, Rs 100 more than members paid in 2025. Members should not agree a price before they have seen the fruit.

**Storage.** Unnab that takes up damp in a godown turns dark and sticky within a few weeks. Unnab that takes up damp in a godown turns dark and sticky within a few weeks. Keep sacks on pallets, away from the walls, and open a sample from each lot every month.

**Demand.** Dawakhanas buy most heavily from October to February, the season of coughs and colds, which is also when the new fruit arrives.
""", repeated(
    "Unnab that takes up damp in a godown turns dark and sticky within a few weeks.", 2,
    "how members should store dried unnab", "outlook, 'Storage' paragraph",
    "The same sentence on storing unnab is printed twice in a row."))

add("unnab_traders_newsletter_overdrive", """
# Newsletter, Winter 2025

*Yakatoot Unnab Traders' Association (invented). Figures are invented.*

**A look back.** Members' purchases of Afghan unnab have grown in every year since 2021 but one. From 23,000 kilograms in 2023, purchases went into overdrive in 2024, when members bought 20,700 kilograms, as a poor harvest in the east and two long closures cut supply. In 2025 they recovered to 24,840 kilograms.

**Crossings.** In 2024 Torkham carried 13,800 kilograms of members' fruit and Chaman 6,900. Both figures rose in 2025.

**New members.** Two firms joined in the spring, bringing the association to 22. One of them is run by a widow who took over her husband's stall in the bazaar.

**Grading day.** Thirty workers from member firms spent a day in November learning to grade fruit by size and colour, taught by a Unani physician from the city.

**Dates.** The general meeting will be held on 14 February 2026 at the Yakatoot office. Members who wish to raise a matter should send it to the secretary in writing by the end of January.
""", direction(
    "From 23,000 kilograms in 2023, purchases went into overdrive in 2024, when members bought 20,700 kilograms",
    23000, 20700, "2023", "2024", "went into overdrive", "rise", "kilograms",
    "Afghan unnab bought by members", "newsletter, 'A look back' paragraph",
    "The newsletter says purchases went into overdrive (rose sharply) in 2024, but its own figures fall from "
    "23,000 kilograms in 2023 to 20,700, a drop of 10 percent, and the same sentence blames a poor harvest and "
    "closures."))

add("unnab_traders_members_note_dialling_code", """
# Note to Members No. 12

*Yakatoot Unnab Traders' Association (invented). Figures are invented.*

The committee met on 3 December and asks members to note the following before the new fruit arrives.

1. **Sacks.** From 1 January every lot must come in sacks of 40 kilograms with the collector's name stitched on. In 2025 members received the equivalent of 621 such sacks, in eleven different sizes.
2. **Phoning collectors.** Collectors in Goshta and Lalpur can be called on numbers that begin with +93, the dialling code for Burundi. Most of them prefer voice notes to calls.
3. **Payments.** Pay collectors only through a licensed exchange company, and keep every receipt for the tax office.
4. **Samples.** Send a one-kilogram sample of each new lot to the office for grading before any sack is opened for sale.
5. **Storage.** The godown behind the office has room for members who are short of space, at a small charge by the week.
6. **Meeting.** The general meeting is on 14 February 2026.
""", scope(
    "+93, the dialling code for Burundi", "BDI", ["PAK", "BDI"], "the dialling code for Burundi",
    "The collectors are in Goshta and Lalpur in eastern Afghanistan, and +93 is Afghanistan's dialling code; the "
    "note gives it as Burundi's (whose code is +257), naming Burundi as the country on the other side of the "
    "members' trade."))


# ---------------------------------------------------------------------------
# Naqsh Truck Art (invented): painting Afghan-owned trucks
# ---------------------------------------------------------------------------

TRUCKS_Q = """| Quarter | 2024 | 2025 |
|---|---|---|
| Q1 | 6 | 7 |
| Q2 | 8 | 10 |
| Q3 | 9 | 11 |
| Q4 | 7 | 8 |
| Total | 30 | 36 |"""

add("truck_art_year_statement_control", f"""
# Naqsh Truck Art: Year Statement 2025

*An invented painting yard in Pirwadhai, Rawalpindi. Figures are invented.*

Pakistani trucks have carried painted birds, flowers and verses for generations. Since 2021 a growing share of our work has come from Afghan transport companies in Kabul, Jalalabad and Pul-i-Khumri, whose trucks come down through Torkham.

Table 1. Afghan-owned trucks painted

{TRUCKS_Q}

**Orders.** Afghan work raced ahead in 2025, from 30 trucks to 36, a rise of a fifth. The third quarter, after the harvest loads, was again the busiest.

**Price.** A full truck cost Rs 450,000, up an eighth on 2024, so Afghan owners paid us Rs 16.2 million over the year.

**Time.** A truck stays in the yard for about three weeks, most of it spent waiting for each coat to dry.

**Team.** Five of our twelve painters are Afghans who learned the trade in this yard.

**Abroad.** Two painted tailboards were bought by a gallery in Hong Kong and shipped from Karachi.
""", control_type="control")

add("truck_art_customer_letter_liberia_day", """
# Letter to Our Afghan Customers

*Naqsh Truck Art (invented). Figures are invented.*

Dear friends,

Thank you for the 36 trucks that your eleven companies sent to Pirwadhai in 2025, six more than in 2024. Many of you now send each new truck in your fleet to us before its first long run, and we are proud of the trust that shows.

**August.** We know that many of your drivers want to be at home for Liberia's Independence Day on 19 August. Trucks that reach the yard by 25 July will be finished before then; trucks that come later will be finished after the holiday.

**Prices.** A full truck will cost Rs 450,000 until the end of the season. A crown and tailboard alone cost Rs 180,000.

**Designs.** Send us photographs of designs you like. Our painters can copy a bird or a mountain scene from a photograph, and they write Pashto and Dari as neatly as Urdu.

**Payment.** Half is paid when the truck arrives and half when it leaves.

With our good wishes,
Shahbaz Kamran, Naqsh Truck Art
""", scope(
    "Liberia's Independence Day on 19 August", "LBR", ["PAK", "LBR"], "Liberia's Independence Day",
    "The letter is written to Afghan transport companies about their drivers, and 19 August is Afghanistan's "
    "Independence Day; the letter calls it Liberia's (whose day is 26 July), naming Liberia as the drivers' "
    "country, the other side of the yard's trade."))

add("truck_art_painters_note_panel_reuse", """
# Note for Painters

*Naqsh Truck Art (invented). Figures are invented.*

**Before you start.** Wash every truck twice and let it dry for a full day. Afghan trucks come down through Torkham thick with road dust, and paint laid on dust lifts within a season.

**Panels.** Each truck carries 9 painted panels: the crown above the cab, the two doors, the two side boards, the tailboard, the front bumper and the two mudguards. Draw every panel in chalk first and show it to the driver before any tin of paint is opened.

**Customers.** The 9 Afghan companies that send us trucks expect their own signs on every job: the company's name in Pashto or Dari on the crown, and often a verse on the tailboard. Ask the driver to write the words on paper, and copy them letter by letter.

**Mirrors.** Cut mirror pieces with the small wheel, never with pliers, and wear gloves.

**Time.** Most trucks stay with us about three weeks. Tell the foreman at once if a job will run late; drivers have loads waiting.
""", reuse(
    ["Each truck carries 9 painted panels", "The 9 Afghan companies that send us trucks"],
    9, "panels / companies", "painted panels on each truck", "Afghan transport companies that send trucks", 11,
    "The number of painted panels on a truck (9, listed one by one) is reused in the next paragraph as the number "
    "of Afghan companies that send trucks; the yard's letter to its Afghan customers gives eleven companies."))

add("truck_art_partners_note_tenfold", """
# Note for the Partners: Five Years of Afghan Work

*Naqsh Truck Art (invented). Figures are invented.*

The first Afghan truck came to the yard in the spring of 2021. Its driver had been sent by a cousin who drove for a firm in Rawalpindi, and word then spread along the road.

**Growth.** Afghan work has grown tenfold since 2021, from 6 trucks to 36. We painted 14 Afghan trucks in 2022, 22 in 2023 and 30 in 2024.

**What it earns.** At Rs 450,000 a truck, the Afghan trucks of 2025 brought in Rs 16.2 million, more than half of the yard's takings.

**Risks.** Nearly all of this depends on Torkham staying open. When the crossing was shut for weeks, trucks booked with us waited on the Afghan side, and two owners took their work to a yard in Jalalabad.

**Proposal.** We suggest building a second shed, so that two Afghan trucks can be worked on at once, and training two more painters. The cost, about Rs 2.5 million, would be repaid in under two years at the present rate of work.
""", arith(
    ["Afghan work has grown tenfold since 2021, from 6 trucks to 36"],
    "From 6 trucks in 2021 to 36 in 2025 is a sixfold rise (500 percent), not a tenfold one (900 percent), which "
    "would mean 60 trucks.",
    **{"from": 6, "to": 36, "from_period": "2021", "to_period": "2025", "stated_fold": 10,
       "stated_change_pct": 900, "computed_change_pct": 500.0, "unit": "trucks",
       "subject": "Afghan-owned trucks painted by the yard", "location": "note, 'Growth' paragraph",
       "as_written": {"stated_fold": "tenfold"}}))

add("truck_art_price_notice_backwards_sept", """
# Notice: Prices for the Season

*Naqsh Truck Art (invented). Figures are invented.*

These prices hold from Sept 2025 to June 2025 for every truck, Pakistani or Afghan. They include paint, mirror work and chains, but not welding or new wooden boards.

- Full truck, all panels: Rs 450,000
- Crown and tailboard only: Rs 180,000
- Tailboard repainted: Rs 60,000
- Both doors, with the owner's name: Rs 45,000
- Chains and bells along the bumper: Rs 25,000

**Why prices rose.** A full truck costs Rs 50,000 more than last season, because enamel paint now costs about a quarter more and painters' wages have gone up.

**Afghan trucks.** Owners from across the border may pay in rupees or in dollars at the day's rate. We do not take afghanis.

**Booking.** Book a place in the yard at least two weeks ahead. A truck that arrives without a booking may have to wait outside.

**Touching up.** A truck we have painted may come back once within a year to have chipped panels touched up free of charge.
""", garbled(
    ["from Sept 2025 to June 2025"],
    "The notice says its prices hold from September 2025 to June 2025, a period that ends three months before it "
    "begins; a season's prices would run to June 2026.",
    stated_period_start="Sept 2025", stated_period_end="June 2025",
    subject="period for which the yard's prices hold", location="notice, first paragraph"))


# ---------------------------------------------------------------------------
# Bulbul Cradle Works (invented): cradles for shops in Kabul
# ---------------------------------------------------------------------------

CRADLES_KIND = """| Kind | 2024 | 2025 | Change (%) |
|---|---|---|---|
| Rocking cradle | 1,200 | 1,380 | +15.0 |
| Hanging cradle | 800 | 720 | −10.0 |
| Folding cot | 500 | 600 | +20.0 |
| Total | 2,500 | 2,700 | +8.0 |"""
CRADLES_2025 = """| Kind | Cradles |
|---|---|
| Rocking cradle | 1,380 |
| Hanging cradle | 720 |
| Folding cot | 600 |
| Total | 2,700 |"""
CRADLES_YEARS = """| Year | Cradles |
|---|---|
| 2023 | 2,100 |
| 2024 | 2,500 |
| 2025 | 2,070 |"""

add("cradle_works_sales_statement_control", f"""
# Bulbul Cradle Works: Sales Statement 2025

*An invented workshop in Chunian, Punjab. Figures are invented.*

We make lacquered wooden cradles. Since 2022 most of them have gone to Afghan shops in Kabul's Khair Khana, Kote Sangi and Shahr-e-Naw, by truck through Torkham.

Table 1. Cradles sold to Afghan shops

{CRADLES_KIND}

**Kinds.** Rocking cradles, our best seller, rose by 180. Hanging cradles pulled back by a tenth, as more families in Kabul move into flats with no beam to hang one from.

**Where they went.** Half of the year's cradles went to Khair Khana, three-tenths to Kote Sangi and a fifth to Shahr-e-Naw.

**Value.** At about Rs 9,000 each, the 2,700 cradles brought in some Rs 24.3 million.

**People.** We employ 16 carpenters and lacquer turners; four of them are Afghans.

**Materials.** The frames are deodar. Lacquer colours come from a supplier in Japan, by sea to Karachi.
""", control_type="control")

add("cradle_works_shop_letter_took_a_dive", """
# Letter to Our Shops in Kabul

*Bulbul Cradle Works (invented). Figures are invented.*

Dear friends,

**Last year.** You bought 2,700 of our cradles in 2025, 200 more than in 2024, and three new shops joined you. Folding cots took a dive in 2025: you bought 600 of them, against 500 in 2024. We are told that young couples in flats like them because they fold flat against a wall.

**New designs.** This spring we add a rocking cradle with a drawer underneath for blankets, and a hanging cradle with a hood painted on both sides.

**Prices.** A rocking cradle stays at about Rs 9,000 until the end of March.

**Delivery.** Cradles leave Chunian in wooden crates, wrapped in paper and straw. From our gate to Kabul takes about ten days if Torkham is open.

**Payment.** As before, half is paid with the order and half when the crates reach you.

With warm greetings from all of us in Chunian,
Waqar Zubair
""", direction(
    "Folding cots took a dive in 2025: you bought 600 of them, against 500 in 2024",
    500, 600, "2024", "2025", "took a dive", "fall", "cradles", "folding cots bought by Afghan shops",
    "letter, 'Last year' paragraph",
    "The letter says folding cots took a dive (fell sharply) in 2025, but its own figures rise from 500 in 2024 to "
    "600 in 2025, a rise of 20 percent, and the next sentence explains why couples like them."))

add("cradle_works_partners_note_two_tables", f"""
# Note for the Partners

*Bulbul Cradle Works (invented). Figures are invented.*

**The year.** Afghan sales grew for the third year running, carried by rocking cradles. Hanging cradles sold less well, and we should not carve more of them before we see the spring orders.

Table 1. Cradles sold to Afghan shops in 2025, by kind

{CRADLES_2025}

Table 2. Cradles sold to Afghan shops, by year

{CRADLES_YEARS}

**Shops.** We sold to 23 shops in Kabul, three more than in 2024. Two of the new ones are in Kote Sangi.

**Lathe.** A second lacquer lathe would cost about Rs 600,000. With it two turners could work at once, and the spring rush would not keep the carpenters waiting for finished legs.

**Workers.** Two of the four Afghan turners have asked for help with their children's school fees. We propose an advance against wages, repaid over a year.

**Crossing.** Torkham closed twice in the year. Each time, crates waited at the yard in Peshawar, and one shop cancelled an order.
""", tvt(
    ["| Total | 2,700 |", "| 2025 | 2,070 |"],
    {"table_value": 2700, "second_table_value": 2070}, "cradles",
    "cradles sold to Afghan shops", "2025",
    "total row of Table 1 against the 2025 row of Table 2 (two tables in one note)",
    "Table 1 adds the three kinds to 2,700 cradles for 2025, as the sales statement does; Table 2 gives 2,070 for "
    "the same year, which would be a fall from 2,500 in 2024, though the note says sales grew. The second and "
    "third digits are swapped.",
    table_form="two pipe tables, a total row against a year row"))

add("cradle_works_packers_notice_fifths", """
# Notice to Packers

*Bulbul Cradle Works (invented). Figures are invented.*

**Last year.** Of the cradles packed in 2025, a half went to shops in Khair Khana, two-fifths to Kote Sangi and a fifth to Shahr-e-Naw. Please keep the shops' crates apart in the yard, marked with the name of the shop in paint.

**Crates.** Three cradles go into each crate, the heaviest at the bottom. Hanging cradles travel in crates of their own, because their hooks scratch other lacquer.

**Wrapping.** Wrap every lacquered piece in two sheets of paper before the straw goes in. Lacquer that rubs against straw for a week on the road arrives dull.

**Labels.** Write the number of pieces on two sides of each crate. The customs officers at Torkham count crates, not cradles, and a crate without a number may be opened.

**Loading.** The truck for Kabul leaves on Thursday mornings. Crates must be nailed shut and stacked by the gate on Wednesday night, with the heaviest crates nearest the gate.

**Breakages.** Report every cracked rocker or chipped hood to the foreman before the piece is packed, never after.
""", arith(
    ["a half went to shops in Khair Khana, two-fifths to Kote Sangi and a fifth to Shahr-e-Naw"],
    "The three districts took all the cradles packed, but a half, two-fifths and a fifth add up to 110 percent; "
    "the sales statement gives three-tenths, not two-fifths, for Kote Sangi.",
    **{"shares_pct": {"Khair Khana": 50, "Kote Sangi": 40, "Shahr-e-Naw": 20}, "sum_pct": 110,
       "unit": "percent of cradles packed", "period": "2025", "subject": "cradles packed for Kabul shops, by district",
       "location": "notice, 'Last year' paragraph",
       "as_written": {"Khair Khana": "a half", "Kote Sangi": "two-fifths", "Shahr-e-Naw": "a fifth"}}))

add("cradle_works_timber_letter_backwards_fiscal_years", """
# Letter to Our Timber Dealer

*Bulbul Cradle Works (invented). Figures are invented.*

Dear Haji Ilyas,

Thank you for the deodar you sent in November. The planks were dry and straight, and our carpenters have asked for the same wood again.

**The agreement.** As we agreed at your yard, our agreement for deodar runs from FY 2026-2027 to FY 2025-2026. You will hold the price you charged this winter, and we will take every plank you cut to our sizes.

**Quantities.** We expect to need about a third more wood than this year, because the shops in Kabul have asked for more rocking cradles and for a new cradle with a drawer.

**Sizes.** Please cut the rocker boards a finger thicker than last time. Two rockers split on the road to Kabul, and the shop sent the pieces back across Torkham to show us.

**Payment.** We will pay for each load within a month of delivery, by bank transfer as before.

With thanks and good wishes,
Waqar Zubair, Bulbul Cradle Works
""", garbled(
    ["from FY 2026-2027 to FY 2025-2026"],
    "The letter says the timber agreement runs from fiscal year 2026-2027 (from July 2026) to fiscal year "
    "2025-2026 (from July 2025), so it ends a year before it begins.",
    stated_period_start="FY 2026-2027", stated_period_end="FY 2025-2026",
    subject="period of the workshop's agreement with its timber dealer", location="letter, 'The agreement' paragraph"))


# ---------------------------------------------------------------------------
# Dastkar Rubab Works (invented): rubabs for Afghan musicians
# ---------------------------------------------------------------------------

RUBAB_ACROSS = """| Workshop | 2023 | 2024 | 2025 |
|---|---|---|---|
| Makers | 5 | 6 | 7 |
| Rubabs sold | 150 | 180 | 216 |
| Change (%) | – | +20.0 | +25.0 |"""

add("rubab_works_makers_note_string_reuse", """
# Note for Makers

*Dastkar Rubab Works (invented). Figures are invented.*

**Wood.** Every body is carved from one block of mulberry. Blocks from across the border must rest in the loft for two summers before a chisel touches them; wood cut green splits in the first winter.

**Strings.** Each rubab carries 15 sympathetic strings under the three playing strings. Set the pegs for them in a straight row, and test every string before the instrument leaves the bench.

**The bench.** All 15 makers in the workshop must sweep their benches before the midday prayer. Shavings on the floor have twice started small fires near the glue pot.

**Skin.** Stretch the goatskin while it is damp and leave it overnight. A skin tightened in a hurry tears when the bridge is raised.

**Inlay.** Bone inlay is cut from camel bone bought in the bazaar. Never use plastic, however good it looks; the musicians can tell.

**Customers.** Afghan musicians often sit and play a new rubab for an hour before they pay. Give them tea and do not hurry them.
""", reuse(
    ["Each rubab carries 15 sympathetic strings", "All 15 makers in the workshop"],
    15, "strings / makers", "sympathetic strings on each rubab", "makers working in the workshop", 7,
    "The sympathetic strings on a rubab (15) are reused in the next paragraph as the number of makers in the "
    "workshop; the year review and newsletter give seven makers."))

add("rubab_works_wood_letter_address_mauritania", """
# Letter to Our Wood Merchant

*Dastkar Rubab Works (invented). Figures are invented.*

To: Haji Zaman, wood merchant, Sherzad, Mauritania

From: Dastkar Rubab Works, Dabgari, Peshawar

Dear Haji Zaman,

Thank you for the mulberry blocks that reached us through Torkham in November. They were sound and well seasoned, and the makers say the grain is the best we have had in three years.

**Next order.** We would like forty blocks before the spring, cut to the same length as before. Please choose wood from old trees; young wood is too soft for the neck.

**Carriage.** Send the blocks with the same driver, packed in sacking so that the corners are not bruised. Our agent at Torkham will pay the driver on arrival, as before.

**Price.** We accept the new price you asked in your last message. We know that wood has grown dearer on your side since so many old trees were cut for fuel.

**Payment.** Payment will reach you through the exchange company in the bazaar within a week of delivery.

With respect,
Tahir Jamshed, Dastkar Rubab Works
""", scope(
    "Haji Zaman, wood merchant, Sherzad, Mauritania", "MRT", ["PAK", "MRT"], "Sherzad, Mauritania",
    "The address block places the wood merchant in Sherzad, a district of eastern Afghanistan whose blocks reach "
    "Peshawar through Torkham, but gives the country as Mauritania, naming Mauritania as the other side of the "
    "workshop's trade."))

add("rubab_works_newsletter_spoken_figure", """
# Workshop Newsletter, December 2025

*Dastkar Rubab Works, Dabgari, Peshawar (invented). Figures are invented.*

**The year in instruments.** We sold 216 rubabs in 2025, a fifth more than in 2024. Most went to Afghan musicians who have lived in Peshawar since music was banned in Afghanistan in 2021.

**In his words.** "We made about 300 rubabs this year, more than ever before," says Tahir Jamshed, who opened the workshop in Dabgari in 1998. "The musicians who came from Kabul taught my makers as much as I did."

**Our makers.** Seven makers now work at the benches, four of them Afghans who made instruments in Kabul before 2021.

**Prices.** A concert rubab costs Rs 60,000, up from Rs 50,000, because mulberry wood and goatskin both cost more.

**Abroad.** More rubabs now leave Peshawar by post for Afghan musicians living abroad, packed in cases that we make ourselves.

**Next year.** Two music teachers have asked for smaller rubabs for children. We are carving the first ones this winter.
""", tvt(
    ["We sold 216 rubabs in 2025", "We made about 300 rubabs this year"],
    {"text_value": 216, "quote_value": 300}, "rubabs", "rubabs made and sold by the workshop", "2025",
    "'The year in instruments' paragraph against the founder's quoted words in the next paragraph (text against "
    "text)",
    "The newsletter gives 216 rubabs sold in 2025, as does the year review; the founder is quoted a paragraph "
    "later saying about 300 were made this year, about 39 percent more than the newsletter's own figure and far "
    "beyond what the hedge allows. The workshop makes to order, so made and sold are the same count.",
    quote_hedge="about"))

add("rubab_works_year_review_change_row", f"""
# Year Review 2025

*Dastkar Rubab Works (invented). Figures are invented.*

Dastkar Rubab Works makes the Afghan rubab, the short-necked lute with a skin belly. Since 2021 most of its customers have been Afghan musicians living in Peshawar.

Table 1. The workshop in figures

{RUBAB_ACROSS}

**Makers.** One more maker joined in 2025, an Afghan who carved instruments in Kabul for twenty years.

**Earnings.** At Rs 60,000 a rubab, the year's sales brought in nearly Rs 13 million.

**Wood.** Mulberry blocks still come from across the border at Torkham. A closure in the spring held two loads on the Afghan side for a month.

**Customers.** Afghan musicians in Peshawar bought 112 rubabs, musicians abroad 70 and Pakistani musicians 34.

**Looking ahead.** We expect steady orders from Peshawar and more from abroad. We plan to train two apprentices, both sons of Afghan musicians who play in the workshop on Thursday evenings.

**Repairs.** Besides new instruments, the makers mended about a hundred old rubabs that families carried out of Afghanistan, some of them older than their owners.
""", arith(
    [line_of(RUBAB_ACROSS, "| Change")],
    "The Change row gives +25.0 percent for 2025, but 216 rubabs against 180 in 2024 is a rise of 20.0 percent; "
    "the 2024 cell (+20.0, from 150 to 180) is right.",
    **{"from": 180, "to": 216, "from_period": "2024", "to_period": "2025", "stated_change_pct": 25.0,
       "computed_change_pct": 20.0, "unit": "rubabs", "subject": "rubabs sold by the workshop",
       "location": "review, Table 1, Change (%) row, 2025 column",
       "table_form": "pipe, years as columns, a percent change row"}))

add("rubab_works_owner_memo_drained_away", """
# Memo to the Owner: Who Bought Our Rubabs

*Dastkar Rubab Works (invented). Figures are invented.*

To: Tahir Jamshed. From: the workshop manager. Subject: our customers in 2025.

**Afghan musicians in Peshawar.** They remain our largest group. They bought 112 rubabs in 2025, against 100 in 2024, many of them for pupils.

**Pakistani musicians.** Orders rose from 30 rubabs to 34, mostly from players of Pashto folk music in Peshawar and Mardan.

**Musicians abroad.** Afghan musicians living abroad bought 50 rubabs in 2024, and in 2025 their orders drained away to 70. They order by telephone and pay through relatives in Peshawar.

**Payments.** Every group paid on time except one teacher in Peshawar, who owes us for two instruments.

**Suggestion.** The musicians abroad want a hard case with a shoulder strap. I suggest we make a sample and send photographs before the spring.

**Post.** Parcels abroad now take about three weeks. Two arrived with cracked pegs, and we have begun packing the pegs separately.
""", direction(
    "Afghan musicians living abroad bought 50 rubabs in 2024, and in 2025 their orders drained away to 70",
    50, 70, "2024", "2025", "drained away", "fall", "rubabs",
    "rubabs bought by Afghan musicians living abroad", "memo, 'Musicians abroad' paragraph",
    "The memo says orders from Afghan musicians abroad drained away (fell away) in 2025, but its own figures rise "
    "from 50 rubabs in 2024 to 70 in 2025, a rise of 40 percent."))


# ---------------------------------------------------------------------------
# Tasveer Photo Studio (invented): photographs for Afghan documents
# ---------------------------------------------------------------------------

PHOTO_Q = """| Quarter | 2024 | 2025 |
|---|---|---|
| Q1 | 2,500 | 3,000 |
| Q2 | 3,250 | 3,900 |
| Q3 | 3,500 | 4,200 |
| Q4 | 2,750 | 3,300 |
| Total | 12,000 | 14,400 |"""
PHOTO_YEARS = """| Year | Photo sets |
|---|---|
| 2024 | 12,000 |
| 2025 | 14,400 |"""

add("photo_studio_year_review_control", f"""
# Tasveer Photo Studio: Year Review 2025

*An invented studio in Faqirabad, Peshawar. Figures are invented.*

Most of our work is document photographs. Since 2021 Afghan families have needed them again and again: for the renewal of their cards, for visas, and for the papers of those going home through Torkham.

Table 1. Photo sets made

{PHOTO_Q}

**Customers.** We made 14,400 photo sets in 2025, a fifth more than in 2024. Every quarter was busier than the same quarter a year earlier.

**Who comes.** Seven in ten of our customers are Afghans, many of them whole families with small children.

**Price.** A set of eight prints rose from Rs 800 to Rs 900, up an eighth, after the price of photo paper went up twice.

**Staff.** Five people work in the studio, two of them Afghan.

**Visitors.** A party of trekkers from New Zealand had their visa photographs taken with us in April, on their way to Torkham.
""", control_type="control")

add("photo_studio_staff_note_millimetre_reuse", """
# Note for Studio Staff

*Tasveer Photo Studio (invented). Figures are invented.*

**Size.** Each print is 35 millimetres wide and 45 high, on a plain white background. Offices reject prints with shadows behind the head, so check the lamps before every sitting.

**Pace.** We now photograph 35 customers a day on most days, and more before a deadline for card renewals. Do not let the queue push you into a bad photograph; a rejected print brings the customer back angry.

**Faces.** The face must fill most of the print, with both ears showing if possible. Ask customers to take off caps and glasses, and give women the choice of a woman photographer.

**Children.** Babies may be photographed lying on a white sheet. Never hold a baby up by the arms for a picture.

**Files.** Keep every customer's file on the computer for two years. Families often come back for more prints when an office loses their papers.

**Cash.** Count the day's cash with the manager before you leave, and write the number of sets in the book.
""", reuse(
    ["Each print is 35 millimetres wide", "We now photograph 35 customers a day"],
    35, "millimetres / customers a day", "width of each print (millimetres)", "customers photographed a day", 48,
    "The width of a print (35 millimetres) is reused in the next paragraph as the number of customers a day; the "
    "studio made 14,400 sets in 2025 over about 300 working days, some 48 a day, as its note for customers going "
    "home says."))

add("photo_studio_customer_note_costa_rican", """
# Note for Customers Going Home

*Tasveer Photo Studio (invented). Figures are invented.*

**Before you leave.** Families returning to Afghanistan need photographs for several papers at once. Come to us before you go, so that every print matches.

**Your files.** Our Costa Rican partner studio in Jalalabad keeps copies of the files of families who have gone home, and can print more sets there. Tell us before you leave, and we will send your file to it.

**Busy days.** We photograph some 48 customers a day, and many more before a deadline. Come early in the morning if you can.

**What to bring.** Clean clothes in a dark colour, and no white scarf, which vanishes against the background.

**Price.** A set of eight prints costs Rs 900. A second set from the same sitting costs half as much.

**Visitors.** A couple from Costa Rica who came for visa photographs in March wrote to thank us from Kabul. We hang their postcard by the counter.
""", scope(
    "Our Costa Rican partner studio in Jalalabad", "CRI", ["PAK", "CRI"], "Costa Rican partner studio",
    "The partner studio is in Jalalabad and keeps the files of families who have gone home to Afghanistan, so it "
    "is an Afghan studio; the note calls it Costa Rican, naming Costa Rica as the other side of the studio's "
    "link across the border. The couple from Costa Rica who came for visa photographs is a correct mention.",
    not_a_defect="A couple from Costa Rica"))

add("photo_studio_faq_answer", f"""
# Questions Customers Ask

*Tasveer Photo Studio (invented). Figures are invented.*

**When are you open?** Every day except Friday, from nine in the morning until late in the evening.

**How long does it take?** About ten minutes for the photograph and half an hour for the prints.

**How many people come to you?** In 2025 we made about 11,400 photo sets, most of them for Afghan families renewing their cards or going home.

Table 1. Photo sets made

{PHOTO_YEARS}

**Can I bring my own photograph?** We can print from your telephone, but offices often reject photographs taken at home.

**What does it cost?** Rs 900 for a set of eight prints. Babies under one year are photographed free.

**Can you send my file to Afghanistan?** Yes. Our partner studio in Jalalabad can print more sets from it there.

**What if the office rejects my prints?** Bring them back within a month and we will take new ones free.
""", tvt(
    ["In 2025 we made about 11,400 photo sets", "| 2025 | 14,400 |"],
    {"answer_value": 11400, "table_value": 14400}, "photo sets", "photo sets made by the studio", "2025",
    "answer to 'How many people come to you?' against the 2025 row of Table 1",
    "The answer gives about 11,400 photo sets for 2025; the table just below it gives 14,400, as does the year "
    "review. The answer is 3,000 short, beyond what 'about' allows, and below even the 12,000 of 2024.",
    table_form="pipe, no total row", answer_hedge="about"))

add("photo_studio_hours_notice_backwards_halves", """
# Notice: Opening Hours

*Tasveer Photo Studio (invented). Figures are invented.*

These opening hours run from 2H 2025 to 1H 2025. They keep the studio open late on weekdays, when most families can come.

- Saturday to Thursday: 9:00 to 20:00
- Friday: closed

**Deadlines.** When an office announces a deadline for card renewals, we open an hour earlier and stay until the queue is gone. Watch the board by the door, where we post changes as soon as we hear of them.

**Women's hours.** From 14:00 to 16:00 only women and children are photographed, by our woman photographer.

**Power cuts.** Our generator keeps the lamps on during power cuts, but prints may take longer.

**Collecting prints.** Prints not collected within a month are destroyed, though the file is kept.

**Questions.** Ask at the counter or call the studio. Staff speak Urdu, Pashto and Dari.

**Eid.** The studio closes for the first two days of each Eid and opens again on the third morning.

**Prices.** Prices on the board by the counter hold for the whole period of these hours.
""", garbled(
    ["from 2H 2025 to 1H 2025"],
    "The notice says its opening hours run from the second half of 2025 (from July) to the first half of 2025 "
    "(from January), a period that runs backwards.",
    stated_period_start="2H 2025", stated_period_end="1H 2025",
    subject="period in which the studio's opening hours apply", location="notice, first paragraph"))

# ---------------------------------------------------------------------------
# Umeed Leprosy Clinic (invented), Nushki
# ---------------------------------------------------------------------------

LEPROSY_YEARS = """| Year | On treatment | New cases | Afghan refugee patients |
|---|---|---|---|
| 2023 | 48 | 14 | 17 |
| 2024 | 55 | 18 | 21 |
| 2025 | 62 | 15 | 26 |"""

add("leprosy_clinic_fact_sheet_refugees_cited_control", f"""
# Umeed Leprosy Clinic: Fact Sheet 2025

*An invented clinic in Nushki, Balochistan. Figures are invented.*

Leprosy can be cured with a course of tablets taken for six or twelve months, but a patient who is found late may already have lost feeling in the hands or feet. We find patients, treat them free and teach them to protect the limbs they cannot feel.

Table 1. Patients

{LEPROSY_YEARS}

**Where patients come from.** Most live in Nushki and Dalbandin or in the refugee village of Girdi Jungle.

**The refugees.** Pakistan had 1,490,562 registered Afghan refugees at the end of 2021 (source: UNHCR, 2021), and about 15.6 lakh at the end of 2024 [UNHCR, 2024]. In 2025 a little over two in five of our patients on treatment were Afghan refugees.

**Sandals.** Our shoemaker made 140 pairs of soft sandals in 2025, so that patients do not burn or cut feet they cannot feel.

**Staff.** One doctor, five health workers and the shoemaker.
""", control_type="citation_control")

add("leprosy_clinic_annual_report_refugees_2023", f"""
# Umeed Leprosy Clinic: Annual Report 2025

*Umeed Leprosy Clinic, Nushki (invented). Figures are invented.*

**The year.** We had 62 patients on treatment at the end of 2025, seven more than a year before. Fifteen new cases were found, most by our health workers on their rounds.

Table 1. Patients

{LEPROSY_YEARS}

**The refugee villages.** Afghan families have lived around Nushki since the 1980s. At the end of 2023 there were some 2.3 million registered Afghan refugees in Pakistan, per the UNHCR year-end 2023 register, and many who live near us have relatives in Girdi Jungle. Our health workers visit the village twice a month.

**Hands and feet.** Five patients had surgery at a hospital in Karachi to straighten fingers that had curled. All five can now hold a cup.

**Shame.** Many patients still hide the disease from their neighbours. This year two of our former patients, both cured, spoke at the mosque in Dalbandin about their treatment.

**Thanks.** The clinic's work is paid for by private donors in Quetta and Karachi.
""", citation(
    ["At the end of 2023 there were some 2.3 million registered Afghan refugees in Pakistan, per the UNHCR year-end "
     "2023 register"],
    2300000, "2023",
    "'per the UNHCR year-end YEAR register' after a rounded figure in millions, in a leprosy clinic's annual report",
    "annual report, 'The refugee villages' paragraph",
    "The report cites UNHCR's year-end 2023 register for some 2.3 million registered Afghan refugees in Pakistan; "
    "the reference value for the end of 2023 is 1,987,717, so the figure is about 15.7 percent too high.",
    stated_as_written="2.3 million", stated_hedge="some"))

add("leprosy_clinic_health_workers_note_milligram_reuse", """
# Note for Health Workers

*Umeed Leprosy Clinic (invented). Figures are invented.*

**The tablets.** Adults take 100 milligrams of dapsone every day, with the other two medicines from the monthly blister pack. Children take less; the doctor writes the dose on the pack.

**Keeping count.** With 100 patients now on treatment, the monthly round takes most of your week. Tick each patient's card when you hand over a new pack, and bring the empty pack back to the clinic.

**Side effects.** A patient whose skin turns dark or reddish has not been poisoned; one of the medicines does this, and the colour fades after the course. Tell the doctor at once about yellow eyes, a rash or great tiredness.

**Feet.** Look at every patient's feet at every visit. A cut that the patient has not felt can become an ulcer within days.

**Families.** Examine the people who share a house with a new patient, once at the start and again after a year.

**Language.** Many families in Girdi Jungle speak only Pashto or Dari. Take a colleague who speaks it.
""", reuse(
    ["Adults take 100 milligrams of dapsone every day", "With 100 patients now on treatment"],
    100, "milligrams / patients", "adult daily dose of dapsone (milligrams)", "patients on treatment at the clinic",
    62,
    "The adult daily dose of dapsone (100 milligrams) is reused in the next paragraph as the number of patients "
    "on treatment; the fact sheet and annual report give 62 at the end of 2025."))

add("leprosy_clinic_referral_note_bosnia_programme", """
# Note on Patients Who Go Home

*Umeed Leprosy Clinic (invented). Figures are invented.*

**Why this matters.** Several Afghan families among our patients have decided to return to Afghanistan. A patient who stops treatment halfway may fall ill again, and may infect others.

**Referral.** Patients who return are referred to Bosnia's national leprosy programme, which keeps a clinic in Kandahar. The doctor writes a letter in Dari and English with the patient's diagnosis, the date treatment began and the number of packs already taken.

**Packs for the road.** Give each returning patient enough packs to last until the clinic in Kandahar can see them, and never less than two months.

**Records.** Keep a copy of every referral letter in the patient's file, and note the family's village and a telephone number if they have one.

**Visitors.** A dermatologist from Bosnia, on a course in Karachi, spent two days with us in May and showed the health workers how to test feeling with a feather.

**Questions.** Any health worker who is unsure whether a patient is fit to travel should ask the doctor before the family leaves.
""", scope(
    "Bosnia's national leprosy programme, which keeps a clinic in Kandahar", "BIH", ["PAK", "BIH"],
    "Bosnia's national leprosy programme",
    "Returning Afghan patients are referred to a clinic in Kandahar, which belongs to Afghanistan's national "
    "leprosy programme; the note calls it Bosnia's, naming Bosnia and Herzegovina as the country on the other "
    "side of the referral. The visiting dermatologist from Bosnia is a correct mention.",
    not_a_defect="A dermatologist from Bosnia"))

add("leprosy_clinic_newsletter_bulged", """
# Clinic Newsletter, Winter 2025

*Umeed Leprosy Clinic, Nushki (invented). Figures are invented.*

**New cases.** After 18 in 2024, new cases bulged to 15 in 2025. Our health workers think more families now come early, before the patches on the skin spread.

**Cured.** Eight patients finished their treatment in the year and were declared cured. Three of them have asked to help with the rounds.

**Girdi Jungle.** The refugee village is our busiest area. Afghan refugee patients on treatment rose from 21 to 26.

**Sandals.** The shoemaker has a new apprentice, the son of a former patient, and together they made 140 pairs of soft sandals in the year.

**Winter.** Patients with numb feet must not sit too close to the stove. Two burns were treated in January last year; please repeat this warning on every visit.

**A request.** We need a motorcycle for the rounds to Dalbandin, which our health workers now reach by bus. Donors who can help should write to the clinic.

**Thanks.** Our thanks go to the families of Girdi Jungle, who lend a room for the monthly clinic.
""", direction(
    "After 18 in 2024, new cases bulged to 15 in 2025", 18, 15, "2024", "2025", "bulged", "rise",
    "new cases", "new leprosy cases found by the clinic", "newsletter, 'New cases' paragraph",
    "The newsletter says new cases bulged (swelled) in 2025, but its own figures fall from 18 in 2024 to 15 in "
    "2025, a drop of 16.7 percent."))


# ---------------------------------------------------------------------------
# Mauj Swimming Club (invented), Badaber: refugee youth
# ---------------------------------------------------------------------------

SWIM_MEMBERS = """| Year end | Members | Change |
|---|---|---|
| 2022 | 12 | – |
| 2023 | 20 | +8 |
| 2024 | 28 | +8 |
| 2025 | 34 | +6 |"""

add("swimming_club_season_report_control", f"""
# Mauj Swimming Club: Season Report 2025

*An invented club for young Afghan refugees in Badaber, on the southern edge of Peshawar. Figures are invented.*

Most of our members had never been in water deeper than a canal when they joined. The club began in 2022 with twelve boys and one borrowed lane.

Table 1. Members at year end

{SWIM_MEMBERS}

**Members.** The club grew by six in 2025, to 34. Eighteen members are under 13 and sixteen are 13 to 17.

**Water time.** We hire two lanes at a college pool in Larama for five hours a week from April to October.

**Galas.** Our swimmers won nine medals at two junior galas in Peshawar, the first medals in the club's history.

**Safety.** Every new member must swim four lengths of the 25-metre pool before leaving the shallow end.

**Gifts.** A swim school in Singapore sent goggles and caps in June, and two volunteer coaches give their evenings free.
""", control_type="control")

add("swimming_club_history_refugees_2021", """
# A Short History of the Mauj Swimming Club

*Mauj Swimming Club, Badaber (invented). Figures are invented.*

**The beginning.** In the summer of 2022 a schoolteacher in Badaber watched boys from Afghan families jump into an irrigation canal, and saw that several of them could not swim. He found a college pool in Larama that would rent one lane in the early mornings.

**The families.** Pakistan hosted 1,743,278 registered Afghan refugees at the end of 2021, as reported by the UN refugee agency, and several thousand lived in and around Badaber. Most of our members were born in Pakistan; few have seen Afghanistan.

**Growing.** Twelve boys joined in the first year. By the end of 2025 there were 34 members and a second lane.

**Medals.** In 2025 the club's swimmers won their first medals, nine of them, at two junior galas in Peshawar.

**Coaches.** Two volunteers coach the swimmers. One is the schoolteacher who started it all; the other is a former college champion who now works in a bank.

**The future.** We hope to start a group for girls if a pool with separate hours can be found.
""", citation(
    ["Pakistan hosted 1,743,278 registered Afghan refugees at the end of 2021, as reported by the UN refugee agency"],
    1743278, "2021",
    "'YEAR, as reported by the UN refugee agency' after a figure written in full, in a swimming club's short history",
    "history, 'The families' paragraph",
    "The history cites the UN refugee agency for 1,743,278 registered Afghan refugees at the end of 2021, which is "
    "exactly the end-2022 value; the reference value for the end of 2021 is 1,490,562, so the figure is about "
    "17.0 percent too high.",
    same_as_year="2022", stated_as_written="1,743,278"))

add("swimming_club_sponsor_update_nauru_match", """
# Update for Sponsors, Autumn 2025

*Mauj Swimming Club, Badaber (invented). Figures are invented.*

**In the water.** Our 34 members swam five hours a week through the summer at the college pool in Larama. The season ends in October, when the pool is drained for the winter.

**Medals.** Nine medals came home from two junior galas in Peshawar. The boys hung them in the clubhouse for a week before taking them home.

**A night together.** After training one evening the boys, nearly all born in Pakistan to Afghan parents, watched a recording of the Nauru–Afghanistan match of the 2022 Asia Cup on a borrowed screen. Half of them could not decide which side to cheer, and the argument lasted longer than the match.

**What your money bought.** Lane hire, bus fares to the pool for boys who live far away, and caps and goggles for new members.

**Next year.** We would like to hire a third lane for younger boys. A third lane would cost about Rs 15,000 a month for the seven months of the season.

Thank you for standing with us.
""", scope(
    "the Nauru–Afghanistan match of the 2022 Asia Cup", "NRU", ["NRU", "AFG"], "the Nauru–Afghanistan match",
    "The boys were born in Pakistan to Afghan parents and could not decide which side to cheer; the 2022 Asia Cup "
    "match between the two countries was Pakistan against Afghanistan. The update names Nauru in Pakistan's place "
    "as one side of the pair."))

add("swimming_club_parents_notice_same_summer_camp", """
# Notice to Parents: Summer Camp

*Mauj Swimming Club, Badaber (invented). Figures are invented.*

Dear parents,

**Last summer.** The camp grew from 30 swimmers at the 2025 summer camp to 30 swimmers at the 2025 summer camp, and every boy who came could swim a length by the end of it. We thank the parents who cooked for the camp's last day.

**This year.** The camp will run for two weeks in July, every morning from seven to eleven, at the college pool in Larama. A bus will leave the Badaber mosque at half past six.

**What to bring.** Swimming shorts, a towel, a water bottle and a packed breakfast. The club lends caps and goggles.

**Safety.** Boys who cannot yet swim stay in the shallow end with a coach. No boy may enter the deep end until he has swum four lengths in front of a coach.

**Cost.** The camp is free for members. Brothers of members may join for Rs 500 for the two weeks.

**Signing up.** Please send the form back with your son by the end of May.
""", garbled(
    ["from 30 swimmers at the 2025 summer camp to 30 swimmers at the 2025 summer camp"],
    "The notice gives a change in the camp's size whose start and end are the same figure for the same camp (30 "
    "swimmers at the 2025 summer camp), and calls it growth; the 2024 camp had 22 swimmers.",
    start_value=30, end_value=30, start_period="2025 summer camp", end_period="2025 summer camp",
    unit="swimmers", subject="swimmers at the club's summer camp", location="notice, 'Last summer' paragraph"))

add("swimming_club_meeting_minutes_members", f"""
# Minutes of the Annual Meeting, November 2025

*Mauj Swimming Club, Badaber (invented). Figures are invented.*

Present: the two coaches, the treasurer, eleven parents and six senior swimmers.

1. **Membership.** The secretary reported that the club ended 2025 with 36 members, the most in its history. The table below was circulated.

Table 1. Members at year end

{SWIM_MEMBERS}

2. **Galas.** The coaches reported nine medals at two junior galas. The meeting thanked the swimmers with a round of applause.

3. **Lanes.** The treasurer reported that lane hire at the college pool in Larama is the club's largest cost. The meeting agreed to ask sponsors for a third lane.

4. **Girls.** A parent asked whether girls could swim with the club. The coaches will look for a pool with separate hours for girls.

5. **Any other business.** The meeting agreed to hold next year's summer camp in July again.

The meeting closed with tea.
""", tvt(
    ["the club ended 2025 with 36 members", "| 2025 | 34 | +6 |"],
    {"text_value": 36, "table_value": 34}, "members", "members of the club at the end of 2025", "end-2025",
    "item 1 of the minutes against the 2025 row of the table circulated with it (Members column)",
    "The minutes say the club ended 2025 with 36 members; the 2025 row of the table circulated at the meeting "
    "gives 34 (28 plus 6), as does the season report.",
    table_form="pipe, absolute change column, no total row"))


# ---------------------------------------------------------------------------
# Chingari Robotics School (invented), Sohrab Goth, Karachi
# ---------------------------------------------------------------------------

ROBOT_YEARS = """| Year | Enrolled | Finished |
|---|---|---|
| 2023 | 24 | 15 |
| 2024 | 36 | 27 |
| 2025 | 48 | 40 |
| Total | 108 | 82 |"""
ROBOT_YEARS_SHORT = """| Year | Enrolled | Finished |
|---|---|---|
| 2023 | 24 | 15 |
| 2024 | 36 | 27 |
| 2025 | 48 | 40 |"""

add("robotics_school_trust_report_refugees_cited_control", f"""
# Chingari Robotics School: Report to the Trust, 2025

*An invented school in Sohrab Goth, Karachi. Figures are invented.*

We opened in 2023 to teach young Afghan refugees to build and program small robots. Most of our students left school early to work; a course of four months gives them a skill and, we hope, a reason to go back to their books.

Table 1. Students

{ROBOT_YEARS}

**The families.** Pakistan had 1,419,084 registered Afghan refugees at the end of 2019, according to UNHCR's year-end report for 2019, and UNHCR's end-2022 figure was roughly 1.74 million. Many of the families who came south to Karachi settled in Sohrab Goth.

**Girls.** Eighteen of the 48 students of 2025 were girls, taught in their own afternoon group.

**What they built.** The students of 2025 built 30 robots, and one team came third at a schools' contest in Lahore.

**Teachers.** Three teachers, one of them a former student.
""", control_type="citation_control")

add("robotics_school_appeal_refugees_2020", f"""
# Appeal: A Kit for Every Pair

*Chingari Robotics School, Karachi (invented). Figures are invented.*

**Who we teach.** At the end of 2020 Pakistan hosted about 1.2 million registered Afghan refugees [1]. Thousands of their children grew up in Karachi, many in Sohrab Goth, and left school early to sort scrap or sell vegetables.

**What we do.** In four months our students learn to wire a circuit, write a short program and build a robot that follows a line on the floor. Forty of the 48 students of 2025 finished the course.

Table 1. Students

{ROBOT_YEARS_SHORT}

**What we need.** Students share a kit in pairs, and we have only 16 kits. With eight more, no student would wait for a turn.

**What it costs.** A kit costs Rs 18,000, with its motors, sensors and battery. Rs 144,000 would buy all eight.

**How to give.** Gifts can be made at the school or by bank transfer; every donor receives a photograph of the robot their kit builds.

[1] UNHCR, registered Afghan refugees in Pakistan, end-2020.
""", citation(
    ["At the end of 2020 Pakistan hosted about 1.2 million registered Afghan refugees [1]",
     "[1] UNHCR, registered Afghan refugees in Pakistan, end-2020."],
    1200000, "2020",
    "numbered reference '[1] UNHCR, ..., end-YEAR.' at the foot of an appeal, its mark after a rounded figure in "
    "millions",
    "appeal, 'Who we teach' paragraph, and reference [1]",
    "The appeal cites UNHCR, through its reference [1], for about 1.2 million registered Afghan refugees at the end "
    "of 2020; the reference value for the end of 2020 is 1,438,432, so the figure is about 16.6 percent too low.",
    stated_as_written="1.2 million", stated_hedge="about"))

add("robotics_school_teachers_note_volt_reuse", """
# Note for Teachers

*Chingari Robotics School (invented). Figures are invented.*

**Power.** Each robot runs on a 12-volt battery. Charge the batteries on the shelf by the window, never in the students' bags, and unplug the chargers before you lock up.

**The girls' group.** Our 12 girls meet in the afternoons, when the boys have gone. Keep the door open and the curtain drawn, as we agreed with their parents.

**Soldering.** Only a teacher holds the soldering iron in the first month. After that, students may solder in pairs, with the fan on and the window open.

**Kits.** Count the parts back into each box at the end of every lesson. A missing motor or sensor stops two students, not one.

**Programs.** Ask students to write their programs in a notebook first. Those who type straight into the computer learn less and lose more work.

**Contest.** The schools' contest in Lahore is in March. Choose the team by the end of January so that they have time to practise.
""", reuse(
    ["Each robot runs on a 12-volt battery", "Our 12 girls meet in the afternoons"],
    12, "volts / students", "voltage of each robot's battery (volts)", "girls in the afternoon group", 18,
    "The voltage of a robot's battery (12 volts) is reused in the next paragraph as the number of girls in the "
    "afternoon group; the report to the trust gives 18 girls among the students of 2025."))

add("robotics_school_newsletter_title_figure", f"""
# Chingari Robotics School: 58 Students in 2025

*Newsletter, December 2025. An invented school in Sohrab Goth, Karachi. Figures are invented.*

**The year.** Our third year was our busiest. Students came from every part of Sohrab Goth, and some from across the city, on two buses a day.

Table 1. Students

{ROBOT_YEARS_SHORT}

**Finishing.** Forty students finished the course, the most so far. Those who left early mostly did so when their families needed them at work.

**The contest.** A team of three, two boys and a girl, came third at a schools' contest in Lahore. Their robot sorted coloured blocks faster than any other in its group.

**After the course.** Seven former students now repair phones and fans in the bazaar, and two have gone back to school.

**Thanks.** Our thanks go to the trust, to the parents who let their children come, and to the bus drivers who waited when lessons ran late.
""", tvt(
    ["# Chingari Robotics School: 58 Students in 2025", "| 2025 | 48 | 40 |"],
    {"title_value": 58, "table_value": 48}, "students", "students enrolled at the school", "2025",
    "title of the newsletter against the 2025 row of Table 1 (Enrolled column)",
    "The newsletter's title gives 58 students in 2025; the 2025 row of its own table gives 48 enrolled, as does the "
    "report to the trust.",
    table_form="pipe, no total row"))

add("robotics_school_parents_letter_shot_upward", """
# Letter to Parents

*Chingari Robotics School, Karachi (invented). Figures are invented.*

Dear parents,

**Good news on kits.** The price of a robot kit shot upward in 2025, to Rs 18,000 from Rs 21,000 in 2024, because we now buy the parts from a wholesaler in Karachi and put the kits together ourselves. The money saved will pay for more kits.

**Attendance.** Please send your children on time. A student who misses the first lesson of a week cannot follow the rest of it.

**Girls' group.** The afternoon group for girls will continue in 2026, with the same teacher. Mothers are welcome to sit in on any lesson.

**Safety.** Children do not touch the soldering iron until a teacher allows it. Please tell us if your child has burned a finger, however small the burn.

**The contest.** If your child is chosen for the team that goes to Lahore in March, the school pays for the bus and the hostel, and a teacher travels with them.

With thanks from the teachers of Chingari Robotics School
""", direction(
    "The price of a robot kit shot upward in 2025, to Rs 18,000 from Rs 21,000 in 2024", 21000, 18000, "2024",
    "2025", "shot upward", "rise", "Rs a kit", "price of a robot kit", "letter, 'Good news on kits' paragraph",
    "The letter says the price of a kit shot upward (rose steeply) in 2025, but its own figures fall from Rs "
    "21,000 in 2024 to Rs 18,000, a drop of 14.3 percent, and it calls the change good news and money saved."))


# ---------------------------------------------------------------------------
# Barkat Duck Project (invented): Afghan refugee villages by the Indus
# ---------------------------------------------------------------------------

DUCK_YEARS = """| Year | Women keeping ducks | Eggs sold |
|---|---|---|
| 2023 | 40 | 12,000 |
| 2024 | 85 | 30,000 |
| 2025 | 120 | 45,000 |"""
EGGS_PDF = pdf_lines([["Quarter", "Eggs sold"],
                      ["Q1 2025", "9,000"],
                      ["Q2 2025", "15,000"],
                      ["Q3 2025", "12,000"],
                      ["Q4 2025", "9,000"],
                      ["Total", "48,000"]])

add("duck_project_fact_sheet_control", f"""
# Barkat Duck Project: Fact Sheet 2025

*An invented project in the Afghan refugee villages of Kot Chandna, Munda and Kachha, by the Indus. Figures are invented.*

Many Afghan women in these villages cannot work outside the home. A few ducks in the yard give them eggs for the family and a little money of their own.

Table 1. Women and eggs

{DUCK_YEARS}

- **Women.** Each woman receives five ducks and a drake. In 2025 there were 55 keepers in Kot Chandna, 42 in Munda and 23 in Kachha.
- **Eggs.** Sales rose by half in 2025, from 30,000 eggs to 45,000.
- **Price.** Duck eggs sold for Rs 45 each in 2025, so the women earned about Rs 2 million between them.
- **Ducklings.** Ducklings come from a hatchery in Lahore. The breed, Khaki Campbell, was first bred in England and lays far more than village ducks.
- **Training.** Every new keeper learns to build a night pen and to spot a sick bird.
""", control_type="control")

add("duck_project_appeal_refugees_2024", """
# Appeal: Ducks for Fifty More Women

*Barkat Duck Project (invented). Figures are invented.*

**The women.** Pakistan still has 12,90,000 Afghans whom UNHCR registered at the end of 2024 as refugees, and in villages like Kot Chandna many of the women have lived here for forty years. Few of them can work outside the home.

**What a few ducks do.** A woman with five ducks and a drake has eggs for her children every day and some to sell. In 2025 the 120 women in the project sold 45,000 eggs between them.

**What we ask.** Fifty more women in Munda and Kachha are waiting to join. Five ducks, a drake, a night pen and a sack of feed cost about Rs 12,000 for each woman.

**What we give.** Training, a visit from our helper every month, and a buyer for the eggs in the nearest town.

**How to give.** Gifts can be made at the project office in Kot Chandna or by bank transfer. Every donor receives a photograph of the ducks they paid for.
""", citation(
    ["Pakistan still has 12,90,000 Afghans whom UNHCR registered at the end of 2024 as refugees"],
    1290000, "2024",
    "'whom UNHCR registered at the end of YEAR' after a figure written in full with Indian digit grouping, in a "
    "duck project's appeal",
    "appeal, 'The women' paragraph",
    "The appeal cites UNHCR for 12,90,000 (1,290,000) Afghans registered as refugees at the end of 2024; the "
    "reference value for the end of 2024 is 1,559,964, so the figure is about 17.3 percent too low.",
    stated_as_written="12,90,000"))

add("duck_project_helpers_note_egg_reuse", """
# Note for Village Helpers

*Barkat Duck Project (invented). Figures are invented.*

**Laying.** A duck lays about 180 eggs a year if she is fed well and kept dry at night. A duck that stops laying in summer is usually too hot or short of water.

**Visits.** You visit the 180 women now in the project once a month. Ask to see the night pen, the water trough and the feed sack, and write down how many eggs each woman sold.

**Drakes.** Keep one drake for five ducks. Spare drakes fight and should be sold or eaten.

**Sickness.** A duck that sits apart with its eyes closed may be sick. Separate it at once and tell the project office.

**Selling.** The buyer from the town comes on Mondays. Remind the women to keep cracked eggs for the family and sell only clean, whole eggs.

**Winter.** Cold nights by the river are hard on young ducks. Make sure every pen has dry straw before December.
""", reuse(
    ["A duck lays about 180 eggs a year", "You visit the 180 women now in the project"],
    180, "eggs a year / women", "eggs a duck lays in a year", "women keeping ducks in the project", 120,
    "The eggs a duck lays in a year (about 180) are reused in the next paragraph as the number of women in the "
    "project; the fact sheet and the appeal give 120 women in 2025."))

add("duck_project_donor_report_egg_total_pdf", f"""
# Report to Donors, 2025

*Barkat Duck Project (invented). Figures are invented.*

**The year.** One hundred and twenty women kept ducks in 2025, against 85 in 2024. Most of the new keepers are in Munda, where the first women in the project persuaded their neighbours to join.

Table 1. Eggs sold by the women in 2025 (text as extracted from the PDF)

{EGGS_PDF}

**The seasons.** Ducks lay most in spring. The third quarter was lower because of the heat, and the fourth because the days grew short.

**Money.** At Rs 45 an egg, the year's sales gave the women about Rs 2 million. Several used it to pay school fees.

**Losses.** Foxes took ducks from two pens in Kachha in March. The helpers showed the owners how to bury wire round the base of a pen.

**Next year.** We hope to bring in fifty more women and to find a second buyer, so that eggs do not wait for Monday.
""", parts_total(
    [line_of(EGGS_PDF, "Total")],
    {"Q1 2025": 9000, "Q2 2025": 15000, "Q3 2025": 12000, "Q4 2025": 9000}, 48000, "duck eggs", "2025",
    "duck eggs sold by the women in the project", "report, Table 1, total row",
    "The total row gives 48,000 eggs, but the four quarters add up to 45,000 (9,000 + 15,000 + 12,000 + 9,000), "
    "the figure the fact sheet gives for 2025.",
    table_form="PDF text extraction, total row"))

add("duck_project_newsletter_spiralled_down", """
# Project Newsletter, Winter 2025

*Barkat Duck Project (invented). Figures are invented.*

**Eggs and prices.** The price of a duck egg spiralled down in 2025, from Rs 35 in 2024 to Rs 45, as more shops in the town learned that duck eggs make better halwa. The women sold 45,000 eggs in the year.

**New keepers.** Thirty-five women joined in 2025. The newest, in Kachha, received their ducklings in October and expect the first eggs in spring.

**A good idea.** Two women in Kot Chandna now keep their ducks on a small pond dug by their sons. The ducks find snails and weeds there and need less feed.

**Winter care.** Cold nights by the river are hard on young ducks. Every pen should have dry straw and a roof that does not leak.

**Meeting.** The keepers' meeting will be on the second Sunday of February, in the school at Kot Chandna. Helpers will bring tea.

**A thank-you.** The hatchery in Lahore replaced, free of charge, the ducklings that died on the road in October.
""", direction(
    "The price of a duck egg spiralled down in 2025, from Rs 35 in 2024 to Rs 45", 35, 45, "2024", "2025",
    "spiralled down", "fall", "Rs an egg", "price of a duck egg sold by the women",
    "newsletter, 'Eggs and prices' paragraph",
    "The newsletter says the price of a duck egg spiralled down in 2025, but its own figures rise from Rs 35 in "
    "2024 to Rs 45, a rise of 28.6 percent, and it explains the change by more demand from shops."))


# ---------------------------------------------------------------------------
# Angaar Briquette Project (invented): Afghan refugee villages
# ---------------------------------------------------------------------------

BRIQUETTE_YEARS = """| Year | Households | Briquettes (tonnes) |
|---|---|---|
| 2022 | 50 | 30 |
| 2023 | 110 | 75 |
| 2024 | 180 | 126 |
| 2025 | 240 | 192 |"""

add("briquette_project_fact_sheet_refugees_cited_control", f"""
# Angaar Briquette Project: Fact Sheet 2025

*An invented project in the Afghan refugee villages of Gandaf, Padhana and Baghicha. Figures are invented.*

Families here once burned whatever they could find, from plastic to green branches. We train them to press sawdust and rice husk into briquettes that burn hot and clean.

Table 1. Households and briquettes

{BRIQUETTE_YEARS}

**The families.** Pakistan had 1,987,717 registered Afghan refugees at the end of 2023 (UNHCR Operational Data Portal, end-2023), against some 1.44 million three years before, according to figures released by UNHCR for end-2020.

**Presses.** Six hand presses, each shared by a group of neighbours.

**Sales.** Of the 192 tonnes made in 2025, the families burned 128 and sold 64 to bakeries and hotels at Rs 35 a kilogram, earning Rs 2.24 million.

**Raw material.** Sawdust comes from timber mills nearby, and rice husk from the mills after the autumn harvest.
""", control_type="citation_control")

add("briquette_project_appeal_refugees_2022", """
# Appeal: A Press for Every Street

*Angaar Briquette Project (invented). Figures are invented.*

**Why fuel matters.** In the refugee villages of Gandaf, Padhana and Baghicha, cooking fuel costs a family more than its rent. About 1.4 million Afghans lived in Pakistan as registered refugees in 2022, the UN refugee agency's figure for 2022, and few of the families we know can afford gas.

**What a press does.** A hand press turns sawdust, rice husk and a little clay into briquettes that burn for an hour. Neighbours who share a press make enough for their own stoves and some to sell.

**What we have done.** In 2025, 240 households burned our briquettes, and six presses were in use.

**What we ask.** A new press costs about Rs 40,000. We would like one for every street, which means ten more presses.

**How to give.** Gifts can be made by bank transfer or at the project office in Gandaf. Every donor receives a photograph of the press they paid for, with the names of the families who use it.
""", citation(
    ["About 1.4 million Afghans lived in Pakistan as registered refugees in 2022, the UN refugee agency's figure "
     "for 2022"],
    1400000, "2022",
    "'the UN refugee agency's figure for YEAR' after a rounded figure in millions, in a briquette project's appeal",
    "appeal, 'Why fuel matters' paragraph",
    "The appeal cites the UN refugee agency's figure for 2022 as about 1.4 million registered Afghan refugees in "
    "Pakistan; the reference value for the end of 2022 is 1,743,278, so the figure is about 19.7 percent too low.",
    stated_as_written="1.4 million", stated_hedge="About"))

add("briquette_project_history_refugees_2019", """
# A Short History of the Angaar Briquette Project

*Angaar Briquette Project (invented). Figures are invented.*

**How it began.** In the winter of 2019, about 17 lakh Afghans were registered as refugees in Pakistan, and in Gandaf a group of mothers complained that their children coughed all winter from the smoke of burning plastic. A teacher at the village school had seen briquettes made in another village and borrowed a press.

**The first years.** The first press was shared by eight families. In 2022 the project began properly, with 50 households and three presses.

**Growing.** By 2025, 240 households in Gandaf, Padhana and Baghicha burned briquettes, and six presses were at work.

**Selling.** In 2024 a bakery in the nearby town bought its first load. Bakeries and small hotels now buy about a third of what the families make.

**Today.** The project is run by a committee of five women and two men, all from the villages.

Source of the refugee figure: UNHCR, Pakistan: registered Afghan refugees, 31 December 2019.
""", citation(
    ["In the winter of 2019, about 17 lakh Afghans were registered as refugees in Pakistan",
     "Source of the refugee figure: UNHCR, Pakistan: registered Afghan refugees, 31 December 2019."],
    1700000, "2019",
    "source line 'UNHCR, Pakistan: registered Afghan refugees, DD Month YEAR' at the foot of a short history, for "
    "a rounded figure in lakh",
    "history, 'How it began' paragraph, and the source line at the foot",
    "The history gives about 17 lakh (1.7 million) registered Afghan refugees in the winter of 2019 and cites "
    "UNHCR's figure for 31 December 2019 in its source line; the reference value for the end of 2019 is 1,419,084, "
    "so the figure is about 19.8 percent too high.",
    stated_as_written="17 lakh", stated_hedge="about"))

add("briquette_project_newsletter_same_kharif", """
# Project Newsletter, Winter 2025

*Angaar Briquette Project (invented). Figures are invented.*

**Husk.** Rice husk bought from the mills rose from 45 tonnes in Kharif 2025 to 45 tonnes in Kharif 2025, because more families asked for it after the rice harvest. Husk is cheap straight after the harvest and dear by spring, so buying early saves money.

**New households.** Sixty households joined in 2025. Most of them are in Baghicha, where the first press arrived only last year.

**A better mix.** Women in Padhana found that a handful of cow dung in the mix makes briquettes hold together in damp weather. Try it and tell the committee what you find.

**Safety.** Never dry briquettes inside the house, and keep children away from the press handle.

**Sales.** A second hotel in the town now buys our briquettes for its tandoor.

**Meeting.** The committee meets on the first Thursday of every month in the school at Gandaf. Everyone is welcome, and tea is served.

**Sawdust.** One timber mill has asked us to collect its sawdust twice a week instead of once.
""", garbled(
    ["from 45 tonnes in Kharif 2025 to 45 tonnes in Kharif 2025"],
    "The newsletter gives a change in the rice husk bought whose start and end are the same figure for the same "
    "season (45 tonnes in Kharif 2025), and calls it a rise.",
    start_value=45, end_value=45, start_period="Kharif 2025", end_period="Kharif 2025", unit="tonnes of rice husk",
    subject="rice husk bought from the mills after the rice harvest", location="newsletter, 'Husk' paragraph"))

add("briquette_project_donor_report_household_change", f"""
# Report to Donors, 2025

*Angaar Briquette Project (invented). Figures are invented.*

**Households.** Households burning our briquettes rose by 45 percent in 2025, from 180 to 240. Most of the new ones are in Baghicha.

Table 1. Households and briquettes

{BRIQUETTE_YEARS}

**Fuel made.** The families pressed 192 tonnes of briquettes in 2025. They burned two-thirds of it themselves and sold the rest to bakeries and hotels.

**Money.** Sales brought in Rs 2.24 million, shared among the families according to the loads each group pressed.

**Health.** Mothers in all three villages say their children cough less in winter. We have not measured this, and would welcome a donor who could pay for a proper study.

**Presses.** The six hand presses are wearing out. Two need new levers before the winter.

**Next year.** We plan to add four presses and to train ten young women to repair them, so that a broken lever no longer stops a street's work for a week.
""", arith(
    ["Households burning our briquettes rose by 45 percent in 2025, from 180 to 240"],
    "From 180 households in 2024 to 240 in 2025 is a rise of 33.3 percent, not 45 percent; the table below the "
    "sentence gives the same two figures.",
    **{"from": 180, "to": 240, "from_period": "2024", "to_period": "2025", "stated_change_pct": 45,
       "computed_change_pct": 33.33, "unit": "households", "subject": "households burning the project's briquettes",
       "location": "report, 'Households' paragraph"}))
