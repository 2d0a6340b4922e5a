# Sixty-ninth held-out set of synthetic documents ("heldout69").  Written from
# scratch after heldout68/, by a labeller session that had not opened dyad's
# implementation or history and had not seen any of its results.
# Every entry: name (topic slug, numbered later by build_heldout69.py), text,
# labels (list of defect dicts), control_type for controls.
# New registers: four small enterprises on the Pakistani side, three texts
# each: a poultry feed mill at Okara selling to a poultry cooperative in
# Charikar (Parwan) through Torkham; an aluminium cookware works at Gujranwala
# selling to a wholesaler in Gardez (Paktia) through Ghulam Khan; a slipper
# maker at Sheikhupura selling to a shop in Asadabad (Kunar) through Torkham
# and Jalalabad; and a farm implement maker at Sahiwal selling to a dealer in
# Qalat (Zabul) through Chaman; then thirty documents on the trade series,
# crossings, transit, food, health, telecoms and travel, and nine on the
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
#   Ravi Feeds (Pvt) Ltd, Okara (invented): broiler feed in 50 kg bags, truck
#     of 600 bags (30 t); to Parwan Poultry Cooperative, Charikar 2,400 /
#     2,700 / 3,000 t in 2023 / 2024 / 2025 (80 / 90 / 100 trucks); 2025 by
#     quarter 600 / 780 / 870 / 750 t; Rs 6,800 (2024) and Rs 7,200 (2025) a
#     bag ex-mill; Charikar price 2,150 (2024) and 2,050 (2025) afghanis a bag;
#     a broiler eats about 3.4 kg to 40 days.
#   Sheranwala Metal Works, Gujranwala (invented): aluminium pots in cartons of
#     12, truck of 1,000 cartons; to Paktia Bartan Ghar, Gardez 8,000 / 10,000
#     / 12,000 cartons (2023-2025); 2025 carton price Rs 18,000 (mixed sizes);
#     the 32 cm pot holds 14 litres and weighs about 1.8 kg.
#   Gulshan Footwear, Sheikhupura (invented): slippers in cartons of 60 pairs,
#     truck of 800 cartons (48,000 pairs); to Kunar Joota Markaz, Asadabad
#     5 trucks (2024) and 6 trucks (2025); Rs 210 a pair (2025).
#   Faridi Agro Implements, Sahiwal (invented): disc ploughs to Zabul Tractor
#     House, Qalat 120 / 150 / 135 (2023-2025); wheat threshers 40 / 36 / 44.
#   Macro documents: Torkham trucks a day in 2025 (outbound 720, inbound 430);
#     Peshawar-Jalalabad coach departures; flour exports 410,000 t (2024) and
#     520,000 t (2025); talc 500 t a month; dried mulberries 3,200 t (2024) and
#     2,750 t (2025); transit tea containers 4,100 (FY2023-24) and 3,600
#     (FY2024-25); Arandu crossings 18,400 (2024) and 21,900 (2025); Herat
#     saffron 500 kg by city; the ministries, hospitals, firms, associations
#     and people are invented and kept consistent within each document.

HELDOUT69 = []
from heldout_labels import (  # noqa: F401
    PAIR, REFS, adder, arith, change_pct, citation, direction, garbled, line_of, parts_total, pdf_lines, scope, tvt,
    repeated, reuse,
)

add = adder(HELDOUT69)

# ---------------------------------------------------------------------------
# Ravi Feeds (invented), broiler feed, Okara -> Charikar
# ---------------------------------------------------------------------------

add("okara_feed_export_ledger_summary", """
# Export Ledger Summary, Calendar 2025

*Summary sent by an invented feed mill at Okara to its bank's trade finance desk, January 2026. The mill, its buyer and every figure are invented.*

Ravi Feeds sells broiler starter and finisher feed, in 50 kg woven bags, to one Afghan customer: the Parwan Poultry Cooperative of Charikar, whose members keep about 140 broiler sheds north of Kabul. A truck carries 600 bags, or 30 tonnes, and crosses at Torkham.

| Quarter of 2025 | Tonnes shipped | Trucks |
|---|---|---|
| Jan-Mar | 600 | 20 |
| Apr-Jun | 780 | 26 |
| Jul-Sep | 870 | 29 |
| Oct-Dec | 750 | 25 |
| Total | 3,000 | 100 |

**Commentary.** The year's 3,000 tonnes compare with 2,700 tonnes in 2024. Shipments peaked in the third quarter, when the cooperative took in 810 tonnes to stock its sheds before the autumn cold; in the last quarter the Salang road was shut for four days by snow and two trucks waited at Torkham over a weekend.

**Payment.** Every truck was paid by advance transfer in rupees through the cooperative's bank in Kabul, at Rs 7,200 a bag in 2025 against Rs 6,800 in 2024. No amount is outstanding.

**Outlook.** The cooperative has asked for a standing order of nine trucks a month from March 2026. We shall ask the desk to raise the pre-shipment limit to match.

*Finance Manager, Ravi Feeds (Pvt) Ltd*
""", tvt(["when the cooperative took in 810 tonnes", "| Jul-Sep | 870 | 29 |"],
        {"text_value": 810, "table_value": 870}, "tonnes",
        "broiler feed shipped to the Parwan Poultry Cooperative, Charikar", "Q3 2025",
        "commentary under the table against the Jul-Sep row of the table",
        "The table gives 870 tonnes (29 trucks of 30 tonnes) shipped in July to September 2025, and its total of 3,000 tonnes adds up with that figure. The commentary says the cooperative took in 810 tonnes in the third quarter. The summary gives two values for the same quarter's shipments."))

add("charikar_poultry_cooperative_members_notice", """
# Notice to Members: Feed Prices and Orders

*Notice posted at the office of an invented poultry cooperative in Charikar, Parwan, and read out at the members' meeting, February 2026. Translated from Dari. The cooperative and every figure are invented.*

Dear members,

1. **Deliveries.** The cooperative received 100 trucks of broiler feed from Ravi Feeds of Okara in 2025, against 90 in 2024. Each truck brings 600 bags of 50 kg. Trucks now take four to five days from Okara to Charikar, through Torkham and Jalalabad.

2. **Price to members.** The price of a bag at our store went up from 2,150 afghanis in 2024 to 2,050 afghanis in 2025, mainly because the afghani held its value against the rupee while the mill's own price rose only a little. The board has decided to keep the 2,050 price until the end of March.

3. **Orders for spring.** Members who plan to place chicks in March or April must give their feed orders to the storekeeper by 20 February. Orders given later will be filled only if feed is left over.

4. **Payment.** Payment is in cash at the store or by deduction from the member's sale of birds to the cooperative's buyers in Kabul. No feed will be given on credit to a member with an unpaid balance from last year.

5. **Empty bags.** Please return empty bags clean and dry. The cooperative pays 10 afghanis for each returned bag.

*The Board of the Cooperative*
""", direction("went up from 2,150 afghanis in 2024 to 2,050 afghanis in 2025", 2150, 2050, "2024", "2025",
               "went up", "rise", "afghanis a 50 kg bag", "broiler feed price to members at the cooperative store, Charikar",
               "item 2 ('Price to members')",
               "The notice says the price of a bag 'went up' from 2,150 afghanis in 2024 to 2,050 in 2025, and explains it by the afghani holding its value. That is a fall of 100 afghanis, or 4.65 percent, not a rise."))

add("charikar_broiler_extension_advisory_control", """
# Extension Advisory: Feeding a Flock of 5,000 Broilers

*Advisory of an invented agricultural extension project working with poultry farmers in Parwan, December 2025. The project and every figure are invented.*

Most sheds in the Charikar area now hold between 3,000 and 6,000 birds and are stocked with imported feed from Pakistan, bought through the cooperative in 50 kg bags. This advisory works through the numbers for a typical shed of 5,000 birds.

**How much feed.** A broiler raised to 40 days eats about 3.4 kg of feed in all: starter for the first ten days and finisher after that. A flock of 5,000 therefore needs about 17,000 kg, or 340 bags.

**What it costs.** At the cooperative's current price of 2,050 afghanis a bag, 340 bags cost 697,000 afghanis. Feed is by far the largest cost of a flock; chicks, heating fuel, vaccines and litter come after it.

**Storing feed.**

- Keep bags on wooden pallets, at least a hand's width from the wall.
- Use the oldest bags first. Feed older than six weeks loses vitamins.
- Throw away any bag that smells musty or shows mould. Mouldy feed can kill birds.

**Water.** Birds drink about twice as much water as they eat feed. A flock of 5,000 at 40 days can drink more than a thousand litres a day in summer, so check the drinkers every morning and evening.

**Records.** Weigh a sample of 50 birds each week and write down the feed used. If weight gain falls behind, call the project's field officer.
""", control_type="control")

# ---------------------------------------------------------------------------
# Sheranwala Metal Works (invented), aluminium pots, Gujranwala -> Gardez
# ---------------------------------------------------------------------------

add("gujranwala_cookware_cargo_insurance_claim", """
# Claim under Marine Cargo Policy: Truck Overturned near Gardez

*Letter of an invented cookware exporter at Gujranwala to its insurer, Lahore, 9 October 2025. The firms, the policy and every figure are invented.*

Dear Sir,

We write to claim under our open cargo policy for the loss described below.

**The incident.** On 27 September 2025 our truck of 1,000 cartons of aluminium pots, consigned to Paktia Bartan Ghar of Gardez, overturned on the road from the Ghulam Khan crossing, about 30 kilometres short of Gardez, when its brakes failed on a descent. The driver was unhurt. The consignee's staff recovered the load the next day with a hired crane.

**The damage.** The surveyor appointed by your Kabul agent inspected the load at Gardez on 30 September. He found 140 cartons crushed beyond sale; the rest were sound and were delivered. Each carton holds 12 pots and was invoiced at Rs 18,000.

**Amount claimed.**

- Cartons lost, 140 at Rs 18,000: Rs 2,520,000
- Crane hire and recovery of the load: Rs 85,000
- Surveyor's fee, paid by us at your agent's request: Rs 40,000
- Repacking and carriage of the sound cartons to the consignee's store: Rs 60,000
- Total claimed: Rs 2,805,000

**Documents enclosed.** The commercial invoice, the goods declaration, the bill of lading issued at Gujranwala, the surveyor's report with photographs, the crane operator's receipt and the consignee's receipt for 860 cartons.

We ask for settlement within the thirty days the policy allows. Please contact the undersigned with any question.

Yours faithfully,

*Director, Sheranwala Metal Works*
""", parts_total(["Total claimed: Rs 2,805,000"],
                 {"cartons_lost": 2520000, "crane_and_recovery": 85000, "surveyor_fee": 40000,
                  "repacking_and_carriage": 60000},
                 2805000, "Rs", "27 Sep 2025", "cargo insurance claim for an overturned truck of aluminium pots bound for Gardez",
                 "list of amounts claimed",
                 "The letter's four items come to Rs 2,705,000 (2,520,000 + 85,000 + 40,000 + 60,000), but the total claimed is given as Rs 2,805,000, Rs 100,000 more than the items."))

add("gujranwala_cookware_trade_fair_brochure", """
# Sheranwala Metal Works: Hall B, Stand 9

*Brochure of an invented cookware maker at Gujranwala for a trade fair in Lahore, November 2025. The firm and every figure are invented.*

**Who we are.** A family firm making pressed and cast aluminium cookware since 1986, with about 150 workers in two sheds off the Grand Trunk Road. We sell across Punjab and, since 2021, to wholesalers in southeastern Afghanistan.

**Our best seller in Afghanistan.** The 32 cm degchi, the round pot used for rice and stews at weddings and in hotel kitchens, pressed from 2.2 mm sheet with riveted handles and a tight lid. It holds 14 litres, enough for a pot of pulao for twenty guests. Empty, it weighs 14 kg, so a cook can lift it from the fire without help.

**Where it goes.** Our Afghan buyer, Paktia Bartan Ghar of Gardez, took 12,000 cartons of pots in 2025, each of 12 pots in mixed sizes, against 10,000 cartons in 2024. Trucks cross at Ghulam Khan and reach Gardez through Khost in two days when the pass is open.

**What we offer visitors.**

- Prices for orders of a full truck of 1,000 cartons.
- Sizes from 20 cm to 40 cm; lids sold separately.
- Printing of the buyer's name on the carton at no charge.
- Samples posted within a week.

**Why aluminium.** It heats fast and evenly on gas and wood, does not rust and is cheap to replace. Pots are polished by hand and checked for leaks before packing.

*Visit us in Hall B, or write to the export desk.*
""", reuse(["It holds 14 litres", "Empty, it weighs 14 kg"], 14, "litres / kg",
          "capacity of the 32 cm degchi", "empty weight of the same pot", 1.8,
          "The brochure gives the 32 cm degchi a capacity of 14 litres and then says that, empty, it weighs 14 kg. A pot of that size pressed from 2.2 mm aluminium weighs under 2 kg (about 1.8 kg); 14 kg is the capacity figure used again for the weight.",
          sheet_mm=2.2, period="2025"))

add("gardez_wholesaler_order_confirmation_control", """
# Order Confirmation No. PBG-2026-03

*Confirmation from an invented cookware exporter at Gujranwala to its wholesaler in Gardez, Paktia, 12 January 2026. The firms and every figure are invented.*

Dear Haji Sahib,

Thank you for your order of 8 January. We confirm four full trucks of aluminium pots, to be loaded in February and March 2026 and sent through Ghulam Khan as before. Each carton holds 12 pots of one size.

| Pot size | Cartons | Price a carton (Rs) | Value (Rs) |
|---|---|---|---|
| 20 cm | 1,200 | 12,600 | 15,120,000 |
| 24 cm | 1,400 | 16,800 | 23,520,000 |
| 28 cm | 900 | 21,000 | 18,900,000 |
| 32 cm | 500 | 26,400 | 13,200,000 |
| Total | 4,000 | | 70,740,000 |

**Loading.** A truck carries 1,000 cartons, so the 4,000 cartons fill the four trucks exactly. We shall load two trucks in the second week of February and two in the first week of March, each with a mix of sizes so that your shop does not run short of any.

**Price.** The order comes to Rs 70.74 million, or about Rs 17,685 a carton on average. Prices are those of our list of 1 January 2026.

**Payment.** Half the value with the order, by transfer to our account in Gujranwala, and the rest in four equal parts, one before each truck leaves.

**Lids.** Lids are not included. If you want them, please tell us the number by size before 31 January.

Yours sincerely,

*Export Desk, Sheranwala Metal Works*
""", control_type="control")

# ---------------------------------------------------------------------------
# Gulshan Footwear (invented), slippers, Sheikhupura -> Asadabad
# ---------------------------------------------------------------------------

add("sheikhupura_slippers_piece_rate_notice", """
# Notice: Piece Rates for the Export Line

*Notice on the board of an invented footwear factory at Sheikhupura, in Urdu and English, 2 December 2025. The factory and every figure are invented.*

From Monday 8 December the export line, which makes rubber slippers for our buyer in Asadabad, Kunar, will run two shifts of eight hours instead of one shift of ten. The buyer has ordered six trucks for the coming year, each of 800 cartons of 60 pairs.

**New piece rates.**

- Cutting soles from sheet: Rs 2.50 a pair.
- Punching strap holes and fitting straps: Rs 4 a pair.
- Checking, pairing and packing into cartons of 60: Rs 90 a carton.

Piece rate for strapping is Rs 4 a pair. Piece rate for strapping is Rs 4 a pair.

**Minimum pay.** No worker on the export line will be paid less than the provincial minimum wage for the month, whatever the count of pieces. Where the count falls short because the machines stop, the shortfall will be made up.

**Shifts.** The morning shift runs from 7 am to 3 pm and the evening shift from 3 pm to 11 pm. Workers on the evening shift will be dropped home by the factory van as far as the Lahore road.

**Counting.** Each worker's pieces will be counted by the line supervisor at the end of the shift and written in the worker's card. Any dispute must be raised the same day.

*Works Manager, Gulshan Footwear*
""", repeated("Piece rate for strapping is Rs 4 a pair.", 2, "piece rate for fitting straps, export line",
              "paragraph after the list of new piece rates",
              "The sentence 'Piece rate for strapping is Rs 4 a pair.' appears twice in a row, word for word, after the list that already gives the strapping rate."))

add("sheikhupura_slippers_packing_list_control", """
# Packing List: Truck 3 of 6, Season 2025

*Packing list of an invented footwear maker at Sheikhupura for one truck to its buyer in Asadabad, Kunar, 14 July 2025. The firms and every figure are invented.*

**Consignee:** Kunar Joota Markaz, Asadabad, Kunar. **Route:** Sheikhupura, Peshawar, Torkham, Jalalabad, Asadabad.

**Goods:** men's and women's rubber slippers, in cartons of 60 pairs of one size.

| Size | Cartons | Pairs |
|---|---|---|
| 6-7 | 200 | 12,000 |
| 8 | 250 | 15,000 |
| 9 | 220 | 13,200 |
| 10 | 130 | 7,800 |
| Total | 800 | 48,000 |

**Weight.** A carton weighs about 16 kg, so the load is about 12.8 tonnes, well within the truck's limit.

**Value.** At Rs 210 a pair, the 48,000 pairs are invoiced at Rs 10.08 million. The buyer paid in advance.

**Notes for the clearing agent.**

1. The cartons are numbered 1 to 800, with the size written on two sides.
2. The goods declaration has been filed at Torkham under the buyer's name and tax number.
3. Samples of each size are packed in carton 1 for the customs examiner.

**Season so far.** This is the third of the six trucks the buyer ordered for 2025, against five trucks in all in 2024.

*Dispatch Clerk, Gulshan Footwear*
""", control_type="control")

add("sheikhupura_slippers_owner_podcast_show_notes", """
# Show Notes, Episode 41: "Six Trucks to Kunar"

*Notes of an invented business podcast from Lahore, January 2026. The podcast, its guest, his firm and every figure are invented.*

This week's guest runs an invented slipper factory in Sheikhupura that sells almost a quarter of its output to a single shop in Asadabad, the capital of Kunar province. We talk about how a small firm finds a buyer across the border and keeps him.

**In this episode:**

- (02:10) How it started: a buyer from Asadabad walked into the factory's stall at a Lahore market in 2019 and asked for a thousand pairs on credit.
- (09:45) Why rubber, not plastic: slippers for a wet valley have to grip on stone, and Kunar's customers will pay a little more for that.
- (16:30) The materials: the PVC compound for the straps comes from Iran through Taftan; the rubber sheet is made in Lahore.
- (24:00) The route: in 2025 the factory sent six trucks, each of 48,000 pairs, across the Pakistan–Iran border at Torkham and on through Jalalabad to Asadabad.
- (31:20) Money: the buyer pays in advance in rupees, through a money changer in Peshawar, and has never missed a truck.
- (38:05) What goes wrong: closures at Torkham, a broken bridge on the Kunar road in spring, and dealers in Jalalabad who copy the designs.
- (44:50) What next: a cheaper slipper for children, and perhaps a second buyer in Nangarhar.

**Listen** wherever you get your podcasts. Transcripts are available to subscribers.
""", scope("across the Pakistan–Iran border at Torkham", "IRN", ["PAK", "IRN"], "Iran",
           "The show notes say the factory's trucks crossed 'the Pakistan–Iran border at Torkham' on the way to Jalalabad and Asadabad. Torkham is on the Pakistan–Afghanistan border, facing Nangarhar, so Iran stands where Afghanistan belongs. Iran is named correctly elsewhere, as the source of the PVC compound that comes through Taftan.",
           stands_for="AFG", crossing="Torkham", not_a_defect="comes from Iran through Taftan",
           location="item at 24:00 ('The route')"))

# ---------------------------------------------------------------------------
# Faridi Agro Implements (invented), ploughs and threshers, Sahiwal -> Qalat
# ---------------------------------------------------------------------------

add("sahiwal_implements_qalat_dealer_catalogue", """
# Faridi Agro Implements: Catalogue for Zabul and Kandahar, 2026

*Introduction to a catalogue printed in Pashto and English by an invented implement maker at Sahiwal for its dealer in Qalat, Zabul, January 2026. The firms and every figure are invented.*

**To the farmers of Zabul.** For four seasons your local dealer, Zabul Tractor House of Qalat, has sold our disc ploughs and wheat threshers. This catalogue shows what we make, what it costs at the dealer's yard and how to look after it.

**What sold.** Our plough sales to Zabul slipped from 120 in 2023 to 150 in 2024, as more farmers hired tractors after the good rains, and they came to 135 in 2025, when the spring was dry. Thresher sales were 40, 36 and 44 in the same three years.

**Our products.**

- Three-disc plough for 50 to 65 horsepower tractors.
- Two-disc plough for small tractors on terraced fields.
- Wheat thresher driven from the tractor's power take-off, with a chopper for straw.
- Nine-tine cultivator.

**How it reaches you.** Implements are made at our works in Sahiwal, sent by road to Chaman, cleared into Spin Boldak and delivered to the dealer's yard in Qalat. Spare discs and bearings are kept in stock in Qalat.

**Service.** Our mechanic visits Qalat before sowing and before harvest each year. Ask the dealer for the dates.

**Warranty.** One year on frames and six months on bearings, if the implement is greased as the manual says.
""", direction("Our plough sales to Zabul slipped from 120 in 2023 to 150 in 2024", 120, 150, "2023", "2024",
               "slipped", "fall", "disc ploughs", "disc ploughs sold through Zabul Tractor House, Qalat",
               "second paragraph ('What sold')",
               "The catalogue says plough sales 'slipped' from 120 in 2023 to 150 in 2024, and gives more tractor hire as the reason. That is a rise of 30 ploughs, or 25 percent, not a fall."))

add("sahiwal_implements_quotation_validity", """
# Quotation No. FAI/Q/2026/07

*Quotation of an invented implement maker at Sahiwal to its dealer in Qalat, Zabul, 20 February 2026. The firms and every figure are invented.*

To: Zabul Tractor House, Qalat, Zabul

We are pleased to quote as follows for delivery at your yard in Qalat, through Chaman and Spin Boldak.

**Items.**

1. Three-disc plough, 26-inch discs: Rs 265,000 each.
2. Two-disc plough, 24-inch discs: Rs 198,000 each.
3. Wheat thresher with straw chopper: Rs 840,000 each.
4. Spare disc, 26-inch: Rs 9,500 each.

**Freight.** Included to Qalat. A truck takes twelve ploughs or three threshers.

**Validity.** Prices on this quotation are valid from 1 March 2026 to 31 January 2026, after which they will be revised in line with the price of steel.

**Payment.** Thirty percent with the order and the balance before loading, by bank transfer in rupees or through the dealer's agent in Quetta.

**Delivery.** Ploughs within three weeks of the order; threshers within six weeks, in time for the wheat harvest in Zabul.

**Warranty.** As in our catalogue: one year on frames and six months on bearings.

Please sign and return a copy of this quotation with your order.

*Sales Manager, Faridi Agro Implements*
""", garbled(["valid from 1 March 2026 to 31 January 2026"],
             "The quotation, dated 20 February 2026, says its prices are valid 'from 1 March 2026 to 31 January 2026'. The period ends before it begins.",
             stated_period_start="1 March 2026", stated_period_end="31 January 2026",
             subject="validity of the quoted prices", location="paragraph 'Validity'"))

add("sahiwal_implements_export_rebate_claim", """
# Claim for Export Rebate, Calendar Year 2025

*Covering note and schedule of an invented implement maker at Sahiwal to a regional tax office, March 2026. The firm, the scheme's details and every figure are invented.*

**Covering note.** We claim the rebate on agricultural implements exported in 2025, all to one buyer, Zabul Tractor House of Qalat, Afghanistan, through the Chaman crossing. The schedule lists the units exported and the goods declarations under which they left. Our records show the 145 disc ploughs shipped in 2025 were all of our own make and that none was returned.

| Item | Units exported, 2025 | Goods declarations |
|---|---|---|
| Disc ploughs | 135 | 12 |
| Wheat threshers | 44 | 15 |
| Cultivators | 60 | 5 |

**Basis of the claim.** Each goods declaration bears the customs officer's export endorsement at Chaman. The proceeds of every shipment were received in Pakistan before the goods left, by transfer to our account in Sahiwal.

**Documents attached.**

- Copies of the 32 goods declarations listed in the schedule.
- Bank certificates of proceeds realised.
- The buyer's receipts, stamped in Qalat.

**Declaration.** We declare that the information in this claim and its schedule is true and complete, and that no other rebate has been claimed on these goods.

*Proprietor, Faridi Agro Implements, Sahiwal*
""", tvt(["the 145 disc ploughs shipped in 2025", "| Disc ploughs | 135 | 12 |"],
        {"text_value": 145, "table_value": 135}, "disc ploughs",
        "disc ploughs exported to Zabul Tractor House, Qalat", "2025",
        "covering note against the 'Disc ploughs' row of the schedule",
        "The schedule gives 135 disc ploughs exported in 2025. The covering note above it speaks of 'the 145 disc ploughs shipped in 2025'. The claim gives two counts for the same goods and year."))

# ---------------------------------------------------------------------------
# Crossings, trade series, transit, food, health, telecoms and travel
# ---------------------------------------------------------------------------

add("torkham_scanner_tender_notice", """
# Invitation to Bid: Drive-Through Cargo Scanners, Torkham

*Tender notice of an invented border management authority, Peshawar, September 2025. The authority, the tender and every figure are invented.*

**1. Scope.** The authority invites sealed bids for the supply, installation and five-year maintenance of two drive-through X-ray scanners for trucks at the Torkham terminal, one in each direction, together with a control room and image links to the customs house.

**2. Traffic to be handled.** Bidders should size their systems on the terminal's traffic in 2025:

| Direction | Trucks a day, 2025 average | Busiest day, 2025 |
|---|---|---|
| Outbound to Afghanistan | 720 | 1,040 |
| Inbound to Pakistan | 430 | 610 |
| Total | 1,150 | 1,650 |

**3. Performance.** Each scanner must clear a truck in under a minute and work twenty hours a day. The outbound scanner in particular must keep pace with the 760 outbound trucks a day of 2025 with a margin for growth, since outbound queues now reach back to Landi Kotal on busy days.

**4. Eligibility.** Bidders must have installed at least three cargo scanners at land borders or seaports in the past seven years, and must hold a radiation safety licence from the national regulator or undertake to obtain one before installation.

**5. Bid security.** Two percent of the bid price, by bank guarantee valid for 150 days.

**6. Deadline.** Bids will be received until 11:00 on 30 October 2025 and opened in the presence of bidders the same day.

*Director Procurement*
""", tvt(["the 760 outbound trucks a day of 2025", "| Outbound to Afghanistan | 720 | 1,040 |"],
        {"text_value": 760, "table_value": 720}, "trucks a day",
        "average outbound trucks a day through the Torkham terminal", "2025",
        "section 3 ('Performance') against the outbound row of the table in section 2",
        "The table in section 2 gives an average of 720 outbound trucks a day in 2025, and its total row (1,150) agrees with that figure. Section 3 asks bidders to keep pace with 'the 760 outbound trucks a day of 2025'. The notice gives two values for the same average."))

add("peshawar_jalalabad_coach_timetable", """
# Peshawar to Jalalabad by Coach: Winter Timetable 2025-26

*Timetable card of an invented passengers' booking office at the Haji Camp terminal, Peshawar, November 2025. The office, the operators and every figure are invented.*

Three operators now run coaches from Peshawar to Jalalabad through Torkham. Passengers need a valid passport and Afghan visa, or the documents the border authorities accept on the day; the office cannot sell a ticket without seeing them.

| Operator | Departures a week | Fare (Rs) |
|---|---|---|
| Khyber Coaches | 14 | 3,500 |
| Spin Ghar Travels | 10 | 3,200 |
| Nangarhar Express | 7 | 3,000 |
| Total | 31 | |

**Times.** Khyber Coaches, which runs 12 departures a week, leaves at 6:30 am and 1:00 pm every day; the other two leave only in the morning. The journey takes five to seven hours, most of it spent at the crossing.

**Luggage.** Each passenger may take one bag of up to 25 kg free. Trade goods are not allowed on passenger coaches and will be put off at the border.

**Women and children.** The front two rows of each coach are kept for families.

**Refunds.** A ticket can be refunded in full up to 24 hours before departure, and at half its price after that. No refund is given once the coach has left.

**Closures.** If the crossing is shut, passengers may travel on the next coach that runs, at no extra charge, or take a full refund.

*Booking office open 5:30 am to 8 pm*
""", tvt(["Khyber Coaches, which runs 12 departures a week", "| Khyber Coaches | 14 | 3,500 |"],
        {"text_value": 12, "table_value": 14}, "departures a week",
        "Khyber Coaches departures from Peshawar to Jalalabad", "winter 2025-26",
        "paragraph 'Times' against the Khyber Coaches row of the table",
        "The table gives Khyber Coaches 14 departures a week, which the total of 31 includes, and the same paragraph's two daily departures make 14. The paragraph 'Times' says the operator 'runs 12 departures a week'. The card gives two values for the same service."))

add("customs_revenue_audit_observation", """
# Audit Observation No. 14: Revenue on Imports from Afghanistan

*Draft observation of an invented audit team on a customs collectorate in Khyber Pakhtunkhwa, for the financial year 2024-25, January 2026. The team and every figure are invented.*

**Background.** The collectorate assesses duty and taxes on goods imported from Afghanistan through Torkham and the smaller crossings in its area. The audit compared its revenue returns with the goods declarations in the customs computer system.

| Goods imported | Revenue collected, FY2024-25 (Rs million) |
|---|---|
| Coal | 6,420 |
| Fresh fruit and vegetables | 1,180 |
| Dried fruit and nuts | 2,350 |
| Other goods | 910 |
| Total | 10,860 |

**Observation.** The audit found that duty on dried fruit and nuts, Rs 2,530 million in the year, was in about one case in eight assessed on values below those in the collectorate's own valuation ruling. Most of these were consignments of dried apricots and almonds cleared in March and April 2025, when the ruling had been revised upward but the system had not been updated.

**Management's reply.** The collectorate said the system was updated on 2 May 2025 and that the consignments in question were assessed correctly under the values in force on the day they were filed.

**Audit comment.** The reply does not explain why the system was not updated for seven weeks after the revised ruling was issued.

**Recommendation.** The collectorate should recover any short-levied duty and fix responsibility for the delay in updating the system.
""", tvt(["duty on dried fruit and nuts, Rs 2,530 million in the year", "| Dried fruit and nuts | 2,350 |"],
        {"text_value": 2530, "table_value": 2350}, "Rs million",
        "revenue collected on imports of dried fruit and nuts from Afghanistan", "FY2024-25",
        "paragraph 'Observation' against the dried fruit row of the table",
        "The table gives Rs 2,350 million collected on dried fruit and nuts in 2024-25, and its total of Rs 10,860 million adds up with that figure. The observation gives the same revenue as Rs 2,530 million, with the middle digits swapped."))

add("peshawar_money_changer_weekly_rate_note", """
# Weekly Rate Note: Rupee and Afghani, Week to 16 January 2026

*Note of an invented money changers' association in Peshawar's Chowk Yadgar, sent to members by email. The association and every figure are invented.*

**Summary.** The afghani firmed again this week against the rupee and closed Thursday at Rs 4.06, its strongest close since October. Demand for afghanis came mainly from fruit importers paying for the last of the Kandahar pomegranates and from transporters settling fuel bills in Jalalabad.

**Why the afghani is firm.** Cash dollars keep arriving in Kabul by the weekly auctions, and the Afghan central bank has kept the supply of afghanis tight. On our side, demand for dollars from importers of cooking oil and tea has kept the rupee under mild pressure in the open market.

**Closing rates.** Rates in Chowk Yadgar on Thursday 15 January were as follows. The dollar sold at Rs 281.40 and bought at Rs 280.90. The afghani ended Thursday at Rs 4.16, with a spread of about three paisas between buying and selling. The Iranian toman, traded only in small amounts, was unchanged.

**Volumes.** Members reported a quiet week, with most trade in amounts below Rs 2 million. Two members noted larger orders from Jalalabad wholesalers paying for sugar.

**Reminder to members.** Every transaction above the reporting threshold must be recorded with the customer's identity document. The association will run a training session on the new reporting forms on 24 January.

*Secretary, for the Rates Committee*
""", tvt(["closed Thursday at Rs 4.06", "The afghani ended Thursday at Rs 4.16"],
        {"summary_value": 4.06, "section_value": 4.16}, "Rs per afghani",
        "closing rate of the afghani in Chowk Yadgar, Peshawar", "15 Jan 2026",
        "summary against the section 'Closing rates' (no table)",
        "The summary says the afghani closed Thursday at Rs 4.06; the section 'Closing rates' says it ended the same Thursday at Rs 4.16. The note gives two closing rates for the same day and market."))

add("customs_appeal_dried_apricots_judgment", """
# Customs Appeal No. 318 of 2025: Order

*Extract from an invented order of an invented customs appellate bench at Peshawar, 4 December 2025. The parties, the bench and every figure are invented.*

**1.** The appellant, an importer of Peshawar, brought in one truck of dried apricots from Afghanistan through Torkham in June 2025. The assessing officer rejected the declared value and assessed the goods at Rs 4,600,000 under the valuation ruling then in force. The appellant says the ruling was wrongly applied to apricots of the lower grade he imported.

**2.** We have examined the samples retained by the department and the laboratory report. The apricots were sun-dried, unsulphured and of mixed size, and fall within the lower grade of the ruling, whose value is well below the one applied.

**3.** For the record, the levies charged on the assessed value were as follows:

- customs duty at 20 percent: Rs 920,000;
- sales tax at 18 percent on the value plus duty: Rs 993,600;
- withholding income tax at 6 percent on the value plus duty and sales tax: Rs 390,816;
- total levies charged: Rs 2,404,416.

**4.** The department's representative did not dispute the laboratory report and could not say why the higher grade had been applied.

**5.** The appeal is accepted. The assessment is set aside and the goods shall be re-assessed under the lower grade of the ruling. The difference in levies shall be refunded to the appellant within sixty days of this order.

**6.** Announced in open court.

*Member (Judicial) and Member (Technical)*
""", parts_total(["total levies charged: Rs 2,404,416"],
                 {"customs_duty": 920000, "sales_tax": 993600, "withholding_income_tax": 390816},
                 2404416, "Rs", "Jun 2025", "levies charged on one truck of dried apricots imported through Torkham",
                 "paragraph 3, list of levies",
                 "The order lists customs duty of Rs 920,000, sales tax of Rs 993,600 and withholding tax of Rs 390,816, which come to Rs 2,304,416, and each is right for its rate on a value of Rs 4,600,000. The total is given as Rs 2,404,416, Rs 100,000 more than the items."))

add("flour_mills_association_press_statement", """
# Press Statement: Flour Exports to Afghanistan Reach a Record

*Statement of an invented association of flour mills in Khyber Pakhtunkhwa, Peshawar, 12 January 2026. The association and every figure are invented.*

PESHAWAR: The association's member mills exported 520,000 tonnes of wheat flour to Afghanistan in 2025, against 410,000 tonnes in 2024, a rise of 38 percent, the association's chairman told a news conference on Monday.

He said the rise followed the federal government's decision to let mills export flour made from imported or surplus wheat without a separate permit for each consignment, and a good wheat crop in Punjab that kept grain prices low through the summer.

"Afghan buyers prefer our flour to flour from Kazakhstan because it reaches Kabul in two days and suits their bread," he said. Most of the flour crossed at Torkham in 50 kg and 80 kg bags; a smaller share went through Ghulam Khan to Khost and Paktia.

The chairman listed three demands:

1. a fixed policy on flour exports for at least two years, so that mills can sign longer contracts with Afghan buyers;
2. faster scanning of flour trucks at Torkham, where they wait behind other cargo;
3. refunds of sales tax on packaging owed to mills since 2024.

He warned that a sudden ban, such as those imposed in earlier years when flour prices rose at home, would hand the Afghan market back to Central Asian mills.

A spokesman for the provincial food department said the government would review the policy before the new wheat crop in April.
""", arith(["against 410,000 tonnes in 2024, a rise of 38 percent"],
           "The statement gives flour exports of 520,000 tonnes in 2025 against 410,000 tonnes in 2024 and calls it 'a rise of 38 percent'. The rise is 110,000 tonnes, or 26.8 percent.",
           **{"from": 410000, "to": 520000, "computed_change_pct": 26.83, "stated_change_pct": 38,
              "stated_as_written": "a rise of 38 percent", "unit": "tonnes", "from_period": "2024", "to_period": "2025",
              "subject": "wheat flour exported to Afghanistan by the association's member mills",
              "location": "first paragraph"}))

add("peshawar_university_afghan_quota_circular", """
# Circular: Reserved Seats for Afghan Nationals, Session 2026

*Circular of an invented university's admissions office in Peshawar, February 2026. The university and every figure are invented.*

The university will again reserve undergraduate seats for Afghan nationals in the session beginning in September 2026. This circular sets out how the seats are divided and how to apply.

**Number of seats.** There are 150 reserved seats, unchanged from 2025. Applicants may hold any valid identity document accepted by the federal government for admission purposes.

**Division by faculty.** The reserved seats are divided among the faculties as follows:

- Medicine and allied health: 22 percent of the seats
- Engineering and technology: 31 percent
- Agriculture and veterinary sciences: 18 percent
- Social sciences and humanities: 33 percent

Seats not filled in one faculty by the closing date will be offered to the next candidates on the merit list of another faculty.

**Eligibility.** Applicants must have passed the twelfth grade, or its equivalent, with at least 60 percent marks, and must sit the university's entry test. Certificates issued in Afghanistan must be attested by the Afghan embassy in Islamabad and by the relevant board in Pakistan.

**Fees.** Afghan students on reserved seats pay the same fees as Pakistani students. A limited number of fee waivers is available on grounds of need.

**How to apply.** Forms are available online from 1 March and must be submitted, with copies of documents, by 15 May 2026. Interviews will be held in June.

*Director Admissions*
""", arith(["Social sciences and humanities: 33 percent"],
           "The four faculties' shares of the reserved seats (22, 31, 18 and 33 percent) add up to 104 percent, not 100.",
           shares_pct={"medicine_and_allied_health": 22, "engineering_and_technology": 31,
                       "agriculture_and_veterinary_sciences": 18, "social_sciences_and_humanities": 33},
           sum_pct=104, period="session 2026", unit="percent of reserved seats",
           subject="division of reserved seats for Afghan nationals among faculties",
           location="list under 'Division by faculty'"))

add("sugar_seizures_internal_audit_table", """
# Internal Audit Note: Sugar Seized at Check Posts, July-October 2025

*Note of the internal audit cell of an invented anti-smuggling directorate, Peshawar, November 2025. The directorate and every figure are invented.*

**Purpose.** The cell was asked to reconcile the sugar seized at the directorate's check posts on the roads to Torkham and Bajaur with the sugar received at the state warehouse in Peshawar, after the warehouse reported a shortfall.

**Seizures recorded at the check posts (50 kg bags):**

| Month, 2025 | Bags seized |
|---|---|
| July | 1,240 |
| August | 980 |
| September | 1,460 |
| October | 1,120 |
| Total | 4,900 |

**Findings.**

1. The seizure reports for July and September were signed by officers who were on leave on the dates shown. The cell could not confirm who made the seizures.
2. Bags were stored at the check posts for up to three weeks before being sent to the warehouse, in sheds without locks.
3. The warehouse's receipts do not record the check post from which each lot came, so shortfalls cannot be traced to a post.

**Recommendations.**

- Seized goods should reach the warehouse within 72 hours, under escort.
- Seizure reports should carry the names and service numbers of all officers present.
- The warehouse should record receipts by check post and seizure report number.

**Management comments** are awaited and will be added to the final note.

*Head, Internal Audit Cell*
""", parts_total(["| Total | 4,900 |"],
                 {"July": 1240, "August": 980, "September": 1460, "October": 1120},
                 4900, "50 kg bags of sugar", "Jul-Oct 2025",
                 "sugar seized at the directorate's check posts on the roads to Torkham and Bajaur",
                 "table of seizures, 'Total' row",
                 "The four months in the table (1,240, 980, 1,460 and 1,120 bags) add up to 4,800 bags, but the 'Total' row gives 4,900."))

add("trade_balance_social_media_thread", """
# A Thread on Pakistan's Trade with Afghanistan in 2023

*Text of an invented economist's thread on a social media platform, posted in March 2024 and kept by a university library's web archive. The author is invented; the trade figures are the invented series of this data set.*

1/ Quick thread on what the 2023 trade numbers say about Pakistan and Afghanistan after two hard years at the border. Figures in USD million, calendar years.

2/ Pakistan's exports to Afghanistan came to 1,012 in 2023, up from 936 in 2022. Rice, medicines, cement and fresh fruit did most of the work.

3/ Imports from Afghanistan fell to 690 from 741. Coal was the big swing: cheaper Indonesian and South African coal at Karachi took some of the market from Afghan coal at Torkham.

4/ So Pakistan ran a surplus of USD 332 million with Afghanistan in 2023, up from 195 in 2022. Two-way trade was 1,702, a little above 2022's 1,677.

5/ Caveat: none of this counts informal trade, which by most guesses is large, or transit goods passing through Pakistan to Afghanistan under the transit agreement.

6/ What to watch in 2024: the September 2023 closure at Torkham and the passport rule at Chaman from 1 November will show up in the numbers, and not in a good way.

7/ End. Data from the statistics bureau's bilateral tables; mistakes are mine.
""", arith(["So Pakistan ran a surplus of USD 332 million with Afghanistan in 2023"],
           "The thread gives exports of USD 1,012 million and imports of USD 690 million for 2023, so the surplus is USD 322 million; the thread says USD 332 million.",
           exports=1012, imports=690, computed_balance=322, stated_balance=332, unit="USD million", period="2023",
           subject="Pakistan's trade balance with Afghanistan", location="post 4/",
           stated_as_written="surplus of USD 332 million"))

add("transporters_mou_summary_empty_trucks", """
# Summary of a Memorandum of Understanding between Two Transporters' Bodies

*Summary prepared by an invented goods transporters' federation in Peshawar after a meeting with its invented Afghan counterpart in Jalalabad, October 2025. Neither body, nor any figure, is real.*

**Parties.** The federation, representing about 2,000 truck owners in Khyber Pakhtunkhwa, and a union of truck owners based in Jalalabad and Kabul.

**What was agreed.**

1. Drivers of both sides will carry a single list of documents, to be printed in Urdu, Pashto and Dari and handed out at the Torkham terminal.
2. Trucks will be allowed 72 hours to unload and return after crossing, instead of 48 hours, before a late-return penalty is charged. The parties will ask both governments to adopt this.
3. Empty trucks returning to Pakistan will be exempt from the transit fee. Empty trucks returning to Pakistan will be exempt from the transit fee.
4. Each side will name a duty officer at Torkham, reachable by telephone day and night, to settle disputes between drivers and loaders.
5. Neither side will call a strike that stops the other's trucks without giving seven days' notice.

**What was not agreed.** The Afghan union asked that Pakistani trucks carrying transit goods from Karachi unload at Jalalabad rather than drive on to Kabul. The federation did not accept this, and the question was left for the next meeting.

**Next meeting.** In Peshawar in January 2026, after the parties have consulted their members. The summary will be circulated to all member associations for comment within fifteen days.

*General Secretary of the Federation*
""", repeated("Empty trucks returning to Pakistan will be exempt from the transit fee.", 2,
              "transit fee for empty trucks returning to Pakistan", "item 3 of 'What was agreed'",
              "Item 3 says 'Empty trucks returning to Pakistan will be exempt from the transit fee.' twice in a row, word for word."))

add("kabul_grain_market_sms_price_alerts", """
# Daily Price Alerts by SMS, Tuesday 13 January 2026

*Text messages of an invented market information service for grain traders in Kabul, Jalalabad and Peshawar, sent in Dari and English. The service and every price are invented; afs = afghanis, Rs = Pakistani rupees.*

Subscribers receive one message each morning and one in the evening. These are the English versions of Tuesday's messages, as the service sent them.

**Morning, 7:15.**

- WHEAT (Kabul, Mandawi, 50 kg): 1,780 afs, steady.
- FLOUR PAK 20 kg (Kabul, Mandawi): 1,150 afs, steady. Two trucks in from Torkham overnight.
- RICE IRRI-6 (Jalalabad, 25 kg): 2,300 afs, steady.
- SUGAR (Peshawar, 50 kg): Rs 7,350, down Rs 50.

**Evening, 6:40.**

- WHEAT (Kabul, Mandawi, 50 kg): 1,790 afs, up 10 on the morning.
- FLOUR PAK 20 kg (Kabul, Mandawi): up from 1,150 afs to 1,150 afs today on thin arrivals; traders expect more trucks on Thursday.
- RICE IRRI-6 (Jalalabad, 25 kg): 2,300 afs, no change.
- SUGAR (Peshawar, 50 kg): Rs 7,350, no change.
- BORDER: Torkham open both ways; about 600 trucks cleared outbound by 5 pm.

**Notes for subscribers.** Prices are the most common price reported by three or more traders in each market at the time of the message. The service does not buy or sell. To stop the messages, reply STOP. For the Pashto version, reply PS.
""", garbled(["up from 1,150 afs to 1,150 afs today"],
             "The evening message says the price of a 20 kg bag of Pakistani flour in Kabul rose 'from 1,150 afs to 1,150 afs today'. The start and end are the same value on the same day, so the reported rise is no change at all.",
             start_value=1150, end_value=1150, start_period="13 Jan 2026", end_period="13 Jan 2026",
             unit="afghanis a 20 kg bag", subject="price of Pakistani flour in Kabul's Mandawi market",
             location="evening message, flour line"))

add("telecom_roaming_border_consultation_paper", """
# Consultation Paper: Unwanted Roaming along the Western Border

*Extract from an invented consultation paper of an invented telecom regulator's consumer affairs wing, Islamabad, November 2025. The wing and every figure are invented.*

**1. The problem.** Subscribers in Landi Kotal, Chaman, Angoor Adda and other places near the Afghan border often find their phones attached to an Afghan network, whose signal reaches across the border. They are then billed at roaming rates, or cannot make calls at all, without having left Pakistan.

**2. What we found.** The wing logged complaints from September 2025 to June 2025 through its helpline and its complaint portal. Of the 3,480 complaints logged, about two-thirds came from Khyber district and one-fifth from Chaman; the rest came from Bajaur, Kurram and North Waziristan.

**3. What operators do now.** Two of the four mobile operators send a text warning when a subscriber attaches to a foreign network; the other two do not. None blocks the foreign network automatically.

**4. Options for comment.**

- Option A: require every operator to warn subscribers by text, within one minute, when they attach to a foreign network near the border.
- Option B: require operators to bar roaming by default for subscribers registered in border districts, unless they ask for it.
- Option C: require operators to raise the power of their own towers in the worst-affected places.

**5. How to respond.** Comments on the three options are invited from operators, consumer groups and the public until 31 January 2026, by email or by post.
""", garbled(["from September 2025 to June 2025"],
             "The paper says the complaints were logged 'from September 2025 to June 2025'. The period ends before it begins.",
             stated_period_start="Sep 2025", stated_period_end="Jun 2025",
             subject="period in which roaming complaints were logged", location="section 2 ('What we found')"))

add("pharma_exporters_memo_drap_certificates", """
# Memo to Members: Exporting Medicines to Afghanistan

*Memo of an invented association of pharmaceutical exporters, Lahore, December 2025. The association and every figure are invented.*

To: all member companies exporting to Afghanistan

Members have asked for a plain summary of what is needed to send medicines across the border since the Afghan health ministry began registering foreign brands again. This memo sets out the steps as the secretariat understands them.

**On the Pakistani side.**

- Each product must be registered with the drug regulator for sale in Pakistan, or hold an export-only registration.
- Each consignment needs an export certificate from the drug regulator. Each consignment needs an export certificate from the drug regulator.
- Goods declarations must show the batch numbers and expiry dates of every product.

**On the Afghan side.**

- Each brand must be registered with the Afghan health ministry's medicines authority, through an Afghan importer holding a licence.
- Consignments are sampled at the border and may be held until the laboratory in Kabul clears them, which can take two to three weeks.
- Medicines with less than 60 percent of their shelf life left are refused.

**Crossings.** Most members send goods through Torkham; a few use Chaman for buyers in Kandahar. Cold-chain products such as insulin and vaccines should go only in refrigerated trucks with temperature loggers.

**Help.** The secretariat can check documents before goods leave. Please send copies at least five working days before the planned dispatch.

*Secretary General*
""", repeated("Each consignment needs an export certificate from the drug regulator.", 2,
              "export certificate for each consignment of medicines", "second item of the list 'On the Pakistani side'",
              "The second item of the list says 'Each consignment needs an export certificate from the drug regulator.' twice in a row, word for word."))

# ---------------------------------------------------------------------------
# Number reuse
# ---------------------------------------------------------------------------

add("champions_trophy_afghan_fans_travel_report", """
# Travel Report: Afghan Supporters at the Lahore Matches

*Report of an invented Afghan supporters' club to its members, March 2025. The club and every figure are invented.*

**Summary.** Some 1,350 members and guests travelled from Jalalabad to Lahore for Afghanistan's two group matches at the Gaddafi Stadium in late February 2025. Everyone who left came home.

**Getting there.** The club hired coaches in Jalalabad from two Afghan companies. Each coach seated 45 passengers, and 45 coaches left Jalalabad on the morning of 24 February in three groups, an hour apart. Visas had been issued by the Pakistani consulate in Jalalabad over the two previous weeks, and a separate lane was opened for the coaches at Torkham.

**In Lahore.** The club booked rooms in eleven hotels near the Ferozepur Road. Members paid 9,500 afghanis for the coach, the hotel for four nights and breakfast; match tickets were bought separately.

**At the matches.** The club's members sat together in one enclosure and were given flags and caps at the gate. Stadium staff and the Lahore police were friendly and helpful.

**Problems.**

- The return crossing at Torkham took nine hours on 1 March, because the coaches arrived at the same time as a long queue of trucks.
- Two members lost their passports in Lahore; the Afghan consulate there issued travel papers within a day.
- Some hotels asked for payment in rupees only, and members had to change money at poor rates.

**Next time.** The club thanks the Pakistan Cricket Board for its help and hopes to travel again for a bilateral series.
""", reuse(["Each coach seated 45 passengers", "45 coaches left Jalalabad"], 45, "passengers / coaches",
          "seats on each coach", "number of coaches that left Jalalabad", 30,
          "The report says 1,350 members and guests travelled and each coach seated 45 passengers, which is 30 coaches. It then says '45 coaches left Jalalabad': the seats on a coach used again as the number of coaches.",
          travellers=1350, period="Feb 2025"))

add("nangarhar_talc_exporter_shipping_note", """
# Shipping Note: Talc Powder from Nangarhar to Karachi

*Note of an invented talc processor in Jalalabad for its Pakistani agent, September 2025. The firms and every figure are invented.*

**The product.** Our plant east of Jalalabad grinds talc from the mines of Achin and Shinwar to a fine white powder, packed in 25 kg paper bags. Most of it is sold to an agent in Karachi, who exports it to paint, plastics and cosmetics makers in Asia.

**Monthly volume.** Since July the plant has shipped about 500 tonnes of powder a month to Karachi. The powder travels by truck through Torkham to a container yard in Peshawar, where it is loaded into 20-foot containers for the rail or road run to Karachi port.

**Containers.** A 20-foot container takes 25 tonnes of powder, a thousand bags, and the agent now books 25 containers a month at the Peshawar yard to carry our output, with the bookings made a week ahead.

**Documents.** Each truck carries the Afghan export licence, a certificate of origin from the Nangarhar chamber and a mineral analysis from the plant's laboratory. The agent files the transit or import documents on the Pakistani side.

**Problems this quarter.**

- Trucks were held at Torkham for four days in August while the terminal's scanner was repaired.
- Two containers were damaged by rain at the Peshawar yard because the bags were loaded in the open.

**Requests to the agent.** Please arrange covered loading at the yard and let us know the container booking for October by the 20th of this month.
""", reuse(["takes 25 tonnes of powder", "books 25 containers a month"], 25, "tonnes / containers",
          "tonnes of talc powder in a 20-foot container", "containers booked a month", 20,
          "The note gives about 500 tonnes a month and 25 tonnes to a container, which is 20 containers a month. It says the agent books '25 containers a month': the load of a container used again as the number of containers.",
          tonnes_a_month=500, period="2025"))

add("kandahar_grapes_reefer_operator_briefing", """
# Briefing for Drivers: Refrigerated Trucks, Grape Season 2025

*Briefing sheet of an invented cold-chain transport company in Quetta for drivers carrying Kandahar grapes to Karachi, August 2025. The company and every figure are invented.*

**The load.** Grapes from the vineyards around Kandahar are packed in 5 kg cartons in Kandahar city and loaded into our refrigerated trailers, which cross at Chaman and run to Karachi through Quetta and Khuzdar. A trailer carries 22 pallets of cartons.

**Temperature.** Grapes must be kept cold from the moment they are loaded. The trailer's unit must be set so that the load is held at 22 °C throughout the run, and the driver must check the display at every stop and write the reading in the log.

**Time.** The run from Kandahar to Karachi should take no more than three days, including the crossing. If the trailer is held at Chaman for more than twelve hours, call the Quetta office at once so that the buyer can be told.

**Fuel.** Keep the unit's own fuel tank at least half full. The unit uses about three litres of diesel an hour, and a dry tank in Balochistan's heat will spoil the load within hours.

**At the border.** Do not let anyone open the doors at Chaman without a customs officer present. Close them again as fast as possible after inspection.

**Delivery.** At the Karachi market, hand over the temperature log with the delivery note. Buyers can refuse a load if the log shows breaks.

*Operations Manager*
""", reuse(["A trailer carries 22 pallets of cartons", "held at 22 °C throughout the run"], 22, "pallets / degrees Celsius",
          "pallets of grape cartons in a trailer", "temperature at which the load is held", 0,
          "The sheet says grapes 'must be kept cold' and a trailer carries 22 pallets; it then gives 22 °C as the temperature to hold the load at. Grapes are carried at about 0 °C; 22 °C is room temperature, and the pallet count has been used again as the setting.",
          period="2025"))

add("torkham_weighbridge_inspection_note", """
# Inspection Note: Weighbridge at the Torkham Terminal

*Note of an invented inspector of weights and measures after a visit to Torkham, 18 November 2025. The inspector's office and every figure are invented.*

**Purpose of the visit.** To check the terminal's weighbridge after transporters complained that it overstated the weight of loaded coal trucks coming in from Afghanistan.

**The equipment.** The weighbridge is 18 metres long, built of steel on a concrete pit, with four load cells at each end and a digital display in the operator's cabin. It weighs loaded trucks of up to 18 tonnes, and inbound coal trucks, which come in at 40 to 45 tonnes gross, are weighed on it one at a time.

**Tests done.** Test weights of 10 tonnes were placed at each end and in the middle of the platform. The readings were within the tolerance allowed at the ends but overstated the weight by about 60 kg in the middle.

**Findings.**

1. One load cell in the middle of the platform has a damaged cable, which the operator had wrapped in tape.
2. The weighbridge's last certificate of verification expired in August 2025.
3. Mud and stones had collected in the pit under the platform.

**Orders.**

- The operator must replace the damaged cable and clean the pit within seven days.
- The weighbridge may not be used to charge any fee based on weight until it has been re-verified.
- Re-verification will be done on the inspector's next visit, after the repair.

*Inspector of Weights and Measures*
""", reuse(["The weighbridge is 18 metres long", "weighs loaded trucks of up to 18 tonnes"], 18, "metres / tonnes",
          "length of the weighbridge platform", "capacity of the weighbridge", 100,
          "The note gives the platform's length as 18 metres and then says it weighs trucks 'of up to 18 tonnes', while the coal trucks weighed on it come in at 40 to 45 tonnes gross. A truck weighbridge of that length is built for about 100 tonnes; the length has been used again as the capacity.",
          gross_truck_weight_t="40 to 45", period="2025"))

add("ghazni_sheep_eid_livestock_note", """
# Market Note: Sheep from Ghazni for Eid al-Adha

*Note of an invented livestock traders' group in Peshawar's cattle market, May 2025. The group and every figure are invented.*

**Arrivals.** Flocks of fat-tailed sheep from Ghazni and Paktika began reaching Peshawar in the second week of May, three weeks before Eid al-Adha. Most came through Torkham on trucks carrying about 60 animals each; a smaller number came through Ghulam Khan to Bannu.

**Size and yield.** The Ghazni sheep this year are in good condition after a wet spring. A typical animal averages 35 kg live weight, and yields 35 kg of meat once slaughtered and dressed, which is why buyers in Peshawar ask for them by name.

**Prices.** Good Ghazni sheep sold at Rs 65,000 to Rs 90,000 a head in the last week of May, against Rs 55,000 to Rs 80,000 a year earlier. Local sheep sold for less.

**Health checks.** Every truck must carry a veterinary certificate from the Afghan side and is checked at Torkham by the quarantine office. Animals with foot-and-mouth disease are turned back.

**Problems.**

- The quarantine office at Torkham works only until 4 pm, so trucks arriving later wait overnight without water.
- Transporters complain that the fee for each truck is charged twice, once at the border and once at the market gate.

**Outlook.** Traders expect arrivals to peak in the final week before Eid and to stop a day or two after it.
""", reuse(["averages 35 kg live weight", "yields 35 kg of meat"], 35, "kg",
          "live weight of a typical Ghazni sheep", "meat from the same sheep after slaughter and dressing", 17.5,
          "The note gives a typical sheep 35 kg live weight and then says it yields 35 kg of meat once slaughtered and dressed, which would be all of its live weight. A sheep dresses out at about half its live weight (about 17.5 kg here); the live weight has been used again as the yield.",
          period="May 2025"))

# ---------------------------------------------------------------------------
# Direction
# ---------------------------------------------------------------------------

add("news_wire_brief_imports_2022", """
# Wire Brief: Afghan Goods Gain Ground in Pakistan's Market

*Brief of an invented business news wire, Karachi, February 2023. The wire is invented; the trade figures are the invented series of this data set.*

KARACHI, Feb 20: Pakistan's imports from Afghanistan slid from USD 552 million in 2021 to USD 741 million in 2022, as coal from the Afghan mines replaced more expensive cargoes from overseas in Punjab's cement and brick kilns, traders and officials said.

Coal from the Afghan side began arriving in larger volumes in the second half of the year, after the federal government allowed importers to pay for it in rupees. Importers said a tonne of Afghan coal landed in Peshawar for well under the price of imported coal at Karachi once freight was counted.

Pakistan's exports to Afghanistan rose to USD 936 million in 2022 from USD 828 million a year earlier, leaving Pakistan with a surplus of USD 195 million in its trade with its western neighbour, against USD 276 million in 2021.

"The balance is narrowing, and that is not bad news for anyone," said a Peshawar coal importer. "Our kilns need the coal, and their traders need the rupees to buy our flour and medicines."

Cotton, fresh fruit and talc also crossed in larger quantities, while dried fruit arrivals were steady.

Officials at the commerce ministry said they expected two-way trade to keep rising in 2023 if the crossings stay open and the rupee payment scheme continues.
""", direction("imports from Afghanistan slid from USD 552 million in 2021 to USD 741 million in 2022", 552, 741, "2021", "2022",
               "slid", "fall", "USD million", "Pakistan's imports from Afghanistan", "first paragraph",
               "The brief says imports 'slid' from USD 552 million in 2021 to USD 741 million in 2022, and explains the change by more Afghan coal arriving. That is a rise of USD 189 million, or 34.2 percent, not a fall."))

add("mulberry_dried_fruit_wholesalers_circular", """
# Circular No. 9/2025: Dried Mulberries, Season Report

*Circular of an invented dried fruit wholesalers' association at Peshawar's Karkhano market, December 2025. The association and every figure are invented.*

Dear members,

1. **Arrivals.** Arrivals of white dried mulberries from Afghanistan, mostly from Parwan, Kapisa and Bamyan, climbed from 3,200 tonnes in the 2024 season to 2,750 tonnes in the 2025 season. The crop was smaller after a late frost in April, and two closures at Torkham in September held back part of what there was.

2. **Prices.** The shortage lifted wholesale prices in Karkhano. A 10 kg carton of good white mulberries sold at Rs 9,000 to Rs 10,500 in November, against Rs 7,500 to Rs 8,800 a year earlier. Black mulberries, a smaller trade, followed the same pattern.

3. **Quality complaints.** Several members found cartons with stones and stems mixed in, and with a moisture level high enough to cause mould within weeks. Members are urged to buy only from suppliers who allow a sample to be opened before payment.

4. **Storage.** Mulberries should be kept in a cool, dry store and sold within six months. Members with large stocks should not hold them through the monsoon.

5. **Fees.** The association's annual fee of Rs 12,000 for the coming year is due by 31 January 2026.

6. **Next meeting.** The general body will meet on 15 January 2026 at the association's office. Members wishing to raise a matter should give written notice a week before.

*General Secretary*
""", direction("climbed from 3,200 tonnes in the 2024 season to 2,750 tonnes in the 2025 season", 3200, 2750, "2024", "2025",
               "climbed", "rise", "tonnes", "white dried mulberries arriving from Afghanistan at Peshawar", "item 1 ('Arrivals')",
               "The circular says arrivals 'climbed' from 3,200 tonnes in 2024 to 2,750 tonnes in 2025, and explains a smaller crop and closures in the same item. That is a fall of 450 tonnes, or 14.1 percent, not a rise."))

add("karachi_tea_transit_shipping_line_review", """
# Annual Review: Afghan Transit Tea through Karachi

*Section of an invented shipping line's annual review for its Pakistan agency, September 2025. The line and every figure are invented.*

**Volumes.** Containers of tea for Afghanistan landed at Karachi under the transit agreement expanded from 4,100 in FY2023-24 to 3,600 in FY2024-25, measured in twenty-foot units. Most were black tea from Kenya and green tea from China, packed in chests and consigned to importers in Kabul, Jalalabad and Kandahar.

**Why.** Afghan importers moved part of their tea to the route through Bandar Abbas and Iran, where port charges are lower and the road to Herat and Kandahar is shorter. A rule requiring a bank guarantee for each transit container, in force since early 2024, also weighed on the Karachi route.

**Turnaround.** Transit containers took an average of 19 days from discharge at Karachi to release at Torkham or Chaman, against 23 days a year earlier. The faster clearance came from the new tracking system and fewer physical examinations.

**Outlook.** We expect tea volumes to stay near this year's level unless the bank guarantee rule is eased. The line will keep its weekly call at Karachi for Afghan cargo.

**Risks.**

- Closures at the crossings, which hold containers at the port and run up detention charges.
- Competition from the Iranian route, and from the rail route through Uzbekistan for goods from China.
- Changes to the list of goods allowed in transit.

*Agency Manager, Karachi*
""", direction("expanded from 4,100 in FY2023-24 to 3,600 in FY2024-25", 4100, 3600, "FY2023-24", "FY2024-25",
               "expanded", "rise", "twenty-foot containers", "transit tea containers for Afghanistan landed at Karachi",
               "section 'Volumes'",
               "The review says transit tea containers 'expanded' from 4,100 in FY2023-24 to 3,600 in FY2024-25, and the next section explains why importers left the route. That is a fall of 500 containers, or 12.2 percent, not a rise."))

add("arandu_crossing_district_officer_report", """
# District Report: Movement through the Arandu Crossing

*Extract from an invented district administration's annual report for Lower Chitral, January 2026. The administration's figures are invented.*

**The crossing.** Arandu, on the Kunar river at the southern end of the Chitral valley, faces the Afghan district of Nari in Kunar province. It is open to people on foot and to small vehicles carrying food and household goods, but not to heavy trucks, which must use Torkham.

**Who crosses.** Most people crossing are from families who live on both sides: Gujars and Kohistani herders, traders from Drosh and shopkeepers from Nari. Patients from Kunar also cross to reach the hospital in Drosh.

**Numbers.** Crossings recorded by the border post fell off from 18,400 in 2024 to 21,900 in 2025, in both directions together, as the road from Drosh was repaired and the post's hours were extended to twelve a day.

**Goods.** The post recorded about 1,200 small loads of flour, sugar, cooking oil and soap going into Afghanistan, and dried fruit, honey and firewood coming the other way.

**Problems.**

- The suspension bridge below the post is too narrow for two vehicles and needs strengthening.
- The post has no electricity after dark and relies on a small generator.
- Snow closes the road from Drosh for several days each winter.

**Recommendations.** Repair the bridge before the next monsoon, connect the post to the grid, and keep a snow-clearing vehicle at Drosh from December to March.
""", direction("fell off from 18,400 in 2024 to 21,900 in 2025", 18400, 21900, "2024", "2025",
               "fell off", "fall", "crossings", "people crossing at Arandu, both directions", "section 'Numbers'",
               "The report says crossings 'fell off' from 18,400 in 2024 to 21,900 in 2025, and gives road repairs and longer hours as the reason. That is a rise of 3,500 crossings, or 19.0 percent, not a fall."))

# ---------------------------------------------------------------------------
# Scope
# ---------------------------------------------------------------------------

add("angoor_adda_reopening_radio_bulletin", """
# Evening Bulletin, Local Radio, Wana: Angoor Adda Reopens

*Script of an invented local radio station's evening news in South Waziristan, 6 October 2025, English version. The station and every figure are invented.*

**Lead.** The China–Afghanistan crossing at Angoor Adda reopened to goods this morning after eleven days, ending a closure that had left about 300 trucks waiting on the road from Wana.

**Detail.** The crossing, between South Waziristan and Afghanistan's Paktika province, was closed after a dispute between the two sides' border forces over new fencing near the gate. Officials from both sides met on Saturday and agreed to let traffic resume while the dispute is discussed.

By this afternoon about 120 trucks had crossed, most carrying cement, flour and cooking oil into Paktika. Trucks coming the other way carried pine nuts, dried fruit and wool.

**Traders react.** A Wana trader told our reporter he had lost about Rs 200,000 on tomatoes that rotted in his truck during the closure. "We want the gate open every day, whatever the officials argue about," he said.

**Scanner.** The customs scanner at the crossing, donated by China in 2023, was back in use after repairs during the closure, officials said.

**Weather.** Dry and cool in Wana tonight, with a low of eight degrees. Snow is possible on the high passes by the end of the month.

**Closing.** That was the evening news. Our next bulletin is at nine o'clock.
""", scope("The China–Afghanistan crossing at Angoor Adda", "CHN", ["CHN", "AFG"], "China",
           "The bulletin calls Angoor Adda 'the China–Afghanistan crossing', though the next paragraph places it between South Waziristan and Paktika. China stands where Pakistan belongs. China is named correctly elsewhere, as the donor of the customs scanner.",
           stands_for="PAK", crossing="Angoor Adda", not_a_defect="donated by China in 2023",
           location="lead"))

add("badini_crossing_chamber_delegation_minutes", """
# Minutes: Chamber Delegation to the Badini Crossing

*Minutes of an invented chamber of commerce's visit to the Badini crossing in Qila Saifullah district, Balochistan, 11 November 2025. The chamber and every figure are invented.*

**Members present.** The chamber's vice-president, four traders from Zhob and Qila Saifullah, and the chamber's secretary.

**Purpose.** To see whether the Badini crossing could take more of the trade between northern Balochistan and Afghanistan's Zabul and Kandahar provinces, which now goes round through Chaman.

**Briefing by the post commander.** The crossing has been open for goods on three days a week since July. About 40 trucks cross on each open day, most of them carrying flour, cement and construction steel outward and fresh fruit and wool inward. The post has no scanner, so trucks are examined by hand.

**Discussion.**

1. Traders said the road from Zhob to Badini is poor and adds a day to the trip.
2. They asked that the crossing be opened on all days of the week, as Chaman is.
3. The vice-president said that the Pakistan–Iran crossing at Badini could take 150 trucks a day if a proper terminal were built, and that this would take pressure off Chaman.

**Agreed.** The chamber will write to the provincial government asking for the road to be repaired, and to the federal interior ministry asking for daily opening and a scanner at the crossing.

**Next step.** A joint visit with Afghan traders from Zabul, to be arranged through the chamber's contacts in Qalat.

*Secretary of the Chamber*
""", scope("the Pakistan–Iran crossing at Badini", "IRN", ["PAK", "IRN"], "Iran",
           "The minutes call Badini 'the Pakistan–Iran crossing', though the same minutes place it on the route between northern Balochistan and Zabul and Kandahar and plan a visit with traders from Zabul. Iran stands where Afghanistan belongs; Iran is named only here.",
           stands_for="AFG", crossing="Badini", location="item 3 of 'Discussion'"))

add("nawa_pass_bajaur_traders_petition", """
# Petition of the Traders of Bajaur on the Nawa Pass

*Petition of an invented traders' association of Khar, Bajaur, to the provincial chief secretary, September 2025. The association and every figure are invented.*

Respected Sir,

We, the traders of Khar and the villages along the road to the Nawa Pass, beg to submit as follows.

**1.** Before it was closed to trade, the Nawa Pass between Bajaur and Afghanistan's Kunar province carried a small but steady trade. Our members sold flour, sugar, cooking oil, soap and cloth to shopkeepers in Kunar and bought dried fruit, honey and firewood from them.

**2.** Since the closure, this trade has moved to Torkham, two days' drive away by the long road through Peshawar. Goods that used to reach Asadabad in hours now take three days and cost twice as much to carry.

**3.** Many of our members have closed their shops. We estimate that about 600 families in Khar and Nawagai lived wholly or partly on the India–Afghanistan trade through Nawa Pass before it was stopped.

**4.** We do not ask for the pass to be opened to heavy trucks. We ask only that it be opened on fixed days for pickups and small vehicles carrying food and household goods, under whatever checks the authorities think fit.

**5.** We are ready to register every trader who would use the pass and to help the authorities keep out smugglers.

We pray that our request be accepted for the sake of the people on both sides of the border.

*President and members of the Traders' Association, Khar*
""", scope("the India–Afghanistan trade through Nawa Pass", "IND", ["IND", "AFG"], "India",
           "The petition speaks of 'the India–Afghanistan trade through Nawa Pass', though paragraph 1 describes the pass as lying between Bajaur and Kunar and the trade as run by Bajaur's own traders. India stands where Pakistan belongs; India is named only here.",
           stands_for="PAK", crossing="Nawa Pass", location="paragraph 3"))

add("torkham_mobile_money_operator_faq", """
# Sending Money across Torkham: Frequently Asked Questions

*Help page of an invented Pakistani mobile wallet, October 2025. The wallet, its partner and every figure are invented.*

**Can I send money to a relative in Afghanistan from my wallet?** Yes. Since August 2025 you can send money to any customer of our partner, an invented Afghan mobile money service, through the wallet's "Cross-border" menu.

**How much can I send?** Up to Rs 50,000 in one transfer and Rs 200,000 in a month, subject to the checks the State Bank requires.

**What does it cost?** A flat fee of Rs 150 a transfer. Your relative receives afghanis at the exchange rate shown on the screen before you confirm.

**How fast is it?** Most transfers arrive within a minute. Transfers made after 10 pm arrive the next morning.

**Is this service for drivers too?** Yes. Many truck drivers who cross at Torkham between Pakistan and Uzbekistan use it to pay for fuel, food and loading on the other side without carrying cash.

**What if the money does not arrive?** Call our helpline and give the transaction number. If the transfer failed, the full amount and the fee are returned to your wallet within three working days.

**Which documents do I need?** Your CNIC, registered with the wallet. Your relative needs a registered account with our partner in Afghanistan, opened with a tazkira.

**Can I receive money from Afghanistan?** Not yet. We expect to offer this in 2026.
""", scope("cross at Torkham between Pakistan and Uzbekistan", "UZB", ["PAK", "UZB"], "Uzbekistan",
           "The help page says truck drivers 'cross at Torkham between Pakistan and Uzbekistan'. Torkham is on the Pakistan–Afghanistan border, and the same page is about sending money to Afghanistan. Uzbekistan stands where Afghanistan belongs; Uzbekistan is named only here.",
           stands_for="AFG", crossing="Torkham", location="answer to 'Is this service for drivers too?'"))

add("kharlachi_kurram_health_camp_report", """
# Report on a Free Medical Camp at Kharlachi

*Report of an invented doctors' welfare society of Parachinar, Kurram, July 2025. The society and every figure are invented.*

**The camp.** The society held a three-day free medical camp near the Kharlachi crossing from 14 to 16 June 2025, with eight doctors, six nurses and a pharmacist. It saw 2,140 patients, mostly women and children from villages along the border.

**Why Kharlachi.** Many families near the crossing have relatives on both sides and used to go to hospitals in Paktia when the roads in Kurram were closed. Trucks crossing from Kurram into Turkmenistan at Kharlachi still carry most of the goods that reach the villages beyond the border, but patients now find it hard to cross.

**What we saw.**

- Skin infections and diarrhoea in children, from poor water.
- Anaemia in pregnant women.
- Untreated high blood pressure in older men and women.

**Medicines.** The society gave out medicines worth about Rs 1.9 million, donated by two pharmaceutical companies and members' families.

**Gas for the hospital.** The society's own clinic in Parachinar still runs its generator on bottled gas. The long-promised pipeline that would bring gas from Turkmenistan through Afghanistan to Pakistan and India would not reach Kurram in any case.

**Next steps.** The society plans a second camp in October and asks donors for a mobile laboratory for blood tests.

*Secretary of the Society*
""", scope("crossing from Kurram into Turkmenistan at Kharlachi", "TKM", ["PAK", "TKM"], "Turkmenistan",
           "The report speaks of trucks 'crossing from Kurram into Turkmenistan at Kharlachi'. Kharlachi faces Paktia on the Pakistan–Afghanistan border, as the same paragraph's families with hospitals in Paktia show. Turkmenistan stands where Afghanistan belongs. Turkmenistan is named correctly elsewhere, as the source of the gas the pipeline would bring through Afghanistan.",
           stands_for="AFG", crossing="Kharlachi", not_a_defect="bring gas from Turkmenistan through Afghanistan",
           location="section 'Why Kharlachi'"))

# ---------------------------------------------------------------------------
# Controls
# ---------------------------------------------------------------------------

add("trade_2022_2024_explainer_control", """
# Explainer: What Happened to Pakistan–Afghanistan Trade between 2022 and 2024?

*Explainer of an invented current affairs website, March 2025. The website is invented; the trade figures are the invented series of this data set, in USD million by calendar year.*

**How big is the trade?** Two-way trade came to USD 1,677 million in 2022 and USD 1,424 million in 2024, a fall of USD 253 million, or 15.1 percent, over the two years.

**Which side fell more?** Imports from Afghanistan. They dropped from USD 741 million to USD 540 million, down USD 201 million or 27.1 percent. Pakistan's exports to Afghanistan fell much less, from USD 936 million to USD 884 million, down USD 52 million or 5.6 percent.

**So what happened to the balance?** Because imports fell faster than exports, Pakistan's surplus widened, from USD 195 million in 2022 (936 less 741) to USD 344 million in 2024 (884 less 540), a rise of USD 149 million.

**Why did imports fall?** Mostly coal. Afghan coal had surged in 2022, when it was cheaper than seaborne coal at Karachi; by 2024 world coal prices had eased and Pakistani buyers went back to the sea route. Fresh fruit from the Afghan side also met stricter checks at the border.

**Why did exports hold up?** Flour, rice, medicines and cement kept selling, and Afghan buyers found fewer alternatives for them than Pakistani buyers found for coal.

**What did not change?** Most trade still went through Torkham and Chaman, and both still closed for days at a time when the two governments quarrelled.

**Does this count smuggling?** No. The figures are recorded trade only.
""", control_type="control")

add("peshawar_kabul_trucking_trip_sheet_control", """
# Trip Sheet: Round Trip Peshawar to Kabul, Truck LES-4471

*Trip sheet of an invented trucking firm in Peshawar for one round trip with a load of cement, 3 to 8 November 2025. The firm, the truck and every figure are invented.*

**Load.** 40 tonnes of bagged cement from the Hayatabad depot to a buyer in Kabul's Company area; back empty.

**Route.** Peshawar, Jamrud, Landi Kotal, Torkham, Jalalabad, Sarobi, Kabul, and the same way back. About 460 km in all.

**Costs of the trip.**

| Item | Rs |
|---|---|
| Diesel, 420 litres at Rs 265 | 111,300 |
| Road tolls and terminal fees in Pakistan | 18,500 |
| Driver and helper allowance, six days | 24,000 |
| Fees and tolls on the Afghan side, in rupee terms | 31,200 |
| Total | 185,000 |

**Freight earned.** The buyer paid Rs 240,000 for the load, delivered. After the trip's costs of Rs 185,000, the trip left Rs 55,000 towards the truck's instalment, tyres and repairs.

**Timings.** The truck left Hayatabad at 5 am on 3 November, crossed Torkham outbound on the evening of 4 November and unloaded in Kabul on 6 November. It crossed back on 7 November and was in Peshawar by noon on 8 November.

**Remarks.** One day was lost at Torkham because the outbound scanner was down. No damage to the load was reported.

*Checked by the accounts clerk*
""", control_type="control")

add("herat_saffron_distributor_season_sheet_control", """
# Season Sheet: Herat Saffron in Pakistan, 2025

*Sheet of an invented Lahore distributor of Afghan saffron for its shareholders, January 2026. The firm and every figure are invented.*

The distributor buys Herat saffron, dried and graded by two cooperatives near Ghoryan and Pashtun Zarghun, and sells it to grocers and sweet makers in Pakistan's cities. Saffron reaches Lahore by air freight from Kabul or by road through Torkham, in sealed tins of 100 grams.

| City | Kilograms sold, 2025 | Share of sales (%) |
|---|---|---|
| Karachi | 210 | 42 |
| Lahore | 140 | 28 |
| Islamabad and Rawalpindi | 90 | 18 |
| Peshawar | 60 | 12 |
| Total | 500 | 100 |

**Commentary.** Karachi remained the largest market, with 210 kg, followed by Lahore with 140 kg. Together the two cities took 350 kg, or 70 percent of the year's 500 kg. Peshawar was the smallest of the four markets, with 60 kg.

**Price.** The distributor's average wholesale price was Rs 1,050 a gram. Most of the saffron sold in Pakistan is still of Iranian or Spanish origin; the distributor's aim is to win sweet makers who want a deeper colour.

**Risks.**

- Counterfeit saffron, made of dyed corn silk, sold under Afghan labels.
- Delays in air freight from Kabul during winter.
- Changes in the rate of the afghani against the rupee, since the cooperatives are paid in afghanis.

**Plans for 2026.** Smaller tins of 1 gram for grocers, and a stand at a food fair in Karachi.

*Managing Director*
""", control_type="control")

# ---------------------------------------------------------------------------
# Registered Afghan refugees: citations and citation controls
# ---------------------------------------------------------------------------

add("refugees_municipal_council_agenda_2020", """
# Agenda Item 7: Services in Wards with Refugee Settlements

*Item from the agenda papers of an invented town council in Khyber Pakhtunkhwa, for its meeting of 18 February 2021. The council and its officers are invented; the refugee figure is cited as the paper gives it.*

**Subject.** Water supply, waste collection and street lighting in the four wards of the town that border the old refugee settlements on the Kohat road.

**Background.** The town's population has grown in part because of families who moved out of the settlements into rented houses. Nationally, Pakistan hosted about 1.25 million registered Afghan refugees by UNHCR's count at the end of 2020, and a large share of them live in this province.

**The issue.** The four wards receive water for two hours a day, against four hours elsewhere in the town. Waste is collected twice a week instead of daily. About a third of the street lights do not work.

**Officer's proposal.**

1. Lay a new 6-inch water main from the Kohat road tube well to the four wards, at an estimated cost of Rs 14 million.
2. Add one waste collection vehicle and four sanitary workers for the four wards.
3. Repair the broken street lights before Ramadan.

**Finance.** The water main can be paid for from the development grant for 2020-21. The vehicle and staff need a supplementary grant from the province.

**Decision required.** The council is asked to approve items 1 and 3 and to authorise the mayor to request the supplementary grant for item 2.

*Municipal Officer (Infrastructure)*
""", citation(["about 1.25 million registered Afghan refugees by UNHCR's count at the end of 2020"], 1250000, "2020",
              "UNHCR's count at the end of YEAR (in a town council's agenda paper)", "paragraph 'Background'",
              "The agenda paper cites UNHCR's count for about 1.25 million registered Afghan refugees in Pakistan at the end of 2020. The reference figure for end-2020 is 1,438,432; 1.25 million is about 13.1 percent below it.",
              hedge="about", stated_as_written="about 1.25 million"))

add("refugees_museum_exhibition_label_2022", """
# Exhibition Label: "Forty Years of Kacha Garhi"

*Wall label of an invented exhibition at an invented city museum in Peshawar, opened in March 2023. The museum, the exhibition and its curators are invented; the refugee figure is cited as the label gives it.*

**Room 3. After the Return.**

The camp at Kacha Garhi, on the road from Peshawar to Torkham, was one of the oldest Afghan refugee settlements in Pakistan. It was cleared in the late 2000s, and most of its families went back to Afghanistan or moved into the city.

The objects in this room come from families who stayed. The brass samovar belonged to a teacher from Kunduz who arrived in 1980 and taught in the camp school for twenty-two years. The carpet loom was used by three generations of women from the same family.

On the wall are the ration cards, school certificates and identity documents of a single household, from the first card issued in the camp to the Proof of Registration card renewed in 2022.

**The registered population today.**

Registered Afghan refugees in Pakistan at the end of 2022: 1,987,717 — UNHCR, end-2022.

Most live in towns and cities rather than in refugee villages. Many were born in Pakistan and have never seen Afghanistan.

**A note on the photographs.** The photographs in this room were taken by a photographer who lived in the camp in the 1980s. They are shown with the permission of her family.

Please do not touch the objects. Photography without flash is allowed.
""", citation(["1,987,717 — UNHCR, end-2022"], 1987717, "2022",
              "— UNHCR, end-YEAR (in a museum exhibition label)", "section 'The registered population today'",
              "The label gives 1,987,717 registered Afghan refugees in Pakistan at the end of 2022, citing UNHCR. The reference figure for end-2022 is 1,743,278; 1,987,717 is the end-2023 figure, 14.0 percent above the year cited.",
              same_as_year="2023", stated_as_written="1,987,717"))

add("refugees_podcast_transcript_2023", """
# Transcript Excerpt: "Borderlines", Episode 12

*Excerpt from the transcript of an invented current affairs podcast, recorded in Islamabad in February 2024. The podcast, its host and its guest are invented; the refugee figure is cited as the guest gives it.*

**HOST:** Let's start with the size of it. How many Afghans are we talking about?

**GUEST:** It depends which Afghans you mean. If you mean registered refugees, the ones with Proof of Registration cards, then the UN refugee agency's figure for December 2023 is about 2.3 million. That's the number the government itself works with.

**HOST:** And the others?

**GUEST:** On top of that there are Afghans with the Afghan Citizen Card, and people who came after August 2021 on visas, many of which have expired. Nobody has a good count of those.

**HOST:** The expulsion drive started in the autumn of 2023. Who did it target?

**GUEST:** At first, people without any documents. Registered card-holders were told they could stay, though many say they were harassed anyway. Some sold what they had and left before anyone asked them to.

**HOST:** What happens to children in all this?

**GUEST:** That's what worries me most. Children born here go to Pakistani schools, speak Urdu and Pashto, and some have never been to Afghanistan. Girls who go back can't study beyond the sixth grade.

**HOST:** We'll stop there for a break.
""", citation(["the UN refugee agency's figure for December 2023 is about 2.3 million"], 2300000, "2023",
              "UN refugee agency's figure for Month YEAR (in a podcast transcript)", "guest's first answer",
              "The guest cites the UN refugee agency's figure for December 2023 as about 2.3 million registered Afghan refugees in Pakistan. The reference figure for end-2023 is 1,987,717; 2.3 million is about 15.7 percent above it.",
              hedge="about", stated_as_written="about 2.3 million"))

add("refugees_readers_editor_corrections_2024", """
# From the Readers' Editor: Corrections and Clarifications

*Weekly column of an invented English-language daily, Lahore, 9 March 2025. The newspaper, its writers and the articles are invented; the refugee figure is cited as the column gives it.*

Every week this column sets right mistakes that readers and staff have found in the paper. This week there are four.

**Haripur, not Mansehra.** A report on 3 March about the closure of two refugee villages placed them in Mansehra district. Both are in Haripur district. The report also gave the number of registered Afghan refugees in Pakistan without a source; the figure it used, 1,359,964, is per the UNHCR year-end 2024 register, and the online version now says so.

**The price of tomatoes.** A business page chart on 4 March showed the wholesale price of tomatoes in Lahore in rupees a crate, not rupees a kilogram as its heading said. The chart has been corrected online.

**A misspelled name.** An interview on 5 March misspelled the name of a cricket coach from Jalalabad. We apologise to him.

**Not a minister.** A photo caption on 6 March called a provincial adviser a minister. He holds the rank of adviser.

**How to reach us.** Readers who find a mistake in the paper can write to the readers' editor by email or post. We answer every letter, though we cannot always print the answer. Corrections appear in this column every Sunday and, where the mistake is serious, on the page where it was made.

*The Readers' Editor*
""", citation(["the figure it used, 1,359,964, is per the UNHCR year-end 2024 register"], 1359964, "2024",
              "per the UNHCR year-end YEAR register (in a newspaper's corrections column)", "item 'Haripur, not Mansehra'",
              "The column gives 1,359,964 registered Afghan refugees in Pakistan 'per the UNHCR year-end 2024 register'. The reference figure for end-2024 is 1,559,964; 1,359,964 differs in one digit and is about 12.8 percent below it.",
              stated_as_written="1,359,964"))

add("refugees_magazine_quiz_answers_2019", """
# Quiz: How Well Do You Know Your Neighbours? Answers

*Answer page of a quiz in an invented monthly magazine for secondary school students, Islamabad, March 2020. The magazine is invented; the refugee figure is cited as the answer page gives it.*

Check your answers below and give yourself one point for each correct one.

**1. Which crossing on the road from Peshawar to Kabul is the busiest on the border?** Torkham. It lies at the western end of the Khyber Pass, beyond Landi Kotal.

**2. How many Afghan refugees with Proof of Registration cards lived in Pakistan at the end of 2019?** Nearly 1.6 million, whom UNHCR registered at the end of 2019. Give yourself the point for any answer between 1.5 and 1.7 million.

**3. Which river flows from Chitral into Afghanistan?** The Chitral river, which is called the Kunar once it crosses the border. Either name earns the point.

**4. What is the capital of Afghanistan's Nangarhar province?** Jalalabad.

**5. Which Pakistani city lies at the end of the road from Chaman?** Quetta, about 120 km away by road.

**6. In which language do most people in Kabul speak at home?** Dari, a form of Persian. Pashto is also correct for many families.

**Your score.**

- 6 points: You could work at a border post.
- 3 to 5 points: A good effort. Read our feature on page 14 to learn more.
- 0 to 2 points: Time to look at a map!

*Send us your own quiz questions for a chance to win a book prize.*
""", citation(["Nearly 1.6 million, whom UNHCR registered at the end of 2019"], 1600000, "2019",
              "whom UNHCR registered at the end of YEAR (in a magazine quiz's answer page)", "answer 2",
              "The answer page gives nearly 1.6 million registered Afghan refugees in Pakistan, citing those UNHCR registered at the end of 2019. The reference figure for end-2019 is 1,419,084; 1.6 million is about 12.8 percent above it, and the quiz even gives the point for any answer from 1.5 to 1.7 million, a range that leaves out the reference figure.",
              hedge="nearly", stated_as_written="Nearly 1.6 million"))

add("refugees_grant_application_data_box_2021", """
# Grant Application: Vocational Training for Refugee Youth, Section B

*Section of an invented NGO's application to an invented foundation, Quetta, April 2022. The NGO, the foundation and every figure except the cited refugee figure are invented.*

**B.1 Need for the project.** Young Afghans in Quetta's refugee villages leave school early and find only casual work in construction and the vegetable market. Few have a trade. Our survey of 400 households in two villages in 2021 found that fewer than one young man in ten, and almost no young women, had any vocational training.

**B.2 Data box.**

Registered Afghan refugees in Pakistan, end of 2021: about 1.3 million.

Source: UNHCR, Pakistan: registered Afghan refugees, 31 Dec 2021.

About a fifth of them live in Balochistan, most in and around Quetta.

**B.3 What we propose.** Six-month courses in mobile phone repair, tailoring, solar panel installation and motorcycle repair, for 240 young people aged 16 to 24, half of them women, in the two villages. Each course ends with a three-month placement with a Quetta employer.

**B.4 Why us.** The NGO has run literacy classes in the same villages since 2014 and is trusted by their elders.

**B.5 Budget.** The budget in Section D asks for Rs 28.8 million over two years, or Rs 120,000 for each trainee, including tools that the trainees keep.

**B.6 Risks.** Families may leave Pakistan under pressure to return. We will keep places open for a month for trainees who have to travel.
""", citation(["Registered Afghan refugees in Pakistan, end of 2021: about 1.3 million.", "Source: UNHCR, Pakistan: registered Afghan refugees, 31 Dec 2021."], 1300000, "2021",
              "UNHCR, Pakistan: registered Afghan refugees, DD Mon YEAR (source line in a grant application's data box)",
              "section B.2 ('Data box')",
              "The data box gives about 1.3 million registered Afghan refugees in Pakistan at the end of 2021 and cites UNHCR for 31 December 2021 in the source line under it. The reference figure for end-2021 is 1,490,562; 1.3 million is about 12.8 percent below it.",
              hedge="about", stated_as_written="about 1.3 million"))

add("refugees_fact_check_column_citation_control", """
# Fact Check: "The Number of Refugees Has Not Changed in Years"

*Column of an invented fact-checking desk, Islamabad, May 2023. The desk and the politician are invented; the refugee figures are cited as the column gives them.*

**The claim.** In a television interview, a provincial politician said the number of registered Afghan refugees in Pakistan "has not changed in years" and that the fall of Kabul in 2021 "made no difference to the register".

**What the figures say.** Pakistan hosted 1,438,432 registered Afghan refugees at the end of 2020 (UNHCR, as at 31 December 2020). Two years later the figure was 1,743,278 (UNHCR, as at 31 December 2022).

That is a rise of 304,846 people, or 21.2 percent, over two years, most of it in 2022.

**Why it rose.** Registered numbers rise with births to families already on the register and with any updating of records. New arrivals after August 2021 were mostly not registered as refugees, so the rise understates how many Afghans came.

**What the politician may have meant.** The politician's office told us he meant that no new registration drive had been held. That is closer to the truth, but it is not what he said.

**Our verdict: False.** The register grew by more than a fifth between the end of 2020 and the end of 2022.

*How we check: we compare each claim with the latest published figures, ask the speaker for a source, and publish the reply.*
""", control_type="citation_control")

add("refugees_data_desk_methodology_note_citation_control", """
# Methodology Note: How We Chart the Afghan Refugee Register

*Note of an invented newspaper's data desk, published with an interactive chart, February 2025. The newspaper is invented; the refugee figures are cited as the note gives them.*

**What the chart shows.** The chart shows the number of registered Afghan refugees in Pakistan at the end of each year, from the register of Proof of Registration card holders. It does not include holders of the Afghan Citizen Card or Afghans without documents.

**The latest change.** UNHCR's figure for end-2023 is 1,987,717. UNHCR's figure for end-2024 is 1,559,964. The register therefore fell by 427,753 people, or 21.5 percent, in 2024, the largest fall in one year on the chart.

**Why we use year-end figures.** Figures published during the year are revised often, and mixing them with year-end figures would make the line jump for reasons that have nothing to do with people arriving or leaving.

**What the fall does and does not mean.** A fall in the register can reflect returns to Afghanistan, deaths, and the removal of records that were not renewed. It does not tell us how many people left under pressure and how many chose to go.

**Rounding.** The chart's labels round figures to the nearest thousand; the full numbers are in the table under the chart.

**Corrections.** If you find an error in the chart, write to the data desk. We will correct it and say so below the chart.
""", control_type="citation_control")

add("refugees_ngo_donor_update_citation_control", """
# Donor Update: Schools in Refugee Villages, Spring 2022

*Update of an invented education NGO to its donors, Peshawar, April 2022. The NGO and its figures on schools are invented; the refugee figures are cited as the update gives them, with its numbered references.*

**The population we serve.** The register of Afghan refugees in Pakistan grew slowly in the two years before the change of government in Kabul. It stood at 1,419,084 at the end of 2019 [1] and at 1,490,562 at the end of 2021 [2], a rise of 71,478 people, or 5.0 percent, over the two years.

**Our schools.** The NGO runs 18 primary schools in refugee villages in Peshawar, Nowshera and Haripur, with 5,400 pupils, of whom 2,300 are girls. All 18 schools reopened in March after the winter break.

**What has changed since August 2021.** Families who arrived after the takeover are not on the register, and some of their children have come to our schools without any documents. We have admitted them, and ask donors to support the extra places.

**What we need.**

- Textbooks in Pashto and Dari for 600 more pupils.
- Two more teachers for each of the six largest schools.
- Repairs to the roofs of four schools before the monsoon.

**Thank you.** Your support has kept every school open through a difficult year.

**References.**

1. UNHCR, registered Afghan refugees in Pakistan, 31 December 2019.
2. UNHCR, registered Afghan refugees in Pakistan, 31 December 2021.
""", control_type="citation_control")
