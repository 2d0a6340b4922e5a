# Sixty-seventh held-out set of synthetic documents ("heldout67").  Written from
# scratch after heldout66/, by a labeller session that had not opened dyad's
# implementation or history and had not seen any of its results.
# Every entry: name (topic slug, numbered later by build_heldout67.py), text,
# labels (list of defect dicts), control_type for controls.
# New registers: a maker of electric pump motors at Nawabshah (Shaheed
# Benazirabad) that sells to a dealer in Pul-i-Alam (Logar) through Torkham; a
# school-uniform maker at Arifwala (Pakpattan district) that sells to a school
# supplier in Mahmud-i-Raqi (Kapisa); a safety-match factory at Kot Addu
# (Muzaffargarh district) that sells to a dealer in Sharana (Paktika) through
# Angoor Adda and Barmal; a broiler-feed mill at Layyah that sells to a poultry
# cooperative in Maidan Shahr (Wardak); and documents on the trade series,
# the crossings, customs, transit, connectivity and the register.
#
# Invented figures shared with earlier sets: annual trade series (README:
# exports 1,290 / 942 / 828 / 936 / 1,012 / 884 and imports 441 / 509 / 552 /
# 741 / 690 / 540 for 2019-2024, balances 849 / 433 / 276 / 195 / 322 / 344,
# totals 1,731 / 1,451 / 1,380 / 1,677 / 1,702 / 1,424); reference refugee
# series (1,419,084 / 1,438,432 / 1,490,562 / 1,743,278 / 1,987,717 /
# 1,559,964 for 2019-2024).
#
# New invented figures, consistent with the above:
#   Shah Latif Motor Works, Nawabshah (invented), begun 2006; 140 workers;
#     1 hp single-phase, 2 hp and 3 hp three-phase motors (0.75 / 1.5 / 2.2
#     kW), one motor a wooden crate, truck of 600 crates; output 2023 48,000,
#     2024 54,000, 2025 60,000 motors; to Pul-i-Alam Agro Machinery, Logar
#     (since 2020) 3,600 / 5,400 / 4,800 (6 / 9 / 8 trucks); at home 44,400 /
#     48,600 / 55,200; 2025 Logar mix 1,920 / 1,680 / 1,200 (40 / 35 / 25
#     percent); 2025 prices Rs 28,000 / 41,000 / 56,000, 2026 Rs 29,000 /
#     42,500 / 58,000; Logar sales 2025 Rs 189.84 million (Rs 23.73 million a
#     truck); freight to Torkham Rs 420,000 a truck; about 1,350 km to
#     Torkham and 290 km on to Pul-i-Alam.
#   Baba Farid Uniforms (Pvt) Ltd, Arifwala (invented), begun 2012; 210
#     workers, 160 of them machinists; sets (shirt and trousers, or dress);
#     bale of 50 sets, truck of 240 bales (12,000 sets); output 2023 300,000,
#     2024 330,000, 2025 360,000 sets; to Kapisa Maktab Supplies,
#     Mahmud-i-Raqi 36,000 / 48,000 / 60,000 sets (3 / 4 / 5 trucks); 2025 by
#     size small 24,000, medium 21,000, large 15,000 (per truck 96 / 84 / 60
#     bales); Rs 1,150 (2024) and Rs 1,250 (2025) a set; fabric 2.2 m a set;
#     the floor stitches about 1,200 sets a day; shop price in Mahmud-i-Raqi
#     620 afghanis (2024) and 580 (2025).
#   Kot Addu Match Company (Pvt) Ltd (invented), begun 1998; 130 workers;
#     Chakor safety matches, box of 40 sticks, carton of 1,000 boxes (9 kg),
#     truck of 700 cartons (700 thousand boxes); output 2023 120, 2024 126,
#     2025 140 million boxes; to Sharana Trading Company, Sharana (since 2018)
#     5.6 / 7.0 / 8.4 million boxes (8 / 10 / 12 trucks); Rs 2.20 (2024) and
#     Rs 2.50 (2025) a box; stock at 31 December 2025 2,150 / 320 / 180
#     cartons (2,650); about 420 km to Angoor Adda.
#   Layyah Poultry Feeds (Pvt) Ltd (invented), begun 2010; 90 staff; bags of
#     50 kg, truck of 600 bags (30 t); sales 2023 72,000, 2024 81,000, 2025
#     90,000 t; to Wardak Poultry Cooperative, Maidan Shahr (since 2021)
#     1,800 / 2,700 / 2,400 t (60 / 90 / 80 trucks); 2025 starter 480 t,
#     grower 960 t, finisher 960 t; Rs 6,000 (2024) and Rs 5,400 (2025) a
#     bag; broiler of 2 kg eats 3.2 kg (0.64 / 1.28 / 1.28), feed conversion
#     1.6; 2,400 t feeds 750,000 birds.
#   Macro documents: Afghan transit containers through Karachi 48,000 /
#     39,000 / 42,000 (2023-2025); customs collections FY2024-25 (PKR million,
#     duty / sales tax / other / total) Torkham 18,600 / 9,400 / 2,000 /
#     30,000, Chaman 11,200 / 5,500 / 1,300 / 18,000, Ghulam Khan 3,100 /
#     1,600 / 300 / 5,000, Kharlachi 900 / 400 / 100 / 1,400; Torkham
#     declarations 96,000 in 300 working days; visas issued at Jalalabad
#     84,000 (2024) and 61,000 (2025); the ministries, committees, papers,
#     firms, stations and people are invented and kept consistent within each
#     document.

HELDOUT67 = []
from heldout_labels import (  # noqa: F401
    PAIR, REFS, adder, arith, change_pct, citation, direction, garbled, line_of, parts_total, pdf_lines, scope, tvt,
    repeated, reuse,
)

add = adder(HELDOUT67)

# ---------------------------------------------------------------------------
# Shah Latif Motor Works (invented), pump motors, Nawabshah
# ---------------------------------------------------------------------------

add("nawabshah_motors_planning_memo", """
# Memo: Building Ahead for the Logar Spring Season

*Internal memo at an invented motor works in Nawabshah, 12 January 2026. The firm, its dealer and every figure are invented.*

**To:** Production manager. **From:** Export sales. **Subject:** Motors for Pul-i-Alam, February to April 2026.

Pul-i-Alam Agro Machinery, our dealer in Logar since 2020, sells most of its motors between February and April, when farmers in the Logar valley overhaul their wells before the wheat and vegetable season. In 2025 we sent it eight trucks of 600 crated motors, 4,800 in all, against nine trucks in 2024.

| Model | Motors to Logar, 2025 | Share (%) |
|---|---|---|
| 1 hp single-phase | 1,920 | 40 |
| 2 hp three-phase | 1,680 | 35 |
| 3 hp three-phase | 1,200 | 25 |
| Total | 4,800 | 100 |

The 1 hp motor is still the biggest seller, but the 2 hp model, of which we sent the dealer 1,480 last year, is the one to watch: farmers who have put solar panels over their wells want three-phase motors that run from a solar pump drive, and the dealer says his customers now ask for them by name.

**Request.** Please build 1,000 motors of the 2 hp model before the end of January, before the line turns to the home market's summer orders. The dealer has paid for the last truck of 2025 and wants the first of 2026 to leave Nawabshah by 20 January, so that it clears Torkham before the month is out.

**Timing.** The road from Nawabshah to Torkham is about 1,350 km, and Pul-i-Alam is another 290 km by Jalalabad and Kabul. Allow eight days in all, more if snow closes the road south of Kabul.

*Export Sales Desk*
""", tvt(["the 2 hp model, of which we sent the dealer 1,480 last year", "| 2 hp three-phase | 1,680 | 35 |"],
        {"memo_value": 1480, "table_value": 1680}, "motors",
        "2 hp motors sent to Pul-i-Alam Agro Machinery, Logar", "2025",
        "paragraph under the table against the 2 hp row of the table",
        "The memo's table gives 1,680 motors of the 2 hp model sent to the Logar dealer in 2025, 35 percent of the 4,800 shown in its total row (1,920 + 1,680 + 1,200). The paragraph under the table says the dealer was sent 1,480 of that model 'last year', which from a memo of January 2026 is 2025. The memo gives two counts for the same model and year."))

add("nawabshah_motors_quotation", """
# Quotation Q-26/007

*Quotation from an invented motor works in Nawabshah to its dealer in Pul-i-Alam, Logar, 15 January 2026. Both firms and every figure are invented.*

**Buyer.** Pul-i-Alam Agro Machinery, Kabul–Gardez road, Pul-i-Alam, Logar province.

**Goods.** Electric motors for tube-well and surface pumps, each in its own wooden crate: one full truck of 600 motors, delivered at Torkham on the Pakistani side, cleared for export.

| Item | Qty | Rs each | Amount (Rs) |
|---|---|---|---|
| 1 hp single-phase, 2,850 rpm | 240 | 29,000 | 6,960,000 |
| 2 hp three-phase, 2,850 rpm | 210 | 42,500 | 8,925,000 |
| 3 hp three-phase, 2,850 rpm | 150 | 58,000 | 8,700,000 |
| Freight, Nawabshah to Torkham | one truck | | 420,000 |
| Total | 600 | | 25,105,000 |

**Terms.**

- Prices are those of our 2026 list, between 3 and 4 percent above 2025 for every model.
- Payment: a third with the order by bank transfer, the balance before the truck leaves Nawabshah.
- Warranty: 18 months from dispatch against winding and bearing faults; the buyer returns faulty motors with the next empty truck.
- Afghan duties, transshipment at Torkham and freight beyond the border are for the buyer's account.
- The mix of models may be changed up to ten days before loading, at the prices above.

**Validity.** Orders placed by 28 February 2026, for dispatch in February or March.

*For Shah Latif Motor Works, Export Sales*
""", parts_total(["| Total | 600 | | 25,105,000 |"],
                 {"1 hp motors": 6960000, "2 hp motors": 8925000, "3 hp motors": 8700000,
                  "freight to Torkham": 420000},
                 25105000, "Rs", "Jan 2026", "quoted value of one truck of motors for Pul-i-Alam, Logar",
                 "'Total' row of the quotation table",
                 "The four amounts in the quotation (Rs 6,960,000, 8,925,000, 8,700,000 and 420,000) add up to Rs 25,005,000, but the 'Total' row gives Rs 25,105,000, Rs 100,000 more. Each motor amount is its quantity times its price (240 x 29,000; 210 x 42,500; 150 x 58,000), and the quantities add up to the 600 in the total row."))

add("nawabshah_motors_weekly_feature", """
# From Nawabshah to the Wells of Logar

*Feature from the business page of an invented Sindhi-language weekly, translated, October 2025. The firm, the dealer and every figure are invented.*

On the edge of Nawabshah, beside the road to Sakrand, a low shed hums from seven in the morning. Inside, Shah Latif Motor Works winds copper into stators for the electric motors that drive tube wells across Sindh and Punjab. Its 140 workers expect to finish about 60,000 motors this year, up from 54,000 in 2024.

For five years part of that output has gone much further north. Since 2020 the works has sold to a dealer in Pul-i-Alam, the capital of Logar province south of Kabul, whose customers are farmers with wells in the valley's orchards and wheat fields.

"Afghans used to buy diesel engines for their wells," the owner says. "Now diesel is dear, and the farmers with solar panels want an electric motor they can trust." Every truck is loaded with 600 crated motors. So far this year the works has sent eight such trucks to Pul-i-Alam, 600 motors in all, and the dealer has asked for a ninth before the snow.

The trade is not easy. A truck takes eight days to reach Pul-i-Alam, and a closure at Torkham can add a week. Payment comes in advance by bank transfer, which the dealer arranges through a Dubai account because Afghan banks cannot easily send money abroad.

Still, the owner is planning a second winding line. "Copper is the main cost," he says, "and Afghan farmers pay on time. That is more than I can say for some customers at home."
""", reuse(["Every truck is loaded with 600 crated motors", "600 motors in all"], 600, "motors",
           "motors on one truck", "motors sent to Pul-i-Alam so far in 2025 in eight trucks", 4800,
           "The feature says every truck carries 600 crated motors and that eight such trucks have gone to Pul-i-Alam so far this year, which is 4,800 motors. The next clause gives '600 motors in all', the load of one truck.",
           trucks=8, period="2025"))

add("nawabshah_motors_management_letter", """
# Management Letter, Year Ended 31 December 2025 (Extract)

*Extract from the auditors' letter to the board of an invented motor works in Nawabshah, March 2026. The firm, the auditors and every figure are invented.*

We have completed our audit of the financial statements of Shah Latif Motor Works for the year ended 31 December 2025. This letter sets out matters that came to our attention and that we believe the board should consider. None of them affects our opinion.

**1. Export sales and dispatch.** Export sales to Afghanistan are recorded when the truck leaves Nawabshah, although the goods are at the company's risk until they are cleared at Torkham. We recommend recording the sale on clearance, as the contract with the dealer provides.

**2. Volumes.** The company sold 60,000 motors in 2025 against 54,000 in 2024. Exports to the Logar dealer fell to 4,800 motors from 5,400, while home sales slipped to 55,200 motors in 2025 from 48,600 in 2024, and the board should look at whether the sales team's targets still reflect where the business is going.

**3. Receivables.** At the year end the Logar dealer owed Rs 23.7 million, about one truck's worth at 2025 prices. The dealer has paid within 30 days throughout the year, and we found no reason to provide against the balance.

**4. Copper stock.** The physical count of copper wire on 31 December found 41.6 tonnes against 42.3 tonnes in the books. The difference is within normal winding waste, but the waste is not recorded as it arises. We recommend a monthly reconciliation.

**5. Warranty.** Warranty returns are not tracked by model. We recommend a simple register, so that the cost of the 18-month warranty can be estimated.

*Engagement Partner*
""", direction("home sales slipped to 55,200 motors in 2025 from 48,600 in 2024", 48600, 55200, "2024", "2025",
               "slipped", "fall", "motors", "home sales of motors by Shah Latif Motor Works",
               "item 2 of the management letter",
               "Home sales went from 48,600 motors in 2024 to 55,200 in 2025, a rise of 6,600 motors (13.58 percent); the same item's totals (54,000 and 60,000 sold, less 5,400 and 4,800 exported) give those figures. The letter says home sales 'slipped'."))

add("nawabshah_motors_catalogue_page_control", """
# Product Catalogue 2026: Shah Latif Pump Motors

*Page from the catalogue of an invented motor works in Nawabshah. The firm and every figure are invented.*

Since 2006 we have wound motors in Nawabshah for tube wells and surface pumps across Sindh and Punjab, and since 2020 for farmers in Logar, Afghanistan, through our dealer in Pul-i-Alam. In 2025 our 140 workers made 60,000 motors, of which 4,800, or 8 percent, went to Afghanistan.

| Model | Power (kW) | Phase | Rs each, 2026 |
|---|---|---|---|
| SL-1 (1 hp) | 0.75 | single | 29,000 |
| SL-2 (2 hp) | 1.5 | three | 42,500 |
| SL-3 (3 hp) | 2.2 | three | 58,000 |

**Every motor.**

- Copper windings, class F insulation, 2,850 rpm.
- Warranty of 18 months from dispatch against winding and bearing faults.
- Packed one to a wooden crate; a truck takes 600 crates.

**Running costs.** A 1 hp motor draws about 0.75 kW, so eight hours of pumping use about 6 units of electricity. The SL-3 costs exactly twice as much as the SL-1 and gives about three times the power.

**Solar.** The SL-2 and SL-3 run from any standard solar pump drive. As a rule of thumb, allow about 1.3 kW of panels for each kW of motor: about 2 kW of panels for the SL-2 and 3 kW for the SL-3.

**Afghanistan.** Prices for Afghan buyers are quoted at Torkham, cleared for export. Freight from Nawabshah to Torkham is Rs 420,000 a truck, or Rs 700 a motor. Afghan buyers should contact our dealer in Pul-i-Alam, who holds spare windings and bearings for every model.
""", control_type="control")

# ---------------------------------------------------------------------------
# Baba Farid Uniforms (invented), school uniforms, Arifwala
# ---------------------------------------------------------------------------

add("arifwala_uniforms_costing_email", """
# Email: Costing for the Kapisa Order, Spring 2026

*Email between two managers of an invented garment maker in Arifwala, 9 December 2025. The firm, its buyer and every figure are invented.*

**From:** Costing officer
**To:** Director
**Subject:** Re: Kapisa spring order, 60,000 sets

Sir,

As you asked, here is the costing for next spring's order from Kapisa Maktab Supplies in Mahmud-i-Raqi: 60,000 sets, five trucks of 240 bales, to leave between 10 January and 20 February so that the sets are on the shelves before the Afghan school year opens in March.

The mill's quote for the 65/35 grey fabric went up in the first week of December from Rs 310 a metre to Rs 310 a metre, after the new sales tax on yarn. At 2.2 metres a set, that puts fabric at Rs 682 a set, by far the largest item.

My cost for one set is now:

- fabric, Rs 682;
- stitching, Rs 180;
- buttons, thread and labels, Rs 45;
- bale packing, Rs 18 (a bale costs Rs 900 and holds 50 sets);
- freight to Torkham, Rs 30 (Rs 360,000 a truck of 12,000 sets);
- overheads, Rs 95.

That is Rs 1,050 a set. At the Rs 1,300 we have offered, the margin is Rs 250 a set, or Rs 15 million on the order. If the buyer holds us to this year's Rs 1,250, the margin falls to Rs 200 a set.

I suggest we book the fabric for all five trucks this week, before the mill revises its price again, and ask the buyer for a 25 percent advance to cover it.

Regards,
Costing officer
""", garbled(["went up in the first week of December from Rs 310 a metre to Rs 310 a metre"],
             "The email says the mill's fabric price 'went up in the first week of December from Rs 310 a metre to Rs 310 a metre': a rise that starts and ends at the same price in the same week, which the same sentence explains by a new sales tax.",
             start_value=310, end_value=310, start_period="Dec 2025", end_period="Dec 2025",
             unit="Rs a metre", subject="price of 65/35 grey uniform fabric quoted by the mill",
             location="paragraph beginning 'The mill's quote'"))

add("arifwala_uniforms_packing_list", """
# Packing List PL-25/05

*Packing list of an invented garment maker in Arifwala for the fifth and last truck of its 2025 season to a school supplier in Mahmud-i-Raqi, Kapisa, 18 February 2025. Both firms and every figure are invented.*

**Consignee.** Kapisa Maktab Supplies, main bazaar, Mahmud-i-Raqi, Kapisa province.

**Vehicle.** 40-foot trailer, customs seal to be fixed at Torkham. Route: Arifwala, Lahore, Islamabad, Peshawar, Torkham, Kabul.

**Goods.** School uniforms, each set one shirt and one pair of trousers for boys, or one dress and one scarf for girls, packed 50 sets to a pressed bale.

| Size band (grades) | Bales | Sets | Gross weight (kg) |
|---|---|---|---|
| Small (1 to 3) | 96 | 4,800 | 2,400 |
| Medium (4 to 6) | 84 | 4,200 | 2,520 |
| Large (7 to 12) | 60 | 3,000 | 2,100 |
| Total | 240 | 12,000 | 7,020 |

**Notes.**

- Bales are marked with the size band in Dari and English and numbered 1 to 240.
- Large sizes are boys' sets only.
- The medium band fills 86 bales of this load, as on the earlier four trucks, because the buyer's shops sell most sets for grades four to six.
- Each small bale weighs 25 kg, each medium bale 30 kg and each large bale 35 kg.
- Declared value: 12,000 sets at Rs 1,250, Rs 15 million.

*Dispatch Office*
""", tvt(["The medium band fills 86 bales of this load", "| Medium (4 to 6) | 84 | 4,200 | 2,520 |"],
        {"notes_value": 86, "table_value": 84}, "bales of 50 sets",
        "bales of medium-size uniforms on the fifth truck to Kapisa Maktab Supplies", "Feb 2025",
        "third note against the medium row of the packing table",
        "The packing table gives 84 bales of the medium band (4,200 sets at 50 a bale, 2,520 kg at 30 kg a bale), and its total of 240 bales is 96 + 84 + 60. The third note says the medium band fills 86 bales of the same load. The packing list gives two counts for the same bales."))

add("arifwala_uniforms_market_survey", """
# Market Survey Summary: School Uniforms in Kapisa, 2025

*Summary of a survey an invented garment maker in Arifwala commissioned from an invented research firm in Kabul, May 2025. The firms and every figure are invented.*

**Why we asked.** Our sales to Kapisa Maktab Supplies have grown each year since 2021, but we know little about who else sells uniforms in the province and at what price.

**How.** Interviewers spoke to 400 parents buying uniforms in the bazaars of Mahmud-i-Raqi, Nijrab and Tagab in the three weeks before schools opened in March, and to 25 shopkeepers.

**Findings.**

1. Origin. Of the uniforms the parents had bought, 46 percent were made in Pakistan, 31 percent were sewn in Kabul workshops, 18 percent were Chinese ready-made sets and 9 percent came from elsewhere.
2. Price. The median price paid was 580 afghanis a set. Chinese sets were cheapest, at about 450 afghanis; Pakistani sets sold for 560 to 620.
3. Quantity. Parents bought one and a half sets for each child, on average, and most expect a set to last one school year.
4. Choice. Parents named durability first, price second and colour third. Several said that Chinese sets fade after a few washes.
5. Timing. Nine in ten parents buy in the last fortnight before schools open. A truck that arrives late misses most of the season.

**What it means for us.** Our sets compete on durability, not price. We should keep the present fabric, mark the sets "Made in Pakistan" in Dari, and make sure the last truck is in Mahmud-i-Raqi by early March.
""", arith(["46 percent were made in Pakistan, 31 percent were sewn in Kabul workshops, 18 percent were Chinese ready-made sets and 9 percent came from elsewhere"],
           "The survey splits the uniforms parents had bought by origin into four groups, 46, 31, 18 and 9 percent, which add up to 104 percent. Shares of one whole cannot add up to more than 100.",
           shares_pct={"Pakistan": 46, "Kabul workshops": 31, "China": 18, "elsewhere": 9}, sum_pct=104,
           period="2025", unit="percent of uniforms bought",
           subject="origin of school uniforms bought in Kapisa bazaars",
           location="first finding of the survey"))

add("arifwala_uniforms_tour_script", """
# Visitors' Tour Script: Baba Farid Uniforms

*Script for staff who show visiting buyers round an invented garment maker in Arifwala, 2025 edition. The firm and every figure are invented.*

**Stop 1: the fabric store.** "Everything starts here. We use a 65/35 polyester and cotton cloth, because it keeps its colour and does not need ironing. A set takes about 2.2 metres. Last year we made 330,000 sets; this year we expect 360,000."

**Stop 2: the cutting hall.** "The cloth is laid up to 80 layers deep and cut by a straight knife along the paper marker. One cutter can cut enough pieces in a morning to keep the sewing floor busy all day."

**Stop 3: the sewing floor.** "These are our 160 machinists, most of them women from the villages around Arifwala. Together the floor stitches about 1,200 sets a day. So an order like Kapisa's 60,000 sets takes the floor about 1,200 days, which is why we start it in October and finish before the New Year."

**Stop 4: finishing and packing.** "Every set is checked, folded and bagged. Fifty sets go into a pressed bale, and 240 bales fill a truck."

**Stop 5: the dispatch yard.** "From here a truck to Kapisa takes five or six days: Lahore, the motorway to Peshawar, Torkham, Kabul and then north-east to Mahmud-i-Raqi. Our buyer there has taken our uniforms since 2021."

**Questions visitors often ask.** Do you make girls' uniforms? Yes, for the primary grades. Can you put our school's badge on the pocket? Yes, for orders of 1,000 sets or more.
""", reuse(["the floor stitches about 1,200 sets a day", "takes the floor about 1,200 days"], 1200, "mixed",
           "sets stitched on the sewing floor in a day", "days the floor needs to stitch Kapisa's 60,000 sets", 50,
           "The script says the sewing floor stitches about 1,200 sets a day, so an order of 60,000 sets takes about 50 working days, which fits its start in October and finish before the New Year. The next sentence gives 'about 1,200 days', the daily output.",
           order_sets=60000, period="2025"))

add("arifwala_uniforms_buyer_letter", """
# Letter from Kapisa Maktab Supplies

*Letter from an invented school supplier in Mahmud-i-Raqi, Kapisa, to an invented garment maker in Arifwala, 20 April 2025, translated from Dari. Both firms and every figure are invented.*

Respected Director,

Greetings from Kapisa. Thank you for the five trucks of this season, 60,000 sets, which all arrived before the schools opened. The quality was good, and the parents again asked for your sets by name.

I must, however, write to you about prices before we discuss next year's order.

This year you raised your price from Rs 1,150 to Rs 1,250 a set, an increase of 8.7 percent. At the same time my shop price has risen from 620 afghanis a set last year to 580 afghanis this year, because Chinese sets are now sold in every bazaar of the province for about 450 afghanis, and I cannot ask parents to pay much more than my neighbours do.

My costs on this side have also grown. The fee for unloading at Torkham and reloading into an Afghan truck is now 9,000 afghanis a truck, and the freight from Kabul to Mahmud-i-Raqi has gone up with the price of diesel.

I therefore ask for three things for 2026:

1. a price of Rs 1,200 a set;
2. 75 days to pay, instead of 45;
3. the first truck in Mahmud-i-Raqi by 25 January.

I hope we can continue as good partners. My brother will be in Lahore in June and would like to visit your factory.

With respect,

*Proprietor, Kapisa Maktab Supplies*
""", direction("my shop price has risen from 620 afghanis a set last year to 580 afghanis this year", 620, 580,
               "2024", "2025", "risen", "rise", "afghanis a set",
               "shop price of a uniform set at Kapisa Maktab Supplies", "third paragraph of the letter",
               "The shop price went from 620 afghanis a set in 2024 to 580 in 2025, a fall of 40 afghanis (6.45 percent), which is what the letter's explanation (cheaper Chinese sets) implies. The letter says the price 'has risen'."))

# ---------------------------------------------------------------------------
# Kot Addu Match Company (invented), safety matches, Kot Addu
# ---------------------------------------------------------------------------

add("kot_addu_matches_fire_inspection", """
# Fire Safety Inspection Report

*Report of an inspection by an invented district emergency service at a match factory in Kot Addu, 3 November 2025. The service, the factory and every figure are invented.*

**Premises.** Kot Addu Match Company (Pvt) Ltd, Taunsa road. Makes Chakor safety matches for Pakistan and for a dealer in Sharana, Paktika. Inspected with the factory manager between 10 am and 1 pm; 130 workers on the premises.

**Findings.**

- Chlorate store. The store held 18 drums of potassium chlorate on pallets, under lock, away from the dipping room. The store held 18 drums of potassium chlorate on pallets, under lock, away from the dipping room. The key is kept by the factory manager.
- Dipping room. Extraction fans were working. Two of the three fire blankets were missing from their hooks and were found in the canteen.
- Extinguishers. 24 extinguishers were on the walls; five were past their refill date.
- Exits. Both exits from the box-filling hall were clear. The rear exit from the warehouse was blocked by pallets of finished cartons, about 3,100 cartons in all, some stacked above the sprinkler heads.
- Water. The overhead tank was full; the fire pump started at the first attempt.

**Required within 14 days.**

1. Clear the warehouse's rear exit and keep stacks at least one metre below the sprinkler heads.
2. Return the fire blankets to the dipping room and check them weekly.
3. Refill the five extinguishers.

**Advice.** Hold a fire drill each quarter, with the night watchmen included. The last drill was in March.

*Inspecting Officer, District Emergency Service*
""", repeated("The store held 18 drums of potassium chlorate on pallets, under lock, away from the dipping room.", 2,
              "drums of potassium chlorate in the factory's chlorate store", "first finding, 'Chlorate store'",
              "The finding on the chlorate store states the same sentence, with its count of 18 drums, twice word for word, one copy straight after the other."))

add("kot_addu_matches_directory_entry", """
# Exporters' Directory 2025: Kot Addu Match Company (Pvt) Ltd

*Entry in an invented directory of exporters in South Punjab. The directory, the firm and every figure are invented.*

- **Address.** Taunsa road, Kot Addu, Muzaffargarh district.
- **Established.** 1998, by the present chairman's father.
- **Staff.** 130, on one shift.
- **Products.** Chakor safety matches in boxes of 40 sticks, packed 1,000 boxes to a carton; long matches of 80 sticks for kitchens and stoves; book matches printed for hotels.
- **Output.** 126 million boxes in 2024.
- **Raw materials.** Poplar logs from farms in the Thal, cut into splints on site; paraffin wax bought from Iran through Taftan; potassium chlorate from importers in Karachi.
- **Export markets.** One dealer, Sharana Trading Company of Sharana, Paktika, since 2018. The firm's export trade with Iran through Angoor Adda came to ten trucks, or 7.0 million boxes, in 2024, each truck carrying 700 cartons by Dera Ismail Khan, Tank and Wana.
- **Certifications.** Pakistan Standards mark for safety matches.
- **Contact.** Export manager; Urdu, English and Pashto spoken.

*Listing supplied by the firm. The directory does not verify figures supplied by members.*
""", scope("The firm's export trade with Iran through Angoor Adda", "IRN", ["PAK", "IRN"], "Iran",
           "The entry calls the firm's exports through Angoor Adda 'export trade with Iran'. Angoor Adda joins Pakistan's South Waziristan with Paktika in Afghanistan, and the entry names the firm's only export buyer as a dealer in Sharana, Paktika; Iran stands in Afghanistan's place. Iran is named correctly earlier, as the source of paraffin wax bought through Taftan.",
           stands_for="AFG", crossing="Angoor Adda",
           not_a_defect="paraffin wax bought from Iran through Taftan", location="entry 'Export markets'"))

add("kot_addu_matches_stocktake_memo", """
# Memo: Year-End Stocktake, 31 December 2025

*Memo from the store officer of an invented match factory in Kot Addu to its finance manager, 2 January 2026. The factory and every figure are invented.*

The stocktake was carried out on 31 December after the last shift, with the finance assistant and two loaders. Every stack was counted carton by carton.

**Finished goods in the warehouse.**

| Item | Cartons |
|---|---|
| Kitchen size, 40 sticks | 2,150 |
| Long matches, 80 sticks | 320 |
| Book matches for hotels | 180 |
| Total | 2,650 |

The kitchen size, 2,450 cartons on the day, is enough for three and a half trucks to Sharana at 700 cartons a truck, so the first two trucks of 2026 can leave in January without waiting for new production.

**Raw materials.**

- Poplar splints: about 38 tonnes, dry and stacked under the shed.
- Potassium chlorate: 16 drums, in the locked store.
- Paraffin wax: 36 bags of 25 kg.
- Printed boxes and outer cartons: enough for about six weeks.

**Damaged stock.** 14 cartons of long matches were found damp at the bottom of one stack and have been set aside for the home market's lower grade.

**Suggestions.** The warehouse is full. We should either send the kitchen stock to Sharana sooner or rent the empty shed on the Taunsa road until March, when the Afghan dealer's spring orders normally begin.

*Store Officer*
""", tvt(["The kitchen size, 2,450 cartons on the day", "| Kitchen size, 40 sticks | 2,150 |"],
        {"memo_value": 2450, "table_value": 2150}, "cartons of 1,000 boxes",
        "kitchen-size matches in the warehouse at the year-end stocktake", "31 Dec 2025",
        "paragraph under the stock table against its kitchen-size row",
        "The stock table gives 2,150 cartons of kitchen-size matches, and its total of 2,650 is 2,150 + 320 + 180. The paragraph under the table puts the same stock at 2,450 cartons, which it calls three and a half trucks of 700. The memo gives two counts for the same stock on the same day."))

add("kot_addu_matches_customs_agent_email", """
# Email: Goods Declaration for Truck 12/2025, Angoor Adda

*Email from an invented customs agent in Wana to the export manager of an invented match factory in Kot Addu, 19 December 2025. Both firms and every figure are invented.*

Dear Sir,

Your truck, the twelfth of the year for Sharana Trading Company, crossed Angoor Adda yesterday at 3 pm, after waiting since Tuesday for the scanner to be repaired.

**Declaration.** We filed the goods declaration on Tuesday morning. The truck carried 700 cartons of 9 kg each. Declared value was Rs 1.75 million, at Rs 2.50 a box. Gross weight on the declaration was 700 kg, which the weighbridge at the crossing confirmed. The examining officer opened four cartons at random and found them as declared.

**Charges on our side.** Our fee of Rs 18,000, scanning Rs 4,500, and the weighbridge Rs 1,200. I will send the bill with the copy of the declaration.

**On the Afghan side.** The driver reached Barmal in the evening and paid the customs there. He expects to be in Sharana by Saturday, if the road through Urgun is open. The dealer has been told.

**For next year.** Please send the commercial invoice and packing list two days before the truck leaves Kot Addu. The new system rejects declarations filed less than 24 hours before arrival, and the truck then waits in the yard.

Regards,

*Customs Agent, Wana*
""", reuse(["The truck carried 700 cartons of 9 kg each", "Gross weight on the declaration was 700 kg"], 700, "mixed",
           "cartons on the truck", "gross weight of the load in kilograms", 6300,
           "The email says the truck carried 700 cartons of 9 kg each, which is 6,300 kg. Two sentences later the gross weight on the declaration is given as 700 kg, the number of cartons, and is said to have been confirmed at the weighbridge.",
           kg_per_carton=9, period="Dec 2025"))

add("kot_addu_matches_founder_retirement_speech_control", """
# Speech at the Founder's Retirement Dinner

*Speech by the chairman of an invented match factory in Kot Addu at a dinner for his father's retirement, February 2026. The firm, the family and every figure are invented.*

Friends, workers, and Abba-ji,

In 1998 my father rented a shed on the Taunsa road, bought two second-hand machines from Karachi and hired 20 workers. People in the bazaar laughed: who needs another match factory? Tonight there are 130 of us, and last year we made 140 million boxes of Chakor matches, up from 126 million the year before, a rise of 11.1 percent.

My father always said that a match is a small thing that every house needs. That is why, in 2018, he sent our first truck across Angoor Adda to a dealer in Sharana. People told him that Paktika was too poor and too far. Last year we sent that same dealer 12 trucks, each of 700 cartons of 1,000 boxes: 8.4 million boxes, 6 percent of everything we made, and half as much again as the 5.6 million of 2023.

He also taught us to buy carefully. The wax still comes from Iran through Taftan, because it burns cleanly, and the poplar still comes from farmers in the Thal, whom he has paid on time for 28 years.

Our price went up last year too, from Rs 2.20 to Rs 2.50 a box. My father says that is a rise of 13.6 percent, and that no customer complained, because the box is still cheaper than a cup of tea.

Abba-ji, you have earned your rest. We will keep the machines running and the chlorate store locked. Thank you.
""", control_type="control")

# ---------------------------------------------------------------------------
# Layyah Poultry Feeds (invented), broiler feed, Layyah
# ---------------------------------------------------------------------------

add("layyah_feed_poultry_monthly_column", """
# Feed Notes: Cheaper Maize, Dearer Chicks

*Column in an invented poultry trade monthly, Lahore, January 2026. The magazine, the firms and every figure are invented.*

Anyone who bought broiler feed in 2025 will have noticed the difference. A record maize crop in Punjab and cheaper soybean meal from abroad pulled feed prices down for most of the year, and the mills passed some of the saving on.

The effect reached across the border. Layyah Poultry Feeds, which ships broiler feed to a poultry cooperative in Maidan Shahr, Wardak, says its export price for a 50-kg bag of finisher firmed to Rs 5,400 in 2025 from Rs 6,000 in 2024. Its shipments to Wardak eased to 2,400 tonnes from 2,700, though, as Afghan farmers kept fewer birds through the summer heat, when a broiler eats less and grows more slowly.

Day-old chicks went the other way. Hatcheries in Punjab, hit by the outbreak of bird flu in the spring, raised their prices through the autumn, and farmers who place a flock in January will pay more for the chick than for any month since 2022.

What should a farmer do? Three things, in my view:

- Buy feed by the truck if you can store it dry; prices rarely stay low for long.
- Do not cut the starter ration to save money. The first ten days decide the flock.
- Keep your own records of feed eaten and weight gained. A feed conversion ratio of 1.6, which a good mill's finisher should give you, means 3.2 kg of feed for a 2 kg bird.

*The author is a poultry nutritionist who advises farms in Punjab and Khyber Pakhtunkhwa.*
""", direction("its export price for a 50-kg bag of finisher firmed to Rs 5,400 in 2025 from Rs 6,000 in 2024",
               6000, 5400, "2024", "2025", "firmed", "rise", "Rs a 50-kg bag",
               "export price of broiler finisher of Layyah Poultry Feeds", "second paragraph of the column",
               "The export price of a 50-kg bag went from Rs 6,000 in 2024 to Rs 5,400 in 2025, a fall of Rs 600 (10.0 percent), in line with the column's point that feed prices fell in 2025. The column says the price 'firmed'."))

add("layyah_feed_sales_officer_report", """
# Monthly Report, December 2025: Afghanistan Desk

*Report by the export sales officer of an invented feed mill in Layyah to its general manager, 5 January 2026. The mill, its buyer and every figure are invented.*

**1. December.** Six trucks, 180 tonnes, went to the Wardak Poultry Cooperative in Maidan Shahr: two of grower and four of finisher. All crossed Torkham within a day. The cooperative paid for November's trucks on 22 December.

**2. The year.** The year's 80 trucks carried 2,400 tonnes, against 90 trucks and 2,700 tonnes in 2024, a fall of 8 percent. The fall came in June, July and August, when the cooperative's members placed fewer flocks because of the heat and the price of chicks.

**3. Prices.** We sold at Rs 5,400 a bag all year. The cooperative says an Iranian mill is offering feed in Herat at a lower price, but the freight from Herat to Wardak is too dear for it to compete in Maidan Shahr for now.

**4. Visit.** I spent four days in Maidan Shahr in November with our nutritionist. We met 15 member farmers and looked at their records. Farms that followed our feeding chart reached a 2 kg bird in 35 days; two farms that stretched the starter ration needed 40.

**5. Plan for 2026.** The cooperative expects its members to return to 90 trucks if chick prices ease. I propose:

- a training day for members in March;
- a discount of Rs 100 a bag on starter bought in full trucks;
- a second contact in the cooperative, because its manager is our only link.

*Export Sales Officer*
""", arith(["The year's 80 trucks carried 2,400 tonnes, against 90 trucks and 2,700 tonnes in 2024, a fall of 8 percent"],
           "Shipments went from 2,700 tonnes (90 trucks) in 2024 to 2,400 tonnes (80 trucks) in 2025, a fall of 11.11 percent in both tonnes and trucks. The report calls it a fall of 8 percent.",
           **{"from": 2700, "to": 2400, "computed_change_pct": -11.11, "stated_change_pct": -8,
              "stated_as_written": "a fall of 8 percent", "unit": "tonnes", "from_period": "2024",
              "to_period": "2025", "subject": "broiler feed shipped to the Wardak Poultry Cooperative",
              "location": "item 2 of the report"}))

add("layyah_feed_veterinary_circular", """
# Advisory Circular 4/2025: Feed, Water and Heat

*Circular from the veterinary adviser of an invented feed mill in Layyah to the member farms of its Afghan buyer, a poultry cooperative in Maidan Shahr, Wardak, 1 May 2025. The mill, the cooperative and every figure are invented. Translated into Dari and Pashto for members.*

**Who this is for.** Members who keep broilers in open-sided sheds. It applies to flocks placed in Q3 2025 to Q2 2025, the hot months in Wardak's valleys.

**Why heat matters.** When the shed is above 32 degrees, a broiler eats less, drinks more and grows more slowly. A flock that should reach 2 kg in 35 days may need 40 or more, and the feed conversion ratio rises from 1.6 towards 1.8.

**What to do.**

1. Water. Give twice as much water as feed, by weight. Keep drinkers in the shade and flush the lines at noon.
2. Feeding times. Lift the feeders from 11 am to 4 pm and feed in the early morning and evening.
3. Stocking. Place no more than 8 birds a square metre; 10 in cool months.
4. Feed. Keep using our grower and finisher as usual. Do not dilute the feed with bran to save money; it lowers energy just when the bird needs it most.
5. Records. Write down feed used and birds lost every day, and send the sheet to the cooperative each week.

**Warning signs.** Birds panting with open beaks and wings held away from the body. Open the sides, start the fans and spray water on the roof.

*Veterinary Adviser*
""", garbled(["flocks placed in Q3 2025 to Q2 2025"],
             "The circular, dated 1 May 2025 and written for the hot months, says it applies to flocks placed 'in Q3 2025 to Q2 2025', a period that ends before it begins.",
             stated_period_start="Q3 2025", stated_period_end="Q2 2025",
             subject="flocks to which the heat advice applies", location="paragraph 'Who this is for'"))

add("layyah_feed_dispatch_summary", """
# Dispatch Summary 2025: Wardak Poultry Cooperative

*Summary sent by an invented feed mill in Layyah to its buyer in Maidan Shahr, Wardak, with the year's statement of account, 10 January 2026. Both parties and every figure are invented.*

Dear Manager,

With our thanks for another year's business, here is the summary of what we sent you in 2025. Every truck carried 600 bags of 50 kg, 30 tonnes.

| Feed | Trucks | Tonnes | Bags of 50 kg |
|---|---|---|---|
| Starter | 16 | 480 | 9,600 |
| Grower | 32 | 960 | 19,200 |
| Finisher | 32 | 960 | 19,200 |
| Total | 80 | 2,400 | 48,000 |

Starter feed, 560 tonnes over the year, went in the first weeks of each flock and was always sent on a truck of its own so that your members could collect it at once. Grower and finisher were sent in equal amounts, as your members' feeding charts ask.

**Statement.** At Rs 5,400 a bag, the year's 48,000 bags come to Rs 259.2 million. You have paid Rs 243.0 million. The balance of Rs 16.2 million, for five of December's six trucks, falls due on 31 January.

**2026.** Our price for January and February remains Rs 5,400 a bag. We will hold the training day you asked for in Maidan Shahr in March, and our nutritionist will bring weighing scales for the members' farms.

With regards,

*Export Sales, Layyah Poultry Feeds*
""", tvt(["Starter feed, 560 tonnes over the year", "| Starter | 16 | 480 | 9,600 |"],
        {"text_value": 560, "table_value": 480}, "tonnes",
        "starter feed sent to the Wardak Poultry Cooperative", "2025",
        "paragraph under the dispatch table against its starter row",
        "The table gives 480 tonnes of starter (16 trucks of 30 tonnes, 9,600 bags of 50 kg), and its totals of 80 trucks, 2,400 tonnes and 48,000 bags add up. The paragraph under the table puts starter at 560 tonnes over the year. The letter gives two amounts for the same feed and year."))

add("layyah_feed_training_handout_control", """
# Handout: How Much Feed Does a Flock of 1,000 Broilers Need?

*Handout for a training day in Maidan Shahr run by an invented feed mill in Layyah and its Afghan buyer, an invented poultry cooperative, March 2026. Every figure is invented.*

A well-fed broiler reaches 2 kg in about 35 days and eats about 3.2 kg of feed on the way: a feed conversion ratio of 1.6. The table shows how that feed is split between the three rations.

| Feed | Days | Kg a bird | Kg for 1,000 birds | Bags of 50 kg |
|---|---|---|---|---|
| Starter | 1 to 10 | 0.64 | 640 | 12.8 |
| Grower | 11 to 24 | 1.28 | 1,280 | 25.6 |
| Finisher | 25 to 35 | 1.28 | 1,280 | 25.6 |
| Total | | 3.2 | 3,200 | 64 |

**Points to remember.**

- Starter is a fifth of the feed, grower and finisher two-fifths each.
- Order 13 bags of starter for 1,000 chicks, not 12: running out in the first ten days costs more than a spare bag.
- At the cooperative's price of 1,450 afghanis a bag, the 64 bags for a flock of 1,000 cost 92,800 afghanis.
- If 5 percent of the birds die, the 950 that remain at 2 kg give 1,900 kg of live birds.

**Our members last year.** The cooperative's members fed 2,400 tonnes of Layyah feed in 2025. At 3.2 kg a bird, that is enough for about 750,000 broilers.

**Ask us.** The mill's nutritionist will be at the cooperative office every Thursday in March to look at your records.
""", control_type="control")

# ---------------------------------------------------------------------------
# Trade, crossings, customs, transit and connectivity
# ---------------------------------------------------------------------------

add("torkham_radio_news_script", """
# Evening News, Pashto Service (Script Extract)

*Script of an invented private radio station in Peshawar, 7 October 2025, translated. The station, its staff and every figure are invented.*

ANCHOR: Good evening. Our top story: trucks are moving again at Torkham after three days of delays, and traders say the backlog should clear by the weekend. Our correspondent at the crossing has more.

CORRESPONDENT (at Torkham): Thank you. Since this morning, loaded trucks have been crossing in both directions without a break. Customs officials told me that about 780 trucks crossed today, against a normal day of around 1,000, and that about 1,200 were still waiting on the road back towards Landi Kotal. Drivers I spoke to had been here since Saturday. Fruit traders are worst hit: one told me he had thrown away half a truck of tomatoes.

ANCHOR: What caused the delays?

CORRESPONDENT: Officials blame a new scanning rule, which required every truck to pass through the scanner, not one in five as before. They say the old rule is back for now, and that talks between Turkmenistan and Afghanistan on keeping Torkham open around the clock will resume next week in Kabul.

ANCHOR: Thank you. In other business news, the energy minister said today that work on the TAPI gas pipeline, which is to carry gas from Turkmenistan across Afghanistan to Pakistan and India, could restart on the Pakistani section next year. He gave no cost estimate.

And finally, the weather. A dry, warm evening in Peshawar, with a low of 21 degrees.
""", scope("talks between Turkmenistan and Afghanistan on keeping Torkham open", "TKM", ["TKM", "AFG"], "Turkmenistan",
           "The correspondent reports 'talks between Turkmenistan and Afghanistan on keeping Torkham open around the clock'. Torkham joins Pakistan and Afghanistan, so the talks on its hours are between those two; Turkmenistan stands in Pakistan's place. Turkmenistan is named correctly later, as the source of the gas the TAPI pipeline is to carry across Afghanistan to Pakistan.",
           stands_for="PAK", crossing="Torkham",
           not_a_defect="carry gas from Turkmenistan across Afghanistan to Pakistan and India",
           location="correspondent's second answer"))

add("quetta_expo_minister_speech", """
# Speech at the Opening of an Export Expo, Quetta (Extract)

*Extract from a speech by an invented provincial minister of industries at the opening of an invented export expo in Quetta, November 2025. The minister, the expo and every figure are invented.*

Distinguished guests, exhibitors, brothers and sisters,

It is a pleasure to open this expo, and to see so many of our province's makers of dried fruit, marble, carpets and processed foods under one roof. More than 120 firms have taken stalls this year, against 85 last year.

Balochistan's traders know better than anyone that our exports to India through Chaman and Torkham came to USD 884 million in 2024, and that every closure of Chaman is felt in the shops of Qila Abdullah and Pishin the same evening. When the gate is closed, a truck of fresh fruit loses its value in three days.

My department has three proposals for the coming year. First, a cold store of 1,500 tonnes beside the Chaman road, so that fruit can wait for the gate without spoiling. Second, a single window at the expo centre where exporters can register, get their certificates and book inspections in one visit. Third, small grants of up to Rs 2 million for women-led firms that want to sell across the border.

None of this replaces good relations with our neighbours. But it means that when trade flows, Balochistan is ready for it.

I thank the organisers, and I declare the expo open.
""", scope("our exports to India through Chaman and Torkham", "IND", ["PAK", "IND"], "India",
           "The minister says 'our exports to India through Chaman and Torkham came to USD 884 million in 2024'. Chaman and Torkham are crossings into Afghanistan, and USD 884 million is the set's figure for Pakistan's 2024 exports to Afghanistan; India stands in Afghanistan's place. India is named nowhere else in the extract.",
           stands_for="AFG", crossing="Chaman", location="second paragraph of the speech"))

add("kharlachi_gazetteer_entry", """
# Kharlachi (Border Crossing)

*Entry in an invented online gazetteer of Pakistan's borders, revised in 2025. The gazetteer and every figure are invented.*

**Kharlachi** is a border crossing in Kurram district, Khyber Pakhtunkhwa, linking Pakistan with Tajikistan's Paktia province through the district of Dand-e-Patan. It lies a few kilometres west of Parachinar, the district headquarters, at the end of a valley road that climbs from the Kurram river.

**Traffic.** Kharlachi is the smallest of the formal crossings with Afghanistan in Khyber Pakhtunkhwa. On a normal day in 2025 about 60 loaded trucks left Pakistan through it and about 20 entered. Outbound loads are mostly cement, flour, cooking oil and medicines; inbound loads are mostly dried fruit, timber and vegetables in season.

**Closures.** The crossing was closed for long spells in 2023 and 2024 during violence in Kurram, when the road from Peshawar was also shut. It reopened to trade in stages in 2025.

**Plans.** Traders from Parachinar have long asked for a customs station with a scanner and a weighbridge, so that trucks need not be examined by hand. Some planners also see Kharlachi as part of a road corridor onward through Afghanistan to Tajikistan and the rest of Central Asia, though no such route has been built.

**See also.** Torkham; Ghulam Khan; Angoor Adda; Kurram district.
""", scope("linking Pakistan with Tajikistan's Paktia province", "TJK", ["PAK", "TJK"], "Tajikistan",
           "The entry says Kharlachi links Pakistan 'with Tajikistan's Paktia province'. Paktia is a province of Afghanistan, and the entry itself calls Kharlachi one of the crossings with Afghanistan; Tajikistan stands in Afghanistan's place. Tajikistan is named correctly later, as the goal of a corridor 'onward through Afghanistan'.",
           stands_for="AFG", crossing="Kharlachi",
           not_a_defect="onward through Afghanistan to Tajikistan", location="opening sentence of the entry"))

add("ghulam_khan_drivers_route_card", """
# Route Card: Bannu to Khost by Ghulam Khan

*Card given to drivers by an invented goods transport company in Bannu, 2025. The company and every figure are invented.*

**Before you leave.** Check that you carry the truck's registration, your passport and visa, the goods declaration number, the packing list and two copies of the invoice. No trip without all five.

**Leg 1: Bannu to Miranshah.** About 60 km, two hours. Stop at the checkpoint at the district boundary and show the goods declaration number.

**Leg 2: Miranshah to Ghulam Khan.** About 50 km, two hours on a good day. Fuel up in Miranshah; there is no pump after the town.

**At the crossing.** At Ghulam Khan you leave Pakistan and enter China, so have your passport stamped at the immigration hall before you join the customs queue. The scanner handles about 20 trucks an hour when it works. The crossing is open from 8 am to 6 pm; trucks that arrive after 4 pm usually wait for the morning.

**Leg 3: Ghulam Khan to Khost.** About 35 km. Our agent meets every truck at the Khost truck stand, unloads, and arranges the return load.

**Money.** Carry no more than Rs 50,000 in cash. Pay the crossing fees only against a receipt.

**Emergencies.** Call the Bannu office at any hour. If the crossing closes while you are on the road, wait in Miranshah, not at the gate.
""", scope("At Ghulam Khan you leave Pakistan and enter China", "CHN", ["PAK", "CHN"], "China",
           "The card tells drivers that at Ghulam Khan they 'leave Pakistan and enter China'. Ghulam Khan, in North Waziristan, is a crossing into Khost province of Afghanistan, where the card's next leg ends; China stands in Afghanistan's place. China is named nowhere else on the card.",
           stands_for="AFG", crossing="Ghulam Khan", location="section 'At the crossing'"))

add("torkham_perishables_strike_notice", """
# Strike Notice: Fruit and Vegetable Traders, Peshawar

*Notice of an invented association of fruit and vegetable traders, posted in Peshawar's wholesale market, August 2025. The association and every figure are invented.*

**Notice of a one-day strike on Monday.**

We, traders on both sides of the Uzbekistan–Pakistan border at Torkham, will close our shops and keep our trucks off the road on Monday to protest against the delays that are ruining our trade.

**Why.** In the past month, trucks of perishable goods have waited up to four days at Torkham. Grapes and pomegranates from Kandahar and Jalalabad rot in the heat; tomatoes and onions from Pakistan arrive soft and are sold at half price in Kabul.

One truck of grapes is worth about Rs 3.5 million. A trader who loses two trucks in a season loses his capital.

**What we ask.**

1. A separate lane for perishables at Torkham, open day and night.
2. Scanning of fruit trucks within two hours of arrival.
3. No closure of the crossing without notice of at least 48 hours, except in an emergency.

**When and where.** Monday from 9 am, outside the market committee office. Traders are asked to bring their bills of lading and the dates their trucks waited, so that the committee can see the losses for itself.

*General Secretary*
""", scope("traders on both sides of the Uzbekistan–Pakistan border at Torkham", "UZB", ["UZB", "PAK"], "Uzbekistan",
           "The notice speaks of traders 'on both sides of the Uzbekistan–Pakistan border at Torkham'. Torkham is on the border between Pakistan and Afghanistan, and the notice's goods come from Kandahar and Jalalabad and go to Kabul; Uzbekistan stands in Afghanistan's place. Uzbekistan is named nowhere else in the notice.",
           stands_for="AFG", crossing="Torkham", location="first paragraph of the notice"))

add("trade_yearbook_page", """
# Table 14.6: Pakistan's Trade with Afghanistan, 2019–2024

*Page from an invented provincial statistical yearbook, 2025 edition. The yearbook and its trade figures are invented.*

| Year | Exports to Afghanistan | Imports from Afghanistan | Total trade |
|---|---|---|---|
| 2019 | 1,290 | 441 | 1,731 |
| 2020 | 942 | 509 | 1,451 |
| 2021 | 828 | 552 | 1,380 |
| 2022 | 936 | 741 | 1,677 |
| 2023 | 1,012 | 690 | 1,702 |
| 2024 | 884 | 540 | 1,424 |

*USD million, calendar years. Exports are goods of Pakistani origin; goods in transit to or from Afghanistan are excluded.*

**Commentary.** Total trade was highest at the start of the period, in 2019, and lowest in 2021, the year of the change of government in Kabul, when banking channels were disrupted for several months. Exports recovered in 2022 and 2023 but fell back in 2024, when closures at Torkham and Chaman and new documentary requirements slowed trucks on both sides.

Imports from Afghanistan followed a different path. They rose every year from 2019 to 2022, helped in the last of those years by coal bought for Pakistan's cement plants and power stations, peaked at USD 741 million in 2022 and then fell, to USD 609 million in 2023 and 540 million in 2024.

**Notes for users.** Figures are rounded to the nearest million dollars. Calendar-year totals differ from fiscal-year totals published elsewhere, which run from July to June.

*Table 14.7 gives the same series by commodity group.*
""", tvt(["to USD 609 million in 2023", "| 2023 | 1,012 | 690 | 1,702 |"],
        {"text_value": 609, "table_value": 690}, "USD million",
        "Pakistan's imports from Afghanistan", "2023",
        "commentary's second paragraph against the 2023 row of the table",
        "The yearbook's table gives imports from Afghanistan of USD 690 million in 2023, and the row's total of 1,702 is 1,012 + 690. The commentary says imports fell 'to USD 609 million in 2023'. The page gives two values for the same year's imports."))

add("karachi_transit_slide_notes", """
# Slides 4 to 6 with Speaker Notes: Afghan Transit Trade through Karachi

*Notes of an invented logistics consultancy's presentation to a shipping line's regional managers, Karachi, February 2026. The consultancy and every figure are invented.*

**Slide 4: Volumes.**

| Year | Afghan transit containers through Karachi |
|---|---|
| 2023 | 48,000 |
| 2024 | 39,000 |
| 2025 | 42,000 |

*Speaker notes.* Afghan transit volumes peaked in 2023 and then dropped sharply. 2024 was the trough, at 36,000 containers, after Pakistan widened the list of goods that cannot travel in transit and required bank guarantees for others. 2025 brought a partial recovery as traders adjusted.

**Slide 5: Time and cost.**

- Average dwell time at Karachi for an Afghan transit box: 12 days in 2025.
- Road time from Karachi to Kabul through Torkham: five to seven days.
- Average all-in freight, Karachi to Kabul, 40-foot container: USD 3,100 in 2025.

*Speaker notes.* Dwell time at the port is now the main delay, not the border. Each extra day at the port adds storage charges that Afghan importers find hard to plan for.

**Slide 6: Competition.**

- Iranian ports, Bandar Abbas and Chabahar, take a growing share of Afghanistan's sea-borne imports.
- Rail through Central Asia carries bulk goods into the north of Afghanistan.

*Speaker notes.* The line's opportunity is speed and reliability on the Karachi route. If it can guarantee a box from vessel to Kabul in ten days, it can win back traders who moved to Iranian ports in 2024.
""", tvt(["at 36,000 containers", "| 2024 | 39,000 |"],
        {"notes_value": 36000, "table_value": 39000}, "containers",
        "Afghan transit containers handled through Karachi", "2024",
        "speaker notes of slide 4 against the 2024 row of its table",
        "Slide 4's table gives 39,000 Afghan transit containers through Karachi in 2024. The speaker notes for the same slide call 2024 the trough 'at 36,000 containers'. The deck gives two values for the same year."))

add("national_assembly_written_answer_trade_balance", """
# National Assembly: Written Answer to Question No. 214

*Question and written answer in an invented session of the National Assembly, March 2024. The question, the answer and every figure are invented.*

**Question.** Will the Minister for Commerce be pleased to state: (a) the value of Pakistan's exports to and imports from Afghanistan in 2022 and 2023; (b) the trade balance in each year; and (c) the steps taken to increase exports?

**Answer.**

(a) and (b): In 2022 exports were USD 936 million and imports USD 741 million, a surplus of USD 195 million. In 2023 exports were USD 1,012 million and imports USD 690 million, a surplus of USD 302 million. The figures are for calendar years and exclude goods in transit.

(c): The Ministry has taken the following steps:

1. Meetings of the joint trade committee were held in Islamabad and Kabul during 2023, and agreed to extend the hours of the main crossings for loaded trucks.
2. The list of goods that Afghan traders may buy in Pakistani rupees has been widened.
3. A trade officer has been posted at the Embassy in Kabul to help exporters with disputes.
4. Exporters of perishables at Torkham and Chaman may now file their documents online before the truck arrives.

The Ministry is also studying proposals from the chambers of commerce of Peshawar and Quetta for border markets in Khyber and Chaman, where residents of both sides could trade local goods free of duty up to a set limit.

*Minister for Commerce*
""", arith(["In 2023 exports were USD 1,012 million and imports USD 690 million, a surplus of USD 302 million"],
           "The answer gives 2023 exports of USD 1,012 million and imports of USD 690 million, which leave a surplus of USD 322 million, not the USD 302 million stated. The 2022 surplus in the sentence before (936 - 741 = 195) is right.",
           exports=1012, imports=690, computed_balance=322, stated_balance=302, unit="USD million",
           period="2023", subject="Pakistan's trade surplus with Afghanistan",
           location="answer to parts (a) and (b)", stated_as_written="USD 302 million"))

add("customs_collections_bulletin_table", """
# Customs Collections at Four Afghan-Border Stations, FY2024-25

*Table and note from an invented customs collectorate's annual bulletin, September 2025. The bulletin and every figure are invented.*

Collections on imports from Afghanistan at the four stations of the collectorate on the Afghan border, July 2024 to June 2025, in PKR million:

| Station | Import duty | Sales tax | Other levies | Total |
|---|---|---|---|---|
| Torkham | 18,600 | 9,400 | 2,000 | 30,000 |
| Chaman | 11,200 | 5,500 | 1,300 | 18,900 |
| Ghulam Khan | 3,100 | 1,600 | 300 | 5,000 |
| Kharlachi | 900 | 400 | 100 | 1,400 |

**Note.** Torkham alone collected Rs 30 billion, more than half of the collectorate's receipts, most of it on coal, fresh fruit and cotton. Chaman's receipts depend heavily on the season for fresh and dried fruit from Kandahar, and fell in the months when the crossing was closed. Ghulam Khan and Kharlachi are small stations where most trucks leave Pakistan loaded and return empty, so their import collections are modest.

"Other levies" include the infrastructure cess and the fees for scanning and weighing. Collections on exports, which are few, and on transit goods, which are secured by guarantees and not charged duty, are not included.

**Outlook.** The collectorate expects higher receipts at Kharlachi in FY2025-26 if the road from Parachinar stays open, and has asked for a second scanner at Torkham to shorten queues in the fruit season.

*Collector of Customs*
""", parts_total(["| Chaman | 11,200 | 5,500 | 1,300 | 18,900 |"],
                 {"import duty": 11200, "sales tax": 5500, "other levies": 1300},
                 18900, "PKR million", "FY2024-25", "customs collections on imports from Afghanistan at Chaman",
                 "Chaman row of the collections table",
                 "In the Chaman row, import duty (11,200), sales tax (5,500) and other levies (1,300) add up to PKR 18,000 million, but the row's 'Total' gives 18,900. Every other row's total is the sum of its three parts."))

add("trade_radio_economics_segment", """
# "Money Matters" Radio Segment (Transcript Extract)

*Transcript of a weekly economics segment on an invented FM station in Islamabad, broadcast in February 2025. The station, the speakers and every figure are invented.*

HOST: Welcome back to Money Matters. This week we are talking about trade with Afghanistan, and I have with me an economist who has followed it for years. Let us start simply. Is trade with our neighbour growing or shrinking?

GUEST: Both, depending on the years you pick. Exports to Afghanistan fell from USD 1,290 million in 2019 to USD 828 million in 2021, a drop of 28 percent, with the pandemic and then the change of government in Kabul. Then they recovered to USD 1,012 million in 2023, a rise of 22.2 percent on 2021, before falling to USD 884 million last year.

HOST: What drove the recovery?

GUEST: Food, mainly. Afghanistan still buys much of its flour, rice, cooking oil and medicines from Pakistan, because the road is short and the traders know each other. When the crossings are open, that trade comes back quickly.

HOST: And the fall last year?

GUEST: Closures, and paperwork. Every day Torkham or Chaman is shut costs traders on both sides. Also, Afghan importers have found other suppliers, through Iranian ports and through Central Asia.

HOST: One line for our listeners?

GUEST: Keep the gates open and predictable. Traders can live with rules; they cannot live with surprises.

HOST: Thank you. After the break, the price of gold.
""", arith(["fell from USD 1,290 million in 2019 to USD 828 million in 2021, a drop of 28 percent"],
           "Exports went from USD 1,290 million in 2019 to USD 828 million in 2021, a fall of 35.81 percent. The guest calls it a drop of 28 percent. The next change he gives, a rise of 22.2 percent from 828 to 1,012, is right.",
           **{"from": 1290, "to": 828, "computed_change_pct": -35.81, "stated_change_pct": -28,
              "stated_as_written": "a drop of 28 percent", "unit": "USD million", "from_period": "2019",
              "to_period": "2021", "subject": "Pakistan's exports to Afghanistan",
              "location": "guest's first answer"}))

add("torkham_pedestrian_terminal_inspection", """
# Inspection Note: Torkham Pedestrian Terminal

*Note by a member of an invented provincial inspection team after a visit on 22 September 2025. The team and every figure are invented.*

**Purpose.** To see how the pedestrian terminal copes with the traffic of the summer months, and what it needs before the winter.

**What we saw.**

- The terminal has 16 immigration counters, all staffed on the day shift, four of them for women and families.
- On an average day in September, 9,600 travellers crossed in both directions: patients going to Peshawar's hospitals, traders, students and families. The terminal is open twelve hours a day.
- At 9,600 travellers a day over twelve hours and all the counters, each counter handles about 16 travellers an hour.
- Four of the biometric machines were out of order on the day of our visit, and travellers at those counters were recorded by hand.
- The waiting hall seats about 400 people. At midday it was full, and families were waiting in the sun outside.
- There is one water cooler in the hall, and the toilets for women were locked.

**What the terminal needs.**

1. Repair of the biometric machines within a week, and a maintenance contract.
2. A shade over the outer queue and two more water coolers.
3. Toilets for women kept open during working hours.
4. A separate line for patients with a hospital letter, so that they do not wait with everyone else.

**Follow-up.** We will visit again in December to see whether these steps have been taken.

*Member, Provincial Inspection Team*
""", reuse(["The terminal has 16 immigration counters", "each counter handles about 16 travellers an hour"], 16, "mixed",
           "immigration counters at the terminal", "travellers a counter handles in an hour", 50,
           "The note gives 9,600 travellers a day over twelve hours at 16 counters, which is 50 travellers a counter an hour. It then gives 'about 16 travellers an hour', the number of counters.",
           travellers_a_day=9600, hours_a_day=12, period="Sep 2025"))

add("trans_afghan_railway_summary", """
# Summary: The Trans-Afghan Railway and Pakistan's Northern Trade

*Summary by the research desk of an invented Peshawar think tank, October 2025. The think tank and every figure are invented or rounded from public discussion and have not been checked against any study.*

**The idea.** A railway from Termez in Uzbekistan through Mazar-i-Sharif and Kabul to the Pakistani border, where it would meet Pakistan's network towards Peshawar. Uzbekistan, Afghanistan and Pakistan have signed framework agreements, and studies have been discussed since 2021, but no construction has begun on the Afghan section.

**The scale.** The line would be about 760 km long and cross the Hindu Kush by long tunnels. Early estimates put the cost at about USD 4.8 billion, but any such figure is uncertain until the route is surveyed.

**Why it matters to Pakistan.** Today goods between Pakistan and Central Asia travel by road across the Salang, or by rail to the north of Afghanistan and then by truck. A train of 50 wagons of 60 tonnes would carry 3,000 tonnes. A long-haul truck on the Salang carries about 30 tonnes, so every train would take 30 trucks off the road. Less road freight would mean cheaper transport and fewer accidents on the mountain passes.

**The obstacles.**

- Money: none of the three countries can pay for the line alone, and lenders want guarantees.
- Security along the route, especially in the south-east of Afghanistan.
- The gauge: Central Asia's railways and Pakistan's use different gauges, so goods would change trains at least once.

**Our view.** The railway is worth pursuing, but Pakistan's traders will gain more in the next five years from faster clearance at Torkham than from a line that may take a decade to build.
""", reuse(["A long-haul truck on the Salang carries about 30 tonnes", "every train would take 30 trucks off the road"], 30,
           "mixed", "tonnes a long-haul truck carries", "trucks one train would take off the road", 100,
           "The summary says a train would carry 3,000 tonnes and a truck about 30 tonnes, so one train would replace about 100 trucks. It then says every train would take '30 trucks' off the road, the tonnes a truck carries.",
           tonnes_per_train=3000, period="2025"))

add("torkham_customs_performance_summary", """
# Annual Performance Summary, FY2024-25: Torkham Customs Station

*Summary from an invented collectorate's annual report, September 2025. The collectorate and every figure are invented.*

**Workload.** The station processed 96,000 goods declarations in FY2024-25, about 320 on each of 300 working days. Imports were two-thirds of the declarations and exports one-third.

**Examination.** Under the risk management system, 12 percent of declarations were selected for physical examination, about 12 declarations on an average working day. The rest were cleared on documents or after scanning alone.

**Time.** The average time from the filing of a declaration to release was 9 hours for exports and 14 hours for imports. Perishables were given priority and cleared in 4 hours on average.

**Revenue.** Collections on imports came to Rs 30 billion, most of it on coal, fresh fruit and cotton.

**Seizures.** Officers made 85 seizures, mostly of undeclared cloth, cigarettes and foreign currency carried by travellers.

**Problems.**

- The station's one scanner was out of order for 19 days during the year.
- Power cuts stopped the online system for a total of about 60 hours.
- Staff shortages: 38 posts were vacant at the end of June.

**Plans for FY2025-26.** A second scanner, a backup generator for the server room, and a dedicated lane for perishables, agreed with the Afghan side at a meeting in Jalalabad in May.

*Deputy Collector*
""", reuse(["12 percent of declarations were selected for physical examination", "about 12 declarations on an average working day"],
           12, "mixed", "percent of declarations selected for physical examination",
           "declarations examined on an average working day", 38.4,
           "The station processed about 320 declarations a working day; 12 percent of them is about 38 a day. The summary gives 'about 12 declarations on an average working day', the percentage.",
           declarations_a_day=320, period="FY2024-25"))

add("imports_editorial_buying_from_neighbour", """
# Editorial: Buying From Our Neighbour

*Editorial of an invented English-language daily in Peshawar, March 2024. The newspaper and every figure are invented.*

Most of what is said about trade with Afghanistan is about what Pakistan sells: the flour, cement, medicines and cooking oil that cross Torkham and Chaman every day. Less is said about what Pakistan buys, although it matters just as much to the traders, transporters and labourers of this province.

The figures are worth a look. Imports from Afghanistan climbed to USD 690 million in 2023 from USD 741 million in 2022, according to the trade figures released this month, and exports rose to USD 1,012 million from USD 936 million. Coal has become the largest single item Pakistan buys from Afghanistan, followed by fresh and dried fruit, cotton and vegetables.

This trade serves Pakistan's own interests. Afghan coal, bought in rupees, saves foreign exchange that would otherwise go on coal from further away. Afghan grapes, pomegranates and melons reach Peshawar's markets within a day of picking. The cotton feeds our mills when our own crop falls short.

Yet importers face the same obstacles as exporters, and some of their own. Trucks of fruit wait at the border while documents are checked. Rules on payment change without warning. The scanner at Torkham breaks down when it is most needed.

Trade is a two-way street in more than name. If the government wants exports to Afghanistan to grow, it should make it easier, not harder, to buy from there as well.
""", direction("Imports from Afghanistan climbed to USD 690 million in 2023 from USD 741 million in 2022", 741, 690,
               "2022", "2023", "climbed", "rise", "USD million", "Pakistan's imports from Afghanistan",
               "second paragraph of the editorial",
               "Imports went from USD 741 million in 2022 to USD 690 million in 2023, a fall of USD 51 million (6.88 percent). The editorial says imports 'climbed'. Exports, in the same sentence, did rise, from 936 to 1,012."))

add("jalalabad_visa_statistics_note", """
# Statistics Note: Visas Issued to Afghan Nationals at Jalalabad, 2025

*Note prepared by the visa section of an invented consulate in Jalalabad for its annual report, January 2026. The section and every figure are invented.*

**Summary.** Visas issued by the consulate increased to 61,000 in 2025 from 84,000 in 2024. The main reasons were the suspension of visit visas for five weeks in the spring, new requirements for bank statements for business visas, and longer processing times after the move to online applications in June.

**By category, 2025.**

| Category | Visas issued | Share (%) |
|---|---|---|
| Medical | 27,450 | 45 |
| Family visit | 18,300 | 30 |
| Business | 12,200 | 20 |
| Study | 3,050 | 5 |

**Medical visas.** Medical visas remain the largest category. Most applicants travel to hospitals in Peshawar for heart, kidney and cancer treatment, and many come with one or two attendants, who receive visas of the same category.

**Processing.** After the move to online applications, the average time from application to decision rose from five working days to nine. The section hopes to bring it down to six by the middle of 2026 with two more staff.

**Complaints.** The section received about 1,100 written complaints in 2025, most about delays and about the documents required from applicants without bank accounts.

**Recommendation.** A separate, faster window for medical cases with a letter from a Pakistani hospital.

*Head of Visa Section*
""", direction("Visas issued by the consulate increased to 61,000 in 2025 from 84,000 in 2024", 84000, 61000,
               "2024", "2025", "increased", "rise", "visas", "visas issued to Afghan nationals at the Jalalabad consulate",
               "summary paragraph of the note",
               "Visas issued went from 84,000 in 2024 to 61,000 in 2025, a fall of 23,000 (27.38 percent), which the note's reasons (a suspension, new requirements, longer processing) explain. The note says visas 'increased'."))

add("karachi_transit_shipping_newsletter", """
# Port Brief: Afghan Transit Boxes

*Item in an invented shipping agents' newsletter, Karachi, January 2026. The newsletter and every figure are invented.*

Afghan transit volumes through Karachi shrank from 39,000 containers in 2024 to 42,000 in 2025, the association's members report, though they remain well below the 48,000 handled in 2023.

Agents say traders who moved to Iranian ports in 2024 have not all come back. Those who have returned cite the shorter road to Kabul through Torkham and the familiarity of Karachi's clearing agents, who speak Pashto and Dari and know the Afghan importers by name.

The main complaints remain the same as last year:

- Dwell time. Transit boxes still spend about 12 days at the port, against five or six for ordinary imports, because of the checks on goods that may be diverted into the Pakistani market.
- Guarantees. Importers of some goods must lodge bank guarantees for the full duty, which ties up their capital for weeks.
- Tracking. Every truck must carry a tracker, and trucks whose tracker fails are held at the border until a new one is fitted.

Members welcomed the port's plan to open a separate yard for Afghan transit cargo in the spring, which should shorten the queue at the scanning point.

The association's next meeting with the customs collectorate is on 10 February. Members with cases of boxes held for more than 20 days should send the details to the secretariat before then.
""", direction("Afghan transit volumes through Karachi shrank from 39,000 containers in 2024 to 42,000 in 2025", 39000, 42000,
               "2024", "2025", "shrank", "fall", "containers",
               "Afghan transit containers handled through Karachi", "opening paragraph of the brief",
               "Afghan transit volumes went from 39,000 containers in 2024 to 42,000 in 2025, a rise of 3,000 (7.69 percent), which the brief's talk of traders returning supports. The brief says volumes 'shrank'."))

add("peshawar_cold_store_grant_proposal", """
# Grant Proposal (Extract): A Cold Store for Afghan Fruit at Peshawar

*Extract from a proposal by an invented fruit traders' cooperative in Peshawar to an invented trade-facilitation fund, June 2025. The cooperative, the fund and every figure are invented.*

**1. The problem.** Every summer and autumn, trucks of grapes, pomegranates and melons from Kandahar, Jalalabad and Kabul reach Peshawar's wholesale market faster than traders can sell them. Without cold storage, fruit that arrives on a glut day is sold at a loss or thrown away. Members estimate that one truck in ten loses at least a third of its value in this way.

**2. The proposal.** A cold store of 2,000 tonnes beside the ring road, within ten minutes of the market, run by the cooperative and open to any trader at a fixed daily charge.

**3. Timeline.** The project will run over two fiscal years, FY2026-27 to FY2025-26. Land and design in the first six months, building and equipment in the next twelve, trial operation in the last six.

**4. Budget, Rs million.**

- Building and insulation: 95.
- Refrigeration plant: 60.
- Generator and solar panels: 15.
- Two refrigerated trucks: 10.
- Total: 180, of which the cooperative will pay 36 and the fund is asked for 144.

**5. Results expected.** Less waste, steadier prices for growers across the border, and more work for Peshawar's porters and drivers. By its second season the store should hold fruit from about 600 trucks a year.

**6. The cooperative.** Founded in 2016; 140 member traders; an elected board of seven; audited accounts for the last three years are attached.
""", garbled(["over two fiscal years, FY2026-27 to FY2025-26"],
             "The proposal says the project will run over two fiscal years 'FY2026-27 to FY2025-26', a period that ends a year before it begins.",
             stated_period_start="FY2026-27", stated_period_end="FY2025-26",
             subject="duration of the cold-store project", location="section 3, 'Timeline'"))

add("chowk_yadgar_money_market_report", """
# Money Market Report: Week to 14 November 2025

*Weekly report in an invented Peshawar business daily. The newspaper and every figure are invented.*

Peshawar's open currency market at Chowk Yadgar had a quiet week, with trade in afghanis thinner than usual because of the holiday in Kabul on Wednesday.

Dealers said the afghani strengthened against the rupee over the week, from Rs 4.05 to Rs 4.05, as Afghan traders sold dollars to pay for flour and cooking oil bought in Pakistan. The dollar ended the week at Rs 281.2 in the open market and at 69.4 afghanis in Kabul's Sarai Shahzada, rates that put the afghani at a little over four rupees.

**What the dealers said.**

- Demand for afghanis came mostly from Peshawar traders paying for Afghan coal and fresh fruit.
- Money changers reported more transfers through licensed exchange companies and fewer by hand, after last month's checks on cash carried across Torkham.
- The Saudi riyal and UAE dirham were steady, with remittances from the Gulf holding up before the winter.

**The week ahead.** Dealers expect little movement unless Torkham closes, which usually pushes the afghani down in Peshawar within a day, as traders who cannot send goods sell the currency they had bought to pay for them.

*Rates are those quoted by dealers at the close of trading on Friday and are indicative only.*
""", garbled(["the afghani strengthened against the rupee over the week, from Rs 4.05 to Rs 4.05"],
             "The report says the afghani 'strengthened against the rupee over the week, from Rs 4.05 to Rs 4.05': a gain that starts and ends at the same rate in the same week, for which the same sentence gives a reason.",
             start_value=4.05, end_value=4.05, start_period="week to 14 Nov 2025", end_period="week to 14 Nov 2025",
             unit="Pakistani rupees an afghani", subject="afghani-rupee rate in Peshawar's open market",
             location="second paragraph of the report"))

add("torkham_perishables_working_group_action_points", """
# Action Points: Joint Working Group on Perishables at Torkham

*Action points of an invented joint working group of the Peshawar and Jalalabad chambers of commerce, meeting at Torkham on 16 June 2025. The chambers' group and every figure are invented.*

**Present.** Six members from each chamber; customs and plant-protection officers from both sides attended as observers.

**Action points.**

1. Clearance. Customs on both sides will aim to clear a truck of fresh fruit or vegetables within six hours of its arrival at the gate. Customs on both sides will aim to clear a truck of fresh fruit or vegetables within six hours of its arrival at the gate. Each side will keep a log of arrival and release times and share it with the group every month.
2. Lane. The Pakistani side will mark a separate lane for perishables from the Landi Kotal checkpoint to the gate by 31 July.
3. Certificates. Plant-protection certificates will be accepted in scanned form, with the original to follow, for a trial of three months.
4. Scanning. Trucks of perishables will be scanned ahead of other trucks. If the scanner is out of order for more than two hours, they will be examined by hand instead.
5. Cold trucks. Refrigerated trucks will not be unloaded for examination unless the scan shows a problem.
6. Next meeting. At Jalalabad in September, to review the logs for July and August.

**Responsible.** The secretaries of the two chambers, with the customs liaison officers.

*Recorded by the Peshawar chamber's secretariat*
""", repeated("Customs on both sides will aim to clear a truck of fresh fruit or vegetables within six hours of its arrival at the gate.", 2,
              "target clearance time for a truck of perishables at Torkham", "action point 1, 'Clearance'",
              "Action point 1 states the same sentence, with its target of six hours, twice word for word, one copy straight after the other."))

add("trade_explainer_five_questions_control", """
# Explainer: Five Questions on Pakistan–Afghanistan Trade

*Explainer from an invented news website's economy desk, March 2025. The website and its trade figures are invented.*

**1. How much does Pakistan sell to Afghanistan?** USD 884 million in 2024, down from USD 1,012 million in 2023, a fall of 12.6 percent. Flour, rice, cooking oil, medicines and cement make up most of it.

**2. And how much does it buy?** USD 540 million in 2024, down from USD 690 million in 2023, a fall of 21.7 percent. Coal, fresh and dried fruit, vegetables and cotton are the main items.

**3. Who comes out ahead?** Pakistan, by a wide margin. Exports of 884 million against imports of 540 million left a surplus of USD 344 million in 2024, a little more than the USD 322 million of 2023, because imports fell faster than exports.

**4. Is the trade growing over time?** No. Total trade, exports and imports together, was USD 1,424 million in 2024, about 17.7 percent below the USD 1,731 million of 2019, the highest year of the last six.

**5. Who else trades with Afghanistan?** Many countries. Iran sells fuel, building materials and food through its western crossings; China sells machinery and consumer goods; and the Central Asian republics sell flour, fuel and electricity across the northern border. Pakistan's advantage is the short road from its cities to Kabul, Jalalabad and Kandahar, and it loses that advantage every time the crossings close.

*All figures are calendar years, in US dollars, and exclude goods in transit.*
""", control_type="control")

add("afghan_fruit_cold_chain_study_control", """
# Cold-Chain Needs for Afghan Fruit Entering Pakistan, 2025 Season (Extract)

*Extract from a study by an invented agricultural economics department in Peshawar, December 2025. The department and every figure are invented.*

**Volumes.** The study counted trucks of fresh fruit from Afghanistan entering Pakistan through Torkham and Chaman between July and December 2025, the main season, and estimated their loads from the crossings' weighbridge records.

| Fruit | Tonnes | Share (%) | Truckloads of 20 tonnes |
|---|---|---|---|
| Grapes | 24,000 | 40 | 1,200 |
| Pomegranates | 18,000 | 30 | 900 |
| Melons | 12,000 | 20 | 600 |
| Apples | 6,000 | 10 | 300 |
| Total | 60,000 | 100 | 3,000 |

**Findings.**

- Grapes and pomegranates, the two fruits that spoil fastest or fetch the highest prices, made up 70 percent of the season's volume, 42,000 tonnes.
- Trucks arrived unevenly: about a third of the season's loads came in September and October, when grapes and pomegranates overlap.
- Traders reported losses of about a tenth of the value of fruit that waited more than two days at a crossing.

**What cold storage would do.** If a tenth of the season's grapes and pomegranates, 4,200 tonnes, could be held in cold stores for a week on glut days, traders could spread their sales and avoid the steepest falls in price. Storage of about 2,000 tonnes near Peshawar and 1,000 tonnes near Quetta would be enough for the peak weeks, since stored fruit turns over at least once a week.

**Caveat.** The loads are estimates. Melons in particular are often loaded loose, and their weight varies more than that of crated fruit.
""", control_type="control")

add("peshawar_kabul_coach_timetable_control", """
# Notice: Peshawar–Kabul Coach Service, Winter Timetable 2025–26

*Notice of an invented coach operator, posted at its Peshawar booking office, November 2025. The operator and every figure are invented.*

**Departures from Peshawar.** Every day at 6:00 and 8:30 from the Hayatabad terminal. Each coach has 45 seats, so there are 90 seats a day from Peshawar, 630 a week.

**Departures from Kabul.** Every day at 6:30 and 9:00 from the Kote Sangi terminal.

**Journey.** About 270 km. Allow eight to ten hours, including the crossing at Torkham, where passengers leave the coach, pass through immigration on foot and rejoin it on the other side. The coach waits for every ticketed passenger.

**Fares.**

- One way: Rs 7,500.
- Return, used within 30 days: Rs 14,000, a saving of Rs 1,000 on two single tickets.
- Children under ten: half fare, Rs 3,750 one way.
- Luggage: 20 kg free; each extra kilogram Rs 150.

**What you need.** A valid passport and visa for Afghanistan or Pakistan as the case may be, and your ticket. Passengers without a valid visa will not be allowed to board, and their fare will be refunded less Rs 500.

**Winter.** If snow or a closure at Torkham stops the service, passengers may travel on the next coach with a seat, or take a full refund.

**Booking.** At our offices in Peshawar and Kabul, or by phone. Seats are allotted in order of booking; women travelling alone are seated in the front rows.
""", control_type="control")

# ---------------------------------------------------------------------------
# Registered Afghan refugees: citations and citation controls
# ---------------------------------------------------------------------------

add("refugees_thesis_literature_review_2021", """
# Literature Review (Extract): Afghan Workers in Peshawar's Brick Kilns

*Extract from chapter 2 of an invented master's thesis in development studies, Peshawar, 2024. The thesis, its author and the works it cites other than UNHCR are invented; the refugee figure is cited as the thesis gives it.*

**2.1 The population.** Studies of Afghan labour in Pakistan begin, sensibly, with the question of how many Afghans there are and under what status they live. The registered population is the best documented part. UNHCR (2021) puts the number of registered Afghan refugees in Pakistan at the end of 2021 at about 1.3 million, most of them in Khyber Pakhtunkhwa and Balochistan. Unregistered Afghans and holders of other documents are harder to count, and estimates of their number vary widely.

**2.2 Work in the kilns.** Earlier studies describe brick kilns around Peshawar as one of the main employers of Afghan men and boys. Rahim (2018) found that whole families worked in the kilns under advances from the owners, repaid through the season's work. Yousafzai and Khan (2020) argued that advances tie workers to a kiln for years and keep wages below the legal minimum.

**2.3 Changes since 2021.** Few studies cover the years since the change of government in Kabul. Reports from labour organisations suggest that new arrivals have added to the supply of labour in the kilns while the pressure on unregistered Afghans has made them less willing to complain.

**2.4 The gap.** No study has yet compared registered and unregistered Afghan workers in the same kilns. This thesis does so for 12 kilns in Peshawar district, using interviews with 180 workers.
""", citation(["UNHCR (2021) puts the number of registered Afghan refugees in Pakistan at the end of 2021 at about 1.3 million"],
              1300000, "2021", "UNHCR (YEAR), author-date style (in a thesis)",
              "section 2.1 of the literature review",
              "The thesis cites UNHCR (2021) for about 1.3 million registered Afghan refugees in Pakistan at the end of 2021. The reference figure for end-2021 is 1,490,562; 1.3 million is 12.8 percent below it.",
              hedge="about", stated_as_written="about 1.3 million"))

add("refugees_assembly_written_answer_2021", """
# Provincial Assembly: Written Answer on Registered Afghan Refugees

*Question and written answer in an invented sitting of a provincial assembly, February 2022. The question, the answer and the other figures are invented; the refugee figure is cited as the answer gives it.*

**Question.** Will the Minister for Home Affairs be pleased to state: (a) the number of registered Afghan refugees in Pakistan at the end of 2021; (b) how many of them live in this province; and (c) what arrangements have been made for Afghans who arrived after August 2021?

**Answer.**

(a) According to UNHCR's end-2021 figure, 1,559,964 Afghans were registered as refugees in Pakistan.

(b) Slightly more than half of them live in this province, in refugee villages and in towns and cities, chiefly Peshawar, Nowshera, Mardan and Haripur. The province's share has changed little over the past decade.

(c) Afghans who arrived after August 2021 have not been registered as refugees. Those with valid passports and visas may stay for the period of their visas. The provincial government has asked the federal government for a policy on those without documents, and for help with the cost of schools and health services in the districts that host most of them.

The Minister added that the registration cards of registered refugees are valid until 30 June 2022, and that the province has asked for their extension.

*Minister for Home Affairs*
""", citation(["According to UNHCR's end-2021 figure, 1,559,964 Afghans were registered as refugees in Pakistan"],
              1559964, "2021", "UNHCR's end-YEAR figure (in a written answer)",
              "answer to part (a)",
              "The answer cites UNHCR's end-2021 figure for 1,559,964 registered Afghan refugees in Pakistan. The reference figure for end-2021 is 1,490,562; 1,559,964 is exactly the reference figure for end-2024, 4.7 percent above the year cited.",
              same_as_year="2024", stated_as_written="1,559,964"))

add("refugees_ngo_annual_report_2022", """
# Annual Report 2022 (Extract): Our Work with Afghan Refugees

*Extract from the annual report of an invented non-governmental organisation in Quetta, published in 2023. The organisation, its programmes and the other figures are invented; the refugee figure is cited as the report gives it.*

**The context.** The year 2022 was the first full year after the change of government in Kabul. Registered refugees, new arrivals without documents and host communities all felt the effects of Afghanistan's economic collapse, as remittances from relatives across the border dried up and prices rose on both sides.

The UNHCR Global Trends report 2022 counted some 2.2 million registered Afghan refugees in Pakistan at the end of that year, the great majority of them in Khyber Pakhtunkhwa and Balochistan. Behind that number are families who have lived here for two or three generations, and children who have never seen Afghanistan.

**What we did.**

- Ran 14 community schools in refugee villages near Quetta and Pishin, with about 2,300 pupils, more than half of them girls.
- Trained 320 women in tailoring and embroidery, and helped 95 of them find regular orders from shops in Quetta.
- Provided winter kits to about 1,800 families during the cold months.
- Helped 640 families renew their documents by taking them to registration centres.

**What we learned.** Demand for schooling for girls rose sharply, as families who had hoped to return found that their daughters could not continue school in Afghanistan beyond the primary grades.

**Looking ahead.** We plan to open four more schools in 2023, if funding allows.
""", citation(["The UNHCR Global Trends report 2022 counted some 2.2 million registered Afghan refugees in Pakistan"],
              2200000, "2022", "UNHCR Global Trends report YEAR (in an NGO's annual report)",
              "second paragraph of 'The context'",
              "The report cites the UNHCR Global Trends report 2022 for some 2.2 million registered Afghan refugees in Pakistan at the end of 2022. The reference figure for end-2022 is 1,743,278; 2.2 million is 26.2 percent above it.",
              hedge="some", stated_as_written="some 2.2 million"))

add("refugees_deputy_commissioner_letter_2020", """
# Letter from the Office of the Deputy Commissioner

*Letter from an invented district administration in Khyber Pakhtunkhwa to the provincial home department, March 2021. The office, its staff and the other figures are invented; the refugee figure is cited as the letter gives it.*

Subject: Planning for schools and health services in refugee-hosting union councils

Sir,

I am directed to refer to your letter of 2 February asking districts for their needs in refugee-hosting areas in the coming financial year.

As per UNHCR's statistics as on 31.12.2020, Pakistan had 1,638,432 registered Afghan refugees, of whom a large number live in this district, in three refugee villages and in the town itself. Their children attend government schools alongside local children, and their families use the same basic health units.

The district's needs are as follows:

1. Eleven additional classrooms in the six primary schools nearest the refugee villages, where classes now have more than 60 pupils.
2. A second doctor and two nurses for the basic health unit that serves the largest refugee village.
3. Repair of the water supply scheme shared by the refugee village and the neighbouring union council, which has been out of order since December.

The cost of these works is estimated at Rs 48 million, details of which are enclosed. The district requests that they be included in the annual development programme.

The Deputy Commissioner would be grateful for an early reply.

Yours obediently,

*Assistant Commissioner (General), for Deputy Commissioner*
""", citation(["As per UNHCR's statistics as on 31.12.2020, Pakistan had 1,638,432 registered Afghan refugees"],
              1638432, "2020", "UNHCR's statistics as on DD.MM.YEAR (in an official letter)",
              "third paragraph of the letter",
              "The letter cites UNHCR's statistics as on 31.12.2020 for 1,638,432 registered Afghan refugees in Pakistan. The reference figure for end-2020 is 1,438,432; the stated figure differs in one digit and is 13.9 percent above it.",
              stated_as_written="1,638,432"))

add("refugees_aid_workers_chat_2024", """
# Group Chat: Concept Note Team

*Messages in an invented aid agency team's group chat, Islamabad, February 2025, lightly edited. The agency, the people and the other figures are invented; the refugee figure is cited as the chat gives it.*

**Sana, 09:14:** Morning all. Drafting the context para for the concept note now. Registered Afghans in PK were 1.3m (UNHCR stats, Dec-2024), most of them in KP and Balochistan. OK to use?

**Omar, 09:17:** Yes, go with that. Add a line on the returns since 2023, the donor will ask.

**Sana, 09:18:** Will do. Do we have our own numbers for the two districts?

**Hina, 09:25:** From last year's survey: about 9,000 refugee households in the two districts, 5.8 people per household on average.

**Omar, 09:26:** Good. And mention the schools: we run 22, and the waiting list is longer than last year.

**Sana, 09:31:** Got it. Budget section: are we still asking for USD 1.2m over two years?

**Omar, 09:33:** Yes, 1.2m. Split roughly 60:40 between schools and livelihoods.

**Hina, 09:40:** One thing: the donor's template wants sources for every figure, so keep the citation in.

**Sana, 10:02:** Draft context para is in the folder. Please comment by 3 pm.
""", citation(["Registered Afghans in PK were 1.3m (UNHCR stats, Dec-2024)"],
              1300000, "2024", "(UNHCR stats, Mon-YEAR) (in a group chat)",
              "Sana's first message",
              "The chat cites UNHCR statistics for December 2024 for 1.3 million registered Afghan refugees in Pakistan. The reference figure for end-2024 is 1,559,964; 1.3 million is 16.7 percent below it.",
              stated_as_written="1.3m"))

add("refugees_research_proposal_2019", """
# Research Proposal (Extract): Second-Generation Refugees and the Labour Market

*Extract from an invented proposal to an invented research council, 2020. The proposal, its authors and the other figures are invented; the refugee figure is cited as the proposal gives it.*

**1. Background.** Pakistan has hosted Afghan refugees for more than four decades. Figures released by UNHCR for end-2019 put the registered Afghan refugee population of Pakistan at nearly 1.7 million. A large share of them were born in Pakistan, and many have never lived in Afghanistan, yet they hold the same registration card as their parents and face the same limits on work, property and movement.

**2. Research questions.**

1. What work do young registered refugees born in Pakistan do, and how does it compare with that of young Pakistanis in the same neighbourhoods?
2. How do the limits attached to the registration card affect their choice of work and their earnings?
3. What do they expect for their own future, in Pakistan or in Afghanistan?

**3. Method.** A survey of 1,200 young people aged 18 to 30 in four cities (Peshawar, Quetta, Karachi and Rawalpindi), half of them registered refugees and half Pakistani neighbours, followed by 60 life-history interviews.

**4. Timeline and budget.** Eighteen months from the award. The budget requested is Rs 9.6 million, two-thirds of it for fieldwork.

**5. Ethics.** Names will not be recorded. Refugees will be told that taking part has no effect on their status, and interviews will be held where participants choose.
""", citation(["Figures released by UNHCR for end-2019 put the registered Afghan refugee population of Pakistan at nearly 1.7 million"],
              1700000, "2019", "figures released by UNHCR for end-YEAR (in a research proposal)",
              "section 1 of the proposal",
              "The proposal cites figures released by UNHCR for end-2019 for nearly 1.7 million registered Afghan refugees in Pakistan. The reference figure for end-2019 is 1,419,084; 1.7 million is 19.8 percent above it.",
              hedge="nearly", stated_as_written="nearly 1.7 million"))

add("refugees_exhibition_panel_citation_control", """
# Exhibition Panel: "Forty Years a Guest"

*Text of one panel in an invented exhibition on Afghan refugees in Pakistan, shown at an arts council in Peshawar, 2021. The exhibition and its curators are invented; the refugee figures are cited as the panel gives them.*

**A population that is counted every year.** Behind every photograph in this room is a family that has been counted, registered and given a card. The count is a way of knowing who is here; it is also, for those counted, the paper that lets them stay.

**1,419,084** Afghans were registered as refugees in Pakistan at the close of 2019 — UNHCR, end-2019

**1,438,432** were registered a year later — UNHCR, end-2020

The difference, 19,348 people, is a rise of 1.4 percent. Most of it is children born to families already registered, not new arrivals: in 2020, with the borders closed for months by the pandemic, few people crossed at all.

**Look closer.** The photographs on this wall were taken in a refugee village near Haripur between 2019 and 2021. The woman in the third picture arrived as a girl in 1981 and now has grandchildren, each of them registered as a refugee in the country where they were born.

**Questions for visitors.** What would it mean to be a guest for forty years? And what should a host owe a guest who has never known another home?
""", control_type="citation_control")

add("refugees_policy_paper_references_citation_control", """
# Policy Paper (Extract): After the Returns

*Extract from an invented policy paper by an invented Islamabad research institute, May 2025. The institute and its authors are invented; the refugee figures are cited as the paper gives them.*

**3. How large is the registered population now?** The registered Afghan refugee population of Pakistan fell from 1,987,717 at the end of 2023 [1] to 1,559,964 at the end of 2024 [2], a drop of 427,753 people, or 21.5 percent, in a single year. No earlier year in the series shows a fall of anything like this size.

The fall reflects returns to Afghanistan, both voluntary and under pressure, after the government's decisions of late 2023, as well as the lapse of registration for some card holders who did not renew in time. It does not mean that all those no longer counted have left: some remain in Pakistan without valid documents, and their number is not known.

**4. What follows for policy.** A smaller registered population does not make the policy questions smaller. Those who remain registered are, on average, people with the deepest roots in Pakistan. Any plan for their future needs to start from the fact that many of them were born here.

**References**

[1] UNHCR, Pakistan country page: Afghan refugee registration data at 31 December 2023.

[2] UNHCR, Pakistan country page: Afghan refugee registration data at 31 December 2024.
""", control_type="citation_control")

add("refugees_infographic_text_citation_control", """
# Infographic Text: Registered Afghan Refugees, 2021 and 2022

*Text of an invented newspaper's infographic on registered Afghan refugees in Pakistan, published in 2023. The newspaper is invented; the refugee figures are cited as the infographic gives them.*

**Headline.** A year of growth in the register

**Panel 1: End of 2021.** 1,490,562 registered Afghan refugees in Pakistan. Source line: UNHCR data as of end-2021.

**Panel 2: End of 2022.** 1,743,278 registered Afghan refugees in Pakistan. Source line: UNHCR data as of end-2022.

**Panel 3: The change.** Up 252,716 people, or 17.0 percent, in one year.

**Panel 4: Why the rise?** Several things at once: children born to registered families, people who had been in Pakistan for years and were registered late, and the completion of registration exercises that had been delayed during the pandemic. The rise is in the register; it does not measure how many people crossed the border in 2022.

**Panel 5: Where they live.** Most registered refugees live in Khyber Pakhtunkhwa, followed by Balochistan, Punjab and Sindh, in refugee villages and in cities.

**Footnote.** Figures are for 31 December of each year. Afghans who are not registered as refugees, including those who hold other documents or none, are not included in these panels.
""", control_type="citation_control")
