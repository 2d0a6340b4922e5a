# Forty-ninth held-out set of synthetic documents ("heldout49").  Written from
# scratch after heldout48/, by a labeller session that had not opened dyad's
# implementation or history and had not seen any of its results.
# Every entry: name (topic slug, numbered later by build_heldout49.py), text,
# labels (list of defect dicts), control_type for controls.
# Registers not used before: a surgical instruments maker at Ugoki, Sialkot,
# that sold to a medical supplies importer in Kabul; an ajrak (block-printed
# cloth) workshop at Bhit Shah, Sindh, that sold to a cloth dealer in Kandahar;
# a sherbet (fruit and flower syrup) maker at Gujar Khan that sold to a trader
# in Jalalabad; a hosiery (socks) maker at Gojra, Punjab, that sold to a
# trading house in Kabul; a kulcha (Afghan biscuit) bakery in Kabul that sold
# to a sweet shop in Peshawar; a chapan (quilted striped coat) workshop at
# Tashqurghan, northern Afghanistan, that sold to a cloth house in Quetta; a
# women's khamak (Kandahari embroidery) circle in Girishk, Helmand, that sold
# to a handicrafts shop in Quetta; and macro documents on the trade series,
# the closure and the register.
#
# Invented figures shared with earlier sets: annual trade series (README:
# exports 1,290 / 942 / 828 / 936 / 1,012 / 884 and imports 441 / 509 / 552 /
# 741 / 690 / 540 for 2019-2024, balances 849 / 433 / 276 / 195 / 322 / 344,
# totals 1,731 / 1,451 / 1,380 / 1,677 / 1,702 / 1,424); reference refugee
# series (1,419,084 / 1,438,432 / 1,490,562 / 1,743,278 / 1,987,717 /
# 1,559,964 for 2019-2024).
#
# New invented figures, consistent with the above:
#   Goraya Surgical Works, Ugoki (invented), founded 1986 by Dildar Goraya, run
#     by Sheheryar Goraya, production manager Tabish Mangat, quality officer
#     Beenish Malhi, accounts Rohail Toor: instruments sold 2023 118,000, 2024
#     131,000, 2025 104,000; to Lemar Frotan, Frotan Medical Supplies, Kabul
#     22,000 / 27,000 / 9,000, at home 41,000 / 44,000 / 47,000, to a European
#     distributor 55,000 / 60,000 / 48,000; 84 workers at the end of 2024, 71
#     at the end of 2025; needle holder to Kabul USD 3.40 (2024), USD 3.60
#     (2025); the 12 June 2025 consignment 1,200 / 2,500 / 1,800 / 400 pieces
#     (5,900, in 59 cartons of 100); passivation tank 240 instruments a load,
#     seven loads a day (1,680).
#   Khaskheli Ajrak House, Bhit Shah (invented), founded 1974 by Khamiso
#     Khaskheli, run by Juman Khaskheli, stitching room Marvi Khaskheli,
#     dyer Nazakat Dayo, accounts Sughra Panhwar: ajraks sold 2023 9,600, 2024
#     10,800, 2025 9,900; to Wasil Noorzad, Kandahar 1,400 / 1,900 / 600, to
#     shops in Hyderabad and Karachi 6,200 / 6,700 / 7,100, to Dubai 2,000 /
#     2,200 / 2,200; double-sided ajrak Rs 4,800 (2024), Rs 5,200 (2025) at the
#     shop, Rs 4,400 to a Karachi store; natural indigo Rs 5,600 a kg (2024),
#     Rs 4,900 (2025); 18 printers, 11 women stitching.
#   Kahlon Sherbet Company, Gujar Khan (invented), founded 1969 by Kamal
#     Kahlon, run by Jibran Kahlon, plant manager Fasih Maken, chemist Hoorain
#     Saroya, sales Wahaj Dhothar: cases of 12 bottles sold 2023 48,000, 2024
#     53,000, 2025 44,000; to Hamdullah Zarabi, Zarabi Trading, Jalalabad
#     14,000 / 16,500 / 6,500, at home 34,000 / 36,500 / 37,500; rose sherbet
#     Rs 3,600 a case (2024), Rs 3,960 (2025); 58 workers in the season, 31 of
#     them permanent; line 1,800 bottles an hour, two shifts of eight hours
#     (2,400 cases a day); year-end stock 4,320 cases.
#   Sulehri Hosiery, Gojra (invented), founded 1997 by Razzaq Sulehri, run by
#     Taimoor Sulehri, sales Daniyal Sulehri, floor supervisor (production
#     manager from 2026) Mehak Bhinder, accounts Anum Chadhar: dozen pairs of
#     socks sold 2023 86,000, 2024 94,000, 2025 79,000; to Sebghatullah Amini,
#     Amini Trading House, Kabul 30,000 / 34,000 / 12,000, at home 56,000 /
#     60,000 / 67,000; men's cotton socks Rs 1,080 a dozen (2024), Rs 1,140
#     (2025); 64 knitting machines, 96 workers; year-end stock 11,750 dozen.
#   Bakhshi Kulcha Bakery, Kabul (invented), founded 1979 by Najmuddin
#     Bakhshi (died 2025), run by his son Ibrahim Bakhshi, head baker Jahid
#     Haqyar: kulcha sold 2023 38,000 kg, 2024 42,500, 2025 36,000; to Mirzaman
#     Nasar, Nasar Sweets, Peshawar 9,000 / 11,500 / 4,000, in Kabul 29,000 /
#     31,000 / 32,000; kulcha-e khatai Afs 260 a kg (2024), Afs 280 (2025); 14
#     bakers.
#   Qaisari Chapan House, Tashqurghan (invented), founded 1982 by Nodir
#     Qaisari, run by his daughter Dilnoza Qaisari, cutter Shavkat Fetrat, head
#     quilter Gulnora Saljuqi: chapans made 2023 1,640, 2024 1,880, 2025 1,420;
#     to Ayaan Mandokhel, Mandokhel Cloth House, Quetta 520 / 700 / 180, at
#     home 1,120 / 1,180 / 1,240; adras chapan Afs 6,500 (2024), Afs 6,800
#     (2025); 16 tailors, 23 women quilting at home; 2025 consignments to
#     Quetta 55 / 50 / 75 (45 unpaid, Afs 306,000).
#   Girishk Women's Khamak Circle (invented), head Nooria Jalalzai, 36 women,
#     supported by the Arghawan Crafts Trust (programme officer Sweeta
#     Ayoubi): pieces sold 2023 880, 2024 1,040, 2025 760; to Zoya Jogezai,
#     Jogezai Handicrafts, Quetta 310 / 420 / 110, in Kandahar and Kabul 570 /
#     620 / 650.
#   Macro documents: fresh fruit imported from Afghanistan 68,000 tonnes
#     (2024) and 41,000 (2025); 386 containers held at the Peshawar dry port,
#     24 tonnes each on average (9,264 tonnes); Sakhakot Cement sent 212,000
#     tonnes to Afghanistan in 2024 and 131,000 in 2025.

HELDOUT49 = []
from heldout_labels import (  # noqa: F401
    PAIR, REFS, adder, arith, change_pct, citation, direction, garbled, line_of, parts_total, pdf_lines, scope, tvt,
    repeated, reuse,
)

add = adder(HELDOUT49)

# ---------------------------------------------------------------------------
# Goraya Surgical Works (invented): a surgical instruments maker at Ugoki
# ---------------------------------------------------------------------------

CONSIGNMENT = """| Item | Pieces |
|---|---|
| Needle holders, 16 cm | 1,200 |
| Artery forceps, curved | 2,500 |
| Operating scissors | 1,800 |
| Retractors | 400 |
| **Total** | **5,900** |"""

add("surgical_instruments_maker_customs_declaration", """
# Customs Declaration: Surgical Instruments for Kabul, June 2025

*Summary of an export customs declaration for a consignment of surgical instruments from Ugoki, District Sialkot, to Kabul, with the clearing agent's covering note to the maker. The maker, the buyer, the agent and all figures are invented.*

**Exporter:** Goraya Surgical Works, Ugoki, Sialkot. **Consignee:** Frotan Medical Supplies, Kabul. **Route:** by road through Torkham. **Goods:** reusable stainless steel surgical instruments, in 59 cartons of 100 pieces each, loaded on 12 June 2025.

""" + CONSIGNMENT + """

**Covering note from the clearing agent**

Dear Sheheryar sahib,

I filed the declaration this morning with the figures above, and the customs examiner has marked the consignment for a part examination at Torkham. He will open a few cartons at random and count the pieces against the packing details, so please ask Tabish to make sure that every carton carries its item name on the outside.

The examiner asked one question about the artery forceps, 5,200 pieces, because last year a consignment from another maker was held for mixing curved and straight forceps in the same carton. I told him that ours are packed by type, and he accepted that.

The Afghan side now asks for proof that the instruments are made of surgical-grade steel. Beenish has sent me the mill certificates for the last heats of steel you bought, and I have attached them to the file.

If the crossing is open on Monday, the trucks should reach Mr Frotan's warehouse in Kabul by Wednesday evening. I will telephone you from the border.

Yours sincerely,

Zohair Dhillon, clearing agent, Sialkot
""", tvt(["The examiner asked one question about the artery forceps, 5,200 pieces", line_of(CONSIGNMENT, "| Artery forceps")],
        {"note_value": 5200, "table_value": 2500}, "pieces (curved artery forceps)",
        "artery forceps in the consignment to Kabul", "12 June 2025",
        "clearing agent's covering note, second paragraph, against the artery forceps row of the declaration table",
        "The agent's note gives the artery forceps as 5,200 pieces, but the declaration table gives 2,500; only 2,500 agrees with the table's total of 5,900 pieces (1,200 + 2,500 + 1,800 + 400) and with the 59 cartons of 100 pieces. The two figures differ by two swapped digits.",
        table_form="pipe, items as rows with one pieces column and a total row"))

add("surgical_instruments_maker_factory_audit", """
# Factory Audit Summary: Goraya Surgical Works, Ugoki

*Summary of a factory audit carried out for a European distributor at a surgical instruments maker in Ugoki, District Sialkot, in November 2024. The maker, the auditor, the distributor and all figures are invented.*

**Auditor:** Komal Randhawa, Northline Audits, Lahore. **Site visited:** 19 and 20 November 2024. **Present for the works:** Sheheryar Goraya, managing director, and Beenish Malhi, quality officer.

The works employs 84 people in forging, grinding, polishing, passivation, inspection and packing. It expects to sell 131,000 instruments in 2024, of which our client will take 60,000, hospitals and dealers in Pakistan 44,000 and Frotan Medical Supplies of Kabul 27,000.

Findings:

1. Forging and grinding are done on site and are not sent out to home workshops. We saw no child workers; the ages of the youngest workers on the register were checked against their identity cards.
2. Grinders wear masks, but the dust extraction at the far end of the grinding hall does not work. The works has promised a new fan by March 2025.
3. The passivation tank takes 240 instruments a load and is run seven times in a day shift. The passivation log for October shows 240 instruments passed each day, and every load is signed by the operator.
4. Final inspection rejects about 3 percent of instruments, mostly for loose joints in scissors and forceps. Rejected pieces are cut through so that they cannot be sold.
5. Wages are paid by bank transfer. Overtime is recorded but was not always paid at the double rate that the law requires.

**Overall rating:** acceptable, with corrective actions on the dust extraction and on overtime pay, to be checked at the next visit in May 2025.
""", reuse(["The passivation tank takes 240 instruments a load", "shows 240 instruments passed each day"],
          240, "instruments",
          "instruments in one load of the passivation tank",
          "instruments passed through passivation in a day (seven loads)",
          1680,
          "The audit gives 240 as the instruments in one load of the passivation tank, run seven times in a day shift, and then gives 240 as the instruments passed in a day; seven loads of 240 come to 1,680 instruments a day."))

add("surgical_instruments_maker_autobiography", """
# From a Forge in Ugoki

*Extract from the autobiography of the founder of a surgical instruments works at Ugoki, District Sialkot, printed privately for his family and workers in January 2026. The works, its people and all figures are invented.*

I was fourteen when my father took me to a workshop in Sialkot and left me with a man who filed scissors for a living. By the end of my third year there I could fit the joint of a pair of scissors so that it opened like silk, and my master let me sign the pieces I had made with a scratch of my own.

In 1986 I rented a room on the Ugoki road with two grinders and a hand forge. Our first order was for dental probes, which a Sialkot exporter sent to a buyer in Germany under his own name. It took me ten years to sell under ours.

Sheheryar, my son, took over the works in 2012. He bought the passivation tank, hired Beenish to keep our quality records, and made our first trip to Kabul, where Lemar Frotan's father had opened a medical supplies shop near the old hospital road. Kabul became our second market after Europe.

The last year has been hard. Kabul took 27,000 of our pieces in 2024 and only 9,000 in 2025, and since the crossings closed in October nothing has gone at all. Our German orders, bolstered by the new catalogue Sheheryar printed, went from 60,000 pieces in 2024 to 48,000 in 2025. Only the hospitals at home bought more from us than the year before.

We have 71 workers now. I still walk through the grinding hall every morning, and I still listen for the sound of a good joint.

Dildar Goraya
""", direction("Our German orders, bolstered by the new catalogue Sheheryar printed, went from 60,000 pieces in 2024 to 48,000 in 2025",
              60000, 48000, "2024", "2025", "bolstered", "rise", "instruments (pieces)",
              "instruments sold to the European distributor by Goraya Surgical Works",
              "fourth paragraph",
              "The founder says the German orders were 'bolstered', a rise, but the figures he gives fall from 60,000 pieces in 2024 to 48,000 in 2025, a fall of 12,000 pieces or 20 percent."))

add("surgical_instruments_maker_increment_letter_control", """
# Increment Letter

*Letter from a surgical instruments maker at Ugoki, District Sialkot, to one of its polishers, December 2025. The maker, its people and all figures are invented.*

**Goraya Surgical Works, Ugoki, Sialkot.** 22 December 2025

Dear Hashir Lilla,

I am pleased to tell you that from 1 January 2026 your monthly wage will rise from Rs 38,000 to Rs 42,000, an increase of Rs 4,000, or about 10.5 percent. The new wage of Rs 42,000 will first be paid with your January wages, on the first working day of February.

This has not been an easy year for the works. We sold 104,000 instruments in 2025 against 131,000 in 2024, and our orders from Kabul fell from 27,000 pieces to 9,000 after the crossings closed in October. The hospitals and dealers at home bought more than in 2024, but not enough to make up the difference, and the German distributor cut its orders as well. We now have 71 workers, and we did not replace those who left during the year.

Your work is the reason for this increase. In the quality log for 2025, Beenish recorded fewer rejects from your bench than from any other polisher's, and the distributor's auditor singled out your section when she praised the finish of our needle holders. Tabish also tells me that you have taught the new boys in polishing to check each joint under the lamp before a piece leaves the bench.

From March you will also train two apprentices, for which you will receive an allowance to be agreed with Tabish.

Thank you for your care and your patience this year.

Yours sincerely,

Sheheryar Goraya, managing director
""", control_type="control")

add("surgical_instruments_maker_supplier_evaluation", """
# Supplier Evaluation: Goraya Surgical Works

*Annual supplier evaluation by a medical supplies importer in Kabul of its surgical instruments maker in Ugoki, District Sialkot, December 2025, in an English translation from Dari. The importer, the maker and all figures are invented.*

**Frotan Medical Supplies, Kabul.** Supplier: Goraya Surgical Works, Ugoki, Pakistan. Supplier since 2009. Evaluated by Lemar Frotan, with the help of our store keeper.

1. **Quality.** Of the 9,000 pieces we received in 2025, the hospitals we supply returned 61 as faulty, against 190 of the 27,000 pieces received in 2024. Most returns were scissors that did not cut cleanly at the tip. Score: good.
2. **Price.** The needle holder went from USD 3.40 in 2024 to USD 3.60 in 2025. The supplier explained the rise by the cost of steel, and its prices remain below those of the other makers who quoted to us. Score: fair.
3. **Delivery.** Before the troubles at the border, a consignment took an average of eight days from order to our warehouse. In 2025 the time from the factory gate to our warehouse went from 6 days in June 2025 to 6 days in June 2025, and after 12 October nothing arrived at all. Score: poor, through no fault of the supplier.
4. **Documents.** Every consignment came with mill certificates for the steel, which the Ministry of Public Health now asks for. The declarations matched the cartons. Score: good.
5. **Communication.** Mr Sheheryar answered every complaint within a week and replaced all faulty pieces free of charge. Score: good.

**Overall:** we will keep Goraya Surgical Works as our main supplier of instruments and will place orders again as soon as the crossings reopen. Until then we are buying small quantities from a dealer in Dubai, at higher prices.
""", garbled(["the time from the factory gate to our warehouse went from 6 days in June 2025 to 6 days in June 2025"],
            "The evaluation states a change in delivery time whose start and end are the same value in the same month: from 6 days in June 2025 to 6 days in June 2025.",
            start_value=6, end_value=6, start_period="June 2025", end_period="June 2025",
            unit="days from the factory gate to the warehouse",
            subject="delivery time of consignments from Goraya Surgical Works to Kabul",
            location="point 3, delivery"))

# ---------------------------------------------------------------------------
# Khaskheli Ajrak House (invented): an ajrak workshop at Bhit Shah
# ---------------------------------------------------------------------------

DOWRY_BILL = pdf_lines([
    ["Item", "Pieces", "Amount (Rs)"],
    ["Ajrak, double-sided", "12", "62,400"],
    ["Ajrak, single-sided", "10", "31,000"],
    ["Ajrak bedsheet, double bed", "6", "39,000"],
    ["Stitched suit, ajrak print", "8", "60,000"],
    ["Total", "36", "182,400"],
])

add("ajrak_house_dowry_list", """
# Dowry List and Bill: Ajraks for a Wedding at Hala

*A bride's family's dowry list of ajraks (block-printed cloths) ordered from a workshop at Bhit Shah, Sindh, with the workshop's bill copied from its PDF under it, February 2026. The family, the workshop and all figures are invented.*

List sent by Zulekha Bhurgri, mother of the bride, Sassui Bhurgri, for the wedding on 5 April 2026:

- Twelve double-sided ajraks, for the bride's trunk and for her husband's family
- Ten single-sided ajraks, for the bride's sisters and aunts
- Six ajrak bedsheets for double beds
- Eight stitched suits in ajrak print, five in red and three in blue

**Khaskheli Ajrak House, Bhit Shah. Bill for the above.**

""" + DOWRY_BILL + """

Dear Zulekha sahiba,

Thank you for your order. The rates are those of our list since January 2025: double-sided ajraks at Rs 5,200, single-sided at Rs 3,100, bedsheets at Rs 6,500 and suits at Rs 7,500 each. 
The double-sided ajraks are being printed this week from the blocks my father cut, and they will have their last wash in the canal on Sunday. The bedsheets are printed on our widest tables and need two more days of washing, because the madder takes longer to fix on heavy cloth. Marvi is stitching the suits in her room and will send a cutting of each colour for you to see before they are finished.

Half of the bill is paid with the order, and the rest on delivery, which we promise by 25 March. 

With our prayers for Sassui and her new family,

Juman Khaskheli
""", parts_total([line_of(DOWRY_BILL, "Total")],
                 {"Ajrak, double-sided": 62400, "Ajrak, single-sided": 31000,
                  "Ajrak bedsheet, double bed": 39000, "Stitched suit, ajrak print": 60000},
                 182400, "rupees", "order of February 2026",
                 "bill for a dowry order of ajraks and suits from Khaskheli Ajrak House",
                 "total row of the PDF-extracted bill",
                 "The bill's total row gives Rs 182,400, but its four amounts add up to Rs 192,400 (62,400 + 31,000 + 39,000 + 60,000), which the rates in the letter confirm (12 x 5,200, 10 x 3,100, 6 x 6,500 and 8 x 7,500); the pieces column adds up to 36.",
                 table_form="PDF text extraction, items as rows with pieces and amount columns and a total row"))

add("ajrak_house_award_nomination", """
# Award Nomination: Master Printer Juman Khaskheli

*Nomination of a block printer at Bhit Shah, Sindh, for a provincial crafts award, written by a crafts society in Hyderabad in January 2026. The society, the printer, the award and all figures are invented.*

The Hyderabad Craft Society nominates Juman Khaskheli of Bhit Shah for the Master Craftsman award in block printing for 2026.

Mr Khaskheli is the third generation of his family to print ajrak. His grandfather printed for the landlords of the district, and his father, Khamiso Khaskheli, opened the Khaskheli Ajrak House in 1974 with one printing table. Juman has run the house since 2006.

Three things set his work apart. First, he has kept to natural dyes, indigo and madder, when most printers in Sindh have turned to chemical colours, and he still washes every cloth in running water between printings. Second, he cuts new blocks himself and has trained two young men to cut them, so that the old patterns are not lost. Third, he has opened work to women: his daughter Marvi runs a stitching room in which eleven women turn his cloth into suits and bedsheets.

The house sold 9,900 ajraks in 2025, most of them through shops in Hyderabad and Karachi, and employs eighteen printers on regular wages.

He has also shown courage in a hard year. When the crossings between Pakistan and Turkmenistan closed in October 2025, his sales to Kandahar, which had reached 1,900 ajraks in 2024, fell to 600, yet he kept every printer on full wages and found new buyers at home.

We ask the jury to see in him not only a fine printer but a guardian of a living craft.

Shayan Mahesar, secretary, Hyderabad Craft Society
""", scope("When the crossings between Pakistan and Turkmenistan closed in October 2025", "TKM", ["PAK", "TKM"], "Turkmenistan",
          "The closure that cut the printer's sales to Kandahar was of the crossings between Pakistan and Afghanistan; the nomination names Turkmenistan, which does not border Pakistan, in the place of Afghanistan."))

add("ajrak_house_inauguration_speech_control", """
# Inauguration Speech: the New Wash House at Bhit Shah

*Speech by the owner of an ajrak (block-printed cloth) workshop at Bhit Shah, Sindh, at the opening of its new wash house, December 2025. The workshop, its people and all figures are invented.*

Respected guests, brothers and sisters,

My father printed his first ajrak in this yard in 1974, and he washed it in the canal behind the house, as his father had done. For fifty years we carried every cloth to the canal and back, eight or nine times, between the printings. Today we open a wash house with its own tube well and three tanks, where the water is settled and used again before it goes back to the fields.

This has not been our best year. We sold 9,900 ajraks in 2025, against 10,800 in 2024. Our friend Wasil Noorzad in Kandahar took 1,900 of our cloths last year and only 600 this year, because the trucks stopped at the border in October. The shops in Hyderabad and Karachi saved us: they bought 7,100 ajraks, up from 6,700, and our buyer in Dubai took 2,200, the same as last year.

The new wash house will save the printers a long walk with wet cloth, and it will keep our dyes out of the canal.

I must also thank our dyer, Nazakat Dayo, who has mixed our indigo vat for twenty-two years. Our indigo used to come from India; since that trade stopped we buy it through Dubai, at a higher price, and Nazakat has learned to use less of it without losing the colour.

Last, I thank Marvi and the eleven women of the stitching room, who have turned our cloth into suits when the cloth alone did not sell.
""", control_type="control")

add("ajrak_house_sustainability_report", """
# Sustainability Report 2025: Khaskheli Ajrak House

*Short sustainability report of an ajrak (block-printed cloth) workshop at Bhit Shah, Sindh, prepared for a Karachi store that buys from it, January 2026. The workshop, the store and all figures are invented.*

**1. Dyes.** We print with natural dyes only: indigo for the blue, madder root for the red and iron with jaggery water for the black. Our suppliers hoisted the price of natural indigo from Rs 5,600 a kilogram in 2024 to Rs 4,900 in 2025, and we used 310 kilograms of it in the year. No chemical dye was bought in 2025.

**2. Water.** Each ajrak is washed eight or nine times between printings. Until December we washed in the canal behind the house. Our new wash house draws from a tube well and settles the water in three tanks, so that most of it can be used again; we expect to draw less than half as much fresh water in 2026.

**3. Waste.** Spent madder and the sludge from the tanks are dried and given to farmers near Hala for their fields. Cloth ends are sold to a quilt maker.

**4. Energy.** The drying sheds use the sun. The pumps of the wash house run on solar panels of 12 kilowatts, installed with a bank loan.

**5. People.** We employ eighteen printers, all men, on monthly wages, and eleven women in the stitching room, paid by the piece. No child works in the house. Wages were raised in July 2025. There were no accidents that needed a doctor.

**6. Sales.** We sold 9,900 ajraks in 2025, of which 7,100 went to shops in Hyderabad and Karachi, 2,200 to our buyer in Dubai and 600 to Kandahar.

Juman Khaskheli, owner
""", direction("Our suppliers hoisted the price of natural indigo from Rs 5,600 a kilogram in 2024 to Rs 4,900 in 2025",
              5600, 4900, "2024", "2025", "hoisted", "rise", "rupees a kilogram of natural indigo",
              "price of natural indigo paid by Khaskheli Ajrak House", "section 1, dyes",
              "The report says the suppliers 'hoisted' the indigo price, a rise, but the price it gives falls from Rs 5,600 a kilogram in 2024 to Rs 4,900 in 2025, a fall of Rs 700 or 12.5 percent."))

VENDOR_TABLE = """| Product | Size | Price to the store (Rs) | Pieces a month |
|---|---|---|---|
| Ajrak, double-sided | 2.5 m | 4,400 | 120 |
| Ajrak, single-sided | 2.5 m | 2,600 | 150 |
| Ajrak bedsheet | 2.5 by 2.7 m | 5,500 | 40 |
| Ajrak dupatta | 2.25 m | 1,900 | 200 |"""

add("ajrak_house_vendor_registration", """
# Vendor Registration Form: Khaskheli Ajrak House

*Vendor registration form filled in by an ajrak (block-printed cloth) workshop at Bhit Shah, Sindh, for a department store in Karachi, November 2025. The workshop, the store and all figures are invented.*

**Section A: The vendor.** Name: Khaskheli Ajrak House. Address: near the shrine, Bhit Shah, Sindh. Owner: Juman Khaskheli. Contact for orders: Sughra Panhwar, accounts. In business since 1974. National tax number and bank details attached.

**Section B: Products offered to the store**

""" + VENDOR_TABLE + """

**Section C: Capacity and terms.** The house employs eighteen printers and eleven women in its stitching room. All cloth is printed by hand with wooden blocks and natural dyes, and each piece carries the house's stamp in one corner. Orders are delivered to the store's warehouse in Karachi within three weeks, by our own arrangement. Payment is expected within 45 days of delivery.

**Section D: Other buyers.** The house sells through shops in Hyderabad and Karachi, to a buyer in Dubai and, until the border closed in October, to a cloth dealer in Kandahar.

**Section E: Declaration.** I declare that the information above is correct. Our price to the store for a double-sided ajrak, Rs 4,200, is below the price in our own shop, and it will not be raised before 30 June 2026. We do not use child labour, and we agree to the store's visits to our workshop without notice.

Signed: Juman Khaskheli, owner, 14 November 2025

**For the store's use:** samples received and approved by the buying office; vendor to be registered from December 2025.
""", tvt(["Our price to the store for a double-sided ajrak, Rs 4,200", line_of(VENDOR_TABLE, "| Ajrak, double-sided")],
        {"declaration_value": 4200, "table_value": 4400}, "rupees a double-sided ajrak",
        "price to the store of a double-sided ajrak", "from November 2025 to 30 June 2026",
        "section E, declaration, against the double-sided ajrak row of the products table in section B",
        "The declaration gives the store price of a double-sided ajrak as Rs 4,200, but the products table of the same form gives Rs 4,400. The two figures differ in one digit.",
        table_form="pipe, products as rows with size, price and pieces-a-month columns"))

# ---------------------------------------------------------------------------
# Kahlon Sherbet Company (invented): a sherbet maker at Gujar Khan
# ---------------------------------------------------------------------------

STOCK_SHEET = pdf_lines([
    ["Product", "Main store", "Factory floor", "Total cases"],
    ["Rose sherbet, 800 ml", "2,100", "240", "2,340"],
    ["Falsa sherbet, 800 ml", "780", "80", "860"],
    ["Lemon squash, 800 ml", "1,000", "120", "1,120"],
    ["Total", "3,880", "440", "4,320"],
])

add("sherbet_maker_stock_audit", """
# Year-End Stock Audit: Kahlon Sherbet Company

*Report of the year-end stock audit at a sherbet (fruit and flower syrup) maker at Gujar Khan, District Rawalpindi, by its auditors, January 2026, with the count sheet as copied from the PDF. The company, the auditors and all figures are invented.*

The count was made on the evening of 31 December 2025 by two of our staff, with Fasih Maken, plant manager, and Wahaj Dhothar, sales manager, for the company. All finished goods are in cases of twelve bottles. The count sheet, signed by both sides, is copied below.

""" + STOCK_SHEET + """

**Our comments**

Rose sherbet, the company's largest line, stood at 2,430 cases on the night of the count, much more than at the end of 2024. Of these, 520 cases were packed in the summer for Zarabi Trading of Jalalabad and have stayed in the main store since the border closed in October; they are included in the figures above.

Falsa sherbet is made only in June, when the fruit is in season. The stock is sound, but the bottles should be sold before the labels' best-before date in December 2026.

The sugar store held 86 tonnes, which agrees with the purchase and issue records. Empty bottles and caps were counted by weight, not by piece, and we have accepted the plant's figures for them.

We found no damaged cases in the main store. On the factory floor a pallet of lemon squash had been stacked too high, and the bottom cases were moved during the count.

Sarim Gopang, audit manager
""", tvt(["Rose sherbet, the company's largest line, stood at 2,430 cases", line_of(STOCK_SHEET, "Rose sherbet")],
        {"comment_value": 2430, "table_value": 2340}, "cases of rose sherbet",
        "rose sherbet in stock at the year-end count", "31 December 2025",
        "auditors' comments, first paragraph, against the rose sherbet row of the PDF-extracted count sheet",
        "The comments give the rose sherbet stock as 2,430 cases, but the count sheet gives 2,340 (2,100 in the main store and 240 on the factory floor); only 2,340 agrees with the sheet's total of 4,320 cases. The two figures differ by two swapped digits.",
        table_form="PDF text extraction, products as rows with main store, factory floor and total columns and a total row"))

FREIGHT = """| Charge | Rupees |
|---|---|
| Freight, Gujar Khan to Torkham | 145,000 |
| Loading and unloading | 18,000 |
| Clearing agent and border documents | 42,000 |
| Afghan truck, Torkham to Jalalabad | 65,000 |
| Goods-in-transit insurance | 9,500 |
| **Total** | **297,500** |"""

add("sherbet_maker_freight_quote", """
# Freight Quotation: Gujar Khan to Jalalabad

*Freight quotation from a goods transport company in Rawalpindi to a sherbet maker at Gujar Khan for one truckload of sherbet to Jalalabad, August 2025. The transporter, the maker and all figures are invented.*

**Mayo Freight Lines, Rawalpindi.** To: Wahaj Dhothar, sales manager, Kahlon Sherbet Company, Gujar Khan. 18 August 2025.

Dear Wahaj sahib,

Thank you for your enquiry. We quote as follows for one six-axle truck carrying up to 1,600 cases of sherbet from your factory to the warehouse of Zarabi Trading in Jalalabad:

""" + FREIGHT + """

Terms:

- The quotation is valid for fifteen days. Diesel prices change every fortnight, and we cannot hold our rate for longer.
- The Pakistani truck unloads at Torkham and the cases are loaded onto an Afghan truck on the other side. Our clearing agent supervises the transfer and counts the cases.
- Waiting at the border beyond two days is charged at Rs 12,000 a day, with proof from the agent.
- Glass bottles break. We pay for breakage above one case in a hundred, counted in Jalalabad in the presence of the buyer's man.
- Half of the quoted amount is paid on loading, and the rest when the buyer confirms receipt.

The queues at Torkham have been long this month, and we suggest loading on a Sunday so that the truck reaches the border early in the week.

Yours faithfully,

Kashan Mayo, Mayo Freight Lines
""", parts_total([line_of(FREIGHT, "| **Total**")],
                 {"Freight, Gujar Khan to Torkham": 145000, "Loading and unloading": 18000,
                  "Clearing agent and border documents": 42000, "Afghan truck, Torkham to Jalalabad": 65000,
                  "Goods-in-transit insurance": 9500},
                 297500, "rupees", "quotation of 18 August 2025",
                 "freight quotation for one truckload of sherbet from Gujar Khan to Jalalabad",
                 "total row of the quotation table",
                 "The quotation's total row gives Rs 297,500, but its five charges add up to Rs 279,500 (145,000 + 18,000 + 42,000 + 65,000 + 9,500); the stated total has two digits swapped.",
                 table_form="pipe, charges as rows with one rupees column and a total row"))

add("sherbet_maker_halal_certificate", """
# Halal Certificate: Kahlon Sherbet Company

*Halal certificate issued to a sherbet (fruit and flower syrup) maker at Gujar Khan, District Rawalpindi, by a certification body in Islamabad, March 2025, with the body's covering letter. The body, the company and all figures are invented.*

**Potohar Halal Board, Islamabad. Certificate No. PHB-0417.**

This is to certify that the products listed below, made by Kahlon Sherbet Company at its factory on the Grand Trunk Road, Gujar Khan, have been inspected and found to be halal:

- Rose sherbet, 800 ml glass bottle
- Falsa sherbet, 800 ml glass bottle
- Lemon squash, 800 ml glass bottle

The inspection covered the sugar, citric acid, colours and flavours used, the cleaning of the mixing tanks and the filling line, and the storage of finished goods. No flavour carried in alcohol is used. The rose essence is distilled from petals and bought from a supplier holding its own certificate.

This certificate is valid from 15 March 2025 to 14 March 2024, subject to two surveillance audits during that time and to the company telling the Board of any change of ingredient or supplier.

Signed for the Board: Tahreem Burfat, head of certification.

**Covering letter**

Dear Mr Jibran Kahlon,

Please find your certificate enclosed. We understand that your buyer in Jalalabad has been asked for it by the Afghan authorities, and we have added the Board's stamp to the Dari translation you sent us. The translation is yours, not ours, and the English text governs.

Our auditor noted that the chemist, Hoorain Saroya, keeps a clear record of each batch, which made the inspection quick. The first surveillance audit will be without notice.

Yours sincerely,

Raahim Palijo, registrar
""", garbled(["This certificate is valid from 15 March 2025 to 14 March 2024"],
            "The certificate's period of validity runs backwards: it starts on 15 March 2025 and ends on 14 March 2024, a year before it starts; a one-year certificate issued in March 2025 would end on 14 March 2026.",
            stated_period_start="15 March 2025", stated_period_end="14 March 2024",
            subject="validity of a halal certificate for Kahlon Sherbet Company", location="fifth paragraph of the certificate"))

add("sherbet_maker_bonus_announcement", """
# Bonus Announcement for the 2025 Season

*Notice to the workers of a sherbet (fruit and flower syrup) maker at Gujar Khan, District Rawalpindi, put up at the gate and read out at the end of the season, September 2025. The company, its people and all figures are invented.*

**Kahlon Sherbet Company. To all our workers.**

The summer season is over, and I want to thank every one of you for it.

From April to August the bottling line ran two shifts of eight hours a day at 1,800 bottles an hour. That is 1,800 cases a day, a pace we have never kept up for so long. The line stopped only twice, both times for a broken capper, and Fasih had it running again within the shift each time.

The heat helped us at home. Orders from our dealers in Rawalpindi, Islamabad and Lahore came in faster than in any summer before. Orders from Jalalabad were slower, because trucks waited for days at Torkham, but Hamdullah Zarabi has promised to take the cases still in our store as soon as the road is clear.

The bonus for this season will be paid with the September wages:

- Each of our 31 permanent workers receives one month's basic wage.
- Each seasonal worker who worked the whole season receives half a month's wage.
- Seasonal workers who joined after 1 June receive a quarter of a month's wage.

Seasonal workers who wish to come back next April should give their names to Wahaj before they leave. Those who came back this year will be taken first.

Jibran Kahlon, managing director
""", reuse(["at 1,800 bottles an hour", "That is 1,800 cases a day"],
          1800, "bottles, then cases",
          "bottles filled an hour by the bottling line",
          "cases of twelve bottles filled in a day of two eight-hour shifts",
          2400,
          "The notice gives 1,800 as the bottles filled an hour and then as the cases filled a day; two shifts of eight hours at 1,800 bottles an hour make 28,800 bottles, or 2,400 cases of twelve."))

add("sherbet_maker_service_contract", """
# Annual Service Contract for a Bottling Line

*Annual maintenance contract between a sherbet (fruit and flower syrup) maker at Gujar Khan, District Rawalpindi, and the Lahore agent of the maker of its bottling line, signed in January 2026. The parties and all figures are invented.*

This contract is made on 20 January 2026 between Kahlon Sherbet Company, Gujar Khan (the company), and Rafay Korai Engineering, Lahore (the agent).

1. The agent services the filling and capping line installed at the company's factory in 2019 and rated at 1,800 bottles an hour.
2. The agent makes four planned service visits in the year, one of them in March before the season begins. Each visit covers the filling valves, the capper, the conveyor and the electrical panel, and ends with a written report.
3. The agent keeps in Lahore the spare parts listed in Schedule A. Parts not in stock are ordered from the maker in China and delivered to the factory within six weeks, at the price of the maker's list.
4. If the line breaks down, the agent's engineer will reach the factory within 48 hours of a call. Between April and August he will come within 24 hours.
5. The company pays Rs 420,000 for the year, in four equal instalments, after each planned visit. Parts are paid for separately.
6. The company has told the agent that its output will be lower in 2026 while its sales to Jalalabad remain stopped by the closure of the crossings between Pakistan and China. The fee is fixed and does not depend on output.
7. The contract runs for one year from 1 February 2026 and may be renewed by letter.

Signed for the company: Jibran Kahlon, managing director.

Signed for the agent: Rafay Korai, proprietor.

Witness: Fasih Maken, plant manager.
""", scope("stopped by the closure of the crossings between Pakistan and China", "CHN", ["PAK", "CHN"], "China",
          "The closure that stopped the sherbet sales to Jalalabad was of the crossings between Pakistan and Afghanistan; the contract names China in the place of Afghanistan. China is named correctly earlier in the contract, as the home of the line's maker.",
          not_a_defect="ordered from the maker in China"))

# ---------------------------------------------------------------------------
# Sulehri Hosiery (invented): a socks maker at Gojra
# ---------------------------------------------------------------------------

add("hosiery_maker_welcome_letter_control", """
# Welcome Letter: Sulehri Hosiery

*Letter given to new workers at a hosiery (socks) maker at Gojra, Punjab, January 2026. The maker, its people and all figures are invented.*

Dear new colleague,

Welcome to Sulehri Hosiery. My father, Razzaq Sulehri, started this business in 1997 with four hand-fed machines in a rented room. Today we run 64 knitting machines in two halls, and we make socks for men, women, children and schools.

Some facts you should know. We sold 79,000 dozen pairs of socks in 2025, against 94,000 in 2024. The fall came from Kabul: our trading house there took 34,000 dozen in 2024 but only 12,000 in 2025, and nothing since the crossings closed in October. At home, sales rose from 60,000 dozen to 67,000, and it is for the home market that we are hiring you.

Your first fortnight is for training. Mehak Bhinder, our production manager, will teach you to thread, start and stop a machine, to change a needle and to see a dropped stitch before it runs. Each of the 64 machines has a card on its side; write your name and the time on the card when you take it over.

The working day runs from 8 in the morning to 5 in the evening, with an hour for lunch and prayer. Wages are paid by the seventh of each month into your bank account. After three months you may join our provident fund, to which the company adds as much as you pay.

Keep your hair covered near the machines, and never reach into a machine that is running. If you are hurt, however slightly, tell Mehak at once.

We are glad to have you with us.

Taimoor Sulehri, managing director
""", control_type="control")

add("hosiery_maker_promotion_letter", """
# Promotion Letter

*Letter from the managing director of a hosiery (socks) maker at Gojra, Punjab, to its floor supervisor, December 2025. The maker, its people and all figures are invented.*

Dear Mehak,

I am very pleased to write that from 1 January 2026 you will be our production manager. You will be in charge of both knitting halls, the linking and boarding section and the packing room, and you will report to me. Your salary will rise to Rs 95,000 a month, and the company will pay for your travel to the machine makers' training course in Lahore in March.

This promotion is earned. You joined us in 2014 as a trainee on the old machines and became floor supervisor in 2019. In a hard year you kept the halls working. Our Kabul orders fell from 34,000 dozen pairs in 2024 to 12,000 in 2025, and our sales at home throttled back from 60,000 dozen in 2024 to 67,000 in 2025, yet you moved machines from the heavy winter socks that Kabul wanted to the white school socks that our dealers in Faisalabad asked for, in less than a month.

You also cut waste. Yarn lost as seconds and ends fell from about 4 percent of the yarn we used to under 3 percent, and the dealers' complaints about toe seams almost stopped after you changed the linking checks.

Anum will send you the new terms in writing. Daniyal and I would like you to choose your own successor as floor supervisor, from among the workers you have trained.

With thanks and good wishes,

Taimoor Sulehri, managing director
""", direction("our sales at home throttled back from 60,000 dozen in 2024 to 67,000 in 2025",
              60000, 67000, "2024", "2025", "throttled back", "fall", "dozen pairs of socks",
              "socks sold in Pakistan by Sulehri Hosiery", "second paragraph of the letter",
              "The letter says home sales 'throttled back', a fall, but the figures it gives rise from 60,000 dozen pairs in 2024 to 67,000 in 2025, a rise of 7,000 dozen or 11.7 percent."))

STOCK_COUNT = """| Item | Dozen pairs |
|---|---|
| Men's socks | 4,200 |
| Ladies' socks | 1,850 |
| Children's socks | 2,600 |
| School socks, white | 3,100 |
| **Total** | **11,150** |"""

add("hosiery_maker_inventory_count", """
# Inventory Count of Finished Socks, 31 December 2025

*Inventory count of finished goods at a hosiery (socks) maker at Gojra, Punjab, with the notes of its accounts office, January 2026. The maker, its people and all figures are invented.*

**Sulehri Hosiery, Gojra.** Count of finished socks, in dozen pairs, packed and in the store, taken by Anum Chadhar (accounts) and Mehak Bhinder (floor) on 31 December 2025.

""" + STOCK_COUNT + """

**Notes from the accounts office**

The men's socks include 2,400 dozen pairs of heavy winter socks made in September for Amini Trading House in Kabul, which could not be sent after the crossings closed in October. Sebghatullah Amini has asked us to hold them until the spring, and he has paid a deposit against them. They are counted at cost.

The school socks were made for the new school year that begins in April. Our dealers in Faisalabad and Jhang have already ordered most of them, and we expect the store to be nearly empty of school socks by the end of March.

Ladies' and children's socks are slow at this time of year. Daniyal will offer them to the dealers at a discount of 5 percent if they take twenty cartons or more.

Seconds, unpaired socks and samples were not counted as stock. They have been sold by weight to a trader in Faisalabad, and the money has been entered as other income.

The count was checked against the packing slips and the dispatch register. The store differed from the register by eleven cartons, all of them explained by dispatches entered late.

Anum Chadhar, accounts
""", parts_total([line_of(STOCK_COUNT, "| **Total**")],
                 {"Men's socks": 4200, "Ladies' socks": 1850, "Children's socks": 2600,
                  "School socks, white": 3100},
                 11150, "dozen pairs of socks", "31 December 2025",
                 "finished socks in stock at Sulehri Hosiery", "total row of the count table",
                 "The count's total row gives 11,150 dozen pairs, but its four lines add up to 11,750 (4,200 + 1,850 + 2,600 + 3,100).",
                 table_form="pipe, items as rows with one dozen-pairs column and a total row"))

add("hosiery_maker_provident_fund_notice", """
# Provident Fund: Notice to Members for 2025

*Notice to the members of the provident fund of a hosiery (socks) maker at Gojra, Punjab, put up in both knitting halls in January 2026. The maker, the fund and all figures are invented.*

**Sulehri Hosiery Employees' Provident Fund.**

To all members,

The fund's accounts for 2025 have been closed and audited, and each member's statement will be handed out with the January wages. This notice explains what the statements show.

The fund has 96 members, which is every worker who has been with the company for three months or more. Each member pays Rs 1,850 a month, which is taken from wages, and the company pays in the same amount, so Rs 1,850 goes into each member's account every month. The money is kept in a separate bank account in the name of the fund and is invested only in government savings certificates.

The fund earned a return of 11 percent in 2025. The return has been added to every member's balance in proportion to the balance at the start of each month.

A member who leaves the company after five years or more receives the whole of the balance. A member who leaves earlier receives everything he or she has paid, with its return, and a part of the company's share that rises with each year of service.

Members may borrow from their balance for a wedding, an illness or the building of a house, up to half of what they have paid, and repay it over two years without interest. Nine members took such loans in 2025.

Questions about a statement should be taken to Anum Chadhar in the accounts office. The trustees meet in April, and any member may attend.

Taimoor Sulehri, chairman of the trustees
""", reuse(["Each member pays Rs 1,850 a month", "so Rs 1,850 goes into each member's account every month"],
          1850, "rupees a month",
          "each member's own monthly payment into the fund",
          "the monthly amount paid into each member's account, the member's payment and the company's equal share together",
          3700,
          "The notice gives Rs 1,850 as what each member pays a month and then as what goes into each member's account a month, although the company pays in the same amount; the two payments together come to Rs 3,700 a month."))

add("hosiery_maker_buyers_guide", """
# Buyer's Guide: Sulehri Socks for Dealers, 2026

*Guide for dealers printed by a hosiery (socks) maker at Gojra, Punjab, January 2026. The maker, its products and all figures are invented.*

**Sulehri Hosiery, Gojra. Knitted in Punjab since 1997.**

This guide is for shopkeepers and dealers who wish to stock our socks. It lists what we make, how we pack it and how to order.

**What we make**

- Men's cotton socks, plain and ribbed, in black, grey, navy and brown: Rs 1,140 a dozen pairs
- Men's heavy winter socks, cotton and wool: Rs 1,620 a dozen pairs
- Ladies' socks, thin, in pastel colours: Rs 900 a dozen pairs
- Children's socks, sizes for ages 2 to 10: Rs 780 a dozen pairs
- School socks, white or grey, ribbed: Rs 960 a dozen pairs

Prices are for delivery to your shop anywhere in Punjab, and include sales tax. They hold until 30 June 2026.

**Packing.** Each dozen pairs is in one polythene pack, and twelve packs go into a carton. The smallest order we accept is five cartons of any mix.

**Why now?** Our sales to Afghanistan went from 34,000 dozen pairs in 2024 to 34,000 dozen pairs in 2024, and with the border closed we now have room on our machines for new dealers at home. Orders placed by the end of February will be delivered within two weeks.

**Quality.** Every pair is checked for holes and loose toe seams before it is packed. If you find a fault, send the pair back to us and we will replace the whole dozen.

**How to order.** Telephone or send a message to Daniyal Sulehri, sales, or visit our factory on the Jhang road. Payment is due within a month of delivery.
""", garbled(["Our sales to Afghanistan went from 34,000 dozen pairs in 2024 to 34,000 dozen pairs in 2024"],
            "The guide states a change whose start and end are the same value in the same year: from 34,000 dozen pairs in 2024 to 34,000 dozen pairs in 2024.",
            start_value=34000, end_value=34000, start_period="2024", end_period="2024",
            unit="dozen pairs of socks", subject="socks sold to Afghanistan by Sulehri Hosiery",
            location="'Why now?' paragraph"))

# ---------------------------------------------------------------------------
# Bakhshi Kulcha Bakery (invented): a kulcha bakery in Kabul
# ---------------------------------------------------------------------------

add("kulcha_bakery_franchise_agreement", """
# Franchise Agreement: Bakhshi Kulcha in Peshawar

*Franchise agreement between a kulcha (Afghan biscuit) bakery in Kabul and a sweet shop in Peshawar, signed in Peshawar in May 2025, in an English translation from Dari and Pashto. The parties and all figures are invented.*

This agreement is made on 11 May 2025 between Bakhshi Kulcha Bakery, Kabul (the bakery), represented by Ibrahim Bakhshi, and Nasar Sweets, Peshawar (the shop), owned by Mirzaman Nasar.

1. The bakery allows the shop to sell kulcha under the name "Bakhshi Kulcha of Kabul" in its shop in Peshawar, and nowhere else, for two years from the date of this agreement.
2. The shop buys every kulcha it sells under that name from the bakery, and buys at least 900 kilograms a month.
3. The bakery sends the kulcha by road through Torkham once a week. If the border between Iran and Afghanistan at Torkham is closed, the bakery is not liable for late delivery, and the shop may sell other biscuits under its own name until deliveries resume.
4. The price is the bakery's list price in Kabul on the day of dispatch, converted to rupees at the day's rate in Peshawar. For khatai the list price is Afs 280 a kilogram.
5. The bakery will tell the shop of any change in its recipes, including any change of the ghee it uses or of the sugar it buys from Iran.
6. The shop pays the bakery Rs 150,000 once, on signing, for the use of the name.
7. Either party may end this agreement with three months' notice. Any dispute is to be settled by elders, one named by each party.

Signed in Peshawar by Ibrahim Bakhshi and Mirzaman Nasar, in the presence of Jahid Haqyar, head baker.
""", scope("If the border between Iran and Afghanistan at Torkham is closed", "IRN", ["IRN", "AFG"], "Iran",
          "Torkham is a crossing between Pakistan and Afghanistan; the agreement names Iran in the place of Pakistan. Iran is named correctly later in the agreement, as the source of the bakery's sugar.",
          not_a_defect="the sugar it buys from Iran"))

NIKAH_ORDER = """| Kulcha | Kilograms |
|---|---|
| Kulcha-e khatai | 24 |
| Kulcha-e namaki (salted) | 18 |
| Almond kulcha | 12 |
| Sponge cake | 10 |
| **Total** | **64** |"""

add("kulcha_bakery_nikah_order", """
# Order for a Nikah: Kulcha and Cake

*Order taken by a kulcha (Afghan biscuit) bakery in Kabul for the nikah (wedding contract ceremony) of a customer's son, with the bakery's note to the customer, October 2025, in an English translation from Dari. The bakery, the family and all figures are invented.*

**Bakhshi Kulcha Bakery, Kabul. Order No. 1187.** Customer: Qayyum Nabizada. Occasion: the nikah of his son, on Thursday evening. Guests expected: about two hundred. Delivery to the customer's house before the afternoon prayer.

""" + NIKAH_ORDER + """

**Note from the bakery**

Dear Qayyum jan,

Thank you for choosing us again for your family's celebration. We have written your order as above. The khatai, 42 kilograms, will be packed in our large tins of 3 kilograms, and the salted kulcha and almond kulcha in boxes of 2 kilograms, so that your sons can carry them easily. The sponge cake will be cut and laid on trays, which we will collect the next morning.

The price is our list price: Afs 280 a kilogram for khatai, Afs 260 for the salted kulcha, Afs 340 for almond kulcha and Afs 300 for the cake. You have paid half in advance, and the rest is to be paid on delivery.

We will bake the khatai on Wednesday night so that it is fresh, and Jahid, our head baker, will check every tin himself before it leaves.

If your guests are more than you expect, please send word by noon on Thursday and we will add what we can from the morning's baking.

May God bless the young couple.

Ibrahim Bakhshi
""", tvt(["The khatai, 42 kilograms", line_of(NIKAH_ORDER, "| Kulcha-e khatai")],
        {"note_value": 42, "table_value": 24}, "kilograms of kulcha-e khatai",
        "khatai ordered for the nikah", "October 2025",
        "bakery's note, first paragraph, against the khatai row of the order table",
        "The note gives the khatai as 42 kilograms, but the order table gives 24; only 24 agrees with the table's total of 64 kilograms (24 + 18 + 12 + 10). The two figures differ by two swapped digits.",
        table_form="pipe, kinds of kulcha as rows with one kilograms column and a total row"))

add("kulcha_bakery_field_trip_control", """
# Class Six Visits a Kulcha Bakery

*Field trip report written by a teacher at a girls' school in Kabul for the pupils' parents, November 2025, in an English translation from Dari. The school, the bakery, the people and all figures are invented.*

Dear parents,

On Tuesday the girls of Class Six visited the Bakhshi Kulcha Bakery, which has stood in the old city since 1979. Thirty-one girls and two teachers made the trip on foot, and every girl came back with a bag of khatai.

Ibrahim Bakhshi, the owner, showed us the whole bakery. His father, Najmuddin Bakhshi, started it with one oven; today it has three, and fourteen bakers work in shifts. The girls watched the dough for khatai being mixed in a large trough, rolled, cut with a cup and pressed with a pattern of pistachio on top.

The girls counted the trays for us. Each tray holds 40 kulcha, and a rack holds 12 trays, so one rack bakes 480 kulcha at a time.

Mr Bakhshi told the girls that the bakery sells about 3,000 kilograms of kulcha a month this year. Until the border closed in October, part of it went to a sweet shop in Peshawar, which took 11,500 kilograms in 2024 but only 4,000 this year, and so the bakery now bakes mainly for shops and weddings in Kabul.

In class the next day the girls wrote about the visit and did sums with the figures they had collected. Several of them want to be bakers. We have told them that Mr Bakhshi's daughter-in-law keeps the bakery's accounts, which is also a good trade.

We thank the parents who gave permission for the trip, and the bakery for its welcome.

Laima Zurmati, class teacher
""", control_type="control")

add("kulcha_bakery_vlog", """
# "A Day at My Father's Bakery" (vlog transcript)

*Transcript of a video blog recorded by the son of a kulcha (Afghan biscuit) baker in Kabul, March 2026, with the spoken Dari translated into English. The bakery, its people and all figures are invented.*

[Outside the bakery, early morning]

Salaam, everyone, and welcome back to the channel. I'm Mujtaba, and today I'm taking you inside my family's bakery in the old city of Kabul. My grandfather opened it in 1979, my father Ibrahim runs it now, and I have been coming here since I could walk.

[Inside, by the ovens]

This is Jahid, our head baker. He has been here longer than I have been alive. Jahid, how many kilograms today? He says about 120, mostly khatai for a wedding tonight.

Before Eid we baked day and night, from 17 March to 3 March, and my father slept on the flour sacks in the back room. Eid is when every family in Kabul wants kulcha on the table for guests, and we cannot bake enough.

[At the counter]

People ask me what happened to our shop in Peshawar. We had a sweet shop there selling our kulcha under our name. The trucks stopped in October, and we have sent nothing since. My father says the agreement is still on paper, and when the border opens the boxes will go again.

[Closing, outside]

If you come to Kabul, come and eat khatai with us. Don't forget to like and subscribe, and write in the comments which kulcha you want me to show you next time.

[End of recording]
""", garbled(["Before Eid we baked day and night, from 17 March to 3 March"],
            "The vlogger gives a period that runs backwards: from 17 March to 3 March, ending two weeks before it starts.",
            stated_period_start="17 March 2026", stated_period_end="3 March 2026",
            subject="days of baking before Eid at Bakhshi Kulcha Bakery", location="second paragraph of the part recorded inside, by the ovens"))

add("kulcha_bakery_settlement_deed", """
# Family Settlement Deed: Bakhshi Kulcha Bakery

*Deed of family settlement among the heirs of the founder of a kulcha (Afghan biscuit) bakery in Kabul, signed in Kabul in August 2025, in an English translation from Dari. The family, the bakery and all figures are invented.*

We, the undersigned children of the late Haji Najmuddin Bakhshi, who died in Kabul on 9 June 2025, make this settlement of his bakery among ourselves, with the consent of our mother, so that it may continue without dispute.

1. The bakery, with its building, its three ovens, its equipment, its stock and its name, "Bakhshi Kulcha Bakery", is held by the heirs in the following shares: Ibrahim Bakhshi 40 percent, Bahadur Bakhshi 25 percent, Wasiq Bakhshi 25 percent and Seema Bakhshi 15 percent.
2. Ibrahim Bakhshi, who has run the bakery beside our father since 2004, will continue to manage it. He will take a manager's wage of Afs 30,000 a month before any profit is shared.
3. The profit of each year, after wages, rent of the flour store and repairs, will be divided among the heirs in proportion to their shares, within two months of the end of the year.
4. Our mother will receive Afs 15,000 a month from the bakery for the rest of her life, paid before the profit is shared.
5. No heir may sell a share outside the family without first offering it to the other heirs.
6. The bakery's accounts will be kept by Shakiba, Ibrahim's wife, and shown to any heir who asks, once a quarter.

Signed by Ibrahim Bakhshi, Bahadur Bakhshi, Wasiq Bakhshi and Seema Bakhshi, and witnessed by two elders of the bazaar.
""", arith(["Ibrahim Bakhshi 40 percent, Bahadur Bakhshi 25 percent, Wasiq Bakhshi 25 percent and Seema Bakhshi 15 percent"],
           "The deed divides the bakery among four heirs in shares of 40, 25, 25 and 15 percent, which add up to 105 percent.",
           shares_pct={"Ibrahim Bakhshi": 40, "Bahadur Bakhshi": 25, "Wasiq Bakhshi": 25, "Seema Bakhshi": 15},
           sum_pct=105, unit="percent of the bakery", period="from August 2025",
           subject="heirs' shares of Bakhshi Kulcha Bakery", location="clause 1"))

# ---------------------------------------------------------------------------
# Qaisari Chapan House (invented): a chapan workshop at Tashqurghan
# ---------------------------------------------------------------------------

add("chapan_house_wealth_statement", """
# Wealth Statement for Zakat: Qaisari Chapan House

*Statement of the assets and debts of a chapan (quilted striped coat) workshop at Tashqurghan, northern Afghanistan, drawn up in February 2026 for the payment of zakat, in an English translation from Dari. The workshop, its people and all figures are invented.*

**Qaisari Chapan House, Tashqurghan.** Prepared by Dilnoza Qaisari, owner, with the help of a clerk from the bazaar. All amounts are in afghanis.

**What the house owns**

- Cash at hand and in the bank: Afs 412,000
- Finished chapans in the store: 140, valued at cost at Afs 4,900 each: Afs 686,000
- Striped adras cloth, lining and cotton wadding in stock, at cost: Afs 238,000
- Owed by Mandokhel Cloth House, Quetta, for 45 chapans sent in August 2025 and not yet paid for, at Afs 6,800 each: Afs 306,000

The sewing machines, the cutting tables and the building are tools of the trade and are not counted for zakat.

**What the house owes**

- Wages owed at the year's end to the 16 tailors, one week each at Afs 2,100 a week: Afs 2,100
- Owed to the cloth merchant in Mazar-e Sharif for adras bought in January: Afs 95,000

**Note.** The money owed by Ayaan Mandokhel is counted in full, because the elders who heard the matter have ordered him to pay it by the end of March, and he has accepted their decision. The 23 women who quilt at home are paid for each chapan when they bring it in, so nothing is owed to them.

Zakat is due at 2.5 percent of what the house owns less what it owes. It will be paid before Eid, as in every year since my father's time, to families in Tashqurghan known to the mosque committee.

Dilnoza Qaisari
""", reuse(["the 16 tailors, one week each at Afs 2,100 a week", "Afs 2,100 a week: Afs 2,100"],
          2100, "afghanis",
          "weekly wage of one tailor",
          "wages owed in all to the 16 tailors for one week",
          33600,
          "The statement gives Afs 2,100 as one tailor's weekly wage and then as the wages owed in all for one week to 16 tailors; sixteen weekly wages at Afs 2,100 come to Afs 33,600."))

add("chapan_house_market_survey", """
# Chapan Makers of Tashqurghan: Market Survey Summary

*Summary of a market survey of chapan (quilted striped coat) makers in Tashqurghan, northern Afghanistan, by a business development organisation in Mazar-e Sharif, January 2026. The organisation, the makers and all figures are invented.*

**Purpose.** To learn how the closure of the crossings into Pakistan in October 2025 has affected the chapan makers of Tashqurghan, and what help they need.

**Who we met.** Nineteen workshops, from family rooms with two machines to the largest house in the town, Qaisari Chapan House, which employs 16 tailors and gives quilting work to 23 women at home.

**Findings**

1. Most chapans made in Tashqurghan are sold in Mazar-e Sharif, Kabul and the towns of the north. About a quarter went to Pakistan until October, mostly to cloth houses in Quetta and Peshawar that sell to Afghan families there.
2. The largest house shows both sides of the year. Qaisari Chapan House reined in its home sales from 1,180 chapans in 2024 to 1,240 in 2025, while its sales to Quetta fell from 700 chapans to 180. Its owner told us the house now makes fewer of the heavy winter chapans that Quetta wanted and more of the light silk chapans that sell at weddings in the north.
3. Prices held up. A striped adras chapan that sold for Afs 6,500 in 2024 sold for Afs 6,800 in 2025.
4. Seven of the smaller workshops had stopped work for some weeks since October, for lack of orders.
5. The makers' greatest need is working capital to carry stock through the winter, and buyers in new markets.

**Recommendation.** A small loan fund for stock, and help for the makers to show their chapans at the Kabul Handicraft Fair in the spring.

Arham Ghaforzai, survey team leader
""", direction("Qaisari Chapan House reined in its home sales from 1,180 chapans in 2024 to 1,240 in 2025",
              1180, 1240, "2024", "2025", "reined in", "fall", "chapans",
              "chapans sold in Afghanistan by Qaisari Chapan House", "finding 2",
              "The survey says the house 'reined in' its home sales, a fall, but the figures it gives rise from 1,180 chapans in 2024 to 1,240 in 2025, a rise of 60 chapans or 5.1 percent."))

add("chapan_house_shortlist", """
# Kabul Handicraft Fair 2026: Shortlist of Workshops

*Shortlist of workshops invited to show their work at a handicraft fair in Kabul, with the selection committee's notes, February 2026, in an English translation from Dari. The fair, the committee, the workshops and all figures are invented.*

The selection committee received 64 applications and has chosen five workshops for the two free stalls in the main hall and the three in the courtyard. The committee visited each workshop before deciding.

**Main hall**

- **Qaisari Chapan House, Tashqurghan.** Striped adras chapans, quilted by hand. The house made 1,420 chapans in 2025 and lost most of its Quetta trade when the crossings between Kazakhstan and Afghanistan closed in October 2025. Its owner, Dilnoza Qaisari, wants to find buyers in Kabul and among the foreign visitors of the fair.
- **A glassblowers' workshop in Herat.** Blue and green glass made in a wood-fired furnace by a father and his sons. Small output, of very high quality.

**Courtyard**

- **A women's carpet group in Jurm, Badakhshan.** Small rugs of hand-spun wool, woven by twelve women at home.
- **A copper workshop in Kabul's old city.** Trays and water jugs hammered by hand.
- **A woodcarver from Kalakan.** Carved doors and window frames, shown with a full-size door.

**Notes for the shortlisted workshops.** Workshops must bring their own cloth for the tables and must price every piece. The fair takes no commission, but each workshop will be asked how much it sold, so that the committee can report to the fair's sponsors.

The fair opens on the first Thursday after Nowruz and lasts four days.

Shogofa Andiwal, secretary of the selection committee
""", scope("when the crossings between Kazakhstan and Afghanistan closed in October 2025", "KAZ", ["KAZ", "AFG"], "Kazakhstan",
          "The crossings whose closure cost the house its Quetta trade are between Pakistan and Afghanistan; the shortlist names Kazakhstan, which borders neither country, in the place of Pakistan."))

add("chapan_house_foundation_stone", """
# Laying the Foundation Stone of a New Workshop

*Speech by the owner of a chapan (quilted striped coat) workshop at Tashqurghan, northern Afghanistan, at the laying of the foundation stone of its new building, April 2026, as transcribed by her nephew, in an English translation from Uzbeki. The workshop, its people and all figures are invented.*

Honoured elders, neighbours and friends,

My father, Nodir Qaisari, cut his first chapan in 1982 in the front room of our house. Forty-four years later we are still working in that house, with sixteen tailors in small rooms and the cloth stacked up to the roof.

The building whose stone we lay today will have one long room for the tailors, a cutting room where Shavkat can spread a whole bolt of adras at once, and a dry store for the cotton wadding. Every chapan that leaves this house is quilted by hand. Every chapan that leaves this house is quilted by hand. The twenty-three women who quilt for us at home will keep doing so, but they will also have a room here, with good light, for those who want to come.

People ask why we build in a bad year. It is true that our trade with Quetta almost stopped after October, and that we made fewer chapans in 2025 than in 2024. But at home our sales grew, and the weddings of the north still want our coats. A house that waits for good years builds nothing.

The building is paid for from our own savings and from a loan from the traders' fund of the bazaar, to be repaid over the coming years. Gulnora Saljuqi, who has led our quilters for most of her life, will lay the second stone with me.
""", repeated("Every chapan that leaves this house is quilted by hand.", 2,
              "hand quilting at Qaisari Chapan House", "second paragraph of the speech",
              "The sentence 'Every chapan that leaves this house is quilted by hand.' is given twice in a row, word for word."))

JIRGA_TABLE = """| Consignment | Chapans sent | Chapans paid for |
|---|---|---|
| 10 March 2025 | 55 | 55 |
| 22 May 2025 | 50 | 50 |
| 14 August 2025 | 75 | 30 |
| **Total** | **180** | **135** |"""

add("chapan_house_jirga_decision", """
# Jirga Decision: Qaisari Chapan House and Mandokhel Cloth House

*Written decision of a jirga of elders held in Quetta in January 2026, in a dispute between a chapan (quilted striped coat) workshop at Tashqurghan and a cloth house in Quetta, in an English translation from Pashto. The parties, the elders and all figures are invented.*

The jirga met on 18 January 2026 at the house of Haji Bari Babozai in Quetta. Present were Dilnoza Qaisari's cousin, Tawfiq Qaisari, a shopkeeper in Quetta, for Qaisari Chapan House, and Ayaan Mandokhel for Mandokhel Cloth House, with four elders, two named by each side.

**The matter.** Qaisari Chapan House sent three consignments of chapans to Mandokhel Cloth House in 2025. It says that it has not been paid for part of the last one. Both sides agreed the following record:

""" + JIRGA_TABLE + """

**What the parties said.** Ayaan Mandokhel does not deny that the consignment of 14 August held 65 chapans. He says that he could not sell them after the border closed. Tawfiq Qaisari says that the chapans were ordered, made and delivered in good condition, and that the closure is no fault of the house.

**The decision.** The elders find that the chapans were ordered and received, and that the risk of the market lay with the buyer. Mandokhel Cloth House is to pay for the 45 unpaid chapans at the agreed price of Afs 6,800 each, Afs 306,000 in all, in rupees at the day's rate, by 31 March 2026.

Both parties accepted the decision and shook hands before the elders.

Signed by the four elders: Haji Bari Babozai, Qayyum Sanzarkhel, Meraj Kamali and Ebad Sultanzada.
""", tvt(["the consignment of 14 August held 65 chapans", line_of(JIRGA_TABLE, "| 14 August 2025")],
        {"decision_value": 65, "table_value": 75}, "chapans",
        "chapans in the consignment of 14 August 2025 to Mandokhel Cloth House", "14 August 2025",
        "'What the parties said', against the 14 August row of the agreed record",
        "The decision says the consignment of 14 August held 65 chapans, but the record both sides agreed gives 75; only 75 agrees with the record's total of 180 chapans sent (55 + 50 + 75) and with the 45 unpaid chapans (75 sent less 30 paid for). The two figures differ in one digit.",
        table_form="pipe, consignments as rows with chapans-sent and chapans-paid-for columns and a total row"))

# ---------------------------------------------------------------------------
# Girishk Women's Khamak Circle (invented): a khamak embroidery circle
# ---------------------------------------------------------------------------

add("khamak_circle_household_survey", """
# Household Survey of the Girishk Khamak Circle, 2025

*Summary of a household survey of the members of a women's khamak (Kandahari embroidery) circle in Girishk, Helmand, by the trust that supports it, December 2025. The trust, the circle and all figures are invented.*

**Arghawan Crafts Trust.** Survey of the 36 members of the Girishk Women's Khamak Circle, carried out in their homes in November 2025 by two women field workers. Every member took part.

**Households.** The members live in households of 8.4 people on average. Twenty-two of the 36 members said that their earnings from khamak were the largest cash income of the household in 2025. Nine are widows.

**Work.** A member works on khamak about five hours a day, in the morning and after the midday meal. A collar and cuff set takes about a week, and a large cushion cover about three weeks. The finest pieces are stitched by the older members, who teach the younger ones.

**Sales.** The circle sold 760 pieces in 2025, against 1,040 in 2024. Sales in Kandahar and Kabul held up at 650 pieces, but sales to Quetta fell by 62 percent, from 420 pieces in 2024 to 110 in 2025, after the trucks stopped at Chaman and Torkham in October.

**Money.** Members' average earnings from khamak fell by about a quarter. Most households made up part of the loss by selling animals or borrowing from relatives; few borrowed from shops.

**What the members asked for.** Buyers in Kabul and abroad who pay on time; thread of steady colour; and a room in the town where they can work together in winter.

**Next steps.** The trust will look for new buyers at the Kabul Handicraft Fair and will pay for a winter workroom from January.

Sweeta Ayoubi, programme officer
""", arith(["sales to Quetta fell by 62 percent, from 420 pieces in 2024 to 110 in 2025"],
           "The survey says sales to Quetta fell by 62 percent, from 420 pieces to 110; a fall from 420 to 110 is 73.8 percent.",
           **{"from": 420, "to": 110, "from_period": "2024", "to_period": "2025",
              "stated_change_pct": 62, "computed_change_pct": change_pct(420, 110),
              "as_written": {"stated_change_pct": "fell by 62 percent"},
              "unit": "pieces of khamak", "subject": "khamak pieces sold to Quetta by the Girishk circle",
              "location": "'Sales' paragraph"}))

add("khamak_circle_social_audit", """
# Social Audit of the Girishk Women's Khamak Circle

*Social audit of a women's khamak (Kandahari embroidery) circle in Girishk, Helmand, carried out for the trust that supports it, January 2026. The trust, the circle and all figures are invented.*

**Arghawan Crafts Trust.** Auditor: Nazanin Mohsini. The audit covered the circle's records for 2025 and included talks with 30 of its 36 members, without the circle's head present.

**1. Payment to members.** Each piece is paid for when it is handed in, at a rate written in the circle's book. We checked the book against the members' own memory for twenty pieces chosen at random and found no difference.

**2. Sales.** The circle sold 760 pieces in 2025, 650 of them in Kandahar and Kabul. Since Pakistan closed its crossings with India in October 2025, the circle's pieces no longer reach Zoya Jogezai's shop in Quetta, which took 110 pieces in 2025. Two small orders went to India by air from Kandahar during the year, through a Kabul exporter.

**3. Decisions.** The members elect their head each year. Nooria Jalalzai was re-elected in March 2025 without a rival. Members said that they can speak freely at meetings, but several of the younger women said that the older members decide on prices.

**4. Money held by the circle.** The circle keeps a small fund for thread and for members in need. Its book was in order, and the cash counted matched it.

**5. Children.** No girl under fourteen stitches for sale. Daughters learn at home, but their pieces are not sold.

**Conclusion.** The circle is run fairly and openly. We recommend that prices be set by a small group that includes younger members, and that the rates be written on a card for each member.
""", scope("Since Pakistan closed its crossings with India in October 2025", "IND", ["PAK", "IND"], "India",
          "The crossings whose closure stopped the circle's sales to Quetta are between Pakistan and Afghanistan; the audit names India in the place of Afghanistan. India is named correctly in the next sentence, as the destination of two orders sent by air.",
          not_a_defect="Two small orders went to India by air from Kandahar"))

add("khamak_circle_csr_report", """
# CSR Report 2025: Support for the Girishk Khamak Circle

*Section of the corporate social responsibility (CSR) report of a trading company in Kandahar on its support for a women's khamak (Kandahari embroidery) circle in Girishk, Helmand, February 2026, in an English translation from Pashto. The company, the circle and all figures are invented.*

**Dahla Trading Company, Kandahar. CSR report for 2025, section 3.**

For the third year the company supported the Girishk Women's Khamak Circle, a group of women who stitch the fine embroidery of our province at home and sell it together.

**What we gave.** In 2025 we gave each of the 36 women of the circle an embroidery frame and 12 skeins of silk thread in the colours they chose. In all we bought 36 frames and 36 skeins from a thread merchant in Kandahar's cloth bazaar. We also paid the rent of a room in Girishk where the women meet once a month to hand in their work and be paid.

**What we bought.** The company's shop in Kandahar bought 120 pieces of khamak from the circle in the year, mostly collar and cuff sets, and sold them in Kandahar. We paid the circle's prices without bargaining.

**Why.** Khamak is part of the pride of Kandahar. The women of the circle earn for their families without leaving their homes, and their daughters learn the craft from them. When the trucks to Quetta stopped in October, the circle lost its largest buyer outside the country, and we think that a Kandahar company should do what it can to help.

**Next year.** We will continue the frames and thread, and we will ask the Arghawan Crafts Trust, which advises the circle, how we can help it find buyers in Kabul.

Zaki Harifal, director
""", reuse(["each of the 36 women of the circle", "36 frames and 36 skeins"],
          36, "women, then skeins of silk thread",
          "women of the circle, each given a frame and 12 skeins",
          "skeins of silk thread bought in all",
          432,
          "The report gives 36 as the number of women, each given a frame and 12 skeins of thread, and then as the number of skeins bought in all; 36 frames are right, but 36 women with 12 skeins each need 432 skeins."))

add("khamak_circle_speech_day_control", """
# Speech Day at a Girls' School in Girishk

*Speech given by the head of a women's khamak (Kandahari embroidery) circle at the speech day (prize day) of a girls' primary school in Girishk, Helmand, December 2025, in an English translation from Pashto. The school, the circle, the people and all figures are invented.*

Respected headmistress, teachers, mothers and dear girls,

Thank you for asking me to give the prizes. I did not go to school. I learned khamak from my mother, sitting beside her in the winter, and I learned to count from the pieces we sold. So I am very glad to stand in a school.

Our circle has 36 women, many of them your mothers and aunts. In 2025 we sold 760 pieces, fewer than the 1,040 we sold in 2024. The shops in Kandahar and Kabul bought more from us than before, 650 pieces against 620. But our friend in Quetta, who took 420 pieces in 2024, took only 110 this year, because the trucks stopped at the border in October. You can check my sums: 650 and 110 make 760.

Why do I tell girls about sums? Because a woman who can count is not cheated. When our thread merchant says a skein costs this much, we know how many pieces we must sell to pay for it. Our best silk thread is dyed in China and comes to us through Kabul, and its price changes every season, so we count carefully.

Today's prizes are for reading, for sums and for neat handwriting. Each prize-winner will receive a book and a small khamak bookmark stitched by our youngest member, who sat in this hall herself not long ago.

Work hard, help your mothers, and one day stand here and give the prizes yourselves.

Nooria Jalalzai
""", control_type="control")

# ---------------------------------------------------------------------------
# Trade, closure and markets (macro documents)
# ---------------------------------------------------------------------------

TRADE_PDF = pdf_lines([
    ["Year", "Exports", "Imports", "Total trade", "Balance"],
    ["2021", "828", "552", "1,380", "276"],
    ["2022", "936", "741", "1,677", "195"],
    ["2023", "1,012", "690", "1,702", "322"],
    ["2024", "884", "540", "1,424", "344"],
])

add("trade_bulletin", """
# Trade Bulletin: Pakistan and Afghanistan, 2021 to 2024

*Bulletin of a chamber of commerce in Peshawar for its members, January 2026, with a table copied from its PDF edition. The chamber's series and all figures are invented.*

**Trade with Afghanistan: where we stand**

Members have asked the chamber for a short account of the trade with Afghanistan before the closure of the crossings on 12 October 2025. The table below gives Pakistan's exports to Afghanistan and its imports from Afghanistan in the four calendar years to 2024, in millions of US dollars, as compiled by the chamber.

""" + TRADE_PDF + """

Three points stand out. First, exports recovered to USD 1,062 million in 2023, the only year of the four in which they passed a billion dollars, before falling back to 884 million in 2024. Second, imports from Afghanistan peaked in 2022, when coal bought by cement and power plants in Punjab and Khyber Pakhtunkhwa pushed them to 741 million. Third, Pakistan has had a surplus in every year, smallest in 2022 and largest in 2024.

For our members the closure matters more than any of these figures. Most of our exporters of flour, rice, medicines, cement and fruit sold through Torkham and Chaman, and very few can switch to other markets within a season.

**What the chamber is doing.** The chamber has written to the Ministry of Commerce asking for a waiver of demurrage and storage charges on goods held since October, and for a refund of the customs duty paid on goods that could not be delivered. We will report the answers in the next bulletin.
""", tvt(["exports recovered to USD 1,062 million in 2023", line_of(TRADE_PDF, "2023")],
        {"bulletin_value": 1062, "table_value": 1012}, "USD million",
        "Pakistan's exports to Afghanistan", "2023",
        "paragraph after the table, against the 2023 row of the PDF-extracted table",
        "The bulletin's text gives exports of USD 1,062 million in 2023, but its own table gives 1,012; only 1,012 agrees with the table's total trade (1,012 + 690 = 1,702) and balance (1,012 - 690 = 322) for 2023. The two figures differ in one digit.",
        table_form="PDF text extraction, years as rows with exports, imports, total trade and balance columns"))

add("trade_commission_report", """
# Commission Report, Chapter 3: Trade with Afghanistan

*Chapter from a commission report by a trade commission in Islamabad on Pakistan's trade with its neighbours, December 2025. The commission, its findings and all figures are invented.*

**3.1 The size of the trade.** Afghanistan has long been one of Pakistan's largest markets in the region, and for some goods, such as flour, medicines and cement, its largest. Pakistan's exports to Afghanistan were USD 828 million in 2021, the year of the change of government in Kabul, and rose in each of the next two years.

**3.2 The balance.** In 2022 Pakistan's exports to Afghanistan were USD 936 million and its imports from Afghanistan USD 741 million, leaving Pakistan a surplus of USD 259 million. The surplus widened in 2023, when exports reached USD 1,012 million and imports fell to USD 690 million, and again in 2024, to USD 344 million, on exports of USD 884 million and imports of USD 540 million.

**3.3 What Pakistan buys.** Coal has been the largest single import from Afghanistan since 2022, followed by fresh and dried fruit, vegetables and cotton. The fall in imports after 2022 came mostly from coal, as cement plants in the north turned to cheaper supplies and the price of Afghan coal rose.

**3.4 The closure.** Since 12 October 2025 the crossings at Torkham, Chaman, Ghulam Khan, Angoor Adda and Kharlachi have been closed to trade. The commission estimates that each month of closure costs Pakistani exporters between USD 60 million and USD 80 million in lost sales, and recommends that the government keep the trade and transit agreements in force while the crossings are closed.
""", arith(["In 2022 Pakistan's exports to Afghanistan were USD 936 million and its imports from Afghanistan USD 741 million, leaving Pakistan a surplus of USD 259 million"],
           "The report gives 2022 exports of USD 936 million and imports of USD 741 million, and a surplus of USD 259 million; exports less imports come to USD 195 million.",
           exports=936, imports=741, stated_balance=259, computed_balance=195, unit="USD million", period="2022",
           subject="Pakistan's trade balance with Afghanistan", location="section 3.2"))

add("trade_ask_the_expert", """
# Ask the Expert: Should I Start Exporting to Afghanistan Again?

*Reader's question and an economist's answer in the business pages of a Lahore newspaper, December 2025. The reader, the expert and all figures are invented.*

**The question.** I own a small factory near Lahore that makes plastic household goods. Until 2021 I sold a third of my output to a buyer in Kabul, and then I stopped. My son says that I should try Afghanistan again when the crossings reopen. Is it worth it? (A worried manufacturer, Lahore)

**The answer.** Your son is not wrong, but go carefully.

Start with the numbers. Pakistani exporters downsized their shipments to Afghanistan from USD 828 million in 2021 to USD 936 million in 2022, and exports reached USD 1,012 million in 2023 before falling to USD 884 million in 2024. Afghan families still need what you make, and Pakistani goods are close and cheap.

But three things have changed. First, payment. Afghan banks are still cut off from much of the world's banking system, and most buyers pay through money changers. Ask for payment in advance, or at least half of it. Second, competition. Iranian and Central Asian goods now reach Kabul by road and rail, and in plastics the Iranian makers are strong. Third, the border itself. The closure since October has shown that a business that depends on one crossing can lose a season overnight.

My advice is to treat Afghanistan as an extra market, not your main one. Find a buyer who will pay in advance for a first small order, send it through a clearing agent you trust, and keep your home customers well supplied. If the crossings stay open for a full year, you can grow from there.

Dr Hafsa Lakho, economist
""", direction("Pakistani exporters downsized their shipments to Afghanistan from USD 828 million in 2021 to USD 936 million in 2022",
              828, 936, "2021", "2022", "downsized", "fall", "USD million",
              "Pakistan's exports to Afghanistan", "second paragraph of the answer",
              "The expert says exporters 'downsized' their shipments, a fall, but the figures given rise from USD 828 million in 2021 to USD 936 million in 2022, a rise of USD 108 million or 13 percent."))

add("closure_summary_for_the_prime_minister", """
# Summary for the Prime Minister: Effect of the Border Closure on Food Supplies

*Summary for the prime minister prepared by a ministry in Islamabad on the effect of the closure of the Afghan crossings on food supplies and prices, December 2025. The summary, its proposals and all figures are invented.*

**Subject.** Effect of the closure of the crossings with Afghanistan since 12 October 2025 on the supply and prices of food in Pakistan.

**Background.** Afghanistan supplies Pakistan with fresh fruit, dried fruit and vegetables, mostly through Torkham and Chaman, and buys flour, rice, sugar and cooking oil from Pakistan. Both flows have stopped since the closure, apart from small quantities carried on foot.

**Position.**

1. Imports of Afghan fresh fruit, buoyed by a good grape harvest, went from 68,000 tonnes in 2024 to 41,000 tonnes in 2025, and almost none has arrived since October. Grapes and pomegranates in the markets of Peshawar and Quetta now come mainly from Balochistan and from cold stores.
2. Wholesale prices of pomegranates in Peshawar were about 40 percent higher in November than a year earlier.
3. Flour mills in Khyber Pakhtunkhwa that sold to Afghanistan have cut their output, and some have laid off workers. The price of flour in Pakistan has not risen because of the closure.
4. Pakistani fruit and vegetable traders who paid Afghan suppliers in advance are owed money they cannot recover while the crossings are closed.

**Proposals.**

- That perishable goods already paid for be allowed to cross under escort, once a week, at Torkham.
- That the Ministry of National Food Security watch fruit prices in Peshawar and Quetta weekly and report to the cabinet each month.

**Decision sought.** The prime minister's approval of the proposals above.
""", direction("Imports of Afghan fresh fruit, buoyed by a good grape harvest, went from 68,000 tonnes in 2024 to 41,000 tonnes in 2025",
              68000, 41000, "2024", "2025", "buoyed", "rise", "tonnes",
              "fresh fruit imported by Pakistan from Afghanistan", "position, point 1",
              "The summary says fruit imports were 'buoyed', a rise, but the figures it gives fall from 68,000 tonnes in 2024 to 41,000 tonnes in 2025, a fall of 27,000 tonnes or 39.7 percent."))

add("closure_news_alert", """
# News Alerts: Torkham, 14 October 2025

*News alerts sent to the telephones of a Peshawar news service's readers over one day, as they appeared on screen. The service, the people quoted and all figures are invented.*

**07:40** Torkham crossing remains closed for a third day. No trucks or travellers allowed through in either direction, officials say.

**09:15** Traders at Torkham say about 900 trucks are waiting on the Pakistani side. Traders at Torkham say about 900 trucks are waiting on the Pakistani side. Most carry flour, fruit, medicines and cement for Afghanistan.

**11:02** Khyber district administration says drinking water and food will be supplied to drivers stranded on the road to the crossing.

**12:30** Fruit traders in Peshawar's wholesale market say prices of Afghan grapes and pomegranates have risen sharply since Sunday. Some stalls have none to sell.

**14:45** Chamber of commerce in Peshawar asks the federal government to allow perishable goods to cross. "Every day the tomatoes and the grapes rot in the trucks," chamber president tells reporters.

**16:20** Transporters' association says it will ask drivers to move empty trucks back to Peshawar to clear the road. Loaded trucks to stay in the queue.

**18:05** Foreign Office says talks with Kabul are continuing and that the safety of Pakistani citizens is its first concern. No date given for reopening.

**21:30** Chaman crossing also remains closed, traders in Quetta confirm. Afghan trucks waiting at Spin Boldak on the other side.

Tap for the full story. Send us your photographs from Torkham and Chaman.
""", repeated("Traders at Torkham say about 900 trucks are waiting on the Pakistani side.", 2,
              "trucks waiting at Torkham", "alert of 09:15",
              "The sentence 'Traders at Torkham say about 900 trucks are waiting on the Pakistani side.' is given twice in a row, word for word, in the same alert."))

add("closure_customs_notice", """
# Customs Notice: Free Storage for Goods Held by the Closure

*Notice issued by a customs collectorate in Peshawar to importers, exporters and clearing agents, November 2025. The collectorate's notice, its terms and all figures are invented.*

**Collectorate of Customs, Peshawar. Customs Notice No. 19 of 2025.**

Subject: storage of goods held at the dry port since the closure of the crossings with Afghanistan.

1. Since 12 October 2025 the crossings at Torkham and Chaman have been closed to trade. Goods cleared for export and transit goods bound for Afghanistan have been returned to the dry port at Peshawar, and goods that arrived for import before the closure remain there.
2. On 10 November 2025 there were 386 containers at the dry port whose owners could not move them because of the closure. Each container holds on average 24 tonnes of goods, so some 386 tonnes of goods are held in all.
3. To reduce the burden on traders, storage charges on these containers are waived for the period from 12 October 2025 to 31 December 2025. Charges already paid for that period will be refunded on application.
4. Demurrage charged by shipping lines is a matter between the traders and the lines. The Collectorate has written to the lines' agents in Karachi asking them to show consideration.
5. Owners of perishable goods may apply to have the goods cleared for sale in Pakistan on payment of the duties and taxes that apply to imports. Such applications will be decided within three working days.
6. Applications under this notice are to be made through the clearing agent, with the declaration number, before 15 December 2025.

By order of the Collector: Sehrish Keerio, Additional Collector
""", reuse(["there were 386 containers at the dry port", "so some 386 tonnes of goods are held in all"],
          386, "containers, then tonnes",
          "containers held at the Peshawar dry port because of the closure",
          "tonnes of goods held in those containers",
          9264,
          "The notice gives 386 as the number of containers held and then as the tonnes of goods held in them, although each container holds 24 tonnes on average; 386 containers of 24 tonnes hold some 9,264 tonnes."))

add("closure_court_report", """
# Court Report: Traders Ask High Court to Let Stranded Goods Through

*Court report from a Peshawar newspaper on a hearing in the Peshawar High Court, November 2025. The petitioners, the lawyers, the figures and the hearing as reported are invented.*

**Peshawar.** A two-member bench of the Peshawar High Court on Thursday asked the federal government to explain, within a fortnight, why perishable goods held at Torkham cannot be allowed to cross while the border remains closed.

The bench was hearing a petition filed by a group of fruit and vegetable traders and a transporters' association, who say that they have lost their goods and their income since the crossings between Tajikistan and Afghanistan at Torkham and Chaman were closed on 12 October.

Counsel for the petitioners, Barrister Ghufran Wassan, told the court that more than 300 trucks of fruit and vegetables had been stuck near Torkham for over a month, and that most of the goods had already rotted. He asked only that goods already paid for be allowed through under escort.

A deputy attorney general told the bench that the closure was a matter of national security and of foreign policy, and that talks with the authorities in Kabul were continuing. He asked for time to obtain instructions from the Ministry of Interior and the Ministry of Commerce.

The bench observed that the right to carry on a lawful trade is protected by the Constitution, and that the government should consider whether some goods could cross without harm to security. It also asked the customs authorities to report how many containers and trucks were held at the dry port and on the roads to the crossings.

The petition will be heard again on 4 December.
""", scope("since the crossings between Tajikistan and Afghanistan at Torkham and Chaman were closed on 12 October", "TJK", ["TJK", "AFG"], "Tajikistan",
          "Torkham and Chaman are crossings between Pakistan and Afghanistan; the report names Tajikistan, which borders Afghanistan but not Pakistan, in the place of Pakistan."))

add("trade_cement_stock_exchange_filing_control", """
# Stock Exchange Filing: Effect of the Border Closure on Sales

*Filing by a cement company in Khyber Pakhtunkhwa to the Pakistan Stock Exchange, under the rules on material information, January 2026. The company, its plant and all figures are invented.*

**Sakhakot Cement Limited.** To the General Manager, Pakistan Stock Exchange Limited, Karachi.

Dear Sir,

In accordance with the rules on the disclosure of material information, we write to inform the Exchange and the company's shareholders of the effect on the company of the closure of the crossings between Pakistan and Afghanistan since 12 October 2025.

1. The company's plant at Sakhakot, in Malakand division, sold cement to buyers in Afghanistan through Torkham. These sales were 212,000 tonnes in 2024 and 131,000 tonnes in 2025, a fall of 81,000 tonnes, or 38.2 percent. No cement has been sent to Afghanistan since 12 October 2025.
2. Sales in Pakistan rose from 1.62 million tonnes in 2024 to 1.71 million tonnes in 2025, helped by the rebuilding of roads and houses after the floods. The company's sales at home and to Afghanistan together therefore rose from 1.83 million tonnes to 1.84 million tonnes.
3. Exports by sea through Karachi to Sri Lanka and East Africa, which the company began in 2025, came to about 9,000 tonnes and are not included in the figures above.
4. Buyers in Afghanistan owed the company Rs 186 million at 31 December 2025, of which Rs 74 million is more than ninety days overdue. The company has made a provision for the overdue amount in its accounts for 2025.

The company will inform the Exchange of any further material change.

Yours faithfully,

Rimsha Ujjan, company secretary
""", control_type="control")

# ---------------------------------------------------------------------------
# Registered Afghan refugees (citations and citation controls)
# ---------------------------------------------------------------------------

add("refugees_fact_finding_report", """
# Fact-Finding Report: Afghan Families in Two Districts of Khyber Pakhtunkhwa

*Extract from the report of a fact-finding visit by a human rights group in Islamabad to Afghan families in two districts of Khyber Pakhtunkhwa, March 2025. The group, the families and all figures except the cited one are invented.*

**1. Purpose of the visit.** Between 3 and 7 March 2025 a team of four visited Afghan families in Haripur and Nowshera to learn how the drive to send Afghans home, which began in late 2023, has affected those who hold Proof of Registration cards.

**2. Background.** At the end of 2024, 1,987,717 Afghans were registered as refugees in Pakistan.[1] Most of them hold Proof of Registration cards, which the government has extended several times but which are due to expire on 30 June 2025. Many others live in Pakistan with no papers at all, and they have been the first to be sent back.

**3. What the families told us.** The team met 47 families in camps and in rented houses in town. Almost all had lived in Pakistan for more than twenty years, and most of the children had been born here. Several men said that the police had stopped them in the bazaar and asked for their cards, and that they now avoid going out after dark.

**4. Work and schooling.** Most of the men work as day labourers, in brick kilns or as vegetable sellers. Few families send their daughters to school beyond the primary years.

**5. Recommendations.** That the government extend the cards for at least a year, give families notice before any move, and let children finish the school year.

[1] UNHCR, Pakistan: Afghan refugees registered with Proof of Registration cards, end of 2024.
""", citation(["At the end of 2024, 1,987,717 Afghans were registered as refugees in Pakistan.[1]",
               "[1] UNHCR, Pakistan: Afghan refugees registered with Proof of Registration cards, end of 2024."],
              1987717, "2024",
              "'[n] UNHCR \u2026 YEAR' footnote line after a figure written in full, in a fact-finding report",
              "section 2, background, with footnote [1]",
              "The report cites UNHCR for 1,987,717 registered refugees at the end of 2024, but that is the reference figure for 2023; the reference figure for the end of 2024 is 1,559,964, so the stated figure is 27.4 percent too high.",
              same_as_year="2023", stated_as_written="1,987,717"))

add("refugees_parliament_sketch", """
# Parliament Sketch: A Printout, a Pointing Finger and a Number

*Sketch of a sitting of the National Assembly by a newspaper's parliamentary writer, February 2025. The members described, their words and all figures except the cited one are invented.*

The Assembly was half empty when the debate on the Afghan refugees began, and it was not much fuller when it ended. But for twenty minutes on Tuesday afternoon the House was awake.

It was woken by the honourable member from one of the Peshawar seats, who rose with a printout in his hand and a finger pointed at the treasury benches. He read from the printout, headed "UNHCR, Pakistan: registered Afghan refugees, 2022", as a teacher reads to a slow class: 1,473,278 registered Afghans in this country at the end of 2022. "And what has the government done about them?" he asked. Nobody on the treasury benches looked up.

The minister of state, when at last she rose, did not dispute the figure. She spoke instead of the burden on the provinces, of the schools and hospitals in Khyber Pakhtunkhwa and Balochistan, and of the patience of the people of Pakistan over four decades. She promised that no registered refugee would be forced to leave before the cards expired. The member from Peshawar called out that the cards had been extended so often that nobody believed in the dates any more. The Speaker asked him to sit down, and he did, still holding the printout.

Then the House moved on to the question of a bridge in Sindh, and the gallery emptied.

It was, for this Assembly, a good debate. A number was read, a minister answered, and for twenty minutes the refugees who have lived among us for forty years were talked about rather than forgotten.
""", citation(["headed \"UNHCR, Pakistan: registered Afghan refugees, 2022\", as a teacher reads to a slow class: 1,473,278 registered Afghans in this country at the end of 2022"],
              1473278, "2022",
              "'UNHCR, Pakistan: registered Afghan refugees, YEAR' as the heading of a printout, before a figure written in full, in a parliament sketch",
              "second paragraph",
              "The member reads 1,473,278 from a printout headed as UNHCR's figure for 2022, but the reference figure for the end of 2022 is 1,743,278; the two differ by two swapped digits, and the stated figure is 15.5 percent too low.",
              stated_as_written="1,473,278"))

add("refugees_book_report", """
# Book Report: "Forty Winters: Afghan Families in Pakistan"

*Book report written by a university student in Peshawar for a course on migration, January 2026. The book, its author, the student and all figures except the cited one are invented.*

**The book.** "Forty Winters" tells the story of Afghan families who came to Pakistan after 1979 and stayed. Its author, a journalist who grew up near a camp in Haripur, spent two years visiting families in camps, in city neighbourhoods and in villages, and wrote down their stories in their own words.

**What the book says.** The author argues that the refugees have become part of Pakistan's economy and society in ways that official policy has never admitted. Afghans run shops, drive trucks, work in brick kilns and carpet workshops, and have married into Pakistani families. She writes that in 2020 about 1.2 million Afghans were registered as refugees in Pakistan, citing UNHCR (2020a), and that many more lived in the country without papers.

**Strengths.** The book is at its best when it lets people speak. The chapter on a carpet weaver from Kunduz who has trained three generations of Pakistani weavers is moving and well written.

**Weaknesses.** The book says little about the years after 2021, when many new Afghans arrived, and nothing about the drive to send Afghans home that began in late 2023. Some of the numbers are given without sources, and the reader cannot tell which figures come from the author's own counting.

**My view.** I would recommend the book to anyone who wants to understand why so many Afghans consider Pakistan home. It is not a work of statistics, and it should be read alongside the official figures, but it gives those figures faces and names.
""", citation(["in 2020 about 1.2 million Afghans were registered as refugees in Pakistan, citing UNHCR (2020a)"],
              1200000, "2020",
              "'UNHCR (YEARa)' author-date form after a hedged rounded figure in millions, in a student's book report",
              "'What the book says' paragraph",
              "The report cites UNHCR (2020a) for about 1.2 million registered refugees in 2020, but the reference figure for the end of 2020 is 1,438,432; the stated figure is 16.6 percent too low, well beyond what 'about' allows.",
              stated_as_written="about 1.2 million", stated_hedge="about"))

add("refugees_morning_show", """
# Morning Show Transcript: "Are They Going Home?"

*Transcript of a segment of a breakfast television programme in Lahore, with its host and a guest from a refugee aid charity, translated from Urdu, September 2024. The programme, the charity, the people and all figures except the cited one are invented.*

**HOST:** Good morning, and welcome back. Every day we see pictures of Afghan families at Torkham with their belongings on trucks. My guest this morning works with a charity that helps Afghan families in Lahore. Welcome, Tooba.

**TOOBA KHUHRO:** Thank you for having me.

**HOST:** Let's start with the basics. How many Afghans are we talking about?

**TOOBA KHUHRO:** It depends whom you count. Nearly 2.3 million Afghans were registered refugees in Pakistan, as counted by UNHCR at the close of 2023. Those are the people with Proof of Registration cards. There are also many with other papers and many with none.

**HOST:** And are the registered refugees being sent back too?

**TOOBA KHUHRO:** The government has said that card holders are not to be sent back for now. But in practice many are afraid. Some have been stopped by the police, and some have left because they cannot find work or housing any more.

**HOST:** What does your charity do for them?

**TOOBA KHUHRO:** We run a small clinic and a school for girls in two neighbourhoods, and we help families with their papers.

**HOST:** Our viewers will want to know: how can they help?

**TOOBA KHUHRO:** Be kind to your Afghan neighbours. Many were born here; this is the only country they know. And if you employ Afghans, pay them fairly and on time.

**HOST:** Tooba Khuhro, thank you. After the break: the best places in Lahore for breakfast on a budget.
""", citation(["Nearly 2.3 million Afghans were registered refugees in Pakistan, as counted by UNHCR at the close of 2023"],
              2300000, "2023",
              "'as counted by UNHCR at the close of YEAR' after a hedged rounded figure in millions, in a breakfast television transcript",
              "guest's second answer",
              "The guest says nearly 2.3 million Afghans were registered at the close of 2023, citing UNHCR, but the reference figure for the end of 2023 is 1,987,717; the stated figure is 15.7 percent too high, and 'nearly' points the wrong way.",
              stated_as_written="Nearly 2.3 million", stated_hedge="Nearly"))

add("refugees_news_conference", """
# News Conference: Provincial Minister on the Return of Afghan Families

*Report of a news conference given by a provincial minister in Peshawar, with questions from reporters, February 2025. The minister, the reporters and all figures except the cited one are invented.*

**Peshawar.** The provincial minister for relief told a news conference on Monday that the province would not force registered Afghan refugees to leave before the federal government decided on the future of their cards.

Speaking at the provincial information office, the minister said that Khyber Pakhtunkhwa had hosted Afghans for more than forty years and would treat them with dignity. "Around 1.9 million Afghans were registered in Pakistan, on the UN refugee agency's figure for 2024, and more than half of them live in this province," he said. "They are our guests, and we will not push them out."

Asked by a reporter whether the police were stopping and detaining Afghans with valid cards, the minister said that he had received complaints and had asked the inspector general of police to look into them. He said that any officer who harassed a card holder would face action.

Another reporter asked about Afghans without papers. The minister said that the policy on undocumented foreigners was a federal matter, and that the province's role was to make sure that those who leave are treated humanely at the holding centres and at Torkham.

The minister also announced that the province would open two more schools in the camps near Peshawar in the new school year, with help from donors, and that the health department would keep its clinics in the camps open.

He declined to say what would happen after the cards expire. "That decision is not mine," he said. "I hope it will be made with compassion."
""", citation(["Around 1.9 million Afghans were registered in Pakistan, on the UN refugee agency's figure for 2024"],
              1900000, "2024",
              "'UN refugee agency's figure for YEAR' after a hedged rounded figure in millions, in a news conference report",
              "second paragraph, the minister's quoted words",
              "The minister gives around 1.9 million registered Afghans on the UN refugee agency's figure for 2024, but the reference figure for the end of 2024 is 1,559,964; the stated figure is 21.8 percent too high.",
              stated_as_written="Around 1.9 million", stated_hedge="Around"))

add("refugees_letters_page", """
# Letters Page: "Let Us Get the Numbers Right"

*Letter published on the letters page of a Karachi newspaper, with the editor's heading, November 2020. The writer and all figures except the cited one are invented.*

**Let us get the numbers right**

Sir, your editorial of 2 November on the Afghan refugees was fair and humane, and I agree with most of it. But one point needs correcting.

The editorial spoke of "three million refugees" as if they were all registered. They are not. At the end of 2019 there were 1.6 million registered Afghan refugees in Pakistan, per the UNHCR year-end 2019 register. The rest of the Afghans in Pakistan, and there are many, either hold other documents or none at all. The difference matters, because registered refugees have rights under our agreements with the United Nations, while the others do not.

I have worked for twenty years as a teacher in a school near one of the camps in Haripur. Most of my pupils have been Afghan, and most of them were born in Pakistan. Many of their parents were born here too. When we speak of "refugees" we are often speaking of the grandchildren of people who fled.

I would also ask your paper to report more on how these families live. We hear of them when there is a crime or a deadline, and rarely otherwise. The carpet weavers, the fruit sellers and the truck drivers among them are part of our economy, and their children are in our schools.

A fair debate needs fair numbers. I hope that your paper will give its readers both.

Urooj Halepoto, Karachi
""", citation(["At the end of 2019 there were 1.6 million registered Afghan refugees in Pakistan, per the UNHCR year-end 2019 register"],
              1600000, "2019",
              "'per the UNHCR year-end YEAR register' after a rounded figure in millions without a hedge, in a letter to a newspaper",
              "second paragraph of the letter",
              "The letter gives 1.6 million registered refugees at the end of 2019, per UNHCR's register, but the reference figure for the end of 2019 is 1,419,084; the stated figure is 12.7 percent too high.",
              stated_as_written="1.6 million"))

add("refugees_myth_buster_citation_control", """
# Myth Buster: Five Things People Get Wrong About Afghan Refugees

*Myth-busting page published by a Lahore charity on its website, June 2025. The charity and its text are invented; the registered refugee figures are the reference figures cited.*

**Myth 1: "The number of registered Afghan refugees keeps growing."**

Fact: it has gone up and down. At the end of 2023, 1,987,717 Afghans were registered as refugees in Pakistan \u2014 UNHCR, end-2023. A year later the number was lower: figures released by UNHCR for 2024 put it at 1,559,964, a fall of 427,753, or 21.5 percent, in one year, as many families went back to Afghanistan.

**Myth 2: "All Afghans in Pakistan are refugees."**

Fact: only those registered with Proof of Registration cards count as registered refugees. Many others hold Afghan citizen cards or visas, and many have no documents at all.

**Myth 3: "Refugees live on aid."**

Fact: most Afghan families in Pakistan earn their own living, as labourers, traders, drivers, weavers and shopkeepers. Aid reaches only a small share of them, mostly in the camps.

**Myth 4: "They all arrived recently."**

Fact: most registered refugees came in the 1980s and 1990s or were born in Pakistan to families who did. Far fewer arrived after 2021.

**Myth 5: "Sending them home is simple."**

Fact: many families have no home left in Afghanistan to return to, and their children have never lived there. Girls who go back lose the right to secondary school. A return that is forced and rushed causes great harm.

If you want to help, support the charities that run schools and clinics for Afghan families, and speak up when you see a neighbour treated unfairly.
""", control_type="citation_control")

add("refugees_position_statement_citation_control", """
# Position Statement: The Future of Proof of Registration Card Holders

*Position statement of a network of Pakistani aid groups working with Afghan refugees, released in Islamabad in May 2023. The network and its text are invented; the registered refugee figures are the reference figures cited.*

**Our position.** The network calls on the government of Pakistan to extend the Proof of Registration cards of Afghan refugees for at least two more years, and to give card holders a clear path to stay, to work and to study.

**Why this matters now.** The number of Afghans with registered refugee status has risen. It stood at 1,490,562 at the end of 2021 (a) and at 1,743,278 by UNHCR's count for the end of 2022, a rise of 252,716, or 17.0 percent, in one year. The rise reflects both the registration of family members and the arrival of Afghans after August 2021.

**Our concerns.**

- Card holders cannot open bank accounts or own property, which keeps them in the informal economy.
- The cards are renewed at short notice, leaving families unsure of their status for months at a time.
- Children of card holders face difficulties in enrolling in government schools and in sitting board examinations.

**What we ask.**

1. Extend the cards for at least two years, with renewal opening three months before expiry.
2. Allow card holders to open bank accounts and mobile wallets in their own names.
3. Instruct schools and examination boards to accept the cards as identity documents.
4. Consult the provinces that host the most refugees, and the refugees themselves, before any change of policy.

The network stands ready to work with the government and with the United Nations on these steps.

a/ UNHCR, registered Afghan refugees in Pakistan, end of 2021.
""", control_type="citation_control")

add("refugees_project_report_citation_control", """
# Project Report: Afghan Refugees in Pakistan, 2019 and 2020

*Project report written by a student in the final year of a school in Islamabad for a social studies class, March 2021. The school, the student and the text are invented; the registered refugee figures are the reference figures cited.*

**Introduction.** For my project I looked at how many Afghan refugees were registered in Pakistan at the end of 2019 and 2020, and at what the numbers tell us. I also interviewed two Afghan shopkeepers in the market near my school.

**The numbers.** At the end of 2019, 1,419,084 Afghans were registered as refugees in Pakistan.(1) UNHCR's year-end report for 2020 gives 1,438,432 for the end of 2020. The number therefore rose by 19,348, or about 1.4 percent, in one year. This is a small change. Most of the registered refugees have lived in Pakistan for a long time, and few new refugees were registered in 2020.

**What the shopkeepers told me.** Both shopkeepers were born in Pakistan, in camps near Peshawar, and moved to Islamabad as young men. One sells dried fruit and the other repairs mobile telephones. Both hold Proof of Registration cards. They told me that they think of Pakistan as home but that they worry every time the cards come up for renewal. One of them said that his children speak better Urdu than Dari.

**Conclusion.** The number of registered Afghan refugees hardly changed between 2019 and 2020. The people behind the number have been here for decades, and they are part of our cities. I think that the government should give them a more settled status.

**Source**

1. UNHCR, registered Afghan refugees in Pakistan, year-end 2019.
""", control_type="citation_control")
