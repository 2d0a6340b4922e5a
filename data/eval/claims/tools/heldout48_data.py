# Forty-eighth held-out set of synthetic documents ("heldout48").  Written from
# scratch after heldout47/, by a labeller session that had not opened dyad's
# implementation or history and had not seen any of its results.
# Every entry: name (topic slug, numbered later by build_heldout48.py), text,
# labels (list of defect dicts), control_type for controls.
# Registers not used before: a toffee and chewing gum factory at Topi, Swabi,
# that sold to a wholesaler in Kot-e Sangi, Kabul; a sunflower oil mill at Tando
# Adam, Sanghar, that sold to a trader in Kandahar; a pedestal fan maker at
# Jalalpur Jattan, Gujrat, that sold to a dealer in Mazar-e Sharif; a postin
# (embroidered sheepskin coat) workshop in Ghazni that sold to a dealer in
# Peshawar; a hing trader in Ghurian, Herat, that sold to a spice processor in
# Karachi; a pashmina weaving house at Garam Chashma, Chitral, that bought down
# from Badakhshan and sold to a shop in Kabul; a women's namad (felt rug)
# workshop in Kishim, Badakhshan, that sold to a dealer in Peshawar; and macro
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
#   Utmankhel Confectionery, Topi (invented), founded 1991 by Basharat
#     Utmankhel, run by Hammad Utmankhel, accounts Zara Utmankhel, gum-line
#     supervisor Saba Razar: cartons sold 2023 14,000, 2024 15,600, 2025 12,500;
#     to Zaker Yaftali, Yaftali Brothers, Kot-e Sangi, Kabul 5,800 / 6,300 /
#     3,100, at home 8,200 / 9,300 / 9,400 (2025: Peshawar 3,900, Rawalpindi and
#     Islamabad 2,600, Lahore 1,700, rest 1,200); milk toffee Rs 6,600 a carton
#     in 2024, Rs 7,200 from April 2025; 57 workers at the end of 2024, 46 at
#     the end of 2025; the 9 September 2025 shipment 620 / 340 / 280 / 160
#     cartons (1,400); gum line 900 boxes a shift, three shifts (2,700 a day).
#   Kalhoro Oil Mills, Tando Adam (invented), founded 1984 by Imdad Kalhoro,
#     run by Ahmer Kalhoro, mill manager Muneeb Jamot, chemist Fareeha Mahar,
#     company secretary Noreen Khakwani: seed crushed 2023 9,000 tonnes, 2024
#     10,500, 2025 8,400; oil 3,400 / 4,000 / 3,200; to Enayat Arghandiwal,
#     Kandahar (since 2016) 1,300 / 1,550 / 900, at home 2,100 / 2,450 / 2,300;
#     growers paid Rs 9,100 (2024) and Rs 8,600 (2025) for 40 kg; 34 permanent
#     workers; an August 2025 load costed at Rs 7,840 a tin, sold at Rs 8,300.
#   Chattha Fans, Jalalpur Jattan (invented), founded 1979 by Fayyaz Chattha,
#     run by Nawaz Chattha, foreman Ghayas Sahi, accounts Huma Daha: fans sold
#     2023 21,000, 2024 24,500, 2025 19,800; to Haseeb Babai, Mazar-e Sharif
#     6,000 / 7,200 / 3,500, at home 15,000 / 17,300 / 16,300; 24-inch fan Rs
#     13,800 in 2024, Rs 14,500 in 2025, Rs 15,200 from March 2026; 62 workers;
#     600 g of copper wire a stator (50 stators a 30-kg reel); electricity
#     January-June 2025 79,190 units, Rs 4,911 thousand.
#   Andarabi Postin, Ghazni (invented), founded 1968 by Azim Andarabi, run by
#     his grandson Ramin Andarabi: postins made 2024 720, 2025 510; to Waqif
#     Hamdani, Hamdani Leathers, Peshawar 300 / 120, in Ghazni and through Milad
#     Sangcharaki's shop in Kabul 420 / 390; large embroidered postin Afs
#     14,000; the 24 September 2025 consignment 20 / 25 / 35 pieces at USD 190 /
#     150 / 60 (USD 9,650); rent Afs 12,000 a month (six months Afs 72,000).
#   Ghuriani Hing Traders, Ghurian (invented), run by Hesam Ghuriani, son
#     Arash: hing bought and sold 2023 46 tonnes, 2024 52, 2025 38; to Zaheer
#     Pitafi, Pitafi Spices, Karachi 30 / 34 / 14, in Herat and Kabul 16 / 18 /
#     24; collectors paid Afs 3,200 a kg in 2024, Afs 2,900 in 2025, Afs 3,000
#     opening in 2026; about 140 collecting families; first-cut hing USD 46 a kg
#     in 25-kg tins (USD 1,150 a tin); a 4,120-kg lot loaded on 3 September
#     2025, 4,065 kg at Karachi.
#   Zondra Pashmina House, Garam Chashma (invented), founded 1988 by Aliya
#     Zondra: raw down bought 2024 2,100 kg, 2025 1,300 kg; shawls woven 2023
#     1,150, 2024 1,320, 2025 1,050; sold in Islamabad 640 / 700 / 760, to
#     Mahtab Yamgi's shop in Kabul 510 / 620 / 290; plain shawl Rs 35,000 in
#     2024, Rs 38,000 from January 2025; 22 weavers, 14 looms.
#   Kishim Women's Namad Workshop, Kishim (invented), head Deeba Munjani,
#     supported by the Kokcha Crafts Fund (programme officer Maliha Rustaqi):
#     namads sold 2023 520, 2024 610, 2025 450; to Zain Gigyani, Peshawar 190 /
#     240 / 90, in Faizabad and Kabul 330 / 370 / 360; 27 women.
#   Macro documents: 1,240 trucks stranded, a driver and a cleaner on each
#     (2,480 men, Rs 25,000 each, Rs 62 million).

HELDOUT48 = []
from heldout_labels import (  # noqa: F401
    PAIR, REFS, adder, arith, change_pct, citation, direction, garbled, line_of, parts_total, pdf_lines, scope, tvt,
    repeated, reuse,
)

add = adder(HELDOUT48)

# ---------------------------------------------------------------------------
# Utmankhel Confectionery (invented): a toffee and chewing gum factory at Topi
# ---------------------------------------------------------------------------

add("toffee_factory_founders_letter_control", """
# Thirty-Five Years of Utmankhel Toffee

*Founder's letter to the workers of a toffee and chewing gum factory at Topi, District Swabi, read out at the factory gate in January 2026. The factory, its people and all figures are invented.*

To everyone at Utmankhel Confectionery,

When I rented a shed on the Swabi road in 1991 I had one copper pan, a borrowed wrapping table and a recipe for milk toffee that my mother made for weddings. This month the factory is thirty-five years old, and I want to thank you for the hardest of those years.

You know the numbers, because many of you counted the cartons. We sold 12,500 cartons in 2025, against 15,600 in 2024, and the whole of the fall came from Kabul. Zaker Yaftali took 6,300 cartons from us in 2024 and 3,100 in 2025, and nothing has crossed since Torkham closed on 12 October. At home we did a little better than the year before: 9,400 cartons against 9,300.

We did not raise our price again after the spring. A carton of milk toffee cost Rs 7,200 when the border closed and it costs Rs 7,200 today, and the dealers in Peshawar and Rawalpindi have noticed.

There are 46 of us now, eleven fewer than a year ago. Every one of the eleven left with two months' wages and a letter from Hammad, and several have already found work in Swabi.

The new wrapping film comes from China and the sugar from a mill in Mardan. Neither is cheap, and both are paid for on time.

Hammad runs the factory now, and Zara keeps the books better than I ever did. I still come in most mornings to taste the first batch.

Basharat Utmankhel
""", control_type="control")

SHIPMENT = """| Product | Cartons |
|---|---|
| Milk toffee, 24 jars a carton | 620 |
| Chewing gum, 40 boxes a carton | 340 |
| Lollipops, 30 bags a carton | 280 |
| Mango candy, 36 bags a carton | 160 |
| **Total** | **1,400** |"""

add("toffee_factory_shipping_advice", """
# Shipping Advice: Toffee for Kabul, 9 September 2025

*Shipping advice sent by a toffee and chewing gum factory at Topi, District Swabi, to its wholesaler in Kabul, with a note from the accounts office. The factory, the wholesaler and all figures are invented.*

**Utmankhel Confectionery, Topi. To: Yaftali Brothers, Kot-e Sangi, Kabul. Goods: confectionery in cartons, on two trucks leaving the factory on 9 September 2025.**

""" + SHIPMENT + """

**Note from the accounts office**

Dear Zaker sahib,

The first truck carries the milk toffee and the mango candy. The chewing gum, 430 cartons, is on the second truck with the lollipops, loaded at the back so that your men can take it off first at Kot-e Sangi; the summer heat softens gum faster than anything else we make, and it should go into your cool room the same day.

Our invoice follows by courier. The price is unchanged from the spring: Rs 7,200 for a carton of milk toffee, and the other lines as in our price list of April. Payment can be made through the usual money changer in Peshawar, as before.

The drivers expect to reach Torkham on Thursday. If the queue at the crossing is as long as it was last month, they will wait on our side rather than unload, and they will telephone you each evening.

Please count the cartons against this advice when they arrive and tell us of any shortfall within a week. Last month a few cartons of lollipops arrived crushed, so this load has been packed with board between the layers.

With our regards to your father,

Zara Utmankhel, accounts
""", tvt(["The chewing gum, 430 cartons, is on the second truck", line_of(SHIPMENT, "| Chewing gum")],
        {"advice_value": 430, "table_value": 340}, "cartons of chewing gum",
        "cartons of chewing gum in the shipment to Kabul", "9 September 2025",
        "accounts office's note, first paragraph, against the chewing gum row of the shipment table",
        "The note says the chewing gum comes to 430 cartons, but the table above gives 340 cartons of chewing gum; only 340 agrees with the table's total of 1,400 cartons (620 + 340 + 280 + 160). The two figures differ by two swapped digits.",
        table_form="pipe, products as rows with one cartons column and a total row"))

MARKETS = """| Market | Cartons sold, 2025 |
|---|---|
| Peshawar | 3,900 |
| Rawalpindi and Islamabad | 2,600 |
| Lahore | 1,700 |
| Rest of Pakistan | 1,200 |
| Kabul (Yaftali Brothers) | 3,100 |
| **Total** | **12,600** |"""

add("toffee_factory_investor_update", """
# Investor Update: Utmankhel Confectionery, 2025

*Update sent by the managing partner of a toffee and chewing gum factory at Topi, District Swabi, to the family's sleeping partners, January 2026. The factory, its partners and all figures are invented.*

Dear Kamil sahib and Aunt Gulshan,

Here is the year in brief, before the accounts are audited in March.

**Sales.** Kabul took 3,100 cartons in 2025, less than half of what it took the year before, and nothing at all after the crossing at Torkham closed on 12 October. The home market held up, and Peshawar is now our largest buyer by a wide margin:

""" + MARKETS + """

**Costs.** Sugar cost us Rs 148 a kilogram on average, against Rs 139 in 2024, and wrapping film went up again in the autumn. We have held the price of a carton of milk toffee at Rs 7,200 since April.

**People.** We ended the year with 46 workers, eleven fewer than at the end of 2024. No one was let go without two months' wages, and the gum line still runs three shifts.

**Cash.** The bank overdraft stood at Rs 4.1 million at the end of December, within our limit of Rs 6 million. We paid the sugar mill on time in every month of the year.

**Outlook.** Zaker Yaftali has asked us to keep his brand of mango candy in production for the day the border opens. We will, but at half the volume until then. New dealers in Multan and Hyderabad have asked for samples.

Any questions before the March meeting are welcome.

Hammad Utmankhel
""", parts_total([line_of(MARKETS, "| **Total**")],
                 {"Peshawar": 3900, "Rawalpindi and Islamabad": 2600, "Lahore": 1700, "Rest of Pakistan": 1200,
                  "Kabul (Yaftali Brothers)": 3100},
                 12600, "cartons", "2025", "cartons of confectionery sold by market",
                 "total row of the sales table under Sales",
                 "The total row gives 12,600 cartons, but the five markets add up to 12,500 (3,900 + 2,600 + 1,700 + 1,200 + 3,100).",
                 table_form="pipe, markets as rows with one cartons column and a total row"))

add("toffee_factory_recommendation_letter", """
# Recommendation Letter for Saba Razar

*Recommendation letter written by the managing partner of a toffee and chewing gum factory at Topi, District Swabi, for a shift supervisor who is moving to Lahore, December 2025. The factory, its people and all figures are invented.*

To whom it may concern,

Saba Razar worked at Utmankhel Confectionery for seven years, the last four of them as supervisor of our chewing gum line. She leaves us only because her husband has taken a post in Lahore, and I write this letter with real regret.

When Saba took over the gum line in 2021 it was the least reliable part of the factory. The mixer broke down every few weeks, the sheeting rollers were set by guesswork, and one box in twenty came back from the dealers with broken sticks. She kept a notebook of every stoppage, retrained the women on the packing table and persuaded my father to replace the rollers. Under her the line made 900 boxes of gum a shift, and over our three shifts 900 boxes a day, with returns below one box in two hundred.

She is strict about hygiene and fair with the women under her. In the summer of 2024, when the wrapping machine failed in the middle of a large order for Kabul, she organised hand wrapping through the night, and the trucks left on time.

Saba keeps clear records, understands the costing of a line and can read a machine manual in English. Any confectionery or food factory in Lahore would be lucky to have her, and I would gladly take her back at any time.

Please contact me at the factory if you need anything further.

Hammad Utmankhel, managing partner
""", reuse(["the line made 900 boxes of gum a shift", "over our three shifts 900 boxes a day"],
           900, "boxes of chewing gum", "boxes of gum made by the line in one shift",
           "boxes of gum made by the line in a day of three shifts", 2700,
           "The letter gives 900 boxes both for one shift and for a day of three shifts; at 900 boxes a shift, three shifts make 2,700 boxes a day."))

add("toffee_factory_company_history", """
# Our Story: Utmankhel Confectionery

*Company history page from the website of a toffee and chewing gum factory at Topi, District Swabi, as updated in January 2026. The factory, its people and all figures are invented.*

**1991: a copper pan on the Swabi road.** Basharat Utmankhel started the business in a rented shed with one pan, a wrapping table and his mother's recipe for milk toffee. For the first years every toffee was wrapped by hand, most of them by his wife and her sisters.

**1998: the first machines.** A second-hand wrapping machine from Lahore changed everything in a single season, and the factory moved to its present site on the edge of Topi.

**2006: chewing gum.** The gum line was added after a trader from Kabul asked for a gum that would not melt in a Jalalabad summer. It is still our most difficult product to make, and the one our customers ask about most.

**2014: Kabul.** Yaftali Brothers of Kot-e Sangi became our wholesaler in Afghanistan, and for ten years Kabul bought more than a third of everything we made.

**2025: a hard year.** When the crossings closed in October, Hammad Utmankhel, who now runs the factory, turned to the home market. With new dealers in Multan and Hyderabad, the factory boosted its sales, from 15,600 cartons in 2024 to 12,500 cartons in 2025, and kept most of its workers on the payroll through the winter.

**Today.** Milk toffee, chewing gum, lollipops and mango candy, made by 46 people in Topi and sold from Karachi to Peshawar. We still make every batch of toffee in copper pans, as Basharat sahib did, because nothing else gives the same colour.

Ask your dealer for the yellow jar.
""", direction("the factory boosted its sales, from 15,600 cartons in 2024 to 12,500 cartons in 2025",
               15600, 12500, "2024", "2025", "boosted", "rise", "cartons of confectionery",
               "cartons sold by the factory", "section on 2025",
               "The page says the factory boosted its sales, but the figures it gives fall from 15,600 cartons in 2024 to 12,500 in 2025, by 3,100 cartons or about 20 percent."))

# ---------------------------------------------------------------------------
# Kalhoro Oil Mills (invented): a sunflower oil mill at Tando Adam, Sanghar
# ---------------------------------------------------------------------------

add("sunflower_oil_mill_agm_notice_control", """
# Notice of the Annual General Meeting

*Notice of the annual general meeting of a family-owned sunflower oil mill at Tando Adam, District Sanghar, sent to its shareholders in January 2026 with the chairman's summary. The company, its people and all figures are invented.*

**Kalhoro Oil Mills (Private) Limited, Tando Adam**

Notice is given that the annual general meeting of the company will be held at the mill office on 21 February 2026 at eleven in the morning, to receive the accounts for the year ended 31 December 2025, to appoint the auditors and to approve the dividend proposed by the directors.

**Chairman's summary**

The mill crushed 8,400 tonnes of sunflower seed in 2025, against 10,500 tonnes in 2024, and made 3,200 tonnes of oil against 4,000. Seed was scarcer after a wet spring in Badin, yet the price we paid growers fell from Rs 9,100 to Rs 8,600 for 40 kg, as the price of imported oils fell.

Sales to Kandahar, where Arghandiwal Trading has bought our oil since 2016, fell from 1,550 tonnes to 900 tonnes, and stopped altogether when the crossing at Chaman closed in October. Much of that market has since gone to cheaper oil from Iran. At home we sold 2,300 tonnes, against 2,450 tonnes the year before. The oilcake went to dairy farmers in Matiari.

The board kept all 34 permanent workers on full pay, and took on the seasonal crew as usual.

The directors propose a dividend of Rs 6 a share, lower than last year's Rs 10, because of the fall in sales, and ask the shareholders to approve it. A shareholder who cannot attend may appoint a proxy.

By order of the board,

Noreen Khakwani, company secretary, Tando Adam, 20 January 2026
""", control_type="control")

MARGIN = """| Item | Rs a tin |
|---|---|
| Refined oil in the tin, ex-mill | 6,850 |
| Tin, cap and carton | 390 |
| Freight, Tando Adam to Chaman | 420 |
| Clearing and border charges | 180 |
| **Total cost** | **7,840** |"""

add("sunflower_oil_mill_margin_sheet", """
# Margin Sheet: Sunflower Oil for Kandahar, August 2025

*Margin sheet prepared by the export desk of a sunflower oil mill at Tando Adam for a load of cooking oil sold to a trader in Kandahar, with the mill manager's comments. The mill, the trader and all figures are invented.*

**Kalhoro Oil Mills, Tando Adam. Buyer: Arghandiwal Trading, Kandahar. Load: 1,500 tins of 16 litres, August 2025. Costs per tin, in rupees:**

""" + MARGIN + """

**Comments by Muneeb Jamot, mill manager**

The price agreed with Enayat Arghandiwal is Rs 8,300 a tin at Chaman, which leaves us Rs 460 a tin, or a little under 6 percent of cost. That is thin, but better than the home market this month.

Freight is the line to watch. The transporter has held his rate of Rs 240 a tin to Chaman since May, but diesel has gone up twice since then, and he has warned us that the next load will cost more. A rise of Rs 50 a tin would take our margin down to Rs 410.

Clearing at Chaman has been steady, but trucks are waiting two or three days at the crossing, and the tins must be kept out of the sun. We should ask Enayat sahib to share the cost of any wait beyond three days, as he did last summer.

I recommend that we accept the load at this price. Kandahar has taken 640 tonnes from us so far this year, and Enayat sahib pays within a week of delivery.

Muneeb Jamot
""", tvt(["held his rate of Rs 240 a tin to Chaman", line_of(MARGIN, "| Freight")],
        {"comment_value": 240, "table_value": 420}, "rupees a tin",
        "freight for a 16-litre tin of oil from Tando Adam to Chaman", "August 2025",
        "mill manager's comments, second paragraph, against the freight row of the margin sheet",
        "The comments give the transporter's rate as Rs 240 a tin, but the sheet above gives Rs 420 a tin for freight to Chaman; only 420 agrees with the total cost of Rs 7,840 (6,850 + 390 + 420 + 180) and with the margin of Rs 460 on a price of Rs 8,300. The two figures differ by two swapped digits.",
        table_form="pipe, cost items as rows with one rupees-a-tin column and a total-cost row"))

add("sunflower_oil_mill_cold_email", """
# Cold Email to a Kabul Wholesaler

*Cold email sent by the managing director of a sunflower oil mill at Tando Adam, District Sanghar, to a cooking-oil wholesaler in Kabul, July 2025. The mill, the wholesaler and all figures are invented.*

**From:** Ahmer Kalhoro, Kalhoro Oil Mills **To:** Siyar Darwazi **Subject:** Sunflower oil from Sindh, in 16-litre tins

Dear Mr Darwazi,

I found your name in the list of members of the Kabul cooking-oil traders' union, and I hope you will forgive a letter from a stranger.

Kalhoro Oil Mills has pressed sunflower seed at Tando Adam since 1984. We buy our seed from growers in Badin and Sanghar, press and refine it ourselves, and fill the tins on our own line. Our output of refined oil grew from 3,400 tonnes in 2023 to 3,400 tonnes in 2023, and for nine years our oil has been sold in Kandahar by Arghandiwal Trading, who will gladly speak for us.

We would now like a buyer in Kabul. We can offer:

- Refined sunflower oil in 16-litre tins, by the full truck
- Delivery to Torkham within eight days of an order
- Payment half in advance and half on delivery, through a money changer of your choice
- A sample tin, sent free to your godown

Our oil is light, does not foam in the pan, and keeps for a year in a sealed tin. The attached laboratory report gives its analysis batch by batch.

If you are interested, I would be glad to telephone you at a time that suits you, or to meet you in Peshawar in August, when I will be there for a week.

With respect,

Ahmer Kalhoro, managing director
""", garbled(["grew from 3,400 tonnes in 2023 to 3,400 tonnes in 2023"],
             "The email says output grew, but gives the same value and the same year at both ends (3,400 tonnes in 2023 to 3,400 tonnes in 2023), so no growth is shown; the end point should be a later year.",
             start_value=3400, end_value=3400, start_period="2023", end_period="2023",
             unit="tonnes of refined sunflower oil", subject="oil made by the mill",
             location="second paragraph"))

add("sunflower_oil_mill_trade_reference", """
# Trade Reference for Arghandiwal Trading

*Trade reference written by a sunflower oil mill at Tando Adam for its buyer in Kandahar, addressed to a bank in Dubai where the buyer was opening an account, September 2025. The mill, the buyer, the bank and all figures are invented.*

**Kalhoro Oil Mills (Private) Limited, Tando Adam, District Sanghar**

To the Manager, Trade Finance, Gulf Crescent Bank, Dubai

Dear Sir or Madam,

**Arghandiwal Trading, Kandahar. Proprietor: Enayat Arghandiwal**

We are glad to give a reference for Arghandiwal Trading, who have asked us to write to you.

Enayat Arghandiwal has bought refined sunflower oil from this mill since 2016. He is one of the steadiest buyers in the cooking-oil trade between Pakistan and Iran, and has taken our tins through Chaman to his godowns in Kandahar in almost every month since he began. In 2024 he bought 1,550 tonnes from us, about two fifths of our output.

He pays by the agreed date. In all these years we have never had to chase a payment for more than a few days, and he has paid in advance when our own seed purchases were heavy. His orders are clear and his complaints, when he has any, are fair.

We understand that he now wishes to import oil from Iran as well as from us, to keep his customers supplied in months when the crossing is slow. We see no difficulty in this, and it will not affect our own dealings with him.

Our relationship with him is one of the most valued we have, and we recommend him to you without reservation. We will answer any further question you may have.

Yours faithfully,

Ahmer Kalhoro, managing director
""", scope("the cooking-oil trade between Pakistan and Iran", "IRN", ["PAK", "IRN"], "Iran",
           "The reference names the buyer's trade as one between Pakistan and Iran, but the trade it describes runs from the mill in Sindh through Chaman to Kandahar, between Pakistan and Afghanistan; Iran is in the place of Afghanistan. Iran is named correctly later, as a second source of oil.",
           not_a_defect="import oil from Iran as well as from us"))

add("sunflower_oil_mill_quality_report", """
# Quality Report: Refined Sunflower Oil, Batch 25/114

*Quality report from the laboratory of a sunflower oil mill at Tando Adam on a batch of refined oil packed for Kandahar, August 2025. The mill, its people and all figures are invented.*

**Kalhoro Oil Mills laboratory. Batch: 25/114, refined sunflower oil in 16-litre tins. Sampled: 11 August 2025. Tested by: Fareeha Mahar, chemist.**

**Results**

- Free fatty acids: 0.06 percent (limit 0.10)
- Peroxide value: 1.8 meq/kg (limit 5.0)
- Moisture: 0.03 percent (limit 0.05)
- Colour: 1.3 red, 9 yellow (Lovibond)
- Smoke point: 228 degrees C
- Iodine value: 131

**Fatty acid profile.** By gas chromatography, the oil is 63 percent linoleic acid, 26 percent oleic acid, 7 percent palmitic acid and 6 percent stearic acid, which is typical of oil pressed from Sindh seed.

**Opinion.** The batch meets the mill's own standard and the Pakistan standard for refined sunflower oil, and may be packed and released for Kandahar. Tins from this batch should carry the batch number and a best-before date a year from packing.

**Note to the mill manager.** The peroxide value is higher than in the July batches, probably because the bleaching earth was changed. It is well within the limit, but I suggest that we go back to the old supplier when the present stock runs out, and that the next three batches be tested again after a month in the tin, to see whether the oil keeps as well as it should.

Fareeha Mahar, chemist
""", arith(["the oil is 63 percent linoleic acid, 26 percent oleic acid, 7 percent palmitic acid and 6 percent stearic acid"],
           "The four fatty acids of the profile add up to 102 percent (63 + 26 + 7 + 6), more than the whole of the oil.",
           shares_pct={"Linoleic acid": 63, "Oleic acid": 26, "Palmitic acid": 7, "Stearic acid": 6}, sum_pct=102,
           unit="percent of fatty acids", period="August 2025",
           subject="fatty acid profile of a batch of refined sunflower oil",
           location="paragraph on the fatty acid profile"))

# ---------------------------------------------------------------------------
# Chattha Fans (invented): a pedestal fan maker at Jalalpur Jattan, Gujrat
# ---------------------------------------------------------------------------

add("pedestal_fan_maker_price_revision_control", """
# Price Revision for Dealers, March 2026

*Price revision letter sent by a pedestal fan maker at Jalalpur Jattan, District Gujrat, to its dealers, February 2026. The maker, its people and all figures are invented.*

**Chattha Fans, Jalalpur Jattan. To all our dealers.**

Dear dealer,

From 1 March 2026 our prices to dealers will be as follows, delivered to your shop:

- 24-inch pedestal fan, copper motor: Rs 15,200 (now Rs 14,500)
- 18-inch pedestal fan, copper motor: Rs 11,600 (now Rs 11,100)
- 16-inch bracket fan, copper motor: Rs 8,300 (now Rs 7,950)

We have not taken this step lightly. Copper wire, which is more than a third of the cost of a motor, rose from Rs 2,900 a kilogram last March to Rs 3,350 this month, and the bearings we buy from China have also become dearer since the autumn. Our last revision, a year ago, took the 24-inch fan from Rs 13,800 to Rs 14,500, and we held that price through the whole of 2025, even after our sales to Mazar-e Sharif stopped.

The new prices rise by less than our costs. We have absorbed part of the increase by winding every motor in our own shop rather than buying motors in, and by cutting waste on the paint line.

Orders placed and paid for before 1 March will be supplied at the old prices, up to the quantity each dealer took in March 2025. Summer stock should be booked early: last year the heat came in April, and some of you waited weeks for the 24-inch fan.

With thanks for your custom through a difficult year,

Nawaz Chattha, managing director
""", control_type="control")

add("pedestal_fan_maker_training_manual", """
# Training Manual for Winders, Section 3: Winding the Stator

*Section of the training manual given to new winders at a pedestal fan maker at Jalalpur Jattan, District Gujrat, January 2026. The maker, its people and all figures are invented.*

**3.1 What you are making.** The stator is the fixed part of the motor, and every pedestal fan we make has one, wound with enamelled copper wire. A badly wound stator runs hot, hums, and comes back from the dealer within a month.

**3.2 Wire.** Use only the 0.45-mm wire from the store, checked by the foreman. Each stator takes 600 grams of wire, so one 30-kg reel is enough for 600 stators. Sign for every reel you take and return the empty spool to the store.

**3.3 Winding.** Set the counter on the machine to the number of turns on the card for the model. Keep the tension steady: too loose and the coil will not sit in the slot, too tight and the enamel cracks. Never join wire inside a coil.

**3.4 Testing.** Every stator is tested before it leaves your bench. Check the resistance of each coil with the meter; the reading must be within 5 percent of the card. Then run the insulation test. A stator that fails goes in the red tray, never back on the bench.

**3.5 Your work.** A trained winder finishes 35 stators in a shift. In your first month you will not be asked for more than 20, and Ghayas Sahi, our foreman, will check every stator you wind. Your pay rises each time you pass a grade.

**3.6 Safety.** Keep long sleeves buttoned and hair covered near the machine. Switch off before changing the reel. Report any burn or cut, however small.
""", reuse(["Each stator takes 600 grams of wire", "one 30-kg reel is enough for 600 stators"],
           600, "grams, then stators", "copper wire needed for one stator",
           "stators that one 30-kg reel of wire will wind", 50,
           "The manual uses 600 both for the grams of wire in one stator and for the stators one reel will wind; a 30-kg reel at 600 grams a stator winds 50 stators."))

add("pedestal_fan_maker_induction_talk", """
# Induction Talk for New Workers

*Notes of the induction talk given by the managing director of a pedestal fan maker at Jalalpur Jattan, District Gujrat, to new workers on their first morning, January 2026. The maker, its people and all figures are invented.*

Welcome, all of you, to Chattha Fans. My father, Fayyaz Chattha, started this workshop in 1979 with one lathe and a winding machine he built himself. Today 62 of us make pedestal and bracket fans under one roof, and you are the newest.

A few things about the business, so that you know what you are part of. We sold 19,800 fans in 2025, fewer than the 24,500 of the year before, because our dealer in Mazar-e Sharif could not take fans after the crossings closed in October. Haseeb Babai, who sold our fans in Mazar for fifteen years, still telephones every week to ask when he can order again.

At home the year was steadier. To keep the dealers buying, we dialled down our price for the 24-inch fan from Rs 13,800 in 2024 to Rs 14,500 in 2025, and the dealers in Punjab and Sindh kept ordering through the summer.

Now the rules of the floor. Tea is at ten and at three, and nobody eats at the benches. Prayer breaks are taken in turn, so that no line stops. Every tool you take from the store is signed for and signed back. Nobody switches on a machine he has not been trained on.

Ghayas Sahi, our foreman, has been with us for twenty-six years. Huma Daha in the office will register you today and explain your pay, your grades and your leave.

Nawaz Chattha
""", direction("we dialled down our price for the 24-inch fan from Rs 13,800 in 2024 to Rs 14,500 in 2025",
               13800, 14500, "2024", "2025", "dialled down", "fall", "rupees a 24-inch pedestal fan",
               "dealer price of the 24-inch pedestal fan", "third paragraph",
               "The talk says the price was dialled down, but the figures it gives rise from Rs 13,800 in 2024 to Rs 14,500 in 2025, by Rs 700 or about 5 percent."))

add("pedestal_fan_maker_experience_certificate", """
# Experience Certificate: Rameez Hiraj

*Experience certificate issued by a pedestal fan maker at Jalalpur Jattan, District Gujrat, to a winder leaving to work abroad, March 2026. The maker, its people and all figures are invented.*

**Chattha Fans, Jalalpur Jattan, District Gujrat**

Date: 2 March 2026

**TO WHOM IT MAY CONCERN**

This is to certify that Mr Rameez Hiraj, of Jalalpur Jattan, worked with Chattha Fans from 1 March 2019 to 28 February 2016 as a motor winder.

During this period he wound stators for our 24-inch and 18-inch pedestal fans and for our bracket fans, and from 2023 he also tested finished motors before packing. He passed our highest winding grade in 2021, and in 2025 he trained five of the new winders who joined us that year. He finished, on average, 38 stators a shift, more than we ask of a trained winder.

Mr Hiraj was regular, honest and careful with materials. In seven years with us he was absent without leave only once, when his father was taken ill and he could not send word. He never lost a reel of wire, and his stators came back from dealers less often than any other winder's.

He leaves us at his own wish to take up work abroad, and we wish him every success. We would gladly employ him again if he returns to Pakistan.

This certificate is issued at his request and without any alteration or erasure.

Nawaz Chattha, managing director

Huma Daha, accounts and staff
""", garbled(["from 1 March 2019 to 28 February 2016"],
             "The period of employment runs backwards: it ends on 28 February 2016, three years before it starts on 1 March 2019. The rest of the certificate (seven years with the firm, work from 2021 to 2025, a certificate dated 2 March 2026) shows that the end should be 28 February 2026.",
             stated_period_start="1 March 2019", stated_period_end="28 February 2016",
             subject="period of a winder's employment", location="first paragraph"))

ENERGY = pdf_lines([
    ["Month", "Units (kWh)", "Bill (Rs 000)"],
    ["January", "9,420", "584"],
    ["February", "9,880", "613"],
    ["March", "12,350", "766"],
    ["April", "14,960", "928"],
    ["May", "16,850", "1,045"],
    ["June", "15,730", "975"],
    ["Total", "79,190", "4,911"],
])

add("pedestal_fan_maker_energy_audit", """
# Energy Audit: Chattha Fans, January to June 2025

*Extract from an energy audit of a pedestal fan maker's workshop at Jalalpur Jattan, District Gujrat, by a consulting engineer, August 2025; the table is reproduced as the PDF text extraction gave it. The maker, the engineer and all figures are invented.*

**1. Electricity use.** The workshop draws power from a single industrial connection. Its bills for the first half of 2025 were:

""" + ENERGY + """

Use climbs steeply with the fan season. May, the peak of the season, used 17,850 units, far more than January, because the paint oven and the test bench then run on both shifts. On average the workshop paid about Rs 62 a unit.

**2. Findings.** The power factor averaged 0.86 over the six months, and the utility charged a penalty for it in every month. The paint oven is the largest single load, and its door seals are worn; we measured heat loss at the door on every visit. The winding machines and lathes run idle for long stretches between jobs. Lighting in the stores is left on overnight.

**3. Recommendations.** Install a capacitor bank to raise the power factor above 0.95, at a cost of about Rs 380,000, which the saving on penalties should repay within a year. Replace the oven door seals at once. Fit timers to the store lighting. Consider rooftop solar panels of 40 kW for the summer months, when the load is highest.

Abrar Bosan, consulting engineer
""", tvt(["May, the peak of the season, used 17,850 units", line_of(ENERGY, "May")],
        {"audit_value": 17850, "table_value": 16850}, "units of electricity (kWh)",
        "electricity used by the workshop in May", "May 2025",
        "paragraph after the table, against the May row of the PDF-extracted table",
        "The text says May used 17,850 units, but the table gives 16,850 units for May; only 16,850 agrees with the total of 79,190 units (9,420 + 9,880 + 12,350 + 14,960 + 16,850 + 15,730) and with the bill of Rs 1,045 thousand at about Rs 62 a unit. The two figures differ in one digit.",
        table_form="PDF text extraction, months as rows with units and bill columns and a total row"))

# ---------------------------------------------------------------------------
# Andarabi Postin (invented): a postin (sheepskin coat) workshop in Ghazni
# ---------------------------------------------------------------------------

add("postin_workshop_family_history_control", """
# The Postin Makers of Ghazni: A Family History

*Family history written by the grandson of the founder of a postin (embroidered sheepskin coat) workshop in Ghazni, for a family gathering in January 2026. The workshop, the family and all figures are invented.*

My grandfather, Azim Andarabi, came to Ghazni from Andarab in 1968 with a needle, a knife and a little money from selling his father's sheep. He apprenticed himself to an old postin maker below the citadel and, within a few years, had a shop of his own.

A postin is a coat of sheepskin, turned with the wool inside and the leather outside, and embroidered on the leather in silk. A good one is warm enough for a winter night in Ghazni and heavy enough to stand up on its own. In my grandfather's day the best skins came from Ghazni's own flocks, and the silk thread came from Uzbekistan, as it still does.

He died in 2001, at seventy-nine. He used to say that a postin should outlive the man who wears it, and some of his are still worn in the town.

Today I run the workshop, and it is smaller than it was. We made 510 postins in 2025, against 720 in 2024. Waqif Hamdani in Peshawar, who has sold our coats since 2009, took 300 of them in 2024 but only 120 in 2025, all sent before the crossings closed in October. The rest were sold in Ghazni and through Milad Sangcharaki's shop in Kabul: 390 in 2025, against 420 the year before.

Sixteen women embroider for us in their homes, as my grandmother did. A large embroidered postin sells for Afs 14,000, and the embroidery is half of what it is worth.

Ramin Andarabi
""", control_type="control")

BILL = pdf_lines([
    ["Item", "Pieces", "Amount (USD)"],
    ["Large postin, embroidered", "20", "3,800"],
    ["Large postin, plain", "25", "3,750"],
    ["Child's postin", "35", "2,100"],
    ["Total", "80", "9,560"],
])

add("postin_workshop_final_bill", """
# Final Bill: Postins for Peshawar, September 2025

*Final bill of a postin (embroidered sheepskin coat) workshop in Ghazni to its dealer in Peshawar for the season's last consignment, with the workshop's covering note; the bill is reproduced as the PDF text extraction gave it. The workshop, the dealer and all figures are invented.*

**Andarabi Postin, Ghazni. To: Hamdani Leathers, Peshawar (Waqif Hamdani). Consignment of 24 September 2025, sent by truck through Torkham.**

""" + BILL + """

**Covering note**

Dear Waqif sahib,

This is the last consignment of the season, and it brings what you have taken from us this year to 120 postins. The rates are those we agreed in June: USD 190 for a large embroidered postin, USD 150 for a large plain one and USD 60 for a child's.

Every coat was brushed, folded with paper between the panels and sewn into cloth before packing, and the bales are marked with your name in both scripts. The embroidered coats are in the first bale. If any coat has been marked by damp on the road, please keep it aside and tell me; I will replace it with the next consignment or take its price off the bill.

Please pay the total into our account with the money changer in Peshawar, as before, within a month of receiving the goods.

The drivers say the queue at Torkham grows longer every week. If the crossing closes before the goods reach you, the truck will wait on the Afghan side and I will let you know at once.

With respect,

Ramin Andarabi
""", parts_total([line_of(BILL, "Total")],
                 {"Large postin, embroidered": 3800, "Large postin, plain": 3750, "Child's postin": 2100},
                 9560, "US dollars", "consignment of 24 September 2025",
                 "amount billed for a consignment of postins",
                 "total row of the PDF-extracted bill",
                 "The total row of the bill gives USD 9,560, but the three amounts add up to USD 9,650 (3,800 + 3,750 + 2,100), as do the pieces at the rates in the covering note (20 x 190 + 25 x 150 + 35 x 60); the pieces column adds up to its total of 80.",
                 table_form="PDF text extraction, items as rows with pieces and amount columns and a total row"))

add("postin_workshop_house_rules", """
# House Rules of the Andarabi Postin Workshop

*House rules pinned on the wall of a postin (embroidered sheepskin coat) workshop in Ghazni and given to the women who embroider for it at home, revised November 2025. The workshop, its people and all figures are invented.*

**Andarabi Postin, Ghazni. Rules for everyone who works for the workshop, in the shop or at home.**

1. The workshop opens after the morning prayer and closes at sunset. In Ramadan it opens later and closes at the afternoon prayer.
2. Skins are issued by Ramin Andarabi only and are signed for in the book. Every skin is counted back at the end of the day, cut or uncut.
3. A large postin takes seven skins and a child's postin two. Offcuts larger than a hand are kept for collars and cuffs and are never thrown away.
4. Embroidery is given out on Saturdays and collected on Thursdays. Each embroiderer is paid Afs 350 for a finished collar. Each embroiderer is paid Afs 350 for a finished collar. Panels for the front and the back are paid by the piece, at the rates agreed with Benafsha Andarabi.
5. Silk thread is weighed out and weighed back. Thread that is not used is returned; thread that is lost is paid for.
6. No coat leaves the workshop without Ramin's mark on the inside seam.
7. Tea is at ten in the morning and at three in the afternoon. Nobody eats or drinks at the cutting table.
8. A woman who cannot finish her work because of illness in the family should send word, and her work will be given to another without penalty.
9. Customers are served by the family only. Anyone asked for a price should fetch Ramin or Benafsha.
""", repeated("Each embroiderer is paid Afs 350 for a finished collar.", 2,
              "pay for an embroidered collar", "rule 4",
              "The sentence giving the pay for a finished collar is written twice in a row in rule 4."))

add("postin_workshop_expression_of_interest", """
# Expression of Interest: Crafts Buyers' Programme

*Expression of interest sent by a postin (embroidered sheepskin coat) workshop in Ghazni to the organisers of a crafts buyers' programme in Dubai, December 2025. The workshop, the programme and all figures are invented.*

**Applicant:** Andarabi Postin, Ghazni, Afghanistan. **Contact:** Ramin Andarabi, proprietor. **In business since:** 1968.

**1. What we make.** Postins: long and short coats of sheepskin, worn with the wool inside and embroidered on the leather in silk, in the patterns of Ghazni. We also make children's coats and waistcoats. Every piece is cut in our workshop and embroidered by sixteen women working in their homes.

**2. Our markets.** For more than fifteen years most of our large coats went to Peshawar, through Hamdani Leathers, who sold them to collectors and to shops in Islamabad and Lahore. In 2024 Peshawar took 300 of the 720 coats we made. Since the border between Tajikistan and Afghanistan at Torkham was closed on 12 October 2025, that trade has stopped, and we made only 510 coats in 2025.

**3. Why this programme.** We need buyers who can receive coats by air from Kabul, and who understand a hand-made product that takes a month to finish. We believe buyers in the Gulf and in Europe would value our coats as Peshawar's collectors did.

**4. What we can offer.** Up to 200 coats for next winter, in sizes and colours agreed in advance; photographs of every pattern; a sample coat sent at our cost.

**5. What we ask.** Help with air freight from Kabul, with labels and care instructions in English, and with payment through a bank.

We would be honoured to take part, and we can send more information on request.

Ramin Andarabi
""", scope("the border between Tajikistan and Afghanistan at Torkham", "TJK", ["TJK", "AFG"], "Tajikistan",
           "The application names the border at Torkham as one between Tajikistan and Afghanistan; Torkham is on the border between Pakistan and Afghanistan, and the trade it describes went to Peshawar. Tajikistan is in the place of Pakistan."))

add("postin_workshop_tenancy_agreement", """
# Tenancy Agreement for a Workshop in Ghazni

*Tenancy agreement between a landlord and a postin (embroidered sheepskin coat) workshop for a shop and yard in Ghazni, signed in March 2025, in an English translation from Dari. The parties and all figures are invented.*

This agreement is made on 21 March 2025 between Masih Yamgi, the landlord, and Ramin Andarabi, proprietor of Andarabi Postin, the tenant.

1. The landlord lets the shop, the back room and the yard behind them, in the leather bazaar of Ghazni, to the tenant for one year from the date of this agreement.
2. The rent is Afs 12,000 a month. The tenant pays six months' rent in advance on signing, Afs 12,000, and the rest in equal monthly payments from the seventh month.
3. A deposit of Afs 20,000 is held by the landlord and returned at the end of the tenancy, less the cost of any damage beyond fair wear.
4. The tenant may use the yard for drying skins, but not for tanning with lime, and may not burn waste in the yard.
5. The landlord repairs the roof and the walls. The tenant repairs the doors and windows and pays for electricity and water.
6. Either party may end this agreement by giving the other two months' notice.
7. The rent will not be raised during this agreement. If the agreement is renewed, the rent will not rise by more than one tenth.
8. Any dispute will be settled first by the elders of the bazaar and, if they cannot settle it, by the court.

Signed by the landlord, Masih Yamgi, and by the tenant, Ramin Andarabi, in the presence of witnesses from the bazaar.
""", reuse(["The rent is Afs 12,000 a month", "six months' rent in advance on signing, Afs 12,000"],
           12000, "afghanis", "monthly rent of the shop and yard",
           "six months' rent paid in advance on signing", 72000,
           "The agreement gives Afs 12,000 both as the monthly rent and as the six months' rent paid in advance; six months at Afs 12,000 come to Afs 72,000."))

# ---------------------------------------------------------------------------
# Ghuriani Hing Traders (invented): a hing trader in Ghurian, Herat
# ---------------------------------------------------------------------------

add("hing_trader_scholarship_application_control", """
# Scholarship Application: Personal Statement

*Personal statement from a scholarship application to an online business diploma, written by the son of a hing trader in Ghurian, Herat province, January 2026. The trader, his family and all figures are invented.*

My name is Arash Ghuriani. I am nineteen, and for the last four summers I have worked beside my father, Hesam Ghuriani, in the hing trade in Ghurian.

Hing is the dried resin of a wild plant that grows on the dry hills west of Herat. In early summer the collectors cut the root and scrape off the hardened sap by hand. My father buys it from about 140 families in the villages around Ghurian, dries and grades it, and sells it on. In 2025 he bought 38 tonnes, against 52 tonnes in 2024.

Until last autumn most of our hing went to a spice processor in Karachi, Zaheer Pitafi, who grinds it into powder for shops across Pakistan. Karachi took 34 tonnes from us in 2024 but only 14 tonnes in 2025, and nothing at all after the crossings closed in October. The rest we sold in Herat and Kabul: 24 tonnes in 2025, up from 18 tonnes the year before.

When the Karachi trade stopped, my father had to pay the collectors less: Afs 2,900 a kilogram in 2025, against Afs 3,200 in 2024. For many families it is the year's only cash.

I want to study business because I believe our hing can be sold directly to buyers in the Gulf and in India instead of through one buyer in one city. I already keep the accounts of the business in Dari and in English.

If I receive this scholarship I will study in the evenings and keep working with my father by day.

Arash Ghuriani
""", control_type="control")

add("hing_trader_public_notice", """
# Public Notice to Hing Collectors, Season 2026

*Public notice posted in Ghurian bazaar by a hing trader and read out in the village mosques, April 2026. The trader, his people and all figures are invented.*

**Ghuriani Hing Traders, Ghurian bazaar. Notice to all families who collect hing in the hills of Ghurian and Kohsan.**

1. Buying for the 2026 season will open on the first Saturday of June at our godown behind the grain market, and at the usual weighing points in the villages.
2. The opening rate for clean, dry first-cut hing will be Afs 3,000 a kilogram. Second-cut hing will be bought at a rate fixed each week. Resin mixed with earth, or sap that is still wet, will not be bought at any rate.
3. Last season we upped our rate to collectors from Afs 3,200 a kilogram in 2024 to Afs 2,900 in 2025, although the Karachi buyers took less than half of what they had taken the year before. This year the rate depends on the Herat and Kabul markets alone, until the crossings into Pakistan open again.
4. Collectors are asked not to cut the roots of young plants, and to leave every fourth plant uncut, so that the hills are not stripped. Families found cutting young plants will not be bought from for the rest of the season.
5. Every load will be weighed in front of the collector, on the godown's scale or on a scale checked by our clerk. Any collector may ask for the weight to be read out.
6. Payment is in cash on the day of weighing. Advances against the season will be given only to families who sold to us last year.

Hesam Ghuriani, Ghuriani Hing Traders
""", direction("we upped our rate to collectors from Afs 3,200 a kilogram in 2024 to Afs 2,900 in 2025",
               3200, 2900, "2024", "2025", "upped", "rise", "afghanis a kilogram of hing",
               "rate paid to hing collectors", "point 3",
               "The notice says the rate was upped, but the figures it gives fall from Afs 3,200 a kilogram in 2024 to Afs 2,900 in 2025, by Afs 300 or about 9 percent."))

KYC = """| Year | Karachi (tonnes) | Herat and Kabul (tonnes) | Total (tonnes) |
|---|---|---|---|
| 2023 | 30 | 16 | 46 |
| 2024 | 34 | 18 | 52 |
| 2025 | 14 | 24 | 38 |"""

add("hing_trader_kyc_form", """
# Know-Your-Customer Form: Business Account

*KYC (know-your-customer) form filled in by a hing trader in Ghurian when opening a business account with a bank in Herat, November 2025; the bank's questions are in bold. The trader, the bank and all figures are invented.*

**Name of business:** Ghuriani Hing Traders

**Proprietor:** Hesam Ghuriani

**Address:** Godown behind the grain market, Ghurian, Herat province

**Nature of business:** Buying hing resin from collectors, drying and grading it, and selling it to spice processors and wholesalers.

**In business since:** 1997 (my father began the business; I took it over in 2012).

**Main buyers:** Pitafi Spices, Karachi (until October 2025); spice wholesalers in Herat and Kabul.

**Quantities sold in the last three years:**

""" + KYC + """

**Explanation of any large change in turnover:** In 2024 we sold 40 tonnes to Karachi, our best year for that market. After the crossings with Pakistan closed on 12 October 2025 we could send nothing more, and we now sell only inside Afghanistan. We are looking for buyers abroad who can be reached by air.

**Expected transactions on the account:** Payments from buyers in Herat and Kabul by bank transfer; cash withdrawals to pay collectors in May, June and July.

**Source of funds:** The business's own earnings. No loans are outstanding.

**Declaration:** I declare that the information above is true and complete, and I will tell the bank of any change.

Signed: Hesam Ghuriani
""", tvt(["In 2024 we sold 40 tonnes to Karachi", line_of(KYC, "| 2024")],
        {"form_value": 40, "table_value": 34}, "tonnes of hing",
        "hing sold to the Karachi buyer", "2024",
        "explanation of change in turnover, against the 2024 row of the quantities table",
        "The explanation says 40 tonnes were sold to Karachi in 2024, but the table gives 34 tonnes for Karachi in 2024; only 34 agrees with the row's total of 52 tonnes (34 + 18).",
        table_form="pipe, years as rows with Karachi, Herat-and-Kabul and total columns"))

add("hing_trader_survey_certificate", """
# Survey Certificate: Hing Consignment to Karachi

*Survey certificate issued by an independent surveyor in Karachi on a consignment of hing resin received from a trader in Ghurian, September 2025. The surveyor, the parties and all figures are invented.*

**Kharal Survey Services, Karachi. Certificate of weight and condition.**

**Consignment:** hing resin, first and second cut, in lined jute sacks. **Shipper:** Ghuriani Hing Traders, Ghurian, Herat province. **Consignee:** Pitafi Spices, Karachi. **Route:** by road through Kandahar, Chaman and Quetta. **Surveyed at:** the consignee's warehouse, Karachi, 11 September 2025.

**Findings**

1. Packing. Sixty sacks were received with the shipper's seals intact. Two sacks were damp at the bottom and were weighed and sampled separately.
2. Weight. The net weight of the consignment fell from 4,120 kg at loading on 3 September 2025 to 4,120 kg at loading on 3 September 2025, a loss in transit that is normal for fresh resin carried in summer heat.
3. Moisture. Samples drawn from ten sacks gave a moisture content between 7 and 9 percent, within the contract limit.
4. Foreign matter. Sand and root fibre were found in small amounts in the second-cut sacks, as is usual for this grade.
5. Smell and colour. The first-cut resin is strong and pale, as expected of new-season hing from Herat province.

**Opinion.** The consignment is of fair average quality for the season and agrees with the contract description. The loss of weight in transit is within the allowance in the contract. The two damp sacks should be dried before grinding.

This certificate is issued without prejudice to the rights of either party.

Azam Kharal, surveyor
""", garbled(["fell from 4,120 kg at loading on 3 September 2025 to 4,120 kg at loading on 3 September 2025"],
             "The certificate says the weight fell in transit, but gives the same value at the same point at both ends (4,120 kg at loading on 3 September 2025), so no weight on arrival is given and no loss is shown.",
             start_value=4120, end_value=4120, start_period="3 September 2025", end_period="3 September 2025",
             unit="kilograms of hing resin", subject="net weight of a consignment of hing",
             location="finding 2"))

add("hing_trader_sample_request_reply", """
# Reply to a Sample Request

*Email from a hing trader in Ghurian replying to a sample request from a spice company in Dubai, December 2025. The trader, the company and all figures are invented.*

**From:** Hesam Ghuriani, Ghuriani Hing Traders **To:** Saadia Rodeni, purchasing **Subject:** Re: Sample request, hing resin

Dear Ms Rodeni,

Thank you for your sample request of 2 December. We are glad to send samples of both our grades, and they will leave Herat by air courier next week.

Until October most of our hing went by road to a processor in Karachi. Since the crossings with Pakistan closed, we are looking for buyers who can receive it by air, and your company was recommended to us by a friend in the spice market in Kabul.

**Our grades**

- First cut: the resin of the first scraping, pale and strong, cleaned and dried.
- Second cut: darker, with a little more fibre, for blending.

**Prices**

First-cut hing is USD 46 a kilogram, packed in sealed 25-kg tins. A tin of first cut therefore costs USD 46, delivered to Herat airport; air freight to Dubai is charged at cost. Second cut is priced by the lot, according to its quality.

**Quantities**

We bought 38 tonnes from the collectors in 2025 and can offer up to 10 tonnes of first cut from the 2026 season, which begins in June.

**Payment**

Half on order and half before shipment, by bank transfer to our account in Herat.

Please let us know when the samples arrive, and whether your laboratory needs any further information from us.

With best regards,

Hesam Ghuriani
""", reuse(["USD 46 a kilogram", "A tin of first cut therefore costs USD 46"],
           46, "US dollars", "price of a kilogram of first-cut hing",
           "price of a 25-kg tin of first-cut hing", 1150,
           "The email gives USD 46 both as the price of a kilogram and as the price of a 25-kg tin; at USD 46 a kilogram a tin costs USD 1,150."))

# ---------------------------------------------------------------------------
# Zondra Pashmina House (invented): a weaving house at Garam Chashma, Chitral
# ---------------------------------------------------------------------------

QUOTES = """| Supplier | Rate (Rs a kg) | Quantity offered (kg) | Delivery |
|---|---|---|---|
| Masih Rustaqi, Chitral bazaar | 12,400 | 250 | April |
| Kambiz Munjani, Garam Chashma | 13,100 | 400 | May |
| Tarkani Wool House, Peshawar | 11,800 | 150 | April |"""

add("pashmina_weaving_house_comparative_statement", """
# Comparative Statement: Raw Pashmina for 2026

*Comparative statement of quotations for raw pashmina down, prepared by the manager of a weaving house at Garam Chashma, District Chitral, March 2026. The weaving house, the traders and all figures are invented.*

**Zondra Pashmina House, Garam Chashma. Requirement: 600 kg of cleaned raw pashmina down for the 2026 weaving season.**

""" + QUOTES + """

**Observations**

1. All three suppliers hold down brought from Badakhshan before the crossings closed last autumn. None can promise more until the trade opens again.
2. The lowest rate is Tarkani's, but they offer only 150 kg, and their sample was greyer and shorter than we like for plain shawls.
3. Masih Rustaqi's rate of Rs 14,200 a kg is for white down of the quality we used in 2024, and his sample was the best of the three.
4. Kambiz Munjani can supply the whole of the balance and has sold to us for many years, though his down needs more cleaning.
5. In 2025 we bought 1,300 kg of down, against 2,100 kg in 2024. With fewer shawls going to Kabul, 600 kg should be enough until the autumn.

**Recommendation**

Buy 250 kg from Masih Rustaqi and 350 kg from Kambiz Munjani, at a cost of about Rs 7.7 million, and ask Tarkani Wool House for a new sample in the summer.

Shehroz Zondra, manager

Approved: Aliya Zondra
""", tvt(["Masih Rustaqi's rate of Rs 14,200 a kg", line_of(QUOTES, "| Masih Rustaqi")],
        {"statement_value": 14200, "table_value": 12400}, "rupees a kilogram",
        "rate quoted by Masih Rustaqi for raw pashmina down", "March 2026",
        "observation 3, against the first row of the quotations table",
        "Observation 3 gives Masih Rustaqi's rate as Rs 14,200 a kg, but the table gives Rs 12,400; only 12,400 agrees with the recommended purchase costing about Rs 7.7 million (250 x 12,400 + 350 x 13,100 = 7,685,000). The two figures differ by two swapped digits.",
        table_form="pipe, suppliers as rows with rate, quantity and delivery columns"))

add("pashmina_weaving_house_eid_message", """
# Eid Message to Our Customers

*Eid message sent by email and posted on the website of a pashmina weaving house at Garam Chashma, District Chitral, March 2026. The weaving house, its people and all figures are invented.*

Eid Mubarak from all of us at Zondra Pashmina House.

For those who do not know us: we are 22 weavers, most of them women, working on hand looms in a house beside the hot springs at Garam Chashma. Aliya Zondra started the house in 1988 with two looms and one customer, and we still weave every shawl by hand from the down of goats raised in Badakhshan and in our own valley.

This has been a mixed year. Our shawls to Kabul, where Mahtab Yamgi's shop has sold them since 2015, fell by 47 percent, from 620 in 2024 to 290 in 2025, and none have gone since October, when the crossings closed. The down we buy from Badakhshan has become scarce and dear for the same reason.

But you, our customers in Islamabad and beyond, bought 760 of our shawls in 2025, more than in any year before. Many of you came to the house yourselves in the summer and sat with the weavers. Thank you.

A plain shawl is Rs 38,000, the price we have held since January 2025, and we will hold it through the coming summer. Our new colours for this season are walnut, undyed grey and a deep green from the Shishi valley.

If you are travelling north after Eid, the road to Garam Chashma is open, and the tea is always on.

With our prayers for you and your families,

Aliya Zondra and Shehroz Zondra
""", arith(["fell by 47 percent, from 620 in 2024 to 290 in 2025"],
           "The message says shawls to Kabul fell by 47 percent, but a fall from 620 to 290 is a fall of 53.2 percent; 290 is about 47 percent of 620, so the figure is the share that remained, not the fall.",
           **{"from": 620, "to": 290, "from_period": "2024", "to_period": "2025", "stated_change_pct": 47,
              "computed_change_pct": change_pct(620, 290),
              "as_written": {"stated_change_pct": "fell by 47 percent"},
              "unit": "shawls", "subject": "pashmina shawls sold to the Kabul shop",
              "location": "third paragraph"}))

add("pashmina_weaving_house_census_form", """
# Handicraft Census Form: Weaving Unit

*Handicraft census form filled in for a pashmina weaving house at Garam Chashma, District Chitral, by the district's enumerator with the owner, January 2026; the form's questions are in bold. The weaving house, its people and all figures are invented.*

**Section A. The unit**

**Name of unit:** Zondra Pashmina House. **Owner:** Aliya Zondra. **Year started:** 1988. **Craft:** hand weaving of pashmina shawls. **Premises:** owned, beside the hot springs, Garam Chashma.

**Section B. Workers and equipment**

**Weavers:** 22 (16 women, 6 men). **Spinners working from home:** about 40 women in the valley. **Hand looms:** 14. **Power looms:** none.

**Section C. Raw material, 2025**

**Raw material used:** 1,300 kg of pashmina down. **Source:** traders bringing down from Badakhshan, Afghanistan (most of it), and goats of the Garam Chashma valley (the rest).

**Section D. Output and sales, 2025**

**Shawls woven:** 1,300. **Shawls sold in Pakistan:** 760, through the unit's own customers and a shop in Islamabad. **Shawls sold abroad:** 290, to a shop in Kabul, until October. **Shawls in stock at the end of the year:** none.

**Section E. Main problems**

Closure of the crossings with Afghanistan since October 2025, which has stopped both the down from Badakhshan and the sales to Kabul; the price of down; no bank loan available for a small unit.

**Enumerator's remarks:** A well-run unit with written records for every year. The owner asked whether the government will open a trade route over the Dorah pass.

Enumerator: Wasi Salarzai
""", reuse(["**Raw material used:** 1,300 kg", "**Shawls woven:** 1,300"],
           1300, "kilograms, then shawls", "pashmina down used in 2025",
           "shawls woven in 2025", 1050,
           "The form gives 1,300 both for the kilograms of down used and for the shawls woven in 2025; with 760 shawls sold in Pakistan, 290 sold abroad and none in stock, the unit wove 1,050 shawls."))

add("pashmina_weaving_house_school_magazine", """
# The Weavers of Garam Chashma

*Article by a student in the school magazine of a girls' high school in Chitral, March 2026. The weaving house, its people and all figures are invented.*

On a cold morning in February our class visited Zondra Pashmina House in Garam Chashma. We went to learn how a pashmina shawl is made, and we came back knowing why they cost so much.

The house stands beside the hot springs. Inside, fourteen wooden looms stand in two long rows, and the weavers, most of them women, sit at them from morning to afternoon. A plain shawl takes a weaver more than a week. The down comes from goats in Badakhshan, across the mountains in Afghanistan, and is spun into thread by women in their own homes before it reaches the looms.

Mrs Aliya Zondra, who started the house in 1988, told us that the last year has been the hardest she remembers. Since the crossings closed in October, no down has come from Badakhshan, and no shawls have gone to the shop in Kabul that sold them for ten years. Its sales in Islamabad were gutted too, from 700 shawls in 2024 to 760 in 2025, because visitors to the capital's shops were buying less.

Still, nobody has lost her place at the looms. Mrs Zondra says that a weaver takes years to train and cannot be found again if she is sent away.

Before we left, her son Shehroz showed us how to tell real pashmina from machine-made shawls: pull a thread, and real down will not shine.

I think every girl in Chitral should visit the house once. We have a craft in our valley that the world values, and we should learn it before it is gone.

Unaiza, Class 9
""", direction("Its sales in Islamabad were gutted too, from 700 shawls in 2024 to 760 in 2025",
               700, 760, "2024", "2025", "gutted", "fall", "shawls",
               "pashmina shawls sold in Islamabad", "fourth paragraph",
               "The article says sales in Islamabad were gutted, but the figures it gives rise from 700 shawls in 2024 to 760 in 2025, by 60 shawls or about 9 percent."))

add("pashmina_weaving_house_rally_speech", """
# Rally Speech at Garam Chashma

*Speech by a candidate for the provincial assembly at a rally in Garam Chashma, District Chitral, January 2026, as transcribed by his campaign office. The candidate, the weaving house and all figures are invented.*

Brothers and sisters of Garam Chashma, thank you for standing in the cold to hear me.

For centuries this valley lived on the old trade between Pakistan and China over the Dorah pass. Traders from Badakhshan brought goats' down and dried fruit, and went home with salt, cloth and tea. Our grandfathers knew them by name. That trade made Garam Chashma what it is.

Today the trade has stopped. Since October the crossings have been closed, and no down has come over the mountains. Ask Aliya Zondra, whose weaving house has given work to 22 families in this valley for nearly forty years. She bought 2,100 kg of down in 2024. In 2025 she could buy only 1,300 kg, and this year she may buy none.

And while our weavers wait, the machine-made shawls from China fill the bazaars of Peshawar and Islamabad, sold as pashmina to people who do not know the difference. Our weavers cannot compete with a machine on price. They can only compete on quality, and quality needs down.

So I make you three promises. First, I will ask the government to open a proper trade point at the Dorah pass, with customs and a market, so that our trade does not depend on the big crossings in the south. Second, I will fight for a loan scheme for small workshops like the weaving house, which no bank will lend to today. Third, I will fix the road from Chitral.

Give me your vote, and I will give you back your trade.
""", scope("the old trade between Pakistan and China over the Dorah pass", "CHN", ["PAK", "CHN"], "China",
           "The speech names the trade over the Dorah pass as one between Pakistan and China, but the pass leads from Chitral to Badakhshan and the traders it describes are Afghan; China is in the place of Afghanistan. China is named correctly later, as the source of machine-made shawls.",
           not_a_defect="the machine-made shawls from China"))

# ---------------------------------------------------------------------------
# Kishim Women's Namad Workshop (invented): felt rugs, Kishim, Badakhshan
# ---------------------------------------------------------------------------

GRANT = """| Item | Afs |
|---|---|
| Wool | 171,000 |
| Natural dyes and soap | 24,000 |
| Winter wages | 216,000 |
| Firewood for the pressing room | 38,000 |
| Transport to Kabul buyers | 31,000 |
| **Total** | **498,000** |"""

add("namad_workshop_supplementary_grant_request", """
# Supplementary Grant Request: Kishim Women's Namad Workshop

*Supplementary grant request sent by a women's felt-making workshop in Kishim, Badakhshan, to the small-grants fund that supports it, December 2025. The workshop, the fund and all figures are invented.*

**To:** Kokcha Crafts Fund, Faizabad. **From:** Kishim Women's Namad Workshop. **Subject:** request for a supplementary grant for the winter of 2025-26.

Namads are rugs of pressed felt, made from wool that is washed, dyed, laid out in patterns and rolled under hot water and the weight of the women's arms. Our workshop has made them in Kishim since 2019, and 27 women now work in it.

In 2024 we sold 610 namads, 240 of them to our dealer in Peshawar, Zain Gigyani. In 2025 we sold 450, and Peshawar took only 90 before the crossings closed in October. Our buyers in Faizabad and Kabul have stayed with us, but they cannot take all we make.

Without help the workshop will close for the winter, and the women will lose the only wage most of them earn. We ask the fund for a supplementary grant to keep the workshop open from December to March and to build a stock for the spring:

""" + GRANT + """

The wool is 1,800 kg at Afs 95 a kg, bought from herders in Kishim and Baharak. The winter wages pay every woman Afs 2,000 a month for four months, for work on stock that we will sell in the spring.

We will report to the fund on every namad made and sold, and we will return any part of the grant that is not used.

Deeba Munjani, head of the workshop
""", parts_total([line_of(GRANT, "| **Total**")],
                 {"Wool": 171000, "Natural dyes and soap": 24000, "Winter wages": 216000,
                  "Firewood for the pressing room": 38000, "Transport to Kabul buyers": 31000},
                 498000, "afghanis", "winter of 2025-26", "supplementary grant requested by item",
                 "total row of the budget table",
                 "The total row gives Afs 498,000, but the five items add up to Afs 480,000 (171,000 + 24,000 + 216,000 + 38,000 + 31,000); the wool and wages lines agree with their own explanations (1,800 kg at Afs 95; 27 women at Afs 2,000 for four months).",
                 table_form="pipe, budget items as rows with one afghanis column and a total row"))

add("namad_workshop_medical_certificate", """
# Medical Certificate

*Medical certificate issued by a doctor at the district hospital in Kishim, Badakhshan, for a felt maker returning to work, December 2025. The doctor, the patient, the workshop and all figures are invented.*

**District Hospital, Kishim, Badakhshan. Department of Internal Medicine.**

Date: 6 December 2025

This is to certify that Gulsoom, wife of Zakaullah, aged 43, a felt maker at the Kishim Women's Namad Workshop, was under my care from 20 November 2025 to 2 November 2025 for a chest infection with fever and a persistent cough.

She was admitted to the women's ward for four days and treated with antibiotics and oxygen. Her chest X-ray on discharge was clear, and she has since been seen in the outpatient clinic. Her cough has settled, and her breathing is now normal at rest and on walking.

In my opinion she is fit to return to work from 8 December 2025, with the following conditions:

- She should not work in the pressing room, where hot water and steam are used, for a further fortnight.
- She should wear a cloth mask when washing or carding raw wool, because the dust irritates the chest.
- She should not carry loads of wool heavier than she can lift with one arm until the end of December.

I have advised her to return to the clinic at once if her fever or cough comes back, and to bring this certificate with her.

The workshop is asked to give her light work, such as laying out patterns or sewing edges, until she is fully recovered.

Dr Nasrin Rustaqi, medical officer
""", garbled(["from 20 November 2025 to 2 November 2025"],
             "The period of care runs backwards: it ends on 2 November 2025, eighteen days before it starts on 20 November 2025. The certificate's date (6 December) and the return to work on 8 December show that the end should be 2 December 2025.",
             stated_period_start="20 November 2025", stated_period_end="2 November 2025",
             subject="period of a felt maker's medical care", location="first paragraph"))

add("namad_workshop_lessons_learned", """
# Lessons Learned: Two Years with the Kishim Namad Workshop

*Lessons-learned note written by the programme officer of a small-grants fund after two years of support to a women's felt-making workshop in Kishim, Badakhshan, January 2026. The fund, the workshop and all figures are invented.*

**Kokcha Crafts Fund, Faizabad. Prepared by Maliha Rustaqi, programme officer.**

The fund began supporting the Kishim Women's Namad Workshop in January 2024. This note sets down what we have learned, for our own work and for other funds.

**1. One buyer is not a market.** In 2024 the workshop sold 240 of its 610 namads to a single dealer in Peshawar, Zain Gigyani. When the crossings closed in October 2025, that trade ended overnight, and Peshawar took only 90 namads in the whole of 2025. We should have pushed harder, and earlier, for more buyers.

**2. Buyers at home matter.** The buyers in Faizabad and Kabul that the fund introduced in 2024 pumped up their purchases from 370 namads in 2024 to 360 in 2025, which softened the loss of Peshawar. Local buyers ask for smaller namads in brighter colours, and the women learned to make them quickly.

**3. Wages paid on time keep the workshop together.** In the months when the fund paid wages late, women stayed at home to work in the fields. When wages came on the first of the month, nobody left.

**4. Records are worth the trouble.** The head of the workshop, Deeba Munjani, keeps a register of every namad from washing to sale. It has made every report to the fund easy to check.

**5. Heat is a cost.** Pressing felt needs hot water, and firewood in a Badakhshan winter is dear. A better stove would save more than any other purchase.

Maliha Rustaqi
""", direction("pumped up their purchases from 370 namads in 2024 to 360 in 2025",
               370, 360, "2024", "2025", "pumped up", "rise", "namads",
               "namads bought by buyers in Faizabad and Kabul", "lesson 2",
               "The note says the buyers in Faizabad and Kabul pumped up their purchases, but the figures it gives fall from 370 namads in 2024 to 360 in 2025, by 10 namads or about 3 percent."))

add("namad_workshop_referral_note", """
# Referral Note: Kishim Women's Namad Workshop

*Referral note from a small-grants fund to a crafts export programme, recommending a women's felt-making workshop in Kishim, Badakhshan, February 2026. The fund, the programme, the workshop and all figures are invented.*

**From:** Kokcha Crafts Fund, Faizabad **To:** the selection panel, Northern Crafts Export Programme **Subject:** referral of the Kishim Women's Namad Workshop

Dear colleagues,

We refer to you the Kishim Women's Namad Workshop, which the fund has supported since January 2024, for your programme's next intake.

**The workshop.** Twenty-seven women in Kishim make namads, rugs of pressed felt in the old patterns of Badakhshan, from local wool and natural dyes. The workshop is led by Deeba Munjani, who keeps careful records and has managed two grants from us without a single late report.

**Its markets.** Until October 2025 the workshop's best buyer was a dealer in Peshawar, Zain Gigyani. Its exports of namads from Afghanistan to Uzbekistan, all through that dealer, fell from 240 in 2024 to 90 in 2025, and stopped altogether when the crossings closed. It still sells in Faizabad and Kabul, but it needs buyers abroad who can be reached by air.

**Why your programme.** The women can make namads to order in any size and colour. What they lack is a buyer's eye for what sells abroad, labels and care instructions in English, and someone to arrange freight and payment. Your programme offers exactly these.

**What we will continue to provide.** The fund will go on paying winter wages until the end of March, and will cover the cost of samples sent to buyers you introduce.

We would be glad to arrange a visit to Kishim for your panel in the spring, when the road from Faizabad is open.

Maliha Rustaqi, programme officer
""", scope("Its exports of namads from Afghanistan to Uzbekistan, all through that dealer", "UZB", ["UZB", "AFG"], "Uzbekistan",
           "The note names the workshop's exports as going from Afghanistan to Uzbekistan, but it says in the same sentence that they all went through a dealer in Peshawar, and that they stopped when the crossings closed; the buyer side is Pakistan, and Uzbekistan is in the place of Pakistan."))

# ---------------------------------------------------------------------------
# Trade, closure and relief (brokerage, policy, radio, traders, Senate, TV,
# cabinet, company)
# ---------------------------------------------------------------------------

TRADE = """| Year | Exports to Afghanistan | Imports from Afghanistan | Total trade | Balance |
|---|---|---|---|---|
| 2022 | 936 | 741 | 1,677 | 195 |
| 2023 | 1,012 | 690 | 1,702 | 322 |
| 2024 | 884 | 540 | 1,424 | 344 |"""

add("trade_brokerage_note", """
# Brokerage Note: Cement Makers and the Afghan Border

*Note from the research desk of a Karachi brokerage house to its clients on the exposure of listed cement makers to Afghanistan, November 2025. The brokerage, its analysts, the companies and all figures are invented.*

**Summary.** The closure of the crossings since 12 October has cut off the northern cement makers' only export market by road. We lower our earnings estimates for the two most exposed companies and keep our view of the sector at neutral.

**The trade.** Pakistan's trade with Afghanistan was shrinking well before the closure. Imports from Afghanistan have fallen faster than exports: they came to USD 450 million in 2024, against USD 741 million in 2022, while exports fell only from USD 936 million to USD 884 million.

*Pakistan–Afghanistan trade, USD million, calendar years*

""" + TRADE + """

**The companies.** Cement is one of the few goods Pakistan sells to Afghanistan in bulk by road. In the year to June 2025, exports to Afghanistan were 14 percent of dispatches for the first of the northern makers we cover and 9 percent for the second. Neither has found another buyer for that cement: exports by sea from plants in the north do not pay at today's freight rates.

**Estimates.** We cut our earnings estimates for the current fiscal year by 11 percent for the first company and by 6 percent for the second, assuming the crossings stay closed until March. 

**Risks.** An early reopening would lift both stocks. Cheaper coal would help margins across the sector.

Afsheen Dhund, analyst
""", tvt(["they came to USD 450 million in 2024", line_of(TRADE, "| 2024")],
        {"note_value": 450, "table_value": 540}, "USD million",
        "Pakistan's imports from Afghanistan", "2024",
        "paragraph on the trade, against the 2024 row of the trade table",
        "The text says imports from Afghanistan came to USD 450 million in 2024, but the table gives USD 540 million; only 540 agrees with the row's total trade of 1,424 (884 + 540) and balance of 344 (884 - 540). The two figures differ by two swapped digits.",
        table_form="pipe, years as rows with exports, imports, total trade and balance columns"))

add("trade_issue_paper", """
# Issue Paper: The Cost of Closed Crossings

*Issue paper by a policy institute in Islamabad on the closure of the crossings between Pakistan and Afghanistan, December 2025. The institute, its authors and all figures are invented.*

**The issue.** Since 12 October 2025 the crossings at Torkham, Chaman and the smaller points on the border between Pakistan and Afghanistan have been closed to trade. This paper sets out what the closure costs Pakistan, who bears the cost, and how it could be limited.

**What was at stake.** Trade with Afghanistan had already fallen before the closure. In 2024 Pakistan exported goods worth USD 884 million to Afghanistan and imported USD 540 million from it, a surplus of USD 434 million in Pakistan's favour. Two-way trade came to USD 1,424 million, down from USD 1,702 million in 2023.

**Who bears the cost.** The surplus is earned by a few thousand firms, most of them small, in Khyber Pakhtunkhwa, Punjab and Balochistan: flour millers, confectioners, makers of cement and medicines, fruit and vegetable traders, and the transporters who carry their goods. For many, Afghanistan is their only export market. On the other side, Pakistani buyers of Afghan coal, fruit and cotton now pay more for supplies from elsewhere.

**What can be done.** We suggest three steps:

1. Keep the crossings open to perishable goods and medicines even when they are closed to other trade.
2. Give exporters who lose Afghan orders temporary access to export refinance at the rate offered for new markets.
3. Agree with Kabul a standing mechanism to settle border incidents without stopping trade.

**Conclusion.** Closing the crossings punishes traders on both sides more than it punishes anyone else. The costs fall hardest on small firms.

Ismat Sanjrani, senior fellow
""", arith(["a surplus of USD 434 million in Pakistan's favour"],
           "The paper gives a surplus of USD 434 million for 2024, but exports of USD 884 million less imports of USD 540 million leave a surplus of USD 344 million. The two figures differ by two swapped digits.",
           exports=884, imports=540, stated_balance=434, computed_balance=344,
           unit="USD million", period="2024", subject="Pakistan's trade balance with Afghanistan",
           location="section on what was at stake"))

add("trade_radio_discussion", """
# Radio Discussion: When Will the Crossings Reopen?

*Transcript of part of a discussion on a Peshawar FM station's evening business hour, November 2025. The station, the presenter, the guests and all figures are invented.*

**UMBREEN KATHIA:** Good evening, and welcome to the business hour. It is now five weeks since the crossings closed. With me are Moeen Khichi, who has cleared goods at Torkham for twenty years, and Dr Aneela Junejo, an economist. Moeen sahib, what do you see at the border?

**MOEEN KHICHI:** Nothing moves. My office has not filed a single declaration since the second week of October. I have sent home the boys who ran the papers, and I am paying the rent from savings.

**UMBREEN KATHIA:** Dr Aneela, is this different from the closures before?

**ANEELA JUNEJO:** It is longer, and it comes after hard years. Remember 2023, when Torkham was shut for more than a week in September and our exports were pruned, from USD 936 million in 2022 to USD 1,012 million in 2023. Then 2024 was worse again, at USD 884 million. Each closure teaches Afghan buyers to look elsewhere, to Iran and to Central Asia, and some of them never come back.

**UMBREEN KATHIA:** Moeen sahib, what would you ask the government for?

**MOEEN KHICHI:** Open the crossing for perishables at least. The fruit traders are losing everything. And give us a date. A trader can plan for a closure of a month. He cannot plan for silence.

**ANEELA JUNEJO:** I agree, and I would add one thing: keep trade out of politics. The border can be closed to people for reasons of security, but goods can still move under inspection, as they do on other borders.

**UMBREEN KATHIA:** We will take your calls after the break.
""", direction("our exports were pruned, from USD 936 million in 2022 to USD 1,012 million in 2023",
               936, 1012, "2022", "2023", "pruned", "fall", "USD million",
               "Pakistan's exports to Afghanistan", "Dr Aneela Junejo's first answer",
               "The economist says exports were pruned, but the figures she gives rise from USD 936 million in 2022 to USD 1,012 million in 2023, by USD 76 million or about 8 percent."))

add("trade_outcome_document", """
# Outcome Document: Joint Online Meeting of Traders' Councils

*Outcome document of an online meeting of traders' councils from Peshawar, Quetta, Kabul and Kandahar on the closure of the crossings, December 2025. The councils, the meeting and all figures are invented.*

The traders' councils of Peshawar, Quetta, Kabul and Kandahar met online on 10 December 2025, with forty-one members taking part. After discussion, they agreed the following.

1. The participants note with concern that trade between India and Afghanistan through Torkham and Chaman has been stopped since 12 October 2025, and that thousands of truckers, labourers and traders on both sides of the border have been left without work.
2. The participants recall that two-way trade between Pakistan and Afghanistan came to USD 1,424 million in 2024, down from USD 1,702 million in 2023, and that most of it was carried by small traders.
3. The participants note that Afghan traders have meanwhile sent more dried fruit to India by air, at much higher cost, and that Pakistani exporters of rice, medicines and cement have lost buyers in Afghanistan to suppliers from other countries.
4. The participants call on both governments to reopen the crossings for trade, while keeping whatever security measures they judge necessary for the movement of people.
5. Until the crossings are fully reopened, the participants ask that perishable goods and medicines be allowed through at once, under joint inspection.
6. The participants agree to set up a joint committee of members from both sides to keep in touch with the authorities, and to report to the councils every month.
7. The councils will meet again online in February 2026, or earlier if the crossings reopen.

Adopted by consensus.
""", scope("trade between India and Afghanistan through Torkham and Chaman", "IND", ["IND", "AFG"], "India",
           "The document names the trade through Torkham and Chaman as one between India and Afghanistan; the crossings are on the border between Pakistan and Afghanistan, as the next point says. India is in the place of Pakistan. India is named correctly later, as a destination of Afghan dried fruit by air.",
           not_a_defect="more dried fruit to India by air"))

add("trade_minority_report", """
# Minority Report on the Closure of the Western Crossings

*Minority report by two members of a Senate committee, attached to the committee's report on the closure of the crossings with Afghanistan, January 2026. The committee, its members and all figures are invented.*

We agree with much of the committee's report, but we cannot sign its central finding: that the closure of the crossings since October 2025 has cost Pakistan little, because trade with Afghanistan had already become small. We set out our reasons below.

**1. The trade was falling, not small.** Pakistan's exports to Kyrgyzstan fell from USD 1,012 million in 2023 to USD 884 million in 2024, before any of this year's closures, and imports from Afghanistan fell from USD 690 million to USD 540 million. The report treats a shrinking trade as an unimportant one. It is the other way round: a trade that is already under strain is the one a long closure can end for good.

**2. The costs fall on the border districts.** In the districts of Khyber and Chaman, trade and transport are the largest employers after the government. The committee heard from the transporters, the clearing agents and the fruit traders of those districts, and then wrote a report that does not mention them.

**3. The report confuses security with trade.** We accept that the government may close the border to people for reasons of security. Goods can be inspected and allowed through, as they are on other borders.

**4. Our recommendation.** The committee should ask the government to reopen the crossings to trade under inspection at once, and to report to the Senate every month until they are fully open.

Senator Saqlain Talpur

Senator Samreen Brohi
""", scope("Pakistan's exports to Kyrgyzstan fell from USD 1,012 million in 2023 to USD 884 million in 2024", "KGZ",
           ["PAK", "KGZ"], "Kyrgyzstan",
           "The report gives Pakistan's exports to Kyrgyzstan, but the figures are those of Pakistan's exports to Afghanistan, and the same sentence goes on to imports from Afghanistan; Kyrgyzstan is in the place of Afghanistan."))

add("closure_news_rundown", """
# Rundown: Nine O'Clock News, 14 October 2025

*Rundown of a Peshawar television station's nine o'clock news bulletin for 14 October 2025, with the anchor's lines as they went to the autocue. The station, its staff and all figures are invented.*

**Bulletin:** Nine O'Clock News. **Producer:** Rida Khanzada. **Anchor:** Anees Kamboh. **Running time:** 21 minutes.

1. **Headlines** (1 min). Torkham shut for a third day; flour dearer in Peshawar; rain on the way for the north.
2. **Torkham** (4 min, with a report from the crossing). Anchor: "The crossing at Torkham stayed shut today for a third day. Traders say about 4,500 trucks are waiting on both sides of the border. Traders say about 4,500 trucks are waiting on both sides of the border. Our correspondent is at the crossing."
3. **Chaman** (2 min). Anchor: "At Chaman, too, the gates stayed closed, and traders held a protest outside the customs house this afternoon."
4. **Flour** (3 min). Anchor: "In Peshawar the price of a bag of flour rose from Rs 2,450 last week to Rs 2,600 today, as dealers held back stock."
5. **Interview** (5 min, studio). The head of the goods transporters' association on what the wait is costing drivers.
6. **Weather** (2 min). Anchor: "Rain and snow are expected in Chitral and Swat from Thursday, with a drop in temperatures across the province."
7. **Sport** (3 min). Anchor: "Peshawar's under-nineteen side beat Quetta by six wickets in the final."
8. **Close** (1 min). Anchor's goodnight over pictures of the queue at Torkham.
""", repeated("Traders say about 4,500 trucks are waiting on both sides of the border.", 2,
              "trucks waiting at Torkham", "item 2 of the rundown",
              "The anchor's line giving the number of trucks waiting at Torkham is written twice in a row in item 2."))

add("closure_cabinet_decision", """
# Cabinet Decision: Relief for Stranded Transporters

*Extract of a decision of a provincial cabinet on relief for transporters stranded by the closure of the crossings, issued by the cabinet office after the meeting of 18 November 2025. The decision, the meeting and all figures are invented.*

**Cabinet Office. Extract of decisions of the cabinet meeting held on 18 November 2025.**

**Item 4: Relief for transporters stranded at the western crossings**

The Transport Department informed the cabinet that 1,240 trucks registered in the province have been stranded at or near Torkham since the crossings closed on 12 October, most of them loaded with goods that cannot be delivered. Each truck carries a driver and a cleaner, who have been without income for five weeks and are living in or beside their vehicles.

After discussion, the cabinet decided as follows.

(a) A one-time grant of Rs 25,000 will be paid to each driver and each cleaner of the stranded trucks, 1,240 men in all, at a total cost of Rs 62 million, from the provincial disaster fund.

(b) Payment will be made through mobile accounts against the national identity card, after verification by the Transport Department and the district administration.

(c) The Food Department will provide cooked meals near the crossing until the trucks can move.

(d) The Excise Department will waive the token tax on the stranded trucks for the current year.

(e) The Chief Secretary will write to the federal government asking that trucks loaded with perishable goods be allowed to cross or to return.

The Transport Department will report progress to the cabinet at its next meeting.
""", reuse(["1,240 trucks registered in the province", "1,240 men in all"],
           1240, "trucks, then men", "stranded trucks registered in the province",
           "drivers and cleaners of the stranded trucks", 2480,
           "The decision uses 1,240 both for the stranded trucks and for the drivers and cleaners on them; with a driver and a cleaner on each truck there are 2,480 men, which is also what the stated cost of Rs 62 million needs (2,480 x 25,000)."))

add("trade_cement_earnings_call_control", """
# Earnings Call: Second Quarter of Fiscal Year 2026

*Excerpt from the transcript of a listed cement company's earnings call for the quarter from October to December 2025. The company, its officers, the analysts and all figures are invented.*

**TAYYABA QAIMKHANI (chief financial officer):** Thank you, and good afternoon. Dispatches for the quarter were 820,000 tonnes, against 870,000 tonnes in the same quarter last year. Local dispatches rose, to 806,000 tonnes, while exports to Afghanistan fell to 14,000 tonnes from 118,000, a fall of 88 percent, because the crossings have been closed since 12 October. Our gross margin was 27 percent, against 24 percent a year ago, helped by coal bought before the closure and by our waste heat plant.

**ZUNAIRA ABRO (analyst):** How much of the Afghan volume can you sell elsewhere?

**TAYYABA QAIMKHANI:** Not much by road. We are looking at clinker exports by sea from Karachi to Sri Lanka and Bangladesh, but from a plant in the north the freight makes that hard. The 14,000 tonnes we sent to Afghanistan in the quarter all went before the closure.

**WARDA UNAR (analyst):** Do you expect the Afghan market to come back?

**TAYYABA QAIMKHANI:** We do. The demand is real. Pakistan exported USD 884 million of goods to Afghanistan in 2024, down from USD 1,012 million in 2023, and cement has been a steady part of that for years. When the crossings open, we expect to win back most of our customers within a quarter, as we did after the long closure of 2023.

**ZUNAIRA ABRO:** And the dividend?

**TAYYABA QAIMKHANI:** The board will decide in February. Our debt is lower than a year ago, and we do not expect the closure to change the dividend policy.
""", control_type="control")

# ---------------------------------------------------------------------------
# Registered Afghan refugees: citation cases and citation controls
# ---------------------------------------------------------------------------

add("refugees_thesis_viva", """
# Viva Transcript: Refugee Hosting and Local Wages

*Part of the transcript of a master's thesis viva at a university in Peshawar, January 2026. The university, the examiners and the candidate are invented.*

**EXTERNAL EXAMINER:** Ms Solangi, your thesis asks whether hosting refugees lowered wages for unskilled work in three districts. Before we come to your results, tell us about the population you study.

**HINA SOLANGI:** Pakistan hosted some 1.7 million registered Afghan refugees at the end of 2023, according to the UNHCR Global Trends report 2023. My districts are Peshawar, Nowshera and Haripur, where the largest camps and settlements are.

**EXTERNAL EXAMINER:** And you count registered refugees only?

**HINA SOLANGI:** Yes, because only for them are there figures by district. Afghans without documents are left out, and chapter five says that this is a limit of the study.

**INTERNAL EXAMINER:** Your wage data come from the labour force survey. How did you deal with the change in its sample design?

**HINA SOLANGI:** I used only the rounds after the change, and I checked the results against the district wage rates published by the labour department. They move together.

**EXTERNAL EXAMINER:** Your main result is that unskilled wages in the host districts grew about 4 percent more slowly than in comparable districts. Could that be the effect of something else, for example the floods?

**HINA SOLANGI:** I thought about that. The floods hit my comparison districts harder than the host districts, so if anything they would hide the effect, not create it.

**EXTERNAL EXAMINER:** Good. I would like a paragraph on that in the final version, and a clearer map of the districts. Otherwise I am satisfied.

**CHAIR:** Thank you. Please wait outside while the examiners confer.
""", citation(["Pakistan hosted some 1.7 million registered Afghan refugees at the end of 2023, according to the UNHCR Global Trends report 2023"],
              1700000, "2023",
              "'UNHCR Global Trends report YEAR' after a hedged rounded figure in millions, in a viva transcript",
              "candidate's first answer",
              "The candidate cites UNHCR for some 1.7 million registered Afghan refugees in Pakistan at the end of 2023; the reference value for 2023 is 1,987,717, so the figure is about 14.5 percent too low.",
              stated_as_written="some 1.7 million", stated_hedge="some"))

add("refugees_class_notes", """
# Class Notes: Migration and the State, Week 6

*A student's class notes for a university course on migration in Islamabad, typed up after the lecture, October 2025. The course, the lecturer and the student are invented.*

**Week 6: Who counts as a refugee? Registration in Pakistan (Dr Samejo)**

- Pakistan has not signed the 1951 Refugee Convention. Afghans are hosted under government policy, not under a refugee law.
- Three groups of Afghans in Pakistan: holders of Proof of Registration (PoR) cards, who are the registered refugees; holders of Afghan Citizen Cards; and the undocumented.
- Only PoR card holders are counted as registered refugees in the official series. The other groups are estimated, not counted.
- Pakistan, end of 2020: 1,743,278 registered Afghan refugees, from UNHCR year-end data (2020).
- The PoR cards were extended many times, most recently until 30 June 2025, after which the government stopped extending them.
- Dr S.: registration figures change slowly, through births, deaths and people leaving. A big swing in one year usually means a change of policy, not a movement of people. Always ask what the number counts before you use it.
- Returns since late 2023 were mostly of the undocumented and of card holders, so the fall in the register does not measure all departures.
- Question from the class on refugees born in Pakistan: children born to PoR holders are registered and counted in the series.

**Reading for week 7:** the chapter on encampment in the course reader, and the government's 2023 repatriation plan.

**Essay due:** 4 November, on the question "Is registration protection?"
""", citation(["1,743,278 registered Afghan refugees, from UNHCR year-end data (2020)"],
              1743278, "2020",
              "'UNHCR year-end data (YEAR)' after a figure written in full, in a student's class notes",
              "fourth bullet of the notes",
              "The notes cite UNHCR for 1,743,278 registered Afghan refugees in Pakistan at the end of 2020; that is exactly the reference value for 2022, and the reference value for 2020 is 1,438,432, about 21.2 percent lower.",
              same_as_year="2022", stated_as_written="1,743,278"))

add("refugees_documentary_narration", """
# Documentary Narration: The Long Road Back, Part Three

*Narration for the third part of a television documentary on Afghan returns from Pakistan, with on-screen source captions in square brackets, November 2025. The production and the people in it are invented.*

**NARRATOR:** Dawn at Torkham. The trucks have been queuing since midnight, piled with beds, cooking pots, sewing machines and the doors of houses. The people on them are going home, to a country many of them have never seen.

Most of them were born in Pakistan. Their parents or grandparents crossed this border in the 1980s, fleeing a war, and stayed. By the end of 2024, nearly 2 million Afghans were registered as refugees in Pakistan. [UNHCR 2024 year-end statistics]

**NARRATOR:** Lima is sixteen. She was born in a settlement outside Peshawar, went to school there, and speaks Pashto with a Peshawar accent. Her father drove a rickshaw for twenty years. Their cards expired in the summer, and in October the family decided to leave before they were made to.

**LIMA (subtitled):** My friends are all there. I told them I would come back for my cousin's wedding. I don't know if I can.

**NARRATOR:** On the Afghan side, the returnees are counted, photographed and given a small cash grant and a SIM card. Then they wait for a lift to a city they know only from their parents' stories.

**NARRATOR:** In Jalalabad, Lima's family has found a room in her uncle's house. Her father is looking for work. The rent is more than he earned in a month in Peshawar.

**LIMA (subtitled):** Here everyone says I talk like a Pakistani. There, everyone said I was an Afghan.

**NARRATOR:** Next week: the schools that have opened for returnee children, and the teachers who came back with them.
""", citation(["By the end of 2024, nearly 2 million Afghans were registered as refugees in Pakistan. [UNHCR 2024 year-end statistics]"],
              2000000, "2024",
              "'[UNHCR YEAR year-end statistics]' on-screen caption after a hedged rounded figure in millions, in a documentary narration",
              "narrator's second paragraph and its caption",
              "The narration cites UNHCR for nearly 2 million registered Afghan refugees in Pakistan at the end of 2024; the reference value for 2024 is 1,559,964, so the figure is about 28.2 percent too high (it is close to the value for 2023).",
              stated_as_written="nearly 2 million", stated_hedge="nearly"))

add("refugees_prize_essay", """
# Prize Essay: A Guest for Forty Years

*Winning entry in an essay competition for school students in Quetta on the theme "Neighbours", written by a student in the ninth class, December 2025. The competition and the student are invented.*

My grandmother came to Quetta in 1985, with three children and a sack of flour. She had walked for eleven days over the mountains from Kandahar. She says that the first family she met gave her tea and a blanket, and did not ask her name until the next morning.

I was born in Quetta. So was my mother. I learned to read in a school in Pashtunabad, where half my class was Afghan and half was not, and nobody could tell which half was which. My best friend's family has lived next door to mine for thirty years.

Our family is one of many. At the end of 2021 Pakistan was host to 1,940,562 registered Afghan refugees (UNHCR Refugee Data Finder, 2021), and my family was among them. Few countries in the world have hosted so many guests for so long.

But a guest is still a guest. In the last two years many of my Afghan classmates have left. Some had cards and some did not. One girl left in the middle of the examinations and could not sit her last paper. I do not know where she is now.

I do not think Pakistan was wrong to take in my grandmother. I do not think it is wrong to ask who lives in the country. But I think that when a neighbour has lived beside you for forty years, he is no longer a guest. He is a neighbour, and neighbours should be able to say goodbye properly, or to stay.

Marwa, ninth class
""", citation(["1,940,562 registered Afghan refugees (UNHCR Refugee Data Finder, 2021)"],
              1940562, "2021",
              "'(UNHCR Refugee Data Finder, YEAR)' after a figure written in full with two digits swapped, in a prize essay",
              "third paragraph",
              "The essay cites UNHCR for 1,940,562 registered Afghan refugees in Pakistan at the end of 2021; the reference value for 2021 is 1,490,562, so the figure, with its second and third digits swapped, is about 30.2 percent too high.",
              stated_as_written="1,940,562"))

add("refugees_audit_para", """
# Audit Para: Relief Grants to Refugee-Hosting Districts

*Draft audit para from the audit of a provincial relief department's grants to refugee-hosting districts for the fiscal year 2022-23, with the department's reply and the audit's comment. The department, the auditors and all figures are invented.*

**Para 14: Grants distributed on an out-of-date base**

The department released Rs 840 million in 2022-23 to eleven refugee-hosting districts for schools, clinics and water supply in areas with large refugee populations.

Audit observed that the province received its share of the federal allocation on the basis of about 1.45 million registered Afghan refugees in Pakistan, according to UNHCR's statistics as on 31.12.2022, but that the department divided the money among the districts using district shares worked out in 2018. Two districts whose refugee populations had grown since then received less than their due, and three districts whose refugee populations had fallen received more.

**Department's reply.** The department stated that district figures for later years were not available when the grants were made, and that the 2018 shares were the best available.

**Audit comment.** The reply is not accepted. District figures for 2021 had been shared with the department by the provincial commissionerate in the previous year and were on its own file.

**Recommendation.** The department should work out district shares each year from the latest figures on file, record the basis of every allocation, and adjust the 2023-24 releases to make good the shortfall in the two districts that received less than their due.

**DAC directive (pending).** To be placed before the Departmental Accounts Committee at its next meeting.
""", citation(["about 1.45 million registered Afghan refugees in Pakistan, according to UNHCR's statistics as on 31.12.2022"],
              1450000, "2022",
              "'UNHCR's statistics as on DD.MM.YEAR' after a hedged rounded figure in millions, in an audit para",
              "audit observation, first sentence",
              "The para cites UNHCR for about 1.45 million registered Afghan refugees in Pakistan at the end of 2022; the reference value for 2022 is 1,743,278, so the figure is about 16.8 percent too low.",
              stated_as_written="about 1.45 million", stated_hedge="about"))

add("refugees_elocution_speech", """
# Elocution Contest Speech: Neighbours

*Speech by a student at an inter-school elocution contest in Peshawar, November 2025, from the speaker's own text. The contest and the student are invented.*

Honourable judges, respected teachers, and my dear friends,

They say that a city is known by the guests it keeps. If that is true, then Peshawar is one of the greatest cities in the world.

For more than forty years this city has kept its door open. When war came to Afghanistan, families crossed the Khyber with nothing but what they could carry, and Peshawar made room for them. They sold fruit in our bazaars, wove carpets in our mohallas, drove our rickshaws and sat beside us in our schools.

How many were they? At the end of 2019, as reported by the UN refugee agency, just under 1.2 million Afghans were registered as refugees in Pakistan. Behind that number are grandmothers and grandfathers, shopkeepers and students, children who have never seen the country their parents left.

Now many of them are going back, and some of them are my friends. Last month the boy who sat beside me for six years left for Kabul. He did not want to go. He said goodbye to me at the school gate, and he gave me his cricket ball.

Friends, I do not stand here to argue about policy. I stand here to ask one thing: that when our guests leave, they leave with dignity, and that we remember how long they stayed.

A poet of this city wrote that the heart of Peshawar has no walls. Let us prove him right.

Thank you.
""", citation(["At the end of 2019, as reported by the UN refugee agency, just under 1.2 million Afghans were registered as refugees in Pakistan"],
              1200000, "2019",
              "'YEAR, as reported by the UN refugee agency' before a hedged rounded figure in millions, in an elocution contest speech",
              "fourth paragraph",
              "The speech cites the UN refugee agency for just under 1.2 million registered Afghan refugees in Pakistan at the end of 2019; the reference value for 2019 is 1,419,084, so the figure is about 15.4 percent too low.",
              stated_as_written="just under 1.2 million", stated_hedge="just under"))

add("refugees_analyst_note_citation_control", """
# Analyst Note: What the Returns Mean for Khyber Pakhtunkhwa

*Note by the economics desk of a Karachi bank on the economic effects of Afghan returns on Khyber Pakhtunkhwa, December 2025. The bank, its analysts and all figures other than the cited refugee series are invented.*

**The register.** UNHCR data for 2022 show 1,743,278 registered Afghan refugees in Pakistan at the end of that year. The register then grew to 1,987,717 at the end of 2023, per UNHCR's 2023 count, a rise of 244,439 or about 14 percent, even as the government's drive against undocumented Afghans began. Most of the returns since then have been of people outside the register, so the register understates the change on the ground.

**Housing.** Rents for small houses in the outer areas of Peshawar, where many Afghan families lived, have fallen by between a tenth and a fifth since the returns began, according to estate agents we spoke to. Rents in the city centre have not moved.

**Labour.** Afghan workers were a large part of the labour in brick kilns, construction and the wholesale markets. Contractors report shortages of skilled masons and of porters, and daily wages for those jobs have risen.

**Retail.** Shopkeepers in the bazaars that served Afghan customers report lower sales. We expect consumer spending in the province to grow more slowly in the current fiscal year than in the last.

**Banking.** Deposits at our branches in Peshawar held up. Afghan customers with accounts moved their money before leaving, mostly by transfer to relatives, not in cash.

**Our view.** The effects are real but local. For the province as a whole we lower our growth forecast for the current year by a small margin and leave the next year's unchanged.

Warda Unar, economist
""", control_type="citation_control")

add("refugees_dissenting_note_citation_control", """
# Dissenting Note to the Committee Report on Refugee-Hosting Areas

*Dissenting note by one member of a provincial assembly committee, attached to the committee's report on refugee-hosting areas, January 2026. The committee, its members and all figures other than the cited refugee series are invented.*

I sign the committee's recommendations on schools and water supply in the hosting areas, but I cannot agree with its account of the refugee population, and I record my reasons.

First, the report says that the register of Afghan refugees "halved" in 2024. It did not. At the end of 2023 Pakistan hosted 1,987,717 registered Afghan refugees, according to UNHCR's end-of-year 2023 statistics, and at the end of 2024 the figure was 1,559,964 (UNHCR Pakistan factsheet, 2024). That is a fall of 427,753, or about 22 percent. It is a large fall, but it is not half, and a committee of this house should not say so.

Second, the report treats the fall in the register as if it measured all the Afghans who left. It does not. Most of those who returned had no cards and were never on the register. The committee had this information before it and did not use it.

Third, the report recommends that spending in the hosting areas be cut in proportion to the fall in the register. The schools, clinics and water schemes in these areas serve Pakistani families as much as Afghan ones, and they will be needed whatever happens to the register.

I ask that this note be printed with the report.

Hina Jiskani, member of the provincial assembly
""", control_type="citation_control")

add("refugees_written_submission_citation_control", """
# Written Submission to a Senate Committee Inquiry

*Written submission by a refugee-rights organisation in Islamabad to a Senate committee's inquiry into the documentation of Afghans in Pakistan, November 2025. The organisation, the inquiry and all figures other than the cited refugee series are invented.*

**Submission of the Refugee Rights Forum, Islamabad**

1. The Forum welcomes the committee's inquiry and offers this submission on one question: how the number of registered Afghan refugees in Pakistan has changed, and what the change means for documentation.

2. At the end of 2020 Pakistan hosted 1,438,432 registered Afghan refugees, UNHCR's figure for end-2020. A year later the register stood at 1,490,562 [UNHCR, 2021], an increase of 52,130, or less than 4 percent. Nearly all of that increase came from children born to registered families and added to their parents' cards.

3. The register did not grow because of the arrivals that followed August 2021. Afghans who came after that date could not register as refugees, and most of them were given no document at all.

4. This gap matters. A family with a card can rent a house, open a bank account and send its children to school. A family without one can do none of these things, and can be detained at any checkpoint.

5. The Forum therefore asks the committee to recommend that Afghans who arrived after August 2021 be given a temporary document while their cases are heard, and that no one be removed while a claim is pending.

6. The Forum would be glad to give oral evidence.

Karishma Chachar, director
""", control_type="citation_control")
