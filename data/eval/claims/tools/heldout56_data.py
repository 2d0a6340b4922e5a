# Fifty-sixth held-out set of synthetic documents ("heldout56").  Written from
# scratch after heldout55/, by a labeller session that had not opened dyad's
# implementation or history and had not seen any of its results.
# Every entry: name (topic slug, numbered later by build_heldout56.py), text,
# labels (list of defect dicts), control_type for controls.
# Registers not used before: a pine resin (rosin) works at Urgun, Paktika, that
# sold rosin to a Peshawar paint maker; a wicker basket workshop at Kotli, Azad
# Kashmir, that sold grape baskets to a Kabul fruit trader; a cotton ginnery at
# Nad Ali, Helmand, that sold lint bales to a Faisalabad spinner; a hessian sack
# workshop at Bhimber, Azad Kashmir, that sold flour sacks to a Kabul flour
# mill; a quicklime kiln at Kharan, Balochistan, that sold lime to a Kandahar
# builder; sheepskin coat makers at Nawur, Ghazni, who sold coats to a
# Peshawar dealer; a gypsum plaster works at Barkhan, Balochistan, that sold
# plaster to a Kandahar builder; and macro documents on the trade series, the
# closure and the register.
#
# Invented figures shared with earlier sets: annual trade series (README:
# exports 1,290 / 942 / 828 / 936 / 1,012 / 884 and imports 441 / 509 / 552 /
# 741 / 690 / 540 for 2019-2024, balances 849 / 433 / 276 / 195 / 322 / 344,
# totals 1,731 / 1,451 / 1,380 / 1,677 / 1,702 / 1,424); reference refugee
# series (1,419,084 / 1,438,432 / 1,490,562 / 1,743,278 / 1,987,717 /
# 1,559,964 for 2019-2024).
#
# New invented figures, consistent with the above:
#   Zadran Rosin Works, Urgun (invented), begun 2011 by Haji Gul Zadran (died
#     winter 2025-26), run by his son Nasrullah; 60 tappers and 12 still men;
#     100 kg crude resin to 70 kg rosin, 18 kg turpentine, 12 kg water and bark:
#     rosin sold 2023 420 tonnes, 2024 480, 2025 310; to Frontier Paint &
#     Varnish, Peshawar 260 / 300 / 30, at home 160 / 180 / 280; Peshawar paid
#     Rs 410 a kg (2024), Rs 365 (2025); sacks of 50 kg.
#   Raja Wicker Works, Kotli (invented), begun 1994 by Raja Mehboob Khan, 28
#     weavers, willow from Rawalakot: baskets sold 2023 46,000, 2024 52,000,
#     2025 31,000; to Haji Sardar Fruit Commission, Kabul 20,000 / 24,000 /
#     2,000, at home 26,000 / 28,000 / 29,000; grape basket holds 10 kg, Rs 180.
#   Shamalan Ginnery, Nad Ali (invented), owner Haji Abdul Wali, clerk Zarghuna;
#     seed cotton to 33 percent lint; bales of 170 kg: bales sold 2023 9,000,
#     2024 10,400, 2025 6,200; to Lyallpur Yarns, Faisalabad 5,600 / 6,800 /
#     500, at home 3,400 / 3,600 / 5,700; seed cotton Afs 42 a kg (autumn 2025).
#   Samahni Sack House, Bhimber (invented), owner Chaudhry Arshad, 22 workers:
#     sacks sold 2023 420,000, 2024 465,000, 2025 300,000; to Shirzad Flour
#     Mill, Kabul 250,000 / 280,000 / 20,000, at home 170,000 / 185,000 /
#     280,000; 50 kg sack Rs 95 (2025).
#   Dostain Lime Kilns, Kharan (invented), owner Mir Dostain Rakhshani; 100 kg
#     limestone to 56 kg quicklime: lime sold 2023 3,200 tonnes, 2024 3,600,
#     2025 2,500; to Ahmad Shahi Builders, Kandahar 1,400 / 1,700 / 150, at home
#     1,800 / 1,900 / 2,350; Rs 22,000 a tonne (2025).
#   Nawur Postin Makers (invented), head Ustad Ghulam Sakhi, 19 makers: coats
#     sold 2023 1,800, 2024 2,100, 2025 1,300; to Qissa Khwani Postin House,
#     Peshawar 1,100 / 1,300 / 100, at home 700 / 800 / 1,200; Afs 6,500 a coat.
#   Rakhni Plaster Works, Barkhan (invented), owner Sardar Khan Khetran; 100 kg
#     gypsum rock to 80 kg plaster; bags of 25 kg: plaster sold 2023 5,000
#     tonnes, 2024 5,800, 2025 4,100; to Spin Ghar Builders, Kandahar 2,200 /
#     2,600 / 200, at home 2,800 / 3,200 / 3,900; Rs 450 a bag (2025).
#   Macro documents: trucks, members, fares, waits and dates are invented and
#     kept consistent within each document.

HELDOUT56 = []
from heldout_labels import (  # noqa: F401
    PAIR, REFS, adder, arith, change_pct, citation, direction, garbled, line_of, parts_total, pdf_lines, scope, tvt,
    repeated, reuse,
)

add = adder(HELDOUT56)

# ---------------------------------------------------------------------------
# Zadran Rosin Works (invented), Urgun, Paktika
# ---------------------------------------------------------------------------

URG_TICKET = pdf_lines([
    ["Load", "Gross (kg)", "Tare (kg)", "Net (kg)"],
    ["Load 1", "13,480", "8,720", "4,760"],
    ["Load 2", "14,960", "8,720", "6,240"],
    ["Load 3", "12,150", "8,720", "3,430"],
])

add("urgun_rosin_scale_ticket", """
# Weighbridge Ticket No. 0417, Zadran Rosin Works

*Ticket printed by the works' weighbridge at Urgun, Paktika, on 14 Jawza 1404 (4 June 2025) for the crude pine resin brought down from the tapping grounds, with the clerk's note typed under it. The works, its people and all figures are invented.*

Vehicle: Kamaz tipper, plate PKT 3318, driver Mohammad Aslam. Same truck on all three loads, so one tare weight.

""" + URG_TICKET + """

**Clerk's note.** Three loads came down today, all in the same Kamaz, and together they put 14,430 kg of crude resin into the yard tanks. The first load was Sher Ali's group from the lower slopes. The second, from the high pines above the river, was the best of the day: 6,420 kg net, almost all clean resin with little bark. The third was short because two tappers were sick.

At our usual yield of 70 kg of rosin from 100 kg of crude, today's resin should give a little over 10 tonnes of rosin once it has been through the stills.

Tappers are paid on net weight at Afs 14 a kg. Nasrullah asks that payment slips be ready by Thursday.

Signed: Wali Jan, weighbridge clerk.
""", tvt(["6,420 kg net", line_of(URG_TICKET, "Load 2")],
         {"clerk_note_value": 6420, "table_value": 6240}, "kilograms of crude pine resin",
         "net weight of the second load of crude resin", "14 Jawza 1404 (4 June 2025)",
         "clerk's note under the ticket against the Load 2 line of the PDF-extracted table",
         "The ticket gives load 2 a gross weight of 14,960 kg and a tare of 8,720 kg, so 6,240 kg net, as its Net column says, and the day's 14,430 kg adds up only with 6,240 (4,760 + 6,240 + 3,430). The clerk's note gives the same load's net weight as 6,420 kg.",
         table_form="PDF text extraction, loads as rows with gross, tare and net columns, without a total row"))

URG_WISH = pdf_lines([
    ["Item", "Qty", "Afs"],
    ["Copper still, 400 litres", "1", "180,000"],
    ["Tapping knives", "40", "16,000"],
    ["Steel drums", "25", "30,000"],
    ["Tarpaulins", "2", "9,500"],
    ["Total", "-", "245,500"],
])

add("urgun_rosin_wish_list", """
# What the Works Needs Before the Next Tapping Season

*Wish list written by the still foreman of a rosin works at Urgun, Paktika, for the owner, with prices from the Sharana bazaar, Hoot 1404 (February to March 2026). The works, its people and all figures are invented.*

Nasrullah jan,

You asked me to put everything on one page, with prices, so that you can decide before the snow goes. Here it is, as the shopkeepers gave it to me last week.

""" + URG_WISH + """

Some words on each line:

- The old still has leaked at the seam since Saratan and we lose turpentine every firing. A new one of 400 litres is the big cost, but it would pay for itself in two seasons.
- Forty knives, one for each tapper who has asked. The rest still have good blades.
- The 25 drums are for turpentine; the old ones have rusted through at the bottom.
- Two tarpaulins to keep rain off the rosin sacks in the yard.

If the full amount is too much at once, the knives and tarpaulins can wait until Hamal, but the still cannot. Last season we sold 310 tonnes of rosin and the leak cost us, by my guess, two or three tonnes of turpentine.

With respect,
Sher Khan, still foreman
""", parts_total([line_of(URG_WISH, "Total")],
                 {"copper still": 180000, "tapping knives": 16000, "steel drums": 30000, "tarpaulins": 9500},
                 245500, "afghanis", "Hoot 1404", "cost of the items on the still foreman's wish list",
                 "total row of the PDF-extracted price list",
                 "The four items cost Afs 180,000 + 16,000 + 30,000 + 9,500 = Afs 235,500; the total line gives Afs 245,500, 10,000 more than its own rows.",
                 table_form="PDF text extraction, items as rows with quantity and afghani columns and a total row"))

add("urgun_rosin_elegy", """
# For Haji Gul Zadran, Who Tapped the Pines

*Elegy in Pashto by a schoolteacher of Urgun, Paktika, read at the fortieth-day gathering for the founder of a rosin works, with the teacher's English prose notes. The works, its people and all figures are invented.*

*(The verses are given here in a plain English rendering.)*

The pines above the river bent their heads;
the stills were cold the morning that he went.
He taught the hills to give their amber slowly,
and taught us all to wait for what was sent.

**Notes for readers who did not know him.** Haji Gul Zadran began the works in 2011 with one borrowed still and a handful of tappers from his own village. By his last season the works employs 60 tappers in the pine hills and 12 men at the stills, and it sold 310 tonnes of rosin in 2025, most of it in Afghanistan once the road to Peshawar closed.

He was buried on a cold morning in Jadi. On the day of his burial all 60 men of the works put out the fires under the stills and walked behind him to the graveyard above the bazaar, and not one resin tin was filled that day.

His son Nasrullah now runs the works. The teacher who wrote these lines learned his letters from a book Haji Gul bought for the village school.
""", reuse(["60 tappers in the pine hills", "all 60 men of the works"], 60, "people",
           "tappers employed by the works", "all the men of the works, tappers and still men together", 72,
           "The notes say the works employs 60 tappers and 12 still men, 72 men in all; the next paragraph says all 60 men of the works walked behind the bier, reusing the tappers' number for the whole workforce."))

add("urgun_rosin_skit", """
# "The Price of Amber": A Skit for the Urgun Bazaar Day

*Short comic skit written by the students of a boys' school in Urgun, Paktika, for the bazaar day of Saur 1405 (April to May 2026), about a rosin works and its buyer in Peshawar. The works, the characters and all figures are invented.*

**Characters:** NASRULLAH, who runs the rosin works; GUL AGHA, his old clerk; a BOY with a tea tray.

*(The works' yard. Sacks of rosin are piled against the wall.)*

**GUL AGHA:** (reading from a ledger) Frontier Paint in Peshawar, year 2024: three hundred tonnes, Rs 410 a kilo. Year 2025: thirty tonnes, Rs 365 a kilo.

**NASRULLAH:** Only thirty! The road was shut half the year, and the trucks that got through sat at the crossing for weeks.

**GUL AGHA:** Still, there is good news. On paper our rosin for Peshawar got pricier in 2025, so each kilo we did sell earned us more.

**NASRULLAH:** (brightening) Then the tappers shall have their extra afghani a kilo.

**BOY:** (offering tea) Sir, shall I tell the tappers to stop?

**NASRULLAH:** No! Tell them to keep tapping. The paint makers in Kabul and Kandahar took 280 tonnes last year. We sell where we can.

*(Enter a donkey, loaded with resin tins. The donkey refuses to stop. Curtain.)*

**Teacher's note:** the figures in the ledger were given to the boys by the works and are used with thanks.
""", direction("our rosin for Peshawar got pricier in 2025", 410, 365, "2024", "2025", "pricier", "rise",
               "rupees a kilogram of rosin", "price paid by the Peshawar paint maker for the works' rosin",
               "the clerk's second line in the skit",
               "The clerk reads out Rs 410 a kilo for 2024 and Rs 365 a kilo for 2025, a fall of Rs 45 (about 11 percent); in the next line he says the rosin got pricier in 2025, which is a rise."))

add("urgun_rosin_safety_data_sheet_control", """
# Safety Data Sheet: Gum Rosin and Gum Turpentine, Zadran Rosin Works

*Two-page safety data sheet drawn up in 2026 by a rosin works at Urgun, Paktika, to go with every consignment. The works and all figures are invented; the physical values are typical of pine gum products and given for guidance only.*

**1. Products.** Gum rosin, pale amber, in woven sacks of 50 kg (20 sacks to the tonne). Gum turpentine, clear, in steel drums of 200 litres.

**2. Origin.** Crude resin tapped from pines in the hills above Urgun. Every 100 kg of crude resin gives about 70 kg of rosin, 18 kg of turpentine and 12 kg of water, bark and needles, which are burned.

**3. Hazards.** Turpentine is flammable: flash point about 35 °C. Keep drums shaded and away from the stills. Rosin dust can irritate the eyes; it softens at about 70 °C.

**4. Storage.** Rosin sacks on pallets, no more than eight high. Drums upright, bungs up.

**5. First aid.** Eyes: rinse for 15 minutes with clean water. Skin: wash with soap; do not use turpentine to clean hands.

**6. Quantities shipped in 2025.** 310 tonnes of rosin, that is 6,200 sacks: 280 tonnes to buyers in Afghanistan and 30 tonnes to Frontier Paint & Varnish in Peshawar, against 300 tonnes to Peshawar in 2024.

**7. Issued by** the works at Urgun, in business since 2011, fifteen tapping seasons counting 2025. Queries to Nasrullah Zadran.
""", control_type="control")

# ---------------------------------------------------------------------------
# Raja Wicker Works (invented), Kotli, Azad Kashmir
# ---------------------------------------------------------------------------

KOT_LABEL = """| Basket | Holds (kg) | Willow rods | Price (Rs) |
|---|---|---|---|
| Grape basket | 10 | 68 | 180 |
| Apricot tray | 5 | 41 | 120 |
| Laundry hamper | - | 140 | 950 |"""

add("kotli_wicker_exhibit_label", """
# Exhibit Label: Wicker from Kotli

*Label printed for a stand at a crafts fair in Mirpur, Azad Kashmir, in March 2026, beside three baskets from a workshop in Kotli. The workshop, its people and all figures are invented.*

**Raja Wicker Works, Kotli.** Founded in 1994 by Raja Mehboob Khan, the workshop now keeps 28 weavers busy through the winter, when willow rods are cut and soaked. The willow comes from the slopes near Rawalakot.

**On this stand**

""" + KOT_LABEL + """

The grape basket, the workshop's mainstay, takes 78 rods and about an hour and a half of a skilled weaver's time. For years most of these baskets went to the grape and pomegranate trade in Kabul: in 2024 the works sold 52,000 baskets, 24,000 of them to Haji Sardar Fruit Commission in Kabul. In 2025, with the border crossings closed for much of the autumn, only 2,000 went to Kabul.

The apricot tray is shallow so that the fruit does not bruise. The laundry hamper is made to order and has a lid.

*Please do not lean on the baskets. Orders may be placed with the weaver at the stand.*
""", tvt(["takes 78 rods", line_of(KOT_LABEL, "| Grape basket |")],
         {"label_text_value": 78, "table_value": 68}, "willow rods per basket",
         "willow rods needed for one grape basket", "2026",
         "label text against the Grape basket row of the pipe table",
         "The table on the label gives the grape basket 68 willow rods; the paragraph under it says the same basket takes 78 rods.",
         table_form="pipe, basket types as rows with capacity, rods and price columns, without a total row"))

KOT_REPEAT = "Every basket is woven by hand from willow cut on the hills above Rawalakot."

add("kotli_wicker_name_board", """
# Name Board at the Gate of a Wicker Workshop, Kotli

*Wording of the painted board at the gate of a wicker workshop in Kotli, Azad Kashmir, and of the smaller board fixed below it, copied in February 2026 by a student writing on village crafts. The workshop, its people and all figures are invented.*

**Main board**

RAJA WICKER WORKS
Grape baskets, apricot trays, hampers, chairs
Established 1994

""" + KOT_REPEAT + " " + KOT_REPEAT + """ Orders taken for weddings and for the fruit trade.

**Small board below**

Proprietor: Raja Mehboob Khan. Manager: Raja Faisal Mehboob.
Weavers: 28. Working hours: 8 to 5, closed Friday afternoon.
Grape basket (10 kg): Rs 180. Apricot tray (5 kg): Rs 120.
Baskets sold in 2025: 31,000.

**Student's note.** The small board is newer than the main one and was repainted last autumn, when the price of the grape basket went up. The manager told me that 29,000 of last year's baskets were sold in Pakistan, mostly to fruit growers in Swat and the Punjab, and only 2,000 reached Kabul, because the crossings were closed for most of the picking season. In 2024 Kabul had taken 24,000.

The gate is painted green and the board is hung with wire from two nails. Children use the gate as a goal in the evenings.
""", repeated(KOT_REPEAT, 2, "the main board at the workshop gate", "main board, under the year of founding",
              "The main board gives the same sentence about hand weaving from Rawalakot willow twice in a row, word for word."))

add("kotli_wicker_weaving_pattern", """
# Pattern Card No. 3: The Ten-Kilo Grape Basket

*Pattern card kept in a tin at a wicker workshop in Kotli, Azad Kashmir, for apprentices, copied out fair in January 2026 by the manager. The workshop, its people and all figures are invented.*

**Materials.** Soaked willow: 16 thick stakes for the base and sides, and weavers (thin rods) as needed. A bodkin, a rapping iron and a bucket of water.

**Base.** Lay 8 stakes across 8 stakes and tie in with a pairing weave until the base is 34 cm across. Trim the ends square.

**Sides.**

- Push a side stake into the base beside each base stake and bend them all up together.
- Side height: 30 cm, measured from the base to the top of the weave.
- Each round of three-rod weave, rapped down hard, adds 1.5 cm of height, so weave 30 rounds before the border.
- Keep the sides flared a little outward, about a finger's width at the top, so that the grapes can be lifted out without bruising.

**Border.** A three-rod border, then two twisted handles.

**Checks.** A finished basket holds 10 kg of grapes, weighs about 900 grams empty and should stand level on the table. Apprentices make five under the eye of a weaver before their baskets are sold.

*Raja Faisal Mehboob, manager. A skilled weaver makes five of these in a day; an apprentice, two.*
""", reuse(["Side height: 30 cm", "weave 30 rounds"], 30, "centimetres, then rounds of weave",
           "height of the basket's sides in centimetres",
           "rounds of weave needed at 1.5 cm a round", 20,
           "The card gives a side height of 30 cm and says each round adds 1.5 cm, which needs 20 rounds; it then tells the apprentice to weave 30 rounds, the centimetre figure of the line above."))

add("kotli_wicker_treasure_hunt", """
# Open Day Treasure Hunt: Raja Wicker Works

*Clue sheet handed to children at the open day of a wicker workshop in Kotli, Azad Kashmir, on 22 March 2026, with the answers the organisers kept. The workshop, its people and all figures are invented.*

Find each answer in the workshop and write it in the box. Five right answers win a small basket.

**Clue 1.** Willow must drink before it bends. How many soaking tanks are behind the store? *(Answer: 3.)*

**Clue 2.** The oldest weaver has worked here since the year the workshop opened, 1994. How many years is that this spring? *(Answer: 32.)*

**Clue 3.** Our grape baskets used to ride on trucks all the way to Kabul through the China–Afghanistan crossing at Torkham. Count the lorries painted on the long wall. *(Answer: 7.)*

**Clue 4.** Plastic crates from China are cheaper than our baskets. Find the one crate we keep to show visitors, and tell us why grapes like willow better. *(Answer: it lets the air through.)*

**Clue 5.** A grape basket holds 10 kg. How many kilos of grapes do four baskets hold? *(Answer: 40.)*

**For the grown-ups.** In 2024 the workshop sold 52,000 baskets, 24,000 of them to a fruit commission house in Kabul; in 2025 it sold 31,000, of which only 2,000 went to Kabul. Tea is served by the tanks at four o'clock.
""", scope("the China–Afghanistan crossing at Torkham", "CHN", ["CHN", "AFG"], "China",
           "Torkham is a crossing between Pakistan and Afghanistan, on the road from Peshawar to Jalalabad; the clue calls it the China–Afghanistan crossing, putting China in Pakistan's place for baskets trucked from Kotli to Kabul. China is named correctly in clue 4, as the source of cheaper plastic crates.",
           not_a_defect="Plastic crates from China"))

add("kotli_wicker_bake_sale_control", """
# Bake Sale for the Weavers' Children's School

*Flyer put up in Kotli, Azad Kashmir, in April 2026 by the parents' committee of the small school run beside a wicker workshop. The workshop, the school and all figures are invented.*

**Saturday 18 April, 10 to 1, in the workshop yard.**

Cakes, biscuits, pakoras and kheer, all made by the weavers' families. Cakes Rs 150, biscuits Rs 50 a packet, kheer Rs 80 a bowl.

**Why we are baking.** Last year's bake sale sold 324 cakes at Rs 150 each and raised Rs 48,600, which paid for the school's new benches. This year we want a water cooler and books.

**A word from the workshop.** It has not been an easy year. Raja Wicker Works sold 31,000 baskets in 2025, against 52,000 in 2024: 29,000 went to buyers in Pakistan and just 2,000 to Kabul, where 24,000 had gone the year before. At Rs 180 a basket, last year's sales came to Rs 5.58 million. The 2,000 grape baskets that did reach Kabul carried 20 tonnes of grapes back into the fruit bazaars there.

Every one of the 28 weavers has a child or grandchild at the school, and 61 children are enrolled this term.

**Baskets will be on sale too,** at the workshop price, and every basket sold on the day adds Rs 25 to the school fund.

Please bring your own bags. *Parents' committee.*
""", control_type="control")

# ---------------------------------------------------------------------------
# Shamalan Ginnery (invented), Nad Ali, Helmand
# ---------------------------------------------------------------------------

NAD_CUT = """| Plot | Grower | Area (jerib) | Seed cotton (kg) | Kg per jerib |
|---|---|---|---|---|
| 1 | Gul Mohammad | 4 | 2,480 | 620 |
| 2 | Abdul Bari | 6 | 3,300 | 550 |
| 3 | Juma Khan | 5 | 3,450 | 690 |
| 4 | Niaz Wali | 3 | 1,560 | 520 |
| Total | | 18 | 10,790 | 599 |"""

add("nad_ali_cotton_crop_cutting", """
# Crop-Cutting Survey of Four Cotton Plots, Nad Ali, Autumn 1404

*Survey sheet filled in by the field clerk of a cotton ginnery at Nad Ali, Helmand, in Mizan 1404 (September to October 2025), to judge how much seed cotton to expect from its growers. The ginnery, the growers and all figures are invented.*

Four plots along the Shamalan canal were picked in full and the seed cotton weighed at the ginnery scale.

""" + NAD_CUT + """

**Clerk's remarks.** Juma Khan's plot was the best of the four at 720 kg a jerib; he sowed early and watered twice more than the others. Niaz Wali's plot lies at the tail of the canal and got the least water. Abdul Bari's plot is the biggest but was sown late.

Taken together the four plots gave just under 600 kg a jerib, a little better than last year's guess. If the ginnery's other growers do as well, and seed cotton comes out at 33 kg of lint for every 100 kg ginned, these four plots alone give about 3,560 kg of lint, or some 21 bales of 170 kg.

The growers have been told the ginnery's opening rate of Afs 42 a kilo of seed cotton.

Zarghuna, field clerk, for Haji Abdul Wali
""", tvt(["the best of the four at 720 kg a jerib", line_of(NAD_CUT, "| 3 |")],
         {"remark_value": 720, "table_value": 690}, "kilograms of seed cotton a jerib",
         "yield of Juma Khan's plot", "Mizan 1404",
         "clerk's remarks against the plot 3 row of the pipe table",
         "The table gives Juma Khan's plot 3,450 kg from 5 jerib, 690 kg a jerib, and writes 690 in its last column; the remarks give his yield as 720 kg a jerib.",
         table_form="pipe, plots as rows with area, seed cotton and yield columns and a total row"))

NAD_WALL = """| Month (2025) | Bales to Faisalabad | Bales sold at home |
|---|---|---|
| October | 300 | 1,900 |
| November | 200 | 2,100 |
| December | 0 | 1,700 |
| Total | 500 | 5,900 |"""

add("nad_ali_cotton_wall_tally", """
# The Bale Tally on the Ginnery Wall, Season 2025

*Table painted in white on the wall of the bale shed of a cotton ginnery at Nad Ali, Helmand, and photographed in January 2026; the owner's words below it are from a conversation the same day. The ginnery and all figures are invented.*

The clerk, Zarghuna, paints the figures up at the end of each month so the pressmen can see how the season is going. The tally for the 2025 season, as it stood when the presses stopped:

""" + NAD_WALL + """

"We pressed 6,200 bales this season," said Haji Abdul Wali, standing under the wall. "In the good years most went to Lyallpur Yarns in Faisalabad, 6,800 bales in 2024. This year five hundred. After October the trucks could not cross, so the December column for Faisalabad is a zero, and everything went to the mills in Kabul and Herat."

A bale weighs 170 kg, so a season of 6,200 bales is a little over 1,050 tonnes of lint. The cottonseed goes to the oil presses in Lashkar Gah.

The owner hopes to paint a new table next autumn. "If the road opens, Faisalabad will take half of what we make again," he said.
""", parts_total([line_of(NAD_WALL, "| Total |")], {"October": 1900, "November": 2100, "December": 1700},
                 5900, "lint bales", "2025 season", "bales of lint sold at home by the ginnery",
                 "total row of the painted pipe table, home column",
                 "The home column reads 1,900 + 2,100 + 1,700 = 5,700 bales, and 500 to Faisalabad plus 5,700 at home gives the 6,200 bales the owner names; the total row gives 5,900 for the home column.",
                 table_form="pipe, months as rows with Faisalabad and home columns and a total row"))

add("nad_ali_cotton_ivr_transcript", """
# Transcript of the Ginnery's Telephone Rate Line

*Recorded menu of the telephone line that growers call for the day's rates at a cotton ginnery at Nad Ali, Helmand, as transcribed in Pashto and translated on 5 Aqrab 1404 (27 October 2025). The ginnery and all figures are invented.*

"Assalamu alaikum. You have reached the Shamalan Ginnery, Nad Ali.

For today's seed cotton rate, press 1. For weighing times, press 2. For payment days, press 3. To speak to the clerk, press 0."

**[1]** "Today's rate for clean seed cotton: the rate moved from Afs 42 a kilo on 5 Aqrab 1404 to Afs 42 a kilo on 5 Aqrab 1404, a rise of three afghanis a kilo. Wet or dirty cotton is weighed separately and paid at Afs 35. The rate holds until the next announcement."

**[2]** "The scale is open from six in the morning until four in the afternoon. Carts are weighed in the order they arrive. Trucks with more than 5 tonnes must come before noon."

**[3]** "Payment is made every Thursday for cotton weighed up to Tuesday evening. Bring your weighing slip and your tazkira."

**[0]** "All our lines are busy. Please call again, or come to the office beside the bale shed."

"Thank you for calling the Shamalan Ginnery. Last season we pressed 10,400 bales; this season we hope to press more. Goodbye."
""", garbled(["the rate moved from Afs 42 a kilo on 5 Aqrab 1404 to Afs 42 a kilo on 5 Aqrab 1404, a rise of three afghanis a kilo"],
             "The rate line says the seed cotton rate moved from Afs 42 a kilo to Afs 42 a kilo on one and the same day, 5 Aqrab 1404, and yet calls it a rise of three afghanis; start and end are the same value and the same date.",
             start_value=42, end_value=42, start_period="5 Aqrab 1404", end_period="5 Aqrab 1404",
             unit="afghanis a kilogram of seed cotton", subject="the ginnery's rate for clean seed cotton",
             location="option 1 of the telephone menu"))

add("nad_ali_cotton_monologue", """
# "Bales": A Monologue for the Lashkar Gah Radio Theatre Hour

*Monologue written for a radio drama hour in Lashkar Gah, Helmand, in the voice of an old ginnery owner at Nad Ali, broadcast in Dalw 1404 (January to February 2026). The ginnery, the speaker and all figures are invented.*

*(Night. The hum of a press slowing down. An old man speaks, half to himself.)*

Listen to it stop. Forty years I have listened to that press stop, and every year I count.

Nine thousand bales in 2023. I remember because the clerk painted the nine so big the pressmen laughed. Ten thousand four hundred in 2024. The trucks for Faisalabad lined up from the gate to the canal bridge, my son came home from Kabul with his books and was married in the yard, and yet our business took a dip in 2024, and I felt it in my bones.

My wife says I count too much. She is right. A man who counts bales at night does not sleep.

And 2025? Six thousand two hundred. The road to Pakistan shut in October, right when the presses were hottest. Five hundred bales reached Faisalabad. The rest went to Kabul and Herat at whatever price they would pay.

*(The press stops. Silence.)*

My father ginned by hand. I ginned with diesel. My son will gin with whatever comes. But I will tell him the numbers right, even if he does not want them.

*(Footsteps. A door closes.)*
""", direction("our business took a dip in 2024", 9000, 10400, "2023", "2024", "took a dip", "fall",
               "lint bales", "bales pressed by the ginnery",
               "the speaker's second paragraph",
               "The monologue gives 9,000 bales for 2023 and 10,400 for 2024, a rise of 1,400 bales (about 15.6 percent); in the same paragraph the speaker says the business took a dip in 2024, a fall."))

add("nad_ali_cotton_ballot_control", """
# Ballot on the Ginnery's Wage Offer, Nad Ali

*Ballot paper and the result sheet of a vote among the workers of a cotton ginnery at Nad Ali, Helmand, held on 12 Jadi 1404 (2 January 2026) and counted by two elders. The ginnery, the workers and all figures are invented.*

**The offer put to the vote.** For the 1405 season, the daily wage for pressmen and feeders rises from Afs 350 to Afs 400, a rise of Afs 50, or about 14 percent. Bale carriers move from Afs 15 a bale to Afs 18 a bale. Tea and bread at midday as before.

**Question.** Do you accept the offer? Mark YES or NO beside your thumbprint.

**Result sheet**

- Workers on the roll: 84.
- Voted YES: 51.
- Voted NO: 29.
- Spoiled papers: 4, all marked on both sides.
- Total: 84, so everyone on the roll voted.
- The offer is accepted, with 51 of the 80 valid votes, nearly two thirds.

**Owner's statement read after the count.** "Last season we pressed 6,200 bales of 170 kg, which is 1,054 tonnes of lint, against 10,400 bales the year before. Of those 6,200, 500 went to Faisalabad and 5,700 were sold in Afghanistan. I cannot promise the road will open, but I have promised this wage, and it will be paid whether the trucks cross or not."

Counted and signed by Haji Nazar and Malik Ghulam Rasul, elders, in the presence of the clerk, Zarghuna.
""", control_type="control")

# ---------------------------------------------------------------------------
# Samahni Sack House (invented), Bhimber, Azad Kashmir
# ---------------------------------------------------------------------------

BHI_RATES = """| Item | Size | Rate (Rs) |
|---|---|---|
| Hessian flour sack | 50 kg | 95 |
| Hessian flour sack, heavy | 100 kg | 140 |
| Jute twine | 1 kg ball | 650 |"""

add("bhimber_sacks_scam_warning", """
# Warning to Our Buyers: Fake Calls in Our Name

*Warning sent by message and posted on the office door of a hessian sack workshop at Bhimber, Azad Kashmir, in December 2025. The workshop, its people and all figures are invented.*

Dear buyers,

Several flour mills have told us that a man calling himself "Arshad sahib's nephew" has been ringing them from a number we do not know and offering our sacks at cut rates, asking for half the money in advance to a mobile wallet. **He is not from us.** We have no nephew in the business, we never ask for money in advance by mobile wallet, and we do not sell below our printed rates.

Our only rates for this winter are these:

""" + BHI_RATES + """

Please remember: our heavy sack for 100 kg of flour is Rs 160, never less, and the ordinary 50 kg sack Rs 95. Anyone who offers you the heavy sack for Rs 110 is not selling our sacks, or not selling sacks at all.

All orders are booked at the office in Samahni Road, Bhimber, or by our landline, and paid by cheque or bank transfer to Samahni Sack House only. Delivery is by our own truck within the Punjab and Azad Kashmir.

If you get such a call, please send us the number. We have given the numbers we have to the police.

Chaudhry Arshad, proprietor
""", tvt(["our heavy sack for 100 kg of flour is Rs 160", line_of(BHI_RATES, "| Hessian flour sack, heavy |")],
         {"warning_text_value": 160, "table_value": 140}, "rupees a sack",
         "the workshop's rate for its heavy 100 kg flour sack", "winter 2025-26",
         "the reminder below the rate table against the heavy sack row of the pipe table",
         "The rate table, given as the only rates for the winter, puts the heavy 100 kg sack at Rs 140; the reminder just below it puts the same sack at Rs 160.",
         table_form="pipe, items as rows with size and rate columns, without a total row"))

add("bhimber_sacks_missing_poster", """
# MISSING: Truck and Load of Flour Sacks

*Poster put up at petrol pumps and truck stands between Bhimber and Gujrat in November 2025 by a hessian sack workshop, with the police reference added by hand. The workshop, the driver and all figures are invented.*

**HAVE YOU SEEN THIS TRUCK?**

Blue Mazda T-3500, Azad Kashmir plates, "Samahni Sack House" painted on both doors, a green tarpaulin over the load.

**Load:** 4,000 empty hessian flour sacks of 50 kg size, in 40 bales of 100 sacks each, worth about Rs 380,000 at our rate of Rs 95 a sack.

**Driver:** Muhammad Saleem, aged about 45, who has driven for us for eleven years and whose family has not heard from him.

The truck left our yard for a flour mill in Gujranwala and was last seen at a tea stall near Gujrat bypass; it went missing some time between 18/11/2025 and 04/11/2025, and neither the truck nor the driver has been seen since.

**REWARD of Rs 50,000** for news that leads to the truck, and our thanks for any news of Saleem.

Call the workshop office or the police station at Bhimber, report number 611/25.

*Chaudhry Arshad, Samahni Sack House, Bhimber.* Please do not tear this poster down.
""", garbled(["between 18/11/2025 and 04/11/2025"],
             "The poster says the truck went missing between 18/11/2025 and 04/11/2025, a span that ends two weeks before it begins.",
             stated_period_start="18/11/2025", stated_period_end="04/11/2025",
             subject="the time within which the truck went missing", location="paragraph under the driver's description"))

add("bhimber_sacks_matrimonial_ad", """
# Matrimonial Advertisement, Weekend Classified Pages

*Advertisement placed in the classified pages of a regional Urdu weekly in January 2026 by the family of a young man who helps run a hessian sack workshop at Bhimber, Azad Kashmir, translated. The family, the workshop and all figures are invented.*

**PROPOSAL INVITED** for our son, 29 years, 5 feet 10 inches, B.Com from Mirpur, fair, prays five times, non-smoker.

He manages the family's sack business, Samahni Sack House, Bhimber, with his father. The workshop has 22 workers on two shifts and its own truck. Last year, 2025, the business sold 300,000 hessian flour sacks; 20,000 of them went to a flour mill in Kabul before the border closed, and 20,000 were sold in Pakistan, to mills in Gujranwala, Gujrat and Jhelum. His plan is to add a plastic sack line next year.

**Family.** Father a businessman, mother a retired schoolteacher. Two brothers, both married, and one sister, married in Lahore. Own house of 10 marla in Bhimber town, and family land near Samahni.

**Looking for** a well-educated, homely girl from a respectable family, from Azad Kashmir or the Punjab; age 21 to 27. Caste no bar. Those settled abroad need not reply, as our son will stay with the family business.

Please contact with details and a recent photograph through the box number of this newspaper. Serious families only. No dowry is wanted.
""", reuse(["20,000 of them went to a flour mill in Kabul", "20,000 were sold in Pakistan"], 20000, "sacks",
           "sacks of the year's 300,000 sold to a Kabul flour mill",
           "sacks of the year's 300,000 sold to mills in Pakistan", 280000,
           "The advertisement says the business sold 300,000 sacks in 2025 and that 20,000 of them went to Kabul, which leaves 280,000 for Pakistan; it then says 20,000 were sold in Pakistan, the Kabul figure of the same sentence."))

add("bhimber_sacks_stand_up_set", """
# "Sack Man": Stand-Up Set at a Mirpur Wedding Hall

*Transcript of a five-minute stand-up set performed in Punjabi and Urdu at a charity evening in Mirpur, Azad Kashmir, in February 2026, by the son of a hessian sack maker from Bhimber, translated with the audience's laughter left out. The performer, the workshop and all figures are invented.*

Good evening. My father makes sacks. That's it, that's the family business. When people ask me what I do, I say, "I'm in packaging." It sounds better.

Our sacks are for flour. Fifty kilos. My father says a good sack is like a good son: it carries the weight and doesn't complain. I have never been a good sack.

Now, for years our best customer was a flour mill in Kabul. Two hundred and eighty thousand sacks in one year! Then in October the trucks stopped at the Pakistan–Iran crossing at Torkham, and they sat there, and they sat there. Our sacks spent more time at that border than I spent at college. Last year Kabul took twenty thousand. My father took it personally.

So now he sells at home. Gujranwala, Jhelum, Gujrat. Three hundred thousand sacks last year, all told. He says, "Son, we are not finished." I say, "Abba, we are literally a sack company; we can be filled up again."

My mother wants me to take over. I said, "Ammi, I'm a comedian." She said, "Then you'll need something to carry the money in. Take a sack."

Thank you, you've been lovely. Buy sacks.
""", scope("the Pakistan–Iran crossing at Torkham", "IRN", ["PAK", "IRN"], "Iran",
           "Torkham is a crossing between Pakistan and Afghanistan, on the road from Peshawar to Jalalabad; the performer calls it the Pakistan–Iran crossing, putting Iran in Afghanistan's place, although the trucks he describes were taking sacks to a flour mill in Kabul."))

BHI_LIST = """| Item | Amount | Rs |
|---|---|---|
| Flour | 20 kg | 2,400 |
| Ghee | 5 kg | 2,750 |
| Sugar | 5 kg | 800 |
| Tea | 1 kg | 1,600 |
| Lentils | 3 kg | 900 |
| Total | | 8,450 |"""

add("bhimber_sacks_grocery_list_control", """
# A Week's Grocery List and a Note to the Shopkeeper

*List written by a worker at a hessian sack workshop at Bhimber, Azad Kashmir, for the shop where the workers buy on credit, with his note on the back, January 2026. The workshop, the worker and all figures are invented.*

Haji sahib, please give my boy the following and write it in my account:

""" + BHI_LIST + """

**On the back.** I will pay on Saturday when we get our weekly wage, Rs 9,000, so after your Rs 8,450 I will have Rs 550 left for the bus and the children's school copies. I know it is tight.

You asked whether the workshop will keep us all. Chaudhry sahib says yes. We made 300,000 sacks last year, fewer than the 465,000 of 2024, and only 20,000 went to Kabul, where 280,000 went the year before. But the mills in Gujranwala and Jhelum took 280,000, much more than they did before, so the machines are still running. By chance that is the same number Kabul took in 2024, which he says is a sign.

The 50 kg sack is Rs 95 now. Twenty-two of us work there, eleven on each shift.

Please put the flour in one of our own sacks, not plastic.

Yours, Mohammad Ilyas
""", control_type="control")

# ---------------------------------------------------------------------------
# Dostain Lime Kilns (invented), Kharan, Balochistan
# ---------------------------------------------------------------------------

KHA_ASSAY = """| Sample | Quarry face | Lime, CaO (%) | Magnesia, MgO (%) | Silica and clay (%) |
|---|---|---|---|---|
| K-1 | East face | 53.1 | 1.2 | 2.9 |
| K-2 | North face | 54.8 | 0.6 | 1.4 |
| K-3 | Wash bed | 47.5 | 2.8 | 8.1 |"""

add("kharan_lime_stone_assay", """
# Report on Three Limestone Samples for Dostain Lime Kilns

*Test report issued in September 2025 by a private materials laboratory in Quetta to a quicklime kiln at Kharan, Balochistan, with the laboratory's comments. The kiln, the laboratory and all figures are invented.*

**Client:** Mir Dostain Rakhshani, Dostain Lime Kilns, Kharan.
**Received:** three samples of about 2 kg each, crushed, 2 September 2025.
**Method:** wet chemical analysis; results on the dry stone.

""" + KHA_ASSAY + """

**Comments.** Sample K-2 from the north face is the best of the three and tested 51.8 percent lime, with the least magnesia and clay; stone of this kind burns evenly and should give a white, fast-slaking quicklime suitable for whitewash and plaster. Sample K-1 is good and can be mixed with K-2. Sample K-3, from the dry wash bed, carries too much clay and will give a grey, slow lime; we advise against burning it except for road work.

Pure limestone would test 56 percent lime, and burning drives off its carbon dioxide, so each 100 kg of good stone gives about 56 kg of quicklime, in line with the yield the client reports from his kilns.

Signed for the laboratory: Engr. Saadia Baloch, chemist. This report covers only the samples received.
""", tvt(["tested 51.8 percent lime", line_of(KHA_ASSAY, "| K-2 |")],
         {"comment_value": 51.8, "table_value": 54.8}, "percent lime (CaO) in the dry stone",
         "lime content of sample K-2 from the north face", "September 2025",
         "laboratory's comments against the K-2 row of the pipe table",
         "The results table gives sample K-2 54.8 percent lime, the highest of the three; the comments, calling K-2 the best sample, give it 51.8 percent, which would put it below K-1's 53.1.",
         table_form="pipe, samples as rows with lime, magnesia and silica columns, without a total row"))

add("kharan_lime_horoscope", """
# Your Stars This Week: Business Page, Kharan Edition

*Light-hearted weekly horoscope column of a small Balochistan newspaper, which in March 2026 wrote each sign around a local business, here the sign given to a quicklime kiln at Kharan. The kiln and all figures are invented; the stars are not to be relied on.*

**ARIES (21 March to 19 April): the lime burner's sign.**

The ram butts through walls, and this week so do the kilns of Mir Dostain Rakhshani. The stars see fire in your house of work, which for a lime burner is no surprise.

Last year was not kind. Dostain Lime Kilns sold 2,500 tonnes of quicklime in 2025, against 3,600 tonnes in 2024, down 44 percent, and the stars blame the closed road to Kandahar, which took 1,700 tonnes in 2024 and only 150 in 2025. Mars in your second house says: sell closer to home. The builders of Kharan, Nushki and Quetta bought 2,350 tonnes last year, more than ever.

Your lucky stone this week is, naturally, limestone. Your lucky number is 56, the kilos of quicklime your kilns draw from every hundred kilos of stone. Your lucky day is Thursday, when the lorries come.

A stranger from the north will ask about your rates. The stars advise Rs 22,000 a tonne, as before.

**Warning from the stars:** do not stand downwind of the kiln mouth on Saturday.
""", arith(["down 44 percent"],
           "From 3,600 tonnes in 2024 to 2,500 in 2025 is a fall of 1,100 tonnes, 30.6 percent of 3,600; the column says down 44 percent, which is 1,100 taken as a share of the smaller 2025 figure.",
           **{"from": 3600, "to": 2500, "from_period": "2024", "to_period": "2025",
              "stated_change_pct": -44, "computed_change_pct": change_pct(3600, 2500),
              "unit": "tonnes of quicklime", "subject": "quicklime sold by the kilns",
              "location": "the Aries paragraph of the horoscope"}))

KHA_REPEAT = "The seller also hands over the right of way to the kiln along the old camel track from the main road."

add("kharan_lime_land_deed", """
# Deed of Sale of a Kiln Plot, Kharan

*English summary, made for a bank file in October 2025, of an Urdu deed of sale of a plot with two lime kilns near Kharan, Balochistan. The parties, the plot and all figures are invented.*

**Parties.** Seller: Haji Abdul Qadir Sasoli, son of Haji Rahim Bakhsh. Buyer: Mir Dostain Rakhshani, son of Mir Jiand, proprietor of Dostain Lime Kilns.

**Property.** A plot of 6 acres on the Nushki road, 9 km from Kharan town, with two vertical lime kilns, a stone shed, a well and a quarry face on its northern side.

**Price.** Rs 14 million, of which Rs 4 million was paid by cheque on signing and Rs 10 million is to be paid in two equal instalments of Rs 5 million, in March and September 2026.

**Other terms.** The kilns and shed pass to the buyer as they stand. """ + KHA_REPEAT + " " + KHA_REPEAT + """ The seller keeps the right to draw water from the well for his animals for two years.

**Witnesses.** Two, whose thumbprints and national identity card numbers are on the Urdu deed.

**Note for the bank.** The buyer's kilns sold 2,500 tonnes of quicklime in 2025 at about Rs 22,000 a tonne, some Rs 55 million of sales, of which 150 tonnes went to Kandahar. The new kilns are expected to add about a third to his capacity.
""", repeated(KHA_REPEAT, 2, "the right of way passed with the kiln plot", "other terms of the deed summary",
              "The deed summary gives the sentence on the right of way along the old camel track twice in a row, word for word."))

add("kharan_lime_star_chart", """
# The Burner's Star Chart, Winter 2025 to 2026

*Notes kept on the back of a printed star chart by the night burner of a lime kiln at Kharan, Balochistan, who times the firing by the stars, copied out in March 2026. The kiln, the burner and all figures are invented.*

The kiln is charged at dusk and burned through the night, and a burner who knows the sky does not need a watch. These are my marks for this winter.

- **Pleiades overhead:** first stoking finished, fire should be bright orange at the peep hole.
- **Orion's belt level with the quarry ridge:** second stoking; the stone at the top should start to glow.
- **Sirius over the shed roof:** the heat is at its best; no more wood, only camel thorn to keep it up.
- **Morning star:** let the kiln cool. Draw the lime after noon, never before.

A good night's burn gives about 14 tonnes of quicklime from 25 tonnes of stone.

**Tally for Mir sahib.** We burned fewer nights last year because the Kandahar orders stopped. 2025 outgrew 2024 all the same, at 2,500 tonnes sold against 3,600, thanks to the builders here and in Quetta, who took 2,350 tonnes. Kandahar took 150.

The young burner, Yar Jan, is learning the stars. He knows Orion and the morning star; by next winter he will know the rest.

*Faiz Muhammad, night burner, Dostain Lime Kilns.*
""", direction("2025 outgrew 2024 all the same", 3600, 2500, "2024", "2025", "outgrew", "rise",
               "tonnes of quicklime", "quicklime sold by the kilns",
               "the burner's tally at the foot of the notes",
               "The tally gives 2,500 tonnes sold in 2025 against 3,600 in 2024, a fall of 1,100 tonnes (about 30.6 percent); the same sentence says 2025 outgrew 2024, a rise."))

add("kharan_lime_epitaph_control", """
# The Stone over Mir Jiand, and What the Family Wrote Below It

*Words carved on the gravestone of the founder of a lime kiln near Kharan, Balochistan, with the family's note added on a smaller stone in 2025. The family, the kilns and all figures are invented.*

**On the headstone (in Urdu and Balochi):**

MIR JIAND RAKHSHANI
Born 1941, died 2019, at the age of 78.
He burned lime for sixty years
and the walls of Kharan are white with his work.

**On the smaller stone, set by his son in 2025:**

Our father built his first kiln in 1959, when he was 18, from stones he carried himself. He burned lime from that year until the winter he died, sixty years of fires. When he died the family had two kilns; his son, Mir Dostain, has since added two more, and bought the plot on the Nushki road in 2025.

Mir Jiand's lime went on donkeys to Kharan, then on trucks to Quetta, and in his last years as far as Kandahar. The kilns he left sold 3,600 tonnes in 2024, 1,700 of them to Kandahar and 1,900 at home, and 2,500 tonnes in 2025, when only 150 crossed the border.

He is buried here beside his wife, Bibi Gul Naz, who died in 2011 at 66, eight years before him.

*May God have mercy on them both.*
""", control_type="control")

# ---------------------------------------------------------------------------
# Nawur Postin Makers (invented), Nawur, Ghazni
# ---------------------------------------------------------------------------

add("nawur_postin_want_ad", """
# Apprentices Wanted: Nawur Postin Makers

*Notice read out on a Ghazni local radio station and posted at the Nawur bazaar in Hamal 1405 (March to April 2026) by a group of sheepskin coat makers. The makers, their workshop and all figures are invented.*

**WANTED: FOUR APPRENTICES**, boys or young men of 15 to 20 years, to learn the making of the postin, the embroidered sheepskin coat of Ghazni.

**What you will learn.** Choosing and cleaning skins, tanning with salt and pomegranate rind, cutting, sewing the panels with the fleece inside, and the silk embroidery of the collar and cuffs. A coat takes a maker about a day and a half.

**What we offer.** Afs 4,000 a month in the first year, Afs 7,000 in the second, lunch every day, and a place among the 19 makers of the workshop when you have finished.

**About us.** We are the Nawur Postin Makers, led by Ustad Ghulam Sakhi. Our coats sold 1,800 in 2023 and 2,100 in 2024, and for most of those years more than half went to Qissa Khwani Postin House in Peshawar. 2024 was a leaner year for us than 2023, and the trouble on the road in 2025, when only 100 coats reached Peshawar, made it harder still; but the winters are cold and our people still want good coats. Last year 1,200 of our 1,300 coats were sold here in Afghanistan, at about Afs 6,500 each.

**Come to the workshop** behind the Nawur bazaar mosque on any morning except Friday, with your father or an elder.
""", direction("2024 was a leaner year for us than 2023", 1800, 2100, "2023", "2024", "leaner", "fall",
               "sheepskin coats", "coats sold by the makers",
               "the 'About us' paragraph of the notice",
               "The notice gives 1,800 coats sold in 2023 and 2,100 in 2024, a rise of 300 coats (about 16.7 percent); the next sentence calls 2024 a leaner year than 2023, a fall."))

add("nawur_postin_robocall", """
# Automated Call to the Makers' Customers, Winter 1404

*Script of the recorded message that a sheepskin coat workshop at Nawur, Ghazni, had a Kabul call service play to its past customers in Qaws 1404 (November to December 2025), translated from Dari. The workshop and all figures are invented.*

"Salaam. This is a recorded message from the Nawur Postin Makers of Ghazni province. Please listen to the end.

Winter has come early to the high valleys, and our coats are ready. The 19 makers of our workshop have been sewing since the end of the harvest. Each maker finishes four coats a week, so together we make 19 coats a week, and we are taking orders for delivery before the snow closes the Nawur road.

A full-length postin with silk embroidery costs Afs 6,500. A short coat, to the waist, costs Afs 4,200. Children's coats are Afs 2,500. Every coat is made from the skins of Nawur sheep, tanned by hand with pomegranate rind, and sewn with the fleece inside.

This year we cannot send coats to our friends in Peshawar, as the crossings are closed, so we are offering customers in Afghanistan first choice. Last year, 2024, we sold 2,100 coats, 800 of them at home; this year we hope to sell many more at home.

To order, press 1 now to leave your name and village, or call back on this number after the evening prayer. Thank you, and may your winter be warm."
""", reuse(["The 19 makers of our workshop", "we make 19 coats a week"], 19, "makers, then coats a week",
           "makers in the workshop", "coats the workshop makes in a week, at four a maker", 76,
           "The message says the workshop has 19 makers and each finishes four coats a week, 76 coats in all; it then says together they make 19 coats a week, the number of makers."))

add("nawur_postin_sandwich_board", """
# Sandwich Board Outside the Makers' Shop, Nawur Bazaar

*Chalked wording of the two-sided board set out each morning in front of the shop of a sheepskin coat workshop in the Nawur bazaar, Ghazni, as copied on 12 Jadi 1404 (2 January 2026), translated. The workshop and all figures are invented.*

**FRONT**

NAWUR POSTIN
Warm coats for a cold country

Full postin, embroidered: Afs 6,500
Short coat: Afs 4,200
Child's coat: Afs 2,500
Repairs and new collars while you wait

**BACK: NEWS FOR SHEEP OWNERS**

We buy good winter skins every day but Friday.

Skin prices this week: a prime sheepskin went from Afs 900 on 12 Jadi 1404 to Afs 900 on 12 Jadi 1404, cheaper by Afs 150 than before, because the Peshawar buyers have stopped coming.

Lambskins: Afs 400 each. Skins must be whole, salted and free of moth.

Bring your skins before noon; the ustad weighs and grades them himself.

**Small line at the bottom:** We sold 1,300 coats last year, 1,200 of them here at home. Thank you, Nawur.
""", garbled(["a prime sheepskin went from Afs 900 on 12 Jadi 1404 to Afs 900 on 12 Jadi 1404, cheaper by Afs 150"],
             "The board says a prime sheepskin went from Afs 900 to Afs 900 on the same day, 12 Jadi 1404, and yet calls it cheaper by Afs 150; start and end are the same value and the same date.",
             start_value=900, end_value=900, start_period="12 Jadi 1404", end_period="12 Jadi 1404",
             unit="afghanis a sheepskin", subject="the price the makers pay for a prime sheepskin",
             location="back of the sandwich board"))

add("nawur_postin_bingo_night", """
# Caller's Script for the Postin Bingo Night, Peshawar

*Script used by the caller at a charity bingo evening held in a Peshawar community hall in February 2026 by a dealer in sheepskin coats, with the "coat facts" he read between the numbers. The dealer, the makers and all figures are invented.*

**Welcome.** Ladies and gentlemen, welcome to Qissa Khwani Postin House's bingo night for the flood relief fund. Cards are Rs 500, and the full house wins a Nawur postin.

**First game.** Eyes down. Two little ducks, twenty-two. Legs eleven. Top of the shop, ninety.

**Coat fact, after the tenth number.** Every postin on our racks was sewn by the makers of Nawur, in Ghazni, high in the mountains, where a coat is not fashion but life.

**Coat fact, after the twentieth number.** In 2024 we sold 1,300 of their coats in this city. In 2025 we had only 100, because after October the trucks carrying them could not get through the Uzbekistan–Afghanistan crossing at Torkham, and the coats stayed in Ghazni.

**Coat fact, after the thirtieth number.** Cheap machine-made coats from Uzbekistan are sold in Mazar, but they are not sewn by hand and the fleece is thin.

**Full house!** The winner takes home a full-length embroidered postin, worth Rs 42,000 in our shop.

**Closing.** We sold 420 cards tonight, so Rs 210,000 goes to the relief fund. Thank you, and good night.
""", scope("the Uzbekistan–Afghanistan crossing at Torkham", "UZB", ["UZB", "AFG"], "Uzbekistan",
           "Torkham is a crossing between Pakistan and Afghanistan, on the road from Jalalabad to Peshawar; the script calls it the Uzbekistan–Afghanistan crossing, putting Uzbekistan in Pakistan's place for coats trucked from Ghazni to Peshawar. Uzbekistan is named correctly after the thirtieth number, as the source of machine-made coats sold in Mazar.",
           not_a_defect="Cheap machine-made coats from Uzbekistan"))

add("nawur_postin_pledge_card_control", """
# Pledge Card for the New Tanning Shed, Nawur Postin Makers

*Card handed to the makers, their families and customers in Hamal 1405 (March to April 2026) by a sheepskin coat workshop at Nawur, Ghazni, to raise money for a new tanning shed, with the figures printed on the back. The workshop and all figures are invented.*

**FRONT**

I, ______________________, promise to give Afs __________ towards the new tanning shed of the Nawur Postin Makers, to be paid by the end of Saratan 1405.

Signature or thumbprint: ______________

**BACK: WHY WE ARE BUILDING**

The old shed has a leaking roof and floods every spring, and skins soaked by snowmelt rot before they can be tanned. The new shed will cost Afs 480,000: Afs 280,000 for walls and roof, Afs 140,000 for six tanning pits and Afs 60,000 for drains.

The workshop itself will put in Afs 180,000 from last year's sales. We ask our friends for the other Afs 300,000.

**Our year in numbers.** In 2025 the 19 makers sold 1,300 coats: 1,200 in Afghanistan and 100 to our old buyers in Peshawar, who took 1,300 the year before. At Afs 6,500 a coat, the 1,200 coats sold at home alone brought in Afs 7.8 million. Each maker finishes about four coats a week in the season.

**Pledges so far:** 64 cards returned, Afs 212,000 promised, which leaves Afs 88,000 still to find.

Thank you. Ustad Ghulam Sakhi.
""", control_type="control")

# ---------------------------------------------------------------------------
# Rakhni Plaster Works (invented), Barkhan, Balochistan
# ---------------------------------------------------------------------------

add("barkhan_plaster_visiting_card", """
# Visiting Card of the Rakhni Plaster Works, Front and Back

*Both sides of the visiting card handed out in 2026 by the sales agent of a gypsum plaster works at Rakhni, Barkhan district, Balochistan, with the agent's handwritten note on a second card. The works, its people and all figures are invented.*

**FRONT**

RAKHNI PLASTER WORKS
Plaster of Paris and building plaster from Barkhan gypsum
Sardar Khan Khetran, proprietor
Jamal Khetran, sales, Quetta and Kandahar
Main Road, Rakhni, Barkhan

**BACK**

- Fine plaster for moulds and ceilings; coarse plaster for walls.
- Burnt in our own kilns: 100 kg of gypsum rock gives 80 kg of plaster.
- Packed in paper bags of 25 kg, 25 bags to the tonne.
- Rs 450 a bag at the works, 2025 price. Truckloads of 20 tonnes delivered to Quetta, Loralai and Dera Ghazi Khan.
- Working since 1998.

**Handwritten note on the second card, to a Quetta builder.**

Dear Haji sahib, as we spoke: we sold 4,100 tonnes last year, 3,900 of them here in Pakistan, so we have stock for your tower. Our Kandahar buyer, Spin Ghar Builders, took only 200 tonnes because of the border. For your first floor you need 12 tonnes; I can send them with next Tuesday's truck to Loralai. Please ring me. Jamal.
""", reuse(["bags of 25 kg", "25 bags to the tonne"], 25, "kilograms, then bags a tonne",
           "weight of one bag of plaster in kilograms", "bags of 25 kg in a tonne", 40,
           "The card says the plaster is packed in bags of 25 kg, which makes 40 bags to the tonne; the same line gives 25 bags to the tonne, the weight of a bag."))

add("barkhan_plaster_medal_citation", """
# Citation for the District's Employer of the Year Medal, 2025

*Citation read at a district ceremony in Barkhan, Balochistan, in January 2026, when a gypsum plaster works at Rakhni received a medal as the district's employer of the year. The works, its people and all figures are invented.*

**Citation**

The district's medal for employer of the year is awarded to Rakhni Plaster Works and its proprietor, Sardar Khan Khetran.

For more than a quarter of a century the works has turned the gypsum hills of Rakhni into plaster for the walls and ceilings of Balochistan, the Punjab and southern Afghanistan. In a year when the closing of the border cost many firms their buyers, it kept every one of its 57 workers on full pay, and it took on six young men from the district's technical school as apprentices.

In 2025 the works sold 4,100 tonnes of plaster, 95 percent of it to builders in Pakistan and 15 percent to Spin Ghar Builders in Kandahar, its buyer for many years. When the road to Kandahar closed, the works found new buyers in Loralai, Quetta and Dera Ghazi Khan rather than cut its workforce.

The works also paid for a new water tank for the girls' school at Rakhni, and its trucks carried relief goods free of charge to villages cut off by the rains in August.

For steadiness in a hard year, for care for its workers and for its service to the district, the medal is awarded with the thanks of the people of Barkhan.

*Read by the Deputy Commissioner, Barkhan.*
""", arith(["95 percent of it to builders in Pakistan and 15 percent to Spin Ghar Builders in Kandahar"],
           "The citation splits the year's 4,100 tonnes between builders in Pakistan and one buyer in Kandahar, and gives the two parts as 95 and 15 percent, which add up to 110 percent of the whole.",
           shares_pct={"Pakistan": 95, "Kandahar": 15}, sum_pct=110, unit="percent of the tonnes of plaster sold",
           period="2025", subject="shares of the works' plaster sales by buyer", location="third paragraph of the citation"))

add("barkhan_plaster_phrasebook", """
# Phrasebook for Drivers: Balochi, Pashto and Urdu, Page 14, "At the Plaster Works"

*One page of a small phrasebook printed in Loralai in 2026 for truck drivers who load plaster at a gypsum works at Rakhni, Barkhan district, Balochistan, given here with the English glosses only. The works, the people and all figures are invented.*

**At the gate**

- Good morning, I have come for the plaster for Quetta.
- How many bags are ready?
- My truck takes 20 tonnes. That is 800 bags.
- Where do I sign the gate pass?

**While loading**

- Please stack the bags flat, not on their sides.
- Cover the load; it may rain at the pass.
- This bag is torn. Please change it.

**Talking with the clerk** (the example sentences use the works' own figures, given by the clerk, Jamal Khetran)

- How was business last year?
- Our sales shot past the year before: 4,100 tonnes in 2025 against 5,800 tonnes in 2024.
- And Kandahar?
- Kandahar took 200 tonnes in 2025. In 2024 it took 2,600.
- Then who buys your plaster now?
- Builders in Quetta, Loralai and Dera Ghazi Khan. They took 3,900 tonnes last year.

**Paying**

- The price is Rs 450 a bag.
- For 800 bags that is Rs 360,000.
- I will pay half now and half in Quetta.

*Next page: "At the weighbridge".*
""", direction("Our sales shot past the year before", 5800, 4100, "2024", "2025", "shot past", "rise",
               "tonnes of plaster", "plaster sold by the works",
               "the clerk's example sentences in the phrasebook",
               "The example sentence gives 4,100 tonnes sold in 2025 against 5,800 in 2024, a fall of 1,700 tonnes (about 29.3 percent), and says the sales shot past the year before, a rise."))

add("barkhan_plaster_mural_caption", """
# Caption Painted Beneath the Mural at the Rakhni Plaster Works

*Text painted in 2025 under a large mural on the outer wall of a gypsum plaster works at Rakhni, Barkhan district, Balochistan, which shows the works' story from quarry to city; the mural was painted by art students from Quetta. The works and all figures are invented.*

**Panel 1: The hills.** Gypsum has been dug from the Rakhni hills by hand for generations. In 1998 Sardar Khan Khetran built the first kiln here, with eight workers.

**Panel 2: The fire.** Rock goes into the kilns and comes out as plaster: 100 kg of rock gives 80 kg of plaster. Today the works has 57 workers and four kilns.

**Panel 3: The road.** Our trucks carry plaster to Loralai, Quetta and Dera Ghazi Khan, and for many years to Kandahar, by way of Chaman and the Pakistan–Tajikistan crossing at Spin Boldak. In 2024 Spin Ghar Builders of Kandahar took 2,600 tonnes of our plaster, and the houses of new Kandahar are white with Rakhni gypsum.

**Panel 4: The city.** Ceilings, cornices and walls in Quetta, mosques in Loralai, a hospital in Dera Ghazi Khan: all plastered from these hills.

**Panel 5: The future.** In 2025 the works sold 4,100 tonnes, 3,900 of them in Pakistan, and the students have left this last panel half painted, so that the next part of the story can be added when the road to Kandahar opens again.

*Mural by the students of a Quetta art college, 2025. Please do not paste posters on this wall.*
""", scope("the Pakistan–Tajikistan crossing at Spin Boldak", "TJK", ["PAK", "TJK"], "Tajikistan",
           "Chaman and Spin Boldak face each other across the border between Pakistan and Afghanistan; the caption calls the crossing at Spin Boldak the Pakistan–Tajikistan crossing, putting Tajikistan in Afghanistan's place on the road to Kandahar."))

# ---------------------------------------------------------------------------
# Trade, closure and markets (invented details)
# ---------------------------------------------------------------------------

add("trade_bus_timetable", """
# Peshawar General Bus Stand: Timetable for Coaches West, Winter 2025 to 2026

*Timetable board of a private coach company at a Peshawar bus stand, with the notice pasted over it in November 2025 after the crossings to Afghanistan were shut. The company and all figures are invented.*

| Route | Departs | Journey | Fare (Rs) |
|---|---|---|---|
| Peshawar to Landi Kotal | 07:00, 10:30, 14:00 | 1 h 40 min | 400 |
| Peshawar to Torkham | 07:00, 14:00 | 2 h 10 min | 550 |
| Peshawar to Lahore | 21:00 | 7 h | 3,200 |

**NOTICE TO PASSENGERS (12 November 2025).** Coaches to the India–Afghanistan border at Torkham run only as far as Landi Kotal until further notice, because the crossing is closed to people and goods. Passengers holding Torkham tickets may travel to Landi Kotal and claim back the difference of Rs 150 at this window.

Our afternoon Torkham coach used to carry about 45 passengers a day across in both directions, many of them patients going to Peshawar's hospitals and traders returning to Jalalabad. Since October it has not run.

**Passengers for Wagah and India** should take the night coach to Lahore and change there; the Wagah crossing is open only for those with the right papers and we cannot sell tickets beyond Lahore.

The company apologises. Refunds for the cancelled 14:00 coach are paid in full at window 3.
""", scope("the India–Afghanistan border at Torkham", "IND", ["IND", "AFG"], "India",
           "Torkham is on the border between Pakistan and Afghanistan, west of Landi Kotal, and the coaches to it leave from Peshawar; the notice calls it the India–Afghanistan border, putting India in Pakistan's place. India is named correctly in the note on Wagah, where passengers for India change at Lahore.",
           not_a_defect="Passengers for Wagah and India"))

add("trade_protest_placards", """
# What the Placards Said: Transporters' Sit-In, Khyber Road, Peshawar

*Wording of the placards carried at a sit-in by truck owners and drivers outside a Peshawar press club on 8 December 2025, collected by a reporter, with his note. The transporters' association and all figures are invented.*

**Placards, in the order they were held up:**

- OPEN THE ROADS, FEED OUR CHILDREN
- 62 DAYS WITHOUT WORK
- OUR TRUCKS ARE NOT WAREHOUSES
- 1,150 TRUCKS AT TORKHAM + 620 AT CHAMAN + 180 AT GHULAM KHAN = 2,150 TRUCKS STANDING STILL
- A DRIVER EARNS NOTHING ON A PARKED TRUCK
- FRUIT ROTS, FINES GROW

**Reporter's note.** The sit-in was called by a transporters' association that says about 900 of its members own the trucks held at the crossings. Its president told me the drivers had been waiting since the closure began on 7 October, 62 days by the day of the sit-in. Many trucks were loaded with fruit and vegetables that have since been thrown away; others carry cement, medicine and cloth. The association wants the government to let loaded trucks cross in both directions even while the border stays closed to other traffic, and asks for the parking fees at the crossings to be waived.

About 300 men took part. The police closed one lane of the road for two hours; there was no trouble.
""", parts_total(["1,150 TRUCKS AT TORKHAM + 620 AT CHAMAN + 180 AT GHULAM KHAN = 2,150 TRUCKS STANDING STILL"],
                 {"Torkham": 1150, "Chaman": 620, "Ghulam Khan": 180}, 2150, "trucks", "8 December 2025",
                 "trucks held at the three crossings", "fourth placard",
                 "The placard adds 1,150 + 620 + 180 trucks, which is 1,950, and gives the total as 2,150."))

add("trade_phishing_email_warning", """
# Beware: Fake "Customs Refund" Emails to Exporters

*Warning sent by email on 20 January 2026 by the secretary of a Peshawar exporters' association to its members, after a run of fraudulent emails about goods held at the closed crossings. The association and all figures are invented.*

Dear members,

Since the middle of December, many of you have received emails that look as if they come from the customs collectorate. They say your containers are held at Torkham or Chaman, that a "demurrage refund" is waiting for you, and that you must click a link and pay a small "verification fee" to release it. **These emails are fake.** Customs does not refund demurrage, does not charge verification fees and never sends payment links.

So far 48 members have reported the email to the association office. Of those, 9 clicked the link and paid the fee, usually Rs 25,000 to Rs 40,000, before they realised what had happened. In all, 48 members have lost money to this fraud, and the banks say they cannot recover it.

What to do:

- Do not click links in emails about refunds, fees or releases.
- Check any message about your goods with your clearing agent or with the association, by telephone.
- If you have paid, tell your bank at once and file a complaint with the cyber crime wing.

The closure has already cost our members dearly; please do not let it cost you twice. Forward this warning to your staff.

Secretary, for the managing committee
""", reuse(["So far 48 members have reported", "In all, 48 members have lost money"], 48, "members",
           "members who reported the fake email", "members who paid the fee and lost money", 9,
           "The warning says 48 members reported the email and 9 of them clicked the link and paid; the next sentence says 48 members have lost money, the number who reported it rather than the 9 who paid."))

add("trade_first_information_report", """
# First Information Report No. 112/2026, Police Station Landi Kotal

*English rendering of a First Information Report lodged at a police station in Khyber district in March 2026 by the owner of a bonded yard near Torkham, about goods stolen from trucks held there during the closure. The yard, the people and all figures are invented.*

**Complainant:** Haji Noor Rahman Shinwari, owner of a parking and bonded yard on the Torkham road.

**Statement.** I state that since the crossing was closed in October 2025, 74 loaded trucks bound for Afghanistan have been parked in my yard with the permission of their owners. The yard is fenced and guarded by two watchmen at night.

On checking the trucks with their drivers on the morning of 16 March 2026, we found that the tarpaulins of six trucks had been cut and goods taken from them: 140 cartons of cooking oil, 60 bags of sugar of 50 kg, 35 bolts of cloth and 18 car tyres. The theft took place between 14 March 2026 and 2 March 2026, when the six trucks were last checked and sealed, as the yard register shows.

The value of the goods, as declared by the truck owners, is about Rs 2.9 million.

I suspect that persons known to the night watchman Gul Zaman, who has not come to work since 14 March, are involved. I request that a case be registered and the goods recovered.

**Police action.** Case registered; the site inspected by the investigating officer; the night watchman's house searched; inquiry in progress.

*Thumbprint of complainant. Recorded by the moharrir, 16 March 2026.*
""", garbled(["between 14 March 2026 and 2 March 2026"],
             "The report places the theft between 14 March 2026 and 2 March 2026, a span that ends twelve days before it begins; the trucks were last checked on 2 March and the theft was found on 16 March.",
             stated_period_start="14 March 2026", stated_period_end="2 March 2026",
             subject="the time within which goods were stolen from the parked trucks",
             location="the complainant's statement, second paragraph"))

add("trade_dhaba_bill_of_fare", """
# Bill of Fare, Khyber Friends Dhaba, Landi Kotal Bypass

*Menu board of a roadside dhaba on the road to Torkham, Khyber district, copied in January 2026, with the owner's words to a visiting student writing about the closure. The dhaba, its owner and all figures are invented.*

**BILL OF FARE**

- Chapli kebab, two pieces: Rs 450
- Mutton karahi, half kilo: Rs 1,600
- Daal and two naan: Rs 250
- Green tea, pot: Rs 80
- Qehwa for drivers: free with any meal

**The owner, Wali Khan Afridi, speaking in January 2026:**

"Look at my tables. Empty. When the trucks were running, I fed sixty, seventy drivers a night. Now maybe ten.

My cousin works for a customs agent, and he brings me the figures. Pakistan's exports to Afghanistan were USD 936 million in 2022 and USD 1,012 million in 2023, a step down from 2022 even before the bad times, he says, and in 2024 they were USD 884 million. And now, since October, nothing at all passes.

I have cut the menu. No more fish; the drivers cannot pay for fish. I keep the kebab and the karahi because the soldiers at the post still come, and a few families on Fridays.

If the road opens I will put the fish back, and I will give the first hundred drivers their qehwa and their daal for nothing. Write that down."
""", direction("a step down from 2022", 936, 1012, "2022", "2023", "a step down", "fall",
               "USD million", "Pakistan's exports to Afghanistan",
               "the dhaba owner's second paragraph",
               "The owner gives exports of USD 936 million in 2022 and USD 1,012 million in 2023, a rise of USD 76 million (about 8.1 percent), and calls 2023 a step down from 2022, a fall."))

ORD_TABLE = """| Year | Exports to Afghanistan | Imports from Afghanistan | Total | Balance |
|---|---|---|---|---|
| 2019 | 1,290 | 441 | 1,731 | 849 |
| 2020 | 942 | 509 | 1,451 | 433 |
| 2021 | 828 | 552 | 1,380 | 276 |
| 2022 | 936 | 741 | 1,677 | 195 |
| 2023 | 1,012 | 690 | 1,702 | 322 |
| 2024 | 884 | 540 | 1,424 | 344 |"""

add("trade_draft_ordinance", """
# Draft: The Border Traders (Relief) Ordinance, 2026

*Draft of a provincial ordinance circulated for comment in February 2026 by a chamber of commerce in Peshawar, with its preamble and a schedule of trade figures. The chamber, the ordinance and all figures are invented; the draft has no legal force.*

**Preamble.** WHEREAS trade between Pakistan and Afghanistan has for years been a living for many thousands of families in the province; AND WHEREAS the closing of the crossings from October 2025 has stopped that trade; AND WHEREAS the figures in the Schedule show that in 2022 Pakistan took imports of USD 714 million from Afghanistan, its highest in six years, and that its surplus has since recovered; it is expedient to give relief to traders whose goods are held at the border.

**1. Short title.** This Ordinance may be called the Border Traders (Relief) Ordinance, 2026.

**2. Relief.** Parking, demurrage and storage charges on loaded vehicles held at the crossings since 7 October 2025 shall be waived until the crossings reopen.

**3. Loans.** A trader registered with the chamber may draw an interest-free loan of up to Rs 2 million against goods held at the crossings.

**Schedule: Pakistan's trade with Afghanistan, calendar years, USD million (the chamber's figures)**

""" + ORD_TABLE + """

*Comments on the draft to reach the chamber's secretary by 15 March 2026.*
""", tvt(["in 2022 Pakistan took imports of USD 714 million", line_of(ORD_TABLE, "| 2022 |")],
         {"preamble_value": 714, "table_value": 741}, "USD million",
         "Pakistan's imports from Afghanistan", "2022",
         "preamble against the 2022 row of the schedule's pipe table",
         "The schedule gives 2022 imports from Afghanistan as USD 741 million, and the 2022 total of 1,677 and balance of 195 only work with 741; the preamble gives USD 714 million for the same year.",
         table_form="pipe, years as rows with exports, imports, total and balance columns"))

add("trade_forum_post", """
# Forum Thread: "Is the Afghan market worth it any more?"

*Posts from a thread on an online forum for Pakistani small exporters, January 2026, with user names shortened. The forum, the users and all figures are invented.*

**Original post, by textile_sialkot:** We sold cloth to two buyers in Kabul for ten years. Since October nothing crosses. Should I give up on Afghanistan and look at Central Asia, or wait? What do the numbers say?

**Reply, by numbers_guy_pwr:** Since you asked for numbers. On the chamber's figures, 2020 was the last good year for us: Pakistan's exports to Afghanistan were USD 942 million and imports from Afghanistan USD 509 million, leaving Pakistan a surplus of USD 443 million. After that exports slid to USD 828 million in 2021 and never got back above a billion except in 2023, when they reached USD 1,012 million. 2024 was USD 884 million.

**Reply, by kabul_cloth_agent:** The numbers are only half the story. My buyers still want Pakistani cloth; they just cannot get it. When the road opens they will come back, but some have already started buying from Iran and Turkey.

**Reply, by textile_sialkot:** So wait, but find a second market meanwhile?

**Reply, by numbers_guy_pwr:** That is what I would do. Do not sell your Kabul contacts short. Keep calling them.

**Moderator note:** Thread locked after 40 replies; please start a new one for Central Asia.
""", arith(["leaving Pakistan a surplus of USD 443 million"],
           "Exports of USD 942 million less imports of USD 509 million leave a surplus of USD 433 million; the post gives USD 443 million.",
           exports=942, imports=509, stated_balance=443, computed_balance=433, unit="USD million",
           period="2020", subject="Pakistan's trade balance with Afghanistan",
           location="first reply in the thread"))

add("trade_clearing_agent_chit", """
# Chit from a Clearing Agent to an Importer, Quetta

*Handwritten chit sent on 3 February 2026 by a clearing agent at Chaman to a dry fruit importer in Quetta, with the importer's reply written on the back. The agent, the importer and all figures are invented.*

Haji sahib, salaam.

Your 3 trucks of raisins and dried apricots from Kandahar are still on the other side. Nothing has come through the Pakistan–Turkmenistan gate at Chaman since the closure began in October, and nobody at customs will say when it will open. The drivers are sleeping in the cabs; I have sent them food twice.

Charges so far, by my account: parking Rs 1,500 a truck a day for the first 30 days, which is Rs 135,000 for the three trucks, and after that the yard owner has agreed to half rate. I paid the first month from my pocket. Please send Rs 135,000 with the boy who brings this chit, and I will send you the yard's receipt.

The raisins will keep. The apricots have been in the trucks four months and I am afraid for them.

Your servant, Abdul Ghani, clearing agent.

**On the back, in the importer's hand:**

Ghani, I am sending Rs 135,000 with the boy. Ask the drivers whether any of the apricot cartons are spoiled, and if so, count them. If the gate opens, bring the raisins first. God keep you.
""", scope("the Pakistan–Turkmenistan gate at Chaman", "TKM", ["PAK", "TKM"], "Turkmenistan",
           "Chaman faces Spin Boldak across the border between Pakistan and Afghanistan, on the road to Kandahar; the chit calls it the Pakistan–Turkmenistan gate, putting Turkmenistan in Afghanistan's place for trucks coming from Kandahar."))

# ---------------------------------------------------------------------------
# Registered Afghan refugees: citations and citation controls
# ---------------------------------------------------------------------------

add("refugees_rubai", """
# Four Quatrains on the Camps, with the Translator's Notes

*Four rubaiyat in Persian by a poet who grew up in a refugee village near Haripur, rendered into plain English by a student translator in 2026 for a university reading, with her notes. The poet, the translator and the reading are invented.*

**I.** My father's spade still leans against the wall
of a mud house he built and never called his own;
the apricot he planted now is tall,
and gives its fruit to strangers, as they've grown.

**II.** We counted years in rations, not in springs;
a card, a thumbprint, and a queue at dawn.
A child learns early what a number brings:
a tent, a school, a name, and then it's gone.

**III.** The road to Torkham is a road of dust,
and half the village walked it in one year.
**IV.** The other half stayed on, because they must,
and learned to say the word for "home" in fear.

**Translator's notes.** The poet was born in 1988 in a village of refugees near Haripur and now teaches in Peshawar. The second quatrain remembers the ration cards of the 1990s. When the poems were written, at the close of 2019, just under 1.1 million Afghans were registered as refugees in Pakistan, UNHCR (2019), most of them born, like the poet, on the Pakistani side of the border. The third and fourth quatrains, which break the usual rhyme to share one image between them, are about the departures that came later. I have kept the poet's line breaks but not his rhymes, which English cannot carry.
""", citation(["just under 1.1 million Afghans were registered as refugees in Pakistan, UNHCR (2019)"], 1100000, "2019",
              "'UNHCR (YEAR)' after a hedged rounded figure in millions, in a translator's note to quatrains",
              "translator's notes, after the fourth quatrain",
              "The reference figure for registered Afghan refugees in Pakistan at the end of 2019 is 1,419,084; the note gives just under 1.1 million for the same year and source, about 22.5 percent below.",
              stated_as_written="just under 1.1 million", stated_hedge="just under"))

add("refugees_meme", """
# "Numbers Don't Lie (But People Do)": A Meme and the Thread Beneath It

*Text of an image meme shared on a Pakistani students' social media page in January 2026, with the caption and the first replies, as archived by a media studies class. The page, the users and the class are invented.*

**Image, top text:** WHEN SOMEONE SAYS "THEY'RE ALL GOING HOME ANYWAY"

**Image, bottom text:** ME WITH A SPREADSHEET

**Caption by the page:** Let's do the maths before we do the shouting. At the end of 2022 there were 1,243,278 registered Afghan refugees in Pakistan, UNHCR's end-2022 figure. Most of them were born here. Some of them are in your class. Be kind in the comments.

**Reply, by a user:** Registered isn't everyone though. There are people with other cards and people with no cards.

**Reply, by the page:** True. This is only the registered count, the ones with proof of registration cards. The others are counted differently and we did not want to guess.

**Reply, by another user:** My best friend's family went back last year after thirty years here. She sends me voice notes from Kabul every night.

**Reply, by the page:** That's the part a number can't show. Thanks for sharing.

**Class note.** We chose this post because it tries to answer a heated argument with a source, and because the replies stay calm; we discuss it in week 4.
""", citation(["1,243,278 registered Afghan refugees in Pakistan, UNHCR's end-2022 figure"], 1243278, "2022",
              "'UNHCR's end-YEAR figure' after a figure written in full with one digit changed, in a meme caption",
              "the page's caption under the meme",
              "The reference figure for registered Afghan refugees in Pakistan at the end of 2022 is 1,743,278; the caption gives 1,243,278, one digit changed, about 28.7 percent below.",
              stated_as_written="1,243,278"))

add("refugees_sudoku_page", """
# Puzzle Page, Saturday Supplement: Sudoku No. 212 and "Did You Know?"

*Text of the puzzle page of a Saturday supplement of a Peshawar English daily in December 2025: instructions, the "Did you know?" box that runs beside the sudoku each week, and its footnote. The newspaper and the page are invented.*

**SUDOKU No. 212 (medium).** Fill the grid so that every row, every column and every 3 by 3 box contains the digits 1 to 9 once each. Time yourself: good solvers finish a medium grid in under 20 minutes. Last week's solution is printed upside down at the foot of the page.

**DID YOU KNOW?** Pakistan has hosted Afghan refugees for more than four decades, and many families are now in their third generation here. At the end of 2021 the number of registered Afghan refugees in the country stood at 1,940,562[^1], more than in almost any other country in the world. Most live not in camps but in towns and villages, above all in Khyber Pakhtunkhwa and Balochistan.

**THIS WEEK'S WORD PUZZLE.** How many words of four letters or more can you make from the letters of HOSPITALITY? Our setter found 31.

**PRIZE.** The first three correct sudoku entries drawn on Thursday win a book token.

[^1]: UNHCR, registered Afghan refugees in Pakistan, year-end 2021.

*Puzzles set by our puzzles editor. Answers next Saturday.*
""", citation(["stood at 1,940,562[^1]", "[^1]: UNHCR, registered Afghan refugees in Pakistan, year-end 2021."], 1940562, "2021",
              "'[^n]: UNHCR …' Markdown footnote keyed to a figure written in full with two digits swapped, in a newspaper puzzle page",
              "the 'Did you know?' box and its footnote",
              "The reference figure for registered Afghan refugees in Pakistan at the end of 2021 is 1,490,562; the box gives 1,940,562, the 4 and the 9 swapped, about 30.2 percent above.",
              stated_as_written="1,940,562"))

add("refugees_jigsaw_box", """
# "Tea Houses of the Frontier": Text on the Lid and Leaflet of a 1,000-Piece Jigsaw

*Wording of the box lid and the leaflet inside a jigsaw puzzle sold in Islamabad bookshops in 2026, whose picture shows a crowded tea house in a Peshawar bazaar. The publisher, the painter and the puzzle are invented.*

**On the lid.** 1,000 pieces. Finished size 68 by 48 cm. Suitable for ages 12 and up.

**On the side.** From a painting by a Peshawar artist whose family came from Jalalabad.

**The leaflet inside: about the picture.** The painting shows a tea house in the old city of Peshawar on a winter evening: men in blankets around a samovar, a boy carrying a tray of green tea, a radio on the shelf, and through the window the lamps of the bazaar. Several of the men are Afghan traders who have lived in the city for most of their lives.

The painter grew up among such men. Afghans have been part of Peshawar's life for generations, and at the close of 2023 barely 1.6 million of them were registered as refugees in Pakistan, according to UNHCR's 2023 figures. Many of the tea houses of the old city were run by Afghan families, and some still are.

**Tips for puzzlers.** Start with the border and the window frame. The samovar's brass is the brightest part of the picture, and the blankets are the hardest: sort their pieces by pattern before you begin.

*Missing a piece? Write to the publisher with the number on the bottom of the box.*
""", citation(["barely 1.6 million of them were registered as refugees in Pakistan, according to UNHCR's 2023 figures"], 1600000, "2023",
              "'according to UNHCR's YEAR figures' after a hedged rounded figure in millions, in the leaflet of a jigsaw puzzle",
              "leaflet inside the box, second paragraph",
              "The reference figure for registered Afghan refugees in Pakistan at the end of 2023 is 1,987,717; the leaflet gives barely 1.6 million for the same year and source, about 19.5 percent below.",
              stated_as_written="barely 1.6 million", stated_hedge="barely"))

add("refugees_qr_code_poster", """
# Poster with QR Code: "Know Your Rights" Legal Clinic, Quetta

*Text of a poster put up in Quetta in 2025 by a free legal clinic for Afghan refugees, with a QR code that leads to its help page, and the small print under the code. The clinic and all details are invented.*

**DO YOU HOLD A PROOF OF REGISTRATION CARD?**
**DO YOU KNOW YOUR RIGHTS?**

Free legal advice for Afghan refugees and their families, every Monday and Wednesday, 10 to 4, at the clinic near the Quetta district courts. Pashto, Dari, Urdu and Balochi spoken.

We can help with:

- renewing or replacing a card;
- police stops and detention;
- school admission for your children;
- rent disputes and wages that were not paid.

**SCAN THE CODE** with your phone to open our help page, listen to short audio guides in your language, or send us a message. If you do not have a smartphone, come in person or ask a neighbour to scan it for you.

**You are not alone.** A little over 2.1 million Afghans held registration as refugees in Pakistan at the end of last year (UNHCR Operational Data Portal, end-2024), and thousands of them live in Quetta and the towns around it.

*Small print under the code:* The clinic is run by volunteer lawyers and is not part of any government office. We do not charge for advice and we never ask for money by phone.
""", citation(["A little over 2.1 million Afghans held registration as refugees in Pakistan at the end of last year (UNHCR Operational Data Portal, end-2024)"], 2100000, "2024",
              "'(UNHCR Operational Data Portal, end-YEAR)' after a hedged rounded figure in millions, on a legal clinic's poster",
              "paragraph above the small print",
              "The reference figure for registered Afghan refugees in Pakistan at the end of 2024 is 1,559,964; the poster gives a little over 2.1 million for the same year and source, about 34.6 percent above.",
              stated_as_written="A little over 2.1 million", stated_hedge="a little over"))

add("refugees_ventriloquist_script", """
# "Gul and Guli": Ventriloquist's Script for a School Assembly

*Script of a short act by a ventriloquist and his puppet, a talking parrot called Guli, performed at school assemblies in Peshawar in 2025 to teach children about their Afghan classmates. The performer and the act are invented.*

**GUL** (to the children): Good morning, everyone! Say good morning to Guli.

**GULI** (the parrot): Good morning! Good morning! Is it lunchtime?

**GUL:** Not yet, Guli. Today we are talking about friends who came from far away. Do you know where Afghanistan is?

**GULI:** Over the mountains! My grandfather flew over them. He said the apples were better there.

**GUL:** Many families came over those mountains, children, a long time ago, and many stayed. At the end of 2020 there were 1,490,562 registered Afghan refugees living in Pakistan, UNHCR data as of end-2020. That is more people than live in some whole cities!

**GULI:** One million, four hundred and ninety thousand, five hundred and sixty-two! I counted them all! (pause) No, I didn't.

**GUL:** Some of them are your classmates. Some of them were born in Peshawar, just like you.

**GULI:** Then they are from here! And from there! Two places! Lucky.

**GUL:** Exactly. So what do we do when a new friend joins our class?

**GULI:** Share lunch! Is it lunchtime now?

**GUL:** Nearly, Guli. Nearly. (to the children) Thank you, everyone!
""", citation(["At the end of 2020 there were 1,490,562 registered Afghan refugees living in Pakistan, UNHCR data as of end-2020"], 1490562, "2020",
              "'UNHCR data as of end-YEAR' after a figure written in full that is another year's exact reference value, in a ventriloquist's script",
              "Gul's third speech",
              "The reference figure for registered Afghan refugees in Pakistan at the end of 2020 is 1,438,432; the script gives 1,490,562, the reference value for 2021, about 3.6 percent above the value for the year cited.",
              same_as_year="2021", stated_as_written="1,490,562"))

add("refugees_charades_citation_control", """
# Charades Cards for a Refugee Week Evening, Peshawar

*Cards used for a game of charades at a Refugee Week evening held by a Peshawar youth club in June 2026, each with a word or phrase to act and a "fact to read out" once the team has guessed it. The club and the evening are invented.*

**How to play.** One player draws a card and acts the phrase without speaking; the team has one minute to guess. When they guess, the player reads out the fact on the back.

**Card 1: "Crossing the mountains" (three words).**
Fact: Many Afghan families reached Pakistan on foot over the passes, in winter as well as summer.

**Card 2: "Ration card" (two words).**
Fact: In the camps of the 1980s, families queued for flour, oil and tea with cards stamped each month.

**Card 3: "Counting heads" (two words).**
Fact: At the end of 2020 there were 1,438,432 registered Afghan refugees in Pakistan (UNHCR, as at 31 December 2020). A year later the count was 1,490,562 [UNHCR 2021 year-end statistics], a rise of 52,130, or about 3.6 percent.

**Card 4: "Green tea in a glass" (five words).**
Fact: Afghan traders brought their tea-drinking habits to the bazaars of Peshawar, and many tea houses there were run by Afghan families.

**Card 5: "Cricket in the street" (four words).**
Fact: Afghanistan's national cricket team grew up in part on the pitches of refugee villages around Peshawar.

**Scoring.** One point for each card guessed within the minute. The winning team chooses the music for the rest of the evening.
""", control_type="citation_control")

add("refugees_card_trick_citation_control", """
# Patter for "The Two Piles": A Card Trick at a Charity Show

*Patter written by an amateur magician for a card trick he performed at a charity show in Islamabad in 2026, raising money for a school in a refugee village; the figures he works into the trick are given on his cue card. The magician and the show are invented.*

**Patter.** "Ladies and gentlemen, a simple trick with a serious story. Here is an ordinary pack of fifty-two cards. Madam, please cut it into two piles, any size you like.

This left pile, let us call it one year. This right pile, the next year. Now, I will not touch either pile, but I will tell you the story of two years, and the cards will agree with me.

At the end of 2021, the count of registered Afghan refugees in Pakistan was 1,490,562 (UNHCR stats, Dec-2021). One year later it was 1,743,278, UNHCR (YE2022). That is 252,716 more people in a single year, a rise of about 17 percent, many of them families who had crossed after the change of government in Kabul.

Madam, count your right pile for me. Seventeen cards? Seventeen, for seventeen percent. Thank you."

**Cue card (for the magician only).** Force seventeen cards with the riffle force before the cut. Check the figures before every show: 1,490,562 for 2021, 1,743,278 for 2022, difference 252,716, about 17.0 percent.

**Closing line.** "Tonight's tickets and your generosity go to the school. The cards are only cards; the children are real."
""", control_type="citation_control")

add("refugees_ration_list_citation_control", """
# Ration List for the Winter Distribution, with the Organisers' Note

*Ration list and covering note of a Peshawar charity that hands out winter food parcels to refugee families and poor local households, December 2025. The charity and all distribution figures are invented.*

**Each family parcel contains:**

- Wheat flour: 20 kg
- Rice: 5 kg
- Cooking oil: 3 litres
- Lentils: 4 kg
- Sugar: 2 kg
- Green tea: 500 g
- Salt: 1 kg

One parcel costs us about Rs 9,800 this winter. We will hand out 420 parcels over three Fridays, 140 each Friday, at a cost of some Rs 4.1 million.

**Organisers' note.** Families are chosen by our volunteers in each neighbourhood, Afghan and Pakistani alike; nobody is asked to show a card at the gate.

The number of registered refugees has fallen in the last two years. Pakistan had 1,743,278 registered Afghan refugees according to UNHCR's statistics as on 31.12.2022; two years later, the people whom UNHCR registered at the end of 2024 numbered 1,559,964, a fall of 183,314, or about 10.5 percent. Many families left under pressure in 2023 and 2024, and many of those who remain have less work and less money than before. Our list of families in need is longer this year, not shorter.

Volunteers please arrive at 7 in the morning. Bring gloves.
""", control_type="citation_control")
