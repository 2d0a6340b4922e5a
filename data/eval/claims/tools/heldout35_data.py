# Thirty-fifth held-out set of synthetic documents ("heldout35").  Written
# from scratch after heldout34/, by a labeller session that had not opened
# dyad's implementation or history and had not seen any of its results.
# Every entry: name (topic slug, numbered later by build_heldout35.py), text,
# labels (list of defect dicts), control_type for controls.
# Registers not used before: a sheepskin traders' association buying salted
# Afghan sheepskins for poosteen (sheepskin coat) workshops and tanneries
# (with the annual trade series, the 2021-2024 rows with a surplus column); a
# rosewater distillery buying Afghan damask rose petals; a beehive works
# selling hives, frames and smokers to Afghan dealers; a seed drill works
# selling to Afghan dealers; a rubber stamp and seal maker with Afghan
# customers and Afghan dealers in ink pads; a scabies (skin) clinic for
# Afghan refugees; a refugee youth astronomy club; a mobile phone repair
# school for young Afghan refugee men; a geese project with Afghan refugee
# women; and a mazri (dwarf palm) weaving project with Afghan refugee women.
#
# Invented figures shared with earlier sets: annual trade series (README:
# exports 1,290 / 942 / 828 / 936 / 1,012 / 884 and imports 441 / 509 / 552 /
# 741 / 690 / 540 for 2019-2024, balances 849 / 433 / 276 / 195 / 322 / 344,
# totals 1,731 / 1,451 / 1,380 / 1,677 / 1,702 / 1,424); reference refugee
# series (1,419,084 / 1,438,432 / 1,490,562 / 1,743,278 / 1,987,717 /
# 1,559,964 for 2019-2024).
#
# New invented figures, consistent with the above:
#   Liaquat Bazaar Sheepskin Traders' Association, Quetta (invented, 24 member
#     firms, fifteen of them buying from 38 Afghan middlemen in Chakhcharan,
#     Qala-e Naw and Nili; selling to some 60 poosteen workshops in Quetta and
#     to tanneries in Korangi, Karachi): salted Afghan sheepskins bought: 2021
#     30,000, 2022 36,000 (+20.0 percent), 2023 45,000 (+25.0), 2024 40,000
#     (-11.1), 2025 48,000 (+20.0, a fifth and 8,000 more); by crossing 2024
#     Chaman 36,000, Torkham 4,000; 2025 Chaman 42,000 (seven-eighths),
#     Torkham 6,000; Rs 1,500 a skin in 2025 (Rs 72 million); Eid week fresh
#     skins 9,000 in June 2024 and 11,000 in June 2025; a skin rests in salt
#     21 days before baling; middlemen's price for a fresh skin at Eid 2025
#     Rs 1,100; outlook for 2026 45,000 to 52,000 skins; a coat buyer from
#     Bavaria.
#   Shinkai Rosewater Distillery, Palosi, Peshawar (invented, begun 1988):
#     Afghan damask rose petals bought from 48 growers in Dara-e Nur and
#     Hesarak, tonnes: 2023 30, 2024 42, 2025 36 (April 8, May 22, June 6); by
#     district 2024 / 2025 Dara-e Nur 24 / 20, Hesarak 18 / 16; Rs 500 a
#     kilogram in 2024, Rs 550 in 2025 (Rs 19.8 million); five bottles of
#     rosewater from a kilogram of petals (180,000 bottles in 2025); sixteen
#     people in the season, five of them Afghan.
#   Shahad Beehive Works, Pajagi, Peshawar (invented): ten-frame hives, spare
#     frames and smokers sold to 14 Afghan dealers in Pul-e Alam and
#     Mahmud-e Raqi: hives 2023 900, 2024 1,200, 2025 1,500 (a quarter more);
#     2025 by city Pul-e Alam 900 / 180 / 3,600 (hives / smokers / frames),
#     Mahmud-e Raqi 600 / 120 / 2,400; Rs 9,000 a hive, Rs 1,200 a smoker,
#     Rs 150 a frame (Rs 14.76 million); eleven carpenters, four of them
#     Afghan; a beekeeper from Yorkshire.
#   Kisan Seed Drills, Burewala (invented): nine-row wheat seed drills sold to
#     16 Afghan dealers in Sar-e Pul and Aibak: 2022 60, 2023 84, 2024 96,
#     2025 120; 2024 / 2025 Sar-e Pul 56 / 72, Aibak 40 / 48; Rs 350,000 a
#     drill (Rs 42 million); 45 kilograms of wheat seed an acre; one Sar-e Pul
#     dealer's orders 30 in 1403 and 24 in 1404 (solar years); thirty
#     workers, six of them Afghan; a wheat farmer from Patagonia.
#   Mashal Stamp Makers, Mohalla Jangi, Peshawar (invented): stamps and seals
#     made (seven orders in ten from Afghan customers) 2023 2,800, 2024 3,200,
#     2025 3,600 (about 12 a working day); 2025 by script Pashto half, Dari
#     three-tenths, Urdu or English a fifth; ink pads to Afghan stationery
#     dealers in Kabul's Shar-e Naw 2023 5,000, 2024 6,000, 2025 7,500;
#     self-inking stamps Jan-Mar 2025 150, Apr-Jun 2025 210; Rs 800 a rubber
#     stamp, Rs 2,400 a self-inking stamp; a collector from Kyushu.
#   Zalmai Skin Clinic, Manghopir, Karachi (invented, opened 2019): Afghan
#     refugee patients treated for scabies / households treated: 2023 1,800 /
#     300, 2024 2,400 / 400, 2025 2,100 / 350 (about 40 patients a week);
#     2025 by age under 5 420 (20 percent), 5 to 14 1,050 (50), 15 and over
#     630 (30); one doctor, three health workers.
#   Lmar Astronomy Club, Azakhel, Nowshera (invented, Afghan refugee youth,
#     begun 2022): girls / boys at year end 2022 4 / 6, 2023 7 / 9, 2024 11 /
#     13, 2025 14 / 16 (10, 16, 24, 30); clear observing nights 18 in 2024 and
#     12 in 2025; three telescopes; two teachers; a star atlas from Tyrol.
#   Rabita Mobile Repair School, Hall Road, Lahore (invented, young Afghan
#     refugee men): trainees enrolled / finished 2023 24 / 20, 2024 36 / 30,
#     2025 45 / 39; 27 of the 39 of 2025 in work; a course of twelve weeks;
#     18 toolkits; toolkit deposit Rs 2,000.
#   Wagma Geese Project, Afghan refugee women in Kheshgi, Misri Banda and
#     Shaidu (invented, begun 2022): women / goslings sold 2022 15 / 120, 2023
#     30 / 300, 2024 45 / 540, 2025 60 / 720 (May 140, June 90); 2025 Kheshgi
#     24, Misri Banda 22, Shaidu 14; Rs 2,800 a gosling in 2024 and Rs 2,500
#     in 2025 (Rs 1.8 million); a goose house Rs 9,000, two geese and a gander
#     Rs 6,000, first winter's feed Rs 2,500 (Rs 17,500 a woman); a goose
#     sits about 30 days; a poultry vet from Normandy.
#   Torpekai Mazri Project, Afghan refugee women in Togh, Banda Daud Shah and
#     Latamber (invented, begun 2022): women / mats and baskets sold 2022 20 /
#     1,000, 2023 40 / 2,400, 2024 55 / 3,300, 2025 70 / 4,200; 2025 Togh 30,
#     Banda Daud Shah 25, Latamber 15; Rs 400 a piece (Rs 1.68 million).

HELDOUT35 = []
from heldout_labels import (  # noqa: F401
    PAIR, REFS, adder, arith, change_pct, citation, direction, garbled, line_of, parts_total, pdf_lines, scope, tvt,
    repeated, reuse,
)

add = adder(HELDOUT35)


# ---------------------------------------------------------------------------
# Liaquat Bazaar Sheepskin Traders' Association (invented): Afghan sheepskins
# ---------------------------------------------------------------------------

SHEEP_YEARS = """| Year | Skins bought | Change (%) |
|---|---|---|
| 2021 | 30,000 | – |
| 2022 | 36,000 | +20.0 |
| 2023 | 45,000 | +25.0 |
| 2024 | 40,000 | −11.1 |
| 2025 | 48,000 | +20.0 |"""
SHEEP_YEARS_BAD = SHEEP_YEARS.replace("| 2025 | 48,000 | +20.0 |", "| 2025 | 48,000 | +16.7 |")
TRADE_SURPLUS = """| Year | Exports to Afghanistan | Imports from Afghanistan | Surplus |
|---|---|---|---|
| 2021 | 828 | 552 | 276 |
| 2022 | 936 | 741 | 195 |
| 2023 | 1,012 | 690 | 322 |
| 2024 | 884 | 540 | 344 |"""
SHEEP_CROSSINGS = """| Crossing | 2024 | 2025 |
|---|---|---|
| Chaman | 36,000 | 42,000 |
| Torkham | 4,000 | 6,000 |
| Total | 40,000 | 48,000 |"""

add("sheepskin_traders_agm_report_control", f"""
# Secretary's Report to the Annual General Meeting, 2025

*Liaquat Bazaar Sheepskin Traders' Association, Quetta (invented). All figures are invented.*

Our 24 member firms buy salted sheepskins and sell them to some 60 poosteen workshops in Quetta, which sew the embroidered sheepskin coats worn through the winter, and to tanneries in Karachi's Korangi. Fifteen firms buy across the border, from 38 Afghan middlemen in Chakhcharan, Qala-e Naw and Nili.

Table 1. Afghan sheepskins bought by members

{SHEEP_YEARS}

In 2025 members bought a fifth more skins than in 2024, 8,000 more, and seven-eighths of them came through Chaman. At Rs 1,500 a skin, the year's buying came to Rs 72 million.

Table 2. Pakistan–Afghanistan trade, US$ million

{TRADE_SURPLUS}

Members' banks watch the wider trade. Pakistan's exports to Afghanistan rose steadily from US$ 828 million in 2021 to US$ 1,012 million in 2023, before falling back in 2024.

A coat buyer from Bavaria walked the bazaar in November and ordered coats for a shop in Munich.
""", control_type="control")

add("sheepskin_traders_credit_note_change_cell", f"""
# Note for the Credit Committee of Our Bank

*Liaquat Bazaar Sheepskin Traders' Association (invented). Figures are invented.*

Members borrow each spring to buy skins before the Eid slaughter and repay in winter, when the poosteen workshops pay for their coats. The committee asked for the association's buying over five years; the figures below come from members' own returns, checked by the secretary.

Table 1. Afghan sheepskins bought by members

{SHEEP_YEARS_BAD}

Buying fell in 2024, when Chaman was shut for weeks at a time and salted skins spoiled in trucks at the border, and recovered in 2025 as the crossing stayed open.

Most members' loans are secured on stock in their godowns. A salted skin keeps for a year if it is stored dry and turned, so stock held over the summer loses little of its value.

The secretary will gladly take members of the committee round the godowns of Liaquat Bazaar, where skins are graded, baled and weighed before they leave for the workshops and for Karachi.
""", arith(
    [line_of(SHEEP_YEARS_BAD, "| 2025")],
    "The 2025 row gives a change of +16.7 percent, but 48,000 skins against 40,000 in 2024 is a rise of 20.0 "
    "percent; 16.7 is the rise of 8,000 taken over the new year's 48,000 instead of the old year's 40,000. The "
    "other rows are right.",
    **{"from": 40000, "to": 48000, "from_period": "2024", "to_period": "2025", "stated_change_pct": 16.7,
       "computed_change_pct": 20.0, "unit": "skins", "subject": "Afghan sheepskins bought by members",
       "location": "note, Table 1, 2025 row, Change (%) column",
       "table_form": "pipe, years as rows with a Change (%) column and a dash in the first row"}))

add("sheepskin_traders_crossings_bulletin_column_slip", f"""
# Members' Bulletin: The Crossings in 2025

*Liaquat Bazaar Sheepskin Traders' Association (invented). Figures are invented.*

Chaman carried 36,000 of the skins members bought in 2025, and Torkham the rest, most of them skins from Chakhcharan sent by way of Kabul when the Kandahar road was blocked.

Table 1. Afghan sheepskins bought by members, by crossing

{SHEEP_CROSSINGS}

**Closures.** Chaman was shut for eleven days in March. Skins already salted waited safely; two trucks of fresh skins did not, and their owners lost most of the load.

**Salt.** Middlemen in Nili now salt skins before they are loaded, which adds a day but saves the hair. Members should ask every middleman to do the same.

**Papers.** Customs at Chaman now ask for the middleman's receipt as well as the goods declaration. Keep a copy of both with every bale.

**Torkham.** The longer road through Kabul costs about Rs 90 a skin more, but members who used it in the spring say the saving in spoiled skins paid for it.
""", tvt(
    ["Chaman carried 36,000 of the skins members bought in 2025", "| Chaman | 36,000 | 42,000 |"],
    {"lead_value": 36000, "table_value": 42000}, "skins",
    "Afghan sheepskins bought by members that crossed at Chaman", "2025",
    "bulletin's opening sentence against the Chaman row of Table 1 (2025 column)",
    "The bulletin opens by saying Chaman carried 36,000 of the skins bought in 2025; the Chaman row of its own "
    "table gives 42,000 for 2025. 36,000 is the same row's 2024 figure, so the lead reads the wrong column.",
    table_form="pipe, two year columns and a total row"))

add("sheepskin_traders_eid_note_slimmed_down", """
# After Eid: A Note to Members

*Liaquat Bazaar Sheepskin Traders' Association (invented). Figures are invented.*

Eid al-Adha is the busiest week of our year. Households across Afghanistan sacrifice their sheep, and the middlemen's yards fill with fresh skins overnight.

Eid-week buying slimmed down this year: members took 11,000 fresh skins in June 2025, against 9,000 in June 2024. The middlemen of Nili sent more than ever, and two members bought in Chakhcharan for the first time.

A fresh skin spoils within days in the June heat, so the week's work is won or lost in the yards. Three reminders before next Eid:

1. Salt every skin on the flesh side within a day of slaughter, or the hair slips and the skin is fit only for the tannery.
2. Do not buy skins with knife cuts across the middle. The poosteen workshops cannot make a coat from them.
3. Send the secretary your Eid weights by the end of the month, so that the association's figures are complete.

Members who lent salt to a neighbour during the week should settle the account before the next meeting.
""", direction(
    "Eid-week buying slimmed down this year: members took 11,000 fresh skins in June 2025, against 9,000 in June "
    "2024",
    9000, 11000, "June 2024", "June 2025", "slimmed down", "fall", "skins",
    "fresh Afghan sheepskins bought by members in the week of Eid al-Adha", "note, second paragraph",
    "The note says Eid-week buying slimmed down (grew smaller), but its own figures, with the later year named "
    "first, rise from 9,000 skins in June 2024 to 11,000 in June 2025, and the next sentence says the middlemen "
    "sent more than ever."))

add("sheepskin_traders_outlook_same_eid", """
# Outlook for 2026

*Liaquat Bazaar Sheepskin Traders' Association (invented). Figures are invented.*

**Volume.** Members expect to buy between 45,000 and 52,000 Afghan skins in 2026, if Chaman stays open and the winter is cold enough to sell coats.

**Prices.** In Nili the price middlemen asked for a fresh skin went up from Rs 1,100 at Eid 2025 to Rs 1,100 at Eid 2025, and they say they will ask more next year, as flocks are smaller after the dry spring. Salt and freight are dearer too.

**Workshops.** The poosteen makers of Quetta want larger skins with long, even wool for the coats sold in Kabul and Islamabad. Members who grade carefully will be paid for it.

**Tanneries.** Korangi's tanneries take the skins the workshops refuse. They pay less, but they pay within the month.

**Risks.** A warm winter, a long closure at Chaman, or a change in the duty on raw skins could each cut members' buying by a quarter or more.

The association will publish its first figures for 2026 after Eid.
""", garbled(
    ["went up from Rs 1,100 at Eid 2025 to Rs 1,100 at Eid 2025"],
    "The outlook says the middlemen's price for a fresh skin went up from Rs 1,100 at Eid 2025 to Rs 1,100 at Eid "
    "2025: the start and the end are the same price at the same Eid, so the sentence reports a rise of nothing.",
    start_value=1100, end_value=1100, start_period="Eid 2025", end_period="Eid 2025",
    unit="Rs a skin", subject="middlemen's price for a fresh sheepskin in Nili",
    location="outlook, 'Prices' paragraph"))

add("sheepskin_traders_salting_guide_day_reuse", """
# Guidance for Members: Salting and Baling Skins

*Liaquat Bazaar Sheepskin Traders' Association (invented). Figures are invented.*

Most complaints from the workshops begin in the godown, not in Afghanistan. The committee asks every member to follow these steps and to show them to new godown hands.

1. Spread each skin flat, hair side down, and rub coarse salt into the flesh side, about a kilogram to a skin.
2. Stack salted skins flesh to flesh. A salted skin must rest in the stack for 21 days before it is baled.
3. Bale skins in twenties, tied with jute rope, never wire.
4. Keep bales off the floor and away from the godown door, where rain blows in.
5. Check the stacks each week for red patches, a sign that the salt was damp.
6. Grade before baling, not after. Members supply 21 poosteen workshops in Quetta, and each wants skins of even size in a bale.
7. Mark each bale with the member's name, the grade and the date of salting.

A member who sends a workshop a bale of spoiled skins should take it back without argument.
""", reuse(
    ["A salted skin must rest in the stack for 21 days", "Members supply 21 poosteen workshops in Quetta"],
    21, "days / poosteen workshops", "days a salted skin rests in the stack before baling",
    "poosteen workshops in Quetta that members supply", 60,
    "The days a salted skin rests before baling (21) are reused four steps later as the number of poosteen "
    "workshops members supply; the secretary's report to the annual general meeting gives some 60 poosteen "
    "workshops in Quetta."))


# ---------------------------------------------------------------------------
# Shinkai Rosewater Distillery (invented): Afghan damask rose petals
# ---------------------------------------------------------------------------

ROSE_MONTHS = """| Month | Tonnes of petals |
|---|---|
| April | 8 |
| May | 22 |
| June | 6 |
| Total | 36 |"""

add("rose_distillery_still_room_diary_stray_digit", f"""
# From the Still-Room Diary, Season 2025

*Shinkai Rosewater Distillery, Palosi, Peshawar (invented). Figures are invented. Kept by the still-room foreman.*

**18 April.** First truck of petals from Dara-e Nur, packed in wet sacking and still cool at noon. Still two relined with copper over the winter; it ran clean from the first charge.

**2 May.** Full bloom in Hesarak. All three stills running day and night. The growers' sons sleep in the yard so that each truck is weighed the moment it comes in.

**21 May.** A hot wind at Torkham held two trucks for a day. Their petals went brown and were fit only for the cheaper rosewater.

**28 June.** Last petals of the season. June gave us 16 tonnes, from the last cool mornings in the high gardens, and the stills were scrubbed and closed.

Petals received in the 2025 season:

{ROSE_MONTHS}

**Note for next year.** Ask the growers to pick before sunrise and to send the trucks straight on; petals picked after nine lose their scent on the road.
""", tvt(
    ["June gave us 16 tonnes", "| June | 6 |"],
    {"diary_value": 16, "table_value": 6}, "tonnes",
    "Afghan rose petals received by the distillery in June", "June 2025",
    "diary entry for 28 June against the June row of the season's table at the foot of the diary",
    "The diary's last entry says June gave 16 tonnes of petals; the table of the season's petals in the same diary "
    "gives 6 for June, which with April's 8 and May's 22 makes the total of 36. The entry has a stray digit.",
    table_form="pipe, months as rows and a total row"))

add("rose_distillery_sweet_shop_letter_quarter_again", """
# Letter to a Sweet Shop in Lahore

*Shinkai Rosewater Distillery, Palosi, Peshawar (invented). Figures are invented.*

Dear Begum Gulpari,

Thank you for your letter and for the box of your falooda and kheer, which our manager shared with everyone in the still room.

You asked whether we could supply rosewater in drums as well as bottles next year. We can. In 2024 we distilled 42 tonnes of Afghan petals, one and a quarter times the 30 tonnes of 2023, and this year 36, after a late frost in the gardens of Hesarak. From a kilogram of petals we draw five bottles of rosewater, so a drum for you would not leave our own customers short.

All our petals are damask roses from growers in Dara-e Nur and Hesarak, picked before sunrise and brought through Torkham the same day. We add nothing to the water and distil it only once.

If you would like to visit during the season, in late April or May, you would see the stills at their busiest. We would be glad to show you round.

Yours sincerely,

Samiullah, Manager
""", arith(
    ["In 2024 we distilled 42 tonnes of Afghan petals, one and a quarter times the 30 tonnes of 2023"],
    "From 30 tonnes in 2023 to 42 in 2024 is 1.4 times, a rise of two-fifths (40 percent), not one and a quarter "
    "times (25 percent); one and a quarter times 30 tonnes would be 37.5.",
    **{"from": 30, "to": 42, "from_period": "2023", "to_period": "2024", "stated_fold": 1.25,
       "stated_change_pct": 25, "computed_change_pct": 40.0, "unit": "tonnes",
       "subject": "Afghan rose petals distilled", "location": "letter, third paragraph",
       "as_written": {"stated_fold": "one and a quarter times"}}))

add("rose_distillery_growers_notice_tailed_away", """
# Notice to the Growers' Elders

*Shinkai Rosewater Distillery (invented). Figures are invented. Read out in Dara-e Nur and Hesarak by our agent.*

Elders, we thank you and your growers for the 2025 season, and we write to settle three matters before the next.

**The season.** Between April 2025 and May 2025 deliveries tailed away, from 8 tonnes to 22. The May heat came early, and many gardens were picked in a rush in the second week. June brought only 6 tonnes.

**Payment.** We paid Rs 550 a kilogram this year, against Rs 500 last year. Growers who have not yet received their money should send their receipts with our agent, who will pay them in afghanis on his next visit.

**Picking.** Petals picked after the sun is up lose their scent before they reach Torkham. We will pay a bonus for every truck that arrives before noon with cool petals.

**Sacks.** We will send new jute sacks in March. Please do not use plastic; the petals sweat in it.

We ask the elders to pass this notice to every grower, and we look forward to next spring.
""", direction(
    "Between April 2025 and May 2025 deliveries tailed away, from 8 tonnes to 22",
    8, 22, "April 2025", "May 2025", "tailed away", "fall", "tonnes",
    "Afghan rose petals delivered to the distillery", "notice, 'The season' paragraph",
    "The notice says deliveries tailed away (dwindled) between April and May 2025, but its own figures rise "
    "from 8 tonnes to 22, nearly threefold, and the next sentences describe gardens picked in a rush."))

add("rose_distillery_visitors_guide_micronesia_broadcaster", """
# A Guide for Visitors

*Shinkai Rosewater Distillery, Palosi, Peshawar (invented). Figures are invented.*

Welcome. The distillery has made rosewater on this site since 1988, and you are among the first visitors we have taken into the still room.

**The roses.** Every petal we distil comes from damask roses grown by 48 families in Dara-e Nur and Hesarak, across the border. The gardens flower for about six weeks from late April. Last spring Micronesia's state broadcaster, RTA, filmed the picking in Dara-e Nur for its evening news, and growers still stop our agent to talk about it.

**The stills.** Three copper stills, each fed with petals and spring water and heated gently over a wood fire. The steam passes through a coiled pipe in a cold tank and comes out as rosewater.

**The bottles.** Each bottle is filled and sealed by hand. Please do not touch the bottling table.

**Safety.** The stills are hot even when they look cold. Stay behind the rope, and keep children by the hand.

Bottles may be bought at the gate on your way out.
""", scope(
    "Micronesia's state broadcaster, RTA, filmed the picking in Dara-e Nur", "FSM", ["PAK", "FSM"],
    "Micronesia's state broadcaster",
    "RTA, Radio Television Afghanistan, is the Afghan state broadcaster, and Dara-e Nur, where it filmed the "
    "picking, is a district of Afghanistan; the guide calls it Micronesia's, naming Micronesia in place of the "
    "Afghan side, where the roses are grown."))

add("rose_distillery_still_room_rules_dry_twice", """
# Rules of the Still Room

*Shinkai Rosewater Distillery (invented). Figures are invented. Painted on the wall by the door.*

1. Wash your hands and feet before you enter. Petals take up every smell.
2. Charge each still with petals first and spring water after, never the other way round.
3. Keep the fire low. Rosewater that boils hard comes out cloudy and smells of smoke.
4. Watch the water in every still. Never let a still run dry. Never let a still run dry. A dry still scorches the petals and spoils the whole charge.
5. Change the cold water in the tank every hour, and more often in June.
6. Fill bottles only from the middle of a run; the first and last cups go into the cheaper grade.
7. Write every charge in the book: the time, the still, the weight of petals and the bottles filled.
8. Empty and scrub each still at the end of the day, and leave its lid open to dry.

The foreman may send home anyone who breaks these rules in the season.
""", repeated(
    "Never let a still run dry.", 2,
    "what still-room hands must do with the water in the stills", "rules, item 4",
    "The same sentence on not letting a still run dry is painted twice in a row in the fourth rule."))


# ---------------------------------------------------------------------------
# Shahad Beehive Works (invented): hives, frames and smokers for Afghan dealers
# ---------------------------------------------------------------------------

BEE_CITIES = """| Dealers in | Hives | Smokers | Spare frames |
|---|---|---|---|
| Pul-e Alam | 900 | 180 | 3,600 |
| Mahmud-e Raqi | 600 | 120 | 2,400 |
| Total | 1,500 | 300 | 6,000 |"""
BEE_CONSIGNMENT_BAD = """| Item | Pieces |
|---|---|
| Hives, ten-frame, flat-packed | 60 |
| Spare frames | 240 |
| Smokers | 12 |
| Queen excluders | 30 |
| Total | 352 |"""

add("beehive_works_owner_review_control", f"""
# The Owner's Review of 2025

*Shahad Beehive Works, Pajagi, Peshawar (invented). Figures are invented.*

We make wooden hives of the ten-frame kind, spare frames and bellows smokers, and sell nearly all of them to 14 Afghan dealers in Pul-e Alam and Mahmud-e Raqi, who supply beekeepers moving their hives between the orchards and the hills.

Table 1. Sales to Afghan dealers in 2025

{BEE_CITIES}

Hive sales rose by a quarter, from 1,200 in 2024 to 1,500, as beekeepers who lost colonies in the cold spring of 2024 built up again. Three-fifths of the hives went to Pul-e Alam.

At Rs 9,000 a hive, Rs 1,200 a smoker and Rs 150 a frame, the year's sales came to Rs 14.76 million, before freight.

Eleven carpenters work in the shop, four of them Afghans who learnt the trade from their fathers in the villages around Pul-e Alam.

One letter came from further away: a beekeeper from Yorkshire, who had seen our hives in a photograph, asked whether we could send him a smoker. We sent two.
""", control_type="control")

add("beehive_works_lid_leaflet_frame_reuse", """
# Leaflet Pasted Inside Every Hive Lid

*Shahad Beehive Works, Pajagi, Peshawar (invented). Figures are invented. Printed in Pashto and Dari; this is the English text.*

**Your new hive.** Each hive body takes ten frames, hung from the ledges so that they do not touch the floor. Leave the space between frames as it is; the bees will fill a wider gap with comb.

**Before the bees.** Stand the hive a hand's width above the ground, on bricks or a stand, facing the morning sun.

**Wax.** Fit each frame with a sheet of wax foundation. Bees build faster on it, and the comb comes out straight.

**Smoker.** Light it with dry grass or sacking, never with paper soaked in oil. A little cool smoke is enough.

**Moving.** Close the entrance at dusk, strap the hive and move it by night.

**Spares.** Our ten Afghan dealers in Pul-e Alam and Mahmud-e Raqi keep spare frames, smokers and queen excluders in stock. Ask your dealer; if he has none, he can order them from us within a fortnight.

**Care.** Paint the outside every second year with a pale colour. Never paint the inside.
""", reuse(
    ["Each hive body takes ten frames", "Our ten Afghan dealers in Pul-e Alam and Mahmud-e Raqi"],
    10, "frames / dealers", "frames a hive body takes", "Afghan dealers who sell the works' hives", 14,
    "The frames a hive body takes (ten) are reused near the end of the leaflet as the number of Afghan dealers; "
    "the owner's review gives 14 Afghan dealers in Pul-e Alam and Mahmud-e Raqi.",
    value_as_written="ten"))

add("beehive_works_consignment_list_total", f"""
# Consignment List for the Clearing Agent

*Shahad Beehive Works, Pajagi, Peshawar (invented). Figures are invented.*

**To:** Our clearing agent at Torkham

**Truck:** one six-wheeler, leaving Pajagi on Monday morning

**For:** our dealer in Mahmud-e Raqi, by way of Kabul

Please clear the goods below on the dealer's behalf and send us a copy of the goods declaration. The hives travel flat-packed, in bundles of five, and the frames in cartons of forty.

Table 1. Goods on the truck

{BEE_CONSIGNMENT_BAD}

All goods are of wood and tinned sheet, made in our own shop; none is second-hand. The smokers are packed with the queen excluders in the last two cartons, nearest the tailboard.

The dealer pays duty and freight on arrival. If customs ask to open a bundle, please let them, and see that the bundle is strapped again before the truck moves on.

Call the works if the truck is held for more than a day.
""", parts_total(
    [line_of(BEE_CONSIGNMENT_BAD, "| Total")],
    {"Hives, ten-frame, flat-packed": 60, "Spare frames": 240, "Smokers": 12, "Queen excluders": 30}, 352,
    "pieces", "one consignment, 2025", "goods on one truck to a dealer in Mahmud-e Raqi",
    "consignment list, Table 1, total row",
    "The total row gives 352 pieces, but the four lines (60 hives, 240 frames, 12 smokers and 30 queen excluders) "
    "make 342.",
    table_form="pipe, one column of pieces with a total row"))

add("beehive_works_dealer_letter_saint_lucia_power", """
# Letter to Our Dealers

*Shahad Beehive Works, Pajagi, Peshawar (invented). Figures are invented.*

Dear friends in Pul-e Alam and Mahmud-e Raqi,

We write to explain why some of your spring orders will reach you a week or two late, and to ask your patience.

Since January, Saint Lucia's Peshawar Electric Supply Company has cut the power to our part of Pajagi for up to eight hours a day. Our saws and planers stand idle while the lines are dead, and the generator we bought in February can run only one machine at a time.

We have moved the carpenters to two shifts, one before dawn and one in the evening, when the power is more often on. The hives for the orders placed before March will leave on time; later orders will follow as we catch up.

Prices stay as they were. Payment is half with the order and half when the goods reach you, as before.

If a beekeeper cannot wait, please tell us, and we will send his hives in the first truck.

With our thanks,

Asadullah and sons
""", scope(
    "Saint Lucia's Peshawar Electric Supply Company has cut the power", "LCA", ["LCA", "AFG"],
    "Saint Lucia's Peshawar Electric Supply Company",
    "The Peshawar Electric Supply Company, which supplies Pajagi in Peshawar with power, is Pakistan's; the letter "
    "calls it Saint Lucia's, naming Saint Lucia in place of the Pakistani side, where the works stands."))

add("beehive_works_price_notice_backwards_dates", """
# Price Notice for Dealers

*Shahad Beehive Works, Pajagi, Peshawar (invented). Figures are invented.*

These prices hold from 15 February 2026 to 30 November 2025, for orders sent by letter, by telephone or through our man in Kabul.

- Hive, ten-frame, with floor, roof and ten frames: Rs 9,000
- Spare frame, wired: Rs 150
- Bellows smoker, tinned sheet: Rs 1,200
- Queen excluder: Rs 700

Hives are sent flat-packed with nails and a sheet of instructions in Pashto and Dari. A dealer who wants them nailed up may ask, at Rs 500 a hive, but they take three times the space on the truck.

Orders of fifty hives or more are sent free to Torkham. Smaller orders pay the freight.

Payment: half with the order, half when the goods reach the dealer.

A frame that arrives broken will be replaced free with the next order. A hive left out in the rain before it is painted will not.

We thank our dealers for their orders through a hard year.
""", garbled(
    ["These prices hold from 15 February 2026 to 30 November 2025"],
    "The notice says its prices hold from 15 February 2026 to 30 November 2025, a period that ends two and a half "
    "months before it begins; a price list that starts in February 2026 would run to a later date, such as 30 "
    "November 2026.",
    stated_period_start="15 February 2026", stated_period_end="30 November 2025",
    subject="period for which the dealers' prices hold", location="price notice, first sentence"))


# ---------------------------------------------------------------------------
# Kisan Seed Drills (invented): wheat seed drills for Afghan dealers
# ---------------------------------------------------------------------------

DRILL_YEARS = """| Year | Seed drills sold |
|---|---|
| 2022 | 60 |
| 2023 | 84 |
| 2024 | 96 |
| 2025 | 120 |"""
DRILL_CITIES = """| Dealers in | 2024 | 2025 |
|---|---|---|
| Sar-e Pul | 56 | 72 |
| Aibak | 40 | 48 |
| Total | 96 | 120 |"""

add("seed_drill_works_sales_statement_control", f"""
# Kisan Seed Drills: Sales Statement 2025

*An invented works in Burewala. Figures are invented.*

We build tractor-drawn seed drills that sow wheat in nine rows, and sell most of them to 16 Afghan dealers in Sar-e Pul and Aibak, where farmers still broadcast seed by hand on many fields.

Table 1. Seed drills sold to Afghan dealers

{DRILL_YEARS}

Sales rose steadily, from 60 drills in 2022 to 120 in 2025, twice as many, and the 2025 figure was a quarter more than 2024's. Dealers in Sar-e Pul took 72 drills and those in Aibak 48.

At Rs 350,000 a drill, the year's sales brought in Rs 42 million. Dealers pay a third with the order and the rest before the drills leave Burewala.

Thirty men work at the works, six of them Afghans who came with their families in the 1990s and now run the paint shop.

In October a wheat farmer from Patagonia, touring farms in the Punjab, spent an afternoon at the works and asked for a drill to be sent to him for trials.
""", control_type="control")

add("seed_drill_works_voice_note_memo", f"""
# Memo

*Kisan Seed Drills, Burewala (invented). Figures are invented.*

**To:** The sales office

**From:** The owner's secretary

**Date:** 6 January 2026

**Re:** Dealers' visit in February

The owner sent this voice note from Kabul on Sunday. I have written it out as he spoke it:

"Tell the office the dealers were pleased with this year. Aibak took sixty drills this year and wants more for the spring. Sar-e Pul's dealers complain about the paint, not the machines. Book them all rooms for February and show them the new coulters."

For your reference, the year's sales by city:

Table 1. Seed drills sold to Afghan dealers

{DRILL_CITIES}

Please reserve rooms for nine dealers from 10 to 13 February, arrange a demonstration on the farm at Chichawatni, and ask the paint shop to show them the new primer.

The owner returns on Thursday and will want to see the bookings and the menu for the dinner on the first night.
""", tvt(
    ["Aibak took sixty drills this year", "| Aibak | 40 | 48 |"],
    {"voice_note_value": 60, "table_value": 48}, "seed drills",
    "seed drills sold to Afghan dealers in Aibak", "2025",
    "owner's voice note written out in the memo against the Aibak row of Table 1 (2025 column)",
    "The owner's voice note, as written out in the memo, says Aibak took sixty drills this year; the table of the "
    "year's sales in the same memo gives 48 for Aibak in 2025.",
    text_as_written="sixty", table_form="pipe, two year columns and a total row"))

add("seed_drill_works_dealer_letter_gained_height", """
# Letter to a Dealer in Sar-e Pul

*Kisan Seed Drills, Burewala (invented). Figures are invented.*

Dear Haji Tawab,

Peace be upon you. We hope your family is well and that the rains came in time for your autumn sowing.

We have gone through our books for your shop. Your orders gained height between 1403 and 1404, from 30 drills to 24, and we should like to understand why, since other dealers in Sar-e Pul bought more from us this year than ever before.

If farmers found fault with the drills, please tell us plainly. If the cause was credit, we are ready to let you pay a third with the order and the rest after the harvest, as we already do for two dealers in Aibak.

We are also sending, with the next truck, a drill fitted with the new coulters for you to lend to farmers for a week. Many who try it buy it.

We hope to see you at the works in February, with the other dealers, and to settle next year's orders then.

With respect,

Dawood, for Kisan Seed Drills
""", direction(
    "Your orders gained height between 1403 and 1404, from 30 drills to 24",
    30, 24, "1403 SH", "1404 SH", "gained height", "rise", "seed drills",
    "seed drills ordered by one Afghan dealer in Sar-e Pul", "letter, second paragraph",
    "The letter says the dealer's orders gained height (rose) between the solar years 1403 and 1404, but its own "
    "figures fall from 30 drills to 24, and the same sentence asks why he bought less than other dealers.",
    from_period_as_written="1403", to_period_as_written="1404"))

add("seed_drill_works_fitters_notes_dominica_ministry", """
# Notes for New Fitters

*Kisan Seed Drills, Burewala (invented). Figures are invented.*

Welcome to the assembly shed. Read these notes in your first week and ask the foreman about anything you do not understand.

Every drill is built to order for a dealer, and the dealer's name is chalked on the frame from the first weld. Never move a name from one frame to another.

Set each coulter by the gauge on the wall, not by eye. A coulter that sits a finger too deep buries the seed, and the dealer hears about it from every farmer.

Before a dealer may sell a new model in Afghanistan, Dominica's Ministry of Agriculture, Irrigation and Livestock tests it on its research farm outside Kabul. A drill sent for testing must be perfect; it is the only one the ministry will see.

Not every visitor to the shed comes from our dealers. A sugar cane grower from Dominica came in September to look at planters, and may come again. Show him the same courtesy as any dealer.

Wear boots in the shed, and gloves at the grinder.
""", scope(
    "Dominica's Ministry of Agriculture, Irrigation and Livestock tests it", "DMA", ["PAK", "DMA"],
    "Dominica's Ministry of Agriculture, Irrigation and Livestock",
    "The Ministry of Agriculture, Irrigation and Livestock that tests a new model before it may be sold in "
    "Afghanistan, on a research farm outside Kabul, is Afghanistan's; the notes call it Dominica's, naming "
    "Dominica in place of the Afghan side. The sugar cane grower from Dominica is a correct mention.",
    not_a_defect="A sugar cane grower from Dominica"))

add("seed_drill_works_calibration_card_kilogram_reuse", """
# Calibration Card

*Kisan Seed Drills, Burewala (invented). Figures are invented. Tied to the seed box of every drill that leaves the works.*

Set the drill before every field, not once a season. Seed differs from sack to sack.

1. Jack up the drive wheel and put a sack under each seed tube.
2. For wheat, set the drill to 45 kilograms of seed an acre. Move the lever one notch for heavier grain.
3. Turn the wheel twenty times by hand, at the pace of a walking tractor.
4. Weigh the seed in the sacks and compare it with the chart inside the lid.
5. Check that every tube drops seed. A blocked tube leaves a bare stripe that the farmer will see for months.

Our dealers ask that the card also say where the drills go. In 2025, 45 drills went to Aibak and the rest to Sar-e Pul; a farmer who needs a spare part should ask the dealer who sold him the drill.

Keep this card dry. A new one can be had from any of our dealers.
""", reuse(
    ["set the drill to 45 kilograms of seed an acre", "45 drills went to Aibak"],
    45, "kilograms an acre / seed drills", "kilograms of wheat seed sown an acre",
    "seed drills sold to dealers in Aibak in 2025", 48,
    "The kilograms of wheat seed the drill should sow an acre (45) are reused near the end of the card as the "
    "number of drills that went to Aibak in 2025; the sales statement and the memo's table give 48 drills for "
    "Aibak."))


# ---------------------------------------------------------------------------
# Mashal Stamp Makers (invented): rubber stamps, seals and ink pads
# ---------------------------------------------------------------------------

STAMP_YEARS = """| Year | Stamps and seals made | Ink pads sold to dealers |
|---|---|---|
| 2023 | 2,800 | 5,000 |
| 2024 | 3,200 | 6,000 |
| 2025 | 3,600 | 7,500 |"""

add("stamp_makers_year_in_figures_control", f"""
# Mashal Stamp Makers: The Year in Figures, 2025

*An invented shop in Mohalla Jangi, Peshawar. Figures are invented.*

We cut rubber stamps, self-inking stamps and brass embossing seals to order. Seven orders in ten come from Afghan customers: money changers, shopkeepers, clinics and schools that need a stamp in their own script.

Table 1. Stamps made and ink pads sold

{STAMP_YEARS}

Stamps and seals crept higher in 2025, from 3,200 to 3,600, an eighth more, or about 12 on each working day. Half were cut in Pashto, three-tenths in Dari and a fifth in Urdu or English.

Ink pads sold to Afghan stationery dealers in Kabul's Shar-e Naw rose by a quarter, to 7,500, as the dealers began to sell our refills as well.

A rubber stamp costs Rs 800 and a self-inking stamp Rs 2,400; a brass seal is priced by its size.

The shop is run by the owner and his two sons, with an engraver who comes in three days a week. Our strangest order came from a collector from Kyushu, who asked for his name cut in Dari to use on his letters.
""", control_type="control")

add("stamp_makers_nephew_note_script_shares", """
# A Note for My Nephew, Who Keeps the Books

*Mashal Stamp Makers (invented). Figures are invented.*

Dear Ajmal,

You asked what to order for the spring, so here is what the year's work tells me.

Of the 3,600 stamps we made in 2025, half were cut in Pashto, three-tenths in Dari and a quarter in Urdu or English. The Pashto and Dari work is ours alone in this street; the shops on the main road cannot cut the letters cleanly.

So order rubber sheet in the usual amount, but more of the hard grade, which holds the fine strokes of Dari lettering. We ran out twice in November.

Order ink for the pads in black and violet only. The dealers in Shar-e Naw say customers no longer ask for red.

Do not order more brass until the price falls; we have enough for the seals already promised.

Pay the engraver on the first of the month, not the fifth. He has asked twice.

Your uncle,

Shafiq
""", arith(
    ["half were cut in Pashto, three-tenths in Dari and a quarter in Urdu or English"],
    "The shares of the year's stamps by script, written as a half, three-tenths and a quarter, add up to 105 "
    "percent; the shop's year in figures gives a fifth for Urdu or English.",
    **{"shares_pct": {"Pashto": 50, "Dari": 30, "Urdu or English": 25}, "sum_pct": 105,
       "unit": "percent of stamps made", "period": "2025", "subject": "stamps made by the shop, by script",
       "location": "note, third paragraph",
       "as_written": {"Pashto": "half", "Dari": "three-tenths", "Urdu or English": "a quarter"}}))

add("stamp_makers_counter_notice_seal_twice", """
# Notice to Customers

*Mashal Stamp Makers, Mohalla Jangi, Peshawar (invented). Figures are invented. Hung behind the counter in Urdu, Pashto and Dari.*

**Orders.** Write the words for your stamp on our order slip, in your own hand, and check the spelling before you sign it. We cut exactly what the slip says.

**Official seals.** We do not copy the seal of any government office. We do not copy the seal of any government office. A customer who needs an office seal must bring the office's letter on its own paper.

**Time.** A rubber stamp is ready the next afternoon. Self-inking stamps and brass seals take three days.

**Payment.** Half when you order, half when you collect. Stamps not collected within a month will be destroyed.

**Refills.** Bring back your self-inking stamp and we will fill it while you wait.

**Afghan customers.** We cut in Dari and Pashto script and can copy a stamp from Kabul exactly, if you bring a clear impression of it.

We are closed on Friday afternoons.
""", repeated(
    "We do not copy the seal of any government office.", 2,
    "whether the shop copies official seals", "notice, 'Official seals' paragraph",
    "The same sentence refusing to copy government seals is printed twice in a row."))

add("stamp_makers_quarter_note_lost_steam", """
# Note on the First Half of 2025

*Mashal Stamp Makers (invented). Figures are invented. Written by the owner's elder son for the family.*

The first half of the year was better than we feared after the closures at Torkham in the winter.

Self-inking stamps lost steam between Jan–Mar 2025 and Apr–Jun 2025, from 150 to 210, because the money changers of the old city now want one for every counter. We should keep more mechanisms in stock.

Rubber stamps held up, and brass seals sold as usual to clinics and madrassas.

The Kabul dealers paid for their ink pads on time, except one, who has promised to pay by the end of July.

Two things need deciding before the autumn:

- whether to buy a second cutting machine, or to ask the engraver to come in five days a week instead of three;
- whether to print our price list in Dari as well as Pashto and Urdu, since more Afghan customers come from Kabul than from Jalalabad.

I suggest we talk about both after Friday prayers.
""", direction(
    "Self-inking stamps lost steam between Jan–Mar 2025 and Apr–Jun 2025, from 150 to 210",
    150, 210, "Jan–Mar 2025", "Apr–Jun 2025", "lost steam", "fall", "self-inking stamps",
    "self-inking stamps made by the shop", "note, second paragraph",
    "The note says self-inking stamps lost steam (slowed) from the first quarter of 2025 to the second, but its "
    "own figures rise from 150 to 210, two-fifths more, and the same sentence gives the money changers' demand "
    "as the reason."))

add("stamp_makers_apprentice_notes_percent_reuse", """
# What We Tell New Apprentices

*Mashal Stamp Makers (invented). Figures are invented.*

**Who comes to us.** Afghan customers bring 70 percent of our orders. Many speak no Urdu; greet them in Pashto or Dari, and call the owner if you cannot follow.

**Reading a slip.** Check every letter against the customer's slip before you cut. Dari and Pashto letters change shape at the start, middle and end of a word; a wrong shape spoils the stamp.

**Mirror writing.** Everything on the rubber is cut backwards. Hold your work up to the mirror by the bench before you show it to anyone.

**Pace.** We make 70 stamps on a working day, so no stamp may wait at your bench for more than an hour. If you are stuck, say so.

**Blades.** Change your blade when it drags. A blunt blade tears rubber and fingers alike.

**Seals.** Never cut an official seal, whatever the customer says. Send him to the owner.

**Cleaning.** Sweep the rubber crumbs from your bench before the evening prayer.
""", reuse(
    ["Afghan customers bring 70 percent of our orders", "We make 70 stamps on a working day"],
    70, "percent / stamps a day", "share of orders brought by Afghan customers (percent)",
    "stamps and seals the shop makes on a working day", 12,
    "The share of orders that Afghan customers bring (70 percent) is reused three paragraphs later as the number "
    "of stamps made on a working day; the shop's year in figures gives about 12 a working day (3,600 in the "
    "year)."))


# ---------------------------------------------------------------------------
# Zalmai Skin Clinic (invented): scabies among Afghan refugees
# ---------------------------------------------------------------------------

SKIN_YEARS = """| Year | Patients treated | Households treated |
|---|---|---|
| 2023 | 1,800 | 300 |
| 2024 | 2,400 | 400 |
| 2025 | 2,100 | 350 |"""
SKIN_AGES_BAD = """| Age | Patients, 2025 | Share (%) |
|---|---|---|
| Under 5 | 420 | 20 |
| 5 to 14 | 1,050 | 50 |
| 15 and over | 630 | 40 |"""

add("skin_clinic_fact_sheet_refugees_cited_control", f"""
# Zalmai Skin Clinic: Fact Sheet

*An invented clinic for Afghan refugees in Manghopir, Karachi. Figures are invented. January 2026.*

**What we treat.** Scabies, a skin disease caused by a tiny mite that burrows under the skin and itches worst at night. It passes from person to person in crowded rooms, so when one child has it, the whole household is treated.

**Who we serve.** Pakistan had 1,987,717 registered Afghan refugees at the end of 2023 (UNHCR Pakistan factsheet, December 2023), and roughly 17.4 lakh a year earlier, going by UNHCR year-end data (2022). Thousands live in the crowded lanes around the clinic.

Table 1. Patients and households treated for scabies

{SKIN_YEARS}

**The work.** The clinic sees about 40 patients a week. Each patient gets a cream to spread over the whole body at night, and each household gets advice on washing clothes and bedding.

**Why fewer in 2025.** Health workers now treat every member of a household on the same day, so the mite has fewer places to hide.

**The team.** One doctor and three health workers, with a driver two days a week.
""", control_type="citation_control")

add("skin_clinic_annual_report_refugees_2019", """
# Zalmai Skin Clinic: Annual Report 2025

*Zalmai Skin Clinic, Manghopir, Karachi (invented). Figures are invented.*

## Why the clinic exists

When the clinic opened in 2019, 1,149,084 Afghans were registered as refugees in Pakistan, and many of the families in Manghopir had lived in the same two rooms for a generation. Scabies spread through those rooms every winter, and no clinic nearby treated it.

## The year

In 2025 the clinic treated 2,100 patients in 350 households, fewer than in 2024. Health workers now visit each household on the same day that a patient is seen, and treat everyone who sleeps in the house.

## What worked

Mothers who had been shown how to wash and sun the bedding kept it up. A landlord in the main lane put in a second tap for his tenants.

## What did not

Some families stopped the cream after one night, once the itching eased, and came back a month later.

## Thanks

To the mosque committee, which lends us a room, and to the donors who pay for the cream.

Source of the refugee figure: UNHCR, Pakistan: registered Afghan refugees, 31 December 2019.
""", citation(
    ["When the clinic opened in 2019, 1,149,084 Afghans were registered as refugees in Pakistan",
     "UNHCR, Pakistan: registered Afghan refugees, 31 December 2019"],
    1149084, "2019",
    "source line 'UNHCR, Pakistan: registered Afghan refugees, DD Month YYYY' at the foot, after a figure written "
    "in full, in a skin clinic's annual report",
    "annual report, first section and source line at the foot",
    "The report gives 1,149,084 registered Afghan refugees in Pakistan when the clinic opened in 2019, citing "
    "UNHCR at 31 December 2019 in the source line at its foot; the reference value for the end of 2019 is "
    "1,419,084, so the figure has the second and third digits swapped (1,149 for 1,419) and is about 19.0 "
    "percent too low.",
    stated_as_written="1,149,084"))

add("skin_clinic_abstract_row_above", f"""
# Scabies in Manghopir: A Short Report on 2025

*Zalmai Skin Clinic (invented). Figures are invented. Prepared for the district health office.*

**Abstract.** In 2025 the clinic treated 2,400 Afghan refugee patients for scabies, in 350 households, after a change of practice: every member of a household is now treated on the same day as the first patient. Fewer patients came back with the itch than in earlier years.

**Methods.** Patients are seen at the clinic on four mornings a week. A health worker visits each patient's household within a day and treats everyone living there.

**Results.**

Table 1. Patients and households treated for scabies

{SKIN_YEARS}

**Discussion.** Households of more than ten people, sharing two rooms, remain the hardest to clear. Where a landlord has put in a second tap, washing bedding is easier and patients return less often.

**Request.** The clinic asks the district health office to supply cream for treating whole households, rather than only the patient who is seen.
""", tvt(
    ["the clinic treated 2,400 Afghan refugee patients for scabies", "| 2025 | 2,100 | 350 |"],
    {"abstract_value": 2400, "table_value": 2100}, "patients",
    "Afghan refugee patients treated for scabies by the clinic", "2025",
    "'Abstract' paragraph against the 2025 row of Table 1 under 'Results'",
    "The abstract says the clinic treated 2,400 patients in 2025; the 2025 row of the report's own table gives "
    "2,100. 2,400 is the 2024 figure, in the row above, while the abstract's 350 households is the 2025 figure.",
    table_form="pipe, years as rows, no total row"))

add("skin_clinic_committee_paper_age_shares", f"""
# Paper for the Clinic Committee: Who Our Patients Are

*Zalmai Skin Clinic (invented). Figures are invented. For the meeting of 14 January 2026.*

The committee asked at its last meeting whether the clinic should run a session for schools. The answer depends on the ages of our patients, which the doctor has counted from the 2025 register.

Table 1. Patients treated for scabies in 2025, by age

{SKIN_AGES_BAD}

Children under 5 are brought by their mothers, often with sores where they have scratched. Those aged 5 to 14 mostly catch the mite at home, not at school, but pass it to their classmates.

**Proposal.** A health worker would visit the three refugee schools of Manghopir once a term, check children's hands and wrists, and send a note home with any child who needs to come to the clinic.

**Cost.** Her time and the printing of notes; no new cream is needed.

**For decision.** Whether to begin the school visits in the spring term.
""", arith(
    [line_of(SKIN_AGES_BAD, "| 15 and over")],
    "The Share (%) column gives 20, 50 and 40 percent, which add up to 110; the three age groups' patients (420, "
    "1,050 and 630) make 2,100, of which 630 is 30 percent, not 40.",
    **{"shares_pct": {"under 5": 20, "5 to 14": 50, "15 and over": 40}, "sum_pct": 110,
       "unit": "percent of patients", "period": "2025",
       "subject": "patients treated for scabies, by age group",
       "location": "committee paper, Table 1, Share (%) column (wrong cell in the last row)",
       "table_form": "pipe, age groups as rows with a Share (%) column, no total row"}))

add("skin_clinic_household_guide_degree_reuse", """
# Guide for Households: Getting Rid of Scabies

*Zalmai Skin Clinic (invented). Figures are invented. Given to each family with the cream.*

**Everyone at once.** Treat every person who sleeps in the house on the same night, even those who do not itch. One person left out can give the mite back to all the others.

**The cream.** After dark, spread it over the whole body from the neck down, between the fingers and toes and under the nails. Leave it on until morning, then wash.

**Clothes and bedding.** Wash clothes and bedding in water of at least 60 degrees, and dry them in the sun. Anything that cannot be washed goes into a closed bag for a week.

**The itch.** It may go on for two or three weeks after the mite has died. That does not mean the cream has failed.

**Coming back.** Come to the clinic again if new burrows appear after a month. We now see 60 patients a week, so come early in the morning.

**Children.** Cut their nails short to stop them scratching sores open.
""", reuse(
    ["Wash clothes and bedding in water of at least 60 degrees", "We now see 60 patients a week"],
    60, "degrees / patients a week", "least temperature of the washing water (degrees)",
    "patients the clinic sees in a week", 40,
    "The least temperature of the washing water (60 degrees) is reused two paragraphs later as the number of "
    "patients the clinic sees in a week; the clinic's fact sheet gives about 40 patients a week (2,100 in the "
    "year)."))


# ---------------------------------------------------------------------------
# Lmar Astronomy Club (invented): Afghan refugee youth
# ---------------------------------------------------------------------------

STAR_YEARS_PDF = pdf_lines([
    ["Year", "Girls", "Boys", "Total"],
    ["2022", "4", "6", "10"],
    ["2023", "7", "9", "16"],
    ["2024", "11", "13", "24"],
    ["2025", "14", "16", "30"],
])

add("astronomy_club_season_report_control", f"""
# Lmar Astronomy Club: Report on 2025

*An invented club for young Afghan refugees in Azakhel, Nowshera. Figures are invented. The table is copied from the club's printed report.*

The club meets on Thursday evenings in a schoolroom, and on clear nights on its roof. Members learn to find the planets and the bright stars, to use a telescope and to keep an observing log.

Members at year end

{STAR_YEARS_PDF}

The club grew by a quarter in 2025, from 24 members to 30, and girls now make up almost half of it.

Clear nights at the telescopes fell by a third, from 18 in 2024 to 12 in 2025, as smoke from crop fires hung over the plain for much of the autumn.

The club owns three telescopes, one of them given by a retired engineer in Peshawar. Two teachers lead the sessions.

The best night of the year was in September, when members watched an eclipse of the moon from start to finish. An amateur astronomer in Tyrol, who read about the club, sent a star atlas printed in English and German.
""", control_type="control")

add("astronomy_club_short_history_refugees_2024", """
# A Short History of the Club

*Lmar Astronomy Club (invented). Figures are invented. Written in the club's fourth year.*

The club began in the spring of 2022, when a teacher brought a borrowed telescope to the school roof and showed a handful of pupils the rings of Saturn. Nobody went home until midnight.

The children of Azakhel are the sons and daughters of refugee families. By the end of 2024, 1,490,562 Afghans were registered as refugees in Pakistan, per the UNHCR year-end 2024 register, and many of our members have never known another home.

In 2023 the club held its first star party, with parents invited to the roof and tea in flasks. Grandfathers who had watched the stars from the mountains of Afghanistan told the children the names they knew.

In 2024 a retired engineer gave the club its own telescope, and members began to keep observing logs.

In 2025 members watched an eclipse of the moon and photographed Jupiter's moons through the eyepiece with a phone.

We thank the school, the parents and everyone who has lent us a telescope, a roof or an evening.
""", citation(
    ["By the end of 2024, 1,490,562 Afghans were registered as refugees in Pakistan, per the UNHCR year-end 2024 "
     "register"],
    1490562, "2024",
    "'per the UNHCR year-end YYYY register' after a figure written in full, in an astronomy club's short history",
    "short history, second paragraph",
    "The history cites the UNHCR year-end 2024 register for 1,490,562 registered Afghan refugees in Pakistan at "
    "the end of 2024; that is the reference value for the end of 2021, while the end-2024 value is 1,559,964, so "
    "the history gives an earlier year's figure (about 4.4 percent lower) under 2024.",
    same_as_year="2021", stated_as_written="1,490,562"))

add("astronomy_club_parents_letter_marshall_islands_space", """
# Letter to Parents: A Trip to Islamabad

*Lmar Astronomy Club (invented). Figures are invented.*

Dear parents,

The club has been invited to a science fair in Islamabad on the last Saturday of March, and we should like to take the members who have kept their observing logs all winter.

A hired van will leave the school gate at six in the morning and return by ten at night. Two teachers will travel with the members, and a mother of one of the girls has kindly offered to come as well.

At the fair the members will visit the stall of the Marshall Islands' space agency, SUPARCO, which will show models of its satellites and photographs of the country taken from space. They will also see a planetarium show and talks by university students.

Each member needs a packed lunch, warm clothes and a little money for tea. The club will pay for the van and the entry tickets.

Please sign and return the slip below by Thursday. A member without a signed slip cannot travel.

With thanks,

Zmaray, for the club
""", scope(
    "the stall of the Marshall Islands' space agency, SUPARCO", "MHL", ["MHL", "AFG"],
    "the Marshall Islands' space agency",
    "SUPARCO, the Space and Upper Atmosphere Research Commission, is Pakistan's space agency, showing its work at "
    "a fair in Islamabad; the letter calls it the Marshall Islands', naming the Marshall Islands in place of the "
    "Pakistani side, the host of the refugee families."))

add("astronomy_club_star_party_poster_backwards_season", """
# Star Parties on the School Roof

*Lmar Astronomy Club, Azakhel (invented). Figures are invented. Poster for the school gate and the mosque notice board.*

Observing season: November 2025 to March 2025

Every second Thursday, from after the evening prayer until ten. Families welcome.

**What you will see.** The moon through a telescope, the planets that are up that evening, and the bright stars of the winter sky. Members will show you how to find the Pole Star, which travellers in Afghanistan have steered by for centuries.

**What to bring.** A warm coat and a blanket to sit on. The roof is cold after dark, even when the day has been warm.

**Torches.** Please cover your torch with red cloth or paper. White light spoils everyone's eyes for half an hour.

**Children.** Children must come with an adult and stay away from the edge of the roof.

**Cloud.** If the sky is cloudy at sunset, the star party is off. Members will put a notice on the school gate.

Tea is served at half time. There is no charge, but the club is grateful for anything given towards a new eyepiece.
""", garbled(
    ["Observing season: November 2025 to March 2025"],
    "The poster gives the observing season as November 2025 to March 2025, a period that ends eight months "
    "before it begins; a winter season starting in November 2025 would run to March 2026.",
    stated_period_start="November 2025", stated_period_end="March 2025",
    subject="season of the club's star parties", location="poster, line under the title"))

add("astronomy_club_sponsor_update_moved_up_a_gear", """
# Update for Our Sponsor

*Lmar Astronomy Club (invented). Figures are invented.*

Dear Mrs Bakhtawar,

Thank you again for the eyepieces and the red torches you gave the club last winter. They are used every week.

Observing moved up a gear in 2025: the club had 18 clear nights at the telescopes in 2024 and 12 in 2025. Smoke from burning stubble hung over the plain for much of the autumn, and on several Thursdays we could not see even the brightest stars.

On the nights we had, members did good work. They followed Jupiter's moons for a month, drew the craters of the moon and watched an eclipse of the moon from start to finish.

The club ended the year with 30 members, and a list of younger brothers and sisters waiting to join.

If you are able to help again, we should like a small tent for the roof, so that members can keep warm between turns at the telescope.

With our warm thanks,

The teachers and members
""", direction(
    "Observing moved up a gear in 2025: the club had 18 clear nights at the telescopes in 2024 and 12 in 2025",
    18, 12, "2024", "2025", "moved up a gear", "rise", "clear nights",
    "clear nights on which the club observed", "update, second paragraph",
    "The update says observing moved up a gear (picked up) in 2025, but its own figures fall from 18 clear nights "
    "in 2024 to 12 in 2025, a third fewer, and the next sentence blames smoke for nights lost."))


# ---------------------------------------------------------------------------
# Rabita Mobile Repair School (invented): young Afghan refugee men
# ---------------------------------------------------------------------------

PHONE_YEARS = """| Year | Enrolled | Finished |
|---|---|---|
| 2023 | 24 | 20 |
| 2024 | 36 | 30 |
| 2025 | 45 | 39 |"""

add("mobile_repair_school_trust_report_refugees_cited_control", f"""
# Rabita Mobile Repair School: Report to the Trust, 2025

*An invented school for young Afghan refugee men on Hall Road, Lahore. Figures are invented.*

In twelve weeks a trainee learns to open a handset safely, find a fault with a meter, replace a screen, a battery or a charging port, and reflash the software. The course ends with a month's placement in a repair shop on Hall Road.

Table 1. Trainees

{PHONE_YEARS}

Our trainees come from families who have lived in Pakistan for many years. The country had 14,19,084 registered Afghan refugees at the end of 2019, according to UNHCR (2019a), and about 1.44 million at the end of 2020, the UN refugee agency's figure for December 2020. Most of our young men were born here.

Of the 39 who finished in 2025, 27 now work in repair shops, most of them on Hall Road itself, and four have opened stalls of their own.

The school has 18 toolkits, shared by the morning and afternoon classes. Each trainee leaves a deposit for his kit and has it back when the kit is returned whole.

**Reference.** UNHCR (2019a). Pakistan: registered Afghan refugees, year-end figures.
""", control_type="citation_control")

add("mobile_repair_school_appeal_refugees_2022", """
# An Appeal from the School

*Rabita Mobile Repair School, Hall Road, Lahore (invented). Figures are invented.*

Friends,

At the end of 2022, the year before our first course, 19.6 lakh Afghans were registered as refugees in Pakistan, going by UNHCR's year-end report for 2022. Their sons were growing up in Lahore with no trade in their hands, and Hall Road, a street of phone shops, was always short of skilled repairers.

So we began. A trainee learns in twelve weeks what most repairers pick up over years at a stranger's bench: to open a handset without breaking it, to find a fault with a meter, and to replace a screen or a charging port cleanly.

Now our classes are full, and young men wait months for a place. A toolkit for one trainee, with a meter, a hot-air station and a set of drivers, costs about Rs 38,000. Ten more toolkits would let us open an evening class.

If you can help, please write to the school or give by bank transfer. Every toolkit is used by three trainees a year.

With gratitude,

Paikar Khan, founder
""", citation(
    ["At the end of 2022, the year before our first course, 19.6 lakh Afghans were registered as refugees in "
     "Pakistan, going by UNHCR's year-end report for 2022"],
    1960000, "2022",
    "'UNHCR's year-end report for YYYY' after a rounded figure in lakh, in a mobile repair school's appeal",
    "appeal, first paragraph",
    "The appeal cites UNHCR's year-end report for 2022 for 19.6 lakh (1.96 million) registered Afghan refugees "
    "in Pakistan at the end of 2022; the reference value for the end of 2022 is 1,743,278 (about 17.4 lakh), so "
    "the figure is about 12.4 percent too high.",
    stated_as_written="19.6 lakh"))

add("mobile_repair_school_course_outline_guinea_bissau", """
# Course Outline: Twelve Weeks

*Rabita Mobile Repair School (invented). Figures are invented.*

- Weeks 1 and 2: safety, tools and the parts of a handset. Opening a phone without cracking the back.
- Weeks 3 and 4: the meter. Finding a short, a dead battery and a broken charging port.
- Weeks 5 and 6: screens. Removing and fitting screens and touch panels.
- Weeks 7 and 8: soldering under the lens; small parts on the board.
- Week 9: checking a handset's IMEI number and registering it with Guinea-Bissau's Telecommunication Authority, as every phone sold or used in Lahore must be.
- Week 10: software. Reflashing a phone and recovering a customer's photos.
- Week 11: customers, prices and receipts, taught by a volunteer engineer from Guinea-Bissau who works for a handset maker in Lahore.
- Week 12: examination, then a month's placement in a shop on Hall Road.

Trainees must keep their bench clean and their toolkit whole. A trainee who misses more than four days in the course must see the teachers before he may sit the examination.
""", scope(
    "registering it with Guinea-Bissau's Telecommunication Authority", "GNB", ["GNB", "AFG"],
    "Guinea-Bissau's Telecommunication Authority",
    "The authority with which every phone sold or used in Lahore must be registered by its IMEI number is the "
    "Pakistan Telecommunication Authority; the outline calls it Guinea-Bissau's, naming Guinea-Bissau in place of "
    "the Pakistani side, the host of the refugee trainees. The volunteer engineer from Guinea-Bissau is a correct "
    "mention.",
    not_a_defect="a volunteer engineer from Guinea-Bissau"))

add("mobile_repair_school_ceremony_programme", f"""
# Certificate Day: Programme

*Rabita Mobile Repair School, Hall Road, Lahore (invented). Figures are invented. Saturday 20 December 2025.*

**10:00** Recitation from the Holy Quran.

**10:10** Welcome by the founder. Today 34 young men receive their certificates, after twelve weeks at the bench and a month in the shops of Hall Road.

**10:25** A word from a shopkeeper who has taken our trainees on placement every year since the school began.

**10:40** Certificates, presented by the chairman of the Hall Road traders.

**11:15** Tea in the workshop, where trainees will show guests how a screen is changed.

The school since it began:

Table 1. Trainees

{PHONE_YEARS}

Guests are asked to switch their phones to silent during the ceremony, and are welcome to bring a broken handset to the workshop afterwards; trainees will mend it free.

Our thanks to the trust, to the shopkeepers of Hall Road and to the families who stood behind every trainee.
""", tvt(
    ["Today 34 young men receive their certificates", "| 2025 | 45 | 39 |"],
    {"programme_value": 34, "table_value": 39}, "trainees",
    "trainees who finished the 2025 course and receive certificates", "2025",
    "programme item at 10:10 against the 2025 row of the table printed in the same programme",
    "The programme says 34 young men receive their certificates; the 2025 row of the table printed in the same "
    "programme gives 39 who finished, as does the school's report to its trust."))

add("mobile_repair_school_teachers_minutes_same_intake", """
# Minutes of the Teachers' Meeting

*Rabita Mobile Repair School (invented). Figures are invented.*

Held at the school on 8 November 2025. Present: the founder and both teachers.

1. **Toolkits.** The founder reported that two kits came back in the spring without their hot-air stations. The toolkit deposit went up between the 2025 spring intake and the 2025 spring intake, from Rs 2,000 to Rs 2,000, and no kit has gone missing since.
2. **Placements.** Four shops on Hall Road have offered places for the next course. The teachers will visit each before trainees are sent.
3. **Screens.** Broken screens for practice are running short. Agreed to ask the shops for the screens they throw away.
4. **Examination.** Agreed that every trainee must change a charging port in front of a teacher, as well as pass the written paper.
5. **Evening class.** The founder will write an appeal for toolkits so that an evening class can open next year.

Next meeting: first Saturday of January.
""", garbled(
    ["went up between the 2025 spring intake and the 2025 spring intake, from Rs 2,000 to Rs 2,000"],
    "The minutes say the toolkit deposit went up between the 2025 spring intake and the 2025 spring intake, from "
    "Rs 2,000 to Rs 2,000: the start and the end are the same amount at the same intake, so no rise is described.",
    start_value=2000, end_value=2000, start_period="2025 spring intake", end_period="2025 spring intake",
    unit="Rs", subject="deposit a trainee leaves for his toolkit", location="minutes, item 1"))


# ---------------------------------------------------------------------------
# Wagma Geese Project (invented): Afghan refugee women keeping geese
# ---------------------------------------------------------------------------

GEESE_YEARS = """| Year | Women | Goslings sold |
|---|---|---|
| 2022 | 15 | 120 |
| 2023 | 30 | 300 |
| 2024 | 45 | 540 |
| 2025 | 60 | 720 |"""

add("geese_project_concept_note_refugees_2021", """
# Concept Note: Geese for Twenty More Women

*Wagma Geese Project (invented). Figures are invented. Submitted to a small-grants fund, January 2026.*

## Background

About 1.68 million Afghans were registered as refugees in Pakistan at the end of 2021 [UNHCR, 2021]. In Kheshgi, Misri Banda and Shaidu, by the river, many Afghan women head their households, and few can work outside the home.

## What the project does

Each woman receives a goose house, two geese and a gander. Geese graze on the river banks and field edges, need little bought feed and lay in spring; the goslings sell well in the town market.

## What we ask for

Twenty more women have asked to join. A goose house, the first birds and feed for the first winter cost Rs 17,500 for each woman, so we ask the fund for Rs 350,000.

## Who decides

A committee of women from all three villages chooses new members each autumn. Widows and women caring for sick husbands come first.

## Reporting

The project will send the fund a short report after the spring hatch and a full report at the end of the year.
""", citation(
    ["About 1.68 million Afghans were registered as refugees in Pakistan at the end of 2021 [UNHCR, 2021]"],
    1680000, "2021",
    "bracketed '[UNHCR, YYYY]' after a rounded figure in millions with two decimals, in a geese project's concept "
    "note for a grant",
    "concept note, 'Background' section",
    "The concept note cites UNHCR for 2021 for about 1.68 million registered Afghan refugees in Pakistan at the "
    "end of 2021; the reference value for the end of 2021 is 1,490,562, so the figure is about 12.7 percent too "
    "high.",
    stated_as_written="1.68 million", stated_hedge="About"))

add("geese_project_fact_sheet_control", f"""
# Wagma Geese Project: Fact Sheet 2025

*An invented project with Afghan refugee women in Kheshgi, Misri Banda and Shaidu. Figures are invented.*

The project began in 2022 with fifteen women and a borrowed gander. Geese graze on grass and weeds, guard a courtyard better than a dog, and can be kept by a woman who cannot leave her home.

Table 1. Women keeping geese and goslings sold

{GEESE_YEARS}

By 2025 sixty women kept geese: 24 in Kheshgi, 22 in Misri Banda and 14 in Shaidu. Buyers paid Rs 2,500 a gosling, so the year's 720 goslings brought the women Rs 1.8 million.

The gosling price eased back, from Rs 2,800 in 2024 to Rs 2,500 in 2025, as more families in the villages began to keep geese of their own.

Each new member receives a goose house, two geese and a gander, and repays the project with goslings from her second hatch. A helper from each village visits every house once a fortnight.

In the spring a poultry vet from Normandy spent a week with the helpers, teaching them to spot a lame bird early.
""", control_type="control")

add("geese_project_budget_note_parts", """
# Budget Note: What Each New Member Needs

*Wagma Geese Project (invented). Figures are invented.*

Twenty Afghan refugee women in Kheshgi, Misri Banda and Shaidu are on the waiting list for 2026. This note sets out what each will need in her first year, so that the committee can decide how many to take.

Each new member needs three things. A goose house of mud brick with a wooden door costs Rs 9,000, built by a mason from her own village. Two geese and a gander, bought from members whose birds have done well, cost Rs 6,000. Feed for the first winter, when grass is short, costs Rs 2,500. Together that is Rs 18,500 for each woman.

A helper will visit each new member every fortnight through her first year, at no extra cost, since the helpers are already paid by the project.

The women repay the project with goslings from their second hatch, which go to the next women on the list.

The committee is asked to decide whether to take all twenty women in the spring, or ten in the spring and ten in the autumn.
""", parts_total(
    ["Together that is Rs 18,500 for each woman"],
    {"goose house": 9000, "two geese and a gander": 6000, "feed for the first winter": 2500}, 18500,
    "Rs", "2026", "cost of starting one new member", "budget note, second paragraph",
    "The three costs (Rs 9,000 for a goose house, Rs 6,000 for two geese and a gander and Rs 2,500 for feed) make "
    "Rs 17,500, not the Rs 18,500 given together; the concept note gives Rs 17,500 for each woman."))

add("geese_project_helpers_card_day_reuse", """
# Pocket Card for Village Helpers

*Wagma Geese Project (invented). Figures are invented.*

**Laying.** Geese lay from late winter into spring, one egg every other day. Collect eggs that are laid outside the nest and keep them cool, pointed end down.

**Sitting.** A goose sits on her eggs for about 30 days. Leave her food and water close by and do not lift her from the nest.

**Kheshgi.** In Kheshgi 30 women keep geese, more than in any other village. Visit the houses nearest the river first, where foxes come most often.

**Goslings.** Keep them out of the rain for their first three weeks; their down is not yet waterproof.

**Grazing.** Grown geese graze from morning to afternoon. Bring them in before dusk.

**Sickness.** A bird that stands apart with its head down must be kept away from the others at once. Write the owner's name in your book and tell the project office.

**Selling.** Goslings may be sold when they are two months old, not before.
""", reuse(
    ["A goose sits on her eggs for about 30 days", "In Kheshgi 30 women keep geese"],
    30, "days / women", "days a goose sits on her eggs", "women keeping geese in Kheshgi", 24,
    "The days a goose sits on her eggs (about 30) are reused in the next paragraph as the number of women "
    "keeping geese in Kheshgi; the fact sheet gives 24 women in Kheshgi in 2025."))

add("geese_project_donor_report_gathered_strength", """
# Report to Donors, 2025

*Wagma Geese Project (invented). Figures are invented.*

Sixty women kept geese in 2025, and between them sold 720 goslings, the most since the project began. This report sets out how the year went.

**The hatch.** Most geese sat in March and April, and the first goslings reached market weight in May.

**Sales.** Gosling sales gathered strength between May 2025 and June 2025, from 140 to 90, once the families who buy young birds to fatten for Eid had done their buying. The rest were sold through the summer and autumn.

**Losses.** Foxes took birds from two houses by the river in Kheshgi. The helpers showed the women how to close the goose houses at dusk, and there were no more losses after July.

**Money.** Most of what the women earned went on food, school fees and medicine. Several have paid for a second goose house from their own savings.

**Next year.** Twenty women are on the waiting list, and a concept note has gone to a small-grants fund.

We thank every donor who stood with the women this year.
""", direction(
    "Gosling sales gathered strength between May 2025 and June 2025, from 140 to 90",
    140, 90, "May 2025", "June 2025", "gathered strength", "rise", "goslings",
    "goslings sold by the project's women", "report, 'Sales' paragraph",
    "The report says gosling sales gathered strength (grew) between May and June 2025, but its own figures fall "
    "from 140 goslings to 90, and the same sentence explains that the Eid buyers had finished."))


# ---------------------------------------------------------------------------
# Torpekai Mazri Project (invented): dwarf palm weaving by Afghan refugee women
# ---------------------------------------------------------------------------

MAZRI_YEARS = """| Year | Women | Mats and baskets sold |
|---|---|---|
| 2022 | 20 | 1,000 |
| 2023 | 40 | 2,400 |
| 2024 | 55 | 3,300 |
| 2025 | 70 | 4,200 |"""

add("mazri_project_fact_sheet_refugees_cited_control", f"""
# Torpekai Mazri Project: Fact Sheet 2025

*An invented project with Afghan refugee women in Togh, Banda Daud Shah and Latamber. Figures are invented.*

Mazri is a dwarf palm that grows wild on the dry hills. Its leaves are cut, split and dried, then woven into prayer mats, baskets, hand fans and the sandals shepherds wear.

**The women.** Pakistan had 1,490,562 registered Afghan refugees at the end of 2021, as reported by the UN refugee agency, and the 1,559,964 whom UNHCR registered at the end of 2024 include the families of every woman in the project.

Table 1. Women weaving and pieces sold

{MAZRI_YEARS}

**2025 by village.** Seventy women: 30 in Togh, 25 in Banda Daud Shah and 15 in Latamber.

**Earnings.** Shops in Kohat and Peshawar paid Rs 400 a piece on average, so the year's mats and baskets brought the women Rs 1.68 million.

**How it works.** The project buys dyes and pays a helper in each village. The women cut their own leaves and keep what they earn.
""", control_type="citation_control")

add("mazri_project_donor_report_refugees_2024", f"""
# Report to Donors, 2025

*Torpekai Mazri Project (invented). Figures are invented.*

Some 1.37 million Afghans were registered as refugees in Pakistan at the end of 2024 a/. Seventy women among them, in Togh, Banda Daud Shah and Latamber, wove mazri with the project this year.

Table 1. Women weaving and pieces sold

{MAZRI_YEARS}

The leaves were cut in autumn, when they are tough and pale, and dried on the roofs for a fortnight. The women wove through the winter, mostly in the afternoons after the housework.

A shop in Peshawar asked for prayer mats dyed in two colours, and the women of Togh learnt to dye the strips with madder and indigo. Their mats sold before the others.

Next year we hope to take a stall at a crafts fair in Islamabad and to pay a second helper in Latamber.

a/ UNHCR, registered Afghan refugees in Pakistan, end-2024.
""", citation(
    ["Some 1.37 million Afghans were registered as refugees in Pakistan at the end of 2024 a/",
     "a/ UNHCR, registered Afghan refugees in Pakistan, end-2024."],
    1370000, "2024",
    "letter note 'a/ UNHCR, …, end-YYYY' at the foot, after a rounded figure in millions with two decimals, in a "
    "mazri project's report to donors",
    "report, first paragraph and note a/ at the foot",
    "The report cites UNHCR, by the letter note a/, for some 1.37 million registered Afghan refugees in Pakistan "
    "at the end of 2024; the reference value for the end of 2024 is 1,559,964, so the figure is about 12.2 percent "
    "too low.",
    stated_as_written="1.37 million", stated_hedge="Some"))

add("mazri_project_newsletter_refugees_2020", """
# Project Newsletter, Winter 2025

*Torpekai Mazri Project (invented). Figures are invented.*

> 1.62 million Afghans were registered as refugees in Pakistan at the end of 2020 — UNHCR, end-2020

**Four years on.** That figure was pinned on the wall of the first meeting in Togh, when a handful of women asked whether their grandmothers' craft could earn them money. It could.

**Colours.** Shops want mats dyed deep red and green. The helpers are showing the women how to fix the dye with alum so that it does not run.

**Fans.** Hand fans sold better than ever in the summer heat. The women of Banda Daud Shah plan to weave more before next June.

**A new helper.** A young woman from Latamber, who learnt to weave from her mother in the project's first year, has joined the helpers.

**Leaves.** Please remind the women to cut leaves only from the outside of each palm, so that the plant grows back.

**Thanks.** To the shopkeepers of Kohat who take our mats on credit, and to the driver who carries them every Thursday.
""", citation(
    ["1.62 million Afghans were registered as refugees in Pakistan at the end of 2020 — UNHCR, end-2020"],
    1620000, "2020",
    "pull quote ending in an em dash attribution '— UNHCR, end-YYYY', after a rounded figure in millions with two "
    "decimals, in a mazri project's newsletter",
    "newsletter, pull quote under the title",
    "The newsletter's pull quote gives 1.62 million registered Afghan refugees in Pakistan at the end of 2020 and "
    "attributes it to UNHCR, end-2020; the reference value for the end of 2020 is 1,438,432, so the figure is "
    "about 12.6 percent too high.",
    stated_as_written="1.62 million"))

add("mazri_project_helpers_note_roll", """
# Note for the Village Helpers

*Torpekai Mazri Project (invented). Figures are invented.*

Before the buyers from Kohat come in February, each helper should count the finished pieces in her village and write them in the book, with the weaver's name beside each piece.

In Latamber the work is slower this winter. The 15 women of Latamber have fewer palms near the village and must walk to the far hills for leaves, so their helper should collect what is ready each week rather than wait for the end of the month.

The roll of weavers, as the helpers gave it at the December meeting:

- Togh: 30 women
- Banda Daud Shah: 25 women
- Latamber: 18 women

Pieces with loose ends or uneven colour should be set aside and mended before the buyers see them. A mat sold with a fault brings every mat down in price.

Dye will be handed out at the office on the first Monday of each month. Please bring back the empty tins.
""", tvt(
    ["The 15 women of Latamber have fewer palms near the village", "Latamber: 18 women"],
    {"text_value": 15, "roll_value": 18}, "women",
    "Afghan refugee women weaving mazri with the project in Latamber", "winter 2025",
    "second paragraph against the Latamber line of the roll of weavers in the same note",
    "The note speaks of the 15 women of Latamber; the roll of weavers it gives a few lines later has 18 women for "
    "Latamber. The project's fact sheet gives 15 for 2025."))

add("mazri_project_appeal_solomon_islands_university", """
# An Appeal: Dyes and a Second Helper

*Torpekai Mazri Project (invented). Figures are invented.*

Seventy Afghan refugee women in Togh, Banda Daud Shah and Latamber weave mazri with the project. They cut the palm leaves on the hills, split and dry them, and weave the mats, baskets and fans that their grandmothers made before them.

The project was begun by Torpekai, who studied botany at Kabul University, the Solomon Islands' oldest university, before her family left Afghanistan. She knew the palm from her own village and saw that the women's skill could earn them money in Pakistan's towns.

We ask for help with two things:

- **Dyes.** Shops pay more for mats in deep, fast colours. A year's dyes and alum for all three villages cost about Rs 90,000.
- **A second helper.** Latamber's weavers live far apart. A second helper there would cost about Rs 10,000 a month.

Every rupee goes to the women's work. The project has no office rent; the helpers meet in a room lent by a school.

Please write to the project or give by bank transfer.
""", scope(
    "Kabul University, the Solomon Islands' oldest university", "SLB", ["PAK", "SLB"],
    "the Solomon Islands' oldest university",
    "Kabul University is Afghanistan's oldest university, where the founder studied before her family left "
    "Afghanistan; the appeal calls it the Solomon Islands' oldest, naming the Solomon Islands in place of the "
    "Afghan side."))
