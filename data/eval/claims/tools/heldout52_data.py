# Fifty-second held-out set of synthetic documents ("heldout52").  Written from
# scratch after heldout51/, by a labeller session that had not opened dyad's
# implementation or history and had not seen any of its results.
# Every entry: name (topic slug, numbered later by build_heldout52.py), text,
# labels (list of defect dicts), control_type for controls.
# Registers not used before: a chunri (tie-dyed dupatta and shawl) maker at
# Matli, Sindh, that sold to a fabric shop in Kandahar; a kashi (glazed blue
# tile) workshop at Nasarpur, Sindh, that sold to a builders' merchant in
# Kabul; a women's apricot oil cooperative at Karimabad, Hunza, that sold to a
# natural cosmetics shop in Kabul; a date packer at Turbat, Kech, Balochistan,
# that sold Begum Jangi dates to a dry fruit company in Kandahar; an apiary at
# Farkhar, Takhar, that sold honey to a honey shop in Peshawar; a women's
# torshi (pickle) kitchen in Kabul that sold jars to a distributor in
# Peshawar; an almond house at Shahristan, Daikundi, that sold shelled almonds
# to a dry fruit company in Lahore; and macro documents on the trade series,
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
#   Dahri Chunri House, Matli (invented), founded 1994 by Allah Bachayo Dahri,
#     run by his son Qadir Bux Dahri, sales Haleema Dahri (his daughter), head
#     dyer Lachhmi Oad, tying supervisor Sorath Mallah, accounts Mir Hassan
#     Thebo: chunri pieces sold 2023 4,400, 2024 5,100, 2025 3,800; to Abdul
#     Sattar Tarakai, Tarakai Fabrics, Kandahar 1,400 / 1,700 / 300 (2025 in
#     one lot sent in September), at home 3,000 / 3,400 / 3,500; dupatta Rs
#     2,800 (2025), Rs 3,100 (from 1 March 2026); shawl Rs 4,900 (2025), Rs
#     5,400 (2026); seconds Rs 1,800; boutiques pay 20 percent below the shop
#     price (Rs 2,480 a dupatta); USD 11 a piece to Kandahar; 58 tiers at home
#     (35 in the villages, 23 in the town), 6 dyers in the dye house.
#   Kumbhar Kashi Works, Nasarpur (invented), founded 1968 by Ilahi Bux
#     Kumbhar, run by his grandson Ali Nawaz Kumbhar, master painter Karim Bux
#     Kumbhar, kiln master Rasool Bux Siyal, accounts Naseem Rahu: 15 cm tiles
#     sold 2023 62,000, 2024 70,000, 2025 54,000; to Jan Mohammad Seraj, Seraj
#     Building Materials, Kabul 18,000 / 22,000 / 4,000, at home 44,000 /
#     48,000 / 50,000; Rs 450 a tile (2025), Rs 480 (2026); USD 1.80 a tile
#     to Kabul; 14 craftsmen (6 painters, 5 moulders and glazers, 3 kiln
#     hands); a large kiln of 1,200 tiles and a small one of 500; crates of
#     40 tiles.
#   Ultar Women's Apricot Oil Cooperative, Karimabad, Hunza (invented),
#     founded 2011, chair Zarina Hunzai, treasurer Gulbanu Nazarbek, trainer
#     Dilshad Shimshali, 42 members: oil sold 2023 1,850 litres, 2024 2,200,
#     2025 1,650; to Ruqia Khawari, Khawari Naturals, Kabul 600 / 750 / 150,
#     at home 1,250 / 1,450 / 1,500; about 3 kg of kernels a litre (kernels
#     bought 5,550 / 6,600 / 4,950 kg); Rs 4,000 a litre (2025), Rs 4,400
#     (2026); USD 15 a litre to Kabul; two expellers.
#   Gichki Date Packers, Turbat (invented), founded 1988 by Haji Murad Gichki,
#     run by his son Dad Karim Gichki, packing supervisor Dur Bibi Buledi,
#     accounts Lal Bakhsh Hoth, driver Balach Kalmati: dates sold 2023 420
#     tonnes, 2024 480, 2025 360; to Jan Agha Arghandabi, Arghandabi Dry Fruit
#     Company, Kandahar 150 / 190 / 40, at home 270 / 290 / 320; Begum Jangi
#     Rs 520 a kg packed (2025); USD 1,200 a tonne to Kandahar; 75 grower
#     families; 12 staff all year and 30 more in the season.
#   Qarluq Apiary, Farkhar (invented), founded 2014 by Abdul Wadood Qarluq,
#     with his son Naqib Qarluq, daughter Shahla Qarluq (accounts) and head
#     beekeeper Mir Wali Farkhari; 11 beekeepers; hives 2023 260, 2024 340,
#     2025 290; honey sold 2023 7,200 kg, 2024 8,100, 2025 6,300; to Intizar
#     Mamund, Mamund Honey House, Peshawar 2,400 / 2,900 / 500, at home
#     (Taloqan and Kabul) 4,800 / 5,200 / 5,800; Afs 650 a kg (2025); USD 9 a
#     kg to Peshawar.
#   Jawadi Torshi Kitchen, Kabul (invented), founded 2017 by Masooma Jawadi,
#     head cook Sabera Erfani, accounts Gul Makai Parsa: one-kilogram jars sold
#     2023 21,000, 2024 24,500, 2025 18,200; to Sher Zaman Spinzai, Spinzai
#     Afghan Foods, Peshawar (with a Quetta branch) 7,000 / 8,500 / 1,200, in
#     Kabul 14,000 / 16,000 / 17,000; Afs 180 a jar (2025), Afs 200 (2026);
#     27 women cooks.
#   Ghulami Almond House, Shahristan (invented), founded 2006 by Sakhidad
#     Ghulami, managed by his son Ali Madad Ghulami, shellers' head Bibi Hawa
#     Yari: shelled almonds sold 2023 38,000 kg, 2024 44,000, 2025 31,000; to
#     Ghulam Qadir Tirahi, Tirahi Dry Fruit Company, Lahore 16,000 / 19,000 /
#     3,000, in Kabul and Mazar-e Sharif 22,000 / 25,000 / 28,000; Afs 620 a
#     kg (2025); 210 grower families, 48 women shellers.
#   Macro documents: trucks, containers, members and charges are invented and
#     kept consistent within each document.

HELDOUT52 = []
from heldout_labels import (  # noqa: F401
    PAIR, REFS, adder, arith, change_pct, citation, direction, garbled, line_of, parts_total, pdf_lines, scope, tvt,
    repeated, reuse,
)

add = adder(HELDOUT52)

# ---------------------------------------------------------------------------
# Dahri Chunri House (invented): a chunri maker at Matli, Sindh
# ---------------------------------------------------------------------------

CHUNRI_SHOW = """| Colour | Pieces sold |
|---|---|
| Red and yellow | 64 |
| Green and orange | 45 |
| Indigo | 37 |
| Black with white dots | 25 |
| **Total** | **171** |"""

add("chunri_house_trunk_show_control", """
# Trunk Show Report: Dahri Chunri House in Hyderabad

*Report by the sales lead of a chunri (tie-dyed dupatta and shawl) maker at Matli, Sindh, on a three-day trunk show in a Hyderabad hotel. The firm, its people and all figures are invented.*

**To:** Qadir Bux Dahri. **From:** Haleema Dahri, sales. **Date:** 9 March 2026.

Baba, this is my note on the trunk show, which ran from Thursday 5 March to Saturday 7 March.

We hired a side room off the hotel lobby for Rs 60,000 and hung the pieces on bamboo rails along the window wall, so that buyers saw the colours in daylight. Lachhmi Oad sat by the door with a bowl of water and a length of wet cloth and showed how each dot is pinched up and bound with thread before the cloth goes into the dye. Sorath Mallah brought a half-tied dupatta with its knots still on it, and more people stopped for that than for anything on the rails.

We took 240 pieces and sold 171, so 69 came back to Matli in the van. Sales by colour were:

""" + CHUNRI_SHOW + """

Red and yellow sold best, as it does every spring, with 64 pieces, a little over a third of all we sold. Indigo ran out on the second afternoon, and I took names and telephone numbers from the women who wanted it. At the new price of Rs 3,100 a dupatta few buyers bargained; two old customers were given the old price of Rs 2,800.

Shows like this matter more now that Kandahar has gone quiet. Tarakai Fabrics took 1,700 of our pieces in 2024 but only 300 in 2025, and nothing has gone since the crossings closed in October. Our sales at home rose from 3,400 pieces in 2024 to 3,500 in 2025, and this is how we keep them rising. One boutique owner has already asked for 40 indigo dupattas by the end of April.

I suggest a second show in Karachi after Eid, with twice as much indigo.

Haleema
""", control_type="control")

add("chunri_house_consignment_agreement", """
# Consignment Agreement: Dahri Chunri House and Kakazai Boutique

*Agreement between a chunri (tie-dyed dupatta and shawl) maker at Matli, Sindh, and a Karachi boutique that is to sell its pieces on consignment, signed in February 2026. The firms, their people and all figures are invented.*

This agreement is made on 12 February 2026 between Dahri Chunri House of Matli, represented by Qadir Bux Dahri ("the Maker"), and Kakazai Boutique of Karachi, represented by its owner Irum Kakazai ("the Boutique").

1. **Goods.** The Maker will deliver 120 chunri dupattas and 80 chunri shawls to the Boutique by 2 March 2026. They remain the property of the Maker until they are sold.
2. **Prices.** The Boutique will sell the dupattas at Rs 3,100 each and the shawls at Rs 5,400 each, and will not sell below these prices without the Maker's consent in writing. At these prices the consignment is worth Rs 804,000.
3. **Commission.** The Boutique keeps 20 percent of the retail price of every piece it sells: Rs 620 on each dupatta and Rs 620 on each shawl. The rest is owed to the Maker.
4. **Statements and payment.** On the fifth day of each month the Boutique sends the Maker a statement of the pieces sold in the month before, and pays what it owes within ten days by bank transfer.
5. **Unsold pieces.** Pieces not sold by 31 August 2026 are returned to the Maker at the Boutique's expense, clean and in their bags. Pieces soiled or damaged in the shop are paid for as if sold.
6. **Display.** The Boutique keeps at least one rail of chunris at the front of the shop, with the Maker's card explaining that each piece is tied by hand by women in the villages around Matli.
7. **Ending.** Either side may end this agreement with a month's notice; pieces still in the shop are then returned or paid for.

Signed: Qadir Bux Dahri, for the Maker

Irum Kakazai, for the Boutique

Witness: Mir Hassan Thebo
""", reuse(["Rs 620 on each dupatta", "Rs 620 on each shawl"], 620, "rupees",
           "the Boutique's 20 percent commission on a dupatta sold at Rs 3,100",
           "the Boutique's 20 percent commission on a shawl sold at Rs 5,400", 1080,
           "Clause 3 sets the commission at 20 percent of the retail price and gives Rs 620 for a dupatta (20 percent of Rs 3,100, which is right) and then the same Rs 620 for a shawl; at the shawl price of Rs 5,400 in clause 2, the commission is Rs 1,080."))

CHUNRI_WASTE = pdf_lines([
    ["Colour lot", "First quality", "Seconds", "Spoiled", "Total dyed"],
    ["Red and yellow", "412", "31", "9", "452"],
    ["Green and orange", "286", "22", "6", "314"],
    ["Indigo", "198", "27", "14", "249"],
    ["Black and white", "143", "8", "4", "155"],
])

add("chunri_house_wastage_report", """
# Wastage Report: Dahri Chunri House, January and February 2026

*Note by the accountant of a chunri (tie-dyed dupatta and shawl) maker at Matli, Sindh, on pieces spoiled in its dye house. The firm, its people and all figures are invented.*

**To:** Qadir Bux Dahri. **From:** Mir Hassan Thebo, accounts. **Date:** 3 March 2026.

Sir, below are the dye-house figures for the first two months of the year, taken from Lachhmi Oad's register and the packing slips, as the register program prints them. A piece is "first quality" if it goes to the packing table as it is, a "second" if it has a bled or blurred patch and is sold at a discount, and "spoiled" if it cannot be sold at all.

""" + CHUNRI_WASTE + """

Indigo is again the trouble. It spoils more than the other colours because the vat must be kept warm and the cloth lifted out at exactly the right moment: 14 indigo pieces were spoiled against 9 red and yellow, although far fewer indigo pieces went into the dye. Lachhmi thinks the new batch of indigo powder is weaker and that the women leave the cloth in longer to make up for it.

Spoiled pieces cost us the cloth and the tying as well as the dye. At about Rs 1,350 a piece for cloth and tying, the 33 pieces spoiled in these two months cost us about Rs 44,550 before the dye is counted. The 88 seconds are not lost, but each sells for Rs 1,800 instead of the full price.

I suggest we buy a thermometer for the indigo vat, which costs about Rs 2,500, and try our old supplier's powder for the March lots before we decide anything else.

Mir Hassan
""", parts_total([line_of(CHUNRI_WASTE, "Indigo")],
                 {"first quality": 198, "seconds": 27, "spoiled": 14}, 249, "chunri pieces",
                 "January and February 2026", "indigo chunri pieces dyed by Dahri Chunri House",
                 "indigo row of the PDF-extracted table, total dyed column",
                 "The indigo row gives 198 first-quality pieces, 27 seconds and 14 spoiled pieces, which add up to 239, but its total dyed column says 249; the other three rows add up.",
                 table_form="PDF text extraction, colour lots as rows with first quality, seconds, spoiled and total dyed columns, without a total row"))

add("chunri_house_whatsapp_chat", """
# WhatsApp Chat: Dahri Chunri House and Tarakai Fabrics

*Messages between the sales lead of a chunri (tie-dyed dupatta and shawl) maker at Matli, Sindh, and its buyer in Kandahar, copied from a phone in December 2025 and translated from Urdu and Pashto. The firms, their people and all figures are invented.*

**[3 Dec 2025, 10:14] Haleema Dahri:** Salaam, Abdul Sattar sahib. I hope all is well with you and the family. I am writing about the 300 pieces we sent you in September. Our accountant says nothing has come for them yet.

**[3 Dec 2025, 11:02] Abdul Sattar Tarakai:** Wa alaikum salaam, Haleema bibi. Everything is slow here. Of the 300 I have sold 210, mostly the red ones for weddings. I will send for those 210 this week through the money changer, at the agreed USD 11 a piece.

**[3 Dec 2025, 11:05] Haleema Dahri:** Thank you. That is USD 2,310. And the other 90?

**[3 Dec 2025, 11:20] Abdul Sattar Tarakai:** The green ones do not move in winter. I can keep them until spring or send them back, but sending them back is not possible now.

**[3 Dec 2025, 11:24] Haleema Dahri:** I know. Nothing can move until the Pakistan–Iran crossings open again; my father says the trucks he knows have been standing at the border since October. Keep them until spring.

**[3 Dec 2025, 12:41] Abdul Sattar Tarakai:** For next year I would like 1,000 pieces if the road opens, half of them red, but I cannot pay in advance this time.

**[3 Dec 2025, 12:50] Haleema Dahri:** In 2024 you took 1,700, so even 1,000 would be welcome. We will not ask for an advance, but we would like payment within two months of delivery. I will keep back some indigo for you.

**[4 Dec 2025, 09:30] Abdul Sattar Tarakai:** Agreed. The money for the 210 goes today. Give my respects to Qadir Bux sahib.

**[4 Dec 2025, 09:33] Haleema Dahri:** I will. Khuda hafiz.
""", scope("until the Pakistan–Iran crossings open again", "IRN", ["PAK", "IRN"], "Iran",
           "The messages are between a maker in Matli, Sindh, and its buyer in Kandahar, and the crossings that closed in October and hold up goods between them are on the Pakistan–Afghanistan border; Haleema calls them the Pakistan–Iran crossings, putting Iran in the place of Afghanistan."))

add("chunri_house_pricing_policy", """
# Pricing Policy 2026: Dahri Chunri House

*Internal pricing policy of a chunri (tie-dyed dupatta and shawl) maker at Matli, Sindh, for the year from March 2026. The firm, its people and all figures are invented.*

**Issued by:** Qadir Bux Dahri. **Prepared by:** Haleema Dahri and Mir Hassan Thebo. **Date:** 21 February 2026.

**Where we stand.** Until 2024 about a third of our pieces went to Tarakai Fabrics in Kandahar. In 2025 it took only 300 pieces, against 1,700 the year before, and since October nothing has crossed. Our sales at home seeped away from 3,400 pieces in 2024 to 3,500 in 2025, and with Kandahar shut they are now nearly all we have. At the same time the price of cloth has gone up twice since the summer, and the tiers have asked for more.

**Shop prices.** From 1 March 2026 a chunri dupatta costs Rs 3,100 instead of Rs 2,800, a rise of about 11 percent, and a chunri shawl Rs 5,400 instead of Rs 4,900. Prices are the same at the workshop, at shows and on the telephone.

**Boutiques.** Boutiques that buy or sell for us pay 20 percent below the shop price, that is Rs 2,480 for a dupatta. No boutique may sell below our shop price.

**Seconds.** Pieces with a blurred or bled patch are sold only at the workshop, at Rs 1,800, and are marked with a small knot of white thread in one corner so that they are not passed off as first quality.

**Tiers.** The rate for tying a dupatta rises from Rs 700 to Rs 800 from the same date. Tiers who finish more than 30 pieces in a month receive Rs 1,000 extra that month.

**Discounts.** Only Qadir Bux Dahri or Haleema Dahri may give a discount, and never of more than Rs 250 a piece. Old customers may be given the old price until the end of March.

**Review.** This policy will be reviewed in September, or earlier if the crossings open and Kandahar starts buying again.
""", direction("Our sales at home seeped away from 3,400 pieces in 2024 to 3,500 in 2025", 3400, 3500, "2024", "2025",
               "seeped away", "fall", "chunri pieces",
               "chunri pieces sold in Pakistan by Dahri Chunri House", "'Where we stand' paragraph",
               "The policy says sales at home seeped away, that is fell, but they went from 3,400 pieces in 2024 to 3,500 in 2025, a rise of 100 pieces (2.9 percent)."))

# ---------------------------------------------------------------------------
# Kumbhar Kashi Works (invented): a kashi tile workshop at Nasarpur, Sindh
# ---------------------------------------------------------------------------

KASHI_KILN = pdf_lines([
    ["Firing", "Kiln", "Loaded", "Passed", "Rejected"],
    ["F-101, 9 Feb", "Large", "1,180", "1,121", "59"],
    ["F-102, 10 Feb", "Small", "480", "462", "18"],
    ["F-103, 11 Feb", "Large", "1,200", "1,104", "96"],
    ["F-104, 12 Feb", "Small", "500", "481", "19"],
    ["F-105, 13 Feb", "Large", "1,150", "1,092", "58"],
    ["Total", "-", "4,510", "4,260", "250"],
])

add("kashi_works_kiln_log", """
# Kiln Log: Kumbhar Kashi Works, 9 to 13 February 2026

*Weekly kiln log of a kashi (glazed blue tile) workshop at Nasarpur, Sindh, with the kiln master's note, as printed from the workshop's computer. The firm, its people and all figures are invented.*

**Kiln master:** Rasool Bux Siyal. **Checked by:** Ali Nawaz Kumbhar. **Date:** 14 February 2026.

The large kiln takes up to 1,200 tiles of 15 cm in one firing and the small kiln up to 500. A tile is passed when it comes out with an even glaze and no crack or crazing; the rest are rejected and broken up for the courtyard path.

""" + KASHI_KILN + """

**Kiln master's note.** Firing F-103 on 11 February was the worst of the week: 69 tiles came out cracked or crazed, most of them from the top shelf, because the firebox was fed too fast in the first hour after a cold night. The small kiln did well both times. Over the week 250 of 4,510 tiles were rejected, a little over 5 percent, against the 4 percent we usually see in winter.

From Monday the first hour of every firing will be done by me or by Karim Bux's son, and the wood for the first hour will be the thin acacia only. I have also asked for the cracked saggar on the top shelf of the large kiln to be replaced before the next firing; it costs about Rs 8,000 from the potter in Hala.

Rasool Bux
""", tvt(["69 tiles came out cracked or crazed", line_of(KASHI_KILN, "F-103")],
        {"note_value": 69, "table_value": 96}, "tiles rejected",
        "tiles rejected from firing F-103 in the large kiln", "11 February 2026",
        "kiln master's note, against the F-103 row of the PDF-extracted log",
        "The kiln master's note says 69 tiles from firing F-103 were rejected, but the log gives 96; only 96 agrees with the row itself (1,104 passed + 96 rejected = 1,200 loaded) and with the week's 250 rejects (59 + 18 + 96 + 19 + 58). The two figures differ by two swapped digits.",
        table_form="PDF text extraction, firings as rows with kiln, loaded, passed and rejected columns and a total row"))

add("kashi_works_loading_plan", """
# Loading Plan: Kumbhar Kashi Works, Truck to Karachi, 16 January 2026

*Loading plan of a kashi (glazed blue tile) workshop at Nasarpur, Sindh, for one truckload of tiles to a hotel site in Karachi. The firm, its people and all figures are invented.*

**Prepared by:** Naseem Rahu, accounts. **Approved by:** Ali Nawaz Kumbhar. **Truck:** hired six-wheeler with driver, Rs 42,000 for the trip.

**The order.** 7,200 tiles of 15 cm for the lobby and courtyard of a hotel being built in Karachi: 5,400 plain blue field tiles and 1,800 painted border tiles.

**Packing.** Tiles go 40 to a crate, standing on edge, with rice straw between them and a plank lid nailed down. The order fills 180 crates: 135 of field tiles and 45 of border tiles. A packed crate weighs about 26 kg, and the full load of 180 crates about 26 tonnes.

**Order of loading.** Border tiles go in first, at the front of the bed against the cab, because they are the last to be laid on site; field tiles go behind them. Crates are stacked no more than five high and roped down row by row, with sacks between the rows.

**Crew.** Four loaders from the village at Rs 1,500 each for the morning. Loading starts at seven and should be finished by eleven. Rasool Bux Siyal counts the crates onto the truck and signs the gate slip with the driver.

**Value and insurance.** At Rs 480 a tile the load is worth Rs 3,456,000. Transit insurance costs 0.5 percent of the value, Rs 17,280.

**Breakage.** On the last two loads to Karachi about 1 percent of the tiles arrived broken. The client accepts breakage of up to 2 percent without a claim; beyond that we replace tiles at our cost on the next load.

**Payment.** The client has paid half in advance; the rest is due within fifteen days of delivery, against the signed delivery note.
""", reuse(["A packed crate weighs about 26 kg", "the full load of 180 crates about 26 tonnes"], 26,
           "kilograms, then tonnes", "weight of one packed crate of 40 tiles, in kilograms",
           "weight of the full load of 180 crates, in tonnes", 4.68,
           "The plan gives about 26 kg for one packed crate and then about 26 tonnes for the load of 180 crates; 180 crates of 26 kg weigh about 4,680 kg, or 4.68 tonnes."))

add("kashi_works_snagging_list", """
# Snagging List: Lobby and Courtyard Tiling, Karachi Hotel Site

*Snagging list drawn up by a Karachi building contractor after the tiling of a hotel lobby and courtyard with tiles from a kashi (glazed blue tile) workshop at Nasarpur, Sindh. The firms, their people and all figures are invented.*

**Contractor:** Detho Builders, site engineer Ghulam Mustafa Detho. **Tile supplier:** Kumbhar Kashi Works, Nasarpur, represented on site by Karim Bux Kumbhar. **Inspected:** 23 February 2026.

The tiling of the lobby walls and floor (96 square metres) and the courtyard (64 square metres) was inspected with the supplier's representative. The work is good on the whole. The items below must be put right before the handover to the client on 10 March.

1. **Lobby, east wall.** Eleven border tiles are cracked across the glaze, probably from the nailing of the skirting board above them. Replace the eleven cracked border tiles on the east wall before the grout is sealed. Replace the eleven cracked border tiles on the east wall before the grout is sealed.
2. **Lobby floor by the reception desk.** Four field tiles sound hollow when tapped. Lift them, re-bed them on fresh mortar and re-grout.
3. **Courtyard, fountain edge.** About 30 tiles along the fountain are a lighter blue than the rest. The supplier says they came from one firing; the client has agreed to keep them if the rest of the ring is not changed.
4. **Courtyard drain.** Water stands in the north-west corner after washing. The tiler is to check the fall toward the drain and relay the corner if needed.
5. **Grout.** Grout lines on the west wall of the lobby are uneven in width. Rake out and re-grout the worst lines, about 2 square metres.
6. **Spares.** The supplier is to leave two crates of each tile on site for later repairs, marked with the firing number.

Items 1, 2 and 5 are for the tiling subcontractor; items 3 and 6 for the supplier; item 4 for the site team. The next inspection is fixed for 5 March.

Ghulam Mustafa Detho, site engineer
""", repeated("Replace the eleven cracked border tiles on the east wall before the grout is sealed.", 2,
              "cracked border tiles on the lobby's east wall", "item 1 of the snagging list",
              "The instruction to replace the eleven cracked border tiles on the east wall before the grout is sealed is written twice, word for word, one copy straight after the other."))

add("kashi_works_site_visit_report_control", """
# Site Visit Report: Kumbhar Kashi Works, Nasarpur

*Report by a Karachi architect on a visit to a kashi (glazed blue tile) workshop at Nasarpur, Sindh, before ordering tiles for a school building. The firm, the practice, their people and all figures are invented.*

**By:** Meera Lohana, Lohana Associates, Karachi. **Visit:** 28 January 2026. **Met:** Ali Nawaz Kumbhar (owner), Karim Bux Kumbhar (master painter) and Rasool Bux Siyal (kiln master).

**The workshop.** Kumbhar Kashi Works was founded in 1968 by Ali Nawaz's grandfather, Ilahi Bux Kumbhar, and still works in the family compound near the old mosque. It has 14 craftsmen: 6 painters, 5 moulders and glazers, and 3 kiln hands. The clay is dug near the town, moulded into 15 cm tiles, dried in the shade, painted in cobalt blue and copper green, glazed and fired.

**Capacity.** There are two wood-fired kilns, a large one of 1,200 tiles and a small one of 500, so 1,700 tiles when both are fired on the same day. In the dry months the kilns are fired about ten times a month between them. The workshop sold 54,000 tiles in 2025, 50,000 of them in Pakistan and 4,000 to its buyer in Kabul, Seraj Building Materials, which had taken 22,000 in 2024.

**Quality.** I saw a firing opened. The glaze was even and the blue deep, and the few rejects were set aside at once. Rasool Bux says about 4 percent of tiles are rejected in a normal month.

**Price.** Rs 480 a tile in 2026, up from Rs 450 in 2025, a rise of about 7 percent. For an order of more than 5,000 tiles Ali Nawaz offered Rs 460.

**Our order.** The school's two stairwells and entrance hall need about 128 square metres of wall tiling, or about 6,000 tiles with an allowance for breakage and cutting. At Rs 460 a tile this comes to Rs 2.76 million. Ali Nawaz can deliver in two loads, in April and May, if we confirm by 16 February.

**Recommendation.** Confirm the order, pay the 30 percent advance he asks for, and send our site engineer to Nasarpur to see the first firing of our tiles.

Meera Lohana
""", control_type="control")

add("kashi_works_supplier_audit", """
# Supplier Audit: Kumbhar Kashi Works, Nasarpur

*Audit of a kashi (glazed blue tile) workshop at Nasarpur, Sindh, by its buyer, a builders' merchant in Kabul, written on the buyer's form in September 2024 and translated from Dari. The firms, their people and all figures are invented.*

**Buyer:** Seraj Building Materials, Kabul. **Auditor:** Jan Mohammad Seraj, owner. **Supplier:** Kumbhar Kashi Works, Nasarpur, Sindh. **Date of visit:** 17 September 2024.

**1. Supplier.** Family firm, founded 1968, owner Ali Nawaz Kumbhar. 14 craftsmen. Two wood-fired kilns, of 1,200 and 500 tiles.

**2. Our record with the supplier.** We bought 18,000 tiles in 2023. For 2024 we have ordered 22,000, of which 15,000 have reached Kabul; the last 7,000 are to be fired in October.

**3. Materials.** Clay is dug near the town and is checked by hand for stones. The cobalt oxide for the blue glaze is bought from China through an importer in Karachi; the supplier showed us the invoices. The copper green is made in the workshop.

**4. Quality.** We took 200 tiles at random from stock and found glaze faults on 6 of them, or 3 percent. Sizes were within 1 mm. The painted patterns match the samples we approved in 2023.

**5. Packing and transport.** Tiles go 40 to a crate with rice straw between them. Crates travel by road to Peshawar and cross at Torkham, on the China–Afghanistan border, where clearance has taken between two and six days this year. Breakage on arrival in Kabul was under 2 percent on every load.

**6. Price and payment.** USD 1.80 a tile, delivered to our yard in Kabul, half paid on dispatch and half on arrival.

**7. Workers.** No children were working on the day of the visit. The kiln hands have gloves but no masks; the supplier agreed to buy masks before the winter firings.

**8. Result.** Approved supplier for 2025, with a check on the masks at our next visit.

Jan Mohammad Seraj
""", scope("Torkham, on the China–Afghanistan border", "CHN", ["CHN", "AFG"], "China",
           "Torkham, where the tiles cross from Pakistan into Afghanistan on the way from Peshawar to Kabul, is on the Pakistan–Afghanistan border; the audit calls it the China–Afghanistan border, putting China in the place of Pakistan. China is named correctly elsewhere, as the origin of the cobalt oxide.",
           not_a_defect="bought from China through an importer in Karachi"))

# ---------------------------------------------------------------------------
# Ultar Women's Apricot Oil Cooperative (invented): Karimabad, Hunza
# ---------------------------------------------------------------------------

APRICOT_FATTY = {"oleic acid": 65.8, "linoleic acid": 28.7, "palmitic acid": 6.1, "stearic acid": 1.4, "others": 1.2}
assert sum(APRICOT_FATTY.values()) == 103.2

add("apricot_oil_certificate_of_analysis", """
# Certificate of Analysis: Cold-Pressed Apricot Kernel Oil

*Certificate issued by a food testing laboratory in Islamabad for a batch of apricot kernel oil from a women's cooperative at Karimabad, Hunza. The laboratory, the cooperative, their people and all figures are invented.*

**Laboratory:** Alibek Food Laboratories, Islamabad. **Client:** Ultar Women's Apricot Oil Cooperative, Karimabad, Hunza (chair: Zarina Hunzai). **Sample:** batch AK-25/11, cold-pressed apricot kernel oil, two bottles of 250 ml, received on 14 November 2025. **Certificate no.:** AFL-2025-3318. **Issued:** 26 November 2025.

**Description.** Clear, pale yellow oil with a faint smell of almonds. No sediment and no foreign matter.

**Results.**
- Acid value: 0.8 mg KOH/g (limit for cold-pressed oils: 4.0)
- Peroxide value: 3.1 meq O2/kg (limit: 15)
- Moisture and volatile matter: 0.06 percent (limit: 0.2)
- Fatty acid profile, as percent of total fatty acids: oleic acid 65.8, linoleic acid 28.7, palmitic acid 6.1, stearic acid 1.4, others 1.2
- Test for bitter kernels (hydrocyanic acid): not detected

**Opinion.** The results are within the limits for cold-pressed edible oils, and the fatty acid profile is typical of oil pressed from sweet apricot kernels. The low acid and peroxide values show that the kernels were dry and fresh when pressed and that the oil has been kept away from light and heat.

**Conditions.** This certificate applies only to the sample received. It may be shown to buyers in full but not in part. Samples are kept for three months from the date of issue.

Signed for the laboratory by the analyst and by the head of the oils section.
""", arith(["oleic acid 65.8, linoleic acid 28.7, palmitic acid 6.1, stearic acid 1.4, others 1.2"],
          "The fatty acid profile is given as percent of total fatty acids, so its five parts should add up to 100, but 65.8 + 28.7 + 6.1 + 1.4 + 1.2 = 103.2.",
          shares_pct=APRICOT_FATTY, sum_pct=103.2, unit="percent of total fatty acids",
          period="sample received 14 November 2025", subject="fatty acid profile of batch AK-25/11 of apricot kernel oil",
          location="fatty acid profile in the results list"))

APRICOT_SAVINGS = """| Hamlet | Members | Savings (Rs) |
|---|---|---|
| Karimabad | 17 | 146,000 |
| Altit | 14 | 131,500 |
| Ganish | 11 | 98,000 |
| **Total** | **42** | **375,500** |"""

add("apricot_oil_savings_group_minutes", """
# Savings Group Minutes: Ultar Women's Apricot Oil Cooperative

*Minutes of the monthly meeting of the savings group of a women's apricot oil cooperative at Karimabad, Hunza, held in January 2026. The cooperative, its people and all figures are invented.*

**Date:** 10 January 2026. **Place:** the cooperative's pressing room, Karimabad. **Present:** 37 of the 42 members. **Chair:** Zarina Hunzai. **Minutes:** Gulbanu Nazarbek, treasurer.

1. **Savings.** The treasurer read out the savings held at 31 December 2025, Rs 375,500 in all, and the share of each hamlet. The Altit members' savings stood at Rs 161,500. Members who joined late are still catching up, which is why the Ganish group has less. The table below was pinned to the wall.

""" + APRICOT_SAVINGS + """

2. **Loans.** Two loans were approved: Rs 40,000 to Gul Parri Gojali for a sewing machine, and Rs 25,000 to a Karimabad member for her son's college fees. Each is to be repaid over ten months with no interest, as the group's rules say.
3. **Oil sales.** Zarina Hunzai reported that the cooperative sold 1,650 litres of oil in 2025, against 2,200 in 2024. Sales at home rose from 1,450 to 1,500 litres, but Khawari Naturals in Kabul took only 150 litres, against 750 the year before, because of the closed border.
4. **Pressing.** The second expeller needs a new screw before the spring. The members agreed to pay for it from the cooperative's account, not from the savings.
5. **Next meeting.** 8 February 2026, after the afternoon prayer.

Minutes read and approved. Signed: Zarina Hunzai, chair; Gulbanu Nazarbek, treasurer.
""", tvt(["The Altit members' savings stood at Rs 161,500", "| Altit | 14 | 131,500 |"],
        {"minutes_value": 161500, "table_value": 131500}, "rupees",
        "savings of the savings group's Altit members", "31 December 2025",
        "minutes item 1, against the Altit row of the pipe table of savings by hamlet",
        "The minutes say the Altit members' savings stood at Rs 161,500, but the table pinned to the wall gives Rs 131,500; only 131,500 agrees with the table's total of Rs 375,500 (146,000 + 131,500 + 98,000), which the minutes also give. The two figures differ in one digit.",
        table_form="pipe, hamlets as rows with members and savings columns and a total row"))

add("apricot_oil_cooking_show", """
# Cooking Show Script: Apricot Oil in the Hunza Kitchen

*Script of a segment of a television cooking show filmed at Karimabad, Hunza, in spring 2026, in which a member of a women's apricot oil cooperative makes chapshuro (a meat-filled bread) with apricot kernel oil. The programme, the cooperative, their people and all figures are invented.*

*[A kitchen with a window on the mountains. A wood stove, a flat pan, a bowl of dough, minced meat with onions and green chillies, and a bottle of golden oil.]*

**NAZNEEN NAGARI (host):** Today we are in Karimabad with Gul Parri Gojali, who presses apricot oil with her cooperative and has promised to teach me chapshuro. Gul Parri, what is in this bottle?

**GUL PARRI GOJALI:** Oil from the kernels of sweet apricots, pressed cold. We dry the apricots on the roofs in summer, crack the stones and press the kernels in the autumn. It takes about three kilograms of kernels to make one litre.

**NAZNEEN:** And how much oil goes into chapshuro?

**GUL PARRI:** Not much. I rub a little into the dough and brush the top before it goes on the pan. We use about 20 ml of oil for each chapshuro, so this half-litre bottle makes about 20 of them.

*[She rolls out two rounds of dough, spreads the meat on one, covers it with the other and presses the edges together.]*

**NAZNEEN:** It smells of almonds.

**GUL PARRI:** Everyone says so. My grandmother used the same oil on our hair and on our hands in winter. Now women in Lahore buy it for their faces.

**NAZNEEN:** Where can our viewers buy it?

**GUL PARRI:** From the cooperative in Karimabad, or by post. This year a half-litre bottle is Rs 2,200. We used to send oil to a shop in Kabul as well, but that has stopped since the border closed.

*[The chapshuro goes onto the hot pan. Close-up as it turns golden.]*

**NAZNEEN:** Ten minutes on each side, and here it is. Gul Parri, thank you.
""", reuse(["We use about 20 ml of oil for each chapshuro", "this half-litre bottle makes about 20 of them"], 20,
           "millilitres, then chapshuros", "oil used for one chapshuro, in millilitres",
           "chapshuros that a half-litre bottle of oil makes", 25,
           "Gul Parri says each chapshuro takes about 20 ml of oil and then that a half-litre bottle makes about 20 of them; 500 ml at 20 ml each makes about 25."))

add("apricot_oil_training_module", """
# Training Module 4: Pressing, Settling and Bottling

*Module from the course of a women's apricot oil cooperative at Karimabad, Hunza, for new members, spring 2026. The cooperative, its people and all figures are invented.*

**Trainer:** Dilshad Shimshali. **For:** the nine women who joined the cooperative in 2025. **When:** the spring course runs from 16 April to 9 April 2026, on weekday mornings in the pressing room; this module takes three mornings.

**What you will learn.** How to prepare kernels for the expeller, press them, let the oil settle, filter it and fill, seal and label bottles so that the oil keeps for a year.

**Step 1: Sorting.** Every sack of kernels is tasted before pressing. Bite a kernel from the top, the middle and the bottom of the sack. A bitter kernel means the sack has stones from wild or bitter apricots, and the whole sack is set aside. Bitter kernels must never be pressed for food oil.

**Step 2: Drying.** Kernels are spread on clean cloths in the shade for two days if they feel soft or cool. Wet kernels clog the expeller and give cloudy oil that goes rancid.

**Step 3: Pressing.** The expeller is warmed for five minutes with a handful of kernels, which are then thrown away. Feed the kernels slowly and evenly. The oil must come out warm, never hot. Expect about one litre from three kilograms of good kernels.

**Step 4: Settling.** Oil is left in covered steel drums for ten days so that the fine meal sinks. Do not move the drums in this time.

**Step 5: Filtering and bottling.** Draw off the clear oil from the top, pass it through a cotton filter and fill the dark bottles of 250 ml and 500 ml to the shoulder. Seal, wipe and label each bottle with the batch number and the date of pressing.

**Step 6: Records.** Write in the batch book the weight of kernels pressed, the litres of oil bottled and the number of bottles of each size.

**Practice.** Each new member presses and bottles one batch under the trainer's eye before she works alone.
""", garbled(["from 16 April to 9 April 2026"],
             "The course is said to run from 16 April to 9 April 2026, so it ends a week before it begins.",
             stated_period_start="16 April 2026", stated_period_end="9 April 2026",
             subject="spring 2026 training course for new members", location="'When' line under the title"))

add("apricot_oil_harvest_report", """
# Harvest Report 2025: Ultar Women's Apricot Oil Cooperative

*Report by the chair of a women's apricot oil cooperative at Karimabad, Hunza, to its members on the 2025 apricot harvest and the kernels bought for pressing. The cooperative, its people and all figures are invented.*

**From:** Zarina Hunzai, chair. **To:** all 42 members. **Date:** 15 December 2025.

Dear sisters,

**The harvest.** 2025 was a hard year for apricots. A frost in the second week of April caught the blossom in the lower orchards, and many trees in Ganish and Altit gave less than half their usual fruit. The upper orchards were late to flower and escaped, but their trees are fewer.

**Kernels.** The kernels we bought leapfrogged from 6,600 kg in 2024 to 4,950 kg in 2025. We bought from 160 households, against 185 the year before, and because kernels were scarce we paid Rs 720 a kg instead of Rs 600. The kernels were clean and sweet; only four sacks were set aside as bitter.

**Oil.** At about three kilograms of kernels to a litre, the 4,950 kg gave us 1,650 litres of oil, all of it sold by the end of November. 1,500 litres were sold at home, in Gilgit, Islamabad and Lahore, and only 150 litres went to Khawari Naturals in Kabul, which took 750 litres in 2024; nothing has gone to Kabul since the border closed in October.

**Money.** Because the kernels cost more and the oil was less, our surplus for the year will be smaller. The committee proposes to raise the price of a litre from Rs 4,000 to Rs 4,400 for 2026 and will put this to the general meeting in January.

**For next year.** We will ask the agriculture office about frost cloths for the young trees in the lower orchards, and we will start buying kernels in August, before the traders from Gilgit come.

With thanks for your work in a hard year,

Zarina Hunzai
""", direction("The kernels we bought leapfrogged from 6,600 kg in 2024 to 4,950 kg in 2025", 6600, 4950,
               "2024", "2025", "leapfrogged", "rise", "kilograms of apricot kernels",
               "apricot kernels bought by the Ultar Women's Apricot Oil Cooperative", "'Kernels' paragraph",
               "The report says the kernels bought leapfrogged, that is rose, but they went from 6,600 kg in 2024 to 4,950 kg in 2025, a fall of 1,650 kg (25 percent), which the report itself explains by the frost, fewer households and scarce kernels."))

# ---------------------------------------------------------------------------
# Gichki Date Packers (invented): a date packer at Turbat, Kech, Balochistan
# ---------------------------------------------------------------------------

add("dates_packers_shrinkage_report", """
# Shrinkage Report: Gichki Date Packers, 2025 Season

*Report by the packing supervisor of a date packer at Turbat, Kech, Balochistan, on the weight dates lose between the growers' gate and the packing table. The firm, its people and all figures are invented.*

**To:** Dad Karim Gichki. **From:** Dur Bibi Buledi, packing supervisor. **Copy:** Lal Bakhsh Hoth, accounts. **Date:** 30 October 2025.

Dad Karim sahib, you asked why we pay the growers for so many more dates than we pack. This is what happens between the gate and the box.

Fresh dates come in soft and heavy with water. They are spread on mats in the drying yard, turned every morning and brought in under cover at night, until they are dry enough to keep for a year. Then the women sort them: stones, leaves and split or mouldy dates are thrown out, the small ones go to the paste maker, and the rest are packed.

This season I followed one lot of Begum Jangi from the gate to the box. Lot 16 came in from a grower at Tump on 28 August: 2,500 kg of fresh dates. After nine days on the mats and a day of sorting and packing, we had 1,900 kg in boxes, a loss of 14 percent. Most of what went was water; the sorting took out about 60 kg of stones, leaves and spoiled dates, and the paste maker took 45 kg of small ones.

The other varieties are drier when they are picked, so they lose less. Lot 22, a mixed lot, came in at 1,200 kg and gave 960 kg, a loss of 20 percent.

Over the whole season the yard received 468 tonnes of fresh dates and we packed 360 tonnes, a loss of about 23 percent.

So when we agree prices with the growers we should count on losing about a quarter of the weight of Begum Jangi between the gate and the box. If the growers dried their dates for two or three days before bringing them, as some in Tump already do, we could pay them more per kilogram and lose less in the yard.

Dur Bibi
""", arith(["2,500 kg of fresh dates", "we had 1,900 kg in boxes, a loss of 14 percent"],
          "Lot 16 went from 2,500 kg of fresh dates to 1,900 kg in boxes, a loss of 600 kg or 24 percent, not the 14 percent stated; the report's own advice to count on losing about a quarter of the weight of Begum Jangi fits 24 percent.",
          **{"from": 2500, "to": 1900, "from_period": "28 August 2025", "to_period": "7 September 2025",
             "stated_change_pct": -14, "computed_change_pct": change_pct(2500, 1900),
             "as_written": {"from": "2,500 kg", "to": "1,900 kg", "stated_change": "14 percent"},
             "unit": "kilograms of dates", "subject": "weight of lot 16 of Begum Jangi dates, fresh at the gate and packed",
             "location": "fourth paragraph of the report"}))

DATES_ACCOUNT = """| Invoice | Date | Tonnes | Amount (USD) | Paid (USD) | Due (USD) |
|---|---|---|---|---|---|
| GDP-25/031 | 9 Jul 2025 | 22 | 26,400 | 26,400 | 0 |
| GDP-25/047 | 15 Sep 2025 | 18 | 21,600 | 0 | 21,600 |
| **Total** | | **40** | **48,000** | **26,400** | **21,600** |"""

add("dates_packers_demand_notice", """
# Demand Notice: Gichki Date Packers to Arghandabi Dry Fruit Company

*Notice of payment due, sent by a date packer at Turbat, Kech, Balochistan, to its buyer in Kandahar in January 2026. The firms, their people and all figures are invented.*

**From:** Gichki Date Packers, Turbat. **To:** Jan Agha Arghandabi, Arghandabi Dry Fruit Company, Kandahar. **Date:** 12 January 2026. **Ref.:** GDP/DN/26-01.

Dear Jan Agha sahib,

We write about the outstanding sum of USD 27,600 for the 18 tonnes of Begum Jangi dates delivered to your agent at Chaman on 15 September 2025 under our invoice GDP-25/047. His receipt, signed at Chaman, is attached.

Our account with you for 2025 stands as follows:

""" + DATES_ACCOUNT + """

Both lots were sold at the agreed price of USD 1,200 a tonne. The July lot was paid in full in August, for which we thank you. For the September lot we have received nothing in four months, and our letters of October and November have had no answer.

We understand that the closure of the crossings since October has made it hard for you to sell and to send money, and we have not charged any interest. We will not charge any if the sum is paid by 28 February 2026. You may pay it in two parts if that helps, the first by 31 January. If nothing is paid by the end of February, we will have to put the matter before the traders' committee at Chaman.

Our families have done business since my father's time, and we hope to go on doing it when the road opens again.

Dad Karim Gichki, owner
""", tvt(["the outstanding sum of USD 27,600", "| GDP-25/047 | 15 Sep 2025 | 18 | 21,600 | 0 | 21,600 |"],
        {"notice_value": 27600, "table_value": 21600}, "US dollars",
        "sum due from Arghandabi Dry Fruit Company for invoice GDP-25/047", "15 September 2025",
        "first paragraph of the notice, against the GDP-25/047 row of the pipe table of the account",
        "The notice demands USD 27,600 for the 18 tonnes of the September lot, but its own account gives USD 21,600 due on that invoice; only 21,600 agrees with 18 tonnes at the agreed USD 1,200 a tonne and with the total due. The two figures differ in one digit.",
        table_form="pipe, invoices as rows with date, tonnes, amount, paid and due columns and a total row"))

DATES_LOTS = """| Grower lot | Variety | Kg |
|---|---|---|
| Lot 31 | Begum Jangi | 1,150 |
| Lot 32 | Begum Jangi | 860 |
| Lot 33 | Mixed | 640 |
| **Total** | | **2,650** |"""

add("dates_packers_shift_report_control", """
# Shift Report: Gichki Date Packers, Packing Hall, 3 September 2025

*Day-shift report from the packing hall of a date packer at Turbat, Kech, Balochistan, in the 2025 season. The firm, its people and all figures are invented.*

**Shift:** 7 am to 3 pm. **Supervisor:** Dur Bibi Buledi. **To:** Dad Karim Gichki; copy to Lal Bakhsh Hoth.

**Staff.** 39 on the floor: 11 of our 12 permanent staff (one on leave) and 28 of the 30 seasonal workers (two absent, one of them sick).

**Fresh dates received at the gate.** All three lots went straight to the drying yard.

""" + DATES_LOTS + """

**Packed today.** From dried stock, 1,480 kg of Begum Jangi in 1 kg boxes (1,480 boxes) and 600 kg of mixed dates in 5 kg cartons (120 cartons), 2,080 kg in all.

**Rejects.** 95 kg of split and small dates were sorted out and sold to the paste maker.

**Dispatch.** A hired truck left for Karachi at 2 pm with 1,200 boxes of Begum Jangi and the 120 cartons of mixed dates. At Rs 520 a kg the Begum Jangi on the truck is worth Rs 624,000. The other 280 boxes stay in the store for the Quetta order.

**Problems.** The second sealing machine jammed twice in the morning and was mended by half past ten; about 40 minutes of packing were lost. The drying yard is nearly full, and lots that arrive tomorrow afternoon will have to be spread on the roof of the store.

**Tomorrow.** Two more grower lots are expected. Balach Kalmati is driving our own truck back from Karachi today and should be here early tomorrow with the new boxes.

Dur Bibi Buledi
""", control_type="control")

DATES_MILEAGE = pdf_lines([
    ["Date", "Trip", "Km", "Diesel (litres)"],
    ["1 Sep", "Turbat–Karachi", "760", "190"],
    ["3 Sep", "Karachi–Turbat", "760", "185"],
    ["13 Sep", "Turbat–Chaman", "870", "220"],
    ["16 Sep", "Chaman–Turbat", "870", "205"],
    ["22 Sep", "Turbat–Karachi", "760", "195"],
    ["24 Sep", "Karachi–Turbat", "760", "180"],
    ["Total", "-", "4,780", "1,175"],
])

add("dates_packers_mileage_log", """
# Mileage Log: Gichki Date Packers, Truck 2, September 2025

*Monthly mileage log of the truck of a date packer at Turbat, Kech, Balochistan, kept by the driver and checked by the accountant, as typed into the office computer. The firm, its people and all figures are invented.*

**Driver:** Balach Kalmati. **Helper:** Hammal Sangur. **Checked by:** Lal Bakhsh Hoth. **Month:** September 2025.

""" + DATES_MILEAGE + """

**Driver's note.** The Karachi trips carried boxed dates for the wholesalers in the old city market. On 13 September we took 18 tonnes of Begum Jangi for Arghandabi Dry Fruit Company to Chaman, on the Pakistan–Turkmenistan border, and waited there two days for the buyer's agent to take the load, so the return started on 16 September.

**Accountant's check.** The kilometres agree with the odometer readings in the cab book. The truck averaged about 4.1 km a litre this month (4,780 km on 1,175 litres), as usual for a loaded truck on these roads. Diesel at Rs 265 a litre came to Rs 311,375 for the month. The front tyres were changed in Karachi on 23 September for Rs 96,000, paid from the trip advance and entered in the repairs book.

Lal Bakhsh Hoth
""", scope("Chaman, on the Pakistan–Turkmenistan border", "TKM", ["PAK", "TKM"], "Turkmenistan",
           "Chaman, where the dates were handed to the Kandahar buyer's agent, is on the Pakistan–Afghanistan border; the driver's note puts it on the Pakistan–Turkmenistan border, putting Turkmenistan, which borders Afghanistan but not Pakistan, in the place of Afghanistan."))

add("dates_packers_expense_claim", """
# Expense Claim: Truck Trip to Chaman, 7 to 11 July 2025

*Expense claim by the driver of a date packer at Turbat, Kech, Balochistan, for a delivery to Chaman, with the accountant's check. The firm, its people and all figures are invented.*

**Claimant:** Balach Kalmati, driver. **Helper:** Hammal Sangur. **Load:** 22 tonnes of Begum Jangi dates for Arghandabi Dry Fruit Company, invoice GDP-25/031. **Checked by:** Lal Bakhsh Hoth, accounts. **Date:** 12 July 2025.

**Trip.** Left Turbat early on 7 July, reached Chaman on the evening of 8 July, handed over the load to the buyer's agent on 9 July and was back in Turbat on the night of 11 July.

**Claim.**
- Diesel: 435 litres at Rs 262, Rs 113,970
- Tolls and weighbridges: Rs 6,400
- Meals for driver and helper, 5 days at Rs 1,700 a day: Rs 8,500
- Loading and unloading labour at Chaman: Rs 9,000
- Total claimed: Rs 137,870

**Advance.** Rs 120,000 was taken from the office before the trip, so Rs 17,870 is due to the driver.

**Accountant's check.** Turbat to Chaman by way of Panjgur and Quetta is about 870 km each way, and the round trip comes to about 870 km. At the truck's usual 4 km a litre, the 435 litres claimed are right. The toll and weighbridge slips add up to Rs 6,400 and are attached. The labour at Chaman was paid to the buyer's men and there is no slip; the driver's word is accepted, as before.

Approved for payment: Lal Bakhsh Hoth, accounts. Paid in cash on 12 July 2025.

Received: Balach Kalmati (signature)
""", reuse(["about 870 km each way", "the round trip comes to about 870 km"], 870, "kilometres",
           "distance from Turbat to Chaman, one way", "distance of the round trip from Turbat to Chaman and back", 1740,
           "The accountant gives about 870 km each way and then about 870 km for the round trip, which is twice that, about 1,740 km; the 435 litres of diesel at the truck's 4 km a litre that he then accepts also come to 1,740 km."))

# ---------------------------------------------------------------------------
# Qarluq Apiary (invented): an apiary at Farkhar, Takhar
# ---------------------------------------------------------------------------

APIARY_HIVES = pdf_lines([
    ["Site", "Hives", "Queenright", "Queenless"],
    ["Lower Farkhar", "84", "79", "5"],
    ["Middle valley", "96", "88", "8"],
    ["Upper pastures", "110", "97", "13"],
    ["Taloqan yard", "50", "47", "3"],
    ["Total", "340", "311", "29"],
])

add("farkhar_apiary_hive_inspection", """
# Hive Inspection Record: Qarluq Apiary, Spring 2025

*Spring inspection record of an apiary at Farkhar, Takhar, with the head beekeeper's note, typed up from the field book and translated from Dari. The apiary, its people and all figures are invented.*

**Inspected:** 14 to 18 April 2025. **By:** Mir Wali Farkhari, head beekeeper, with Naqib Qarluq. **For:** Abdul Wadood Qarluq.

Every hive was opened on a warm, still day and checked for a laying queen, brood, stores and disease. A hive is counted as queenright if a laying queen or fresh eggs were seen, and as queenless if not.

""" + APIARY_HIVES + """

**Head beekeeper's note.** The winter was long, but every one of the 340 hives we had in the autumn came through it alive. The worst site is the upper pastures, where 31 hives were queenless, most of them hives that swarmed late last summer and never raised a good queen. We will requeen them from our own queen cells in May. Where that fails we will unite the weak colonies with strong ones, which will mean fewer hives by the autumn but stronger ones.

Stores are good everywhere except the Taloqan yard, where two hives need sugar syrup until the acacia flowers. No foulbrood was found. Varroa mites were seen in a few hives at every site, and all hives will be treated after the first honey is taken.

Mir Wali Farkhari
""", tvt(["where 31 hives were queenless", line_of(APIARY_HIVES, "Upper pastures")],
        {"note_value": 31, "table_value": 13}, "queenless hives",
        "queenless hives at the apiary's upper pastures site", "14 to 18 April 2025",
        "head beekeeper's note, against the upper pastures row of the PDF-extracted record",
        "The note says 31 hives at the upper pastures were queenless, but the record gives 13; only 13 agrees with the row (97 queenright + 13 queenless = 110 hives) and with the 29 queenless hives in all (5 + 8 + 13 + 3). The two figures differ by two swapped digits.",
        table_form="PDF text extraction, sites as rows with hives, queenright and queenless columns and a total row"))

add("farkhar_apiary_journal_entry", """
# Journal Entry: Abdul Wadood Qarluq, 31 December 2025

*Year-end entry in the journal of the owner of an apiary at Farkhar, Takhar, translated from Dari. The apiary, its people and all figures are invented.*

The last night of the year. Snow on the hills above the valley, and the hives wrapped in sacking in the Taloqan yard, humming when I put my ear to them.

It was not a good year, and I should write down why so that I remember. Our hives proliferated from 340 at the end of 2024 to 290 at the end of 2025. We lost hives to the late frost in May, when the bees had flown out to the almond blossom and many did not come back, and Mir Wali united the weakest colonies in September rather than let them starve in the winter. He was right. Better fewer hives that live than many that die.

Honey: 6,300 kg sold this year, against 8,100 kg in 2024. Peshawar took only 500 kg. Intizar Mamund wrote in November that he still has some of our honey in his shop but can get no more across since the border closed in October. At home we sold more than ever, 5,800 kg against 5,200 last year. Shahla says that at Afs 650 a kg the home sales brought in Afs 3,770,000. I would not have believed that when I started with my few boxes in 2014.

Naqib wants to split the strongest colonies in spring and be back over 300 hives by June. He has learned to raise queens better than I ever did.

Tomorrow I will go to the yard early, before the children, and listen to every hive.
""", direction("Our hives proliferated from 340 at the end of 2024 to 290 at the end of 2025", 340, 290,
               "end-2024", "end-2025", "proliferated", "rise", "hives",
               "hives kept by Qarluq Apiary", "second paragraph of the entry",
               "The journal says the hives proliferated, that is multiplied, but they went from 340 at the end of 2024 to 290 at the end of 2025, a fall of 50 hives (14.7 percent), which the entry itself puts down to frost and to uniting weak colonies."))

add("farkhar_apiary_price_survey", """
# Price Survey: Honey in Northern Markets, November 2025

*Survey of retail honey prices by the accountant of an apiary at Farkhar, Takhar, to set the apiary's prices for the winter. The apiary, its people and all figures are invented.*

**By:** Shahla Qarluq, accounts. **For:** Abdul Wadood Qarluq. **Date:** 30 November 2025.

**Why.** With the road to Peshawar closed, all our honey must be sold at home this winter, and we need to know what the shops charge and what they would pay us.

**How.** Naqib and I visited 28 shops between 10 and 24 November: 9 in Taloqan, 8 in Kunduz and 13 in Kabul. In each we noted the price of a kilogram of local honey and of imported honey in jars, and asked whether the shop would stock ours.

**What we found.**
- Local mountain honey sells for Afs 600 to 750 a kg in Taloqan and Kunduz, and for Afs 700 to 900 in Kabul.
- Imported honey in jars is cheaper, Afs 450 to 550 a kg, but many shopkeepers say their customers do not trust it.
- Most shops buy from beekeepers at about two thirds of their shop price and pay within a month.
- Eleven shops said they would stock our honey at Afs 650 a kg if we deliver every fortnight and take back jars that do not sell.

**What it means.** Our price of Afs 650 a kg is at the lower end of what the Taloqan and Kunduz shops charge their customers, and well below Kabul. We could sell to the Kabul shops for more, but the road costs more, and some Kabul shops want 60 days to pay.

**Recommendation.** Keep Afs 650 a kg for the northern shops, ask Afs 720 from the Kabul shops, and send the first winter delivery in the second week of December.

Shahla
""", parts_total(["visited 28 shops between 10 and 24 November: 9 in Taloqan, 8 in Kunduz and 13 in Kabul"],
                 {"Taloqan": 9, "Kunduz": 8, "Kabul": 13}, 28, "shops", "10 to 24 November 2025",
                 "shops visited in Qarluq Apiary's honey price survey", "'How' paragraph",
                 "The survey says 28 shops were visited and then gives 9 in Taloqan, 8 in Kunduz and 13 in Kabul, which add up to 30."))

add("farkhar_apiary_certificate_of_appreciation_control", """
# Certificate of Appreciation: Qarluq Apiary

*Certificate and citation presented to an apiary at Farkhar, Takhar, at an agriculture fair in Taloqan in October 2025, translated from Dari. The fair committee, the apiary, their people and all figures are invented.*

**Taloqan Autumn Agriculture Fair, 2025**

**Certificate of Appreciation**

presented to **Qarluq Apiary, Farkhar**, and its founder **Abdul Wadood Qarluq**

The committee of the fair is pleased to recognise Qarluq Apiary for bringing beekeeping back to the Farkhar valley and for sharing what it has learned with its neighbours.

Abdul Wadood Qarluq began in 2014 with a few wooden boxes bought with his savings. Today the apiary keeps 290 hives, moving them up the valley to the summer pastures and down to Taloqan for the winter, and it gives work to 11 beekeepers, four of whom he trained himself. His son Naqib raises the apiary's own queens, and his daughter Shahla keeps its accounts.

In 2024 the apiary sold 8,100 kg of honey: 5,200 kg to shops in Taloqan and Kabul and 2,900 kg to a buyer in Peshawar. This year, with the road to Peshawar closed since the second week of October, it has found new shops at home rather than cut its prices.

Every spring the apiary lends hives to almond and apricot growers in the valley for pollination without charge, and in the winter its beekeepers teach young men from the villages how to handle bees safely.

The committee thanks Abdul Wadood Qarluq and his family and wishes the apiary many good harvests.

Given at Taloqan on 16 October 2025.

Chair of the fair committee
""", control_type="control")

add("farkhar_apiary_risk_assessment", """
# Risk Assessment 2026: Qarluq Apiary

*Risk assessment prepared by an apiary at Farkhar, Takhar, as part of an application for a small-business loan in January 2026. The apiary, its people and all figures are invented.*

**Prepared by:** Shahla Qarluq, accounts, with Abdul Wadood Qarluq and Mir Wali Farkhari. **Date:** 20 January 2026.

The apiary keeps 290 hives and employs 11 beekeepers. In 2025 it sold 6,300 kg of honey. The main risks for 2026, with what we will do about each, are these.

1. **Border closure.** Until 2025 about a third of our honey went to Mamund Honey House in Peshawar: 2,900 kg of the 8,100 kg we sold in 2024. Since October the Uzbekistan–Afghanistan border at Torkham has been closed to trade, and Peshawar took only 500 kg in 2025. We will keep selling in Taloqan, Kunduz and Kabul, where home sales grew from 5,200 kg to 5,800 kg last year, and will send to Peshawar again only when the crossing has been open for a month.
2. **Frost and cold springs.** A late frost in May 2025 killed many foraging bees. We will keep the hives lower in the valley until the middle of May and move them up only after the last frost.
3. **Sugar for winter feeding.** We buy about two tonnes of sugar each autumn, most of it from Uzbekistan through Hairatan. If the price rises we will feed only the hives that need it and leave more honey in the strong hives.
4. **Pesticides.** Spraying of orchards while the trees are in flower kills bees. We will agree spraying days with the growers who borrow our hives and move hives away on those days.
5. **Disease and mites.** We will treat every hive for varroa after the main harvest and burn any hive with foulbrood.
6. **Theft.** Two hives were stolen from the upper pastures in 2025. A beekeeper will sleep at each summer site.

The loan of Afs 600,000 would buy 60 new hive boxes, frames and a second honey extractor, and would be repaid over three years from honey sales at home.
""", scope("the Uzbekistan–Afghanistan border at Torkham", "UZB", ["UZB", "AFG"], "Uzbekistan",
           "Torkham, the crossing on the road from Afghanistan to the apiary's buyer in Peshawar, is on the Pakistan–Afghanistan border; the assessment calls it the Uzbekistan–Afghanistan border, putting Uzbekistan in the place of Pakistan. Uzbekistan is named correctly elsewhere, as the origin of the sugar for winter feeding.",
           not_a_defect="from Uzbekistan through Hairatan"))

# ---------------------------------------------------------------------------
# Jawadi Torshi Kitchen (invented): a women's pickle kitchen in Kabul
# ---------------------------------------------------------------------------

add("torshi_kitchen_procurement_plan", """
# Procurement Plan: Jawadi Torshi Kitchen, Autumn Season 2025

*Plan for buying vegetables and supplies for the autumn pickling season of a women's torshi (pickle) kitchen in Kabul, drawn up in August 2025 and translated from Dari. The kitchen, its people and all figures are invented.*

**Prepared by:** Gul Makai Parsa, accounts, with Sabera Erfani, head cook. **Approved by:** Masooma Jawadi. **Date:** 18 August 2025.

**The season.** From 1 September to 30 November the kitchen makes most of the year's torshi, while carrots, aubergines, cauliflower and green chillies are cheap in the Kabul market. We plan 90 batches in the season.

**One batch.** A batch fills 60 one-kilogram jars. It takes 45 kg of mixed vegetables, 12 litres of grape vinegar, 2 kg of salt, 1.5 kg of garlic and 800 g of dried mint, nigella seed and other spices.

**For the season.** The 90 batches will make 5,400 jars and need 4,050 kg of vegetables, 12 litres of vinegar, 180 kg of salt, 135 kg of garlic and 72 kg of spices.

**Where we buy.**
- Vegetables: from the wholesale market, bought fresh twice a week by Sabera Erfani and one helper, at about Afs 32 a kg, Afs 129,600 for the season.
- Vinegar: from the vinegar maker in Paghman who has supplied us since 2019, delivered every fortnight in 50-litre drums.
- Jars: 5,400 glass jars with lids at Afs 28 each, Afs 151,200, ordered now so that they arrive before the first batch.
- Salt, garlic and spices: from our usual shop in the old bazaar, paid monthly.

**Who the jars are for.** Spinzai Afghan Foods has asked for 2,000 jars for its shops in Peshawar and Quetta before the winter, and the rest will go to shops and restaurants in Kabul.

**Cash.** Half of the jars must be paid for when ordered. Sher Zaman Spinzai has agreed to pay a quarter of his order in advance in September.
""", reuse(["12 litres of grape vinegar", "12 litres of vinegar, 180 kg of salt"], 12, "litres of vinegar",
           "vinegar needed for one batch of 60 jars", "vinegar needed for the season's 90 batches", 1080,
           "One batch takes 12 litres of vinegar, and the plan then gives the same 12 litres for the whole season of 90 batches; every other ingredient is multiplied by 90 (45 kg to 4,050 kg, 2 kg to 180 kg), and 90 batches need 1,080 litres of vinegar."))

add("torshi_kitchen_job_posting_control", """
# Job Posting: Cooks Wanted, Jawadi Torshi Kitchen, Kabul

*Job posting of a women's torshi (pickle) kitchen in Kabul, put up at the kitchen door and passed round by telephone in February 2026, translated from Dari. The kitchen, its people and all figures are invented.*

**Jawadi Torshi Kitchen is looking for four women cooks.**

**About us.** Masooma Jawadi started the kitchen in 2017 in two rooms of her house, with five widows from the neighbourhood. Today 27 women cook, cut, fill and pack with us, and with the four new cooks we will be 31. Last year we sold 18,200 jars of torshi, 17,000 of them in Kabul, where our sales have risen every year since 2023: 14,000 jars in 2023 and 16,000 in 2024. The rest went to Peshawar, but since the border closed we send nothing there, and we now want to sell more in Kabul and in Mazar-e Sharif.

**The work.** Washing and cutting vegetables, salting, filling and sealing jars, and keeping the kitchen clean. The head cook, Sabera Erfani, will teach you our recipes.

**Hours.** 8 in the morning to 2 in the afternoon, Saturday to Thursday. In the autumn season there is paid overtime in the evenings for those who want it.

**Pay.** Afs 5,500 a month for the first three months, then Afs 6,500, the same as every cook in the kitchen. Lunch is given every working day, and a bus takes women home along two routes.

**Who can apply.** Women of 18 and over who can stand for long hours and are careful with cleanliness. You do not need to read or write. Widows and women who support their families come first.

**How to apply.** Come to the kitchen between 9 and 12 on any working day until 5 March and ask for Sabera Erfani, or send your name and telephone number with someone you know who works here. The new cooks start on 15 March.
""", control_type="control")

TORSHI_BUDGET = """| Item | Original budget (Afs) | Revised budget (Afs) |
|---|---|---|
| Vegetables | 540,000 | 470,000 |
| Vinegar, salt and spices | 190,000 | 165,000 |
| Jars and lids | 672,000 | 588,000 |
| Wages | 2,106,000 | 2,354,000 |
| Gas and electricity | 150,000 | 150,000 |
| Rent and transport | 260,000 | 210,000 |
| **Total** | **3,918,000** | **3,927,000** |"""

add("torshi_kitchen_budget_revision", """
# Budget Revision 2026: Jawadi Torshi Kitchen

*Revision of the 2026 budget of a women's torshi (pickle) kitchen in Kabul after the closure of the border with Pakistan, presented to the kitchen's partners in January 2026 and translated from Dari. The kitchen, its people and all figures are invented.*

**Prepared by:** Gul Makai Parsa, accounts. **For:** Masooma Jawadi and the partners. **Date:** 24 January 2026.

The original budget for 2026 was drawn up in September, when we still expected to sell 24,000 jars, including about 3,000 to Spinzai Afghan Foods in Peshawar. The crossings closed in October and nothing has gone to Peshawar since. This revision plans for 21,000 jars, all sold in Afghanistan: 19,000 in Kabul and 2,000 in Mazar-e Sharif.

""" + TORSHI_BUDGET + """

**Notes on the changes.**
- Vegetables, vinegar and spices fall with the smaller number of jars.
- Jars and lids: 21,000 jars at Afs 28, against 24,000 in the original budget.
- Wages rise because four new cooks join on 15 March at Afs 5,500 a month for their first three months and Afs 6,500 after that, the same as the 27 cooks already with us.
- Rent and transport fall because we no longer pay for the monthly truck to Torkham.

**Income.** At Afs 200 a jar, 21,000 jars would bring in Afs 4.2 million, against Afs 4.8 million in the original budget.

**What we ask the partners.** To approve the revised budget, and to agree that Masooma Jawadi visits wholesalers in Mazar-e Sharif in February to find buyers for the 2,000 jars planned there.
""", parts_total([line_of(TORSHI_BUDGET, "| **Total**")],
                 {"Vegetables": 470000, "Vinegar, salt and spices": 165000, "Jars and lids": 588000,
                  "Wages": 2354000, "Gas and electricity": 150000, "Rent and transport": 210000},
                 3927000, "afghanis", "2026", "revised 2026 budget of Jawadi Torshi Kitchen",
                 "total row of the budget table, revised budget column",
                 "The revised budget's items (470,000 + 165,000 + 588,000 + 2,354,000 + 150,000 + 210,000) add up to Afs 3,937,000, but the total row gives Afs 3,927,000; the original budget column adds up.",
                 table_form="pipe, budget items as rows with original and revised columns and a total row"))

add("torshi_kitchen_comment_cards", """
# Comment Card Summary: Jawadi Torshi Kitchen, Winter 2025-26

*Summary of the comment cards customers returned from the jars of a women's torshi (pickle) kitchen in Kabul, written for the kitchen's monthly meeting in February 2026 and translated from Dari. The kitchen, its people and all figures are invented.*

**By:** Gul Makai Parsa, accounts. **For:** the monthly meeting of 7 February 2026.

Since 1 October every jar that leaves the kitchen carries a small card tied to the lid, asking the customer what they liked and what they did not, with a number to call. Shopkeepers collect the cards and give them to our driver. Between 1 October 2025 and 31 January 2026, 412 cards came back. Many cards say more than one thing, so the counts below overlap.

**Taste.** 286 cards praised the taste, most often the carrot and the mixed torshi. 33 said the aubergine torshi was too sour, and 22 that the chilli torshi was too salty. Sabera Erfani has reduced the vinegar in the aubergine recipe from the February batches.

**Lids.** In the autumn many jars leaked in the shops, because the lids from our old supplier did not close well on the new jars. After we changed the supplier in November, complaints about leaking lids fell from 19 in December 2025 to 19 in December 2025. Shopkeepers tell us the new lids are much better.

**Size.** 54 cards asked for a smaller jar of half a kilogram, mostly from students and families who live alone. We will try 500 g jars in the spring.

**Price.** Only 17 cards said our torshi is too dear at Afs 180, and several of those also said it is the best in Kabul.

**What to do.** Keep the cards, reply by telephone to every complaint within a week, and read the cards aloud at each monthly meeting so that the cooks hear what customers say.
""", garbled(["complaints about leaking lids fell from 19 in December 2025 to 19 in December 2025"],
             "The summary says complaints about leaking lids fell from 19 in December 2025 to 19 in December 2025: the start and end are the same value for the same month, so no change is described although a fall is claimed.",
             start_value=19, end_value=19, start_period="December 2025", end_period="December 2025",
             unit="complaints about leaking lids", subject="comment-card complaints about leaking lids",
             location="'Lids' paragraph"))

add("torshi_kitchen_overtime_claim", """
# Overtime Claim: Jawadi Torshi Kitchen, Week before Eid, March 2026

*Claim by the head cook of a women's torshi (pickle) kitchen in Kabul for the cooks' overtime in the week before Eid al-Fitr, with the accountant's approval, translated from Dari. The kitchen, its people and all figures are invented.*

**From:** Sabera Erfani, head cook. **To:** Masooma Jawadi; copy to Gul Makai Parsa, accounts. **Date:** 20 March 2026.

Every year the week before Eid brings the largest orders, from shops and from families who want torshi for their guests. This year the orders were larger than we expected because many people in Kabul who used to buy Pakistani pickles could not find them.

**The overtime.** From 13 to 18 March, twelve cooks stayed two extra hours each evening after the working day, six evenings in all, to fill and seal the Eid orders. All overtime was agreed with Masooma Jawadi before it was worked. All overtime was agreed with Masooma Jawadi before it was worked. The names of the twelve cooks and the evenings each worked are written in the attendance book.

**What was made.** In these six evenings the cooks filled and sealed 1,440 jars, which went to 23 shops and 41 families before Eid.

**The claim.** At the kitchen's overtime rate of Afs 60 an hour, twelve cooks working two hours on six evenings come to 144 hours, or Afs 8,640. Transport home after dark was by two hired cars each evening at Afs 400 a car, Afs 4,800 for the week. The total claimed is Afs 13,440.

**Request.** Please pay the overtime with the March wages, and the car hire to the drivers directly.

Sabera Erfani, head cook

Approved: Gul Makai Parsa, accounts, 21 March 2026.
""", repeated("All overtime was agreed with Masooma Jawadi before it was worked.", 2,
              "the agreement of the overtime in advance", "'The overtime' paragraph of the claim",
              "The sentence saying all overtime was agreed with Masooma Jawadi before it was worked is written twice, word for word, one copy straight after the other."))

# ---------------------------------------------------------------------------
# Ghulami Almond House (invented): an almond house at Shahristan, Daikundi
# ---------------------------------------------------------------------------

add("daikundi_almonds_supplier_questionnaire", """
# Supplier Questionnaire: Ghulami Almond House

*Annual questionnaire sent by a dry fruit company in Lahore to its suppliers, filled in by an almond house at Shahristan, Daikundi, in February 2025 and translated from Dari. The firms, their people and all figures are invented.*

**Sent by:** Tirahi Dry Fruit Company, Lahore (Ghulam Qadir Tirahi, owner). **Filled in by:** Ali Madad Ghulami, manager, Ghulami Almond House, Shahristan, Daikundi, Afghanistan. **Date:** 10 February 2025.

1. **When was your business founded, and by whom?** In 2006, by my father, Sakhidad Ghulami.
2. **What do you sell?** Shelled almonds, mostly the local thin-shelled kind, sorted by size into three grades.
3. **How much did you sell in 2023 and 2024?** 38,000 kg in 2023 and 44,000 kg in 2024.
4. **Who are your main buyers?** Your company, which took 19,000 kg in 2024, and shops and wholesalers in Kabul and Mazar-e Sharif, which took 25,000 kg.
5. **Where do your almonds come from?** From 210 grower families in Shahristan and the valleys next to it. We buy in the shell in September and October and pay in cash on the day.
6. **Who shells and sorts them?** 48 women, some in our store and some at home. They are paid by the kilogram of clean kernels.
7. **How do the almonds reach Lahore?** By road from Daikundi to Kabul, on to Jalalabad, across at Torkham, on the Tajikistan–Afghanistan border, and then to Peshawar and Lahore; about nine days from our store to your warehouse.
8. **How do you store them?** In cloth sacks of 25 kg on wooden pallets in a dry, dark store. We check the moisture of every lot before it is sacked.
9. **Your price for 2025?** USD 9.40 a kg, first grade, delivered to your warehouse in Lahore, if the order is of more than 2,000 kg.
10. **Anything else we should know?** The 2024 harvest was good, but the spring of 2025 may be cold. We will tell you by June how much we can offer.

Signed: Ali Madad Ghulami
""", scope("across at Torkham, on the Tajikistan–Afghanistan border", "TJK", ["TJK", "AFG"], "Tajikistan",
           "Torkham, where the almonds cross on their way from Jalalabad to Peshawar, is on the Pakistan–Afghanistan border; the questionnaire puts it on the Tajikistan–Afghanistan border, putting Tajikistan in the place of Pakistan."))

add("daikundi_almonds_permit_application", """
# Export Permit Application: Ghulami Almond House

*Application for a permit to export shelled almonds to Pakistan, made by an almond house at Shahristan, Daikundi, to the provincial commerce office in July 2025 and translated from Dari. The firm, its people and all figures are invented.*

**Applicant:** Ghulami Almond House, Shahristan, Daikundi. **Represented by:** Ali Madad Ghulami, manager. **Date of application:** 21 July 2025.

**Part A: The goods**
- Goods: shelled almonds, first and second grade, in sacks of 25 kg
- Quantity: 3,000 kg (120 sacks)
- Value: USD 28,200
- Buyer: Tirahi Dry Fruit Company, Lahore, Pakistan
- Route: Kabul, Jalalabad, Torkham
- Expected date of dispatch: 10 August 2025

**Part B: Declaration**

I declare that the 8,000 kg of shelled almonds in Part A were grown by farmers in Daikundi and shelled and sorted in our store at Shahristan, that they are from last autumn's harvest, and that the sacks are marked with our name and the lot numbers. I understand that the permit is for this consignment only and is valid for sixty days from the date of issue.

**Part C: Documents attached**
- Copy of the business licence of Ghulami Almond House, renewed in March 2025
- Copy of the buyer's order of 2 July 2025
- Certificate from the provincial agriculture office that the almonds were inspected and found free of pests
- Copy of the applicant's identity card

**Part D: For the office**

Received on: 21 July 2025. Fee paid: Afs 1,500. Inspected by: agriculture office, lot numbers checked. Permit issued on: 27 July 2025.

Signed: Ali Madad Ghulami, for the applicant
""", tvt(["Quantity: 3,000 kg (120 sacks)", "the 8,000 kg of shelled almonds"],
        {"form_value": 3000, "declaration_value": 8000}, "kilograms of shelled almonds",
        "shelled almonds in the consignment to Tirahi Dry Fruit Company", "dispatch planned for 10 August 2025",
        "Part A's quantity field, against the declaration in Part B",
        "Part A gives the quantity as 3,000 kg, but the declaration in Part B speaks of 8,000 kg of almonds in Part A; only 3,000 kg agrees with the 120 sacks of 25 kg given with it. The two figures differ in one digit."))

add("daikundi_almonds_pop_up_shop", """
# Pop-up Shop Report: Ghulami Almond House in Kabul, Yalda 2025

*Report by the manager of an almond house at Shahristan, Daikundi, on a ten-day pop-up shop in a Kabul shopping centre before Shab-e Yalda, translated from Dari. The firm, its people and all figures are invented.*

**From:** Ali Madad Ghulami, manager. **To:** Sakhidad Ghulami. **Date:** 26 December 2025.

Father, here is how the Kabul shop went.

**The shop.** We rented a corner in the shopping centre from 11 to 20 December, the ten days before Yalda night, for Afs 45,000. Bibi Hawa Yari came with me and brought two of the shellers, who cracked almonds at the front of the shop so that people could see how clean our kernels are.

**What we sold.** 2,400 bags of 250 g at Afs 170 and 2,500 bags of 500 g at Afs 330, that is 1,850 kg of almonds in ten days. Families bought the small bags for Yalda night and the large ones to take to relatives. On the last two days we ran out of 250 g bags and filled them by hand at the shop.

**Why it matters.** With the Lahore road closed since October, Kabul and Mazar are our market now. Our sales in Kabul and Mazar regressed from 25,000 kg in 2024 to 28,000 kg in 2025, and this shop shows that people will pay more for almonds when they can see where they come from. In 2025 Tirahi Dry Fruit Company took only the one lot of 3,000 kg we sent in August.

**Costs.** Besides the rent we paid Afs 18,000 for the bags and printing and Afs 12,000 for the shellers' food and travel.

**Next.** I suggest a second pop-up before Nowruz in March, and a stall in Mazar-e Sharif at the same time, with Bibi Hawa and the shellers again.

Ali Madad
""", direction("Our sales in Kabul and Mazar regressed from 25,000 kg in 2024 to 28,000 kg in 2025", 25000, 28000,
               "2024", "2025", "regressed", "fall", "kilograms of shelled almonds",
               "shelled almonds sold in Kabul and Mazar-e Sharif by Ghulami Almond House", "'Why it matters' paragraph",
               "The report says sales in Kabul and Mazar regressed, that is fell back, but they went from 25,000 kg in 2024 to 28,000 kg in 2025, a rise of 3,000 kg (12 percent)."))

add("daikundi_almonds_travel_claim", """
# Travel Claim: Ali Madad Ghulami, Kabul, November 2025

*Travel claim of the manager of an almond house at Shahristan, Daikundi, for a trip to Kabul to find new buyers after the border closure, translated from Dari. The firm, its people and all figures are invented.*

**Claimant:** Ali Madad Ghulami, manager. **Approved by:** Sakhidad Ghulami. **Date of claim:** 25 November 2025.

**Purpose.** Since the crossings to Pakistan closed in October, our buyer in Lahore can take nothing. I went to Kabul to meet dry fruit wholesalers and shops and to find buyers for the almonds we would have sent to Lahore.

**Dates.** I travelled to Kabul from 22 November to 14 November 2025, by shared car by way of Bamyan, and returned the same way.

**Meetings.** I met six wholesalers and nine shops in the Kabul markets. Three wholesalers took samples; one has ordered 1,200 kg for January at Afs 610 a kg, and two will reply after tasting. Four shops asked for 250 g bags with our name on them, which we can make in Shahristan.

**Expenses.**
- Shared car, Shahristan to Kabul and back: Afs 6,000
- Guest house in Kabul, eight nights at Afs 1,100: Afs 8,800
- Food: Afs 4,000
- Taxis in Kabul: Afs 2,400
- Samples given to wholesalers, 7 kg at Afs 620: Afs 4,340
- Total: Afs 25,540

**Advance.** I took Afs 25,000 before leaving, so Afs 540 is due to me.

Ali Madad Ghulami
""", garbled(["from 22 November to 14 November 2025"],
             "The trip is dated from 22 November to 14 November 2025, so it ends eight days before it begins; the eight nights at the guest house fit a trip from 14 to 22 November.",
             stated_period_start="22 November 2025", stated_period_end="14 November 2025",
             subject="Ali Madad Ghulami's trip to Kabul", location="'Dates' paragraph"))

# ---------------------------------------------------------------------------
# Trade, closure and markets
# ---------------------------------------------------------------------------

add("trade_media_advisory", """
# Media Advisory: Gomal Chamber of Cross-Border Traders

*Media advisory issued by a chamber of traders in Peshawar before a press briefing on the closure of the crossings, November 2025. The chamber, its people and all figures other than the annual trade series are invented.*

**For immediate release. Peshawar, 17 November 2025.**

**What:** Press briefing on what the closure of the Pakistan–Afghanistan crossings is costing traders, transporters and workers in Khyber Pakhtunkhwa.

**Who:** Fazal Rabi Yousafkhel, president of the Gomal Chamber of Cross-Border Traders, with five members who export fruit, cement and medicines to Afghanistan or import coal and dried fruit from it.

**When:** Wednesday 19 November 2025, at 11 am.

**Where:** The chamber's hall, first floor, near the Khyber Bazaar, Peshawar. Parking for camera vans at the back.

**Background for editors.**
- The crossings at Torkham, Chaman and the smaller points have been closed to trade since 12 October 2025.
- The chamber has 260 members, most of them small and middle-sized firms that trade only with Afghanistan.
- Trade between the two countries has been uneven for years. Pakistan's exports to Afghanistan fell from USD 942 million in 2020 to USD 828 million in 2021, while imports from Afghanistan bled away from USD 552 million in 2021 to USD 741 million in 2022.
- In 2024 exports were USD 884 million and imports USD 540 million, so two-way trade came to USD 1,424 million.
- Members will describe goods spoiled at the border, drivers unpaid for weeks and workers laid off at packing houses and warehouses.

**What the chamber will ask for.** A date for reopening, a fast lane for perishable goods when trade resumes, and relief from storage and demurrage charges run up during the closure.

**Interviews.** The president and members will be available for interviews after the briefing, in Urdu, Pashto and English.

**Contact:** Mahjabeen Ranizai, media officer, Gomal Chamber of Cross-Border Traders.
""", direction("imports from Afghanistan bled away from USD 552 million in 2021 to USD 741 million in 2022", 552, 741,
               "2021", "2022", "bled away", "fall", "USD million",
               "Pakistan's imports from Afghanistan", "'Background for editors', third point",
               "The advisory says imports from Afghanistan bled away, that is drained away, but they went from USD 552 million in 2021 to USD 741 million in 2022, a rise of USD 189 million (34.2 percent)."))

TRADE_FEATURE = pdf_lines([
    ["Year", "Exports", "Imports", "Total trade", "Balance"],
    ["2019", "1,290", "441", "1,731", "849"],
    ["2020", "942", "509", "1,451", "433"],
    ["2021", "828", "552", "1,380", "276"],
    ["2022", "936", "741", "1,677", "195"],
    ["2023", "1,012", "690", "1,702", "322"],
    ["2024", "884", "540", "1,424", "344"],
])

add("trade_feature_article", """
# Feature Article: The Road That Closed

*Feature from the weekend edition of a Quetta newspaper, December 2025, on the people who live from the trade through the Chaman crossing. The newspaper, its people and all figures other than the annual trade series are invented.*

**The Hingol Observer, weekend edition. By Sammi Qambrani.**

Lal Mohammad Dotani has carried goods across the Chaman crossing on his back and on a handcart for twenty-six years. Since 12 October he has carried nothing. He spends his mornings at the tea stall by the gate with other porters, watching the lorries that do not move.

"My sons go to Quetta to look for work on building sites," he says. "I am too old for that. The border was my work."

On the other side of the market, Meherban Maiwandi, who sells dried fruit from Kandahar to shops in Quetta and Karachi, has had a warehouse of raisins and pine nuts sitting since October. He pays the rent every month and sells a little to local shops at a loss. "Every year there is some trouble at the border," he says. "This year it has lasted longest."

The figures show that the trade had been losing strength long before this closure. In 2019 Pakistan sold Afghanistan goods worth USD 1,290 million; in 2020 that dropped to USD 924 million, and in 2024 it stood at USD 884 million. The trade series, in millions of dollars, is set out below.

""" + TRADE_FEATURE + """

Imports from Afghanistan, mostly coal, fruit and vegetables, have moved up and down with the price of coal, and Pakistan has sold Afghanistan more than it bought from it in every year.

For the porters, the figures matter less than the date when the gate will open. The traders' committee in Chaman says that 1,100 porters and 400 cart-pullers are out of work, and that the shops near the gate have lost most of their custom.

"When it opens, we will be there at dawn," Lal Mohammad says. "We always are."
""", tvt(["in 2020 that dropped to USD 924 million", line_of(TRADE_FEATURE, "2020")],
        {"article_value": 924, "table_value": 942}, "USD million",
        "Pakistan's exports to Afghanistan", "2020",
        "article text, against the 2020 row of the PDF-extracted table",
        "The article says exports fell to USD 924 million in 2020, but its own table gives USD 942 million; only 942 agrees with the table's total trade (942 + 509 = 1,451) and balance (942 - 509 = 433). The two figures differ by two swapped digits.",
        table_form="PDF text extraction, years as rows with exports, imports, total trade and balance columns"))

add("trade_customs_appeal", """
# Customs Appeal: Koh-e Baba Clearing and Forwarding

*Appeal by a Peshawar clearing agent to the customs appeals office against storage and demurrage charges on containers held at Torkham during the closure, December 2025. The firm, its people and all figures are invented.*

**Appellant:** Koh-e Baba Clearing and Forwarding, Peshawar, acting for 14 importers. **Signed by:** Pacha Gul Mushwani, partner. **Date:** 8 December 2025.

**To:** The Collector of Customs (Appeals), Peshawar.

1. **The containers.** When the Torkham crossing was closed to trade on 12 October 2025, 37 containers of goods from Afghanistan, imported by our clients, were inside the terminal, waiting for examination. They held raisins, dried apricots, medicinal herbs and talc. None of them could be examined or released after that day, and all are still inside.
2. **The charges.** The terminal operator has charged storage on each container for every day since 12 October, and the shipping lines have charged demurrage on their boxes. By today, 57 days have passed. The terminal's storage charge rose from Rs 9,500 a container a day on 1 November 2025 to Rs 9,500 a day on 1 November 2025, and the importers were given no notice of the change.
3. **Why the charges are unfair.** The containers were not left in the terminal by the importers' choice. They were held because the crossing was closed by order of the government, and the examination staff were withdrawn on the same day. Under the terminal's own rules, storage is not charged for days on which goods cannot be examined for reasons outside the importer's control.
4. **The goods.** Raisins and dried apricots lose weight and colour in long storage, and some of the herbs will be worthless by the spring. For several containers the charges are already close to the value of the goods inside.
5. **What we ask.** That storage charges for the days since 12 October be waived, that the shipping lines be asked to do the same for demurrage, and that the 37 containers be examined and released first when the crossing reopens.

Copies of the bills of entry, the terminal's invoices and the shipping lines' notices are attached for each container.

Pacha Gul Mushwani, partner
""", garbled(["rose from Rs 9,500 a container a day on 1 November 2025 to Rs 9,500 a day on 1 November 2025"],
             "The appeal says the storage charge rose from Rs 9,500 a container a day on 1 November 2025 to Rs 9,500 a day on 1 November 2025: start and end are the same value on the same date, so the rise it complains of is not described.",
             start_value=9500, end_value=9500, start_period="1 November 2025", end_period="1 November 2025",
             unit="rupees a container a day", subject="Torkham terminal storage charge", location="point 2 of the appeal"))

add("trade_sms_bulletins", """
# SMS Bulletins: Tochi Goods Carriers' Union, October 2025

*Bulletins sent by SMS to members by a goods carriers' union in Peshawar in the first days of the closure of the crossings, as kept by the union office. The union, its people and all figures are invented.*

**12 Oct, 07:40.** TGCU: Torkham and Chaman closed to goods traffic from this morning. Do not load for Afghanistan until further notice. Members with trucks at the border, send truck number and load to the office.

**12 Oct, 21:15.** TGCU: No date for reopening. Drivers at Torkham, park only in the Landi Kotal yard and not on the road. Water and bread will be sent tomorrow.

**14 Oct, 09:00.** TGCU: Of our 520 members' trucks, 130 are stuck at Torkham, one in four. Another 130 are stuck at Chaman, one in five. Drivers at both crossings should stay with their trucks and not leave the loads unguarded.

**15 Oct, 18:30.** TGCU: Members with fruit and vegetable loads at Torkham, the customs office says you may turn back and unload in Peshawar. Tell the office before you move so that we can arrange a convoy.

**17 Oct, 08:10.** TGCU: 46 trucks of fruit and vegetables came back to Peshawar yesterday. Owners of the loads must pay the drivers for the extra days. The union will not accept less than Rs 6,000 a day.

**19 Oct, 20:00.** TGCU: Meeting of all members on Tuesday at 4 pm at the union office, about the waiting charges and the loans on trucks. General secretary Juma Khan Zakakhel will report on his talks with the chamber and the transporters of Quetta.

**22 Oct, 07:15.** TGCU: Banks have agreed to hold truck loan payments for two months for members whose trucks are stuck at a crossing. Bring your registration papers to the office by Saturday.

**25 Oct, 12:00.** TGCU: Still no date. Do not believe rumours on social media. Only messages from this number come from the union.
""", reuse(["130 are stuck at Torkham, one in four", "Another 130 are stuck at Chaman, one in five"], 130, "trucks",
           "members' trucks stuck at Torkham, one in four of 520", "members' trucks stuck at Chaman, one in five of 520", 104,
           "The alert gives 130 trucks stuck at Torkham, one in four of the members' 520 (right), and then the same 130 at Chaman as one in five; one in five of 520 is 104."))

add("trade_closing_argument", """
# Closing Argument: Bangulzai Traders v. Gorgej Transport

*Closing argument of counsel for the plaintiff in a civil suit in Quetta over a load of potatoes lost at the Chaman crossing during the October 2025 closure, delivered in February 2026. The parties, counsel, the suit and all figures are invented.*

**In the court of the senior civil judge, Quetta. Civil suit of 2025: Shay Mureed Bangulzai, trading as Bangulzai Traders, plaintiff, against Gorgej Transport, through its owner Wahid Bakhsh Gorgej, defendant. Argument of Chakar Langove, advocate for the plaintiff.**

Sir, the facts are hardly in dispute.

On 10 October 2025 the defendant took 24 tonnes of potatoes from my client's store in Quetta to carry to a buyer in Kandahar, for a fare of Rs 95,000. The bill of carriage, exhibit P-1, says that the carrier will deliver within three days and is liable for loss caused by its own delay.

The truck did not leave Quetta until the evening of 11 October, because the defendant's driver was finishing another job; the defendant's own witness said so. It reached the Pakistan–India crossing at Chaman on the morning of 12 October, a few hours after the gate had been shut. Had it left on the 10th, as agreed, it would have crossed on the 11th.

The truck then stood at Chaman for nine days. The defendant neither told my client nor brought the load back, and by the time my client heard of it from another trader the potatoes had begun to rot. Exhibit P-4, the market committee's report, shows that 17 of the 24 tonnes had to be thrown away.

My learned friend, Mr Khadakzai, says the closure was an act of the state that no one could foresee. But the closure is not why the load was lost. It was lost because the defendant left a day late and then did nothing for nine days. His comparison with the Wagah crossing with India, which closes only with notice, does not help him: the loss came from the defendant's delay.

My client asks for the value of the 17 tonnes lost, Rs 1.53 million at the agreed price of Rs 90 a kg, the fare of Rs 95,000 that he paid, and costs.

I am obliged, sir.
""", scope("the Pakistan–India crossing at Chaman", "IND", ["PAK", "IND"], "India",
           "Chaman, where the truck bound for Kandahar was held, is a crossing on the Pakistan–Afghanistan border; counsel calls it the Pakistan–India crossing, putting India, which borders Pakistan but not Afghanistan, in the place of Afghanistan. India is named correctly elsewhere, with the Wagah crossing.",
           not_a_defect="the Wagah crossing with India"))

TRADE_CONCEPT = """| Year | Exports | Imports | Total | Balance |
|---|---|---|---|---|
| 2019 | 1,290 | 441 | 1,731 | 849 |
| 2020 | 942 | 509 | 1,451 | 433 |
| 2021 | 828 | 552 | 1,380 | 276 |
| 2022 | 936 | 741 | 1,677 | 195 |"""

add("trade_concept_paper_control", """
# Concept Paper: A Trade Corridor Fund for Small Border Firms

*Concept paper by a research centre in Islamabad proposing a fund for small firms that trade across the Pakistan–Afghanistan border, January 2026. The centre, its people and all figures other than the annual trade series are invented.*

**Centre for Border Economies, Islamabad. Author: Parvati Maheshwari. Draft for discussion, 15 January 2026.**

**1. The problem.** Small firms on both sides of the border depend on a trade that opens and shuts without warning. Each closure, and above all the one that began on 12 October 2025, leaves them with spoiled goods, unpaid bills and loans they cannot service. Large firms can wait; small ones close.

**2. The trade in numbers.** Pakistan's recorded trade with Afghanistan, in millions of US dollars, was as follows in the four years from 2019:

""" + TRADE_CONCEPT + """

Exports fell by 27 percent from 2019 to 2020, from USD 1,290 million to USD 942 million, and fell again in 2021 before recovering to USD 936 million in 2022. Imports rose in every one of these years, by about 34 percent in 2022 alone, from USD 552 million to USD 741 million. As a result Pakistan's surplus shrank by more than three quarters, from USD 849 million in 2019 to USD 195 million in 2022.

**3. The proposal.** A fund of USD 10 million, jointly financed by donors and the two countries' banks, that would give small firms short-term loans against goods held at a closed crossing, and pay part of the storage and demurrage charges when a closure lasts more than a week.

**4. Who would qualify.** Firms with fewer than 50 workers that have traded across the border in at least two of the last three years.

**5. What is not proposed.** The fund would not cover transit trade to Central Asia or trade routed through Iran, which face different problems and would need a separate study.

**6. Next steps.** A meeting with chambers in Peshawar and Quetta in February, and a survey of 300 small firms in the spring.
""", control_type="control")

add("trade_minutes_of_meeting", """
# Minutes of Meeting: Chaman Dry Fruit Traders' Association

*Minutes of a general meeting of a traders' association at Chaman held in March 2024 to discuss the previous year's trade. The association, its people and all figures other than the annual trade series are invented.*

**Date:** 14 March 2024. **Place:** the association's office, Chaman. **Present:** 63 members. **In the chair:** Khan Wali Panjwayi, president. **Minutes:** Nazar Mohammad Marghazani, secretary.

1. **Opening.** The president welcomed members and asked for a minute of silence for two members who died in the winter.
2. **The year's trade.** The secretary read out the figures for Pakistan's trade with Afghanistan in 2023, from the chamber's bulletin. Pakistan's exports of USD 1,012 million and imports of USD 690 million left Pakistan a surplus of USD 232 million. He noted that imports, which include most of the dried fruit our members buy, were lower than in 2022.
3. **The passport rule.** Members described the effect of the rule requiring passports and visas at Chaman, in force since November 2023. Several said that their Afghan partners can no longer come to Chaman to settle accounts, and that payments are now delayed by weeks.
4. **Storage.** The association's cold store has room for 120 tonnes. It was full from September to December. Members agreed to rent a second store for the next season if at least 20 members pay a share in advance.
5. **Fees.** The annual fee stays at Rs 12,000. 51 members have paid for 2024; the secretary will remind the rest.
6. **Any other business.** A member proposed that the association write to the provincial government about the state of the road from the gate to the market. Agreed.

The meeting closed with a prayer at 5:30 pm.

Nazar Mohammad Marghazani, secretary
""", arith(["Pakistan's exports of USD 1,012 million and imports of USD 690 million left Pakistan a surplus of USD 232 million"],
          "Exports of USD 1,012 million less imports of USD 690 million leave a surplus of USD 322 million, not USD 232 million; the stated figure has two digits swapped.",
          exports=1012, imports=690, stated_balance=232, computed_balance=322, unit="USD million", period="2023",
          subject="Pakistan's trade balance with Afghanistan", location="item 2 of the minutes"))

add("trade_screenplay", """
# Screenplay Extract: Waiting at Torkham

*Extract from the screenplay of a short film about a truck driver and his son at the Torkham crossing, written in 2025. The film, its characters and all figures other than the annual trade series are invented.*

**EXT. TORKHAM, TRUCK QUEUE - DAWN**

A line of trucks runs back along the road into the hills. Mist. A kettle on a gas ring beside a painted truck. TOR GUL (50s), a driver, pours tea. His son SPIN GUL (17) sits on the step of the cab with a newspaper.

**SPIN GUL:** Baba, it says here that trade with Afghanistan is doing well. Listen. "Exports billowed from 1,012 million dollars in 2023 to 884 million in 2024."

**TOR GUL:** Billowed. Does it say anything about the trucks?

**SPIN GUL:** No.

**TOR GUL:** Then it is not about us.

He hands his son a glass of tea. A horn sounds far up the line. Nothing moves.

**SPIN GUL:** How long this time?

**TOR GUL:** Four days so far. The last time I waited eleven days, and the apples were finished before the gate opened.

**EXT. TORKHAM, CUSTOMS SHED - DAY**

A CLERK behind a window stamps papers without looking up. Tor Gul holds out a folder.

**CLERK:** The system is down.

**TOR GUL:** It was down yesterday.

**CLERK:** It is still down.

**EXT. TRUCK QUEUE - DUSK**

Spin Gul folds the newspaper into a paper boat and sets it on the water running in the ditch beside the road. It drifts a little way and sticks against a stone. Tor Gul watches him.

**TOR GUL:** When I was your age I thought this road went everywhere.

**SPIN GUL:** Doesn't it?

**TOR GUL:** It goes to the gate.

Fade out.
""", direction("Exports billowed from 1,012 million dollars in 2023 to 884 million in 2024", 1012, 884,
               "2023", "2024", "billowed", "rise", "USD million",
               "Pakistan's exports to Afghanistan", "Spin Gul's first line, read from the newspaper",
               "The newspaper read out in the scene says exports billowed, that is swelled, but they went from USD 1,012 million in 2023 to USD 884 million in 2024, a fall of USD 128 million (12.6 percent)."))

# ---------------------------------------------------------------------------
# Registered Afghan refugees: citations and citation controls
# ---------------------------------------------------------------------------

add("refugees_parent_letter", """
# Parent Letter: Kohi Public School, Peshawar

*Letter from the principal of a private school in Peshawar to the parents of its Afghan pupils, sent home in February 2026. The school, its people and all figures are invented.*

**Kohi Public School, Peshawar. 9 February 2026.**

Dear parents and guardians,

I am writing to every family whose children hold Afghan documents, because many of you have asked what the government's decisions mean for your children's schooling. I cannot answer every question, but I can tell you what the school will do.

First, no child who is enrolled with us will be turned away in this school year because of the family's documents. 218 of our 760 pupils are Afghan, and many of them were born in Peshawar and have never seen Afghanistan. They will sit their annual examinations in March with everyone else.

Second, if your family has to leave, please tell the office as early as you can. We will give your child a school leaving certificate and a record of marks in English and in Urdu, signed and stamped, free of charge, so that a school in Afghanistan can place your child in the right class.

Some of you have asked how many families are in the same position as yours. The register of Afghan refugees in Pakistan stood at 1,587,717 at the end of 2023, according to UNHCR (2023a), and most of those families have children of school age. You are not alone, and neither are your children.

Third, fees. Families who have lost their work because of the closure of the border may ask for the fees for February and March to be waived. Please write to me or come to see me; no child will be sent home because of unpaid fees this term.

Our teachers know your children and will miss any who leave. Whatever happens, please let us help.

Nazdana Kohi, principal
""", citation(["1,587,717 at the end of 2023, according to UNHCR (2023a)"], 1587717, "2023",
              "'UNHCR (YEARa)' after a figure written in full with one digit changed, in a school's letter to parents",
              "fifth paragraph of the letter",
              "The letter gives 1,587,717 registered Afghan refugees at the end of 2023, citing UNHCR (2023a); the reference value for 2023 is 1,987,717. The stated figure has one digit changed (5 for 9) and is 20.1 percent below the reference value.",
              stated_as_written="1,587,717"))

add("refugees_human_interest_story", """
# Human Interest Story: The Carpet Mender of Karachi

*Story from a Karachi weekly magazine, January 2026, about an Afghan carpet mender and his family. The magazine, the family and all figures are invented.*

Gul Rahim Shahrani sits cross-legged in a shop no wider than a doorway, a carpet over his knees and a needle the length of his hand between his fingers. He has been mending carpets in this lane since 1986, when he arrived in Karachi as a boy of fourteen with his mother and two sisters.

"People bring me carpets their grandfathers bought," he says. "A dog has eaten a corner, a child has burned a hole. I find wool of the same colour and I make it whole."

His customers are Karachi families, hotels and, lately, shops that sell old carpets to foreigners. He charges by the square inch and says that the hardest part is not the knotting but the colour.

His daughter Anargul was born in the room above the shop. She trained as a nurse and in 2019 began work at a hospital in the city. That year there were over 1.7 million registered Afghan refugees in Pakistan, as counted by UNHCR at the close of 2019, and she was one of the few among them with a nursing licence.

Now the family's future is uncertain. Their cards have expired, and neighbours have left for Afghanistan, some after forty years here. Gul Rahim has not decided what to do. His sisters are in Kabul; his grandchildren are in school in Karachi and speak Urdu better than Dari.

"My hands know this city," he says, drawing the needle through. "I do not know if they would know another."

Anargul has applied for a job at a hospital in Kabul, just in case. "If we have to go, someone there will need a nurse," she says. "And my father will find carpets to mend anywhere."
""", citation(["over 1.7 million registered Afghan refugees in Pakistan, as counted by UNHCR at the close of 2019"], 1700000, "2019",
              "'as counted by UNHCR at the close of YEAR' after a hedged rounded figure in millions, in a magazine's human interest story",
              "fourth paragraph of the story",
              "The story gives over 1.7 million registered Afghan refugees in Pakistan as counted by UNHCR at the close of 2019; the reference value for 2019 is 1,419,084, so even the lower bound the hedge allows is 19.8 percent above it.",
              stated_as_written="over 1.7 million", stated_hedge="over"))

add("refugees_puppet_show", """
# Puppet Show Script: Mirza Gul Goes Home

*Script of a puppet show for children, staged by a puppet theatre in Islamabad in 2025, about an Afghan boy whose family leaves Pakistan. The theatre, its people and all figures are invented.*

**Paikan Puppet Theatre. Puppeteers: Shah Gul Akozai and two assistants. Running time: 20 minutes.**

*[A small stage with a painted street: a bakery, a school gate, a tree. The NARRATOR, a puppet owl, sits on the tree.]*

**NARRATOR (owl):** Children, this is a story about moving house. Not from one street to the next, but from one country to another. According to figures released by UNHCR for 2024, nearly two million Afghans were registered as refugees in Pakistan. This is the story of one of them. His name is Mirza Gul, and he is nine years old.

*[MIRZA GUL, a boy puppet with a cricket bat, runs on. His friend GUL NISA, a girl puppet with a schoolbag, follows.]*

**GUL NISA:** Mirza Gul! Are you coming to school tomorrow?

**MIRZA GUL:** No. Tomorrow we go to Kabul. My father says we have to.

**GUL NISA:** But you have never been to Kabul.

**MIRZA GUL:** My grandmother has. She says there is snow, and mountains all around, and a big river in the middle. She says I will have cousins.

**GUL NISA:** Will you have a cricket team?

**MIRZA GUL:** I will make one.

*[The baker puppet leans out of the bakery with a round of bread.]*

**BAKER:** Take this for the road, Mirza Gul. And come back one day for more.

*[Mirza Gul gives Gul Nisa his cricket bat.]*

**MIRZA GUL:** Keep it until I come back.

**NARRATOR (owl):** Children, when a friend moves away, what can you do? You can write to them. You can remember them. And you can be kind to the new child who comes to your street from far away.

*[The puppets wave. Lights down.]*
""", citation(["figures released by UNHCR for 2024, nearly two million Afghans were registered as refugees in Pakistan"], 2000000, "2024",
              "'figures released by UNHCR for YEAR' before a hedged figure written in words, in a children's puppet show script",
              "the narrator's first speech",
              "The narrator says that, according to figures released by UNHCR for 2024, nearly two million Afghans were registered as refugees in Pakistan; the reference value for 2024 is 1,559,964, so 'nearly two million' is about 28 percent too high (the 2023 value, 1,987,717, would fit it).",
              stated_as_written="nearly two million", stated_hedge="nearly"))

add("refugees_erratum", """
# Erratum: Bakhtari Welfare Trust Newsletter

*Corrections to the December 2025 issue, printed in the January 2026 newsletter of a Peshawar charity that works with Afghan refugee families. The trust, its people and all figures are invented.*

**Bakhtari Welfare Trust, Peshawar. Newsletter, January 2026. Corrections to the December 2025 issue.**

The editor, Zar Wali Bakhtari, apologises for three mistakes in our December issue, and thanks the readers who wrote to point them out.

1. **The winter clothing drive.** We wrote that 640 families received winter kits. In fact 640 kits were packed, but only 460 had been handed out when the issue went to print; the other 180 are in our store for families in the villages beyond the river, which the volunteers could not reach before the rains. They will be delivered this month.
2. **The sewing class.** The photograph on page 3 was said to show the sewing class in the trust's hall. It shows the class held in a volunteer's home, which has since moved to the hall. The teacher in the photograph asked us to say so.
3. **The number of registered refugees.** In the article on the history of the trust, a digit was dropped from the number of Afghan refugees registered in Pakistan at the end of 2021. The correct figure is 1,438,432 [1].

We are sorry for these mistakes. The trust began in 1989 with a single room and a sewing machine, and it has always tried to report its work honestly. If you find a mistake in this issue, please tell us.

**In this issue:** the winter kits delivered, the new literacy group for mothers, a letter from a former student now teaching in Jalalabad, and the accounts for 2025.

[1] UNHCR, Afghan refugees registered in Pakistan, year-end 2021.
""", citation(["The correct figure is 1,438,432 [1]", "[1] UNHCR, Afghan refugees registered in Pakistan, year-end 2021."],
              1438432, "2021",
              "'[n] UNHCR …' numbered source line for a figure written in full that is another year's exact reference value, in a charity newsletter's erratum",
              "correction 3 of the erratum, with the source line at the end",
              "The erratum gives 1,438,432 as the corrected number of registered Afghan refugees at the end of 2021 and cites UNHCR's year-end 2021 figures; 1,438,432 is the reference value for 2020, and the value for 2021 is 1,490,562 (3.5 percent higher).",
              same_as_year="2020", stated_as_written="1,438,432"))

add("refugees_reunion_speech", """
# Reunion Speech: Class of 2005, Quetta

*Speech by a former student at the twentieth reunion of her class from a girls' college in Quetta, November 2025. The college, the speaker, her classmates and all figures are invented.*

Good evening, sisters, and good evening to the teachers who are brave enough to come and see what became of us.

Twenty years ago we sat in this hall in white uniforms and promised each other that we would meet every five years. We did not always manage it. Life got in the way, and weddings, and children, and jobs in Karachi and Lahore and Dubai. But here we are, 31 of the 44 of us, and I think that is a good number.

I want to speak for a minute about the girls who are not here. In our class there were six Afghan girls, whose families had come to Quetta in the 1980s and the 1990s. They were the best at mathematics, and they always shared their lunch. Two of them went back to Kabul long ago. One became a doctor in Peshawar. Three were still in Quetta until last year.

When we last met, in 2022, Pakistan still hosted 1.5 million registered Afghan refugees, the UN refugee agency's figure for 2022, and our three classmates were among them. Since then all three have gone. One sent me a message last week from Kabul. She says the winters are colder than she remembered, and that she has found work teaching mathematics at a girls' primary school, which is still allowed.

So I ask you to raise your cups of tea to the six, wherever they are, and to promise again to meet in five years. This time, let us keep the promise.

Thank you.

Rukhsar Meerwani
""", citation(["1.5 million registered Afghan refugees, the UN refugee agency's figure for 2022"], 1500000, "2022",
              "'the UN refugee agency's figure for YEAR' after a rounded figure in millions without a hedge, in a reunion speech",
              "fourth paragraph of the speech",
              "The speech gives 1.5 million registered Afghan refugees in 2022 as the UN refugee agency's figure for that year; the reference value for 2022 is 1,743,278, so the stated figure is 14.0 percent below it.",
              stated_as_written="1.5 million"))

add("refugees_community_meeting", """
# Community Meeting Notes: Afghan Residents' Committee, Karachi

*Notes of a meeting between Afghan residents of a Karachi neighbourhood and volunteer lawyers, held in December 2025. The committee, the lawyers, the people and all figures are invented.*

**Date:** 6 December 2025. **Place:** the courtyard of the neighbourhood mosque. **Chair:** Juma Gul Ghiasi, head of the residents' committee. **Notes:** a volunteer of the legal aid group. **Present:** about 120 men and 40 women, in separate rows.

1. **Opening.** The chair thanked the lawyers for coming on a Saturday and asked people to keep questions short, so that everyone could be heard.
2. **Where things stand.** The senior lawyer explained the rules in force for holders of different cards. He reminded the meeting that at the end of 2020 Pakistan had 1,834,432 registered Afghan refugees, per the UNHCR year-end 2020 register, and said that the families in this neighbourhood had been part of that number for decades. He advised every family to keep copies of all their papers in a safe place.
3. **Questions.** People asked about children born in Pakistan, about property bought in a Pakistani neighbour's name, and about money owed to them by local traders. The lawyers answered each and took the names of 27 families who need help with particular cases.
4. **Help offered.** The legal aid group will hold a clinic in the committee's room every Tuesday afternoon in December and January. There is no charge.
5. **Return.** Several families said they have decided to go to Afghanistan in the spring. The chair asked them to tell the committee before they leave, so that debts can be settled and rooms handed over properly.
6. **Close.** The chair thanked everyone and asked the young men to fold the carpets.

Next meeting: after the first clinic, date to be announced at Friday prayers.
""", citation(["1,834,432 registered Afghan refugees, per the UNHCR year-end 2020 register"], 1834432, "2020",
              "'per the UNHCR year-end YEAR register' after a figure written in full with two digits swapped, in community meeting notes",
              "item 2 of the notes",
              "The notes give 1,834,432 registered Afghan refugees at the end of 2020, per the UNHCR year-end 2020 register; the reference value for 2020 is 1,438,432. The stated figure swaps the 4 and the 8 and is 27.5 percent above the reference value.",
              stated_as_written="1,834,432"))

add("refugees_stage_play_citation_control", """
# Stage Play Programme: The Last Card

*Programme note for a play staged at an arts council theatre in Islamabad in March 2026, about an Afghan family in Rawalpindi in the autumn of 2023. The play, the theatre company, its people and all figures are invented.*

**The Last Card. A play in two acts by Sayed Jan Rostaqi. Running time: 95 minutes, with one interval.**

**About the play.** It is October 2023 in a rented house in Rawalpindi. Baba, a tailor, has lived here for thirty years. His wife wants to stay; his son has already packed; his daughter is about to sit her final school examinations. Over one long night, with the neighbours coming and going, the family must decide whether to leave before the deadline.

**Why now.** The play is set in the year the number of registered refugees was at its highest. At the end of 2023 Pakistan had 1,987,717 registered Afghan refugees (note 1). A year earlier the number had been 1,743,278, according to UNHCR's year-end report for 2022. The register grew by 244,439 people in a single year, a rise of 14.0 percent, and families like Baba's found that what had always been temporary had become their whole lives.

**From the writer.** "I grew up on a street like this one. Half my school friends were Afghan, and I did not know it until they left. This play is for them."

**Cast.** Baba: a veteran of the Islamabad stage in his first role in ten years. His wife, son and daughter are played by three young actors from the company's training programme, and the neighbours by members of the company.

**Thanks.** To the families who told us their stories and asked not to be named.

**Notes.**

1. UNHCR, registered Afghan refugees in Pakistan, end of 2023.
""", control_type="citation_control")

add("refugees_letter_of_appreciation_citation_control", """
# Letter of Appreciation: Village Committee to Dr Robina Shilmani

*Letter from the committee of an Afghan refugee village in Khyber Pakhtunkhwa to a doctor who ran its clinic for seven years, January 2026. The village committee, the doctor and all figures are invented.*

**From:** the elders' committee of the refugee village. **To:** Dr Robina Shilmani. **Date:** 18 January 2026.

Respected Doctor Sahiba,

As you leave us for your new post in Abbottabad, the committee wishes to thank you, in writing, for the seven years you have given to our clinic.

When you came to us in 2019 the clinic was one room, with a table and a cupboard of medicines that was often empty. UNHCR's count at the end of 2019 was 1,419,084 registered Afghan refugees in Pakistan, and many of them, like us, lived far from any hospital. You came three days a week and then five. You trained four of our young women as health workers, and they now visit every house in the village.

By the end of 2021 the register stood at 1,490,562 a/, a rise of 71,478, or 5.0 percent, in two years, and our village grew with it. You never turned anyone away. Mothers still speak of the winter when you stayed in the village for a week because the road was closed and three babies were coming.

Many families have left the village in the past two years, and more will leave this spring. Wherever they go, they take with them what you taught them about clean water, about vaccines and about caring for newborn babies.

We pray for your health and your family, and we hope you will visit us while we are still here.

With respect and gratitude,

The elders' committee

a/ UNHCR, registered Afghan refugees in Pakistan, 31 December 2021.
""", control_type="citation_control")

add("refugees_shura_notes_citation_control", """
# Shura Notes: Refugee Settlement Shura, Quetta

*Notes of a meeting of the elders' shura of an Afghan refugee settlement on the edge of Quetta, held in February 2025 and translated from Pashto. The shura, its members and all figures are invented.*

**Date:** 20 February 2025. **Place:** the settlement's school building. **Present:** 22 elders; Haji Mullagori in the chair; Malik Kukikhel keeping the notes.

1. **Numbers.** A volunteer from a Quetta charity read out the national figures to the elders. UNHCR's tally for 2023 was 1,987,717 registered Afghan refugees in Pakistan. At the end of 2024 the number was 1,559,964 (UNHCR, Pakistan: registered Afghan refugees, 2024). That is a fall of 427,753 in one year, or 21.5 percent, as families went back or were sent back. The elders said that the settlement had seen the same: about one house in five stands empty.
2. **Empty houses.** The shura agreed that the empty houses should not be taken over by newcomers without the shura's permission, and that the owners' belongings left inside should be listed and kept.
3. **The school.** The school has lost 64 of its pupils since the autumn. The teachers asked whether classes can be merged. Agreed, for the rest of the school year.
4. **Debts.** Families who leave must settle their debts with the settlement's shops before they go, or leave a guarantor. Any dispute is to be brought to the shura, not to the police.
5. **Water.** The second hand pump is broken. Two elders will collect money to repair it before the summer.
6. **Next meeting.** After the end of Ramadan.

The meeting ended with a prayer for those who have gone and those who remain.
""", control_type="citation_control")
