# Forty-fifth held-out set of synthetic documents ("heldout45").  Written from
# scratch after heldout44/, by a labeller session that had not opened dyad's
# implementation or history and had not seen any of its results.
# Every entry: name (topic slug, numbered later by build_heldout45.py), text,
# labels (list of defect dicts), control_type for controls.
# Registers not used before: an air cooler workshop in Misri Shah, Lahore, that
# sold coolers to dealers in Kabul and Jalalabad; a chador workshop in Ander
# Shehr, Peshawar, with Afghan women stitchers and a shopkeeper in Jalalabad; a
# woodcarving workshop in Bibi Mahru, Kabul, that carved rehals (Quran stands)
# for a dealer in Peshawar; a silversmith's workshop at Shikarpur Darwaza,
# Kandahar, that sold turquoise rings to a jeweller in Quetta; a naswar maker on
# Spini Road, Quetta, that sold to shopkeepers in Kandahar and Spin Boldak; a
# truckers' serai in Gurbuz, Khost, on the road to the Ghulam Khan crossing; a
# spice mill in Jodia Bazaar, Karachi, that sent turmeric and garam masala to
# Kabul in transit containers; and macro documents on the trade series, the
# closure, the courts and the register.
#
# Invented figures shared with earlier sets: annual trade series (README:
# exports 1,290 / 942 / 828 / 936 / 1,012 / 884 and imports 441 / 509 / 552 /
# 741 / 690 / 540 for 2019-2024, balances 849 / 433 / 276 / 195 / 322 / 344,
# totals 1,731 / 1,451 / 1,380 / 1,677 / 1,702 / 1,424); reference refugee
# series (1,419,084 / 1,438,432 / 1,490,562 / 1,743,278 / 1,987,717 /
# 1,559,964 for 2019-2024).
#
# New invented figures, consistent with the above:
#   Janjua Air Coolers, Misri Shah, Lahore (invented), founded 1994 by Abdul
#     Ghani Janjua, run by Farrukh Janjua: coolers made 2023 3,400, 2024 3,900,
#     2025 2,150; to Afghan dealers 1,450 / 1,720 / 380, sold in Pakistan
#     1,950 / 2,180 / 1,770; large cooler Rs 38,000, small Rs 24,000; hands 31
#     at the end of 2024, 19 at the end of 2025; a Kabul dealer's order of 240
#     large coolers held at Torkham from October 2025 (174 later sold in
#     Pakistan, 66 returned to the godown); stock on 31 December 2025 126 large,
#     88 small, 66 returned, 14 under repair (294); a fitter's wage Rs 1,800 a
#     day, 26 days a month (Rs 46,800), 8 completed years, gratuity Rs 374,400;
#     a packer's week of 9 / 10 / 8 / 11 / 5 / 7 hours (50).
#   Hoti Chadors, Ander Shehr, Peshawar (invented), founded 1988 by Jahangir
#     Hoti, run by Musarrat Hoti: chadors stitched 2023 6,800, 2024 7,400, 2025
#     4,100; to a Jalalabad shopkeeper 3,900 / 4,300 / 900, sold in Peshawar
#     2,900 / 3,100 / 3,200; plain chador Rs 2,600 in 2024, Rs 2,800 in 2025,
#     bordered Rs 5,500; stitchers 27 at the end of 2024 (18 Afghan), 14 at the
#     end of 2025 (6 Afghan).
#   Paiman Woodcarvers, Bibi Mahru, Kabul (invented), since 1986, master
#     Lotfullah Paiman, son Walid: rehals sold 2023 920, 2024 1,040,
#     2025 590; to a Peshawar dealer 430 / 510 / 120, sold in Kabul 490 / 530 /
#     470; apprentices 12 in 2024, 7 in 2025; small rehal Afs 900 (3 hours at
#     the bench), large Afs 2,400 (9 hours); a consignment of 45 rehals held at
#     Torkham for 16 days (freight bill Afs 17,500); eleven large rehals carved
#     to order and not collected (Afs 26,400); debit note Afs 43,900.
#   Shirzad Silversmiths, Shikarpur Darwaza, Kandahar (invented), owner
#     Ahmadullah Shirzad: rings made 2023 2,600, 2024 2,850, 2025 2,200; to a
#     Quetta jeweller 1,500 / 1,650 / 1,050 (2025 by quarter 380 / 360 / 290 /
#     20; by month 122 / 124 / 134 / 112 / 131 / 117 / 106 / 97 / 87 / 20),
#     sold in Kandahar 1,100 / 1,200 / 1,150; silver used 62 kg in 2024, 48 kg
#     in 2025; turquoise ring Afs 3,200, plain ring Afs 1,800; a work order of
#     30 rings a week for four weeks (120).
#   Kansi Naswar, Spini Road, Quetta (invented), founded 1981 by Amanullah
#     Kansi, run by Sarfraz Kansi: naswar made 2023 96 tonnes, 2024 104, 2025
#     71; to Afghan shopkeepers 58 / 63 / 19 (2025 by quarter 7,900 / 6,300 /
#     3,850 / 950 kg on 6 / 5 / 4 / 3 van runs), in Balochistan 38 / 41 / 52;
#     packet Rs 45, carton of 200 packets; hands 14 at the end of 2024, 9 at
#     the end of 2025; 36 cartons stolen (7,200 packets, Rs 324,000).
#   Sultanzoy Serai, Gurbuz, Khost (invented), built 1998 by Faridoon
#     Sultanzoy, run by Emal Sultanzoy: 40 beds at Afs 250 a night (Afs 10,000
#     a full night), yard for 60 trucks; bed-nights 2023 9,800, 2024 10,600,
#     2025 8,300; diesel debt Afs 180,000 (six payments of Afs 30,000); tea
#     stall rent Afs 9,000 a month (three months owed, Afs 27,000); a loan of
#     Afs 600,000 in 24 payments of Afs 25,000; on 20 October 2025 57 trucks in
#     the yard.
#   Memon Spice Mill, Jodia Bazaar, Karachi (invented), founded 1972 by Ashfaq
#     Memon, run by Yawar Memon: ground spices to Kabul 2023 420 tonnes (21
#     containers), 2024 460 (23), 2025 180 (9; by quarter 4 / 3 / 2
#     containers, 80 / 60 / 40 tonnes); home market 900 / 940 / 1,010;
#     turmeric Rs 720 a kg, garam masala Rs 2,400 a kg; a garam masala batch of
#     96 / 64 / 45 / 27 / 33 / 18 / 12 kg (295).
#   Macro documents: a fruit trader's six trucks held nine days at Torkham, Rs
#     18,000 a day a truck (Rs 108,000 a day, Rs 972,000 in all); an Afghan
#     exporter's 1,860 cartons of transit raisins in a Peshawar warehouse,
#     storage claimed Rs 640,000 (half, Rs 320,000, deposited); wholesale
#     prices of potatoes (Rs 1,900 to Rs 1,450 a 40-kg bag), onions (Rs 2,300 to
#     Rs 2,600) and tomatoes (Rs 2,850 to Rs 3,150 a 25-kg crate).

HELDOUT45 = []
from heldout_labels import (  # noqa: F401
    PAIR, REFS, adder, arith, change_pct, citation, direction, garbled, line_of, parts_total, pdf_lines, scope, tvt,
    repeated, reuse,
)

add = adder(HELDOUT45)


# ---------------------------------------------------------------------------
# Janjua Air Coolers (invented): an air cooler workshop in Misri Shah, Lahore
# ---------------------------------------------------------------------------

add("air_cooler_workshop_guarantee_card_control", """
# Janjua Air Coolers: Guarantee Card

*Guarantee card packed with every cooler made by an air cooler workshop in Lahore, printed for the 2026 season, with a word from the maker on the back. The workshop, its people and all figures are invented.*

**Janjua Air Coolers, Misri Shah, Lahore. Making coolers since 1994.**

**What is covered.** The motor is guaranteed for 24 months and the water pump for 12 months from the date of sale. The body, the pads and the float valve are covered for six months against faults in making.

**What is not covered.** Damage from voltage surges, from running the pump dry, or from hard water that scales the pads.

**How to claim.** Bring the cooler, this card and the sale slip to the dealer who sold it. In Pakistan the dealer sends it to us, and we repair or replace it within ten working days.

**Buyers in Afghanistan.** Our dealers in Kabul and Jalalabad can no longer send coolers back to Lahore since the crossings closed in October 2025. For a cooler sold there, the dealer will repair it under this guarantee and we will pay him for parts and labour by bank transfer, on the same terms as a dealer in Pakistan.

**A word from the maker.** My father, Abdul Ghani Janjua, built his first cooler from an oil drum and a table fan. Last year was the hardest we have known. We made 2,150 coolers in 2025, down from 3,900 in 2024. Afghan dealers took 1,720 of our coolers in 2024 and only 380 in 2025, while sales at home fell less, from 2,180 to 1,770. The motors we fit still come from China; the winding, the welding and the painting are done here in Misri Shah.

Keep this card dry. — Farrukh Janjua
""", control_type="control")

add("air_cooler_dealer_notice_of_dispute", """
# Notice of Dispute to Janjua Air Coolers

*Notice of dispute from a cooler dealer in Kabul to an air cooler workshop in Lahore, sent in November 2025. The dealer, the workshop and all figures are invented.*

**To:** Farrukh Janjua, Janjua Air Coolers, Misri Shah, Lahore
**From:** Nangyalai Sharifzada, Sharifzada Cooling, Kabul
**Date:** 18 November 2025

Dear Farrukh sahib,

I write, as politely as I can, to give you notice that I dispute the delivery of the order I placed with you in September for the stock I sell in spring.

**The order.** On 9 September I ordered 240 large coolers at Rs 38,000 each and paid half in advance through our bank in Peshawar. You promised to send them by the end of September.

**The delay.** The coolers left Lahore only on 8 October. The trucks reached Torkham on the evening of 11 October and have stood there since the border between Pakistan and Turkmenistan was shut on 12 October. Had they left when you promised, they would be in my shop today.

**The damage.** My cousin, who drove to the Afghan side to look, reports that rain has soaked the cartons on two of the trucks and that the pads inside are swelling.

**What I ask.** First, that you do not treat the order as delivered, because it has not crossed. Second, that you either return my advance or take the coolers back to Lahore, sell them there and credit me. Third, that for next season you quote me a price that covers a route through Chaman, should that crossing open sooner.

I have bought from your workshop for eleven years and from your father before that, and I would like to go on buying.

With respect,

Nangyalai Sharifzada
""", scope("the border between Pakistan and Turkmenistan was shut on 12 October", "TKM", ["PAK", "TKM"], "Turkmenistan",
           "The letter says the trucks at Torkham have stood there since the border between Pakistan and Turkmenistan was shut; Torkham is on the Pakistan-Afghanistan border, and the dealer writing from Kabul means Afghanistan. Turkmenistan borders Afghanistan but not Pakistan."))

TIMESHEET = """| Day | Hours |
|---|---|
| Monday | 9 |
| Tuesday | 10 |
| Wednesday | 8 |
| Thursday | 11 |
| Friday | 5 |
| Saturday | 7 |
| Total hours | 52 |"""

add("air_cooler_packer_timesheet", """
# Janjua Air Coolers: Weekly Timesheet

*Timesheet of a packer at an air cooler workshop in Lahore for the week the last large Afghan order was packed, with the foreman's note, October 2025. The workshop, its staff and all figures are invented.*

**Name:** Shahzad Lashari
**Job:** packer, dispatch bay
**Week:** Monday 29 September to Saturday 4 October 2025
**Rate:** Rs 210 an hour; hours over 48 in a week are paid at Rs 315 an hour

""" + TIMESHEET + """

**Foreman's note to the accounts office**

This was the week we packed the Kabul order of 240 large coolers for Sharifzada Cooling. Shahzad and his two helpers wrapped every cooler in plastic, boxed it with its pads and pump and stacked the cartons ready for the trucks. On Thursday he stayed until the last carton was taped, which is why that day is long.

Please pay his overtime at the usual rate for the hours over 48, and add the tea allowance for the late evening. He has asked for his pay in cash because his mother is in hospital in Okara.

I have checked the hours against the gate book and they agree.

Adeel Rana, foreman

**For the accounts office only**

Received: Kinza Malik, accounts

Paid on: ______________
""", parts_total(["| Total hours | 52 |"],
                 {"Monday": 9, "Tuesday": 10, "Wednesday": 8, "Thursday": 11, "Friday": 5, "Saturday": 7},
                 52, "hours", "week ending 4 October 2025", "hours worked by the packer",
                 "timesheet, total hours row",
                 "The six days of the timesheet add to 50 hours (9 + 10 + 8 + 11 + 5 + 7), but its total row gives 52.",
                 table_form="pipe, two columns, days as rows with a total hours row"))

add("air_cooler_fitter_gratuity_statement", """
# Janjua Air Coolers: Gratuity Statement

*Statement of the final dues of a fitter laid off by an air cooler workshop in Lahore, December 2025. The workshop, the fitter and all figures are invented.*

**Janjua Air Coolers, Misri Shah, Lahore**

**Name:** Rizwan Khokhar
**Post:** fitter, motor and pump bay
**Joined:** 1 March 2017
**Last day:** 27 December 2025
**Completed years of service:** 8

**Reason for leaving.** The workshop has cut its hands from 31 at the end of 2024 to 19 at the end of 2025, after losing almost all its Afghan dealers when the crossings closed in October. Rizwan is among those laid off. The management records that his work has been good, that he leaves through no fault of his own, and that he will be the first fitter called back when orders return.

**Wage**

- Daily wage: Rs 1,800
- Working days in a month: 26
- Monthly wage: Rs 1,800

**Dues**

- Gratuity, one month's wage for each completed year: 8 months at Rs 46,800, Rs 374,400
- Wages for December, 22 days worked at the daily wage: Rs 39,600
- Leave not taken, 9 days at the daily wage: Rs 16,200
- Total dues: Rs 430,200

**Deductions.** None. The advance he took in the summer was repaid in full in October.

**Payment.** By cheque on the last working day, or in cash at the office if he prefers.

Prepared by: Kinza Malik, accounts

Approved by: Farrukh Janjua, owner

I have received the sum above in full settlement of my dues.

Signature of the fitter: ______________
""", reuse(["- Daily wage: Rs 1,800", "- Monthly wage: Rs 1,800"], 1800, "rupees", "daily wage",
           "monthly wage of 26 working days", 46800,
           "The statement gives Rs 1,800 both as the fitter's daily wage and as his monthly wage; at 26 working days a month the monthly wage is Rs 46,800, the figure the gratuity line itself uses."))

STOCK = """| Item | Coolers |
|---|---|
| Large, finished | 126 |
| Small, finished | 88 |
| Returned from the border | 66 |
| Under repair | 14 |
| Total | 294 |"""

add("air_cooler_stocktaking_sheet", """
# Janjua Air Coolers: Stocktaking Sheet, 31 December 2025

*Year-end stocktaking sheet of an air cooler workshop in Lahore, with the accountant's covering note. The workshop, its staff and all figures are invented.*

**Counted by:** Kinza Malik, accounts, with Adeel Rana, foreman
**Place:** finished goods godown, Misri Shah

""" + STOCK + """

**Covering note to Farrukh Janjua**

The count on the last day of the year shows 249 coolers in the godown, more than we have ever carried into a new season. Most of the large ones are from the spring batch that was meant for Kabul and Jalalabad.

The 66 returned from the border are what is left of Sharifzada Cooling's order of 240 that stood at Torkham from October. We brought the trucks back in November, sold 174 coolers to dealers in Lahore and Multan, and credited Sharifzada for them at the price he paid. The rest were unpacked, dried and checked; eleven need new pads before they can be sold.

The 14 under repair are mostly guarantee returns from buyers in Pakistan. The motors on six of them will be replaced free by the supplier.

I suggest that we make no new large coolers until March, and that we offer the returned ones at Rs 34,000 instead of Rs 38,000 to clear them before the heat.

Kinza Malik
""", tvt(["The count on the last day of the year shows 249 coolers", "| Total | 294 |"],
        {"note_value": 249, "table_value": 294}, "air coolers", "coolers held in the workshop's godown",
        "31 December 2025", "covering note, first paragraph, against the stocktaking sheet's total row",
        "The covering note says the count shows 249 coolers, but the sheet's rows add to, and its total row gives, 294; the two figures have their last two digits swapped.",
        table_form="pipe, items as rows with one coolers column and a total row"))


# ---------------------------------------------------------------------------
# Hoti Chadors (invented): a chador workshop in Ander Shehr, Peshawar
# ---------------------------------------------------------------------------

add("chador_workshop_customer_review_control", """
# Hoti Chadors: Customer Reviews

*Reviews left on the page of a chador workshop in Peshawar on a shopping website, November and December 2025, with the owner's reply. The workshop, the reviewers and all figures are invented.*

**Five stars. Madiha Paracha, Peshawar, 3 November 2025**

Bought two plain chadors at Rs 2,800 each, Rs 5,600 for the pair, one for me and one for my mother. The cotton is soft and the hem is finished by hand, not by machine.

**Four stars. Nimra Bilour, Islamabad, 21 November 2025**

The bordered chador I ordered cost Rs 5,500 and arrived within the week. The border is lovely, but the blue ran a little at the first wash.

**Five stars. Sabira Atayee, Peshawar, 9 December 2025**

I am from Jalalabad and have lived in Peshawar for twenty years. My aunts in Jalalabad still ask for Hoti chadors by name, but the shopkeepers there have had almost none since the border closed.

**Reply from the owner, Musarrat Hoti**

Thank you all. Nimra, please send the chador back and we will replace it; the dye on that batch was faulty and we have changed our dyer.

Sabira is right. Our shopkeeper in Jalalabad, Shafiullah Seddiqi, took 4,300 of our chadors in 2024 and only 900 in 2025, nearly all of them before October. Sales here in Peshawar rose a little, from 3,100 to 3,200, and so we stitched 4,100 chadors in 2025 against 7,400 the year before. Eighteen of our stitchers were Afghan women at the end of 2024; six are still with us.

We do not sell through any other shop. A chador with our name on it that was not bought from us or from this page is not ours.
""", control_type="control")

add("chador_workshop_leave_application", """
# Hoti Chadors: Leave Application

*Application for leave from an Afghan stitcher at a chador workshop in Peshawar, with the owner's order, January 2026. The workshop, the stitcher and all figures are invented.*

**To:** Musarrat Hoti, Hoti Chadors, Ander Shehr, Peshawar
**From:** Fereshta Azimi, stitcher, bordered chadors
**Date:** 6 January 2026

Respected Baji,

I request leave for twenty days, from 12 January to 31 January 2026, to travel to Jalalabad.

My mother is ill and my brothers have asked me to come. She has been in bed since the autumn. She has been in bed since the autumn. The doctors in Jalalabad say she needs an operation, and my brothers want me to help them decide whether she can bear the journey to a hospital in Kabul.

I know that the crossing is open only to families going home, and I have been told that I may not be allowed back before the end of the month. If I am late, I ask you to keep my place at the bench.

I have worked at Hoti Chadors for seven years, since I was a girl. Last year I finished the borders on about 650 chadors, and I have never taken leave before except for my wedding.

I will hand my unfinished work, eleven chadors, to Soraya Naseri, who knows the pattern.

Yours obediently,

Fereshta Azimi

**Order of the owner**

Leave granted for twenty days without pay. Her place at the bench is kept until 28 February 2026. An advance of Rs 15,000 against her wages is approved, to be recovered over five months at Rs 3,000 a month.

Musarrat Hoti
""", repeated("She has been in bed since the autumn.", 2, "the stitcher's mother's illness",
              "second paragraph of the application",
              "The sentence 'She has been in bed since the autumn.' is written twice in a row, word for word."))

add("chador_workshop_winter_handbill", """
# Hoti Chadors: Winter Handbill

*Handbill given out in the bazaars of Peshawar by a chador workshop, November 2025. The workshop and all figures are invented.*

**HOTI CHADORS. Ander Shehr, Peshawar. Since 1988.**

**Warm chadors for a hard winter**

Cotton for the day, wool blend for the evening, and the bordered chadors that our customers in Jalalabad used to buy by the bale.

**Prices this winter**

- Plain cotton chador: Rs 2,800
- Wool blend chador: Rs 4,200
- Bordered chador, hand finished: Rs 5,500
- Bridal chador, to order: from Rs 12,000

**Good news for our customers.** We have marked down the price of a plain chador from Rs 2,600 last year to Rs 2,800 this year, and the bordered chador stays at Rs 5,500 as it was.

**Why buy from us.** Every chador is cut in our own workshop and stitched by women who have worked with us for years, many of them Afghan women who came to Peshawar as girls. Since the border closed in October, the chadors that used to go to Jalalabad are sold here in Peshawar.

**Orders.** Schools, hospitals and madrasas buying fifty chadors or more get them at a tenth off the price, delivered free inside the city.

**Where.** The lane behind the old cloth market in Ander Shehr. Open every day from nine in the morning to eight at night, except Friday afternoon.

Bring this handbill and we will hem your chador free while you wait.
""", direction("marked down the price of a plain chador from Rs 2,600 last year to Rs 2,800 this year", 2600, 2800,
               "2024", "2025", "marked down", "fall", "rupees a plain chador", "price of a plain chador",
               "'Good news for our customers' paragraph",
               "The handbill says the price of a plain chador was marked down, but it went from Rs 2,600 last year to Rs 2,800 this year, a rise.",
               from_period_as_written="last year", to_period_as_written="this year"))

CHADOR_YEARS = """| Year | Stitched | To Jalalabad | Sold in Peshawar |
|---|---|---|---|
| 2023 | 6,800 | 3,900 | 2,900 |
| 2024 | 7,400 | 4,300 | 3,100 |
| 2025 | 4,100 | 900 | 3,200 |"""

add("chador_workshop_loss_assessment", """
# Hoti Chadors: Loss Assessment After the Border Closure

*Loss assessment prepared for a chador workshop in Peshawar by the small-business desk of a chamber of commerce, January 2026. The workshop, the adviser, the chamber and all figures are invented.*

**Prepared by:** Qaiser Dawar, small-business desk
**For:** Musarrat Hoti, owner, Hoti Chadors

**1. Background.** Hoti Chadors has stitched chadors in Ander Shehr since 1988. For most of the last ten years more than half of its output went to one shopkeeper in Jalalabad, Shafiullah Seddiqi, who sold the chadors across Nangarhar.

**2. Output and sales.** The workshop's own books give the following.

""" + CHADOR_YEARS + """

**3. The loss.** In 2024, the last full year before the closure, shopkeepers in Jalalabad took 4,800 of the workshop's chadors. In 2025 they took 900, nearly all of them before 12 October. Sales in Peshawar held up and even grew a little, but they could not make up the difference.

**4. Workers.** The workshop had 27 stitchers at the end of 2024, eighteen of them Afghan women, and 14 at the end of 2025, of whom six are Afghan. Several of those who left went home with their families.

**5. Recommendations.** (a) Find buyers in Islamabad and Rawalpindi for the bordered chadors, which sell well online. (b) Apply for the chamber's soft loan for working capital. (c) Keep the Afghan stitchers who remain on a small retainer, so that the skill is not lost if the border opens.
""", tvt(["shopkeepers in Jalalabad took 4,800 of the workshop's chadors", "| 2024 | 7,400 | 4,300 | 3,100 |"],
        {"assessment_value": 4800, "table_value": 4300}, "chadors", "chadors taken by shopkeepers in Jalalabad",
        "2024", "paragraph 3 of the assessment, against the 2024 row of the table in paragraph 2",
        "The assessment says shopkeepers in Jalalabad took 4,800 chadors in 2024, but its own table gives 4,300 for that year, which is also what the stitched and Peshawar columns imply (7,400 - 3,100).",
        table_form="pipe, years as rows with stitched, to-Jalalabad and sold-in-Peshawar columns"))

add("chador_workshop_year_end_toast", """
# Hoti Chadors: A Toast at the Year-End Dinner

*Words spoken by the owner of a chador workshop in Peshawar at a dinner for her stitchers on 30 December 2025, as taken down by her nephew. The workshop, its people and all figures are invented.*

Sisters, mothers, daughters, and the two men who carry our bales: please lift your cups of green tea.

This was the year the road to Jalalabad closed. Our chadors to Jalalabad fell by 68 percent, from 4,300 in 2024 to 900 in 2025, and for a few weeks in October I thought that we would have to close as well.

We did not. Peshawar kept buying, and so did Islamabad, where our bordered chadors found new customers through the internet. We stitched 4,100 chadors this year. It is not the 7,400 of last year, but every one of them has been sold, and nobody here has gone without her wages.

I want to thank the Afghan women who stayed, and to remember those who went home. At the end of last year eighteen of you had come to us from across the border; tonight six of you are here. Fereshta leaves for Jalalabad next month to see her mother, and her machine will be oiled and waiting for her.

I want to thank Kausar Jatoi, who has stitched for us since my father's time and who taught half of you to hem.

And I want to thank my father, who started this workshop with one machine and a borrowed room, and who told me never to sell a chador I would not wear myself.

To the new year: may the road open, may cotton be cheap, and may every bride in Peshawar wear a Hoti chador.
""", arith(["fell by 68 percent, from 4,300 in 2024 to 900 in 2025"],
           "The toast says chadors to Jalalabad fell by 68 percent from 4,300 to 900; the fall is 79.07 percent.",
           **{"from": 4300, "to": 900, "from_period": "2024", "to_period": "2025", "stated_change_pct": -68,
              "computed_change_pct": change_pct(4300, 900),
              "as_written": {"stated_change_pct": "fell by 68 percent"},
              "unit": "chadors", "subject": "chadors sent to the shopkeeper in Jalalabad",
              "location": "second paragraph of the toast"}))


# ---------------------------------------------------------------------------
# Paiman Woodcarvers (invented): a woodcarving workshop in Bibi Mahru, Kabul
# ---------------------------------------------------------------------------

add("rehal_workshop_to_do_list_control", """
# Ustad Lotfullah's List for the Week

*To-do list pinned above the bench of a woodcarving workshop in Kabul for the week of 1 December 2025, in the master's hand, with a note added by his son. The workshop, its people and all figures are invented.*

- Finish the large rehal for the mosque committee of Bibi Mahru. They want it before the month is out.
- Pay the seven apprentices on Thursday. We had twelve last year; the seven who stayed deserve to be paid on time.
- Walid: write to Iqbal Bhittani in Peshawar. He took 510 rehals from us in 2024 and only 120 this year. Ask him whether he wants to order for the spring, or whether we should carve only for Kabul.
- Buy walnut planks, two cartloads and not more, until we know the winter orders.
- Sharpen the gouges. All of them, not only the ones you like.
- New price board for the shop: small rehal Afs 900, large Afs 2,400. Do not lower them, whatever the others in the lane do.
- Count this year's sales: 590 rehals, 470 of them sold here in Kabul and 120 sent to Peshawar before the border closed. Last year we sold 1,040.
- Ask Zakira's mother whether Zakira may come back after the winter. She carves the best vine borders of all the apprentices.
- Mend the stove before the snow.

**Walid's note at the bottom**

Father, 470 and 120 make 590, so the count is right. I have written to Iqbal sahib; he says he will order in spring if the crossing at Torkham is open by then, and that he still has a few of our large rehals in his shop. He sends his greetings and asks after your knee.

The stove man comes on Saturday.
""", control_type="control")

add("rehal_workshop_specification_sheet", """
# Paiman Woodcarvers: Rehal Specification Sheet

*Specification sheet for the carved Quran stands of a woodcarving workshop in Kabul, given to buyers and dealers, November 2025. The workshop and all figures are invented.*

**Paiman Woodcarvers, Bibi Mahru, Kabul. Hand-carved rehals since 1986.**

**Small rehal**

- Wood: walnut, cut from a single plank
- Height when open: 38 cm
- Carving: a border of vine leaves on both leaves of the stand
- Time at the bench: 3 hours
- Price: Afs 900

**Large rehal**

- Wood: walnut, with an inlaid panel of mulberry
- Height when open: 64 cm
- Carving: a full panel of calligraphy inside a vine border
- Time at the bench: three times as long as a small one, 3 hours
- Price: Afs 2,400

**How they are made.** Every rehal is cut from one plank and split down its length, so that the two leaves open on interlocking joints and fold flat again, with no glue, hinges or nails. We do not varnish. The wood is oiled twice with linseed oil and left to dry in the shade for a week.

**Care.** Keep the rehal out of direct sun and away from the stove. Wipe it with a dry cloth; if the wood looks pale after some years, rub in a little oil.

**Orders from Pakistan.** In 2024 our dealer in Peshawar took 510 of the 1,040 rehals we carved, nearly half. In 2025, with the crossings closed since October, he took 120. Dealers in Pakistan who still wish to order may write to us; we will hold the goods in Kabul, without charge, until they can cross.

Ustad Lotfullah Paiman and Walid Paiman
""", reuse(["Time at the bench: 3 hours", "three times as long as a small one, 3 hours"], 3, "hours",
           "time at the bench for a small rehal", "time at the bench for a large rehal, three times as long", 9,
           "The sheet gives 3 hours for a small rehal and says a large one takes three times as long, but again writes 3 hours; three times as long is 9 hours."))

add("rehal_consignment_freight_bill", """
# Freight Bill: Kabul to Peshawar

*Freight bill of a Kabul carrier for a consignment of carved Quran stands sent to Peshawar, with the carrier's note, November 2025. The carrier, the workshop, the consignee and all figures are invented.*

**Carrier:** Tarzi Goods Transport, Kabul
**Consignor:** Paiman Woodcarvers, Bibi Mahru, Kabul
**Consignee:** Iqbal Bhittani, Peshawar
**Goods:** carved walnut rehals, 45 in five cases of nine, packed in straw
**Gross weight:** 230 kg
**Route:** Kabul, Jalalabad, Torkham, Peshawar

**Charges, in afghanis**

- Freight, Kabul to Torkham: 9,000
- Loading and unloading: 1,200
- Handling at the border, Afghan side: 2,500
- Storage at Torkham, 16 days at Afs 300 a day: 4,800
- Total: 17,500

**Carrier's note**

The cases reached Torkham on 10 October and were ready to cross when the border was shut two days later. They stood in our shed at Torkham from 26 October to 10 October, dry and under cover, while we waited for the gate to open.

On 27 October, at the consignor's request, the cases were brought back to Kabul unopened and delivered to the workshop in Bibi Mahru. The consignee in Peshawar has not been charged. The charges above are payable by the consignor within thirty days.

We regret that we could not deliver. Our trucks have not crossed since the closure, and we are now carrying only inside Afghanistan.

For Tarzi Goods Transport,

Jamil Tarzi, booking clerk
""", garbled(["They stood in our shed at Torkham from 26 October to 10 October"],
             "The carrier's note says the cases stood in the shed from 26 October to 10 October, a period that runs backwards; the bill itself charges 16 days of storage from their arrival on 10 October.",
             stated_period_start="26 October 2025", stated_period_end="10 October 2025",
             subject="storage of the consignment at Torkham", location="carrier's note, first paragraph"))

add("rehal_workshop_debit_note", """
# Paiman Woodcarvers: Debit Note to a Peshawar Dealer

*Debit note sent by a woodcarving workshop in Kabul to its dealer in Peshawar, with a covering letter, December 2025. The workshop, the dealer and all figures are invented.*

**From:** Paiman Woodcarvers, Bibi Mahru, Kabul
**To:** Iqbal Bhittani, Peshawar
**Date:** 10 December 2025

We debit your account as follows.

- Freight and storage on the consignment held at Torkham in October, which you asked us to send: Afs 17,500
- Eleven large rehals carved to your order in September and not collected, at Afs 2,400 each: Afs 26,400
- Total: Afs 43,900

**Covering letter**

Dear Iqbal sahib,

Please do not read this note as a quarrel. We have traded for nineteen years, and I hope we will trade for many more.

But the year has been hard for both of us. Your orders deepened from 510 rehals in 2024 to 120 in 2025, and most of the small workshops in our lane now carve only for Kabul. Our sales here fell less, from 530 last year to 470 this year, but not enough to keep all the boys: we have seven apprentices now where we had twelve.

If you can pay the freight and storage now, we will keep the eleven large rehals in our store until the crossing opens, and you may pay for them when you collect them. If you no longer want them, tell me, and I will sell them to the mosques here.

My son Walid will carry this letter to the money changer, who will send it on with the next traveller who is allowed to cross.

With respect,

Lotfullah Paiman, and for him, Walid Paiman
""", direction("Your orders deepened from 510 rehals in 2024 to 120 in 2025", 510, 120, "2024", "2025",
               "deepened", "rise", "rehals", "rehals ordered by the Peshawar dealer",
               "covering letter, second paragraph",
               "The letter says the dealer's orders deepened, a word of growth, but they went from 510 rehals in 2024 to 120 in 2025, a fall."))

add("rehal_workshop_gift_deed", """
# Gift Deed: Workshop and Tools

*Gift deed by which the master of a woodcarving workshop in Kabul gives the workshop and its tools to his son, January 2026, in an English copy. The workshop, the family and all figures are invented.*

**This deed of gift** is made at Kabul on 15 January 2026 by Ustad Lotfullah Paiman, of Bibi Mahru, Kabul (the Donor), in favour of his son Walid Paiman (the Donee).

**1. The gift.** The Donor gives to the Donee, out of love and without any payment, the workshop known as Paiman Woodcarvers in Bibi Mahru, with its benches, its gouges and chisels, its grinding wheel and the stock of walnut planks in the store.

**2. Recital.** The Donor has carved in Bibi Mahru since 1986. The workshop's chief market outside Kabul has been the dealers of Peshawar, who took 510 of its rehals in 2024. Since Afghanistan and Oman closed the crossing at Torkham in October 2025, that trade has all but stopped, and the Donor wishes the Donee to have full authority to find new buyers and to decide what the workshop makes.

**3. Debts and claims.** The Donee takes on the debts of the workshop, which are none except the wages of the apprentices for January 2026, and the right to recover Afs 43,900 owed by a dealer in Peshawar.

**4. The Donor's place.** The Donor keeps the right to work at his own bench for as long as he wishes, to teach the apprentices, and to sign his own pieces with his own name.

**5. Acceptance.** The Donee accepts the gift and takes possession of the workshop today, in the presence of the witnesses below.

Signed: Lotfullah Paiman, Donor

Signed: Walid Paiman, Donee

Witnesses: Azizullah Sarwari and Kabir Amarkhel, neighbours of the lane
""", scope("Since Afghanistan and Oman closed the crossing at Torkham", "OMN", ["AFG", "OMN"], "Oman",
           "The deed says Afghanistan and Oman closed the crossing at Torkham; Torkham is on the Pakistan-Afghanistan border, and the trade it describes is with dealers in Peshawar. Oman borders neither country."))


# ---------------------------------------------------------------------------
# Shirzad Silversmiths (invented): a silversmith's workshop at Shikarpur
# Darwaza, Kandahar
# ---------------------------------------------------------------------------

DAY_BOOK = """| Date | Particulars | Received (Afs) | Paid (Afs) |
|---|---|---|---|
| 17 Nov | Six turquoise rings sold in the shop | 19,200 | – |
| 17 Nov | Turquoise stones, Nishapur lot, part payment | – | 24,000 |
| 18 Nov | Nine plain rings sold to a wedding party | 16,200 | – |
| 18 Nov | Charcoal and borax | – | 1,350 |
| 19 Nov | Repairs and polishing | 2,650 | – |
| 19 Nov | Weekly wages, four silversmiths | – | 21,000 |
| Total | | 38,050 | 46,350 |"""

add("silversmith_day_book_control", """
# Shirzad Silversmiths: Day Book, November 2025

*Three days from the day book of a silversmith's workshop in Kandahar, 17 to 19 November 2025, with the owner's note at the foot of the page. The workshop, its people and all figures are invented.*

**Shirzad Silversmiths, Shikarpur Darwaza, Kandahar**
**Kept by:** Marzia Shirzad

""" + DAY_BOOK + """

**Owner's note**

We paid out more than we took in over these three days, by Afs 8,300, because the Nishapur stones arrived and had to be paid for. The turquoise comes from Iran, as it always has, by way of Herat, and that road is open; it is the trade with Quetta that has stopped.

Before the crossings closed, Saleem Mandokhail in Quetta took our rings by the parcel every week. In 2024 he took 1,650 of them, and in 2025 he took 1,050, none after the first days of October. Here in Kandahar we sold 1,150 rings in 2025, a little fewer than the 1,200 of the year before.

The shop prices stay where they were: Afs 3,200 for a turquoise ring and Afs 1,800 for a plain one, which is what the day book shows for the sales above.

Marzia, please carry the balance forward on the next page and ask the Nishapur trader when he wants the rest of his money.

Ahmadullah Shirzad
""", control_type="control")

add("silversmith_commission_statement", """
# Commission Statement from Quetta, 2025

*Commission statement sent by a jeweller in Quetta to a silversmith's workshop in Kandahar for the year 2025, with the jeweller's letter, January 2026. The jeweller, the workshop and all figures are invented.*

**From:** Saleem Mandokhail, jeweller, Quetta
**To:** Ahmadullah Shirzad, Shirzad Silversmiths, Kandahar

**Statement of rings held on commission, 2025**

- Rings received, January to March: 380
- Rings received, April to June: 360
- Rings received, July to September: 290
- Rings received, October to December: 20
- Rings received in the year: 1,050
- Rings sold: 1,010
- Rings held unsold in our safe: 40
- Commission: 12 percent of the sale price, as agreed

**Letter**

Dear Ahmadullah,

I send the statement for the year, late because the post now goes round by way of Dubai and a cousin's suitcase.

It was a good year until it stopped. In the three months from July to September we had 250 of your rings, and we sold every one of them before the end of October; the brides of Quetta still ask for the Kandahar turquoise and will not take the Iranian cut. Then the parcels stopped, and only the twenty that left you in the first days of October came through.

The forty rings in my safe are yours. I can sell them for you over the winter, or hold them until someone can carry them back. The money for the rings sold, less our commission, is with my brother-in-law in Dubai, who will pay your man there whenever you say.

May the gate at Chaman open soon, for both our sakes.

Saleem Mandokhail
""", tvt(["In the three months from July to September we had 250 of your rings", "- Rings received, July to September: 290"],
        {"letter_value": 250, "list_value": 290}, "rings", "rings received by the Quetta jeweller from the Kandahar workshop",
        "July to September 2025", "jeweller's letter, second paragraph, against the third line of the statement",
        "The jeweller's letter says he had 250 rings from July to September, but his own statement lists 290 rings received in that quarter, and only 290 makes the quarters add to the 1,050 of the year.",
        list_form="bulleted commission statement with rings received by quarter"))

DISPATCH_ROWS = [("Month", "Rings"), ("January", "122"), ("February", "124"), ("March", "134"),
                 ("April", "112"), ("May", "131"), ("June", "117"), ("July", "106"),
                 ("August", "97"), ("September", "87"), ("October", "20"), ("Total", "1,090")]
DISPATCH = pdf_lines(DISPATCH_ROWS)

add("silversmith_dispatch_register", """
# Shirzad Silversmiths: Dispatch Register to Quetta, 2025

*Dispatch register of a silversmith's workshop in Kandahar for its parcels of rings to a jeweller in Quetta in 2025, as text copied from a scanned PDF, with the clerk's note. The workshop, its people and all figures are invented.*

**Shirzad Silversmiths, Shikarpur Darwaza, Kandahar**
**Consignee:** Saleem Mandokhail, jeweller, Quetta
**Kept by:** Marzia Shirzad

""" + DISPATCH + """

**Clerk's note**

The October line is the last. The final parcel left on the morning of the ninth with a driver we have used for years, and he crossed at Chaman the same evening, three days before the closure. Nothing has gone since.

The rings made for Quetta after that, mostly men's rings with the large stones, are held in the workshop safe, wrapped and numbered so that they can go the day the gate opens. Saleem sahib has been told.

The spring months were the busiest, as they are every year, because of the weddings after Ramadan. The autumn months were already slower before the closure, since the traders said the queues at the crossing were long and the papers hard to get.

Each parcel was weighed and sealed in front of the driver, and his signature is in the gate book for every month. The register was checked against the gate book on 2 January 2026.

Marzia Shirzad
""", parts_total([line_of(DISPATCH, "Total")],
                 {"January": 122, "February": 124, "March": 134, "April": 112, "May": 131, "June": 117,
                  "July": 106, "August": 97, "September": 87, "October": 20},
                 1090, "rings", "2025", "rings sent to the Quetta jeweller",
                 "dispatch register, total row",
                 "The ten months of the register add to 1,050 rings, but its total row gives 1,090.",
                 table_form="PDF text extraction, months as rows with one rings column and a total row"))

add("silversmith_new_year_letter", """
# Shirzad Silversmiths: New Year Letter to Our Customers

*New Year letter sent by a silversmith's workshop in Kandahar to its regular customers in Kandahar and Quetta, January 2026. The workshop and all figures are invented.*

**Shirzad Silversmiths, Shikarpur Darwaza, Kandahar**

Dear friends and customers,

Every winter we write to thank you, to tell you what we made in the year and to give you our prices for the next one. This year the letter is longer, because the year was not like others.

**Our trade with Quetta.** For twenty years the jewellers of Quetta have been our second market. Our sales to Quetta dissipated from 1,500 rings in 2023 to 1,650 in 2024, and in the first nine months of 2025 they held up well. Then the crossing at Chaman closed in October, and since then not one parcel has gone.

**At home.** Here in Kandahar you bought 1,150 of our rings in 2025, a little fewer than the 1,200 of the year before. We are grateful for every one.

**Silver.** We used 48 kg of silver in 2025, against 62 kg in 2024. The price of silver in the bazaar rose through the year, but we have not passed the rise on to you.

**Prices for 2026.** A turquoise ring stays at Afs 3,200 and a plain silver ring at Afs 1,800. Repairs and polishing are free for rings bought from us.

**Our people.** No silversmith has lost his place at the bench. When there are fewer rings to make, we make chains and buckles, and we teach.

Customers in Quetta who wish to order may send word through Saleem Mandokhail, who keeps our rings there. We will make them and hold them until the road opens.

With thanks and respect,

Ahmadullah Shirzad and family
""", direction("Our sales to Quetta dissipated from 1,500 rings in 2023 to 1,650 in 2024", 1500, 1650, "2023", "2024",
               "dissipated", "fall", "rings", "rings sold to jewellers in Quetta",
               "'Our trade with Quetta' paragraph",
               "The letter says sales to Quetta dissipated, a word of decline, but they went from 1,500 rings in 2023 to 1,650 in 2024, a rise."))

add("silversmith_quetta_work_order", """
# Work Order from Quetta

*Work order placed by a jeweller in Quetta with a silversmith's workshop in Kandahar, September 2025, with the workshop's acceptance. The jeweller, the workshop and all figures are invented.*

**Work order**

**From:** Saleem Mandokhail, jeweller, Quetta
**To:** Shirzad Silversmiths, Shikarpur Darwaza, Kandahar
**Date:** 8 September 2025

Please make and send the following for the wedding season.

1. Men's rings in silver with a single oval turquoise, plain shank, sizes mixed as usual: 30 rings a week for four weeks from 22 September, 30 rings in all.
2. Stones of the deep blue kind only. The greenish stones do not sell here, even at a lower price.
3. Each ring stamped inside with your mark and packed in its own cloth bag.
4. Parcels sent with your usual driver, sealed and weighed in front of him, with the weight written on the seal.
5. Price as last season. Commission as agreed between us.
6. Any ring with a cracked or loose stone will be sent back at your cost.

Saleem Mandokhail

**Acceptance**

Accepted on 10 September 2025. The first parcel will leave on 22 September and one parcel every week after it.

The blue stones are short this month, because the Nishapur traders are late, but we have enough for this order. If they run out, we will write before we change anything.

For Shirzad Silversmiths,

Ahmadullah Shirzad

**Note added later in the margin**

Only three parcels of this order went: on 22 and 29 September and, short of blue stones, twenty rings on 9 October, which crossed at Chaman that evening. The border closed on the 12th, and the rings made since then are in the safe.
""", reuse(["30 rings a week for four weeks", "30 rings in all"], 30, "rings", "rings to be sent each week",
           "rings in the whole four-week order", 120,
           "The order asks for 30 rings a week for four weeks and then gives the whole order as 30 rings; four weeks at 30 a week is 120 rings."))


# ---------------------------------------------------------------------------
# Kansi Naswar (invented): a naswar maker on Spini Road, Quetta
# ---------------------------------------------------------------------------

add("naswar_van_trip_sheet", """
# Kansi Naswar: Van Trip Sheet, October 2025

*Trip sheet of the delivery van of a naswar maker in Quetta for its last runs to Chaman, October 2025, with the driver's and the manager's remarks. The firm, its people and all figures are invented.*

**Kansi Naswar, Spini Road, Quetta**
**Van:** the small Suzuki pickup
**Driver:** Nabeel Bazai
**Route:** Spini Road to the traders' yard at Chaman and back

- 2 October: 0.4 tonnes for Khairullah Zazai, Kandahar; diesel 41 litres
- 6 October: 0.3 tonnes for Nematullah Jaji, Spin Boldak; diesel 39 litres
- 9 October: 0.25 tonnes for Khairullah Zazai, Kandahar; diesel 43 litres
- 13 October: 0.45 tonnes loaded; turned back at Chaman, gate shut; diesel 44 litres

**Driver's remarks.** On the 13th the Levies at the gate said nothing would cross that day or the next. I waited until the afternoon with the other vans and brought the load back to the godown on Spini Road. The cartons are dry and have been counted back in by the storekeeper.

**Manager's remarks.** The Afghan shopkeepers' orders rose from 63 tonnes in 2024 to 63 tonnes in 2024, and then the gate shut. What went across this October was 950 kg in three runs, and the fourth load is back in the godown. Khairullah has asked us to hold his next order until the crossing opens; Nematullah wants his sent through Taftan and Iran if the price allows, which it does not. Until further notice the van will run only to shops in Quetta, Pishin and Chaman town.

The diesel above is to be paid from petty cash against the pump slips, which are attached.

Atif Rind, manager
""", garbled(["orders rose from 63 tonnes in 2024 to 63 tonnes in 2024"],
             "The manager's remark gives a rise whose start and end are the same value in the same year (63 tonnes in 2024 to 63 tonnes in 2024).",
             start_value=63, end_value=63, start_period="2024", end_period="2024", unit="tonnes of naswar",
             subject="naswar ordered by Afghan shopkeepers", location="manager's remarks, first sentence"))

add("naswar_grinding_floor_shift_log", """
# Kansi Naswar: Shift Log of the Grinding Floor

*Shift log of the grinding floor of a naswar maker in Quetta, 20 to 22 October 2025, with the supervisor's remarks. The firm, its people and all figures are invented.*

**Kansi Naswar, Spini Road, Quetta**
**Supervisor:** Riaz Turi

- 20 October, morning: six hands; 1.2 tonnes of leaf ground; lime and ash mixed in the usual measure; one grinder stopped for an hour with a worn belt
- 20 October, evening: four hands; packing only, 310 cartons
- 21 October, morning: five hands; 0.9 tonnes of leaf ground; the new belt fitted
- 21 October, evening: no shift; the power was cut all evening
- 22 October, morning: seven hands; 0.8 tonnes of leaf ground; the floor washed down
- 22 October, evening: three hands; packing only, 240 cartons

**Supervisor's remarks**

Output is down because nothing is going to Kandahar since the Chaman crossing between Pakistan and Iran was closed on 12 October. We are making for Balochistan only, and the shops here do not need as much as we were grinding before.

The leaf in the store will last until January at this rate. The Swabi supplier has been told to send the next lot only when we ask for it.

The spare grinder we ordered comes from Iran through Taftan and should reach us next week. When it is fitted we can take the old one down for repair without stopping the floor.

Two of the hands have asked whether there will be work in winter. I have told them to ask Sarfraz sahib. They are good men and I would not like to lose them.

The first-aid box needs filling; the burn cream is finished.

Riaz Turi
""", scope("the Chaman crossing between Pakistan and Iran was closed on 12 October", "IRN", ["PAK", "IRN"], "Iran",
           "The remarks say the Chaman crossing between Pakistan and Iran closed, so that nothing goes to Kandahar; Chaman is on the Pakistan-Afghanistan border and Kandahar is in Afghanistan. Iran borders both countries. Iran is named correctly later as the source of the spare grinder, sent through Taftan.",
           not_a_defect="comes from Iran through Taftan"))

add("naswar_theft_first_information_report", """
# First Information Report: Theft from a Naswar Godown

*English translation of a first information report lodged at a police station in Quetta by the manager of a naswar maker, November 2025. The firm, the people and all figures are invented.*

**Police station:** Spini Road, Quetta
**Date and time of report:** 4 November 2025, 09:30
**Complainant:** Atif Rind, manager, Kansi Naswar, Spini Road
**Offence:** theft from a locked godown
**Officer receiving:** Sub-Inspector Maqsood Bajwa

**Statement of the complainant**

I am the manager of Kansi Naswar, which grinds and packs naswar at its works on Spini Road and keeps its finished goods in a godown behind the works.

On the night of 3 November 2025 the lock of the godown was cut and 36 cartons of naswar were taken. Each carton holds 200 packets, so 200 packets in all were stolen, worth Rs 324,000 at our price of Rs 45 a packet.

These cartons had been packed for shopkeepers in Kandahar and Spin Boldak before the crossing at Chaman closed in October, and they have been standing in the godown since then, marked for Afghanistan. I believe that whoever took them knew they were there and knew that they would not be missed by any buyer.

The watchman, Ghulam Rasool, says he heard a vehicle at about two in the morning but thought it was a delivery to the shop next door. Nobody else was on the premises.

I ask that the matter be investigated and the goods recovered. Our packets carry the name Kansi and a green seal, and they can be recognised in any shop.

Signature of complainant: Atif Rind

**Action taken.** Case registered. Site inspected. The watchman's statement recorded. Shops in the area to be checked for packets with the firm's seal.

Maqsood Bajwa, Sub-Inspector
""", reuse(["Each carton holds 200 packets", "200 packets in all"], 200, "packets of naswar", "packets in one carton",
           "packets in the 36 cartons stolen", 7200,
           "The report says each carton holds 200 packets and then gives the 36 cartons as 200 packets in all; 36 cartons of 200 are 7,200 packets, which is also what Rs 324,000 at Rs 45 a packet comes to."))

add("naswar_credit_application", """
# Kansi Naswar: Credit Application

*Credit application of a naswar maker in Quetta to the small-business branch of a bank, with the owner's statement, December 2025. The firm, the bank and all figures are invented.*

**Applicant:** Kansi Naswar, Spini Road, Quetta
**Owner:** Sarfraz Kansi
**In business since:** 1981, founded by the owner's father, Amanullah Kansi
**Facility requested:** working capital of Rs 3 million for twelve months
**Security offered:** the grinding machines and the lease of the godown

**Owner's statement**

We grind and pack naswar from tobacco leaf bought in Swabi, mixed with lime and ash, and sell it in packets to shops.

Until October more than half our naswar went to shopkeepers in Kandahar and Spin Boldak: 63 of the 104 tonnes we made in 2024. This year we sent them 19 tonnes, all before the crossing at Chaman closed. Our sales in Balochistan hollowed out from 41 tonnes last year to 52 tonnes this year, and in all we made 71 tonnes.

We have kept nine hands out of the fourteen we had at the end of last year. The others are Afghans who went home with their families.

We need the facility for two reasons. First, the leaf for the coming season must be paid for in cash when it is cured, in February and March. Second, we wish to buy a packing machine so that the packets we sell in Quetta, which now carry all our sales, can compete with the machine-packed brands from Peshawar.

We have banked with your branch for sixteen years and have never been late on a payment. Our books for the last three years are attached.

Sarfraz Kansi

**For bank use:** Application received by the relationship officer. Visit to the works to be arranged.
""", direction("Our sales in Balochistan hollowed out from 41 tonnes last year to 52 tonnes this year", 41, 52,
               "2024", "2025", "hollowed out", "fall", "tonnes of naswar", "naswar sold in Balochistan",
               "owner's statement, second paragraph",
               "The statement says sales in Balochistan hollowed out, a word of decline, but they went from 41 tonnes last year to 52 tonnes this year, a rise; 19 and 52 tonnes also make the 71 tonnes made.",
               from_period_as_written="last year", to_period_as_written="this year"))

TALLY_ROWS = [("Quarter", "Van runs", "Kg"), ("Jan-Mar", "6", "7,900"), ("Apr-Jun", "5", "6,300"),
              ("Jul-Sep", "4", "3,850"), ("Oct-Dec", "3", "950"), ("Total", "18", "19,000")]
TALLY = pdf_lines(TALLY_ROWS)

add("naswar_afghan_buyers_tally_sheet", """
# Kansi Naswar: Tally Sheet for Afghan Buyers, 2025

*Quarterly tally of naswar sent by a naswar maker in Quetta to shopkeepers in Kandahar and Spin Boldak in 2025, as text copied from a PDF, with the manager's note. The firm, its people and all figures are invented.*

**Kansi Naswar, Spini Road, Quetta**
**Buyers:** Khairullah Zazai, Kandahar; Nematullah Jaji, Spin Boldak

""" + TALLY + """

**Manager's note to Sarfraz Kansi**

This is the tally for the year, made from the van's trip sheets and the gate book.

The spring quarter was the best, as it always is, because the shopkeepers stock up before the summer heat. Between July and September the vans carried 3,580 kg across, already less than before, since the queues at Chaman were long and the drivers lost a day on every run.

The October van ran three times before the crossing closed on the 12th; the fourth run came back with its load, which is not counted here and is in the godown.

Both buyers owe nothing. Khairullah paid the last of his account in cash through his brother in Quetta in November, and Nematullah paid in advance, as he always does.

They both ask to be told the day the crossing opens, and both say they will take a full van at once.

Atif Rind, manager
""", tvt(["Between July and September the vans carried 3,580 kg across", line_of(TALLY, "Jul-Sep")],
        {"note_value": 3580, "table_value": 3850}, "kilograms of naswar",
        "naswar sent to Afghan shopkeepers", "July to September 2025",
        "manager's note, second paragraph, against the Jul-Sep row of the tally",
        "The manager's note says the vans carried 3,580 kg between July and September, but the tally's row for that quarter gives 3,850 kg, which the total of 19,000 kg needs; the two figures have two digits swapped.",
        table_form="PDF text extraction, quarters as rows with vans and kilograms columns and a total row"))


# ---------------------------------------------------------------------------
# Sultanzoy Serai (invented): a truckers' serai in Gurbuz, Khost
# ---------------------------------------------------------------------------

add("truckers_serai_guest_list_control", """
# Sultanzoy Serai: Guest List, Night of 14 October 2025

*Guest list of a truckers' serai in Gurbuz, Khost, for the third night after the crossings closed, kept by the manager, with his note. The serai, its guests and all figures are invented.*

**Sultanzoy Serai, Gurbuz, on the road to the Ghulam Khan crossing**
**Manager on duty:** Roohullah Khostai

- Room 1: Majeed Ghuman, driver, Bannu, and his cleaner
- Room 2: Naeem Virk, driver, Faisalabad, with a load of cloth
- Room 3: Mujib Nurzad, driver, Kabul, returning empty
- Room 4: Inayatullah Baheer, driver, Gardez, with a load of cement
- Room 5: Dost Mohammad Ahmadi, trader, Khost, waiting for his melons
- Hall beds: drivers and cleaners from both sides, names in the gate book
- Yard: 52 trucks parked out of 60 places

**Manager's note for Emal Sultanzoy**

All 40 beds were taken tonight, the first full night since the spring, so we had 40 guests sleeping inside, one to a bed, and the rest slept in their cabs. Every room and every bed in the hall is paid for in advance.

The Pakistani drivers say the crossing will stay shut for weeks. The Afghan drivers are more hopeful. Nobody knows.

I have told the kitchen to cook for a hundred tomorrow, since the drivers in the cabs also eat with us. The cook asks for more rice and more gas.

For the record, you asked for last year's figures: we sold 10,600 bed-nights in 2024, up from 9,800 in 2023.

The generator ran all night. Diesel is low; Sediq Dawlatyar will send more on credit, but he asks when we will pay what we owe.

Roohullah Khostai
""", control_type="control")

add("truckers_serai_enumeration_sheet", """
# Enumeration Sheet: People Stranded at Sultanzoy Serai

*Enumeration sheet filled in by a volunteer of a Khost traders' association at a truckers' serai in Gurbuz, 20 October 2025. The association, the serai and all figures are invented.*

**Place:** Sultanzoy Serai, Gurbuz, Khost
**Date:** 20 October 2025, afternoon
**Enumerator:** Shukrullah Wahidi
**Purpose:** to count the people held at the serais near the Ghulam Khan crossing since it closed, and what they need

**Trucks in the yard:** 57, of which most carry goods that will spoil or that their owners need back

**Who is here, as a share of the people counted**

- Pakistani drivers: 46 percent
- Afghan drivers: 41 percent
- Cleaners, loaders and small traders: 19 percent

**Goods in the trucks, as the drivers told them**

- Fresh fruit and vegetables, mostly spoiling: about a third of the trucks
- Cement and building goods
- Cloth and shoes from Pakistan
- Empty trucks going home

**What people say they need most**

- Food for the drivers in the cabs, who cannot pay for meals after a week without a load
- Medicine for three drivers with high blood pressure and one with a bad cough
- Water for washing
- News: nobody has told them when the crossing will open

**Notes of the enumerator**

The owner of the serai, Emal Sultanzoy, has let the drivers sleep in the hall at half price and has not turned anyone away. He says he cannot go on doing this for long, since his own diesel is bought on credit.

Two of the Afghan drivers are from villages near Gurbuz and will go home tonight. The Pakistani drivers cannot, and some have been here since the night of the closure.

Sheet to be handed to the association's office in Khost city by evening.
""", arith(["- Pakistani drivers: 46 percent", "- Afghan drivers: 41 percent", "- Cleaners, loaders and small traders: 19 percent"],
           "The three shares of the people counted add to 106 percent (46 + 41 + 19), more than the whole.",
           shares_pct={"Pakistani drivers": 46, "Afghan drivers": 41, "Cleaners, loaders and small traders": 19},
           sum_pct=106, unit="percent of the people counted", period="20 October 2025",
           subject="people stranded at the serai", location="bulleted list of who is here",
           list_form="bulleted list of shares of the people counted"))

add("truckers_serai_tea_stall_notice_to_quit", """
# Sultanzoy Serai: Notice to Quit the Tea Stall

*Notice to quit given by the owner of a truckers' serai in Gurbuz, Khost, to the tenant of its tea stall, December 2025, in an English copy. The serai, the tenant and all figures are invented.*

**From:** Emal Sultanzoy, owner, Sultanzoy Serai, Gurbuz
**To:** Ikramuddin Muqbil, tenant of the tea stall at the gate of the serai
**Date:** 20 December 2025

**1.** You have held the tea stall at the gate of the serai since the spring of 2021, at a rent of Afs 9,000 a month, payable on the first of each month.

**2.** You have paid no rent for October, November or December 2025. The rent owed is Afs 27,000.

**3.** The stall has been shut on most days since November. The stall has been shut on most days since November. The drivers who stay in the serai have had to walk to the bazaar for their tea, and several have complained to me.

**4.** I know that your trade fell away when the Ghulam Khan crossing closed in October, as mine did, and I do not blame you for it. But I cannot keep a stall at my gate that is shut, and another man has asked for it.

**5.** I therefore give you notice to quit the stall and hand me its key by 31 January 2026.

**6.** If you leave by that day and hand over the kettles, the benches and the stove that belong to the serai, I will forgive half the rent you owe, and you may pay the rest when you can.

Emal Sultanzoy

Witness: Roohullah Khostai, manager of the serai
""", repeated("The stall has been shut on most days since November.", 2, "the tea stall being shut",
              "paragraph 3 of the notice",
              "The sentence 'The stall has been shut on most days since November.' is written twice in a row, word for word."))

add("truckers_serai_diesel_debt_settlement", """
# Debt Settlement: Sultanzoy Serai and Its Diesel Supplier

*Debt settlement agreed between the owner of a truckers' serai in Gurbuz, Khost, and the trader who supplies its generator diesel, January 2026, in an English copy. The serai, the trader and all figures are invented.*

**Between** Sediq Dawlatyar, fuel trader, Khost (the Creditor), **and** Emal Sultanzoy, owner of the Sultanzoy Serai, Gurbuz (the Debtor).

**1. The debt.** The Debtor owes the Creditor Afs 180,000 for diesel supplied to the serai's generator between August and December 2025, as shown in the Creditor's book and accepted by the Debtor.

**2. Why it was not paid.** The serai lives from the truck drivers who stay on their way to and from the Ghulam Khan crossing. The serai's overnight stays escalated from 10,600 in 2024 to 8,300 in 2025, after the crossing closed in October, and the Debtor cannot pay the debt at once.

**3. Payment.** The Debtor will pay the debt in six monthly payments of Afs 30,000, on the fifth of each month from February to July 2026.

**4. No interest.** The Creditor charges no interest and no penalty, provided each payment is made on time.

**5. Supply.** The Creditor will go on supplying diesel to the serai, for cash on delivery only, at the bazaar price of the day.

**6. Default.** If two payments in a row are missed, the whole balance becomes due at once, and the Creditor may stop supplying.

**7. Early payment.** If the crossing opens and the serai's trade returns, the Debtor may pay the balance early, and the Creditor will give him a tenth off what remains.

Agreed in the presence of the elders of the Gurbuz bazaar.

Signed: Sediq Dawlatyar, Creditor

Signed: Emal Sultanzoy, Debtor
""", direction("The serai's overnight stays escalated from 10,600 in 2024 to 8,300 in 2025", 10600, 8300, "2024", "2025",
               "escalated", "rise", "bed-nights", "overnight stays at the serai",
               "clause 2 of the settlement",
               "The settlement says the serai's overnight stays escalated, a word of growth, but they went from 10,600 in 2024 to 8,300 in 2025, a fall, which is why the debtor cannot pay."))

add("truckers_serai_mortgage_deed", """
# Mortgage Deed: Sultanzoy Serai

*English summary of a mortgage deed by which the owner of a truckers' serai in Gurbuz, Khost, borrows against the serai, February 2026. The serai, the lender and all figures are invented.*

**Parties.** Emal Sultanzoy, owner of the Sultanzoy Serai, Gurbuz (the Borrower), and Fazlullah Haqmal, merchant of Khost (the Lender).

**1. The loan.** The Lender lends the Borrower Afs 600,000, to be repaid in 24 monthly payments of Afs 25,000 from April 2026.

**2. The property.** The Borrower pledges as security the serai built by his father, Faridoon Sultanzoy, in 1998 on the Ghulam Khan road at Gurbuz: its building of two floors, its hall and rooms, its kitchen, its generator and its yard for 60 trucks.

**3. The income of the serai.** The serai has 40 beds, let at Afs 250 a bed a night, so that a full night brings Afs 250. In 2025 it sold 8,300 bed-nights, fewer than in earlier years because the crossing closed in October.

**4. Use of the loan.** The Borrower will use the loan to pay his diesel debt, to repair the roof of the hall and to keep his staff through the winter.

**5. Possession.** The Borrower keeps possession of the serai and runs it as before. The Lender may visit it at any reasonable time.

**6. Default.** If three monthly payments are missed, the Lender may take over the running of the serai and keep its income until the loan is repaid, but he may not sell it without the decision of the elders.

**7. Release.** When the loan is repaid in full, the Lender will return the title papers and this deed will end.

Signed before witnesses at Khost.
""", reuse(["The serai has 40 beds, let at Afs 250 a bed a night", "so that a full night brings Afs 250"], 250, "afghanis",
           "charge for one bed for one night", "income of a full night with all 40 beds let", 10000,
           "The deed gives Afs 250 both as the charge for one bed a night and as the income of a full night; 40 beds at Afs 250 bring Afs 10,000."))


# ---------------------------------------------------------------------------
# Memon Spice Mill (invented): a spice mill in Jodia Bazaar, Karachi
# ---------------------------------------------------------------------------

OUTWARD = """| Quarter of 2025 | Containers | Tonnes |
|---|---|---|
| January-March | 4 | 80 |
| April-June | 3 | 60 |
| July-September | 2 | 40 |
| Total | 9 | 180 |"""

add("spice_mill_outward_register", """
# Memon Spice Mill: Outward Register for Kabul, 2025

*Outward register of a spice mill in Karachi for its transit containers of ground spices to Kabul in 2025, with the manager's note. The mill, its people and all figures are invented.*

**Memon Spice Mill, Jodia Bazaar, Karachi**
**Consignee:** the mill's agent in Kabul
**Goods:** ground turmeric, red chilli and garam masala, in 20-tonne containers

""" + OUTWARD + """

**Manager's note to Yawar Memon**

The register closes for the year with no container after September. The one we booked for the middle of October was still at the port when the crossings closed on the 12th, and we took the goods back into our own godown; they are not counted above.

So in 2025 we shipped 108 tonnes of ground spices to Kabul, against 460 tonnes in 2024 and 420 in 2023. The home market took up some of the slack: our sales inside Pakistan were 1,010 tonnes this year, more than ever.

The agent in Kabul writes that the shops there are now buying turmeric that comes in through Iran, at a higher price and of a poorer colour. He says his customers ask for ours by name and that he will take containers again the week the crossings open.

The shipping line has offered to hold our booking for the first sailing after the closure ends, without a deposit. I have accepted, subject to your word.

Asif Soomro, manager
""", tvt(["So in 2025 we shipped 108 tonnes of ground spices to Kabul", "| Total | 9 | 180 |"],
        {"note_value": 108, "table_value": 180}, "tonnes of ground spices",
        "ground spices shipped to Kabul", "2025",
        "manager's note, second paragraph, against the register's total row",
        "The manager's note says the mill shipped 108 tonnes to Kabul in 2025, but the register's quarters add to, and its total row gives, 180 tonnes; the two figures have two digits swapped.",
        table_form="pipe, quarters as rows with containers and tonnes columns and a total row"))

BATCH = """| Ingredient | Kg |
|---|---|
| Coriander seed | 96 |
| Cumin | 64 |
| Black pepper | 45 |
| Black cardamom | 27 |
| Cinnamon bark | 33 |
| Cloves | 18 |
| Bay leaf | 12 |
| Total | 305 |"""

add("spice_mill_garam_masala_batch_record", """
# Memon Spice Mill: Batch Record, Garam Masala

*Batch record of a spice mill in Karachi for one grinding of garam masala, November 2025, with the miller's remarks. The mill, its people and all figures are invented.*

**Memon Spice Mill, Jodia Bazaar, Karachi**
**Product:** garam masala, the Kabul blend, sold at Rs 2,400 a kg
**Date of grinding:** 14 November 2025
**Miller:** Asif Soomro

**Weighed into the mixer**

""" + BATCH + """

**Roasting.** Coriander and cumin roasted separately on a low flame until they darkened by a shade; the other spices not roasted. All cooled on trays before grinding.

**Grinding.** Two passes through the stone mill, the second through the fine screen. The mill stopped once to cool.

**Packing.** Into 500-gram pouches and 5-kg tins. The tins carry the old green label with the words for Kabul, since that is the blend, although this batch is for shops in Karachi and Hyderabad.

**Miller's remarks.** This is the first Kabul blend ground since the crossings closed in October. Yawar sahib asked that we keep grinding it, because our customers here who came from Afghanistan ask for it, and because the blend should not be forgotten. The black cardamom was short in the market and cost more than last time. The colour and smell are right.

**Checked by:** Yawar Memon
""", parts_total(["| Total | 305 |"],
                 {"Coriander seed": 96, "Cumin": 64, "Black pepper": 45, "Black cardamom": 27, "Cinnamon bark": 33,
                  "Cloves": 18, "Bay leaf": 12},
                 305, "kilograms", "14 November 2025", "spices weighed into one batch of garam masala",
                 "batch record, total row",
                 "The seven ingredients of the batch add to 295 kg, but the total row gives 305.",
                 table_form="pipe, two columns, ingredients as rows with a total row"))

add("spice_mill_cookbook_foreword", """
# Memon Spice Mill: From the Foreword to Our Cookbook

*Foreword to a small cookbook printed by a spice mill in Karachi for its customers, with one recipe, January 2026. The mill, its people and all figures are invented.*

**A word before the recipes**

My grandfather, Ashfaq Memon, opened this mill in Jodia Bazaar in 1972 with one grinding stone and a scale. He sold turmeric to the housewives of Kharadar and garam masala to the cooks of the big houses, and within ten years he was sending spices to Kabul.

For most of my life Kabul has been our second home market. In the two years from 2025 to 2023, our containers to Kabul fell from 23 a year to 9, first because the queues and the papers grew longer, and then because the crossings closed in October. We still grind the Kabul blend, for the many families in Karachi who came from Afghanistan and who tell us that no other masala tastes of home.

This little book is for them, and for everyone who cooks with our spices. The recipes come from our customers, from both sides of the border.

Yawar Memon

**Karahi for four, from a customer in Sohrab Goth**

- 500 grams of mutton, cut small
- Three tomatoes and an onion, chopped
- A thumb of ginger and a few cloves of garlic, crushed
- One teaspoon of Memon turmeric and one of red chilli
- Half a teaspoon of the Kabul blend of garam masala, at the end

Brown the onion in oil, add the meat and the garlic and ginger, and fry until the meat changes colour. Add the tomatoes, the turmeric and the chilli, cover and cook until the meat is soft and the oil rises. Sprinkle the garam masala, stir once and serve with naan.
""", garbled(["In the two years from 2025 to 2023"],
             "The foreword gives a period that runs backwards, 'from 2025 to 2023', for a fall in containers to Kabul from 23 a year (2024) to 9 (2025).",
             stated_period_start="2025", stated_period_end="2023",
             subject="containers of spices sent to Kabul", location="foreword, second paragraph"))

add("spice_mill_agency_dissolution_agreement", """
# Dissolution Agreement: Memon Spice Mill and Its Kabul Agent

*Agreement ending the agency between a spice mill in Karachi and its agent in Kabul, December 2025, in an English copy. The mill, the agent and all figures are invented.*

**This agreement** is made on 29 December 2025 between Memon Spice Mill, Jodia Bazaar, Karachi, acting through its owner Yawar Memon (the Mill), and Taj Mohammad Etemadi, trader, of Kabul (the Agent).

**Whereas** the Agent has sold the Mill's ground spices in Kabul since 2009, and took 460 tonnes of them in 2024;

**And whereas** the transit of the Mill's containers from Karachi has stopped since Kazakhstan and Afghanistan closed the crossings at Torkham and Chaman in October 2025, and neither party can say when it will resume;

**The parties agree as follows.**

**1.** The agency is dissolved from 31 December 2025. From that day the Agent no longer has the sole right to sell the Mill's spices in Afghanistan.

**2.** The Mill owes the Agent his commission on the containers delivered in 2025, which the parties have agreed at Rs 1.1 million, to be paid through the Agent's cousin in Karachi within sixty days.

**3.** The Agent holds no goods of the Mill, the last container having been sold in full.

**4.** Each party releases the other from every other claim under the agency.

**5.** When the crossings open, the Mill will offer the Agent a new agency on terms to be agreed, before it offers one to anyone else in Kabul.

**6.** Neither party will speak ill of the other to customers.

Signed for the Mill: Yawar Memon

Signed: Taj Mohammad Etemadi, Agent

Witnesses: Asif Soomro, manager of the Mill, and a clerk of the Kabul money exchange
""", scope("since Kazakhstan and Afghanistan closed the crossings at Torkham and Chaman", "KAZ", ["KAZ", "AFG"],
           "Kazakhstan",
           "The agreement says Kazakhstan and Afghanistan closed the crossings at Torkham and Chaman, which carried the containers from Karachi; both crossings are on the Pakistan-Afghanistan border. Kazakhstan borders neither country."))


# ---------------------------------------------------------------------------
# Trade, the closure and the courts (policy, parliamentary, news, legal)
# ---------------------------------------------------------------------------

TRADE_TABLE = """| Year | Exports | Imports | Total | Balance |
|---|---|---|---|---|
| 2020 | 942 | 509 | 1,451 | 433 |
| 2021 | 828 | 552 | 1,380 | 276 |
| 2022 | 936 | 741 | 1,677 | 195 |
| 2023 | 1,012 | 690 | 1,702 | 322 |"""

add("trade_institute_backgrounder", """
# Backgrounder: Trade Between Pakistan and Afghanistan Before the Closure

*Backgrounder prepared for journalists by a trade research institute in Lahore, November 2025. The institute is invented, and all trade figures are invented for this set and are not official statistics.*

**Why this matters now.** Since 12 October 2025 the crossings at Torkham and Chaman have been closed to trade. Reporters have asked us how large the trade was before the closure and how it had moved. This note sets out the four calendar years for which our series is complete.

**Pakistan's trade with Afghanistan, USD million**

""" + TRADE_TABLE + """

Exports are Pakistan's exports to Afghanistan; imports are Pakistan's imports from Afghanistan; the balance is exports less imports.

**Points to note**

- Pakistan's exports fell from USD 942 million in 2020 to USD 828 million in 2021, the year the government in Kabul changed, and recovered to USD 1,012 million by 2023.
- Afghan goods sold in Pakistan reached USD 714 million in 2022, their highest in the period, carried by coal, fresh fruit and cotton.
- Pakistan's surplus was narrowest in 2022, at USD 195 million, and widened again the year after.
- Two-way trade was highest in 2023, at USD 1,702 million.

**What the series does not show.** It leaves out transit trade, in which Afghan goods pass through Karachi to third countries, and informal trade on foot and by pack animal, which traders say is large but which nobody counts.

**Contact.** Ambreen Chughtai, trade desk, Ravi Trade Institute, Lahore. We can put reporters in touch with traders in Peshawar and Quetta who are willing to speak on the record.
""", tvt(["Afghan goods sold in Pakistan reached USD 714 million in 2022", "| 2022 | 936 | 741 | 1,677 | 195 |"],
        {"backgrounder_value": 714, "table_value": 741}, "USD million", "Pakistan's imports from Afghanistan", "2022",
        "second point to note, against the 2022 row of the table",
        "The backgrounder says Afghan goods sold in Pakistan reached USD 714 million in 2022, but its table gives imports of 741 that year, which its total and balance columns also need; the two figures have two digits swapped.",
        table_form="pipe, years as rows with exports, imports, total and balance columns"))

add("provincial_assembly_budget_debate", """
# Budget Debate: A Member on Trade with Afghanistan

*From the record of the budget debate of a provincial assembly, June 2025: a member's speech on trade with Afghanistan, with interruptions. The member is invented, and the trade figures are invented for this set and are not official statistics.*

**Mr Arsalan Sandhu:** Mr Speaker, I rise to speak on the demands for the department of industries and commerce, and I will speak about one thing only: our trade with Afghanistan.

This budget gives nothing to the traders who carry our goods across the border. Not a rupee for the roads to the crossings, not a rupee for cold stores near them, not a rupee for the traders' own chambers.

Let me remind the House what that trade is worth. Take 2021, the year the government in Kabul changed and everyone said the trade would die. We sold Afghanistan goods worth USD 828 million and bought from it USD 552 million, a surplus in our favour of USD 267 million. The trade did not die. By 2023 our exports to Afghanistan were back above a billion dollars, at USD 1,012 million.

**An honourable member:** Those are federal matters.

**Mr Arsalan Sandhu:** The roads are ours, Sir. The cold stores are ours. The traders are ours, and so are the farmers whose fruit rots when the trucks wait at the border for days.

**Mr Speaker:** Please address the Chair.

**Mr Arsalan Sandhu:** I address the Chair, Sir, and through the Chair I ask the minister three things. First, a road fund for the crossings. Second, cold stores near them, built with the chambers. Third, a desk in the department that answers traders' letters within a week.

**Mr Speaker:** The honourable member's time is over.
""", arith(["We sold Afghanistan goods worth USD 828 million and bought from it USD 552 million, a surplus in our favour of USD 267 million"],
           "The member gives exports of 828 and imports of 552 for 2021 and a surplus of 267; 828 - 552 is 276.",
           exports=828, imports=552, stated_balance=267, computed_balance=276, unit="USD million", period="2021",
           subject="Pakistan's trade balance with Afghanistan", location="member's speech, third paragraph"))

add("legislature_zero_hour_crossings", """
# Zero Hour: The Closed Crossings

*From the record of zero hour in a legislature, 5 November 2025: a member's remarks on the closure of the crossings with Afghanistan, and a minister's reply. The member and the minister are invented, and the trade figures are invented for this set and are not official statistics.*

**Ms Sumbul Arain:** Madam Deputy Speaker, thank you for the time. I will be brief, because zero hour is short and the matter is long.

The crossings at Torkham and Chaman have been closed to trade since 12 October. That is three weeks and more. In my constituency there are cold stores full of potatoes and apples that were meant for Kabul, and there are drivers who have not been paid since September.

I ask only that the House be told the truth about what this is costing.

Our exports to Afghanistan bumped up from USD 1,012 million in 2023 to USD 884 million in 2024, and this year, with the crossings shut since October, they will be far lower. Our imports from Afghanistan were USD 540 million last year. These are not small sums, and the people who earn them are not rich.

I ask the minister to say when the government will compensate the traders and drivers, and whether it will at least let perishable goods cross.

**Minister of State for Commerce:** Madam Deputy Speaker, the honourable member raises a serious matter. The government is aware of the losses. Talks are going on, and I will not say more about them on the floor of the House today. On perishable goods, I will take the member's request to the committee that meets on Monday, and I will report back to the House.

**Madam Deputy Speaker:** Thank you. The next member on the list.
""", direction("Our exports to Afghanistan bumped up from USD 1,012 million in 2023 to USD 884 million in 2024", 1012, 884,
               "2023", "2024", "bumped up", "rise", "USD million", "Pakistan's exports to Afghanistan",
               "member's remarks, fourth paragraph",
               "The member says exports to Afghanistan bumped up, a word of increase, but they went from USD 1,012 million in 2023 to USD 884 million in 2024, a fall."))

add("television_news_ticker", """
# News Ticker, 13 October 2025

*Lines from the news ticker of a private television channel in Islamabad over one afternoon, copied by a media monitor in the order shown. The channel is invented, and the trade figures are invented for this set and are not official statistics.*

- Torkham and Chaman shut to trade for a second day; trucks queue on both sides of the border
- Traders' body says fruit in hundreds of trucks at risk as the weather turns warm again
- Commerce ministry: talks with Kabul on reopening the crossings "not yet scheduled"
- Chamber: two-way trade with Afghanistan rose from USD 1,380 million in 2021 to USD 1,380 million in 2021 before the latest closures
- Chamber: Pakistan's exports to Afghanistan were USD 884 million in 2024 and imports from Afghanistan USD 540 million
- Transporters in Peshawar say drivers stranded at Torkham are short of food and water
- Landi Kotal shopkeepers shut their shutters in protest at the closure
- Afghan side: Kabul ministry says its own traders' losses "heavy"
- Prices of tomatoes rise in Peshawar wholesale market as Jalalabad supplies stop
- Weather: dry in the north-west, cooler at night in Quetta and Peshawar
- Cricket: national side to name its squad for the home series on Friday
- Stock market closes higher on hopes of lower interest rates
- Gold price steady in Karachi bullion market
- Torkham: families returning to Afghanistan still allowed to cross on foot, officials say
- Chamber president to meet the commerce minister tomorrow on the closure
""", garbled(["two-way trade with Afghanistan rose from USD 1,380 million in 2021 to USD 1,380 million in 2021"],
             "The ticker line gives a rise whose start and end are the same value in the same year (USD 1,380 million in 2021 to USD 1,380 million in 2021).",
             start_value=1380, end_value=1380, start_period="2021", end_period="2021", unit="USD million",
             subject="two-way trade between Pakistan and Afghanistan", location="fourth line of the ticker"))

add("fruit_trader_plaint_demurrage", """
# Plaint: A Fruit Trader against a Transport Company

*Summary in English of a plaint filed in a civil court in Peshawar by a fruit commission agent against a transport company, January 2026. The parties, the case and all figures are invented.*

**In the court of the senior civil judge, Peshawar**

**Abubakar Sattar**, fruit commission agent, Peshawar (the Plaintiff)

**versus**

**Safdar Goods Carriers (Private) Limited**, Peshawar (the Defendant)

**Suit for recovery of money**

**1.** The Plaintiff buys pomegranates in Kandahar in the autumn and sells them in the fruit market in Peshawar.

**2.** On 6 October 2025 the Plaintiff hired six refrigerated trucks from the Defendant to carry pomegranates from Kandahar to Peshawar by way of Torkham, at an agreed freight.

**3.** The trucks reached the Afghan side of Torkham on 11 October and could not cross when the crossing was closed on the 12th. They were held there for nine days, after which the Plaintiff told the Defendant to take the fruit back to Kandahar, where it was sold at a loss.

**4.** The Defendant charged demurrage of Rs 18,000 a day for each truck, and so Rs 18,000 a day for the six trucks, for the nine days they were held. The Plaintiff paid the Defendant Rs 972,000 in demurrage under protest on 2 November 2025.

**5.** The contract between the parties, at its clause on delays, says that no demurrage is payable where a truck is held by an order of government. The closure of the crossing was such an order.

**6.** The Plaintiff therefore prays for a decree for Rs 972,000, with costs, and with profit at the bank rate from the date of payment.

Filed through counsel, Peshawar.
""", reuse(["Rs 18,000 a day for each truck", "and so Rs 18,000 a day for the six trucks"], 18000, "rupees",
           "demurrage a day for each truck", "demurrage a day for the six trucks together", 108000,
           "The plaint gives Rs 18,000 a day both for each truck and for the six trucks together; six trucks at Rs 18,000 a day come to Rs 108,000 a day, which over nine days is the Rs 972,000 the plaint says was paid."))

add("raisin_exporter_interim_injunction", """
# Interim Injunction: Afghan Raisins in a Peshawar Warehouse

*Order of a civil judge in Peshawar on an application for an interim injunction, December 2025, summarised in English. The parties, the case and all figures are invented.*

**Applicant:** Abdul Hadi Kohdamani, exporter of dried fruit, Kabul, through his attorney in Peshawar

**Respondent:** the owner of a private bonded warehouse on the Ring Road, Peshawar

**The application.** The applicant's raisins, in 1,860 cartons, have been stored in the respondent's warehouse since September 2025. They entered Pakistan as Afghan transit goods bound for buyers in India through Wagah. Since the crossings between India and Afghanistan at Torkham and Chaman were closed on 12 October 2025, the applicant says, he can neither send the raisins back to Kabul nor get the papers he needs to send them on. The respondent has given notice that he will auction the goods on 20 December for unpaid storage, which he puts at Rs 640,000.

**The applicant's case.** He does not deny the storage is owed. He says that an auction now, in a market full of raisins that cannot be exported, would fetch a fraction of their value, and that the goods will keep for months in a dry store.

**The respondent's case.** He has not been paid since October and his warehouse is full.

**Order.** The respondent is restrained from auctioning or removing the raisins until the next date of hearing, on condition that the applicant deposits Rs 320,000, half the storage claimed, in court within ten days. If the deposit is not made, this order lapses without further order. The respondent may withdraw the deposit on furnishing a receipt to the court.

**Next date of hearing:** 14 January 2026.
""", scope("the crossings between India and Afghanistan at Torkham and Chaman", "IND", ["IND", "AFG"], "India",
           "The order says the crossings between India and Afghanistan at Torkham and Chaman were closed; both crossings are on the Pakistan-Afghanistan border, and the court sits in Peshawar. India borders Pakistan but not Afghanistan. India is named correctly earlier as the market the transit raisins were bound for, through Wagah.",
           not_a_defect="bound for buyers in India through Wagah"))

add("vegetable_markets_commodity_report", """
# Weekly Commodity Report: Potatoes, Onions and Tomatoes

*Weekly report of a market information service on wholesale vegetable prices in Pakistan, 1 December 2025. The service is invented, and all figures are invented for this set.*

**Summary.** Potato prices fell again this week as the new crop came in and the usual winter buyers across the border stayed out of the market. Onion and tomato prices rose.

**Potatoes.** Wholesale price in Lahore Rs 1,450 a 40-kg bag, against Rs 1,900 four weeks ago. Exports of potatoes from Pakistan to China through Torkham, which in past winters took much of the Okara crop, have stopped since the crossing closed on 12 October. Cold stores in Punjab are fuller than at this time last year, and growers are selling early rather than pay for storage.

**Onions.** Wholesale price in Karachi Rs 2,600 a 40-kg bag, against Rs 2,300 four weeks ago. The Sindh crop is late, and the market is short until it comes in.

**Tomatoes.** Wholesale price in Peshawar Rs 3,150 a 25-kg crate, against Rs 2,850 four weeks ago. Supplies from Balochistan are thin at this time of year. In past years tomatoes from Jalalabad filled the gap in the Peshawar market in November; this year none have come.

**Outlook.** We expect potato prices to stay low until the crossings open or the government buys for its stores. Onion prices should ease by the end of the month. Tomato prices will depend on the weather in Sindh.

**Method.** Prices are the average of the daily modal prices in each market over the week, as reported to us by commission agents we know. They are not official prices.

Next report: 8 December 2025.
""", scope("Exports of potatoes from Pakistan to China through Torkham", "CHN", ["PAK", "CHN"], "China",
           "The report says potatoes went from Pakistan to China through Torkham and stopped when that crossing closed; Torkham is on the Pakistan-Afghanistan border, and the winter buyers across the border are Afghan. China borders both countries, but not at Torkham."))

add("business_newspaper_corrigendum_control", """
# Corrigendum

*Corrigendum printed by a business newspaper in Karachi on 4 December 2025, with a note from the editor. The newspaper is invented, and the trade figures are invented for this set and are not official statistics.*

**Corrigendum: trade with Afghanistan**

In our report of 3 December on trade with Afghanistan, "Crossings closed, trade shrinks", Pakistan's exports to Afghanistan in 2022 were printed as USD 963 million. The correct figure is USD 936 million. The balance in Pakistan's favour for that year was therefore USD 195 million, not the USD 222 million printed, since imports from Afghanistan were correctly given as USD 741 million.

The other trade figures in the report were correct: two-way trade of USD 1,702 million in 2023 and USD 1,424 million in 2024, the fall between the two being USD 278 million.

In the same report, the name of the president of the Peshawar fruit traders' association was misspelt. We apologise to him.

**A note from the editor**

A reader, a retired customs officer, wrote to us the morning the report appeared to point out that our 2022 figures did not match the series we had printed in March. He was right. The error was made in the newsroom when the figures were typed from a chart, and no one checked them against the table.

We print corrections in this place, on the second page, whenever we get something wrong. We would rather print a correction than leave an error standing, and we are grateful to readers who take the trouble to write.

The crossings at Torkham and Chaman have now been closed to trade for more than seven weeks. We will go on reporting the cost of the closure to traders on both sides, and we will check our figures twice.

The Editor
""", control_type="control")


# ---------------------------------------------------------------------------
# Registered Afghan refugees (citations and citation controls)
# ---------------------------------------------------------------------------

add("mosque_friday_sermon_register", """
# Friday Sermon: On the Rights of the Neighbour

*Part of a Friday sermon given at a mosque in Peshawar in November 2025, in an English translation printed in the mosque committee's monthly sheet. The mosque, the preacher and the committee are invented.*

Brothers, last week we spoke of the rights of parents. Today I want to speak of the rights of the neighbour, and of one neighbour in particular.

For more than forty years this city has been a home to our Afghan brothers and sisters. They came to us with nothing, and many of their children were born here, went to school here and married here.

By UNHCR's end-2021 figure, almost two million Afghans were registered as refugees in Pakistan.

Now many of them are going back, some because they wish to and many because they are told to. The crossings are closed to trade, and the families who cross on foot carry what they can.

I do not speak about the decisions of the state. That is for others. I speak about what each of us owes to the neighbour who is leaving. Do not cheat him when he sells his shop or his cart in a hurry. Do not keep back the wages you owe him. Do not mock his children in the street. If he owes you money and cannot pay, forgive it if you can, and if you cannot forgive all of it, forgive some.

The Prophet, peace be upon him, taught that a man is not a believer whose neighbour is not safe from his harm. Let no Afghan neighbour leave this city saying that he was harmed by us.

The collection today is for the families at the holding centre. Give what you can.
""", citation(["By UNHCR's end-2021 figure, almost two million Afghans were registered as refugees in Pakistan"],
              2000000, "2021", "'UNHCR's end-YEAR figure' before a hedged figure in words, in a Friday sermon",
              "third paragraph of the sermon",
              "The sermon gives almost two million registered Afghan refugees for the end of 2021, citing UNHCR; the reference value for 2021 is 1,490,562, so the stated figure is 34.2 percent too high.",
              stated_as_written="almost two million", stated_hedge="almost"))

add("volunteer_group_pamphlet_register", """
# Pamphlet: Know Your Neighbours

*Pamphlet handed out in the bazaars of Quetta by a volunteer group that helps Afghan families with papers and schooling, December 2025. The group and its volunteers are invented.*

**Know your neighbours**

**Who are they?** The Afghan families in your street may have lived in Quetta for thirty years or for three. Some came in the 1980s, some after 2001, some after 2021. Many of their children have never seen Afghanistan.

**How many are registered?** At the end of 2022, 1,243,278 Afghans were registered as refugees in Pakistan (UNHCR Refugee Data Finder, 2022). Registered refugees hold Proof of Registration cards, which have been extended many times, often only for a few months at a time. Many other Afghans in Pakistan hold other cards or no papers at all.

**What is happening now?** Since late 2023 the government has asked Afghans without valid papers to leave, and holders of some cards have since been asked to leave as well. The crossings have been closed to trade since October, but families going home still cross on foot.

**What can you do?**

- If an Afghan family in your street is leaving, ask whether they need help to sell their goods at a fair price.
- If a child in your street has stopped going to school, tell us. We may be able to help.
- If you employ an Afghan worker, pay what you owe before he goes, and give him a letter saying how long he worked for you.

**What we do.** Our volunteers help families to understand their papers, to find their children's school records and to reach the offices that can help them.

**Where to find us.** Every afternoon except Friday at the community hall behind the Kirani Road mosque.
""", citation(["1,243,278 Afghans were registered as refugees in Pakistan (UNHCR Refugee Data Finder, 2022)"],
              1243278, "2022", "'(UNHCR Refugee Data Finder, YEAR)' after a figure written in full with one wrong digit, in a volunteer group's pamphlet",
              "'How many are registered?' paragraph",
              "The pamphlet gives 1,243,278 registered Afghan refugees for the end of 2022, citing UNHCR; the reference value for 2022 is 1,743,278, so one digit is wrong and the figure is 28.7 percent too low.",
              stated_as_written="1,243,278"))

add("university_dissertation_chapter_register", """
# Dissertation Chapter: The Register After the Returns

*From the third chapter of a master's dissertation in development studies at a university in Islamabad, submitted in January 2026. The university, the author and the chapter are invented.*

**3.2 The size of the register**

The Proof of Registration card has been the main document of Afghan refugees in Pakistan for almost two decades. The card gives its holder the right to stay, to rent a house and to open a bank account, but not the right to citizenship, and it has been extended many times, often for a few months at a time and sometimes only after it had already expired.

The number of card holders has moved with events on both sides of the border. It rose after 2021, when new arrivals from Afghanistan were joined by families who had lived in Pakistan without papers and were now able to register, and it fell after the returns that began in late 2023.

At the end of 2024, by the count given in UNHCR Global Trends 2024, the register stood at 1,490,562 people. The fall from the year before reflects both returns and the lapse of cards that were not renewed.

**3.3 What the register leaves out**

The register counts card holders only. It leaves out Afghans who hold the Afghan Citizen Card, those with visas, and those with no papers at all, whose number nobody knows. In the interviews reported in Chapter 4, many families in Peshawar and Quetta held a mix of documents within one household: a father with a card, a mother without one, and children born in Pakistan whose status depended on both.

For this reason the register should be read as a floor, not as a count of all Afghans in Pakistan.
""", citation(["by the count given in UNHCR Global Trends 2024, the register stood at 1,490,562 people"],
              1490562, "2024", "'UNHCR Global Trends YEAR' before a figure written in full, in a chapter of a master's dissertation",
              "section 3.2, third paragraph",
              "The chapter gives 1,490,562 registered Afghan refugees for the end of 2024, citing UNHCR; that is the reference value for 2021, and the reference value for 2024 is 1,559,964, 4.5 percent higher.",
              same_as_year="2021", stated_as_written="1,490,562"))

add("provincial_commission_inquiry_report_register", """
# Inquiry Report: Evictions from a Settlement in Peshawar

*From the report of a commission of inquiry set up by a provincial government into the eviction of Afghan families from a settlement on the edge of Peshawar, January 2026. The commission, its members and the settlement are invented.*

**Chapter 2: Background**

**2.1** The settlement lies on government land. It was first settled by Afghan families in the 1980s, and by 2025 it held several hundred households, most of them Afghan, with some Pakistani families who had married into them or rented rooms from them.

**2.2** About 1.5 million Afghans held Proof of Registration cards in Pakistan (UNHCR, as at 31 December 2023). Many of the households in the settlement held such cards; others held Afghan Citizen Cards, and some had no papers at all.

**2.3** In November 2025 the settlement was cleared. Most of its houses were demolished within a single day. The commission was asked to find out whether the clearance followed the law, whether proper notice was given, and whether the property of the families was protected.

**Chapter 5: Findings**

**5.1** Notice of the clearance was given by loudspeaker two days before it began. No written notice was served on any household, and no household was told where it could go.

**5.2** Card holders and families without papers were treated alike. Several card holders told the commission that their cards were taken from them and not returned.

**5.3** Goods left in the houses, including the tools and stock of small traders, were not listed or kept safe. Much of it was lost.

**Chapter 6: Recommendations**

**6.1** No clearance of a settlement should take place without written notice to each household of at least thirty days, and without a list of goods kept by the officer in charge.
""", citation(["About 1.5 million Afghans held Proof of Registration cards in Pakistan (UNHCR, as at 31 December 2023)"],
              1500000, "2023", "'(UNHCR, as at DD Month YEAR)' after a hedged rounded figure in millions, in the report of a commission of inquiry",
              "paragraph 2.2 of the report",
              "The report gives about 1.5 million registered Afghan refugees at the end of 2023, citing UNHCR; the reference value for 2023 is 1,987,717, so the stated figure is 24.5 percent too low.",
              stated_as_written="About 1.5 million", stated_hedge="About"))

add("traders_town_hall_transcript_register", """
# Town Hall: Traders, Workers and Afghan Neighbours

*Transcript of part of a town hall meeting of traders and residents with a member of a provincial assembly in Peshawar, December 2025. The member, the speakers and the meeting are invented.*

**Moderator:** The member has agreed to take questions. Please keep them short, and say who you are.

**Question (a shopkeeper from the cloth market):** Half my customers were Afghan families. They are leaving. What is the government doing for traders like me?

**Member:** I will not pretend the government has a plan for every shop. What I can do is press for the crossings to open for trade, so that at least the Afghan buyers from across the border can come back. I have raised it in the assembly and I will raise it again.

**Question (a schoolteacher):** How many Afghans are we talking about? People throw numbers around.

**Member:** The registered refugees, those with Proof of Registration cards, numbered 1.8 million at the end of 2019, as reported by the UN refugee agency. There are many others with other cards or no papers, and nobody knows how many of them there are. Since late 2023 a large number have gone back, and more are going every week.

**Question (a mechanic from the truck stand):** My two Afghan apprentices have gone. Who will I train now?

**Member:** That is a real question, and I do not have an easy answer. Some of the skills in this city were held by Afghan hands, and we will miss them. I would like the technical colleges to take on more boys from here, and I will ask for it.

**Moderator:** One last question, please.
""", citation(["numbered 1.8 million at the end of 2019, as reported by the UN refugee agency"],
              1800000, "2019", "'YEAR, as reported by the UN refugee agency' after a rounded figure in millions, in a town hall transcript",
              "member's second answer",
              "The member gives 1.8 million registered Afghan refugees at the end of 2019, citing the UN refugee agency; the reference value for 2019 is 1,419,084, so the stated figure is 26.8 percent too high.",
              stated_as_written="1.8 million"))

add("deportation_memorandum_of_appeal_register", """
# Memorandum of Appeal: Against an Order of Removal

*Summary in English of a memorandum of appeal filed in a court in Islamabad against an order for the removal of an Afghan card holder, January 2026. The appellant, counsel and the case are invented.*

**Appellant:** an Afghan national, aged 34, born in Pakistan, resident in Islamabad, holder of a Proof of Registration card (name withheld)

**Respondent:** the State, through the officer who made the order of removal

**Order appealed against:** an order of removal dated 28 December 2025

**Grounds of appeal**

**1.** The appellant was born in Pakistan to parents who came from Afghanistan in 1989. He has never lived in Afghanistan and has no family there.

**2.** The appellant is one of some 1.2 million Afghans whom UNHCR registered at the end of 2020, and he has renewed his card each time the government extended it. His card was valid on the day the order was made.

**3.** The order was made without giving the appellant a hearing, against the principles of natural justice.

**4.** The order does not give any reason why the appellant, a card holder, should be removed, and it does not say under what power it was made.

**5.** The appellant is married to a Pakistani citizen and has two children, both born in Islamabad and both in school. His removal would separate the family.

**6.** The appellant runs a small mobile phone repair shop and has no criminal record. He has paid rent and taxes on his shop for nine years.

**Prayer.** The appellant prays that the order of removal be set aside, that he not be removed while the appeal is pending, and that the respondent be directed to hear him before any fresh order is made.

Filed through counsel, Islamabad.
""", citation(["some 1.2 million Afghans whom UNHCR registered at the end of 2020"],
              1200000, "2020", "'whom UNHCR registered at the end of YEAR' after a hedged rounded figure in millions, in grounds of a memorandum of appeal",
              "ground 2 of the memorandum",
              "The memorandum gives some 1.2 million registered Afghan refugees at the end of 2020, citing UNHCR; the reference value for 2020 is 1,438,432, so the stated figure is 16.6 percent too low.",
              stated_as_written="some 1.2 million", stated_hedge="some"))

add("university_seminar_report_register_control", """
# Seminar Report: Hosting Afghans Before the Returns

*Report of a one-day seminar held at a university in Peshawar, November 2025, written by the rapporteur. The university, the speakers and the seminar are invented.*

**Opening.** The seminar was opened by the head of the department of regional studies, who said its aim was to look back at the years before the returns began in late 2023, when the register of Afghan refugees in Pakistan was steady, and to ask what was learned then.

**First session: the numbers.** The first speaker set out the register for the two years before the pandemic changed everything. At the end of 2019, 1,419,084 Afghans held Proof of Registration cards [UNHCR, 2019]. UNHCR data for end-2020 show the register a year later at 1,438,432, a rise of 19,348 in a year in which few new refugees arrived, which she put down to births and to late registrations.

**Second session: work.** A labour economist described how Afghan workers in Peshawar moved from brick kilns and construction into trades such as tailoring, mechanics and shopkeeping, and how many of them trained Pakistani apprentices.

**Third session: schools.** A head teacher from Board Bazaar spoke about children who were born in Pakistan, learned to read in Urdu and Pashto here, and now face schools in Afghanistan that teach in Dari.

**Discussion.** Several participants said that the steadiness of the register in those years hid a great deal of movement: families went back and forth across the border for weddings, funerals and harvests, and were counted once whatever they did.

**Closing.** The seminar agreed to publish the papers in the spring, together with a short note on the closure of the crossings in October 2025, which happened after the seminar was planned.

Rapporteur: a lecturer of the department
""", control_type="citation_control")

add("newspaper_think_piece_register_control", """
# Think Piece: The Year the Register Grew

*Think piece by a columnist, printed in a Lahore newspaper in December 2025. The columnist and the newspaper are invented.*

When people in Pakistan talk about Afghan refugees today, they talk about departures. But only a few years ago the story ran the other way.

At the end of 2021, the year Kabul changed hands, 1,490,562 Afghans held Proof of Registration cards in Pakistan.[^1] That number had barely moved for years. Then it jumped. By the end of 2022 it stood at 1,743,278, according to UNHCR's 2022 figures, a rise of 252,716 in a single year.

Where did the new card holders come from? Some had just arrived. Many more had been in Pakistan for years without papers and were now able to register. The rise was not a flood across the border so much as a counting of people who were already here.

That matters for how we read what happened next. When the returns began in late 2023, many of the families who left had lived here for decades, had children born here and had never held any card. The register did not count them when they stayed, and it does not count them when they go.

A register is a tool for giving people rights, not only for counting them. When it is kept open and fair, people come forward to be counted. When it becomes the first step towards removal, they hide, and then nobody knows how many there are.

The crossings have been closed to trade since October. The families still cross on foot. Before we argue about numbers, we should ask what the numbers were for.

[^1]: UNHCR, registered Afghan refugees in Pakistan, end of 2021.
""", control_type="citation_control")

add("rights_network_letter_to_parliament_register_control", """
# Letter to Parliament: On the Fall in the Register

*Letter from a network of lawyers and aid workers to the chair of a parliamentary committee on human rights, January 2026. The network and its members are invented.*

**To:** the Chair, committee on human rights

Dear Chair,

We write ahead of your committee's hearing on the treatment of Afghan nationals, to put before you two figures and a request.

**The figures.** At the end of 2023 there were 1,987,717 Afghans holding Proof of Registration cards in Pakistan, per UNHCR's end-2023 count. A year later there were 1,559,964, according to UNHCR's statistics as on 31.12.2024. That is a fall of 427,753 card holders in one year.

**What the fall means.** Some of those who left the register went home because they wished to. Many did not. Members of our network have spoken with families who say they left after their homes were raided, after their cards lapsed while they waited for an extension, or after employers were told not to hire them. We do not know how many of the 427,753 left in each of these ways.

**Our request.** We ask the committee to call on the government to publish, each quarter, how many card holders have left the register, how many left of their own choice, how many were removed, and how many lost their status because their cards were not extended in time. We also ask the committee to hear, at its next sitting, from families who have lived through this.

**Since October.** The closure of the crossings to trade in October 2025 has not stopped families from crossing on foot, and members of our network at Torkham report that the number of families leaving has not fallen.

Yours faithfully,

The coordinating group of the network
""", control_type="citation_control")
