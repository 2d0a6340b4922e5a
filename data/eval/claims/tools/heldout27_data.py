# Twenty-seventh held-out set of synthetic documents ("heldout27").  Written
# from scratch after heldout26/, by a labeller session that had not opened
# dyad's implementation or history and had not seen any of its results.
# Every entry: name (topic slug, numbered later by build_heldout27.py), text,
# labels (list of defect dicts), control_type for controls.
# Registers not used before: a wheelbarrow maker selling to Afghan hardware
# dealers; a dal millers' association buying Afghan mung (with the annual
# trade series, 2020-2024 rows); a horseshoe forge selling to Afghan
# farriers; a ladder maker; a firm of fruit traders handling Afghan
# watermelons; an epilepsy clinic; a refugee youth table tennis club; a mobile
# library (book bus) for Afghan refugee children; a beautician training
# centre for young Afghan refugee women; and a cookstove (chulha) project in
# Afghan refugee villages.
#
# Invented figures shared with earlier sets: annual trade series (README:
# exports 1,290 / 942 / 828 / 936 / 1,012 / 884 and imports 441 / 509 / 552 /
# 741 / 690 / 540 for 2019-2024, balances 849 / 433 / 276 / 195 / 322 / 344,
# totals 1,731 / 1,451 / 1,380 / 1,677 / 1,702 / 1,424); reference refugee
# series (1,419,084 / 1,438,432 / 1,490,562 / 1,743,278 / 1,987,717 /
# 1,559,964 for 2019-2024).
#
# New invented figures, consistent with the above:
#   Mazboot Wheelbarrow Works, Vehari (invented): steel wheelbarrows to
#     Afghan hardware dealers, 2025, wheelbarrows / Rs million (Rs 8,000 a
#     barrow): Q1 900 / 7.2, Q2 1,250 / 10.0, Q3 1,100 / 8.8, Q4 750 / 6.0,
#     total 4,000 / 32.0; first half 2,150; 2024 3,200 (rise 800, 25.0
#     percent); Q2 31.3 percent of the year; single-wheel 2,800 (70 percent),
#     two-wheel 1,200 (30 percent); 11 dealers in Kabul, Jabal Saraj and
#     Mahmud-i-Raqi (two of them new in 2025); 27 workers; 80 barrows to a
#     truck, four to a crate (20 crates), 50 trucks in 2025, all through
#     Torkham; about 230 kilometres from Torkham to Kabul.
#   Thal Dal Millers' Association, Bhakkar (invented, 36 member mills, 14 of
#     them buying Afghan mung from 22 Afghan traders around Khanabad and Imam
#     Sahib in Kunduz province): Afghan mung bought by members, tonnes: 2021
#     7,800, 2022 8,600 (+10.3 percent), 2023 9,900 (+15.1), 2024 9,200
#     (-700, -7.1), 2025 10,350 (+1,150, +12.5); about US$ 900 a tonne (2025
#     about US$ 9.3 million); 2025 by crossing: Torkham 7,245 (70.0 percent),
#     Ghulam Khan 3,105 (30.0); Ghulam Khan about a quarter in 2024; Afghan
#     mung 18 percent of members' dal output in 2025; about 25 tonnes a
#     truck (414 trucks in 2025); outlook for 2026 10,000 to 11,000 tonnes.
#   Naal Forge, Khushab (invented): sets of four horseshoes to Afghan
#     farriers, sets / Rs million (Rs 1,500 a set): 2025 Q1 4,200 / 6.3, Q2
#     3,800 / 5.7, Q3 4,400 / 6.6, Q4 6,000 / 9.0, total 18,400 / 27.6; 2024
#     16,000 (rise 2,400, 15.0 percent); 2023 17,000 (2023 to 2024 a fall of
#     1,000, 5.9 percent); Q4 32.6 percent of the year; 9,200 boxes of nails
#     (one box for two sets, Rs 400 a box, about Rs 3.7 million); second
#     shift from 2 December 2025; 37 farriers and 8 saddlers in Kabul,
#     Mazar-i-Sharif, Andkhoy and Sar-e Pol; 19 workers; bar from re-rolling
#     mills in Lahore; shoes in sacks of twenty-five sets; 40 to 80 sacks
#     a truck, shared with two other Khushab firms.
#   Seedhi Ladder Works, Pakpattan (invented): ladders to Afghan dealers,
#     2024 / 2025: steel step ladders 2,400 / 2,880 (+20.0 percent), wooden
#     ladders 1,800 / 1,620 (-10.0), extension ladders 600 / 660 (+10.0),
#     total 4,800 / 5,160 (+360, +7.5); steel step ladders 55.8 percent of
#     2025; about Rs 5,000 a ladder on average, Rs 25.8 million in 2025; 16
#     dealers in Kabul, Bazarak, Khinjan and Doshi; 24 workers; 120 ladders
#     to a truck; 310 ladders in the yard on 30 September 2025.
#   Sitara Fruit Traders, Mastung (invented): Afghan watermelons from
#     Gereshk, Musa Qala and Panjwai through Chaman, 2025 season, trucks /
#     tonnes (20 tonnes a truck): May 60 / 1,200, June 180 / 3,600, July 210
#     / 4,200, August 90 / 1,800, total 540 / 10,800; 2024 480 / 9,600 (+12.5
#     percent); June and July 7,800 tonnes (72.2 percent); 2025 by market:
#     Quetta 40 percent, Karachi 35, the Punjab 25; 45 Afghan growers; 30
#     loaders; 12 trucks a day at the July peak; Rs 45 a kilogram for Gereshk
#     watermelons in Quetta in mid-June 2025.
#   Sukoon Epilepsy Clinic, Kot Chandana (Mianwali; invented, opened 2019,
#     refugee outreach from 2021): patients on regular treatment at year end:
#     end-2022 270, end-2023 310, end-2024 352, end-2025 396 (+44, +12.5
#     percent; 140 new, 96 left); new patients 2025 by age, female / male /
#     total: under 10 18 / 22 / 40, 10-19 26 / 30 / 56, 20 and over 20 / 24
#     / 44, total 64 / 76 / 140; 250 of the 396 from Afghan refugee
#     families; 7 refugee villages; 12 community health workers; a
#     neurologist twice a month, 2 medical officers, 3 nurses; about Rs 900
#     of medicine a patient a month; 58 percent free of seizures for six
#     months.
#   Jugnu Table Tennis Club, Shabqadar (invented, refugee youth, founded
#     2021): members at year end, girls / boys / total: 2021 16, 2022 24
#     (+50.0 percent), 2023 12 / 18 / 30 (+25.0), 2024 11 / 16 / 27 (-10.0),
#     2025 15 / 21 / 36 (+33.3); girls 41.7 percent of 2025; four tables in a
#     rented hall from the 2023/24 season; two coaches; 3 tournaments and 8
#     medals in 2025; four evenings a week.
#   Kitab Gari mobile library (invented, begun late 2022): books lent to
#     Afghan refugee children in 9 villages around Akora Khattak, Jehangira
#     and Pabbi: 2023 6,800, 2024 8,500 (+25.0 percent), 2025 10,200 (+20.0;
#     first half 4,600, second half 5,600); 620 children registered at the
#     end of 2025, 340 of them girls; 2,400 books in Pashto, Dari and Urdu; a
#     driver and 2 librarians; each village every two weeks; eleven families
#     on the Pabbi round went back to Afghanistan in the autumn of 2025; fuel
#     about Rs 45,000 a month.
#   Zeenat Beautician Training Centre, Batkhela (invented, planned 2020,
#     first intake 2023): young Afghan refugee women, intake / finished / in
#     work within three months: 2023 30 / 27 / 16, 2024 42 / 38 / 26 (68.4
#     percent of finishers), 2025 48 / 44 / 33 (75.0 percent); intake +14.3
#     percent in 2025; applications 160 (2024) and 130 (2025); 18 partner
#     salons in Batkhela and Chakdara; 3 instructors; a kit of Rs 12,000;
#     six-month course in hair, threading, mehndi and make-up.
#   Raunaq Cookstove Project (invented, begun 2023): clay cookstoves with a
#     chimney built in 6 Afghan refugee villages around Isakhel and Kalabagh:
#     2023 420, 2024 610, 2025 540 (-70, -11.5 percent), 1,570 in all; 16
#     women builders; about Rs 2,500 a stove; about 3 kilograms of firewood
#     saved a day for each stove.

HELDOUT27 = []
from heldout_labels import (  # noqa: F401
    PAIR, REFS, adder, arith, change_pct, citation, direction, garbled, line_of, parts_total, pdf_lines, scope, tvt,
    repeated, reuse,
)

add = adder(HELDOUT27)


# ---------------------------------------------------------------------------
# Mazboot Wheelbarrow Works, Vehari (invented)
# ---------------------------------------------------------------------------

BARROW_ROWS = [["Quarter", "Wheelbarrows", "Rs million"],
               ["Q1 2025", "900", "7.2"],
               ["Q2 2025", "1,250", "10.0"],
               ["Q3 2025", "1,100", "8.8"],
               ["Q4 2025", "750", "6.0"],
               ["Total", "4,000", "32.0"]]
BARROW_PDF = pdf_lines(BARROW_ROWS)
BARROW_PIPE = """| Quarter | Wheelbarrows | Rs million |
|---|---|---|
| Q1 2025 | 900 | 7.2 |
| Q2 2025 | 1,250 | 10.0 |
| Q3 2025 | 1,100 | 8.8 |
| Q4 2025 | 750 | 6.0 |
| Total | 4,000 | 32.0 |"""

add("wheelbarrow_maker_sales_statement_control", f"""
# Mazboot Wheelbarrow Works: Afghan Sales Statement, 2025

*An invented company in Vehari. All figures are invented.*

Mazboot makes steel wheelbarrows for builders, brick layers and farmers. Eleven hardware dealers in Kabul, Jabal Saraj and Mahmud-i-Raqi sell them on across Afghanistan.

Table 1. Wheelbarrows sold to Afghan dealers, 2025 (text as extracted from the PDF)

{BARROW_PDF}

**The year.** Dealers took 4,000 wheelbarrows in 2025, against 3,200 in 2024, a rise of 800, or 25.0 percent. At Rs 8,000 a barrow the year's sales came to Rs 32.0 million.

**Seasons.** Orders bloomed in spring, from 900 barrows in the first quarter to 1,250 in the second, 31.3 percent of the year, as building work started again after the snow. The fourth quarter brought only 750.

**Kinds.** Single-wheel barrows made up 2,800 of the 4,000, or 70 percent; two-wheel barrows for heavier loads made up the other 1,200.

**Shipping.** A truck carries 80 barrows with the handles taken off, so the year's sales filled 50 trucks, every one of them through Torkham.
""", control_type="control")

add("wheelbarrow_maker_board_note_second_quarter", f"""
# Note to the Board: Afghan Sales by Quarter, 2025

*Mazboot Wheelbarrow Works, Vehari (invented). Figures are invented.*

Table 1. Wheelbarrows sold to Afghan dealers, 2025

{BARROW_PIPE}

**Spring.** The building season in Afghanistan opens once the passes clear. In April to June we sold 2,150 wheelbarrows to our Afghan dealers, the best quarter of the year, and the welding line worked two shifts for most of May.

**Autumn and winter.** Orders eased in the third quarter and were thin after October, when the ground freezes around Kabul and builders stop pouring concrete.

**For decision.** The board is asked to approve a second welding set before March, so that next spring's rush can be met without overtime on Sundays. The set costs about Rs 1.4 million and would pay for itself within two seasons.

**Stock.** We hold 300 wheel rims and 260 steel trays in the yard, enough for the first weeks of the new season.
""", tvt(["In April to June we sold 2,150 wheelbarrows", line_of(BARROW_PIPE, "| Q2 2025")],
        {"text_value": 2150, "table_value": 1250}, "wheelbarrows",
        "wheelbarrows sold to Afghan dealers in the second quarter", "Q2 2025",
        "'Spring' paragraph against the Q2 2025 row of Table 1",
        "The note says 2,150 wheelbarrows were sold in April to June; the Q2 2025 row of Table 1 gives "
        "1,250. 2,150 is the first half of the year (900 in the first quarter plus 1,250 in the second), "
        "given as the second quarter alone.",
        table_form="pipe, total row", period_as_written="April to June"))

add("wheelbarrow_maker_dealer_letter_caved_in", """
# Letter to Our Afghan Dealers

*Mazboot Wheelbarrow Works, Vehari, to its dealers in Afghanistan, January 2026. An invented letter; figures are invented.*

Dear friends,

**The year behind us.** Your orders caved in last year, when you took 4,000 of our wheelbarrows against 3,200 in 2024. We thank every one of you for that, and we welcome the two new dealers in Mahmud-i-Raqi who joined us in the spring.

**Prices.** The price stays at Rs 8,000 a barrow until the end of March 2026. After that it will depend on what steel sheet costs us in Lahore.

**Spare parts.** From this spring every order of forty barrows comes with four spare wheels at no charge. Inner tubes can be ordered by the dozen with any load.

**Payment.** Please go on paying half with the order and half when the truck reaches you. Dealers who have paid on time all year will be offered a month's credit.

**Visits.** Our sales manager will travel to Kabul and Jabal Saraj in April to take orders in person and to hear what your customers ask for.

With good wishes,

Mazboot Wheelbarrow Works
""", direction("Your orders caved in last year, when you took 4,000 of our wheelbarrows against 3,200 in 2024",
               3200, 4000, "2024", "2025", "caved in", "fall", "wheelbarrows",
               "wheelbarrows taken by Afghan dealers", "letter, 'The year behind us' paragraph",
               "'Caved in' says the dealers' orders collapsed, but they rose from 3,200 wheelbarrows in 2024 "
               "to 4,000 in 2025, up 25 percent, and the next sentence thanks the dealers for it (the sales "
               "statement gives the same figures).",
               period_as_written="last year"))

add("wheelbarrow_maker_export_memo_bahamian_visa", """
# Export Memo: Getting Barrows to Kabul

*Mazboot Wheelbarrow Works, Vehari (invented). For the dispatch office. Figures are invented.*

**The route.** Loaded trucks leave Vehari in the evening, take the motorway north to Peshawar and cross at Torkham. From the border it is about 230 kilometres to Kabul.

**Papers.** Each load needs a commercial invoice, a packing list and the goods declaration. Our drivers need a Bahamian visa for the run to Jalalabad and Kabul, and it must be valid for the whole trip, including any days spent waiting at the border.

**Loads.** A truck carries 80 barrows with the handles off, packed four to a crate. In spring the dispatch office should book trucks two weeks ahead, because transporters in Peshawar are busy.

**Other enquiries.** A resort in the Bahamas has asked for a price for two-wheel barrows for its gardens. Please pass such letters to the owner; we do not ship by sea at present.

**Contacts.** Questions about papers go to the export clerk, and questions about loading go to the yard foreman.
""", scope("Our drivers need a Bahamian visa for the run to Jalalabad and Kabul", "BHS", ["PAK", "BHS"],
           "Bahamian visa",
           "The drivers cross at Torkham into Afghanistan and drive to Jalalabad and Kabul, so the visa they "
           "need is an Afghan one; the memo calls it a Bahamian visa, putting the Bahamas on the other side "
           "of the trade.",
           not_a_defect="A resort in the Bahamas has asked for a price for two-wheel barrows for its gardens"))

add("wheelbarrow_maker_dispatch_notice_crates_twice", """
# Notice to Dispatch Staff: Packing Barrows for Afghanistan

*Mazboot Wheelbarrow Works, Vehari (invented). Posted in the packing shed. Figures are invented.*

**Crates.** Barrows for Afghanistan travel with the handles taken off. Four barrows go into each crate, trays nested, with the handles tied along the side. Four barrows go into each crate, trays nested, with the handles tied along the side. Mark the dealer's name on two sides of every crate.

**Wheels.** Pump every tyre to the mark on the gauge before the wheel is packed. A soft tyre arrives flat after the road over the pass, and the dealer sends it back.

**Counting.** A full truck takes 20 crates, or 80 barrows. The foreman counts the crates twice, once in the shed and once on the truck, and signs the packing list.

**Spring.** Last spring 1,250 barrows went out between April and June. Expect as many again this year and plan leave for the winter months.

**Safety.** Wear gloves when handling trays; the rolled edges can still be sharp.
""", repeated("Four barrows go into each crate, trays nested, with the handles tied along the side.", 2,
              "packing of wheelbarrows into crates", "notice, 'Crates' paragraph",
              "The second sentence of the 'Crates' paragraph is repeated word for word straight after itself."))

# ---------------------------------------------------------------------------
# Thal Dal Millers' Association, Bhakkar (invented)
# ---------------------------------------------------------------------------

TRADE_HEAD = """| Year | Exports | Imports | Total trade | Balance |
|---|---|---|---|---|"""
TRADE_ROWS = {"2020": "| 2020 | 942 | 509 | 1,451 | 433 |",
              "2021": "| 2021 | 828 | 552 | 1,380 | 276 |",
              "2022": "| 2022 | 936 | 741 | 1,677 | 195 |",
              "2023": "| 2023 | 1,012 | 690 | 1,702 | 322 |",
              "2024": "| 2024 | 884 | 540 | 1,424 | 344 |"}

add("dal_millers_fact_sheet_control", f"""
# Thal Dal Millers' Association: Fact Sheet on Afghan Mung

*An invented association of dal mills in Bhakkar. Figures are invented; the trade series is the one used across this collection.*

Table 1. Pakistan–Afghanistan trade, US$ million

{TRADE_HEAD}
{TRADE_ROWS["2020"]}
{TRADE_ROWS["2021"]}
{TRADE_ROWS["2022"]}
{TRADE_ROWS["2023"]}
{TRADE_ROWS["2024"]}

**The wider trade.** Pakistan's imports from Afghanistan slid from US$ 741 million in 2022 to US$ 540 million in 2024, down 27.1 percent, while the surplus widened from US$ 195 million to US$ 344 million.

**Our mung.** Of our 36 member mills, 14 buy Afghan mung, grown around Khanabad and Imam Sahib in Kunduz province. They took 10,350 tonnes in 2025, up 12.5 percent on the 9,200 tonnes of 2024, worth about US$ 9.3 million at roughly US$ 900 a tonne.

**Where it fits.** Afghan mung made up 18 percent of members' dal output in 2025. Mung from Myanmar and Australia also reaches the mills, by sea through Karachi.

**Who sells.** Members buy from 22 Afghan traders, who collect the beans from farmers after the autumn harvest.
""", control_type="control")

add("dal_millers_bank_circular_balance", f"""
# Circular to Members: Figures for Your Bank

*Thal Dal Millers' Association, Bhakkar (invented). Figures are invented; the trade series is the one used across this collection.*

Several members have been asked by their banks for background on the Afghan trade when renewing credit lines. The figures below may be attached to such applications.

Table 1. Pakistan's trade with Afghanistan, US$ million

{TRADE_HEAD}
{TRADE_ROWS["2021"]}
| 2022 | 936 | 741 | 1,677 | 159 |
{TRADE_ROWS["2023"]}
{TRADE_ROWS["2024"]}

**Mung.** Members bought 10,350 tonnes of Afghan mung in 2025 and 9,200 tonnes in 2024. Most of it crosses at Torkham; the rest comes through Ghulam Khan.

**What banks ask.** Banks want to know how members pay Afghan traders. Most pay through exchange companies in Peshawar after the truck has crossed, and a few pay part in advance.

**Help.** The office will write a letter confirming membership for any mill that asks. Members with questions about the figures may call the secretary.
""", arith(["| 2022 | 936 | 741 | 1,677 | 159 |"],
           "Exports of US$ 936 million less imports of US$ 741 million leave a surplus of US$ 195 million for "
           "2022, not the 159 in the Balance column (the last two digits are swapped); the row's Total trade "
           "cell (1,677) is right, and the association's fact sheet gives 195.",
           exports=936, imports=741, computed_balance=195, stated_balance=159, unit="USD million",
           period="2022", subject="Pakistan's trade balance with Afghanistan",
           location="circular, Table 1, 2022 row, Balance column", table_form="pipe, Total trade and Balance columns"))

add("dal_millers_outlook_benelux_column", f"""
# Outlook for 2026: Afghan Mung and the Wider Trade

*Thal Dal Millers' Association, Bhakkar (invented). Figures are invented; the trade series is the one used across this collection.*

Table 1. Trade, US$ million

| Year | Pakistan's exports to Benelux | Imports from Afghanistan | Total trade | Balance |
|---|---|---|---|---|
{TRADE_ROWS["2022"]}
{TRADE_ROWS["2023"]}
{TRADE_ROWS["2024"]}

**The trade.** Two-way trade with Afghanistan fell from US$ 1,702 million in 2023 to US$ 1,424 million in 2024. Imports, which include our mung, fell faster than exports.

**Mung in 2026.** The committee expects members to buy between 10,000 and 11,000 tonnes of Afghan mung in 2026, against 10,350 tonnes in 2025, if the Kunduz harvest is normal and the crossings stay open.

**Risks.** A closure at Torkham during the buying season would push members towards beans shipped through Karachi, which cost more and take longer. A dry summer in the north would also cut supply.

**Prices.** Traders quote about US$ 900 a tonne for the new crop, close to last year.
""", scope("| Year | Pakistan's exports to Benelux | Imports from Afghanistan | Total trade | Balance |",
           "BENELUX", ["PAK", "BENELUX"], "Pakistan's exports to Benelux",
           "The table holds the Pakistan–Afghanistan trade series (the same rows as the fact sheet: exports "
           "of 936, 1,012 and 884), but the export column's header names Benelux, a group of three European "
           "states, as the buyer, while the import column and the text name Afghanistan.",
           table_form="column header of a pipe table"))

MUNG_CROSS = """| Crossing | Tonnes | Share (%) |
|---|---|---|
| Torkham | 7,245 | 70.0 |
| Ghulam Khan | 3,105 | 30.0 |
| Total | 10,350 | 100.0 |"""

add("dal_millers_bulletin_ghulam_khan_share", f"""
# Members' Bulletin: Which Road the Mung Took

*Thal Dal Millers' Association, Bhakkar (invented). Figures are invented.*

Table 1. Afghan mung bought by members, by crossing, 2025

{MUNG_CROSS}

**Torkham.** Most of the beans from Khanabad and Imam Sahib still come down through Kabul and Jalalabad to Torkham, which handled 7,245 tonnes in 2025.

**Ghulam Khan.** Ghulam Khan, reached from Kabul through Gardez and Khost, carried 38 percent of the year's mung, up from about a quarter in 2024. Trucks there waited less than a day on most days, against two or three days at Torkham in October.

**For members.** Mills that want their beans routed through Ghulam Khan should say so when placing the order, since the trader must book the truck in advance. Freight to Bhakkar is about the same on either road.

**Quality.** Two loads were rejected in November for weevils. Please report any damaged load to the office within a week.
""", tvt(["carried 38 percent of the year's mung", line_of(MUNG_CROSS, "| Ghulam Khan")],
        {"text_value": 38, "table_value": 30.0}, "percent of tonnage",
        "share of members' Afghan mung that crossed at Ghulam Khan", "2025",
        "'Ghulam Khan' paragraph against the Ghulam Khan row of Table 1 (Share column)",
        "The bulletin says Ghulam Khan carried 38 percent of the year's mung; the Ghulam Khan row of Table 1 "
        "gives 3,105 tonnes, a share of 30.0 percent (3,105 of 10,350). One digit differs.",
        table_form="pipe, share column and total row"))

add("dal_millers_newsletter_red_letter", """
# Newsletter: A Look Back at Afghan Buying

*Thal Dal Millers' Association, Bhakkar (invented). Figures are invented.*

**Two years.** Members' purchases of Afghan mung made 2024 a red-letter year: 9,200 tonnes, after 9,900 tonnes in 2023. A dry spring in Kunduz cut the crop, and long queues at Torkham in the autumn held back what the traders could send.

**The recovery.** 2025 was better. Members took 10,350 tonnes, and the beans were larger and cleaner than the year before, so less was lost at the sorting tables.

**New members.** Two mills in Layyah joined the association this year, bringing the membership to 36. Neither buys Afghan mung yet.

**Training.** The office will hold a half-day session in February on reading Afghan invoices and weight slips, which are often written in Dari. Members may send two staff each.

**Annual dinner.** The dinner will be held in March at the usual hall. Please confirm numbers by the end of February. Members who cannot come may send a son or a manager in their place.
""", direction("Members' purchases of Afghan mung made 2024 a red-letter year: 9,200 tonnes, after 9,900 tonnes in 2023",
               9900, 9200, "2023", "2024", "red-letter", "rise", "tonnes",
               "Afghan mung bought by members", "newsletter, 'Two years' paragraph",
               "'A red-letter year' says 2024 was an outstanding year, but purchases fell from 9,900 tonnes in "
               "2023 to 9,200 in 2024, down 7.1 percent; the next sentence gives the reasons for the fall."))

add("dal_millers_members_note_traders_reuse", """
# Note to Members: Afghan Mung at a Glance

*Thal Dal Millers' Association, Bhakkar (invented). Figures are invented.*

**Our share.** Afghan mung made up 18 percent of members' dal output in 2025. The rest came from the Thal's own crop and from beans shipped through Karachi.

**Who sells.** Members buy through 18 Afghan traders, most of them in Khanabad and Imam Sahib, who collect the beans from farmers after the autumn harvest and load them in Kunduz.

**Quantities.** Members took 10,350 tonnes in 2025. At about 25 tonnes a truck, that is some 414 trucks over the year.

**Paying.** Most traders are paid after the truck has crossed. The office keeps a list of traders who have sent short weights more than once, and members may ask to see it. Disputes are settled by the committee.

**Figures for 2026.** Please send your own purchase figures for the year to the office by the end of January, so that the association can check them against the customs returns.
""", reuse(["made up 18 percent of members' dal output", "buy through 18 Afghan traders"], 18,
           "percent / traders", "share of members' dal output made from Afghan mung in 2025",
           "Afghan traders members buy through", 22,
           "The share of members' dal output made from Afghan mung (18 percent) is reused in the next "
           "paragraph as the number of Afghan traders; the association's fact sheet gives 22 traders."))

# ---------------------------------------------------------------------------
# Naal Forge, Khushab (invented)
# ---------------------------------------------------------------------------

SHOE_ROWS = [["Quarter", "Sets", "Rs million"],
             ["Q1 2025", "4,200", "6.3"],
             ["Q2 2025", "3,800", "5.7"],
             ["Q3 2025", "4,400", "6.6"],
             ["Q4 2025", "6,000", "9.0"],
             ["Total", "18,400", "27.6"]]
SHOE_PDF = pdf_lines(SHOE_ROWS)

add("horseshoe_forge_sales_statement_control", f"""
# Naal Forge: Afghan Sales Statement, 2025

*An invented forge in Khushab. All figures are invented.*

Naal Forge makes horseshoes and horseshoe nails. Our buyers are 37 farriers and 8 saddlers in Kabul, Mazar-i-Sharif, Andkhoy and Sar-e Pol, whose customers are cart owners, tonga drivers and the owners of buzkashi horses.

Table 1. Sets of four horseshoes sold to Afghan buyers, 2025 (text as extracted from the PDF)

{SHOE_PDF}

**The year.** We sold 18,400 sets in 2025, against 16,000 in 2024, a rise of 2,400, or 15.0 percent. At Rs 1,500 a set, sales came to Rs 27.6 million.

**Winter.** The fourth quarter alone took 6,000 sets, 32.6 percent of the year, because farriers fit studded shoes before the ice and before the buzkashi season opens.

**Nails.** With the shoes went 9,200 boxes of nails, one box for every two sets.

**Steel.** Bar comes from re-rolling mills in Lahore. Our 19 workers forge, punch and temper every shoe by hand.
""", control_type="control")

add("horseshoe_forge_partners_note_percent", """
# Note for the Partners: The Afghan Year

*Naal Forge, Khushab (invented). Figures are invented.*

**Sales.** Sales of shoes to Afghan farriers rose from 16,000 sets in 2024 to 18,400 in 2025, a rise of 18.4 percent. The year before had gone the other way, from 17,000 sets in 2023 to 16,000, down 5.9 percent, when a long closure at the border kept orders back.

**Money.** At Rs 1,500 a set the year brought Rs 27.6 million. Nails added about Rs 3.7 million.

**The busy months.** Farriers order heavily from October, before the ice. The fourth quarter took 6,000 sets, and the forge ran a second shift from early December.

**Steel.** Bar from Lahore cost about a tenth more at the end of the year than at the start. The partners should decide in January whether to raise the price of a set.

**A second hammer.** The power hammer is now twenty years old. A replacement would cost about Rs 2.2 million.
""", arith(["Sales of shoes to Afghan farriers rose from 16,000 sets in 2024 to 18,400 in 2025, a rise of 18.4 percent"],
           "A rise from 16,000 to 18,400 sets is 15.0 percent, not 18.4; the figure looks like the 2025 level "
           "(18,400) read as a percentage. The sales statement gives 15.0 percent.",
           **{"from": 16000, "to": 18400, "from_period": "2024", "to_period": "2025",
              "stated_change_pct": 18.4, "computed_change_pct": 15.0, "unit": "sets of four horseshoes",
              "subject": "sets of horseshoes sold to Afghan farriers",
              "location": "note, 'Sales' paragraph"}))

add("horseshoe_forge_farrier_letter_workers_reuse", """
# Letter to Our Afghan Farriers

*Naal Forge, Khushab, to its buyers in Afghanistan, January 2026. An invented letter; figures are invented.*

Dear friends,

**Thank you.** We now sell to 37 farriers in four cities, from Kabul to Andkhoy, and last year you took more shoes from us than ever. Many of you wrote to say that the studded shoes held well on the ice.

**Our side.** Our 37 workers put in a second shift from December so that no order waited more than two weeks. We know that a horse cannot wait for its shoes.

**New sizes.** From March we will forge a lighter shoe for donkeys and small cart ponies, in three sizes. Samples will travel with the next load to Kabul.

**Nails.** Please order nails with the shoes, one box for every two sets, so that they travel on the same truck and clear customs together.

**Prices.** The price stays at Rs 1,500 a set until the end of March.

With respect,

Naal Forge
""", reuse(["We now sell to 37 farriers", "Our 37 workers"], 37, "farriers / workers",
           "Afghan farriers the forge sells to", "workers at the forge", 19,
           "The number of Afghan farriers the forge sells to (37) is reused in the next paragraph as the "
           "number of its workers; the sales statement gives 19 workers."))

add("horseshoe_forge_logistics_note_eswatini_consulate", """
# Logistics Note: Papers for Afghan Loads

*Naal Forge, Khushab (invented). For the office and the drivers. Figures are invented.*

**Packing.** Shoes travel in sacks of twenty-five sets, nails in cartons of twenty boxes. Every sack carries a tag with the buyer's name and city.

**Papers.** Before each load leaves, the invoice and the certificate of origin are attested at the consulate of Eswatini in Peshawar, which our buyers must show to customs on the far side of Torkham. The clerk should allow a full day for this.

**Trucks.** We share trucks with two other Khushab firms. Our share of a truck to Kabul is usually 40 to 80 sacks, and the freight is split by weight.

**Mazar-i-Sharif and Andkhoy.** Loads for the north are handed over in Kabul to an Afghan transporter, who takes them over the Salang pass.

**Winter.** From December the Salang road may close for a day or two after snow, so loads for the north should leave Khushab by the end of November.
""", scope("attested at the consulate of Eswatini in Peshawar", "SWZ", ["PAK", "SWZ"],
           "consulate of Eswatini in Peshawar",
           "The papers are for buyers in Afghanistan who clear the shoes through Afghan customs beyond "
           "Torkham, so they are attested at Afghanistan's consulate in Peshawar; the note names Eswatini's "
           "consulate instead, making Eswatini the other side of the trade."))

add("horseshoe_forge_winter_rota_backwards", """
# Notice to Forge Staff: Winter Rota

*Naal Forge, Khushab (invented). Posted by the foreman. Figures are invented.*

**Why.** Afghan farriers want their studded shoes before the ice. Orders booked for October to December already come to 6,000 sets, more than in any quarter this year.

**The rota.** The winter rota runs from 2 December 2025 to 28 February 2025. During those weeks the forge works a second shift from four in the afternoon until midnight, six days a week.

**Who.** Each worker does one week in three on the late shift. The foreman will post the names by the end of November; swaps must be agreed with him. Workers with sick parents at home may ask to be left off the late shift.

**Pay.** Late-shift hours are paid at one and a half times the normal rate, and a hot meal is served at eight.

**Safety.** The power hammer is not to be run by anyone working alone. Goggles and leather aprons are to be worn at the fire at all times.
""", garbled(["from 2 December 2025 to 28 February 2025"],
             "The winter rota runs backwards: it starts on 2 December 2025 and ends on 28 February 2025, "
             "nine months earlier; the end was presumably meant to be 28 February 2026.",
             stated_period_start="2 December 2025", stated_period_end="28 February 2025",
             subject="dates of the forge's winter rota", location="notice, 'The rota' paragraph"))

# ---------------------------------------------------------------------------
# Seedhi Ladder Works, Pakpattan (invented)
# ---------------------------------------------------------------------------

LADDER_CHANGE = """| Ladder | 2024 | 2025 | Change (%) |
|---|---|---|---|
| Steel step ladders | 2,400 | 2,880 | +20.0 |
| Wooden ladders | 1,800 | 1,620 | \u221210.0 |
| Extension ladders | 600 | 660 | +10.0 |
| Total | 4,800 | 5,160 | +7.5 |"""
LADDER_BAD = """| Ladder | 2024 | 2025 |
|---|---|---|
| Steel step ladders | 2,400 | 2,880 |
| Wooden ladders | 1,800 | 1,620 |
| Extension ladders | 600 | 660 |
| Total | 4,800 | 5,260 |"""

add("ladder_maker_sales_review_control", f"""
# Seedhi Ladder Works: Afghan Sales Review, 2025

*An invented company in Pakpattan. All figures are invented.*

Seedhi makes step ladders and extension ladders in steel and step ladders in wood. Sixteen dealers in Kabul, Bazarak, Khinjan and Doshi sell them to painters, electricians and households.

Table 1. Ladders sold to Afghan dealers

{LADDER_CHANGE}

**The year.** Afghan dealers took 5,160 ladders in 2025, 7.5 percent more than the 4,800 of 2024. At about Rs 5,000 a ladder on average, the year brought some Rs 25.8 million.

**Steel.** Steel step ladders rose by a fifth, to 2,880, and made up 55.8 percent of all ladders sold.

**Wood.** Wooden ladders took a beating, down 10.0 percent to 1,620, as buyers moved to steel, which does not swell in the wet.

**Trucks.** A truck takes 120 ladders, folded and tied in bundles of ten.
""", control_type="control")

add("ladder_maker_board_note_total_row", f"""
# Note to the Board: Afghan Sales, 2024 and 2025

*Seedhi Ladder Works, Pakpattan (invented). Figures are invented.*

Table 1. Ladders sold to Afghan dealers

{LADDER_BAD}

**Steel.** Steel step ladders did best, up from 2,400 to 2,880. Dealers in Bazarak and Doshi say that painters now ask for steel by name.

**Wood.** Wooden ladders fell to 1,620. The board may wish to consider whether to keep the wood shop open all year or only from March to October.

**Extension ladders.** These remain a small line, 660 in 2025, but they sell at twice the price of a step ladder and leave a good margin.

**For decision.** The board is asked to approve a second bending press for steel stiles, at about Rs 1.8 million, so that steel output can rise again in 2026 without overtime.

**Workers.** We employ 24 people, six of them in the wood shop.
""", parts_total([line_of(LADDER_BAD, "| Total")],
                 {"Steel step ladders": 2880, "Wooden ladders": 1620, "Extension ladders": 660}, 5260,
                 "ladders", "2025", "ladders sold to Afghan dealers", "note, Table 1, total row, 2025 column",
                 "The 2025 rows (2,880, 1,620 and 660) add up to 5,160 ladders, not the 5,260 in the total row; "
                 "the 2024 column adds up. The sales review gives 5,160.",
                 table_form="pipe, two year columns and a total row"))

add("ladder_maker_dealer_letter_rock_bottom", """
# Letter to Our Afghan Dealers

*Seedhi Ladder Works, Pakpattan, to its dealers in Afghanistan, January 2026. An invented letter; figures are invented.*

Dear friends,

**Steel step ladders.** From 2,400 in 2024, your orders for steel step ladders hit rock bottom in 2025 at 2,880. To keep up with you we ran the press on Saturdays from April to September, and we are buying a second one.

**Wood.** Orders for wooden ladders were lower, and we understand why: steel lasts longer in the rain and snow. We will keep making wood for those who want it.

**Delivery.** A truck takes 120 ladders. Orders for less than a full truck can travel with another dealer's load to Kabul, and we will share the freight fairly.

**Prices.** Prices stay as they are until the end of March 2026.

**Visits.** Our partner will visit Bazarak, Khinjan and Doshi in May. Please tell us if you would like him to call.

With good wishes,

Seedhi Ladder Works
""", direction("From 2,400 in 2024, your orders for steel step ladders hit rock bottom in 2025 at 2,880",
               2400, 2880, "2024", "2025", "hit rock bottom", "fall", "ladders",
               "steel step ladders ordered by Afghan dealers", "letter, 'Steel step ladders' paragraph",
               "'Hit rock bottom' says orders fell to their lowest, but they rose from 2,400 steel step ladders "
              "in 2024 to 2,880 in 2025, up 20 percent, and the next sentence speaks of Saturday shifts and a "
              "second press."))

add("ladder_maker_fair_note_andorra_chamber", """
# Note for the Sales Team: The Kabul Trade Fair

*Seedhi Ladder Works, Pakpattan (invented). Figures are invented.*

**The fair.** The spring fair in Kabul is organised by the Pakistan–Andorra Joint Chamber of Commerce and Industry, which speaks for traders on both sides of Torkham. It runs for four days in April.

**Our stand.** We have booked a stand of nine square metres near the hardware hall. We will show three steel step ladders, one wooden ladder and one extension ladder, all of them for sale on the last day.

**Who goes.** Two people from the sales team and one from the works will travel. Visas should be applied for by the end of February.

**Aims.** We want to meet dealers from the north, where we sell little, and in particular from Kunduz and Mazar-i-Sharif. Bring price lists in Dari and Pashto and at least two hundred cards.

**Costs.** The stand, travel and freight for the samples should come to about Rs 900,000.
""", scope("the Pakistan–Andorra Joint Chamber of Commerce and Industry", "AND", ["PAK", "AND"],
           "Pakistan–Andorra Joint Chamber",
           "The fair in Kabul brings together traders on both sides of Torkham, that is Pakistani and Afghan "
           "traders, so the organising chamber is a Pakistan–Afghanistan one; the note names Andorra as "
           "Pakistan's partner in the chamber's title."))

add("ladder_maker_shipping_note_same_stock", """
# Shipping Note: Ladders Waiting for Trucks

*Seedhi Ladder Works, Pakpattan (invented). For the dispatch clerk and the partners. Figures are invented.*

**The yard.** Ladders waiting in the yard for Afghan trucks rose from 310 on 30 September 2025 to 310 on 30 September 2025, and the covered shed is now full.

**Why.** Two transporters in Peshawar stopped taking loads for Afghanistan for part of September, and a third asked for more than we usually pay.

**What we are doing.** The clerk has booked a truck with another transporter for the first week of October. A truck takes 120 ladders, so three trucks would clear the yard.

**Dealers.** Please tell dealers in Bazarak and Khinjan that their orders will leave within ten days. Dealers in Kabul are served first, since their ladders have waited longest.

**Storage.** Steel ladders may stand outside under sheets for a few days; wooden ladders must stay in the shed. The clerk will report the count of ladders in the yard to the partners every Monday until it is cleared.
""", garbled(["rose from 310 on 30 September 2025 to 310 on 30 September 2025"],
             "The stock of ladders is said to have risen, but the start and the end are the same value on the "
             "same date (310 ladders on 30 September 2025).",
             start_value=310, end_value=310, start_period="30 September 2025", end_period="30 September 2025",
             unit="ladders", subject="ladders waiting in the yard for Afghan trucks",
             location="note, 'The yard' paragraph"))

# ---------------------------------------------------------------------------
# Sitara Fruit Traders, Mastung (invented)
# ---------------------------------------------------------------------------

MELON_PIPE = """| Month | Trucks | Tonnes |
|---|---|---|
| May 2025 | 60 | 1,200 |
| June 2025 | 180 | 3,600 |
| July 2025 | 210 | 4,200 |
| August 2025 | 90 | 1,800 |
| Total | 540 | 10,800 |"""

add("watermelon_traders_season_report_control", f"""
# Sitara Fruit Traders: Watermelon Season Report, 2025

*An invented firm of fruit traders in Mastung. All figures are invented.*

Sitara receives Afghan watermelons from growers around Gereshk, Musa Qala and Panjwai, which cross at Chaman, and sells them on to wholesalers.

Table 1. Afghan watermelons received, 2025

{MELON_PIPE}

**The season.** We received 540 trucks carrying 10,800 tonnes, against 480 trucks and 9,600 tonnes in 2024, a rise of 12.5 percent. The first trucks arrived in the second week of May and the last at the end of August.

**The peak.** June and July brought 7,800 tonnes between them, 72.2 percent of the season.

**Where it went.** Quetta took 40 percent of the fruit, Karachi 35 percent and the Punjab the remaining 25 percent.

**Growers.** We dealt with 45 Afghan growers, most of whom have sent us fruit for several seasons. They were paid within a week of each sale.
""", control_type="control")

add("watermelon_traders_grower_letter_loaders_reuse", """
# Letter to Our Afghan Growers

*Sitara Fruit Traders, Mastung, to growers around Gereshk, Musa Qala and Panjwai, October 2025. An invented letter; figures are invented.*

Dear friends,

**The season.** This was a good year. At the July peak 12 trucks a day reached our yard from Chaman, and almost all the fruit sold within two days of arriving.

**Unloading.** Our 12 loaders worked in two shifts through June and July, so that no truck waited more than a few hours in the heat. We thank them, and we thank your drivers for their patience.

**Quality.** Buyers in Karachi paid best for fruit of eight kilograms and more. Smaller fruit sold mostly in Quetta, at lower prices.

**Payment.** All growers were paid within a week of the sale. If you believe an account is wrong, write to us before the end of November.

**Next season.** Please tell us by April how many trucks you expect to send, so that we can plan the yard and hire loaders in good time.

With respect,

Sitara Fruit Traders
""", reuse(["At the July peak 12 trucks a day reached our yard", "Our 12 loaders"], 12, "trucks a day / loaders",
           "trucks a day reaching the yard at the July peak", "loaders working in the yard", 30,
           "The number of trucks a day at the July peak (12) is reused in the next paragraph as the number of "
           "loaders; the firm's market note gives 30 loaders."))

add("watermelon_traders_market_note_same_price", """
# Market Note: Watermelon Prices in Quetta

*Sitara Fruit Traders, Mastung (invented). For buyers and growers. Figures are invented.*

**Prices.** Wholesale prices for Gereshk watermelons in Quetta climbed from Rs 45 a kilogram in mid-June 2025 to Rs 45 a kilogram in mid-June 2025, as the first heavy trucks of the season arrived.

**Supply.** June brought 180 trucks, three times as many as May. Most came from Gereshk and Musa Qala; Panjwai fruit arrived later, in July. Trucks took about a day and a half from Gereshk to Chaman, and a few hours more to our yard.

**The yard.** Our 30 loaders worked in two shifts. Trucks were unloaded on the day they arrived, even at the peak.

**Buyers.** Quetta wholesalers took most of the smaller fruit, and Karachi buyers most of the large. Buyers from the Punjab came in July, when prices there rose after the local crop ended.

**Outlook.** Growers expect a similar crop next year if the canals hold enough water in spring. Prices at the start of the next season will depend on how early the first fruit ripens.
""", garbled(["climbed from Rs 45 a kilogram in mid-June 2025 to Rs 45 a kilogram in mid-June 2025"],
             "The price is said to have climbed, but the start and the end are the same value at the same time "
             "(Rs 45 a kilogram in mid-June 2025).",
             start_value=45, end_value=45, start_period="mid-June 2025", end_period="mid-June 2025",
             unit="Rs a kilogram", subject="wholesale price of Gereshk watermelons in Quetta",
             location="market note, 'Prices' paragraph"))

add("watermelon_traders_buyer_note_shares", """
# Note to Buyers: Where the 2025 Fruit Went

*Sitara Fruit Traders, Mastung (invented). Figures are invented.*

**The season.** We received 10,800 tonnes of Afghan watermelons in 2025, in 540 trucks from Chaman. June and July brought most of it.

**By market.** Of the season's fruit, Quetta took 40 percent, Karachi 45 percent and the Punjab 25 percent. Karachi buyers paid the most for large fruit, and Quetta took most of the small.

**Why it matters.** Buyers who plan to take more next year should tell us early, because fruit for Karachi must be loaded at night and travels for a day and a half.

**Quality.** Fruit that arrives cracked is sold at once in Mastung and Quetta and is not sent further. Buyers in Karachi will not be charged for cracked fruit found on arrival if they report it the same day.

**Contacts.** Orders for the new season can be placed from April, by telephone or in person at the yard. Buyers who paid on time this season will be served first.
""", arith(["Quetta took 40 percent, Karachi 45 percent and the Punjab 25 percent"],
           "The three markets that took the whole season's fruit add up to 110 percent (40 + 45 + 25). The "
           "season report gives Karachi 35 percent, which makes 100.",
           shares_pct={"Quetta": 40, "Karachi": 45, "the Punjab": 25}, sum_pct=110,
           unit="percent of watermelons received", period="2025",
           subject="Afghan watermelons received by market", location="note, 'By market' paragraph"))

add("watermelon_traders_season_review_total", f"""
# Season Review for the Partners, 2025

*Sitara Fruit Traders, Mastung (invented). Figures are invented.*

Table 1. Afghan watermelons received, 2025

{MELON_PIPE}

**In all.** The 2025 season brought us 540 trucks with 9,600 tonnes of Afghan watermelons, every one of them through Chaman.

**The peak.** July was the busiest month, with 210 trucks, and on the busiest days the yard was full by noon. August was quieter, with 90 trucks, as the season in the south came to an end.

**Growers.** We dealt with 45 growers. Two new growers from Panjwai sent fruit for the first time, and both have asked to send more next year.

**Costs.** Loaders' wages rose by a tenth. The partners may want to raise the commission on small fruit, which takes as long to handle as large fruit but sells for less.

**Next year.** We should hire loaders in April and repair the yard's shade before May.
""", tvt(["540 trucks with 9,600 tonnes of Afghan watermelons", line_of(MELON_PIPE, "| Total")],
        {"text_value": 9600, "table_value": 10800}, "tonnes",
        "Afghan watermelons received in the 2025 season", "2025",
        "'In all' paragraph against the total row of Table 1 (Tonnes column)",
        "The review says the 2025 season brought 9,600 tonnes; the total row of Table 1 gives 10,800 tonnes "
        "in the same 540 trucks. 9,600 tonnes is the 2024 season's total, given for 2025.",
        table_form="pipe, total row"))

# ---------------------------------------------------------------------------
# Sukoon Epilepsy Clinic, Kot Chandana (invented)
# ---------------------------------------------------------------------------

EPI_PIPE = """| Age | Female | Male | Total |
|---|---|---|---|
| Under 10 | 18 | 22 | 40 |
| 10–19 | 26 | 30 | 56 |
| 20 and over | 20 | 24 | 44 |
| Total | 64 | 76 | 140 |"""

add("epilepsy_clinic_annual_report_refugees_2021", """
# Sukoon Epilepsy Clinic: Annual Report, 2025

*An invented clinic in Kot Chandana, Mianwali. Figures are invented.*

**Who we are.** The clinic opened in 2019 and has treated people with epilepsy from the town and the Afghan refugee villages around it since 2021. A neurologist visits twice a month; two medical officers and three nurses run the clinic on other days.

**Background.** When our outreach began, Pakistan hosted some 1.25 million registered Afghan refugees, per the UNHCR year-end 2021 register, and Mianwali district had been home to refugee villages since the 1980s.

**The year.** We ended 2025 with 396 patients on regular treatment, up from 352 a year earlier. Of the 396, 250 come from Afghan refugee families.

**Results.** Of those on treatment for a year or more, 58 percent had no seizure in the last six months.

**Costs.** Medicine costs about Rs 900 a patient a month. We ask no fee from refugee families. The district health office supplies part of the medicine free, and gifts from local families pay for the rest.
""", citation(["some 1.25 million registered Afghan refugees, per the UNHCR year-end 2021 register"], 1250000,
              "2021", "'per the UNHCR year-end YEAR register' after a rounded figure in millions, in an epilepsy "
              "clinic's annual report", "annual report, 'Background' paragraph",
              "The report gives some 1.25 million registered Afghan refugees for the end of 2021, citing the "
              "UNHCR year-end register; the reference value for end-2021 is 1,490,562, so the figure is about "
              "16 percent too low.",
              stated_as_written="1.25 million", stated_hedge="some"))

add("epilepsy_clinic_fact_sheet_refugees_cited_control", """
# Sukoon Epilepsy Clinic: Fact Sheet

*An invented clinic in Kot Chandana, Mianwali. Figures are invented.*

**What we do.** We diagnose epilepsy, start patients on anti-seizure medicine and follow them up for as long as they need. Many of our patients are children. We also teach families what to do during a seizure: turn the person on the side, stay close and put nothing in the mouth.

**The refugee villages.** The year the clinic opened, Pakistan hosted 14,19,084 Afghans whom UNHCR registered at the end of 2019 as refugees. Three years later the register stood at 17,43,278 [UNHCR, 2022], a rise of about 3.2 lakh, or 22.8 percent.

**Our patients.** At the end of 2025, 396 people were on regular treatment with us, 250 of them from Afghan refugee families in 7 villages.

**Our team.** A visiting neurologist, two medical officers, three nurses and 12 community health workers who know every family on their rounds.

**Costs.** About Rs 900 of medicine keeps one patient on treatment for a month. Refugee families pay nothing.
""", control_type="citation_control")

add("epilepsy_clinic_newsletter_out_of_steam", """
# Newsletter, Winter 2025

*Sukoon Epilepsy Clinic, Kot Chandana (invented). Figures are invented.*

**Patients.** Registrations ran out of steam in 2025, the year ending with 396 patients on regular treatment against 352 at the end of 2024. Most of the newcomers were children brought by health workers from two villages we had not reached before.

**A new room.** Thanks to a gift from a family in Mianwali, the clinic now has a quiet room where a child who has had a seizure can rest with a parent. It has a mattress, a fan and a curtain across the door.

**Training.** Our community health workers spent two days learning how to keep a seizure diary with families who cannot read, using pictures instead of words.

**Medicine.** Supplies held all year. We thank the district health office for sending two deliveries early when the roads were flooded in August.

**Dates.** The neurologist's visits in the new year fall on the first and third Thursday of each month. Families should bring the seizure diary and all medicine boxes to every visit.
""", direction("Registrations ran out of steam in 2025, the year ending with 396 patients on regular treatment against 352 at the end of 2024",
               352, 396, "end-2024", "end-2025", "ran out of steam", "fall", "patients",
               "patients on regular treatment at the clinic", "newsletter, 'Patients' paragraph",
               "'Ran out of steam' says registrations faded, but the number of patients on regular treatment "
               "rose from 352 at the end of 2024 to 396 at the end of 2025, up 12.5 percent, and the next "
               "sentence speaks of newcomers."))

add("epilepsy_clinic_staff_note_women_girls", f"""
# Note for New Staff: Who Came to Us in 2025

*Sukoon Epilepsy Clinic, Kot Chandana (invented). Figures are invented.*

Table 1. New patients in 2025, by age and sex

{EPI_PIPE}

**Age.** Young people aged 10 to 19 were the largest group of new patients. Many of them had had seizures for years before anyone brought them to a doctor.

**Sex.** Among the 140 people we took on in 2025, females outnumbered males by 76 to 64. Girls and women are often brought later than boys, so ask mothers gently about the first seizure.

**Refugee families.** Most new patients came from the refugee villages. Health workers will introduce you to the families on your first rounds.

**First weeks.** New staff sit with a medical officer for two weeks before seeing patients alone. Keep a notebook of questions for the neurologist's visits.
""", tvt(["females outnumbered males by 76 to 64", line_of(EPI_PIPE, "| Total")],
        {"text_value": 76, "table_value": 64}, "patients", "female new patients in 2025", "2025",
        "'Sex' paragraph against the total row of Table 1 (Female column)",
        "The note says females outnumbered males by 76 to 64; the total row of Table 1 gives 64 female and "
        "76 male new patients. The two columns have been swapped, so the text has females outnumbering "
        "males where the table has the opposite.",
        table_form="pipe, total column and total row"))

add("epilepsy_clinic_appeal_health_workers_reuse", """
# Winter Appeal: Keep a Child on Treatment

*Sukoon Epilepsy Clinic, Kot Chandana (invented). Figures are invented.*

**Why we ask.** A child with untreated epilepsy may fall into a cooking fire, drop out of school or be hidden at home. With the right medicine most children stop having seizures. Most families cannot pay for the medicine themselves.

**Where we work.** We reach 7 refugee villages around Kot Chandana, as well as the town itself.

**How.** Our 7 community health workers walk from house to house, find children who have fits, explain that epilepsy is an illness and not a curse, and bring them to the clinic.

**What it costs.** About Rs 900 keeps one patient on medicine for a month, and Rs 10,800 pays for a full year. At the end of 2025, 396 people were on regular treatment with us.

**How to give.** Gifts can be made at the clinic or by bank transfer. Please write "winter appeal" with your gift so that we can thank you. A receipt will be sent for every gift.
""", reuse(["We reach 7 refugee villages", "Our 7 community health workers"], 7, "villages / health workers",
           "refugee villages the clinic reaches", "community health workers", 12,
           "The number of refugee villages (7) is reused in the next paragraph as the number of community "
           "health workers; the clinic's fact sheet gives 12 health workers."))

# ---------------------------------------------------------------------------
# Jugnu Table Tennis Club, Shabqadar (invented)
# ---------------------------------------------------------------------------

TT_PIPE = """| Year end | Girls | Boys | Total |
|---|---|---|---|
| 2023 | 12 | 18 | 30 |
| 2024 | 11 | 16 | 27 |
| 2025 | 15 | 21 | 36 |"""
TT_CHANGE = """| Year end | Members | Change (%) |
|---|---|---|
| 2021 | 16 | – |
| 2022 | 24 | +50.0 |
| 2023 | 30 | +25.0 |
| 2024 | 27 | \u221210.0 |
| 2025 | 36 | +25.0 |"""

add("table_tennis_club_season_report_control", f"""
# Jugnu Table Tennis Club: Season Report, 2025

*An invented club for Afghan refugee youth in Shabqadar. Figures are invented.*

Table 1. Members at the end of each year

{TT_PIPE}

**Members.** The club ended 2025 with 36 members, 9 more than a year earlier, a rise of 33.3 percent. The year before had gone the other way, from 30 to 27, when several families moved back to Afghanistan.

**Girls.** Fifteen of the 36 are girls, or 41.7 percent. They train on the same evenings as the boys, at their own two tables. A woman volunteer opens the hall for them.

**Results.** Our players won 8 medals at 3 tournaments in Peshawar, two of them golds in the under-15 singles.

**Training.** We train four evenings a week in a rented hall with four tables. Two coaches, both volunteers, share the sessions. Members pay no fee; sponsors cover the rent of the hall and the cost of balls and paddles.
""", control_type="control")

add("table_tennis_club_history_backwards_seasons", """
# A Short History of the Jugnu Table Tennis Club

*An invented club for Afghan refugee youth in Shabqadar. Figures are invented.*

**Beginnings.** The club began in 2021 with 16 members and two old tables in a school room, lent to us after classes by a teacher who had played for his college.

**Growing.** By the end of 2022 we had 24 members, and by the end of 2023, 30. Parents who had been wary of a mixed club came to watch and stayed to help.

**A hall of our own.** A Peshawar family business paid the rent of a hall from the 2023/24 season to the 2022/23 season, which let us set up four tables and train four evenings a week.

**Hard times.** In 2024 several families moved back to Afghanistan, and the club ended the year with 27 members.

**Today.** At the end of 2025 we had 36 members, 15 of them girls, and two volunteer coaches. Our players won 8 medals that year.
""", garbled(["from the 2023/24 season to the 2022/23 season"],
             "The rent is said to have been paid for a period that runs backwards, from the 2023/24 season to "
             "the 2022/23 season, a season earlier; the rent began with the 2023/24 season, so the end was "
             "presumably meant to be a later season.",
             stated_period_start="2023/24", stated_period_end="2022/23",
             subject="seasons for which the hall's rent was paid", location="history, 'A hall of our own' paragraph"))

add("table_tennis_club_parents_notice_nicaragua", """
# Notice to Players and Parents: Spring Tournament

*Jugnu Table Tennis Club, Shabqadar (invented). Figures are invented.*

**The tournament.** In March our players take part in the Pakistan–Nicaragua friendship tournament in Peshawar, where young Afghan refugee players meet Pakistani club sides over two days.

**Who plays.** The coaches will pick six girls and six boys after the trials on the last two Fridays of February. Every member may take part in the trials.

**Travel.** The club will hire a van. Players must be at the hall by seven in the morning on both days and will be brought back by evening.

**Kit.** Each player needs the club shirt, clean indoor shoes and a water bottle. The club will lend paddles to those who do not have their own.

**Permission.** Parents are asked to sign the form attached and return it to a coach by 20 February. No player can travel without it.

**Cost.** The tournament is free. The club pays for the van and for lunch on both days.
""", scope("the Pakistan–Nicaragua friendship tournament in Peshawar", "NIC", ["PAK", "NIC"],
           "Pakistan–Nicaragua friendship tournament",
           "The tournament pairs young Afghan refugee players with Pakistani club sides, so it is a "
           "Pakistan–Afghanistan friendship tournament; its name gives Nicaragua as the other side."))

add("table_tennis_club_sponsor_update_refugees_2024", """
# Update for Our Sponsors, January 2026

*Jugnu Table Tennis Club, Shabqadar (invented). Figures are invented.*

**Thank you.** Your support paid for the hall, two new tables and paddles for every member who could not buy one. Two of the new tables came from a sports shop in Peshawar at cost price.

**Members.** We ended 2025 with 36 members, up from 27 a year earlier. Fifteen are girls.

**Why it matters.** At the end of 2024 the country still hosted about 19.9 lakh registered Afghan refugees (UNHCR Operational Data Portal, end-2024), and many of their children have little to do after school. An evening at the club keeps them busy, fit and among friends.

**Results.** Our players won 8 medals at 3 tournaments in 2025.

**What we need.** The hall's rent rises in April. A gift of Rs 15,000 pays for a month, and Rs 4,000 buys a good paddle for a young player who is ready for one.

**Visit us.** Sponsors are welcome on any training evening. We play from five until eight.
""", citation(["about 19.9 lakh registered Afghan refugees (UNHCR Operational Data Portal, end-2024)"], 1990000,
              "2024", "'(UNHCR Operational Data Portal, end-YEAR)' after a figure in lakh, in a table tennis "
              "club's update to sponsors", "update, 'Why it matters' paragraph",
              "The update gives about 19.9 lakh (1.99 million) registered Afghan refugees at the end of 2024, "
              "citing UNHCR's portal; the reference value for end-2024 is 1,559,964, so the figure is about 28 "
              "percent too high (it is close to the end-2023 value).",
              stated_as_written="19.9 lakh", stated_hedge="about"))

add("table_tennis_club_meeting_minutes_change_column", f"""
# Minutes of the Annual Meeting, December 2025

*Jugnu Table Tennis Club, Shabqadar (invented). Figures are invented.*

**Present.** The two coaches, eleven parents and nine senior players. The meeting opened at six in the evening in the club hall.

**Membership.** The secretary presented the table below and said that the club had grown again after a difficult 2024.

Table 1. Members at the end of each year

{TT_CHANGE}

**Girls' evenings.** A mother asked whether the girls could have a third evening of their own. The coaches agreed to try it from February if a woman volunteer can be found to open the hall.

**Paddles.** The meeting agreed that the club should buy six more paddles before the spring tournament.

**Fees.** It was agreed that there would still be no fee for members. Sponsors will be asked to cover the higher rent from April.

**Next meeting.** The next meeting will be held in June.
""", arith([line_of(TT_CHANGE, "| 2025")],
           "From 27 members at the end of 2024 to 36 at the end of 2025 is a rise of 33.3 percent, not the 25.0 "
           "in the Change column (the 2023 row's figure repeated); the other rows of the column are right.",
           **{"from": 27, "to": 36, "from_period": "end-2024", "to_period": "end-2025",
              "stated_change_pct": 25.0, "computed_change_pct": 33.33, "unit": "members",
              "subject": "members of the club", "location": "minutes, Table 1, 2025 row, Change column",
              "table_form": "pipe, percent change column with a dash in the first row"}))

# ---------------------------------------------------------------------------
# Kitab Gari mobile library (invented)
# ---------------------------------------------------------------------------

add("mobile_library_donor_report_refugees_cited_control", """
# Kitab Gari: Report to Donors, 2025

*An invented mobile library for Afghan refugee children around Akora Khattak, Jehangira and Pabbi. Figures are invented.*

**The bus.** Our bus carries 2,400 books in Pashto, Dari and Urdu to 9 refugee villages, each of them every two weeks. A driver and two librarians run it.

**Lending.** We lent 10,200 books in 2025, up from 8,500 in 2024, a rise of 20.0 percent. At the end of the year 620 children held a card, 340 of them girls.

**The wider picture.** At the end of 2020 about 1.44 million Afghans were registered as refugees in Pakistan (1); by the end of 2023 the figure was nearly 2 million (2). Many of the children we serve were born here and have never seen Afghanistan.

**Costs.** Fuel costs about Rs 45,000 a month. Donors' gifts pay for fuel, the librarians' wages and about three hundred new books a year.

References

1. UNHCR, Pakistan: registered Afghan refugees, year-end figures for 2020.
2. UNHCR, Pakistan: registered Afghan refugees, year-end figures for 2023.
""", control_type="citation_control")

add("mobile_library_newsletter_haiti_returns", """
# Kitab Gari Newsletter, Winter 2025

*An invented mobile library for Afghan refugee children. Figures are invented.*

**Goodbyes.** Eleven families on the Pabbi round went home to Haiti in the autumn, crossing at Torkham with what they could carry. Their children returned their books before they left, and one girl left us a drawing of the bus.

**New readers.** Even so, 620 children held a card at the end of the year. The librarians have started a story hour for the youngest, who cannot yet read.

**A visitor.** A librarian from Haiti, on a course in Islamabad, rode with the bus for a day in November and read to the children in French, which they found very funny.

**Books wanted.** We need more picture books in Pashto and Dari. Books in good condition can be left at the bus on any stop.

**The bus.** The bus had new tyres fitted in October and is ready for the winter roads. The driver has fitted chains for the days when the road to the furthest village turns to mud.
""", scope("went home to Haiti in the autumn, crossing at Torkham", "HTI", ["PAK", "HTI"], "went home to Haiti",
           "The families are Afghan refugees who returned home across Torkham, the crossing into Afghanistan; "
           "the newsletter says they went home to Haiti, putting Haiti in Afghanistan's place.",
           not_a_defect="A librarian from Haiti, on a course in Islamabad, rode with the bus for a day in November"))

add("mobile_library_appeal_refugees_2022", """
# Appeal: A Book for Every Child

*Kitab Gari, an invented mobile library for Afghan refugee children. Figures are invented.*

**Why books.** Many Afghan children here go to school for only a few years, and few homes have any books at all. A book that can be taken home and kept for two weeks changes that.

**How many children.** At the end of 2022, as reported by the UN refugee agency, 15,59,964 Afghans were registered as refugees in Pakistan, and a large share of them were children. That was the year our bus first went out.

**What we do.** The bus visits 9 villages every two weeks. In 2025 it lent 10,200 books. Two librarians ride with the bus and help the children choose.

**What a gift does.** Rs 1,500 buys three new picture books; Rs 45,000 keeps the bus on the road for a month.

**How to give.** Gifts can be made by bank transfer or handed to the librarians at any stop. Please write "books" with your gift.
""", citation(["At the end of 2022, as reported by the UN refugee agency, 15,59,964 Afghans were registered as refugees in Pakistan"],
              1559964, "2022", "'YEAR, as reported by the UN refugee agency' before a figure written in full with "
              "lakh grouping, in a mobile library's appeal", "appeal, 'How many children' paragraph",
              "The appeal gives 15,59,964 (1,559,964) registered Afghan refugees for the end of 2022, citing the "
              "UN refugee agency; that is exactly the end-2024 reference value, while the end-2022 value is "
              "1,743,278 (about 10.5 percent higher).",
              same_as_year="2024", stated_as_written="15,59,964"))

add("mobile_library_volunteer_note_returns_twice", """
# Note for Volunteers

*Kitab Gari, an invented mobile library for Afghan refugee children. Figures are invented.*

**Your day.** The bus leaves the depot at eight and visits three villages a day. Volunteers ride with the librarians and help at the stops.

**Lending.** Each child may take two books. A book lent today comes back on the bus's next visit, two weeks later. A book lent today comes back on the bus's next visit, two weeks later. Write the date in the child's card and in the ledger.

**Lost books.** If a book is lost, do not scold the child. Note it in the ledger; the librarians will talk to the family.

**Story hour.** At each stop one volunteer reads aloud to the children too young for a card. Choose short books with big pictures.

**Girls.** In some villages girls come only if a woman is at the stop. Women volunteers are asked to take those days when they can.

**Safety.** Stay with the bus and never walk a child home alone.
""", repeated("A book lent today comes back on the bus's next visit, two weeks later.", 2,
              "return of books lent from the bus", "note, 'Lending' paragraph",
              "The second sentence of the 'Lending' paragraph is repeated word for word straight after itself."))

add("mobile_library_annual_summary_caption", """
# Kitab Gari: The Year in Brief, 2025

*An invented mobile library for Afghan refugee children. Figures are invented.*

*Picture: children at the Jehangira stop. In 2025 the bus lent 12,000 books.*

**Lending.** We lent 10,200 books in 2025, 20.0 percent more than the 8,500 of 2024. The first half of the year brought 4,600 loans and the second half 5,600, when schools were open and the weather was kind.

**Readers.** At the end of the year 620 children held a card, 340 of them girls. Nearly every card holder borrowed at least once a month.

**Villages.** The bus visits 9 villages around Akora Khattak, Jehangira and Pabbi, each every two weeks. One stop was moved in the spring to stand closer to a girls' school.

**Books.** We have 2,400 books in Pashto, Dari and Urdu. The favourites are still the animal stories. Worn books are mended by volunteers on Saturdays.

**Thanks.** We thank the families who lent us their courtyards as stops in the rain, and the mechanic in Akora Khattak who keeps the bus running for the price of the parts.
""", tvt(["In 2025 the bus lent 12,000 books", "We lent 10,200 books in 2025"],
        {"caption_value": 12000, "text_value": 10200}, "books lent",
        "books lent by the mobile library", "2025",
        "photo caption against the 'Lending' paragraph (text against text, no table)",
        "The caption under the photo says the bus lent 12,000 books in 2025; the 'Lending' paragraph of the "
        "same summary gives 10,200, with half-year figures (4,600 and 5,600) that add up to 10,200."))

# ---------------------------------------------------------------------------
# Zeenat Beautician Training Centre, Batkhela (invented)
# ---------------------------------------------------------------------------

BEAUTY_PIPE = """| Year | Intake | Finished | In work |
|---|---|---|---|
| 2023 | 30 | 27 | 16 |
| 2024 | 42 | 38 | 26 |
| 2025 | 48 | 44 | 33 |"""

add("beautician_centre_proposal_refugees_2020", """
# Proposal: Beautician Training for Young Afghan Women

*Zeenat Beautician Training Centre, Batkhela (invented). A proposal to a women's fund. Figures are invented.*

**Background.** In 2020, when the centre was first planned, Pakistan hosted roughly 17 lakh registered Afghan refugees a/, and few of the young women among them had any way to earn. Work in a salon, or from home, is one of the few trades their families accept. Many of these families have lived here since the 1980s.

**The course.** Six months of hair, threading, mehndi and make-up, taught by three instructors. Classes run five mornings a week, so that women can be home by the afternoon. Each woman who finishes receives a kit worth Rs 12,000.

**Results so far.** In 2025, 48 women joined and 44 finished; 33 were in work within three months.

**What we ask.** Funds for one more class of 24 women in 2026, with kits and a small allowance for travel. We will report to the fund after six months and at the end of the course.

Notes

a/ UNHCR, registered Afghan refugees in Pakistan, end of 2020.
""", citation(["roughly 17 lakh registered Afghan refugees a/", "a/ UNHCR, registered Afghan refugees in Pakistan, end of 2020"],
              1700000, "2020", "lettered note 'a/ UNHCR, …, end of YEAR' below the text, its mark after a figure "
              "in lakh, in a beautician training centre's proposal", "proposal, 'Background' paragraph and note a/",
              "The proposal gives roughly 17 lakh (1.7 million) registered Afghan refugees for 2020, citing UNHCR "
              "in note a/; the reference value for end-2020 is 1,438,432, so the figure is about 18 percent too "
              "high.",
              stated_as_written="17 lakh", stated_hedge="roughly"))

add("beautician_centre_annual_review_catapulted", """
# Annual Review, 2025

*Zeenat Beautician Training Centre, Batkhela (invented). Figures are invented.*

**Applications.** Applications catapulted in 2025 to 130, from 160 the year before. Many families who might have sent a daughter had gone back to Afghanistan, and others moved to Peshawar.

**Intake.** Even so we took in 48 young women, 6 more than in 2024, because we could offer more places with a third instructor. She teaches make-up and has her own salon in Chakdara.

**Results.** Of the 44 who finished, 33 were working within three months, in a salon or from home: 75.0 percent, against 68.4 percent in 2024.

**Partners.** Our partner salons in Batkhela and Chakdara took eleven of our graduates, and several more found work doing mehndi for weddings. One graduate has opened a small salon of her own.

**Next year.** We plan to add a short course in bookkeeping, so that women who work from home can keep track of what they earn. A bookkeeper from Batkhela has offered to teach it without charge.
""", direction("Applications catapulted in 2025 to 130, from 160 the year before",
               160, 130, "2024", "2025", "catapulted", "rise", "applications",
               "applications to the centre's course", "review, 'Applications' paragraph",
               "'Catapulted' says applications shot up, but they fell from 160 in 2024 to 130 in 2025, down 18.75 "
               "percent, and the next sentence gives reasons for the fall.",
               period_as_written="the year before"))

add("beautician_centre_salon_letter_eighteen_reuse", """
# Letter to Partner Salons

*Zeenat Beautician Training Centre, Batkhela, to its partner salons, January 2026. An invented letter; figures are invented.*

Dear friends,

**Thank you.** We now work with eighteen partner salons in Batkhela and Chakdara, and each of you has taken at least one of our graduates for a month's practice.

**This year's class.** In 2025, eighteen young women finished the course, all of them trained in hair, threading, mehndi and make-up. Their names and skills are on the enclosed sheet.

**What we ask.** Please take one or two of them for a month of practice from February. They will not be paid by you; the centre pays a small travel allowance.

**What we offer.** Our instructors will visit each salon once during the month and are happy to answer questions. Salon owners are also welcome to visit the centre and watch a class on any weekday.

**Feedback.** Tell us what our graduates still need to learn. Last year's comments led us to add more practice with cutting children's hair.

With thanks,

Zeenat Beautician Training Centre
""", reuse(["work with eighteen partner salons", "eighteen young women finished the course"], 18,
           "salons / graduates", "partner salons the centre works with",
           "young women who finished the course in 2025", 44,
           "The number of partner salons (eighteen) is reused in the next paragraph as the number of women who "
           "finished the course in 2025; the centre's proposal and review give 44.",
           value_as_written="eighteen"))

add("beautician_centre_funding_note_trebled", """
# Note on Funding, 2026

*Zeenat Beautician Training Centre, Batkhela (invented). For the centre's committee. Figures are invented.*

**Where we stand.** The centre has taken in 30 women in 2023, 42 in 2024 and 48 in 2025. The number of our graduates in work trebled between 2023 and 2025, from 16 to 33.

**The fund.** The women's fund that has paid for the courses will give one more grant, for 2026, and then expects us to find other support. Its grants have paid for instructors, kits and the rent of two rooms.

**Costs.** One class of 24 women costs about Rs 1.9 million for six months, including kits at Rs 12,000 each and a travel allowance.

**Options.** The committee could ask partner salons for a small fee for each graduate they take, charge a token fee to women who can pay, or apply to the provincial skills fund, which opens in April.

**Recommendation.** Apply to the provincial fund, and ask salons for a fee of Rs 2,000 a graduate from 2026.
""", arith(["The number of our graduates in work trebled between 2023 and 2025, from 16 to 33"],
           "A rise from 16 to 33 graduates in work is a rise of about 106 percent, a little over double, not a "
           "trebling (which would mean 48).",
           **{"from": 16, "to": 33, "from_period": "2023", "to_period": "2025", "stated_fold": 3,
              "stated_change_pct": 200, "computed_change_pct": 106.25, "unit": "graduates in work",
              "subject": "graduates of the centre in work within three months",
              "location": "note, 'Where we stand' paragraph", "as_written": {"stated_fold": "trebled"}}))

add("beautician_centre_trust_summary_in_work", f"""
# Summary for the Trust, 2025

*Zeenat Beautician Training Centre, Batkhela (invented). Figures are invented.*

Table 1. Intake and results by year

{BEAUTY_PIPE}

**Intake.** Forty-eight young Afghan refugee women joined the course in 2025, six more than in 2024. Applications fell, from 160 to 130, as some families left for Afghanistan.

**Work.** In 2025, 44 of our graduates were working in a salon or from home within three months of finishing. Most of those working from home do threading and mehndi for neighbours and weddings.

**Instructors.** A third instructor joined in January and teaches make-up.

**The kit.** Each woman who finishes receives a kit worth Rs 12,000, which she keeps. The kits are bought in Peshawar. Each holds scissors, combs, a hair dryer, threading cotton and mehndi cones.

**Thanks.** We thank the trust for its support since our first intake, and for the visit of its chair in October. Her advice on finding salons for our graduates has already helped.
""", tvt(["In 2025, 44 of our graduates were working", line_of(BEAUTY_PIPE, "| 2025")],
        {"text_value": 44, "table_value": 33}, "women", "graduates in work within three months", "2025",
        "'Work' paragraph against the 2025 row of Table 1 (In work column)",
        "The summary says 44 graduates were in work within three months in 2025; the 2025 row of Table 1 gives "
        "33 in work. 44 is the number who finished the course, read from the column next to it.",
        table_form="pipe, three value columns, no total row"))

# ---------------------------------------------------------------------------
# Raunaq Cookstove Project (invented)
# ---------------------------------------------------------------------------

add("cookstove_project_appeal_refugees_2019", """
# Appeal: Clean Air in the Kitchen

*Raunaq Cookstove Project, an invented project in Afghan refugee villages around Isakhel and Kalabagh. Figures are invented.*

**The problem.** In most refugee homes here, meals are cooked on an open fire on the floor of a closed room. Women and small children breathe the smoke for hours a day.

**Who lives here.** Families in these villages have been in Pakistan for two generations. In December 2019 the country was home to about 17.4 lakh registered Afghan refugees (UNHCR Dec 2019), and many of their homes still cook this way.

**What we build.** A clay chulha with a metal chimney that takes the smoke outside and burns about 3 kilograms less firewood a day. Women from the villages build them.

**So far.** We have built 1,570 stoves since 2023.

**What a gift does.** Rs 2,500 pays for one stove, clay, bricks and chimney included.

**How to give.** Gifts can be made by bank transfer; please write "chulha" with your gift.
""", citation(["about 17.4 lakh registered Afghan refugees (UNHCR Dec 2019)"], 1740000, "2019",
              "'(UNHCR Mon YEAR)' without a comma after a figure in lakh, in a cookstove project's appeal",
              "appeal, 'Who lives here' paragraph",
              "The appeal gives about 17.4 lakh (1.74 million) registered Afghan refugees for December 2019, "
              "citing UNHCR; the reference value for end-2019 is 1,419,084, so the figure is about 23 percent too "
              "high (it is close to the end-2022 value).",
              stated_as_written="17.4 lakh", stated_hedge="about"))

add("cookstove_project_history_refugees_2023", """
# How the Raunaq Cookstove Project Began

*An invented project in Afghan refugee villages around Isakhel and Kalabagh. Figures are invented.*

**The idea.** In 2022 a nurse from Kalabagh noticed how many children in the refugee villages came to her with coughs that never cleared. Most of their mothers cooked over open fires indoors. She asked a potter whether a better stove could be made from local clay.

**The first stoves.** In 2023 two women from the villages learned to build clay chulhas with chimneys from a potter in Isakhel. They built 420 that year.

**A hard year for the villages.** By the UN refugee agency's figure for December 2023, about 1.7 million Afghans were registered as refugees in Pakistan, and the villages lived in fear of being sent back. Some families left; most stayed.

**Growing.** In 2024 the builders, now 16 women, put up 610 stoves, and in 2025 another 540.

**Today.** The stoves stand in 6 villages. Each stove costs about Rs 2,500. The two women who built the first stoves now train new builders.
""", citation(["By the UN refugee agency's figure for December 2023, about 1.7 million Afghans were registered as refugees in Pakistan"],
              1700000, "2023", "'the UN refugee agency's figure for MONTH YEAR' before a rounded figure in "
              "millions, in a cookstove project's short history", "history, 'A hard year for the villages' paragraph",
              "The history gives about 1.7 million registered Afghan refugees for December 2023, citing the UN "
              "refugee agency; the reference value for end-2023 is 1,987,717, so the figure is about 14 percent "
              "too low.",
              stated_as_written="1.7 million", stated_hedge="about"))

add("cookstove_project_fact_sheet_refugees_cited_control", """
# Raunaq Cookstove Project: Fact Sheet

*An invented project in Afghan refugee villages around Isakhel and Kalabagh. Figures are invented.*

**What we build.** Clay chulhas with a metal chimney, built in the home by women from the villages. Each stove costs about Rs 2,500 and saves about 3 kilograms of firewood a day.

**How many.** 420 stoves in 2023, 610 in 2024 and 540 in 2025: 1,570 in all, in 6 villages.

**Who builds them.** 16 women builders, each paid for every stove she finishes. Two of them trained the rest.

**The families.** Afghan refugees have lived in this district since the 1980s. Pakistan's register counted 14.9 lakh of them at the end of 2021 (UNHCR Refugee Data Finder, 2021) and 15.6 lakh at the end of 2024 (UNHCR Refugee Data Finder, 2024), a rise of about 69,000, or 4.7 percent, over three years.

**Why it matters.** Less smoke means fewer coughs and eye infections, and less firewood means fewer hours spent gathering it. Families say their cooking pots are cleaner too.
""", control_type="citation_control")

add("cookstove_project_builders_note_forged_ahead", """
# Note for Our Builders

*Raunaq Cookstove Project (invented). Read aloud at the builders' meeting, January 2026. Figures are invented.*

**Last year.** Building forged ahead in 2025 with 540 stoves, after 610 in 2024. Clay was scarce after the summer floods, and for six weeks no one could dig by the river.

**This year.** We hope to build at least as many as in 2024. The potter in Isakhel has promised clay from a new pit, and two more women have asked to learn the work.

**Pay.** Each builder is still paid for every stove she finishes, once the chimney is fixed and the family has cooked on it for a week.

**Checks.** The supervisor will visit every new stove within a month. Stoves with cracked chimneys are to be repaired free. Families should be shown how to clean the chimney.

**Families.** Please remind families not to burn plastic in the chulha; it blocks the chimney.

**Thanks.** Thank you all for a year of hard work in difficult conditions.
""", direction("Building forged ahead in 2025 with 540 stoves, after 610 in 2024", 610, 540, "2024", "2025",
               "forged ahead", "rise", "stoves", "cookstoves built by the project",
               "note, 'Last year' paragraph",
               "'Forged ahead' says building went on growing, but it fell from 610 stoves in 2024 to 540 in 2025, "
               "down 11.5 percent, and the next sentence explains the shortfall."))

add("cookstove_project_newsletter_villages_reuse", """
# Raunaq Newsletter, Spring 2026

*An invented cookstove project in Afghan refugee villages. Figures are invented.*

**Builders.** Our 16 women builders met in January to plan the year. Two of them have now built more than two hundred stoves each.

**Where.** Our stoves now stand in 16 villages around Isakhel and Kalabagh, and families in villages we have not yet reached have begun to ask for them.

**Clay.** The potter in Isakhel has opened a new clay pit away from the river, so the floods should not stop the work again. It is a longer walk, so the project has hired a donkey cart to bring the clay.

**Health.** A nurse who visits the villages says that fewer children come to her with coughs in homes that have a chulha. She has offered to count the coughs she sees, so that homes with and without a stove can be compared.

**Visitors.** Supporters are welcome to visit a village with a builder. Please give us a week's notice.

**Thanks.** Every stove costs about Rs 2,500. Thank you to everyone who paid for one.
""", reuse(["Our 16 women builders", "stoves now stand in 16 villages"], 16, "builders / villages",
           "women builders", "villages where the project's stoves stand", 6,
           "The number of women builders (16) is reused in the next paragraph as the number of villages; the "
           "project's fact sheet and history give 6 villages."))
