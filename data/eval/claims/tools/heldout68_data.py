# Sixty-eighth held-out set of synthetic documents ("heldout68").  Written from
# scratch after heldout67/, by a labeller session that had not opened dyad's
# implementation or history and had not seen any of its results.
# Every entry: name (topic slug, numbered later by build_heldout68.py), text,
# labels (list of defect dicts), control_type for controls.
# New registers: five small enterprises on the Pakistani side, four texts
# each: an LPG cylinder maker at Hattar (Haripur) selling to a gas distributor
# in Maymana (Faryab) through Torkham; a cottonseed oil mill at Mirpur Khas
# selling cake to a dairy union in Mehtarlam (Laghman) through Torkham; a
# ballpoint pen maker at Hafizabad selling to a stationery wholesaler in Khost
# through Ghulam Khan; a glass bangle works at Hyderabad (Sindh) selling to a
# trader in Gereshk (Helmand) through Chaman; and a ceiling fan maker at Gujrat
# selling to an electrical dealer in Aybak (Samangan) through Torkham and the
# Salang; then documents on the trade series, crossings, transit, energy,
# health, education and the register.
#
# Invented figures shared with earlier sets: annual trade series (README:
# exports 1,290 / 942 / 828 / 936 / 1,012 / 884 and imports 441 / 509 / 552 /
# 741 / 690 / 540 for 2019-2024, balances 849 / 433 / 276 / 195 / 322 / 344,
# totals 1,731 / 1,451 / 1,380 / 1,677 / 1,702 / 1,424); reference refugee
# series (1,419,084 / 1,438,432 / 1,490,562 / 1,743,278 / 1,987,717 /
# 1,559,964 for 2019-2024).
#
# New invented figures, consistent with the above:
#   Hazara Cylinders (Pvt) Ltd, Hattar (invented), begun 2009; 180 staff;
#     11.8 kg domestic LPG cylinders, about 15 kg empty, tested at 30 bar;
#     truck of 400 cylinders; output 108,000 (2024) and 120,000 (2025); to
#     Faryab Gas Distribution, Maymana (buyer since 2022) 4,800 / 6,400 /
#     5,600 cylinders in 2023 / 2024 / 2025 (12 / 16 / 14 trucks); Rs 9,500
#     (2024) and Rs 10,200 (2025) a cylinder; freight Hattar-Torkham Rs
#     150,000 a truck; steel sheet about 60 percent of cost.
#   Mehran Oil Mills, Mirpur Khas (invented); seed crushed 14,000 t (2024)
#     and 15,000 t (2025), the 2025 season giving cake 12,900 t (86 %), oil
#     1,650 t (11 %), loss 450 t (3 %); cake in bags of 40 kg, truck of 500
#     bags (20 t); to Laghman Dairy Union, Mehtarlam 1,600 t (2024, 80
#     trucks) and 1,400 t (2025, 70 trucks); Rs 3,600 (2024) and Rs 3,900
#     (2025) a bag; landed cost of a truck in Mehtarlam, Rs thousand: cake
#     1,950, freight 260, agent 35, Afghan duty 55, onward truck 45 (2,345);
#     2 kg of cake a buffalo a day, a bag lasting 20 days.
#   Chenab Pen Industries, Hafizabad (invented), begun 2001; 260 staff;
#     output 66 (2024) and 72 (2025) million pens; carton of 40 boxes of 50
#     (2,000 pens), truck of 500 cartons (one million pens); to Khost Kitab
#     Ghar, Khost (since 2019) 3 / 4 / 5 million pens in 2023 / 2024 / 2025;
#     2025 by ink blue 3,000 / black 1,250 / red 750 thousand; Rs 9 (2024)
#     and Rs 10 (2025) a pen.
#   Latifabad Churi Works, Hyderabad (invented), begun 1979; box of a gross
#     (144 bangles), carton of 50 boxes (7,200 bangles), truck of 300
#     cartons; to Helmand Bazaar Traders, Gereshk 1,500 (2024, 5 trucks) and
#     1,800 (2025, 6 trucks) cartons; Rs 960 (2024) and Rs 1,080 (2025) a
#     box; about 400 home-based women join and finish the bangles.
#   Shadiwal Electric Works, Gujrat (invented); output 150,000 / 165,000 /
#     180,000 fans (2023-2025); truck of 800 fans; to Samangan Electric
#     Bazaar, Aybak 4,000 / 5,600 / 7,200 fans (5 / 7 / 9 trucks); Rs 12,400
#     (AC 56-inch) and Rs 17,500 (DC 56-inch) ex-works in 2025; AC fan 75 W,
#     DC fan 32 W; Aybak shop price of the AC 56-inch 3,400 (2024) and 3,650
#     (2025) afghanis.
#   Macro documents: Torkham trucks January-June 2025 by month (outbound /
#     inbound); Afghan coal bought by an association's members 3.6 / 3.1 /
#     2.4 million t (FY2022-23 to FY2024-25); cement by road 1.42 and 1.18
#     million t (FY2023-24, FY2024-25); weekly flights to Kabul by airline;
#     chilghoza 6,800 t (2024) and 8,300 t (2025); Afghan students 6,200
#     (2022-23) and 5,100 (2024-25); Kandahar pomegranates 34,000 t (2024)
#     and 40,000 t (2025) by market; a forwarder's truck rates; the
#     ministries, hospitals, firms, associations and people are invented and
#     kept consistent within each document.

HELDOUT68 = []
from heldout_labels import (  # noqa: F401
    PAIR, REFS, adder, arith, change_pct, citation, direction, garbled, line_of, parts_total, pdf_lines, scope, tvt,
    repeated, reuse,
)

add = adder(HELDOUT68)

# ---------------------------------------------------------------------------
# Hazara Cylinders (invented), LPG cylinders, Hattar
# ---------------------------------------------------------------------------

add("hattar_cylinders_board_minutes", """
# Minutes of the 41st Board Meeting

*Minutes of an invented cylinder maker at Hattar Industrial Estate, Haripur, 18 February 2026. The company, its buyer and every figure are invented.*

**Present:** the chairman, two directors, the chief executive and the company secretary.

**Item 3. Export business with Maymana.** The chief executive reported on sales of 11.8 kg domestic LPG cylinders to Faryab Gas Distribution of Maymana, the company's only Afghan buyer. Each truck carries 400 cylinders; it is cleared at Torkham and driven on through Kabul, the Salang tunnel, Mazar-i-Sharif and Sheberghan.

| Year | Cylinders to Maymana | Trucks |
|---|---|---|
| 2023 | 4,800 | 12 |
| 2024 | 6,400 | 16 |
| 2025 | 5,600 | 14 |
| Total | 16,800 | 42 |

He said that the drop in 2025 from the 6,800 cylinders Maymana took in 2024 was the buyer's doing, not the company's: Faryab Gas lost most of the spring to a dispute over its filling licence and ordered nothing between March and May. The buyer has since renewed the licence and paid for every truck in advance.

**Decision.** The board approved a credit limit of Rs 8 million for Faryab Gas, about two trucks at current prices, so that the buyer need not wait for a bank transfer from Kabul before each load. It asked the chief executive to look for a second buyer in the north, in Andkhoy or Sheberghan, before the heating season.

**Item 4. Steel.** The company secretary reported that the price of 2.5 mm steel sheet had risen again in January. The board agreed to review the cylinder price in June and not before.

The meeting closed with a vote of thanks to the chair.
""", tvt(["the 6,800 cylinders Maymana took in 2024", "| 2024 | 6,400 | 16 |"],
        {"minutes_value": 6800, "table_value": 6400}, "cylinders",
        "11.8 kg cylinders sold to Faryab Gas Distribution, Maymana", "2024",
        "paragraph under the table against the 2024 row of the table",
        "The minutes' table gives 6,400 cylinders (16 trucks of 400) sold to the Maymana buyer in 2024, and its total row (16,800) agrees with that figure. The paragraph under the table speaks of 'the 6,800 cylinders Maymana took in 2024'. The minutes give two counts for the same buyer and year."))

add("hattar_cylinders_retailer_safety_leaflet", """
# Safe Handling of Hazara Cylinders: A Guide for Shopkeepers

*Leaflet printed in Dari and English by an invented cylinder maker at Hattar for its distributor's retailers in Faryab province, November 2025. The firms and every figure are invented.*

Every Hazara domestic cylinder is made of 2.5 mm steel at our works in Hattar, Pakistan, and tested with water at 30 bar before it leaves the factory. Your distributor in Maymana, Faryab Gas Distribution, receives the cylinders by truck through Torkham and fills them at its own plant.

**Know your cylinder.**

- A domestic cylinder holds 11.8 kg of gas and weighs about 15 kg empty.
- A full cylinder therefore weighs 11.8 kg on the shop scale. Weigh every cylinder before you sell it: one that weighs less has been under-filled, and you should return it to the distributor.
- The date of the last pressure test is stamped on the collar. Do not sell a cylinder whose test is more than five years old; send it back to Maymana for retesting.

**Storing cylinders.**

- Keep no more than twenty full cylinders in a shop, standing upright, in a room with openings at floor level: the gas is heavier than air and gathers low down.
- Keep cylinders at least two metres from any stove, heater or open flame.
- In winter, never warm a cylinder by a fire to make the gas flow faster.

**If you smell gas.** Close the valve, open the doors, do not touch a light switch and carry the cylinder outside. Then call Faryab Gas on the number printed on the back of this leaflet.
""", reuse(["holds 11.8 kg of gas", "A full cylinder therefore weighs 11.8 kg"], 11.8, "kg",
          "gas a domestic cylinder holds", "weight of a full cylinder (gas plus the empty cylinder)", 26.8,
          "The leaflet says a domestic cylinder holds 11.8 kg of gas and weighs about 15 kg empty, so a full cylinder should weigh about 26.8 kg. The next item gives 'therefore weighs 11.8 kg', the weight of the gas alone, as the weight of the full cylinder on the scale.",
          empty_weight_kg=15, period="2025"))

add("hattar_cylinders_credit_review", """
# Annual Credit Review: Hazara Cylinders (Pvt) Ltd

*Extract from an invented bank's annual review of an export customer, Abbottabad branch, March 2026. The bank, the customer and every figure are invented.*

**Customer.** Maker of LPG cylinders at Hattar Industrial Estate since 2009; 180 staff; output of 120,000 cylinders in 2025 against 108,000 in 2024. Export finance limit of Rs 40 million, renewed yearly.

**Export performance.** The customer's only export market is Faryab Gas Distribution of Maymana, in northern Afghanistan, which pays by advance transfer before each truck of 400 cylinders leaves Hattar. Exports picked up from 6,400 cylinders in 2024 to 5,600 in 2025, and the customer expects about sixteen trucks in 2026 now that the buyer's licence dispute is settled.

**Conduct of account.** No bill was overdue in the year. Two advance payments from the buyer arrived late in 2025, each by about a week, because the buyer's bank in Kabul routed them through a correspondent in Dubai. Both were received before the trucks were loaded.

**Risks.**

- A single export buyer; closures at Torkham held two trucks for nine days in 2025.
- Steel sheet is about 60 percent of the cost of a cylinder, and its price has risen.
- Afghan demand for domestic gas in Faryab follows the price of LPG brought in from Central Asia, which can undercut the customer's buyer in a mild winter.

**Recommendation.** Renew the limit unchanged for twelve months, and review it after the first quarter's shipments.
""", direction("Exports picked up from 6,400 cylinders in 2024 to 5,600 in 2025", 6400, 5600, "2024", "2025",
               "picked up", "rise", "cylinders", "11.8 kg cylinders exported to Faryab Gas Distribution, Maymana",
               "second paragraph ('Export performance')",
               "The review says exports 'picked up' from 6,400 cylinders in 2024 to 5,600 in 2025. That is a fall of 800 cylinders, or 12.5 percent, not a rise."))

add("hattar_cylinders_price_list_control", """
# Export Price List 2025: Domestic LPG Cylinders

*Price list of an invented cylinder maker at Hattar Industrial Estate, Haripur, for its buyer in Maymana, Faryab, January 2025. The firm, the buyer and every figure are invented.*

Hazara Cylinders has supplied Faryab Gas Distribution since 2022. These prices replace the list of January 2024.

| Item | 2024 (Rs) | 2025 (Rs) |
|---|---|---|
| 11.8 kg domestic cylinder, with valve | 9,500 | 10,200 |
| Freight, Hattar to Torkham, per truck | 150,000 | 150,000 |

**What a truck costs.** A truck carries 400 cylinders. At the 2025 price the cylinders on one truck come to Rs 4.08 million, and with the freight to Torkham a truck costs Rs 4.23 million delivered at the border, cleared for export.

**Why the price has risen.** The cylinder price is up Rs 700, or 7.4 percent, on 2024. Steel sheet, which makes up about 60 percent of our cost, rose by more than that over the year, and we have absorbed part of the rise. Freight is unchanged.

**Terms.**

- Payment in full by bank transfer before the truck leaves Hattar.
- Every cylinder hydrostatically tested at 30 bar, with a test certificate for each truck.
- Valves to the Pakistani standard; adaptors for Afghan regulators supplied at cost.
- Prices hold for orders placed by 30 June 2025.

*For Hazara Cylinders (Pvt) Ltd, Export Desk*
""", control_type="control")

# ---------------------------------------------------------------------------
# Mehran Oil Mills (invented), cottonseed cake, Mirpur Khas
# ---------------------------------------------------------------------------

add("mirpur_khas_cake_treasurer_report", """
# Treasurer's Report to the Members

*Report read at the annual meeting of an invented dairy farmers' union in Mehtarlam, Laghman, translated from Pashto, January 2026. The union, the mill and every figure are invented.*

Brothers, this year the union bought 1,400 tonnes of cottonseed cake from Mehran Oil Mills of Mirpur Khas in Sindh: seventy trucks, each of 500 bags of 40 kg. Last year we bought 1,600 tonnes. We bought less because the mill raised its price from Rs 3,600 a bag to Rs 3,900, and because many of you sold animals after the dry spring.

What does one truck cost us, delivered in Mehtarlam? In thousands of Pakistani rupees:

- Cake, 500 bags at Rs 3,900: 1,950
- Freight from Mirpur Khas to Torkham: 260
- Clearing agent at Torkham: 35
- Afghan customs duty and fees: 55
- Truck from Torkham to Mehtarlam: 45
- Total, landed in Mehtarlam: 2,430

We pay the mill in advance through a money changer in Jalalabad, who takes half a percent. Members buy the cake from the union's store at cost, so the union makes no profit on it and carries no loss.

The accounts for the year have been checked by two members chosen at the last meeting, and they are on the table for anyone who wishes to read them. I ask the meeting to approve them, and to allow the committee to order the first twenty trucks for next winter before the mill's price list comes out in September.
""", parts_total(["Total, landed in Mehtarlam: 2,430"],
                 {"cake": 1950, "freight to Torkham": 260, "clearing agent": 35, "Afghan duty and fees": 55,
                  "truck to Mehtarlam": 45},
                 2430, "Rs thousand", "2025", "landed cost of one truck of cottonseed cake in Mehtarlam",
                 "last item of the list of costs",
                 "The five costs of one truck (Rs 1,950, 260, 35, 55 and 45 thousand) add up to Rs 2,345 thousand, but the list's total gives Rs 2,430 thousand, 85 thousand more. The cake's own line agrees with its quantity and price (500 bags at Rs 3,900 is Rs 1,950 thousand)."))

add("mirpur_khas_cake_weekly_market_note", """
# Mehran Oil Mills: Market Note, Week 39

*Weekly note to customers from an invented oil mill in Mirpur Khas, 27 September 2025. The mill and every figure are invented.*

**Seed.** The new cotton crop is coming into the Mirpur Khas and Sanghar markets in good volume. Seed sold at Rs 4,200 to Rs 4,400 a maund this week, against Rs 4,600 when the season opened in August. The mill crushed 2,100 tonnes this week, its largest week so far.

**Cake.** Demand for cake is strong. The cake price rose from Rs 3,900 a bag at the start of September to Rs 3,900 at the end of September, as dairy buyers in Punjab and our customers in Afghanistan placed their winter orders early. We expect the price to hold through October.

**Oil.** Cottonseed oil is quoted at Rs 510 a litre ex-mill, unchanged for three weeks. Ghee makers are buying steadily.

**Afghan orders.** The dairy union in Mehtarlam has asked for its first ten trucks before the end of October. Trucks take about four days from Mirpur Khas to Torkham by the Indus Highway and Peshawar, and a day more to Mehtarlam if the border is open. Customers who want a truck in October should confirm by next Thursday.

**Weather.** Light rain is forecast for lower Sindh next week. Seed that arrives damp will be paid at a lower rate, so please ask growers to dry their seed before they load it.
""", garbled(["The cake price rose from Rs 3,900 a bag at the start of September to Rs 3,900 at the end of September"],
             "The note says the cake price 'rose' from Rs 3,900 a bag at the start of September to Rs 3,900 at the end of September. The start and end values are the same, in the same month, so no rise is shown; one of the two values is wrong or missing.",
             start_value=3900, end_value=3900, start_period="Sep 2025", end_period="Sep 2025",
             unit="Rs a bag of 40 kg", subject="price of cottonseed cake at Mehran Oil Mills, Mirpur Khas",
             location="second paragraph ('Cake')"))

add("mirpur_khas_cake_livestock_officer_note", """
# Field Note: Feeding Milking Buffaloes Through the Winter

*Note by an invented livestock extension officer in Laghman for dairy farmers, December 2025. The officer, the union and every figure are invented.*

Most dairy farmers in Qarghayi and Alingar feed their buffaloes and cows on wheat straw and green maize. In winter the maize is gone and the straw alone does not keep up the milk. A concentrate is needed.

The cheapest concentrate in Mehtarlam this winter is cottonseed cake from Sindh, which the dairy union brings across the Iran–Afghanistan border at Torkham in trucks of 500 bags. Soybean meal from Iran, which comes in through Islam Qala and Herat, is richer in protein but costs almost twice as much in Mehtarlam and is better kept for poultry.

**How much cake to feed.**

1. A buffalo giving 8 litres a day: 2 kg of cake, split between the morning and evening feeds.
2. A cow giving 5 litres a day: 1.5 kg.
3. A dry animal in the last two months before calving: 1 kg.

**Cautions.**

- Do not give more than 3 kg a day to any animal; cottonseed contains gossypol, which harms animals in large amounts.
- Calves under four months should get none.
- Keep the bags off the floor and away from damp walls. Mouldy cake must be burned, not fed.

A bag of 40 kg, fed at 2 kg a day, lasts one buffalo twenty days. Farmers who share a bag between neighbours should weigh each share.
""", scope("across the Iran–Afghanistan border at Torkham", "IRN", ["IRN", "AFG"], "Iran",
           "The note says the union brings the Sindh cake 'across the Iran–Afghanistan border at Torkham'. Torkham is on the Pakistan–Afghanistan border, and the cake comes from Sindh in Pakistan, so Iran stands where Pakistan belongs. Iran is named correctly in the next sentence, as the origin of soybean meal that enters through Islam Qala.",
           stands_for="PAK", crossing="Torkham", not_a_defect="Soybean meal from Iran",
           location="second paragraph"))

add("mirpur_khas_cake_season_report_control", """
# Crushing Season Report 2025

*Report of an invented oil mill in Mirpur Khas to its directors, February 2026. The mill, its buyers and every figure are invented.*

The 2025 season ran from 1 August to 31 January. The mill crushed 15,000 tonnes of cottonseed, up from 14,000 tonnes in the 2024 season, a rise of 7.1 percent, as the Sindh cotton crop recovered from a poor year.

**Products.** Of the 15,000 tonnes crushed, the mill produced:

- cake: 12,900 tonnes (86 percent);
- oil: 1,650 tonnes (11 percent);
- lint, hulls and loss: 450 tonnes (3 percent).

**Cake sales.** Most of the cake went to dairy buyers in Sindh and southern Punjab. The Laghman dairy union in Mehtarlam took 1,400 tonnes, or 70 trucks of 500 bags of 40 kg, against 1,600 tonnes (80 trucks) in 2024, a fall of 12.5 percent. The union ordered less because our price rose from Rs 3,600 to Rs 3,900 a bag, a rise of 8.3 percent, and because its members kept fewer animals after a dry spring. It has already asked for twenty trucks for next winter.

**Oil sales.** Cottonseed oil followed the price of imported palm oil, most of which Pakistan buys from Indonesia and Malaysia, and sold without difficulty to ghee makers in Hyderabad and Karachi.

**Outlook.** Cotton sowing in Sindh is expected to be close to last year's. The directors are asked to approve a second expeller at a cost of Rs 22 million, so that the mill can crush a larger crop without running a third shift.
""", control_type="control")

# ---------------------------------------------------------------------------
# Chenab Pen Industries (invented), ballpoint pens, Hafizabad
# ---------------------------------------------------------------------------

add("hafizabad_pens_refinance_schedule", """
# Application for Export Refinance: Schedule B

*Schedule to an invented pen maker's application to an invented bank for export refinance, Hafizabad, January 2026. The firms and every figure are invented.*

**Buyer.** Khost Kitab Ghar, stationery wholesaler, Khost, Afghanistan; a buyer since 2019; goods by road through Bannu, Miranshah and the Ghulam Khan crossing.

**Shipments.** 2023: three trucks; 2024: four trucks; 2025: five trucks. Each truck carries 500 cartons of 2,000 pens, one million pens in all.

**2025 shipments by ink colour.**

| Ink | Pens (thousand) | Share (%) |
|---|---|---|
| Blue | 3,000 | 60 |
| Black | 1,250 | 25 |
| Red | 750 | 15 |
| Total | 5,000 | 100 |

**Notes to the schedule.**

1. Afghan schools open in March, so most pens are shipped between November and February.
2. Demand for black ink has grown fastest: the buyer took 1.5 million black pens in 2025, mostly for secondary schools and offices, and has asked for more in 2026.
3. The 2025 price was Rs 10 a pen ex-works (Rs 9 in 2024), so the year's shipments to Khost were worth Rs 50 million.
4. Amount sought: Rs 20 million for 180 days, the value of the first two trucks of the 2026 season, to be repaid from the buyer's advance payments.
""", tvt(["the buyer took 1.5 million black pens in 2025", "| Black | 1,250 | 25 |"],
        {"text_value": 1500, "table_value": 1250}, "thousand pens",
        "black-ink pens shipped to Khost Kitab Ghar, Khost", "2025",
        "note 2 against the 'Black' row of the table",
        "The schedule's table gives 1,250 thousand black pens shipped to the Khost buyer in 2025, 25 percent of the 5,000 thousand in its total row. Note 2 says the buyer took 1.5 million black pens in 2025. The schedule gives two figures for the same colour and year.",
        text_as_written="1.5 million"))

add("hafizabad_pens_khost_voice_note", """
# Voice Note from Khost (Transcript)

*Transcript, translated from Pashto, of a voice note sent by an invented stationery wholesaler in Khost to an invented pen maker in Hafizabad, 9 December 2025. The firms and every figure are invented.*

"Salaam, Haji sahib. I am calling about next year's order. The five trucks of 500 cartons you sent this year all came through Ghulam Khan without trouble, and the pens are good; the schools here have no complaints.

"One thing about the packing. Each carton has 2,000 pens in forty boxes, and that is fine, but the cartons are heavy for the porters in the Khost bazaar. This year I took 2,000 cartons from you, and more than thirty came with split sides. Can you use thicker board, or send the cartons on pallets?

"For next year I want six trucks. Two before the end of January, because the school year starts in Hamal and the government schools buy in February. The rest by April. Send more black ink this time; the secondary schools and the offices are asking for it.

"About the price. You wrote that it is going up from ten rupees a pen. The afghani is strong against the rupee now, so I can accept a small rise, but not more than one rupee. Please send the new price and I will arrange the transfer through my brother in Peshawar.

"God keep you. Call me in the evening, after eight."
""", reuse(["Each carton has 2,000 pens", "This year I took 2,000 cartons from you"], 2000, "pens / cartons",
          "pens in one carton", "cartons received from the pen maker in 2025 (five trucks of 500 cartons)", 2500,
          "The wholesaler says each carton holds 2,000 pens and that five trucks of 500 cartons came this year, which is 2,500 cartons. Two sentences later he says he took 2,000 cartons this year, the number of pens in a carton.",
          trucks=5, cartons_a_truck=500, period="2025"))

add("hafizabad_pens_khost_market_survey", """
# Survey Findings: Ballpoint Pens in the Khost Bazaar

*Summary of a survey commissioned by an invented pen maker in Hafizabad from an invented market research firm in Kabul, October 2025. The firms and every figure are invented.*

In September 2025 the survey team visited 64 stationery and general shops in Khost city and Matun and spoke to 22 schoolteachers. Shopkeepers were asked to count the pens in their stock by brand, and the counts were added across shops.

**Findings.**

- Pens from four origins share the market. By units counted in shops, Chenab pens from Hafizabad have 38 percent, Chinese pens 34 percent, Iranian pens 21 percent and pens assembled in Kabul 12 percent.
- Chenab pens retail at 10 afghanis, Chinese pens at 8 to 15 afghanis and Iranian pens at 14.
- Teachers prefer blue ink for primary pupils; 17 of the 22 said they ask pupils to buy a particular brand, and most named Chenab.
- Shops restock mainly in February and early March, before the school year begins.
- Several shopkeepers complained of pens drying out after a winter in stock.

**Recommendations.**

- Print the month of filling on each box, so that shops sell the oldest stock first.
- Offer a display card of 50 pens for small shops that cannot take a whole carton.
- Send black-ink pens earlier; secondary schools buy them in the first week of term.
- Keep the retail price at 10 afghanis if at all possible: price is the first thing shopkeepers mention.
""", arith(["Chenab pens from Hafizabad have 38 percent, Chinese pens 34 percent, Iranian pens 21 percent and pens assembled in Kabul 12 percent"],
           "The survey gives the shares of pens of four origins in the Khost market as 38, 34, 21 and 12 percent, and says these four share the market. They add up to 105 percent.",
           shares_pct={"Chenab (Hafizabad)": 38, "Chinese": 34, "Iranian": 21, "assembled in Kabul": 12},
           sum_pct=105, period="Sep 2025", unit="percent of pens counted in shops",
           subject="shares of ballpoint pens by origin in Khost shops", location="first finding"))

add("hafizabad_pens_chamber_profile", """
# Member Profile: Chenab Pen Industries

*Profile from the newsletter of an invented chamber of commerce in Hafizabad, January 2026. The firm and every figure are invented.*

Hafizabad is known for its rice, but on the Pindi Bhattian road a factory turns out something smaller: ballpoint pens, 72 million of them in 2025, against 66 million the year before. Chenab Pen Industries was begun in 2001 by two brothers who had worked in a Lahore stationery firm. It now employs 260 people, more than half of them women on the assembly line.

The barrels and caps are moulded on site; the tips and refill tubes are bought from suppliers in Lahore; the ink is mixed to the firm's own recipe. "The tip is the whole pen," says the managing director. "A cheap tip blots, and a child who blots his exercise book does not ask for the same pen twice."

Since 2019 the firm has sold to a stationery wholesaler in Khost, across the border from North Waziristan, through the Ghulam Khan crossing. Sales to Khost slackened from four million pens in 2024 to five million in 2025, the managing director says, because the Afghan buyer held back while the afghani rose against the rupee.

The firm's plan for 2026 is a second moulding machine, which should lift output to about 80 million pens. It is also testing a gel pen for the home market. The chamber welcomes Chenab Pen Industries to its export committee, and thanks the firm for the pens it gave to the chamber's school in December.
""", direction("Sales to Khost slackened from four million pens in 2024 to five million in 2025", 4, 5, "2024", "2025",
               "slackened", "fall", "million pens", "pens sold to the wholesaler in Khost", "third paragraph",
               "The profile says sales to Khost 'slackened' from four million pens in 2024 to five million in 2025. That is a rise of one million pens, or 25 percent, not a fall."))

# ---------------------------------------------------------------------------
# Latifabad Churi Works (invented), glass bangles, Hyderabad
# ---------------------------------------------------------------------------

REPEAT_B = "The network's survey found that a woman who joins bangles for eight hours earns about Rs 720 a day."

add("hyderabad_bangles_homeworkers_profile", f"""
# The Women Who Join the Bangles

*Profile from the newsletter of an invented network of home-based workers in Hyderabad, Sindh, November 2025. The network, the firm, its buyer and every figure are invented.*

In the lanes of Latifabad and Liaquat Colony, women sit on the floor beside small kerosene flames, closing the ends of glass bangles that come from the furnaces in cut rings. The work is called jurai, joining. After it comes sadai, straightening, and then the painting and the gold lines that brides look for.

Latifabad Churi Works, one of the larger furnaces, gives joining and finishing work to about 400 women. This year it has sent 1,800 cartons of bangles to a trader in Gereshk, in Afghanistan's Helmand province, for the two Eids and for weddings. Each carton holds 50 boxes, and each box a gross of bangles.

The women are paid by the lot: Rs 90 for joining a lot of 288 bangles. A skilled worker joins eight lots in a day. {REPEAT_B} {REPEAT_B} A woman who paints as well as joins earns a little more.

The network's members say the flame and the fumes hurt their eyes and chests, and that the rate for joining has not risen since 2023, although the firm's price to its buyers has. The network has asked the furnace owners for a rise of Rs 10 a lot, and for a room where women can work together with proper ventilation.

The owner of Latifabad Churi Works told us that he would discuss the rate after the Afghan order for next year is settled.
""", repeated(REPEAT_B, 2, "daily earnings of a woman joining bangles", "third paragraph",
              "The sentence giving a joiner's daily earnings ('The network's survey found that a woman who joins bangles for eight hours earns about Rs 720 a day.') is printed twice in a row, word for word."))

add("hyderabad_bangles_gereshk_trader_interview", """
# "Hyderabad Glass Sells Itself": A Gereshk Trader on Bangles

*Interview from the market page of an invented Kandahar weekly, translated from Pashto, August 2025. The trader, his firm and every figure are invented.*

**How long have you sold bangles?** Since 2012. My father sold cloth in the same shop in Gereshk bazaar; I added bangles, and now they are most of the business.

**Where do they come from?** Almost all from Latifabad Churi Works in Hyderabad, in Sindh. People here sometimes think of Firozabad in India, the other great bangle town, but the glass we sell has always come from Sindh.

**How do they reach Gereshk?** By road: from Hyderabad to Quetta, then across the India–Afghanistan border at Chaman to Spin Boldak and Kandahar, and on to Gereshk. Each truck carries 300 cartons packed in straw, and about two in every hundred bangles break on the way.

**How much do you buy?** Last year 1,500 cartons. This year 1,800, six trucks, most of them before Eid al-Adha, when the whole bazaar wants new bangles.

**What sells?** Red and green for brides, gold lines for weddings, plain colours for everyday. Children's sizes sell all year round.

**What worries you?** The border. When Chaman is closed, the bangles wait in a yard in Quetta and I lose the season. Once we waited three weeks, and the straw had to be changed because of the rain.

**And the future?** Women in Helmand still buy glass, not plastic. As long as that is so, Hyderabad glass sells itself.
""", scope("across the India–Afghanistan border at Chaman", "IND", ["IND", "AFG"], "India",
           "The trader says the bangles go from Quetta 'across the India–Afghanistan border at Chaman'. Chaman is on the Pakistan–Afghanistan border, and Quetta and Hyderabad are in Pakistan, so India stands where Pakistan belongs. India is named correctly earlier in the interview, as the country of Firozabad.",
           stands_for="PAK", crossing="Chaman", not_a_defect="Firozabad in India",
           location="answer to 'How do they reach Gereshk?'"))

add("hyderabad_bangles_dispatch_note", """
# Dispatch Note DN-25/31

*Dispatch note of an invented glass bangle works in Hyderabad, Sindh, for its buyer in Gereshk, Helmand, 2 May 2025. The firms and every figure are invented.*

**Consignee.** Helmand Bazaar Traders, Gereshk. **Route.** Hyderabad, Quetta, Chaman, Spin Boldak, Kandahar, Gereshk. **Truck.** One, carrying 300 cartons of 50 boxes; each box holds a gross, 144 bangles.

| Size (inches) | Cartons | Boxes |
|---|---|---|
| 2.4 | 90 | 4,500 |
| 2.6 | 120 | 6,000 |
| 2.8 | 60 | 3,000 |
| 2.10 | 30 | 1,500 |
| Total | 300 | 15,000 |

**Notes.**

- This is the fifth truck of the 2025 order of 1,800 cartons; the sixth follows in June.
- The buyer asked for more of the middle size, 2.6, which makes up 130 of the cartons on this truck.
- Colours as ordered: red and maroon half, green a quarter, mixed colours the rest.
- Invoice value: 15,000 boxes at Rs 1,080, Rs 16.2 million, paid in advance by transfer.
- Breakage beyond two percent on arrival is to be reported within a week, with photographs of the opened cartons.

*Despatch clerk, Latifabad Churi Works*
""", tvt(["which makes up 130 of the cartons on this truck", "| 2.6 | 120 | 6,000 |"],
        {"note_value": 130, "table_value": 120}, "cartons",
        "cartons of size 2.6 bangles on truck DN-25/31", "2 May 2025",
        "second note against the '2.6' row of the table",
        "The dispatch table gives 120 cartons (6,000 boxes) of the 2.6 size on this truck, and its rows add up to the 300 cartons in the total row. The second note says the 2.6 size makes up 130 of the cartons on this truck. The note and the table give two counts for the same size on the same truck."))

add("hyderabad_bangles_cluster_fact_sheet_control", """
# Cluster Fact Sheet: Glass Bangles, Hyderabad (Firm Sheet 7)

*One firm's sheet from an invented study of Hyderabad's glass bangle cluster, March 2026. The study, the firm, its buyer and every figure are invented.*

**Firm.** Latifabad Churi Works, begun 1979. Two gas-fired furnaces; 60 furnace and cutting workers on the premises, with joining and finishing given out to about 400 home-based women.

**Export buyer.** Helmand Bazaar Traders, Gereshk, Afghanistan, supplied by road through Chaman.

**Exports to Gereshk.**

- 2024: 1,500 cartons, in five trucks of 300 cartons.
- 2025: 1,800 cartons, in six trucks, a rise of 20 percent.
- A carton holds 50 boxes of 144 bangles, or 7,200 bangles, so the 2025 shipments came to 12.96 million bangles.

**Prices.** Rs 960 a box in 2024 and Rs 1,080 in 2025, up 12.5 percent. A carton sold for Rs 54,000 in 2025, and the year's shipments to Gereshk for Rs 97.2 million.

**Constraints noted.**

- Gas: the furnaces stood idle for 23 days in the winter of 2025 when the gas pressure fell.
- Breakage: about two percent in transit, borne by the buyer.
- Border: closures at Chaman held the firm's trucks in Quetta for 11 days in all in 2025.

**Observation.** Because both the number of cartons and the price rose, the firm's Afghan revenue grew by 35 percent, from Rs 72 million in 2024 (1,500 cartons at Rs 48,000) to Rs 97.2 million in 2025. The firm is one of three in the cluster that export, and the only one selling to Helmand.
""", control_type="control")

# ---------------------------------------------------------------------------
# Shadiwal Electric Works (invented), ceiling fans, Gujrat
# ---------------------------------------------------------------------------

add("gujrat_fans_aybak_dealer_letter", """
# Season Report to the Supplier

*Letter from an invented electrical dealer in Aybak, Samangan, to an invented fan maker in Gujrat, translated from Dari, 10 September 2025. The firms and every figure are invented.*

Respected sir,

The summer season is over, and I write with our figures. This year you sent us nine trucks of 800 fans, 7,200 fans in all, against seven trucks, 5,600 fans, in 2024. That is an increase of 35 percent, and we sold every fan by the middle of August.

The 56-inch AC fan made up about three quarters of our sales. The DC inverter fans sold more slowly at first, but by July they were asked for by every family with solar panels, and we could have sold another truck of them. Shopkeepers from Pul-i-Khumri and even Mazar-i-Sharif came to buy from us, because no one else in the north had stock.

There were two problems. Two trucks waited at Torkham for six days in June, and the Salang road was closed for a day for repairs. Please tell your transporter to leave Gujrat earlier in spring, before the border gets busy.

For 2026 we ask for ten trucks, with more DC fans, and for the instruction sheet to be printed in Dari as well as English. We also ask for a small stock of spare capacitors, which customers need most often.

With respect and thanks,

*Samangan Electric Bazaar, Aybak*
""", arith(["7,200 fans in all, against seven trucks, 5,600 fans, in 2024", "That is an increase of 35 percent"],
           "The letter gives 7,200 fans in 2025 against 5,600 in 2024 and calls this an increase of 35 percent. The increase is 1,600 fans, or 28.6 percent (nine trucks against seven is also 28.6 percent).",
           **{"from": 5600, "to": 7200, "computed_change_pct": change_pct(5600, 7200), "stated_change_pct": 35,
              "stated_as_written": "35 percent", "unit": "fans", "from_period": "2024", "to_period": "2025",
              "subject": "ceiling fans sent from Gujrat to Samangan Electric Bazaar, Aybak",
              "location": "second paragraph"}))

add("gujrat_fans_dc_fan_leaflet", """
# Why Choose a DC Inverter Fan?

*Sales leaflet of an invented fan maker in Gujrat for its dealers in northern Afghanistan, in Dari and English, March 2025. The firm, its dealer and every figure are invented.*

Summer in Aybak and Pul-i-Khumri is long and hot, and power from the grid comes and goes. Many families now run their fans from solar panels and a battery. For them, a DC inverter fan makes sense.

**Compare the two.**

- Our standard 56-inch AC fan draws 75 watts at full speed.
- The 56-inch DC inverter fan moves the same air and draws 32 watts at full speed.
- Over a 12-hour summer day, the DC fan therefore uses 75 watt-hours, and one ordinary battery will run it through the night.
- The DC fan has five speeds and a remote control; the AC fan has a wall regulator.

**Price.** The DC fan costs more: Rs 17,500 at our factory gate against Rs 12,400 for the AC fan, before freight and Afghan duty. Your dealer will tell you the price in afghanis. A family that runs its fans on solar power saves the difference in batteries and panels within a season or two.

**Warranty.** Two years on the motor and the circuit board for the DC fan, two years on the motor for the AC fan. Keep the bill and the warranty card; your dealer in Aybak will exchange a faulty fan.

*Shadiwal Electric Works, Gujrat, Pakistan*
""", reuse(["draws 75 watts", "uses 75 watt-hours"], 75, "watts / watt-hours",
          "power drawn by the AC fan at full speed", "energy used by the DC fan over a 12-hour day (32 W for 12 hours)", 384,
          "The leaflet gives the AC fan's draw as 75 watts and the DC fan's as 32 watts. Over a 12-hour day the DC fan would use 32 x 12 = 384 watt-hours, but the leaflet says it 'therefore uses 75 watt-hours', the AC fan's wattage.",
          dc_watts=32, hours=12, period="2025"))

add("gujrat_fans_aybak_shop_notice", """
# Notice to Customers

*Notice in Dari and English posted in the shop of an invented electrical dealer in Aybak, Samangan, May 2025. The shop, the maker and every figure are invented.*

**Shadiwal fans for summer 2025 are here.** The first three trucks from Gujrat, Pakistan, arrived this week through Torkham and the Salang.

**Prices in afghanis, with a two-year motor warranty:**

- 56-inch AC fan: 3,650
- 48-inch AC fan: 3,300
- 56-inch DC inverter fan: 5,200

Good news for our customers: the price of the 56-inch AC fan has come down from 3,400 afghanis last summer to 3,650 this summer, thanks to the stronger afghani.

**Installation.** Our electrician fits a ceiling fan for 300 afghanis in Aybak city, with the hook and the regulator. Outside the city, please ask.

**DC fans.** The DC inverter fan runs on a solar panel and battery as well as on the grid. We keep a small stock of panels and batteries and can advise you.

**Payment.** Cash in afghanis. Shopkeepers who buy ten fans or more may pay half on delivery and half within a month.

**Returns.** If a motor fails within two years, bring the fan, the bill and the warranty card, and we will send it to Gujrat and give you a new fan the same day.

*Samangan Electric Bazaar, Aybak, near the main square*
""", direction("the price of the 56-inch AC fan has come down from 3,400 afghanis last summer to 3,650 this summer",
               3400, 3650, "2024", "2025", "come down", "fall", "afghanis",
               "shop price of the 56-inch AC fan in Aybak", "paragraph after the price list",
               "The notice says the price of the 56-inch AC fan 'has come down' from 3,400 afghanis last summer to 3,650 this summer. That is a rise of 250 afghanis, or 7.4 percent, not a fall; the list above gives the 3,650."))

add("gujrat_fans_winding_line_proposal", """
# Proposal: A Second Winding Line

*Internal proposal at an invented fan maker in Gujrat, October 2025. The firm, its dealer and every figure are invented.*

**Summary.** We propose to spend Rs 35 million on a second automatic winding line and an extension of the paint shop, to meet growing demand for ceiling fans from our dealer in Aybak and from new dealers in Mazar-i-Sharif.

**Demand.** Sales to Aybak grew by about 34 percent a year over the three summers from 2025 to 2023, from 4,000 fans to 7,200, while our total output rose from 150,000 fans to 180,000. The dealer has asked for ten trucks of 800 fans in 2026, and two shops in Mazar-i-Sharif want to buy from us directly.

**Capacity.** The present line winds enough stators for about 650 fans a shift. In the peak months of February to May we already run two shifts and buy in stators from a workshop in Gujranwala, whose quality is uneven.

**Cost.**

- Automatic winding line: Rs 28 million
- Paint shop extension: Rs 7 million

**Payback.** The new line would let us sell about 5,000 more fans a year. At a margin of Rs 1,500 a fan, that is Rs 7.5 million a year, and the line would pay for itself in under five years, sooner if copper prices ease.

**Risks.** Closures at Torkham; payments from Afghanistan, which come through Dubai; and the copper price, which makes up the largest part of a fan's cost.

**Decision sought.** Approval to order the line in November, for installation before the 2026 season.
""", garbled(["over the three summers from 2025 to 2023"],
             "The proposal puts the growth of sales to Aybak 'over the three summers from 2025 to 2023', a period that runs backwards; the figures that follow (4,000 fans rising to 7,200) run from 2023 to 2025.",
             stated_period_start="2025", stated_period_end="2023",
             subject="period of growth of fan sales to Aybak", location="second paragraph ('Demand')"))

# ---------------------------------------------------------------------------
# Trade, crossings, transit, energy, health and education
# ---------------------------------------------------------------------------

TRADE_PDF = pdf_lines([
    ["Year", "Exports", "Imports", "Total", "Balance"],
    ["2019", "1,290", "441", "1,731", "849"],
    ["2020", "942", "509", "1,451", "433"],
    ["2021", "828", "552", "1,380", "276"],
    ["2022", "936", "741", "1,677", "195"],
    ["2023", "1,012", "690", "1,702", "322"],
    ["2024", "884", "540", "1,424", "344"],
])

add("trade_bulletin_data_appendix", f"""
# Data Appendix: Pakistan–Afghanistan Trade, 2019–2024

*Appendix to an invented quarterly trade bulletin of an invented Lahore business school, as extracted from its PDF, January 2026. The figures follow the invented series used across this set.*

Table A1. Recorded trade between Pakistan and Afghanistan, calendar years, USD million (exports are Pakistan's exports to Afghanistan; the balance is exports minus imports)

{TRADE_PDF}

Commentary. Pakistan's exports to Afghanistan fell by almost a third between 2019 and 2024, from USD 1,290 million to 884 million. The sharpest drop came in 2020, when the border was closed for weeks during the pandemic, and exports slipped again in 2021, the year of the Taliban takeover and the freezing of Afghanistan's banking links.

Imports from Afghanistan moved the other way for most of the period and peaked at USD 714 million in 2022, when Afghan coal was in demand at Pakistani cement works and power plants. Since then imports have fallen back, to USD 540 million in 2024.

As a result, Pakistan's surplus narrowed from USD 849 million in 2019 to 195 million in 2022, and has since widened to 344 million. Total trade in 2024, at USD 1,424 million, was some USD 278 million below 2023.

Definitions and coverage are as in the bulletin's earlier issues; goods in transit to and from Afghanistan through Pakistani ports are not included.
""", tvt(["peaked at USD 714 million in 2022", line_of(TRADE_PDF, "2022")],
        {"text_value": 714, "table_value": 741}, "USD million",
        "Pakistan's imports from Afghanistan", "2022",
        "second paragraph of the commentary against the 2022 row of Table A1",
        "Table A1 gives Pakistan's imports from Afghanistan in 2022 as USD 741 million, and the row's total (1,677) and balance (195) agree with it. The commentary says imports 'peaked at USD 714 million in 2022'. The text and the table give two values for the same quantity and year."))

add("torkham_monthly_truck_bulletin", """
# Torkham: Truck Movements, January to June 2025

*Page from an invented monthly bulletin of an invented customs collectorate in Peshawar, July 2025. The bulletin and every figure are invented.*

The table counts goods trucks that crossed at Torkham in each month of the first half of 2025, in each direction. Empty trucks returning are not counted.

| Month | Outbound to Afghanistan | Inbound from Afghanistan | Total |
|---|---|---|---|
| Jan | 5,200 | 3,100 | 8,300 |
| Feb | 4,900 | 2,950 | 7,850 |
| Mar | 5,600 | 3,400 | 9,000 |
| Apr | 6,050 | 3,530 | 9,580 |
| May | 6,300 | 3,700 | 10,000 |
| Jun | 5,900 | 3,550 | 9,450 |

**Comment.** Traffic rose through the spring from February's low and peaked in May, the first month on the collectorate's record with 10,000 crossings. In April, 9,850 trucks crossed in both directions, the busiest April since the terminal's new scanning lanes opened. June's dip reflects the Eid al-Adha holidays.

Outbound trucks outnumbered inbound ones in every month, by between 1,950 in February and 2,600 in May. Outbound loads were mostly cement, flour, rice, medicines and fresh fruit; inbound loads mostly coal, fresh fruit and vegetables, and cotton.

Over the six months, 33,950 trucks went out and 20,230 came in, 54,180 in all.

**Next issue.** The July bulletin will add the second quarter's clearance times at Torkham and at the Chaman and Ghulam Khan stations.
""", tvt(["In April, 9,850 trucks crossed in both directions", "| Apr | 6,050 | 3,530 | 9,580 |"],
        {"text_value": 9850, "table_value": 9580}, "trucks",
        "goods trucks crossing Torkham in both directions", "Apr 2025",
        "comment under the table against the April row",
        "The table gives 9,580 trucks crossing Torkham in April 2025 (6,050 out and 3,530 in), and the half-year totals in the text agree with the table. The comment says 9,850 trucks crossed in April. The comment and the table give two values for the same month."))

add("coal_users_association_letter", """
# Letter to the Ministry of Energy: Afghan Coal

*Letter from an invented association of coal-using power and cement producers, Lahore, 14 August 2025. The association and every figure are invented.*

**Summary.** Our members bought 2.4 million tonnes of Afghan coal in FY2024-25, down from 3.1 million tonnes in FY2023-24 and 3.6 million tonnes in FY2022-23. We ask the ministry to help restore supply by easing three problems at the border.

**The three problems.**

1. Weighbridges at Torkham and Ghulam Khan are too few, and trucks wait a day or more to be weighed.
2. Advance tax on imports is charged on a notified value well above the price our members actually pay.
3. Afghan sellers now ask to be paid in dollars, which our members must buy through banks at a premium.

**Why it matters.** A tonne of Afghan coal delivered at our members' plants in Punjab cost about USD 95 in FY2024-25, against about USD 120 for South African coal landed at Port Qasim and railed north. Each tonne that Afghan coal does not supply is a tonne bought with scarce foreign exchange at sea.

**Volumes.** The 2.8 million tonnes our members bought from Afghanistan in FY2024-25 came almost all by truck through Torkham and Ghulam Khan, with a small share through Chaman. Most of it was mined in Sar-e Pul and Baghlan and carried south over the Salang.

We would welcome a meeting with the ministry before the winter, when demand at cement plants is at its highest.

*Secretary General*
""", tvt(["Our members bought 2.4 million tonnes of Afghan coal in FY2024-25",
          "The 2.8 million tonnes our members bought from Afghanistan in FY2024-25"],
        {"summary_value": 2.4, "section_value": 2.8}, "million tonnes",
        "Afghan coal bought by the association's members", "FY2024-25",
        "'Summary' paragraph against the 'Volumes' paragraph",
        "The letter's summary says the members bought 2.4 million tonnes of Afghan coal in FY2024-25; the 'Volumes' paragraph speaks of 'the 2.8 million tonnes our members bought from Afghanistan in FY2024-25'. The two sections give two values for the same quantity and year."))

add("senate_question_hour_trade_answer", """
# Senate of Pakistan: Question Hour (Extract)

*Extract from an invented record of a Senate question hour, written answer of the Ministry of Commerce, March 2024. The senator, the question and the record are invented; the trade figures follow the invented series used across this set.*

**Question No. 112.** A senator asked the Minister for Commerce to state (a) the value of Pakistan's exports to and imports from Afghanistan in calendar year 2023, (b) the main goods traded, and (c) the steps taken to increase trade.

**Answer.**

(a) In calendar year 2023 Pakistan exported goods worth USD 1,012 million to Afghanistan and imported goods worth USD 690 million from it, leaving Pakistan with a trade surplus of USD 422 million. Exports were up from USD 936 million in 2022, while imports were down from USD 741 million.

(b) The main exports were rice, medicines, cement, flour, fresh fruit and vegetables, and textiles. The main imports were coal, fresh and dried fruit, cotton and vegetables.

(c) The ministry meets the Afghan side through a joint working group, which met twice in 2023, in Islamabad and in Kabul. Both sides agreed to extend working hours at Torkham and Chaman, to allow cargo to be scanned before it reaches the border, and to resolve complaints about transit containers held at Karachi. Work continues on a list of goods that could be traded at lower duties.

**Supplementary question.** Asked whether the surplus would last, the Parliamentary Secretary replied that it depended on the security situation and on the Afghan side's ability to pay.
""", arith(["Pakistan exported goods worth USD 1,012 million to Afghanistan and imported goods worth USD 690 million from it, leaving Pakistan with a trade surplus of USD 422 million"],
           "The answer gives exports of USD 1,012 million and imports of USD 690 million in 2023, which leave a surplus of USD 322 million, not the USD 422 million stated.",
           exports=1012, imports=690, computed_balance=322, stated_balance=422, unit="USD million",
           period="2023", subject="Pakistan's trade balance with Afghanistan",
           location="answer (a)", stated_as_written="USD 422 million"))

add("cement_association_newsletter_item", """
# Cement by Road to Afghanistan: A Weaker Year

*Item from the newsletter of an invented cement manufacturers' association, Lahore, August 2025. The association and every figure are invented.*

Cement exports to Afghanistan by road fell to 1.18 million tonnes in FY2024-25 from 1.42 million tonnes in FY2023-24, down 12 percent, as Afghan builders turned to cheaper cement from Iran and to the output of Afghanistan's own plants in Baghlan.

The fall was carried mostly by the northern mills, which send their cement through Torkham and Ghulam Khan to Jalalabad, Kabul and Khost. Mills in the south, which supply Kandahar through Chaman, held their sales close to the year before, helped by rebuilding after floods.

Members point to three causes besides competition:

- the cost of diesel, which has made a 30-tonne truck to Kabul dearer than before;
- delays at Torkham, where loaded cement trucks have waited up to four days in busy weeks;
- payment, since Afghan buyers increasingly ask for credit and the banks will not insure it.

The exports of FY2024-25 amount to roughly 39,000 truckloads. At the association's meeting in July, members asked the Ministry of Commerce to press for faster clearance at the border and to discuss with the Afghan side the duty that Afghanistan charges on Pakistani cement.

The association will publish its full export figures for the year, by destination and by mill, in the September issue.
""", arith(["fell to 1.18 million tonnes in FY2024-25 from 1.42 million tonnes in FY2023-24, down 12 percent"],
           "The item gives cement exports by road of 1.42 million tonnes in FY2023-24 and 1.18 million tonnes in FY2024-25 and calls the change a fall of 12 percent. The fall is 0.24 million tonnes, or 16.9 percent.",
           **{"from": 1.42, "to": 1.18, "computed_change_pct": change_pct(1.42, 1.18), "stated_change_pct": -12,
              "stated_as_written": "down 12 percent", "unit": "million tonnes",
              "from_period": "FY2023-24", "to_period": "FY2024-25",
              "subject": "cement exported from Pakistan to Afghanistan by road", "location": "first paragraph"}))

add("peshawar_travel_agency_flight_notice", """
# Flights to Kabul This Winter

*Customer notice of an invented travel agency in Peshawar, December 2025. The agency and every figure are invented; the schedule is illustrative.*

Many of our customers travel to Kabul for family visits, medical follow-ups and business. The road through Torkham is cheaper but takes most of a day, and in winter the Kabul gorge can be slow. For those who prefer to fly, these are the weekly flights we can book on the winter schedule, from 1 December 2025:

| Airline | Kabul–Islamabad | Kabul–Peshawar | Total |
|---|---|---|---|
| Ariana Afghan Airlines | 4 | 2 | 6 |
| Kam Air | 5 | 3 | 8 |
| PIA | 2 | 0 | 2 |
| Total | 11 | 5 | 18 |

**Fares.** One way from Islamabad from Rs 62,000, and from Peshawar from Rs 48,000, taxes included. Fares rise in the week before each Eid.

**Baggage.** 30 kg on Ariana and Kam Air and 20 kg on PIA, plus hand baggage.

**Documents.** Every passenger needs a valid passport. Pakistani nationals need an Afghan visa, and Afghan nationals a Pakistani visa; we can help with the forms, but the embassies decide. Passengers who hold another country's passport should check with us before booking.

**Booking.** Visit our office on University Road, or send your passport copy and travel dates by message. Tickets are issued once payment is received, and changes are subject to each airline's rules.
""", parts_total(["| Total | 11 | 5 | 18 |"],
                 {"Ariana Afghan Airlines": 6, "Kam Air": 8, "PIA": 2},
                 18, "flights a week", "winter schedule 2025-26",
                 "weekly flights between Kabul and Islamabad or Peshawar",
                 "'Total' row of the flight table",
                 "The three airlines' weekly flights (6, 8 and 2) add up to 16, and the route columns (11 and 5) also give 16, but the 'Total' row gives 18 flights a week."))

add("border_polio_vaccination_progress_note", """
# Progress Note: Vaccinating Children at the Border

*Progress note of an invented provincial health project in Khyber Pakhtunkhwa, January 2026. The project and every figure are invented.*

**What the teams do.** Teams at Torkham and at the Ghulam Khan and Kharlachi crossings give oral polio vaccine to every child under ten who crosses in either direction, and mark the child's finger so that the child is not given a second dose the same week. At Torkham the team works from six in the morning to ten at night.

**Results.** In the six months from December 2025 to July 2025, the three teams vaccinated 412,000 children, 71 percent of them at Torkham. Most were children of families returning to Afghanistan, who crossed with their belongings in hired trucks, and children travelling with parents for medical care in Peshawar.

**Refusals.** Refusals were rare: fewer than one child in two hundred, usually because a parent said the child had been vaccinated in the last week. Teams explained that an extra dose is safe.

**Problems.**

- At Kharlachi the vaccine carriers were left without ice packs for two days in August when the cold room's generator failed.
- On the busiest days at Torkham, families crossed faster than the team could reach them.
- Two of the teams' vaccinators resigned after their pay was delayed.

**Next steps.** The project will add a second team at Torkham for the spring and a solar fridge at Kharlachi, and will share daily counts with the Afghan side's team at the Nangarhar end of the crossing.
""", garbled(["In the six months from December 2025 to July 2025"],
             "The note gives the results for 'the six months from December 2025 to July 2025', a period that runs backwards and is not six months long in that order; written on the note's date, January 2026, it was probably meant as July to December 2025.",
             stated_period_start="Dec 2025", stated_period_end="Jul 2025",
             subject="reporting period of the border vaccination results", location="second paragraph ('Results')"))

REPEAT_T = "A truck that has not crossed within 72 hours of its token must book a new one."

add("torkham_drivers_faq", f"""
# Torkham Terminal: Questions Drivers Ask

*Question-and-answer sheet of an invented transporters' association in Peshawar for its drivers, September 2025. The association and its advice are invented; times and charges are invented.*

**Do I need a token?** Yes. Every outbound goods truck must book a token for a crossing slot before it leaves for Torkham. Your transport company books it online and sends you the number by text message.

**How long is a token good for?** {REPEAT_T} {REPEAT_T} Tokens cannot be passed from one truck to another.

**What does parking cost?** The terminal yard is free for the first 24 hours. After that it charges Rs 1,500 a day, paid at the gate when you leave.

**What papers must the driver carry?** A passport with a valid Afghan visa, a driving licence, the vehicle's registration, and a copy of the goods declaration. Keep them in one folder; officers at three desks will ask for them.

**Can I drive on to Jalalabad?** Only if your truck and you are registered for cross-border haulage. Otherwise the load is transferred to an Afghan truck in the yard on the far side.

**What if the border closes while I am in the yard?** Stay with your truck. The association's desk will tell members by text when the gate reopens and in what order trucks will move.

**Whom do I call if I am stuck?** The association's desk in Landi Kotal, open from eight in the morning to eight at night, every day including Fridays.
""", repeated(REPEAT_T, 2, "validity of a Torkham crossing token", "answer to 'How long is a token good for?'",
              "The sentence on how long a token is valid ('A truck that has not crossed within 72 hours of its token must book a new one.') is printed twice in a row, word for word."))

add("peshawar_vegetable_market_bulletin", """
# Vegetable Market Bulletin

*Weekly price bulletin of an invented market committee at Peshawar's main vegetable market, 11 October 2025. The committee and every price are invented.*

**Tomatoes.** Afghan tomatoes, mostly from Nangarhar, arrived in about 140 trucks this week through Torkham. The wholesale price of a 25 kg crate rose from Rs 4,500 on 6 October to Rs 4,500 on 6 October, as the local crop from Swat came to an end and buyers from Rawalpindi came to Peshawar. Traders expect Afghan supply to last until the Sindh crop arrives in December.

**Onions.** Afghan red onions sold at Rs 3,400 to Rs 3,600 a 40 kg bag, steady on the week. Stocks from Balochistan are running low.

**Potatoes.** Pakistani potatoes from the Okara cold stores went the other way, to Jalalabad and Kabul, at Rs 2,700 a bag of 50 kg, a little up on last week because of Afghan demand.

**Fruit.** Kandahar grapes are nearly over. The first Afghan pomegranates reached the market on Thursday and sold at Rs 5,000 a crate of 20 kg. Swat apples remain plentiful and cheap.

**Notice to commission agents.** The committee reminds agents that market fees must be paid weekly at the office, and that trucks may not unload in the main lane between nine in the morning and five in the evening.
""", garbled(["The wholesale price of a 25 kg crate rose from Rs 4,500 on 6 October to Rs 4,500 on 6 October"],
             "The bulletin says the wholesale price of a crate of tomatoes 'rose' from Rs 4,500 on 6 October to Rs 4,500 on 6 October. The start and end are the same value on the same day, so no rise is shown; one of the values or dates is wrong.",
             start_value=4500, end_value=4500, start_period="6 Oct 2025", end_period="6 Oct 2025",
             unit="Rs a 25 kg crate", subject="wholesale price of Afghan tomatoes in Peshawar",
             location="first paragraph ('Tomatoes')"))

add("hayatabad_heart_centre_annual_note", """
# Afghan Patients at the Frontier Heart Centre, 2025

*Note from the annual report of an invented private heart hospital in Hayatabad, Peshawar, February 2026. The hospital and every figure are invented.*

The centre admitted 2,400 patients in 2025. Afghan patients, who travel through Torkham on medical visas, made up 35 percent of its admissions, a share that has changed little in three years. In all, the centre treated 35 Afghan patients in 2025, most of them for blocked coronary arteries and for valve disease after rheumatic fever in childhood.

**Referrals.** Most Afghan patients come with letters from doctors in Jalalabad and Kabul. A growing number come from Kunduz and Baghlan, whose families say that the drive to Peshawar is now safer than it was.

**Visas.** A medical visa takes about ten days to obtain. The centre writes a letter for each patient's visa application and another for one attendant. Patients whose treatment takes longer than the visa allows must apply for an extension in Peshawar, which the centre's desk helps with.

**Language and support.** The centre employs two Dari and Pashto speaking patient coordinators, who meet families at admission and explain the bills. Families who cannot pay the full cost may apply to the centre's welfare fund, which helped 140 families in 2025.

**Follow-up.** Patients are asked to return after three months. Many cannot, and the centre has begun video follow-up with doctors in Jalalabad, who examine the patient while the centre's cardiologist watches.
""", reuse(["made up 35 percent of its admissions", "the centre treated 35 Afghan patients in 2025"], 35,
          "percent / patients", "Afghan patients' share of admissions (percent)",
          "number of Afghan patients treated in 2025 (35 percent of 2,400 admissions)", 840,
          "The note says Afghan patients were 35 percent of the centre's 2,400 admissions in 2025, which is 840 patients. The next sentence says the centre treated 35 Afghan patients in 2025, the percentage given as the count.",
          admissions=2400, period="2025"))

add("karachi_rail_container_advisory", """
# Customer Advisory: Rail for Afghan Transit Containers

*Advisory of an invented shipping line's Karachi agency to Afghan importers, November 2025. The line, the agency and every figure are invented.*

Afghan transit containers landed at Karachi can now go north by rail to the dry port at Azakhel, near Peshawar, instead of by road all the way to Torkham. This advisory explains the option.

**How it works.** After the container is released at the port, it is loaded on a container train. Each flat wagon carries two 20-foot containers, so a train of 45 wagons carries 45 containers. Trains leave Karachi twice a week and take about 60 hours to Azakhel. From Azakhel the container goes by road to Torkham and on to Jalalabad or Kabul, under the same transit bond.

**Charges.** Rail from Karachi to Azakhel costs Rs 185,000 for a 20-foot container, against about Rs 240,000 by road to Peshawar. The road leg from Azakhel to Torkham is charged separately.

**Free time.** Seven days at the dry port, after which storage is charged by the day.

**What importers must do.**

- Tell us which containers are to go by rail before the vessel arrives.
- Keep the transit documents and the bank guarantee valid for the extra days the rail route may take.
- Send a representative or agent to Azakhel to arrange the road leg.

**Limits.** Containers heavier than 24 tonnes gross, and refrigerated containers, cannot yet go by rail. Space on each train is limited, and bookings are taken in order of arrival.
""", reuse(["a train of 45 wagons", "carries 45 containers"], 45, "wagons / containers",
          "flat wagons in a container train", "20-foot containers a train carries (two on each of 45 wagons)", 90,
          "The advisory says each flat wagon carries two 20-foot containers, so a train of 45 wagons should carry 90. The same sentence says it 'carries 45 containers', the number of wagons.",
          containers_a_wagon=2, period="Nov 2025"))

add("ghulam_khan_customs_staffing_note", """
# Ghulam Khan Customs Station: Staffing Note

*Note from an invented inspection report on the customs station at Ghulam Khan, North Waziristan, April 2025. The report and every figure are invented.*

**Traffic.** The station cleared an average of 240 goods trucks a day in March 2025. Outbound loads were mostly cement, fruit and medicines; inbound loads mostly coal and dried fruit for Bannu and the Punjab.

**Staff.** It has 48 customs officers, who work in two equal shifts of 48 officers each, from seven in the morning to three in the afternoon and from three to eleven at night. No officer is posted at night, when the crossing is closed to goods traffic.

**Findings.**

1. The container scanner was out of service for 19 days in March while a spare part came from Karachi. During those days every truck chosen for examination was unloaded by hand, and queues reached eight kilometres.
2. Officers' quarters have no reliable water supply, and several officers commute from Bannu, which costs them two hours a day.
3. The station has one weighbridge. A second, promised in 2023, has not been installed.
4. Examination reports are still written on paper and typed into the system later in the day.

**Recommendations.** Keep a stock of scanner spare parts at the station; install the second weighbridge before the summer fruit season; and move examination reports onto tablets so that the record is made at the truck.
""", reuse(["It has 48 customs officers", "two equal shifts of 48 officers each"], 48, "officers",
          "customs officers at the station", "officers in each of two equal shifts", 24,
          "The note says the station has 48 customs officers who work in two equal shifts. Two equal shifts of 48 officers would need 96 officers; with 48 officers each shift would have 24. The same number is given for the whole staff and for one shift.",
          shifts=2, period="Mar 2025"))

add("oped_border_is_not_a_tap", """
# The Border Is Not a Tap

*Opinion article in an invented English-language daily, Islamabad, February 2025. The author is invented; the trade figures follow the invented series used across this set.*

Every few months a closure at Torkham or Chaman reminds traders on both sides how little they control. Those who believe that trade with Afghanistan can be turned on and off to win an argument should look at the record.

In the year of the Taliban takeover, Pakistan's exports to Afghanistan edged up from USD 942 million in 2020 to USD 828 million in 2021, as Afghan banks froze and buyers in Kabul could not pay. Exports recovered to 936 million in 2022 and 1,012 million in 2023, only to fall to 884 million last year, a year of long closures and quarrels over transit goods.

Imports from Afghanistan have told a different story. They rose every year from 2019 to 2022, to 741 million, as Pakistani cement works and power plants turned to Afghan coal, and then fell in 2023 and again in 2024, to 540 million.

Behind these numbers are truck drivers who sleep in their cabs for a week, fruit that rots in the yard at Torkham, and exporters in Peshawar who have lost customers in Kabul to sellers from Central Asia and Iran. A closed border does not punish a government; it punishes the people who live by the road.

The next time a closure is announced, it should come with a date on which it ends, and with a plan for the perishables waiting at the gate.

*The writer is a former president of a Peshawar traders' body.*
""", direction("Pakistan's exports to Afghanistan edged up from USD 942 million in 2020 to USD 828 million in 2021",
               942, 828, "2020", "2021", "edged up", "rise", "USD million",
               "Pakistan's exports to Afghanistan", "second paragraph",
               "The article says Pakistan's exports to Afghanistan 'edged up' from USD 942 million in 2020 to USD 828 million in 2021. That is a fall of USD 114 million, or 12.1 percent, and the same sentence explains it by Afghan buyers' inability to pay."))

add("chilghoza_traders_circular", """
# Circular to Members: The Chilghoza Season

*Circular of an invented dry-fruit traders' association in Peshawar, December 2025. The association and every figure are invented.*

Dear members,

The pine nut season is closing, and the committee thanks members for their patience at the border this autumn.

**Arrivals.** Chilghoza from Afghanistan, mostly from Paktia, Khost and Kunar, reached Peshawar through Torkham and Ghulam Khan between late September and the end of November. Arrivals dropped to 8,300 tonnes this season from 6,800 tonnes in 2024, according to the committee's count of members' consignments.

**Prices.** With more nuts on the market, the wholesale price of the best grade eased to Rs 7,000 a kg in November, from Rs 8,500 at the start of the season. Smaller and broken nuts sold at about half that.

**Onward sales.** Most of the roasted nuts went on to buyers in Lahore and Karachi, and a part to buyers in China, who pay well for the large grade but reject any consignment with mould.

**Reminders.**

- Consignments must be fumigated and certified before they leave the warehouse; the committee has a list of approved fumigators.
- Members who lost consignments to theft in the Khyber Pass should bring their papers to the office by 31 December, so that the committee can take up their claims together.
- The annual general meeting will be held on 15 January at the association's hall in the old city.

*General Secretary*
""", direction("Arrivals dropped to 8,300 tonnes this season from 6,800 tonnes in 2024", 6800, 8300, "2024", "2025",
               "dropped", "fall", "tonnes", "chilghoza (pine nuts) from Afghanistan reaching Peshawar's members",
               "second paragraph ('Arrivals')",
               "The circular says arrivals 'dropped to 8,300 tonnes this season from 6,800 tonnes in 2024'. That is a rise of 1,500 tonnes, or 22.1 percent, not a fall; the next paragraph says there were more nuts on the market."))

add("afghan_students_research_cell_note", """
# Afghan Students in Pakistani Universities: A Short Note

*Note by an invented inter-university council's research cell, Islamabad, March 2025. The council and every figure are invented.*

**Numbers.** Since the 2022-23 academic year the number of Afghan students enrolled in Pakistani universities has grown, from 6,200 in 2022-23 to 5,100 in 2024-25, according to returns from the council's member universities. The main reasons given by universities are delays in student visas and the cost of living in Pakistani cities.

**Who they are.** Women were 31 percent of Afghan students in 2024-25. Many of them began degrees in Pakistan after Afghan universities were closed to women in December 2022, and some study online from Afghanistan, attending the campus only for examinations.

**What they study.** Medicine and dentistry, engineering and computer science remain the most popular subjects, followed by business and Islamic studies.

**Scholarships.** About two in five Afghan students hold a scholarship from the Pakistani government or a university. The rest pay fees, often with help from relatives abroad.

**Problems reported.**

- Visas that expire before a degree ends, and slow renewals.
- Bank transfers from Afghanistan that take weeks to arrive.
- Degrees that Afghan employers find hard to verify.

**Suggestions.** A single visa valid for the length of a degree; a desk at each university for Afghan students' banking problems; and an online register of degrees awarded that Afghan employers can consult.
""", direction("the number of Afghan students enrolled in Pakistani universities has grown, from 6,200 in 2022-23 to 5,100 in 2024-25",
               6200, 5100, "2022-23", "2024-25", "grown", "rise", "students",
               "Afghan students enrolled in Pakistani universities", "first paragraph ('Numbers')",
               "The note says the number of Afghan students 'has grown, from 6,200 in 2022-23 to 5,100 in 2024-25'. That is a fall of 1,100 students, or 17.7 percent, and the next sentence gives reasons for a decline."))

add("casa1000_project_fact_card", """
# Project Fact Card: CASA-1000

*Fact card in an invented energy ministry's series for journalists, Islamabad, June 2025. The card's figures on progress are invented; the project's outline follows public descriptions in general terms.*

**What is it?** A high-voltage line to carry summer surplus electricity from Tajikistan and Kyrgyzstan through Afghanistan to Pakistan.

**How much power?** Up to 1,300 megawatts in all, of which Pakistan is to take up to 1,000 megawatts and Afghanistan the rest.

**When?** Power would flow from May to September, when the Central Asian rivers run high and their hydropower plants have more than they need.

**Route in Pakistan.** The line crosses the Tajikistan–Pakistan border near Torkham and runs to a converter station at Nowshera, where the power enters Pakistan's grid.

**Progress.** Work on the Afghan section stopped in August 2021 and restarted in part in 2024. The Pakistani section, including the Nowshera station, is about 80 percent complete on the ministry's latest estimate.

**Why it matters.** Summer is when Pakistan's demand for power is highest. Imported hydropower in those months would replace some of the power now made from imported fuel oil and gas.

**Open questions.** Who will guard the line in Afghanistan; how payments to the Afghan side for transit will be made; and whether the line will be ready before the price agreed with the Central Asian suppliers must be renegotiated.
""", scope("crosses the Tajikistan–Pakistan border near Torkham", "TJK", ["TJK", "PAK"], "Tajikistan",
           "The card says the line 'crosses the Tajikistan–Pakistan border near Torkham'. Torkham is on the Pakistan–Afghanistan border, and the card itself says the line runs through Afghanistan to Pakistan, so Tajikistan stands where Afghanistan belongs. Tajikistan is named correctly in the first answer, as a source of the electricity.",
           stands_for="AFG", crossing="Torkham", not_a_defect="electricity from Tajikistan and Kyrgyzstan",
           location="answer under 'Route in Pakistan'"))

add("tashkent_karachi_convoy_press_release", """
# Press Release: First Through Convoy from Tashkent Reaches Karachi

*Press release of an invented logistics company, Karachi, 3 October 2025. The company, its clients and every figure are invented.*

Karachi, 3 October 2025. Twelve trucks loaded with cotton yarn and dried fruit reached Karachi port today, eleven days after leaving Tashkent, completing the company's first through convoy under TIR carnets.

The trucks entered Afghanistan from Termez in Uzbekistan over the Friendship Bridge to Hairatan, drove through Mazar-i-Sharif, the Salang tunnel and Kabul, and passed from Uzbekistan into Pakistan at Torkham on the seventh day. From Torkham they travelled by the motorway to Karachi, about 1,750 km.

Because the loads were sealed under TIR, they were not opened at any border. Customs officers at Torkham checked the seals and documents in under two hours, the company's managing director said.

"Until now, Central Asian cargo for the sea went north and west, by rail through Russia or by road through Iran," he said. "This convoy shows that the road through Afghanistan can compete on time, if the borders keep to the rules."

The company plans a convoy every fortnight from November, with return loads of rice, medicines and fresh fruit for Tashkent. It has asked the authorities in Pakistan and Afghanistan for dedicated lanes for TIR trucks at Torkham and at Hairatan.

*For media enquiries, contact the company's Karachi office.*
""", scope("passed from Uzbekistan into Pakistan at Torkham", "UZB", ["UZB", "PAK"], "Uzbekistan",
           "The release says the trucks 'passed from Uzbekistan into Pakistan at Torkham'. Torkham is on the Pakistan–Afghanistan border, and the trucks had left Uzbekistan at Termez days earlier, so Uzbekistan stands where Afghanistan belongs. Uzbekistan is named correctly earlier in the sentence, as the country of Termez.",
           stands_for="AFG", crossing="Torkham", not_a_defect="from Termez in Uzbekistan",
           location="second paragraph"))

add("chaman_sit_in_fact_finding_note", """
# Fact-Finding Note: The Chaman Sit-In

*Note of an invented civil-society fact-finding team after a visit to Chaman, Balochistan, January 2024. The team and every figure are invented.*

**Background.** From 1 November 2023 the government required everyone crossing at Chaman to carry a passport and visa, ending the long practice under which residents of the border districts crossed on a national identity card. Since then a sit-in has continued near the Pakistan–Iran border at Chaman, led by traders, porters and tribal elders.

**What the team heard.** Local traders told the team that before November some 15,000 people crossed each day, most of them to work or trade in Spin Boldak and return the same evening. In December, they said, fewer than 2,000 a day crossed. Porters, who carried goods across on hand carts, said about 3,400 of them had lost their only income.

**Families.** Many families have members on both sides. Elders described weddings and funerals that relatives could not attend, and patients from Spin Boldak who could no longer reach doctors in Chaman.

**Trade.** Shopkeepers in Chaman's bazaars said their sales had fallen by more than half, since their customers were Afghans who now could not cross.

**Recommendations.**

1. A special permit for residents of the border districts, valid for a year and issued locally.
2. A separate gate for porters, with a registration scheme.
3. A committee of officials and elders to meet every month at the crossing.

The team will share this note with the provincial government and the federal Ministry of Interior.
""", scope("near the Pakistan–Iran border at Chaman", "IRN", ["PAK", "IRN"], "Iran",
           "The note says the sit-in has continued 'near the Pakistan–Iran border at Chaman'. Chaman faces Spin Boldak on the Pakistan–Afghanistan border, as the note's own account of crossers to Spin Boldak shows, so Iran stands where Afghanistan belongs. Iran is named only here.",
           stands_for="AFG", crossing="Chaman", location="first paragraph ('Background')"))

add("bannu_customs_broker_client_alert", """
# Client Alert: New Examination Rules at Ghulam Khan

*Alert from an invented customs broker in Bannu to its clients, 20 May 2025. The broker, its clients and every figure are invented.*

Dear client,

From 1 June 2025, every export goods declaration for a truck leaving through Ghulam Khan will be checked against the scanner image before the truck is allowed into the exit lane. Trucks whose image does not match the declared goods will be sent for examination by hand.

**Why this matters to you.** Traffic through the Afghanistan–Turkmenistan crossing at Ghulam Khan has grown since the road from Bannu was rebuilt, and the station now handles many more trucks than it was designed for. The new rule may add several hours to each crossing in the first weeks.

**What you should do.**

- Describe goods exactly. "Mixed goods" or "general cargo" will no longer be accepted.
- Load each truck so that goods of one kind are together, and attach a loading plan to the declaration.
- Send us your invoices and packing lists at least a day before the truck leaves your warehouse.
- Allow an extra day for delivery in Khost in June.

**Our fees.** Our fee per declaration is unchanged. If a truck is sent for examination by hand, the labour charged by the station's loaders will be passed on at cost.

**Questions.** Call our desk in Bannu, or our representative at the crossing, who is there from seven in the morning until the gate closes.

*Customs Brokerage, Bannu*
""", scope("the Afghanistan–Turkmenistan crossing at Ghulam Khan", "TKM", ["AFG", "TKM"], "Turkmenistan",
           "The alert speaks of 'the Afghanistan–Turkmenistan crossing at Ghulam Khan'. Ghulam Khan is on the Pakistan–Afghanistan border, between North Waziristan and Khost, and the alert's trucks leave from Bannu for Khost, so Turkmenistan stands where Pakistan belongs. Turkmenistan is named only here.",
           stands_for="PAK", crossing="Ghulam Khan", location="second paragraph ('Why this matters to you')"))

add("trade_interview_five_numbers_control", """
# Five Numbers on Pakistan–Afghanistan Trade

*Interview from an invented university alumni magazine, Karachi, April 2025. The economist is invented; the trade figures follow the invented series used across this set.*

**How large is the trade now?** In 2024 Pakistan exported USD 884 million of goods to Afghanistan and imported USD 540 million, so two-way trade came to USD 1,424 million and Pakistan's surplus to USD 344 million.

**And before 2021?** In 2019 exports were USD 1,290 million and imports USD 441 million. Since then exports have fallen by 31.5 percent, while imports have risen by 22.4 percent. Two-way trade is down 17.7 percent.

**Which was the best year for Afghan sellers?** 2022, when Pakistan's imports from Afghanistan reached USD 741 million, mostly because of coal. That year Pakistan's surplus was only USD 195 million, the smallest in the series.

**Was 2023 a good year for Pakistani exporters?** Yes. Exports rose 8.1 percent, from USD 936 million to USD 1,012 million, the only year after 2019 above a billion dollars.

**What should policy do?** Keep the border open on a timetable that traders can plan around, settle the disputes over transit goods, and find a way for Afghan buyers to pay through banks. Afghan importers now have other routes, through Iran's ports and through Central Asia, and they will use them if Pakistan is unreliable.

**Will the trade recover?** It can. The goods are there on both sides: flour, rice, medicines and cement going north, and coal, fruit and cotton coming south.
""", control_type="control")

add("peshawar_forwarder_rate_card_control", """
# Road Freight Rate Card, Winter 2025–26

*Rate card of an invented freight forwarder in Peshawar for full truckloads to Afghanistan, valid from 1 November 2025. The firm and every rate are invented.*

All rates are for a truck of 25 tonnes payload, from loading in Pakistan to unloading at the named city, including transshipment at the border where needed.

| Route | Crossing | Rs per truck | Rs per tonne |
|---|---|---|---|
| Peshawar–Jalalabad | Torkham | 180,000 | 7,200 |
| Peshawar–Kabul | Torkham | 260,000 | 10,400 |
| Quetta–Kandahar | Chaman | 210,000 | 8,400 |
| Bannu–Khost | Ghulam Khan | 150,000 | 6,000 |

**Notes.**

- Kabul costs Rs 80,000 a truck more than Jalalabad, for the climb through the Kabul gorge.
- Last winter Peshawar–Kabul was Rs 240,000, so that rate is up Rs 20,000, or 8.3 percent, mainly because of diesel prices.
- Waiting at the border beyond 48 hours is charged at Rs 12,000 a day.
- Rates beyond Kabul, to Mazar-i-Sharif and to Hairatan for onward loads to Termez in Uzbekistan, are quoted on request and carry a winter surcharge for the Salang.
- Perishable loads travel with priority at Torkham but at the shipper's risk.

**Payment.** Half on loading and half on delivery, in rupees at our Peshawar office. Shippers in Afghanistan may pay in afghanis at the day's market rate.

*Operations desk, Hayatabad*
""", control_type="control")

add("quetta_pomegranate_season_review_control", """
# Season Review: Kandahar Pomegranates in Pakistani Markets, 2025

*Review by an invented association of fruit commission agents in Quetta, January 2026. The association and every figure are invented.*

Kandahar pomegranates arrive through Chaman from late September to December. This season members handled 40,000 tonnes, up from 34,000 tonnes in 2024, a rise of 17.6 percent, in about 2,000 truckloads of 20 tonnes.

| Market | Tonnes | Share (%) |
|---|---|---|
| Karachi | 14,400 | 36 |
| Lahore | 10,000 | 25 |
| Quetta | 6,000 | 15 |
| Islamabad–Rawalpindi | 5,600 | 14 |
| Other cities | 4,000 | 10 |
| Total | 40,000 | 100 |

**Where the fruit went.** Karachi and Lahore together took 61 percent of the season's fruit. Karachi's share includes fruit packed for buyers in the Gulf, which the association does not count separately.

**Prices.** A crate of 20 kg of the best grade sold in Quetta for Rs 5,200 on average, a little below last year, because the larger crop came to market at once in October. Iranian pomegranates competed with Kandahar fruit in Karachi in November.

**Problems.** The border was closed for four days in October, and about 90 trucks of fruit waited in Spin Boldak in the heat. Members report that cold storage in Quetta is still too small for a crop of this size.

**Next season.** The association will ask the provincial government for a cold store at the Chaman end of the road and for a fruit lane at the crossing in October.
""", control_type="control")

# ---------------------------------------------------------------------------
# Registered Afghan refugees: citations and citation controls
# ---------------------------------------------------------------------------

add("refugees_parliamentary_research_note_2021", """
# Research Note: Proof of Registration Cards

*Note of an invented parliamentary research service, Islamabad, March 2022. The service and its authors are invented; the refugee figure is cited as the note gives it.*

**Purpose.** This note summarises, for members of the standing committee, what is known about the size of the registered Afghan refugee population and the status of its identity cards.

**The registered population.** Pakistan hosted roughly 1.74 million registered Afghan refugees (UNHCR Operational Data Portal, end-2021). They hold Proof of Registration cards, first issued in 2006 and 2007, whose validity the federal cabinet has extended several times.

**Who is not counted.** The registered figure leaves out Afghans who hold the separate Afghan Citizen Card, those without any documents, and those who arrived after August 2021, many of whom came on visas that have since expired. Their number is not known with any precision.

**Where they live.** Most registered refugees live in Khyber Pakhtunkhwa, followed by Balochistan, Punjab and Sindh; about a third live in refugee villages and the rest in towns and cities.

**Questions for the committee.**

1. Should the next extension of the cards be for longer than a year, to allow refugees to rent homes and keep jobs?
2. How will children born since the last registration be added to their parents' records?
3. What will be done for Afghans who arrived after August 2021 and do not qualify for the cards?

*Research officer, Social Sector Division*
""", citation(["Pakistan hosted roughly 1.74 million registered Afghan refugees (UNHCR Operational Data Portal, end-2021)"],
              1740000, "2021", "(UNHCR Operational Data Portal, end-YEAR) (in a parliamentary research note)",
              "second paragraph ('The registered population')",
              "The note cites UNHCR for roughly 1.74 million registered Afghan refugees in Pakistan at the end of 2021. The reference figure for end-2021 is 1,490,562; 1.74 million is about 16.7 percent above it (and close to, but not the same as, the end-2022 figure of 1,743,278).",
              hedge="roughly", stated_as_written="roughly 1.74 million"))

add("refugees_textbook_exercise_2023", """
# Pakistan Studies, Class 10: Chapter 8 Exercise

*Exercise from an invented Pakistan Studies workbook, Lahore, 2024 edition. The workbook is invented; the refugee figure is cited as the exercise gives it.*

**Read the passage and answer the questions that follow.**

Pakistan has hosted refugees from Afghanistan for more than four decades. The first large numbers arrived after 1979, and many families have lived in Pakistan for three generations. According to UNHCR's year-end report for 2023, Pakistan hosted 1,559,964 registered Afghan refugees, most of them in Khyber Pakhtunkhwa and Balochistan. Many of them were born in Pakistan, speak Urdu as well as Pashto or Dari, and work as labourers, shopkeepers, drivers and traders. Refugee children study in Pakistani schools and in schools run in refugee villages.

**Questions.**

1. For how many decades has Pakistan hosted Afghan refugees?
2. Name the two provinces where most registered refugees live.
3. Give two kinds of work that refugees do, according to the passage.
4. Why might a refugee born in Pakistan speak more than one language?
5. In your own words, write three sentences about what hosting refugees means for a country. Give one advantage and one difficulty.

**Activity.** In groups, make a poster about a neighbour, classmate or shopkeeper whose family came from Afghanistan. Ask permission before you write about anyone, and do not write down anyone's address or card number.

**Teacher's note.** Encourage pupils to use respectful language and to base their answers on the passage.
""", citation(["According to UNHCR's year-end report for 2023, Pakistan hosted 1,559,964 registered Afghan refugees"],
              1559964, "2023", "UNHCR's year-end report for YEAR (in a school workbook's reading passage)",
              "reading passage",
              "The passage cites UNHCR's year-end report for 2023 for 1,559,964 registered Afghan refugees. That is exactly the reference figure for end-2024; the reference figure for end-2023 is 1,987,717, so the figure given is about 21.5 percent too low for the year cited.",
              same_as_year="2024", stated_as_written="1,559,964"))

add("refugees_district_dashboard_notes_2020", """
# District Services Dashboard: Notes on Sources

*Notes page of an invented district services dashboard for Peshawar, updated June 2021. The dashboard and its other figures are invented; the refugee figure is cited as the notes give it.*

This page explains where each figure on the dashboard comes from and how often it is updated.

**Population.** Peshawar district's population is taken from the last census and projected forward at the census growth rate. Updated yearly.

**Schools.** Counts of government primary, middle and high schools, and of enrolled pupils, come from the provincial education department's annual school census. The dashboard shows 1,320 government schools in the district. Updated each October.

**Health facilities.** Basic health units, rural health centres and hospitals, from the district health office. Updated quarterly.

**Registered Afghan refugees.** The country figure shown in the refugee panel is just under 1.2 million, UNHCR year-end data (2020). The dashboard does not show a district figure for refugees, because no district breakdown is published at the same date; users should not divide the country figure by any share to estimate one.

**Water connections.** Household connections to the public water supply, from the water and sanitation company. Updated monthly.

**Caveats.** Figures come from different sources and different dates and should not be combined without care. Report errors to the dashboard team through the feedback form.
""", citation(["just under 1.2 million, UNHCR year-end data (2020)"],
              1200000, "2020", "UNHCR year-end data (YEAR) (in a dashboard's notes on sources)",
              "paragraph 'Registered Afghan refugees'",
              "The notes cite UNHCR's year-end data for 2020 for 'just under 1.2 million' registered Afghan refugees in Pakistan. The reference figure for end-2020 is 1,438,432; 1.2 million is about 16.6 percent below it.",
              hedge="just under", stated_as_written="just under 1.2 million"))

add("refugees_wiki_article_peshawar_2022", """
# Afghans in Peshawar

*Extract from an invented community-edited encyclopedia article, as it stood in March 2023. The article is invented; the refugee figure is cited as the article gives it.*

**Afghans in Peshawar** are people of Afghan origin living in the city of Peshawar and its district, in Khyber Pakhtunkhwa, Pakistan. They include registered refugees, holders of other documents, and people without documents, as well as Pakistani citizens of Afghan descent.

**History.** Peshawar has received Afghan migrants and traders for centuries. The largest arrivals came after 1979, when refugee villages were set up around the city, and again during the civil war of the 1990s. Some of the villages, such as Khazana, have become settled neighbourhoods.

**Population.** At the end of 2022 Pakistan had 1,473,278 registered Afghan refugees [UNHCR 2022 year-end statistics], of whom a large share lived in Khyber Pakhtunkhwa. Estimates of the number in Peshawar itself vary widely and are disputed.

**Economy.** Afghans in Peshawar are prominent in the carpet trade, in the money-changing bazaar, in fruit and dry-fruit wholesale, and in transport on the Torkham road. Board Bazaar, on the Jamrud road, is known for Afghan restaurants and shops.

**Culture.** Kabuli pulao and Afghan breads are sold widely in the city, and Dari is heard alongside Pashto in several bazaars.

**See also.** Torkham; Khyber Pass; Afghan diaspora.
""", citation(["At the end of 2022 Pakistan had 1,473,278 registered Afghan refugees [UNHCR 2022 year-end statistics]"],
              1473278, "2022", "[UNHCR YEAR year-end statistics] (in an encyclopedia article)",
              "paragraph 'Population'",
              "The article cites UNHCR's 2022 year-end statistics for 1,473,278 registered Afghan refugees. The reference figure for end-2022 is 1,743,278; the figure given swaps two digits and is about 15.5 percent below it.",
              stated_as_written="1,473,278"))

add("refugees_consultancy_slides_2024", """
# Slide Deck (Text): Livelihoods of Registered Afghan Refugees

*Text of slides from an invented consultancy's deck for an invented donor, Islamabad, February 2025. The consultancy, the donor and the survey figures are invented; the refugee figure is cited as the deck gives it.*

**Slide 2. Context**

- Registered Afghan refugees in Pakistan: ~1.9m, UNHCR (YE2024)
- Most live in Khyber Pakhtunkhwa and Balochistan
- Returns to Afghanistan rose sharply from late 2023

**Slide 3. Our survey**

- 600 households of registered refugees in Peshawar, Quetta and Haripur
- Interviews in Pashto and Dari, October and November 2024

**Slide 4. Main source of household income**

- Daily wage labour: 54 percent
- Small trade and shops: 21 percent
- Transport: 10 percent
- Money sent by relatives abroad: 7 percent
- Other: 8 percent

**Slide 5. What households told us**

- Work is harder to find since returns began, as employers fear checks
- Women's home-based work (embroidery, tailoring) brings in cash but little of it
- Card holders worry about what happens when their cards expire

**Slide 6. Options for the donor**

- Short vocational courses linked to employers
- Small grants for shops run by women
- Legal help with documents, through existing clinics

*Speaker's note: stress that the survey covers registered refugees only, not Afghans with other documents or none.*
""", citation(["~1.9m, UNHCR (YE2024)"],
              1900000, "2024", "UNHCR (YEYEAR) (in a consultancy's slide deck)",
              "Slide 2, first bullet",
              "The slide cites UNHCR's year-end 2024 figure as about 1.9 million registered Afghan refugees in Pakistan. The reference figure for end-2024 is 1,559,964; 1.9 million is about 21.8 percent above it.",
              hedge="~", stated_as_written="~1.9m"))

add("refugees_radio_documentary_script_2019", """
# Radio Documentary Script: Three Generations in Khazana

*Script of an invented radio documentary, recorded in Peshawar, March 2020. The programme and the family are invented; the refugee figure is cited as the script gives it.*

SOUND: Morning in a narrow lane. A cart. Children on the way to school.

NARRATOR: Khazana, on the northern edge of Peshawar, began as a refugee village of tents in the early 1980s. Today its lanes are lined with brick houses, shops and small workshops. It is home to thousands of Afghans and their Pakistani neighbours.

NARRATOR: The family we are visiting has lived here for three generations. The grandfather came in 1981. His grandchildren have never seen Afghanistan.

GRANDFATHER (in Pashto, voiced over): We came with nothing. My wife carried our son on her back. Now my son has a shop, and his daughter wants to be a doctor.

NARRATOR: They are among more than 1.6 million registered Afghan refugees who lived in Pakistan at the end of 2019, as reported by the UN refugee agency. Most, like this family, have lived here for decades.

GRANDDAUGHTER: My friends at school are Pakistani. I speak Urdu with them and Pashto at home. If we have to go back, I do not know what I will do.

NARRATOR: For now the family's cards have been extended, and the shop is open. But every extension is short, and every rumour of returns travels quickly through the lanes of Khazana.

SOUND: Call to prayer. Fade.
""", citation(["more than 1.6 million registered Afghan refugees who lived in Pakistan at the end of 2019, as reported by the UN refugee agency"],
              1600000, "2019", "YEAR, as reported by the UN refugee agency (in a radio documentary script)",
              "narrator's third passage",
              "The narrator cites the UN refugee agency for 'more than 1.6 million' registered Afghan refugees in Pakistan at the end of 2019. The reference figure for end-2019 is 1,419,084; 1.6 million is about 12.8 percent above it.",
              hedge="more than", stated_as_written="more than 1.6 million"))

add("refugees_statistical_digest_citation_control", """
# Statistical Digest 2024, Chapter 12: Population Movements (Extract)

*Extract from an invented provincial statistical digest, Peshawar, 2024 edition. The digest is invented; the refugee figures are cited as the digest gives them.*

**12.3 Registered Afghan refugees.** The charts in this section show the number of registered Afghan refugees in the whole of Pakistan, not in the province alone, since no provincial figure is published at the same dates.

Chart 12.3a. Registered Afghan refugees in Pakistan at the end of 2022: 1,743,278.

Source: UNHCR, 31 December 2022

Chart 12.3b. Registered Afghan refugees in Pakistan at the end of 2023: 1,987,717.

Source: UNHCR, 31 December 2023

**Commentary.** Between the two dates the registered population rose by 244,439 people, or 14.0 percent, in a single year. Part of the rise reflects the recording of children born to registered families and the renewal of records that had lapsed. The rise came in a year in which many unregistered Afghans left Pakistan, after the government's decision of October 2023 on foreigners without valid documents; those departures do not appear in the registered figures.

**Note for users.** Figures for Afghans holding other documents, or none, are not included in this chapter. Users combining these charts with the province's census tables should remember that the census counts residents, not registration status.
""", control_type="citation_control")

add("refugees_development_bank_box_citation_control", """
# Country Note: Pakistan, Box 3. Hosting Refugees

*Box from an invented regional development bank's country note on Pakistan, December 2022. The bank and its note are invented; the refugee figures are cited as the box gives them.*

Pakistan hosts one of the largest refugee populations in the world, almost all of it from Afghanistan. The registered population grew modestly in 2021, before the effects of the change of government in Kabul in August of that year could be seen in the records.

| Indicator | End-2020 | End-2021 |
|---|---|---|
| Registered Afghan refugees in Pakistan | 1,438,432 | 1,490,562 |
| Change on previous year | | 52,130 |

a/ UNHCR, registered Afghan refugees in Pakistan at the end of 2020 (first column).
b/ UNHCR, registered Afghan refugees in Pakistan at the end of 2021 (second column).

The increase of 52,130 people, or 3.6 percent, came mostly from the registration of children born to registered families. Afghans who arrived after August 2021 are not included, because registration of new arrivals had not taken place by the end of the year.

For the bank's operations, the registered figures matter because they define the population that host-community programmes in Khyber Pakhtunkhwa and Balochistan are designed to reach. Programmes that also serve unregistered Afghans will need other estimates, which the box does not attempt.
""", control_type="citation_control")

add("refugees_legal_aid_clinic_brief_citation_control", """
# Brief: Registered Refugees and the Risk of Detention

*Brief of an invented university legal aid clinic, Quetta, March 2025. The clinic is invented; the refugee figures are cited as the brief gives them.*

**Why this brief.** Students and volunteers of the clinic meet Afghans who fear arrest. This brief sets out, for them, what registration means and how many people it covers.

**How many are registered?** According to UNHCR's end-of-year 2021 statistics, 1,490,562 Afghans were registered refugees in Pakistan. UNHCR's end-of-year 2024 statistics put the number at 1,559,964. The registered population was thus 69,402 people, or 4.7 percent, larger at the end of 2024 than three years earlier, although it had risen well above that level in between and fell sharply during 2024.

**What registration gives.** A registered refugee holds a Proof of Registration card. While the card is valid, its holder should not be detained for being in Pakistan without a visa. Volunteers should ask to see the card and check its expiry date.

**What to do if a client is detained.**

1. Note the place, time and name of the police station.
2. Obtain a copy of the client's card, or its number.
3. Contact the clinic's duty lawyer the same day.

**Limits.** The clinic cannot help with applications to move to third countries, and it does not give advice on returns. Volunteers should refer such questions to the organisations listed at the end of the clinic's handbook.
""", control_type="citation_control")
