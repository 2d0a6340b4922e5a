# Thirty-ninth held-out set of synthetic documents ("heldout39").  Written
# from scratch after heldout38/, by a labeller session that had not opened
# dyad's implementation or history and had not seen any of its results.
# Every entry: name (topic slug, numbered later by build_heldout39.py), text,
# labels (list of defect dicts), control_type for controls.
# Registers not used before: a goldsmith in Andarshehr, Peshawar, buying old
# gold from Afghan families who are leaving; an ice factory at Chaman selling
# block ice to fruit trucks from Kandahar; a coach company running Peshawar to
# Kabul; an eye project giving glasses in refugee villages of Haripur,
# Mansehra and Swabi; a flood early warning project on the Chitral and Kunar
# rivers; an Afghan NGO building shelters after the Kunar earthquake of 31
# August 2025; a chapli kebab house in Peshawar with a branch in Kabul; an
# abattoir in Peshawar buying live animals from Afghan traders; a dubbing
# studio in Islamabad working for Afghan channels; and macro documents on the
# annual trade series, on the crossings and connectivity, on opinion and on
# the refugee register (a ministry brief, model answers to an exam question,
# a wire item, infographic panel text, a talk show transcript, a photo
# essay's captions, a survey topline, a chamber's pre-budget annex, a press
# release after talks, an internal email, a policy paper, a question hour
# extract, a human rights statement, a thesis abstract, a legal aid leaflet
# and a provincial fact sheet).
#
# Invented figures shared with earlier sets: annual trade series (README:
# exports 1,290 / 942 / 828 / 936 / 1,012 / 884 and imports 441 / 509 / 552 /
# 741 / 690 / 540 for 2019-2024, balances 849 / 433 / 276 / 195 / 322 / 344,
# totals 1,731 / 1,451 / 1,380 / 1,677 / 1,702 / 1,424); reference refugee
# series (1,419,084 / 1,438,432 / 1,490,562 / 1,743,278 / 1,987,717 /
# 1,559,964 for 2019-2024).
#
# New invented figures, consistent with the above:
#   Kifayatullah Zargar & Sons, Andarshehr, Peshawar (invented): old gold
#     bought, tolas: 2023 1,150, 2024 1,610 (+40.0 percent), 2025 2,070
#     (+28.6); 2025 by quarter 380 / 420 / 510 / 760; 1,380 selling families in
#     2025 (a tola and a half each); new jewellery for Kabul buyers 2024 820,
#     2025 640 tolas (-22.0 percent); 11 karigars, three Afghan.
#   Barech Ice Factory, Chaman (invented): blocks of 50 kg at Rs 1,200; season
#     (May-September) 2023 39,000, 2024 44,000 (+12.8), 2025 48,000 (+9.1);
#     2025 May 6,200, June 9,400, July 11,800, August 12,600, September 8,000;
#     trucks served 800 / 1,150 / 1,500 / 1,550 / 1,000 (6,000); 14 workers,
#     two freezing tanks.
#   Rohullah Coaches, Peshawar-Kabul (invented): passengers 2022 41,000, 2023
#     36,500, 2024 29,200, 2025 24,800; 2025 Q1 7,400, Q2 6,900, Q3 7,600, Q4
#     (to 11 October) 2,900; 2025 Peshawar to Kabul 15,100, Kabul to Peshawar
#     9,700; 12 coaches in 2022, seven now, 45 seats; fare Rs 9,000; not run
#     since 12 October 2025.
#   Tahira Welfare Trust eye project (invented): people tested 2024 6,100,
#     2025 8,600 (Haripur 4,200, Mansehra 2,600, Swabi 1,800); glasses 2025
#     5,160 (reading 3,440, distance 1,720; Haripur 1,680 + 840 = 2,520,
#     Mansehra 1,040 + 520 = 1,560, Swabi 720 + 360 = 1,080); 430 cataract
#     referrals, 310 operated.
#   Kunar River Early Warning Project (invented): 14 weather stations (Chitral
#     6, Kunar 5, Nangarhar 3), 40 rain gauges (18 / 14 / 8), 160 villages
#     (70 / 55 / 35); alerts 2023 9, 2024 15, 2025 22 (46); SMS subscribers end
#     2023 7,800, end 2024 12,500, end 2025 19,000; USD 480,000 for 2023-2025.
#   Pech Valley Relief, Asadabad (invented): after the earthquake of 31 August
#     2025, 1,240 families registered (Nurgal 560, Chawkay 430, Khas Kunar
#     250); shelters built by 31 December 2025 910 (420 / 310 / 180); by month
#     September 60, October 190, November 340, December 320; 330 families
#     waiting; about USD 650 a shelter; 85 carpenters.
#   Atiqullah Chapli Kebab House, Peshawar and Kabul (invented): Peshawar
#     kebabs a day 2023 2,400, 2024 2,000, 2025 1,750; Kabul branch (opened
#     March 2024) 600 a day in 2024, 900 in 2025; Peshawar staff 32 (21 Afghan)
#     in 2023, 19 (six Afghan) now; Rs 350 a kebab.
#   Ziaullah Abattoir, Charsadda Road, Peshawar (invented): animals bought
#     from Afghan traders 2023 33,000, 2024 36,000 (+9.1), 2025 30,000
#     (-16.7); 2025 sheep 18,400 (61.3 percent), goats 9,200 (30.7), cattle
#     2,400 (8.0); 46 butchers and loaders, two veterinarians.
#   Sadaf Dubbing Studio, Islamabad (invented): episodes dubbed 2022 520, 2023
#     610 (+17.3), 2024 680 (+11.5), 2025 560 (-17.6); 2025 Dari 320, Pashto
#     240; cartoons 300, documentaries 180, serials 80; 24 voice actors, 15
#     Afghan; six clients (four Afghan channels, two online channels).
#   Sahar Research (invented), telephone survey of 1,500 adults, 1-10
#     December 2025 (Punjab 780, Sindh 345, Khyber Pakhtunkhwa 255,
#     Balochistan 90, Islamabad 30): reopen the crossings for trade yes 57 /
#     no 33 / don't know 10 (Khyber Pakhtunkhwa 71, Balochistan 64, Punjab 52,
#     Sindh 54); registered refugees may stay until safe: agree December 2024
#     44, December 2025 36 (disagree 55, don't know 9); first concern security
#     61, trade 24, refugees 11, don't know 4.

HELDOUT39 = []
from heldout_labels import (  # noqa: F401
    PAIR, REFS, adder, arith, change_pct, citation, direction, garbled, line_of, parts_total, pdf_lines, scope, tvt,
    repeated, reuse,
)

add = adder(HELDOUT39)


# ---------------------------------------------------------------------------
# Kifayatullah Zargar & Sons (invented): a goldsmith in Andarshehr, Peshawar
# ---------------------------------------------------------------------------

add("goldsmith_accountant_note_third_quarter", """
# Note for Our Accountant: Old Gold Bought in 2025

*Kifayatullah Zargar & Sons, Andarshehr bazaar, Peshawar (invented). The figures are invented.*

Shazia Bibi, here are the buying figures you asked for before you close the books. All weights are in tolas of old gold, weighed on the shop scale in front of the seller and written in the purchase register the same day.

Purchase register, 2025, tolas: Jan–Mar 380 · Apr–Jun 420 · Jul–Sep 510 · Oct–Dec 760 · Year 2,070

Nearly all of it was bought from Afghan families, and most of them were selling because they were about to go back. The busy months came in waves. In the third quarter we bought 570 tolas, as the notices to card holders went out, and the last quarter was heavier still, when the crossings closed and families who had waited for them to reopen decided to sell and leave anyway.

Please keep the register pages with the cash book. For each purchase the register has the seller's name, the card or document they showed, the weight, the purity we tested and the price we paid. We paid in cash on the day, at the bazaar rate for that morning.

Two things for the year-end accounts: the new jewellery we made for buyers from Kabul came to 640 tolas, against 820 in 2024, and we paid the three Afghan karigars their December bonus like the others.

Call me if any page is missing.

Kifayatullah
""", tvt(["In the third quarter we bought 570 tolas", "Jul–Sep 510"],
         {"note_value": 570, "line_value": 510}, "tolas",
         "old gold bought by the goldsmith, mostly from Afghan families, in the third quarter", "Q3 2025",
         "fourth paragraph and the register line",
         "The note says the shop bought 570 tolas in the third quarter; the purchase register line above it "
         "gives 510 for July to September, and the quarters add up to the year's 2,070 tolas only with 510.",
         line_form="purchase register flattened into one line, quarters separated by middle dots, with a year total"))

add("goldsmith_sellers_slip_scale", """
# Before You Sell: A Note for Families

*Handed to every seller at Kifayatullah Zargar & Sons, Andarshehr, Peshawar (invented). The figures are invented.*

Many of you are selling gold because you are going home to Afghanistan. We know the choice is hard, and we want you to know how we work before you decide.

1. We weigh every piece on the electronic scale in front of you, and we write the weight in our register and on your slip. We weigh every piece on the electronic scale in front of you, and we write the weight in our register and on your slip.
2. We test the purity with acid and a touchstone, in front of you. Most old Afghan jewellery is 21 or 22 carat, and we tell you which.
3. We pay the bazaar rate of that morning, less our charge of two percent, in cash.
4. You may take your pieces away if you do not like the price. There is no charge for weighing.

Last year 1,380 families sold gold to us, most of them Afghan, and between them they brought 2,070 tolas. That is about a tola and a half for each family: a pair of bangles, a necklace, earrings kept for a daughter's wedding.

Do not sell to men who stop you in the street outside the bazaar and offer more than the rate. Their scales are not true.

If you need the money sent to Kabul rather than carried, ask us, and we will tell you which exchange dealers in the bazaar families have trusted.
""", repeated("We weigh every piece on the electronic scale in front of you, and we write the weight in our "
              "register and on your slip.", 2,
              "how the goldsmith weighs pieces brought by sellers", "rule 1",
              "Rule 1 is written twice, word for word, in the same numbered item."))

add("goldsmith_weekly_feature_families_reuse", """
# In Andarshehr, the Gold Comes In as the Families Go Out

*A feature for a Peshawar weekly. The shop is invented, and so are its figures.*

The scale at Kifayatullah Zargar & Sons is small enough to sit in a child's hands, and it has been busy. Over 2025 the shop, three generations old and wedged between two bigger jewellers in Andarshehr, took in 2,070 tolas of old gold, more than 24 kilograms of bangles, chains and earrings. It came from 2,070 families, Kifayatullah says, nearly all of them Afghan and many of them selling in the week before they left.

"A family brings a tola and a half, on average," he says. "It is the wedding gold. They sell it because they cannot know what the road will cost, or what they will find in Kabul."

His purchases have climbed every year since the government's drive against foreigners without documents began in late 2023: 1,150 tolas in 2023, 1,610 in 2024. The heaviest quarter of 2025 was the last, at 760 tolas, after the crossings closed in October and families who had been waiting stopped waiting.

The other half of his trade has gone the other way. Buyers from Kabul, who once ordered new sets for weddings and carried them across at Torkham, took 640 tolas of new jewellery in 2025, against 820 the year before.

Eleven karigars work upstairs, three of them Afghans who learned the craft in this bazaar. One of them, Ikramullah, has his papers in order. "For now," he says.
""", reuse(["took in 2,070 tolas of old gold", "It came from 2,070 families"], 2070, "tolas / families",
           "old gold bought by the goldsmith in 2025", "families who sold gold to the goldsmith in 2025", 1380,
           "The weight of gold bought in 2025 (2,070 tolas) is given again as the number of families who sold it; "
           "at a tola and a half a family, as the next paragraph says, 2,070 tolas came from 1,380 families, the "
           "figure in the shop's note to sellers."))

add("goldsmith_partners_year_summary_control", """
# Year Summary for the Partners, 2025

*Kifayatullah Zargar & Sons, Andarshehr, Peshawar (invented). Every figure here is invented.*

To my brothers Asmatullah and Najib, before we meet to divide the year's profit.

**Old gold bought.** In tolas, from sellers at the counter:

| Year | Tolas bought | Change (%) |
|---|---|---|
| 2023 | 1,150 | – |
| 2024 | 1,610 | +40.0 |
| 2025 | 2,070 | +28.6 |

Purchases rose by 460 tolas again in 2025, the same as in 2024, but the rise was smaller in percentage terms because the base was larger. By quarter, 2025 went 380, 420, 510 and 760. Nearly all the sellers were Afghan families going home; 1,380 families sold to us during the year.

**New jewellery.** Our sales to buyers from Kabul fell from 820 tolas in 2024 to 640 in 2025, a fall of 22 percent. Fewer weddings are being planned across the border, and since October the buyers cannot come at all.

**Where the gold went.** We sold most of the old gold to the refiner in Lahore, as before. We bought no bars from Dubai this year; there was no need, with so much old gold coming to the counter.

**Staff.** Eleven karigars, three of them Afghan, all with their papers in order for now. Their pay rose by 10 percent in July.

**Outlook.** If the crossings stay closed, the Kabul buyers will not come back soon. The selling at the counter will go on as long as families leave, and then it will stop, and we should not plan as if 2025 will repeat itself.

Kifayatullah
""", control_type="control")


# ---------------------------------------------------------------------------
# Barech Ice Factory (invented), Chaman
# ---------------------------------------------------------------------------

add("ice_factory_season_report_total", """
# Season Report, May to September 2025

*Barech Ice Factory, Chaman (invented), to its three owners. The figures are invented.*

The season opened in the first week of May, when the first melons and apricots came down from Kandahar, and closed at the end of September, when the nights turned cold and the grape trucks no longer needed ice to reach Karachi. The crossing was open for the whole season; it closed only in October, after our tanks had been drained.

Blocks sold and trucks served, 2025 (blocks of 50 kilograms):

| Month | Blocks sold | Trucks served |
|---|---|---|
| May | 6,200 | 800 |
| June | 9,400 | 1,150 |
| July | 11,800 | 1,500 |
| August | 12,600 | 1,550 |
| September | 8,000 | 1,000 |
| Total | 47,000 | 6,000 |

August was again the peak. From the middle of July both freezing tanks ran day and night, and on the worst days drivers waited three hours at the gate. We lost two days in August to power cuts, when the generator could not carry both tanks.

The price stayed at Rs 1,200 a block all season. The 14 workers were paid on time, and four of them, who came to us from Spin Boldak, have asked to return next year.

For next season we propose a third tank and a larger generator, so that the trucks do not wait. We will bring a costing to the owners' meeting in February.

Abdul Qadir, manager
""", parts_total(["| Total | 47,000 | 6,000 |"],
                 {"May": 6200, "June": 9400, "July": 11800, "August": 12600, "September": 8000}, 47000,
                 "ice blocks", "May–September 2025", "ice blocks sold by the factory", "table, total row",
                 "The total row gives 47,000 blocks for the season, but the five months add up to 48,000 "
                 "(the trucks column adds up correctly to 6,000).",
                 table_form="pipe, months as rows with blocks and trucks columns and a total row"))

add("ice_factory_fruit_traders_letter_august", """
# To the Fruit Traders' Association, Chaman

*A letter from Barech Ice Factory, Chaman (invented). The figures are invented.*

Respected members,

Thank you for sending your trucks to us again this season. We write to ask for your help in planning the next one, because in the hottest weeks we could not make ice fast enough.

In August alone we sold 12,100 blocks and still turned trucks away. Our two tanks can freeze only so much in a day, and a truck of grapes from Kandahar that waits three hours at our gate in August loses more than the ice is worth.

Our blocks sold by month in 2025 were:

| Month | Blocks |
|---|---|
| May | 6,200 |
| June | 9,400 |
| July | 11,800 |
| August | 12,600 |
| September | 8,000 |
| Total | 48,000 |

We ask three things of members. First, tell us by the end of April how many trucks you expect each week in July and August. Second, send your drivers in the early morning, when the night's ice is ready. Third, if you can, book by telephone the day before.

For our part we are pricing a third tank. If members will book ahead, we will keep the price at Rs 1,200 a block for another season.

With respect,

Barech Ice Factory
""", tvt(["In August alone we sold 12,100 blocks", "| August | 12,600 |"],
         {"letter_value": 12100, "table_value": 12600}, "ice blocks",
         "ice blocks sold by the factory in August", "August 2025", "third paragraph and the table",
         "The letter says the factory sold 12,100 blocks in August; its own table gives 12,600, and the months "
         "add up to the 48,000 total only with 12,600.",
         table_form="pipe, months as rows and a total row"))

add("ice_factory_drivers_message_trucks_reuse", """
# Message to Drivers, Barech Ice Factory

*Sent in Pashto to the drivers' group of Barech Ice Factory, Chaman (invented), and translated. The figures are invented.*

Salaam to all drivers.

Thank you for your patience this summer. In August we sold 12,600 blocks, more than in any month since the factory opened. We loaded 12,600 trucks that month, most of them with eight blocks for the run to Quetta and Karachi, and on some days you waited three hours at the gate. We know this cost you time, and some of you lost fruit.

Three changes for next season:

- A second loading bay, so that two trucks can take ice at once.
- A list at the gate. Give your name and number to the clerk and he will call you when your ice is ready; you do not need to stand in the sun.
- Morning loading for grapes. Grape trucks will be served first between five and nine in the morning, because grapes spoil fastest.

The price stays at Rs 1,200 for a block of 50 kilograms. Payment is in cash at the gate; we cannot give credit to new drivers.

The crossing is closed now and we have drained the tanks for the winter. When it opens, and when the melons come again in May, we will send word in this group.

Drive safely.
""", reuse(["In August we sold 12,600 blocks", "We loaded 12,600 trucks that month"], 12600, "ice blocks / trucks",
           "ice blocks sold by the factory in August 2025", "trucks loaded with ice in August 2025", 1550,
           "The number of blocks sold in August (12,600) is given again as the number of trucks loaded; at about "
           "eight blocks a truck, as the same sentence says, 12,600 blocks fill some 1,575 trucks, and the "
           "factory's season report gives 1,550 trucks served in August."))

add("ice_factory_directory_profile_control", """
# Barech Ice Factory, Chaman

*An entry in a business directory of Balochistan's border towns. The factory is invented, and so are its figures.*

**What it does.** Makes block ice for trucks carrying fruit from Kandahar through Chaman to Quetta, Karachi and Lahore. Melons and apricots come first, in May; grapes and pomegranates fill the trucks from July to the end of the season.

**Founded.** 2014, by three brothers from Chaman. The factory has 14 workers and two freezing tanks; the compressors were bought from China in 2022.

**Output.** Blocks of 50 kilograms, sold at Rs 1,200 each in 2025.

| Season | Blocks sold | Change (%) |
|---|---|---|
| 2023 | 39,000 | – |
| 2024 | 44,000 | +12.8 |
| 2025 | 48,000 | +9.1 |

The season runs from May to September. Sales have risen in each of the last two seasons, though more slowly in 2025, when the factory could not freeze ice fast enough in August, its busiest month, with 12,600 blocks. In 2025 it served about 6,000 trucks, most of them taking eight blocks.

**Border.** The factory depends on the Chaman crossing. It was open through the 2025 season and closed in October, after the tanks had been drained for the winter.

**Plans.** A third tank and a larger generator before the 2026 season.

**Contact.** Through the Chaman fruit traders' association.
""", control_type="control")


# ---------------------------------------------------------------------------
# Rohullah Coaches (invented), Peshawar to Kabul
# ---------------------------------------------------------------------------

add("coach_ticket_holders_statement_third_quarter", """
# To Our Passengers Holding Tickets

*A statement from Rohullah Coaches, Peshawar (invented). The figures are invented.*

Our coaches between Peshawar and Kabul have not run since 12 October 2025, when the crossing at Torkham closed. We are sorry for the trouble this has caused to everyone who had booked a seat.

**Refunds.** Every passenger holding a ticket for a journey after 11 October may have the full fare of Rs 9,000 returned at our booking office near the general bus stand in Peshawar, or at our agent in Kabul. Bring the ticket and the identity card or passport named on it. Refunds are paid from ten to four, every day except Friday.

**Changing your ticket.** If you would rather travel when the service starts again, keep your ticket. It will be honoured on any coach in the first month after we reopen, at no extra cost.

**Our year.** Until the closure it had been a steady year: 7,400 passengers in the first quarter, 6,900 in the second, and 8,600 in the third, the busiest quarter we have had for two years. Passengers by quarter, 2025:

| Quarter | Passengers |
|---|---|
| Q1 | 7,400 |
| Q2 | 6,900 |
| Q3 | 7,600 |
| Q4, to 11 October | 2,900 |
| Total | 24,800 |

**Staff.** Our drivers and conductors are being paid half wages while the coaches wait in the yard. None has been let go.

We will announce the restart in this newspaper and at our office.

Management, Rohullah Coaches
""", tvt(["and 8,600 in the third", "| Q3 | 7,600 |"],
         {"statement_value": 8600, "table_value": 7600}, "passengers",
         "passengers carried by the coach company in the third quarter", "Q3 2025",
         "fourth section and the table",
         "The statement gives 8,600 passengers in the third quarter; the table below it gives 7,600, and the "
         "quarters add up to the 24,800 total only with 7,600.",
         table_form="pipe, quarters as rows and a total row"))

add("coach_drivers_meeting_minutes_subtotal", """
# Minutes: Meeting of Drivers and Conductors, 20 October 2025

*Rohullah Coaches, Peshawar (invented). The figures are invented.*

Present: the manager, the accountant, 13 drivers and 11 conductors. Apologies from two drivers who are in Kabul.

1. **Where we stand.** The manager said the coaches have not run since 12 October, when the crossing at Torkham closed, and no one can say when it will open. All seven coaches are in the yard and have been serviced.
2. **The year so far.** The manager reported 7,400 passengers in the first quarter, 6,900 in the second and 7,600 in the third, 22,900 by the end of September. The accountant said this was fewer than in 2024, but the coaches had been full on most runs to Kabul.
3. **Wages.** Drivers and conductors will be paid half wages from 1 November for as long as the coaches wait. Drivers asked for the half wage to be paid weekly; agreed.
4. **Other work.** Two drivers asked whether the coaches could be hired out for weddings and for routes inside Khyber Pakhtunkhwa while the border is closed. The manager will ask the owner and the transport authority.
5. **Refunds.** The accountant said 310 tickets for journeys after 11 October have been refunded so far, at the full fare of Rs 9,000.

The meeting closed at noon. The next meeting will be called when there is news of the crossing.
""", parts_total(["7,600 in the third, 22,900 by the end of September"],
                 {"Q1 2025": 7400, "Q2 2025": 6900, "Q3 2025": 7600}, 22900, "passengers",
                 "January–September 2025", "passengers carried by the coach company", "item 2",
                 "The three quarters reported (7,400, 6,900 and 7,600) add up to 21,900 passengers by the end of "
                 "September, not 22,900."))

add("coach_year_leaflet_directions_reuse", """
# Rohullah Coaches: 2025 in Brief

*A leaflet for passengers and agents. The company is invented, and so are its figures.*

For eleven years our coaches have carried passengers between Peshawar and Kabul: students, traders, patients going to hospitals in Peshawar, and families visiting relatives on the other side. 2025 was a hard year, and since 12 October our coaches have not been able to cross at all.

**Passengers.** We carried 24,800 passengers in 2025, against 29,200 in 2024. Of our 24,800 passengers, 15,100 travelled from Peshawar to Kabul and 15,100 made the journey the other way. More went to Kabul than came back, as you would expect in a year when so many Afghan families were going home, and on many runs the luggage racks were full of bedding and cooking pots.

**Coaches.** Seven coaches, each with 45 seats, air conditioning and a toilet. In 2022 we ran 12.

**Fare.** Rs 9,000 one way, including a bottle of water and a meal at Landi Kotal.

**Journey.** About nine hours, border included, though the waits at Torkham have been longer than that on bad days.

**Safety.** Each of our drivers has driven the Khyber Pass for at least ten years. Coaches do not run after dark on the Afghan side.

**When we reopen.** Tickets bought before 12 October will be honoured. Watch for our notice in the newspapers and at the booking office.
""", reuse(["15,100 travelled from Peshawar to Kabul", "15,100 made the journey the other way"], 15100, "passengers",
           "passengers carried from Peshawar to Kabul in 2025", "passengers carried from Kabul to Peshawar in 2025",
           9700,
           "The number of passengers who travelled to Kabul (15,100) is given again for those who came back, "
           "although the next sentence says more went than came back; of 24,800 passengers, 24,800 - 15,100 = "
           "9,700 travelled from Kabul to Peshawar."))

add("coach_local_news_clawed_back", """
# Kabul Coach Service Idle as Border Stays Shut

*A news item in a Peshawar daily. The company is invented, and so are its figures; the trade figure follows the invented annual series used in this set.*

PESHAWAR: Seven coaches stand in a yard off the GT Road, their windscreens covered with sheets against the dust. Rohullah Coaches, one of the few companies that runs a scheduled service between Peshawar and Kabul, has not sent a coach across the border since the crossing at Torkham closed on 12 October.

The company's passenger numbers had already been falling. It carried 41,000 passengers in 2022, when it ran 12 coaches. In 2024 passenger numbers clawed back, from 36,500 in 2023 to 29,200, and in 2025 the company carried 24,800 before the closure.

"Students and patients used to fill the coaches," said the manager, Shafiq Ahmad. "Then visas became harder to get, and last year most of our passengers were families going home with everything they owned."

Its drivers and conductors are on half wages. The fare, Rs 9,000 one way, has not changed since 2024.

Traders in Peshawar say the closure has hurt them too. Pakistan's exports to Afghanistan were worth USD 884 million in 2024, and much of that trade moved by road through Torkham.

The manager said the company would not sell its coaches. "The border has closed before," he said. "It has always opened again."
""", direction("In 2024 passenger numbers clawed back, from 36,500 in 2023 to 29,200", 36500, 29200, "2023", "2024",
               "clawed back", "rise", "passengers", "passengers carried by the coach company", "second paragraph",
               "'Clawed back' says passenger numbers recovered in 2024, but they fell from 36,500 to 29,200 "
               "(-20.0 percent), as the paragraph's first sentence says."))


# ---------------------------------------------------------------------------
# Tahira Welfare Trust (invented): an eye project in refugee villages
# ---------------------------------------------------------------------------

EYE_TESTED = """| District | People tested | Glasses given |
|---|---|---|
| Haripur | 4,200 | 2,520 |
| Mansehra | 2,600 | 1,560 |
| Swabi | 1,800 | 1,080 |
| Total | 8,600 | 5,160 |"""

add("eye_project_donor_report_mansehra", f"""
# Reading Glasses for Refugee Villages: Report for 2025

*Tahira Welfare Trust (invented), to a donor. The figures are invented.*

**Summary.** In 2025 our eye team of two optometrists and four assistants visited refugee villages in Haripur, Mansehra and Swabi in a van fitted out as a small clinic. They tested the eyes of 8,600 people, 41 percent more than the 6,100 of 2024, and gave glasses to 5,160 of them. Most were Afghan refugees, many of them over 45, who had never had their eyes tested; about one in five were Pakistani neighbours who came when they heard the van was in the village.

**By district.** In Mansehra the team tested 2,900 people, in two rounds of visits, in spring and autumn. Haripur, with the largest villages, took most of the team's time.

{EYE_TESTED}

**Cataract.** 430 people were found to have cataract and referred to a partner hospital in Abbottabad; 310 had been operated on by the end of the year. The others are waiting, some because they are afraid of the operation and some because they cannot pay for the journey.

**Departures.** Several families whose members we had tested left for Afghanistan during the year. We gave each of them a copy of the prescription, so that the glasses can be made again in Kabul or Jalalabad.

**Next year.** We plan to add villages near Peshawar and a second van.
""", tvt(["In Mansehra the team tested 2,900 people", line_of(EYE_TESTED, "| Mansehra")],
         {"report_value": 2900, "table_value": 2600}, "people tested",
         "people whose eyes were tested by the project in Mansehra", "2025", "second section and the table",
         "The report says 2,900 people were tested in Mansehra; the table gives 2,600, and the districts add up "
         "to the 8,600 total only with 2,600.",
         table_form="pipe, districts as rows with tested and glasses columns and a total row"))

EYE_ORDER = """| District | Reading | Distance | Total |
|---|---|---|---|
| Haripur | 1,680 | 840 | 2,620 |
| Mansehra | 1,040 | 520 | 1,560 |
| Swabi | 720 | 360 | 1,080 |"""

add("eye_project_supplier_order_haripur", f"""
# Order for Frames and Lenses, 2026

*Tahira Welfare Trust (invented), to its optical supplier in Rawalpindi. The figures are invented.*

Dear Sir,

Our eye project in the refugee villages will run again in 2026, and we would like to place our order for the year now, so that the frames reach us before the spring round of visits.

As a guide, these are the glasses the team gave out in 2025, by district, in pairs:

{EYE_ORDER}

Reading glasses were two pairs in three in every district, as they were the year before: most of the people who come to the van are over 45 and have never owned glasses.

For 2026 we expect to test about 10,000 people, because we will add villages near Peshawar. We would therefore like to order 4,000 ready-made reading glasses, in powers from +1.00 to +3.50, and frames and lenses for 2,000 pairs of distance glasses to be made to prescription.

Please quote for delivery in two lots, in March and in August, to our office in Haripur. As before, we ask for sturdy frames: many of the wearers are farmers and labourers, and light frames break within a month.

With thanks,

Project coordinator, Tahira Welfare Trust
""", parts_total([line_of(EYE_ORDER, "| Haripur")], {"reading glasses": 1680, "distance glasses": 840}, 2620,
                 "pairs of glasses", "2025", "glasses given by the eye project in Haripur", "table, Haripur row",
                 "In the Haripur row, 1,680 reading and 840 distance glasses add up to 2,520 pairs, not the 2,620 "
                 "in the total column; the other rows add up.",
                 table_form="pipe, districts as rows with reading, distance and total columns, no total row"))

add("eye_project_concept_note_key_facts", """
# Concept Note: Eye Care for Afghan Refugees, Phase Two

*Tahira Welfare Trust (invented). Project figures are invented.*

**Key facts**

- Registered Afghan refugees in Pakistan at the end of 2024: 2,560 thousand (UNHCR Refugee Data Finder, 2024).
- People tested by our eye team in 2025: 8,600, in Haripur, Mansehra and Swabi.
- People given glasses in 2025: 5,160.
- Cataract referrals in 2025: 430, of whom 310 were operated on.

**The need.** Most refugees in the villages we visit are older people who came to Pakistan in the 1980s and have never had an eye test. Poor sight keeps men from work and women from sewing, and children are kept at home to lead grandparents who cannot see the road.

**What phase two adds.** A second van, villages around Peshawar, and a voucher to pay for the journey to Abbottabad for cataract patients, because in 2025 the cost of travel was the reason patients most often gave for not going.

**Returns.** Many families are leaving for Afghanistan. We give each person we test a written prescription, and in phase two we want to agree with an eye hospital in Jalalabad that it will make glasses from our prescriptions at cost.

**Budget.** We seek PKR 18 million over two years, of which about half is for the second van and its team.
""", citation(["Registered Afghan refugees in Pakistan at the end of 2024: 2,560 thousand",
               "(UNHCR Refugee Data Finder, 2024)"], 2560000, "2024",
              "'(UNHCR Refugee Data Finder, YEAR)' after a figure in thousands, in the key facts list of an "
              "NGO's concept note", "first key fact",
              "The reference value for the end of 2024 is 1,559,964, about 1,560 thousand; the stated 2,560 "
              "thousand has a wrong first digit and is about 64 percent too high.",
              stated_as_written="2,560 thousand"))

add("eye_project_annual_report_citation_control", f"""
# Tahira Welfare Trust: Annual Report 2025, Eye Project

*Tahira Welfare Trust (invented). Project figures are invented.*

Pakistan still hosted 1,559,964 registered Afghan refugees at the end of 2024, according to UNHCR year-end data (2024), and many of the oldest among them live in the refugee villages of Hazara and the Peshawar valley. Our eye project goes to them.

**What we did.** In 2025 our team tested 8,600 people, up from 6,100 in 2024, and gave glasses to 5,160: 3,440 pairs of reading glasses and 1,720 of distance glasses. It referred 430 people with cataract to a hospital in Abbottabad, and 310 were operated on.

{EYE_TESTED}

**Who came.** Four in five of the people tested were Afghan refugees; the rest were Pakistani neighbours. Just over half were 45 or older.

**A story.** Parveen, a widow of 62 in a village near Haripur, had not threaded a needle for ten years. She now takes in sewing again, and she asked us to test her neighbours too.

**Thanks.** To our donors, to the village elders who lent us rooms, and to the hospital in Abbottabad, which charged us only for the lenses it implanted.
""", control_type="citation_control")


# ---------------------------------------------------------------------------
# Kunar River Early Warning Project (invented)
# ---------------------------------------------------------------------------

add("flood_warning_end_review_seasons", """
# End-of-Project Review: Kunar River Early Warning Project

*Summary by an external reviewer. The project and its figures are invented.*

The project set out in 2023 to give villages along the Chitral and Kunar rivers an hour or more of warning before a flood. It was run by a trust in Chitral and a partner organisation in Asadabad, with a budget of USD 480,000 over three years, and it installed 14 automatic weather stations and 40 rain gauges on both sides of the border.

**Findings.** In the seasons 2025–2023 the project sent 46 flood alerts by text message and through mosque loudspeakers, 22 of them in the heavy monsoon of 2025. Villagers we met in Chitral and in Kunar could say what each level of alert meant and where they should go. Subscribers to the alerts rose from 7,800 at the end of 2023 to 19,000 at the end of 2025.

The stations worked well on the Pakistani side, where they are visited every month. On the Afghan side two of the five stations in Kunar were out of action for much of 2025, one after a landslide and one after the earthquake of 31 August, and gauge readings there were sent by telephone instead.

**Cross-border sharing.** Readings from Chitral reach Asadabad within minutes, and the partners in Kunar pass warnings on to Nangarhar. This went on working after the crossings closed in October 2025, because the data travel over mobile networks, not roads.

**Recommendations.** Repair the Kunar stations before the 2026 monsoon; train a second technician in Asadabad; and agree with district authorities on both sides who gives the order to evacuate.
""", garbled(["In the seasons 2025–2023 the project sent 46 flood alerts"],
             "The period of the alerts is written backwards, from 2025 to 2023; the project ran from 2023 to 2025.",
             stated_period_start="2025", stated_period_end="2023",
             subject="flood alerts sent by the early warning project", location="second paragraph"))

add("flood_warning_newsletter_signups", """
# From the Rivers: Newsletter of the Kunar River Early Warning Project

*Issue 6, January 2026. The project and its figures are invented.*

**Alerts in 2025.** The monsoon of 2025 was the heaviest since the project began. We sent 22 flood alerts, against 15 in 2024 and nine in 2023, and in August villagers in lower Chitral moved their animals to high ground twice in one week.

**Sign-ups.** Sign-ups to the SMS alerts trailed off in 2025, from 12,500 subscribers at the end of 2024 to 19,000 at the end of 2025. Most new subscribers heard of the service from the mosque announcements or from a neighbour who had been warned in time.

**Stations.** We now have 14 automatic weather stations: six in Chitral, five in Kunar and three in Nangarhar. Volunteers read the 40 rain gauges each morning in the monsoon months and send the readings by text.

**Earthquake.** The earthquake of 31 August damaged one station in Kunar beyond repair. Our partners in Asadabad spent September helping their neighbours before they could think about gauges, and we thank them.

**Closure.** Since the crossings closed in October our technicians have not been able to visit each other. The data still flow.

**Thanks.** To the volunteers, and to the mosque committees who read out our alerts at any hour.
""", direction("Sign-ups to the SMS alerts trailed off in 2025, from 12,500 subscribers at the end of 2024 to 19,000 "
               "at the end of 2025", 12500, 19000, "2024", "2025", "trailed off", "fall", "subscribers",
               "subscribers to the project's SMS flood alerts", "second paragraph",
               "'Trailed off' says sign-ups fell away in 2025, but subscribers rose from 12,500 to 19,000 "
               "(+52.0 percent), and the next sentence speaks of new subscribers."))

add("flood_warning_fact_sheet_control", """
# Kunar River Early Warning Project: Fact Sheet

*The project and its figures are invented.*

The Chitral river rises in the north of Chitral, below the Wakhan corridor that separates Pakistan from Tajikistan, and crosses into Afghanistan at Arandu, where it becomes the Kunar. It joins the Kabul river near Jalalabad, and the Kabul river flows back into Pakistan above Peshawar. A flood in one country reaches the other within hours.

The project, run by a trust in Chitral and a partner in Asadabad from 2023 to 2025 with a budget of USD 480,000, watches the rain and the river on both sides.

| Province | Weather stations | Rain gauges | Villages covered |
|---|---|---|---|
| Chitral | 6 | 18 | 70 |
| Kunar | 5 | 14 | 55 |
| Nangarhar | 3 | 8 | 35 |
| Total | 14 | 40 | 160 |

**Alerts.** Nine in 2023, 15 in 2024 and 22 in 2025, sent by text message and read out from mosques.

**Subscribers.** 7,800 at the end of 2023, 12,500 at the end of 2024 (up 60 percent) and 19,000 at the end of 2025 (up 52 percent).

**How an alert works.** When a station records more than a set amount of rain in an hour, or a gauge reader reports the river rising past a painted mark, the duty officer in Chitral or Asadabad sends an alert to every subscriber in the villages downstream, on both sides of the border.

**After the closure.** The crossings have been closed since October 2025, but the data travel over mobile networks, and alerts still reach villages in both countries.
""", control_type="control")


# ---------------------------------------------------------------------------
# Pech Valley Relief (invented): shelters after the Kunar earthquake
# ---------------------------------------------------------------------------

QUAKE_PDF = pdf_lines([
    ["District", "Families registered", "Shelters built"],
    ["Nurgal", "560", "420"],
    ["Chawkay", "430", "310"],
    ["Khas Kunar", "250", "180"],
    ["Total", "1,240", "910"],
])

add("quake_shelter_sitrep_chawkay", f"""
# Situation Report No. 9: Shelter After the Kunar Earthquake

*Pech Valley Relief (invented), Asadabad, 5 January 2026. The figures are invented.*

**Overview.** Four months after the earthquake of 31 August 2025, families in the three districts where we work are through the first weeks of winter. Our carpenters finished 320 shelters in December, the last of them roofed in snow. In Chawkay, where the road was cut for most of September, 340 shelters now stand.

**Shelters by district, as at 31 December 2025** (copied from our database report):

{QUAKE_PDF}

**Materials.** Until the crossing at Torkham closed in October, about half of our roofing sheets and timber were bought in Peshawar. Since then everything has come from Jalalabad and Kabul, at higher prices.

**Cost.** Each shelter, with two rooms, a roof of iron sheets and a stove, costs about USD 650.

**Needs.** 330 registered families are still waiting. We need funds for 330 more shelters, and for stoves and fuel for the families still in tents.

**Staff.** 85 carpenters from the three districts, paid by the day.
""", tvt(["In Chawkay, where the road was cut for most of September, 340 shelters now stand",
          line_of(QUAKE_PDF, "Chawkay")],
         {"sitrep_value": 340, "table_value": 310}, "shelters",
         "transitional shelters built by the NGO in Chawkay district", "as at 31 December 2025",
         "overview paragraph and the table",
         "The overview says 340 shelters stand in Chawkay; the database table gives 310, and the districts add up "
         "to the 910 total only with 310.",
         table_form="PDF text extraction, districts as rows with families and shelters columns and a total row"))

add("quake_shelter_winter_appeal_months", """
# Winter Appeal: Kunar

*Pech Valley Relief (invented), Asadabad. The figures are invented.*

The earthquake that struck Kunar on the night of 31 August 2025 brought down whole villages of stone and mud houses on the slopes above the river. Thousands of families spent the autumn in tents.

Between December and September 2025 our carpenters built 910 transitional shelters in Nurgal, Chawkay and Khas Kunar: two rooms, a roof of iron sheets, a stove, and a frame that can later be walled in stone. Each costs about USD 650.

But 330 of the 1,240 families on our list are still in tents, and the snow has reached the valleys.

**What your gift does.**

- USD 650 builds a shelter for a family.
- USD 120 buys a stove and a winter's fuel.
- USD 40 buys quilts for a family of six.

**Why now.** Building slows in January and February, when the roads close and timber cannot be brought up from Asadabad. Since the crossing at Torkham closed in October, materials that once came cheaply from Peshawar must come from Jalalabad and Kabul, and they cost more.

**Who we are.** Pech Valley Relief was founded in 2015 by teachers from the Pech valley. Our 85 carpenters all come from the districts where they build.

Every gift is acknowledged, and every shelter is photographed with the family that lives in it.
""", garbled(["Between December and September 2025 our carpenters built 910 transitional shelters"],
             "The building period is written backwards, from December to September 2025; the shelters were built "
             "from September to December 2025, after the earthquake of 31 August.",
             stated_period_start="December 2025", stated_period_end="September 2025",
             subject="transitional shelters built after the Kunar earthquake", location="second paragraph"))

add("quake_shelter_donor_letter_waiting_reuse", """
# Letter to a Donor

*From Pech Valley Relief (invented), Asadabad. The figures are invented.*

Dear friends,

Thank you for your gift in September, which paid for the first 60 shelters we built after the earthquake. We promised to write when winter came, and we write now from an office that is colder than most of the shelters.

By the end of December we had built 910 shelters for the 1,240 families on our list. 910 families are still waiting for theirs, most of them in tents pitched beside their fallen houses, and we visit them each week with fuel.

The shelters went up fastest in November, when we built 340, and the carpenters worked until the snow stopped them in the last week of December. In Nurgal, where most of the houses fell, 420 families now have a roof.

What we have learned: families want the shelter close to the ruins of their own house, even where the slope is steep, because the land and the fields are there. We now send a carpenter and an elder to agree the site before we bring the timber.

The closure of the crossing at Torkham in October made timber and roofing sheets dearer, since we now buy them in Jalalabad. A shelter that cost USD 600 in September costs about USD 650 now.

We will write again in spring, when the roads open.

With gratitude,

Pech Valley Relief
""", reuse(["we had built 910 shelters for the 1,240 families on our list", "910 families are still waiting"], 910,
           "shelters / families", "shelters built by the end of December 2025",
           "registered families still waiting for a shelter", 330,
           "The number of shelters built (910) is given again as the number of families still waiting; of 1,240 "
           "families on the list, 1,240 - 910 = 330 are waiting, as the NGO's appeal and situation report say."))

add("quake_shelter_press_note_convoys", """
# Press Note: Shelter Work in Kunar Passes 900

*Pech Valley Relief (invented), Asadabad, 2 January 2026. The figures are invented.*

Pech Valley Relief has built 910 transitional shelters for families who lost their homes in the earthquake of 31 August 2025 in Kunar province: 420 in Nurgal, 310 in Chawkay and 180 in Khas Kunar.

In the first weeks after the earthquake, relief trucks from Iran crossed at Torkham with tents, flour and medicines, and traders in Peshawar sent timber and roofing sheets up the road to Jalalabad. That route closed with the crossing in October, and materials now come from Jalalabad and Kabul.

"Every family that has a shelter has a stove and a door that closes," said the organisation's director, Habib Rahman. "The families still in tents are the ones we think about at night."

The organisation has 1,240 families on its list, and 330 are still in tents. It needs about USD 650 for each shelter, and asks donors to give before the end of January, when the roads into the upper valleys close.

Its 85 carpenters, all from the three districts, work in teams of five and can finish a shelter in two days when the timber is on site.

For interviews and photographs, contact the office in Asadabad.
""", scope("relief trucks from Iran crossed at Torkham", "IRN", ["IRN", "AFG"], "Iran",
           "Torkham is on the border between Pakistan and Afghanistan, so trucks crossing there into Afghanistan "
           "came from Pakistan; the note names Iran in Pakistan's place, and the same paragraph speaks of "
           "traders in Peshawar using that route."))


# ---------------------------------------------------------------------------
# Atiqullah Chapli Kebab House (invented), Peshawar and Kabul
# ---------------------------------------------------------------------------

add("kebab_house_family_meeting_kabul", """
# Kebab House: Notes for the Family Meeting

*Atiqullah Chapli Kebab House, Peshawar and Kabul (invented). The figures are invented.*

Brothers, here is how the two shops stand before Sunday's meeting.

**Peshawar.** We sold about 1,750 kebabs a day in 2025, down from 2,000 in 2024, and we buy about 220 kilograms of beef mince a day. Trade fell for two reasons: many of our Afghan regulars have gone home, and the traders and drivers who came for lunch between loads stopped coming when the crossing closed in October.

**Staff.** We have 19 staff in Peshawar, six of them Afghan. In 2023 we had 32, and 21 were Afghan. Most of those who left went back to Kabul or Jalalabad, and two of them now work in our Kabul shop.

**Kabul.** Kabul has done well: daily sales there grew from 600 kebabs in 2024 to 600 kebabs in 2024, and the cooks there now ask for a second grill. The shop in Shahr-e Naw is full at lunch with office workers. Our problem there is beef: prices in Kabul have risen since the closure, and we cannot send spices from Peshawar as we used to.

**Decisions for Sunday.**

1. Whether to buy the second grill for Kabul.
2. Whether to close the Peshawar shop on Fridays until the crossing opens.
3. Whether to raise the price in Peshawar from Rs 350 to Rs 400 a kebab.

Atiqullah
""", garbled(["daily sales there grew from 600 kebabs in 2024 to 600 kebabs in 2024"],
             "The change in the Kabul branch's daily sales starts and ends at the same value and the same year, "
             "so no change is described; the branch sold 600 kebabs a day in 2024 and 900 in 2025.",
             start_value=600, end_value=600, start_period="2024", end_period="2024", unit="kebabs a day",
             subject="daily kebab sales at the Kabul branch", location="Kabul section"))

add("kebab_house_food_blog_kabul_branch", """
# A Tale of Two Pans: Chapli Kebabs in Peshawar and Kabul

*A food blogger's post. The kebab house is invented, and so are its figures.*

If you have eaten a chapli kebab in Peshawar you know the smell before you see the shop: beef, maize flour, pomegranate seed, coriander and a slice of tomato pressed into the top, fried in a flat pan of fat as wide as a cartwheel. Atiqullah Chapli Kebab House has made them that way for thirty years.

The family is Afghan by origin, from Nangarhar, and in March 2024 they opened a second shop in Kabul's Shahr-e Naw. I visited both this winter.

In Peshawar the owner told me business is slower. The shop sold about 2,400 kebabs a day in 2023 and about 1,750 a day in 2025, and many of the cooks who made its name have gone back across the border.

Kabul is another story. Sales at the Kabul branch nudged down to 900 kebabs a day in 2025 from 600 in its first year, and at lunchtime I waited twenty minutes for a seat among office workers and students. The cooks there are some of the same men who once worked the Peshawar pans.

The kebabs were as good in Kabul as in Peshawar, though the Kabul cooks use more chilli and less fat. In Peshawar a kebab costs Rs 350; in Kabul it is about 80 afghanis.

My verdict: go to both if you can. For now, with the crossing closed, you will have to choose.
""", direction("Sales at the Kabul branch nudged down to 900 kebabs a day in 2025 from 600 in its first year",
               600, 900, "2024", "2025", "nudged down", "fall", "kebabs a day",
               "daily kebab sales at the Kabul branch", "fourth paragraph",
               "'Nudged down' says the Kabul branch's sales fell, but they rose from 600 a day in its first year "
               "(2024) to 900 in 2025 (+50.0 percent); the later figure is named first, and the paragraph opens "
               "by contrasting Kabul with slower business in Peshawar.",
               from_period_as_written="its first year"))

add("kebab_house_news_feature_cooks", """
# The Cooks Who Went Home

*A news feature. The kebab house is invented, and so are its figures.*

PESHAWAR: At the kebab house by Kohati Gate the lunch queue is shorter than it was, and so is the line of cooks at the pans. In 2023, 21 of the 32 people working at Atiqullah Chapli Kebab House were Afghan. Now six of its 19 staff are.

Most left in the drive against Afghans without papers that began in late 2023, and more went in 2025, when the government said that holders of refugee cards should go too. Pakistan then had some 2.2 million registered Afghan refugees, as counted by UNHCR at the close of 2023, and many had lived in the country for decades. Some of the kebab house's cooks were born in Peshawar.

"They were the best cooks I had," the owner, Atiqullah, said. "They learned from my father."

Some did not go far. The family opened a branch in Kabul in March 2024, and two of the cooks who left Peshawar now work there. The Kabul shop sells about 900 kebabs a day; the Peshawar shop, which sold 2,400 a day in 2023, sells about 1,750.

The closure of the crossings in October has made things harder on both sides. Kabul cannot get spices from Peshawar, and Peshawar has lost the truck drivers who came for lunch between loads.

"A kebab is the same on both sides of the border," said one of the Afghan cooks who stayed, who has lived in Peshawar since he was a boy. "Only the paperwork is different."
""", citation(["some 2.2 million registered Afghan refugees", "as counted by UNHCR at the close of 2023"], 2200000,
              "2023", "'as counted by UNHCR at the close of YEAR' after a rounded figure in millions, in a news "
              "feature", "second paragraph",
              "The reference value for the end of 2023 is 1,987,717, about 1.99 million; 'some 2.2 million' is "
              "about 11 percent too high, just beyond the 10 percent line.",
              stated_as_written="some 2.2 million", stated_hedge="some"))

add("kebab_house_franchise_reply_control", """
# Reply to a Franchise Inquiry

*From Atiqullah Chapli Kebab House, Peshawar and Kabul (invented), to a restaurateur in Dubai. The figures are invented.*

Dear Sir,

Thank you for your letter asking whether we would allow a branch of our kebab house in the United Arab Emirates. We are honoured, and we answer your questions in order.

**How big are you?** We have two shops. In Peshawar we sold about 1,750 kebabs a day in 2025, down from 2,000 in 2024 and 2,400 in 2023: falls of 17 and 12.5 percent, mostly because many Afghan customers have gone home and the truck drivers stopped coming when the crossing closed. In Kabul, where we opened in March 2024, we sold 600 a day in that first year and 900 a day in 2025, a rise of 50 percent.

**How many staff?** 19 in Peshawar and 11 in Kabul. In 2023 we had 32 in Peshawar.

**What is the recipe?** Beef mince, maize flour, pomegranate seed, coriander, green chilli and tomato, fried in beef fat. We will not change the recipe, and we would send two cooks to train yours.

**What do you ask?** A fee for the name, paid each year, and the right to send a member of the family to inspect the kitchen twice a year.

**Can you supply spices?** From Peshawar, yes; our spices are ground by the same family who has ground them for us for thirty years.

We would be glad to meet you in Peshawar, or in Dubai in the spring.

With respect,

Atiqullah and brothers
""", control_type="control")


# ---------------------------------------------------------------------------
# Ziaullah Abattoir (invented), Charsadda Road, Peshawar
# ---------------------------------------------------------------------------

add("abattoir_bank_note_shares", """
# Note to the Bank: Working Capital for 2026

*Ziaullah Abattoir, Charsadda Road, Peshawar (invented). The figures are invented.*

We ask the bank to renew our working capital line of Rs 40 million for 2026, on the same terms as before. This note sets out our trade in 2025.

**What we buy.** Nearly all our animals are bought live from Afghan traders, who bring them across at Torkham by truck. Of the 30,000 animals we bought from Afghan traders in 2025, sheep made up 61 percent, goats 31 percent and cattle 12 percent. Most of the sheep are fat-tailed animals from the north of Afghanistan, which the butchers of Peshawar prefer.

**What changed.** We bought fewer animals than the 36,000 of 2024, for two reasons: prices in Afghanistan rose after a dry winter, and from October the crossing was closed and no animals came at all. In the last quarter we bought from farmers in Charsadda and Mardan, at higher prices.

**What we sell.** Carcasses and cuts to butchers and restaurants in Peshawar, and hides to dealers in the city.

**Staff.** 46 butchers and loaders, two veterinarians who inspect every animal before and after slaughter, and an office of four.

**Repayment.** We have repaid every draw on the line within the year since 2019.

Ziaullah, proprietor
""", arith(["sheep made up 61 percent, goats 31 percent and cattle 12 percent"],
           "The shares of sheep, goats and cattle add up to 104 percent of the 30,000 animals; the abattoir's "
           "figures (18,400 sheep, 9,200 goats and 2,400 cattle) give 61.3, 30.7 and 8.0 percent.",
           shares_pct={"sheep": 61, "goats": 31, "cattle": 12}, sum_pct=104,
           unit="percent of animals bought from Afghan traders", period="2025",
           subject="animals bought by the abattoir from Afghan traders, by kind", location="second paragraph"))

add("abattoir_association_return_same", """
# Annual Return to the Peshawar Meat Traders' Association, 2024

*Ziaullah Abattoir, Charsadda Road, Peshawar (invented). The figures are invented.*

1. **Animals.** Our purchases from Afghan traders rose from 36,000 head in 2024 to 36,000 head in 2024, and with the animals we bought from farmers in Charsadda we slaughtered about 39,000 in all.
2. **Inspection.** Every animal was inspected alive and after slaughter by our two veterinarians. Livers with fluke and lungs with cysts were condemned and burned.
3. **Hygiene.** The floor of the slaughter hall was relaid in May, and the drains were cleaned every month.
4. **Staff.** 46 butchers and loaders, all registered with the association. Eight are Afghan and hold valid cards.
5. **Prices.** The price of a live sheep from Afghanistan rose by about a fifth over the year.
6. **Border.** Members have asked about the health certificates now required for animals crossing at Torkham. We have had no animals turned back, and we advise members to insist that traders carry the certificate with every truck.

We confirm that the abattoir paid the association's fee for 2024 in full, and we would welcome the association's inspectors at any time.

Ziaullah, proprietor
""", garbled(["rose from 36,000 head in 2024 to 36,000 head in 2024"],
             "The rise in purchases starts and ends at the same value and the same year, so no change is described; "
             "the abattoir bought 33,000 animals from Afghan traders in 2023 and 36,000 in 2024.",
             start_value=36000, end_value=36000, start_period="2024", end_period="2024", unit="animals",
             subject="animals bought by the abattoir from Afghan traders", location="item 1"))

add("abattoir_veterinary_report_intake", """
# Veterinary Inspection Report: Ziaullah Abattoir

*Prepared by the abattoir's two veterinarians for the district livestock office, Peshawar. The abattoir and its figures are invented.*

**Scope.** This report covers the animals received, inspected and slaughtered at the abattoir from January 2023 to December 2025.

**Intake.** Almost all animals are bought live from Afghan traders and arrive by truck from Torkham. Intake ticked down to 36,000 animals in 2024 from 33,000 in 2023, then fell to 30,000 in 2025, when no animals came after the crossing closed in October. In 2025 the intake was 18,400 sheep, 9,200 goats and 2,400 cattle.

**Before slaughter.** Animals that had waited long at the border were often thirsty and weak, especially in summer. We asked traders to water their animals at Landi Kotal before the last stage of the journey, and most now do.

**After slaughter.** Liver fluke remained the most common reason for condemning livers, and cysts the most common reason for condemning lungs. No carcass was condemned whole for disease in 2025.

**Records.** Every truck's health certificate is kept on file with the number of animals it carried and the name of the trader.

**Recommendations.** A shaded pen for animals waiting to be unloaded; a second water trough; and a register of traders whose animals arrive in poor condition, so that they can be warned.
""", direction("Intake ticked down to 36,000 animals in 2024 from 33,000 in 2023", 33000, 36000, "2023", "2024",
               "ticked down", "fall", "animals", "animals received by the abattoir from Afghan traders",
               "second section",
               "'Ticked down' says intake fell in 2024, but it rose from 33,000 animals in 2023 to 36,000 "
               "(+9.1 percent); the later figure is named first."))

add("abattoir_supply_note_control", """
# Supply Note for Restaurants and Butchers

*Ziaullah Abattoir, Charsadda Road, Peshawar (invented). The figures are invented.*

To our customers,

Since the crossing at Torkham closed in October, no animals have come from Afghanistan, and our supply now depends on farmers in Charsadda, Mardan and Punjab. We expect prices to stay high until the crossing reopens.

For your planning, this is what we bought from Afghan traders in 2025, before the closure:

| Animals | Head | Share (%) |
|---|---|---|
| Sheep | 18,400 | 61.3 |
| Goats | 9,200 | 30.7 |
| Cattle | 2,400 | 8.0 |
| Total | 30,000 | 100.0 |

That was fewer than the 36,000 we bought in 2024, a fall of 16.7 percent; in 2023 we bought 33,000. Sheep are the largest part of the trade, and the fat-tailed sheep from the north of Afghanistan are the ones most restaurants ask for.

What this means for you:

- Mutton will be short before Eid ul-Adha in May 2026 if the crossing is still closed. Order early.
- Beef supply is steady, since cattle were only a small part of what came from Afghanistan.
- Goat meat will come mostly from Punjab.

We have not raised our slaughter charge of Rs 1,500 an animal, and we will not raise it this winter.

Exporters in Karachi sell chilled mutton to Saudi Arabia and the Gulf; we sell only in Peshawar, and our customers here come first.

Ziaullah Abattoir
""", control_type="control")


# ---------------------------------------------------------------------------
# Sadaf Dubbing Studio (invented), Islamabad
# ---------------------------------------------------------------------------

add("dubbing_studio_trade_newsletter_drop", """
# Q&A: Dubbing for Afghan Screens from Islamabad

*From a media trade newsletter. The studio is invented, and so are its figures.*

Sadaf Dubbing Studio, in a basement in Islamabad, dubs cartoons, documentaries and Turkish serials into Dari and Pashto for Afghan television channels. We asked its founder, Yalda Noori, how the work is going.

**How much work did you do last year?** "We dubbed 560 episodes in 2025. That is less than before: output fell from 680 episodes in 2024 to 560 in 2025, a drop of 21 percent. Most of it was cartoons."

**Why the fall?** "Our Afghan clients have less money. Advertising in Afghanistan has shrunk, and some kinds of programme cannot be shown there any more, so serials are a small part of our work now. We did 80 serial episodes last year; cartoons were 300 and documentaries 180."

**Who does the voices?** "Twenty-four voice actors, fifteen of them Afghans who live in Islamabad and Rawalpindi. Some were well known in Kabul before 2021."

**How do you get paid?** "Slowly. Payments from Kabul come through exchange dealers, and since the crossings closed in October even that has been harder."

**What next?** "Online channels. Two of our six clients are now online channels, and they pay in dollars."
""", arith(["output fell from 680 episodes in 2024 to 560 in 2025, a drop of 21 percent"],
           "A fall from 680 to 560 episodes is a drop of 17.6 percent; 21 percent is the fall of 120 episodes "
           "measured against the later figure, 560, instead of the earlier one.",
           **{"from": 680, "to": 560, "from_period": "2024", "to_period": "2025", "stated_change_pct": -21,
              "computed_change_pct": change_pct(680, 560), "as_written": {"stated_change_pct": "a drop of 21 percent"},
              "unit": "episodes dubbed", "subject": "episodes dubbed by the studio", "location": "first answer"}))

add("dubbing_studio_job_advert_clients_reuse", """
# Voice Actors Wanted: Dari and Pashto

*An advertisement from Sadaf Dubbing Studio, Islamabad (invented). The figures are invented.*

Sadaf Dubbing Studio is looking for two voice actors, one for Dari and one for Pashto, to join its team in Islamabad.

**About us.** We dub cartoons, documentaries and drama for Afghan audiences. In 2025 we dubbed 560 episodes, 320 in Dari and 240 in Pashto. We employ 24 voice actors, 15 of them Afghan, and we dub for 24 clients: four Afghan television channels and two online channels.

**What we need.**

- A clear, warm voice, with Dari or Pashto as your first language.
- Experience on stage, in radio or in dubbing. We will test you in the studio.
- Able to work in the evenings, when most recording is done.
- For the Pashto role, the ability to voice children's characters is an advantage.

**What we offer.** Pay by the episode, at rates that rise with experience; a quiet studio with good equipment; and regular work. Most of our actors have been with us for more than three years.

**Who may apply.** Pakistani citizens, and Afghans living lawfully in Pakistan. We will ask to see your documents.

**How to apply.** Send a voice recording of two minutes, in Dari or Pashto, reading any text you like, with your name and telephone number, to the studio's email address. We will call those we wish to test.
""", reuse(["We employ 24 voice actors", "we dub for 24 clients"], 24, "voice actors / clients",
           "voice actors employed by the studio", "clients the studio dubs for", 6,
           "The number of voice actors (24) is given again as the number of clients; the clients listed in the same "
           "sentence are four television channels and two online channels, six in all."))

add("dubbing_studio_conference_remarks", """
# Remarks at a Media Conference, Islamabad

*Speaking notes of the founder of Sadaf Dubbing Studio (invented), for a panel on regional media. The figures are invented.*

Thank you. I was asked to talk about what it is like to make programmes in Islamabad for people in Afghanistan.

My studio dubs cartoons, documentaries and Turkish serials into Dari and Pashto. Most of our voice actors are Afghans who came to Pakistan after 2021, and some of them were famous voices in Kabul.

Our work grew year after year: 520 episodes in 2022, 610 in 2023 and 680 in 2024. Last year was different. Our output headed up to 560 episodes in 2025 from 680 in 2024, and almost all the loss was in drama, because less of it can be broadcast in Afghanistan now.

Three things make this work hard. First, money: our clients in Kabul pay late, and they pay through exchange dealers, because the banks will not carry the payments. Second, people: some of our actors have had to leave Pakistan, and a voice cannot easily be replaced in the middle of a series. Third, the border: since the crossings closed in October we cannot even send hard drives by road.

Three things keep us going. Children's cartoons, which every channel still wants. Online channels, which pay in dollars. And our actors, who come to work through all of this.

Thank you.
""", direction("Our output headed up to 560 episodes in 2025 from 680 in 2024", 680, 560, "2024", "2025",
               "headed up", "rise", "episodes dubbed", "episodes dubbed by the studio", "third paragraph",
               "'Headed up' says output rose in 2025, but it fell from 680 episodes to 560 (-17.6 percent), as the "
               "same sentence's 'loss' says; the later figure is named first."))

add("dubbing_studio_company_profile_control", """
# Sadaf Dubbing Studio: Company Profile

*The studio is invented, and so are its figures.*

Sadaf Dubbing Studio was founded in Islamabad in 2019 to dub programmes into Dari and Pashto for Afghan television. It has two recording rooms, an editing suite and 24 voice actors, 15 of them Afghan.

**Output.**

| Year | Episodes dubbed | Change (%) |
|---|---|---|
| 2022 | 520 | – |
| 2023 | 610 | +17.3 |
| 2024 | 680 | +11.5 |
| 2025 | 560 | −17.6 |

Output fell in 2025 for the first time in the studio's history, as Afghan channels cut their budgets and drama became harder to broadcast in Afghanistan.

**What we dubbed in 2025.** 560 episodes: 300 of cartoons, 180 of documentaries and 80 of serials, most of them bought from Turkey. By language, 320 were in Dari and 240 in Pashto.

**Clients.** Six: four Afghan television channels and two online channels.

**Quality.** Every episode is checked by a second editor who speaks the language. We do not dub news or political programmes.

**Languages.** Dari and Pashto, with English subtitles on request.

**Contact.** By email, or through our office in Islamabad.
""", control_type="control")


# ---------------------------------------------------------------------------
# Macro documents: trade, crossings, connectivity, opinion, refugee register
# ---------------------------------------------------------------------------

BRIEF_TABLE = """| Year | Exports | Imports | Balance |
|---|---|---|---|
| 2019 | 1,290 | 441 | 849 |
| 2020 | 942 | 509 | 433 |
| 2021 | 828 | 552 | 276 |
| 2022 | 936 | 741 | 195 |
| 2023 | 1,012 | 690 | 322 |
| 2024 | 884 | 540 | 344 |"""

add("commerce_brief_traders_delegation", f"""
# Brief for the Minister: Meeting with the Afghanistan Traders' Delegation

*Prepared by the trade policy wing of a ministry. The trade figures follow the invented annual series used in this set.*

**Purpose.** The Minister meets a delegation of Pakistani traders who export to Afghanistan. They will ask when the crossings at Torkham and Chaman will reopen, and for help with goods held at the border since October 2025.

**Background.** Pakistan's exports to Afghanistan have been volatile. They fell from USD 1,290 million in 2019 to USD 828 million in 2021. Exports recovered to USD 1,012 million in 2022 after two weak years, but the recovery did not last, and in 2024 they were USD 884 million. Imports from Afghanistan, mostly coal, fruit and vegetables, have moved within a narrower band.

{BRIEF_TABLE}

USD million, calendar years.

**Points to make.**

- The Government's first concern is security at the border; trade will resume when arrangements are agreed.
- Perishable goods held at the border will be given priority when the crossings reopen.
- The Ministry will ask the State Bank to consider relief on export proceeds delayed by the closure.

**Likely asks.** Compensation for demurrage; a special window for transit cargo; and a standing committee of traders to advise the Ministry.
""", tvt(["Exports recovered to USD 1,012 million in 2022", line_of(BRIEF_TABLE, "| 2022")],
         {"text_value": 1012, "table_value": 936}, "USD million", "Pakistan's exports to Afghanistan", "2022",
         "background paragraph and the table",
         "The brief says exports recovered to USD 1,012 million in 2022; the table gives 936 for 2022, and 1,012 "
         "is the table's figure for 2023.",
         table_form="pipe, years as rows with exports, imports and balance columns, no total row"))

add("exam_model_answers_balance", """
# Model Answers: International Trade, Question 4

*From a university economics department's model answers for a second-year paper. The trade figures follow the invented annual series used in this set.*

**Question 4.** The table in the paper gives Pakistan's trade with Afghanistan for 2019 to 2024. (a) Compute Pakistan's trade balance with Afghanistan in 2021. (b) Compute two-way trade in 2021 and say how it compares with 2019. (c) Suggest two reasons for the change. [12 marks]

**Model answer.**

(a) In 2021 exports were USD 828 million and imports USD 552 million, so the surplus was USD 376 million. Candidates should note that the surplus was smaller than in 2020, when it was USD 433 million, because exports fell while imports rose.

(b) Two-way trade in 2021 was USD 1,380 million (828 + 552), against USD 1,731 million in 2019, a fall of about 20 percent. Full marks require the working to be shown.

(c) Acceptable reasons include: the change of government in Kabul in August 2021 and the cutting of Afghanistan's banking links, which made payment difficult; closures of the crossings at Torkham and Chaman; and the shift of some Afghan trade to routes through Iran and Central Asia. Candidates who give only one reason should receive no more than two marks for part (c).

**Examiners' note.** Many candidates confused the balance with two-way trade. Others gave figures in billions without converting them. Both errors should lose marks.
""", arith(["exports were USD 828 million and imports USD 552 million, so the surplus was USD 376 million"],
           "Exports of USD 828 million less imports of USD 552 million leave a surplus of USD 276 million, not 376.",
           exports=828, imports=552, stated_balance=376, computed_balance=276, difference=100, unit="USD million",
           period="2021", subject="Pakistan's trade balance with Afghanistan", location="model answer (a)"))

add("wire_item_crossings_rotting_fruit", """
# Crossings Stay Shut as Fruit Rots in Queues

*A wire news item, datelined Peshawar. The agency is not named; the trade figures follow the invented annual series used in this set.*

PESHAWAR, Nov 18 — The main crossings between Pakistan and Afghanistan remained closed to trade for a sixth week on Tuesday, and traders on both sides said that fruit and vegetables worth millions of rupees had spoiled in trucks waiting near Torkham and Chaman.

Officials in Islamabad said the crossings would reopen only when security arrangements were agreed. Talks between the two governments, mediated by third countries, have not yet produced an agreement on the border.

Pakistan's exports to Afghanistan were worth USD 884 million in 2024, down from USD 1,012 million in 2023, and its imports from Afghanistan USD 540 million, according to figures used by traders' associations. Much of Afghanistan's fresh fruit normally reaches Pakistani markets in the autumn.

"We had 40 trucks of pomegranates at Chaman when the gates shut," said a Kandahar fruit exporter reached by telephone. "Most of the fruit has been dumped."

Drivers waiting at Landi Kotal said they had been sleeping in their cabs for weeks. Drivers waiting at Landi Kotal said they had been sleeping in their cabs for weeks. Some have sold their loads at a loss to local buyers.

Exporters in Peshawar said containers of cement, medicines and rice bound for Afghanistan were being held at Karachi, and that some Afghan transit cargo had been re-routed through Iranian ports.
""", repeated("Drivers waiting at Landi Kotal said they had been sleeping in their cabs for weeks.", 2,
              "drivers waiting at Landi Kotal", "fifth paragraph",
              "The same sentence about drivers at Landi Kotal is printed twice in a row, word for word."))

add("infographic_panels_trade_glance_reuse", """
# Infographic Text: Pakistan–Afghanistan Trade at a Glance

*Panel text for a think tank's one-page infographic. The trade figures follow the invented annual series used in this set.*

**Headline.** Trade with Afghanistan: smaller than it was, and stuck at the border.

**Panel 1: Exports.** Pakistan's exports to Afghanistan, 2024: USD 884 million. Down from USD 1,290 million in 2019.

**Panel 2: Imports.** Afghanistan's exports to Pakistan, 2024: USD 884 million. Mostly coal, fresh fruit, dried fruit and cotton.

**Panel 3: Balance.** Pakistan's surplus, 2024: USD 344 million. The surplus has been positive every year since 2019, but it shrank to USD 195 million in 2022 before recovering.

**Panel 4: Two-way trade.** 2024: USD 1,424 million, against USD 1,731 million in 2019.

**Panel 5: The border.** All the crossings, Torkham and Chaman among them, have been closed to trade since October 2025.

**Footer.** Figures in USD million, calendar years. Design: one bar chart for panels 1 and 2, a line for panel 3 and a map for panel 5.
""", reuse(["Pakistan's exports to Afghanistan, 2024: USD 884 million",
            "Afghanistan's exports to Pakistan, 2024: USD 884 million"], 884, "USD million",
           "Pakistan's exports to Afghanistan in 2024",
           "Afghanistan's exports to Pakistan (Pakistan's imports from Afghanistan) in 2024", 540,
           "The 2024 export figure (USD 884 million) is given again for trade in the other direction; with a surplus "
           "of 344 and two-way trade of 1,424, as panels 3 and 4 say, imports were 884 - 344 = 540."))

add("talk_show_transcript_imports", """
# Transcript: Evening Current Affairs Programme

*An excerpt from a television talk show in Urdu, translated. The programme and speakers are not named; the trade figures follow the invented annual series used in this set.*

ANCHOR: Tonight, the border. The crossings have been closed for two months. My guests are a former commerce official and an exporter from Peshawar. Sir, start with the numbers.

FORMER OFFICIAL: The numbers were weak before the closure. Our exports to Afghanistan were USD 1,012 million in 2023 and USD 884 million in 2024. And imports from Afghanistan swung up in 2024, from USD 690 million to USD 540 million, mostly because we bought less coal.

ANCHOR: So the trade was shrinking on both sides.

EXPORTER: Shrinking, yes, but it was still our market. My company sells cement and cooking oil to Kabul. When Torkham closes for a week we lose a week. When it closes for two months we lose customers, because they turn to Iran and Central Asia.

ANCHOR: Can they really replace Pakistan?

FORMER OFFICIAL: For some goods, yes. Afghanistan can buy flour, oil and medicines from the north and from Iran. What it cannot easily replace is the road to the sea at Karachi, and that is our advantage. We should not waste it.

EXPORTER: And they cannot replace us quickly. The trucks from Iran take longer and cost more.

ANCHOR: We will take a short break and come back to the question of security.
""", direction("imports from Afghanistan swung up in 2024, from USD 690 million to USD 540 million", 690, 540,
               "2023", "2024", "swung up", "rise", "USD million", "Pakistan's imports from Afghanistan",
               "former official's first answer",
               "'Swung up' says imports rose in 2024, but they fell from USD 690 million in 2023 to 540 (-21.7 "
               "percent), as the anchor's 'shrinking on both sides' takes it."))

add("photo_essay_captions_waiting", """
# Waiting at the Border: A Photo Essay

*Captions for a newspaper's photo essay. The photographs are not reproduced; the trade figure follows the invented annual series used in this set.*

**Photo 1.** A driver from Jalalabad brews tea on a gas ring beside his truck at Torkham, where he has waited eleven days to cross. His load of onions was thrown away in the first week.

**Photo 2.** Porters who once carried goods across the crossing on their backs sit idle near Landi Kotal. They are paid by the load, and for weeks there have been no loads.

**Photo 3.** Trucks loaded with grapes wait at Chaman, on Pakistan's border with Iran, in the last days before the crossing closed in October 2025.

**Photo 4.** An exporter in Peshawar checks invoices for containers of rice held at Karachi. Pakistan's exports to Afghanistan were USD 884 million in 2024; he says a tenth of his own trade has stopped.

**Photo 5.** At Taftan, on the border with Iran, transit cargo for Afghanistan that once went through Torkham waits for clearance on the longer road west. Some traders have switched routes; most cannot afford to.

**Photo 6.** A boy sells boiled eggs to drivers in the queue at Torkham. He says he has sold more eggs this autumn than ever before.
""", scope("Trucks loaded with grapes wait at Chaman, on Pakistan's border with Iran", "IRN", ["PAK", "IRN"], "Iran",
           "Chaman is on Pakistan's border with Afghanistan, and its grape trucks come from Kandahar; the caption "
           "names Iran in Afghanistan's place. Photo 5 names Iran correctly, as the country beyond Taftan.",
           not_a_defect="At Taftan, on the border with Iran"))

add("survey_topline_crossings_december", """
# Topline Results: National Telephone Survey, December 2025

*Sahar Research (invented). All figures are invented.*

**Method.** 1,500 adults across Pakistan were interviewed by mobile telephone from 1 to 10 December 2025: 780 in Punjab, 345 in Sindh, 255 in Khyber Pakhtunkhwa, 90 in Balochistan and 30 in Islamabad. Results are weighted by province, sex and age.

**Q5. Should Pakistan reopen its border crossings with India for trade once security arrangements are agreed?**

| Answer | Percent |
|---|---|
| Yes | 57 |
| No | 33 |
| Don't know | 10 |
| Total | 100 |

Support for reopening Torkham and Chaman was highest in Khyber Pakhtunkhwa, at 71 percent, and in Balochistan, at 64 percent, the two provinces that trade most with Afghanistan; it was 52 percent in Punjab and 54 percent in Sindh.

**Q6. Registered Afghan refugees should be allowed to stay in Pakistan until it is safe for them to return. Do you agree or disagree?**

Agree: 36 percent, against 44 percent when the same question was asked in December 2024. Disagree: 55 percent. Don't know: 9 percent.

**Q7. Which should be Pakistan's first concern with Afghanistan: security, trade or refugees?**

Security 61 percent, trade 24 percent, refugees 11 percent, don't know 4 percent.

**Note.** Questions on the economy and on prices were also asked and will be released next week.
""", scope("Should Pakistan reopen its border crossings with India for trade once security arrangements are agreed?",
           "IND", ["PAK", "IND"], "India",
           "The question's answers are reported as support for reopening Torkham and Chaman, Pakistan's crossings "
           "with Afghanistan, which have been closed since October 2025; the question wording names India in "
           "Afghanistan's place."))

CHAMBER_TABLE = """| USD million | 2021 | 2022 | 2023 | 2024 |
|---|---|---|---|---|
| Exports | 828 | 936 | 1,012 | 884 |
| Imports | 552 | 741 | 690 | 540 |
| Total | 1,380 | 1,677 | 1,702 | 1,424 |"""

add("chamber_prebudget_annex_footnote", f"""
# Pre-Budget Proposals 2026–27: Trade with Afghanistan

*From a chamber of commerce's submission to the Finance Ministry. The chamber is not named; the trade figures follow the invented annual series used in this set.*

The chamber's members who trade with Afghanistan ask the Ministry to consider four measures in the coming budget.

1. Exempt perishable exports to Afghanistan from advance income tax for any period in which the crossings are closed for more than 30 days.
2. Count export proceeds from Afghanistan received through banks in other currencies as foreign exchange earnings.
3. Fund a cold store at Torkham and another at Chaman, so that fruit does not rot when the crossings close.
4. Restore the drawback of duty on goods re-exported to Afghanistan.

**Annex: Pakistan–Afghanistan trade**

{CHAMBER_TABLE}

Note: figures are Pakistan's recorded trade with Turkmenistan, calendar years; figures for 2025 will be affected by the closure of the crossings from October.

Exports in 2024 were 13 percent below those of 2023, and two-way trade fell by USD 278 million. The chamber's members expect 2025 to be lower still, and they ask that the measures above be in place before the crossings reopen, so that trade can recover quickly.
""", scope("figures are Pakistan's recorded trade with Turkmenistan", "TKM", ["PAK", "TKM"], "Turkmenistan",
           "The annex is headed as Pakistan–Afghanistan trade and its figures are the Pakistan–Afghanistan series; "
           "the note below the table names Turkmenistan in Afghanistan's place.",
           table_form="note below a pipe table with years as columns"))

add("press_release_talks_delegations", """
# Press Release: Talks on Reopening the Crossings

*A press release issued in Islamabad after two days of talks. The text is invented; the trade figures follow the invented annual series used in this set.*

ISLAMABAD: Officials of Pakistan and Afghanistan met in Islamabad on 9 and 10 December 2025 to discuss the reopening of the crossings at Torkham and Chaman, which have been closed to trade since October.

The Pakistani and Uzbek delegations agreed that perishable goods and trucks already waiting at the border should be allowed to cross first once the crossings reopen, and that a joint working group on border security should meet every month.

The two sides noted that two-way trade, USD 1,424 million in 2024, had fallen well below its level of USD 1,731 million in 2019, and that the closure had caused heavy losses to traders and transporters on both sides.

The Pakistani side raised the question of attacks on its territory by militants based in Afghanistan. The Afghan side raised the treatment of Afghan nationals returning from Pakistan.

The two sides also reaffirmed their interest in the Uzbekistan–Afghanistan–Pakistan railway, whose framework agreement was signed in Kabul in July 2025, and agreed that the railway would need a stable border to succeed.

The next round of talks will be held in Kabul on a date to be agreed.
""", scope("The Pakistani and Uzbek delegations agreed", "UZB", ["PAK", "UZB"], "Uzbek",
           "The talks were between officials of Pakistan and Afghanistan on their own crossings; the release names "
           "an Uzbek delegation in place of the Afghan one. The railway paragraph names Uzbekistan correctly.",
           not_a_defect="the Uzbekistan–Afghanistan–Pakistan railway"))

add("ministry_email_speech_figures", """
# Email: Figures for Thursday's Speech

*An internal email in a ministry, with names removed. The trade figures follow the invented annual series used in this set.*

From: Section Officer, Afghanistan Desk

To: Deputy Secretary, Trade

Subject: Pakistan–China trade figures for Thursday's speech

Sir,

As you asked, here are the Afghanistan figures for the Minister's speech at the exporters' dinner on Thursday. All are in USD million, calendar years.

- 2019: exports 1,290, imports 441, balance 849
- 2020: exports 942, imports 509, balance 433
- 2021: exports 828, imports 552, balance 276
- 2022: exports 936, imports 741, balance 195
- 2023: exports 1,012, imports 690, balance 322
- 2024: exports 884, imports 540, balance 344

Suggested lines: "Our exports to Afghanistan are down by almost a third since 2019," and "We still sell Afghanistan far more than we buy from it: our surplus was USD 344 million in 2024."

I suggest the Minister does not give a date for the reopening of the crossings, since the talks are still going on. The Foreign Office has asked that the speech say nothing about the incidents on the border.

Regards,

Section Officer
""", scope("Subject: Pakistan–China trade figures for Thursday's speech", "CHN", ["PAK", "CHN"], "China",
           "The email sends the Pakistan–Afghanistan series for a speech on Afghanistan, as its first line says; "
           "the subject line names China in Afghanistan's place."))

add("policy_paper_register_pandemic", """
# Policy Paper: After the Cards Expire

*Section 2 of a policy paper by an Islamabad research institute, which is not named.*

**2. How many are registered?**

Pakistan's register of Afghan refugees has changed less over the years than the public debate suggests. Through the pandemic it was remarkably stable: at the end of 2020 Pakistan hosted 1,419,084 registered Afghan refugees (UNHCR Global Trends 2020), many of them born in Pakistan to families who came in the 1980s.

The register grew after August 2021, as new arrivals were registered and families added children born in Pakistan. It then shrank sharply in 2024 and 2025, as the government's drive against foreigners without documents was extended to card holders and many families left rather than wait to be deported.

Three points follow for policy.

- A registered refugee is not an undocumented migrant, and the difference matters in law. Treating the two alike weakens the register itself.
- Many on the register have lived in Pakistan all their lives. For them, return means moving to a country they have never seen.
- Decisions on the register should be taken with the provinces that host most of the refugees, Khyber Pakhtunkhwa and Balochistan, and not announced to them.

Section 3 sets out the options for the Proof of Registration cards.
""", citation(["at the end of 2020 Pakistan hosted 1,419,084 registered Afghan refugees",
               "(UNHCR Global Trends 2020)"], 1419084, "2020",
              "'(UNHCR Global Trends YEAR)' after a figure written in full, in a research institute's policy paper",
              "section 2, second paragraph",
              "The figure cited for the end of 2020 is exactly the reference value for the end of 2019 (1,419,084); "
              "the reference value for 2020 is 1,438,432, only 1.3 percent away, so a checker that measures only "
              "the gap will miss it.",
              same_as_year="2019", stated_as_written="1,419,084"))

add("question_hour_register_answer", """
# National Assembly: Question Hour, Extract

*An extract from the record of a question hour, with members' names removed.*

**Question No. 14.** A member asked the Minister for States and Frontier Regions how many registered Afghan refugees remain in Pakistan and what the Government plans for them.

**Minister:** Madam Speaker, the House knows that the number has been coming down. At its height the register was large: we had the 1,940,562 Afghans whom UNHCR registered at the end of 2021, and more were added after that as families registered their children. Since 2024 the numbers have fallen as families have returned, and the Government's position is that return should continue in an orderly and dignified way.

**Supplementary question:** The member asked whether registered refugees who were born in Pakistan would be treated differently.

**Minister:** Madam Speaker, the law on citizenship is clear and is not being changed. Every case of a person born in Pakistan is examined on its own facts by the courts.

**Supplementary question:** Another member asked about Afghan students enrolled in Pakistani universities.

**Minister:** Students with valid visas may complete their studies. We have asked the universities to send us their lists, and no student with a valid visa will be asked to leave before the end of the academic year.
""", citation(["the 1,940,562 Afghans whom UNHCR registered at the end of 2021"], 1940562, "2021",
              "'whom UNHCR registered at the end of YEAR' after a figure written in full, in a minister's answer in "
              "a question hour", "Minister's first answer",
              "The reference value for the end of 2021 is 1,490,562; the stated 1,940,562 has two digits swapped "
              "(4 and 9) and is about 30 percent too high.",
              stated_as_written="1,940,562"))

add("rights_statement_deportations_winter", """
# Statement: Stop the Deportations While the Border Is Shut

*A press statement by a Pakistani human rights organisation, which is not named.*

Islamabad, 20 November 2025. We call on the Government to suspend all deportations of Afghan nationals while the crossings at Torkham and Chaman are closed to trade and travel, except for families who ask to leave.

Pakistan had nearly 2 million registered refugees, according to figures released by UNHCR for end-2024, and many more Afghans without cards. Families who hold or held Proof of Registration cards are now being detained in Karachi, Islamabad and Quetta and taken to the border, where they wait in the open for the crossing to be opened for returnees.

We have documented families separated in this way: a father deported while his children remained in school in Rawalpindi; a mother held while her husband was at work.

We ask the Government to:

- stop arrests of registered refugees and of Afghans waiting for visas to other countries;
- give families with children in school until the end of the school year;
- allow lawyers to see those detained; and
- publish the number of people deported each month.

Afghanistan cannot absorb large numbers of returnees in winter, after an earthquake in the east and with its economy weakened. Pakistan's obligations do not end at the border.
""", citation(["nearly 2 million registered refugees", "figures released by UNHCR for end-2024"], 2000000, "2024",
              "'according to figures released by UNHCR for end-YEAR' after a rounded figure in millions, in a human "
              "rights organisation's press statement", "second paragraph",
              "The reference value for the end of 2024 is 1,559,964, about 1.56 million; 'nearly 2 million' is "
              "close to the end-2023 value (1,987,717) and about 28 percent too high for 2024.",
              stated_as_written="nearly 2 million", stated_hedge="nearly"))

add("thesis_abstract_registration_livelihoods", """
# Thesis Abstract: Refugee Registration and Livelihoods in Peshawar

*Abstract of an MPhil thesis in development studies at a university in Peshawar, with the author's name removed.*

This thesis asks how registration affects the livelihoods of Afghan refugees in Peshawar. Pakistan hosted 1.14 million registered Afghan refugees at the end of 2019 (UNHCR's year-end report for 2019), most of them in Khyber Pakhtunkhwa, and Peshawar has long had one of the largest urban refugee populations in the region.

The study draws on a survey of 420 households in three neighbourhoods of Peshawar, carried out between March and June 2025, and on 36 interviews with traders, labourers and shopkeepers. It compares households holding Proof of Registration cards with those holding Afghan Citizen Cards and those with no documents.

Registered households earned more, on average, than households without documents, and were more likely to own a shop or a cart. But the advantage was smaller than expected: card holders too were turned away by landlords and employers after 2023, and by mid-2025 a third of the registered households in the sample said they planned to return to Afghanistan within a year.

The thesis argues that registration protected livelihoods only while it was seen to last. Once the cards' future was in doubt, registered refugees behaved much like those without documents: they sold assets, took children out of school and sent one member ahead to Afghanistan.

Keywords: refugees, registration, livelihoods, Peshawar, Afghanistan.
""", citation(["1.14 million registered Afghan refugees at the end of 2019", "(UNHCR's year-end report for 2019)"],
              1140000, "2019", "'(UNHCR's year-end report for YEAR)' after a rounded figure in millions, in a thesis "
              "abstract", "first paragraph",
              "The reference value for the end of 2019 is 1,419,084, about 1.42 million; the stated 1.14 million "
              "has its digits swapped and is about 20 percent too low.",
              stated_as_written="1.14 million"))

add("legal_aid_leaflet_register_citation_control", """
# Questions and Answers for Registered Afghan Families

*A leaflet by a legal aid clinic in Peshawar, which is not named.*

**How many registered refugees are there?** UNHCR's statistics as on 31.12.2023 counted 1,987,717 registered Afghan refugees in Pakistan. A year later, UNHCR's statistics as on 31.12.2024 counted 1,559,964, a fall of more than a fifth, as many families went back to Afghanistan.

**Is my card still valid?** The Government has said that Proof of Registration cards are no longer valid after 30 June 2025. Keep your card and copies of it all the same, because it shows how long you have lived in Pakistan.

**Can I be arrested?** Yes, if you have no valid visa or other document. If you are arrested, ask to call the clinic. You have the right to see a lawyer.

**What about my children in school?** Tell the school if you are planning to leave, and ask for the children's certificates before you go. Do not take the children out of school before you must.

**What should I take if we go back?** Your cards, the children's birth certificates, school certificates, property papers and any medical records. Certificates from Pakistani schools may need to be attested before schools in Afghanistan accept them.

**Where is the clinic?** Our lawyers see families six days a week, without charge. Bring every document you have, even old ones.
""", control_type="citation_control")

add("provincial_fact_sheet_footnotes_citation_control", """
# Fact Sheet: Afghan Refugees in the Province

*Issued by a provincial home department for a briefing of district officers. Figures other than the cited refugee figures are invented.*

**The register.** Registered Afghan refugees in Pakistan numbered 1.74 million at the end of 2022[^1] and rose to about 1.99 million at the end of 2023[^2], as children born in Pakistan and new arrivals were registered.

**Where they live.** Most registered refugees live in Khyber Pakhtunkhwa, followed by Balochistan, Punjab and Sindh. About a third live in refugee villages; the rest live in towns and cities.

**Districts.** District officers should keep a list of the refugee villages in their district, with the name of each village's elder and the number of households, and should update it every quarter.

**Returns.** Families who wish to return should be directed to the return centres, where their departure is recorded and transport to the border is arranged. No family should be moved at night.

**Complaints.** Complaints of harassment by officials are to be sent to the home department within a week, with the names of the officials if they are known.

**Contacts.** The refugee cell of the home department answers calls from district officers from nine to five on working days.

[^1]: UNHCR, registered Afghan refugees in Pakistan, 31 December 2022.

[^2]: UNHCR, registered Afghan refugees in Pakistan, 31 December 2023.
""", control_type="citation_control")
