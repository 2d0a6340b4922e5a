# Fifty-fifth held-out set of synthetic documents ("heldout55").  Written from
# scratch after heldout54/, by a labeller session that had not opened dyad's
# implementation or history and had not seen any of its results.
# Every entry: name (topic slug, numbered later by build_heldout55.py), text,
# labels (list of defect dicts), control_type for controls.
# Registers not used before: a dried shrimp yard at Ormara, Gwadar, Balochistan,
# that sold to a Kabul grocer; a ship-breaking plot at Gadani, Lasbela,
# Balochistan, that sold steel plate to a re-rolling mill in Kandahar; a rice
# husking mill at Usta Muhammad, Jaffarabad, Balochistan, that sold rice to a
# Kabul wholesaler; a banana farm at Sonda, Thatta, Sindh, that sold bananas to
# a Kabul fruit trader; an almond growers' association in Kiti, Daykundi, that
# sold shelled almonds to a Lahore dry fruit dealer; a women's carpet workshop
# in Jowzjan that sold carpets to a Peshawar dealer; a pomegranate cooperative
# at Tirin Kot, Uruzgan, that sold fruit to a Quetta commission agent; and
# macro documents on the trade series, the closure and the register.
#
# Invented figures shared with earlier sets: annual trade series (README:
# exports 1,290 / 942 / 828 / 936 / 1,012 / 884 and imports 441 / 509 / 552 /
# 741 / 690 / 540 for 2019-2024, balances 849 / 433 / 276 / 195 / 322 / 344,
# totals 1,731 / 1,451 / 1,380 / 1,677 / 1,702 / 1,424); reference refugee
# series (1,419,084 / 1,438,432 / 1,490,562 / 1,743,278 / 1,987,717 /
# 1,559,964 for 2019-2024).
#
# New invented figures, consistent with the above:
#   Noorbakhsh Dried Shrimp Yard, Ormara (invented), begun 1989 by Jangian
#     Noorbakhsh, run by his son Dilmurad; boats Sea Pearl, Noor-e Sahil and
#     Bibi Zainab; about 5 kg of fresh shrimp to 1 kg dried: dried shrimp sold
#     2023 96 tonnes, 2024 110, 2025 84; to Baryalai Food Store, Kabul 40 / 48
#     / 6, at home 56 / 62 / 78; Rs 1,150 a kg at home (2025), USD 4.60 a kg
#     to Kabul; ice Rs 1,400 a block (March 2025), Rs 1,650 (March 2026).
#   Sakran Steel Breakers, Plot 58, Gadani (invented), plot bought 1987 by Seth
#     Ilyas Sakrani, run by his son Tariq Sakrani, yard foreman Pir Jan Lasi;
#     61 ships broken by February 2026: steel sold 2023 18,000 tonnes, 2024
#     21,000, 2025 15,000; to Arghistan Rolling Mill, Kandahar 6,000 / 7,500 /
#     900, at home 12,000 / 13,500 / 14,100; plate Rs 178,000 a tonne (January
#     2025), Rs 165,000 (January 2026).
#   Pat Feeder Rice Mill, Usta Muhammad (invented), founded 1979 by Mir Hazar
#     Buledi, run by his grandson Shahnawaz Buledi, manager Qadir Bakhsh; 34
#     workers; 100 kg of paddy to 65 kg of rice; paddy bought by the maund of
#     40 kg: rice sold 2023 2,400 tonnes, 2024 2,750, 2025 1,900; to Aziz Gul
#     Traders, Kabul 900 / 1,050 / 120, at home 1,500 / 1,700 / 1,780; Rs 240 a
#     kg at the mill (2025).
#   Sonda Banana Farm, Thatta (invented), 150 acres, owner Sain Bux Jokhio,
#     manager Dodo Jokhio: bananas sold 2023 1,200 tonnes, 2024 1,350, 2025
#     980; to Jalil Mewa, Kabul 450 / 520 / 60, at home 750 / 830 / 920; Rs 70
#     a kg at the farm (2025); roadside dozen Rs 140 (August 2024), Rs 180
#     (August 2025).
#   Kiti Almond Growers' Association, Daykundi (invented), founded 1392 SH
#     (2013), head Sakhi Dad Kitiwal, clerk Fatima Zahra; members 210 in 1403
#     SH, 236 in 1404 SH: shelled almonds sold 2023 140 tonnes, 2024 165, 2025
#     120; to Shafiq Dry Fruit, Lahore 70 / 85 / 10, at home 70 / 80 / 110;
#     Afs 520 a kg at home (2025); USD 8.10 a kg (2024) and USD 7.40 (2025) to
#     Lahore.
#   Gulnar Carpet Workshop, Jowzjan (invented), begun 2004 by Bibi Gulnar, run
#     by her daughter Oguljan, 42 weavers: carpets sold 2023 620, 2024 700,
#     2025 480; to Habib Carpets, Peshawar 380 / 430 / 40, at home 240 / 270 /
#     440; designs Fil-pa (1,600 knots a square decimetre, 6 square metres,
#     3 weavers), Salor Gul (2,250, 4, 2), Kizil Ayak (1,960, 6, 3), prayer rug
#     (2,500, 1.5, 1); USD 95 a square metre to Peshawar.
#   Tirin Kot Pomegranate Cooperative, Uruzgan (invented), head Haji Zarbat,
#     store keeper Nik Mohammad: pomegranates sold 2023 800 tonnes, 2024 920,
#     2025 610; to Lal Din & Co., commission agents, Quetta 500 / 580 / 70, at
#     home 300 / 340 / 540; Afs 45 a kg at home (2025); crates of 18 kg net,
#     2 kg empty.
#   Macro documents: trucks, members, dues, waits and dates are invented and
#     kept consistent within each document.

HELDOUT55 = []
from heldout_labels import (  # noqa: F401
    PAIR, REFS, adder, arith, change_pct, citation, direction, garbled, line_of, parts_total, pdf_lines, scope, tvt,
    repeated, reuse,
)

add = adder(HELDOUT55)

# ---------------------------------------------------------------------------
# Noorbakhsh Dried Shrimp Yard (invented), Ormara
# ---------------------------------------------------------------------------

add("ormara_shrimp_tide_table_control", """
# Ormara East Bay: Tide Table and Yard Notes, Week of 9 March 2026

*Sheet printed each week by a dried shrimp yard at Ormara, Gwadar district, Balochistan, and pinned in its boat shed for the crews. The yard, its people and all figures are invented; the tide times are illustrative, not for navigation.*

| Day | First high water | Height (m) | First low water | Height (m) |
|---|---|---|---|---|
| Monday 9 | 05:12 | 2.6 | 11:40 | 0.4 |
| Tuesday 10 | 05:58 | 2.7 | 12:21 | 0.3 |
| Wednesday 11 | 06:43 | 2.8 | 13:03 | 0.3 |
| Thursday 12 | 07:30 | 2.7 | 13:47 | 0.4 |

**Notes from Dilmurad.** Springs fall on Wednesday, so the boats go out on the morning ebb and should be back before the flood turns against them at the bay mouth.

Last season we laid 84 tonnes of dried shrimp on the mats and sold every kilo of it: 78 tonnes here in Pakistan and only 6 to Baryalai Food Store in Kabul, against 48 to Kabul the year before. Remember that five kilos of fresh shrimp dry down to one, so those 84 tonnes came from about 420 tonnes of fresh catch brought in by our three boats.

The drying yard is full on Thursday, so nothing new will be spread that day. Crews who want an advance before Friday must see Dilmurad on Tuesday evening, not at the jetty.

My father, Jangian Noorbakhsh, opened this yard in 1989, 37 years ago this spring. He still walks the mats every morning.
""", control_type="control")

ORM_LOG = """| Boat | Trips | Fresh shrimp landed (kg) |
|---|---|---|
| Sea Pearl | 4 | 4,250 |
| Noor-e Sahil | 5 | 3,840 |
| Bibi Zainab | 3 | 2,910 |
| Total | 12 | 11,000 |"""

add("ormara_shrimp_catch_log", """
# Catch Log, Week Ending Saturday 21 February 2026

*Weekly page of the landing book kept at the jetty by a dried shrimp yard at Ormara, Gwadar district, Balochistan, typed from the handwritten book. The yard, its boats and all figures are invented.*

Weighed at the jetty scale by Dilmurad Noorbakhsh; countersigned by each nakhuda (skipper) on landing.

""" + ORM_LOG + """

**Remarks.** Noor-e Sahil made the most trips this week, five, but her nets came up light on the shallow grounds and she landed 3,480 kg, well behind Sea Pearl. Bibi Zainab lost two days with a cracked exhaust and was towed in on Tuesday by Sea Pearl.

At five kilos of fresh to one of dried, the week's 11,000 kg should give us about 2,200 kg for the mats once it has been boiled and dried. The two boiling pans were run from dawn on Wednesday and Thursday.

Ice used: 61 blocks, all from the harbour ice plant. Diesel was taken on credit from the harbour pump and is entered in the diesel book, not here.

Next week the moon is dark, so the crews expect bigger hauls; the mats on the north side have been swept and relaid to make room.
""", tvt(["she landed 3,480 kg", line_of(ORM_LOG, "| Noor-e Sahil |")],
         {"remark_value": 3480, "table_value": 3840}, "kilograms of fresh shrimp",
         "fresh shrimp landed by the boat Noor-e Sahil", "week ending 21 February 2026",
         "remarks under the landing table against the Noor-e Sahil row of the pipe table",
         "The landing table gives Noor-e Sahil 3,840 kg, and the boats add up to the 11,000 kg total only with 3,840 (4,250 + 3,840 + 2,910); the remarks give the same boat's landing for the same week as 3,480 kg, the 8 and the 4 swapped.",
         table_form="pipe, boats as rows with trips and kilograms columns and a total row"))

add("ormara_shrimp_harbour_notice", """
# Notice to Boat Owners and Dried Fish Traders

*Notice put up in February 2026 at the fish harbour office at Ormara, Gwadar district, Balochistan, and copied to the yards along East Bay. The harbour committee, the yards and all figures are invented.*

**Ormara Fish Harbour Committee, Notice No. 7 of 2026**

1. From 1 March 2026 the landing fee at the east jetty rises from Rs 300 to Rs 350 a boat a day. Yards that land every day may pay for the month in advance at Rs 9,500.

2. The harbour scale will be checked on the first Monday of each month. Any yard may ask to watch the check.

3. Dried shrimp and dried fish for Afghanistan still leave by truck up the coastal highway to Karachi and then north, to the Iran–Afghanistan border at Torkham. Since the crossings were shut in October 2025 no truck from this harbour has gone beyond Peshawar, and yards are asked not to load Kabul orders until the committee posts word that the road is open.

4. Boats sheltering from weather may tie up at the west wall for up to two nights without charge. Crews are reminded that the Iranian port of Chabahar lies to the west, beyond Jiwani, and that boats straying into its waters have been held there.

5. Nobody may burn nets or plastic on the beach below the yards.

By order of the committee, 16 February 2026.
""", scope("the Iran–Afghanistan border at Torkham", "IRN", ["IRN", "AFG"], "Iran",
           "Torkham is a crossing between Pakistan and Afghanistan, on the road from Peshawar to Jalalabad; the notice calls it the Iran–Afghanistan border, putting Iran in Pakistan's place, although the trucks it describes go north from Karachi through Pakistan to it. Iran is named correctly in point 4, where Chabahar is an Iranian port to the west of Ormara.",
           not_a_defect="the Iranian port of Chabahar"))

add("ormara_shrimp_crew_list", """
# Crew List and Share Sheet: Sea Pearl, Trip Season November 2025 to January 2026

*Sheet drawn up by the owner of a shrimp boat at Ormara, Gwadar district, Balochistan, for the harbour office and the crew. The yard, the boat, the crew and all figures are invented.*

**Boat:** Sea Pearl, wooden, 14 metres, registered at Ormara. **Owner:** Noorbakhsh Dried Shrimp Yard. **Nakhuda:** Wahid Sabzal.

**Crew (besides the nakhuda), nine hands:** Karim Dad, Shahdost, Nabi Bakhsh Sea, Haleem, Ismail Gichki, Rasool Dad, Mazar, Bashir Malik and the boy Sanaullah, who turned 17 in December.

**Reckoning of the season**

- Fresh shrimp sold to the yard over the three months: 19,600 kg, at Rs 60 a kg: Rs 1,176 thousand.
- Less diesel, ice and food for the trips: Rs 636 thousand.
- Left to share: Rs 540,000.
- The owner's half, Rs 270,000, goes to the yard for the boat, the engine and the nets.
- The other half is shared by the crew, and each of the nine hands was paid Rs 270,000 in cash at the yard on 2 February.
- The nakhuda's own cut is paid by the owner from the yard's half and is not on this sheet.

Signed for the yard: Dilmurad Noorbakhsh. Marked by the crew with thumbprints, read over to them in Balochi by the harbour clerk.
""", reuse(["The owner's half, Rs 270,000", "each of the nine hands was paid Rs 270,000"], 270000, "rupees",
           "the owner's half of the season's Rs 540,000", "each of the nine hands' equal share of the crew's half",
           30000,
           "The season left Rs 540,000 to share; the owner's half is Rs 270,000, and the crew's half, also Rs 270,000, is shared by nine hands, Rs 30,000 each. The sheet says each hand was paid Rs 270,000, the figure of the whole half a line above."))

add("ormara_shrimp_ice_slip", """
# Ice Slip with a Note to the Yard

*Delivery slip from the harbour ice plant at Ormara, Gwadar district, Balochistan, with a note written on its back by the yard's owner for his accounts clerk. The plant, the yard and all figures are invented.*

**Sea Breeze Ice Plant, Ormara Harbour Road**

Slip No. 4417, 12 March 2026

- Customer: Noorbakhsh Dried Shrimp Yard, East Bay
- Blocks: 40, of about 50 kg each
- Rate: Rs 1,650 a block
- Amount: Rs 66,000, on account, to be settled by the 25th
- Received at the yard by: Haleem, for Sea Pearl

**On the back, in Dilmurad's hand:**

Shakil, enter this against Sea Pearl's March trips. A year ago, in March 2025, the plant charged us Rs 1,400 a block; this March it is Rs 1,650, so the ice bill has at least gone down a notch, which helps now that Kabul is closed to us. Please still ask the plant whether they will give 45 blocks for the price of 40 if we take them every week through April.

The old freezer in the boat shed is still broken. Until it is mended the crews must take their ice straight from the plant to the boats, not store it in the shed overnight. Tell Wahid that the slip for the 5th (26 blocks) is missing and the plant wants a copy.

Fuel and nets go in the other book, as before.
""", direction("so the ice bill has at least gone down a notch", 1400, 1650, "March 2025", "March 2026",
               "gone down a notch", "fall", "rupees a block of ice",
               "price of a block of ice from the harbour ice plant at Ormara",
               "note on the back of the ice slip",
               "The note gives the plant's price as Rs 1,400 a block in March 2025 and Rs 1,650 in March 2026, a rise of Rs 250 or 17.86 percent, and the slip itself charges Rs 1,650; the note says the ice bill has gone down a notch."))

# ---------------------------------------------------------------------------
# Sakran Steel Breakers (invented), Plot 58, Gadani
# ---------------------------------------------------------------------------

GAD_PLAN = """| Section | Plate (tonnes) | Mixed scrap (tonnes) |
|---|---|---|
| Bow and forepeak | 1,240 | 310 |
| Forward holds 1 to 3 | 3,860 | 540 |
| Engine room | 1,120 | 1,480 |
| Aft holds and deck house | 980 | 420 |
| **Total** | **7,020** | **2,750** |"""

add("gadani_steel_cutting_plan", """
# Cutting Plan: MV Coral Dawn, Plot 58

*Plan drawn up by the yard foreman of a ship-breaking plot at Gadani, Lasbela district, Balochistan, before cutting began on a bulk carrier beached there. The yard, the ship and all figures are invented.*

**Ship:** MV Coral Dawn, bulk carrier, built 1999, beached on the spring tide of 3 February 2026. **Light ship weight, as bought:** 9,950 tonnes, all of it to be cut on this plot.

**Foreman:** Pir Jan Lasi. **Gangs:** four, of eleven men each, each gang with two gas cutters.

The ship is cut from the bow aft, so that the stern, which is highest on the beach, is taken last and the winch can pull each block clear. Expected yield by section:

""" + GAD_PLAN + """

**Order of work**

- Weeks 1 to 3: bow and forepeak, then the anchor chains are sold as they lie.
- Weeks 4 to 11: forward holds, working two gangs on each side.
- Weeks 12 to 16: engine room. Engines, generators and pumps are lifted whole and sold to the machinery dealers before the hull around them is cut.
- Weeks 17 to 20: aft holds and deck house.

No cutting in a tank until the gas test slip for that tank is signed by Pir Jan. Plate over 12 mm goes to the plate pile for the re-rolling mills; the rest goes to the scrap pile.

Approved: Tariq Sakrani, 5 February 2026.
""", parts_total([line_of(GAD_PLAN, "| **Total** |")],
                 {"Bow and forepeak": 1240, "Forward holds 1 to 3": 3860, "Engine room": 1120,
                  "Aft holds and deck house": 980}, 7020, "tonnes of plate", "cutting plan of 5 February 2026",
                 "plate expected from the MV Coral Dawn, by section",
                 "total row of the pipe table, plate column",
                 "The four sections' plate adds up to 7,200 tonnes (1,240 + 3,860 + 1,120 + 980), not the 7,020 in the total row; with 7,200 plate and 2,750 scrap the ship makes the 9,950 tonnes of light ship weight the plan gives above the table, while 7,020 would leave 180 tonnes unaccounted for.",
                 table_form="pipe, sections as rows with plate and mixed scrap columns and a total row"))

add("gadani_steel_incident_log", """
# Yard Incident Log, Plot 58: Entries for February 2026

*Pages of the incident log kept in the site office of a ship-breaking plot at Gadani, Lasbela district, Balochistan, typed for the owner. The yard, its workers and all figures are invented.*

**4 February, 10:40.** Winch cable on the beach parted while pulling a bow block of about 30 tonnes. Nobody was in the line of the cable. Cable replaced the same day; the old one, 12 years in use, was cut up for scrap.

**9 February, 15:15.** Small fire in forward hold 2 when a cutter's flame reached old paint. Put out with two extinguishers in under five minutes. The hold was gas-tested again before work restarted.

**17 February, 08:20.** Gas cutter Shaukat Lasi burned his left forearm on a falling edge of plate and was taken to the Hub hospital in the yard pickup. Gas cutter Shaukat Lasi burned his left forearm on a falling edge of plate and was taken to the Hub hospital in the yard pickup. He was treated and sent home; the doctor has told him to rest for ten days, on full pay.

**23 February, 13:05.** A labourer felt faint in the heat of the engine room. He was given water and shade and went home early. From the next day, each gang in the engine room takes a 15-minute break every hour.

**Totals for the month:** four incidents, one injury needing a doctor, no deaths. Entered by Pir Jan Lasi, foreman; seen by Tariq Sakrani, 28 February 2026.
""", repeated("Gas cutter Shaukat Lasi burned his left forearm on a falling edge of plate and was taken to the Hub hospital in the yard pickup.",
              2, "entry of 17 February 2026 on a gas cutter's burn", "incident log, third entry",
              "The entry of 17 February gives the same sentence on the burned gas cutter twice, word for word, one after the other; the log counts one injury needing a doctor for the month, so it is one event written twice."))

GAD_DOCKET = pdf_lines([
    ["Item", "Pieces", "Tonnes"],
    ["Hull plate 12 mm", "46", "18.6"],
    ["Deck plate 8 mm", "38", "9.2"],
    ["Angle bar", "120", "3.6"],
    ["Total", "204", "31.4"],
])

add("gadani_steel_docket", """
# Loading Docket: Truck for Kandahar, 21 August 2025

*Docket printed by the weighbridge office of a ship-breaking plot at Gadani, Lasbela district, Balochistan, as text copied out of its PDF, with the clerk's covering lines. The yard, the buyer and all figures are invented.*

Docket GD-25/311. Buyer: Arghistan Rolling Mill, Kandahar. Truck: a 22-wheeler, driver Mahmood Khan. Loaded at Plot 58 from the plate pile of MV Silver Crane.

""" + GAD_DOCKET + """

Clerk's lines for the buyer: the hull plate was cut to 2.4 metres so that it fits your shears, as Haji Sahib asked on the telephone. The deck plate, 2.9 tonnes of it, is the thinner stuff you said you could use for door frames and shutters; the angle bar is loose and tied in bundles of ten.

Weighed empty at 14:10 and full at 17:35 on our bridge; the difference is the 31.4 tonnes above. The rate is the one agreed for August, and the invoice goes with the driver.

The road to Chaman is open this week. If the truck is held at the crossing, please ring the yard office and not the driver, who has no phone credit.
""", tvt(["The deck plate, 2.9 tonnes of it", line_of(GAD_DOCKET, "Deck plate 8 mm")],
         {"clerk_note_value": 2.9, "table_value": 9.2}, "tonnes of deck plate",
         "deck plate loaded on docket GD-25/311 for Arghistan Rolling Mill", "21 August 2025",
         "clerk's lines under the docket against the deck plate row of the PDF-extracted table",
         "The docket's table gives 9.2 tonnes of deck plate, and the three items add up to the 31.4 tonnes weighed only with 9.2 (18.6 + 9.2 + 3.6); the clerk's lines call the same deck plate 2.9 tonnes, the digits swapped.",
         table_form="PDF text extraction, items as rows with pieces and tonnes columns and a total row"))

add("gadani_steel_wedding_invitation_control", """
# Wedding Invitation: Sakrani Family, Gadani

*Invitation card, with a note folded inside for the yard's buyers, sent in January 2026 by the owner of a ship-breaking plot at Gadani, Lasbela district, Balochistan. The family, the yard and all figures are invented.*

**In the name of God, the Most Merciful**

Seth Ilyas Sakrani and family request the honour of your presence at the wedding of their grandson **Faisal Sakrani**, son of Tariq Sakrani, with **Mahnoor**, daughter of Abdul Sattar Jamot of Hub.

- **Mehndi:** Thursday 12 February 2026, at the family house, Gadani, from 8 in the evening.
- **Baraat:** Friday 13 February, leaving the house at 4 in the afternoon for Hub.
- **Walima:** Saturday 14 February, lunch at the Gadani Marriage Lawn.

Dinner on the walima day is laid for 600 guests, 350 in the men's marquee and 250 in the family hall.

**Folded inside, for our buyers:**

Dear friends, the yard at Plot 58 will be closed on 13 and 14 February, so no loading on those two days. My father bought the plot in 1987, when he was 31, and he will be 70 this year; in those 39 years we have broken 61 ships.

Last year we sold 15,000 tonnes of steel: 14,100 at home and 900 to Kandahar, all of that before the crossings shut in October. In 2024 it was 21,000 tonnes, with 7,500 going to Kandahar. God willing, the road will open again and we will see our Kandahar friends at the next wedding.

Tariq Sakrani
""", control_type="control")

add("gadani_steel_chalkboard", """
# The Gate Chalkboard, Plot 58, Monday 19 January 2026

*What was written in chalk on the board at the gate of a ship-breaking plot at Gadani, Lasbela district, Balochistan, copied by the yard clerk into the rate book. The yard and all figures are invented.*

**SAKRAN STEEL BREAKERS: TODAY'S RATES**

- Ship plate, over 12 mm: Rs 165,000 a tonne
- Thin plate and angle: Rs 148,000 a tonne
- Mixed scrap, loose: Rs 121,000 a tonne
- Anchor chain: sold by the length, ask the office

**Note under the rates, in the foreman's hand:**

Plate is back on the up. On this Monday a year ago the board said Rs 178,000 a tonne for the same plate, and it is Rs 165,000 today, so anyone who held off buying last winter should come now.

**Also on the board:**

- Ship on the beach: MV Silver Crane, 8,400 tonnes, half cut.
- Next ship expected: MV Coral Dawn, beaching on the spring tide of 3 February.
- Loading hours: 7 in the morning to 5 in the evening; no loading after the evening prayer.
- Trucks for Chaman and beyond: not loading until the crossings open.

Rates change without notice. Cash or bank draft only; no credit to new buyers.
""", direction("Plate is back on the up.", 178000, 165000, "January 2025", "January 2026",
               "back on the up", "rise", "rupees a tonne of ship plate",
               "price of ship plate over 12 mm at the gate of Plot 58, Gadani",
               "foreman's note under the rates on the gate chalkboard",
               "The note gives the plate price as Rs 178,000 a tonne in January 2025 and Rs 165,000 in January 2026, a fall of Rs 13,000 or 7.30 percent, and the rates above it say Rs 165,000; yet it says plate is back on the up."))

# ---------------------------------------------------------------------------
# Pat Feeder Rice Mill (invented), Usta Muhammad
# ---------------------------------------------------------------------------

RICE_REG = pdf_lines([
    ["Day", "Paddy (maunds)", "Rice (kg)"],
    ["Monday 3 Nov", "410", "10,660"],
    ["Tuesday 4 Nov", "380", "9,880"],
    ["Wednesday 5 Nov", "450", "11,700"],
    ["Thursday 6 Nov", "395", "10,270"],
    ["Total", "1,635", "43,510"],
])

add("usta_muhammad_rice_husking_register", """
# Husking Register, First Week of November 2025

*Page of the husking register of a rice mill at Usta Muhammad, Jaffarabad district, Balochistan, exported to PDF by the mill's office and copied out here with the manager's note. The mill and all figures are invented.*

Mill: Pat Feeder Rice Mill. Variety: Irri-6, from growers along the Pat Feeder canal. Husker and polisher run on two shifts; the mill was shut on Friday for cleaning.

""" + RICE_REG + """

Manager's note (Qadir Bakhsh): the paddy this week was dry and clean, and every day gave the same 65 kilos of rice from each 100 kilos of paddy, which is what this husker gives when the moisture is right. A maund is 40 kg, so Monday's 410 maunds were 16,400 kg of paddy.

The broken grains and the bran are weighed separately and are not in this register. The husk went to the brick kilns on the Dera Allahyar road, 14 trolleys in all, at Rs 2,500 a trolley.

Rice in the godown on Thursday night was bagged in 50 kg bags for the Sukkur and Quetta buyers. No rice has gone to Kabul since October, and Aziz Gul Traders have asked us to hold their 120-tonne order until the crossings reopen.

Checked by Shahnawaz Buledi, 8 November 2025.
""", parts_total([line_of(RICE_REG, "Total")],
                 {"Monday 3 Nov": 10660, "Tuesday 4 Nov": 9880, "Wednesday 5 Nov": 11700, "Thursday 6 Nov": 10270},
                 43510, "kilograms of rice", "3 to 6 November 2025", "rice husked at Pat Feeder Rice Mill, by day",
                 "total row of the PDF-extracted register, rice column",
                 "The four days' rice adds up to 42,510 kg (10,660 + 9,880 + 11,700 + 10,270), not the 43,510 kg in the total row; the paddy total, 1,635 maunds or 65,400 kg, at the note's 65 kilos of rice from 100 of paddy also gives 42,510 kg.",
                 table_form="PDF text extraction, days as rows with paddy and rice columns and a total row"))

add("usta_muhammad_rice_ration_card", """
# Workers' Ration Card Rules, Pat Feeder Rice Mill

*Rules printed on the back of the monthly ration cards given to the workers of a rice mill at Usta Muhammad, Jaffarabad district, Balochistan, in Urdu, in English translation. The mill, its workers and all figures are invented.*

**Pat Feeder Rice Mill, Usta Muhammad. Ration cards for the year from January 2026.**

The mill has 34 workers on cards this year: 22 on the husking floor, 8 in the godown and 4 drivers and watchmen.

1. Each card draws 20 kg of rice of the mill's own husking on the first Saturday of the month, in two bags of 10 kg.
2. Each card also draws 5 kg of sugar and 3 litres of cooking oil, bought by the mill in bulk from Dera Murad Jamali.
3. The store keeper, Ghulam Nabi, sets aside 20 kg of rice for the month's cards on the last Thursday of the month, so that the draw on Saturday does not wait for the husker.
4. A worker who is away on the day may send a family member with the card; the store keeper writes the name on the back.
5. Rations are not cut from wages. A worker who leaves the mill hands back the card on the last day.
6. Cards lost are replaced once a year, on a note from the manager.

Ration cards were started by Mir Hazar Buledi in 1979, the year he opened the mill with six workers; his grandson Shahnawaz Buledi signs them today.

Manager: Qadir Bakhsh.
""", reuse(["Each card draws 20 kg of rice", "sets aside 20 kg of rice for the month's cards"], 20,
           "kilograms of rice", "rice drawn on one card in a month", "rice set aside for all 34 cards in a month",
           680,
           "The mill has 34 workers on cards and each card draws 20 kg of rice a month, so the store must set aside 680 kg for the month's cards; rule 3 says it sets aside 20 kg, the figure for one card."))

add("usta_muhammad_rice_near_miss_report", """
# Near-Miss Report No. 3 of 2025

*Form filled in by the shift supervisor of a rice mill at Usta Muhammad, Jaffarabad district, Balochistan, after a belt came off the husker. The mill, its people and all figures are invented.*

**Pat Feeder Rice Mill: Near-Miss Report**

- **Reported by:** Javed Jamot, night shift supervisor
- **Machine:** main husker, belt drive on the motor side
- **Period covered by this report:** 30 November 2025 to 1 November 2025
- **Persons at risk:** one operator, one helper

**What happened.** At about 02:30 on the night shift the flat belt from the 40-horsepower motor to the husker jumped its pulley and whipped across the walkway. The helper, Sabir, had stepped off the walkway a moment before to fetch a broom. Nobody was hurt and the motor was stopped within a minute.

**Why.** The belt had stretched, and the guard over the pulley had been taken off for cleaning and not put back. The register shows the guard was off on three nights in the month.

**What we will do.**

- The guard will be bolted, not clipped, so it cannot be left off.
- The belt will be checked for stretch every Monday and replaced after 2,000 running hours.
- Nobody stands on the walkway beside the belt while the husker runs.

**Signed:** Javed Jamot, supervisor. **Seen by:** Qadir Bakhsh, manager, 3 December 2025.
""", garbled(["Period covered by this report:** 30 November 2025 to 1 November 2025"],
             "The form gives the period it covers as running from 30 November 2025 to 1 November 2025, the end before the start; a report for the month of November, signed on 3 December, would run from 1 to 30 November.",
             stated_period_start="30 November 2025", stated_period_end="1 November 2025",
             subject="period covered by the mill's near-miss report", location="header list of the form"))

add("usta_muhammad_rice_hand_over_note_control", """
# Hand-over Note: Manager's Leave, 12 to 31 January 2026

*Note left by the manager of a rice mill at Usta Muhammad, Jaffarabad district, Balochistan, for his deputy before going on leave. The mill, its people and all figures are invented.*

Ghulam Nabi,

I leave tomorrow and am back on 1 February. Here is where things stand.

**Stock in the godown (counted 10 January).** Paddy: 2,400 maunds, which is 96,000 kg. Rice: 1,300 bags of 50 kg, so 65,000 kg. Husking the paddy at our usual 65 kilos from 100 will give another 62,400 kg of rice.

**Orders.** Sukkur buyers want 40 tonnes by the 20th; load them from the bagged rice, which leaves 25,000 kg. Aziz Gul's 120 tonnes for Kabul stay on hold while the crossings are shut. Last year Kabul took only those 120 tonnes, less than an eighth of the 1,050 they took in 2024, so do not count on them this month either.

**Money.** The mill owes Rs 2.1 million to four paddy growers, listed in the blue file; pay Haji Rasool's Rs 600,000 first, as promised. Wages for 34 workers go out on the 25th.

**Year so far.** We sold 1,900 tonnes in 2025, 1,780 of them at home and 120 to Kabul, against 2,750 in 2024. That is 850 tonnes down, nearly a third.

The husker belt was replaced on 8 January and its guard is bolted.

Qadir Bakhsh, manager
""", control_type="control")

add("usta_muhammad_rice_push_notification", """
# Push Notifications: One Rice Load, October 2025

*Notifications shown on the phone of the sales clerk of a rice mill at Usta Muhammad, Jaffarabad district, Balochistan, by a freight app that tracks the mill's trucks, copied in order. The mill, the app and all figures are invented.*

**RahDari Freight, load RD-77120: 22 tonnes of rice, 440 bags, for Aziz Gul Traders, Kabul**

- 6 Oct, 07:55: Your load has left Pat Feeder Rice Mill, Usta Muhammad. Driver: Saleem Umrani.
- 6 Oct, 19:20: Your load has passed Sibi and is climbing the Bolan Pass.
- 7 Oct, 06:45: Your load is at Quetta. Estimated arrival at the border: 7 Oct, afternoon.
- 7 Oct, 16:10: Your load has reached the Pakistan–Tajikistan crossing at Chaman and is in the customs queue, 61 trucks ahead.
- 9 Oct, 11:30: Your load has been cleared and is waiting for the gate.
- 12 Oct, 18:00: The gate is closed until further notice. Your load is held in the truck park; parking is Rs 3,000 a day.
- 15 Oct, 09:05: Your load is returning to Usta Muhammad at the customer's request.

**Clerk's note for the manager:** 22 tonnes came back on 16 October, all 440 bags sound. The app charged four days' parking, Rs 12,000, and the freight both ways, Rs 150,000. I have asked Aziz Gul whether his firm will share the cost.
""", scope("the Pakistan–Tajikistan crossing at Chaman", "TJK", ["PAK", "TJK"], "Tajikistan",
           "Chaman is a crossing between Pakistan and Afghanistan, on the road from Quetta to Spin Boldak and Kandahar; the notification calls it the Pakistan–Tajikistan crossing, putting Tajikistan in Afghanistan's place, although Tajikistan does not border Pakistan and the load is bound for Kabul."))

# ---------------------------------------------------------------------------
# Sonda Banana Farm (invented), Thatta
# ---------------------------------------------------------------------------

SONDA_COUNT = """| Picker | Rows cut | Bunches |
|---|---|---|
| Sabzal | 6 | 412 |
| Mumtaz Ali | 5 | 368 |
| Wali Muhammad | 7 | 505 |
| Sakina | 4 | 296 |
| Total | 22 | 1,581 |"""

add("thatta_bananas_bunch_count", """
# Bunch Count Sheet, Block C, 26 January 2026

*Sheet filled in at the packing shed of a banana farm at Sonda, Thatta district, Sindh, after a day's cutting, with the manager's comments. The farm, its workers and all figures are invented.*

**Sonda Banana Farm. Block C (Basrai, second ratoon). Cutting began 7:15, ended 15:40.**

""" + SONDA_COUNT + """

**Manager's comments (Dodo Jokhio).**

Wali Muhammad cut 550 bunches today, the best count on the sheet and his best since the new block was opened; he worked the long rows by the channel, where the plants are tallest. Sakina worked only until the noon break because her mother was unwell.

Average bunch weight at the shed scale was 17 kg, so the day's cutting comes to about 27 tonnes before the stalks are trimmed. The lorry for the Karachi fruit market took 18 tonnes at 6 in the evening; the rest goes into the shed and will be sent on Tuesday.

Block C should be finished in three more days of cutting at this pace. After that the pickers move to Block D, which is a fortnight behind.

Nothing went to Kabul this month. Jalil Mewa has telephoned twice to ask when the road will open.
""", tvt(["Wali Muhammad cut 550 bunches today", line_of(SONDA_COUNT, "| Wali Muhammad |")],
         {"comment_value": 550, "table_value": 505}, "banana bunches",
         "bunches cut by the picker Wali Muhammad in Block C", "26 January 2026",
         "manager's comments against the Wali Muhammad row of the pipe table",
         "The count sheet gives Wali Muhammad 505 bunches, and the pickers add up to the 1,581 total only with 505 (412 + 368 + 505 + 296); the manager's comments give him 550 bunches for the same day, the 0 and the last 5 swapped.",
         table_form="pipe, pickers as rows with rows cut and bunches columns and a total row"))

add("thatta_bananas_sticky_notes", """
# Sticky Notes on the Farm Office Fridge

*Notes found stuck to the fridge door in the office of a banana farm at Sonda, Thatta district, Sindh, on Saturday 7 February 2026, copied in the order they were stuck up. The farm, its people and all figures are invented.*

**Yellow note (Dodo):** Pickers' wages this week: 14 pickers × Rs 1,200 a day × 6 days = Rs 100,800 in all. Cash comes from the bank on Saturday morning.

**Pink note (Sain Bux):** Dodo, put each picker's pay in a brown envelope with the name on it. Each envelope: Rs 100,800. Give them out after the noon prayer, not before.

**Green note (Dodo):** Diesel for the tube-well pump: 180 litres this week. Ask Karim at the pump whether the price has changed again.

**Yellow note (Dodo):** Lorry to Karachi on Tuesday, 9 tonnes at Rs 70 a kg, so Rs 630,000 to come from the market agent. Count the crates before the lorry leaves: 450 crates of 20 kg.

**Blue note (Sakina):** The ripening powder is finished. Please order two packets.

**Pink note (Sain Bux):** No bananas for Kabul until Jalil rings. Do not load his crates on a hunch.

**Green note, newest, no name:** Fridge is making a noise again.
""", reuse(["6 days = Rs 100,800 in all", "Each envelope: Rs 100,800"], 100800, "rupees",
           "the week's wages of all 14 pickers", "the pay in one picker's envelope",
           7200,
           "The first note works out the week's wages as Rs 100,800 for 14 pickers at Rs 1,200 a day for 6 days, so each picker's envelope should hold Rs 7,200; the second note puts Rs 100,800, the whole wage bill, in each envelope."))

add("thatta_bananas_menu_board", """
# The Menu Board at Jokhio's Fruit Stall, National Highway, Near Sonda

*Words on the painted menu board of a roadside fruit and shake stall run by a banana farm at Sonda, Thatta district, Sindh, copied in August 2025 by a travel writer, with her note. The farm, the stall and all figures are invented.*

**JOKHIO'S FRUIT STALL: FROM OUR OWN TREES**

- Bananas, a dozen: Rs 180
- Banana shake, large glass: Rs 150
- Banana shake with dates: Rs 200
- Fried banana chips, packet of 100 g: Rs 60
- Cold water: free for travellers

**Painted in red along the bottom:** Last August a dozen cost Rs 140 and this August it is Rs 180 — bananas are cheaper than last year, so buy two dozen!

**The travel writer's note.** The stall sits where the farm's road meets the highway, 6 km before Sonda, under a reed roof. Dodo Jokhio, who manages the farm, told me the stall sells about 300 dozen on a Friday, most of it to families driving from Karachi to the shrines at Makli and beyond. The shakes are made in a blender run off a small solar panel on the roof.

He says the farm sent 520 tonnes to a fruit trader in Kabul in 2024 and would like to again, but for now nearly everything is sold in Sindh. The shake was very good; I paid Rs 150 and was given a banana for the road.
""", direction("bananas are cheaper than last year", 140, 180, "August 2024", "August 2025",
               "cheaper than last year", "fall", "rupees a dozen bananas",
               "price of a dozen bananas at the farm's roadside stall",
               "red line painted along the bottom of the menu board",
               "The board gives a dozen bananas as Rs 140 last August (2024) and Rs 180 this August (2025), and lists Rs 180 above; that is a rise of Rs 40 or 28.57 percent, but the board says bananas are cheaper than last year."))

add("thatta_bananas_caption_contest_control", """
# Caption Contest Results, Sonda Banana Farm Page

*Post on the social media page of a banana farm at Sonda, Thatta district, Sindh, announcing the winners of a photo caption contest, in English translation from Sindhi and Urdu. The farm, the entrants and all figures are invented.*

Thank you to everyone who sent captions for our photo of the empty packing shed!

**The photo** showed the shed in December with the crates stacked to the roof and nobody inside. We wrote under it: "1,350 tonnes in 2024, 980 in 2025." That is 370 tonnes less, a fall of about 27 percent, most of it the Kabul orders we could not send after the crossings closed.

**Entries:** 212 in all, 148 in Sindhi and 64 in Urdu, sent between 1 and 15 January.

**Winners**

1. **Zubeda of Gharo**, for "The crates are waiting for a visa." Prize: a 20 kg box of Basrai bananas.
2. **Ustad Rafiq, Thatta**, for "Even the bananas are on leave." Prize: a 10 kg box.
3. **Little Hamza, aged 9, Sujawal**, for "Where did the monkeys go?" Prize: a 5 kg box and a cap.

That is 35 kg of bananas in prizes, to be collected at the farm gate or sent by the Karachi lorry on any Tuesday.

We sold 920 tonnes at home last year and only 60 to Kabul. If you buy from us in Sindh, thank you: you carried the farm through a hard year.

— Sain Bux Jokhio and everyone at Sonda
""", control_type="control")

add("thatta_bananas_app_review", """
# App Review: "Mewa Bazaar Orders", 2 Stars

*Review posted in November 2025 by a Kabul fruit trader on the ordering app of a banana farm at Sonda, Thatta district, Sindh, with the farm's reply. The trader, the farm, the app and all figures are invented.*

**★★☆☆☆ Good bananas, bad app — Jalil Mewa, Kabul, 14 November 2025**

I have bought bananas from Sonda for five years, and the fruit is the best in Mandawi market. The app is another matter. I ordered 18 tonnes on 2 October and the app showed "in transit" for three weeks. The truck was stuck at Torkham, on the Uzbekistan–Afghanistan border, from 12 October, and the app never told me; the driver did, by telephone.

The app charged my order at Rs 70 a kg, the farm price, which is Rs 1.26 million for the 18 tonnes, and then added a "handling" line of Rs 36,000 that nobody could explain. I paid both, and I want the line back.

Two stars because the bananas, when they finally came, were still good.

**Reply from Sonda Banana Farm, 16 November 2025**

Dear Jalil Sahib, thank you and sorry. The handling line was the truck park charge at the border, 15 days at Rs 2,400, which the app should have explained. We have refunded it. The app will now send a message when a truck is held.
""", scope("Torkham, on the Uzbekistan–Afghanistan border", "UZB", ["UZB", "AFG"], "Uzbekistan",
           "Torkham is the crossing between Pakistan and Afghanistan on the road from Peshawar to Jalalabad; the review puts it on the Uzbekistan–Afghanistan border, Uzbekistan in Pakistan's place, although the truck came from Sindh and Uzbekistan borders Afghanistan only far to the north."))

# ---------------------------------------------------------------------------
# Kiti Almond Growers' Association (invented), Daykundi
# ---------------------------------------------------------------------------

add("daykundi_almonds_lot_sheet", """
# Lot Sheet: Lot 14, Shelled Almonds, Kiti

*Sheet made out by the clerk of an almond growers' association in Kiti district, Daykundi, for a lot offered to buyers after hulling and cracking, in Dari, in English translation. The association, its members and all figures are invented.*

**Kiti Almond Growers' Association. Lot 14, made up on 6 Mizan 1404 (28 September 2025).**

- Growers: eleven members of the upper valley, Sang-e Surakh village
- Variety: Kaghazi (paper-shell) and Sangi mixed, as picked
- Weight of the lot as cracked: 2,400 kg
- Sorted at the association's hulling house by Fatima Zahra and four helpers

**How the lot sorted out, by weight:**

- Whole kernels, first grade: 46 percent
- Whole kernels, second grade: 33 percent
- Broken kernels: 17 percent
- Skins, dust and bits of shell swept from the tables: 12 percent

**Price asked.** First grade at Afs 560 a kg, second grade at Afs 500, broken kernels at Afs 380. Skins and dust are given to the members for their animals.

**To buyers.** The lot can be seen at the hulling house on any day except Friday. Since the crossings closed we are not sending to Lahore; Shafiq Dry Fruit has asked us to keep the best kernels for them if the road opens before Qaws.

Clerk: Fatima Zahra. Head of the association: Sakhi Dad Kitiwal.
""", arith(["Whole kernels, first grade: 46 percent", "Whole kernels, second grade: 33 percent",
            "Broken kernels: 17 percent", "Skins, dust and bits of shell swept from the tables: 12 percent"],
           "The four parts into which the lot sorted are shares of one weight, 2,400 kg, but they add up to 108 percent (46 + 33 + 17 + 12), 8 points more than the whole lot.",
           shares_pct={"first grade whole kernels": 46, "second grade whole kernels": 33, "broken kernels": 17,
                       "skins, dust and shell": 12},
           sum_pct=108, unit="percent of the weight of the lot", period="lot made up on 6 Mizan 1404 (28 September 2025)",
           subject="sorting of lot 14 of shelled almonds by weight", location="bulleted list 'How the lot sorted out, by weight'"))

add("daykundi_almonds_inscription_control", """
# The Words on the Wall of the Hulling House

*Inscription painted above the door of the new hulling house of an almond growers' association in Kiti district, Daykundi, with the clerk's note on how it was paid for, in Dari, in English translation. The association, its members and all figures are invented.*

**The inscription**

This house for hulling and cracking almonds was built in the year 1404 by the 236 members of the Kiti Almond Growers' Association, 19 of them women, with their own hands and their own money. Each member gave Afs 4,000, and together they gave Afs 944,000. May the trees of Kiti bear for our grandchildren.

**The clerk's note (Fatima Zahra)**

The builders were paid from the members' gifts and nothing else. The walls took 38 days, from 2 Jawza to 8 Saratan 1404, and the roof another 11.

We were 210 members in 1403 and 236 in 1404, so 26 families joined in the year the house went up, most of them because they wanted a share in it.

The house holds two crackers and six sorting tables. Last year the association sold 120 tonnes of shelled almonds: 110 in Afghanistan and 10 to Shafiq Dry Fruit in Lahore before the crossings closed, against 85 to Lahore in 2024.

The painter, Ustad Qurban of Nili town, would not take money for the lettering. His name is written small at the bottom right.
""", control_type="control")

add("daykundi_almonds_chatbot", """
# Chatbot Transcript: "Ask Shafiq"

*Conversation between the clerk of an almond growers' association in Kiti district, Daykundi, and the ordering chatbot of a dry fruit dealer in Lahore, in January 2026, saved by the clerk for the association's file. The association, the dealer, the bot and all figures are invented.*

**Fatima Zahra:** Salaam. What price did Shafiq Dry Fruit pay for Kiti shelled almonds in 2024 and 2025?

**Ask Shafiq:** Wa alaikum salaam! For Kiti shelled almonds our records show USD 8.10 a kg in 2024 and USD 7.40 a kg in 2025. Good news: the Kiti price has strengthened year on year!

**Fatima Zahra:** How many tonnes did you buy from us in each year?

**Ask Shafiq:** 85 tonnes in 2024 and 10 tonnes in 2025. Purchases in 2025 stopped in October, when the border crossings closed.

**Fatima Zahra:** When will you buy again?

**Ask Shafiq:** Our buyers will place new orders when trucks can cross at Torkham or Chaman again. Would you like a message when that happens?

**Fatima Zahra:** Yes. Send it to this number.

**Ask Shafiq:** Done! You will get a message in Dari, Pashto or Urdu. Is there anything else?

**Fatima Zahra:** No, thank you.

**Clerk's note for the head of the association:** Sakhi Dad, the bot cannot read its own figures: 7.40 is less than 8.10. At those prices the 10 tonnes of 2025 came to USD 74,000, and the 85 tonnes of 2024 to USD 688,500.
""", direction("the Kiti price has strengthened year on year", 8.10, 7.40, "2024", "2025",
               "strengthened", "rise", "US dollars a kilogram of shelled almonds",
               "price paid by a Lahore dealer for Kiti shelled almonds",
               "chatbot's first answer",
               "The chatbot gives the price as USD 8.10 a kg in 2024 and USD 7.40 in 2025, a fall of USD 0.70 or 8.64 percent, but calls it a price that has strengthened year on year; the clerk's note says as much."))

add("daykundi_almonds_hulling_roster", """
# Hulling Roster for the Harvest of 1404

*Roster posted at the hulling house of an almond growers' association in Kiti district, Daykundi, giving each village its days at the crackers, in Dari, in English translation. The association, its villages and all figures are invented.*

**Kiti Almond Growers' Association: who hulls when, Mizan and Aqrab 1404**

The house has two crackers and six sorting tables. Each village brings its almonds dried and in sacks, and takes its kernels home the same evening.

- Sang-e Surakh (41 members): 1 to 6 Mizan
- Khwaja Ahmad (37 members): 8 to 12 Mizan
- Qol-e Kalan (52 members): 14 to 20 Mizan
- Dahan-e Tang (29 members): 22 to 25 Mizan
- Villages of the lower valley (77 members): 27 Mizan to 3 Aqrab

That is 236 members, all of this year's roll.

**Rules of the house.** Nobody may crack almonds that are still wet from the tree, because the kernels break. Each village pays Afs 6 a kilo of kernels for diesel and for the sorters' wages. Each village pays Afs 6 a kilo of kernels for diesel and for the sorters' wages. Children under twelve may not stand near the crackers.

A village that misses its days goes to the end of the roster. Any dispute is settled by Sakhi Dad Kitiwal, and his word is final.

Fatima Zahra, clerk.
""", repeated("Each village pays Afs 6 a kilo of kernels for diesel and for the sorters' wages.", 2,
              "hulling charge a village pays", "'Rules of the house' paragraph",
              "The rules give the same sentence on the hulling charge twice, word for word, one after the other; it is one rule written twice, not two charges."))

add("daykundi_almonds_noticeboard", """
# Noticeboard of the Kiti Almond Growers' Association, Hamal 1405

*Notices pinned on the board outside the hulling house of an almond growers' association in Kiti district, Daykundi, in the first month of the solar year 1405 (March to April 2026), copied in Dari and put into English. The association, its members and all figures are invented.*

**1. Members' roll.** The roll for 1404 closed with 236 members, 26 more than in 1403. New members for 1405 may sign with the clerk until the end of Sawr.

**2. Dues.** The general meeting of 28 Hoot 1404 set this year's dues at Afs 2,500 a member. With 236 members on the roll, the association expects Afs 2,500 in dues this year, to be spent on the crackers' diesel, a new roof sheet and the sorters' wages.

**3. Pruning day.** Sakhi Dad will show pruning on the trees above Sang-e Surakh on Friday 14 Hamal. Bring your own saw.

**4. Lahore.** Shafiq Dry Fruit has written that it will take 40 tonnes of first grade kernels as soon as trucks can cross. Members who want to be in that lot should tell the clerk how many kilos they expect to have.

**5. Lost.** A grey shawl was left at the hulling house on the last day of Mizan. Ask Fatima Zahra.

Posted by Fatima Zahra, clerk, 3 Hamal 1405.
""", reuse(["dues at Afs 2,500 a member", "the association expects Afs 2,500 in dues this year"], 2500, "afghanis",
           "dues for one member in 1405", "dues expected from all 236 members in 1405", 590000,
           "Dues are Afs 2,500 a member and the roll has 236 members, so the association should expect Afs 590,000 in dues; the notice says it expects Afs 2,500, the figure for one member."))

# ---------------------------------------------------------------------------
# Gulnar Carpet Workshop (invented), Jowzjan
# ---------------------------------------------------------------------------

JOW_CARD = """| Design | Knots a square decimetre | Size (square metres) | Weavers on the loom |
|---|---|---|---|
| Fil-pa | 1,600 | 6 | 3 |
| Salor Gul | 2,250 | 4 | 2 |
| Kizil Ayak | 1,960 | 6 | 3 |
| Prayer rug | 2,500 | 1.5 | 1 |"""

add("jowzjan_carpets_knot_count_card", """
# Knot Count Card for Buyers

*Card given to visiting buyers by a women's carpet workshop in Jowzjan province, setting out the four designs it weaves, printed in Dari and English. The workshop, its weavers and all figures are invented.*

**GULNAR CARPET WORKSHOP: WHAT WE WEAVE**

Every carpet is hand-knotted on upright looms from hand-spun wool dyed in the workshop. The knot count below is checked by Oguljan on the back of each carpet before it is cut from the loom.

""" + JOW_CARD + """

**About the designs.** The Fil-pa, the elephant's foot, is our oldest design and the one Bibi Gulnar taught first when she began the workshop in 2004. The Salor Gul is knotted tighter than any of our carpets except the prayer rug, at 2,520 knots to the square decimetre, and so it keeps its two women at the loom longer than the larger Fil-pa keeps its three. The Kizil Ayak is woven with a red ground that buyers in Peshawar always ask for.

**Prices.** For buyers abroad we ask USD 95 a square metre for any design, so a Fil-pa of 6 square metres is USD 570 and a prayer rug USD 142.50. Prices at home are set at the workshop door.

**Orders.** A carpet can be ordered in any of the four designs; waiting time is given when the order is taken. We have 42 weavers and do not take orders for more carpets than they can finish.
""", tvt(["at 2,520 knots to the square decimetre", line_of(JOW_CARD, "| Salor Gul |")],
         {"card_text_value": 2520, "table_value": 2250}, "knots a square decimetre",
         "knot count of the Salor Gul design at Gulnar Carpet Workshop", "card current in 2026",
         "paragraph 'About the designs' against the Salor Gul row of the pipe table",
         "The card's table gives the Salor Gul 2,250 knots a square decimetre; the paragraph below gives the same design 2,520, the 2 and the 5 swapped, and says it is tighter than every design but the prayer rug, which at 2,500 would no longer be tighter than 2,520.",
         table_form="pipe, designs as rows with knots, size and weavers columns, without a total row"))

add("jowzjan_carpets_boarding_pass", """
# Boarding Pass and Trip Note: To the Peshawar Carpet Fair

*Bus boarding pass of a weaver from a women's carpet workshop in Jowzjan province, with the note she wrote on its back for the workshop's records, in September 2025. The workshop, the bus company, the fair and all figures are invented.*

**AMU DARYA COACHES, BOARDING PASS**

- Passenger: Oguljan Gulnar
- From: Sheberghan. To: Peshawar
- Route: Sheberghan – Mazar-e Sharif – Kabul – Jalalabad – Torkham (Pakistan–Turkmenistan border) – Peshawar
- Date: 14 September 2025, 05:30. Seat: 11
- Fare: Afs 4,800, paid. Luggage: 3 bales of carpets, 120 kg, Afs 1,200 extra
- Passport and Pakistani visa to be shown at the border

**Oguljan's note on the back**

Three bales, nine carpets, for the stand at the Peshawar fair: four Fil-pa, three Kizil Ayak and two prayer rugs. The bus reached Kabul at 16:00 and left again at 22:00; we were at the border at dawn and waited six hours.

Habib Carpets bought all nine on the second day, at USD 95 a square metre, so USD 4,275 for 45 square metres: four Fil-pa and three Kizil Ayak at 6 square metres each, and two prayer rugs at 1.5.

On the way home the bus was stopped near Aqcha for a tyre. Our province, Jowzjan, borders Turkmenistan to the north, and the driver said the Turkmen gas trucks had worn the road to holes. Total spent on the trip, with food and the fair stand: Afs 21,000.
""", scope("Torkham (Pakistan–Turkmenistan border)", "TKM", ["PAK", "TKM"], "Turkmenistan",
           "Torkham, between Jalalabad and Peshawar, is a crossing between Pakistan and Afghanistan; the boarding pass calls it the Pakistan–Turkmenistan border, putting Turkmenistan in Afghanistan's place, although the whole route to it runs through Afghanistan and Turkmenistan does not border Pakistan. Turkmenistan is named correctly in the note, as the country to the north of Jowzjan.",
           not_a_defect="Jowzjan, borders Turkmenistan to the north"))

add("jowzjan_carpets_jingle", """
# Radio Jingle Script: Gulnar Carpets

*Script for a 30-second advertisement on a Sheberghan radio station in February 2026, paid for by a women's carpet workshop in Jowzjan province, with the station's timing marks, in English translation from Dari and Uzbek. The workshop, the station and all figures are invented.*

**[0:00] SOUND:** a loom beater, three knocks, then a dutar playing softly.

**[0:03] SINGERS (to the tune):**

*Knot by knot, and row by row,*
*Gulnar's carpets grow and grow,*
*Red like pomegranate, soft like snow —*
*Where do good carpets go? Home they go!*

**[0:12] ANNOUNCER:** Last year more families in Afghanistan chose a Gulnar carpet than ever before. Sales at home went from 270 carpets in 2024 to 440 in 2025, a rise of 53 percent! Fil-pa, Salor Gul, Kizil Ayak and prayer rugs, knotted by 42 women of Jowzjan from wool spun and dyed in our own workshop.

**[0:22] ANNOUNCER:** Come to the workshop on the Aqcha road, open every day but Friday, from 8 to 5. Bring this advertisement and take a free cushion cover with any carpet.

**[0:27] SINGERS:** *Home they go!*

**[0:30] END.**

**Station's note:** 30 seconds; to run six times a day for four weeks, 168 times in all, at Afs 350 a spot.
""", arith(["Sales at home went from 270 carpets in 2024 to 440 in 2025, a rise of 53 percent!"],
           "From 270 to 440 carpets is a rise of 170, or 62.96 percent of 270, not 53 percent.",
           **{"from": 270, "to": 440, "from_period": "2024", "to_period": "2025", "stated_change_pct": 53,
              "computed_change_pct": 62.96, "unit": "carpets", "subject": "carpets sold at home by Gulnar Carpet Workshop",
              "location": "announcer's first line"}))

add("jowzjan_carpets_ticket_stub", """
# Ticket Stub from the Sheberghan Carpet Market Day

*Stub of an entry ticket to a carpet market day in Sheberghan, Jowzjan province, kept by a women's carpet workshop, with the terms printed on its back, in English translation from Dari. The market committee, the workshop and all figures are invented.*

**SHEBERGHAN CARPET MARKET DAY, 3 HAMAL 1405 (23 MARCH 2026)**

Stall ticket No. 0087. Holder: Gulnar Carpet Workshop. Stall: row B, next to the well.

**Printed on the back:**

1. This ticket admits one seller and two helpers to the market ground from 7 in the morning.
2. Stall rent was raised by the committee from Afs 1,500 on 3 Hamal 1405 to Afs 1,500 on 3 Hamal 1405, and is paid with this ticket.
3. Each stall may show no more than 20 carpets at one time.
4. Carpets sold on the ground are charged a market fee of 2 percent of the price, paid by the buyer.
5. Loading trucks must leave the ground by 5 in the evening.

**Written on the stub by Oguljan:** We took 14 carpets and sold 9 to buyers from Mazar and Kabul, mostly Kizil Ayak. Rent paid. Helpers: Aynur and Bahar. Next market day is on 3 Sawr.

The committee's stamp is on the front, over the stall number.
""", garbled(["Stall rent was raised by the committee from Afs 1,500 on 3 Hamal 1405 to Afs 1,500 on 3 Hamal 1405"],
             "The ticket says the stall rent was raised, but gives the same amount, Afs 1,500, on the same day, 3 Hamal 1405, as both the old and the new rent; a change with the same start and end cannot be a rise.",
             start_value=1500, end_value=1500, start_period="3 Hamal 1405", end_period="3 Hamal 1405",
             unit="afghanis a stall", subject="stall rent at the Sheberghan carpet market day",
             location="point 2 printed on the back of the ticket"))

add("jowzjan_carpets_song_lyrics_control", """
# "The Loom Song": Lyrics with the Workshop's Notes

*Words of a work song the weavers of a women's carpet workshop in Jowzjan province sing at the looms, written down in Uzbek and put into English, with notes by the workshop's head for a visiting folklorist in January 2026. The workshop and all figures are invented.*

**The song**

*Three of us sit at the Fil-pa loom,*
*Our knots go in like rain in spring,*
*From the red of the madder to the black of the night,*
*The carpet grows while we sing.*

*The Salor Gul is tight and small,*
*Two of us at her, shoulder to shoulder,*
*She takes her time, the proud one,*
*And comes off the loom a season older.*

**Notes by Oguljan Gulnar**

Our Fil-pa is 6 square metres at 1,600 knots a square decimetre. A square metre is 100 square decimetres, so the carpet has 960,000 knots, and each of the three women at the loom ties 320,000 of them. A good weaver ties about 10,000 knots in a day, so a Fil-pa comes off the loom in about 32 working days.

The Salor Gul is smaller, 4 square metres, but tighter, 2,250 knots, so it has 900,000 knots, 450,000 for each of the two women: more each than on the Fil-pa, which is why the song calls her proud.

Last year we sold 480 carpets, 440 in Afghanistan and 40 to Peshawar. My mother began with four looms in 2004; we now have 42 weavers, and they all know this song.
""", control_type="control")

# ---------------------------------------------------------------------------
# Tirin Kot Pomegranate Cooperative (invented), Uruzgan
# ---------------------------------------------------------------------------

add("tirin_kot_pomegranates_ode", """
# "Ode to the Orchards of Tirin Kot", with the Poet's Notes

*Poem in Pashto read at the harvest gathering of a pomegranate cooperative at Tirin Kot, Uruzgan, in Hoot 1404 (February to March 2026), in English translation, with the poet's notes for the printed copy. The cooperative, the poet and all figures are invented.*

**The ode**

*O orchards by the river, red lanterns in the green,*
*You filled the crates of Quetta, as many as were seen;*
*You fed our own bazaars when the mountain road was closed,*
*And still your branches bowed, as if nobody knew.*

*O trees that Haji Zarbat's father planted in a row,*
*Your fruit went down to Pakistan on trucks that moved so slow;*
*Now it stays at home, and the children eat their fill,*
*And the seeds on the threshing floor are redder still.*

**Notes by the poet, Khpalwak Uruzgani**

The first verse is about the two markets. In 2024 the cooperative sent 580 tonnes to Lal Din & Co. in Quetta, and in 2025 only 70, because the crossings shut in October at the height of the picking; even so, in my lines the Quetta trade grew plump from 2024 to 2025, since the people of Quetta still ask for our fruit by name.

At home we sold 340 tonnes in 2024 and 540 in 2025, which is why the second verse says the children ate their fill. Altogether the cooperative sold 610 tonnes in 2025, against 920 the year before.

The third line of the first verse does not rhyme in English; in Pashto it does. I read the poem in the cooperative's store on the evening of 20 Hoot, to about 200 members and guests.
""", direction("in my lines the Quetta trade grew plump from 2024 to 2025", 580, 70, "2024", "2025",
               "grew plump", "rise", "tonnes of pomegranates",
               "pomegranates sent by the Tirin Kot cooperative to its Quetta commission agent",
               "poet's notes, first paragraph",
               "The notes give the cooperative's pomegranates sent to Quetta as 580 tonnes in 2024 and 70 in 2025, a fall of 510 tonnes or 87.93 percent, yet say the Quetta trade grew plump from 2024 to 2025."))

add("tirin_kot_pomegranates_crate_label", """
# Crate Label: Tirin Kot Pomegranates, Export Grade

*Text of the paper label glued to the crates of a pomegranate cooperative at Tirin Kot, Uruzgan, for the 2025 harvest, printed in Pashto and English. The cooperative and all figures are invented.*

**TIRIN KOT POMEGRANATE COOPERATIVE, URUZGAN, AFGHANISTAN**

**Variety:** Kandahari red, hand-picked, sorted by size.

**Grade:** Export A. 72 fruits to the crate, each of about 250 g.

**Net weight of fruit: 18 kg**

**Empty crate: 2 kg** (pine wood, reusable; please return to the cooperative's agent).

**Gross weight, crate and fruit: 18 kg**

**Packed:** store of the cooperative, Tirin Kot, on the date stamped on the side.

**Consignee:** Lal Din & Co., commission agents, fruit market, Quetta, Pakistan.

**Keep cool and dry. Do not stack more than eight crates high.**

*Printed on the inside of the lid, for the packers:*

Fill every crate to the line. A crate that weighs short at the Quetta scale is sold as second grade. Write your packer number on the lid with the blue crayon. The store keeper, Nik Mohammad, checks every tenth crate on the scale before it is nailed shut.

*Stamped on the side:* Packed 4 Mizan 1404. Packer 17.
""", reuse(["Net weight of fruit: 18 kg", "Gross weight, crate and fruit: 18 kg"], 18, "kilograms",
           "net weight of the pomegranates in one crate", "gross weight of the crate with its fruit", 20,
           "The label gives the fruit as 18 kg net and the empty crate as 2 kg, so the gross weight of crate and fruit is 20 kg; it gives the gross weight as 18 kg, the net figure two lines above."))

TK_SLIP = pdf_lines([
    ["Lot", "Crates", "Rate (Rs a crate)", "Amount (Rs)"],
    ["1", "120", "4,200", "504,000"],
    ["2", "85", "3,900", "331,500"],
    ["3", "40", "3,600", "144,000"],
    ["Total", "245", "-", "979,500"],
])

add("tirin_kot_pomegranates_rate_slip", """
# Rate Slip from the Quetta Fruit Market, 29 September 2025

*Sale slip of a commission agent in the Quetta fruit market for a truck of pomegranates sent by a cooperative at Tirin Kot, Uruzgan, copied from its PDF, with the agent's covering message. The cooperative, the agent and all figures are invented.*

Lal Din & Co., commission agents. Consignor: Tirin Kot Pomegranate Cooperative. Truck arrived 28 September, auctioned 29 September, morning.

""" + TK_SLIP + """

Deductions, from the amount of Rs 979,500: commission at 6 percent, Rs 58,770; market fee and labour, Rs 12,250; so Rs 908,480 is due to the cooperative.

Message from Lal Din to Haji Zarbat: the first lot was the best fruit I have seen this season and went to a Lahore buyer. Lot 2 sold at Rs 3,090 a crate, which is fair for fruit with a few split skins, and lot 3 was the small ones. Tell your packers to keep the split fruit out of the export crates.

The money will go by hawala through the usual shop in Kandahar within the week. There is talk that the crossing will be closed next month; if you can send another truck, send it soon.
""", tvt(["Lot 2 sold at Rs 3,090 a crate", line_of(TK_SLIP, "2 ")],
         {"message_value": 3090, "table_value": 3900}, "rupees a crate",
         "auction rate for lot 2 of the Tirin Kot cooperative's pomegranates", "auction of 29 September 2025",
         "agent's message under the slip against the lot 2 row of the PDF-extracted table",
         "The slip gives lot 2 a rate of Rs 3,900 a crate, and its amount, Rs 331,500, is 85 crates at Rs 3,900; the agent's message gives the same lot's rate as Rs 3,090, the 9 and the 0 swapped.",
         table_form="PDF text extraction, lots as rows with crates, rate and amount columns and a total row"))

add("tirin_kot_pomegranates_desk_calendar", """
# Desk Calendar Page: Mizan 1404

*Page of the desk calendar kept by the store keeper of a pomegranate cooperative at Tirin Kot, Uruzgan, with his entries for the month of Mizan 1404 (September to October 2025), in English translation from Pashto. The cooperative and all figures are invented.*

**MIZAN 1404 — Tirin Kot Pomegranate Cooperative — store keeper Nik Mohammad**

- **1 Mizan (23 September).** Picking begins in the river orchards. 22 pickers.
- **4 Mizan.** First export crates packed: 640 crates of 18 kg.
- **6 Mizan.** Truck to Quetta with 245 crates, three lots.
- **9 Mizan.** Cold store rent went from Afs 6 a crate a week on 9 Mizan 1404 to Afs 6 a crate a week on 9 Mizan 1404; paid for four weeks.
- **12 Mizan.** Haji Zarbat back from Quetta. Money for the truck to come by hawala.
- **17 Mizan.** 31 pickers. Home market price Afs 45 a kg in Tirin Kot bazaar.
- **20 Mizan.** Second truck for Quetta loaded, 300 crates; held at Spin Boldak for two days.
- **26 Mizan.** News that the crossings may close. Stop packing export crates; pack for the home market in sacks.
- **30 Mizan.** Store count: 1,120 crates and 84 sacks in the cold store.

*Note at the foot of the page:* ask the cold store for a written receipt every week from now on.
""", garbled(["Cold store rent went from Afs 6 a crate a week on 9 Mizan 1404 to Afs 6 a crate a week on 9 Mizan 1404"],
             "The entry says the cold store rent went from one rate to another, but gives the same rate, Afs 6 a crate a week, on the same day, 9 Mizan 1404, as both the old and the new rent.",
             start_value=6, end_value=6, start_period="9 Mizan 1404", end_period="9 Mizan 1404",
             unit="afghanis a crate a week", subject="cold store rent paid by the Tirin Kot cooperative",
             location="entry for 9 Mizan on the calendar page"))

# ---------------------------------------------------------------------------
# Trade, closure and markets
# ---------------------------------------------------------------------------

TRADE_TEST = """| Year | Exports | Imports | Total | Balance |
|---|---|---|---|---|
| 2019 | 1,290 | 441 | 1,731 | 849 |
| 2020 | 942 | 509 | 1,451 | 433 |
| 2021 | 828 | 552 | 1,380 | 276 |
| 2022 | 936 | 741 | 1,677 | 195 |
| 2023 | 1,012 | 690 | 1,702 | 322 |
| 2024 | 884 | 540 | 1,424 | 344 |"""

add("trade_practice_test", """
# Practice Test, Economics of Pakistan, Unit 7: Trade with Neighbours

*Question paper set in February 2026 by a teacher at a higher secondary school in Quetta for her class, with the data it gives. The school, the teacher and the trade figures are invented for teaching.*

**Kasi Girls' Higher Secondary School, Quetta. Class XII. Time: 40 minutes. Marks: 20.**

**Read the table and the passage, then answer all questions.**

Table 1. Pakistan's trade with Afghanistan, USD million (exports are from Pakistan to Afghanistan, imports from Afghanistan to Pakistan; the balance is exports less imports).

""" + TRADE_TEST + """

**Passage.** After a sharp fall from 2019 to 2021, Pakistan's exports to Afghanistan recovered to USD 963 million in 2022 and passed the billion mark in 2023, before slipping back in 2024. Imports from Afghanistan peaked in 2022, the year coal from Afghan mines was in greatest demand.

**Questions**

1. (a) By how many million dollars did exports fall from 2019 to 2021? (2 marks) (b) Give that fall as a percentage of the 2019 figure, to one decimal place. (2 marks)
2. In which year was the balance smallest? Suggest one reason. (4 marks)
3. Find the total trade for the six years together. (4 marks)
4. Using the passage and the table, explain why imports fell after 2022. (4 marks)
5. The border crossings were closed in October 2025. Describe two ways a closure affects traders on both sides. (4 marks)

Teacher: Ms Rukhsana Kasi. Answers will be discussed on Monday.
""", tvt(["recovered to USD 963 million in 2022", line_of(TRADE_TEST, "| 2022 |")],
         {"passage_value": 963, "table_value": 936}, "USD million",
         "Pakistan's exports to Afghanistan", "2022",
         "reading passage against the 2022 row of the pipe table",
         "The test's table gives exports in 2022 as USD 936 million, and its 2022 total (1,677) and balance (195) both fit 936 with imports of 741; the passage gives exports in 2022 as USD 963 million, the 3 and the 6 swapped.",
         table_form="pipe, years as rows with exports, imports, total and balance columns"))

add("trade_marking_scheme", """
# Marking Scheme, Class XI Commerce, Monthly Test, January 2026

*Marking scheme circulated to examiners by the commerce department of a college in Peshawar, for a question on trade with Afghanistan. The college, its staff and the trade figures are invented for teaching.*

**Frontier Commerce College, Peshawar. Paper: Business Economics. Question 3 (10 marks).**

The question gave students the following: in 2023 Pakistan's exports to Afghanistan were USD 1,012 million and its imports from Afghanistan were USD 690 million; in 2024 exports were USD 884 million and imports USD 540 million.

**Expected answers and marks**

- 3(a) Total trade in 2023 = 1,012 + 690 = USD 1,702 million. (2 marks)
- 3(b) Trade balance in 2023 = 1,012 − 690 = USD 332 million, a surplus for Pakistan. (2 marks)
- 3(c) Trade balance in 2024 = 884 − 540 = USD 344 million, also a surplus. (2 marks)
- 3(d) Fall in exports from 2023 to 2024 = USD 128 million, or 12.6 percent of the 2023 figure. (2 marks)
- 3(e) Any one reason for the fall, for example closures at Torkham, the slowdown in Afghan spending, or transit goods taking other routes. (2 marks)

**Notes to examiners**

- Give full marks for a correct answer without working, and one mark for correct working with a slip in the arithmetic.
- Students may write "deficit" for Afghanistan's side of the same balance; accept it if the sign is explained.
- Scripts are to be returned to the head of department, Mr Waqar Afridi, by 2 February.
""", arith(["3(b) Trade balance in 2023 = 1,012 − 690 = USD 332 million"],
           "Exports of USD 1,012 million less imports of USD 690 million leave a balance of USD 322 million, not the USD 332 million the scheme gives; answer 3(a), 1,702, uses the same two figures correctly.",
           exports=1012, imports=690, stated_balance=332, computed_balance=322, unit="USD million", period="2023",
           subject="Pakistan's trade balance with Afghanistan", location="expected answer 3(b)"))

add("trade_flip_chart", """
# Flip Chart Pages from a Drivers' Meeting

*Pages of a flip chart from a meeting of truck drivers and cleaners held at a transport yard on the Ring Road, Peshawar, on 22 October 2025, typed up by the organiser. The yard, the association and all figures are invented.*

**Page 1: WHO IS STUCK? (as of this morning, 22 Oct)**

Trucks waiting at or near the crossings, by crossing, from the members' phone calls:

- Torkham: 2,340 trucks
- Chaman: 1,180 trucks
- Ghulam Khan: 310 trucks
- Angoor Adda: 95 trucks

**ALL CROSSINGS: 4,025 TRUCKS**

**Page 2: WHAT DO WE NEED?**

- Water and food for drivers at Torkham: the mosque committee at Landi Kotal has offered one meal a day for 500 men.
- A doctor for the Chaman queue: two drivers have fever.
- Parking charges stopped while the gates are shut.

**Page 3: WHAT WE AGREED**

1. A team of five goes to the deputy commissioner on Friday.
2. Each member pays Rs 200 for the food fund this week.
3. Nobody unloads perishable goods on the road without telling the association, so that the owners can be told.

Organiser's note: 41 drivers attended.

Organiser: Gul Nawaz, Khyber Goods Drivers' Welfare Association.
""", parts_total(["Torkham: 2,340 trucks", "Chaman: 1,180 trucks", "Ghulam Khan: 310 trucks",
                  "Angoor Adda: 95 trucks", "ALL CROSSINGS: 4,025 TRUCKS"],
                 {"Torkham": 2340, "Chaman": 1180, "Ghulam Khan": 310, "Angoor Adda": 95}, 4025, "trucks",
                 "22 October 2025", "trucks waiting at or near the crossings, by crossing",
                 "page 1 of the flip chart, bulleted list and its total line",
                 "The four crossings' trucks add up to 3,925 (2,340 + 1,180 + 310 + 95), not the 4,025 written as the total for all crossings."))

add("trade_demands_sheet", """
# Sheet of Demands: Karkhano Market Exporters to the Provincial Trade Minister

*Sheet of demands handed to a provincial minister on his visit to the Karkhano market, Peshawar, on 5 January 2026, by a group of exporters who sell to Afghanistan. The group, its members and all figures are invented; the annual trade figures are the invented series used throughout this set.*

**Karkhano Afghan Trade Exporters' Group (74 member firms)**

Honourable Minister,

We thank you for coming to the market. Our members sell cloth, cooking oil, medicines, cement and household goods across the border, and every one of them has had goods held since October. We put before you five demands.

**Why we ask.** Pakistan's exports to Afghanistan went into a slump after 2022: from USD 936 million in 2022 they went to USD 1,012 million in 2023, and in 2024 they stood at USD 884 million. Now, with the gates shut, they are close to nothing, and our members' workers are being sent home.

**Our demands**

1. Open Torkham and Chaman to goods trucks at once, even if only for fixed hours each day.
2. Waive the demurrage and parking charges on trucks held since the closure; a truck held for 90 days has run up more in charges than its load is worth.
3. Give exporters with goods stuck at the border six months more to close their export proceeds with the bank.
4. Set up one desk in Peshawar where traders can learn each morning which gates are open.
5. Hold a meeting with traders every month until trade is normal again.

With respect,

Haji Sher Zaman, president, and Naveed Ullah, general secretary.
""", direction("Pakistan's exports to Afghanistan went into a slump after 2022: from USD 936 million in 2022 they went to USD 1,012 million in 2023",
               936, 1012, "2022", "2023", "went into a slump", "fall", "USD million",
               "Pakistan's exports to Afghanistan", "paragraph 'Why we ask'",
               "The sheet gives exports as USD 936 million in 2022 and USD 1,012 million in 2023, a rise of USD 76 million or 8.12 percent, but says they went into a slump after 2022."))

add("trade_shutter_down_notice", """
# Shutter-Down Notice: Landi Kotal Bazaar

*Notice printed and pasted on shop shutters in the Landi Kotal bazaar, Khyber district, on 18 November 2025, calling a one-day strike. The traders' body, its officers and all figures are invented.*

**LANDI KOTAL BAZAAR TRADERS' UNITY: SHUTTERS DOWN ON THURSDAY 20 NOVEMBER**

Brothers,

For five weeks now the India–Afghanistan crossing at Torkham, eight kilometres from this bazaar, has been shut to goods. Our bazaar lives on that road. The loaders have gone home, the hotels are empty, and the money changers sit with nothing to change.

On Thursday every shop in the bazaar will keep its shutter down from morning to evening, and we will walk together from the main chowk to the press club at 11.

**What we want**

- The crossing opened to goods and to the daily labourers who carried loads across before the closure.
- Rent on market shops waived for the months of the closure.
- Electricity bills for shops held over until the trade comes back.

Our tea sellers know how strange things have become: even the black tea from India that our wholesalers buy, shipped to Karachi and trucked up from there, costs more than it did, because the shops on the other side no longer buy from us and we sell less of everything.

Pharmacies will stay open. Ambulances will be let through. Nobody is to force a shop shut; each man decides.

Committee: Malik Gul Rehman (president), Ihsanullah Shinwari (secretary), 31 members of the council.
""", scope("the India–Afghanistan crossing at Torkham", "IND", ["IND", "AFG"], "India",
           "Torkham, eight kilometres from Landi Kotal in Khyber district, is a crossing between Pakistan and Afghanistan; the notice calls it the India–Afghanistan crossing, putting India in Pakistan's place, though the bazaar it stands beside is in Pakistan. India is named correctly later, as the origin of the black tea shipped to Karachi.",
           not_a_defect="the black tea from India"))

add("trade_graffiti", """
# Writing on the Wall: Graffiti along the Chaman Road

*Photographs of slogans painted on walls along the road into Chaman, Balochistan, in December 2025, transcribed and translated from Urdu and Pashto by a reporter, with her notes. The reporter, the shops and all figures are invented.*

**Wall of a tyre shop, 2 km before the gate:** "Open Chaman, the Pakistan–Iran gate — our bread comes through it."

**Wall of the old wholesale market:** "Sixty days shut. Sixty days without work." (The reporter counted: the gate had been shut to goods since mid-October, so about 60 days by the date of the photograph.)

**Shutter of a closed money changer's shop:** "Back when the road opens. Not before."

**Wall beside the truck park, in fresh paint:** "1,600 trucks wait here. Who pays the drivers?" (A clerk at the truck park told me the figure was about right that week: he had 1,590 trucks on his register.)

**Reporter's note.** The slogans are new, most painted after the first month of the closure. The wall by the tyre shop has been painted over twice by the municipality and written again each time. The people of Chaman have lived off the crossing to Spin Boldak, on the Afghan side, for generations; many families have members on both sides of it. I spoke to 23 shopkeepers along the road. All but two had sent workers home; the two were a pharmacy and a bakery.
""", scope("the Pakistan–Iran gate", "IRN", ["PAK", "IRN"], "Iran",
           "Chaman is a crossing between Pakistan and Afghanistan, facing Spin Boldak in Kandahar province, as the reporter's note itself says; the slogan calls it the Pakistan–Iran gate, putting Iran in Afghanistan's place, although the crossings to Iran lie far to the west, at Taftan."))

add("trade_breaking_news_strip", """
# Breaking-News Strip: Evening Bulletin, 6 December 2025

*Lines run along the bottom of the screen during the evening bulletin of a Quetta television channel, copied from the channel's running order, with the night editor's note. The channel, its staff and all figures are invented.*

**STRIP, 19:00 TO 19:30, IN THIS ORDER:**

- CHAMAN GATE CLOSED TO GOODS FROM 29 NOVEMBER 2025 TO 3 NOVEMBER 2025, CUSTOMS SOURCES SAY; PEDESTRIANS STILL CROSSING WITH DOCUMENTS
- TRUCK PARK AT CHAMAN HOLDS 1,590 VEHICLES, PARK OFFICIALS SAY
- FRUIT TRADERS IN QUETTA SAY POMEGRANATE PRICES DOWN BY A THIRD SINCE OCTOBER
- PROVINCIAL MINISTER TO MEET TRADERS' DELEGATION ON MONDAY
- TEMPERATURE IN QUETTA TONIGHT: MINUS 4 DEGREES; ZIARAT MINUS 9

**Night editor's note (Ghazala Achakzai):** the strip runs in a loop of five lines, each for six seconds, and is refreshed at 19:15. The first line came from the reporter at the border by text message and went straight onto the strip; it must be checked against the customs notice before the 21:00 bulletin. The truck park figure was checked by telephone with the park office at 18:40. The fruit price line is from the market association and is their word, not ours.

Channel: Shal News, Quetta. Running order prepared by Abdul Wahid Tareen, assistant producer.
""", garbled(["CHAMAN GATE CLOSED TO GOODS FROM 29 NOVEMBER 2025 TO 3 NOVEMBER 2025"],
             "The strip says the gate was closed to goods from 29 November 2025 to 3 November 2025, a period whose end comes before its start.",
             stated_period_start="29 November 2025", stated_period_end="3 November 2025",
             subject="closure of the Chaman gate to goods", location="first line of the breaking-news strip"))

add("trade_index_card", """
# Index Cards from a Researcher's Box: "Torkham Road, Winter 2025"

*Cards written by a researcher at a Peshawar university while interviewing transport people during the closure of the crossings, typed in the order they were filed. The researcher, the union and all figures are invented.*

**Card 14. Khyber Truck Drivers' Union, office at the Ring Road, 3 December 2025.**
Talked with the general secretary, Zarif Gul Afridi. Members: 4,200 drivers, nearly all of them owner-drivers of one truck. Each member pays dues of Rs 500 a month. According to him, dues collected each month: Rs 4,200, which goes to a fund for members' hospital bills.

**Card 15. Same day, the union's tea room.**
Seven drivers present. Average time since their last trip across: 49 days. Two have sold their trucks' spare tyres to pay rent. One, Saeed Jan, has driven the Torkham road for 26 years, since he was 19.

**Card 16. Landi Kotal, 5 December 2025.**
Loaders at the old goods yard: about 300 before the closure, 40 now, the others gone to brick kilns near Nowshera. Daily wage when there was work: Rs 1,800.

**Card 17. To do.**
Ask the union for its hospital fund book. Check the dues figure on card 14 against it.
""", reuse(["Members: 4,200 drivers", "dues collected each month: Rs 4,200"], 4200,
           "members, then rupees a month", "members of the drivers' union",
           "union dues collected in a month from all members", 2100000,
           "The union has 4,200 members paying Rs 500 a month each, so a month's dues come to Rs 2,100,000; the card gives the dues collected each month as Rs 4,200, the number of members a line above."))

# ---------------------------------------------------------------------------
# Registered Afghan refugees in Pakistan (citations and citation controls)
# ---------------------------------------------------------------------------

add("refugees_landay", """
# Landays of the Camps, with a Translator's Note

*Five landays (two-line Pashto folk poems) gathered from women in a refugee village near Haripur, Khyber Pakhtunkhwa, in 2022, in English translation, with the translator's note. The translator, the singers and the collection are invented.*

*My father's house had a mulberry tree;*
*Here the mulberries belong to someone else.*

*The card in my pocket says I may stay;*
*The card in my heart says I must go.*

*Forty winters, and still the tents are patched;*
*Forty winters, and still my mother counts the stars of home.*

*My son was born on this side of the pass;*
*Tell me, brother, which side is his?*

*The river does not ask for papers;*
*Why, then, does the bridge?*

**Translator's note.** A landay has nine syllables in its first line and thirteen in its second, and it is sung far more often than it is written. I heard these from four women, aged between 30 and 70, in the autumn of 2022; the eldest had come to Haripur in 1980. The "card" is the registration card that registered refugees carry. At the end of 2021 the registered Afghan refugees in Pakistan numbered some 1.2 million (UNHCR (2021a)), and most of the families who sang to me had held such cards for two generations. I have kept the images as they were sung and not tried to rhyme them.

— Spogmai Haripuri, translator
""", citation(["At the end of 2021 the registered Afghan refugees in Pakistan numbered some 1.2 million (UNHCR (2021a))"],
              1200000, "2021",
              "'UNHCR (YEARa)' after a hedged rounded figure in millions, in a translator's note to landays",
              "translator's note",
              "The note gives the registered Afghan refugees in Pakistan at the end of 2021 as some 1.2 million, citing UNHCR (2021a); the reference value for end-2021 is 1,490,562, so 1.2 million is 19.5 percent below it, well beyond what 'some' allows.",
              stated_as_written="some 1.2 million", stated_hedge="some"))

add("refugees_board_game", """
# "Crossing Home": Cards from a Classroom Board Game

*Three cards from a board game about refugee families made by a teacher in Islamabad for a secondary school class in 2024, with the source line printed on the back of the box. The teacher, the school and the game are invented.*

**How the game is played.** Each player is a family moving along a road of 40 squares from a camp to a new home. Cards are drawn when a player lands on a red square.

**Card 7: THE COUNT.** At the end of 2023 there were 1,587,717 registered Afghan refugees in Pakistan.[1] Your family is one of them. Show your card at the checkpoint and move on two squares.

**Card 12: THE RAIN.** The roof of your mud house leaks in the monsoon. Miss a turn while you mend it with plastic sheet, then move on one square.

**Card 19: THE SCHOOL.** Your eldest daughter passes her Class 8 examinations with the second-best marks in the camp school. Every player moves on one square to celebrate with you.

**For the teacher.** The game takes about 35 minutes for four players. After playing, ask the class what their family lost and what it kept on the way.

[1] UNHCR, registered Afghan refugees in Pakistan, end of 2023. Figure printed on card 7 as the class found it in the library's yearbook.
""", citation(["At the end of 2023 there were 1,587,717 registered Afghan refugees in Pakistan.[1]",
               "[1] UNHCR, registered Afghan refugees in Pakistan, end of 2023."],
              1587717, "2023",
              "'[n] UNHCR …' footnote on the back of the box, keyed to a figure written in full with one digit changed, on a board game card",
              "card 7 and its footnote",
              "Card 7 gives the registered Afghan refugees in Pakistan at the end of 2023 as 1,587,717, with a footnote to UNHCR for end-2023; the reference value is 1,987,717, so the card's figure, with a 5 for the 9, is 20.1 percent below it.",
              stated_as_written="1,587,717"))

add("refugees_nursery_rhyme", """
# "Count the Cards": A Nursery Rhyme with Notes for Parents

*Counting rhyme in Urdu written for a community pre-school for Afghan children in Karachi in 2023, in English translation, with notes for parents printed under it. The pre-school, its teachers and the rhyme are invented.*

*One card for Baba, two for Mama's hand,*
*Three for the baby who was born in this land,*
*Four for the aunties who sew in the shade,*
*Five for the uncles who sell what they made.*

*Count them, count them, keep them in a tin,*
*Show them at the gate and they'll let you in.*

**Notes for parents**

This rhyme is sung at the start of the day in our pre-school in Sohrab Goth, while the children put their shoes in a row. It teaches counting from one to five and the words for the family.

The cards in the rhyme are the registration cards that every registered refugee family keeps safe. There were 1,374,278 registered Afghan refugees in Pakistan at the end of 2022 (note a), and many of our children's families have lived in Karachi for more than 30 years.

Please practise the rhyme at home in Dari or Pashto as well as in Urdu. Our 46 children come from homes with three languages between them.

a/ UNHCR, end-2022 count of registered Afghan refugees in Pakistan, as given in the pre-school's funding report.

— Teacher Nazia and Teacher Roya, Sohrab Goth
""", citation(["There were 1,374,278 registered Afghan refugees in Pakistan at the end of 2022 (note a)",
               "a/ UNHCR, end-2022 count of registered Afghan refugees in Pakistan"],
              1374278, "2022",
              "'a/ UNHCR …' source note keyed to a figure written in full with two digits swapped, in notes to a nursery rhyme",
              "notes for parents and note a",
              "The notes give the registered Afghan refugees in Pakistan at the end of 2022 as 1,374,278, with a note to UNHCR for end-2022; the reference value is 1,743,278, so the figure, with the 7 and the 4 swapped, is 21.2 percent below it.",
              stated_as_written="1,374,278"))

add("refugees_sms_alert", """
# SMS Alerts to Registered Families, January 2025

*Text messages sent in Dari and Pashto by a legal aid helpline in Peshawar to the refugee families on its list, in English translation, with the helpline's log of the send. The helpline, its staff and the messages are invented.*

**Message 1, sent 6 January 2025, 10:00:** Salaam. Your registration card is your protection. Keep it with you when you travel, and keep a photocopy at home. If police take your card, ask for a written receipt. Call us free on our helpline number, 9 am to 5 pm.

**Message 2, sent 6 January 2025, 10:05:** You are not alone: about 1.9 million Afghans were registered refugees in Pakistan at the end of 2024 (data: UNHCR, Pakistan: registered Afghan refugees, 31 Dec 2024). If your card has expired, do not throw it away; bring it to us.

**Message 3, sent 8 January 2025, 10:00:** Our lawyers sit at the Board Bazaar office on Mondays and Thursdays, 10 am to 1 pm. Bring your card and any papers from the police.

**Helpline log (Farzana Yousafzai, coordinator)**

- List size on 6 January: 6,420 numbers
- Message 1 delivered: 6,011; failed: 409
- Message 2 delivered: 6,011; failed: 409
- Message 3 delivered: 5,980; failed: 440
- Calls to the helpline in the week after: 312, against 180 in an ordinary week

Messages are limited to 160 characters in English; the Dari and Pashto versions were sent in two parts.
""", citation(["about 1.9 million Afghans were registered refugees in Pakistan at the end of 2024 (data: UNHCR, Pakistan: registered Afghan refugees, 31 Dec 2024)"],
              1900000, "2024",
              "'UNHCR, Pakistan: registered Afghan refugees, DD Mon YEAR' in a bracketed data line after a hedged rounded figure in millions, in an SMS alert",
              "message 2",
              "Message 2 gives about 1.9 million registered Afghan refugees in Pakistan at the end of 2024, citing UNHCR's figure for 31 December 2024; the reference value for end-2024 is 1,559,964, so 1.9 million is 21.8 percent above it, beyond what 'about' allows.",
              stated_as_written="about 1.9 million", stated_hedge="about"))

add("refugees_dedication", """
# Dedication and Acknowledgements of a Master's Thesis

*Opening pages of a master's thesis in social work submitted in 2022 at a university in Peshawar, on the schooling of Afghan refugee girls. The student, her thesis, her teachers and the university are invented.*

**Dedication**

For my grandmother, Bibi Sharifa, who crossed the Khyber on foot in the winter of 1981 with four children and a copper pot, and who taught me to read by the light of a kerosene lamp in Kacha Garhi camp.

And for the girls of the camp schools, who are more than a number, though the number matters too: at the end of 2020, when I began this work, there were 1,419,084 registered Afghan refugees in Pakistan, according to the UN refugee agency's figure for 2020, and about half of them were women and girls.

**Acknowledgements**

I thank my supervisor, Dr Samina Bangash, who read every chapter twice and never once let me write "many" where I could count. I thank the head teachers of the six schools who let me sit in their classrooms, and the 118 girls and 37 mothers who answered my questions.

My brothers, Hashmat and Waheed, drove me to the camps on 43 mornings in the winter of 2021. My mother cooked for all of us.

The mistakes that remain are mine.

Zarghona Sharifi, Peshawar, June 2022
""", citation(["at the end of 2020, when I began this work, there were 1,419,084 registered Afghan refugees in Pakistan, according to the UN refugee agency's figure for 2020"],
              1419084, "2020",
              "'the UN refugee agency's figure for YEAR' after a figure written in full that is another year's exact reference value, in a thesis dedication",
              "dedication, second paragraph",
              "The dedication gives 1,419,084 registered Afghan refugees in Pakistan at the end of 2020, citing the UN refugee agency's figure for 2020; that is exactly the reference value for end-2019, while the value for end-2020 is 1,438,432.",
              same_as_year="2019", stated_as_written="1,419,084"))

add("refugees_quiz_sheet", """
# Quiz Sheet and Answers: "Know Your Neighbourhood" Night

*Question sheet and answer list from a general knowledge quiz held at a community hall in Rawalpindi in March 2020, one round of which was on Afghan refugees in Pakistan. The hall, the quizmaster and the questions are invented.*

**Round 4: Neighbours. Quizmaster: Sir Anwar Butt. Teams: 9. Time: 10 minutes.**

**Questions**

1. How many registered Afghan refugees were there in Pakistan at the end of 2019?
2. In which year did the first large wave of Afghan refugees arrive in Pakistan after the Soviet invasion?
3. Name the crossing on the road from Peshawar to Jalalabad.
4. Which Pakistani province borders Afghanistan to the south-west?
5. What is the capital of Khyber Pakhtunkhwa?

**Answers**

1. UNHCR counted 1,914,084 registered Afghan refugees in Pakistan at the end of 2019. One point for any answer within 100,000.
2. 1980 (accept 1979).
3. Torkham.
4. Balochistan.
5. Peshawar.

**Scores after round 4:** the Lal Kurti Lions led with 31 points, two ahead of the Saddar Stars; the winners took home a tin of tea and a trophy made in the hall's own workshop.
""", citation(["1. UNHCR counted 1,914,084 registered Afghan refugees in Pakistan at the end of 2019."],
              1914084, "2019",
              "'n. UNHCR …' numbered answer with a figure written in full with two digits swapped, in a quiz sheet",
              "answer 1",
              "Answer 1 gives 1,914,084 registered Afghan refugees in Pakistan at the end of 2019, attributed to UNHCR; the reference value for end-2019 is 1,419,084, so the answer, with the 4 and the 9 swapped, is 34.9 percent above it.",
              stated_as_written="1,914,084"))

add("refugees_qawwali_citation_control", """
# Programme Note: "The Long Road", a Qawwali Evening

*Note printed in the programme of a qawwali evening held at an arts council hall in Lahore in March 2024 to raise money for a school for Afghan refugee children, with the words of the opening verse in English translation. The party, the hall and the school are invented.*

**The opening verse (sung in Urdu and Persian)**

*The road is long, O Beloved, and the night is cold,*
*But the lamp You lit in the heart will not go out;*
*Whoever leaves his home for Your sake*
*Finds a home in every door that opens.*

**About tonight**

The Ustad Barkatullah Qawwal party has sung together for 28 years, and tonight's eight singers and players include three grandsons of its founder. Every rupee from the tickets goes to the Roshan Raah school in Lahore, which teaches 260 Afghan children in two shifts.

**Why this cause**

UNHCR's year-end report for 2022 put the number of registered Afghan refugees in Pakistan at 1,743,278. A year later the figures released by UNHCR for end-2023 showed 1,987,717, a rise of 244,439, or 14.0 percent, in a single year. Behind each of those numbers is a family like the ones whose children study at Roshan Raah.

Tickets: Rs 2,000 in the front rows, Rs 1,000 behind. The hall holds 640; if every seat is sold, with 160 at the front, the evening raises Rs 800,000 before the hall's charges.

The evening ends with "Dama Dam Mast Qalandar", as it always does.
""", control_type="citation_control")

add("refugees_lullaby_citation_control", """
# "Sleep, Little Traveller": A Lullaby with the Collector's Notes

*Lullaby in Dari sung by an Afghan mother in a refugee village near Attock, Punjab, recorded in 2021 and put into English, with the collector's notes. The collector, the singer and the recording are invented.*

*Sleep, little traveller, the donkey is tired,*
*The mountains are behind us, the fire is lit;*
*Your grandfather's orchard is blooming tonight,*
*And one day, my moon, you will see it.*

*Sleep, little traveller, the tent is warm,*
*Your father is counting the stars by the door;*
*He counted them once in the Panjshir sky,*
*And here there are just as many, not one more.*

**Collector's notes (Dr Parveen Malik)**

I recorded this lullaby in a mud-walled house in the Attock village in April 2021. The singer, Bibi Maryam, was 64; she learned it from her own mother in Panjshir and has sung it to her five children and eleven grandchildren, all but two of them born in Pakistan.

Families like hers are counted every year. UNHCR's count at the end of 2019 stood at 1,419,084 registered Afghan refugees in Pakistan, and as counted by UNHCR at the close of 2020 the number was 1,438,432: 19,348 more, a rise of about 1.4 percent.

The tune moves in a rocking rhythm of three, like the step of a laden donkey. I have kept the images and given up the rhyme where English would not take it.
""", control_type="citation_control")

add("refugees_tongue_twister_citation_control", """
# Tongue Twisters for the Speech Club, with a Note on the Numbers

*Tongue twisters written in English for the speech club of a girls' school in Peshawar in 2025, where many pupils are Afghan, with the club teacher's note used in a lesson on reading large numbers aloud. The school, the teacher and the club are invented.*

**Twister 1.** *Nine nimble neighbours knit nine new nets by night.*

**Twister 2.** *Khyber kites catch crisp cool currents, curling, climbing, calling.*

**Twister 3.** *Registered refugees read rules, renew records, return, remain.*

**How to use them.** Say each twister three times, slowly, then fast. The girl who says twister 3 three times without a slip chooses the next game.

**Teacher's note: reading big numbers**

Large numbers are twisters too. Try these aloud. The Afghans whom UNHCR registered at the end of 2023 as refugees in Pakistan numbered 1,987,717: "one million, nine hundred and eighty-seven thousand, seven hundred and seventeen". UNHCR's tally for December 2024 was 1,559,964: "one million, five hundred and fifty-nine thousand, nine hundred and sixty-four".

Now the harder part: the second number is 427,753 smaller than the first, a fall of about 21.5 percent in one year. Say "four hundred and twenty-seven thousand, seven hundred and fifty-three" three times, fast.

Club meets on Wednesdays at 1:30 in Room 12. Teacher: Miss Gulalai Afridi.
""", control_type="citation_control")
