# Forty-third held-out set of synthetic documents ("heldout43").  Written from
# scratch after heldout42/, by a labeller session that had not opened dyad's
# implementation or history and had not seen any of its results.
# Every entry: name (topic slug, numbered later by build_heldout43.py), text,
# labels (list of defect dicts), control_type for controls.
# Registers not used before: a hammam (bathhouse) near Lahori Gate, Peshawar,
# that burned Afghan coal and had Afghan attendants; a sweet shop on Trench
# Road, Chaman, that sold jalebi, sohan halwa and barfi to wholesale buyers in
# Kandahar and Wesh; a gemstone-cutting workshop in Sikandarpura, Peshawar,
# that bought its rough from Afghan miners; a cricket academy on Pajjagi Road,
# Peshawar, with Afghan trainees; a pigeon loft and fanciers' club in Spin
# Karez, Quetta, whose best birds came from Kandahar; a fruit nursery at Tangi,
# Charsadda, that sold saplings to Afghan orchards; a coppersmiths' workshop in
# Murad Khani, Kabul, that sold its pots in Peshawar; an alfalfa farm at Takhta
# Pul, Kandahar, that sold hay to dairies in Quetta; and macro documents on the
# annual trade series, the closure and the register (a privilege motion, a
# skeleton argument, a price bulletin, a myth-buster, a debate transcript, a
# trade policy review, a letter from the editor, a statutory instrument, a
# news quiz, a peer review report, a country report, a habeas corpus
# petition, a select committee report, a demarche, a webinar panel
# discussion, a long read and a Substack post).
#
# Invented figures shared with earlier sets: annual trade series (README:
# exports 1,290 / 942 / 828 / 936 / 1,012 / 884 and imports 441 / 509 / 552 /
# 741 / 690 / 540 for 2019-2024, balances 849 / 433 / 276 / 195 / 322 / 344,
# totals 1,731 / 1,451 / 1,380 / 1,677 / 1,702 / 1,424); reference refugee
# series (1,419,084 / 1,438,432 / 1,490,562 / 1,743,278 / 1,987,717 /
# 1,559,964 for 2019-2024).
#
# New invented figures, consistent with the above:
#   Khilji Hammam, Lahori Gate, Peshawar (invented), founded 1961 by Haji
#     Zahoor Khilji, run by his grandson Gohar Khilji: baths sold 2023 41,600
#     (Rs 550 a bath, receipts Rs 22,880,000), 2024 44,900 (Rs 600, Rs
#     26,940,000), 2025 33,800 (7,100 at Rs 600 in January-February, 26,700 at
#     Rs 700 from March; Rs 22,950,000; -24.7 percent baths, -14.8 percent
#     receipts); attendants 13 at the end of 2024 (9 Afghan), 7 at the end of
#     2025 (2 Afghan); coal 2024 212 tonnes (all Afghan), 2025 174 (by quarter
#     62 / 31 / 24 / 57; Afghan 131, Cherat 43); Afghan coal Rs 38,000 a tonne,
#     Cherat coal Rs 47,500; customer survey of December 2025: 160 forms,
#     46 / 33 / 21 percent, 58 asking for hotter water.
#   Popalzai Sweets, Trench Road, Chaman (invented), opened 1988 by Haji
#     Mansoor Popalzai, run by his son Salman: sweets sold 2023 48,600 kg,
#     2024 52,300, 2025 39,700; to Afghan wholesale buyers 29,100 / 31,400 /
#     18,200 (2025 to 9 October), sold in Pakistan 19,500 / 20,900 / 21,500;
#     2025 by sweet: jalebi 14,600, sohan halwa 9,800, barfi 8,700, others
#     6,600; last Kandahar order (Nawroz Ishaqzai, memo of 8 October 2025):
#     jalebi 420 kg at Rs 760, sohan halwa 260 kg at Rs 1,650 (520 tins of
#     500 g), barfi 180 kg at Rs 1,300, 860 kg, Rs 982,200, advance Rs
#     500,000, balance Rs 482,200; recalled jalebi batch of 2 and 3 October
#     2025: 340 boxes, 210 sold in Chaman, 130 across the border; tin of sohan
#     halwa 500 g, Rs 950.
#   Hashmi Gem Cutters, Sikandarpura, Peshawar (invented), founded 1994 by
#     Saeed Hashmi, run by his daughter Mehwish with her brother Usman; Kabul
#     buyer Hashmat Balkhi since 2011: rough bought 2023 18,400 grams, 2024
#     21,200 (ruby 5,300, spinel 4,100, emerald 3,900, tourmaline 7,900), 2025
#     12,600 (3,200 / 2,500 / 2,100 / 4,800; -40.6 percent); stones cut 6,900
#     / 7,850 / 4,720; sales USD 162,000 / 186,000 / 118,500; 2024 sales to
#     Thai buyers 40 percent, Dubai 25, Pakistan 35; cutters 14 at the end of
#     2024 (9 Afghan), 8 at the end of 2025 (3 Afghan); partnership of 3
#     January 2026: capital Rs 30,000,000, shares 45 / 35 / 20 percent;
#     apprentice pay Rs 38,000 a month, Eid bonus half a month's pay (Rs
#     19,000); a Dubai parcel of 86 spinels (oval 48, cushion 26, round 12),
#     USD 9,460; agent's limit USD 25,000 a month, commission 3 percent.
#   Lodhi Cricket Academy, Pajjagi Road, Peshawar (invented), founded 2012 by
#     Iftikhar Lodhi, head coach Yasir Abbasi: trainees 2023 148 (96 Afghan,
#     52 Pakistani), 2024 172 (118 / 54), 2025 109 (41 / 68; -36.6 percent);
#     coaches 6 in 2024, 4 in 2025; fee Rs 3,500 a month for ten months (Rs
#     35,000 a season); 14 scholarships in 2025 (Rs 490,000); 2025 matches 29
#     (won 17, drew 3, lost 9); 23 old boys in Afghan provincial sides.
#   Mohammadzai Loft and Spin Karez Pigeon Club, Quetta (invented), loft of
#     Shakir Mohammadzai: birds 420 at the end of 2023, 465 at the end of 2024,
#     310 at the end of 2025; bought from Gulab Nazari of Kandahar 70 / 85 /
#     30; club members 2024 64 (27 Afghan), 2025 43 (34 Pakistani, 9 Afghan);
#     fee Rs 2,000; club tournament lofts 26 in 2024, 18 in 2025; Kandahar to
#     Quetta race of 20 October 2024: four lofts, 40 birds sent, 30 home on the
#     day; a pair of birds sold for Rs 48,000.
#   Gillani Fruit Nursery, Tangi, Charsadda (invented), founded 1985 by Syed
#     Manzoor Gillani, run by Fauzia and Tanveer Gillani: saplings sold 2023
#     64,000, 2024 71,500, 2025 38,200; to Afghan orchards 41,000 / 47,300 /
#     12,900, in Pakistan 23,000 / 24,200 / 25,300; 2025 by kind: peach 11,400,
#     plum 7,800, persimmon 6,100, apricot 8,300, citrus 4,600; Rs 220 a
#     sapling in 2025; workers 19 in 2024, 11 in 2025; an order of September
#     2025 for Hisarak: 3,100 saplings (peach 1,200, plum 800, persimmon 450,
#     apricot 650), Rs 682,000; running finance limit Rs 4,000,000 on stock
#     valued at Rs 10,000,000, markup 15 percent (Rs 600,000 a year on the full
#     limit), processing fee one percent (Rs 40,000).
#   Ghaznawi Coppersmiths, Murad Khani, Kabul (invented), founded 1938 by
#     Ustad Mirza Ghaznawi, master now Zmarai Ghaznawi: pieces made 2023
#     5,600, 2024 6,150, 2025 4,380 (-28.8 percent); to Peshawar 2,900 / 3,230
#     / 1,140, sold in Kabul 2,700 / 2,920 / 3,240; copper sheet from Pakistan
#     8,400 kg in 2024, 6,100 kg in 2025; nine craftsmen, apprentices five in
#     2024, three in 2025; large pot Afs 4,800, tray Afs 2,200, ewer Afs 3,100;
#     a hotel order of December 2025: 25 pots, 40 trays, 30 ewers, Afs 301,000.
#   Nasher Farm, Takhta Pul, Kandahar (invented), run by Paigham Nasher: 85
#     jeribs, 60 under alfalfa; hay bales (35 kg) sold 2023 24,600, 2024
#     27,900, 2025 16,300; to Quetta dairies 17,200 / 19,800 / 6,400 (2025
#     -67.7 percent), sold locally 7,400 / 8,100 / 9,900; Afs 260 a bale from
#     Quetta buyers, Afs 190 locally; workers 16 in 2024, 10 in 2025; 2,300
#     bales spoiled in November 2025 (Afs 437,000, Afs 393,300 after a 10
#     percent deductible); 25 jeribs sold in January 2026 at Afs 200,000 a
#     jerib, 60 kept.
#   Price bulletin of Afghan produce in Peshawar (rupees a kilo, 29 September
#     and 1 December 2025): pomegranates 380 / 640, grapes 300 / 540, raisins
#     950 / 1,380, dried apricots 1,100 / 1,650, tomatoes 90 / 210.
#   Raees Goods Transport (invented): 19 trucks held at Torkham from 12
#     October to 14 December 2025, 63 days, 1,197 truck-days at Rs 5,000.

HELDOUT43 = []
from heldout_labels import (  # noqa: F401
    PAIR, REFS, adder, arith, change_pct, citation, direction, garbled, line_of, parts_total, pdf_lines, scope, tvt,
    repeated, reuse,
)

add = adder(HELDOUT43)


# ---------------------------------------------------------------------------
# Khilji Hammam (invented): a bathhouse near Lahori Gate, Peshawar
# ---------------------------------------------------------------------------

add("hammam_customer_survey_control", """
# Khilji Hammam: What Our Bathers Told Us

*Summary of a customer survey at a hammam near Lahori Gate, Peshawar, typed up by its manager for the owner in December 2025. The hammam, its staff and all figures are invented.*

**To:** Gohar Khilji, owner
**From:** Tauseef Akhtar, manager
**Subject:** customer survey, first fortnight of December

Over the first fortnight of December every bather who paid at the counter was offered a short form, in Urdu or Pashto, and 160 forms came back, most of them from regulars who have bathed here for years.

**How was your bath?**

- Very good: 46 percent
- Good: 33 percent
- Poor: 21 percent

**What did bathers ask for?**

Hotter water in the hot room came first, on 58 forms; shorter waits on Friday mornings came next. Many regulars asked after the Afghan attendants. At the end of 2024 we had 13 attendants, nine of them Afghans; at the end of this year we have seven, and only two are Afghans. The men who went back to Jalalabad and Kunar took their skill with them, and the bathers notice it on the massage benches.

The water is cooler because of the coal. Until the crossings closed in October we burned Afghan coal at Rs 38,000 a tonne; the coal we now buy from Cherat costs Rs 47,500 a tonne and burns less hot, so the boiler needs more of it for the same heat.

**Our numbers for the year**

We sold 33,800 baths in 2025, against 44,900 in 2024, a fall of almost a quarter. The price of a bath has been Rs 700 since March.

**My suggestions**

- Keep the price where it is this winter.
- Let Malang, our senior Afghan attendant, train the new Pakistani attendants before he leaves in the spring.
- Ask bathers again in June, when the hot room matters less and the pool matters more.
""", control_type="control")

add("hammam_boiler_maintenance_log", """
# Boiler Maintenance Log, Khilji Hammam, 2025

*Pages from the boiler log of a hammam near Lahori Gate, Peshawar, typed out by the owner's nephew, with the coal table from the back page of the log. The hammam and all figures are invented.*

**The coal boiler: log kept by the fireman, Ayaz**

- 6 January: flue swept; the hot room reached its usual heat by dawn.
- 19 March: pump gland repacked; water off until noon.
- 27 June: firebox relined with new bricks; boiler cold for four days while the mortar set.
- 15 October: last load of Afghan coal shovelled in. The crossings have been shut since the twelfth, and the coal yard in the old city has none left to sell.
- 18 October: first lorry of Cherat coal. It burns faster and leaves more ash; the hot room is cooler by morning.
- 23 December: grate bars changed; the Cherat coal clinkers badly and the old bars had burned through.

**Coal burned in 2025 (from the back page)**

| Quarter | Afghan coal (tonnes) | Cherat coal (tonnes) | All coal (tonnes) |
|---|---|---|---|
| January–March | 62 | 0 | 62 |
| April–June | 31 | 0 | 31 |
| July–September | 24 | 0 | 24 |
| October–December | 14 | 43 | 57 |
| Total | 131 | 43 | 184 |

**Note by Gohar Khilji, owner**

In 2024 we burned 212 tonnes, all of it Afghan. The Cherat coal costs Rs 47,500 a tonne against Rs 38,000 for the Afghan, and we need more of it for the same heat, so the last quarter cost us far more than the year before. From now on the fireman is to weigh every lorry at the gate and write the weight in this log, and the clinker is to be raked out before the morning fire, not after it.
""", parts_total(["| Total | 131 | 43 | 184 |"],
                 {"January–March": 62, "April–June": 31, "July–September": 24, "October–December": 57},
                 184, "tonnes of coal", "2025", "coal burned by the Peshawar hammam's boiler",
                 "coal table on the back page of the boiler log, total row, last column",
                 "The quarters in the last column (62, 31, 24 and 57 tonnes) add to 174 tonnes, and so do the "
                 "Afghan and Cherat totals (131 + 43), but the total row gives 184.",
                 table_form="pipe, quarters as rows with Afghan, Cherat and all-coal columns and a total row"))

HAMMAM_TAX = pdf_lines([
    ["Year", "Baths sold", "Rate per bath (Rs)", "Receipts (Rs)"],
    ["2023", "41,600", "550", "22,880,000"],
    ["2024", "44,900", "600", "26,940,000"],
    ["2025", "33,800", "600 and 700", "22,950,000"],
])

add("hammam_tax_assessment_order", f"""
# Assessment Order, Tax Year 2025: Khilji Hammam

*Extract from an income tax assessment order on a Peshawar hammam, copied from the PDF sent to the owner; the table is given as the PDF's text comes out. The hammam, the officer and all figures are invented.*

**Taxpayer:** Gohar Khilji, proprietor, Khilji Hammam, Lahori Gate, Peshawar
**Assessing officer:** Owais Siddiqui, Inland Revenue, Peshawar

1. The taxpayer's return for tax year 2025 declares receipts from baths only; massage fees are paid to the attendants and are not the taxpayer's income. The figures declared for the last three years are:

{HAMMAM_TAX}

2. The taxpayer explains that baths sold fell from 47,900 in 2024 to 33,800 in 2025 because many Afghan bathers and attendants left Peshawar, and because the water was cooler after the crossings at Torkham and Chaman closed on 12 October and the hammam could no longer buy Afghan coal. The rate was Rs 600 a bath in January and February 2025 and Rs 700 from March.

3. I have checked the receipts against the counter book for eight sample weeks spread over the year and find them in order.

4. Receipts fell from Rs 26,940,000 in 2024 to Rs 22,950,000 in 2025, a fall of 14.8 percent. The expenses claimed, chiefly coal, wages, water and repairs to the boiler, are supported by bills and are accepted, save for a claim for a new pool lining, which is a capital cost and is disallowed.

5. The taxpayer may appeal against this order within 30 days of receiving it.
""", tvt(["baths sold fell from 47,900 in 2024", line_of(HAMMAM_TAX, "2024")],
        {"order_value": 47900, "table_value": 44900}, "baths", "baths sold by the Peshawar hammam", "2024",
        "assessment order, paragraph 2, against the PDF table's 2024 row",
        "The order's paragraph 2 gives 47,900 baths sold in 2024, but the declared figures in the table above it "
        "give 44,900 (which, at Rs 600 a bath, matches the Rs 26,940,000 of receipts).",
        table_form="PDF text extraction, years as rows with baths, rate and receipts columns"))

add("hammam_apology_notice", """
# An Apology to Our Bathers

*Notice pinned inside the door of a hammam near Lahori Gate, Peshawar, in December 2025; English version of the Urdu original. The hammam and all figures are invented.*

**Dear bathers,**

We owe you an apology. Since October the hot room has not been as hot as you are used to, and on some mornings the water from the brass taps has been barely warm. You have told us so, kindly and not so kindly, and you were right.

For more than sixty years this hammam has burned coal from Afghanistan. It came through Torkham on lorries to the coal yards of our city, and it burned hot and clean. Since the crossings closed on 12 October there has been none to buy. The coal we now bring from Cherat does not burn as hot, and it is dear: the price of a tonne has lessened from Rs 38,000 last year, for Afghan coal, to Rs 47,500 this winter for the coal from Cherat.

We have not raised the price of a bath, which stays at Rs 700. We have had the firebox relined and the flue swept again, and our fireman now lights the fire before the first call to prayer, so that the hot room is ready when the early bathers come.

We also miss the Afghan attendants who went home this year with their families. Seven attendants look after you now, and we are training new men as fast as we can. Be patient with them; they are learning a craft that takes years.

If the water is not hot enough, tell the man at the counter, and your next bath is free. We would rather lose a bath than lose a bather.

With thanks for your patience, and with our prayers that the road to Afghanistan opens soon,

*Gohar Khilji, on behalf of all of us at the Khilji Hammam*
""", direction("the price of a tonne has lessened from Rs 38,000 last year, for Afghan coal, to Rs 47,500 this winter",
               38000, 47500, "2024", "2025", "lessened", "fall", "rupees a tonne of coal",
               "price the Peshawar hammam pays for a tonne of coal", "apology notice, second paragraph",
               "The notice says the price of a tonne of coal has lessened, but it went from Rs 38,000 to Rs 47,500, "
               "a rise of 25 percent, as the notice's own complaint that the coal is dear implies.",
               from_period_as_written="last year", to_period_as_written="this winter"))


# ---------------------------------------------------------------------------
# Popalzai Sweets (invented): a sweet shop on Trench Road, Chaman
# ---------------------------------------------------------------------------

add("sweet_shop_thank_you_note", """
# A Thank-You Note to Our Buyers in Kandahar

*Note sent by a sweet shop in Chaman to its wholesale buyers across the border in December 2025, with the shop's record of their orders copied at the foot; English version of the Pashto. The shop, its buyers and all figures are invented.*

**Popalzai Sweets, Trench Road, Chaman**

To our friends and buyers in Kandahar, Wesh and the villages along the road,

Assalamu alaikum. My father, Haji Mansoor Popalzai, opened this shop in 1988 with a borrowed karahi and a sack of sugar, and from the first year his best customers came from your side of the border. This note is to thank you.

For thirty-seven years your orders crossed at Chaman every week, through heat and snow and more than a few closures. In 2024 you took 34,100 kg of our sweets, more than half of everything we made, and you paid on time even in the hard months. Your weddings, your Eids and your shops kept our confectioners at their pans.

Since the crossing was shut in October, the jalebi you ordered for the winter weddings has not been sent. We have kept our confectioners on, though fewer than before, and we now sell more over the counter in Chaman than ever, but it is not the same, and the shop is quiet in the afternoons when your trucks used to load.

When the gates open, your first order will go at last year's prices, and the sohan halwa will be on us. Until then, pray for us as we pray for you.

With respect,

Salman Popalzai

**Your orders with us (kg):** 2023 — 29,100; 2024 — 31,400; 2025, to 9 October — 18,200
""", tvt(["In 2024 you took 34,100 kg of our sweets", "2024 — 31,400"],
        {"note_value": 34100, "line_value": 31400}, "kilograms of sweets",
        "sweets bought from the Chaman shop by its wholesale buyers in Afghanistan", "2024",
        "thank-you note, third paragraph, against the one-line record of orders at its foot",
        "The note says its Afghan buyers took 34,100 kg of sweets in 2024, but the record of their orders at the "
        "foot of the same note gives 31,400 kg for 2024.",
        line_form="one line of years and kilograms at the foot of a note, separated by semicolons and dashes"))

add("sweet_shop_recall_notice", """
# Recall Notice: Jalebi Packed on 2 and 3 October 2025

*Notice printed in a Quetta newspaper and posted at a Chaman sweet shop in October 2025. The shop, the batch and all figures are invented.*

**POPALZAI SWEETS, TRENCH ROAD, CHAMAN: RECALL OF JALEBI**

Popalzai Sweets is recalling every box of jalebi packed on 2 and 3 October 2025. The boxes from this batch carry a red star stamped on the lid.

Some of the syrup for this batch was made with sugar from a sack that had been stored beside a drum of kerosene. Nobody has fallen ill, but the taste is wrong, and we do not sell what we would not give our own children.

**How many boxes are affected?**

We packed 340 boxes of a kilo each in the batch. Of these, 210 were sold over our counter in Chaman, and 130 went across the border to our wholesale buyers in Iran on the last trucks before the crossing at Chaman was closed.

**What to do**

- If you bought a box in Chaman, bring it back to the shop, opened or not, and take a fresh box or your money.
- Buyers across the border: please keep the boxes aside and do not sell them. We will replace them free of charge with your first order when the crossing opens.
- Shopkeepers in Quetta who bought from our buyers: the same applies; send word to us and we will settle with you.

**What is not affected**

Our sohan halwa, barfi and other sweets were made with sugar from another store and are not affected. Nor is the saffron in our sohan halwa, which comes from Iran and is kept under lock in the back room.

We are sorry for the trouble. Questions to Salman Popalzai at the counter, any day after the morning prayer.
""", scope("our wholesale buyers in Iran", "IRN", ["PAK", "IRN"], "Iran",
           "The boxes went across the border from Chaman on the last trucks before the crossing at Chaman closed; "
           "Chaman's crossing leads to Afghanistan (Kandahar), not Iran, so Iran stands where Afghanistan should. "
           "The saffron from Iran later in the notice is a correct mention.",
           not_a_defect="which comes from Iran"))

add("sweet_shop_cash_memo", """
# Cash Memo: Last Order for Kandahar

*A wholesale cash memo of a Chaman sweet shop for an order from Kandahar, typed out from the carbon copy, with the owner's note on the back. The shop, the buyer and all figures are invented.*

**POPALZAI SWEETS, Trench Road, Chaman**

**Cash memo**, 8 October 2025

**Buyer:** Nawroz Ishaqzai, sweet merchant, Kandahar

**Goods**

- Jalebi: 420 kg at Rs 760 a kg, Rs 319,200
- Sohan halwa: 260 kg at Rs 1,650 a kg, Rs 429,000, packed in tins of 500 g: 260 tins
- Barfi: 180 kg at Rs 1,300 a kg, Rs 234,000
- Total: 860 kg, Rs 982,200

**Received in advance:** Rs 500,000

**Balance on delivery:** Rs 482,200

**Transport:** loaded on the buyer's own truck at the shop, to cross at Chaman the next morning.

*Note on the back, in Salman Popalzai's hand:*

The truck crossed the next morning. Nawroz rang from Kandahar the day after to say the sweets had arrived safely and that the tins of sohan halwa were the best we had ever sent him. Within days the crossing was closed, and it has stayed closed.

He still owes the balance. He says he will pay when the crossing opens and he can send money across with a driver, and I believe him: in all the years he has bought from us he has never failed to pay.

This was our largest order of the year. The shop sold 39,700 kg of sweets in 2025 against 52,300 in 2024; our Afghan buyers took 18,200 kg of it, and without them the confectioners have less work and the shop is quiet after lunch.
""", reuse(["Sohan halwa: 260 kg", "500 g: 260 tins"], 260, "kilograms / tins",
           "kilograms of sohan halwa in the order", "tins of 500 grams the sohan halwa was packed in", 520,
           "The memo gives 260 both for the kilograms of sohan halwa and for the tins it was packed in; at 500 grams a "
           "tin, 260 kg fills 520 tins."))

add("sweet_shop_product_label", """
# Product Label: Popalzai Sohan Halwa

*The text of the printed label on a tin of sohan halwa from a Chaman sweet shop, front and back, as sold in the winter of 2025–26. The shop and all figures are invented.*

**Front**

POPALZAI SWEETS · TRENCH ROAD, CHAMAN · SINCE 1988

**Sohan Halwa**, the real thing. Net weight 500 g.

**Back**

**Ingredients:** sprouted wheat, milk, sugar, desi ghee, almonds, pistachios and saffron.

**How we make it:** by hand, in our own kitchen on Trench Road, in wide iron pans over a wood fire. Our confectioners stir each batch for six hours until it turns dark and the ghee rises, then press it with nuts and cut it while warm. Nothing is added to make it last longer.

**Our story:** Haji Mansoor Popalzai opened our shop in 1988. For most of the years since, more of our sohan halwa went across the border to Kandahar than was eaten in Chaman, and wedding guests from Kabul to Herat have tasted it. Last year we made 9,800 kg of sohan halwa. Last year we made 9,800 kg of sohan halwa. Since the crossing closed in October, all of it is for you, our customers in Pakistan.

**Storage:** Keep in a cool, dry place. Best eaten within 90 days of the date stamped on the lid. Once opened, keep the lid on and finish within a month.

**Nutrition per 100 g:** energy 480 kcal; sugar 45 g; fat 22 g.

**Price:** Rs 950 a tin.

Made in Pakistan. Halal. Contains nuts and milk.
""", repeated("Last year we made 9,800 kg of sohan halwa.", 2,
              "sohan halwa made by the Chaman sweet shop in 2025", "back of the label, \"Our story\"",
              "The sentence giving last year's output of sohan halwa is printed twice in a row on the label."))


# ---------------------------------------------------------------------------
# Hashmi Gem Cutters (invented): gemstone cutting, Sikandarpura, Peshawar
# ---------------------------------------------------------------------------

add("gem_cutters_partnership_deed", """
# Deed of Partnership: Hashmi Gem Cutters

*Main clauses of a partnership deed for a gemstone-cutting workshop in Sikandarpura, Peshawar, signed in January 2026, typed out from the stamp paper. The firm, its partners and all figures are invented.*

This deed of partnership is made at Peshawar on 3 January 2026 between Mehwish Hashmi and Usman Hashmi, daughter and son of the late Saeed Hashmi, both of Sikandarpura, Peshawar; and Hashmat Balkhi of Deh Mazang, Kabul, at present living in Peshawar.

**Background.** Saeed Hashmi founded the workshop in 1994 to cut ruby, spinel, emerald and tourmaline bought from Afghan miners. Hashmat Balkhi has bought rough for it in Kabul since 2011. In 2024 the workshop bought 21,200 grams of rough from Afghanistan and cut 7,850 stones; in 2025, with the crossings closed from October, it bought 12,600 grams and cut 4,720. The partners bring Hashmat Balkhi into the firm so that buying and cutting are in the same hands when the crossings open.

**Name and business.** The partners shall buy rough gemstones and cut, polish and sell them under the name Hashmi Gem Cutters, from the workshop in Sikandarpura.

**Capital.** The capital of the firm is Rs 30,000,000, brought in by the partners in the ratio of their shares.

**Shares in profit and loss.** Profits and losses shall be shared as follows: Mehwish Hashmi 45 percent; Usman Hashmi 35 percent; Hashmat Balkhi 25 percent.

**Duties.** Mehwish Hashmi shall manage the workshop and the cutters. Usman Hashmi shall keep the accounts and deal with buyers. Hashmat Balkhi shall buy rough ruby from Jegdalek, spinel from Kuh-i-Lal, emerald from Panjshir and tourmaline from Nuristan.

**Accounts and disputes.** The accounts shall be made up to the end of June each year. Disputes shall go first to the elders of the gem traders of Peshawar.

Signed by the partners in the presence of two witnesses.
""", arith(["Mehwish Hashmi 45 percent; Usman Hashmi 35 percent; Hashmat Balkhi 25 percent"],
           "The deed shares the firm's profits and losses 45, 35 and 25 percent among its partners, which adds to "
           "105 percent.",
           shares_pct={"Mehwish Hashmi": 45, "Usman Hashmi": 35, "Hashmat Balkhi": 25}, sum_pct=105,
           unit="percent of profits and losses", period="from 3 January 2026",
           subject="shares of the partners of the Peshawar gem-cutting firm",
           location="partnership deed, clause \"Shares in profit and loss\""))

add("gem_cutters_email_thread", """
# Email Thread: Parcels for Bangkok

*An email thread between a gemstone-cutting workshop in Peshawar and a dealer in Bangkok, January 2026, printed for the workshop's file. The workshop, the dealer and all figures are invented.*

**From:** Chanya Wongsa
**To:** Mehwish Hashmi
**Date:** 8 January 2026
**Subject:** Spinel and ruby for the spring show

Dear Mehwish,

Our customers are asking for Afghan spinel again this year, and the pinks you sent last spring sold out on the first morning of the show. Can you send the usual parcels before the show in March? We would like more this time, not less.

Best regards,
Chanya

**From:** Mehwish Hashmi
**To:** Chanya Wongsa
**Date:** 10 January 2026
**Subject:** Re: Spinel and ruby for the spring show

Dear Chanya,

Thank you, and I wish I had better news. Our rough comes from Afghan miners through our buyer in Kabul, and since the crossings at Torkham and Chaman were closed in October nothing has come across. Our cutting has inched higher: we cut 4,720 stones in 2025, against 7,850 in 2024, and most of the good spinel from Kuh-i-Lal went to Dubai before the closure. Several of our Afghan cutters have also gone home.

I can send you a parcel of spinel and a parcel of Jegdalek ruby, smaller than last year's, by the end of February. Our sales in 2025 were USD 118,500, against USD 186,000 in 2024, so every order matters to us, and I will not raise my prices for you.

Regards,
Mehwish

**From:** Chanya Wongsa
**To:** Mehwish Hashmi
**Date:** 13 January 2026
**Subject:** Re: Spinel and ruby for the spring show

Dear Mehwish,

Please send both parcels; we will take whatever you can cut. And please tell me as soon as the border opens, because my customers ask me about it every week.

Chanya
""", direction("Our cutting has inched higher: we cut 4,720 stones in 2025, against 7,850 in 2024",
               7850, 4720, "2024", "2025", "inched higher", "rise", "stones cut",
               "stones cut by the Peshawar gem-cutting workshop", "second email, first paragraph",
               "The email says the workshop's cutting has inched higher, but the stones it cut went from 7,850 in 2024 "
               "to 4,720 in 2025, a fall of 39.9 percent, as the rest of the email explains."))

add("gem_cutters_spec_sheet", """
# Spec Sheet: Parcel of Kuh-i-Lal Spinel

*The spec sheet sent with a parcel of cut spinel by a gemstone-cutting workshop in Peshawar to a buyer in Dubai, January 2026. The workshop, the parcel and all figures are invented.*

**Hashmi Gem Cutters, Sikandarpura, Peshawar**

**Parcel:** cut spinel for Dubai, winter shipment

- Stone: natural spinel, unheated, untreated
- Origin of rough: Kuh-i-Lal, Badakhshan, Afghanistan
- Rough: Kuh-i-Lal spinel bought in Kabul from 2025 to 2024, 6,600 grams in all, of which this parcel used 410 grams
- Stones in the parcel: 86 (oval 48, cushion 26, round 12)
- Total weight of cut stones: 131.5 carats
- Colour: pink to red, a few with a purple tone under lamp light
- Clarity: most eye-clean; stones with silk are marked on the list
- Cut: by hand in our workshop, on the laps our father set up
- Price for the parcel: USD 9,460, that is USD 110 a stone on average

**Note from the workshop**

Since the crossings at Torkham and Chaman were closed in October we have bought no new rough, and this is among the last parcels of Kuh-i-Lal spinel we can cut until they open. The stones were chosen to match the pinks you bought from us in 2024, when buyers in Dubai took a quarter of our sales.

Every stone is listed by weight and shape on the enclosed sheet, and each one can be returned within 30 days if it does not match its description. Please inspect the parcel when it arrives and sign the receipt for the courier.

With our thanks for your trust,

Mehwish Hashmi
""", garbled(["bought in Kabul from 2025 to 2024"],
             "The spec sheet says the rough was bought from 2025 to 2024, a period that runs backwards.",
             stated_period_start="2025", stated_period_end="2024",
             subject="Kuh-i-Lal spinel rough bought by the Peshawar workshop",
             location="spec sheet, line \"Rough\""))

add("gem_cutters_offer_letter", """
# Offer Letter: Apprentice Gem Cutter

*Letter from a gemstone-cutting workshop in Peshawar offering a place to an apprentice cutter, December 2025. The workshop, the apprentice and all figures are invented.*

**Hashmi Gem Cutters, Sikandarpura, Peshawar**

17 December 2025

Dear Fardin Amiri,

Following your trial week with us, I am pleased to offer you a place as an apprentice cutter, on the following terms.

**Start:** Monday 5 January 2026, at seven in the morning.

**Training:** You will train under our senior cutter, Ustad Mudassar, for four years: sawing and preforming in the first year, faceting after that, and the finest stones only when he says you are ready.

**Hours:** six days a week, with Friday off.

**Pay:** Rs 38,000 a month in the first year, rising each year with your skill.

**Eid bonus:** half a month's pay at each Eid, that is Rs 38,000 at Eid al-Fitr and again at Eid al-Adha.

**Tools:** the workshop provides the laps, the dop sticks, the loupe and your apron. You will be responsible for keeping them clean.

**Why we need you.** At the end of 2024 we had 14 cutters, nine of them Afghans from Kabul and Badakhshan. Most went back with their families this year, and we now have eight, of whom only three are Afghans. We cannot bring rough across the border until the crossings open, but when they do we will need trained hands, and we would rather train them ourselves.

**Your papers.** You told us that your Proof of Registration card has expired. We will write to the authorities on your behalf and help you with the papers, and you may bring your father to speak to us if he has any worries.

Please sign and return the enclosed copy by the end of the month. We look forward to working with you.

Yours sincerely,

Mehwish Hashmi, managing partner
""", reuse(["Rs 38,000 a month in the first year", "that is Rs 38,000 at Eid al-Fitr"], 38000, "rupees",
           "apprentice's pay a month in the first year", "Eid bonus of half a month's pay", 19000,
           "The letter gives Rs 38,000 both for a month's pay and for the Eid bonus it calls half a month's pay; half "
           "of Rs 38,000 is Rs 19,000."))

add("gem_cutters_power_of_attorney_control", """
# Special Power of Attorney: Buying Rough in Kabul

*A special power of attorney given by a gemstone-cutting firm in Peshawar to its buyer in Kabul, signed in January 2026; main clauses typed out. The firm, the attorney and all figures are invented.*

KNOW ALL MEN BY THESE PRESENTS that we, Hashmi Gem Cutters of Sikandarpura, Peshawar, acting through our managing partner Mehwish Hashmi, appoint Hashmat Balkhi of Deh Mazang, Kabul, as our attorney to do the following acts in Afghanistan in our name:

- to buy rough ruby, spinel, emerald and tourmaline from miners and dealers in Kabul, Jegdalek, Badakhshan, Panjshir and Nuristan, up to USD 25,000 in any calendar month;
- to have the rough sealed, weighed and carried to Peshawar by road through Torkham whenever the crossing is open;
- to sell in Kabul, at not less than its cost, any rough that cannot be carried to Peshawar within 90 days of purchase.

The attorney shall not spend more than USD 25,000 in any calendar month without our written consent, and shall keep a book of every purchase.

**Commission.** The attorney shall be paid a commission of 3 percent of the price of all rough bought under this power.

**Background.** In 2024 the attorney bought 21,200 grams of rough for the firm, from which the workshop cut 7,850 stones. Sales that year reached USD 186,000: buyers in Thailand took 40 percent, buyers in Dubai 25 percent and jewellers in Pakistan 35 percent. In 2025, with the crossings closed from October, purchases fell to 12,600 grams, a fall of 40.6 percent.

**Term.** This power lasts until the end of 2026 unless we revoke it sooner in writing.

Signed at Peshawar on 6 January 2026 by Mehwish Hashmi for Hashmi Gem Cutters, before two witnesses, and accepted by the attorney.
""", control_type="control")


# ---------------------------------------------------------------------------
# Lodhi Cricket Academy (invented): Pajjagi Road, Peshawar
# ---------------------------------------------------------------------------

add("cricket_academy_trial_notice_control", """
# Trial Notice: Under-16 Squad, 2026 Season

*Notice of selection trials posted at the gate of a cricket academy on Pajjagi Road, Peshawar, and on its page online, January 2026. The academy, its coaches and all figures are invented.*

**LODHI CRICKET ACADEMY, PAJJAGI ROAD, PESHAWAR**

**Open trials for the under-16 squad**

**When:** Sunday 18 January 2026, from nine in the morning

**Where:** the academy ground, Pajjagi Road

**Who may come:** boys born on or after 1 September 2010, from any school or club, Pakistani or Afghan. Bring your own whites, your own shoes and a birth certificate or school card.

**Why open trials this year**

For most of its life the academy has had more Afghan boys than Pakistani. This year many Afghan families have gone back across the border, and our numbers have fallen:

| Season | Afghan | Pakistani | Total |
|---|---|---|---|
| 2023 | 96 | 52 | 148 |
| 2024 | 118 | 54 | 172 |
| 2025 | 41 | 68 | 109 |

Trainees fell from 172 in 2024 to 109 in 2025, a fall of 36.6 percent. We want to fill those places again with keen boys from the city and from the camps, whoever they are.

**Fees:** Rs 3,500 a month, February to November. Fourteen boys had their fees paid by the academy in 2025, and we will again pay for boys who cannot.

**Coaching:** head coach Yasir Abbasi and three assistant coaches. The academy's founder, Iftikhar Lodhi, will watch the trials himself.

Many of our old boys now play for provincial sides in Afghanistan. We are proud of them, and we hope to see their younger brothers here again when the border opens.

Parents are welcome to watch from the pavilion. Tea will be served at the break.
""", control_type="control")

add("cricket_academy_award_citation", """
# Award Citation: Iftikhar Lodhi

*Citation read at a sports awards evening in Peshawar in December 2025, with the fact list printed under it in the programme. The academy, the awards and all figures are invented.*

**Award for Service to Youth Cricket: Iftikhar Lodhi**

Iftikhar Lodhi opened his cricket academy on Pajjagi Road in 2012 with a roller, a borrowed mat and a handful of boys from his own street. He had played first-class cricket for Peshawar as a left-arm spinner and wanted to give back to the game that had given him so much.

From the start he opened his nets to Afghan boys whose families had made their homes in Peshawar, and charged them the same fees as everyone else, or nothing at all when their fathers were out of work. In 2024, the academy's fullest year, 172 boys trained there, and 128 of them were Afghans. Some of them now play for provincial sides in Nangarhar, Kunar and Khost; others play club cricket in Peshawar and will, we hope, play for Khyber Pakhtunkhwa some day.

This year has been hard. Many of his Afghan boys have gone back across the border with their families, and the academy's numbers have fallen. Lodhi has kept every net open, paid the fees of boys who could not, and written letters for boys who wanted to keep playing on the other side.

For thirteen years of service to young cricketers on both sides of the border, the award for service to youth cricket goes to Iftikhar Lodhi.

**The academy in figures**

- Founded: 2012, Pajjagi Road, Peshawar
- Trainees in 2024: 172
- Afghan trainees in 2024: 118
- Trainees in 2025: 109
- Old boys playing for Afghan provincial sides: 23
- Coaches this season: 4
""", tvt(["and 128 of them were Afghans", "Afghan trainees in 2024: 118"],
        {"citation_value": 128, "list_value": 118}, "trainees", "Afghan trainees at the Peshawar cricket academy",
        "2024", "award citation, second paragraph, against the fact list printed under it",
        "The citation says 128 of the 172 trainees of 2024 were Afghans, but the fact list under it gives 118 "
        "Afghan trainees in 2024.",
        list_form="bulleted fact list printed under the citation"))

add("cricket_academy_match_programme", """
# Match Programme: Academy XI v Old Boys XI

*Programme for a farewell match at a cricket academy in Peshawar, 21 December 2025. The academy, the players and all figures are invented.*

**LODHI CRICKET ACADEMY**

**Academy XI v Old Boys XI**

Sunday 21 December 2025, ten o'clock start, Pajjagi Road ground. Twenty overs a side.

**Welcome from Iftikhar Lodhi, founder**

Since 2012 this academy has trained boys from both sides of the border between Sri Lanka and Afghanistan: Pakistani boys from Peshawar's schools and Afghan boys whose families made their homes here. Today's match is a farewell as well as a game. Most of the Old Boys XI are Afghans who learned their cricket on this ground and are leaving for Jalalabad and Khost with their families this winter. Some of them have already played for provincial sides over there, and we expect more to follow.

Play hard, play fair, and shake hands at the end. Whatever the result, every boy on this ground today is one of ours.

**The season in numbers**

- Trainees: 109 this year, against 172 in 2024
- Afghan trainees: 41 this year, against 118 in 2024
- Matches played by the academy's teams: 29 (won 17, drew 3, lost 9)

**Academy XI:** captain Junaid Farooqi; wicketkeeper Zeeshan Kazmi; the rest picked on the morning from this season's squad.

**Old Boys XI:** captain Nawid Samadi, who first came to our nets as a small boy; wicketkeeper Lutfi Hamidi; the rest as they arrive.

**Umpires:** the academy's coaches.

Tea will be served between innings by the parents' committee. Entry is free; there will be a collection at the gate for the scholarship fund, which paid the fees of boys from both communities this year.
""", scope("the border between Sri Lanka and Afghanistan", "LKA", ["LKA", "AFG"], "Sri Lanka",
           "The academy is in Peshawar and trains Pakistani boys from Peshawar's schools and Afghan boys; the border "
           "its boys come from both sides of is the Pakistan-Afghanistan border, so Sri Lanka stands where Pakistan "
           "should."))

add("cricket_academy_coaching_report", """
# End-of-Season Coaching Report, 2025

*Report by the head coach of a cricket academy in Peshawar to its founder at the end of the 2025 season. The academy, its coaches and all figures are invented.*

**To:** Iftikhar Lodhi, founder
**From:** Yasir Abbasi, head coach
**Date:** 30 November 2025

**Numbers.** We ended the season with 109 trainees, 41 of them Afghans, against 172 in 2024. Most of the Afghan boys who left went back across the border with their families during the summer; a few still write to me from Jalalabad. We had four coaches this year, two fewer than last year, and the younger boys felt it most in the nets.

**Cricket.** The academy's teams played 29 matches and won 17. Our spinners did well on the slow pitches of the autumn. Our fast bowlers need more work on their run-ups, and too many of our batsmen still play across the line.

**Fees and scholarships.** The fee stayed at Rs 3,500 a month for the ten months of the season, so a full season's fees come to Rs 35,000 a boy. We paid the fees of 14 boys, most of them Afghans whose fathers had lost work, which cost the academy Rs 35,000 in all. I think it was the best money we spent this year, and I hope we can do it again.

**The ground.** The outfield is in good shape, but the roller needs a new engine and the nets need new netting before the spring.

**Next season.** I suggest open trials in January for the under-16 squad, another net for the spinners, and another coach if the fees allow. I would also like to write to our old boys in Afghanistan and ask them to send us their younger brothers when the border opens.

Yasir Abbasi
""", reuse(["so a full season's fees come to Rs 35,000 a boy", "which cost the academy Rs 35,000 in all"], 35000,
           "rupees", "a full season's fees for one boy", "cost to the academy of the 14 scholarships", 490000,
           "The report gives Rs 35,000 both for a season's fees for one boy and for the cost of paying the fees of 14 "
           "boys; 14 seasons at Rs 35,000 cost Rs 490,000."))


# ---------------------------------------------------------------------------
# Mohammadzai Loft and Spin Karez Pigeon Club (invented): Spin Karez, Quetta
# ---------------------------------------------------------------------------

add("pigeon_club_rules_and_membership_form", """
# Spin Karez Pigeon Club: Rules and Membership Form, 2026

*The rules and membership form of a pigeon fanciers' club in Spin Karez, Quetta, as printed for 2026, with the secretary's note. The club, its members and all figures are invented.*

**Rules of the club**

1. The club is open to any fancier who keeps a loft in Quetta district and is proposed by a member.
2. The yearly fee is Rs 2,000, paid before the end of January.
3. Every bird that flies in a club tournament must wear the club's ring on its leg.
4. No member may sell a bird to another member during the tournament season, from April to August.
5. Disputes over flying times are settled by the club's judges, whose word is final.

**Secretary's note**

Our club was founded by fanciers from both sides of the border, and until this year more than a third of our members were Afghans. In 2024 we had 64 members, 27 of them Afghans. Since the returns began, and since the crossing at Chaman closed in October, most of our Afghan members have gone back to Kandahar with their birds, and the tournament this year had only 18 lofts against 26 the year before.

Those of us who remain will keep the club going. We ask every member to bring a new fancier to the club in 2026, and to help the Afghan members who are still here to keep their lofts.

**Members this year**

- Pakistani members: 34
- Afghan members: 9
- All members: 48

**Membership form**

Name of fancier: ____________

Father's name: ____________

Address of loft: ____________

Birds in the loft: ____________

Proposed by: ____________

Signature: ____________

Rafiullah Sulaimankhel, secretary, Spin Karez Pigeon Club
""", parts_total(["All members: 48"], {"Pakistani members": 34, "Afghan members": 9}, 48, "members", "2025",
                 "members of the Quetta pigeon club", "secretary's list \"Members this year\", line \"All members\"",
                 "The list gives 34 Pakistani and 9 Afghan members, 43 in all, but its last line gives 48 members.",
                 list_form="bulleted list of members by nationality with a line for all members"))

add("pigeon_loft_pedigree_card", """
# Pedigree Card: Sher Dil, Blue Chequer Cock

*The pedigree card of a high-flying pigeon kept in a loft in Spin Karez, Quetta, with the owner's notes on the back, January 2026. The loft, the birds and all figures are invented.*

**Mohammadzai Loft, Spin Karez, Quetta**

**Bird:** Sher Dil, cock, blue chequer, club ring on the left leg

**Hatched:** spring 2023, in this loft

**Sire:** Badshah, bought from Gulab Nazari of the Kandahar bird market; a long flyer of the old Kandahari blood

**Dam:** Shirin, bred in this loft from Kandahari parents

**Flying record**

- 2024 club tournament: 10 hours 55 minutes, fourth of 26 lofts
- 2025 club tournament: 11 hours 40 minutes, first of 18 lofts

**Notes on the back, by Shakir Mohammadzai**

Sher Dil's sire came from Kandahar, like most of the best blood in this loft. I bought 85 birds from Gulab Nazari in 2024 and 30 in 2025, the last of them a week before the crossing at Chaman was closed. Since then nothing has come over, and Gulab tells me on the telephone that his own loft is full of birds he cannot sell.

The loft shrank from 465 birds at the end of 2024 to 465 at the end of 2024, and I have had to sell birds I would rather have kept, because grain is dear and the young birds I used to send to Kandahar cannot go.

I will not sell Sher Dil. He flies highest in the heat of June, when the others come down, and he always comes home to this roof. His sons will go to my nephew in Kandahar when the border opens, so that the blood goes back where it came from.
""", garbled(["The loft shrank from 465 birds at the end of 2024 to 465 at the end of 2024"],
             "The note gives a change in the size of the loft whose start and end are the same value (465 birds) "
             "and the same date (the end of 2024).",
             start_value=465, end_value=465, start_period="2024", end_period="2024", unit="birds",
             subject="birds in the Quetta pigeon loft", location="notes on the back of the pedigree card, second paragraph"))

add("pigeon_loft_bill_of_sale", """
# Bill of Sale: A Pair of High Flyers

*Bill of sale for a pair of pigeons sold by a fancier in Quetta, written in the buyer's notebook and typed out, November 2025, with a note added by the buyer. The loft, the buyer, the birds and all figures are invented.*

I, Shakir Mohammadzai of Spin Karez, Quetta, have today sold to Mubashir Kiyani of Quetta a pair of high-flying pigeons:

- the cock Tor Baz, blue bar, hatched in 2022, of Kandahari stock;
- the hen Lal Pari, black, hatched in 2023, bred in my loft.

**Price:** Rs 48,000 for the pair, paid in full in cash today.

Both birds are sound and free of disease, and I give the buyer fifteen days to bring them back if either falls sick. After that the birds are his, with all their faults and all their virtues.

I sell them because I can no longer feed as many birds as I kept. The loft puffed up from 465 birds at the end of 2024 to 310 now, and with the crossing at Chaman closed since October I cannot send young birds to my buyers in Kandahar, who used to take most of them.

Signed: Shakir Mohammadzai, seller; Mubashir Kiyani, buyer.

Witness: Rafiullah Sulaimankhel, secretary, Spin Karez Pigeon Club.

Quetta, 22 November 2025.

*Note added by the buyer in December:*

Tor Baz came home to my roof every day this month, and Lal Pari has settled on her first nest. Shakir says the Kandahari blood flies longest in the heat, and that he would never have sold this pair in a good year. We will see in the tournament. I have promised him that if the border opens and he can buy from Kandahar again, he may have the first pair of their young for nothing.
""", direction("The loft puffed up from 465 birds at the end of 2024 to 310 now", 465, 310, "2024", "2025",
               "puffed up", "rise", "birds", "birds in the Quetta pigeon loft", "bill of sale, paragraph giving the reason for the sale",
               "The bill says the loft puffed up, but it went from 465 birds at the end of 2024 to 310, a fall of 33.3 "
               "percent, as the seller's reason for selling (he can no longer feed as many birds) implies.",
               to_period_as_written="now"))

add("pigeon_club_kandahar_race_results", """
# Race Results: Kandahar to Quetta

*The results sheet of a pigeon club in Quetta for its race from Kandahar, flown in October 2024, reprinted with a note a year later. The club, the lofts and all figures are invented.*

**Spin Karez Pigeon Club: First Turkmenistan–Pakistan Race**

Birds basketed at the club room in Spin Karez, carried by road through Chaman and released at Kandahar at dawn on 20 October 2024. The distance as the pigeon flies is about 210 km. The first bird home, Shakir Mohammadzai's cock Badshah, reached Spin Karez in 3 hours 52 minutes.

| Loft | Birds sent | Home on the day |
|---|---|---|
| Mohammadzai Loft | 14 | 11 |
| Sulaimankhel Loft | 10 | 8 |
| Kiyani Loft | 9 | 5 |
| Raisani Loft | 7 | 6 |
| Total | 40 | 30 |

The judges thank the club's Kandahari members, who met the truck at the border, fed and watered the birds overnight and released them at first light, and the drivers who carried the baskets both ways.

**Note, October 2025**

The race was not flown this year. The crossing at Chaman has been closed since the middle of October, and most of our Kandahari members have gone home; only 18 lofts flew in the club tournament, against 26 in 2024. We print last year's results so that members remember what the club can do when the road is open, and we hope to fly from Kandahar again next autumn.

Rafiullah Sulaimankhel, secretary
""", scope("First Turkmenistan–Pakistan Race", "TKM", ["TKM", "PAK"], "Turkmenistan",
           "The race was flown from Kandahar, through Chaman, to Quetta, so it crossed the Pakistan-Afghanistan "
           "border; the heading names Turkmenistan where Afghanistan should stand."))


# ---------------------------------------------------------------------------
# Gillani Fruit Nursery (invented): fruit saplings, Tangi, Charsadda
# ---------------------------------------------------------------------------

add("fruit_nursery_care_instructions_control", """
# Care Instructions for Your Fruit Saplings

*Leaflet given with every order by a fruit nursery at Tangi, Charsadda, in the winter of 2025–26; English version of the Urdu and Pashto. The nursery and all figures are invented.*

**Gillani Fruit Nursery, Tangi, Charsadda**

Thank you for buying from us. Your saplings were grafted in our beds at Tangi and lifted in the last week. Plant them within ten days, and keep the roots wrapped and damp until you do.

**Planting**

- Dig each pit 75 cm wide and 60 cm deep, and mix the soil you take out with well-rotted manure.
- Space peach and plum trees 5 metres apart, apricot trees 6 metres and persimmon trees 7 metres.
- Keep the graft union, the swelling near the foot of the stem, a hand's width above the soil.

**The first summer**

- Water every week from April until the monsoon, and every fortnight after it.
- Remove any shoot that grows from below the graft.

**Pruning**

Cut peach and plum back to knee height at planting to make an open bowl. Do not prune persimmon in its first year; let it make its own shape.

**About us**

The nursery was founded in 1985 by Syed Manzoor Gillani and is run today by his children, Fauzia and Tanveer. For forty years most of our saplings went to orchards in Afghanistan, in Nangarhar, Logar and Kandahar. Since the crossings closed in October we have sent none. At home, sales rose from 24,200 saplings in 2024 to 25,300 in 2025, and we thank the growers of Khyber Pakhtunkhwa and Punjab for them. Our persimmons are grafted on rootstock that a Swat grower first brought from China, and they thrive wherever apricots do.

If a sapling fails in its first season, bring back the label and we will replace it.
""", control_type="control")

add("fruit_nursery_complaint_letter", """
# Complaint Letter from an Orchard in Hisarak

*Letter from an orchard owner in Hisarak, Nangarhar, to a fruit nursery at Tangi, Charsadda, about his last order, November 2025; English version of the Pashto, with the order as he copied it. The orchard, the nursery and all figures are invented.*

To Fauzia Gillani, Gillani Fruit Nursery, Tangi, Charsadda

From Qais Akbari, Akbari Orchards, Hisarak, Nangarhar

Dear Madam,

For many years I have planted your saplings on my family's land in Hisarak, and I have always recommended your nursery to my neighbours. I write now with a complaint about my order of September, which reached me by truck through Torkham a few days before the crossings closed.

The order, as I paid for it:

| Kind | Saplings | Price (Rs) |
|---|---|---|
| Peach | 1,200 | 264,000 |
| Plum | 800 | 176,000 |
| Persimmon | 450 | 99,000 |
| Apricot | 650 | 143,000 |
| Total | 3,100 | 682,000 |

The peaches and plums were good, and the apricots have taken well. But of the 540 persimmon saplings I paid for, more than a hundred arrived with broken grafts, and I have counted 112 that will not grow. The driver says they were packed too tightly at the bottom of the load; I have photographs of them as they came off the truck, and I will send them with the next traveller.

I do not ask for my money back. I ask that you send 112 persimmon saplings with my next order, when the crossing opens, free of charge, and that you pack them on top of the load.

I know these are hard months for you as well as for us. Your saplings are in almost every orchard in Hisarak, and we want to keep buying from you.

Respectfully,

Qais Akbari
""", tvt(["of the 540 persimmon saplings I paid for", "| Persimmon | 450 | 99,000 |"],
        {"letter_value": 540, "table_value": 450}, "persimmon saplings",
        "persimmon saplings in the Hisarak orchard's order", "September 2025 order",
        "complaint letter, paragraph after the table, against the order table",
        "The letter speaks of 540 persimmon saplings paid for, but the order table it copies gives 450 "
        "(Rs 99,000, at the Rs 220 a sapling of every other row).",
        table_form="pipe, kinds of sapling as rows with saplings and price columns and a total row"))

add("fruit_nursery_sanction_letter", """
# Sanction Letter: Running Finance for a Fruit Nursery

*Letter from a bank branch in Charsadda sanctioning a running finance line for a fruit nursery at Tangi, December 2025; main terms typed out. The bank, the nursery and all figures are invented.*

**Date:** 16 December 2025

**To:** Gillani Fruit Nursery, Tangi, Charsadda (attention: Tanveer Gillani, partner)

Dear Sir,

With reference to your application of last month, we are pleased to inform you that the bank has sanctioned a running finance facility to your firm on the following terms and conditions.

- **Facility:** running finance
- **Limit:** Rs 4,000,000
- **Purpose:** to carry the nursery's stock of saplings and its wages until export orders from Afghanistan resume
- **Security:** hypothecation of the saplings in the nursery beds, valued by the bank's valuer at Rs 10,000,000; the limit is 40 percent of that value
- **Markup:** 15 percent a year on the amount used, payable quarterly; on the full limit, Rs 600,000 a year
- **Processing fee:** one percent of the limit, Rs 600,000, payable on acceptance
- **Expiry:** the end of December 2026, renewable on review

**Background, from your application.** In 2024 the nursery sold 71,500 saplings, 47,300 of them to orchards in Afghanistan. In 2025 it sold 38,200, of which only 12,900 went to Afghanistan before the crossings were closed in October. The facility is meant to carry you through this winter and the spring grafting season.

**Conditions.** The firm shall keep its stock register up to date, allow the bank's officer to inspect the beds at any time, and insure the nursery's buildings against fire.

Please sign and return the duplicate copy of this letter to accept the sanction.

Yours faithfully,

Afaq Satti, branch manager
""", reuse(["on the full limit, Rs 600,000 a year", "one percent of the limit, Rs 600,000"], 600000, "rupees",
           "a year's markup at 15 percent on the full limit of Rs 4,000,000",
           "processing fee of one percent of the limit", 40000,
           "The letter gives Rs 600,000 both for a year's markup at 15 percent on the Rs 4,000,000 limit (correct) and "
           "for the processing fee of one percent of the limit, which is Rs 40,000."))

add("fruit_nursery_succession_plan", """
# Succession Plan: Gillani Fruit Nursery

*Note written by the founder of a fruit nursery at Tangi, Charsadda, for his children and the family's lawyer, January 2026; English version of the Urdu. The nursery, the family and all figures are invented.*

I am Syed Manzoor Gillani. I founded this nursery in 1985 on land my father left me, and I am old enough now that my children should know what I intend, and hear it from me.

**Who runs what.** Fauzia will run the nursery: the grafting beds, the workers and the buyers. She has grafted since she was a girl and knows every tree in the beds. Tanveer will keep the books and deal with the bank, as he has done this winter.

**Shares.** The land, 14 acres, will go to them in equal halves. The business will be shared 60 percent to Fauzia and 40 percent to Tanveer, because she will carry most of the work.

**Where we stand.** For most of my life more than half our saplings went to Afghanistan. In 2024 we sold 71,500, of which 47,300 went to orchards in Nangarhar, Logar and Kandahar. In 2025 Afghan orders fell to 12,900, and the crossings have been shut since October. At home, sales abated from 24,200 saplings in 2024 to 25,300 in 2025, so our own growers cannot carry us alone.

**Workers.** We had 19 workers in 2024 and kept 11 this year. Keep them if you can; a good grafter takes years to train.

**My wishes.** Do not sell the persimmon beds, whatever the bank says. When the border opens, go to Nangarhar yourselves and visit our old buyers; Qais Akbari in Hisarak has never failed to pay. And keep the nursery's name, because the orchards across the border know it.

Syed Manzoor Gillani, Tangi
""", direction("sales abated from 24,200 saplings in 2024 to 25,300 in 2025", 24200, 25300, "2024", "2025",
               "abated", "fall", "saplings", "saplings sold in Pakistan by the Charsadda nursery",
               "succession plan, paragraph \"Where we stand\"",
               "The note says home sales abated, but they went from 24,200 saplings in 2024 to 25,300 in 2025, a "
               "rise of 4.5 percent."))


# ---------------------------------------------------------------------------
# Ghaznawi Coppersmiths (invented): Murad Khani, Kabul
# ---------------------------------------------------------------------------

add("coppersmiths_guidebook_entry", """
# Guidebook Entry: The Coppersmiths of Murad Khani

*Entry from a guidebook to the old city of Kabul, with its "at a glance" box, in the edition of 2026. The guidebook, the workshop and all figures are invented.*

**Ghaznawi Coppersmiths, Murad Khani**

Down a lane behind the old city's carved wooden houses, the hammering starts at dawn. The Ghaznawi family has worked copper here since 1938, when Ustad Mirza Ghaznawi came down from Ghazni with his hammers wrapped in a blanket. His grandson, Zmarai Ghaznawi, now runs the workshop with nine craftsmen and a few apprentices, and will show visitors how a flat sheet of copper becomes a cooking pot in an afternoon.

The workshop made 6,350 pieces in 2024, more than half of them for traders in Peshawar, who sold Kabul's pots, trays and ewers across Pakistan. Since the crossings closed in October those orders have stopped, and more of the work now goes to Kabul's own kitchens, to hotels and to the few visitors who find the lane.

Buy here rather than in the bazaar: prices are fixed and fair, and the metal is heavier. A large cooking pot costs Afs 4,800 and a tray Afs 2,200. For a small charge the workshop will engrave a name or a verse on anything you buy, and it will pack it well enough for a long journey.

Come in the morning, when the fires are lit and the lane is loud, and ask before you take photographs; the older craftsmen do not like them.

| At a glance | |
|---|---|
| Founded | 1938 |
| Master | Zmarai Ghaznawi |
| Pieces made in 2024 | 6,150 |
| Pieces made in 2025 | 4,380 |
| Craftsmen | 9 |
| Open | Saturday to Thursday, dawn to dusk |
""", tvt(["The workshop made 6,350 pieces in 2024", "| Pieces made in 2024 | 6,150 |"],
        {"guide_value": 6350, "table_value": 6150}, "pieces of copperware",
        "pieces made by the Kabul coppersmiths' workshop", "2024",
        "guidebook entry, second paragraph, against its \"at a glance\" box",
        "The entry says the workshop made 6,350 pieces in 2024, but its own \"at a glance\" box gives 6,150 for "
        "2024.",
        table_form="pipe, a two-column \"at a glance\" box of facts"))

add("coppersmiths_walking_tour_script", """
# Walking Tour Script: The Coppersmiths' Lane

*Script for a guide leading a walking tour of Kabul's old city: the stop at a coppersmiths' workshop in Murad Khani, 2025. The tour, the workshop and all figures are invented.*

**Stop: the coppersmiths' lane (about fifteen minutes)**

[Guide stops the group in the lane, outside the Ghaznawi workshop. Wait until the hammering pauses before you speak.]

"Listen. That hammering is the oldest sound in this part of Kabul. The Ghaznawi family has beaten copper in this lane since 1938, and the master today, Zmarai Ghaznawi, is the third of his family to run the workshop.

"The old men here will tell you that for most of those years this lane lived from the trade between Afghanistan and Nepal. The finished pots went down the Khyber Pass to the bazaars of Peshawar, and the copper sheet came back up from the rolling mills of Lahore on the same trucks.

"In 2024 the workshop made 6,150 pieces, and 3,230 of them went to Peshawar. This year, with the crossings closed since October, only 1,140 went before the closure, and Zmarai now sells more here in Kabul than ever before: 3,240 pieces this year."

[Invite the group into the workshop. Ask before photographs; the older craftsmen do not like them.]

"Zmarai will show you how a tray is raised from a flat sheet. It takes about two hours of hammering, and he will tell you that the secret is in the rhythm, not the strength. The prices on the wall are fixed: a tray costs Afs 2,200."

[If anyone buys, let them pay the workshop directly; the tour takes no commission.]

[Time check: move on to the carved houses at the end of the lane, where tea is waiting.]
""", scope("the trade between Afghanistan and Nepal", "NPL", ["AFG", "NPL"], "Nepal",
           "The lane's pots went down the Khyber Pass to Peshawar and its copper sheet came from Lahore, so the trade "
           "it lived from was with Pakistan; Nepal stands where Pakistan should."))

COPPER_JOB = pdf_lines([
    ["Item", "Pieces", "Price each (Afs)", "Amount (Afs)"],
    ["Large cooking pots", "25", "4,800", "120,000"],
    ["Trays", "40", "2,200", "88,000"],
    ["Ewers and basins", "30", "3,100", "93,000"],
    ["Total", "95", "-", "310,000"],
])

add("coppersmiths_job_card", f"""
# Job Card: Order for a Kabul Hotel Kitchen

*Job card of a coppersmiths' workshop in Murad Khani, Kabul, for an order from a hotel kitchen, December 2025, copied from the PDF the workshop's clerk prints. The workshop, the hotel and all figures are invented.*

**Ghaznawi Coppersmiths, Murad Khani: job card**

**Customer:** kitchen of a hotel on Jada-e Maiwand, Kabul

**Ordered:** 3 December 2025. **Due:** the end of January 2026.

**Master in charge:** Zmarai Ghaznawi

{COPPER_JOB}

**Notes**

Copper sheet: about 210 kg from our stock, bought from Pakistan before the closure. We have enough sheet left for about two months of work, and none is coming: in 2025 we bought 6,100 kg of sheet, against 8,400 kg in 2024, and nothing since October.

Tinning: every pot and ewer to be tinned thickly inside, as the hotel cooks with tamarind and lemon.

Engraving: the hotel's name on every tray, in Dari and English.

Advance received: Afs 150,000, the rest on delivery.

The hotel's cook came himself to choose the shapes and asked for the heavier gauge for the pots. He says the hotel used to buy its copper in Peshawar and will buy from us from now on.
""", parts_total([line_of(COPPER_JOB, "Total")],
                 {"Large cooking pots": 120000, "Trays": 88000, "Ewers and basins": 93000}, 310000, "afghanis",
                 "December 2025 order", "amounts on the Kabul coppersmiths' job card for a hotel order",
                 "job card table, total row, amount column",
                 "The amounts of the three items (Afs 120,000, 88,000 and 93,000) add to Afs 301,000, but the total row "
                 "gives Afs 310,000.",
                 table_form="PDF text extraction, items as rows with pieces, price and amount columns and a total row"))

add("coppersmiths_apprentice_indenture", """
# Indenture of Apprenticeship: Ghaznawi Coppersmiths

*Agreement binding an apprentice to a master coppersmith in Murad Khani, Kabul, signed in the autumn of 2025; English version of the Dari. The workshop, the families and all figures are invented.*

This indenture is made in Kabul on 28 September 2025 between Zmarai Ghaznawi, master coppersmith of Murad Khani ("the master"), and Mateen Karimi, a boy of fifteen, with the consent of his father, Zafar Karimi, a porter in the old city ("the apprentice").

**What the master promises.** The master shall teach the apprentice the whole craft of the coppersmith: cutting, raising, planishing, tinning and engraving. He shall give the apprentice his midday meal on working days.

**Wages.** The apprentice shall be paid Afs 3,000 a month in his first year. The apprentice shall be paid Afs 3,000 a month in his first year. His wage shall rise by Afs 500 a month in each year after that, as long as his work is good.

**What the apprentice promises.** The apprentice shall serve the master faithfully for four years, come to the workshop at sunrise, keep the master's tools clean and sharp, and not work for any other coppersmith while this indenture lasts.

**Why now.** The workshop had five apprentices in 2024 and has three today; several boys left with their families, and others went to work on the roads. In 2024 the workshop made 6,150 pieces and sent more than half to Peshawar. This year, with the crossings shut since October, it will make far fewer, but the master wishes the craft to continue in the lane, and the boy's father wishes his son to have a trade.

**Ending the indenture.** Either side may end this indenture with a month's notice before the elders of the lane, who shall settle any dispute.

Signed by the master, by the apprentice and by his father, before the witnesses.
""", repeated("The apprentice shall be paid Afs 3,000 a month in his first year.", 2,
              "first-year wage of the Kabul coppersmiths' apprentice", "indenture, clause \"Wages\"",
              "The sentence fixing the apprentice's first-year wage is written twice in a row in the wages clause."))

add("coppersmiths_last_will_control", """
# Last Will of Zmarai Ghaznawi

*The will of a master coppersmith of Murad Khani, Kabul, written in December 2025 and witnessed at the workshop; English version of the Dari. The workshop, the family and all figures are invented.*

In the name of God, the Most Gracious, the Most Merciful.

I, Zmarai Ghaznawi, master coppersmith of Murad Khani, Kabul, being of sound mind, make this my last will.

**The workshop.** The workshop founded by my grandfather, Ustad Mirza Ghaznawi, in 1938 shall pass to my children as follows: to my sons, Mohibullah and Sarwar, 40 percent each, and to my daughter, Zarlasht, 20 percent. My sons shall run it together, and my daughter shall have her share of the profit every year at Nowruz.

**My tools.** My own hammers and stakes go to Mohibullah, who has the strongest arm; my engraving tools go to Sarwar, who has the steadiest hand.

**Money owed to me.** Mushtaq Sethi of Peshawar owes the workshop Afs 172,500 for pots sent before the crossings closed. My heirs shall collect it when the road opens and shall not charge him for the delay.

**Figures for my heirs.** In 2024 the workshop made 6,150 pieces, of which 3,230 went to Peshawar and 2,920 were sold in Kabul. In 2025 it made 4,380, a fall of 28.8 percent; only 1,140 went to Peshawar before the crossings closed, and 3,240 were sold here. Should the road to Peshawar stay closed, my sons may buy copper sheet from Uzbekistan through Hairatan, as others in the lane now do, but they should not forget our buyers in Peshawar.

**Charity.** A tenth of the workshop's profit in the year of my death shall go to the poor of Murad Khani.

Written at the workshop on 14 December 2025 and witnessed by the elders of the lane.
""", control_type="control")


# ---------------------------------------------------------------------------
# Nasher Farm (invented): alfalfa hay, Takhta Pul, Kandahar
# ---------------------------------------------------------------------------

add("alfalfa_farm_radio_weather_forecast", """
# Farm Radio: Weather Forecast and Growers' Segment

*Script of a morning programme on a Kandahar farm radio station, 6 January 2026: the weather forecast and a growers' segment; English version of the Pashto. The station, the farm and all figures are invented.*

**Presenter:** Good morning to the growers of Kandahar. First, the weather.

**Weather forecast:** Cold and clear across the province today. Night frost in Takhta Pul, Arghandab and Daman, with temperatures down to minus four degrees before dawn, and daytime highs of eleven degrees in the city. A light wind from the north-west. No rain is expected before Saturday; there is a chance of rain, and of snow on the hills, on Sunday night.

**Presenter:** Alfalfa growers, keep your last bales covered. The frost will take the colour out of any hay left in the open, and the buyers will notice.

**Presenter:** In our growers' segment this week we talked to Paigham Nasher, who grows alfalfa on 60 jeribs at Takhta Pul and for years sold most of his hay to dairies in Quetta.

**Paigham Nasher:** Before the closure the trucks came every week from Chaman, and the Quetta buyers paid well. In 2024 I sold 19,800 bales to Quetta. In 2025 only 6,400 went before the crossing shut in October. Sales to Quetta fell 58 percent. The rest of my hay I sell here, in Kandahar, but the price is lower: Afs 190 a bale, against Afs 260 from the Quetta buyers.

**Presenter:** And this winter?

**Paigham Nasher:** I have kept ten of my sixteen workers. The alfalfa is resting under the frost now. If the border opens by spring, my first cutting will go to Quetta again; if not, I will feed more of it to my neighbours' cattle and hope they can pay.

**Presenter:** Our thanks to Paigham Nasher. The market prices for wheat, onions and hay follow after the news.
""", arith(["Sales to Quetta fell 58 percent"],
           "The grower says his sales to Quetta fell 58 percent, but from 19,800 bales in 2024 to 6,400 in 2025 is a "
           "fall of 67.7 percent.",
           **{"from": 19800, "to": 6400, "from_period": "2024", "to_period": "2025",
              "stated_change_pct": -58, "computed_change_pct": change_pct(19800, 6400),
              "as_written": {"stated_change_pct": "fell 58 percent"}, "unit": "bales of hay",
              "subject": "alfalfa hay bales sold to Quetta dairies by the Takhta Pul farm",
              "location": "growers' segment of the farm radio script, the grower's first answer"}))

add("alfalfa_farm_crop_insurance_claim", """
# Crop Insurance Claim: Nasher Farm, Takhta Pul

*Claim form filed by an alfalfa grower in Takhta Pul, Kandahar, under a growers' crop insurance scheme, November 2025, with the scheme officer's note; English version of the Pashto. The scheme, the farm and all figures are invented.*

**Takhta Pul Growers' Crop Insurance Scheme: claim form**

- Name of grower: Paigham Nasher
- Farm: Nasher Farm, Takhta Pul district, Kandahar; 85 jeribs, of which 60 are under alfalfa
- Crop insured: alfalfa hay, in bales of 35 kg
- Cause of loss: the crossing at Chaman was closed in October, so that hay sold to dairies in Quetta could not be delivered; it stood in stacks in the fields, and 2,300 bales were spoiled by the rain of early November.
- Bales lost: 2,300
- Insured value: Afs 190 a bale, the local price; Afs 437,000 in all
- Bales sold to Quetta dairies in the last three seasons (2025 to 2023): 43,400
- Declaration: I declare that the above is true and that no part of this loss has been paid by anyone else.

Signed: Paigham Nasher, 24 November 2025

**Note by the scheme officer**

I visited the farm on 27 November and counted the spoiled bales in the presence of the grower and the village elder. The count agrees with the claim. The bales are black at the core and not fit even for bedding.

The scheme does not cover the loss of a market, only the loss of the crop itself, so the grower's lost sales to Quetta cannot be paid. The spoiled bales are covered, because the rain damaged them. I recommend payment of Afs 437,000 less the scheme's deductible of 10 percent, that is Afs 393,300, to be paid before the end of December.

The grower asks whether the scheme could cover hay that cannot be sold because a border is closed; I have passed the question to the committee.
""", garbled(["(2025 to 2023): 43,400"],
             "The claim form gives the grower's sales to Quetta over a period written from 2025 to 2023, which runs "
             "backwards.",
             stated_period_start="2025", stated_period_end="2023",
             subject="alfalfa bales sold to Quetta dairies by the Takhta Pul farm",
             location="claim form, line on bales sold to Quetta dairies"))

add("alfalfa_farm_school_essay", """
# School Essay: My Father's Farm

*Essay written by a boy in class five at a school in Takhta Pul, Kandahar, December 2025, and read out on a farm radio programme; English version of the Pashto. The family, the farm and all figures are invented.*

**My Father's Farm**, by Khaleel Nasher, class five

My father is Paigham Nasher. He grows alfalfa at Takhta Pul, on the road from Kandahar to the border. Our farm has 85 jeribs, and most of it is green all summer.

Alfalfa is a good crop, my father says, because you can cut it again and again, and it makes the soil better for the wheat. In the summer I help to tie the bales. Each bale weighs 35 kg. I cannot lift them yet, but my big brother can, and he throws them onto the truck like pillows.

Most of our hay used to go to Quetta, to feed the cows of the big dairies there. The trucks came from Chaman every week, and when they came my father was happy and bought meat for dinner.

In 2024 we sold 27,900 bales. This year our bales ascended to 16,300, because the border was closed in October and the trucks stopped coming. Now the bales stand in the fields under plastic sheets, and some of them went black in the rain.

My father had sixteen workers. Now he has ten. The ones who left have gone to Kandahar city to look for work, and my cousin drives a rickshaw.

When I grow up I want to drive a truck to Quetta with our hay, and come back with sugar and tea for my mother. My teacher says that the border will open again, because people on both sides need each other. I hope she is right, because the cows in Quetta must be hungry.
""", direction("In 2024 we sold 27,900 bales. This year our bales ascended to 16,300", 27900, 16300, "2024", "2025",
               "ascended", "rise", "bales of hay", "alfalfa bales sold by the Takhta Pul farm",
               "school essay, fifth paragraph",
               "The essay says the farm's bales ascended, but they went from 27,900 in 2024 to 16,300 in 2025, a fall "
               "of 41.6 percent, as the essay's own reason (the closed border) shows.",
               to_period_as_written="This year"))

add("alfalfa_farm_sale_deed", """
# Sale Deed: Part of Nasher Farm, Takhta Pul

*Deed of sale of farmland at Takhta Pul, Kandahar, drawn up before the district court's deed writer, January 2026; main terms in English. The parties, the land and all figures are invented.*

This deed of sale is made at Kandahar on 11 January 2026 between Paigham Nasher, owner of Nasher Farm, Takhta Pul ("the seller"), and Noman Nawabi, trader, of Kandahar city ("the buyer").

**The land.** The seller owns 85 jeribs of irrigated land at Takhta Pul, known as Nasher Farm, with a share of the water of the village canal.

**What is sold.** The seller sells to the buyer 25 jeribs of it, on the western side along the canal, with the water right that belongs to them.

**What is kept.** The seller keeps the remaining 25 jeribs, with the house, the alfalfa fields and the well.

**Price.** The price is Afs 200,000 a jerib, Afs 5,000,000 in all, paid in full in cash on the signing of this deed, the receipt of which the seller acknowledges.

**Why the seller sells.** The seller's hay went for many years to the dairies of Quetta. After the crossing at Chaman was closed in October 2025, his sales to Quetta fell from 19,800 bales in 2024 to 6,400 in 2025, and he sells part of his land to pay his debts and keep his workers.

**Boundaries of the land sold.** On the north, a neighbour's vineyard. On the west, the village canal. On the south, the road to the mosque. On the east, the land kept by the seller.

**Possession.** The buyer takes possession on the signing of this deed. The seller shall remove his bales from the land sold before the spring cutting.

Signed by the seller and the buyer before the deed writer and two witnesses of the village.
""", reuse(["sells to the buyer 25 jeribs", "keeps the remaining 25 jeribs"], 25, "jeribs",
           "land sold to the buyer", "land kept by the seller out of his 85 jeribs", 60,
           "The deed gives 25 jeribs both for the land sold and for the land the seller keeps; of 85 jeribs, 25 sold "
           "leaves 60."))


# ---------------------------------------------------------------------------
# Trade, the closure and the courts (parliamentary, legal, news, policy)
# ---------------------------------------------------------------------------

add("national_assembly_privilege_motion_trade", """
# Privilege Motion: Statement on Trade with Afghanistan

*Text of a question of privilege moved in the National Assembly of Pakistan in November 2025, with the member's short speech; the member and the motion are invented, and the trade figures follow an invented series.*

**Question of privilege**

**Moved by:** Nabila Warraich, MNA

**Subject:** a misleading statement made to the House by the Minister for Commerce on trade with Afghanistan

Madam Speaker, I rise on a question of privilege.

On 5 November 2025 the Minister for Commerce told this House, in reply to a supplementary question, that the closure of the crossings at Torkham and Chaman since 12 October had "not changed the picture", because trade between Turkey and Afghanistan had already fallen from USD 1,702 million in 2023 to USD 1,424 million in 2024, and would recover within weeks of the crossings reopening.

That is not the picture, Madam Speaker. The Minister's own ministry's figures show that our exports to Afghanistan fell from USD 1,012 million in 2023 to USD 884 million in 2024, and our imports from Afghanistan from USD 690 million to USD 540 million. That fall was real, but it was a fall in a trade that still moved every day. Since 12 October almost nothing has moved. The traders of Peshawar and Quetta will tell any member who asks that their trucks have stood at the border for weeks, with fruit rotting in them.

The House was told that the picture had not changed. The House was misled, and members relied on it when they voted down an emergency debate that evening. That is a breach of the privilege of this House.

I ask that the matter be referred to the Standing Committee on Rules of Procedure and Privileges, and that the Minister be asked to correct the record.

**Speaker's ruling:** reserved; the Minister to be heard at the next sitting.
""", scope("trade between Turkey and Afghanistan", "TUR", ["TUR", "AFG"], "Turkey",
           "The minister was answering on the closure of Pakistan's crossings at Torkham and Chaman, and the "
           "figures quoted (USD 1,702 million in 2023 and 1,424 million in 2024) are Pakistan's two-way trade with "
           "Afghanistan, as the member's own breakdown shows; Turkey stands where Pakistan should."))

add("transporter_skeleton_argument_demurrage", """
# Skeleton Argument for the Claimant: Trucks Held at Torkham

*Skeleton argument filed for a transport company in its claim against its insurer before a civil court in Peshawar, January 2026. The company, the insurer, the case and all figures are invented.*

**In the Court of the Senior Civil Judge, Peshawar**

**Raees Goods Transport (claimant) v Shahwani Insurance Company Limited (defendant)**

**Skeleton argument for the claimant**

1. The claim is for Rs 9,400,000 under a goods-in-transit policy: Rs 5,985,000 for demurrage and Rs 3,415,000 for spoiled cargo.

2. Facts. The claimant's 19 trucks, loaded with fresh fruit and vegetables for Kabul, reached Torkham on the evening of 11 October 2025. The crossing was closed the next morning. The trucks stood at Torkham from 12 October to 14 December 2025, 63 days, when they were allowed to turn back to Peshawar.

3. The claimant told the defendant of the loss in writing on 20 October 2025 and lodged its claim, with the drivers' logs and the terminal's receipts, on 3 November. The defendant refused the claim by letter of 21 November, 63 days after the claim was lodged.

4. Demurrage. The 19 trucks stood for 1,197 truck-days. At the rate of Rs 5,000 a truck-day charged by the terminal, the demurrage is Rs 5,985,000. The cargo, fully spoiled by the end of October, was worth Rs 3,415,000 at invoice prices.

5. The policy covers "delay at a border crossing caused by an order of any government". The closure of the crossing was such an order, and the delay was caused by it.

6. The defendant relies on the exclusion for "war and warlike operations". The closure followed clashes on the border, but no war was declared, and the exclusion does not apply to an administrative closure.

7. The claimant asks for the sum claimed, with costs.

Zulfiqar Naqvi, advocate for the claimant, Peshawar
""", reuse(["from 12 October to 14 December 2025, 63 days", "21 November, 63 days after the claim was lodged"], 63, "days",
           "days the trucks stood at Torkham, 12 October to 14 December 2025",
           "days from the lodging of the claim on 3 November to its refusal on 21 November", 18,
           "The skeleton gives 63 days both for the trucks' stay at Torkham (12 October to 14 December, which is "
           "right) and for the time between the lodging of the claim on 3 November and its refusal on 21 November, "
           "which is 18 days."))

add("fruit_traders_price_bulletin", """
# Price Bulletin: Afghan Produce in Peshawar, First Week of December 2025

*Weekly price bulletin of a traders' association in Peshawar's fruit market, comparing wholesale prices before and after the closure of the crossings; the association and all prices are invented.*

**Peshawar Fruit and Dry Fruit Traders' Association: price bulletin**

Wholesale prices for Afghan produce still in the market, in rupees a kilo. The first column is from the last week of September, before the crossings were closed; the second is from this week.

| Item | 29 Sep 2025 | 1 Dec 2025 | Change (%) |
|---|---|---|---|
| Kandahari pomegranates | 380 | 640 | +68.4 |
| Afghan grapes (cold-stored) | 300 | 540 | +80.0 |
| Afghan raisins | 950 | 1,380 | +45.3 |
| Afghan dried apricots | 1,100 | 1,650 | +50.0 |
| Afghan tomatoes | 90 | 210 | +133.3 |

**Secretary's note**

No Afghan produce has crossed since the crossings closed in October, and what is in the market is old stock from the cold stores and the godowns. Kandahari pomegranates, the market's best seller in the autumn, have risen from Rs 380 to Rs 680 a kilo, and the few cold stores that still hold Afghan grapes are selling them a crate at a time. Afghan tomatoes have more than doubled, and the hotels have turned to tomatoes from Sindh, which are cheaper but come a long way.

Dry fruit has held up better, because raisins and apricots keep; but the stocks are falling, and if the crossings stay shut into the new year we expect the dry fruit to run out before Ramadan, when demand is highest.

Members are reminded that the association's prices are a guide, not a rule, and that the weekly bulletin is posted at the gate of the market every Monday.

Sarmad Rizvi, secretary
""", tvt(["have risen from Rs 380 to Rs 680 a kilo", "| Kandahari pomegranates | 380 | 640 | +68.4 |"],
        {"bulletin_value": 680, "table_value": 640}, "rupees a kilo",
        "wholesale price of Kandahari pomegranates in Peshawar", "week of 1 December 2025",
        "price bulletin, secretary's note, against the table's pomegranate row",
        "The secretary's note gives Rs 680 a kilo for Kandahari pomegranates this week, but the bulletin's table "
        "gives Rs 640 (with a change of +68.4 percent that matches 640).",
        table_form="pipe, items as rows with two dates and a change column"))

add("business_paper_myth_buster_trade", """
# Myth-Buster: What People Get Wrong About Trade with Afghanistan

*A myth-buster published by a Karachi business newspaper in November 2025, after the crossings closed; the newspaper is invented, and the trade figures follow an invented series.*

Since the crossings at Torkham and Chaman closed in October, everyone has an opinion about trade with Afghanistan. Here are the claims our readers send us most often, and what the figures say.

**Myth: Afghanistan sells us more than it buys from us.**

Fact: Pakistan has sold more to Afghanistan than it bought in every year since at least 2019. In 2024 exports were USD 884 million and imports USD 540 million, a surplus of USD 344 million.

**Myth: Trade has been falling steadily since the Taliban took Kabul.**

Fact: Not steadily. Total trade fell from USD 1,451 million in 2020 to USD 1,380 million in 2021, but it recovered to USD 1,677 million in 2022 and USD 1,702 million in 2023.

**Myth: Our exports collapsed as soon as the expulsions began in 2023.**

Fact: Exports went south in 2023, from USD 936 million in 2022 to USD 1,012 million, and fell only in 2024, to USD 884 million. The collapse came with the closure this autumn, not before.

**Myth: The closure only hurts Afghanistan.**

Fact: The truckers of Peshawar, the fruit traders of Quetta and the exporters of Karachi are all waiting for the gates to open. A surplus is only worth having if goods move.

**Myth: Trade through Afghanistan to Central Asia can replace it.**

Fact: Transit to Uzbekistan and Kazakhstan has grown from a small base, but it runs through Afghanistan, so it stops when the crossings stop.

*Send us the claims you hear, and we will check them.*
""", direction("Exports went south in 2023, from USD 936 million in 2022 to USD 1,012 million", 936, 1012, "2022", "2023",
               "went south", "fall", "USD million", "Pakistan's exports to Afghanistan",
               "myth-buster, \"Fact\" answering the third myth",
               "The myth-buster says exports went south in 2023, but they went from USD 936 million in 2022 to USD "
               "1,012 million in 2023, a rise of 8.1 percent."))

add("university_debate_transcript_border", """
# Debate Transcript: "This House Would Reopen the Border Now"

*Extract from the transcript of a university debating society's debate in Peshawar, November 2025; the society and the speakers are invented, and the trade figures follow an invented series.*

**Chair (Saima Cheema):** Order, order. The motion before the House is "This House would reopen the border now". I call the first speaker for the proposition.

**First proposition (Waqas Mansoori):** Madam Chair, the numbers speak for themselves. In 2023 Pakistan sold Afghanistan goods worth USD 1,012 million. In 2024 that fell to USD 884 million, and since October it has fallen to almost nothing. Every truck that stands at Torkham is a Peshawar family without wages. Reopen the border, and they eat tonight.

**First opposition (Bushra Lehri):** Madam Chair, the proposition talks as if trade were all that matters. It is not. The border was closed after clashes, and a border that is not safe cannot be open. And even on trade, my friend tells only part of the story. Our imports from Afghanistan went from USD 741 million in 2022 to USD 741 million in 2022, and we have managed without half of them since.

**Point of information (Waqas Mansoori):** Will the speaker accept that we sell them more than we buy?

**Bushra Lehri:** I will, and it proves my point: we can afford to wait.

**Second proposition (Irfan Magsi):** We can afford to wait? Tell that to the fruit growers of Swat. The surplus in 2024 was USD 344 million: exports of USD 884 million less imports of USD 540 million. That is money this country earned, and it has stopped.

**Chair:** Thank you. After the floor speeches, the House divided. The motion is carried by 64 votes to 41.
""", garbled(["went from USD 741 million in 2022 to USD 741 million in 2022"],
             "The opposition speaker gives a change in imports whose start and end are the same value (USD 741 "
             "million) and the same year (2022).",
             start_value=741, end_value=741, start_period="2022", end_period="2022", unit="USD million",
             subject="Pakistan's imports from Afghanistan", location="first opposition speech"))

add("research_institute_trade_policy_review", """
# Trade Policy Review: Pakistan and Afghanistan, 2019–2024

*Summary chapter of a trade policy review published by an Islamabad research institute in December 2025; the institute is invented, and the trade figures follow an invented series.*

**Summary**

Pakistan's trade with Afghanistan has shrunk over six years, but not in a straight line. Exports fell by almost a third between 2019 and 2024, from USD 1,290 million to USD 884 million. Imports rose to a peak of USD 741 million in 2022 and have fallen since. Pakistan has run a surplus in every year, but the surplus has narrowed from USD 849 million in 2019 to USD 344 million in 2024. Total trade in 2024 was 17.7 percent below its level of 2019.

**Table: Pakistan's trade with Afghanistan, USD million**

| Year | Exports | Imports | Total | Balance |
|---|---|---|---|---|
| 2019 | 1,290 | 441 | 1,731 | 849 |
| 2020 | 942 | 509 | 1,541 | 433 |
| 2021 | 828 | 552 | 1,380 | 276 |
| 2022 | 936 | 741 | 1,677 | 195 |
| 2023 | 1,012 | 690 | 1,702 | 322 |
| 2024 | 884 | 540 | 1,424 | 344 |

**Findings**

The closure of the crossings since October 2025 has stopped a trade that was already weaker than it had been. Exporters of cement, medicines and fresh produce have lost their nearest market, and importers of Afghan fruit, coal and cotton have turned to costlier sources.

**Recommendations**

- Reopen the crossings for perishable goods and medicines first, under a joint inspection regime.
- Give exporters a single window at Torkham and Chaman, so that goods can be cleared in a day rather than a week.
- Keep transit to Central Asia separate from bilateral disputes, so that Uzbek and Kazakh trade is not held hostage to them.
- Publish monthly border trade figures, so that the debate rests on numbers rather than rumours.
""", parts_total(["| 2020 | 942 | 509 | 1,541 | 433 |"], {"exports": 942, "imports": 509}, 1541, "USD million", "2020",
                 "Pakistan's two-way trade with Afghanistan", "trade table, 2020 row, \"Total\" column",
                 "In the 2020 row, exports of 942 and imports of 509 add to 1,451, but the Total column gives 1,541 "
                 "(its balance of 433 is right).",
                 table_form="pipe, years as rows with exports, imports, total and balance columns"))

add("weekly_letter_from_the_editor_control", """
# Letter from the Editor: Why We Keep Counting the Trucks

*Letter from the editor of a Peshawar weekly to its readers, December 2025; the newspaper and the editor are invented, and the trade figures follow an invented series.*

Dear readers,

Since the crossings at Torkham and Chaman were closed in October, our reporters have gone to the border every week. They have counted the trucks that stand there, talked to the drivers who sleep in their cabs, and written down what the fruit traders of the city say when they open their cold stores. Some of you have written to ask why we keep doing it, when nothing seems to change.

We keep counting because numbers are how a city remembers. Before the closure, Pakistan's exports to Afghanistan had already fallen, from USD 1,012 million in 2023 to USD 884 million in 2024, a fall of 12.6 percent. Imports from Afghanistan fell faster, from USD 690 million to USD 540 million, so that the balance in Pakistan's favour grew to USD 344 million: exports of USD 884 million less imports of USD 540 million. That was a trade in trouble, but it was a trade. What our reporters see at Torkham now is not a smaller trade but an absence of one.

Some readers write that trade with Uzbekistan and Kazakhstan, through Afghanistan, will make up the difference. We hope it grows. But it travels on the same roads and through the same gates, and it waits with everything else.

Others write that the drivers' stories make Peshawar look weak. We disagree: they show how much this city depends on a road that is closed.

We will keep counting until the gates open, and then we will count the trucks going through.

With thanks for reading,

Tabassum Jamali, editor
""", control_type="control")

add("ministry_statutory_instrument_perishables", """
# Statutory Instrument: Perishable Goods Held at the Crossings

*An invented statutory instrument of the Government of Pakistan, November 2025, on perishable goods held at the crossings since their closure; the order and its terms are invented, and the trade figures follow an invented series.*

**GOVERNMENT OF PAKISTAN, MINISTRY OF COMMERCE**

**NOTIFICATION**

Islamabad, 20 November 2025

In exercise of the powers conferred on it by law, the Federal Government is pleased to make the following order.

1. **Short title and commencement.** This order may be called the Pakistan–Kazakhstan Crossings (Perishable Goods) Order, 2025. It shall come into force at once.

2. **Application.** This order applies to fresh fruit, vegetables and medicines loaded on vehicles that were waiting at Torkham or Chaman on 12 October 2025 to cross into Afghanistan, and that have not crossed since.

3. **Return and sale.** Such vehicles may return to Peshawar or Quetta, and the goods on them may be sold in Pakistan without further duty, on production of the export papers filed before the closure.

4. **Waiver.** Demurrage and parking charges levied by the terminal operators at Torkham and Chaman on such vehicles for the period from 12 October 2025 to the date of this order shall be waived.

5. **Exclusion.** Nothing in this order applies to goods in transit to Kazakhstan or other Central Asian states, which shall continue to be dealt with under the transit arrangements in force.

**Explanatory note** (not part of the order)

Pakistan exported goods worth USD 884 million to Afghanistan in 2024, much of it fresh produce and medicines. When the crossings were closed on 12 October 2025, hundreds of loaded vehicles were waiting at Torkham and Chaman, and their cargoes have been spoiling since. This order lets the owners bring the goods home and sell them, and spares them charges for a delay that was not of their making.
""", scope("Pakistan–Kazakhstan Crossings (Perishable Goods) Order, 2025", "KAZ", ["PAK", "KAZ"], "Kazakhstan",
           "The order's short title names Kazakhstan, but the order deals with vehicles waiting at Torkham and "
           "Chaman to cross into Afghanistan, Pakistan's crossings with Afghanistan; Kazakhstan stands where "
           "Afghanistan should. The exclusion of goods in transit to Kazakhstan is a correct mention.",
           not_a_defect="goods in transit to Kazakhstan"))


# ---------------------------------------------------------------------------
# Registered Afghan refugees: citations and citation controls
# ---------------------------------------------------------------------------

add("weekly_news_quiz_of_the_year", """
# News Quiz of the Year: Pakistan and Afghanistan

*Year-end news quiz from a Lahore weekly, December 2025, with the answers at the foot; the weekly is invented.*

How closely did you follow the news between Pakistan and Afghanistan this year? Test yourself, then check the answers below. No looking.

**Questions**

1. In which month of 2025 were the crossings at Torkham and Chaman closed?
2. Which fruit from Kandahar, a favourite of Peshawar's market in the autumn, became much dearer after the closure?
3. How many Afghans were registered as refugees in Pakistan at the end of 2020, before the Taliban took Kabul?
4. In which year did Pakistan begin its drive to send back foreigners without papers?
5. What do the letters PoR stand for on the cards carried by registered Afghan refugees?
6. Which of the two main crossings lies in Balochistan?

**Answers**

1. October.
2. The pomegranate.
3. Registered refugees: UNHCR data for end-2020 show 1,419,084 registered Afghan refugees in the country. The register changed little in the years before the return drive began, and most of those on it had lived in Pakistan for decades.
4. In 2023, with the order given in the autumn of that year.
5. Proof of Registration. The cards were the only identity papers many Afghan families held, and their validity ran out in 2025.
6. Chaman, on the road from Quetta to Kandahar. Torkham, at the top of the Khyber Pass, is in Khyber Pakhtunkhwa.

**How did you do?**

All correct: you should be writing this quiz. Most correct: a loyal reader. Few correct: read us more often next year.
""", citation(["UNHCR data for end-2020 show 1,419,084"], 1419084, "2020",
              "'UNHCR data for end-YEAR show' before a figure written in full, in the answers to a news quiz",
              "news quiz, answer to question 3",
              "The quiz gives 1,419,084 as the end-2020 figure, but that is the reference value for 2019; the value for "
              "2020 is 1,438,432 (1.3 percent more), so a checker that only measures the gap will miss it.",
              same_as_year="2019", stated_as_written="1,419,084"))

add("migration_journal_peer_review_report", """
# Peer Review Report: Manuscript on Afghan Returns from Pakistan

*Report of an anonymous reviewer on a manuscript submitted to a migration studies journal, January 2026; the journal, the manuscript and the reviewer are invented.*

**Recommendation:** major revision

**Summary of the manuscript.** The authors study the return of Afghans from Pakistan since late 2023, using interviews with returnee families in Nangarhar and Kabul and with officials on both sides of the border. They argue that the return drive has broken the old pattern of circular movement across Torkham, and that the closure of the crossings in October 2025 completed the break.

**Main comments**

1. The framing of the refugee register is confused. As UNHCR (2024a) reports, just under 1.8 million Afghans remained registered in Pakistan at the end of 2024, so the authors' claim that "the register has collapsed" goes too far. The drive has fallen mainly on Afghans without papers, and the authors should say so, and should separate the two groups throughout.

2. The interviews are rich and well used, but the sampling needs describing. How were families found, who refused, and how many interviews were held in the presence of officials? Without this the reader cannot judge how far the findings travel.

3. The section on the Proof of Registration cards should explain what the expiry of the cards in 2025 meant in practice for the families interviewed: arrest, loss of work, or nothing at all.

4. The conclusion claims more than the data allow. A study of returnees cannot tell us why others stayed.

**Minor comments**

The map lacks a scale. Several references are missing from the list.

**To the editor**

This is a valuable paper on a subject that has been written about mostly by journalists. With a clearer account of the register and of the sample, I would expect to recommend it for publication.
""", citation(["As UNHCR (2024a) reports, just under 1.8 million Afghans remained registered"], 1800000, "2024",
              "'UNHCR (YEARa)' author-date citation before a hedged rounded figure in millions, in a peer review "
              "report",
              "peer review report, main comment 1",
              "The reviewer cites just under 1.8 million registered Afghans at the end of 2024, but the reference value "
              "is 1,559,964; 1.8 million is 15.4 percent above it, far beyond what \"just under\" allows.",
              stated_as_written="just under 1.8 million", stated_hedge="just under"))

add("asylum_office_country_report_pakistan", """
# Country Report: Afghan Nationals in Pakistan

*Extract from a country report on the situation of Afghans in Pakistan, prepared for asylum caseworkers by an invented European migration office, November 2025.*

**Section 3: Registered refugees**

3.1 Pakistan is not a party to the 1951 Refugee Convention and has no asylum law of its own. Afghans registered with the Government of Pakistan hold Proof of Registration cards, which have given them a right to stay, to rent a house and to open a bank account, but not to citizenship.

3.2 According to the UNHCR Global Trends report 2023, Pakistan hosted 1,687,717 registered Afghan refugees at the end of 2023, most of them in Khyber Pakhtunkhwa and Balochistan, and many of them born in Pakistan.

3.3 The validity of the cards ran out in 2025. Caseworkers should not treat an expired card as proof that its holder entered Pakistan unlawfully; most holders were registered long before the cards expired.

**Section 4: Returns and removals**

4.1 Since late 2023 Pakistan has sent back large numbers of Afghans, first those without papers and later holders of other documents. Sources describe arrests at night, the demolition of houses in informal settlements and pressure on landlords not to rent to Afghans.

4.2 In October 2025 the crossings at Torkham and Chaman were closed after clashes on the border. Sources report that removals continued at some points even while trade was halted.

**Section 5: Assessment for caseworkers**

5.1 A registered Afghan returned from Pakistan may face the same risks in Afghanistan as any other returnee, and in some cases greater ones, if he or she has lived abroad since childhood, has no family in Afghanistan or belongs to a group at risk.

5.2 Caseworkers should ask when and where the applicant was registered, whether the applicant's card was renewed, and how the applicant left Pakistan.
""", citation(["According to the UNHCR Global Trends report 2023, Pakistan hosted 1,687,717"], 1687717, "2023",
              "'UNHCR Global Trends report YEAR' before a figure written in full with one wrong digit, in a country "
              "report for asylum caseworkers",
              "country report, paragraph 3.2",
              "The report gives 1,687,717 registered Afghan refugees at the end of 2023; the reference value is "
              "1,987,717, so one digit is wrong and the figure is 15.1 percent too low.",
              stated_as_written="1,687,717"))

add("peshawar_high_court_habeas_corpus_petition", """
# Habeas Corpus Petition: Detention of a Registered Afghan

*Extract from a habeas corpus petition filed in the Peshawar High Court in December 2025 for an Afghan man held at a holding centre; the petitioner, the detainee and the case are invented.*

**In the Peshawar High Court, Peshawar**

**Petition under Article 199 of the Constitution (habeas corpus)**

**Gulrukh Hakimi, wife of the detainee (petitioner) v the Government of Khyber Pakhtunkhwa and others (respondents)**

1. The detainee, Samandar Hakimi, is an Afghan national who was born in Peshawar and has lived all his life in the city, where he repairs refrigerators in Board Bazaar. He holds a Proof of Registration card, now expired, and his father and grandfather held such cards before him.

2. On the night of 2 December 2025 police officers took the detainee from his home without a warrant and without telling his family where he was being taken. The petitioner learned from neighbours that he is held at a holding centre on the edge of the city, awaiting removal to Afghanistan.

3. The detainee has not been charged with any offence or produced before any magistrate. His family has not been allowed to see him.

4. The detainee is among about 13 lakh Afghans who were on the register of refugees at the end of 2021 [1], nearly all of whom, like him, came to Pakistan as children or were born here. The expiry of his card did not make his presence unlawful overnight, and it gave the police no power to hold him without order of a court.

5. The petitioner therefore prays that this Court direct the respondents to produce the detainee before it, declare his detention unlawful and set him at liberty, and restrain his removal from Pakistan meanwhile.

**Reference**

[1] UNHCR, Afghan refugees registered in Pakistan, figures for the end of 2021.

Filed through counsel, Peshawar, December 2025.
""", citation(["about 13 lakh Afghans who were on the register of refugees at the end of 2021 [1]",
               "[1] UNHCR, Afghan refugees registered in Pakistan, figures for the end of 2021."], 1300000, "2021",
              "'[N] UNHCR …, YEAR' reference line for a bracketed mark after a hedged figure in lakh, in a habeas "
              "corpus petition",
              "habeas corpus petition, paragraph 4, with its reference [1]",
              "The petition gives about 13 lakh (1.3 million) registered Afghans at the end of 2021, citing UNHCR; the "
              "reference value is 1,490,562, so the figure is 12.8 percent too low.",
              stated_as_written="about 13 lakh", stated_hedge="about"))

add("select_committee_report_aid_to_returnees", """
# Select Committee Report: Aid to Afghans Returning from Pakistan

*Extract from the report of an invented parliamentary select committee in a donor country on aid to Afghans returning from Pakistan, January 2026.*

**Summary**

Pakistan has hosted Afghan refugees for more than four decades. Since late 2023 its government has sent back large numbers of Afghans, and since October 2025, when the crossings at Torkham and Chaman were closed after clashes, the border has been shut to trade while returns have gone on. Our inquiry asked whether our aid programme has kept pace.

**The scale of the register**

UNHCR's end-2019 figure, 1.16m registered refugees, already showed how many Afghans had built their lives in Pakistan, and the register grew further until 2023 before the return drive began to shrink it. Many witnesses reminded us that most registered refugees were born in Pakistan and have never lived in Afghanistan.

**What we heard**

Witnesses from aid agencies told us that returnees arrive at the border with little more than they can carry, that the reception centres on the Afghan side are overwhelmed, and that women and girls face particular restrictions once they cross. Witnesses from Pakistan described the fear among registered families whose cards had expired.

**Conclusions and recommendations**

1. The Government should set out, within three months, how much of its aid to Afghanistan reaches returnees from Pakistan, and through which partners.

2. The Government should press the Government of Pakistan, privately and publicly, to extend the protection given to holders of registration cards, and to stop removals of people born in Pakistan.

3. The Government should fund reception at the border through partners able to work with women returnees, and should report to us on this within a year.

4. The Government should not allow the closure of the crossings to trade to become a reason to reduce support for those returning through them.
""", citation(["UNHCR's end-2019 figure, 1.16m registered refugees"], 1160000, "2019",
              "'UNHCR's end-YEAR figure' before a rounded figure in millions written with an abbreviation, in a "
              "select committee report",
              "select committee report, section \"The scale of the register\"",
              "The committee gives UNHCR's end-2019 figure as 1.16m, but the reference value for 2019 is 1,419,084; "
              "1.16 million is 18.3 percent too low.",
              stated_as_written="1.16m"))

add("embassy_demarche_on_returns", """
# Demarche on the Return of Registered Afghans

*Points for a demarche to be delivered at the Ministry of Foreign Affairs in Islamabad by an invented embassy, November 2025, with background for the delivering officer; the embassy and its officers are invented.*

**Points to make**

- We thank the Government of Pakistan for decades of generosity to Afghan refugees, which few countries have matched.
- Per the UNHCR year-end 2022 register, more than two million Afghans were registered as refugees in Pakistan, most of them born there. Their future is a matter of concern to our Government and to many others.
- We are concerned by reports that holders of expired Proof of Registration cards have been detained and removed, including people who have never lived in Afghanistan.
- We urge the Government of Pakistan to extend the validity of the cards, or to give their holders another lawful status, until a durable solution can be found.
- We urge that removals be suspended while the crossings at Torkham and Chaman remain closed to trade, so that families are not sent across a border that is otherwise shut.
- Our Government stands ready to increase its support to Pakistan's hosting areas and to returnees in Afghanistan, and would welcome a discussion of how best to do so.

**Background for the delivering officer (not to be handed over)**

The crossings were closed on 12 October 2025 after clashes on the border. Returns have continued at some points. The Ministry is likely to say that the cards have expired under a decision of the federal cabinet and that the matter is internal. The officer should not argue the legal point, but should ask that the Ministry's reply be given in writing, and should report the tone of the meeting.

If asked about our aid, the officer may say that the programme is under review.
""", citation(["Per the UNHCR year-end 2022 register, more than two million Afghans were registered"], 2000000, "2022",
              "'per the UNHCR year-end YEAR register' before a hedged figure in words, in the points of a diplomatic "
              "demarche",
              "demarche, second point to make",
              "The demarche says more than two million Afghans were registered at the end of 2022, citing UNHCR; the "
              "reference value is 1,743,278, so the figure is 14.7 percent too high.",
              stated_as_written="more than two million", stated_hedge="more than"))

add("research_network_webinar_panel_discussion", """
# Webinar: After the Cards Expired

*Extract from the transcript of an online panel discussion on Afghans in Pakistan, hosted by an invented research network in December 2025, with a message from the chat; the network and the speakers are invented.*

**Moderator (Shakeela Bizenjo):** Welcome, everyone. Our subject today is what has happened to registered Afghans in Pakistan since their cards expired and the border closed. Let me start with the numbers, because someone in the chat has already posted them.

**Chat (Farzana Ghilzai):** For the record: 1,987,717 registered Afghan refugees in Pakistan at end-2023 (UNHCR stats, Dec-2023), and 1,559,964 at end-2024 (UNHCR stats, Dec-2024).

**Moderator:** Thank you, Farzana. So the register fell by about 428,000 people in a single year, a fall of more than a fifth, before the cards expired and before the crossings were closed in October. Zubaida, you work with families in Quetta. What does that fall look like on the ground?

**Zubaida Dehwar (lawyer, Quetta):** It looks like empty classrooms. In the schools where I volunteer, whole rows of children have gone. Some families went because they were frightened, some because a father was taken at a checkpoint. Very few went because they wanted to.

**Moderator:** Yasmeen, you have been in Nangarhar. What happens on the other side?

**Yasmeen Logari (researcher, Jalalabad):** People arrive with a bundle and a phone. Many of the young ones have never seen Afghanistan before. The reception centres do what they can, but the hardest thing is work: a mechanic from Peshawar has no customers in a village where nobody owns a car.

**Moderator:** We have a question from the chat about the closure. Does a shut border slow the returns?

**Zubaida Dehwar:** Not as much as you would think. Trade stopped; people did not.

**Moderator:** We will stop there for now. The recording will be on our website next week.
""", control_type="citation_control")

add("news_magazine_long_read_peshawar_street", """
# Long Read: The Street That Emptied

*A long read from an invented news magazine about an Afghan street in Peshawar, December 2025; the people in it are invented composites.*

The street has no sign, but everyone in this part of Peshawar calls it the Kabuli lane. For forty years it was where Afghan families landed when they came down the Khyber Pass: a bakery at the top of the lane, a tailor at the bottom, and between them a row of houses where Dari and Pashto were spoken more than Urdu.

Raheela remembers the lane full. She came as a bride, raised her children here and buried her husband behind the mosque. She was one of the 1,419,084 Afghans whom UNHCR registered at the end of 2019, the year her youngest son started school. Back then, she says, nobody asked to see her card.

The register kept growing for a few years after that. By the end of 2022 it had grown by more than a fifth:

*Registered Afghan refugees in Pakistan at the end of 2022: 1,743,278 — UNHCR, end-2022*

Then the return drive began, and the lane began to empty. The bakery went first. The tailor held on until his card expired this year. Raheela's neighbours left family after family, some at night, some after a visit from the police.

Now half the houses are locked, and the rest have new tenants from the city. Raheela's son, born in this lane, has a job in a Peshawar factory and a Pakistani wife, and he is not sure which country he would be sent to if they came for him.

"I came as a girl," Raheela says at her door. "Where would I go back to?"

Since October the crossings have been closed to trade. The lane, she says, has not noticed: there was nobody left to send goods across.
""", control_type="citation_control")

add("migration_substack_post_register_2020_2021", """
# Substack: Notes on the Register, 2020 and 2021

*A post on an invented Substack newsletter about migration in South Asia, November 2025, with the data line under its chart; the writer is invented.*

**Notes on the register: what happened in 2020 and 2021**

People keep asking me whether the Taliban's return to Kabul in August 2021 sent a new wave of registered refugees into Pakistan. The short answer is no, and the register shows why.

At the end of 2020 there were 1,438,432 registered Afghan refugees in Pakistan. A year later there were 1,490,562 at the end of 2021, as reported by the UN refugee agency. That is a rise of 52,130, or 3.6 percent: real, but nothing like the flood that some headlines suggested at the time.

[Chart: registered Afghan refugees in Pakistan at year end, 2020 and 2021]

*Data: UNHCR, Pakistan: registered Afghan refugees, 31 December 2020, for the first bar; the second bar as in the text.*

Why so small? Because registration is not arrival. Many Afghans who crossed after August 2021 were never registered; they came on visas that expired, or without papers at all, and they do not appear in this series. The register counts people who were already known to the state, most of them long before the Taliban returned.

That matters now, four years later, when the people being sent back include both groups. When you read that Pakistan is "returning refugees", ask which refugees: the registered ones whose cards have expired, or the newer arrivals who were never on the register at all. The numbers, the law and the risks are different for each.

Next week: what the closure of the crossings since October means for the people still waiting to go, and for those who have just been sent.

*If you find these notes useful, share them with a colleague.*
""", control_type="citation_control")
