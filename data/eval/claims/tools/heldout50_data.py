# Fiftieth held-out set of synthetic documents ("heldout50").  Written from
# scratch after heldout49/, by a labeller session that had not opened dyad's
# implementation or history and had not seen any of its results.
# Every entry: name (topic slug, numbered later by build_heldout50.py), text,
# labels (list of defect dicts), control_type for controls.
# Registers not used before: a khes (woven cotton blanket) maker at Kabirwala,
# Punjab, that sold to a bedding house in Kabul; a gota (gold and silver
# ribbon lace) maker at Samundri, Punjab, that sold to a wedding house in
# Kabul; a chik (sarkanda reed blind) maker at Sillanwali, Punjab, that sold
# to a trader in Kandahar; a nimko (fried savoury snack) maker at Tando
# Allahyar, Sindh, that sold to a trader in Jalalabad; a pustin (embroidered
# sheepskin coat) workshop at Karukh, Herat, that sold to a fur shop in
# Quetta; a gem cutting house in Kabul that sold cut rubies and other stones
# to a dealer in Peshawar; a women's patu (woollen shawl) group at Kishm,
# Badakhshan, that sold to a shawl house in Peshawar; and macro documents on
# the trade series, the closure and the register.
#
# Invented figures shared with earlier sets: annual trade series (README:
# exports 1,290 / 942 / 828 / 936 / 1,012 / 884 and imports 441 / 509 / 552 /
# 741 / 690 / 540 for 2019-2024, balances 849 / 433 / 276 / 195 / 322 / 344,
# totals 1,731 / 1,451 / 1,380 / 1,677 / 1,702 / 1,424); reference refugee
# series (1,419,084 / 1,438,432 / 1,490,562 / 1,743,278 / 1,987,717 /
# 1,559,964 for 2019-2024).
#
# New invented figures, consistent with the above:
#   Wahla Khes House, Kabirwala (invented), founded 1988 by Shahmir Wahla, run
#     by Arsal Wahla, weaving master Zarrar Hanjra, accounts Maheen Thaheem,
#     sales Nofil Wahla: khes sold 2023 14,200, 2024 15,600, 2025 12,400; to
#     Barialai Zakhilwal, Zakhilwal Bedding House, Kabul 4,800 / 5,500 / 1,900,
#     at home 9,400 / 10,100 / 10,500; double-bed khes Rs 3,200 (2024),
#     Rs 3,450 (2025) at the shop, USD 10.50 to Kabul (2024); 26 looms, 42
#     weavers; minimum order for Kabul in 2024 5,200 (2,600 / 1,700 / 900).
#   Kalyar Gota Works, Samundri (invented), founded 1979 by Ahad Kalyar, run
#     by Saim Kalyar, floor supervisor Hajra Aulakh, accounts Ibtisam Basra,
#     sales Subhan Kalyar: rolls of gota sold 2023 62,000, 2024 70,000, 2025
#     58,000; to Zalmay Taraki, Taraki Wedding House, Kabul 18,000 / 21,000 /
#     7,000, at home 44,000 / 49,000 / 51,000; golden gota Rs 540 a roll
#     (2024), Rs 585 (2025); 14 gota machines, 38 workers; rolls made October
#     to December 2025 4,800 / 5,100 / 4,500.
#   Maitla Chik Works, Sillanwali (invented), founded 1984 by Wajdan Maitla,
#     run by Shahzaib Maitla, reed buyer Areeb Bhullar, head of home weavers
#     Ramsha Maitla, accounts Fiza Dhandla: chiks sold 2023 21,000, 2024
#     24,500, 2025 19,300; to Lalzad Katawazi, Katawazi Traders, Kandahar
#     6,500 / 8,000 / 2,500, at home 14,500 / 16,500 / 16,800; 4 by 6 foot chik
#     Rs 2,600 (2024), Rs 2,850 (2025); 31 home weavers, 12 workshop workers;
#     sarkanda in store 3,100 bundles (end of 2024), 3,600 (end of 2025);
#     Katawazi owes USD 8,550 for 900 chiks.
#   Jamro Nimko Company, Tando Allahyar (invented), founded 1991 by Huzaifa
#     Jamro, run by Faizan Jamro, food technologist Aiman Shoro, accounts Eshal
#     Rajper, sales Sufyan Narejo: nimko sold 2023 186,000 kg, 2024 204,000,
#     2025 171,000; to Sharafuddin Rahyab, Rahyab Trading, Jalalabad 42,000 /
#     51,000 / 13,000, at home 144,000 / 153,000 / 158,000; mixed nimko Rs 820
#     a kg (2024), Rs 900 (2025); 57 workers, two fryers of 180 litres.
#   Qaderyar Pustin House, Karukh (invented), founded 1977 by Attaullah
#     Qaderyar, run by his grandson Gulbuddin Qaderyar, tanner Qurban Totakhil,
#     head embroiderer Parwin Qaderyar, accounts Saifuddin Zerak: pustins made
#     2023 740, 2024 860, 2025 610; to Batoor Shirzai, Shirzai Furs, Quetta
#     260 / 330 / 90, at home 480 / 530 / 520; long embroidered pustin
#     Afs 14,500 (2024), Afs 15,200 (2025); 11 craftsmen, 19 women
#     embroidering at home.
#   Raufi Gem Cutters, Kabul (invented), founded 1994 by Shahpoor Raufi, run by
#     his daughter Hasiba Raufi, chief cutter Zarmast Tarakhel, accounts Simin
#     Faizani: carats of cut stones sold 2023 9,400, 2024 10,800, 2025 8,300;
#     to Rayyan Mekan, Mekan Gems, Peshawar 3,600 / 4,200 / 1,100, in Kabul and
#     Dubai 5,800 / 6,600 / 7,200; a one-carat cut ruby USD 85 (2024), USD 92
#     (2025); 9 cutters; carats cut July to September 2025 700 / 720 / 690.
#   Kishm Women's Patu Group (invented), head Jamila Ahadi, 28 women,
#     supported by the Pamir Weavers Trust (programme officer Husna Qasimi):
#     patus sold 2023 640, 2024 760, 2025 520; to Manahil Chohan, Chohan Shawl
#     House, Peshawar 210 / 290 / 60, in Faizabad and Kabul 430 / 470 / 460.
#   Macro documents: trucks and containers held at the crossings after
#     12 October 2025 are invented and kept consistent within each document.

HELDOUT50 = []
from heldout_labels import (  # noqa: F401
    PAIR, REFS, adder, arith, change_pct, citation, direction, garbled, line_of, parts_total, pdf_lines, scope, tvt,
    repeated, reuse,
)

add = adder(HELDOUT50)

# ---------------------------------------------------------------------------
# Wahla Khes House (invented): a khes maker at Kabirwala, Punjab
# ---------------------------------------------------------------------------

KHES_SCHEDULE = """| Item | Pieces |
|---|---|
| Double-bed khes | 2,600 |
| Single-bed khes | 1,700 |
| Checked wedding khes | 900 |
| **Total** | **5,200** |"""

add("khes_house_distributor_agreement", """
# Distributor Agreement: Wahla Khes House and Zakhilwal Bedding House

*Main terms of a distributor agreement between a khes (woven cotton blanket) maker at Kabirwala, Punjab, and a bedding house in Kabul, signed in January 2024. The firms, their people and all figures are invented.*

**Parties.** Wahla Khes House, Kabirwala, Punjab ("the Maker"), represented by Arsal Wahla, and Zakhilwal Bedding House, Kabul ("the Distributor"), represented by Barialai Zakhilwal.

1. The Maker appoints the Distributor as its only seller of khes in Kabul, Parwan and Logar for 2024 and 2025, and will not sell to any other trader in those provinces.
2. For 2024 the Distributor undertakes to take at least the quantities in the schedule below, including at least 2,800 double-bed khes, which sell best in Kabul before the winter.
3. Prices are in US dollars, ex-works Kabirwala, and are fixed for the year: USD 10.50 for a double-bed khes, USD 7.20 for a single-bed khes and USD 13.00 for a checked wedding khes.
4. The Distributor pays a third of each order when placing it and the rest within 45 days of the goods crossing at Torkham.
5. Khes with weaving faults may be sent back with the next empty truck, and the Maker will replace them free of charge.
6. The Maker will put the Distributor's name on the label of every khes sold in Kabul, in Dari and English.
7. Either party may end this agreement with three months' notice in writing.

**Schedule: minimum quantities for 2024**

""" + KHES_SCHEDULE + """

Signed at Kabirwala on 22 January 2024.

Arsal Wahla, for the Maker

Barialai Zakhilwal, for the Distributor

Witnessed by Zarrar Hanjra, weaving master
""", tvt(["including at least 2,800 double-bed khes", line_of(KHES_SCHEDULE, "| Double-bed khes")],
        {"agreement_value": 2800, "table_value": 2600}, "pieces (double-bed khes)",
        "minimum quantity of double-bed khes the Kabul distributor takes", "2024",
        "clause 2 of the agreement, against the double-bed khes row of the schedule",
        "Clause 2 says the distributor takes at least 2,800 double-bed khes in 2024, but the schedule it refers to gives 2,600; only 2,600 agrees with the schedule's total of 5,200 pieces (2,600 + 1,700 + 900). The two figures differ by one digit.",
        table_form="pipe, items as rows with one pieces column and a total row"))

KHES_COSTS = pdf_lines([
    ["Cost item", "Rupees"],
    ["Cotton yarn", "1,240"],
    ["Dyeing", "310"],
    ["Weaving wages", "520"],
    ["Finishing and washing", "160"],
    ["Packing", "70"],
    ["Overheads", "290"],
    ["Total", "2,690"],
])

add("khes_house_costing_sheet", """
# Costing Sheet: Double-Bed Khes, March 2025

*A costing sheet for the best-selling product of a khes (woven cotton blanket) maker at Kabirwala, Punjab, copied from a PDF with a note from the accountant. The maker, its people and all figures are invented.*

**Wahla Khes House, Kabirwala.** Product: double-bed khes, 90 by 100 inches, two-ply cotton, checked in two colours. Costed on 10 March 2025 on the prices paid in February.

""" + KHES_COSTS + """

**Note from the accountant**

Arsal sahib,

The sheet above uses the February yarn price, which is the highest we have paid since 2022. Yarn is now close to half the cost of a khes, and every rupee it moves shows at once in our margin.

Weaving wages are worked out from the piece rate we pay the weavers, divided across the pieces a loom makes in a day; they do not include the overtime paid in the winter rush. Overheads cover electricity, the rent of the store, the van and my own salary, spread over last year's sales.

At the shop price of Rs 3,450 the double-bed khes still leaves us a fair margin. On the Kabul price it leaves much less, because the dollar price was fixed in the agreement before yarn went up, and Zakhilwal sahib will not reopen it until the new agreement is signed.

I suggest we check the sheet again in June, when the new cotton comes in, and that Nofil does not quote any new prices to the Lahore shops before then.

Maheen Thaheem, accounts
""", parts_total([line_of(KHES_COSTS, "Total")],
                 {"Cotton yarn": 1240, "Dyeing": 310, "Weaving wages": 520, "Finishing and washing": 160,
                  "Packing": 70, "Overheads": 290},
                 2690, "rupees", "costing of 10 March 2025", "cost of one double-bed khes",
                 "total row of the PDF-extracted costing sheet",
                 "The cost items of the sheet add up to Rs 2,590 (1,240 + 310 + 520 + 160 + 70 + 290), but the total row gives Rs 2,690, Rs 100 more.",
                 table_form="PDF text extraction, cost items as rows with one rupees column and a total row"))

add("khes_house_staff_survey_control", """
# Staff Survey 2025: Summary of Results

*Summary of an anonymous survey of the weavers of a khes (woven cotton blanket) maker at Kabirwala, Punjab, written for the owner in December 2025. The maker, its people and all figures are invented.*

**Wahla Khes House, Kabirwala.** Survey run by Maheen Thaheem, accounts, with help from a teacher at the boys' school who read the questions aloud to those who asked.

**Who answered.** The house employs 42 weavers, and all 42 answered. Of them, 31 are men and 11 are women, who work in the finishing room and at the two narrow looms.

**How satisfied are you with your work here?**

- Satisfied: 55 percent
- Neither satisfied nor dissatisfied: 30 percent
- Dissatisfied: 15 percent

**What would you most like to change?** The most common answers were the heat in the weaving hall in June and July, the late start of the van in the morning, and the overtime rate in the winter rush. Four weavers asked for a water cooler at the far end of the hall.

**Pay and work.** Most weavers said the piece rate is fair, but many were worried when the looms ran one shift in November. We explained that orders from Kabul had stopped when the crossings closed, but that sales at home rose from 10,100 khes in 2024 to 10,500 in 2025, and that no weaver has lost a job.

**What we will do.** Two new fans for the weaving hall before the summer, the van to leave at 7:15, and a meeting in January on the overtime rate with all weavers who want to come.

Thank you to everyone who took part.

Maheen Thaheem
""", control_type="control")

add("khes_house_buyer_visit", """
# Buyer Visit Report: Wahla Khes House, Kabirwala

*Report written by a buyer for a Kabul bedding house after a visit to a khes (woven cotton blanket) maker at Kabirwala, Punjab, in September 2024, in an English translation from Dari. The firms, their people and all figures are invented.*

**Visitor:** Barialai Zakhilwal, Zakhilwal Bedding House, Kabul. **Date:** 17 and 18 September 2024. **Received by:** Arsal Wahla and his brother Nofil.

**The weaving hall.** The hall has 26 looms, all running on the day of my visit, and 42 weavers in two shifts. The looms are old but well kept, and Zarrar Hanjra, the weaving master, knows every one of them. I saw no children at work.

**Our order.** Arsal sahib showed me our autumn order ready in the store. It was packed in 46 bales of 25 khes each, 46 khes in all, wrapped in plastic and sewn into cotton sacking with our name stencilled on each bale. I opened three bales at random; the khes were the right size, the colours matched the samples, and I found only one with a fault in the border.

**Prices.** I asked for a lower price for 2025 because the afghani is strong and our customers compare prices with Chinese blankets. Arsal sahib said that yarn prices are rising and that he cannot lower the price, but he will pay the freight to Torkham on orders of more than 40 bales.

**Conclusion.** The house is a reliable supplier, and I recommend that we renew the agreement for 2025 on the same terms, with the freight to Torkham as offered. I also recommend that we try the new checked wedding khes, of which I have brought two samples back to Kabul.

Barialai Zakhilwal
""", reuse(["packed in 46 bales of 25 khes each", "46 khes in all"],
           46, "bales, then khes", "bales of khes in the autumn order",
           "khes in the autumn order (46 bales of 25 each)", 1150,
           "The report gives the autumn order as 46 bales of 25 khes each and then as 46 khes in all; 46 bales of 25 khes hold 1,150 khes."))

add("khes_house_leave_policy", """
# Leave Policy for 2026: Wahla Khes House

*Leave policy issued to the weavers and staff of a khes (woven cotton blanket) maker at Kabirwala, Punjab, in December 2025. The maker, its people and all figures are invented.*

**1. Who this policy covers.** All 42 weavers and the staff of the office, the store and the van, whether paid by the piece or by the month.

**2. Annual leave.** Every worker who has completed one year with the house earns 14 days of paid annual leave a year. Leave must be asked for a week ahead on the form kept by Maheen Thaheem, and will not be given in the winter rush from 15 September to 15 November except for a wedding or a death in the family.

**3. Eid holidays.** The house closes for three days at Eid ul Fitr and four days at Eid ul Adha, with full pay.

**4. Sick leave.** Eight days of paid sick leave a year, with a doctor's note for more than two days in a row.

**5. Unpaid leave in the coming months.** Since the crossings between Pakistan and Iran closed in October 2025, the house has had no orders from Zakhilwal Bedding House in Kabul, and until they reopen the looms will run one shift. Weavers who wish to take unpaid leave between January and March may do so, and will keep their place and their years of service.

**6. Dyeing.** The dye house will close for two weeks in February while the reactive dyes we buy from Iran are delivered and the vats are cleaned; its workers may take their annual leave then.

**7. Questions.** Any question about leave should go to Maheen Thaheem or to the weaving master, Zarrar Hanjra.

Arsal Wahla, owner
""", scope("Since the crossings between Pakistan and Iran closed in October 2025", "IRN", ["PAK", "IRN"], "Iran",
           "The policy blames the loss of the Kabul orders on the closure of the crossings between Pakistan and Iran, but the house sells to a bedding house in Kabul, and the crossings that closed in October 2025 are those between Pakistan and Afghanistan; Iran stands in the place of the Afghan side. Iran is named correctly later as the country the dyes are bought from.",
           not_a_defect="the reactive dyes we buy from Iran"))

# ---------------------------------------------------------------------------
# Kalyar Gota Works (invented): a gota maker at Samundri, Punjab
# ---------------------------------------------------------------------------

add("gota_works_sale_agreement", """
# Sale Agreement: Four Gota Machines

*Agreement for the sale of used machines between a gota (gold and silver ribbon lace) maker at Samundri, District Faisalabad, and a smaller workshop in Lahore, signed in January 2026. The firms, their people and all figures are invented.*

This agreement is made at Samundri on 9 January 2026 between Kalyar Gota Works, Samundri, represented by its owner Saim Kalyar ("the Seller"), and Laiba Daultana of Daultana Lace, Lahore ("the Buyer").

**Whereas**

- the Seller has made gota at Samundri since 1979 and now runs 14 gota machines;
- the Seller's sales to Taraki Wedding House in Kabul fell from 21,000 rolls in 2024 to 7,000 in 2025, and have stopped since the crossings closed in October;
- the Seller's sales at home were sapped from 49,000 rolls in 2024 to 51,000 in 2025, and the Seller no longer needs four of its machines;

**it is agreed as follows.**

1. The Seller sells to the Buyer four gota machines, made in 2014 and 2016, with their spare bobbins, reeds and one set of belts each, as inspected by the Buyer on 2 January 2026.
2. The price is Rs 960,000 for the four machines, of which Rs 240,000 is paid on signing and the rest before the machines leave Samundri.
3. The Buyer collects the machines at its own cost by 31 January 2026. The Seller's mechanic will help to load them and will spend one day in Lahore setting them up.
4. The machines are sold as they stand. The Seller gives no warranty, but confirms that all four were working on the day of the inspection.

Signed:

Saim Kalyar, for the Seller

Laiba Daultana, for the Buyer

Witnesses: Ibtisam Basra, accounts, Kalyar Gota Works; Areeba Wains
""", direction("the Seller's sales at home were sapped from 49,000 rolls in 2024 to 51,000 in 2025",
               49000, 51000, "2024", "2025", "sapped", "fall", "rolls of gota",
               "Kalyar Gota Works' sales at home", "third recital of the sale agreement",
               "The recital says the seller's sales at home were sapped, that is fell, from 49,000 rolls in 2024 to 51,000 in 2025; that is a rise of 2,000 rolls (4.08 percent). It is the Kabul sales that fell."))

GOTA_REPEAT = "We ask that every roll be checked under the shop light before it is packed, because the tarnish cannot be seen in the packing room."

add("gota_works_quality_complaint", """
# Quality Complaint: Tarnished Gota, Consignment of August 2025

*Letter of complaint from a Kabul wedding house to a gota (gold and silver ribbon lace) maker at Samundri, Punjab, sent in September 2025, in an English translation from Dari. The firms, their people and all figures are invented.*

**From:** Zalmay Taraki, Taraki Wedding House, Kabul

**To:** Saim Kalyar, Kalyar Gota Works, Samundri

Dear Saim sahib,

Your consignment of 2,400 rolls of golden gota, sent on 11 August, reached us on 19 August in good order. The boxes were dry and none were damaged on the road.

When our tailors began to use the gota on wedding dresses, however, they found that some rolls had turned dark along one edge within a few days. We went through the whole consignment and found 310 rolls with this fault. Brides do not forgive tarnished gota, and we have had to take back two finished dresses.

Our tailors believe the fault comes from the coating, not from the way we store the gota, since rolls from your July consignment, kept on the same shelves, are still bright. We ask that every roll be checked under the shop light before it is packed, because the tarnish cannot be seen in the packing room. We ask that every roll be checked under the shop light before it is packed, because the tarnish cannot be seen in the packing room.

We propose that you replace the 310 rolls in your next consignment, or allow us their value against our next payment, whichever you prefer. We are keeping the faulty rolls for your representative to see.

We have bought from your house for twelve years and hope this will not happen again. The wedding season does not wait for anyone.

With respect,

Zalmay Taraki
""", repeated(GOTA_REPEAT, 2, "a request to check every roll of gota under the shop light before packing",
              "fifth paragraph of the letter",
              "The same sentence asking that every roll be checked under the shop light is written twice in a row, word for word."))

add("gota_works_code_of_conduct_control", """
# Code of Conduct for Workers: Kalyar Gota Works

*Code of conduct given to every worker of a gota (gold and silver ribbon lace) maker at Samundri, District Faisalabad, and read aloud at the start of 2026. The works, its people and all figures are invented.*

Kalyar Gota Works has made gota at Samundri since 1979. Today 38 of us work here, on 14 machines, in the packing room and in the office. This code applies to all 38, to the owner's family as much as to anyone.

**Honesty.** Gold and silver thread is costly. Every spool is weighed when it is given out and when it comes back, and the difference is written in the book. Anyone who finds an error in the book should tell Hajra Aulakh, the floor supervisor, on the same day.

**Safety.** No loose sleeves or dupattas near the machines. Machines are stopped before a reed is changed.

**Respect.** No worker may shout at, hit or insult another. Women workers have their own room for prayer and lunch, and no man enters it. Complaints of harassment go to Hajra Aulakh or to the owner, and are kept confidential.

**Quality.** Every roll is checked under the shop light before it is packed. A roll with a dark edge is put aside, not hidden in a box. Last year a Kabul customer found tarnished rolls, and we replaced them at our cost.

**Pay.** Wages are paid on the fifth of every month. Overtime is paid at double the hourly rate and is written in each worker's card.

**Breaking the code.** A first breach brings a written warning; a second may bring dismissal.

I have read this code, or had it read to me, and I agree to follow it.

Saim Kalyar, owner
""", control_type="control")

add("gota_works_repayment_schedule", """
# Repayment Schedule: Machine Loan, Kalyar Gota Works

*Repayment schedule for a loan taken by a gota (gold and silver ribbon lace) maker at Samundri, Punjab, to buy new machines, with the bank officer's covering note. The works, the bank and all figures are invented.*

**Borrower:** Kalyar Gota Works, Samundri, owner Saim Kalyar. **Lender:** Lyallpur Commercial Bank, Samundri branch. **Purpose:** two new computerised gota machines and a coating bath. **Loan:** Rs 2,400,000, disbursed on 3 March 2025.

**Terms**

- Term: 24 months, first instalment due on 3 April 2025
- Rate: 17 percent a year on the reducing balance
- Monthly instalment: Rs 118,500, the same every month
- Total repayable over the term: Rs 118,500, made up of the principal and the markup
- Security: the two new machines and a personal guarantee of the owner

**Covering note**

Dear Mr Kalyar,

Please find above the repayment schedule for your machine loan. The instalment will be taken from your current account on the third of each month; if the third falls on a holiday, it will be taken on the next working day.

You may repay the loan early after the first twelve instalments without any charge. If you do, the bank will work out the markup only up to the day of repayment.

We understand that your sales to Kabul have suffered since the crossings closed in October. If you expect difficulty with any instalment, please speak to me before it falls due; the bank can agree a short deferral, but cannot do so after an instalment has been missed.

Please sign the attached copy of the schedule and return it to the branch.

Yours sincerely,

Alishba Dhudhi, relationship officer, small business loans
""", reuse(["Monthly instalment: Rs 118,500", "Total repayable over the term: Rs 118,500"],
           118500, "rupees", "monthly instalment of the machine loan",
           "total repayable over the 24-month term", 2844000,
           "The schedule gives Rs 118,500 as the monthly instalment and again as the total repayable over the term; 24 instalments of Rs 118,500 come to Rs 2,844,000, the principal of Rs 2,400,000 plus the markup."))

GOTA_LOG = pdf_lines([
    ["Month", "Day shift", "Night shift", "Total"],
    ["October", "2,940", "1,860", "4,800"],
    ["November", "3,120", "1,980", "5,100"],
    ["December", "2,760", "1,740", "4,500"],
    ["Total", "8,820", "5,580", "14,400"],
])

add("gota_works_machine_log", """
# Machine Log: Rolls Made, October to December 2025

*Quarterly summary of the machine log of a gota (gold and silver ribbon lace) maker at Samundri, Punjab, copied from a PDF, with the floor supervisor's remarks. The works, its people and all figures are invented.*

**Kalyar Gota Works, Samundri.** Rolls of gota of all widths made on the 14 machines, by shift, from the daily log sheets.

""" + GOTA_LOG + """

**Remarks of the floor supervisor**

The quarter began with the wedding season orders still coming in from shops in Faisalabad and Lahore, and October was busy even after the Kabul orders stopped. In November we ran the night shift on all machines to finish the winter orders; the night shift made 1,890 rolls, its best month of the year, with no breakdown longer than an hour.

December was quieter. Two machines were stopped for a week to fit new reeds, and the night shift ran on ten machines only after the 15th. The coating bath was cleaned twice in the quarter instead of once, after the complaint from Kabul about tarnished rolls.

Wastage of thread was 2.1 percent of the thread given out, against 2.6 percent in the third quarter. The new weighing of spools at the start and end of each shift has helped.

For the first quarter of 2026 I suggest that we run the night shift only three nights a week until the spring orders arrive, and that the four old machines the owner means to sell are kept working until the buyer collects them.

Hajra Aulakh, floor supervisor
""", tvt(["the night shift made 1,890 rolls", line_of(GOTA_LOG, "November")],
        {"remarks_value": 1890, "table_value": 1980}, "rolls of gota",
        "rolls made by the night shift in November 2025", "November 2025",
        "floor supervisor's remarks, first paragraph, against the November row of the PDF-extracted log",
        "The supervisor's remarks give the night shift's output in November as 1,890 rolls, but the log gives 1,980; only 1,980 agrees with the row total of 5,100 (3,120 + 1,980) and the column total of 5,580. The two figures differ by two swapped digits.",
        table_form="PDF text extraction, months as rows with day shift, night shift and total columns and a total row"))

# ---------------------------------------------------------------------------
# Maitla Chik Works (invented): a chik (reed blind) maker at Sillanwali, Punjab
# ---------------------------------------------------------------------------

CHIK_ROUTE = """| Leg | Kilometres |
|---|---|
| Sillanwali to Dera Ghazi Khan | 390 |
| Dera Ghazi Khan to Quetta | 420 |
| Quetta to Chaman | 120 |
| Chaman to Kandahar | 110 |
| **Total** | **1,040** |"""

add("chik_works_route_survey", """
# Route Survey: Sillanwali to Kandahar by Road

*Route survey written by a freight broker for a chik (sarkanda reed blind) maker at Sillanwali, Punjab, before its spring consignment to Kandahar, in March 2025. The maker, the broker, the buyer and all figures are invented.*

**For:** Shahzaib Maitla, Maitla Chik Works, Sillanwali. **Buyer:** Katawazi Traders, Kandahar. **Load:** 1,600 chiks, rolled and tied, on one 22-foot truck.

**The route**

""" + CHIK_ROUTE + """

**Notes on each leg**

The first two legs are on good roads, but the climb through the Fort Munro pass is slow for a loaded truck, and we advise leaving Dera Ghazi Khan before dawn. The driver should rest at Quetta for one night.

The stretch from Quetta to Chaman, 210 kilometres over the Khojak pass, is where most delays happen. Trucks queue on the approach to the crossing, sometimes for two days, and the chiks must be covered with tarpaulin sheets against dust and rain.

From Chaman the truck crosses to Spin Boldak, where Katawazi Traders' clearing agent will meet it, and the last leg to Kandahar is on a good road.

**Time and cost**

We expect the journey to take five to seven days, depending on the queue at the crossing. The freight quoted is Rs 310,000 to the border, with the Afghan leg paid by the buyer. Reed blinds are light but bulky, so the truck will be full long before it is heavy.

**Advice**

Tie the rolls in bundles of ten with the buyer's mark on each bundle, and send the packing list to Kandahar by phone before the truck leaves Sillanwali.

Hiba Sohal, Sohal Goods Forwarding, Sargodha
""", tvt(["The stretch from Quetta to Chaman, 210 kilometres", line_of(CHIK_ROUTE, "| Quetta to Chaman")],
        {"note_value": 210, "table_value": 120}, "kilometres",
        "road distance from Quetta to Chaman", "route survey of March 2025",
        "notes on the third leg, against the Quetta to Chaman row of the route table",
        "The notes give the leg from Quetta to Chaman as 210 kilometres, but the route table gives 120; only 120 agrees with the table's total of 1,040 kilometres (390 + 420 + 120 + 110). The two figures differ by two swapped digits.",
        table_form="pipe, legs of the route as rows with one kilometres column and a total row"))

add("chik_works_surveyors_report", """
# Stock Surveyor's Report: Maitla Chik Works, Sillanwali

*Report of a stock surveyor sent by a bank to a chik (sarkanda reed blind) maker at Sillanwali, Punjab, that holds a working capital loan against its stock, January 2026. The maker, the bank, the surveyor and all figures are invented.*

**Borrower:** Maitla Chik Works, Sillanwali, owner Shahzaib Maitla. **Visit:** 8 January 2026, with Fiza Dhandla, accounts. **Stock pledged:** sarkanda reed, cotton cord and finished chiks, all kept in the walled yard and the store behind the workshop.

**What was seen**

- Sarkanda reed in bundles, stacked under a tin roof on raised bricks. I checked the bundle count of two stacks against the stock book; both agreed.
- Cotton cord in cartons in the store, dry and off the floor.
- Finished chiks, rolled and tied in bundles of ten, on racks in the store.

**Comment on the stock**

The stocks of sarkanda depleted from 3,100 bundles at the end of 2024 to 3,600 at the end of 2025. Mr Maitla explained that the reed is cut in November and December and that he bought his usual amount, but made fewer chiks in the autumn because his Kandahar buyer took none after the crossings closed in October. The reed keeps well if it is stored dry, and I saw no rot or insect damage.

The stock of finished chiks is also larger than at my last visit, for the same reason.

**Conclusion**

The stock is real, well kept and properly recorded, and its value at cost is above the amount the bank requires. I recommend no change to the loan limit, and a further visit in May.

Nagra, stock surveyor, for Lyallpur Commercial Bank
""", direction("The stocks of sarkanda depleted from 3,100 bundles at the end of 2024 to 3,600 at the end of 2025",
               3100, 3600, "2024", "2025", "depleted", "fall", "bundles of sarkanda reed",
               "sarkanda reed in store at Maitla Chik Works", "comment on the stock, first paragraph",
               "The surveyor says the stocks of sarkanda depleted, that is fell, from 3,100 bundles at the end of 2024 to 3,600 at the end of 2025; that is a rise of 500 bundles (16.13 percent), as the explanation that follows (the usual amount bought, fewer chiks made) also implies."))

CHIK_PLAN = """| Instalment due | USD |
|---|---|
| 15 February 2026 | 2,000 |
| 15 March 2026 | 2,000 |
| 15 April 2026 | 2,500 |
| 15 May 2026 | 2,050 |
| **Total** | **8,850** |"""

add("chik_works_instalment_plan", """
# Instalment Plan: Katawazi Traders' Unpaid Chiks

*Instalment plan agreed by telephone between a chik (sarkanda reed blind) maker at Sillanwali, Punjab, and its buyer in Kandahar, confirmed by letter in January 2026. The firms, their people and all figures are invented.*

Dear Lalzad sahib,

Thank you for our call on Sunday. As agreed, I write to confirm the plan for paying the balance owed for our last consignment.

Our records show that Katawazi Traders received 900 chiks in our consignment of 28 September 2025, at USD 9.50 a chik, and that the whole amount of USD 8,550 is still unpaid. We understand that you sold most of them before the winter, but that the money has been held up because your bank cannot send dollars to Pakistan while the crossings are closed and the exchange dealers in Kandahar are asking very high rates.

We have agreed that you will pay the balance in four instalments, as follows:

""" + CHIK_PLAN + """

Each instalment may be paid through our agent in Quetta, in dollars or in rupees at the open market rate of the day, and he will give your man a receipt. If any instalment is paid late, please let me know before the date, not after it.

We have bought reed and paid our home weavers from our own pocket since October, so these payments matter a great deal to us. At the same time we value our twenty-year friendship with your house, and we will be glad to send chiks again when the road opens.

With best regards,

Shahzaib Maitla, Maitla Chik Works
""", parts_total([line_of(CHIK_PLAN, "| **Total**")],
                 {"15 February 2026": 2000, "15 March 2026": 2000, "15 April 2026": 2500, "15 May 2026": 2050},
                 8850, "US dollars", "instalments due February to May 2026",
                 "instalments of the amount Katawazi Traders owes Maitla Chik Works",
                 "total row of the instalment table",
                 "The four instalments add up to USD 8,550 (2,000 + 2,000 + 2,500 + 2,050), the amount owed for 900 chiks at USD 9.50, but the total row gives USD 8,850, USD 300 more.",
                 table_form="pipe, instalments as rows with one dollars column and a total row"))

add("chik_works_dealer_meeting", """
# Dealer Meeting, Sillanwali: Record of Points Agreed

*Record of a meeting between a chik (sarkanda reed blind) maker at Sillanwali, Punjab, and the shopkeepers who sell its chiks in central Punjab, held in February 2026. The maker, the dealers and all figures are invented.*

**Present:** Shahzaib Maitla and Fiza Dhandla for Maitla Chik Works; eleven dealers from Sillanwali, Sargodha, Bhalwal, Jhang and Chiniot. **Place:** the workshop yard, with lunch.

Shahzaib Maitla thanked the dealers for a good year at home. He said that the works had lost its Kandahar buyer when the crossings closed in October, and now depends on the home market more than ever.

**Points agreed**

1. **Price.** The standard 4 by 6 foot chik stays at Rs 2,850 for the spring season, the same as last year's autumn price. Custom sizes are priced by the square foot, as before.
2. **Dealer margin.** Dealers get a margin of Rs 300 a chik on the standard size; on a bundle of ten standard chiks the margin is Rs 300. Dealers who take more than 50 bundles in the season get a further discount of 2 percent at the end of June.
3. **Delivery.** Orders placed by Thursday are delivered by the works' pickup on Monday, free within 80 kilometres of Sillanwali.
4. **Display.** The works will give each dealer one sample chik with a printed card showing sizes and colours of cord.
5. **Complaints.** Chiks with broken reeds or loose cord are replaced at the next delivery.

**Other matters.** Two dealers asked for a lighter chik for shop fronts; Ramsha Maitla will have samples woven by the home weavers. A dealer from Jhang asked for credit for 60 days; Shahzaib said he would consider it.

The meeting closed with prayers.

Fiza Dhandla, accounts
""", reuse(["margin of Rs 300 a chik", "on a bundle of ten standard chiks the margin is Rs 300"],
           300, "rupees", "dealer's margin on one standard chik",
           "dealer's margin on a bundle of ten standard chiks", 3000,
           "The record gives the dealer's margin as Rs 300 a chik and then as Rs 300 on a bundle of ten chiks; at Rs 300 a chik a bundle of ten carries Rs 3,000."))

add("chik_works_satisfaction_survey_control", """
# Dealer Satisfaction Survey, Autumn 2025

*Results of a short survey of the shopkeepers who sell the chiks (sarkanda reed blinds) of a maker at Sillanwali, Punjab, written for the owner in December 2025. The maker, the dealers and all figures are invented.*

**Maitla Chik Works, Sillanwali.** Survey by telephone, 1 to 10 December 2025, by Fiza Dhandla, accounts.

**Who answered.** We called the 24 dealers who bought from us in 2025 at home, and 20 of them answered all the questions.

**How satisfied are you with our chiks?**

- Very satisfied: 45 percent
- Satisfied: 40 percent
- Not satisfied: 15 percent

**What do you like most?** Most dealers named the straight, even reeds and the strong cotton cord. Several said that customers come back after five or six summers for a new chik of the same kind.

**What should we improve?** Delivery was the main complaint: four dealers said the pickup came late in June, when they needed chiks most. Three asked for more colours of cord, and two for a printed price card.

**Sales.** The survey was done at the end of a year in which our sales at home grew from 16,500 chiks in 2024 to 16,800 in 2025, while those to Kandahar fell from 8,000 to 2,500. The standard 4 by 6 foot chik sold at Rs 2,850 all through 2025 at home, and most dealers said that Rs 2,850 is still a fair price for the spring.

**What we will do.** We will hire a second pickup for May and June, add three new cord colours, and print a price card for each dealer before the spring season.

We thank all the dealers who gave us their time.

Fiza Dhandla
""", control_type="control")

# ---------------------------------------------------------------------------
# Jamro Nimko Company (invented): a nimko maker at Tando Allahyar, Sindh
# ---------------------------------------------------------------------------

add("nimko_company_health_inspection", """
# Health Inspection Report: Jamro Nimko Company

*Report of a routine health inspection of a nimko (fried savoury snack) factory at Tando Allahyar, Sindh, by the district food inspector, issued in December 2025. The factory, its people, the inspector and all figures are invented.*

**Premises:** Jamro Nimko Company, Hyderabad Road, Tando Allahyar. **Inspected on:** 11 November 2025. **Received by:** Faizan Jamro, owner, and Aiman Shoro, food technologist.

**Scope.** The frying hall, the mixing room, the packing hall, the store of gram flour, lentils and peanuts, the water supply and the workers' washroom. Samples of mixed nimko, dalmoth and frying oil were taken for testing.

**Findings**

1. The frying hall was clean and the floor dry. The two fryers were in good repair, but the extraction hood over the second fryer was coated with old oil.
2. Frying oil in use was dark, and its sample failed the test for polar compounds. The factory keeps no record of when the oil is changed.
3. Gram flour and peanuts were stored on pallets, off the floor, in a dry room. Two sacks of peanuts without a date of purchase were found.
4. Workers in the packing hall wore caps and gloves. Two workers in the frying hall wore neither.
5. The samples were tested at the district laboratory from 21 November to 14 November 2025. The nimko and dalmoth samples passed for moisture, salt and colour; the oil sample failed as stated above.

**Result.** The premises are rated satisfactory with improvement needed. The factory must send a corrective action plan within a month and must show, at the next visit, a written log of oil changes kept for each fryer.

**Next visit.** Unannounced, within three months.

Bhayo, district food inspector, Tando Allahyar
""", garbled(["The samples were tested at the district laboratory from 21 November to 14 November 2025"],
             "The report says the samples were tested from 21 November to 14 November 2025; the period runs backwards, its end coming a week before its start. The samples were taken on 11 November, so testing from 14 to 21 November was probably meant.",
             stated_period_start="21 November 2025", stated_period_end="14 November 2025",
             subject="testing of the samples taken at the inspection",
             location="finding 5 of the inspection report"))

add("nimko_company_corrective_action_plan", """
# Corrective Action Plan after the Health Inspection of November 2025

*Plan sent by a nimko (fried savoury snack) maker at Tando Allahyar, Sindh, to the district food inspector in December 2025, in answer to his inspection report. The factory, its people and all figures are invented.*

**Jamro Nimko Company, Tando Allahyar.** Prepared by Aiman Shoro, food technologist, and approved by Faizan Jamro, owner.

We thank the inspector for his visit of 11 November and accept his findings. We have taken, or will take, the following actions.

**Frying oil (findings 1 and 2)**

- Each of our two fryers holds 180 litres of oil. From 1 December the oil in each fryer will be tested every morning with a test strip, and changed as soon as it fails, and in any case after five days of use.
- A log of oil changes is now kept on the wall beside each fryer, signed by the fryer operator and checked weekly by the food technologist.
- The factory now buys 180 litres of fresh oil for each complete change of the two fryers, from the same refinery as before.
- The extraction hood over the second fryer was cleaned on 20 November, and both hoods will be cleaned every Friday.

**Stores (finding 3)**

- The two undated sacks of peanuts were thrown away. Every sack is now marked with its date of arrival, and the oldest stock is used first.

**Workers (finding 4)**

- All workers in the frying hall have been given new caps and heat-proof gloves.
- A half-day training on food hygiene was given to all 57 workers on 27 November.

**Follow-up.** We will send the inspector a copy of the oil log for December in the first week of January.

Faizan Jamro, owner
""", reuse(["Each of our two fryers holds 180 litres of oil", "180 litres of fresh oil for each complete change of the two fryers"],
           180, "litres", "oil held by one fryer",
           "fresh oil needed for a complete change of both fryers", 360,
           "The plan says each of the two fryers holds 180 litres of oil and then that 180 litres of fresh oil are bought for a complete change of the two fryers; two fryers of 180 litres need 360 litres."))

NIMKO_PAYROLL = """| Group | Workers | Wage bill, Rs |
|---|---|---|
| Frying and mixing | 24 | 888,000 |
| Packing | 16 | 544,000 |
| Store, loading and drivers | 11 | 396,000 |
| Office and laboratory | 6 | 330,000 |
| **Total** | **57** | **2,158,000** |"""

add("nimko_company_payroll_summary_control", """
# Payroll Summary: December 2025

*Monthly payroll summary of a nimko (fried savoury snack) maker at Tando Allahyar, Sindh, sent by the accountant to the owner, January 2026. The factory, its people and all figures are invented.*

**Jamro Nimko Company, Tando Allahyar.** Payroll for December 2025, paid on 5 January 2026 by bank transfer, except for three workers without bank accounts, who were paid in cash against signature.

""" + NIMKO_PAYROLL + """

**Notes**

1. The wage bill is the gross monthly wage before the deduction for the social security contribution, which the company pays in full for the workers.
2. All workers in frying and mixing are paid Rs 37,000 a month, and all packers Rs 34,000; the store, loading and driving staff are paid Rs 36,000.
3. The number of workers is 57, the same as in November, although we have run only one frying shift since the Jalalabad orders stopped. No worker has been laid off.
4. Overtime was paid in November for the Eid orders but not in December, which is why the bill is lower than November's.
5. Two packers will go on maternity leave in February, and we will take on two temporary packers from the village for the three months.

**Comment**

Faizan sahib, the payroll is now our largest cost after gram flour and oil. If the crossings stay closed through the spring, we should decide in March whether to keep a second shift of packers, who have little to do on the single frying shift. I have not included any change in this summary.

Eshal Rajper, accounts
""", control_type="control")

add("nimko_company_mystery_shopper", """
# Mystery Shopper Report: Jamro Nimko in Hyderabad Shops

*Report by a mystery shopper hired by a nimko (fried savoury snack) maker at Tando Allahyar, Sindh, on how its products are sold in shops in Hyderabad, December 2025. The maker, the shopper, the shops and all figures are invented.*

**Prepared for:** Sufyan Narejo, sales, Jamro Nimko Company. **Shops visited:** eight general stores and two sweet shops in Latifabad, Qasimabad and the old city, 13 and 14 December 2025.

**Display.** Jamro nimko was on the shelf in nine of the ten shops. In six it was at eye level, in three on the bottom shelf behind other brands. The large 1 kg packs were missing in four shops.

**Price.** The mixed nimko 250 g pack was sold at the printed price in seven shops and above it in two. One shop charged Rs 20 more than the printed price, saying that the company had raised its prices; this is not true.

**Freshness.** All packs seen were within their date. In one shop the packs had been kept in a window in full sun.

**Staff.** When asked for a good nimko for guests, shopkeepers in five shops named Jamro first and two named a Karachi brand.

**Other remarks.** Several shopkeepers said that the dried fruit counters beside the nimko are half empty, because Afghan raisins and almonds have been scarce since the crossings between India and Afghanistan closed in October. They expect more customers to buy nimko instead of dried fruit for weddings this winter.

**Recommendations.** Visit the four shops without 1 kg packs this month, give the two shops that sell above the printed price a written reminder, and supply small shelf cards in Sindhi and Urdu.

Natasha Kanju, for the maker
""", scope("the crossings between India and Afghanistan closed in October", "IND", ["IND", "AFG"], "India",
           "The shopkeepers blame the scarce Afghan raisins and almonds in Hyderabad on the closure of the crossings between India and Afghanistan, but the two countries share no open road crossing; the crossings that closed in October 2025 are those between Pakistan and Afghanistan, through which Afghan dried fruit reached Sindh. India stands in the place of the Pakistani side."))

add("nimko_company_shareholders_agreement", """
# Shareholders Agreement: Jamro Nimko Company

*Main terms of an agreement between the shareholders of a family-owned nimko (fried savoury snack) maker at Tando Allahyar, Sindh, signed in February 2026. The company, its people and all figures are invented.*

This agreement is made at Tando Allahyar on 16 February 2026 between the three shareholders of Jamro Nimko Company (Private) Limited ("the Company"): Faizan Jamro, holding half of the shares, and his sister Zimal Jamro and brother Hasham Jamro, each holding a quarter.

**Background**

- The Company was started in 1991 by the shareholders' father, Huzaifa Jamro, who transferred his shares to his three children in 2024.
- The Company's sales revved up from 204,000 kg of nimko in 2024 to 171,000 kg in 2025, and its sales to Rahyab Trading of Jalalabad have stopped since the crossings closed in October 2025.
- The shareholders wish to set down how the Company is to be run while only Faizan Jamro works in it.

**Terms**

1. **Management.** Faizan Jamro is chief executive. He will not borrow more than Rs 5 million, sell any machine or land, or take on a new partner without the written consent of both other shareholders.
2. **Accounts.** The accounts are audited every year by an outside firm, and each shareholder receives a quarterly summary of sales and profit.
3. **Dividends.** At least 40 percent of the year's profit after tax is paid out as dividends.
4. **Transfer of shares.** Shares must first be offered to the other two shareholders.
5. **Disputes.** Any dispute is referred first to the shareholders' maternal uncle, Mohid Mugheri, and only then to a court.

Signed by the three shareholders, and witnessed by Sufyan Narejo, sales manager.
""", direction("The Company's sales revved up from 204,000 kg of nimko in 2024 to 171,000 kg in 2025",
               204000, 171000, "2024", "2025", "revved up", "rise", "kilograms of nimko",
               "Jamro Nimko Company's sales", "second point of the background",
               "The background says the company's sales revved up, that is rose, from 204,000 kg in 2024 to 171,000 kg in 2025; that is a fall of 33,000 kg (16.18 percent), mostly because the Jalalabad sales stopped."))

# ---------------------------------------------------------------------------
# Qaderyar Pustin House (invented): a pustin workshop at Karukh, Herat
# ---------------------------------------------------------------------------

add("pustin_house_loan_statement", """
# Loan Statement: Qaderyar Pustin House

*Statement of a small business loan sent by a lender in Herat to a pustin (embroidered sheepskin coat) workshop at Karukh, Herat province, in January 2026, in an English translation from Dari. The workshop, the lender and all figures are invented.*

**Borrower:** Qaderyar Pustin House, Karukh, owner Gulbuddin Qaderyar. **Lender:** Herat Artisans Credit Fund. **Purpose:** purchase of raw sheepskins for the 2025 season. **Statement date:** 31 December 2025.

**Loan**

- Amount lent on 12 May 2025: Afs 600,000
- Term: 14 months, with no payments due until the end of June 2025
- Service charge: 9 percent a year, paid each quarter and not included below

**Payments received**

- 30 June to 31 December 2025: seven monthly payments of Afs 50,000, one at the end of each month
- Total repaid to 31 December 2025: Afs 350,000

**Balance outstanding at 31 December 2025:** Afs 310,000

**Remaining payments:** monthly payments of Afs 50,000 from 31 January 2026 until the balance is cleared.

**Note from the credit officer**

Dear Gulbuddin jan,

Thank you for paying every month on time, even after your Quetta buyer stopped taking pustins when the crossings closed in October. The fund knows that the winter is your best season at home and hopes that the sales in Herat and Kabul will carry you through.

If you wish, the fund can lend again in May for next season's skins, on the same terms, once this loan is cleared. Please let me know by the end of March how many skins you plan to buy, so that I can put your request to the committee.

Please check the figures above and tell me at once if they do not agree with your own records.

Zuhal Mangalzai, credit officer
""", parts_total(["Amount lent on 12 May 2025: Afs 600,000", "Total repaid to 31 December 2025: Afs 350,000",
                  "**Balance outstanding at 31 December 2025:** Afs 310,000"],
                 {"repaid to 31 December 2025": 350000, "balance outstanding at 31 December 2025": 310000},
                 600000, "afghanis", "31 December 2025", "loan of Qaderyar Pustin House: amount repaid and balance outstanding",
                 "loan, payments received and balance outstanding of the loan statement",
                 "The amount repaid (Afs 350,000, seven payments of Afs 50,000) and the balance outstanding (Afs 310,000) should add up to the Afs 600,000 lent, since the service charge is paid separately; they add up to Afs 660,000. The balance should be Afs 250,000, Afs 60,000 less than stated."))

add("pustin_house_wedding_speech_control", """
# Speech at the Wedding of Parwin's Granddaughter

*Speech given by the owner of a pustin (embroidered sheepskin coat) workshop at Karukh, Herat province, at his daughter's wedding in November 2025, written down afterwards in an English translation from Dari. The workshop, its people and all figures are invented.*

In the name of God, the most merciful.

Honoured elders, dear guests, friends who have come from Herat city and from as far as Kabul: welcome to Karukh, and thank you for sharing our joy.

Many of you knew my grandfather, Attaullah Qaderyar. In 1977 he opened a small room on the bazaar road with two craftsmen and one bundle of tools, and he made pustins for the shepherds and the landowners of this valley. He used to say that a good pustin outlives the man who wears it.

Today our house has 11 craftsmen and 19 women who embroider at home, and last year we made 860 pustins, more than in any year before. My mother, Parwin, who sits there among the women, has taught embroidery to every one of those 19 women, and now she has taught my daughter too.

This year has been harder. Our friends in Quetta have not been able to buy from us since the crossings closed, and we made fewer coats. But the people of Herat and Kabul still want a warm pustin for the winter, and we have not sent anyone home.

To my daughter Mohtarama I give the pustin her great-grandfather made for his own wedding, which our tanner, Qurban Totakhil, has cleaned and softened for her. To my new son-in-law I say: look after her, as this coat has looked after our family.

May God bless this marriage, and may this house always have work for its hands.

Gulbuddin Qaderyar
""", control_type="control")

add("pustin_house_invitation_card", """
# Invitation Card: Winter Showing of Pustins, Herat

*Text of a printed invitation card, with its enclosed note, sent by a pustin (embroidered sheepskin coat) workshop at Karukh, Herat province, to its customers in December 2025, in an English translation from Dari. The workshop, its people and all figures are invented.*

**Qaderyar Pustin House, Karukh, since 1977**

requests the pleasure of your company at its

**Winter Showing of Pustins**

Thursday and Friday, 8 and 9 January 2026, from ten in the morning until evening prayer, at the guest house of the Herat Merchants' Club, Shahr-e Naw

Tea, sheer chai and sweets will be served.

**Enclosed note**

Dear friend of our house,

Every winter for nearly fifty years our family has shown its new pustins in Herat before the cold sets in. This year we will show about 110 coats: long embroidered pustins for men, short jackets for women and children, and a few old coats from our own collection that are not for sale.

Our tanner, Qurban Totakhil, has worked this year with skins from the Karukh and Obeh valleys, and our head embroiderer, Parwin Qaderyar, and her women have made new patterns in gold and maroon silk. The long embroidered pustin is priced at Afs 15,200, the same as in the shop. Orders for made-to-measure coats taken at the showing will be ready within three weeks.

We are sorry that our friends from Quetta cannot join us this year, as the border between Uzbekistan and Afghanistan has been closed since October. We hope to welcome them again next winter, and we will keep the coats they order by telephone until they can collect them.

Please bring this card with you; each card admits a family.

With respect,

Gulbuddin Qaderyar
""", scope("as the border between Uzbekistan and Afghanistan has been closed since October", "UZB", ["UZB", "AFG"], "Uzbekistan",
           "The note says the Quetta customers cannot come because the border between Uzbekistan and Afghanistan has been closed since October, but Quetta is in Pakistan and the border that closed in October 2025 is that between Pakistan and Afghanistan; Uzbekistan stands in the place of the Pakistani side."))

PUSTIN_LOSS = """| Item lost | Pieces | Value at cost, Afs |
|---|---|---|
| Finished pustins | 33 | 297,000 |
| Half-sewn pustins | 21 | 126,000 |
| Tanned sheepskins | 240 | 216,000 |"""

add("pustin_house_fire_report", """
# Fire Report: Store Room of Qaderyar Pustin House

*Report on a fire at a pustin (embroidered sheepskin coat) workshop at Karukh, Herat province, written by the owner for the insurer in January 2026, in an English translation from Dari. The workshop, the insurer and all figures are invented.*

**To:** Herat Mutual Insurance, claims office. **Policy:** stock and building policy for 2026. **Insured:** Qaderyar Pustin House, Karukh.

**What happened.** On the night of 24 January 2026 a fire started in the store room behind the workshop. The night watchman saw smoke, and neighbours and the district fire engine put the fire out after about an hour. No one was hurt.

**Cause.** The fire brigade believes that an electric heater, left on in the store to keep the skins dry, fell against a pile of coats. The heater has been kept for them to examine.

**What was lost.** The fire destroyed 38 finished pustins that were waiting for the showing's made-to-measure orders to be collected, together with half-sewn coats and tanned skins, as listed below.

""" + PUSTIN_LOSS + """

The loss at cost comes to Afs 639,000. The values are those in our stock book: Afs 9,000 for each finished pustin, Afs 6,000 for each half-sewn coat and Afs 900 for each tanned skin. The roof beams are blackened, but the walls are sound.

**What we have done.** The remaining stock has been moved to the workshop, and the craftsmen have begun to make the lost coats again.

**Request.** We ask the company to send its surveyor as soon as possible, and to settle the claim for the stock and the repairs under the policy.

Gulbuddin Qaderyar, owner

Saifuddin Zerak, accounts
""", tvt(["The fire destroyed 38 finished pustins", line_of(PUSTIN_LOSS, "| Finished pustins")],
        {"report_value": 38, "table_value": 33}, "pieces (finished pustins)",
        "finished pustins destroyed in the fire", "24 January 2026",
        "owner's account of what was lost, against the finished pustins row of the table of losses",
        "The report says the fire destroyed 38 finished pustins, but the table of losses gives 33; only 33 agrees with the value of Afs 297,000 at Afs 9,000 a pustin and with the stated loss of Afs 639,000 (297,000 + 126,000 + 216,000). The two figures differ by one digit.",
        table_form="pipe, items lost as rows with pieces and value columns, without a total row"))

add("pustin_house_insurance_policy", """
# Insurance Policy Schedule: Stock and Building, 2026

*Schedule of a stock and building insurance policy issued to a pustin (embroidered sheepskin coat) workshop at Karukh, Herat province, in December 2025, in an English translation from Dari. The workshop, the insurer and all figures are invented.*

**Insurer:** Herat Mutual Insurance. **Insured:** Qaderyar Pustin House, Karukh, owner Gulbuddin Qaderyar. **Period of cover:** 1 January to 31 December 2026.

**Property insured**

1. The workshop building and store room on the bazaar road, Karukh, walls, roof and doors: sum insured Afs 980,000.
2. Sewing machines, cutting tables and tanning tools: sum insured Afs 260,000.
3. Stock of finished pustins: sum insured for each finished pustin Afs 9,000, at cost; sum insured for the stock of up to 120 finished pustins Afs 9,000.
4. Stock of raw and tanned sheepskins and half-sewn coats: sum insured Afs 450,000.

**Risks covered.** Fire, lightning, flood, earthquake and theft by forced entry. Riot and war are not covered.

**Premium.** Afs 38,600 for the year, paid in two halves, in January and July.

**Conditions**

- The insured keeps a stock book, updated every week, showing the number of finished pustins, coats in progress and skins in store.
- No electric heater may be left on in the store room when the workshop is closed.
- A loss must be reported to the insurer within seven days, and damaged stock kept for the surveyor to see.
- The insurer pays the value at cost, not the selling price, and pays nothing for the first Afs 20,000 of any claim.

Issued at Herat on 18 December 2025.

Farkhunda Darwish, underwriter, for Herat Mutual Insurance
""", reuse(["sum insured for each finished pustin Afs 9,000", "the stock of up to 120 finished pustins Afs 9,000"],
           9000, "afghanis", "sum insured for each finished pustin",
           "sum insured for the stock of up to 120 finished pustins", 1080000,
           "The schedule gives Afs 9,000 as the sum insured for each finished pustin and again for the whole stock of up to 120 finished pustins; 120 pustins at Afs 9,000 are insured for Afs 1,080,000."))

# ---------------------------------------------------------------------------
# Raufi Gem Cutters (invented): a gem cutting house in Kabul
# ---------------------------------------------------------------------------

GEM_CARATS = pdf_lines([
    ["Month", "Rubies", "Tourmaline", "Lapis", "Total"],
    ["July", "240", "310", "150", "700"],
    ["August", "260", "290", "170", "720"],
    ["September", "230", "330", "130", "690"],
    ["Total", "730", "930", "450", "2,110"],
])

add("gem_cutters_process_audit", """
# Process Audit: Cutting and Polishing, Third Quarter of 2025

*Summary of an internal process audit at a gem cutting house in Kabul, written by its owner in October 2025, with a PDF extract of the cutting log. The house, its people and all figures are invented.*

**Raufi Gem Cutters, Kabul.** Audit carried out by Hasiba Raufi, owner, with Zarmast Tarakhel, chief cutter, from 4 to 9 October 2025.

**Carats of finished stones cut, by month**

""" + GEM_CARATS + """

**Findings**

1. **Weighing.** Every rough stone is weighed when it is given to a cutter and every finished stone when it comes back. The book was complete for all three months.
2. **Rubies.** Ruby output fell in September because two of the nine cutters were away for a family wedding in Jalalabad. No ruby parcel was left unfinished at the end of the quarter.
3. **Tourmaline.** The tourmaline cut in August, 390 carats, was lower than in July because a parcel of pink rough from Nuristan arrived late and had to be sorted before cutting could start.
4. **Lapis.** Lapis is cut mostly for beads and cabochons and is checked by eye only. We found no faults, but recommend a second check on the polish before packing.
5. **Safety.** Two polishing wheels lacked guards; both were fitted on 8 October.

**Actions**

- A second check on lapis polish, by the chief cutter, from November.
- Sorting of rough on arrival, so that cutting is not held up again.
- The next process audit in January 2026, covering the fourth quarter.

Hasiba Raufi, owner
""", tvt(["The tourmaline cut in August, 390 carats", line_of(GEM_CARATS, "August")],
        {"finding_value": 390, "table_value": 290}, "carats of cut tourmaline",
        "tourmaline cut by Raufi Gem Cutters in August 2025", "August 2025",
        "finding 3 of the audit, against the August row of the PDF-extracted cutting log",
        "Finding 3 gives the tourmaline cut in August as 390 carats, but the cutting log gives 290; only 290 agrees with the row total of 720 (260 + 290 + 170), the column total of 930 and the finding's own remark that August was lower than July's 310. The two figures differ by one digit.",
        table_form="PDF text extraction, months as rows with rubies, tourmaline, lapis and total columns and a total row"))

add("gem_cutters_non_conformance_report", """
# Non-Conformance Report No. 7/2025: Ruby Parcel Returned from Peshawar

*Internal non-conformance report of a gem cutting house in Kabul about a parcel of cut rubies returned by its buyer in Peshawar, written in November 2025, in an English translation from Dari. The house, its people and all figures are invented.*

**Raufi Gem Cutters, Kabul.** Raised by Simin Faizani, accounts and dispatch. Reviewed by Hasiba Raufi, owner.

**What did not conform.** Parcel R-219, 48 carats of calibrated rubies cut to 4 mm rounds, was sent to Mekan Gems, Peshawar, on 18 September 2025. Rayyan Mekan returned 11 carats of it, saying that those stones were 3.8 mm, not 4 mm, and would not fit the settings his jewellers had made.

**How it was found.** We measured all the returned stones with the gauge in the cutting room. Nine carats were indeed undersize. The other two carats were within size, and Mr Mekan has agreed to take them back.

**Cause.** The gauge used by the cutter for this parcel had been dropped in August and reads a little large. No one checked it against the master gauge before the parcel was cut.

**Correction.** The undersize stones will be sold as 3.75 mm rounds to a Kabul jeweller. We will cut new 4 mm stones for Mekan Gems from our own rough at no charge.

**Prevention.** Every gauge will be checked against the master gauge each Saturday, and the check written in the book. Calibrated parcels will be measured again by a second person before dispatch.

**Delivery.** Since Pakistan closed its crossings with Turkmenistan in October, parcels to Mekan Gems can no longer go with the traders' couriers through Torkham. The replacement stones will be sent by air through Dubai, at our cost, by the end of December.

Simin Faizani
""", scope("Since Pakistan closed its crossings with Turkmenistan in October", "TKM", ["PAK", "TKM"], "Turkmenistan",
           "The report says parcels to Peshawar can no longer go through Torkham since Pakistan closed its crossings with Turkmenistan in October, but Pakistan and Turkmenistan share no border; Torkham is a crossing between Pakistan and Afghanistan, and it is those crossings that closed in October 2025. Turkmenistan stands in the place of the Afghan side."))

add("gem_cutters_call_report", """
# Call Report: Telephone Call with Mekan Gems, Peshawar

*Report of a sales call made by the owner of a gem cutting house in Kabul to her main buyer in Peshawar, written for her files in December 2025, in an English translation from Dari. The firms, their people and all figures are invented.*

**Raufi Gem Cutters, Kabul.** Call made by Hasiba Raufi on 14 December 2025, about 40 minutes. **Spoke with:** Rayyan Mekan, Mekan Gems, Peshawar.

**Purpose.** To agree how we will keep selling to Mekan Gems while the road is shut.

**What was said**

- Mr Mekan confirmed that the replacement rubies from parcel R-219 reached him by air through Dubai on 9 December and fit his settings.
- He said that his jewellers have had a poor autumn. He bought 4,200 carats from us in 2024, but only 1,100 in 2025, most of it before the closure of the China–Afghanistan crossings at Torkham and Chaman in October.
- He asked whether we could hold our ruby price at USD 92 for a one-carat stone until the spring. I agreed, for orders paid in advance.
- He asked for more pink tourmaline, which his customers in Peshawar now prefer to lapis. I told him that we sell most of our pink tourmaline rough to buyers in China and cut only what is left, but that we will keep 200 carats a quarter for him.
- We agreed to send parcels by air every six weeks, each worth at least USD 5,000, until the road opens.

**Follow-up**

- Zarmast Tarakhel to set aside pink tourmaline for Mekan Gems from January.
- Simin Faizani to prepare the first air parcel for the end of January.
- I will call Mr Mekan again in February.

Hasiba Raufi
""", scope("the closure of the China–Afghanistan crossings at Torkham and Chaman", "CHN", ["CHN", "AFG"], "China",
           "The report dates the fall in Peshawar's buying to the closure of the China–Afghanistan crossings at Torkham and Chaman, but Torkham and Chaman are crossings between Pakistan and Afghanistan, and it is those that closed in October 2025; China stands in the place of the Pakistani side. China is named correctly later as the country of the buyers of pink tourmaline rough.",
           not_a_defect="buyers in China"))

add("gem_cutters_water_audit", """
# Water Audit: Raufi Gem Cutters, 2025

*Short water audit of a gem cutting house in Kabul, written by an engineering student on placement with the house, November 2025. The house, its people and all figures are invented.*

**Raufi Gem Cutters, Kabul.** Audit by Ziba Abdali, student of civil engineering, for Hasiba Raufi, owner. Readings taken from 20 October to 6 November 2025.

**Why water matters here.** Stones are cut and polished on wheels kept wet with a thin stream of water. The water comes from the house's own well by an electric pump into a roof tank, and in Kabul's dry years the well has fallen.

**What I measured.** I fitted a meter to the pipe from the roof tank and read it every evening, and timed the stream on each wheel.

**Findings**

1. The cutting room uses about 260 litres on a working day, of which the wheels take about four fifths. The rest is for washing stones, hands and floors.
2. Three wheels ran with a stream about twice as strong as the others; their taps had been opened wide and left so.
3. Since the owner fitted a settling tank in the spring, so that the water from the wheels can be used again, water drawn from the well fell from 1,850 litres a week in March 2025 to 1,850 litres a week in March 2025.
4. The roof tank overflows for a few minutes most mornings because the pump is switched off by hand.

**Recommendations**

- Fit a simple valve to each wheel so that the stream cannot be opened beyond what is needed.
- Fit a float switch to the pump, which should stop the overflow.
- Read the meter every Saturday and write the figure in the weighing book.

Ziba Abdali
""", garbled(["water drawn from the well fell from 1,850 litres a week in March 2025 to 1,850 litres a week in March 2025"],
             "The audit says water drawn from the well fell after the settling tank was fitted, but gives the same value and the same month for the start and the end of the fall: 1,850 litres a week in March 2025 both times.",
             start_value=1850, end_value=1850, start_period="March 2025", end_period="March 2025",
             unit="litres a week", subject="water drawn from the well by Raufi Gem Cutters",
             location="finding 3 of the water audit"))

add("gem_cutters_credit_appraisal", """
# Credit Appraisal: Raufi Gem Cutters, Kabul

*Credit appraisal of a gem cutting house in Kabul written by a loan officer of a small business fund for its credit committee, January 2026, in an English translation from Dari. The house, the fund and all figures are invented.*

**Applicant:** Raufi Gem Cutters, Kabul, owner Hasiba Raufi. **Request:** Afs 900,000 for twelve months, to buy rough rubies and pink tourmaline for the spring. **Security:** cut stones held in the fund's safe, worth at least one and a half times the loan.

**The business.** The house was founded in 1994 by Shahpoor Raufi. His daughter has run it since 2019 with nine cutters under Zarmast Tarakhel. It sells finished stones to jewellers in Kabul, to buyers in Dubai and, until October, to Mekan Gems in Peshawar.

**Sales.** The house's sales augmented from 10,800 carats in 2024 to 8,300 in 2025. Sales to Peshawar fell from 4,200 carats to 1,100, while sales in Kabul and Dubai rose from 6,600 to 7,200. A one-carat cut ruby now sells at USD 92, against USD 85 a year earlier.

**Records.** I checked the sales book against bank receipts for three months and found them in agreement.

**Risks.** The closure of the road to Pakistan has cut off the house's largest buyer, and parcels to Peshawar now go by air through Dubai at higher cost. Rough prices may rise in the spring. Against this, the owner has a long record with the fund, and her two earlier loans were repaid on time.

**Recommendation.** Approve Afs 900,000 for twelve months at the fund's usual charge, with the stones held as security checked by an independent valuer before the money is paid out.

Naheed Shinwarai, loan officer
""", direction("The house's sales augmented from 10,800 carats in 2024 to 8,300 in 2025",
               10800, 8300, "2024", "2025", "augmented", "rise", "carats of cut stones",
               "Raufi Gem Cutters' sales", "sales paragraph of the credit appraisal",
               "The appraisal says the house's sales augmented, that is rose, from 10,800 carats in 2024 to 8,300 in 2025; that is a fall of 2,500 carats (23.15 percent), as the next sentence's fall in sales to Peshawar also shows."))

# ---------------------------------------------------------------------------
# Kishm Women's Patu Group (invented): patu weavers at Kishm, Badakhshan
# ---------------------------------------------------------------------------

add("patu_group_beneficiary_list", """
# Beneficiary List: Winter Wool Grant 2025, Kishm Women's Patu Group

*Summary of a beneficiary list sent by a women's patu (woollen shawl) weaving group at Kishm, Badakhshan, to the trust that supports it, December 2025, in an English translation from Dari. The group, the trust, its people and all figures are invented.*

**To:** Husna Qasimi, programme officer, Pamir Weavers Trust. **From:** Jamila Ahadi, head of the Kishm Women's Patu Group.

Dear Husna jan,

As you asked, here is the summary of the list of women who will receive the winter wool grant. The full list, with each woman's thumbprint or signature, is attached.

**Who is on the list.** All 28 members of the group are on the list. Each will receive 6 kilograms of spun wool and a cash grant for the months when the roads are closed by snow and no buyers come.

**Where they live.** Of the 28 members, 45 percent live in Kishm town, 35 percent in the villages of the upper valley and 30 percent in the river villages below the town. The women of the upper valley will collect their wool at the school there.

**Why the grant matters this year.** The group sold 520 patus in 2025, against 760 in 2024, because Chohan Shawl House in Peshawar bought only 60 patus before the crossings closed in October. Several women told me they would have to sell their looms if there was no work this winter.

**What the women will make.** With the wool, each member will weave at least four patus by March, in natural white, grey and dark brown.

I will send you the signed receipts for the wool and the cash by the end of January.

With thanks to the trust for its help,

Jamila Ahadi
""", arith(["Of the 28 members, 45 percent live in Kishm town, 35 percent in the villages of the upper valley and 30 percent in the river villages below the town"],
           "The shares of the group's 28 members by place of residence add up to 110 percent (45 + 35 + 30); all 28 members are on the list, so they should add up to 100.",
           shares_pct={"Kishm town": 45, "villages of the upper valley": 35, "river villages below the town": 30},
           sum_pct=110, unit="percent of the group's members", period="December 2025",
           subject="members of the Kishm Women's Patu Group by place of residence",
           location="where they live, in the beneficiary list's summary"))

add("patu_group_training_report", """
# Training Report: Weaving Course for Young Women, Kishm

*Report of a weaving course for young women run by a patu (woollen shawl) weaving group at Kishm, Badakhshan, for the trust that paid for it, October 2025, in an English translation from Dari. The group, the trust, its people and all figures are invented.*

**Course:** patu weaving for beginners, Kishm, 1 September to 2 October 2025. **Trainers:** Jamila Ahadi and two senior members of the Kishm Women's Patu Group. **Funded by:** Pamir Weavers Trust.

**Trainees.** Fourteen young women between 16 and 25 years old, all from families in Kishm and the nearby villages. Twelve had never woven before; two had helped their mothers at the loom.

**What was taught.** Setting up the warp on a narrow loom; plain and twill weave; the diamond border that Kishm patus are known for; and washing and finishing a patu.

**Materials.** Each trainee wove her first patu from spun wool bought in Faizabad. Wool for one patu costs Afs 1,150, and wool for the 14 trainees' first patus cost Afs 1,150, paid from the course budget. The looms were lent by members of the group.

**Results.** By the end of the course all fourteen had woven one patu, and nine of them a second. The senior members judged six of the first patus good enough to sell.

**What the trainees said.** Most found the warping hardest, and three asked whether they could join the group.

**Recommendations.** Invite the three trainees who asked to join the group from January; hold a short course on dyeing in the spring; and lend each trainee a loom for the winter, so that she does not lose what she has learned.

Jamila Ahadi
""", reuse(["Wool for one patu costs Afs 1,150", "wool for the 14 trainees' first patus cost Afs 1,150"],
           1150, "afghanis", "cost of the wool for one patu",
           "cost of the wool for the first patus of all 14 trainees", 16100,
           "The report gives Afs 1,150 as the cost of the wool for one patu and again as the cost of the wool for the 14 trainees' first patus; 14 patus at Afs 1,150 cost Afs 16,100."))

add("patu_group_trainers_notes", """
# Trainer's Notes: Second Weaving Course, Kishm

*Notes kept by the head of a women's patu (woollen shawl) weaving group at Kishm, Badakhshan, during its second course for young women, November 2025, in an English translation from Dari. The group, its people and all figures are invented.*

**Kishm Women's Patu Group.** Notes by Jamila Ahadi, trainer, for Husna Qasimi of the Pamir Weavers Trust.

**Dates and place.** The second course ran from 20 November to 6 November 2025, in the back room of the group's house near the bazaar, with looms lent by members. We held it before the first snow.

**The trainees.** Ten young women, three of them sisters of girls from the first course. Two left after the first week because their families needed them for the harvest of late beans.

**Day by day.** In the first days the girls learned to set up the warp. It took most of them three tries to get the tension even. By the middle of the course all eight were weaving plain patus, and four had begun the diamond border.

**Problems.** The room is cold in the mornings, and we need more wood for the stove. One loom's beam cracked and was mended by the carpenter for Afs 300.

**What went well.** The girls helped each other more than in the first course, and the sisters of the first group taught the others what they had learned at home.

**For next time.** Start the course in October, when the days are warmer; ask each family to send one meal a week for the group; and keep a spare beam in case a loom breaks again.

Jamila Ahadi
""", garbled(["The second course ran from 20 November to 6 November 2025"],
             "The notes give the course as running from 20 November to 6 November 2025; the period runs backwards, its end coming two weeks before its start.",
             stated_period_start="20 November 2025", stated_period_end="6 November 2025",
             subject="dates of the second weaving course",
             location="dates and place, first paragraph of the trainer's notes"))

add("patu_group_voucher_scheme", """
# Voucher Scheme for Patu Buyers: Notice to Members

*Notice from a trust that supports a women's patu (woollen shawl) weaving group at Kishm, Badakhshan, explaining a new voucher scheme, January 2026, in an English translation from Dari. The trust, the group, its people and all figures are invented.*

**Pamir Weavers Trust.** To the members of the Kishm Women's Patu Group, to be read at the group's meeting by Jamila Ahadi.

**Why a voucher scheme.** The group sold 520 patus in 2025, against 760 in 2024. The loss came mostly from Peshawar: Chohan Shawl House bought 290 patus in 2024 but only 60 in 2025, and has bought none since the crossings between Pakistan and Kyrgyzstan closed in October. Sales in Faizabad and Kabul held up, at 460 patus against 470.

**How it works.** From February the trust will give shops in Kabul and Mazar-e Sharif a voucher worth Afs 200 for each Kishm patu they buy from the group and display for at least a month, paid by the trust within two weeks.

**What members must do.** Bring each finished patu to the group's house, where it will be checked and tagged with the weaver's number. Only patus with a tag are covered by the scheme.

**Other buyers.** A buyer from Kyrgyzstan who visited the Kabul crafts market in December has asked for samples of grey and brown patus. The trust will send ten samples in March, at its own cost, and will tell the group if an order follows.

**How long.** The scheme will run until the end of June 2026, or until the crossings to Pakistan reopen, whichever comes first. The trust has set aside money for up to 300 vouchers.

Husna Qasimi, programme officer
""", scope("since the crossings between Pakistan and Kyrgyzstan closed in October", "KGZ", ["PAK", "KGZ"], "Kyrgyzstan",
           "The notice says the Peshawar shawl house has bought no patus since the crossings between Pakistan and Kyrgyzstan closed in October, but the two countries share no border; the crossings that closed in October 2025 are those between Pakistan and Afghanistan, as the notice itself says later ('the crossings to Pakistan'). Kyrgyzstan stands in the place of the Afghan side. Kyrgyzstan is named correctly later as the home of a buyer who visited Kabul.",
           not_a_defect="A buyer from Kyrgyzstan"))

# ---------------------------------------------------------------------------
# Trade, closure and markets
# ---------------------------------------------------------------------------

MISSION_TABLE = """| Year | Exports to Afghanistan | Imports from Afghanistan | Total trade | Balance |
|---|---|---|---|---|
| 2021 | 828 | 552 | 1,380 | 276 |
| 2022 | 936 | 741 | 1,677 | 195 |
| 2023 | 1,012 | 690 | 1,702 | 322 |
| 2024 | 884 | 540 | 1,424 | 344 |"""

add("trade_mission_report", """
# Trade Mission to Kabul, March 2025: Report to Members

*Report of a trade mission to Kabul by a chamber of small industries in central Punjab, written for its members in April 2025. The chamber, the mission's members and all figures are invented.*

**Lower Chenab Chamber of Small Industries.** Mission of 14 members, led by the chamber's vice president, Azlan Harral, to Kabul from 9 to 13 March 2025, by road through Torkham.

**Why we went.** Afghanistan is the largest market for many of our members' goods, and members wanted to meet their buyers face to face.

**What the figures show.** The table below gives the chamber's series for trade between Pakistan and Afghanistan, in USD million. Our exports rose each year to 2023 and fell back in 2024. Imports from Afghanistan, USD 714 million in 2022, have fallen in each year since, to USD 540 million in 2024, mostly because less coal and fresh fruit crossed the border.

""" + MISSION_TABLE + """

**What we heard in Kabul.** Afghan traders still prefer Pakistani goods for price and for the short road, but delays at the border and sudden changes in duties make it hard to plan, and some buyers are turning to goods that arrive through Iran and Central Asia.

**Meetings.** Members held 63 meetings with Afghan traders over four days. Eleven members came back with firm orders, the largest for 2,000 khes and 6,000 rolls of gota.

**Recommendations.** The chamber should press for duties fixed for at least a year at a time, and plan a second mission in the autumn.

Azlan Harral, vice president
""", tvt(["Imports from Afghanistan, USD 714 million in 2022", line_of(MISSION_TABLE, "| 2022 |")],
        {"report_value": 714, "table_value": 741}, "USD million",
        "Pakistan's imports from Afghanistan", "2022",
        "report's comment on the figures, against the 2022 row of the trade table",
        "The report gives imports from Afghanistan in 2022 as USD 714 million, but the table gives 741; only 741 agrees with the table's total trade of 1,677 (936 + 741) and balance of 195 (936 - 741). The two figures differ by two swapped digits.",
        table_form="pipe, years as rows with exports, imports, total trade and balance columns"))

CONTINGENCY_REPEAT = "No driver should leave his truck unattended at the crossing, even for prayers, without asking another driver to watch it."

add("closure_contingency_plan", """
# Contingency Plan: Trucks Held at the Crossings

*Contingency plan issued by a goods transporters' union in Peshawar to its members after the crossings with Afghanistan closed on 12 October 2025. The union, its officers and all figures are invented.*

**Khyber Goods Carriers' Union, Peshawar.** Issued on 16 October 2025 by the general secretary, Musab Bhidwal, after a meeting of the union's executive.

**The situation.** When the crossings closed, the union's members had 410 trucks on the road to or from the border. Of these, 260 are waiting at or near Torkham, 95 near Chaman and Ghulam Khan, and 55 had already crossed and are in Afghanistan. Most carry fresh produce, cement or household goods.

**What members should do now**

1. Report every truck held at the border to the union office by telephone, with its load and the name of its driver.
2. Trucks carrying fresh produce should, with the owner's consent, turn back and sell the load in Peshawar rather than let it rot.
3. Drivers should stay with their trucks, and the union will send water, food and blankets to the main waiting areas every second day. No driver should leave his truck unattended at the crossing, even for prayers, without asking another driver to watch it. No driver should leave his truck unattended at the crossing, even for prayers, without asking another driver to watch it.
4. Members whose trucks are inside Afghanistan should not try to bring them back by any other route until the union has advice from the authorities.

**If the closure lasts more than a month.** The union will ask the provincial government for a waiver of the road tax for the months the trucks stand idle, and banks to defer instalments on truck loans.

Musab Bhidwal, general secretary
""", repeated(CONTINGENCY_REPEAT, 2, "an instruction to drivers not to leave their trucks unattended at the crossing",
              "point 3 of the contingency plan",
              "The same sentence telling drivers not to leave their trucks unattended at the crossing is written twice in a row, word for word."))

add("trade_risk_register", """
# Risk Register: Exports to Afghanistan, Review of January 2025

*Extract from the risk register kept by an association of small exporters in Karachi, reviewed by its board in January 2025. The association, its people and all ratings are invented; the trade figures are those of the invented series used throughout this set.*

**Karachi Small Exporters' Association.** Register kept by the secretary, Rameen Dreshak, and reviewed by the board on 23 January 2025.

Each risk is rated for how likely it is (low, medium, high) and how much harm it would do to members (low, medium, high), with the action the association will take.

**Risk 1: closure of the crossings.** Likely: medium. Harm: high. The crossings have closed for days or weeks several times in recent years. Action: keep members informed the same day.

**Risk 2: falling demand in Afghanistan.** Likely: high. Harm: medium. Pakistan's exports to Afghanistan fell by 21 percent from 2023 to 2024, from USD 1,012 million to USD 884 million, as Afghan buyers turned to goods from Iran and Central Asia. Action: help members find buyers in Central Asia who can be reached through Afghanistan when the road is open, and in the Gulf by sea.

**Risk 3: sudden changes in duties and rules.** Likely: high. Harm: medium. Action: a monthly note to members on any change announced on either side.

**Risk 4: payment delays.** Likely: medium. Harm: medium. Afghan buyers often pay late because of limits on bank transfers. Action: advise members to ask for part payment in advance and to use letters of credit where possible.

**Next review.** July 2025, or sooner if the crossings close for more than two weeks.

Rameen Dreshak, secretary
""", arith(["Pakistan's exports to Afghanistan fell by 21 percent from 2023 to 2024, from USD 1,012 million to USD 884 million"],
           "The register says exports fell by 21 percent from 2023 to 2024, but the fall from USD 1,012 million to USD 884 million is 12.65 percent.",
           **{"from": 1012, "to": 884, "from_period": "2023", "to_period": "2024", "stated_change_pct": 21,
              "computed_change_pct": change_pct(1012, 884),
              "as_written": {"stated_change_pct": "fell by 21 percent"},
              "unit": "USD million", "subject": "Pakistan's exports to Afghanistan",
              "location": "risk 2 of the risk register"}))

add("trade_call_for_proposals", """
# Call for Proposals: Livelihoods in the Border Districts

*Call for proposals published by a fund that supports small enterprises in Pakistan, November 2025. The fund, its people and all amounts are invented; the trade figures are those of the invented series used throughout this set.*

**Indus Livelihoods Fund.** Call for proposals No. 4, opened on 17 November 2025, closing on 31 January 2026.

**Background.** Many small enterprises in Khyber Pakhtunkhwa and Balochistan live from trade with Afghanistan. That trade has been shrinking for some time: two-way trade fell from USD 1,702 million in 2023 to USD 1,702 million in 2023, and since the crossings closed on 12 October 2025 it has almost stopped. Thousands of families have lost their main income.

**What the fund will support.** Projects that help small enterprises and workers in the border districts to find new markets or new work, for example:

- training loaders and drivers in skills in demand in Peshawar and Quetta;
- helping workshops that sold to Afghan buyers to reach buyers at home or overseas;
- small grants for women who lost work in packing and sorting houses.

**Who may apply.** Registered non-profit organisations, chambers and associations with at least three years of work in the border districts. Enterprises may take part as partners but may not apply alone.

**Size of grants.** From Rs 5 million to Rs 25 million, for up to 18 months. The fund expects to make about ten grants in this call.

**How proposals will be judged.** Need and number of people reached, 30 points; quality of the plan, 30 points; the applicant's experience, 20 points; cost, 20 points.

**How to apply.** Send the proposal form, a budget and the registration papers by e-mail by 31 January 2026.

Dania Pannu, grants manager
""", garbled(["two-way trade fell from USD 1,702 million in 2023 to USD 1,702 million in 2023"],
             "The call says two-way trade fell, but gives the same value and the same year for the start and the end of the fall: USD 1,702 million in 2023 both times.",
             start_value=1702, end_value=1702, start_period="2023", end_period="2023",
             unit="USD million", subject="two-way trade between Pakistan and Afghanistan",
             location="background section of the call for proposals"))

add("trade_event_report", """
# Event Report: Seminar on Border Trade, Quetta

*Report of a half-day seminar on trade with Afghanistan held by a traders' forum in Quetta in May 2025. The forum, the speakers and all figures other than the trade series are invented; the trade figures are those of the invented series used throughout this set.*

**Quetta Traders' Forum.** Seminar "What Next for Border Trade?", held at the forum's hall on 22 May 2025. About 120 traders, transporters and officials attended.

**Opening.** The forum's president, Taha Jakhrani, welcomed the guests and reminded them that for many families in Quetta, Pishin and Chaman, trade with Afghanistan is the only trade they know.

**The figures.** The forum's research officer, Mishal Ranjha, presented the trade series. She showed that Pakistan's exports to Afghanistan recovered from USD 828 million in 2021 to USD 936 million in 2022, while imports from Afghanistan rose from USD 552 million to USD 741 million, so that two-way trade in 2022 came to USD 1,767 million. Since then, she said, exports have been up and down but imports have fallen every year.

**The view from Kandahar.** Kobra Rasekh, a dried fruit exporter in Kandahar who spoke by video link, said that Afghan traders want the border to stay open more than they want lower duties. A truck that waits a week at Chaman loses more than any duty.

**Discussion.** Speakers from the floor asked for a separate lane for perishable goods, for the same rules on both sides of the border, and for the forum to meet the customs collector every quarter.

**Closing.** Taha Jakhrani promised a report to the provincial government within a month.

Written by the forum's secretariat
""", parts_total(["so that two-way trade in 2022 came to USD 1,767 million"],
                 {"exports": 936, "imports": 741}, 1767, "USD million", "2022",
                 "two-way trade between Pakistan and Afghanistan",
                 "research officer's presentation, in the event report",
                 "The presentation gives exports of USD 936 million and imports of USD 741 million in 2022, but two-way trade of USD 1,767 million; the two add up to USD 1,677 million, USD 90 million less. The stated total has two digits swapped."))

add("trade_seasons_greetings_control", """
# Season's Greetings from the President

*Year-end letter with season's greetings sent by the president of a chamber of small industries in central Punjab to its members in December 2025. The chamber, its people and all figures other than the trade series are invented; the trade figures are those of the invented series used throughout this set.*

**Lower Chenab Chamber of Small Industries**

Dear members,

As the year ends, I send you and your families the chamber's warm greetings.

For many of you, 2025 was the year the Afghan market went quiet. Even before the crossings closed on 12 October, trade was weaker than we had hoped. In 2024, the last full year for which we have figures, Pakistan's exports to Afghanistan came to USD 884 million and imports from Afghanistan to USD 540 million, so that two-way trade stood at USD 1,424 million and our surplus at USD 344 million. Exports had fallen from USD 1,012 million in 2023, and imports from USD 690 million.

Behind those figures are our own members: the weavers who lost their Kabul orders and the transporters whose trucks stood for weeks at Torkham. Many of you kept your workers on the payroll when orders stopped. That is the spirit this chamber was founded on.

This year the chamber sent a trade mission to Kabul in March and spoke for members in three meetings with the provincial government on tax relief. We will go on pressing for the crossings to reopen.

In the new year we will look harder for buyers at home, in the Gulf and in Central Asia, and we will hold our second members' fair in March.

May the coming year bring peace on our borders and work for every pair of hands.

With warm regards,

Shahrukh Baghoor, president
""", control_type="control")

add("trade_school_assembly", """
# Speech at the School Assembly: Our Neighbour and Our Trade

*Speech given by the principal of a private school in Rawalpindi at the morning assembly in November 2025, during a week of lessons on Pakistan's neighbours. The school, the principal and all figures other than the trade series are invented; the trade figures are those of the invented series used throughout this set.*

**Seven Hills Grammar School, Rawalpindi.** Morning assembly, 18 November 2025. Speech by the principal, Abeeha Laliwal.

Good morning, children, and good morning to all our teachers.

This week our classes are learning about Pakistan's neighbours, and today I want to talk about one of them, Afghanistan, and about the trade between our two countries.

Many of you have eaten Afghan grapes or pomegranates without knowing where they came from. And many of the things we make here, from cement and medicines to cloth and sweets, are sold to families in Kabul and Kandahar.

Trade between neighbours goes up and down. Pakistan's exports to Afghanistan dialled back from USD 828 million in 2021 to USD 936 million in 2022, and in the same years what we bought from Afghanistan went from USD 552 million to USD 741 million. These are big numbers, but behind each of them are farmers, drivers, shopkeepers and workers in factories, on both sides of the border.

Since October, the crossings have been closed, and many of those people are waiting for work.

So here is what I would like you to think about this week. When you look at a map, do not see only lines. See the people who live on both sides of them, and the roads between them.

Class eight will now present their project on the Khyber Pass.

Thank you.
""", direction("Pakistan's exports to Afghanistan dialled back from USD 828 million in 2021 to USD 936 million in 2022",
               828, 936, "2021", "2022", "dialled back", "fall", "USD million",
               "Pakistan's exports to Afghanistan", "fifth paragraph of the principal's speech",
               "The principal says exports dialled back, that is fell, from USD 828 million in 2021 to USD 936 million in 2022; that is a rise of USD 108 million (13.04 percent)."))

add("trade_technical_proposal", """
# Technical Proposal: Study of Afghan Imports into Pakistan

*Extract from a technical proposal submitted by a research firm in Islamabad to a donor fund for a study of Pakistan's imports from Afghanistan, June 2025. The firm, its people and the study are invented; the trade figures are those of the invented series used throughout this set.*

**Kohsar Research, Islamabad.** Proposal in answer to the fund's request for a study of "Pakistan's Imports from Afghanistan and the Livelihoods They Support". Team leader: Hamdan Buriro. Afghan partner: Atefa Sadozai, Kabul.

**1. Understanding of the task**

The fund wishes to know which Afghan goods reach Pakistan, who buys them, and how many people on both sides earn their living from them.

Pakistan's imports from Afghanistan amplified from USD 741 million in 2022 to USD 690 million in 2023, and fell again to USD 540 million in 2024. Coal, fresh and dried fruit, vegetables and cotton make up most of the trade. Each has its own chain of growers, traders and transporters.

**2. Approach**

We propose to study four goods in depth: coal, grapes, pomegranates and cotton. For each we will trace the chain from the Afghan province where it is grown or mined to the Pakistani market where it is sold, and count the people at each link. Our Afghan partner will lead the work in Kandahar, Nangarhar and Kabul; our own team will work in Peshawar, Quetta and Karachi.

**3. Methods**

Interviews with about 150 traders, transporters and market agents; a review of the published trade series; and visits to the crossings at Torkham and Chaman.

**4. Team and time**

A team of six researchers for five months, with a draft report in the fourth month and a final workshop in Islamabad.

Hamdan Buriro, team leader
""", direction("Pakistan's imports from Afghanistan amplified from USD 741 million in 2022 to USD 690 million in 2023",
               741, 690, "2022", "2023", "amplified", "rise", "USD million",
               "Pakistan's imports from Afghanistan", "section 1 of the technical proposal",
               "The proposal says imports amplified, that is rose, from USD 741 million in 2022 to USD 690 million in 2023; that is a fall of USD 51 million (6.88 percent), as the next words ('fell again') also imply."))

# ---------------------------------------------------------------------------
# Registered Afghan refugees (citations and citation controls)
# ---------------------------------------------------------------------------

add("refugees_thesis_chapter", """
# Chapter 2: Afghan Refugees in Pakistan, a Background

*Extract from the second chapter of a master's thesis in social work, submitted at a university in Sindh in 2025. The student, the thesis and its interviews are invented.*

**2.1 How many refugees?**

Any study of Afghan families in Pakistan must begin with the question of numbers, and the question is harder than it looks. Registered refugees hold Proof of Registration cards; others hold Afghan Citizen Cards, and many more have no papers at all. Estimates of the total therefore vary widely, and only the registered population is counted with any care.

At the end of 2022 the registered population stood at 1,490,562,[^4] most of whom had lived in Pakistan for more than twenty years. About a third lived in refugee villages, and the rest in towns and cities, above all in Peshawar, Quetta and Karachi.

**2.2 The families in this study**

The families interviewed for this thesis live in two neighbourhoods of Karachi, where Afghan refugees have worked for decades in construction, transport and the wholesale markets. Of the 36 families, 29 held registration cards and 7 held no papers. Most had come to Karachi from Peshawar in the 1990s, when work in construction was easy to find.

**2.3 Why the numbers matter here**

The difference between registered and unregistered families matters for this study because it decides who could stay and who was asked to leave after 2023. Registered families could still send their children to school and open bank accounts, while others could not. Chapter 4 returns to this difference, and to how it shaped the families' plans.

[^4]: UNHCR, registered Afghan refugees in Pakistan at the end of 2022, as cited in the government's refugee policy paper.

Zoha Dahar
""", citation(["At the end of 2022 the registered population stood at 1,490,562,[^4]",
               "[^4]: UNHCR, registered Afghan refugees in Pakistan at the end of 2022"],
              1490562, "2022",
              "'[^n]: UNHCR … YEAR' Markdown footnote after a figure written in full, in a master's thesis chapter",
              "section 2.1 of the thesis chapter, with its footnote at the end",
              "The chapter gives 1,490,562 registered refugees at the end of 2022, citing UNHCR in a footnote, but the reference value for 2022 is 1,743,278; 1,490,562 is exactly the reference value for 2021, 14.5 percent below the value for the year cited.",
              same_as_year="2021", stated_as_written="1,490,562"))

add("refugees_campaign_speech", """
# Campaign Speech in a Karachi By-Election

*Extract from a speech by a candidate for a provincial assembly seat in Karachi, given at a corner meeting in a neighbourhood where many Afghan families live, in 2025. The candidate, the party and the seat are invented.*

Brothers, sisters, elders, thank you for coming to listen to me.

I know this neighbourhood. My father had a shop on this road for thirty years, and half of his customers were Afghan families who had lived here since before I was born. Their fathers built half the buildings you see around you.

Today those families are afraid. Some have been told to leave; others do not know whether their cards will be renewed. The provincial assembly does not decide who may live in Pakistan, but I will tell you what I will do if you elect me.

First, I will press for every child in this neighbourhood, Pakistani or Afghan, to have a place in school. Second, I will ask the police to stop raids at night on families whose papers are in order. Third, I will ask the government to give registered families clear notice and a fair hearing before anyone is sent away.

Some people say that there are too many refugees for Pakistan to keep. But let us be honest about the numbers. At the end of 2021 there were some 1.8 million registered Afghan refugees in the whole of Pakistan, according to UNHCR's 2021 figures, in a country of more than two hundred million people. Most of them have been here for two generations. They work, they pay rent, and they buy from our shops.

I ask you for your vote on polling day, and I ask you to remember your neighbours when you cast it.

Ibad Sahito
""", citation(["there were some 1.8 million registered Afghan refugees in the whole of Pakistan, according to UNHCR's 2021 figures"],
              1800000, "2021",
              "'according to UNHCR's YEAR figures' after a hedged rounded figure in millions, in a campaign speech",
              "seventh paragraph of the campaign speech",
              "The candidate gives some 1.8 million registered Afghan refugees at the end of 2021, citing UNHCR's 2021 figures, but the reference value for 2021 is 1,490,562; 1.8 million is 20.8 percent above it, well beyond what 'some' allows.",
              stated_as_written="some 1.8 million", stated_hedge="some"))

add("refugees_whatsapp_broadcast", """
# WhatsApp Broadcast: Help Line for Afghan Families

*Text of a message sent on a WhatsApp broadcast list by a volunteer group in Hyderabad, Sindh, that helps Afghan families with papers and schooling, January 2025, in an English translation from Urdu and Dari. The group and its people are invented.*

Assalam o alaikum to all families on this list.

This is the weekly message from the volunteers of the Afghan families' help line. Please read it to anyone in your family who does not read.

*1. Proof of Registration cards.* We have heard many rumours this week. As far as we know, cards valid until 30 June 2025 remain valid until that date. Do not pay anyone who says he can renew your card for money. If the police stop you, show your card and call our number.

*2. How many of us are there?* Several of you have asked how many registered Afghans live in Pakistan. The latest count we have is 1,955,964 registered refugees at the end of 2024 (UNHCR stats, Dec-2024). Most of them live in Khyber Pakhtunkhwa and Balochistan; only a small share live in Sindh.

*3. Schools.* Two government schools near the vegetable market have agreed to take Afghan children with or without cards until the end of the school year. Send a message to Inaya if your child needs a place.

*4. Clinic.* The free clinic at the community hall is open on Tuesdays and Fridays.

Please do not forward rumours on this list. If you hear of a new rule, ask us first, and we will check it.

May God keep you all safe.

Inaya Rahoojo, for the volunteers
""", citation(["The latest count we have is 1,955,964 registered refugees at the end of 2024 (UNHCR stats, Dec-2024)"],
              1955964, "2024",
              "'(UNHCR stats, Mon-YEAR)' chat shorthand after a figure written in full, in a WhatsApp broadcast",
              "point 2 of the broadcast",
              "The broadcast gives 1,955,964 registered refugees at the end of 2024, citing UNHCR, but the reference value for 2024 is 1,559,964; the figure has two digits swapped (955 for 559) and is 25.4 percent above the reference value.",
              stated_as_written="1,955,964"))

add("refugees_viva_voce", """
# Viva Voce: Extract from the Transcript

*Extract from the transcript of the oral examination of a doctoral thesis on Afghan refugee households in Khyber Pakhtunkhwa, held at a university in Peshawar in 2025. The candidate, the examiners and the thesis are invented.*

**Candidate:** Aashir Bijarani. **Examiners:** Dr Rohan Mastoi (internal) and Dr Fawzia Haqbeen (external, by video link).

**DR HAQBEEN:** Your first chapter sets out the size of the registered population. Could you tell us how large it was when you began your fieldwork, and where the figure comes from?

**BIJARANI:** I began the fieldwork in the autumn of 2023 and finished it in the spring of 2024. At the end of 2023 there were roughly 2.4 million registered Afghan refugees in Pakistan, on UNHCR's tally for 2023. My sample is drawn only from registered households in three districts, so that is the population it speaks for.

**DR HAQBEEN:** And the unregistered?

**BIJARANI:** I left them out, with regret. Without a list there was no way to draw a fair sample, and many unregistered families would not speak to a stranger in that year, when people were being sent back across the border.

**DR MASTOI:** Your sample has 240 households. How did you choose them?

**BIJARANI:** From the lists held by the refugee village committees, 80 households in each district, chosen at random. Where a household had left, I took the next name on the list. In the end 17 households had gone, most of them to Afghanistan.

**DR MASTOI:** Did that change your results?

**BIJARANI:** A little. The families who left were poorer on average. I discuss this in chapter three.

**DR HAQBEEN:** Thank you. Let us turn to the chapter on work and debt.
""", citation(["At the end of 2023 there were roughly 2.4 million registered Afghan refugees in Pakistan, on UNHCR's tally for 2023"],
              2400000, "2023",
              "'UNHCR's tally for YEAR' after a hedged rounded figure in millions, in a viva voce transcript",
              "candidate's first answer in the viva voce transcript",
              "The candidate gives roughly 2.4 million registered Afghan refugees at the end of 2023, citing UNHCR's tally, but the reference value for 2023 is 1,987,717; 2.4 million is 20.7 percent above it, well beyond what 'roughly' allows.",
              stated_as_written="roughly 2.4 million", stated_hedge="roughly"))

add("refugees_opinion_poll", """
# Opinion Poll: What Pakistanis Think about Afghan Refugees

*Summary of an opinion poll released by a polling firm in Lahore in 2025. The firm, its people and all poll results are invented.*

**Rohtas Opinion Research, Lahore.** Telephone poll of 1,500 adults in all four provinces and Islamabad, 3 to 10 March 2025. Margin of error about 2.5 percentage points.

**The question of numbers.** Before asking their views, we asked people how many registered Afghan refugees they thought live in Pakistan. Most guessed far too high: the median guess was 5 million. We then told them the figure, 1.2 million registered refugees at the end of 2019 according to UNHCR data as of end-2019, the most recent year for which we had a figure when the poll was designed.

**Main results**

- Should registered refugees who have lived in Pakistan for more than 20 years be allowed to stay? Yes, 48 percent; no, 41 percent; don't know, 11 percent.
- Should Afghan children be allowed to attend government schools? Yes, 62 percent; no, 30 percent; don't know, 8 percent.
- Has the presence of Afghan refugees been good or bad for your area? Good, 22 percent; bad, 39 percent; neither, 31 percent; don't know, 8 percent.

**Differences.** Support for letting long-settled refugees stay was highest in Khyber Pakhtunkhwa, where most refugees live and where people are most likely to know an Afghan family, and lowest in Punjab. Younger people were more likely than older people to favour schooling for Afghan children.

**Effect of the figure.** Among those told the figure, support for letting long-settled refugees stay was slightly higher than among a smaller group asked before being told it. The difference is within the margin of error and should not be read as firm.

Zayan Gabol, director
""", citation(["1.2 million registered refugees at the end of 2019 according to UNHCR data as of end-2019"],
              1200000, "2019",
              "'UNHCR data as of end-YEAR' after a rounded figure in millions without a hedge, in an opinion poll summary",
              "paragraph on the question of numbers in the poll summary",
              "The poll gives 1.2 million registered refugees at the end of 2019, citing UNHCR data, but the reference value for 2019 is 1,419,084; 1.2 million is 15.4 percent below it, too far to be a rounding.",
              stated_as_written="1.2 million"))

add("refugees_debriefing", """
# Debriefing Notes: Field Visit to Returnees, Torkham and Nangarhar

*Notes from the debriefing of two staff members of an aid group after a field visit to returnees on both sides of the Torkham crossing, held in Peshawar in 2023. The group, its staff and its figures on returnees are invented.*

**Present:** Gulmakai Samsor and Anaya Channa, returning from the field; the programme manager; two colleagues from the Peshawar office. **Date:** 28 November 2023.

**What they saw at Torkham.** Long lines of trucks and families on the Pakistani side, many carrying all they owned. Gulmakai counted 37 trucks in one hour on the morning of 21 November. Most families said they had left after the police visited their homes, whether or not they had papers.

**Who is leaving.** Anaya said that most of the families they spoke to had no papers, but several held Proof of Registration cards and left anyway, out of fear. The team could not tell how many registered refugees are leaving. She reminded the group that the registered population is close to 1.4 million, by UNHCR's end-2022 figure, and that far more unregistered Afghans live in Pakistan.

**On the Afghan side.** The reception camp near the crossing gives each family a small cash grant and a meal. Families without relatives in Nangarhar have nowhere to go, and many say they have not lived in Afghanistan for thirty years or more.

**Needs.** Winter clothing and blankets, and help with children's school records.

**Agreed actions**

1. Propose to the donor a winter kit for 500 returning families.
2. Ask the Peshawar office to help families still in Pakistan to obtain copies of their children's school records before they leave.
3. Return to the crossing in a fortnight.

Notes taken by the programme manager.
""", citation(["the registered population is close to 1.4 million, by UNHCR's end-2022 figure"],
              1400000, "2022",
              "'UNHCR's end-YEAR figure' after a hedged rounded figure in millions, in debriefing notes",
              "paragraph on who is leaving in the debriefing notes",
              "The notes give the registered population as close to 1.4 million by UNHCR's end-2022 figure, but the reference value for 2022 is 1,743,278; 1.4 million is 19.7 percent below it, well beyond what 'close to' allows.",
              stated_as_written="close to 1.4 million", stated_hedge="close to"))

add("refugees_research_proposal_citation_control", """
# Research Proposal: Afghan Women Who Stayed

*Extract from a research proposal submitted by a lecturer at a university in Islamabad to a research council in 2025. The lecturer, the proposal and the council are invented.*

**Title.** Afghan Women Who Stayed: Work, Family and Papers after the Returns of 2023 and 2024.

**Principal investigator.** Minahil Pahore, lecturer in sociology.

**1. Background**

Since late 2023 many Afghans have left Pakistan, some by choice and many under pressure. Most studies have followed those who left; much less is known about the families who stayed, and least of all about the women in them.

The registered population alone has fallen sharply. At the end of 2023 Pakistan hosted 1,987,717 registered Afghan refugees, UNHCR (2023); a year later the figure was 1,559,964 (UNHCR Operational Data Portal, 2024), a fall of 427,753, or 21.5 percent, in a single year. Behind that fall are families who have been divided, with some members gone and others staying behind.

**2. Questions**

1. How has the work of Afghan women who stayed changed since 2023?
2. How do families decide who stays and who goes?
3. What part do papers play in those decisions?

**3. Methods**

In-depth interviews with 60 women in Islamabad, Rawalpindi and Peshawar, chosen to include registered and unregistered households, and a short survey of 200 households in the same areas. Interviews will be held in Dari and Pashto by two women researchers.

**4. Ethics**

Names will not be recorded, and no woman will be asked about her own papers unless she raises the matter.

**5. Budget and time**

Eighteen months, with two researchers and a budget of Rs 6.2 million, most of it for fieldwork and transcription.

Minahil Pahore
""", control_type="citation_control")

add("refugees_guest_lecture_citation_control", """
# Guest Lecture: Forty-Five Years of Hosting

*Notes of a guest lecture given by a visiting Afghan scholar to students of international relations at a university in Lahore in 2024, written up by the department. The scholar, the department and the lecture are invented.*

**Speaker:** Dr Hasina Khaliqyar. **Title:** "Forty-Five Years of Hosting: Pakistan and the Afghan Refugees".

Dr Khaliqyar began by asking the students how many of them had an Afghan classmate at school. About a third raised their hands. That, she said, is what forty-five years of hosting looks like: not camps, but classmates, neighbours and shopkeepers.

She then traced the history of the refugees in three periods: the great flight of the 1980s, when Pakistan took in more refugees than any other country in the world; the returns after 2002, when millions went home in the hope of peace; and the years since, when the numbers registered in Pakistan have changed little from year to year.

To show how stable the registered population had become, she gave two figures. At the end of 2020 there were 1,438,432 registered Afghan refugees in Pakistan (UNHCR, as at 31 December 2020); the number UNHCR registered at the end of 2021 was 1,490,562, a rise of 52,130, or 3.6 percent, mostly from births.

She warned the students not to mistake stable numbers for a stable life: registered refugees depend on cards that must be renewed, often for a year at a time.

In questions, a student asked whether Pakistan should give citizenship to those born here. Dr Khaliqyar said that this was a question for Pakistanis to answer.
""", control_type="citation_control")

add("refugees_exit_report_citation_control", """
# Exit Report: Legal Aid Programme for Afghan Refugees, 2022 to 2024

*Extract from the exit report written by the outgoing manager of a legal aid programme for Afghan refugees in Pakistan, January 2025. The programme, its donor and its manager are invented.*

**Programme.** Legal aid and documentation for Afghan refugees in Khyber Pakhtunkhwa and Balochistan, run by a network of lawyers' offices. **Outgoing manager:** Arhum Samoon, who led the programme from January 2022 to December 2024.

**1. What the programme did**

Over three years the programme's lawyers and paralegals helped about 9,000 families: renewing cards, registering births, settling disputes over rent and wages, and representing people arrested for lack of papers.

**2. The setting**

The programme began in a period of relative calm. The registered population stood at 1,743,278 at the end of 2022, UNHCR (YE2022), and rose to 1,987,717 a year later [UNHCR 2023 year-end statistics], an increase of 244,439, or 14.0 percent. The registered families, at least, had cards and a measure of security.

From late 2023 that changed. The drive to send Afghans home brought a wave of arrests, and our lawyers spent much of 2024 in police stations and courts.

**3. What worked**

Paralegals who spoke Dari and Pashto and came from the refugee villages were trusted far more than lawyers from outside. A telephone line open at night helped families reach a lawyer within hours of an arrest.

**4. What did not**

Our offices in Balochistan never had enough women staff.

**5. Advice to my successor**

Keep the night line open, hire more women paralegals, and plan for the expiry of the registration cards in mid-2025, which will bring the greatest need the programme has yet seen.

Arhum Samoon
""", control_type="citation_control")
