# Seventy-second held-out set of synthetic documents ("heldout72").  Written from
# scratch after heldout71/, by a labeller session that had not opened dyad's
# implementation or history and had not seen any of its results.
# Every entry: name (topic slug, numbered later by build_heldout72.py), text,
# labels (list of defect dicts), control_type for controls.
# New registers: three small enterprises, three texts each: a solar water
# pump assembler in Multan selling to a farm supply dealer in Pul-e-Khumri
# (Baghlan) through Torkham; a safety match factory in Mardan selling to a
# general wholesaler in Gardez (Paktia) through Ghulam Khan; and a mosquito
# net mill in Hyderabad selling to a medical wholesaler in Asadabad (Kunar)
# through Torkham; then thirty-three documents on the trade series,
# crossings, transit, food, health, education and travel, and nine on the
# register of refugees.
#
# Invented figures shared with earlier sets: annual trade series (README:
# exports 1,290 / 942 / 828 / 936 / 1,012 / 884 and imports 441 / 509 / 552 /
# 741 / 690 / 540 for 2019-2024, balances 849 / 433 / 276 / 195 / 322 / 344,
# totals 1,731 / 1,451 / 1,380 / 1,677 / 1,702 / 1,424); reference refugee
# series (1,419,084 / 1,438,432 / 1,490,562 / 1,743,278 / 1,987,717 /
# 1,559,964 for 2019-2024).
#
# New invented figures, consistent with the above:
#   Sunbelt Pumps, Multan (invented): solar submersible pump kits SB-1 (1 hp,
#     USD 310), SB-2 (2 hp, USD 385 in 2025, USD 410 in 2024) and SB-3 (3 hp,
#     USD 520); to Baghlan Agro Supplies, Pul-e-Khumri 640 kits (2024) and
#     880 kits (2025, all SB-2); 2025 by quarter 260 / 310 / 190 / 120; 80
#     kits a truck, 11 trucks in 2025.
#   Khyber Match Works, Mardan (invented): safety matches, 40 sticks a box,
#     10 boxes a packet, 100 packets (1,000 boxes) a carton, 500 cartons a
#     truck; to Paktia General Traders, Gardez 6,000 cartons (12 trucks) in
#     2025, by quarter 1,000 / 1,500 / 2,000 / 1,500; Rs 9,600 a carton.
#   Indus Net Mills, Hyderabad (invented): treated mosquito nets in bales of
#     50; to Kunar Health Store, Asadabad 24,000 nets ordered for 2025, first
#     load 10,000 (3,500 single at Rs 950, 4,500 double at Rs 1,200, 2,000
#     family at Rs 1,500), all delivered March-May 2025.
#   Other documents: the ministries, hospitals, firms, associations, people
#     and figures are invented and kept consistent within each document.

HELDOUT72 = []
from heldout_labels import (  # noqa: F401
    PAIR, REFS, adder, arith, change_pct, citation, direction, garbled, line_of, parts_total, pdf_lines, scope, tvt,
    repeated, reuse,
)

add = adder(HELDOUT72)

# ---------------------------------------------------------------------------
# Sunbelt Pumps (invented), solar water pumps, Multan -> Pul-e-Khumri
# ---------------------------------------------------------------------------

add("multan_solar_pump_dealer_faq_control", """
# Questions Dealers Ask: Sunbelt Solar Pumps in Afghanistan

*Page of frequently asked questions prepared by an invented solar pump assembler in Multan for its Afghan dealers, February 2026. The firm, its dealer and every figure are invented.*

**Which pumps do you sell across the border?** Three submersible kits, each a pump with its controller. Panels are not included.

| Model | Motor | Water a day at 40 m head (litres) | Price 2025 (USD) |
|---|---|---|---|
| SB-1 | 1 hp | 18,000 | 310 |
| SB-2 | 2 hp | 36,000 | 385 |
| SB-3 | 3 hp | 52,000 | 520 |

**Who is your dealer in the north?** Baghlan Agro Supplies of Pul-e-Khumri. It bought 880 kits in 2025, up from 640 in 2024, a rise of 37.5 percent. Every kit it bought in 2025 was an SB-2.

**How do the kits travel?** By road from Multan to Peshawar, through Torkham and Kabul, and over the Salang. A truck carries 80 kits, so the 2025 orders filled 11 trucks.

**Did prices change?** The SB-2 cost USD 385 in 2025, down from USD 410 in 2024, a cut of about 6 percent, because controller boards became cheaper.

**How many panels does an SB-2 need?** Four 550-watt panels, or 2.2 kilowatts.

**How do dealers pay?** A third of the value in advance and the rest when the truck reaches the dealer. For a truck of 80 SB-2 kits, worth USD 30,800, the advance is about USD 10,267 and the rest about USD 20,533.

**What is the warranty?** Two years on the pump and the controller, counted from the date on the dealer's invoice.
""", control_type="control")

add("pul_e_khumri_dealer_message_thread_solar_pumps", """
# Message Thread: Sunbelt Pumps and Baghlan Agro Supplies

*Messages between an invented solar pump assembler in Multan and its invented dealer in Pul-e-Khumri, January 2026, exported from a phone and translated from Dari where needed. The firms, people and every figure are invented.*

**Baghlan Agro (Haji Naseer), 6 Jan, 09:12:** Salaam. The last truck of 2025 reached us on 22 December with 80 kits, all SB-2, all in good order.

**Sunbelt (Imran), 6 Jan, 09:40:** Thank you. Please send the invoice stamp so our bank can close the file.

**Baghlan Agro, 6 Jan, 10:05:** Done. A word on the year. We sold 880 of your kits in 2025. Our sales picked up from 190 kits in the third quarter to 120 in the fourth, because farmers in Baghlan and Kunduz now buy before the spring water turns.

**Sunbelt, 6 Jan, 10:31:** Good to hear. How many do you need before March?

**Baghlan Agro, 6 Jan, 10:48:** Two trucks in February. Farmers ask for the SB-3 too, for the deeper wells near Nahrin. Can you send 20 of them in the second truck?

**Sunbelt, 6 Jan, 11:15:** Yes. The SB-3 stays at USD 520. The SB-2 stays at USD 385 until June.

**Baghlan Agro, 6 Jan, 11:20:** And the controller fault from November?

**Sunbelt, 6 Jan, 11:52:** Six controllers will come free in the February truck, under warranty.

**Baghlan Agro, 6 Jan, 12:03:** Thank you. The Salang is closed for two days this week, so we will confirm the date later.
""", direction("picked up from 190 kits in the third quarter to 120 in the fourth", 190, 120, "Q3 2025", "Q4 2025",
               "picked up", "rise", "solar pump kits", "kits of Sunbelt pumps sold by Baghlan Agro Supplies, Pul-e-Khumri",
               "dealer's message of 6 Jan, 10:05",
               "The dealer writes that its sales 'picked up' from 190 kits in the third quarter of 2025 to 120 in the fourth. That is a fall of 70 kits, or 36.84 percent, not a rise.",
               from_as_written="190 kits in the third quarter", to_as_written="120 in the fourth"))

add("multan_exporters_association_sunbelt_member_profile", """
# Member Profile: Sunbelt Pumps

*Profile from the newsletter of an invented exporters' association in Multan, January 2026. The association, the firm and every figure are invented.*

Sunbelt Pumps began assembling solar submersible pumps in a rented shed off Vehari Road in 2019. It now employs 34 people and buys motors and controller boards from suppliers in Lahore and Karachi. Its only foreign buyer is Baghlan Agro Supplies in Pul-e-Khumri, in the north of Afghanistan, which sells the kits to wheat and cotton farmers in Baghlan and Kunduz.

All the kits shipped to Baghlan in 2025 were the 2 hp SB-2, priced at USD 385 each.

| Quarter of 2025 | Kits | Value (USD) |
|---|---|---|
| Q1 | 260 | 100,100 |
| Q2 | 310 | 119,350 |
| Q3 | 190 | 73,150 |
| Q4 | 120 | 46,200 |
| Total | 880 | 348,800 |

The owner, Imran Bhatti, says demand follows the season: farmers buy before the spring sowing and the summer heat, and few buy once the cotton is picked. The kits go by road to Peshawar, through Torkham and over the Salang.

The firm's plans for 2026 are a 3 hp kit for deeper wells and a second dealer in Mazar-e-Sharif. Mr Bhatti also wants the association to press for faster clearance at Torkham, where a truck of kits waited three days in October.

Members who want to visit the workshop may contact the association's office.
""", parts_total(["| Total | 880 | 348,800 |"],
                 {"Q1": 100100, "Q2": 119350, "Q3": 73150, "Q4": 46200}, 348800, "USD", "2025",
                 "value of Sunbelt solar pump kits shipped to Baghlan Agro Supplies",
                 "'Total' row of the table, value column",
                 "The four quarterly values add up to USD 338,800, but the 'Total' row gives USD 348,800. The kits column agrees with the rows, and 880 kits at USD 385 is USD 338,800, so the total value is USD 10,000 too high."))

# ---------------------------------------------------------------------------
# Khyber Match Works (invented), safety matches, Mardan -> Gardez
# ---------------------------------------------------------------------------

add("mardan_match_factory_gardez_press_note", """
# Press Note: Mardan Matches Find a Market in Paktia

*Press note of an invented safety match factory in Mardan, January 2026. The factory, its buyer and every figure are invented.*

Khyber Match Works, a family firm in Mardan since 1978, has completed its second year of exports to Afghanistan. Its buyer, Paktia General Traders of Gardez, supplies grocers across Paktia, Logar and Khost.

The factory's boxes hold 40 sticks each. Ten boxes make a packet, and a carton holds 100 packets. Trucks carry 500 cartons and cross at Ghulam Khan.

| Quarter of 2025 | Trucks | Cartons |
|---|---|---|
| Q1 | 2 | 1,000 |
| Q2 | 3 | 1,500 |
| Q3 | 4 | 2,000 |
| Q4 | 3 | 1,500 |
| Total | 12 | 6,000 |

The third quarter was the busiest. In the third quarter alone, 2,500 cartons went to Gardez, as grocers stocked up before the cold months, when households light stoves and lamps every evening.

"Afghan buyers want a match that strikes the first time, even in damp weather," said the factory's manager, Fazal Rabbi. "We changed the head mix in 2024 and the complaints stopped."

The carton price to the buyer was Rs 9,600 in 2025. The factory employs 120 workers, most of them women from villages near Mardan who fill boxes at home.

The factory hopes to add a second buyer in Khost in 2026.
""", tvt(["In the third quarter alone, 2,500 cartons went to Gardez", "| Q3 | 4 | 2,000 |"],
        {"text_value": 2500, "table_value": 2000}, "cartons",
        "cartons of safety matches sent to Paktia General Traders, Gardez", "Q3 2025",
        "paragraph under the table against its Q3 row",
        "The table gives 4 trucks and 2,000 cartons for the third quarter of 2025, and its totals add up with that row; 4 trucks of 500 cartons is also 2,000. The paragraph below says 2,500 cartons went in the third quarter. The note gives two values for the same quarter."))

add("gardez_wholesaler_match_order_email", """
# Email: Winter Order of Matches

*Email from an invented general wholesaler in Gardez to an invented match factory in Mardan, November 2025. Translated from Pashto. The firms, people and every figure are invented.*

Dear Fazal Rabbi sahib,

Thank you for the October truck, which crossed at Ghulam Khan and reached our store in Gardez on the 3rd. The boxes were dry and the cartons were not crushed.

**Our winter order.** A carton holds 100 packets of ten boxes, and our shops sell by the packet. For the three winter months we need 60,000 boxes of the household matches, so please send 100 cartons with the December truck, on top of the usual load of cigarette-size boxes.

**Price.** We understand the price stays at Rs 9,600 a carton. Please confirm in writing, as the afghani has moved and our bank wants the invoice price before it opens the payment.

**Labels.** Some customers in Logar have asked whether the box can carry a line in Pashto. We can send you the text.

**Payment.** As before, we will pay half when the truck leaves Mardan and half on arrival in Gardez.

**A problem.** Eleven cartons in the September load had boxes with no striking strip on one side. We have kept them aside. Please tell us whether you want them back or will send replacements.

We wish you and your workers well.

With respect,
Gul Mohammad
Paktia General Traders, Gardez
""", reuse(["A carton holds 100 packets", "please send 100 cartons with the December truck"], 100, "packets / cartons",
           "packets of matches in one carton", "cartons of household matches ordered for the winter", 60,
           "The email says a carton holds 100 packets of ten boxes (1,000 boxes), and a sentence later asks for 100 cartons to cover 60,000 boxes. 60,000 boxes at 1,000 boxes a carton is 60 cartons; the number of packets in a carton has been reused for the number of cartons.",
           boxes_needed=60000, boxes_a_carton=1000))

add("mardan_match_factory_packing_hall_safety_notice", """
# Safety Notice: Packing Hall

*Notice posted in the packing hall of an invented safety match factory in Mardan, December 2025. Translated from Pashto. The factory and every figure are invented.*

This hall fills boxes for our buyers in Pakistan and for Paktia General Traders in Gardez. Every worker must read this notice or have it read to them.

**Fire.** Matches burn fast and a full carton burns like a log. No worker may carry a lighter or cigarettes past the gate. No worker may carry a lighter or cigarettes past the gate. Keep the aisles between the benches clear, at least one metre wide.

**Heat.** The hall must stay below 35 degrees. When the thermometer by the door passes that, open the roof vents and stop work on the dipping line for 20 minutes.

**Stacking.** Cartons for export are stacked no more than six high, on pallets, away from the walls. Each pallet holds 40 cartons.

**Extinguishers.** There are eight extinguishers in this hall and two sand buckets at each door. The supervisor checks them every Monday.

**Drills.** A fire drill is held on the first Thursday of each month. The hall must be empty within three minutes of the bell.

**Shifts.** The morning shift runs from 7 to 3 and the evening shift from 3 to 11. Each shift has one trained fire warden.

Any worker who sees smoke must ring the bell at once and leave by the nearest door. Do not try to save stock.
""", repeated("No worker may carry a lighter or cigarettes past the gate.", 2,
              "ban on lighters and cigarettes in the packing hall", "paragraph 'Fire'",
              "The sentence 'No worker may carry a lighter or cigarettes past the gate.' is printed twice in a row in the paragraph on fire."))

# ---------------------------------------------------------------------------
# Indus Net Mills (invented), mosquito nets, Hyderabad -> Asadabad
# ---------------------------------------------------------------------------

add("hyderabad_net_mill_asadabad_packing_list_control", """
# Packing List and Delivery Note: Mosquito Nets for Asadabad

*Packing list of an invented net mill in Hyderabad, Sindh, for its buyer in Kunar, 3 March 2025. The mill, its buyer and every figure are invented.*

**Seller:** Indus Net Mills, Site Area, Hyderabad.
**Buyer:** Kunar Health Store, Asadabad, Kunar.
**Route:** Hyderabad to Peshawar by road, through Torkham and Jalalabad to Asadabad.

This is the first of three loads under the buyer's order for 24,000 treated mosquito nets in 2025. All nets are packed in bales of 50.

| Size | Nets | Bales | Value (Rs) |
|---|---|---|---|
| Single, 100 x 180 cm | 3,500 | 70 | 3,325,000 |
| Double, 150 x 180 cm | 4,500 | 90 | 5,400,000 |
| Family, 190 x 180 cm | 2,000 | 40 | 3,000,000 |
| Total | 10,000 | 200 | 11,725,000 |

**Prices.** Rs 950 for a single net, Rs 1,200 for a double and Rs 1,500 for a family net.

**Payment.** The buyer has paid an advance of 20 percent, Rs 2,345,000. The remaining Rs 9,380,000 is due within 30 days of delivery.

**Remaining loads.** The other 14,000 nets will follow in two loads of 7,000, in April and May, so that all nets reach Kunar before the malaria season.

**Marks.** Each bale carries the buyer's name, the size and a bale number from 1 to 200. The insecticide batch number is printed on every net's label.

Checked and signed at the mill gate.
""", control_type="control")

add("kunar_health_worker_review_of_treated_nets", """
# Field Review: Treated Nets in Kunar's Villages

*Review by an invented community health worker for an invented health charity's newsletter, October 2025. The charity, the mill, the store and every figure are invented.*

This spring our team handed out treated mosquito nets in eleven villages along the Pech valley. The nets were made by Indus Net Mills in Hyderabad and bought through Kunar Health Store in Asadabad. They came by road to Peshawar and crossed at Torkham, the main crossing on the Bangladesh–Afghanistan border, before the last leg through Jalalabad.

**What families said.** We visited 96 households in September. Most slept under the nets every night from June to August. Families liked the family size, which covers a sleeping platform for four.

**Wear.** After five months, 14 of the nets we checked had holes larger than a thumb, mostly where children had pulled them. We showed families how to mend them with thread.

**Malaria.** The clinic in Asadabad saw fewer fever cases from these villages than last year, though the season was also drier.

**Price.** The store charged Rs 1,500 for a family net, paid in afghanis at the day's rate. A similar net from a mill in Bangladesh sells in Kabul for a little more, but it is hard to find in Kunar.

**Next year.** We want nets for eight more villages and a short talk in each mosque on how to hang them. We also ask the store to keep a stock of single nets for the clinic.
""", scope("the main crossing on the Bangladesh\u2013Afghanistan border", "BGD", ["BGD", "AFG"], "Bangladesh",
           "The review calls Torkham 'the main crossing on the Bangladesh\u2013Afghanistan border'. Torkham is on the Pakistan\u2013Afghanistan border, and the nets came from Hyderabad in Pakistan by road to Peshawar; Bangladesh has no border with Afghanistan. Bangladesh stands in Pakistan's place.",
           stands_for="PAK", crossing="Torkham", location="first paragraph",
           not_a_defect="A similar net from a mill in Bangladesh sells in Kabul"))

add("hyderabad_net_mill_kunar_sales_ledger_note", """
# Sales Ledger Note: Kunar Account, 2025

*Note written under the Kunar account in the sales ledger of an invented net mill in Hyderabad, January 2026. The mill, its buyer and every figure are invented.*

**Account:** Kunar Health Store, Asadabad. Buyer since 2023.

**Order for 2025:** 24,000 treated nets, in three sizes, all packed in bales of 50.

**Deliveries.** Three loads went before the malaria season, in March, April and May: 10,000 nets, then 7,000 and 7,000. A small top-up of single nets was asked for in August but later cancelled, as the store still had stock.

**Season.** The store's own sales to clinics and pharmacies went from 16,000 nets in March–June 2025 to 16,000 nets in March–June 2025, and the store's owner says demand is now steady. He expects the same order for 2026.

**Payments.** All three loads were paid in full. The last payment reached our bank in Hyderabad on 18 June, 19 days after the third load arrived, inside the 30 days allowed.

**Problems.** The April load waited four days at Torkham for a health certificate on the insecticide. We have since asked the chemical supplier to send its certificate with every batch. Two bales were wet on arrival and were replaced free.

**Prices.** Single Rs 950, double Rs 1,200, family Rs 1,500, unchanged since 2024.

**For 2026.** Offer the store a discount of 2 percent if it orders by the end of January, and propose a fourth size for cots.
""", garbled(["went from 16,000 nets in March\u2013June 2025 to 16,000 nets in March\u2013June 2025"],
             "The note says sales 'went from 16,000 nets in March\u2013June 2025 to 16,000 nets in March\u2013June 2025'. The start and end of the change are the same value in the same period, so the sentence states no change at all; it was probably meant to compare two periods.",
             start_value=16000, end_value=16000, start_period="March\u2013June 2025", end_period="March\u2013June 2025",
             unit="mosquito nets", subject="nets sold to Kunar Health Store", location="paragraph 'Season'"))

# ---------------------------------------------------------------------------
# Trade, crossings, transit, food, health, education and travel
# ---------------------------------------------------------------------------

add("peshawar_chamber_research_desk_trade_fact_card_control", """
# Fact Card: Pakistan's Goods Trade with Afghanistan, 2019–2024

*Fact card of the research desk of an invented chamber of commerce in Peshawar, for members, February 2026. The desk, its series and its comments are invented.*

The card sets out the chamber's trade series for six calendar years. Exports are Pakistan's goods sent to Afghanistan and imports are goods received from it. Figures are in USD million.

| Year | Exports | Imports | Total | Balance |
|---|---|---|---|---|
| 2019 | 1,290 | 441 | 1,731 | 849 |
| 2020 | 942 | 509 | 1,451 | 433 |
| 2021 | 828 | 552 | 1,380 | 276 |
| 2022 | 936 | 741 | 1,677 | 195 |
| 2023 | 1,012 | 690 | 1,702 | 322 |
| 2024 | 884 | 540 | 1,424 | 344 |

**Five things to note.**

1. Exports fell from USD 1,290 million in 2019 to USD 884 million in 2024, a drop of 31.5 percent over the five years.
2. Imports were higher in 2024 than in 2019, up from USD 441 million to USD 540 million, a rise of 22.4 percent.
3. Total trade was highest in 2019, at USD 1,731 million, and lowest in 2021, at USD 1,380 million.
4. Pakistan sold more than it bought in every year. The smallest surplus was USD 195 million, in 2022, when imports peaked.
5. Between 2023 and 2024 total trade fell by USD 278 million, or 16.3 percent. Exports made up 62.1 percent of total trade in 2024.

**Use of the card.** Members may quote the card in letters and talks, naming the chamber's research desk as the source. The desk will add 2025 when the full year's figures are settled.
""", control_type="control")

add("mansehra_hatchery_day_old_chicks_quarterly_bulletin", """
# Quarterly Bulletin: Day-Old Chicks for Jalalabad

*Bulletin of an invented poultry hatchery near Mansehra for its staff and buyers, January 2026. The hatchery, its buyers and every figure are invented.*

Siran Valley Hatchery sells broiler chicks a day after hatching. Since 2024 a growing share has gone to poultry farms around Jalalabad, in boxes of 100 chicks, in heated vans that cross at Torkham before dawn.

| Month | Chicks to Jalalabad | Boxes |
|---|---|---|
| October 2025 | 42,000 | 420 |
| November 2025 | 36,500 | 365 |
| December 2025 | 27,800 | 278 |
| Total | 106,300 | 1,063 |

**The quarter in short.** October was the busiest month, as farms restocked after the summer heat. November's 35,600 chicks still filled a van every second day. December was slower because farmers in Nangarhar cut flocks for the cold months.

**Losses.** Losses on the road were 1.8 percent of chicks, against 2.4 percent in the same quarter of 2024. The drivers now stop for no more than 20 minutes at the border.

**Price.** Chicks were sold at Rs 95 each at the hatchery gate. Buyers pay the van hire of Rs 18,000 a trip.

**Vaccines.** Every chick leaves with its first vaccine against Newcastle disease. Buyers get a certificate with each van.

**Next quarter.** We expect a busy March, when farms restock for spring. Buyers should book vans two weeks ahead.
""", tvt(["November's 35,600 chicks", "| November 2025 | 36,500 | 365 |"],
        {"text_value": 35600, "table_value": 36500}, "day-old chicks",
        "day-old chicks sent to poultry farms around Jalalabad", "Nov 2025",
        "paragraph 'The quarter in short' against the November row of the table",
        "The table gives 36,500 chicks (365 boxes of 100) for November 2025, and its total of 106,300 adds up with that row. The paragraph below speaks of November's 35,600 chicks. The two values for the same month differ by a swap of two digits."))

add("torkham_road_safety_ngo_truck_driver_survey", """
# Survey Report: Where Truck Drivers Rest on the Torkham Road

*Summary of a survey by an invented road safety charity in Peshawar, November 2025. The charity and every figure are invented.*

**Why we asked.** Fatigue is a main cause of truck crashes on the road from Peshawar to Torkham, where long queues at the border mean drivers often wait through the night and then drive without sleep.

**Who we asked.** Our field team spoke to 300 drivers at Landi Kotal, Jamrud and the Torkham terminal in September 2025. Of them, 174 were Pakistani and 126 Afghan. Most drove goods trucks; a few drove fuel tankers.

**Hours at the wheel.** Drivers said they drove for 11 hours on an average working day, and four in ten had driven more than 16 hours without a break at least once in the last month.

**Where they rest.** Asked where they usually sleep on the road, 41 percent said in roadside hotels, 33 percent in their cabs, 19 percent at fuel stations and 12 percent at truck stands near the terminal.

**What they want.** Drivers asked for a guarded parking area at Landi Kotal with washrooms and cheap beds, and for a queue system that lets them sleep until their truck is called.

**What we recommend.** A rest area for 150 trucks near the terminal, run with the border authorities, and short talks on fatigue for drivers waiting in the queue.
""", arith(["41 percent said in roadside hotels, 33 percent in their cabs, 19 percent at fuel stations and 12 percent at truck stands"],
          "The four places where drivers usually sleep are given as 41, 33, 19 and 12 percent of the drivers asked, which adds up to 105 percent. Each driver named the place where he usually sleeps, so the shares should add up to 100 percent.",
          shares_pct={"roadside hotels": 41, "cabs": 33, "fuel stations": 19, "truck stands": 12},
          sum_pct=105, period="Sep 2025", unit="percent of truck drivers surveyed",
          subject="truck drivers on the Peshawar-Torkham road by where they usually sleep",
          location="paragraph 'Where they rest'"))

add("quetta_transport_office_driver_transit_permit_notice", """
# Notice: Multiple-Entry Permits for Drivers on the Chaman Route

*Notice of an invented transport office in Quetta to goods transport companies, August 2026. The office, its rules and every figure are invented.*

**1. Who needs a permit.** Every driver and cleaner of a goods vehicle that crosses at Chaman must carry a multiple-entry permit, together with a passport or national identity card.

**2. Validity.** Permits issued under this round are valid from 15/09/2026 to 15/03/2026, after which a new application is needed. Permits from the last round stay valid until 14/09/2026.

**3. How to apply.** Transport companies apply for their drivers, not drivers for themselves. One application form may list up to 25 drivers. Each driver needs two photographs and a copy of his driving licence.

**4. Fees.** The fee is Rs 3,500 for each driver and Rs 2,000 for each cleaner, paid at the bank counter in the office.

**5. Processing time.** Permits are ready ten working days after a complete application. Incomplete forms are returned without processing.

**6. Checks.** Drivers must show the permit at the Chaman gate and at the checkpoint at Killa Abdullah. A driver found without a valid permit will be turned back, and his company may be barred from applying for three months.

**7. Enquiries.** The counter is open from 9 to 2, Monday to Friday. Companies with more than 100 drivers may book a visit by an officer to their yard.
""", garbled(["valid from 15/09/2026 to 15/03/2026"],
             "The permits are said to be valid 'from 15/09/2026 to 15/03/2026'; the end date is six months before the start. The notice also says the previous permits stay valid until 14/09/2026, so the new ones must run on from 15/09/2026, and the end date was probably meant to be 15/03/2027.",
             stated_period_start="15/09/2026", stated_period_end="15/03/2026",
             subject="validity of multiple-entry permits for drivers crossing at Chaman", location="item 2 ('Validity')"))

add("multan_cotton_gin_afghan_lint_purchase_ledger", """
# Purchase Ledger Note: Afghan Cotton Lint, January 2026

*Note in the purchase ledger of an invented spinning mill in Multan, February 2026. The mill, its supplier and every figure are invented.*

**Supplier.** Kunduz Cotton Company, which gins cotton from farms in Kunduz and Takhar and sends the lint by road through Torkham.

**Contract.** 340 tonnes of lint for the 2025–26 season, to be delivered from December 2025 to April 2026.

**January delivery.** Each bale weighs 170 kg when pressed. January's delivery was 51 tonnes, and in January 170 bales arrived at our store in three trucks. The bales were checked on the weighbridge and the moisture was under 8 percent.

**Quality.** Staple length was good, but two bales were stained and were set aside for the supplier's agent.

**Price.** The agreed price is USD 1,540 a tonne, delivered Multan, paid by letter of credit. January's invoice comes to USD 78,540.

**Remaining.** With December's 68 tonnes and January's 51, 119 tonnes have arrived. The other 221 tonnes are due by the end of April, in three monthly loads of about 74 tonnes.

**Note for the spinning manager.** The Afghan lint is shorter than our Punjab cotton. Blend it no more than one part in four for the 30-count yarn.
""", reuse(["Each bale weighs 170 kg", "in January 170 bales arrived"], 170, "kg / bales",
           "weight of one pressed bale of lint in kilograms", "bales of lint that arrived in January", 300,
           "The note says each bale weighs 170 kg, and in the next sentence that 170 bales arrived in January. January's delivery was 51 tonnes (51,000 kg), which at 170 kg a bale is 300 bales; the bale's weight has been reused as the number of bales.",
           tonnes_delivered=51, kg_a_bale=170))

add("lahore_business_weekly_column_afghan_exports_2024", """
# Column: A Harder Year at the Western Border

*Column in an invented Lahore business weekly, March 2025. The weekly, the columnist's sources and the trade series are invented.*

Ask exporters in Peshawar about 2024 and most will mention the same things: long closures at Torkham, slow clearance at Chaman and buyers in Kabul who pay later than they used to. The figures tell a mixed story.

Pakistan's exports to Afghanistan expanded from USD 1,012 million in 2023 to USD 884 million in 2024, on the chamber series most traders use. Cement, medicines and rice held up better than fruit and vegetables, which spoil when trucks wait at the border.

Imports from Afghanistan fell by USD 150 million, from USD 690 million to USD 540 million, or 21.7 percent. Less coal came south, as factories in Punjab turned to cheaper coal from elsewhere, and Afghan fresh fruit met the same delays at the border.

Because imports fell more than exports, Pakistan's surplus in this trade widened, from USD 322 million in 2023 to USD 344 million in 2024. Total trade came to USD 1,424 million.

What would help? Traders I spoke to want three things: a border that stays open on a fixed timetable, scanners that clear a truck in minutes rather than hours, and a banking channel that does not depend on cash carried in bags. None of these is new. All of them would cost less than another lost year.
""", direction("expanded from USD 1,012 million in 2023 to USD 884 million in 2024", 1012, 884, "2023", "2024",
               "expanded", "rise", "USD million", "Pakistan's goods exports to Afghanistan", "second paragraph",
               "The column says exports 'expanded' from USD 1,012 million in 2023 to USD 884 million in 2024. That is a fall of USD 128 million, or 12.65 percent, not a rise; the same column says the surplus widened only because imports fell more than exports."))

add("quetta_freight_forwarder_weekly_border_bulletin", """
# Weekly Border Bulletin, 12 January 2026

*Bulletin of an invented freight forwarder in Quetta for its clients. The firm and every figure are invented.*

**Chaman.** Queues were shorter this week. Chaman, the busiest crossing between Pakistan and Nepal after Torkham, cleared an average of 410 trucks a day in both directions, against 350 the week before. Empty trucks returning from Spin Boldak waited about six hours; loaded trucks waited about eleven.

**Clearance.** The customs scanner on the Pakistani side was down for most of Tuesday, so loaded trucks were examined by hand. Clients with perishable loads should book a morning slot, when the queue is shortest.

**Fruit.** The season for Kandahar pomegranates is over. Grapes in cold storage are still coming south, about 30 trucks a day, most of them bound for Karachi.

**Rates.** Our freight rate from Quetta to Kandahar stays at Rs 165,000 for a 22-wheeler. The rate from Chaman to Karachi rose to Rs 230,000 because diesel went up on 1 January.

**Documents.** From 1 February every truck must carry an electronic copy of its goods declaration. We can file these for clients at no extra charge.

**Weather.** Snow is forecast on the Khojak Pass on Thursday. Trucks leaving Quetta after noon that day may be held at Killa Abdullah.

Contact our Chaman office for bookings. The office is open from 8 in the morning to 6 in the evening, seven days a week.
""", scope("the busiest crossing between Pakistan and Nepal", "NPL", ["PAK", "NPL"], "Nepal",
           "The bulletin calls Chaman 'the busiest crossing between Pakistan and Nepal after Torkham'. Chaman and Torkham are crossings between Pakistan and Afghanistan, and trucks cross at Chaman to Spin Boldak and Kandahar; Nepal has no border with Pakistan. Nepal stands in Afghanistan's place.",
           stands_for="AFG", crossing="Chaman", location="paragraph 'Chaman'"))

add("peshawar_university_afghan_scholarship_admissions_notice", """
# Admissions Notice: Scholarship Seats for Afghan Students, 2026–27

*Notice of an invented public university in Peshawar, March 2026. The university, its scholarship and every figure are invented.*

The university invites applications from Afghan nationals for scholarship seats in four faculties for the session starting in September 2026. The scholarship covers tuition, a hostel bed and a monthly allowance of Rs 12,000.

| Faculty | Seats |
|---|---|
| Engineering | 40 |
| Medicine and Allied Health | 25 |
| Agriculture | 60 |
| Business Studies | 35 |
| Total | 160 |

**Engineering.** Engineering has 45 seats for Afghan students this year, in civil, electrical and mining engineering. Applicants need at least 55 percent marks in mathematics and physics.

**Medicine and Allied Health.** Seats are for nursing, physiotherapy and medical laboratory technology. Applicants must pass the university's entry test in biology and chemistry.

**Agriculture.** The faculty welcomes applicants from farming families, especially those who wish to work in horticulture and water management.

**Who may apply.** Applicants must hold a valid Afghan passport or a Pakistani residence card and must have finished school in 2024 or 2025.

**How to apply.** Forms are online from 1 April. The last date is 15 May 2026. The entry test will be held on 7 June in Peshawar, with a second centre in Quetta.

**Selection.** Seats are filled on merit within each faculty. Results will be posted on 1 July.
""", tvt(["Engineering has 45 seats for Afghan students this year", "| Engineering | 40 |"],
        {"text_value": 45, "table_value": 40}, "scholarship seats",
        "scholarship seats for Afghan students in the Faculty of Engineering", "2026\u201327",
        "paragraph 'Engineering' against the Engineering row of the table",
        "The table gives 40 seats for Engineering, and its total of 160 adds up with that row. The paragraph on Engineering says it has 45 seats for Afghan students this year. The notice gives two values for the same faculty's seats."))

add("peshawar_cardiac_hospital_newsletter_afghan_patients", """
# Hospital Newsletter: A Year at the Heart Centre

*Newsletter of an invented cardiac hospital in Peshawar, January 2026. The hospital and every figure are invented.*

**From the director.** This was our busiest year. Our surgeons and nurses worked through the summer heat and two power cuts that lasted most of a day, and every patient on the ward was kept safe.

**Afghan patients.** Patients from Afghanistan have come to us since the centre opened. Most travel from Nangarhar, Kunar and Kabul through Torkham, and many come with a relative who stays in the hostel next door. Open-heart operations on Afghan patients rose from 1,250 in 2024 to 1,500 in 2025, a rise of 25 percent. About a third of them were children with heart defects from birth.

**Visas and travel.** The border desk set up in 2024 helped 2,100 patients and relatives with medical visas and travel letters in 2025. It is open seven days a week.

**Costs.** An operation for a child costs the hospital about Rs 650,000. Our Children's Heart Fund paid in full for 212 Afghan children this year, thanks to donors in Peshawar, Karachi and abroad.

**Training.** Eight nurses from Jalalabad finished a three-month course in cardiac care on our wards and have gone home to work in the provincial hospital.

**Thanks.** To every donor, volunteer and member of staff: you made this year possible.
""", arith(["rose from 1,250 in 2024 to 1,500 in 2025, a rise of 25 percent"],
          "Open-heart operations on Afghan patients went from 1,250 in 2024 to 1,500 in 2025. That is a rise of 250, or 20 percent of 1,250, not 25 percent (25 percent would be the rise measured against the later figure).",
          **{"from": 1250, "to": 1500, "computed_change_pct": 20.0, "stated_change_pct": 25,
             "stated_as_written": "25 percent", "unit": "open-heart operations",
             "from_period": "2024", "to_period": "2025",
             "subject": "open-heart operations on Afghan patients at the heart centre",
             "location": "paragraph 'Afghan patients'"}))

add("chitral_kunar_apricot_drying_project_evaluation_summary", """
# Evaluation Summary: Solar Drying of Apricots in Chitral and Kunar

*Summary of an invented consultant's end-of-project evaluation for an invented donor, August 2026. The project, the donor and every figure are invented.*

**The project.** The project trained families who dry apricots and mulberries on both sides of the border, in Chitral and in Kunar, to use closed solar dryers instead of drying fruit on rooftops. It ran from H2 2025 to H1 2025, with a budget of USD 240,000.

**What was done.** 180 dryers were built, 110 in Chitral and 70 in Kunar. Each dryer holds about 40 kg of fresh fruit and dries it in four days, against eight to ten on a roof. Trainers held 36 village sessions.

**Results.** Families said dried fruit from the dryers was cleaner and lighter in colour, and traders in Peshawar paid about a fifth more for it. Losses to dust, birds and rain fell sharply.

**Problems.** The Kunar dryers were finished late, because materials waited at Torkham for three weeks. Some families in Chitral used the dryers only for their own fruit and did not rent them out to neighbours as planned.

**Cross-border trade.** Dried apricots from the Kunar villages are sold to traders who take them to Peshawar through Torkham; the project did not change that route.

**Recommendations.** Build the next dryers before the harvest, not during it; train a repairer in every valley; and help women's groups buy their own dryers on credit.
""", garbled(["It ran from H2 2025 to H1 2025"],
             "The project is said to have run 'from H2 2025 to H1 2025', a period that ends half a year before it starts. Since the evaluation is dated August 2026 and the dryers were built before a harvest, the end was probably meant to be H1 2026.",
             stated_period_start="H2 2025", stated_period_end="H1 2025",
             subject="duration of a solar apricot drying project", location="paragraph 'The project'"))

add("peshawar_eye_trust_cataract_camp_report", """
# Camp Report: Free Cataract Surgery for Afghan Patients

*Report of an invented eye trust in Peshawar to its donors, December 2025. The trust, its camp and every figure are invented.*

**Where and when.** The trust held its autumn camp at its hospital in Peshawar for 12 working days in November 2025. Patients came mostly from Nangarhar, Laghman and Kunar, through Torkham, and a few from Afghan families living in Peshawar.

**Screening.** Our optometrists saw 1,140 people in the first three days. Of them, 480 had cataracts ready for surgery and were given dates.

**Surgery.** Two surgeons worked through the camp and operated on all 480 patients. An operation takes about 25 minutes with the small-incision method we use, and each surgeon operated on 25 patients a day. Every patient got a lens implant.

**After care.** Patients stayed one night and were seen again the next morning. Each went home with eye drops for a month and dark glasses. A nurse called patients with a phone number a week later, and our partner clinic in Jalalabad saw those who needed a second check.

**Results.** At the one-week check, 9 in 10 patients could read the large letters on the chart at six metres.

**Costs.** The camp cost Rs 7.2 million, or Rs 15,000 a patient, including lenses, drops, food and a night's stay.

**Thanks.** To our donors in Peshawar and abroad, and to the border officials who let patients cross with a letter from the trust.
""", reuse(["An operation takes about 25 minutes", "each surgeon operated on 25 patients a day"], 25, "minutes / patients",
           "minutes taken by one cataract operation", "patients operated on by each surgeon a day", 20,
           "The report says an operation takes about 25 minutes, and in the same sentence that each surgeon operated on 25 patients a day. Two surgeons operated on 480 patients in 12 working days, which is 20 patients a surgeon a day; the length of an operation has been reused as the daily count of patients.",
           patients=480, surgeons=2, working_days=12))

add("peshawar_property_agent_warehouse_market_letter", """
# Market Letter: Warehouses for Afghan Trade, Peshawar

*Letter of an invented property agent in Peshawar to its clients, January 2026. The agent and every figure are invented.*

Dear clients,

**Demand.** Firms that store goods for Afghanistan still want space close to the Ring Road and the road to Torkham. Most of our enquiries in 2025 came from traders in cement, cooking oil and medicines, and from two transit firms that hold goods for Kabul while papers are cleared.

**Rents.** Warehouse rents near the Ring Road eased from Rs 32 a square foot a month in 2024 to Rs 38 in 2025, and few good sheds stood empty for more than a month. Rents on the Kohat Road, further from the border route, stayed at about Rs 24.

**Sizes.** The most wanted size is 10,000 to 15,000 square feet, with a yard where two trucks can turn. Sheds below 5,000 square feet are hard to let.

**Leases.** Owners now ask for 11-month leases with an increase of 10 percent on renewal, and three months' rent as a deposit.

**What we expect.** If the border stays open on a regular timetable, demand should hold in 2026. Long closures would hit the transit firms first.

**Our listings.** We have four sheds on our books near the Ring Road, from 8,000 to 20,000 square feet, and one cold store in Hayatabad. Call our office to arrange a visit.

With regards,
The leasing team
""", direction("eased from Rs 32 a square foot a month in 2024 to Rs 38 in 2025", 32, 38, "2024", "2025",
               "eased", "fall", "Rs a square foot a month", "warehouse rents near the Ring Road, Peshawar",
               "paragraph 'Rents'",
               "The letter says rents 'eased' from Rs 32 a square foot a month in 2024 to Rs 38 in 2025. That is a rise of Rs 6, or 18.75 percent, not a fall; the same sentence says few good sheds stood empty."))

add("karachi_transporters_association_driver_faq", """
# Driver FAQ: Crossing at Torkham

*Page of answers to drivers' questions from an invented transporters' association in Karachi, December 2025. The association and every figure are invented.*

**What papers do I need?** Your passport with a valid visa, your driving licence, the truck's registration, the goods declaration and the transit document if the load is for a third country.

**Where do I get the visa?** Pakistani drivers who cross into Mongolia at Torkham need a visa from the consulate in Peshawar. The association files group applications every Monday for its members; a visa takes about ten days.

**How long does the crossing take?** On a normal day a loaded truck clears in six to eight hours. On days after a closure it can take two days. Carry food and water for two days.

**What does it cost?** Border charges for a 22-wheeler come to about Rs 38,000, paid by the consignee unless the contract says otherwise.

**Can I take my cleaner?** Yes, if he has his own passport and visa. The association can include him in the group application.

**What if I am sick at the border?** There is a first-aid post at the terminal. Call the association's helpline, which is open day and night.

**Anything else?** Do not carry cash above the legal limit, and never carry parcels for strangers. Our secretary has just come back from a road transport conference in Mongolia, where drivers' rest rules were the main topic; we will share what he learned at the next members' meeting.
""", scope("who cross into Mongolia at Torkham", "MNG", ["PAK", "MNG"], "Mongolia",
           "The page says Pakistani drivers 'who cross into Mongolia at Torkham' need a visa. Torkham is a crossing between Pakistan and Afghanistan; a driver who crosses there enters Afghanistan, and Mongolia borders neither country. Mongolia stands in Afghanistan's place.",
           stands_for="AFG", crossing="Torkham", location="answer to 'Where do I get the visa?'",
           not_a_defect="a road transport conference in Mongolia"))

T_KARACHI_TRANSIT = pdf_lines([
    ["Commodity", "Containers", "Tonnes"],
    ["Edible oil", "86", "2,150"],
    ["Tyres", "42", "630"],
    ["Clothing", "38", "418"],
    ["Electronics", "27", "189"],
    ["Total", "193", "3,387"],
])

add("karachi_clearing_agent_afghan_transit_monthly_statement", f"""
# Monthly Statement: Afghan Transit Containers, December 2025

*Statement of an invented clearing agent at Karachi port for its Afghan clients, January 2026. The table below was copied from the agent's PDF. The agent, its clients and every figure are invented.*

Containers cleared at Karachi in December 2025 for onward carriage to Afghanistan under transit rules, by main commodity:

{T_KARACHI_TRANSIT}

**Summary.** December was a steady month. Edible oil filled 68 containers, more than any other commodity, as importers in Kabul and Kandahar built stocks for the winter. Tyres were second.

**Delays.** Average time from the ship's arrival to the container leaving the port was 9 days, against 12 in November, because the scanner backlog was cleared. Eleven containers were held for physical checks.

**Routes.** Of the containers, most went by road to Chaman and the rest to Torkham. Three clients asked to switch to Torkham in January because of the queues at Chaman.

**Charges.** Our clearing fee stays at Rs 28,000 a container. Port storage after the free days is billed at cost.

**January.** We expect fewer clothing containers after the winter stock has arrived, and more tyres.
""", tvt(["Edible oil filled 68 containers", line_of(T_KARACHI_TRANSIT, "Edible oil")],
        {"text_value": 68, "table_value": 86}, "containers",
        "transit containers of edible oil cleared at Karachi for Afghanistan", "Dec 2025",
        "paragraph 'Summary' against the Edible oil row of the PDF-extracted table",
        "The PDF-extracted table gives 86 containers of edible oil for December 2025, and its total of 193 adds up with that row. The summary says edible oil filled 68 containers. The two values for the same month differ by a swap of two digits."))

add("islamabad_university_trade_lecture_handout", """
# Lecture Handout, Week 7: Trade with a Difficult Neighbour

*Handout for an invented undergraduate course on Pakistan's regional trade at an invented university in Islamabad, October 2025. The course and its trade series are invented.*

**Aim of the lecture.** To see how politics, roads and money shape Pakistan's goods trade with Afghanistan, using one year as a case.

**The case: 2021.** The year of the change of government in Kabul in August.

- Pakistan's exports to Afghanistan: USD 828 million.
- Pakistan's imports from Afghanistan: USD 552 million.
- Balance: a surplus of USD 286 million.
- Total trade: USD 1,380 million.

**Points to discuss.**

1. Exports in 2021 were lower than in 2020, when they were USD 942 million. Why did they fall even before August?
2. Imports rose from USD 509 million in 2020. Which Afghan goods gained, and why?
3. After August, banks stopped most payments. How did traders pay each other?

**Reading.** Two short articles on the closing of Torkham and on hawala payments are on the course page. Read both before the seminar.

**Seminar task.** In groups of four, draw a timeline of 2021 at the border and mark three events that you think changed trade most. Each group will have five minutes to present.

**Assessment.** The essay for this part of the course, of 1,500 words, is due at the end of week 9.
""", arith(["a surplus of USD 286 million"],
          "The handout gives exports of USD 828 million and imports of USD 552 million for 2021. The balance is 828 - 552 = USD 276 million, not the USD 286 million stated; the total trade of USD 1,380 million agrees with the two flows.",
          exports=828, imports=552, computed_balance=276, stated_balance=286,
          stated_as_written="USD 286 million", unit="USD million", period="2021",
          subject="Pakistan's goods trade balance with Afghanistan", location="third item of 'The case: 2021'"))

add("landi_kotal_fuel_depot_transporters_price_notice", """
# Price Notice for Transporters: Landi Kotal Depot

*Notice of an invented fuel company to transport firms on the Torkham route, 16 December 2025. The company, its depot and every figure are invented.*

Dear transporters,

From midnight tonight our prices at the Landi Kotal depot change as follows, after the government's fortnightly review.

**Diesel.** High-speed diesel at our Landi Kotal depot went from Rs 268.40 a litre on 16 December 2025 to Rs 268.40 a litre on 16 December 2025. Firms with a fuel card keep their discount of Rs 2 a litre.

**Petrol.** Petrol is now Rs 259.10 a litre, down Rs 3.50.

**Lubricants.** Engine oil in 20-litre drums stays at Rs 14,800 a drum.

**Fuel cards.** A card for a fleet of five trucks or more can be opened at the depot office. Monthly bills are sent on the 1st and must be paid within 15 days.

**Queues.** When the border opens after a closure, the depot serves trucks in the order they arrive. We keep 120,000 litres of diesel in the tanks so that no truck is turned away.

**Opening hours.** The depot is open day and night. Cash payments are accepted only from 8 in the morning to 8 in the evening.

**Safety.** Switch off engines, phones and heaters while filling. No smoking within 50 metres of the pumps.

For fleet accounts, call our Peshawar office.
""", garbled(["went from Rs 268.40 a litre on 16 December 2025 to Rs 268.40 a litre on 16 December 2025"],
             "The notice announces a change but says diesel 'went from Rs 268.40 a litre on 16 December 2025 to Rs 268.40 a litre on 16 December 2025'. Start and end are the same price on the same day, so no change is stated; the old price or the new one has been lost.",
             start_value=268.4, end_value=268.4, start_period="16 December 2025", end_period="16 December 2025",
             unit="Rs a litre", subject="price of high-speed diesel at the Landi Kotal depot", location="paragraph 'Diesel'"))

add("bajaur_nawa_pass_veterinary_checkpoint_weekly_return", """
# Weekly Return: Veterinary Checkpoint, Nawa Pass

*Weekly return of an invented veterinary checkpoint on the Bajaur side of the Nawa Pass to an invented district livestock office, 24 October 2025. The office, the checkpoint and every figure are invented.*

**Week of 18 to 24 October.** Herding families are moving down from the summer pastures in Kunar to winter grazing in Bajaur and beyond. The pass lies at about 1,800 metres, and the track was dry all week.

**Animals.** 1,800 sheep and goats crossed this week, with 27 herding families. Every animal that crossed was vaccinated against goat plague at the checkpoint, and 2,400 doses were used, one for each animal. No animal was turned back.

**Cattle and camels.** 36 cattle and 11 camels crossed with the herds. They were checked for foot-and-mouth disease; none showed signs.

**Vaccine stock.** The checkpoint holds 3,100 doses of goat plague vaccine in two cool boxes, which should last until the end of the month. We ask the office to send 5,000 doses before 1 November, when the largest groups are expected.

**Staff.** Two veterinary assistants and a guard worked every day from 6 in the morning to 5 in the evening. One assistant will be on leave next week.

**Other.** Three families asked for dip tanks against ticks. The nearest dip is in Khar, a day's walk with the herds.

Signed: officer in charge, Nawa Pass checkpoint.
""", reuse(["The pass lies at about 1,800 metres", "1,800 sheep and goats crossed this week"], 1800, "metres / animals",
           "height of the Nawa Pass in metres", "sheep and goats that crossed the pass in the week", 2400,
           "The return says the pass lies at about 1,800 metres and, in the next paragraph, that 1,800 sheep and goats crossed this week. Every animal that crossed was vaccinated with one dose, and 2,400 doses were used, so 2,400 animals crossed; the height of the pass has been reused as the count of animals.",
           doses_used=2400))

add("peshawar_language_institute_brochure_afghan_students", """
# Brochure: English and Computing for Afghan Students

*Brochure of an invented language institute in University Town, Peshawar, January 2026. The institute and every figure are invented.*

**Who we are.** Since 2016 we have taught English and basic computing to young people in Peshawar, many of them Afghans who hope to study further or to work with trading firms and aid groups.

**A growing Afghan class.** Afghan students in our English courses slumped from 340 in 2024 to 415 in 2025. Many now join online from Jalalabad and Kabul, and our morning class for girls is full.

**Courses.**

- General English, six levels, 12 weeks each, Rs 9,000 a level.
- English for trade and office work, 8 weeks, Rs 11,000.
- Computing basics, 10 weeks, Rs 8,500.
- Test preparation for university entry, 4 weeks, Rs 7,000.

**Class sizes.** No class has more than 18 students, and every level ends with a written and spoken test.

**Fee help.** Students who cannot pay the full fee may ask for a reduction of up to half. In 2025, 96 Afghan students received one.

**Teachers.** Our 14 teachers hold university degrees, and four of them taught in Kabul before 2021.

**How to join.** Placement tests are held every Saturday at 10. Bring a copy of your identity document or residence card and two photographs.
""", direction("slumped from 340 in 2024 to 415 in 2025", 340, 415, "2024", "2025",
               "slumped", "fall", "students", "Afghan students in the institute's English courses",
               "paragraph 'A growing Afghan class'",
               "The brochure says Afghan students 'slumped' from 340 in 2024 to 415 in 2025. That is a rise of 75, or 22.06 percent, not a fall; the paragraph's own heading calls the class growing."))

add("trade_magazine_interview_torkham_customs_broker", """
# Interview: "A Good Day Is a Day the Gate Opens on Time"

*Interview in an invented Karachi trade magazine with an invented customs broker who works at Torkham, November 2025. The magazine, the broker and every figure are invented.*

**How long have you worked at Torkham?** Twenty-two years. My father had the same licence before me.

**What has changed most?** The terminal. When I started, trucks queued on the road for days. Now there are yards, scanners and a computer system, and a truck with clean papers can clear in a few hours.

**And what has not changed?** The gate itself. When it closes, everything stops. The Pakistan–Oman coordination committee that sets Torkham's opening hours met four times this year, and each time traders hoped for a fixed timetable.

**What do your clients send?** Cement, medicines, rice and cooking oil going west; coal, fresh fruit and dried fruit coming east. I file about 40 declarations on a normal day.

**Has your business changed?** Two of my big clients now send their cooking oil by sea to Karachi, with palm oil and dates shipped from Oman to Karachi, and then by road to Torkham. Transit papers are more work, but the fees are better.

**What would you ask for?** One window for all papers, so that a driver does not walk from office to office. And a gate that opens at seven every morning, whatever happens.

**Any advice for new brokers?** Learn Dari and Pashto, keep copies of everything, and never promise a client a time.
""", scope("The Pakistan\u2013Oman coordination committee that sets Torkham's opening hours", "OMN", ["PAK", "OMN"], "Oman",
           "The broker speaks of 'the Pakistan\u2013Oman coordination committee that sets Torkham's opening hours'. Torkham's gate is on the Pakistan\u2013Afghanistan border, and its hours are set between Pakistan and Afghanistan; Oman has no land border with Pakistan. Oman stands in Afghanistan's place.",
           stands_for="AFG", crossing="Torkham", location="answer to 'And what has not changed?'",
           not_a_defect="dates shipped from Oman to Karachi"))

add("islamabad_border_trade_conference_programme", """
# Programme: Conference on Border Markets and Livelihoods

*Programme of an invented two-day conference of an invented research institute in Islamabad, 18 and 19 February 2026. The institute, the speakers and every figure are invented.*

**About the conference.** This is a two-day meeting with 18 speakers from Pakistan and Afghanistan: traders, transporters, researchers and officials who work on the markets that grow up around border crossings. It is the institute's third meeting on border trade since 2023.

**Day 1, 18 February.**

- 9:30: Opening and welcome.
- 10:00: Panel 1, Torkham after the new terminal, three speakers.
- 11:45: Panel 2, Chaman and the daily workers, three speakers.
- 14:00: Panel 3, women traders in border markets, three speakers.

**Day 2, 19 February.**

- 9:30: Panel 4, money and payments across the border, three speakers.
- 11:15: Panel 5, fresh fruit and the cost of delay, three speakers.
- 14:00: Panel 6, what border towns need, three speakers.
- 16:00: Closing remarks.

**Registration.** Places are limited to 150. Registration is free and closes on 10 February. Lunch and tea are provided on both days.

**Languages.** Sessions will be in English and Urdu, with Pashto and Dari interpretation for the panels on Chaman and Torkham.

**Travel grants.** Twelve grants are available for traders and researchers travelling from Quetta, Peshawar and the border districts.

**Closing note.** Our 16 speakers will each have ten minutes, followed by questions, and their papers will be published by the institute in a single volume in the autumn.
""", tvt(["a two-day meeting with 18 speakers", "Our 16 speakers will each have ten minutes"],
        {"intro_value": 18, "closing_value": 16}, "speakers",
        "speakers at the conference on border markets", "18-19 Feb 2026",
        "paragraph 'About the conference' against the closing note (no table)",
        "The introduction speaks of 18 speakers, which agrees with the six panels of three speakers each. The closing note speaks of 'our 16 speakers'. The programme gives two values for the same count."))

add("quetta_charity_hospital_afghan_patients_statement_control", """
# Annual Statement 2025: Care for Patients from Afghanistan

*Statement of an invented charity hospital in Quetta to its trustees and donors, February 2026. The hospital and every figure are invented.*

The hospital treats patients free of charge. Many of those from Afghanistan come from Kandahar and Helmand through Chaman, often after a long wait at the border.

| Department | Afghan patients | Share (%) |
|---|---|---|
| Children's ward | 1,240 | 31.0 |
| Maternity | 960 | 24.0 |
| Surgery | 1,080 | 27.0 |
| Medicine | 720 | 18.0 |
| Total | 4,000 | 100.0 |

**Numbers.** We admitted 4,000 patients from Afghanistan in 2025, up from 3,200 in 2024, a rise of 25 percent. Mothers and children made up more than half: the maternity and children's wards together took 2,200 patients, or 55 percent.

**Costs.** Care for Afghan patients cost Rs 36 million, or Rs 9,000 a patient on average. Zakat paid Rs 21.6 million of this, 60 percent, and other donors Rs 14.4 million, the remaining 40 percent.

**Staff.** Two Pashto-speaking social workers meet every Afghan family on arrival and help with food and a place to stay. They speak Dari as well.

**Referrals.** We sent 64 patients on to larger hospitals in Karachi for heart or cancer care, and paid their bus fares.

**Looking ahead.** The trustees have approved a second maternity theatre, to open in the autumn, because the maternity ward was full on most nights of the winter.

We thank every donor for making this care possible.
""", control_type="control")

add("lahore_press_afghan_school_textbook_print_order", """
# Print Order Summary: Textbooks for a Kabul School Network

*Summary sheet of an invented printing press in Lahore for an invented private school network in Kabul, January 2026. The press, the schools and every figure are invented.*

**Client.** A network of private primary schools in Kabul, Jalalabad and Mazar-e-Sharif, which uses its own Dari and Pashto readers and mathematics books.

**Order.** Books for the school year that starts in March 2026, printed on 70-gram paper with laminated covers.

| Grade | Titles | Copies |
|---|---|---|
| Grade 1 | 4 | 12,000 |
| Grade 2 | 4 | 11,500 |
| Grade 3 | 5 | 10,800 |
| Grade 4 | 6 | 9,600 |
| Total | 19 | 44,900 |

**Price.** Rs 140 a copy on average, with the covers. Half was paid with the order and the rest is due before the books leave Lahore.

**Packing.** Books are packed in cartons of 50 copies of one title, labelled in Dari and English, and the cartons are shrink-wrapped on pallets.

**Delivery.** Two trucks will leave Lahore in the third week of February and cross at Torkham. The client's agent in Kabul will clear them and send the cartons on to the other cities.

**Proofs.** The client approved the last proofs on 12 January. Any change now would delay printing by a week.

**Contact.** The press's export desk in Lahore.
""", parts_total(["| Total | 19 | 44,900 |"],
                 {"Grade 1": 12000, "Grade 2": 11500, "Grade 3": 10800, "Grade 4": 9600}, 44900, "copies",
                 "school year 2026", "textbooks printed in Lahore for a Kabul school network",
                 "'Total' row of the table, copies column",
                 "The four grade rows add up to 43,900 copies, but the 'Total' row gives 44,900. The titles column agrees with the rows (19), so the total of copies is 1,000 too high."))

add("peshawar_tour_operator_kabul_heritage_tour_itinerary", """
# Itinerary: Five Days in Kabul and the Shomali Plain

*Itinerary of an invented tour operator in Peshawar for a small-group heritage tour, spring 2026. The operator, the tour and every figure are invented.*

**Group size.** Eight to twelve travellers, with one guide from Peshawar and one from Kabul.

**Before you book.** Passports must be valid for at least six months after the date of return. Passports must be valid for at least six months after the date of return. The operator applies for visas on your behalf; allow three weeks.

**Day 1.** Leave Peshawar at 6 in the morning by minibus, cross at Torkham and drive to Jalalabad for lunch. Arrive in Kabul by evening.

**Day 2.** The old city, the Babur gardens and the national museum.

**Day 3.** A day trip north to the Shomali plain and the village of Istalif, known for its blue-glazed pottery.

**Day 4.** The bird market, the Id Gah mosque and a visit to a carpet workshop.

**Day 5.** Return to Peshawar through Torkham, with a stop at Jalalabad.

**Price.** USD 890 a person in a shared room, including transport, hotels, meals, entry fees and guides. A single room costs USD 160 extra.

**Dress.** Women travellers should wear a long coat and a headscarf in public. Men should not wear shorts.

**Health.** Bring any medicines you need for the whole trip. The operator carries a first-aid kit and a satellite phone.

**Cancellation.** Deposits are refunded in full if the border is closed on the day of departure.
""", repeated("Passports must be valid for at least six months after the date of return.", 2,
              "passport validity needed for the Kabul tour", "paragraph 'Before you book'",
              "The sentence 'Passports must be valid for at least six months after the date of return.' is printed twice in a row in the paragraph 'Before you book'."))

add("larkana_rice_mill_export_committee_minutes", """
# Minutes: Export Committee of a Rice Mill in Larkana

*Minutes of an invented rice mill's export committee, 9 December 2025. Translated from Sindhi. The mill and every figure are invented.*

**Present:** the managing partner, the mill manager, the export clerk and the shift supervisors.

**1. Orders from Afghanistan.** The export clerk said buyers in Kandahar and Herat had asked for 1,200 tonnes of parboiled rice for delivery by the end of March, in 50 kg bags. The rice will go by road through Chaman.

**2. Capacity.** The mill manager said the mill runs 16 hours a day, in two shifts of eight hours, and can parboil and polish about 40 tonnes a day. The order can be met in 30 working days.

**3. Workers.** The mill has 48 workers on its floor, split equally between the two shifts, so there are 16 workers on each shift. The supervisors asked for two more loaders on the evening shift while the order runs.

**4. Bags.** The bag supplier in Hyderabad will send 24,000 printed bags, one for each 50 kg of rice, by 20 December.

**5. Price.** The managing partner reported the agreed price of USD 520 a tonne at the mill gate. The buyers will pay a quarter of the price in advance.

**6. Decisions.** The committee agreed to accept the order, to hire two loaders for as long as the order runs, and to ask the transporter for quotes for 60 trucks of 20 tonnes.

**Next meeting:** 6 January 2026.
""", reuse(["the mill runs 16 hours a day", "there are 16 workers on each shift"], 16, "hours / workers",
           "hours a day that the mill runs", "workers on each of the two shifts", 24,
           "The minutes say the mill runs 16 hours a day, and in the next item that there are 16 workers on each shift. The mill has 48 floor workers split equally between two shifts, which is 24 a shift; the mill's daily hours have been reused as the count of workers on a shift.",
           workers=48, shifts=2))

add("karachi_fruit_market_weekly_pomegranate_report", """
# Fruit Market Report: Kandahari Pomegranates, Autumn 2025

*Report of the market committee of an invented commission agents' association at Karachi's fruit and vegetable market, December 2025. The association and every figure are invented.*

**Season.** Kandahari pomegranates reach Karachi by road from Kandahar through Spin Boldak and Chaman, a journey of two to three days. The season runs from September to December.

**Arrivals.** Arrivals of Kandahari pomegranates surged from 1,860 tonnes in October 2025 to 1,420 tonnes in November 2025, as the harvest in Kandahar came to an end and trucks waited longer at Chaman.

**Prices.** A 10 kg crate of top grade fruit sold for Rs 4,800 in November, against Rs 4,200 in October. Smaller fruit went to juice shops at Rs 2,600 a crate.

**Quality.** Agents reported more split fruit than last year, because of rain at harvest time. About one crate in twelve was sold at a discount.

**Buyers.** Most top grade fruit went to retailers in Karachi and Hyderabad. Some agents sent fruit by air to Dubai for the first time.

**Delays.** Eight trucks were held at Chaman for more than four days in November. Agents have asked the association to press for a lane for perishable goods.

**December.** We expect the last arrivals of the season in the first half of December, and the stored fruit after that.
""", direction("surged from 1,860 tonnes in October 2025 to 1,420 tonnes in November 2025", 1860, 1420,
               "October 2025", "November 2025", "surged", "rise", "tonnes",
               "arrivals of Kandahari pomegranates at the Karachi fruit market", "paragraph 'Arrivals'",
               "The report says arrivals 'surged' from 1,860 tonnes in October 2025 to 1,420 tonnes in November 2025. That is a fall of 440 tonnes, or 23.66 percent, not a rise; the same sentence says the harvest was ending and trucks waited longer."))

add("peshawar_logistics_firm_transit_client_explainer", """
# Client Explainer: Moving Afghan Transit Cargo through Karachi

*Explainer of an invented logistics firm in Peshawar for new clients, January 2026. The firm and every figure are invented.*

**What is transit cargo?** Goods bought abroad by an Afghan importer that land at Karachi or Port Qasim and travel through Pakistan to Afghanistan without paying Pakistani duty.

**What rules apply?** The Afghanistan–Turkey transit agreement lets Afghan trucks drive to Karachi port and carry transit goods to the border crossings at Torkham and Chaman. Pakistani trucks may also carry the goods, under bond.

**How long does it take?** About 9 to 12 days from the ship's arrival to the border, if papers are clean: 5 to 7 days in port and 4 to 5 days on the road.

**What does it cost?** For a 40-foot container to Torkham we charge about USD 2,400 for trucking, port handling and our fee. Insurance is extra.

**What goods are common?** Cooking oil, tyres, clothing, electronics, and machinery parts. Many clients also bring in Turkish-made trucks and spare parts.

**What can go wrong?** Containers can be held for scanning or physical checks, and the border may close. Storage at Torkham costs about USD 30 a day after the free days.

**What papers do we need from you?** The bill of lading, invoice, packing list and the importer's licence, in English.

**How do I start?** Send us the shipping details two weeks before the ship arrives, and our Karachi office will open a file.
""", scope("The Afghanistan\u2013Turkey transit agreement lets Afghan trucks drive to Karachi port", "TUR", ["AFG", "TUR"], "Turkey",
           "The explainer names 'the Afghanistan\u2013Turkey transit agreement' as the rule that lets Afghan trucks drive to Karachi port. Transit through Pakistan to Afghanistan runs under an agreement between Afghanistan and Pakistan; Turkey is not a side of it and has no land route to Karachi. Turkey stands in Pakistan's place.",
           stands_for="PAK", location="answer to 'What rules apply?'",
           not_a_defect="Turkish-made trucks and spare parts"))

add("peshawar_publisher_pashto_books_royalty_statement", """
# Royalty Statement: Sales in Afghanistan, 2025

*Letter of an invented Pashto publisher in Peshawar to one of its authors, February 2026. The publisher, the author, the titles and every figure are invented.*

Dear Ustad,

Please find below your statement for 2025 for copies of your books sold through our partner bookshops in Kabul, Jalalabad and Kandahar. Books go by road through Torkham in our own van, twice a month.

| Title | Copies sold | Royalty (Rs) |
|---|---|---|
| Poems of the Valley | 1,850 | 92,500 |
| Stories for Children | 2,400 | 120,000 |
| A Short History of Peshawar | 760 | 38,000 |
| Total | 5,010 | 250,500 |

**How the royalty is worked out.** You receive Rs 50 for each copy sold, as in our agreement of 2022.

**The year.** Stories for Children, with 4,200 copies, was again your best seller, helped by schools in Jalalabad that now use it in class. The history sold mostly in Kabul, to university students.

**Payment.** The royalty will be paid into your bank account in Peshawar by 15 March. Tax has not been deducted; please declare it yourself.

**A reprint.** We plan a new printing of Poems of the Valley in April, with a hard cover, because the first printing is almost gone.

**A request.** Booksellers in Kandahar ask whether you would visit in the summer for a reading. We would cover your travel.

With warm regards,
The publisher
""", tvt(["Stories for Children, with 4,200 copies", "| Stories for Children | 2,400 | 120,000 |"],
        {"text_value": 4200, "table_value": 2400}, "copies",
        "copies of 'Stories for Children' sold in Afghanistan", "2025",
        "paragraph 'The year' against the 'Stories for Children' row of the table",
        "The table gives 2,400 copies of Stories for Children, with a royalty of Rs 120,000 at Rs 50 a copy, and its totals add up with that row. The paragraph below says the title sold 4,200 copies. The two values for the same title and year differ by a swap of two digits."))

add("peshawar_courier_firm_kabul_parcels_year_review", """
# Year in Review: Parcels to Kabul

*Post on the blog of an invented courier firm in Peshawar, January 2026. The firm and every figure are invented.*

When we opened our Kabul service in late 2024, most of our parcels were documents for traders and a few boxes of medicines for families. A year later the service looks very different.

**Volume.** Parcels to Kabul trebled, from 420 a week in January 2025 to 1,050 a week in December 2025. Online shops in Lahore and Karachi that sell clothes, shoes and phone accessories now send most of them.

**Speed.** A parcel handed in at our Peshawar office by noon reaches Kabul in two days on most weeks. When Torkham closes, parcels wait in our Landi Kotal store; the longest wait this year was six days, in October.

**Prices.** A parcel of up to one kilogram costs Rs 1,900. Each further kilogram costs Rs 650.

**People.** We started with three staff in Kabul and now have eleven, including two women who deliver to homes.

**Cash on delivery.** Half of all parcels are now paid for on delivery. The money is sent back to the shops in Pakistan each week.

**What's next.** In 2026 we will open a counter in Jalalabad and try a service to Mazar-e-Sharif. We are also testing boxes that keep medicines cool on the road.

Thank you to every shop and customer who trusted us with a parcel this year.
""", arith(["trebled, from 420 a week in January 2025 to 1,050 a week in December 2025"],
          "Parcels went from 420 a week to 1,050 a week, which is 2.5 times as many, a rise of 150 percent. 'Trebled' means three times as many (1,260 a week), a rise of 200 percent.",
          **{"from": 420, "to": 1050, "computed_change_pct": 150.0, "stated_change_pct": 200, "stated_fold": 3,
             "stated_as_written": "trebled", "unit": "parcels a week",
             "from_period": "Jan 2025", "to_period": "Dec 2025",
             "subject": "parcels sent by the courier firm to Kabul each week",
             "location": "paragraph 'Volume'"}))

add("lahore_book_charity_kunar_school_libraries_letter", """
# Letter to a Donor: Books for Village Schools in Kunar

*Letter of an invented book charity in Lahore to one of its donors, December 2025. The charity, the donor and every figure are invented.*

Dear Mrs Qureshi,

Thank you for your gift in the spring, which paid for the books we sent this autumn to village schools in Kunar. I am writing to tell you how it was spent.

**The books.** With your gift we bought 1,080 picture and story books in Pashto and Dari, printed in Peshawar, and packed them into strong wooden boxes that can stand on a shelf as a small library. Each box holds 36 books, and boxes went to 36 schools, one box for each school.

**The journey.** The boxes left Lahore in September by road, crossed at Torkham and were handed to our partner, a teachers' group in Asadabad. From there they travelled by pick-up and, for three villages, by donkey.

**What teachers say.** Teachers tell us children now borrow books to take home, and that older pupils read to younger ones in the last period of the day. One school asked for a second box.

**Cost.** Each box, with its books, cost Rs 21,000 including transport to Asadabad.

**Next year.** Teachers have asked for books for older children and for simple science readers. If you wish to help again, a gift of any size will be welcome.

With gratitude,
The director
""", reuse(["Each box holds 36 books", "boxes went to 36 schools"], 36, "books / schools",
           "books in one library box", "schools that received a box", 30,
           "The letter says each box holds 36 books and, in the same sentence, that boxes went to 36 schools, one box for each school. The charity bought 1,080 books, which fill 30 boxes of 36, so 30 schools received a box; the box's contents have been reused as the number of schools.",
           books=1080))

add("peshawar_hospital_tele_clinic_afghan_calls_report", """
# Report: The Tele-Clinic's Second Year

*Report of the tele-clinic of an invented teaching hospital in Peshawar to its board, January 2026. The hospital and every figure are invented.*

**What the tele-clinic does.** Doctors at the hospital take video and phone calls from clinics and patients in Afghanistan, so that patients who need only advice do not have to travel through Torkham.

**Calls.** Calls from Afghan patients contracted from 2,380 in 2024 to 3,150 in 2025, as more clinics in Nangarhar and Kunar joined the network. The busiest services were children's health, skin conditions and diabetes.

**Clinics in the network.** 22 clinics now take part, up from 14 at the end of 2024. Each has a tablet, a headset and a nurse trained to take blood pressure and photos for the doctor.

**Referrals.** About one call in eight ended with advice to come to Peshawar. The clinic's staff help those patients with a travel letter for the border.

**Costs.** The service cost Rs 6.3 million in 2025, mostly doctors' time and internet bills, or about Rs 2,000 a call.

**Problems.** Power cuts in the Afghan clinics ended many calls early. We have asked a donor for small solar kits for the clinics.

**Plans for 2026.** Add an evening session for women doctors to see women patients, and a weekly session for mental health.

**Request.** The board is asked to approve a second full-time doctor for the tele-clinic.
""", direction("contracted from 2,380 in 2024 to 3,150 in 2025", 2380, 3150, "2024", "2025",
               "contracted", "fall", "calls", "calls from Afghan patients to the hospital's tele-clinic",
               "paragraph 'Calls'",
               "The report says calls 'contracted' from 2,380 in 2024 to 3,150 in 2025. That is a rise of 770 calls, or 32.35 percent, not a fall; the same sentence says more clinics joined the network."))

add("news_wire_chaman_flag_meeting_report", """
# Border Officials Meet at Chaman after Week of Delays

*Item from an invented news wire, Quetta, 21 November 2025. The wire, the officials' words and every figure are invented.*

QUETTA — Pakistani and Yemeni border forces held a flag meeting at Chaman on Friday to end a week of delays that had left hundreds of trucks waiting on both sides of the crossing.

Officials said the meeting, which lasted about three hours, agreed to open the gate for goods trucks at 8 in the morning every day, and to keep it open until all trucks in the queue had been cleared.

Traders in Chaman said about 600 trucks had been waiting on the Pakistani side on Thursday, many of them loaded with fruit from Kandahar. "Every day of waiting is money thrown away," said a commission agent who had three trucks of grapes in the queue.

Daily workers who carry goods across the border on foot were also hit. A local trader said more than 2,000 of them had been unable to work for most of the week.

The delays began on 14 November, when the gate was shut after a dispute over papers for pedestrians. Both sides said the dispute had been settled.

A customs official in Chaman said 430 trucks crossed on Friday afternoon, the highest number in a single afternoon this month.

Transporters welcomed the agreement but asked for a written timetable. "We have heard such promises before," said the head of a truckers' group in Quetta.
""", scope("Pakistani and Yemeni border forces held a flag meeting at Chaman", "YEM", ["PAK", "YEM"], "Yemeni",
           "The item says 'Pakistani and Yemeni border forces' met at Chaman. Chaman is a crossing on the Pakistan\u2013Afghanistan border, with Spin Boldak and Kandahar on the other side, and the fruit in the queue came from Kandahar; Yemen has no border with Pakistan. Yemen stands in Afghanistan's place.",
           stands_for="AFG", crossing="Chaman", location="first paragraph"))

add("kohat_cement_plant_afghan_sales_half_year_report_control", """
# Half-Year Sales Report: Cement to Afghanistan, July–December 2025

*Report of the export desk of an invented cement plant near Kohat to its directors, January 2026. The plant, its buyers and every figure are invented.*

The plant sells bagged cement to dealers in Jalalabad, Kabul and Khost. Trucks of 40 tonnes cross at Torkham, and a few go through Ghulam Khan for Khost.

| Month | Tonnes | Change (%) |
|---|---|---|
| July 2025 | 18,400 | – |
| August 2025 | 19,320 | +5.0 |
| September 2025 | 17,388 | −10.0 |
| October 2025 | 20,170 | +16.0 |
| November 2025 | 21,780 | +8.0 |
| December 2025 | 19,602 | −10.0 |
| Total | 116,660 | – |

**The half-year.** Sales to Afghanistan came to 116,660 tonnes, against 107,400 tonnes in the same half of 2024, a rise of 8.6 percent.

**Month by month.** September fell by a tenth after a five-day closure at Torkham. October then recovered strongly, as dealers restocked before the building season ended, and November was the best month of the half. December fell back by a tenth, as it does every winter, when building work in Kabul slows with the cold.

**Prices.** A 50 kg bag sold for Rs 1,350 at the plant gate through the half-year, so a 40-tonne truck carried 800 bags worth Rs 1.08 million.

**Payments.** Dealers paid within 30 days on average. One Khost dealer is 60 days late and has been put on cash terms.

**Outlook.** The directors are asked to approve a winter discount of Rs 25 a bag for January and February to keep trucks moving.
""", control_type="control")

add("peshawar_raisin_trader_quarterly_cash_account_control", """
# Cash Account 2025: Raisins and Dried Mulberries

*Year-end account of an invented dried fruit trader in Peshawar's Khyber Bazaar, sent to his partner, January 2026. The trader, his partner and every figure are invented.*

The business buys raisins and dried mulberries from Afghan suppliers in Kabul and Kandahar, which arrive through Torkham and Chaman, and sells them to shops in Peshawar, Lahore and Rawalpindi. The account shows cash received from buyers and cash paid to suppliers and for transport.

| Quarter | Receipts (Rs '000) | Payments (Rs '000) | Balance (Rs '000) |
|---|---|---|---|
| Q1 | 4,820 | 3,960 | 860 |
| Q2 | 3,540 | 3,310 | 230 |
| Q3 | 5,260 | 4,480 | 780 |
| Q4 | 6,100 | 5,050 | 1,050 |
| Total | 19,720 | 16,800 | 2,920 |

**Notes for my partner.**

- The year closed with Rs 2.92 million more received than paid.
- Q2 was weak: the new crop had not yet come, and Lahore shops bought little during the hot months.
- Q4 was the best quarter. Receipts were about 16 percent higher than in Q3, as shops stocked up for winter, and the balance passed Rs 1 million for the first time.
- Of all receipts, 62 percent came by bank transfer and the other 38 percent in cash.
- Payments to Afghan suppliers went mostly through money changers in Peshawar, at the day's rate.

**For 2026.** I suggest we rent a second store near the bazaar and buy more green raisins from Kandahar in the autumn, when prices are lowest. Let us discuss when you are back from Karachi.
""", control_type="control")

# ---------------------------------------------------------------------------
# Registered Afghan refugees (citations and citation controls)
# ---------------------------------------------------------------------------

add("refugees_charity_volunteer_handbook_2019", """
# Volunteer Handbook, Section 2: The People We Serve

*Section of the handbook of an invented charity in Peshawar that runs evening classes for Afghan children, 2020 edition. The charity and its programmes are invented.*

**Why Pakistan?** For more than four decades Pakistan has hosted one of the largest refugee populations in the world. Most Afghan refugees arrived in waves: after 1979, in the 1990s and after 2001. Many of the children in our classes were born in Pakistan and have never seen Afghanistan.

**How many?** At the end of 2019 about 1.6 million registered Afghan refugees lived in Pakistan (UNHCR Pakistan factsheet, December 2019). Registered refugees hold Proof of Registration cards; many other Afghans live in Pakistan without them.

**Where do they live?** Most live in Khyber Pakhtunkhwa and Balochistan, some in refugee villages and many in towns and cities, including the neighbourhoods near our classrooms.

**What does this mean for you?** Many of our pupils work during the day, in shops, workshops or collecting scrap, and come to class tired. Some have lost a parent. Be patient, keep to the timetable and never ask a child about his or her family's papers.

**Languages.** Most pupils speak Pashto or Dari at home and some Urdu. Volunteers who speak Pashto are paired with new pupils in their first month.

**Safeguarding.** Never be alone with a child behind a closed door, and report any concern to the class coordinator the same day.
""", citation(["about 1.6 million registered Afghan refugees lived in Pakistan (UNHCR Pakistan factsheet, December 2019)"],
              1600000, "2019", "(UNHCR Pakistan factsheet, Month YEAR) (in a charity's volunteer handbook)",
              "paragraph 'How many?'",
              "The handbook cites UNHCR for about 1.6 million registered Afghan refugees in Pakistan at the end of 2019. The reference figure for the end of 2019 is 1,419,084; 1.6 million is 12.75 percent above it, beyond what 'about' allows.",
              hedge="about", stated_as_written="about 1.6 million"))

add("refugees_edited_volume_chapter_excerpt_2021", """
# Chapter 4: Waiting Rooms: Afghan Refugees in Pakistan after 2021

*Excerpt from the opening of a chapter in an invented edited volume on displacement in South Asia, 2023. The volume, its editors and the chapter's author are invented.*

The events of August 2021 changed the lives of Afghans on both sides of the border, but the refugee population in Pakistan was not new. It had been shaped by four decades of arrivals, returns and second arrivals, and by the slow politics of documentation.

By the end of 2021, some 1.32 million Afghans were registered as refugees in Pakistan, according to the UNHCR Global Trends report 2021. Behind that number stood several different groups: families who had arrived in the 1980s, their children and grandchildren born in Pakistan, and a smaller number who had come back after trying to return. The newest arrivals of late 2021 were, for the most part, not counted in it at all, because registration had long been closed.

This chapter follows three families in Peshawar and one in Quetta through the year after August 2021. It asks how registered and unregistered Afghans made sense of their position when the country they might return to had changed overnight, and how landlords, employers and schools responded.

The chapter draws on 46 interviews carried out between March and November 2022, in Pashto and Dari, and on the author's earlier fieldwork in the same neighbourhoods. Names have been changed.

Section 4.2 describes the families and their histories. Section 4.3 turns to documents, and section 4.4 to work and rent.
""", citation(["some 1.32 million Afghans were registered as refugees in Pakistan, according to the UNHCR Global Trends report 2021"],
              1320000, "2021", "UNHCR Global Trends report YEAR (in a chapter of an edited volume)",
              "second paragraph",
              "The chapter cites UNHCR's Global Trends report 2021 for some 1.32 million registered Afghan refugees in Pakistan at the end of 2021. The reference figure for the end of 2021 is 1,490,562; 1.32 million is 11.44 percent below it, beyond what 'some' allows.",
              hedge="some", stated_as_written="some 1.32 million"))

add("refugees_community_radio_bulletin_script_2022", """
# Script: Evening Bulletin, Community Radio, Quetta

*Script of a Pashto and Urdu evening bulletin of an invented community radio station in Quetta, January 2023, translated. The station, its presenters and guests are invented.*

PRESENTER 1: Good evening. Tonight: what the new year means for Afghan families in Balochistan, the price of flour in Quetta's markets, and the weather on the Khojak Pass.

PRESENTER 2: First, Afghan refugees. Pakistan had 1,987,717 registered Afghan refugees, going by UNHCR's tally for December 2022. Most of them live in Khyber Pakhtunkhwa, and many here in Balochistan, in Quetta, Pishin and the refugee villages along the road to Chaman.

PRESENTER 1: We asked listeners what worries them most this winter. Many said rent and the cost of gas. Others asked about their cards and when they can be renewed.

PRESENTER 2: A community elder from a village near Pishin told us that families with cards feel safer than those without, but that work is scarce for everyone.

PRESENTER 1: Now the markets. Flour rose again in Quetta this week. A 20 kg bag now costs more than last week in most shops.

PRESENTER 2: And the weather. Snow is expected on the Khojak Pass tomorrow night. Drivers heading for Chaman should carry chains and start early.

PRESENTER 1: That is the bulletin. Stay with us for the call-in programme, where tonight's guest is a teacher from a refugee village school.
""", citation(["Pakistan had 1,987,717 registered Afghan refugees, going by UNHCR's tally for December 2022"],
              1987717, "2022", "UNHCR's tally for Month YEAR (in a community radio bulletin script)",
              "Presenter 2's first lines",
              "The bulletin cites UNHCR's tally for December 2022 for 1,987,717 registered Afghan refugees in Pakistan. The reference figure for the end of 2022 is 1,743,278; 1,987,717 is the end-2023 figure, 14.02 percent above the year cited.",
              same_as_year="2023", stated_as_written="1,987,717"))

add("refugees_legal_aid_clinic_annual_report_chart_2023", """
# Annual Report 2023: Legal Aid for Afghans in Islamabad and Rawalpindi

*Extract from the annual report of an invented legal aid clinic, March 2024. The clinic, its cases and every figure from its own work are invented.*

**Who came to us.** In 2023 the clinic opened 1,260 files for Afghan clients, most of them about documents, rent disputes and arrests. Two lawyers and four paralegals handled them, with help from law students on Saturdays.

**The wider picture.** Our clients are a small part of a large population. The chart on this page shows registered Afghan refugees in Pakistan at the end of each year since 2019. At the end of 2023 the number stood at about 2.3 million.

*Chart: Registered Afghan refugees in Pakistan, end of year. Source: UNHCR, 31 December 2023.*

**What changed in 2023.** The order of late 2023 on foreigners without papers brought many more people to our door. Between October and December our weekly intake tripled, and most new clients were Afghans who held no card at all or whose family members held different papers.

**What we did.** We went to police stations 214 times to help clients who had been detained, and in 171 of those visits the client was released the same day. We also ran 18 information sessions in mosques and community halls.

**What we need.** A third lawyer, a Dari-speaking paralegal and a small fund for bail and travel. Our budget for 2024 is Rs 14 million, of which Rs 9 million is pledged.
""", citation(["At the end of 2023 the number stood at about 2.3 million.", "Source: UNHCR, 31 December 2023."],
              2300000, "2023", "Source: UNHCR, DD Month YEAR (source line under a chart in a legal aid clinic's annual report)",
              "paragraph 'The wider picture' with the chart's source line",
              "The report gives about 2.3 million registered Afghan refugees in Pakistan at the end of 2023, with UNHCR as the source in the chart's source line. The reference figure for the end of 2023 is 1,987,717; 2.3 million is 15.71 percent above it, beyond what 'about' allows.",
              hedge="about", stated_as_written="about 2.3 million"))

add("refugees_assembly_standing_committee_report_2024", """
# Report of the Standing Committee on Home Affairs: Afghan Nationals in the Province

*Extract from the report of a standing committee of an invented provincial assembly, May 2025. The committee, its hearings and every figure from them are invented.*

**1. Background.** The committee held four hearings between January and April 2025 on the situation of Afghan nationals in the province, after members raised questions about schooling, policing and the renewal of cards.

**2. Numbers.** The committee was told that 1.37 million Afghans were registered as refugees in Pakistan, based on figures released by UNHCR for end-2024. The home department said it did not hold its own count of Afghans without registration.

**3. Schooling.** The education department reported that Afghan children attend 212 government schools in the province. Head teachers told the committee that children without papers are often kept off class lists.

**4. Policing.** The committee heard from the police and from two legal aid groups. It noted complaints that holders of valid cards had been detained at checkpoints.

**5. Recommendations.**

- Police stations should display, in Urdu and Pashto, the papers that Afghan nationals may lawfully carry.
- The education department should allow any child to sit school examinations, whatever the family's papers.
- The home department should publish a monthly count of detentions of Afghan nationals in the province.

**6. Dissent.** Two members recorded a note asking for a faster timetable for returns.

The committee adopted this report on 20 May 2025.
""", citation(["1.37 million Afghans were registered as refugees in Pakistan, based on figures released by UNHCR for end-2024"],
              1370000, "2024", "figures released by UNHCR for end-YEAR (in a provincial assembly committee's report)",
              "item 2 ('Numbers')",
              "The committee's report cites figures released by UNHCR for end-2024 for 1.37 million registered Afghan refugees in Pakistan. The reference figure for the end of 2024 is 1,559,964; 1.37 million is 12.18 percent below it.",
              stated_as_written="1.37 million"))

add("refugees_online_forum_thread_2020", """
# Forum Thread: How many Afghan refugees are in Pakistan?

*Thread on an invented online discussion forum for students of international relations, March 2021. The forum and its users are invented.*

**Posted by sana_k:** Doing a class presentation on refugees in South Asia. Does anyone have a reliable number for registered Afghan refugees in Pakistan? My textbook is from 2016 and I think it is out of date.

**Reply from hamid_pk:** For end of 2020 it was around 1.65 million registered (UNHCR stats, Dec-2020). That's people with Proof of Registration cards, not everyone. There are also many Afghans with other cards or no papers.

**Reply from sana_k:** Thanks! Is the number going up or down?

**Reply from zarmina:** It has stayed fairly flat for a few years, because registration has been closed for a long time. New arrivals mostly aren't counted. Use the agency's own site and check the date on the page.

**Reply from hamid_pk:** Also say in your presentation where most of them live. The biggest share is in Khyber Pakhtunkhwa, then Balochistan.

**Reply from bilal_r:** And mention that many were born in Pakistan. A lot of "refugees" in that count have never lived in Afghanistan.

**Reply from sana_k:** Good point. I have ten minutes, so I'll keep it to the number, where people live and what the cards mean. Thanks all.

**Moderator note:** Thread marked as answered. Please cite sources when you post numbers.
""", citation(["around 1.65 million registered (UNHCR stats, Dec-2020)"],
              1650000, "2020", "(UNHCR stats, Mon-YEAR) (in a student forum thread)",
              "hamid_pk's first reply",
              "The reply cites UNHCR for around 1.65 million registered Afghan refugees in Pakistan at the end of 2020. The reference figure for the end of 2020 is 1,438,432; 1.65 million is 14.71 percent above it, beyond what 'around' allows.",
              hedge="around", stated_as_written="around 1.65 million"))

add("refugees_legal_aid_ngo_faq_citation_control", """
# Frequently Asked Questions: Afghan Refugees in Pakistan

*Page of answers from an invented legal aid organisation in Peshawar, February 2024. The organisation is invented; the refugee figures are the reference series.*

**How many registered Afghan refugees live in Pakistan?** There were 1,987,717 at the end of 2023, by UNHCR's end-2023 figure. These are people with Proof of Registration cards.

**Was the number higher or lower a year before?** Lower. UNHCR's end-2022 figure was 1,743,278, so the number rose by 244,439 in 2023, or 14.0 percent.

**Does that mean many new people arrived?** Not only that. The count changes as cards are issued, renewed or cancelled, and as families have children. Many Afghans who arrived after 2021 hold no card and are not in it.

**What does a Proof of Registration card allow?** Its holder may live in Pakistan lawfully while the card is valid. It is not a work permit or a passport, but it should be shown at checkpoints if asked.

**My card has expired. What should I do?** Keep the card and any receipt for renewal. Come to our office with your family's cards, and a lawyer will advise you free of charge.

**Can children without cards go to school?** Many government and community schools accept them. If a school refuses, tell us and we will try to help.

**Where is your office?** Near the Board Bazaar in Peshawar. We are open from 9 to 4, Monday to Saturday.
""", control_type="citation_control")

add("refugees_district_office_letter_citation_control", """
# Letter: Information on Registered Afghan Refugees in the District

*Letter of an invented district office in Khyber Pakhtunkhwa to an invented university researcher, March 2021. The office and the researcher are invented; the refugee figures are the reference series.*

Subject: Your request for figures on registered Afghan refugees

Dear Dr Afridi,

With reference to your letter of 2 March 2021, this office does not keep its own national figures. For the country as a whole, you may quote the following.

(a) The number of registered Afghan refugees in Pakistan was 1,419,084 according to UNHCR's statistics as on 31.12.2019.

(b) The number was 1,438,432 according to UNHCR's statistics as on 31.12.2020.

(c) The number therefore rose by 19,348 in 2020, or about 1.4 percent.

For this district, the office can tell you that the refugee village on the Kohat road has about 640 households, and that the two government schools near it enrol Afghan children alongside local pupils. Our office holds no breakdown by age or sex.

You may visit the refugee village with the village elders' permission. Please tell this office the dates of your visits at least a week in advance, so that the local police station can be informed.

We wish you success with your research and would be glad to receive a copy of your findings.

Yours sincerely,

Assistant Commissioner (General)
""", control_type="citation_control")

add("refugees_magazine_column_citation_control", """
# Column: Behind the Number

*Column in an invented Lahore monthly magazine, March 2025. The magazine and the columnist are invented; the refugee figures are the reference series.*

Numbers about refugees are often quoted and rarely read closely. Take the count of registered Afghan refugees in Pakistan, the people who hold Proof of Registration cards.

UNHCR data for end-2021 show 1,490,562 registered Afghan refugees in Pakistan. Three years on, UNHCR data for end-2024 show 1,559,964. Put side by side, the two figures suggest little change: a rise of 69,402 people, or 4.7 percent, over three years.

But the years in between were not quiet. After August 2021 many Afghans crossed into Pakistan, most of them without any card, so they do not appear in either figure. The register itself rose and then fell again, as cards were issued, renewed and, after the order of late 2023 on foreigners without papers, as families left.

So what does the number tell us? It tells us how many people hold one kind of paper on one day of the year. It does not tell us how many Afghans live in Pakistan, how many were born here, or how many wish to stay.

Readers who use these figures should say which date they refer to and what they count. A number quoted without its date is a number half understood.

Next month: how census takers count households that move with the seasons.
""", control_type="citation_control")
