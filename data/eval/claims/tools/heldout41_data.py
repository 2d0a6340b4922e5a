# Forty-first held-out set of synthetic documents ("heldout41").  Written from
# scratch after heldout40/, by a labeller session that had not opened dyad's
# implementation or history and had not seen any of its results.
# Every entry: name (topic slug, numbered later by build_heldout41.py), text,
# labels (list of defect dicts), control_type for controls.
# Registers not used before: a laundry on Kohat Road, Peshawar, that washes
# hospital and hotel linen; a puppet theatre that plays in Afghan refugee
# villages and schools in Khyber Pakhtunkhwa; a language school in Quetta that
# teaches English to refugee girls in its classrooms and online to girls in
# Kandahar, Helmand and Zabul; a typist outside the district courts in
# Peshawar; a noodle factory in Kabul that bought its flour in Peshawar; a
# plastic chair factory in Peshawar that sold to Afghanistan; a florist on
# Flower Street, Kabul, that bought its cut flowers in Pattoki; an Afghan
# family's bolani stall on University Road, Peshawar; and macro documents on
# the register, the annual trade series and the closure (lecture notes, an
# amicus brief, a Reddit post, a YouTube description, a conference abstract,
# a eulogy, a white paper, a maiden speech, an almanac, a calling attention
# notice, a customs circular, a travel advisory, a referee report, a briefing
# book, a debate motion pack, a Hansard-style extract and a moot court
# problem).
#
# Invented figures shared with earlier sets: annual trade series (README:
# exports 1,290 / 942 / 828 / 936 / 1,012 / 884 and imports 441 / 509 / 552 /
# 741 / 690 / 540 for 2019-2024, balances 849 / 433 / 276 / 195 / 322 / 344,
# totals 1,731 / 1,451 / 1,380 / 1,677 / 1,702 / 1,424); reference refugee
# series (1,419,084 / 1,438,432 / 1,490,562 / 1,743,278 / 1,987,717 /
# 1,559,964 for 2019-2024).
#
# New invented figures, consistent with the above:
#   Arsala Laundry, Kohat Road, Peshawar (invented), founded 2016: linen
#     washed 2023 412,000 kg, 2024 446,000 (+8.3 percent), 2025 371,000
#     (-16.8); 2025 by quarter 104,000 / 101,000 / 98,000 / 68,000; 2025 by
#     customer hospitals 236,000 (63.6 percent), hotels 89,000 (24.0),
#     wedding halls 46,000 (12.4); four private hospitals and three hotels;
#     staff 24 in 2023, 17 now; six washers of 100 kg; Rs 65 a kilogram for
#     hospitals, Rs 80 for hotels; loan of Rs 4.5 million over 36 months at
#     19 percent.
#   Spogmay Puppet Theatre, Peshawar (invented project), founded 2019: seven
#     puppeteers (four Afghan, three Pakistani), 36 hand puppets; shows 2023
#     140, 2024 168 (+20.0), 2025 121 (-28.0); audience 2023 18,900, 2024
#     24,400, 2025 15,800 (about 131 a show); 2025 by venue refugee villages
#     58, schools 41, return points near Torkham 22; grants USD 52,000 in
#     2025; crowdfunding goal USD 9,000; van broke down in May 2025.
#   Hashimi Language School, Quetta (invented), founded 2018: students 2023
#     260 (classroom 170, online 90), 2024 345 (185, 160), 2025 305 (115,
#     190); online 2025 Kandahar 112 (58.9 percent), Helmand 46 (24.2),
#     Zabul 32 (16.8); IELTS 2025 28 sat, 19 reached band 6 or above, 9 to
#     re-sit.
#   Zabihullah Niazi, typist at the district courts, Peshawar (invented):
#     came from Laghman in 1997, typist since 2009, typewriter of 1986;
#     documents typed 2023 3,150, 2024 3,680 (+20.1 percent to 2025), 2025
#     4,420 (affidavits 1,730, applications 1,460, rent agreements 780,
#     letters 450; January-June 2,740, July-December 1,680); Rs 150 a page,
#     Rs 400 an affidavit; Rs 3,000 a month for his place.
#   Zadran Noodle Factory, Pul-e Charkhi industrial park, Kabul (invented),
#     founded 2014: 46 workers (14 women packers); output 2023 1,150 tonnes,
#     2024 1,320 (+14.8), 2025 1,060 (-19.7); 2025 by quarter 310 / 300 /
#     270 / 180 (29.2 / 28.3 / 25.5 / 17.0 percent); flour 2025 1,240 tonnes
#     (24,800 sacks of 50 kg): 1,090 from Peshawar mills before the closure,
#     150 from Kazakhstan through Hairatan after it; 2025 sales Kabul 590,
#     Kandahar 190, Mazar-i-Sharif 170, Jalalabad 110; 400 g pack Afs 35.
#   Mangal Plastic Furniture, Hayatabad Industrial Estate, Peshawar
#     (invented), founded 2011: 38 workers, 14 moulds; chairs 2023 184,000,
#     2024 212,000, 2025 158,000; exported to Afghanistan 96,000 / 118,000 /
#     61,000, sold in Pakistan 88,000 / 94,000 / 97,000; 2025 exports by
#     quarter 19,000 / 20,500 / 18,000 / 3,500, ex-factory Rs 1,450 a chair
#     (Rs thousand 27,550 / 29,725 / 26,100 / 5,075, 88,450), rebate of 3
#     percent about Rs 2.65 million.
#   Rahimi Florists, Flower Street, Kabul (invented), founded 2008: 12 staff
#     (7 in the shop, 5 decorators); stems bought 2023 410,000, 2024 465,000,
#     2025 332,000 (from Pattoki 268,000, Uzbekistan 38,000, Kabul growers
#     26,000; roses 176,000 = 53.0 percent, gladioli 94,000 = 28.3, tuberoses
#     62,000 = 18.7); stems from the Pattoki grower by quarter 74,000 /
#     88,000 / 95,000 / 11,000 in 9 / 10 / 13 / 2 trucks (34); weddings
#     decorated 2023 260, 2024 290, 2025 215; a dozen roses Afs 300 a year
#     ago, Afs 540 now.
#   Ahmadzai family's bolani stall, University Road, Peshawar (invented):
#     family came from Kunduz in 2001, stall since 2012; bolanis a day 2023
#     340, 2024 380, 2025 260; Rs 80 each; nine of the family worked there,
#     five went back in 2025, four now; week of 1-7 December 2025 250 / 240 /
#     255 / 270 / 310 / 330 / 280 (1,935).
#   Afghan transit containers held in Khyber Pakhtunkhwa on 15 January 2026
#     (invented): Peshawar dry port 1,140, Torkham terminal 460, Nowshera yard
#     230 (1,830).
#   Crossings by foreign nationals at Torkham in August 2025 (invented): 410.
#   Panel survey in a conference abstract (invented): 620 households, 38
#     interviews, 41 percent had left by June 2025.

HELDOUT41 = []
from heldout_labels import (  # noqa: F401
    PAIR, REFS, adder, arith, change_pct, citation, direction, garbled, line_of, parts_total, pdf_lines, scope, tvt,
    repeated, reuse,
)

add = adder(HELDOUT41)


# ---------------------------------------------------------------------------
# Arsala Laundry (invented): hospital and hotel linen, Kohat Road, Peshawar
# ---------------------------------------------------------------------------

LAUNDRY_RED_BAGS = "Red bags go straight into machine number 1, which washes at 80 degrees."

add("laundry_staff_handbook_hospital_linen", f"""
# Arsala Laundry: Staff Handbook (extract)

*Arsala Laundry, Kohat Road, Peshawar (invented). Section 3 of the handbook given to every new worker, in Urdu and Dari. The figures are invented.*

## 3. Hospital linen

Most of what we wash comes from hospitals. In 2025 we washed 371,000 kilograms of linen, and 236,000 kilograms of it came from the private hospitals we serve. Hospital linen can carry infection, so it has its own door, its own trolleys and its own rules.

**3.1 Sorting.** Linen from the wards arrives in white bags, and linen from the isolation rooms in red bags. Do not open a red bag by hand. {LAUNDRY_RED_BAGS} {LAUNDRY_RED_BAGS} Wear gloves and a mask at the sorting table at all times.

**3.2 Weighing.** Every bag is weighed before washing and the weight written on the hospital's slip. We charge the hospitals Rs 65 a kilogram, so the weight is the bill. If a slip and the scale disagree by more than a kilogram, call the supervisor.

**3.3 Drying and pressing.** Sheets go from the dryers to the ironing press, then to the folding table. A sheet that still has a stain goes back to washing, not to the shelf.

**3.4 Delivery.** Clean linen leaves in blue bags, in our van, before seven in the morning.

## Why these rules matter

Until October many of the patients in our hospitals were Afghans who came through Torkham for treatment. Since the crossings closed there are fewer of them, and our volume is lower, but the rules have not changed. A hospital that finds a dirty sheet on a clean bed may not send us another bag.

Sodaba, floor supervisor
""", repeated(LAUNDRY_RED_BAGS, 2,
              "the handling of red bags of isolation-room linen at the Peshawar laundry",
              "rule 3.1, \"Sorting\"",
              "The rule on red bags is written twice in a row, word for word, inside rule 3.1 of the handbook."))

add("laundry_google_review_owner_reply", """
# Owner's Reply to a Google Review

*Posted on the Google Maps page of Arsala Laundry, Kohat Road, Peshawar (invented), under a two-star review. The figures are invented.*

> **Review (two stars):** "Used to be quick. This month my hotel's towels came back a day late, twice. Are you cutting corners now?"

**Reply from the owner, Ehsanullah Arsala:**

Dear Sir, thank you for writing, and I am sorry about the towels. You are right that we were late twice, and I owe you an explanation rather than an excuse.

Last year we washed 371,000 kilograms of linen for our customers. Of that, the four private hospitals sent 236,000 kilograms, the hotels sent 89,000 kilograms, and the wedding halls another 89,000 kilograms between them. The hospitals come first because their sheets cannot wait; when a hospital sends extra, a hotel order can slip by a day.

The bigger reason is staff. Many of our best workers were Afghan women, and several of them have gone back to Afghanistan with their families this year. We had 24 people on the floor in 2023 and have 17 now. We are training new workers, but a new worker folds more slowly, and I would rather send linen late than send it badly.

What we are doing:

- From February we will start the hotel run at six, an hour earlier.
- Your account will get a direct number for the supervisor.
- This month's towels for your hotel will not be charged.

Please give us another month. If we are late again, call me yourself.

Ehsanullah Arsala
""", reuse(["the hotels sent 89,000 kilograms", "the wedding halls another 89,000 kilograms"],
           89000, "kilograms of linen",
           "linen washed for hotels in 2025",
           "linen washed for wedding halls in 2025",
           46000,
           "The reply gives 89,000 kilograms both to the hotels and to the wedding halls. The year's 371,000 "
           "kilograms less the hospitals' 236,000 and the hotels' 89,000 leaves 46,000 for the wedding halls."))

add("laundry_microfinance_term_sheet", """
# Indicative Term Sheet: Equipment Loan

*Prepared by a microfinance bank (invented, unnamed) for Arsala Laundry, Kohat Road, Peshawar (invented). Not an offer of credit. The figures are invented.*

| Item | Terms |
|---|---|
| Borrower | Arsala Laundry (sole proprietor: Ehsanullah Arsala) |
| Purpose | An industrial washer-extractor of 100 kg, with installation |
| Amount | Rs 4.5 million |
| Tenor | 36 monthly instalments |
| Rate | 19 percent a year, fixed |
| Security | Hypothecation of the new machine; personal guarantee |
| Repayment | Monthly, from the borrower's account with the bank |

**Borrower's business.** The laundry washes bedsheets, towels and gowns for four private hospitals, three hotels and a number of wedding halls in Peshawar, and has done so since 2016. It runs six washers.

**Turnover and volume.** The borrower reports 446,000 kilograms of linen washed in 2024 and 371,000 kilograms in 2025, a fall of 12 percent. The borrower links the fall to fewer Afghan patients in the hospitals after the crossings closed in October. Hospital linen is billed at Rs 65 a kilogram and hotel linen at Rs 80.

**Why the bank is minded to lend.** The laundry has never missed a payment on its previous loan, repaid in 2022. The new machine will replace the oldest washer, which breaks down about once a month, and will cut water and gas use.

**Conditions before disbursement.** Audited accounts for 2025; the contracts of the largest customers; an insurance certificate for the premises.

**Covenants.** The borrower will tell the bank within 30 days of losing any hospital customer.

*Indicative only. Final terms subject to the bank's credit committee.*
""", arith(["446,000 kilograms of linen washed in 2024 and 371,000 kilograms in 2025, a fall of 12 percent"],
           "The fall from 446,000 to 371,000 kilograms is 75,000, or 16.8 percent, not 12 percent.",
           **{"from": 446000, "to": 371000, "from_period": "2024", "to_period": "2025",
              "stated_change_pct": -12, "computed_change_pct": change_pct(446000, 371000),
              "as_written": {"stated_change_pct": "a fall of 12 percent"},
              "unit": "kilograms of linen",
              "subject": "linen washed by the Peshawar laundry",
              "location": "paragraph \"Turnover and volume\""}))

add("laundry_monday_safety_briefing", """
# Safety Briefing, Monday Morning Shift

*Notes read out by the floor supervisor at Arsala Laundry, Kohat Road, Peshawar (invented), 5 January 2026. The figures are invented.*

Good morning. Before we start, the year in numbers, then the safety points.

**Last year.** We washed 371,000 kilograms, quarter by quarter:

| Quarter 2025 | Kilograms washed |
|---|---|
| January–March | 104,000 |
| April–June | 101,000 |
| July–September | 98,000 |
| October–December | 68,000 |
| **Total** | **371,000** |

Hospitals gave us 63.6 percent of that weight, hotels 24.0 percent and wedding halls 12.4 percent. The last quarter was light because fewer Afghan patients came to the hospitals after the crossings closed, so fewer machines were running and fewer people were on each shift. Light weeks are when accidents happen: people relax.

**The red bags.** Isolation-room linen stays sealed until it is inside machine number 1. Gloves and mask, always.

**The ironing press.** Last year there were no burns at the press until December, and then there were two in a single week, both on the night shift. Never reach under the roller to straighten a sheet. Stop the press, then straighten.

**The floor.** Water on the floor by the washers is our biggest danger. If you see a puddle, mop it before you do anything else, even if it is not your area.

Anyone who was not here last week: see me after the briefing for your gloves and your locker key.

Thank you. Let's have a safe week.
""", control_type="control")


# ---------------------------------------------------------------------------
# Spogmay Puppet Theatre (invented project), Peshawar
# ---------------------------------------------------------------------------

add("puppet_theatre_crowdfunding_van", """
# Help the Puppets Travel: A Van for Spogmay Puppet Theatre

*Crowdfunding page of Spogmay Puppet Theatre, Peshawar (invented). Goal: USD 9,000. The figures are invented.*

**Who we are.** Seven puppeteers, four of them Afghan and three Pakistani, with 36 hand puppets and a folding stage. Since 2019 we have played in Pashto and Dari for children in Afghan refugee villages and schools across Khyber Pakhtunkhwa. Our plays are about washing hands, about not picking up strange metal objects, and, since 2023, about the long road home.

**What happened.** Our touring schedule was pared down from 140 shows in 2023 to 168 in 2024, when families were leaving and the villages needed us most. Then in 2025 we gave 121 shows, because our old van broke down in May and we had to travel by hired rickshaw with the stage in pieces on our knees.

**What we need.** A second-hand van with a roof rack costs about that much in Peshawar. With it we can reach villages an hour and a half away and be back the same evening. Every dollar above the goal will go to fuel for the spring tour.

**What you get.**

- USD 10: a photo of the puppet you sponsor, with its name.
- USD 50: a video of a whole show, filmed in a village.
- USD 200: your name painted on the side of the stage.

**Where the money goes.** Our foundation grants (USD 52,000 in 2025) pay for salaries, puppets and rent; they cannot be spent on vehicles. This is why we are asking you.

Thank you for helping the puppets travel.

Freshta Jalali, director
""", direction("Our touring schedule was pared down from 140 shows in 2023 to 168 in 2024",
               140, 168, "2023", "2024", "pared down", "fall", "shows",
               "shows given by the Peshawar puppet theatre", "second paragraph, \"What happened\"",
               "\"Pared down\" says the schedule was cut, but the shows rose from 140 to 168, by 28 or 20 percent; "
               "the same sentence says the villages needed the troupe most that year."))

add("puppet_theatre_journalist_field_notes", """
# Field Notes: A Morning with the Puppets

*A freelance journalist's typed-up field notes, Peshawar, 14 January 2026, for a feature not yet written. Spogmay Puppet Theatre is invented, and so are the figures.*

**Fact card (copied from the theatre's own sheet):**
Shows in 2025: 121 · in refugee villages 58 · in schools 41 · at return points near Torkham 22 · puppeteers 7 · hand puppets 36

08:40. Rehearsal room above a tailor's shop. Freshta Jalali, the director, is sewing a new beard onto a puppet called Kaka Gul, the grandfather in the play about going home.

09:05. She says the villages are the heart of the work. "Last year we did 62 shows in the refugee villages, and the schools were the rest, with the return points until the border closed." Each village show draws mothers as well as children; she thinks the mothers listen harder.

09:30. Shakib, a puppeteer from Kunar, shows me the "metal object" puppet, a grinning shell with googly eyes. Children shout "Don't touch!" at it. He has played it in both countries: before 2021 he toured with a troupe in Jalalabad.

10:10. Run-through of the return play. A girl puppet packs a tin trunk; her brother hides his cricket ball so it will not be left behind. Nobody in the room laughs at the end.

10:45. Money: foundation grants, and a crowdfunding page for a van. The old van broke down in May; they travel by rickshaw now.

Questions to check: how many of the villages have emptied since 2024? Is there any way to play across the border now?

*Follow-up: call Freshta on Thursday.*
""", tvt(["Last year we did 62 shows in the refugee villages", "in refugee villages 58"],
         {"notes_value": 62, "line_value": 58}, "shows",
         "shows the Peshawar puppet theatre gave in Afghan refugee villages",
         "2025", "the fact card and the note at 09:05",
         "The director is quoted as saying the troupe gave 62 shows in the refugee villages last year; the "
         "fact card copied from the theatre's sheet gives 58, and 121 shows less 41 in schools and 22 at return "
         "points leaves 58.",
         line_form="fact card on one line, items separated by middle dots"))

add("puppet_theatre_job_description_control", """
# Job Description: Puppeteer (Dari and Pashto)

*Spogmay Puppet Theatre, Peshawar (invented). Closing date 15 February 2026. The figures are invented.*

**About us.** We are a small touring theatre founded in 2019. Our hand-puppet plays teach children in Afghan refugee villages and schools in Khyber Pakhtunkhwa about hygiene, about the danger of unexploded metal objects, and about the journey home. In 2024 we gave 168 shows to 24,400 children and parents. In 2025 we gave 121 shows to 15,800, because many families had returned to Afghanistan and our van broke down in May. We expect about 150 shows in 2026.

**The role.** We are adding an eighth puppeteer for the spring tour. You will:

- perform in two or three shows a day on tour, in Dari and Pashto;
- make and repair puppets (we have 36, and most need new clothes every year);
- help write new scenes with the director;
- load and unload the stage and travel long days by road.

**You should have:**

- fluent Dari and Pashto, and some Urdu;
- a strong, clear voice and patience with small children;
- experience in theatre, storytelling or teaching (puppets are a plus, not a must);
- the right to live and work in Pakistan.

**We offer:** Rs 85,000 a month, lunch on tour days, and training with our seven puppeteers.

**To apply.** Send a short letter and a one-minute video of yourself telling a story to a child. Women are encouraged to apply. We will invite up to ten applicants to an audition in March.

Freshta Jalali, director
""", control_type="control")

add("puppet_theatre_festival_programme", """
# Festival Programme: Peshawar Children's Puppet Days

*Programme entry for the closing show, 28 February 2026. The festival and the theatre are invented, and so are the figures.*

## Saturday, 4 pm, Courtyard Stage: "The Long Road"

**Spogmay Puppet Theatre, Peshawar**

A girl, her grandfather Kaka Gul and a tin trunk set off from a village near Peshawar for a home the girl has never seen. On the way they meet a talking truck, a border guard who is kinder than he looks, and an old metal object that must not be touched. In Dari and Pashto, with songs; about 40 minutes. For ages five and up.

**About the company.** Spogmay was founded in 2019 by the director Freshta Jalali and plays in Afghan refugee villages and schools across Khyber Pakhtunkhwa. In 2024 the company gave 168 shows. In 2025, with many families gone home and its van off the road, it gave 121 shows to 15,800 people, so that each show drew an average audience of about 168, mostly mothers and children sitting on the ground.

**Director's note.** "We wrote this play in 2023, when the first families we knew started packing. We have played it in villages that were full when we arrived and half empty when we came back a month later. Children laugh at the truck and at the guard. Then they go quiet, because many of them will make the journey themselves."

**Puppets and stage.** All 36 puppets were made in the company's workshop above a tailor's shop; the grandfather's beard is real goat hair.

**Company.** Seven puppeteers (four Afghan, three Pakistani) and a musician.

*Supported by the festival's friends. Please do not use flash.*
""", reuse(["In 2024 the company gave 168 shows", "an average audience of about 168"],
           168, "shows / people per show",
           "shows the puppet theatre gave in 2024",
           "average audience per show in 2025",
           131,
           "The 168 shows of 2024 are given again as the average audience of a show in 2025, but the same "
           "sentence gives 15,800 people at 121 shows, about 131 a show."))


# ---------------------------------------------------------------------------
# Hashimi Language School (invented), Quetta
# ---------------------------------------------------------------------------

add("language_school_reading_test_paper", """
# Hashimi Language School: Level 4 Reading Test, Paper B

*Hashimi Language School, Quetta (invented). Time allowed: 40 minutes. The passage and its figures are invented.*

**Read the passage, then answer the questions.**

**A School in Two Places**

Hashimi Language School was opened in Quetta in 2018 by Pashtana Hashimi, who came to Pakistan from Kandahar as a child. It teaches English to girls and young women. Some study in its classrooms in Quetta; most of these are Afghan refugees, and some are Pakistani. Others study online from Afghanistan, where girls have not been allowed to go to secondary school since 2021.

In 2025 the school had 115 students in its classrooms and 190 online. The online students live in three provinces: 59 percent are in Kandahar, 24 percent in Helmand and 21 percent in Zabul. Teachers in Quetta give the online lessons by video in the evenings, when the electricity in Kandahar is most reliable.

The classroom has become smaller, because many refugee families have gone back across the border at Chaman. The online class has become larger. "The same girls sometimes move from one list to the other," says Ms Hashimi. "A girl sits in my classroom in March, and in October she logs in from Kandahar."

**Questions**

1. Where did Pashtana Hashimi come from?
2. Why do the online students not go to school in Afghanistan?
3. How many students did the school have in 2025 altogether?
4. Why are the online lessons given in the evening?
5. Explain in your own words what Ms Hashimi means by "move from one list to the other".
6. Find a word in the passage that means "dependable".
""", arith(["59 percent are in Kandahar, 24 percent in Helmand and 21 percent in Zabul"],
           "The shares of the online students by province add up to 104 percent. The school's 190 online "
           "students were 112 in Kandahar, 46 in Helmand and 32 in Zabul (58.9, 24.2 and 16.8 percent).",
           shares_pct={"Kandahar": 59, "Helmand": 24, "Zabul": 21}, sum_pct=104,
           unit="percent of online students", period="2025",
           subject="online students of the Quetta language school by province",
           location="passage, second paragraph"))

add("language_school_teacher_performance_review", """
# Annual Performance Review: Senior English Teacher

*Hashimi Language School, Quetta (invented). Confidential; shared with the teacher's consent, names changed. The figures are invented.*

**Teacher:** Ms F. (Senior Teacher, IELTS preparation)

**Reviewer:** Pashtana Hashimi, principal

**Period:** January to December 2025

**1. Teaching load.** Ms F. taught the morning classroom groups in Quetta and an online group for students in Kandahar in the evenings. Her classroom groups shrank during the year as refugee families left; her online group grew. She adapted her material for students who often lose their connection in the middle of a lesson, and recorded every lesson so that they could catch up.

**2. Results.** Ms F. prepared our IELTS candidates. In 2025, 28 of our students sat the test, and 19 of them reached band 6 or above, our best result so far. The other 19 will sit the test again in April, and Ms F. has already planned a month-long revision course for them.

**3. Colleagues.** Ms F. trained two new teachers, both former students, and took over the classes of a colleague who returned to Afghanistan in August.

**4. Areas to develop.** Written feedback is sometimes late. Ms F. agrees to return marked essays within a week.

**5. Overall rating:** Excellent.

**6. Salary.** From January 2026 Ms F.'s salary rises to Rs 95,000 a month, and she will lead our new Saturday course for teachers.

**Teacher's comment.** "Thank you. The online girls are the bravest students I have taught. I would like a second online group in 2026 if we can find a sponsor."

Signed: P. Hashimi, Ms F.
""", reuse(["19 of them reached band 6 or above", "The other 19 will sit the test again"],
           19, "students",
           "students who reached band 6 or above in the IELTS test in 2025",
           "students who did not and will sit the test again",
           9,
           "The review gives 19 both to the students who reached band 6 and to the others, who will re-sit; "
           "of the 28 who sat the test, 28 less 19 leaves 9."))

add("language_school_prize_giving_speech", """
# Principal's Speech at the Prize-Giving

*Hashimi Language School, Quetta (invented), 20 December 2025. Transcribed from the recording. The figures are invented.*

Mothers, fathers, teachers, and above all students, good afternoon.

This has been a hard year, and I want to begin with the girls who are not in this hall. Our online students in Kandahar, Helmand and Zabul are watching this on their phones tonight, if the electricity holds. Your number edged lower this year, to 190 from 160 in 2024, and I know that every one of you fought your own family, or your own fear, to keep studying. You are not an audience tonight; you are more than half of this school.

To the girls in the hall: many of your classmates are not here because their families have gone back across the border at Chaman. We had 185 of you in our classrooms last year and 115 this year. Some of those who left have already joined us online from Kandahar. When you reach home, remember that the school did not lose you; you only changed rooms.

Now the prizes.

- **Best IELTS result:** a student who came to us speaking no English and reached band 7 in November.
- **Most improved, online:** a student in Helmand who has not missed a single lesson, though she walks to her aunt's house for the signal.
- **Teacher of the year:** our senior IELTS teacher, whom every student here knows.

Next year we hope to open a second online group for beginners if a sponsor can be found. If you know one, please come and see me.

Thank you. Now the tea is ready.

Pashtana Hashimi
""", direction("Your number edged lower this year, to 190 from 160 in 2024",
               160, 190, "2024", "2025", "edged lower", "fall", "online students",
               "online students of the Quetta language school", "second paragraph",
               "\"Edged lower\" says the online class shrank, but it grew from 160 in 2024 to 190 in 2025, by 30 or "
               "18.8 percent; the speech itself says girls who left the classrooms joined online.",
               to_period_as_written="this year"))

add("language_school_online_enrolment_form", """
# Enrolment Form 2026: Online English for Girls

*Hashimi Language School, Quetta (invented). Cover page of the form sent to families in Afghanistan. The figures are invented.*

**Dear family,**

Thank you for your interest in our online English classes. Please read this page before you fill in the form overleaf.

**Who can join.** Girls and young women aged 12 to 25 living in Afghanistan who can read Dari or Pashto. No English is needed for the beginners' group.

**How the classes work.** Lessons are given by video from our school in Quetta, in the evening, four days a week, in groups of no more than 20. Each lesson is recorded, so a student who loses the connection can watch it again the next day. A student needs a phone with a camera and about 3 GB of data a week.

**Fees.** Online classes are free for students in Afghanistan. A sponsor, an association of Afghans abroad, pays for the teachers and for a small data allowance.

**Our online class so far.** We began online teaching in 2022 with a single group in Kandahar. The online class grew from 160 students in 2024 to 160 students in 2024, and in 2025 there were 190, in Kandahar, Helmand and Zabul. More families write to us every month than we can take.

**What we ask of families.** A male relative or the student's mother should sign the form. We will call to speak with the student and a parent before the first lesson.

**Privacy.** We do not share names or photographs of our online students with anyone. We never show their faces in our own pictures or videos.

Return the form by message to the number on the back before 31 January 2026.

Pashtana Hashimi, principal
""", garbled(["The online class grew from 160 students in 2024 to 160 students in 2024"],
             "The growth of the online class is given with the same start and end: 160 students in 2024 to 160 "
             "students in 2024. The school's figures are 90 in 2023, 160 in 2024 and 190 in 2025.",
             start_value=160, end_value=160, start_period="2024", end_period="2024",
             unit="online students", subject="online students of the Quetta language school",
             location="paragraph \"Our online class so far\""))


# ---------------------------------------------------------------------------
# Zabihullah Niazi (invented), typist outside the district courts, Peshawar
# ---------------------------------------------------------------------------

add("typist_tiktok_year_at_typewriter", """
# TikTok Video: "A Year at the Typewriter"

*Transcript and on-screen text of a 58-second video posted by a law student who filmed Zabihullah Niazi, a typist outside the district courts in Peshawar (invented). The figures are invented.*

**On-screen text (opening card):**

- Affidavits: 1,730
- Applications: 1,460
- Rent agreements: 780
- Letters: 450
- Documents typed in 2025: 4,420

**Voice-over (the student):** Everyone who has been to the courts knows this man. Zabihullah sahib has been typing outside gate two since 2009, on the same grey typewriter.

**Zabihullah (in Urdu, captioned):** This machine is from 1986. I also have a laptop and a printer now, but the lawyers still trust the typewriter for affidavits. This year was the busiest of my life. I typed 4,240 documents in 2025. Most were for Afghan families: affidavits for their cards, applications to the offices, letters to the landlord saying they are leaving. In the first half of the year I could not stop for lunch.

**Voice-over:** And now?

**Zabihullah:** Now it is quiet. Since the autumn, most of my Afghan customers have gone. The affidavits were for staying. Now there is nothing to swear to.

**Closing card:** Rs 150 a page. Gate two, district courts, Peshawar. Bring your own stamp paper.

*Caption:* The man who typed Peshawar's paperwork. #Peshawar #typewriter #lawstudent
""", tvt(["I typed 4,240 documents in 2025", "Documents typed in 2025: 4,420"],
         {"video_value": 4240, "list_value": 4420}, "documents",
         "documents typed by the Peshawar court typist",
         "2025", "opening card and Zabihullah's first answer",
         "The typist says he typed 4,240 documents in 2025; the opening card gives 4,420, and its four kinds "
         "(1,730, 1,460, 780 and 450) add up to 4,420.",
         list_form="bulleted list on an on-screen card, four kinds and a total"))

add("typist_letter_to_bar_association", """
# Letter to the District Bar Association

*From Zabihullah Niazi, typist, district courts, Peshawar (invented). Written in Urdu and typed by himself; translated. The figures are invented.*

To the President and Cabinet of the District Bar Association, Peshawar

Respected sirs,

I write to ask that my table at gate two be allowed to stay where it is when the new shelter for typists is built in March.

I have typed for the lawyers and clients of these courts since 2009. I came to Peshawar from Laghman as a boy in 1997, and I held a Proof of Registration card. In 2025 I typed 4,420 documents, more than in any year before: affidavits, applications, rent agreements and letters. Many of them were for Afghan families who had to settle their affairs in Peshawar before crossing into Iran at Torkham, and many lawyers sent those families to me because I can read and write Dari as well as Urdu.

The new plan puts the typists in a row by the car park. I understand the reason. But my Afghan clients, and the women among them especially, find me now by the gate, and many of them cannot read the signs. Some come with children and an old mother; the car park is far and has no shade.

I ask for nothing more than a place for my table and my chair, the same width as now. I will pay the same monthly fee as the other typists, Rs 3,000, and I will keep the place clean.

My typewriter and I have served the bar for sixteen years. I hope to serve it a little longer, for as long as I am allowed to stay in Pakistan.

With respect,

Zabihullah Niazi, gate two, district courts
""", scope("before crossing into Iran at Torkham", "IRN", ["PAK", "IRN"], "Iran",
           "Torkham is the crossing between Pakistan and Afghanistan, and the families were Afghans going home; "
           "the letter puts Iran in Afghanistan's place on the far side of the crossing."))

add("typist_thank_you_letter_bar_room", """
# A Thank-You Letter to the Lawyers of Peshawar

*Zabihullah Niazi, typist at the district courts, Peshawar (invented). Pinned to the notice board of the bar room in January 2026. The figures are invented.*

Respected lawyers, clerks and friends,

Many of you have asked me about the last two years, so I will answer you all at once, and say thank you.

Between 2025 and 2023 my work grew every year. I typed 3,150 documents in 2023, 3,680 in 2024 and 4,420 in 2025. I did not grow; the need did. Afghan families needed affidavits for their cards, then letters to end their rent, then papers to take their children's school records home.

In the first half of 2025 I typed 2,740 documents. Many days I began at eight and left when the gate closed. You sent me your clients, and when I made a mistake you were patient. Advocate sahib from the upstairs chambers brought me tea every afternoon in June without ever being asked.

In the second half of the year I typed 1,680. The Afghan customers have mostly gone now, and the lane by gate two is quiet. Some of them came to say goodbye and to ask me to type a last letter, to a landlord, to a school, to a cousin in Karachi. I typed them all free of charge.

I do not know how long I can stay. Until then, my table is where it always was, and my rate is the same, Rs 150 a page.

Thank you for sixteen years.

Zabihullah Niazi
""", garbled(["Between 2025 and 2023 my work grew every year"],
             "The period runs backwards: \"between 2025 and 2023\" for growth that the next sentence gives from "
             "2023 (3,150 documents) to 2025 (4,420).",
             stated_period_start="2025", stated_period_end="2023",
             subject="documents typed by the Peshawar court typist",
             location="second paragraph"))

add("typist_price_board_control", """
# Price Board at Gate Two

*Board hung beside the table of Zabihullah Niazi, typist, district courts, Peshawar (invented). Written in Urdu, Dari and English; transcribed. The figures are invented.*

**ZABIHULLAH NIAZI: TYPING AND PRINTING**

**Urdu · Dari · Pashto · English**

| Service | Price |
|---|---|
| Typing, a page (typewriter or computer) | Rs 150 |
| Affidavit on your stamp paper, typed and read back to you | Rs 400 |
| Rent agreement, with a copy | Rs 500 |
| Application to any office, a page | Rs 200 |
| Printing from your phone, per page | Rs 20 |
| Photocopy, per page | Rs 10 |

**Open** from the first hearing until the gate closes, Monday to Saturday.

**How busy we have been.** In 2025 this table typed 4,420 documents, up from 3,680 in 2024, an increase of 20.1 percent. More than two thirds were for Afghan families.

**Notes for clients**

- Bring your identity card or your Proof of Registration card for any affidavit.
- I do not write the words of an affidavit for you. Tell me what is true, and I will type it.
- I read every affidavit back aloud before you sign.
- Women may sit on the bench in the shade while they wait.
- If you cannot pay today, pay me next time.

**Since 2009. The same typewriter. The same rate for everyone.**
""", control_type="control")


# ---------------------------------------------------------------------------
# Zadran Noodle Factory (invented), Pul-e Charkhi industrial park, Kabul
# ---------------------------------------------------------------------------

add("noodle_factory_online_product_listing_control", """
# Product Listing: Zadran Aush Noodles, 400 g

*Listing on a Kabul online grocery (invented) for Zadran Noodle Factory, Pul-e Charkhi industrial park, Kabul (invented). The figures are invented.*

**Zadran Aush Noodles, 400 g pack — Afs 35**

**Box of 20 packs (wholesale) — Afs 650**

Thin wheat noodles for aush, the Afghan noodle soup with yoghurt, beans and mint. Cook for six minutes in boiling stock. Made in Kabul since 2014.

**About the maker.** Zadran Noodle Factory employs 46 people, 14 of them women who pack by hand. It made 1,060 tonnes of noodles and macaroni in 2025, down from 1,320 tonnes in 2024, a fall of 19.7 percent, because flour was hard to get after the crossings with Pakistan closed in October. The factory now blends flour from Pakistan, bought before the closure, with flour from Kazakhstan that comes by rail through Uzbekistan and across the Amu Darya at Hairatan.

**Where it is sold.** In 2025 the factory sold 590 tonnes in Kabul, 190 in Kandahar, 170 in Mazar-i-Sharif and 110 in Jalalabad. This shop delivers in Kabul only.

**Ingredients.** Wheat flour, water, salt. May contain traces of egg from other lines.

**Storage.** Keep dry and away from strong smells. Best before: a year from packing (date on the pack).

**Customer questions**

- *Is the taste the same since the new flour?* — The factory says the blend is tested every week and the noodles cook the same way.
- *Do you sell macaroni?* — Yes, the 500 g pack is listed separately at Afs 45.

**Rating:** 4.6 out of 5 from 212 reviews.
""", control_type="control")

add("noodle_factory_flour_purchase_order", """
# Purchase Order No. 2026/007

*Zadran Noodle Factory, Pul-e Charkhi industrial park, Kabul (invented), to a flour trader in Mazar-i-Sharif (invented, unnamed). Translated from Dari. The figures are invented.*

**Date:** 18 January 2026

**Delivery to:** our warehouse, Pul-e Charkhi, Kabul

**Terms:** half on order, half on delivery; prices in afghanis, including transport from Hairatan

| Item | Quantity | Price per sack (Afs) |
|---|---|---|
| Wheat flour, Kazakh origin, 50 kg sacks, first grade | 1,600 sacks | 1,950 |
| Wheat flour, Kazakh origin, 50 kg sacks, second grade | 400 sacks | 1,800 |

**Delivery:** in four loads, a load each week from 26 January.

**Notes to the supplier**

Please note the quality we need. Noodles break if the flour is weak, and our customers notice at once.

For your planning, here is what we used last year. In 2025 the factory used 1,240 tonnes of flour. Until the crossings with Pakistan closed in October, our flour came from mills in Peshawar: 1,090 tonnes. Since then we have bought 150 tonnes of Kazakh flour through Hairatan, including from you. In all, that was 1,240 sacks of 50 kilograms. We expect to need about the same in 2026, most of it from Kazakhstan unless the crossings reopen.

Each load must come with the mill's certificate of protein content. Sacks that are torn or damp will be returned at your cost.

Signed for Zadran Noodle Factory: Yama Zadran, owner
""", reuse(["the factory used 1,240 tonnes of flour", "that was 1,240 sacks of 50 kilograms"],
           1240, "tonnes / sacks of flour",
           "flour used by the noodle factory in 2025, in tonnes",
           "the same flour counted in sacks of 50 kilograms",
           24800,
           "The order gives 1,240 both as the tonnes of flour used in 2025 and as the number of 50-kilogram sacks "
           "they filled; 1,240 tonnes make 24,800 such sacks."))

add("noodle_factory_shareholder_letter", """
# Letter to the Shareholders, 2025

*Zadran Noodle Factory, Pul-e Charkhi industrial park, Kabul (invented). To the five family shareholders. Translated from Dari. The figures are invented.*

Dear brothers and sisters, dear uncle,

This was the hardest year since our father opened the factory in 2014, and I want you to have the numbers before our meeting.

**Output.** We made 1,060 tonnes of noodles and macaroni in 2025, against 1,320 tonnes in 2024. The first quarter (310 tonnes) and the second (300) were normal. The third quarter (270) was slower, as flour prices rose in the summer. The fourth quarter gave only 180 tonnes.

**Why.** Until Kazakhstan closed the crossings at Torkham and Chaman on 12 October, all our flour came by truck from mills in Peshawar, three days from the mill to our door. After the closure we had flour for about a month. Since mid-November we have been buying flour from Kazakhstan, which comes by rail through Uzbekistan to Hairatan. It is good flour, but it costs about 15 percent more delivered, and the lorries from Hairatan are slow in winter.

**People.** We kept all 46 workers, but for six weeks in November and December the night shift worked only every other night. Nobody was dismissed.

**Sales.** Kabul is still more than half of our sales. Kandahar and Jalalabad fell most, because their shops used to buy Pakistani noodles too and now have fewer of everything.

**Proposal for the meeting.** I propose that we pay no dividend for 2025 and keep the money for flour. A stock of two months would protect us from the next closure, whoever closes the road.

With respect and love,

Yama Zadran
""", scope("Until Kazakhstan closed the crossings at Torkham and Chaman on 12 October", "KAZ", ["KAZ", "AFG"],
           "Kazakhstan",
           "Torkham and Chaman are crossings between Pakistan and Afghanistan, and it was Pakistan's side that "
           "closed them; the letter names Kazakhstan, which has no border with Afghanistan, in Pakistan's place. "
           "Buying flour from Kazakhstan later in the same paragraph is correct.",
           not_a_defect="Since mid-November we have been buying flour from Kazakhstan"))

NOODLE_Q = pdf_lines([
    ["Quarter 2025", "Tonnes", "Share of year (%)"],
    ["Jan-Mar", "310", "29.2"],
    ["Apr-Jun", "300", "28.3"],
    ["Jul-Sep", "270", "25.5"],
    ["Oct-Dec", "180", "17.0"],
    ["Total", "1,060", "100.0"],
], gap=7)

add("noodle_factory_investor_pitch_deck", f"""
# Investor Pitch Deck: Zadran Noodle Factory (text copied from the PDF)

*Slides 3 to 6 of a deck shown to a Kabul investment group (invented) in February 2026, pasted from the PDF. The factory and all figures are invented.*

**Slide 3: The problem.** Afghanistan imports most of its pasta and noodles. When a border closes, shelves empty and prices jump. In the weeks after the crossings with Pakistan closed on 12 October 2025, the price of a 400 g pack of imported noodles in Kabul doubled.

**Slide 4: Our factory.** Founded 2014, 46 staff, two production lines, our own packing hall. Tonnes made in 2025, by quarter:

{NOODLE_Q}

**Slide 5: What went wrong, and what we learned.** Our flour came from Peshawar. After the closure our output in the last quarter fell to 210 tonnes, while we found a new supply of Kazakh flour through Hairatan. We learned to keep stock and never to depend on a single supplier.

**Slide 6: The ask.** USD 350,000 for a third line and a flour silo holding sixty days of supply. With a third line we can make 1,800 tonnes a year and replace imports in Kandahar and Herat.

*Contact: Yama Zadran, owner.*
""", tvt(["our output in the last quarter fell to 210 tonnes", line_of(NOODLE_Q, "Oct-Dec")],
         {"slide_value": 210, "table_value": 180}, "tonnes of noodles",
         "noodles and macaroni made by the Kabul factory in the fourth quarter",
         "Q4 2025", "slide 4 (PDF table) and slide 5",
         "Slide 5 says output in the last quarter fell to 210 tonnes; the table on slide 4 gives 180 for "
         "October to December, and only 180 makes the quarters add up to the year's 1,060.",
         table_form="PDF text extraction, quarters as rows with tonnes and share columns and a total row"))


# ---------------------------------------------------------------------------
# Mangal Plastic Furniture (invented), Hayatabad Industrial Estate, Peshawar
# ---------------------------------------------------------------------------

add("plastic_chairs_daraz_seller_page", """
# Daraz Seller Page: Mangal Plastic Furniture

*Seller profile and shipping notes on Daraz, the online marketplace, for Mangal Plastic Furniture, Hayatabad Industrial Estate, Peshawar (invented). The figures are invented.*

**Mangal Plastic Furniture** · Official store · Peshawar

Positive seller ratings: 96% · Ships on time: 93%

**About us.** We have made plastic chairs and tables in Peshawar since 2011. Our 38 workers run 14 moulds, day and night, in our factory in the Hayatabad Industrial Estate. Our raw material is virgin polypropylene imported from China through Karachi, never recycled scrap, so our chairs do not crack in the sun.

**Best sellers**

- Garden armchair, white, stackable — Rs 1,650
- Armless chair, green or blue — Rs 1,150
- Children's chair with cartoon print — Rs 690
- Round table, 90 cm — Rs 4,900

**Shipping.** We deliver across Pakistan by courier in three to six working days. Bulk orders of 100 chairs or more go by truck from our factory. We no longer take orders for Kabul, Jalalabad or Kandahar since the Pakistan–China crossings at Torkham and Chaman closed on 12 October 2025. Until then we sent 61,000 chairs across in 2025 alone, and we hope to serve our Afghan customers again soon.

**Returns.** If a chair arrives cracked, send a photo within seven days and we will replace it.

**Warranty.** Two years against cracking for the armchairs, a year for the others.

*Questions? Chat with the seller. Replies the same day.*
""", scope("since the Pakistan–China crossings at Torkham and Chaman closed on 12 October 2025", "CHN",
           ["PAK", "CHN"], "China",
           "Torkham and Chaman are crossings between Pakistan and Afghanistan, and the orders that stopped were for "
           "Kabul, Jalalabad and Kandahar; the page names China in Afghanistan's place. The polypropylene imported "
           "from China through Karachi is correct.",
           not_a_defect="imported from China through Karachi"))

add("plastic_chairs_export_manager_exit_interview", """
# Exit Interview: Export Sales Manager

*Mangal Plastic Furniture, Hayatabad Industrial Estate, Peshawar (invented). Notes kept by the owner, Murtaza Mangal, 30 January 2026. The figures are invented.*

**Leaving:** export sales manager, with us since 2017. Moving to a packaging firm in Lahore.

**Why are you leaving?** "There is no export job left to do. I sold to Afghanistan for nine years. My buyers in Jalalabad and Kabul are still there, but I cannot send them anything."

**What went well in your last year?** "The first three quarters. We sent about 19,000 chairs across in the first quarter, 20,500 in the second and 18,000 in the third. Then October."

**How would you describe 2025 for exports?** "The export trade livened up in 2025: we sent 61,000 chairs to Afghanistan, after 118,000 in 2024. Domestic sales held; the local market took 97,000 of our chairs, more than ever. But the Afghan market is what I was hired for."

**What should the company do now?** "Keep the Afghan buyers' numbers. When the crossings open they will want stock at once. Keep the blue moulds; Afghan buyers like blue. And think about Central Asia through Iran, but the freight will eat the margin."

**Anything the company could have done better?** "Paid the drivers' waiting days at Torkham sooner. In September some of them waited a week."

**Owner's note.** Agreed to keep him on a retainer as an adviser for the Afghan buyers. Final pay cleared. Laptop and phone returned.
""", direction("The export trade livened up in 2025: we sent 61,000 chairs to Afghanistan, after 118,000 in 2024",
               118000, 61000, "2024", "2025", "livened up", "rise", "chairs",
               "plastic chairs exported to Afghanistan by the Peshawar factory",
               "answer on 2025 for exports",
               "\"Livened up\" says exports rose, but they fell from 118,000 chairs in 2024 to 61,000 in 2025, by "
               "57,000 or 48.3 percent; the manager is leaving because there is no export work left."))

CHAIRS = pdf_lines([
    ["Quarter 2025", "Chairs", "Value (Rs thousand)"],
    ["Jan-Mar", "19,000", "27,550"],
    ["Apr-Jun", "20,500", "29,725"],
    ["Jul-Sep", "18,000", "26,100"],
    ["Oct-Dec", "3,500", "5,075"],
    ["Total", "64,000", "88,450"],
], gap=7)

add("plastic_chairs_export_rebate_claim", f"""
# Export Rebate Claim, Calendar Year 2025 (text copied from the PDF form)

*Claim filed by Mangal Plastic Furniture, Hayatabad Industrial Estate, Peshawar (invented), under a provincial scheme for small exporters (invented). The figures are invented.*

**Part A. Claimant.** Mangal Plastic Furniture, sole proprietor Murtaza Mangal. Product: plastic chairs. Buyers: wholesalers in Jalalabad and Kabul.

**Part B. Exports to Afghanistan by quarter.** All chairs left by road through Torkham or Chaman. Values are ex-factory at Rs 1,450 a chair.

{CHAIRS}

**Part C. Rebate claimed.** At 3 percent of the value exported, the rebate claimed is about Rs 2.65 million.

**Part D. Declaration.** I declare that the chairs listed were made in our factory from imported polypropylene, that they were exported under the goods declarations attached, and that no other rebate has been claimed on them. Exports stopped on 12 October 2025, when the crossings with Afghanistan closed; the fourth-quarter figure covers the first eleven days of October only.

**Part E. Attachments.** Goods declarations (48), bank certificates of receipt from our buyers' payments, the factory's sales register for 2025, and a copy of the firm's registration with the chamber of commerce in Peshawar.

Signed: Murtaza Mangal
""", parts_total([line_of(CHAIRS, "Total")],
                 {"Jan-Mar": 19000, "Apr-Jun": 20500, "Jul-Sep": 18000, "Oct-Dec": 3500},
                 64000, "chairs", "2025",
                 "plastic chairs exported to Afghanistan by the Peshawar factory",
                 "Part B, PDF-extracted table, total row, chairs column",
                 "The quarters add up to 61,000 chairs, not the 64,000 in the total row; the value column's total "
                 "of Rs 88,450 thousand is 61,000 chairs at Rs 1,450.",
                 table_form="PDF text extraction, quarters as rows with chairs and value columns and a total row"))

CHAIRS_MOULD = ("A mould that has been switched off still holds its heat for an hour and will burn through a "
                "glove.")

add("plastic_chairs_night_shift_toolbox_talk", f"""
# Toolbox Talk: Moulding Hall, Night Shift

*Mangal Plastic Furniture, Hayatabad Industrial Estate, Peshawar (invented). Notes for the five-minute talk the shift leader gives before work, 12 January 2026. The figures are invented.*

**Topic: hot moulds and slow weeks.**

Brothers, a short talk tonight, then to work.

Since the crossings to Afghanistan closed in October we have made fewer chairs. Last year we made 158,000 chairs, after 212,000 the year before, and most of the drop was the Afghan orders we could not send. The machines now stop and start more often, and a mould that has been stopped is more dangerous than a mould that runs all night, because people forget it is still hot. {CHAIRS_MOULD} {CHAIRS_MOULD} Check it with the thermometer gun before you touch it, every time.

**Rules for tonight**

- Never put your hand between the mould halves, even when the press is off. Use the hook.
- Granules on the floor are like ice. Sweep them before the shift and during it.
- If the alarm sounds, step back and call me. Do not fix it yourself.

**Last month.** A worker on the day shift burned two fingers on a mould that had been stopped for lunch. He is back at work, but he will carry the scar.

**Good news.** The owner says the night shift stays, even with fewer orders. Nobody loses their job this winter.

Right. Gloves on. Let's go.
""", repeated(CHAIRS_MOULD, 2,
              "the danger of switched-off moulds at the Peshawar chair factory",
              "second paragraph of the talk",
              "The warning about switched-off moulds is written twice in a row, word for word, in the middle of "
              "the paragraph."))


# ---------------------------------------------------------------------------
# Rahimi Florists (invented), Flower Street, Kabul
# ---------------------------------------------------------------------------

add("florist_pattoki_supplier_statement", """
# Supplier Statement for 2025, with Covering Note

*From a flower grower in Pattoki, Punjab (invented, unnamed) to Rahimi Florists, Flower Street, Kabul (invented). Translated from Urdu. The figures are invented.*

Dear Naqibullah sahib,

Greetings from Pattoki. As every January, here is our statement of the cut flowers we sent you last year, and the balance of your account.

| Quarter 2025 | Stems sent | Trucks |
|---|---|---|
| January–March | 74,000 | 9 |
| April–June | 88,000 | 10 |
| July–September | 95,000 | 13 |
| October–December | 11,000 | 2 |
| **Total** | **268,000** | **34** |

As you see, the summer was our best season together. In the third quarter we sent you 59,000 stems, most of them roses for the wedding season, and your payments came on time, for which we thank you. After the crossings closed on 12 October we could not send anything more; the two trucks of October left before the closure, and the last one reached Kabul on the evening of the 11th.

Your account is settled except for the last truck, Rs 385,000, which you may pay when trade opens again. We will not charge anything for the delay. We understand that you are buying from Uzbekistan for now, and we hope you will come back to us. Our roses are better and closer.

We lost flowers too. A whole field of tuberoses was ploughed in, because there was nobody to buy them.

With greetings to your family,

(grower's name withheld)
""", tvt(["In the third quarter we sent you 59,000 stems", "| July–September | 95,000 | 13 |"],
         {"note_value": 59000, "table_value": 95000}, "stems of cut flowers",
         "cut flowers sent by the Pattoki grower to the Kabul florist in the third quarter",
         "Q3 2025", "the table and the paragraph after it",
         "The covering note gives 59,000 stems for the third quarter; the statement above it gives 95,000 for "
         "July to September, and only 95,000 makes the quarters add up to the year's 268,000.",
         table_form="pipe, quarters as rows with stems and trucks columns and a total row"))

add("florist_year_end_stocktake", """
# Year-End Stocktake and Purchases Summary, 2025

*Rahimi Florists, Flower Street, Kabul (invented). Prepared by the shop's bookkeeper for the owner, Naqibullah Rahimi. Translated from Dari. The figures are invented.*

**1. Stems bought in 2025, by flower**

| Flower | Stems bought | Main source |
|---|---|---|
| Roses | 176,000 | Pattoki, Pakistan |
| Gladioli | 94,000 | Pattoki, Pakistan |
| Tuberoses | 62,000 | Pattoki; Kabul growers in summer |
| **Total** | **342,000** | |

Until 12 October almost all our flowers came by truck from Pattoki through Torkham. Since the closure we buy roses from Uzbekistan, brought by road through Hairatan, at nearly twice the price, and there are weeks when we have none.

**2. Stock in the shop at 31 December 2025**

- Fresh flowers in the cold room: about 2,300 stems, mostly Uzbek roses.
- Artificial flowers: 640 bunches. Sales of artificial flowers have risen since the closure, because families who cannot find fresh roses take silk ones.
- Vases, ribbons and wrapping: counted separately (see the last sheet).

**3. Notes for the owner**

- Waste was high in November: about one stem in five was thrown away, because the Uzbek roses arrive tired after the long road.
- The cold room's generator used more diesel than ever, since the city power is weak in winter.
- We decorated 215 weddings this year, against 290 last year. Every wedding stage now uses more artificial flowers.

**4. Proposal.** Order more artificial flowers before the spring wedding season, and ask the Pattoki grower to hold his best rose field for us if the crossings reopen.
""", parts_total(["| **Total** | **342,000** | |"],
                 {"Roses": 176000, "Gladioli": 94000, "Tuberoses": 62000},
                 342000, "stems of cut flowers", "2025",
                 "cut flowers bought by the Kabul florist",
                 "section 1, table, total row",
                 "The three flowers add up to 332,000 stems, not the 342,000 in the total row.",
                 table_form="pipe, flowers as rows with a source column and a total row"))

add("florist_wedding_season_roster", """
# Wedding Season Roster, Spring 2026

*Rahimi Florists, Flower Street, Kabul (invented). Posted in the back room. Translated from Dari. The figures are invented.*

**Team.** We are 12 people this spring: 7 who work in the shop on Flower Street, and 7 who go out at night to decorate wedding halls. Naqibullah sahib decides who moves between the two when a big wedding comes.

**Shop team.** Fawad, Jawid, Farzad, Shoaib, Parwiz, Tamim and Mahjabin at the till. Mornings and afternoons are shared as before; see the sheet by the door.

**Hall teams.** Team A goes out on Saturdays, Mondays and Wednesdays, Team B on Sundays and Tuesdays. On Thursdays, the busiest wedding night, both teams go out and the shop closes at sunset.

**Shop hours.** From eight in the morning to eight at night, Saturday to Thursday. Friday: closed unless there is a wedding.

**Rules for the halls.**

- Load the van by four. Fresh flowers go in last, on top, out of the sun.
- Each stage takes about 1,500 stems; we use artificial flowers at the back where guests cannot see.
- Count the vases out and count them back. Last season we lost 60.
- Never leave a hall before the family's elder has seen the stage.

**This season.** Since the crossings with Pakistan closed in October, fresh roses come from Uzbekistan and cost nearly twice as much. We decorated 215 weddings in 2025 and hope for more this year. If a family cannot afford fresh roses, offer silk ones politely, and never make them feel poor.

Naqibullah Rahimi
""", reuse(["7 who work in the shop on Flower Street", "7 who go out at night to decorate wedding halls"],
           7, "staff",
           "staff who work in the florist's shop",
           "staff who decorate wedding halls",
           5,
           "The roster gives 7 both to the shop staff and to the decorators, but the team is 12 people, so 12 less "
           "the 7 in the shop (the seven names listed) leaves 5 decorators."))

add("florist_telegram_channel_new_year", """
# Telegram Channel Post: Rahimi Florists

*Post on the shop's Telegram channel, 3 January 2026. Rahimi Florists, Flower Street, Kabul, is invented, and so are the figures. Translated from Dari.*

🌹 **Thank you for 2025, dear customers!** 🌹

What a year. Until October our roses, gladioli and tuberoses came fresh from the growers of Pattoki in Pakistan, a day and a night by truck through Torkham. Then the crossings closed, and for three weeks we had almost no fresh flowers at all. Some of you waited for your wedding flowers until the last hour, and you never shouted at us. Thank you.

Now our fresh roses come from Uzbekistan through Hairatan. The road is long and the price is higher, so a dozen red roses now costs Afs 540, where it was Afs 300 a year ago. We are sorry. We have kept our own margin the same.

**Our year in weddings.** Wedding work sprang back in 2025: we decorated 215 wedding stages, after 290 in 2024. Each one was a family's happiest night, and we were honoured to be there.

**For 2026:**

- Book wedding flowers at least a fortnight ahead, so we can order from the Uzbek growers in time.
- Silk flower arrangements are now 20 percent cheaper than last spring. They look beautiful and last for ever.
- Delivery inside Kabul is still free for orders over Afs 2,000.

May your year be full of flowers.

Naqibullah Rahimi and the Flower Street team
""", direction("Wedding work sprang back in 2025: we decorated 215 wedding stages, after 290 in 2024",
               290, 215, "2024", "2025", "sprang back", "rise", "weddings",
               "weddings decorated by the Kabul florist", "paragraph \"Our year in weddings\"",
               "\"Sprang back\" says wedding work recovered, but it fell from 290 weddings in 2024 to 215 in 2025, "
               "by 75 or 25.9 percent, in the year the crossings closed."))

add("florist_wedding_flyer_control", """
# Flyer: Wedding Flowers from Flower Street

*Handed out at wedding halls in Kabul by Rahimi Florists, Flower Street, Kabul (invented). Translated from Dari. The figures are invented.*

**RAHIMI FLORISTS, since 2008**

**Stages · Cars · Bridal bouquets · Hall entrances**

**What families chose last year.** In 2025 we bought 332,000 stems for our customers' weddings and parties: roses were 53.0 percent of them, gladioli 28.3 percent and tuberoses 18.7 percent. Most came from growers in Pattoki, Pakistan, until the crossings closed in October; since then our roses come from Uzbekistan.

**Our packages**

- **Simple stage:** fresh and silk flowers, vases and an arch — Afs 9,000
- **Full stage:** fresh roses and tuberoses, arch, side stands, petals for the aisle — Afs 22,000
- **Bride's car:** ribbons and fresh roses on bonnet and doors — Afs 3,500
- **Bridal bouquet:** white roses and tuberoses — Afs 1,200

**Why us?** Our decorators have dressed more than a thousand wedding stages. We arrive on time, we clean up after ourselves, and we never leave before your family's elder has seen the stage.

**Fresh or silk?** Since the closure, fresh roses cost more and sometimes arrive late. Our silk flowers are imported, washable and look real in photographs. Many families now mix them: fresh at the front, silk behind.

**Book at least a fortnight ahead.** Visit us on Flower Street, or send a message with the date of your wedding and the name of your hall.
""", control_type="control")


# ---------------------------------------------------------------------------
# The Ahmadzai family's bolani stall (invented), University Road, Peshawar
# ---------------------------------------------------------------------------

add("bolani_stall_tripadvisor_review", """
# TripAdvisor Review: "Best Bolani in Peshawar"

*Review of the Ahmadzai family's bolani stall, University Road, Peshawar (invented). Posted 9 December 2025 by a visitor from Lahore. The figures are invented.*

★★★★★ **"Best bolani in Peshawar, and a story behind it"**

I had read about Peshawar's Afghan food and asked a student where to go. He walked me to a small stall on University Road with a hot iron plate, a mountain of potato filling and a queue. Bolani is a thin flatbread filled with potato or leeks, fried on the plate and served with green chutney and yoghurt.

The cook, a quiet young man called Omid, told me his mother started the stall in 2012, eleven years after the family came from Kunduz. Last year they sold about 380 bolanis a day. This year, he said, they sell about 260 a day, because many of their Afghan customers have gone home, and five of his own relatives went with them. Only four of the family work at the stall now, which is why the queue moves slowly. Nobody in it seemed to mind.

Get the leek one and eat it standing up, while it is still too hot.

**Quick facts**

- Price: Rs 80 a bolani, with chutney and yoghurt
- Open: late morning until the potato runs out
- Bolanis sold a day in 2025: about 290 (the cook's figure)
- Cash only; no seating, but the university wall is a good bench
""", tvt(["This year, he said, they sell about 260 a day", "Bolanis sold a day in 2025: about 290"],
         {"review_value": 260, "list_value": 290}, "bolanis a day",
         "bolanis sold a day by the Peshawar stall",
         "2025", "third paragraph and the list \"Quick facts\"",
         "The review reports the cook's figure for this year as about 260 bolanis a day; its own list of quick "
         "facts gives the cook's figure for 2025 as about 290.",
         list_form="bulleted list of quick facts at the end of the review"))

BOLANI_WEEK = "Mon 1 Dec 250; Tue 240; Wed 255; Thu 270; Fri 310; Sat 330; Sun 280; week 2,035."

add("bolani_stall_sponsorship_letter", f"""
# Sponsorship Letter to a Cooking Oil Company

*From the Ahmadzai family's bolani stall, University Road, Peshawar (invented), to the marketing office of a cooking oil brand in Peshawar (invented, unnamed). Written with the help of a university student. The figures are invented.*

Dear Sir or Madam,

We are a family bolani stall on University Road, opened in 2012 by my mother, who came to Peshawar from Kunduz as a refugee. Students, teachers and workers from the university area eat with us every day. Every bolani is fried in your oil, and has been for years.

We are writing to ask whether your company would sponsor a new cart for us, with your name painted on it. Our old cart is rusted through, and the municipality has asked all stalls on the road to use clean, covered carts from March.

**How many people we reach.** Here are our sales for the first week of December 2025, from our own records:

{BOLANI_WEEK}

That is a normal week. On match days at the university ground, we sell more.

**What we offer.** Your brand's name and colours on the cart's roof and sides, your oil visible on the shelf, and a photo of the cart for your social media each month. We also fry in front of the customers, so they can see what oil we use.

**What a cart costs.** A covered steel cart with a gas plate and a glass front costs about Rs 265,000 in Peshawar.

Since many Afghan families left this year, we are only four people at the stall. A new cart would let us keep going.

With thanks,

Omid Ahmadzai, for his mother, Nasima Ahmadzai
""", parts_total([BOLANI_WEEK],
                 {"Mon": 250, "Tue": 240, "Wed": 255, "Thu": 270, "Fri": 310, "Sat": 330, "Sun": 280},
                 2035, "bolanis", "1-7 December 2025",
                 "bolanis sold by the Peshawar stall in a week",
                 "the line of the week's sales",
                 "The seven days add up to 1,935 bolanis, not the 2,035 given for the week.",
                 line_form="daily sales on one line, days separated by semicolons, with a week total"))

add("bolani_stall_student_city_guide", """
# City Guide: Street Food on University Road

*Entry in a student-run city guide to Peshawar, winter 2025–26 edition. The stall is invented, and so are the figures.*

**Ahmadzai Bolani** (near the university's old gate)

*Afghan · vegetarian · cheap*

If you eat a single Afghan thing in Peshawar, make it a bolani from the Ahmadzai family's stall: a thin, crisp flatbread folded around spiced potato or chopped leeks, fried on a black iron plate and eaten hot with green chutney. A bolani costs Rs 80, and a pair of them fills most students.

The stall has been here since 2012, run by Nasima Ahmadzai, who came from Kunduz in 2001, and her son Omid. It was busier before: in the months from November 2025 to July 2025 several of the family went home to Afghanistan, and the stall now closes earlier, when the day's dough is used up. Go before one o'clock to be sure.

**What to order:** the leek bolani (gandana), and a glass of green tea from the tea boy at the next stall.

**What not to do:** ask for a fork.

**Price:** Rs 80 each. Cash only.

**Best time:** weekday lunchtime, when the queue of students, clerks and rickshaw drivers is part of the show.

**Our rating:** ★★★★½
""", garbled(["in the months from November 2025 to July 2025 several of the family went home"],
             "The period runs backwards, from November 2025 to July 2025.",
             stated_period_start="November 2025", stated_period_end="July 2025",
             subject="months in which members of the stall's family went back to Afghanistan",
             location="second paragraph"))

add("bolani_stall_oral_history_interview", """
# Oral History Interview: Nasima Ahmadzai

*Excerpt from an oral history project on Afghan women in Peshawar run by university students (invented). Recorded 16 November 2025, translated from Dari. The stall and the figures are invented.*

**Interviewer:** When did you start the stall?

**Nasima Ahmadzai:** In 2012. My husband was ill and could not work, and I knew how to make bolani, like every woman from Kunduz. The first day I sold forty. I cried that night, but from happiness.

**Interviewer:** And it grew?

**Nasima Ahmadzai:** Slowly, slowly. In the good years there were nine of us working: my sons, my daughters-in-law, my nephews. The students liked us.

**Interviewer:** What happened then?

**Nasima Ahmadzai:** The orders came, the police came, people were afraid. Many of our customers were Afghan workers and their families, and many went home. The stall quietened in 2024, when we sold about 380 bolanis a day, against 340 the year before. It was a strange year; more students came, and they brought their friends, but every week another Afghan family we knew was gone.

**Interviewer:** And this year?

**Nasima Ahmadzai:** This year five of my own family went back to Kunduz. My son Omid and I stayed, with two others. We sell less now, and we close earlier.

**Interviewer:** Will you go back?

**Nasima Ahmadzai:** My sons want to stay; I do not know. I have made bolani in Peshawar longer than I lived in Kunduz as a grown woman. If they let us stay, we stay.
""", direction("The stall quietened in 2024, when we sold about 380 bolanis a day, against 340 the year before",
               340, 380, "2023", "2024", "quietened", "fall", "bolanis a day",
               "bolanis sold a day by the Peshawar stall", "answer to \"What happened then?\"",
               "\"Quietened\" says trade at the stall fell, but sales rose from about 340 bolanis a day in 2023 to "
               "about 380 in 2024, by 40 or 11.8 percent; the same answer says more students came.",
               from_period_as_written="the year before"))

add("bolani_stall_licence_application", """
# Application for a Stall Licence

*Submitted to the town municipal administration in Peshawar by the Ahmadzai family's bolani stall, University Road (invented). Form answers typed up by a student. The figures are invented.*

1. **Name of applicant:** Nasima Ahmadzai
2. **Nationality and status:** Afghan. Came from Kunduz to India in 2001 with my husband and children, and have lived in Peshawar ever since. Holder of a Proof of Registration card until its validity ended in 2025; application for an extension pending.
3. **Business:** Cooked food stall (bolani, an Afghan stuffed flatbread), University Road, near the old gate of the university.
4. **Trading since:** 2012, at the same place.
5. **Size of stall requested:** a covered cart, 2.4 metres by 1.2 metres, with a gas plate.
6. **Number of workers:** four, all family members.
7. **Hours:** 11 am to 9 pm, or earlier if the food is finished.
8. **Average sales:** about 260 bolanis a day in 2025, at Rs 80 each.
9. **Hygiene:** food cooked fresh on the plate; water from the university tap in a covered drum; waste taken away every night in our own bags.
10. **Previous permission:** a letter from the university's estate office (2013), attached, and receipts for the monthly fee paid to the market committee.

**Statement of the applicant.** My family has fed students on this road for more than thirteen years. Many Afghans have gone home since 2023, and five of my own family left this year. I have stayed because my sons were raised here. I ask for a licence so that the municipality's new rules do not close the only work we have.

**Attached:** photographs of the stall; the estate office letter; a character certificate from the ward councillor.
""", scope("Came from Kunduz to India in 2001", "IND", ["IND", "AFG"], "India",
           "The applicant came from Kunduz in Afghanistan to Peshawar in Pakistan, where she has lived ever since; "
           "the form names India in Pakistan's place."))


# ---------------------------------------------------------------------------
# Macro documents: the register (citations)
# ---------------------------------------------------------------------------

add("lecture_notes_protracted_refugee_situations", """
# Lecture Notes, Week 7: Protracted Refugee Situations

*Notes handed out for a master's course on forced migration at a university in Islamabad (invented course). Prepared for teaching; not an official source.*

**1. What "protracted" means.** A refugee situation is usually called protracted when 25,000 or more refugees from one country have lived in exile in another for five years or longer. Afghans in Pakistan are the textbook case: the first large arrivals came in 1979, and some of today's registered refugees were born in the camps of the 1980s to parents who were born there too.

**2. How big is it?** Registered refugees are those who hold Proof of Registration cards. The register is not the whole population: many Afghans in Pakistan hold Afghan Citizen Cards instead, or no papers at all. The register stood at about 1.47 million at the end of 2022 (UNHCR Global Trends report 2022), before the returns that began in late 2023.

**3. The "durable solutions".** Voluntary return, local integration, resettlement in a third country. Discuss: why has Pakistan historically offered none of them on a large scale, and yet hosted so many for so long?

**4. Returns under pressure.** Since the order of October 2023 and the end of the cards' validity in 2025, returns have been neither fully voluntary nor fully forced. Note the vocabulary in official statements: "repatriation", "return", "deportation" and "illegal foreigners" are used for overlapping groups.

**5. For seminar.** Read the set chapters. Come ready to argue one side: "Long-term hosting without integration is a form of protection", or "Long-term hosting without integration is a failure of protection".

**6. Essay.** Due in week 10, 2,500 words.
""", citation(["The register stood at about 1.47 million at the end of 2022 (UNHCR Global Trends report 2022)"],
              1470000, "2022",
              "'UNHCR Global Trends report YEAR' in brackets after a hedged rounded figure in millions, in "
              "university lecture notes",
              "section 2, \"How big is it?\"",
              "The notes give about 1.47 million registered refugees at the end of 2022; the reference value for "
              "2022 is 1,743,278, so the figure is about 15.7 percent too low (it is closer to 2021's 1,490,562).",
              stated_as_written="about 1.47 million", stated_hedge="about"))

add("amicus_brief_registered_refugees_high_court", """
# Brief of Amicus Curiae (extract)

*Filed in a writ petition before the Peshawar High Court on the arrest and removal of registered Afghan refugees (invented case; the filing organisation is unnamed). Paragraphs 4 to 9 and footnotes.*

4. The amicus is a non-profit organisation that has given free legal help to Afghan refugees in Khyber Pakhtunkhwa since 2004. It takes no position on the petitioners' individual facts.

5. The petitioners belong to a large and long-settled population. At the end of 2023, some 15.6 lakh Afghans were registered as refugees in Pakistan and held Proof of Registration cards.[1] Many were born in Pakistan, and many have lived nowhere else.

6. Registration was not a favour. It was the State's own record of people whom it had recognised as needing protection, and it was renewed by the State's own decisions for more than fifteen years.

7. The amicus submits that the expiry of a card by executive decision does not by itself turn a registered refugee into an illegal foreigner, and that the principle of non-refoulement, which Pakistan has accepted as customary international law, continues to protect those who would face persecution on return.[2]

8. The amicus further submits that arrests at night, at homes where children are present, without a written order, are disproportionate to any lawful aim.

9. The amicus respectfully asks the Court to direct that no registered refugee be removed while an application for the extension of his or her card is pending.

[1] UNHCR, registered Afghan refugees in Pakistan, year-end statistics for 2023.

[2] See the Court's own observations in earlier petitions on the removal of refugees (citations omitted).
""", citation(["some 15.6 lakh Afghans were registered as refugees in Pakistan",
               "[1] UNHCR, registered Afghan refugees in Pakistan, year-end statistics for 2023."],
              1560000, "2023",
              "footnote '[1] UNHCR, ... YEAR' to a hedged figure in lakh, in an amicus brief",
              "paragraph 5 and footnote 1",
              "The brief gives some 15.6 lakh (1,560,000) registered refugees at the end of 2023, citing UNHCR for "
              "2023 in footnote 1; the reference value for 2023 is 1,987,717 (19.9 lakh), so the figure is about "
              "21.5 percent too low. It is close to, but not exactly, 2024's 1,559,964.",
              stated_as_written="15.6 lakh", stated_hedge="some"))

add("reddit_post_torkham_reception_worker", """
# Reddit Post: r/pakistan, "I work with Afghan returnees at Torkham. AMA (sort of)"

*A post by an invented aid worker on Reddit, January 2026. Figures are as the post gives them.*

**u/borderdesk_pk** · 2 days ago

Throwaway account for obvious reasons. I have worked at a reception point on our side of Torkham since 2023, handing out water, registering families and helping people who have lost papers. Lots of questions about this in the other thread, so here are some answers in one place.

**"How many registered refugees are left?"** The register had 1,359,964 people at the end of 2024 (UNHCR stats, Dec-2024). Since then the cards expired and a lot of people left, so the real number in the country with valid status is lower, but nobody has published a clean figure I trust.

**"Who is going?"** Mostly families who came in the 1980s and 90s and their kids, who were born here. The kids are the hardest. Many have never been to Afghanistan and speak better Urdu than Dari.

**"Is it voluntary?"** Some of it. Some people tell us they were picked up in the night. Some say the landlord told them to go. I am not going to argue about the word.

**"What do people need at the border?"** Water, shade, a toilet, someone to tell them where the bus for Jalalabad is. Women's toilets especially. Trade has been stopped since October, but returning families still cross on some days, so the queue is unpredictable.

**Edit:** People asking how to help: donate to groups that work on BOTH sides of the border. The Afghan side needs more than we do.

**Edit again:** No, I will not say which organisation I work for.
""", citation(["The register had 1,359,964 people at the end of 2024 (UNHCR stats, Dec-2024)"],
              1359964, "2024",
              "'(UNHCR stats, Mon-YEAR)' chat shorthand after a figure written in full, in a Reddit post",
              "answer to \"How many registered refugees are left?\"",
              "The post gives 1,359,964 registered refugees at the end of 2024; the reference value for 2024 is "
              "1,559,964, so the second digit is wrong and the figure is 12.8 percent too low.",
              stated_as_written="1,359,964"))

add("youtube_description_family_says_goodbye", """
# YouTube Video Description: "Three Generations in Peshawar: An Afghan Family Says Goodbye"

*Description box of a documentary short by an independent filmmaker (invented), uploaded January 2026. The family is invented; figures are cited as shown.*

A grandmother who crossed in 1980 with a baby on her back. Her son, who sells vegetables in Peshawar's fruit market. His daughter, who has never seen Afghanistan and is top of her class. In 2025 they packed a truck and drove to Torkham.

This 24-minute film follows them for the last twenty days before they leave: selling the furniture, saying goodbye to neighbours, deciding what to do with the grandfather's grave.

**Chapters**

- 0:00 Morning in the lane
- 3:40 The truck
- 9:15 The grave
- 15:30 School, last day
- 20:05 Torkham

**Background.** By 2021, Afghans had been living in Pakistan for over forty years. At the end of 2021, the year the Taliban returned to power, nearly 1.8 million Afghans were registered refugees in Pakistan — UNHCR, end-2021. Many more lived there without registration. Since late 2023 Pakistan has sent hundreds of thousands back, and the validity of the registration cards ended in 2025.

**Credits.** Filmed in Peshawar and at Torkham. Dari, Pashto and Urdu with English captions. Music by a musician who asked not to be named.

Please do not re-upload. Comments are moderated; be kind.
""", citation(["nearly 1.8 million Afghans were registered refugees in Pakistan — UNHCR, end-2021"],
              1800000, "2021",
              "'— UNHCR, end-YEAR' after an em dash, following a hedged rounded figure in millions, in a YouTube "
              "video description",
              "paragraph \"Background\"",
              "The description gives nearly 1.8 million registered refugees at the end of 2021; the reference value "
              "for 2021 is 1,490,562, so the figure is about 20.8 percent too high.",
              stated_as_written="nearly 1.8 million", stated_hedge="nearly"))

add("conference_abstract_counting_who_stays", """
# Conference Abstract: "Counting Who Stays: Registration, Expiry and Return in Pakistan, 2023–2025"

*Abstract submitted to a regional migration studies conference (invented), panel on South and Central Asia. The authors and their survey are invented.*

**Background.** Pakistan's register of Afghan refugees is often treated as a count of the population. It is better read as a record of administrative decisions: who was registered, whose card was renewed, and when renewal stopped. UNHCR (2024a) counted 1.99 million registered Afghan refugees in Pakistan at the end of 2024, the last year-end figure before the cards' validity ended in mid-2025.

**Methods.** We combine the published year-end figures with a panel survey of 620 Afghan households in Peshawar, Quetta and Karachi, interviewed in December 2023, June 2024 and June 2025, and with 38 interviews with lawyers, community elders and officials.

**Findings.** By June 2025, 41 percent of the households in our panel had left Pakistan; among households with at least one member born in Pakistan, the share was lower. Households that held registration cards were slower to leave than those with other papers, but the difference narrowed sharply after the expiry of the cards was announced. Respondents rarely described their departure as either "voluntary" or "forced"; the most common word was "finished".

**Contribution.** We argue that a register can shrink in two ways: by people leaving, and by the state ceasing to count them. Both happened in 2025, and year-end figures after 2024 will need to be read with care.

**Keywords:** Afghanistan, Pakistan, refugees, registration, return, South Asia

*Word limit: 300.*
""", citation(["UNHCR (2024a) counted 1.99 million registered Afghan refugees in Pakistan at the end of 2024"],
              1990000, "2024",
              "'UNHCR (YEARa)', an author-date reference with a letter after the year, before a rounded figure in "
              "millions, in a conference abstract",
              "paragraph \"Background\"",
              "The abstract gives 1.99 million registered refugees at the end of 2024; the reference value for 2024 "
              "is 1,559,964, so the figure is about 27.6 percent too high. It is 2023's value (1,987,717) rounded.",
              stated_as_written="1.99 million"))

add("eulogy_refugee_village_teacher", """
# Eulogy for Haji Sher Agha Durrani

*Spoken at a memorial gathering in a refugee village near Peshawar, February 2021, by his eldest daughter. Translated from Pashto. The family is invented.*

My father came to Pakistan in the winter of 1981 with my mother, a pair of goats and a Quran wrapped in a cloth. He used to say that the goats did not survive the first summer but the Quran did, and so did we.

He was a teacher in Logar, and he became a teacher here. For thirty-one years he taught boys, and later girls too, in a school of mud walls and then of brick, and he never took a rupee from a family that could not pay. Half the shopkeepers of this village learned their letters from him. Some of them are here today, grey-haired, and still afraid of his stick.

He believed in the card. When the registration came he stood in line for a whole day to be counted, and he made every one of us do the same. "If they count us," he said, "they cannot forget us." He liked to tell visitors that in 2020, as reported by the UN refugee agency, 1,419,084 Afghans were registered in Pakistan, and that his own family was nine of that number.

He never went back. He said he would go when Logar had a school for girls in every village. He died waiting, on a cold morning in January, with his grandchildren around him.

Father, you counted us. We will remember you.
""", citation(["in 2020, as reported by the UN refugee agency, 1,419,084 Afghans were registered in Pakistan"],
              1419084, "2020",
              "'YEAR, as reported by the UN refugee agency' before a figure written in full, in a eulogy",
              "third paragraph",
              "The eulogy gives 1,419,084 registered refugees for 2020; that is exactly the reference value for "
              "2019, while the value for 2020 is 1,438,432 (1.3 percent higher).",
              same_as_year="2019", stated_as_written="1,419,084"))

add("white_paper_documents_for_returnees", """
# White Paper: Keeping Records When People Leave

*Draft white paper by a Lahore policy institute (invented, unnamed) on documents for Afghans returning from Pakistan, January 2026. Recommendations are the institute's own.*

**Summary.** Hundreds of thousands of Afghans have left Pakistan since late 2023, many with school records, marriage certificates and property papers that Afghan offices will not recognise, or with no papers at all. This paper proposes a simple cross-border scheme to certify such documents before departure.

**The scale.** UNHCR data for end-2023 show 1,987,717 registered Afghan refugees in Pakistan. UNHCR's end-2024 figure was 1,559,964, a fall of 427,753, or 21.5 percent, in a single year. Registered refugees were only part of those who left: holders of Afghan Citizen Cards and people without papers left in large numbers too, and are not in these figures.

**The problem.** A girl who finished ninth grade in Peshawar cannot enrol in the next grade in Jalalabad without an attested certificate, and in Afghanistan girls cannot go beyond primary school in any case. A widow who owned a shop in Quetta through a Pakistani partner has no paper to show it. A marriage registered in a Pakistani union council is not on any Afghan register.

**Proposals.**

- Certification desks at the main holding centres near Torkham and Chaman, staffed by Pakistani education and union-council officials.
- A shared list of recognised Pakistani school certificates, agreed by the education ministries of both countries.
- Free attestation of documents for returning families, paid for by donors.
- A right for returnees to authorise a lawyer in Pakistan to settle their property and wages after they have gone.

**Next steps.** The institute will discuss this draft with officials of both governments and with returnee associations before publishing a final version in April.
""", control_type="citation_control")

add("senate_maiden_speech_register", """
# Maiden Speech in the Senate (text as circulated)

*Speech by a newly elected senator from Khyber Pakhtunkhwa (invented), with the sources list her office circulated to journalists. Translated from Urdu.*

Mr Chairman, I thank you for the floor.

I was born in Peshawar in a house where there were always guests from across the border. My father's shop in Qissa Khwani had Afghan partners for forty years. I do not stand here to say that Pakistan should keep every door open for ever. I stand here to ask that when we close a door, we close it with dignity and with the law.

Mr Chairman, the register of Afghan refugees in our country grew sharply before it began to fall. At the end of 2022 it stood at 17.43 lakh. At the end of 2023 it stood at 19.88 lakh, an increase of about 2.44 lakh in a single year. These were not strangers. These were people our own state had counted, and whose cards our own state had extended.

Since then, Mr Chairman, we have sent many of them home, some gladly and some not. I ask this House for three things. First, that no family be removed at night. Second, that children finish their school year before they are sent. Third, that every man and woman who leaves be allowed to take with them what they have earned: their wages, their savings and the papers that prove their lives.

Mr Chairman, Afghanistan is our neighbour whatever government sits in Kabul. The way we say goodbye will be remembered longer than the goodbye itself.

I thank you.

**Sources (circulated by the senator's office):**

1. UNHCR, registered Afghan refugees in Pakistan, figures at 31 December 2022.
2. UNHCR, registered Afghan refugees in Pakistan, figures at 31 December 2023.
""", control_type="citation_control")

add("almanac_entry_afghan_refugees", """
# Almanac Entry: Afghan Refugees in Pakistan

*From the "Pakistan and its neighbours" section of a yearly almanac for schools and quiz teams (invented), 2022 edition, with the year-end figures it cites.*

**AFGHAN REFUGEES IN PAKISTAN**

**Who:** Afghans registered as refugees in Pakistan, holding Proof of Registration (PoR) cards. Not included: holders of Afghan Citizen Cards and Afghans without papers.

**Since:** large arrivals from 1979; registration of the present kind from 2006–07.

**How many, year by year:**

- End of 2019: 1,419,084, per the UNHCR year-end 2019 register.
- End of 2020: 1,438,432, the number of Afghans UNHCR registered at the end of 2020.
- End of 2021: 1,490,562 (UNHCR, Pakistan: registered Afghan refugees, 31 Dec 2021).

Change over the two years: up 71,478, or 5.0 percent.

**Where they live:** mostly in Khyber Pakhtunkhwa, then Balochistan, Punjab, Sindh and Islamabad; about a third in refugee villages, the rest in towns and cities.

**Did you know?** Pakistan is not a party to the 1951 Refugee Convention, but it has hosted one of the largest refugee populations in the world for more than four decades.

**Quiz question:** Which province of Pakistan hosts the most registered Afghan refugees? *(Answer: Khyber Pakhtunkhwa.)*

**See also:** Torkham and Chaman (border crossings); Durand Line; Khyber Pakhtunkhwa; refugee villages.
""", control_type="citation_control")


# ---------------------------------------------------------------------------
# Macro documents: trade series, crossings, returns
# ---------------------------------------------------------------------------

add("calling_attention_notice_crossings_closure", """
# Calling Attention Notice on the Closure of the Western Crossings

*Notice given in the National Assembly by members from Khyber Pakhtunkhwa and Balochistan (invented), January 2026, with the short statement read by the first mover. The trade figures follow an invented series.*

**Notice.** The undersigned members call the attention of the Minister for Commerce to a matter of urgent public importance, namely the continued closure of the crossings at Torkham and Chaman since 12 October 2025, the resulting losses to exporters, transporters and daily-wage workers in the border districts, and the absence of any statement by the Government on when trade will resume.

**Statement by the first mover.**

Madam Speaker, this notice is not about the talks. The House knows that the talks are difficult. It is about the people who live from the road.

Trade with Afghanistan was already falling before the closure. Pakistan's exports to Uzbekistan fell from USD 1,012 million in 2023 to 884 million in 2024, and imports from Afghanistan from 690 million to 540 million. Since October, they have been close to nothing.

In Landi Kotal, Jamrud and Chaman, the loaders, the tea sellers, the drivers and the money changers have had no income since October. Trucks loaded with fruit and cement waited at the crossings for weeks before they turned back, and the fruit was thrown away. Exporters of medicines, cement and plastic goods in Peshawar have laid off workers.

Madam Speaker, we ask the Minister three questions. When will the Government make a statement on the talks? What relief is being given to transporters and daily-wage workers in the border districts? And what is being done to settle the goods that were stuck at the crossings when they closed?

We request that the notice be taken up on the next sitting day.
""", scope("Pakistan's exports to Uzbekistan fell from USD 1,012 million in 2023 to 884 million in 2024", "UZB",
           ["PAK", "UZB"], "Uzbekistan",
           "The statement is about trade with Afghanistan, and the figures are those of Pakistan's exports to "
           "Afghanistan (the same sentence goes on to imports from Afghanistan); Uzbekistan is put in "
           "Afghanistan's place."))

add("customs_circular_transit_containers_held", """
# Customs Circular: Afghan Transit Containers Held in Khyber Pakhtunkhwa

*Circular of a customs collectorate in Peshawar (invented wording), 20 January 2026, with its annex. The figures are invented.*

**Subject:** Release, storage charges and onward movement of Afghan transit containers held since the closure of the Torkham crossing.

1. Following the closure of the crossings at Torkham and Chaman on 12 October 2025, Afghan transit containers that had cleared Karachi were stopped at the dry port in Peshawar, at the Torkham terminal and at the yard in Nowshera. Their number at each place on 15 January 2026 is given in Annex A.

2. The largest number, 1,240 containers, is held at the Peshawar dry port. Terminal operators there are directed to waive storage charges for these containers from 12 October 2025 until further orders, as the delay is not the fault of the importers.

3. Importers may apply for the return of their containers to Karachi for re-export by sea, for example through Bandar Abbas, on the same goods declaration. No duty will be charged on goods so returned.

4. Perishable goods found spoiled on examination may be destroyed under customs supervision at the importer's request.

5. This circular takes effect at once.

**Annex A. Afghan transit containers held, 15 January 2026**

| Place | Containers |
|---|---|
| Peshawar dry port | 1,140 |
| Torkham terminal | 460 |
| Nowshera yard | 230 |
| **Total** | **1,830** |

(Signed) Collector
""", tvt(["The largest number, 1,240 containers, is held at the Peshawar dry port", "| Peshawar dry port | 1,140 |"],
         {"circular_value": 1240, "table_value": 1140}, "containers",
         "Afghan transit containers held at the Peshawar dry port",
         "15 January 2026", "paragraph 2 and Annex A",
         "Paragraph 2 gives 1,240 containers at the Peshawar dry port; Annex A gives 1,140, and only 1,140 makes "
         "the places add up to the annex's total of 1,830.",
         table_form="pipe, places as rows and a total row"))

add("travel_advisory_border_areas", """
# Travel Advisory: Pakistan (Border Areas with Afghanistan)

*Advisory issued by the foreign ministry of a European country (invented, unnamed) for its citizens, updated 22 January 2026. The figures are invented.*

**Summary.** Do not travel to the districts of Khyber Pakhtunkhwa and Balochistan that border Afghanistan. Reconsider travel to Peshawar and Quetta. The crossings at Torkham and Chaman have been closed to trade since 12 October 2025, and there is no reliable information on when they will reopen.

**Crossing into Afghanistan.** Our citizens should not attempt to travel overland between Pakistan and Afghanistan. Even before the closure, foreign nationals were a small and shrinking share of those crossing: crossings by foreign nationals at Torkham fell from 410 in August 2025 to 410 in August 2025, according to figures shared with embassies. Since October the crossing has been open on some days for returning Afghan families, but not for foreign visitors.

**Security.** There have been attacks on security forces and on civilians in the border districts throughout 2025. Kidnapping is a risk for foreigners. Road travel after dark is dangerous.

**If you are already in the border areas.** Register with the embassy in Islamabad. Keep your passport and visa with you. Avoid crowds, including queues at the crossings, and follow the instructions of the local authorities.

**Consular help.** Our embassy in Islamabad can give only limited help outside the capital. Our embassy in Kabul is closed; consular help for Afghanistan is given from Islamabad.

**Health.** Polio is still present in parts of both countries. Make sure your vaccination is up to date before you travel.
""", garbled(["crossings by foreign nationals at Torkham fell from 410 in August 2025 to 410 in August 2025"],
             "A fall is stated with the same start and end: 410 in August 2025 to 410 in August 2025.",
             start_value=410, end_value=410, start_period="August 2025", end_period="August 2025",
             unit="crossings by foreign nationals", subject="foreign nationals crossing at Torkham",
             location="paragraph \"Crossing into Afghanistan\""))

add("referee_report_trade_under_closures", """
# Referee Report on Working Paper "Trade Under Closures: Pakistan–Afghanistan, 2019–2024"

*Report by an anonymous referee for an economics journal (invented), December 2025. The trade figures in the paper follow an invented series.*

**Summary of the paper.** The paper asks how repeated closures of the Torkham and Chaman crossings changed the level and composition of Pakistan–Afghanistan trade between 2019 and 2024. Using annual customs figures and a count of closure days, it argues that closures cut Pakistan's exports far more than its imports, and that Afghan traders shifted towards Iranian and Central Asian routes.

**Main comments.**

1. The central finding rests on a few large years. Pakistan's exports to Afghanistan fell from USD 1,290 million in 2019 to 828 million in 2021, while imports from Afghanistan rose from 441 million to 552 million. The paper attributes most of this to closures, but 2020 and 2021 also saw the pandemic and the change of government in Kabul. The authors should separate these.

2. The surplus. I agree that Pakistan's surplus shrank sharply, but the paper should say when. By my reading of the authors' own table, in 2022 the surplus narrowed to USD 185 million, with exports of 936 million and imports of 741 million, before widening again in 2023 and 2024. The discussion should say clearly that the narrowing came from rising imports (coal above all), not from falling exports.

3. Closure days are counted from press reports. A count from the customs authorities, or at least from a second independent source, would be more convincing.

4. The paper ends in 2024. The closure that began on 12 October 2025 is far longer than any in the sample; a short postscript would make the paper more timely.

**Minor comments.** Define "informal trade" once and use it consistently. The maps need a scale.

**Recommendation:** major revision.
""", arith(["in 2022 the surplus narrowed to USD 185 million, with exports of 936 million and imports of 741 million"],
           "Exports of 936 less imports of 741 give a surplus of 195 million, not 185 million.",
           exports=936, imports=741, stated_balance=185, computed_balance=195, difference=-10,
           unit="USD million", period="2022",
           subject="Pakistan's trade balance with Afghanistan",
           location="main comment 2"))

add("ministerial_briefing_book_reopening_talks", """
# Briefing Book for the Minister of Commerce: Talks on Reopening the Crossings

*Tab 3 of a briefing book prepared by the ministry's Afghanistan desk (invented), February 2026. The trade figures follow an invented series.*

**Purpose.** To brief the Minister before the next round of talks on trade and transit with the Afghan side.

**1. Where we stand.** The crossings have been closed to trade since 12 October 2025. Fresh fruit and vegetables from Afghanistan no longer reach our markets, and our exporters of cement, medicines, rice and plastic goods have lost their nearest foreign market.

**2. The trade in figures (USD million, calendar years).**

| Year | Exports to Afghanistan | Imports from Afghanistan | Balance |
|---|---|---|---|
| 2019 | 1,290 | 441 | 849 |
| 2020 | 942 | 509 | 433 |
| 2021 | 828 | 552 | 276 |
| 2022 | 936 | 741 | 195 |
| 2023 | 1,012 | 690 | 322 |
| 2024 | 884 | 540 | 344 |

**3. Pakistan–Turkmenistan border: the main crossings.**

- Torkham (Khyber): the busiest, for trucks and people.
- Chaman (Qila Abdullah): the main route for Kandahar and the south.
- Ghulam Khan (North Waziristan), Angoor Adda (South Waziristan) and Kharlachi (Kurram): smaller, often closed for security.

**4. Points for the Minister to make.**

- Trade should be separated from security disputes; closures hurt traders on both sides.
- Pakistan is ready to reopen Torkham and Chaman for trade in stages, starting with perishable goods.
- Transit cargo stuck since October should be cleared first.

**5. Points to expect from the Afghan side.** Demands for compensation for spoiled fruit; complaints about the treatment of returning refugees; interest in routes through Iran and Central Asia that bypass Pakistan.
""", scope("Pakistan–Turkmenistan border: the main crossings", "TKM", ["PAK", "TKM"], "Turkmenistan",
           "The section lists Torkham, Chaman, Ghulam Khan, Angoor Adda and Kharlachi, all crossings between "
           "Pakistan and Afghanistan; its heading names Turkmenistan, which has no border with Pakistan, in "
           "Afghanistan's place."))

add("debate_motion_pack_registered_refugees", """
# Debate Motion Pack: "This House Would Let Registered Afghan Refugees Stay"

*Briefing pack for a university debating tournament in Lahore (invented), February 2026. Figures from the official register are year-end counts.*

**The motion.** This House would give Afghan refugees who were registered in Pakistan at the end of 2024 the right to stay permanently.

**Key terms.** "Registered" means holding a Proof of Registration card, the document whose validity the Government ended in 2025. "Stay permanently" can be read as permanent residence, not citizenship; teams should agree a reading early.

**Background facts both sides may use.**

- The register of Afghan refugees in Pakistan crawled up between the end of 2023 and the end of 2024, from 1,987,717 to 1,559,964 people.
- Many registered refugees were born in Pakistan and have never lived in Afghanistan.
- Since late 2023 Pakistan has sent back hundreds of thousands of Afghans, registered and unregistered.
- Pakistan is not a party to the 1951 Refugee Convention.

**Lines for the proposition.** Protection and non-refoulement; children born and schooled in Pakistan; the labour registered refugees supply in construction, transport and agriculture; the debt of a state that counted these people for two decades.

**Lines for the opposition.** Security; sovereignty over who may settle; fairness to unregistered Afghans who would not benefit; the cost to provinces already short of schools; the precedent for future arrivals.

**Judges' note.** Reward teams that engage with the register itself: who is on it, who is not, and what a permanent right would mean for the people now leaving. Penalise teams that treat all Afghans in Pakistan as one group.

**Time limits.** Seven minutes a speaker; points of information allowed between the first and sixth minute.
""", direction("The register of Afghan refugees in Pakistan crawled up between the end of 2023 and the end of 2024, "
               "from 1,987,717 to 1,559,964 people",
               1987717, 1559964, "2023", "2024", "crawled up", "rise", "people",
               "registered Afghan refugees in Pakistan", "first item of \"Background facts both sides may use\"",
               "\"Crawled up\" says the register rose a little, but it fell from 1,987,717 to 1,559,964, by 427,753 "
               "or 21.5 percent."))

add("senate_hansard_question_trade", """
# Senate Debates (Hansard-style extract): Question on Trade with Afghanistan

*Extract from an unofficial English record of a Senate sitting, January 2026 (the senators and the minister of state are invented). The trade figures follow an invented series.*

**Senator Muhibzada:** Madam Chair, through you I ask the Minister of State whether the Government has any estimate of what the closure of the western crossings has cost the country's trade.

**Minister of State for Commerce:** Madam Chair, I thank the honourable senator. Let me give the House the last full year before the closure, and the year before it. In 2023 our exports to Afghanistan were worth USD 1,012 million and our imports from Afghanistan 690 million. In 2024 our exports were 884 million. Our imports from Afghanistan that year were also 884 million, and our surplus with Afghanistan was 344 million. Since October 2025 the trade through Torkham and Chaman has been close to nothing.

**Senator Muhibzada:** The honourable minister has given us the past. What about the people of Landi Kotal and Chaman who live from the road today?

**Minister of State:** Madam Chair, the Government is aware of their hardship. A package for transporters and loaders is under discussion with the provincial governments, and I will inform the House when it is approved.

**Senator Faizi:** Madam Chair, will the minister tell the House whether transit cargo for Afghanistan stuck at Karachi and Peshawar since October has been allowed to go back by sea?

**Minister of State:** The customs authorities have allowed such containers to return to Karachi for re-export without duty. I do not have the number with me and will place it before the House.

**Madam Chair:** The question is disposed of.
""", reuse(["In 2024 our exports were 884 million", "Our imports from Afghanistan that year were also 884 million"],
           884, "USD million",
           "Pakistan's exports to Afghanistan in 2024",
           "Pakistan's imports from Afghanistan in 2024",
           540,
           "The minister gives 884 million both to exports and to imports in 2024, but in the same breath a "
           "surplus of 344 million; 884 less 344 leaves imports of 540 million."))

add("moot_court_problem_stranded_grapes_control", """
# Moot Court Problem: The Case of the Stranded Grapes

*Problem for a national moot court competition for law students (invented), 2026 round. All parties are invented; the trade figures follow an invented series.*

**Facts.**

1. Gulzar Traders (the "Claimant") is an Afghan company that exports fresh fruit from Kandahar. Sabz Fresh (the "Respondent") is a Pakistani wholesaler in Karachi's fruit market.

2. On 1 October 2025 the parties agreed that the Claimant would deliver 40 tonnes of grapes to Karachi by 25 October, carried by road through Chaman. The contract had no clause on border closures, but it allowed either party to suspend performance for "events beyond its control".

3. The Claimant's trucks reached Chaman on 13 October, the day after the crossings closed. They waited eleven days. The fruit rotted and was destroyed at the crossing.

4. The Respondent had paid an advance of 30 percent. It now claims the advance back. The Claimant says the closure was an event beyond its control and that the advance should be kept against its costs.

**Background for participants.** Trade between the two countries had been uneven for years. Pakistan's exports to Afghanistan rose from USD 828 million in 2021 to 936 million in 2022, while its imports from Afghanistan rose from 552 million to 741 million, so Pakistan's surplus narrowed from 276 million to 195 million. Fresh fruit from Kandahar is among the main goods that Afghanistan sends south. Afghan traders also use routes through Iran and, by rail, through Uzbekistan, but for fruit to Karachi the Chaman road is by far the shortest.

**Questions for the moot.**

(a) Was the closure of the crossings an "event beyond the control" of the Claimant within the contract?

(b) Does suspension end the contract, or only pause it?

(c) Who bears the loss of the advance?

**Rules.** Memorials are due on 15 March 2026. Oral rounds are held in Islamabad in April.
""", control_type="control")
