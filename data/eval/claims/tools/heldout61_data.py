# Sixty-first held-out set of synthetic documents ("heldout61").  Written from
# scratch after heldout60/, by a labeller session that had not opened dyad's
# implementation or history and had not seen any of its results.
# Every entry: name (topic slug, numbered later by build_heldout61.py), text,
# labels (list of defect dicts), control_type for controls.
# New registers: a kinnow packing house at Bhalwal, Sargodha, that sold
# cartons to a Kabul commission agent; a plastic housewares factory at Hattar,
# Haripur, that sold to a Jalalabad wholesaler; an asafoetida (hing) collectors'
# union at Adraskan, Herat, that sold resin to a Lahore spice dealer; a rock
# salt lick-block works at Khewra, Jhelum, that sold to a Mazar-i-Sharif
# livestock supplier; a pine nut (chilgoza) traders' association at Zurmat,
# Paktia, that sold to a Peshawar dry-fruit dealer; a khes handloom works at
# Kamalia, Toba Tek Singh, that sold to a Kandahar cloth merchant; mulberry
# drying yards at Istalif, Kabul province, that sold to a Rawalpindi dry-fruit
# shop; and macro documents on the trade series and the register.
#
# Invented figures shared with earlier sets: annual trade series (README:
# exports 1,290 / 942 / 828 / 936 / 1,012 / 884 and imports 441 / 509 / 552 /
# 741 / 690 / 540 for 2019-2024, balances 849 / 433 / 276 / 195 / 322 / 344,
# totals 1,731 / 1,451 / 1,380 / 1,677 / 1,702 / 1,424); reference refugee
# series (1,419,084 / 1,438,432 / 1,490,562 / 1,743,278 / 1,987,717 /
# 1,559,964 for 2019-2024).
#
# New invented figures, consistent with the above:
#   Bhalwal Citrus Packers, Bhalwal (invented), begun 2009 by Malik Arshad
#     Gondal; 40 seasonal workers, December to March; kinnow cartons of 10 kg,
#     about 60 fruit; cartons packed 2022-23 150,000, 2023-24 180,000, 2024-25
#     120,000; to Haji Gul Agha, Kabul fruit mandi 90,000 / 110,000 / 64,000,
#     at home (Lahore, Karachi) 60,000 / 70,000 / 56,000; trucks of 2,000
#     cartons; gate price Rs 1,000 / 1,200 / 1,500 a carton; Kabul 2023-24 by
#     month Dec 20,000, Jan 34,000, Feb 31,000, Mar 25,000; crossing at Torkham
#     since 2012.
#   Hazara Polymers, Hattar (invented), begun 2014 by Sardar Waqar Jadoon; 45
#     workers, 8 moulding machines; buckets, mugs, jugs, tubs; sacks of 20
#     pieces, trucks of 1,000 sacks; pieces sold 2023 400,000, 2024 480,000
#     (24,000 sacks), 2025 360,000; to Haji Rahmatullah, Jalalabad 240,000 /
#     300,000 (15,000 sacks, 15 trucks) / 90,000, at home 160,000 / 180,000 /
#     270,000; average price Rs 320 (2023), Rs 350 (2024) a piece; about 0.4 kg
#     of granules a piece; Q1 2025 Jalalabad 60,000, home 45,000.
#   Adraskan Hing Collectors' Union, Adraskan, Herat (invented), begun 2016, 60
#     families; resin cut April to June, tins of 5 kg; harvest 2023 12 t, 2024
#     15 t (3,000 tins), 2025 10 t; to Haji Saleem, Shah Alam Market, Lahore 8
#     / 10 (2,000 tins, five loads of 400 tins) / 2 t, at home 4 / 5 (Herat 3,
#     Kabul 2) / 8 t; Lahore paid Rs 8,000 (2023), Rs 9,000 (2024) a kg; Rs 4
#     to the afghani.
#   Salt Range Minerals, Khewra (invented), begun 2007 by Raja Naveed Janjua;
#     25 workers; lick blocks of 5 kg; trucks of 4,000 blocks (20 t); blocks
#     sold 2023 80,000, 2024 96,000, 2025 70,000; to Haji Abdul Qadir,
#     Mazar-i-Sharif 50,000 / 60,000 (15 trucks; by quarter 4 / 3 / 3 / 5
#     trucks) / 14,000, at home 30,000 / 36,000 / 56,000; Rs 250 a block (2024).
#   Zurmat Chilgoza Traders' Association, Zurmat, Paktia (invented), begun
#     2017, 120 families; bags of 20 kg; harvest 2023 (1402 SH) 80 t, 2024
#     (1403) 100 t (5,000 bags), 2025 (1404) 60 t; to Haji Fazal Rabbi, Namak
#     Mandi, Peshawar 55 / 70 (3,500 bags) / 5 t, at home (Gardez, Kabul) 25 /
#     30 / 55 t; Peshawar paid Rs 6,000 (2023), Rs 7,500 (2024) a kg; route by
#     Khost and Ghulam Khan.
#   Kamalia Khes Ghar, Kamalia (invented), begun 2003 with four looms by Ustad
#     Ghulam Rasool Ansari; 20 looms, 32 weavers; khes 2.5 m x 1.5 m, about 1.5
#     kg; bales of 30; khes sold 2023 9,000, 2024 10,800, 2025 7,500; to Haji
#     Barakatullah, Kandahar 5,400 / 6,600 (220 bales) / 1,200 (40 bales), in
#     Pakistan 3,600 / 4,200 (Faisalabad and Multan 2,500, Lahore and online
#     1,700) / 6,300; Rs 3,500 a khes (2024); Kandahar buyer since 2010.
#   Istalif Tut Drying Yards, Istalif (invented), begun 2013, 35 families;
#     4 kg fresh to 1 kg dried; cartons of 8 kg; dried 2023 40 t, 2024 48 t
#     (6,000 cartons), 2025 about 30 t; to Haji Shaukat, Raja Bazaar,
#     Rawalpindi 26 / 32 (4,000 cartons) / 6 t, Kabul 14 / 16 / 24 t;
#     Rawalpindi paid Rs 2,000 (2023), Rs 2,400 (2024) a kg.
#   Macro documents: the encyclopedia, associations, chambers, newspapers,
#     consultants, governments, libraries, charities and people are invented and
#     kept consistent within each document.

HELDOUT61 = []
from heldout_labels import (  # noqa: F401
    PAIR, REFS, adder, arith, change_pct, citation, direction, garbled, line_of, parts_total, pdf_lines, scope, tvt,
    repeated, reuse,
)

add = adder(HELDOUT61)

# ---------------------------------------------------------------------------
# Bhalwal Citrus Packers (invented), Bhalwal, Sargodha
# ---------------------------------------------------------------------------

add("bhalwal_kinnow_dispatch_logbook", """
# Dispatch Logbook, Season 2023-24: Bhalwal Citrus Packers

*Pages from the dispatch clerk's logbook of a kinnow packing house in Bhalwal, Sargodha, with the season summary pasted inside the back cover. The packing house, its buyer and every figure are invented.*

**1 Dec 2023.** Season opened. Malik Arshad Gondal says we will pack 10 kg cartons again, about 60 fruit to a carton, and that Haji Gul Agha of the Kabul fruit mandi wants more than last year.

**31 Dec 2023.** Month closed: 20,000 cartons to Haji Gul Agha, Kabul, in ten trucks. Two more graders hired, making 40 on the floor.

**31 Jan 2024.** Month closed: 32,000 cartons to Kabul, the busiest month yet. Fog held the trucks at Torkham twice.

**29 Feb 2024.** Month closed: 31,000 cartons to Kabul. The waxing machine broke on the 12th and was mended on the 14th.

**31 Mar 2024.** Season closed: 25,000 cartons to Kabul in March. Lahore and Karachi took the rest of our 180,000 cartons, 70,000 in all.

*Pasted inside the back cover: the summary the office sent to the bank in April 2024.*

| Month | Cartons to Kabul |
|---|---|
| December 2023 | 20,000 |
| January 2024 | 34,000 |
| February 2024 | 31,000 |
| March 2024 | 25,000 |
| **Total** | **110,000** |

Note in the clerk's hand below the table: "Kabul took 110,000 of 180,000, against 90,000 of 150,000 last season. Gate price Rs 1,200 a carton."
""", tvt(["32,000 cartons to Kabul, the busiest month yet", "| January 2024 | 34,000 |"],
        {"text_value": 32000, "table_value": 34000}, "cartons",
        "kinnow cartons the Bhalwal packing house sent to the Kabul agent", "January 2024",
        "logbook entry for 31 Jan 2024 against the January row of the summary table pasted in the back cover",
        "The clerk's entry closing January 2024 gives 32,000 cartons to Kabul; the summary table of the same shipments gives January 2024 as 34,000. The table's rows add up to its total of 110,000 (which the clerk's own note repeats), while the monthly entries add up to only 108,000, so the two records of January disagree."))

add("bhalwal_kinnow_loan_appraisal", """
# Credit Appraisal Note: Bhalwal Citrus Packers

*Internal note of a branch of an invented bank in Sargodha, May 2024, on a request for a loan to build a cold store. The bank, the borrower and every figure are invented.*

**Borrower.** Bhalwal Citrus Packers, a kinnow grading and packing house in Bhalwal, Sargodha, run since 2009 by Malik Arshad Gondal. Forty seasonal workers, December to March.

**Request.** Rs 30 million over five years for a cold store of 400 tonnes, so that fruit picked in February can be held and sold in April, when prices are higher.

**Trading record.** The house packs 10 kg cartons for two markets: Haji Gul Agha, a commission agent in the Kabul fruit mandi, and wholesalers in Lahore and Karachi.

- Season 2022-23: 150,000 cartons packed, 90,000 to Kabul, at Rs 1,000 a carton.
- Season 2023-24: 180,000 cartons packed, 110,000 to Kabul, at Rs 1,200 a carton.

Turnover was Rs 150 million in 2022-23 and Rs 216 million in 2023-24, 1.6 times as much, and the owner expects the Kabul agent to take more again in 2024-25.

**Security.** The packing hall and its land, valued at Rs 55 million.

**Risks.** Three cartons in every five go through Torkham, so any closure of the crossing hits the borrower at once. A cold store would let him hold fruit through a short closure rather than sell it cheaply in Lahore.

**Repayment.** Instalments of Rs 6 million a year, before mark-up, come to under 3 percent of a season's turnover at the 2023-24 level.

**Recommendation.** Approve, subject to insurance of the cold store and a copy of the Kabul agent's orders for 2024-25.
""", arith(["Turnover was Rs 150 million in 2022-23 and Rs 216 million in 2023-24, 1.6 times as much"],
          "The note's own lines give 150,000 cartons at Rs 1,000 (Rs 150 million) and 180,000 cartons at Rs 1,200 (Rs 216 million). Rs 216 million is 1.44 times Rs 150 million, a rise of 44 percent, not 1.6 times (a rise of 60 percent).",
          **{"from": 150, "to": 216, "computed_change_pct": 44.0, "stated_change_pct": 60.0,
             "stated_fold": 1.6, "computed_fold": 1.44, "unit": "Rs million",
             "from_period": "2022-23", "to_period": "2023-24",
             "subject": "turnover of the Bhalwal packing house",
             "location": "trading record paragraph, a ratio written as 'times as much'"}))

add("bhalwal_kinnow_radio_drama", """
# "Sweet and Sour": Radio Play, Episode 7

*Script of a Punjabi radio serial in English translation, broadcast from Sargodha in April 2025, set in a kinnow packing house in Bhalwal. The serial, its characters and every figure are invented.*

SOUND: Rain on a tin roof. A forklift reversing, beeping.

NASREEN: Arshad, the bank manager rang again. He wants the season's figures by Thursday.

MALIK ARSHAD: Then he shall have them. Write this down. Season 2024-25: 120,000 cartons packed.

NASREEN: Down from 180,000 last season.

MALIK ARSHAD: The dry winter, Nasreen, not my fault. Half the orchards round Bhalwal gave small fruit. But don't tell me business is bad. Haji Gul Agha in Kabul took more of our fruit this season than last: 110,000 cartons last season and 64,000 this one.

NASREEN (writing): And Lahore and Karachi?

MALIK ARSHAD: 56,000 between them. Put down the gate price too: Rs 1,500 a carton, up from Rs 1,200.

SOUND: A door bangs. Footsteps.

JAVED (the foreman, breathless): Malikji, the last truck for Kabul is loaded. Thirty-two trucks this season, every one of them 2,000 cartons.

MALIK ARSHAD: Then we are finished. Nasreen, tell the bank we will build the cold store before the next fruit comes.

SOUND: Music rises.

ANNOUNCER: Next week on "Sweet and Sour": a letter from Kabul, and a visit from the bank.
""", direction("took more of our fruit this season than last: 110,000 cartons last season and 64,000 this one",
              110000, 64000, "2023-24", "2024-25", "took more", "rise", "cartons",
              "kinnow cartons taken by the Kabul agent",
              "Malik Arshad's third speech, the direction words before the two figures",
              "Malik Arshad says the Kabul agent took more fruit this season than last, then gives 110,000 cartons for last season and 64,000 for this one: a fall of 46,000 cartons (41.8 percent), which the later figures (32 trucks of 2,000 cartons) confirm."))

add("bhalwal_kinnow_wedding_card", """
# Wedding Invitation: The Gondal Family of Bhalwal

*Text of a printed invitation card, with the family's note on the inside flap, for a wedding held in Bhalwal, Sargodha, in February 2025. The family, the packing house, the guests and every figure are invented.*

**Bismillah ir-Rahman ir-Rahim**

Malik Arshad Gondal and Begum Nasreen Gondal request the honour of your presence at the wedding of their daughter

**Ayesha**

with

**Dr Hamza Tiwana**, son of Chaudhry Iftikhar Tiwana of Sargodha

**Mehndi:** Thursday 13 February 2025, 7 pm, at the family home, Bhalwal.

**Barat:** Saturday 15 February 2025, 1 pm, at the Kinnow Hall, Sargodha Road.

**Walima:** Sunday 16 February 2025, 1 pm, hosted by the groom's family.

RSVP: Javed, at the packing house office.

**On the inside flap**

Dear friends, this wedding falls in the middle of the kinnow season, and we ask you to forgive us if the packing house is half-closed that week. Since 2009 the fruit of Bhalwal has paid for everything this family has, Ayesha's schooling included. Our cartons have crossed the Pakistan–Tajikistan border at Torkham every winter since 2012, and this season, though the dry winter gave us only 120,000 cartons, 64,000 of them are going to Kabul.

Among our guests will be Haji Gul Agha of the Kabul fruit mandi, who has bought from us for thirteen seasons and whose traders carry some of the fruit on to Tajikistan. He will be the one with the largest box of sweets. Please make him welcome.
""", scope("crossed the Pakistan–Tajikistan border at Torkham", "TJK", ["PAK", "TJK"], "Tajikistan",
           "Torkham is on the Pakistan–Afghanistan border, and the cartons go to Kabul; the note names Tajikistan in Afghanistan's place. Later in the same note Tajikistan is named correctly, as a country to which the Kabul agent's traders carry some of the fruit onward.",
           not_a_defect="carry some of the fruit on to Tajikistan",
           location="family's note on the inside flap; Tajikistan stands in Afghanistan's place"))

add("bhalwal_kinnow_trivia_cards_control", """
# Kinnow Trivia: Six Cards from the Bhalwal Fruit Fair

*Cards used at a quiz stall of a fruit fair in Bhalwal, Sargodha, in January 2025, with answers on the back. The packing house and every figure are invented.*

**Card 1.** *Front:* Bhalwal Citrus Packers packs kinnows in cartons of 10 kg, about 60 fruit to a carton. In season 2023-24 it packed 180,000 cartons. Roughly how many fruit is that? *Back:* About 10.8 million kinnows, or 1,800 tonnes.

**Card 2.** *Front:* In season 2022-23 the house sent 90,000 of its 150,000 cartons to a commission agent in the Kabul fruit mandi. What share is that? *Back:* 60 percent. The other 60,000 went to Lahore and Karachi.

**Card 3.** *Front:* Kabul took 110,000 cartons in 2023-24 and 64,000 in 2024-25. By how much did Kabul's orders fall? *Back:* By 46,000 cartons, or 41.8 percent.

**Card 4.** *Front:* A truck to Kabul carries 2,000 cartons. How many trucks carried the 2024-25 fruit to Kabul? *Back:* 32.

**Card 5.** *Front:* The gate price went from Rs 1,200 a carton in 2023-24 to Rs 1,500 in 2024-25. By what fraction did it rise? *Back:* By a quarter.

**Card 6.** *Front:* In 2024-25 the house packed 120,000 cartons. How many tonnes of fruit is that, and how many cartons stayed in Pakistan? *Back:* 1,200 tonnes; 56,000 cartons stayed, Kabul taking the other 64,000.
""", control_type="control")

# ---------------------------------------------------------------------------
# Hazara Polymers (invented), Hattar, Haripur
# ---------------------------------------------------------------------------

add("hattar_plastics_email_chain", """
# Email Thread: "Order for 2025"

*Three emails between a housewares factory in Hattar, Haripur, and its buyer in Jalalabad, January 2025, printed from the factory's account. The factory, the buyer and every figure are invented.*

**From:** Bilal Jadoon, Sales, Hazara Polymers, Hattar. **To:** Idrees Rahmatullah, Jalalabad. **Date:** 6 January 2025. **Subject:** Order for 2025.

Dear Idrees, I hope your father is well after his illness. Before we plan 2025, here is how 2024 went. Last year we filled 24,000 sacks, each of 20 pieces (buckets, mugs, jugs and tubs). Your shop took 15,000 of them, and our dealers at home took 15,000. The average price was Rs 350 a piece, up from Rs 320 in 2023. Can you tell me what you need this year, so that I can order granules from Karachi in time?

**From:** Idrees Rahmatullah. **Date:** 8 January 2025.

Dear Bilal, my father is much better, thank you, and sends his salaams to Sardar sahib. We would like the same as 2024, 300,000 pieces, but in more colours, and twice as many 15-litre buckets, because the ones from Iran cracked in the cold. Could the first trucks come in March?

**From:** Bilal Jadoon. **Date:** 9 January 2025.

Dear Idrees, March is fine. Each truck takes 1,000 sacks, so your 300,000 pieces will need 15 trucks, the same as last year. The granules for them, at about 0.4 kg a piece, come to 120 tonnes, which I will order this week. Regards to your father.
""", reuse(["Your shop took 15,000 of them", "our dealers at home took 15,000"], 15000,
          "sacks of 20 pieces", "sacks taken by the Jalalabad shop in 2024",
          "sacks taken by the factory's dealers in Pakistan in 2024", 9000,
          "Bilal says the factory filled 24,000 sacks in 2024 and that the Jalalabad shop took 15,000 of them; the same sentence gives the home dealers 15,000 as well, which would make 30,000. By the email's own total the home dealers took 9,000 sacks (180,000 pieces); the Jalalabad figure is confirmed by the 300,000 pieces in 15 trucks of 1,000 sacks.",
          total_sacks=24000, period="2024"))

add("hattar_plastics_tender_notice", """
# Tender Notice No. HP/07/2025: Supply of Polypropylene Granules

*Notice placed by a housewares factory in Hattar, Haripur, in a Peshawar business daily in June 2025. The factory and every figure are invented.*

Hazara Polymers, Plot 14, Hattar Industrial Estate, District Haripur, invites sealed bids from registered suppliers for the following:

1. **Item:** polypropylene granules, injection-moulding grade, natural colour, in 25 kg bags.
2. **Quantity:** 150 tonnes (6,000 bags), in three equal lots of 50 tonnes.
3. **Delivery:** to the factory gate, between 15 September 2025 and 2 July 2025, one lot a month.
4. **Bid security:** 2 percent of the bid value, by pay order in favour of Hazara Polymers.
5. **Closing date:** bids must reach the factory office by 12 noon on 30 June 2025 and will be opened the same day at 3 pm in the presence of bidders who wish to attend.

**About the factory.** Hazara Polymers has moulded buckets, mugs, jugs and tubs in Hattar since 2014. Its 8 machines and 45 workers made 480,000 pieces in 2024, of which 300,000 went to a housewares wholesaler in Jalalabad and 180,000 to dealers in Khyber Pakhtunkhwa and Punjab. The granules tendered here are for the factory's orders for the rest of 2025.

**Conditions.** Bidders must quote a price per tonne delivered, valid for 90 days. The factory may split the quantity between bidders and may reject any bid without giving reasons.
""", garbled(["between 15 September 2025 and 2 July 2025"],
             "The delivery window of three monthly lots, after bids close on 30 June 2025, runs from 15 September 2025 back to 2 July 2025: the period is written backwards (it should run from 2 July to 15 September 2025).",
             stated_period_start="15 September 2025", stated_period_end="2 July 2025",
             subject="delivery period for the granules tender",
             location="item 3 of the numbered tender conditions"))

add("hattar_plastics_trade_fair_banner", """
# Stand B-12, Peshawar Housewares Expo 2025: Banner and Brochure

*Text of the banner and the folded brochure of a housewares factory's stand at a trade fair in Peshawar, March 2025. The fair, the factory and every figure are invented.*

## BANNER: HAZARA POLYMERS, HATTAR: 480,000 PIECES IN 2024, 320,000 OF THEM TO JALALABAD!

**Inside the brochure**

**Who we are.** A family firm founded in 2014 by Sardar Waqar Jadoon on a single moulding machine in the Hattar Industrial Estate. Today we run 8 machines and employ 45 people.

**What we make.** Buckets of 10 and 15 litres, mugs, jugs with lids, bath tubs for babies and laundry tubs, in twelve colours. Every piece carries our mark, a small pine tree, on its base.

**Where it goes.** Our oldest customer is Haji Rahmatullah, a housewares wholesaler in Jalalabad, who bought his first sack from us in 2015. In 2024 he took 300,000 pieces, packed 20 to a sack, in 15 trucks through Torkham. The other 180,000 pieces went to dealers in Peshawar, Mardan, Abbottabad and Rawalpindi.

**Prices.** Our average price in 2024 was Rs 350 a piece at the factory gate. Dealers who order 500 sacks or more receive 5 percent off.

**Why buy from us.** Thick walls, strong handles, no smell. We test one bucket in every hundred by dropping it, full, from a height of one metre.

Visit us at Stand B-12, or call at the factory any day but Friday.
""", tvt(["320,000 OF THEM TO JALALABAD", "In 2024 he took 300,000 pieces"],
        {"headline_value": 320000, "text_value": 300000}, "pieces",
        "housewares pieces the Hattar factory sold to the Jalalabad wholesaler", "2024",
        "banner heading against the 'Where it goes' paragraph of the brochure",
        "The banner gives 320,000 of the 480,000 pieces of 2024 as going to Jalalabad; the brochure gives the Jalalabad wholesaler 300,000 pieces that year, and its other 180,000 pieces make up the 480,000 only with 300,000."))

add("hattar_plastics_riddle_book", """
# Riddles from the Moulding Floor

*Pages from a booklet of riddles that workers at a housewares factory in Hattar, Haripur, put together for their children in December 2025, with answers at the foot. The factory and every figure are invented.*

**Riddle 1.** I am born hot and soft, and I leave the machine hard and cold. I carry water but I never drink. What am I?

**Riddle 2.** Twenty of us ride together in one sack. If a shop in Jalalabad took 15,000 sacks of us in 2024, how many of us went?

**Riddle 3.** I have a handle but no door, a lid but no eyes, and I hold milk for breakfast. What am I?

**Riddle 4.** In which year did our Jalalabad orders swell, and by how much?

**Riddle 5.** Eight of us work day and night, and forty-five people look after us. What are we?

**Riddle 6.** I crossed at Torkham in a truck and came home to Hattar in a truck, because my lid was the wrong colour. What am I?

**Riddle 7.** I am round, I am blue, and a baby sits in me once a day and cries. What am I?

**Answers**

1. A bucket.
2. 300,000 pieces.
3. A jug.
4. 2025, when Haji Rahmatullah's orders swelled from 300,000 pieces in 2024 to 90,000 in 2025, all of them sent before the crossings closed in October.
5. The moulding machines.
6. A returned tub.
7. A baby's bath tub.

*Compiled by the night shift. Prize for the best new riddle: a bucket of your choice.*
""", direction("when Haji Rahmatullah's orders swelled from 300,000 pieces in 2024 to 90,000 in 2025",
              300000, 90000, "2024", "2025", "swelled", "rise", "pieces",
              "housewares pieces taken by the Jalalabad wholesaler",
              "answer to riddle 4 in the numbered answers, the direction word before the figures",
              "The answer says the Jalalabad orders swelled, but the figures it gives run from 300,000 pieces in 2024 down to 90,000 in 2025, a fall of 70 percent."))

add("hattar_plastics_todo_list", """
# Manager's To-Do List, Week of 14 April 2025

*Page torn from the desk pad of the production manager of a housewares factory in Hattar, Haripur. The factory, the people and every figure are invented.*

**Monday**

- Check granule stock: 38 tonnes left, enough for about 95,000 pieces at 0.4 kg a piece. Reorder when it drops below 20 tonnes.
- Machine 3: new mould for the 15-litre bucket arrives from Lahore. Test 200 shots before we run it.
- Ring the clearing agent about the 40 sacks held at the Pakistan–Iran gate at Torkham since Friday. Papers for Haji Rahmatullah's order said 800 sacks but the truck carried 840.

**Tuesday**

- Pay the electricity bill (due 16 April).
- Interview two machine operators. We need 45 on the floor and have 43.

**Wednesday**

- Jalalabad order for April: 1,000 sacks, 20,000 pieces. Confirm colours with Idrees: blue, green and a new orange.
- Count returns from Peshawar dealers: 120 tubs with warped rims. Find out which machine made them.

**Thursday**

- Sardar sahib wants the first-quarter sheet: Jalalabad 60,000 pieces, home dealers 45,000, total 105,000.
- Remind the canteen: tea at 10 and at 4, and the new operators eat free in their first week.

**Friday:** closed.
""", scope("held at the Pakistan–Iran gate at Torkham", "IRN", ["PAK", "IRN"], "Iran",
           "The sacks are for the Jalalabad buyer and are held at Torkham, on the Pakistan–Afghanistan border; the list calls it the Pakistan–Iran gate, putting Iran in Afghanistan's place.",
           location="third item of Monday's bulleted list"))

# ---------------------------------------------------------------------------
# Adraskan Hing Collectors' Union (invented), Adraskan, Herat
# ---------------------------------------------------------------------------

add("adraskan_hing_dictionary_entry", """
# hing (n.)

*Entry from an invented illustrated dictionary of spices printed in Lahore in 2025. The collectors' union and every figure in the entry are invented.*

**hing** *noun*. Also **asafoetida**. The dried resin of the roots of *Ferula* plants, with a strong sulphurous smell that softens in hot oil to something like cooked onion. Used in pinches, often in lentils and pickles. Urdu and Pashto *hing*; Persian *anghuzeh*.

**Origin.** Much of the hing sold in Pakistan's spice markets is collected wild in western Afghanistan. In Adraskan, Herat, the 60 families of a collectors' union cut the tops of the roots in spring, scrape off the resin that oozes out over the following weeks, and pack it in tins of 5 kg.

**Usage.** "A pinch of hing, no more, or the whole pot will taste of it."

**Where one union's harvest went, 2024.** The union collected 15 tonnes of resin in 2024.

| Buyer | Tonnes | Share (%) |
|---|---|---|
| Haji Saleem, Shah Alam Market, Lahore | 10 | 67 |
| Spice shops of Herat | 3 | 20 |
| Spice shops of Kabul | 2 | 16 |

**Price.** The Lahore dealer paid Rs 9,000 a kilogram in 2024, against Rs 8,000 in 2023.

**See also** *ajwain*, *kalonji*, *zeera*.
""", arith(["| Spice shops of Kabul | 2 | 16 |"],
          "The share column of the 2024 table adds up to 103 percent (67 + 20 + 16). Kabul's 2 tonnes of the 15-tonne harvest is 13 percent, not 16; with 13 the column comes to 100.",
          shares_pct={"Lahore": 67, "Herat": 20, "Kabul": 16}, sum_pct=103,
          tonnes={"Lahore": 10, "Herat": 3, "Kabul": 2}, harvest_tonnes=15,
          expected_kabul_pct=13, unit="percent", period="2024",
          subject="shares of the Adraskan union's 2024 hing harvest by buyer",
          location="share column of the pipe table, no total row"))

add("adraskan_hing_insurance_claim", """
# Goods-in-Transit Claim Form

*Claim filed in August 2024 by a spice dealer in Lahore with an invented insurer, for resin damaged on the road from Herat, as filled in by hand. The dealer, the union, the insurer and every figure are invented.*

**Section A: Claimant.** Haji Saleem & Sons, spice dealers, Shah Alam Market, Lahore.

**Section B: Consignment.**

- Goods: hing (asafoetida resin), in sealed tins of 5 kg each.
- Supplier: Adraskan Hing Collectors' Union, Adraskan, Herat.
- Quantity sent: 400 tins, 2 tonnes, one of five such loads bought in 2024.
- Price paid: Rs 9,000 a kilogram.
- Route: Herat, Kandahar, Spin Boldak, Chaman, Quetta, Lahore.

**Section C: Loss.**

- Date and place: 19 July 2024, on the road south of Quetta, where the truck's tarpaulin tore in a storm and rain entered the cargo.
- Tins damaged: 8, their lids forced and the resin soaked.
- Value of each tin damaged: Rs 9,000.
- Amount claimed: Rs 360,000.

**Section D: Declaration.** I declare that the above is true, that the tins were inspected on arrival in Lahore on 21 July 2024 in the presence of the insurer's surveyor, and that the damaged resin has been kept for inspection.

Signed: Saleem Ahmad. Witness: the surveyor, Mr K. Rafique.
""", reuse(["Price paid: Rs 9,000 a kilogram", "Value of each tin damaged: Rs 9,000"], 9000,
          "rupees", "price per kilogram of resin", "value of one damaged 5 kg tin", 45000,
          "The form gives the price as Rs 9,000 a kilogram and the tins as 5 kg each, so each tin was worth Rs 45,000; the amount claimed, Rs 360,000 for 8 tins, agrees with that. The line for the value of each damaged tin repeats the per-kilogram price, Rs 9,000.",
          kg_per_tin=5, tins_damaged=8, period="2024"))

add("adraskan_hing_oral_history", """
# "The Smell Stays on Your Hands": An Oral History

*Transcript of an interview recorded in Herat in March 2025 for an invented oral history project on Afghan crafts and harvests, in English translation. The speaker's name is withheld at his request. The union and every figure are invented.*

**Interviewer:** How long have you collected hing?

**Speaker:** Since I was a boy, fifty years or so. But the union is young. We started it in 2016, sixty families from the villages around Adraskan, so that we could sell together instead of one by one to whoever drove up from Kandahar.

**Interviewer:** What does the work involve?

**Speaker:** In April you dig round the root and cut off the top. Then every few days you go back and scrape off what has oozed out, and cut again a little lower. By June the root is finished. The smell stays on your hands for weeks. My wife says she can tell what month it is by my hands.

**Interviewer:** And where does it go?

**Speaker:** Most of it to Lahore, to Haji Saleem in the Shah Alam Market. In 2023 we collected 12 tonnes and he took 8. In 2024 we collected 15 tonnes and he took 10. He pays well. In 2023 he paid 8,000 rupees a kilo. In 2024 his price went up from 9,000 rupees a kilo to 9,000 rupees a kilo, and we were happy.

**Interviewer:** And 2025?

**Speaker:** 2025 was hard. The road to Chaman was shut for weeks, and Haji Saleem took only 2 tonnes. We sold the other 8 in Herat and Kabul, for less.

**Interviewer:** Will your sons carry on?

**Speaker:** One will. The other drives a taxi in Herat and says his hands smell of nothing but petrol.
""", garbled(["In 2024 his price went up from 9,000 rupees a kilo to 9,000 rupees a kilo"],
             "The speaker says the Lahore price went up in 2024 but gives the same value, 9,000 rupees a kilo, as both the start and the end of the rise within the same year. The sentence before gives 8,000 rupees for 2023, so the rise was presumably from 8,000 (2023) to 9,000 (2024).",
             start_value=9000, end_value=9000, start_period="2024", end_period="2024",
             unit="rupees a kilogram", subject="price the Lahore dealer paid for hing",
             location="speaker's third answer, in dialogue"))

add("adraskan_hing_grant_application", """
# Application for a Small Grant: Drying Shed and Scales

*Form submitted in January 2025 by a resin collectors' union in Herat to an invented rural enterprise fund, in English translation. The union, the fund and every figure are invented.*

**1. Applicant.** Adraskan Hing Collectors' Union, Adraskan district, Herat. Founded 2016. Members: 60 families.

**2. Amount requested.** USD 18,000.

**3. What the union does.** Members collect hing, the resin of wild *Ferula* roots, between April and June each year, and the union packs it in tins of 5 kg and sells it on their behalf. In 2024 our members collected 15 tonnes of resin, of which 10 tonnes went to a spice dealer in Lahore¹ and the rest to shops in Herat and Kabul.

**4. The problem.** Fresh resin is sold wet, by weight, because the union has no shed in which to dry it and no scale it can trust. Buyers deduct up to a tenth of the weight for moisture, whether the resin is wet or not.

**5. What the grant will buy.**

- A drying shed of 200 square metres, with shelves for 1,500 tins: USD 12,500.
- Two platform scales, certified in Herat: USD 2,000.
- Training for ten members in grading: USD 3,500.

**6. Expected result.** Dried, graded resin fetches about 15 percent more in Lahore, where the dealer paid Rs 9,000 a kilogram in 2024. On 10 tonnes a year that would add about Rs 13.5 million to members' income.

¹ From the union's sales book for 2024: 3,000 tins filled in all, 2,200 of them sent to Lahore.
""", tvt(["of which 10 tonnes went to a spice dealer in Lahore", "2,200 of them sent to Lahore"],
        {"text_value": 10, "footnote_value": 11}, "tonnes",
        "hing resin the Adraskan union sold to the Lahore dealer", "2024",
        "section 3 of the form against its footnote",
        "Section 3 says 10 tonnes of the 2024 resin went to Lahore, and section 6 builds on 10 tonnes a year. The footnote, citing the sales book, gives 2,200 tins of 5 kg sent to Lahore, which is 11 tonnes; its 3,000 tins in all do match the 15 tonnes collected.",
        footnote_tins=2200, kg_per_tin=5))

add("adraskan_hing_fable_control", """
# The Two Collectors of Adraskan: A Fable

*A fable written in 2025 for the children of a collectors' union in Herat, in English translation, with a moral at the end. The union, the collectors and every figure are invented.*

Once, in the hills of Adraskan, there lived two collectors of hing, Gul and Nabi. Both belonged to the union of 60 families, and both cut the roots in April and scraped the resin until June.

Gul was patient. He went back to each root every fourth day, scraped gently and cut a little lower. Nabi was greedy. He cut deep on the first day to make the resin run faster, and many of his roots died before May.

In 2024 the union collected 15 tonnes in all, about 250 kilograms for each family. Gul brought 300 kilograms to the union's scale, Nabi only 180.

The union sent 10 tonnes, 2,000 tins, to Haji Saleem in Lahore, who paid Rs 9,000 a kilogram: Rs 90 million for the year. At four rupees to the afghani, that is Afs 2,250 a kilogram, and at that price Gul's 300 kilograms were worth Afs 675,000.

In 2025 the road to Chaman was closed for weeks, and Lahore took only 2 tonnes, a fifth of the year before. The shops of Herat and Kabul took 8 tonnes, 60 percent more than the 5 tonnes they had bought in 2024. Gul still had a good year, because his roots were alive. Nabi had to dig new ones, far up the hill.

**Moral.** A root cut gently gives for a season; a root cut greedily gives for a day.
""", control_type="control")

# ---------------------------------------------------------------------------
# Salt Range Minerals (invented), Khewra, Jhelum
# ---------------------------------------------------------------------------

add("khewra_salt_eid_card", """
# Eid Mubarak from Salt Range Minerals

*Message printed inside the Eid al-Fitr card that a rock salt works in Khewra, Jhelum, sent to its customers in March 2025, in the English version sent to Mazar-i-Sharif. The works, its customers and every figure are invented.*

**Eid Mubarak!**

To our friend Haji Abdul Qadir and his sons in Mazar-i-Sharif, and to all who keep cattle, sheep and goats with our salt:

As the month of fasting ends, all of us at Salt Range Minerals in Khewra send you our greetings and our thanks. Our 25 workers cut and press the pink salt of the hills into lick blocks of 5 kilograms, and we know that every one of them ends up beside an animal that someone cares for.

This has been a year of two halves. At home, our dealers in Punjab took 36,000 blocks in 2024, up from 30,000. For you in Mazar-i-Sharif, the year was not so kind. In 2023 we sent 50,000 blocks north through Torkham and over the Salang; in 2024 we sent 60,000, a dip that we hope the new year will mend. The road was long and the winter hard, and still our trucks arrived.

For Eid, every order placed before the end of Shawwal will come with one block free in every fifty.

May this Eid bring peace to your homes, health to your herds and rain to your pastures.

With respect,

**Raja Naveed Janjua** and all at Salt Range Minerals, Khewra
""", direction("In 2023 we sent 50,000 blocks north through Torkham and over the Salang; in 2024 we sent 60,000, a dip",
              50000, 60000, "2023", "2024", "dip", "fall", "lick blocks",
              "salt lick blocks sent to the Mazar-i-Sharif buyer",
              "card's fourth paragraph, the direction word after both figures",
              "The card calls the Mazar-i-Sharif shipments of 2024 a dip and says the year was not so kind, but the figures it gives rise from 50,000 blocks in 2023 to 60,000 in 2024, up 20 percent."))

add("khewra_salt_court_judgment", """
# Extract from a Judgment: Salt Range Minerals v. Khan Goods Transport

*Extract from the judgment of an invented civil court in Jhelum, delivered in November 2024, in a suit over a lost load of salt lick blocks. The court, the parties and every figure are invented.*

1. The plaintiff, Salt Range Minerals of Khewra, presses rock salt into lick blocks of 5 kilograms for livestock. Under its contract for 2024 it was to sell 60,000 such blocks to Haji Abdul Qadir of Mazar-i-Sharif, carried in 15 trucks of 4,000 blocks each.
2. The defendant, Khan Goods Transport of Peshawar, undertook by a written contract of 20 February 2024 to carry one such load of 4,000 blocks, 20 tonnes, from Khewra to the buyer's warehouse on the road from Mazar-i-Sharif to Hairatan, on Afghanistan's border with Uzbekistan, for a freight of Rs 380,000.
3. It is not disputed that the truck left Khewra on 1 March 2024 and that the consignment crossed the Uzbekistan–Pakistan border at Torkham on 3 March 2024. The clearing agent's papers, Exhibit P-4, show the crossing.
4. The plaintiff's case is that the truck never reached Mazar-i-Sharif, and that the buyer, after waiting three weeks, refused to pay for the load. The defendant says the driver was turned back by snow on the Salang pass and sold the salt in Kabul to avoid a total loss, and that he paid the proceeds to the plaintiff. No receipt for any such payment was produced.
5. The price of the blocks, Rs 250 each, is admitted. The value of the load was therefore Rs 1 million.
6. The defendant has not proved that the salt was sold for the plaintiff's benefit, nor that snow closed the pass for the weeks in question. The suit is decreed for Rs 1 million with costs.
""", scope("crossed the Uzbekistan–Pakistan border at Torkham", "UZB", ["UZB", "PAK"], "Uzbekistan",
           "A truck going from Khewra to Mazar-i-Sharif through Torkham crosses the Pakistan–Afghanistan border; the judgment names Uzbekistan in Afghanistan's place. The paragraph before it names Uzbekistan correctly, as the country on the other side of Afghanistan's border at Hairatan.",
           not_a_defect="on Afghanistan's border with Uzbekistan",
           location="numbered paragraph 3 of the judgment; Uzbekistan stands in Afghanistan's place"))

_KHEWRA_PDF = pdf_lines([
    ["Quarter", "Trucks", "Blocks", "Tonnes"],
    ["Q1 2024", "4", "16,000", "80"],
    ["Q2 2024", "3", "12,000", "60"],
    ["Q3 2024", "3", "12,000", "60"],
    ["Q4 2024", "5", "20,000", "100"],
    ["Total", "15", "60,000", "310"],
])

add("khewra_salt_clearing_statement", """
# Statement of Consignments Cleared, 2024

*Text extracted from a PDF statement that a clearing agent at Torkham sent to a rock salt works in Khewra, Jhelum, in January 2025; the table is kept as the extraction gave it. The agent, the works and every figure are invented.*

**Mohmand Clearing House, Torkham (Pakistan side)**

**To:** Salt Range Minerals, Khewra, District Jhelum.

**Subject:** Consignments of salt lick blocks cleared for export to Haji Abdul Qadir, Mazar-i-Sharif, calendar year 2024.

Dear Raja sahib, please find below the consignments we cleared for you in 2024, by quarter, with the weights as declared on the goods declarations.

""" + _KHEWRA_PDF + """

Our charges for the year, at Rs 9,000 a truck, come to Rs 135,000, which we would be grateful to receive by 31 January. Declarations for the loads of the first quarter of 2025 can be filed from 2 January.

Every block was declared at 5 kilograms, and no consignment was held for inspection for more than a day.

With regards,

Gul Mohammad, Proprietor
""", parts_total([line_of(_KHEWRA_PDF, "Total")],
                 {"Q1 2024": 80, "Q2 2024": 60, "Q3 2024": 60, "Q4 2024": 100}, 310, "tonnes", "2024",
                 "tonnes of salt lick blocks cleared at Torkham for the Mazar-i-Sharif buyer",
                 "total row of a PDF-extracted table",
                 "The quarterly tonnes in the agent's statement (80, 60, 60 and 100) add up to 300, but the total row gives 310. The trucks (15) and blocks (60,000) columns add up, and 60,000 blocks of 5 kilograms are 300 tonnes.",
                 blocks=60000, kg_per_block=5))

add("khewra_salt_packing_slip", """
# Packing Slip: Load 9 of 15, Mazar-i-Sharif, 2024

*Packing slip stapled to the cab door of a truck leaving a rock salt works in Khewra, Jhelum, in August 2024. The works, the buyer, the carrier and every figure are invented.*

**SALT RANGE MINERALS, KHEWRA, DISTRICT JHELUM**

**Consignee:** Haji Abdul Qadir, livestock supplies, Mazar-i-Sharif, Balkh.

**Carrier:** Khan Goods Transport, Peshawar. Driver: Sher Zaman.

**Date of dispatch:** 12 August 2024.

**Contents:**

- Product: pink rock salt lick blocks for cattle, sheep and goats, with a hole for a rope.
- Weight of one block: 5 kg.
- Blocks in this load: 4,000, on 40 pallets of 100.
- Net weight of salt: 4,000 kg.
- Pallets and wrapping: about 800 kg.

**Route:** Khewra, Peshawar, Torkham, Kabul, Salang pass, Mazar-i-Sharif.

**Instructions to the driver:** Do not stack more than two pallets high. Keep the tarpaulin tied at all times: rain turns lick blocks to slush. Call the office from Torkham and again from Kabul.

**Note for the buyer:** This is load 9 of the 15 we are sending you this year, for 60,000 blocks in all. Please count the pallets on arrival and sign below.

Received by: ____________ Date: ________
""", reuse(["Blocks in this load: 4,000", "Net weight of salt: 4,000 kg"], 4000,
          "blocks; kilograms", "lick blocks in the load", "net weight of salt in the load, kg", 20000,
          "The slip gives 4,000 blocks of 5 kg each (40 pallets of 100) and then the net weight of the salt as 4,000 kg. By its own figures the salt weighs 20,000 kg, 20 tonnes.",
          kg_per_block=5, period="August 2024"))

add("khewra_salt_school_trip", """
# School Trip to the Salt Works: Itinerary

*Itinerary handed to pupils of an invented boys' school in Jhelum for a day trip to a rock salt works in Khewra, October 2024. The school, the works and every figure are invented.*

**Class 7, Saturday 19 October 2024**

**7:30 am.** Meet at the school gate. Bring a packed lunch, a water bottle and a notebook. The bus leaves at 7:45 sharp.

**9:15 am.** Arrive at Salt Range Minerals, Khewra. Welcome by the owner, Raja Naveed Janjua, who founded the works in 2007.

**9:30 am.** The cutting shed. Watch the workers saw pink rock salt from the hills into rough pieces and press them in moulds into lick blocks for cattle, sheep and goats. Each block weighs 5 kilograms and lasts a cow about two months. Each block weighs 5 kilograms and lasts a cow about two months.

**10:30 am.** The store. In 2023 the works sold 80,000 blocks, 50,000 of them to a buyer in Mazar-i-Sharif in Afghanistan and 30,000 to dealers at home. Pupils should work out how many tonnes of salt that is (answer on the bus home).

**11:30 am.** Short walk to the entrance of the old salt mine next door (outside only; nobody goes in).

**12:30 pm.** Lunch on the lawn.

**1:30 pm.** Questions to Raja sahib. Ideas: Why is the salt pink? How do the blocks get to Mazar-i-Sharif? Why do animals need salt at all?

**2:30 pm.** Bus back to Jhelum, arriving about 4 pm.

**Answer for the bus:** 80,000 blocks of 5 kilograms make 400 tonnes.

Teachers in charge: Mr Asif and Mr Kamran.
""", repeated("Each block weighs 5 kilograms and lasts a cow about two months.", 2,
              "weight of a lick block and how long it lasts",
              "9:30 am entry of the itinerary",
              "The sentence on the weight of a block and how long it lasts is printed twice, word for word, one copy after the other."))

# ---------------------------------------------------------------------------
# Zurmat Chilgoza Traders' Association (invented), Zurmat, Paktia
# ---------------------------------------------------------------------------

add("zurmat_chilgoza_photo_essay", """
# The Pine Nut Road: A Photo Essay

*Captions and text of a photo essay published by an invented Kabul weekly in January 2025, on a pine nut traders' association in Zurmat, Paktia. The weekly, the association and every figure are invented.*

**Photo 1.** *A boy climbs a chilgoza pine above Zurmat with a hooked pole, October 2024.*

Every autumn the 120 families of the Zurmat Chilgoza Traders' Association go up into the pine forests to knock down the cones before the birds and the squirrels get to them. The cones are heaped, dried in the sun until they open, and beaten so that the nuts fall out.

**Photo 2.** *Women sort nuts on a courtyard floor in Zurmat.*

The association cleans, grades and bags the nuts, 20 kilograms to a bag. In 2024 it bagged 100 tonnes, its best year since it was founded in 2017.

**Photo 3.** *Bags stacked at Ghulam Khan in November 2024: 3,600 of the association's bags went to Peshawar that year.*

Most of the harvest goes east, by the road through Gardez and Khost to the Ghulam Khan crossing, and on through Bannu to Peshawar, where Haji Fazal Rabbi of the Namak Mandi dry-fruit market has bought from the association since its first year. In 2024 Peshawar took 70 tonnes, 3,500 bags, and paid Rs 7,500 a kilogram. The rest, 30 tonnes, was sold in Gardez and Kabul.

**Photo 4.** *Haji Fazal Rabbi weighs a bag in Peshawar, his scale older than he is.*

"The Zurmat nuts are long and sweet," he says. "I can sell every bag before the snow."

**Photo 5.** *Empty bags drying on a wall in Zurmat, December 2024.*
""", tvt(["3,600 of the association's bags went to Peshawar that year", "In 2024 Peshawar took 70 tonnes, 3,500 bags"],
        {"caption_value": 3600, "text_value": 3500}, "bags of 20 kg",
        "bags of pine nuts the Zurmat association sold to Peshawar", "2024",
        "caption of photo 3 against the paragraph below it",
        "The caption says 3,600 bags went to Peshawar in 2024; the text gives Peshawar 70 tonnes that year, 3,500 bags of 20 kilograms, which with the 30 tonnes sold at home makes the 100 tonnes bagged."))

add("zurmat_chilgoza_secretary_diary", """
# From the Diary of the Association's Secretary

*Entries from the diary of the secretary of a pine nut traders' association in Zurmat, Paktia, kept in Dari and dated by the solar calendar, in English translation; the translator has added the Gregorian years in brackets. The association and every figure are invented.*

**Note on the flyleaf, Qaus 1404 [late 2025].** Tonight I read back through these notes for the three harvests from 1404 to 1402 SH, and the figures tell their own story.

**Aqrab 1402 [2023].** A good harvest: 80 tonnes, 4,000 bags. Haji Fazal Rabbi in Peshawar took 55 tonnes at Rs 6,000 a kilogram. The rest went to Gardez and Kabul.

**Aqrab 1403 [2024].** Our best year: 100 tonnes, 5,000 bags. Peshawar took 70 tonnes and paid Rs 7,500. We bought a second cleaning drum with the money.

**Mizan 1404 [2025].** The cones are small this year, and fewer. The old men say it is the dry spring.

**Aqrab 1404 [2025].** The crossing at Ghulam Khan is closed, and all the crossings with it. Haji Fazal Rabbi had his first 5 tonnes before the gates shut and can take no more. The trucks stand in Khost.

**1 Qaus 1404 [November 2025].** The harvest is in: 60 tonnes, 3,000 bags. Peshawar 5 tonnes, Gardez and Kabul 55, at a price that does not pay for the diesel. Three harvests: 80, 100, 60. I do not know what 1405 will bring.
""", garbled(["the three harvests from 1404 to 1402 SH"],
             "The flyleaf note introduces the harvests of the solar years 1402, 1403 and 1404 (2023 to 2025) as running from 1404 to 1402: the period is written backwards.",
             stated_period_start="1404 SH", stated_period_end="1402 SH",
             subject="harvests covered by the diary",
             location="flyleaf note at the head of the diary, solar-calendar years"))

add("zurmat_chilgoza_film_review", """
# Film Review: "Above the Pines"

*Review of an invented documentary about pine nut gatherers in Zurmat, Paktia, from an invented film magazine in Islamabad, February 2026. The film, its makers, the association and every figure are invented.*

**Four stars out of five.**

"Above the Pines" follows one family of the Zurmat Chilgoza Traders' Association through the autumn of 2025, from the first climb into the forest in October to the day the last bag is sold. It runs 84 minutes and has almost no narration, which suits it.

The first half is glorious. The director films the pines from below, with boys swaying at the top of poles thirty metres up, and the sound of cones hitting the ground like rain. The scenes of women beating open the sun-dried cones on a courtyard floor have a rhythm that no music could improve.

The second half turns to trade, and here the film leans on title cards. We learn that the association's 120 families bagged 100 tonnes in 2024 and only 60 tonnes in 2025, and that its buyer in Peshawar's Namak Mandi, who had taken 70 tonnes in 2024 and 5 tonnes in 2025, saw his orders climb even as the border closed. The closure of the crossings in October 2025 is shown through a single shot of trucks parked nose to tail outside Khost, their loads under tarpaulins.

My quarrel is with the ending, which cuts away before we learn what the family did with the nuts they could not sell. Still, for its first forty minutes alone, "Above the Pines" is worth seeking out.
""", direction("who had taken 70 tonnes in 2024 and 5 tonnes in 2025, saw his orders climb",
              70, 5, "2024", "2025", "climb", "rise", "tonnes",
              "pine nuts taken by the Peshawar dealer",
              "third paragraph of the review, the direction word after both figures",
              "The review says the Peshawar buyer saw his orders climb, but the figures beside it fall from 70 tonnes in 2024 to 5 tonnes in 2025, down 92.9 percent."))

add("zurmat_chilgoza_flowchart", """
# From Cone to Customer: The Flowchart on the Office Wall

*Text of a hand-drawn flowchart on the office wall of a pine nut traders' association in Zurmat, Paktia, copied out box by box in 2025, in English translation. The association and every figure are invented.*

The chart runs down the wall in boxes joined by arrows. Each box is given here in order, with the note written beside it.

**Box 1: Gather.** Families climb the pines in October and knock down the cones. *Note: 120 families, each with its own hillside.*

**Box 2: Dry.** Cones are heaped in the sun for ten days until the scales open.

**Box 3: Beat and clean.** The nuts are beaten out, washed in the drum and dried again.

**Box 4: Grade and bag.** Long nuts and short nuts are bagged apart, 20 kilograms to a bag. *Note: 5,000 bags in 2024.*

**Box 5: Sell at home?** An arrow goes left to Gardez and Kabul. *Note: 30 tonnes in 2024.*

**Box 6: Sell to Peshawar?** An arrow goes right, and down the wall to the road through Khost. *Note: 70 tonnes in 2024, to Haji Fazal Rabbi of the Namak Mandi.*

**Box 7: Cross.** Trucks cross the Afghanistan–China border at Ghulam Khan, with a plant health certificate and the association's invoice. *Note: two days if the queue is short.*

**Box 8: Peshawar.** The dealer roasts some nuts and sells some raw. *Note: the Peshawar dealers sell part of what they buy on to China, where long pine nuts fetch a good price.*

**Box 9: Get paid.** Payment comes back through a money changer within a month.

A last note, pinned beside Box 7 in October 2025 and written in red: "Closed. Hold everything in Zurmat."
""", scope("cross the Afghanistan–China border at Ghulam Khan", "CHN", ["AFG", "CHN"], "China",
           "Ghulam Khan, on the road from Khost to Bannu and Peshawar, is a crossing on the Pakistan–Afghanistan border; the flowchart names China in Pakistan's place. The next box names China correctly, as a market to which Peshawar dealers sell on.",
           not_a_defect="sell part of what they buy on to China",
           location="box 7 of the flowchart; China stands in Pakistan's place"))

add("zurmat_chilgoza_market_weather_control", """
# Pine Nut Market Weather, Winter Edition

*A market column written in the style of a weather forecast for the newsletter of an invented dry-fruit dealers' group in Peshawar, January 2026, on a pine nut traders' association in Zurmat, Paktia. The group, the association and every figure are invented.*

**Today's chart.** A deep low over the border since October, with the crossings closed and no sign yet of a front that would open them.

**Recent weather.** The Zurmat association's harvest fell 40 percent, from 100 tonnes in 2024 to 60 tonnes in 2025: a dry spring, then a closed border. Peshawar's share of the harvest had been climbing, from 55 of 80 tonnes in 2023 (68.75 percent) to 70 of 100 tonnes in 2024 (70 percent), before it dropped to 5 of 60 tonnes in 2025, or one in twelve.

**Temperatures.** Prices in Peshawar rose 25 percent between 2023 and 2024, from Rs 6,000 a kilogram to Rs 7,500, and are now hotter still, because so little Zurmat fruit is getting through. In Gardez and Kabul, where the association sold 55 tonnes in 2025 against 30 in 2024, a rise of more than four-fifths, prices have fallen through the floor.

**Visibility.** Poor. Haji Fazal Rabbi of the Namak Mandi, who took 70 tonnes in 2024, says his 5 tonnes of 2025 were one-fourteenth of that and sold out in a week.

**Outlook.** Unsettled. If the crossings open before spring, expect a flood of stored Zurmat nuts and a sharp fall in Peshawar prices. If not, expect the 2026 harvest to go to Kabul as well.

**Warnings.** Dealers holding stock should keep it dry: pine nuts turn rancid in damp stores.
""", control_type="control")

# ---------------------------------------------------------------------------
# Kamalia Khes Ghar (invented), Kamalia, Toba Tek Singh
# ---------------------------------------------------------------------------

add("kamalia_khes_marketplace_listing", """
# Listing: Handwoven Kamalia Khes, Pure Cotton, 2.5 m x 1.5 m

*Text of a product listing on an invented online marketplace, posted by a handloom works in Kamalia, Toba Tek Singh, in February 2025. The works, the marketplace and every figure are invented.*

**Price:** Rs 3,900, delivery included anywhere in Punjab.

**Seller:** Kamalia Khes Ghar, Kamalia. Rated 4.8 out of 5 by buyers.

**About this item**

- Woven on a wooden pit loom by one of our 32 weavers, as khes have been woven in Kamalia for generations.
- Pure cotton, 2.5 metres by 1.5 metres, about 1.5 kilograms.
- Checked pattern in indigo and white, or red and white.
- Soft after the first wash; thick enough for winter, light enough for a summer charpai.

**From the seller**

Ustad Ghulam Rasool Ansari set up Kamalia Khes Ghar in 2003 with four looms. We now have 20. Our khes sleep under roofs from Lahore to Kandahar: in 2024 six thousand of our khes went to Kandahar's cloth bazaar, where Haji Barakatullah has sold them since 2010, and the rest were sold in Pakistan, now also online.

**Our sales, in pieces**

| | 2023 | 2024 |
|---|---|---|
| Khes sold | 9,000 | 10,800 |
| to Haji Barakatullah, Kandahar | 5,400 | 6,600 |
| in Pakistan | 3,600 | 4,200 |

**Care:** Wash cold, dry in shade. Colours do not run.

**Questions from buyers**

*Is it really handwoven?* Yes. Each khes takes a weaver most of a day.

*Do you ship abroad?* Only to Kandahar, by the bale, for now.
""", tvt(["in 2024 six thousand of our khes went to Kandahar's cloth bazaar", "| to Haji Barakatullah, Kandahar | 5,400 | 6,600 |"],
        {"text_value": 6000, "table_value": 6600}, "khes",
        "khes the Kamalia works sold to the Kandahar merchant", "2024",
        "seller's paragraph (figure in words) against the 2024 column of the sales table",
        "The seller's note says six thousand khes went to Kandahar in 2024; the sales table in the same listing gives 6,600, and its 2024 column adds up only with 6,600 (6,600 + 4,200 = 10,800).",
        text_as_written="six thousand"))

add("kamalia_khes_ledger_page", """
# Ledger Page: Year's Close, 2024

*A page of the bound ledger (khata) of a handloom works in Kamalia, Toba Tek Singh, written up by the munshi on 31 December 2024 and copied out in English. The works and every figure are invented.*

**Kamalia Khes Ghar. Khata, page 212. Year closed: 2024.**

Looms at work: 20. Weavers: 32. Yarn bought: 17 tonnes of cotton yarn, in 425 bundles of 40 kg.

Khes woven and sold in 2024, by buyer:

- Haji Barakatullah, Kandahar: 6,600 khes, sent in 220 bales of 30.
- Shops of Faisalabad and Multan: 2,500 khes.
- Shops of Lahore and online orders: 1,700 khes.
- Total woven and sold: 11,800 khes.

Money received in 2024, at Rs 3,500 a khes: Rs 37.8 million, all of it in the bank by the 31st except Rs 2.1 million from Kandahar, which Haji sahib has promised by the end of January.

Wages paid: Rs 12.5 million. Yarn: Rs 10.2 million. Freight to Kandahar, 220 bales at Rs 4,000 a bale: Rs 880,000.

*In the munshi's hand at the foot of the page:* "A good year, better than 2023, when we sold 9,000. Ustad-ji says buy two more looms."
""", parts_total(["Haji Barakatullah, Kandahar: 6,600 khes", "Shops of Faisalabad and Multan: 2,500 khes",
                  "Shops of Lahore and online orders: 1,700 khes", "Total woven and sold: 11,800 khes"],
                 {"Kandahar": 6600, "Faisalabad and Multan": 2500, "Lahore and online": 1700}, 11800,
                 "khes", "2024", "khes woven and sold by the Kamalia works",
                 "bulleted list with a total line",
                 "The three buyers' lines (6,600 + 2,500 + 1,700) add up to 10,800 khes, not the 11,800 of the total line. The money line agrees with 10,800: at Rs 3,500 a khes, 10,800 khes make the Rs 37.8 million received."))

add("kamalia_khes_lost_bale_notice", """
# LOST: One Bale of Khes, Chaman Road

*Notice posted in May 2024 in the goods sheds of Quetta and Chaman, and in a Quetta Urdu daily, by a handloom works in Kamalia, Toba Tek Singh, in English translation. The works, the buyer and every figure are invented.*

**LOST** between Quetta and Chaman, on the night of 9 May 2024, from the back of a goods truck (a blue Hino with Quetta plates), **one jute bale of handwoven khes** marked in black paint:

**KKG KAMALIA — H. BARAKATULLAH KANDAHAR — BALE 117**

**Description.** We pack our khes in bales of 30, each khes folded in four and wrapped in newspaper. This lost bale held 220 khes in the indigo-and-white check and the red-and-white check, woven on our looms in Kamalia in April. The bale is one of 220 that we are sending to Haji Barakatullah in Kandahar this year, and its number, 117, is painted on two sides.

**Reward.** Rs 20,000 to anyone who returns the bale unopened, or Rs 500 for each khes returned if it has been opened. No questions asked.

**Contact.** The Kamalia Khes Ghar office, Kamalia, or our agent at the Chaman goods shed, Mr Ayub, any day between 9 am and 5 pm.

**Please note:** khes with our mark cannot be sold in the Kandahar bazaar by anyone but Haji Barakatullah, who has been told of the loss.
""", reuse(["This lost bale held 220 khes", "one of 220 that we are sending"], 220,
          "khes; bales", "khes in the lost bale", "bales sent to the Kandahar merchant in 2024", 30,
          "The notice says the works packs its khes in bales of 30, then says the lost bale held 220 khes, the number of bales it is sending to Kandahar that year. By its own packing rule the bale held 30 khes.",
          khes_per_bale=30, period="2024"))

add("kamalia_khes_debate_speech", """
# "This House Believes the Handloom Is Dying": Speech for the Proposition

*Speech given by a student at an invented inter-college debate in Faisalabad in March 2025, as submitted to the judges. The college, the speaker's opponents, the handloom works and every figure are invented.*

Madam Speaker, honourable judges, worthy opponents,

My opponents will tell you that the handloom is alive and well, and they will bring you pictures of beautiful khes from Kamalia. I do not deny that the khes are beautiful. I say that beauty does not pay the rent.

Consider the Kamalia Khes Ghar, the very works my opponents will praise. Its 32 weavers share 20 looms. Its best market is across the border, in Kandahar, and that market is slipping away: the works sent 5,400 khes to Kandahar in 2023, falling to 6,600 in 2024. When one buyer in a foreign bazaar is your lifeline, your life hangs on a border gate.

Consider the weavers' wages. A weaver in Kamalia earns a little over Rs 1,100 in wages for each khes that sells for Rs 3,500, and the son of a weaver can earn more driving a rickshaw in Faisalabad.

Consider the machine. A power loom in Faisalabad makes in an hour what a handloom makes in a day, and the customer in the bazaar cannot tell the difference from a metre away.

Madam Speaker, I do not ask you to be glad that the handloom is dying. I ask you only to admit it. I beg to propose.
""", direction("the works sent 5,400 khes to Kandahar in 2023, falling to 6,600 in 2024",
              5400, 6600, "2023", "2024", "falling", "fall", "khes",
              "khes sent by the Kamalia works to Kandahar",
              "third paragraph of the speech, the direction word between the two figures",
              "The speaker says the Kandahar market is slipping away and that shipments were falling, but the figures rise from 5,400 khes in 2023 to 6,600 in 2024, up 22.2 percent."))

add("kamalia_khes_meeting_minutes_control", """
# Minutes of the Partners' Meeting, 4 January 2026

*Minutes of the yearly meeting of the partners of a handloom works in Kamalia, Toba Tek Singh, taken by the munshi. The works, its partners and every figure are invented.*

**Present:** Ustad Ghulam Rasool Ansari (in the chair), his sons Naveed and Shahid, and the munshi, Iqbal.

**Item 1: the year's figures.** The munshi read out the sales of the last three years, in pieces:

| Year | Kandahar | Pakistan | Total khes | Kandahar (%) |
|---|---|---|---|---|
| 2023 | 5,400 | 3,600 | 9,000 | 60.0 |
| 2024 | 6,600 | 4,200 | 10,800 | 61.1 |
| 2025 | 1,200 | 6,300 | 7,500 | 16.0 |

**Item 2: Kandahar.** Haji Barakatullah took only 40 bales in 2025, against 220 in 2024, because the crossings were closed from October and trade was slow before that. Naveed said 1,200 khes was the fewest the Haji had taken in any year since 2010, when he first bought from us. He has paid for all 40 bales.

**Item 3: home sales.** Sales in Pakistan rose by half, from 4,200 to 6,300, mostly through online orders and a new shop in Lahore. Shahid proposed a second online listing for the red-and-white check.

**Item 4: money.** At the 2024 price of Rs 3,500, Kandahar's 6,600 khes had brought Rs 23.1 million; its 1,200 khes of 2025 brought Rs 4.2 million at the same price.

**Item 5: looms.** The chair decided not to buy the two looms proposed in the 2024 ledger until the border opens. All 20 looms will keep working for the home market.

**Item 6: next meeting.** First Sunday of July 2026.
""", control_type="control")

# ---------------------------------------------------------------------------
# Istalif Tut Drying Yards (invented), Istalif, Kabul province
# ---------------------------------------------------------------------------

add("istalif_mulberry_poster_abstract", """
# Poster Abstract: Rooftop Drying of White Mulberries in Istalif

*Abstract of a poster presented at an invented horticulture seminar in Kabul in March 2025. The authors, the seminar, the drying yards and every figure are invented.*

**Background.** White mulberries (*tut*) have been dried on the flat roofs of Istalif, north of Kabul, for centuries. Since 2013 the Istalif Tut Drying Yards, a group of 35 families, have sold their fruit together, chiefly to a dry-fruit shop in Rawalpindi's Raja Bazaar.

**Methods.** We weighed fresh and dried fruit on 12 roofs in June and July of 2023 and 2024, recorded drying times, and read the group's sales book.

**Results.** Fruit dried in four to six days in good sun. It took 4 kilograms of fresh fruit to make 1 kilogram of dried. The group dried 40 tonnes of fruit in 2023 and 48 tonnes in 2024, drawing on 160 and 192 tonnes of fresh mulberries. With 2023 set at 100, the group's output index stood at 125 in 2024. In 2024 the Rawalpindi shop took 32 tonnes, two-thirds of the output, in cartons of 8 kilograms, paying Rs 2,400 a kilogram, and Kabul's shops took 16 tonnes.

**Conclusions.** Drying on clean roofs is cheap and works, but losses to birds and dust were about one kilogram in twenty. Nets and raised trays could cut them. The yards depend heavily on one buyer across the border.
""", arith(["With 2023 set at 100, the group's output index stood at 125 in 2024"],
          "The abstract gives dried output of 40 tonnes in 2023 and 48 tonnes in 2024 (and fresh fruit of 160 and 192 tonnes). With 2023 at 100, 2024 is 120, a rise of 20 percent, not 125.",
          **{"from": 40, "to": 48, "computed_change_pct": 20.0, "stated_change_pct": 25.0,
             "stated_index": 125.0, "computed_index": 120.0, "unit": "tonnes (index, 2023 = 100)",
             "from_period": "2023", "to_period": "2024",
             "subject": "dried mulberry output of the Istalif yards",
             "location": "results paragraph, an index written in prose"}))

add("istalif_mulberry_tweet_thread", """
# Thread: "What I learned on the mulberry roofs of Istalif"

*A thread posted in August 2025 by an invented Kabul food writer on a social media site, numbered as posted. The writer, the drying yards and every figure are invented.*

1/ Spent two days on the rooftops of Istalif with the families of the Istalif Tut Drying Yards. Thread on what goes into a bag of dried white mulberries.

2/ 35 families, one sales book. They've dried fruit together since 2013. In June and July every flat roof in the village is white with fruit on sheets.

3/ Ratio: 4 kg of fresh mulberries for 1 kg dried. Five days in good sun. Turn them twice a day or they stick.

4/ Output: 40 tonnes dried in 2023, 48 in 2024, and about 30 this year after a late frost killed the blossom.

5/ Their big buyer is a dry-fruit shop in Rawalpindi's Raja Bazaar, Haji Shaukat. His orders went from 32 tonnes in 2024 to 32 tonnes in 2024, and this year he has had 6 tonnes so far.

6/ Why so little? Trucks sat at Torkham for weeks this spring, and dried fruit doesn't like waiting. The rest goes to Kabul: 24 tonnes so far this year against 16 in all of 2024.

7/ Price in Rawalpindi: Rs 2,400 a kilo last year, up from Rs 2,000 in 2023. In Kabul they get less, but they get paid the same week.

8/ Packed in cartons of 8 kg. Last year that was 6,000 cartons, 4,000 of them for Rawalpindi.

9/ If you're in Kabul, buy Istalif tut. Eat them with walnuts and green tea. End.
""", garbled(["His orders went from 32 tonnes in 2024 to 32 tonnes in 2024"],
             "Post 5 describes a change in the Rawalpindi shop's orders whose start and end are the same value in the same year, 32 tonnes in 2024. The other posts give 2024 as 32 tonnes (4,000 cartons of 8 kg) and 2025 as 6 tonnes so far; the start was presumably meant to be an earlier year.",
             start_value=32, end_value=32, start_period="2024", end_period="2024",
             unit="tonnes", subject="dried mulberries taken by the Rawalpindi shop",
             location="fifth post of a numbered thread"))

add("istalif_mulberry_buyer_itinerary", """
# Itinerary for Haji Shaukat's Visit to Istalif, June 2025

*Itinerary sent by the drying yards of Istalif, Kabul province, to their buyer in Rawalpindi ahead of his visit, in English translation. The yards, the buyer and every figure are invented.*

Respected Haji Shaukat sahib, we are honoured that you will visit us at the start of this year's drying. Here is the plan we have made. Please tell us if you wish to change anything.

**Day 1, Sunday 15 June.** Arrive at Torkham in the morning; our driver, Wahid, will meet you on the Afghan side. Lunch in Jalalabad. Reach Kabul by evening; night at the guest house in Shahr-e-Naw.

**Day 2, Monday 16 June.** Drive to Istalif, one hour. Tea with the elders of the 35 families. Walk the rooftops and see the first fruit of the season laid out to dry. In the afternoon, the potters' bazaar, for those who like blue pots.

**Day 3, Tuesday 17 June.** The store and the packing room. Last year the yards packed 6,000 cartons of 8 kilograms, and your shop's 32 tonnes filled 6,000 of them. We will show you the new cartons, with a window so that buyers can see the fruit.

**Day 4, Wednesday 18 June.** Talks on price and quantity for 2025. We hope to offer you the same price as last year, Rs 2,400 a kilogram, and as much fruit as the frost has left us; the crop will be smaller than last year's.

**Day 5, Thursday 19 June.** Return to Torkham. We will send you off with a carton for your family.

With respect and good wishes,

the elders of the Istalif Tut Drying Yards
""", reuse(["packed 6,000 cartons of 8 kilograms", "your shop's 32 tonnes filled 6,000 of them"], 6000,
          "cartons of 8 kg", "cartons the yards packed in 2024", "cartons filled by the Rawalpindi shop's 2024 fruit", 4000,
          "The itinerary gives the 2024 pack as 6,000 cartons of 8 kilograms and says the Rawalpindi shop's 32 tonnes filled 6,000 of them, all of them. At 8 kilograms a carton, 32 tonnes fill 4,000 cartons; 6,000 cartons hold 48 tonnes.",
          kg_per_carton=8, period="2024"))

add("istalif_mulberry_haiku_sequence", """
# Seven Haiku for the Mulberry Roofs

*A sequence of haiku written in English in 2025 by an invented poet after a summer in Istalif, Kabul province, printed with the poet's notes. The poet, the drying yards and every figure are invented.*

**1**

White fruit on flat roofs,
the whole village turned to sky
and drying slowly

**2**

Four kilos of fruit
for every kilo of sweet:
the sun keeps the rest

**3**

Thirty-five families,
one ledger, one scale, one truck
waiting in the lane

**4**

Cartons of eight kilos,
tape and string and a blessing:
the road to Kabul

**5**

Torkham at first light,
our fruit crosses into India;
Rawalpindi waits

**6**

A dealer's old scale
in the Raja Bazaar weighs
a summer's sweetness

**7**

Frost in the blossom,
the roofs half bare this summer,
the lane without trucks

**Poet's notes.** The families of the Istalif Tut Drying Yards dried 48 tonnes of white mulberries in 2024, and a dry-fruit shop in Rawalpindi's Raja Bazaar took 32 tonnes of them. In 2025 a late frost cut the crop to about 30 tonnes, and trucks waited for weeks at the border, so that Rawalpindi had only 6. The sixth haiku is for Haji Shaukat, who has bought from the yards for more than ten years.
""", scope("our fruit crosses into India", "IND", ["AFG", "IND"], "India",
           "The fifth haiku has the Istalif fruit crossing at Torkham on its way to Rawalpindi, and the notes say it goes to a Rawalpindi shop: the crossing is into Pakistan, but the haiku names India in Pakistan's place.",
           location="fifth haiku of the sequence (verse); India stands in Pakistan's place"))

# ---------------------------------------------------------------------------
# Trade and crossings
# ---------------------------------------------------------------------------

add("trade_encyclopedia_stub", """
# Pakistan–Afghanistan trade

*Text of a short entry in an invented online encyclopedia of South and Central Asian economies, as it stood in December 2025, with its infobox. The encyclopedia is invented, and the trade figures are the invented series used across this set.*

| Pakistan–Afghanistan trade | |
|---|---|
| Pakistan's exports to Afghanistan, 2023 | USD 1,012 million |
| Imports from Afghanistan, 2023 | USD 609 million |
| Two-way trade, 2023 | USD 1,702 million |
| Main crossings | Torkham, Chaman, Ghulam Khan |
| Trade status, December 2025 | crossings closed since October 2025 |

**Pakistan–Afghanistan trade** is the exchange of goods between Pakistan and Afghanistan, mostly by road at Torkham, Chaman and a handful of smaller crossings. Pakistan sells Afghanistan flour, rice, medicines, cement and household goods; Afghanistan sells Pakistan coal, fresh and dried fruit, cotton and vegetables.

**History.** Pakistan's exports to Afghanistan fell from USD 1,290 million in 2019 to USD 828 million in 2021, the year of the change of government in Kabul, and recovered to USD 1,012 million in 2023 before slipping to USD 884 million in 2024. Imports from Afghanistan rose from USD 441 million in 2019 to a peak of USD 741 million in 2022, much of it coal.

**2023.** In 2023 Pakistan recorded exports of USD 1,012 million and imports from Afghanistan of USD 690 million, for two-way trade of USD 1,702 million and a Pakistani surplus of USD 322 million.

**Closures.** The crossings have often been closed for days or weeks at a time. From October 2025 they were closed to trade altogether, and trucks were stranded on both sides.

**See also:** Afghanistan–Pakistan Transit Trade Agreement; Torkham.
""", tvt(["| Imports from Afghanistan, 2023 | USD 609 million |", "imports from Afghanistan of USD 690 million"],
        {"table_value": 609, "text_value": 690}, "USD million",
        "Pakistan's imports from Afghanistan", "2023",
        "infobox row against the '2023' paragraph of the entry",
        "The infobox gives 2023 imports from Afghanistan as USD 609 million; the body gives USD 690 million, and both the infobox's own two-way trade (USD 1,702 million) and the body's surplus (USD 322 million) follow from 690 with exports of 1,012."))

add("trade_timeline_poster", """
# Timeline: Six Years of Trade Across the Border

*Text of a timeline poster made in 2025 by an invented Peshawar freight forwarders' association for its office wall. The association is invented, and the trade figures are the invented series used across this set.*

- **2019.** Pakistan exports USD 1,290 million of goods to Afghanistan and imports USD 441 million; surplus USD 849 million. The best year for exports on this poster.
- **2020.** Exports drop to USD 942 million as the pandemic shuts the crossings for weeks; imports USD 509 million; surplus USD 433 million.
- **2021.** Kabul changes hands in August. Exports USD 828 million, imports USD 552 million, surplus USD 276 million.
- **2022.** Coal from Afghanistan pours in. Imports reach a peak of USD 741 million; exports recover to USD 936 million; surplus USD 159 million, the smallest of the six years.
- **2023.** Exports USD 1,012 million, imports USD 690 million; surplus USD 322 million. Two-way trade USD 1,702 million.
- **2024.** Exports ease to USD 884 million and imports to USD 540 million; surplus USD 344 million.
- **2025.** From October the crossings are closed to trade. Trucks wait at Torkham and Chaman for weeks.

*Footnote on the poster:* All figures are rounded to the nearest million dollars. Members may ask the office for the yearly sheets behind them.
""", arith(["Imports reach a peak of USD 741 million", "exports recover to USD 936 million; surplus USD 159 million"],
          "The 2022 entry gives exports of USD 936 million and imports of USD 741 million, which leave a surplus of USD 195 million, not the USD 159 million printed. (Either value would be the smallest of the six years.)",
          exports=936, imports=741, computed_balance=195, stated_balance=159,
          unit="USD million", period="2022", subject="Pakistan's trade surplus with Afghanistan",
          location="2022 item of a bulleted timeline"))

add("trade_chamber_press_release", """
# Press Release: Chamber Calls for Reopening of Border Crossings

*Press release issued in November 2025 by an invented chamber of small traders in Peshawar. The chamber and its officers are invented, and the trade figures are the invented series used across this set.*

**FOR IMMEDIATE RELEASE**

**Peshawar, 20 November 2025.** The Frontier Small Traders' Chamber today called on both governments to reopen the crossings at Torkham, Chaman and Ghulam Khan, closed to trade since October, and warned that hundreds of small firms in Khyber Pakhtunkhwa would not survive a winter without Afghan buyers.

"Our members do not sell in millions of dollars," said the chamber's president. "They sell a truck of shoes here, a truck of plastic goods there. When the gate is shut, they cannot pay their workers."

The chamber pointed to the figures for recent years. Exports to Afghanistan fell to USD 884 million in 2024. Exports to Afghanistan fell to USD 884 million in 2024. That was down from USD 1,012 million in 2023, and far below the USD 1,290 million of 2019. Imports from Afghanistan, mostly coal, fruit and vegetables, came to USD 540 million in 2024, leaving Pakistan a surplus of USD 344 million.

The chamber asked for three things: a date for reopening, a separate lane at Torkham for perishable goods, and a waiver of demurrage charges for trucks stranded since October.

**About the chamber.** The Frontier Small Traders' Chamber was founded in 2011 and has about 1,400 members, most with fewer than 20 workers.

**Contact:** the chamber's office, Saddar Road, Peshawar.
""", repeated("Exports to Afghanistan fell to USD 884 million in 2024.", 2,
              "Pakistan's exports to Afghanistan in 2024",
              "fourth paragraph of the press release",
              "The sentence giving 2024 exports is printed twice in a row, word for word."))

add("trade_faq_page", """
# Frequently Asked Questions: Trade with Afghanistan

*FAQ page from the website of an invented export advisory desk in Lahore, updated in March 2025. The desk is invented, and the trade figures are the invented series used across this set.*

**How much does Pakistan export to Afghanistan?** In 2024 Pakistan's exports to Afghanistan came to USD 884 million, down from USD 1,012 million in 2023.

**What does Pakistan sell?** Mainly food (flour, rice, sugar, cooking oil), medicines, cement, plastic and steel goods, and clothing.

**And what does Pakistan buy from Afghanistan?** Coal, fresh and dried fruit, vegetables and cotton. In 2024 these imports came to USD 344 million.

**Does Pakistan run a surplus?** Yes, every year. The surplus in 2024 was USD 344 million, a little above the USD 322 million of 2023.

**Which crossings are used?** Torkham, near Peshawar, carries the most trucks, followed by Chaman, near Quetta. Ghulam Khan, facing Khost, and Angoor Adda carry less.

**Do I need an export licence?** No special licence, but you need a registered exporter's number, a goods declaration filed at the crossing, and for food a plant or health certificate.

**How are exporters paid?** By bank transfer where possible; many small traders still rely on advance payment in cash or on trusted agents.

**Is trade with Afghanistan growing?** Not steadily. Exports fell from USD 1,290 million in 2019 to USD 828 million in 2021 and have moved up and down since.
""", reuse(["In 2024 these imports came to USD 344 million", "The surplus in 2024 was USD 344 million"], 344,
          "USD million", "Pakistan's imports from Afghanistan in 2024", "Pakistan's trade surplus with Afghanistan in 2024", 540,
          "The FAQ gives 2024 imports from Afghanistan and the 2024 surplus the same figure, USD 344 million. With exports of USD 884 million, a surplus of 344 needs imports of 540, and imports of 344 would leave a surplus of 540; in the set's series imports were 540 and the surplus 344, so the imports answer repeats the surplus.",
          exports=884, period="2024"))

add("trade_newspaper_correction", """
# Corrections and Clarifications

*Corrections column of an invented Islamabad business daily, 14 May 2025. The newspaper and its articles are invented, and the trade figures are the invented series used across this set.*

**Border trade.** An article on page 5 on Monday, "Coal and the Crossings", said that Pakistan's imports from Afghanistan rose in 2023. They fell, from USD 741 million in 2022 to USD 690 million in 2023. The article should also have said that imports dropped between 2021 and 2022, from USD 552 million to USD 741 million, when Afghan coal became cheaper than coal shipped from farther away. We apologise for the errors.

**Cotton prices.** A report on page 9 on Tuesday gave the price of cotton in Multan as Rs 8,500 a maund. It was Rs 8,300.

**Name.** A caption on page 3 on Wednesday misspelled the name of the chairman of a textile mills association. He is Mr Tariq Mehmood, not Mr Tariq Mahmood.

**Cricket.** Our report on Sunday's club match in Rawalpindi said the winning side scored 212 for 6. The score was 221 for 6.

**Readers' editor.** Readers who believe we have made an error may write to the readers' editor at the newspaper's office, Blue Area, Islamabad. We correct errors of fact as soon as we can, and we say so in this column.
""", direction("imports dropped between 2021 and 2022, from USD 552 million to USD 741 million",
              552, 741, "2021", "2022", "dropped", "fall", "USD million",
              "Pakistan's imports from Afghanistan",
              "first correction, the direction word before the figures",
              "The correction itself says imports dropped between 2021 and 2022, but the figures it gives rise from USD 552 million to USD 741 million, up 34.2 percent. (The other corrections in the column, which set a wrong figure against the right one, are not defects.)"))

add("trade_swot_analysis", """
# SWOT Analysis: Khyber Road Freight, Peshawar

*Analysis prepared in January 2025 by an invented business consultant for a small trucking firm in Peshawar that carries goods to Afghanistan. The consultant, the firm and every figure about it are invented; the trade figures are the invented series used across this set.*

**The firm.** Khyber Road Freight runs 18 trucks out of Peshawar, almost all on the Torkham road to Jalalabad and Kabul. In 2024 it made 1,150 trips across the border, up from 980 in 2023.

**Strengths**

- Long-standing customers on both sides, some for twenty years.
- Drivers who know the Torkham crossing and its clearing agents.
- Its own yard near the Karkhano market, with room for 25 trucks.

**Weaknesses**

- Nine of the 18 trucks are more than fifteen years old.
- One customer, a cement exporter, gives a third of all loads.
- No trucks equipped to carry fresh fruit in summer.

**Opportunities**

- Pakistan's exports to Afghanistan, USD 884 million in 2024, are still well below the USD 1,290 million of 2019; any recovery means more loads.
- Afghan fruit and vegetables sent to Pakistan need trucks; the firm's trucks now come back from Kabul half empty.
- Transit goods for Central Asia, through Afghanistan to Uzbekistan and Turkmenistan, are a new market.

**Threats**

- Sudden closures of the Turkmenistan–Afghanistan crossing at Torkham, which can strand trucks for weeks.
- Rising diesel prices.
- Competition from Afghan-owned trucking firms that now carry more of the trade.

**Recommendation.** Replace the four oldest trucks over two years and win two fruit customers before the 2025 summer.
""", scope("closures of the Turkmenistan–Afghanistan crossing at Torkham", "TKM", ["TKM", "AFG"], "Turkmenistan",
           "Torkham, on the firm's road from Peshawar to Jalalabad, is on the Pakistan–Afghanistan border; the threats list names Turkmenistan in Pakistan's place. The opportunities list names Turkmenistan correctly, as a Central Asian destination reached through Afghanistan.",
           not_a_defect="through Afghanistan to Uzbekistan and Turkmenistan",
           location="first item of the threats list; Turkmenistan stands in Pakistan's place"))

add("trade_budget_speech_control", """
# Extract from a Budget Speech: Trade with Afghanistan

*Extract from the budget speech of the finance minister of an invented provincial government, delivered in June 2025. The government and the minister are invented, and the trade figures are the invented series used across this set.*

Mr Speaker, let me turn to our trade with our western neighbour, on which so many families in this province depend.

Six years ago, in 2019, Pakistan's two-way trade with Afghanistan came to USD 1,731 million. Last year, in 2024, it came to USD 1,424 million, 17.7 percent lower. That is the loss, Mr Speaker, in plain numbers.

But look more closely. Our exports fell from USD 1,290 million to USD 884 million over those years, while our imports from Afghanistan rose from USD 441 million to USD 540 million. Imports peaked at USD 741 million in 2022, when Afghan coal was cheap, and have fallen by 27.1 percent since.

Our surplus, which was USD 849 million in 2019, was USD 344 million in 2024, up 6.8 percent from USD 322 million in 2023. Last year we sold Afghanistan 63.7 percent more than we bought from it.

Mr Speaker, these are not just figures. Behind every million dollars are trucks, drivers, loaders, clearing agents and small workshops in Peshawar, Khyber and Mardan. This budget therefore sets aside Rs 2 billion for a fund to help small exporters reach new buyers in Afghanistan and beyond, and Rs 500 million to improve the road to Torkham.

I commend these measures to the House.
""", control_type="control")

add("trade_cross_number_puzzle_control", """
# Cross-Number Puzzle No. 41: Trade Across the Border

*Puzzle from the weekend supplement of an invented Karachi newspaper, March 2025, with the solution printed upside down below it; the grid is not reproduced here. The newspaper is invented, and the trade figures (USD million, calendar years) are the invented series used across this set.*

Every answer is a whole number of millions of US dollars, written one digit to a square. The published series lists exports, imports, two-way trade and the balance for each year from 2019 to 2024.

**Across**

1. Pakistan's exports to Afghanistan in 2020 (3)
4. Two-way trade in 2021 (4)
6. Imports from Afghanistan in 2019 (3)
8. Pakistan's surplus in 2020 (3)
10. Exports in 2022 minus exports in 2021 (3)

**Down**

2. Imports from Afghanistan in 2024 (3)
3. Pakistan's exports to Afghanistan in 2024 (3)
5. Fall in imports from 2023 to 2024 (3)
7. Two-way trade in 2019 (4)
9. Pakistan's surplus in 2022 (3)

**Solution**

Across: 1. 942; 4. 1380; 6. 441; 8. 433; 10. 108.

Down: 2. 540; 3. 884; 5. 150; 7. 1731; 9. 195.

*Setter's note:* 10 Across and 5 Down are the only answers you cannot copy straight from the published series; both need a subtraction. The surplus in 2022, at 195, was the smallest of the six years from 2019 to 2024.
""", control_type="control")

# ---------------------------------------------------------------------------
# Registered Afghan refugees (citations and citation controls)
# ---------------------------------------------------------------------------

add("refugees_assembly_question_hour", """
# Question Hour: Registered Afghan Refugees

*Written question and answer from the question hour of an invented provincial assembly, laid on the table in February 2021, with the supplementary exchange as recorded. The assembly, its members and the minister are invented.*

**Question No. 118, asked by a member from Peshawar:** Will the Minister for Home Affairs be pleased to state (a) how many registered Afghan refugees were living in Pakistan at the end of 2020, (b) how many of them lived in this province, and (c) what the province spends on services for them?

**Answer (laid on the table):** (a) According to UNHCR's statistics as on 31.12.2020, 1,490,562 registered Afghan refugees were living in Pakistan, all holding Proof of Registration cards. (b) A little over half of them lived in this province, most in Peshawar, Nowshera, Mardan and Haripur, in the refugee villages and in rented houses in towns. (c) The province does not keep a separate budget line for refugees. Their children study in provincial schools and they are treated in provincial hospitals alongside citizens.

**Supplementary question:** The member asked whether the number had gone up or down since the end of 2019.

**Minister:** The number has gone up slightly, Mr Speaker, because registered families have children, and children are added to their parents' cards. It was 1,419,084 at the end of 2019.

**Supplementary question:** Another member asked when the cards would be extended.

**Minister:** The federal government will decide on an extension before the cards run out, and this province will press for one.
""", citation(["According to UNHCR's statistics as on 31.12.2020, 1,490,562 registered Afghan refugees"],
              1490562, "2020", "UNHCR's statistics as on 31.12.2020",
              "answer (a) laid on the table at a question hour",
              "The answer cites UNHCR's statistics as on 31 December 2020 for 1,490,562 registered Afghan refugees. The reference value for end-2020 is 1,438,432; 1,490,562 is exactly the reference value for end-2021. The figure is 3.6 percent above the year cited, within the 10 percent line, and the text's own comparison with 2019 (a slight rise) holds for both values, so only the reference series shows the error.",
              same_as_year="2021", stated_as_written="1,490,562"))

add("refugees_book_review", """
# Book Review: "The Long Stay"

*Review of an invented book of reportage on Afghan refugee families in Pakistan, from an invented literary quarterly in Lahore, autumn 2024. The book, its author and the quarterly are invented.*

In "The Long Stay", a journalist who grew up in Peshawar spends a year with four Afghan families: a carpet weaver in Haripur, a fruit seller in Quetta, a widow running a tailoring class in Karachi and a schoolteacher in a refugee village near Nowshera. The families are registered refugees, with cards that let them live and work in Pakistan, and the book's subject is what it means to stay somewhere "temporarily" for forty years.

The writing is plain and patient. The author lets the families talk, and the best chapters are almost all dialogue: the weaver arguing with his son about whether to go "home" to a country the son has never seen, the widow counting her students' fees in a notebook she keeps in a biscuit tin.

The book is weaker when it steps back to give the wider picture. Its introduction puts the number of registered Afghan refugees in Pakistan at the end of 2022 at 1.1 million, citing the UNHCR Global Trends report 2022, but says little about how the register has changed over time or who is left out of it.

The chapters on the returns of late 2023, when many Afghans without cards were pushed to leave, are the most painful in the book, and the author does not pretend to be neutral.

"The Long Stay" is not a work of statistics, and it does not need to be. It is a book about four families, and as such it is very good.
""", citation(["at the end of 2022 at 1.1 million, citing the UNHCR Global Trends report 2022"],
              1100000, "2022", "UNHCR Global Trends report 2022",
              "review's third paragraph, reporting the book's introduction",
              "The review reports the book's figure of 1.1 million registered Afghan refugees in Pakistan at the end of 2022, citing UNHCR's Global Trends report for 2022. The reference value for end-2022 is 1,743,278; 1.1 million is 36.9 percent below it.",
              stated_as_written="1.1 million"))

add("refugees_school_essay", """
# Essay: "Our Neighbours from Across the Border"

*Essay by a Class 9 pupil of an invented girls' school in Quetta, written for an essay competition in 2025, printed with the teacher's comment. The school, the pupil and the teacher are invented.*

Afghans have lived among us in Quetta for as long as my grandmother can remember. The man who sells us naan in the morning is Afghan, and so is my best friend Marwa, whose family came from Kandahar before she was born.

Many Afghans in Pakistan are registered refugees. That means they have a card, called a Proof of Registration card, that lets them stay legally. At the end of 2023 there were 1,987,717 registered Afghan refugees in Pakistan. By the end of 2024 the register had fallen to about 1.96 million (UNHCR, as at 31 December 2024), because some families went back to Afghanistan and some cards were not renewed.

The numbers do not tell you how people feel. Marwa's father says he has lived in Quetta for thirty years and still does not know whether he will be allowed to stay next year. Her little brother wants to play cricket for Pakistan.

I think that people who have lived here for thirty years should be able to stay and work without fear. I also think that Afghanistan should be a country people want to go back to, not run away from. Both things can be true.

When I grow up I want to be a doctor, and I want to work in a hospital where nobody asks which side of the border you were born on.

**Teacher's comment:** A thoughtful essay, Hira. Good use of a source for your figures. 17 marks out of 20.
""", citation(["the register had fallen to about 1.96 million (UNHCR, as at 31 December 2024)"],
              1960000, "2024", "(UNHCR, as at 31 December 2024)",
              "second paragraph of a pupil's essay",
              "The essay cites UNHCR as at 31 December 2024 for about 1.96 million registered Afghan refugees. The reference value for end-2024 is 1,559,964; 1.96 million is 25.6 percent above it. The essay's end-2023 figure (1,987,717) is the reference value, and the fall it describes holds for both values, so the error shows only against the reference.",
              stated_as_written="about 1.96 million"))

add("refugees_professional_network_post", """
# Post by a Programme Manager on a Professional Network

*Post published in January 2022 on a professional networking site by an invented programme manager at an invented vocational training charity in Peshawar. The charity, the manager and the trainees are invented.*

Proud moment for our team this week. Thirty-two young Afghan women and men graduated from our six-month course in mobile phone repair in Peshawar, and 27 of them already have jobs or have opened a stall.

Some context for those outside Pakistan: the country hosts one of the largest refugee populations in the world. According to UNHCR's 2021 figures, about 1.25 million registered Afghan refugees were living in Pakistan at the end of 2021, most of them in Khyber Pakhtunkhwa and Balochistan, and many of them born here. Most of our trainees were born in Peshawar and have never seen Afghanistan.

What I have learned in five years of this work:

1. Skills travel. A phone repair kit fits in a bag, whichever side of the border a person ends up on.
2. Women will come to training if it is close to home and the hours fit around school runs. Our women's batch was full in three days.
3. Employers care about work, not cards. Every shop owner who took one of our graduates has asked for another.

Thank you to our trainers, Ustad Jamil and Ms Farzana, and to every shop in Karkhano market and Hashtnagri that opened its doors to our trainees.

Our next batch of 40 starts in March. If you run a business in Peshawar and could take an apprentice for three months, please message me.
""", citation(["According to UNHCR's 2021 figures, about 1.25 million registered Afghan refugees were living in Pakistan at the end of 2021"],
              1250000, "2021", "according to UNHCR's 2021 figures",
              "second paragraph of a social media post",
              "The post cites UNHCR's 2021 figures for about 1.25 million registered Afghan refugees at the end of 2021. The reference value for end-2021 is 1,490,562; 1.25 million is 16.1 percent below it.",
              stated_as_written="about 1.25 million"))

add("refugees_travelogue_footnote", """
# Down the Khyber in Winter

*Chapter from an invented travel book about a journey from Kabul to Karachi in January 2020, with the author's footnotes. The author and the book are invented.*

The bus from Jalalabad reached Torkham before noon, and we spent the next four hours learning what a border is. There was the queue for the Afghan stamp, the walk through the long fenced corridor, the second queue for the Pakistani stamp, and between them a sea of trucks, carts, porters and children selling boiled eggs.

On the Pakistani side the road drops through the Khyber Pass in loops, past forts and old railway tunnels, to the plain of Peshawar.[^1] My companion on the bus, a tailor from Jalalabad who had lived in Peshawar as a boy, pointed out the places where his family had camped when he was small.

Peshawar is a city that has been host to Afghans for so long that it hardly notices them. At the end of 2019 some 1.8 million registered Afghan refugees lived in Pakistan,[^2] and on Peshawar's streets it was often impossible to tell who was a guest and who a host. In the Board Bazaar I ate kabuli pulao cooked by a man from Mazar-i-Sharif, and in Saddar I bought a carpet woven in a refugee village near Nowshera.

I stayed three nights, then took the train south to Lahore and the bus on to Karachi, and the border seemed to follow me the whole way: in the dried fruit stalls, the Pashto on the buses, the naan ovens.

[^1]: The old Khyber railway climbs this way to Landi Kotal through a long chain of tunnels and bridges.

[^2]: UNHCR, registered Afghan refugees in Pakistan, end of 2019.
""", citation(["At the end of 2019 some 1.8 million registered Afghan refugees lived in Pakistan,[^2]",
               "[^2]: UNHCR, registered Afghan refugees in Pakistan, end of 2019."],
              1800000, "2019", "[^2]: UNHCR, ..., end of YEAR (Markdown footnote)",
              "third paragraph of a travel book chapter, with the source in a Markdown footnote",
              "The chapter gives some 1.8 million registered Afghan refugees in Pakistan at the end of 2019, with a footnote citing UNHCR for end-2019. The reference value for end-2019 is 1,419,084; 1.8 million is 26.8 percent above it.",
              stated_as_written="some 1.8 million"))

add("refugees_sonnet_epigraph", """
# "Cards": A Sonnet

*A sonnet printed in an invented anthology of new poetry from Peshawar in 2024, with the epigraph the poet set above it. The poet and the anthology are invented.*

> Nearly one and a half million Afghans were registered as refugees in Pakistan at the end of 2023. — UNHCR, end-2023

My father kept his card inside a book,
between the pages of a Pashto tale;
he'd take it out, and turn it, look and look,
as if the plastic were a thing for sale.

He came in nineteen eighty, on a cart,
from Kunar, with a goat and with a wife;
he learned the bazaar's Urdu off by heart
and lived in "temporary" all his life.

The card was blue, then green, then blue once more,
and every time it came with a new date;
he stood in every queue at every door
and never once complained about the wait.

He died a guest in the only home he knew.
They buried him with the card. What else to do?

**Poet's note.** The cards in the poem are Proof of Registration cards, which registered Afghans in Pakistan must renew from time to time. My father renewed his four times.
""", citation(["Nearly one and a half million Afghans were registered as refugees in Pakistan at the end of 2023. — UNHCR, end-2023"],
              1500000, "2023", "— UNHCR, end-YEAR (attribution line of an epigraph)",
              "epigraph above a sonnet, attributed to UNHCR after an em dash",
              "The epigraph, attributed to UNHCR for end-2023, gives nearly one and a half million registered Afghan refugees. The reference value for end-2023 is 1,987,717; 1.5 million is 24.5 percent below it.",
              stated_as_written="Nearly one and a half million"))

add("refugees_podcast_citation_control", """
# Podcast Transcript: "Border Town", Episode 12

*Edited transcript of an invented podcast about life in Peshawar, recorded in 2024. The podcast, its hosts and its guest are invented.*

**SANA:** Welcome back to Border Town. Today we are talking about numbers, which my co-host Omar hates.

**OMAR:** I don't hate numbers. I hate numbers without a source.

**SANA:** Then you'll like this. UNHCR data for end-2021 show 1,490,562 registered Afghan refugees in Pakistan. Two years later, at the end of 2023, the register stood at 1,987,717, according to UNHCR (2023a).

**OMAR:** So that's a rise of, what, about half a million?

**SANA:** 497,155 exactly. A third more, 33.4 percent, in two years.

**OMAR:** And those are all people with cards?

**SANA:** Our guest can explain. Farida runs a legal aid desk in Peshawar.

**FARIDA:** The register counts only people who hold Proof of Registration cards. Many Afghans in Pakistan have no such card, so the register is one number and the total number of Afghans in the country is another, larger one. When someone tells you a figure, ask which of the two it is.

**OMAR:** So two numbers, two stories.

**FARIDA:** Exactly. Never use one as if it were the other. And never round a number until you know what it counts.

**SANA:** That's the episode. If you have a question about life in Peshawar, send us a voice note, and we may play it next week.
""", control_type="citation_control")

add("refugees_cv_citation_control", """
# Curriculum Vitae: Shazia Bibi (extract)

*Extract from the CV of an invented aid worker in Islamabad, updated in 2025, including the summary of a briefing she wrote. The aid worker, her employers and the briefing are invented.*

**Profile.** Programme officer with eleven years' experience in refugee education and livelihoods in Khyber Pakhtunkhwa and Islamabad. Fluent in Urdu, Pashto, Dari and English.

**Experience**

- Since 2021: Programme Officer, an education charity, Islamabad. Runs 14 community schools for Afghan and Pakistani children, with 2,300 pupils.
- 2017 to 2021: Field Coordinator, a livelihoods project, Peshawar and Nowshera. Trained 600 refugee women in tailoring and embroidery.
- 2014 to 2017: Teacher, a refugee village school near Haripur.

**Selected writing**

- *"Counting the Registered"* (2025), a briefing for the charity's trustees. Summary: per UNHCR's end-2022 count, 1,743,278 registered Afghan refugees were living in Pakistan. Two years later the register had fallen to 1,559,964 [UNHCR 2024 year-end statistics], a drop of 183,314, or 10.5 percent. The briefing argues that the charity's schools should plan for fewer registered pupils and more children without cards.

**Education.** MA in Education, Peshawar, 2013. BA, Haripur, 2011.

**Skills.** Survey design, teacher training, report writing, budgeting for small grants.

**References** available on request.
""", control_type="citation_control")

add("refugees_calendar_citation_control", """
# Wall Calendar, June 2025: World Refugee Day

*The June page of a wall calendar printed for 2025 by an invented community library in Peshawar, with its fact box for World Refugee Day (20 June). The library is invented.*

The page shows the days of June in a grid, with 20 June circled in green. A photograph above the grid shows children reading on the library steps. Below the grid are a fact box and the month's events.

**Fact box: counting the registered.** At the end of 2019, 1,419,084 Afghans were registered as refugees in Pakistan (UNHCR Operational Data Portal, end-2019). A year later the register held 1,438,432 people at the end of 2020, as reported by the UN refugee agency. That is 19,348 more, a rise of 1.4 percent. Most registered refugees live in Khyber Pakhtunkhwa and Balochistan, in cities, towns and refugee villages.

**Events at the library this month**

- Saturday 14 June: story hour in Pashto and Urdu, 11 am.
- Friday 20 June: World Refugee Day. Exhibition of drawings by children from a refugee village near Peshawar, 10 am to 4 pm.
- Saturday 28 June: talk, "Forty-five years of neighbours", by a retired schoolteacher, 5 pm.

**Quote of the month:** "A guest is a gift from God." (Pashto proverb)

**Library hours:** 9 am to 6 pm, Monday to Saturday. Membership is free for children of every nationality.
""", control_type="citation_control")
