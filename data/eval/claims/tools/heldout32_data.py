# Thirty-second held-out set of synthetic documents ("heldout32").  Written
# from scratch after heldout31/, by a labeller session that had not opened
# dyad's implementation or history and had not seen any of its results.
# Every entry: name (topic slug, numbered later by build_heldout32.py), text,
# labels (list of defect dicts), control_type for controls.
# Registers not used before: a goat hair traders' association buying Afghan
# hair for tent, rope and carpet warp makers (with the annual trade series,
# 2020-2023 rows and the 2022 balance); a weighing scale workshop selling to
# Afghan dealers; a handcart workshop selling to Afghan dealers; a bookshop
# selling Dari and Pashto books to Afghan readers; a pottery selling water
# coolers, cooking pots and tandoors to shops in Kandahar; a burns unit; a
# refugee youth archery club; a barbers' school for young Afghan refugee
# men; a quail project for Afghan refugee women; and a sunflower project with
# Afghan refugee farming families.
#
# Invented figures shared with earlier sets: annual trade series (README:
# exports 1,290 / 942 / 828 / 936 / 1,012 / 884 and imports 441 / 509 / 552 /
# 741 / 690 / 540 for 2019-2024, balances 849 / 433 / 276 / 195 / 322 / 344,
# totals 1,731 / 1,451 / 1,380 / 1,677 / 1,702 / 1,424); reference refugee
# series (1,419,084 / 1,438,432 / 1,490,562 / 1,743,278 / 1,987,717 /
# 1,559,964 for 2019-2024).
#
# New invented figures, consistent with the above:
#   Gulbahar Goat Hair Traders' Association, Gulbahar, Peshawar (invented, 18
#     member firms, 6 of them buying from Afghan middlemen in Khogyani,
#     Chaparhar and Momand Dara and from traders near Kandahar): Afghan goat
#     hair bought, kilograms: 2021 50,000, 2022 56,000 (+12.0 percent), 2023
#     70,000 (+25.0), 2024 63,000 (-10.0), 2025 75,600 (+12,600, +20.0);
#     2024 by crossing Torkham 45,360, Chaman 17,640; 2025 by crossing
#     Torkham 52,920 (70.0 percent), Chaman 22,680 (30.0); spring shearing
#     37,800 in 2024 and 44,100 in 2025, autumn clip 25,200 and 31,500; Rs 350
#     a kilogram in 2024, about Rs 400 in 2025 (some Rs 30.2 million); bales
#     of 45 kilograms; outlook for 2026 72,000 to 82,000 kilograms, middlemen
#     asking Rs 440; a brush maker in Wales buys a few bales by sea.
#   Tarazu Scale Works, Shahdara, Lahore (invented, beam balances since 1987,
#     platform scales since 2005): scales sold to 9 Afghan dealers (Kabul's
#     Pul-e-Khishti and Shor Bazaar, Pul-e-Alam, Qarabagh): 2021 270, 2022
#     450, 2023 640, 2024 720, 2025 810; by kind 2024 / 2025: beam balance
#     400 / 380 (-5.0), platform scale 200 / 250 (+25.0), hanging scale 120 /
#     180 (+50.0), total 720 / 810 (+12.5); 2025 prices Rs 6,500 / Rs 28,000
#     / Rs 3,500 (Rs 10.1 million); 11 workers, 3 of them Afghan; platform
#     scales take up to 300 kilograms; a shopkeeper from Trinidad ordered two.
#   Kahkashan Handcart Works, Peepal Mandi, Peshawar (invented): handcarts
#     sold to Afghan dealers (Jalalabad; Kabul's Karte Char and Taimani): 2023
#     300, 2024 360 (H1 160, H2 200), 2025 420 (H1 190, H2 230); 2025 by city
#     Jalalabad 252 (60 percent), Kabul 168 (40); Rs 34,000 a cart in 2024
#     and Rs 38,000 in 2025 (nearly Rs 16 million); 35 carts a month in 2025;
#     two 24-inch wheels a cart; 8 welders and carpenters, 2 of them Afghan;
#     40 melon carts ordered before the 2025 melon season (30 before 2024's);
#     42 carts in the last consignment to the Jalalabad dealer.
#   Warraq Bookshop, Tehkal, Peshawar (invented): books sold by language 2024
#     / 2025: Dari 2,880 / 3,150 (+9.4), Pashto 1,980 / 2,520 (+27.3), Urdu and
#     English 540 / 630 (+16.7), total 5,400 / 6,300 (+16.7); 2023 4,800;
#     orders by post 600 in 2024 and 420 in 2025; some 780 customers a month
#     in 2025; publishers in Kabul's Karte Seh and Macroyan; a Pashto-English
#     dictionary of 640 pages; 4 staff, 2 of them Afghan.
#   Nigar Pottery, Kalat (invented): pieces sold to Afghan shops in Kandahar
#     and Shah Wali Kot: 2023 5,000, 2024 6,000, 2025 7,200 (water coolers
#     3,600, cooking pots 2,400, tandoors 1,200); Pakistani shops 2025: 2,500 /
#     1,700 / 600 (4,800); all shops 12,000; breakage 300 in 2024, 180 in
#     2025; a firing lasts 18 hours; 14 potters, 6 of them Afghan; an agent in
#     Kandahar; 40 water coolers to a cafe in Macau by sea.
#   Shabnam Burns Unit, Kasi Road, Quetta (invented): admissions / children
#     under 12 / Afghan refugee patients: 2023 160 / 70 / 48, 2024 190 / 86 /
#     61, 2025 212 / 98 / 74; 16 beds, 2 surgeons, 9 nurses; 57 grafts in 2025;
#     dressings changed every 48 hours; pressure garments from volunteers in
#     Northern Ireland; dressings from a charity in Barbados.
#   Teer Archery Club, Orangi, Karachi (invented, refugee youth, founded
#     2022 with ten boys): members at year end 2022 14, 2023 22, 2024 31, 2025
#     38 (24 boys, 14 girls); a college ground in Baldia; juniors at 18 metres,
#     seniors at 30; five medals at a tournament in Hyderabad in 2025; quivers
#     of a dozen arrows; 2 volunteer coaches; target faces from Gibraltar.
#   Qainchi Barbers' School, Tarnol, Islamabad (invented, young Afghan refugee
#     men): trainees enrolled / finished: 2023 30 / 24, 2024 40 / 33, 2025 48 /
#     42; 30 of the 42 of 2025 in salons; a kit Rs 9,000 in 2024 and Rs 7,500 in
#     2025; 50 trainees expected in 2026; 2 master barbers; 8 chairs, 4 of them
#     given by a salon owner.
#   Batair Quail Project, Afghan refugee villages of Kacha Garhi, Naguman and
#     Mattani (invented, begun 2023): women keeping quail 2023 32, 2024 64,
#     2025 90 (Kacha Garhi 40, Naguman 30, Mattani 20); eggs sold 2023 84,000,
#     2024 240,000, 2025 360,000 (by quarter 70,000, 100,000, 110,000,
#     80,000); Rs 9 an egg in 2024 and Rs 12 in 2025 (about Rs 4.3 million); 25
#     laying birds a cage; an egg weighs about 10 grams; birds from a
#     hatchery in Rawalpindi; 60 women waiting, Rs 14,000 a cage.
#   Surajmukhi Sunflower Project, Afghan refugee tenant families in Muhammad
#     Khel and Khairabad (invented, begun 2022): families / seed harvested
#     (tonnes): 2022 20 / 8, 2023 45 / 19, 2024 70 / 30, 2025 96 / 42; 120
#     acres in 2025; about a third of the seed's weight pressed as oil at
#     Khairabad; sowing seed from a dealer in Mir Bacha Kot.

HELDOUT32 = []
from heldout_labels import (  # noqa: F401
    PAIR, REFS, adder, arith, change_pct, citation, direction, garbled, line_of, parts_total, pdf_lines, scope, tvt,
    repeated, reuse,
)

add = adder(HELDOUT32)


# ---------------------------------------------------------------------------
# Gulbahar Goat Hair Traders' Association (invented): Afghan goat hair
# ---------------------------------------------------------------------------

GOAT_YEARS = """| Year | Kilograms | Change (%) |
|---|---|---|
| 2021 | 50,000 | – |
| 2022 | 56,000 | +12.0 |
| 2023 | 70,000 | +25.0 |
| 2024 | 63,000 | −10.0 |
| 2025 | 75,600 | +20.0 |"""
TRADE_PDF = pdf_lines([
    ["Year", "Exports", "Imports", "Total trade", "Balance"],
    ["2020", "942", "509", "1,451", "433"],
    ["2021", "828", "552", "1,380", "276"],
    ["2022", "936", "741", "1,677", "195"],
    ["2023", "1,012", "690", "1,702", "322"],
])
GOAT_CROSSINGS = """| Crossing | Kilograms | Share (%) |
|---|---|---|
| Torkham | 52,920 | 70.0 |
| Chaman | 22,680 | 30.0 |
| Total | 75,600 | 100.0 |"""

add("goat_hair_traders_fact_sheet_control", f"""
# Gulbahar Goat Hair Traders' Association: Fact Sheet 2025

*An invented association in Gulbahar, Peshawar; every figure below is invented.*

Black goat hair is coarse, strong and sheds rain, so tent makers and rope makers still ask for it. Our 18 member firms wash, sort and bale it for buyers in Punjab and Sindh. Six of them buy from Afghan middlemen in Khogyani, Chaparhar and Momand Dara, and from traders near Kandahar.

Table 1. Afghan goat hair bought by members

{GOAT_YEARS}

Table 2. Pakistan–Afghanistan trade, US$ million

{TRADE_PDF}

- **2025.** Members bought a fifth more hair than in 2024, or 12,600 kilograms more.
- **Routes.** Seven-tenths of it came through Torkham and three-tenths through Chaman.
- **Price.** At about Rs 400 a kilogram, the year's hair cost some Rs 30.2 million.
- **Abroad.** A brush maker in Wales buys a few bales of the finest hair each year, shipped by sea from Karachi.
- **Background.** Pakistan's exports to Afghanistan cooled off between 2023 and 2024, from US$ 1,012 million to US$ 884 million.
""", control_type="control")

add("goat_hair_traders_bank_circular_surplus", """
# Circular 4/2025: Figures for Members' Banks

*Gulbahar Goat Hair Traders' Association (invented). Figures are invented.*

Banks that lend against members' stock have asked for a short note of figures to keep on file. Members may pass this circular on unchanged.

**Our trade.** Members bought 75,600 kilograms of goat hair from Afghan middlemen in 2025, at about Rs 400 a kilogram. Middlemen are paid through licensed exchange companies, and every payment is settled in rupees.

**The wider trade.** In 2022 Pakistan sold goods worth US$ 936 million to Afghanistan and bought goods worth US$ 741 million from it, leaving a surplus of US$ 259 million in Pakistan's favour. The surplus has stayed on Pakistan's side in every year since.

**Stock.** Hair keeps well as long as it is dry. Members hold bales for up to a year in their godowns, and a lending bank may inspect them at a day's notice.

**Risk.** Torkham and Chaman have both been closed without warning since 2021, once for several weeks. Members keep enough hair in store to supply their buyers through a closure of a month.

**Contact.** The secretary at the Gulbahar office will answer a bank's questions within a week.
""", arith(
    ["In 2022 Pakistan sold goods worth US$ 936 million to Afghanistan and bought goods worth US$ 741 million "
     "from it, leaving a surplus of US$ 259 million in Pakistan's favour"],
    "The circular gives Pakistan's 2022 surplus with Afghanistan as US$ 259 million, but exports of US$ 936 "
    "million less imports of US$ 741 million leave 195, the balance in the shared trade series.",
    **{"exports": 936, "imports": 741, "computed_balance": 195, "stated_balance": 259, "unit": "USD million",
       "period": "2022", "subject": "Pakistan's trade balance with Afghanistan",
       "location": "circular, 'The wider trade' paragraph",
       "as_written": {"exports": "US$ 936 million", "imports": "US$ 741 million",
                      "stated_balance": "US$ 259 million"}}))

add("goat_hair_traders_bulletin_torkham_figure", f"""
# Members' Bulletin: The Crossings in 2025

*Gulbahar Goat Hair Traders' Association (invented). Figures are invented.*

Most goat hair reaches us after the spring shearing in April and May, and again after the autumn clip. The crossings matter to members most in those months.

Table 1. Afghan goat hair bought by members in 2025, by crossing

{GOAT_CROSSINGS}

**Torkham.** Hair from Khogyani, Chaparhar and Momand Dara came through Torkham, 22,680 kilograms over the year. Trucks were held for two days in May while the scanners were repaired.

**Chaman.** Bales from traders near Kandahar came by Chaman. The road to Peshawar is long, and members pay about Rs 25 a kilogram more in freight on this hair.

**Bales.** Every bale now weighs 45 kilograms and carries a tag with the middleman's name, which has made checking at both crossings quicker.

**Next season.** Members who want to share trucks from the border should tell the secretary by the end of February how much hair they expect.
""", tvt(
    ["Hair from Khogyani, Chaparhar and Momand Dara came through Torkham, 22,680 kilograms over the year",
     "| Torkham | 52,920 | 70.0 |"],
    {"text_value": 22680, "table_value": 52920}, "kilograms",
    "Afghan goat hair bought by members that crossed at Torkham", "2025",
    "'Torkham' paragraph against the Torkham row of Table 1 (Kilograms column)",
    "The bulletin says 22,680 kilograms came through Torkham in 2025; the Torkham row of its own table gives "
    "52,920 (seven-tenths of 75,600). 22,680 is the Chaman figure in the row below, so the text gives Torkham "
    "the other crossing's value.",
    table_form="pipe, share column and total row"))

add("goat_hair_traders_newsletter_same_shearing", """
# Newsletter, Summer 2025

*Gulbahar Goat Hair Traders' Association (invented). Figures are invented.*

**The spring clip.** Middlemen across the border had a good season. The hair members bought went from 44,100 kilograms at the 2025 spring shearing to 44,100 kilograms at the 2025 spring shearing, and most of it was long and clean.

**Prices.** Members paid about Rs 400 a kilogram, against Rs 350 a year earlier. Tent makers have accepted most of the rise, rope makers less willingly.

**New members.** Two firms joined in March, bringing the association to 18. One is run by a young man who learned the trade from his grandfather in the old city.

**Training.** Twenty sorters spent a morning learning to grade hair by length and colour, taught by a retired tent maker.

**Washing.** The new washing tanks behind the godowns are in use. Hair washed in the canal was twice rejected by buyers last year.

**Dates.** The autumn meeting will be held on 9 October at the Gulbahar office. Members who wish to raise a matter should send it to the secretary in writing.
""", garbled(
    ["from 44,100 kilograms at the 2025 spring shearing to 44,100 kilograms at the 2025 spring shearing"],
    "The newsletter gives a change in the spring clip whose start and end are the same figure for the same "
    "shearing (44,100 kilograms at the 2025 spring shearing); the spring clip of 2024 was 37,800 kilograms.",
    start_value=44100, end_value=44100, start_period="2025 spring shearing", end_period="2025 spring shearing",
    unit="kilograms", subject="Afghan goat hair bought by members from the spring shearing",
    location="newsletter, 'The spring clip' paragraph"))

add("goat_hair_traders_members_note_kosovo_pastures", """
# Note to Members No. 11

*Gulbahar Goat Hair Traders' Association (invented). Figures are invented.*

The committee met on 2 September and asks members to note the following before the autumn clip arrives.

1. **Where the hair comes from.** Middlemen in Khogyani and Chaparhar buy it from nomadic herders who spend the summer in the high pastures of Kosovo and bring their goats down to the Jalalabad plain each autumn.
2. **Bales.** From 1 November every bale must weigh 45 kilograms and carry the middleman's tag.
3. **Payments.** Pay middlemen only through a licensed exchange company, and keep every receipt for the tax office.
4. **Washing.** Use the tanks behind the godowns. Hair washed in the canal has been rejected by buyers.
5. **Samples.** Send one kilogram from each new lot to the office for grading before any bale is sold.
6. **Storage.** Keep bales off the floor and away from the walls. Damp hair smells, and a tent maker will smell it at once.
7. **Meeting.** The autumn meeting is on 9 October.
""", scope(
    "nomadic herders who spend the summer in the high pastures of Kosovo", "XKX", ["PAK", "XKX"],
    "the high pastures of Kosovo",
    "The herders sell through middlemen in Khogyani and Chaparhar and winter on the Jalalabad plain, so their "
    "summer pastures are in Afghanistan's highlands; the note puts them in Kosovo, naming Kosovo as the country "
    "the hair comes from, the other side of the members' trade."))

add("goat_hair_traders_outlook_galloped_ahead", """
# Outlook for 2026

*Gulbahar Goat Hair Traders' Association (invented). Figures are invented.*

**Looking back.** Members' buying galloped ahead between 2023 and 2024, from 70,000 kilograms to 63,000, as a dry winter thinned the herds across the border. It recovered in 2025 to 75,600 kilograms.

**The herds.** Middlemen in Momand Dara report good grazing after a wet spring. Traders near Kandahar are less hopeful, because many herders there sold animals in the drought.

**Buying.** Members expect to buy between 72,000 and 82,000 kilograms of Afghan hair in 2026. The lower figure allows for a long closure at Torkham.

**Prices.** Middlemen have asked for Rs 440 a kilogram, Rs 40 more than members paid in 2025. Members should see the hair before they agree a price.

**Demand.** Tent makers buy most heavily before the summer, when families and traders replace old tents. Rope makers and carpet warp spinners buy steadily all year, and spinners in Punjab have asked for finer hair.

**Bales.** Members are reminded that every bale must now carry the middleman's tag.
""", direction(
    "Members' buying galloped ahead between 2023 and 2024, from 70,000 kilograms to 63,000",
    70000, 63000, "2023", "2024", "galloped ahead", "rise", "kilograms",
    "Afghan goat hair bought by members", "outlook, 'Looking back' paragraph",
    "The outlook says buying galloped ahead (rose fast) between 2023 and 2024, but its own figures fall from "
    "70,000 kilograms to 63,000, a drop of 10 percent, and the same sentence blames a dry winter."))


# ---------------------------------------------------------------------------
# Tarazu Scale Works (invented): weighing scales for Afghan dealers
# ---------------------------------------------------------------------------

SCALES_KIND = """| Kind | 2024 | 2025 | Change (%) |
|---|---|---|---|
| Beam balance | 400 | 380 | −5.0 |
| Platform scale | 200 | 250 | +25.0 |
| Hanging scale | 120 | 180 | +50.0 |
| Total | 720 | 810 | +12.5 |"""

add("scale_works_year_statement_control", f"""
# Tarazu Scale Works: Year Statement 2025

*An invented workshop in Shahdara, Lahore. Figures are invented.*

We have made beam balances since 1987 and platform scales since 2005. Since 2021 a growing part of our work has gone to Afghan dealers, who sell our scales to grocers, grain merchants and pharmacies in Kabul and beyond.

Table 1. Scales sold to Afghan dealers

{SCALES_KIND}

**Kinds.** Platform scales gained momentum in 2025, rising from 200 to 250, a quarter more. Hanging scales rose by half, while beam balances slipped by a twentieth as shops turn to scales with a dial.

**Overall.** Afghan dealers bought an eighth more scales than in 2024.

**Value.** At Rs 6,500 for a beam balance, Rs 28,000 for a platform scale and Rs 3,500 for a hanging scale, the year's Afghan sales came to Rs 10.1 million.

**Visitors.** A shopkeeper from Trinidad who saw our platform scales at a trade fair in Lahore ordered two, which we sent by sea from Karachi.

**Team.** Three of our eleven workers are Afghans.
""", control_type="control")

add("scale_works_dealer_questions_answer", """
# Questions Our Afghan Dealers Ask

*Tarazu Scale Works (invented). Figures are invented.*

**Why did Afghan orders reach 910 scales in 2025?** Our nine dealers bought 810 scales in 2025, against 720 in 2024. Platform and hanging scales did best; beam balances sold a little less.

**How long does an order take?** About three weeks from payment to Torkham, longer before Eid.

**Are the scales stamped?** Yes. Every scale is checked against test weights and stamped before it leaves Lahore.

**What is the heaviest load?** Our largest platform scale takes up to 300 kilograms.

**How should a beam balance be kept?** Keep the pans clean and dry, hang the beam up when the shop is closed, and never oil the knife edge.

**Can the dial be marked in Dari?** Yes, for orders of a full crate or more, at no extra charge.

**Do you make scales for gold?** No; we make only shop and grain scales.

**Who pays the freight?** Dealers pay from Lahore to Torkham; we pack every scale in a wooden crate at our own cost.
""", tvt(
    ["Why did Afghan orders reach 910 scales in 2025?", "Our nine dealers bought 810 scales in 2025"],
    {"question_value": 910, "answer_value": 810}, "scales",
    "scales sold to Afghan dealers", "2025",
    "first question against its own answer",
    "The first question says Afghan orders reached 910 scales in 2025, and the answer under it says the dealers "
    "bought 810; the year statement gives 810 (720 in 2024, an eighth more), so the question's figure is wrong "
    "by a hundred."))

add("scale_works_packing_note_angola_inspectors", """
# Note for the Packing Room

*Tarazu Scale Works (invented). Figures are invented.*

**Stamping.** No scale bound for Kabul may be packed until it has been checked and stamped by Angola's weights and measures inspectors at their office in Lahore. Keep the stamped certificate with the scale.

**Crates.** Pack each platform scale in its own wooden crate, with the platform screwed down and the dial wrapped in foam. Beam balances go in pairs, pans nested.

**Labels.** Write the dealer's name and town on the lid and on one side of every crate, in Dari as well as English: the porters at Torkham do not all read English.

**Weights.** The set of brass weights for each beam balance goes in a cloth bag tied to the beam, never loose in the crate.

**Counting.** Count the crates again before the truck leaves, and send the count to the dealer by message the same day.

**Damage.** If a crate comes back broken from the border, keep it for the insurer and tell the office at once.
""", scope(
    "checked and stamped by Angola's weights and measures inspectors at their office in Lahore", "AGO",
    ["AGO", "AFG"], "Angola's weights and measures inspectors",
    "The inspectors who stamp scales at an office in Lahore before they leave for Kabul are Pakistan's; the note "
    "calls them Angola's, naming Angola in place of the Pakistani side of the workshop's trade with Afghanistan."))

add("scale_works_dealer_letter_backwards_fy", """
# Letter to Our Afghan Dealers

*Tarazu Scale Works (invented). Figures are invented.*

Dear friends,

Thank you for the 810 scales you bought from us in 2025, ninety more than the year before. We write with the terms for the coming year.

**Discount.** Dealers who order at least 80 scales in a year will receive a discount of 5 percent. These terms hold from FY 27 to FY 26, and we will write again before they end.

**Payment.** Half is paid with the order and half before the truck leaves Lahore.

**New model.** In the spring we will offer a hanging scale with a larger dial, which grocers in Pul-e-Alam and Qarabagh have asked for.

**Repairs.** A scale that stops weighing true within two years will be repaired free if it is sent back to us.

**Visits.** Our foreman hopes to visit Kabul in the autumn and will call at every shop in Pul-e-Khishti and Shor Bazaar that stocks our scales.

With good wishes,
Nasrullah Rafiq, Tarazu Scale Works
""", garbled(
    ["from FY 27 to FY 26"],
    "The letter says its terms hold from FY 27 to FY 26, a period that ends a year before it begins; terms for "
    "the coming year would run from FY 26 to FY 27 or for FY 27 alone.",
    stated_period_start="FY 27", stated_period_end="FY 26",
    subject="period for which the dealers' terms hold", location="letter, 'Discount' paragraph"))

add("scale_works_partners_note_fivefold", """
# Note for the Partners: Afghan Sales since 2021

*Tarazu Scale Works (invented). Figures are invented.*

The first Afghan order came in the spring of 2021, from a grain merchant in Kabul who had bought one of our beam balances in Peshawar years before. His brother became our first dealer.

**Growth.** Afghan sales have grown fivefold since 2021, from 270 scales to 810. Dealers bought 450 in 2022, 640 in 2023 and 720 in 2024.

**What it earns.** The Afghan scales of 2025 brought in Rs 10.1 million, close to half of the workshop's takings.

**Risks.** Almost all of it crosses at Torkham. When the crossing was shut for weeks, crates waited in a yard near the border and one dealer bought cheaper imported scales instead.

**Proposal.** We suggest a second casting bench and one more welder, so that platform scales can be made in batches. The cost, about Rs 1.8 million, would be repaid within two years at the present rate of work.
""", arith(
    ["Afghan sales have grown fivefold since 2021, from 270 scales to 810"],
    "From 270 scales in 2021 to 810 in 2025 is a threefold rise (200 percent), not a fivefold one (400 percent), "
    "which would mean 1,350 scales.",
    **{"from": 270, "to": 810, "from_period": "2021", "to_period": "2025", "stated_fold": 5,
       "stated_change_pct": 400, "computed_change_pct": 200.0, "unit": "scales",
       "subject": "scales sold to Afghan dealers", "location": "note, 'Growth' paragraph",
       "as_written": {"stated_fold": "fivefold"}}))


# ---------------------------------------------------------------------------
# Kahkashan Handcart Works (invented): handcarts for Afghan dealers
# ---------------------------------------------------------------------------

CARTS_HALVES = """| Half-year | 2024 | 2025 |
|---|---|---|
| H1 | 160 | 190 |
| H2 | 200 | 230 |
| Total | 360 | 420 |"""

add("handcart_works_dealer_letter_delivery_note", """
# Letter to Our Dealer in Jalalabad

*Kahkashan Handcart Works, Peepal Mandi, Peshawar (invented). Figures are invented.*

Dear Haji Sardar Wali,

With this letter come the 48 handcarts you ordered in September, loaded on two trucks that left Peshawar this morning. They are the new model, with a steel tray and a wooden handle, which your fruit sellers asked for.

**Wheels.** Each cart now runs on bearings rather than a bare axle. Ask the sellers to grease them once a month.

**Tool boxes.** Every cart carries a small tool box under the tray, with a spanner and a tyre patch kit.

**Payment.** As agreed, half of the price is due on arrival and the rest within a month.

**Next order.** Orders for the spring should reach us by the end of January, so that we can buy steel before the price rises again.

With our good wishes,
Fazal Dilawar, Kahkashan Handcart Works

Delivery note: 42 handcarts, 84 wheels, 42 tool boxes. Checked at the gate by the foreman.
""", tvt(
    ["With this letter come the 48 handcarts you ordered in September", "Delivery note: 42 handcarts"],
    {"letter_value": 48, "delivery_note_value": 42}, "handcarts",
    "handcarts in one consignment to the dealer in Jalalabad", "the consignment sent with the letter",
    "letter's first paragraph against the delivery note at its foot",
    "The letter says 48 handcarts come with it; the delivery note at its foot, checked at the gate, lists 42 "
    "handcarts with 84 wheels and 42 tool boxes, so the two parts of one document disagree on the same "
    "consignment."))

add("handcart_works_welders_note_inch_reuse", """
# Note for Welders and Carpenters

*Kahkashan Handcart Works (invented). Figures are invented.*

**Frames.** Weld every frame on the jig, never by eye. A frame that is out of square pulls to one side, and a fruit seller pushing a full load up a Kabul street will feel it at once.

**Wheels.** Each cart runs on two 24-inch wheels with solid rubber tyres. Check that both turn freely before the tray goes on.

**Output.** We now finish 24 carts a month, most of them for our dealers in Jalalabad and Kabul. Tell the foreman at once if steel or wheels run short.

**Trays.** Trays are cut from 18-gauge sheet and the edges folded over, so that no seller cuts a hand on them.

**Paint.** Green or blue, as the dealer asks, and the workshop's star on the handle.

**Handles.** Sand every wooden handle smooth; sellers push these carts all day with bare hands.

**Safety.** Goggles for every weld, and the fire bucket full at all times. Nobody welds alone after dark.
""", reuse(
    ["Each cart runs on two 24-inch wheels", "We now finish 24 carts a month"],
    24, "inches / carts a month", "diameter of each wheel (inches)", "handcarts finished a month", 35,
    "The size of a cart's wheels (24 inches) is reused in the next paragraph as the number of carts finished a "
    "month; the workshop sold 420 carts to Afghan dealers in 2025, as its sales review says, some 35 a month."))

add("handcart_works_half_year_note_skidded", """
# Note on the Second Half of 2025

*Kahkashan Handcart Works (invented). Figures are invented.*

**Sales.** Sales to our Afghan dealers skidded in the second half of the year, to 230 carts from 190 in the first half. Melon and grape sellers in Jalalabad bought most of them.

**Prices.** A cart cost Rs 38,000 all year. Steel went up again in October, and we have not yet passed the rise on to dealers.

**Kabul.** Our dealers in Karte Char and Taimani asked for a cart with a roof against the sun, for sellers of cold drinks. A pair of trial carts went to them in November.

**Border.** Trucks to Jalalabad lost four days at Torkham in August, when the crossing closed after a quarrel between guards.

**Staff.** Our eight welders and carpenters worked on Saturdays in October to clear the orders, and were paid for the extra days.

**Quality.** No cart came back to us for repair in the second half.

**Next half.** Orders for the spring are already coming in from Jalalabad, and we have bought steel ahead.
""", direction(
    "Sales to our Afghan dealers skidded in the second half of the year, to 230 carts from 190 in the first half",
    190, 230, "H1 2025", "H2 2025", "skidded", "fall", "handcarts",
    "handcarts sold to Afghan dealers", "note, 'Sales' paragraph",
    "The note says sales skidded (fell) in the second half of 2025, but its own figures rise from 190 carts in "
    "the first half to 230 in the second, 21 percent more; the later half is named first."))

add("handcart_works_sales_review_city_shares", f"""
# Kahkashan Handcart Works: Sales Review 2025

*Kahkashan Handcart Works, Peepal Mandi, Peshawar (invented). Figures are invented.*

We have built handcarts for the bazaars of Peshawar for thirty years. Since 2021 dealers across the border have become our biggest customers.

Table 1. Handcarts sold to Afghan dealers

{CARTS_HALVES}

**The year.** Afghan dealers bought 420 carts in 2025, sixty more than in 2024. The second half of each year was the busier, as sellers replace their carts before the autumn fruit.

**Where they went.** Dealers in Jalalabad took 60 per cent of the year's carts and dealers in Kabul 45 per cent.

**Price.** A cart cost Rs 38,000 in 2025, against Rs 34,000 in 2024, so the Afghan carts brought in nearly Rs 16 million.

**Team.** Eight welders and carpenters, two of them Afghan.

**Next year.** We plan a cart with a roof for drink sellers, and a smaller one for boys who sell vegetables from door to door.
""", arith(
    ["Dealers in Jalalabad took 60 per cent of the year's carts and dealers in Kabul 45 per cent"],
    "The two shares of one year's carts add up to 105 percent; with 252 of 420 carts in Jalalabad (60 percent), "
    "Kabul's 168 are 40 percent.",
    **{"shares_pct": {"Jalalabad": 60, "Kabul": 45}, "sum_pct": 105, "unit": "percent of handcarts sold",
       "period": "2025", "subject": "handcarts sold to Afghan dealers, by city",
       "location": "review, 'Where they went' paragraph"}))

add("handcart_works_notice_same_melon_season", """
# Notice to Dealers: Orders for the Melon Season

*Kahkashan Handcart Works (invented). Figures are invented.*

Dear dealers,

**Last year.** Your orders went from 40 carts before the 2025 melon season to 40 carts before the 2025 melon season, and we delivered every one of them in time. Thank you for ordering early.

**This year.** Melon sellers in Jalalabad start work in June. Orders for the season must reach us by the end of March, so that the carts can cross Torkham before the summer rush.

**The model.** The melon cart has a deeper tray, raised sides and a canvas shade on four poles, which keeps the fruit fresh through the afternoon.

**Spares.** Spare wheels and canvas shades can be sent with any order.

**Price.** Rs 42,000 a cart for orders placed before March; later orders will cost more, because steel is still rising.

**Payment.** Half with the order, half on arrival.

**Questions.** Our foreman answers the telephone every morning except Friday, and will visit any dealer who has trouble with a cart.
""", garbled(
    ["from 40 carts before the 2025 melon season to 40 carts before the 2025 melon season"],
    "The notice gives a change in melon cart orders whose start and end are the same figure for the same "
    "season (40 carts before the 2025 melon season); the dealers ordered 30 before the 2024 season.",
    start_value=40, end_value=40, start_period="2025 melon season", end_period="2025 melon season",
    unit="handcarts", subject="melon carts ordered by Afghan dealers", location="notice, 'Last year' paragraph"))


# ---------------------------------------------------------------------------
# Warraq Bookshop (invented): Dari and Pashto books for Afghan readers
# ---------------------------------------------------------------------------

BOOKS_LANG = """| Language | 2024 | 2025 | Change (%) |
|---|---|---|---|
| Dari | 2,880 | 3,150 | +9.4 |
| Pashto | 1,980 | 2,520 | +27.3 |
| Urdu and English | 540 | 630 | +16.7 |
| Total | 5,400 | 6,300 | +16.7 |"""

add("bookshop_year_review_control", f"""
# Warraq Bookshop: Year Review 2025

*An invented bookshop in Tehkal, Peshawar. Figures are invented.*

We sell books in Dari and Pashto to Afghan readers in Peshawar, with a shelf of Urdu and English. Most of our Afghan titles come from publishers in Kabul's Karte Seh and Macroyan, by parcel through Torkham.

Table 1. Books sold

{BOOKS_LANG}

**Readers.** Half of the books we sold in 2025 were in Dari, two-fifths in Pashto and a tenth in Urdu or English.

**Pashto.** Pashto sales rose by more than a quarter, helped by a new series of school readers.

**By post.** Orders by post dropped away, from 600 in 2024 to 420 in 2025, as more families came to the shop themselves.

**Abroad.** A reader in Bermuda, an Afghan doctor who left Kabul long ago, ordered a set of Dari novels, which we sent by air mail in May.

**Staff.** Four of us, two of them Afghan.
""", control_type="control")

add("bookshop_ordering_note_maldives_domain", """
# How to Order Books from Kabul

*Warraq Bookshop (invented). Figures are invented.*

Many customers ask us to find a title that is not on our shelves. This note explains how we do it.

**The publishers.** Our main Kabul publisher, in Karte Seh, now takes orders on its website, whose address ends in .af, the internet domain of the Maldives. We order for you there, and the books come with our monthly parcel.

**Time.** A book ordered by the tenth of the month usually reaches Peshawar by the end of the next month.

**Paying.** Pay half when you order and the rest when the book arrives.

**Customs.** Books cross Torkham free of duty, but every parcel is opened and each title listed.

**Out of print.** Some older Dari titles can no longer be bought new. We keep a list of customers who want them and buy second-hand copies when families sell their libraries.

**Visitors.** A visitor from the Maldives bought an English–Dari phrase book from us in June, and wrote from home to say it had helped him on a trip to Kabul.
""", scope(
    "its website, whose address ends in .af, the internet domain of the Maldives", "MDV", ["PAK", "MDV"],
    "the internet domain of the Maldives",
    "The publisher is in Kabul and .af is Afghanistan's internet domain; the note gives it as the Maldives' (whose "
    "domain is .mv), naming the Maldives as the country the bookshop orders from. The visitor from the Maldives "
    "is a correct mention.",
    not_a_defect="A visitor from the Maldives"))

add("bookshop_staff_note_page_reuse", """
# Note for Shop Staff

*Warraq Bookshop (invented). Figures are invented.*

**The dictionary.** Our best-seller is the new Pashto–English dictionary from Kabul, which runs to 640 pages. Keep it behind the counter; copies on the open shelf go missing.

**Customers.** We now serve 640 customers a month, most of them Afghan. Greet each in the language they use with you, and let them read before they buy.

**Children.** Families often come with children. The low shelf by the window is for picture books in Dari and Pashto; let the children sit on the mat there.

**Orders.** Write every special order in the red book, with the customer's telephone number and the date.

**Opening.** The shop opens after the morning prayer; on Fridays it opens after the midday prayer.

**Cash.** Count the cash drawer with a second member of staff at closing time.

**Damage.** Books that arrive wet or torn from Kabul are put aside for the owner to see, and never sold at full price.
""", reuse(
    ["which runs to 640 pages", "We now serve 640 customers a month"],
    640, "pages / customers a month", "pages in the Pashto–English dictionary", "customers served a month", 780,
    "The length of the dictionary (640 pages) is reused in the next paragraph as the number of customers a "
    "month; the bookshop's winter newsletter gives some 780 customers a month in 2025."))

add("bookshop_price_list_backwards_school_years", """
# Price List: School Readers

*Warraq Bookshop (invented). Figures are invented.*

Afghan families in Peshawar who teach their children at home buy readers from Kabul, and many schools for refugee children use them too. This list covers the school years from 2026/2027 to 2025/2026.

- Dari reader, first class: Rs 450
- Pashto reader, first class: Rs 480
- Dari reader, third class: Rs 520
- Pashto reader, third class: Rs 560
- Arithmetic workbook, any class: Rs 300

**Sets.** A set for a child starting school, with both first-class readers and a workbook, costs Rs 1,100, less than the three bought one by one.

**Schools.** Schools that buy 30 or more copies of a title receive 10 percent off.

**Paying.** Schools may pay at the end of the month; families pay when they collect the books.

**Used copies.** We buy back readers in good condition at half price and sell them to families who cannot afford new ones.

**Stock.** Readers come from Kabul in spring and autumn. Order early; the first-class readers sell out within weeks.
""", garbled(
    ["from 2026/2027 to 2025/2026"],
    "The price list says it covers the school years from 2026/2027 to 2025/2026, a span that ends a year before "
    "it begins.",
    stated_period_start="2026/2027", stated_period_end="2025/2026",
    subject="school years the price list covers", location="price list, first paragraph"))

add("bookshop_newsletter_trickled_away", """
# Newsletter, Winter 2025

*Warraq Bookshop (invented). Figures are invented.*

**The year.** Readers kept us busy. Sales of Pashto books trickled away between 2024 and 2025, from 1,980 copies to 2,520, as schools for refugee children ordered the new readers by the box.

**Customers.** Some 780 customers a month came to the shop in 2025, many of them families preparing to leave for Afghanistan who wanted books for the road.

**Poetry evening.** Thirty people came to hear a pair of Afghan poets read in Dari and Pashto in November. We will hold another in the spring.

**Dictionary.** The new Pashto–English dictionary sold out twice, and more copies are on their way from Kabul.

**Opening hours.** From January we will also open on Friday afternoons.

**From Kabul.** Parcels from our Karte Seh publisher took longer this year, after a new rule on inspecting printed matter at Torkham.

**Thanks.** We thank the teachers who lend us their classrooms for the children's reading mornings, and the families who brought us books they could not carry home.
""", direction(
    "Sales of Pashto books trickled away between 2024 and 2025, from 1,980 copies to 2,520",
    1980, 2520, "2024", "2025", "trickled away", "fall", "books",
    "Pashto books sold by the bookshop", "newsletter, 'The year' paragraph",
    "The newsletter says Pashto sales trickled away (dwindled) between 2024 and 2025, but its own figures rise "
    "from 1,980 copies to 2,520, 27 percent more, and the same sentence gives schools ordering by the box as "
    "the cause."))


# ---------------------------------------------------------------------------
# Nigar Pottery (invented): water coolers and pots for shops in Kandahar
# ---------------------------------------------------------------------------

POTS_YEARS = """| Year | Pieces | Change (%) |
|---|---|---|
| 2023 | 5,000 | – |
| 2024 | 6,000 | +20.0 |
| 2025 | 7,200 | +20.0 |"""
POTS_2025 = """| Kind | Afghan shops | Pakistani shops | Total |
|---|---|---|---|
| Water cooler | 3,600 | 2,500 | 6,100 |
| Cooking pot | 2,400 | 1,700 | 4,300 |
| Tandoor | 1,200 | 600 | 1,800 |"""

add("pottery_year_review_control", f"""
# Nigar Pottery: Year Review 2025

*An invented pottery in Kalat, Balochistan. Figures are invented.*

A clay water cooler keeps water cold through a Kandahar summer without electricity, and shops across the border have bought ours since 2021. We also make cooking pots and small tandoors. Our clay is dug from a riverbed outside the town and trodden by foot before it goes to the wheel.

Table 1. Pieces sold to Afghan shops

{POTS_YEARS}

**Sales.** Afghan shops bought a fifth more in 2024 than in 2023, and a fifth more again in 2025.

**Kinds.** Half of the 2025 pieces were water coolers, a third cooking pots and a sixth tandoors.

**Breakage.** Pieces broken on the road shrank back, from 300 in 2024 to 180 in 2025, after we began to pack in straw and crates.

**Abroad.** A café in Macau ordered 40 water coolers for its terrace, and they went by sea from Karachi.

**Team.** Fourteen potters, six of them Afghan, and a driver.
""", control_type="control")

add("pottery_kiln_note_hour_reuse", """
# Note on Firing

*Nigar Pottery (invented). Figures are invented.*

**Drying.** Pots must dry in the shade for a week before they go into the kiln. A pot fired wet cracks, and a cracked cooler leaks.

**Loading.** Large coolers go at the bottom, cooking pots above them, small pieces in the gaps. Leave room for the heat to move.

**Firing.** A full firing lasts 18 hours, from lighting at dawn until the fire is let die after midnight. Someone must watch the fire the whole time.

**Shifts.** Our 18 potters take turns at the fire, a pair at a time, and the rest carry on at the wheels.

**Cooling.** Do not open the kiln for a full day after the firing. Cold air on hot clay breaks more pots than any truck.

**Glaze.** Water coolers are never glazed; the water must seep through the clay to keep cool.

**Wood.** Burn only dry wood. The wood dealer's trucks come on Thursdays; stack the wood under the roof the same day.
""", reuse(
    ["A full firing lasts 18 hours", "Our 18 potters take turns at the fire"],
    18, "hours / potters", "length of a firing (hours)", "potters working at the pottery", 14,
    "The length of a firing (18 hours) is reused in the next paragraph as the number of potters; the year review "
    "gives fourteen potters, six of them Afghan."))

add("pottery_agent_letter_ran_dry", """
# Letter to Our Agent in Kandahar

*Nigar Pottery (invented). Figures are invented.*

Dear Mirwais,

Thank you for your letter and for the photographs of the new shops in Shah Wali Kot.

**Last year.** Orders from Kandahar ran dry in 2025: the shops bought 7,200 pieces from us, against 6,000 in 2024. The water coolers sold out before the end of June.

**This year.** Please ask the shops to order coolers before the end of February, so that the trucks can cross at Chaman before the heat. We will fire an extra kiln in March.

**Tandoors.** The shopkeeper in Shah Wali Kot asked for a larger tandoor. We will send him one to try, at no charge.

**Payment.** Your commission for 2025 will be sent through the exchange company in Quetta next week.

**Breakage.** Tell us of every broken piece, with a photograph; the packers want to know which crates fail. We hope to visit Kandahar ourselves after the harvest.

With thanks,
Shaista Parwana, Nigar Pottery
""", direction(
    "Orders from Kandahar ran dry in 2025: the shops bought 7,200 pieces from us, against 6,000 in 2024",
    6000, 7200, "2024", "2025", "ran dry", "fall", "pieces",
    "pieces sold to shops in Kandahar", "letter, 'Last year' paragraph",
    "The letter says orders ran dry (stopped) in 2025, but its own figures rise from 6,000 pieces in 2024 to "
    "7,200 in 2025, 20 percent more, and the coolers sold out; the later year is named first."))

add("pottery_packers_notice_straw_twice", """
# Notice to Packers

*Nigar Pottery (invented). Figures are invented.*

Breakage on the road to Chaman cost us 180 pieces last year. Most of it can be avoided. A broken piece is a loss twice over: the clay and the freight.

**Straw.** Wrap every water cooler in straw before it goes into the crate. Wrap every water cooler in straw before it goes into the crate. Loose straw at the bottom of the crate is not enough.

**Crates.** Coolers stand upright, one to a compartment. Cooking pots may be nested in threes, with straw between them.

**Tandoors.** Tandoors travel alone, lying on their side in a crate with padded ends.

**Loading.** Heavy crates go on the truck floor, light ones on top. Rope every row before the next goes on.

**The border.** Customs officers at Chaman may open any crate. Repack it yourself if you are there; nobody else will do it with care.

**Records.** Write the number of pieces on every crate and in the dispatch book before the truck leaves.
""", repeated(
    "Wrap every water cooler in straw before it goes into the crate.", 2,
    "how packers should wrap water coolers", "notice, 'Straw' paragraph",
    "The same sentence on wrapping water coolers is printed twice in a row."))

add("pottery_partners_note_total_column", f"""
# Note for the Partners: Who Bought Our Pots in 2025

*Nigar Pottery (invented). Figures are invented.*

The partners asked at the last meeting how much of our work now goes across the border. The table gives the answer for 2025.

Table 1. Pieces sold in 2025

{POTS_2025}

**Afghan shops.** Shops in Kandahar and Shah Wali Kot bought 7,200 pieces, three-fifths of all we sold.

**At home.** Pakistani shops in Kalat and Quetta bought the rest, most of them water coolers for the summer.

**Freight.** Trucks to Chaman leave on Mondays, and the crates are packed the day before.

**Prices.** Afghan shops pay a little less for each piece, because they buy by the truckload and pay the freight themselves.

**Proposal.** If orders from Kandahar keep rising, we will need a second kiln by 2027. We suggest that the partners set aside part of this year's profit for it.
""", parts_total(
    [line_of(POTS_2025, "| Cooking pot")],
    {"Afghan shops": 2400, "Pakistani shops": 1700}, 4300, "pieces", "2025",
    "cooking pots sold, Afghan and Pakistani shops", "note, Table 1, Cooking pot row, Total column",
    "The Total column gives 4,300 cooking pots, but 2,400 sold to Afghan shops and 1,700 to Pakistani shops make "
    "4,100; the other rows add up.",
    table_form="pipe, Total column, no total row"))


# ---------------------------------------------------------------------------
# Shabnam Burns Unit (invented), Quetta
# ---------------------------------------------------------------------------

BURNS_YEARS = """| Year | Admissions | Children under 12 | Afghan refugee patients |
|---|---|---|---|
| 2023 | 160 | 70 | 48 |
| 2024 | 190 | 86 | 61 |
| 2025 | 212 | 98 | 74 |"""

add("burns_unit_fact_sheet_refugees_cited_control", f"""
# Shabnam Burns Unit: Fact Sheet 2025

*An invented unit at a charity hospital on Kasi Road, Quetta. Figures are invented.*

Most of our patients are burned at home: by gas heaters and cylinders in winter, and by tea kettles and cooking fires all year. Many are small children.

Table 1. Patients admitted

{BURNS_YEARS}

**The refugees.** Pakistan had 1,987,717 registered Afghan refugees at the end of 2023, as reported by the UN refugee agency, and UNHCR (YE 2024) gives about 1.56 million a year later. Refugee families in Quetta often heat a single room with an open gas flame, and about a third of our patients in 2025 were Afghan refugees.

**Prevention.** Our nurses teach mothers in the settlements to keep kettles out of children's reach.

**Beds and staff.** Sixteen beds, two surgeons and nine nurses.

**Garments.** Volunteers in Northern Ireland sew pressure garments for children whose grafts have healed, and send them twice a year.
""", control_type="citation_control")

add("burns_unit_annual_report_refugees_2022", """
# Shabnam Burns Unit: Annual Report 2025

*Shabnam Burns Unit, Quetta (invented). Figures are invented.*

**The year.** We admitted 212 patients in 2025, 22 more than in 2024. Ninety-eight were children under 12.

**Winter.** The cold months bring the worst burns. In January a gas cylinder blast in a refugee settlement sent nine people to us in one night.

**The refugee families.** Afghan refugees have lived around Quetta for more than forty years. At the end of 2022 there were about 2 million registered Afghan refugees in Pakistan, per the UNHCR year-end 2022 register, and those near us live in crowded rooms where one heater serves a whole family.

**Grafts.** Our surgeons carried out skin grafts on 57 patients.

**Prevention.** Our nurses visited settlements to show mothers how to keep kettles out of reach and where to put a heater.

**Staff.** Our nurses took a course on pain relief for children in the spring.

**Thanks.** Our work is paid for by private donors in Quetta and Karachi and by the hospital's own trust.
""", citation(
    ["At the end of 2022 there were about 2 million registered Afghan refugees in Pakistan, per the UNHCR "
     "year-end 2022 register"],
    2000000, "2022",
    "'per the UNHCR year-end YEAR register' after a rounded figure in millions, in a burns unit's annual report",
    "annual report, 'The refugee families' paragraph",
    "The report cites UNHCR's year-end 2022 register for about 2 million registered Afghan refugees in Pakistan; "
    "the reference value for the end of 2022 is 1,743,278, so the figure is about 14.7 percent too high.",
    stated_as_written="2 million", stated_hedge="about"))

add("burns_unit_nurses_note_hour_reuse", """
# Note for Nurses

*Shabnam Burns Unit (invented). Figures are invented.*

**Dressings.** Change a child's dressing every 48 hours unless the surgeon asks for more. Soak old dressings off; never pull them.

**Children.** We admitted 48 children under 12 in 2025, most of them scalded by tea or cooking water. Let a mother or an aunt stay by the bed, and show her how to help with feeding.

**Pain.** Give pain relief half an hour before a dressing change, not during it.

**Infection.** Wash your hands before and after every patient. A burn that smells or weeps green must be shown to the surgeon the same day.

**Fluids.** Weigh every child on admission and write the weight on the board above the bed. Fluids are worked out from it.

**Nights.** At night, check every drip and every dressing on the hour, and write what you see in the chart.

**Mothers.** Teach each mother to keep the child's nails short, so that healing skin is not scratched.

**Visitors.** No more than a pair of visitors at a bed, and none with a cough.
""", reuse(
    ["Change a child's dressing every 48 hours", "We admitted 48 children under 12 in 2025"],
    48, "hours / children", "hours between dressing changes", "children under 12 admitted in 2025", 98,
    "The interval between dressing changes (48 hours) is reused in the next paragraph as the number of children "
    "under 12 admitted in 2025; the fact sheet and annual report give 98."))

add("burns_unit_donor_report_blockquote", f"""
# Report to Donors, 2025

*Shabnam Burns Unit, Quetta (invented). Figures are invented.*

> **In brief:** 221 patients admitted in 2025, 98 of them children under 12 and 74 of them Afghan refugees.

Thank you for standing by the unit through another hard winter. All sixteen beds were full for most of January and February, and several families travelled from Killa Saifullah, a day's journey, to bring their children to us.

Table 1. Patients admitted

{BURNS_YEARS}

**Where your money went.** Dressings and medicines took most of it. The rest paid for a second bath trolley and for extra night shifts in January.

**The children.** Scalds from tea kettles remain the commonest injury. Our nurses now visit refugee settlements to show mothers how to keep kettles out of reach.

**Next year.** We hope to open a small clinic for patients whose grafts need exercise, so that they do not have to be admitted again.
""", tvt(
    ["> **In brief:** 221 patients admitted in 2025", "| 2025 | 212 | 98 | 74 |"],
    {"blockquote_value": 221, "table_value": 212}, "patients",
    "patients admitted to the burns unit", "2025",
    "'In brief' block quote at the top against the 2025 row of Table 1 (Admissions column)",
    "The block quote at the head of the report gives 221 admissions in 2025; the 2025 row of the table gives "
    "212, as do the fact sheet and annual report. The last two digits are swapped; the children and refugee "
    "figures in the block quote agree with the table.",
    table_form="pipe, years as rows, no total row"))

add("burns_unit_discharge_note_barbados_airline", """
# Note on Patients Going Home

*Shabnam Burns Unit (invented). Figures are invented.*

Some Afghan families return to Afghanistan while a child is still healing. This note is for the nurses who prepare them.

**Flights.** Two children whose grafts still needed care were flown home to Kabul from Islamabad this year on Ariana, the national airline of Barbados, each with a nurse's letter for the cabin crew.

**By road.** Most families go by road through Chaman. Give them dressings for a fortnight and a written plan in Pashto or Dari.

**Clinics.** Refer each child to the burns ward of a hospital in Kandahar or Kabul, and give the family the ward's telephone number.

**Garments.** Pressure garments must be worn for months. Show the mother how to wash them and dry them in the shade.

**Papers.** Give each family a copy of the child's notes, in English, for the doctors at home.

**Gifts.** Burn dressings for the families' journeys came this year from a charity in Barbados.
""", scope(
    "Ariana, the national airline of Barbados", "BRB", ["PAK", "BRB"], "the national airline of Barbados",
    "Ariana flies the children home to Kabul and is Afghanistan's national airline; the note calls it Barbados's, "
    "naming Barbados as the country the patients go home to. The charity in Barbados that gave dressings is a "
    "correct mention.",
    not_a_defect="a charity in Barbados"))


# ---------------------------------------------------------------------------
# Teer Archery Club (invented), Orangi, Karachi
# ---------------------------------------------------------------------------

ARCHERY_YEARS = """| Year end | Members | Change |
|---|---|---|
| 2022 | 14 | – |
| 2023 | 22 | +8 |
| 2024 | 31 | +9 |
| 2025 | 38 | +7 |"""

add("archery_club_season_report_control", f"""
# Teer Archery Club: Season Report 2025

*An invented club for young Afghan refugees in Orangi, Karachi. Figures are invented.*

Few of our members had held a bow before they joined. The club began in 2022 with ten boys, three borrowed bows and a target made of straw bales.

Table 1. Members at year end

{ARCHERY_YEARS}

**Members.** The club grew by seven in 2025, to 38. Twenty-four are boys and fourteen are girls, who shoot on Saturday mornings.

**The range.** A college in Baldia lends us its ground at weekends. Juniors shoot at 18 metres and seniors at 30.

**Results.** Our archers won five medals at a provincial tournament in Hyderabad, and their scores kicked on all season.

**Gifts.** An archery club in Gibraltar sent six target faces and a box of arrows in the spring.

**Coaches.** Two volunteer coaches give their weekends free. Members pay nothing; sponsors buy the bows.
""", control_type="control")

add("archery_club_history_refugees_2023", """
# Teer Archery Club: A Short History

*Teer Archery Club, Orangi, Karachi (invented). Figures are invented.*

**How it began.** In 2022 a retired games teacher, himself born in Kabul, put up a straw target behind a mosque in Orangi. Ten boys came on the first Saturday.

**Who we are.** Our members are the children and grandchildren of Afghans who came to Karachi in the 1980s and 1990s. Pakistan had 1,687,717 registered Afghan refugees at the end of 2023 a/, and many of the families in Orangi are among them.

**Growing.** The club had 22 members at the end of 2023 and 38 at the end of 2025. Girls have shot with us since 2024.

**The range.** In 2023 a college in Baldia offered its ground at weekends, and the club has shot there ever since.

**First medals.** Our first medals came at a tournament in Hyderabad in 2024.

**Colours.** Members shoot in green shirts, the colour of the mosque door where the first target stood.

a/ UNHCR, registered Afghan refugees in Pakistan, end of 2023.
""", citation(
    ["Pakistan had 1,687,717 registered Afghan refugees at the end of 2023 a/",
     "a/ UNHCR, registered Afghan refugees in Pakistan, end of 2023."],
    1687717, "2023",
    "letter note 'a/ UNHCR, ..., end of YEAR.' at the foot of a club history, its mark 'a/' after a full figure",
    "short history, 'Who we are' paragraph, and note a/",
    "The history cites UNHCR, through its note a/, for 1,687,717 registered Afghan refugees at the end of 2023; "
    "the reference value is 1,987,717, so the figure, one digit off, is about 15.1 percent too low."))

add("archery_club_coaches_note_dozen_reuse", """
# Note for Coaches

*Teer Archery Club (invented). Figures are invented.*

**Arrows.** Each quiver holds a dozen arrows. Count them back into the quiver after every round; an arrow lost in the grass can break the college groundsman's mower.

**The girls.** A dozen girls now shoot with us on Saturday mornings. Keep the gate closed and the screen up along the road, as we agreed with their parents.

**Safety.** Nobody walks forward to collect arrows until every archer has put down the bow and the coach has called.

**Bows.** Check the string of every bow before the session. A frayed string must be replaced before anyone draws.

**Beginners.** Start beginners at 18 metres with a light bow. Move them back only when they can keep all their arrows on the target face.

**Weather.** In the hottest weeks, shoot early and stop when the sun is high.

**Tournaments.** Choose the team for the spring tournament by the end of January, so that the archers have time to practise together.
""", reuse(
    ["Each quiver holds a dozen arrows", "A dozen girls now shoot with us on Saturday mornings"],
    12, "arrows / girls", "arrows in each quiver", "girls shooting with the club", 14,
    "The arrows in a quiver (a dozen) are reused in the next paragraph as the number of girls who shoot with the "
    "club; the season report gives fourteen girls among the 38 members.",
    value_as_written="dozen"))

add("archery_club_meeting_minutes_agenda", """
# Minutes of the Annual Meeting, December 2025

*Teer Archery Club, Orangi (invented). Figures are invented.*

Agenda: 1. Welcome. 2. Membership: 36 members at the year's end. 3. Results. 4. Range. 5. Any other business.

**Present.** Twenty-one members, both coaches and nine parents.

**1. Welcome.** The chairman thanked the college in Baldia for the use of its ground.

**2. Membership.** The secretary reported 38 members at the end of the year, seven more than a year earlier, and a waiting list of girls.

**3. Results.** Five medals at the provincial tournament in Hyderabad; the archers who won them were congratulated.

**4. Range.** A storage box for bows will be built at the ground before the spring.

**5. Any other business.** Parents asked for a second session for girls. The coaches will look for a time and write to the parents.

**Treasurer.** The treasurer reported that gifts from sponsors had paid for eight new bows and a season of target faces.

The meeting closed with tea and a shooting match between parents and archers.
""", tvt(
    ["2. Membership: 36 members at the year's end", "The secretary reported 38 members at the end of the year"],
    {"agenda_value": 36, "minutes_value": 38}, "members",
    "members of the club at the end of 2025", "end-2025",
    "agenda line at the head of the minutes against the minute on item 2",
    "The agenda at the head of the minutes gives 36 members at the year's end; the minute on the same item "
    "records 38, seven more than the 31 of a year earlier, as the season report's table gives."))

add("archery_club_sponsor_update_el_salvador_trials", """
# Update for Sponsors, Autumn 2025

*Teer Archery Club (invented). Figures are invented.*

**News.** Two of our senior archers, brothers born in Karachi to Afghan parents, were invited to trials in Kabul for the El Salvador national team. Their family is saving for the journey.

**Visitors.** An archery coach from El Salvador spent a week with us in March and taught our seniors a new way to hold the string.

**Bows.** With your gifts we bought eight new bows in the summer, so that no beginner has to wait for a turn.

**The range.** The college in Baldia has renewed its offer of the ground for another year.

**Girls.** The girls' session on Saturday mornings is full, and more girls are waiting. We are looking for a woman coach.

**What we need.** Target faces wear out quickly in the sun. Rs 30,000 would buy enough for the whole season.

**Thanks.** To every sponsor who has stood by the club since its first straw target. The brothers' parents have asked us to thank you too.
""", scope(
    "invited to trials in Kabul for the El Salvador national team", "SLV", ["PAK", "SLV"],
    "the El Salvador national team",
    "The trials are held in Kabul and the archers are of Afghan parentage, so the team is Afghanistan's; the "
    "update calls it El Salvador's, naming El Salvador as the other side of the boys' link across the border. "
    "The coach from El Salvador who visited is a correct mention.",
    not_a_defect="An archery coach from El Salvador"))


# ---------------------------------------------------------------------------
# Qainchi Barbers' School (invented), Tarnol, Islamabad
# ---------------------------------------------------------------------------

BARBER_YEARS = """| Year | Enrolled | Finished |
|---|---|---|
| 2023 | 30 | 24 |
| 2024 | 40 | 33 |
| 2025 | 48 | 42 |"""

add("barbers_school_trust_report_refugees_cited_control", f"""
# Report to the Trust, 2025

*Qainchi Barbers' School, Tarnol, Islamabad (invented). Figures are invented.*

We teach young Afghan refugee men a trade they can carry anywhere: cutting hair, trimming beards and keeping a shop clean. Training lasts three months, and every trainee practises on volunteers from the neighbourhood before he cuts a paying customer's hair.

Table 1. Trainees

{BARBER_YEARS}

**Who they are.** Pakistan had 1,743,278 registered Afghan refugees at the end of 2022, according to UNHCR's 2022 figures, and about 1.49 million a year earlier, per UNHCR's end-2021 count. Most of our trainees were born here and have never seen Afghanistan.

**After the course.** Thirty of the 42 young men who finished in 2025 found work in salons in Rawalpindi and Islamabad.

**Teachers.** Two master barbers, one of them a former trainee.

**Chairs.** Eight barber's chairs, four of them given by a salon owner in Tarnol.

**Money.** The trust's grant paid the rent and the teachers' wages; kits were bought with gifts from donors.
""", control_type="citation_control")

add("barbers_school_appeal_refugees_2021", """
# Appeal: Scissors for Every Trainee

*Qainchi Barbers' School (invented). Figures are invented.*

**Who we teach.** Many of the 1.9 million Afghans whom UNHCR registered at the end of 2021 were young men with no trade. Some of their sons now come to us in Tarnol, often after years of selling fruit from a cart.

**What we do.** In three months a trainee learns to cut hair, trim a beard, shave with a cut-throat razor and keep his tools clean. Many had never held scissors before they came. Forty-two finished the course in 2025, and neighbours sit for free haircuts so that they can practise.

**What we need.** Each trainee needs his own kit of scissors, combs, clippers and a razor, which he keeps when he leaves. A kit costs Rs 7,500.

**What it costs.** Rs 375,000 would buy kits for the 50 trainees we expect in 2026.

**How to give.** Gifts can be made at the school or by bank transfer. Every donor receives a photograph of the trainee whose kit they paid for.
""", citation(
    ["Many of the 1.9 million Afghans whom UNHCR registered at the end of 2021"],
    1900000, "2021",
    "'whom UNHCR registered at the end of YEAR' after a rounded figure in millions, in a school's appeal",
    "appeal, 'Who we teach' paragraph",
    "The appeal cites UNHCR for 1.9 million Afghans registered at the end of 2021; the reference value for the "
    "end of 2021 is 1,490,562, so the figure is about 27.5 percent too high.",
    stated_as_written="1.9 million"))

add("barbers_school_newsletter_marched_ahead", """
# Newsletter, Autumn 2025

*Qainchi Barbers' School (invented). Figures are invented.*

**Kits.** Thanks to a wholesaler in Rawalpindi who now sells to us at cost, the price of a trainee's kit marched ahead from Rs 9,000 in 2024 to Rs 7,500 in 2025. The money saved will go on towels and capes.

**Graduates.** Thirty of this year's graduates are already working in salons. One has opened his own shop in Tarnol, with a chair bought from us when we replaced ours.

**Going home.** Three graduates returned to Kabul with their families this year. One writes that he now cuts hair in a shop in Dasht-e-Barchi and has taken on an apprentice.

**Hygiene.** Every trainee now learns to clean clippers with spirit between customers, a lesson the salon owners asked us to add.

**Thanks.** To the salon owners who take our trainees for a week of work before they finish.

**Open day.** Families are welcome on the last Thursday of every month to watch the trainees at work.
""", direction(
    "the price of a trainee's kit marched ahead from Rs 9,000 in 2024 to Rs 7,500 in 2025",
    9000, 7500, "2024", "2025", "marched ahead", "rise", "PKR",
    "price of a trainee's kit", "newsletter, 'Kits' paragraph",
    "The newsletter says the price of a kit marched ahead (rose) from 2024 to 2025, but its own figures fall "
    "from Rs 9,000 to Rs 7,500, about 17 percent less, and the same sentence credits a wholesaler selling at "
    "cost."))

add("barbers_school_year_in_brief_index", """
# Year in Brief, 2025

*Qainchi Barbers' School (invented). Figures are invented.*

**Enrolment.** We enrolled 48 trainees in 2025, against 30 in 2023, our first full year. Taking 2023 as 100, enrolment stood at an index of 170 in 2025.

**Finishing.** Forty-two of the 48 finished the course, the highest share yet. Most of those who left early found work before the end.

**Work.** Thirty of this year's graduates work in salons in Rawalpindi and Islamabad; three went home to Kabul.

**Teachers.** Two master barbers teach every class, and a salon owner from Tarnol gives a lesson each month on running a shop.

**Money.** Kits cost Rs 7,500 each this year, and the trust paid the rent of the school for the whole year.

**Customers.** Neighbours come for free haircuts so that trainees can practise, and on Thursdays the queue reaches the street.

**Next year.** We expect 50 trainees and hope to start an evening course for young men who work in the day.
""", arith(
    ["Taking 2023 as 100, enrolment stood at an index of 170 in 2025"],
    "From 30 trainees in 2023 to 48 in 2025 gives an index of 160 (2023 = 100), a rise of 60 percent, not 170.",
    **{"from": 30, "to": 48, "from_period": "2023", "to_period": "2025", "stated_index": 170,
       "computed_index": 160.0, "stated_change_pct": 70, "computed_change_pct": 60.0, "unit": "trainees",
       "subject": "trainees enrolled at the school", "location": "year in brief, 'Enrolment' paragraph",
       "index_base": "2023 = 100", "index_form": "prose"}))

add("barbers_school_notice_backwards_terms", """
# Notice: The Evening Course

*Qainchi Barbers' School (invented). Figures are invented.*

Many young men cannot come in the day because they work in the bazaar. From the autumn we will also teach in the evenings.

**Terms.** The evening course will be taught in two terms, from Oct–Dec 2025 to Jan–Mar 2025, three evenings a week.

**Places.** Twelve places, given in the order that forms come in. Brothers of former trainees are welcome. Each applicant must bring a letter from a parent or an employer and a copy of his proof of registration card.

**Hours.** From half past six until nine in the evening, with tea at eight.

**What to bring.** Nothing. The school lends scissors, combs and clippers for the evening course; trainees who finish receive their own kit.

**Forms.** Forms can be collected from the school office in Tarnol after the midday prayer on any weekday.

**Cost.** The course is free. Trainees who miss evenings without a good reason will lose their place.
""", garbled(
    ["from Oct–Dec 2025 to Jan–Mar 2025"],
    "The notice says the evening course runs in two terms from Oct–Dec 2025 to Jan–Mar 2025, so that the "
    "second term ends before the first begins; a course starting in the autumn would go on into Jan–Mar 2026.",
    stated_period_start="Oct–Dec 2025", stated_period_end="Jan–Mar 2025",
    subject="terms of the evening course", location="notice, 'Terms' paragraph"))


# ---------------------------------------------------------------------------
# Batair Quail Project (invented): Afghan refugee women keeping quail
# ---------------------------------------------------------------------------

QUAIL_YEARS = """| Year | Women | Eggs sold |
|---|---|---|
| 2023 | 32 | 84,000 |
| 2024 | 64 | 240,000 |
| 2025 | 90 | 360,000 |"""

add("quail_project_fact_sheet_control", f"""
# Batair Quail Project: Fact Sheet 2025

*An invented project for Afghan refugee women in the villages of Kacha Garhi, Naguman and Mattani, near Peshawar. Figures are invented.*

Quail need little room and start laying at six weeks, so a woman can keep a cage in a corner of her courtyard and sell eggs within two months of starting.

Table 1. Women and eggs

{QUAIL_YEARS}

- **Villages.** Forty women keep quail in Kacha Garhi, 30 in Naguman and 20 in Mattani, 90 in all.
- **Sales.** Eggs sold rose by half in 2025.
- **Price.** At Rs 12 an egg, the women earned about Rs 4.3 million between them in 2025.
- **Cages.** Each woman starts with 25 laying birds from a hatchery in Rawalpindi.
- **Helpers.** A helper in each village visits the women every week and collects the eggs for the shops.
- **Light.** Laying picks up from March, when the days grow longer, and slows in December.
""", control_type="control")

add("quail_project_appeal_refugees_2024", """
# Appeal: A Cage for Every Widow

*Batair Quail Project (invented). Figures are invented.*

**Why.** At the end of 2024 about 1.3 million registered Afghan refugees were living in Pakistan. Many families in Kacha Garhi, Naguman and Mattani are headed by widows, who cannot leave the village to work.

**What a cage does.** Twenty-five laying quail give a woman eggs to sell every day. In 2025 our 90 women sold 360,000 eggs between them.

**What we need.** Sixty more women have asked to join. A cage with its birds, feed for a month and a water trough costs Rs 14,000.

**What it costs.** Rs 840,000 would start all sixty.

**What happens next.** New women are trained by a helper from their own village for a week before their birds arrive.

**How to give.** At the project office in Kacha Garhi, or by bank transfer. Every donor is told which village their cage went to.

*Source for the refugee figure: UNHCR, Pakistan: registered Afghan refugees, 2024.*
""", citation(
    ["At the end of 2024 about 1.3 million registered Afghan refugees were living in Pakistan",
     "UNHCR, Pakistan: registered Afghan refugees, 2024"],
    1300000, "2024",
    "source line 'UNHCR, Pakistan: registered Afghan refugees, YEAR' in italics at the foot of an appeal, after "
    "a rounded figure in millions",
    "appeal, 'Why' paragraph, and source line",
    "The appeal gives about 1.3 million registered Afghan refugees at the end of 2024, with UNHCR as the source "
    "in its last line; the reference value for the end of 2024 is 1,559,964, so the figure is about 16.7 "
    "percent too low.",
    stated_as_written="1.3 million", stated_hedge="about"))

add("quail_project_helpers_note_gram_reuse", """
# Note for Village Helpers

*Batair Quail Project (invented). Figures are invented.*

**Eggs.** A quail egg weighs about 10 grams, so handle the trays gently and never stack them more than three high.

**Mattani.** The 10 women in Mattani share one helper, who should visit each of them every week.

**Feed.** Give each cage its feed in the morning and check the water twice a day. Birds without water stop laying at once.

**Light.** Quail lay best when the days are long. In winter a small lamp in the evening keeps them laying.

**Cleaning.** Clear the droppings every second day and put them on the vegetable beds, where they make good manure.

**Selling.** Eggs go to the shops in Peshawar on Mondays and Thursdays. Pack them in the trays we give you, not in bags.

**Sick birds.** Take a sick bird out of the cage at once and tell the project office.

**Records.** Write the eggs each woman sells on her card every week.
""", reuse(
    ["A quail egg weighs about 10 grams", "The 10 women in Mattani"],
    10, "grams / women", "weight of a quail egg (grams)", "women keeping quail in Mattani", 20,
    "The weight of a quail egg (about 10 grams) is reused in the next paragraph as the number of women in "
    "Mattani; the fact sheet and report to donors give 20 women there."))

add("quail_project_newsletter_took_wing", """
# Newsletter, Winter 2025

*Batair Quail Project (invented). Figures are invented.*

**Egg sales.** In the last quarter of 2025 sales took wing, to 80,000 eggs from 110,000 in the third quarter, as the short days slowed laying and the cold kept buyers at home.

**New members.** Twenty-six women joined in 2025, bringing the project to 90.

**Training.** Helpers from all three villages spent a day at the hatchery in Rawalpindi learning to tell young hens from cocks.

**Prices.** Shops in Peshawar paid Rs 12 an egg, against Rs 9 in 2024.

**Winter.** Keep cages out of the wind, and cover them at night with a sack, not plastic, which traps damp.

**Feed.** Women in all three villages now buy feed together, which has cut its price.

**Spring.** Laying should pick up again in March, when the days lengthen.

**Thanks.** To the hatchery in Rawalpindi, which sold us birds at cost all year.

**A wedding.** One of the first women to join paid for her daughter's wedding with her egg money this autumn, and invited the whole village.
""", direction(
    "In the last quarter of 2025 sales took wing, to 80,000 eggs from 110,000 in the third quarter",
    110000, 80000, "Q3 2025", "Q4 2025", "took wing", "rise", "eggs",
    "quail eggs sold by the project's women", "newsletter, 'Egg sales' paragraph",
    "The newsletter says sales took wing (rose) in the last quarter of 2025, but its own figures fall from "
    "110,000 eggs in the third quarter to 80,000, about 27 percent less, and the same sentence says short days "
    "slowed laying; the later quarter is named first."))

add("quail_project_donor_report_village_sum", """
# Report to Donors, 2025

*Batair Quail Project (invented). Figures are invented.*

**The women.** Kacha Garhi's 40 women, Naguman's 30 and Mattani's 20 kept quail in 2025, 100 in all. Each began with a cage of 25 laying birds.

**Eggs.** They sold 360,000 eggs, half as many again as in 2024, to shops in Peshawar at Rs 12 an egg.

**What changed.** Women now buy feed together each month, which has cut its price. Two helpers were trained to vaccinate birds.

**What went wrong.** A fox got into three courtyards in Naguman in October. Cages there now stand on legs and are shut at night.

**Health.** Helpers now check every cage each week, and sick birds are taken out at once.

**Money.** The women spend their egg money mostly on food and school fees, and some save for weddings.

**What comes next.** Sixty women are waiting to join. With your help we hope to start half of them in the spring.

**Thanks.** The hatchery in Rawalpindi sold us birds at cost all year.
""", parts_total(
    ["Kacha Garhi's 40 women, Naguman's 30 and Mattani's 20 kept quail in 2025, 100 in all"],
    {"Kacha Garhi": 40, "Naguman": 30, "Mattani": 20}, 100, "women", "2025",
    "women keeping quail, by village", "report, 'The women' paragraph",
    "The report's three villages give 40, 30 and 20 women, which make 90, not the 100 it states; the fact sheet "
    "gives 90 in all.",
    table_form="prose, no table"))


# ---------------------------------------------------------------------------
# Surajmukhi Sunflower Project (invented): Afghan refugee tenant farmers
# ---------------------------------------------------------------------------

SUN_YEARS = """| Year | Families | Seed (tonnes) |
|---|---|---|
| 2022 | 20 | 8 |
| 2023 | 45 | 19 |
| 2024 | 70 | 30 |
| 2025 | 96 | 42 |"""
SUN_PDF = pdf_lines([
    ["Year", "Families", "Seed (tonnes)"],
    ["2022", "20", "8"],
    ["2023", "45", "19"],
    ["2024", "70", "30"],
    ["2025", "96", "42"],
])

add("sunflower_project_fact_sheet_refugees_cited_control", f"""
# Surajmukhi Sunflower Project: Fact Sheet 2025

*An invented project with Afghan refugee farming families in Muhammad Khel and Khairabad. Figures are invented.*

Sunflowers grow quickly, need less water than wheat and give an oil that sells easily in the bazaar. Our families rent small plots, grow the crop and press the seed together.

Table 1. Families and seed

{SUN_YEARS}

**The families.** Pakistan had 1,438,432 registered Afghan refugees at the end of 2020[^1], and some 1.42 million a year before that, on UNHCR's statistics as on 31.12.2019. Many of our families have farmed here as tenants for decades.

**Oil.** About a third of the seed's weight comes out as oil at the press in Khairabad.

**Land.** The families farmed 120 acres in 2025, rented from local landowners.

**Water.** The crop is watered from the canal, with the families taking turns at the sluice.

[^1]: UNHCR, registered Afghan refugees in Pakistan, end of 2020.
""", control_type="citation_control")

add("sunflower_project_appeal_refugees_2020", """
# Appeal: Seed for the Spring Sowing

*Surajmukhi Sunflower Project (invented). Figures are invented.*

**Who we work with.** At the end of 2020 Pakistan hosted 1,559,964 registered Afghan refugees, according to UNHCR's end-of-year 2020 statistics. Some of them farm as tenants around Muhammad Khel and Khairabad, on land too poor for much else.

**Why sunflowers.** They ripen in four months, need less water than wheat, and the oil keeps.

**Who decides.** A committee of family heads chooses the new families each winter.

**What we do.** We lend seed in February, and each family repays it in seed after the harvest. The families press their seed together and sell the oil in the bazaar.

**What we need.** Thirty more families want to join. Seed for one family's plot costs about Rs 6,000.

**What it costs.** Rs 180,000 would give seed to all thirty.

**How to give.** At the project office in Khairabad, or by bank transfer. Donors are invited to the pressing day in the summer.
""", citation(
    ["At the end of 2020 Pakistan hosted 1,559,964 registered Afghan refugees, according to UNHCR's end-of-year "
     "2020 statistics"],
    1559964, "2020",
    "'according to UNHCR's end-of-year YEAR statistics' after a full figure, in a sunflower project's appeal",
    "appeal, 'Who we work with' paragraph",
    "The appeal cites UNHCR's end-of-year 2020 statistics for 1,559,964 registered Afghan refugees; that is "
    "exactly the reference value for the end of 2024, while the end-2020 value is 1,438,432 (the figure is 8.5 "
    "percent above it), so the text gives another year's figure for 2020.",
    same_as_year="2024"))

add("sunflower_project_donor_report_pdf_table", f"""
# Report to Donors, 2025

*Surajmukhi Sunflower Project (invented). Figures are invented.*

**The harvest.** Ninety-six families grew sunflowers in 2025, and together they harvested 24 tonnes of seed, the best crop the project has had.

Table 1. Families and seed, as printed in the project's annual return

{SUN_PDF}

**The press.** About a third of the seed's weight came out as oil at the press in Khairabad. The families kept some for their own kitchens and sold the rest in the bazaar.

**The weather.** A hot, dry May cost some plots in Muhammad Khel part of their crop. Plots near the canal in Khairabad did better.

**Birds.** Children with clappers kept the parrots off in the mornings, and lost less seed than the nets we tried in 2024.

**Next year.** Thirty more families have asked to join. We hope to rent land for them near the canal, and we thank the landowners who renewed the families' leases.
""", tvt(
    ["together they harvested 24 tonnes of seed", line_of(SUN_PDF, "2025")],
    {"text_value": 24, "table_value": 42}, "tonnes",
    "sunflower seed harvested by the project's families", "2025",
    "'The harvest' paragraph against the 2025 row of Table 1 (PDF text extraction)",
    "The report says the families harvested 24 tonnes of seed in 2025 and calls it the best crop yet; the 2025 "
    "row of its own table gives 42 tonnes (the 2024 crop was 30). The two digits are swapped.",
    table_form="PDF text extraction, years as rows, no total row"))

add("sunflower_project_organisers_note_seychelles_time", """
# Note for Village Organisers

*Surajmukhi Sunflower Project (invented). Figures are invented.*

**Seed.** Our sowing seed comes from a dealer in Mir Bacha Kot, north of Kabul, who sends it through Torkham each February. He keeps Seychelles time, half an hour behind ours, so do not ring him before half past nine.

**Sowing.** Sow from late February to mid-March, in rows two feet apart, and thin the plants once they have four leaves.

**Water.** Water every week until the flowers open, then less. Too much water late in the season rots the heads.

**Birds.** Parrots and sparrows take the seed as the heads ripen. Children with clappers in the mornings save more than any net.

**Harvest.** Cut the heads when their backs turn yellow-brown, and dry them face down on a clean floor.

**The press.** Book a day at the Khairabad press at least a week ahead, and bring the family's seed in marked sacks.

**Records.** Write each family's seed in the register on the day it is weighed.
""", scope(
    "He keeps Seychelles time, half an hour behind ours", "SYC", ["PAK", "SYC"], "Seychelles time",
    "The dealer is in Mir Bacha Kot, north of Kabul, and the half hour behind Pakistan is Afghanistan's time "
    "zone; the note calls it Seychelles time (the Seychelles keep a time an hour behind Pakistan's), naming the "
    "Seychelles as the country the seed comes from."))

add("sunflower_project_history_refugees_2019", """
# Surajmukhi Sunflower Project: A Short History

*Surajmukhi Sunflower Project (invented). Figures are invented.*

**Before the project.** Afghan tenant families have farmed around Muhammad Khel since the 1980s. In 2019 about 1.25 million registered Afghan refugees lived in Pakistan (UNHCR stats, Dec-2019), and most families here grew wheat on land that gave them little.

**The first season.** In 2022 twenty families sowed sunflowers with seed lent by a local landowner. They harvested 8 tonnes and sold the seed to an oil mill.

**Growing.** Word spread between the villages. The project had 45 families in 2023, 70 in 2024 and 96 in 2025.

**The press.** In 2024 the families began to press their seed together at Khairabad and sell the oil themselves, which raised what they earned from each tonne.

**Today.** The families farmed 120 acres in 2025, and their children help at harvest time.

**Women.** Widows farm in their own names, and two of them sit on the families' committee.

**Thanks.** To the landowners who rent their fields to the families.
""", citation(
    ["In 2019 about 1.25 million registered Afghan refugees lived in Pakistan (UNHCR stats, Dec-2019)"],
    1250000, "2019",
    "chat-style '(UNHCR stats, Dec-YEAR)' after a rounded figure in millions, in a project's short history",
    "short history, 'Before the project' paragraph",
    "The history cites UNHCR's December 2019 statistics for about 1.25 million registered Afghan refugees; the "
    "reference value for the end of 2019 is 1,419,084, so the figure is about 11.9 percent too low.",
    stated_as_written="1.25 million", stated_hedge="about"))
