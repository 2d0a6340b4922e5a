# Fifty-first held-out set of synthetic documents ("heldout51").  Written from
# scratch after heldout50/, by a labeller session that had not opened dyad's
# implementation or history and had not seen any of its results.
# Every entry: name (topic slug, numbered later by build_heldout51.py), text,
# labels (list of defect dicts), control_type for controls.
# Registers not used before: a rilli (Sindhi patchwork quilt) maker at
# Umerkot, Sindh, that sold to a home textiles shop in Kabul; a phulkari
# (embroidered shawl and dupatta) maker at Pir Mahal, Punjab, that sold to a
# bridal house in Mazar-e Sharif; a miswak (tooth-cleaning stick) maker at
# Uthal, Lasbela, Balochistan, that sold to a trader in Kandahar; a rewri
# (sesame and sugar sweet) maker at Phalia, Punjab, that sold to a sweet shop
# in Kabul; a rose oil distillery at Deh Bala, Nangarhar, that sold to a
# perfumer in Lahore; an ikat (tie-dyed silk) weaving workshop at Guzara,
# Herat, that sold scarves to a cloth house in Quetta; a women's sea buckthorn
# juice group at Ishkashim, Badakhshan, that sold to a herbal store in
# Peshawar; and macro documents on the trade series, the closure and the
# register.
#
# Invented figures shared with earlier sets: annual trade series (README:
# exports 1,290 / 942 / 828 / 936 / 1,012 / 884 and imports 441 / 509 / 552 /
# 741 / 690 / 540 for 2019-2024, balances 849 / 433 / 276 / 195 / 322 / 344,
# totals 1,731 / 1,451 / 1,380 / 1,677 / 1,702 / 1,424); reference refugee
# series (1,419,084 / 1,438,432 / 1,490,562 / 1,743,278 / 1,987,717 /
# 1,559,964 for 2019-2024).
#
# New invented figures, consistent with the above:
#   Sodha Rilli House, Umerkot (invented), founded 1990 by Bhagchand Sodha,
#     run by his son Hemraj Sodha, head stitcher Champa Meghwar, accounts Kheto
#     Kolhi, sales Moomal Sodha: rillis sold 2023 3,400, 2024 3,900, 2025
#     3,100; to Nik Mohammad Zahiri, Zahiri Home Textiles, Kabul 1,100 / 1,350
#     / 300, at home 2,300 / 2,550 / 2,800; large double rilli Rs 10,200 (2025);
#     64 stitchers at home (40 east of the town, 24 south), 7 workshop staff;
#     piece rate for a large rilli Rs 3,300 (2025), Rs 3,600 (2026); one
#     stitcher about 18 days a large rilli; Karachi stall 13-16 November 2025,
#     96 rillis sold (38 / 27 / 19 / 12).
#   Jhammat Phulkari House, Pir Mahal (invented), founded 1986 by Allah Ditta
#     Jhammat, run by his daughter Shamim Jhammat, accounts Talal Dhanial, head
#     embroiderer Jameela Gurmani, sales Anas Jhammat (Shamim's nephew):
#     dupattas sold 2023 5,200, 2024 6,000, 2025 4,700; to Baz Mohammad Sahebi,
#     Sahebi Bridal House, Mazar-e Sharif 1,600 / 1,900 / 400, at home 3,600 /
#     4,100 / 4,300; standard dupatta Rs 7,400 (2025 and spring 2026); 85
#     embroiderers at home (52 in the villages, 33 in the town), 9 staff.
#   Runjha Miswak Company, Uthal (invented), founded 1998 by Allah Rakha
#     Runjha, run by his son Yaqoob Runjha, collectors' head Ghous Angaria,
#     packing supervisor Sawera Gadra, accounts Affan Lasi: packs of 12 sticks
#     sold 2023 380,000, 2024 420,000, 2025 350,000; to Zikrullah Nimrozi,
#     Nimrozi Trading, Kandahar 120,000 / 140,000 / 30,000, at home 260,000 /
#     280,000 / 320,000; wholesale Rs 240 a pack (2024), Rs 260 (2025); USD 0.55
#     a pack to Kandahar; 46 collectors, 22 packers; unsold stock 54,000 packs
#     (end of 2024), 39,000 (end of 2025); September 2025 consignment of 9,000
#     packs (USD 4,950, unpaid).
#   Tatla Rewri Works, Phalia (invented), founded 1975 by Nizamuddin Tatla, run
#     by his grandson Yahya Tatla, confectioner Zakir Chhina, accounts Hira
#     Bhangu, sales Shaheer Tatla: rewri sold 2023 96,000 kg, 2024 108,000,
#     2025 88,000; to Jandad Mirzad, Mirzad Sweets, Kabul 30,000 / 36,000 /
#     8,000, at home 66,000 / 72,000 / 80,000; Rs 1,050 a kg (2025); 9 workers
#     all year, 24 in the winter season; two cookers.
#   Omarzai Rose Oil, Deh Bala (invented), founded 2009 by Faizullah Omarzai,
#     run by his son Aminullah Omarzai, chief distiller Rahimullah Mohmandzai,
#     growers' liaison Torialai Hassanzai, accounts Shekib Latifi: rose oil sold
#     2023 9,600 g, 2024 11,200, 2025 8,400; to Raza Kalwar, Kalwar Perfumers,
#     Lahore 4,100 / 4,900 / 1,200, in Kabul and Dubai 5,500 / 6,300 / 7,200;
#     140 grower families (85 in 2023); about 3,500 kg of petals for 1 kg of
#     oil; petals Afs 40 (2024), Afs 45 (2025), Afs 50 (2026) a kg; 12 stills,
#     14 from 2026.
#   Yusufi Ikat Weavers, Guzara (invented), founded 1979 by Khan Mohammad
#     Yusufi, run by his grandson Hasibullah Yusufi, master dyer Shamsuddin
#     Naimi, head weaver Zulaikha Naimi, accounts Shekiba Yusufi: ikat scarves
#     sold 2023 2,300, 2024 2,650, 2025 1,950; to Sohaib Notezai, Notezai Cloth
#     House, Quetta 800 / 950 / 200, at home 1,500 / 1,700 / 1,750; USD 38 a
#     scarf to Quetta; 14 looms (11 in use), 11 weavers, 6 dyers and tiers.
#   Ishkashim Women's Sea Buckthorn Group (invented), head Gulchehra
#     Shighnani, treasurer Nazira Ishkashimi, 36 members, supported by the Panj
#     Valley Women's Trust (programme officer Dilafruz Davlat, director
#     Gulbahor Anwari): juice sold 2023 4,800 litres, 2024 5,600, 2025 4,200;
#     to Zaid Daur, Daur Herbal Store, Peshawar 1,500 / 1,900 / 400, in Faizabad
#     and Kabul 3,300 / 3,700 / 3,800; Afs 220 a litre (2024), Afs 240 (2025);
#     USD 3.40 a litre to Peshawar; first grant Afs 480,000 (2024), second
#     Afs 350,000 (2026).
#   Macro documents: trucks, containers, members and the banana consignment
#     are invented and kept consistent within each document.

HELDOUT51 = []
from heldout_labels import (  # noqa: F401
    PAIR, REFS, adder, arith, change_pct, citation, direction, garbled, line_of, parts_total, pdf_lines, scope, tvt,
    repeated, reuse,
)

add = adder(HELDOUT51)

# ---------------------------------------------------------------------------
# Sodha Rilli House (invented): a rilli maker at Umerkot, Sindh
# ---------------------------------------------------------------------------

RILLI_STALL = """| Design | Rillis sold |
|---|---|
| Star appliqué | 38 |
| Mirror patchwork | 27 |
| Tree of life | 19 |
| Plain block | 12 |
| **Total** | **96** |"""

add("rilli_house_exhibition_stall", """
# Exhibition Stall Report: Sodha Rilli House in Karachi

*Report by the sales lead of a rilli (Sindhi patchwork quilt) maker at Umerkot, Sindh, on its stall at a four-day crafts exhibition in Karachi. The firm, its people and all figures are invented.*

**To:** Hemraj Sodha. **From:** Moomal Sodha, sales. **Date:** 18 November 2025.

Abba, here is my report on the Karachi stall, which was open from 13 to 16 November.

We had a corner stall in the textiles hall, 3 metres by 4, for a fee of Rs 45,000. Champa Meghwar came with me, and two of the village stitchers sat at the front of the stall cutting and sewing appliqué, so that visitors could see how a rilli is made. The crowds were thickest on the Saturday and Sunday; on the Thursday the hall was half empty until the evening.

We took 110 rillis and sold 96 of them; the rest came back with us on the bus. The star appliqué was again the favourite, with 83 pieces sold, and many mothers asked whether we make it in cot size. Sales by design were as follows.

""" + RILLI_STALL + """

Most buyers were furnishing a new house or putting together a daughter's dowry. A hotel in Clifton took our card and has asked for a quotation for 40 bedcovers in its own colours; I sent it on Monday. We also took orders for 17 rillis to be sent by courier once they are stitched.

With nothing going to Kabul since the crossings closed, I think Karachi is where we must grow. I suggest we book the same stall for next November and print a small card with our designs and prices in Sindhi, Urdu and English.

Moomal
""", tvt(["with 83 pieces sold", "| Star appliqué | 38 |"],
        {"report_value": 83, "table_value": 38}, "rillis (star appliqué)",
        "star appliqué rillis sold at the Karachi exhibition stall", "13 to 16 November 2025",
        "report text, against the star appliqué row of the table of sales by design",
        "The report says 83 star appliqué rillis were sold at the stall, but its own table gives 38; only 38 agrees with the table's total of 96 (38 + 27 + 19 + 12) and with the 96 rillis the report says were sold in all. The two figures differ by two swapped digits.",
        table_form="pipe, designs as rows with one rillis sold column and a total row"))

add("rilli_house_apprenticeship_contract", """
# Apprenticeship Contract: Sodha Rilli House

*Contract between a rilli (Sindhi patchwork quilt) maker at Umerkot, Sindh, and a young woman who is to learn the craft, signed in January 2026. The firm, its people and all figures are invented.*

This contract is made at Umerkot on 24 January 2026 between Sodha Rilli House, represented by Hemraj Sodha ("the House"), and Ujala Bheel, aged 19, of a village near Umerkot ("the Apprentice"), with the consent of her father, Kirshan Bheel.

1. **Term.** The apprenticeship runs for six months, from 1 February to 31 July 2026.
2. **Training.** Champa Meghwar, head stitcher of the House, will teach the Apprentice to cut and fold appliqué, to piece patchwork and to quilt the layers with running stitch. Training takes place in the workshop on weekdays, from 9 in the morning until early afternoon.
3. **Stipend.** The House pays the Apprentice a stipend of Rs 6,000 a month, on the last working day of each month, and gives her the cloth, thread and needles she needs.
4. **Output.** A trained stitcher working alone takes about 18 days to finish a large rilli. In the last two months of her training the Apprentice will work in a team of three, which finishes a large rilli in about 18 days, and she will be paid a third of the piece rate of Rs 3,600 for each rilli her team completes, that is Rs 1,200, on top of her stipend.
5. **After training.** If her work reaches the standard of the House, the Apprentice will be offered work at home at the full piece rate.
6. **Leave.** The Apprentice may take up to four days of leave in the term, and more for illness or a death in the family.
7. **Ending.** Either side may end this contract with a fortnight's notice.

Signed: Hemraj Sodha, for the House

Ujala Bheel, Apprentice (thumb impression and signature)

Kirshan Bheel, father

Witness: Champa Meghwar
""", reuse(["takes about 18 days to finish a large rilli", "which finishes a large rilli in about 18 days"], 18, "days",
          "days one trained stitcher working alone takes to finish a large rilli",
          "days a team of three stitchers takes to finish a large rilli", 6,
          "The contract says a trained stitcher working alone takes about 18 days to finish a large rilli, and then that a team of three finishes one in about 18 days; if one woman needs 18 days, three working together need about 6."))

add("rilli_house_refund_policy", """
# Refund Policy: Sodha Rilli House

*Refund and exchange policy of a rilli (Sindhi patchwork quilt) maker at Umerkot, Sindh, printed on the back of its receipts and posted on its page for online orders in January 2026. The firm, its people and all figures are invented.*

Every rilli we sell is stitched by hand by women in the villages around Umerkot. We check each one before it leaves the workshop, but if something is wrong we want to put it right.

**Returns.** You may return a rilli within 14 days of receiving it, unused and unwashed, with its receipt. We refund the full price in cash at our Umerkot shop, or by bank transfer within a week of receiving the rilli back.

**Exchanges.** A rilli may be exchanged for another design or size within 30 days, paying or receiving the difference in price.

**Faults.** If the stitching opens or a colour runs in the first wash, we will repair or replace the rilli free of charge at any time in the first year.

**Courier charges.** For online orders we pay the courier both ways when the rilli is faulty. When you return or exchange a rilli that is not faulty, you pay the return courier: Rs 450 within Sindh and Rs 700 elsewhere in Pakistan.

**Sale items.** Rillis bought in our winter sale, which runs from 20 January 2026 to 5 January 2026, at 15 percent off the marked price, can be exchanged but not returned for a refund. A large double rilli, marked at Rs 10,200, costs Rs 8,670 in the sale.

**Orders from abroad.** We are not able to accept returns from outside Pakistan.

For any question, call or message Moomal Sodha at the shop.

Hemraj Sodha, Sodha Rilli House, Umerkot
""", garbled(["from 20 January 2026 to 5 January 2026"],
             "The policy says the winter sale runs from 20 January 2026 to 5 January 2026: the end date comes before the start date.",
             stated_period_start="20 January 2026", stated_period_end="5 January 2026",
             subject="dates of the winter sale", location="'Sale items' paragraph"))

add("rilli_house_marketing_plan", """
# Marketing Plan 2026: Sodha Rilli House

*A one-page marketing plan drawn up by a rilli (Sindhi patchwork quilt) maker at Umerkot, Sindh, in December 2025, after its Kabul buyer stopped ordering. The firm, its people and all figures are invented.*

**Where we stand.** We sold 3,100 rillis in 2025, against 3,900 in 2024. Zahiri Home Textiles in Kabul, which took 1,350 of our rillis in 2024, took only 300 in 2025, all before the crossings closed in October; that is a fall of more than three quarters. At home, sales toned down from 2,550 rillis in 2024 to 2,800 in 2025, and the Karachi stall in November showed that city buyers will pay our prices.

**Aim for 2026.** To sell 3,400 rillis in Pakistan without counting on Kabul, and to win back the Kabul orders if the border opens.

**What we will do.**

- Book the Karachi exhibition stall again in November, and add one exhibition in Lahore in the spring.
- Print a card with photographs of our eight main designs and their prices, in Sindhi, Urdu and English.
- Post a new rilli on our page every week, with the name of the woman who stitched it.
- Offer hotels and guest houses bedcovers in their own colours, with a minimum order of 20.
- Keep the large double rilli at Rs 10,200 until the end of June.

**Budget.** Rs 380,000 in all: Rs 140,000 for the two exhibitions, Rs 60,000 for printing, Rs 90,000 for photography and posts online, Rs 40,000 for samples for hotels and Rs 50,000 for a new sign and shelves at the Umerkot shop.

**Who does what.** Moomal Sodha leads the plan, with Kheto Kolhi keeping account of every rupee spent. Hemraj Sodha will review the plan with them at the end of each quarter.
""", direction("sales toned down from 2,550 rillis in 2024 to 2,800 in 2025", 2550, 2800, "2024", "2025",
               "toned down", "fall", "rillis", "rillis sold in Pakistan", "'Where we stand' paragraph",
               "The plan says home sales 'toned down' from 2,550 rillis in 2024 to 2,800 in 2025, but 2,800 is more than 2,550: home sales rose by 250 rillis, about 9.8 percent (the total fell only because of Kabul, 1,350 to 300)."))

add("rilli_house_office_order_control", """
# Office Order No. 3 of 2026: Sodha Rilli House

*An office order of a rilli (Sindhi patchwork quilt) maker at Umerkot, Sindh, pinned on the workshop notice board and read out to the stitchers at their monthly meeting. The firm, its people and all figures are invented.*

**Date:** 5 January 2026

**Subject:** piece rates, working hours and cloth for 2026

1. **Piece rates.** From 1 January 2026 the House pays Rs 3,600 for each large rilli, up from Rs 3,300, a rise of 9.1 percent. The rate for a single rilli rises from Rs 2,000 to Rs 2,200. All 64 stitchers who work at home are paid at these rates.
2. **Payment.** Stitchers are paid in cash at the workshop, or through their mobile wallet, within two days of handing in a finished rilli.
3. **Cloth and thread.** Cloth for a large rilli, about 6 metres in all, is cut and dyed in the workshop and given out in a bundle with thread. Stitchers should not buy cloth of their own.
4. **Villages.** Of the 64 stitchers, 40 live in villages to the east of the town and 24 in villages to the south. Champa Meghwar will visit the eastern villages on Mondays and the southern villages on Thursdays, to give out cloth and collect finished rillis.
5. **Workshop hours.** The seven workshop staff work from 8 to 4, Saturday to Thursday, with an hour for lunch and prayers.
6. **Sales.** We sold 3,100 rillis in 2025, 2,800 of them in Pakistan and 300 to Kabul. Home sales rose from 2,550 in 2024, and we mean to raise them again in 2026.

Please ask Kheto Kolhi, accounts, if anything in this order is unclear.

Hemraj Sodha, owner
""", control_type="control")

# ---------------------------------------------------------------------------
# Jhammat Phulkari House (invented): a phulkari maker at Pir Mahal, Punjab
# ---------------------------------------------------------------------------

PHULKARI_BUDGET = """| Payment (Rs thousand) | January | February | March | Total |
|---|---|---|---|---|
| Embroiderers' piece rates | 960 | 1,120 | 1,440 | 3,520 |
| Silk floss | 420 | 480 | 610 | 1,510 |
| Cotton khaddar cloth | 180 | 210 | 270 | 660 |
| Staff wages | 315 | 315 | 315 | 945 |
| Rent, power and transport | 95 | 100 | 110 | 305 |
| **Total payments** | **1,970** | **2,225** | **2,475** | **6,940** |"""

add("phulkari_house_cash_budget", """
# Cash Budget, January to March 2026: Jhammat Phulkari House

*Quarterly cash budget of a phulkari (embroidered shawl and dupatta) maker at Pir Mahal, Punjab, prepared by its accountant in December 2025. The firm, its people and all figures are invented.*

**Prepared by:** Talal Dhanial, accounts. **For:** Shamim Jhammat.

The first quarter is our busiest, as families buy for the spring weddings. With the Mazar-e Sharif orders stopped since the crossings closed, this budget counts only on sales at home. I expect us to sell about 1,150 dupattas in the quarter at Rs 7,400, and have planned the embroiderers' work to match.

**Payments planned (Rs thousand)**

""" + PHULKARI_BUDGET + """

Notes on the payments:

- Embroiderers' piece rates rise each month as the orders for weddings come in; March is the peak.
- Silk floss is bought from our usual dealer in Lahore, who has held his price since October.
- Cotton khaddar is dyed at the workshop before it is given out.
- Staff wages are for our nine workers, unchanged from December.
- Rent, power and transport include the van to Toba Tek Singh twice a week.

Receipts from the 1,150 dupattas, about Rs 8.5 million, should cover every payment in the table with room to spare, even if sales come in a little below plan. I suggest we keep the surplus in the bank until the summer, when sales are slow and the piece rates still have to be paid.

Talal
""", parts_total([line_of(PHULKARI_BUDGET, "| **Total payments**")],
                 {"Embroiderers' piece rates": 1440, "Silk floss": 610, "Cotton khaddar cloth": 270,
                  "Staff wages": 315, "Rent, power and transport": 110},
                 2475, "thousand rupees", "March 2026", "total payments planned for March 2026",
                 "total payments row of the cash budget, March column",
                 "The total payments row gives Rs 2,475 thousand for March, but the March payments above it add up to Rs 2,745 thousand (1,440 + 610 + 270 + 315 + 110); the row's own total of 6,940 also needs 2,745 for March (1,970 + 2,225 + 2,745). Two digits of the March total are swapped.",
                 table_form="pipe, payment items as rows with January, February, March and total columns and a total row"))

add("phulkari_house_social_media_post", """
# Social Media Post: Jhammat Phulkari House

*A post on the page of a phulkari (embroidered shawl and dupatta) maker at Pir Mahal, Punjab, written by its sales lead in January 2026, with two replies. The firm, its people and all figures are invented.*

**Jhammat Phulkari House**, 11 January 2026

Forty years ago my grandfather, Allah Ditta Jhammat, sold his first phulkari from a bundle on the back of his bicycle. Today 85 women in and around Pir Mahal embroider for us, and every dupatta carries the name of the woman who made it.

Phulkari is loved on both sides of the old Punjab, in India as much as in Pakistan, but our own best friends abroad have been in Afghanistan. For years Baz Mohammad Sahebi of Sahebi Bridal House in Mazar-e Sharif bought our red and gold dupattas for Afghan brides: 1,900 of them in 2024. Since the India–Afghanistan crossings closed in October, not one box has reached him, and his brides are asking where the phulkari has gone.

So this spring we are bringing the Mazar designs home. From today you can order the same wedding dupatta that Afghan brides wear, at Rs 7,400, with free delivery anywhere in Punjab on orders of two or more. Message us here or call the shop.

Anas Jhammat, sales

**Replies**

- **Shiza, Arifwala:** Ordered a pair for my sister's wedding in March. Please keep the gold border!
- **Jhammat Phulkari House:** Thank you, Shiza! The gold border stays, and your order goes out on Monday.
""", scope("Since the India–Afghanistan crossings closed in October", "IND", ["IND", "AFG"], "India",
           "The post says the 'India–Afghanistan crossings' closed in October and cut off the Mazar-e Sharif buyer of a maker in Pakistan's Punjab; the crossings that closed in October 2025 were those between Pakistan and Afghanistan. India and Afghanistan share no open road crossing. India is named correctly elsewhere, as the other side of the old Punjab.",
           not_a_defect="in India as much as in Pakistan"))

add("phulkari_house_acceptance_speech_control", """
# Acceptance Speech: Shamim Jhammat

*Speech by the owner of a phulkari (embroidered shawl and dupatta) maker at Pir Mahal, Punjab, on receiving a provincial award for women in crafts at a ceremony in Lahore in February 2026. The firm, its people, the award and all figures are invented.*

Thank you. I accept this award for the women of Pir Mahal, not for myself.

My father, Allah Ditta Jhammat, started our house in 1986 with six women embroidering in our courtyard. He used to say that a phulkari is finished only when the woman who made it has been paid. Forty years later, 85 women embroider for us: 52 in the villages around Pir Mahal and 33 in the town itself. Many of them are the daughters of those first six.

Last year was hard. For a long time a good share of our dupattas went to brides in Mazar-e Sharif, through our friend Baz Mohammad Sahebi. In 2024 he took 1,900 of the 6,000 dupattas we sold. In 2025 the crossings closed in October, and he took only 400 of our 4,700. But the women did not lose their work, because buyers at home took up the slack: our sales in Pakistan rose from 4,100 dupattas in 2024 to 4,300 in 2025.

I want to thank Jameela Gurmani, who has led our embroiderers for twenty years and checks every stitch; Talal Dhanial, who keeps our accounts honest; and my nephew Anas, who has taught his aunt what a social media page is for.

The prize money will go where it belongs. Each of our 85 embroiderers will receive an equal share, and the rest will buy a lamp and a fan for the workroom, where the women come on Saturdays to learn new patterns.

Thank you, and please visit us in Pir Mahal.
""", control_type="control")

PHULKARI_PRICES = """| Design | Size | Rupees |
|---|---|---|
| Bagh, full cover | 2.5 by 1.25 metres | 18,500 |
| Chope, wedding shawl | 2.5 by 1.25 metres | 14,200 |
| Sainchi, village scenes | 2.5 by 1.25 metres | 11,600 |
| Standard dupatta | 2.25 by 1 metres | 7,400 |"""

add("phulkari_house_lookbook", """
# Spring Lookbook 2026: Jhammat Phulkari House

*Text of the spring lookbook of a phulkari (embroidered shawl and dupatta) maker at Pir Mahal, Punjab, sent to shops and wedding planners in February 2026, with the photographs left out. The firm, its people and all figures are invented.*

**Four ways to wear the garden**

Phulkari means "flower work". Each piece in this book is embroidered by hand in floss silk on cotton khaddar, by women working in their own homes in and around Pir Mahal. A bagh can take a single embroiderer three months.

**The bagh.** Our finest piece: the whole cloth covered in darning stitch, so that the cotton disappears under the silk. Golden yellow on red, or white on deep green.

**The chope.** The wedding shawl a grandmother embroiders for her granddaughter, worked so that it reads the same from either face. This season we offer the chope at Rs 14,700, in red with golden yellow.

**The sainchi.** Village life in thread: women at the well, peacocks, a bride in a palanquin, a train. Every sainchi is different.

**The standard dupatta.** Our everyday phulkari, lighter and quicker to make, in twelve colours.

**Prices for spring 2026**

""" + PHULKARI_PRICES + """

Prices are for shops and planners, ex-works Pir Mahal, and hold until 30 June 2026. Orders of ten pieces or more are delivered free anywhere in Punjab; smaller orders pay the courier. Each piece carries a card with the embroiderer's name.

To order, message Anas Jhammat or visit the workshop.
""", tvt(["This season we offer the chope at Rs 14,700", line_of(PHULKARI_PRICES, "| Chope")],
        {"lookbook_value": 14700, "table_value": 14200}, "rupees",
        "shop price of a chope wedding shawl", "spring 2026",
        "the lookbook's paragraph on the chope, against the chope row of its price table",
        "The lookbook offers the chope at Rs 14,700 in its text, but its price table for the same season gives Rs 14,200. The two figures differ by one digit.",
        table_form="pipe, designs as rows with size and rupees columns, without a total row"))

add("phulkari_house_wage_agreement", """
# Wage Agreement: Jhammat Phulkari House and Its Embroiderers

*Agreement on piece rates between a phulkari (embroidered shawl and dupatta) maker at Pir Mahal, Punjab, and the women who embroider for it at home, signed in December 2025. The firm, its people and all figures are invented.*

This agreement is made on 20 December 2025 between Jhammat Phulkari House, represented by Shamim Jhammat, and its home embroiderers, represented by Jameela Gurmani, head embroiderer, and three women chosen at the embroiderers' meeting of 13 December.

**Rates from 1 January 2026.** The House pays these piece rates for embroidery, with cloth and floss given by the House:

- standard dupatta: Rs 2,300, up from Rs 2,100;
- sainchi: Rs 4,600, up from Rs 4,200;
- chope: Rs 6,200, up from Rs 5,600;
- bagh: Rs 8,000, up from Rs 7,200.

**Payment.** Rates are paid in cash on the first Saturday of each month. Rates are paid in cash on the first Saturday of each month. A woman may instead ask for payment to her mobile wallet, and the House pays the charges.

**Quality.** A piece returned for poor work is paid when it has been put right. No piece is refused for a reason the embroiderer has not been told.

**Advances.** An embroiderer may take an advance of up to half the rate for a bagh or a chope when she starts it.

**Review.** The rates will be reviewed again in December 2026, or earlier if the price of floss silk rises by more than a tenth.

Signed at Pir Mahal:

Shamim Jhammat, for the House

Jameela Gurmani, for the embroiderers
""", repeated("Rates are paid in cash on the first Saturday of each month.", 2,
              "day on which the piece rates are paid", "'Payment' paragraph of the agreement",
              "The sentence on the day of payment is printed twice in a row, word for word."))

# ---------------------------------------------------------------------------
# Runjha Miswak Company (invented): a miswak maker at Uthal, Lasbela
# ---------------------------------------------------------------------------

MISWAK_DEBTORS = pdf_lines([
    ["Customer", "Packs", "Rupees"],
    ["Quetta wholesaler", "1,200", "312,000"],
    ["Hyderabad wholesaler", "750", "195,000"],
    ["Hub general store", "325", "84,500"],
    ["Uthal shops (nine)", "225", "58,500"],
    ["Bela chemist", "100", "26,000"],
    ["Total", "2,600", "706,000"],
])

add("miswak_company_debtors_list", """
# Debtors List at 31 December 2025: Runjha Miswak Company

*List of customers owing money to a miswak (tooth-cleaning stick) maker at Uthal, Lasbela, Balochistan, copied from a PDF, with a covering note from its accountant. The firm, its people and all figures are invented.*

**Runjha Miswak Company, Uthal.** Amounts owed for packs of 12 sticks delivered in November and December 2025, at the wholesale price of Rs 260 a pack.

""" + MISWAK_DEBTORS + """

**Note from the accountant**

Yaqoob sahib,

These are the customers in Pakistan who had not paid by the end of December. None of the amounts is older than 60 days, and the Quetta wholesaler has promised to clear his account when his own customers pay after the winter.

The list leaves out Nimrozi Trading in Kandahar, whose account is kept in dollars. Zikrullah Nimrozi still owes USD 4,950 for the 9,000 packs we sent in September, at USD 0.55 a pack. He says the money is ready, but he cannot send it while the banks will not move payments across the border. I suggest we carry his debt forward and not write it off.

I would like your permission to stop further supplies to any customer whose account is more than 90 days old, and to give a discount of 2 percent to customers who pay within 15 days of delivery.

Affan Lasi, accounts
""", parts_total([line_of(MISWAK_DEBTORS, "Total")],
                 {"Quetta wholesaler": 312000, "Hyderabad wholesaler": 195000, "Hub general store": 84500,
                  "Uthal shops (nine)": 58500, "Bela chemist": 26000},
                 706000, "rupees", "31 December 2025", "total owed by the firm's customers in Pakistan",
                 "total row of the PDF-extracted debtors list, rupees column",
                 "The rupees column adds up to Rs 676,000 (312,000 + 195,000 + 84,500 + 58,500 + 26,000), not the Rs 706,000 of the total row; the packs column's own total of 2,600 packs at Rs 260 a pack also gives Rs 676,000.",
                 table_form="PDF text extraction, customers as rows with packs and rupees columns and a total row"))

add("miswak_company_fumigation_certificate", """
# Fumigation Certificate: Miswak for Kandahar

*Text of a fumigation certificate issued by a private pest control firm for a consignment of miswak (tooth-cleaning sticks) sent by a maker at Uthal, Lasbela, Balochistan, to a trader in Kandahar in September 2025. The firms, their people and all figures are invented.*

**Issued by:** Sonmiani Pest Control, Hub, Balochistan.

**Exporter:** Runjha Miswak Company, Uthal, District Lasbela, Balochistan, Pakistan.

**Consignee:** Nimrozi Trading, Kandahar, Afghanistan.

**Goods:** miswak, the twigs of the pilu tree (Salvadora persica), cut, dried and packed in paper packs of a dozen sticks.

**Quantity:** 9,000 packs, packed in 300 cartons, each carton holding 300 packs; gross weight 1,500 kg.

**Means of transport:** one covered truck, by road from Uthal to Chaman, crossing at Chaman and Spin Boldak.

**Treatment**

- Fumigant: aluminium phosphide.
- Place: the exporter's store at Uthal, under gas-proof sheets.
- Dates: 14 to 17 September 2025.
- Exposure: 72 hours.
- Lowest temperature during the treatment: 27 °C.

**Declaration.** We certify that the goods described above were fumigated by our staff under our supervision as set out above, and that the sheets were removed and the goods aired for at least a day before loading. The treatment meets the standard required by the plant protection service of the importing country.

Lakhmir Samma, licensed fumigator, for Sonmiani Pest Control

Seen by the exporter: Yaqoob Runjha
""", reuse(["packed in 300 cartons", "each carton holding 300 packs"], 300, "cartons, then packs",
           "cartons in the consignment", "packs in each carton", 30,
           "The certificate gives 9,000 packs packed in 300 cartons, and then says each carton holds 300 packs; 300 cartons of 300 packs would be 90,000 packs, while 9,000 packs in 300 cartons make 30 packs a carton."))

add("miswak_company_demand_forecast", """
# Demand Forecast for 2026: Runjha Miswak Company

*Forecast of demand for 2026 prepared by the owner of a miswak (tooth-cleaning stick) maker at Uthal, Lasbela, Balochistan, for a meeting with his collectors and packers in January 2026. The firm, its people and all figures are invented.*

**1. Last year.** We sold 350,000 packs in 2025, against 420,000 in 2024. Kandahar took 30,000 packs, all before the crossings closed on 12 October, against 140,000 the year before. Sales at home grew from 280,000 packs to 320,000, thanks mostly to the new wholesaler in Hyderabad.

**2. Stock.** Unsold stock heaped up from 54,000 packs at the end of 2024 to 39,000 at the end of 2025, because in the autumn we cut fewer sticks and sold from the store instead.

**3. Demand at home in 2026.** Ramadan begins in the middle of February, and miswak sells best in the weeks before it. Our wholesalers in Quetta, Karachi and Hyderabad expect to take about 10 percent more than in 2025. With the new shops in Hub and Bela, I forecast home sales of 360,000 packs.

**4. Kandahar.** Zikrullah Nimrozi wants to buy again as soon as trucks can cross. I have left Kandahar out of the forecast, and will add it only when the border reopens.

**5. What this means for the work.**

- Ghous Angaria's 46 collectors will cut from February to May and again from September to November, as in past years.
- Sawera Gadra's 22 packers will work six days a week in January and February, and five days a week after Ramadan.
- We keep the wholesale price at Rs 260 a pack until June.

Yaqoob Runjha
""", direction("Unsold stock heaped up from 54,000 packs at the end of 2024 to 39,000 at the end of 2025", 54000, 39000,
               "end-2024", "end-2025", "heaped up", "rise", "packs of miswak", "unsold stock of miswak packs",
               "section 2 of the forecast",
               "The forecast says unsold stock 'heaped up' from 54,000 packs at the end of 2024 to 39,000 at the end of 2025, but 39,000 is less than 54,000: the stock fell by 15,000 packs, about 27.8 percent, as the same sentence's reason (selling from the store) implies."))

add("miswak_company_export_licence", """
# Export Licence Application: Runjha Miswak Company

*Text of an application for an export licence for one consignment, as filled in by a miswak (tooth-cleaning stick) maker at Uthal, Lasbela, Balochistan, in August 2025, with the office's notes. The firm, its people, the office and all figures are invented.*

**Part A: Applicant**

- Name of firm: Runjha Miswak Company
- Address: Main Bazaar, Uthal, District Lasbela, Balochistan, Pakistan
- Proprietor: Yaqoob Runjha
- In business since: 1998

**Part B: Consignment**

- Goods: miswak (dried twigs of the pilu tree), in paper packs of a dozen sticks
- Quantity: 9,000 packs
- Value: USD 4,950, at USD 0.55 a pack
- Buyer: Nimrozi Trading, Kandahar
- Country of destination: Uzbekistan
- Route: by road from Uthal to Quetta and Chaman, crossing into Spin Boldak
- Expected date of shipment: September 2025

**Part C: Declaration**

I declare that the goods are of Pakistani origin, that they have been collected from the wild with the permission of the landowners, and that the particulars given above are true. I undertake to bring the export proceeds into Pakistan through a bank within 120 days of shipment.

Yaqoob Runjha, 21 August 2025

**Office notes**

Received on 22 August. Fumigation certificate to be attached before loading. Earlier consignments to the same buyer: 140,000 packs in 2024, without complaint. Recommended for approval.
""", scope("Country of destination: Uzbekistan", "UZB", ["PAK", "UZB"], "Uzbekistan",
           "The application names Uzbekistan as the country of destination, but the buyer is in Kandahar and the route crosses from Chaman into Spin Boldak: the goods go from Pakistan to Afghanistan. Uzbekistan borders Afghanistan to the north, not Pakistan, and the consignment does not go there."))

add("miswak_company_internship_report_control", """
# Internship Report: Six Weeks at a Miswak Company

*Summary of an internship report by a commerce student who spent six weeks at a miswak (tooth-cleaning stick) maker at Uthal, Lasbela, Balochistan, in December 2025 and January 2026. The student, the firm, its people and all figures are invented.*

**Student:** Yusra Zarkon, final-year BBA. **Supervisor at the firm:** Affan Lasi, accounts.

**1. The firm.** Runjha Miswak Company was founded in 1998 by Allah Rakha Runjha and is now run by his son, Yaqoob Runjha. It buys no sticks from others: its own 46 collectors cut twigs of the pilu tree in the hills and along the coast, and 22 packers sort, dry and pack them in the workshop, a dozen sticks to a pack.

**2. Sales.** In 2024 the firm sold 420,000 packs: 140,000, a third, to Nimrozi Trading in Kandahar, and 280,000, two thirds, in Pakistan. In 2025 it sold 350,000 packs, a fall of 70,000 or 16.7 percent. Kandahar took only 30,000 packs before the crossings closed in October, but sales at home rose by 14.3 percent, to 320,000.

**3. Prices.** The wholesale price went up from Rs 240 a pack in 2024 to Rs 260 in 2025, a rise of 8.3 percent. The Kandahar price was USD 0.55 a pack.

**4. What I did.** I helped Affan Lasi bring the debtors' accounts up to date, drew up a record of the packers' hours for December, and went with Yaqoob Runjha to visit wholesalers in Hyderabad and Hub.

**5. What I learned.** A small firm can lose most of a foreign market in one season. This firm came through 2025 because it had customers at home as well as abroad. Some Karachi wholesalers also import miswak from Saudi Arabia and Iran, mostly for pilgrims, and the firm will have to compete with them on price and quality if it wants to grow at home.
""", control_type="control")

# ---------------------------------------------------------------------------
# Tatla Rewri Works (invented): a rewri maker at Phalia, Punjab
# ---------------------------------------------------------------------------

add("rewri_works_sales_forecast", """
# Sales Forecast, Winter 2025–26: Tatla Rewri Works

*Sales forecast for the winter season of a rewri (sesame and sugar sweet) maker at Phalia, Punjab, written by its sales lead in October 2025. The firm, its people and all figures are invented.*

**To:** Yahya Tatla. **From:** Shaheer Tatla. **Date:** 25 October 2025.

Bhai jan,

Rewri is a winter sweet, and almost all our year is sold between October and February. Here is my forecast for the season now starting.

**Kabul.** Until the crossings closed on 12 October, Jandad Mirzad of Mirzad Sweets in Kabul was our biggest single buyer. He took 36,000 kg in 2024 and 8,000 kg this year, all of it in the early autumn. I have forecast nothing more for Kabul this season.

**Home market.** Our sales at home were 72,000 kg in 2024 and should reach about 80,000 kg in 2025. Orders from the sweet shops of Gujranwala rose from 3,400 kg in January 2025 to 3,400 kg in January 2025, and the Lahore wholesaler has asked for a standing order for the whole winter. I expect the home market to take about 84,000 kg in the calendar year 2026.

**Month by month.** For November to February I forecast 9,000, 13,000, 14,000 and 10,000 kg, a total of 46,000 kg for the four months.

**What we need.** At that rate Zakir Chhina's kitchen will run both cookers, six days a week, from the first week of November. I suggest we take on our usual 15 extra hands for the season, bringing us to 24 workers, and order sesame for the whole season now, while the price is steady.

Shaheer
""", garbled(["rose from 3,400 kg in January 2025 to 3,400 kg in January 2025"],
             "The forecast says orders from the Gujranwala sweet shops 'rose' from 3,400 kg in January 2025 to 3,400 kg in January 2025: the change starts and ends with the same value in the same month.",
             start_value=3400, end_value=3400, start_period="January 2025", end_period="January 2025",
             unit="kilograms of rewri a month", subject="orders from sweet shops in Gujranwala",
             location="'Home market' paragraph"))

REWRI_FUEL = pdf_lines([
    ["Week", "Cooker A", "Cooker B", "Total"],
    ["1-7 Dec", "9", "8", "17"],
    ["8-14 Dec", "11", "10", "21"],
    ["15-21 Dec", "13", "11", "24"],
    ["22-28 Dec", "14", "13", "27"],
    ["Total", "47", "42", "89"],
])

add("rewri_works_fuel_log", """
# Fuel Log, December 2025: Tatla Rewri Works

*Gas cylinders used by the two cookers of a rewri (sesame and sugar sweet) maker at Phalia, Punjab, in four weeks of December 2025, copied from a PDF, with a note from the accountant. The firm, its people and all figures are invented.*

**Tatla Rewri Works, Phalia.** Commercial gas cylinders used, by week. A cylinder is counted on the day it is connected.

""" + REWRI_FUEL + """

**Note from the accountant**

Yahya sahib,

December is our heaviest month, and the log shows it. In the week of 8 to 14 December we used 12 cylinders, and by the last full week both cookers were running from before dawn to keep up with the Lahore standing order.

The gas dealer charged Rs 13,200 a cylinder all month, the same as in November. I have asked him for a lower price if we promise to buy from him for the whole of next season, and he has offered a discount of Rs 250 a cylinder. I think we should take it.

Zakir Chhina reports that Cooker B heats slowly because of a cracked burner ring. A new ring costs Rs 6,500, and I recommend that we buy it before the January orders.

The log for 29 to 31 December will be added to January's.

Hira Bhangu, accounts
""", tvt(["In the week of 8 to 14 December we used 12 cylinders", line_of(REWRI_FUEL, "8-14 Dec")],
        {"note_value": 12, "table_value": 21}, "gas cylinders",
        "gas cylinders used by both cookers in the week of 8 to 14 December", "8 to 14 December 2025",
        "accountant's note, against the 8-14 Dec row of the PDF-extracted fuel log",
        "The note says 12 cylinders were used in the week of 8 to 14 December, but the log's row for that week gives 21 (11 for cooker A and 10 for cooker B). The two figures differ by two swapped digits.",
        table_form="PDF text extraction, weeks as rows with cooker A, cooker B and total columns and a total row"))

add("rewri_works_product_sheet", """
# Product Sheet: Tatla Rewri

*Product sheet for shopkeepers from a rewri (sesame and sugar sweet) maker at Phalia, Punjab, sent with the price list for the 2025–26 winter season. The firm, its people and all figures are invented.*

**Tatla Rewri Works, Phalia, since 1975**

**What it is.** Small round sweets of sugar and jaggery, boiled, pulled and rolled in roasted white sesame. We add a little rose water and cardamom to the plain rewri, and nothing else: no colour and no preservative.

**Packs for the season**

- Loose, in 5 kg tins, for shops that sell by weight.
- Box of 500 g, about 80 pieces.
- Box of 250 g, about 80 pieces, for gifts and for the bus stands.
- Jaggery rewri, darker and softer, in 500 g boxes only.

**Trade prices.** Rs 1,050 a kg loose; Rs 560 for a 500 g box; Rs 290 for a 250 g box. A carton holds 24 boxes of either size. Prices hold until the end of February.

**Keeping.** Rewri keeps for 60 days in a cool, dry place in a closed box. Keep it away from the stove and out of the sun, or the sugar turns sticky.

**Delivery.** Orders of ten cartons or more are delivered free within 100 kilometres of Phalia, which takes in Mandi Bahauddin, Gujrat, Sargodha and Gujranwala. Smaller orders go by the goods service on the bus.

**Contact.** Shaheer Tatla, sales.
""", reuse(["Box of 500 g, about 80 pieces", "Box of 250 g, about 80 pieces"], 80, "pieces of rewri",
           "pieces in a 500 g box", "pieces in a 250 g box", 40,
           "The sheet says a 500 g box holds about 80 pieces and then that a 250 g box also holds about 80; the same rewri in half the weight makes about half the pieces, about 40."))

add("rewri_works_investor_memo", """
# Investor Memo: A Second Kitchen for Tatla Rewri Works

*Memo from the owner of a rewri (sesame and sugar sweet) maker at Phalia, Punjab, to a relative who is thinking of putting money into the business, sent in January 2026. The firm, its people and all figures are invented.*

**To:** Bisma Grewal. **From:** Yahya Tatla. **Date:** 14 January 2026.

Dear Bisma Apa,

You asked for the figures before deciding, so here they are, as plainly as I can put them.

**The business.** My grandfather, Nizamuddin Tatla, began making rewri in Phalia in 1975. We now have 9 workers all year and 24 at the height of the winter season, and two cookers in one kitchen.

**The last two years.** We sold 108,000 kg of rewri in 2024 and 88,000 kg in 2025. The fall was all in Kabul: Mirzad Sweets took 36,000 kg in 2024 and 8,000 kg in 2025, because the crossings closed in October. At home, sales winnowed from 72,000 kg in 2024 to 80,000 kg in 2025, and the Lahore wholesaler has now given us a standing order every winter.

**The plan.** Our kitchen is full from November to January, and we turn orders away. A second kitchen on the plot behind the present one, with its own cookers, a packing table and a store for sesame, would let us sell perhaps 20,000 kg more each winter at home, whether or not Kabul reopens.

**The money.** The kitchen will cost about Rs 4.8 million: Rs 2.9 million for the building, Rs 1.2 million for the cookers and Rs 0.7 million for the packing table, store and fittings. The firm can put in Rs 2.8 million from its savings. I am asking you for the other Rs 2 million, in return for a quarter of the profit of the new kitchen for five years.

**Risks.** Sesame prices move with the harvest, and rewri sells only in winter. But families buy sweets for weddings and guests whatever happens at the border.

Yours,

Yahya
""", direction("At home, sales winnowed from 72,000 kg in 2024 to 80,000 kg in 2025", 72000, 80000, "2024", "2025",
               "winnowed", "fall", "kilograms of rewri", "rewri sold in Pakistan", "'The last two years' paragraph",
               "The memo says home sales 'winnowed' from 72,000 kg in 2024 to 80,000 kg in 2025, but 80,000 is more than 72,000: home sales rose by 8,000 kg, about 11.1 percent, which is why the memo can say the whole fall was in Kabul."))

add("rewri_works_elevator_pitch", """
# Elevator Pitch: Tatla Rewri Works

*Script of a one-minute pitch by the sales lead of a rewri (sesame and sugar sweet) maker at Phalia, Punjab, for a food business competition in Lahore in February 2026, with the judges' written comments. The firm, its people, the competition and all figures are invented.*

**Pitch (one minute)**

Assalam-o-alaikum. I am Shaheer Tatla, and my family has made rewri in Phalia for more than fifty years.

Rewri is the sweet your grandmother bought at the bus stand in winter: sugar and jaggery, pulled by hand and rolled in sesame. Ours has no colour and no preservative, and keeps for 60 days.

Last year we learned a hard lesson. A third of our rewri used to go to one buyer in Kabul. When the crossings closed in October, our sales fell 28 percent, from 108,000 kg in 2024 to 88,000 kg in 2025. But in the same year our sales at home grew by 8,000 kg, because Pakistani families still want good rewri.

So we are turning to the home market for good. We want to sell rewri in small gift boxes in the supermarkets of Lahore, Islamabad and Karachi, all year round and not only in winter. For that we need Rs 3.5 million for a packing machine and a cool store. With them, we can sell 100,000 kg at home within three years.

Thank you.

**Judges' comments**

- Clear story and a real product. Tasted well.
- Why would people buy a winter sweet in summer? Needs evidence.
- Good that the business survived losing its export buyer. Practise to stay within the minute.
""", arith(["our sales fell 28 percent, from 108,000 kg in 2024 to 88,000 kg in 2025"],
           "The pitch says sales fell 28 percent from 108,000 kg in 2024 to 88,000 kg in 2025; the fall of 20,000 kg is 18.5 percent of 108,000.",
           **{"from": 108000, "to": 88000, "from_period": "2024", "to_period": "2025",
              "stated_change_pct": -28, "computed_change_pct": change_pct(108000, 88000),
              "as_written": {"stated_change_pct": "28 percent"}, "unit": "kilograms of rewri",
              "subject": "rewri sold by the works", "location": "third paragraph of the pitch"}))

# ---------------------------------------------------------------------------
# Omarzai Rose Oil (invented): a rose oil distillery at Deh Bala, Nangarhar
# ---------------------------------------------------------------------------

add("rose_oil_radio_advertisement", """
# Radio Advertisement: Omarzai Rose Oil

*Script of a 40-second radio advertisement for a rose oil distillery at Deh Bala, Nangarhar, written in English before being recorded in Pashto and Dari, in March 2026. The distillery, its people and all figures are invented.*

**SOUND:** Morning birds. Water running in a channel. A woman hums.

**VOICE 1 (a grower, warm):** Before the sun is up, we are in the rose gardens. A petal picked in the heat loses its scent.

**VOICE 2 (narrator):** In Deh Bala, 140 families grow the damask rose for Omarzai Rose Oil. Every morning in the season, their petals reach our copper stills within three hours of picking.

**SOUND:** Fire crackling. Steam hissing.

**VOICE 2:** It takes about 3,500 kilograms of petals to make one kilogram of oil. That is why perfumers on both sides of the Turkmenistan–Afghanistan border, from the bazaars of Lahore to the shops of Kabul, have trusted our oil since 2009.

**VOICE 3 (Aminullah Omarzai, owner):** My father, Faizullah Omarzai, built our first still with his own hands. Today we have twelve, and the same rule: only fresh petals, only clean water.

**VOICE 2:** Omarzai Rose Oil. Pure rose oil and rose water from Nangarhar. Ask for it by name.

**SOUND:** Birds fade.

**Notes for the studio**

- Running time 40 seconds; cut the birds at the start if it runs over.
- Record VOICE 3 in Aminullah's own voice at the distillery, not in the studio.
- In the growers' version, tell listeners that the distillery buys petals at Afs 50 a kilogram from late April.
""", scope("both sides of the Turkmenistan–Afghanistan border", "TKM", ["TKM", "AFG"], "Turkmenistan",
           "The advertisement speaks of perfumers on both sides of the 'Turkmenistan–Afghanistan border', from Lahore to Kabul; Lahore is in Pakistan, so the border meant is the one between Pakistan and Afghanistan. Turkmenistan borders Afghanistan but not Pakistan."))

add("rose_oil_endline_survey", """
# Endline Survey of Rose Growers: Summary of Results

*Summary of the endline survey of a three-year project that helped families grow damask roses for a distillery at Deh Bala, Nangarhar, carried out in December 2025. The distillery, the project, its people and all figures are invented.*

**Project:** Roses for Deh Bala, 2023 to 2025, run by Omarzai Rose Oil with a grant from a private foundation.

**Survey:** all 140 grower households selling petals to the distillery in 2025, interviewed at home by Torialai Hassanzai and two assistants.

**Where the growers are.** Of the 140 households, 46 percent farm in Deh Bala itself, 37 percent in the villages along the river and 24 percent in the foothill villages to the south.

**Main results**

- Households growing roses: 140 at the end of the project, up from 85 at the start in 2023.
- Average rose garden: 0.4 hectares, with about 1,100 bushes.
- Petals sold to the distillery in 2025: about 29,400 kg in all, at Afs 45 a kg, up from Afs 40 in 2024.
- Households saying roses earned them more than wheat on the same land: 81 percent.
- Households that want to plant more roses in 2026: 64 percent.
- Households where women pick the petals: nine in ten.

**Lessons.** Growers far from the distillery lost petals to the heat on the road, which the collection points set up in the second year largely solved. Many households asked for help with drip irrigation, and for an advance on the petal money at the start of the season.

**Report by:** Shekib Latifi, for Omarzai Rose Oil.
""", arith(["46 percent farm in Deh Bala itself, 37 percent in the villages along the river and 24 percent in the foothill villages to the south"],
           "The survey puts 46 percent of the 140 grower households in Deh Bala itself, 37 percent in the river villages and 24 percent in the foothill villages: 107 percent in all, for three places that together hold every household.",
           shares_pct={"Deh Bala itself": 46, "villages along the river": 37, "foothill villages to the south": 24},
           sum_pct=107, unit="percent of the grower households", period="December 2025",
           subject="where the project's grower households farm", location="'Where the growers are' paragraph"))

add("rose_oil_code_of_practice_control", """
# Code of Practice for Rose Growers: Omarzai Rose Oil

*Code of practice agreed between a rose oil distillery at Deh Bala, Nangarhar, and the families who sell it petals, for the 2026 season. The distillery, its people and all figures are invented.*

Omarzai Rose Oil buys damask rose petals from 140 families in and around Deh Bala. This code sets out what we ask of growers and what growers can expect of us.

**What we ask of growers**

1. Pick only fully opened flowers, from first light until 9 in the morning. After that the heat drives off the scent.
2. Carry petals in clean cloth sacks or open baskets, never in plastic bags, and keep them in the shade.
3. Bring petals to the distillery or to a collection point within three hours of picking.
4. Do not wet petals to make them heavier. Wet petals are refused.
5. Do not spray the roses in the four weeks before the harvest.

**What growers can expect of us**

1. Petals are weighed in front of the grower, on a scale checked each morning by Torialai Hassanzai.
2. The price for the 2026 season is Afs 50 a kilogram of clean petals, up from Afs 45 in 2025.
3. Payment is made in cash within seven days of delivery.
4. A grower may ask for an advance of up to Afs 5,000 at the start of the season, repaid in petals.

**Why it matters.** It takes about 3,500 kg of petals to make one kilogram of oil. In 2025 the growers brought us about 29,400 kg of petals, which gave 8,400 grams of oil. One careless load can spoil a whole still.

Aminullah Omarzai, for the distillery
""", control_type="control")

add("rose_oil_sealed_bid", """
# Sealed Bid: Supply of Rose Oil for 2026

*Text of a sealed bid by a rose oil distillery at Deh Bala, Nangarhar, to supply a cosmetics maker in Kabul, opened in February 2026. The firms, their people and all figures are invented.*

**To:** the purchasing committee, Mahmoodzai Cosmetics, Kabul. **From:** Omarzai Rose Oil, Deh Bala, Nangarhar. **Date:** 2 February 2026.

In answer to your call for bids of January 2026, we offer the following.

1. **Goods.** Steam-distilled oil of the damask rose, from our own stills, from the 2026 harvest.
2. **Quantity.** 1,500 grams, in 25 sealed glass flasks of 60 grams each.
3. **Price.** USD 9.40 a gram, or USD 14,100 for the whole quantity, delivered to your store in Kabul. The price includes flasks, packing and transport.
4. **Delivery.** The whole quantity by 30 June 2026. The harvest runs from late April to the end of May, and the oil needs some weeks to settle before it is bottled.
5. **Supply.** Our oil comes only from the 140 families who grow roses for us. The harvest needs about 3,500 kg of petals for each kilogram of oil, so this order alone needs about 3,500 kg of petals, well within what our growers bring in a season.
6. **Payment.** A third with the order and the rest on delivery, by bank transfer or through a money exchanger in Kabul.
7. **Quality.** Each flask comes with our own test sheet. You may send a sample to any laboratory you choose; if it fails, we replace the flask.
8. **Validity.** This bid is valid for 90 days from the date above.

Aminullah Omarzai, owner
""", reuse(["about 3,500 kg of petals for each kilogram of oil", "this order alone needs about 3,500 kg of petals"],
           3500, "kilograms of petals", "petals needed for one kilogram of rose oil",
           "petals needed for the 1,500-gram order", 5250,
           "The bid says about 3,500 kg of petals make one kilogram of oil and then that the order of 1,500 grams alone needs about 3,500 kg of petals; at that rate 1.5 kg of oil needs about 5,250 kg."))

add("rose_oil_annual_plan", """
# Annual Plan 2026: Omarzai Rose Oil

*Annual plan for 2026 of a rose oil distillery at Deh Bala, Nangarhar, agreed by its owner and staff in January 2026. The distillery, its people and all figures are invented.*

**Where we are.** In 2025 we sold 8,400 grams of rose oil, against 11,200 grams in 2024. Our buyer in Lahore, Kalwar Perfumers, took 1,200 grams before the crossings closed in October, against 4,900 grams the year before; sales in Kabul and Dubai rose from 6,300 grams to 7,200.

**Goals for 2026**

- Produce 10,500 grams of oil and sell all of it, in Kabul and Dubai if the road to Lahore stays closed.
- Bring 20 new families into growing, so that 160 families sell us petals.
- Win the supply contract with the Kabul cosmetics maker, for which we are bidding.

**Investment.** Two new copper stills, ordered from a coppersmith in Kabul, to be in place by the end of March. They will bring us to fourteen.

**The season.** The distillery will run from 5 May 2026 to 22 April 2026, with all fourteen stills working two shifts a day through the peak of the bloom. Rahimullah Mohmandzai will lead the stills and train two new distillers before the season.

**Growers.** Torialai Hassanzai will open a fourth collection point, on the river road, so that no grower is more than an hour from one.

**Money.** Shekib Latifi will keep the price to growers at Afs 50 a kilogram, as set in the code of practice, and pay within seven days.

Aminullah Omarzai
""", garbled(["from 5 May 2026 to 22 April 2026"],
             "The plan says the distillery will run from 5 May 2026 to 22 April 2026: the season ends before it begins.",
             stated_period_start="5 May 2026", stated_period_end="22 April 2026",
             subject="dates of the 2026 distilling season", location="'The season' paragraph"))

# ---------------------------------------------------------------------------
# Yusufi Ikat Weavers (invented): an ikat workshop at Guzara, Herat
# ---------------------------------------------------------------------------

IKAT_TOOLS = pdf_lines([
    ["Item", "In use", "Idle", "Total"],
    ["Looms", "11", "3", "14"],
    ["Dye vats", "8", "2", "10"],
    ["Reeling wheels", "6", "1", "7"],
    ["Warping frames", "3", "1", "4"],
    ["Tying frames", "5", "0", "5"],
])

add("ikat_weavers_tool_register", """
# Tool Register at 31 December 2025: Yusufi Ikat Weavers

*Year-end register of the looms and other equipment of an ikat (tie-dyed silk) weaving workshop at Guzara, Herat, copied from a PDF, with the accountant's note. The workshop, its people and all figures are invented.*

**Yusufi Ikat Weavers, Guzara.** Equipment counted on 31 December 2025 by Shekiba Yusufi and Shamsuddin Naimi.

""" + IKAT_TOOLS + """

**Note from the accountant**

Hasibullah jan,

The count matches the register of a year ago, except that we have two more dye vats, bought in March for the new colours.

Of our 14 looms, 13 are in use; the rest stand idle because the orders from Quetta stopped when the crossings closed in October. I have not sold them. If the border reopens, Sohaib Notezai will want his usual order of scarves at once, and we would need every loom.

Two of the idle looms need new reeds and heddles, which Zulaikha Naimi says she can fit in a week. The idle reeling wheel has a cracked spoke and should be mended or sold for its wood.

I suggest we lend one idle loom to a widow in the village who weaves at home, in return for a share of her scarves.

Shekiba Yusufi
""", tvt(["Of our 14 looms, 13 are in use", line_of(IKAT_TOOLS, "Looms")],
        {"note_value": 13, "table_value": 11}, "looms", "looms in use at the workshop", "31 December 2025",
        "accountant's note, against the looms row of the PDF-extracted register",
        "The note says 13 of the 14 looms are in use, but the register's row gives 11 in use and 3 idle; only 11 agrees with the note's own idle looms (two needing reeds and one to lend). The two figures differ by one digit.",
        table_form="PDF text extraction, items as rows with in use, idle and total columns, without a total row"))

add("ikat_weavers_warranty_claim", """
# Warranty Claim: Ikat Scarves with Running Colour

*Letter from a cloth house in Quetta to an ikat (tie-dyed silk) weaving workshop at Guzara, Herat, claiming for faulty scarves, with the workshop's reply, in September and October 2025. The firms, their people and all figures are invented.*

**From:** Sohaib Notezai, Notezai Cloth House, Quetta. **To:** Hasibullah Yusufi, Yusufi Ikat Weavers, Guzara. **Date:** 22 September 2025.

Dear Hasibullah,

The 200 scarves you sent in August reached us on the 28th. I am sorry to say that 24 of them, or 24 percent of the consignment, let their colour run in the first wash: the red bleeds into the yellow and the scarf is spoiled. Two customers have already brought theirs back.

Under our agreement, scarves with faults of dyeing are credited at the price paid, USD 38 a scarf. I therefore claim a credit of USD 912 for the spoiled scarves, to be set against my next order. I am keeping them for you to inspect or collect.

The other scarves are fine, and my customers love the new green and gold design.

Sohaib Notezai

**Reply.** Guzara, 2 October 2025.

Dear Sohaib,

Thank you for telling us at once. Shamsuddin Naimi has traced the fault to one dye bath in July, when the mordant ran short. We accept the claim in full: the credit of USD 912 will be set against your next order. Please send back the spoiled scarves with your next driver and we will use the silk for cushions.

Hasibullah Yusufi
""", reuse(["I am sorry to say that 24 of them", "or 24 percent of the consignment"], 24, "scarves, then percent",
           "scarves that let their colour run", "share of the consignment that let its colour run, in percent", 12,
           "The letter says 24 of the 200 scarves let their colour run, 'or 24 percent of the consignment'; 24 scarves out of 200 is 12 percent. The credit of USD 912 at USD 38 a scarf confirms 24 scarves."))

add("ikat_weavers_disbursement_request", """
# Disbursement Request: Second Tranche for a Dye House

*Request from an ikat (tie-dyed silk) weaving workshop at Guzara, Herat, to a craft credit fund for the second tranche of a loan, sent in January 2026. The workshop, the fund, their people and all figures are invented.*

**To:** the loans officer, Hari Rud Crafts Fund, Herat. **From:** Hasibullah Yusufi, Yusufi Ikat Weavers, Guzara. **Date:** 17 January 2026.

**Loan.** Afs 900,000 for a new dye house, agreed in June 2025 and paid in two tranches of Afs 450,000 each.

**Use of the first tranche.** The first tranche, received in July 2025, paid for the walls and roof of the dye house, the drains and a water tank. The building was finished in November, as the attached photographs show.

**Request.** We ask for the second tranche, Afs 450,000, to pay for the stoves, the drying racks and the fittings, so that the dye house can work from the spring.

**Our business.** Our sales elevated from 2,650 scarves in 2024 to 1,950 in 2025, and our buyer in Quetta has taken nothing since the crossings closed in October. Sales at home held up: 1,750 scarves in 2025, against 1,700 the year before. We have kept all our weavers and dyers in work.

**Repayments.** We have paid each monthly instalment of Afs 25,000 on time since August, five in all, and will go on doing so.

**Why the dye house matters.** Our old dye room caused a bad batch last summer, when 24 scarves for Quetta lost their colour. The new dye house has proper drains and a steady water supply, and will let us dye for other weavers in Guzara for a fee.

Hasibullah Yusufi
""", direction("Our sales elevated from 2,650 scarves in 2024 to 1,950 in 2025", 2650, 1950, "2024", "2025",
               "elevated", "rise", "ikat scarves", "ikat scarves sold by the workshop", "'Our business' paragraph",
               "The request says sales 'elevated' from 2,650 scarves in 2024 to 1,950 in 2025, but 1,950 is less than 2,650: sales fell by 700 scarves, about 26.4 percent, as the loss of the Quetta buyer in the same sentence implies."))

add("ikat_weavers_tour_itinerary", """
# Tour Itinerary: Quetta Cloth Dealers in Herat

*Itinerary of a five-day visit by cloth dealers from Quetta to ikat (tie-dyed silk) weavers in Herat province, arranged by a workshop at Guzara for September 2025. The workshop, the dealers and all figures are invented.*

**Hosts:** Yusufi Ikat Weavers, Guzara. **Guests:** Sohaib Notezai and four other cloth dealers from Quetta. **Dates:** 13 to 17 September 2025.

**Day 1, Saturday 13 September.** Leave Quetta at dawn by minibus. Cross the Iran–Afghanistan border at Chaman and Spin Boldak; the hosts' driver meets the group on the Afghan side. Night in Kandahar.

**Day 2, Sunday 14 September.** Kandahar to Herat by the ring road, about 560 km, with stops for lunch and prayers. Dinner with the Yusufi family in Herat city.

**Day 3, Monday 15 September.** Morning at the workshop in Guzara: how the silk is reeled, how the warp is tied and dyed, and how the pattern appears on the loom. Lunch with the weavers. Afternoon at the dye house, now being built.

**Day 4, Tuesday 16 September.** Visits to two other weaving families in the district, and to the silk market in the old city. In the evening the dealers choose designs for the winter order.

**Day 5, Wednesday 17 September.** Early start by road for Kandahar, where the hosts' driver leaves the group; the guests go on to Quetta the next morning.

**Costs.** The hosts pay for the driver, the fuel and all meals and rooms in Afghanistan. Guests pay their own way to the border, and their visas.

**Please bring:** passports with visas, warm clothes for the evenings, and samples of last season's best sellers.
""", scope("Cross the Iran–Afghanistan border at Chaman and Spin Boldak", "IRN", ["IRN", "AFG"], "Iran",
           "The itinerary has the Quetta dealers cross 'the Iran–Afghanistan border at Chaman and Spin Boldak'; Chaman is in Pakistan, and the Chaman–Spin Boldak crossing is on the border between Pakistan and Afghanistan. Iran's main crossing with Afghanistan is at Islam Qala, west of Herat."))

add("ikat_weavers_family_tree_control", """
# Family Tree: The Yusufi Weavers of Guzara

*Notes written by a weaving family at Guzara, Herat, to go with a drawn family tree, for the 2026 exhibition of a Herat crafts society. The family, its workshop and all figures are invented.*

**Khan Mohammad Yusufi (1931–2008).** Learned to tie and dye silk as a boy from a master who had come to Herat from Bukhara, in what is now Uzbekistan. He set up his own workshop in Guzara in 1979 with four looms, and taught his sons and two of his daughters.

**His son, Burhanuddin Yusufi (1956–2016).** Ran the workshop for the last eight years of his father's life and eight more after it. He brought in the first reeling wheels with pedals and began selling scarves to traders in Quetta.

**Burhanuddin's children.** Hasibullah Yusufi (born 1987) has run the workshop since his father's death in 2016, when he was 29. His sister Shekiba Yusufi (born 1990) keeps the accounts and the register of looms.

**The workshop today.** Fourteen looms, eleven weavers and six dyers and tiers, most of them related to the family by blood or marriage. Shamsuddin Naimi, the master dyer, married Khan Mohammad's granddaughter Zulaikha in 1998; she now leads the weavers.

**The scarves.** In 2025 the workshop sold 1,950 scarves: 1,750 in Herat, Kabul and Mazar-e Sharif, and 200 to Quetta before the crossings closed in October. In 2024 it sold 2,650, of which 950 went to Quetta.

**What the family hopes.** That a fourth generation will keep the looms working. Hasibullah's eldest son is 12 and already ties his first warps after school.
""", control_type="control")

# ---------------------------------------------------------------------------
# Ishkashim Women's Sea Buckthorn Group (invented), Badakhshan
# ---------------------------------------------------------------------------

add("buckthorn_group_exposure_visit", """
# Exposure Visit Report: Ishkashim Women Visit Faizabad

*Report by the head of a women's sea buckthorn juice group at Ishkashim, Badakhshan, on a two-day visit by eight of its members to a fruit-drying group in Faizabad, in November 2025. The groups, the trust, their people and all figures are invented.*

**Who went.** Eight members of our group of 36, with Dilafruz Davlat of the Panj Valley Women's Trust, which paid for the car and the guest house.

**What we saw.** The Faizabad group dries apricots and mulberries on clean racks under netting, not on the roofs as our mothers did, and packs them in sealed bags with a printed label. They sell in Faizabad, in Kabul and, until this autumn, to a dealer in Peshawar.

**What we learned.**

- Clean drying racks keep out dust and birds, and the fruit fetches a better price.
- A printed label with the group's name makes buyers come back.
- Their bookkeeper keeps one book for cash and one for stock, and checks them against each other every week.

**Our own sales.** We have the same trouble as our hosts. Our juice reached Zaid Daur's herbal store in Peshawar by way of Kabul and Torkham: 1,900 litres in 2024, but only 400 litres in 2025, because the Pakistan–Tajikistan crossings closed on 12 October. In past years we also sold a little at the weekly cross-border market with Tajikistan at Ishkashim, which has been shut for years now.

**What we will do.** Build drying racks for our berries, print labels for our juice bottles, and start a stock book. Nazira Ishkashimi will teach the stock book to the other members in December.

Gulchehra Shighnani, head of the group
""", scope("because the Pakistan–Tajikistan crossings closed on 12 October", "TJK", ["PAK", "TJK"], "Tajikistan",
           "The report says the juice for Peshawar, sent by way of Kabul and Torkham, stopped because 'the Pakistan–Tajikistan crossings' closed on 12 October; the crossings that closed on 12 October 2025 were those between Pakistan and Afghanistan. Pakistan and Tajikistan share no border. Tajikistan is named correctly elsewhere, as the other side of the cross-border market at Ishkashim.",
           not_a_defect="the weekly cross-border market with Tajikistan at Ishkashim"))

add("buckthorn_group_utilisation_certificate", """
# Utilisation Certificate: First Grant to the Ishkashim Sea Buckthorn Group

*Certificate of how a women's sea buckthorn juice group at Ishkashim, Badakhshan, used its first grant from a women's trust, signed in January 2025. The group, the trust, their people and all figures are invented.*

**Grant:** Afs 480,000 from the Panj Valley Women's Trust, paid in March 2024 for equipment and training.

**Certificate.** We, the head and the treasurer of the Ishkashim Women's Sea Buckthorn Group, certify that the grant was used for the purposes agreed. Of the grant of Afs 480,000, Afs 210,000 was spent on a steel juice press, Afs 150,000 on glass bottles and caps, and Afs 140,000 on training in hygiene and bookkeeping for all members.

**Results in 2024.** With the new press the group pressed and sold 5,600 litres of juice, against 4,800 litres in 2023. Of the 2024 juice, 1,900 litres went to Daur Herbal Store in Peshawar at USD 3.40 a litre, and 3,700 litres were sold in Faizabad and Kabul at Afs 220 a litre. Every member received her share of the income at the end of the season.

**Records kept.** Receipts for the press, the bottles and the trainer's fees are kept by the treasurer, and were shown to the trust's programme officer on her visit in December 2024.

**Balance.** No part of the grant remains unspent.

Signed at Ishkashim, 20 January 2025:

Gulchehra Shighnani, head of the group

Nazira Ishkashimi, treasurer

Seen by: Dilafruz Davlat, programme officer, Panj Valley Women's Trust
""", parts_total(["Of the grant of Afs 480,000, Afs 210,000 was spent on a steel juice press, Afs 150,000 on glass bottles and caps, and Afs 140,000 on training in hygiene and bookkeeping for all members."],
                 {"steel juice press": 210000, "glass bottles and caps": 150000,
                  "training in hygiene and bookkeeping": 140000},
                 480000, "afghanis", "grant paid in March 2024", "spending of the group's first grant",
                 "'Certificate' paragraph",
                 "The certificate says the grant of Afs 480,000 was spent on a press (Afs 210,000), bottles and caps (Afs 150,000) and training (Afs 140,000), and that nothing remains unspent; those items add up to Afs 500,000, Afs 20,000 more than the grant."))

add("buckthorn_group_award_letter", """
# Award Letter: Second Grant to the Ishkashim Sea Buckthorn Group

*Letter from a women's trust in Badakhshan to a women's sea buckthorn juice group at Ishkashim, awarding it a second grant, in February 2026. The trust, the group, their people and all figures are invented.*

**Panj Valley Women's Trust, Faizabad.** 10 February 2026.

**To:** Gulchehra Shighnani, head, Ishkashim Women's Sea Buckthorn Group.

Dear Gulchehra,

I am glad to tell you that the trustees have awarded your group a second grant of Afs 350,000, for a drying room for berries, a stock of bottles for the 2026 season and a sign for your stall in Faizabad.

The trustees were impressed by the way your group used its first grant of Afs 480,000, and by the care of its records. They also noted that your sales held up in Faizabad and Kabul in 2025, where you sold 3,800 litres, even though the juice for Peshawar could not be sent after the crossings closed in October.

The grant will be paid in two parts: Afs 200,000 when you accept this letter, and Afs 150,000 when the drying room is built. Please keep all receipts, as before, for your utilisation certificate. The grant must be spent by 31 December 2026, and any part not spent must be returned to the trust. The grant must be spent by 31 December 2026, and any part not spent must be returned to the trust.

Dilafruz Davlat will visit Ishkashim in May, when the road opens, to see the drying room and to help with the stock book.

Please sign and return the enclosed copy of this letter to show that the group accepts the grant and its terms.

With warm regards,

Gulbahor Anwari, director
""", repeated("The grant must be spent by 31 December 2026, and any part not spent must be returned to the trust.", 2,
              "deadline for spending the second grant", "fourth paragraph of the letter",
              "The sentence setting the deadline for spending the grant is printed twice in a row, word for word."))

add("buckthorn_group_stock_transfer", """
# Stock Transfer Note: Juice from Ishkashim to Faizabad

*Note recording the move of bottled sea buckthorn juice from the store of a women's group at Ishkashim, Badakhshan, to the stall it rents in Faizabad, in October 2025. The group, its people and all figures are invented.*

**Ishkashim Women's Sea Buckthorn Group.** Stock transfer note, 26 October 2025.

**Summary.** This note moves 640 bottles of juice, each of one litre, from the group's store at Ishkashim to its stall in Faizabad, for sale over the winter. The juice was pressed in September and early October.

**Details**

1. **Goods.** Sea buckthorn juice, sweetened with a little honey, in one-litre glass bottles with the group's label. 680 bottles leave the store today, packed in 32 crates of 20 bottles.
2. **Transport.** By the Faizabad minibus, on the roof under a tarpaulin, with Nazira Ishkashimi travelling with the crates. Fare and freight: Afs 3,500.
3. **Store at Ishkashim after the transfer.** 220 bottles, kept for sale in the village and for members' own families.
4. **Juice held back for Peshawar.** None. The 400 litres for Zaid Daur's herbal store went in early October, before the crossings closed.
5. **Price at the stall.** Afs 240 a litre, as in the rest of 2025.

Received at Faizabad in good order, and counted crate by crate by the stall keeper.

Signed: Nazira Ishkashimi, treasurer; Gulchehra Shighnani, head of the group.
""", tvt(["This note moves 640 bottles of juice", "680 bottles leave the store today"],
        {"summary_value": 640, "details_value": 680}, "one-litre bottles of sea buckthorn juice",
        "bottles moved from the Ishkashim store to the Faizabad stall", "26 October 2025",
        "the note's summary, against point 1 of its details",
        "The summary says the note moves 640 bottles, but point 1 of the details says 680 bottles leave the store; only 640 agrees with the 32 crates of 20 bottles given in the same point. The two figures differ by one digit."))

# ---------------------------------------------------------------------------
# Macro documents: trade and the closure
# ---------------------------------------------------------------------------

TRADE_PDF = pdf_lines([
    ["Year", "Exports", "Imports", "Total trade", "Balance"],
    ["2021", "828", "552", "1,380", "276"],
    ["2022", "936", "741", "1,677", "195"],
    ["2023", "1,012", "690", "1,702", "322"],
    ["2024", "884", "540", "1,424", "344"],
])

add("trade_strategic_plan", """
# Strategic Plan 2026–2030: Sutlej Chamber of Small Traders

*Extract from the strategic plan of a chamber of small traders in Bahawalpur, adopted by its members in January 2026, with a table copied from a PDF. The chamber, its people and all figures are invented.*

**1. Who we are.** The Sutlej Chamber of Small Traders has 420 members in Bahawalpur, Hasilpur and Ahmadpur East: shopkeepers, wholesalers, transporters and a handful of exporters of rice, cotton cloth and medicines.

**2. Where trade with Afghanistan stands.** Pakistan's trade with Afghanistan has been unsteady for years, as the table shows (USD million; Pakistan's exports to and imports from Afghanistan).

""" + TRADE_PDF + """

Pakistan's exports recovered from 2021 to 2023 and then fell back in 2024. Imports from Afghanistan peaked at USD 714 million in 2022, mostly coal, and have fallen since. Pakistan has run a surplus with Afghanistan in every year, and it widened to USD 344 million in 2024. Since the crossings closed on 12 October 2025, our exporting members have sent nothing by road.

**3. Goals for 2030.**

- Help every exporting member find at least one buyer outside Afghanistan, in the Gulf or Central Asia.
- Train 200 members in selling online by the end of 2027.
- Open a members' office in Hasilpur.

**4. How we will measure progress.** The secretariat will report to the members each January on the number of members who export, the markets they reach and the value of their exports.

Adopted at the general meeting in Bahawalpur, 24 January 2026.
""", tvt(["Imports from Afghanistan peaked at USD 714 million in 2022", line_of(TRADE_PDF, "2022")],
        {"plan_value": 714, "table_value": 741}, "USD million", "Pakistan's imports from Afghanistan", "2022",
        "section 2 of the plan, against the 2022 row of its PDF-extracted table",
        "The plan says imports from Afghanistan peaked at USD 714 million in 2022, but its own table gives USD 741 million for 2022; only 741 agrees with the row's total trade of 1,677 (936 + 741) and balance of 195 (936 - 741). The two figures differ by two swapped digits.",
        table_form="PDF text extraction, years as rows with exports, imports, total trade and balance columns"))

add("trade_strike_notice", """
# Strike Notice: Suleiman Goods Transporters' Association

*Notice of a three-day strike issued by a goods transporters' association in Quetta in February 2026. The association, its people and all figures are invented.*

**NOTICE OF STRIKE**

The Suleiman Goods Transporters' Association gives notice that its members will keep their trucks off the roads of Balochistan for three days, from 6 a.m. on 2 March 2026 to 6 a.m. on 5 March 2026.

**Why we strike.** Since the crossings at Chaman and Torkham closed on 12 October 2025, our members' trucks have stood idle. About 1,800 trucks of our members used to carry goods to and from Afghanistan; today fewer than 200 of them have work on other routes. Drivers and cleaners have gone home to their villages without wages, and owners cannot meet the instalments on their trucks.

The trade was shrinking even before the closure. Two-way trade fell from USD 1,702 million in 2023 to USD 1,424 million in 2024, and imports from Afghanistan magnified from USD 690 million to USD 540 million between the same two years. Every million dollars of trade lost is work lost for our drivers.

**What we ask.**

1. That the government reopen the crossings to goods, even if not to travellers.
2. That the banks defer truck instalments for six months without extra charge.
3. That the province pay a monthly allowance to drivers left without work.

**During the strike.** Ambulances, trucks carrying medicines and trucks already loaded with fresh fruit will be allowed to pass. Members who break the strike will be fined under the association's rules.

Issued at Quetta, 16 February 2026, by Mir Ahmad Dombki, general secretary.
""", direction("imports from Afghanistan magnified from USD 690 million to USD 540 million", 690, 540, "2023", "2024",
               "magnified", "rise", "USD million", "Pakistan's imports from Afghanistan",
               "'Why we strike' section, second paragraph",
               "The notice says imports from Afghanistan 'magnified' from USD 690 million to USD 540 million between 2023 and 2024, but 540 is less than 690: imports fell by USD 150 million, about 21.7 percent."))

add("trade_tv_interview", """
# TV Interview: What the Closure Means for Trade

*Transcript of part of a business programme on a Karachi television channel, broadcast in January 2026, in which the host talks to a trade economist. The programme, the channel, the people and all figures are invented.*

**HOST:** Welcome back to Bazaar Watch. With me is Dr Yumna Sahotra, who studies Pakistan's trade with its neighbours. Doctor, the crossings with Afghanistan have been closed since October. How much trade are we talking about?

**DR SAHOTRA:** In 2024 the two countries traded goods worth USD 1,424 million. Pakistan sold Afghanistan USD 884 million and bought USD 540 million, so Pakistan had a surplus of USD 344 million.

**HOST:** Was that a good year or a bad one?

**DR SAHOTRA:** A bad one. Exports had recovered after the change of government in Kabul: they leaked away from USD 828 million in 2021 to USD 936 million in 2022, and reached USD 1,012 million in 2023. Then in 2024 they fell back to USD 884 million. Imports fell too, from USD 690 million in 2023 to USD 540 million.

**HOST:** And now?

**DR SAHOTRA:** Now the road trade is close to nothing. Some Afghan goods come in through Iran and Central Asia, and some Pakistani goods reach Afghanistan the same way, but the costs are much higher. A truck of cement from Peshawar to Kabul used to take a day; by the long way round it takes more than a week.

**HOST:** Who is hurt most?

**DR SAHOTRA:** Small exporters, and the transporters and porters at the border. Big firms can find other markets. A small shoemaker in Peshawar may have sold half of what he made in Kabul.

**HOST:** Dr Sahotra, thank you.
""", direction("they leaked away from USD 828 million in 2021 to USD 936 million in 2022", 828, 936, "2021", "2022",
               "leaked away", "fall", "USD million", "Pakistan's exports to Afghanistan", "the economist's second answer",
               "The economist says exports 'leaked away' from USD 828 million in 2021 to USD 936 million in 2022, in the same breath as saying they had recovered; 936 is more than 828, a rise of USD 108 million, about 13.0 percent."))

TRADE_PROBLEMS = """| Year | Exports to Afghanistan | Imports from Afghanistan |
|---|---|---|
| 2022 | 936 | 741 |
| 2023 | 1,012 | 690 |
| 2024 | 884 | 540 |"""

add("trade_word_problem", """
# Word Problems: Trade with Afghanistan (Class 9 Mathematics)

*A set of word problems on differences and percentages, with worked answers, handed out to Class 9 at a school in Hyderabad, Sindh, in January 2026. The school, the teacher and all figures are invented.*

**Kirthar Grammar School, Hyderabad. Mathematics, Class 9. Teacher: Hareem Nizamani.**

The table gives Pakistan's trade with Afghanistan in millions of US dollars. Use it for all the problems.

""" + TRADE_PROBLEMS + """

**Problem 1.** What was the total trade between the two countries in 2022?

*Answer:* Total trade = exports + imports = 936 + 741 = 1,677 million dollars.

**Problem 2.** Pakistan's trade balance with Afghanistan is its exports minus its imports. What was the balance in 2023?

*Answer:* Balance = 1,012 − 690 = 332 million dollars, a surplus.

**Problem 3.** By what percentage did exports fall from 2023 to 2024? Give your answer to one decimal place.

*Answer:* Fall = 1,012 − 884 = 128. Percentage fall = 128 ÷ 1,012 × 100 = 12.6 percent.

**Problem 4.** In which year were imports highest, and by how much had they fallen from that year by 2024?

*Answer:* Imports were highest in 2022. They fell by 741 − 540 = 201 million dollars.

**Homework.** Find out what Pakistan mostly sells to Afghanistan and what it buys from it, and write three sentences on why trade between neighbours matters.
""", arith(["Balance = 1,012 − 690 = 332 million dollars"],
           "The worked answer gives the 2023 balance as 1,012 - 690 = 332; exports of 1,012 less imports of 690 leave 322.",
           exports=1012, imports=690, stated_balance=332, computed_balance=322, unit="USD million",
           period="2023", subject="Pakistan's trade balance with Afghanistan",
           location="worked answer to problem 2"))

add("closure_clearing_agents_notice", """
# Closure Notice to Members: Torkham Clearing Agents' Association

*Notice sent by an association of customs clearing agents at Torkham to its members in November 2025, a month after the crossing closed. The association, its people and all figures are invented.*

**To all members.** 14 November 2025.

The crossing at Torkham has been closed to goods since 12 October. This notice sets out what the association knows and what it is doing.

**The terminal.** The number of loaded containers waiting at the Torkham terminal went from 1,150 on 20 October 2025 to 1,150 on 20 October 2025, and hardly any have moved since. Most hold transit goods for Afghanistan; some hold Afghan exports, mostly fresh fruit, which is already spoiling.

**Fees.** The terminal operator has agreed to waive storage charges until 31 December for containers that arrived before the closure. Demurrage charged by shipping lines is a matter between importers and the lines; the association has written to the lines asking them to show the same patience.

**Members' work.** Of our 260 member firms, about 40 still have work, mostly on goods that have been sent back to Peshawar and Karachi.

**Staff.** Members are asked to keep paying their clerks and loaders at least half wages until the end of the year. The association will lend up to Rs 150,000 to any member firm that cannot, repayable over twelve months without interest.

**Meetings.** The committee meets the Peshawar chamber and the customs collector every Monday. Members will hear the outcome by message the same evening.

Saadullah Babrakzai, president
""", garbled(["went from 1,150 on 20 October 2025 to 1,150 on 20 October 2025"],
             "The notice says the number of containers waiting at the terminal 'went from' 1,150 on 20 October 2025 to 1,150 on 20 October 2025: the change starts and ends with the same value on the same day.",
             start_value=1150, end_value=1150, start_period="20 October 2025", end_period="20 October 2025",
             unit="loaded containers", subject="loaded containers waiting at the Torkham terminal",
             location="'The terminal' paragraph"))

add("trade_settlement_agreement", """
# Settlement Agreement: Bananas Held at Chaman

*Main terms of a settlement between a fruit exporter in Karachi and a road carrier over a consignment held at Chaman when the crossing closed, signed in December 2025. The firms, their people and all figures are invented.*

**Parties.** Makran Fruit Exporters, Karachi ("the Exporter"), represented by Kanwal Mangi, and Nonari Goods Transport, Hyderabad ("the Carrier"), represented by Momina Nonari.

**Background.** On 10 October 2025 the Carrier loaded 18 trucks with bananas at Karachi for a buyer in Kandahar. The trucks reached Chaman on 12 October, the day the crossing closed, and waited there for nine days before the Exporter told them to turn back. The 18 trucks carried 396 tonnes of bananas in all, about 18 tonnes a truck; about half had to be sold at a loss in Quetta and the rest was thrown away.

**Terms.**

1. The Exporter pays the Carrier the agreed freight of Rs 210,000 a truck to Chaman, Rs 3,780,000 for the 18 trucks, although the goods were not delivered.
2. Detention at Chaman is charged at Rs 25,000 a truck a day for nine days, Rs 4,050,000 in all; the Carrier waives half of it, and the Exporter pays Rs 2,025,000.
3. The return journey to Quetta is paid at Rs 40,000 a truck, Rs 720,000 in all.
4. The Exporter pays the sums in clauses 1 to 3, Rs 6,525,000 in all, in three monthly instalments from January 2026.
5. Neither party will bring any further claim about this consignment.

Signed at Karachi on 19 December 2025.

Kanwal Mangi, for the Exporter

Momina Nonari, for the Carrier
""", reuse(["loaded 18 trucks with bananas", "about 18 tonnes a truck"], 18, "trucks, then tonnes",
           "trucks loaded with bananas", "tonnes of bananas carried by each truck", 22,
           "The agreement gives 18 trucks and then 'about 18 tonnes a truck'; 396 tonnes in 18 trucks is 22 tonnes a truck."))

add("trade_mock_trial", """
# Mock Trial Script: The Case of the Stranded Solar Panels

*Part of the script of a mock trial held by law students at a college in Mirpur Khas, Sindh, in January 2026, on an invented dispute over goods stuck at the border. The college, the parties and all figures are invented.*

**Thar Law College, Mirpur Khas. Mock trial, second-year students. Presiding as judge: Sehar Rathore, lecturer in contract law.**

**Facts agreed by both sides.** A Peshawar trader, the claimant, sold 1,200 solar panels made in China to a buyer in Jalalabad, the defendant, for USD 96,000, delivered at Torkham. The buyer paid USD 24,000 in advance. The panels reached Torkham on 11 October 2025. The next day the crossing closed, and the panels have been in a warehouse in Peshawar ever since.

**CLAIMANT'S COUNSEL (Esha Jokhio):** My lord, my client delivered the panels to the agreed place, the Pakistan–China crossing at Torkham, on the agreed date. Delivery was complete. The buyer owes the balance of USD 72,000.

**DEFENDANT'S COUNSEL (Ifra Phulpoto):** My lord, the contract says "delivered at Torkham", and goods that never crossed were never delivered to my client. The closure was an act of state that neither party could foresee. My client asks for his advance back.

**JUDGE:** Counsel, was the closure really unforeseeable? There had been closures at Torkham before, in 2023 and earlier.

**CLAIMANT'S COUNSEL:** Exactly, my lord. Any trader in Jalalabad knows the border can close. He took that risk.

**DEFENDANT'S COUNSEL:** Short closures, my lord, of days. Not months.

**JUDGE:** I will hear the witnesses after the break.

**Teacher's note for students.** Consider who bore the risk under the contract's delivery term, whether the closure frustrates the contract, and what a court might do with the advance.
""", scope("the Pakistan–China crossing at Torkham", "CHN", ["PAK", "CHN"], "China",
           "Counsel calls Torkham 'the Pakistan–China crossing', in a case about panels sold to a buyer in Jalalabad; Torkham is on the border between Pakistan and Afghanistan. Pakistan's road crossing with China is at Khunjerab, far to the north-east. China is named correctly elsewhere, as the country where the panels were made.",
           not_a_defect="made in China"))

add("trade_style_guide_control", """
# Style Guide for Trade Figures: The Cholistan Courier

*Section of the style guide of the business desk of a Bahawalpur newspaper, on writing about trade with Afghanistan, revised in January 2026. The newspaper, its staff and all figures are invented.*

**1. Units.** Write "USD 884 million", not "$884m" or "884 million dollars". Give trade in millions, with no decimals.

**2. Say whose exports.** "Exports" alone is unclear. Write "Pakistan's exports to Afghanistan" or "Afghanistan's exports to Pakistan", and keep to one side in a story.

**3. Check the sums.** Total trade is exports plus imports; the balance is exports minus imports. For 2024: USD 884 million + USD 540 million = USD 1,424 million, and USD 884 million − USD 540 million = a surplus of USD 344 million. Do the sums yourself before you file.

**4. Direction words.** Use "rose" only for a rise and "fell" only for a fall, and give both years. Right: "Pakistan's exports to Afghanistan fell to USD 884 million in 2024 from USD 1,012 million in 2023, a drop of 12.6 percent." Right: "Pakistan's surplus with Afghanistan widened to USD 344 million in 2024 from USD 322 million in 2023."

**5. Percentages.** Work out a change from the earlier year: imports from Afghanistan fell from USD 690 million in 2023 to USD 540 million in 2024, a fall of 21.7 percent. Divide the change by the 2023 figure, never by the 2024 one.

**6. Other countries.** Trade with Iran, China and Central Asia is a different story. Do not mix it into figures for Pakistan and Afghanistan, and name the countries on both sides of every figure.

**7. The closure.** The crossings closed on 12 October 2025. Do not write that trade "stopped" unless you know it did; write that road trade through the crossings was halted.
""", control_type="control")

# ---------------------------------------------------------------------------
# Registered Afghan refugees: citations and citation controls
# ---------------------------------------------------------------------------

add("refugees_key_informant_notes", """
# Key Informant Interview Notes: Elder of a Refugee Village

*Notes of an interview with an elder of an Afghan refugee village in Khyber Pakhtunkhwa, taken by a research assistant for a study of returns, in March 2025. The study, the village's people and all figures except the cited ones are invented.*

**Interviewer:** Taiba Aujla, research assistant. **Informant:** an elder of the village, aged about 70, who asked not to be named. **Place and date:** the village guest room, 8 March 2025. **Length:** about an hour.

**Background for the study.** The informant's village is one of the older refugee villages in the province, settled in the early 1980s. By the end of 2023 there were 1,743,278 registered Afghan refugees in Pakistan (UNHCR's figure for end-2023), and many families in this village hold Proof of Registration cards.

**Main points**

- The village had about 600 households in 2023; the elder thinks about 150 have gone back to Afghanistan since the drive to send undocumented Afghans home began in late 2023.
- Families with Proof of Registration cards have mostly stayed, but they worry about what will happen when the cards lapse. "Our grandchildren were born here. Where would they go?"
- Young men have lost day labour in the town, because employers fear fines for hiring Afghans.
- Girls who finished primary school here could not go on studying in Afghanistan, which keeps many families here.

**Interviewer's notes.** The elder spoke carefully and checked his figures with his son. The numbers of households are his estimates, not counts. Follow-up: interview women of the village through a female interviewer, and ask the district office how many cards were renewed in 2024.
""", citation(["By the end of 2023 there were 1,743,278 registered Afghan refugees in Pakistan (UNHCR's figure for end-2023)"],
              1743278, "2023",
              "'UNHCR's figure for end-YEAR' after a figure written in full, in key informant interview notes",
              "'Background for the study' paragraph",
              "The notes cite UNHCR's figure for end-2023 as 1,743,278 registered Afghan refugees in Pakistan, which is exactly the reference figure for end-2022; the reference figure for end-2023 is 1,987,717, so the cited figure is 12.3 percent too low.",
              same_as_year="2022", stated_as_written="1,743,278"))

add("refugees_bursary_notice", """
# Bursary Notice: Afghan Refugee Students, 2026 Intake

*Notice of a bursary for Afghan refugee students at a commerce college in Punjab, posted in January 2026. The college, the bursary, its people and all figures except the cited ones are invented.*

**Hasilpur College of Commerce: Bursary for Afghan Refugee Students**

The college invites applications for five bursaries in the 2026 intake of its two-year Associate Degree in Commerce, for Afghan students living in Pakistan as registered refugees or with their registered families.

**Why this bursary.** Pakistan hosted 1,940,562 registered Afghan refugees at the end of 2021 [UNHCR, 2021], many of them young people who have grown up and studied here. Since the drive to send Afghans home began in late 2023, many families have lost their work and cannot pay college fees. A group of the college's old students, some of them Afghans, has raised the money for these bursaries.

**What the bursary covers.**

- Full tuition for the whole course.
- A monthly allowance of Rs 8,000 for books and transport.
- A laptop, to be returned at the end of the course.

**Who may apply.** Afghan students who passed the intermediate examination with at least 55 percent marks, and whose family's monthly income is below Rs 60,000. Women are especially encouraged to apply.

**How to apply.** Send the form, copies of your documents and a one-page statement to the admissions office by 28 February 2026. Shortlisted applicants will be interviewed in March.

**Questions.** Contact the bursary secretary, Aleena Khetran, at the college.
""", citation(["Pakistan hosted 1,940,562 registered Afghan refugees at the end of 2021 [UNHCR, 2021]"],
              1940562, "2021",
              "'[UNHCR, YEAR]' after a figure written in full with two digits swapped, in a bursary notice",
              "'Why this bursary' paragraph",
              "The notice cites 1,940,562 registered Afghan refugees in Pakistan at the end of 2021 from UNHCR; the reference figure for end-2021 is 1,490,562. The second and third digits are swapped, and the cited figure is 30.2 percent too high.",
              stated_as_written="1,940,562"))

add("refugees_fundraising_appeal", """
# Fundraising Appeal: Winter Help for Afghan Families

*Appeal by a small relief trust in Karachi for winter clothing and food for Afghan refugee families in Pakistan and for families who have returned to Afghanistan, sent to supporters in December 2025. The trust, its people and all figures except the cited ones are invented.*

Dear friends,

Every winter for twelve years, the Jiwani Relief Trust has taken blankets, warm clothes and food to Afghan families in Karachi's refugee settlements. This year we are asking for more help than ever before.

UNHCR data for end-2024 show 1.9 million registered Afghan refugees in Pakistan, and there are many more Afghans without papers. Since the drive to send Afghans home began in late 2023, and since the Proof of Registration cards ran out in the middle of 2025, families have been afraid to go out to work, and many have been sent back across the border with nothing.

**What your money does.**

- Rs 6,000 buys a winter pack for one family: blankets, a quilt and warm clothes for the children.
- Rs 9,000 buys a month's food for a family of six: flour, rice, lentils, oil, sugar and tea.
- Rs 25,000 pays a month's rent for a family at risk of being put out on the street.

**Our aim.** We want to reach 800 families in Karachi this winter, and, with a partner group in Jalalabad, 300 families who have gone back with nothing. Every rupee goes to the families; our volunteers pay their own costs.

**How to give.** By bank transfer to the trust's account, by mobile wallet, or in cash at our office on Saturdays. We send a receipt for every gift.

With thanks,

Yasamin Ebrahimi, for the trustees
""", citation(["UNHCR data for end-2024 show 1.9 million registered Afghan refugees in Pakistan"],
              1900000, "2024",
              "'UNHCR data for end-YEAR show' before a rounded figure in millions without a hedge, in a fundraising appeal",
              "second paragraph of the appeal",
              "The appeal cites UNHCR data for end-2024 as showing 1.9 million registered Afghan refugees in Pakistan; the reference figure for end-2024 is 1,559,964, about 1.56 million, so the cited figure is 21.8 percent too high.",
              stated_as_written="1.9 million"))

add("refugees_graduation_speech", """
# Graduation Speech: Mailsi Degree College, Class of 2025

*Speech by a graduating student from an Afghan refugee family at the graduation ceremony of a college in southern Punjab, in December 2025. The college, the student and all figures except the cited ones are invented.*

Honoured principal, teachers, parents and my fellow graduates,

Four years ago, 212 of us walked through the gate of this college for the first time. Today 187 of us are graduating, and I have been asked to speak for all of us.

I was born in Mailsi, to a family that came from Kunduz before I was born. My father sold vegetables from a cart; my mother stitched clothes for the neighbours. Neither of them went to school. When I told my father I wanted to study commerce, he sold his cart to pay my first fees.

I am one of many. Per UNHCR's 2022 count, nearly 2 million registered Afghan refugees were living in Pakistan at the end of that year, and thousands of their children sit in Pakistani classrooms. We have been lucky. Many of my Afghan friends have had to leave school, and some have had to leave the country, since the drive to send Afghans home began. I think of them today.

To my teachers: you never treated me as a guest. You marked my work as strictly as everyone else's.

To my fellow graduates: we have learned accounts, law and economics, but the most useful thing we learned here is how to work with people who are not like us. Take that into whatever office, shop or classroom you enter.

To my parents: this degree is yours.

Thank you.

Nilab Rahimzai, B.Com., Class of 2025
""", citation(["Per UNHCR's 2022 count, nearly 2 million registered Afghan refugees were living in Pakistan at the end of that year"],
              2000000, "2022",
              "'per UNHCR's YEAR count' before a hedged rounded figure in millions, in a graduation speech",
              "fourth paragraph of the speech",
              "The speech cites UNHCR's 2022 count as nearly 2 million registered Afghan refugees in Pakistan at the end of 2022; the reference figure for end-2022 is 1,743,278, about 1.74 million, so even with the hedge the figure is 14.7 percent too high.",
              stated_as_written="2 million", stated_hedge="nearly"))

add("refugees_radio_drama", """
# Radio Drama: "The Ticket Home", Episode 3

*Part of the script of a radio drama series about Afghan families in Pakistan, broadcast by a community radio station in Balochistan in 2025. The station, the characters and all figures except the cited ones are invented.*

**Radio Pasni. "The Ticket Home." Episode 3: The Landlord.**

**NARRATOR:** Quetta, December 2020. At the end of that year, 2020, as reported by the UN refugee agency, about 1.2 million Afghans were registered as refugees in Pakistan. Rangina and her husband, Gul Ahmad, were two of them.

**SOUND:** A kettle on a gas ring. A radio in the next room.

**RANGINA:** Gul Ahmad, the landlord came again. He wants the rent by Friday.

**GUL AHMAD:** He will have it. The fruit trucks came back from Chaman today. I unloaded forty boxes of pomegranates before noon.

**RANGINA:** Forty boxes, and your back?

**GUL AHMAD:** My back will live. Where is Walijan?

**RANGINA:** At the tailor's. He is learning to cut collars. The tailor says he has good hands.

**GUL AHMAD:** Good hands are better than a ticket home we cannot use. Kabul has no work for a porter's son.

**RANGINA:** You always say that. But my sister writes that her sons have found work in Herat.

**GUL AHMAD:** Your sister's sons have a father with a shop.

**SOUND:** A knock at the door.

**NARRATOR:** It was not the landlord. It was a neighbour, with news that would change their plans. Stay with us after the break.

**Note for the producer.** Keep the episode under a quarter of an hour, and use the same voices as in the first two episodes.
""", citation(["2020, as reported by the UN refugee agency, about 1.2 million Afghans were registered as refugees in Pakistan"],
              1200000, "2020",
              "'YEAR, as reported by the UN refugee agency' before a hedged rounded figure in millions, in a radio drama script",
              "the narrator's opening line",
              "The narrator cites the UN refugee agency for about 1.2 million registered Afghan refugees in Pakistan at the end of 2020; the reference figure for end-2020 is 1,438,432, about 1.44 million, so even with the hedge the figure is 16.6 percent too low.",
              stated_as_written="1.2 million", stated_hedge="about"))

add("refugees_welcome_address", """
# Welcome Address: District Seminar on Afghan Refugees and Local Trade

*Welcome address by the chairman of a district traders' body at a one-day seminar in Ghotki, Sindh, in November 2025. The body, the seminar and all figures except the cited ones are invented.*

Respected chief guest, honourable members, ladies and gentlemen,

On behalf of the Ghotki Traders' Welfare Society, I welcome you all to this seminar. I thank our speakers, who have come from Karachi, Sukkur and Quetta, and our guests from the Afghan community, who have come in good numbers in spite of these difficult times.

Friends, Afghans have lived and worked among us for more than forty years. UNHCR's statistics as on 31.12.2019 put the registered Afghan refugees in Pakistan at 16,19,084, and behind that number are shopkeepers, labourers, tailors and drivers who have been part of our markets for two generations. In our own district, Afghan families run fruit stalls, tyre shops and tea shops, and many of our members employ Afghan workers.

Since the drive to send undocumented Afghans home began in late 2023, and even more since this summer, many of these workers have left. Some of our members have had to close their shops, or to hire and train new workers at higher cost. Others tell us that Afghan customers have simply disappeared from the bazaar.

Today we will hear three talks: on the law on employing foreigners, on what the departures have meant for small businesses, and on how traders can help families who are leaving to settle their accounts fairly. After lunch there will be an open discussion.

I request all participants to speak frankly and briefly. Our aim is not to blame anyone, but to understand what is happening to our markets and to our neighbours.

Thank you, and welcome once again.

Jalaluddin Shahani, chairman
""", citation(["UNHCR's statistics as on 31.12.2019 put the registered Afghan refugees in Pakistan at 16,19,084"],
              1619084, "2019",
              "'UNHCR's statistics as on DD.MM.YEAR' before a figure written in full in lakhs with one digit changed, in a welcome address",
              "third paragraph of the address",
              "The address cites UNHCR's statistics as on 31.12.2019 as 16,19,084 (1,619,084) registered Afghan refugees in Pakistan; the reference figure for end-2019 is 1,419,084, so one digit is wrong and the cited figure is 14.1 percent too high.",
              stated_as_written="16,19,084"))

add("refugees_prize_distribution_citation_control", """
# Prize Distribution Speech: Afghan Refugee Village School

*Speech by the head teacher at the annual prize distribution of a primary school in an Afghan refugee village in Khyber Pakhtunkhwa, in March 2021. The school, its people and all figures except the cited ones are invented.*

Honoured guests, parents and dear children,

Welcome to our prize day. It comes after a year when the school was shut for months because of the pandemic, and I am proud that 410 of our 436 pupils came back when we reopened.

Our school serves families who have lived in this village for forty years. At the end of 2019, Pakistan had 1,419,084 registered Afghan refugees (UNHCR Refugee Data Finder, 2019). A year later the number was 1,438,432, according to UNHCR's end-of-year 2020 statistics, a rise of 19,348, or 1.4 percent. Behind those numbers are our children, most of them born here, who dream in Pashto and Urdu and do their sums in English.

Today we give prizes of three kinds:

- for the best results in each class, from the first class to the fifth;
- for the best attendance, to the 14 children who did not miss a single day after the school reopened;
- for the best readers in Pashto and in Urdu.

Our special prize this year goes to Nigina, of the fifth class, who taught her younger brothers and sisters to read at home while the school was closed, using the worksheets her teacher brought to the door.

I thank the village elders for giving the school its rooms, the mothers who sewed the new curtains, and our seven teachers, who came to the village every week during the closure to hand out work and collect it.

Dear children, study hard. Whether your future is here or in Afghanistan, what you learn is yours to keep.

Shukriya Qayumi, head teacher
""", control_type="citation_control")

add("refugees_learning_visit_citation_control", """
# Learning Visit Report: Refugee Education in Peshawar

*Report by two staff of a Karachi education charity on a learning visit to schools for Afghan refugee children in Peshawar, in May 2023. The charity, the schools, their people and all figures except the cited ones are invented.*

**Visitors:** Sediqa Farhadi and Mahrukh Kubar. **Dates:** 15 to 18 May 2023.

**Why we went.** Our charity runs evening schools for Afghan children in Karachi and wants to learn from older programmes in Khyber Pakhtunkhwa, where most Afghan refugees in Pakistan live.

**The numbers.** The number of registered Afghan refugees in Pakistan rose from 1,490,562 at the end of 2021 (UNHCR Pakistan factsheet, December 2021) to 1,743,278 at the end of 2022, the figure in the UNHCR Global Trends report 2022. That is a rise of 252,716, or almost 17 percent, in one year. The schools we visited feel that rise in their classrooms.

**What we saw.**

- A school in a refugee village that teaches in two shifts, girls in the morning and boys in the afternoon, with 640 pupils and 14 teachers.
- A community school in a rented house in the city, where volunteers teach children who work in the bazaar in the mornings.
- A training centre that prepares Afghan women from the villages as classroom assistants, in a nine-month course.

**What we learned.** Flexible hours keep working children in school; women teachers bring girls in; and schools that keep careful attendance records find it easier to raise money.

**Next steps.** We will try a second shift for girls at our larger Karachi school from September, and send one of our teachers to the training centre.
""", control_type="citation_control")

add("refugees_peer_exchange_citation_control", """
# Peer Exchange Notes: Two Groups Working with Afghan Families

*Notes of an online exchange between a women's group in Quetta that helps Afghan refugee families and a returnee support group in Kandahar, held in July 2025. The groups, their people and all figures except the cited ones are invented.*

**Taking part:** four members of the Quetta group, led by Muzhda Nasiri, and three members of the Kandahar group, led by Ogai Daulatzai. **Notes by:** Shaima Ahady.

**The numbers we started from.** At the end of 2023 there were 1,987,717 registered Afghan refugees in Pakistan, according to UNHCR year-end data (2023). A year later there were 1,559,964 — UNHCR, end-2024. That is 427,753 fewer, a fall of 21.5 percent in one year. Both groups agreed that the fall matches what they see: families leaving Quetta, and families arriving in Kandahar with little or nothing.

**From Quetta.**

- Families are afraid now that the Proof of Registration cards have expired at the end of June.
- The group has helped 120 families settle debts and sell household goods before leaving.
- Women who are leaving ask most about schools for their daughters in Afghanistan.

**From Kandahar.**

- Returning families arrive with a few bags; many have no house to go back to.
- The group gives each arriving family a kit of kitchen pots, blankets and a solar lamp, and helps them register for aid.
- Work is the biggest worry: men who were labourers in Quetta find few jobs in Kandahar.

**Agreed.** The two groups will share a list of contacts, so that a family leaving Quetta can be met in Kandahar, and will talk again in October.
""", control_type="citation_control")
