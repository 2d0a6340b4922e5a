# Forty-sixth held-out set of synthetic documents ("heldout46").  Written from
# scratch after heldout45/, by a labeller session that had not opened dyad's
# implementation or history and had not seen any of its results.
# Every entry: name (topic slug, numbered later by build_heldout46.py), text,
# labels (list of defect dicts), control_type for controls.
# Registers not used before: a khussa workshop in Hussain Agahi, Multan, that
# sold embroidered shoes to a dealer in Kabul; a lungi handloom in Islampur,
# Swat, that sold to a cloth trader in Jalalabad; a women's dumpling kitchen
# (mantu and ashak) in Qala-e Fathullah, Kabul, that bought Pakistani flour; a
# noql maker in Kart-e Char, Kabul, that sent noql to Afghan sweet shops in
# Peshawar and Quetta; a tomato paste plant in Pachir Agam, Nangarhar, that
# bought tomatoes in Pakistan; a rusk works on Prince Road, Quetta, that sold
# to wholesalers in Kandahar; a women's suzani cooperative in Takhar that sold
# through a shop in Islamabad; and macro documents on the trade series, the
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
#   Ghauri Khussa, Hussain Agahi, Multan (invented), founded 1979 by Athar
#     Ghauri, run by Qamar Ghauri: pairs made 2023 8,400, 2024 9,100, 2025
#     6,400; to Hekmat Omari, Omari Shoes, Kabul 3,200 / 3,700 / 1,100 (2025 by
#     quarter 380 / 310 / 410 / 0), sold in Pakistan 5,200 / 5,400 / 5,300;
#     plain pair Rs 1,900, embroidered Rs 3,400 (unchanged for 2026); 15
#     craftsmen at the end of 2025; piece rate Rs 95 a pair, 14 pairs a day (Rs
#     1,330 a day, Rs 7,980 a six-day week); the August consignment of 410
#     pairs (300 plain, 110 embroidered, Rs 944,000, half Rs 472,000 paid).
#   Gilani Handloom, Islampur, Swat (invented), founded 1968 by Jameel Gilani,
#     run by Shakeel Gilani: lungis woven 2023 5,600, 2024 6,200, 2025 4,300;
#     to Bakht Munir, Jalalabad 2,400 / 2,900 / 700, sold in Swat and Peshawar
#     3,200 / 3,300 / 3,600; 18 looms in 2023 and 2024, 11 working at the end
#     of 2025; cotton lungi Rs 2,300, silk-border Rs 4,200; a 2026 rate
#     contract of 120 lungis a month for six months (Rs 276,000 a month, Rs
#     1,656,000 in all); yarn issued to looms 1 to 6 in one week 7 / 12 / 9 / 10
#     / 3 / 11 kg (52).
#   Khalili Dumplings, Qala-e Fathullah, Kabul (invented), founded 2019 by
#     Mahbooba Khalili, books kept by Elham Khalili: trays of 30 mantu sold
#     2024 16,800, 2025 19,200; cooks 9 at the end of 2024, 14 at the end of
#     2025; tray Afs 220 (Afs 240 from Nowruz 2026); a 50-kg bag of Pakistani
#     flour Afs 1,450 in 2024, Kazakh flour Afs 1,700 in 2025; a cook's wage
#     Afs 9,000 a month; tray cost 34 / 96 / 28 / 22 / 9 / 31 / 6 (Afs 226);
#     trays sold in one week 58 / 61 / 49 / 55 / 64 / 77 (364).
#   Ghafoori Noql, Kart-e Char, Kabul (invented), founded 1962 by Jabbar
#     Ghafoori, run by Farhad Ghafoori: noql made 2023 38,000 kg, 2024 41,500,
#     2025 33,000; to Afghan sweet shops in Peshawar and Quetta 12,400 /
#     13,800 / 3,900, sold in Kabul 25,600 / 27,700 / 29,100; almond noql Afs
#     650 a kg, chickpea noql Afs 280 a kg; a Peshawar consignment of 600 kg
#     almond and 900 kg chickpea noql (Afs 642,000, advance Afs 200,000).
#   Pashtunyar Tomato Paste, Pachir Agam, Nangarhar (invented), founded 2018 by
#     Idris Pashtunyar: paste made 2023 310 tonnes, 2024 360, 2025 420;
#     tomatoes bought in Pakistan 480 tonnes in 2024, 150 in 2025; tins of 800
#     g at Afs 95, cartons of 12 tins (Afs 1,140); a recall of 100 cartons
#     (1,200 tins); the filling line 850 cartons a shift (10,200 tins); three
#     trucks of 48 tonnes of tomatoes held at Torkham (Rs 18,000 a tonne, Rs
#     864,000, Rs 216,000 advanced); a dispatch of 620 / 580 / 540 cartons (1,740).
#   Mazari Rusk Works, Prince Road, Quetta (invented), founded 1991 by
#     Ghazanfar Mazari, run by Sameer Mazari: cartons of 24 packets 2023
#     46,000, 2024 49,000, 2025 38,000; to Kandahar wholesalers 21,000 / 23,500
#     / 9,500 (2025 by quarter 3,200 / 2,900 / 2,600 / 800), in Balochistan
#     25,000 / 25,500 / 28,500; carton Rs 1,150; 80 cartons a shift, two
#     shifts (160 a day); rent Rs 180,000 a month, Rs 198,000 from 2026.
#   Takhar Women's Suzani Cooperative (invented), head Masooda Zahir: suzanis
#     sold 2023 380, 2024 440, 2025 280; through Minhas Crafts, Islamabad (Sidra
#     Minhas) 160 / 190 / 40, in Kabul 220 / 250 / 240; members 44 / 52 / 61;
#     large suzani Afs 14,000, small Afs 3,500.
#   Macro documents: a Peshawar price watch (flour Rs 3,600 a 40-kg bag, Rs 90
#     a kg); a Kandahar melon exporter's claim for nine trucks (Rs 350,000 each,
#     Rs 3,150,000).

HELDOUT46 = []
from heldout_labels import (  # noqa: F401
    PAIR, REFS, adder, arith, change_pct, citation, direction, garbled, line_of, parts_total, pdf_lines, scope, tvt,
    repeated, reuse,
)

add = adder(HELDOUT46)


# ---------------------------------------------------------------------------
# Ghauri Khussa (invented): a khussa workshop in Hussain Agahi, Multan
# ---------------------------------------------------------------------------

add("khussa_workshop_rate_sheet_control", """
# Ghauri Khussa: Rate Sheet for the 2026 Season

*Rate sheet sent to dealers by a khussa workshop in Multan in January 2026, with a note from the owner. The workshop, its people and all figures are invented.*

**Ghauri Khussa, Hussain Agahi, Multan. Hand-stitched khussas since 1979.**

**Rates for dealers, per pair, from 1 February 2026:**

- Plain leather khussa: Rs 1,900
- Embroidered khussa with tilla work: Rs 3,400
- Bridal pair with beadwork: quoted on request

**Terms.** Orders of 200 pairs or more earn a discount of 5 percent. Half the price is paid with the order and half on delivery. Within Pakistan our own carrier brings the goods to the dealer's door.

**A note from Qamar Ghauri.** Our rates are the same as last season: Rs 1,900 for a plain pair and Rs 3,400 for an embroidered one. We have held them because our buyers at home stood by us through a hard year. We made 6,400 pairs in 2025, against 9,100 in 2024, and nearly all of the fall came from Kabul. Hekmat Omari, who has sold our khussas there for many years, took 3,700 pairs in 2024 and only 1,100 in 2025, because no goods have crossed at Torkham since October. Dealers in Pakistan took 5,300 pairs, a hundred fewer than the 5,400 of 2024.

The leather is tanned in Kasur and the tilla thread is spun in Lahore. Only the rubber for the inner soles comes from China. My father, Athar Ghauri, began with one bench and a lamp in Hussain Agahi; fifteen craftsmen now sit at our benches.

For orders, write to the workshop or call in person. We answer every letter within a week, and a dealer who visits will be shown the benches and given tea.
""", control_type="control")

GRN = """| Quarter | Pairs received |
|---|---|
| January to March | 380 |
| April to June | 310 |
| July to September | 410 |
| October to December | 0 |
| **Total** | **1,100** |"""

add("khussa_dealer_goods_received_note", """
# Goods Received Note: Khussas from Multan, 2025

*Goods received note kept by a shoe dealer in Kabul for the khussas he bought from a workshop in Multan in 2025, with his note to the workshop. The dealer, the workshop and all figures are invented.*

**Omari Shoes, Kabul. Goods received from Ghauri Khussa, Hussain Agahi, Multan, in 2025**

""" + GRN + """

Checked and signed by Hekmat Omari.

**Note to Qamar Ghauri, sent with the goods received note on 5 January 2026**

Dear Qamar jan,

Here is what reached my shop from you last year. In all we received 1,010 pairs from you in 2025, less than a third of what you sent me in 2024, when 3,700 pairs came through Torkham. The consignment you loaded in October never crossed; your carrier tells me it went back to Multan in December, and I thank you for not billing me for it.

Every pair that came was sound. The embroidered pairs sold out before the wedding season; the plain pairs sold more slowly, because customers are buying less since so many families came back from Pakistan with little money. Some of those families know your khussas from Peshawar and ask for them by name.

For 2026 I would take the same mix again if the crossing opens. If it stays shut, I will ask a cousin whether a route by sea through Karachi and Bandar Abbas is worth the cost. It would add weeks and a good deal of freight, and I do not expect it to pay for shoes.

Greetings to your father.

Hekmat
""", tvt(["In all we received 1,010 pairs from you in 2025", line_of(GRN, "| **Total**")],
        {"note_value": 1010, "table_value": 1100}, "pairs of khussas",
        "khussas received by the Kabul dealer from the Multan workshop", "2025",
        "dealer's note, first paragraph, against the total row of the goods received note",
        "The dealer's note says 1,010 pairs were received in 2025, but the goods received note above it gives a total of 1,100 pairs (380 + 310 + 410 + 0), the figure the workshop's other documents give for 2025.",
        table_form="pipe, quarters as rows with one pairs column and a total row"))

add("khussa_workshop_muster_roll", """
# Ghauri Khussa: Muster Roll, Week Ending 22 November 2025

*Muster roll of the stitching benches of a khussa workshop in Multan for one week in November 2025, with the owner's remarks. The workshop, its people and all figures are invented.*

**Ghauri Khussa, Hussain Agahi, Multan. Stitching benches, Monday 17 to Saturday 22 November 2025**

- Craftsmen on the roll: 15
- Present all six days: 12
- Present four days, with leave for the other days: 1
- Absent the whole week, sick: 2
- Pairs stitched in the week: 1,064
- Pairs passed at checking: 1,046
- Pairs sent back for re-stitching: 18

**Rate.** Uppers are stitched at the piece rate of Rs 95 a pair. A craftsman who stitches 14 pairs a day earns Rs 1,330 a day, and Rs 1,330 for the six-day week.

**Remarks of Qamar Ghauri.** Fifteen men at the benches is the fewest we have had since my father's time. With Kabul closed, the benches work for dealers at home only, and I have not cut the piece rate. The two men off sick have been paid for the week from the welfare box. The one who took leave went to his brother's wedding in Khanewal and is back at his bench.

The pairs sent back were mostly embroidered pairs whose tilla had puckered at the toe. They will be re-stitched on Monday before anything new is cut, and the checker will look at them again before they are packed.

Wages were paid on Saturday afternoon against each man's signature or thumbprint. Any man who thinks his count is wrong should see me before Wednesday, when the roll is closed and filed.
""", reuse(["earns Rs 1,330 a day", "and Rs 1,330 for the six-day week"], 1330, "rupees",
           "a craftsman's earnings for one day", "a craftsman's earnings for the six-day week", 7980,
           "The muster roll gives Rs 1,330 both for a day's earnings (14 pairs at Rs 95) and for the six-day week; six days at Rs 1,330 come to Rs 7,980."))

add("khussa_workshop_feature_story", """
# The Khussa Makers of Hussain Agahi

*Feature story from the weekend magazine of a Multan newspaper, December 2025. The workshop, its people and all figures are invented.*

In a narrow lane off Hussain Agahi, fifteen men sit cross-legged at low benches, pulling waxed thread through leather with a curved awl. This is Ghauri Khussa, founded in 1979 by Athar Ghauri, now eighty-one and still in the workshop every morning, and run today by his son Qamar.

For most of the past decade the workshop's best customer was not in Multan at all but in Kabul. Afghan brides and their mothers want embroidered khussas for weddings, and a Kabul dealer, Hekmat Omari, has bought from the Ghauris since the 1990s.

This year that trade came close to stopping. "Kabul orders have swollen, from 3,700 pairs in 2024 to 1,100 in 2025," Qamar says, turning over a pair whose toe is worked in gold thread. The crossing at Torkham has been shut to goods since October, and the last consignment came back to Multan unopened.

The workshop made 6,400 pairs this year, down from 9,100. Dealers at home took 5,300, nearly as many as the year before, and Qamar hopes the wedding season in Punjab will carry him through the winter.

Athar Ghauri has seen closures before. He remembers when the road to Kabul was shut for weeks at a time, and when traders carried khussas across in sacks on their backs. "People will always marry," he says. "And when they marry, they want something beautiful on their feet."

His son is less sure. He has not cut the piece rate, but he has not taken on anyone new either, and the youngest craftsman at the benches is past forty.
""", direction("Kabul orders have swollen, from 3,700 pairs in 2024 to 1,100 in 2025", 3700, 1100, "2024", "2025",
               "swollen", "rise", "pairs of khussas", "khussas ordered by the Kabul dealer",
               "third paragraph, owner's words",
               "The feature quotes the owner saying Kabul orders have swollen, but the figures he gives fall from 3,700 pairs in 2024 to 1,100 in 2025."))

add("khussa_workshop_reminder_letter", """
# Reminder Letter from Ghauri Khussa to a Kabul Dealer

*Reminder letter from a khussa workshop in Multan to a shoe dealer in Kabul about an unpaid balance, December 2025. The workshop, the dealer and all figures are invented.*

**Ghauri Khussa, Hussain Agahi, Multan, 10 December 2025**

To: Hekmat Omari, Omari Shoes, Kabul

Dear Hekmat sahib,

I hope this finds you and your family well. I write, with some embarrassment, to remind you of the balance on the consignment of 410 pairs that left Multan in August and reached your shop in September.

The consignment was 300 plain pairs at Rs 1,900 and 110 embroidered pairs at Rs 3,400, Rs 944,000 in all. You paid half, Rs 472,000, with the order. The other half was due on delivery and has not yet reached us.

I know why. Since the crossings between Pakistan and Tajikistan were closed on 12 October, your shop has had nothing new to sell from us, and your customers have less to spend. Our own sales at home have held up, but the craftsmen must be paid every Saturday whatever happens in Kabul.

I do not ask for the whole sum at once. If you can send half the balance by the end of January and the rest by the end of March, through the same money changer in Peshawar as before, that will be enough. If another plan suits you better, tell me and we will agree on it.

We have traded for a long time, and my father asks after you whenever your name comes up. I would not like a balance to stand between us.

With respect,

Qamar Ghauri
""", scope("the crossings between Pakistan and Tajikistan were closed on 12 October", "TJK", ["PAK", "TJK"], "Tajikistan",
           "The letter, from Multan to a dealer in Kabul, says the crossings between Pakistan and Tajikistan were closed on 12 October; the crossings closed that day are on the Pakistan-Afghanistan border, and Afghanistan is meant. Tajikistan borders Afghanistan but not Pakistan."))


# ---------------------------------------------------------------------------
# Gilani Handloom (invented): a lungi handloom in Islampur, Swat
# ---------------------------------------------------------------------------

add("lungi_handloom_farewell_speech_control", """
# Farewell Speech for Master Ayub

*Farewell speech given by the owner of a handloom workshop in Islampur, Swat, at a lunch for a master weaver retiring in January 2026. The workshop, its people and all figures are invented.*

Friends, weavers, and Master Ayub,

When my grandfather, Jameel Gilani, set up the first looms of Gilani Handloom in 1968, Master Ayub was not yet born. He came to us as a boy to wind bobbins, and he leaves us as the finest weaver of lungis in Islampur.

Every lungi from this valley has a border, and every weaver has his own way with it. Traders in Jalalabad know Master Ayub's borders without a label.

These have not been easy years to leave on. We ran eighteen looms in 2023 and the same eighteen in 2024, when we wove 6,200 lungis, the most we have ever made. In 2025 we wove 4,300. Bakht Munir, our buyer there, took 2,900 lungis in 2024 and only 700 in 2025, because Torkham has been shut to goods since October and his orders before that were small. Our buyers in Swat and Peshawar took more, 3,600 against 3,300, and they kept eleven looms working to the end of the year.

Master Ayub never let a hard year show in his cloth. The silk for our borders now comes from China and the cotton from Faisalabad, but the pattern in his head came from his own teacher, and he has passed it on. Nine of our weavers learned at his side, and the youngest of them wove the lungi we give him today.

Master Ayub, take it, wear it to the mosque, and come and sit by the looms whenever you like. There will always be tea for you here.
""", control_type="control")

ISSUE = """| Loom | Yarn issued (kg) |
|---|---|
| Loom 1 | 7 |
| Loom 2 | 12 |
| Loom 3 | 9 |
| Loom 4 | 10 |
| Loom 5 | 3 |
| Loom 6 | 11 |
| **Total** | **55** |"""

add("lungi_handloom_yarn_issue_register", """
# Gilani Handloom: Yarn Issue Register, Week of 8 December 2025

*Page of the yarn issue register of a handloom workshop in Islampur, Swat, for one week in December 2025, with the storekeeper's remarks and a note from the owner. The workshop, its people and all figures are invented.*

**Gilani Handloom, Islampur. Cotton yarn issued to looms 1 to 6, Monday 8 to Saturday 13 December 2025**

""" + ISSUE + """

The silk-border looms draw their yarn from a separate register, which is kept under lock by the owner.

**Storekeeper's remarks.** Loom 5 drew the least because its weaver was away for his daughter's wedding. Loom 2 drew the most because it is weaving the heavier winter lungis ordered by a shop in Mingora. All yarn was weighed out on the store scale in front of the weaver, and each weaver signed for what he took.

Yarn left in the store on Saturday evening: 212 kg of cotton, enough for about four weeks at this rate. The next bales from Faisalabad are due in the second week of January.

**Note from Shakeel Gilani.** With Jalalabad cut off since October, I have told the store to issue yarn only against firm orders from Swat and Peshawar, and not to weave ahead for Bakht Munir as we used to each winter. If the crossing opens in the spring, we will buy yarn for his order then, and not before. Weavers whose looms stand idle will be paid for winding and for repairs to the frames until then.

Please check each week that the total on this page matches the sum of the lines above it before it is signed.
""", parts_total([line_of(ISSUE, "| **Total**")],
                 {"Loom 1": 7, "Loom 2": 12, "Loom 3": 9, "Loom 4": 10, "Loom 5": 3, "Loom 6": 11}, 55,
                 "kilograms of cotton yarn", "week of 8 December 2025", "cotton yarn issued to looms 1 to 6",
                 "yarn issue register, total row",
                 "The total row of the yarn issue register gives 55 kg, but the six looms drew 7 + 12 + 9 + 10 + 3 + 11 = 52 kg.",
                 table_form="pipe, two columns, looms as rows with a total row"))

FIRE = "In February 2025 a spark from a heater set a bale of yarn alight in the store."

add("lungi_handloom_safety_notice", """
# Gilani Handloom: Safety Notice for the Loom Shed

*Safety notice posted in the loom shed of a handloom workshop in Islampur, Swat, in December 2025. The workshop, its people and all figures are invented.*

**Read this notice. It applies to every weaver, winder and visitor.**

**Why this notice.** """ + FIRE + " " + FIRE + """ It was put out within minutes by the weavers on the nearest looms, but the bale was lost and the smoke stained a week's work on the looms by the door.

1. No smoking anywhere in the loom shed or the yarn store. Cotton dust and yarn catch fire in seconds.
2. Keep the sand buckets and the extinguisher by the yarn store door full and in their places.
3. Heaters stand only on the brick platform at the far end of the shed, never within reach of yarn, and are switched off by the last weaver to leave.
4. Oil the shuttles and the treadle pins only when the loom is still, and wipe up spilt oil at once.
5. Keep the passage between the looms clear. Bales are stacked in the store, not in the shed.
6. Children may visit the shed only with a grown-up and must not touch a working loom.

We run eleven looms this winter, and each weaver is responsible for the floor around his own. The storekeeper will check the sand buckets every Saturday and write in his register that he has done so.

If you see a fire, shout, and get everyone out first. Yarn can be bought again. People cannot be replaced.

Shakeel Gilani, owner
""", repeated(FIRE, 2, "the fire in the yarn store", "'Why this notice' paragraph",
              "The sentence about the fire in the yarn store in February 2025 is printed twice, word for word, one after the other."))

add("lungi_handloom_rate_contract", """
# Rate Contract between Gilani Handloom and a Jalalabad Trader

*Summary in English of a rate contract for 2026 between a handloom workshop in Islampur, Swat, and a cloth trader in Jalalabad, signed in January 2026. The parties and all figures are invented.*

**Parties.** Gilani Handloom, Islampur, Swat, Pakistan (the Seller), represented by Shakeel Gilani; and Bakht Munir, cloth trader, Jalalabad, Afghanistan (the Buyer).

**Background.** The Buyer took 2,900 lungis from the Seller in 2024 and 700 in 2025, when the crossing at Torkham was closed to goods from October.

**1. Goods.** Cotton lungis of the Seller's standard weave, with a striped border in the colours the Buyer chooses each month.

**2. Quantity.** 120 lungis a month for six months, starting with the month in which goods can first cross at Torkham.

**3. Rate.** Rs 2,300 a lungi, fixed for the term of the contract, so Rs 276,000 a month, and Rs 276,000 for the six months of the contract.

**4. Payment.** A quarter of each month's price is paid in advance through a money changer in Peshawar, and the rest within thirty days of delivery.

**5. Delivery.** At the Seller's godown in Islampur. The Buyer arranges and pays for the carriage to Jalalabad and bears the risk once the goods are loaded.

**6. Closure.** If the crossing closes again after the first delivery, months in which no goods can cross are not counted in the six, and neither party owes the other anything for them.

**7. Silk-border lungis.** The Seller will supply these on request at Rs 4,200 a lungi, in lots of ten.

**8. Disputes.** Any dispute goes first to a pair of elders, one chosen by each party, before either goes to a court.

Signed at Peshawar in the presence of witnesses.
""", reuse(["so Rs 276,000 a month", "and Rs 276,000 for the six months of the contract"], 276000, "rupees",
           "price of one month's lungis", "price of the lungis for the six months of the contract", 1656000,
           "The contract gives Rs 276,000 both for a month (120 lungis at Rs 2,300) and for the six months of the contract; six months at Rs 276,000 come to Rs 1,656,000."))

BUDGET = pdf_lines([
    ["Lungis", "2023", "2024", "2025"],
    ["To Jalalabad", "2,400", "2,900", "700"],
    ["Sold in Swat and Peshawar", "3,200", "3,300", "3,600"],
    ["Total woven", "5,600", "6,200", "4,300"],
])

add("lungi_handloom_budget_sheet", """
# Gilani Handloom: Budget Sheet for 2026

*Budget sheet of a handloom workshop in Islampur, Swat, copied from a PDF, with the owner's covering note, January 2026. The workshop, its people and all figures are invented.*

**Gilani Handloom. Lungis woven and sold, 2023 to 2025**

""" + BUDGET + """

**Plan for 2026**

- Lungis to weave: 4,800, if the crossing at Torkham opens by the spring
- Of these, to Bakht Munir in Jalalabad under the rate contract: 720
- Cotton lungi: Rs 2,300; silk-border lungi: Rs 4,200
- Looms to run: eleven through the winter, more once Jalalabad orders come

**Covering note from Shakeel Gilani.** I send this sheet to my brothers in Karachi and Dubai, who put money into the looms, so that they can see where we stand. Our best year was 2024. That year Jalalabad took 2,090 lungis and our buyers at home took 3,300, and we wove more than ever before. In 2025 the crossing closed in October, Bakht Munir's winter order never came, and we ended the year with eleven looms working.

The plan for 2026 is modest. It counts on the rate contract with Bakht Munir and on buyers at home, who took more from us last year than the year before. If the crossing stays shut, we will weave for Swat and Peshawar alone and keep the weavers busy with repairs in the quiet months. I will not sell a loom.

I ask no new money from you this year, only patience.
""", tvt(["That year Jalalabad took 2,090 lungis", line_of(BUDGET, "To Jalalabad")],
        {"note_value": 2090, "table_value": 2900}, "lungis",
        "lungis taken by the trader in Jalalabad", "2024",
        "covering note, third sentence, against the 2024 column of the 'To Jalalabad' row",
        "The covering note says Jalalabad took 2,090 lungis in 2024, but the budget sheet above it gives 2,900 for 2024, and 2,900 with the 3,300 sold at home makes the 6,200 woven.",
        table_form="PDF text extraction, items as rows and years as columns with a total woven row"))


# ---------------------------------------------------------------------------
# Khalili Dumplings (invented): a women's dumpling kitchen in Qala-e Fathullah, Kabul
# ---------------------------------------------------------------------------

add("dumpling_kitchen_interview_notes_control", """
# Interview Notes: Khalili Dumplings, Qala-e Fathullah

*Interview notes taken by a reporter for a Kabul radio station at a women's dumpling kitchen in Kabul, December 2025, typed up the same evening. The kitchen, its people and all figures are invented.*

- Kitchen in a rented house in Qala-e Fathullah. Founded 2019 by Mahbooba Khalili, a widow, after her husband's shop closed. Her daughter Elham keeps the books.
- Makes mantu and ashak, frozen on trays of 30 pieces, sold to grocers and to families for weddings and funerals.
- Trays sold: 16,800 in 2024 and 19,200 in 2025. Elham: "That is 2,400 more trays than the year before." Checked with her ledger: 19,200 less 16,800 is 2,400.
- Cooks: 9 at the end of 2024, 14 now. Five of the new cooks are women who came back from Pakistan this year; one of them cooked in a restaurant in Peshawar for twelve years.
- Flour: used to buy Pakistani flour at Afs 1,450 a 50-kg bag. Since Torkham closed in October, buys Kazakh flour that comes by rail through Hairatan, at Afs 1,700 a bag. Mahbooba: "Kazakh flour is good, but it costs us Afs 250 more a bag."
- Tray price: Afs 220, unchanged since the spring of 2024. Mahbooba has not raised it "because our customers are poorer than last year".
- Why it grew: grocers who used to stock frozen snacks from Pakistan now have empty freezers, and families who came back want the food they ate there.
- Best line for the piece: "The women who came back know how to work. What they need is a kitchen and a wage."
- Follow-up: ask Elham for photos of the freezer room; confirm the cooks' wage (Afs 9,000 a month, she thinks); ask whether the landlord has raised the rent.
""", control_type="control")

add("dumpling_kitchen_cost_sheet", """
# Khalili Dumplings: Cost Sheet for a Tray of Mantu, December 2025

*Cost sheet drawn up by the bookkeeper of a women's dumpling kitchen in Kabul in December 2025, with her note to her mother. The kitchen, its people and all figures are invented.*

**Cost of one tray of 30 mantu, December 2025 (afghanis)**

- Flour: 34
- Minced beef: 96
- Onions, spices and oil: 28
- Yoghurt and split peas for the topping: 22
- Gas and electricity: 9
- Cooks' wages: 31
- Tray, film and label: 6
- In all: 226

**Note to my mother**

Mother, a tray now costs us Afs 226 to make and we sell it for Afs 220, so every tray that leaves the kitchen loses us a little money. The wages and the beef have hardly changed. The reason is flour. The price of a bag was dragged down from Afs 1,450 last year to Afs 1,700 this year, once the Pakistani flour stopped coming through Torkham and we had to buy Kazakh flour instead.

I know you do not want to raise the price, because our customers have less money than before. But we cannot make more trays at a loss. I suggest we charge Afs 240 from Nowruz. That covers the cost and leaves a little for the freezer, which needs a new compressor before the summer.

If you would rather not, there are two other ways. We could make the trays a little smaller, or we could stop the yoghurt topping and sell it separately. I think both would lose us customers, and I would rather ask them to pay a fair price for the tray they know.

We can talk about it on Friday after lunch.

Elham
""", direction("The price of a bag was dragged down from Afs 1,450 last year to Afs 1,700 this year", 1450, 1700, "2024", "2025",
               "dragged down", "fall", "afghanis a 50-kg bag of flour", "price of a bag of flour",
               "note to her mother, first paragraph",
               "The note says the price of a bag of flour was dragged down, but the figures it gives rise from Afs 1,450 last year to Afs 1,700 this year, and the note gives the dearer flour as the reason the tray costs more.",
               from_period_as_written="last year", to_period_as_written="this year"))

add("dumpling_kitchen_job_offer", """
# Job Offer from Khalili Dumplings

*Job offer from a women's dumpling kitchen in Kabul to a cook who came back from Pakistan, November 2025. The kitchen, its people and all figures are invented.*

**Khalili Dumplings, Qala-e Fathullah, Kabul, 20 November 2025**

Dear Hamida Rashid,

Thank you for coming to the kitchen last week and for the ashak you made for us. My mother and I ate every piece, and the other cooks asked for your way of folding them.

We are glad to offer you a place as a cook at Khalili Dumplings from 1 December 2025.

**Your work.** You will fill and fold mantu and ashak with the other cooks, Saturday to Thursday, from eight in the morning until the day's trays are in the freezer. You will also help to train the new cooks in the Peshawar style of ashak, which our customers have started to ask for.

**Your wage.** Afs 9,000 a month, paid on the last Thursday of each month. After three months we will look at it again with you.

**Why we can take you now.** Since Torkham, on the border between Bangladesh and Afghanistan, was closed in October, fewer frozen foods from Pakistan reach the grocers of Kabul, and they are asking us for more trays than we can make. We have sold more trays this year than in any year since my mother began.

**What we ask.** Come clean and on time, wear the head cover and apron we give you, and tell us if you are ill rather than coming in. Nobody here smokes, and nobody brings a phone into the kitchen.

If you accept, come on 1 December at eight. Elham will show you the freezer room and the ledger where the trays are counted.

With good wishes,

Mahbooba Khalili
""", scope("Torkham, on the border between Bangladesh and Afghanistan, was closed in October", "BGD", ["BGD", "AFG"], "Bangladesh",
           "The job offer says Torkham is on the border between Bangladesh and Afghanistan; Torkham is on the Pakistan-Afghanistan border, and the letter itself speaks of frozen foods from Pakistan no longer reaching Kabul. Bangladesh borders neither Pakistan nor Afghanistan."))

RECEIPTS = """| Day | Trays sold |
|---|---|
| Saturday | 58 |
| Sunday | 61 |
| Monday | 49 |
| Tuesday | 55 |
| Wednesday | 64 |
| Thursday | 77 |
| **Total** | **374** |"""

add("dumpling_kitchen_receipt_book", """
# Khalili Dumplings: Receipt Book Summary, Week of 6 December 2025

*Weekly summary copied from the receipt book of a women's dumpling kitchen in Kabul, Saturday 6 to Thursday 11 December 2025, with the bookkeeper's remarks. The kitchen, its people and all figures are invented.*

**Trays of mantu and ashak sold, by day**

""" + RECEIPTS + """

**Remarks by Elham Khalili**

Thursday is always our busiest day, because families buy for Friday lunch and grocers fill their freezers before the weekend. Monday was slow: the power in Qala-e Fathullah was off from the morning until late afternoon, and we could not freeze a full day's trays, so we sold what was already frozen and sent the cooks home early.

Every tray sold is entered in the receipt book with the buyer's name, or "walk-in" for customers off the street. Grocers pay at the end of each week; walk-in customers pay on the spot. This week two grocers in Karte Parwan paid late, and I have written to them.

Flour used this week: six bags of Kazakh flour, all from the stock we bought in November. We have enough for about three more weeks. Beef comes from the same butcher in Kote Sangi as always, and he has not raised his price.

The figure in the total row is what I carry to the monthly page. Mother, please look at it before you sign, as you always do.
""", parts_total([line_of(RECEIPTS, "| **Total**")],
                 {"Saturday": 58, "Sunday": 61, "Monday": 49, "Tuesday": 55, "Wednesday": 64, "Thursday": 77}, 374,
                 "trays", "week of 6 December 2025", "trays of mantu and ashak sold",
                 "receipt book summary, total row",
                 "The total row gives 374 trays for the week, but the six days add up to 58 + 61 + 49 + 55 + 64 + 77 = 364.",
                 table_form="pipe, two columns, days as rows with a total row"))

NOWRUZ = "Every tray is filled and folded by hand in our kitchen."

add("dumpling_kitchen_nowruz_greeting_card", """
# Nowruz Greeting Card from Khalili Dumplings

*Greeting card sent by a women's dumpling kitchen in Kabul to its grocers and customers for Nowruz, March 2026. The kitchen, its people and all figures are invented.*

**Nowruz mubarak from all of us at Khalili Dumplings, Qala-e Fathullah**

Dear friends,

As the new year begins, we want to thank you. In 2025 you bought 19,200 trays of our mantu and ashak, more than in any year since my mother began in 2019 with a borrowed pot and a single freezer.

""" + NOWRUZ + " " + NOWRUZ + """ Nothing comes from a machine, and nothing is kept in the freezer for more than a month.

There are now fourteen of us in the kitchen. Five of the cooks came home from Pakistan last year, and they have brought the taste of Peshawar with them: you will find their ashak, with more garlic and a little more chilli, on the shelf from this week.

We have one piece of less happy news. Flour has cost us much more since the autumn, when the Pakistani flour stopped coming and we had to buy Kazakh flour instead. From this Nowruz a tray will cost Afs 240. It is the first rise since the spring of 2024, and we have kept it as small as we could.

For weddings, engagements and funerals, tell us a week ahead and we will make what you need, fresh or frozen, and deliver it anywhere in the city.

May the year bring rain to the fields, work to the young and peace to every house.

Mahbooba and Elham Khalili, and all the cooks
""", repeated(NOWRUZ, 2, "how the trays are made", "paragraph after the opening thanks",
              "The sentence saying every tray is filled and folded by hand is printed twice, word for word, one after the other."))


# ---------------------------------------------------------------------------
# Ghafoori Noql (invented): a noql maker in Kart-e Char, Kabul
# ---------------------------------------------------------------------------

add("noql_maker_remittance_advice_control", """
# Remittance Advice to Ghafoori Noql

*Remittance advice sent by an Afghan sweet shop in Peshawar to a noql maker in Kabul, August 2025. The shop, the maker and all figures are invented.*

**From:** Kalimullah Nuristani, Nuristani Sweets, Board Bazaar, Peshawar
**To:** Farhad Ghafoori, Ghafoori Noql, Kart-e Char, Kabul
**Date:** 2 August 2025

**Remittance for the consignment received on 14 July 2025**

- Almond noql: 600 kg at Afs 650 a kg, Afs 390,000
- Chickpea noql: 900 kg at Afs 280 a kg, Afs 252,000
- Value of the consignment: Afs 642,000
- Less the advance paid on 20 June: Afs 200,000
- Remitted today: Afs 442,000

Dear Farhad jan,

The balance above has been handed today to the money changer in Chowk Yadgar who has carried our payments for years, and your cousin in Kabul should have it by tomorrow evening. Please confirm when it reaches you.

The rates are those we agreed for the May consignment, Afs 650 for almond noql and Afs 280 for chickpea noql, and I have not taken anything off for the few bags that split on the road; the driver has promised to pay for those himself.

The almond noql sold out within a fortnight. Our customers are Afghan families who have lived in Peshawar for years, and for a wedding they still want noql from Kabul, not the local sweets. Many of those families are now packing to go home, and I do not know how long my shop will have customers. For now, please send the same again before the end of September, when the wedding season begins.

My respects to your father and to the memory of your grandfather, whose noql my own father sold in this bazaar.

Kalimullah Nuristani
""", control_type="control")

SUPPLY = """| Year | Sent to Peshawar and Quetta (kg) | Sold in Kabul (kg) | Total made (kg) |
|---|---|---|---|
| 2023 | 12,400 | 25,600 | 38,000 |
| 2024 | 13,800 | 27,700 | 41,500 |
| 2025 | 3,900 | 29,100 | 33,000 |"""

add("noql_maker_supply_contract", """
# Supply Contract between Ghafoori Noql and a Quetta Sweet Shop

*Summary in English of a supply contract for 2026 between a noql maker in Kabul and an Afghan sweet shop in Quetta, signed in January 2026, with its schedule. The parties and all figures are invented.*

**Parties.** Ghafoori Noql, Kart-e Char, Kabul (the Supplier), represented by Farhad Ghafoori; and Hizbullah Isa, Isa Sweets, Quetta (the Buyer).

**Recitals.** The Supplier has sent noql to Afghan sweet shops in Peshawar and Quetta for many years, as the schedule shows. In 2025 the Supplier sent only 4,900 kg to the two cities, because no goods crossed at Chaman or Torkham after 12 October.

**1. Quantity.** Before each Eid, 250 kg of almond noql and 350 kg of chickpea noql; in other months, what the Buyer orders in writing.

**2. Price.** Almond noql Afs 650 a kg and chickpea noql Afs 280 a kg, at the Supplier's workshop in Kabul, for the whole of 2026.

**3. Route.** By Chaman when the crossing is open. The Buyer bears the risk once the goods leave Kabul.

**4. Closure.** If the crossings are shut when goods are ready, the Supplier holds them for up to 30 days and may then sell them in Kabul, returning any advance.

**5. Payment.** Half with the order, half within fifteen days of delivery, through a money changer of the Buyer's choosing.

**Schedule. Noql made by the Supplier, 2023 to 2025**

""" + SUPPLY + """

Signed for the Supplier in Kabul and for the Buyer in Quetta.
""", tvt(["In 2025 the Supplier sent only 4,900 kg to the two cities", line_of(SUPPLY, "| 2025")],
        {"recital_value": 4900, "table_value": 3900}, "kilograms of noql",
        "noql sent to Afghan sweet shops in Peshawar and Quetta", "2025",
        "recitals, second sentence, against the 2025 row of the schedule",
        "The recital says the Supplier sent 4,900 kg to Peshawar and Quetta in 2025, but the schedule gives 3,900 kg for 2025, and 3,900 with the 29,100 kg sold in Kabul makes the 33,000 kg made.",
        table_form="pipe, years as rows with sent-to-Peshawar-and-Quetta, sold-in-Kabul and total columns"))

add("noql_maker_eid_price_offer", """
# Price Offer from Ghafoori Noql for Eid al-Fitr 2026

*Price offer sent by a noql maker in Kabul to an Afghan sweet shop in Quetta for Eid al-Fitr 2026, January 2026. The parties and all figures are invented.*

**Ghafoori Noql, Kart-e Char, Kabul, 12 January 2026**

To: Hizbullah Isa, Isa Sweets, Quetta

Dear Hizbullah jan,

As you asked, here are our prices for the Eid al-Fitr season. They hold for orders placed before the end of February.

- Almond noql, loose: Afs 650 a kg
- Almond noql, in gift boxes of 2 kg: Afs 650 a box
- Chickpea noql, loose: Afs 280 a kg
- Cardamom noql, loose: Afs 720 a kg

The gift boxes are priced at the loose rate for the noql inside them; we charge nothing for the box itself, which is printed with your shop's name if you order fifty boxes or more.

**Delivery.** Only when goods can cross at Chaman. If the crossing is still shut a fortnight before Eid, we will tell you, return your advance in full and sell the noql in Kabul, as our contract allows.

**Quality.** Every batch is made from this year's almonds from Kunduz and from sugar boiled in our own pans. We use no colouring at all, and we pack on the day of making.

Last Eid your customers bought everything you took from us within a week. This year I am sorry that we cannot promise the road will be open. If it is, I would like your shop to be the first to have our noql in Quetta, as it has been for many years.

With respect and Eid greetings in advance,

Farhad Ghafoori
""", reuse(["Almond noql, loose: Afs 650 a kg", "Almond noql, in gift boxes of 2 kg: Afs 650 a box"], 650, "afghanis",
           "price of a kilogram of loose almond noql", "price of a 2-kg gift box of almond noql at the loose rate", 1300,
           "The price offer gives Afs 650 both for a kilogram of loose almond noql and for a 2-kg gift box, and says the boxes are priced at the loose rate with nothing charged for the box; two kilograms at Afs 650 come to Afs 1,300."))

add("noql_maker_complaint_register", """
# Ghafoori Noql: Complaint Register, October to December 2025

*Entries from the complaint register of a noql maker in Kabul for the last quarter of 2025, with the owner's remark. The maker, its buyers and all figures are invented.*

**Ghafoori Noql, Kart-e Char, Kabul. Complaints received, October to December 2025**

4 Oct. Wedding party, Kart-e Char. Almond noql delivered a day late. Delivery charge refunded.
19 Oct. Isa Sweets, Quetta. Consignment ready in Kabul since the crossings closed; buyer asks whether it will be sent at all. Told: held for 30 days, then sold here, advance returned.
2 Nov. Grocer, Shahr-e Now. Chickpea noql sticky in damp weather. Changed to lined bags.
21 Nov. Nuristani Sweets, Peshawar. Asks for a cheaper box for families going home. Promised a plain box in the new year.
9 Dec. Walk-in customer, Kabul. Sugar coat cracked on a box of almond noql. Box replaced.
27 Dec. Wedding party, Khair Khana. Wants noql in the bride's colours. Not a complaint; passed to the packing room.

**Owner's remark.** Six entries in a quarter is more than we usually have, but fewer than I feared. Our sales to Peshawar and Quetta went from 3,900 kg in 2025 to 3,900 kg in 2025, and so almost every complaint this quarter came from buyers here in Kabul, who are the customers we must now keep.

The damp-weather complaint is the one that matters. Our chickpea noql has always been packed in paper bags, and paper does not keep out a wet Kabul winter. The lined bags cost more, but they will pay for themselves in fewer returns.

I have told the packing room that every complaint, however small, goes into this register on the day it comes in, with what we did about it.

Farhad Ghafoori
""", garbled(["Our sales to Peshawar and Quetta went from 3,900 kg in 2025 to 3,900 kg in 2025"],
             "The owner's remark gives a change in sales to Peshawar and Quetta whose start and end are the same value in the same year, 3,900 kg in 2025.",
             start_value=3900, end_value=3900, start_period="2025", end_period="2025",
             unit="kilograms of noql", subject="noql sent to sweet shops in Peshawar and Quetta",
             location="owner's remark, second sentence"))

add("noql_maker_vote_of_thanks", """
# Vote of Thanks at a Gathering of Kabul Confectioners

*Vote of thanks given by a noql maker at the end of a winter gathering of confectioners in Kabul, January 2026. The speaker, the gathering and all figures are invented.*

Brothers, elders and guests,

It falls to me, as the youngest of the noql makers here, to thank everyone who made this gathering possible.

First, our host, who gave us his hall in Kart-e Char. Second, the speakers. The sugar trader told us plainly what we all suspected: with the crossings to Pakistan shut since October, sugar that used to come by Torkham now comes from the north, and we will pay more for it until spring. The almond growers from Kunduz told us the harvest was good, which is the best news we have had all year.

I also want to thank those who spoke about our own trade with honesty. My family has made noql in Kart-e Char since my grandfather, Jabbar Ghafoori, opened his shop in 1962, and I have never heard so many makers say the same thing. The sweet shops in Peshawar and Quetta, which took 13,800 kg of our noql in 2024, took only 3,900 kg in 2025. Our own sales in Kabul were lopped, from 27,700 kg in 2024 to 29,100 kg in 2025, and many of you told me the same story about your shops.

Kabul will have to be our market for now. Families who have come back from Pakistan are holding weddings again, and a wedding here still needs noql on every table.

Finally, thanks to the young men who carried the chairs and served the tea, and to all of you for coming through the snow. May the road open before Eid.

Farhad Ghafoori
""", direction("Our own sales in Kabul were lopped, from 27,700 kg in 2024 to 29,100 kg in 2025", 27700, 29100, "2024", "2025",
               "lopped", "fall", "kilograms of noql", "noql sold in Kabul",
               "third paragraph of the vote of thanks",
               "The speaker says his sales in Kabul were lopped, but the figures he gives rise from 27,700 kg in 2024 to 29,100 kg in 2025."))


# ---------------------------------------------------------------------------
# Pashtunyar Tomato Paste (invented): a tomato paste plant in Pachir Agam, Nangarhar
# ---------------------------------------------------------------------------

add("tomato_paste_plant_product_recall_control", """
# Product Recall: Pashtunyar Tomato Paste, Tins Filled on 3 November 2025

*Product recall notice issued by a tomato paste plant in Nangarhar to grocers and customers, November 2025. The plant, its people and all figures are invented.*

**Pashtunyar Tomato Paste, Pachir Agam, Nangarhar**

**Which tins.** We are recalling 1,200 tins of our 800-gram tomato paste, that is 100 cartons of 12 tins, all filled on 3 November 2025. The date is printed on the bottom of each tin. No other day's tins are affected.

**Why.** Some tins from that day have seams that were not fully closed. The paste inside may spoil, and a tin that is swollen, leaking or hisses when opened must not be eaten.

**Where they are.** Of the 100 cartons, 64 were still in our store when the fault was found and have been set aside. The other 36 went to grocers in Jalalabad and Kabul, whom we have told by telephone.

**What to do.** Take any tin filled on 3 November back to the shop where you bought it. The shop will give you a new tin or your money back, Afs 95 a tin, and we will repay the shop.

**What went wrong.** Since the crossing at Torkham closed in October, the empty tins we used to buy from a maker in Lahore cannot reach us, and we have started buying tins from a maker in Iran. Our seaming machine was not set for the new tins on that day; it has been reset, and every tin since has been tested.

This is the first recall since Idris Pashtunyar started the plant in 2018. We made 360 tonnes of paste in 2024 and expect about 420 this year, more than ever, because less paste now comes in from Pakistan.
""", control_type="control")

add("tomato_paste_plant_cash_flow_forecast", """
# Pashtunyar Tomato Paste: Cash Flow Forecast for 2026

*Cash flow forecast prepared by a tomato paste plant in Nangarhar for a bank in Jalalabad, December 2025. The plant, the bank and all figures are invented.*

**Prepared by Idris Pashtunyar for the credit officer**

**What we made.** The plant made 310 tonnes of paste in 2023, 360 in 2024 and 420 in 2025. Each year we have sold everything we made, and the grocers of Jalalabad and Kabul have asked for more since paste from Pakistan stopped crossing at Torkham in October.

**What we plan.** In 2026 we plan to make 500 tonnes, in 800-gram tins at Afs 95 a tin. That needs fresh tomatoes from July to October, when our own valley and the farms along the Kabul river are harvesting, and a second seaming machine before the season.

**Where the money will go.** Of the money we will spend in 2026, our forecast puts:

- Fresh tomatoes: 58 percent
- Tins, cartons and labels: 27 percent
- Wages of seasonal workers: 21 percent

**When the money comes in.** Grocers pay us within a month of delivery, so our cash is lowest in August, when we have bought the most tomatoes and sold the least paste. That is the month for which we ask the bank for a short loan, to be repaid from sales by the end of December.

**Risks.** The tomato harvest may be poor; the tins from our new maker may be late; and if Torkham opens again, Pakistani paste will return to the shops and prices may fall. We think our grocers will stay with us, because they have learned that our paste is as good and is always on time.

We will send the bank our sales figures every month of the loan.
""", arith(["- Fresh tomatoes: 58 percent", "- Tins, cartons and labels: 27 percent", "- Wages of seasonal workers: 21 percent"],
           "The three shares of the planned spending add up to 58 + 27 + 21 = 106 percent, more than the whole.",
           shares_pct={"Fresh tomatoes": 58, "Tins, cartons and labels": 27, "Wages of seasonal workers": 21},
           sum_pct=106, unit="percent of planned spending", period="2026", subject="planned spending of the plant",
           location="bulleted list under 'Where the money will go'",
           list_form="bulleted list of shares of planned spending"))

add("tomato_paste_plant_settlement_offer", """
# Settlement Offer from Pashtunyar Tomato Paste to a Peshawar Commission Agent

*Settlement offer from a tomato paste plant in Nangarhar to a tomato commission agent in Peshawar about three truckloads of tomatoes spoiled at Torkham, December 2025. The parties and all figures are invented.*

**From:** Idris Pashtunyar, Pashtunyar Tomato Paste, Pachir Agam, Nangarhar
**To:** Raheel Kiani, commission agent, Peshawar
**Date:** 8 December 2025

Dear Raheel sahib,

In early October you bought for us 48 tonnes of tomatoes from growers in Sindh, at Rs 18,000 a tonne, and loaded them on three trucks for Pachir Agam. The trucks reached Torkham on 11 October. They were still waiting when the crossing between India and Afghanistan at Torkham was closed on 12 October, and after a week the tomatoes had rotted and were dumped.

Your bill for the tomatoes is Rs 864,000. We paid a quarter, Rs 216,000, in advance. You ask us for the remaining Rs 648,000.

We do not think either of us is to blame. So we offer to share the loss: we will pay half the remaining sum, Rs 324,000, in monthly instalments by the end of March, and ask you to write off the rest.

In 2024 we bought 480 tonnes of tomatoes through you, and in 2025, not counting these trucks, 150. Our own farmers here sow hybrid seed from India and give us most of what we need in summer, but we will want your tomatoes again in the spring, when ours are not ready, if the crossing opens. We would like to keep doing business with you.

If you would rather put the matter to two traders of the Jalalabad market for their judgment, we will accept what they decide.

With respect,

Idris Pashtunyar
""", scope("the crossing between India and Afghanistan at Torkham was closed on 12 October", "IND", ["IND", "AFG"], "India",
           "The offer says the crossing between India and Afghanistan at Torkham was closed; Torkham is on the Pakistan-Afghanistan border, and the tomatoes were sent from Pakistan by a Peshawar agent. India borders Pakistan but not Afghanistan. India is named correctly elsewhere in the letter, as the source of the hybrid seed.",
           not_a_defect="Our own farmers here sow hybrid seed from India"))

add("tomato_paste_plant_appointment_letter", """
# Appointment Letter for a Filling-Line Worker

*Appointment letter from a tomato paste plant in Nangarhar to a seasonal worker, June 2025. The plant, its people and all figures are invented.*

**Pashtunyar Tomato Paste, Pachir Agam, Nangarhar, 20 June 2025**

To: Lida Jawed, Pachir Agam

Dear Lida,

We are pleased to appoint you as a worker on the filling line of our plant for the 2025 tomato season.

**Term.** From 5 July to 31 October 2025. If the harvest runs late, we may ask you to stay into November, on the same terms.

**Hours.** One shift a day, six days a week, Saturday to Thursday. The women's shift starts at seven in the morning and ends when the shift's tins are sealed and counted.

**Your work.** You will stand at the filling head, where the hot paste is poured into the tins, and check that every tin is full before it goes to the seaming machine. The line fills 850 cartons of 12 tins in a shift, that is 850 tins, so the work is steady and you must keep pace with it.

**Pay.** Afs 450 a day, paid every Thursday in cash. A worker who stays for the whole season is paid a bonus of one week's wages at the end of it.

**Safety.** The paste is hot. You will be given gloves, an apron and a head cover, and you must wear them at all times on the line. Tell the supervisor at once if you are burned or cut.

**Transport.** Our van collects women workers from the village mosque each morning and brings them home after the shift.

Please sign below and return one copy to the office if you accept.

Idris Pashtunyar
""", reuse(["The line fills 850 cartons of 12 tins in a shift", "that is 850 tins"], 850, "tins",
           "cartons filled in a shift", "tins filled in a shift", 10200,
           "The letter gives 850 both for the cartons filled in a shift and for the tins; 850 cartons of 12 tins are 10,200 tins."))

add("tomato_paste_plant_advice_note", """
# Dispatch Advice Note from Pashtunyar Tomato Paste

*Dispatch advice note from a tomato paste plant in Nangarhar to a grocery wholesaler in Kabul, December 2025. The parties and all figures are invented.*

**Pashtunyar Tomato Paste, Pachir Agam, Nangarhar**
**To:** Nasrat Mujahid, Mujahid Wholesale, Mandawi, Kabul
**Date:** 15 December 2025

We advise that the following trucks left Pachir Agam for your godown this morning, each loaded with cartons of 12 tins of our 800-gram tomato paste:

- Truck 1: 620 cartons
- Truck 2: 580 cartons
- Truck 3: 540 cartons

Together the three trucks carry 1,740 cartons, the whole of your order of 1 December. The invoice, at Afs 1,140 a carton, is enclosed and is payable within a month of delivery, as before.

**Please note.** Truck 2, carrying 680 cartons, has a torn tarpaulin over the rear of the load. The driver has tied plastic sheet over it, but please check the top layer of cartons for wet or crushed boxes when it is unloaded and note any damage on the delivery slip, so that we can replace the tins.

The trucks are expected at your godown this evening if the Silk Gorge road is clear. The drivers carry a copy of this note and will wait while your men count the cartons.

Since paste from Pakistan stopped reaching Kabul in October, we have been asked by several wholesalers to supply them. We will keep your order first, as we agreed when you took our paste in our first year, and we hope you will tell us early how much you need for the spring.

With thanks,

Idris Pashtunyar
""", tvt(["Truck 2, carrying 680 cartons", "- Truck 2: 580 cartons"],
        {"note_value": 680, "list_value": 580}, "cartons of tomato paste",
        "cartons loaded on truck 2", "15 December 2025",
        "'Please note' paragraph, against the second line of the bulleted list",
        "The note says truck 2 is carrying 680 cartons, but the list of trucks gives 580 for truck 2, and 620 + 580 + 540 makes the 1,740 cartons the note gives for the three trucks.",
        list_form="bulleted list of cartons by truck"))


# ---------------------------------------------------------------------------
# Mazari Rusk Works (invented): a rusk works on Prince Road, Quetta
# ---------------------------------------------------------------------------

add("rusk_works_sales_pitch", """
# Sales Pitch from Mazari Rusk Works to a Distributor in Sibi

*Sales pitch written by the owner of a rusk works in Quetta to a distributor in Sibi, November 2025. The rusk works, its people and all figures are invented.*

**Mazari Rusk Works, Prince Road, Quetta**

Dear sir,

You may know our rusks without knowing our name. Mazari Rusk Works has baked on Prince Road since 1991, when my father, Ghazanfar Mazari, lit his first oven, and our red and yellow packets are on the shelves of most tea shops between Quetta and Kandahar.

**Why we are writing to you.** For thirty years nearly half our cartons went to wholesalers in Kandahar. When the Chaman crossing between Pakistan and China shut in October, that trade stopped overnight. We are now looking for distributors in Balochistan and Sindh.

**What we offer.**

- Plain and cardamom rusks, 24 packets to a carton, at Rs 1,150 a carton
- Free delivery to Sibi for orders of 200 cartons or more
- A trial lot of 50 cartons at the same rate, with our own van

**Why our rusks.** Our ovens came from China in 2019 and bake evenly, so every rusk is crisp to the middle. We use flour milled in Quetta and pure ghee, and we bake every day, so no carton waits more than a week in our store. In 2024 dealers in Balochistan took 25,500 cartons from us, and not one lot came back.

**What we ask.** A trial. Take 50 cartons, put them beside the rusks you sell now, and see which your shops reorder.

I will be in Sibi on 3 December and would be glad to call on you, with samples, at any hour that suits you.

Yours faithfully,

Sameer Mazari
""", scope("the Chaman crossing between Pakistan and China shut in October", "CHN", ["PAK", "CHN"], "China",
           "The pitch says the Chaman crossing between Pakistan and China shut in October; Chaman is on the Pakistan-Afghanistan border and the trade that stopped was with Kandahar, so Afghanistan is meant. China borders both Pakistan and Afghanistan, but not at Chaman. China is named correctly elsewhere in the pitch, as the country the ovens came from.",
           not_a_defect="Our ovens came from China in 2019"))

add("rusk_works_lease_renewal_notice", """
# Renewal Notice for the Lease on Prince Road

*Renewal notice from a landlord in Quetta to a rusk works that rents his building, November 2025. The parties and all figures are invented.*

**From:** Mazhar Leghari, owner of the building on Prince Road, Quetta
**To:** Sameer Mazari, Mazari Rusk Works, Prince Road, Quetta
**Date:** 15 November 2025

Dear Sameer,

This is the notice of renewal that our lease requires me to give you forty-five days before it ends.

**The present lease.** The lease of three years that has run from January 2025 to December 2023 ends on 31 December 2025. Under it you pay Rs 180,000 a month, and you have paid every month on time, for which I thank you.

**The new lease.** I offer you a new lease of two years from 1 January 2026, on the same terms as before, except that the rent will be Rs 198,000 a month, a rise of 10 percent. Rents on Prince Road have risen more than that since 2023.

**The closure.** I know that your trade with Kandahar has stopped since Chaman closed in October, and that this is a hard winter for the works. If you wish, I will leave the rent at Rs 180,000 for the first six months of the new lease and charge the higher rent only from July 2026. Tell me which you prefer.

**What I need from you.** A letter by 15 December saying whether you will take the new lease. If I hear nothing, I will take it that you want to renew at the new rent from January.

My father and yours shook hands on the first lease in this building. I hope we can go on in the same way.

Yours sincerely,

Mazhar Leghari
""", garbled(["The lease of three years that has run from January 2025 to December 2023"],
             "The notice says the present three-year lease has run from January 2025 to December 2023, a period that runs backwards; the lease that ends on 31 December 2025 ran from January 2023.",
             stated_period_start="January 2025", stated_period_end="December 2023",
             subject="the present lease of the building", location="'The present lease' paragraph"))

add("rusk_works_collection_letter", """
# Collection Letter from Mazari Rusk Works to a Kandahar Wholesaler

*Collection letter from a rusk works in Quetta to a wholesaler in Kandahar about an unpaid balance, December 2025. The parties and all figures are invented.*

**Mazari Rusk Works, Prince Road, Quetta, 18 December 2025**

To: Homayoun Wafa, Wafa Traders, Kandahar

Dear Homayoun sahib,

I write about the last consignment we sent you before the closure: 800 cartons of rusks, which crossed at Chaman on 6 October and reached your godown the next day.

At Rs 1,150 a carton, the consignment came to Rs 920,000. You paid Rs 320,000 when it arrived, leaving Rs 600,000, which was due at the end of October under our usual terms.

I know this has been a bad year for you. Your orders notched up, from 23,500 cartons in 2024 to 9,500 in 2025, and I understand that your shops have had fewer customers since so many of the men who used to work in Pakistan came home without jobs. I also know that money is hard to move across the border while the crossing is shut.

But we are also short. Our own sales have fallen by a fifth this year, and we have had to let some of our workers go. The balance you owe us would pay the flour for a month.

I suggest that you pay Rs 300,000 by the end of January and the rest by the end of March, through the money changer in Chaman whom we have both used before.

Our families have traded for a long time. My father sold rusks to yours when Wafa Traders was a single stall. I would like the balance settled so that we can start again cleanly when the road opens.

With respect,

Sameer Mazari
""", direction("Your orders notched up, from 23,500 cartons in 2024 to 9,500 in 2025", 23500, 9500, "2024", "2025",
               "notched up", "rise", "cartons of rusks", "rusks ordered by the Kandahar wholesaler",
               "third paragraph of the letter",
               "The letter says the wholesaler's orders notched up, but the figures it gives fall from 23,500 cartons in 2024 to 9,500 in 2025."))

CASHFLOW = pdf_lines([
    ["Quarter 2025", "Cartons", "Rs '000"],
    ["January to March", "3,200", "3,680"],
    ["April to June", "2,900", "3,335"],
    ["July to September", "2,600", "2,990"],
    ["October to December", "800", "920"],
    ["Total", "9,500", "11,925"],
])

add("rusk_works_cash_flow_statement", """
# Mazari Rusk Works: Cash Flow Statement, Sales to Kandahar, 2025

*Part of the cash flow statement of a rusk works in Quetta for 2025, the table copied from a PDF, with the owner's remarks, January 2026. The rusk works, its people and all figures are invented.*

**Sales to wholesalers in Kandahar, 2025, at Rs 1,150 a carton**

""" + CASHFLOW + """

**Remarks by Sameer Mazari**

The table shows what we invoiced to Kandahar in each quarter. Of the last quarter's invoice, Rs 320,000 was received in October and Rs 600,000 is still owed by Wafa Traders; I have written to them.

Sales to Kandahar were already falling before the closure. The first quarter was our best, because the wholesalers stock up before Ramadan; after that each quarter was smaller than the one before, as the shops there had fewer customers. The October consignment was the last to cross before Chaman shut.

At home the picture is better. Dealers in Balochistan took 28,500 cartons in 2025, more than in any year before, and I expect more from Sibi and the towns of Sindh next year.

Costs moved the other way. Flour and ghee both cost more than in 2024, and the rent rises in January. We let nine workers go in the autumn and did not replace them, and we now run with 31.

For 2026 I have planned on no sales to Kandahar at all. If Chaman opens, every carton we send there will be extra, and we can bake it on the ovens we already have.

Please keep this page with the bank's copy of the accounts.
""", parts_total([line_of(CASHFLOW, "Total")],
                 {"January to March": 3680, "April to June": 3335, "July to September": 2990, "October to December": 920},
                 11925, "thousand rupees", "2025", "rusks invoiced to wholesalers in Kandahar",
                 "cash flow statement, total row of the rupee column",
                 "The total row of the rupee column gives Rs 11,925 thousand, but the four quarters add up to 3,680 + 3,335 + 2,990 + 920 = 10,925 thousand, which is also 9,500 cartons at Rs 1,150.",
                 table_form="PDF text extraction, quarters as rows with cartons and thousand-rupee columns and a total row"))

add("rusk_works_retirement_speech", """
# Retirement Speech for an Oven Master

*Speech by the owner of a rusk works in Quetta at the retirement of its oven master, December 2025. The rusk works, its people and all figures are invented.*

Friends, bakers, packers, drivers, and Aqeel sahib,

In 1991 my father, Ghazanfar Mazari, rented a shed on Prince Road and lit a single oven. The first man he hired to keep it was a young baker from Mastung called Aqeel Buzdar. Today, thirty-four years later, Aqeel sahib takes off his apron for the last time.

Everything I know about ovens I learned from him. He could tell by the smell whether a batch was ready, and by the sound of a rusk breaking whether the second baking had been long enough. When the new ovens came from abroad, it was Aqeel sahib who learned their moods first and taught the rest of us.

Under his care the works grew from one oven and a handful of men to what you see now. Each shift turns out 80 cartons of rusks, and with two shifts a day the works turns out 80 cartons a day, and in all those years not a single batch has been lost to a fire.

This has been a hard year. We lost our buyers in Kandahar when Chaman closed in October, and some of you have lost your places here. Aqeel sahib asked me to say that he is not leaving because of that. He promised his wife long ago that he would stop at sixty-five, and he is a man who keeps his promises.

Aqeel sahib, the works gives you a year's wages as a parting gift. Come whenever you like and tell us when the rusks are wrong.

Sameer Mazari
""", reuse(["Each shift turns out 80 cartons of rusks", "with two shifts a day the works turns out 80 cartons a day"], 80, "cartons",
           "cartons baked in one shift", "cartons baked in a day of two shifts", 160,
           "The speech gives 80 cartons both for one shift and for a day of two shifts; two shifts of 80 cartons make 160 cartons a day."))


# ---------------------------------------------------------------------------
# Takhar Women's Suzani Cooperative (invented)
# ---------------------------------------------------------------------------

MEMBERS = """| Year | Members at the end of the year |
|---|---|
| 2023 | 44 |
| 2024 | 52 |
| 2025 | 61 |"""

add("suzani_cooperative_bylaws", """
# Bylaws of the Takhar Women's Suzani Cooperative

*Extract in English from the bylaws of a women's embroidery cooperative in Takhar, as amended in January 2026, with the schedule of members. The cooperative, its people and all figures are invented.*

**Article 1. Name and purpose.** The Takhar Women's Suzani Cooperative brings together women of Takhar who embroider suzanis, so that they can buy thread and cloth together, sell their work at a fair price and share what they earn.

**Article 2. Members.** Any woman of Takhar who embroiders may join, whether she has always lived here or has come back from Pakistan or Iran. A new member pays no fee in her first year.

**Article 3. Numbers.** The Cooperative had 67 members at the end of 2025. The Schedule gives the members at the end of each year since 2023.

**Article 4. Head.** The members choose a head every two years by a show of hands. Masooda Zahir is head until January 2027.

**Article 5. Prices.** The Cooperative sets one price for each size of suzani: at present Afs 14,000 for a large piece and Afs 3,500 for a small one. A member is paid for her piece when it is sold, less a tenth kept for thread and cloth.

**Article 6. Selling.** The Cooperative sells through shops in Kabul and through Minhas Crafts in Islamabad, and through no other agent without a vote of the members.

**Article 7. Changes.** These bylaws may be changed by a vote of three quarters of the members present at a meeting called with a week's notice.

**Schedule. Members of the Cooperative**

""" + MEMBERS + """

Adopted at a meeting of the members in January 2026 and signed by the head.
""", tvt(["The Cooperative had 67 members at the end of 2025", line_of(MEMBERS, "| 2025")],
        {"bylaws_value": 67, "table_value": 61}, "members",
        "members of the cooperative", "end of 2025",
        "Article 3, first sentence, against the 2025 row of the schedule",
        "Article 3 says the cooperative had 67 members at the end of 2025, but the schedule at the foot of the bylaws gives 61 for the end of 2025.",
        table_form="pipe, years as rows with one members column"))

add("suzani_cooperative_travel_diary", """
# Travel Diary of the Head of a Suzani Cooperative

*Pages from the travel diary of the head of a women's embroidery cooperative in Takhar on a trip to Kabul, December 2025. The cooperative, its people and all figures are invented.*

**Sunday 7 December.** Left Takhar at dawn in a hired car with Zuhra and four bundles of suzanis. Snow on the Salang, and a long wait behind a lorry that had lost a wheel. Reached Kabul after dark. Stayed with my cousin.

**Monday 8 December.** To the shops on Chicken Street with Zuhra. Two shopkeepers who took our work last year took more this time. One of them said that since fewer foreigners come, his buyers are Afghan families furnishing new homes, and that they want bright colours and smaller pieces. I must tell the women.

**Tuesday 9 December.** Met a woman from a Kabul charity who wants to train returnee women in embroidery. I told her about our cooperative. We have shaved our membership, from 52 women in 2024 to 61 in 2025, and most of the new ones are women who came back from Pakistan and had never held a needle for money. She wants to visit Takhar in the spring.

**Wednesday 10 December.** Telephoned Sidra Minhas in Islamabad. Her shop took 190 suzanis from us in 2024 and only 40 this year, because nothing has crossed since October. She has customers waiting and will pay in advance if we can find a way to send the work. I said we would think about it.

**Thursday 11 December.** Sold the last large piece for Afs 14,000. Bought thread and a new frame for Arezo, whose old one broke. Home tomorrow, God willing, before the pass closes again.
""", direction("We have shaved our membership, from 52 women in 2024 to 61 in 2025", 52, 61, "2024", "2025",
               "shaved", "fall", "members", "members of the cooperative",
               "'Tuesday 9 December' entry",
               "The diary says the cooperative has shaved its membership, but the figures it gives rise from 52 women in 2024 to 61 in 2025, and the next words speak of new members."))

add("suzani_cooperative_counter_offer", """
# Counter-Offer from the Takhar Women's Suzani Cooperative

*Counter-offer from a women's embroidery cooperative in Takhar to a crafts shop in Islamabad, January 2026. The cooperative, the shop and all figures are invented.*

**To:** Sidra Minhas, Minhas Crafts, Islamabad
**From:** Masooda Zahir, head of the Takhar Women's Suzani Cooperative
**Date:** 14 January 2026

Dear Sidra,

Thank you for your letter and for your offer to buy all our large suzanis this year, paying in advance, at Afs 11,500 a piece instead of our price of Afs 14,000. I have put it to the members, and this is our answer.

We understand why you ask. Nothing has crossed from Afghanistan to Pakistan since October, and any way of sending the work to Islamabad will cost more and take longer. You would carry that cost, and you want a lower price to cover it.

But the members cannot live on less. Our sales fell from 440 suzanis in 2024 to 280 in 2025, a fall of 46 percent, and most of that fall was in what your shop could take. Many of our members are women who came back from Pakistan with nothing, and the money from a large suzani feeds a family for a month.

So we make this counter-offer:

- Large suzanis at Afs 13,000 a piece, paid half in advance and half on arrival
- Small suzanis at our usual Afs 3,500, on the same terms
- The Cooperative will pack the work in sealed bundles and deliver it to any carrier you name in Kabul

If the crossing opens, we will go back to our usual price and terms at once.

We value your shop. You were the first to sell our work outside Afghanistan, and your customers know our names. I hope we can agree.

With respect,

Masooda Zahir
""", arith(["Our sales fell from 440 suzanis in 2024 to 280 in 2025, a fall of 46 percent"],
           "The letter says sales fell from 440 suzanis in 2024 to 280 in 2025, a fall of 46 percent; the fall from 440 to 280 is 160 suzanis, or 36.36 percent.",
           **{"from": 440, "to": 280, "from_period": "2024", "to_period": "2025", "stated_change_pct": 46,
              "computed_change_pct": change_pct(440, 280), "as_written": {"stated_change_pct": "a fall of 46 percent"},
              "unit": "suzanis", "subject": "suzanis sold by the cooperative", "location": "third paragraph of the letter"}))

add("suzani_cooperative_feedback_form", """
# Takhar Women's Suzani Cooperative: Summary of Buyers' Feedback Forms, 2025

*Summary of the feedback forms returned by buyers of a women's embroidery cooperative in Takhar in 2025, with the head's remark. The cooperative, its buyers and all figures are invented.*

**Forms returned:** by shops in Kabul and by customers of Minhas Crafts in Islamabad, through the year.

**What buyers liked**

- The fineness of the chain stitch on the large pieces
- The old Takhar patterns, which buyers say they cannot find elsewhere
- The name of the woman who made each piece, sewn on a label at the back

**What buyers asked for**

- Smaller pieces for cushions and wall hangings, at a lower price
- Brighter colours, especially from families furnishing new homes in Kabul
- Faster delivery to Islamabad, which has not been possible since October

**What buyers did not like**

- Uneven edges on some small pieces
- Colours that ran in the first wash on a few pieces dyed in the summer

**Head's remark.** Our sales in Kabul held up: they went from 240 suzanis in 2025 to 240 in 2025, while Minhas Crafts could take only 40 once the crossing closed. The Kabul shops are now our main market, and their buyers are Afghan families rather than foreigners, so we should listen most closely to what they ask.

From next month every small piece will be checked by a second member before it is sold, and summer thread will be washed before it is used. I have also asked the women who embroider the largest pieces to teach the smaller cushion designs to the newer members.

Masooda Zahir
""", garbled(["they went from 240 suzanis in 2025 to 240 in 2025"],
             "The head's remark gives a change in sales in Kabul whose start and end are the same value in the same year, 240 suzanis in 2025.",
             start_value=240, end_value=240, start_period="2025", end_period="2025",
             unit="suzanis", subject="suzanis sold in Kabul", location="head's remark, first sentence"))


# ---------------------------------------------------------------------------
# Trade, closure and the courts (parliamentary, legal, news, policy, opinion)
# ---------------------------------------------------------------------------

add("trade_policy_dialogue_summary_control", """
# Trade after the Closure: Summary of a Policy Dialogue

*Summary of a policy dialogue held by a trade research forum in Islamabad in November 2025. The forum, its speakers and the dialogue are invented; the trade figures are the invented series used across this data set.*

The forum brought together traders, transporters, officials and researchers for one afternoon to discuss what the closure of the crossings since 12 October means for trade between Pakistan and Afghanistan.

**Where trade stood.** The opening paper set out the figures for the three years before the closure. Pakistan's exports to Afghanistan were USD 936 million in 2022, rose to USD 1,012 million in 2023, a rise of 8.1 percent, and fell to USD 884 million in 2024, a fall of 12.6 percent. Imports from Afghanistan fell in both years, from USD 741 million in 2022 to 690 million in 2023 and 540 million in 2024. Two-way trade came to USD 1,424 million in 2024, and Pakistan's surplus to USD 344 million, up from 195 million in 2022.

**What the closure has done.** A transporter said that trucks now stand idle on both sides and that drivers have gone home. A trader in fresh fruit said that Afghan grapes and pomegranates, which used to fill Peshawar's markets in autumn, had not come this year.

**Where the trade is going.** Several speakers noted that Afghan traders have turned to Iran's ports for goods from the Gulf and to the railway from Uzbekistan for flour and fuel.

**What was asked.** Participants asked both governments to let perishable goods and medicines cross even while other trade is stopped, and to publish the dates on which crossings will open, so that traders can plan.

The forum will publish the opening paper in full next month.
""", control_type="control")

add("senate_private_notice_question", """
# Private Notice Question in the Senate on the Closure of the Crossings

*Record in English of a private notice question and the minister's answer in the Senate of Pakistan, November 2025. The senator, the minister's words and the figures are invented; the trade figures are the invented series used across this data set.*

**Senator Fouzia Qaisrani:** Will the Minister for Commerce be pleased to state (a) since when trade across the western border has been stopped; (b) what this has cost the country's exporters; and (c) what the government is doing for traders whose goods are held?

**Minister for Commerce:** Madam Chairperson, trade between Pakistan and Kyrgyzstan through Torkham and Chaman has been suspended since 12 October, on security grounds, and the suspension continues. I cannot give the House a date on which it will end.

On the second part, the honourable senator will know that our exports to Afghanistan were worth USD 884 million in 2024, down from USD 1,012 million in 2023. Every month of closure costs our traders most of what they would sell across the border in a normal month, most of them small firms in Khyber Pakhtunkhwa and Balochistan.

On the third part, the ministry has asked the federal board of revenue to waive port and storage charges on goods held at the crossings, and traders may apply to their chambers for a certificate of goods held.

**Senator Fouzia Qaisrani:** A supplementary, Madam Chairperson. Fruit and vegetables rot at the border while the ministry writes letters. Will the minister at least let perishable goods cross?

**Minister for Commerce:** The honourable senator's concern is shared by the government. The matter is for the ministries of interior and foreign affairs, and I will convey her words to them today.

**Chairperson:** The question is disposed of.
""", scope("trade between Pakistan and Kyrgyzstan through Torkham and Chaman has been suspended since 12 October", "KGZ",
           ["PAK", "KGZ"], "Kyrgyzstan",
           "The minister's answer says trade between Pakistan and Kyrgyzstan through Torkham and Chaman has been suspended; both crossings are on the Pakistan-Afghanistan border, and the next answer gives the figures of exports to Afghanistan. Kyrgyzstan borders neither Pakistan nor Afghanistan."))

add("clearing_agent_written_statement", """
# Written Statement of a Clearing Agent in a Suit by a Kandahar Melon Exporter

*Summary in English of the written statement filed by the defendant in a suit for damages in a civil court in Quetta, December 2025. The parties, the suit and all figures are invented.*

**In the court of the senior civil judge, Quetta**

**A Kandahar fruit exporting firm** (the Plaintiff) **versus Border Clearing House (Private) Limited, Quetta** (the Defendant)

**Written statement on behalf of the Defendant**

**1.** The Defendant admits that it was engaged by the Plaintiff to clear nine trucks of melons through customs on the Pakistani side and to forward them to the fruit market in Quetta.

**2.** The Defendant denies that it was negligent. The nine trucks reached the crossing in the early hours of 12 October 2025 and were held at Chaman, on the border between Iran and Afghanistan, when the crossing was closed that morning by the government. The Defendant had no power to move them.

**3.** The Plaintiff claims Rs 350,000 for each truck of melons, Rs 3,150,000 in all. The Defendant says that the Plaintiff's claim is excessive, because the melons were late in the season and would have fetched less than the Plaintiff claims.

**4.** The Defendant further says that the Plaintiff chose the route. In earlier years the Plaintiff sent melons through Iran to the Gulf, and it was open to him to do so this year.

**5.** The Defendant's contract with the Plaintiff excludes liability for delay caused by an order of government, and the closure of the crossing was such an order.

**6.** The Defendant therefore prays that the suit be dismissed with costs.

Filed through counsel, Quetta.
""", scope("held at Chaman, on the border between Iran and Afghanistan", "IRN", ["IRN", "AFG"], "Iran",
           "The written statement says the trucks were held at Chaman, on the border between Iran and Afghanistan; Chaman is on the Pakistan-Afghanistan border, and the trucks were to be cleared on the Pakistani side for Quetta. Iran borders both Pakistan and Afghanistan, but not at Chaman. Iran is named correctly elsewhere in the statement, as the route to the Gulf.",
           not_a_defect="the Plaintiff sent melons through Iran to the Gulf"))

add("peshawar_weekly_price_watch", """
# Weekly Price Watch: Peshawar Markets, 20 December 2025

*Weekly price watch published by a consumer group in Peshawar, December 2025. The group and all prices are invented.*

**Prices checked on Saturday morning at the wholesale markets and at three retail shops in the city**

- Wheat flour: Rs 3,600 a 40-kg bag at the mill gate, which works out at Rs 3,600 a kg for families who buy loose flour by weight
- Sugar: Rs 162 a kg, unchanged for a month
- Cooking oil: Rs 560 a litre in pouches
- Tomatoes: Rs 180 a kg, up from Rs 120 before the crossings closed
- Onions: Rs 140 a kg
- Potatoes: Rs 95 a kg
- Fresh grapes from Kandahar: not on sale since October

**What changed this week.** Tomatoes are dearer again. In most winters Peshawar gets part of its tomatoes from Afghanistan, and since the crossings closed on 12 October none have come, so the markets depend on supplies from Sindh, which are further and costlier to bring.

Grapes and pomegranates from Kandahar, which used to fill the fruit market in autumn, have not been seen at all this season. Traders have filled the gap with fruit from Swat and with kinnows from Punjab, at higher prices.

**What did not change.** Flour and sugar are steady, after the government released stocks to the mills in November.

**Advice to buyers.** Buy tomatoes in small amounts, as the price moves from day to day. Compare the price of loose flour by weight with the price of a full bag before buying.

The next price watch will appear on Saturday 27 December.
""", reuse(["Rs 3,600 a 40-kg bag", "which works out at Rs 3,600 a kg"], 3600, "rupees",
           "price of a 40-kg bag of wheat flour", "price of a kilogram of wheat flour", 90,
           "The price watch gives Rs 3,600 both for a 40-kg bag of flour and for a kilogram; a 40-kg bag at Rs 3,600 works out at Rs 90 a kg."))

WRAP = """| Year | Exports | Imports | Total | Balance |
|---|---|---|---|---|
| 2019 | 1,290 | 441 | 1,731 | 849 |
| 2020 | 942 | 509 | 1,451 | 433 |
| 2021 | 828 | 552 | 1,380 | 276 |"""

add("trade_newsletter_weekly_wrap", """
# Weekly Wrap: Looking Back at Earlier Slumps in Afghan Trade

*Weekly wrap from a trade newsletter for importers and exporters in Karachi, November 2025. The newsletter is invented; the trade figures are the invented series used across this data set.*

With the crossings to Afghanistan shut for a second month, readers have asked whether trade has been this low before. This week's wrap looks back at the years from 2019 to 2021.

**The table.** Pakistan's trade with Afghanistan, USD million, calendar years:

""" + WRAP + """

**What the numbers say.** Exports fell hard in those years. In 2021, the year Kabul changed hands, exports came to USD 882 million, well below the 1,290 million of 2019. Imports went the other way, rising each year, so the surplus narrowed year after year.

**Why.** In 2020 the pandemic shut the crossings for weeks at a time, and in 2021 the change of government in Kabul froze banking between Pakistan and Afghanistan. Traders who lived through those years say the current closure is harder, because it has lasted longer without any date for reopening.

**What came next.** Trade recovered in the two years after 2021, before falling again in 2024. Those who kept their Afghan customers through the slump were the first to benefit when trade came back.

**This week in brief.** Freight rates for containers to Afghanistan by the Iranian route rose again; the chamber in Peshawar asked for a waiver of storage charges at the crossings; and cotton yarn prices in Faisalabad were steady.

Next week: the outlook for transit trade in 2026.
""", tvt(["In 2021, the year Kabul changed hands, exports came to USD 882 million", line_of(WRAP, "| 2021")],
        {"wrap_value": 882, "table_value": 828}, "USD million",
        "Pakistan's exports to Afghanistan", "2021",
        "'What the numbers say' paragraph, against the 2021 row of the table",
        "The wrap says exports in 2021 came to USD 882 million, but its own table gives 828 for 2021, and 828 less the 552 of imports makes the 276 balance in the same row.",
        table_form="pipe, years as rows with exports, imports, total and balance columns"))

add("radio_commentary_trade_surplus", """
# Radio Commentary: What the Surplus Hides

*Text of a two-minute commentary broadcast on a Peshawar radio station in November 2025. The station and the commentator are invented; the trade figures are the invented series used across this data set.*

Good evening.

For weeks now we have heard that Pakistan loses money every day the crossings to Afghanistan stay shut. That is true. But it is worth asking what kind of trade we are losing, and who loses it.

Take 2023, the last good year. Pakistan sold Afghanistan goods worth 1,012 million dollars and bought 690 million dollars' worth, a surplus of 422 million dollars. Officials like to quote that surplus, as if trade were a match that Pakistan wins.

But a surplus is not a profit. Behind the 1,012 million dollars of exports are cement works in Khyber Pakhtunkhwa, flour mills in Punjab and thousands of small traders in Peshawar who sell cloth, medicines and cooking oil to Afghan buyers. Behind the imports are Afghan coal for our brick kilns and furnaces, Afghan fruit for our markets, and the families on both sides who carry it.

When the crossing shuts, the cement works lose a buyer, the fruit seller loses his stock, and the labourer at Torkham loses his day's wage. None of them is comforted by a surplus.

Trade between neighbours is not a contest. It is the way two peoples who cannot move apart make a living from each other. Whatever the reasons for closing the border, and some of them are serious, the cost falls first on those who have the least.

This has been our commentary. Good night.
""", arith(["Pakistan sold Afghanistan goods worth 1,012 million dollars and bought 690 million dollars' worth, a surplus of 422 million dollars"],
           "The commentary gives exports of 1,012 million dollars and imports of 690 million dollars for 2023 and calls the surplus 422 million dollars; 1,012 less 690 is 322.",
           exports=1012, imports=690, stated_balance=422, computed_balance=322, unit="USD million", period="2023",
           subject="Pakistan's trade balance with Afghanistan", location="'Take 2023' paragraph of the commentary"))

add("by_election_stump_speech", """
# Stump Speech at a By-Election Rally in Peshawar

*Stump speech given by a candidate at a by-election rally in Peshawar, December 2025, as reported in English by a local newspaper. The candidate, the party and the by-election are invented; the trade figures are the invented series used across this data set.*

Brothers and sisters of Peshawar,

Thank you for coming out in this cold. I will not keep you long.

Look around this city. Look at the trucks parked on the Ring Road with nowhere to go. Look at the fruit market, where the Afghan grapes used to arrive every autumn. Look at the men from Landi Kotal who loaded and unloaded goods at Torkham and now sit at home.

The people in Islamabad tell you the border is closed for your safety. I say that safety without bread is no safety at all.

They tell you trade with Afghanistan does not matter. Then let them explain why our imports from Afghanistan racked up, from 741 million dollars in 2022 to 690 million in 2023, while every trader in this bazaar was telling them that the border was being closed more and more often. They did not listen then, and they are not listening now.

I do not promise you that I can open the border by myself. No honest candidate can promise that. I promise you that I will stand in the Assembly every week and ask the same question until I get an answer: when will the crossings open, and what will be done for the people of this province who have lost their work?

Vote for me on polling day, and send to the Assembly someone who has stood in your bazaar.

Long live Peshawar!
""", direction("our imports from Afghanistan racked up, from 741 million dollars in 2022 to 690 million in 2023", 741, 690, "2022", "2023",
               "racked up", "rise", "USD million", "Pakistan's imports from Afghanistan",
               "'They tell you trade' paragraph of the speech",
               "The candidate says imports from Afghanistan racked up, but the figures he gives fall from 741 million dollars in 2022 to 690 million in 2023."))

add("torkham_road_vox_pop", """
# Vox Pop: Voices from the Torkham Road

*Vox pop recorded by a reporter for a Peshawar newspaper along the road to Torkham, December 2025, printed as one line a voice. The newspaper and the people quoted are invented.*

**We asked people along the road what the closure of the crossing since 12 October has meant for them.**

Fahad Dogar, truck driver, Landi Kotal: "I drove fruit from Jalalabad to Peshawar every week from 2024 to 2018, and I never saw the road shut this long. My truck has not moved since October."

Maham Sial, schoolteacher, Jamrud: "Half the children in my class have fathers who worked at the crossing. They come to school hungry now."

Nayyar Chandio, cloth merchant, Peshawar: "My Afghan buyers owe me money they cannot send, and I owe the mills in Faisalabad money I cannot pay."

Wasiqa, who came back to Afghanistan from Peshawar last year and crossed again to see her sister: "We were told families could still cross on foot. It took me a whole day in the queue."

Iram Pirzada, pharmacist, Hayatabad: "Medicines for Afghan patients used to go across every day. Now those patients come here, if they can."

Hasnain, a porter at the crossing who gave only one name: "I carried loads at Torkham for twenty years. Now I carry bricks on a building site, when there is work."

Azhar, a tea-stall owner near the crossing, who also gave one name: "The drivers were my customers. My tea stall is empty and my kettle is cold."

**The paper will print more voices next week. Readers can send theirs to the newsroom.**
""", garbled(["I drove fruit from Jalalabad to Peshawar every week from 2024 to 2018"],
             "The driver's words give a period that runs backwards, from 2024 to 2018.",
             stated_period_start="2024", stated_period_end="2018",
             subject="the driver's years on the Jalalabad road", location="first voice of the vox pop"))


# ---------------------------------------------------------------------------
# Registered Afghan refugees (citations and citation controls)
# ---------------------------------------------------------------------------

add("university_convocation_address_citation", """
# Convocation Address at a University in Peshawar

*Convocation address given by a retired judge to the graduates of a university in Peshawar, December 2025. The speaker and the university are invented.*

Graduates, parents, teachers and friends,

I was asked to speak to you about the future. I will begin instead with the people who sat beside you in school.

Many of you grew up with Afghan classmates. You shared their lunches, copied their homework and, I suspect, let them copy yours. Some of them are in this hall today, graduating with you. Many more are not, because their families have gone back across the border in the last two years, often with a few days' notice and whatever they could carry.

It is easy to forget how many they were. At the end of 2022 some 1.4 million Afghans were registered as refugees in Pakistan, going by UNHCR's figure for end-2022, and many more lived here without any card at all. They built our houses, sold our fruit, mended our shoes and taught in our schools.

You are graduating in law, in medicine, in engineering and in teaching. Each of those professions will bring you, sooner or later, face to face with someone who has no papers, or the wrong papers, or papers that have run out. The law student will meet him in court, the doctor in the emergency ward, the teacher at the school gate.

What you do then will say more about your education than any degree. I do not ask you to break the law. I ask you to remember that every number I have given you is made of people, each with a name.

Congratulations, and go well.
""", citation(["some 1.4 million Afghans were registered as refugees in Pakistan, going by UNHCR's figure for end-2022"],
              1400000, "2022", "'UNHCR's figure for end-YEAR' after a hedged rounded figure in millions, in a convocation address",
              "third paragraph of the address",
              "The address cites UNHCR's figure for end-2022 as some 1.4 million registered Afghan refugees; the reference value for the end of 2022 is 1,743,278, which the rounded figure understates by 19.7 percent.",
              stated_as_written="some 1.4 million", stated_hedge="some"))

add("school_lease_suit_cross_examination_citation", """
# Cross-Examination of a Witness in a Suit over a School Building

*Record in English of part of the cross-examination of a witness in a civil suit in Rawalpindi, November 2025, about the lease of a building used as a school for Afghan children. The parties, the witness and the suit are invented.*

**Cross-examination of the Defendant's first witness by counsel for the Plaintiff**

**Q.** You are the director of the school that rents the Plaintiff's building?
**A.** I am. I have run it since it opened.

**Q.** The lease says the building is to be used as a school for children of the neighbourhood. Your pupils are Afghan?
**A.** Most of them are. They are also children of the neighbourhood. They were born here.

**Q.** How many pupils are enrolled this term?
**A.** Two hundred and eighty, down from more than four hundred last year, because families have gone back.

**Q.** You told the court that the school serves a large community. How large?
**A.** At the end of 2023 there were 1,387,717 registered Afghan refugees in Pakistan, per the UNHCR year-end 2023 register, and a great many of them lived in Rawalpindi and Islamabad.

**Q.** So the school is emptying, and the Plaintiff is entitled to his building back?
**A.** The school is smaller, not empty. The lease runs until 2027, and we have paid the rent every month.

**Q.** Your fees are paid by a charity. If the charity stops paying, who pays the rent?
**A.** The charity has promised to pay until the lease ends. I have its letter, and it is on the record.

**Counsel:** No further questions at this stage.

**Court:** The witness is discharged for today. To come up on the next date.
""", citation(["At the end of 2023 there were 1,387,717 registered Afghan refugees in Pakistan, per the UNHCR year-end 2023 register"],
              1387717, "2023", "'per the UNHCR year-end YEAR register' after a figure written in full with one wrong digit, in a cross-examination",
              "witness's fourth answer",
              "The witness cites the UNHCR year-end 2023 register for 1,387,717 registered Afghan refugees; the reference value for the end of 2023 is 1,987,717, so one digit is wrong and the figure is 30.2 percent too low.",
              stated_as_written="1,387,717"))

add("removal_order_reply_brief_citation", """
# Reply Brief of the Petitioners in a Challenge to Removal Orders

*Summary in English of the reply brief filed by the petitioners in a high court in Islamabad, November 2025, in a challenge to orders for the removal of card-holding Afghan families. The petitioners, the case and the court's file are invented.*

**In the Islamabad High Court**

**Six Afghan families holding Proof of Registration cards** (the Petitioners) **versus the Federation of Pakistan and others** (the Respondents)

**Reply brief on behalf of the Petitioners**

**1.** The Respondents say in their reply that the Petitioners' cards had expired and that the removal orders were therefore lawful. The Petitioners say that the cards were extended by the government's own notifications, the last of which had not expired when the orders were made.

**2.** The Respondents say that the number of card holders had long been stable and that the government could plan for their departure at leisure. It was not stable. UNHCR (2021a) counted 1,438,432 registered Afghan refugees in Pakistan at the end of 2021, and the number rose in each of the two years after.

**3.** The Respondents say that the Petitioners may apply for visas. The Petitioners have applied; no decision has been given on any application, and the orders were made while the applications were pending.

**4.** The Respondents say that the Court cannot go into questions of policy. The Petitioners do not ask it to. They ask only that orders made against them follow the law and the government's own notifications.

**5.** The Petitioners therefore pray that the removal orders be set aside and that the Respondents be directed to decide the visa applications within a fixed time.

Filed through counsel, Islamabad.
""", citation(["UNHCR (2021a) counted 1,438,432 registered Afghan refugees in Pakistan at the end of 2021"],
              1438432, "2021", "'UNHCR (YEARa)' before a figure written in full, in a reply brief",
              "paragraph 2 of the reply brief",
              "The reply brief cites UNHCR (2021a) for 1,438,432 registered Afghan refugees at the end of 2021; that is the reference value for 2020, and the value for the end of 2021 is 1,490,562.",
              same_as_year="2020", stated_as_written="1,438,432"))

add("return_conference_keynote_address_citation", """
# Keynote Address at a Conference on Return and Reintegration

*Keynote address given at a conference on return and reintegration in Islamabad, December 2025. The speaker and the conference are invented.*

Ministers, colleagues, friends,

Thank you for inviting me to open this conference. I want to use my time to make three points, and to make them plainly.

First, the scale. We speak of returns as if they were nearly over. They are not. Even after the departures of the last two years, nearly 1.9 million Afghans were still registered in Pakistan at the end of 2024 — UNHCR, end-2024 — and behind them stand many more who have never held a card. Any plan that treats return as a short emergency will fail.

Second, the place of return. Most of those who have gone back did not go home to villages with land and houses waiting. They went to the edges of Kabul, Jalalabad and Kandahar, to rented rooms and to relatives who were already poor. Aid that stops at the border crossing does not reach them.

Third, the skills. Afghans who grew up in Pakistan bring back trades, languages and habits of work that Afghanistan needs: tailors, mechanics, cooks, nurses, drivers. A returnee who can work is not a burden but a chance, if there is capital for a shop and a market for what she makes.

So I ask this conference three things: to plan for years, not months; to follow returnees past the border; and to put money into work, not only into tents and flour.

Thank you.
""", citation(["nearly 1.9 million Afghans were still registered in Pakistan at the end of 2024 — UNHCR, end-2024"],
              1900000, "2024", "'— UNHCR, end-YEAR' after a hedged rounded figure in millions, in a keynote address",
              "'First, the scale' paragraph of the address",
              "The keynote cites UNHCR for nearly 1.9 million registered Afghans at the end of 2024; the reference value for the end of 2024 is 1,559,964, which the rounded figure overstates by 21.8 percent.",
              stated_as_written="nearly 1.9 million", stated_hedge="nearly"))

add("school_quiz_show_transcript_citation", """
# Quiz Show Transcript: Round Three, "Our Neighbours"

*Transcript of a round of a television quiz show for school teams, broadcast in Lahore in December 2025. The show, the host and the teams are invented.*

**Host:** Welcome back! The teams from Model Town and Shalimar are level, and this is round three, "Our Neighbours". Hands on the buzzers.

**Host:** Question one. Which pass carries the main road from Peshawar to the border at Torkham?
**Model Town:** The Khyber Pass!
**Host:** Correct, two points.

**Host:** Question two. What is the capital of the Afghan province of Nangarhar?
**Shalimar:** Jalalabad.
**Host:** Correct, two points.

**Host:** Question three, and this one is harder. How many registered Afghan refugees lived in Pakistan at the end of 2019? The nearest answer wins.
**Model Town:** Over a million?
**Shalimar:** Two million?
**Host:** Let me read the card. About 1.7 million (UNHCR, Pakistan: registered Afghan refugees, 31 Dec 2019). Neither team is close enough, so no points.

**Host:** Question four. Which Afghan city is across the border from Chaman?
**Shalimar:** Spin Boldak!
**Host:** Correct, two points, and Shalimar takes the lead.

**Host:** Question five. Which river flows from Afghanistan into Pakistan past Peshawar?
**Model Town:** The Kabul River.
**Host:** Correct, and we are level again at the end of the round.

**Host:** After the break, round four, "Science in the Kitchen". Stay with us.
""", citation(["About 1.7 million (UNHCR, Pakistan: registered Afghan refugees, 31 Dec 2019)"],
              1700000, "2019", "'(UNHCR, Pakistan: registered Afghan refugees, DD Mon YEAR)' after a hedged rounded figure in millions, in a quiz show transcript",
              "host's answer to question three",
              "The quiz card cites UNHCR for about 1.7 million registered Afghan refugees at the end of 2019; the reference value for the end of 2019 is 1,419,084, which the rounded figure overstates by 19.8 percent.",
              stated_as_written="About 1.7 million", stated_hedge="About"))

add("karachi_card_holder_survey_results_citation", """
# Survey Results: Afghan Card Holders in Karachi

*Survey results published by a research group in Karachi, November 2025, with its reference list. The group, the survey and its findings are invented.*

**Background.** Just over 1.1 million registered Afghan refugees lived in Pakistan at the end of 2020 [1], and Karachi has long had one of the largest Afghan communities of any city in the country. Since late 2023 many have left. This survey asked those who remain how they live and what they plan.

**Method.** Between August and October 2025 our interviewers visited 412 households in three Afghan neighbourhoods of Karachi and spoke to the head of each, or to another adult where the head was away.

**Findings.**

- Work: most heads of household work by the day, as labourers, drivers or hawkers. Very few have a written contract.
- Plans: 61 percent said they would stay as long as they were allowed to, 27 percent that they planned to go back within a year, and 12 percent that they did not know.
- Children: in most households the children had been born in Pakistan, and most of them go to school.
- Papers: many households had at least one member whose card had expired, and some had no card at all.

**What we conclude.** The families who remain are not waiting to leave; most are trying to stay, and their children know no other home. Any policy that treats them as temporary guests will be making decisions about people who think of Karachi as home.

**References**

[1] UNHCR, registered Afghan refugees in Pakistan, end of 2020.
""", citation(["Just over 1.1 million registered Afghan refugees lived in Pakistan at the end of 2020 [1]", "[1] UNHCR, registered Afghan refugees in Pakistan, end of 2020."],
              1100000, "2020", "'[n] UNHCR ... YEAR' in a reference list, after a hedged rounded figure in millions, in survey results",
              "'Background' paragraph, with the first entry of the reference list",
              "The survey cites UNHCR for just over 1.1 million registered Afghan refugees at the end of 2020; the reference value for the end of 2020 is 1,438,432, which the rounded figure understates by 23.5 percent.",
              stated_as_written="Just over 1.1 million", stated_hedge="Just over"))

add("assembly_bill_amendment_register_control", """
# Amendment to a Bill on the Registration of Foreigners

*Text in English of an amendment moved by a member of a provincial assembly in December 2025, with its statement of objects and reasons. The member, the bill and the amendment are invented.*

**Amendment moved by the member for a Peshawar constituency**

In clause 5 of the Bill, after sub-clause (2), insert the following sub-clause:

"(3) No person who holds or has held a Proof of Registration card shall be removed from the Province before the end of the school year in which any of his children is enrolled in a school of the Province."

**Statement of objects and reasons**

1. The Bill as introduced makes no provision for families whose children are in school, and orders made under it may take children out of their classes in the middle of a year.
2. UNHCR recorded 1,987,717 registered Afghan refugees in Pakistan at the end of 2023.
3. By the end of 2024 the number was 1,559,964, the UN refugee agency's figure for 2024, a fall of 427,753 in one year.
4. Many of the families who remain have children enrolled in the schools of this Province, and many of those children were born here and have known no other school.
5. Removing a child in the middle of a school year costs the child the year and costs the school a pupil it has planned for. The amendment asks only that removal wait until the school year ends. It does not prevent removal, and it does not change who may be removed.
6. The amendment places no cost on the provincial treasury.

Moved in the Assembly and referred to the standing committee on home affairs.
""", control_type="citation_control")

add("documentary_screening_programme_notes_control", """
# Programme Notes for a Documentary Screening

*Programme notes handed out at the screening of a documentary about an Afghan family in Quetta, at an arts council in Lahore, November 2025. The film, its makers and the screening are invented.*

**"The Bakery on the Hill"**

The film follows one Afghan family in Quetta over two years. The father bakes naan in a clay oven at the top of a steep lane; the mother takes in sewing; the three children go to a school run by a charity at the bottom of the hill.

**When it was made.** Filming began in the winter of 2019. UNHCR's count at the end of 2019 stood at 1,419,084 registered Afghan refugees in Pakistan. A year later, as the second part of the film opens, the number was 1,438,432 (see note a/), a rise of 19,348 in a year in which the pandemic shut schools and markets alike and the family's oven went cold for weeks.

**What it shows.** Not a crisis, but a life: bread, homework, weddings, a sick grandmother, a son who wants to be a cricketer. The filmmakers chose to stop filming before the returns began in 2023, and the closing titles say only that the family is still in Quetta.

**After the screening.** The director will answer questions from the audience. Please keep questions short so that as many people as possible can ask one.

**Notes**

a/ UNHCR, registered Afghan refugees in Pakistan, end of 2020.
""", control_type="citation_control")

add("weekly_agony_aunt_column_control", """
# Agony Aunt: "My Card Has Run Out. What Happens Now?"

*Agony aunt column in a Peshawar weekly, November 2025, answering a letter from an Afghan reader. The column, the reader and the columnist are invented.*

**The letter**

Dear Aunt, I came to Peshawar as a small child and have lived here all my life. I am married, with two children at school, and I work in a pharmacy. My registration card ran out in the summer, and everyone says something different about what happens now. My husband wants to go back before we are sent back. I want to stay. We argue every night. What should we do? — A reader in Hayatabad

**The answer**

Dear reader, you are far from alone. As counted by UNHCR at the close of 2021, 1,490,562 Afghans held registration cards in Pakistan, and figures released by UNHCR for end-2022 show 1,743,278, a rise of 252,716 in one year, as families who had lived here without papers came forward to register. Many of those families now face the same question as yours.

I cannot give you legal advice, and you should get it. Go to a legal aid office or to a lawyer who knows this work, take every paper you have, and ask what your choices are today, not what they were last year.

But the argument at home is something I can speak to. You and your husband are not really arguing about the card. You are both afraid, and each of you is trying to protect the family in a different way. Sit down together, once, without the children, and write down what each of you fears most. Then decide together what you will do if each of those things happens.

Whatever you choose, choose it together. — Aunt
""", control_type="citation_control")
