# Fifty-fourth held-out set of synthetic documents ("heldout54").  Written from
# scratch after heldout53/, by a labeller session that had not opened dyad's
# implementation or history and had not seen any of its results.
# Every entry: name (topic slug, numbered later by build_heldout54.py), text,
# labels (list of defect dicts), control_type for controls.
# Registers not used before: a women's ralli (patchwork quilt) cooperative at
# Kandiaro, Naushahro Feroze, Sindh, that sold rallis to a bedding shop in
# Kabul; an aluminium deg (cooking pot) foundry at Kotri, Sindh, that sold degs
# to a kitchenware shop in Kandahar; a date farm at Kot Diji, Khairpur, Sindh,
# that sold Aseel dates to a dry fruit shop in Kabul; a moorha (reed stool)
# workshop at Liaquatpur, Rahim Yar Khan, Punjab, that sold stools to a
# furniture shop in Jalalabad; a raisin house in Kohdaman, Kabul province,
# that sold sultanas to a dry fruit wholesaler in Karachi; a wool scouring
# house at Ghoryan, Herat, that sold washed wool to a blanket mill at
# Chishtian, Punjab; a potato growers' cooperative at Saighan, Bamyan, that
# sold potatoes to commission agents in Peshawar; and macro documents on the
# trade series, the closure and the register.
#
# Invented figures shared with earlier sets: annual trade series (README:
# exports 1,290 / 942 / 828 / 936 / 1,012 / 884 and imports 441 / 509 / 552 /
# 741 / 690 / 540 for 2019-2024, balances 849 / 433 / 276 / 195 / 322 / 344,
# totals 1,731 / 1,451 / 1,380 / 1,677 / 1,702 / 1,424); reference refugee
# series (1,419,084 / 1,438,432 / 1,490,562 / 1,743,278 / 1,987,717 /
# 1,559,964 for 2019-2024).
#
# New invented figures, consistent with the above:
#   Kerio Ralli Sangat, Kandiaro (invented), begun 1998 by Mai Hurmat Kerio
#     with nine women, run by her daughter-in-law Sahib Khatoon Kerio, accounts
#     her grandson Wasayo Kerio, head cutter Bashiran; 64 stitchers in 2026
#     (among them Zareena, Hameeda, Marui, Rehmat Bibi): rallis sold 2023
#     1,450, 2024 1,620, 2025 1,180; to Qurban Ali Hazarawal, Hazarawal
#     Bedding House, Kabul 520 / 610 / 90, at home 930 / 1,010 / 1,090; single
#     ralli Rs 6,500 and double Rs 9,800 (2025), Rs 7,000 and Rs 10,500 from
#     1 January 2026; USD 28 a single and USD 42 a double to Kabul; a double
#     takes one woman about 18 days, a single 11; ralli pillow covers Rs 850 a
#     pair (2026); 2026 piece rates: single Rs 3,600, double Rs 5,550 in all.
#   Jalbani Deg Works, Kotri (invented), founded 1974 by Ustad Nabi Bux
#     Jalbani, run by his grandson Ali Gohar Jalbani, foreman Mola Bux Kehar,
#     accounts Perveen Jalbani; 23 workers: degs sold 2023 4,800, 2024 5,400,
#     2025 4,100; to Sayed Jamal Maiwandwal, Bostan Kitchen Bazaar, Kandahar
#     1,600 / 1,900 / 300 (2025 in one lot sent in August), at home 3,200 /
#     3,500 / 3,800; sizes named by the rice they cook (5, 10, 20 and 40 kg),
#     Rs 4,200 / 6,800 / 11,500 / 19,000 (2025); USD 15 / 24 / 41 / 68 to
#     Kandahar; scrap aluminium bought at Rs 620 a kg (2025).
#   Kapri Date Farm, Kot Diji (invented), planted 1968 by Khuda Bux Kapri,
#     owned by his son Rahim Bux Kapri (born 1948), sales by his grandson Fida
#     Hussain Kapri, farm manager Hyder Bux Bozdar; 2,400 Aseel palms on 60
#     acres: dates sold 2023 310 tonnes, 2024 345, 2025 280; to Ramazan Ali
#     Dandwal, Dandwal Dry Fruit, Kabul 120 / 140 / 25, at home 190 / 205 /
#     255; Rs 420 a kg at the farm (2025); USD 1.90 a kg to Kabul; cartons of
#     5 kg.
#   Chandia Moorha Ghar, Liaquatpur (invented), founded 1988 by Allah Wasaya
#     Chandia, run by his son Ghulam Fareed Chandia, accounts and online sales
#     his daughter Rashida Chandia; 18 workers (among them Mithan, Soomar,
#     Lalan, Barkat Ali, Jumma Khan, Punhal): moorhas sold 2023 9,000, 2024
#     10,500, 2025 7,800; to Rahmat Gul, Shinkay Furniture, Jalalabad 3,000 /
#     3,600 / 400, at home 6,000 / 6,900 / 7,400; small stool Rs 1,200 and
#     large with a back Rs 2,600 (2025), Rs 1,300 and Rs 2,800 (2026); USD 5
#     a small and USD 11 a large to Jalalabad; reed Rs 80 a bundle (2025), Rs
#     95 (2026).
#   Estalefi Raisin House, Kohdaman (invented), founded 1375 SH (1996) by
#     Haji Abdul Ghafar Estalefi, run by his son Shir Agha Estalefi, accounts
#     his daughter Shugufa Estalefi, sorting head Lal Bibi; six drying houses;
#     about 4 kg of fresh grapes to 1 kg of raisins: raisins sold 2023 180
#     tonnes, 2024 210, 2025 150; to Haroon Khatri, Khatri Dry Fruit, Karachi
#     90 / 110 / 15, at home 90 / 100 / 135; Afs 280 a kg at home (2025), USD
#     4.10 a kg to Karachi; grapes bought at Afs 55 a kg (2025); about Afs 70
#     to the dollar; growers Qasim Jan and others.
#   Ghoryani Wool Wash, Ghoryan (invented), founded 1385 SH (2006) by Nasir
#     Ahmad Ghoryani (died 2 February 2026), run by his son Khair Mohammad
#     Ghoryani, foreman Sanjar; bales of about 150 kg; about 62 kg of clean
#     wool from 100 kg of greasy wool: scoured wool sold 2023 420 tonnes, 2024
#     480, 2025 330; to Rao Asif, Chishtian Blanket Mills, Chishtian 260 / 300
#     / 40, at home 160 / 180 / 290; USD 2.40 a kg (2024) and USD 2.30 (2025)
#     to Chishtian; greasy wool bought at Afs 80 a kg; herder Khan Jan.
#   Saighan Potato Growers' Cooperative (invented), founded 1390 SH (2011),
#     chair Ghulam Hussain Saighani, secretary Masuma, treasurer Ali Ahmad;
#     members 140 in 1403 SH, 128 in 1404 SH: potatoes sold 2023 3,600
#     tonnes, 2024 4,100, 2025 2,900; to Haji Anwar Shah, Anwar Shah & Sons,
#     commission agents, Peshawar 1,500 / 1,800 / 200, at home 2,100 / 2,300 /
#     2,700; bags of 50 kg; Afs 18 a kg at home (2025), USD 0.26 a kg to
#     Peshawar.
#   Macro documents: trucks, members, dues, waits and charges are invented and
#     kept consistent within each document.

HELDOUT54 = []
from heldout_labels import (  # noqa: F401
    PAIR, REFS, adder, arith, change_pct, citation, direction, garbled, line_of, parts_total, pdf_lines, scope, tvt,
    repeated, reuse,
)

add = adder(HELDOUT54)

# ---------------------------------------------------------------------------
# Kerio Ralli Sangat (invented): a women's ralli quilt cooperative at Kandiaro
# ---------------------------------------------------------------------------

add("kandiaro_rallis_afterword_control", """
# Afterword: What the Patches Remember

*The closing pages of "Rallis of Kandiaro", a pattern book published in March 2026 by a women's quilt cooperative at Kandiaro, Naushahro Feroze district, Sindh. The cooperative, its members and all figures are invented.*

By Mai Hurmat Kerio, as told to her grandson Wasayo

I started the Kerio Ralli Sangat in 1998 with nine women sitting on a mat in my courtyard. Today we are 64, and the youngest of us, Marui, was born the winter we began, so she turns 28 this year and has already taught three girls of her own.

This book shows forty patterns. Twenty-six are the old ones our grandmothers cut from worn shirts, and fourteen are new, most of them drawn by Bashiran, who cuts for all of us. Nobody should think a ralli is quick work: a double one keeps a woman busy for about 18 days, and even a single takes 11.

People ask me how the sangat is doing. Last year we sold 1,180 rallis, which is 440 fewer than the 1,620 of 2024. The fall came almost all from one place. Qurban Ali Hazarawal, who has sold our quilts in his Kabul shop since 2011, took 610 in 2024 and only 90 in 2025, because his trucks stopped when the border closed in October. That is a drop of 520 from Kabul alone, more than the whole fall, because at home we did better, selling 1,090 in Sindh and Punjab against 1,010 the year before.

In January we had to raise the price of a double ralli from Rs 9,800 to Rs 10,500, a little over 7 percent, and the single from Rs 6,500 to Rs 7,000. Thread, dye and cloth all cost more, and the women's piece rates went up with them, as they should.

If you stitch one of these patterns, send us a photograph. Sahib Khatoon keeps every one in a tin box, and the box is nearly full.
""", control_type="control")

KAND_RATES = """| Task | Single ralli (Rs) | Double ralli (Rs) |
|---|---|---|
| Cutting and dyeing the patches | 450 | 700 |
| Applique top | 1,600 | 2,500 |
| Quilting stitch | 1,200 | 1,850 |
| Edging and binding | 350 | 500 |
| **Total** | **3,600** | **5,550** |"""

add("kandiaro_rallis_piece_rate_card", """
# Kerio Ralli Sangat: Piece-Rate Card

*Card pinned up in the stitching room of a women's quilt cooperative at Kandiaro, Naushahro Feroze district, Sindh, giving what each member is paid for each task on a ralli (patchwork quilt). The cooperative, its members and all figures are invented.*

**In force from:** 1 January 2026. **Agreed at:** the members' meeting of 28 December 2025, 51 of 64 members present. **Signed:** Sahib Khatoon Kerio (for the sangat), Wasayo Kerio (accounts).

""" + KAND_RATES + """

How the card works:

- Rates are paid per finished ralli, on the Thursday after the piece passes Bashiran's check at the cutting table.
- When two women share a task, they split the rate between them as they agree, and Wasayo writes both names in the book.
- The quilting stitch on a double ralli pays Rs 1,580, the second largest sum on the card after the applique top. A member who quilts two doubles in a month therefore earns Rs 3,700 for that work alone.
- A single ralli pays Rs 3,600 across its four tasks, and a double Rs 5,550.
- A piece sent back from Bashiran's table is paid only when it passes the second time; nothing is cut from the rate for the delay.
- Thread and cloth are given out from the store and are never charged to members.

Rates are looked at again every December, when the prices of the rallis themselves are set. Questions go to Wasayo on Thursdays after the afternoon prayer.
""", tvt(["The quilting stitch on a double ralli pays Rs 1,580", line_of(KAND_RATES, "| Quilting stitch |")],
         {"card_note_value": 1580, "table_value": 1850}, "rupees a double ralli",
         "piece rate for the quilting stitch on a double ralli at Kerio Ralli Sangat", "rates from 1 January 2026",
         "third point of 'How the card works' against the quilting stitch row of the pipe table",
         "The card's table pays Rs 1,850 for the quilting stitch on a double ralli, and its double column adds up to the Rs 5,550 total only with 1,850 (700 + 2,500 + 1,850 + 500); the note under it calls the same rate Rs 1,580, the 8 and the 5 swapped, though its next sentence, Rs 3,700 for two doubles, again fits Rs 1,850.",
         table_form="pipe, tasks as rows with single and double ralli columns and a total row"))

add("kandiaro_rallis_jahez_list", """
# Jahez List for Kulsoom's Wedding

*A family's list of the dowry things bought for a daughter's wedding at Kandiaro, Naushahro Feroze district, Sindh, in February 2026, kept by her elder brother. The family, the quilt cooperative and all figures are invented.*

**Wedding:** 6 March 2026. **List kept by:** Sodho, elder brother. **Budget agreed with Abba:** Rs 150,000.

Bought from the Kerio Ralli Sangat on 9 February (Sahib Khatoon gave us the members' families' rate, which is the shop price):

- Two double rallis in the old "chaukri" pattern, Rs 10,500 each, so Rs 21,000.
- One single ralli in red and black, Rs 7,000.
- Four pairs of ralli pillow covers, Rs 850 a pair.
- One ralli table runner, Rs 1,200.
- Pillow covers, all four pairs together: Rs 850.
- Paid to the sangat on the day: Rs 32,600, receipt no. 417.

Bought in the Kandiaro bazaar:

- One steel trunk, Rs 18,500.
- Dinner set for twelve, Rs 14,000.
- Six bedsheets, Rs 1,500 each, so Rs 9,000.
- Two suitcases, Rs 11,000 together.

Still to buy: the gold, which Amma is handling herself, and the clothes for the bride's side, for which we have kept Rs 60,000.

Spent so far: Rs 85,100, which leaves Rs 64,900 of the budget before the clothes, so we are Rs 4,900 ahead of what Abba allowed for. Zareena from the sangat has promised to stitch Kulsoom's name into the corner of the red ralli before the 6th, at no charge.
""", reuse(["Four pairs of ralli pillow covers, Rs 850 a pair", "all four pairs together: Rs 850"],
           850, "rupees",
           "price of one pair of ralli pillow covers",
           "cost of the four pairs of pillow covers together",
           3400,
           "The list prices the pillow covers at Rs 850 a pair and buys four pairs, which is Rs 3,400, but two lines later gives the four pairs together as Rs 850. The sum paid to the cooperative, Rs 32,600, is Rs 21,000 + Rs 7,000 + Rs 3,400 + Rs 1,200, so it counts the covers at Rs 3,400."))

add("kandiaro_rallis_kameti_register", """
# Kameti Register, Kerio Ralli Sangat Members

*Register of a rotating savings committee (kameti) run by members of a women's quilt cooperative at Kandiaro, Naushahro Feroze district, Sindh, copied from the exercise book kept by its organiser. The cooperative, its members and all figures are invented.*

**Organiser:** Hameeda. **Started:** January 2026. **Share:** Rs 2,500 a month from each member, paid in by the 5th. **Draw:** on the 10th, by lots from the members who have not yet had their turn.

The kameti began with 20 members, each putting in Rs 2,500, so each month's draw paid Rs 50,000 to one member.

Draws so far:

- January 2026: Zareena, Rs 50,000. She used it for her son's school admission.
- February 2026: Bashiran, Rs 50,000, which went on a new sewing machine for the cutting table.
- March 2026: Hameeda, Rs 55,000, the first draw with 22 members.
- April 2026: Rehmat Bibi, Rs 55,000, spent on a new roof for her kitchen.

Rehmat Bibi and Marui joined at the March meeting after paying in the two months they had missed, Rs 5,000 each; that money went to Zareena and Bashiran, Rs 5,000 apiece, so that their draws also came to Rs 55,000 and nobody lost. With the two new members the pot grew from Rs 50,000 in February 2026 to Rs 50,000 in February 2026, and with 22 names the kameti now runs for 22 months, to October 2027.

Rules we agreed:

- A member who is late by more than five days pays Rs 100 a day into the tea fund.
- A member who has had her draw still pays every month until the last draw.
- Nobody may sell her turn to someone outside the sangat.

Paid in for April: 22 of 22 members, Rs 55,000, checked by Sahib Khatoon on 6 April.
""", garbled(["the pot grew from Rs 50,000 in February 2026 to Rs 50,000 in February 2026"],
             "The change in the monthly pot is given with the same value and the same month at both ends. The register itself shows what was meant: with 20 members at Rs 2,500 the pot was Rs 50,000 until February 2026, and with 22 members from March 2026 it was Rs 55,000, as the March and April draws and the April collection show.",
             start_value=50000, end_value=50000, start_period="February 2026", end_period="February 2026",
             unit="rupees a monthly draw", subject="pot of the members' kameti at Kerio Ralli Sangat",
             location="paragraph on the two new members"))

add("kandiaro_rallis_voice_memo", """
# Voice Memo: Wasayo to Amma, Monday Evening

*Transcript of a voice message sent in January 2026 by the young man who keeps the accounts of a women's quilt cooperative at Kandiaro, Naushahro Feroze district, Sindh, to his mother, who runs it, while he was buying supplies in Hyderabad. The cooperative, its people and all figures are invented. Length: 2 minutes 40 seconds.*

Amma, salaam. I'm at the dye shop on the market road, it's noisy, so I'll keep it short.

First, the indigo. Indigo went up like a rocket this year: we paid Rs 3,200 a kilo in January 2025 and the man is asking Rs 2,900 a kilo now, in January 2026. I've taken six kilos, which is what Bashiran asked for, so that's Rs 17,400, and I've paid in cash.

Second, the madder red is not in. He says next week. I told him we need four kilos before the 20th or the two wedding orders will be late.

Third, cloth. I found the plain white cotton at Rs 310 a metre, down from Rs 340 at the shop we used before, so I've ordered 200 metres, Rs 62,000, to be sent on the Kandiaro van on Wednesday. Tell Hameeda to count the bolts when they come: it should be eight bolts of 25 metres each.

Fourth, Kabul. I rang Qurban Ali's son. They still owe us for the 30 doubles from the last truck in September, USD 42 a piece, so USD 1,260. He says his father will pay when the border opens and the shop can sell again. I said fine, but I've written it in the book as owing, not as lost.

Last thing. The bus back leaves at seven, so I'll be home by eleven. Don't wait up. And tell Marui the thread she wanted is the number 24 and not the number 18, I've got the right one this time.

Khuda hafiz.
""", direction("Indigo went up like a rocket this year: we paid Rs 3,200 a kilo in January 2025 and the man is asking Rs 2,900 a kilo now, in January 2026",
               3200, 2900, "January 2025", "January 2026", "went up like a rocket", "rise",
               "rupees a kilogram of indigo", "price of indigo dye bought by Kerio Ralli Sangat",
               "paragraph on the indigo",
               "The memo says the price of indigo went up like a rocket, but its own figures are Rs 3,200 a kilo in January 2025 and Rs 2,900 in January 2026, a fall of Rs 300 or 9.4 percent. The six kilos at Rs 2,900 (Rs 17,400) confirm the lower price."))

# ---------------------------------------------------------------------------
# Jalbani Deg Works (invented): an aluminium deg foundry at Kotri, Sindh
# ---------------------------------------------------------------------------

add("kotri_degs_job_advert_control", """
# Job Advert: Casting Hands and a Polisher Wanted

*Advertisement placed in March 2026 in a Hyderabad Sindhi-language daily, in English translation, by a workshop at Kotri, Sindh, that casts degs (large aluminium cooking pots). The workshop, its people and all figures are invented.*

## JALBANI DEG WORKS, KOTRI: 52 YEARS OF DEGS

Ustad Nabi Bux Jalbani poured his first deg in a shed by the railway line in 1974. His grandson, Ali Gohar Jalbani, now runs the works, and we are looking for three more pairs of hands.

**We need:** two casting hands and one polisher. With them we will be 26 workers; today we are 23.

**About the work.** Last year the works cast 4,100 degs. Of these, 3,800 went to cooks, caterers and wedding halls across Sindh and Punjab, and 300 went to a kitchenware shop in Kandahar before the border closed in October. We cast in sand, from aluminium we melt ourselves, in four sizes named for the rice they cook: 5, 10, 20 and 40 kg. A good casting hand pours about 14 of the small degs in a shift, or five of the big ones.

**Pay.** Rs 1,400 a day for a shift of eight hours, six days a week, which is Rs 8,400 a week, paid every Saturday. Hours after eight are paid at time and a half: the day rate works out at Rs 175 an hour, so overtime is Rs 262.50 an hour. A polisher is paid the same day rate.

**What we ask.**

- Age 18 to 45, fit enough to lift a 50 kg mould box with a partner.
- Some experience near a furnace is welcome but not required; Mola Bux Kehar, our foreman, has trained more than 60 young men since he started here in 1991.
- Closed shoes every day. We give the gloves, the apron and the goggles.

**How to apply.** Come to the works gate, behind the old Kotri bus stand, between 9 and 11 March, from 8 in the morning to 1 in the afternoon, with a copy of your identity card. Ask for Mola Bux. Nobody pays anybody to be hired at Jalbani Deg Works, and anyone who asks you for money in our name is not from us.
""", control_type="control")

KOTRI_DAMAGE = """| Size (kg of rice) | Sent | Dented | Cracked | Sound |
|---|---|---|---|---|
| 5 kg | 90 | 2 | 0 | 88 |
| 10 kg | 110 | 4 | 1 | 105 |
| 20 kg | 70 | 5 | 2 | 63 |
| 40 kg | 30 | 3 | 1 | 26 |
| **Total** | **300** | **16** | **4** | **282** |"""

add("kotri_degs_damage_report", """
# Damage Report: Lot JDW-25/08 on Arrival at Kandahar

*Report written in Dari by a kitchenware shop in Kandahar on the lot of aluminium degs (cooking pots) it received from a foundry at Kotri, Sindh, in August 2025, in the English version sent to the foundry. The shop, the foundry, their people and all figures are invented.*

**From:** Sayed Jamal Maiwandwal, Bostan Kitchen Bazaar, Kandahar. **To:** Ali Gohar Jalbani, Jalbani Deg Works, Kotri. **Lot:** JDW-25/08, one truck, unloaded 27 August 2025. **Checked by:** Sayed Jamal and his two shop boys, every deg taken out of its straw and looked at in daylight.

""" + KOTRI_DAMAGE + """

What we found. The dents are on the rims and the shoulders, where the degs sat against the truck's side boards; most can be beaten out by a tinsmith, but a dented deg sells for less in our bazaar. The cracks are hairline cracks across the base, and a cracked deg cannot be sold at all, because it will leak on the fire.

What we ask:

- The 4 cracked degs (one 10 kg, two 20 kg and one 40 kg) we will send back to you on the next truck for recasting, or you may replace them in the next lot, whichever suits you.
- For the dented degs we ask a credit of 20 percent of their price. At your prices of USD 15, 24, 41 and 68 for the four sizes, that is USD 107.
- Please pack the 20 and 40 kg degs with straw between the rim and the boards next time. Most of the damage is on those two sizes, which ride at the edges.

Apart from this, the lot is good, and the 282 sound degs are already on our shelves. The customers here ask for your 10 kg size above all others.
""", parts_total([line_of(KOTRI_DAMAGE, "| **Total** |")],
                 {"5 kg": 2, "10 kg": 4, "20 kg": 5, "40 kg": 3}, 16, "degs",
                 "lot JDW-25/08, unloaded 27 August 2025", "dented degs in the lot sent by Jalbani Deg Works to Bostan Kitchen Bazaar",
                 "total row of the pipe table, dented column",
                 "The dented column lists 2, 4, 5 and 3 degs for the four sizes, 14 in all, but the total row gives 16. The rest of the report bears out 14: 300 sent less 14 dented and 4 cracked leaves the 282 sound degs of the total row, and the credit of USD 107 is 20 percent of 2 x 15 + 4 x 24 + 5 x 41 + 3 x 68 = USD 535.",
                 table_form="pipe, sizes as rows with sent, dented, cracked and sound columns and a total row"))

add("kotri_degs_returns_note", """
# Returns Note No. BKB-R-07

*Returns note sent with four cracked aluminium degs (cooking pots) from a kitchenware shop in Kandahar back to the foundry at Kotri, Sindh, that cast them, in October 2025. The shop, the foundry, their people and all figures are invented.*

**Bostan Kitchen Bazaar**, Kandahar. Returns note BKB-R-07, dated 6 October 2025.

**To:** Jalbani Deg Works, Kotri, Sindh. **Your lot:** JDW-25/08. **Our damage report:** sent 29 August 2025, agreed by Ali Gohar Jalbani on the telephone on 2 September.

Goods returned:

- One deg, 10 kg size, hairline crack across the base, your price USD 24.
- Two degs, 20 kg size, cracks across the base, your price USD 41 each, USD 82.
- One deg, 40 kg size, crack running up from the base, your price USD 68.
- Four degs in all, value USD 174 at your prices.

Packed in one wooden crate, 1.2 by 0.9 by 0.8 metres, gross weight 38 kg, marked JDW and BKB in red paint on two sides.

Sent with: the carrier Spin Zar Goods Transport, truck KDR 4417, which leaves Kandahar on 7 October and crosses at Chaman, the Afghanistan–Iran gate, the same day if the queue allows. The driver has the crate number and this note.

We ask you to recast the four degs and send them with your next lot, or to credit us USD 174 against it. The credit of USD 107 for the dented degs, which you have already agreed, stays as it is.

A word on the market: our customers now weigh your degs against the pressed aluminium pots that come in from Iran through Islam Qala, which are lighter and cheaper. Yours last longer, and the cooks know it, but we cannot sell a cracked one.

Signed for Bostan Kitchen Bazaar: Sayed Jamal Maiwandwal

Received at Jalbani Deg Works (to be signed on arrival): ____________
""", scope("crosses at Chaman, the Afghanistan–Iran gate", "IRN", ["AFG", "IRN"], "Iran",
           "Chaman is a crossing on the Pakistan–Afghanistan border, on the way from Kandahar to Kotri; the note calls it the Afghanistan–Iran gate, putting Iran in the place of Pakistan. Iran is named correctly later, as the origin of pressed pots that reach Afghanistan through Islam Qala.",
           not_a_defect="pressed aluminium pots that come in from Iran through Islam Qala"))

add("kotri_degs_weigh_slip", """
# Weigh Slip: Scrap Aluminium Bought at Kotri

*Weigh slip from the public scale on the Kotri road for a load of scrap aluminium bought by a deg (cooking pot) foundry at Kotri, Sindh, with the foundry's purchase note written on the back. The foundry, the scrap dealer, the scale and all figures are invented.*

**Kotri Road Public Scale.** Slip no. 6182. Date: 14 January 2026. Vehicle: Mazda truck, registration JMS 2290. Operator: Ghulam Sarwar.

- Gross weight (truck loaded): 1,960 kg, weighed at 10:20.
- Tare weight (truck empty, after unloading at Jalbani Deg Works): 1,140 kg, weighed at 11:50.
- Net weight of load: 820 kg.
- Scale charge: Rs 250, paid by the buyer.

On the back, in the hand of Perveen Jalbani, accounts:

Bought from Allah Dino, kabari of Hyderabad, one truckload of mixed scrap aluminium: old pots, window frames and engine parts.

- Net weight on the scale slip: 820 kg.
- Less 5 percent for iron bolts, paint and dirt, agreed with the seller: 41 kg.
- Rate: Rs 620 a kg, as agreed on the telephone on 12 January.
- Payable weight: 620 kg.
- Amount: Rs 482,980, paid Rs 300,000 in cash on the day and the rest by bank transfer on 16 January.

Mola Bux looked at the window frames and says they will melt clean; the engine parts carry more iron than usual, so next time we ask for them to be stripped first. Melting starts tomorrow, in two heats.

Checked: Ali Gohar Jalbani
""", reuse(["Rate: Rs 620 a kg", "Payable weight: 620 kg"], 620, "rupees a kilogram, then kilograms",
           "agreed price of the scrap aluminium, in rupees a kilogram",
           "weight paid for after the 5 percent deduction, in kilograms",
           779,
           "The net load of 820 kg less the 41 kg deduction leaves 779 kg to be paid for, and the amount, Rs 482,980, is 779 kg at Rs 620; the note writes the payable weight as 620 kg, the figure of the rate in the line above."))

KOTRI_CERT = """| Element | Result (%) | Limit (%) |
|---|---|---|
| Silicon (Si) | 11.2 | 10.0 to 13.0 |
| Iron (Fe) | 0.55 | 0.6 max |
| Copper (Cu) | 0.08 | 0.1 max |
| Manganese (Mn) | 0.30 | 0.5 max |
| Magnesium (Mg) | 0.05 | 0.1 max |
| Zinc (Zn) | 0.07 | 0.1 max |
| Aluminium (Al) | remainder | remainder |"""

add("kotri_degs_mill_certificate", """
# Mill Certificate: Aluminium Casting Ingot, Heat 26-031

*Certificate of analysis sent by an ingot maker in Karachi with a lot of aluminium casting ingot bought by a deg (cooking pot) foundry at Kotri, Sindh, in February 2026, when the foundry's own scrap ran short. The ingot maker, the foundry and all figures are invented.*

**Indus Secondary Metals**, Korangi, Karachi. Mill certificate no. ISM/MC/26/118, dated 11 February 2026.

**Buyer:** Jalbani Deg Works, Kotri. **Product:** aluminium–silicon casting ingot, for sand and gravity casting. **Heat no.:** 26-031. **Quantity:** 80 ingots of 25 kg each, 2,000 kg net. **Sample:** two chips from each of four ingots taken at random, analysed by spark spectrometer on 10 February 2026.

Chemical composition, percent by weight:

""" + KOTRI_CERT + """

Remarks of the laboratory:

- Silicon, at 12.1 percent, sits inside the 10 to 13 percent band, which gives the metal the flow needed for thin-walled pots.
- Iron is just below its limit; the buyer should not add more than one part in ten of scrap to this metal without checking iron again.
- All six listed elements together make up 12.25 percent, so the aluminium content is 87.75 percent.
- The lot conforms to the buyer's order ISM-PO-0209 in every listed element.

Certified by: the laboratory in charge, for and on behalf of Indus Secondary Metals.

Received at Kotri on 13 February 2026 and stacked in the dry store. Mola Bux Kehar will melt the first ten ingots with the next heat of scrap, as the laboratory advises.
""", tvt(["Silicon, at 12.1 percent", line_of(KOTRI_CERT, "| Silicon (Si) |")],
         {"remark_value": 12.1, "table_value": 11.2}, "percent by weight",
         "silicon content of heat 26-031 of Indus Secondary Metals' casting ingot", "analysis of 10 February 2026",
         "first remark of the laboratory against the silicon row of the pipe table",
         "The composition table gives silicon as 11.2 percent, and the third remark's 12.25 percent for the six listed elements (11.2 + 0.55 + 0.08 + 0.30 + 0.05 + 0.07) is only reached with 11.2; the first remark gives the same silicon result as 12.1 percent, the same digits in another order.",
         table_form="pipe, elements as rows with result and limit columns, without a total row"))

# ---------------------------------------------------------------------------
# Kapri Date Farm (invented): Aseel dates at Kot Diji, Khairpur, Sindh
# ---------------------------------------------------------------------------

add("kot_diji_dates_harvest_calendar_control", """
# Kapri Date Farm: Work Calendar for the 2026 Season

*Calendar drawn up in January 2026 by the manager of a date farm at Kot Diji, Khairpur district, Sindh, and painted on the wall of the farm's store. The farm, its people and all figures are invented.*

**Farm:** 2,400 Aseel palms on 60 acres, 40 palms to the acre. The oldest were planted by Khuda Bux Kapri in 1968 and are 58 years old this year. **Manager:** Hyder Bux Bozdar.

**10 February to 20 March: pollination.** Eight climbers, each doing 25 palms a day, cover 200 palms a day, so one round of all 2,400 palms takes 12 working days. Every palm is climbed three times as its flowers open, which makes 36 working days inside these 39 days; the three spare days are for wind or rain.

**April: thinning.** Leave 9 bunches on each palm and cut the rest, so that the fruit that stays grows large.

**May: bagging.** Each bunch goes into a net bag against birds and wasps. At 9 bunches a palm that is 21,600 bags; 22,000 have been bought, leaving 400 spare for torn ones.

**June: water.** Our turn on the watercourse comes every Saturday. Do not miss it in June, when the fruit swells.

**15 July to 31 August: picking.** Pick bunch by bunch as the fruit turns from yellow to brown. No picking in rain.

**Drying.** Ten to 14 days on the mats in the yard, turned every morning.

**September: packing.** We expect about 300 tonnes this year, some 7 percent above the 280 tonnes of 2025, which fills 60,000 cartons of 5 kg. Fida Hussain will book the trucks when the buyers have placed their orders.

**October to January: the quiet months.** Mend the mats, clean the store, and cut the dead fronds, which go to the basket makers in the village.

Reminder from Rahim Bux Kapri: write the day's work in the book every evening, even if the day's work was only waiting for the weather.
""", control_type="control")

add("kot_diji_dates_dictation", """
# Letter Dictated by Rahim Bux Kapri to His Grandson

*A letter in Sindhi, in English translation, dictated in January 2026 by the elderly owner of a date farm at Kot Diji, Khairpur district, Sindh, and written down by his grandson, to the dry fruit merchant in Kabul who has bought the farm's dates for many years. The farm, the merchant and all figures are invented.*

Kot Diji, 18 January 2026

To my friend Ramazan Ali Dandwal, Dandwal Dry Fruit, Kabul.

Brother, peace be upon you and your sons. My eyes no longer let me write, so my grandson Fida Hussain holds the pen and I speak.

I am 78 this winter. My father planted the first of our palms in 1968, and you have bought from us for nearly twenty years. I remember your first order, ten tonnes, which you paid for in cash at the gate because you did not trust the banks of either country.

This last year was not a good one between us. You took 140 tonnes of our dates in 2024 and only 25 in 2025, and then the road was shut. I know that was no fault of yours. My grandson tells me I must also write that the home trade has thinned to a trickle: we sold 205 tonnes in Sindh and Punjab in 2024 and 255 tonnes in 2025, and without your orders we had to find buyers in Sukkur and Hyderabad, who pay late.

Fida Hussain says the palms promise about 300 tonnes this season. When the road opens, tell us how much you want, and we will hold it for you at last year's price of USD 1.90 a kilo, though the price at our gate has gone up. I will not make an old friend pay for a closed road.

Give my greetings to your brother and to the boy who came with you in 2019 and climbed our tallest palm without a rope.

Your brother, Rahim Bux Kapri

(Written down as Dada said it, word for word. Fida Hussain.)
""", direction("the home trade has thinned to a trickle: we sold 205 tonnes in Sindh and Punjab in 2024 and 255 tonnes in 2025",
               205, 255, "2024", "2025", "thinned to a trickle", "fall",
               "tonnes of dates", "dates sold in Pakistan by Kapri Date Farm",
               "fourth paragraph of the letter",
               "The letter says the home trade thinned to a trickle, but the figures it gives in the same sentence rise, from 205 tonnes in 2024 to 255 tonnes in 2025, by 50 tonnes or 24.4 percent."))

add("kot_diji_dates_pay_in_slip", """
# Pay-In Slip: Kapri Date Farm, 22 September 2025

*Bank pay-in slip filled in by the young man who handles sales for a date farm at Kot Diji, Khairpur district, Sindh, when he paid the week's takings into the farm's account, copied with the note he wrote on the counterfoil. The farm, the bank branch and all figures are invented.*

**Branch:** Kot Diji main bazaar. **Date:** 22 September 2025. **Account title:** Kapri Date Farm. **Account type:** current. **Deposited by:** Fida Hussain Kapri.

Cash, by notes:

- Rs 5,000 notes, 40 of them: Rs 200,000
- Rs 1,000 notes, 45 of them: Rs 45,000
- Rs 500 notes, 14 of them: Rs 7,000
- Cash total: Rs 252,000

Cheques:

- Cheque 1, drawn on a Sukkur branch, from a wholesaler in the Sukkur fruit market: Rs 112,000
- Cheque 2, drawn on a Hyderabad branch, from a wholesaler in Hyderabad: Rs 68,000

- Total deposited, cash and cheques: Rs 442,000
- Amount in words: Four lakh forty-two thousand rupees only.

Depositor's signature: Fida Hussain. Cashier's stamp: received, with the cheques subject to clearing.

Note on the counterfoil, in Fida Hussain's hand: the cash is the farm-gate sales of 15 to 21 September, 600 kg of loose Aseel at Rs 420 a kg. The Sukkur cheque is for 56 cartons and the Hyderabad one for 34 cartons, all in our 5 kg cartons, at Rs 2,000 a carton, the wholesale price agreed in August. Both cheques to be checked as cleared on Thursday before any more dates go to those two buyers on credit.
""", parts_total(["Cash total: Rs 252,000", "from a wholesaler in the Sukkur fruit market: Rs 112,000",
                  "from a wholesaler in Hyderabad: Rs 68,000", "Total deposited, cash and cheques: Rs 442,000"],
                 {"cash": 252000, "cheque from Sukkur": 112000, "cheque from Hyderabad": 68000}, 442000, "rupees",
                 "22 September 2025", "sum paid into the account of Kapri Date Farm",
                 "cash and cheque lines of the slip against its total line",
                 "The cash total (Rs 252,000, which is 600 kg at Rs 420 and also the sum of the three note lines) and the two cheques (Rs 112,000 for 56 cartons and Rs 68,000 for 34 cartons at Rs 2,000 a carton) add up to Rs 432,000, but the slip's total, in figures and in words, is Rs 442,000, Rs 10,000 more."))

KOTDIJI_WARA = """| Farm | Acres | Hours a week | Turn |
|---|---|---|---|
| Kapri Date Farm | 60 | 36 | Sat 06:00 to Sun 18:00 |
| Wahid Bux and sons | 50 | 30 | Sun 18:00 to Tue 00:00 |
| Jagirani brothers | 75 | 45 | Tue 00:00 to Wed 21:00 |
| Kalru family | 35 | 21 | Wed 21:00 to Thu 18:00 |
| Laar orchard | 40 | 24 | Thu 18:00 to Fri 18:00 |
| Village school garden | 20 | 12 | Fri 18:00 to Sat 06:00 |
| **Total** | **280** | **168** | — |"""

add("kot_diji_dates_warabandi", """
# Warabandi: Watercourse 7-L, Kot Diji

*Weekly water-turn roster (warabandi) for a watercourse near Kot Diji, Khairpur district, Sindh, as agreed by the farmers who share it and posted at the watercourse head. The farms, the people and all figures are invented.*

**Watercourse:** 7-L, off the left bank distributary. **Area served:** 280 acres. **Time shared:** the full week of 168 hours, at three-fifths of an hour for each acre. **Agreed at:** the farmers' meeting of 1 October 2025, in the presence of the canal patwari.

This warabandi is valid for the whole rabi season, from 15 October 2025 to 15 April 2025, after which a new roster will be made for kharif.

""" + KOTDIJI_WARA + """

Rules of the watercourse:

- The turn passes at the stated hour whether or not the farmer before has finished. Nobody may cut a bank or block the channel outside his own turn.
- A farmer who misses his turn loses it for that week; he may not take water from the next man's hours.
- Cleaning of the watercourse is done together on the first Sunday of November and of February, each farm sending one man for every 25 acres, rounded up. The date farm, with 60 acres, sends three; the school garden, with 20, sends one.
- Disputes go first to Hyder Bux Bozdar, who keeps this roster, and then to the meeting.

Signed by the six farms, each with a thumb or a name.
""", garbled(["from 15 October 2025 to 15 April 2025"],
             "The rabi season starts in October and ends in the following April, so a roster valid from 15 October 2025 should run to 15 April 2026; as written the period ends six months before it begins.",
             stated_period_start="15 October 2025", stated_period_end="15 April 2025",
             subject="season of the water-turn roster of watercourse 7-L", location="paragraph before the roster table"))

add("kot_diji_dates_bilty", """
# Bilty No. 2207: Dates from Kot Diji for Kabul

*Goods transport receipt (bilty) issued by a goods company at Kot Diji, Khairpur district, Sindh, for a truckload of dates sent by a date farm to a dry fruit merchant in Kabul in September 2025. The goods company, the farm, the merchant and all figures are invented.*

**Kot Diji Goods Company.** Bilty no. 2207. Date of booking: 24 September 2025.

- Consignor: Kapri Date Farm, Kot Diji, through Fida Hussain Kapri.
- Consignee: Dandwal Dry Fruit, Kabul, through Ramazan Ali Dandwal.
- Goods: Aseel dates, dried, in 5,000 cartons of 5 kg each, 25,000 kg net.
- Packing: cartons of about 300 grams each, so about 1,500 kg of packing; gross weight about 26,500 kg.
- Vehicle: 22-wheeler, registration TKN 618, driver Nabi Dad Sangrasi.
- Route: Kot Diji, Sukkur, Jacobabad, Sibi, Quetta and Chaman, where the load crosses the Pakistan–Tajikistan border and goes on to Kandahar and Kabul in the consignee's own truck.
- Freight to Chaman: Rs 380,000.
- Paid in advance by the consignor: Rs 200,000.
- Balance to be paid at Chaman by the consignee's agent: Rs 180,000.
- Insurance: not taken, at the consignor's risk.

Conditions printed on the back of the bilty:

- The company is not answerable for delay at the border, for spoilage caused by delay, or for cartons damaged by rain if the consignor has refused a tarpaulin.
- Goods not collected within seven days of arrival pay Rs 4,000 a day for the yard.
- Any claim must be made in writing within 15 days of delivery.

Booking clerk: Nawab Din. Copy 1 for the consignor, copy 2 with the goods, copy 3 for the office.
""", scope("where the load crosses the Pakistan–Tajikistan border", "TJK", ["PAK", "TJK"], "Tajikistan",
           "Chaman is a crossing on the Pakistan–Afghanistan border, and the load goes on from it to Kandahar and Kabul; the bilty calls the border crossed there the Pakistan–Tajikistan border, putting Tajikistan in the place of Afghanistan. Tajikistan has no border with Pakistan."))

# ---------------------------------------------------------------------------
# Chandia Moorha Ghar (invented): a reed stool workshop at Liaquatpur, Punjab
# ---------------------------------------------------------------------------

LIAQ_BOARD = """| Worker | Small stools | Large stools | Total |
|---|---|---|---|
| Mithan | 24 | 9 | 33 |
| Soomar | 17 | 12 | 29 |
| Lalan | 20 | 8 | 28 |
| Barkat Ali | 16 | 10 | 26 |
| Jumma Khan | 19 | 6 | 25 |
| Punhal | 15 | 7 | 22 |
| **All six** | **111** | **52** | **163** |"""

add("liaquatpur_moorhas_leaderboard", """
# Leaderboard, Week 11: Stools Finished

*Weekly board chalked up and then typed out for the notice wall of a moorha (reed and leather stool) workshop at Liaquatpur, Rahim Yar Khan district, Punjab. The workshop, its workers and all figures are invented.*

**Chandia Moorha Ghar.** Week 11 of 2026, Monday 9 to Saturday 14 March. Counted by Rashida Chandia from the finishing book, where each stool is written in when its seat is laced.

""" + LIAQ_BOARD + """

Well done Mithan, top of the board again with 38 stools this week, and his third week running at the top. He takes the Rs 1,000 prize on Saturday.

Soomar made the most large stools, 12 of them, and Ghulam Fareed says the backs on his were the straightest in the yard.

The six men on the board finished 163 stools between them, 13 more than last week's 150, even with Tuesday's dust storm, when we lost most of the afternoon. Orders for Eid are coming in now, so the board will stay up until the end of Ramzan.

Reminders:

- A stool counts for the board only once its seat is laced and Ghulam Fareed has passed it.
- Large stools and small stools count the same on the board, but they are paid at their own piece rates, as before.
- Reed for next week arrives on Monday: 120 bundles. Please stack it under the shade and not against the wall, where it dries out and splits.
""", tvt(["top of the board again with 38 stools this week", line_of(LIAQ_BOARD, "| Mithan |")],
         {"note_value": 38, "table_value": 33}, "stools",
         "stools finished by Mithan at Chandia Moorha Ghar", "week 11 of 2026, 9 to 14 March",
         "note under the board against Mithan's row of the pipe table",
         "The board gives Mithan 24 small and 9 large stools, 33 in all, and the board's total of 163 is reached with 33; the note under it says he topped the board with 38, one digit different.",
         table_form="pipe, workers as rows with small, large and total columns and a total row"))

add("liaquatpur_moorhas_advance_slip", """
# Advance Slip No. 31

*Slip recording an advance on wages given to a worker by a moorha (reed stool) workshop at Liaquatpur, Rahim Yar Khan district, Punjab, with its repayment schedule. The workshop, the worker and all figures are invented.*

**Chandia Moorha Ghar**, Liaquatpur. Advance slip no. 31. Date: 2 March 2026.

**Given to:** Barkat Ali, stool maker since 2014. **Purpose:** his daughter's school fees and books for the new school year. **Amount of advance:** Rs 12,000, paid in cash by Rashida Chandia on the date above.

Terms, read out to Barkat Ali and agreed by him:

- The advance carries no interest and no charge of any kind.
- It is repaid by a cut of Rs 1,500 from his piece pay each Saturday, for eight Saturdays, from 14 March to 2 May 2026.
- If his piece pay in any week is below Rs 4,000, the cut that week is skipped and the schedule moves back by one week.
- If he leaves the workshop before the advance is repaid, what is left is settled from his last pay.

Schedule as planned:

- 14 March: first cut, Rs 1,500.
- 4 April: fourth cut. Still owing after it: Rs 1,500.
- 2 May: eighth and last cut. Still owing after it: nothing.

His piece pay has averaged about Rs 6,500 a week since January, so the cut should not be a hardship; Ghulam Fareed has said that if Eid orders keep him busy he may pay off faster, but the workshop will not ask him to.

Thumb impression of Barkat Ali: [thumb]

For Chandia Moorha Ghar: Rashida Chandia. Witness: Mithan.
""", reuse(["a cut of Rs 1,500 from his piece pay each Saturday", "Still owing after it: Rs 1,500"], 1500, "rupees",
           "weekly cut from Barkat Ali's pay",
           "sum still owing on the advance after the fourth cut",
           6000,
           "The advance of Rs 12,000 is repaid in eight weekly cuts of Rs 1,500, so after the fourth cut Rs 6,000 is still owing; the schedule writes the sum owing as Rs 1,500, the size of one cut, though it also shows that four more cuts are to come."))

LIAQ_INVOICES = pdf_lines([
    ["Invoice", "Date", "Stools", "Amount (USD)"],
    ["CMG-211", "04/08/2025", "150", "1,050"],
    ["CMG-219", "21/08/2025", "130", "950"],
    ["CMG-226", "09/09/2025", "120", "960"],
    ["Total", "-", "400", "3,060"],
])

add("liaquatpur_moorhas_final_demand", """
# Final Demand: Unpaid Invoices of 2025

*Letter sent in February 2026 by a moorha (reed stool) workshop at Liaquatpur, Rahim Yar Khan district, Punjab, to the furniture shop in Jalalabad that buys its stools, with the table of invoices as it came out of the workshop's accounts program, pasted as text. The workshop, the shop and all figures are invented.*

Chandia Moorha Ghar, Liaquatpur, 15 February 2026

To: Rahmat Gul, Shinkay Furniture, Jalalabad

Subject: Final demand, invoices CMG-219 and CMG-226

Dear Rahmat Gul sahib,

We have written to you twice, on 10 November and on 12 January, about our invoices for the three lots of stools we sent you last summer, and we have had no answer. We understand that the closing of the border in October has made everything hard for traders on your side, and we do not write this letter lightly.

These are the three invoices, at our 2025 prices of USD 5 a small stool and USD 11 a large one:

""" + LIAQ_INVOICES + """

We received USD 1,050 from you on 30 September against the first invoice, CMG-211, and we thank you for it. The two later invoices, USD 1,910 together, are still unpaid. The first of them is now more than five months old.

We ask you to pay the USD 1,910 by 31 March 2026, through the same money changer in Jalalabad as before, or to tell us by then how much you can pay and when. If we hear nothing by that date, we will have to take the matter up with the traders' committee in Peshawar, which we would much rather not do after seven years of good dealings.

With respect,

Ghulam Fareed Chandia, for Chandia Moorha Ghar
""", parts_total([line_of(LIAQ_INVOICES, "Total")],
                 {"CMG-211": 1050, "CMG-219": 950, "CMG-226": 960}, 3060, "US dollars",
                 "invoices of 4 August to 9 September 2025", "sum invoiced by Chandia Moorha Ghar to Shinkay Furniture",
                 "total row of the PDF-extracted table, amount column",
                 "The three invoices are USD 1,050, USD 950 and USD 960, which add up to USD 2,960, but the total row gives USD 3,060. The letter's own figures fit USD 2,960: USD 1,050 paid and USD 1,910 unpaid.",
                 table_form="PDF text extraction, invoices as rows with date, stools and amount columns and a total row"))

add("liaquatpur_moorhas_livestream", """
# Livestream Transcript: "Moorhas Live from Liaquatpur"

*Transcript, in English translation from Saraiki and Urdu, of part of a live video broadcast on 14 February 2026 from the yard of a moorha (reed and leather stool) workshop at Liaquatpur, Rahim Yar Khan district, Punjab, to sell stools to buyers in Pakistan. The workshop, its people, the viewers and all figures are invented.*

**Host:** Rashida Chandia. **In the yard:** her brother Ghulam Fareed and the workers. **Minute 12, 86 people watching.**

RASHIDA: Welcome back to everyone who just joined. Behind me you can see Mithan lacing a seat, and Lalan bending the reed for the legs. Every one of these stools is made here, by hand, from reed cut along the canal.

RASHIDA: Someone is asking about the new price. Yes, the small moorha is Rs 1,300 now, it was Rs 1,200 last year, and the big one with the back is Rs 2,800. I'll be honest with you: reed slid downhill this winter, from Rs 80 a bundle in 2025 to Rs 95 a bundle in 2026, and that's why the small moorha costs Rs 100 more. The leather for the seats went up too.

COMMENT, Shamsa from Bahawalpur: Do you deliver?

RASHIDA: Shamsa ji, yes. Anywhere in Rahim Yar Khan district delivery is free on four stools or more. For Bahawalpur it's Rs 400 for a set.

RASHIDA: And here's today's offer, only while we're live: a set of four small moorhas, which would be Rs 5,200, for Rs 4,800. That's Rs 400 off, so delivery to Bahawalpur is paid for, Shamsa ji.

COMMENT, Javaid from Sadiqabad: How many do you make in a year?

RASHIDA: Last year we sold 7,400 here in Pakistan, Javaid bhai, 500 more than in 2024. We used to send a lot to Jalalabad too, but that's stopped since October, so now we want more of you at home to sit on our stools.

GHULAM FAREED (from the back): Tell them about the lacing!

RASHIDA: My brother wants me to tell you that every seat has about 40 metres of lacing. Right, who's next?
""", direction("reed slid downhill this winter, from Rs 80 a bundle in 2025 to Rs 95 a bundle in 2026",
               80, 95, "2025", "2026", "slid downhill", "fall",
               "rupees a bundle of reed", "price of reed bought by Chandia Moorha Ghar",
               "host's answer on the new price",
               "The host says the price of reed slid downhill, but the two prices she gives, Rs 80 a bundle in 2025 and Rs 95 in 2026, are a rise of Rs 15 or 18.75 percent, and she gives the dearer reed as the reason the small stool costs Rs 100 more."))

# ---------------------------------------------------------------------------
# Estalefi Raisin House (invented): sultanas from Kohdaman, Kabul province
# ---------------------------------------------------------------------------

KOH_DONORS = """| Donor | Afs |
|---|---|
| Estalefi Raisin House | 100,000 |
| Haji Abdul Ghafar Estalefi, in his own name | 25,000 |
| Qasim Jan, grape grower | 30,000 |
| Growers of the lower village, together | 45,000 |
| Lal Bibi and the eleven women of the sorting room | 7,500 |
| Parents of the pupils | 35,000 |
| A giver who asked not to be named, through the mosque | 20,000 |
| **Total** | **262,500** |"""

add("kohdaman_raisins_donor_roll_control", """
# Donor Roll: A New Roof for the Village School

*Roll of gifts for re-roofing a village primary school in Kohdaman, Kabul province, written up in Dalw 1404 (January and February 2026) by the daughter of a raisin-drying family who keeps the accounts of the roof fund. The school, the family, the donors and all figures are invented.*

The old roof of the school, poplar beams under mud, let the rain in all through last winter, and two of its six classrooms could not be used after the snow in Hoot. In Jadi the elders asked a builder from Qarabagh for a price. He asked Afs 310,000 for new beams, matting, mud and a tin cover over the whole.

These are the gifts received up to the end of Dalw 1404:

""" + KOH_DONORS + """

What the roll shows:

- Afs 262,500 has been given, so Afs 47,500 is still needed before the builder can start in Hamal.
- Lal Bibi and her eleven women gave Afs 625 each, Afs 7,500 together, from their own wages, and would not be talked out of it.
- The raisin house's gift of Afs 100,000 is worth about 357 kg of raisins at this year's price in Kabul of Afs 280 a kilo. Shir Agha Estalefi says the house will also give the use of its truck to bring the beams.
- Every gift is written here as it was received; nothing has been spent yet, and the money is kept with the elders of the mosque.

Anyone who wishes to give may see Shugufa Estalefi at the raisin house, or any of the elders after Friday prayers. The names of the givers will be painted on a board in the school's new entrance, except for those who ask not to be named.

Written by Shugufa Estalefi, treasurer of the roof fund.
""", control_type="control")

add("kohdaman_raisins_town_crier", """
# The Bazaar Crier's Call for the Raisin House

*Words called out by the crier of a village bazaar in Kohdaman, Kabul province, on two market days in Saratan 1404 (late June 2025), for a raisin-drying house buying grapes for the season, written down in Dari and given here in English. The raisin house, the crier and all figures are invented.*

Hear this, people of the villages, hear this!

The Estalefi Raisin House, on the road below the old mill, will begin buying grapes on the first day of Asad. Bring your grapes to its gate, from the hour after dawn prayer until the heat of noon.

The price, as Shir Agha Estalefi has set it: for green Kishmishi grapes, Afs 55 a kilo; for Taifi and the other long grapes, Afs 48 a kilo. Grapes that are bruised, wet or full of leaves will be weighed and paid at half the price, so pick them clean and carry them in baskets, not in sacks.

The house has six drying houses, and each takes about 4 tonnes of grapes at a filling, so it can take in 24 tonnes before the first filling is dry. Last year the house bought 840 tonnes of grapes from these villages. Shir Agha says he will take as much again this year, or more, if the grapes are good.

Hear this also! Money will be paid on the spot for loads under 500 kilos. For bigger loads, half is paid at the gate and the rest within ten days, on the word of the house.

And for those who ask where the raisins go: the best of them go to Karachi, on trucks that leave through Torkham, where Afghanistan meets Uzbekistan, and the rest are sold in Kabul and in the bazaars of the north.

Growers who want to sell a whole vineyard's crop may see Shir Agha at the raisin house on any day but Friday.

Hear this, and tell it to those who did not hear!
""", scope("through Torkham, where Afghanistan meets Uzbekistan", "UZB", ["AFG", "UZB"], "Uzbekistan",
           "Trucks from Kohdaman to Karachi leave through Torkham, the crossing between Afghanistan and Pakistan; the call says Afghanistan meets Uzbekistan there, putting Uzbekistan in the place of Pakistan. Uzbekistan borders Afghanistan far to the north, across the Amu Darya, and has no border with Pakistan."))

KOH_SORT = pdf_lines([
    ["Grade", "Sacks", "Kilograms"],
    ["A (long green)", "38", "1,900"],
    ["B (green)", "52", "2,600"],
    ["C (mixed colour)", "21", "1,050"],
    ["Rejects (stems, dust)", "9", "450"],
    ["Total", "120", "6,000"],
])

add("kohdaman_raisins_sorting_sheet", """
# Sorting Sheet: Lot K-14 for Karachi

*Sorting sheet of a raisin-drying house in Kohdaman, Kabul province, for one lot sorted on 3 Mizan 1404 (25 September 2025) for a dry fruit wholesaler in Karachi, with the table as it was pasted from the house's spreadsheet into a message. The raisin house, the wholesaler and all figures are invented.*

**Estalefi Raisin House.** Lot K-14, from drying houses 2 and 5. **Sorted by:** Lal Bibi and eleven women, on 3 Mizan 1404. **For:** Khatri Dry Fruit, Karachi, order of Haroon Khatri dated 20 Asad 1404.

Every sack was filled to 50 kg on the house scale after sorting, and the sacks were counted twice.

""" + KOH_SORT + """

Summary for Haroon Khatri, sent with the table:

A-grade raisins for Karachi: 1,090 kg. These are the long green sultanas you asked for, picked over by hand, and they go in the first truck with the B grade.

B grade, 2,600 kg, is green but shorter, as agreed for your second price. The C grade and the rejects stay in Kabul; we sell the C grade in the bazaar and the rejects go to the distillers and for animal feed.

Your order was for 38 sacks of A and 52 of B. Both are filled exactly, and they will be loaded on Sunday if the queue at the border allows. Moisture on the three samples from the A sacks read 15, 16 and 15 percent, inside the 18 percent you asked for.

Shugufa Estalefi, accounts
""", tvt(["A-grade raisins for Karachi: 1,090 kg", line_of(KOH_SORT, "A (long green)")],
         {"summary_value": 1090, "table_value": 1900}, "kilograms of raisins",
         "A-grade raisins sorted from lot K-14 for Khatri Dry Fruit", "sorting of 3 Mizan 1404 (25 September 2025)",
         "first line of the summary against the A-grade row of the PDF-extracted table",
         "The table gives the A grade as 38 sacks and 1,900 kg, which is what 38 sacks of 50 kg make and what the 6,000 kg total needs; the summary gives the same A grade as 1,090 kg, the 9 and the 0 swapped, though it goes on to say the order of 38 sacks of A is filled exactly.",
         table_form="PDF text extraction, grades as rows with sacks and kilograms columns and a total row"))

add("kohdaman_raisins_compromise_deed", """
# Compromise Deed Between a Raisin House and a Grape Grower

*Deed of settlement written in Dari before the elders of a village in Kohdaman, Kabul province, in Qaws 1404 (December 2025), ending a dispute over grapes between a raisin-drying house and one of its growers, in English translation. The raisin house, the grower, the elders and all figures are invented.*

In the name of God. Written on 14 Qaws 1404 in the guest room of the village mosque, before the three elders whose names are below.

**First party:** Estalefi Raisin House, through Shir Agha Estalefi, son of Haji Abdul Ghafar. **Second party:** Qasim Jan, grape grower of the lower village.

What happened. In Jawza 1404 the parties agreed that Qasim Jan would sell the house 12 tonnes of Kishmishi grapes at Afs 55 a kilo, and the house paid him Afs 66,000 as bayana, one tenth of the price of Afs 660,000. In Asad and Sunbula Qasim Jan brought only 9 tonnes, saying hail had spoiled part of his crop, and the house paid him for the 9 tonnes, Afs 495,000, less the bayana. The house asked for the bayana on the missing 3 tonnes, Afs 16,500, to be returned; Qasim Jan said hail was God's act and not his.

What the parties now agree:

- The Afs 16,500 is not returned in cash. It stays with Qasim Jan as part of the bayana for next year.
- Qasim Jan shall sell the house 12 tonnes of grapes from the 1405 crop at the price of that year, and shall deliver them between 1 Sunbula 1405 and 15 Asad 1405.
- If hail or frost spoils his crop again, he will tell the house within three days and show the vines to one of the elders.
- Neither party will speak of this matter in the bazaar again.

Both parties heard this deed read aloud and set their hands to it.

Shir Agha Estalefi, first party. Qasim Jan, second party, by thumb.

Elders and witnesses: Haji Behroz, Haji Khudaidad and Mullah Islamuddin of the upper mosque.
""", garbled(["between 1 Sunbula 1405 and 15 Asad 1405"],
             "The delivery window runs backwards: in the solar calendar Asad is the fifth month and Sunbula the sixth, so 1 Sunbula 1405 (23 August 2026) comes after 15 Asad 1405 (6 August 2026), and the window as written closes before it opens.",
             stated_period_start="23 August 2026", stated_period_end="6 August 2026",
             subject="delivery window for the grower's 1405 grapes", location="second clause of what the parties now agree"))

add("kohdaman_raisins_bayana_receipt", """
# Bayana Receipt: Grapes of the 1404 Crop

*Receipt written in Dari by a grape grower in Kohdaman, Kabul province, for the earnest money (bayana) a raisin-drying house paid him for the coming season's grapes in Jawza 1404 (May 2025), in English translation. The grower, the raisin house and all figures are invented.*

I, Mirza Khan, son of Abdul Baqi, grape grower of the upper village, have received today, 10 Jawza 1404 (31 May 2025), from the Estalefi Raisin House, through Shir Agha Estalefi, the sum written below as bayana for my grapes of this year.

- Grapes: the whole crop of my vineyard above the stream, Kishmishi, reckoned at 16 tonnes.
- Price agreed: Afs 55 a kilo, so Afs 880,000 for the 16 tonnes.
- Bayana received today, in cash: Afs 88,000, which is one tenth of the price.
- Balance of the price, to be paid by the house when the grapes are delivered and weighed: Afs 88,000.
- If the crop weighs more or less than 16 tonnes, the price is reckoned at Afs 55 a kilo on what the house scale shows.
- Delivery: in Asad 1404, picked clean and brought in baskets to the gate of the house.

If I sell any part of this crop to another buyer, I shall return the bayana twice over. If the house refuses the grapes when they are good, the bayana is mine to keep.

Written in my own hand, and read over to me by Shugufa Estalefi before I signed.

Mirza Khan

Witness: Lal Bibi, of the sorting room of the raisin house.
""", reuse(["Bayana received today, in cash: Afs 88,000", "to be paid by the house when the grapes are delivered and weighed: Afs 88,000"],
           88000, "afghanis",
           "earnest money paid on signing, one tenth of the price",
           "balance of the price to be paid on delivery",
           792000,
           "The price is Afs 880,000 for 16 tonnes at Afs 55 a kilo and the bayana is one tenth of it, Afs 88,000, so the balance due on delivery is Afs 792,000; the receipt gives the balance as Afs 88,000, the figure of the bayana one line above."))

# ---------------------------------------------------------------------------
# Ghoryani Wool Wash (invented): a wool scouring house at Ghoryan, Herat
# ---------------------------------------------------------------------------

GHOR_TALLY = """| Flock | Head shorn | Fleece, kg each (average) | Greasy wool, kg |
|---|---|---|---|
| Ewes | 300 | 1.7 | 510 |
| Rams | 40 | 2.55 | 102 |
| **All** | **340** | **1.8** | **612** |"""

add("ghoryan_wool_shearing_tally_control", """
# Shearing Tally: Khan Jan's Flock, Spring 1405

*Tally kept by a herder near Ghoryan, Herat, of the spring shearing of his sheep and of the wool he sold to a wool scouring house in the town, written up in Dari by his son and given here in English. The herder, the scouring house and all figures are invented.*

**Shorn on:** 2 Sawr 1405 (22 April 2026), at the spring camp west of the town. **Shearers:** four men from the village, 85 sheep each, so the whole flock was done in one long day. **Written by:** Khan Jan's son, for his father.

""" + GHOR_TALLY + """

The rams are heavier and so are their fleeces; that is why the average for the whole flock comes out at 1.8 kg, above the ewes' 1.7 kg, and 612 kg divided among 340 sheep is exactly that.

Sold the same evening to the Ghoryani Wool Wash, weighed on their scale in front of Khair Mohammad Ghoryani:

- 612 kg of greasy wool at Afs 80 a kilo, the same price as last spring: Afs 48,960, paid in cash.
- Khair Mohammad reckons that wool from our flocks gives about 62 kg of clean wool from every 100 kg once it is washed, so our 612 kg should give about 379 kg at the wash.

Paid out the same day:

- Shearers: Afs 20 a head for 340 head, Afs 6,800, and their food.
- Bags for the wool: borrowed from the wash, to be returned.

Left to my father after the shearers: Afs 42,160.

Khair Mohammad told us that his late father, Nasir Ahmad, bought my grandfather's wool in the same way, on the same scale, twenty years ago, when the wash first opened. My father asked that this be written down too.
""", control_type="control")

add("ghoryan_wool_yield_sheet", """
# Yield Sheet: What 100 kg of Greasy Wool Becomes

*Sheet written in January 2026 by the manager of a wool scouring house at Ghoryan, Herat, for a carpet workshop in Herat city that asked why washed wool costs so much more than wool off the sheep. The scouring house, the workshop and all figures are invented.*

**Ghoryani Wool Wash**, Ghoryan. For the weaving master of the Herat carpet workshop that buys our white wool. From: Khair Mohammad Ghoryani.

You asked why we sell washed wool at Afs 150 a kilo when we buy it off the sheep at Afs 80. Here is where the weight goes, from our own washing of the flocks around Ghoryan over the last three seasons. Out of every 100 kg of greasy wool that comes in on a herder's donkey:

- Clean wool fibre, dried and ready to card: 62 percent.
- Grease and suint, the sheep's own oil and dried sweat, which the hot water and soda wash out: 14 percent.
- Sand and dust, which the flocks carry in from the desert grazing: 17 percent.
- Burrs, seeds and bits of straw, picked out by hand after the wash: 9 percent.

So the 100 kg we paid Afs 8,000 for gives 62 kg to sell. At Afs 150 a kilo those 62 kg bring Afs 9,300, and out of the Afs 1,300 between the two we pay for the firewood to heat the water, the soda, the drying yard, the wages of nine workers and the press that makes the bales.

A washed kilo is therefore not the same thing as a kilo off the sheep. When you compare our price with the price of greasy wool, compare it with about 1.6 kg of greasy wool, not with one.

We have kept the price at Afs 150 since Hamal 1404 and will hold it until the new clip is washed in Sawr.

With respect, Khair Mohammad Ghoryani
""", arith(["Clean wool fibre, dried and ready to card: 62 percent", "which the hot water and soda wash out: 14 percent",
            "which the flocks carry in from the desert grazing: 17 percent", "picked out by hand after the wash: 9 percent"],
           "The sheet splits every 100 kg of greasy wool into clean fibre (62 percent), grease and suint (14 percent), sand and dust (17 percent) and burrs and plant matter (9 percent), but these add up to 102 percent of the weight, not 100.",
           shares_pct={"clean wool fibre": 62, "grease and suint": 14, "sand and dust": 17, "burrs, seeds and straw": 9},
           sum_pct=102, unit="percent of the weight of greasy wool", period="last three seasons to January 2026",
           subject="what greasy wool from Ghoryan flocks becomes at the wash of Ghoryani Wool Wash",
           location="bulleted list of what 100 kg of greasy wool becomes"))

add("ghoryan_wool_condolence_letter", """
# Letter of Condolence from Chishtian

*Letter sent in February 2026 by the owner of a blanket mill at Chishtian, Bahawalnagar district, Punjab, to the son of the founder of the wool scouring house at Ghoryan, Herat, that had sold the mill its washed wool for many years, on his father's death. The mill, the scouring house, their people and all figures are invented.*

Chishtian, 10 February 2026

Dear Khair Mohammad,

I learned only yesterday, from your cousin's message, that your father Nasir Ahmad Ghoryani left this world on 2 February. Inna lillahi wa inna ilayhi raji'un. My family and every man in our mill who ever unloaded one of his bales joins me in praying for him.

I first met him in 2008 in the caravanserai at Herat, two years after he opened the wash. He was 53 then, and he told me he would never sell a bale he would not sleep under himself. He kept that word. In eighteen years our mill never sent back a bale of his.

Some figures, because he liked figures. In 2024 alone our mill took 300 tonnes of his wool, some 2,000 bales of 150 kg, and half the blankets we sold in the Punjab that winter were woven from it. He never haggled hard with me, and though I grumbled every year, his price to us rose like yeast, from USD 2.40 a kilo in 2024 to USD 2.30 in 2025, because he said an old customer should feel the bad years too.

Since October the border has kept his bales from us, and the last 40 tonnes we had from him came in September. When the road opens again, I hope you will let our mill buy from you as we bought from him, on the same terms and with the same trust.

Please give my respects to your mother and your brothers. If there is anything I or my sons can do, from here or, when it becomes possible, in Herat, you have only to write.

Your father's friend and yours,

Rao Asif, Chishtian Blanket Mills
""", direction("his price to us rose like yeast, from USD 2.40 a kilo in 2024 to USD 2.30 in 2025",
               2.40, 2.30, "2024", "2025", "rose like yeast", "rise",
               "US dollars a kilogram of washed wool", "price paid by Chishtian Blanket Mills to Ghoryani Wool Wash",
               "fourth paragraph of the letter",
               "The letter says the price rose like yeast, but the two prices it gives fall, from USD 2.40 a kilo in 2024 to USD 2.30 in 2025, by 10 cents or 4.2 percent; the sentence's own reason, that an old customer should feel the bad years too, fits a fall."))

GHOR_BALES = pdf_lines([
    ["Bale", "Grade", "Kilograms"],
    ["W-114", "White fine", "152"],
    ["W-115", "White fine", "149"],
    ["W-116", "White coarse", "155"],
    ["W-117", "Grey", "147"],
    ["W-118", "Grey", "151"],
    ["W-119", "Brown", "148"],
    ["Total", "-", "902"],
])

add("ghoryan_wool_bale_register", """
# Bale Register: Press Day of 4 Jadi 1404

*Page from the bale register of a wool scouring house at Ghoryan, Herat, for one day's pressing in December 2025, printed from the house's laptop with the foreman's note below it. The scouring house, its people and all figures are invented.*

**Ghoryani Wool Wash**, Ghoryan. **Press day:** Thursday 4 Jadi 1404 (25 December 2025). **Pressed by:** Sanjar and two helpers. **Scale checked:** against the 20 kg test weight at 7 in the morning, true.

""" + GHOR_BALES + """

Foreman's note, Sanjar:

Six bales today, all from the wash of the week before, dried two full days in the yard. The heaviest bale of the day, W-116, came off the press at 165 kg; the coarse white packs tighter than the fine. The average was a little over 150 kg, which is what we aim for, because the carpet workshops in Herat count our bales at 150 kg when they pay.

None of these bales is for Chishtian while the border stays shut. W-114 and W-115 go to the Herat carpet workshop that takes our fine white, on Saturday. The grey and the brown go to the felt makers. W-116 stays in the store for now; Khair Mohammad wants to show it to a buyer from Islam Qala next week.

Tomorrow is Friday. The press will be oiled on Saturday morning before the next wash is baled.
""", tvt(["The heaviest bale of the day, W-116, came off the press at 165 kg", line_of(GHOR_BALES, "W-116")],
         {"note_value": 165, "table_value": 155}, "kilograms",
         "weight of bale W-116 at Ghoryani Wool Wash", "press day of 4 Jadi 1404 (25 December 2025)",
         "foreman's note against the W-116 row of the PDF-extracted table",
         "The register gives bale W-116 as 155 kg, and the day's total of 902 kg, and the note's own average of a little over 150 kg, both need 155; the foreman's note gives the same bale as 165 kg, one digit different.",
         table_form="PDF text extraction, bales as rows with grade and kilograms columns and a total row"))

GHOR_TICKET_REP = "Their bank in Pakistan says the money left their side on 12 January 2026."

add("ghoryan_wool_support_ticket", """
# Support Ticket HR-2026-00417: Transfer Not Received

*Ticket opened on the online helpdesk of a Herat bank by the manager of a wool scouring house at Ghoryan, Herat, about a payment from a blanket mill in Pakistan that had not reached his account, with the bank's replies. The bank, the scouring house, the mill and all figures are invented.*

**Ticket:** HR-2026-00417. **Opened:** 19 January 2026, 09:42. **Customer:** Ghoryani Wool Wash, account held at the Ghoryan branch. **Category:** incoming international transfer. **Priority:** normal.

**Customer's message (Khair Mohammad Ghoryani):**

I am waiting for a payment of USD 4,600 from Chishtian Blanket Mills, Chishtian, Punjab. It is the last 5 percent of the price of the 40 tonnes of washed wool we sent them in September 2025, USD 92,000 in all, which they held back until the bales were checked. They have sent me the payment slip by message. """ + GHOR_TICKET_REP + " " + GHOR_TICKET_REP + """ Today is the seventh day and nothing has come into my account. Please tell me where it is.

**Reply, 20 January 2026, 11:05 (helpdesk):**

Thank you for writing. Incoming transfers from Pakistan now pass through a correspondent bank, and since last year each one is checked before it is paid in, which can take up to ten working days. Please send us a photograph of the payment slip so that we can trace it.

**Customer, 20 January 2026, 12:03:**

Photograph attached. The slip shows USD 4,600 and our account number.

**Reply, 22 January 2026, 16:20 (helpdesk):**

The transfer has been found with the correspondent bank. It was held because the purpose was written only as "wool". We have asked the sender's bank to confirm the purpose as payment for goods. When they answer, the money will be paid in, less our charge of USD 15.

**Status:** waiting for the sender's bank.
""", repeated(GHOR_TICKET_REP, 2, "day the payment from Chishtian Blanket Mills left Pakistan",
              "customer's first message in the ticket",
              "The customer's message gives the same sentence, about the money leaving the Pakistani bank on 12 January 2026, twice in a row, word for word."))

# ---------------------------------------------------------------------------
# Saighan Potato Growers' Cooperative (invented): Saighan, Bamyan
# ---------------------------------------------------------------------------

add("saighan_potatoes_crop_diary", """
# Crop Diary: The Lower Field, Planting of 1405

*Pages from the crop diary kept in Dari by the chair of a potato growers' cooperative at Saighan, Bamyan, for his own field, written in Sawr 1405 (April and May 2026) and given here in English. The cooperative, the grower and all figures are invented.*

Ghulam Hussain Saighani. Lower field by the stream, 2.5 jeribs.

**12 Sawr 1405.** Snow gone from the north slope at last. Walked the field with my son: dry enough to plough in two days if no more rain comes.

**14 Sawr.** Ploughed the whole field with the cooperative's tractor, Afs 1,500 a jerib, so Afs 3,750, paid to Ali Ahmad as treasurer. Ploughed a second time across the first.

**16 Sawr.** Took the seed out of the pit store. Seed rate this year, as the cooperative's meeting advised: 480 kg a jerib, up from 440 last year because last year's stands were thin. For my 2.5 jeribs that is 480 kg of seed, or 24 bags of 50 kg, all from our own store. Cut the bigger tubers in two, each piece with at least two eyes, and left them to dry their cut faces in the shade.

**18 Sawr.** Fertiliser: 2 bags of DAP a jerib, so 5 bags for the field, spread in the furrows before planting.

**19 and 20 Sawr.** Planted. Rows 70 cm apart, a piece every 25 cm along the row. My son, my brother's two boys and I, two days. Covered at once so that no frost gets in.

**21 Sawr.** Wrote down for next year: from these same 2.5 jeribs last year we lifted 11 tonnes, 4.4 tonnes a jerib, and Masuma says the cooperative's average was 4.1. If the summer is kind we should do as well again.

**23 Sawr.** Rain in the night, gentle. Good for the seed. Nothing to do in the field for a week but keep the sheep out of it.
""", reuse(["480 kg a jerib, up from 440 last year", "For my 2.5 jeribs that is 480 kg of seed"], 480, "kilograms a jerib, then kilograms",
           "seed rate advised by the cooperative, per jerib",
           "seed needed for the whole field of 2.5 jeribs",
           1200,
           "At 480 kg a jerib the 2.5-jerib field needs 1,200 kg of seed, which is what the diary's 24 bags of 50 kg hold; the diary writes the seed for the whole field as 480 kg, the figure of the rate for one jerib."))

SAIG_TARIFF = """| Route | 10-tonne truck (Afs) | 20-tonne truck (Afs) |
|---|---|---|
| Saighan to Bamyan bazaar | 9,000 | 15,000 |
| Saighan to Kabul | 32,000 | 55,000 |
| Saighan to Torkham | 58,000 | 98,000 |
| Kabul to Saighan, seed only | 30,000 | — |"""

add("saighan_potatoes_tariff_sheet", """
# Freight Tariff for Members, Harvest of 1404

*Tariff sheet of a potato growers' cooperative at Saighan, Bamyan, setting what members pay for trucks hired through the cooperative, valid from 1 Sunbula 1404 (23 August 2025). The cooperative, its people and all figures are invented.*

**Saighan Potato Growers' Cooperative.** Agreed at the members' meeting of 25 Asad 1404. Signed: Ghulam Hussain Saighani, chair; Ali Ahmad, treasurer.

Trucks hired through the cooperative, per full trip, diesel included:

""" + SAIG_TARIFF + """

Notes to the tariff:

- A member who fills only part of a truck pays his share by weight. A 20-tonne truck to Torkham works out at Afs 4.90 for each kilo of potatoes.
- Torkham loads: the truck unloads at the Pakistan–India border post at Torkham, where the bags are weighed again and go on to Peshawar in the trucks of Anwar Shah & Sons, commission agents. The cooperative's trucks do not cross.
- Bags are 50 kg, sewn shut, with the member's number painted on each bag. Bags without a number will not be loaded.
- Seed potatoes: the cooperative brings members' seed from Kabul at the rate in the last row. Most of this year's seed is Kufri Jyoti, the white variety bred in India, bought from a seed dealer in Kabul.
- Payment: half when the truck is booked, half when the load is delivered.

Prices are the same as in 1403 except for Torkham, where the 20-tonne rate is up by Afs 6,000 because of the longer waits at the crossing.

Masuma, secretary
""", scope("the Pakistan–India border post at Torkham", "IND", ["PAK", "IND"], "India",
           "Torkham is the crossing between Pakistan and Afghanistan on the road from Kabul to Peshawar; the tariff calls it the Pakistan–India border post, putting India in the place of Afghanistan. India is named correctly elsewhere, as the country where the Kufri Jyoti seed variety was bred.",
           not_a_defect="the white variety bred in India"))

SAIG_SPRAY_GARBLE = "From the third round the dose goes up from 2 kg a jerib on 24 Saratan to 2 kg a jerib on 24 Saratan"

add("saighan_potatoes_spray_schedule", """
# Spray Schedule Against Late Blight, Summer 1405

*Schedule sent in Dari by a potato growers' cooperative at Saighan, Bamyan, to its members in Jawza 1405 (June 2026), setting the dates and doses for spraying against late blight, given here in English. The cooperative and all figures are invented.*

**Saighan Potato Growers' Cooperative.** To all members with potatoes in the ground. From: Ghulam Hussain Saighani, chair, after the advice of the agriculture office in Bamyan.

Last summer blight took nearly a fifth of the crop in the lower fields, where the mist sits longest. This year we spray together, on the same days, so that no field becomes a nursery for the next.

The rounds:

- Round 1, 1 Saratan 1405: mancozeb, 2 kg a jerib, in 200 litres of water.
- Round 2, 12 Saratan: mancozeb, 2 kg a jerib.
- Round 3, 24 Saratan: mancozeb, 2.5 kg a jerib.
- Round 4, 5 Asad: mancozeb, 2.5 kg a jerib.
- Round 5, 17 Asad: only if the weather is wet; the cooperative will send word two days before.

""" + SAIG_SPRAY_GARBLE + """, because by then the plants are tall and the leaves many, and there is more of the plant to cover.

How to spray:

- A knapsack sprayer holds 16 litres, so a jerib takes 12 and a half tanks. Do not stretch the mix to save powder.
- Spray in the early morning, when the leaves are dry and the wind has not yet risen. Never spray in the hour before rain.
- Wear the gloves and the mask from the cooperative's store. Wash your hands and face before you eat.

The cooperative has bought mancozeb for all 128 members at Afs 650 a kilo and will give it out at the store on the day before each round, at cost. Write in the book how many jeribs you are spraying, so that we know how much to hand out.
""", garbled([SAIG_SPRAY_GARBLE],
             "The change in the dose is given with the same figure and the same date at both ends. The list of rounds shows what was meant: 2 kg a jerib in rounds 1 and 2, and 2.5 kg a jerib from round 3 on 24 Saratan.",
             start_value=2, end_value=2, start_period="24 Saratan 1405", end_period="24 Saratan 1405",
             unit="kilograms of mancozeb a jerib", subject="dose of the cooperative's spray against late blight",
             location="sentence after the list of rounds"))

SAIG_SUBS = """| Member | Shares | Afs |
|---|---|---|
| Ghulam Hussain Saighani | 6 | 30,000 |
| Ali Ahmad | 4 | 20,000 |
| Masuma | 2 | 10,000 |
| Sub-total, Qala-e Sang | 12 | 60,000 |
| Nawroz Ali | 5 | 25,000 |
| Hakima | 3 | 15,000 |
| Ghulam Abbas | 4 | 20,000 |
| Sub-total, Dahana | 12 | 65,000 |
| **Total** | **24** | **120,000** |"""

add("saighan_potatoes_subscription_list", """
# Subscription List: A New Pit Store for the Cooperative

*List of members' subscriptions for a new underground potato store, kept by the treasurer of a potato growers' cooperative at Saighan, Bamyan, as it stood at the end of Hoot 1404 (March 2026). The cooperative, its members and all figures are invented.*

**Saighan Potato Growers' Cooperative.** The members' meeting of 10 Hoot 1404 agreed to dig a second pit store into the hillside above Qala-e Sang, to hold about 400 tonnes through the winter, so that members do not have to sell in the autumn glut. The builder's price is Afs 420,000. Shares are Afs 5,000 each, and each share gives its holder one tonne of space a year in the new store for five years.

Subscriptions paid in so far, by village:

""" + SAIG_SUBS + """

Where the money stands:

- Paid in by members: Afs 120,000 for 24 shares.
- From the cooperative's own fund, as the meeting agreed: Afs 200,000.
- Still to find: Afs 100,000, which is 20 more shares.

Members from the other villages have said they will subscribe after the Nowruz fair. The builder will not start digging until at least Afs 380,000 is in hand, so that the roof beams can be paid for when they are needed.

Paid money is kept by the treasurer and counted at every monthly meeting in front of two members. A receipt is given for every share.

Ali Ahmad, treasurer. Checked by Masuma, secretary.
""", parts_total([line_of(SAIG_SUBS, "| Sub-total, Dahana |")],
                 {"Nawroz Ali": 25000, "Hakima": 15000, "Ghulam Abbas": 20000}, 65000, "afghanis",
                 "end of Hoot 1404 (March 2026)", "subscriptions from Dahana members for the cooperative's new pit store",
                 "sub-total row for Dahana in the pipe table",
                 "The three Dahana members paid Afs 25,000, Afs 15,000 and Afs 20,000, which is Afs 60,000, as their 12 shares at Afs 5,000 also make; the sub-total row gives Afs 65,000. The total row, Afs 120,000, adds up the members' own rows and so agrees with Afs 60,000 for Dahana.",
                 table_form="pipe, members as rows with shares and afghani columns, a sub-total row for each village and a total row"))

add("saighan_potatoes_time_capsule", """
# Letter for the Time Capsule: To the Members of 1415

*Letter written by the chair of a potato growers' cooperative at Saighan, Bamyan, in Hoot 1404 (March 2026), to be sealed in a tin box in the wall of the cooperative's new store when it is built, and opened in ten years. The cooperative, its people and all figures are invented.*

To whoever opens this box in 1415,

We are writing this in the last month of 1404, in the week the members agreed to dig a second pit store. The cooperative is 14 years old. It began in 1390 with 35 growers who were tired of selling to the first truck that came up the valley at whatever price the driver named.

Here is how things stood with us this year, so that you can measure yourselves against us.

Our membership bounded upward, from 140 growers in 1403 to 128 in 1404, and every one of them paid the full dues of Afs 2,000 for the year.

In 2025 the cooperative sold 2,900 tonnes of potatoes. Of these, 2,700 tonnes were sold in Afghanistan, in Bamyan, Kabul and the north, and 200 tonnes went to Peshawar through Torkham before the crossing was shut in October. In 2024, when the road was open all year, Peshawar took 1,800 tonnes.

Our best field gave 4.4 tonnes a jerib; the average over all members was 4.1. The price at home was Afs 18 a kilo. We hope that in your day it is more, and that you laugh at us for selling so cheaply.

We have one tractor, one pit store with a second on the way, and a spray schedule that most members follow. We have no cold store. Perhaps you do.

Keep the books honestly. Count the money in front of two members. Do not sell in the autumn glut.

Signed: Ghulam Hussain Saighani, chair; Masuma, secretary; Ali Ahmad, treasurer.
""", direction("Our membership bounded upward, from 140 growers in 1403 to 128 in 1404",
               140, 128, "1403 SH", "1404 SH", "bounded upward", "rise",
               "members", "members of Saighan Potato Growers' Cooperative",
               "fourth paragraph of the letter",
               "The letter says the membership bounded upward, but its own figures fall, from 140 growers in 1403 to 128 in 1404, by 12 members or 8.6 percent."))

# ---------------------------------------------------------------------------
# Trade, closure and markets (macro documents)
# ---------------------------------------------------------------------------

add("trade_exit_poll_control", """
# Exit Poll: Goods Carriers Choose Their President

*Report published on 26 January 2026 by a Peshawar weekly on the election of the president of an association of goods carriers who haul freight between Peshawar and Torkham, with the weekly's own exit poll. The weekly, the association, the candidates and all figures are invented.*

The Takhtabaig Goods Carriers' Association chose a new president on Sunday. Of the 530 members on its roll, 412 came to vote at the association's hall on the Jamrud road, a turnout of 77.7 percent, the highest the association can remember.

The Khyber Mail asked 300 members, one in every few as they came out of the polling room, whom they had voted for. In our poll Haji Dilbar Khan had 46 percent, Naqeeb Ullah 38 percent and Gulab Shah 16 percent.

The official count, read out at 9 in the evening, gave Haji Dilbar Khan 191 votes, or 46.4 percent; Naqeeb Ullah 155, or 37.6 percent; and Gulab Shah 66, or 16.0 percent. Our poll came within half a point of the count for every candidate.

We also asked every member in our poll one question on the closure: should the association press for the crossing at Torkham to reopen for trade at once, even before the two governments settle their dispute? Eighty-one percent said yes, 12 percent said no and 7 percent would not say.

The mood in the hall is easy to explain. The association's members own about 1,900 trucks, and since the crossings closed in October fewer than 200 of them have had regular work. Even before the closure the trade they carry was shrinking. On the figures the members quote, Pakistan's exports to Afghanistan fell from USD 1,012 million in 2023 to USD 884 million in 2024, down 12.6 percent, and imports from Afghanistan fell from USD 690 million to USD 540 million, down 21.7 percent. Imports lost more both in dollars and in percent: USD 150 million, against USD 128 million for exports.

Haji Dilbar Khan, who has driven the Khyber road for 31 years, told the hall that his first task would be to find work for the idle trucks. "A truck that stands still still needs its loan paid," he said.
""", control_type="control")

TRADE_BOARD = """| Year | Exports | Imports | Total | Balance |
|---|---|---|---|---|
| 2019 | 1,290 | 441 | 1,731 | 849 |
| 2020 | 942 | 509 | 1,451 | 433 |
| 2021 | 828 | 552 | 1,380 | 276 |
| 2022 | 936 | 741 | 1,677 | 195 |
| 2023 | 1,012 | 690 | 1,702 | 322 |
| 2024 | 884 | 540 | 1,424 | 344 |"""

add("trade_scoreboard", """
# The Afghanistan Scoreboard

*Board kept on the wall of the meeting room of an exporters' circle in Lahore, typed out for the circle's members in February 2026 with the secretary's caption. The circle and its people are invented; the trade figures are the invented series used throughout this set, in USD million, calendar years, with Pakistan's exports to Afghanistan, its imports from Afghanistan, their total and the balance in Pakistan's favour.*

**Ravi Exporters' Circle.** The board has hung in our meeting room since 2020, and the secretary brings it up to date every January, when the year's figures are settled.

""" + TRADE_BOARD + """

Secretary's caption:

Read the board from the top and the story tells itself. Our exports to Afghanistan were at their best in 2019, at USD 1,290 million, and have not come back to that level since; in 2023 they came nearest, at 1,012. Imports from Afghanistan reached USD 590 million in 2020 and kept climbing to their peak of 741 in 2022, before easing back over the next two years.

The balance has been in Pakistan's favour in every year on the board. It was smallest in 2022, at USD 195 million, the year Afghan coal and fruit came across in the largest amounts, and largest in 2019, at USD 849 million. Two-way trade has stayed between USD 1,380 million and USD 1,731 million a year.

What the board does not show yet is 2025. The crossings were shut from October, and members who sell on open account have told the circle that their last quarter was the worst they can remember. When the figures for 2025 are settled, the secretary will add a row, and we expect it to be the shortest bar on the wall.

Members who want a copy of the board for their own offices may ask at the front desk. The circle meets on the first Thursday of every month.
""", tvt(["Imports from Afghanistan reached USD 590 million in 2020", line_of(TRADE_BOARD, "| 2020 |")],
         {"caption_value": 590, "table_value": 509}, "USD million",
         "Pakistan's imports from Afghanistan", "2020",
         "secretary's caption against the 2020 row of the pipe table",
         "The board gives Pakistan's imports from Afghanistan in 2020 as USD 509 million, and the row's total (1,451) and balance (433) both need 509; the caption gives the same year's imports as USD 590 million, the last two digits swapped.",
         table_form="pipe, years as rows with exports, imports, total and balance columns"))

add("trade_billboard", """
# Billboard Copy for the "Open the Gate" Campaign

*Text of three roadside boards put up in Peshawar in February 2026 by a traders' chamber campaigning for the crossings to Afghanistan to reopen, with the chamber's note to the sign painters. The chamber and its people are invented; the trade figures are the invented series used throughout this set, in USD million, calendar years.*

**Peshawar Small Traders' Chamber.** Campaign: "Open the Gate". To: the sign painters, Ring Road workshop. From: the campaign committee.

Please paint the following, exactly as written, in white on green, the figures in yellow. Each board is 6 metres by 3.

- Board 1, Ring Road at the Hayatabad turning: TWO-WAY TRADE WITH AFGHANISTAN. 2023: USD 1,702 million. 2024: USD 1,424 million. DOWN 19.5%. EVERY SHUT DAY COSTS MORE.
- Board 2, Jamrud road, near the fort: OUR EXPORTS TO AFGHANISTAN. 2019: USD 1,290 million. 2024: USD 884 million. WE HAVE LOST NEARLY A THIRD. LET US WIN IT BACK.
- Board 3, Karkhano market: A TRUCK THAT STANDS STILL FEEDS NOBODY. OPEN THE GATE.

Notes for the painters:

- The chamber's name and telephone number go along the bottom of every board, in letters no taller than 20 centimetres.
- Boards 1 and 2 should be up before the chamber's meeting with the provincial government on 24 February. Board 3 can follow in March.
- The committee has checked every figure against the series the chamber uses in all its papers. Please do not round them, add to them or leave any out.

Payment, as agreed with the workshop: Rs 45,000 a board, painting and fixing included, so Rs 135,000 for the three, half now and half when the last board is up.

Signed for the campaign committee, 12 February 2026.
""", arith(["2023: USD 1,702 million. 2024: USD 1,424 million. DOWN 19.5%"],
           "Board 1 gives two-way trade as USD 1,702 million in 2023 and USD 1,424 million in 2024, a fall of USD 278 million or 16.3 percent, but says it is down 19.5 percent.",
           **{"from": 1702, "to": 1424, "from_period": "2023", "to_period": "2024",
              "stated_change_pct": -19.5, "computed_change_pct": change_pct(1702, 1424),
              "unit": "USD million", "subject": "two-way trade between Pakistan and Afghanistan",
              "location": "copy of board 1"}))

MEHTAB_REP = "My 14 pallets of floor tiles for a buyer in Jalalabad have stood in your shed number 3 since 11 October."

add("trade_complaints_book", """
# Complaints Book, Mehtab Bonded Warehouse

*Entries copied from the complaints book kept at the counter of a bonded warehouse in Peshawar that holds goods waiting to go to Afghanistan, from November and December 2025, with the management's replies. The warehouse, the customers and all figures are invented.*

**Mehtab Bonded Warehouse**, Peshawar. Storage charge, as shown on the board behind the counter: Rs 35 a pallet a day, from the eighth day after arrival.

**Entry 1, 4 November 2025.** I came to see my goods and waited an hour and a half at the gate because the guard had gone to lunch with the keys. Please keep a second set of keys at the counter. (Signed, a clearing agent.)

*Reply:* A second set of keys is now kept at the counter. We apologise for the wait. (Manager, 5 November.)

**Entry 2, 17 November 2025.** """ + MEHTAB_REP + " " + MEHTAB_REP + """ Your clerk now tells me I owe storage for every day since the 19th. The border was shut on the 12th, not by me. Why should I pay for a road I cannot use? (Signed, a tile trader of Karkhano.)

*Reply:* The owners have decided that storage on goods for Afghanistan that were in the warehouse when the crossings closed will be charged at half rate, Rs 17.50 a pallet a day, until the crossings open again. For 14 pallets that is Rs 245 a day instead of Rs 490. (Manager, 21 November.)

**Entry 3, 2 December 2025.** The roof over shed 2 leaks when it rains. Two of my cartons of tea are wet. (Signed, a tea merchant.)

*Reply:* The roof was repaired on 4 December. Please bring the wet cartons to the counter so that our insurer can see them. (Manager, 5 December.)

**Entry 4, 20 December 2025.** Thank you for the half rate. It is the first good news I have had since October. (Signed, the tile trader of Karkhano.)
""", repeated(MEHTAB_REP, 2, "pallets of floor tiles waiting in the warehouse for a buyer in Jalalabad",
              "entry 2 of the complaints book",
              "Entry 2 gives the same sentence, about 14 pallets of floor tiles standing in shed number 3 since 11 October, twice in a row, word for word."))

add("trade_summons", """
# Summons to an Extraordinary General Meeting

*Notice sent in January 2026 by a union of truck owners in Peshawar to its member firms, calling them to a meeting about drivers left stranded by the closure of the crossings to Afghanistan. The union, its officers and all figures are invented.*

**Frontier Haulage Owners' Union**, Peshawar. Notice no. FHOU/EGM/01-2026. Date: 8 January 2026.

To every member firm of the union.

You are summoned to an extraordinary general meeting at the union hall, Kohat Road, on Thursday 22 January 2026, at 3 in the afternoon.

Business:

1. The fund for drivers stranded at the crossings.
2. Loan instalments on idle trucks: what the union can ask of the banks.
3. Any other matter the chair allows.

On the first item. Since the crossings closed in October, about 260 of our members' drivers have been living in their cabs at Torkham and in the truck parks along the road, waiting for the gates to open. The executive committee proposes a fund of Rs 2,400,000 to feed them and to pay for those who want to come home, to be raised as Rs 8,000 from each of our 300 member firms.

On the quorum. Under article 11 of the union's constitution, an extraordinary general meeting can decide only if at least one third of the member firms are present, and with 300 firms on the roll that means at least 300 firms must be in the hall. A firm may send its owner or one partner, not a driver or a clerk.

If the meeting agrees to the fund, each firm will be asked to pay its Rs 8,000 by 31 January, at the union office or into the union's bank account. Firms that cannot pay in one go may pay in two halves, the second by 28 February.

Tea will be served from half past two.

By order of the executive committee,

Bahadur Khan, general secretary
""", reuse(["with 300 firms on the roll", "at least 300 firms must be in the hall"], 300, "member firms",
           "member firms on the union's roll",
           "firms that must be present for a quorum of one third",
           100,
           "The constitution asks for one third of the member firms, and one third of the 300 firms on the roll is 100; the notice says the quorum means at least 300 firms in the hall, the number of the whole roll."))

add("trade_court_transcript", """
# Transcript: Appeal Against the Transit Handling Levy

*Extract from the transcript of a hearing before an invented tax and customs tribunal in Peshawar in November 2025, on an appeal by a clearing firm against a handling levy charged on containers of goods imported from Afghanistan. The tribunal, the firm, counsel and all figures are invented; the trade figures are the invented series used throughout this set, in USD million, calendar years.*

**Tax and Customs Tribunal, Peshawar Bench.** Appeal no. 114 of 2025, Qayum Brothers, clearing agents, against the Collector. Hearing of 18 November 2025. Before: the Member (Judicial).

COUNSEL FOR THE APPELLANT: Sir, my clients clear goods that come in from Afghanistan, mostly coal, dried fruit and cotton. The levy under challenge is Rs 9,000 a container. It was brought in from 1 January 2022, and in that year alone my clients paid it on 420 containers, which is Rs 3,780,000.

THE MEMBER: The amount is not disputed, counsel. What is your point of law?

COUNSEL FOR THE APPELLANT: That the levy was justified to the assembly as a charge on a growing trade that was wearing out the terminal, and the trade was not growing. Imports from Afghanistan dribbled away, from USD 552 million in 2021 to USD 741 million in 2022, as the Collector's own annexure shows. A levy justified by a growth that did not happen cannot stand.

COUNSEL FOR THE COLLECTOR: Sir, the levy pays for handling at the terminal, not for the trade. Whatever the trade did, the containers still had to be lifted, weighed and stacked, and the terminal's costs rose.

THE MEMBER: Counsel for the appellant, your clients went on paying the levy through 2023 and 2024 without objection. Why appeal now?

COUNSEL FOR THE APPELLANT: Because since the crossings closed in October, Sir, there are no containers, and the Collector is demanding levy on containers that were booked but never arrived.

THE MEMBER: That is a different matter, and a better one. File it in writing within 14 days. The appeal on the levy itself is reserved.

(The hearing adjourned at 12:40.)
""", direction("Imports from Afghanistan dribbled away, from USD 552 million in 2021 to USD 741 million in 2022",
               552, 741, "2021", "2022", "dribbled away", "fall",
               "USD million", "Pakistan's imports from Afghanistan",
               "second answer of counsel for the appellant",
               "Counsel says imports from Afghanistan dribbled away, but the two figures counsel gives rise, from USD 552 million in 2021 to USD 741 million in 2022, by USD 189 million or 34.2 percent."))

add("trade_guestbook", """
# Guestbook of the Sultan Khel Inn, Landi Kotal

*Entries copied from the guestbook of a small inn at Landi Kotal, on the road to Torkham, written between October 2025 and February 2026, with the innkeeper's note at the front. The inn, the innkeeper and the guests are invented, as are all figures.*

**From the innkeeper, written on the first page.** My father opened this inn in 1979. In a good year 1,400 trucks a day passed our door on the way to the border and back, and the drivers kept our kitchen busy from the dawn prayer until midnight. Since the middle of October, on most days, none have passed. Guests are still welcome. Please write what you like.

**27 October 2025.** Two of us from Rawalpindi, on our way to see the pass before the snow. We waited nine hours at the police post below the town for permission to go up, and the chicken karahi was worth every one of them. (Two friends from Rawalpindi.)

**3 November 2025.** Twelve students of geography from a college in Lahore and one tired teacher. We stood at the viewpoint above Torkham, the gate between China and Afghanistan, and counted six trucks on the far side and none on ours. The innkeeper told us the story of the road. We will not forget it. (The class of 2026.)

**20 December 2025.** Cycled up from Islamabad in four days, about 230 km. We came over the Khunjerab Pass from China in September and have ridden the length of Pakistan since, so this is the end of our road until the border opens. Thank you for the hot water. (Two riders from Europe.)

**9 January 2026.** I drove a truck on this road for 26 years and slept in this inn more nights than I can count. Today I came as a guest with my grandson, to show him where his grandfather used to eat. The room rate is still Rs 1,500. Some things stay the same. (A retired driver of Peshawar.)

**14 February 2026.** Stayed three nights while our papers were checked. Quiet, clean, and the best green tea on the road. We were the only guests. (A family going home to Jalalabad.)
""", scope("Torkham, the gate between China and Afghanistan", "CHN", ["CHN", "AFG"], "China",
           "Torkham is the gate between Pakistan and Afghanistan on the road from Landi Kotal; the students' entry calls it the gate between China and Afghanistan, putting China in the place of Pakistan. China is named correctly in the riders' entry, as the country they left over the Khunjerab Pass into Pakistan.",
           not_a_defect="over the Khunjerab Pass from China"))

add("trade_public_address_announcement", """
# Public Address Announcements, Kabul and Khyber Bay

*Script of the announcements read over the loudspeakers at the bay for Khyber and Afghanistan coaches of an invented coach terminal in Peshawar, in the version in use in February 2026, in English translation from Urdu and Pashto. The terminal, the coach companies and all figures are invented.*

**Firdous Coach Terminal, Peshawar.** Bay 4: Khyber and Afghanistan. To be read in Urdu, then in Pashto, at the times shown.

**Every half hour, from 6:00.** Attention please. Passengers for Jamrud, Landi Kotal and Torkham, please come to bay 4. Coaches leave at 7:00, 9:30 and 13:00. The fare to Landi Kotal is Rs 600 and to Torkham Rs 800. The journey to Torkham takes about two and a half hours.

**Fifteen minutes before each departure.** Passengers travelling on to Jalalabad and Kabul, please listen carefully. The crossing at Torkham, on the Pakistan–Turkmenistan border, is open for travellers with valid documents only, and not for goods. Our coaches stop at the Torkham terminal and do not cross. Please have your passport and visa, or your registration card, in your hand when you leave the coach, and follow the instructions of the officials at the gate.

**Five minutes before each departure.** Luggage: 20 kg is carried free. Each extra kilo is Rs 50, to be paid at the luggage desk before loading, not to the driver. Boxes of goods for sale across the border will not be loaded.

**Once an hour.** Passengers are asked not to give money to anyone who offers to speed up their papers at the crossing. Nobody at the terminal or at Torkham can sell you a faster passage. If anyone asks you for money in the name of the terminal, tell the supervisor at bay 4.

**At closing, 20:00.** Bay 4 is now closed. The first coach for Torkham tomorrow leaves at 7:00. Thank you for travelling with us.
""", scope("The crossing at Torkham, on the Pakistan–Turkmenistan border", "TKM", ["PAK", "TKM"], "Turkmenistan",
           "Torkham is a crossing on the Pakistan–Afghanistan border, and the passengers addressed are travelling on to Jalalabad and Kabul; the announcement puts it on the Pakistan–Turkmenistan border, Turkmenistan in the place of Afghanistan. Turkmenistan borders Afghanistan to the north-west and has no border with Pakistan."))

# ---------------------------------------------------------------------------
# Registered Afghan refugees (citations and citation controls)
# ---------------------------------------------------------------------------

add("refugees_blurb", """
# Back-Cover Blurb: "The Card and the Roof"

*Text printed on the back cover and inside flap of a non-fiction book published in Peshawar in January 2026 about Afghan refugee families in the city. The book, its author, its publisher and the people quoted are invented.*

**The Card and the Roof: Six Afghan Families in Peshawar, 2019 to 2025**
by Kamila Haqjo

For six years Kamila Haqjo followed six Afghan families in Peshawar through weddings, funerals, school admissions and the long queues at the offices that renew their registration cards. She sat with a grandmother who crossed at Torkham in 1980 and never went back, and with a teenage boy who has never seen Afghanistan and speaks its languages with a Peshawar accent.

By the end of 2021, the year the Taliban returned to Kabul, Pakistan held 1,743,278 registered Afghan refugees (UNHCR Refugee Data Finder, 2021). Behind that figure, Haqjo shows, are people who rent, trade, marry and bury their dead in a city that is both home and not home, and who live from one renewal of a card to the next.

Written with warmth and without sentiment, The Card and the Roof is the first book to tell this story from inside the courtyards where it happens.

**Praise for the book**

"Haqjo listens the way few writers do. I finished it in two nights." Riffat Naveen, schoolteacher, Nowshera

"A quiet, careful, necessary book about neighbours most of us have never asked a single question." Gohar Taj, poet

**About the author**

Kamila Haqjo was born in Peshawar in 1988 and has taught in the city's schools for fourteen years. This is her first book. She writes in Urdu and English, and the book is also published in Pashto.

Pishgam Books, Peshawar. 312 pages, 24 photographs. Rs 1,450.
""", citation(["Pakistan held 1,743,278 registered Afghan refugees (UNHCR Refugee Data Finder, 2021)"],
              1743278, "2021",
              "'(UNHCR Refugee Data Finder, YEAR)' after a figure written in full that is another year's exact reference value, in a book blurb",
              "second paragraph of the blurb",
              "The blurb cites UNHCR for the end of 2021 but gives 1,743,278, which is the reference value for the end of 2022; the reference value for 2021 is 1,490,562, so the cited figure is 252,716 or 17.0 percent too high.",
              same_as_year="2022", stated_as_written="1,743,278"))

add("refugees_riddle", """
# Riddle Corner: Three Number Riddles

*Puzzle page of an invented Peshawar children's magazine, "Tota Maina", from its February 2026 issue, with the answers printed upside down at the foot of the page (given here the right way up). The magazine and all figures in the riddles are invented, except where a source is named.*

Hello, riddlers! This month every riddle is a number. Read the clues, work it out on the back of an old envelope, and check your answer at the bottom of the page.

**Riddle 1.** I am a year. Take the year you are in, 2026, and go back 26 years. Add the number of players in a cricket team. What year am I?

**Riddle 2.** I am a number of apples. Three friends share me so that each has the same and none is left over. If there were two more of me, four friends could share me in the same way. I am more than 10 and less than 20. What am I?

**Riddle 3.** I am a big number, and a true one. UNHCR data for end-2019 show me as the count of Afghan refugees registered in Pakistan at the close of that year. In words I am one million, one hundred and nineteen thousand and eighty-four. Write me in digits and you need seven of them: my first digit is 1, my last is 4, and all my digits add up to 24. What am I in digits?

**A riddle for grown-ups to try at dinner.** I am a number that is the same when you turn me upside down, and I am bigger than 6 and smaller than 9. What am I?

Send your own number riddles to Tota Maina, with your name, your age and your school. The best one each month wins a box of coloured pencils.

*Answers, upside down:* 1. The year 2011 (2000 plus 11). 2. Eighteen apples (18 shared by three, and 20 shared by four, with nothing over). 3. Write out the words in digits, and check that they add to 24. Grown-ups: 8.
""", citation(["UNHCR data for end-2019 show me as the count of Afghan refugees registered in Pakistan",
               "one million, one hundred and nineteen thousand and eighty-four"],
              1119084, "2019",
              "'UNHCR data for end-YEAR show' with a figure written out in words, one word changed, in a children's riddle",
              "riddle 3",
              "The riddle cites UNHCR data for the end of 2019 for a figure written in words as one million, one hundred and nineteen thousand and eighty-four (1,119,084), and its digit clue (digits adding to 24) fits that figure; the reference value for 2019 is 1,419,084, four hundred thousand where the riddle has one hundred thousand, so the cited figure is 300,000 or 21.1 percent too low.",
              stated_as_written="one million, one hundred and nineteen thousand and eighty-four"))

add("refugees_errata", """
# Errata Slip: "Cards and Crossings"

*Slip inserted in the printed copies of a research report on Afghan refugees in Pakistan published in December 2025 by an invented policy centre in Peshawar, listing mistakes found after printing. The centre and the report are invented.*

**Khyber Policy Desk.** Errata for "Cards and Crossings: Afghan Refugees and the Border Economy" (Peshawar, December 2025). Please read these corrections before you use the report. The online version has already been corrected.

- Page 9, table 2: the heading "Returns, 2019" should read "Returns, 2020". The figures in the table are correct.
- Page 14, line 6: for "1.3 million registered refugees" read "1,347,278 registered refugees [UNHCR, 2022]". The rounded figure printed in the report was taken from an earlier draft.
- Page 17, map 1: the crossing marked "Chaman" in the north of Khyber Pakhtunkhwa is Torkham; Chaman is in Balochistan, as the text says.
- Page 22, paragraph 3: for "since October 2024" read "since October 2025", the month the crossings closed.
- Page 31, note 7: the survey was carried out in 16 districts, not 13. The list of districts on page 40 is complete and correct.
- Page 38: the photograph of the Peshawar registration office was taken by the centre's own staff and not by a news agency, as the caption says.

The centre regrets these errors. Readers who find others are asked to write to the editor of the report; all corrections will be listed on the centre's website, with the date each was made.

Peshawar, 19 December 2025
""", citation(["1,347,278 registered refugees [UNHCR, 2022]"],
              1347278, "2022",
              "'[UNHCR, YEAR]' after a figure written in full with two digits swapped, in an errata slip",
              "second correction of the errata slip",
              "The errata slip's correction gives 1,347,278 registered refugees for 2022 with a bracketed UNHCR citation; the reference value for the end of 2022 is 1,743,278, so the 7 and the 3 of the 743 are swapped and the corrected figure is 396,000 or 22.7 percent too low.",
              stated_as_written="1,347,278"))

add("refugees_sonnet", """
# Sonnet: The Renewal Queue

*Sonnet by an invented Peshawar poet, written in English and published in February 2026 in an invented literary quarterly, with the data line the poet set above it as an epigraph and the poet's note below. The poet, the quarterly and the people in the poem are invented.*

*Registered Afghan refugees in Pakistan: 2.0 million — UNHCR, end-2020*

By Mor Jan Darwesh

Before the office opens, they are here:
the grandmother whose card has turned to lace,
the boy who holds his father's place in place,
the clerk's tea boy who knows them all by year.
The sun climbs up the wall; the sun comes down.
A number's called; another number waits.
Behind the glass a stamp decides the dates
on which a family may call this town its own.

And I, who pass them on my way to work,
have read the line above this poem twice:
a figure round and heavy as a stone,
too large to hold, too quiet to be a price.
I do not know their names. I know the clerk.
I know the queue. I know they are not alone.

**Poet's note.** I wrote this in the winter of 2021 and have only now let it be printed. The data line was the first thing I wrote, before the poem, and I have left it as it was. The women and men in the queue are real only in the sense that I saw them every morning for a year; none of them is anyone in particular.
""", citation(["Registered Afghan refugees in Pakistan: 2.0 million — UNHCR, end-2020"],
              2000000, "2020",
              "'— UNHCR, end-YEAR' closing a data line set as a poem's epigraph, with a rounded figure in millions, in a sonnet",
              "epigraph above the sonnet",
              "The epigraph credits UNHCR at the end of 2020 with 2.0 million registered Afghan refugees in Pakistan; the reference value for the end of 2020 is 1,438,432, so the cited figure is about 561,600 or 39.0 percent too high.",
              stated_as_written="2.0 million"))

add("refugees_word_search", """
# Chirya Corner: Word Search, "Neighbours"

*Children's puzzle from the weekend page of an invented Peshawar newspaper, February 2026, with a fact box for parents and teachers. The newspaper and the page are invented.*

Find the eight hidden words. They go across from left to right or down from top to bottom. Circle each word when you find it.

1. F P E S H A W A R R
2. U K T E N T S S N R
3. T I R L V N H H B E
4. O S U R W C U C L F
5. R T K A B U L A K U
6. K P J U F D Y R J G
7. H J R V B N Z D A E
8. A M J A I A G F N E
9. M I H O M E A H R N
10. V G R S C H O O L I

Words to find: PESHAWAR, TORKHAM, REFUGEE, KABUL, CARD, HOME, SCHOOL, TENT.

**Fact box for grown-ups.** Many children in Peshawar have classmates whose families came from Afghanistan. About 1.5 million Afghan refugees were registered in Pakistan at the end of 2023, going by UNHCR's figure for 2023, and many of them have lived here for decades; some of their children have never seen Afghanistan at all. Talk with your child about the words in the puzzle: where is Kabul, what is a border crossing, and what is it like to start at a new school?

**Colour me in.** Draw a house with two doors, one for your family and one for your neighbours. Send your drawing to Chirya Corner with your name and age, and the best five drawings will be printed next month.

Answers next week. Hint for the youngest solvers: TORKHAM goes down the left-hand edge, starting in row 3, and REFUGEE goes down the right-hand edge, starting in row 2.
""", citation(["About 1.5 million Afghan refugees were registered in Pakistan at the end of 2023, going by UNHCR's figure for 2023"],
              1500000, "2023",
              "'UNHCR's figure for YEAR' after a hedged rounded figure in millions, in a children's word search",
              "fact box for grown-ups",
              "The fact box credits UNHCR with about 1.5 million registered Afghan refugees in Pakistan at the end of 2023; the reference value for the end of 2023 is 1,987,717, so even with the hedge the figure is about 487,700 or 24.5 percent too low.",
              stated_as_written="1.5 million", stated_hedge="About"))

add("refugees_limerick", """
# Three Limericks on the Card Office

*Light verse from the back page of an invented monthly in Peshawar, February 2026, with an editor's note giving the figure the second limerick plays on. The monthly, the poet and the clerks in the verse are invented.*

The back page this month goes to our reader Khurshid of Hashtnagar, who sent us three limericks written while he waited, he says, "for a man to find a stamp".

**I.**
A clerk at the card office said,
"Come back on the Tuesday instead."
On the Tuesday they came,
and he told them the same,
and then he went home to his bed.

**II.**
There once was a register long,
with names by the million, a throng.
Though the ink running thin
made the clerks want to grin,
each name was a family's song.

**III.**
When at last the right stamp had been found,
the whole waiting room rose from the ground.
An old man in the queue
said, "I'm ninety-two,
and I'll come back next year for a round."

**Editor's note.** The register in the second limerick is the list of Afghans with refugee registration cards in Pakistan. The figure for the end of 2024, as reported by the UN refugee agency, was 1,959,964 people, which is why our poet speaks of names by the million. Khurshid wins a year's subscription and a pen that works.
""", citation(["The figure for the end of 2024, as reported by the UN refugee agency, was 1,959,964 people"],
              1959964, "2024",
              "'YEAR, as reported by the UN refugee agency' before a figure written in full with one digit changed, in an editor's note to limericks",
              "editor's note below the limericks",
              "The editor's note gives 1,959,964 registered Afghan refugees at the end of 2024, as reported by the UN refugee agency; the reference value for the end of 2024 is 1,559,964, so one digit (a 5 written as a 9) makes the figure 400,000 or 25.6 percent too high.",
              stated_as_written="1,959,964"))

add("refugees_retraction_notice_citation_control", """
# Retraction Notice: Our Report of 3 March on the Refugee Register

*Notice printed on page 2 of an invented Peshawar daily in March 2026, withdrawing part of an earlier report. The newspaper, its staff and the earlier report are invented.*

**The Hasht Nagar Herald** withdraws one sentence of its report "Waiting at the Card Office", published on 3 March 2026, and apologises to its readers.

That sentence said the number of registered Afghan refugees in Pakistan fell between the end of 2022 and the end of 2023. It did not fall; it rose. In preparing the report our desk printed the figure for one year in the place of the other, and the sentence that followed was written from the two figures in the wrong order.

The correct figures are these. At the end of 2022 there were 1,743,278 registered Afghan refugees in Pakistan, per UNHCR's end-2022 count. At the end of 2023 there were 1,987,717 (UNHCR Pakistan factsheet, December 2023). The register therefore grew by 244,439 people over the year, a rise of 14.0 percent.

The rest of the report, on the waiting times at the registration office and the families we spoke to, stands as published. The online version has been corrected and carries a note saying so.

The Herald's rule is that every figure in a report is checked against its source by a second member of staff before it is printed. On this occasion the check was made on the figures but not on the order in which they were placed, and the editor has asked the desk to check both from now on.

Readers who see a mistake in the Herald are asked to write to the readers' editor at the paper's office in Saddar, Peshawar. Every letter is answered, and every correction is printed on this page.
""", control_type="citation_control")

add("refugees_acrostic_citation_control", """
# Acrostic: WAITING

*Poem by an invented pupil of Class 8 at an invented girls' school in Peshawar, printed in the school's magazine in February 2026 with her teacher's notes on the figures behind it. The pupil, the school and the teacher are invented.*

The first letters of the lines spell the poem's title.

Winter mornings at the office gate,

Aunties with their papers in a plastic bag,

Infants on their shoulders, too young to wait,

Teachers, tailors, drivers, boys with schoolbooks, the queue a long, slow flag.

In the window a clerk counts names on his screen,

Names from Kunduz, Kabul, Kandahar, and names from this street,

Grown in Peshawar, like me, where the mulberries are green.

By Tasleem, Class 8

**Teacher's notes for the class.** Tasleem's poem is about the families who queue to renew their refugee cards, and the class worked out the figures behind it together. UNHCR year-end data (2019) give 1,419,084 registered Afghan refugees in Pakistan at the end of 2019. UNHCR's end-of-year 2021 statistics give 1,490,562 at the end of 2021. So over those two years the register grew by 71,478 people, which is about 5 percent. The class then noticed that, even after the rise, the register at the end of 2021 was still just under a million and a half.
""", control_type="citation_control")

add("refugees_haiku_citation_control", """
# Five Haiku for the Card Office, with Notes

*Sequence of haiku by an invented poet, printed in March 2026 on the poetry page of an invented community newsletter in Peshawar, with the poet's notes on the figures behind the fourth and fifth poems. The poet, the newsletter and the people in the poems are invented.*

By Gohar Taj

These are written as the newsletter prints haiku, each on one line, with a slash where the poem breaks.

**1.** Frost on the railings / a boy practises his name / for the clerk's window

**2.** Number forty-one / the grandmother folds her card / like a pressed flower

**3.** Tea boy with his tray / knows each family's sugar / better than their names

**4.** Fewer in the queue / than the year before, and still / the queue reaches the road

**5.** Spring comes to the wall / some have gone home, some have not / the mulberries do not ask

**Notes on poems 4 and 5.** The queue I wrote about in the fourth poem was shorter in the winter of 2024 than the winter before, and the figures bear that out. UNHCR Global Trends 2023 put the number of registered Afghan refugees in Pakistan at 1,987,717 at the end of 2023. A year later there were 1,559,964, per the UNHCR year-end 2024 register. That is 427,753 fewer people on the register, a fall of about 21.5 percent in a single year, and it is the "some have gone home" of the fifth poem. It is also why I wrote "and still": even after so large a fall, more than one and a half million people remained on the register.

The fifth poem is not a complaint about anyone. Some families left because they chose to, and some because they felt they had no choice; I do not know which were which, and the poem does not pretend to.

**A note on form.** Haiku in English do not always keep to five, seven and five syllables. I have tried to, and counted on my fingers, but I will not swear to every line.
""", control_type="citation_control")
