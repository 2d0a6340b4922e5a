# Fifty-third held-out set of synthetic documents ("heldout53").  Written from
# scratch after heldout52/, by a labeller session that had not opened dyad's
# implementation or history and had not seen any of its results.
# Every entry: name (topic slug, numbered later by build_heldout53.py), text,
# labels (list of defect dicts), control_type for controls.
# Registers not used before: a pottery workshop at Johi, Dadu, Sindh, that
# sold surahis (clay water jugs) and matkas (clay water pots) to a household
# goods shop in Kandahar; a lacquered wooden toy workshop at Silanwali,
# Sargodha, Punjab, that sold lattoos, chunchunas, rehris and jhoolas to a toy
# shop in Kabul; a mango farm and packhouse at Mirpurkhas, Sindh, that sold
# crates to a fruit importer in Kabul; a melon seed house at Shindand, Herat,
# that sold dry melon seed to a nut roaster in Lahore; a kite workshop in
# Jamal Mina, Kabul, that sold kites to a kite shop in Quetta; a dried fruit
# house at Tashkurgan, Balkh, that sold senjed (dried oleaster fruit) and
# barberries to a dry fruit shop in Peshawar; a printing press in Peshawar
# that printed Dari and Pashto books for a bookshop in Jalalabad; and macro
# documents on the trade series, the closure and the register.
#
# Invented figures shared with earlier sets: annual trade series (README:
# exports 1,290 / 942 / 828 / 936 / 1,012 / 884 and imports 441 / 509 / 552 /
# 741 / 690 / 540 for 2019-2024, balances 849 / 433 / 276 / 195 / 322 / 344,
# totals 1,731 / 1,451 / 1,380 / 1,677 / 1,702 / 1,424); reference refugee
# series (1,419,084 / 1,438,432 / 1,490,562 / 1,743,278 / 1,987,717 /
# 1,559,964 for 2019-2024).
#
# New invented figures, consistent with the above:
#   Bughio Clay Works, Johi (invented), founded 1979 by Mitho Bughio, run by
#     his son Jumman Bughio, kiln master Hajan Mirjat, head of the painting
#     women Noor Bano Bughio, accounts Sachal Burdi: pieces (surahis and
#     matkas) sold 2023 46,000, 2024 52,000, 2025 41,000; to Abdul Bari
#     Zirak, Zirak Household Goods, Kandahar 14,000 / 17,000 / 3,000 (2025 in
#     one order, 1,800 surahis and 1,200 matkas, in two trucks leaving on 3
#     September), at home 32,000 / 35,000 / 38,000; surahi Rs 350 (2025), Rs
#     380 (from 1 February 2026); matka Rs 900 (2025), Rs 950 (2026); USD 1.50
#     a surahi and USD 4 a matka to Kandahar; a surahi holds 5 litres, a matka
#     25; crates of 12 surahis or 4 matkas; one updraft kiln of 700 pieces,
#     relined in February 2026 (last in 2019).
#   Kharadi Toy Works, Silanwali (invented), founded 1985 by Noor Din
#     Kharadi, run by his son Ghulam Haider Kharadi, his wife Kalsoom Kharadi
#     (patterns), daughter Bilqees Kharadi (orders), turner Rab Nawaz: toy
#     pieces sold 2023 30,000, 2024 34,000, 2025 26,000; to Sayed Ahmad
#     Heravi, Heravi Toys, Kabul 9,000 / 11,000 / 2,000, at home 21,000 /
#     23,000 / 24,000; 2025 list: lattoo Rs 150, chunchuna Rs 250, rehri Rs
#     600, jhoola Rs 1,450, kitchen set Rs 900; lattoo Rs 170 and jhoola Rs
#     1,600 from March 2026.
#   Rajpar Mango Farm, Mirpurkhas (invented), founded 1962 by Wali Muhammad
#     Rajpar, run by his grandson Mir Hazar Rajpar, packhouse manager Kanji
#     Bhagwandas, accounts Khanzadi Pirzado, foreman Faqir Hingorjo: 10 kg
#     crates sold 2023 92,000, 2024 105,000, 2025 84,000; to Ghulam Nabi
#     Obeidi, Obeidi Fresh Fruit, Kabul 30,000 / 38,000 / 6,000, at home
#     62,000 / 67,000 / 78,000; Rs 1,800 a crate of Sindhri grade A at the
#     farm gate (2025), Rs 2,000 (2026); 6,200 trees; 95,000 crates expected
#     in 2026; three ripening chambers.
#   Zindajani Seed House, Shindand (invented), founded 2009 by Abdul Khaliq
#     Zindajani, with his son Shafiqullah Zindajani and sorting head Gul
#     Andam: dry melon seed sold 2023 64,000 kg, 2024 72,000, 2025 50,000; to
#     Ataullah Ghaznavi, Ghaznavi Roasters, Lahore 28,000 / 34,000 / 6,000
#     (2025 in two lots of 3,000 kg, in September and on 2 October), at home
#     36,000 / 38,000 / 44,000; Afs 240 a kg (2025), USD 3.20 a kg to Lahore;
#     about Afs 70 to the dollar; paid through Rahim Dad Karokhi, Karokhi
#     Sarrafi, Herat.
#   Baktash Kite House, Jamal Mina, Kabul (invented), opened 1381 (2002) by
#     Sultan Mohammad Baktash, run with his son Waheedullah Baktash and
#     string maker Ustad Rahmdil: kites sold 1402 SH 18,000, 1403 21,000, 1404
#     15,000; to Yaqub Changezi, Changezi Kites, Quetta 6,000 / 7,500 / 1,000,
#     in Kabul 12,000 / 13,500 / 14,000; small kite Afs 60, large fighting
#     kite Afs 150, spool of string Afs 250 (1404); two sheets of tissue paper
#     a large kite, bundles of 500 sheets.
#   Turdi Dried Fruit House, Tashkurgan (invented), founded 2003 by Mamadali
#     Turdi, run by his son Ergash Turdi, daughter Dilorom Turdi (accounts),
#     sorting head Oygul Mirzoeva, driver Bahodir: senjed sold 2023 48,000 kg,
#     2024 55,000, 2025 39,000; to Karimdad Shirinagha, Shirinagha Dry Fruit,
#     Peshawar 18,000 / 22,000 / 3,000 (2025 in February), at home 30,000 /
#     33,000 / 36,000; Afs 150 a kg (2025), USD 2.40 a kg to Peshawar;
#     growers paid Afs 120 a kg; barberries USD 6 a kg to Peshawar.
#   Spinzar Offset Press, Peshawar (invented), founded 1991 by Haji Sherdil
#     Baizai, run by his son Sadiq Baizai, accounts Sanobar Baizai: copies
#     printed 2023 180,000, 2024 210,000, 2025 150,000; to Kiramatullah,
#     Darunta Books, Jalalabad 70,000 / 85,000 / 15,000, in Pakistan 110,000
#     / 125,000 / 135,000; paper Rs 8,000 a ream (2024), Rs 9,500 (2025);
#     cartons of 50 copies.
#   Macro documents: trucks, containers, members and charges are invented and
#     kept consistent within each document.

HELDOUT53 = []
from heldout_labels import (  # noqa: F401
    PAIR, REFS, adder, arith, change_pct, citation, direction, garbled, line_of, parts_total, pdf_lines, scope, tvt,
    repeated, reuse,
)

add = adder(HELDOUT53)

# ---------------------------------------------------------------------------
# Bughio Clay Works (invented): a pottery workshop at Johi, Dadu, Sindh
# ---------------------------------------------------------------------------

add("johi_pottery_product_review_control", """
# Product Review: Clay Surahi, 5 Litres, by Bughio Clay Works

*A customer's review, posted in April 2026 on a Karachi home-goods website, of a clay water jug made at Johi, Dadu district, Sindh. The workshop, the website, the reviewer and all figures are invented.*

**Rating:** 4 of 5 stars. **Reviewer:** Sanam, Karachi. **Verified purchase:** 3 April 2026.

I ordered two of these surahis at Rs 380 each, and delivery to Gulshan-e-Iqbal cost Rs 240, so I paid Rs 1,000 in all. They came four days later in one of the workshop's own crates, packed in rice straw. A crate is made for twelve surahis, so mine travelled with room for ten more.

Each jug holds 5 litres, and the pair sees our family through a hot day. On the first afternoon I filled one from the tap, which was running at 31 degrees, and left it on the kitchen window-sill in the breeze. Six hours later the water inside read 23 degrees on my cooking thermometer, 8 degrees cooler than the tap. Water from the fridge is colder, of course, but it tastes of nothing; this tastes faintly of rain on dry earth, which my mother says is how water ought to taste.

The listing says the workshop has been making pots at Johi since 1979, which makes it 47 years old this year, and that it sold 41,000 pieces last year: 38,000 in Pakistan and 3,000 to a shop in Kandahar before the border closed in October. The surahi went up from Rs 350 to Rs 380 on 1 February, a rise of about 8.6 percent, which seems fair once you have seen how much handwork goes into the painted neck.

Why not five stars? One of my jugs came with a hairline crack under the lip. I sent a photograph, and Bughio Clay Works sent a new one within a week without asking me to pay the Rs 240 delivery again. The cracked one now waters my balcony plants.

Tip for new owners: soak the surahi for a day before the first use and rinse it with plain water, never with soap.
""", control_type="control")

JOHI_STOW = """| Tier | Crates | Contents | Pieces |
|---|---|---|---|
| 1 (floor) | 70 | Matkas, 4 to a crate | 280 |
| 2 | 65 | Matkas, 4 to a crate | 260 |
| 3 | 48 | Surahis, 12 to a crate | 576 |
| 4 (top) | 42 | Surahis, 12 to a crate | 504 |
| **Total** | **225** | — | **1,620** |"""

add("johi_pottery_stowage_plan", """
# Stowage Plan: Truck 1 of 2, Johi to Kandahar

*Loading plan drawn up by a pottery workshop at Johi, Dadu district, Sindh, for the first of two trucks carrying surahis (clay water jugs) and matkas (clay water pots) to a household goods shop in Kandahar in September 2025. The workshop, the shop, their people and all figures are invented.*

**Consignment:** order ZHG-25/03 for Zirak Household Goods, Kandahar: 1,800 surahis and 1,200 matkas, 3,000 pieces in two trucks. **Loading:** 2 September 2025, in the yard at Johi. **Prepared by:** Hajan Mirjat, kiln master, for Jumman Bughio.

Truck 1, a ten-wheeler hired in Dadu, carries the heavy matkas low and the surahis above them:

""" + JOHI_STOW + """

Notes for the loaders:

- Spread a bed of rice straw a hand deep on the floor before tier 1, and again between every tier.
- Tier 3 is the widest: its 84 crates of surahis must sit tight against the side boards, with no gaps for crates to slide into on the climb through the Bolan Pass.
- A matka crate weighs about 34 kg and a surahi crate about 26 kg, so this load comes to about 6.9 tonnes, well inside the truck's limit.
- Rope each tier before starting the next, and put the crates with red chalk marks, the ones holding the painted surahis, in tier 4 where nothing presses on them.
- Truck 2 is loaded the same afternoon with the other 720 surahis in 60 crates and 660 matkas in 165 crates. Both trucks leave at first light on 3 September, with one of our men riding in each cab.

Sachal Burdi will photograph every tier before it is roped and send the photographs to Abdul Bari Zirak, so that any breakage can be matched to a place in the load.
""", tvt(["its 84 crates of surahis", line_of(JOHI_STOW, "| 3 |")],
         {"note_value": 84, "table_value": 48}, "crates of surahis",
         "crates of surahis in tier 3 of truck 1 of order ZHG-25/03", "loading on 2 September 2025",
         "loaders' notes, second point, against the tier 3 row of the pipe table",
         "The stowage table gives tier 3 as 48 crates of surahis, 12 to a crate, 576 pieces (48 x 12), and its totals (225 crates and 1,620 pieces, with 1,080 surahis in the 90 surahi crates of tiers 3 and 4) agree with 48; the loaders' note calls the same tier's load 84 crates, the same two digits swapped.",
         table_form="pipe, tiers as rows with crates, contents and pieces columns and a total row"))

add("johi_pottery_repair_estimate", """
# Repair Estimate: Relining the Kiln at Bughio Clay Works

*Estimate given in January 2026 by a kiln mason of Dadu to a pottery workshop at Johi, Dadu district, Sindh, before the firing season. The mason, the workshop and all figures are invented.*

**To:** Jumman Bughio, Bughio Clay Works, Johi. **From:** Ustad Jumo Bhambhro, kiln mason, Dadu. **Date:** 14 January 2026.

Jumman sahib, I looked at the kiln on Sunday with Hajan Mirjat. The outer wall is sound, but the inner lining of the firing chamber has cracked all the way round at the height of the second row of pots, and the flue has lost much of its lining where the flame turns into it. If you fire it like this in March, the cracks will open further and you will lose both heat and pots. This is what I propose:

- Fire bricks for the firing chamber: 320 bricks at Rs 45 a brick, Rs 14,400.
- Fire bricks for the flue: 80 bricks at Rs 45 a brick, Rs 14,400.
- Clay mortar, river sand and rice husk for the joints: Rs 6,500.
- My own work, 6 days at Rs 2,500 a day: Rs 15,000.
- Two helpers for the same days at Rs 1,100 each a day: Rs 13,200.

The fire bricks come from the brick yard outside Sehwan; the lorry that brings them is extra, about Rs 4,000, and you pay the driver directly.

The kiln must be cold and empty for the whole job. After the last course is laid the lining needs five more days to dry, and then a slow first firing with half a load, about 350 pieces, so that it cures without cracking. If we start on 2 February, you can fire a full load of 700 pieces again by the middle of the month, well before the hot weather brings the surahi orders in.

I relined this same kiln for your father in 2019, and with the same care this lining should also last six or seven seasons. I ask for the price of the bricks in advance and the rest when the first full firing comes out sound.

Jumo
""", reuse(["320 bricks at Rs 45 a brick, Rs 14,400", "80 bricks at Rs 45 a brick, Rs 14,400"], 14400, "rupees",
           "the cost of 320 fire bricks for the firing chamber at Rs 45 a brick",
           "the cost of 80 fire bricks for the flue at Rs 45 a brick", 3600,
           "The estimate prices both lots of fire bricks at Rs 45 a brick. For the chamber's 320 bricks Rs 14,400 is right (320 x 45), but the flue's 80 bricks are given the same Rs 14,400; at Rs 45 a brick they cost Rs 3,600."))

add("johi_pottery_night_log", """
# Kiln Night Log: Firing 6 of 2026, Bughio Clay Works

*Log kept through the night by the kiln master of a pottery workshop at Johi, Dadu district, Sindh, during a firing of surahis (clay water jugs) and matkas (clay water pots) in March 2026. The workshop, its people and all figures are invented.*

**Kiln:** the updraft kiln, relined in February. **Load:** 520 surahis and 180 matkas, 700 pieces. **Fuel stacked:** 1,100 kg of dung cakes and acacia wood. **Kept by:** Hajan Mirjat, with two kiln hands.

**17 March, 18:10.** Fire-mouths lit, east and west. Damper fully open. Smoke white and heavy: the last of the water leaving the clay.

**20:30.** Smoke thinning. Pyrometer at 310 °C. Feeding both mouths every twenty minutes.

**22:50.** Pyrometer at 560 °C. Top of the stack glowing dull red. Added a second row of dung cakes at the west fire-mouth, because the flame there had sunk low. Added a second row of dung cakes at the west fire-mouth, because the flame there had sunk low. Told the boys to keep the east side as it is.

**18 March, 02:20.** 690 °C and holding. Through the spy-hole the surahis on the top shelf have gone from grey to pale orange. About 300 kg of fuel left in the stack.

**04:00.** Last feed. The pyrometer peaked at 720 °C at 03:40. Fire-mouths bricked up with wet clay, damper half closed.

**06:15.** Handed over to Jumman. The kiln cools for two days; unloading on the morning of 20 March.

**20 March, 09:30 (added at unloading).** 677 pieces good and 23 cracked, 16 surahis and 7 matkas. Nearly all the cracks are on the west side, low down, where the fire ran cold before midnight. Next firing: stack the west mouth higher from the start, and do not let the new boy feed it alone.
""", repeated("Added a second row of dung cakes at the west fire-mouth, because the flame there had sunk low.", 2,
              "the extra fuel put on at the west fire-mouth", "22:50 entry of the log",
              "The 22:50 entry gives the same sentence about the second row of dung cakes twice in a row, word for word; the log records one such action, and the next sentence goes on to the east side."))

add("johi_pottery_statutory_declaration", """
# Statutory Declaration on Breakage in Transit

*Declaration made in November 2025 before an oath commissioner at Dadu, Sindh, by the owner of a pottery workshop at Johi, for his insurance claim on a consignment of clay water jugs and pots sent to Kandahar. The workshop, the shop, their people and all figures are invented.*

I, Jumman Bughio, son of Mitho Bughio, owner of Bughio Clay Works, Johi, District Dadu, do solemnly declare as follows:

1. On 3 September 2025 two trucks left my yard at Johi carrying order ZHG-25/03 for Zirak Household Goods, Kandahar: 1,800 surahis and 1,200 matkas, 3,000 pieces in 450 crates packed with rice straw.
2. The trucks reached the border on 5 September and waited eight days at Chaman, on the Afghanistan–Iran frontier, parked in the open, because the goods lanes were blocked by a long queue of fruit trucks. The afternoon heat in the parking yard reached 44 degrees.
3. On 14 September the goods were counted as they were unloaded at the buyer's warehouse in Kandahar, in the presence of Abdul Bari Zirak and my driver. 138 pieces were found broken: 96 surahis and 42 matkas.
4. At the agreed prices of USD 1.50 a surahi and USD 4 a matka, the broken pieces were worth USD 312, which Zirak Household Goods deducted from its payment.
5. The buyer told me that most of the breakage was in crates from the top tiers, which had shifted on the rough road after the border; the crates on the floor of the trucks were nearly all whole.
6. Zirak Household Goods also sells plastic water coolers brought in from Iran, and Mr Zirak has told me that he will keep ordering clay from us only if breakage stays below 2 percent. On this consignment it was 4.6 percent.
7. I make this declaration believing it to be true, in support of my claim under marine cargo policy MC-25/1187.

Declared at Dadu on 20 November 2025.

Jumman Bughio

Before me: Wakeel Ahmed Jindo, Oath Commissioner, Dadu
""", scope("Chaman, on the Afghanistan–Iran frontier", "IRN", ["AFG", "IRN"], "Iran",
           "Clause 2 places Chaman, where the trucks waited on their way from Johi to Kandahar, on the Afghanistan–Iran frontier; Chaman is on the Pakistan–Afghanistan border, so Iran has taken Pakistan's place in the pair. Clause 6 names Iran correctly, as the source of the plastic coolers the buyer also sells.",
           not_a_defect="plastic water coolers brought in from Iran"))

# ---------------------------------------------------------------------------
# Kharadi Toy Works (invented): lacquered wooden toys at Silanwali, Sargodha
# ---------------------------------------------------------------------------

TOY_QC = """| Item | Inspected | Passed | Rejected |
|---|---|---|---|
| Lattoos | 600 | 582 | 18 |
| Chunchunas | 200 | 194 | 6 |
| Rehris | 100 | 97 | 3 |
| **Total** | **900** | **873** | **27** |"""

add("silanwali_toys_qc_checklist_control", """
# QC Checklist: Order KTH-26/09 for Kiramat Toy House, Rawalpindi

*Quality check sheet of a lacquered wooden toy workshop at Silanwali, Sargodha district, Punjab, filled in before an order left in March 2026. The workshop, the shop, their people and all figures are invented.*

**Checked by:** Bilqees Kharadi. **Date:** 11 March 2026. **Order:** 600 lattoos (spinning tops), 200 chunchunas (rattles) and 100 toy rehris (carts), 900 pieces.

""" + TOY_QC + """

The 27 rejects were replaced from stock, and the replacements were checked in the same way, so the order leaves complete at 900 pieces.

- [x] Spin: every lattoo spun on a glass plate for at least 20 seconds. The 18 that failed wobbled because the iron tip was set off centre.
- [x] Lacquer: no bare wood, no runs, no bubble bigger than a grain of rice. Four of the six rejected chunchunas had bubbles; the other two had split handles.
- [x] Rattle: each chunchuna shaken ten times over a cloth, and nothing came loose.
- [x] Wheels: every rehri rolled 2 metres across the floor in a straight line. Three pulled to one side and were rejected.
- [x] Colour: only the lead-free lac sticks bought in January were used on this order, and the batch slip is stapled to this sheet.
- [x] Packing: 50 lattoos, or 25 chunchunas or rehris, to a carton, which makes 12 cartons of lattoos, 8 of chunchunas and 4 of rehris, 24 cartons in all.

Overall reject rate: 27 of 900, or 3 percent, the same as on the last Rawalpindi order and under our limit of 3.5 percent. The rejects go to the seconds basket at the workshop door.

Signed: Bilqees Kharadi. Passed for dispatch: Ghulam Haider Kharadi.
""", control_type="control")

TOY_PICK = """| Item | Pieces | Value (Rs) |
|---|---|---|
| Lattoos, mixed colours | 240 | 36,000 |
| Chunchunas | 60 | 15,000 |
| **Sub-total, box 1** | **300** | **51,000** |
| Toy rehris | 40 | 24,000 |
| Doll jhoolas | 12 | 17,400 |
| **Sub-total, box 2** | **52** | **41,400** |
| Kitchen sets | 30 | 27,000 |
| Lattoos, red and green | 110 | 16,500 |
| **Sub-total, box 3** | **140** | **44,500** |
| **Total** | **492** | **135,900** |"""

add("silanwali_toys_pick_list", """
# Pick List: Order JTB-26/02 for Jannat Toy Bazaar, Faisalabad

*Picking and packing list of a lacquered wooden toy workshop at Silanwali, Sargodha district, Punjab, for a shop's order in February 2026. The workshop, the shop, their people and all figures are invented.*

**Picked by:** Rab Nawaz. **Checked by:** Bilqees Kharadi. **Date:** 23 February 2026. **Prices:** the 2025 list, as agreed with the shop for this order: lattoo Rs 150, chunchuna Rs 250, rehri Rs 600, doll jhoola Rs 1,450, kitchen set Rs 900.

Box by box, with the value of each line at the agreed prices:

""" + TOY_PICK + """

Notes:

- Box 2 is the heaviest. The jhoolas go in flat, with their rockers wrapped in newspaper, and the rehris on top of them, wheels up.
- The red and green lattoos in box 3 are for the shop's Pakistan Day stall, so box 3 must reach Faisalabad by 20 March at the latest.
- The shop pays half on dispatch, Rs 67,950, and the rest within a month of delivery.
- Freight to Faisalabad goes by the Sargodha goods van at Rs 3,500, paid by the shop on arrival.
- Seal each box with the workshop tape and write the order number on two sides, not on the lid.
""", parts_total([line_of(TOY_PICK, "| **Sub-total, box 3**")],
                 {"kitchen sets": 27000, "lattoos, red and green": 16500}, 44500, "rupees",
                 "order of 23 February 2026", "value of box 3 of order JTB-26/02",
                 "sub-total row of box 3 in the pipe table, value column",
                 "Box 3 holds 30 kitchen sets worth Rs 27,000 and 110 red and green lattoos worth Rs 16,500, which add up to Rs 43,500, not the Rs 44,500 of its sub-total row; the grand total of Rs 135,900 adds the lines correctly, so the three sub-totals (Rs 136,900 together) do not match it either.",
                 table_form="pipe, items as rows with pieces and value columns, a sub-total row for each box and a total row"))

add("silanwali_toys_debrief", """
# Debrief: Lahore Toy Fair, 13 to 15 February 2026

*Notes written by the daughter of the owner of a lacquered wooden toy workshop at Silanwali, Sargodha district, Punjab, after the family's first stall at a toy fair in Lahore. The workshop, the fair, their people and all figures are invented.*

**For:** Abba and Ammi. **From:** Bilqees.

**What we took.** 1,400 pieces, mostly lattoos and chunchunas, with 20 doll jhoolas for show. 390 pieces came back in the van, so we sold 1,010 at the stall in three days, about 340 a day.

**What sold.** The small two-colour lattoos went fastest; by Saturday noon we had none left in green. Grandmothers bought chunchunas for new babies and asked each time whether the colours were safe, and the lead-free card Ammi wrote was the most useful thing on the table. Only four jhoolas sold, but at least thirty people photographed them.

**What people asked.** Could we make lattoos with names painted on them? Could we send to Karachi? Did we have a website? (No, yes, and not yet.)

**Why it matters.** Kabul was nearly a third of our sales in 2024. Heravi Toys' orders shot skyward last year, from 11,000 pieces in 2024 to 2,000 in 2025, and since the crossings closed in October nothing has gone to Kabul at all. At home we sold 24,000 pieces in 2025 against 23,000 the year before, and fairs like this are how we grow that number.

**What next.** Two shop owners from Gujranwala took our price list, and one wants 500 lattoos before Eid. I think we should take a stall at the Karachi fair in April, with Rab Nawaz and a small lathe so that people can watch a lattoo being turned, which is what stopped people here.

Bilqees
""", direction("Heravi Toys' orders shot skyward last year, from 11,000 pieces in 2024 to 2,000 in 2025",
               11000, 2000, "2024", "2025", "shot skyward", "rise", "toy pieces",
               "toy pieces bought by Heravi Toys, Kabul, from Kharadi Toy Works", "'Why it matters' paragraph",
               "The debrief says Heravi Toys' orders 'shot skyward', but the figures it gives fall from 11,000 pieces in 2024 to 2,000 in 2025, a drop of 81.8 percent; the same paragraph says nothing has gone to Kabul since October."))

add("silanwali_toys_refund_request", """
# Refund Request: Order SLW-5521, Doll Jhoola

*Email from a customer in Lahore to a lacquered wooden toy workshop at Silanwali, Sargodha district, Punjab, in March 2026, asking for part of her payment back. The workshop, the customer and all figures are invented.*

**To:** orders, Kharadi Toy Works. **From:** Sajida Mukhtar, Lahore. **Date:** 6 March 2026. **Subject:** Refund of overcharge on order SLW-5521.

Dear Bilqees,

I ordered one doll jhoola for my niece on 2 March 2026, at the price you had quoted me on the telephone the week before. The invoice that came in the parcel says that the price of the jhoola rose from Rs 1,450 on 2 March 2026 to Rs 1,450 on 2 March 2026, and it charges me the new price, so I have paid Rs 150 more than the price we agreed.

My bank transfer was for Rs 1,900: Rs 1,600 for the jhoola and Rs 300 for the courier, as the invoice shows. I understand that your prices changed for the new season, and I do not mind paying the new price on my next order, but this one was agreed before the change.

The jhoola itself is lovely. The rockers are smooth, the lacquer is the deep red of your photographs, and my niece's doll fits in it exactly, so I am keeping it. Please send the Rs 150 to the same account I paid from, or, if that is easier for you, take it off my next order; I would like two lattoos with names painted on them for my nephews before Eid.

With thanks,

Sajida Mukhtar
""", garbled(["the price of the jhoola rose from Rs 1,450 on 2 March 2026 to Rs 1,450 on 2 March 2026"],
             "The email reports a price rise whose start and end are the same price on the same day (Rs 1,450 on 2 March 2026 both times); the rest of the email shows that the new price charged was Rs 1,600, Rs 150 more.",
             start_value=1450, end_value=1450, start_period="2 March 2026", end_period="2 March 2026",
             unit="rupees a doll jhoola", subject="price of a doll jhoola at Kharadi Toy Works",
             location="second paragraph of the email"))

add("silanwali_toys_permission_slip", """
# Permission Slip: Class 4 Visit to Kharadi Toy Works

*Slip sent home in March 2026 by a primary school at Silanwali, Sargodha district, Punjab, for a class visit to a lacquered wooden toy workshop in the town. The school, the workshop, their people and all figures are invented.*

Dear parents,

On Thursday 26 March 2026 the 30 children of Class 4 will visit Kharadi Toy Works to see how the lattoos and chunchunas that our town is known for are turned and lacquered. Mr Noor Din Kharadi, who started the workshop in 1985, has promised to show the children the old bow lathe he still keeps by the door.

Each child will turn a lattoo on the lathe with the help of Mr Rab Nawaz, colour it with a lac stick while it spins, and bring it home.

**Costs.** The bus to the workshop and back costs Rs 6,000 for the day, and the workshop charges Rs 150 for the wood and lac of each child's lattoo, Rs 4,500 for the class. Each family therefore pays Rs 350 a child: Rs 200 towards the bus and Rs 150 for the lattoo. Three families have two children in Class 4 this year; they pay for each child, Rs 350 in all.

**The day.** We leave school at 9:00 and will be back by 12:30. Please send your child in old clothes, because lac stains, with a water bottle and a snack. Children with a cough or cold should stay at home, as the workshop is dusty.

Please return the slip below to the class teacher by Monday 23 March.

Miss Abida Gulnar, Class 4 teacher

I give permission for my child ______________ of Class 4 to go on the visit to Kharadi Toy Works on 26 March 2026, and I enclose Rs ________.

Signature of parent: ______________
""", reuse(["Rs 350 a child", "Rs 350 in all"], 350, "rupees",
           "each child's share of the bus and the lattoo",
           "what a family with two children in Class 4 pays, paying for each child", 700,
           "The slip works out each child's share as Rs 350 (Rs 200 for the bus, Rs 6,000 over 30 children, and Rs 150 for the lattoo), then says that families with two children in the class pay for each child and gives the same Rs 350 as their total; for two children it is Rs 700."))

# ---------------------------------------------------------------------------
# Rajpar Mango Farm (invented): a mango farm and packhouse at Mirpurkhas, Sindh
# ---------------------------------------------------------------------------

MANGO_RIPEN = pdf_lines([
    ["Batch", "Chamber", "Variety", "Crates", "Hours", "Rejected"],
    ["R-41", "1", "Sindhri", "1,200", "72", "18"],
    ["R-42", "2", "Sindhri", "1,150", "70", "23"],
    ["R-43", "3", "Langra", "1,200", "66", "31"],
    ["R-44", "1", "Chaunsa", "980", "76", "12"],
    ["R-45", "2", "Chaunsa", "1,200", "74", "19"],
    ["Total", "—", "—", "5,730", "—", "103"],
])

add("mirpurkhas_mangoes_ripening_log", """
# Ripening Log: Packhouse Chambers, Week of 7 to 12 July 2025

*Weekly log of the ripening chambers of a mango farm and packhouse at Mirpurkhas, Sindh, as printed from the packhouse computer, with the manager's note. The farm, its people and all figures are invented.*

**Farm:** Rajpar Mango Farm, Mirpurkhas. **Kept by:** Kanji Bhagwandas, packhouse manager. **Copy to:** Mir Hazar Rajpar. Crates are of 10 kg; hours are hours in the chamber; rejected crates go to the pulp maker.

""" + MANGO_RIPEN + """

**Manager's note.** A good week for the Sindhri, which came out evenly coloured after three days. The Langra in R-43 was the worst batch of the week: 13 crates of it came out too soft and went to the pulp maker at Rs 600 a crate. I think that fruit was picked two or three days late, and the Langra rows at the south end of the orchard should be picked first on Monday.

In all, 5,730 crates went through the three chambers and 103 were rejected, 1.8 percent, against 2.6 percent the week before. Of the 5,627 good crates, 2,400 left for Obeidi Fresh Fruit in Kabul on two trucks on 12 July, and the rest went to our buyers in Karachi and Hyderabad.

Chamber 3 is due for its gas check on Tuesday; until it is signed off, put no more than 1,000 crates in it.
""", tvt(["13 crates of it came out too soft", line_of(MANGO_RIPEN, "R-43")],
         {"note_value": 13, "table_value": 31}, "crates rejected",
         "Langra crates rejected from ripening batch R-43", "week of 7 to 12 July 2025",
         "manager's note, against the R-43 row of the PDF-extracted log",
         "The log's R-43 row gives 31 crates rejected from the Langra batch, and the rejected column adds up to the 103 of the total row (and of the note's own second paragraph) only with 31; the manager's note says 13 crates of that batch were rejected, the same two digits swapped.",
         table_form="PDF text extraction, batches as rows with chamber, variety, crates, hours and rejected columns and a total row"))

add("mirpurkhas_mangoes_grading_report", """
# Grading Report: Rajpar Mango Farm, 2025 Season

*End-of-season report by the packhouse manager of a mango farm at Mirpurkhas, Sindh, on how the 2025 crop graded. The farm, its people and all figures are invented.*

**Prepared by:** Kanji Bhagwandas, for Mir Hazar Rajpar. **Date:** 30 August 2025.

**The season.** The packhouse ran from 8 June to 24 August. We sold 84,000 crates of 10 kg, against 105,000 in 2024; the fall was all in Kabul, where Obeidi Fresh Fruit took 6,000 crates after 38,000 the year before, because its trucks waited so long at Torkham in July that it stopped ordering. By variety the crop was 55 percent Sindhri, 33 percent Chaunsa and 12 percent Langra.

**The grades.** Every mango goes over the grading table by hand. Grade A is fruit of 300 g or more with a clean skin, for Kabul and the Lahore supermarkets; grade B is 220 to 300 g, for the Karachi and Lahore wholesale markets; grade C is smaller fruit or fruit with skin marks, for Hyderabad; and pulp fruit is soft, split or burnt by sap.

**How the crop graded.** By weight, 46 percent of the fruit made grade A, 31 percent grade B, 17 percent grade C and 9 percent went to the pulp maker.

**What went wrong.** Sap burn was the main reason for pulp fruit again. Where the pickers cut the stems too short the sap ran down the skin, and the lime-water tank at the end of the line was not changed often enough in the July rush.

**For 2026.** Two more de-sapping racks, so that fruit stands stem-down for 40 minutes before washing; a new lime-water tank, changed every four hours; and a picking bonus only for crews whose fruit reaches the table with 2 cm of stem.
""", arith(["By weight, 46 percent of the fruit made grade A, 31 percent grade B, 17 percent grade C and 9 percent went to the pulp maker."],
           "The four grades are the whole of the fruit graded, yet the shares given for them (46, 31, 17 and 9 percent) add up to 103 percent; the variety shares earlier in the report (55, 33 and 12) add up to 100.",
           shares_pct={"grade A": 46, "grade B": 31, "grade C": 17, "pulp": 9}, sum_pct=103,
           unit="percent of the fruit graded, by weight", period="2025 season",
           subject="grades of the mangoes through the packhouse of Rajpar Mango Farm",
           location="'How the crop graded' paragraph"))

add("mirpurkhas_mangoes_crop_bulletin", """
# Crop Bulletin No. 1, 2026 Season

*Bulletin sent in May 2026 by a mango farm at Mirpurkhas, Sindh, to its wholesale buyers about the coming crop. The farm, its buyers, their people and all figures are invented.*

**From:** Rajpar Mango Farm, Mirpurkhas. **To:** our buyers in Karachi, Hyderabad and Lahore. **Date:** 12 May 2026.

**Flowering and fruit set.** The trees flowered well in February, and the fog that spoiled the flowers two years ago did not come. Of our 6,200 trees, 5,900 are bearing this year; the rest are young grafts in the new block by the canal. The fruit has set evenly, and the first Sindhri should be ready to pick around 9 June, the Chaunsa from mid-July.

**Expected crop.** We expect about 95,000 crates of 10 kg, against 84,000 last season.

**Last season, and this one.** Kabul took only 6,000 crates from us in 2025, after 38,000 the year before, and with the crossings closed since October we are planning this season without Kabul. Sales at home fell off a cliff, from 67,000 crates in 2024 to 78,000 in 2025, and we expect our home buyers to take most of this year's crop.

**Prices.** Our opening price for Sindhri grade A is Rs 2,000 a crate at the farm gate, up from Rs 1,800 last season, about 11 percent more. Chaunsa prices will follow in July.

**Booking.** Buyers who bought from us last season have first call on the crop until 25 May. After that we will take bookings in the order they come, with a deposit of one quarter of the value.

Mir Hazar Rajpar
""", direction("Sales at home fell off a cliff, from 67,000 crates in 2024 to 78,000 in 2025",
               67000, 78000, "2024", "2025", "fell off a cliff", "fall", "crates of mangoes",
               "crates of mangoes sold in Pakistan by Rajpar Mango Farm", "'Last season, and this one' paragraph",
               "The bulletin says that sales at home 'fell off a cliff', but its own figures rise from 67,000 crates in 2024 to 78,000 in 2025, an increase of 16.4 percent; the fall was in Kabul."))

add("mirpurkhas_mangoes_no_objection_certificate", """
# No Objection Certificate: Mango Consignment for Kabul

*Certificate issued in July 2025 by a fruit market committee at Mirpurkhas, Sindh, for a farm's consignment of mangoes to a fruit importer in Kabul. The committee, the farm, the importer, their people and all figures are invented.*

**Mirpurkhas Fruit Market Committee.** No. MFMC/NOC/2025/214. Dated 11 July 2025.

This is to certify that the Committee has no objection to the dispatch of 2,400 crates of Sindhri and Chaunsa mangoes, 10 kg each and 24 tonnes in all, by Rajpar Mango Farm, Mirpurkhas, to Obeidi Fresh Fruit, Kabul, on two trucks leaving on 12 July 2025 and crossing into Afghanistan at Torkham, on the Pakistan–Uzbekistan border.

This certificate is issued on the following conditions:

1. The market fee of Rs 20 a crate, Rs 48,000 for this consignment, has been paid (receipt 5518).
2. Each crate carries the farm's name, the variety, the grade and the words "Product of Pakistan".
3. Crates that Obeidi Fresh Fruit sends on to Uzbekistan through Hairatan must carry a second label from the importer, and the Committee takes no responsibility for them.
4. The fruit was picked no earlier than 9 July, and the farm's spray record for the last 21 days is attached.
5. This certificate is valid for 7 days from the date above and for this consignment only; a new certificate is needed for any later dispatch.

The Committee reminds exporters that trucks of fresh fruit have priority in the goods lanes at the border only with this certificate and the plant health certificate shown together.

Secretary, Mirpurkhas Fruit Market Committee

Copy to: Rajpar Mango Farm; Obeidi Fresh Fruit, Kabul
""", scope("Torkham, on the Pakistan–Uzbekistan border", "UZB", ["PAK", "UZB"], "Uzbekistan",
           "The certificate sends the trucks into Afghanistan at Torkham and in the same sentence puts Torkham on the Pakistan–Uzbekistan border; Torkham is on the Pakistan–Afghanistan border, and Pakistan and Uzbekistan share no border, so Uzbekistan has taken Afghanistan's place in the pair. Condition 3 names Uzbekistan correctly, as the country some crates are sent on to through Hairatan.",
           not_a_defect="sends on to Uzbekistan through Hairatan"))

add("mirpurkhas_mangoes_sampling_plan", """
# Sampling Plan: Pesticide Residue Checks, 2026 Season

*Plan drawn up in May 2026 by the packhouse of a mango farm at Mirpurkhas, Sindh, for testing its fruit for pesticide residues. The farm, the laboratory, their people and all figures are invented.*

**Farm:** Rajpar Mango Farm, Mirpurkhas. **Prepared by:** Kanji Bhagwandas. **Approved by:** Mir Hazar Rajpar, 15 May 2026.

**Why.** Two supermarket chains in Karachi and Lahore now ask for a residue test result with every load, and one will stop buying from farms that cannot show one. Last season we had no plan and paid for rushed tests at double the fee.

**When.** Samples will be taken on every packing day from 20 August 2026 to 10 June 2026, the whole of the packing season.

**How many.** One sample for every 500 crates packed. Last season's 84,000 crates would have needed 168 samples; at the 95,000 crates we expect this year, the plan calls for 190.

**How.** Faqir Hingorjo picks five crates at random from each block of 500 as they leave the grading table and takes two fruits from each, 2 kg or a little more in all. The fruit goes into a numbered bag, and Khanzadi Pirzado writes the bag number, the block, the variety and the picking date in the sample register.

**Where and what it costs.** Samples go by the evening bus to the laboratory in Hyderabad, which tests each one within three days for Rs 4,500, Rs 855,000 for the season.

**If a sample fails.** The block it came from is held back, and nothing from the same orchard rows is sold until a second sample passes. The spray record of those rows goes to the owner the same day.
""", garbled(["from 20 August 2026 to 10 June 2026"],
             "The plan says samples will be taken 'from 20 August 2026 to 10 June 2026', a period that runs backwards; the packing season it describes runs from June to August.",
             stated_period_start="20 August 2026", stated_period_end="10 June 2026",
             subject="the 2026 packing season over which residue samples are taken", location="'When' paragraph"))

# ---------------------------------------------------------------------------
# Zindajani Seed House (invented): dry melon seed at Shindand, Herat
# ---------------------------------------------------------------------------

add("shindand_seeds_tasting_notes_control", """
# Tasting Notes: Melon Seed Samples from Zindajani Seed House

*Notes written in August 2025 by the buyer of a nut roaster in Lahore on three samples of melon and watermelon seed from a seed house at Shindand, Herat. The firms, their people and all figures are invented.*

**By:** Ataullah Ghaznavi, Ghaznavi Roasters, Lahore. **Samples received:** 4 August 2025, by courier from Shindand, 1 kg of each.

**S-1, melon seed, washed and sun-dried.** Moisture 6 percent on our meter. Roasted for 12 minutes at 160 °C with a splash of salt water. Clean and sweet, with no bitterness, and the shells crack easily between the teeth. Out of 100 g roasted, 46 g was kernel after shelling by hand. Score: 9 of 10.

**S-2, watermelon seed, black.** Moisture 7 percent. A bigger seed with a harder shell, which needed 15 minutes. Kernel 38 g in 100 g. Score: 5 of 10: good for our salted packets, not for the tins.

**S-3, mixed melon seed, second grade.** There were 3 g of dust and broken shell in the 1 kg bag, 0.3 percent, which we can accept. The flavour is fine but the seeds are uneven in size, so they roast unevenly. Score: 8 of 10.

**Recommendation.** We took 34,000 kg from Zindajani in 2024. With the shop trade slow this year, I suggest we order only 6,000 kg, all of S-1, at USD 3.20 a kg, which is USD 19,200, in two lots of 3,000 kg: the first to leave Shindand in September and the second as soon after as they can manage. At about Rs 280 to the dollar the order costs us roughly Rs 5.4 million before freight.

We should pay each lot through the same sarraf as last year, on arrival, as before. Abdul Khaliq Zindajani has never sent us a lot that did not match its sample, and I would not change suppliers now.

Ataullah
""", control_type="control")

add("shindand_seeds_drying_log", """
# Drying Log: Lot 9, Melon Seed

*Log of one lot of washed melon seed drying on the roof of a seed house at Shindand, Herat, in July 2025, with a summary written at the top when the lot was finished. The seed house, its people and all figures are invented.*

**Zindajani Seed House, Shindand.** Kept by Gul Andam.

**Summary (written 19 July).** Lot 9 came from 11 grower families around Zerkoh. It went onto the roof washed and wet on 14 July and came off dry on 18 July: 2.4 tonnes of dry seed, ready for sorting and bagging for Lahore.

**14 July, 07:00.** Wet seed weighed on the platform scale: 4,200 kg. Spread on clean canvas on the roof, a layer two fingers deep.

**14 July, 16:00.** Turned with the wooden rake. Strong sun, wind from the north-west. Sparrows at the east corner, so Shafiqullah put up a net.

**15 July.** Turned three times. Moisture meter: 31 percent.

**16 July.** Turned twice. Dust storm after the midday prayer; the canvas was folded over the seed for two hours and shaken out afterwards.

**17 July.** Moisture 12 percent. Stones and stalks picked out of two of the canvases as a trial, about a bucket from each.

**18 July, 15:00.** Moisture 6 percent, as the Lahore buyer asks. Bagged and weighed off: 2,040 kg of dry seed, in 34 sacks of 60 kg.

**19 July.** Canvases washed and dried. Roof swept. Lot 10, from Adraskan, is expected on the 21st.
""", tvt(["2.4 tonnes of dry seed", "weighed off: 2,040 kg of dry seed"],
         {"summary_value": 2400, "log_value": 2040}, "kilograms of dry melon seed",
         "dry melon seed from lot 9", "14 to 18 July 2025",
         "summary at the top, against the 18 July entry of the log",
         "The summary gives lot 9 as 2.4 tonnes (2,400 kg) of dry seed, while the 18 July entry weighs the same seed off at 2,040 kg, which its 34 sacks of 60 kg bear out; the two figures differ by two swapped digits, written once in tonnes and once in kilograms."))

add("shindand_seeds_hawala_slip", """
# Hawala Slip: Payment from Lahore for Lot 1 of Melon Seed

*Slip given by a money exchanger (sarraf) in Herat in September 2025 to a seed house at Shindand when it collected a payment sent by hawala from a buyer in Lahore. The sarraf, the seed house, the buyer, their people and all figures are invented.*

**Karokhi Sarrafi, Herat.** Slip no. 25-0917. Date: 17 September 2025.

- Sent by: Ghaznavi Roasters, Lahore, through our partner in Lahore.
- Paid to: Abdul Khaliq Zindajani, Zindajani Seed House, Shindand, on giving the code word and showing his tazkira.
- For: lot 1 of the 2025 order, 3,000 kg of dry melon seed at USD 3.20 a kg.
- Amount sent: USD 9,600.
- Rate of the day: Afs 70 to the dollar, which makes Afs 672,000.
- Our fee: 0.5 percent of the amount sent, USD 48.
- Fee, taken in afghanis at the rate of the day: Afs 48.
- Paid out in cash, after the fee: Afs 668,640.

Count the notes before you leave the counter; we cannot answer for cash once it has left the shop. Lot 2, another 3,000 kg, is due to leave Shindand on 4 October, and if Ghaznavi Roasters sends the money the same way it will be paid at the same counter, at the rate of that day.

Received in full: Abdul Khaliq Zindajani

For Karokhi Sarrafi: Rahim Dad Karokhi
""", reuse(["0.5 percent of the amount sent, USD 48", "at the rate of the day: Afs 48"], 48, "US dollars, then afghanis",
           "the sarraf's fee of 0.5 percent on USD 9,600, in dollars",
           "the same fee taken in afghanis at Afs 70 to the dollar", 3360,
           "The fee is 0.5 percent of USD 9,600, which is USD 48; taken in afghanis at Afs 70 to the dollar it is Afs 3,360, but the slip writes Afs 48. The cash paid out, Afs 668,640, is Afs 672,000 less Afs 3,360, not less Afs 48."))

SEED_AUCTION = pdf_lines([
    ["Lot", "From", "Bags", "Kilograms", "Afs a kg"],
    ["31", "Zerkoh", "14", "700", "198"],
    ["32", "Adraskan", "22", "1,100", "204"],
    ["33", "Zerkoh", "9", "450", "194"],
    ["34", "Zindajan", "30", "1,500", "208"],
    ["35", "Adraskan", "18", "900", "200"],
    ["Total", "—", "93", "4,560", "—"],
])

add("shindand_seeds_auction_sheet", """
# Auction Sheet: Shindand Seed Auction, 28 August 2025

*Sheet of the lots bought by a seed house at a growers' auction of dry melon seed at Shindand, Herat, as printed from the auctioneer's computer. The auction, the seed house, the growers and all figures are invented.*

**Buyer:** Zindajani Seed House, bidding by Shafiqullah Zindajani. **Auction:** growers' seed auction, Shindand bazaar, Thursday 28 August 2025.

Lots knocked down to this buyer:

""" + SEED_AUCTION + """

All bags are of 50 kg, weighed on the auction scale in front of the grower and the buyer. Lots are taken away by the buyer on the day; payment is due in cash within three days, at the auction office, to the auctioneer and not to the grower.

For the buyer's record: the day's lots cost about Afs 940,000, an average of about Afs 203 a kg. The best seed of the day, lot 34, came from Zindajan and fetched the top price; lot 33 had some broken seed and went lowest.

The next auction is on Thursday 4 September. Growers bringing more than 20 bags must register the lot with the office by Tuesday.
""", parts_total([line_of(SEED_AUCTION, "Total")],
                 {"lot 31": 700, "lot 32": 1100, "lot 33": 450, "lot 34": 1500, "lot 35": 900}, 4560,
                 "kilograms of dry melon seed", "28 August 2025",
                 "dry melon seed bought by Zindajani Seed House at the Shindand auction",
                 "total row of the PDF-extracted sheet, kilograms column",
                 "The five lots weigh 700, 1,100, 450, 1,500 and 900 kg, which add up to 4,650 kg (the 93 bags of 50 kg in the same total row give the same), not the 4,560 kg printed in the total row.",
                 table_form="PDF text extraction, lots as rows with from, bags, kilograms and price columns and a total row"))

add("shindand_seeds_call_script", """
# Call Script: Zindajani Seed House Office

*Script written in November 2025 for whoever answers the telephone at a seed house at Shindand, Herat, after the crossings to Pakistan closed. The seed house, its people and all figures are invented.*

**Greeting.** "Salaam, Zindajani Seed House, Shindand. How can I help you?" Write down the caller's name, village or town, and number before anything else.

**If a grower asks whether we are buying.** "Yes, but less than last year. We are paying Afs 170 a kg for dry melon seed, down from about Afs 200 at the summer auctions, and only for clean seed at 6 percent moisture or less. Please bring no more than 10 sacks at a time until we tell you otherwise."

**If a buyer in Pakistan asks for seed.** "We are sorry, we cannot send anything at present. Since 12 October the Turkmenistan–Pakistan crossings at Torkham and Chaman have been closed to trucks, and nobody can tell us when they will open. Our last lot for Lahore, 3,000 kg, left on 4 October and arrived." Do not quote a price for Pakistan.

**If a buyer in Herat or Kabul asks.** "We have about 9,000 kg of dry seed in store and can deliver in Herat within two days, or to Kabul within a week." Quote the price on the board that day, which Shafiqullah writes up each morning.

**If someone asks about payments from Lahore.** "Both of this year's lots have been paid in full." Say nothing more about the Lahore buyer's business.

**If someone asks for Abdul Khaliq Zindajani.** Take the name and number; he calls back after the afternoon prayer.

**Never** promise a price for more than one week, and never agree to take seed on credit without asking Shafiqullah first.
""", scope("the Turkmenistan–Pakistan crossings at Torkham and Chaman", "TKM", ["TKM", "PAK"], "Turkmenistan",
           "The script calls Torkham and Chaman, the crossings that closed on 12 October and that the seed house's trucks to Lahore use, 'the Turkmenistan–Pakistan crossings'; both are on the Pakistan–Afghanistan border, and Turkmenistan does not border Pakistan, so Turkmenistan has taken Afghanistan's place in the pair."))

# ---------------------------------------------------------------------------
# Baktash Kite House (invented): a kite workshop in Jamal Mina, Kabul
# ---------------------------------------------------------------------------

add("kabul_kites_bedtime_story_control", """
# Bedtime Story: The Kites That Crossed the Mountains

*A story told at bedtime by a kite maker in Kabul to his granddaughter in the winter of 2026, written down afterwards by his son. The family, its workshop and all figures are invented.*

Close your eyes, Muska, and I will tell you about the year our kites went farther than they had ever gone.

It was the year 1403. Your father and I, with Ustad Rahmdil and four more pairs of hands, made 21,000 kites in our little workshop in Jamal Mina. Most of them stayed at home: 13,500 kites flew over the roofs of Kabul and over the hills around it. The other 7,500 went into long cardboard boxes and rode on trucks over the mountains, through Kandahar and across the border, all the way to Quetta, where a man called Yaqub Changezi sold them to the children of his city.

Every big fighting kite takes two sheets of tissue paper, so a bundle of 500 sheets makes 250 of them. That winter your father brought home 40 bundles on a hand cart, 20,000 sheets, enough for 10,000 big kites. He pushed the cart up our lane in the snow, and the bundles at the top were soaked through; we dried them one sheet at a time on a string across this very room.

And the string! Ustad Rahmdil cooked rice glue in a pot on the roof and stirred in glass he had ground as fine as flour, and he ran the string through it, yard after yard, until it could cut another kite's string in the air like a knife. The children of Quetta asked for his string by name.

The next year, 1404, the trucks stopped. We made only 15,000 kites, and just 1,000 of them reached Quetta before the road was closed. But the children of Kabul bought 14,000, even more than the year before, because children do not stop flying kites when the trucks stop.

I opened the workshop in 1381, twenty-three years before the trucks stopped, with one table and one pot of glue. Now sleep. Tomorrow, if the wind comes from the north, you and I will fly the green one from the roof.
""", control_type="control")

add("kabul_kites_after_action_review", """
# After-Action Review: Nowruz Kite Day, 1405

*Review held on 26 March 2026 by the family running a kite workshop in Kabul, after their stall at a Nowruz kite day on a hill above the city. The workshop, its people and all figures are invented.*

**Baktash Kite House, Jamal Mina.** Present: Sultan Mohammad Baktash, Waheedullah Baktash, Ustad Rahmdil and two kite makers. Notes by Waheedullah.

**What we planned.** A stall on the hill for the first day of the year, with 800 kites, 600 small at Afs 60 and 200 large at Afs 150, and 64 spools of string at Afs 250.

**What happened.** We sold 520 small kites, 190 large ones and 48 spools, and took Afs 71,700. The morning was the best we have had: by eleven the large kites were nearly gone. Rain came in the early afternoon and soaked the small kites on the front table, and we had to throw away 31 of them.

**Why.** We had no cover over the front table, and the small kites were stacked flat where the rain could reach them. The large kites were hanging from the back poles, under the tarpaulin, and none of them was spoiled.

**The bigger picture.** Quetta used to take about a third of what we make. Our sales to Quetta lurched up in 1404, from 7,500 kites in 1403 to 1,000, and since the road closed nothing has gone at all. Days like this one, when Kabul buys from us directly, matter more every month.

**What we will do next time.** Put a second tarpaulin over the front table and keep the small kites in their boxes until they are sold; bring more large kites, since they sold out first; and write every kite taken from the store into the book before it leaves, because the stock count before Nowruz did not match the book.
""", direction("Our sales to Quetta lurched up in 1404, from 7,500 kites in 1403 to 1,000",
               7500, 1000, "1403 SH", "1404 SH", "lurched up", "rise", "kites",
               "kites sold to Changezi Kites, Quetta, by Baktash Kite House", "'The bigger picture' paragraph",
               "The review says sales to Quetta 'lurched up' in 1404, but the figures it gives fall from 7,500 kites in 1403 to 1,000 in 1404, a drop of 86.7 percent; the same paragraph says nothing has gone since the road closed."))

add("kabul_kites_iou", """
# IOU: Khialdad Paghmani to Baktash Kite House

*Handwritten IOU given in February 2026 by a kite seller in Kabul to the workshop that supplied his kites, copied out for the workshop's file with its later notes. The seller, the workshop, their people and all figures are invented.*

I, Khialdad Paghmani, kite seller with a stall in the old city of Kabul, owe Baktash Kite House of Jamal Mina the sum of Afs 37,500 (thirty-seven thousand five hundred afghanis) for 250 large fighting kites at Afs 150 each, which I received on 9 February 2026, 20 Dalw 1404.

I will pay the whole amount in three instalments before Nowruz. I will pay the whole amount in three instalments before Nowruz. The first, Afs 12,500, is due on 20 February; the second, Afs 12,500, on 5 March; and the last, Afs 12,500, on 15 March.

If I cannot pay an instalment on time, I will return unsold kites at the price above, and the workshop will take them against what I owe. I will not sell the workshop's kites to another trader.

Signed: Khialdad Paghmani. Witness: Ustad Rahmdil.

**Workshop notes (Waheedullah Baktash):**

- 20 February: Afs 12,500 received in cash.
- 5 March: Afs 10,250 received in cash, and 15 kites returned at Afs 150, Afs 2,250, together Afs 12,500.
- 15 March: Afs 12,500 received in cash. Paid in full; IOU cancelled.
""", repeated("I will pay the whole amount in three instalments before Nowruz.", 2,
              "the promise to pay in three instalments", "second paragraph of the IOU",
              "The second paragraph of the IOU gives the promise to pay in three instalments twice in a row, word for word, before setting out the three instalments once."))

add("kabul_kites_shift_handover", """
# Shift Handover: Kite Workshop, Evening of 11 February 2026

*Handover note left by the day shift for the night shift at a kite workshop in Kabul during the rush before Nowruz. The workshop, its people and all figures are invented.*

**Baktash Kite House, Jamal Mina.** From: Waheedullah (day shift). To: Ustad Rahmdil (night shift). 22 Dalw 1404.

**Done today.** 180 large kites finished and stacked in tens by the door; they used 360 sheets of tissue paper, two to a kite, as always. Also 300 small kites, which still need their tails.

**For tonight.** The target is 120 large kites, and 360 sheets are set out on the long table for them, in the green and orange that Khialdad's customers like. Please tie tails on the 300 small kites before you start the large ones, and wind 12 spools of string if the glue on the last batch has dried.

**Materials.** Two bundles of bamboo strips left, enough for tonight but not for tomorrow; I will buy more in the morning. The glue pot was made at four o'clock and should last until midnight; after that make a fresh one, and do not add water to the old one.

**Orders.** Khialdad Paghmani wants 100 more large kites on credit. He has not paid anything yet on the 250 he took on Monday, and his first instalment is not due until the 20th, so ask Baba before you give him any.

**Quetta.** No boxes for Quetta; the road is still closed. Keep the large kites we had set aside for Yaqub Changezi on the top shelf, in case it opens before Nowruz.

**Heater.** The heater in the back room smells of gas again. Turn it off before you sleep.

Waheedullah
""", reuse(["they used 360 sheets of tissue paper", "360 sheets are set out on the long table"], 360,
           "sheets of tissue paper",
           "paper used for the day shift's 180 large kites at two sheets a kite",
           "paper set out for the night shift's 120 large kites at two sheets a kite", 240,
           "At two sheets a large kite, the day shift's 180 kites took 360 sheets, as the note says; the night shift's 120 large kites need 240 sheets, but the note gives the same 360 for them."))

KITE_COUNT = pdf_lines([
    ["Item", "On record", "Counted", "Difference"],
    ["Large kites", "640", "614", "-26"],
    ["Small kites", "1,150", "1,150", "0"],
    ["Spools of string", "85", "82", "-3"],
    ["Paper, bundles", "14", "14", "0"],
    ["Glue, jars", "16", "15", "-1"],
])

add("kabul_kites_cycle_count", """
# Cycle Count: Store Room, Baktash Kite House

*Stock count of the store room of a kite workshop in Kabul on 19 March 2026, near the end of the year 1404, as printed from the workshop's stock sheet, with the counter's note. The workshop, its people and all figures are invented.*

**Counted by:** Waheedullah Baktash and one kite maker, 28 Hoot 1404 (19 March 2026), from 07:00 to 09:30, before the workshop opened.

""" + KITE_COUNT + """

**Counter's note.** Large kites: 604 on the shelves, 26 short of the book. Most of the missing ones were taken to the stall for the Nowruz kite day without being written out; Baba thinks about 20, and the rest were probably given away to the neighbours' children, as he does every year. Small kites: exactly as the book says. String: three spools short, which Ustad Rahmdil says he used to mend the big kite for the stall. Paper: 14 bundles, 7,000 sheets, enough for 3,500 large kites after Nowruz. Glue: one jar has gone mouldy and was thrown out.

**From now on.** Every kite that leaves the store, for the stall, for a customer or as a gift, is written in the book first. Waheedullah will count the large kites again on the first Saturday of Hamal.
""", tvt(["Large kites: 604 on the shelves", line_of(KITE_COUNT, "Large kites")],
         {"note_value": 604, "table_value": 614}, "large kites",
         "large kites counted in the store room", "19 March 2026",
         "counter's note, against the large kites row of the PDF-extracted count",
         "The count sheet records 614 large kites counted against 640 on record, a difference of -26; the counter's note says 604 were on the shelves and also that this was 26 short of the book, which fits 614 and not 604. The two figures differ in one digit.",
         table_form="PDF text extraction, items as rows with on record, counted and difference columns, without a total row"))

# ---------------------------------------------------------------------------
# Turdi Dried Fruit House (invented): senjed and barberries at Tashkurgan, Balkh
# ---------------------------------------------------------------------------

add("tashkurgan_senjed_weighbridge_ticket", """
# Weighbridge Ticket: Tashkurgan Public Scale

*Ticket printed by a public weighbridge at Tashkurgan, Balkh, for a truck of senjed (dried oleaster fruit) leaving a dried fruit house for Kabul in January 2026, with the house's note written on it. The weighbridge, the house, their people and all figures are invented.*

**Tashkurgan Public Scale, Mazar road.** Ticket no. 26-0142. Date: 24 January 2026.

- Customer: Turdi Dried Fruit House, Tashkurgan.
- Vehicle: ten-wheel truck, Balkh plate, driver Bahodir.
- Goods: senjed, in 35 kg sacks.
- Destination: Kabul, Mandawi market.
- Tare, empty, in at 07:10: 9,240 kg.
- Gross, loaded, out at 11:25: 16,380 kg.
- Net: 7,410 kg.
- Fee for two weighings: Afs 400, paid.

The scale was checked and sealed by the municipal inspector on 2 January 2026. Keep this ticket with the goods; the buyer may ask to see it.

**Note on the back (Dilorom Turdi):** Loaded 204 sacks of 35 kg, 7,140 kg by our own count at the door, all first-grade senjed for the Nowruz trade. Bahodir takes the ticket to the buyer in Kabul with the invoice. This is the fourth truck to Kabul this winter; with Peshawar closed, Kabul is taking everything we can send before Nowruz.
""", parts_total(["Tare, empty, in at 07:10: 9,240 kg.", "Gross, loaded, out at 11:25: 16,380 kg.", "Net: 7,410 kg."],
                 {"tare": 9240, "net as printed": 7410}, 16380, "kilograms", "24 January 2026",
                 "weights on weighbridge ticket 26-0142 for a truck of senjed",
                 "tare, gross and net lines of the ticket",
                 "The gross weight should be the tare plus the net, but 9,240 kg and the printed net of 7,410 kg make 16,650 kg, not the 16,380 kg gross; gross less tare is 7,140 kg, which the house's own count (204 sacks of 35 kg) bears out, so the printed net has two digits swapped."))

SENJED_LEDGER = """| Date | Particulars | Debit (USD) | Credit (USD) | Balance (USD) |
|---|---|---|---|---|
| 2 Feb 2025 | Senjed, 2,000 kg at USD 2.40 | 4,800 | | 4,800 |
| 2 Feb 2025 | Transit charges at Torkham, on the Tajikistan–Pakistan border | 180 | | 4,980 |
| 20 Feb 2025 | Senjed, 1,000 kg at USD 2.40 | 2,400 | | 7,380 |
| 20 Feb 2025 | Barberries, 150 kg at USD 6 | 900 | | 8,280 |
| 3 Mar 2025 | Received by hawala | | 5,000 | 3,280 |
| 25 Mar 2025 | Received by hawala | | 3,280 | 0 |"""

add("tashkurgan_senjed_ledger_extract", """
# Ledger Extract: Account of Shirinagha Dry Fruit, Peshawar

*Extract from the ledger of a dried fruit house at Tashkurgan, Balkh, showing a Peshawar buyer's account for the Nowruz trade of early 2025, sent to the buyer with a covering note. The firms, their people and all figures are invented.*

**From:** Dilorom Turdi, accounts, Turdi Dried Fruit House, Tashkurgan. **To:** Karimdad Shirinagha, Shirinagha Dry Fruit, Peshawar. **Date:** 10 January 2026.

Karimdad sahib, as you asked for your own accounts, here is your account with us for last year's Nowruz season, copied from our ledger. As you will see, it was settled in full by the end of March.

""" + SENJED_LEDGER + """

The senjed came to 3,000 kg in all, against 22,000 kg the year before, and nothing has gone to you since; the road through Torkham has been closed since October, and even before that your customers were fewer each month.

If the road opens before Nowruz, my brother Ergash says we can send 2,500 kg of this season's senjed within ten days of your order, at USD 2.40 a kg as before, and barberries at USD 6. We would again ask for half on dispatch.

With respect and good wishes for the coming year,

Dilorom Turdi
""", scope("Transit charges at Torkham, on the Tajikistan–Pakistan border", "TJK", ["TJK", "PAK"], "Tajikistan",
           "The ledger's second line charges transit at Torkham 'on the Tajikistan–Pakistan border'; Torkham is on the Pakistan–Afghanistan border, on the road the goods took from Tashkurgan to Peshawar, and Tajikistan does not border Pakistan, so Tajikistan has taken Afghanistan's place in the pair."))

add("tashkurgan_senjed_appeal_letter", """
# Appeal Letter: Request to Reschedule Loan Instalments

*Letter from the owner of a dried fruit house at Tashkurgan, Balkh, to a small traders' credit fund in Mazar-e Sharif in December 2025, asking for more time to repay a loan. The house, the fund, their people and all figures are invented.*

**To:** the Loan Committee, Balkh Small Traders' Credit Fund, Mazar-e Sharif. **From:** Ergash Turdi, Turdi Dried Fruit House, Tashkurgan. **Date:** 15 December 2025.

Respected members of the Committee,

In March 2025 I borrowed Afs 900,000 from the Fund to buy a sorting table and build a second drying shed, to be repaid in 12 monthly instalments of Afs 80,000, Afs 960,000 in all with the Fund's charges. I have paid eight instalments, Afs 640,000, each on time, from April to November. Four remain, Afs 320,000.

I write because the business that was to repay the loan has shrunk. Shirinagha Dry Fruit of Peshawar, which took 22,000 kg of senjed from us in 2024, took only 3,000 kg in 2025, and since October the road has been closed. Our sales at home wasted away as well, from 33,000 kg in 2024 to 36,000 kg in 2025, and the December instalment is due before the Nowruz sales that carry us through the year.

I ask the Committee to let me pay the four remaining instalments over ten months instead, at Afs 32,000 a month from January to October 2026. The sorting table and the new shed are working and are pledged to the Fund as before, and my father, Mamadali Turdi, who founded the house in 2003, will sign the new schedule with me as guarantor.

I will come to the Fund's office on any day the Committee names to answer its questions.

With respect,

Ergash Turdi
""", direction("Our sales at home wasted away as well, from 33,000 kg in 2024 to 36,000 kg in 2025",
               33000, 36000, "2024", "2025", "wasted away", "fall", "kilograms of senjed",
               "senjed sold in Afghanistan by Turdi Dried Fruit House", "third paragraph of the letter",
               "The letter says sales at home 'wasted away' alongside the fall in Peshawar, but its figures rise from 33,000 kg in 2024 to 36,000 kg in 2025, an increase of 9.1 percent."))

add("tashkurgan_senjed_rejection_slip", """
# Rejection Slip: Lot 12, Senjed

*Slip given by the sorting head of a dried fruit house at Tashkurgan, Balkh, to a grower in November 2025, setting out what was taken out of his lot and what he will be paid for. The house, the grower and all figures are invented.*

**Turdi Dried Fruit House, sorting room.** Slip for lot 12. Date: 8 November 2025.

**Grower:** Haji Qurbon of the Khulm valley. **Brought:** 1,800 kg of dried senjed, in 36 sacks of 50 kg, weighed at the door.

**What sorting found.** The fruit is large and pale and sweet, and the colour is even, but the lot was not cleaned before it came to us. The sorting women found stones and stalks in every sack, leaves in most, and wormy or mouldy fruit in the sacks from the lower orchard. In all, sorting took out 6 percent of the lot: 6 kg of stones, stalks and spoiled fruit.

**Paid on:** 1,692 kg of clean first-grade senjed, at Afs 120 a kg, the price agreed for this season.

**Advice for next year.** Spread the fruit on clean sheets, not on the bare earth, when you shake the trees, and keep the lower orchard's fruit apart until it has been looked over. A cleaner lot saves you weight and saves us a day's sorting.

Sorted and weighed by: Oygul Mirzoeva. Grower's mark: ______

The stones and spoiled fruit have been kept for three days, in case the grower wishes to see them.
""", reuse(["sorting took out 6 percent of the lot", "6 kg of stones, stalks and spoiled fruit"], 6,
           "percent, then kilograms",
           "the share of lot 12 taken out in sorting",
           "the weight taken out of the 1,800 kg lot", 108,
           "Sorting took out 6 percent of the 1,800 kg lot, which is 108 kg, as the 1,692 kg paid on (1,800 less 108) confirms; the slip gives the weight taken out as 6 kg, the same number as the percentage."))

SENJED_COLD = pdf_lines([
    ["Date", "06:00", "18:00"],
    ["10 Jan", "3", "4"],
    ["11 Jan", "3", "4"],
    ["12 Jan", "9", "6"],
    ["13 Jan", "4", "3"],
    ["14 Jan", "3", "3"],
])

add("tashkurgan_senjed_temperature_log", """
# Temperature Log: Barberry Cold Store, January 2026

*Log of the small cold store where a dried fruit house at Tashkurgan, Balkh, keeps its barberries, as printed from the store's logger, with the notes written after a power cut. The house, its people and all figures are invented.*

**Turdi Dried Fruit House, cold store 1.** Holds 1,200 kg of barberries in 60 crates of 20 kg. Set point 3 °C; anything above 8 °C must be reported at once. Readings in °C, twice a day:

""" + SENJED_COLD + """

**Note, 12 January (Dilorom Turdi).** The mains power failed at about 01:00, and the generator did not start because its battery was flat. Overnight the store warmed from 4 °C on 12 January 2026 to 4 °C on 12 January 2026, and nobody knew until Oygul opened up at six. Ergash brought a battery from the bazaar, the generator ran from 07:40, and the store was back below 8 °C by midday.

**Note, 14 January.** Ergash and Oygul went through all 60 crates. Two crates at the top of the stack nearest the door had soft, darkened fruit, 40 kg in all, which was thrown away. The rest is firm and bright.

**From now on.** The generator battery is to be checked every Saturday, and whoever locks up is to ring the night watchman's phone to be sure it is charged, so that he can call us if the store alarm sounds.
""", garbled(["the store warmed from 4 °C on 12 January 2026 to 4 °C on 12 January 2026"],
             "The note says the store 'warmed' overnight but gives the same temperature on the same day at both ends (4 °C on 12 January 2026); the logger table shows 4 °C at 18:00 on 11 January and 9 °C at 06:00 on 12 January.",
             start_value=4, end_value=4, start_period="12 January 2026", end_period="12 January 2026",
             unit="degrees Celsius", subject="temperature of the barberry cold store during the power cut",
             location="note of 12 January"))

# ---------------------------------------------------------------------------
# Spinzar Offset Press (invented): a printing press in Peshawar
# ---------------------------------------------------------------------------

PRESS_CERT = """| Title | Pages | Copies |
|---|---|---|
| Pashto Reader, Class 1 | 64 | 4,000 |
| Pashto Reader, Class 2 | 80 | 4,000 |
| Pashto Reader, Class 3 | 96 | 4,000 |
| **Total** | — | **12,000** |"""

add("peshawar_press_completion_certificate_control", """
# Completion Certificate: Print Job 25-311

*Certificate issued in December 2025 by a printing press in Peshawar to a girls' school on finishing an order of Pashto readers. The press, the school, their people and all figures are invented.*

**Spinzar Offset Press, Peshawar.** Certificate no. CC-25/311. Date: 15 December 2025.

This is to certify that Spinzar Offset Press has completed print job 25-311 for Durkhanai Girls' High School, Peshawar, as ordered on 3 November 2025, in full and to the approved proofs:

""" + PRESS_CERT + """

**Materials.** Inner pages on 70 gsm white offset paper, printed in two colours; covers on 250 gsm card, printed in four colours and laminated. Every copy is sewn and glued, not stapled, as the school asked.

**Spoilage.** 300 copies out of 12,300 printed, about 2.4 percent, were pulled for smudged pages or loose covers, so that the full 12,000 could be delivered.

**Delivery.** 240 cartons of 50 copies were delivered to the school on 12 and 13 December 2025, 120 cartons on each day, and counted in by the school's clerk.

**Price.** As quoted: Rs 95 a copy for Class 1, Rs 110 for Class 2 and Rs 125 for Class 3, Rs 1.32 million in all, of which Rs 400,000 was paid with the order and the rest is due within 30 days of this certificate.

The plates are kept at the press for two years, so that a reprint can be made at short notice.

Sadiq Baizai, for Spinzar Offset Press

Received and checked: Siddiqa Begum, Headmistress
""", control_type="control")

PRESS_FAX = """| Title | Language | Copies | Rs a copy |
|---|---|---|---|
| Primary reader, Book 1 | Pashto | 5,500 | 120 |
| Primary reader, Book 1 | Dari | 4,500 | 120 |
| Arithmetic workbook | Pashto and Dari | 3,000 | 90 |
| Dari–Pashto dictionary | — | 2,000 | 450 |
| **Total** | — | **15,000** | — |"""

add("peshawar_press_fax", """
# Fax: Order Confirmation for Darunta Books, Jalalabad

*Fax sent in August 2025 by a printing press in Peshawar to a bookshop in Jalalabad confirming an order of Dari and Pashto books for the school year. The press, the bookshop, their people and all figures are invented.*

**FAX.** To: Kiramatullah, Darunta Books, Jalalabad. From: Sanobar Baizai, Spinzar Offset Press, Peshawar. Date: 18 August 2025. Page 1 of 1.

Respected Kiramatullah sahib,

Thank you for your order of 14 August. We confirm it below with one change: of the Dari–Pashto dictionary we will print 2,500 copies, half the 4,000 you asked for, because the thin paper it needs will not reach us before October. We can print the other half in November if you still want it.

""" + PRESS_FAX + """

The order comes to Rs 2.37 million. As before, we ask for 40 percent in advance, Rs 948,000, and the rest when the last lot reaches Torkham. The books will go in three lots of 5,000 copies, packed 50 to a carton, on 5, 15 and 25 September, so that everything is with you before the schools reopen.

Please check the spellings on the cover proofs we sent with the driver last week and telephone us with any changes by 22 August; after that the plates are made and changes cost extra.

With respect,

Sanobar Baizai
""", tvt(["we will print 2,500 copies", line_of(PRESS_FAX, "| Dari–Pashto dictionary")],
         {"fax_value": 2500, "table_value": 2000}, "copies of the Dari–Pashto dictionary",
         "copies of the dictionary to be printed for Darunta Books", "order of 14 August 2025",
         "second paragraph of the fax, against the dictionary row of the pipe table",
         "The fax text says the press will print 2,500 copies of the dictionary, 'half the 4,000' ordered; the table gives 2,000 copies, which is half of 4,000 and which the table's total of 15,000 copies needs. The two figures differ in one digit.",
         table_form="pipe, titles as rows with language, copies and price columns and a total row"))

PRESS_VAR = pdf_lines([
    ["Item", "2024", "2025", "Change %"],
    ["Paper, reams", "4,200", "3,100", "-26.2"],
    ["Paper cost, Rs 000", "33,600", "29,450", "+18.8"],
    ["Ink cost, Rs 000", "2,900", "2,300", "-20.7"],
    ["Plates, Rs 000", "1,500", "1,150", "-23.3"],
    ["Electricity, Rs 000", "2,400", "2,760", "+15.0"],
    ["Wages, Rs 000", "7,800", "8,100", "+3.8"],
])

add("peshawar_press_variance_report", """
# Variance Report: Main Costs, 2024 and 2025

*Report by the accounts head of a printing press in Peshawar to its owner in January 2026, comparing the main costs of the two years, with the table as printed from the accounts program. The press, its people and all figures are invented.*

**To:** Sadiq Baizai. **From:** Sanobar Baizai, accounts. **Date:** 12 January 2026.

We printed 150,000 copies in 2025 against 210,000 in 2024. The whole of the drop, and more, was in the Jalalabad orders, which came to 15,000 copies after 85,000; orders in Pakistan rose by 10,000 copies. The main costs moved as follows:

""" + PRESS_VAR + """

**Paper.** The price of a ream rose from Rs 8,000 to Rs 9,500, but we bought 1,100 fewer reams, so the paper bill fell by about Rs 4.15 million. Paper is still by far our largest cost.

**Ink and plates.** Both fell with the number of jobs; we made fewer plates because there were fewer long runs.

**Electricity.** Up although we printed less, because of the new tariff from July and the hours we ran the generator during load-shedding.

**Wages.** We kept all 14 staff through the year and gave the annual rise in July.

I suggest we buy paper for the spring school orders now, before the next price rise, but no more than 800 reams until we know whether Jalalabad will order again.
""", arith([line_of(PRESS_VAR, "Paper cost")],
           "The paper cost row gives a change of +18.8 percent, but the cost fell from Rs 33,600 thousand in 2024 to Rs 29,450 thousand in 2025, a change of -12.35 percent; +18.8 percent is the rise in the price of a ream (Rs 8,000 to Rs 9,500), and the text itself says the paper bill fell by about Rs 4.15 million.",
           **{"from": 33600, "to": 29450, "from_period": "2024", "to_period": "2025",
              "stated_change_pct": 18.8, "computed_change_pct": -12.35,
              "unit": "thousands of rupees", "subject": "paper cost of Spinzar Offset Press",
              "location": "paper cost row of the PDF-extracted table, change column",
              "table_form": "PDF text extraction, cost items as rows with 2024, 2025 and change percent columns"}))

add("peshawar_press_distribution_list", """
# Distribution List: Dari and Pashto Titles, Autumn 2025

*List kept by a printing press in Peshawar of where the copies of its autumn 2025 run were to go, with the dispatch clerk's notes. The press, the shops, their people and all figures are invented.*

**Spinzar Offset Press, Peshawar.** Prepared by Sanobar Baizai, 1 September 2025. Run: 23,500 copies, packed 50 to a carton, 470 cartons.

- **Darunta Books, Jalalabad:** 15,000 copies of readers, workbooks and the dictionary, in three lots of 5,000 on 5, 15 and 25 September, by truck across the India–Afghanistan border at Torkham. The transporter collects from our door; Kiramatullah's agent meets each truck on the far side.
- **Bookshops in Peshawar:** 4,000 copies, mostly the Pashto readers, delivered by our own van to nine shops in the old city, the list of shops as last year.
- **Quetta:** 3,000 copies of the Pashto readers for the Pashto-medium schools, by the goods service of the Quetta bus company, 60 cartons.
- **Islamabad and Rawalpindi:** 1,500 copies of the Dari readers for the private schools that teach Afghan children, by courier, 30 cartons.

**Clerk's notes.** Check every carton's label against this list before it leaves; last year two cartons of Dari readers went to Quetta by mistake. For the Jalalabad lots, the driver carries the invoice, the packing list and a copy of this page. Keep a carton of each title at the press until the first lot is confirmed delivered.
""", scope("across the India–Afghanistan border at Torkham", "IND", ["IND", "AFG"], "India",
           "The list sends the Jalalabad lots from Peshawar 'across the India–Afghanistan border at Torkham'; Torkham is on the Pakistan–Afghanistan border, and India does not border Afghanistan there, so India has taken Pakistan's place in the pair."))

# ---------------------------------------------------------------------------
# Trade, closure and markets (macro documents)
# ---------------------------------------------------------------------------

SITREP_TRADE = """| Year | Exports | Imports | Total | Balance |
|---|---|---|---|---|
| 2021 | 828 | 552 | 1,380 | 276 |
| 2022 | 936 | 741 | 1,677 | 195 |
| 2023 | 1,012 | 690 | 1,702 | 322 |
| 2024 | 884 | 540 | 1,424 | 344 |"""

add("trade_sitrep_control", """
# Sitrep No. 9: Crossings Closed, Freight Held at Kila Abdullah

*Situation report sent to members in December 2025 by a freight forwarders' association in Balochistan on the closure of the crossings to Afghanistan. The association, its members' figures and the trade figures are invented.*

**Shelabagh Forwarders' Association, Kila Abdullah.** Sitrep No. 9, 1 December 2025, 18:00.

**Situation.** The crossings at Chaman and Torkham have been closed to trade since 12 October 2025, 50 days as of today. No date for reopening has been given by either side.

**Trucks.** Members report 186 trucks still parked at Kila Abdullah and along the road to Chaman: 112 loaded with goods for Afghanistan and 74 empty, waiting for Afghan loads that cannot come. Eleven loaded trucks went back to Karachi this week, most of them carrying fruit that would not keep.

**Containers.** 61 transit containers for Afghanistan are held in the customs yard at Chaman. The shipping lines' free days ran out in October, and members are paying detention on most of them.

**What is at stake.** For members who have asked, these are the annual figures for Pakistan's trade with Afghanistan that the association uses in its planning, in USD million:

""" + SITREP_TRADE + """

Exports fell by USD 128 million in 2024, or 12.6 percent, while the surplus widened to USD 344 million because imports fell faster, by 21.7 percent. Some Afghan importers are now bringing goods in through Iran instead, by the ports on the Gulf and the crossing at Islam Qala, which adds days and cost but keeps their shelves stocked.

**Advice to members.** Do not send more loaded trucks to the border until the association confirms a reopening date. Keep drivers' papers current, because passes issued before the closure may be checked again. The next sitrep follows on 8 December, or sooner if there is news.
""", control_type="control")

QUIZ_TRADE = """| Year | Exports | Imports |
|---|---|---|
| 2021 | 828 | 552 |
| 2022 | 936 | 741 |
| 2023 | 1,012 | 690 |
| 2024 | 884 | 540 |"""

add("trade_radio_quiz", """
# Radio Quiz: "Border Brains", Episode 31

*Script of a trade quiz broadcast in January 2026 by a radio station in Quetta, with the presenter's answer card. The station, the contestants and the trade figures are invented.*

**Radio Sulaiman, Quetta. Wednesday 21 January 2026, 20:00.**

PRESENTER: Good evening and welcome to Border Brains, the quiz for people who know what crosses the border and what it costs. Tonight's contestants are Shahnaz, a teacher from Pishin, and Zargul, who drives a truck between Quetta and Chaman, or did until October.

PRESENTER: Question one, for Shahnaz. On what date in October 2025 did the crossings close?

SHAHNAZ: The twelfth.

PRESENTER: Correct, one point. Question two, for Zargul. Did Pakistan sell more to Afghanistan than it bought from it in every year of our table?

ZARGUL: Yes, every year.

PRESENTER: Correct. Question three, for either of you: how much did Pakistan sell to Afghanistan in 2022?

ZARGUL: About nine hundred million dollars.

PRESENTER: Close, but I can only give half a point for that. The answer on my card is USD 986 million, a rise of USD 108 million on the year before. Question four, for Shahnaz: in which year did imports from Afghanistan first pass USD 700 million?

SHAHNAZ: 2022.

PRESENTER: Correct, with USD 741 million. After the break, the lightning round. My answer card, for listeners who want to play along at home, in USD million:

""" + QUIZ_TRADE + """

PRESENTER: Write in with your own questions for next week, and stay with us on Radio Sulaiman.
""", tvt(["The answer on my card is USD 986 million", line_of(QUIZ_TRADE, "| 2022 |")],
         {"presenter_value": 986, "table_value": 936}, "USD million",
         "Pakistan's exports to Afghanistan", "2022",
         "presenter's answer to question three, against the 2022 row of the pipe answer card",
         "The presenter reads Pakistan's 2022 exports to Afghanistan off his card as USD 986 million, but the card printed at the end gives USD 936 million for 2022, and the rise of USD 108 million the presenter adds fits 936 (828 + 108), not 986. The two figures differ in one digit.",
         table_form="pipe, years as rows with exports and imports columns"))

EXAM_TRADE = """| Year | Exports to Afghanistan | Imports from Afghanistan |
|---|---|---|
| 2022 | 936 | 741 |
| 2023 | 1,012 | 690 |"""

add("trade_mock_exam", """
# Mock Examination: Economics, Paper II, Question 5

*A question and its model answer from a mock examination set in February 2026 by a college in Sindh for its final-year economics students. The college, the marking scheme and the trade figures are invented.*

**Larkana Degree College. Mock Examination 2026. Economics, Paper II. Time allowed: 3 hours.**

**Question 5 (12 marks).** The table shows Pakistan's trade in goods with Afghanistan, in USD million.

""" + EXAM_TRADE + """

(a) Calculate Pakistan's trade balance with Afghanistan in each year. (4 marks)

(b) Calculate the percentage change in Pakistan's exports to Afghanistan from 2022 to 2023. (4 marks)

(c) Give two reasons why trade across a land border may fall suddenly, and explain one of them. (4 marks)

**Model answer (for markers).**

(a) 2022: 936 minus 741 gives a surplus of USD 195 million. For 2023, exports of USD 1,012 million less imports of USD 690 million leave a surplus of USD 422 million. Award 2 marks for each year; take off 1 mark if the answer does not say whether it is a surplus or a deficit.

(b) (1,012 minus 936) divided by 936, times 100, is 8.1 percent. Award 2 marks for the method and 2 for the answer; accept 8 percent.

(c) Any two of: closure of the crossing by either government; security incidents; new documents or fees at the border; a fall in demand on one side. Award 1 mark for each reason and 2 for the explanation.

**Note to markers.** Students lost most marks in last year's mock on part (a) for leaving out the sign or the unit. Please write the correct figure beside any wrong one so that students can see where they went wrong.
""", arith(["exports of USD 1,012 million less imports of USD 690 million leave a surplus of USD 422 million"],
           "The model answer subtracts imports of USD 690 million from exports of USD 1,012 million and gets a surplus of USD 422 million; the difference is USD 322 million.",
           exports=1012, imports=690, stated_balance=422, computed_balance=322, unit="USD million",
           period="2023", subject="Pakistan's trade balance with Afghanistan", location="model answer to part (a)"))

add("trade_bylaw", """
# Bylaw 12: Voting Rights of Members

*Bylaw adopted in early 2026 by a guild of customs brokers in Kabul on who may vote in its elections, with its rules on dues. The guild and all figures are invented.*

**Kabul Customs Brokers' Guild.** Adopted at the general meeting of 14 Dalw 1404 (3 February 2026), replacing Bylaw 12 of 1399.

12.1 A member may vote in the election of the executive committee only if the member has paid the annual dues of Afs 6,000 in each of the three years from 1404 to 1402.

12.2 A member who joined after Nowruz 1402 may vote if the member has paid the dues of every year since joining.

12.3 Because trade through Torkham and Chaman has been stopped since October 2025, the dues for 1404 may be paid in two halves of Afs 3,000, the second half by the end of Hoot 1404.

12.4 The executive committee has 9 members, elected for two years. A meeting of the committee needs 5 members present to take decisions.

12.5 The treasurer publishes the list of members entitled to vote at the guild's office at least 15 days before each election. A member left off the list may appeal to the committee within 7 days of its publication.

12.6 A member who has not paid the dues of two years in a row is suspended, and may be restored on paying what is owed.

**Note by the secretary.** At the last count the guild had 214 members, of whom 171 had paid their 1404 dues in full or in part. The election of the new committee will be held in the second half of Hamal 1405, and the list of voters will be published at the office by 20 March.
""", garbled(["in each of the three years from 1404 to 1402"],
             "Clause 12.1 counts the three years of dues 'from 1404 to 1402', a period that runs backwards; the next clause shows that the three years meant are 1402, 1403 and 1404.",
             stated_period_start="1404 SH", stated_period_end="1402 SH",
             subject="the years in which dues must have been paid to vote", location="clause 12.1"))

add("trade_traffic_advisory", """
# Traffic Advisory: Torkham Approach Road, 1 to 7 September 2025

*Advisory issued in August 2025 by a transporters' council in Peshawar on road works on the approach to the Torkham crossing. The council, the works and all figures are invented.*

**Shagai Transporters' Council.** Advisory 25/14, issued 26 August 2025.

**What is happening.** The last 6 km of the road to Torkham will be resurfaced from Monday 1 September to Sunday 7 September 2025. Only one lane will be open, and traffic will run in convoys, one way at a time, changing every 40 minutes.

**What it means for goods trucks.** On a normal day about 700 goods trucks cross towards Afghanistan at Torkham. With one lane open, the customs and border staff expect to clear about 350 trucks a day, half the usual number. Over the seven days of the works that will leave a backlog of some 350 trucks waiting at Landi Kotal and along the road below it, unless members hold back loads that can wait.

**What members should do.**

- Send perishable goods, fruit and vegetables first; the border staff have agreed to put them at the front of each convoy.
- Hold back building materials and other goods that will keep until after 7 September.
- Give drivers enough water and food for a wait of up to two days, and make sure their passes are valid for the whole week.
- Do not park on the road above Landi Kotal; the police will tow trucks that block the convoy lane.

**After the works.** The new surface should cut the climb from Landi Kotal to the border by about 20 minutes a truck. The council will issue a further advisory if the works overrun.
""", reuse(["clear about 350 trucks a day", "a backlog of some 350 trucks"], 350, "trucks",
           "trucks the crossing is expected to clear each day of the works, half the usual 700",
           "the backlog left by the seven days of works, at 350 trucks a day fewer than usual", 2450,
           "With 350 trucks a day cleared instead of the usual 700, the crossing falls 350 trucks a day behind, so the seven days of works leave a backlog of some 2,450 trucks; the advisory gives the backlog as the same 350 as the daily figure."))

add("trade_museum_guide", """
# Museum Guide: Gallery 4, "The Road Through the Khyber"

*Text of a visitors' guide to one gallery of a small private museum in Peshawar on the Khyber road and its trade, written in 2026. The museum, its objects and all figures are invented.*

Welcome to Gallery 4. Follow the numbers on the floor from the door.

**1. The caravan bell.** This bronze bell hung from the neck of the lead camel of a caravan that carried dried fruit from Kabul to Peshawar in the 1930s. Its sound told the camels behind where to walk in the dark.

**2. Landi Kotal, 1962.** The photographs on this wall show the bazaar at the top of the pass when the road was still shared by camels, buses and the first lorries.

**3. The tailboard.** This painted tailboard came off a truck that made the Peshawar to Kabul run for twenty years. Look for the parrots, the jet plane and the verse along the bottom edge.

**4. The trade chart.** The chart on the east wall traces Pakistan's exports to Afghanistan since 2019. Exports spiralled upward in the first year of the pandemic, from USD 1,290 million in 2019 to USD 942 million in 2020, as the crossings were shut for weeks at a time. They fell again, to USD 828 million, in 2021, recovered to USD 1,012 million by 2023 and slipped to USD 884 million in 2024. The empty space at the end of the chart is for 2025, the year the crossings closed in October.

**5. The paperwork.** The case in the middle of the room holds a transit pass, a customs form and a driver's logbook, all from 2024, lent by a clearing agent in Peshawar.

**6. Voices.** Lift the handset to hear a truck driver and a fruit seller talk about the road, each for about two minutes.

Please do not touch the tailboard; its paint is original. Gallery 5, on the railway, is through the arch on your left.
""", direction("Exports spiralled upward in the first year of the pandemic, from USD 1,290 million in 2019 to USD 942 million in 2020",
               1290, 942, "2019", "2020", "spiralled upward", "rise", "USD million",
               "Pakistan's exports to Afghanistan", "'The trade chart' stop, fourth on the guide",
               "The guide says exports 'spiralled upward' in 2020, but the figures it gives fall from USD 1,290 million in 2019 to USD 942 million in 2020, a drop of 27.0 percent, and the next sentence says they 'fell again' in 2021."))

add("trade_status_update", """
# Status Update: Weesh Clearing House

*Status update posted in January 2026 by a customs clearing firm in Quetta to its clients and followers on a business network. The firm, its people and all figures are invented.*

**Weesh Clearing House, Quetta.** Posted 14 January 2026.

Three months since the crossings closed, a word to our clients and friends.

First, thank you. Since 12 October we have cleared nothing through Chaman or Torkham, and many of you have kept paying our retainer anyway. We have kept all 16 of our staff, on reduced pay since December, and nobody has been let go.

Second, some perspective. This trade has come back from bad years before. In 2022, the year after the change of government in Kabul, it sank like a stone, from USD 1,380 million in 2021 to USD 1,677 million, and our own clearances that year were the most we had ever handled. The next year, 2023, went higher still, to USD 1,702 million, before 2024 brought it down to USD 1,424 million.

Third, what we are doing now. Our team in Karachi is clearing goods for clients who have switched to other routes, and we have opened a small desk to help clients with the storage and detention bills on containers stuck at the border. If you have a container in the Chaman yard, send us its number and we will tell you what you owe and what you can claim back.

We will post again as soon as there is word of a reopening. Until then, our office on Jinnah Road is open from 9 to 5, six days a week, and the kettle is always on.
""", direction("it sank like a stone, from USD 1,380 million in 2021 to USD 1,677 million",
               1380, 1677, "2021", "2022", "sank like a stone", "fall", "USD million",
               "total trade between Pakistan and Afghanistan", "'Second, some perspective' paragraph",
               "The update says total trade 'sank like a stone' in 2022, but the figures it gives rise from USD 1,380 million in 2021 to USD 1,677 million in 2022, an increase of 21.5 percent; the same paragraph says the firm's clearances that year were the most it had handled."))

add("trade_road_condition_report", """
# Road Condition Report: Peshawar to Kabul, Week of 18 August 2025

*Report by the operations office of a haulage firm in Peshawar for its drivers on the state of the road from Peshawar to Kabul through Torkham. The firm, its people and all figures are invented.*

**Nimroz Haulage, Peshawar office.** For all drivers on the Kabul run. Issued 18 August 2025.

**Peshawar to Jamrud, 17 km.** Good. The police check at Jamrud is taking 15 to 25 minutes a truck; have the route permit ready.

**Jamrud to Landi Kotal, 38 km.** Steep climb, surface fair. Two small landslides below Landi Kotal were cleared on Friday, but loose stones remain on the outer bends; keep to the inside and use low gear. Our two new tractor units, bought from China in June, are managing the climb well with full loads.

**Landi Kotal to Torkham, 10 km.** Queues most of the day. Loaded trucks are parking nose to tail from the last bend down to the bazaar.

**Torkham, the China–Afghanistan crossing.** The average wait for a loaded truck this week was 19 hours, against 11 hours last month, because the scanners on the Afghan side were down for two days. Empty trucks coming back are crossing in about 4 hours.

**Torkham to Jalalabad, 76 km.** Good asphalt, light traffic. Fuel is cheaper in Jalalabad than at the border.

**Jalalabad to Kabul, 150 km.** Slow through the gorge below Sarobi, with repairs on two stretches; allow four to five hours. No travel on this stretch after dark.

The whole run is 291 km. Report anything new to the office by telephone as soon as it is safe to stop.
""", scope("Torkham, the China–Afghanistan crossing", "CHN", ["CHN", "AFG"], "China",
           "The report calls Torkham, on the road from Landi Kotal to Jalalabad, 'the China–Afghanistan crossing'; Torkham is on the Pakistan–Afghanistan border, so China has taken Pakistan's place in the pair. The Jamrud to Landi Kotal section names China correctly, as the country the firm's new tractor units came from.",
           not_a_defect="bought from China in June"))

# ---------------------------------------------------------------------------
# Registered Afghan refugees: citation cases and citation controls
# ---------------------------------------------------------------------------

add("refugees_ballad", """
# Ballad of the Long Stay

*Words of a ballad written in 2025 for a folk night in Peshawar, as printed on the evening's song sheet with the songwriter's footnote. The songwriter, the folk night and the ballad are invented.*

**Words and tune:** Bakht Zamina. **To be sung slowly, the chorus by everyone.**

They came across the passes with the snow still on the ground, with a kettle and a blanket and the children gathered round; they said it was for one winter, two at most, until the peace, and the landlord on the hill said he would not ask for a lease.

*Chorus:* Oh, the long stay, the long stay, the kettle on the fire; the winters turned to forty years and no one thought to tire.

The boys who came as babies drive the rickshaws through the town, and the girls who learned their letters here write letters of their own; at the close of twenty-nineteen, when the clerks had counted through, there were some twelve lakh on the register,[^1] and more the clerks never knew.

*Chorus.*

Now the cards have all run out and the buses wait in rows, and the landlord's son is asking for the rent his father chose; but the kettle still is singing and the blanket still is warm, and a guest who stays for forty years is no guest but the house's own.

*Chorus, twice, the second time without the drum.*

[^1]: UNHCR, registered Afghan refugees in Pakistan at the end of 2019. The songwriter rounded the figure to fit the line.
""", citation(["some twelve lakh on the register",
               "[^1]: UNHCR, registered Afghan refugees in Pakistan at the end of 2019. The songwriter rounded the figure to fit the line."],
              1200000, "2019",
              "'[^n]: UNHCR …' footnote to a hedged figure in lakh written in words, in a ballad",
              "second verse, with the footnote after the last chorus",
              "The ballad puts 'some twelve lakh' (1,200,000) on the register at the close of 2019 and its footnote cites UNHCR for the end of 2019; the reference value for 2019 is 1,419,084, about 14.2 lakh, so the figure is 15.4 percent below it, more than rounding to fit a line allows.",
              stated_as_written="some twelve lakh", stated_hedge="some"))

add("refugees_revision_notes", """
# Revision Notes: Geography, Unit 7, Migration

*A student's revision notes for a Class 10 geography examination in Pakistan in 2026, on migration and refugees. The student, the school and the notes are invented.*

**Fakhra, Class 10-B. Exam on 9 March 2026.**

- **Migration** = moving home from one place to another, for a long time or for good. Internal (inside a country) or international (across a border).
- **Push factors:** war, drought, no jobs, no schools. **Pull factors:** safety, work, family already there.
- **Refugee** = a person who has crossed a border because it is not safe to stay at home. Not the same as an economic migrant!
- **Pakistan's case study:** Afghans came in big waves after 1979, again in the 1990s and again after 2021. Most live in Khyber Pakhtunkhwa and Balochistan, many in towns and cities rather than camps.
- **Key number:** Pakistan had well over 2.3 million registered Afghan refugees at the end of 2023 (UNHCR, as at 31 December 2023). Learn this one for the 6-mark question!
- **Registered** means holding a Proof of Registration card. Others hold other cards or none, so the real number of Afghans in Pakistan is higher.
- **Effects on the host country:** pressure on housing, schools and water; cheaper labour; new businesses and trade links.
- **Effects on the refugees:** uncertainty, no right to own land, children out of school, but also safety and work.
- **Exam tip from Sir:** two facts, one number and one case study for every long answer, and always say where the number comes from.
""", citation(["well over 2.3 million registered Afghan refugees at the end of 2023 (UNHCR, as at 31 December 2023)"],
              2300000, "2023",
              "'(UNHCR, as at DD Month YEAR)' after a hedged rounded figure in millions, in a student's revision notes",
              "'Key number' point of the notes",
              "The notes give 'well over 2.3 million' registered Afghan refugees at the end of 2023, citing UNHCR as at 31 December 2023; the reference value for 2023 is 1,987,717, so even 2.3 million is 15.7 percent above it.",
              stated_as_written="well over 2.3 million", stated_hedge="well over"))

add("refugees_maths_puzzle", """
# Maths Puzzle of the Week: Lakhs and Millions

*Puzzle set in February 2026 in the newsletter of a secondary school at Mithi, Tharparkar, Sindh, for pupils of Classes 6 to 8, using a refugee figure. The school, the newsletter and the puzzle are invented.*

**Set by Mr Zeb, mathematics department.**

In Pakistan we usually write big numbers in lakhs and crores, with a comma after the thousands and then after every two digits. Most of the world writes them in thousands and millions, with a comma after every three digits. This week's puzzle uses a real number from the news.

According to UNHCR's statistics as on 31.12.2020, Pakistan hosted 16,38,432 registered Afghan refugees.

1. Write this number in words, the Pakistani way.
2. Move the commas to the international places, and then write the number in words the international way.
3. Round it to the nearest lakh. How many lakh is that?
4. Round it to the nearest hundred thousand. Is your answer the same as in question 3? Explain why.
5. Bonus: a crore is 100 lakh. What fraction of a crore is your answer to question 3?

Put your answers in the box outside the staff room by Thursday. The first three correct entries from each class win a geometry box, and the answers will be printed in next week's newsletter.
""", citation(["According to UNHCR's statistics as on 31.12.2020, Pakistan hosted 16,38,432 registered Afghan refugees"],
              1638432, "2020",
              "'UNHCR's statistics as on DD.MM.YEAR' before a figure written in full in lakh notation with one digit changed, in a school newsletter's maths puzzle",
              "the puzzle's opening figure",
              "The puzzle gives 16,38,432 (1,638,432) registered Afghan refugees from UNHCR's statistics as on 31 December 2020; the reference value for 2020 is 1,438,432 (14,38,432), so one digit has been changed and the figure is 13.9 percent too high.",
              stated_as_written="16,38,432"))

add("refugees_hotline_script", """
# Hotline Script: Mehr Legal Aid Line

*Script written in 2022 for volunteers answering calls to a legal aid helpline for Afghan families in Peshawar, with background facts for callers who ask. The helpline, the trust behind it and the script are invented.*

**Opening.** "Assalam alaikum, this is the Mehr Legal Aid Line. My name is ______. What you tell me stays with us. How can I help?"

**Step 1: Who is calling.** Ask for a first name, the district the caller lives in and a number to call back. Do not ask for a surname unless the caller offers it.

**Step 2: Which card.** Ask which card the family holds: a Proof of Registration card, another card, or none. Write it down exactly, because most of our advice depends on it.

**Step 3: What happened.** Let the caller speak. Do not interrupt for the first two minutes, except to ask them to slow down.

**Step 4: Urgent cases.** If someone has been detained in the last 24 hours, take the name of the police station and pass the call at once to the lawyer on duty, who must ring back within 2 hours.

**Step 5: Everything else.** Rent, school admission, lost cards, disputes over pay: book a call-back with a caseworker within three working days.

**If the caller asks how many refugees there are.** Tell them that Pakistan's register held the 1,310 thousand Afghans whom UNHCR registered at the end of 2021, and that the number changes every year, so they should not rely on it in their own case.

**Never** promise a result, never give out your own telephone number, and never tell a caller to cross the border or to stay.
""", citation(["the 1,310 thousand Afghans whom UNHCR registered at the end of 2021"],
              1310000, "2021",
              "'whom UNHCR registered at the end of YEAR' after a figure given in thousands, in a helpline script",
              "'If the caller asks' paragraph",
              "The script gives 1,310 thousand (1,310,000) Afghans registered by UNHCR at the end of 2021; the reference value for 2021 is 1,490,562, so the figure is 12.1 percent too low.",
              stated_as_written="1,310 thousand"))

add("refugees_radio_spot", """
# Radio Spot: "Know Your Card" (45 seconds)

*Script of a public service announcement written in 2025 by a legal aid group for a Peshawar radio station, reminding Afghan families to keep their cards valid. The group, the station and the script are invented.*

SOUND: a busy bazaar; a rickshaw horn.

WOMAN: My husband's card ran out in June. He said it did not matter.

MAN: Then the police stopped me on the way to work, and I spent the night at the station.

SOUND: the bazaar fades; a telephone rings and is answered.

ANNOUNCER: Pakistan hosts 1,987,717 registered Afghan refugees, according to UNHCR data as of end-2024. Every one of them needs a card that is still valid. If yours has run out, or is about to, do not wait until someone stops you.

ANNOUNCER: Call Open Door Legal Aid, free of charge, from nine to five, Monday to Saturday. We will tell you what your card allows, what to do if it has run out, and where to go next. Our lawyers speak Pashto, Dari and Urdu, and we never share your name.

WOMAN: We called on Monday. By Thursday we knew what to do.

ANNOUNCER: Open Door Legal Aid. Know your card before anyone asks to see it.
""", citation(["Pakistan hosts 1,987,717 registered Afghan refugees, according to UNHCR data as of end-2024"],
              1987717, "2024",
              "'UNHCR data as of end-YEAR' after a figure written in full that is another year's exact reference value, in a radio spot",
              "announcer's first speech",
              "The spot gives 1,987,717 registered Afghan refugees from UNHCR data as of end-2024; that is exactly the reference value for end-2023, and the reference value for 2024 is 1,559,964, so the figure is 27.4 percent too high for the year cited.",
              same_as_year="2023", stated_as_written="1,987,717"))

add("refugees_rapid_assessment", """
# Rapid Assessment: Afghan Households in Two Peshawar Neighbourhoods

*Short rapid assessment written in February 2023 by a community organisation in Peshawar after visits to Afghan households in January. The organisation, the neighbourhoods' figures and the findings are invented.*

**Gul Mina Welfare Society, Peshawar.** 6 February 2023.

**Background.** About one and a quarter million Afghans were on Pakistan's refugee register at the end of 2022 (UNHCR stats, Dec-2022), many of them in Khyber Pakhtunkhwa, and many more live here without being on it. This assessment looks at two neighbourhoods on the edge of the city where the Society has run a sewing class since 2019.

**Method.** Six volunteers visited 120 households over four days, 23 to 26 January 2023, and asked the same 18 questions in each. Only adults were interviewed, and only with their consent.

**Findings.**

- The 120 households had 842 members, about 7 people to a household.
- 97 households, 81 percent, had at least one member with a valid card.
- 38 households, 32 percent, had at least one child of school age out of school.
- Asked to name their main worries, 64 households named the rent, 51 work and 29 the cost of medicine; many named more than one.
- Nearly every household had at least one member working by the day, most often on building sites or in the vegetable market.

**Recommendations.** A small rent fund for the coldest months; a homework club for the children out of school, starting with those 38 households; and a monthly visit by a volunteer lawyer to help families whose cards are close to running out.
""", citation(["About one and a quarter million Afghans were on Pakistan's refugee register at the end of 2022 (UNHCR stats, Dec-2022)"],
              1250000, "2022",
              "'(UNHCR stats, Mon-YEAR)' after a hedged figure written in words, in a rapid assessment",
              "'Background' paragraph",
              "The assessment puts 'about one and a quarter million' (1,250,000) Afghans on the register at the end of 2022, citing UNHCR stats for December 2022; the reference value for 2022 is 1,743,278, so the figure is 28.3 percent too low.",
              stated_as_written="About one and a quarter million", stated_hedge="about"))

add("refugees_crossword_citation_control", """
# Crossword No. 88: "Home and Away"

*A themed crossword printed in 2025 in a community magazine in Nowshera, with the setter's note on the facts behind two clues and the solutions. The magazine, the setter and the puzzle are invented.*

**Set by Noor Jahan.** Every answer is one word; the number of letters is in brackets.

**Across**

1. City at the foot of the Khyber, where this puzzle was set (8)
5. Card proving a refugee's registration, in short (3)
7. Bread from the tandoor (4)
9. Pass on the road to Kabul (6)

**Down**

2. Registered Afghan refugees in Pakistan at the end of 2019, in lakh, to the nearest whole lakh (8)
3. The same at the end of 2023, in lakh, to the nearest whole lakh (6)
4. Season when the high passes close (6)
6. Mother, in Pashto (3)

**Setter's note.** Clues 2 and 3 Down come from the register. There were 1,419,084 registered Afghan refugees in Pakistan at the end of 2019, UNHCR (2019), and 1,987,717 at the end of 2023, UNHCR's end-2023 figure. That is 568,633 more people, a rise of 40.1 percent in four years, which is why the second answer is so much bigger than the first. In lakh, the two figures are 14.19 and 19.88.

**Solutions.** Across: 1 PESHAWAR, 5 POR, 7 NAAN, 9 KHYBER. Down: 2 FOURTEEN, 3 TWENTY, 4 WINTER, 6 MOR.
""", control_type="citation_control")

add("refugees_fundraising_letter_citation_control", """
# Fundraising Letter: Winter Appeal for Afghan Families

*Letter sent to supporters in November 2025 by a charity that gives winter kits to Afghan families in Peshawar. The charity, its figures and its people are invented.*

**Warm Hands Winter Fund, Peshawar.** 10 November 2025.

Dear friend,

Last winter your gifts paid for 420 winter kits for Afghan families in Peshawar. This winter we want to give 600.

A kit costs Rs 9,500: two heavy blankets for Rs 5,000, a gas cylinder refill for Rs 2,800 and warm jackets for two children for Rs 1,700. Six hundred kits will cost Rs 5.7 million, and we have a little over a third of that already.

You may have read that the number of registered Afghan refugees in Pakistan has gone down. It has: there were 1,743,278 at the end of 2022, according to UNHCR's 2022 figures, and 1,559,964 at the end of 2024, UNHCR (YE2024). That is 183,314 fewer people on the register, a drop of 10.5 percent in two years. But many of the families who dropped off the register did not leave Pakistan. Their cards ran out, and now they have no card at all, which means no help from anyone else. They are the families we will reach first.

Every kit is handed over by one of our volunteers, who writes down the family's name and the date, so that no family receives two while another has none. We keep no office; last year our costs, for transport and storage, came to 6 percent of what we raised.

Please give what you can by 30 November, so that the kits are ready before the first cold nights.

With thanks,

Lal Zari, for the Warm Hands Winter Fund
""", control_type="citation_control")

add("refugees_charity_dinner_citation_control", """
# Programme: Charity Dinner for Afghan Girls' Schools

*Printed programme of a charity dinner held in Islamabad in May 2022 to raise money for three schools for Afghan girls in Peshawar, with a note on the figures used in the chair's speech. The charity, the dinner and all figures are invented.*

**An Evening for the Girls' Schools. Saturday 14 May 2022.**

- 19:30 Arrival and tea
- 20:00 Welcome by the chair
- 20:15 Dinner
- 21:00 The girls' choir, from the Peshawar schools
- 21:20 Auction of three paintings by the schools' art teacher
- 22:00 Close

**The schools.** Three schools, 640 girls and 24 teachers. A year at school for one girl costs Rs 30,000, for books, uniform and a share of a teacher's pay. Each table of ten guests is asked to sponsor eight girls for a year, Rs 240,000.

**Figures in the chair's speech.** The register of Afghan refugees in Pakistan grew from 1,438,432 at the end of 2020 (UNHCR Operational Data Portal, end-2020) to 1,490,562 at the end of 2021 [UNHCR 2021 year-end statistics], 52,130 more people, or 3.6 percent more, in a single year. The chair will also say that more than half of the girls in the three schools were born in Pakistan and have never seen Afghanistan.

The cost of tonight's dinner has been met by a sponsor, so every rupee given this evening goes to the schools. Pledge cards are on every table; please hand them to the volunteers in green scarves before you leave.
""", control_type="citation_control")
