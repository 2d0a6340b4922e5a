# Twenty-fourth held-out set of synthetic documents ("heldout24").  Written
# from scratch after heldout23/, by a labeller session that had not opened
# dyad's implementation or history and had not seen any of its results.
# Every entry: name (topic slug, numbered later by build_heldout24.py), text,
# labels (list of defect dicts), control_type for controls.
# Registers not used before: a zipper maker's papers on Afghan garment
# workshops; a wax crayon maker's papers on Afghan school suppliers; a twine
# makers' association's papers (with the annual trade series, 2022-2024
# rows); a dried-date (chhuhara) packers' group; a sunglasses maker; a tennis
# ball maker; a mobile optician service in Afghan refugee villages; a refugee
# youth volleyball club; a speech therapy centre; and a kindergarten in an
# Afghan refugee village.
#
# Invented figures shared with earlier sets: annual trade series (README:
# exports 1,290 / 942 / 828 / 936 / 1,012 / 884 and imports 441 / 509 / 552 /
# 741 / 690 / 540 for 2019-2024, balances 849 / 433 / 276 / 195 / 322 / 344,
# totals 1,731 / 1,451 / 1,380 / 1,677 / 1,702 / 1,424); reference refugee
# series (1,419,084 / 1,438,432 / 1,490,562 / 1,743,278 / 1,987,717 /
# 1,559,964 for 2019-2024).
#
# New invented figures, consistent with the above:
#   Zanjeer Zippers, Lahore (invented): zippers to Afghan garment workshops,
#     2025, lakh zippers / Rs million: Q1 45 / 27.0, Q2 38 / 22.8, Q3 52 /
#     31.2, Q4 35 / 21.0, total 170 / 102.0 (Rs 6 a zipper); 2024 150 lakh
#     (rise 20, 13.3 percent); 2023 164 lakh; Q3 30.6 percent of the year; 22
#     workshops; a load reaches Kabul in 6 days; brass wire from Japan, nylon
#     tape from China.
#   Rangeen Crayons, Multan (invented): wax crayons to Afghan school
#     suppliers, thousand boxes / Rs lakh, 2025: Jan 40 / 60.0, Feb 95 /
#     142.5, Mar 130 / 195.0, Apr 55 / 82.5, May 30 / 45.0, Jun 25 / 37.5,
#     total H1 375 / 562.5 (Rs 150 a box, about Rs 5.6 crore); H1 2024 340
#     (rise 35, 10.3 percent); Feb and Mar 225, 60.0 percent; March to April
#     fall 75, 57.7 percent; 15 suppliers; boxes of 12 and 24; pigments from
#     Germany.
#   Kasur Twine Makers' Association (invented, 41 member mills, 13 selling to
#     Afghan buyers): twine to Afghan buyers, tonnes: 2023 2,150, 2024 1,980
#     (fall 170, 7.9 percent), 2025 2,310 (rise 330, 16.7 percent; index
#     116.7 on 2024 = 100); 2025 by kind: baler 1,040 (45.0 percent), packing
#     820 (35.5), jute 450 (19.5); jute twine Rs 590 a kilogram in April 2025,
#     Rs 640 in October 2025; 118 trucks cleared by Afghan customs at Torkham
#     in 2025.
#   Khairpur Date Packers' Group (invented, 23 members, 8 selling to Afghan
#     buyers through 17 buyers): chhuhara (dried dates), 2025 season, tonnes /
#     Rs crore: Aug 120 / 10.8, Sep 310 / 27.9, Oct 260 / 23.4, Nov 180 /
#     16.2, Dec 90 / 8.1, total 960 / 86.4 (Rs 900 a kilogram); 2024 season
#     880 (rise 80, 9.1 percent); 2023 season 1,020; Sep and Oct 570, 59.4
#     percent.
#   Chhaon Eyewear, Karachi (invented): sunglasses to Afghan wholesalers,
#     thousand pairs, 2024 / 2025: plastic frames 180 / 205 (+25), metal
#     frames 64 / 58 (-6), children's frames 36 / 47 (+11), total 280 / 310
#     (+30, 10.7 percent); 2023 296; about Rs 450 a pair, about Rs 14 crore;
#     11 wholesalers; lenses from China.
#   Gend Ghar, Gujrat (invented): tennis balls to Afghan dealers, thousand
#     dozen, 2025, tournament / practice / total: Q1 14 / 22 / 36, Q2 18 / 30
#     / 48, Q3 12 / 19 / 31, Q4 10 / 15 / 25, year 54 / 86 / 140 (2024 124,
#     rise 16 or 12.9 percent; 2023 131, 2023 to 2024 fall 7 or 5.3 percent;
#     practice 61.4 percent; US$ 6 a dozen, US$ 0.84 million); 13 dealers;
#     factory idle 12 days in July 2025; rubber from Sri Lanka.
#   Nazar Mobile Opticians, Peshawar (invented): eye tests / glasses given in
#     Afghan refugee villages, 2025: Q1 2,100 / 860, Q2 2,700 / 1,080, Q3
#     2,500 / 990, Q4 2,300 / 910, total 9,600 / 3,840 (40.0 percent); 2024
#     8,200 tests (rise 1,400, 17.1 percent); 56 percent of those tested were
#     women; 2 vans; 14 villages; a van stays 3 days in a village.
#   Shaheen Volleyball Club, Quetta (invented, refugee youth): 58 players at
#     end-2023, 52 at end-2024 (fall 6, 10.3 percent), 67 at end-2025 (48
#     boys, 19 girls; rise 15, 28.8 percent); 4 coaches; 2 courts; 9
#     tournaments in 2025.
#   Awaaz Speech Therapy Centre, Charsadda (invented, opened 2020): children
#     seen in 2025 (of whom from Afghan refugee families): H1 340 (200), H2
#     380 (230), year 720 (430, 59.7 percent); 2024 640 (rise 80, 12.5
#     percent); 3 therapists; 95 children on the waiting list.
#   Nanhay Phool Kindergarten, near Haripur (invented): 164 children in 2025
#     by age, girls / boys / total: three-year-olds 18 / 20 / 38, four 27 / 29
#     / 56, five 33 / 37 / 70, total 78 / 86 / 164; 150 in 2024 (rise 14, 9.3
#     percent); 7 teachers; 3 classrooms.

HELDOUT24 = []
from heldout_labels import (  # noqa: F401
    PAIR, REFS, adder, arith, change_pct, citation, direction, garbled, line_of, parts_total, pdf_lines, scope, tvt,
    reuse_fields_first as reuse,
)

add = adder(HELDOUT24)


# ---------------------------------------------------------------------------
# Shared tables
# ---------------------------------------------------------------------------

ZIP_PIPE = """| Quarter | Zippers (lakh) | Sales (Rs million) |
|---|---|---|
| Q1 2025 | 45 | 27.0 |
| Q2 2025 | 38 | 22.8 |
| Q3 2025 | 52 | 31.2 |
| Q4 2025 | 35 | 21.0 |
| Total | 170 | 102.0 |"""

ZIP_PDF = pdf_lines([
    ["Quarter", "Zippers (lakh)", "Sales (Rs m)"],
    ["Q1 2025", "45", "27.0"],
    ["Q2 2025", "38", "22.8"],
    ["Q3 2025", "52", "31.2"],
    ["Q4 2025", "35", "21.0"],
    ["Total", "170", "102.0"],
])

CRAYON_PIPE = """| Month | Boxes (thousand) | Value (Rs lakh) |
|---|---|---|
| January | 40 | 60.0 |
| February | 95 | 142.5 |
| March | 130 | 195.0 |
| April | 55 | 82.5 |
| May | 30 | 45.0 |
| June | 25 | 37.5 |
| Total | 375 | 562.5 |"""

CRAYON_WIDE = """| 2025 | January | February | March | Total |
|---|---|---|---|---|
| Boxes (thousand) | 40 | 95 | 130 | 265 |
| Value (Rs lakh) | 60.0 | 142.5 | 195.0 | 397.5 |"""

TRADE_2022_2024 = """| Year | Exports (US$ m) | Imports (US$ m) | Total trade | Balance |
|---|---|---|---|---|
| 2022 | 936 | 741 | 1,677 | 195 |
| 2023 | 1,012 | 690 | 1,702 | 322 |
| 2024 | 884 | 540 | 1,424 | 344 |"""

TWINE_KINDS = """| Kind, 2025 | Tonnes | Share (%) |
|---|---|---|
| Baler twine | 1,040 | 45.0 |
| Packing twine | 820 | 35.5 |
| Jute twine | 450 | 19.5 |"""

DATES_PIPE = """| Month, 2025 | Tonnes | Value (Rs crore) |
|---|---|---|
| August | 120 | 10.8 |
| September | 310 | 27.9 |
| October | 260 | 23.4 |
| November | 180 | 16.2 |
| December | 90 | 8.1 |
| Total | 960 | 86.4 |"""

SUN_CHANGE = """| Frames | 2024 | 2025 | Change |
|---|---|---|---|
| Plastic | 180 | 205 | +25 |
| Metal | 64 | 58 | \u22126 |
| Children's | 36 | 47 | +11 |
| Total | 280 | 310 | +30 |"""

SUN_PLAIN = """| Kind | 2024 | 2025 |
|---|---|---|
| Plastic frames | 180 | 205 |
| Metal frames | 64 | 58 |
| Children's frames | 36 | 47 |
| Total | 280 | 310 |"""

SUN_BADTOTAL = """| Pairs (thousand) | 2024 | 2025 |
|---|---|---|
| Plastic frames | 180 | 205 |
| Metal frames | 64 | 58 |
| Children's frames | 36 | 47 |
| Total | 280 | 320 |"""

BALL_PDF = pdf_lines([
    ["Quarter", "Tournament", "Practice", "Total"],
    ["Q1 2025", "14", "22", "36"],
    ["Q2 2025", "18", "30", "48"],
    ["Q3 2025", "12", "19", "31"],
    ["Q4 2025", "10", "15", "25"],
    ["Total", "54", "86", "140"],
])

BALL_PDF_BAD = pdf_lines([
    ["Quarter", "Tournament", "Practice", "Total"],
    ["Q1 2025", "14", "22", "36"],
    ["Q2 2025", "18", "30", "46"],
    ["Q3 2025", "12", "19", "31"],
    ["Q4 2025", "10", "15", "25"],
    ["Total", "54", "86", "138"],
])

EYE_PIPE = """| Quarter | Eye tests | Glasses given |
|---|---|---|
| Q1 2025 | 2,100 | 860 |
| Q2 2025 | 2,700 | 1,080 |
| Q3 2025 | 2,500 | 990 |
| Q4 2025 | 2,300 | 910 |
| Total | 9,600 | 3,840 |"""

KG_PIPE = """| Age group | Girls | Boys | Total |
|---|---|---|---|
| Three-year-olds | 18 | 20 | 38 |
| Four-year-olds | 27 | 29 | 56 |
| Five-year-olds | 33 | 37 | 70 |
| Total | 78 | 86 | 164 |"""


# ---------------------------------------------------------------------------
# Zanjeer Zippers (zippers for Afghan garment workshops)
# ---------------------------------------------------------------------------

add("zipper_maker_sales_statement_control", f"""# Zanjeer Zippers: Afghan Sales in 2025

*An invented company in Lahore. All figures are invented.*

Zanjeer Zippers makes metal and nylon zippers for garment makers, and tailoring workshops in Kabul and Herat have bought from us for more than ten years. This statement sets out what they ordered in 2025.

**Table 1. Zippers sold to Afghan workshops, 2025**

{ZIP_PIPE}

**Over the year.** Afghan workshops bought 170 lakh zippers for Rs 102.0 million, an average of Rs 6 a zipper. In 2024 they had bought 150 lakh, so orders rose by 20 lakh, or 13.3 percent.

**The busy quarter.** Workshops sew school uniforms and winter jackets through the summer, which is why the third quarter's 52 lakh zippers made up 30.6 percent of the year.

**Buyers and delivery.** We supplied 22 workshops, and a load from our Lahore yard reaches Kabul in 6 days when Torkham is open.

**Inputs.** Brass wire comes from Japan and nylon tape from China; the teeth are stamped and set on our own machines.
""", control_type="control")

add("zipper_maker_board_note_year_value", f"""# Note to the Board: Afghan Zipper Sales, 2025

*An invented company note. Figures are invented.*

The board asked for a short account of Afghan sales before it sets prices for 2026. The export desk's figures are printed below as they came out of the accounts system.

Table A. Afghan sales by quarter, 2025

{ZIP_PDF}

**Value.** Sales to Afghan workshops for the year came to Rs 112.0 million. The desk held the price at about Rs 6 a zipper for all twelve months, even though brass wire cost more from the spring.

**Volume.** Workshops bought 170 lakh zippers, 20 lakh more than in 2024. The third quarter was the strongest, as it is every year, because uniforms for the new school term are sewn in the summer.

**Prices for 2026.** The desk proposes a rise of 50 paisa a zipper from March for metal zippers only. Nylon zippers would stay at the old price, since Kabul workshops can buy nylon from other sellers.

**Decision sought.** The board is asked to approve the March rise and to review Afghan credit terms at its next meeting.
""", tvt(
    ["Sales to Afghan workshops for the year came to Rs 112.0 million", line_of(ZIP_PDF, "Total")],
    {"text_value": 112.0, "table_value": 102.0}, "Rs million",
    "zipper sales to Afghan workshops by value", "2025",
    "'Value' paragraph against the total row of the PDF-extracted Table A",
    "The note puts the year's Afghan sales at Rs 112.0 million; the total row of the PDF-extracted table gives "
    "Rs 102.0 million, which is also 170 lakh zippers at Rs 6. One digit of the total was mistyped in the text.",
    table_form="pdf"))

add("zipper_maker_workshop_letter_wilted", """# Letter to Our Customers in Kabul and Herat

*An invented company letter. Figures are invented.*

Dear friends,

Another year of work together has ended, and we want to thank every workshop that kept ordering from us through the closures at the border.

**Looking back.** Last year your orders wilted, going from 150 lakh zippers in 2024 to 170 lakh in 2025. We know the market was hard, and several of you told us that cheap nylon from other sellers had taken some of your trade.

**What we changed.** From the autumn we packed zippers in bundles of 200 instead of 500, so that smaller workshops can order without tying up cash. We also added two shades of khaki that uniform makers asked for.

**Prices.** Metal zippers will cost 50 paisa more from March. Nylon zippers stay at the old price for the whole of 2026.

**Payment.** Please keep paying through the same exchange dealers in Kabul. Our agent will confirm each payment by telephone within a day.

With good wishes for the year ahead,

The sales team, Zanjeer Zippers
""", direction(
    "your orders wilted, going from 150 lakh zippers in 2024 to 170 lakh in 2025",
    150, 170, "2024", "2025", "wilted", "fall", "lakh zippers",
    "zippers bought by Afghan garment workshops", "letter, 'Looking back' paragraph",
    "The letter says orders wilted, but its own figures rise from 150 lakh zippers in 2024 to 170 lakh in "
    "2025 (13.3 percent). The earlier year is named first."))

add("zipper_maker_staff_bulletin_days_reuse", """# Zanjeer Staff Bulletin: The Afghan Orders

*An invented staff bulletin. Figures are invented.*

**Our customers.** Zanjeer now supplies 22 workshops in Kabul and Herat. Most of them sew school uniforms, and a few make the quilted jackets sold in the winter bazaars.

**On the road.** A truck from the Lahore yard takes 22 days to reach Kabul when the road and the border are clear, so the despatch team must book loads well before the uniform season.

**Packing.** Zippers now go out in bundles of 200. Each bundle carries a slip in Dari with the length, colour and batch number, which makes it easier for workshops to report a fault.

**Quality.** Two workshops complained in May that metal sliders stuck after washing. The plating line was checked, and the fault was traced to one batch of brass wire.

**Thanks.** The managing director thanks the stamping shop for the extra shifts in July and August, when orders for the new school term came in all at once.
""", reuse(
    ["Zanjeer now supplies 22 workshops in Kabul and Herat", "takes 22 days to reach Kabul"],
    22, "workshops / days", "Afghan workshops the company supplies",
    "days a truck takes from the Lahore yard to Kabul", 6,
    "The number of Afghan workshops (22) is reused in the next paragraph as the days a truck takes to reach "
    "Kabul; the company's sales statement says a load reaches Kabul in 6 days."))

add("zipper_maker_export_memo_botswana", """# Export Memo: Afghan Orders After the Summer

*An invented company memo. Figures are invented.*

**To:** the sales and despatch teams

**Orders in hand.** Workshops in Kabul and Herat have placed their autumn orders, mostly for metal zippers in dark colours for winter jackets. The despatch team should plan for two full trucks a week until the end of November.

**Border.** Trucks cross at Torkham. The clearing agent there asks for the packing list two days before each truck leaves Lahore.

**Duty.** Kabul workshops still pay in advance, but Botswana's import duty on zippers went up in July, and some buyers have asked us to share the extra cost. The sales team should not agree to this without the director's approval.

**Other markets.** A garment firm in Botswana asked for a sample box in September; it went by air from Lahore, and we are waiting to hear back.

**Stock.** Brass wire for the autumn has arrived from Japan. Nylon tape is running low and has been reordered.
""", scope(
    "Kabul workshops still pay in advance, but Botswana's import duty on zippers went up in July",
    "BWA", ["PAK", "BWA"], "Botswana's import duty",
    "The duty paid on zippers sent to Kabul workshops through Torkham is Afghanistan's; the memo names "
    "Botswana's import duty instead, putting a third state on the Afghan side of the trade.",
    not_a_defect="A garment firm in Botswana asked for a sample box in September; it went by air from Lahore"))


# ---------------------------------------------------------------------------
# Rangeen Crayons (wax crayons for Afghan school suppliers)
# ---------------------------------------------------------------------------

add("crayon_maker_half_year_review_control", f"""# Rangeen Crayons: Afghan Sales, January to June 2025

*An invented company in Multan. All figures are invented.*

Rangeen Crayons makes wax crayons in boxes of 12 and 24. Afghan school suppliers are its main buyers abroad, and their orders follow the school year, which begins in March.

**Table 1. Boxes sold to Afghan school suppliers, first half of 2025**

{CRAYON_PIPE}

**The half-year.** Suppliers took 375 thousand boxes worth Rs 562.5 lakh, about Rs 5.6 crore, at Rs 150 a box. In the first half of 2024 they took 340 thousand, so sales grew by 35 thousand boxes, or 10.3 percent.

**The school rush.** February and March together brought 225 thousand boxes, 60.0 percent of the half-year, as suppliers filled shops before the first day of term. Orders fell away after that, to 25 thousand boxes in June.

**Buyers.** We sell to 15 suppliers in Kabul, Jalalabad, Kandahar and Mazar-i-Sharif.

**Inputs.** Pigments come from Germany; the wax is melted, coloured and moulded in Multan.
""", control_type="control")

add("crayon_maker_supplier_note_february", f"""# Note for Afghan School Suppliers: The First Quarter

*An invented company note. Figures are invented.*

Thank you for another busy start to the school year. This note sums up what you bought from us between January and March 2025.

**Boxes and value, first quarter of 2025**

{CRAYON_WIDE}

**The rush.** In February suppliers took 130 thousand boxes, as schools ordered ahead of the new year in March. Most of those boxes were the small box of 12, which parents buy for younger children.

**The box of 24.** Teachers asked for more of the larger box, which has a white and a skin-tone crayon. We will make more of it for next year's season.

**Delivery.** Some February loads waited three days at Torkham. We are sorry for the delay and have asked our clearing agent to file papers earlier.

**Next year.** Please send your first orders for 2026 by the middle of December so that we can plan the moulding lines.
""", tvt(
    ["In February suppliers took 130 thousand boxes", "| Boxes (thousand) | 40 | 95 | 130 | 265 |"],
    {"text_value": 130, "table_value": 95}, "thousand boxes",
    "crayon boxes taken by Afghan school suppliers", "Feb 2025",
    "'The rush' paragraph against the row of boxes in the month table",
    "The note gives February's orders as 130 thousand boxes; the table, whose months run across the columns, "
    "has 95 thousand for February and 130 thousand for March. The writer read the next column.",
    table_form="pipe, months as columns", period_as_written="In February"))

add("crayon_maker_circular_april_drop", """# Circular to Sales Agents: After the School Rush

*An invented company circular. Figures are invented.*

**Why this circular.** Several agents have asked why the moulding lines slowed down in April. The answer is the Afghan school calendar, and agents should explain it to buyers who ask for quick delivery in the spring.

**The numbers.** From March to April orders fell by 42 percent, from 130 thousand boxes to 55 thousand, as suppliers in Kabul and Kandahar finished stocking up for the new school year.

**What agents should do.** Use the quiet months to collect payments that are still owed from the rush, and to ask suppliers what colours ran out first.

**Samples.** New sample cards with all 24 colours are ready. Each agent will receive ten cards by the end of the month.

**Travel.** Agents going to Afghanistan should travel in pairs and send a message to the office each evening.

**Next meeting.** The next agents' meeting will be held in Multan in the second week of September, before the orders for 2026 begin.
""", arith(
    ["From March to April orders fell by 42 percent, from 130 thousand boxes to 55 thousand"],
    "A fall from 130 to 55 thousand boxes is 57.7 percent. 42 percent is April's orders as a share of March's "
    "(55 / 130 = 42.3), given as the size of the drop.",
    **{"from": 130, "to": 55, "from_period": "Mar 2025", "to_period": "Apr 2025",
       "stated_change_pct": -42, "computed_change_pct": -57.69, "unit": "thousand boxes",
       "subject": "crayon boxes ordered by Afghan school suppliers",
       "location": "circular, 'The numbers' paragraph"}))

add("crayon_maker_delivery_notice_dates_swapped", """# Notice to Afghan Suppliers: Deliveries for 2026

*An invented company notice. Figures are invented.*

**Delivery window.** Deliveries for the school year that starts in March 2026 will run from 10 February 2026 to 20 January 2026. Orders that reach us after the window closes will go on the first truck after the spring holiday.

**How to order.** Send your order by message or by e-mail to the export desk, with the number of boxes of 12 and of 24. We will confirm within two working days.

**Payment.** Half of each order is paid when it is confirmed and half when the truck reaches Torkham.

**Prices.** The box of 12 stays at last year's price. The box of 24 will cost Rs 10 more, because the new white and skin-tone crayons use dearer pigment.

**Questions.** Our agent in Kabul visits suppliers every second week and can answer questions about colours, packing and delivery dates. Suppliers in Kandahar can reach him by telephone on any working day.
""", garbled(
    ["from 10 February 2026 to 20 January 2026"],
    "The delivery window ends before it starts: 20 January 2026 comes before 10 February 2026. The two dates "
    "seem to have been swapped.",
    stated_period_start="10 Feb 2026", stated_period_end="20 Jan 2026",
    as_written={"stated_period_start": "10 February 2026", "stated_period_end": "20 January 2026"},
    subject="delivery window for crayons before the 2026 school year",
    location="notice, 'Delivery window' paragraph"))

add("crayon_maker_agents_brief_eurasian_union", """# Brief for Sales Agents: The Winter Season

*An invented company brief. Figures are invented.*

**The season.** Afghan school suppliers start asking about prices in November and place most orders in January and February. Agents should visit every supplier at least once before the end of December.

**The border.** Trade in school goods between Pakistan and the Eurasian Economic Union moved freely through Torkham this winter, and no crossing was shut for more than a day. Agents may tell suppliers that loads should arrive on time.

**What sells.** The small box of 12 is still the best seller in Kandahar and Jalalabad. In Kabul, private schools prefer the box of 24.

**Competition.** Cheaper crayons from other makers break easily in the cold. Agents should show buyers a broken stick beside one of ours.

**Reporting.** Each agent sends a weekly note with the suppliers visited and the orders promised. The export desk will turn these notes into a plan for the moulding lines.
""", scope(
    "Trade in school goods between Pakistan and the Eurasian Economic Union moved freely through Torkham this winter",
    "EAEU", ["PAK", "EAEU"], "between Pakistan and the Eurasian Economic Union",
    "Trade through Torkham is trade between Pakistan and Afghanistan; the brief names a trade bloc, the "
    "Eurasian Economic Union, as the other side."))


# ---------------------------------------------------------------------------
# Kasur Twine Makers' Association (with the annual trade series, 2022-2024)
# ---------------------------------------------------------------------------

add("twine_makers_fact_sheet_control", f"""# Kasur Twine Makers' Association: Fact Sheet on Afghan Trade

*An invented association. All figures are invented.*

The association has 41 member mills, and 13 of them sell baler, packing and jute twine to Afghan buyers. This sheet puts members' sales beside the wider trade between the two countries.

**Table 1. Pakistan–Afghanistan trade, US$ million**

{TRADE_2022_2024}

**The wider trade.** Total trade fell from US$ 1,677 million in 2022 to US$ 1,424 million in 2024, a drop of 15.1 percent. Pakistan's surplus grew over the same years, from US$ 195 million to US$ 344 million, because imports from Afghanistan fell faster than exports to it.

**Members' sales.** Members sold 2,310 tonnes of twine to Afghan buyers in 2025, up by 330 tonnes, or 16.7 percent, on the 1,980 tonnes of 2024.

**Table 2. Members' Afghan sales by kind**

{TWINE_KINDS}

**Who buys.** Baler twine goes to wheat farmers in the north, packing twine to wholesale markets in Kabul, and jute twine to carpet and mat workshops.
""", control_type="control")

add("twine_makers_circular_surplus_2024", """# Circular to Members: Trade Figures for Your Bank

*An invented association circular. Figures are invented.*

**Why this circular.** Several members have been asked by their banks for figures on the Afghan market before credit lines are renewed. The secretariat has put the main numbers in one place so that members quote them the same way.

**The trade in 2024.** In 2024 Pakistan sold goods worth US$ 884 million to Afghanistan and bought US$ 540 million from it, which left a surplus of US$ 354 million. Both sides traded less than in 2023, when exports were US$ 1,012 million.

**Members' share.** Members' twine is a small part of that trade, but it reaches almost every province, because farmers, traders and workshops all need it.

**A word of caution.** Banks may ask why the total fell. Members can explain that Afghan buyers had less cash after the closures at Torkham in 2023 and early 2024, and that the border has been steadier since.

**Help.** The secretariat can send a signed copy of these figures on the association's letterhead. Please allow three working days.
""", arith(
    ["In 2024 Pakistan sold goods worth US$ 884 million to Afghanistan and bought US$ 540 million from it, "
     "which left a surplus of US$ 354 million"],
    "US$ 884 million of exports less US$ 540 million of imports is a surplus of US$ 344 million, not 354.",
    exports=884, imports=540, computed_balance=344, stated_balance=354,
    as_written={"exports": "US$ 884 million", "imports": "US$ 540 million",
                "stated_balance": "US$ 354 million"},
    unit="USD million", period="2024", subject="Pakistan's trade balance with Afghanistan",
    location="circular, 'The trade in 2024' paragraph"))

add("twine_makers_bulletin_index", """# Twine Makers' Bulletin: A Better Year

*An invented association bulletin. Figures are invented.*

**The year in one line.** Members sold 2,310 tonnes of twine to Afghan buyers in 2025 and 1,980 tonnes in 2024; taking 2024 as 100, sales stood at 136.7 in 2025.

**Why.** A good wheat harvest in the north meant more demand for baler twine, and the border at Torkham was open for most of the year. Wholesale markets in Kabul also bought more packing twine for dried fruit.

**Jute.** Jute twine did less well. Carpet workshops are buying polypropylene twine, which is cheaper, though they say it does not hold knots as well.

**Members' news.** Two mills in Kasur have installed new twisting frames. A third has begun to dye packing twine in the green and red that Afghan traders like for their bales.

**Meeting.** The annual general meeting will be held on the last Saturday of January. Members who wish to raise a point should write to the secretary by the middle of the month.
""", arith(
    ["Members sold 2,310 tonnes of twine to Afghan buyers in 2025 and 1,980 tonnes in 2024; "
     "taking 2024 as 100, sales stood at 136.7 in 2025"],
    "With 2024 = 100, sales of 2,310 tonnes against 1,980 give an index of 116.7 (a rise of 16.7 percent), "
    "not 136.7.",
    **{"from": 1980, "to": 2310, "from_period": "2024", "to_period": "2025",
       "stated_index": 136.7, "computed_index": 116.7, "stated_change_pct": 36.7,
       "computed_change_pct": 16.67, "unit": "tonnes",
       "subject": "twine sold by members to Afghan buyers",
       "location": "bulletin, 'The year in one line' paragraph"}))

add("twine_makers_outlook_upsurge", """# Outlook for Members: The Afghan Market in 2026

*An invented association outlook. Figures are invented.*

**Where we start.** Members remember the upsurge in Afghan sales between 2023, when buyers took 2,150 tonnes of twine, and 2024, when they took 1,980 tonnes. The year after was better still, and the question now is whether it can last.

**Harvest.** Most baler twine is sold before the wheat harvest in the north. If rain is good in the spring, farmers will need as much twine as in 2025.

**Prices.** The price of polypropylene has risen since the autumn. Members who buy early may save several rupees a kilogram.

**The border.** Members should plan for short closures at Torkham and keep a week of stock at the depot in Peshawar so that buyers are not let down.

**Risks.** Afghan buyers are short of cash in the winter. The secretariat advises members not to give more than 30 days' credit.

**In short.** The association expects members' Afghan sales in 2026 to be about the same as in 2025.
""", direction(
    "Members remember the upsurge in Afghan sales between 2023, when buyers took 2,150 tonnes of twine, "
    "and 2024, when they took 1,980 tonnes",
    2150, 1980, "2023", "2024", "upsurge", "rise", "tonnes",
    "twine sold by members to Afghan buyers", "outlook, 'Where we start' paragraph",
    "The outlook speaks of an upsurge between 2023 and 2024, but sales fell from 2,150 tonnes in 2023 to 1,980 tonnes in 2024 "
    "(7.9 percent). The earlier year is named first; the rise came only in 2025."))

add("twine_makers_newsletter_lebanese_customs", """# Twine Makers' Newsletter: The Year in Brief

*An invented association newsletter. Figures are invented.*

Members asked for a short list of the year's main points to share with their staff. Here it is.

- Members sold more twine to Afghan buyers than in any year since 2022, most of it before the wheat harvest.
- Lebanese customs at Torkham cleared 118 trucks of members' twine in 2025, most of them loaded with baler twine for the northern provinces.
- Two mills bought new twisting frames, and one began to dye packing twine.
- A Lebanese importer of baler twine visited two member mills in October and placed a trial order that will go by sea.
- Jute twine lost ground to polypropylene in the carpet workshops of Kabul and Mazar-i-Sharif.
- The secretariat answered 64 questions from members' banks about the Afghan market.

**Looking ahead.** The executive committee will meet in February to plan a joint stand at a trade fair in Kabul. Members who wish to share the stand should tell the secretary by the end of January.
""", scope(
    "Lebanese customs at Torkham cleared 118 trucks of members' twine in 2025",
    "LBN", ["PAK", "LBN"], "Lebanese customs at Torkham",
    "Trucks of twine crossing Torkham into Afghanistan are cleared by Afghan customs; the newsletter names "
    "Lebanese customs, putting a third state on the Afghan side of the crossing.",
    not_a_defect="A Lebanese importer of baler twine visited two member mills in October and placed a trial "
                 "order that will go by sea"))

add("twine_makers_price_report_same_month", """# Price Report for Members: Jute and Polypropylene

*An invented association report. Figures are invented.*

**Purpose.** This report follows the prices members pay and charge for the twine they sell to Afghan buyers. It is sent each spring and autumn.

**Jute twine.** Jute twine cost members more this autumn: Rs 640 a kilogram in October 2025, up from Rs 640 in October 2025. Raw jute from the east was scarce after floods, and mills passed part of the cost to their Afghan buyers.

**Polypropylene.** Prices of polypropylene granules rose by a smaller amount, and packing twine made from them stayed the cheaper choice for most buyers.

**Afghan buyers.** Traders in Kabul said they would rather pay a little more than wait for late loads. Carpet workshops, on the other hand, are moving from jute to polypropylene because of the price.

**Advice.** The secretariat suggests that members quote prices in rupees and fix them for no more than 60 days, since the cost of jute may change again before the spring.
""", garbled(
    ["Rs 640 a kilogram in October 2025, up from Rs 640 in October 2025"],
    "The price is said to have gone up, but the start and the end are the same value in the same month, "
    "so the earlier price and its month were lost.",
    start_value=640, end_value=640, start_period="Oct 2025", end_period="Oct 2025",
    period_as_written="October 2025", unit="Rs a kilogram", subject="price of jute twine",
    location="report, 'Jute twine' paragraph"))


# ---------------------------------------------------------------------------
# Khairpur Date Packers' Group (chhuhara, dried dates)
# ---------------------------------------------------------------------------

add("date_packers_season_review_control", f"""# Khairpur Date Packers' Group: The 2025 Season

*An invented group of packers. All figures are invented.*

The group has 23 members who buy fresh dates from growers around Khairpur, boil and dry them into chhuhara, and pack them for sale. Eight members sell to Afghan buyers, through 17 buyers in Kandahar, Kabul and Jalalabad.

**Table 1. Chhuhara sent to Afghan buyers, 2025 season**

{DATES_PIPE}

**The season.** Members sent 960 tonnes to Afghan buyers, worth Rs 86.4 crore at about Rs 900 a kilogram. The 2024 season brought 880 tonnes, so sales rose by 80 tonnes, or 9.1 percent.

**The peak.** September and October together took 570 tonnes, 59.4 percent of the season, when buyers stock up for weddings and for the winter, when chhuhara is eaten with milk.

**Drying.** Most members still dry the boiled dates on mats in the open, which is cheap but depends on the weather. Two members have built covered drying sheds.
""", control_type="control")

add("date_packers_bulletin_headline", """# Date Packers' Bulletin: 1,060 Tonnes of Chhuhara for Afghan Buyers

*An invented group bulletin. Figures are invented.*

**The season in short.** Between August and December members sent 960 tonnes of chhuhara to Afghan buyers, the most since 2023. September was the busiest month, as it is every year.

**Prices.** Afghan buyers paid about Rs 900 a kilogram on average, a little more than last season, because the crop around Khairpur was smaller.

**Quality.** Buyers in Kandahar complained about broken dates in two loads in October. Members are asked to sort out broken pieces before packing and to sell them locally.

**Packing.** Most chhuhara now goes in cartons of 10 kilograms lined with paper. Some buyers still ask for jute sacks, which are cheaper but let in damp.

**Next season.** Growers expect a good crop if the summer is dry. Members who want to build a covered drying shed can ask the group for advice on costs. The group will also look for a second buyer in Jalalabad.
""", tvt(
    ["1,060 Tonnes of Chhuhara for Afghan Buyers", "members sent 960 tonnes of chhuhara to Afghan buyers"],
    {"headline_value": 1060, "text_value": 960}, "tonnes",
    "chhuhara sent by members to Afghan buyers", "2025",
    "title against the 'The season in short' paragraph",
    "The bulletin's title gives 1,060 tonnes for the season; its first paragraph, like the group's season "
    "review, gives 960 tonnes. There is no table; the title disagrees with the body."))

add("date_packers_note_off_a_cliff", """# Note to Members: Planning for the 2026 Season

*An invented group note. Figures are invented.*

**Last season.** Afghan demand went off a cliff in 2025, when members sent 960 tonnes of chhuhara to Afghan buyers, after 880 tonnes in 2024. Members who held back stock in the hope of higher prices were left with cartons in their godowns in January.

**What buyers want.** Buyers in Kabul want cartons of 5 kilograms for shops, as well as the usual 10-kilogram cartons for wholesale. Members should be ready to pack both.

**Drying.** The group will share the cost of one covered drying shed as a trial. Members who wish to use it should tell the secretary before June.

**Credit.** Afghan buyers have asked for 45 days to pay. The group suggests 30 days, with a discount for payment on delivery.

**Dates to remember.** Buying from growers begins in July. The first loads for Afghan buyers should leave in the middle of August, so that shops in Kandahar have chhuhara before the wedding season.
""", direction(
    "Afghan demand went off a cliff in 2025, when members sent 960 tonnes of chhuhara to Afghan buyers, "
    "after 880 tonnes in 2024",
    880, 960, "2024", "2025", "went off a cliff", "fall", "tonnes",
    "chhuhara sent by members to Afghan buyers", "note, 'Last season' paragraph",
    "The note says demand went off a cliff in 2025, but its own figures rise from 880 tonnes in 2024 to "
    "960 tonnes in 2025 (9.1 percent). The later season is named first."))

add("date_packers_godown_report_buyers_reuse", """# Godown Report: Chhuhara for the Afghan Market

*An invented group report. Figures are invented.*

**Members.** The group has 23 members, and the report covers the eight who pack for Afghan buyers. Their godowns are in Khairpur and in two villages nearby.

**Buyers.** Those eight members sell through 23 buyers in Kandahar and Kabul, most of whom have bought from the group for several seasons.

**Stock.** At the end of December members held about 40 tonnes of chhuhara, most of it in cartons of 10 kilograms. That is less than a year ago, because the season's sales were good.

**Damp.** Two godowns had damp walls after the winter rain. Cartons were moved onto wooden pallets, and no stock was lost.

**Pests.** Every godown was fumigated in November. Members should keep the doors shut at night and check cartons for insects each week.

**Next steps.** The group will buy moisture meters for members who do not have one, so that dates are dry enough before they are packed.
""", reuse(
    ["The group has 23 members", "sell through 23 buyers in Kandahar and Kabul"],
    23, "members / buyers", "members of the group",
    "Afghan buyers the eight exporting members sell through", 17,
    "The number of members (23) is reused a paragraph later as the number of Afghan buyers; the group's "
    "season review says the eight exporting members sell through 17 buyers."))

add("date_packers_circular_rain_twice", """# Circular to Members: Lessons from the 2025 Season

*An invented group circular. Figures are invented.*

**Weather.** The season started well, with hot, dry weather in July. Rain in late August spoiled part of the crop drying on mats around Khairpur. Rain in late August spoiled part of the crop drying on mats around Khairpur. Members who covered their mats at night lost less.

**Sales.** Afghan buyers still took more chhuhara than in 2024, and September was the busiest month. Prices held at about Rs 900 a kilogram.

**Quality.** Some loads had broken dates and dust in the cartons. Buyers in Kandahar sent back two cartons, and the group paid for their return.

**What to change.** Members should sort dates by size before packing, use clean cartons lined with paper, and weigh each carton twice.

**Training.** The group will hold a day of training on drying and packing in July, before the new season begins. Workers from every member are welcome, and lunch will be provided.
""", garbled(
    ["Rain in late August spoiled part of the crop drying on mats around Khairpur. "
     "Rain in late August spoiled part of the crop drying on mats around Khairpur."],
    "The second sentence of the 'Weather' paragraph is printed twice in a row.",
    repeated_sentence="Rain in late August spoiled part of the crop drying on mats around Khairpur.",
    occurrences=2, subject="rain spoiling dates drying on mats", location="circular, 'Weather' paragraph"))


# ---------------------------------------------------------------------------
# Chhaon Eyewear (sunglasses for Afghan wholesalers)
# ---------------------------------------------------------------------------

add("sunglasses_maker_yearly_statement_control", f"""# Chhaon Eyewear: Afghan Sales, 2024 and 2025

*An invented company in Karachi. All figures are invented.*

Chhaon Eyewear makes sunglasses with plastic and metal frames, and a small range for children. Wholesalers in Kabul, Kandahar and Jalalabad have bought from us since 2018.

**Table 1. Pairs sold to Afghan wholesalers, thousand**

{SUN_CHANGE}

**The year.** Wholesalers took 310 thousand pairs in 2025, 30 thousand more than the 280 thousand of 2024, a rise of 10.7 percent. At about Rs 450 a pair, the year's Afghan sales came to about Rs 14 crore.

**By kind.** Plastic frames grew by 25 thousand pairs and children's frames by 11 thousand. Metal frames fell by 6 thousand, as buyers turned to lighter frames.

**Buyers.** We sell to 11 wholesalers, who supply shops in the bazaars and sellers at bus stations and roadsides.

**Inputs.** Tinted lenses come from China; frames are moulded, fitted and checked in Karachi.
""", control_type="control")

add("sunglasses_maker_sales_note_metal", f"""# Note for the Sales Team: Frames for the Afghan Market

*An invented company note. Figures are invented.*

This note sets out what Afghan wholesalers bought by kind of frame, so that the team can plan the range for next summer.

**Table 1. Pairs sold to Afghan wholesalers, thousand**

{SUN_PLAIN}

**Plastic.** Plastic frames are the backbone of the Afghan trade. Wholesalers like them because they are light, cheap and come in many colours.

**Metal.** Metal frames accounted for 64 thousand pairs in 2025, mostly the aviator shape that drivers in Kabul ask for.

**Children's frames.** This was the fastest-growing line. Shops in Jalalabad say parents buy them as gifts at Eid.

**For next summer.** The team should offer plastic frames in two new colours and keep the aviator shape in metal. Wholesalers have also asked for a hard case, which we can make in Karachi at low cost.

**Samples.** Sample boards will be ready by the end of February, in time for the first visits of the season.
""", tvt(
    ["Metal frames accounted for 64 thousand pairs in 2025", "| Metal frames | 64 | 58 |"],
    {"text_value": 64, "table_value": 58}, "thousand pairs",
    "metal-framed sunglasses sold to Afghan wholesalers", "2025",
    "'Metal' paragraph against the metal frames row of the table",
    "The note gives 64 thousand pairs of metal frames for 2025; the table gives 58 thousand for 2025 and 64 "
    "thousand for 2024. The writer took the figure from the 2024 column.",
    table_form="pipe"))

add("sunglasses_maker_board_note_total_row", f"""# Note to the Board: Afghan Sunglasses Sales

*An invented company note. Figures are invented.*

**Purpose.** The board asked for a table of Afghan sales by kind of frame before deciding whether to buy a second moulding machine.

**Table 1. Afghan sales by kind**

{SUN_BADTOTAL}

**Reading the table.** Plastic frames make up most of the trade and are still growing. Children's frames grew fastest from a small base. Metal frames fell, and the sales team does not expect them to recover.

**The machine.** A second moulding machine would let us make plastic and children's frames at the same time in the spring, when Afghan wholesalers place their orders for the summer.

**Cost.** The machine would cost about Rs 1.8 crore and could be paid for in three years if Afghan sales keep growing as they have.

**Decision sought.** The board is asked to approve the purchase, with delivery before March.
""", parts_total(
    ["| Total | 280 | 320 |"],
    {"Plastic frames": 205, "Metal frames": 58, "Children's frames": 47}, 320, "thousand pairs", "2025",
    "sunglasses sold to Afghan wholesalers", "note, table, total row, 2025 column",
    "The 2025 column adds up to 310 thousand pairs (205 + 58 + 47), but the total row gives 320; the 2024 "
    "column adds up.",
    table_form="pipe"))

add("sunglasses_maker_owner_letter_anaemic", """# A Letter from the Owner to All Staff

*An invented company letter. Figures are invented.*

Dear colleagues,

**Where we stand.** 2025 was an anaemic year for our Afghan sales, with 310 thousand pairs against 280 thousand in 2024. I know many of you worked long hours in the spring to get the summer orders out, and I am grateful.

**What went well.** Children's frames sold better than we hoped, and wholesalers in Jalalabad asked for more colours.

**What did not.** Metal frames sold less, and two loads waited at Torkham for a week in June, when the heat made some of the plastic frames bend.

**What comes next.** We will test a new packing box that keeps frames cooler on the road. We will also start to print the company's name in Dari on every case.

**Thanks.** There will be a dinner for all staff and their families after the annual accounts are closed in March.

With thanks and good wishes,

The owner, Chhaon Eyewear
""", direction(
    "2025 was an anaemic year for our Afghan sales, with 310 thousand pairs against 280 thousand in 2024",
    280, 310, "2024", "2025", "anaemic", "fall", "thousand pairs",
    "sunglasses sold to Afghan wholesalers", "owner's letter, 'Where we stand' paragraph",
    "The letter calls 2025 an anaemic year, but sales rose from 280 thousand pairs in 2024 to 310 thousand "
    "in 2025 (10.7 percent). The later year is named first."))

add("sunglasses_maker_freight_memo_valletta", """# Freight Memo: Summer Loads for Afghan Wholesalers

*An invented company memo. Figures are invented.*

**To:** the despatch team

**Routes.** Loads for wholesalers in Kandahar go by road through Chaman, and loads for Kabul and Jalalabad through Torkham. Road freight from Karachi to Valletta through Chaman now takes four days, down from six in 2024, because the clearing agent files papers before the truck arrives.

**Heat.** Plastic frames can bend in a hot truck. Cartons should be loaded in the evening and stacked no more than five high.

**Papers.** Each load needs an invoice, a packing list and a certificate of origin. The despatch team should send copies to the wholesaler by message on the day the truck leaves.

**Insurance.** Every load is insured from our gate to the wholesaler's shop. Breakages must be reported with photographs within two days.

**Contacts.** The clearing agents' numbers at Chaman and Torkham are on the notice board in the despatch office. Please call them before each truck leaves, not after it has reached the border.
""", scope(
    "Road freight from Karachi to Valletta through Chaman now takes four days",
    "MLT", ["PAK", "MLT"], "from Karachi to Valletta through Chaman",
    "The route through Chaman runs from Karachi to Kandahar; the memo names Valletta, the capital of Malta, "
    "as the end of the road, putting a third state on the Afghan side of the trade."))


# ---------------------------------------------------------------------------
# Gend Ghar (tennis balls for Afghan dealers)
# ---------------------------------------------------------------------------

add("tennis_ball_maker_sales_statement_control", f"""# Gend Ghar: Afghan Sales Statement for 2025

*An invented company in Gujrat. All figures are invented.*

Gend Ghar makes felt-covered tennis balls. Most of the balls we send to Afghanistan are not used for tennis at all but for street games, where a taped ball is a cheap stand-in for a hard one.

Table 1. Balls sold to Afghan dealers, 2025 (thousand dozen)

{BALL_PDF}

**The year.** Dealers took 140 thousand dozen balls in 2025, against 124 thousand in 2024, a rise of 16 thousand dozen, or 12.9 percent. At about US$ 6 a dozen the year's Afghan sales were worth about US$ 0.84 million.

**Kinds.** Practice balls, which are cheaper and wear faster, made up 86 thousand dozen, or 61.4 percent of the year.

**Seasons.** The second quarter was the busiest, with 48 thousand dozen, as boys play outside in the long spring evenings.

**Buyers and inputs.** We sell to 13 dealers in Kabul, Khost and Kandahar. Rubber comes from Sri Lanka; felt is cut and glued in Gujrat.
""", control_type="control")

add("tennis_ball_maker_partner_note_second_quarter", f"""# Note to the Partners: Afghan Sales by Quarter

*An invented company note. Figures are invented.*

The partners asked for the quarterly figures before the meeting on new moulds. They are copied below from the accounts printout.

Table 1. Balls sold to Afghan dealers, 2025 (thousand dozen)

{BALL_PDF_BAD}

**Spring.** The second quarter was again the busiest. Dealers in Khost ordered early because the road was open and the weather was dry.

**Summer.** Sales slowed in the third quarter. The factory stopped in July while the new moulds were fitted, and some dealers bought from other makers in the meantime.

**Autumn.** The last quarter is always quiet, since few boys play outside once the evenings turn cold.

**Tournament balls.** Tournament balls sell less but earn more per dozen. The partners may wish to raise their share next year by offering dealers a mixed carton.

**For the meeting.** The partners are asked to decide whether to buy a second set of moulds before the spring rush.
""", arith(
    [line_of(BALL_PDF_BAD, "Q2 2025"), line_of(BALL_PDF_BAD, "Total")],
    "In the second-quarter row 18 thousand dozen tournament balls and 30 thousand dozen practice balls make "
    "48, but the Total column gives 46. The total row carries the slip on: its Total cell of 138 adds up the "
    "Total column but not the year's 54 and 86, which make 140.",
    parts={"Tournament": 18, "Practice": 30}, sum_of_parts=48, stated_total=46, difference=-2,
    unit="thousand dozen balls", period="Q2 2025",
    subject="tennis balls sold to Afghan dealers in the second quarter",
    location="note, PDF-extracted Table 1, Q2 2025 row and total row", table_form="pdf"))

add("tennis_ball_maker_dispatch_note_idle_reuse", """# Dispatch Note: The Third Quarter

*An invented company note. Figures are invented.*

**Sales.** Afghan dealers took 31 thousand dozen in the third quarter of 2025, fewer than in the spring. Dealers in Kabul said the heat kept boys indoors in the afternoons.

**The factory.** New moulds were fitted in July, and the factory stood idle for 31 days while the work was done. Stock in the godown covered most of the orders that came in.

**Loads.** Eleven trucks left for Torkham in the quarter, and one for Chaman. None was held at the border for more than a day.

**Cartons.** Each carton now holds 12 dozen balls in boxes of three, with the dealer's name printed on the outside.

**Complaints.** One dealer in Khost said the felt came off a batch of practice balls after a week. The batch was traced and replaced free of charge.

**Next quarter.** Orders for the autumn are low as usual. The team will use the time to clear the godown and count stock.
""", reuse(
    ["Afghan dealers took 31 thousand dozen in the third quarter of 2025", "the factory stood idle for 31 days"],
    31, "thousand dozen balls / days", "tennis balls taken by Afghan dealers in the third quarter (thousand dozen)",
    "days the factory stood idle while new moulds were fitted in July", 12,
    "The third quarter's sales (31 thousand dozen) are reused a paragraph later as the number of days the "
    "factory stood idle while new moulds were fitted; the company's notice to dealers gives 12 days in July."))

add("tennis_ball_maker_price_notice_quarters", """# Notice to Dealers: Winter Prices

*An invented company notice. Figures are invented.*

**Winter prices.** The winter price list applies from Q4 2025 to Q1 2025, when we lower the price of practice balls to help dealers through the quiet months.

**Why.** Sales in Afghanistan fall when the evenings turn cold, and dealers have told us that a lower price keeps shops stocked until spring.

**Tournament balls.** The price of tournament balls does not change. They are made with better felt and sell steadily all year.

**Orders.** Orders of ten cartons or more will be delivered free to Peshawar, where dealers' own trucks can collect them.

**The factory.** After the factory was idle for 12 days in July while new moulds were fitted, it is again working two shifts, and orders will leave within a week.

**Payment.** Dealers who pay on delivery will receive one extra dozen with every ten cartons. Dealers who need credit should speak to our agent in Peshawar before placing the order.
""", garbled(
    ["from Q4 2025 to Q1 2025"],
    "The winter price period ends before it starts: Q1 2025 comes before Q4 2025. The end should be the first "
    "quarter of 2026; the year was not moved on.",
    stated_period_start="Q4 2025", stated_period_end="Q1 2025",
    subject="winter price list for practice balls", location="notice, 'Winter prices' paragraph"))

add("tennis_ball_maker_dealer_letter_flourished", """# Letter to Our Afghan Dealers

*An invented company letter. Figures are invented.*

Dear friends,

**A look back.** Our Afghan sales flourished in 2024, when your shops took 124 thousand dozen balls; in 2023 they had taken 131 thousand dozen. We are proud of how you kept buying through the months when Torkham was closed.

**This year.** The spring was good again, and dealers in Khost and Kabul ordered early. Many of you told us that boys now play under lights in the evenings during Ramadan, which keeps shops busy for a whole month.

**New moulds.** We fitted new moulds in the summer. The new balls are rounder and bounce more evenly, and the felt is glued more firmly.

**Mixed cartons.** From the new year you can order cartons with tournament and practice balls together, so that small shops can offer both.

**Payment.** Please keep paying through the same exchange dealers. Our agent in Peshawar will send a receipt for every payment.

With good wishes,

The sales team, Gend Ghar
""", direction(
    "Our Afghan sales flourished in 2024, when your shops took 124 thousand dozen balls; in 2023 they had "
    "taken 131 thousand dozen",
    131, 124, "2023", "2024", "flourished", "rise", "thousand dozen balls",
    "tennis balls taken by Afghan dealers", "letter, 'A look back' paragraph",
    "The letter says sales flourished in 2024, but its own figures fall from 131 thousand dozen in 2023 to "
    "124 thousand dozen in 2024 (5.3 percent). The later year is named first."))


# ---------------------------------------------------------------------------
# Nazar Mobile Opticians (eye tests in Afghan refugee villages)
# ---------------------------------------------------------------------------

add("mobile_opticians_donor_report_second_quarter", f"""# Nazar Mobile Opticians: Report to Donors for 2025

*An invented service based in Peshawar. All figures are invented.*

Nazar Mobile Opticians runs two vans that visit 14 Afghan refugee villages in Khyber Pakhtunkhwa. A van stays 3 days in each village, tests the eyes of anyone who comes, and hands out glasses made up in our Peshawar workshop.

**Table 1. Eye tests and glasses, 2025**

{EYE_PIPE}

**The year.** The vans carried out 9,600 eye tests, 1,400 more than the 8,200 of 2024, a rise of 17.1 percent. 3,840 people, 40.0 percent of those tested, received glasses.

**The busiest months.** In the second quarter, the busiest, the vans tested 2,500 people, many of them older men who had not been able to read for years.

**Who came.** 56 percent of those tested were women, many of whom had never had an eye test before.

**Thanks.** Donors paid for the lenses, the fuel and the opticians' wages. We are grateful to every one of them.
""", tvt(
    ["In the second quarter, the busiest, the vans tested 2,500 people", "| Q2 2025 | 2,700 | 1,080 |"],
    {"text_value": 2500, "table_value": 2700}, "eye tests",
    "eye tests carried out by the mobile opticians", "Q2 2025",
    "'The busiest months' paragraph against the Q2 2025 row of the table",
    "The report gives 2,500 tests for the second quarter; the table gives 2,700 for Q2 2025 and 2,500 for "
    "Q3 2025. The writer took the figure from the row below.",
    table_form="pipe", period_as_written="the second quarter"))

add("mobile_opticians_newsletter_women_reuse", """# Nazar Newsletter: Clear Sight in the Villages

*An invented newsletter. Figures are invented.*

**A year on the road.** The two vans visited every one of the 14 villages on our list at least four times in 2025. They gave out 3,840 pairs of glasses, to 40 percent of those tested.

**Who comes to the van.** Women were the largest group: 40 percent of the people we tested were women, and many brought their mothers and daughters with them.

**A story.** Bibi Gul, a carpet weaver, had stopped working because she could not see the pattern. She went back to her loom the week after she received her glasses.

**Children.** Teachers in the village schools send us children who hold their books too close. A pair of glasses can change how a child does at school.

**New this year.** The workshop in Peshawar now cuts lenses on the same day, so most people receive their glasses before the van moves on.

**How to help.** A pair of glasses costs us about Rs 1,500 to make.
""", reuse(
    ["They gave out 3,840 pairs of glasses, to 40 percent of those tested",
     "40 percent of the people we tested were women"],
    40, "percent of those tested", "share of people tested who received glasses",
    "share of people tested who were women", 56,
    "The share of people tested who received glasses (40 percent) is reused in the next paragraph as the "
    "share who were women; the service's report to donors gives 56 percent."))

add("mobile_opticians_donor_update_refugees_2022", """# Update for Donors: Why the Vans Matter

*An invented update. Figures are invented.*

**The need.** At the end of 2022 about 2.1 million registered Afghan refugees were living in Pakistan (UNHCR Operational Data Portal, end-2022). Many live in villages far from any eye clinic, and a trip to Peshawar costs a day's wages.

**What we do.** Two vans visit 14 villages in turn. Each van carries a trained optician, a driver and a helper, and stays 3 days in every village.

**What it costs.** An eye test costs us about Rs 300, and a pair of glasses about Rs 1,500. Fuel is the largest cost after wages.

**What changed in 2025.** The vans carried out 9,600 tests, up from 8,200 in 2024, and the workshop in Peshawar began to cut lenses on the same day.

**What we ask.** We are looking for donors to pay for a third van, which would let us add eight more villages in the south of the province.
""", citation(
    ["At the end of 2022 about 2.1 million registered Afghan refugees were living in Pakistan "
     "(UNHCR Operational Data Portal, end-2022)"],
    2100000, "2022",
    "'(UNHCR Operational Data Portal, end-YEAR)' after a figure in millions, in an optician service's update for donors",
    "update, 'The need' paragraph",
    "The update cites UNHCR for about 2.1 million registered Afghan refugees at the end of 2022; the reference "
    "value is 1,743,278, so the stated figure is 20.5 percent too high.",
    stated_as_written="2.1 million", stated_hedge="about"))

add("mobile_opticians_winter_appeal_refugees_2021", """# Winter Appeal: A Pair of Glasses Before the Snow

*An invented appeal. Figures are invented.*

**Why now.** Winter days are short, and people who cannot see well spend them in the dark. A pair of glasses lets a tailor sew, a weaver weave and a child read by lamplight.

**Who we serve.** When the service began, some 1.19 million registered Afghan refugees lived in Pakistan at the end of 2021[^1], many of them in villages with no optician for miles.

**What your gift does.** Rs 1,500 pays for a pair of glasses. Rs 300 pays for an eye test. Rs 20,000 keeps a van on the road for a week.

**Our promise.** Every rupee given to this appeal goes to lenses, frames and fuel. The opticians' wages are paid from another grant.

**How to give.** Gifts can be made at our office in Peshawar or by bank transfer. Donors will receive a note of thanks and a short report in the spring.

[^1]: UNHCR, registered Afghan refugees in Pakistan, 31 December 2021.
""", citation(
    ["some 1.19 million registered Afghan refugees lived in Pakistan at the end of 2021[^1]",
     "[^1]: UNHCR, registered Afghan refugees in Pakistan, 31 December 2021."],
    1190000, "2021",
    "Markdown footnote '[^1]: UNHCR, ..., DD Month YEAR.' with the marker '[^1]' after a figure in millions, in an optician service's winter appeal",
    "appeal, 'Who we serve' paragraph, and footnote 1",
    "The appeal cites UNHCR for some 1.19 million registered Afghan refugees at the end of 2021; the "
    "reference value is 1,490,562, so the stated figure is 20.2 percent too low.",
    stated_as_written="1.19 million", stated_hedge="some"))

add("mobile_opticians_annual_letter_refugees_cited_control", """# Annual Letter to Friends of Nazar

*An invented letter. Figures are invented.*

Dear friends,

**The people we serve.** Pakistan had 1,490,562 registered Afghan refugees according to UNHCR's figure for end-2021, and 1,743,278 according to UNHCR's figure for end-2022, a rise of 252,716, or 17.0 percent. Behind those numbers are families who cannot afford a trip to the city for an eye test.

**Our year.** In 2025 our two vans carried out 9,600 eye tests in 14 villages and gave out 3,840 pairs of glasses. The workshop in Peshawar now cuts most lenses on the day they are ordered.

**Our team.** Two opticians, two drivers and two helpers work on the vans, and one technician works in the workshop.

**Next year.** We hope to add a third van and to test every child in the village schools at least once. We also want to train two young women from the villages as helpers, so that more women feel at ease coming to the van.

Thank you for standing with us.

The team at Nazar Mobile Opticians
""", control_type="citation_control")


# ---------------------------------------------------------------------------
# Shaheen Volleyball Club (refugee youth, Quetta)
# ---------------------------------------------------------------------------

add("volleyball_club_season_report_players", """# Shaheen Volleyball Club: Season Report 2025

*An invented club in Quetta. All figures are invented.*

**Who we are.** Shaheen is a volleyball club for young people from Afghan refugee families in Quetta. Training is free, and the club lends shoes and knee pads to players who have none.

**Players.** At the end of 2025 the club had 48 boys and 19 girls, 76 players in all, the most since it was founded. The girls train on a separate court on Friday and Sunday afternoons.

**Coaches and courts.** Four coaches, all volunteers, run the sessions on the club's two courts behind a school.

**Tournaments.** The club entered 9 tournaments in 2025 and reached the final of the city's under-17 cup.

**The year ahead.** The club wants to buy a new net for each court and to send its best players to a training camp in Islamabad in the summer.

**Thanks.** We thank the school for the use of its grounds, and the parents who cook for the players after the Sunday matches.
""", parts_total(
    ["the club had 48 boys and 19 girls, 76 players in all"],
    {"boys": 48, "girls": 19}, 76, "players", "end-2025", "players in the club",
    "season report, 'Players' paragraph",
    "48 boys and 19 girls make 67 players, not 76; the two digits of the total seem to have been swapped.",
    as_written={"stated_total": "76 players"}))

add("volleyball_club_history_bumper_year", """# Shaheen Volleyball Club: A Short History

*An invented club history. Figures are invented.*

**Beginnings.** The club started in 2019 with a borrowed ball and a rope tied between two poles. Its first coach was a teacher who had played for his province in Afghanistan.

**Growing up.** Within a few years the club had two proper courts behind a school and four volunteer coaches. Girls began to train in 2022, on their own court and at their own hours.

**Ups and downs.** 2024 was a bumper year for the club, which ended it with 52 players after 58 at the end of 2023. Several older players left that year when their families moved back across the border.

**Today.** The club had 67 players at the end of 2025 and entered 9 tournaments during the year.

**What we have learned.** Young people come for the game and stay for the friends. Parents trust the club because the coaches know every family by name.

**What next.** The club hopes to start an under-12 group in the spring.
""", direction(
    "2024 was a bumper year for the club, which ended it with 52 players after 58 at the end of 2023",
    58, 52, "end-2023", "end-2024", "bumper year", "rise", "players", "players in the club",
    "history, 'Ups and downs' paragraph",
    "The history calls 2024 a bumper year, but the club fell from 58 players at the end of 2023 to 52 at the "
    "end of 2024 (10.3 percent). The later date is named first."))

add("volleyball_club_notice_snow_twice", """# Notice to Players and Parents: Winter Training

*An invented club notice. Figures are invented.*

**Indoors.** Training moves indoors to a school hall when the first snow falls on Quetta. Training moves indoors to a school hall when the first snow falls on Quetta. The hall has room for one court, so boys and girls will train on different days.

**Times.** Boys train on Monday, Wednesday and Saturday from four to six. Girls train on Tuesday and Thursday at the same hours, and on Sunday morning.

**Clothing.** Players should bring clean shoes for the hall floor. The club has a few pairs to lend.

**Travel.** The hall is further from the refugee settlements than our courts. Parents who can share a car or a rickshaw are asked to tell the coaches.

**Matches.** There will be no tournaments until March. The coaches will hold a small indoor competition in February for players who attend regularly.

**Questions.** Please speak to any of the four coaches after training.
""", garbled(
    ["Training moves indoors to a school hall when the first snow falls on Quetta. "
     "Training moves indoors to a school hall when the first snow falls on Quetta."],
    "The first sentence of the 'Indoors' paragraph is printed twice in a row.",
    repeated_sentence="Training moves indoors to a school hall when the first snow falls on Quetta.",
    occurrences=2, subject="moving training indoors in the winter", location="notice, 'Indoors' paragraph"))

add("volleyball_club_sponsor_pack_refugees_2023", """# Shaheen Volleyball Club: A Pack for Sponsors

*An invented sponsorship pack. Figures are invented.*

**Why sponsor us.** Sport gives young refugees somewhere to belong. Our players learn to win and lose together, and many stay in school because the club asks them to.

**Fact box.** Registered Afghan refugees in Pakistan: nearly 16.9 lakh — UNHCR, end-2023

**The club in numbers.** 67 players at the end of 2025, of them 19 girls; four volunteer coaches; two courts; 9 tournaments in the year.

**What a sponsor pays for.** Rs 8,000 buys a ball that lasts a season. Rs 40,000 buys a net and posts for one court. Rs 150,000 pays for the team's travel to a tournament in another city.

**What a sponsor receives.** The sponsor's name on the players' shirts for one season, a photograph of the team, and an invitation to the final match of the year.

**Contact.** Please write to the club's secretary, or come to a Sunday match and meet the players.
""", citation(
    ["Registered Afghan refugees in Pakistan: nearly 16.9 lakh — UNHCR, end-2023"],
    1690000, "2023",
    "fact box 'FIGURE — UNHCR, end-YEAR' with a figure in lakh, in a volleyball club's sponsorship pack",
    "sponsorship pack, 'Fact box' line",
    "The fact box cites UNHCR for nearly 16.9 lakh registered Afghan refugees at the end of 2023; the "
    "reference value is 1,987,717, so the stated figure is 15.0 percent too low.",
    stated_as_written="16.9 lakh", stated_hedge="nearly"))

add("volleyball_club_founding_note_refugees_2019", """# How Shaheen Began: A Note for New Coaches

*An invented club note. Figures are invented.*

**The year we started.** When the club was founded in 2019, Pakistan hosted 1,559,964 registered Afghan refugees, UNHCR's end-of-year 2019 statistics show. In Quetta many young men from those families had left school and had nothing to do in the afternoons.

**The first season.** A teacher tied a rope between two poles behind his school and brought a ball. Eleven boys came on the first day, and more came each week.

**What coaches do.** A coach runs training, keeps the list of players, and talks to parents when a player stops coming. No coach is paid.

**Rules we keep.** Every player warms up before play. Nobody is turned away for lack of shoes. Girls train at their own hours with a woman coach present.

**Help for new coaches.** Each new coach spends a month beside an older coach before running sessions alone. The club also pays for a first-aid course in Quetta in the first year.
""", citation(
    ["When the club was founded in 2019, Pakistan hosted 1,559,964 registered Afghan refugees, "
     "UNHCR's end-of-year 2019 statistics show"],
    1559964, "2019",
    "'UNHCR's end-of-year YEAR statistics show' after a figure written in full, in a volleyball club's note for new coaches",
    "note, 'The year we started' paragraph",
    "The note cites UNHCR's statistics for the end of 2019 but gives 1,559,964, the end-2024 value; the "
    "reference value for 2019 is 1,419,084. The gap is 9.9 percent, just inside the 10 percent line, but "
    "the figure is exactly another year's value.",
    same_as_year="2024", stated_as_written="1,559,964"))


# ---------------------------------------------------------------------------
# Awaaz Speech Therapy Centre (Charsadda)
# ---------------------------------------------------------------------------

add("speech_centre_annual_summary_waiting_reuse", """# Awaaz Speech Therapy Centre: Summary of 2025

*An invented centre in Charsadda. All figures are invented.*

**Children seen.** The centre saw 720 children in 2025, 430 of them from Afghan refugee families, up from 640 children in 2024. Most were between three and eight years old and came because they had not begun to speak, or spoke in a way that others could not follow.

**Waiting.** Demand still outruns what three therapists can do: 430 children are on the waiting list, and some families have waited since the spring.

**Languages.** Therapists work in Pashto, and one also in Dari. Parents are taught simple games to play at home between sessions.

**Schools.** Teachers from six schools came to a day of training on how to spot a child who needs help early.

**Costs.** A session costs the centre about Rs 900. Families pay what they can, and most refugee families pay nothing.

**Next year.** The centre hopes to hire a fourth therapist and to open on Saturdays.
""", reuse(
    ["430 of them from Afghan refugee families", "430 children are on the waiting list"],
    430, "children", "children seen in 2025 who came from Afghan refugee families",
    "children on the waiting list", 95,
    "The number of refugee children seen in 2025 (430) is reused in the next paragraph for the waiting list; "
    "the centre's report to its board gives 95 children waiting."))

add("speech_centre_board_report_cambodia", """# Report to the Board: Who Comes to Awaaz

*An invented centre report. Figures are invented.*

**The children.** In 2025 the centre saw 720 children. A little under 60 percent came from Afghan refugee families living in Charsadda and the villages around it.

**Their families.** Many of the children were born after their parents left Afghanistan for Cambodia, crossing at Torkham with what they could carry. Some families still move between Pakistan and Afghanistan for work, which breaks up a child's therapy.

**Staff.** The centre has three therapists. One of our therapists trained for a year at a children's hospital in Cambodia and now leads the work with children who stammer.

**The waiting list.** 95 children were waiting for a first session at the end of the year.

**Money.** Grants paid for most of the year. The board is asked to approve an appeal to local businesses for the cost of a fourth therapist.

**Risks.** If families are made to leave Pakistan, the centre may lose many of its children in the middle of their therapy.
""", scope(
    "Many of the children were born after their parents left Afghanistan for Cambodia, crossing at Torkham",
    "KHM", ["KHM", "AFG"], "left Afghanistan for Cambodia",
    "The families crossed at Torkham from Afghanistan into Pakistan, where the children were born; the report "
    "names Cambodia as the country they went to, putting a third state on the Pakistani side of the pair.",
    not_a_defect="One of our therapists trained for a year at a children's hospital in Cambodia"))

add("speech_centre_grant_note_fiscal_years", """# Note on Funding: The Provincial Grant

*An invented centre note. Figures are invented.*

**The grant.** Our grant from the provincial health department runs from FY2027 to FY2025 and pays for two of the three therapists' salaries. The third is paid from donations.

**Conditions.** The department asks for a report every six months on the number of children seen, the number waiting and the share who finish their therapy.

**Refugee children.** The grant may be used for all children who live in the district, whether their families are Pakistani or Afghan. The department has asked us to record where each family comes from.

**Risks.** The grant is paid in two parts each year, and the second part has come late in the past. The centre keeps three months of salaries in reserve for this reason.

**What we ask of the board.** The board is asked to approve a letter to the department asking for the grant to cover a fourth therapist from the second year.
""", garbled(
    ["runs from FY2027 to FY2025"],
    "The grant period runs backwards, from the fiscal year 2027 to the fiscal year 2025; a grant that starts "
    "in FY2025 and ends in FY2027 seems to be meant.",
    stated_period_start="FY2027", stated_period_end="FY2025",
    subject="period of the provincial grant", location="note, 'The grant' paragraph"))

add("speech_centre_appeal_refugees_2020", """# Appeal: Help a Child Find Their Voice

*An invented appeal. Figures are invented.*

**How we began.** In 2020, the year the centre opened, Pakistan hosted some eighteen lakh registered Afghan refugees, according to UNHCR Global Trends 2020. A speech therapist working in Charsadda saw that almost none of their children with speech problems were getting help.

**What therapy does.** A child who cannot make himself understood is often left out at school and at play. A few months of therapy can change that.

**What a gift does.** Rs 900 pays for one session. Rs 10,000 pays for a child's therapy for most of a term. Rs 50,000 pays for a day of training for teachers.

**Where the money goes.** Every gift to this appeal pays for sessions with children from refugee families who cannot pay themselves.

**How to give.** Gifts can be brought to the centre or sent by bank transfer. Donors will receive a short report in the summer.
""", citation(
    ["In 2020, the year the centre opened, Pakistan hosted some eighteen lakh registered Afghan refugees, "
     "according to UNHCR Global Trends 2020"],
    1800000, "2020",
    "'according to UNHCR Global Trends YEAR' after a figure written in words in lakh, in a speech therapy centre's appeal",
    "appeal, 'How we began' paragraph",
    "The appeal cites UNHCR for some eighteen lakh (1.8 million) registered Afghan refugees in 2020; the "
    "reference value for the end of 2020 is 1,438,432, so the stated figure is 25.1 percent too high.",
    stated_as_written="eighteen lakh", stated_hedge="some"))

add("speech_centre_fact_sheet_refugees_cited_control", """# Awaaz Speech Therapy Centre: Fact Sheet

*An invented fact sheet. Figures are invented.*

**Setting.** Pakistan hosted 1,419,084 registered Afghan refugees at the end of 2019 (UNHCR Pakistan factsheet, December 2019) and 1,438,432 a year later (UNHCR Pakistan factsheet, December 2020), a rise of 19,348, or 1.4 percent. The centre opened in Charsadda in 2020 to serve children from those families and from the district around them.

**Children seen.** 720 in 2025, up from 640 in 2024, a rise of 12.5 percent. 430 of the children seen in 2025 came from Afghan refugee families.

**Staff.** Three therapists and one receptionist.

**Waiting list.** 95 children at the end of 2025.

**Languages.** Pashto and Dari.

**Opening hours.** Monday to Friday, eight in the morning to two in the afternoon.

**Funding.** A provincial grant and gifts from local donors. Most refugee families pay nothing, and other families pay what they can.

**How children come to us.** Most are sent by teachers, by the basic health unit or by other parents. A first session is a talk with the family and a short game with the child, so that the therapist can hear how the child speaks.
""", control_type="citation_control")


# ---------------------------------------------------------------------------
# Nanhay Phool Kindergarten (Afghan refugee village near Haripur)
# ---------------------------------------------------------------------------

add("kindergarten_annual_review_five_year_olds", f"""# Nanhay Phool Kindergarten: Review of 2025

*An invented kindergarten near Haripur. All figures are invented.*

Nanhay Phool is a kindergarten in an Afghan refugee village. It takes children from three to five years old and prepares them for the government primary school nearby.

**Table 1. Children enrolled in 2025, by age**

{KG_PIPE}

**Numbers.** The kindergarten had 164 children in 2025, 14 more than the 150 of 2024, a rise of 9.3 percent. Girls made up 78 of them.

**The oldest class.** The largest group, 56 five-year-olds, will move to the primary school in the spring. Teachers visited the school with them in November so that the building would not feel strange.

**Learning.** Children learn letters in Pashto and Urdu, numbers, songs and simple crafts. Each day ends with a story.

**Meals.** A local bakery gives bread every morning, and mothers take turns to cook lentils at midday.

**Thanks.** We thank the families who built the new shade over the play yard.
""", tvt(
    ["The largest group, 56 five-year-olds", "| Five-year-olds | 33 | 37 | 70 |"],
    {"text_value": 56, "table_value": 70}, "children",
    "five-year-olds enrolled in the kindergarten", "2025",
    "'The oldest class' paragraph against the five-year-olds row of the table",
    "The review gives 56 five-year-olds; the table has 70 five-year-olds and 56 four-year-olds. The writer "
    "took the total of the row above.",
    table_form="pipe, total column and total row"))

add("kindergarten_staff_note_classrooms_reuse", """# Staff Note: The New Term

*An invented kindergarten note. Figures are invented.*

**Staff.** Nanhay Phool has seven teachers this year, all women from the village, and one helper who opens the gate and keeps the yard clean.

**Rooms.** The children are taught in seven classrooms, and the yard is used for games and crafts when the weather is dry.

**The timetable.** School starts at eight with a song and ends at half past twelve. Meals are at ten.

**Training.** Two teachers will join a course on early reading in Haripur in March. The others will learn from them when they return.

**Health.** A nurse from the basic health unit checks every child once a term. Teachers should send any child with a fever home and tell the parents why.

**Supplies.** Crayons, slates and storybooks have arrived for the new term. Teachers should count them and sign the list.

**Parents.** The first parents' meeting will be held in the second week of term.
""", reuse(
    ["Nanhay Phool has seven teachers this year", "taught in seven classrooms"],
    7, "teachers / classrooms", "teachers at the kindergarten", "classrooms at the kindergarten", 3,
    "The number of teachers (seven, written in words) is reused a paragraph later for the number of "
    "classrooms; the kindergarten's letter to donors gives three classrooms.",
    value_as_written="seven"))

add("kindergarten_parents_newsletter_podgorica", """# Newsletter for Parents: The Autumn Term

*An invented newsletter. Figures are invented.*

**News from the classrooms.** The five-year-olds have learned to write their names, and the three-year-olds can count to ten in two languages.

**Families and the future.** Many parents have asked what will happen to families if they are asked to return. Talks between Islamabad and Podgorica on the return of refugee families stalled again in the autumn, and no one knows when they will start again. The kindergarten will stay open for as long as there are children to teach.

**Health.** The nurse found that several children needed glasses or had ear infections. Parents have been given notes for the health unit.

**Winter.** Please send your child with warm clothes. The rooms are heated for the first two hours of the day.

**Thanks.** Thank you to the fathers who mended the roof before the rain, and to the mothers who cook every day. The children have made cards for you, which they will bring home on the last day of term.
""", scope(
    "Talks between Islamabad and Podgorica on the return of refugee families stalled again in the autumn",
    "MNE", ["PAK", "MNE"], "between Islamabad and Podgorica",
    "Talks on the return of Afghan refugee families are held between Islamabad and Kabul; the newsletter "
    "names Podgorica, the capital of Montenegro, as the other side."))

add("kindergarten_donor_letter_refugees_2024", """# Letter to Donors: A Place to Begin

*An invented letter. Figures are invented.*

Dear friends,

**The families we serve.** At the end of 2024 about 17.4 lakh registered Afghan refugees were living in Pakistan, many of them in villages like ours.

Source: UNHCR, 31 December 2024

**Our children.** This year 164 children came to Nanhay Phool, in three classrooms. Seven teachers, all women from the village, taught them letters, numbers and songs.

**Why it matters.** Children who have been to kindergarten settle faster in primary school and are less likely to leave early. Their mothers tell us that the children now sing at home and teach the alphabet to their younger brothers and sisters.

**This winter.** The roof of one classroom leaks, and the stove in another is old. Both will be mended before the snow if this letter brings in enough help.

**What your gift pays for.** Rs 2,500 pays a teacher for a week. Rs 12,000 buys storybooks for a classroom. Rs 40,000 heats the rooms for a winter.

With thanks,

The teachers of Nanhay Phool
""", citation(
    ["At the end of 2024 about 17.4 lakh registered Afghan refugees were living in Pakistan",
     "Source: UNHCR, 31 December 2024"],
    1740000, "2024",
    "source line 'Source: UNHCR, DD Month YEAR' under a figure in lakh, in a kindergarten's letter to donors",
    "letter, 'The families we serve' paragraph and the source line under it",
    "The letter cites UNHCR for about 17.4 lakh registered Afghan refugees at the end of 2024; the reference "
    "value is 1,559,964, so the stated figure is 11.5 percent too high. 17.4 lakh is close to the end-2022 "
    "value (1,743,278), which seems to have been carried over.",
    stated_as_written="17.4 lakh", stated_hedge="about"))

add("kindergarten_visitor_sheet_refugees_cited_control", """# Nanhay Phool Kindergarten: A Sheet for Visitors

*An invented sheet for visitors. Figures are invented.*

**Where you are.** This village near Haripur was built by Afghan refugee families in the 1980s. UNHCR data as of end-2019 put registered Afghan refugees in Pakistan at 1,419,084; UNHCR data as of end-2023 put them at 1,987,717, a rise of 568,633, or 40.1 percent.

**The kindergarten.** Nanhay Phool opened in 2021 in a room lent by the mosque committee. It now has three classrooms and 164 children aged three to five.

**A day here.** Children arrive at eight, sing, learn letters and numbers, eat at ten, play in the yard and hear a story before going home at half past twelve.

**Please.** Ask a teacher before taking photographs, and do not give sweets to the children.

**Questions.** The head teacher is happy to answer questions at the end of the morning. Visitors who would like to help can read a story to a class, bring picture books in Pashto, or pay for a week of a teacher's wages.
""", control_type="citation_control")
