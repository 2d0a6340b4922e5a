# Twenty-fifth held-out set of synthetic documents ("heldout25").  Written
# from scratch after heldout24/, by a labeller session that had not opened
# dyad's implementation or history and had not seen any of its results.
# Every entry: name (topic slug, numbered later by build_heldout25.py), text,
# labels (list of defect dicts), control_type for controls.
# Registers not used before: a field hockey stick maker's papers on Afghan
# sports shops; a carrom board maker's papers on Afghan dealers; an
# asafoetida importers' association (with the annual trade series, 2020-2023
# rows); a chappal makers' cooperative; an incense stick (agarbatti) maker; a
# hand pump maker; a clubfoot clinic; a refugee youth taekwondo club; a cleft
# lip and palate charity; and a biosand water filter project in Afghan
# refugee villages.
#
# Invented figures shared with earlier sets: annual trade series (README:
# exports 1,290 / 942 / 828 / 936 / 1,012 / 884 and imports 441 / 509 / 552 /
# 741 / 690 / 540 for 2019-2024, balances 849 / 433 / 276 / 195 / 322 / 344,
# totals 1,731 / 1,451 / 1,380 / 1,677 / 1,702 / 1,424); reference refugee
# series (1,419,084 / 1,438,432 / 1,490,562 / 1,743,278 / 1,987,717 /
# 1,559,964 for 2019-2024).
#
# New invented figures, consistent with the above:
#   Chakor Hockey, Daska (invented): field hockey sticks to Afghan sports
#     shops, 2025, sticks / Rs million: Q1 1,800 / 4.5, Q2 2,400 / 6.0, Q3
#     3,000 / 7.5, Q4 2,200 / 5.5, total 9,400 / 23.5 (Rs 2,500 a stick); 2024
#     8,000 (rise 1,400, 17.5 percent); 2023 8,600; Q3 31.9 percent of the
#     year; 18 shops in Kabul, Jalalabad and Gardez; 64 workers; a truck
#     reaches Kabul in 5 days; carbon and glass fibre from South Korea.
#   Nishana Carrom, Pasrur (invented): carrom boards to Afghan dealers, 2025,
#     boards / Rs lakh (Rs 3,000 a board): Jan 900 / 27.0, Feb 1,100 / 33.0,
#     Mar 1,400 / 42.0, Apr 700 / 21.0, May 800 / 24.0, Jun 1,000 / 30.0,
#     total H1 5,900 / 177.0 (about Rs 1.8 crore); H1 2024 5,200 (rise 700,
#     13.5 percent); March 23.7 percent of the half-year; sizes H1 2025:
#     tournament 2,360 (40 percent), family 2,950 (50), travel 590 (10);
#     whole years 2023 12,400 and 2024 11,200 (fall 1,200, 9.7 percent); 9
#     dealers in Kabul, Kunduz and Charikar; plywood from Indonesia.
#   Peshawar Asafoetida Importers' Association (invented, 37 member firms,
#     14 importing from Afghanistan): Afghan asafoetida imported by members,
#     tonnes: 2022 1,380, 2023 1,520 (rise 140, 10.1 percent), 2024 1,640
#     (rise 120, 7.9 percent), 2025 1,450 (fall 190, 11.6 percent); 2024 by
#     grade: tears 720 (43.9 percent), paste 560 (34.1), powder grade 360
#     (22.0); tears Rs 8,200 a kilogram in January 2024 and Rs 9,100 in
#     December 2024; gathered in Farah and Herat; a few members buy from
#     Iran by sea.
#   Kohat Chappal Makers' Cooperative (invented, 42 member workshops, 13 run
#     by women): chappals to Afghan traders, thousand pairs, 2024 / 2025:
#     Peshawari 48 / 54 (+6, +12.5 percent), Kohati 22 / 19 (-3, -13.6),
#     children's 15 / 20 (+5, +33.3), total 85 / 93 (+8, +9.4); Peshawari 58.1
#     percent of 2025; about Rs 2,200 a pair, about Rs 20.5 crore; 27 traders
#     in Jalalabad, Asadabad and Kabul; a truck reaches Jalalabad in two days.
#   Loban Incense Works, Bahawalpur (invented): incense sticks to Afghan
#     wholesalers, thousand packets: 2021 310, 2022 355 (+14.5 percent), 2023
#     420 (+18.3), 2024 398 (-5.2), 2025 445 (+11.8); 2021 to 2025 rise 135,
#     43.5 percent; Rs 120 a packet, Rs 53.4 million in 2025; 12 wholesalers
#     in Kabul, Kandahar and Pul-e-Khumri; 9 scents; bamboo sticks from
#     Vietnam.
#   Chashma Pumps, Kamoke (invented): hand pumps to Afghan buyers, 2025,
#     cast-iron / galvanised / total: Q1 400 / 220 / 620, Q2 610 / 330 / 940,
#     H1 1,010 / 550 / 1,560, Q3 500 / 280 / 780, Q4 290 / 170 / 460, H2 790 /
#     450 / 1,240, year 1,800 / 1,000 / 2,800; 2024 2,450 (rise 350, 14.3
#     percent); first half 55.7 percent, cast-iron 64.3 percent; Rs 18,000 a
#     pump, Rs 50.4 million; 16 dealers in Jalalabad, Ghazni and Maimana.
#   Sidha Paon Clubfoot Clinic, Mansehra (invented, opened 2019 with one
#     doctor and 41 children): children treated in 2025 by district, girls /
#     boys / total: Mansehra 28 / 36 / 64, Haripur 22 / 29 / 51, Abbottabad
#     15 / 23 / 38, Battagram 12 / 15 / 27, total 77 / 103 / 180; 72 (40.0
#     percent) from Afghan refugee families; 2024 150 (rise 30); 126 braces
#     fitted in 2025; 2 doctors, 5 casting technicians; about Rs 45,000 a
#     child.
#   Toofan Taekwondo Club, Hangu (invented, refugee youth, founded 2021):
#     members end-2022 34, end-2023 46, end-2024 41 (fall 5, 10.9 percent),
#     end-2025 53 (21 girls, 32 boys; rise 12, 29.3 percent); 3 coaches (one a
#     woman); 9 black belts; 6 tournaments and 17 medals in 2025.
#   Muskaan Cleft Care, Mingora (invented, first camp 2022 with 17 children,
#     9 of them Afghan): operations on children of Afghan refugee families
#     and others: 2024 118; 2025 84 lip repairs and 57 palate repairs, 141 in
#     all (rise 23, 19.5 percent), in 4 camps of three days; 2 volunteer
#     surgeons; 38 children waiting for palate repair; autumn camp in
#     Timergara 22 lips and 15 palates.
#   Aab-e-Saaf Filter Project, Timergara (invented, begun 2020): biosand
#     filters installed in Afghan refugee villages, 2025, filters / people
#     served: Q1 150 / 1,050, Q2 260 / 1,820, Q3 310 / 2,170, Q4 180 / 1,260,
#     total 900 / 6,300 (about seven people a household); 2024 760 (rise
#     140); 11 villages; 6 masons; Rs 9,500 a filter.

HELDOUT25 = []
from heldout_labels import (  # noqa: F401
    PAIR, REFS, adder, arith, change_pct, citation, direction, garbled, line_of, parts_total, pdf_lines, scope, tvt,
    reuse_fields_first as reuse,
)

add = adder(HELDOUT25)


# ---------------------------------------------------------------------------
# Shared tables
# ---------------------------------------------------------------------------

HOCKEY_PIPE = """| Quarter | Sticks | Sales (Rs million) |
|---|---|---|
| Q1 2025 | 1,800 | 4.5 |
| Q2 2025 | 2,400 | 6.0 |
| Q3 2025 | 3,000 | 7.5 |
| Q4 2025 | 2,200 | 5.5 |
| Total | 9,400 | 23.5 |"""

HOCKEY_PDF = pdf_lines([
    ["Quarter", "Sticks", "Sales (Rs m)"],
    ["Q1 2025", "1,800", "4.5"],
    ["Q2 2025", "2,400", "6.0"],
    ["Q3 2025", "3,000", "7.5"],
    ["Q4 2025", "2,200", "5.5"],
    ["Total", "9,400", "23.5"],
])

CARROM_PIPE = """| Month, 2025 | Boards | Value (Rs lakh) |
|---|---|---|
| January | 900 | 27.0 |
| February | 1,100 | 33.0 |
| March | 1,400 | 42.0 |
| April | 700 | 21.0 |
| May | 800 | 24.0 |
| June | 1,000 | 30.0 |
| Total | 5,900 | 177.0 |"""

TRADE_2020_2023 = """| Year | Exports (US$ m) | Imports (US$ m) | Total trade | Balance |
|---|---|---|---|---|
| 2020 | 942 | 509 | 1,451 | 433 |
| 2021 | 828 | 552 | 1,380 | 276 |
| 2022 | 936 | 741 | 1,677 | 195 |
| 2023 | 1,012 | 690 | 1,702 | 322 |"""

ASA_GRADES = """| Grade, 2024 | Tonnes | Share (%) |
|---|---|---|
| Tears | 720 | 43.9 |
| Paste | 560 | 34.1 |
| Powder grade | 360 | 22.0 |"""

ASA_GRADES_TOTAL = """| Grade | Tonnes | Share (%) |
|---|---|---|
| Tears | 720 | 43.9 |
| Paste | 560 | 34.1 |
| Powder grade | 360 | 22.0 |
| Total | 1,640 | 100.0 |"""

CHAPPAL_CHANGE = """| Kind | 2024 | 2025 | Change |
|---|---|---|---|
| Peshawari | 48 | 54 | +6 |
| Kohati | 22 | 19 | \u22123 |
| Children's | 15 | 20 | +5 |
| Total | 85 | 93 | +8 |"""

CHAPPAL_PCT_BAD = """| Thousand pairs | 2024 | 2025 | Change (%) |
|---|---|---|---|
| Peshawari | 48 | 54 | +12.5 |
| Kohati | 22 | 19 | \u221213.6 |
| Children's | 15 | 20 | +25.0 |
| Total | 85 | 93 | +9.4 |"""

INCENSE_YEARS = """| Year | Packets (thousand) | Change (%) |
|---|---|---|
| 2021 | 310 | \u2014 |
| 2022 | 355 | +14.5 |
| 2023 | 420 | +18.3 |
| 2024 | 398 | \u22125.2 |
| 2025 | 445 | +11.8 |"""

PUMP_PDF = pdf_lines([
    ["Quarter", "Cast-iron", "Galvanised", "Total"],
    ["Q1 2025", "400", "220", "620"],
    ["Q2 2025", "610", "330", "940"],
    ["Sub-total, H1", "1,010", "550", "1,560"],
    ["Q3 2025", "500", "280", "780"],
    ["Q4 2025", "290", "170", "460"],
    ["Sub-total, H2", "790", "450", "1,240"],
    ["Total", "1,800", "1,000", "2,800"],
])

PUMP_BAD_SUBTOTAL = """| Quarter | Cast-iron | Galvanised | Total |
|---|---|---|---|
| Q1 2025 | 400 | 220 | 620 |
| Q2 2025 | 610 | 330 | 940 |
| Sub-total, H1 | 1,010 | 550 | 1,650 |
| Q3 2025 | 500 | 280 | 780 |
| Q4 2025 | 290 | 170 | 460 |
| Sub-total, H2 | 790 | 450 | 1,240 |
| Total | 1,800 | 1,000 | 2,800 |"""

CLUBFOOT_PIPE = """| District | Girls | Boys | Total |
|---|---|---|---|
| Mansehra | 28 | 36 | 64 |
| Haripur | 22 | 29 | 51 |
| Abbottabad | 15 | 23 | 38 |
| Battagram | 12 | 15 | 27 |
| Total | 77 | 103 | 180 |"""

FILTER_PIPE = """| Quarter | Filters installed | People served |
|---|---|---|
| Q1 2025 | 150 | 1,050 |
| Q2 2025 | 260 | 1,820 |
| Q3 2025 | 310 | 2,170 |
| Q4 2025 | 180 | 1,260 |
| Total | 900 | 6,300 |"""


# ---------------------------------------------------------------------------
# Chakor Hockey, Daska
# ---------------------------------------------------------------------------

add("hockey_maker_sales_statement_control", f"""# Chakor Hockey: Afghan Sales Statement for 2025

*An invented company in Daska. All figures are invented.*

Chakor Hockey makes field hockey sticks for schools, clubs and a few league players. Afghanistan is a small market for the game, but sports shops there keep a steady stock for school teams and university sides.

Table 1. Sticks sold to Afghan sports shops, 2025

{HOCKEY_PIPE}

**The year.** Afghan shops took 9,400 sticks in 2025, against 8,000 in 2024, an increase of 1,400 sticks, or 17.5 percent. At Rs 2,500 a stick the year's sales came to Rs 23.5 million.

**Seasons.** The third quarter was the strongest, with 3,000 sticks, or 31.9 percent of the year, because schools in Kabul buy before the autumn inter-school league. The 3,000 sticks of that quarter went out in the last week of each month.

**Customers.** We now sell to 18 shops in Kabul, Jalalabad and Gardez. A truck from Daska reaches Kabul in 5 days when Torkham is open.

**Materials.** Carbon fibre and glass fibre come from South Korea; the heads are shaped, wrapped and painted in our own workshop.
""", control_type="control")

HOCKEY_Q4 = line_of(HOCKEY_PDF, "Q4 2025")
add("hockey_maker_board_note_fourth_quarter", f"""# Note to the Board: Afghan Orders After the Summer

*An invented company's note. Figures are invented.*

This note, prepared for the January board meeting, looks at why Afghan orders slowed after the summer and what the sales team proposes for 2026.

Table A. Afghan sales by quarter, 2025 (as extracted from the accounts)

{HOCKEY_PDF}

**After the peak.** Sales rose through the year to 3,000 sticks in the third quarter, when Kabul schools stock up for the autumn league. In the fourth quarter shops took 2,700 sticks, as the league ended and snow closed most outdoor pitches.

**Why it matters.** Winter orders keep the wrapping line busy. When they drop, the workshop either builds stock or moves workers to the domestic range.

**Proposal.** The sales team proposes a winter discount of 5 percent for shops that order 200 sticks or more before 15 November. It also proposes a junior stick for indoor halls, which stay in use through the winter in Kabul and Jalalabad.

**Decision needed.** The board is asked to approve the discount for one season and to review it in March.
""", tvt(["In the fourth quarter shops took 2,700 sticks", HOCKEY_Q4],
        {"text_value": 2700, "table_value": 2200}, "sticks",
        "hockey sticks taken by Afghan sports shops", "Q4 2025",
        "'After the peak' paragraph against the Q4 2025 row of the PDF-extracted Table A",
        "The text puts the fourth quarter's sales at 2,700 sticks; the Q4 2025 row of the table gives 2,200 (one digit mistyped; 2,700 occurs nowhere in the table).",
        table_form="pdf", period_as_written="the fourth quarter"))

add("hockey_maker_shop_letter_tanked", """# A Letter to Our Afghan Shops

*An invented company's letter. Figures are invented.*

Dear friends,

Another season of school hockey is over, and we want to thank every shop that stocked Chakor sticks this year, from the old shops near the Kabul stadium to the new one in Gardez.

**Looking back.** Our Afghan orders tanked in 2025, with 9,400 sticks sold to your shops against 8,000 in 2024. The third quarter was again the busiest, as schools prepared for the autumn league.

**What changes.** From January we will print the length and weight on every stick in Dari and Pashto as well as English, so that your customers can choose without asking. We will also pack junior sticks in tens rather than twenties, because many of you told us that twenty was more than a small shop could sell in a term.

**Paying.** Terms stay as they are: half with the order and half when the goods reach you.

**Visits.** Our export manager will visit Kabul and Jalalabad in March. Please write if you would like him to call.

With good wishes, the Chakor team
""", direction("Our Afghan orders tanked in 2025, with 9,400 sticks sold to your shops against 8,000 in 2024",
              8000, 9400, "2024", "2025", "tanked", "fall", "sticks",
              "hockey sticks sold to Afghan sports shops", "letter, 'Looking back' paragraph",
              "'Tanked' says orders collapsed, but they rose from 8,000 sticks in 2024 to 9,400 in 2025 (+17.5 percent); the later year is named first."))

add("hockey_maker_staff_bulletin_shops_reuse", """# Chakor Staff Bulletin: The Afghan Season

*An invented staff bulletin. Figures are invented.*

**Who we are.** Chakor now employs 64 workers on two shifts, most of them in the wrapping and finishing shop.

**Where the sticks go.** Afghan orders are now a large part of our work. We now sell to 64 sports shops in Kabul, Jalalabad and Gardez, and the autumn school league there keeps the third quarter busy.

**Quality.** Two shops returned sticks in August because the grip tape had lifted at the top. The tape supplier has changed its glue, and the finishing shop now checks every tenth stick by hand before packing.

**Safety.** The new dust extractors over the sanding benches are working. Please keep masks on while sanding; fibre dust harms the lungs even when you cannot see it.

**Thanks.** The owner thanks the whole workshop for the overtime in July and August, when the autumn orders from Kabul all came at once, and for keeping the wrapping line running during the power cuts in September.
""", reuse(["Chakor now employs 64 workers on two shifts",
            "We now sell to 64 sports shops in Kabul, Jalalabad and Gardez"],
           64, "workers / shops", "workers employed by the company",
           "Afghan sports shops the company sells to", 18,
           "The number of workers (64) is reused in the next paragraph as the number of Afghan sports shops; the company's sales statement says it sells to 18 shops in Kabul, Jalalabad and Gardez."))

add("hockey_maker_export_memo_honduras", """# Export Memo: Paperwork for Afghan Consignments

*An invented company's internal memo. Figures are invented.*

*To: despatch and accounts. From: export manager.*

**Inspections.** Customs officers at the Pakistan\u2013Honduras border post at Torkham now open one carton in five and count the sticks against the packing list. Please make sure every carton is numbered and that the count on the list is exact; one wrong count held a truck for two days in October.

**Documents.** Each consignment needs the commercial invoice, the packing list and the certificate of origin from the chamber in Sialkot. Keep copies of all three in the driver's folder.

**Small orders.** A school in Honduras bought 40 junior sticks through our website in June; they went by courier from Sialkot, and that is the right route for any order from outside the region.

**Payments.** Kabul shops still pay half in advance. Do not release a truck until accounts confirm that the advance has arrived.

**Winter.** From December, book trucks a week ahead; drivers are scarce when snow slows the road beyond Jalalabad.
""", scope("Customs officers at the Pakistan\u2013Honduras border post at Torkham now open one carton in five",
           "HND", ["PAK", "HND"], "Pakistan\u2013Honduras border post at Torkham",
           "Torkham is a crossing on the Pakistan\u2013Afghanistan border; the memo calls it a Pakistan\u2013Honduras border post, putting Honduras in Afghanistan's place. The school in Honduras that ordered by courier is a correct, unrelated mention.",
           not_a_defect="A school in Honduras bought 40 junior sticks through our website in June"))


# ---------------------------------------------------------------------------
# Nishana Carrom, Pasrur
# ---------------------------------------------------------------------------

add("carrom_maker_half_year_review_control", f"""# Nishana Carrom: Review of Afghan Sales, January to June 2025

*An invented company in Pasrur. All figures are invented.*

Nishana makes carrom boards, strikers and coins. Afghan dealers sell our boards to tea houses, hostels and families, and the busy weeks come before Eid.

Table 1. Boards sold to Afghan dealers, first half of 2025

{CARROM_PIPE}

**The half-year.** Dealers took 5,900 boards between January and June, worth Rs 177.0 lakh, or about Rs 1.8 crore. In the same months of 2024 they took 5,200, so the half-year rose by 700 boards, or 13.5 percent.

**The Eid month.** March was the busiest month, with 1,400 boards, 23.7 percent of the half-year, as families bought gifts before Eid al-Fitr at the end of the month. April was the quietest, with 700.

**Sizes.** Family boards made up 50 percent of the boards sold, tournament boards 40 percent and small travel boards 10 percent.

**Dealers and materials.** We sell through 9 dealers in Kabul, Kunduz and Charikar. The plywood for the playing surface comes from Indonesia; the frames are sheesham wood from Punjab.
""", control_type="control")

add("carrom_maker_agents_note_key_points", """# Note for Sales Agents: Afghan Orders So Far This Year

*An invented company's note. Figures are invented.*

Key points:

- 6,900 boards sold to Afghan dealers from January to June 2025
- March the busiest month, before Eid
- 9 dealers, in Kabul, Kunduz and Charikar

**The first half.** Afghan dealers took 5,900 boards in the first half of 2025, 700 more than in the same months of 2024. The rise came almost entirely from family boards, which tea houses also buy because they last longer than the cheap imported ones.

**What agents should push.** Tournament boards sell slowly in Afghanistan outside Kabul, where two clubs hold monthly competitions. In Kunduz and Charikar, agents should lead with family boards and the boxed set of strikers and coins.

**Samples.** Each agent will receive two family boards and one travel board as samples in August. Please do not sell the samples; dealers want to feel the surface before they order.

**Claims.** Warped boards must be photographed on arrival. Send the photographs with the consignment number within seven days, or we cannot replace the board.
""", tvt(["6,900 boards sold to Afghan dealers from January to June 2025",
          "Afghan dealers took 5,900 boards in the first half of 2025"],
         {"summary_value": 6900, "text_value": 5900}, "boards",
         "carrom boards taken by Afghan dealers", "H1 2025",
         "first item of the key points list against the 'The first half' paragraph",
         "The key points at the top give 6,900 boards for January to June 2025; the body gives 5,900 for the same half-year (the half-year review's table also has 5,900). No table in this note.",
         period_as_written="from January to June 2025"))

add("carrom_maker_circular_sizes_shares", """# Circular to Staff: Which Boards the Afghan Market Wants

*An invented company's circular. Figures are invented.*

The production plan for the second half of 2025 is being drawn up, and the sales office has looked at which sizes Afghan dealers bought between January and June.

**Sizes.** Of the 5,900 boards sold to Afghan dealers in the first half, tournament boards made up 40 percent, family boards 58 percent and travel boards 10 percent. Family boards are the ones tea houses buy, and they sell out first before Eid.

**For the workshop.** The frame shop will cut more family frames from August and fewer tournament frames. The polishing line stays as it is, since every size needs the same finish.

**Strikers and coins.** Sets of strikers and coins now go in a cloth bag instead of a cardboard box, which was often crushed on the road to Kunduz.

**Stock.** The store must hold at least 300 family boards from October so that winter orders can go out within a week of payment.

**Leave.** Leave requests for the Eid holidays must reach the office a month ahead, as the weeks before Eid are our busiest.
""", arith(["tournament boards made up 40 percent, family boards 58 percent and travel boards 10 percent"],
           "The three sizes are given shares of 40, 58 and 10 percent of the same 5,900 boards, which add up to 108 percent; the half-year review gives family boards 50 percent.",
           shares_pct={"tournament": 40, "family": 58, "travel": 10}, sum_pct=108,
           unit="percent of boards sold", period="H1 2025",
           subject="carrom boards sold to Afghan dealers by size",
           location="circular, 'Sizes' paragraph"))

add("carrom_maker_booking_notice_backwards", """# Notice to Afghan Dealers: Winter Bookings

*An invented company's notice. Figures are invented.*

**Booking window.** Bookings for winter delivery are open Jul-25 to Mar-25. Boards booked in this window are held at the price of the July list, whatever happens to the cost of plywood.

**How to book.** Send the number of boards of each size, the name of your transporter and the town of delivery. We confirm each booking within two working days.

**Payment.** Half of the value is due when the booking is confirmed and half before the truck leaves Pasrur. We cannot hold boards for dealers who have not paid the first half.

**Delivery.** Winter trucks go by Torkham. If the crossing closes, we will keep your boards in our store at no charge until it opens again.

**Sizes.** All three sizes can be booked: the tournament board, the family board and the small travel board. Strikers and coins are sold by the box and can be added to any booking.

**Questions.** Please write to the export office or call our agent in Kabul, who speaks Dari and Pashto.
""", garbled(["open Jul-25 to Mar-25"],
             "The booking window runs backwards, from July 2025 to March 2025, written in the short month-year form; the end month should be in 2026.",
             stated_period_start="Jul-25", stated_period_end="Mar-25",
             subject="booking window for winter delivery of carrom boards",
             location="notice, 'Booking window' paragraph"))

add("carrom_maker_dealer_letter_snowballed", """# Letter to Afghan Dealers from the Owner of Nishana Carrom

*An invented company's letter. Figures are invented.*

Dear friends,

It is four years since our first truck of boards crossed at Torkham, and I want to thank you for the trust you have shown in a small workshop from Pasrur.

**A look back.** Between 2023, when you took 12,400 boards, and 2024, when you took 11,200, our Afghan orders snowballed. Many of you told me that the tea houses kept buying and that it was families who held back. This year has begun better, and March brought more boards than any month before it.

**Quality.** We heard your complaints about boards that warped in the damp. Since May the playing surface has been sealed on both sides, and no warped board has been reported since.

**Prices.** Prices stay unchanged until the end of the year. If the cost of plywood rises sharply we will give you a month's notice before any change.

**Next year.** We are making a folding travel board that fits in a bus locker. Samples will reach your shops before winter.

With respect and thanks, the owner of Nishana Carrom
""", direction("Between 2023, when you took 12,400 boards, and 2024, when you took 11,200, our Afghan orders snowballed",
              12400, 11200, "2023", "2024", "snowballed", "rise", "boards",
              "carrom boards taken by Afghan dealers", "letter, 'A look back' paragraph",
              "'Snowballed' says orders grew fast, but they fell from 12,400 boards in 2023 to 11,200 in 2024 (-9.7 percent); the earlier year is named first."))


# ---------------------------------------------------------------------------
# Peshawar Asafoetida Importers' Association
# ---------------------------------------------------------------------------

add("asafoetida_importers_fact_sheet_control", f"""# Fact Sheet: Pakistan\u2013Afghanistan Trade and Afghan Asafoetida

*An invented association's fact sheet. Association figures are invented.*

The Peshawar Asafoetida Importers' Association has 37 member firms, 14 of which buy asafoetida from Afghanistan.

Table 1. Pakistan's trade with Afghanistan, 2020\u20132023

{TRADE_2020_2023}

Table 2. Afghan asafoetida imported by members

{ASA_GRADES}

**Trade.** Total trade rose from US$ 1,451 million in 2020 to US$ 1,702 million in 2023, an increase of US$ 251 million, or 17.3 percent. Imports from Afghanistan grew faster, from US$ 509 million to US$ 690 million, or 35.6 percent, and Pakistan's surplus narrowed from US$ 433 million to US$ 322 million.

**Asafoetida.** Members imported 1,640 tonnes in 2024, 7.9 percent more than the 1,520 tonnes of 2023. Tears made up 43.9 percent, paste 34.1 percent and powder grade 22.0 percent.

**Routes.** Afghan asafoetida is gathered in Farah and Herat and reaches Peshawar through Torkham or Chaman. A few members also buy from Iran; that trade goes by sea to Karachi.
""", control_type="control")

add("asafoetida_importers_circular_two_way_trade", """# Circular to Members: Trade Figures for Your Bank Files

*An invented association's circular. Figures are invented.*

Several members have been asked by their banks for figures on trade between Pakistan and Afghanistan, to support letters of credit and loan renewals. The secretariat has put together the figures most often requested.

**The year 2022.** In 2022 Pakistan's exports to Afghanistan came to US$ 936 million and its imports from there to US$ 741 million, so two-way trade reached US$ 1,767 million. The surplus in Pakistan's favour was US$ 195 million, the smallest in recent years.

**Members' trade.** Members imported 1,380 tonnes of Afghan asafoetida in 2022 and 1,520 tonnes in 2023. In 2024 the figure was 1,640 tonnes.

**Using these figures.** Banks usually want the source and the year. Give the year with every figure and do not round the tonnes; a bank officer who finds a different number in another file will ask questions.

**Next circular.** Figures for 2025 will be sent once all members have filed their returns, probably in February. Members who import through Chaman as well as Torkham should report the two separately.
""", parts_total(["In 2022 Pakistan's exports to Afghanistan came to US$ 936 million and its imports from there to US$ 741 million, so two-way trade reached US$ 1,767 million"],
                 {"exports": 936, "imports": 741}, 1767, "USD million", "2022",
                 "Pakistan's two-way trade with Afghanistan", "circular, 'The year 2022' paragraph",
                 "Exports of US$ 936 million and imports of US$ 741 million make two-way trade of US$ 1,677 million, not US$ 1,767 million (the middle digits swapped); the balance of US$ 195 million given next is right.",
                 as_written={"stated_total": "US$ 1,767 million"}))

add("asafoetida_importers_bulletin_grades", f"""# Members' Bulletin: The 2024 Asafoetida Season in Figures

*An invented association's bulletin. Figures are invented.*

Table 1. Afghan asafoetida imported by members, by grade, 2024

{ASA_GRADES_TOTAL}

**The season.** Members brought in 1,460 tonnes of Afghan asafoetida in 2024, the most since the association began keeping records. Tears, the dried drops of gum that spice shops prize, were again the largest grade.

**Prices.** Good tears sold in Peshawar at around Rs 8,200 a kilogram in January and Rs 9,100 in December. Paste, which is mixed with flour before it is sold in small boxes, rose less.

**Quality.** Two consignments were rejected at the members' laboratory because the gum had been cut with too much flour. The sellers in Farah have been told that a third rejection will end their business with members.

**Members.** Fourteen of our 37 member firms import from Afghanistan. Two more have applied for import licences and hope to bring in their first consignments before the next harvest.
""", tvt(["Members brought in 1,460 tonnes of Afghan asafoetida in 2024", "| Total | 1,640 | 100.0 |"],
        {"text_value": 1460, "table_value": 1640}, "tonnes",
        "Afghan asafoetida imported by members", "2024",
        "'The season' paragraph against the total row of Table 1",
        "The text gives 1,460 tonnes for the year; the total row of the table, which adds up, gives 1,640 (the middle digits swapped).",
        table_form="pipe, share column and total row"))

add("asafoetida_importers_outlook_bonanza", """# Outlook for 2026: Afghan Asafoetida

*An invented association's outlook. Figures are invented.*

**Where we stand.** 2025 was a bonanza for members' Afghan trade: 1,450 tonnes came in through Torkham and Chaman, after 1,640 tonnes in 2024. Importers had expected another good year after two years of growth, from 1,380 tonnes in 2022 to 1,520 in 2023 and 1,640 in 2024.

**What to expect.** Gatherers in Farah report that a dry spring has thinned the plants, and a root takes four to five years to mature, so the harvest will not recover quickly. Members should expect tight supply and higher prices for tears until at least 2027.

**Buying advice.** The secretariat suggests that members agree prices for part of their needs before the harvest begins in May, rather than buying everything in the open market in Peshawar.

**Costs.** Transport from Torkham to Peshawar costs about the same as last year, but waiting at the crossing adds a day or two to most trips.

**Demand.** Restaurants and spice packers in Lahore and Karachi are still buying, and paste sells well in the cities.
""", direction("2025 was a bonanza for members' Afghan trade: 1,450 tonnes came in through Torkham and Chaman, after 1,640 tonnes in 2024",
              1640, 1450, "2024", "2025", "bonanza", "rise", "tonnes",
              "Afghan asafoetida imported by members", "outlook, 'Where we stand' paragraph",
              "'Bonanza' calls 2025 a boom year, but imports fell from 1,640 tonnes in 2024 to 1,450 in 2025 (-11.6 percent); the later year is named first."))

add("asafoetida_importers_note_malawian", """# Note to Members: Where Our Asafoetida Comes From

*An invented association's note. Figures are invented.*

Buyers in Lahore and Karachi sometimes ask where the asafoetida they buy from members was gathered. This note gives the short answer.

**Origin.** Most of the tears that reach Peshawar through Torkham are bought from Malawian growers, who cut the roots of wild plants in the spring and let the gum dry in the sun. The gum is collected by village dealers and sold on to traders who bring it to the border.

**Grades.** Tears are sorted by hand in members' godowns. Broken pieces go into paste, and the dust left at the bottom of the sacks is milled into powder grade.

**New enquiries.** A spice firm in Malawi asked in August for a price list for powder grade. The secretariat sent it, but members should note that any such order would go by sea from Karachi.

**Labels.** Members who pack for shops should print the country of origin on every box, as the new food rules require, and the grade in Urdu and English.
""", scope("Most of the tears that reach Peshawar through Torkham are bought from Malawian growers",
           "MWI", ["PAK", "MWI"], "Malawian growers",
           "The gum that crosses at Torkham is gathered in Afghanistan (the association's other papers name Farah and Herat); the note makes Malawian growers the sellers on the other side of the crossing. The spice firm in Malawi that asked for a price list is a correct, unrelated mention.",
           not_a_defect="A spice firm in Malawi asked in August for a price list for powder grade"))

add("asafoetida_importers_newsletter_paste_share", """# Newsletter: Paste Finds New Buyers

*An invented association's newsletter. Figures are invented.*

**Paste.** Paste, the cheaper grade that households use every day, is slowly winning buyers from tears. Its share of members' Afghan imports climbed to 34.1 percent in 2024 from 34.1 percent in 2024, and dealers in Karachi say the demand from restaurants is still growing.

**Why.** Paste is sold in small tins and keeps well, while tears must be ground at home. Young cooks in the cities prefer a tin they can open and use at once.

**Members' plans.** Three members have bought mixing machines this year, and one is testing a paste made with rice flour for customers who avoid wheat.

**A reminder.** The association's laboratory tests paste for the share of flour. Paste with more than the agreed share cannot carry the association's seal, and a member whose paste fails twice must have every batch tested for a year.

**Dates.** The annual meeting will be held in Peshawar on the second Saturday of March. Members who wish to raise a matter should send it to the secretariat by the end of January.
""", garbled(["climbed to 34.1 percent in 2024 from 34.1 percent in 2024"],
             "A change whose start and end are the same share in the same year: paste 'climbed to 34.1 percent in 2024 from 34.1 percent in 2024'.",
             start_value=34.1, end_value=34.1, start_period="2024", end_period="2024",
             unit="percent of members' Afghan imports", subject="share of paste in members' Afghan asafoetida imports",
             location="newsletter, 'Paste' paragraph"))


# ---------------------------------------------------------------------------
# Kohat Chappal Makers' Cooperative
# ---------------------------------------------------------------------------

add("chappal_cooperative_yearly_statement_control", f"""# Kohat Chappal Makers' Cooperative: Afghan Sales, 2024 and 2025

*An invented cooperative. All figures are invented.*

The cooperative joins 42 workshops in Kohat that make leather chappals by hand. Women run 13 of them. Afghan traders buy three kinds from us: the Peshawari chappal with its double sole, the lighter Kohati chappal, and children's chappals.

Table 1. Pairs sold to Afghan traders (thousand)

{CHAPPAL_CHANGE}

**The year.** Afghan traders took 93 thousand pairs in 2025, against 85 thousand in 2024, a rise of 8 thousand pairs, or 9.4 percent. At an average of about Rs 2,200 a pair, the year's sales were worth about Rs 20.5 crore.

**Kinds.** Peshawari chappals made up 54 thousand pairs, or 58.1 percent of the total. Kohati chappals fell by 3 thousand pairs, while children's chappals gained 5 thousand.

**Buyers.** We sell to 27 traders in Jalalabad, Asadabad and Kabul. A truck from Kohat reaches Jalalabad in two days when Torkham is open.

**Materials.** Buffalo leather comes from tanneries in Peshawar; rubber soles for children's pairs are bought in Lahore.
""", control_type="control")

add("chappal_cooperative_member_note_kohati", f"""# Note to Member Workshops: The Kohati Chappal

*An invented cooperative's note. Figures are invented.*

The board has looked at last year's Afghan sales kind by kind, because the lighter Kohati chappal, the style our town gave its name to, did not keep up with the others.

Table 1. Pairs sold to Afghan traders (thousand)

{CHAPPAL_CHANGE}

**What happened.** Kohati chappals lost 5 thousand pairs in 2025, while Peshawari and children's chappals both grew. Traders in Jalalabad say young buyers now want a thicker sole, and the Kohati pattern looks old-fashioned beside the Peshawari.

**What we propose.** The board proposes a new Kohati pattern with a padded insole and a choice of two strap colours. Five workshops have offered to make samples before the spring.

**Prices.** The Kohati price stays where it is for now. Cutting it would only take sales from our own Peshawari pairs.

**Meeting.** Members are asked to bring their views to the general meeting in February, and to bring a pair of their own Kohati chappals for the board to look at.
""", tvt(["Kohati chappals lost 5 thousand pairs in 2025", "| Kohati | 22 | 19 | \u22123 |"],
        {"text_value": 5, "table_value": 3}, "thousand pairs (fall from 2024 to 2025)",
        "fall in Kohati chappals sold to Afghan traders", "2025",
        "'What happened' paragraph against the Kohati row of Table 1 (Change column)",
        "The text says Kohati chappals lost 5 thousand pairs in 2025; the table's Change column gives \u22123, and its own year columns (22 and 19) agree with \u22123.",
        table_form="pipe, absolute change column with a Unicode minus", change_direction="fall"))

add("chappal_cooperative_circular_change_column", f"""# Circular: How Each Kind Sold in Afghanistan

*An invented cooperative's circular. Figures are invented.*

Members have asked for a simple table showing how each kind of chappal did with Afghan traders last year. Here it is, with the change from 2024 in percent.

Table 1. Pairs sold to Afghan traders

{CHAPPAL_PCT_BAD}

**Reading the table.** The Peshawari chappal is still our main pair, with more than half of all sales. Children's pairs grew fastest, because traders in Kabul now stock them for the school term as well as for Eid.

**Kohati pairs.** The fall in Kohati chappals worries the board, and a new pattern is being tried in five workshops.

**Stock.** Workshops that make children's pairs should keep a stock of small soles from January; the Lahore supplier closes for two weeks in the spring.

**Payments.** Traders now pay through the cooperative's account, and each workshop receives its share within ten days of the money arriving.

**Stamps.** Every pair must carry the cooperative's stamp inside the heel.
""", arith(["| Children's | 15 | 20 | +25.0 |"],
           "Children's chappals went from 15 to 20 thousand pairs, a rise of 33.3 percent, but the table's Change (%) cell says +25.0 (the rise of 5 taken on 20 rather than on 15); the other rows of the column are right.",
           **{"from": 15, "to": 20}, from_period="2024", to_period="2025",
           stated_change_pct=25.0, computed_change_pct=33.33, unit="thousand pairs",
           subject="children's chappals sold to Afghan traders",
           location="circular, Table 1, children's row, Change (%) column",
           table_form="pipe, percent change column across two year columns"))

add("chappal_cooperative_trader_letter_ecowas", """# Letter to Our Afghan Traders

*An invented cooperative's letter. Figures are invented.*

Dear traders,

Thank you for another good year. Your orders kept the workshops of Kohat busy from the spring to the first snow.

**Duties.** Since the spring, pairs crossing at Torkham have come under a duty-free quota agreed between ECOWAS and Pakistan, and we hope the quota will be renewed in the new year. Please keep the quota certificate that travels with each consignment; without it, customs may charge the full duty.

**Sizes.** Many of you asked for larger sizes of the Peshawari chappal. From March we will make sizes 11 and 12 in both brown and black.

**Children's pairs.** Children's chappals sold well this year. We will send a new design with a buckle strap before the school term begins.

**Complaints.** If a pair comes apart within three months, send it back with the trader's stamp and we will replace it.

**Visits.** Two members of the board will visit Jalalabad and Asadabad in April.

With thanks, the board of the cooperative
""", scope("pairs crossing at Torkham have come under a duty-free quota agreed between ECOWAS and Pakistan",
           "ECOWAS", ["ECOWAS", "PAK"], "agreed between ECOWAS and Pakistan",
           "Chappals crossing at Torkham go from Pakistan to Afghanistan, but the letter puts the Economic Community of West African States, a West African trade bloc, as the other party to the quota that covers them."))

add("chappal_cooperative_staff_circular_traders_reuse", """# Circular to Member Workshops: Who Buys Our Chappals

*An invented cooperative's circular. Figures are invented.*

**Buyers.** The cooperative now sells to 27 traders in Jalalabad, Asadabad and Kabul. Some take a truckload before Eid; others order a few hundred pairs at a time through the year.

**Our workshops.** Of the cooperative's 42 member workshops, 27 are run by women, most of them widows who learned the trade from their husbands or fathers.

**Training.** The cooperative will hold a four-day course on cutting and stitching in March for new apprentices. Each workshop may send two.

**Leather.** The price of buffalo leather rose in the autumn. The board has agreed with two tanneries in Peshawar to hold their price until June if members order together.

**Quality marks.** Every pair sent to Afghanistan must carry the cooperative's stamp inside the heel. Pairs without it will be returned to the workshop.

**Payments.** Shares for the December consignments will be paid in the second week of January.
""", reuse(["sells to 27 traders in Jalalabad, Asadabad and Kabul", "27 are run by women"],
           27, "traders / workshops", "Afghan traders the cooperative sells to",
           "member workshops run by women", 13,
           "The number of Afghan traders (27) is reused in the next paragraph as the number of workshops run by women; the cooperative's yearly statement says women run 13 of the 42 workshops."))


# ---------------------------------------------------------------------------
# Loban Incense Works, Bahawalpur
# ---------------------------------------------------------------------------

add("incense_maker_sales_history_control", f"""# Loban Incense Works: Afghan Sales, 2021 to 2025

*An invented company in Bahawalpur. All figures are invented.*

Loban makes incense sticks (agarbatti) in nine scents. Afghan wholesalers have bought from us since 2021, and this page sets out how those sales have moved.

Table 1. Packets sold to Afghan wholesalers

{INCENSE_YEARS}

**Five years.** Sales rose from 310 thousand packets in 2021 to 445 thousand in 2025, an increase of 135 thousand, or 43.5 percent; 2025 was not quite one and a half times 2021.

**The dip.** 2024 was the one year in which sales fell, by 5.2 percent to 398 thousand packets, after a Kandahar wholesaler closed. In 2025 they recovered by 11.8 percent.

**Value.** At Rs 120 a packet, the 2025 sales were worth Rs 53.4 million.

**Buyers and scents.** We sell through 12 wholesalers in Kabul, Kandahar and Pul-e-Khumri, who between them take all nine scents. Rose, musk and motia (jasmine) sell best. Bamboo sticks come from Vietnam; the scented paste is mixed in Bahawalpur.
""", control_type="control")

add("incense_maker_owner_letter_petered_out", """# From the Owner: A Letter to Staff

*An invented company's letter. Figures are invented.*

Dear colleagues,

The year is nearly over, and I want to tell you plainly how our Afghan trade stands.

**The year.** Afghan sales petered out in 2025, when wholesalers took 445 thousand packets; in 2024 they had taken 398 thousand. The rolling room and the packing room both worked long hours in the autumn, and I thank every one of you for it.

**Our wholesalers.** We sell through 12 wholesalers in Kabul, Kandahar and Pul-e-Khumri. One of them, in Pul-e-Khumri, has asked to become our sole agent in the north. I have not agreed, because I would rather sell to several smaller shops than depend on one.

**Damp.** Packets that sat in the lower store in August lost their scent. From now on all finished stock goes to the upstairs store.

**Next year.** We will add a tenth scent, made with cardamom, which our Kabul wholesalers have asked for.

**Bonus.** The winter bonus will be paid with the December wages.

With thanks, the owner of Loban Incense Works
""", direction("Afghan sales petered out in 2025, when wholesalers took 445 thousand packets; in 2024 they had taken 398 thousand",
              398, 445, "2024", "2025", "petered out", "fall", "thousand packets",
              "incense packets taken by Afghan wholesalers", "owner's letter, 'The year' paragraph",
              "'Petered out' says sales dwindled, but they rose from 398 thousand packets in 2024 to 445 thousand in 2025 (+11.8 percent); the later year is named first."))

add("incense_maker_store_circular_damp_twice", """# Circular to Store Staff: Keeping Afghan Stock Dry

*An invented company's circular. Figures are invented.*

Afghan wholesalers have complained twice this year that packets arrived without scent. The fault was ours, not theirs, and this circular sets out how the store must work from now on.

**Damp.** Packets left in a damp store lose their scent within a month. Packets left in a damp store lose their scent within a month. The lower store, near the canal, is damp from July to September and must not hold finished packets in those months.

**Cartons.** Each carton of 100 packets must be lined with waxed paper and sealed with tape on all edges. Cartons for Kandahar travel by Chaman and may sit for days in the sun at the crossing.

**Order of despatch.** Old stock goes first. Write the week of packing on every carton so that the store can see what is oldest.

**Checks.** The store keeper will open one carton in each consignment and smell a packet from the middle before the truck is loaded.

**Questions.** Ask the store keeper or the despatch office.
""", garbled(["Packets left in a damp store lose their scent within a month. Packets left in a damp store lose their scent within a month."],
             "The same sentence is written twice in a row.",
             repeated_sentence="Packets left in a damp store lose their scent within a month.",
             occurrences=2, subject="incense packets losing their scent in a damp store",
             location="circular, 'Damp' paragraph"))

add("incense_maker_sales_note_doubled", """# Note for the Sales Team: Afghan Wholesalers

*An invented company's note. Figures are invented.*

**Where we are.** Afghan sales have doubled since 2021, from 310 thousand packets to 445 thousand in 2025. The growth has come mostly from Kabul, where two wholesalers now supply mosques and shrines as well as shops.

**Scents that sell.** Rose, musk and motia are still the best sellers. Oud sells slowly because it costs more, but the Kabul wholesalers want it for weddings.

**Packs.** Wholesalers in Kandahar ask for a small pack of ten sticks for village shops, where customers cannot pay for a packet of twenty. The workshop will try this pack in the spring.

**Prices.** The price stays at Rs 120 a packet until June. After that it will depend on the price of bamboo sticks, which rose twice this year.

**Visits.** The sales manager will visit Kabul and Kandahar in April. Each member of the team should send him the names of shops they would like him to see, with a line on what each one buys.
""", arith(["Afghan sales have doubled since 2021, from 310 thousand packets to 445 thousand in 2025"],
           "From 310 to 445 thousand packets is a rise of 43.5 percent, well short of doubling (620 thousand would be double).",
           **{"from": 310, "to": 445}, from_period="2021", to_period="2025",
           stated_fold=2.0, stated_change_pct=100.0, computed_change_pct=43.55,
           unit="thousand packets", subject="incense packets sold to Afghan wholesalers",
           location="note, 'Where we are' paragraph", as_written={"stated_fold": "doubled"}))

add("incense_maker_bulletin_wholesalers_reuse", """# Loban Bulletin: Our Afghan Buyers

*An invented staff bulletin. Figures are invented.*

**The range.** We now make 9 scents, from rose and musk to oud. Each comes in packets of twenty sticks, and the cardamom scent that Kabul asked for is being tested in the mixing room.

**Buyers.** Afghan trade goes through 9 wholesalers in Kabul, Kandahar and Pul-e-Khumri, who sell on to shops, mosques and shrines.

**Packing.** The packing room now seals packets with a heat strip instead of glue, which keeps the scent in longer and is quicker.

**Safety.** The drying racks must not stand near the stove in the rolling room. A rack caught fire in November; nobody was hurt, but a day's stock was lost.

**Welcome.** Six new rollers joined us in October, all from villages near Bahawalpur. Please help them learn the work, and show them where the first-aid box and the fire buckets are kept.

**Eid holidays.** The works will close for three days at Eid. Wages for the month will be paid before the holiday.
""", reuse(["We now make 9 scents", "Afghan trade goes through 9 wholesalers"],
           9, "scents / wholesalers", "scents the company makes",
           "Afghan wholesalers the company sells through", 12,
           "The number of scents (9) is reused in the next paragraph as the number of Afghan wholesalers; the company's sales history and the owner's letter say it sells through 12 wholesalers."))


# ---------------------------------------------------------------------------
# Chashma Pumps, Kamoke
# ---------------------------------------------------------------------------

add("hand_pump_maker_sales_statement_control", f"""# Chashma Pumps: Afghan Sales Statement, 2025

*An invented company in Kamoke. All figures are invented.*

Chashma casts and assembles hand pumps for shallow wells. Afghan dealers sell them to farmers and villages, and aid groups buy them for schools and clinics.

Table 1. Pumps sold to Afghan buyers, 2025 (text as extracted from the PDF)

{PUMP_PDF}

**The year.** Afghan buyers took 2,800 pumps in 2025, against 2,450 in 2024, a rise of 350 pumps, or 14.3 percent. At Rs 18,000 a pump the year's sales came to Rs 50.4 million.

**Halves.** The first half brought 1,560 pumps, 55.7 percent of the year, because wells are sunk before the hot months.

**Kinds.** Cast-iron pumps made up 1,800 of the 2,800, or 64.3 percent. Galvanised pumps, which resist the salty water of some southern districts, made up the rest.

**Buyers.** We sell to 16 dealers in Jalalabad, Ghazni and Maimana. Pipes and rods are bought in Lahore; the cylinders are cast in our own foundry.
""", control_type="control")

add("hand_pump_maker_board_note_subtotal", f"""# Note to the Board: Afghan Pump Sales by Half-Year

*An invented company's note. Figures are invented.*

The board asked for Afghan sales split by half-year, so that it can plan foundry shifts for 2026.

Table 1. Pumps sold to Afghan buyers, 2025

{PUMP_BAD_SUBTOTAL}

**What the table shows.** Sales are heavier in the first half, when farmers and villages sink new wells before the summer. The second quarter alone brought 940 pumps. The autumn is quieter, and in the fourth quarter only 460 pumps were sold.

**Foundry shifts.** The production manager proposes a second foundry shift from February to May and a single shift for the rest of the year.

**Galvanised pumps.** Dealers in the south want more galvanised pumps, which last longer in salty water. The board is asked to approve a second galvanising tank.

**Prices.** Prices for 2026 will stay at Rs 18,000 a pump for dealers who order fifty or more.
""", parts_total(["| Sub-total, H1 | 1,010 | 550 | 1,650 |"],
                 {"Q1 2025": 620, "Q2 2025": 940}, 1650, "pumps", "H1 2025",
                 "hand pumps sold to Afghan buyers in the first half",
                 "note, Table 1, first-half sub-total row, Total column",
                 "The first-half sub-total row gives 1,650 pumps in its Total column, but the two quarters above it (620 and 940) make 1,560, as do its own cast-iron and galvanised cells (1,010 and 550); the year's total row, which adds the quarters, is right.",
                 table_form="pipe, sub-total rows and a Total column"))

add("hand_pump_maker_dealer_letter_tailspin", """# Letter to Afghan Dealers

*An invented company's letter. Figures are invented.*

Dear dealers,

Thank you for your orders, and for your patience during the closures at Torkham this year.

**The year.** Between 2024 and 2025 Afghan demand went into a tailspin, from 2,450 pumps to 2,800. Most orders came in the spring, when many of you bought for villages that were sinking new wells.

**Spare parts.** A pump is only as good as its leather washers. From January every pump will ship with a spare set of washers and a plunger seal, at no extra charge.

**Galvanised pumps.** Dealers in Ghazni asked for more galvanised pumps. We are adding a second galvanising tank, so waiting times should fall by half.

**Payment.** Terms stay as before: full payment before the truck leaves Kamoke, or a bank guarantee for dealers who have bought from us for three years.

**Visits.** Our sales manager will be in Jalalabad in the first week of March and would be glad to meet any dealer who can come.

With best wishes, the sales office of Chashma Pumps
""", direction("Between 2024 and 2025 Afghan demand went into a tailspin, from 2,450 pumps to 2,800",
              2450, 2800, "2024", "2025", "tailspin", "fall", "pumps",
              "hand pumps taken by Afghan dealers", "letter, 'The year' paragraph",
              "'Went into a tailspin' says demand collapsed, but it rose from 2,450 pumps in 2024 to 2,800 in 2025 (+14.3 percent); the earlier year is named first."))

add("hand_pump_maker_logistics_memo_mozambique", """# Logistics Memo: Afghan Consignments This Winter

*An invented company's memo. Figures are invented.*

*To: despatch office. From: logistics manager.*

**Trucks.** Trucks leave Kamoke for Mozambique by way of Torkham every Thursday. Each truck carries up to 120 pumps packed in wooden crates. Crates must be marked with the dealer's name in Dari and in English.

**Papers.** The driver's folder must hold the invoice, the packing list, the certificate of origin and, for aid orders, the letter from the buying agency. A missing letter held a truck at the crossing for three days in November.

**Loading.** Load the heavy cylinders at the bottom and the handles on top. Two crates cracked in October because rods were loaded under cylinders.

**Weather.** From December the road beyond Jalalabad can close for a day or two after snow. Book drivers who know the road and carry chains.

**Insurance.** Every truck is insured from our gate to the dealer's store. Photograph each crate before loading so that any claim can be proved.
""", scope("Trucks leave Kamoke for Mozambique by way of Torkham every Thursday",
           "MOZ", ["PAK", "MOZ"], "for Mozambique by way of Torkham",
           "The weekly trucks cross at Torkham for the company's Afghan dealers (Jalalabad, Ghazni, Maimana), but the memo gives Mozambique as their destination, putting Mozambique in Afghanistan's place."))

add("hand_pump_maker_spring_order_notice_backwards", """# Notice to Dealers: Spring Orders for 2026

*An invented company's notice. Figures are invented.*

**Order window.** Orders for delivery in the spring of 2026 will be taken from 30/11/2025 to 01/10/2025. Orders placed in this window are held at this year's price of Rs 18,000 a pump.

**Why order early.** Most Afghan villages sink wells in March and April, and the foundry cannot cast enough cylinders in those months to meet every late order. Early orders let us plan shifts and buy pig iron before prices rise.

**Deposits.** A deposit of one quarter of the value is due when the order is confirmed. The balance is due before the truck leaves Kamoke.

**Kinds.** Both the cast-iron pump and the galvanised pump can be ordered. Galvanised pumps take two weeks longer because each batch must be dipped and cured.

**Delivery.** Trucks go by Torkham to Jalalabad and on to your store. We will tell you the week of delivery when we confirm your order.

**Contact.** Write to the sales office in Kamoke or speak to our agent in Jalalabad.
""", garbled(["from 30/11/2025 to 01/10/2025"],
             "The order window runs backwards, from 30 November 2025 to 1 October 2025, written day/month/year.",
             stated_period_start="30/11/2025", stated_period_end="01/10/2025",
             subject="window for spring orders of hand pumps",
             location="notice, 'Order window' paragraph"))


# ---------------------------------------------------------------------------
# Sidha Paon Clubfoot Clinic, Mansehra
# ---------------------------------------------------------------------------

add("clubfoot_clinic_annual_report_abbottabad", f"""# Sidha Paon Clubfoot Clinic: Annual Report 2025

*An invented clinic in Mansehra. All figures are invented.*

Clubfoot turns a baby's foot inward and down. Treated early with a series of plaster casts and then a brace, most children walk normally; left alone, they walk on the sides of their feet for life.

Table 1. Children treated in 2025, by home district

{CLUBFOOT_PIPE}

**The year.** We treated 180 children, 30 more than in 2024. Seventy-two of them, or 40 percent, came from Afghan refugee families.

**Where they came from.** Mansehra sent the most children, as it is closest. Abbottabad district sent 83 children, most of them from the refugee villages near Havelian, and some families travelled three hours each way for every cast.

**Braces.** Casting is only the first step. We fitted 126 braces in 2025, and our team visits families to check that children wear them at night.

**Staff.** Two doctors and five casting technicians ran the clinic this year.
""", tvt(["Abbottabad district sent 83 children", "| Abbottabad | 15 | 23 | 38 |"],
        {"text_value": 83, "table_value": 38}, "children",
        "children from Abbottabad district treated by the clinic", "2025",
        "'Where they came from' paragraph against the Abbottabad row of Table 1",
        "The text says Abbottabad district sent 83 children; the table's Abbottabad row gives 38 (15 girls and 23 boys), the digits reversed. 83 occurs nowhere in the table.",
        table_form="pipe, total column and total row"))

add("clubfoot_clinic_winter_appeal_refugees_2021", """# Winter Appeal: Help a Child Take Their First Steps

*An invented clinic's appeal. Figures are invented.*

**Who we serve.** At the end of 2021, as reported by the UN refugee agency, Pakistan hosted some 12 lakh registered Afghan refugees, many of them in the villages of Hazara division around our clinic. Their children are born with clubfoot as often as any others, but their families can rarely pay for months of casting and a brace.

**What a gift does.** Rs 4,000 pays for a week of casting; Rs 9,000 pays for a brace and the shoes that go with it. A child needs five or six casts and then wears the brace at night for up to four years.

**Last year.** In 2025 we treated 180 children, of whom 72 came from Afghan refugee families.

**How to give.** Gifts can be made by bank transfer or in cash at the clinic in Mansehra. Every gift is recorded, and donors receive a receipt within a week.

**Thank you.** Every child who walks out of our clinic on two straight feet does so because someone gave.
""", citation(["At the end of 2021, as reported by the UN refugee agency, Pakistan hosted some 12 lakh registered Afghan refugees"],
              1200000, "2021",
              "'YEAR, as reported by the UN refugee agency' between the year and a figure in lakh, in a clubfoot clinic's winter appeal",
              "appeal, 'Who we serve' paragraph",
              "The reference figure for the end of 2021 is 1,490,562 (about 14.9 lakh); 'some 12 lakh' is 19.5 percent low.",
              stated_as_written="12 lakh", stated_hedge="some"))

add("clubfoot_clinic_trustees_brief_refugees_2019", """# Brief for Trustees: Where We Started

*An invented clinic's brief. Figures are invented.*

The trustees asked for a short account of the clinic's first year, for the new members of the board.

Table 1. The clinic's first year in context

| Item | Figure | Source |
|---|---|---|
| Children treated by the clinic, 2019 | 41 | Clinic records |
| Doctors at the clinic, 2019 | 1 | Clinic records |
| Registered Afghan refugees in Pakistan, end-2019 | 1.6 million | UNHCR (2019) |

**How it began.** The clinic opened in 2019 in two rooms of a rented house in Mansehra, with one doctor and a borrowed plaster table. In that first year it treated 41 children, most of them babies under one year old.

**Why here.** Hazara division has many refugee villages, and their families had no clinic nearby that offered casting without charge. From the start, the clinic chose to treat every child whose family asked, Pakistani or Afghan.

**Since then.** By 2025 the clinic had two doctors and five casting technicians and treated 180 children in the year.

**For the board.** New trustees are invited to spend a morning at the clinic on a casting day, which is Tuesday.
""", citation(["| Registered Afghan refugees in Pakistan, end-2019 | 1.6 million | UNHCR (2019) |"],
              1600000, "2019",
              "table row with a source column 'UNHCR (YEAR)' beside a figure in millions, in a clubfoot clinic's brief for trustees",
              "brief, Table 1, refugee row",
              "The reference figure for the end of 2019 is 1,419,084; the table's 1.6 million is 12.7 percent high.",
              stated_as_written="1.6 million"))

add("clubfoot_clinic_fact_sheet_refugees_cited_control", """# Fact Sheet: Afghan Refugee Families and Clubfoot Care

*An invented clinic's fact sheet. Clinic figures are invented.*

**The families.** Pakistan hosted 17,43,278 registered Afghan refugees at the end of 2022, according to UNHCR's end-of-year 2022 statistics. A year later UNHCR's end-of-year 2023 statistics counted 1,987,717, a rise of 244,439, or 14.0 percent.

**The clinic.** In 2025 Sidha Paon treated 180 children with clubfoot, 30 more than in 2024. Seventy-two of them came from Afghan refugee families, most from villages in Mansehra, Haripur and Abbottabad.

**The treatment.** A child receives five or six plaster casts over as many weeks, a small cut to the heel cord in most cases, and then a brace worn at night for up to four years.

**The team.** Two doctors and five casting technicians. Casting day is Tuesday; braces are fitted on Thursdays.

**Costs.** A full course of treatment costs the clinic about Rs 45,000 a child. Families pay nothing.

**Contact.** Visitors and donors are welcome at the clinic in Mansehra on any weekday morning.
""", control_type="citation_control")

add("clubfoot_clinic_staff_note_braces_reuse", """# Staff Note: Braces and Follow-up

*An invented clinic's staff note. Figures are invented.*

**The numbers.** We fitted 126 braces in 2025, the most in any year so far. Of the children we treated, 126 came from Afghan refugee families, and many of them live in villages an hour or more from the clinic.

**Follow-up visits.** A brace works only if it is worn. From January the outreach worker will visit every family in the first month after a brace is fitted and again after three months.

**Shoes.** The brace shoes wear out fast on stony paths. Keep a stock of the three smallest sizes in the store, and tell the office when fewer than ten pairs of any size remain.

**Records.** Please write the date of every cast in the child's card and in the register on the same day.

**Casting day.** Tuesday remains casting day. Technicians should arrive by eight to prepare plaster and warm water, and the waiting room must be swept before the first family arrives.
""", reuse(["We fitted 126 braces in 2025", "126 came from Afghan refugee families"],
           126, "braces / children", "braces fitted in 2025",
           "children treated in 2025 who came from Afghan refugee families", 72,
           "The number of braces fitted (126) is reused in the next sentence as the number of children from Afghan refugee families; the clinic's annual report and fact sheet give 72 of 180."))


# ---------------------------------------------------------------------------
# Toofan Taekwondo Club, Hangu
# ---------------------------------------------------------------------------

add("taekwondo_club_history_stellar", """# Toofan Taekwondo Club: A Short History

*An invented club in Hangu. Figures are invented.*

**The start.** The club began in 2021 in the courtyard of a refugee village school near Hangu, with one coach, a few donated mats and a dozen boys who had watched taekwondo on a phone.

**Growing.** Girls joined in 2022, and by the end of that year the club had 34 members. A second coach arrived in 2023, and the club ended that year with 46.

**Ups and downs.** 2024 was a stellar year for the club: it ended the year with 41 members, against 46 a year earlier. A woman coach joined that spring, and the girls' group moved to evenings of its own.

**Today.** At the end of 2025 the club had 53 members, 21 girls and 32 boys, with three coaches and nine black belts. It trains four evenings a week in a school hall and took part in six tournaments in 2025.

**What we need.** New mats, a second set of body protectors, and bus fares for tournaments away from Hangu.
""", direction("2024 was a stellar year for the club: it ended the year with 41 members, against 46 a year earlier",
              46, 41, "end-2023", "end-2024", "stellar", "rise", "members",
              "members of the club", "history, 'Ups and downs' paragraph",
              "'A stellar year' says the club thrived, but it ended 2024 with 41 members against 46 at the end of 2023 (-10.9 percent); the later date is named first and the earlier one only as 'a year earlier'."))

add("taekwondo_club_sponsor_pack_refugees_2023", """# Sponsorship Pack: Toofan Taekwondo Club

*An invented club's pack for sponsors. Figures are invented.*

**Why the club exists.** Pakistan was home to 17,43,278 Afghan refugees whom UNHCR registered at the end of 2023, and hundreds of families live in the villages around Hangu. Their children have few places to play safely, and almost none for girls.

**What we do.** The club trains 53 young people, 21 of them girls, four evenings a week. Three coaches, one of them a woman, teach forms, sparring and the discipline that goes with them.

**Results.** In 2025 our players entered six tournaments and brought home 17 medals.

**What sponsors pay for.** Rs 60,000 buys a full set of mats for one training area; Rs 12,000 buys a body protector and helmet; Rs 8,000 pays for a player's travel and entry to a provincial tournament.

**What sponsors receive.** Your name on the club banner, a report each season, and an invitation to our grading day.

**Contact.** Write to the club secretary in Hangu.
""", citation(["Pakistan was home to 17,43,278 Afghan refugees whom UNHCR registered at the end of 2023"],
              1743278, "2023",
              "'whom UNHCR registered at the end of YEAR' after a figure written in full with lakh grouping, in a taekwondo club's sponsorship pack",
              "sponsorship pack, 'Why the club exists' paragraph",
              "17,43,278 is exactly the end-2022 reference value (1,743,278) cited for the end of 2023, whose value is 1,987,717 (12.3 percent lower than the reference).",
              same_as_year="2022", stated_as_written="17,43,278"))

add("taekwondo_club_season_report_growth", """# Season Report 2025

*An invented club's season report. Figures are invented.*

**Members.** Membership grew from 41 at the end of 2024 to 53 at the end of 2025, a rise of 35 percent. The girls' group grew fastest, to 21 members, after a woman coach began taking their evening sessions.

**Tournaments.** Players entered six tournaments during the year and won 17 medals, four of them gold. Two of our girls reached the provincial finals in their weight class.

**Gradings.** Nine players now hold black belts. Eleven more passed their red belt grading in November and will try for black next year.

**The hall.** The school that lends us its hall has agreed to let us train there for two more years. We leave the hall clean and the mats stacked after every session.

**Money.** Sponsors paid for new mats and for bus fares to two tournaments. Parents paid nothing; the club does not charge fees.

**Thanks.** To our coaches, our sponsors, the school and every parent who waited outside the hall in the cold.
""", arith(["Membership grew from 41 at the end of 2024 to 53 at the end of 2025, a rise of 35 percent"],
           "From 41 to 53 members is a rise of 12, or 29.3 percent, not 35 percent.",
           **{"from": 41, "to": 53}, from_period="end-2024", to_period="end-2025",
           stated_change_pct=35, computed_change_pct=29.27, unit="members",
           subject="members of the club", location="season report, 'Members' paragraph"))

add("taekwondo_club_notice_evenings_twice", """# Notice to Players and Parents

*An invented club's notice. Figures are invented.*

**Training times.** From 1 December training starts at four in the afternoon instead of five, so that players can reach home before dark.

**Separate evenings.** Boys and girls train on separate evenings, with a woman coach for the girls. Boys and girls train on separate evenings, with a woman coach for the girls. Parents may wait in the school office during training.

**Kit.** Every player must come in a clean uniform with the belt tied properly. Players without a uniform may borrow one from the club box, but must return it washed.

**Gradings.** The next grading is in February. Coaches will tell each player whether they are ready to try for the next belt.

**Tournaments.** The club has been invited to a tournament in Kohat in March. Players who wish to go must bring a form signed by a parent by the end of January.

**Illness.** A player with a fever or a cough should stay at home and rest.
""", garbled(["Boys and girls train on separate evenings, with a woman coach for the girls. Boys and girls train on separate evenings, with a woman coach for the girls."],
             "The same sentence is written twice in a row.",
             repeated_sentence="Boys and girls train on separate evenings, with a woman coach for the girls.",
             occurrences=2, subject="separate training evenings for boys and girls",
             location="notice, 'Separate evenings' paragraph"))

add("taekwondo_club_coach_notes_belarusian_border", """# Coach's Notes: Our Players and Their Families

*An invented club's notes. Figures are invented.*

These notes are for the volunteers who help at training, so that they know something of the families our players come from.

**Where they come from.** Families who crossed the Afghan\u2013Belarusian border in the 1980s and 1990s still make up most of the club; their children and grandchildren were born here in Hangu. A few newer families came after 2021.

**Language.** Most players speak Pashto at home. Use simple Urdu in training and let the older players translate for the younger ones.

**Girls.** Some families allow girls to train only with a woman coach. Respect this; do not move a girl into a boys' session even for a day.

**Visitors.** A coach from Belarus who works at a sports school in Islamabad ran two days of training for our black belts in October. He has offered to come back in the spring.

**Fees.** The club charges no fees. If a family offers money, thank them and send them to the secretary.
""", scope("Families who crossed the Afghan\u2013Belarusian border in the 1980s and 1990s still make up most of the club",
           "BLR", ["AFG", "BLR"], "Afghan\u2013Belarusian border",
           "The families crossed from Afghanistan into Pakistan, where they now live in Hangu; the notes call the border they crossed the Afghan\u2013Belarusian border, putting Belarus in Pakistan's place. The coach from Belarus is a correct, unrelated mention.",
           not_a_defect="A coach from Belarus who works at a sports school in Islamabad ran two days of training"))


# ---------------------------------------------------------------------------
# Muskaan Cleft Care, Mingora
# ---------------------------------------------------------------------------

add("cleft_charity_appeal_refugees_2024", """# Appeal: A Smile Before School

*An invented charity's appeal. Figures are invented.*

**The need.** At the end of 2024 about 1.9 million registered Afghan refugees still lived in Pakistan [UNHCR, 2024], many of them in the valleys of Swat and Lower Dir. A child born there with a cleft lip or palate often waits years for surgery, and some never have it.

**What we do.** Muskaan Cleft Care holds surgical camps in Mingora and Timergara. Two volunteer surgeons repair lips and palates free of charge, and a nurse teaches mothers how to feed a baby with a cleft before the operation.

**Last year.** In 2025 we repaired 84 lips and 57 palates, 141 operations in all, in four camps.

**What your gift does.** Rs 25,000 pays for one lip repair, including the child's stay and the mother's meals. Rs 40,000 pays for a palate repair, which takes longer and needs more care afterwards.

**Give before spring.** Our next camp is in March. Every gift received before then helps a child who is already on our list.
""", citation(["At the end of 2024 about 1.9 million registered Afghan refugees still lived in Pakistan [UNHCR, 2024]"],
              1900000, "2024",
              "bracketed '[UNHCR, YEAR]' straight after a figure in millions, in a cleft charity's appeal",
              "appeal, 'The need' paragraph",
              "The reference figure for the end of 2024 is 1,559,964; 'about 1.9 million' is 21.8 percent high (closer to the end-2023 value).",
              stated_as_written="1.9 million", stated_hedge="about"))

add("cleft_charity_history_refugees_2022", """# How Muskaan Began

*An invented charity's short history. Figures are invented.*

**The first camp.** Muskaan held its first surgical camp in Mingora in the spring of 2022, in a school borrowed for a week. Seventeen children were operated on, nine of them from Afghan refugee families.

**The refugee families.** At the end of 2022 roughly 1.45 million registered Afghan refugees were in Pakistan. Many had lived for decades in the villages of Lower Dir, where no hospital offered cleft surgery without charge.

Data: UNHCR, Pakistan: registered Afghan refugees, 31 Dec 2022

**Growing.** A second surgeon joined in 2023, and the camps grew to four a year. In 2024 the charity carried out 118 operations, and in 2025, 141.

**What has not changed.** Every operation is free. Families receive bus fares, and mothers stay with their children until the stitches come out.

**Thanks.** The school in Mingora that lent its rooms for that first camp still does so each spring, and its teachers still cook for the families on the first night.
""", citation(["At the end of 2022 roughly 1.45 million registered Afghan refugees were in Pakistan",
               "Data: UNHCR, Pakistan: registered Afghan refugees, 31 Dec 2022"],
              1450000, "2022",
              "data line 'Data: UNHCR, Pakistan: registered Afghan refugees, DD Mon YEAR' in its own paragraph under a figure in millions, in a cleft charity's short history",
              "history, 'The refugee families' paragraph and the data line under it",
              "The reference figure for the end of 2022 is 1,743,278; 'roughly 1.45 million' is 16.8 percent low.",
              stated_as_written="1.45 million", stated_hedge="roughly"))

add("cleft_charity_trustee_letter_refugees_cited_control", """# Letter to Trustees: The Families We Serve

*An invented charity's letter. Figures are invented.*

Dear trustees,

Before our planning meeting, I set out below how the refugee population around us has changed, and what it means for our camps.

**The numbers.** UNHCR's count at the end of 2019 was 1,419,084 registered Afghan refugees in Pakistan. UNHCR's count at the end of 2024 was 1,559,964, higher by 140,880, or 9.9 percent, even after the returns of the last two years.

**What it means for us.** The families who remain are mostly long settled in Swat and Lower Dir. Their children are born here, and our waiting list is made up almost entirely of children under five.

**Our work.** In 2025 we carried out 141 operations, 23 more than in 2024, in four camps.

**The waiting list.** Thirty-eight children are waiting for palate repair. I propose a fifth camp in the autumn if the surgeons can give us the time.

**The budget.** The treasurer will bring the cost of a fifth camp to the meeting.

With regards, the director of Muskaan Cleft Care
""", control_type="citation_control")

add("cleft_charity_newsletter_harare", """# Muskaan Newsletter: Autumn 2025

*An invented charity's newsletter. Figures are invented.*

**Camps.** The autumn camp in Timergara repaired 22 lips and 15 palates in three days. Mothers stayed in the ward with their children, and the nurses ran a feeding class every morning.

**Families on the move.** Under the returns accord signed by Kabul and Harare, some families in Lower Dir are weighing whether to go back this winter. Several mothers asked whether their children could still come to a camp if they leave; we have told them that any child on our list will be treated if the family can reach us.

**After surgery.** A palate repair is only the first step. Many children need help with their speaking afterwards, and a volunteer from Mingora now visits families to show mothers simple exercises.

**Thanks.** To the hospital in Timergara for its theatre, to our two surgeons, and to every donor who gave in the spring appeal. The next camp will be held in Mingora in March.
""", scope("Under the returns accord signed by Kabul and Harare",
           "ZWE", ["AFG", "ZWE"], "signed by Kabul and Harare",
           "The families in Lower Dir would return from Pakistan to Afghanistan, so a returns accord is one between Kabul and Islamabad; the newsletter names Harare, the capital of Zimbabwe, as the other party, putting Zimbabwe in Pakistan's place."))

add("cleft_charity_camp_report_waiting_reuse", """# Camp Report: The Year's Operations

*An invented charity's report. Figures are invented.*

**Operations.** Over four camps in 2025 the surgeons carried out 84 lip repairs and 57 palate repairs. Palate repairs take longer, and each one needs the child to stay an extra night.

**Waiting.** At present 57 children are waiting for palate repair, most of them over a year old, the age at which surgeons prefer to close the palate.

**Camps.** Each camp lasts three days. The first day is for checks and blood tests, the second and third for surgery. Children with a cough or fever are sent home and booked for the next camp.

**Anaesthesia.** A volunteer anaesthetist from Peshawar joined the spring and autumn camps. We need a second one for the summer camp, and the director has written to two hospitals in Peshawar to ask.

**Next year.** We hope to hold a fifth camp in Timergara in the autumn, if the hospital can give us its theatre for three more days.
""", reuse(["57 palate repairs", "57 children are waiting for palate repair"],
           57, "operations / children", "palate repairs carried out in 2025",
           "children waiting for palate repair", 38,
           "The number of palate repairs carried out in 2025 (57) is reused in the next paragraph as the number of children waiting for palate repair; the director's letter to trustees says thirty-eight children are waiting."))


# ---------------------------------------------------------------------------
# Aab-e-Saaf Filter Project, Timergara
# ---------------------------------------------------------------------------

add("filter_project_donor_report_first_quarter", f"""# Aab-e-Saaf Filter Project: Report to Donors, 2025

*An invented project in Lower Dir. Figures are invented.*

A biosand filter is a concrete box filled with layers of sand and gravel. Water poured in at the top comes out cleaner at the bottom, as a thin living layer on the sand eats much of the harm in it.

Table 1. Filters installed in Afghan refugee villages, 2025

{FILTER_PIPE}

**The year.** Our masons installed 900 filters in 2025, against 760 in 2024. Each filter serves one household of about seven people.

**A slow start.** Cold weather slows the curing of concrete. In the first quarter the masons installed 510 filters, most of them in the lower villages where frost is rare.

**Costs.** A filter costs Rs 9,500 to build and install, including the sand, which must be washed and sieved on site.

**Villages.** The project works in 11 villages around Timergara with a team of six masons and one health worker.
""", tvt(["In the first quarter the masons installed 510 filters", "| Q1 2025 | 150 | 1,050 |"],
        {"text_value": 510, "table_value": 150}, "filters",
        "biosand filters installed in Afghan refugee villages", "Q1 2025",
        "'A slow start' paragraph against the Q1 2025 row of Table 1",
        "The text gives 510 filters for the first quarter, under the heading 'A slow start'; the Q1 2025 row of the table gives 150 (and 1,050 people served, seven a filter).",
        table_form="pipe", period_as_written="the first quarter"))

add("filter_project_appeal_refugees_2020", """# Appeal: Clean Water for Refugee Households

*An invented project's appeal. Figures are invented.*

**Why now.** When our project began in 2020, nearly 17 lakh registered Afghan refugees lived in Pakistan, per the UNHCR year-end 2020 register. Many families in Lower Dir still drink from open wells and streams, and diarrhoea is the commonest reason a child there is taken to a clinic.

**What a filter does.** A biosand filter removes most of the germs and the mud from well water. It needs no power and no spare parts, and a family learns to look after it in an afternoon.

**What your gift does.** Rs 9,500 pays for one filter, installed in a home, with a follow-up visit after a month. Rs 57,000 pays a mason for a month.

**What we did last year.** In 2025 our masons installed 900 filters in 11 villages around Timergara.

**How to give.** By bank transfer, or in person at our office near the Timergara bus stand. Every donor receives a photograph of a filter they paid for.
""", citation(["When our project began in 2020, nearly 17 lakh registered Afghan refugees lived in Pakistan, per the UNHCR year-end 2020 register"],
              1700000, "2020",
              "'per the UNHCR year-end YEAR register' after a figure in lakh, in a water filter project's appeal",
              "appeal, 'Why now' paragraph",
              "The reference figure for the end of 2020 is 1,438,432 (about 14.4 lakh); 'nearly 17 lakh' is 18.2 percent high.",
              stated_as_written="17 lakh", stated_hedge="nearly"))

add("filter_project_fact_sheet_refugees_cited_control", """# Fact Sheet: Refugee Villages and Safe Water

*An invented project's fact sheet. Project figures are invented.*

**Refugees in Pakistan.** The UN refugee agency's figure for December 2020 was 1,438,432 registered Afghan refugees; the UN refugee agency's figure for December 2021 was 1,490,562, or about 14.9 lakh. That is a rise of 52,130, or 3.6 percent, in a year.

**The project.** Aab-e-Saaf installs biosand filters in the homes of Afghan refugee families in 11 villages around Timergara. It began in 2020 and installed 900 filters in 2025, against 760 in 2024.

**How a filter works.** Water poured into the top passes slowly through fine sand, where a thin living layer traps and eats most germs, and then through gravel to the spout.

**People served.** A filter serves one household of about seven people, so the 900 filters of 2025 reach some 6,300 people.

**Team.** Six masons and one health worker, who visits each household a month after its filter is installed.

**Cost.** Rs 9,500 a filter, installed.
""", control_type="citation_control")

add("filter_project_newsletter_third_quarter", """# Aab-e-Saaf Newsletter: Winter 2025

*An invented project's newsletter. Figures are invented.*

**Busiest months.** The summer and early autumn were our busiest time. The masons installed 310 filters in Q3 2025, up from 310 in Q3 2025, as dry weather let the concrete cure quickly and families were at home after the wheat harvest.

**A visit that mattered.** In one village near Timergara, our health worker found that a family had stopped using their filter because the water ran slowly. The sand had not been cleaned for a year. She showed them how to stir the top layer and pour off the dirty water, and the filter ran well again.

**Training.** Every household now receives a picture card, in Pashto, showing how to clean the filter and how often.

**Looking ahead.** In 2026 we hope to reach two more villages. Donors who would like to visit a village with us are welcome in the spring, when the roads are open and the masons are at work.
""", garbled(["installed 310 filters in Q3 2025, up from 310 in Q3 2025"],
             "A change whose start and end are the same value and the same quarter: '310 filters in Q3 2025, up from 310 in Q3 2025'.",
             start_value=310, end_value=310, start_period="Q3 2025", end_period="Q3 2025",
             unit="filters", subject="biosand filters installed in the third quarter",
             location="newsletter, 'Busiest months' paragraph"))

add("filter_project_mason_note_villages_reuse", """# Note for the Masons' Team

*An invented project's note. Figures are invented.*

**Where we work.** The project now works in 11 villages around Timergara. Our 11 masons will be split into two groups from January, one for the upper villages and one for the lower.

**Sand.** Sand must be washed until the water runs clear and then sieved through both screens. Filters built with dirty sand clog within weeks.

**Curing.** In winter, keep the new concrete boxes covered with sacking for at least a week and water them every morning.

**Households.** Before you leave a house, fill the filter, show the family how to pour water in and wait for it to run, and tell them not to move it.

**Safety.** Wear gloves when mixing cement and lift boxes in pairs. A cured filter box is too heavy for one man to lift safely.

**Records.** Write the family's name and the village on the inside of the lid, and the date of installation in the team's register the same evening.
""", reuse(["works in 11 villages around Timergara", "Our 11 masons"],
           11, "villages / masons", "villages the project works in",
           "masons in the project's team", 6,
           "The number of villages (11) is reused in the next sentence as the number of masons; the project's report to donors and fact sheet give a team of six masons."))
