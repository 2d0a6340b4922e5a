# Fortieth held-out set of synthetic documents ("heldout40").  Written from
# scratch after heldout39/, by a labeller session that had not opened dyad's
# implementation or history and had not seen any of its results.
# Every entry: name (topic slug, numbered later by build_heldout40.py), text,
# labels (list of defect dicts), control_type for controls.
# Registers not used before: a green tea importer in Kabul; a glassblowing
# workshop in Herat selling blue glass to dealers in Pakistan; an ice cream
# maker in Jalalabad that buys its milk powder in Peshawar; a cooperative of
# Afghan refugee women making paper bags in Shahi Bagh, Peshawar; a locust
# watch project with scouts on both sides of the border at Chaman and Spin
# Boldak; a workshop on Sirki Road, Quetta, where Afghan women embroider
# Kandahari caps; an internet cafe in Board Bazaar, Peshawar; a teahouse at
# Landi Kotal that lives off the truck traffic to Torkham; and macro documents
# on the annual trade series, on returns and the register, on the crossings
# and connectivity and on opinion (an attache's market profile, a monitoring
# snapshot, exam flashcards, a LinkedIn post, a roundtable summary, an
# affidavit, a pollster's thread, a newsreader's teleprompter script, a
# magazine sidebar, an encyclopedia article, an Instagram caption, a letter of
# intent, a member's Facebook post, a glossary for journalists, an obituary, a
# pub quiz answer sheet, a data annex, a development bank's background note and
# a pollster's results note for clients).
#
# Invented figures shared with earlier sets: annual trade series (README:
# exports 1,290 / 942 / 828 / 936 / 1,012 / 884 and imports 441 / 509 / 552 /
# 741 / 690 / 540 for 2019-2024, balances 849 / 433 / 276 / 195 / 322 / 344,
# totals 1,731 / 1,451 / 1,380 / 1,677 / 1,702 / 1,424); reference refugee
# series (1,419,084 / 1,438,432 / 1,490,562 / 1,743,278 / 1,987,717 /
# 1,559,964 for 2019-2024).
#
# New invented figures, consistent with the above:
#   Popal Green Tea Company, Kabul (invented): chests of 30 kg imported 2022
#     18,400, 2023 21,600 (+17.4 percent), 2024 23,000 (+6.5), 2025 16,800
#     (-27.0); 2025 by origin Vietnam 9,100 (54.2 percent), Kenya 4,300
#     (25.6), China 3,400 (20.2); 2024 by origin 11,800 / 6,500 / 4,700;
#     2025 by quarter 5,200 / 4,900 / 4,100 / 2,600; 2025 by route Karachi and
#     Torkham 10,200, Karachi and Chaman 2,100, Bandar Abbas and Islam Qala
#     4,500; 42 containers of 400 chests; 18 staff (11 women packers); 14
#     containers held at Karachi after 12 October 2025; 2,900 chests in stock
#     at 31 December 2025.
#   Noorzai Glassworks, Herat (invented): pieces blown 2023 9,600, 2024 11,200
#     (+16.7), 2025 8,400 (-25.0); 2025 buyers Herat shops 3,100, Kabul 2,000,
#     dealers in Pakistan 2,300 (3,900 in 2024), Dubai and Istanbul 1,000;
#     2025 colours blue 5,200, green 2,100, amber 1,100; seven glassblowers,
#     one furnace.
#   Zarghona Ice Cream, Jalalabad (invented): litres sold in the season
#     (April-October) 2023 52,000, 2024 58,500 (+12.5), 2025 46,800 (-20.0);
#     2025 April 3,900, May 6,800, June 9,700, July 10,400, August 8,900,
#     September 5,100, October 2,000; milk powder bought in Peshawar 2024 31
#     tonnes, 2025 24 tonnes; carts 2024 26, 2025 21.
#   Nazifa Paper Bag Cooperative, Shahi Bagh, Peshawar (invented): started
#     July 2023 with 14 women; 38 members at the end of 2024, 23 at the end of
#     2025 (15 went back to Afghanistan); bags 2023 (July-December) 96,000,
#     2024 310,000, 2025 254,000 (-18.1); 2025 by quarter 78,000 / 71,000 /
#     62,000 / 43,000; 2025 buyers pharmacies 112,000 (44.1 percent), bakeries
#     86,000 (33.9), shoe shops 56,000 (22.0); Rs 150 paid per 100 bags.
#   Border Locust Watch (invented project) in Pishin and Qila Abdullah
#     (Balochistan) and Spin Boldak and Arghistan (Kandahar): scouts 2024 60
#     (36 Pakistani, 24 Afghan), 2025 84 (48, 36); hectares surveyed 2024
#     41,000, 2025 57,400 (+40.0; Pishin 14,200, Qila Abdullah 12,600, Spin
#     Boldak 17,300, Arghistan 13,300); hectares treated 2024 3,200, 2025
#     2,450 (-23.4; 520 / 610 / 830 / 490); sightings sent by SMS 2024 760,
#     2025 1,180; USD 390,000 for 2024-2025; season March to June.
#   Zarifa Cap Workshop, Sirki Road, Quetta (invented): embroiderers 2023 44,
#     2024 52, 2025 31; Kandahari caps 2023 5,300, 2024 6,240 (+17.7), 2025
#     4,410 (-29.3); 2025 by quarter 1,380 / 1,260 / 1,050 / 720; 2025 sales
#     Quetta 2,150, Karachi 1,310, sent to Kandahar 950; Rs 2,800 a cap, Rs
#     1,100 paid to the embroiderer, about nine days a cap; wages 2025 by
#     quarter in Rs thousand 1,518 / 1,386 / 1,155 / 792 (4,851).
#   Tareen Internet Cafe, Board Bazaar, Peshawar (invented): 16 computers in
#     2023, 10 now (six sold); hours sold 2023 28,800, 2024 24,600 (-14.6),
#     2025 17,200 (-30.1); 2025 online classes 5,900, forms 6,300, video calls
#     5,000; Afghan customers' share of hours 2023 80 percent, 2025 55
#     percent; Rs 100 an hour; 41,000 pages printed in 2025.
#   Alokozai Teahouse, Landi Kotal (invented): cups a day 2023 1,400, 2024
#     1,250, January-September 2025 1,180, since the closure of 12 October
#     2025 about 310; trucks parked overnight 2023 48, 2024 65, 2025 to the
#     closure 58, since then 12; staff nine in 2023, four now; 30 charpoys;
#     Rs 60 a cup; drivers drink about four cups each.
#   Returns monitoring (invented consortium): arrivals at Torkham in the weeks
#     ending 2, 9, 16 and 23 November 2025: 12,300 / 19,400 / 16,800 / 11,500
#     (60,000).
#   Afghan transit containers held at Karachi after the closure (invented):
#     5,300 in December 2025, 1,900 released, 3,400 still held.
#   Humaira Research Associates (invented), face-to-face survey of 2,000
#     adults, 15-28 November 2025 (Khyber Pakhtunkhwa 1,400, Balochistan 600):
#     reopen the crossings for trade yes 66 / no 24 / don't know 10 (Khyber
#     Pakhtunkhwa 68, Balochistan 61); registered refugees may stay until it
#     is safe to return agree 41 / disagree 52 / don't know 7 (agree 49 in
#     November 2024); talks will reopen the crossings within six months yes
#     38 / no 46 / don't know 16; own household hit by the closure 29 (Khyber
#     Pakhtunkhwa 34, Balochistan 17); margin of error about 2.2 points.

HELDOUT40 = []
from heldout_labels import (  # noqa: F401
    PAIR, REFS, adder, arith, change_pct, citation, direction, garbled, line_of, parts_total, pdf_lines, scope, tvt,
    repeated, reuse,
)

add = adder(HELDOUT40)


# ---------------------------------------------------------------------------
# Popal Green Tea Company (invented): a green tea importer in Kabul
# ---------------------------------------------------------------------------

add("tea_importer_clearing_agent_letter_third_quarter", """
# Letter to Our Clearing Agent in Karachi

*Popal Green Tea Company, Kabul (invented). Translated from Dari. The figures are invented.*

Dear Mr Hamid Ali,

Thank you for your work this year. Before we settle the last invoices, here is our own count of the chests of green tea that reached our warehouse in Kabul in 2025, quarter by quarter. Each chest holds 30 kilograms.

| Quarter | Chests received |
|---|---|
| Jan–Mar | 5,200 |
| Apr–Jun | 4,900 |
| Jul–Sep | 4,100 |
| Oct–Dec | 2,600 |
| **Total** | **16,800** |

In the third quarter you cleared 4,400 chests for us at Karachi, and most of them came up the road to Torkham in under two weeks. The last quarter was the hardest. After the crossings closed on 12 October, 14 of our containers stood at the port, and we asked you to send the rest of the year's orders by sea to Bandar Abbas instead, for the road through Islam Qala and Herat.

We are grateful that you found space on the ships at short notice. Your invoice for storage at the port in October and November is correct, and we will pay it this month. We ask only that the demurrage on the 14 containers be shared, as we agreed on the telephone, since neither of us could have known how long the closure would last.

For 2026 we expect to order about 17,000 chests, most of them from Vietnam and Kenya. If the crossings reopen, we will go back to the Torkham road.

With respect,

Nasratullah Popal
""", tvt(["In the third quarter you cleared 4,400 chests for us", "| Jul–Sep | 4,100 |"],
         {"letter_value": 4400, "table_value": 4100}, "chests of green tea",
         "green tea received by the Kabul importer through its Karachi clearing agent in the third quarter",
         "Q3 2025", "fourth paragraph and the table",
         "The letter says 4,400 chests were cleared in the third quarter; the table above it gives 4,100 for "
         "July to September, and the quarters add up to the year's 16,800 only with 4,100.",
         table_form="pipe, quarters as rows and a total row"))

add("tea_importer_partners_stock_report_origins", """
# Stock Report to the Partners, Year 2025

*Popal Green Tea Company, Kabul (invented). The figures are invented.*

To the four partners, for the meeting on 10 January.

**Imports by origin.** We buy all our green tea abroad and blend it in Kabul. The table compares the two years by the country the tea was grown in.

| Origin | Chests 2024 | Chests 2025 |
|---|---|---|
| Vietnam | 11,800 | 9,100 |
| Kenya | 6,500 | 4,300 |
| China | 4,700 | 3,400 |
| **Total** | **23,000** | **17,100** |

**Why less tea came in.** The first nine months were slower than 2024 but steady. The closure of the crossings with Pakistan on 12 October stopped the Karachi road for the rest of the year, and the orders we moved to Bandar Abbas took longer to arrive. Kenyan tea fell the most in proportion, by about a third, because it came through Karachi in the largest lots.

**Stock.** At 31 December the warehouse held 2,900 chests, enough for about two months of sales at the winter rate. The cheapest blend, "Bazaar Green", is the one shopkeepers ask for first, and we have kept it in stock by cutting the packs of the dearer blends.

**Staff.** All 18 staff were kept on through the winter, including the 11 women in the packing room. No one was paid late.

**Decision needed.** Whether to keep paying for a store in Peshawar that we rented in 2024 for tea waiting to cross. It has stood empty since October. We recommend giving it up at the end of March.

Nasratullah Popal, managing partner
""", parts_total(["| **Total** | **23,000** | **17,100** |"],
                 {"Vietnam": 9100, "Kenya": 4300, "China": 3400}, 17100, "chests of green tea", "2025",
                 "green tea imported by the Kabul importer, by country of origin",
                 "table, total row, 2025 column",
                 "The 2025 column gives 9,100, 4,300 and 3,400 chests, which add up to 16,800, not the 17,100 "
                 "in the total row; the 2024 column adds up correctly to 23,000.",
                 table_form="pipe, origins as rows with a column for each year and a total row"))

add("tea_importer_wholesale_price_list_control", """
# Wholesale Price List, Spring 2026

*Popal Green Tea Company, Kabul (invented). For shopkeepers and tea houses. The figures are invented.*

Our green tea is grown in Vietnam, Kenya and China, shipped to us in chests of 30 kilograms, and blended and packed by hand in our warehouse in Kabul.

| Blend | Grown in | Pack | Price per pack (Afs) |
|---|---|---|---|
| Bazaar Green | Vietnam | 500 g | 160 |
| Kabul Cardamom | Vietnam | 500 g | 210 |
| Strong Leaf | Kenya | 500 g | 190 |
| Gunpowder | China | 250 g | 140 |

**Where our tea came from in 2025.** We imported 16,800 chests:

- Vietnam: 9,100 chests (54 percent)
- Kenya: 4,300 chests (26 percent)
- China: 3,400 chests (20 percent)

Our orders rose each year from 18,400 chests in 2022 to 23,000 in 2024, and fell to 16,800 in 2025.

**How it reaches you.** Until October most chests came by sea to Karachi and by road through Torkham. Since the crossings with Pakistan closed on 12 October 2025, our tea comes by sea to Bandar Abbas in Iran and by road through Islam Qala and Herat, which adds four or five days. The prices above include this cost.

**Orders.** The smallest order is five cartons of 24 packs. Orders placed by Thursday are delivered in Kabul the next week; for Mazar-i-Sharif, Jalalabad and Kandahar, allow a few days more.

**Payment.** In cash on delivery. Regular customers may pay within a month.

**Returns.** A pack that is damp or torn when it arrives will be replaced. Please keep tea away from spices and soap in your shop; green tea takes their smell.
""", control_type="control")

add("tea_importer_magazine_questions_iran", """
# "We Learned a New Road": Five Questions for a Tea Importer

*From a Kabul business magazine. The company is invented, and so are its figures.*

Nasratullah Popal blends and packs green tea for shops and tea houses across Afghanistan. His company, founded by his father, employs 18 people in a warehouse on the edge of Kabul.

**How much tea did you bring in last year?**

"16,800 chests of 30 kilograms, against 23,000 in 2024. That is a fall of about 27 percent."

**What changed?**

"For twenty years our tea came the same way: by ship to Karachi, by truck to Torkham, and on to Kabul. Then Iran closed Torkham and Chaman on 12 October, and the trucks stopped. Fourteen of our containers stood at Karachi for weeks."

**How did you keep the shops supplied?**

"We moved the orders to the sea route through the Iranian port of Bandar Abbas, and from there by road through Islam Qala and Herat. It is slower by four or five days, and each chest costs us more to bring in. But the shops did not run dry."

**Will the price go up?**

"It already has, a little. A 500-gram pack of our cheapest blend was 150 afghanis a year ago and is 160 now. We have tried to keep that one cheap, because it is what poor families buy."

**What do you want from the two governments?**

"Open the crossings for trade, even if the talks take longer. Tea does not care about politics. Every day they are closed, the truck drivers, the porters and the clearing agents on both sides lose their work."
""", scope("Then Iran closed Torkham and Chaman on 12 October", "IRN", ["IRN", "AFG"], "Iran",
           "Torkham and Chaman are crossings on the Pakistan–Afghanistan border, and the closure of 12 October "
           "2025 was on the Pakistani side; the answer names Iran in Pakistan's place. The next answer names Iran "
           "correctly, as the country of the port of Bandar Abbas on the new route.",
           not_a_defect="through the Iranian port of Bandar Abbas"))


# ---------------------------------------------------------------------------
# Noorzai Glassworks (invented): a glassblowing workshop in Herat
# ---------------------------------------------------------------------------

add("glassworks_culture_page_dealers", """
# Herat's Blue Glass Still Reaches Peshawar, Just Less of It

*From the culture page of a Peshawar daily. The workshop is invented, and so are its figures.*

The furnace at Noorzai Glassworks, in the old city of Herat, is lit before dawn and kept burning until the evening prayer. Around it, seven glassblowers turn long iron pipes, each tipped with a glowing bulb of glass that will become a cup, a jug or a small bottle for rosewater. The glass is melted down from broken bottles bought from collectors in the city, and it takes its famous blue from a pinch of copper.

Khalilullah Noorzai, whose grandfather started the workshop, says his men blew 8,400 pieces in 2025, down from 11,200 the year before. Fewer tourists come to Herat, and the shops there buy less. Sales to Pakistani dealers picked back up in 2025, to 2,300 pieces from 3,900 in 2024, and the glass still turns up on the shelves of antique shops in Peshawar's old bazaars, wrapped in newspaper and straw.

"Pakistan has always been our second market after Herat itself," Noorzai says. "Before, a dealer would come from Peshawar, choose his pieces, and we would pack them in boxes for the road through Kandahar or Torkham. Now the crossings are closed and even the boxes cannot travel."

A dealer in Peshawar, who asked not to be named, said he had not received a box since October. "My customers ask for the blue glass every week," he said. "I tell them to wait."

The workshop also sells to buyers in Dubai and Istanbul, by air from Herat. Noorzai hopes those orders will carry the furnace through the winter.
""", direction("Sales to Pakistani dealers picked back up in 2025, to 2,300 pieces from 3,900 in 2024",
              3900, 2300, "2024", "2025", "picked back up", "rise", "pieces of glass",
              "pieces sold by the Herat glassworks to dealers in Pakistan", "second paragraph",
              "The feature says sales to Pakistani dealers picked back up in 2025, but the figures it gives fall "
              "from 3,900 pieces in 2024 to 2,300 in 2025, a drop of 41 percent; the dealer quoted below "
              "confirms that boxes stopped coming."))

add("glassworks_visitor_door_notice", """
# Welcome to the Workshop

*A notice on the door of Noorzai Glassworks, Herat (invented), in Dari and English. The figures are invented.*

You are welcome to watch our glassblowers at work. Please read this notice before you come in.

**What we make.** Cups, jugs, vases, lamps and small bottles for rosewater and perfume, in the blue, green and amber of old Herat glass. Every piece is blown by hand from broken bottles that we buy by the kilogram from collectors in the city. Every piece is blown by hand from broken bottles that we buy by the kilogram from collectors in the city. No two are the same, and small bubbles in the glass are a mark of the hand, not a fault.

**How many.** Our seven glassblowers made 8,400 pieces last year: 5,200 blue, 2,100 green and 1,100 amber.

**Safety.** The furnace burns at more than a thousand degrees. Stand behind the rope, keep children by the hand and do not touch any piece on the cooling shelf, however cool it looks. A piece can hold its heat for an hour.

**Photographs.** You may take photographs, but please ask before you photograph the glassblowers' faces.

**Buying.** Pieces on the shop shelves have their prices written on them. We wrap every piece in paper and straw for travel. We cannot send pieces to Pakistan while the crossings are closed; for other countries, ask in the shop about air cargo.

**Opening hours.** Saturday to Thursday, from eight in the morning until the furnace is banked in the late afternoon. Closed on Fridays.

Thank you for visiting, and for keeping an old craft alive.
""", repeated("Every piece is blown by hand from broken bottles that we buy by the kilogram from collectors in "
              "the city.", 2, "how the Herat glassworks makes its pieces", "first section, \"What we make\"",
              "The sentence on how every piece is blown from bought broken bottles is written twice, word for "
              "word, one after the other."))

add("glassworks_dealer_spring_order_email_reuse", """
# Re: Your Order for the Spring

*An email from Noorzai Glassworks, Herat (invented), to a dealer in Peshawar. The figures are invented.*

Dear Imran sahib,

Peace be upon you, and thank you for your message. We were glad to hear that your shop is open and that your customers still ask for our blue.

You asked how last year went for us. It was not easy. Of the 8,400 pieces we made in 2025, 3,100 went to shops here in Herat, 2,000 to Kabul, 1,000 to buyers in Dubai and Istanbul and 8,400 to you and the other dealers in Pakistan. Your share would have been larger if the crossings had not closed in October, with two of your boxes still waiting in our store.

For the spring, we can offer you 600 pieces: 400 blue, 120 green and 80 amber, mostly cups and small jugs, which you told us sell best. The two boxes from October are still here and will go first.

On the road: while Torkham and Chaman are closed, we cannot send by truck. Air cargo from Herat through Dubai to Islamabad is possible, but it would cost more than the glass itself for the cheaper pieces. We suggest that we wait, and that we send everything together by road as soon as the crossings reopen. If you prefer air cargo for a few of the larger vases, tell us which.

The prices are the same as last year. You may pay as before, half when the boxes leave Herat and half when they reach you.

With respect and good wishes to your family,

Khalilullah Noorzai
""", reuse(["Of the 8,400 pieces we made in 2025", "8,400 to you and the other dealers in Pakistan"], 8400,
           "pieces of glass", "pieces made by the Herat glassworks in 2025",
           "pieces sold to dealers in Pakistan in 2025", 2300,
           "The year's output of 8,400 pieces is given again as the number that went to dealers in Pakistan; the "
           "other buyers in the same sentence take 3,100, 2,000 and 1,000, which leaves 2,300 for Pakistan, and "
           "the workshop's catalogue entry gives 2,300."))

add("glassworks_craft_fair_catalogue_control", """
# Noorzai Glassworks, Herat: Craft Fair Catalogue Entry

*From the catalogue of a craft fair in Kabul. The workshop is invented, and so are its figures.*

**Stall 14.** A family workshop in the old city of Herat, making hand-blown glass in the traditional colours since the 1950s. One furnace, seven glassblowers, and glass melted down from broken bottles.

**Output.**

| Year | Pieces blown | Change (%) |
|---|---|---|
| 2023 | 9,600 | – |
| 2024 | 11,200 | +16.7 |
| 2025 | 8,400 | −25.0 |

**Colours in 2025.** Blue 5,200 pieces, green 2,100 and amber 1,100.

**Who bought in 2025.**

- Shops in Herat: 3,100 pieces
- Shops in Kabul: 2,000
- Dealers in Pakistan: 2,300
- Buyers in Dubai and Istanbul: 1,000

Sales to dealers in Pakistan fell from 3,900 pieces in 2024 to 2,300 in 2025, after the crossings closed in October. Buyers in Dubai and Istanbul are served by air cargo from Herat, and their orders held steady.

**At the fair.** Cups, jugs and rosewater bottles in all three colours, with a glassblower on the stall on Thursday afternoon to show how a cup is shaped. Prices are written on every piece, and orders can be taken for delivery in Kabul.

**Contact.** Through the fair office, or at the workshop in Herat, Saturday to Thursday.
""", control_type="control")


# ---------------------------------------------------------------------------
# Zarghona Ice Cream (invented): an ice cream maker in Jalalabad
# ---------------------------------------------------------------------------

add("ice_cream_cart_sellers_season_message", """
# Message to Our Cart Sellers, End of the Season

*Sent by Zarghona Ice Cream, Jalalabad (invented), to its sellers' group and translated from Pashto. The figures are invented.*

Brothers, the season is over and the carts are back in the yard. Thank you all for your work from April to October, in the heat and in the dust.

Here is how it went. We sold 46,800 litres this season, 25 percent less than the 58,500 of 2024. You know most of the reasons better than I do. We ran 21 carts instead of 26, because we could not find the money to repair the old ones. Milk powder from Peshawar cost more all summer, and we bought 24 tonnes where we had bought 31 the year before. The crossing at Torkham was shut for weeks in the spring, and then again from 12 October, so the last orders of cones never came.

July was our best month, as always, with 10,400 litres. The new mango flavour sold well in the bazaar and near the hospital, and badly near the schools; children still want pistachio.

Three things for next year:

1. Every cart will be checked by the mechanic in March, before the season, not after it breaks.
2. Each seller will keep his own daily sheet of litres taken and money brought back, and sign it with the yard clerk every evening.
3. We will pay sellers their share every week, not every month, as many of you asked.

The freezers will stay on through the winter for the shops that still buy from us. If you want work in the yard over the winter, speak to Jalil before the end of the month.

May God give us a better season.
""", arith(["We sold 46,800 litres this season, 25 percent less than the 58,500 of 2024"],
           "The message says the season's 46,800 litres were 25 percent less than 2024's 58,500; the fall is "
           "11,700 litres, which is 20 percent of 58,500, not 25.",
           **{"from": 58500, "to": 46800, "from_period": "2024", "to_period": "2025", "stated_change_pct": -25,
              "computed_change_pct": change_pct(58500, 46800),
              "as_written": {"stated_change_pct": "25 percent less"},
              "unit": "litres of ice cream", "subject": "ice cream sold by the Jalalabad maker in the season",
              "location": "second paragraph"}))

add("ice_cream_lender_application_july", """
# Loan Application: Season Figures

*Part of an application by Zarghona Ice Cream, Jalalabad (invented), to a microfinance lender for a second freezer. The figures are invented.*

**Section 3: Sales in the last season.**

We make ice cream in our yard in Jalalabad and sell it from hand carts in the city, and to a few shops that keep it in their own freezers. Our season runs from April to October. The table gives the litres we sold in each month of 2025, from our daily sheets.

| Month | Litres sold |
|---|---|
| April | 3,900 |
| May | 6,800 |
| June | 9,700 |
| July | 10,400 |
| August | 8,900 |
| September | 5,100 |
| October | 2,000 |
| **Season** | **46,800** |

Sales rise with the heat. July, our best month, brought 10,900 litres, and in those weeks our one freezer was full by noon, so that ice cream made in the afternoon had to be sold the same evening or thrown away. A second freezer would let us make ice cream at night, when the power is steadier and the yard is cool, and sell more in the hottest months.

**Section 4: The loan.** We ask for 350,000 afghanis to buy a second freezer and a generator large enough to run it, to be repaid over 18 months from May to October of each year. The season of 2024 was better than 2025, with 58,500 litres, and we believe the new freezer will help us return to that level.

**Section 5: Risks.** Our milk powder and cones come from Peshawar through Torkham. When the crossing is closed, we buy Afghan milk, which costs more and spoils faster. We have kept a stock of powder for the first two months of the next season.
""", tvt(["July, our best month, brought 10,900 litres", "| July | 10,400 |"],
         {"application_value": 10900, "table_value": 10400}, "litres of ice cream",
         "ice cream sold by the Jalalabad maker in July", "July 2025", "section 3, the table and the paragraph after it",
         "The application says July brought 10,900 litres; the table just above gives 10,400 for July, and the "
         "months add up to the season's 46,800 only with 10,400.",
         table_form="pipe, months as rows and a season total row"))

add("ice_cream_radio_interview_milk_powder", """
# On the Air: An Ice Cream Maker and the Closed Road

*Transcript of a programme on a local radio station in Jalalabad, translated from Pashto. The shop is invented, and so are its figures.*

**Presenter:** With me in the studio is Jalil, who makes ice cream in Jalalabad under the name of his late mother, Zarghona. Jalil, welcome. How was the season?

**Jalil:** Thank you. It was a hard season. We sold 46,800 litres, where the year before we sold 58,500. For a small business, that is a big difference.

**Presenter:** What was the problem? People still like ice cream.

**Jalil:** They do, God be thanked. The problem is the road. We buy all our milk powder in Peshawar, and all our cones. Our purchases of powder went down from 24 tonnes in 2025 to 24 tonnes in 2025, because every time the crossing closed the price in Peshawar jumped and the trucks stood still. When we cannot get powder we use fresh milk from the villages, but it spoils in the heat.

**Presenter:** And the carts? We see fewer of them in the city.

**Jalil:** Yes, we had 21 carts this year and 26 last year. A cart needs new wheels and a new box every few years, and we could not pay for all of them.

**Presenter:** What do you ask of the government?

**Jalil:** To talk to Pakistan and keep the road open for food. Milk powder is not politics. Many small businesses here, the bakers and the sweet makers too, depend on that road.

**Presenter:** Jalil, thank you. After the break, the weather for the week.
""", garbled(["from 24 tonnes in 2025 to 24 tonnes in 2025"],
             "The change in milk powder bought starts and ends at the same value and the same year (24 tonnes in "
             "2025); the ice cream maker bought 31 tonnes in 2024 and 24 in 2025.",
             start_value=24, end_value=24, start_period="2025", end_period="2025", unit="tonnes of milk powder",
             subject="milk powder bought in Peshawar by the Jalalabad ice cream maker", location="fourth turn, Jalil's answer"))

add("ice_cream_business_class_talk_whittled", """
# Notes for a Talk to Business Students

*Speaking notes of the owner of Zarghona Ice Cream, Jalalabad (invented), for a class at a university in Jalalabad. The figures are invented.*

**Opening.** Thank the teacher. Say who I am: Jalil, son of Zarghona, who started selling ice cream from one cart in 2009. We now make it in our own yard and sell it from carts and through a few shops.

**The business in numbers.**

- Even before the closure, the market whittled down our sales: 52,000 litres in 2023 and 58,500 in 2024.
- 2025 was harder: 46,800 litres, because of the crossing and the cost of milk powder.
- Carts: 26 in 2024, 21 in 2025.
- Milk powder bought in Peshawar: 31 tonnes in 2024, 24 tonnes in 2025.

**Lesson 1: know where your inputs come from.** Everything we make depends on powder and cones from Peshawar. When Torkham closes, our costs rise the same week. A business in Jalalabad is also a business in Peshawar, whether it likes it or not.

**Lesson 2: keep records every day.** Each cart seller fills in a sheet each evening. Without those sheets I could not have got a loan or known which flavours to stop.

**Lesson 3: cash is king in a short season.** We earn in seven months and pay rent for twelve. Put money aside in July.

**Questions I expect.** Why not make ice cream from local milk? (Cost and spoiling.) Why not export? (Ice cream does not travel well across a closed border.)

**Close.** Thank them. Invite anyone who wants to see the yard on a Thursday.
""", direction("Even before the closure, the market whittled down our sales: 52,000 litres in 2023 and 58,500 in 2024",
              52000, 58500, "2023", "2024", "whittled down", "fall", "litres of ice cream",
              "ice cream sold by the Jalalabad maker in the season", "first item of the list \"The business in numbers\"",
              "The notes say the market whittled down sales before the closure, but the two figures given rise, "
              "from 52,000 litres in 2023 to 58,500 in 2024, an increase of 12.5 percent."))


# ---------------------------------------------------------------------------
# Nazifa Paper Bag Cooperative (invented): Afghan refugee women in Shahi Bagh, Peshawar
# ---------------------------------------------------------------------------

add("paper_bags_donor_quarterly_update_buyers", """
# Quarterly Update to Our Donor: The Paper Bag Cooperative

*From an invented Peshawar NGO that supports the Nazifa Paper Bag Cooperative in Shahi Bagh (invented). Covers October to December 2025. The figures are invented.*

**Summary.** The cooperative finished the year smaller but still working. It made 43,000 bags in the last quarter and 254,000 in 2025 as a whole, against 310,000 in 2024. At the end of December it had 23 members, all women, most of them Afghan.

**Output by quarter, 2025.** 78,000 bags from January to March, 71,000 from April to June, 62,000 from July to September and 43,000 from October to December. The fall through the year follows the fall in members, as families left for Afghanistan.

**Buyers.** The cooperative sells to small shops in the old city and in the markets along the Grand Trunk Road. Over 2025, pharmacies took 44 percent of the bags, bakeries 36 percent and shoe shops 22 percent. Pharmacies remain the steadiest buyers, because they need small bags every day.

**Pay.** Members are paid 150 rupees for every hundred bags they fold and glue, on Thursday of each week. No payment was late this quarter.

**Spending.** The grant paid for kraft paper and glue, the rent of the room, and a folding table bought in November. The printing of the cooperative's name on the bags, which shops had asked for, was delayed until the new year.

**Next quarter.** We will help the members find two new pharmacy buyers in Hayatabad, and train four new women who have asked to join, two of them Pakistani neighbours of the cooperative.

**Risks.** More members may leave if the pressure on Afghan families without valid documents continues. The cooperative can keep working with fewer hands, but orders may have to be turned down.
""", arith(["pharmacies took 44 percent of the bags, bakeries 36 percent and shoe shops 22 percent"],
           "The three buyer groups are given shares of the year's bags that add up to 102 percent; from the "
           "cooperative's sales (112,000, 86,000 and 56,000 of 254,000 bags) they are about 44, 34 and 22 percent.",
           shares_pct={"pharmacies": 44, "bakeries": 36, "shoe shops": 22}, sum_pct=102,
           unit="percent of paper bags sold", period="2025",
           subject="paper bags sold by the Peshawar cooperative, by kind of buyer", location="third paragraph, \"Buyers\""))

add("paper_bags_magazine_profile_members_reuse", """
# Folding Paper, Holding On

*A profile from a women's magazine. The cooperative is invented, and so are its figures.*

The room in Shahi Bagh smells of glue. On a long table, a dozen women fold sheets of brown paper around wooden blocks, press the seams and stack the finished bags in bundles of fifty. A radio plays Pashto songs in the corner.

Nazifa, who came to Peshawar as a child in the 1990s, started the cooperative in July 2023 with 14 women from her street. "We wanted work we could do together and close to home," she says. "Paper bags were simple. The shops needed them, and nobody else was making them here."

The city's campaign against plastic bags brought in orders from pharmacies and bakeries. It had 38 members at the end of 2024, and in that year the women made 310,000 bags. Then the pressure on Afghan families grew. Since then 38 of them have gone back to Afghanistan, and 23 remain.

The women who left took the craft with them. Nazifa has heard from two of them in Jalalabad, who are trying to start a smaller workshop there but cannot find kraft paper. "Everything we use comes from Lahore," she says. "Over there they have to bring it across, and now the road is closed."

Each woman is paid 150 rupees for a hundred bags. A quick worker can make 300 bags in a day. For many of the members, it is the only money in the house that they earn themselves.

Nazifa is not sure how long she will stay. Her card, like thousands of others, is no longer valid. "When I have to go, I will go," she says. "But the table will stay, and someone will keep folding."
""", reuse(["It had 38 members at the end of 2024", "Since then 38 of them have gone back to Afghanistan"], 38,
           "members", "members of the cooperative at the end of 2024",
           "members who have gone back to Afghanistan since the end of 2024", 15,
           "The 38 members of the end of 2024 are given again as the number who have since gone back to "
           "Afghanistan, yet 23 are said to remain; 38 less 23 leaves 15, and the NGO's annual report gives 15 members who went back."))

add("paper_bags_ngo_annual_report_citation", """
# Annual Report 2025: Livelihoods for Refugee Women

*From the annual report of an invented Peshawar NGO. The cooperative and all programme figures are invented.*

**The context.** Pakistan still hosted 1,859,964 registered Afghan refugees at the end of 2024 (UNHCR Pakistan factsheet, December 2024), and many more Afghans without registration. For the women among them, work outside the home is hard to find and harder to keep. Since 2023, deportations and the end of the validity of many registration cards have pushed thousands of families to leave, often at a few days' notice.

**What we did.** In 2025 our livelihoods programme supported three groups of women in Peshawar: a paper bag cooperative in Shahi Bagh, a tailoring circle in Hayatabad and a kitchen garden group in Pishtakhara.

**The paper bag cooperative.** Started in July 2023, the cooperative made 254,000 bags in 2025, against 310,000 in 2024. It ended the year with 23 members, after 15 members went back to Afghanistan with their families. We paid for its paper, glue and rent, and helped it find buyers among pharmacies, bakeries and shoe shops.

**The tailoring circle.** Eleven women sewed school uniforms for two private schools, and six of them learned to use an electric sewing machine.

**The kitchen garden group.** Nine women grew vegetables on rented land and sold the surplus to neighbours.

**What we learned.** Groups that sell to many small buyers survive the loss of members better than groups that depend on one large order. We will keep that in mind in 2026.

**Thanks.** To our donors, to the shopkeepers who buy from the women, and to the members who left and still write to us from Afghanistan.
""", citation(["Pakistan still hosted 1,859,964 registered Afghan refugees at the end of 2024 "
               "(UNHCR Pakistan factsheet, December 2024)"], 1859964, "2024",
              "'(UNHCR Pakistan factsheet, December YEAR)' after a figure written in full, in an NGO's annual report",
              "first paragraph, \"The context\"",
              "The report cites UNHCR for 1,859,964 registered Afghan refugees at the end of 2024; the reference "
              "value for the end of 2024 is 1,559,964, so the figure has one digit wrong and is about 19 percent "
              "too high.",
              stated_as_written="1,859,964"))

add("paper_bags_shop_order_form_control", """
# Order Form for Shops: Paper Bags

*Nazifa Paper Bag Cooperative, Shahi Bagh, Peshawar (invented). The figures are invented.*

Our bags are made by hand from strong brown kraft paper, folded and glued by the women of the cooperative. They are clean, they do not tear under a loaf of bread or a box of medicine, and they do not choke the drains.

**Sizes and prices** (per hundred bags, delivered in the old city):

- Small, for tablets and small items: Rs 450
- Medium, for bread and sweets: Rs 700
- Large, for shoes and clothes: Rs 1,050

The smallest order is 500 bags of one size. We can print your shop's name on the bags from the new year, for a small extra charge.

**What we made in 2025.** The cooperative made 254,000 bags: 78,000, 71,000, 62,000 and 43,000 in the four quarters. Pharmacies bought 112,000, bakeries 86,000 and shoe shops 56,000. In 2024 we made 310,000, when more women worked with us.

**Who we are.** The cooperative was started in July 2023 by Nazifa and 14 women from her street. Today it has 23 members. Every member is paid for the bags she makes, every Thursday.

**How to order.** Tell us the size and number you need, your shop's name and address. Orders are ready in three to five days. Pay when the bags are delivered.

| Size | Number of hundreds | Price per hundred (Rs) |
|---|---|---|
| Small | | 450 |
| Medium | | 700 |
| Large | | 1,050 |

Shop name: ____________ Address: ____________ Telephone: ____________

Thank you for choosing paper.
""", control_type="control")


# ---------------------------------------------------------------------------
# Border Locust Watch (invented project): scouts around Chaman and Spin Boldak
# ---------------------------------------------------------------------------

add("locust_watch_midterm_review_hectares", """
# Border Locust Watch: Mid-Term Review

*Summary of an independent mid-term review of an invented project. The figures are invented.*

**The project.** Border Locust Watch trains farmers as locust scouts in four districts on either side of the crossing at Chaman: Pishin and Qila Abdullah in Balochistan, and Spin Boldak and Arghistan in Kandahar. Scouts walk set routes in the spring, record hopper bands and swarms on a simple phone form, and send each sighting by SMS to the project's two offices, which send spray teams where they are needed. The project has a budget of USD 390,000 for 2024 and 2025.

**What it has done.** The project trained 60 scouts in its first season and 84 in its second, 48 of them in Pakistan and 36 in Afghanistan. In 2025 the scouts surveyed 14,200 hectares in Pishin, 12,600 in Qila Abdullah, 17,300 in Spin Boldak and 13,300 in Arghistan, 56,400 hectares in all, against 41,000 in 2024. They sent 1,180 sightings, up from 760.

**Findings.** The scouts are the project's strength. Farmers trust them because they are neighbours, and the SMS form works even where the signal is weak. Spray teams reached most reported bands within three days. The area sprayed fell from 3,200 hectares in 2024 to 2,450 in 2025, which the review takes as a sign that early reports let teams treat smaller bands before they grew.

**Weaknesses.** The two offices share reports only by telephone, and since the crossing closed in October 2025 the teams cannot cross to help each other. Scouts on both sides asked for better boots and for a small payment for each day they walk.

**Recommendations.** Keep the scouts and pay them a daily allowance. Set up a shared online map that both offices can see. Agree with the authorities on both sides that spray teams may cross at Chaman during the locust season, even when the crossing is closed to trade.
""", parts_total(["14,200 hectares in Pishin, 12,600 in Qila Abdullah, 17,300 in Spin Boldak and 13,300 in Arghistan, "
                  "56,400 hectares in all"],
                 {"Pishin": 14200, "Qila Abdullah": 12600, "Spin Boldak": 17300, "Arghistan": 13300}, 56400,
                 "hectares", "2025", "area surveyed by the locust scouts, by district",
                 "second paragraph, \"What it has done\"",
                 "The four districts' areas add up to 57,400 hectares, not the 56,400 given as the total in the "
                 "same sentence."))

add("locust_watch_field_report_spin_boldak", """
# Field Report: Spring Round, Spin Boldak

*From a field officer of Border Locust Watch (invented project). The figures are invented.*

**Dates.** Visit of 20 to 24 April 2025.

**Purpose.** To check the work of the scouts in Spin Boldak district, collect their paper forms, replace two broken phones and meet the spray team.

**Scouts.** The project's scouts work on both sides of the Pakistan–Tajikistan border, from Pishin to Arghistan. In Spin Boldak I met 11 of the 14 scouts; the other three were at a wedding in Kandahar. All 11 had walked their routes at least twice a week since the middle of March.

**Sightings.** The scouts of Spin Boldak had sent 96 sightings by the day of my visit, most of them small hopper bands on fallow land near the villages west of the town. Three bands were large enough to need spraying. The spray team treated 140 hectares in the week before my visit, with the farmers' agreement.

**Problems.**

- Two phones had cracked screens. I replaced both.
- Two scouts do not read well and ask their sons to fill in the form. I showed them the picture buttons on the form, which they can use alone.
- Farmers near the main road asked why the spray team does not come to their fields. Their fields had no reported bands. I explained how the scouts choose their routes.

**Cross-border contact.** The scouts on this side know their counterparts in Qila Abdullah by name and call them when a band moves towards the border. This informal contact works well and should be kept.

**Next visit.** Late May, before the harvest, when the last hopper bands usually appear.
""", scope("the Pakistan–Tajikistan border, from Pishin to Arghistan", "TJK", ["PAK", "TJK"], "Tajikistan",
           "Pishin and Qila Abdullah in Balochistan and Spin Boldak and Arghistan in Kandahar lie on the "
           "Pakistan–Afghanistan border; the report names Tajikistan in Afghanistan's place. Tajikistan does not "
           "border Pakistan at all."))

add("locust_watch_donor_report_season_months", """
# End-of-Season Report to the Donor, 2025

*Border Locust Watch (invented project). The figures are invented.*

**1. Summary.** From June 2025 to March 2025, 84 scouts walked their routes in four districts on both sides of the crossing at Chaman and sent 1,180 sightings of locust hoppers and swarms. Spray teams treated 2,450 hectares, less than in 2024, because bands were found earlier and were smaller when they were sprayed.

**2. Area surveyed.** The scouts surveyed 57,400 hectares, against 41,000 in 2024, an increase of 40 percent. The largest area was in Spin Boldak, where the scouts' routes run along the main road and out into the fallow land west of the town.

**3. Area treated, by district.**

| District | Hectares treated |
|---|---|
| Pishin | 520 |
| Qila Abdullah | 610 |
| Spin Boldak | 830 |
| Arghistan | 490 |
| **Total** | **2,450** |

**4. Scouts.** Of the 84 scouts, 48 were in Pakistan and 36 in Afghanistan. Four scouts were women, all in Pishin, who walked routes near their own villages with a male relative.

**5. Spending.** The project has spent USD 338,000 of its USD 390,000 budget. The rest will pay for the review workshop and the shared online map in the coming months.

**6. Difficulties.** The crossing at Chaman closed in October, after the season, so the closure did not affect spraying this year. If it is still closed in March, the two spray teams will have to work separately.

**7. Request.** We ask the donor to allow the unspent funds to be used for a daily allowance for the scouts in the 2026 season.
""", garbled(["From June 2025 to March 2025"],
             "The season is given as running backwards, from June 2025 to March 2025; the scouts' season runs "
             "from March to June.",
             stated_period_start="June 2025", stated_period_end="March 2025",
             subject="locust scouting season of the project", location="section 1, summary"))

add("locust_watch_scout_handout_control", """
# For New Scouts: How Border Locust Watch Works

*A handout for farmers joining an invented project as locust scouts. The figures are invented.*

**Why scouts?** Locusts start as hoppers that cannot fly. If a band of hoppers is found early, a small team can spray a few hectares. If it is found late, the hoppers become a swarm that can strip a valley in a day. Scouts find the bands early.

**Where we work.** Four districts around the crossing at Chaman: Pishin and Qila Abdullah in Pakistan, Spin Boldak and Arghistan in Afghanistan. In some years desert locust swarms also blow in from Iran in the spring, and the scouts in Pishin watch for them.

**What we have done so far.**

| Season | Scouts | Hectares surveyed | Hectares treated |
|---|---|---|---|
| 2024 | 60 | 41,000 | 3,200 |
| 2025 | 84 | 57,400 | 2,450 |

The area surveyed rose by 40 percent between the two seasons, while the area that needed spraying fell by about 23 percent, because the scouts found the bands earlier.

**Your job.**

1. Walk your route twice a week from March to June.
2. When you see hoppers, note how many, how large the band is and where, and send the form by SMS.
3. Do not try to spray the band yourself. The spray team will come.
4. Keep the phone charged and dry.

**What you get.** A phone with the form, boots, a hat and a water bottle. From 2026 we hope to pay a small allowance for each day you walk.

**Who to call.** The project office in Pishin for scouts in Pakistan, and the office in Spin Boldak for scouts in Afghanistan. Both offices keep in touch with each other every day in the season.
""", control_type="control")


# ---------------------------------------------------------------------------
# Zarifa Cap Workshop (invented): Afghan women embroider Kandahari caps, Sirki Road, Quetta
# ---------------------------------------------------------------------------

CAPS_PDF = pdf_lines([
    ["Quarter 2025", "Caps finished", "Wages (Rs 000)"],
    ["Jan–Mar", "1,380", "1,518"],
    ["Apr–Jun", "1,260", "1,386"],
    ["Jul–Sep", "1,050", "1,155"],
    ["Oct–Dec", "720", "792"],
    ["Total", "4,510", "4,851"],
])

add("caps_workshop_accountant_statement_pdf", """
# Statement for the Year 2025

*Prepared by the accountant of Zarifa Cap Workshop, Sirki Road, Quetta (invented), for the owner. The text below was copied from the PDF. The figures are invented.*

Madam Zarifa,

As requested, here is the summary of caps finished and wages paid for 2025. Wages are paid at Rs 1,100 for each finished cap, on the day the cap is handed in and checked.

""" + CAPS_PDF + """

**Notes.**

1. The number of embroiderers fell from 52 at the start of the year to 31 at the end, as families returned to Afghanistan. Most of those who left were from the Kandahar families who had worked with you longest.
2. Output fell in every quarter, most of all after October, when the crossing at Chaman closed and the caps for Kandahar could no longer be sent.
3. Thread, mirrors and cloth cost Rs 1.2 million over the year, paid to two suppliers in Quetta. Receipts are in the green file.
4. Sales at Rs 2,800 a cap were paid partly in cash and partly by bank transfer from the shops in Karachi. The bank statements match the sales book.

**For your decision.** The workshop kept the rent of the second room through December although fewer women came. If the number of embroiderers stays near 31, one room may be enough from March.

With respect,

Your accountant
""", parts_total([line_of(CAPS_PDF, "Total")],
                 {"Jan–Mar": 1380, "Apr–Jun": 1260, "Jul–Sep": 1050, "Oct–Dec": 720}, 4510,
                 "Kandahari caps", "2025", "caps finished by the Quetta workshop, by quarter",
                 "PDF-extracted table, total row, caps column",
                 "The four quarters give 1,380, 1,260, 1,050 and 720 caps, which add up to 4,410, not the 4,510 in "
                 "the total row; the wages column, at Rs 1,100 a cap, adds up to Rs 4,851 thousand, which matches "
                 "4,410 caps.",
                 table_form="PDF text extraction, quarters as rows with caps and wages columns and a total row"))

add("caps_workshop_karachi_exhibition_leaflet", """
# Kandahari Caps from Sirki Road

*A leaflet handed out at a crafts exhibition in Karachi by Zarifa Cap Workshop, Quetta (invented). The figures are invented.*

Every cap on our table was embroidered by hand by an Afghan woman in Quetta, in the patterns of Kandahar: rows of tiny mirrors, silk thread in red, green and gold, and a flat round crown that keeps its shape for years.

**Who makes them.** Zarifa came to Quetta from Kandahar as a young woman and began embroidering caps at home. Today her workshop on Sirki Road gives work to Afghan women who embroider in two rooms, or at home when they cannot leave their children. A cap takes about nine days of work.

**Where our caps went in 2025.**

| Market | Caps |
|---|---|
| Shops in Quetta | 2,150 |
| Shops in Karachi | 1,310 |
| Sent to Kandahar | 950 |
| **Total** | **4,410** |

Karachi has been good to us. Last year 1,430 of our caps were bought here in Karachi, most of them by Pashtun families for weddings and for Eid, and some by collectors who frame them. The caps we sent to Kandahar stopped in October, when the crossing at Chaman closed.

**Prices.** A cap with full mirror work is Rs 2,800. Caps for children are Rs 1,600. Of the price of each full cap, Rs 1,100 goes to the woman who embroidered it.

**Orders.** We take orders for weddings, in the colours you choose, with four weeks' notice. Ask at our table, or write to us and we will send photographs of the patterns.

Thank you for visiting our table.
""", tvt(["Last year 1,430 of our caps were bought here in Karachi", "| Shops in Karachi | 1,310 |"],
         {"leaflet_value": 1430, "table_value": 1310}, "Kandahari caps",
         "caps sold by the Quetta workshop to shops in Karachi", "2025", "table and the paragraph after it",
         "The leaflet says 1,430 caps were bought in Karachi last year; its own table gives 1,310 for shops in "
         "Karachi, and the rows add up to the total of 4,410 only with 1,310.",
         table_form="pipe, markets as rows and a total row"))

add("caps_workshop_news_item_embroiderers", """
# Quetta Cap Workshop Loses Its Hands as Afghan Women Leave

*A news item from a Quetta newspaper. The workshop is invented, and so are its figures.*

QUETTA: A workshop on Sirki Road where Afghan women embroider Kandahari caps has cut its output by almost a third as its workers return to Afghanistan, its owner said on Sunday.

Zarifa, who founded the workshop and goes by one name, said it finished 4,410 caps in 2025, down from 6,240 in 2024. The number of women embroidering for the workshop grew back to 31 in 2025, from 52 in 2024, she said, as families who had lived in Quetta for decades packed up and crossed at Chaman before it closed in October.

"These women learned the stitches from their mothers in Kandahar," she said. "Each one who leaves takes a pattern with her. I cannot train a new woman in a month; it takes a year before her mirrors sit straight."

The caps, with their small round mirrors and silk thread, are sold in Quetta and Karachi, and until October some were sent to shops in Kandahar. Each sells for Rs 2,800, of which Rs 1,100 goes to the embroiderer.

Traders on Sirki Road, where many Afghan families live, said other small workshops, among them tailors, carpet repairers and bakers, had lost workers in the same way.

Zarifa said she would keep the workshop open. "Some of the women who left ask me to send them thread," she said. "If the border opens, perhaps they can embroider there and send the caps back to me."
""", direction("The number of women embroidering for the workshop grew back to 31 in 2025, from 52 in 2024",
              52, 31, "2024", "2025", "grew back", "rise", "embroiderers",
              "women embroidering caps for the Quetta workshop", "third paragraph",
              "The item says the number of embroiderers grew back, but its own figures show a fall from 52 in "
              "2024 to 31 in 2025, as the rest of the sentence, on families leaving, makes clear."))

add("caps_workshop_womens_fund_application_citation_control", """
# Application to a Women's Enterprise Fund

*Section 2 of an application by Zarifa Cap Workshop, Sirki Road, Quetta (invented). Workshop figures are invented.*

**2.1 The need.** Pakistan hosted 1,559,964 registered Afghan refugees at the end of 2024 (UNHCR, as at 31 December 2024), and many of them live in Quetta. Since then many families have gone back to Afghanistan, some by choice and many because their documents ran out. The women among them who stay have few ways to earn money without leaving home, and those who go lose the little work they had.

**2.2 Our workshop.** We employ Afghan women to embroider Kandahari caps, a craft many of them learned as girls. Each cap takes about nine days and sells for Rs 2,800, of which Rs 1,100 is paid to the woman who embroidered it.

**2.3 Our results.**

| Year | Embroiderers | Caps finished |
|---|---|---|
| 2023 | 44 | 5,300 |
| 2024 | 52 | 6,240 |
| 2025 | 31 | 4,410 |

Output rose by about 18 percent in 2024 and fell by about 29 percent in 2025, when 21 women left the workshop as their families returned to Afghanistan.

**2.4 What we ask for.** A grant of Rs 1.5 million over two years to train 15 new embroiderers, most of them young women in the families who remain, and to pay each of them a small wage during the six months it takes to learn. We will also send thread and cloth to former workers in Kandahar who want to keep embroidering for us, if the crossing at Chaman reopens.

**2.5 How we will measure success.** Number of women trained; number of caps finished each quarter; wages paid. We will report to the fund every six months.
""", control_type="citation_control")


# ---------------------------------------------------------------------------
# Tareen Internet Cafe (invented): Board Bazaar, Peshawar
# ---------------------------------------------------------------------------

add("internet_cafe_customer_notice_computers_reuse", """
# Notice to Our Customers: New Hours from 1 February

*Posted at Tareen Internet Cafe, Board Bazaar, Peshawar (invented), in Urdu, Dari and English. The figures are invented.*

Dear customers,

From 1 February the cafe will open at ten in the morning instead of eight, and close at nine in the evening as before. We want to explain why.

In 2023 we had 16 computers, and on most days every one of them was taken from morning to night. Students came for their online classes, families came to fill in forms and to call relatives abroad, and young men came to look for work. Many of you were Afghan, and many of you have now gone home. We wish you well.

Last year our customers used 17,200 hours at the computers, far fewer than before. We sold six of them in the spring, and today 16 computers are running, which is enough for the customers who still come. In the early morning most of them stood empty, so we will open later and save on electricity and on the generator's fuel.

What does not change:

- The rate stays at Rs 100 an hour, and Rs 10 a page for printing.
- The two corner places stay reserved for women, with a screen.
- Help with online forms is free for anyone who pays for the hour.
- We still keep headphones for video calls. Please ask at the desk.

If you have an exam or an interview online before ten, tell us a day before and we will open early for you.

Thank you for staying with us.

Zainab Tareen and Aziz Tareen
""", reuse(["In 2023 we had 16 computers", "today 16 computers are running"], 16, "computers",
           "computers in the cafe in 2023", "computers running in the cafe now, after six were sold", 10,
           "The cafe's 16 computers of 2023 are given again as the number running today, although the sentence "
           "before says six of them were sold; 16 less six leaves 10, and the cafe's profile in a local paper "
           "gives 10."))

add("internet_cafe_wall_rules_repeated", """
# Rules of the Cafe

*A sheet on the wall of Tareen Internet Cafe, Board Bazaar, Peshawar (invented). The figures are invented.*

Welcome. We have ten computers, two printers and a scanner. Please follow these rules so that everyone can work in peace.

1. Pay at the desk before you sit down. One hour is Rs 100; half an hour is Rs 60.
2. Keep your voice low. Use headphones for calls and videos, and take long calls outside.
3. Do not eat at the computers. Tea is allowed if it stays on the small table beside you.
4. Log out of your email, your bank and every form before you leave. Log out of your email, your bank and every form before you leave. The cafe is not responsible for accounts left open.
5. The two corner places are for women only.
6. Printing is Rs 10 a page. Ask at the desk to scan a document; scanning is Rs 20 a page.
7. Do not install anything on the computers. They are cleaned every night and anything you save will be lost.
8. Children under twelve must come with an adult.

**Help with forms.** Our staff can help you fill in online forms for visas, scholarships, exams, travel and return, at no extra charge. We cannot fill in a form for you, or sign it, and we do not keep copies of your documents.

**Opening hours.** Ten in the morning to nine at night, every day except Friday morning.

Thank you, and good luck with your work.
""", repeated("Log out of your email, your bank and every form before you leave.", 2,
              "the cafe's rule on logging out", "rule 4",
              "The instruction to log out of email, bank and forms is written twice, word for word, in the same "
              "numbered rule, before the sentence on accounts left open."))

add("internet_cafe_student_essay_citation_control", """
# Coursework Essay: The Internet Cafe and the Register

*An essay by a second-year student of sociology in Peshawar. The cafe is invented, and so are its figures.*

Board Bazaar in Peshawar was for decades a market of Afghan traders, tailors and money changers. One of its small businesses, an internet cafe run by a brother and sister, shows in miniature how the departure of Afghan families has changed the city.

The wider picture is in the refugee register. UNHCR's tally for 2023 was 1,987,717 registered Afghan refugees in Pakistan, and UNHCR's tally for 2024 was 1,559,964, a fall of 427,753, or more than a fifth, in a single year. Many more Afghans without registration left, or were made to leave, in the same period.

The cafe's owners kept careful records. Their customers bought 28,800 hours at the computers in 2023, 24,600 in 2024 and 17,200 in 2025. In 2023, about 80 percent of those hours were used by Afghans; in 2025, about 55 percent. The cafe had 16 computers in 2023 and has 10 today.

What did the remaining customers use the computers for? In 2025, 5,900 hours went to online classes, 6,300 to filling in forms and 5,000 to video calls with relatives. The owners note that the forms changed over the year: fewer scholarship and visa applications, and more forms for return and for travel documents.

An internet cafe is not a large business, but it is a good place to watch a community. Its customers were students, families and job seekers, and the hours they bought fell as they left. The owners are now trying to attract Pakistani students from the nearby colleges.

In conclusion, the register and the cafe tell the same story from two ends: the numbers at the top, and the empty chairs at the bottom.
""", control_type="citation_control")

add("internet_cafe_business_column_control", """
# Small Business, Big Change: The Cafe That Counts Its Hours

*From a weekly small business column in a Peshawar newspaper. The cafe is invented, and so are its figures.*

Zainab Tareen keeps a ledger. Every hour sold at her internet cafe in Board Bazaar is written down, and the ledger tells a clear story.

| Year | Hours sold | Change (%) |
|---|---|---|
| 2023 | 28,800 | – |
| 2024 | 24,600 | −14.6 |
| 2025 | 17,200 | −30.1 |

"In 2023, eight of every ten hours were bought by Afghan customers," she says. "Now it is just over half." Her brother Aziz runs the desk in the evenings.

The cafe had 16 computers in 2023. The Tareens sold six in the spring of 2025 and now run 10, which is enough for the customers who still come. They have kept the price at Rs 100 an hour.

What do customers use them for? In 2025, online classes took 5,900 hours, forms of every kind 6,300 and video calls to family 5,000. The cafe also printed 41,000 pages, mostly forms and certificates.

The Tareens have made changes. They open two hours later, saving on the generator. They have put up a sign in English for the students of the colleges nearby, and they offer a student rate in the afternoons.

"We are not closing," Zainab says. "People will always need a quiet place with a good connection and someone who knows how the forms work."

Her advice to other small businesses in the bazaar: keep your records, know who your customers are, and do not wait for them to come back before you change.
""", control_type="control")


# ---------------------------------------------------------------------------
# Alokozai Teahouse (invented): Landi Kotal, on the road to Torkham
# ---------------------------------------------------------------------------

add("teahouse_travel_blog_landi_kotal", """
# Green Tea at the Top of the Pass

*A post from a Pakistani travel blog. The teahouse is invented, and so are its figures.*

If you drive up the Khyber Pass from Peshawar, past the forts and the old railway tunnels, the road levels out at Landi Kotal, the last town on the road to Pakistan's border with Uzbekistan at Torkham. It is a town of truck drivers, money changers and teahouses, and the best of the teahouses, to my taste, is the Alokozai.

It is not much to look at: a long room with carpets on a raised platform, a row of brass samovars along the back wall, and a roof where drivers sleep on 30 charpoys on summer nights. The tea comes green, with cardamom, in small pots, at Rs 60 a cup, or black with milk for Rs 80. Order the lamb and rice if it is lunchtime.

The owner's son told me that before the crossings closed in October the teahouse served well over a thousand cups a day, most of them to drivers waiting for their turn at the border. When I visited in December the room was almost empty. A dozen trucks stood in the lot behind the teahouse, their loads of fruit long spoiled, and their drivers played cards and waited for news.

"Every government talks about trade with Afghanistan," one of them said, pouring his third cup. "None of them asks what happens to us while they talk."

**Getting there.** Foreigners need a permit to travel beyond Jamrud; Pakistanis can drive up freely, though there are checkpoints. Go in daylight. The view from the top of the pass, on a clear day, reaches far into Afghanistan.

**Verdict.** Go for the tea, stay for the conversation. Take small notes; they do not have change.
""", scope("the last town on the road to Pakistan's border with Uzbekistan at Torkham", "UZB", ["PAK", "UZB"],
           "Uzbekistan",
           "Torkham is on the Pakistan–Afghanistan border, as the rest of the post (the drivers' talk of trade "
           "with Afghanistan, the view into Afghanistan) makes clear; the post names Uzbekistan in Afghanistan's "
           "place. Pakistan has no border with Uzbekistan."))

add("teahouse_news_item_cups", """
# Landi Kotal Teahouses Count the Cost of the Closure

*A news item from a Peshawar newspaper. The teahouse is invented, and so are its figures.*

LANDI KOTAL: Teahouses on the Khyber road, which for decades have served the drivers waiting to cross at Torkham, say their trade has collapsed since the crossing closed on 12 October.

At the Alokozai Teahouse, one of the oldest on the main bazaar, the owner's son showed the newspaper the family's daily sales book. The teahouse sold about 1,400 cups of tea a day in 2023. In 2024 it was still 1,350 cups a day, and in the first nine months of 2025, 1,180. Since the closure it has sold about 310.

**Cups of tea sold a day, on average**

| Period | Cups a day |
|---|---|
| 2023 | 1,400 |
| 2024 | 1,250 |
| Jan–Sep 2025 | 1,180 |
| Since 12 Oct 2025 | 310 |

The teahouse employed nine men in 2023. It now employs four, and the owner's two sons serve at the tables themselves. "We keep the samovars hot for the drivers who are stuck here," the son said. "Most of them have no money left, so we give them tea on credit."

About a dozen trucks still stand in the lot behind the teahouse, he said, against 58 on an average night before the closure.

Traders in the bazaar said the money changers and tyre shops had suffered in the same way. A delegation of Landi Kotal traders has asked the provincial government for relief on shop rents and electricity bills until the crossing reopens.

An official of the district administration said the request was under consideration.
""", tvt(["In 2024 it was still 1,350 cups a day", "| 2024 | 1,250 |"],
         {"news_value": 1350, "table_value": 1250}, "cups of tea a day",
         "average cups of tea sold a day by the Landi Kotal teahouse in 2024", "2024",
         "third paragraph and the table after it",
         "The item says the teahouse still sold 1,350 cups a day in 2024; the table printed with it, from the "
         "same sales book, gives 1,250 for 2024.",
         table_form="pipe, periods as rows with one value column, no total row"))

add("teahouse_truckers_newsletter_overnight", """
# Stops on the Road: Alokozai Teahouse, Landi Kotal

*From the monthly newsletter of a truckers' association in Peshawar. The teahouse is invented, and so are its figures.*

Every month this column visits a place where our members eat, rest or sleep on the road. This month: the Alokozai Teahouse in Landi Kotal, which many of you know well.

**The place.** A long room with carpets, samovars and a roof with 30 charpoys for drivers who want to sleep under the sky. Green tea with cardamom for Rs 60, black tea with milk for Rs 80, and a good lamb and rice at lunchtime.

**Parking.** The lot behind the teahouse is one of the few safe places to leave a loaded truck overnight on this stretch. The owner keeps a night watchman and a light over the gate. The number of trucks parked behind the teahouse overnight crept down in 2024, to 65 a night from 48 the year before, as more drivers learned that the lot was watched. In 2025, until the crossing closed, it was 58.

**Since the closure.** About a dozen trucks are still in the lot, most of them loaded with fruit or cement that cannot cross. The owner does not charge those drivers for parking and gives them tea on credit. Members who are stuck there say he has been generous.

**What members say.** "Clean, safe and cheap," one wrote. "The tea is strong and the owner's sons know every driver by name." Another complained that the washrooms need repair.

**Our rating.** Four wheels out of five.

**Association notice.** Members who lost loads during the closure should bring their papers to the office before the end of the month, so that we can present a joint claim for relief.
""", direction("The number of trucks parked behind the teahouse overnight crept down in 2024, to 65 a night from 48 the year before",
              48, 65, "2023", "2024", "crept down", "fall", "trucks a night",
              "trucks parked overnight in the lot behind the Landi Kotal teahouse", "third paragraph, \"Parking\"",
              "The column says the number of trucks parked overnight crept down in 2024, but its own figures rise, "
              "from 48 a night in 2023 to 65 in 2024, an increase of about 35 percent.",
              from_period_as_written="the year before"))

add("teahouse_landlord_letter_drivers_reuse", """
# Letter to the Owner of the Building

*From the owner of the Alokozai Teahouse, Landi Kotal (invented), to his landlord, translated from Pashto. The figures are invented.*

Respected Haji sahib,

After greetings and prayers for your health: I write to ask for your help with the rent until the crossing at Torkham opens again.

You know our teahouse has stood in your building for more than twenty years, and we have always paid on the first of the month. This year the closure has changed everything. Drivers drink about four cups each, so the 1,180 cups a day we served before the closure meant some 1,180 drivers at our carpets every day. Since 12 October we sell about 310 cups a day, and most of those are given on credit to drivers who are stuck in Landi Kotal with their trucks and have no money left.

I have let go five of my nine men. My two sons now serve at the tables, and I keep the accounts myself. The samovars still burn from morning to night, because the drivers who are stuck here have nowhere else to sit.

I ask that you take half the rent for November, December and January, and that the rest be written down as a debt, which I will pay in full within six months of the crossing reopening. I will sign a paper to that effect, in front of witnesses, if you wish.

I know that you too have costs, and that other tenants in the bazaar are asking the same. I ask only because I would rather keep the teahouse open for the drivers than close it and wait.

With respect and prayers,

Your tenant
""", reuse(["the 1,180 cups a day we served", "meant some 1,180 drivers"], 1180, "cups of tea a day / drivers",
           "cups of tea served a day before the closure", "drivers served a day before the closure", 295,
           "The 1,180 cups a day are given again as the number of drivers; at about four cups a driver, as the "
           "same sentence says, 1,180 cups a day mean some 295 drivers."))


# ---------------------------------------------------------------------------
# Macro documents: the trade series
# ---------------------------------------------------------------------------

add("attache_market_profile_exports", """
# Market Profile: Afghanistan

*Prepared by a commercial attaché for Pakistani exporters. The trade figures are invented.*

**Overview.** Afghanistan is a landlocked market of more than 40 million people, most of them poor, with a large demand for food, medicines, building materials and cheap consumer goods. For most of the last decade Pakistan has been one of its two or three largest suppliers, alongside Iran and China, with Uzbekistan and Kazakhstan strong in flour, fuel and electricity in the north.

**Trade with Pakistan.** USD million, calendar years.

| Year | Exports to Afghanistan | Imports from Afghanistan | Total trade |
|---|---|---|---|
| 2019 | 1,290 | 441 | 1,731 |
| 2020 | 942 | 509 | 1,451 |
| 2021 | 828 | 552 | 1,380 |
| 2022 | 936 | 741 | 1,677 |
| 2023 | 1,012 | 690 | 1,702 |
| 2024 | 884 | 540 | 1,424 |

Pakistan's exports fell sharply in 2020 and again in 2021, with the pandemic and then the change of government in Kabul. Exports recovered to USD 963 million in 2022 and passed a billion dollars in 2023, before falling back in 2024. Imports from Afghanistan, mostly fresh and dried fruit, vegetables, coal and cotton, peaked in 2022.

**What sells.** Rice, flour and edible oil; medicines and medical supplies; cement, steel bars and tiles; fabrics, shoes and plastics. Pakistani goods are known and trusted in the south and east, where Pashto-speaking traders have dealt with Peshawar and Quetta for generations.

**Competition.** Iranian goods dominate the west, around Herat. Chinese goods compete on price in electronics and household items, and Central Asian suppliers in flour.

**Risks.** The crossings at Torkham and Chaman have closed several times in recent years, for days or for months, most recently from 12 October 2025. Payments are mostly made through informal channels, since banking links remain weak. Exporters should insist on payment before the goods cross.

**Advice.** Work with an established agent in Kabul or Kandahar; visit the trade fairs in Kabul when travel permits; and keep a second route in mind.
""", tvt(["Exports recovered to USD 963 million in 2022", "| 2022 | 936 | 741 | 1,677 |"],
         {"profile_value": 963, "table_value": 936}, "USD million",
         "Pakistan's exports to Afghanistan", "2022", "table and the paragraph after it",
         "The profile says exports recovered to USD 963 million in 2022; its own table gives 936 for 2022, and "
         "the 2022 row's total of 1,677 is 936 plus 741. The last two digits are swapped.",
         table_form="pipe, years as rows with exports, imports and total columns, no total row"))

add("civil_service_flashcards_trade_balance", """
# Flashcards: Pakistan–Afghanistan Relations

*A set of revision cards for candidates preparing for a civil service examination, compiled by a tutor in Lahore. The trade figures are invented.*

**Card 1.** Q: Name the two main crossings for trade on the Pakistan–Afghanistan border. A: Torkham, in Khyber district, and Chaman, in Balochistan, facing Spin Boldak.

**Card 2.** Q: In which year was the Afghanistan–Pakistan Transit Trade Agreement signed? A: 2010.

**Card 3.** Q: What were Pakistan's exports to Afghanistan in 2019? A: USD 1,290 million, the highest of the six years 2019 to 2024.

**Card 4.** Q: What was Pakistan's trade balance with Afghanistan in 2019? A: A surplus of USD 849 million: exports of USD 1,290 million less imports of USD 441 million.

**Card 5.** Q: What was Pakistan's trade balance with Afghanistan in 2023? A: Exports of USD 1,012 million less imports of USD 690 million gave a surplus of USD 342 million.

**Card 6.** Q: What was total two-way trade in 2024? A: USD 1,424 million: exports of USD 884 million and imports of USD 540 million.

**Card 7.** Q: Which railway project would link Pakistan to Uzbekistan through Afghanistan? A: The Uzbekistan–Afghanistan–Pakistan railway. A framework agreement for it was signed in Kabul in July 2025.

**Card 8.** Q: What happened at the crossings on 12 October 2025? A: They were closed to trade after clashes on the border, and talks followed with mediation by third countries.

**Card 9.** Q: What does Afghanistan mainly sell to Pakistan? A: Fresh and dried fruit, vegetables, coal and cotton.

**Tutor's note.** Examiners like balances and totals. Learn to work them out from exports and imports rather than memorising them, and always check the sign: Pakistan has run a surplus with Afghanistan in every year of the series.
""", arith(["Exports of USD 1,012 million less imports of USD 690 million gave a surplus of USD 342 million"],
           "The card works out the 2023 balance as USD 342 million; 1,012 less 690 is 322.",
           exports=1012, imports=690, stated_balance=342, computed_balance=322, difference=20,
           unit="USD million", period="2023", subject="Pakistan's trade balance with Afghanistan",
           location="card 5"))

add("trade_consultant_linkedin_post_exports", """
# LinkedIn Post by a Trade Consultant in Peshawar

*A post about Pakistan–Afghanistan trade. The trade figures are invented.*

Three numbers every exporter to Afghanistan should have on their desk this week.

First: Pakistan's exports to Afghanistan dropped from USD 884 million in 2024 to USD 884 million in 2024, and 2025 will be lower again, with the crossings closed since 12 October. Our share of the Afghan market is being taken, month by month, by suppliers from Iran and Central Asia.

Second: imports from Afghanistan came to USD 540 million in 2024. Every container of Afghan coal, fruit or cotton that does not cross is a cost to a Pakistani factory or a Pakistani consumer too. This is not one-way trade.

Third: two-way trade was USD 1,424 million in 2024, against USD 1,731 million in 2019. In five years we have lost about 18 percent of it, before this year's closure.

What can a business do?

- Talk to your Afghan partners now, not when the crossings reopen. Agree how you will handle goods in transit.
- Look at your payment terms. Cash in advance is not rude; it is survival.
- Price the route through Iran honestly. For some goods it works; for most of ours it does not.
- Join your chamber's delegation to the authorities. Traders on both sides should be heard in the talks.

I have worked on this border for eighteen years, and I have seen it close and reopen many times. It always reopens. The question is who is still in business when it does.

#Trade #Pakistan #Afghanistan #Exports #Torkham
""", garbled(["dropped from USD 884 million in 2024 to USD 884 million in 2024"],
             "The fall in exports starts and ends at the same value and year (USD 884 million in 2024); the series "
             "gives USD 1,012 million in 2023 and 884 in 2024.",
             start_value=884, end_value=884, start_period="2024", end_period="2024", unit="USD million",
             subject="Pakistan's exports to Afghanistan", location="second paragraph"))

add("think_tank_roundtable_summary_five_years", """
# Roundtable Summary: Can Trade Survive the Border?

*Summary of a closed roundtable held by an Islamabad think tank in November 2025, under the Chatham House rule. The trade figures are invented.*

**Participants.** Eighteen people took part: exporters and importers from Peshawar and Quetta, two former officials, three economists, a transporter, and two representatives of chambers of commerce.

**The numbers.** The discussion opened with the trade figures. Participants noted that in the five years from 2024 to 2019 Pakistan's exports to Afghanistan fell by almost a third, from USD 1,290 million to USD 884 million, while imports from Afghanistan rose from USD 441 million to USD 540 million. Pakistan's surplus therefore shrank from USD 849 million to USD 344 million.

**The closure.** Traders described the effect of the closure of the crossings since 12 October. Perishable exports such as kinnow and vegetables had lost their season. Several participants said that Afghan buyers were turning to Iranian and Central Asian suppliers and might not come back.

**Views.** Participants agreed that security concerns are real and must be addressed. They differed on whether trade should be separated from security. One group argued that trade gives both sides a stake in calm and should continue even during disputes; another argued that trade is one of the few levers Pakistan has.

**Ideas put forward.**

1. A standing mechanism for traders of both countries to be consulted during closures.
2. Clear rules for goods already in transit when a crossing closes.
3. Faster clearance at the crossings when they are open, to cut the cost of each closure.
4. Better data, published quarterly, on trade through each crossing.

**Next steps.** The think tank will publish a short paper drawing on the discussion, without attributing views to any participant.
""", garbled(["in the five years from 2024 to 2019"],
             "The five-year period is written backwards, from 2024 to 2019; the figures that follow run from 2019 "
             "(USD 1,290 million) to 2024 (USD 884 million).",
             stated_period_start="2024", stated_period_end="2019",
             subject="Pakistan's exports to Afghanistan over five years", location="second paragraph, \"The numbers\""))


# ---------------------------------------------------------------------------
# Macro documents: returns, transit and opinion
# ---------------------------------------------------------------------------

add("returns_monitoring_snapshot_torkham_weeks", """
# Returns Monitoring Snapshot: Torkham, November 2025

*Issued by an invented consortium of NGOs that monitors returns from Pakistan. The figures are invented.*

**Key message.** Returns through Torkham stayed high through November, although the crossing has been closed to trade since 12 October. Families were allowed to cross on foot and in hired vehicles, after checks on both sides.

Torkham arrivals by week ending: 2 Nov 12,300; 9 Nov 19,400; 16 Nov 16,800; 23 Nov 11,500; four weeks 60,000

**Trends.** The week ending 9 November was the busiest of the month, with 14,900 arrivals at Torkham, after the authorities in Pakistan announced a new round of checks on Afghans whose documents had expired. Numbers fell in the last week of the month with the first cold nights.

**Who is returning.** Most families interviewed by our monitors had lived in Pakistan for more than ten years, and many of the children had been born there. About half said they had left because of pressure from the police or from landlords; others said they had lost work or feared arrest.

**Needs on arrival.** Cash for transport to their home provinces, winter clothing and blankets, and shelter for those with no home to go to. Women headed about one household in eight. Monitors reported long waits for registration at the reception centre on the Afghan side, sometimes overnight.

**Protection concerns.** Families reported being separated at the crossing, with some men held back for further checks. Several families had been unable to sell property or collect wages owed to them before leaving.

**Recommendations.** Allow families time to settle their affairs before they leave; keep the crossing open for returns with enough staff on both sides; and expand winter help at the reception centre.

*Weekly figures are counts by our monitors at the crossing and may differ from official figures.*
""", tvt(["with 14,900 arrivals at Torkham", "9 Nov 19,400"],
         {"snapshot_value": 14900, "line_value": 19400}, "people",
         "returnees arriving from Pakistan at Torkham in the week ending 9 November 2025",
         "week ending 9 November 2025", "the line of weekly figures and the paragraph \"Trends\"",
         "The snapshot says the week ending 9 November brought 14,900 arrivals; the line of weekly figures above "
         "it gives 19,400 for that week, and the four weeks add up to 60,000 only with 19,400. With 14,900 that "
         "week would not have been the busiest.",
         line_form="weekly figures flattened into one line, weeks separated by semicolons, with a four-week total"))

add("transporters_affidavit_containers_reuse", """
# Affidavit in Support of a Petition

*Filed on behalf of an invented association of transporters and clearing agents, in a petition about Afghan transit cargo held at Karachi. The figures are invented.*

I, the general secretary of the association, do hereby solemnly affirm and declare as under:

1. That the members of the association carry and clear goods in transit to Afghanistan under the transit trade agreement between Pakistan and Afghanistan.
2. That the crossings at Torkham and Chaman were closed to trade on 12 October 2025 and remain closed on the date of this affidavit.
3. That as on 15 December 2025, 5,300 containers of Afghan transit cargo were held at the port of Karachi and at the terminals nearby, unable to move.
4. That after representations by the association, 1,900 containers have since been released, either for return to the shippers or for carriage by other routes.
5. That the remaining 5,300 containers continue to attract storage charges and demurrage at the rates of the port and the shipping lines, which the members of the association cannot recover from their Afghan clients.
6. That many of the containers hold food, medicines and other perishable goods that will be lost if not moved within weeks.
7. That the members of the association have no part in the dispute that led to the closure, and seek only that goods already in transit be allowed to move or that the charges on them be waived.
8. That the contents of this affidavit are true and correct to the best of my knowledge and belief, and nothing has been concealed.

Deponent

**Verification.** Verified on oath at Karachi on 18 December 2025 that the contents of the above affidavit are true and correct to the best of my knowledge and belief.

Deponent
""", reuse(["5,300 containers of Afghan transit cargo", "the remaining 5,300 containers"], 5300, "containers",
           "containers of Afghan transit cargo held at Karachi on 15 December 2025",
           "containers still held after releases", 3400,
           "The 5,300 containers held on 15 December are given again as the number remaining after 1,900 were "
           "released; 5,300 less 1,900 leaves 3,400."))

add("pollster_thread_household_hit_reuse", """
# Thread by a Polling Firm on Its November Survey

*Posts by Humaira Research Associates (invented), run together. The figures are invented.*

1/ New: our face-to-face survey of 2,000 adults in Khyber Pakhtunkhwa (1,400) and Balochistan (600), carried out 15–28 November, on the closed crossings, the talks and Afghan refugees. Results weighted by province.

2/ 66% want the crossings with Afghanistan reopened for trade. 24% say no, 10% don't know. Support is highest in Khyber Pakhtunkhwa (68%) and a little lower in Balochistan (61%).

3/ The closure is not abstract for many. 66% say their own household has been hit by the closure: 34% in Khyber Pakhtunkhwa and 17% in Balochistan. Lost work, higher prices and goods stuck at the border were the reasons most often given.

4/ On refugees, opinion has hardened. 41% agree that registered Afghan refugees should be allowed to stay until it is safe to return, down from 49% when we asked the same question in November 2024. 52% disagree; 7% don't know.

5/ Few expect a quick fix: 38% think the talks will reopen the crossings within six months, 46% do not, and 16% don't know.

6/ Margin of error about ±2.2 points for the whole sample; larger for each province. Full tables and the questionnaire are on our website.

7/ Thanks to our field teams, who worked through the first cold weeks of the winter in both provinces.
""", reuse(["66% want the crossings with Afghanistan reopened for trade",
            "66% say their own household has been hit by the closure"], 66, "percent of respondents",
           "respondents who want the crossings reopened for trade",
           "respondents whose household has been hit by the closure", 29,
           "The 66 percent who want the crossings reopened is given again as the share whose household was hit by "
           "the closure; the provincial figures in the same post (34 and 17 percent, with 1,400 and 600 "
           "respondents) give about 29 percent for the whole sample, which cannot be above both provinces."))

add("newsreader_teleprompter_imports", """
# Teleprompter Script: Evening Business Bulletin

*Script of a business segment read by a newsreader on a Peshawar television channel in February 2025. The trade figures are invented.*

(NEWSREADER, TO CAMERA)

Good evening. We begin with trade across the Khyber.

New figures show a difficult year for commerce between Pakistan and Afghanistan. Pakistan's exports to Afghanistan fell to 884 million dollars last year, from 1,012 million dollars in 2023.

Imports from Afghanistan moved higher last year, to 540 million dollars from 690 million dollars in 2023.

That leaves two-way trade at 1,424 million dollars, its lowest level since 2021.

(GRAPHIC: EXPORTS AND IMPORTS, 2019 TO 2024)

Traders in Peshawar blame repeated closures at Torkham, new fees on the Afghan side, and the loss of Afghan buyers to suppliers in Iran and Central Asia.

(VOICE OVER: TRUCKS AT TORKHAM)

At the Torkham crossing today, drivers told our reporter that clearance is faster than a year ago, but that each closure, even for a few days, leaves fruit and vegetables to rot.

(NEWSREADER, TO CAMERA)

The chamber of commerce in Peshawar has called for a joint committee of traders from both countries to meet every month. We will bring you their meeting with officials next week.

Now, the rupee and the markets.
""", direction("Imports from Afghanistan moved higher last year, to 540 million dollars from 690 million dollars in 2023",
              690, 540, "2023", "2024", "moved higher", "rise", "USD million",
              "Pakistan's imports from Afghanistan", "third paragraph of the script",
              "The script says imports moved higher last year, but the figures it reads fall from 690 million "
              "dollars in 2023 to 540 million in 2024, a drop of about 22 percent.",
              to_period_as_written="last year"))

add("magazine_sidebar_register_years", """
# Sidebar: The Register in Numbers

*A sidebar printed beside a magazine feature on Afghan families in Pakistan.*

**Registered Afghan refugees in Pakistan, at the end of each year**

- 2019: 1,419,084
- 2020: 1,438,432
- 2021: 1,490,562
- 2022: 1,743,278
- 2023: 1,987,717
- 2024: 1,559,964

**Reading the numbers.** The register barely moved in 2019 and 2020. It grew after the change of government in Kabul in August 2021, as families who had fled were registered. The register went backwards in 2023, from 1,743,278 at the end of 2022 to 1,987,717 a year later. It then fell sharply in 2024, as families returned or were pushed out, and as the cards of many registered refugees lapsed.

**What the register does not show.** Afghans without registration: those who hold other documents, and those who hold none. Their number is not known with any precision, and estimates vary widely.

**What a card means.** A registration card allows its holder to live in Pakistan legally, to rent a home, to open some kinds of bank account and to send children to school. When the cards' validity ended, holders lost that protection overnight.

**Where they live.** Most registered refugees live in Khyber Pakhtunkhwa, followed by Balochistan, Punjab and Sindh. Many live in cities such as Peshawar, Quetta and Karachi rather than in the refugee villages built in the 1980s.

**The feature continues on page 34.**
""", direction("The register went backwards in 2023, from 1,743,278 at the end of 2022 to 1,987,717 a year later",
              1743278, 1987717, "2022", "2023", "went backwards", "fall", "people",
              "registered Afghan refugees in Pakistan", "\"Reading the numbers\"",
              "The sidebar says the register went backwards in 2023, but its figures rise from 1,743,278 at the end "
              "of 2022 to 1,987,717 at the end of 2023, an increase of 244,439, as the list above it shows.",
              to_period_as_written="a year later"))


# ---------------------------------------------------------------------------
# Macro documents: crossings and connectivity
# ---------------------------------------------------------------------------

add("encyclopedia_article_railway_kharlachi", """
# Uzbekistan–Afghanistan–Pakistan Railway

*An article in the style of an online encyclopedia, as it might have stood in December 2025.*

The **Uzbekistan–Afghanistan–Pakistan Railway** is a proposed railway line that would connect the railway networks of Central Asia with Pakistan's ports on the Arabian Sea, through Afghanistan.

**Route.** The line would begin at Termez, on Uzbekistan's border with Afghanistan, where an existing line already runs to Mazar-i-Sharif. From there it would cross the Hindu Kush to Logar, south of Kabul, and continue east to the Afghanistan–India border at Kharlachi, in Kurram, before joining the Pakistani network near Peshawar. Much of the route runs through high mountains, and the line would need long tunnels and many bridges.

**History.** The three governments agreed to study the line in February 2021. Surveys were delayed by the change of government in Kabul in August 2021, and resumed later. A framework agreement for a feasibility study was signed in Kabul in July 2025 by the three countries.

**Purpose.** Supporters say the line would cut the time and cost of moving goods between Central Asia and the sea, give Afghanistan a rail outlet to the south, and earn transit fees for all three countries. Uzbekistan sees it as a shorter route to the sea than those through Iran or Russia.

**Other routes.** India, which trades with Afghanistan mainly through Iran's port of Chabahar, is not part of the project.

**Criticism.** Critics point to the cost, which would need foreign lenders; to security along the route; and to the repeated closure of the land crossings between Afghanistan and Pakistan, including from 12 October 2025, which they say shows how fragile any such link would be.

**Status.** As of December 2025, no construction had begun, and the financing had not been agreed.

**See also.** Transit trade agreements of Afghanistan; Torkham; Chaman; railways in Afghanistan.
""", scope("the Afghanistan–India border at Kharlachi", "IND", ["IND", "AFG"], "India",
           "Kharlachi, in Kurram, is a crossing on the Pakistan–Afghanistan border, and the line joins the Pakistani "
           "network near Peshawar in the same sentence; the article names India in Pakistan's place. India is named "
           "correctly further down, as trading with Afghanistan through Chabahar.",
           not_a_defect="India, which trades with Afghanistan mainly through Iran's port of Chabahar"))

add("news_outlet_instagram_caption_day_sixty", """
# Instagram Caption: Day 60 at Torkham

*The caption of a photo post by a Peshawar news outlet, 10 December 2025. The figures are invented.*

DAY 60. The gate at Torkham has now been shut to trade for 60 days, since the clashes of 12 October. In this photo, taken this morning, trucks loaded with cement and potatoes stand in a line that stretches back past the customs yard. Some of the drivers have been here since October.

Trade between Pakistan and China through Torkham and Chaman has been halted since then, and the talks between the two governments, held in Doha and Istanbul with Qatar and Turkey as mediators, have not yet reopened the crossings. Afghan families returning home are still allowed through on foot.

We spoke to three drivers this morning:

"I carry potatoes from Okara. They are going soft. My owner says wait one more week." (Driver from Punjab, 60 days at Torkham)

"My children are in Jalalabad, I am here. I call them every night." (Afghan driver, 48 days at Torkham)

"I have sold my spare tyre to buy food." (Driver from Mardan, 55 days at Torkham)

Swipe for more photos: the empty customs yard, porters without work sitting by the road, and a teahouse owner in Landi Kotal counting his unpaid bills.

What should happen next? Tell us in the comments.

#Torkham #Khyber #Trade #Peshawar #Afghanistan #Pakistan #BorderClosure
""", scope("Trade between Pakistan and China through Torkham and Chaman", "CHN", ["PAK", "CHN"], "China",
           "Torkham and Chaman are crossings on the Pakistan–Afghanistan border, and the rest of the caption is about "
           "Afghan drivers and returning Afghan families; the caption names China in Afghanistan's place. Pakistan's "
           "land crossing with China is at Khunjerab, far to the north."))

add("chambers_letter_of_intent_trade_fair", """
# Letter of Intent: Joint Trade Fair in Peshawar

*Signed by an invented joint chamber's Peshawar chapter and an invented traders' union in Jalalabad, December 2025. The trade figures are invented.*

**Parties.** The Peshawar chapter of the Pakistan–Turkmenistan Joint Chamber of Commerce and Industry ("the Chamber") and the Nangarhar Traders' Union, Jalalabad ("the Union").

**Background.** Trade between Pakistan and Afghanistan came to USD 1,424 million in 2024: Pakistani exports of USD 884 million and imports from Afghanistan of USD 540 million. Much of it passes through Torkham, between Peshawar and Jalalabad. Since 12 October 2025 the crossings have been closed to trade, and members of both parties have suffered losses.

**Intent.** The parties intend:

1. To hold a joint trade fair in Peshawar within three months of the reopening of Torkham to trade, with stalls for at least 80 firms from each country.
2. To invite buyers from both countries in fruit, vegetables, medicines, textiles, building materials and food processing.
3. To share the costs of the fair equally, and to seek support from the commerce ministries of both countries.
4. To set up, before the fair, a joint desk that members of either party can call when goods are held at the border.

**Not binding.** This letter records the parties' intentions. It creates no legal obligations, and either party may withdraw by notice in writing.

**Contacts.** Each party will name one officer to prepare the fair, and the two officers will meet by video at least once a month until the crossing reopens.

Signed at Peshawar and Jalalabad, for the Chamber and for the Union.
""", scope("the Pakistan–Turkmenistan Joint Chamber of Commerce and Industry", "TKM", ["PAK", "TKM"], "Turkmenistan",
           "The letter is about Pakistan–Afghanistan trade through Torkham, with a union from Jalalabad; the joint "
           "chamber is named as Pakistan–Turkmenistan, with Turkmenistan in Afghanistan's place."))


# ---------------------------------------------------------------------------
# Macro documents: the refugee register, cited
# ---------------------------------------------------------------------------

add("mna_facebook_post_register_2021", """
# Facebook Post by a Member of the National Assembly

*A post on the page of a member from Khyber Pakhtunkhwa, translated from Urdu. The post is invented.*

Friends, many of you have asked me about the Afghan families in our constituency, so let me set out the facts as I see them.

At the end of 2021, after the fall of the government in Kabul, Pakistan hosted 1,438,432 registered Afghan refugees (source: UNHCR, 2021). That was the number with valid cards. Many more came without cards in the months that followed, and many had lived among us without documents for years.

Our people have been generous. Families in Peshawar, Nowshera and Mardan have rented rooms to Afghan families, employed Afghan workers, and married into Afghan families for two generations. I am proud of that.

But our economy is under pressure, and our security forces tell us that some of those who cross the border mean us harm. The government has a duty to know who is in the country. I support the registration of every foreigner, and the return of those who have no right to stay.

At the same time, I have asked the ministry to do three things:

1. To give families with registration cards clear notice and enough time before any return.
2. To let children finish their school year.
3. To allow traders and workers with valid documents to keep working until their cases are decided.

I will raise these points in the Assembly this week. Please share your views in the comments, politely. Abuse of any community will be deleted.
""", citation(["Pakistan hosted 1,438,432 registered Afghan refugees (source: UNHCR, 2021)"], 1438432, "2021",
              "'(source: UNHCR, YEAR)' after a figure written in full, in a member of parliament's Facebook post",
              "second paragraph",
              "The post cites UNHCR for 1,438,432 registered Afghan refugees at the end of 2021; that is exactly the "
              "reference value for the end of 2020, and the value for the end of 2021 is 1,490,562, about 3.5 "
              "percent higher.",
              same_as_year="2020", stated_as_written="1,438,432"))

add("journalists_glossary_registered_refugee", """
# Glossary for Journalists Covering Afghan Displacement

*Four entries from a glossary written for a newsroom training course in Islamabad.*

**Registered refugee.** An Afghan in Pakistan who holds a Proof of Registration card, first issued in 2006 and renewed several times since. At the end of 2022 Pakistan's register held 1,473,278 people, per UNHCR's end-2022 count. Do not use "registered refugee" for Afghans who hold other documents or none.

**Afghan Citizen Card holder.** An Afghan who was issued an Afghan Citizen Card in Pakistan, a document that gave some protection from arrest but not refugee status. Card holders were among the first to be told to leave. Do not call them refugees unless they also hold a registration card.

**Undocumented Afghan.** An Afghan in Pakistan without any valid document. Avoid "illegal" as a noun; write "without documents" or "without valid documents".

**Returnee.** An Afghan who goes back to Afghanistan from another country, whether by choice or under pressure. When returns are forced, say so, and say by whom, if you can confirm it. Do not write "voluntary return" unless the person told you it was their own choice.

**Style notes.**

- Give the date of any figure, and say what it counts: registered refugees, all Afghans, or returns in a period.
- Round large figures in headlines, but give them in full in the body if your source does.
- Ask families how they want to be described, and respect their answer.
- Do not publish the faces or names of people who could be put at risk by it, especially women and children.
""", citation(["At the end of 2022 Pakistan's register held 1,473,278 people, per UNHCR's end-2022 count"], 1473278,
              "2022", "'per UNHCR's end-YEAR count' after a figure written in full, in a newsroom glossary",
              "first entry, \"Registered refugee\"",
              "The glossary gives 1,473,278 registered refugees at the end of 2022, citing UNHCR; the reference value "
              "for the end of 2022 is 1,743,278. The second and third digits are swapped, and the figure is about "
              "15 percent too low.",
              stated_as_written="1,473,278"))

add("obituary_community_elder_haripur", """
# Obituary: Haji Gul Mohammad, Elder of a Refugee Village

*From the obituary page of a Peshawar newspaper, March 2020. The man and the village details are invented.*

Haji Gul Mohammad, who led the elders of a refugee village near Haripur for more than thirty years, died at home on Tuesday after a short illness. He was 84.

Born in a village in Kunar, he crossed into Pakistan with his family in 1980, walking for nine days over the mountains with his parents, his wife and two small sons. The family settled in a tented camp near Haripur, which over the years became a village of mud and then brick houses, with its own mosque, a school and a market.

He was chosen as an elder in 1987 and led the village council from the late 1980s. Neighbours remember him as a patient judge of disputes over water and land, and as a man who insisted that girls in the village go to school. He was proud that two of his granddaughters became teachers.

When he died this month, Pakistan's register still held roughly 1.7 million Afghans, according to UNHCR's 2019 figures, and he was among the oldest of them. He often said that he had spent more of his life in Pakistan than in Afghanistan, but that he wanted to be buried in Kunar. His sons said they would honour that wish when the roads allowed, and buried him for now in the village graveyard, with a stone that faces west.

He is survived by his four sons, three daughters and more than forty grandchildren. Prayers for him were held in the village mosque on Wednesday, attended by elders from across the district and by Pakistani neighbours from the villages nearby.
""", citation(["Pakistan's register still held roughly 1.7 million Afghans, according to UNHCR's 2019 figures"],
              1700000, "2019",
              "'according to UNHCR's YEAR figures' after a hedged rounded figure in millions, in a newspaper obituary",
              "fourth paragraph",
              "The obituary cites UNHCR's 2019 figures for roughly 1.7 million registered Afghans; the reference "
              "value for the end of 2019 is 1,419,084, so the figure is about 20 percent too high, well beyond what "
              "the hedge allows.",
              stated_as_written="roughly 1.7 million", stated_hedge="roughly"))

add("press_club_pub_quiz_answers", """
# Quiz Night at the Press Club: Answer Sheet, Round 3

*Round 3, "Our Neighbour", of a quiz night at a press club in Peshawar, mid-2024. The answer sheet was handed to team captains afterwards.*

**1. Which crossing links Landi Kotal and the Afghan province of Nangarhar?** Torkham.

**2. What is the name of the Afghan town opposite Chaman?** Spin Boldak.

**3. How many registered Afghan refugees did Pakistan host at the end of 2023?** Close to 2.4 million, the UN refugee agency's figure for December 2023. (Half a point for any answer between 2 and 3 million.)

**4. In which year did Pakistan and Afghanistan sign their transit trade agreement?** 2010.

**5. Which river flows from Afghanistan into Pakistan past Jalalabad?** The Kabul River.

**6. What is the Pashto name for the council of elders that settles disputes?** Jirga.

**7. Which mountain pass does the road from Peshawar to Torkham climb?** The Khyber Pass.

**8. Which Afghan city is famous for its blue glass?** Herat.

**9. Which country, besides Afghanistan and Pakistan, is the third partner in the railway planned to run through Afghanistan to Peshawar?** Uzbekistan.

**10. Name the fruit that Afghanistan is most famous for sending to Pakistan in the summer.** Accept grapes, melons, pomegranates or apricots.

**Scores after Round 3.** The Night Shift 24, Deadline 22, The Stringers 21, Page Three 17.

**Tie-breaker, if needed.** How long, in kilometres, is the Pakistan–Afghanistan border? (Nearest answer wins; the figure usually given is about 2,640.)
""", citation(["Close to 2.4 million, the UN refugee agency's figure for December 2023"], 2400000, "2023",
              "'the UN refugee agency's figure for December YEAR' after a hedged rounded figure in millions, in a "
              "pub quiz answer sheet",
              "answer to question 3",
              "The answer sheet gives close to 2.4 million registered Afghan refugees at the end of 2023 as the UN "
              "refugee agency's figure; the reference value for the end of 2023 is 1,987,717, so the figure is about "
              "21 percent too high.",
              stated_as_written="Close to 2.4 million", stated_hedge="Close to"))

add("think_tank_data_annex_thousands", """
# Data Annex to a Working Paper on Pakistan–Afghanistan Relations

*Annex B of a working paper by an invented research institute in Islamabad. The trade figures are invented.*

**B.1 Notes on sources.** Trade figures are calendar years, in USD million, and follow the series used in the body of the paper. Refugee figures count Afghans holding valid registration cards at the end of the year.

**B.2 Trade, 2019–2021.**

| Year | Exports to Afghanistan | Imports from Afghanistan | Balance |
|---|---|---|---|
| 2019 | 1,290 | 441 | 849 |
| 2020 | 942 | 509 | 433 |
| 2021 | 828 | 552 | 276 |

**B.3 Registered refugees.**

- Registered Afghan refugees in Pakistan, end-2020: 1,638 thousand — source: UNHCR (YE2020)

**B.4 Definitions.** "Exports" are Pakistan's exports to Afghanistan, excluding goods in transit to Afghanistan under the transit trade agreement. "Imports" are Pakistan's imports from Afghanistan. "Balance" is exports less imports; a positive balance is a Pakistani surplus.

**B.5 Caveats.** Much trade across the border is informal and does not appear in these figures. The figures for 2020 are affected by the closures of the crossings during the pandemic, and those for 2021 by the change of government in Kabul in August. The refugee figure does not include Afghans who held other documents or none, whose number was not known with any precision.

**B.6 Rounding.** Figures in thousands are rounded to the nearest thousand. Balances are computed from unrounded figures and may differ by one from the difference of the rounded figures shown.
""", citation(["end-2020: 1,638 thousand — source: UNHCR (YE2020)"], 1638000, "2020",
              "'UNHCR (YEYEAR)', the year run on after YE, after a figure in thousands, in a research institute's data annex",
              "section B.3",
              "The annex gives 1,638 thousand registered Afghan refugees at the end of 2020, citing UNHCR; the "
              "reference value for the end of 2020 is 1,438,432, about 1,438 thousand, so the figure has a wrong "
              "second digit and is about 14 percent too high.",
              stated_as_written="1,638 thousand"))

add("development_bank_background_note_citation_control", """
# Background Note: Displacement and Trade in the Border Provinces

*From the background section of a project appraisal document by an invented development bank, written in 2021. The trade figures are invented.*

**1. Displacement.** Pakistan has hosted Afghan refugees for more than four decades. At the end of 2019, 1,419,084 Afghans were registered as refugees in Pakistan a/; a year later the figure was 1,438,432 b/, a rise of 19,348, or about 1.4 percent. Most registered refugees live in Khyber Pakhtunkhwa and Balochistan, in cities and in refugee villages, and many have been in Pakistan for most of their lives.

**2. Trade.** Pakistan's exports to Afghanistan fell from USD 1,290 million in 2019 to USD 942 million in 2020, a fall of 27 percent, as the crossings were closed for weeks during the pandemic. Imports from Afghanistan rose from USD 441 million to USD 509 million over the same two years, so Pakistan's surplus narrowed from USD 849 million to USD 433 million.

**3. Relevance to the project.** The project will upgrade two roads that lead to the crossings at Torkham and Chaman and build market facilities in four border districts. Both host communities and refugees will use these facilities, and the project's social assessment will consult both.

**4. Risks.** Closures of the crossings for political or security reasons would reduce the benefits of the roads. A change in the legal status of registered refugees would affect the refugees who work in the markets the project will build.

**Notes.**

a/ UNHCR, registered Afghan refugees in Pakistan, end of 2019.
b/ UNHCR, registered Afghan refugees in Pakistan, end of 2020.
""", control_type="citation_control")

add("pollster_results_note_clients_control", """
# Results Note for Clients: November 2025 Survey

*Humaira Research Associates (invented). The figures are invented.*

**Method.** Face-to-face interviews with 2,000 adults, 1,400 in Khyber Pakhtunkhwa and 600 in Balochistan, from 15 to 28 November 2025. Results are weighted to each province's adult population. The margin of error for the whole sample is about ±2.2 percentage points.

**Main results** (percent of all respondents):

| Question | Yes or agree | No or disagree | Don't know |
|---|---|---|---|
| Should the crossings with Afghanistan reopen for trade? | 66 | 24 | 10 |
| Should registered Afghan refugees be allowed to stay until it is safe to return? | 41 | 52 | 7 |
| Will the talks reopen the crossings within six months? | 38 | 46 | 16 |

**By province.** Support for reopening the crossings is 68 percent in Khyber Pakhtunkhwa and 61 percent in Balochistan. Asked whether their own household had been hit by the closure, 34 percent in Khyber Pakhtunkhwa and 17 percent in Balochistan said yes, 29 percent of the whole sample.

**Change since last year.** When we asked the refugee question in November 2024, 49 percent agreed. Agreement has fallen by 8 points in a year.

**The talks.** Respondents were told that talks between Pakistan and Afghanistan had been held in Doha and Istanbul, with Qatar and Turkey as mediators. Fewer than four in ten expect the crossings to reopen within six months.

**Reading the results.** Support for reopening trade is broad and does not depend much on views of refugees: among those who disagree that refugees should stay, a clear majority still want the crossings reopened. Those whose households have been hit by the closure are the most likely to want trade restored.

**Full tables.** The full tables, the questionnaire and the weighting scheme are in the attached file. Please quote results as "Humaira Research Associates, November 2025".
""", control_type="control")
