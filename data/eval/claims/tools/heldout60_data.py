# Sixtieth held-out set of synthetic documents ("heldout60").  Written from
# scratch after heldout59/, by a labeller session that had not opened dyad's
# implementation or history and had not seen any of its results.
# Every entry: name (topic slug, numbered later by build_heldout60.py), text,
# labels (list of defect dicts), control_type for controls.
# New registers: a hurricane lantern works at Kamoke, Gujranwala, that sold
# lanterns to a Kabul hardware dealer; a charpai rope works at Pindi Bhattian,
# Hafizabad, that sold coils to a Jalalabad bed-makers' supplier; a liquorice
# root diggers' cooperative at Khulm, Balkh, that sold root to a Lahore herbal
# wholesaler; a felt rug workshop at Maimana, Faryab, that sold rugs to a
# Quetta dealer; a steel tiffin carrier works at Daska, Sialkot, that sold to a
# Kandahar kitchenware dealer; a cumin growers' association at Qarabagh,
# Ghazni, that sold seed to a Karachi spice trader; a kite workshop at Chunian,
# Kasur, that sold kites to a Kabul kite seller; and macro documents on the
# trade series, the crossings and the register.
#
# Invented figures shared with earlier sets: annual trade series (README:
# exports 1,290 / 942 / 828 / 936 / 1,012 / 884 and imports 441 / 509 / 552 /
# 741 / 690 / 540 for 2019-2024, balances 849 / 433 / 276 / 195 / 322 / 344,
# totals 1,731 / 1,451 / 1,380 / 1,677 / 1,702 / 1,424); reference refugee
# series (1,419,084 / 1,438,432 / 1,490,562 / 1,743,278 / 1,987,717 /
# 1,559,964 for 2019-2024).
#
# New invented figures, consistent with the above:
#   Butt Lantern Works, Kamoke (invented), begun 2010 by Mian Tariq Butt; 30
#     workers; tin-plate hurricane lanterns 25 cm tall, font of 0.8 litres;
#     crates of 12; Rs 850 a lantern (2024); lanterns sold 2022 36,000, 2023
#     42,000, 2024 48,000 (4,000 crates), 2025 33,000; to Haji Nasrullah,
#     Mandawi bazaar, Kabul 22,000 / 26,000 / 30,000 / 6,000 (2022-2025), at
#     home 14,000 / 16,000 / 18,000 / 27,000; Kabul 2024 by quarter 6,000 /
#     7,000 / 8,000 / 9,000.
#   Bhatti Rope Works, Pindi Bhattian (invented), begun 2008 by Chaudhry Ashraf
#     Bhatti; 24 workers, six twisting machines; nylon-and-jute charpai rope in
#     coils of 50 m (2 kg), bales of 20 coils (40 kg); three coils string one
#     charpai; Rs 600 a coil (2024); coils sold 2023 60,000, 2024 72,000 (3,600
#     bales), 2025 50,000; to Haji Sher Ali, Jalalabad 35,000 / 44,000 / 8,000,
#     at home 25,000 / 28,000 / 42,000.
#   Khulm Liquorice Diggers' Cooperative, Khulm, Balkh (invented), begun 2015,
#     90 member families; dried root in bales of 40 kg; harvest 2023 360 t, 2024
#     420 t, 2025 300 t; to Haji Karim Bakhsh, Akbari Mandi, Lahore 250 / 300 /
#     40 t, at home (Mazar-i-Sharif and Kabul) 110 / 120 / 260 t; Lahore paid
#     Rs 180 a kg (2024).
#   Maimana Felt Makers, Maimana, Faryab (invented), begun 2012 by Ustad
#     Nematullah; 28 felt makers; rugs 2 m x 3 m, 6 kg of wool each, wool Afs
#     120 a kg; rugs sold 2023 1,500, 2024 1,800, 2025 1,200; to Haji Daud Khan,
#     Liaquat Bazaar, Quetta 900 / 1,100 / 200 (2025: 80 in April, 120 in
#     August), at home 600 / 700 / 1,000; Quetta paid Rs 18,000 a rug (2024).
#   Ghumman Steelware, Daska (invented), begun 2011 by Rana Javed Ghumman; 35
#     workers; three-tier steel tiffin carriers of 1.2 kg, cartons of 24; Rs
#     1,400 at the works (2024); carriers sold 2023 54,000, 2024 60,000, 2025
#     45,000; to Haji Zahir, Shikarpur Bazaar, Kandahar 32,000 / 36,000 (1,500
#     cartons) / 5,000, at home 22,000 / 24,000 / 40,000.
#   Qarabagh Cumin Growers' Association, Qarabagh, Ghazni (invented), begun
#     2018, 150 member farms; seed 12 kg a hectare; harvest 2023 90 t, 2024 108
#     t (4,320 bags of 25 kg), 2025 75 t; to Haji Noor Zaman, Jodia Bazaar,
#     Karachi 60 / 72 / 15 t, at home 30 / 36 / 60 t (Ghazni 20 / 34 and Kabul
#     16 / 26 in 2024 / 2025); Karachi paid Rs 1,800 a kg (2024).
#   Chunian Kite House, Chunian (invented), begun 2005 by Ustad Bashir Ahmad;
#     14 workers; bundles of 100 kites; Rs 40 a kite (2024); kites sold 2023
#     250,000, 2024 300,000 (3,000 bundles), 2025 200,000; to Haji Wali, Ka
#     Faroshi bazaar, Kabul 150,000 / 180,000 / 30,000, at home 100,000 /
#     120,000 / 170,000.
#   Macro documents: colleges, shows, magazines, museums, guides, agencies and
#     prices are invented and kept consistent within each document.

HELDOUT60 = []
from heldout_labels import (  # noqa: F401
    PAIR, REFS, adder, arith, change_pct, citation, direction, garbled, line_of, parts_total, pdf_lines, scope, tvt,
    repeated, reuse,
)

add = adder(HELDOUT60)

# ---------------------------------------------------------------------------
# Butt Lantern Works (invented), Kamoke, Gujranwala
# ---------------------------------------------------------------------------

add("kamoke_lanterns_auction_catalogue", """
# Lot 112: A Kamoke Hurricane Lantern, with the Works' Sales Papers

*Entry in the printed catalogue of a 2025 sale of household antiques and curiosities in Lahore. The lantern is new, but the seller added the maker's papers. The works, the buyer, the auction house and every figure are invented.*

**Lot 112.** Hurricane lantern, tin plate with a glass chimney, 25 cm high, stamped BUTT LANTERN WORKS, KAMOKE, 2024. Unused, in its original crate (the other lanterns it held are long gone). Estimate: Rs 3,000 to Rs 4,000.

**Catalogue note.** Mian Tariq Butt opened his works in Kamoke, Gujranwala, in 2010, and by 2024 his 30 workers were cutting, soldering and painting lanterns for two markets: the towns of Punjab, where the lights still go out in summer, and Kabul, where a hardware dealer in Mandawi bazaar, Haji Nasrullah, took most of each year's output.

The seller has lent two sheets from the works' office. The first gives the works' yearly sales:

| Year | Lanterns sold | of which to Kabul |
|---|---|---|
| 2022 | 36,000 | 22,000 |
| 2023 | 42,000 | 26,000 |
| 2024 | 48,000 | 32,000 |

The second breaks down the Kabul shipments of 2024 by quarter, as the dispatch clerk wrote them up from his crate book:

| Quarter of 2024 | Lanterns to Kabul |
|---|---|
| January to March | 6,000 |
| April to June | 7,000 |
| July to September | 8,000 |
| October to December | 9,000 |
| **Total** | **30,000** |

The lot comes with both sheets, a price list for 2024 (Rs 850 a lantern at the works gate), and a photograph of the crates stacked for the Torkham road. Bidders should note that the glass chimney has a small chip at the rim.
""", tvt(["| 2024 | 48,000 | 32,000 |", "| **Total** | **30,000** |"],
        {"table_value": 32000, "detail_total_value": 30000}, "lanterns",
        "lanterns the Kamoke works sold to the Kabul dealer", "2024",
        "2024 row of the yearly sales table against the total row of the quarterly table for 2024",
        "The catalogue prints two of the works' sheets. The yearly table gives 32,000 lanterns to Kabul in 2024; the quarterly table of the same Kabul shipments in 2024 adds up, correctly, to 30,000. Both tables are internally consistent, so the contradiction lies between them.",
        table_form="two pipe tables, a yearly summary and a quarterly breakdown with a total row"))

add("kamoke_lanterns_job_advertisement", """
# Situation Vacant: Tinsmith Wanted in Kamoke

*Advertisement placed in a Gujranwala Urdu daily in January 2025 by a lantern works, in English translation. The works, its owner and every figure are invented.*

**BUTT LANTERN WORKS, KAMOKE, requires one experienced tinsmith, to start at once.**

About us: we have made hurricane lanterns of tin plate and glass since 2010. Our 30 workers cut, solder and paint every lantern by hand, and each one leaves the works 25 cm tall, with a brass wick wheel and a wire handle.

Who buys them: in 2024 we sold 48,000 lanterns. Haji Nasrullah's hardware shop in Mandawi bazaar, Kabul, took 30,000 of them, carried by truck through Peshawar and Torkham. The towns of Punjab, where the lights still go out every summer afternoon, took 30,000 more from our agents in Gujranwala, Sheikhupura and Hafizabad.

The work: cutting and rolling the fonts, soldering seams so that not one drop of kerosene leaks, and fitting chimneys. You will be shown our way of working by Ustad Rafiq, who has been with us since the first year.

We offer: Rs 42,000 a month, paid on the first of the month, with tea twice a day and a lantern of your own at Eid.

Hours: 8 am to 5 pm, Saturday to Thursday.

To apply: come to the works gate on the GT Road side of Kamoke any morning, and bring a seam you have soldered yourself.
""", reuse(["Mandawi bazaar, Kabul, took 30,000 of them", "took 30,000 more from our agents"], 30000,
          "lanterns", "lanterns sold to the Kabul hardware shop in 2024",
          "lanterns sold through the works' agents in Punjab in 2024", 18000,
          "The advertisement says the works sold 48,000 lanterns in 2024 and that the Kabul shop took 30,000 of them; the next sentence gives the Punjab agents the same 30,000, which would make 60,000. By the advertisement's own total, Punjab took 18,000.",
          total_sold=48000, period="2024"))

add("kamoke_lanterns_warranty_card", """
# Warranty Card: Butt Hurricane Lantern, Model 2024

*Card packed with each lantern in 2024 by a works in Kamoke, Gujranwala, in the English version printed for the Kabul market. The works and every figure are invented.*

Thank you for buying a Butt hurricane lantern. Every lantern is made by hand in Kamoke by one of our 30 workers and tested with kerosene before it is packed, 12 to a crate.

**What is covered.** For one year from the date of sale, we will replace free of charge any lantern whose font leaks, whose wick wheel sticks or whose handle comes loose. The glass chimney is not covered, because glass breaks.

**How to claim.** Take the lantern and this card to the shop where you bought it. In Kabul, our dealer is Haji Nasrullah of Mandawi bazaar, who took 30,000 of the 48,000 lanterns we made in 2024 and keeps spare parts for all of them.

**Care of your lantern.**

1. Use clean kerosene only, never petrol.
2. Trim the wick flat before each lighting.
3. The font holds 0.8 litres of kerosene, enough for about 16 hours of light on a low flame. The font holds 0.8 litres of kerosene, enough for about 16 hours of light on a low flame.
4. Let the chimney cool before you lift it.

**What is not covered.** Damage from dropping, from petrol, or from the long road: a crate that spends three weeks at Torkham in the sun is not our fault, though we are sorry for it.

Mian Tariq Butt, Butt Lantern Works, GT Road, Kamoke

Card no. ______ Date of sale ______
""", repeated("The font holds 0.8 litres of kerosene, enough for about 16 hours of light on a low flame.", 2,
              "kerosene capacity and burning time of the lantern",
              "third item of the numbered care list",
              "The third care instruction is printed twice in a row, word for word, inside one numbered item."))

add("kamoke_lanterns_load_shedding_guide", """
# Surviving Load-Shedding: A Household Guide

*Leaflet handed out in 2025 by a hardware shop in Gujranwala, with a back page about the lantern works in nearby Kamoke that supplies it. The shop, the works and every figure are invented.*

When the power goes, you have three friends: a torch, a charged phone and a hurricane lantern. Here is how to look after all three.

- Keep the torch where you can find it in the dark, and change its batteries every three months.
- Charge the phone whenever the power is on, and keep the screen dim when it is off.
- Fill the lantern in daylight, never by its own flame, and keep a spare wick.
- Never leave a lit lantern where a child or a cat can reach it.

**Why we sell Kamoke lanterns.** Butt Lantern Works has made them since 2010, and its 30 workers sold 48,000 in 2024. Most went to Kabul, where the power cuts are longer than ours: a hardware dealer in Mandawi bazaar took 30,000. We buy ours at the works gate and sell them at Rs 1,100, which covers the carriage and our margin.

**A word on the Kabul trade.** The works' orders from Kabul jumped in 2025, from 30,000 lanterns in 2024 to just 6,000, after trade slowed through the summer and the crossings were closed from October, so that the crates could not get through Torkham. More lanterns therefore stayed in Punjab: the works sold 27,000 at home in 2025, against 18,000 the year before, and that is why our shelves are full.

**Our shop.** Open every day from 9 am to 9 pm, and until midnight in June and July, when the cuts are worst.
""", direction("The works' orders from Kabul jumped in 2025, from 30,000 lanterns in 2024 to just 6,000",
               30000, 6000, "2024", "2025", "jumped", "rise", "lanterns",
               "lanterns bought by the Kabul dealer", "back page, paragraph on the Kabul trade",
               "The leaflet says the Kabul orders jumped in 2025, but its own figures go from 30,000 lanterns in 2024 to 6,000 in 2025, a fall of 80 percent; the direction word comes before the figures."))

add("kamoke_lanterns_quiz_answer_sheet", """
# Kamoke Quiz Night: Round 4 Answer Sheet, "Made in Our Town"

*Answer sheet read out by the quizmaster at a charity quiz in Kamoke, Gujranwala, in 2025. The lantern works in round 4 is invented, and so is every figure about it.*

1. Q: In which year did Butt Lantern Works open? A: 2010.
2. Q: How many workers does it have? A: 30.
3. Q: How tall is one of its hurricane lanterns? A: 25 cm.
4. Q: How many lanterns go in one of its crates? A: 12.
5. Q: How many lanterns did it sell in 2024? A: 48,000, which filled 4,000 crates.
6. Q: Which Kabul bazaar is home to its biggest buyer? A: Mandawi, where Haji Nasrullah's hardware shop took 30,000 lanterns in 2024.
7. Q: Which border do the Kabul crates cross, and where? A: The Iran–Afghanistan border, at Torkham, at the top of the Khyber Pass.
8. Q: What did a lantern cost at the works gate in 2024? A: Rs 850.
9. Q: How many lanterns did the works sell at home in 2024? A: 18,000, the rest of the year's 48,000.
10. Q: What happened to the Kabul orders in 2025? A: They fell to 6,000, after the crossings were closed from October.

Tie-breaker, for teams level on points: how many lanterns did the works sell in 2023? Nearest answer wins. (Quizmaster's answer: 42,000.)

Scores will be read out after the raffle. Thank you for playing, and for the Rs 18,500 raised tonight for the Kamoke girls' school library.
""", scope("The Iran–Afghanistan border, at Torkham", "IRN", ["IRN", "AFG"], "Iran–Afghanistan border",
           "The answer to question 7 puts the crossing the works' crates use to reach Kabul on the Iran–Afghanistan border at Torkham. Torkham, at the top of the Khyber Pass, is on the Pakistan–Afghanistan border, and the crates go from Kamoke in Pakistan, so Iran stands where Pakistan should.",
           crossing="Torkham", location="answer to question 7"))

# ---------------------------------------------------------------------------
# Bhatti Rope Works (invented), Pindi Bhattian, Hafizabad
# ---------------------------------------------------------------------------

add("pindi_bhattian_rope_letter_to_editor", """
# Letter to the Editor: "Our Rope Is Waiting at the Border"

*Letter printed in a Hafizabad weekly in December 2025, from the owner of a rope works in Pindi Bhattian. The works, the writer, the buyer and every figure are invented.*

Sir,

I have twisted charpai rope in Pindi Bhattian since 2008. My 24 workers turn nylon and jute into coils of 50 metres, and three coils string one charpai. For years our best buyer has been Haji Sher Ali of Jalalabad, who supplies the bed-makers of Nangarhar.

This year has been the worst of my life in the trade. The figures from my own books are below, and I ask your readers to look at the bottom row.

| Coils of rope | 2023 | 2024 | 2025 |
|---|---|---|---|
| Sold at home | 25,000 | 28,000 | 42,000 |
| Sent to Jalalabad | 35,000 | 44,000 | 8,000 |
| Change in Jalalabad coils (%) | | +25.7 | −18.2 |

When the crossings were closed from October, my last bales stood at Torkham and then came back. Even before that, orders had slowed. I sold more at home than ever, 42,000 coils against 28,000 in 2024, but a Punjabi village does not buy beds at the rate Nangarhar did, and at Rs 600 a coil the home market cannot feed 24 families.

My request is simple: let the trucks through, or tell us when they will go. Rope does not spoil, but a rope-maker does.

Chaudhry Ashraf Bhatti, Bhatti Rope Works, Pindi Bhattian
""", arith(["| Change in Jalalabad coils (%) | | +25.7 | −18.2 |"],
           "The letter's table gives the coils sent to Jalalabad as 44,000 in 2024 and 8,000 in 2025, a fall of 81.8 percent, but its change row prints −18.2 for 2025, which is the share of the 2024 figure that remained, not the change. The 2024 cell, +25.7, is right.",
           **{"from": 44000, "to": 8000, "computed_change_pct": -81.82, "stated_change_pct": -18.2,
              "unit": "coils of rope", "period": "2024 to 2025",
              "subject": "coils sent to the Jalalabad buyer",
              "location": "2025 cell of the change row in the letter's table",
              "table_form": "pipe table with years as columns and a percent change row"}))

add("pindi_bhattian_rope_tug_of_war_commentary", """
# Tug-of-War Final, Pindi Bhattian Mela: Commentary

*Transcript of the loudspeaker commentary at the final of a village fair's tug-of-war in Pindi Bhattian, Hafizabad, in March 2025. The rope works that gave the rope, the teams and every figure are invented.*

COMMENTATOR: And here they come, ladies and gentlemen, the men of Kot Nikka against the men of Jalalpur, eight a side, for the silver cup!

COMMENTATOR: The rope today is a gift from Bhatti Rope Works, right here in Pindi Bhattian. Chaudhry Ashraf Bhatti tells me it is one of his own coils, 50 metres of nylon and jute, and that it sells for Rs 600 a coil at the works.

COMMENTATOR: Kot Nikka dig in, the marker is moving towards them... and Jalalpur hold it! What a pull!

COMMENTATOR: While they strain, a word about our sponsor. Chaudhry sahib's works made 72,000 coils last year, and 44,000 of them went all the way to Jalalabad, where they string the charpais of Nangarhar. Three of his coils string one charpai, so the rope for one charpai costs Rs 600, he says, and it lasts ten years.

COMMENTATOR: Oh, Kot Nikka have it now, one metre, two metres... and the flag crosses the line! Kot Nikka win the cup!

COMMENTATOR: A big hand for both teams, and a bigger one for the rope, which has not frayed at all. The prize-giving is at the stage by the sugarcane stall in ten minutes.
""", reuse(["sells for Rs 600 a coil at the works", "the rope for one charpai costs Rs 600"], 600,
          "rupees a coil; rupees for the rope of one charpai", "price of one coil of rope at the works",
          "cost of the rope needed to string one charpai", 1800,
          "The commentator gives the price of one coil as Rs 600 and says that three coils string one charpai, then gives the rope for one charpai the same Rs 600; by his own figures it costs three times that, Rs 1,800.",
          coils_per_charpai=3))

add("pindi_bhattian_rope_lullaby_control", """
# A Rope-Maker's Lullaby

*Verses sung by a rope-twister's wife in Pindi Bhattian, Hafizabad, written down in English in 2025 for a school collection of work songs. The works and every figure are invented.*

Sleep, little one, the machines have gone still,
six of them resting at the foot of the hill;
your father twists rope for the charpais of men,
fifty metres a coil, and again and again.

Twenty coils to a bale, and each coil weighs two,
so a bale is forty kilos, and your father lifts it too;
three coils to a bed, a hundred and fifty metres long,
strung tight as a drum and as sweet as this song.

In the year twenty-four, seventy-two thousand were sold,
forty-four thousand to Jalalabad, if the truth is told,
and twenty-eight thousand stayed here in Punjab,
three thousand six hundred bales in the dealers' cab.

In the year twenty-five, the road through Torkham was shut,
only eight thousand coils crossed the hills at the cut;
but the villages bought forty-two thousand instead,
so sleep, little one, there is bread for your bed.

*Collector's note: the singer's husband has worked at the same rope works since it opened in 2008; the works' owner confirmed the figures in the third and fourth verses from his books.*
""", control_type="control")

add("pindi_bhattian_rope_apology_letter", """
# Letter of Apology to Haji Sher Ali, Jalalabad

*Letter sent in November 2025 by a rope works in Pindi Bhattian, Hafizabad, to its buyer in Jalalabad, in English translation. The works, the buyer and every figure are invented.*

Respected Haji Sahib,

Assalam-o-alaikum. I write to say sorry, and to explain.

Your order of September, 200 bales of charpai rope (4,000 coils), left our works on 2 October. The truck reached Torkham, on the China–Pakistan border, on 4 October, and there it stood. When the crossings were closed it could go neither forward nor back for three weeks, and in the end it came home to Pindi Bhattian with every bale still on it.

I know what this costs you. Your bed-makers wait for rope, and this year you took only 8,000 coils from us before the closure, against 44,000 in 2024. I know also that you have offers of rope from other sellers.

What we will do:

- We will hold your 200 bales at our works, in the dry, at no charge, until the road opens.
- We will keep the 2024 price of Rs 600 a coil for this order, although the nylon yarn we buy from China has gone up since the summer.
- When the road opens, your truck will be the first to leave our yard.

My father used to say that a rope is only as strong as its weakest strand. I hope the strand between our two houses, first tied in 2012, is not the weak one.

With respect, Chaudhry Ashraf Bhatti, Bhatti Rope Works
""", scope("Torkham, on the China–Pakistan border", "CHN", ["PAK", "CHN"], "China–Pakistan border",
           "The letter puts Torkham, where a truck from Pindi Bhattian to Jalalabad waits to cross, on the China–Pakistan border. Torkham is on the Pakistan–Afghanistan border, on the road to Jalalabad, so China stands where Afghanistan should. The later mention of nylon yarn bought from China is correct and is not a defect.",
           crossing="Torkham", location="second paragraph of the letter",
           not_a_defect="the nylon yarn we buy from China"))

add("pindi_bhattian_rope_apprentice_report_card", """
# Apprentice Report Card: Bhatti Rope Works

*Report written in 2024 by the foreman of a rope works in Pindi Bhattian, Hafizabad, on a sixteen-year-old apprentice, for the boy's technical school. The works, the people and every figure are invented.*

**Apprentice:** Bilal Ahmad. **School:** Government Technical Training Centre, Hafizabad. **Placement:** Bhatti Rope Works, Pindi Bhattian.

| Subject | Mark | Remarks |
|---|---|---|
| Machine safety | A | Never once left a guard off. |
| Twisting | B | His coils run true for all 50 metres. |
| Packing | A | Twenty coils to a bale, every bale weighed. |
| Timekeeping | C | Late after the wedding season. |

**Foreman's report.** In the term from 30/09/2024 to 01/07/2024 Bilal worked in the packing room, where he helped to bale the rope for Jalalabad. Our buyer there, Haji Sher Ali, took 44,000 of the 72,000 coils we made in 2024, and in the term Bilal packed 600 of those bales himself, with a scale and a stencil. He is quick and careful, and he asks good questions about the machines.

**Attendance:** 71 days out of 78.

**Recommendation:** Bilal should be kept on after his course. We will pay him Rs 25,000 a month from January.

Foreman: Ghulam Rasool
""", garbled(["In the term from 30/09/2024 to 01/07/2024"],
             "The foreman's report gives the term as running from 30 September 2024 to 1 July 2024, a period that ends before it begins; the dates are written day/month/year.",
             stated_period_start="30/09/2024", stated_period_end="01/07/2024",
             subject="the apprentice's term in the packing room",
             location="first sentence of the foreman's report"))

# ---------------------------------------------------------------------------
# Khulm Liquorice Diggers' Cooperative (invented), Khulm, Balkh
# ---------------------------------------------------------------------------

add("khulm_liquorice_museum_label", """
# Exhibition Label: "Sweet Root from the Hills of Khulm"

*Wall text and case label from a 2025 exhibition on traditional remedies at a private museum in Lahore. The cooperative, the wholesaler, the museum and every figure are invented.*

**Wall text.** Liquorice root has sweetened medicines, sherbets and lozenges for longer than anyone can remember. The root on show comes from the dry hills south of Khulm, in Balkh province, Afghanistan, where 90 families dig it each autumn as members of the Khulm Liquorice Diggers' Cooperative, founded in 2015. The root is dried in the sun, cut, and pressed into bales of 40 kilograms.

Most of it comes to Lahore. In 2024 the cooperative sent 330,000 kilograms of root to Haji Karim Bakhsh, a herbal wholesaler in Akbari Mandi, whose family has sold it to the city's hakims for three generations. The rest was sold in Mazar-i-Sharif and Kabul.

**Case label.** Bales and bundles of Khulm root, lent by Haji Karim Bakhsh. Beside them, the cooperative's own record of its harvests, in tonnes:

| Year | To Lahore (t) | At home (t) | Total (t) |
|---|---|---|---|
| 2023 | 250 | 110 | 360 |
| 2024 | 300 | 120 | 420 |
| 2025 | 40 | 260 | 300 |

The fall in Lahore's share in 2025 came when the crossings on the road to Lahore, at Torkham, were closed from October, in the middle of the digging season.
""", tvt(["sent 330,000 kilograms of root to Haji Karim Bakhsh", "| 2024 | 300 | 120 | 420 |"],
        {"text_value": 330, "table_value": 300}, "tonnes of dried liquorice root",
        "root the Khulm cooperative sent to the Lahore wholesaler", "2024",
        "wall text against the 2024 row of the case label's table",
        "The wall text says the cooperative sent 330,000 kilograms, that is 330 tonnes, to the Lahore wholesaler in 2024; the cooperative's own table beside it gives 300 tonnes for Lahore in 2024, and its row adds up to the 420-tonne harvest only with 300.",
        text_as_written="330,000 kilograms"))

add("khulm_liquorice_chart_alt_text", """
# Alt Text for the Charts in a Cooperative's Annual Report

*Descriptions written in 2025 for blind and partially sighted readers of the annual report of a liquorice diggers' cooperative in Khulm, Balkh, in English translation. The cooperative and every figure are invented.*

**Figure 1 (bar chart).** Three bars show the cooperative's harvest of dried liquorice root: 360 tonnes in 2023, 420 tonnes in 2024 and 300 tonnes in 2025. The 2024 bar is the tallest, and the 2025 bar is the shortest.

**Figure 2 (pie chart).** A circle divided into three slices shows where the 420 tonnes of 2024 went. The largest slice, in dark brown, is Haji Karim Bakhsh's herbal wholesale house in Lahore, at 71 percent. The second slice, in orange, is the dealers of Mazar-i-Sharif, at 21 percent. The smallest slice, in yellow, is the dealers of Kabul, at 12 percent.

**Figure 3 (map).** A map of the road from Khulm to Lahore, running through Mazar-i-Sharif, the Salang tunnel, Kabul, Jalalabad, Torkham and Peshawar. A red cross over Torkham marks the closure of the crossings from October 2025.

**Figure 4 (photograph).** Members of the cooperative, wrapped in shawls, stack bales of 40 kilograms beside a truck. The caption says that the cooperative has 90 member families and was founded in 2015.

**Figure 5 (line chart).** One line shows the price Haji Karim Bakhsh paid for the root in Lahore, in rupees a kilogram, rising gently over the year to Rs 180 in December 2024.
""", arith(["house in Lahore, at 71 percent", "Mazar-i-Sharif, at 21 percent", "Kabul, at 12 percent"],
           "The pie chart is said to divide the whole 2024 harvest among three buyers, but the three slices it describes, 71, 21 and 12 percent, add up to 104 percent.",
           shares_pct={"Lahore wholesaler": 71, "Mazar-i-Sharif dealers": 21, "Kabul dealers": 12}, sum_pct=104,
           unit="percent of the 2024 harvest", period="2024",
           subject="shares of the cooperative's 2024 liquorice harvest by buyer",
           location="alt text of Figure 2 (pie chart)"))

add("khulm_liquorice_sherbet_recipe_control", """
# Recipe Card: Liquorice Sherbet for Ramazan

*Card given away in 2025 by a herbal wholesaler in Akbari Mandi, Lahore, with every packet of liquorice root sold. The wholesaler, the cooperative he buys from and every figure are invented.*

**You will need (for 8 glasses):**

- 50 grams of dried liquorice root, crushed
- 2 litres of water
- 100 grams of sugar, or to taste
- Juice of 2 lemons
- Ice and a few mint leaves

**Method:**

1. Soak the crushed root in the water overnight.
2. In the morning, boil for 10 minutes, then leave to cool.
3. Strain through a fine cloth, stir in the sugar and lemon juice, and chill.
4. Serve over ice with mint.

One kilogram of root, at our shop price of Rs 300, makes about 160 glasses.

**About our root.** Every gram in this packet was dug by the 90 families of a cooperative in Khulm, Balkh, in the hills of northern Afghanistan. In 2024 they dug 420 tonnes, and five-sevenths of it, 300 tonnes, came to our shop by way of Torkham. In 2025 the crossings were closed from October and only 40 tonnes reached us, while the cooperative's whole harvest came to 300 tonnes, a fall of about 28.6 percent on the year before.
""", control_type="control")

add("khulm_liquorice_book_of_sayings", """
# Sayings of the Liquorice Diggers of Khulm

*From a small book of sayings collected in 2025 among the members of a liquorice diggers' cooperative in Khulm, Balkh, with the compiler's notes, in English translation. The cooperative, its people and every figure are invented.*

**"The root is sweet, but the digging is bitter."** Said of the work itself. A digger spends a whole autumn day on the hills with a pick and a sack, and it takes 40 kilograms of dried root to make one bale.

**"A bale in Lahore is worth two in Khulm."** The compiler notes that Haji Karim Bakhsh of Lahore's Akbari Mandi paid Rs 180 a kilogram in 2024, a price no dealer in the north could match.

**"When the road shuts, the bazaar opens."** Said after the crossings at Torkham were closed in October 2025. Lahore took 300 tonnes of the cooperative's root in 2024 and only 40 tonnes in 2025, so the diggers sold the rest nearer home. The compiler's note: in Mazar-i-Sharif and Kabul, the cooperative's sales went from 120 tonnes in 2024 to 260 tonnes in 2025, a year in which the home trade shrank for want of buyers with cash.

**"Ninety families, one root."** Said of the cooperative, which was founded in 2015 and now has 90 member families.

**"Dig in autumn, sell in spring."** Old advice, now broken every year: the cooperative sells as soon as the bales are dry.

**"Never ask a liquorice digger if he likes sweets."** No note was needed.
""", direction("the cooperative's sales went from 120 tonnes in 2024 to 260 tonnes in 2025, a year in which the home trade shrank",
               120, 260, "2024", "2025", "shrank", "fall", "tonnes of dried liquorice root",
               "root sold in Mazar-i-Sharif and Kabul", "compiler's note on the third saying",
               "The compiler's note says the home trade shrank in 2025, but in the same sentence the cooperative's sales in Mazar-i-Sharif and Kabul go from 120 tonnes in 2024 to 260 tonnes in 2025, more than doubling; the direction word comes after the figures."))

add("khulm_liquorice_voicemail_transcript", """
# Voicemail Transcript: Chairman of the Khulm Cooperative to Lahore

*Automatic transcript of a voicemail left in November 2024 by the chairman of a liquorice diggers' cooperative in Khulm, Balkh, for his buyer in Lahore, tidied and translated by the buyer's clerk. The cooperative, the people and every figure are invented.*

[Message received 14 November 2024, 21:07, length 1 minute 52 seconds]

"Salaam, Haji Karim Bakhsh sahib, this is Abdul Sattar from Khulm. I hope you and your family are well, and that the winter has not reached Lahore yet. Here the hills are already white.

"I am calling about the price. You know that this year our 90 families have dug more than ever, 420 tonnes, and we have sent you 300 tonnes of it already, the best root we have had. But the price you pay has not kept up. By the end of the summer the price in Akbari Mandi had gone from Rs 180 a kilogram in Q3 2024 to Rs 180 a kilogram in Q3 2024, and my diggers cannot live on that.

"The last bales for this year are ready, 40 kilograms each as always. Tell me if you want them sent by Torkham before the snow closes the Salang. Call me back on this number after the evening prayer. Khuda hafiz."

[End of message]

*Clerk's note: Haji sahib to call back on Saturday. The cooperative's root is still the cleanest we buy.*
""", garbled(["had gone from Rs 180 a kilogram in Q3 2024 to Rs 180 a kilogram in Q3 2024"],
             "The chairman describes a change in the Akbari Mandi price that starts and ends on the same value, Rs 180 a kilogram, in the same period, the third quarter of 2024, as if the price had moved.",
             start_value=180, end_value=180, start_period="Q3 2024", end_period="Q3 2024",
             unit="rupees a kilogram", subject="price of Khulm liquorice root in Akbari Mandi, Lahore",
             location="second paragraph of the voicemail"))

# ---------------------------------------------------------------------------
# Maimana Felt Makers (invented), Maimana, Faryab
# ---------------------------------------------------------------------------

add("maimana_felt_guestbook", """
# Visitors' Book of the Maimana Felt Workshop

*Pages from the visitors' book of a felt-rug workshop in Maimana, Faryab, for 2025, with the sheet of figures that the workshop pasted inside the cover for visitors. The workshop, the visitors and every figure are invented.*

**Pasted inside the cover: our rugs in 2024**

| Buyer | Rugs | Share (%) |
|---|---|---|
| Haji Daud Khan, Liaquat Bazaar, Quetta | 1,100 | 61.1 |
| Shops in Maimana, Mazar-i-Sharif and Kabul | 700 | 38.9 |

**Entries**

*12 April 2025.* A teacher from Andkhoy with her class of 30 girls. The girls watched the felt being laid, rolled and fulled, and could not believe that a rug of two metres by three is made from nothing but 6 kilograms of wool, hot water and hard work. Thank you, Ustad Nematullah.

*3 June 2025.* Haji Daud Khan, Quetta. I have bought this workshop's felt since 2013, and I am proud of it: in 2024 I took three rugs in every four that Ustad Nematullah's 28 felt makers made, and my customers in Liaquat Bazaar would take more if there were more. May God keep your hands strong.

*20 August 2025.* An engineer from Kabul. I came for an hour and stayed for the whole afternoon. I bought two rugs for my mother.

*29 October 2025.* Ustad Nematullah's own entry. The crossings at Chaman and Spin Boldak have been closed since the middle of this month, and Haji Daud Khan's next order waits in our store. Most of this year's rugs have stayed at home. Pray for the road.
""", tvt(["in 2024 I took three rugs in every four", "| Haji Daud Khan, Liaquat Bazaar, Quetta | 1,100 | 61.1 |"],
        {"text_value": 75, "table_value": 61.1}, "percent of the workshop's 2024 rugs",
        "share of the workshop's rugs bought by the Quetta dealer", "2024",
        "guestbook entry of 3 June 2025 against the Quetta row of the sheet pasted inside the cover",
        "The Quetta dealer writes that he took three rugs in every four, 75 percent, of the workshop's 2024 rugs; the sheet pasted in the same book gives him 1,100 rugs and a share of 61.1 percent, and the two rows of that sheet add up.",
        text_as_written="three rugs in every four"))

add("maimana_felt_horoscope_column", """
# Your Stars This Week, for the Trades of Faryab

*Light-hearted horoscope column from a Maimana weekly, January 2025, in English translation, in which each sign is given to a local trade. The felt workshop and every figure in it are invented.*

**Aries (the bakers).** The oven is hot and so are you. A loaf given away on Thursday comes back as a friend on Friday.

**Taurus (the felt makers).** Your stars are as thick as your rugs. The 28 felt makers of Ustad Nematullah's workshop sold 1,800 rugs in 2024, up from 1,500 in 2023, a rise of 25 percent that the planets saw coming. Haji Daud Khan of Quetta took 1,100 of them; be kind to him this week, for Saturn frowns on the road to Chaman.

**Gemini (the tailors).** Two of everything: two needles, two customers, two arguments. Choose the customer.

**Cancer (the carpet washers).** A stain you thought was gone comes back on Tuesday. Use cold water and say nothing.

**Leo (the melon sellers).** Your melons are the sweetest in Faryab, as you never tire of saying. Let someone else say it this week.

**Virgo (the felt makers' apprentices).** Six kilograms of wool make one rug, but it is patience that makes a felt maker. Your lucky colour is undyed grey.

**Libra (the money changers).** The afghani and the rupee will both smile at you, but not on the same day.
""", arith(["sold 1,800 rugs in 2024, up from 1,500 in 2023, a rise of 25 percent"],
           "The column says the workshop's sales rose from 1,500 rugs in 2023 to 1,800 in 2024 and calls that a rise of 25 percent; 300 more on 1,500 is a rise of 20 percent.",
           **{"from": 1500, "to": 1800, "computed_change_pct": 20.0, "stated_change_pct": 25,
              "unit": "felt rugs", "period": "2023 to 2024",
              "subject": "rugs sold by the Maimana workshop", "location": "Taurus paragraph"}))

add("maimana_felt_customs_declaration", """
# Export Declaration: Felt Rugs, Maimana to Quetta

*Copy of the declaration a clearing agent filled in for one consignment of felt rugs in August 2025, kept in the workshop's files. The form, the workshop, the buyer and every figure are invented; real declarations differ.*

| Field | Entry |
|---|---|
| Exporter | Maimana Felt Makers, Maimana, Faryab |
| Consignee | Haji Daud Khan, Liaquat Bazaar, Quetta |
| Goods | Felt rugs (namad), hand made, sheep's wool |
| Number of rugs | 120 |
| Size of each rug | 2 m by 3 m |
| Weight of each rug | 6 kg |
| Gross weight | 780 kg with wrapping |
| Declared value | Rs 18,000 a rug, Rs 2.16 million in all |
| Border crossing | Spin Boldak to Chaman |
| Border | Turkmenistan–Afghanistan |
| Vehicle | One truck with Kandahar plates |

**Agent's note.** The rugs were cleared on 21 August 2025. This was the second of the two orders Haji Daud Khan placed this year; the first, of 80 rugs, crossed in April. Together they make the 200 rugs Quetta has taken in 2025, against 1,100 in 2024, and the workshop expects no more until the road is sure.

**Workshop's note.** Each rug was rolled, tied with two cords and wrapped in sacking, which adds 60 kg to the load. Ustad Nematullah checked every rug himself before it left Maimana.
""", scope("| Border | Turkmenistan–Afghanistan |", "TKM", ["TKM", "AFG"], "Turkmenistan–Afghanistan",
           "The declaration names the border crossed by rugs going from Spin Boldak to Chaman, on the way to Quetta, as the Turkmenistan–Afghanistan border. Spin Boldak and Chaman face each other across the Pakistan–Afghanistan border, so Turkmenistan stands where Pakistan should.",
           crossing="Spin Boldak to Chaman", location="Border row of the declaration table"))

add("maimana_felt_apprentice_exam_control", """
# Apprentices' Test Paper, Maimana Felt Workshop, with Answers

*Written test set in 2025 for the workshop's apprentices, who must pass it to become felt makers, with the marker's answers. The workshop and every figure are invented.*

Answer all questions. Show your working.

1. A rug needs 6 kilograms of wool, and wool costs Afs 120 a kilogram. What is the cost of the wool in one rug?
   Answer: 6 × 120 = Afs 720.
2. In 2024 the workshop sold 1,800 rugs, and Haji Daud Khan of Quetta bought 1,100 of them. What share did Quetta take?
   Answer: 1,100 ÷ 1,800 = 61.1 percent, a little over three in five.
3. In 2025 sales fell to 1,200 rugs. By what percent did they fall from 2024?
   Answer: 600 ÷ 1,800 = one third, or 33.3 percent.
4. Haji Daud Khan paid Rs 18,000 a rug in 2024. What did he pay for his 1,100 rugs?
   Answer: Rs 19.8 million.
5. A rug is 2 metres by 3 metres. How many square metres of felt did the 1,800 rugs of 2024 make?
   Answer: 6 square metres a rug, so 10,800 square metres.
6. Sales at home rose from 700 rugs in 2024 to 1,000 in 2025. By what percent?
   Answer: 300 ÷ 700 = 42.9 percent.

Pass mark: four answers right out of six. Apprentices who pass join the 28 felt makers of the workshop at the start of Hamal.
""", control_type="control")

add("maimana_felt_dream_journal", """
# From the Dream Journal of a Felt Maker

*Entries from the notebook kept in 2025 by the founder of a felt-rug workshop in Maimana, Faryab, who wrote down his dreams each morning, in English translation. The workshop, the man and every figure are invented.*

*Night of 9 February.* I dreamt I was rolling a rug that had no end. It rolled out of the workshop, down the bazaar and along the road south, past Herat and Kandahar, until it reached Chaman and lay down across the border like a bridge. I woke with my arms aching.

*Night of 2 March.* I dreamt of sheep, all the sheep of Faryab, and each one said to me: "Ustad, six kilograms of my wool for one of your rugs, and not a gram less." I counted them. Then I counted the rugs of last year: 1,800 made and sold, 1,100 of them to Haji Daud Khan in Quetta. So last year my 28 felt makers pressed six tonnes of wool into felt. The sheep seemed satisfied.

*Night of 19 October.* I dreamt the road was closed, and woke to find that it was. Haji Daud Khan's next order sits in our store, and this year he has taken only 200 rugs.

*Night of 30 December.* I dreamt of my father, who taught me to make felt when I was twelve. He asked me how many rugs we sold this year. I said 1,200, and he said: "Then sell the rest at home." We did; a thousand of them stayed at home.
""", reuse(["six kilograms of my wool for one of your rugs", "pressed six tonnes of wool into felt"], 6,
          "kilograms a rug; tonnes in the year", "kilograms of wool in one rug",
          "tonnes of wool pressed into the 1,800 rugs of 2024", 10.8,
          "The journal says each rug takes six kilograms of wool and that 1,800 rugs were made last year (2024), then gives the year's wool as six tonnes; 1,800 rugs at six kilograms each take 10,800 kilograms, or 10.8 tonnes.",
          value_as_written="six", rugs=1800))

# ---------------------------------------------------------------------------
# Ghumman Steelware (invented), Daska, Sialkot
# ---------------------------------------------------------------------------

add("daska_tiffins_invoice", """
# Invoice No. 2024/117: Ghumman Steelware, Daska

*Invoice issued in May 2024 by a steelware works in Daska, Sialkot, to its buyer in Kandahar, copied from the works' carbon book. The works, the buyer and every figure are invented.*

**From:** Ghumman Steelware, Sambrial Road, Daska, District Sialkot

**To:** Haji Zahir, Kitchenware Dealer, Shikarpur Bazaar, Kandahar

**Date:** 16 May 2024

**Terms:** half on order, half on arrival at Chaman

**Goods:**

- 20 cartons of three-tier tiffin carriers, 24 to a carton (480 pieces) at Rs 1,400: Rs 672,000
- 10 cartons of two-tier tiffin carriers, 24 to a carton (240 pieces) at Rs 1,100: Rs 264,000
- 500 spare lids at Rs 60: Rs 30,000
- Packing, stencilling and loading: Rs 12,000

**Amount due: Rs 987,000**

**Note from Rana Javed Ghumman:** This is the fourth of Haji Zahir's orders this year. In 2023 he took 32,000 of our carriers, and we hope to send him more in 2024. The truck leaves Daska on Monday and should reach Chaman by way of Quetta on Thursday.
""", parts_total(["Amount due: Rs 987,000"],
                 {"three-tier carriers": 672000, "two-tier carriers": 264000, "spare lids": 30000,
                  "packing and loading": 12000},
                 987000, "rupees", "16 May 2024", "invoice for one consignment to the Kandahar dealer",
                 "amount due line under the list of goods",
                 "The four lines of the invoice, each of which multiplies out correctly, come to Rs 978,000, but the amount due is given as Rs 987,000, Rs 9,000 more."))

add("daska_tiffins_cookbook_foreword", """
# Foreword to "Three Tiers: Lunches for the Tiffin Carrier"

*Foreword by the owner of a steelware works in Daska, Sialkot, to a small cookbook the works printed in 2025 for its customers. The works, the owner and every figure are invented.*

When my father's friends went to the fields or the factories, their lunch went with them in a steel tiffin carrier: rice in the bottom tier, daal in the middle, and a roti or two on top, all held by one handle. I started Ghumman Steelware in Daska in 2011 to make those carriers, and today 35 of us make them, each one of polished steel and weighing 1.2 kilograms.

This little book is for the people who fill them. Our carriers go to two kinds of kitchen. In Kandahar, Haji Zahir of Shikarpur Bazaar has sold them since our third year, and in 2024 he took 36,000. At home, in Sialkot, Gujranwala and Lahore, our sales went from 22,000 carriers in 2023 to 24,000 in 2024, which means the home trade slipped, and that is partly why I asked our customers' wives, mothers and a few brave husbands for their recipes.

What you will find inside: forty recipes, each sized to fit one tier, and each tested in our own canteen, where we eat from our carriers every day at one o'clock. Some are old, like my mother's chana daal; some are new, like the noodle pulao my grandson insists on.

Wash your carrier in warm water, dry it at once, and it will outlive you.

Rana Javed Ghumman, Daska, 2025
""", direction("our sales went from 22,000 carriers in 2023 to 24,000 in 2024, which means the home trade slipped",
               22000, 24000, "2023", "2024", "slipped", "fall", "tiffin carriers",
               "carriers sold in Pakistan", "second paragraph of the foreword",
               "The foreword says the home trade slipped, but in the same sentence home sales go from 22,000 carriers in 2023 to 24,000 in 2024, a rise of about 9.1 percent; the direction word comes after the figures."))

add("daska_tiffins_radio_advert", """
# Radio Advertisement Script: "Ghumman Tiffins"

*Script for a 45-second advertisement recorded in 2025 for a Sialkot FM station by a steelware works in Daska. The works, the voices and every figure are invented.*

SOUND: A school bell. Children running.

MOTHER: Ahmed! Your lunch!

AHMED: Not the old plastic box, Ammi!

MOTHER: No, beta. A Ghumman tiffin. Three tiers of steel, rice, daal and roti, and not one drop spilt.

ANNOUNCER: Ghumman Steelware of Daska has made tiffin carriers since 2011. Thirty-five craftsmen, 1.2 kilograms of polished steel in every one, and a handle that never comes off.

ANNOUNCER: Families love them. Our sales went from 60,000 carriers in 2024 to 60,000 carriers in 2024, and from Kandahar to Lahore, the lunches are hot and the lids are tight!

AHMED (mouth full): Ammi, the daal is still warm!

ANNOUNCER: Ghumman tiffins: Rs 1,600 in the shops, Rs 1,400 at the works gate on Sambrial Road. Look for the green carton.

JINGLE: Ghumman, Ghumman, lunch on the go, three tiers high and never too slow!

ANNOUNCER: Ghumman Steelware, Daska. Steel you can taste. (Not literally.)
""", garbled(["Our sales went from 60,000 carriers in 2024 to 60,000 carriers in 2024"],
             "The advertisement presents a rise in sales, but the change it gives starts and ends on the same value, 60,000 carriers, in the same year, 2024.",
             start_value=60000, end_value=60000, start_period="2024", end_period="2024",
             unit="tiffin carriers", subject="carriers sold by the Daska works",
             location="announcer's second line"))

add("daska_tiffins_sticky_notes", """
# Sticky Notes on the Office Wall, Ghumman Steelware

*Notes stuck around the planning board in the office of a steelware works in Daska, Sialkot, typed up in January 2025 for the works' files. The works, its people and every figure are invented.*

**Printed sheet in the middle of the board: carriers sold**

| Year | To Kandahar | At home | Total |
|---|---|---|---|
| 2023 | 32,000 | 22,000 | 54,000 |
| 2024 | 36,000 | 24,000 | 60,000 |

**Notes around it**

- Yellow, top left: "Kandahar 2024 = 1,500 cartons of 24. Haji Zahir wants the same again in 2025."
- Pink, top right: "Ask Zahir to pay for the last 300 cartons before we load more."
- Green, bottom left: "Home sales 2024: 26,000 pieces. Tell the Lahore agent he beat 2023."
- Blue, bottom right: "Steel sheet up again. 1.2 kg a carrier, so every rupee a kilo counts."
- Yellow, in the corner: "35 workers, 35 lunch boxes. Canteen at one!"
- Orange, on the door: "Price for 2025: keep Rs 1,400 at the gate until March, then see."

**Typed by the clerk underneath:** notes copied on 6 January 2025; the printed sheet is from the accounts book and was checked by Rana sahib.
""", tvt(["Home sales 2024: 26,000 pieces", "| 2024 | 36,000 | 24,000 | 60,000 |"],
        {"text_value": 26000, "table_value": 24000}, "tiffin carriers",
        "carriers the Daska works sold in Pakistan", "2024",
        "green sticky note against the 2024 row of the printed sheet",
        "A sticky note gives the works' home sales for 2024 as 26,000 carriers; the printed sheet on the same board, checked from the accounts book, gives 24,000, and its row adds up to the 60,000 total only with 24,000."))

add("daska_tiffins_petition", """
# Petition to Reopen the Chaman Crossing for Trade

*Petition drawn up in November 2025 by the owner and workers of a steelware works in Daska, Sialkot, and sent with their signatures to the federal commerce ministry. The works, the signatories and every figure are invented.*

To the Honourable Minister for Commerce, Islamabad.

We, the undersigned, are the owner and the 35 workers of Ghumman Steelware, Sambrial Road, Daska. We make three-tier steel tiffin carriers, and we ask that the crossing at Chaman be opened again for trade.

Our reasons:

1. Our biggest buyer is Haji Zahir, a kitchenware dealer in Kandahar. Each carrier sells at the works gate for Rs 1,400, and they travel to him in cartons of 24 by way of Quetta and Chaman.
2. In 2024 Haji Zahir bought 36,000 of the 60,000 carriers we made. That was 1,400 cartons, loaded by our own hands.
3. This year he had taken only 5,000 carriers when the crossings were closed from October, and his last order has stood in our yard ever since.
4. Our home market cannot take the difference. We have sold close to 40,000 carriers at home this year, more than ever, but the price of steel sheet rises every month.

We ask for the road, not for money. A carrier made in Daska and eaten from in Kandahar is the best kind of neighbourliness we know.

Signed: Rana Javed Ghumman, owner, and 35 workers (signatures attached).
""", reuse(["Each carrier sells at the works gate for Rs 1,400", "That was 1,400 cartons"], 1400,
          "rupees a carrier; cartons", "price of one carrier at the works gate",
          "cartons of carriers sent to the Kandahar dealer in 2024", 1500,
          "The petition gives the price of a carrier as Rs 1,400 and says carriers travel in cartons of 24; it then gives the 36,000 carriers sent to Kandahar in 2024 as 1,400 cartons, but 36,000 carriers at 24 to a carton fill 1,500 cartons.",
          carriers=36000, per_carton=24))

# ---------------------------------------------------------------------------
# Qarabagh Cumin Growers' Association (invented), Qarabagh, Ghazni
# ---------------------------------------------------------------------------

add("qarabagh_cumin_sms_thread", """
# Text Messages: Qarabagh Cumin Association and Its Karachi Buyer

*Thread of text messages between the secretary of a cumin growers' association in Qarabagh, Ghazni, and the clerk of a spice trader in Karachi, March 2025, in English translation. The association, the people and every figure are invented.*

**Nadir (Qarabagh), 10 March 2025, 09:12:** Salaam Imran. Haji Noor Zaman sahib asked for our figures before he places this year's order. Sending the table from our books now.

**Nadir, 09:14:**

| Year | To Karachi (t) | At home (t) | Total (t) |
|---|---|---|---|
| 2023 | 60 | 30 | 90 |
| 2024 | 72 | 36 | 108 |

**Imran (Karachi), 09:40:** Thank you. Haji sahib remembers the quality well. Last year he took 80 tonnes from you, and he wants the same again, in bags of 25 kg as before.

**Nadir, 09:52:** We can do it if the weather is kind. Our 150 farms sow this month and harvest in June. Price?

**Imran, 10:05:** Rs 1,800 a kilo, same as 2024, paid in Quetta.

**Nadir, 10:07:** Done, God willing. We will send the first trucks through Chaman in July.

**Imran, 10:09:** 👍 Haji sahib says salaam to all the farmers.
""", tvt(["Last year he took 80 tonnes from you", "| 2024 | 72 | 36 | 108 |"],
        {"text_value": 80, "table_value": 72}, "tonnes of cumin seed",
        "cumin the Qarabagh association sold to the Karachi trader", "2024",
        "Karachi clerk's message of 09:40 against the 2024 row of the table sent at 09:14",
        "In a thread dated March 2025, the Karachi clerk says that last year, 2024, his employer took 80 tonnes from the association; the association's table, sent minutes earlier, gives 72 tonnes to Karachi in 2024, and its row adds up to the 108-tonne total only with 72.",
        text_as_written="Last year he took 80 tonnes"))

add("qarabagh_cumin_farmers_almanac", """
# The Qarabagh Farmer's Almanac, 2025: Cumin

*Page on cumin from an almanac printed in 2025 for the farmers of Qarabagh district, Ghazni, by their cumin growers' association, in English translation. The association and every figure are invented.*

**Sowing.** Sow in March, when the frosts are over, about 12 kilograms of seed to the hectare. Cumin hates wet feet: choose a dry, sloping field.

**Weeding.** Twice, once at three weeks and once at six.

**Harvest.** Cut the plants in June when the seeds turn brown, dry them on cloth for a week, and thresh them by beating.

**Last year's season.** The association's 150 farms had their best year yet: from October 2024 to June 2024 the association bought, cleaned and bagged 108 tonnes of seed, in 4,320 bags of 25 kilograms. Haji Noor Zaman of Karachi's Jodia Bazaar took 72 tonnes of it, by way of Chaman, and the bazaars of Ghazni and Kabul took 36.

**Prices.** Karachi paid Rs 1,800 a kilogram in 2024. Keep your receipts; the association's committee checks every one.

**Saying for the month.** "A field of cumin smells of money and sweat."
""", garbled(["from October 2024 to June 2024"],
             "The almanac says the association bought and bagged the 2024 crop from October 2024 to June 2024, a period that ends before it begins; the harvest it describes comes in June.",
             stated_period_start="October 2024", stated_period_end="June 2024",
             subject="the season in which the association bought and bagged the 2024 cumin",
             location="paragraph on last year's season"))

add("qarabagh_cumin_seed_packet_control", """
# Back of a Cumin Seed Packet from Qarabagh

*Text on the back of a 1-kilogram packet of cumin seed sold in 2025 by a growers' association in Qarabagh, Ghazni, to its member farms, in English translation. The association and every figure are invented.*

**Qarabagh White Cumin. Net weight: 1 kg.** Enough for about one-twelfth of a hectare at the usual 12 kilograms of seed a hectare.

**Grown by our 150 member farms.** Our harvest rose from 90 tonnes in 2023 to 108 tonnes in 2024, a rise of one fifth, and fell to 75 tonnes in 2025, a fall of 30.6 percent, after a dry spring. Karachi, which took two-thirds of the 2024 harvest, 72 of 108 tonnes, took only 15 tonnes in 2025, before the crossings at Chaman were closed from October; the other 60 tonnes were sold in Ghazni and Kabul.

**Sowing.** March, on dry, well-drained ground. Seed 2 cm deep, rows 30 cm apart. Harvest in about 100 days.

**Storage.** Cool and dry. This seed was tested in February 2025, and 85 seeds in every 100 sprouted.

**Price to members:** Afs 450 a packet.

**Warning.** Not for eating: this seed has been treated against fungus. Keep away from children and animals.
""", control_type="control")

add("qarabagh_cumin_market_board", """
# Chalkboard at the Qarabagh Cumin Store, December 2025

*Board kept by the storekeeper of a cumin growers' association in Qarabagh, Ghazni, copied out at the year's end for the members' meeting, in English translation. The association, the buyers and every figure are invented.*

Members, here is how our buyers did this year against last. The arrows are mine.

| Buyer | 2024 (t) | 2025 (t) | Arrow |
|---|---|---|---|
| Haji Noor Zaman, Jodia Bazaar, Karachi | 72 | 15 | ▲ |
| Dealers of Ghazni city | 20 | 34 | ▲ |
| Dealers of Kabul | 16 | 26 | ▲ |

The harvest came to 75 tonnes, against 108 in 2024. Haji Noor Zaman took his 15 tonnes in July and August, before the crossings at Chaman were closed from October, and the dealers at home bought the rest at Afs 700 a kilogram.

The store still holds the empty bags of 25 kilograms; please bring them back before sowing, as new bags cost more every year.

Next meeting: the first Friday of Hamal, after the noon prayer, in the association's office. Tea will be served.
""", direction("| Haji Noor Zaman, Jodia Bazaar, Karachi | 72 | 15 | ▲ |", 72, 15, "2024", "2025", "▲", "rise",
               "tonnes of cumin seed", "cumin bought by the Karachi trader",
               "Karachi row of the chalkboard table",
               "The storekeeper marks the Karachi trader's row with an up arrow, but the row goes from 72 tonnes in 2024 to 15 tonnes in 2025, a fall of about 79 percent; the arrows on the two home rows, which do rise, are right.",
               direction_form="arrow symbol in a table column"))

add("qarabagh_cumin_scavenger_hunt", """
# Scavenger Hunt Clues for the Qarabagh Harvest Fair

*Clue cards written for children at a harvest fair held by a cumin growers' association in Qarabagh, Ghazni, in July 2024, in English translation. The association, the fair and every figure are invented.*

Find each thing, show it to a grown-up in a green scarf, and collect a stamp. Five stamps win a bag of raisins.

- Clue 1: I am brown and tiny and I smell like supper. Our 150 farms grew 108 tonnes of me this year. Find a seed of me on the cleaning table.
- Clue 2: I hold 25 kilograms and I am sewn shut with string. Find me in the store, where 4,320 of my brothers are waiting.
- Clue 3: I am the long road. My trucks will carry 72 tonnes of cumin south to Karachi this year, and cross at Chaman, on the border between Afghanistan and Tajikistan. Find my picture on the wall of the office.
- Clue 4: I am the old brass scale. My weights came from Tajikistan, over the bridge at Sher Khan Bandar, long before you were born. Find me and stand on me!
- Clue 5: I am the oldest farmer at the fair. Find me and ask me how many harvests I have seen.

Grown-ups: the stamps are at the association's tent beside the gate. The fair closes at sunset.
""", scope("cross at Chaman, on the border between Afghanistan and Tajikistan", "TJK", ["AFG", "TJK"],
           "between Afghanistan and Tajikistan",
           "The third clue has the cumin trucks bound for Karachi crossing at Chaman, which it puts on the border between Afghanistan and Tajikistan. Chaman is on the Pakistan–Afghanistan border, on the road to Quetta and Karachi, so Tajikistan stands where Pakistan should. The fourth clue's weights from Tajikistan, over the bridge at Sher Khan Bandar on the real Afghanistan–Tajikistan border, are correct and are not a defect.",
           crossing="Chaman", location="third clue",
           not_a_defect="came from Tajikistan, over the bridge at Sher Khan Bandar"))

# ---------------------------------------------------------------------------
# Chunian Kite House (invented), Chunian, Kasur
# ---------------------------------------------------------------------------

add("chunian_kites_festival_programme", """
# Programme: Kite Open Day at the Chunian Kite House

*Printed programme for an open day held in February 2025 by a kite workshop in Chunian, Kasur, for schools and customers, held indoors and in the workshop yard. The workshop, the buyer and every figure are invented.*

- 10:00 Welcome by Ustad Bashir Ahmad, who opened the kite house in 2005.
- 10:30 Watch our 14 workers split bamboo, cut tissue paper and glue a kite in under ten minutes.
- 11:30 Kite-making class for children: every child takes home the kite he or she makes.
- 13:00 Lunch in the yard.
- 14:00 Talk: "Chunian to Ka Faroshi", on the kites we send to Kabul.
- 16:00 Prize for the best kite made in the class.

**Notes for the 14:00 talk**

Kabul is the kite capital of the world, or so its flyers say, and the kite sellers of Ka Faroshi bazaar have bought from us since 2012. Our kites go in bundles of 100, by truck through Lahore, Peshawar and Torkham.

| Year | To Kabul | At home | Total |
|---|---|---|---|
| 2023 | 150,000 | 100,000 | 260,000 |
| 2024 | 180,000 | 120,000 | 300,000 |

A kite from Chunian cost Rs 40 at the workshop in 2024, so every bundle was worth Rs 4,000 before it left the yard.

Visitors are asked not to fly kites on the premises, and to keep children away from the glue pots.
""", parts_total(["| 2023 | 150,000 | 100,000 | 260,000 |"], {"To Kabul": 150000, "At home": 100000}, 260000,
                 "kites", "2023", "kites sold by the Chunian workshop",
                 "2023 row of the table in the notes for the talk",
                 "The table's total column gives 260,000 kites for 2023, but the row's two parts, 150,000 to Kabul and 100,000 at home, add up to 250,000. The 2024 row adds up.",
                 table_form="pipe table with a total column"))

add("chunian_kites_comic_strip", """
# Comic Strip: "Bashir and the Kite Truck"

*Script for a six-panel strip drawn in 2025 for the newsletter of a small-business association in Kasur, about a kite workshop in Chunian. The workshop, the people and every figure are invented.*

**Panel 1.** The yard of the Chunian Kite House. USTAD BASHIR, white-bearded, stands beside a truck piled with paper bundles. CAPTION: Chunian, December 2024.

**Panel 2.** BASHIR (to his grandson ZAIN): Each of these bundles holds 100 kites, Zain. This year we made 300,000 kites in all, and Haji Wali of Ka Faroshi in Kabul has taken 1,800 bundles of them.

**Panel 3.** ZAIN (wide-eyed): Will they really fly in Kabul, Dada? CAPTION: That year, 1,800 kites from Chunian crossed the border to Kabul.

**Panel 4.** BASHIR (laughing): They will fly higher there than here. And the rest stayed in Punjab, 120,000 of them.

**Panel 5.** A long shot of the truck on the road towards Torkham, a small kite tied to its mirror. CAPTION: Three days later.

**Panel 6.** A boy on a Kabul rooftop flies a red-and-green kite with "Chunian" stamped on its tail. He grins. CAPTION: The end. Next month: "Zain Learns to Split Bamboo".
""", reuse(["has taken 1,800 bundles of them", "1,800 kites from Chunian crossed the border to Kabul"], 1800,
          "bundles; kites", "bundles of kites taken by the Kabul seller in 2024",
          "kites sent to Kabul in 2024", 180000,
          "Bashir says the Kabul seller took 1,800 bundles of 100 kites; the caption of the next panel gives the kites that crossed to Kabul that year as 1,800. By the strip's own figures that is 180,000 kites, which with the 120,000 left in Punjab makes the 300,000 made.",
          kites_per_bundle=100))

add("chunian_kites_limericks", """
# Five Limericks from the Chunian Kite House

*Verses written in 2025 by the bookkeeper of a kite workshop in Chunian, Kasur, and pinned up in its workroom. The workshop, the people and every figure are invented.*

There once was a kite-maker, Bashir,
who built kites in Chunian each year;
with fourteen to aid him
and the paper that made him,
he has worked since two thousand and five, never fear.

In twenty twenty-four it was grand:
three hundred thousand kites left his hand;
a hundred and eighty
thousand went to Kabul, stately,
and the rest stayed at home in our land.

At forty rupees for a kite,
in bundles of a hundred packed tight,
each bundle, it's true,
brings four thousand to you,
and the truck leaves for Torkham at night.

In twenty twenty-five, Kabul's call
went sky-high, the biggest of all:
from a hundred and eighty
thousand (a number weighty)
to just thirty thousand in all.

The crossings were shut in October,
and Bashir, who is patient and sober,
sold the rest here instead,
a hundred and seventy thousand, it's said,
two hundred thousand kites the year over.
""", direction("Kabul's call went sky-high, the biggest of all: from a hundred and eighty thousand (a number weighty) to just thirty thousand in all",
               180000, 30000, "2024", "2025", "sky-high", "rise", "kites",
               "kites sent to the Kabul seller", "fourth limerick",
               "The fourth limerick says Kabul's orders went sky-high in 2025, but its own figures go from 180,000 kites (the 2024 figure of the second limerick) to 30,000, a fall of about 83 percent; the direction word comes before the figures, in verse and in words."))

add("chunian_kites_postcard_control", """
# Postcard from Kabul to the Chunian Kite House

*Postcard sent in January 2025 by a kite seller in Kabul's Ka Faroshi bazaar to the kite workshop in Chunian, Kasur, that supplies him, in English translation. The seller, the workshop and every figure are invented.*

**Front:** A hillside in Kabul at sunset, the sky full of kites.

**Back:**

Dear Ustad Bashir,

Salaam from Ka Faroshi. I am writing on a card that shows the kites of a Friday afternoon over Kabul, and I like to think half of them are yours.

The year was good to us both. You sent me 1,800 bundles, 180,000 kites, up from 150,000 the year before, a rise of one fifth, and I sold every one by the end of the summer. At Rs 40 a kite at your gate, I paid you Rs 7.2 million, and I would pay it again.

For this year, please send the same 1,800 bundles, but make 300 of them the big fighting kites, the ones with the black eye painted on. The boys of Karte Char ask for nothing else.

Give my regards to your fourteen workers, and tell the one who paints the eyes that the boys know his hand.

May your bamboo stay straight and your paper stay dry.

Haji Wali, Ka Faroshi, Kabul
""", control_type="control")

# ---------------------------------------------------------------------------
# Trade across the crossings (invented series of Part 2)
# ---------------------------------------------------------------------------

add("trade_lecture_slides", """
# Lecture Slides: "Trade Between Pakistan and Afghanistan, 2019 to 2024"

*Slide text from a guest lecture given in 2025 to commerce students at a college in Peshawar, copied from the speaker's file. The college, the speaker and the trade figures are invented.*

**Slide 1. Title.** Trade between Pakistan and Afghanistan, 2019 to 2024: what the numbers say.

**Slide 2. The series.** Pakistan's trade with Afghanistan, USD million, calendar years:

| Year | Exports to Afghanistan | Imports from Afghanistan | Balance |
|---|---|---|---|
| 2019 | 1,290 | 441 | 849 |
| 2020 | 942 | 509 | 433 |
| 2021 | 828 | 552 | 276 |
| 2022 | 936 | 741 | 195 |
| 2023 | 1,012 | 690 | 322 |
| 2024 | 884 | 540 | 344 |

**Slide 3. Three things to notice.**

- Exports fell by more than a third between 2019 and 2021, from USD 1.29 billion to USD 0.83 billion.
- Imports peaked in 2022 at USD 741 million, and in 2023 they were still USD 0.79 billion, as coal from Afghanistan kept coming.
- The surplus was smallest in 2022, at USD 195 million, and widened in each of the two years after.

**Slide 4. Questions for discussion.**

- Why did exports recover in 2023 and fall again in 2024?
- What happened to the surplus in the year imports rose fastest?
- What will the closure of the crossings from October 2025 do to next year's slide?

**Slide 5.** Thank you. Figures are calendar years, in current US dollars, from the course's teaching dataset.
""", tvt(["in 2023 they were still USD 0.79 billion", "| 2023 | 1,012 | 690 | 322 |"],
        {"text_value": 790, "table_value": 690}, "USD million",
        "Pakistan's imports from Afghanistan", "2023",
        "second bullet of slide 3 against the 2023 row of the table on slide 2",
        "Slide 3 gives Pakistan's imports from Afghanistan in 2023 as USD 0.79 billion, that is USD 790 million; the table on slide 2 gives USD 690 million, and its 2023 balance of 322 works only with 690.",
        text_as_written="USD 0.79 billion"))

add("trade_quiz_show_script", """
# Quiz Show Script: "Numbers Game", Round Three

*Script of a round of a television quiz for college teams, recorded in Lahore in 2025, with the board shown on screen. The show, the teams and the trade figures are invented.*

HOST: Welcome back to Numbers Game! Round three is trade, and tonight our board shows Pakistan's trade with Afghanistan, in millions of US dollars.

BOARD:

| USD million | 2021 | 2022 | 2023 |
|---|---|---|---|
| Exports to Afghanistan | 828 | 936 | 1,012 |
| Imports from Afghanistan | 552 | 741 | 690 |
| Balance | 276 | 205 | 322 |

HOST: First question, to the team from Sahiwal. In which of these three years were exports highest?

SAHIWAL: 2023, at 1,012 million.

HOST: Correct, ten points! Now to Multan. By how much did imports rise from 2021 to 2022?

MULTAN: By 189 million, from 552 to 741.

HOST: Correct! Ten points. Sahiwal, for the bonus: in which year on the board were imports lowest?

SAHIWAL: 2021, at 552 million.

HOST: Correct, and Sahiwal lead with twenty points to Multan's ten! After the break: the lightning round, on the closure of the crossings in October 2025.

(APPLAUSE. CUT TO ADVERTISEMENTS.)
""", arith(["| Balance | 276 | 205 | 322 |"],
           "The board's balance row gives 205 for 2022, but exports of 936 less imports of 741 leave 195. The 2021 and 2023 cells are right.",
           exports=936, imports=741, computed_balance=195, stated_balance=205, unit="USD million",
           period="2022", subject="Pakistan's trade balance with Afghanistan",
           location="2022 cell of the balance row on the quiz board",
           table_form="pipe table with years as columns and a balance row"))

add("trade_economics_exam_question", """
# Economics Paper II, Question 4: Pakistan–Afghanistan Trade

*Question from a mock examination set in 2025 by a higher secondary school in Quetta, as printed. The school and the trade figures are invented.*

**Question 4 (20 marks).** Read the passage and answer the questions that follow.

*Passage.* Pakistan's trade with Afghanistan has swung sharply. In 2019 Pakistan's exports to Afghanistan were worth USD 1,290 million and its imports from Afghanistan USD 441 million, leaving a surplus of USD 849 million. In 2020 exports fell to USD 942 million while imports rose to USD 509 million, and the surplus almost halved, to USD 433 million. In 2020 exports fell to USD 942 million while imports rose to USD 509 million, and the surplus almost halved, to USD 433 million. By 2024, exports stood at USD 884 million and imports at USD 540 million.

(a) Calculate Pakistan's trade surplus with Afghanistan in 2024. (4 marks)

(b) By what percentage did exports fall between 2019 and 2020? (4 marks)

(c) Give two reasons why a country's exports to a neighbour might fall in a single year. (6 marks)

(d) The crossings at Torkham and Chaman were closed to trade from October 2025. Explain two ways this might affect traders on each side. (6 marks)

*Candidates may use a calculator. Spend about 30 minutes on this question.*
""", repeated("In 2020 exports fell to USD 942 million while imports rose to USD 509 million, and the surplus almost halved, to USD 433 million.", 2,
              "Pakistan's exports to, imports from and surplus with Afghanistan in 2020",
              "passage of question 4",
              "The passage prints the sentence on 2020 twice in a row, word for word."))

add("trade_firm_obituary", """
# Obituary: Khyber Commission Agency, Peshawar, 1987–2025

*Notice printed in a Peshawar business weekly in December 2025 on the closing of an old clearing and commission agency. The agency, its people and the trade figures are invented.*

The Khyber Commission Agency, which cleared goods for Peshawar's traders at Torkham for thirty-eight years, closed its office in Karkhano Market this month.

Founded by the late Haji Gul Rahman, the agency grew from one desk and a bicycle to a staff of 22 and a yard beside the Jamrud road. At its height it cleared more than 4,000 trucks a year, most of them carrying flour, cement and medicines north and coal and dried fruit south.

Its fortunes followed the trade it served. Pakistan's exports to Afghanistan, which had been USD 1,290 million in 2019, were USD 828 million in 2021, and in the following year they contracted again, to USD 936 million, a blow from which, its partners say, the agency never quite recovered. Exports came back to USD 1,012 million in 2023 and stood at USD 884 million in 2024.

The end came with the closure of the crossings from October 2025. With trucks held on both sides of Torkham, the agency's last clients went elsewhere, and its remaining nine clerks were paid off in November.

It is survived by its founder's two sons, its rubber stamps, and forty ledgers, which the family has given to a library in Peshawar so that students can see how the border trade was done by hand.
""", direction("were USD 828 million in 2021, and in the following year they contracted again, to USD 936 million",
               828, 936, "2021", "2022", "contracted", "fall", "USD million",
               "Pakistan's exports to Afghanistan", "third paragraph of the obituary",
               "The obituary says exports contracted again in 2022, but its own figures go from USD 828 million in 2021 to USD 936 million in 2022, a rise of about 13 percent; the direction word comes between the two figures."))

add("trade_guidebook_sidebar", """
# Guidebook Sidebar: "The Crossings"

*Box text from a 2025 travellers' guide to northern Pakistan and Afghanistan published in Islamabad. The guide is invented, the trade figures are invented, and travellers should check the current rules before setting out.*

Afghanistan is landlocked, and most of what it buys from the world comes in by road across one of its borders. Four crossings matter most to traders.

**Torkham.** At the top of the Khyber Pass, on the road from Peshawar to Jalalabad and Kabul, this is the busiest crossing between Pakistan and Afghanistan.

**Chaman.** On the road from Quetta to Kandahar, opposite Spin Boldak. Fruit and dried fruit come south here, and flour, cement and medicines go north.

**Hairatan.** On the Amu Darya, where a road and rail bridge joins Afghanistan to Uzbekistan. Fuel and flour come in by train.

**Ghulam Khan.** In North Waziristan, facing Khost, the smallest of the four, used mostly by local traders on the Uzbekistan–Afghanistan border.

**Trade.** Pakistan's exports to Afghanistan came to USD 884 million in 2024, against imports of USD 540 million, so Pakistan sold about USD 1.64 for every dollar it bought.

**Closures.** The Pakistan–Afghanistan crossings were closed to trade from October 2025. Ask at your hotel before you travel, and carry copies of your passport and visa.
""", scope("used mostly by local traders on the Uzbekistan–Afghanistan border", "UZB", ["UZB", "AFG"],
           "Uzbekistan–Afghanistan border",
           "The sidebar puts Ghulam Khan, in North Waziristan facing Khost, on the Uzbekistan–Afghanistan border. Ghulam Khan is a crossing on the Pakistan–Afghanistan border, so Uzbekistan stands where Pakistan should. The entry on Hairatan, where a bridge joins Afghanistan to Uzbekistan, is correct and is not a defect.",
           crossing="Ghulam Khan", location="entry on Ghulam Khan",
           not_a_defect="joins Afghanistan to Uzbekistan"))

add("trade_museum_audio_guide", """
# Audio Guide Script: "The Trucks of Torkham" Gallery

*Script for the audio guide of a gallery on the history of trade at a private museum in Peshawar, recorded in 2025. The museum, the gallery and the trade figures are invented.*

**Stop 14. The painted truck.** In front of you is a Bedford truck, painted from bumper to roof in flowers, birds and verses. For decades trucks like this carried Pakistan's goods to Afghanistan and Afghan goods back, and many still do.

**Stop 15. The ledger.** This is the ledger of a Peshawar commission agent. In the years it covers, the trade across the Pakistan–Tajikistan border at Torkham paid for half the houses in this street, or so his family says. Look at the neat columns of truck numbers and the agent's thumbprints in the margin.

**Stop 16. The numbers.** On the wall you see Pakistan's trade with Afghanistan from 2019 to 2024. Exports were highest in 2019, at USD 1,290 million, and lowest in 2021, at USD 828 million. Imports from Afghanistan were highest in 2022, at USD 741 million. Two-way trade, exports and imports together, came to USD 1,424 million in 2024.

**Stop 17. The closed gate.** The last object in the gallery is a gate post from Torkham, lent by a transport union. When the crossings were closed to trade from October 2025, long lines of trucks waited on both sides. Press 18 to hear a driver describe those weeks.

**Stop 18. A driver remembers.** Sher Zaman drove the Peshawar to Kabul road for many years. Listen to him tell, in Pashto with English subtitles on the screen, how he slept in his cab for nineteen nights.
""", scope("the trade across the Pakistan–Tajikistan border at Torkham", "TJK", ["PAK", "TJK"],
           "Pakistan–Tajikistan border",
           "The guide speaks of trade across the Pakistan–Tajikistan border at Torkham, in a gallery about trucks carrying goods between Pakistan and Afghanistan. Torkham is on the Pakistan–Afghanistan border, and Pakistan has no border with Tajikistan, so Tajikistan stands where Afghanistan should.",
           crossing="Torkham", location="stop 15"))

add("trade_new_year_resolutions", """
# A Clearing Agent's Resolutions for 2025

*List written on the first page of a Chaman clearing agent's new diary in January 2025, in English translation. The agent and the trade figures are invented.*

1. Get to the office before the trucks do.
2. Learn the figures by heart, so no trader can fool me. In 2024 Pakistan's exports to Afghanistan were USD 884 million and its imports from Afghanistan USD 540 million, a surplus of USD 344 million.
3. And the year before: exports of USD 1,012 million and imports of USD 690 million in 2023, a surplus of USD 344 million then as well, so the gap did not move.
4. Stop telling traders that trade is booming. Two-way trade fell from USD 1,702 million in 2023 to USD 1,424 million in 2024.
5. Answer every letter within three days, even the rude ones.
6. Drink less tea at the border post; six cups a day is too many.
7. Take my son to see the Chaman gate on his birthday, and explain to him what his father does all day.
8. Save something every month, in case the crossings close again.
""", reuse(["its imports from Afghanistan USD 540 million, a surplus of USD 344 million",
            "a surplus of USD 344 million then as well"], 344, "USD million",
          "Pakistan's trade surplus with Afghanistan in 2024", "Pakistan's trade surplus with Afghanistan in 2023",
          322,
          "The list gives the 2024 surplus as USD 344 million, which is right for exports of 884 and imports of 540, and then gives the 2023 surplus the same USD 344 million; its own 2023 figures, exports of 1,012 and imports of 690, leave USD 322 million, so the gap did move.",
          period_1="2024", period_2="2023"))

add("trade_fact_check_control", """
# Fact-Check: Five Things Said About Pakistan–Afghanistan Trade

*Column from a Karachi business magazine in 2025 that tests claims heard in speeches and on television against its own trade series. The magazine, the speakers and the trade figures are invented.*

**Claim 1: "Our exports to Afghanistan fell by a third from 2019 to 2021."** Verdict: fair. Exports went from USD 1,290 million in 2019 to USD 828 million in 2021, a fall of 35.8 percent, a little more than a third.

**Claim 2: "Two-way trade in 2023 was the highest in four years."** Verdict: true. Exports of USD 1,012 million and imports of USD 690 million made USD 1,702 million, above 2020 (USD 1,451 million), 2021 (USD 1,380 million) and 2022 (USD 1,677 million), though below the USD 1,731 million of 2019.

**Claim 3: "The surplus doubled between 2022 and 2024."** Verdict: false. The surplus was USD 195 million in 2022 and USD 344 million in 2024, up 76.4 percent, which is a lot but not double.

**Claim 4: "Imports from Afghanistan fell by more than a fifth in 2024."** Verdict: true. They went from USD 690 million in 2023 to USD 540 million, down 21.7 percent.

**Claim 5: "Pakistan sells Afghanistan twice what it buys."** Verdict: it depends on the year. In 2019 exports were 2.9 times imports, but in 2024 only 1.6 times.

The crossings were closed to trade from October 2025, so next year's column will have new claims to test.
""", control_type="control")

# ---------------------------------------------------------------------------
# Registered Afghan refugees (citations and citation controls)
# ---------------------------------------------------------------------------

add("refugees_wedding_toast", """
# A Wedding Toast in Peshawar

*Toast given in 2025 by the best man at the wedding of two aid workers in Peshawar, from his notes. The couple, the speaker and the clinic are invented.*

Ladies and gentlemen, aunties and uncles, I will be brief, because the biryani is getting cold.

I met Hamid at a registration desk in a refugee village outside Peshawar, where we both worked. Our job was to count, to check and to help, and Hamid was better at the third than the first two. Sana worked at the clinic next door, and Hamid found more reasons to visit the clinic than any healthy man should.

Those were busy years. By UNHCR's count at the end of 2021 there were about 1.3 million registered Afghan refugees in Pakistan, and on some mornings it felt as if half of them were in our queue. Sana would send over tea at eleven, and Hamid says that was the moment he fell in love, though I think it was the tea.

Now they are starting a life together. Sana, you are getting a man who can fill in a form in three languages and cannot fold a shirt in any. Hamid, you are getting a woman who once vaccinated 200 children in a day and still had time to laugh at your jokes.

Please raise your glasses, of juice, to Hamid and Sana. May your home be full and your queues be short.
""", citation(["By UNHCR's count at the end of 2021 there were about 1.3 million registered Afghan refugees in Pakistan"],
              1300000, "2021", "UNHCR's count at the end of YEAR", "third paragraph of the toast",
              "The toast cites UNHCR's count at the end of 2021 as about 1.3 million registered Afghan refugees in Pakistan; the reference figure for end-2021 is 1,490,562, so the stated figure is about 12.8 percent too low, and 1.49 million would not round to 1.3 million.",
              stated_as_written="about 1.3 million"))

add("refugees_retirement_speech_citation_control", """
# Retirement Speech of a Registration Officer, Quetta

*Speech given in 2024 by a registration officer retiring from a refugee registration centre in Quetta, from his typed copy. The officer and the centre are invented; the refugee figures are those of the reference series.*

Friends, colleagues, and Rashid, who makes the tea and has been here longer than any of us:

When I started at this centre, the registers were paper and the queue went round the block. Now they are screens, and the queue still goes round the block.

I want to say something about the numbers, because numbers were our work. UNHCR's end-2022 figure for registered Afghan refugees in Pakistan was 1,743,278. A year later, in UNHCR's year-end report for 2023, it was 1,987,717, a rise of 244,439 people, or 14 percent, in a single year. Behind every one of those digits was a family at our counter, a photograph, a thumbprint and a card.

I have stamped more cards than I can count, and I have seen children I registered come back as fathers to register their own children. That is the part of this work I will carry home.

I will miss the work and I will miss you. I will not miss the generator.

Thank you, and God bless.
""", control_type="citation_control")

add("refugees_school_yearbook", """
# Class of 2024 Yearbook: The Refugee Studies Club

*Page from the yearbook of a girls' college in Islamabad for 2024, written by the members of its refugee studies club. The college, the club and the students are invented.*

**Who we are.** Fourteen of us met every Thursday after classes to read, argue and raise money. Our faculty adviser, Miss Farzana, brought samosas and hard questions.

**What we did.** We raised Rs 85,000 at a bake sale for a school in a refugee village near Haripur, where our club paid for 40 girls' uniforms. We visited the village twice and played cricket with the girls, and lost both times.

**What we learned.** At the end of 2023 Pakistan hosted 2.3 million registered Afghan refugees (Source: UNHCR, 31 December 2023), more than at any time in the five years before. Many of the girls we met were born in Pakistan and have never seen Afghanistan, and some of them speak better Urdu than we do.

**What we will remember.** The headmistress of the village school, who told us that a uniform is not just clothes but a promise that you will come back tomorrow.

**Superlatives.** Most likely to become a minister: Ayesha. Most likely to be late to her own graduation: also Ayesha. Best bowler: none of us, as the girls of Haripur will tell you.
""", citation(["At the end of 2023 Pakistan hosted 2.3 million registered Afghan refugees (Source: UNHCR, 31 December 2023)"],
              2300000, "2023", "(Source: UNHCR, DD Month YEAR)", "paragraph on what the club learned",
              "The yearbook cites UNHCR as of 31 December 2023 for 2.3 million registered Afghan refugees in Pakistan; the reference figure for end-2023 is 1,987,717, so the stated figure is about 15.7 percent too high.",
              stated_as_written="2.3 million"))

add("refugees_escape_room_clue", """
# Escape Room Clue Sheet: "The Registrar's Office"

*Clue sheet from a charity escape room built in 2025 by university students in Lahore to raise funds for refugee schooling. The room, the students and the puzzle are invented.*

You have 45 minutes. The door code is locked inside the registrar's drawer. Read the clues in order, and do not force anything open.

**Clue 1.** The calendar on the wall is stuck on December. Which year? Look at the poster by the window.

**Clue 2.** The poster reads: "At the end of 2019, 1,438,432 Afghans were registered as refugees in Pakistan, says UNHCR (2019)."

**Clue 3.** The first four digits of the drawer code are the last four digits of the poster's number, read backwards.

**Clue 4.** The last two digits of the code are the number of rubber stamps on the registrar's desk. Count carefully: one is hiding under the blotter.

**Clue 5.** Open the drawer. Inside is a card: "Every number on the poster was a person. Thank you for playing, and for your donation of Rs 1,500 a team."

*Game master's note: if a team is stuck after 30 minutes, give them the hint "read the poster's number from right to left".*
""", citation(["At the end of 2019, 1,438,432 Afghans were registered as refugees in Pakistan, says UNHCR (2019)"],
              1438432, "2019", "UNHCR (YEAR)", "second clue (the poster)",
              "The poster cites UNHCR (2019) for 1,438,432 registered Afghan refugees in Pakistan at the end of 2019. That is the reference figure for end-2020; the reference figure for end-2019 is 1,419,084. The stated figure is only about 1.4 percent above the year cited, so only the reference series shows the error.",
              same_as_year="2020"))

add("refugees_survey_questionnaire_citation_control", """
# Questionnaire for Volunteers, Refugee Literacy Project

*Intake questionnaire handed to new volunteers in 2025 by a literacy project in Peshawar, with its short briefing printed at the top. The project and its questions are invented; the refugee figures are those of the reference series.*

**Briefing.** Pakistan has hosted Afghan refugees for more than four decades. At the end of 2019 there were 1,419,084 registered Afghan refugees in the country (UNHCR Refugee Data Finder, 2019). Five years later the UN refugee agency's figure for December 2024 was 1,559,964, about 141,000 more, a rise of just under 10 percent. Many of the adults among them never had the chance to learn to read.

**About you.**

1. Your name: ______
2. Languages you read and write (tick all): Urdu / Pashto / Dari / English
3. Hours a week you can give: 2 / 4 / 6 or more
4. Have you taught before? Yes / No
5. Which would you rather teach: children aged 6 to 10, or their mothers?

**Our promise.** We ask for at least 2 hours a week for 3 months, and we give you a training day, a bag of books and a cup of tea every time you come.

Please hand this form to the desk. We will call you within a week.
""", control_type="citation_control")

add("refugees_documentary_subtitles", """
# Subtitle File: "The Long Queue" (Documentary, 2025)

*Part of the English subtitle file for a short documentary filmed at a registration centre in Peshawar in 2025, as delivered to a film festival. The film, its people and its lines are invented.*

[00:00:05] NARRATOR: Peshawar. The registration centre opens at eight.

[00:00:31] WOMAN (Dari): I have been here since four. My children are asleep on the bus.

[00:01:12] NARRATOR: For more than forty years, Afghans have fled to Pakistan, and many have stayed.

[00:01:40] NARRATOR: As counted by UNHCR at the close of 2024, almost two million Afghans were registered as refugees in Pakistan.

[00:01:49] NARRATOR: Each of them holds a card like this one.

[00:02:15] OFFICER (Urdu): Name? Father's name? Year of arrival?

[00:02:20] OLD MAN (Pashto): 1980. I was twenty. Now I am sixty-five.

[00:02:41] OFFICER (Urdu): Your card is good for one more year. Next.

[00:03:05] NARRATOR: Outside, the queue has grown past the gate and into the road.

[00:03:30] GIRL (Dari): When I grow up I will work here, and the queue will be short.

[00:03:41] NARRATOR: She is nine. She was born in Peshawar.
""", citation(["As counted by UNHCR at the close of 2024, almost two million Afghans were registered as refugees in Pakistan"],
              2000000, "2024", "as counted by UNHCR at the close of YEAR", "subtitle at 00:01:40",
              "The narration cites UNHCR at the close of 2024 for almost two million registered Afghan refugees in Pakistan; the reference figure for end-2024 is 1,559,964, so even read as just under two million the stated figure is more than 25 percent too high.",
              stated_as_written="almost two million"))

add("refugees_pantomime_script", """
# Pantomime Script: "Aladdin at the Border" (extract)

*Extract from a charity pantomime staged in 2023 by a community group in Bradford, with the programme's note on sources. The group, the show and its jokes are invented.*

SCENE 4. A border post. A striped barrier. WIDOW TWANKEY enters with a suitcase the size of a wardrobe.

TWANKEY: Is this the way to Peshawar? I'm visiting my cousin. And my cousin's cousin. And my cousin's cousin's goat.

GUARD: Papers, please.

TWANKEY: Papers? I've brought samosas! (to audience) Haven't I, boys and girls?

AUDIENCE: Yes you have!

GUARD (stepping forward, serious for a moment): Ladies and gentlemen, a word between the jokes. At the end of last year, fourteen lakh Afghans were registered as refugees in Pakistan [1], and tonight's takings go to a school for some of their children.

TWANKEY: That's more people than came to my wedding. And I invited everyone.

GUARD: Go on through, madam. And mind the goat.

(TWANKEY exits. The goat follows, eating the programme.)

*Note in the programme:*

1. UNHCR, registered Afghan refugees in Pakistan, end of 2022.
""", citation(["fourteen lakh Afghans were registered as refugees in Pakistan [1]",
               "1. UNHCR, registered Afghan refugees in Pakistan, end of 2022."],
              1400000, "2022", "numbered programme note \"1. UNHCR, ..., end of YEAR\"",
              "guard's line in scene 4, with note 1 of the programme",
              "In a show staged in 2023 the guard says that at the end of last year fourteen lakh (1.4 million) Afghans were registered as refugees in Pakistan, citing note 1, which gives UNHCR for the end of 2022. The reference figure for end-2022 is 1,743,278, so the stated figure is about 19.7 percent too low.",
              stated_as_written="fourteen lakh"))

add("refugees_board_game_box_citation_control", """
# Back of the Box: "Safe Passage", a Board Game

*Text from the back of the box of a cooperative board game made in 2022 by a teachers' group in Islamabad for use in schools. The game and the group are invented; the refugee figures are those of the reference series.*

**Safe Passage** is a game for 2 to 5 players, aged 10 and up. It takes about 40 minutes to play.

Together, you guide a family from a village in Afghanistan to a new life in Pakistan. Roll the dice, share your cards, and help each other: everyone wins, or no one does.

**In the box:** 1 board, 5 family pawns, 60 journey cards, 30 help tokens, 2 dice and these rules.

**Why we made it.** The figures released by UNHCR for end-2020 counted 1,438,432 registered Afghan refugees in Pakistan; UNHCR's tally for December 2021 was 1,490,562, some 52,000 more, a rise of about 3.6 percent. Every one of them made a journey like the one on this board, and every one of them is more than a pawn.

**Teachers:** a lesson plan for classes 6 to 8 is printed inside the lid, with questions for discussion after the game.

Made in Pakistan. Not suitable for children under 3: small parts.
""", control_type="citation_control")

add("refugees_acrostic_poem", """
# An Acrostic for World Refugee Day

*Poem written in 2021 by a student in Rawalpindi for a school assembly, in which the first letters of the lines spell REFUGE, with her teacher's introduction and footnote. The student and the school are invented.*

**Teacher's introduction.** Every June our class marks World Refugee Day. This year we read about the Afghan families who live among us, and Mahnoor wrote this poem, which she read aloud at the assembly. The first letter of each line spells the word REFUGE.

Rolled blankets on their backs, they came down from the hills,

Each one a name, a face, a story no one wrote;

Far from home, one point seven million strong by the end of 2020,

Under our sky they built their schools and shops,

Growing children who speak our tongue and theirs,

Every one of them someone's neighbour now.

**Teacher's footnote.** The figure in the third line is UNHCR's figure for end-2020 for registered Afghan refugees in Pakistan, which the class looked up together in the library. We talked about what a refugee card is, and why some families have lived here for two generations.
""", citation(["one point seven million strong by the end of 2020", "UNHCR's figure for end-2020"],
              1700000, "2020", "UNHCR's figure for end-YEAR", "third line of the poem, with the teacher's footnote",
              "The poem gives one point seven million (1.7 million) registered Afghan refugees in Pakistan at the end of 2020, and the footnote cites UNHCR's figure for end-2020; the reference figure for end-2020 is 1,438,432, so the stated figure is about 18.2 percent too high.",
              stated_as_written="one point seven million"))
